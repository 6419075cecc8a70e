package alerts

import (
	"slices"
	"testing"
	"testing/synctest"
	"time"
)

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone data for %s: %v", name, err)
	}
	return loc
}

func TestParseClockAndQuietHours(t *testing.T) {
	for _, s := range []string{"7:30", "24:00", "07:60", "0730", "-1:00", "+1:00", "ab:cd", ""} {
		if _, err := ParseClock(s); err == nil {
			t.Errorf("ParseClock(%q) succeeded", s)
		}
	}
	c, err := ParseClock("07:05")
	if err != nil || c != 7*60+5 || c.String() != "07:05" {
		t.Errorf("ParseClock(07:05) = %v, %v", c, err)
	}
	q, err := ParseQuietHours("", "")
	if err != nil || q.Enabled() {
		t.Errorf("empty quiet hours = %+v, %v", q, err)
	}
	if _, err := ParseQuietHours("22:00", "7"); err == nil {
		t.Error("bad end accepted")
	}
}

func TestQuietHoursUntil(t *testing.T) {
	berlin := mustLoc(t, "Europe/Berlin")
	night, _ := ParseQuietHours("22:00", "07:00")
	day, _ := ParseQuietHours("09:00", "17:00")
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, berlin) }
	tests := []struct {
		name   string
		q      QuietHours
		t      time.Time
		want   time.Time // zero: not quiet
		length time.Duration
	}{
		{"before midnight", night, at(2025, 1, 10, 23, 0), at(2025, 1, 11, 7, 0), 8 * time.Hour},
		{"after midnight", night, at(2025, 1, 11, 3, 0), at(2025, 1, 11, 7, 0), 4 * time.Hour},
		{"at start", night, at(2025, 1, 10, 22, 0), at(2025, 1, 11, 7, 0), 9 * time.Hour},
		{"at end", night, at(2025, 1, 11, 7, 0), time.Time{}, 0},
		{"daytime", night, at(2025, 1, 11, 12, 0), time.Time{}, 0},
		{"same-day window", day, at(2025, 1, 11, 12, 0), at(2025, 1, 11, 17, 0), 5 * time.Hour},
		{"same-day window outside", day, at(2025, 1, 11, 18, 0), time.Time{}, 0},
		// Spring forward (02:00 -> 03:00 on 30 March): the night is 8 hours.
		{"DST spring", night, at(2025, 3, 29, 22, 0), at(2025, 3, 30, 7, 0), 8 * time.Hour},
		// Fall back (03:00 -> 02:00 on 26 October): the night is 10 hours.
		{"DST autumn", night, at(2025, 10, 25, 22, 0), at(2025, 10, 26, 7, 0), 10 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.q.Until(tt.t, berlin)
			if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
				t.Fatalf("Until(%v) = %v, %v; want %v", tt.t, got, ok, tt.want)
			}
			if ok && got.Sub(tt.t) != tt.length {
				t.Errorf("quiet for %v, want %v", got.Sub(tt.t), tt.length)
			}
		})
	}
	// The same instant in UTC terms is quiet or not depending on the zone.
	utcNoon := time.Date(2025, 1, 11, 12, 0, 0, 0, time.UTC)
	tokyo := mustLoc(t, "Asia/Tokyo") // 21:00 there
	if _, ok := night.Until(utcNoon, tokyo); ok {
		t.Error("21:00 Tokyo is not quiet")
	}
	if _, ok := night.Until(utcNoon.Add(2*time.Hour), tokyo); !ok {
		t.Error("23:00 Tokyo should be quiet")
	}
}

var t0 = time.Date(2025, 2, 17, 9, 0, 0, 0, time.UTC)

func hit(alert, story string, at time.Time, fresh ...string) Pending {
	return Pending{AlertID: alert, StoryID: story, Title: "Story " + story, At: at, New: fresh}
}

func storiesOf(m *Message) []string {
	var out []string
	for _, it := range m.Items {
		out = append(out, it.StoryID)
	}
	return out
}

func dropReasons(ds []Drop) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Pending.StoryID+":"+d.Reason)
	}
	return out
}

func TestDecideGroupingWindow(t *testing.T) {
	var p Policy // defaults: 2 minute window
	pending := []Pending{hit("a1", "s1", t0), hit("a2", "s2", t0.Add(30*time.Second)), hit("a1", "s2", t0.Add(90*time.Second))}

	d := p.Decide(t0.Add(time.Minute), Settings{}, pending, History{})
	if d.Send != nil || !d.Wait.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("inside the window: send=%v wait=%v, want wait until t0+2m", d.Send, d.Wait)
	}
	d = p.Decide(t0.Add(2*time.Minute), Settings{}, pending, History{})
	if d.Send == nil || d.Send.Kind != Group {
		t.Fatalf("at window end: %+v, want a group message", d)
	}
	if got := storiesOf(d.Send); !slices.Equal(got, []string{"s1", "s2"}) {
		t.Errorf("stories = %v", got)
	}
	if got := d.Send.Items[1].AlertIDs; !slices.Equal(got, []string{"a2", "a1"}) {
		t.Errorf("s2 alerts = %v, want both alerts once", got)
	}
	if n := len(d.Send.Items[1].Hits); n != 2 {
		t.Errorf("s2 carries %d hits, want 2", n)
	}

	// A single hit is a single message; a negative window sends at once.
	d = Policy{GroupWindow: -1}.Decide(t0, Settings{}, pending[:1], History{})
	if d.Send == nil || d.Send.Kind != Single {
		t.Fatalf("no window: %+v, want a single message now", d)
	}
}

