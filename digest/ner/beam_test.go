package ner

import (
	"bytes"
	"slices"
	"testing"
)

func TestTrainBeamSynthetic(t *testing.T) {
	sents := synthetic()
	// a sentence with an unannotated word and one whose span starts with
	// I- must train without harm
	sents = append(sents,
		Sentence{Words: []string{"we", "met", "Kilo", "in", "Xland", "."}, Labels: []string{"O", "O", Unknown, "O", "I-LOC", "O"}, Doc: 99},
	)
	for _, k := range []int{2, 3} {
		tg, err := Train(sents, TrainConfig{Epochs: 5, Bits: 16, Beam: k})
		if err != nil {
			t.Fatal(err)
		}
		if tg.beam != k {
			t.Fatalf("beam %d, want %d", tg.beam, k)
		}
		for _, s := range sents[:8] {
			if got := tg.Tag(s.Words); !slices.Equal(got, s.Labels) {
				t.Errorf("beam %d: Tag(%v) = %v, want %v", k, s.Words, got, s.Labels)
			}
		}
		var buf bytes.Buffer
		if err := tg.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		tg2, err := Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if tg2.beam != k || tg2.margin != tg.margin {
			t.Errorf("decoded beam %d margin %d, want %d %d", tg2.beam, tg2.margin, k, tg.margin)
		}
		for _, s := range sents[:8] {
			if a, b := tg.Tag(s.Words), tg2.Tag(s.Words); !slices.Equal(a, b) {
				t.Errorf("decoded model tags %v, original %v", b, a)
			}
		}
		// greedy decoding of the same weights still gives valid BIO
		tg2.SetBeam(1, 0)
		for _, s := range sents[:8] {
			prev := 0
			for i, l := range tg2.Tag(s.Words) {
				c, _ := classOf(l)
				if !allowed(prev, c) {
					t.Errorf("greedy %v: %s after %s at %d", s.Words, l, classLabels[prev], i)
				}
				prev = c
			}
		}
	}
	if _, err := Train(sents, TrainConfig{Bits: 16, Beam: maxBeam + 1}); err == nil {
		t.Error("beam above maxBeam accepted")
	}
	if _, err := Train(sents, TrainConfig{Bits: 16, Beam: 2, Folds: 2}); err == nil {
		t.Error("beam with a second pass accepted")
	}
}

// TestBeamMarginPrunes checks that the pruning margin only removes
// histories: with a huge margin the beam tags as with none, and with a
// margin of 1 it keeps only near-ties, so its labels stay valid BIO.
func TestBeamMarginPrunes(t *testing.T) {
	sents := synthetic()
	tg, err := Train(sents, TrainConfig{Epochs: 5, Bits: 16, Beam: 3})
	if err != nil {
		t.Fatal(err)
	}
	ws := [][]string{words("we met Alpha Bravo in Gondor and Zulu Yankee in Mordor ."), words("WE MET OSCAR IN XLAND .")}
	want := tg.TagSentences(ws)
	tg.SetBeam(3, 1<<20)
	if got := tg.TagSentences(ws); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("margin 1<<20 tags %v, none %v", got, want)
	}
	tg.SetBeam(3, 1)
	for _, s := range tg.TagSentences(ws) {
		prev := 0
		for _, l := range s {
			c, ok := classOf(l)
			if !ok || !allowed(prev, c) {
				t.Errorf("margin 1: bad label sequence %v", s)
				break
			}
			prev = c
		}
	}
}

// TestShippedModelBeam checks that the embedded model decodes as trained:
// a beam of two with a pruning margin (without one, every word after an
// entity history is scored and tagging is about twice as slow).
func TestShippedModelBeam(t *testing.T) {
	tg := loadTagger(t)
	if tg.beam != 2 || tg.margin <= 0 {
		t.Errorf("embedded model: beam %d margin %d, want beam 2 and a margin", tg.beam, tg.margin)
	}
}
