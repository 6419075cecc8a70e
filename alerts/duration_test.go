package alerts

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		err  string // substring of the error; empty for success
	}{
		{"30m", 30 * time.Minute, ""},
		{"2h", 2 * time.Hour, ""},
		{"1h30m", 90 * time.Minute, ""},
		{"1.5h", 90 * time.Minute, ""},
		{"1d", 24 * time.Hour, ""},
		{"1w", 7 * 24 * time.Hour, ""},
		{"1w2d", 9 * 24 * time.Hour, ""},
		{" 2 Hours ", 2 * time.Hour, ""},
		{"1 day 12 hours", 36 * time.Hour, ""},
		{"1 day and 2 hours", 26 * time.Hour, ""},
		{"for 45 minutes", 45 * time.Minute, ""},
		{"30d", 30 * 24 * time.Hour, ""},
		{"90s", 90 * time.Second, ""},
		{"31d", 0, "longer than the maximum of 30 days"},
		{"5w", 0, "longer than the maximum of 30 days"},
		{"30s", 0, "shorter than the minimum of 1 minute"},
		{"0m", 0, "shorter than the minimum"},
		{"-2h", 0, "negative"},
		{"2", 0, "lacks a unit after 2"},
		{"2 fortnights", 0, `unknown unit "fortnights"`},
		{"soon", 0, "not understood"},
		{"", 0, "empty"},
		{"1..5h", 0, "bad number"},
		{"99999999999h", 0, "bad number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrDuration) {
				t.Fatalf("ParseDuration(%q) error = %v, want one containing %q", tt.in, err, tt.err)
			}
		})
	}
}

func TestMuteUntil(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	now := time.Date(2025, 3, 8, 22, 15, 0, 0, ny) // the night before DST starts
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2h", now.Add(2 * time.Hour)},
		{"until tomorrow", time.Date(2025, 3, 9, 8, 0, 0, 0, ny)},
		{"Tomorrow", time.Date(2025, 3, 9, 8, 0, 0, 0, ny)},
		{"off", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := MuteUntil(tt.in, now, ny)
			if err != nil || !got.Equal(tt.want) {
				t.Fatalf("MuteUntil(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
	// 8:00 EDT on the DST day is 9h45m of wall clock but 8h45m of real time after 22:15 EST.
	got, _ := MuteUntil("tomorrow", now, ny)
	if d := got.Sub(now); d != 8*time.Hour+45*time.Minute {
		t.Errorf("until tomorrow across DST lasts %v", d)
	}
	if _, err := MuteUntil("forever", now, ny); err == nil {
		t.Error("MuteUntil(forever) succeeded")
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"30m", "1w2d", "1 day and 2 hours", "1.5h", "-1h", "1e9h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err == nil && (d < MinMute || d > MaxMute) {
			t.Fatalf("ParseDuration(%q) = %v outside the limits", s, d)
		}
	})
}
