// Package edition owns morning editions: when each subscribed channel's
// edition is due (Schedule, in the channel's own time zone, across
// daylight-saving changes), running it exactly once across restarts and
// replicas (Scheduler), and what it contains (Pick, Compose).
//
// The Scheduler loads every subscription from the store, schedules each
// with github.com/robfig/cron/v3 and re-reads the subscriptions every
// minute (or on Reload). When an edition is due it takes the lease
// "edition:<channel>:<local date>", composes the edition from the stories
// since the channel's previous edition and puts it in the delivery
// pipeline under that same idempotency key, then leaves a record in the
// ledger ("edition-record:<channel>:<date>") so no replica queues it again.
// On start-up, and every minute, editions whose time passed within the
// catch-up window without a record are run late, never twice.
package edition

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/store"
	"github.com/robfig/cron/v3"
)

// Store is what the scheduler needs from the store; store.Store implements it.
type Store interface {
	ListSubscriptions(ctx context.Context, guildID string) ([]store.Subscription, error)
	ListStories(ctx context.Context, since time.Time, limit int) ([]store.Story, error)
	GetDelivery(ctx context.Context, key string) (store.Delivery, error)
	RecordDelivery(ctx context.Context, d store.Delivery) (store.Delivery, bool, error)
	AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, owner string) error
}

// Enqueuer queues outgoing messages; *delivery.Pipeline implements it.
type Enqueuer interface {
	Enqueue(ctx context.Context, m delivery.Message) (store.Job, error)
}

// Defaults of Config.
const (
	DefaultCatchUp    = 3 * time.Hour
	DefaultPoll       = time.Minute
	DefaultLeaseTTL   = 5 * time.Minute
	DefaultWindow     = 24 * time.Hour
	DefaultLookback   = 7 * 24 * time.Hour
	DefaultMaxStories = 1000
)

// Config configures a Scheduler. Store and Pipeline are required.
type Config struct {
	Store    Store
	Pipeline Enqueuer
	// Logger receives scheduling logs; nil discards.
	Logger *slog.Logger
	// CatchUp is how late an edition may still be posted when the bot was
	// down (or busy) at its time: zero means DefaultCatchUp, negative
	// turns catch-up off.
	CatchUp time.Duration
	// Poll is how often subscriptions are re-read and late editions
	// looked for (default DefaultPoll).
	Poll time.Duration
	// LeaseTTL bounds how long a crashed replica blocks an edition
	// (default DefaultLeaseTTL).
	LeaseTTL time.Duration
	// Owner names this replica in leases (default host-pid-random).
	Owner string
	// Window is how far back a channel's first edition looks (default
	// DefaultWindow); Lookback caps how far back any edition looks
	// (default DefaultLookback).
	Window   time.Duration
	Lookback time.Duration
	// MaxStories caps the stories read per edition (default DefaultMaxStories).
	MaxStories int
}

// entry is a scheduled subscription.
type entry struct {
	sub   store.Subscription
	sched Schedule
	id    cron.EntryID
}

// Scheduler runs morning editions. Create it with New, start it with Run;
// it is safe for concurrent use and implements bot.EditionRenderer.
type Scheduler struct {
	cfg  Config
	st   Store
	log  *slog.Logger
	cron *cron.Cron

	mu      sync.Mutex
	runCtx  context.Context
	entries map[string]*entry    // channel ID -> entry
	running map[string]bool      // keys being run by this process
	done    map[string]time.Time // keys known handled -> due time

	runs sync.WaitGroup
}

var _ bot.EditionRenderer = (*Scheduler)(nil)

