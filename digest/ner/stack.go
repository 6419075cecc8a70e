package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// The second pass (stacking). The first pass tags a document greedily, left
// to right, seeing only its own earlier decisions. The second pass rescores
// every word the first pass scored, adding to the first pass's scores the
// weights of a few features built from the first pass's labels: the labels
// of the next two words, and what the first pass called the other
// occurrences of the same word in the document (a word tagged ORG twice
// elsewhere is likely ORG here too). Its weights are learned from
// first-pass labels that models trained on the other folds of the training
// data gave (jackknifing), so it learns on realistic labels.

// docBuckets are the buckets the first-pass labels of a word's occurrences
// are counted in: the entity types, then numTypes for O.
const docBuckets = numTypes + 1

// stage2 holds the second pass's weights.
type stage2 struct {
	bits  uint
	w     []row
	ratio int32      // s1 * ratio >> 10 puts first-pass scores in this pass's units
	marg  [3]float32 // margin bucket thresholds, in first-pass float units
	margQ [3]int32   // the same in first-pass quantised units (set on load)
	tabs  *stackTabs
}

// Second-pass feature templates (hashed into the stage-2 table only).
const (
	fS2Bias = iota + 100
	fS2Own
	fS2OwnNx
	fS2OwnNx2
	fS2PvOwn
	fS2Pv12
	fS2DocOwn
	fS2DocMarg
	fS2DocCap
	fS2WordDoc
	fS2OwnMarg
	fS2DocNx
	fS2DocPv
)

