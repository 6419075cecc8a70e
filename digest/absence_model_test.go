package digest

import (
	"strings"
	"testing"
	"time"
)

// TestAbsenceModel checks the learned absence reader beside the rules: it
// adds an absentee the rules miss, with the sentence that tells of it;
// it never adds one the rules seat, list already (by a short name too) or
// read in another time; and WithoutAbsenceModel leaves the rules alone.
func TestAbsenceModel(t *testing.T) {
	pub := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	const lead = "Foreign ministers of Kazakhstan and Uzbekistan met in Geneva on Tuesday for talks on sharing the waters of the Syr Darya, mediated by Turkey. "
	for _, c := range []struct {
		name, body string
		want, not  []string
	}{
		{name: "has still not been invited",
			body: lead + "Kyrgyzstan, which controls the upstream reservoirs, has still not been invited.",
			want: []string{"Kyrgyzstan", "has still not been invited"}},
		{name: "another time",
			body: lead + "Kyrgyzstan was not invited to the talks in Almaty in 2019.",
			not:  []string{"Kyrgyzstan"}},
		{name: "a participant is not absent",
			body: lead + "Kazakh Foreign Minister Murat Nurtleu, who led his country's delegation, did not comment.",
			not:  []string{"Nurtleu", "Kazakhstan"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := bulletText(engine(t).Extract(Article{Body: c.body, Published: pub}), "Absent/Excluded")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("Absent/Excluded %q, want %q", got, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					t.Errorf("Absent/Excluded %q, want no %q", got, w)
				}
			}
		})
	}
	t.Run("without the model", func(t *testing.T) {
		e, err := New(WithoutAbsenceModel())
		if err != nil {
			t.Fatal(err)
		}
		body := lead + "Kyrgyzstan, which controls the upstream reservoirs, has still not been invited."
		if got := bulletText(e.Extract(Article{Body: body, Published: pub}), "Absent/Excluded"); got != "" {
			t.Errorf("rules alone: Absent/Excluded %q", got)
		}
	})
	t.Run("one name per party", func(t *testing.T) {
		body := lead + "The Rapid Support Forces (RSF) did not send anyone, and the RSF said it would not attend."
		r := engine(t).Extract(Article{Body: body, Published: pub})
		n := 0
		for _, x := range r.Excluded {
			if x == "RSF" || x == "Rapid Support Forces" {
				n++
			}
		}
		if n > 1 {
			t.Errorf("Excluded %q lists the RSF twice", r.Excluded)
		}
	})
}

// TestAbsenceCap checks that the model adds none past maxAbsentees.
func TestAbsenceCap(t *testing.T) {
	pub := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	body := "Foreign ministers of Kazakhstan and Uzbekistan met in Geneva on Tuesday for talks mediated by Turkey. " +
		"Kyrgyzstan has still not been invited. Tajikistan has still not been invited. Afghanistan has still not been invited. " +
		"Turkmenistan has still not been invited. Mongolia has still not been invited. Iran has still not been invited."
	r := engine(t).Extract(Article{Body: body, Published: pub})
	if len(r.Excluded) > maxAbsentees {
		t.Errorf("Excluded %q: more than %d", r.Excluded, maxAbsentees)
	}
}
