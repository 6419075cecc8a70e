// Package dispatch turns story events into alert direct messages: it keeps
// an alerts.Index of every active alert in sync with the store, matches
// each created or updated story against it, runs the hits through the
// delivery policy per user (alerts.Policy: mute, pause, one message per
// story, updates only with new facts, grouping, quiet hours, hourly cap)
// and hands the resulting messages to an Outbox, the durable delivery
// pipeline, under idempotency keys.
//
// It lives beside package alerts rather than in it because it renders with
// package bot, which itself imports alerts.
//
// State: the pending hits and what each user was sent (alerts.History) are
// kept in memory. After a restart the hourly cap starts afresh and a story
// delivered before it may be delivered once more as new when it is updated;
// the idempotency keys (see Key) still stop any exact repeat at the
// delivery ledger, and hits that were waiting (grouping window, quiet
// hours) when the process stopped are lost.
package dispatch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/store"
)

// Store is what the dispatcher needs from the store; store.Store
// implements it.
type Store interface {
	ListAlerts(ctx context.Context, userID string) ([]store.Alert, error)
	GetAlert(ctx context.Context, id string) (store.Alert, error)
	UpdateAlert(ctx context.Context, a store.Alert) error
	GetStory(ctx context.Context, id string) (store.Story, error)
}

// Outbox accepts direct messages for durable delivery. key is an
// idempotency key: a message enqueued twice under one key is sent once.
type Outbox interface {
	EnqueueDM(ctx context.Context, userID, key string, msg bot.Response) error
}

// Defaults for Options' zero fields.
const (
	DefaultReloadEvery = time.Minute
	DefaultRetryAfter  = 30 * time.Second
	DefaultHistoryTTL  = 7 * 24 * time.Hour
)

// Options configure a Dispatcher. The zero value is usable.
type Options struct {
	// Policy holds the delivery limits (group window, hourly cap, max age).
	Policy alerts.Policy
	// ReloadEvery is how often Run re-reads every alert from the store to
	// catch changes nobody reported with AlertChanged; 0 means
	// DefaultReloadEvery, a negative value never.
	ReloadEvery time.Duration
	// RetryAfter is how long to wait before trying again when the Outbox
	// refuses a message; 0 means DefaultRetryAfter.
	RetryAfter time.Duration
	// HistoryTTL is how long to remember that a story was sent to a user
	// (so that it is not sent again as new); 0 means DefaultHistoryTTL.
	HistoryTTL time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger receives failures and deliveries; nil discards.
	Logger *slog.Logger
}

// alertInfo is what the dispatcher keeps of an alert.
type alertInfo struct {
	a   store.Alert
	loc *time.Location // of a.QuietHours, nil for UTC
	qh  alerts.QuietHours
}

// userState is one user's pending hits and delivery history.
type userState struct {
	pending []alerts.Pending
	history alerts.History
	// wait is when to decide again about pending; zero when nothing waits.
	wait time.Time
}

// Dispatcher matches story events against all alerts and delivers the hits
// by direct message. It implements story.Listener. All its methods are
// safe for concurrent use.
type Dispatcher struct {
	st   Store
	out  Outbox
	opts Options
	log  *slog.Logger

	// mu guards everything below and serialises decisions and sends.
	mu     sync.Mutex
	ix     *alerts.Index
	alerts map[string]*alertInfo // every alert in the store, paused ones too
	byUser map[string]map[string]*alertInfo
	users  map[string]*userState
	locs   map[string]*time.Location
	// refs is the match buffer StoryChanged reuses (alerts.Index.MatchRules);
	// guarded by mu like the rest, so concurrent events never share it.
	// The refs view the index's own storage, valid until its next Add or
	// Remove; every change to ix happens under mu, so they stay valid for
	// as long as StoryChanged holds it.
	refs []alerts.RuleRef

	wake chan struct{} // tells Run that a wait time changed
}

var _ story.Listener = (*Dispatcher)(nil)

