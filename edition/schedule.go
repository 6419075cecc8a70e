package edition

import (
	"fmt"
	"time"

	"github.com/attache-bot/attache/store"
)

// DateLayout formats the local date of an edition in its keys.
const DateLayout = "2006-01-02"

// Key is the idempotency key of a channel's edition of a local date
// ("2025-03-30"): "edition:<channel>:<date>". It is also the lease name.
func Key(channelID, date string) string { return "edition:" + channelID + ":" + date }

// recordKey is the ledger key of the record an edition leaves when it is
// queued (see record).
func recordKey(channelID, date string) string { return "edition-record:" + channelID + ":" + date }

// Schedule is when a subscription's editions are due: at its "HH:MM" in its
// time zone on its days. It implements cron.Schedule.
//
// Each local date has exactly one due instant, so daylight-saving changes
// neither skip nor double an edition: a time the spring-forward gap skips
// (02:30 when clocks jump from 02:00 to 03:00) is due as far past the jump
// (03:30), and a time the fall-back overlap repeats (02:30 twice) is due
// once, at its first occurrence.
type Schedule struct {
	loc          *time.Location
	hour, minute int
	days         [7]bool
}

// NewSchedule returns the schedule of sub.
func NewSchedule(sub store.Subscription) (Schedule, error) {
	h, m, err := store.ParseClock(sub.Time)
	if err != nil {
		return Schedule{}, fmt.Errorf("edition: schedule of %s: %w", sub.ChannelID, err)
	}
	if sub.TimeZone == "" || sub.TimeZone == "Local" {
		return Schedule{}, fmt.Errorf("edition: schedule of %s: time zone %q: %w", sub.ChannelID, sub.TimeZone, store.ErrInvalid)
	}
	loc, err := time.LoadLocation(sub.TimeZone)
	if err != nil {
		return Schedule{}, fmt.Errorf("edition: schedule of %s: %w", sub.ChannelID, err)
	}
	s := Schedule{loc: loc, hour: h, minute: m}
	for _, d := range sub.Days {
		if d < time.Sunday || d > time.Saturday {
			return Schedule{}, fmt.Errorf("edition: schedule of %s: weekday %d: %w", sub.ChannelID, d, store.ErrInvalid)
		}
		s.days[d] = true
	}
	if len(sub.Days) == 0 {
		s.days = [7]bool{true, true, true, true, true, true, true}
	}
	return s, nil
}

// Location is the schedule's time zone.
func (s Schedule) Location() *time.Location { return s.loc }

// day returns the civil date i days after t's local date, at noon (noon
// is never skipped or repeated by daylight-saving changes).
func (s Schedule) day(t time.Time, i int) time.Time {
	l := t.In(s.loc)
	return time.Date(l.Year(), l.Month(), l.Day()+i, 12, 0, 0, 0, s.loc)
}

// DueOn returns the due instant on the local date of noon, and whether the
// schedule posts on that weekday. When the wall time occurs twice (the
// fall-back overlap) it is the first occurrence; when it does not occur
// (the spring-forward gap) it is the instant the wall time names with the
// offset before the change, which reads the same distance past the jump
// (02:30 becomes 03:30 when 02:00 jumps to 03:00). time.Date alone is not
// consistent across zones here.
func (s Schedule) DueOn(noon time.Time) (time.Time, bool) {
	y, mo, d := noon.Date()
	naive := time.Date(y, mo, d, s.hour, s.minute, 0, 0, time.UTC)
	offsetAt := func(t time.Time) int {
		_, off := t.In(s.loc).Zone()
		return off
	}
	before := offsetAt(naive.Add(-24 * time.Hour))
	var due time.Time
	for _, off := range []int{before, offsetAt(naive), offsetAt(naive.Add(24 * time.Hour))} {
		c := naive.Add(-time.Duration(off) * time.Second)
		l := c.In(s.loc)
		cy, cm, cd := l.Date()
		if cy == y && cm == mo && cd == d && l.Hour() == s.hour && l.Minute() == s.minute && (due.IsZero() || c.Before(due)) {
			due = c
		}
	}
	if due.IsZero() {
		due = naive.Add(-time.Duration(before) * time.Second) // in a gap
	}
	return due, s.days[noon.Weekday()]
}

// Next returns the first due instant strictly after t (cron.Schedule).
func (s Schedule) Next(t time.Time) time.Time {
	for i := -1; i <= 8; i++ {
		if due, ok := s.DueOn(s.day(t, i)); ok && due.After(t) {
			return due
		}
	}
	return time.Time{}
}

// Last returns the latest due instant at or before t and its local date
// ("2006-01-02"); zero when none within eight days.
func (s Schedule) Last(t time.Time) (time.Time, string) {
	for i := 1; i >= -8; i-- {
		noon := s.day(t, i)
		if due, ok := s.DueOn(noon); ok && !due.After(t) {
			return due, noon.Format(DateLayout)
		}
	}
	return time.Time{}, ""
}

// Date returns the local date of t in the schedule's zone.
func (s Schedule) Date(t time.Time) string { return t.In(s.loc).Format(DateLayout) }
