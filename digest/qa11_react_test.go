package digest

import (
	"strings"
	"testing"
	"time"
)

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

// TestQA11Manner: how the writer says a speaker responded ("struck a more
// cautious note", "was more upbeat", "was less impressed", "cautiously
// welcomed"), in the speaker's sentence or in a short sentence just before
// the speaker's words, gives the stance the words alone do not. Control: a
// sentence before that says nothing of manner gives none.
func TestQA11Manner(t *testing.T) {
	const lead = "TALLINN, May 6 (Reuters) - Estonia and Latvia signed a border treaty in Tallinn on Tuesday. "
	runReactCases(t, []reactCase{
		{"cautious note", lead + `Lithuanian Foreign Minister Rasa Vaitkus struck a more cautious note, saying the treaty needed "more work on fishing rights".`, "Rasa Vaitkus", Mixed},
		{"more upbeat", lead + `Marta Kask, an analyst at the Baltic Policy Institute, was more upbeat, calling the treaty "a model for the region".`, "Marta Kask", Supportive},
		{"less impressed", lead + "The Greens were less impressed: party leader Ott Saar called the signing a photo opportunity.", "Ott Saar", Critical},
		{"hedged welcome", lead + "Finnish Foreign Minister Aino Lehto cautiously welcomed the treaty.", "Aino Lehto", Mixed},
		{"manner sentence before", lead + `Polish Foreign Minister Jan Nowak was more guarded. "We will read the text closely before we say more," he told reporters.`, "Jan Nowak", Mixed},
		// control
		{"no manner before", lead + `Polish Foreign Minister Jan Nowak was in Warsaw. "We will read the text closely before we say more," he told reporters.`, "Jan Nowak", Neutral},
	})
}

// TestQA11MixedTie: an actor with as many mixed statements as statements
// of one stance is listed as mixed (the mixed one already holds that
// stance and a reservation).
func TestQA11MixedTie(t *testing.T) {
	const lead = "TALLINN, May 6 (Reuters) - Estonia and Latvia signed a border treaty in Tallinn on Tuesday. "
	cases := []struct{ name, body, want string }{
		{"mixed and critical", lead + `Polish Foreign Minister Jan Nowak was more guarded. "We will read the text closely before we say more," he told reporters. "The delay in ratification is unacceptable."`, "ixed: Jan Nowak"},
		{"critical and supportive", lead + `Lithuanian Foreign Minister Rasa Vaitkus welcomed the treaty. She condemned the delay in ratification.`, "ixed: Rasa Vaitkus"},
	}
	e := engine(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.body, Published: time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)})
			got := ""
			for _, b := range r.QuickLook.Bullets {
				if b.Label == "Reactions" {
					got = b.Text
				}
			}
			if !strings.Contains(got, c.want) {
				t.Errorf("Reactions %q, want %q in it", got, c.want)
			}
		})
	}
}

// TestQA11FactSource: a body named after the fact it gives ("..., the
// weather agency said"), with no quotation and no stance, sources the fact
// and is no reactor. Controls: a person who does so, a body quoted, and a
// body with a stance still react.
func TestQA11FactSource(t *testing.T) {
	const lead = "TALLINN, May 6 (Reuters) - Estonia and Latvia signed a border treaty in Tallinn on Tuesday. "
	runReactCases(t, []reactCase{
		{"agency gives a fact", lead + "A storm closed the port of Parnu for six hours on Monday, the Estonian Environment Agency said.", "Estonian Environment Agency", ""},
		{"ministry gives a fact", lead + "The signing was delayed by two hours, the Lithuanian foreign ministry said.", "Lithuania", ""},
		// controls
		{"person gives a fact", lead + "The signing was delayed by two hours, Lithuanian Foreign Minister Rasa Vaitkus said.", "Rasa Vaitkus", Neutral},
		// (stop 17: a civil body's quoted complaint is critical,
		// civilBody, TestQA17CivilBody)
		{"body quoted", lead + `The treaty "settles nothing," the Estonian Fishermen's Association said.`, "Estonian Fishermen's Association", Critical},
		{"body with a stance", lead + "The treaty is a historic step, the Lithuanian foreign ministry said.", "Lithuania", Supportive},
	})
}