// New returns a Dispatcher with an empty index; call Load before use.
func New(st Store, out Outbox, opts Options) *Dispatcher {
	if opts.ReloadEvery == 0 {
		opts.ReloadEvery = DefaultReloadEvery
	}
	if opts.RetryAfter <= 0 {
		opts.RetryAfter = DefaultRetryAfter
	}
	if opts.HistoryTTL <= 0 {
		opts.HistoryTTL = DefaultHistoryTTL
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Dispatcher{
		st: st, out: out, opts: opts, log: opts.Logger,
		ix:     alerts.NewIndex(),
		alerts: make(map[string]*alertInfo),
		byUser: make(map[string]map[string]*alertInfo),
		users:  make(map[string]*userState),
		locs:   make(map[string]*time.Location),
		wake:   make(chan struct{}, 1),
	}
}

// Len returns the number of alerts in the index (active alerts with a
// valid expression).
func (d *Dispatcher) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ix.Len()
}

// Load reads every alert from the store and builds the index afresh
// (alerts.BuildIndex, parsing in parallel). Alerts whose expression no
// longer parses are logged and left out; they are not an error. An
// AlertChanged that runs while Load builds may be undone by the swap; the
// next Reload repairs it.
func (d *Dispatcher) Load(ctx context.Context) error {
	all, err := d.st.ListAlerts(ctx, "")
	if err != nil {
		return fmt.Errorf("dispatch: load alerts: %w", err)
	}
	infos := make(map[string]*alertInfo, len(all))
	byUser := make(map[string]map[string]*alertInfo)
	srcs := make([]alerts.Source, 0, len(all))
	d.mu.Lock()
	for _, a := range all {
		in := d.info(a)
		infos[a.ID] = in
		if byUser[a.UserID] == nil {
			byUser[a.UserID] = make(map[string]*alertInfo)
		}
		byUser[a.UserID][a.ID] = in
		if a.PausedReason == "" {
			srcs = append(srcs, alerts.Source{ID: a.ID, UserID: a.UserID, Expression: a.Expression})
		}
	}
	d.mu.Unlock()
	ix, bad := alerts.BuildIndex(srcs)
	for _, b := range bad {
		d.log.Warn("dispatch: alert not indexed", "alert_id", b.ID, "err", b.Err)
	}
	d.mu.Lock()
	d.ix, d.alerts, d.byUser = ix, infos, byUser
	d.mu.Unlock()
	d.log.Info("dispatch: alerts loaded", "alerts", len(all), "indexed", ix.Len())
	return nil
}

