package digest

import "testing"

// TestQA18Entities pins the stop-18 entity rules (sports sides, company
// short forms): each case names a text and the type of its mention (""
// for none), in sentences written for the purpose. The controls must not
// change.
func TestQA18Entities(t *testing.T) {
	cases := []struct {
		name, body, text, typ string
		nth                   int // which mention of text (0: the first)
	}{
		// a results line: both sides are teams, whatever else they could name
		{"scoreline given name", "Results of weekend matches :\nHarwick 3 Chelsea 1\n", "Chelsea", ORG, 0},
		{"scoreline two-word side", "Results of weekend matches :\nKarlsborg Rovers 1 Hansa Rostock 2\n", "Hansa Rostock", ORG, 0},
		{"scoreline with country", "In Bergen :\nBrann ( Norway ) 2 Shelbourne ( Ireland ) 1 ( 1-1 )\n", "Brann", ORG, 0},
		{"scoreline team later in text", "Results :\nHansa Rostock 0 Hamburg 1\nHansa Rostock had led the table for a month .\n", "Hansa Rostock", ORG, 1},
		// a verb of winning or a result noun around a small score
		{"beat with score", "Chelsea beat Coventry 2-0 on Saturday to go top .", "Coventry", ORG, 0},
		{"beat winner", "Chelsea beat Coventry 2-0 on Saturday to go top .", "Chelsea", ORG, 0},
		{"defeated the", "The Blue Herons defeated the Yankees 7-1 in the opener .", "Yankees", ORG, 0},
		{"win over", "Porto opened the season with a 2-2 home draw against Setubal on Sunday .", "Setubal", ORG, 0},
		// fixtures
		{"fixture v", "The league published its weekend fixtures on Monday .\nMillwall v Burnley , Gillingham v Chesterfield .", "Gillingham", ORG, 0},
		// a company named in full, then by its first words
		{"company short form", "Barrick Gold Corp said on Monday it would buy the mine . Barrick said the offer was final .", "Barrick", ORG, 0},
		{"company short form one word", "Shares of Gencor Ltd rose sharply . Gencor said profits would rise .", "Gencor", ORG, 0},
		// a club before a player's position
		{"player club", "The coach called up uncapped Everton defender Andy Hinchcliffe on Sunday .", "Everton", ORG, 0},
		{"control based", "German-based striker Bachirou Salou scored the only goal .", "German-based", "", 0},
		{"control office", "Paris mayor Anne Hidalgo welcomed the delegates .", "Paris", LOC, 0},
		// a news outlet's name next to its kind
		{"news agency before", "Three soldiers were wounded overnight , Itar-Tass news agency quoted the ministry as saying .", "Itar-Tass", ORG, 0},
		{"daily after", "The talks will resume next week , the daily Le Monde reported on Tuesday .", "Le Monde", ORG, 0},
		{"newspaper reports no reaction", "The ceasefire held on Sunday . The Tarvel newspaper said the army had withdrawn .", "Tarvel", ORG, 0},
		{"news agency after", "Bayramov , quoted by the state news agency Kazertac , said talks went well .", "Kazertac", ORG, 0},
		{"control name before news agency", "The project was condemned by the Sahrawi news agency SPS on Monday .", "Sahrawi", LOC, 0},
		{"control weekly adverb", "Spain agreed on Monday to weekly Tagus flows into Portugal .", "Tagus", "", 0},
		{"control agency head", "The agency Director-General Rafael Grossi said inspectors would return .", "Rafael Grossi", PER, 0},
		{"control language daily", "Gunmen killed a journalist working for an English-language daily in Dhaka .", "English-language", "", 0},
		{"control state television", "Iranian state television said the talks had ended .", "Iranian", NORP, 0},
		// controls: nations, players, vote tallies, court cases and places stay
		{"control national side", "Austria beat Scotland 4-0 in a qualifier on Friday .", "Scotland", LOC, 0},
		{"control player", "Pete Sampras beat Andre Agassi 6-3 6-4 . Sampras beat Agassi 6-2 in the final .", "Agassi", PER, 0},
		{"control nationality", "He advanced with a 6-4 win over Chilean Marcelo Rios .", "Chilean", NORP, 0},
		{"control vote tally", "Senator Ruth Brown beat Jones 52-48 in the primary .", "Jones", PER, 0},
		{"control place after at", "Arsenal won 1-0 at Leicester on Saturday .", "Leicester", LOC, 0},
		{"control diplomacy", "Russia and Ukraine agreed a 30-day ceasefire in talks in Istanbul .", "Istanbul", LOC, 0},
		{"control votes line", "Yes 12 No 3\n", "Yes", "", 0},
	}
	e := engine(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.body})
			got, n := "", 0
			for _, m := range r.Mentions {
				if m.Text == c.text {
					if n == c.nth {
						got = m.Type
						break
					}
					n++
				}
			}
			if got != c.typ {
				t.Errorf("%q in %q: type %q, want %q", c.text, c.body, got, c.typ)
			}
		})
	}
}
