package agendadata

import (
	"testing"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/agenda"
	"github.com/attache-bot/attache/digest/evaluate"
)

// TestPositive checks the labels (see the package comment).
func TestPositive(t *testing.T) {
	key := "security arrangements; return of displaced people; elections"
	for _, c := range []struct {
		phrase string
		terms  []string
		want   bool
	}{
		{"security arrangements", []string{"security arrangements", "security"}, true},
		{"the return of displaced people", []string{"displaced"}, true},
		{"cover security arrangements", []string{"security"}, false}, // 2 of 3 words
		{"leaders discussed elections", []string{"elections"}, false},
		{"Electionsx", []string{"elections"}, false},
		{"Nairobi", []string{"elections"}, false},
	} {
		if got := Positive(c.phrase, c.terms, key); got != c.want {
			t.Errorf("Positive(%q, %q) = %v", c.phrase, c.terms, got)
		}
	}
}

// TestShippedModel checks that the embedded model is the one the training
// command makes from the quick-look sets with the shipped threshold.
func TestShippedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the agenda model")
	}
	dirs, err := evaluate.QLDirs()
	if err != nil {
		t.Fatal(err)
	}
	e, err := digest.New(digest.WithoutAgendaModel())
	if err != nil {
		t.Fatal(err)
	}
	arts, err := Load(e, dirs)
	if err != nil {
		t.Fatal(err)
	}
	m, err := agenda.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold != Threshold {
		t.Fatalf("shipped threshold %v, agendadata.Threshold %v", m.Threshold, Threshold)
	}
	_, text := agenda.Train(Examples(arts, ""), Options(Threshold))
	if text != agenda.ShippedText() {
		t.Fatal("model.tsv is not what training on the quick-look sets makes: run go run ./digest/agenda/cmd/train-agenda")
	}
}
