package digest

import "testing"

// TestQA10bEvaluativeWords: a quoted or reported judgement with no stance
// verb carries its stance in common evaluative words ("unfortunate",
// "a disgrace", "reckless", "an honour", "understandable", "a success");
// two of opposite polarity joined by "but" are mixed. Controls: the verb
// "honoured" of an agreement is no approval, and a plain fact stays
// neutral.
func TestQA10bEvaluativeWords(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"unfortunate but understandable", lead + "Opposition lawmaker Ana Reis said the change was \"unfortunate but understandable\".", "Ana Reis", Mixed},
		{"disgrace", lead + "Sousa said: \"It is a disgrace that the line took ten years.\"", "Rui Sousa", Critical},
		{"reckless", lead + "Sousa said the move by Madrid was \"reckless\".", "Rui Sousa", Critical},
		{"an honour", lead + "Sousa said the visit was \"an honour my country will never forget\".", "Rui Sousa", Supportive},
		{"a success", lead + "Brandt said the summit had been \"a success for both nations\".", "Karl Brandt", Supportive},
		{"buy time", lead + "Sousa said Madrid \"came to Vienna to buy time, not to make peace\".", "Rui Sousa", Critical},
		// controls
		{"honoured verb", lead + "Sousa said: \"We expect the commitments made in Vienna to be honoured by all.\"", "Rui Sousa", Neutral},
		{"plain fact", lead + "Sousa said the line would \"open in 2030\".", "Rui Sousa", Neutral},
	})
}

// TestQA10bSolidarityIsCritical: solidarity with one side and a critical
// word about the other's act ("stands with our ally" and the incident was
// "reckless") is critical, not mixed. Controls: a supportive cue that is no
// solidarity with a critical word stays mixed, solidarity alone supportive.
func TestQA10bSolidarityIsCritical(t *testing.T) {
	const lead = "TOKYO, March 3 (Reuters) - A Chinese warship locked its radar on a Japanese destroyer on Sunday, Japan said. "
	runReactCases(t, []reactCase{
		{"stands with, reckless", lead + "In Washington, Defense Secretary Pete Hegseth said the United States \"stands with our ally Japan\" and that the incident was \"reckless\".", "Pete Hegseth", Critical},
		{"solidarity, condemned", lead + "Australian Foreign Minister Penny Wong expressed solidarity with Japan and said the act was \"unacceptable\".", "Penny Wong", Critical},
		// controls
		{"welcome and reckless", lead + "Pete Hegseth said the hotline was \"welcome\" but the incident was \"reckless\".", "Pete Hegseth", Mixed},
		{"stands with alone", lead + "Pete Hegseth said the United States \"stands with our ally Japan\".", "Pete Hegseth", Supportive},
	})
}

// TestQA10bReservation: a reservation about a result ("not yet peace",
// "the hardest questions", "weaker than we wanted") is critical alone and
// mixed beside an approval ("closer than we have ever been, but ..."); a
// "but" turning to a modal's own negation ("painful but should not block
// cooperation") is a reservation too. Controls: "not yet" of a plain
// schedule, and a "but" to a modal with no negation.
func TestQA10bReservation(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"closer but hardest", lead + "\"We are closer than we have ever been, but the hardest questions are still in front of us,\" Sousa told reporters.", "Rui Sousa", Mixed},
		{"not yet", lead + "\"This is not yet a settlement,\" Sousa told reporters.", "Rui Sousa", Critical},
		{"weaker than", lead + "Sousa said the text was weaker than Lisbon had wanted.", "Rui Sousa", Critical},
		{"painful but should not", lead + "Sousa said the dispute remained \"painful\" but should not block cooperation.", "Rui Sousa", Mixed},
		// controls
		{"schedule not yet", lead + "Sousa said the date of the next round had not yet been set.", "Rui Sousa", Neutral},
		{"painful but should", lead + "Sousa said the dispute remained \"painful\" but should be settled by courts.", "Rui Sousa", Critical},
	})
}

