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
			kp := qa11Bullet(r, "Key Participants")
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

// qa11Bullet returns the text of the bullet labelled label, or "".
func qa11Bullet(r Result, label string) string {
	for _, b := range r.QuickLook.Bullets {
		if b.Label == label {
			return b.Text
		}
	}
	return ""
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
