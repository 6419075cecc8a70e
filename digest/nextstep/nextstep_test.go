package nextstep

import (
	"math"
	"strings"
	"testing"
)

// cand builds a candidate from text: words split at spaces, "," "." as
// punctuation; the date is the words between [ and ].
func cand(text string) Cand {
	var c Cand
	for _, f := range strings.Fields(text) {
		switch f {
		case "[":
			c.A = len(c.Toks)
			continue
		case "]":
			c.B = len(c.Toks)
			continue
		}
		c.Toks = append(c.Toks, Token{Low: strings.ToLower(f), Punct: strings.Contains(",.", f)})
	}
	return c
}

// TestScoreMatchesNames checks that Score weighs exactly the features
// FeatureNames names (which training sees) and allocates nothing.
func TestScoreMatchesNames(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	var sc Scratch
	for _, text := range []string{
		"Transport ministers will meet in Aktau in [ April ] to sign a protocol .",
		"\" Show me the road open in [ March ] , \" one farmer said .",
		"[ Monday ]",
	} {
		c := cand(text)
		c.Rel, c.Tense, c.Phrase, c.Pos = "mnext", TFuture, 9, 2
		var names []string
		FeatureNames(&c, func(n string) { names = append(names, n) })
		if p, q := m.Score(&c, &sc), m.ScoreNames(names); math.Abs(p-q) > 1e-9 {
			t.Errorf("%q: Score %.6f, named features %.6f", text, p, q)
		}
		if n := testing.AllocsPerRun(10, func() { m.Score(&c, &sc) }); n != 0 {
			t.Errorf("%q: Score allocates %v times", text, n)
		}
	}
}

// TestFeatures checks the window features: the words before the date in
// its clause, a future marker, a hedge, a quotation.
func TestFeatures(t *testing.T) {
	for _, c := range []struct {
		text      string
		c0        int
		want, not []string
	}{
		{"Ministers will meet in Aktau in [ April ] .", 0, []string{"b:will", "fut", "p1:in", "p2:aktau", "n1:."}, []string{"hedge", "q"}},
		{"She hoped they could approve it before [ the summer ] .", 0, []string{"hedge", "b:could"}, nil},
		{"\" Show me the road open in [ March ] , \" he said .", 0, []string{"q"}, []string{"fut"}},
		{"Talks ended on Monday , and ministers will meet in [ May ] .", 5, []string{"b:ministers"}, []string{"b:talks"}},
	} {
		k := cand(c.text)
		k.C0 = c.c0
		got := map[string]bool{}
		FeatureNames(&k, func(n string) { got[n] = true })
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no feature %s", c.text, w)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: feature %s", c.text, w)
			}
		}
	}
}

// TestRel checks how values stand to the publication day.
func TestRel(t *testing.T) {
	for _, c := range []struct{ v, want string }{
		{"2026-03-03", "d+1"}, {"2026-03-06", "dweek"}, {"2026-03-20", "dmonth"}, {"2026-06-01", "dfar"},
		{"2026-W11", "week"}, {"2026-03", "msame"}, {"2026-04", "mnext"}, {"2026-08", "mlater"}, {"2027-02", "mfar"},
		{"2026-SU", "ypart"}, {"2026", "ysame"}, {"2027", "ynext"}, {"2030", "yfar"}, {"FUTURE_REF", "future"},
		{"P2W", "span"}, {"2026-03-02", "dpast"},
	} {
		if got := Rel(c.v, "2026-03-02"); got != c.want {
			t.Errorf("Rel(%s) = %s, want %s", c.v, got, c.want)
		}
	}
}

// TestParseRejects checks that a malformed model is an error.
func TestParseRejects(t *testing.T) {
	for _, s := range []string{"bias", "x\t1\t2", "x\tone"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q): no error", s)
		}
	}
}
