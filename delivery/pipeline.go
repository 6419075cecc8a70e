package delivery

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/attache-bot/attache/store"
)

// Store is what the pipeline needs from the store; store.Store implements it.
type Store interface {
	Allower
	Enqueue(ctx context.Context, j store.Job) (store.Job, error)
	Dequeue(ctx context.Context, consumer string, visibilityTimeout time.Duration) (store.Job, error)
	Ack(ctx context.Context, j store.Job) error
	Retry(ctx context.Context, j store.Job, notBefore time.Time) error
	RecordDelivery(ctx context.Context, d store.Delivery) (store.Delivery, bool, error)
	GetDelivery(ctx context.Context, key string) (store.Delivery, error)
}

// Sender posts a message. It returns the posted message's ID, or an error
// classified with RetryableError, RateLimitedError or PermanentError
// (unclassified errors count as retryable). nonce is Nonce(m.Key): a
// Discord sender passes it with enforce_nonce=true so that a resend of the
// same key returns the original message instead of posting a second one.
type Sender interface {
	Send(ctx context.Context, m Message, nonce string) (messageID string, err error)
}

// DeadLetterPrefix starts the ledger key of a dead-letter note: when a
// message is given up, the ledger gets an entry "dead-letter:<key>" with
// an empty MessageID, so operators (and tests) can find what was lost.
const DeadLetterPrefix = "dead-letter:"

// Defaults of Config.
const (
	DefaultWorkers           = 8
	DefaultMaxAttempts       = 8
	DefaultVisibilityTimeout = time.Minute
	DefaultSendTimeout       = 20 * time.Second
	DefaultBaseBackoff       = time.Second
	DefaultMaxBackoff        = 5 * time.Minute
	DefaultPollInterval      = 250 * time.Millisecond
)

// Config configures a Pipeline. Store and Sender are required.
type Config struct {
	Store  Store
	Sender Sender
	// Logger receives delivery logs; nil discards.
	Logger *slog.Logger

	// Rate and Burst shape the global send limit shared by all replicas
	// through Store.Allow under RateKey (defaults DefaultRate per second,
	// DefaultBurst, DefaultRateKey).
	Rate    float64
	Burst   int
	RateKey string
	// Limiter, when set, replaces the limiter built from Rate, Burst and
	// RateKey: share one with a sender that makes extra requests.
	Limiter *Limiter

	// Workers is the number of concurrent senders per process (default
	// DefaultWorkers). Enough to keep Rate busy: Rate x send latency.
	Workers int
	// Consumer names this process in the queue (default host-pid-random);
	// worker i uses Consumer+"-"+i.
	Consumer string
	// VisibilityTimeout is how long a claimed job stays invisible before
	// another worker may take it over (default DefaultVisibilityTimeout).
	// Every replica should use the same value; it must exceed SendTimeout.
	VisibilityTimeout time.Duration
	// SendTimeout bounds one send (default DefaultSendTimeout).
	SendTimeout time.Duration
	// MaxAttempts is how many times a retryable failure is tried before
	// the message is given up (default DefaultMaxAttempts). Rate-limited
	// retries get four times as many.
	MaxAttempts int
	// BaseBackoff and MaxBackoff bound the exponential backoff of
	// retryable failures (defaults DefaultBaseBackoff, DefaultMaxBackoff).
	BaseBackoff time.Duration
	MaxBackoff  time.Duration
	// PollInterval is how often an idle worker looks at the queue (default
	// DefaultPollInterval); Enqueue on this Pipeline wakes workers at once.
	PollInterval time.Duration

	// OnDelivered, when set, is called after a message was posted and
	// recorded in the ledger.
	OnDelivered func(ctx context.Context, m Message, d store.Delivery)
	// OnPermanent, when set, is called when Discord refused a message for
	// good (for instance closed DMs: pause the user's alerts with the
	// reason). err is a *SendError of class Permanent.
	OnPermanent func(ctx context.Context, m Message, err *SendError)
	// OnDeadLetter, when set, is called when a message is given up after
	// MaxAttempts, or could not be decoded.
	OnDeadLetter func(ctx context.Context, m Message, err error)
	// OnOutcome, when set, is told what became of every job a worker
	// processed: its kind (KindEdition, KindAlert, or whatever an
	// undecodable job carried) and one of the Outcome constants. It is for
	// metrics and must be quick.
	OnOutcome func(kind, outcome string)
}

