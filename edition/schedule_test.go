package edition_test

import (
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/store"
)

func utc(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func mustSchedule(t *testing.T, sub store.Subscription) edition.Schedule {
	t.Helper()
	s, err := edition.NewSchedule(sub)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestScheduleDST checks the due instants (UTC) around daylight-saving
// changes: one per local date, gap times moved past the jump, overlap
// times at their first occurrence.
func TestScheduleDST(t *testing.T) {
	for _, tc := range []struct {
		name  string
		zone  string
		clock string
		from  string
		want  []string
	}{
		{"Berlin spring gap", "Europe/Berlin", "02:30", "2025-03-29 12:00",
			[]string{"2025-03-30 01:30", "2025-03-31 00:30", "2025-04-01 00:30"}}, // 03:30 CEST, then 02:30 CEST
		{"Berlin fall overlap", "Europe/Berlin", "02:30", "2025-10-25 12:00",
			[]string{"2025-10-26 00:30", "2025-10-27 01:30", "2025-10-28 01:30"}}, // first 02:30 (CEST), then CET
		{"New York spring gap", "America/New_York", "02:30", "2025-03-08 12:00",
			[]string{"2025-03-09 07:30", "2025-03-10 06:30", "2025-03-11 06:30"}}, // 03:30 EDT
		{"New York fall overlap", "America/New_York", "01:30", "2025-11-01 12:00",
			[]string{"2025-11-02 05:30", "2025-11-03 06:30", "2025-11-04 06:30"}}, // first 01:30 (EDT)
		{"New York fall 02:30 once", "America/New_York", "02:30", "2025-11-01 12:00",
			[]string{"2025-11-02 07:30", "2025-11-03 07:30", "2025-11-04 07:30"}},
		{"Sydney fall overlap", "Australia/Sydney", "02:30", "2025-04-05 00:00",
			[]string{"2025-04-05 15:30", "2025-04-06 16:30", "2025-04-07 16:30"}}, // 02:30 AEDT first, then AEST
		{"Kathmandu", "Asia/Kathmandu", "07:00", "2025-01-01 00:00",
			[]string{"2025-01-01 01:15", "2025-01-02 01:15", "2025-01-03 01:15"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustSchedule(t, store.Subscription{ChannelID: "c", Time: tc.clock, TimeZone: tc.zone})
			at := utc(tc.from)
			for i, w := range tc.want {
				next := s.Next(at)
				if !next.Equal(utc(w)) {
					t.Fatalf("due #%d = %v (%v local), want %s UTC", i+1, next.UTC(), next.In(s.Location()), w)
				}
				// Last at the due instant finds it again, with its date.
				last, date := s.Last(next)
				if !last.Equal(next) || date != s.Date(next) {
					t.Errorf("Last(%v) = %v %s", next, last, date)
				}
				// Just before it, Last is the previous day's.
				if prev, _ := s.Last(next.Add(-time.Second)); !prev.Before(next.Add(-12 * time.Hour)) {
					t.Errorf("Last just before %v = %v", next, prev)
				}
				at = next
			}
		})
	}
}

// TestScheduleMatchesBotOutsideDST: away from daylight-saving changes the
// schedule agrees with bot.NextRun, which /edition shows to users.
func TestScheduleMatchesBotOutsideDST(t *testing.T) {
	zones := []string{"UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "Asia/Tokyo"}
	for _, z := range zones {
		t.Run(z, func(t *testing.T) {
			for _, days := range [][]time.Weekday{nil, {time.Monday, time.Wednesday, time.Friday}, {time.Sunday}} {
				sub := store.Subscription{ChannelID: "c", Time: "07:45", TimeZone: z, Days: days}
				s := mustSchedule(t, sub)
				for h := 0; h < 24*10; h += 5 {
					now := utc("2025-06-02 00:00").Add(time.Duration(h) * time.Hour)
					want, ok := bot.NextRun(sub, now)
					if got := s.Next(now); !ok || !got.Equal(want) {
						t.Fatalf("days %v at %v: Next = %v, bot.NextRun = %v", days, now, got, want)
					}
				}
			}
		})
	}
}

func TestScheduleDays(t *testing.T) {
	s := mustSchedule(t, store.Subscription{ChannelID: "c", Time: "07:00", TimeZone: "Europe/Paris",
		Days: []time.Weekday{time.Monday, time.Friday}})
	at := utc("2025-06-06 06:00") // Friday 08:00 in Paris, after the edition
	var got []time.Weekday
	for range 4 {
		at = s.Next(at)
		got = append(got, at.In(s.Location()).Weekday())
		if h := at.In(s.Location()).Hour(); h != 7 {
			t.Errorf("due at %v local", at.In(s.Location()))
		}
	}
	want := []time.Weekday{time.Monday, time.Friday, time.Monday, time.Friday}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("weekdays %v, want %v", got, want)
		}
	}
}

func TestNewScheduleRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		sub  store.Subscription
	}{
		{"bad time", store.Subscription{ChannelID: "c", Time: "7am", TimeZone: "UTC"}},
		{"bad zone", store.Subscription{ChannelID: "c", Time: "07:00", TimeZone: "Mars/Olympus"}},
		{"local zone", store.Subscription{ChannelID: "c", Time: "07:00", TimeZone: "Local"}},
		{"bad day", store.Subscription{ChannelID: "c", Time: "07:00", TimeZone: "UTC", Days: []time.Weekday{9}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := edition.NewSchedule(tc.sub); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestKey(t *testing.T) {
	if k := edition.Key("123", "2025-03-30"); k != "edition:123:2025-03-30" {
		t.Fatalf("Key = %q", k)
	}
}
