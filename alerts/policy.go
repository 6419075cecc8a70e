package alerts

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Delivery policy: pure decisions about when and how a user's alert hits
// become direct messages. Time is passed in; nothing here does I/O.
//
// Decide runs the pending hits of one user through small stages, in the
// spirit of Alertmanager's notification pipeline:
//
//	pause    the user's alerts are paused (DMs refused): drop everything
//	stale    hits older than MaxAge: drop
//	silence  the user or the hit's alert is muted: drop
//	dedup    one item per story; a story already delivered comes back only
//	         with facts not sent before (an update), otherwise drop
//	quiet    inside the user's quiet hours: hold until they end
//	group    hold until the oldest hit has waited GroupWindow, so that hits
//	         arriving close together share one message
//	cap      at most HourlyCap messages in any hour; when the cap holds a
//	         message back, everything waiting goes out later as one summary
//
// Muting drops (the user asked not to hear about this period); quiet hours
// defer (the user wants the news, later).

// Defaults for Policy's zero fields.
const (
	DefaultGroupWindow = 2 * time.Minute
	DefaultHourlyCap   = 10
	DefaultMaxAge      = 24 * time.Hour
)

// Policy holds the delivery limits. The zero value uses the defaults.
type Policy struct {
	// GroupWindow is how long the first hit of a batch waits for others to
	// join it; 0 means DefaultGroupWindow, a negative value no waiting.
	GroupWindow time.Duration
	// HourlyCap is the most messages a user gets in any 60 minutes; 0 means
	// DefaultHourlyCap.
	HourlyCap int
	// MaxAge drops hits that could not be delivered for this long (a long
	// pause or a cap on a busy day); 0 means DefaultMaxAge.
	MaxAge time.Duration
}

func (p Policy) groupWindow() time.Duration {
	switch {
	case p.GroupWindow == 0:
		return DefaultGroupWindow
	case p.GroupWindow < 0:
		return 0
	}
	return p.GroupWindow
}

func (p Policy) hourlyCap() int {
	if p.HourlyCap <= 0 {
		return DefaultHourlyCap
	}
	return p.HourlyCap
}

func (p Policy) maxAge() time.Duration {
	if p.MaxAge <= 0 {
		return DefaultMaxAge
	}
	return p.MaxAge
}

// Clock is a time of day in minutes after midnight, 0 to 1439.
type Clock int

// ParseClock parses a 24-hour "HH:MM" time of day.
func ParseClock(s string) (Clock, error) {
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("alerts: time %q is not HH:MM (24-hour, e.g. 07:30)", s)
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 || s[0] == '-' || s[3] == '-' || s[0] == '+' || s[3] == '+' {
		return 0, fmt.Errorf("alerts: time %q is not HH:MM (24-hour, e.g. 07:30)", s)
	}
	return Clock(h*60 + m), nil
}

// String formats c as "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// QuietHours is a daily window, in the user's time zone, during which alerts
// are held back. Start after End spans midnight (22:00-07:00). Start equal
// to End means no quiet hours.
type QuietHours struct {
	Start, End Clock
}

// ParseQuietHours parses "HH:MM" start and end times; both empty means none.
func ParseQuietHours(start, end string) (QuietHours, error) {
	if start == "" && end == "" {
		return QuietHours{}, nil
	}
	s, err := ParseClock(start)
	if err != nil {
		return QuietHours{}, fmt.Errorf("alerts: quiet hours start: %w", err)
	}
	e, err := ParseClock(end)
	if err != nil {
		return QuietHours{}, fmt.Errorf("alerts: quiet hours end: %w", err)
	}
	return QuietHours{Start: s, End: e}, nil
}

// Enabled reports whether there are quiet hours at all.
func (q QuietHours) Enabled() bool { return q.Start != q.End }

