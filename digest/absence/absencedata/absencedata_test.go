package absencedata

import (
	"testing"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/absence"
	"github.com/attache-bot/attache/digest/evaluate"
)

// TestPositive checks the labels (see the package comment).
func TestPositive(t *testing.T) {
	for _, c := range []struct {
		name, text string
		terms      []string
		want       bool
	}{
		{"United States", "U.S.", []string{"U.S."}, true},
		{"Johannes Hahn", "Hahn", []string{"Hahn", "EU"}, true},
		{"European Union", "EU", []string{"Hahn", "EU"}, true},
		{"Eurostat", "Eurostat", []string{"EU"}, false},
		{"Myanmar", "Myanmar", nil, false},
	} {
		if got := Positive(c.name, c.text, c.terms); got != c.want {
			t.Errorf("Positive(%q, %q, %q) = %v", c.name, c.text, c.terms, got)
		}
	}
}

// TestShippedModel checks that the embedded model is the one the training
// command makes from the quick-look sets with the shipped options.
func TestShippedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the absence model")
	}
	dirs, err := evaluate.QLDirs()
	if err != nil {
		t.Fatal(err)
	}
	e, err := digest.New(digest.WithoutAbsenceModel())
	if err != nil {
		t.Fatal(err)
	}
	arts, err := Load(e, dirs)
	if err != nil {
		t.Fatal(err)
	}
	m, err := absence.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold != Threshold {
		t.Fatalf("shipped threshold %v, absencedata.Threshold %v", m.Threshold, Threshold)
	}
	_, text := absence.Train(Examples(arts, ""), Options(Threshold))
	if text != absence.ShippedText() {
		t.Fatal("model.tsv is not what training on the quick-look sets makes: run go run ./digest/absence/cmd/train-absence")
	}
}
