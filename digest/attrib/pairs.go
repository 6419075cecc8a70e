package attrib

import (
	"cmp"
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The learned pair classifier: after the rules of a sentence ran, a broad
// generator proposes (source phrase, cue word) pairs the rules did not
// take: every verb-like word after a subject noun phrase ("Mrs. Clinton
// delivered a promise", "the legislature passed", "Obama has officially
// stayed neutral", past -ly adverbs and negated auxiliaries: "which
// dutifully recounts", "the page doesn't mention"), the subject of a
// copula ("they are wary of"), the owner of a noun cue ("his recent
// call", "Mr. Obama's pledge") and the agent of a passive ("was seen by
// some"). A
// logistic model over a few hashed features of each pair (the cue word and
// its suffix, the head of the source, what lies between and around them)
// scores it, and the pairs that score above a threshold become position
// attributions. PolNeAR annotators count any stated position or act of a
// person or group as an attribution; the model learns which pairs they
// took from the PolNeAR training split (see pairs_train_test.go: weights
// and threshold are in learned_pairs.bin).

//go:embed learned_pairs.bin
var pairsBin []byte

// pairBits is the size of the hashed feature space (2^pairBits weights).
const pairBits = 16

// pairModel is a linear model over hashed features; a pair is kept when
// its score (the log-odds) reaches threshold.
type pairModel struct {
	w         []float32
	threshold float32
	// drop is the score under which a rule attribution is dropped.
	drop float32
	// bounds, when not nil, bound the features learnedPairs may leave
	// out of a candidate that cannot reach threshold (see pairBounds); a
	// decoded model has them, the ones tests train do not
	bounds *pairBounds
}

// pairsOverride replaces the embedded model while training (tests only).
var pairsOverride *pairModel

var embeddedPairs = sync.OnceValue(func() *pairModel {
	m, err := decodePairs(pairsBin)
	if err != nil {
		return nil // no learned pairs; the rules still run
	}
	return m
})

func currentPairs() *pairModel {
	if pairsOverride != nil {
		if pairsOverride.w == nil {
			return nil // the rules alone
		}
		return pairsOverride
	}
	return embeddedPairs()
}

const pairsMagic = "APM1"

// encodePairs writes m sparsely: the magic, the number of bits, the
// threshold, the count of non-zero weights, then each as the uvarint gap
// from the previous index and an int16 weight in 1/1024 units.
func encodePairs(m *pairModel) []byte {
	out := []byte(pairsMagic)
	out = binary.LittleEndian.AppendUint32(out, pairBits)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.threshold))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.drop))
	var idx []int
	for i, v := range m.w {
		if q := quant(v); q != 0 {
			idx = append(idx, i)
		}
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(len(idx)))
	prev := 0
	for _, i := range idx {
		out = binary.AppendUvarint(out, uint64(i-prev))
		out = binary.LittleEndian.AppendUint16(out, uint16(quant(m.w[i])))
		prev = i
	}
	return out
}

func quant(v float32) int16 {
	q := math.Round(float64(v) * 1024)
	return int16(max(-32767, min(32767, q)))
}

func decodePairs(b []byte) (*pairModel, error) {
	bad := errors.New("attrib: bad learned pairs model")
	if len(b) < 20 || string(b[:4]) != pairsMagic || binary.LittleEndian.Uint32(b[4:]) != pairBits {
		return nil, bad
	}
	m := &pairModel{w: make([]float32, 1<<pairBits)}
	m.threshold = math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	m.drop = math.Float32frombits(binary.LittleEndian.Uint32(b[12:]))
	n := int(binary.LittleEndian.Uint32(b[16:]))
	b = b[20:]
	i := 0
	for k := 0; k < n; k++ {
		gap, w := binary.Uvarint(b)
		if w <= 0 || len(b) < w+2 {
			return nil, bad
		}
		i += int(gap)
		if i >= len(m.w) {
			return nil, bad
		}
		m.w[i] = float32(int16(binary.LittleEndian.Uint16(b[w:]))) / 1024
		b = b[w+2:]
	}
	m.bounds = newPairBounds(m)
	return m, nil
}

// Kinds of pair candidates.
const (
	pairLeft  = iota + 1 // subject noun phrase, then the cue
	pairAppos            // a source set off by commas: "X, a former aide, pushed"
	pairBy               // the agent of a passive: "was seen by some"
	pairPoss             // a possessive before a noun: "his recent call", "Mr. Obama's pledge"
	pairCop              // a subject, a form of "be" and a word: "they are wary of"
	pairRule             // an attribution the rules found (pairRule + its kind)
)

// pairCand is one proposed pair: source tokens [ss, se] (the head phrase;
// spanEnd, when >= 0, the last token of an appositive the source span
// takes in) and the cue token ci.
type pairCand struct {
	ss, se, spanEnd, ci int
	kind                int
	score               float32
}

// pairFeats holds the hashed features of one candidate.
type pairFeats struct {
	h [pairMaxFeats]uint32
	n int
	// rule is set for a rule attribution (its features have their own
	// weights); split, when not 0, adds a copy of every feature for the
	// candidate's class (see pairFeatures)
	rule  bool
	split uint32
	// lazy asks pairFeatures to leave out the deferred features of a
	// candidate (the costly ones pairBounds bounds: where the source's
	// clause stands, how often the head word occurs) and keep their
	// places: gap is the range of h they take (see fillDeferred); hHead
	// and kind are what fillDeferred needs of the candidate
	lazy  bool
	gap   [2]uint8
	hHead uint64
	kind  int
}

// add adds feature h (and its copy of the candidate's class).
func (fs *pairFeats) add(h uint32) {
	if fs.rule {
		// rule attributions have their own weights
		h = (h*0x9e3779b1 ^ 0x5bd1e995) & (1<<pairBits - 1)
	}
	if fs.n < pairMaxFeats {
		fs.h[fs.n] = h
		fs.n++
	}
	if fs.split != 0 && fs.n < pairMaxFeats {
		// a copy of the feature of the candidate's class
		fs.h[fs.n] = splitCopy(fs.split, h)
		fs.n++
	}
}

// splitCopy is the copy of feature h for the candidate class split (see
// pairFeats.add).
func splitCopy(split, h uint32) uint32 {
	return ((split+h)*0x85ebca6b ^ 0xc2b2ae35) & (1<<pairBits - 1)
}

// skip keeps the place of one feature (and its copy) that add would add
// (see fillDeferred).
func (fs *pairFeats) skip() {
	fs.n++
	if fs.split != 0 {
		fs.n++
	}
}

// pairMaxFeats bounds the features of a candidate.
const pairMaxFeats = 128

// pairSample is a candidate as the trainer sees it: its features and the
// byte span of its source.
type pairSample struct {
	feats      []uint32
	start, end int
	score      float32
	sent       int
	kind       int
	rule       bool
}

// pairCollector gathers every candidate of a Find run (training only).
// With trace set it keeps no samples but the decision on each candidate
// (decisions), so that a test can compare the decisions of two versions
// of the scorer over many texts.
type pairCollector struct {
	samples   []pairSample
	trace     bool
	decisions []pairDecision
}

// pairDecision is the fate of one candidate (trace): its sentence, source
// tokens, cue and kind, whether it reached the model's threshold (a pair)
// or, for a rule attribution, stayed over the drop score; score is its
// score when kept, else 0.
type pairDecision struct {
	sent, ss, se, spanEnd, ci, kind int
	kept                            bool
	score                           float32
}

