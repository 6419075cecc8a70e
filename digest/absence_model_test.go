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

// TestAbsenceModelOtherSenses: a negated verb of taking part in another
// sense names no absentee (review 28): "did not come up", "did not join
// the statement", "did not take a position", "did not send a
// congratulatory message", "did not show any interest".
func TestAbsenceModelOtherSenses(t *testing.T) {
	const lead = "BEIJING, June 12 (Reuters) - Chinese and European leaders held talks in Beijing on Thursday on trade and climate. Officials from both sides described the talks as frank. The leaders agreed to meet again next year. A joint statement on climate was issued. Business groups welcomed the outcome. Analysts said the summit had lowered tensions. "
	for _, s := range []string{
		"Taiwan did not come up in the talks, a Chinese official said.",
		"The United States did not join the statement.",
		"India did not take a position on the summit.",
		"Russia did not send a congratulatory message.",
		"Britain did not show any interest in the summit.",
	} {
		r := engine(t).Extract(Article{Body: lead + s, Published: time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)})
		if got := bulletText(r, "Absent/Excluded"); got != "" {
			t.Errorf("%q: Absent/Excluded %q, want none", s, got)
		}
	}
}
