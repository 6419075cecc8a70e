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

// TestQA11CivilActor: a source whose head is a group of a country's people
// other than its state (its opposition, a union, a business chamber) is that
// group, not the country the modifier names; an organisation in apposition
// names it. Controls: the state's own voice (a ministry, the government)
// stays the country.
func TestQA11CivilActor(t *testing.T) {
	const lead = "TALLINN, May 6 (Reuters) - Estonia and Latvia signed a border treaty in Tallinn on Tuesday. "
	runReactCases(t, []reactCase{
		{"opposition lawmakers", lead + "Estonian opposition lawmakers criticised the treaty as rushed.", "Estonian opposition lawmakers", Critical},
		{"union", lead + "Latvia's largest farm union welcomed the treaty.", "Latvia's largest farm union", Supportive},
		{"chamber in apposition", lead + "Estonia's main business chamber, the Estonian Chamber of Commerce and Industry, welcomed the treaty.", "Estonian Chamber of Commerce and Industry", Supportive},
		{"not the country", lead + "Estonian opposition lawmakers criticised the treaty as rushed.", "Estonia", ""},
		// controls
		{"ministry", lead + "Estonia's foreign ministry welcomed the treaty.", "Estonia", Supportive},
		{"government", lead + "The Latvian government welcomed the treaty.", "Latvia", Supportive},
	})
}
