package digest

import (
	"testing"
	"time"
)

// TestQA13ButStance: a supportive reaction qualified in the same breath
// ("welcomed X but said / wanted / that / we need ...") is mixed
// (butStance). Controls: "but also", a "but" clause
// with its own praise, and "and" instead of "but".
func TestQA13ButStance(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"welcomed but wanted", lead + "Sousa said Portugal welcomed the accord but wanted better terms on freight.", "Rui Sousa", Mixed},
		{"welcomed but said", lead + "Sousa welcomed the accord but said it \"must not become a burden\" for Lisbon.", "Rui Sousa", Mixed},
		{"good news but that", lead + "Sousa said the accord was \"good news\" but that Lisbon would watch the costs.", "Rui Sousa", Mixed},
		{"welcome but we need", lead + "\"We welcome the accord, but we need the freight line built now, not in ten years,\" Sousa said.", "Rui Sousa", Mixed},
		{"backed but not", lead + "Sousa said Portugal backed the accord \"but not at the expense of our ports\".", "Rui Sousa", Mixed},
		// controls
		{"but also", lead + "Sousa welcomed the accord but also said Lisbon would host the next round.", "Rui Sousa", Supportive},
		{"but with praise", lead + "Sousa welcomed the accord but said it was a historic step for the region.", "Rui Sousa", Supportive},
		{"and said", lead + "Sousa welcomed the accord and said Lisbon would watch the costs.", "Rui Sousa", Supportive},
	})
}

// TestQA13OpensWithBut: a speaker's sentence that opens with "But" and
// holds no supportive cue turns against the praise before it: the
// speaker is mixed. Control: a "But" sentence with praise of its own.
func TestQA13OpensWithBut(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "opens with But", pub: pub, label: "Reactions",
			body: lead + "Analyst Ana Reis of the Lisbon Policy Institute said the talks had gone well. \"But the big questions, freight and tolls, are simply parked,\" she said.",
			want: []string{"ixed: Ana Reis"}},
		{name: "control: But with praise", pub: pub, label: "Reactions",
			// (s18-react: the speaker was an analyst, whose later words
			// analystView now reads as weighed both ways, as it reads
			// the first; a minister keeps what the control guards)
			body: lead + "Portuguese Economy Minister Ana Reis said the talks had gone well. \"But this accord is a historic step for Portugal,\" she said.",
			not:  []string{"ixed: Ana Reis"}},
	})
}
