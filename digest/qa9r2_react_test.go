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

// TestQA9R2BondNotLogistics (review 19, group 2): "together", "progress",
// "prosperity" and "reliable" carry a stance only as a bond, an
// achievement or a verdict on a partner: "we will work together",
// "real progress", "shared prosperity", "a reliable ally"; not logistics
// ("together with the Danish team", "the fleets will sail together"), a
// complaint or a condition about progress, a party's name or a plain
// fact ("the supply was reliable in May").
func TestQA9R2BondNotLogistics(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"work together", lead + "\"Our coasts will work together for a generation,\" Chilean minister Rosa Mena said.", "Rosa Mena", Supportive},
		{"real progress", lead + "\"We made real progress on the quotas,\" Norwegian minister Jan Berge said.", "Jan Berge", Supportive},
		{"shared prosperity", lead + "\"This is a path to shared prosperity,\" Chilean minister Rosa Mena said.", "Rosa Mena", Supportive},
		{"reliable ally", lead + "Chilean President Rosa Mena called Norway \"a reliable ally in the Pacific.\"", "Rosa Mena", Supportive},
		{"progress slow", lead + "\"Progress has been painfully slow and boats are idle,\" Peruvian envoy Ana Quispe said.", "Ana Quispe", Critical},
		{"without reliable", lead + "Peruvian envoy Ana Quispe said that \"quotas without reliable catch data are a road to new disputes.\"", "Ana Quispe", Critical},
		// controls
		{"together with", lead + "\"We will travel to Lima together with the Danish team next week,\" Jan Berge told reporters.", "Jan Berge", Neutral},
		{"sail together", lead + "Admiral Tomas Vidal said the two fleets would sail together in October.", "Tomas Vidal", Neutral},
		{"progress depends", lead + "\"Progress will depend on Lima,\" Norwegian negotiator Per Lunde said.", "Per Lunde", Neutral},
		{"party name", lead + "\"The Prosperity Party will send ten observers to Oslo,\" Chilean deputy Luis Paz said.", "Luis Paz", Neutral},
		{"plain fact", lead + "Chilean officials said the fish supply was reliable this summer.", "Chilean officials", Neutral},
	})
}

// TestQA9R2RiskedHarm (review 19, group 4): "risked" is criticism only
// with a harm for object ("risked dragging the region into a war",
// "risks undermining the talks"), not a tribute or a fact ("risked their
// lives", "risked everything to help", "risked storms every day").
func TestQA9R2RiskedHarm(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"risked dragging", lead + "Peruvian senator Ana Quispe said the accord risked dragging Lima into a quarrel.", "Ana Quispe", Critical},
		{"risks undermining", lead + "\"This accord risks undermining the Pacific forum,\" Peruvian envoy Pablo Ruiz said.", "Pablo Ruiz", Critical},
		{"risks repeating", lead + "\"Without strict checks, this accord risks repeating the failures of the past,\" said Marta Soto, a union leader.", "Marta Soto", Critical},
		// controls
		{"risked lives", lead + "Admiral Tomas Vidal said the rescue crews had risked their lives for the fleet.", "Tomas Vidal", Neutral},
		{"risked storms", lead + "Coast guard head Leif Aas said the inspectors had risked storms every day.", "Leif Aas", Neutral},
	})
	// The rules alone: the stance model reads this tribute as critical
	// (p 0.80), one of its known errors (docs/quality.md, stance model).
	runReactCasesWith(t, rulesOnly(t), []reactCase{
		{"risked everything", lead + "\"These crews risked everything to help others,\" Norwegian minister Jan Berge said.", "Jan Berge", Neutral},
	})
}

// TestQA9R2SemicolonSpeaker: a source before a semicolon is the subject
// of the clause before it; a person named after the semicolon and before
// the speech verb is the speaker ("Mena was not at the meeting; her
// deputy, Luis Paz, told reporters ..."). Control: a speech verb before
// the semicolon keeps its own speaker.
func TestQA9R2SemicolonSpeaker(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	deputy := lead + "Chilean President Rosa Mena, whose cabinet had delayed the accord, was not at the ceremony; her deputy, Luis Paz, told reporters the deal protected Chile's interests."
	runReactCases(t, []reactCase{
		{"deputy speaks", deputy, "Luis Paz", Neutral},
		{"absent leader silent", deputy, "Rosa Mena", ""},
		{"cue before semicolon", lead + "Chilean President Rosa Mena told reporters the deal protected Chile's interests; her deputy, Luis Paz, stayed in Santiago.", "Rosa Mena", Neutral},
	})
}

// TestQA9R2SurnameParticles: a quotation closed right before a surname
// that opens with lower-case particles ("von der Leyen", "de la Cruz")
// is that speaker's: its words are read for the stance.
func TestQA9R2SurnameParticles(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday, with Dutch minister Jan van der Berg. "
	runReactCases(t, []reactCase{
		{"van der", lead + "\"Today our coasts work together as never before,\" van der Berg told reporters after the ceremony.", "Jan van der Berg", Supportive},
		{"van der control", lead + "\"The boats leave on Monday,\" van der Berg told reporters after the ceremony.", "Jan van der Berg", Neutral},
	})
}

// TestQA9R2QuoteThenPronoun: '"...," he said' after a sentence whose
// subject spoke resolves to that subject, not to the last man named at
// its end ("... signed at the White House in the presence of Donald
// Trump. '...,' he said" is the ambassador's). Control: a pronoun after
// a plain opening clause keeps its old reading.
func TestQA9R2QuoteThenPronoun(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"subject speaks", lead + "Peruvian envoy Pablo Ruiz said Lima had studied the accord that ministers signed in the presence of King Harald Olsen. \"Lima expects every boat to respect the quotas, starting now,\" he said.", "Pablo Ruiz", Neutral},
		{"not the man in the PP", lead + "Peruvian envoy Pablo Ruiz said Lima had studied the accord that ministers signed in the presence of King Harald Olsen. \"Lima expects every boat to respect the quotas, starting now,\" he said.", "Harald Olsen", ""},
	})
}
