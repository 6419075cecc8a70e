package ner

import "math"

// Beam decoding. With a beam of k > 1 the tagger keeps the k best tag
// histories of a sentence instead of one: at each word every kept history
// is extended by every class BIO allows after it, scored with the word's
// features (the static ones are summed once per word, the ones of the
// previous two tags once per history), and the k best extensions survive.
// Two extensions that end in the same tag are interchangeable for all
// later features but the two-tag ones; only the better is kept
// (recombination), so the beam holds k different last classes: a pruned
// Viterbi search over the last tag, the second-last taken from the kept
// history. (Keeping one history per last two tags scored the same on
// held-out GMB train.) Training is a structured
// perceptron with early updates (Collins and Roark 2004): as soon as the
// gold history falls out of the beam, the weights move towards the gold
// tags of the words since the last update and away from the best history's,
// and the search restarts from the gold history.

// maxBeam bounds the beam width.
const maxBeam = 8

// bItem is one history of the training beam.
type bItem struct {
	score  float32
	p1, p2 int // the history's last two classes
	back   int // the item of the previous word this one extends
	cls    int // the class of this word
}

// beamTrainer holds the buffers of trainBeam's sentences.
type beamTrainer struct {
	k      int
	bits   uint
	tb     *smallTabs // tabs for the table's size
	fs     []uint64   // static features of every word of the sentence
	off    []int      // word i's static features are fs[off[i]:off[i+1]]
	hist   [][]bItem
	gseq   []int // gold classes (a latent choice where gold is Unknown)
	pseq   []int
	dyn    []uint64
	cur    []bItem
	next   []bItem
	gscore [numClasses]float32
}

// insertItem adds candidate x to the beam b of at most k items, keeping
// one item per class (the better) and the k best.
func insertItem[T any](b []T, k int, x T, same func(a, b *T) bool, less func(a, b *T) bool) []T {
	for j := range b {
		if same(&b[j], &x) {
			if less(&b[j], &x) {
				b[j] = x
			}
			return b
		}
	}
	if len(b) < k {
		return append(b, x)
	}
	lo := 0
	for j := 1; j < len(b); j++ {
		if less(&b[j], &b[lo]) {
			lo = j
		}
	}
	if less(&b[lo], &x) {
		b[lo] = x
	}
	return b
}

func sameF(a, b *bItem) bool { return a.cls == b.cls }

func lessF(a, b *bItem) bool { return a.score < b.score }

