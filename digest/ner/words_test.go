package ner

import (
	"slices"
	"testing"
)

// TestAppendSpansKnown checks that handing the tagger the analyses of all
// or some words (Words) changes no span, and that they are used: naming
// the analysis of another word for every word changes the spans.
func TestAppendSpansKnown(t *testing.T) {
	tg := loadTagger(t)
	sents := seedSents(t)
	want := tg.AppendSpans(nil, sents)
	if len(want) < 10 {
		t.Fatalf("only %d spans", len(want))
	}
	ws := NewWords()
	index := map[string]uint32{}
	all := make([][]uint32, len(sents))
	some := make([][]uint32, len(sents))
	wrong := make([][]uint32, len(sents))
	comma := ws.Add(",")
	for si, s := range sents {
		for i, w := range s {
			id, ok := index[w]
			if !ok {
				id = ws.Add(w)
				index[w] = id
			}
			all[si] = append(all[si], id)
			if i%3 == 0 {
				id = 0
			}
			some[si] = append(some[si], id)
			wrong[si] = append(wrong[si], comma)
		}
		some[si] = some[si][:len(some[si])/2+1]
	}
	for name, ids := range map[string][][]uint32{"all": all, "some": some, "none": nil, "first": all[:1]} {
		if got := tg.AppendSpansKnown(nil, sents, ws, ids); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	if got := tg.AppendSpansKnown(nil, sents, ws, wrong); slices.Equal(got, want) {
		t.Errorf("every word analysed as a comma: the spans stay")
	}
}
