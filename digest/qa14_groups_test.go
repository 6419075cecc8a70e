package digest

import (
	"testing"
	"time"
)

// TestQA14PlainGroups: a group with no name that takes a stand is a
// reacting actor (bundled sample 05 listed no one for "Environmental
// groups welcomed the treaty but urged both governments to limit heavy
// fuel oil"); a group that only reports, or is told by a possessive, is
// not.
func TestQA14PlainGroups(t *testing.T) {
	jun20 := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	const lead = "Norway and Iceland signed a treaty on Thursday in Tromso to coordinate search-and-rescue operations in the Arctic. "
	runQA6(t, []qa6Case{
		{name: "a welcome with a demand",
			body: lead + "Environmental groups welcomed the treaty but urged both governments to limit heavy fuel oil in Arctic waters.",
			pub:  jun20, label: "Reactions", want: []string{"ixed: Environmental groups"}},
		{name: "a plain welcome",
			body: lead + "Some local fishermen welcomed the treaty.",
			pub:  jun20, label: "Reactions", want: []string{"upportive: Local fishermen"}},
		{name: "control: a group that only reports",
			body: lead + "Fishermen said the first joint exercise would take place in the spring.",
			pub:  jun20, label: "Reactions", not: []string{"Fishermen"}},
		{name: "control: a possessive",
			body: lead + "Three Icelandic sailors died in a storm in 2023. Their families welcomed the treaty.",
			pub:  jun20, label: "Reactions", not: []string{"Their families"}},
	})
}

// TestQA14Opportunity: an event called an opportunity is praise, a missed
// one a charge; "had a chance to" is no cue (the chance not taken).
func TestQA14Opportunity(t *testing.T) {
	jun20 := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	const lead = "Norway and Iceland signed a treaty on Thursday in Tromso to coordinate search-and-rescue operations in the Arctic. "
	runQA6(t, []qa6Case{
		{name: "an opportunity",
			body: lead + "Danish Foreign Minister Lars Lokke Rasmussen called the treaty an opportunity for Danish rescue services.",
			pub:  jun20, label: "Reactions", want: []string{"upportive: Lars Lokke Rasmussen"}},
		{name: "a missed opportunity",
			body: lead + "Finnish Foreign Minister Elina Valtonen called the treaty \"a missed opportunity, since Finland was left outside it\".",
			pub:  jun20, label: "Reactions", want: []string{"ritical: Elina Valtonen"}},
		{name: "control: a chance not taken",
			body: lead + "\"The two governments had a chance to ban heavy fuel oil and chose to look away,\" said Greenpeace Nordic's Frode Pleym.",
			pub:  jun20, label: "Reactions", not: []string{"upportive: Frode Pleym"}},
	})
}
