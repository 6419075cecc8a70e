package digest

import (
	"testing"
	"time"
)

// TestQA17KPNamesInOrgs: the tagger (trained on VOA news) reads an
// unfamiliar official's name as an organisation when a role's remit or a
// list runs into it ("Minister of Water and Sanitation Pemba Lekhanya",
// "their foreign ministers, A B and C D"), so the person was never found
// and Key Participants missed them (24 of the 32 in-sample failures that
// TestKPFailureCauses counted as "a country, organisation or delegation
// expected" were such people). namesInOrgSpans cuts the names out when
// the words around them call them people's: a role's remit before them, a
// role, an honorific, a country's possessive or "led by" before them, a
// role or "who" in apposition after them, "for <country>" after each.
// Each sentence goes after the seed article's lead; the sentences are
// written for this test, not taken from judged articles.
func TestQA17KPNamesInOrgs(t *testing.T) {
	seed := seedArticle(t)
	tests := []struct {
		why, sentence string
		names         []string // people who must be found
	}{
		{"remit runs into the name", "Lesotho was represented by Minister of Water and Sanitation Pemba Lekhanya and Botswana by its Minister of Minerals and Energy Kefilwe Dintwe.", []string{"Pemba Lekhanya"}},
		{"names for their countries", "The dam's two directors-general, Tarcisio Mendonca for Brazil and Abelardo Giménez Ruiz for Paraguay, joined the talks.", []string{"Tarcisio Mendonca", "Abelardo Giménez Ruiz"}},
		{"a role in apposition", "The meeting was co-chaired by H.E. Mr. Bakhrom Saidkhodjaev, Minister of Foreign Affairs of the Republic of Uzbekistan.", []string{"Bakhrom Saidkhodjaev"}},
		{"a lower-case role in apposition", "Myanmar was represented by U Tin Maung Htay, a permanent secretary at the foreign ministry.", []string{"Tin Maung Htay"}},
		{"led by", "The Faroese and Greenlandic delegations were led by Hanus Olsen and Aviaja Lynge respectively.", []string{"Hanus Olsen", "Aviaja Lynge"}},
		{"a country's possessive", "Mali's foreign minister hosted the meeting and Niger's Bakary Yaou Sidibé attended.", []string{"Bakary Yaou Sidibé"}},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			a := seed
			a.Body = insertAfterLead(t, seed.Body, tc.sentence)
			r := engine(t).Extract(a)
			for _, n := range tc.names {
				if personNamed(r, n) == nil {
					t.Errorf("%s not found as a person", n)
				}
			}
		})
	}
}

// TestQA17KPOrgsStay: controls, the same before and after
// namesInOrgSpans: organisations after a role's remit or in a list stay
// organisations, and no role title or common word becomes a name.
func TestQA17KPOrgsStay(t *testing.T) {
	seed := seedArticle(t)
	tests := []struct{ why, sentence, notName string }{
		{"a body after a remit", "The Minister of Water and Energy was joined by representatives of the Nile Basin Initiative and the African Development Bank.", "Nile Basin"},
		{"a ministry in a list", "Officials of the Ministry of Foreign Affairs and Trade Development Council attended.", "Trade Development"},
		{"control: a list the tagger reads", "They were joined by their foreign ministers, Giorgos Kalantzis and Hakan Yurdakul, who signed three agreements.", "Kalantzis and"},
		{"a portfolio alone", "Greenland's Minister for Foreign Affairs said the talks went well.", "Foreign Affairs"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			a := seed
			a.Body = insertAfterLead(t, seed.Body, tc.sentence)
			if p := personNamed(engine(t).Extract(a), tc.notName); p != nil {
				t.Errorf("%q read as a person", tc.notName)
			}
		})
	}
}

// TestQA17KPGroups: Key Participants names a team that takes part for a
// party no seated person stands for, in the article's words ("the
// political directors of the French, British and German foreign
// ministries", "a Hamas delegation", "officials from the Trade Ministry");
// not a team whose head the text names, a source ("officials said"), a
// team of a later meeting, or one that stayed away (seatedGroups). The
// sentences are written for this test, not taken from judged articles.
func TestQA17KPGroups(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	const kp = "Key Participants"
	runQA6(t, []qa6Case{
		{"political directors of three countries", "GENEVA, March 9 (Reuters) - Iranian Deputy Foreign Minister Reza Tabrizi met the political directors of the French, British and German foreign ministries in Geneva on Monday for talks on the nuclear programme, the Iranian foreign ministry said. Tabrizi called the talks serious and said they would continue.",
			pub, kp, []string{"political directors of the French, British and German foreign ministries"}, nil},
		{"a delegation of a movement", "DOHA, March 9 (Reuters) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted talks in Doha on Monday with Israeli negotiators and a Hamas delegation on the release of hostages. A Qatari official said the talks lasted six hours.",
			pub, kp, []string{"Israeli negotiators", "Hamas delegation"}, nil},
		{"officials from a body", "ACCRA, March 9 (Reuters) - Ghana's Trade Minister Kofi Mensah-Bonsu met his Togolese counterpart Yawa Amegah in Accra on Monday, joined by officials from the Ghana Revenue Authority, to discuss delays at the Aflao border crossing.",
			pub, kp, []string{"officials from the Ghana Revenue Authority"}, nil},
		// controls
		{"control: a delegation led by a named head", "DOHA, March 9 (Reuters) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted talks in Doha on Monday with a Hamas delegation led by Khalil Darwish on the release of hostages.",
			pub, kp, nil, []string{"Hamas delegation"}},
		{"control: officials as a source", "ACCRA, March 9 (Reuters) - Ghana's Trade Minister Kofi Mensah-Bonsu met his Togolese counterpart Yawa Amegah in Accra on Monday, and Nigerian officials said the border would reopen.",
			pub, kp, nil, []string{"officials"}},
		{"control: teams of a later meeting", "ACCRA, March 9 (Reuters) - Ghana's Trade Minister Kofi Mensah-Bonsu met his Togolese counterpart Yawa Amegah in Accra on Monday. Technical teams from both countries will meet in Lome next month to draft the protocol.",
			pub, kp, nil, []string{"teams"}},
	})
}
