package digest

import (
	"sync"
	"testing"
	"time"
)

var (
	rulesOnce sync.Once
	rulesEng  *Engine
	rulesErr  error
)

// rulesOnly returns an engine without the stance model: the rules alone.
func rulesOnly(t testing.TB) *Engine {
	t.Helper()
	rulesOnce.Do(func() { rulesEng, rulesErr = New(WithoutStanceModel()) })
	if rulesErr != nil {
		t.Fatal(rulesErr)
	}
	return rulesEng
}

// TestStanceModelFallback checks how the learned stance model (package
// stance) joins the rules: it gives a stance to a quotation whose words
// no rule reads (the rules alone leave it neutral), and keeps off
// paraphrase and the plain facts the rules recognise.
func TestStanceModelFallback(t *testing.T) {
	const lead = "LISBON, March 3 (Reuters) - Portugal and Spain signed a river treaty in Lisbon on Tuesday. "
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, body, actor string
		rules, model      string // the stance without and with the model
	}{
		{"consequence", lead + `"Today the guns are silent and our fishermen can go back to sea," said Mayor Joao Pinto.`, "Joao Pinto", Neutral, Supportive},
		{"left out", lead + `"They signed a treaty about our river without asking a single farmer who lives on it," said Ana Lima, a farmers' leader.`, "Ana Lima", Neutral, Critical},
		// (an analyst's quoted words: since stop 18's analystPlain the
		// rules alone read them mixed too, as the model does)
		{"half open", lead + `"A door has opened, but nobody has walked through it yet," said analyst Tomas Berg.`, "Tomas Berg", Mixed, Mixed},
		// controls: no quotation; a plain fact a rule read
		{"paraphrase", lead + "Analyst Tomas Berg said nobody had walked through the door the treaty opened.", "Tomas Berg", Neutral, Neutral},
		{"plain fact", lead + `"The date of the next meeting is not yet fixed," said Ana Lima, a farmers' leader.`, "Ana Lima", Neutral, Neutral},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, run := range []struct {
				e    *Engine
				want string
			}{{rulesOnly(t), c.rules}, {engine(t), c.model}} {
				r := run.e.Extract(Article{Body: c.body, Published: pub})
				got := ""
				for _, x := range r.Reactions {
					if x.Actor == c.actor {
						got = x.Stance
					}
				}
				if got != run.want {
					t.Errorf("%s: stance %q, want %q (model %v); all: %+v", c.actor, got, run.want, run.e.stance != nil, r.Reactions)
				}
			}
		})
	}
}