// Reload re-reads every alert from the store and applies the differences
// to the index one alert at a time: new and changed alerts are (re)added,
// deleted and paused ones removed. Run calls it every ReloadEvery.
func (d *Dispatcher) Reload(ctx context.Context) error {
	all, err := d.st.ListAlerts(ctx, "")
	if err != nil {
		return fmt.Errorf("dispatch: reload alerts: %w", err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	seen := make(map[string]bool, len(all))
	var errs []error
	for _, a := range all {
		seen[a.ID] = true
		if old, ok := d.alerts[a.ID]; ok && sameAlert(old.a, a) {
			continue
		}
		errs = append(errs, d.upsertLocked(a))
	}
	for id := range d.alerts {
		if !seen[id] {
			d.removeLocked(id)
		}
	}
	return errors.Join(errs...)
}

// AlertChanged brings one alert of the index up to date with the store
// after it was created, edited, paused, resumed, muted or deleted. The
// bot's /alert handlers call it; Reload catches what they miss.
func (d *Dispatcher) AlertChanged(ctx context.Context, id string) error {
	a, err := d.st.GetAlert(ctx, id)
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case errors.Is(err, store.ErrNotFound):
		d.removeLocked(id)
		return nil
	case err != nil:
		return fmt.Errorf("dispatch: alert %s: %w", id, err)
	}
	return d.upsertLocked(a)
}

// PauseForUser pauses every active alert of the user with reason, in the
// store and in the index, and drops the hits waiting for them. The
// delivery pipeline calls it when Discord refuses the user's DMs for good;
// the bot tells the user the next time they use a command. Alerts already
// paused keep their reason.
func (d *Dispatcher) PauseForUser(ctx context.Context, userID, reason string) error {
	if reason == "" {
		return errors.New("dispatch: pause alerts: empty reason")
	}
	list, err := d.st.ListAlerts(ctx, userID)
	if err != nil {
		return fmt.Errorf("dispatch: pause alerts of %s: %w", userID, err)
	}
	var errs []error
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, a := range list {
		if a.PausedReason != "" {
			continue
		}
		// A versioned read-modify-write: a concurrent /alert mute or quiet
		// on another replica is re-read and kept, not overwritten.
		got, _, err := store.ModifyAlert(ctx, d.st, a, func(a *store.Alert) bool {
			if a.UserID != userID || a.PausedReason != "" {
				return false // moved or paused meanwhile
			}
			a.PausedReason = reason
			a.PauseNotified = time.Time{} // a new pause: the bot tells the user again
			return true
		})
		switch {
		case errors.Is(err, store.ErrNotFound):
			d.removeLocked(a.ID)
			continue
		case err != nil:
			errs = append(errs, fmt.Errorf("dispatch: pause alert %s: %w", a.ID, err))
			continue
		}
		// Written or not, got is the alert as stored now.
		errs = append(errs, d.upsertLocked(got))
	}
	if u := d.users[userID]; u != nil {
		u.pending, u.wait = nil, time.Time{}
	}
	d.log.Info("dispatch: alerts paused", "user_id", userID, "reason", reason)
	return errors.Join(errs...)
}

// sameAlert reports whether two versions of an alert deliver alike.
func sameAlert(x, y store.Alert) bool {
	return x.UserID == y.UserID && x.Expression == y.Expression && x.PausedReason == y.PausedReason &&
		x.MutedUntil.Equal(y.MutedUntil) && x.QuietHours == y.QuietHours
}

// upsertLocked stores a's current version and indexes it unless it is
// paused. An expression that does not parse is removed from the index and
// reported. When the quiet hours or the mute of an alert change while the
// user has hits waiting, they are decided again at once (Run does it), so
// that hits held back by quiet hours just removed leave now rather than at
// the old end of the window.
func (d *Dispatcher) upsertLocked(a store.Alert) error {
	old, had := d.alerts[a.ID]
	if had && old.a.UserID != a.UserID {
		d.removeLocked(a.ID)
	}
	if had && (old.a.QuietHours != a.QuietHours || !old.a.MutedUntil.Equal(a.MutedUntil)) {
		if u := d.users[a.UserID]; u != nil && len(u.pending) > 0 {
			u.wait = d.opts.Now()
			d.poke()
		}
	}
	in := d.info(a)
	d.alerts[a.ID] = in
	if d.byUser[a.UserID] == nil {
		d.byUser[a.UserID] = make(map[string]*alertInfo)
	}
	d.byUser[a.UserID][a.ID] = in
	if a.PausedReason != "" {
		d.ix.Remove(a.ID)
		return nil
	}
	if had && old.a.Expression == a.Expression && old.a.UserID == a.UserID && d.ix.Has(a.ID) {
		return nil // mute or quiet hours changed: nothing to reindex
	}
	e, err := alerts.Parse(a.Expression)
	if err != nil {
		d.ix.Remove(a.ID)
		return fmt.Errorf("dispatch: alert %s: %w", a.ID, err)
	}
	if err := d.ix.Add(a.ID, a.UserID, e); err != nil {
		return fmt.Errorf("dispatch: alert %s: %w", a.ID, err)
	}
	return nil
}

func (d *Dispatcher) removeLocked(id string) {
	d.ix.Remove(id)
	if in, ok := d.alerts[id]; ok {
		delete(d.byUser[in.a.UserID], id)
		if len(d.byUser[in.a.UserID]) == 0 {
			delete(d.byUser, in.a.UserID)
		}
	}
	delete(d.alerts, id)
}

// info derives an alert's delivery settings. Quiet hours that do not parse
// or name an unknown zone are ignored (logged): better a message at night
// than none.
func (d *Dispatcher) info(a store.Alert) *alertInfo {
	in := &alertInfo{a: a}
	if a.QuietHours.Start == "" && a.QuietHours.End == "" {
		return in
	}
	qh, err := alerts.ParseQuietHours(a.QuietHours.Start, a.QuietHours.End)
	if err != nil {
		d.log.Warn("dispatch: bad quiet hours", "alert_id", a.ID, "err", err)
		return in
	}
	loc, err := d.location(a.QuietHours.TimeZone)
	if err != nil {
		d.log.Warn("dispatch: bad quiet hours time zone", "alert_id", a.ID, "err", err)
		return in
	}
	in.qh, in.loc = qh, loc
	return in
}

func (d *Dispatcher) location(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	if loc, ok := d.locs[name]; ok {
		return loc, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("dispatch: time zone %q: %w", name, err)
	}
	d.locs[name] = loc
	return loc, nil
}

// StoryChanged matches a created or updated story against every alert and
// delivers or schedules the hits. It implements story.Listener.
func (d *Dispatcher) StoryChanged(ctx context.Context, ev story.Event) {
	doc := DocOf(ev)
	now := d.opts.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	refs := d.ix.MatchRules(d.refs[:0], doc)
	defer func() {
		// Keep the buffer for the next story unless one very hot story
		// grew it; drop the views of the index it holds.
		clear(refs)
		if cap(refs) <= maxKeptRefs {
			d.refs = refs[:0]
		} else {
			d.refs = nil
		}
	}()
	if len(refs) == 0 {
		return
	}
	touched := make(map[string]bool)
	for _, r := range refs {
		for _, h := range r.Hits() {
			in := d.alerts[h.AlertID]
			if in == nil || in.a.PausedReason != "" {
				continue
			}
			u := d.users[h.UserID]
			if u == nil {
				u = &userState{}
				d.users[h.UserID] = u
			}
			u.pending = append(u.pending, alerts.Pending{AlertID: h.AlertID, StoryID: ev.Story.ID,
				Title: ev.Story.Title, New: doc.New, At: now, MutedUntil: in.a.MutedUntil})
			touched[h.UserID] = true
		}
	}
	users := make([]string, 0, len(touched))
	for u := range touched {
		users = append(users, u)
	}
	slices.Sort(users)
	for _, u := range users {
		d.processLocked(ctx, u, now)
	}
	d.poke()
}

// maxKeptRefs is the largest match buffer StoryChanged keeps between
// stories (768 KiB of refs); a larger one is left to the garbage collector.
const maxKeptRefs = 1 << 15

// poke tells Run that wait times changed.
func (d *Dispatcher) poke() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers deferred messages (grouping window, quiet hours, hourly cap,
// retries) when they are due, and reloads the alerts every ReloadEvery,
// until ctx ends; it returns ctx's error.
func (d *Dispatcher) Run(ctx context.Context) error {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	prune := time.NewTicker(pruneEvery)
	defer prune.Stop()
	var reload <-chan time.Time
	if d.opts.ReloadEvery > 0 {
		t := time.NewTicker(d.opts.ReloadEvery)
		defer t.Stop()
		reload = t.C
	}
	for {
		if next := d.nextWait(); !next.IsZero() {
			timer.Reset(max(next.Sub(d.opts.Now()), 0))
		} else {
			timer.Stop()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-d.wake:
		case <-timer.C:
			d.flushDue(ctx)
		case <-reload:
			if err := d.Reload(ctx); err != nil {
				d.log.Warn("dispatch: reload alerts", "err", err)
			}
		case <-prune.C:
			d.prune()
		}
	}
}

// pruneEvery is how often Run forgets histories past their use.
const pruneEvery = 10 * time.Minute

// prune forgets sends older than an hour and stories older than
// HistoryTTL, and users left with nothing.
func (d *Dispatcher) prune() {
	now := d.opts.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	for id, u := range d.users {
		d.pruneLocked(id, u, now)
	}
}

func (d *Dispatcher) pruneLocked(userID string, u *userState, now time.Time) {
	u.history.Sends = slices.DeleteFunc(u.history.Sends, func(t time.Time) bool { return now.Sub(t) > time.Hour })
	for id, s := range u.history.Stories {
		if now.Sub(s.At) > d.opts.HistoryTTL {
			delete(u.history.Stories, id)
		}
	}
	if len(u.pending) == 0 && len(u.history.Sends) == 0 && len(u.history.Stories) == 0 {
		delete(d.users, userID)
	}
}

// nextWait returns the earliest time a user's pending hits are due, or zero.
func (d *Dispatcher) nextWait() time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	var next time.Time
	for _, u := range d.users {
		if !u.wait.IsZero() && (next.IsZero() || u.wait.Before(next)) {
			next = u.wait
		}
	}
	return next
}

// flushDue decides again for every user whose wait time has come.
func (d *Dispatcher) flushDue(ctx context.Context) {
	now := d.opts.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	var due []string
	for id, u := range d.users {
		if !u.wait.IsZero() && !u.wait.After(now) {
			due = append(due, id)
		}
	}
	slices.Sort(due)
	for _, id := range due {
		d.processLocked(ctx, id, now)
	}
}

// settingsLocked returns a user's delivery settings. Quiet hours are
// stored per alert; /alert quiet sets the same on all of a user's alerts
// (and new alerts inherit them), and a user whose alerts disagree all the
// same (older data, an import) gets those of the oldest alert that has
// valid ones, as /alert list shows. Mutes and pauses are per alert,
// applied to the pending hits.
func (d *Dispatcher) settingsLocked(userID string) alerts.Settings {
	var s alerts.Settings
	var from *alertInfo
	for _, in := range d.byUser[userID] {
		if !in.qh.Enabled() {
			continue
		}
		if from == nil || in.a.CreatedAt.Before(from.a.CreatedAt) ||
			in.a.CreatedAt.Equal(from.a.CreatedAt) && in.a.ID < from.a.ID {
			from = in
		}
	}
	if from != nil {
		s.Quiet, s.Location = from.qh, from.loc
	}
	return s
}

// processLocked runs the policy over a user's pending hits at now: drops,
// sends or schedules. d.mu is held.
func (d *Dispatcher) processLocked(ctx context.Context, userID string, now time.Time) {
	u := d.users[userID]
	if u == nil {
		return
	}
	// Hits of alerts deleted or paused since leave; mutes are read afresh.
	kept := u.pending[:0]
	for _, p := range u.pending {
		in := d.alerts[p.AlertID]
		if in == nil || in.a.PausedReason != "" {
			continue
		}
		p.MutedUntil = in.a.MutedUntil
		kept = append(kept, p)
	}
	u.pending = kept
	u.wait = time.Time{}
	if len(u.pending) > 0 {
		dec := d.opts.Policy.Decide(now, d.settingsLocked(userID), u.pending, u.history)
		for _, dr := range dec.Dropped {
			d.log.Debug("dispatch: hit dropped", "user_id", userID, "alert_id", dr.Pending.AlertID,
				"story_id", dr.Pending.StoryID, "reason", dr.Reason)
		}
		u.pending = removeHits(u.pending, dec.Dropped)
		switch {
		case dec.Send != nil:
			if err := d.sendLocked(ctx, userID, u, dec.Send, now); err != nil {
				d.log.Warn("dispatch: enqueue alert message", "user_id", userID, "err", err)
				u.wait = now.Add(d.opts.RetryAfter)
			}
		case !dec.Wait.IsZero():
			u.wait = dec.Wait
		}
	}
	d.pruneLocked(userID, u, now)
}

// sendLocked renders and enqueues one message, and on success records it
// and removes its hits from the pending list.
func (d *Dispatcher) sendLocked(ctx context.Context, userID string, u *userState, msg *alerts.Message, now time.Time) error {
	stories := make([]store.Story, len(msg.Items))
	for i, it := range msg.Items {
		st, err := d.st.GetStory(ctx, it.StoryID)
		if err != nil {
			if !errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("dispatch: story %s: %w", it.StoryID, err)
			}
			st = store.Story{ID: it.StoryID, Title: it.Title} // expired since: render what we know
		}
		stories[i] = st
	}
	resp := d.render(msg, stories)
	key := Key(userID, msg)
	if err := d.out.EnqueueDM(ctx, userID, key, resp); err != nil {
		return fmt.Errorf("dispatch: enqueue %s: %w", key, err)
	}
	u.history.Record(now, msg)
	var sent []alerts.Pending
	for _, it := range msg.Items {
		sent = append(sent, it.Hits...)
	}
	u.pending = removeHits(u.pending, pendingDrops(sent))
	d.log.Info("dispatch: alert message enqueued", "user_id", userID, "key", key,
		"kind", msg.Kind.String(), "stories", len(msg.Items))
	return nil
}