func TestDecideQuietHoursAndMute(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	quiet, _ := ParseQuietHours("22:00", "07:00")
	s := Settings{Location: ny, Quiet: quiet}
	p := Policy{GroupWindow: -1}
	// 23:30 on the night DST starts (9 March 2025, 02:00 -> 03:00).
	now := time.Date(2025, 3, 8, 23, 30, 0, 0, ny)
	d := p.Decide(now, s, []Pending{hit("a", "s1", now)}, History{})
	want := time.Date(2025, 3, 9, 7, 0, 0, 0, ny)
	if d.Send != nil || !d.Wait.Equal(want) {
		t.Fatalf("in quiet hours: send=%v wait=%v, want %v", d.Send, d.Wait, want)
	}
	if got := d.Wait.Sub(now); got != 6*time.Hour+30*time.Minute {
		t.Errorf("held %v across the DST change, want 6h30m", got)
	}
	d = p.Decide(want, s, []Pending{hit("a", "s1", now)}, History{})
	if d.Send == nil {
		t.Fatal("not sent when quiet hours ended")
	}

	// Muted: dropped, not deferred.
	s.MutedUntil = now.Add(time.Hour)
	d = p.Decide(now.Add(-2*time.Hour), s, []Pending{hit("a", "s1", now.Add(-2*time.Hour))}, History{})
	if d.Send != nil || !d.Wait.IsZero() || !slices.Equal(dropReasons(d.Dropped), []string{"s1:" + ReasonMuted}) {
		t.Errorf("muted user: %+v", d)
	}
	// Mute of one alert only.
	s.MutedUntil = time.Time{}
	muted := hit("a", "s1", t0)
	muted.MutedUntil = t0.Add(time.Hour)
	d = p.Decide(t0, Settings{}, []Pending{muted, hit("b", "s2", t0)}, History{})
	if d.Send == nil || !slices.Equal(storiesOf(d.Send), []string{"s2"}) || len(d.Dropped) != 1 {
		t.Errorf("alert mute: %+v", d)
	}
	// Mute ended: delivered.
	d = p.Decide(t0.Add(time.Hour), Settings{}, []Pending{muted}, History{})
	if d.Send == nil {
		t.Error("hit after the mute ended was not sent")
	}
}

func TestDecidePausedAndStale(t *testing.T) {
	p := Policy{GroupWindow: -1}
	d := p.Decide(t0, Settings{Paused: true}, []Pending{hit("a", "s1", t0)}, History{})
	if d.Send != nil || !slices.Equal(dropReasons(d.Dropped), []string{"s1:" + ReasonPaused}) {
		t.Errorf("paused: %+v", d)
	}
	d = p.Decide(t0, Settings{}, []Pending{hit("a", "old", t0.Add(-25*time.Hour)), hit("a", "s1", t0)}, History{})
	if d.Send == nil || !slices.Equal(storiesOf(d.Send), []string{"s1"}) ||
		!slices.Equal(dropReasons(d.Dropped), []string{"old:" + ReasonStale}) {
		t.Errorf("stale: %+v", d)
	}
}

func TestDecideUpdateVersusRepeat(t *testing.T) {
	p := Policy{GroupWindow: -1}
	var h History
	first := p.Decide(t0, Settings{}, []Pending{hit("a", "s1", t0)}, h)
	if first.Send == nil || first.Send.Items[0].Update {
		t.Fatalf("first delivery: %+v", first)
	}
	h.Record(t0, first.Send)

	// The same story again, nothing new: dropped.
	d := p.Decide(t0.Add(time.Hour), Settings{}, []Pending{hit("a", "s1", t0.Add(time.Hour))}, h)
	if d.Send != nil || !slices.Equal(dropReasons(d.Dropped), []string{"s1:" + ReasonRepeat}) {
		t.Fatalf("repeat: %+v", d)
	}
	// An update with a new fact: sent, saying what is new.
	upd := hit("a", "s1", t0.Add(2*time.Hour), "Lavrov arrived in Riyadh")
	d = p.Decide(upd.At, Settings{}, []Pending{upd}, h)
	if d.Send == nil || !d.Send.Items[0].Update || !slices.Equal(d.Send.Items[0].New, []string{"Lavrov arrived in Riyadh"}) {
		t.Fatalf("update: %+v", d)
	}
	h.Record(upd.At, d.Send)
	// The same fact again (another outlet): dropped; a second new fact: only it is shown.
	again := hit("b", "s1", t0.Add(3*time.Hour), "Lavrov arrived in Riyadh")
	d = p.Decide(again.At, Settings{}, []Pending{again}, h)
	if d.Send != nil || len(d.Dropped) != 1 {
		t.Fatalf("repeated fact: %+v", d)
	}
	more := hit("b", "s1", t0.Add(4*time.Hour), "Lavrov arrived in Riyadh", "Talks ended without a deal")
	d = p.Decide(more.At, Settings{}, []Pending{more}, h)
	if d.Send == nil || !slices.Equal(d.Send.Items[0].New, []string{"Talks ended without a deal"}) {
		t.Fatalf("second update: %+v", d)
	}
}

