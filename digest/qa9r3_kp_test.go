package digest

import (
	"slices"
	"testing"
)

// The cases below are invented sentences, none taken from the judged
// quick-look sets; each has a control that must not change.

// TestQA9R3ConflictRegions: a region of a country that diplomatic news
// names often (Tigray, Rakhine, Kordofan, Transnistria) is a place of
// that country, not a person, so "<Region>'s interim administration ...
// was not included" leaves that administration out.
func TestQA9R3ConflictRegions(t *testing.T) {
	tests := []struct {
		body, place, country, excluded string
	}{
		{"Envoys met in Addis Ababa on Monday to ease tension. Tigray's interim administration, which runs the north, was not included in the consultations.",
			"Tigray", "Ethiopia", "Tigray's interim administration"},
		{"Ministers met in Dhaka on Monday. Rakhine's interim administration, which controls the coast, was not invited.",
			"Rakhine", "Myanmar", "Rakhine's interim administration"},
		{"Aid convoys reached Kordofan on Monday, officials in Khartoum said.",
			"Kordofan", "Sudan", ""},
		{"Talks on Transnistria resumed in Chisinau on Monday.",
			"Transnistria", "Moldova", ""},
		// control: the same construction, the administration invited
		{"Envoys met in Addis Ababa on Monday to ease tension. Tigray's interim administration, which runs the north, was included in the consultations.",
			"Tigray", "Ethiopia", ""},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body})
			for _, m := range r.Mentions {
				if m.Text == tc.place && m.Type == PER {
					t.Errorf("%s tagged as a person", tc.place)
				}
			}
			found := false
			for _, p := range r.Places {
				found = found || p.Name == tc.place && p.Country == tc.country
			}
			if !found {
				t.Errorf("places %+v, want %s in %s", r.Places, tc.place, tc.country)
			}
			if tc.excluded == "" && len(r.Excluded) > 0 || tc.excluded != "" && !slices.Contains(r.Excluded, tc.excluded) {
				t.Errorf("excluded %q, want %q", r.Excluded, tc.excluded)
			}
		})
	}
}

// TestQA9R3RoleAppositive: a two-word name the tagger reads as a place is
// a person when a role title stands in apposition after it ("Musalia
// Mudavadi, Kenya's foreign minister"); a place with "the capital" after
// it stays a place.
func TestQA9R3RoleAppositive(t *testing.T) {
	tests := []struct {
		body, name string
		person     bool
	}{
		{"NAIROBI, March 3 (Reuters) - Chinese Foreign Minister Wang Yi held talks in Nairobi with Musalia Mudavadi, Kenya's foreign minister, on Monday.", "Musalia Mudavadi", true},
		{"NAIROBI, March 3 (Reuters) - Chinese Foreign Minister Wang Yi held talks in Nairobi with Musalia Mudavadi, the country's Prime Cabinet Secretary, on Monday.", "Musalia Mudavadi", true},
		// controls: a place in apposition with a place noun
		{"BEIJING, March 3 (Reuters) - Chinese Foreign Minister Wang Yi arrived in Addis Ababa, the Ethiopian capital, on Monday.", "Addis Ababa", false},
		{"BEIJING, March 3 (Reuters) - Chinese Foreign Minister Wang Yi arrived in Nairobi on Monday.", "Musalia Mudavadi", false},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body})
			got := false
			for _, p := range r.People {
				got = got || p.Name == tc.name && p.Participant
			}
			if got != tc.person {
				t.Errorf("%s a participant: %v, want %v (people %+v)", tc.name, got, tc.person, r.People)
			}
		})
	}
}

// TestQA9R3CouncilSpeakerAway (review 20, group 2): in a council story an
// ambassador who speaks outside the session takes no part: a former
// ambassador, one accredited to another country, one who boycotted it or
// was not invited, one quoted from a statement, an interview, Telegram or
// outside the chamber; the members who speak in it still do.
func TestQA9R3CouncilSpeakerAway(t *testing.T) {
	runReview16(t, []review16Case{
		{"boycotted, not invited, outside",
			"NEW YORK, May 4 (Reuters) - The U.N. Security Council held an emergency meeting on Northland on Tuesday. Lorn's Ambassador Ida Brenn told the council that the shelling must stop. Northland's Ambassador Omar Fell, who boycotted the session, said it was illegitimate. Tom Vale, Sudland's ambassador, who was not invited to speak, told reporters the figures were false.",
			[]string{"Ida Brenn"}, []string{"Omar Fell", "Tom Vale"}},
		{"statement, interview, Telegram",
			"NEW YORK, May 4 (Reuters) - The U.N. Security Council met on Tuesday on the war in Northland. U.S. Ambassador Ida Brenn said the council must act. Ambassador Omar Fell said in a statement that Lorn would not attend. Ambassador Tom Vale said on Telegram that the meeting was a farce. Ambassador Ana Ruiz said in a radio interview that she backed the strikes.",
			[]string{"Ida Brenn"}, []string{"Omar Fell", "Tom Vale", "Ana Ruiz"}},
		{"former, ambassador to another country",
			"NEW YORK, May 4 (Reuters) - The U.N. Security Council held a meeting on Northland on Tuesday. Lorn's U.N. ambassador, Ida Brenn, said foreign forces must leave. Former U.S. Ambassador Omar Fell said the council had failed. Sudland's ambassador to Germany, Tom Vale, said in Berlin that the meeting was a farce.",
			[]string{"Ida Brenn"}, []string{"Omar Fell", "Tom Vale"}},
		// control: the statement of another clause is not the speaker's
		{"a joint statement of others (control)",
			"NEW YORK, May 4 (Reuters) - The U.N. Security Council held a meeting on Northland on Tuesday. U.S. Ambassador Ida Brenn called the veto shameful, while Lorn and Sudland, in a joint statement, said they would keep pressing for access.",
			[]string{"Ida Brenn"}, nil},
	})
}