// Outcomes of a processed job, told to Config.OnOutcome.
const (
	// OutcomeSent: posted and recorded in the ledger.
	OutcomeSent = "sent"
	// OutcomeDuplicate: skipped, the ledger had the key.
	OutcomeDuplicate = "duplicate"
	// OutcomeRetry: a retryable failure (or an unreadable ledger); the job
	// was put back with backoff.
	OutcomeRetry = "retry"
	// OutcomeRateLimited: Discord answered 429; the job was put back.
	OutcomeRateLimited = "rate_limited"
	// OutcomePermanent: Discord refused the message for good.
	OutcomePermanent = "permanent"
	// OutcomeDeadLetter: given up after too many attempts, or undecodable.
	OutcomeDeadLetter = "dead_letter"
	// OutcomeUnrecorded: posted, but the ledger write failed; the job is
	// left for redelivery (the nonce prevents a second post).
	OutcomeUnrecorded = "unrecorded"
)

// Stats count what the pipeline did since it was created.
type Stats struct {
	// Sent counts messages posted and recorded.
	Sent int64
	// Duplicates counts jobs skipped because the ledger had their key.
	Duplicates int64
	// Retried counts retryable failures put back in the queue.
	Retried int64
	// RateLimited counts 429s put back in the queue.
	RateLimited int64
	// Permanent counts messages Discord refused for good.
	Permanent int64
	// DeadLettered counts messages given up.
	DeadLettered int64
	// Unrecorded counts posts whose ledger write failed (the job was left
	// for redelivery; the nonce makes the resend return the original).
	Unrecorded int64
}

// Pipeline is the durable outgoing-message pipeline. Create it with New;
// it is safe for concurrent use.
type Pipeline struct {
	cfg     Config
	st      Store
	log     *slog.Logger
	limiter *Limiter
	wake    chan struct{}

	sent, dups, retried, limited, permanent, dead, unrecorded atomic.Int64
}

// New checks cfg and fills its defaults.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Store == nil {
		return nil, errors.New("delivery: no store")
	}
	if cfg.Sender == nil {
		return nil, errors.New("delivery: no sender")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = DefaultWorkers
	}
	if cfg.Consumer == "" {
		host, _ := os.Hostname()
		cfg.Consumer = host + "-" + strconv.Itoa(os.Getpid()) + "-" + store.NewID()[:6]
	}
	if cfg.VisibilityTimeout <= 0 {
		cfg.VisibilityTimeout = DefaultVisibilityTimeout
	}
	if cfg.SendTimeout <= 0 {
		cfg.SendTimeout = DefaultSendTimeout
	}
	if cfg.SendTimeout >= cfg.VisibilityTimeout {
		cfg.SendTimeout = cfg.VisibilityTimeout / 2
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.BaseBackoff <= 0 {
		cfg.BaseBackoff = DefaultBaseBackoff
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = DefaultMaxBackoff
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	p := &Pipeline{cfg: cfg, st: cfg.Store, log: cfg.Logger, wake: make(chan struct{}, cfg.Workers)}
	p.limiter = cfg.Limiter
	if p.limiter == nil {
		p.limiter = NewLimiter(cfg.Store, cfg.RateKey, cfg.Rate, cfg.Burst, cfg.Logger)
	}
	return p, nil
}

// Limiter returns the global limiter the workers use, for senders that
// make extra requests (opening a DM channel) to pace them too.
func (p *Pipeline) Limiter() *Limiter { return p.limiter }

// Stats returns the counters.
func (p *Pipeline) Stats() Stats {
	return Stats{Sent: p.sent.Load(), Duplicates: p.dups.Load(), Retried: p.retried.Load(),
		RateLimited: p.limited.Load(), Permanent: p.permanent.Load(), DeadLettered: p.dead.Load(),
		Unrecorded: p.unrecorded.Load()}
}

// Enqueue validates m and puts it in the durable queue. Once it returns
// nil the message survives restarts of the process (and of Redis with
// persistence). Enqueueing a key twice is harmless: the second job is
// skipped (ledger) or deduplicated (nonce).
func (p *Pipeline) Enqueue(ctx context.Context, m Message) (store.Job, error) {
	if err := m.Validate(); err != nil {
		return store.Job{}, err
	}
	j, err := m.job()
	if err != nil {
		return store.Job{}, err
	}
	j, err = p.st.Enqueue(ctx, j)
	if err != nil {
		return store.Job{}, fmt.Errorf("delivery: enqueue %s: %w", m.Key, err)
	}
	select {
	case p.wake <- struct{}{}:
	default:
	}
	return j, nil
}

// Run starts Config.Workers workers and blocks until ctx is done and every
// worker stopped. A send in flight when ctx ends finishes (bounded by
// SendTimeout) and is recorded; a claimed job not yet sent is put back for
// redelivery. Run returns nil after a shutdown.
func (p *Pipeline) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for i := range p.cfg.Workers {
		consumer := p.cfg.Consumer + "-" + strconv.Itoa(i)
		wg.Go(func() { p.worker(ctx, consumer) })
	}
	wg.Wait()
	return nil
}