// TestQA10bTributeAndCharge: the words of a eulogy ("a giant of the
// struggle", "a true friend", "a brother in arms") are supportive; a
// charge that another hand dictates a decision, or a side's remarks called
// "interference", is critical. Controls: a company called a "tech giant"
// and a plain "called for" stay neutral.
func TestQA10bTributeAndCharge(t *testing.T) {
	const lead = "WINDHOEK, March 3 (Reuters) - Leaders from across the region attended the state funeral of former President Sam Nujoma in Windhoek on Tuesday. "
	runReactCases(t, []reactCase{
		{"giant of", lead + "Zambian President Hakainde Hichilema described Nujoma as \"a giant of the liberation struggle\".", "Hakainde Hichilema", Supportive},
		{"brother in arms", lead + "Angolan President Joao Lourenco said Angola had lost \"a brother in arms\".", "Joao Lourenco", Supportive},
		{"a true friend", lead + "\"He was a true friend of Cuba,\" said Cuban envoy Jose Marti Perez.", "Jose Marti Perez", Supportive},
		{"dictated by", lead + "Opposition leader Paul Hamutenya called the ceremony \"a show dictated by foreign interests\".", "Paul Hamutenya", Critical},
		{"interference", lead + "The Chinese Embassy spokesman Wang Lei called the remarks interference.", "Wang Lei", Critical},
		// controls
		{"tech giant", lead + "Zambian President Hakainde Hichilema said the tech giant Huawei would build a memorial website.", "Hakainde Hichilema", Neutral},
		{"called for", lead + "Lourenco called for a minute of silence.", "Joao Lourenco", ""},
		{"noun before quotation", lead + "Opposition leader Paul Hamutenya called half of the president's supporters \"deplorables\".", "Paul Hamutenya", Critical},
	})
}

// TestQA10bRelativeStanceOnTheNews (review 22, group 5): a present-tense
// stance verb in a relative clause after the actor whose object is the
// story's own deal, accord or talks ("Pelora, which supports the deal,
// said ...") is a stance on the news, not a standing position. Controls:
// a standing position on something else stays out ("which supports a
// two-state solution"), and a past verb still reacts.
func TestQA10bRelativeStanceOnTheNews(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Kastan and Varda signed a border deal in Vienna on Tuesday. "
	runReactCases(t, []reactCase{
		{"which supports the deal", lead + "Pelora, which supports the deal, said it would send observers.", "Pelora", Supportive},
		{"who supports the deal", lead + "Pelora Foreign Minister Ana Ruiz, who supports the deal, said her country would help fund the border posts.", "Ana Ruiz", Supportive},
		{"which opposes the deal", lead + "Hungary, which opposes the deal, said it would raise the matter at the United Nations.", "Hungary", Critical},
		// controls
		{"which supports other", lead + "Pelora, which supports a two-state solution in Varda, said it would send observers.", "Pelora", Neutral},
		{"which opposed on Monday", lead + "Hungary, which criticised the deal on Monday, has asked for talks.", "Hungary", Critical},
	})
}

// TestQA10bButOtherStance: a stance verb, then "but" and a reported clause
// of the other stance ("welcomed the release but said it would 'hurt
// trust'") is mixed; a "but" turning to a clause with its own subject and
// negated copula ("but detentions were not forgotten") is a reservation; harm
// verbs ("undermined", "diminished") and "not sufficiently" are critical.
// Controls: a stance verb and a clause of the same stance after "but", and
// "but did not" of the same subject.
func TestQA10bButOtherStance(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Kastan released three detained aid workers in Vienna on Tuesday after talks with Austria. "
	runReactCases(t, []reactCase{
		{"welcomed but said crit", lead + "Amnesty International welcomed the release but said the detentions had been \"unacceptable\".", "Amnesty International", Mixed},
		{"but detentions were not", lead + "Ana Reis, a spokeswoman for Oxfam, said the release was welcome but detentions were not forgotten.", "Ana Reis", Mixed},
		{"undermined", lead + "Hungarian Foreign Minister Peter Szijjarto said the release had undermined the European Union.", "Peter Szijjarto", Critical},
		{"not sufficiently", lead + "Mexico's representative said the text \"does not sufficiently respect\" the rule of law.", "Mexico", Critical},
		// controls
		{"welcomed but said sup", lead + "Amnesty International welcomed the release but said it was \"a hopeful sign\".", "Amnesty International", Supportive},
		{"welcomed but did not", lead + "Amnesty International welcomed the release but did not comment on the talks.", "Amnesty International", Supportive},
	})
}

// TestQA10bAttemptAim: a critical word that is the aim of a hypothetical
// attempt ("would condemn any efforts to undermine the accord") does not
// make the speaker critical; a real one does ("said Madrid had undermined
// the accord").
func TestQA10bAttemptAim(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"any efforts to undermine", lead + "Sousa said Lisbon would condemn any efforts to undermine the accord.", "Rui Sousa", Neutral},
		// control
		{"had undermined", lead + "Sousa said Madrid had undermined the accord.", "Rui Sousa", Critical},
	})
}