// wantsSamples reports whether col wants the features of every candidate
// (training).
func (col *pairCollector) wantsSamples() bool { return col != nil && !col.trace }

// decide records the decision on c when col traces.
func (col *pairCollector) decide(si int, c *pairCand, kept bool) {
	if col == nil || !col.trace {
		return
	}
	d := pairDecision{sent: si, ss: c.ss, se: c.se, spanEnd: c.spanEnd, ci: c.ci, kind: c.kind, kept: kept}
	if kept {
		d.score = c.score
	}
	col.decisions = append(col.decisions, d)
}

// irregularVerbs are common past forms without -ed that can head a
// clause after a subject ("Trump made clear", "voters went").
var irregularVerbs = map[string]bool{
	"made": true, "took": true, "gave": true, "put": true, "got": true, "went": true,
	"came": true, "saw": true, "knew": true, "thought": true, "felt": true, "held": true,
	"led": true, "ran": true, "won": true, "lost": true, "left": true, "kept": true,
	"brought": true, "sent": true, "spent": true, "told": true, "wrote": true,
	"spoke": true, "began": true, "stood": true, "became": true, "chose": true, "drew": true,
	"fought": true, "hit": true, "met": true, "paid": true, "read": true, "set": true,
	"struck": true, "threw": true, "understood": true, "sought": true, "found": true,
	"heard": true, "meant": true, "built": true, "bought": true, "taught": true, "rose": true,
	"fell": true, "broke": true, "shook": true, "laid": true, "cast": true, "let": true,
	"see": true, "know": true, "think": true, "want": true, "need": true, "like": true,
	"support": true, "oppose": true, "favor": true, "believe": true, "feel": true,
}

// pastParticiples without -ed that take a "by" agent.
var pastParticiples = map[string]bool{
	"seen": true, "known": true, "shown": true, "taken": true, "given": true, "driven": true,
	"written": true, "held": true, "led": true, "made": true, "told": true, "said": true,
	"brought": true, "hit": true, "beaten": true, "chosen": true, "drawn": true, "struck": true,
	"thrown": true, "won": true, "understood": true, "sought": true, "found": true,
	"heard": true, "caught": true, "kept": true, "put": true, "paid": true, "spent": true,
}

// verbLike reports whether lower-case token i may be a finite or
// infinitive verb heading a clause: a cue word, an -ed or -s form, an
// irregular form, or a word after an auxiliary.
func (f *finder) verbLike(a, i int) bool {
	fl := f.lowf(i)
	if fl&fCue != 0 {
		return true
	}
	if fl&(fStopNP|fDet|fPronoun|fSkipBack|fLeadTrim|fTitle) != 0 {
		return false
	}
	w := f.lowAt(i)
	n := len(w)
	if n < 2 {
		return false
	}
	switch {
	case w[n-1] == 'd' && w[n-2] == 'e':
		return true
	case w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\'' && w[n-2] != 'u' && w[n-2] != 'i':
		return true
	case fl&fIrreg != 0:
		return true
	}
	if i-1 >= a && f.lowf(i-1)&fSkipBack != 0 {
		return true // "will push", "would demand"
	}
	return false
}

// learnedPairs proposes, scores and emits the pairs of sentence si
// (tokens [a, b)) that the rules left; first is the index in f.out of the
// sentence's first rule attribution.
func (f *finder) learnedPairs(si, a, b, first int) {
	m := currentPairs()
	if m == nil && f.col == nil {
		return
	}
	f.setPairSent(a, b, first)
	f.dropped = f.dropped[:0]
	rules := len(f.out)
	if rules > first {
		rules = f.rescoreRules(m, si, a, b, first, rules)
	}
	if rules == first && !f.pairCueSentence(a, b) {
		return // no rule attribution, cue word or quotation: no pair is looked for
	}
	cands := f.pairBuf[:0]
	for i := a + 1; i < b && i-a < maxScan; i++ {
		t := &f.toks[i]
		if t.quote || t.qmark || t.cls&cLower == 0 {
			continue
		}
		// (without per-token texts, lowAt is as long as the token)
		if (f.lows != nil || t.e-t.s == 2) && f.lowAt(i) == "by" {
			if c, ok := f.byCand(a, b, i); ok {
				cands = append(cands, c)
			}
			continue
		}
		// (possCand's own first test, inline: most words are no noun cue)
		if f.lowf(i)&(fCue|fCrit|fSupp|fNounCue) != 0 {
			if c, ok := f.possCand(a, i); ok {
				cands = append(cands, c)
				continue
			}
		}
		kind := pairLeft
		if !f.verbLike(a, i) && !f.ingCue(i) {
			if !f.copulaCue(a, i) {
				continue
			}
			kind = pairCop
		}
		if rules > first && f.cueTaken(first, rules, i) {
			continue // a rule attribution has this cue: the filter below would drop the pair
		}
		j := f.skipAdverbs(a, f.prevSkip(a, i, true))
		if j < a || f.toks[j].qmark {
			continue
		}
		if kind == pairLeft && f.passiveCue(a, i) {
			continue // "He was told to leave": the subject of a passive cue is no source
		}
		c := pairCand{ci: i, spanEnd: -1, kind: kind}
		if f.w(j) == "," {
			if j-1 < a || f.toks[j-1].qmark {
				continue
			}
			c.ss, c.se, c.spanEnd = f.appositive(a, j)
			c.kind = pairAppos
		} else if isDash(f.w(j)) {
			// "John Podesta — Bill Clinton’s former chief of staff — offered"
			c.ss, c.se, c.spanEnd = f.dashAppositive(a, j)
			c.kind = pairAppos
		} else {
			if !f.isWordAt(j) && f.w(j) != ")" {
				continue
			}
			c.ss, c.se, c.spanEnd = f.subjectNP(a, j)
			if c.spanEnd >= 0 {
				c.kind = pairAppos
			}
		}
		if c.ss < 0 && f.isLowerAt(j) && ingNouns[f.lowAt(j)] {
			c.ss, c.se = f.leftNP(a, j-1)
			if c.ss >= 0 && c.se == j-1 {
				c.se = j
			} else {
				c.ss, c.se = j, j
			}
		}
		if c.ss < 0 || c.ss == c.se && f.lowf(c.ss)&fDet != 0 && !loneDets[f.lowAt(c.ss)] || !f.plausibleSource(a, c.ss, c.se) {
			continue
		}
		switch f.lowAt(c.se) {
		case "a", "an", "the", "his", "her", "their", "its", "my", "our", "your":
			continue // "gives Ukraine a say": the cue is a noun
		}
		if c.ss == c.se && c.spanEnd < 0 && f.loneNoun(c.ss) {
			continue // "plans", "security": a lone lower-case noun is seldom a source (4% on PolNeAR train)
		}
		cands = append(cands, c)
	}
	f.pairBuf = cands
	if len(cands) == 0 {
		return
	}
	// drop the candidates whose source overlaps a rule source of the
	// sentence, or whose cue a rule attribution already has a source for
	// (a cue has one source)
	k := 0
	for n := range cands {
		s, e := f.pairSpan(&cands[n])
		if f.overlapsOut(first, rules, s, e) || f.cueTaken(first, rules, cands[n].ci) {
			continue
		}
		if k != n {
			cands[k] = cands[n]
		}
		k++
	}
	cands = cands[:k]
	var fs pairFeats
	f.pairSent.ncand = len(cands)
	bd := m.pruning(f.col)
	for n := range cands {
		c := &cands[n]
		fs.lazy = bd != nil
		f.pairFeatures(c, &fs, a, b, first, rules)
		if fs.lazy {
			if bd.cannotReach(m, c, &fs) {
				c.score = float32(math.Inf(-1)) // (under the threshold: see pairbound.go)
				continue
			}
			f.fillDeferred(c, &fs, a)
		}
		if m != nil {
			var s float32
			for _, h := range fs.h[:fs.n] {
				s += m.w[h]
			}
			c.score = s
		}
		if f.col.wantsSamples() {
			s, e := f.pairSpan(c)
			f.col.samples = append(f.col.samples, pairSample{
				feats: append([]uint32(nil), fs.h[:fs.n]...), start: s, end: e,
				score: c.score, sent: si, kind: c.kind,
			})
		}
	}
	if m == nil {
		return
	}
	// the best pairs first; each source is taken once
	k = 0
	for n := range cands {
		f.col.decide(si, &cands[n], cands[n].score >= m.threshold)
		if cands[n].score >= m.threshold {
			if k != n {
				cands[k] = cands[n]
			}
			k++
		}
	}
	cands = cands[:k]
	slices.SortStableFunc(cands, func(x, y pairCand) int { return cmp.Compare(y.score, x.score) })
	for n := range cands {
		c := &cands[n]
		s, e := f.pairSpan(c)
		if f.overlapsOut(first, len(f.out), s, e) || f.cueTaken(rules, len(f.out), c.ci) {
			continue
		}
		if r := f.droppedRule(s, e, c.ci); r >= 0 {
			// the pair is a rule attribution the model dropped: it
			// comes back as the rules made it (same source span, with
			// its content and the rules' reading of the clause)
			at := f.dropped[r]
			at.Confidence = sigmoid32(c.score)
			f.out = append(f.out, at)
			continue
		}
		f.emitPair(si, a, b, c)
	}
}