// stackIn is what the second pass knows of one word.
type stackIn struct {
	own, nx1, nx2 int // first-pass classes of this word and the next two (startClass beyond the sentence)
	docMaj        int // the bucket most occurrences elsewhere in the document fall in; docBuckets if none
	docAll        bool
	docNx, docPv  int // docMaj of the next and the previous word
	marg          int // 0-3: the first pass's margin, bucketed
	cc            uint8
	lw            uint64
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// appendStack appends the hashes of the second-pass features of x after
// second-pass classes p1, p2.
func appendStack(fs []uint64, x *stackIn, p1, p2 int) []uint64 {
	own, dm := uint64(x.own), uint64(x.docMaj)<<1|b2u(x.docAll)
	return append(fs,
		feat1(fS2Bias, 0),
		feat1(fS2Own, own),
		feat2(fS2OwnNx, own, uint64(x.nx1)),
		feat3(fS2OwnNx2, own, uint64(x.nx1), uint64(x.nx2)),
		feat2(fS2PvOwn, uint64(p1), own),
		feat2(fS2Pv12, uint64(p1), uint64(p2)),
		feat2(fS2DocOwn, dm, own),
		feat3(fS2DocMarg, dm, own, uint64(x.marg)),
		feat2(fS2DocCap, dm, uint64(x.cc)),
		feat2(fS2WordDoc, x.lw, uint64(x.docMaj)),
		feat2(fS2OwnMarg, own, uint64(x.marg)),
		feat3(fS2DocNx, uint64(x.docMaj), uint64(x.docNx), own),
		feat3(fS2DocPv, uint64(x.docMaj), uint64(x.docPv), uint64(p1)),
	)
}

// stackTabs caches the hashes of the second-pass features whose values
// are small integers (what appendStack computes, as table look-ups).
type stackTabs struct {
	bias    uint64
	own     [numClasses + 1]uint64
	ownNx   [numClasses + 1][numClasses + 1]uint64
	ownNx2  [numClasses + 1][numClasses + 1][numClasses + 1]uint64
	pvOwn   [numClasses + 1][numClasses + 1]uint64
	pv12    [numClasses + 1][numClasses + 1]uint64
	docOwn  [2 * (docBuckets + 1)][numClasses + 1]uint64
	docMarg [2 * (docBuckets + 1)][numClasses + 1][4]uint64
	docCap  [2 * (docBuckets + 1)][numCapClasses]uint64
	ownMarg [numClasses + 1][4]uint64
	docNx   [docBuckets + 1][docBuckets + 1][numClasses + 1]uint64
	docPv   [docBuckets + 1][docBuckets + 1][numClasses + 1]uint64
}

func newStackTabs() *stackTabs {
	t := new(stackTabs)
	const nc, nd = numClasses + 1, docBuckets + 1
	t.bias = feat1(fS2Bias, 0)
	for a := range uint64(nc) {
		t.own[a] = feat1(fS2Own, a)
		for m := range uint64(4) {
			t.ownMarg[a][m] = feat2(fS2OwnMarg, a, m)
		}
		for b := range uint64(nc) {
			t.ownNx[a][b] = feat2(fS2OwnNx, a, b)
			t.pvOwn[a][b] = feat2(fS2PvOwn, a, b)
			t.pv12[a][b] = feat2(fS2Pv12, a, b)
			for c := range uint64(nc) {
				t.ownNx2[a][b][c] = feat3(fS2OwnNx2, a, b, c)
			}
		}
	}
	for dm := range uint64(2 * nd) {
		for a := range uint64(nc) {
			t.docOwn[dm][a] = feat2(fS2DocOwn, dm, a)
			for m := range uint64(4) {
				t.docMarg[dm][a][m] = feat3(fS2DocMarg, dm, a, m)
			}
		}
		for c := range uint64(numCapClasses) {
			t.docCap[dm][c] = feat2(fS2DocCap, dm, c)
		}
	}
	for d := range uint64(nd) {
		for e := range uint64(nd) {
			for a := range uint64(nc) {
				t.docNx[d][e][a] = feat3(fS2DocNx, d, e, a)
				t.docPv[d][e][a] = feat3(fS2DocPv, d, e, a)
			}
		}
	}
	return t
}

// appendStackTab is appendStack by table look-ups.
func (tb *stackTabs) appendStack(fs []uint64, x *stackIn, p1, p2 int) []uint64 {
	dm := x.docMaj<<1 | int(b2u(x.docAll))
	return append(fs,
		tb.bias,
		tb.own[x.own],
		tb.ownNx[x.own][x.nx1],
		tb.ownNx2[x.own][x.nx1][x.nx2],
		tb.pvOwn[p1][x.own],
		tb.pv12[p1][p2],
		tb.docOwn[dm][x.own],
		tb.docMarg[dm][x.own][x.marg],
		tb.docCap[dm][x.cc],
		feat2(fS2WordDoc, x.lw, uint64(x.docMaj)),
		tb.ownMarg[x.own][x.marg],
		tb.docNx[x.docMaj][x.docNx][x.own],
		tb.docPv[x.docMaj][x.docPv][p1],
	)
}

// bucketOf is the document bucket of class c.
func bucketOf(c uint8) int {
	if c == 0 {
		return numTypes
	}
	return (int(c) - 1) / 2
}

// docCounts counts, per word, the first-pass labels of its scored
// occurrences in a document (open addressing, reused).
type docCounts struct {
	keys []uint64
	vals [][docBuckets]uint16
	mask uint64
}

func (d *docCounts) reset(n int) {
	size := 64
	for size < n*2 {
		size <<= 1
	}
	if cap(d.keys) >= size {
		d.keys, d.vals = d.keys[:size], d.vals[:size]
		clear(d.keys)
	} else {
		d.keys, d.vals = make([]uint64, size), make([][docBuckets]uint16, size)
	}
	d.mask = uint64(size - 1)
}

func (d *docCounts) at(k uint64) *[docBuckets]uint16 {
	if k == 0 {
		k = 1
	}
	i := k & d.mask
	for d.keys[i] != 0 && d.keys[i] != k {
		i = (i + 1) & d.mask
	}
	if d.keys[i] == 0 {
		d.keys[i] = k
		d.vals[i] = [docBuckets]uint16{}
	}
	return &d.vals[i]
}

// majority returns the bucket most of the other occurrences (all but one
// of bucket own) fall in, docBuckets if there are none, and whether they
// all do.
func majority(c *[docBuckets]uint16, own int) (int, bool) {
	best, total, bn := docBuckets, 0, 0
	for b, n := range c {
		k := int(n)
		if b == own {
			k--
		}
		total += k
		if k > bn {
			best, bn = b, k
		}
	}
	return best, total > 0 && bn == total
}

// marginBucket buckets margin m by thresholds th.
func marginBucket[T int32 | float32](m T, th *[3]T) int {
	switch {
	case m < th[0]:
		return 0
	case m < th[1]:
		return 1
	case m < th[2]:
		return 2
	}
	return 3
}

// top2 returns the best score minus the second best.
func top2[T int32 | float32](sc *[numClasses]T) T {
	a, b := sc[0], sc[1]
	if b > a {
		a, b = b, a
	}
	for _, v := range sc[2:] {
		if v > a {
			a, b = v, a
		} else if v > b {
			b = v
		}
	}
	return a - b
}

// stackPass runs the second pass over the document in s (after the first
// pass left its classes in s.cls and its scores in s.s1).
func (t *Tagger) stackPass(s *scratch) {
	st := t.st2
	n := len(s.cls)
	if cap(s.cls1) < n {
		s.cls1 = make([]uint8, n)
	}
	cls1 := s.cls1[:n]
	copy(cls1, s.cls)
	s.dc.reset(n)
	for i := range cls1 {
		if s.scored[i] {
			s.dc.at(s.toks[i].lw)[bucketOf(cls1[i])]++
		}
	}
	if cap(s.dmaj) < n {
		s.dmaj = make([]uint8, n)
	}
	dmaj := s.dmaj[:n]
	for i := range dmaj {
		dmaj[i] = docBuckets << 1
		if s.scored[i] {
			b, all := majority(s.dc.at(s.toks[i].lw), bucketOf(cls1[i]))
			dmaj[i] = uint8(b<<1) | uint8(b2u(all))
		}
	}
	shift := 64 - st.bits
	fs := s.fs
	off := 0
	for _, sent := range s.sents {
		m := len(sent.toks)
		p1, p2 := startClass, startClass
		docOf := func(j int) int {
			if j < 0 || j >= m {
				return docBuckets
			}
			return int(dmaj[off+j] >> 1)
		}
		for i := range m {
			g := off + i
			if !s.scored[g] {
				s.cls[g] = 0
				p2, p1 = p1, 0
				continue
			}
			x := stackIn{own: int(cls1[g]), nx1: startClass, nx2: startClass, cc: sent.toks[i].cc, lw: sent.toks[i].lw}
			if i+1 < m {
				x.nx1 = int(cls1[g+1])
			}
			if i+2 < m {
				x.nx2 = int(cls1[g+2])
			}
			x.docMaj, x.docAll = int(dmaj[g]>>1), dmaj[g]&1 != 0
			x.docNx, x.docPv = docOf(i+1), docOf(i-1)
			x.marg = marginBucket(top2(&s.s1[g]), &st.margQ)
			fs = st.tabs.appendStack(fs[:0], &x, p1, p2)
			var sc [numClasses]int32
			scoreRows(st.w, shift, fs, &sc)
			best, bestScore := 0, int32(math.MinInt32)
			for c := range sc {
				v := sc[c] + s.s1[g][c]*st.ratio>>10
				if v > bestScore && allowed(p1, c) {
					best, bestScore = c, v
				}
			}
			s.cls[g] = uint8(best)
			p2, p1 = p1, best
		}
		off += m
	}
	s.fs = fs
}

// stackTok is one word of the second pass's training data.
type stackTok struct {
	s1     [numClasses]float32 // first-pass scores in float units
	lw     uint64
	cls1   uint8
	gold   int8 // -1: Unknown
	cc     uint8
	scored bool
}

// stackDoc is one document of the second pass's training data.
type stackDoc struct {
	toks []stackTok
	ends []int // sentence ends
}

// jackknife runs tagger t (first pass only) over docs and records the
// second pass's training data. Sentences are upper-cased with probability
// capsRate, as in training.
func jackknife(t *Tagger, docs [][]Sentence, gold map[*Sentence][]int, capsRate float64, rng *rand.Rand) []stackDoc {
	st2 := t.st2
	t.st2, t.keepS1 = nil, true
	defer func() { t.st2, t.keepS1 = st2, false }()
	var out []stackDoc
	for _, d := range docs {
		ws := make([][]string, len(d))
		for k := range d {
			ws[k] = d[k].Words
			if rng.Float64() < capsRate {
				u := make([]string, len(d[k].Words))
				for i, w := range d[k].Words {
					u[i] = strings.ToUpper(w)
				}
				ws[k] = u
			}
		}
		s := t.classify(ws, nil)
		sd := stackDoc{toks: make([]stackTok, len(s.cls))}
		g := 0
		for k := range d {
			for i := range d[k].Words {
				tk := &sd.toks[g]
				tk.lw, tk.cc, tk.cls1, tk.scored = s.toks[g].lw, s.toks[g].cc, s.cls[g], s.scored[g]
				tk.gold = int8(gold[&d[k]][i])
				for c := range tk.s1 {
					tk.s1[c] = float32(s.s1[g][c]) / t.scale
				}
				g++
			}
			sd.ends = append(sd.ends, g)
		}
		t.pool.Put(s)
		out = append(out, sd)
	}
	return out
}

// trainStage2 learns the second pass's weights from jackknifed data.
func trainStage2(data []stackDoc, bits uint, epochs int, scale1 float32, rng *rand.Rand) *stage2 {
	// margin thresholds: quartiles of the first pass's margins
	var ms []float32
	for _, d := range data {
		for i := range d.toks {
			if d.toks[i].scored {
				ms = append(ms, top2(&d.toks[i].s1))
			}
		}
	}
	st := &stage2{bits: bits}
	if len(ms) > 0 {
		slices.Sort(ms)
		st.marg = [3]float32{ms[len(ms)/4], ms[len(ms)/2], ms[len(ms)*3/4]}
	}
	nb := 1 << bits
	shift := 64 - bits
	w := make([]float32, nb*numClasses)
	u := make([]float64, nb*numClasses)
	step := 1.0
	var fs []uint64
	var dc docCounts
	for ep := 0; ep < epochs; ep++ {
		for _, di := range rng.Perm(len(data)) {
			d := &data[di]
			dc.reset(len(d.toks))
			for i := range d.toks {
				if d.toks[i].scored {
					dc.at(d.toks[i].lw)[bucketOf(d.toks[i].cls1)]++
				}
			}
			docOf := func(j, lo, hi int) int {
				if j < lo || j >= hi || !d.toks[j].scored {
					return docBuckets
				}
				b, _ := majority(dc.at(d.toks[j].lw), bucketOf(d.toks[j].cls1))
				return b
			}
			lo := 0
			for _, hi := range d.ends {
				p1, p2 := startClass, startClass
				for g := lo; g < hi; g++ {
					tk := &d.toks[g]
					if !tk.scored {
						p2, p1 = p1, 0
						continue
					}
					x := stackIn{own: int(tk.cls1), nx1: startClass, nx2: startClass, cc: tk.cc, lw: tk.lw}
					if g+1 < hi {
						x.nx1 = int(d.toks[g+1].cls1)
					}
					if g+2 < hi {
						x.nx2 = int(d.toks[g+2].cls1)
					}
					x.docMaj, x.docAll = majority(dc.at(tk.lw), bucketOf(tk.cls1))
					x.docNx, x.docPv = docOf(g+1, lo, hi), docOf(g-1, lo, hi)
					x.marg = marginBucket(top2(&tk.s1), &st.marg)
					fs = appendStack(fs[:0], &x, p1, p2)
					sc := tk.s1
					for _, h := range fs {
						r := w[int(h>>shift)*numClasses:][:numClasses]
						for c := range sc {
							sc[c] += r[c]
						}
					}
					pred := 0
					for c := range sc {
						if sc[c] > sc[pred] && allowed(p1, c) {
							pred = c
						}
					}
					gc := int(tk.gold)
					if gc < 0 {
						step++
						p2, p1 = p1, pred
						continue
					}
					rival := -1
					for c := range sc {
						if c != gc && (rival < 0 || sc[c] > sc[rival]) {
							rival = c
						}
					}
					if sc[rival] >= sc[gc] {
						for _, h := range fs {
							base := int(h>>shift) * numClasses
							w[base+gc]++
							u[base+gc] += step
							w[base+rival]--
							u[base+rival] -= step
						}
					}
					step++
					p2, p1 = p1, pred
				}
				lo = hi
			}
		}
	}
	var sc2 float32
	st.w, sc2, _ = quantise(w, u, step, nb, 1)
	st.ratio = int32(math.Round(1024 * float64(sc2) / float64(scale1)))
	st.setScale(scale1)
	return st
}

// setScale converts the margin thresholds to first-pass quantised units
// and builds the feature tables.
func (st *stage2) setScale(scale1 float32) {
	st.tabs = newStackTabs()
	for i, v := range st.marg {
		st.margQ[i] = int32(math.Round(float64(v * scale1)))
	}
}

// Folds of TrainConfig default.
const defaultFolds = 5

// trainStacked trains the first pass on all of sents and the second pass
// on first-pass labels from cfg.Folds jackknife folds.
func trainStacked(sents []Sentence, cfg TrainConfig) (*Tagger, error) {
	if cfg.PlacesAsLOC && cfg.Gazetteer.FS != nil {
		g, err := buildGazetteer(cfg.Gazetteer)
		if err != nil {
			return nil, err
		}
		sents = placesAsLOC(sents, g)
		cfg.PlacesAsLOC = false
	}
	all := docs(sents)
	gold := map[*Sentence][]int{}
	for i := range sents {
		g := make([]int, len(sents[i].Labels))
		for j, l := range sents[i].Labels {
			c, ok := goldClass(l)
			if !ok {
				return nil, fmt.Errorf("ner: train: sentence %d: unknown label %q", i, l)
			}
			g[j] = c
		}
		gold[&sents[i]] = g
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x737461636b))
	var data []stackDoc
	for k := 0; k < cfg.Folds; k++ {
		var train []Sentence
		var held [][]Sentence
		for _, d := range all {
			if d[0].Doc%cfg.Folds == k {
				held = append(held, d)
			} else {
				train = append(train, d...)
			}
		}
		c := cfg
		c.Folds = 0
		t, err := Train(train, c)
		if err != nil {
			return nil, err
		}
		// held-out sentences are the originals: gold is keyed by them
		data = append(data, jackknife(t, held, gold, cfg.CapsRate, rng)...)
		cfg.Log.Info("ner: fold", "fold", k+1, "docs", len(held))
	}
	c := cfg
	c.Folds = 0
	t, err := Train(sents, c)
	if err != nil {
		return nil, err
	}
	t.st2 = trainStage2(data, cfg.Bits2, cfg.Epochs2, t.scale, rng)
	return t, nil
}