func TestDecideHourlyCapSummary(t *testing.T) {
	p := Policy{GroupWindow: time.Minute, HourlyCap: 3}
	var h History
	var sentAt []time.Time
	// Stories every 5 minutes for an hour; deliver whenever allowed.
	var pending []Pending
	now := t0
	for i := 0; i < 12; i++ {
		at := t0.Add(time.Duration(i) * 5 * time.Minute)
		pending = append(pending, hit("a", string(rune('A'+i)), at))
		for now = at; ; {
			d := p.Decide(now, Settings{}, pending, h)
			if d.Send != nil {
				h.Record(now, d.Send)
				sentAt = append(sentAt, now)
				if i < 3 && d.Send.Kind == Summary {
					t.Errorf("message %d is a summary before the cap", i)
				}
				pending = nil
				break
			}
			if d.Wait.IsZero() || !d.Wait.Before(at.Add(5*time.Minute)) {
				break // next story arrives first
			}
			now = d.Wait
		}
	}
	// Three messages in the first hour, then a summary when a slot frees.
	if len(sentAt) != 3 {
		t.Fatalf("sent %d messages in the first hour, want 3: %v", len(sentAt), sentAt)
	}
	d := p.Decide(now, Settings{}, pending, h)
	if d.Send != nil || !d.Wait.Equal(sentAt[0].Add(time.Hour)) {
		t.Fatalf("capped: send=%v wait=%v, want wait until %v", d.Send, d.Wait, sentAt[0].Add(time.Hour))
	}
	d = p.Decide(d.Wait, Settings{}, pending, h)
	if d.Send == nil || d.Send.Kind != Summary || len(d.Send.Items) != 9 {
		t.Fatalf("after the cap: %+v, want a summary of the 9 held stories", d.Send)
	}
}

// TestDeliveryLoopSynctest drives Decide the way the delivery worker does,
// on the fake clock of testing/synctest: hits arrive over time, the loop
// sleeps until Decision.Wait, and sends what it is told to.
func TestDeliveryLoopSynctest(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		quiet, _ := ParseQuietHours("00:10", "00:20") // synctest's clock starts at midnight UTC
		s := Settings{Quiet: quiet}
		var p Policy
		arrivals := make(chan Pending)
		go func() {
			for i, delay := range []time.Duration{0, 30 * time.Second, time.Minute, 10 * time.Minute} {
				time.Sleep(delay)
				arrivals <- hit("a", string(rune('A'+i)), time.Now())
			}
			close(arrivals)
		}()
		type sent struct {
			at      time.Duration
			stories []string
		}
		var out []sent
		var pending []Pending
		var h History
		var timer <-chan time.Time
		for arrivals != nil || len(pending) > 0 {
			select {
			case p, ok := <-arrivals:
				if !ok {
					arrivals = nil
				} else {
					pending = append(pending, p)
				}
			case <-timer:
			}
			d := p.Decide(time.Now(), s, pending, h)
			timer = nil
			if d.Send != nil {
				h.Record(time.Now(), d.Send)
				out = append(out, sent{time.Since(start), storiesOf(d.Send)})
				pending = nil
			} else if !d.Wait.IsZero() {
				timer = time.After(time.Until(d.Wait))
			} else if arrivals == nil {
				break
			}
		}
		// A, B, C arrive at 0, 30s and 90s: one message at 2m. D arrives at
		// 11m30s, is ready at 13m30s, inside quiet hours until 20m.
		want := []sent{{2 * time.Minute, []string{"A", "B", "C"}}, {20 * time.Minute, []string{"D"}}}
		if len(out) != len(want) {
			t.Fatalf("sent %v, want %v", out, want)
		}
		for i := range want {
			if out[i].at != want[i].at || !slices.Equal(out[i].stories, want[i].stories) {
				t.Errorf("message %d = %v, want %v", i, out[i], want[i])
			}
		}
	})
}