// pairCueSentence reports whether tokens [a, b) hold a cue word (a verb
// or noun of the cue lists) or a quotation mark: the sentences
// learnedPairs looks for pairs in when the rules found none. Skipping the
// others leaves out a fifth of the candidates of PolNeAR train, about half
// of which the model took (long-tail verbs such as "made", "saw",
// "signed"); the model is trained on the same sentences.
func (f *finder) pairCueSentence(a, b int) bool {
	for i := a; i < b; i++ {
		if t := &f.toks[i]; t.qmark || t.ll&(fCue|fNounCue) != 0 {
			return true
		}
	}
	return false
}

// droppedRule returns the index in f.dropped of the rule attribution of
// the sentence with source span [s, e) and cue token ci, or -1.
func (f *finder) droppedRule(s, e, ci int) int {
	for r := range f.dropped {
		if o := &f.dropped[r]; o.SourceStart == s && o.SourceEnd == e && o.CueStart == int(f.toks[ci].s) {
			return r
		}
	}
	return -1
}

// rescoreRules scores the rule attributions f.out[first:rules] of
// sentence si and drops those under the model's drop score (into
// f.dropped); it returns the new end of the sentence's rule attributions.
func (f *finder) rescoreRules(m *pairModel, si, a, b, first, rules int) int {
	keep := first
	for k := first; k < rules; k++ {
		o := &f.out[k]
		c := pairCand{spanEnd: -1, kind: pairRule + kindIndex(o.Kind)}
		// (tokens outside the sentence fail the test below either way)
		c.ss = f.tokIn(a, b, o.SourceStart)
		c.se = f.tokIn(a, b, o.SourceEnd-1)
		c.ci = f.tokIn(a, b, o.CueStart)
		if c.ss < a || c.se < c.ss || c.se >= b || c.ci < a || c.ci >= b {
			f.out[keep] = *o
			keep++
			continue
		}
		var fs pairFeats
		f.pairFeatures(&c, &fs, a, b, first, rules)
		if m != nil {
			for _, h := range fs.h[:fs.n] {
				c.score += m.w[h]
			}
		}
		if f.col.wantsSamples() {
			f.col.samples = append(f.col.samples, pairSample{
				feats: append([]uint32(nil), fs.h[:fs.n]...), start: o.SourceStart, end: o.SourceEnd,
				score: c.score, sent: si, rule: true,
			})
		}
		if m != nil {
			// a headline speaker ("Sanders: Endorsements prove ...") is
			// product behaviour beyond PolNeAR's conventions: never dropped
			if c.score < m.drop && !f.colonCue(o) {
				f.col.decide(si, &c, false)
				f.dropped = append(f.dropped, *o)
				continue
			}
			f.col.decide(si, &c, true)
			o.Confidence = sigmoid32(c.score)
		}
		f.out[keep] = *o
		keep++
	}
	f.out = f.out[:keep]
	return keep
}

// colonCue reports whether the cue of o is the colon of a headline or
// transcript speaker.
func (f *finder) colonCue(o *Attribution) bool {
	return o.CueEnd == o.CueStart+1 && f.body[o.CueStart] == ':'
}

// sigmoid32 turns a score (log-odds) into a probability.
func sigmoid32(x float32) float64 { return 1 / (1 + math.Exp(-float64(x))) }

// tokAt returns the index of the token holding byte pos, or -1.
func (f *finder) tokAt(pos int) int {
	k := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].e) > pos })
	if k < len(f.toks) && int(f.toks[k].s) <= pos {
		return k
	}
	return -1
}

// tokIn is tokAt among the tokens [a, b): the index of the token of them
// holding byte pos, or -1.
func (f *finder) tokIn(a, b, pos int) int {
	lo, hi := a, b // the first token ending after pos is in [lo, hi]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(f.toks[m].e) > pos {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo < b && int(f.toks[lo].s) <= pos {
		return lo
	}
	return -1
}

func kindIndex(kind string) int {
	switch kind {
	case KindSpeech:
		return 0
	case KindThought:
		return 1
	case KindAccording:
		return 2
	}
	return 3
}

// titledSpan reports whether tokens [s, e] hold a title word as written.
func (f *finder) titledSpan(s, e int) bool {
	for k := s; k <= e; k++ {
		if f.exact(k)&fTitle != 0 {
			return true
		}
	}
	return false
}

// loneNoun reports whether token k, a source on its own, is a lower-case
// word that is no pronoun, plural, title, group noun or quantifier.
func (f *finder) loneNoun(k int) bool {
	if !f.isLowerAt(k) || f.lowf(k)&(fPronoun|fTitle) != 0 || f.pluralAt(k) || f.contracted(k) > 0 {
		return false
	}
	return !groupNouns[f.lowAt(k)]
}

// pairSpan returns the byte span of the source of c.
func (f *finder) pairSpan(c *pairCand) (int, int) {
	return int(f.toks[c.ss].s), int(f.toks[max(c.se, c.spanEnd)].e)
}

// overlapsOut reports whether bytes [s, e) overlap the source of one of
// f.out[from:to].
func (f *finder) overlapsOut(from, to, s, e int) bool {
	for k := from; k < to; k++ {
		if o := &f.out[k]; s < o.SourceEnd && o.SourceStart < e {
			return true
		}
	}
	return false
}

// cueTaken reports whether token ci is the first token of the cue of one
// of f.out[from:to].
func (f *finder) cueTaken(from, to, ci int) bool {
	s := int(f.toks[ci].s)
	for k := from; k < to; k++ {
		if f.out[k].CueStart == s {
			return true
		}
	}
	return false
}

