package digest

import "testing"

// TestQA10cEvaluativeDescriptions: an evaluative word that only describes
// a thing ("painful compromises", "a painful chapter", "the shocking loss
// of 40 lives", "the unfortunate events of 2019", "diminishing river
// flows", "the landmark 2015 accord") is no judgement of the news. Controls:
// a predicate ("was unfortunate"), a judged act ("a shocking decision") and
// a landmark of the story's own deal still count.
func TestQA10cEvaluativeDescriptions(t *testing.T) {
	const lead = "KORVA, April 9 (Reuters) - Valdia and Sorn signed a peace deal in Korva on Thursday. "
	runReactCases(t, []reactCase{
		{"painful compromises", lead + "Valdian President Mira Tesk said both sides had made painful compromises to reach a deal she called historic.", "Mira Tesk", Supportive},
		{"painful chapter", lead + "Sornish Foreign Minister Ilse Varga said the deal closed a painful chapter and she welcomed it warmly.", "Ilse Varga", Supportive},
		{"painful memories", lead + "Sornish President Tomas Orel said the accord would heal painful memories of the war and called it a historic day.", "Tomas Orel", Supportive},
		{"shocking loss", lead + "Valdian Foreign Minister Mira Tesk said the shocking loss of 40 lives had brought the two countries together and she welcomed the agreement.", "Mira Tesk", Supportive},
		{"unfortunate events", lead + "Valdian President Mira Tesk said the unfortunate events of 2019 were behind them and hailed the deal.", "Mira Tesk", Supportive},
		{"diminishing flows", lead + "Sornish Foreign Minister Tomas Orel said the deal would help with diminishing river flows.", "Tomas Orel", Neutral},
		{"landmark year", lead + "Valdian Foreign Minister Mira Tesk said the landmark 2015 accord had collapsed in 2019 and the two sides would start from scratch.", "Mira Tesk", Neutral},
		// controls
		{"was unfortunate", lead + "Sornish opposition leader Ilse Varga said the deal was unfortunate.", "Ilse Varga", Critical},
		{"shocking decision", lead + "Sornish opposition leader Ilse Varga said the deal was a shocking decision.", "Ilse Varga", Critical},
		{"landmark deal", lead + "Valdian President Mira Tesk said it was a landmark deal for both nations.", "Mira Tesk", Supportive},
		{"diminished voice", lead + "Sornish opposition leader Ilse Varga said the deal had diminished the role of parliament.", "Ilse Varga", Critical},
	})
}