// New checks cfg and fills its defaults.
func New(cfg Config) (*Scheduler, error) {
	if cfg.Store == nil {
		return nil, errors.New("edition: no store")
	}
	if cfg.Pipeline == nil {
		return nil, errors.New("edition: no pipeline")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.CatchUp == 0 {
		cfg.CatchUp = DefaultCatchUp
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.LeaseTTL <= 0 {
		cfg.LeaseTTL = DefaultLeaseTTL
	}
	if cfg.Owner == "" {
		host, _ := os.Hostname()
		cfg.Owner = host + "-" + strconv.Itoa(os.Getpid()) + "-" + store.NewID()[:6]
	}
	if cfg.Window <= 0 {
		cfg.Window = DefaultWindow
	}
	if cfg.Lookback <= 0 {
		cfg.Lookback = DefaultLookback
	}
	if cfg.MaxStories <= 0 {
		cfg.MaxStories = DefaultMaxStories
	}
	s := &Scheduler{cfg: cfg, st: cfg.Store, log: cfg.Logger,
		entries: map[string]*entry{}, running: map[string]bool{}, done: map[string]time.Time{}}
	clog := cronLogger{cfg.Logger}
	s.cron = cron.New(cron.WithLogger(clog), cron.WithChain(cron.Recover(clog)))
	return s, nil
}

// Run schedules every subscription, posts late editions within the
// catch-up window, and keeps the schedule in step with the store until ctx
// is done; then it waits for editions being queued and returns nil. A
// failing store is logged and retried at the next poll.
func (s *Scheduler) Run(ctx context.Context) error {
	s.mu.Lock()
	s.runCtx = ctx
	s.mu.Unlock()
	if err := s.Reload(ctx); err != nil {
		s.log.Error("edition: load subscriptions", "err", err)
	}
	s.cron.Start()
	s.CatchUp(ctx, time.Now())
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			<-s.cron.Stop().Done()
			s.runs.Wait()
			return nil
		case <-t.C:
			if err := s.Reload(ctx); err != nil {
				s.log.Error("edition: reload subscriptions", "err", err)
			}
			s.CatchUp(ctx, time.Now())
		}
	}
}

// Reload re-reads the subscriptions: new ones are scheduled, changed
// times or zones rescheduled, removed ones unscheduled. Filters, length
// and format changes apply from the next edition. Handlers may call it
// after a change to apply it at once rather than at the next poll.
func (s *Scheduler) Reload(ctx context.Context) error {
	subs, err := s.st.ListSubscriptions(ctx, "")
	if err != nil {
		return fmt.Errorf("edition: list subscriptions: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	keep := make(map[string]bool, len(subs))
	for _, sub := range subs {
		sched, err := NewSchedule(sub)
		if err != nil {
			s.log.Warn("edition: subscription not scheduled", "channel_id", sub.ChannelID, "err", err)
			continue
		}
		keep[sub.ChannelID] = true
		e := s.entries[sub.ChannelID]
		if e != nil && sameSchedule(e.sub, sub) {
			e.sub = sub
			continue
		}
		if e != nil {
			s.cron.Remove(e.id)
		}
		channel := sub.ChannelID
		id := s.cron.Schedule(sched, cron.FuncJob(func() { s.fire(channel) }))
		s.entries[channel] = &entry{sub: sub, sched: sched, id: id}
		s.log.Debug("edition: scheduled", "channel_id", channel, "time", sub.Time, "time_zone", sub.TimeZone,
			"next", sched.Next(time.Now()))
	}
	for ch, e := range s.entries {
		if !keep[ch] {
			s.cron.Remove(e.id)
			delete(s.entries, ch)
			s.log.Debug("edition: unscheduled", "channel_id", ch)
		}
	}
	return nil
}

func sameSchedule(a, b store.Subscription) bool {
	return a.Time == b.Time && a.TimeZone == b.TimeZone && slices.Equal(a.Days, b.Days)
}

// Scheduled returns the channels scheduled now with their next due time.
func (s *Scheduler) Scheduled(now time.Time) map[string]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]time.Time, len(s.entries))
	for ch, e := range s.entries {
		out[ch] = e.sched.Next(now)
	}
	return out
}

// fire is the cron job of a channel: run the edition that is due now.
func (s *Scheduler) fire(channel string) {
	// Copy the entry under the lock: Reload updates e.sub in place.
	s.mu.Lock()
	ctx, e := s.runCtx, s.entries[channel]
	var sub store.Subscription
	var sched Schedule
	if e != nil {
		sub, sched = e.sub, e.sched
	}
	s.mu.Unlock()
	if ctx == nil || e == nil || ctx.Err() != nil {
		return
	}
	now := time.Now()
	due, date := sched.Last(now)
	// The entry may have been rescheduled since cron computed this run:
	// never post an old edition from here (CatchUp decides about those).
	if due.IsZero() || now.Sub(due) > max(s.cfg.CatchUp, time.Minute) || lastChange(sub).After(due) {
		return
	}
	s.runEdition(ctx, sub, sched, date, due, "scheduled")
}