// byCand proposes the agent of a passive: "was seen by some", "has been
// pushed by Mr. Sanders".
func (f *finder) byCand(a, b, i int) (pairCand, bool) {
	p := i - 1
	for p > a && f.lowf(p)&fSkipBack != 0 {
		p--
	}
	if p <= a || !f.isLowerAt(p) {
		return pairCand{}, false
	}
	w := f.lowAt(p)
	if !(strings.HasSuffix(w, "ed") || pastParticiples[w] || strings.HasSuffix(w, "en")) {
		return pairCand{}, false
	}
	if i+1 < b && f.isLowerAt(i+1) && strings.HasSuffix(f.lowAt(i+1), "ing") && !ingNouns[f.lowAt(i+1)] {
		return pairCand{}, false // a means, no agent: "responded by pointing a finger"
	}
	ss, se, ok := f.rightNP(b, i+1)
	if !ok || ss == se && f.lowf(ss)&fDet != 0 || !f.plausibleSource(a, ss, se) {
		return pairCand{}, false
	}
	return pairCand{ss: ss, se: se, spanEnd: -1, ci: p, kind: pairBy}, true
}

// possessives are the pronouns that own a noun cue ("his recent call").
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true}

// nounCueWord reports whether lower-case token i may be a noun a
// possessive owns: a lower-case word that is no function word.
func (f *finder) nounCueWord(i int) bool {
	t := &f.toks[i]
	if t.quote || t.qmark || t.cls&cLower == 0 {
		return false
	}
	return f.lowf(i)&(fStopNP|fDet|fPronoun|fSkipBack|fLeadTrim) == 0 && len(f.lowAt(i)) > 2
}

// possCand proposes the owner of a noun cue: "[his] recent call",
// "[Mr. Obama's] original pledge", "[Hillary Clinton's] claim". One
// lower-case word may stand between the possessive and the noun.
func (f *finder) possCand(a, i int) (pairCand, bool) {
	j := i - 1
	if j < a {
		return pairCand{}, false
	}
	// the noun test first: it turns most words away
	if f.lowf(i)&(fCue|fCrit|fSupp|fNounCue) == 0 || !f.nounCueWord(i) {
		return pairCand{}, false
	}
	if !f.isPossessive(j) {
		if j--; j < a || !f.isPossessive(j) || !f.nounCueWord(j+1) {
			return pairCand{}, false // "his recent call"
		}
	}
	if f.lowf(j)&fPoss != 0 {
		return pairCand{ss: j, se: j, spanEnd: -1, ci: i, kind: pairPoss}, true
	}
	if f.loneApostrophe(j) {
		// "Sanders’ 2007 vote": the apostrophe closes the source
		ss, se := f.leftNP(a, j-1)
		if ss < 0 || se != j-1 || !f.plausibleSource(a, ss, se) {
			return pairCand{}, false
		}
		return pairCand{ss: ss, se: se, spanEnd: j, ci: i, kind: pairPoss}, true
	}
	ss, se := f.leftNP(a, j)
	if ss < 0 || se != j || !f.plausibleSource(a, ss, se) {
		return pairCand{}, false
	}
	return pairCand{ss: ss, se: se, spanEnd: -1, ci: i, kind: pairPoss}, true
}

// nounCues are nouns of statements and positions a possessive may own
// beyond the cue and stance words of the lexicon ("her vow", "his
// remarks").
var nounCues = map[string]bool{
	"statement": true, "statements": true, "remarks": true, "comments": true, "comment": true,
	"view": true, "views": true, "position": true, "positions": true, "stance": true,
	"claim": true, "claims": true, "call": true, "calls": true, "vow": true, "pledge": true,
	"promise": true, "promises": true, "plan": true, "plans": true, "proposal": true,
	"proposals": true, "goal": true, "decision": true, "endorsement": true, "attacks": true,
	"attack": true, "argument": true, "message": true, "priority": true, "embrace": true,
	"opposition": true, "support": true, "criticism": true, "warning": true, "demand": true,
	"demands": true, "request": true, "answer": true, "response": true, "reply": true,
	"announcement": true, "speech": true, "tweet": true, "tweets": true, "letter": true,
	"rhetoric": true, "opinion": true, "belief": true, "hope": true, "fear": true,
	"fears": true, "concern": true, "concerns": true, "praise": true, "defense": true,
	"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"insistence": true, "refusal": true, "assertion": true, "suggestion": true, "appeal": true,
	"agenda": true, "platform": true, "policy": true, "policies": true, "approach": true,
	"campaign": true, "vote": true, "votes": true, "wish": true, "intention": true,
}

// isPossessive reports whether token j is a possessive pronoun or a
// capitalised word ending in 's ("Obama's", "Trump’s").
func (f *finder) isPossessive(j int) bool {
	t := &f.toks[j]
	if t.quote || t.qmark {
		return false
	}
	if f.isCapAt(j) {
		w := f.body[t.s:t.e]
		if len(w) >= 4 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return true
		}
	}
	return f.lowf(j)&fPoss != 0 || f.loneApostrophe(j)
}

// loneApostrophe reports whether token j is an apostrophe written right
// after a capitalised word in -s, the possessive of a name in -s
// ("Sanders’", "Francis'").
func (f *finder) loneApostrophe(j int) bool {
	t := &f.toks[j]
	if j == 0 || t.dq || t.qmark || t.e-t.s > 3 || f.toks[j-1].e != t.s {
		return false
	}
	if w := f.w(j); w != "’" && w != "'" {
		return false
	}
	p := f.w(j - 1)
	return len(p) > 1 && p[len(p)-1] == 's' && f.isCapAt(j-1)
}

// copulaCue reports whether lower-case token i, no verb, follows a form of
// "be" that follows a word: "they are [wary] of", "he was [proud] of".
func (f *finder) copulaCue(a, i int) bool {
	// the word's own test first: most words fail it
	if f.lowf(i)&(fStopNP|fDet|fPronoun|fSkipBack|fLeadTrim) != 0 || len(f.lowAt(i)) < 3 {
		return false
	}
	p := i - 1
	for p > a && f.lowf(p)&fSkipBack != 0 {
		p--
	}
	if p <= a {
		return false
	}
	switch f.lowAt(p) {
	case "is", "are", "was", "were", "seem", "seems", "seemed", "remain", "remains", "remained":
		return true
	}
	return false
}

// passiveCue reports whether lexicon cue i follows a form of "be" and no
// "that" follows it: "was told to leave", "were asked", but "they are
// convinced that".
func (f *finder) passiveCue(a, i int) bool {
	if f.lowf(i)&fCue == 0 {
		return false
	}
	if strings.HasSuffix(f.lowAt(i), "ing") {
		return false // "were seeking": progressive, not passive
	}
	p := f.prevSkip(a, i, false)
	if p < a || !isBe(f.lowAt(p)) {
		return false
	}
	return i+1 >= len(f.toks) || f.lowAt(i+1) != "that"
}

// skipAdverbs skips back over lower-case -ly adverbs and negated
// auxiliaries at j ("which dutifully recounts", "the page doesn't
// mention").
func (f *finder) skipAdverbs(a, j int) int {
	for n := 0; j >= a && n < 3; n++ {
		if !f.isLowerAt(j) {
			break
		}
		w := f.lowAt(j)
		if !(strings.HasSuffix(w, "ly") && len(w) > 4 && !lyNouns[w]) && !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t") {
			break
		}
		j = f.prevSkip(a, j, true)
	}
	return j
}

// lyNouns are words ending in -ly that are no adverbs.
var lyNouns = map[string]bool{
	"family": true, "rally": true, "ally": true, "assembly": true, "supply": true, "reply": true,
	"anomaly": true, "monopoly": true, "belly": true, "bully": true, "jelly": true, "july": true,
}

