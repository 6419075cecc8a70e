package store

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in       string
		h, m     int
		wantFail bool
	}{
		{"07:30", 7, 30, false},
		{"00:00", 0, 0, false},
		{"23:59", 23, 59, false},
		{"24:00", 0, 0, true},
		{"7:30", 0, 0, true},
		{"07:60", 0, 0, true},
		{"0730", 0, 0, true},
		{"", 0, 0, true},
		{"07:30:00", 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			h, m, err := ParseClock(tt.in)
			if tt.wantFail {
				if !errors.Is(err, ErrInvalid) {
					t.Errorf("ParseClock(%q) err = %v, want ErrInvalid", tt.in, err)
				}
				return
			}
			if err != nil || h != tt.h || m != tt.m {
				t.Errorf("ParseClock(%q) = %d, %d, %v; want %d, %d", tt.in, h, m, err, tt.h, tt.m)
			}
		})
	}
}

func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"07:30", "23:59", "24:00", "7:3", "ab:cd", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, m, err := ParseClock(s)
		if err != nil {
			return
		}
		if h < 0 || h > 23 || m < 0 || m > 59 || len(s) != 5 {
			t.Fatalf("ParseClock(%q) accepted %d:%d", s, h, m)
		}
		// Accepted input must be canonical: formatting gives it back.
		if got := time.Date(0, 1, 1, h, m, 0, 0, time.UTC).Format("15:04"); got != s {
			t.Fatalf("ParseClock(%q) = %s, not canonical", s, got)
		}
	})
}

func TestSubscriptionValidate(t *testing.T) {
	ok := Subscription{ChannelID: "c", Time: "07:00", TimeZone: "Europe/Paris", Format: FormatCompact, Length: 5}
	tests := []struct {
		name   string
		change func(*Subscription)
		want   string // substring of the error; "" for valid
	}{
		{"valid", func(*Subscription) {}, ""},
		{"weekdays", func(s *Subscription) { s.Days = []time.Weekday{time.Sunday, time.Saturday} }, ""},
		{"no channel", func(s *Subscription) { s.ChannelID = "" }, "no channel"},
		{"bad time", func(s *Subscription) { s.Time = "7am" }, "HH:MM"},
		{"bad zone", func(s *Subscription) { s.TimeZone = "Mars/Olympus" }, "time zone"},
		{"empty zone", func(s *Subscription) { s.TimeZone = "" }, "time zone"},
		{"bad format", func(s *Subscription) { s.Format = "long" }, "format"},
		{"negative length", func(s *Subscription) { s.Length = -1 }, "length"},
		{"bad weekday", func(s *Subscription) { s.Days = []time.Weekday{7} }, "weekday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ok
			tt.change(&s)
			err := s.Validate()
			if tt.want == "" {
				if err != nil {
					t.Errorf("Validate() = %v", err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate() = %v, want ErrInvalid mentioning %q", err, tt.want)
			}
		})
	}
}

func TestDedupeKeys(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want []string
	}{
		{"canonical and guid", Article{URL: "u", CanonicalURL: "c", GUID: "g"}, []string{"url:c", "guid:g"}},
		{"url only", Article{URL: "u"}, []string{"url:u"}},
		{"guid only", Article{GUID: "g"}, []string{"guid:g"}},
		{"nothing", Article{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.DedupeKeys(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("DedupeKeys() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGCRA(t *testing.T) {
	const rate, burst = 10.0, 3 // 100 ms per token
	now, tat := 1e12, 0.0
	for i := range burst {
		ok, _, next := GCRA(now, tat, rate, burst)
		if !ok {
			t.Fatalf("call %d within burst denied", i)
		}
		tat = next
	}
	ok, retry, next := GCRA(now, tat, rate, burst)
	if ok || retry != 100*time.Millisecond || next != tat {
		t.Fatalf("past burst = %v, %v, tat moved %v; want denied for 100ms", ok, retry, next != tat)
	}
	if ok, _, _ := GCRA(now+100e3, tat, rate, burst); !ok {
		t.Error("denied after waiting retryAfter")
	}
	if ok, _, _ := GCRA(now+1e9, tat, rate, burst); !ok {
		t.Error("denied after a long idle period")
	}
}

// TestJSONFieldNames pins the stored JSON form: renaming a field would
// silently lose data already stored.
func TestJSONFieldNames(t *testing.T) {
	tests := []struct {
		v    any
		want []string
	}{
		{Subscription{}, []string{"guild_id", "channel_id", "time", "time_zone", "filters", "length", "format", "created_by", "created_at", "updated_at"}},
		{Alert{}, []string{"id", "user_id", "guild_id", "expression", "mode", "quiet_hours", "muted_until", "created_at"}},
		{Article{}, []string{"id", "url", "title", "source", "published", "first_seen", "body", "simhash"}},
		{Story{}, []string{"id", "title", "article_ids", "urls", "outlets", "published", "first_seen", "last_seen", "relevance", "facts", "version"}},
		{Source{}, []string{"name", "url", "kind", "interval", "added_at"}},
		{SourceState{}, []string{"name", "last_success", "last_attempt", "failures", "next_poll"}},
		{Delivery{}, []string{"key", "channel_id", "message_id", "delivered_at"}},
		{Job{}, []string{"id", "kind", "key", "attempts", "not_before", "enqueued_at"}},
	}
	for _, tt := range tests {
		t.Run(reflect.TypeOf(tt.v).Name(), func(t *testing.T) {
			data, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.want {
				if _, ok := m[k]; !ok {
					t.Errorf("field %q missing from %s", k, data)
				}
			}
		})
	}
}

func TestValidKeyAndNewID(t *testing.T) {
	if a, b := NewID(), NewID(); a == b || len(a) != 32 || !ValidKey(a) {
		t.Errorf("NewID gave %q and %q", a, b)
	}
	for _, bad := range []string{"", "a\nb", "a\x00", strings.Repeat("x", 513)} {
		if ValidKey(bad) {
			t.Errorf("ValidKey(%q) = true", bad)
		}
	}
}
