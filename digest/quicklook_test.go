package digest

import "testing"

func TestShownValue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-FA", "autumn 2025"},
		{"2026-H2", "second half of 2026"},
		{"2026-Q1", "first quarter of 2026"},
		{"2026-03", "2026-03"},
		{"2026-W11", "2026-W11"},
		{"2026-03-03", "2026-03-03"},
		{"2026", "2026"},
		{"PRESENT_REF", "PRESENT_REF"},
	} {
		if got := shownValue(c.in); got != c.want {
			t.Errorf("shownValue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
