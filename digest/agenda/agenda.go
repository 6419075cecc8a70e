// Package agenda owns the learned agenda reader: a small logistic
// regression that scores candidate topic phrases of an article (short
// noun phrases a simple chunker cuts from its sentences) by the words
// around them, their own words and the sentence they stand in.
//
// The engine's phrase rules read the agenda first; the model adds the
// topics the rules miss, chiefly those an article spreads over several
// sentences ("the return of displaced people is also on the table",
// "officials said electricity sales and tariffs would be discussed").
// Training is reproducible: `go run ./digest/agenda/cmd/train-agenda`
// reads the training quick-look sets (every set under digest/evaluate/quicklook),
// labels each candidate by the sets' Agenda checks and answer keys, and
// writes model.tsv, which the package embeds.
package agenda

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/internal/logreg"
)

// Token is one word or punctuation mark of a sentence, as the engine
// split it.
type Token struct {
	// Low is the token in lower case.
	Low string
	// Cap says the token starts with an upper-case letter.
	Cap bool
	// Punct says the token is punctuation.
	Punct bool
	// Ent is the kind of entity mention the token stands in: 0 none,
	// EntPerson, EntPlace or EntOrg.
	Ent uint8
}

// Entity kinds of a Token.
const (
	EntPerson uint8 = 1 + iota
	EntPlace
	EntOrg
)

// Sentence is one sentence of an article with what the engine knows of
// it; the features of a candidate phrase read it.
type Sentence struct {
	// Toks are the sentence's tokens.
	Toks []Token
	// Pos is the sentence's place after the lead: 0 the lead, 1 the next
	// two sentences, 2 the three after them, 3 any later one.
	Pos int
	// Venue, Date and Party say the sentence names the event's venue, a
	// date, or one of its participants; Rule says the engine's rules took
	// an agenda item from it.
	Venue, Date, Party, Rule bool
}

// Features. A candidate phrase [a, b) of a sentence gives features of two
// sorts, each named by a prefix and a word or a value.
//
// Word features, one slot of a word's record each:
//
//	w:x   each word of the phrase   f:x  its first word   h:x  its last (head)
//	p1:x  the token before it ("^" at the start)   p2:x the one before that
//	n1:x  the token after it ("$" at the end)
//	bw:x  each word of the eight before p1         aw:x each word of the three after n1
//	sw:x  each word of the sentence
//
// Other features, a fixed list (miscNames):
//
//	len:n  its number of words      cap:all|some|none  its capitals
//	fs:, hs:  the ending of its first and last word (ed, ing, ly, s, or -)
//	ent:all|some|none  its words in entity mentions; hent:per|place|org the head's
//	pos:n  the sentence's place (Sentence.Pos)
//	ctx:venue|date|party|rule  what the sentence names (Sentence)
//
// Numbers are the word "0". Training names the features (FeatureNames);
// the model keeps the weights of word features in one record per word
// (looked up once per token of a sentence) and the others in an array, so
// prediction hashes each token once and adds up floats (Score).

// Word feature slots.
const (
	slotW = iota
	slotF
	slotH
	slotP1
	slotP2
	slotN1
	slotBW
	slotAW
	slotSW
	numSlots
)

// slotPrefix are the name prefixes of the slots.
var slotPrefix = [numSlots]string{"w:", "f:", "h:", "p1:", "p2:", "n1:", "bw:", "aw:", "sw:"}

// record is the weights of one word's features, by slot, and whether the
// word is one of stops.
type record struct {
	w    [numSlots]float32
	stop bool
}

// miscNames are the names of the other features, in the order of their
// weights in Model.misc.
var miscNames = func() []string {
	var out []string
	for _, d := range digits {
		out = append(out, "len:"+d)
	}
	out = append(out, "cap:all", "cap:some", "cap:none")
	for _, e := range endings {
		out = append(out, "fs:"+e)
	}
	for _, e := range endings {
		out = append(out, "hs:"+e)
	}
	out = append(out, "ent:all", "ent:some", "ent:none", "hent:-", "hent:per", "hent:place", "hent:org")
	for _, d := range digits[:4] {
		out = append(out, "pos:"+d)
	}
	return append(out, "ctx:venue", "ctx:date", "ctx:party", "ctx:rule")
}()

// Offsets of the groups of miscNames.
const (
	miscLen  = 0
	miscCap  = miscLen + 10
	miscFS   = miscCap + 3
	miscHS   = miscFS + numEndings
	miscEnt  = miscHS + numEndings
	miscHEnt = miscEnt + 3
	miscPos  = miscHEnt + 4
	miscCtx  = miscPos + 4
	numMisc  = miscCtx + 4
)

