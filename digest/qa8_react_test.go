package digest

import (
	"strings"
	"testing"
	"time"
)

// reactCase is an article and the stance one actor's reaction must have
// ("" when the actor must not be among the reactions at all).
type reactCase struct {
	name, body, actor, want string
}

func runReactCases(t *testing.T, cases []reactCase) {
	t.Helper()
	runReactCasesWith(t, engine(t), cases)
}

// runReactCasesWith is runReactCases on the engine e.
func runReactCasesWith(t *testing.T, e *Engine, cases []reactCase) {
	t.Helper()
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := e
			if liftModelErrors[c.name] != "" {
				e = noLift(t)
			}
			r := e.Extract(Article{Body: c.body, Published: pub})
			got, found := "", false
			for _, x := range r.Reactions {
				if x.Actor == c.actor {
					got, found = x.Stance, true
					break
				}
			}
			switch {
			case c.want == "" && found:
				t.Errorf("%s reacts (%s), want no reaction; all: %+v", c.actor, got, r.Reactions)
			case c.want != "" && got != c.want:
				t.Errorf("%s: stance %q (found %v), want %q; all: %+v", c.actor, got, found, c.want, r.Reactions)
			}
		})
	}
}

// TestQA8TopicWords: a stance word that only modifies the noun after it
// names a topic ("rejected migrants", "emergency food aid", "an emergency
// session" where someone spoke), not the speaker's view; the same words
// as a verb with its object, or an emergency meeting the source itself
// calls, keep their stance.
func TestQA8TopicWords(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday. "
	runReactCases(t, []reactCase{
		{"participle after of", lead + "Brandt said the talks also covered quicker deportation of rejected migrants.", "Karl Brandt", Neutral},
		{"participle after the", lead + "Sousa said the two leaders looked back at the failed reform of 2019 and at new rail links.", "Rui Sousa", Neutral},
		{"emergency before a noun", lead + "Sousa said the EU had sent emergency food aid to the flooded region.", "Rui Sousa", Neutral},
		{"emergency before a name", lead + "Brandt, who spoke at an emergency Council session, said the plan would be ready by May.", "Karl Brandt", Neutral},
		// negatives: the verb with its object, alarm the source raises
		{"verb with object", lead + "Sousa rejected the Austrian proposal on Wednesday.", "Rui Sousa", Critical},
		{"verb with bare object", lead + "Hungary rejected calls for a common asylum fund.", "Hungary", Critical},
		{"called an emergency meeting", lead + "Spain and Italy called an emergency EU meeting over the plan.", "Spain", Critical},
		{"emergency as a noun", lead + "Brandt said the situation on the border was an emergency.", "Karl Brandt", Critical},
	})
}

// TestQA8StayAway: backing a party's staying away from the meeting is a
// stand against the meeting, condemning it a stand for the meeting; a
// stance on anything else is read as before.
func TestQA8StayAway(t *testing.T) {
	const lead = "LIMA, March 3 (AP) - A regional summit in Lima ended on Tuesday with Bolivia's delegation walking out and Chile's president staying away. "
	runReactCases(t, []reactCase{
		{"defended the boycott", lead + "In Santiago, government spokeswoman Camila Rojas defended the boycott, saying Chile had its own priorities this year.", "Camila Rojas", Critical},
		{"praised the walkout", lead + "Bolivian Vice President Marco Quispe praised Bolivia's walkout as a principled stand.", "Marco Quispe", Critical},
		{"backed the decision to stay away", lead + "Senator Luis Ortega backed the decision to stay away from Lima.", "Luis Ortega", Critical},
		{"condemned the walkout", lead + "Peruvian Foreign Minister Elena Vargas condemned the walkout by the Bolivian delegation.", "Elena Vargas", Supportive},
		{"opening place, then the speaker", lead + "In La Paz, opposition lawmaker Ana Mamani, a former minister, criticised the walkout as a gift to Chile.", "Ana Mamani", Supportive},
		{"opening place is no speaker", lead + "In La Paz, opposition lawmaker Ana Mamani, a former minister, criticised the walkout as a gift to Chile.", "Bolivia", ""},
		// negatives: another object keeps the verb's stance
		{"defended the declaration", lead + "Peruvian Foreign Minister Elena Vargas praised the final declaration.", "Elena Vargas", Supportive},
		{"criticised the summit", lead + "Senator Luis Ortega criticised the summit's final declaration.", "Luis Ortega", Critical},
	})
}

