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

// TestQA14FullerStep: a step to come told by a bare noun is named by who
// holds it or by the noun's complement (bundled sample 01 gave "Meeting:
// April" for "a meeting of technical experts from both countries could
// follow in April").
func TestQA14FullerStep(t *testing.T) {
	mar2 := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	const lead = "The foreign ministers of Kazakhstan and Uzbekistan held talks in Geneva on Monday on sharing the waters of the Syr Darya. "
	runQA6(t, []qa6Case{
		{name: "the noun's complement",
			body: lead + "Diplomats said a meeting of technical experts from both countries could follow in April if the ministers agree on a framework.",
			pub:  mar2, label: "Next", want: []string{"Meeting of technical experts from both countries: April"}},
		{name: "who holds it",
			body: lead + "Military liaison officers are due to hold a first meeting on May 16.",
			pub:  mar2, label: "Next", want: []string{"First meeting of military liaison officers"}},
		{name: "control: a possessive names no group",
			body: lead + "The ministers will attend the first summit of our chairmanship in May, the Kazakh minister said.",
			pub:  mar2, label: "Next", not: []string{"of our chairmanship"}},
		{name: "control: a person is no group",
			body: lead + "Officials said a meeting of Aidos Temirbekov and his Kyrgyz counterpart could follow in April.",
			pub:  mar2, label: "Next", not: []string{"Meeting of Aidos"}},
	})
}