var digits = [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// endings are the word endings of fs: and hs:, "-" for none of them.
var endings = [numEndings]string{"ed", "ing", "ly", "s", "-"}

const numEndings = 5

// ending returns the index in endings of w's ending.
func ending(w string) int {
	switch {
	case strings.HasSuffix(w, "ed"):
		return 0
	case strings.HasSuffix(w, "ing"):
		return 1
	case strings.HasSuffix(w, "ly"):
		return 2
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return 3
	}
	return 4
}

// Model is a trained agenda model. The zero Model scores every phrase
// 0.5 and has threshold 0.
type Model struct {
	words table
	misc  [numMisc]float32
	bias  float32
	// Threshold is the probability from which the engine lists a phrase
	// (chosen by leave-one-set-out cross validation, see
	// cmd/train-agenda).
	Threshold float64
}

//go:embed model.tsv
var shipped string

// Shipped loads the embedded model.
func Shipped() (*Model, error) {
	return Parse(shipped)
}

// miscIndex maps a name of miscNames to its index.
var miscIndex = func() map[string]int {
	m := make(map[string]int, len(miscNames))
	for i, n := range miscNames {
		m[n] = i
	}
	return m
}()

// Parse reads a model written by Train (logreg.Model.Format): "bias"
// and "threshold" lines, then one line per feature, its name (see
// FeatureNames) and weight separated by a tab. Every value is read as a
// float32, the threshold too.
func Parse(s string) (*Model, error) {
	m := &Model{}
	words := make(map[uint64]*record, strings.Count(s, "\n")/2)
	err := logreg.Lines(s, func(name, val string) error {
		v, err := strconv.ParseFloat(val, 32)
		if err != nil {
			return err
		}
		return m.set(words, name, v)
	})
	if err != nil {
		return nil, fmt.Errorf("agenda: %w", err)
	}
	for w := range stops {
		h := wordHash(w)
		if words[h] == nil {
			words[h] = new(record)
		}
		words[h].stop = true
	}
	m.words = newTable(words)
	return m, nil
}

// set gives the feature name the weight v; the records of word features
// are in words.
func (m *Model) set(words map[uint64]*record, name string, v float64) error {
	switch name {
	case "bias":
		m.bias = float32(v)
		return nil
	case "threshold":
		m.Threshold = v
		return nil
	}
	if i, ok := miscIndex[name]; ok {
		m.misc[i] = float32(v)
		return nil
	}
	for slot, p := range slotPrefix {
		if w, ok := strings.CutPrefix(name, p); ok && w != "" {
			h := wordHash(w)
			r := words[h]
			if r == nil {
				r = new(record)
				words[h] = r
			}
			r.w[slot] = float32(v)
			return nil
		}
	}
	return fmt.Errorf("bad feature %q", name)
}

// table maps word hashes to their records by open addressing: a probe
// costs a few instructions, a fraction of a Go map's look-up.
type table struct {
	keys []uint64 // 0: an empty slot
	recs []record
	mask uint64
}

// newTable builds the table of the records of m.
func newTable(m map[uint64]*record) table {
	n := 1
	for n < 2*len(m)+1 {
		n <<= 1
	}
	t := table{keys: make([]uint64, n), recs: make([]record, n), mask: uint64(n - 1)}
	for h, r := range m {
		h = max(h, 1)
		i := h & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.recs[i] = h, *r
	}
	return t
}

// get returns the record of the word hash h, or nil.
func (t *table) get(h uint64) *record {
	if t.keys == nil {
		return nil
	}
	h = max(h, 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return &t.recs[i]
		case 0:
			return nil
		}
	}
}

// Scratch is the working memory of Score, kept by the caller between
// calls so that scoring allocates nothing.
type Scratch struct {
	toks []tokScore
}

// tokScore is what Score knows of a token: its record, and the running
// sums before it (of the w:, bw: and aw: weights, of capitalised tokens
// and of tokens in entity mentions), its ending and whether it may stand
// in a phrase.
type tokScore struct {
	rec                *record
	cumW, cumBW, cumAW float32
	cumCap, cumEnt     int32
	end                uint8
	content            bool
}

// none is the record of a word the model does not know.
var none record

var (
	startHash = wordHash("^")
	endHash   = wordHash("$")
)

// Score calls fn with every candidate phrase [a, b) of s (Chunks) whose
// probability of naming a topic of the meeting is at least the model's
// Threshold, and that probability.
func (m *Model) Score(s *Sentence, sc *Scratch, fn func(a, b int, p float64)) {
	m.ScoreFrom(s, sc, m.Threshold, fn)
}