// TestQA8CueScope: a stance cue's object may hold a word of the other
// polarity; the first cue holds when every cue of the other polarity lies
// in its clause ("refused to discuss what it had agreed" is critical,
// "welcomed the end of hostilities" supportive); a cue after a comma or a
// "but" is a second view (mixed).
func TestQA8CueScope(t *testing.T) {
	const lead = "ZAGREB, March 3 (Reuters) - Talks between Croatia and Slovenia on a border crossing ended in Zagreb on Tuesday without a deal. "
	runReactCases(t, []reactCase{
		{"refused what it agreed", lead + "Slovenian negotiator Tina Kos said Zagreb had refused to implement \"the protocol it already agreed in 2024\".", "Tina Kos", Critical},
		{"concern over what was agreed", lead + "Croatian Foreign Minister Ivo Maric voiced concern that Ljubljana had dropped the points agreed in 2024.", "Ivo Maric", Critical},
		{"welcomed the end of hostility", lead + "Tina Kos said Ljubljana welcomed an end to hostile rhetoric between the two capitals.", "Tina Kos", Supportive},
		// negative: a second clause is a second view
		{"but clause", lead + "Ivo Maric said Croatia welcomed the progress made but was disappointed by the result.", "Ivo Maric", Mixed},
		// a body named after a country is the body
		{"body of a country", lead + "The National Council of Resistance of Slovenia condemned the talks as \"a shameful charade\" that would encourage smuggling.", "National Council of Resistance of Slovenia", Critical},
		{"body is not the country", lead + "The National Council of Resistance of Slovenia condemned the talks as \"a shameful charade\" that would encourage smuggling.", "Slovenia", ""},
	})
}

// TestQA8PhantomActors: a prepositional tail of a subject is no actor, a
// neutral word on the background thing in a ", which X says" clause is no
// reaction, and a state's spokesman or ministry in its capital speaks for
// the state; opposition voices there stay themselves.
func TestQA8PhantomActors(t *testing.T) {
	const lead = "NAIROBI, March 3 (Reuters) - Trade ministers from across the Horn of Africa agreed in Nairobi on Tuesday to cut tariffs on grain. "
	runReactCases(t, []reactCase{
		{"prepositional tail", lead + "Kenyan Trade Minister Amos Wekesa said the cut would help farmers.", "Horn of Africa", ""},
		{"which X says", lead + "The pact builds on a 2023 customs code, which Addis Ababa says it is applying. Ethiopia did not attend.", "Ethiopia", ""},
		{"which X says with a stance", lead + "The pact builds on a 2023 customs code, which Addis Ababa says it welcomed.", "Ethiopia", Supportive},
		{"state voice in its capital", lead + "Egypt criticised the meeting. Its foreign ministry spokesman in Cairo said the pact ignored the Nile states.", "Egypt", Critical},
		{"state voice is no phrase", lead + "Egypt criticised the meeting. Its foreign ministry spokesman in Cairo said the pact ignored the Nile states.", "Its foreign ministry spokesman in Cairo", ""},
		{"government spokeswoman in the capital", lead + "A government spokeswoman in Cairo said Egypt would study the text.", "Egypt", Neutral},
		// negative: a group that is not the state keeps its own name
		{"opposition in the capital", lead + "Opposition lawmakers in Cairo said the pact was a mistake.", "Egypt", ""},
	})
}

