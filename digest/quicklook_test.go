package digest

import "testing"

func TestShownValue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-FA", "autumn 2025"},
		{"2026-H2", "second half of 2026"},
		{"2026-Q1", "first quarter of 2026"},
		{"2026-03", "2026-03"},
		{"2026-W11", "week of 2026-03-09"},
		{"2026-W01", "week of 2025-12-29"},
		{"2026-W53", "week of 2026-12-28"},
		{"2026-W11-WE", "weekend of 2026-03-14"},
		{"2026-WXX", "2026-WXX"},
		{"2026-03-03", "2026-03-03"},
		{"2026", "2026"},
		{"PRESENT_REF", "PRESENT_REF"},
		{"2026-03-13TMO", "2026-03-13, morning"},
		{"2026-11-23TAF", "2026-11-23, afternoon"},
		{"2026-03-11T10:00", "2026-03-11, 10:00"},
		{"2026-03-11TXX", "2026-03-11TXX"},
	} {
		if got := shownValue(c.in); got != c.want {
			t.Errorf("shownValue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