// ScoreFrom is Score with threshold in place of the model's Threshold:
// the engine also reads the model's weaker support for the rules' items
// (a threshold below the model's own).
func (m *Model) ScoreFrom(s *Sentence, sc *Scratch, threshold float64, fn func(a, b int, p float64)) {
	t := s.Toks
	n := len(t)
	if cap(sc.toks) < n+1 {
		sc.toks = make([]tokScore, n+1, 2*n+1)
	}
	ts := sc.toks[:n+1]
	base := m.bias + m.misc[miscPos+min(max(s.Pos, 0), 3)]
	for k, on := range [4]bool{s.Venue, s.Date, s.Party, s.Rule} {
		if on {
			base += m.misc[miscCtx+k]
		}
	}
	var cw, cbw, caw float32
	var ccap, cent int32
	for i := range t {
		tk, x := &t[i], &ts[i]
		r := m.words.get(wordHash(word(tk)))
		if r == nil {
			r = &none
			if m.words.keys == nil && stops[tk.Low] {
				r = &stopRecord // (the zero Model)
			}
		}
		x.rec, x.cumW, x.cumBW, x.cumAW, x.cumCap, x.cumEnt = r, cw, cbw, caw, ccap, cent
		cw += r.w[slotW]
		cbw += r.w[slotBW] // (punctuation: 0, as it has no bw: feature)
		caw += r.w[slotAW]
		if tk.Cap {
			ccap++
		}
		if tk.Ent != 0 {
			cent++
		}
		x.content = content(tk, r.stop)
		if x.content {
			x.end = uint8(ending(tk.Low))
		}
		if !tk.Punct {
			base += r.w[slotSW]
		}
	}
	ts[n] = tokScore{cumW: cw, cumBW: cbw, cumAW: caw, cumCap: ccap, cumEnt: cent}
	start, end := m.words.get(startHash), m.words.get(endHash)
	if start == nil {
		start = &none
	}
	if end == nil {
		end = &none
	}
	// z >= cut is p >= Threshold
	cut := float32(math.Inf(1))
	if threshold <= 0 {
		cut = float32(math.Inf(-1))
	} else if threshold < 1 {
		cut = float32(math.Log(threshold / (1 - threshold)))
	}
	for i := 0; i < n; {
		if !ts[i].content {
			i++
			continue
		}
		j := i
		for j < n && ts[j].content {
			j++
		}
		phrase := func(a, b int) {
			z := base + ts[b].cumW - ts[a].cumW + ts[a].rec.w[slotF] + ts[b-1].rec.w[slotH]
			if a >= 1 {
				z += ts[a-1].rec.w[slotP1]
			} else {
				z += start.w[slotP1]
			}
			if a >= 2 {
				z += ts[a-2].rec.w[slotP2]
			} else {
				z += start.w[slotP2]
			}
			if b < n {
				z += ts[b].rec.w[slotN1]
			} else {
				z += end.w[slotN1]
			}
			if lo, hi := max(0, a-9), a-1; hi > lo {
				z += ts[hi].cumBW - ts[lo].cumBW
			}
			if lo, hi := b+1, min(n, b+4); hi > lo {
				z += ts[hi].cumAW - ts[lo].cumAW
			}
			z += m.misc[miscLen+min(b-a, 9)] + m.misc[miscCap+share(ts[b].cumCap-ts[a].cumCap, b-a)] +
				m.misc[miscFS+int(ts[a].end)] + m.misc[miscHS+int(ts[b-1].end)] +
				m.misc[miscEnt+share(ts[b].cumEnt-ts[a].cumEnt, b-a)] + m.misc[miscHEnt+int(min(t[b-1].Ent, 3))]
			if z >= cut {
				fn(a, b, logreg.Logistic(float64(z)))
			}
		}
		// the candidates of chunks, in its order
		for a := max(i, j-6); a < j; a++ {
			phrase(a, j)
		}
		if j+1 < n && t[j].Low == "of" && ts[j+1].content {
			k := j + 1
			for k < n && ts[k].content {
				k++
			}
			for a := max(i, j-3); a < j; a++ {
				if k-a <= 6 {
					phrase(a, k)
				}
			}
		}
		i = j
	}
}

// share is 0 when k of n is all, 1 some, 2 none (the order of cap: and
// ent: in miscNames).
func share(k int32, n int) int {
	switch {
	case int(k) == n:
		return 0
	case k > 0:
		return 1
	}
	return 2
}

// stopRecord is the record of a stop word the model does not know.
var stopRecord = record{stop: true}

// phraseMisc returns the indexes in miscNames of the other features of
// the phrase [a, b) of t that do not depend on the sentence alone.
func phraseMisc(t []Token, a, b int) [6]int {
	var caps, ents int32
	for i := a; i < b; i++ {
		if t[i].Cap {
			caps++
		}
		if t[i].Ent != 0 {
			ents++
		}
	}
	n := b - a
	return [6]int{miscLen + min(n, 9), miscCap + share(caps, n), miscFS + ending(t[a].Low), miscHS + ending(t[b-1].Low), miscEnt + share(ents, n), miscHEnt + int(min(t[b-1].Ent, 3))}
}

