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
