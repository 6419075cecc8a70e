package edition_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// sent is one message the fake Discord posted.
type sent struct {
	ID      string
	Key     string
	Channel string
	Resp    bot.Response
	At      time.Time
}

// recSender is a delivery.Sender that behaves like Discord with
// enforce_nonce: a nonce seen before returns the original message.
type recSender struct {
	mu      sync.Mutex
	byNonce map[string]string
	posts   []sent
	sends   int
}

func newRecSender() *recSender { return &recSender{byNonce: map[string]string{}} }

func (r *recSender) Send(_ context.Context, m delivery.Message, nonce string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sends++
	if id, ok := r.byNonce[nonce]; ok {
		return id, nil
	}
	id := fmt.Sprintf("msg-%d", len(r.posts)+1)
	r.byNonce[nonce] = id
	r.posts = append(r.posts, sent{ID: id, Key: m.Key, Channel: m.ChannelID, Resp: m.Response, At: time.Now()})
	return id, nil
}

// all returns the posts ordered by time.
func (r *recSender) all() []sent {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := append([]sent(nil), r.posts...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

func (r *recSender) forChannel(ch string) []sent {
	var out []sent
	for _, p := range r.all() {
		if p.Channel == ch {
			out = append(out, p)
		}
	}
	return out
}

func (r *recSender) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.posts)
}

// fullStore is what the tests need of a store.
type fullStore interface {
	edition.Store
	delivery.Store
	PutSubscription(ctx context.Context, s store.Subscription) error
	DeleteSubscription(ctx context.Context, channelID string) error
	PutStory(ctx context.Context, s store.Story) (int, error)
	QueueStats(ctx context.Context) (store.QueueStats, error)
}

func openBolt(t *testing.T, dir string) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(dir, bolt.DefaultFileName), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// replica is one bot process: a pipeline and a scheduler on a store.
type replica struct {
	pipe  *delivery.Pipeline
	sched *edition.Scheduler
	stop  func()
}

// startReplica starts a pipeline (unless noPipeline) and a scheduler;
// stop cancels both and waits for them.
func startReplica(t *testing.T, st fullStore, send delivery.Sender, cfg edition.Config, noPipeline bool) *replica {
	t.Helper()
	pipe, err := delivery.New(delivery.Config{Store: st, Sender: send, Workers: 2, PollInterval: 24 * time.Hour,
		Rate: 1000, Burst: 50})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store, cfg.Pipeline = st, pipe
	sched, err := edition.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	if !noPipeline {
		wg.Go(func() { _ = pipe.Run(ctx) })
	}
	wg.Go(func() { _ = sched.Run(ctx) })
	return &replica{pipe: pipe, sched: sched, stop: func() { cancel(); wg.Wait() }}
}

func putSub(t *testing.T, st fullStore, ch, clock, zone string, created time.Time, days ...time.Weekday) store.Subscription {
	t.Helper()
	sub := store.Subscription{GuildID: "g", ChannelID: ch, Time: clock, TimeZone: zone, Days: days, Length: 3,
		Format: store.FormatCompact, CreatedAt: created, UpdatedAt: created}
	if err := st.PutSubscription(context.Background(), sub); err != nil {
		t.Fatal(err)
	}
	return sub
}

// sleepTo advances the bubble's clock to t.
func sleepTo(t time.Time) { time.Sleep(time.Until(t)) }
