package digest

import "testing"

// TestQA9R3FrameSentence: a short sentence that reports how a deal was
// received by unnamed others ("Humanitarian groups criticised the summit.",
// "Not everyone welcomed the agenda.", "The accord still faces opposition
// in Europe.") gives its stance to the reactions of the next sentence when
// they take none of their own. Controls: a frame that names its accuser or
// the accused, a frame two sentences back, a next sentence with a stance of
// its own, and a short sentence without a word of reception.
//
// Since review 21 (s10-react) the speaker coloured must be quoted or named
// with the frame's group noun and be no party of the event
// (TestQA10FrameSpeakers); the three positive cases with a plain speaker
// now quote a few words.
func TestQA9R3FrameSentence(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"criticised frame", lead + "Fishermen's unions criticised the accord. \"The quotas were written in offices, far from the boats,\" said Marta Soto, a union leader.", "Marta Soto", Critical},
		{"not everyone welcomed", lead + "Not everyone welcomed the text. Peruvian envoy Ana Quispe said Lima would \"study the quotas\" before the summer.", "Ana Quispe", Critical},
		{"faces opposition in", lead + "The accord still faces opposition in Chile. Senator Pablo Ruiz said the chamber would vote on \"this text\" in June.", "Pablo Ruiz", Critical},
		{"praise frame", lead + "Coastal towns praised the deal. \"Our harbours will be busy again,\" said Lars Vik, the mayor of Tromso.", "Lars Vik", Supportive},
		// controls
		{"frame names accuser", lead + "Western nations accuse Peru of overfishing. Peruvian envoy Ana Quispe said Lima would study the quotas before the summer.", "Ana Quispe", Neutral},
		{"frame names accused", lead + "Lima has also faced criticism over its quotas. Peruvian envoy Ana Quispe said the fleet would sail in June.", "Ana Quispe", Neutral},
		{"frame two back", lead + "Fishermen's unions criticised the accord. The vote is due on Friday. Senator Pablo Ruiz said the chamber would vote on the text in June.", "Pablo Ruiz", Neutral},
		{"own stance wins", lead + "Fishermen's unions criticised the accord. Senator Pablo Ruiz welcomed the text as a step for the coast.", "Pablo Ruiz", Supportive},
		{"frame over a critic", lead + "Not everyone welcomed the text. Peru's opposition accused the government of selling the southern waters. In Lima, lawmaker Ana Quispe said the quotas would be \"studied\" in June.", "Ana Quispe", Critical},
		{"frame over a supporter", lead + "Fishermen's unions criticised the accord. Danish minister Ole Krag welcomed the text. In Lima, lawmaker Ana Quispe said the quotas would be studied in June.", "Ana Quispe", Neutral},
		{"no reception word", lead + "The quotas take effect in July. Senator Pablo Ruiz said the chamber would vote on the text in June.", "Pablo Ruiz", Neutral},
	})
}

// TestQA9R3LackOfProgress (review 20, group 3): disappointment at a lack of
// progress is one complaint, two critical cues, not a mixed stance.
// Controls: criticism of the lack of progress, disappointment at the talks,
// and a complaint with praise after "but" (mixed).
func TestQA9R3LackOfProgress(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile held fisheries talks in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"disappointed by lack", lead + "Chilean minister Rosa Mena said she was disappointed by the lack of progress on quotas.", "Rosa Mena", Critical},
		{"disappointed with lack", lead + "Norwegian minister Jan Berge said the government was disappointed with the lack of progress on quotas.", "Jan Berge", Critical},
		{"criticised lack", lead + "Chilean minister Rosa Mena criticised the lack of progress on quotas.", "Rosa Mena", Critical},
		{"disappointed talks", lead + "Chilean minister Rosa Mena said she was disappointed with the talks.", "Rosa Mena", Critical},
		{"lack but welcomed", lead + "Chilean minister Rosa Mena said she was disappointed by the lack of progress on quotas, but welcomed the new inspection plan.", "Rosa Mena", Mixed},
	})
}

// TestQA9R3Courtesy (review 20, group 4): thanks for hospitality and regret
// at one's own absence are manners, not a stance; they do not make a clear
// stance mixed. Controls: thanks for a stand, and regret at an outcome.
func TestQA9R3Courtesy(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile held fisheries talks in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"thanks hospitality", lead + "\"We will never accept these quotas,\" Chilean minister Rosa Mena said, thanking her hosts for their hospitality.", "Rosa Mena", Critical},
		{"regret not stay", lead + "Danish minister Ole Krag said he regretted that he could not stay longer, and praised the excellent cooperation between the two coast guards.", "Ole Krag", Supportive},
		// controls
		{"thanks for support", lead + "\"We will never accept these quotas,\" Chilean minister Rosa Mena said, thanking Peru for its support.", "Rosa Mena", Mixed},
		{"regret outcome", lead + "Danish minister Ole Krag said he regretted the outcome, and praised the excellent cooperation between the two coast guards.", "Ole Krag", Mixed},
	})
}
