package agenda

import (
	"math"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/internal/logreg"
)

// sentence builds a Sentence from text: words split at spaces, "," "." ":"
// as punctuation.
func sentence(text string) Sentence {
	var s Sentence
	for _, f := range strings.Fields(text) {
		if f == "," || f == "." || f == ":" {
			s.Toks = append(s.Toks, Token{Low: f, Punct: true})
			continue
		}
		s.Toks = append(s.Toks, Token{Low: strings.ToLower(f), Cap: f[0] >= 'A' && f[0] <= 'Z'})
	}
	return s
}

// weightOf is the weight the model gives a feature name (0 unknown).
func (m *Model) weightOf(name string) float32 {
	if i, ok := miscIndex[name]; ok {
		return m.misc[i]
	}
	for slot, p := range slotPrefix {
		if w, ok := strings.CutPrefix(name, p); ok {
			if r := m.words.get(wordHash(w)); r != nil {
				return r.w[slot]
			}
			return 0
		}
	}
	return 0
}

// TestScoreMatchesNames checks that Score weighs exactly the features
// FeatureNames names (which training sees): for every candidate of
// Chunks, the probability from the named features' weights equals
// Score's, and Score offers the candidates of Chunks.
func TestScoreMatchesNames(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	m.Threshold = 0
	for _, text := range []string{
		"Officials said electricity sales and tariffs would be discussed , along with border security .",
		"The return of displaced people is also on the table in Nairobi on Tuesday .",
		"Talks will cover security arrangements : the ceasefire monitoring mechanism and 2026 elections",
		"Geneva",
	} {
		s := sentence(text)
		s.Pos, s.Venue, s.Rule = 2, true, true
		s.Toks[0].Ent = EntPlace
		type span struct{ a, b int }
		var want []span
		Chunks(s.Toks, func(a, b int) { want = append(want, span{a, b}) })
		var sc Scratch
		i := 0
		m.Score(&s, &sc, func(a, b int, p float64) {
			if i >= len(want) || want[i] != (span{a, b}) {
				t.Fatalf("%q: Score's candidate %d is [%d,%d), Chunks gives %v", text, i, a, b, want)
			}
			z := float64(m.bias)
			FeatureNames(&s, a, b, func(n string) { z += float64(m.weightOf(n)) })
			if q := logreg.Logistic(z); math.Abs(q-p) > 1e-4 {
				t.Errorf("%q [%d,%d): Score %.5f, named features %.5f", text, a, b, p, q)
			}
			i++
		})
		if i != len(want) {
			t.Errorf("%q: Score offered %d candidates, Chunks %d", text, i, len(want))
		}
	}
}

// TestChunks checks the candidate phrases of a sentence.
func TestChunks(t *testing.T) {
	s := sentence("Officials said the return of displaced people and electricity sales would be discussed .")
	var got []string
	Chunks(s.Toks, func(a, b int) {
		var ws []string
		for _, tk := range s.Toks[a:b] {
			ws = append(ws, tk.Low)
		}
		got = append(got, strings.Join(ws, " "))
	})
	want := "officials|return|return of displaced people|displaced people|people|electricity sales|sales"
	if strings.Join(got, "|") != want {
		t.Fatalf("chunks %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestTrainDeterministicAndLearns trains twice on a small separable set:
// the texts are equal, and the model ranks its positives above its
// negatives.
func TestTrainDeterministicAndLearns(t *testing.T) {
	var ex []Example
	for _, c := range []struct {
		text string
		a, b int
		pos  bool
	}{
		{"talks will cover security arrangements", 3, 5, true},
		{"talks will cover border trade", 3, 5, true},
		{"talks will cover water sharing", 3, 5, true},
		{"Ministers met in Geneva on Tuesday", 0, 1, false},
		{"Ministers met in Geneva on Tuesday", 3, 4, false},
		{"the envoy arrived late", 1, 2, false},
	} {
		s := sentence(c.text)
		var names []string
		FeatureNames(&s, c.a, c.b, func(n string) { names = append(names, n) })
		ex = append(ex, Example{Names: names, Positive: c.pos})
	}
	m1, text1 := Train(ex, TrainOptions{Threshold: 0.5})
	if _, text2 := Train(ex, TrainOptions{Threshold: 0.5}); text1 != text2 {
		t.Fatal("two trainings on the same data differ")
	}
	if m1.Threshold != 0.5 {
		t.Fatalf("threshold %v", m1.Threshold)
	}
	var sc Scratch
	s := sentence("talks will cover fishing rights")
	found := false
	m1.Score(&s, &sc, func(a, b int, p float64) { found = found || a == 3 && b == 5 })
	if !found {
		t.Error("the model does not find a topic after 'talks will cover'")
	}
	s = sentence("Ministers met in Paris")
	m1.Score(&s, &sc, func(a, b int, p float64) { t.Errorf("topic [%d,%d) p=%.2f in %q", a, b, p, "Ministers met in Paris") })
}

// TestParseRejects checks the model reader's errors.
func TestParseRejects(t *testing.T) {
	for _, s := range []string{"w:x", "w:x\tone", "zz\t1", "q:x\t1", "w:x\t1\t2"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) accepted", s)
		}
	}
}

// TestScoreAllocs checks that scoring allocates nothing once the scratch
// has grown: it runs on every sentence of every article.
func TestScoreAllocs(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	s := sentence("Officials said electricity sales and tariffs would be discussed , along with border security .")
	var sc Scratch
	n := 0
	fn := func(a, b int, p float64) { n++ }
	m.Score(&s, &sc, fn)
	if a := testing.AllocsPerRun(100, func() { m.Score(&s, &sc, fn) }); a != 0 {
		t.Fatalf("Score allocates %.0f times", a)
	}
}

// BenchmarkScore measures one sentence.
func BenchmarkScore(b *testing.B) {
	m, err := Shipped()
	if err != nil {
		b.Fatal(err)
	}
	s := sentence("Officials said electricity sales and tariffs would be discussed , along with border security .")
	var sc Scratch
	for b.Loop() {
		m.Score(&s, &sc, func(a, b int, p float64) {})
	}
}
