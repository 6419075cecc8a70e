package digest

import (
	"strings"
	"testing"
	"time"
)

// TestQA10cNamedBrokers (review 23, group 2): a go-between the text names
// by "mediated/brokered by X" or "X and Y mediators" is listed in Key
// Participants even when a party is not a state or X is the dateline's
// country; every go-between of a coordinated list is named.
func TestQA10cNamedBrokers(t *testing.T) {
	runQA11(t, []qa11Case{
		{"mediated by two", "Talks resume\n\nTUNIS, April 9 (Reuters) - Chad's army and the FACT rebels resumed talks on Thursday in talks mediated by Algeria and Ghana.",
			[]string{"Algeria (mediator)", "Ghana (mediator)"}, nil},
		{"brokered by two", "Truce extended\n\nACCRA, April 9 (Reuters) - Niger and the JNIM militants agreed on Thursday to extend a truce in a deal brokered by Benin and Togo.",
			[]string{"Benin (mediator)", "Togo (mediator)"}, nil},
		{"brokered by the dateline country", "Swap done\n\nLOME, April 9 (Reuters) - Ostmark and Liran swapped prisoners in Lome on Thursday in a deal brokered by Togo.",
			[]string{"Togo (mediator)"}, nil},
		{"two mediators said, non-state party", "Talks resume\n\nBAMAKO, April 9 (Reuters) - Negotiators from Ostmark and Liran resumed talks on Thursday, Ghanaian and Nigerian mediators said.",
			[]string{"Ghana (mediator)", "Nigeria (mediator)"}, nil},
		{"two mediators said, state and rebels", "Talks resume\n\nBAMAKO, April 9 (Reuters) - Chad's army and the FACT rebels resumed talks on Thursday, Algerian and Nigerian mediators said.",
			[]string{"Algeria (mediator)", "Nigeria (mediator)"}, nil},
	})
}

// TestQA10cDeputyRound (review 23, group 6): a country is represented at a
// lower level only when it sends a lower rank than the others; a round
// where the other parties also send officials below minister is not.
func TestQA10cDeputyRound(t *testing.T) {
	pub := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		body  string
		lower bool
	}{
		{"Border talks\n\nOSLO, April 9 (Reuters) - Turkey and Norway, Sweden and Denmark held talks in Oslo on Thursday on the border regime.\nTurkey sent its deputy foreign minister Kemal Aydin, and the three Nordic countries sent their political directors.", false},
		{"Border talks\n\nOSLO, April 9 (Reuters) - Turkey and Norway, Sweden and Denmark held talks in Oslo on Thursday on the border regime.\nTurkey sent its deputy foreign minister Kemal Aydin, while the three Nordic countries sent their deputies.", false},
		// control: the others sent ministers
		{"Border talks\n\nOSLO, April 9 (Reuters) - Turkey and Norway, Sweden and Denmark held talks in Oslo on Thursday on the border regime.\nTurkey sent its deputy foreign minister Kemal Aydin, and the three Nordic countries sent their foreign ministers.", true},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body, Published: pub})
			if ab := bulletText(r, "Absent/Excluded"); strings.Contains(ab, "lower level") != tc.lower {
				t.Errorf("Absent/Excluded %q, want lower level %v", ab, tc.lower)
			}
			// the envoy takes part for his country either way
			if kp := bulletText(r, "Key Participants"); !strings.Contains(kp, "Kemal Aydin") {
				t.Errorf("Key Participants %q, want Kemal Aydin", kp)
			}
		})
	}
}