// sentence trains on one sentence (gold classes, -1 for Unknown) and
// returns the number of words whose class the search got wrong and the
// number of words.
func (bt *beamTrainer) sentence(w []float32, u []float64, step *float64, toks []tok, capsMode bool, arena []byte, gold []int) (int, int) {
	n := len(toks)
	if n == 0 {
		return 0, 0
	}
	if bt.tb == nil {
		bt.tb = tabs.shifted(bt.bits - smallBits)
	}
	tb := bt.tb
	shift := 64 - bt.bits
	bt.fs = bt.fs[:0]
	bt.off = append(bt.off[:0], 0)
	for i := range toks {
		bt.fs = appendStatic(bt.fs, toks, i, capsMode, tb, arena)
		bt.off = append(bt.off, len(bt.fs))
	}
	for len(bt.hist) < n {
		bt.hist = append(bt.hist, make([]bItem, 0, bt.k))
	}
	bt.gseq = append(bt.gseq[:0], make([]int, n)...)
	bt.pseq = append(bt.pseq[:0], make([]int, n)...)
	sum := func(fs []uint64, sc *[numClasses]float32) {
		for _, h := range fs {
			row := w[int(h>>shift)*numClasses:][:numClasses]
			for c := range sc {
				sc[c] += row[c]
			}
		}
	}
	nerr := 0
	// apply adds sign to the weights of classes seq[from..to] with the
	// gold history before from
	histOf := func(seq []int, from, j int) int {
		switch {
		case j < 0:
			return startClass
		case j < from:
			return bt.gseq[j]
		}
		return seq[j]
	}
	update := func(from, to int) {
		for j := from; j <= to; j++ {
			g, p := bt.gseq[j], bt.pseq[j]
			g1, g2 := histOf(bt.gseq, from, j-1), histOf(bt.gseq, from, j-2)
			p1, p2 := histOf(bt.pseq, from, j-1), histOf(bt.pseq, from, j-2)
			if g != p {
				nerr++
				for _, h := range bt.fs[bt.off[j]:bt.off[j+1]] {
					base := int(h>>shift) * numClasses
					w[base+g]++
					u[base+g] += *step
					w[base+p]--
					u[base+p] -= *step
				}
			}
			if g == p && g1 == p1 && g2 == p2 {
				continue
			}
			bt.dyn = appendDynamic(bt.dyn[:0], &toks[j], g1, g2, tb)
			for _, h := range bt.dyn {
				base := int(h>>shift) * numClasses
				w[base+g]++
				u[base+g] += *step
			}
			bt.dyn = appendDynamic(bt.dyn[:0], &toks[j], p1, p2, tb)
			for _, h := range bt.dyn {
				base := int(h>>shift) * numClasses
				w[base+p]--
				u[base+p] -= *step
			}
		}
	}
	// backtrack fills pseq[from..to] from item bi of word to
	backtrack := func(from, to, bi int) {
		for j := to; j >= from; j-- {
			it := bt.hist[j][bi]
			bt.pseq[j] = it.cls
			bi = it.back
		}
	}
	cur := append(bt.cur[:0], bItem{p1: startClass, p2: startClass, back: -1, cls: -1})
	gi, from := 0, 0
	for i := range toks {
		var ss [numClasses]float32
		sum(bt.fs[bt.off[i]:bt.off[i+1]], &ss)
		next := bt.next[:0]
		for bi, b := range cur {
			var ds [numClasses]float32
			bt.dyn = appendDynamic(bt.dyn[:0], &toks[i], b.p1, b.p2, tb)
			sum(bt.dyn, &ds)
			for c := range numClasses {
				if !allowed(b.p1, c) {
					continue
				}
				sc := b.score + ss[c] + ds[c]
				if bi == gi {
					bt.gscore[c] = sc
				}
				next = insertItem(next, bt.k, bItem{score: sc, p1: c, p2: b.p1, back: bi, cls: c}, sameF, lessF)
			}
		}
		gp1 := cur[gi].p1
		g := gold[i]
		if g >= 0 && !allowed(gp1, g) {
			g-- // an I- that starts a span is its B-
		}
		if g < 0 {
			// Unknown: the gold history takes its best allowed class
			g = 0
			for c := range numClasses {
				if allowed(gp1, c) && bt.gscore[c] > bt.gscore[g] {
					g = c
				}
			}
		}
		bt.gseq[i] = g
		ngi := -1
		for j := range next {
			if next[j].back == gi && next[j].cls == g {
				ngi = j
			}
		}
		bt.hist[i] = append(bt.hist[i][:0], next...)
		if ngi < 0 {
			best := 0
			for j := range next {
				if next[j].score > next[best].score {
					best = j
				}
			}
			backtrack(from, i, best)
			update(from, i)
			g2 := startClass
			if i > 0 {
				g2 = bt.gseq[i-1]
			}
			next = append(next[:0], bItem{p1: g, p2: g2, back: -1, cls: g})
			bt.hist[i] = append(bt.hist[i][:0], next[0])
			ngi, from = 0, i+1
		}
		*step++
		bt.cur, bt.next = next, cur
		cur = next
		gi = ngi
	}
	if from < n {
		best := 0
		for j := range cur {
			if cur[j].score > cur[best].score {
				best = j
			}
		}
		if best != gi {
			backtrack(from, n-1, best)
			update(from, n-1)
		}
	}
	return nerr, n
}

// allowedMask[p] has bit c set when allowed(p, c).
var allowedMask = func() (m [numClasses + 1]uint16) {
	for p := range m {
		for c := range numClasses {
			if allowed(p, c) {
				m[p] |= 1 << c
			}
		}
	}
	return m
}()

// pushBest inserts x into b, the best of at most k items best first (cap
// k), if it is among them; of equal scores the first pushed ranks first.
func pushBest(b []iItem, k int, x iItem) []iItem {
	j := len(b)
	if j == k {
		if x.score <= b[k-1].score {
			return b
		}
		j--
	} else {
		b = b[:j+1]
	}
	for ; j > 0 && b[j-1].score < x.score; j-- {
		b[j] = b[j-1]
	}
	b[j] = x
	return b
}

