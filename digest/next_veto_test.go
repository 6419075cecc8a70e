package digest

import (
	"strings"
	"testing"
	"time"
)

// TestNextModelVetoes: the next-step model adds none of the future dates
// review 29 found it adding that are nobody's next step: the calendar, the
// end of a period, a one-word event with a year only. Each was in the
// bullet of the build review 29 read.
func TestNextModelVetoes(t *testing.T) {
	const lead = "Egypt and Jordan ministers meet in Amman\n\nThe foreign ministers of Egypt and Jordan met in Amman on Tuesday to discuss Gaza reconstruction and border security. They agreed to keep in close contact. "
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ sentence, not string }{
		{"Eid al-Fitr is expected on March 30.", "Eid"},
		{"The central bank's next rate decision is due on March 26.", "rate decision"},
		{"The trade pact expires on June 30.", "expires"},
		{"The UN envoy's mandate runs out on April 30.", "mandate"},
		{"The bloc's next summit will be hosted by Egypt in 2026.", "Summit: 2026"},
	} {
		r := engine(t).Extract(Article{Body: lead + tc.sentence, Published: pub})
		if got := bulletText(r, "Next"); strings.Contains(got, tc.not) {
			t.Errorf("%q: Next %q, want no %q", tc.sentence, got, tc.not)
		}
	}
}