func (p *Pipeline) worker(ctx context.Context, consumer string) {
	errPause := 100 * time.Millisecond
	for ctx.Err() == nil {
		did, err := p.Step(ctx, consumer)
		var wait time.Duration
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return
			}
			p.log.Warn("delivery: queue unavailable; retrying", "consumer", consumer, "err", err, "pause", errPause)
			wait = errPause
			errPause = min(2*errPause, 5*time.Second)
		case did:
			errPause = 100 * time.Millisecond
			continue
		default:
			errPause = 100 * time.Millisecond
			wait = p.cfg.PollInterval
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-p.wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// Step claims and processes one job as consumer. It reports whether there
// was one; the error is about the queue (claiming), not the send, whose
// failures are handled by retry, dead letter or the hooks.
func (p *Pipeline) Step(ctx context.Context, consumer string) (bool, error) {
	job, err := p.st.Dequeue(ctx, consumer, p.cfg.VisibilityTimeout)
	if errors.Is(err, store.ErrEmpty) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("delivery: dequeue: %w", err)
	}
	p.process(ctx, job)
	return true, nil
}

// detached returns a context that outlives ctx's cancellation, bounded by d,
// for finishing work already started (recording a send, acking).
func detached(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), d)
}

func (p *Pipeline) outcome(kind, outcome string) {
	if p.cfg.OnOutcome != nil {
		p.cfg.OnOutcome(kind, outcome)
	}
}

func (p *Pipeline) process(ctx context.Context, job store.Job) {
	log := p.log.With("job", job.ID, "key", job.Key, "attempts", job.Attempts)
	m, err := decode(job)
	if err != nil {
		log.Error("delivery: undecodable job dropped", "err", err)
		p.giveUp(ctx, job, Message{Key: job.Key, Kind: job.Kind}, err)
		return
	}
	log = log.With("target", m.Target())
	if d, err := p.st.GetDelivery(ctx, m.Key); err == nil {
		p.dups.Add(1)
		p.outcome(m.Kind, OutcomeDuplicate)
		log.Debug("delivery: already delivered; skipping", "message_id", d.MessageID)
		p.ack(ctx, job, log)
		return
	} else if !errors.Is(err, store.ErrNotFound) {
		// The ledger cannot be read: sending could duplicate a post made
		// long ago (beyond the nonce window). Put the job back.
		log.Warn("delivery: ledger unavailable; job put back", "err", err)
		p.outcome(m.Kind, OutcomeRetry)
		p.retry(ctx, job, time.Now().Add(p.backoff(0)), log)
		return
	}
	if err := p.limiter.Wait(ctx); err != nil {
		// Shutting down before the send: hand the job back at once.
		p.retry(ctx, job, time.Now(), log)
		return
	}

	sctx, cancel := detached(ctx, p.cfg.SendTimeout)
	msgID, err := p.cfg.Sender.Send(sctx, m, Nonce(m.Key))
	cancel()
	if err == nil {
		p.delivered(ctx, job, m, msgID, log)
		return
	}
	se := Classify(err)
	log = log.With("class", se.Class.String(), "status", se.Status, "code", se.Code, "err", err)
	switch se.Class {
	case Permanent:
		p.permanent.Add(1)
		p.outcome(m.Kind, OutcomePermanent)
		log.Warn("delivery: refused for good; dropped")
		p.ack(ctx, job, log)
		if p.cfg.OnPermanent != nil {
			hctx, cancel := detached(ctx, 10*time.Second)
			p.cfg.OnPermanent(hctx, m, se)
			cancel()
		}
	case RateLimited:
		if job.Attempts+1 >= 4*p.cfg.MaxAttempts {
			p.giveUp(ctx, job, m, err)
			return
		}
		p.limited.Add(1)
		p.outcome(m.Kind, OutcomeRateLimited)
		after := max(se.RetryAfter, 10*time.Millisecond)
		after += time.Duration(rand.Int64N(int64(after/10) + 1)) // spread the herd
		log.Info("delivery: rate limited; retrying later", "retry_after", after)
		p.retry(ctx, job, time.Now().Add(after), log)
	default:
		if job.Attempts+1 >= p.cfg.MaxAttempts {
			p.giveUp(ctx, job, m, err)
			return
		}
		p.retried.Add(1)
		p.outcome(m.Kind, OutcomeRetry)
		wait := p.backoff(job.Attempts)
		log.Info("delivery: send failed; retrying later", "retry_in", wait)
		p.retry(ctx, job, time.Now().Add(wait), log)
	}
}

