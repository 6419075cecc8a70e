package digest

import (
	"strings"
	"testing"
	"time"
)

// TestAgendaModelVetoes: the agenda model lists no topic from an
// outsider's demand or a denial (review 27; both were in the bullet of the
// build it read).
func TestAgendaModelVetoes(t *testing.T) {
	const lead = "Kenya and Tanzania leaders meet in Arusha\n\nARUSHA, June 10 (Reuters) - Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday to discuss cross-border trade and a new oil pipeline.\n\n"
	pub := time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ sentence, not string }{
		{"Amnesty International urged the two leaders to demand the release of political prisoners and free elections.", "prisoners"},
		{"Officials said sanctions policy was not discussed, and climate change was not on the agenda.", "sanctions"},
	} {
		r := engine(t).Extract(Article{Body: lead + tc.sentence, Published: pub})
		got := bulletText(r, "Agenda")
		if !strings.Contains(got, "oil pipeline") || strings.Contains(got, tc.not) {
			t.Errorf("%q: Agenda %q, want the pipeline and no %q", tc.sentence, got, tc.not)
		}
	}
}