// noRank is below every rank.
const noRank = math.MinInt64

// noRanks is a rank per class, each noRank.
var noRanks = func() (r [numClasses]int64) {
	for c := range r {
		r[c] = noRank
	}
	return r
}()

// rankOf orders the extension of history bi by class c with score v as
// the decoder ranks them: by score, then the lower class, then the
// earlier history. Ranks compare as int64s with min and max, which
// compile without branches; noRank stands for no extension.
func rankOf(v int32, c, bi int) int64 {
	return int64(v)<<8 | int64(numClasses-c)<<3 | int64(maxBeam-1-bi)
}

// A rank's low 7 bits hold the class (4 bits) and the history (3).
var (
	_ [15 - numClasses]struct{}
	_ [8 - maxBeam]struct{}
)

// unrank returns the item a rank stands for.
func unrank(r int64) iItem {
	return iItem{score: int32(r >> 8), p1: uint8(numClasses - int(r>>3&15)), back: uint8(maxBeam - 1 - int(r&7))}
}

// iItem is one history of the tagging beam.
type iItem struct {
	score int32
	p1    uint8 // the class of this word
	back  uint8 // the item of the previous word this one extends
}

// plainO reports whether word t, after O, is O on the fast path: it is
// not capitalised and no gazetteer knows it as a name (see classify).
func plainO(t *tok) bool { return t.plain && t.gazB&gEntity == 0 }

// ownEntry is the summed rows of a word's own features (appendOwn) and
// what they were computed from: the token's values that may differ
// between occurrences of a word (see ownKey) and the word in the arena.
// The others (the word's classes, length and document bits) are the
// same at every occurrence.
type ownEntry struct {
	sh, key uint64
	lo, hi  uint32
	sum     lanes
}

// ownKey packs the values of token t other than its word and shape that
// its own features depend on.
func ownKey(t *tok, caps bool) uint64 {
	k := uint64(t.gazB&gazFeatMask) | uint64(t.gazI&gazFeatMask)<<numGazFeatBits | uint64(t.cc)<<(2*numGazFeatBits)
	if t.init {
		k |= 1 << 48
	}
	if caps {
		k |= 1 << 49
	}
	return k
}

// ownCC: ownKey's capitalisation class fits below its flags.
var _ [48 - 2*numGazFeatBits - 4]struct{}

// ownSum adds to l the summed rows of the own features (appendOwn) of
// token tk of a sentence in capitals or not (caps), whose word has slot
// di of the document table. A word's own features are the same at each
// of its occurrences with the same values, so the sum is kept per slot
// and reused while the next occurrence has the same values and the same
// lower-cased word: about half the scored words of a news article repeat
// one scored before.
func (t *Tagger) ownSum(s *scratch, di int, tk *tok, caps bool, l *lanes) {
	k := ownKey(tk, caps)
	j := s.doc.own[di]
	if j > 0 {
		e := &s.own[j-1]
		if e.key == k && e.sh == tk.sh && string(s.buf[e.lo:e.hi]) == string(s.buf[tk.lo:tk.hi]) {
			*l = e.sum
			return
		}
	}
	s.ownFs = appendOwn(s.ownFs[:0], tk, caps, t.tabs, s.buf)
	if j == 0 {
		s.own = append(s.own, ownEntry{})
		j = int32(len(s.own))
		s.doc.own[di] = j
	}
	e := &s.own[j-1]
	*e = ownEntry{sh: tk.sh, key: k, lo: tk.lo, hi: tk.hi}
	t.addRows(s.ownFs, &e.sum)
	*l = e.sum
}

// The own, context and dynamic features of a word never reach
// maxFeatures, so decodeBeam sums them all.
var _ [maxFeatures - maxStatic - 5]struct{}

