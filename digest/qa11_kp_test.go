package digest

import (
	"strings"
	"testing"
	"time"
)

// qa11Case is one article with the names its Key Participants bullet must
// and must not hold.
type qa11Case struct {
	name string
	body string
	want []string
	not  []string
}

// runQA11 extracts each case and checks its Key Participants bullet.
func runQA11(t *testing.T, tests []qa11Case) {
	t.Helper()
	pub := time.Date(2026, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body, Published: pub})
			kp := bulletText(r, "Key Participants")
			for _, w := range tc.want {
				if !strings.Contains(kp, w) {
					t.Errorf("Key Participants %q, want %q in it", kp, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(kp, w) {
					t.Errorf("Key Participants %q, want no %q", kp, w)
				}
			}
		})
	}
}

// TestQA11PassiveLeaders: the people after the "by" of a passive of
// leading or receiving take part when a style ("Hon.", "H.E.", "Dr.")
// stands before the name, when a phrase of place or manner stands
// between the verb and "by", when the second half leaves the verb out
// ("and the Malian delegation by B"), and when the guest is named by a
// role ("the Malian minister was received by").
func TestQA11PassiveLeaders(t *testing.T) {
	runQA11(t, []qa11Case{
		{"honorific styles",
			"Trade talks\n\nDAKAR, June 11 (APS) - Senegal and Mali held talks in Dakar on Thursday on the railway.\n" +
				"The Senegalese delegation was led by Hon. Aminata Toure, Minister of Trade, and the Malian delegation by H.E. Bakary Sangare, Minister of Transport.",
			[]string{"Aminata Toure", "Bakary Sangare"}, nil},
		{"doctor before the name",
			"Water talks\n\nNIAMEY, June 11 (Reuters) - Niger and Benin held talks in Niamey on Thursday on the river.\n" +
				"The meeting was chaired by Dr. Halima Issoufou, who heads the basin authority.",
			[]string{"Halima Issoufou"}, nil},
		{"phrase of place between verb and by",
			"Fisheries talks\n\nREYKJAVIK, June 11 - Iceland and the Faroe Islands agreed on Thursday on mackerel quotas after talks in Reykjavik.\n" +
				"The talks were led on the Icelandic side by Katrin Jakobsdottir and on the Faroese side by Jens Olsen.",
			[]string{"Katrin Jakobsdottir", "Jens Olsen"}, nil},
		{"guest named by a role, received in audience",
			"Visit\n\nLOME, June 11 (Reuters) - Togo and Ghana held talks in Lome on Thursday on trade.\n" +
				"The Ghanaian minister was received in audience by President Kodjo Mensah at the presidential palace.",
			[]string{"Kodjo Mensah"}, nil},
		{"a reaction stays out (control)",
			"Visit\n\nLOME, June 11 (Reuters) - Togo and Ghana held talks in Lome on Thursday on trade.\n" +
				"The proposal was poorly received by opposition leader Kossi Agbo.",
			nil, []string{"Kossi Agbo"}},
	})
}

// TestQA11AtTheTable: who sits at the table of the talks takes part: "sat
// at the same table", "Their host was B", "with B in the room", "B was
// also in the room" (not "B was not in the room").
func TestQA11AtTheTable(t *testing.T) {
	runQA11(t, []qa11Case{
		{"sat at the same table",
			"Border talks\n\nNAIROBI, June 11 (Reuters) - Kenya and Somalia met in Nairobi on Thursday on the border.\n" +
				"Kenya's Foreign Minister Alice Wanjiru and Somalia's Foreign Minister Ahmed Farah sat at the same table for the first time in two years.",
			[]string{"Alice Wanjiru", "Ahmed Farah"}, nil},
		{"the host was",
			"Border talks\n\nDOHA, June 11 (Reuters) - Chad and Sudan held talks in Doha on Thursday on the border.\n" +
				"Their host was Qatari Minister of State Khalid Al-Mansouri.",
			[]string{"Khalid Al-Mansouri"}, nil},
		{"with B in the room",
			"Border talks\n\nDOHA, June 11 (Reuters) - Chad and Sudan held talks in Doha on Thursday on the border.\n" +
				"The talks were hosted by Qatar, with U.N. envoy Ramtane Diallo, who has visited both capitals this month, in the room.",
			[]string{"Ramtane Diallo"}, nil},
		{"were also in the room",
			"Border talks\n\nDOHA, June 11 (Reuters) - Chad and Sudan held talks in Doha on Thursday on the border.\n" +
				"Envoys Maria Lindqvist and Peter Oduya were also in the room.",
			[]string{"Maria Lindqvist", "Peter Oduya"}, nil},
		{"not in the room (control)",
			"Border talks\n\nDOHA, June 11 (Reuters) - Chad and Sudan held talks in Doha on Thursday on the border.\n" +
				"A spokesman confirmed that EU envoy Markus Feld was not in the room.",
			nil, []string{"Markus Feld"}},
	})
}

