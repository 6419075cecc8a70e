package attrib

import (
	"slices"
	"testing"
)

// TestPairBoundValues checks the closed sets pairBounds takes the deferred
// features' values from: the clause openers and the head types.
func TestPairBoundValues(t *testing.T) {
	n := 0
	for _, w := range openerValues {
		switch w {
		case "Q", "<s>", "far":
			continue
		}
		n++
		if !isOpenerWord(w) {
			t.Errorf("%q is no opener word", w)
		}
	}
	if n != 32 {
		t.Errorf("%d opener words, want the 32 of isOpenerWord", n)
	}
	heads := headTypeValues()
	for w := range pronouns {
		if !slices.Contains(heads, w) {
			t.Errorf("pronoun %q is no head type value", w)
		}
	}
}

// TestPairBoundsBound checks that the shipped model's bounds are at least
// the weight of every combination of the deferred features' values (for
// the shipped clause features, all of them on but the split by kind).
func TestPairBoundsBound(t *testing.T) {
	m := embeddedPairs()
	if m == nil || m.bounds == nil {
		t.Fatal("the shipped pair model has no bounds")
	}
	bd := m.bounds
	if bd.extra != pairsClauseExtra || pairsClauseExtra&(1|2|4|16|32) != 1|2|4|16|32 {
		t.Fatalf("bounds built for clause features %d (now %d)", bd.extra, pairsClauseExtra)
	}
	weigh := func(split int, hs ...uint32) (s float32) {
		for _, h := range hs {
			s += m.w[h]
			if split != 0 {
				s += m.w[splitCopy(uint32(split), h)]
			}
		}
		return s
	}
	for split := range bd.byKind {
		for kind := pairLeft; kind < pairRule; kind++ {
			ks := sKind0 + kind
			for _, o := range openerValues {
				for i := range 4 {
					for _, v := range []int{sNo, sYes} {
						s := weigh(split, featH(ftOpener, strHash(o), smallHashes[ks]), featS(ftClauseIdx, sLen0+i, ks), featS(ftMainBefore, v, ks))
						if s > bd.byKind[split][kind]+1e-4 {
							t.Fatalf("split %d kind %d: %q, %d, %d weigh %v over the bound %v", split, kind, o, i, v, s, bd.byKind[split][kind])
						}
					}
				}
			}
		}
		for hi, hh := range bd.heads {
			for sp := range 4 {
				for n := range 5 {
					s := weigh(split, featH(ftHeadSpeaker, hLenNames[sp], hh), featH(ftHeadFreq, hLenNames[n], hh))
					if s > bd.byHead[split][hi]+1e-4 {
						t.Fatalf("split %d head %d: weigh %v over the bound %v", split, hi, s, bd.byHead[split][hi])
					}
				}
			}
		}
	}
}
