package stance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeatureNamesMatchKeys checks that the named features training writes
// and the hashed ones prediction reads are the same features: every
// name's key (as Parse computes it) equals the key prediction emits.
func TestFeatureNamesMatchKeys(t *testing.T) {
	for _, s := range []string{
		`"Haiti is not a ward of this council," he said.`,
		"The opposition called it a SHAMEFUL capitulation — why now?",
		"Tractors aren’t tanks, Tusk said, and don't belong in Warsaw.",
		"Ministr Zelenskyy’s «Ukraine» Ünal İstanbul 2026",
	} {
		t.Run(s[:10], func(t *testing.T) {
			var keys []uint64
			featureKeys(s, func(k uint64) { keys = append(keys, k) })
			i := 0
			FeatureNames(s, func(name string, k uint64) {
				if i >= len(keys) || keys[i] != k {
					t.Fatalf("feature %d %q: key %x, prediction emitted %v", i, name, k, keys[i:])
				}
				nk, ok := nameKey(name)
				if !ok || nk != k {
					t.Errorf("nameKey(%q) = %x, %v; want %x", name, nk, ok, k)
				}
				i++
			})
			if i != len(keys) || i == 0 {
				t.Fatalf("%d named features, %d keys", i, len(keys))
			}
		})
	}
}

// TestNegationScope checks that the three words after a negator, and only
// they, get negated features.
func TestNegationScope(t *testing.T) {
	var neg []string
	FeatureNames("This is not a good deal for anyone at all", func(name string, _ uint64) {
		if strings.HasPrefix(name, "n:") {
			neg = append(neg, name)
		}
	})
	if got := strings.Join(neg, " "); got != "n:a n:good n:deal" {
		t.Fatalf("negated features %q", got)
	}
}

// TestTrainDeterministicAndLearns trains twice on a small separable set:
// the two model texts are equal, the text reads back to the same
// predictions, and the model gets its own training sentences right.
func TestTrainDeterministicAndLearns(t *testing.T) {
	ex := []Example{
		{Sentence: "The minister welcomed the agreement as a historic step.", Stance: "supportive"},
		{Sentence: "We welcome this historic deal.", Stance: "supportive"},
		{Sentence: "The opposition condemned the deal as a betrayal.", Stance: "critical"},
		{Sentence: "This betrayal will not stand.", Stance: "critical"},
		{Sentence: "The talks will resume on Tuesday in Geneva.", Stance: "neutral"},
		{Sentence: "The next round is scheduled for March.", Stance: "neutral"},
		{Sentence: "It is a step, but not enough.", Stance: "mixed"},
		{Sentence: "A welcome step, but far from enough.", Stance: "mixed"},
	}
	m1, text1 := Train(ex, TrainOptions{})
	_, text2 := Train(ex, TrainOptions{})
	if text1 != text2 {
		t.Fatal("two trainings on the same data differ")
	}
	m3, err := Parse(text1)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex {
		got, _ := m1.Predict(e.Sentence)
		back, _ := m3.Predict(e.Sentence)
		if got != e.Stance || back != got {
			t.Errorf("%q: trained %s, read back %s, want %s", e.Sentence, got, back, e.Stance)
		}
	}
}

// TestParseRejects checks the model reader's errors.
func TestParseRejects(t *testing.T) {
	for _, s := range []string{"w:x\t1\t2\t3", "w:x\t1\t2\t3\tfour", "zz\t1\t2\t3\t4", "b:nounderscore\t1\t2\t3\t4"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) accepted", s)
		}
	}
}

// TestShippedModel loads the embedded model and checks it is the one the
// training command makes from the data in the repository, and that it
// beats the majority class on the held-out test sentences.
func TestShippedModel(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.w) < 1000 {
		t.Fatalf("shipped model has %d features", len(m.w))
	}
	f, err := os.Open("data/test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	test, err := ReadExamples(f)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob("data/train*.jsonl")
	var train []Example
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		ex, err := ReadExamples(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		train = append(train, ex...)
	}
	if _, text := Train(train, TrainOptions{}); text != shipped {
		t.Fatalf("model.tsv is not what training on %v makes: run go run ./digest/stance/cmd/train-stance", names)
	}
	acc, _ := m.Accuracy(test)
	counts := map[string]int{}
	for _, e := range test {
		counts[e.Stance]++
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	if floor := float64(most) / float64(len(test)); acc <= floor+0.15 {
		t.Fatalf("test accuracy %.3f, majority class %.3f", acc, floor)
	}
	t.Logf("test accuracy %.3f on %d sentences", acc, len(test))
}

// TestPredictAllocs checks that prediction allocates nothing: it runs on
// every reaction the rules leave neutral.
func TestPredictAllocs(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	s := `"The G20 is not a private club whose membership is decided by one country," he said.`
	if n := testing.AllocsPerRun(100, func() { m.Predict(s) }); n != 0 {
		t.Fatalf("Predict allocates %.0f times", n)
	}
}

// BenchmarkPredict measures one reaction sentence.
func BenchmarkPredict(b *testing.B) {
	m, err := Shipped()
	if err != nil {
		b.Fatal(err)
	}
	s := `"The G20 is not a private club whose membership is decided by one country," he said.`
	for b.Loop() {
		m.Predict(s)
	}
}
