package nextdata

import (
	"testing"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/evaluate"
	"github.com/attache-bot/attache/digest/nextstep"
)

// TestHolds checks the labels (see the package comment): an ISO term
// matches the value whole, a word term the phrase.
func TestHolds(t *testing.T) {
	q := &evaluate.QLArticle{File: evaluate.QLFile{Checks: []evaluate.QLCheck{
		{Bullet: "Next", Has: []string{"2026-07"}},
		{Bullet: "Next", Has: []string{"Aktau"}},
		{Bullet: "Agenda", Has: []string{"tariffs"}},
	}}}
	for _, c := range []struct {
		item string
		want bool
	}{
		{"Meeting in Foz: July (2026-07)", true},
		{"Meeting in Foz: July 14 (2026-07-14)", false},
		{"Transport ministers will meet in Aktau: April (2026-04)", true},
		{"Talks on tariffs: May (2026-05)", false},
		{"", false},
	} {
		if got := Holds(q, c.item); got != c.want {
			t.Errorf("Holds(%q) = %v", c.item, got)
		}
	}
}

// TestShippedModel checks that the embedded model is the one the training
// command makes from the quick-look sets with the shipped options.
func TestShippedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the next-step model")
	}
	dirs, err := evaluate.QLDirs()
	if err != nil {
		t.Fatal(err)
	}
	e, err := digest.New(digest.WithoutNextModel())
	if err != nil {
		t.Fatal(err)
	}
	arts, err := Load(e, dirs)
	if err != nil {
		t.Fatal(err)
	}
	m, err := nextstep.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold != Threshold {
		t.Fatalf("shipped threshold %v, nextdata.Threshold %v", m.Threshold, Threshold)
	}
	_, text := nextstep.Train(Examples(arts, ""), Options(Threshold))
	if text != nextstep.ShippedText() {
		t.Fatal("model.tsv is not what training on the quick-look sets makes: run go run ./digest/nextstep/cmd/train-next")
	}
}