// CatchUp runs every edition whose due time passed at most the catch-up
// window before now, that nobody queued yet, and whose subscription
// existed in its current form at that time. Run calls it at start-up and
// every poll; it is idempotent.
func (s *Scheduler) CatchUp(ctx context.Context, now time.Time) {
	if s.cfg.CatchUp < 0 {
		return
	}
	type late struct {
		sub   store.Subscription
		sched Schedule
		date  string
		due   time.Time
	}
	var todo []late
	s.mu.Lock()
	for k, due := range s.done {
		if now.Sub(due) > s.cfg.CatchUp+48*time.Hour {
			delete(s.done, k)
		}
	}
	for _, e := range s.entries {
		due, date := e.sched.Last(now)
		if due.IsZero() || now.Sub(due) > s.cfg.CatchUp {
			continue
		}
		if changed := lastChange(e.sub); changed.After(due) {
			continue // subscribed or rescheduled after the time passed
		}
		if _, ok := s.done[Key(e.sub.ChannelID, date)]; ok {
			continue
		}
		todo = append(todo, late{e.sub, e.sched, date, due})
	}
	s.mu.Unlock()
	for _, l := range todo {
		if ctx.Err() != nil {
			return
		}
		s.runEdition(ctx, l.sub, l.sched, l.date, l.due, "catch-up")
	}
}

func lastChange(sub store.Subscription) time.Time {
	if sub.UpdatedAt.After(sub.CreatedAt) {
		return sub.UpdatedAt
	}
	return sub.CreatedAt
}

// runEdition queues the edition of sub for date unless it was queued or
// delivered already, by this replica or another.
func (s *Scheduler) runEdition(ctx context.Context, sub store.Subscription, sched Schedule, date string, due time.Time, why string) {
	key := Key(sub.ChannelID, date)
	s.mu.Lock()
	if _, ok := s.done[key]; ok || s.running[key] {
		s.mu.Unlock()
		return
	}
	s.running[key] = true
	s.runs.Add(1)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.running, key)
		s.mu.Unlock()
		s.runs.Done()
	}()
	log := s.log.With("key", key, "why", why, "due", due)
	queued, err := s.queue(ctx, sub, date, due, log)
	if errors.Is(err, errBusy) {
		return // the holder queues it; the next poll finds its record
	}
	if err != nil {
		log.Error("edition: not queued; will retry at the next poll", "err", err)
		return
	}
	s.mu.Lock()
	s.done[key] = due
	s.mu.Unlock()
	if queued {
		log.Info("edition: queued", "late", time.Since(due).Round(time.Second))
	}
}

// queue does the exactly-once dance: ledger, record, lease, re-check,
// compose, enqueue, record. It reports whether this call queued the
// edition; (false, nil) means it is handled elsewhere.
func (s *Scheduler) queue(ctx context.Context, sub store.Subscription, date string, due time.Time, log *slog.Logger) (bool, error) {
	key := Key(sub.ChannelID, date)
	if handled, err := s.handled(ctx, sub.ChannelID, date); err != nil || handled {
		return false, err
	}
	ok, err := s.st.AcquireLease(ctx, key, s.cfg.Owner, s.cfg.LeaseTTL)
	if err != nil {
		return false, fmt.Errorf("edition: lease %s: %w", key, err)
	}
	if !ok {
		log.Debug("edition: another replica has it")
		return false, errBusy
	}
	defer func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := s.st.ReleaseLease(rctx, key, s.cfg.Owner); err != nil && !errors.Is(err, store.ErrConflict) {
			log.Warn("edition: release lease", "err", err)
		}
	}()
	// Another replica may have finished between the check and the lease.
	if handled, err := s.handled(ctx, sub.ChannelID, date); err != nil || handled {
		return false, err
	}
	now := time.Now()
	resp, ids, err := s.compose(ctx, sub, date, due, now, false)
	if err != nil {
		return false, err
	}
	msg := delivery.Message{Key: key, Kind: delivery.KindEdition, ChannelID: sub.ChannelID, Response: resp, Ref: date}
	if _, err := s.cfg.Pipeline.Enqueue(ctx, msg); err != nil {
		return false, fmt.Errorf("edition: enqueue %s: %w", key, err)
	}
	// From here on the edition is queued: record it so that no replica
	// queues it again. If this fails a replica may queue it a second
	// time; the delivery ledger and the nonce still post it once.
	rec := store.Delivery{Key: recordKey(sub.ChannelID, date), ChannelID: sub.ChannelID,
		StoryIDs: ids, DeliveredAt: store.Now()}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, _, err := s.st.RecordDelivery(rctx, rec); err != nil {
		log.Warn("edition: queued but not recorded", "err", err)
	}
	return true, nil
}