// decodeBeam tags one sentence with a beam of t.beam histories, writing
// one class per word to dst.
func (t *Tagger) decodeBeam(st *docSent, dst []uint8, s *scratch) {
	n := len(st.toks)
	if n == 0 {
		return
	}
	k := t.beam
	if cap(s.bhist) < n {
		s.bhist = make([][maxBeam]iItem, n)
	}
	hist := s.bhist[:n] // the histories after each word, best first
	tb := t.tabs
	start := [1]iItem{{p1: startClass}}
	cur := start[:]        // the histories after the previous word, best first
	var p2s [maxBeam]uint8 // the class before each history's last
	p2s[0] = startClass
	fs := s.fs
	fast := t.fast && !st.capsMode
	for i := 0; i < n; i++ {
		tk := &st.toks[i]
		next := hist[i][:0:k]
		// a plain word after O is O (see classify); the histories end in
		// different classes, so at most one ends in O
		if len(cur) == 1 && (cur[0].p1 == 0 || cur[0].p1 == startClass) && fast && plainO(tk) {
			// so is the run of plain words that follows: one history
			// each, ending in O with the same score (back 0)
			p2s[0] = cur[0].p1
			it := iItem{score: cur[0].score}
			hist[i][0] = it
			j := i + 1
			for ; j < n && plainO(&st.toks[j]); j++ {
				hist[j][0] = it
			}
			if j > i+1 {
				p2s[0] = 0
			}
			i = j - 1
			cur = hist[i][:1]
			continue
		} else {
			di := s.doc.slot(tk.lw)
			tk.doc = s.doc.vals[di]
			var own lanes
			t.ownSum(s, di, tk, st.capsMode, &own)
			fs = appendContext(fs[:0], st.toks, i, st.capsMode, tb)
			ns := len(fs)
			if len(cur) == 1 {
				// one history: its extensions are the candidates
				b := &cur[0]
				fs = appendDynamic(fs, tk, int(b.p1), int(p2s[0]), tb)
				var sc [numClasses]int32
				t.addRows(fs, &own)
				own.spread(&sc)
				ok := allowedMask[b.p1]
				if k == 2 {
					// the two best allowed classes (ties: the lower
					// class), without branches; the classes BIO allows
					// are O, every B- and the I- of the type the
					// history ends in, if any (so there are always two)
					m1, m2 := rankOf(b.score+sc[0], 0, 0), int64(noRank)
					for c := 1; c < numClasses; c += 2 {
						r := rankOf(b.score+sc[c], c, 0)
						m2 = max(m2, min(m1, r))
						m1 = max(m1, r)
					}
					if p := int(b.p1); p != 0 && p != startClass {
						c := p + p&1
						r := rankOf(b.score+sc[c], c, 0)
						m2 = max(m2, min(m1, r))
						m1 = max(m1, r)
					}
					next = append(next, unrank(m1), unrank(m2))
				} else {
					for c := range numClasses {
						if ok&(1<<c) != 0 {
							next = pushBest(next, k, iItem{score: b.score + sc[c], p1: uint8(c)})
						}
					}
				}
			} else {
				// the best extension of each class (recombination;
				// ties: the earlier history), as ranks
				top := noRanks
				t.addRows(fs, &own) // the static features
				for bi := range cur {
					b := &cur[bi]
					fs = appendDynamic(fs[:ns], tk, int(b.p1), int(p2s[bi]), tb)
					l := own
					t.addRows(fs[ns:], &l)
					var sc [numClasses]int32
					l.spread(&sc)
					// the classes BIO allows after it (see above)
					top[0] = max(top[0], rankOf(b.score+sc[0], 0, bi))
					for c := 1; c < numClasses; c += 2 {
						top[c] = max(top[c], rankOf(b.score+sc[c], c, bi))
					}
					if p := int(b.p1); p != 0 && p != startClass {
						c := p + p&1
						top[c] = max(top[c], rankOf(b.score+sc[c], c, bi))
					}
				}
				if k == 2 {
					m1, m2 := int64(noRank), int64(noRank)
					for _, r := range top {
						m2 = max(m2, min(m1, r))
						m1 = max(m1, r)
					}
					next = append(next, unrank(m1), unrank(m2))
				} else {
					for _, r := range top {
						if r != noRank {
							next = pushBest(next, k, unrank(r))
						}
					}
				}
			}
			if t.margin > 0 {
				m := 1
				for m < len(next) && next[m].score >= next[0].score-t.margin {
					m++
				}
				next = next[:m]
			}
			for j, it := range next {
				p2s[j] = cur[it.back].p1
			}
		}
		cur = next
	}
	s.fs = fs
	best := 0 // the items are best first
	for i := n - 1; i >= 0; i-- {
		it := hist[i][best&(maxBeam-1)] // (best < k; the mask spares a bounds check)
		dst[i] = it.p1
		best = int(it.back)
	}
}
