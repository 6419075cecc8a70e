package digest

import "testing"

// TestLeadParticipantsDefault: when no rule marks anyone as taking part
// in a meeting the story places, Key Participants lists the people the
// lead names with a role or a side. Controls: a story with people marked
// keeps its list (no lead bystander added); a lead with no venue gets no
// bullet.
func TestLeadParticipantsDefault(t *testing.T) {
	runQA11(t, []qa11Case{
		{"agreed at their summit",
			"TOKYO, March 12 (Kyodo) -- Prime Minister Shigeru Ishiba and Indian Prime Minister Narendra Modi agreed on Wednesday to step up cooperation in defence equipment and technology at their annual summit in Tokyo.\n\nThe two leaders signed an agreement on the joint development of unmanned ground vehicles.",
			[]string{"Shigeru Ishiba", "Narendra Modi"}, nil},
		{"marked people keep their list",
			"OSLO, March 12 (Reuters) - Norwegian Foreign Minister Espen Barth Eide met his Chilean counterpart Alberto van Klaveren in Oslo on Wednesday, a day after Prime Minister Jonas Gahr Store spoke of the fisheries accord in parliament.",
			[]string{"Espen Barth Eide", "Alberto van Klaveren"}, []string{"Store"}},
		{"no venue, no bullet",
			"Prime Minister Shigeru Ishiba said on Wednesday that Japan would raise defence spending next year.",
			nil, []string{"Ishiba"}},
	})
}
