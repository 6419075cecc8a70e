package attrib

import (
	"math"
	"slices"
)

// Pruning the pair candidates by a bound. Most candidates score under the
// model's threshold (84% over the evaluation texts, 94% on PolNeAR dev),
// most of them by far (a median of 2.6 under it on PolNeAR dev), and
// their scores are never used: learnedPairs keeps only the pairs that
// reach it, and a rule attribution (rescoreRules) is always scored in
// full. So a candidate is first scored without its costliest features
// (the deferred ones: where its clause stands in the sentence, how often
// its head word occurs in the article), each counted at the most it can weigh given the
// candidate's kind, class and head type (pairBounds); a candidate under
// the threshold even so is dropped without them, and the others get them
// and the exact score, summed in the features' order as before.

// pairBoundSlack is the margin a bounded score must stay under the
// threshold by: it covers the rounding of float32 sums taken in another
// order (a candidate has at most 102 features of at most 1.5 each, so
// the sums differ by well under 1e-3).
const pairBoundSlack = 1e-2

// pairBounds bounds the weight of the deferred features of a candidate.
// The value of each deferred feature comes from a small closed set (the
// clause openers, a count class, yes or no), so its weight is at most the
// largest over that set, with the copy of the candidate's class (split).
// The tables take about 1.5 KB and are built when the model is decoded
// (some 12,000 feature hashes and look-ups: about 0.27 M instructions,
// a tenth of a millisecond).
type pairBounds struct {
	// extra is the pairsClauseExtra the bounds were built for (the
	// deferred features depend on it)
	extra int
	// heads holds strHash of each value headType can return
	heads []uint64
	// byKind bounds the clause features (opener, clause index, a verb
	// before) by the split and kind of a candidate; byHead bounds those
	// of the head word (head frequency, next to a cue)
	// by the split and the index in heads of its type
	byKind [16][pairRule]float32
	byHead [16][]float32
}

// openerValues are the values clausePlace can give a clause's opener: the
// words of openerWord, "Q" (a quotation mark), "<s>" and "far".
var openerValues = []string{
	",", ";", ":", "(", ")", "—", "–", "--", "that", "which", "who", "whom", "whose", "when", "while",
	"because", "although", "though", "if", "after", "before", "since", "as", "unless", "until",
	"whereas", "and", "but", "or", "so", "where", "whether", "Q", "<s>", "far",
}

// headTypeValues returns the values headType can return: its classes and
// the pronouns.
func headTypeValues() []string {
	vs := []string{"C", "L", "S", "G", "T", "9"}
	var ps []string
	for w, ok := range pronouns {
		if ok {
			ps = append(ps, w)
		}
	}
	slices.Sort(ps)
	return append(vs, ps...)
}

// newPairBounds builds the bounds of m's deferred features for the
// current pairsClauseExtra.
func newPairBounds(m *pairModel) *pairBounds {
	bd := &pairBounds{extra: pairsClauseExtra}
	heads := headTypeValues()
	bd.heads = make([]uint64, len(heads))
	for i, v := range heads {
		bd.heads[i] = strHash(v)
	}
	// the hashes of the values each deferred feature may take
	opener := make([]uint64, len(openerValues))
	for i, o := range openerValues {
		opener[i] = strHash(o)
	}
	var hs []uint32 // (scratch)
	// most is the largest weight of the features hs, with their copies
	// for split
	most := func(split uint32) float32 {
		best := float32(math.Inf(-1))
		for _, h := range hs {
			v := m.w[h]
			if split != 0 {
				v += m.w[splitCopy(split, h)]
			}
			best = max(best, v)
		}
		return best
	}
	for split := range bd.byKind {
		sp := uint32(split)
		for kind := pairLeft; kind < pairRule; kind++ {
			ks := sKind0 + kind
			var sum float32
			if bd.extra&1 != 0 {
				hs = hs[:0]
				for _, o := range opener {
					hs = append(hs, featH(ftOpener, o, smallHashes[ks]))
				}
				sum += most(sp)
			}
			if bd.extra&2 != 0 {
				hs = hs[:0]
				for i := range 4 {
					hs = append(hs, featS(ftClauseIdx, sLen0+i, ks))
				}
				sum += most(sp)
			}
			if bd.extra&4 != 0 {
				hs = append(hs[:0], featS(ftMainBefore, sNo, ks), featS(ftMainBefore, sYes, ks))
				sum += most(sp)
			}
			bd.byKind[split][kind] = sum
		}
		bd.byHead[split] = make([]float32, len(bd.heads))
		for i, hh := range bd.heads {
			var sum float32
			if bd.extra&32 != 0 {
				hs = hs[:0]
				for _, l := range hLenNames[:4] {
					hs = append(hs, featH(ftHeadSpeaker, l, hh))
				}
				sum += most(sp)
			}
			if bd.extra&16 != 0 {
				hs = hs[:0]
				for _, l := range hLenNames[:5] {
					hs = append(hs, featH(ftHeadFreq, l, hh))
				}
				sum += most(sp)
			}
			bd.byHead[split][i] = sum
		}
	}
	return bd
}

// pruning returns the bounds learnedPairs may prune the candidates of m
// by, or nil: when m has none, when they were built for other clause
// features, or when col wants every candidate's features.
func (m *pairModel) pruning(col *pairCollector) *pairBounds {
	if m == nil || m.bounds == nil || m.bounds.extra != pairsClauseExtra || col.wantsSamples() {
		return nil
	}
	return m.bounds
}

// cannotReach reports whether candidate c, whose features fs leave out the
// deferred ones (fs.lazy), scores under m's threshold whatever they are.
func (bd *pairBounds) cannotReach(m *pairModel, c *pairCand, fs *pairFeats) bool {
	if fs.split >= uint32(len(bd.byKind)) || c.kind < pairLeft || c.kind >= pairRule {
		return false
	}
	hi := slices.Index(bd.heads, fs.hHead)
	if hi < 0 {
		return false
	}
	s := bd.byKind[fs.split][c.kind] + bd.byHead[fs.split][hi]
	// the features around the gap
	g := fs.gap
	for _, h := range fs.h[:g[0]] {
		s += m.w[h]
	}
	for _, h := range fs.h[g[1]:fs.n] {
		s += m.w[h]
	}
	return s < m.threshold-pairBoundSlack
}

// fillDeferred adds the deferred features of c in the places pairFeatures
// kept for them (fs.lazy), so that fs holds what pairFeatures gives
// without lazy.
func (f *finder) fillDeferred(c *pairCand, fs *pairFeats, a int) {
	if fs.gap[1] > fs.gap[0] {
		n := fs.n
		fs.n = int(fs.gap[0])
		f.placeFeatures(c, fs, a, fs.kind, fs.hHead)
		fs.n = n
	}
	fs.lazy = false
}
