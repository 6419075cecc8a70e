package absence

import (
	"math"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/internal/logreg"
)

// cand builds a candidate from text: words split at spaces, "," "." "("
// ")" as punctuation; the mention is the words between [ and ].
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
		c.Toks = append(c.Toks, Token{Low: strings.ToLower(f), Punct: strings.Contains(",.()", f)})
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
		"[ Myanmar ] did not send anyone to the talks .",
		"Rwanda , which UN experts say has troops there , was not party to [ the talks ] .",
		"The summit went ahead without [ Eritrea ] .",
		"[ Geneva ]",
	} {
		c := cand(text)
		c.Kind, c.Pos = KindCountry, 2
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

// TestFeatures checks the structural features: the window after an aside,
// a relative clause, a negated verb of taking part.
func TestFeatures(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"[ Myanmar ] did not send anyone .", []string{"ng:send", "neg:part", "neg:near", "v1:did", "n1:did"}, []string{"aside", "rel"}},
		{"[ Rwanda ] , which has troops there , was not invited .", []string{"aside", "ng:invited", "v1:was", "neg:part"}, []string{"a:troops", "rel"}},
		{"The NAS , which left the [ Tumaini ] process , was not invited .", []string{"rel", "a:process"}, []string{"ng:invited", "aside"}},
		{"The EU envoy was kept out of the room , while [ Greece ] stayed .", []string{"away:b", "a:stayed"}, []string{"a:kept"}},
	} {
		k := cand(c.text)
		got := map[string]bool{}
		FeatureNames(&k, func(n string) { got[n] = true })
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no feature %q in %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: feature %q", c.text, w)
			}
		}
	}
}

// TestCue checks the switch of Cue against the lexicons it stands for.
func TestCue(t *testing.T) {
	for w := range negations {
		if !Cue(w) {
			t.Errorf("Cue(%q) = false", w)
		}
	}
	for w := range awayWords {
		if !Cue(w) {
			t.Errorf("Cue(%q) = false", w)
		}
	}
	n := 0
	for _, w := range strings.Fields("only talks met said invited attend the") {
		if Cue(w) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Cue holds %d of only/talks/met/said/invited/attend/the, want 1 (only)", n)
	}
}

// TestParse checks the model text round trip and its errors.
func TestParse(t *testing.T) {
	lm := logreg.Model{Weights: logreg.Weights{W: map[string]float32{"k:per": -0.5, "a:away": 2}, Bias: -1.5}, Threshold: 0.6}
	m, err := Parse(lm.Format(modelName))
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold != 0.6 || m.wts.Bias != -1.5 || m.wts.W["a:away"] != 2 || m.wts.W["k:per"] != -0.5 {
		t.Errorf("Parse(Format(...)) = %+v", m)
	}
	for _, bad := range []string{"a:away 2\n", "a:away\tx\n", "\t1\n"} {
		if _, err := Parse(bad); err == nil || !strings.HasPrefix(err.Error(), "absence: ") {
			t.Errorf("Parse(%q) error %v", bad, err)
		}
	}
}

// TestTrainDeterministic checks that training twice gives the same text
// and that the model learns a separable toy set.
func TestTrainDeterministic(t *testing.T) {
	var ex []Example
	for i := range 40 {
		ex = append(ex, Example{Names: []string{"neg:part", "k:country"}, Positive: true, Bag: i},
			Example{Names: []string{"k:country", "a:said"}, Bag: 100 + i})
	}
	o := TrainOptions{Options: logreg.Options{Threshold: 0.5}, Rounds: 2}
	m1, t1 := Train(ex, o)
	_, t2 := Train(ex, o)
	if t1 != t2 {
		t.Fatal("two trainings differ")
	}
	if p := m1.ScoreNames([]string{"neg:part", "k:country"}); p < 0.9 {
		t.Errorf("positive scored %.3f", p)
	}
	if p := m1.ScoreNames([]string{"k:country", "a:said"}); p > 0.1 {
		t.Errorf("negative scored %.3f", p)
	}
}

// TestGeneral: the words around a mention are lexical; the reading of
// its clause (negated verbs of taking part, staying away, kinds, times)
// is general.
func TestGeneral(t *testing.T) {
	for name, want := range map[string]bool{
		"a:not": false, "b:talks": false, "p1:the": false, "v1:did": false, "a2:did_not": false, "n1:,": false,
		"neg:part": true, "away:a": true, "k:country": true, "pos:1": true, "past:a": true, "rel": true,
		"ng:attend": true, "ng:off": true, "ng:rule": false, "nb:invite": true,
	} {
		if got := General(name); got != want {
			t.Errorf("General(%q) = %v, want %v", name, got, want)
		}
	}
}