// Until returns the end of the quiet period that t falls in, and false when
// t is not in one. Start and end are wall-clock times in loc on the day
// concerned, so a period across a daylight-saving change is an hour shorter
// or longer in real time; a wall-clock time that does not exist that day is
// normalised as time.Date does.
func (q QuietHours) Until(t time.Time, loc *time.Location) (time.Time, bool) {
	if !q.Enabled() {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	lt := t.In(loc)
	y, m, d := lt.Date()
	for _, day := range []int{d - 1, d} {
		start := time.Date(y, m, day, int(q.Start)/60, int(q.Start)%60, 0, 0, loc)
		endDay := day
		if q.End < q.Start {
			endDay++
		}
		end := time.Date(y, m, endDay, int(q.End)/60, int(q.End)%60, 0, 0, loc)
		if !t.Before(start) && t.Before(end) {
			return end, true
		}
	}
	return time.Time{}, false
}

// Settings are one user's alert delivery settings.
type Settings struct {
	// Location is the user's time zone for quiet hours; nil means UTC.
	Location *time.Location
	Quiet    QuietHours
	// MutedUntil drops every hit before then (/alert mute); zero: not muted.
	MutedUntil time.Time
	// Paused stops deliveries altogether, e.g. after Discord refused a DM
	// because the user closed them; hits are dropped, not kept.
	Paused bool
}

// Pending is one alert hit waiting for delivery.
type Pending struct {
	AlertID string
	StoryID string
	// Title is the story's headline at the time of the hit.
	Title string
	// New is what this update of the story brought (Doc.New); empty for a
	// new story.
	New []string
	// At is when the hit was made.
	At time.Time
	// MutedUntil is the alert's own mute, if alerts are muted one by one.
	MutedUntil time.Time
}

// Delivered records what a user was sent about one story.
type Delivered struct {
	At time.Time
	// Facts are the update facts already sent (Pending.New of delivered hits).
	Facts []string
}

// History is what a user has been sent: enough to cap the message rate and
// to send a story once, and an update only with new facts. Sends older than
// an hour and stories past retention may be pruned by the caller.
type History struct {
	// Sends are the times of the messages sent, in any order.
	Sends []time.Time
	// Stories maps a story ID to what was delivered about it.
	Stories map[string]Delivered
}

// Record updates h after msg was sent at t.
func (h *History) Record(t time.Time, msg *Message) {
	h.Sends = append(h.Sends, t)
	if h.Stories == nil {
		h.Stories = make(map[string]Delivered)
	}
	for _, it := range msg.Items {
		d := h.Stories[it.StoryID]
		d.At = t
		for _, f := range it.New {
			if !slices.Contains(d.Facts, f) {
				d.Facts = append(d.Facts, f)
			}
		}
		for _, p := range it.Hits {
			for _, f := range p.New {
				if !slices.Contains(d.Facts, f) {
					d.Facts = append(d.Facts, f)
				}
			}
		}
		h.Stories[it.StoryID] = d
	}
}

// MessageKind says how a message presents its items.
type MessageKind uint8

// Message kinds.
const (
	// Single is one story.
	Single MessageKind = iota + 1
	// Group is several stories that matched within the group window.
	Group
	// Summary folds everything held back by the hourly cap into one message.
	Summary
)

// String returns the kind's name.
func (k MessageKind) String() string {
	switch k {
	case Single:
		return "single"
	case Group:
		return "group"
	case Summary:
		return "summary"
	}
	return "MessageKind(" + strconv.Itoa(int(k)) + ")"
}

// Item is one story in a message.
type Item struct {
	StoryID string
	Title   string
	// AlertIDs are the user's alerts that matched, distinct, in hit order.
	AlertIDs []string
	// Update is true when the story was delivered before; New then lists
	// the facts not sent yet, which the message must show.
	Update bool
	New    []string
	// Hits are the pending hits the item stands for.
	Hits []Pending
}

// Message is one direct message to send.
type Message struct {
	Kind  MessageKind
	Items []Item
}

// Reasons a hit is dropped.
const (
	ReasonPaused = "paused"
	ReasonStale  = "stale"
	ReasonMuted  = "muted"
	ReasonRepeat = "already delivered, nothing new"
)

// Drop is a hit that will never be delivered, with the reason.
type Drop struct {
	Pending Pending
	Reason  string
}

// Decision is what to do with a user's pending hits now.
type Decision struct {
	// Send, when not nil, is the message to send now; every hit it holds
	// (Item.Hits) leaves the pending list.
	Send *Message
	// Wait, when not zero, is when to decide again about the hits still
	// pending (none are when Send is set).
	Wait time.Time
	// Dropped hits leave the pending list for good.
	Dropped []Drop
}

// batch is the state the stages work on.
type batch struct {
	policy   Policy
	now      time.Time
	settings Settings
	history  History
	hits     []Pending // hits still in play, oldest first
	items    []Item
	dropped  []Drop
	// notBefore is the earliest time the items may be sent.
	notBefore time.Time
	summary   bool
}

// stage is one step of the pipeline.
type stage func(*batch)

// Decide applies the policy to a user's pending hits at time now.
func (p Policy) Decide(now time.Time, s Settings, pending []Pending, h History) Decision {
	b := &batch{policy: p, now: now, settings: s, history: h, notBefore: now}
	b.hits = slices.Clone(pending)
	slices.SortStableFunc(b.hits, func(x, y Pending) int { return x.At.Compare(y.At) })
	for _, st := range []stage{pauseStage, staleStage, silenceStage, dedupStage, quietStage, groupStage, capStage} {
		st(b)
	}
	d := Decision{Dropped: b.dropped}
	if len(b.items) == 0 {
		return d
	}
	if b.notBefore.After(now) {
		d.Wait = b.notBefore
		return d
	}
	kind := Single
	switch {
	case b.summary:
		kind = Summary
	case len(b.items) > 1:
		kind = Group
	}
	d.Send = &Message{Kind: kind, Items: b.items}
	return d
}

func (b *batch) drop(keep func(Pending) bool, reason string) {
	kept := b.hits[:0]
	for _, p := range b.hits {
		if keep(p) {
			kept = append(kept, p)
		} else {
			b.dropped = append(b.dropped, Drop{Pending: p, Reason: reason})
		}
	}
	b.hits = kept
}

// pauseStage drops everything while the user's alerts are paused.
func pauseStage(b *batch) {
	if b.settings.Paused {
		b.drop(func(Pending) bool { return false }, ReasonPaused)
	}
}

// staleStage drops hits older than MaxAge.
func staleStage(b *batch) {
	oldest := b.now.Add(-b.policy.maxAge())
	b.drop(func(p Pending) bool { return !p.At.Before(oldest) }, ReasonStale)
}

// silenceStage drops hits while the user or the alert is muted.
func silenceStage(b *batch) {
	b.drop(func(p Pending) bool {
		return !b.now.Before(b.settings.MutedUntil) && !b.now.Before(p.MutedUntil)
	}, ReasonMuted)
}

// dedupStage merges hits into one item per story and drops repeats of
// delivered stories that bring nothing new.
func dedupStage(b *batch) {
	byStory := map[string]int{}
	var repeats []Pending
	for _, p := range b.hits {
		prev, delivered := b.history.Stories[p.StoryID]
		var fresh []string
		if delivered {
			for _, f := range p.New {
				if !slices.Contains(prev.Facts, f) {
					fresh = append(fresh, f)
				}
			}
			if len(fresh) == 0 {
				repeats = append(repeats, p)
				continue
			}
		}
		i, ok := byStory[p.StoryID]
		if !ok {
			i = len(b.items)
			byStory[p.StoryID] = i
			b.items = append(b.items, Item{StoryID: p.StoryID, Update: delivered})
		}
		it := &b.items[i]
		if p.Title != "" {
			it.Title = p.Title // the latest headline
		}
		if !slices.Contains(it.AlertIDs, p.AlertID) {
			it.AlertIDs = append(it.AlertIDs, p.AlertID)
		}
		for _, f := range fresh {
			if !slices.Contains(it.New, f) {
				it.New = append(it.New, f)
			}
		}
		it.Hits = append(it.Hits, p)
	}
	// A repeat that joins an item being sent anyway leaves with it silently.
	for _, p := range repeats {
		if i, ok := byStory[p.StoryID]; ok {
			b.items[i].Hits = append(b.items[i].Hits, p)
			continue
		}
		b.dropped = append(b.dropped, Drop{Pending: p, Reason: ReasonRepeat})
	}
	b.hits = nil
}

// quietStage holds the batch until the user's quiet hours end.
func quietStage(b *batch) {
	if end, ok := b.settings.Quiet.Until(b.now, b.settings.Location); ok && end.After(b.notBefore) {
		b.notBefore = end
	}
}

// oldest returns the time of the earliest hit in the items.
func (b *batch) oldest() time.Time {
	var t time.Time
	for _, it := range b.items {
		for _, p := range it.Hits {
			if t.IsZero() || p.At.Before(t) {
				t = p.At
			}
		}
	}
	return t
}

// groupStage holds the batch until its oldest hit has waited GroupWindow.
func groupStage(b *batch) {
	if len(b.items) == 0 {
		return
	}
	if ready := b.oldest().Add(b.policy.groupWindow()); ready.After(b.notBefore) {
		b.notBefore = ready
	}
}

// capStage holds the batch while the user has had HourlyCap messages in the
// last hour, and marks it a summary when the cap held it back. Whether it
// did is computed from the time the batch was first ready (its oldest hit
// plus the group window, moved past quiet hours), so later decisions about
// the same batch agree.
func capStage(b *batch) {
	if len(b.items) == 0 {
		return
	}
	limit := b.policy.hourlyCap()
	ready := b.oldest().Add(b.policy.groupWindow())
	if end, ok := b.settings.Quiet.Until(ready, b.settings.Location); ok {
		ready = end
	}
	if free := freeSlot(b.history.Sends, ready, limit); free.After(ready) {
		b.summary = true
	}
	if free := freeSlot(b.history.Sends, b.notBefore, limit); free.After(b.notBefore) {
		b.notBefore = free
	}
}

// freeSlot returns the earliest time at or after t when fewer than limit
// sends fall in the preceding hour.
func freeSlot(sends []time.Time, t time.Time, limit int) time.Time {
	var recent []time.Time
	for _, s := range sends {
		if s.After(t.Add(-time.Hour)) && !s.After(t) {
			recent = append(recent, s)
		}
	}
	if len(recent) < limit {
		return t
	}
	slices.SortFunc(recent, time.Time.Compare)
	// After the (len-limit)th oldest leaves the window, limit-1 remain.
	return recent[len(recent)-limit].Add(time.Hour)
}
