package logreg

import (
	"strings"
	"testing"
)

// TestFormatParse checks the text round trip: features sorted by name,
// the threshold exactly as given, and the errors of a bad line.
func TestFormatParse(t *testing.T) {
	m := &Model{Weights: Weights{W: map[string]float32{"b:x": -0.5, "a:y": 2}, Bias: -1.5}, Threshold: 0.65}
	text := m.Format("toy model")
	want := "# toy model: feature, then its weight\nbias\t-1.5\nthreshold\t0.65\na:y\t2\nb:x\t-0.5\n"
	if text != want {
		t.Fatalf("Format = %q, want %q", text, want)
	}
	p, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if p.Threshold != 0.65 || p.Bias != -1.5 || len(p.W) != 2 || p.W["a:y"] != 2 || p.W["b:x"] != -0.5 {
		t.Errorf("Parse(Format(m)) = %+v", p)
	}
	for _, bad := range []string{"a:y 2\n", "a:y\tx\n", "\t1\n", "a\t1\t2\n"} {
		if _, err := Parse(bad); err == nil || !strings.HasPrefix(err.Error(), "model line 1: ") {
			t.Errorf("Parse(%q) error %v", bad, err)
		}
	}
}

// TestTrain checks that training is reproducible and learns a separable
// toy set.
func TestTrain(t *testing.T) {
	var ex []Example
	for range 30 {
		ex = append(ex, Example{Names: []string{"good", "x"}, Positive: true}, Example{Names: []string{"bad", "x"}})
	}
	a, b := Train(ex, Options{Threshold: 0.5}), Train(ex, Options{Threshold: 0.5})
	if a.Format("m") != b.Format("m") {
		t.Fatal("two trainings differ")
	}
	if p := a.ScoreNames([]string{"good", "x"}); p < 0.9 {
		t.Errorf("positive scored %.3f", p)
	}
	if p := a.ScoreNames([]string{"bad", "x"}); p > 0.1 {
		t.Errorf("negative scored %.3f", p)
	}
}
