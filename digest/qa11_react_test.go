package digest

import "testing"

// TestQA11AcrossQuote: a stance phrase that a quotation opens inside ("risked
// 'escalating ...'", "did not 'go far enough'", "an important 'step
// towards peace'") is read across the opening mark. Control: a critical cue
// whole in the paraphrase before a quotation with none stays a warning in
// general.
func TestQA11AcrossQuote(t *testing.T) {
	const lead = "TALLINN, May 6 (Reuters) - Estonia and Latvia signed a border treaty in Tallinn on Tuesday. "
	runReactCases(t, []reactCase{
		{"risked escalating", lead + `Opposition leader Dana Rhee said the treaty risked "escalating the quarrel with Moscow over the coast."`, "Dana Rhee", Critical},
		{"not go far enough", lead + `Fisheries union chief Karl Ots said the text did not "go far enough for the people of the islands."`, "Karl Ots", Critical},
		{"important step", lead + `Finnish Foreign Minister Aino Lehto said the treaty was an important "step towards calm on the Baltic."`, "Aino Lehto", Supportive},
		// control
		{"warning in general", lead + `Latvian Foreign Minister Janis Berzs added that the region must not become "a theatre for other people's quarrels."`, "Janis Berzs", Neutral},
	})
}
