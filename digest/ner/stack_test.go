package ner

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestStackTabsMatchHashes(t *testing.T) {
	tb := newStackTabs()
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		x := stackIn{
			own: rng.IntN(numClasses), nx1: rng.IntN(numClasses + 1), nx2: rng.IntN(numClasses + 1),
			docMaj: rng.IntN(docBuckets + 1), docAll: rng.IntN(2) == 1,
			docNx: rng.IntN(docBuckets + 1), docPv: rng.IntN(docBuckets + 1),
			marg: rng.IntN(4), cc: uint8(rng.IntN(numCapClasses)), lw: rng.Uint64(),
		}
		p1, p2 := rng.IntN(numClasses+1), rng.IntN(numClasses+1)
		if a, b := appendStack(nil, &x, p1, p2), tb.appendStack(nil, &x, p1, p2); !slices.Equal(a, b) {
			t.Fatalf("tables differ from hashes for %+v", x)
		}
	}
}

func TestMajority(t *testing.T) {
	tests := []struct {
		counts  [docBuckets]uint16
		own     int
		want    int
		wantAll bool
	}{
		{[docBuckets]uint16{tORG: 1}, tORG, docBuckets, false},
		{[docBuckets]uint16{tORG: 3, tLOC: 1}, tLOC, tORG, true},
		{[docBuckets]uint16{tORG: 2, tLOC: 2}, tORG, tLOC, false},
		{[docBuckets]uint16{tPER: 2, numTypes: 1}, numTypes, tPER, true},
	}
	for _, tc := range tests {
		got, all := majority(&tc.counts, tc.own)
		if got != tc.want || all != tc.wantAll {
			t.Errorf("majority(%v, %d) = %d, %v; want %d, %v", tc.counts, tc.own, got, all, tc.want, tc.wantAll)
		}
	}
}

func TestTrainStackedSynthetic(t *testing.T) {
	sents := synthetic()
	tg, err := Train(sents, TrainConfig{Epochs: 5, Bits: 16, Folds: 2, Bits2: 12, Epochs2: 2})
	if err != nil {
		t.Fatal(err)
	}
	if tg.st2 == nil {
		t.Fatal("no second pass")
	}
	for _, s := range sents[:8] {
		if got := tg.Tag(s.Words); !slices.Equal(got, s.Labels) {
			t.Errorf("Tag(%v) = %v, want %v", s.Words, got, s.Labels)
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
	if tg2.st2 == nil || tg2.st2.ratio != tg.st2.ratio || tg2.scale != tg.scale {
		t.Fatalf("second pass lost in Encode/Decode")
	}
	for _, s := range sents[:8] {
		if a, b := tg.Tag(s.Words), tg2.Tag(s.Words); !slices.Equal(a, b) {
			t.Errorf("decoded model tags %v, original %v", b, a)
		}
	}
	b := buf.Bytes()
	for _, n := range []int{len(b) / 2, len(b) - 8} {
		if _, err := Decode(bytes.NewReader(b[:n])); err == nil {
			t.Errorf("model truncated to %d bytes decoded", n)
		}
	}
}

func TestTrainUnknownLabels(t *testing.T) {
	sents := synthetic()
	// hide the labels of the places in half the sentences: the tagger
	// still learns them from the rest
	for i := range sents {
		if i%2 == 0 {
			sents[i].Labels = slices.Clone(sents[i].Labels)
			for j, l := range sents[i].Labels {
				if strings.HasSuffix(l, "LOC") {
					sents[i].Labels[j] = Unknown
				}
			}
		}
	}
	tg, err := Train(sents, TrainConfig{Epochs: 5, Bits: 16})
	if err != nil {
		t.Fatal(err)
	}
	ws := strings.Fields("we met Kilo in Gondor .")
	if got := tg.Tag(ws); got[4] != "B-LOC" {
		t.Errorf("Tag(%v) = %v", ws, got)
	}
}

func TestReadMEANTIME(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "eval", "meantime", "intra-doc_annotation")
	sents, err := ReadMEANTIME(dir)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	docs := map[int]bool{}
	for _, s := range sents {
		docs[s.Doc] = true
		if len(s.Words) != len(s.Labels) {
			t.Fatalf("sentence with %d words and %d labels", len(s.Words), len(s.Labels))
		}
		for _, l := range s.Labels {
			if _, ok := goldClass(l); !ok {
				t.Fatalf("bad label %q", l)
			}
			counts[l]++
		}
		for _, sp := range Spans(s.Words, s.Labels) {
			if w := s.Words[sp.Start]; w[0] < 'A' || w[0] > 'Z' {
				t.Errorf("span %v starts with %q", sp, w)
			}
		}
	}
	if len(docs) != 120 {
		t.Errorf("%d documents, want 120", len(docs))
	}
	for _, l := range []string{"B-PER", "B-ORG", "B-LOC", "O", Unknown} {
		if counts[l] < 50 {
			t.Errorf("only %d %s labels", counts[l], l)
		}
	}
	if _, err := ReadMEANTIME(t.TempDir()); err == nil {
		t.Error("empty folder read without error")
	}
}