// word is the feature text of a token: its lower case, or "0" for a
// number.
func word(t *Token) string {
	if t.Low != "" && t.Low[0] >= '0' && t.Low[0] <= '9' {
		return "0"
	}
	return t.Low
}

// FeatureNames calls emit with the name of every feature of the phrase
// [a, b) of s; Score weighs the same features.
func FeatureNames(s *Sentence, a, b int, emit func(name string)) {
	t := s.Toks
	for i := a; i < b; i++ {
		emit("w:" + word(&t[i]))
	}
	emit("f:" + word(&t[a]))
	emit("h:" + word(&t[b-1]))
	p1, p2, n1 := "^", "^", "$"
	if a >= 1 {
		p1 = word(&t[a-1])
	}
	if a >= 2 {
		p2 = word(&t[a-2])
	}
	if b < len(t) {
		n1 = word(&t[b])
	}
	emit("p1:" + p1)
	emit("p2:" + p2)
	emit("n1:" + n1)
	for i := max(0, a-9); i < a-1; i++ {
		if !t[i].Punct {
			emit("bw:" + word(&t[i]))
		}
	}
	for i := b + 1; i < min(len(t), b+4); i++ {
		if !t[i].Punct {
			emit("aw:" + word(&t[i]))
		}
	}
	for i := range t {
		if !t[i].Punct {
			emit("sw:" + word(&t[i]))
		}
	}
	for _, k := range phraseMisc(t, a, b) {
		emit(miscNames[k])
	}
	emit(miscNames[miscPos+min(max(s.Pos, 0), 3)])
	for k, on := range [4]bool{s.Venue, s.Date, s.Party, s.Rule} {
		if on {
			emit(miscNames[miscCtx+k])
		}
	}
}

// wordHash hashes w eight bytes at a time (a multiply-xorshift mix).
func wordHash(w string) uint64 {
	h := uint64(len(w)) * 0x9E3779B97F4A7C15
	for len(w) >= 8 {
		h = mix(h ^ (uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56))
		w = w[8:]
	}
	var tail uint64
	for i := len(w) - 1; i >= 0; i-- {
		tail = tail<<8 | uint64(w[i])
	}
	return mix(h ^ tail ^ 0xff)
}

// mix scrambles the bits of h.
func mix(h uint64) uint64 {
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// Chunks calls fn with every candidate phrase [a, b) of toks: each
// suffix, at most six words long, of every run of words that holds no
// punctuation and no function word (stop); and "X of Y", a run's last
// words joined by "of" to the next run, at most six words in all.
func Chunks(toks []Token, fn func(a, b int)) {
	c := make([]bool, len(toks))
	for i := range toks {
		c[i] = content(&toks[i], stops[toks[i].Low])
	}
	chunks(toks, c, fn)
}

// chunks is Chunks with the tokens' content flags (content) given.
func chunks(toks []Token, content []bool, fn func(a, b int)) {
	for i := 0; i < len(toks); {
		if !content[i] {
			i++
			continue
		}
		j := i
		for j < len(toks) && content[j] {
			j++
		}
		for a := max(i, j-6); a < j; a++ {
			fn(a, j)
		}
		// "the return of displaced people"
		if j+1 < len(toks) && toks[j].Low == "of" && content[j+1] {
			k := j + 1
			for k < len(toks) && content[k] {
				k++
			}
			for a := max(i, j-3); a < j; a++ {
				if k-a <= 6 {
					fn(a, k)
				}
			}
		}
		i = j
	}
}

// content reports whether t may stand in a topic phrase: a word that is no
// function word.
// stop says the token is one of stops.
func content(t *Token, stop bool) bool {
	if t.Punct || t.Low == "" || stop {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Low)
	return r != '\'' && r != '’' // not a possessive "'s"
}

// stops are the function words, reporting verbs and auxiliaries that end
// a candidate phrase.
var stops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the this that these those its their his her our my your
	of on in at to for from by with about over under between among into onto upon after before during
	since until while as than through across against around toward towards within without
	along alongside out up down off via per near amid beyond inside outside behind despite like unlike whereas
	and or but nor so yet if whether because although though when where which who whom whose what how why
	is are was were be been being am has have had do does did will would shall should can could may might must
	said says say told tell added according also not no it they he she we you i them him us me there here
	then now just only very more most such other another each every all both any some many much
	including include includes included discuss discussed discussing discusses
	would've it's`) {
		m[w] = true
	}
	return m
}()

// ShippedText is the embedded model's text (model.tsv).
func ShippedText() string { return shipped }