func pendingDrops(ps []alerts.Pending) []alerts.Drop {
	out := make([]alerts.Drop, len(ps))
	for i, p := range ps {
		out[i] = alerts.Drop{Pending: p}
	}
	return out
}

// hitKey identifies a pending hit for removal. It is a comparable struct
// rather than a formatted string: removeHits runs for every hit of every
// decision, and formatting the time dominated it.
type hitKey struct {
	alertID, storyID string
	at               int64 // At in Unix nanoseconds
	news             string
}

func keyOf(p alerts.Pending) hitKey {
	return hitKey{alertID: p.AlertID, storyID: p.StoryID, at: p.At.UnixNano(), news: strings.Join(p.New, "\x00")}
}

// removeHits removes one pending hit per drop (a multiset difference).
func removeHits(pending []alerts.Pending, drops []alerts.Drop) []alerts.Pending {
	if len(drops) == 0 {
		return pending
	}
	gone := make(map[hitKey]int, len(drops))
	for _, dr := range drops {
		gone[keyOf(dr.Pending)]++
	}
	kept := pending[:0]
	for _, p := range pending {
		k := keyOf(p)
		if gone[k] > 0 {
			gone[k]--
			continue
		}
		kept = append(kept, p)
	}
	clear(pending[len(kept):])
	return kept[:len(kept):len(kept)]
}