// errBusy means another replica holds the edition's lease: not an error
// worth logging loudly, but not handled either (its holder may crash).
var errBusy = errors.New("edition: lease held by another replica")

// handled reports whether the edition was delivered or queued already.
func (s *Scheduler) handled(ctx context.Context, channel, date string) (bool, error) {
	for _, k := range []string{Key(channel, date), recordKey(channel, date)} {
		_, err := s.st.GetDelivery(ctx, k)
		if err == nil {
			return true, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return false, fmt.Errorf("edition: ledger %s: %w", k, err)
		}
	}
	return false, nil
}

// previous finds the channel's latest edition record before date
// (inclusive when withDate), looking back eight days.
func (s *Scheduler) previous(ctx context.Context, sched Schedule, channel string, due time.Time, withDate bool) (Previous, error) {
	start := -1
	if withDate {
		start = 0
	}
	for i := start; i >= -8; i-- {
		date := sched.day(due, i).Format(DateLayout)
		d, err := s.st.GetDelivery(ctx, recordKey(channel, date))
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return Previous{}, fmt.Errorf("edition: previous edition of %s: %w", channel, err)
		}
		ids := d.StoryIDs
		if len(ids) == 0 {
			// Records written before StoryIDs existed kept the IDs in MessageID.
			ids = strings.Fields(d.MessageID)
		}
		return Previous{At: d.DeliveredAt, StoryIDs: ids}, nil
	}
	return Previous{}, nil
}

// compose reads the stories since the previous edition and renders.
func (s *Scheduler) compose(ctx context.Context, sub store.Subscription, date string, due, now time.Time, preview bool) (bot.Response, []string, error) {
	sched, err := NewSchedule(sub)
	if err != nil {
		return bot.Response{}, nil, err
	}
	prev, err := s.previous(ctx, sched, sub.ChannelID, due, preview)
	if err != nil {
		return bot.Response{}, nil, err
	}
	since := now.Add(-s.cfg.Window)
	if !prev.At.IsZero() {
		since = prev.At
	}
	if floor := now.Add(-s.cfg.Lookback); since.Before(floor) {
		since = floor
	}
	stories, err := s.st.ListStories(ctx, since, s.cfg.MaxStories)
	if err != nil {
		return bot.Response{}, nil, fmt.Errorf("edition: list stories: %w", err)
	}
	resp, ids := Compose(sub, stories, prev, due, now)
	return resp, ids, nil
}

// NextRun is when sub's next edition is due after now, by the rules the
// scheduler applies (DST gaps and overlaps included); false for an
// unschedulable subscription. The bot could show it instead of bot.NextRun,
// which differs on daylight-saving days.
func (s *Scheduler) NextRun(sub store.Subscription, now time.Time) (time.Time, bool) {
	sched, err := NewSchedule(sub)
	if err != nil {
		return time.Time{}, false
	}
	next := sched.Next(now)
	return next, !next.IsZero()
}

// RenderEdition renders what sub's next edition would hold if it were
// composed at now (bot.EditionRenderer, for /edition preview).
func (s *Scheduler) RenderEdition(ctx context.Context, sub store.Subscription, now time.Time) (bot.Response, error) {
	sched, err := NewSchedule(sub)
	if err != nil {
		return bot.Response{}, err
	}
	resp, _, err := s.compose(ctx, sub, sched.Date(now), now, now, true)
	return resp, err
}

// cronLogger routes cron's logs to slog: its info chatter at debug.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) {
	l.log.Debug("edition: cron: "+msg, kv...)
}

func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("edition: cron: "+msg, append(kv, "err", err)...)
}