// TestQA11PastWhen: a clause ", when ..." that hangs on a past year tells
// of that year, not of the story's talks: its people take no part.
func TestQA11PastWhen(t *testing.T) {
	runQA11(t, []qa11Case{
		{"since a year, when",
			"Talks\n\nJEDDAH, June 11 (Reuters) - Djibouti and Eritrea held talks in Jeddah on Thursday, hosted by Saudi Foreign Minister Faisal bin Farhan.\n" +
				"Amina Said, a researcher at a think tank, was upbeat, calling the talks the best step since 2008, when President Ismail Guelleh and President Isaias Afwerki signed the truce that reopened the border.",
			[]string{"Faisal bin Farhan"}, []string{"Guelleh", "Isaias"}},
		{"after a closing quote",
			"Talks\n\nJEDDAH, June 11 (Reuters) - Djibouti and Eritrea held talks in Jeddah on Thursday, hosted by Saudi Foreign Minister Faisal bin Farhan.\n" +
				"Amina Said, a researcher at a think tank, was upbeat, calling the talks \"the best step since 2008\", when President Ismail Guelleh and President Isaias Afwerki signed the truce that reopened the border.",
			[]string{"Faisal bin Farhan"}, []string{"Guelleh", "Isaias"}},
	})
}

// TestQA11PluralTitle: a title in the plural before two names ("Deputy
// Foreign Ministers A and B") names two people who lead the delegation.
func TestQA11PluralTitle(t *testing.T) {
	runQA11(t, []qa11Case{
		{"deputy foreign ministers",
			"Talks\n\nGENEVA, June 11 (Reuters) - Iran and the E3 held talks in Geneva on Thursday.\n" +
				"Iran's delegation was led by Deputy Foreign Ministers Kazem Gharibabadi and Majid Takht-Ravanchi.",
			[]string{"Kazem Gharibabadi", "Majid Takht-Ravanchi"}, nil},
		{"presidents",
			"Summit\n\nLUANDA, June 11 (Reuters) - Angola and Zambia held a summit in Luanda on Thursday.\n" +
				"The summit was chaired by Presidents Joao Lourenco and Hakainde Hichilema.",
			[]string{"Lourenco", "Hichilema"}, nil},
	})
}

// TestQA11WalkoutMoment: a walkout timed by a moment of the session it
// leaves ("before the vote", "during the debate") is a walkout, also
// when the relative clause strands its "of" ("a session that B walked
// out of before the vote"); leaving another occasion is not.
func TestQA11WalkoutMoment(t *testing.T) {
	pub := time.Date(2026, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		walked     bool
	}{
		{"before the vote",
			"Council vote\n\nGENEVA, June 11 (AP) - The U.N. Human Rights Council voted on Thursday to extend its inquiry into Belarus.\n" +
				"Belarus's ambassador walked out before the vote.", true},
		{"stranded of",
			"Council vote\n\nGENEVA, June 11 (AP) - The U.N. Human Rights Council voted on Thursday to extend its inquiry into Belarus, at a session that Belarus's ambassador walked out of during the debate.", true},
		{"out of the session before the vote",
			"Council vote\n\nGENEVA, June 11 (AP) - The U.N. Human Rights Council voted on Thursday to extend its inquiry into Belarus.\n" +
				"Belarus's ambassador walked out of the session before the vote.", true},
		{"another occasion (control)",
			"Council vote\n\nGENEVA, June 11 (AP) - The U.N. Human Rights Council voted on Thursday to extend its inquiry into Belarus.\n" +
				"Belarus's ambassador walked out of a court hearing in Minsk last year.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body, Published: pub})
			ab := bulletText(r, "Absent/Excluded")
			if got := strings.Contains(ab, "Belarus walked out"); got != tc.walked {
				t.Errorf("Absent/Excluded %q, want a walkout: %v", ab, tc.walked)
			}
		})
	}
}