// emitPair adds the attribution of candidate c.
func (f *finder) emitPair(si, a, b int, c *pairCand) {
	at := Attribution{Sentence: si, Kind: KindPosition, CueStart: int(f.toks[c.ci].s), CueEnd: int(f.toks[c.ci].e),
		Learned: true, Confidence: sigmoid32(c.score), LexicalCue: f.lowf(c.ci)&(fCue|fCrit|fSupp) != 0}
	at.SourceStart, at.SourceEnd = f.pairSpan(c)
	at.Source = f.body[at.SourceStart:at.SourceEnd]
	f.content(&at, a, b, c.ss, c.se, c.ci, c.ci, c.kind == pairBy)
	f.resolve(&at, c.ss, c.se)
	at.Stance = f.stance(0, &at)
	f.out = append(f.out, at)
}

// Feature templates.
const (
	ftBias = iota + 1
	ftCue
	ftCueSuf
	ftCueLex
	ftNext
	ftCueNext
	ftAux
	ftNAux
	ftHead
	ftHeadWord
	ftFirst
	ftLen
	ftBefore
	ftCueHead
	ftKind
	ftQuoteAfter
	ftQuoteBefore
	ftNested
	ftPos
	ftSufHead
	ftNext2
	ftTitled
	ftRel
	ftKindHead
	ftCueKind
	ftHeadBefore
	ftLexHead
	ftLexPos
	ftLexQuote
	ftClause
	ftVerbBefore
	ftKindPos
	ftHeadLex
	ftPrevLex
	ftSentQuote
	ftInQuote
	ftDocSource // (no longer added: it read earlier sentences' attributions)
	ftCandRank
	ftSentLen
	ftOpener
	ftClauseIdx
	ftMainBefore
	ftCueComp
	ftHeadFreq
	ftHeadSpeaker
	ftNCands
	ftNCandsKind
	ftNCandsLex
)

// pairsClauseExtra switches the clause features of clauseExtra on, one
// bit each: 1 the word opening the source's clause, 2 the clause's index
// in the sentence, 4 a verb in an earlier clause, 8 what follows the cue,
// 16 the head word's frequency in the article, 32 how often it stands
// next to a cue word, 64 and 128 copies of every feature per candidate
// kind or for lexicon cues, 256 and 512 the pair candidates and rule
// attributions of the sentence (alone and with the kind), 1024 those with
// the cue's lexicon class. The shipped model is trained with 959 (the
// tenth round); tests may change it (ATTRIB_PAIRS_CLAUSE) before training.
var pairsClauseExtra = 959

// feat hashes template t with the string s into the feature space (as
// featH with s's hash and that of "").
func feat(t int, s string) uint32 { return featH(t, strHash(s), hEmpty) }

// featH hashes template t with two strings, given by their hashes
// (strHash), into the feature space.
func featH(t int, h1, h2 uint64) uint32 {
	h := uint64(t+1)*0x9e3779b97f4a7c15 ^ h1
	h = bits.RotateLeft64(h*0xff51afd7ed558ccd, 31) ^ h2
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return uint32(h) & (1<<pairBits - 1)
}

// strHash hashes a feature string.
func strHash(s string) uint64 { return mixStr(0x243f6a8885a308d3, s) }

// hEmpty is strHash("").
var hEmpty = strHash("")

// mixStr mixes the bytes of s into h, eight at a time.
func mixStr(h uint64, s string) uint64 {
	const k = 0xff51afd7ed558ccd
	for len(s) >= 8 {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = bits.RotateLeft64((h^x)*k, 31)
		s = s[8:]
	}
	// the tail's bytes at their places, by two overlapping loads (the
	// bytes they share are the same)
	n := len(s)
	x := uint64(n) << 56
	switch {
	case n >= 4:
		x |= uint64(le32(s)) | uint64(le32(s[n-4:]))<<(8*(n-4))
	case n >= 2:
		x |= uint64(s[0]) | uint64(s[1])<<8 | (uint64(s[n-2])|uint64(s[n-1])<<8)<<(8*(n-2))
	case n == 1:
		x |= uint64(s[0])
	}
	return bits.RotateLeft64((h^x)*k, 31)
}

// le32 returns the first four bytes of s, little-endian.
func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// shape names token k for features: function and short closed-class words
// as themselves, other words by class.
func (f *finder) shape(k, a, b int) string {
	if k < a {
		return "<s>"
	}
	if k >= b {
		return "</s>"
	}
	t := &f.toks[k]
	if t.qmark {
		return "Q"
	}
	if t.cls&cWord == 0 {
		return f.w(k)
	}
	if f.lowf(k)&(fStopNP|fDet|fPronoun|fSkipBack|fLeadTrim) != 0 {
		return f.lowAt(k)
	}
	switch {
	case t.cls&cCap != 0:
		return "C"
	case t.cls&cLower != 0:
		return "w"
	}
	return "9"
}

