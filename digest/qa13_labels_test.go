package digest

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestQA13MeetingSubject: a step's label names who meets by the subject of
// "will meet", without the verb of saying or the conjunction before it,
// and keeps a name's capitals while a common first word goes to lower
// case.
func TestQA13MeetingSubject(t *testing.T) {
	mar4 := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	const lead = "Foreign ministers of India and Bangladesh met in Dhaka on Tuesday for talks on sharing the water of the Ganges. "
	runQA6(t, []qa6Case{
		{name: "agreed that teams would meet",
			body: lead + "The two sides agreed that technical teams would meet in New Delhi in October.",
			pub:  mar4, label: "Next", want: []string{"Meeting of technical teams in New Delhi"}, not: []string{"agreed"}},
		{name: "officials said teams would meet",
			body: lead + "Officials said expert-level teams would meet in Kolkata on March 18.",
			pub:  mar4, label: "Next", want: []string{"Meeting of expert-level teams in Kolkata"}, not: []string{"said"}},
		{name: "a bloc's acronym keeps its capitals",
			body: lead + "IGAD foreign ministers are due to meet in Nairobi on April 9.",
			pub:  mar4, label: "Next", want: []string{"Meeting of IGAD foreign ministers in Nairobi"}},
		{name: "a common first word goes to lower case",
			body: lead + "Technical teams will meet in Kolkata on March 18.",
			pub:  mar4, label: "Next", want: []string{"Meeting of technical teams in Kolkata"}},
		{name: "a conjunction and a pronoun are no subject",
			body: lead + "\"We have not agreed on everything, but we will meet in Kolkata on March 18,\" the Indian minister said.",
			pub:  mar4, label: "Next", want: []string{"Meeting in Kolkata"}, not: []string{"but", "we"}},
	})
}

// TestQA13NoDecadeDate: a decade is no meeting's date. The judged article
// tl/03 gave "Talks in Yerevan, Armenia, the 1970s (197)" ("the use of
// Soviet-era maps from the 1970s as a reference, a demand long made by
// Yerevan").
func TestQA13NoDecadeDate(t *testing.T) {
	b, err := os.ReadFile("evaluate/quicklook/tl/03_armenia_azerbaijan_border.txt")
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(b), "\n\n")
	r := engine(t).Extract(Article{Title: title, Body: body, Published: time.Date(2026, 4, 29, 0, 0, 0, 0, time.UTC)})
	for _, bl := range r.QuickLook.Bullets {
		if bl.Label == "Meeting Location & Date" && (strings.Contains(bl.Text, "1970s") || strings.Contains(bl.Text, "(197)")) {
			t.Errorf("Meeting Location & Date: %q dates the talks by a decade", bl.Text)
		}
	}
}

// TestQA13CommissionerPortfolio: a commissioner's portfolio before the role
// is no affiliation ("Enlargement Commissioner Marta Kos" is not of
// "Enlargement"); an agency's acronym still is ("INS Commissioner").
func TestQA13CommissionerPortfolio(t *testing.T) {
	pub := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	cases := []struct{ name, body, person, notAffil, wantAffil string }{
		{"an EU portfolio", "Moldova opened accession talks with the EU in Luxembourg on Tuesday. Moldova's delegation was led by Prime Minister Alexandru Munteanu, while Enlargement Commissioner Marta Kos represented the European Commission.",
			"Marta Kos", "Enlargement", ""},
		{"control: an agency", "The talks in Havana on Tuesday covered migration. INS Commissioner Doris Meissner led the U.S. delegation.",
			"Doris Meissner", "", "Immigration and Naturalization Service"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: c.body, Published: pub})
			for _, p := range r.People {
				if p.Name != c.person {
					continue
				}
				if c.notAffil != "" && p.Affiliation == c.notAffil || c.wantAffil != "" && p.Affiliation != c.wantAffil {
					t.Errorf("%s: affiliation %q (role %q)", p.Name, p.Affiliation, p.Role)
				}
				return
			}
			t.Errorf("no person %s in %v", c.person, r.People)
		})
	}
}

// TestQA13PlaceTail: a place's name goes on over a lower-case particle and
// capitalised words the tagger cut it at ("Foz" of "Foz do Iguaçu"), not
// over a particle before a lower-case word or a person.
func TestQA13PlaceTail(t *testing.T) {
	pub := time.Date(2026, 6, 8, 0, 0, 0, 0, time.UTC)
	r := engine(t).Extract(Article{Body: "Brazilian and Paraguayan officials met in Foz do Iguaçu on Monday to discuss the dam. Delegates had gathered at the Palais des Nations in Geneva in May. Officials in Geneva de facto agreed.", Published: pub})
	var names []string
	for _, p := range r.Places {
		names = append(names, p.Name)
	}
	got := strings.Join(names, "; ")
	for _, want := range []string{"Foz do Iguaçu", "Palais des Nations"} {
		if !strings.Contains(got, want) {
			t.Errorf("places %q, want %q", got, want)
		}
	}
	if strings.Contains(got, "Geneva de") {
		t.Errorf("places %q: a particle before a lower-case word joined the name", got)
	}
	if b := bulletText(r, "Meeting Location & Date"); !strings.Contains(b, "Foz do Iguaçu") {
		t.Errorf("Meeting Location & Date: %q, want Foz do Iguaçu", b)
	}
}