// TestQA8QuotedAs: "X quoted Y as saying" gives Y's words to Y, not to
// the spokesperson relaying them; a plain quotation stays the speaker's.
func TestQA8QuotedAs(t *testing.T) {
	const lead = "TOKYO, March 3 (Reuters) - Japanese Prime Minister Kenji Arai and Canadian Prime Minister Claire Dubois agreed in a phone call on Tuesday to expand LNG trade, Arai's office said. "
	e := engine(t)
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, body, want, not string }{
		{"quoted as saying", lead + "\"Canada has the gas and Japan has the demand,\" chief cabinet secretary Yuki Mori quoted Arai as saying.", "Kenji Arai: “Canada has the gas", "Yuki Mori: “Canada"},
		{"quoted as saying, name first", lead + "Mori quoted Dubois as saying that \"our ports are ready for Japanese buyers\". Chief cabinet secretary Yuki Mori briefed reporters later.", "Claire Dubois: “our ports", "Yuki Mori: “our ports"},
		// negative: the spokesperson's own words stay hers
		{"own words", lead + "\"The call lasted forty minutes,\" chief cabinet secretary Yuki Mori told reporters.", "Yuki Mori: “The call lasted", "Kenji Arai: “The call"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := bulletText(e.Extract(Article{Body: c.body, Published: pub}), "Positions")
			if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
				t.Errorf("Positions %q, want %q and no %q", got, c.want, c.not)
			}
		})
	}
}

// TestQA8SubjectAcrossPhrase: "X, speaking from Y, said the deal ..." is
// X's statement (the parser took "the deal" after the verb for the
// source); without a participle phrase nothing changes.
func TestQA8SubjectAcrossPhrase(t *testing.T) {
	const lead = "ADDIS ABABA, March 3 (Reuters) - Sudan's army and the Rapid Support Forces agreed on Tuesday to a week-long truce in Darfur, mediators said. "
	runReactCases(t, []reactCase{
		{"speaking by phone", lead + "Human rights lawyer Amina Osman, speaking by telephone from London, said the truce \"changes nothing for the displaced\".", "Amina Osman", Neutral},
		{"writing on social media", lead + "Former prime minister Hamid Idris, writing on social media, said the truce was a welcome step.", "Hamid Idris", Supportive},
		// negative: a phrase that is no participle gives no subject
		{"no participle", lead + "Aid groups, in a joint statement, said the truce \"changes nothing for the displaced\".", "Amina Osman", ""},
	})
}

// TestQA8RuleEdges: where the three stance rules must not reach: "a
// failed policy" judges, "the absence of violence" or "a boycott of
// goods" is no party staying away, and a verb that only introduces a
// clause ("insisted", "warned that") leaves the clause its own stance.
func TestQA8RuleEdges(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday. "
	runReactCases(t, []reactCase{
		{"a failed policy", lead + "Sousa called the quota scheme a failed policy.", "Rui Sousa", Critical},
		{"absence of violence", lead + "Brandt welcomed the absence of violence at the border.", "Karl Brandt", Supportive},
		{"boycott of goods", lead + "Brandt praised the boycott of Belarusian potash firms.", "Karl Brandt", Supportive},
		{"absence of a party", lead + "Brandt criticised the absence of Hungary from the meeting.", "Karl Brandt", Supportive},
		{"insisted positive", lead + "Sousa insisted the talks had been productive.", "Rui Sousa", Supportive},
		{"warned that", lead + "Sousa warned that the border plan would hurt the progress made since 2020.", "Rui Sousa", Critical},
	})
}

// TestQA8OwnPledge: a speaker whose own side pledges help ("said Madrid
// would fund", "added that Japan will send") stands for the outcome; a
// pledge by another party, or a plan with no pledge verb, reads no stance.
func TestQA8OwnPledge(t *testing.T) {
	const lead = "MADRID, March 3 (Reuters) - Spanish Prime Minister Luis Ortega received Moroccan Prime Minister Karim Alaoui in Madrid on Tuesday to discuss migration and energy links. "
	runReactCases(t, []reactCase{
		{"capital would fund", lead + "Ortega said Madrid would fund a new solar plant near Ouarzazate.", "Luis Ortega", Supportive},
		{"added that country will send", lead + "Spanish Foreign Minister Ana Gil, who called the visit \"long overdue\", added that Spain will send a trade mission in May.", "Ana Gil", Supportive},
		{"we would support", lead + "Alaoui said we would support any plan to link the two grids.", "Karim Alaoui", Supportive},
		// negatives: another party's pledge, no pledge verb
		{"other side pledges", lead + "Ortega said Morocco would fund the Tangier port extension itself.", "Luis Ortega", Neutral},
		{"no pledge verb", lead + "Ortega said Madrid would host the next round in June.", "Luis Ortega", Neutral},
	})
}