// headType names the head of a source: a pronoun, a capitalised word, a
// plural or another lower-case noun.
func (f *finder) headType(se int) string {
	lw := f.lowAt(se)
	fl := f.lowf(se)
	switch {
	case fl&fPronoun != 0:
		return lw
	case f.isCapAt(se):
		return "C"
	case fl&fTitle != 0:
		return "T"
	case f.isLowerAt(se) && groupNouns[lw]:
		return "G"
	case f.pluralAt(se):
		return "S"
	case f.isLowerAt(se):
		return "L"
	}
	return "9"
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

var lenNames = [...]string{"0", "1", "2", "3", "4", "5", "6+"}

// lexNames name a cue's kind and form.
var lexNames = [4][3]string{{"k00", "k01", "k02"}, {"k10", "k11", "k12"}, {"k20", "k21", "k22"}, {"k30", "k31", "k32"}}

var kindNames = [...]string{"", "left", "appos", "by", "poss", "cop", "speech", "thought", "according", "position"}

var posNames = [...]string{"0", "1", "2", "3"}

// Hashes (strHash) of the fixed feature strings, computed once.
var (
	hLenNames  = hashAll(lenNames[:])
	hKindNames = hashAll(kindNames[:])
	hPosNames  = hashAll(posNames[:])
	hLexNames  = func() (t [4][3]uint64) {
		for i := range lexNames {
			for j := range lexNames[i] {
				t[i][j] = strHash(lexNames[i][j])
			}
		}
		return t
	}()
	hNone, hNo, hYes = strHash("none"), strHash("n"), strHash("y")
)

// Small feature values: the strings of a feature that come from small
// fixed sets ("", "n", "y", "none", lenNames, kindNames, lexNames) by an
// index into smallHashes. posNames[i] is lenNames[i], sLen0+i.
const (
	sEmpty = iota
	sNo
	sYes
	sNone
	sLen0                            // lenNames
	sKind0 = sLen0 + len(lenNames)   // kindNames
	sLex0  = sKind0 + len(kindNames) // lexNames[k][f] at sLex0+3k+f
	nSmall = sLex0 + 4*3
)

// smallHashes holds strHash of each small feature value.
var smallHashes = func() (h [nSmall]uint64) {
	h[sEmpty], h[sNo], h[sYes], h[sNone] = hEmpty, hNo, hYes, hNone
	copy(h[sLen0:], hLenNames)
	copy(h[sKind0:], hKindNames)
	for k := range lexNames {
		for j := range lexNames[k] {
			h[sLex0+3*k+j] = hLexNames[k][j]
		}
	}
	return h
}()

// smallFeats holds featH(t, smallHashes[i], smallHashes[j]) of every
// template t at [t][i][j]: the features of two small values are looked
// up instead of hashed (213 KB, built at load in well under a
// millisecond).
var smallFeats = func() *[ftNCandsLex + 1][nSmall][nSmall]uint32 {
	tab := new([ftNCandsLex + 1][nSmall][nSmall]uint32)
	for t := range tab {
		for i := range tab[t] {
			for j := range tab[t][i] {
				tab[t][i][j] = featH(t, smallHashes[i], smallHashes[j])
			}
		}
	}
	return tab
}()

// featS is featH of template t with the small values i and j.
func featS(t, i, j int) uint32 { return smallFeats[t][i][j] }

// yesNo returns the small value sYes or sNo.
func yesNo(b bool) int {
	if b {
		return sYes
	}
	return sNo
}

// lexValue returns the small value of the lexicon class of cue token ci
// (sNone when it is no lexicon cue).
func (f *finder) lexValue(ci int) int {
	if f.lowf(ci)&fCue != 0 {
		if info, ok := cueTable[f.lowAt(ci)]; ok {
			return sLex0 + 3*min(int(info.kind), 3) + min(int(info.form), 2)
		}
	}
	return sNone
}

// hashAll returns strHash of each of xs.
func hashAll(xs []string) []uint64 {
	out := make([]uint64, len(xs))
	for i, x := range xs {
		out[i] = strHash(x)
	}
	return out
}

// pairFeatures sets fs to the features of c.
func (f *finder) pairFeatures(c *pairCand, fs *pairFeats, a, b, first, rules int) {
	fs.n = 0
	rule := c.kind >= pairRule
	split := uint32(0)
	if !rule {
		if pairsClauseExtra&64 != 0 {
			split = uint32(c.kind)
		}
		if pairsClauseExtra&128 != 0 && f.lowf(c.ci)&fCue != 0 {
			split += 8
		}
	}
	fs.rule, fs.split = rule, split
	cue := f.lowAt(c.ci)
	head := f.headType(c.se)
	kind := sKind0 + c.kind
	hCue, hHead, hKind := strHash(cue), strHash(head), hKindNames[c.kind]
	hHw := strHash(f.lowAt(c.se)) // the head word
	fs.add(featS(ftBias, sEmpty, sEmpty))
	fs.add(featH(ftCue, hCue, hEmpty))
	fs.add(feat(ftCueSuf, suffix(cue, 3)))
	lex := f.lexValue(c.ci)
	hLex := smallHashes[lex]
	fs.add(featS(ftCueLex, lex, sEmpty))
	hNx := strHash(f.shape(c.ci+1, a, b))
	fs.add(featH(ftNext, hNx, hEmpty))
	fs.add(featH(ftCueNext, hCue, hNx))
	end := max(c.se, c.spanEnd)
	if c.kind != pairBy {
		naux := 0
		for k := end + 1; k < c.ci && naux < 4; k++ {
			fs.add(feat(ftAux, f.lowAt(k)))
			naux++
		}
		fs.add(featS(ftNAux, sLen0+min(naux, 6), sEmpty))
	}
	fs.add(featH(ftHead, hHead, hEmpty))
	if !f.isCapAt(c.se) {
		fs.add(featH(ftHeadWord, hHw, hEmpty))
	}
	fs.add(featS(ftLen, sLen0+min(end-c.ss+1, 6), sEmpty))
	hBefore := strHash(f.shape(c.ss-1, a, b))
	fs.add(featH(ftBefore, hBefore, hEmpty))
	// what precedes a source of this kind: "Q he" (a quote, then "he"),
	// "<s> C" (a name opening the sentence), "in C" (a name in a phrase)
	fs.add(featH(ftHeadBefore, hHead, hBefore))
	fs.add(featH(ftCueHead, hCue, hHead))
	fs.add(featS(ftKind, kind, sEmpty))
	fs.add(featH(ftKindHead, hKind, hHead))
	fs.add(featH(ftCueKind, hCue, hKind))
	// a quotation right after the cue, or just before the source
	qa := sNo
	for k := c.ci + 1; k < b && k <= c.ci+3; k++ {
		if f.toks[k].qmark {
			qa = sYes
			break
		}
	}
	fs.add(featS(ftQuoteAfter, qa, sEmpty))
	k := c.ss - 1
	qb := yesNo(k >= a && (f.toks[k].qmark || f.w(k) == "," && k > a && f.toks[k-1].qmark))
	fs.add(featS(ftQuoteBefore, qb, sEmpty))
	// inside the reported clause of a rule attribution of the sentence
	nested := sNo
	s := int(f.toks[c.ss].s)
	for k := first; k < rules; k++ {
		if o := &f.out[k]; s >= o.ContentStart && s < o.ContentEnd {
			nested = sYes
			break
		}
	}
	fs.add(featS(ftNested, nested, sEmpty))
	pos := 0
	switch d := c.ss - a; {
	case d == 0:
	case d <= 3:
		pos = 1
	case d <= 10:
		pos = 2
	default:
		pos = 3
	}
	fs.add(featS(ftPos, sLen0+pos, sEmpty))
	if f.titledSpan(c.ss, end) {
		fs.add(featS(ftTitled, sEmpty, sEmpty))
	}
	if k := c.ss - 1; k >= a {
		switch f.lowAt(k) {
		case "that", "which", "who", "whom":
			fs.add(feat(ftRel, f.lowAt(k)))
		}
	}
	// the cue's class (speech, thought, noun cue ...) with the source's
	// head, its place in the sentence and an adjacent quote
	fs.add(featH(ftLexHead, hLex, hHead))
	fs.add(featS(ftLexPos, lex, sLen0+pos))
	fs.add(featS(ftKindPos, kind, sLen0+pos))
	fs.add(featS(ftLexQuote, lex, qa))
	// a clause break (punctuation, a conjunction, a quote) between source
	// and cue: the two may belong to different clauses
	fs.add(featS(ftClause, yesNo(f.clauseBreak(c, end)), kind))
	// a verb earlier in the source's clause: the source may be an object
	// ("urged Obama to say") rather than the subject
	fs.add(featS(ftVerbBefore, yesNo(f.verbBefore(a, c.ss)), kind))
	f.clauseFeatures(c, fs, a, kind, hHead, hHw)
}

// pairSentCtx holds the sentence-level inputs of clauseFeatures, worked
// out on first use in a sentence (most sentences have no candidate).
type pairSentCtx struct {
	a, b, first int
	ready       bool
	ncand       int // the pair candidates of the sentence (clauseExtra)
	// openers holds the tokens of the sentence that open a clause
	// (clauseOpener), in order; firstVerb is its first verb-like
	// lower-case word (b when none); both as far as scanned
	openers   []int32
	firstVerb int
	scanned   int // the tokens before it are in openers and firstVerb
	quote     int // sYes when a quotation mark is in the sentence, else sNo
	length    int // the sentence's length class (a small value)
}

// setPairSent starts sentence [a, b), whose first attribution is
// f.out[first], for clauseFeatures.
func (f *finder) setPairSent(a, b, first int) {
	p := &f.pairSent
	p.a, p.b, p.first, p.ready = a, b, first, false
}

// pairSentInputs works out f.pairSent for the current sentence once.
func (f *finder) pairSentInputs() *pairSentCtx {
	p := &f.pairSent
	if p.ready {
		return p
	}
	p.ready = true
	p.quote = sNo
	if k, _ := slices.BinarySearch(f.qmarks, int32(p.a)); k < len(f.qmarks) && int(f.qmarks[k]) < p.b {
		p.quote = sYes
	}
	l := 0
	switch n := p.b - p.a; {
	case n <= 12:
	case n <= 25:
		l = 1
	case n <= 40:
		l = 2
	default:
		l = 3
	}
	p.length = sLen0 + l
	// (the openers and first verb are scanned as far as clausePlace asks)
	p.openers, p.scanned, p.firstVerb = p.openers[:0], p.a, p.b
	return p
}

// clauseFeatures adds the features of c beyond its two-word window and
// head: the source's own head and first words, the word before it, quotes
// in the sentence and around the source, how many names and pronouns
// precede it in the sentence, and the sentence's length.
// kind is the small value of the candidate's kind.
func (f *finder) clauseFeatures(c *pairCand, fs *pairFeats, a, kind int, hHead, hHw uint64) {
	hKind := smallHashes[kind]
	p := f.pairSentInputs()
	fs.add(featH(ftHeadLex, hHw, hEmpty))
	hFirst := hHw
	if c.ss != c.se {
		hFirst = strHash(f.lowAt(c.ss))
	}
	fs.add(featH(ftFirst, hFirst, hEmpty))
	if k := c.ss - 1; k >= a && f.isLowerAt(k) {
		// "after X", "if X", "and X": the word that opens the source's clause
		fs.add(featH(ftPrevLex, strHash(f.lowAt(k)), hKind))
	}
	fs.add(featS(ftSentQuote, p.quote, kind))
	iq := hNo
	if f.toks[c.ss].quote {
		iq = hYes
	}
	fs.add(featH(ftInQuote, iq, hHead))
	// (no feature reads the attributions of earlier sentences, so that
	// a sentence's pairs depend on the sentence and the article's text
	// alone)
	fs.hHead, fs.kind = hHead, kind
	if fs.lazy {
		fs.gap = [2]uint8{uint8(fs.n), uint8(fs.n)} // (clauseExtra's, when it runs)
	}
	// names and pronouns before the source: later ones are more often
	// objects
	r := 0
	for k := c.ss - 1; k >= a && r < 3; k-- {
		if f.isCapAt(k) || f.lowf(k)&fPronoun != 0 {
			r++
		}
	}
	fs.add(featS(ftCandRank, sLen0+r, kind))
	fs.add(featS(ftSentLen, p.length, kind))
	if pairsClauseExtra != 0 {
		f.clauseExtra(c, fs, a, kind, hHead)
	}
}

// clauseOpener reports whether token k opens a clause: punctuation, a
// quotation mark, a conjunction, a subordinator or a relative.
func (f *finder) clauseOpener(k int) bool {
	t := &f.toks[k]
	if t.qmark {
		return true
	}
	if t.cls&cWord != 0 && t.ll&fStopNP == 0 && t.e-t.s != 7 {
		// every opener word is in stopNP but "whereas"
		return false
	}
	return f.openerWord(k)
}

// openerWord reports whether token k is a punctuation mark or word that
// opens a clause (clauseOpener).
func (f *finder) openerWord(k int) bool { return isOpenerWord(f.lowAt(k)) }

// isOpenerWord reports whether w is a punctuation mark or word that opens
// a clause (openerWord; openerValues lists them).
func isOpenerWord(w string) bool {
	switch w {
	case ",", ";", ":", "(", ")", "—", "–", "--", "that", "which", "who", "whom", "whose", "when", "while",
		"because", "although", "though", "if", "after", "before", "since", "as", "unless", "until",
		"whereas", "and", "but", "or", "so", "where", "whether":
		return true
	}
	return false
}

// clausePlace returns the word that opens the clause of candidate c ("Q"
// a quotation mark, "<s>" the sentence's start, "far" none within 15
// tokens), the clause openers before it and whether a verb-like word
// precedes that clause, from the sentence's openers and first verb,
// scanned as far as needed (pairSentInputs must have run for the sentence
// that starts at a).
func (f *finder) clausePlace(c *pairCand, a int) (open string, nOpen int, verb bool) {
	lo := min(c.ss, c.ci)
	p := &f.pairSent
	for k := p.scanned; k < lo; k++ {
		if f.clauseOpener(k) {
			p.openers = append(p.openers, int32(k))
		}
		if p.firstVerb == p.b && f.toks[k].cls&cLower != 0 && !f.toks[k].quote && f.verbLike(p.a, k) {
			p.firstVerb = k
		}
	}
	p.scanned = max(p.scanned, lo)
	// the openers before lo: the last one within 15 tokens opens the
	// source's clause ("far" when none does and the sentence starts
	// further back)
	for nOpen < len(p.openers) && int(p.openers[nOpen]) < lo {
		nOpen++
	}
	open = "<s>"
	k := max(a, lo-15) - 1
	if nOpen > 0 && int(p.openers[nOpen-1]) >= lo-15 {
		k = int(p.openers[nOpen-1])
		open = f.lowAt(k)
		if f.toks[k].qmark {
			open = "Q"
		}
	} else if k >= a {
		open = "far"
	}
	return open, nOpen, p.firstVerb < k
}

// clauseExtra adds where the source's clause stands in the sentence: the
// word that opens it, how many clauses precede it, whether a verb precedes
// it in an earlier clause, and what follows the cue.
// hHead is strHash of the headType of the source's head.
func (f *finder) clauseExtra(c *pairCand, fs *pairFeats, a, kind int, hHead uint64) {
	hKind := smallHashes[kind]
	fs.gap[0] = uint8(fs.n)
	if fs.lazy {
		for _, bit := range [...]int{1, 2, 4, 32, 16} {
			if pairsClauseExtra&bit != 0 {
				fs.skip()
			}
		}
	} else {
		f.placeFeatures(c, fs, a, kind, hHead)
	}
	fs.gap[1] = uint8(fs.n)
	if pairsClauseExtra&256 != 0 && c.kind < pairRule {
		// a lone candidate, or one of several in its sentence; and the
		// rule attributions of the sentence
		fs.add(featS(ftNCands, sLen0+min(f.pairSent.ncand, 3), sLen0+min(len(f.out)-f.pairSent.first, 2)))
	}
	if pairsClauseExtra&512 != 0 && c.kind < pairRule {
		fs.add(featS(ftNCandsKind, sLen0+min(f.pairSent.ncand, 3), kind))
	}
	if pairsClauseExtra&1024 != 0 && c.kind < pairRule {
		// the lone-candidate signal by the cue's class: a lone subject
		// of "said" is likelier a source than a lone one of a noun cue
		hLex := smallHashes[f.lexValue(c.ci)]
		hn := hLenNames[min(f.pairSent.ncand, 3)]*31 + hLenNames[min(len(f.out)-f.pairSent.first, 2)]
		fs.add(featH(ftNCandsLex, hn, hLex))
	}
	if pairsClauseExtra&8 != 0 {
		comp := "none"
		b := f.pairSent.b
		for j := c.ci + 1; j < b && j <= c.ci+4; j++ {
			if f.toks[j].qmark {
				comp = "Q"
				break
			}
			w := f.lowAt(j)
			switch w {
			case "that", "to", ",", "about", "on", "of", "for", "with", "in", ".", "and":
				comp = w
			}
			if comp != "none" {
				break
			}
		}
		fs.add(featH(ftCueComp, strHash(comp), hKind))
	}
}

// placeFeatures adds the features of clauseExtra that pairBounds bounds:
// the word that opens the source's clause, how many clauses precede it,
// whether a verb precedes it in an earlier clause, and how often the head
// word occurs in the article and next to a cue word.
func (f *finder) placeFeatures(c *pairCand, fs *pairFeats, a, kind int, hHead uint64) {
	hKind := smallHashes[kind]
	open, nOpen, verb := f.clausePlace(c, a)
	if pairsClauseExtra&1 != 0 {
		fs.add(featH(ftOpener, strHash(open), hKind))
	}
	if pairsClauseExtra&2 != 0 {
		fs.add(featS(ftClauseIdx, sLen0+min(nOpen, 3), kind))
	}
	if pairsClauseExtra&4 != 0 {
		// a verb before the source's clause
		fs.add(featS(ftMainBefore, yesNo(verb), kind))
	}
	if pairsClauseExtra&(16|32) != 0 {
		// how often the source's head word (as written) occurs in the
		// article: its main actors are named again and again; and how
		// often it stands next to a cue word ("Sanders said", "said
		// Sanders")
		n, sp := 0, 0
		if f.lowf(c.se)&fPronoun == 0 {
			n, sp = f.headCount(c.se)
		}
		hHt := hHead // (strHash of headType)
		if pairsClauseExtra&32 != 0 {
			fs.add(featH(ftHeadSpeaker, hLenNames[min(sp, 3)], hHt))
		}
		b := 0
		switch {
		case n == 0:
		case n == 1:
			b = 1
		case n <= 3:
			b = 2
		case n <= 6:
			b = 3
		default:
			b = 4
		}
		if pairsClauseExtra&16 != 0 {
			fs.add(featH(ftHeadFreq, hLenNames[b], hHt))
		}
	}
}

// clauseBreak reports whether punctuation, a conjunction or a quote lies
// between the source of c (ending at token end) and its cue.
func (f *finder) clauseBreak(c *pairCand, end int) bool {
	lo, hi := end+1, c.ci
	if c.ci < c.ss {
		lo, hi = c.ci+1, c.ss
	}
	for k := lo; k < hi; k++ {
		if f.toks[k].qmark {
			return true
		}
		switch f.lowAt(k) {
		case ",", ";", ":", "and", "but", "while", "because", "although", "when", "after", "before", "if":
			return true
		}
	}
	return false
}

// verbBefore reports whether a verb-like word precedes token ss in its
// clause (at most 12 tokens back, stopping at a quote or punctuation).
func (f *finder) verbBefore(a, ss int) bool {
	for k := ss - 1; k >= a && k >= ss-12; k-- {
		t := &f.toks[k]
		if t.qmark {
			return false
		}
		if t.cls&cLower != 0 {
			if f.verbLike(a, k) {
				return true
			}
			continue // (no punctuation)
		}
		switch f.w(k) {
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// loneDets are quantifiers that may stand alone as a source ("some are
// quietly saying", "many were seeking", "Another said").
var loneDets = map[string]bool{
	"some": true, "many": true, "several": true, "one": true, "two": true, "three": true,
	"another": true, "others": true, "most": true,
}

// ingNouns are nouns in -ing that may head a source ("recent polling
// shows"); leftNP turns other -ing words away as verbs.
var ingNouns = map[string]bool{
	"polling": true, "reporting": true, "briefing": true, "ruling": true, "hearing": true,
	"meeting": true, "funding": true, "spending": true, "building": true, "finding": true,
	"findings": true, "wording": true, "filing": true, "filings": true, "reckoning": true,
}

// ingCue reports whether lower-case token i is one of ingCues (the
// suffix test first: most words are no -ing form).
func (f *finder) ingCue(i int) bool {
	t := &f.toks[i]
	if t.e-t.s < 7 || f.body[t.e-1] != 'g' || f.body[t.e-2] != 'n' || f.body[t.e-3] != 'i' {
		return false
	}
	return ingCues[f.lowAt(i)]
}

// ingCues are -ing forms of verbs of stance and showing, no cue words of
// the lexicon, that head a reduced relative or a progressive after their
// source ("a new poll showing", "a group backing Huckabee", "ads
// attacking rivals", "Democrats are seeking").
var ingCues = map[string]bool{
	"showing": true, "backing": true, "supporting": true, "seeking": true, "attacking": true,
	"opposing": true, "demanding": true, "pushing": true, "blaming": true, "promoting": true,
	"touting": true, "favoring": true, "defending": true, "accusing": true, "questioning": true,
	"challenging": true, "condemning": true, "rejecting": true, "slamming": true, "blasting": true,
	"targeting": true, "highlighting": true, "predicting": true, "indicating": true, "revealing": true,
}

// headCount returns how often the word of token hd occurs, as written, in
// the article, and how many of those occurrences other than hd stand next
// to a cue word ("Sanders said", "said Sanders"). On first use the tokens
// are chained by a key of their text (chainHeads), so that the cost stays
// linear in the article: a count walks the chain of its word's key only.
func (f *finder) headCount(hd int) (n, sp int) {
	if !f.headsOK {
		f.chainHeads()
	}
	dq := f.toks[hd].dq // (its word is '"', not its text)
	if m := f.headMemo[hd]; m.n > 0 && !dq {
		n, sp = int(m.n-1), int(m.sp)
	} else {
		w := f.w(hd)
		first := f.headFirst[headKey(w)&uint32(len(f.headFirst)-1)] - 1
		for k := first; k >= 0; k = f.headNext[k] - 1 {
			if t := &f.toks[k]; f.body[t.s:t.e] == w {
				n++
				if f.nextToCue(int(k)) {
					sp++
				}
			}
		}
		// every token of the word has these counts
		for k := first; k >= 0; k = f.headNext[k] - 1 {
			if t := &f.toks[k]; f.body[t.s:t.e] == w {
				f.headMemo[k] = headCounts{n: int32(n + 1), sp: int32(sp)}
			}
		}
	}
	if !dq && f.nextToCue(hd) {
		sp-- // hd itself
	}
	return n, sp
}

// headCounts are the counts of the word of a token (headMemo): n-1
// occurrences (0: not counted yet), sp of them next to a cue word.
type headCounts struct{ n, sp int32 }

// headKey mixes the length and the first and last bytes of word w
// (not empty) into the key that chains it.
func headKey(w string) uint32 {
	n := len(w)
	k := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16
	k *= 0x9e3779b1
	return k ^ k>>15
}

// chainHeads chains every token to the previous one with the same headKey
// of its text: headFirst[key & mask]-1 is the last such token (-1: none),
// headNext[k]-1 the one before token k; headMemo starts empty.
func (f *finder) chainHeads() {
	size := 16
	for size < len(f.toks) {
		size <<= 1
	}
	f.headFirst = slices.Grow(f.headFirst[:0], size)[:size]
	clear(f.headFirst)
	f.headNext = slices.Grow(f.headNext[:0], len(f.toks))[:len(f.toks)]
	f.headMemo = slices.Grow(f.headMemo[:0], len(f.toks))[:len(f.toks)]
	clear(f.headMemo)
	mask := uint32(size - 1)
	for k := range f.toks {
		t := &f.toks[k]
		h := headKey(f.body[t.s:t.e]) & mask
		f.headNext[k] = f.headFirst[h]
		f.headFirst[h] = int32(k + 1)
	}
	f.headsOK = true
}

// nextToCue reports whether a cue word stands right before or after token
// j.
func (f *finder) nextToCue(j int) bool {
	return j+1 < len(f.toks) && f.lowf(j+1)&fCue != 0 || j > 0 && f.lowf(j-1)&fCue != 0
}