// Key returns the idempotency key of a message to userID:
// "alert:<user>:<story>:new" for the first message about a story,
// "alert:<user>:<story>:<hash of the new facts>" for an update, and
// "alert:<user>:<kind>:<hash of the items' keys>" for a group or summary.
// The key depends on the content, not on when the message is sent, so a
// replayed event or a retried enqueue finds the original in the ledger.
// A change hash is used rather than the story version because versions
// also advance for updates that bring the user nothing.
func Key(userID string, msg *alerts.Message) string {
	items := make([]string, len(msg.Items))
	for i, it := range msg.Items {
		items[i] = itemKey(it)
	}
	if len(items) == 1 && msg.Kind != alerts.Summary {
		return "alert:" + userID + ":" + items[0]
	}
	slices.Sort(items)
	return "alert:" + userID + ":" + msg.Kind.String() + ":" + shortHash(strings.Join(items, "\n"))
}

// itemKey is "<story>:new" or "<story>:<hash of the new facts>".
func itemKey(it alerts.Item) string {
	var facts []string
	if it.Update {
		facts = slices.Clone(it.New)
	} else {
		for _, p := range it.Hits {
			facts = append(facts, p.New...)
		}
	}
	if len(facts) == 0 {
		return it.StoryID + ":new"
	}
	slices.Sort(facts)
	facts = slices.Compact(facts)
	return it.StoryID + ":" + shortHash(strings.Join(facts, "\n"))
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}