// backoff is the wait before retry number attempts+1: exponential from
// BaseBackoff, capped at MaxBackoff, with jitter in [d/2, d].
func (p *Pipeline) backoff(attempts int) time.Duration {
	d := p.cfg.BaseBackoff
	for range min(attempts, 30) {
		d *= 2
		if d >= p.cfg.MaxBackoff {
			d = p.cfg.MaxBackoff
			break
		}
	}
	half := d / 2
	return half + time.Duration(rand.Int64N(int64(half)+1))
}

func (p *Pipeline) delivered(ctx context.Context, job store.Job, m Message, msgID string, log *slog.Logger) {
	fctx, cancel := detached(ctx, 10*time.Second)
	defer cancel()
	d := store.Delivery{Key: m.Key, ChannelID: m.Target(), MessageID: msgID, DeliveredAt: store.Now()}
	var err error
	for i := range 3 {
		var stored store.Delivery
		stored, _, err = p.st.RecordDelivery(fctx, d)
		if err == nil {
			d = stored
			break
		}
		if i < 2 {
			select {
			case <-fctx.Done():
			case <-time.After(time.Duration(100*(i+1)) * time.Millisecond):
			}
		}
	}
	if err != nil {
		// Leave the job claimed: it comes back after the visibility
		// timeout and the resend, carrying the same nonce, returns this
		// message instead of posting again.
		p.unrecorded.Add(1)
		p.outcome(m.Kind, OutcomeUnrecorded)
		log.Error("delivery: posted but not recorded; left for redelivery", "message_id", msgID, "err", err)
		return
	}
	p.sent.Add(1)
	p.outcome(m.Kind, OutcomeSent)
	log.Debug("delivery: delivered", "message_id", d.MessageID)
	p.ack(fctx, job, log)
	if p.cfg.OnDelivered != nil {
		p.cfg.OnDelivered(fctx, m, d)
	}
}

func (p *Pipeline) ack(ctx context.Context, job store.Job, log *slog.Logger) {
	fctx, cancel := detached(ctx, 10*time.Second)
	defer cancel()
	if err := p.st.Ack(fctx, job); err != nil {
		// ErrNotFound: our claim expired and another worker has the job;
		// it will find the ledger entry. Otherwise the job comes back
		// after the visibility timeout, which is harmless for the same
		// reason.
		log.Warn("delivery: ack failed", "err", err)
	}
}

func (p *Pipeline) retry(ctx context.Context, job store.Job, at time.Time, log *slog.Logger) {
	fctx, cancel := detached(ctx, 10*time.Second)
	defer cancel()
	if err := p.st.Retry(fctx, job, at); err != nil {
		log.Warn("delivery: could not put the job back; it returns after the visibility timeout", "err", err)
	}
}

// giveUp drops a job loudly: an error log, a dead-letter note in the
// ledger and the OnDeadLetter hook.
func (p *Pipeline) giveUp(ctx context.Context, job store.Job, m Message, cause error) {
	p.dead.Add(1)
	p.outcome(job.Kind, OutcomeDeadLetter)
	fctx, cancel := detached(ctx, 10*time.Second)
	defer cancel()
	p.log.Error("delivery: giving up on message", "job", job.ID, "key", job.Key, "kind", job.Kind,
		"target", m.Target(), "attempts", job.Attempts+1, "err", cause)
	if store.ValidKey(DeadLetterPrefix + job.Key) {
		note := store.Delivery{Key: DeadLetterPrefix + job.Key, ChannelID: m.Target(), DeliveredAt: store.Now()}
		if _, _, err := p.st.RecordDelivery(fctx, note); err != nil {
			p.log.Error("delivery: could not record the dead-letter note", "key", job.Key, "err", err)
		}
	}
	p.ack(fctx, job, p.log.With("job", job.ID, "key", job.Key))
	if p.cfg.OnDeadLetter != nil {
		p.cfg.OnDeadLetter(fctx, m, cause)
	}
}
