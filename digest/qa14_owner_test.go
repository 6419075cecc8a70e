package digest

import (
	"testing"
	"time"
)

// TestQA14RatificationDated: a sentence that dates the text to be ratified
// gives one Next step, the ratification with that date, and a part of a
// year reads in words. The bundled sample 05 (Tromso) gave "Ratification
// by the parliaments in Oslo and Reykjavik; The agreement: the autumn
// (2025-FA)".
func TestQA14RatificationDated(t *testing.T) {
	jun20 := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	const lead = "Norway and Iceland signed a treaty on Thursday in Tromso to coordinate search-and-rescue operations in the Arctic. "
	runQA6(t, []qa6Case{
		{name: "the agreement dated by a relative clause",
			body: lead + "The agreement must still be ratified by the parliaments in Oslo and Reykjavik, which is expected in the autumn.",
			pub:  jun20, label: "Next", want: []string{"Ratification by the parliaments in Oslo and Reykjavik: the autumn (autumn 2025)"}, not: []string{"The agreement:", "2025-FA"}},
		{name: "control: an undated ratification",
			body: lead + "The agreement must still be ratified by the parliaments in Oslo and Reykjavik.",
			pub:  jun20, label: "Next", want: []string{"Ratification by the parliaments in Oslo and Reykjavik"}},
		{name: "control: another step's date stays its own",
			body: lead + "Ministers will meet again in Reykjavik in October, and the agreement must still be ratified by the parliaments in Oslo and Reykjavik.",
			pub:  jun20, label: "Next", want: []string{"Ratification by the parliaments in Oslo and Reykjavik"}, not: []string{"Ratification by the parliaments in Oslo and Reykjavik: October"}},
	})
}
