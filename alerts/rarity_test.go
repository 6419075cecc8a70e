package alerts

import (
	"slices"
	"strings"
	"testing"
)

// triggers returns the keys of the terms an alert is filed under.
func (ix *Index) triggers(id string) []string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []string
	for _, g := range ix.rules[ix.alerts[id].rule].gens {
		k := ix.terms[g].key
		out = append(out, Field(k[0]).String()+":"+strings.TrimSpace(k[1:]))
	}
	slices.Sort(out)
	return out
}

func TestTriggersChosenByRarity(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`Lavrov`, []string{":lavrov"}},
		{`talks Lavrov`, []string{":lavrov"}},                                                // a name over a common word
		{`"peace talks" place:Riyadh`, []string{"place:riyadh"}},                             // a field over a common phrase
		{`talks (place:Riyadh OR country:Qatar)`, []string{"country:qatar", "place:riyadh"}}, // two rare terms over one common
		{`ceasefire title:Gaza`, []string{"title:gaza"}},                                     //
		{`Lavrov Rubio`, []string{":lavrov"}},                                                // a tie: the first
		{`"Marco Rubio" Lavrov`, []string{":marco rubio"}},                                   // a phrase is rarer than a word
		{`summit -Iran`, []string{":summit"}},                                                // the only choice
		{`(Lavrov OR Rubio) talks`, []string{":lavrov", ":rubio"}},                           // 0.1 < 0.6
		{`(Lavrov OR Rubio OR Blinken) person:Wang`, []string{"person:wang"}},                //
	}
	ix := NewIndex()
	for _, tt := range tests {
		e, err := Parse(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Add(tt.expr, "u", e); err != nil {
			t.Fatal(err)
		}
		if got := ix.triggers(tt.expr); !slices.Equal(got, tt.want) {
			t.Errorf("%s: filed under %q, want %q", tt.expr, got, tt.want)
		}
	}
}

func TestTermCostOrder(t *testing.T) {
	cost := func(s string) float32 {
		e, err := Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return termCost(e.Terms()[0])
	}
	order := []string{`title:"Marco Rubio"`, `person:Lavrov`, `Lavrov`, `US`, `talks`}
	for i := 1; i < len(order); i++ {
		if !(cost(order[i-1]) < cost(order[i])) {
			t.Errorf("cost(%s) = %v, not below cost(%s) = %v", order[i-1], cost(order[i-1]), order[i], cost(order[i]))
		}
	}
}
