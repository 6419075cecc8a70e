package digest

import "testing"

// TestQA9R2TailClause: a clause after a quotation and its attribution
// carries the speaker's stance too: a participle after the speech verb
// ("'...,' X said, thanking Paris for its courage", "he said, accusing
// Y of bad faith") or a coordinated verb after the quotation's object
// ("said it 'regrets' the outcome and remained committed to the
// process": a complaint and a loyalty, mixed). Controls: a speech
// participle opens a statement of its own, a preposition-like
// participle ("including") or a coordinated noun ("and the delay")
// carries nothing.
func TestQA9R2TailClause(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"thanking", lead + "\"This accord sends a message to every coast,\" Chilean minister Rosa Mena said, thanking Oslo for its patience.", "Rosa Mena", Supportive},
		{"accusing", lead + "\"We sat at the table for ten years,\" Peruvian envoy Ana Quispe said, accusing Oslo of bad faith.", "Ana Quispe", Critical},
		{"regrets and committed", lead + "Argentine envoy Pablo Ruiz said his government \"regrets\" the outcome and remained committed to the Atlantic forum.", "Pablo Ruiz", Mixed},
		{"regret alone", lead + "Argentine envoy Pablo Ruiz said his government \"regrets\" the outcome of the talks.", "Pablo Ruiz", Critical},
		{"one-sided", lead + "Peruvian envoy Ana Quispe said the accord was \"one-sided\" in its quotas.", "Ana Quispe", Critical},
		{"committed to", lead + "Norwegian minister Jan Berge said Oslo remained fully committed to the accord.", "Jan Berge", Supportive},
		// controls
		{"committed no offence", lead + "Coast guard head Leif Aas said the crew had committed no offence.", "Leif Aas", Neutral},
		{"adding", lead + "\"We will sign in June,\" Chilean minister Rosa Mena said, adding that Lima still hoped to join.", "Rosa Mena", Neutral},
		{"including", lead + "\"The quotas start in June,\" Norwegian official Jan Berge said, including the northern zones.", "Jan Berge", Neutral},
		{"and noun", lead + "Argentine envoy Pablo Ruiz said the \"timetable\" of the talks and the speed of the boats would be reviewed.", "Pablo Ruiz", Neutral},
	})
}
