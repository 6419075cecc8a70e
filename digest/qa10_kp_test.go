package digest

import (
	"slices"
	"strings"
	"testing"
)

// The cases below are invented sentences, none taken from the judged
// quick-look sets; each rule has a control that must not change.

// qa10Bullet returns the text of the quick-look bullet label, or "".
func qa10Bullet(r Result, label string) string {
	for _, b := range r.QuickLook.Bullets {
		if b.Label == label {
			return b.Text
		}
	}
	return ""
}

// TestQA10NeitherNor: "Neither A nor B was invited / attended / took
// part" leaves both sides out; a body of no name keeps its words ("the
// army-backed government"); "neither confirmed nor denied" and a pair
// that did take part are no absence.
func TestQA10NeitherNor(t *testing.T) {
	tests := []struct {
		body string
		want []string // excluded; nil: none
	}{
		{"Donors met in Oslo on Monday to raise aid for Yemen. Neither the Houthis nor the Southern Transitional Council was invited.",
			[]string{"Houthis", "Southern Transitional Council"}},
		{"Donors met in Oslo on Monday to raise aid for Yemen. Neither the army-backed government nor Hamas was invited.",
			[]string{"army-backed government", "Hamas"}},
		{"Ministers met in Vienna on Monday to discuss the canal. Neither Egypt nor Ethiopia attended.",
			[]string{"Egypt", "Ethiopia"}},
		// controls
		{"Ministers met in Vienna on Monday to discuss the canal. Neither Egypt nor Ethiopia confirmed the report.", nil},
		{"Ministers met in Vienna on Monday to discuss the canal. Both Egypt and Ethiopia attended.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body})
			for _, w := range tc.want {
				if !slices.Contains(r.Excluded, w) {
					t.Errorf("excluded %q, want %q in it", r.Excluded, w)
				}
			}
			if tc.want == nil && len(r.Excluded) > 0 {
				t.Errorf("excluded %q, want none", r.Excluded)
			}
		})
	}
}

// TestQA10EnvoyWalkout: "<Country>'s ambassador walked out of the chamber
// in protest" is a walkout by that country ("in protest" names no other
// event); walking out of a hospital, or an ambassador who stays, is none.
func TestQA10EnvoyWalkout(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"GENEVA, May 13 (AP) - The Permanent Council approved a resolution on Tuesday on elections. Chad's ambassador walked out of the chamber in protest.", "Chad walked out"},
		{"GENEVA, May 13 (AP) - The council approved a resolution on Tuesday, after Peru's envoy walked out of the hall in protest at the text.", "Peru walked out"},
		{"GENEVA, May 13 (AP) - The Permanent Council approved a resolution on Tuesday on elections. Chad walked out of the session in protest.", "Chad walked out"},
		// controls
		{"GENEVA, May 13 (AP) - The Permanent Council approved a resolution on Tuesday on elections. Chad's ambassador walked out of the hospital on Monday.", ""},
		{"GENEVA, May 13 (AP) - The Permanent Council approved a resolution on Tuesday on elections. Chad's ambassador stayed in the chamber.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			got := qa10Bullet(engine(t).Extract(Article{Body: tc.body}), "Absent/Excluded")
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("Absent/Excluded %q, want %q", got, tc.want)
			}
		})
	}
}

// TestQA10BrokeredParties: when no one named takes part but a go-between
// is known ("in a swap mediated by the United Arab Emirates"), Key
// Participants names the parties and the mediator; with a named
// participant it lists people as before.
func TestQA10BrokeredParties(t *testing.T) {
	tests := []struct {
		body, want, not string
	}{
		{"KYIV, July 17 (AFP) - Ukraine and Russia exchanged 95 prisoners each on Thursday, in a swap mediated by the United Arab Emirates, both sides said.",
			"United Arab Emirates (mediator)", ""},
		// control: a named negotiator takes part
		{"KYIV, July 17 (AFP) - Ukrainian envoy Rustem Umerov met Russian negotiator Vladimir Medinsky in Abu Dhabi on Thursday, in talks mediated by the United Arab Emirates.",
			"Umerov", "(mediator)"},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			got := qa10Bullet(engine(t).Extract(Article{Body: tc.body}), "Key Participants")
			if !strings.Contains(got, tc.want) || tc.not != "" && strings.Contains(got, tc.not) {
				t.Errorf("Key Participants %q, want %q and not %q", got, tc.want, tc.not)
			}
		})
	}
}
