package stancedata

import (
	"strconv"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/evaluate"
	"github.com/attache-bot/attache/digest/stance"
)

// TestCheckExamples checks the labels drawn from Reactions checks: a
// check with one stance labels each distinct quoted sentence of the
// actor it names (whole words), not an unquoted one, not another actor's,
// and a check with two stances labels none.
func TestCheckExamples(t *testing.T) {
	body := `Kenya welcomed the deal. "It is a fair deal," Mudavadi said. "It is a fair deal," Mudavadi said. Mudavadi said talks went on. "A disgrace," said Odinga.`
	span := func(s string) (int, int) {
		i := strings.Index(body, s)
		return i, i + len(s)
	}
	var rs []digest.Reaction
	for _, r := range []struct{ actor, quote, sent string }{
		{"Musalia Mudavadi", "It is a fair deal,", `"It is a fair deal," Mudavadi said.`},
		{"Musalia Mudavadi", "", `Mudavadi said talks went on.`},
		{"Raila Odinga", "A disgrace,", `"A disgrace," said Odinga.`},
	} {
		a, b := span(r.sent)
		rs = append(rs, digest.Reaction{Actor: r.actor, Quote: r.quote, Start: a, End: b})
	}
	rs = append(rs, rs[0]) // the same sentence twice
	q := &evaluate.QLArticle{File: evaluate.QLFile{Checks: []evaluate.QLCheck{
		{Bullet: "Reactions", Actor: []string{"Mudavadi"}, Stance: []string{"supportive"}},
		{Bullet: "Reactions", Actor: []string{"Odinga"}, Stance: []string{"critical", "mixed"}},
		{Bullet: "Reactions", Actor: []string{"Muda"}, Stance: []string{"critical"}},
	}}}
	got := CheckExamples(q, digest.Article{Body: body}, rs)
	if len(got) != 1 || got[0].Stance != "supportive" || got[0].Sentence != `"It is a fair deal," Mudavadi said.` || got[0].Actor != "Mudavadi" {
		t.Fatalf("got %+v", got)
	}
}

// TestShippedLift checks that the embedded lift model (stance.Lift) is
// what training on the written sentences and the drawn ones (Lift) makes
// at LiftThreshold, the threshold its cross validation chose.
func TestShippedLift(t *testing.T) {
	written, err := ReadFiles("../../../" + Written)
	if err != nil {
		t.Fatal(err)
	}
	drawn, err := ReadFiles("../../../" + Lift)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range drawn {
		if x.Set == "" {
			t.Fatalf("drawn sentence without a set: %+v", x)
		}
	}
	_, text := stance.Train(LiftExamples(written, drawn, nil), Options(LiftThreshold))
	if text != stance.LiftText() {
		t.Fatal("digest/stance/lift.tsv is not what training makes: run go run ./digest/stance/cmd/train-stance -lift -threshold " + strconv.FormatFloat(LiftThreshold, 'g', -1, 64))
	}
	m, err := stance.Lift()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold != float64(float32(LiftThreshold)) {
		t.Fatalf("lift threshold %v, want %v", m.Threshold, LiftThreshold)
	}
	// it never reads mixed
	for _, s := range []string{`"A door has opened, but nobody has walked through it yet," said analyst Tomas Berg.`, `"It is a start, but only a start," she said.`} {
		if l := m.LiftStand(s); l == "mixed" {
			t.Errorf("LiftStand(%q) = mixed", s)
		}
	}
}

// TestCrossValidateLiftInner checks that the lift's cross validation
// refuses fewer than one inner fold: with none, no threshold is ever
// scored inside the loop and every held-out set silently "chooses" Off.
func TestCrossValidateLiftInner(t *testing.T) {
	arts := []Article{{Set: "a"}, {Set: "b"}}
	for _, c := range []struct {
		inner int
		ok    bool
	}{{0, false}, {-1, false}} {
		_, err := CrossValidateLift(nil, nil, arts, []float64{0.8}, c.inner, Options(0.8), nil)
		if (err == nil) != c.ok {
			t.Errorf("inner %d: err %v, want ok %v", c.inner, err, c.ok)
		} else if err != nil && !strings.HasPrefix(err.Error(), "stancedata: ") {
			t.Errorf("inner %d: error %q lacks the package prefix", c.inner, err)
		}
	}
}
