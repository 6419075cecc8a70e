package ner

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Entity types, in class order. Class 0 is O; type t has B at 1+2t and I at 2+2t.
const (
	tPER = iota
	tLOC
	tORG
	tNORP
	tTIM
	tMISC
	tTTL
	numTypes
)

// numClasses is the number of BIO labels: O plus B and I of each type.
const numClasses = 1 + 2*numTypes

var typeNames = [numTypes]string{"PER", "LOC", "ORG", "NORP", "TIM", "MISC", "TTL"}

var classLabels = func() [numClasses]string {
	var l [numClasses]string
	l[0] = "O"
	for t, n := range typeNames {
		l[1+2*t] = "B-" + n
		l[2+2*t] = "I-" + n
	}
	return l
}()

// classOf maps a label ("B-PER", "O") to its class; ok is false if unknown.
func classOf(label string) (int, bool) {
	for c, l := range classLabels {
		if l == label {
			return c, true
		}
	}
	return 0, false
}

// Capitalisation classes of a word.
const (
	ccLower  = iota // starts with a lower-case letter
	ccInit          // "London"
	ccCaps          // "NATO", "U.S."
	ccUpper1        // "A"
	ccDigit         // "1996", "3-1"
	ccAlnum         // "G7", "F-16"
	ccPunct         // ",", "--"
	ccMixed         // "iPhone", "McDonald" counts as ccInit
	ccNone          // padding beyond the sentence
	numCapClasses
)

// plainCC and capitalCC are the sets of capitalisation classes (bit c for
// class c) of plain words (lower case, punctuation, digits) and of
// capitalised ones.
const (
	plainCC   = 1<<ccLower | 1<<ccPunct | 1<<ccDigit
	capitalCC = 1<<ccInit | 1<<ccCaps | 1<<ccMixed | 1<<ccUpper1
)

// Gazetteer bits.
const (
	gCountry = 1 << iota
	gCity
	gDemonym
	gOrgIntl
	gOrgNat
	gFirst
	gRole
	gPeople
	gGMBPer
	gGMBGeo
	gGMBOrg
	gGMBGpe
	gLower
	gHonor
	gMulti         // set on matches longer than one word
	gPrefix        // internal: key is a prefix of a longer entry
	gOrgKey        // a generic word of organisation names: "Inc.", "Party", "FC"
	numGazFeatBits = 17
)

// gazFeatMask are the gazetteer bits that are features.
const gazFeatMask = (1<<numGazFeatBits - 1) &^ gPrefix

// A single word's gazetteer value holds its fine word class (see
// gazetteer.addClusters) from bit clusterShift; gazBits masks the
// gazetteer bits proper.
const (
	clusterShift = numGazFeatBits
	gazBits      = 1<<numGazFeatBits - 1
	// the most fine, middle and coarse classes
	maxFine, maxMid, maxCoarse = 1023, 127, 31
)

// gEntity are the gazetteer bits of entity names: a plain word carrying
// one ("al-qaida") is scored even on the fast path.
const gEntity = gCountry | gCity | gDemonym | gOrgIntl | gOrgNat | gPeople | gGMBPer | gGMBGeo | gGMBOrg | gGMBGpe

// Feature templates. The numeric value is mixed into every feature hash.
const (
	fBias = iota + 1
	fWord
	fShape
	fShapeCaps
	fSuf2
	fSuf3
	fSuf4
	fPre3
	fWordM1
	fWordP1
	fWordM2
	fWordP2
	fShapeM1
	fShapeP1
	fBiM1
	fBiP1
	fShape3
	fCapInit
	fCapM1
	fCapP1
	fGazB
	fGazI
	fGazM1
	fGazP1
	fWordM1Cap
	fCapsMode
	fWordCapM2
	fLen
	fGazCap
	fDocCap
	fDocBit
	// tag-dependent
	fT1
	fT12
	fT1Word
	fT1Shape
	fT1Cap
	// word classes (see gazetteer.addClusters)
	fClus
	fClusMid
	fClusCoarseCap
	fClusM1
	fClusP1
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is a 64-bit finaliser (murmur3 fmix64).
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func feat1(tmpl int, a uint64) uint64 {
	return mix(a ^ uint64(tmpl)*0x9E3779B97F4A7C15)
}

func feat2(tmpl int, a, b uint64) uint64 {
	return feat2b(feat2a(tmpl, a), b)
}

// feat2a and feat2b are the two halves of feat2: feat2(tmpl, a, b) ==
// feat2b(feat2a(tmpl, a), b), so that a precomputed feat2a serves every b.
func feat2a(tmpl int, a uint64) uint64 { return mix(a ^ uint64(tmpl)*0x9E3779B97F4A7C15) }

func feat2b(x, b uint64) uint64 { return mix(x ^ b*0xC2B2AE3D27D4EB4F) }

func feat3(tmpl int, a, b, c uint64) uint64 {
	return mix(mix(mix(a^uint64(tmpl)*0x9E3779B97F4A7C15)^b*0xC2B2AE3D27D4EB4F) ^ c*0x165667B19E3779F9)
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// phraseHash extends the hash of a lower-cased word sequence by one word.
func phraseHash(h, w uint64) uint64 { return mix(h*31 ^ w) }

// tok holds the per-word values the features are built from.
type tok struct {
	lw, sh     uint64 // lower-cased word (digits as 0), collapsed shape
	lo, hi     uint32 // the lower-cased word in the arena analyze appends to
	gazB, gazI uint32
	cc         uint8
	init       bool  // sentence-initial
	n          uint8 // length in bytes, at most 12
	doc        uint8 // docBits of this word over the document
	plain      bool  // not capitalised: lower case, digits or punctuation
	// the word's fine, middle and coarse classes (0: none)
	cf, cm, ck uint16
}

// padTok stands for positions before and after the words.
var padTok = tok{lw: 0x5bd1e995, sh: 0x5bd1e995, cc: ccNone}

// analyze fills t from word w and appends the lower-cased word to the
// arena buf (t.lo, t.hi locate it), returning the arena. The affix hashes
// are computed only for the words that get scored (see affixes).
func analyze(t *tok, w string, buf []byte) []byte {
	lo := len(buf)
	// ASCII, the common case, in a loop of its own; h, hs: the hashes of
	// word and shape; kinds: the kind bits seen (kUpper...); upper: the
	// upper-case letters; first: the kind of the first letter
	buf = slices.Grow(buf, len(w))
	i, h, kinds, upper := scanASCII(w, buf[lo:lo+len(w)])
	first := uint32(0)
	buf = buf[:lo+i]
	// the shape, the first letter's kind and the capitalisation class:
	// of the common ASCII words directly, of others by a second pass over
	// the ASCII prefix and the switch below
	var hs uint64
	var ns int
	var last byte
	cc := uint8(numCapClasses) // not known yet
	switch {
	case i < len(w):
		hs, ns, last = shapeASCII(w[:i])
	case kinds == kLower:
		hs, first, cc = shapeLower, kLower, ccLower
	case kinds == kUpper:
		hs, first, cc = shapeX, kUpper, ccCaps
		if upper == 1 {
			cc = ccUpper1
		}
	case kinds == kUpper|kLower && upper == 1 && asciiClass[w[0]]>>16 == kUpper:
		hs, first, cc = shapeXx, kUpper, ccInit
	default:
		hs, ns, last = shapeASCII(w)
	}
	if first == 0 && kinds&(kUpper|kLower) != 0 {
		// the kind of the first letter
		for j := range i {
			if k := asciiClass[w[j]] >> 16 & (kUpper | kLower); k != 0 {
				first = k
				break
			}
		}
	}
	for i < len(w) {
		c := w[i]
		var e uint32
		if c < utf8.RuneSelf {
			i++
			e = asciiClass[c]
			c = byte(e)
			buf = append(buf, c)
			h = (h ^ uint64(c)) * fnvPrime
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				e = 'X'<<8 | kUpper<<16
				r = unicode.ToLower(r)
			case unicode.IsLetter(r):
				e = 'x'<<8 | kLower<<16
			case unicode.IsDigit(r):
				e = 'd'<<8 | kDigit<<16
			default:
				e = 'o'<<8 | kOther<<16
			}
			n := len(buf)
			buf = utf8.AppendRune(buf, r)
			for _, b := range buf[n:] {
				h = (h ^ uint64(b)) * fnvPrime
			}
		}
		k := e >> 16
		if first == 0 {
			first = k & (kUpper | kLower)
		}
		kinds |= k
		upper += k & kUpper
		if s := byte(e >> 8); s != last && ns < 8 {
			hs = (hs ^ uint64(s)) * fnvPrime
			ns++
			last = s
		}
	}
	t.lw = h
	t.sh = hs
	t.lo, t.hi = uint32(lo), uint32(len(buf))
	t.n = uint8(min(len(buf)-lo, 12))
	switch {
	case cc != numCapClasses:
	case kinds&(kUpper|kLower) == 0 && kinds&kDigit != 0:
		cc = ccDigit
	case kinds&(kUpper|kLower) == 0:
		cc = ccPunct
	case kinds&kDigit != 0:
		cc = ccAlnum
	case first == kLower && upper > 0:
		cc = ccMixed
	case first == kLower:
		cc = ccLower
	case upper == 1 && kinds&kLower == 0:
		cc = ccUpper1
	case kinds&kLower == 0:
		cc = ccCaps
	case first == kUpper:
		cc = ccInit
	default:
		cc = ccMixed
	}
	t.cc = cc
	t.plain = plainCC>>(cc&15)&1 != 0 // (cc < 16: the mask spares the test for shifts of 64 and more)
	t.gazB, t.gazI = 0, 0
	t.cf, t.cm, t.ck = 0, 0, 0
	t.init = false
	return buf
}

// scanASCII analyses the ASCII characters at the start of w, writing
// their lower-case forms to dst (len(w) bytes). It returns their number,
// the FNV hash of their lower-case form, the kinds seen (kUpper...) and the
// number of upper-case letters.
func scanASCII(w string, dst []byte) (i int, h uint64, kinds, upper uint32) {
	h = fnvOffset
	dst = dst[:len(w)]
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			break
		}
		e := asciiClass[c]
		dst[i] = byte(e)
		h = (h ^ uint64(byte(e))) * fnvPrime
		k := e >> 16
		kinds |= k
		upper += k & kUpper
	}
	return
}

// shapeASCII returns the FNV hash of the shape of the ASCII word w (its
// characters' shapes with runs collapsed, at most 8), the shape's length
// and its last character.
func shapeASCII(w string) (hs uint64, ns int, last byte) {
	hs = fnvOffset
	for i := range len(w) {
		if s := byte(asciiClass[w[i]] >> 8); s != last && ns < 8 {
			hs = (hs ^ uint64(s)) * fnvPrime
			ns++
			last = s
		}
	}
	return
}

// Character kinds of analyze.
const (
	kUpper = 1 << iota // an upper-case letter (shape X)
	kLower             // another letter (shape x)
	kDigit             // shape d
	kOther             // shape: the character itself ('o' beyond ASCII)
)

// asciiClass[c] is, for an ASCII character c, its lower-case form in bits
// 0-7 (digits as '0'), its shape character in bits 8-15 and its kind
// (kUpper...) from bit 16.
var asciiClass = func() (tab [utf8.RuneSelf]uint32) {
	for c := range uint32(utf8.RuneSelf) {
		switch {
		case c >= 'A' && c <= 'Z':
			tab[c] = c + 'a' - 'A' | 'X'<<8 | kUpper<<16
		case c >= 'a' && c <= 'z':
			tab[c] = c | 'x'<<8 | kLower<<16
		case c >= '0' && c <= '9':
			tab[c] = '0' | 'd'<<8 | kDigit<<16
		default:
			tab[c] = c | c<<8 | kOther<<16
		}
	}
	return tab
}()

// sentenceEnd reports whether word w ends a sentence, so the next word is
// sentence-initial.
func sentenceEnd(w string) bool {
	return w == "." || w == "?" || w == "!" || w == "..."
}

// Word is a Tagger's analysis of one word (its hashes, shape,
// capitalisation, lower-cased form and the gazetteer's entry of the word
// alone), made once by AnalyzeWord for a word a caller meets in many
// documents, so that tagging it skips the analysis and the look-up (see
// AppendSpansKnown). It is a few dozen bytes.
type Word struct {
	// t is as analyze and the gazetteer's word alone (gazetteer.single)
	// leave it, but for t.lo and t.hi
	t   tok
	low string // the lower-cased word
	gaz uint32 // the gazetteer's value of the word alone
}

// AnalyzeWord returns the analysis of word w, for AppendSpansKnown.
func (tg *Tagger) AnalyzeWord(w string) Word {
	var t tok
	buf := analyze(&t, w, nil)
	v := tg.gaz.get(phraseHash(0, t.lw))
	tg.gaz.single(&t, v)
	return Word{t: t, low: string(buf), gaz: v}
}

// prepare analyses the words of one sentence into toks (len(words)
// entries), marks sentence-initial words (the first word and words after
// "." "?" "!"), applies the gazetteer and reports whether most letters are
// upper case (a headline in capitals). known, if not nil, holds per word
// its analysis (AnalyzeWord) or nil; the words that have one are not
// analysed again.
func prepare(toks []tok, words []string, known []*Word, g *gazetteer, buf []byte) ([]byte, bool) {
	caps, cased := 0, 0
	// whether the previous word ends a sentence, and whether it is a
	// quotation mark after a word that does
	prevEnd, quoteAfterEnd := false, false
	for i, w := range words {
		t := &toks[i]
		if known != nil && known[i] != nil {
			k := known[i]
			*t = k.t
			t.lo = uint32(len(buf))
			buf = append(buf, k.low...)
			t.hi = uint32(len(buf))
		} else {
			buf = analyze(t, w, buf)
		}
		t.init = i == 0 || prevEnd || quoteAfterEnd
		// the quotation marks and sentence ends are all punctuation
		punct := t.cc == ccPunct
		quoteAfterEnd = punct && prevEnd && isQuote(w)
		prevEnd = punct && sentenceEnd(w)
		switch t.cc {
		case ccCaps:
			caps++
			cased++
		case ccInit, ccLower, ccMixed:
			cased++
		}
	}
	if g != nil {
		g.apply(toks, known)
	}
	return buf, cased >= 3 && caps*10 >= cased*7
}

// Document bits: what the other occurrences of a word in the same document
// say about it.
const (
	dCapMid    = 1 << iota // capitalised in mid-sentence (not a capitals headline)
	dLower                 // in lower case
	dAfterGiv              // capitalised right after a given name or honorific
	dAfterTtl              // capitalised right after a role title
	dCaps                  // in a capitals headline
	numDocBits = 5
)

// docTable aggregates docBits per word over a document (open addressing,
// reused between calls).
type docTable struct {
	keys []uint64
	vals []uint8
	// own holds per slot 1 + the index of the word's entry in
	// scratch.own, 0 for none (see Tagger.ownSum)
	own  []int32
	mask uint64
}

func (d *docTable) reset(n int) {
	size := 64
	for size < n*2 {
		size <<= 1
	}
	if cap(d.keys) >= size {
		d.keys, d.vals, d.own = d.keys[:size], d.vals[:size], d.own[:size]
		clear(d.keys)
		clear(d.own)
	} else {
		d.keys, d.vals, d.own = make([]uint64, size), make([]uint8, size), make([]int32, size)
	}
	d.mask = uint64(size - 1)
}

func (d *docTable) slot(k uint64) int {
	if k == 0 {
		k = 1
	}
	i := k & d.mask
	for d.keys[i] != 0 && d.keys[i] != k {
		i = (i + 1) & d.mask
	}
	if d.keys[i] == 0 {
		d.keys[i], d.vals[i] = k, 0
	}
	return int(i)
}

// get returns the bits of key k (0 if absent).
func (d *docTable) get(k uint64) uint8 {
	if k == 0 {
		k = 1
	}
	for i := k & d.mask; ; i = (i + 1) & d.mask {
		switch d.keys[i] {
		case k:
			return d.vals[i]
		case 0:
			return 0
		}
	}
}

// docSent is one sentence of a document: its tokens and whether it is a
// capitals headline.
type docSent struct {
	toks     []tok
	capsMode bool
	// titleMode: a headline in title case ("Europe Reacts as Ukraine
	// Pushes for Inclusion"; see titleCase)
	titleMode bool
}

// titleFunc are the lower-case words a headline in title case keeps.
var titleFunc = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs", "vs.", "via", "from", "into", "over", "per", "up"} {
		m[hashBytes([]byte(w))] = true
	}
	return m
}()

// titleCase reports whether a sentence (not in capitals) is a headline in
// title case: every word that starts with a lower-case letter is a short
// function word, and at least three words after the first are
// capitalised, one of them a word the lexicon knows in lower case and
// not as a name. Running text has lower-case verbs; a list of names has
// no lexicon word.
func titleCase(toks []tok) bool {
	caps, known := 0, false
	for i := range toks {
		t := &toks[i]
		switch t.cc {
		case ccLower, ccMixed:
			if !titleFunc[t.lw] {
				return false
			}
		case ccInit, ccCaps, ccUpper1:
			if i > 0 && !t.init {
				caps++
				if t.cc == ccInit && t.gazB&gLower != 0 && t.gazB&gEntity == 0 {
					known = true
				}
			}
		}
	}
	return caps >= 3 && known
}

// fillDoc sets tok.doc for every token of the document (all) or only for
// those of capitals and title-case headlines, which truecase reads; the
// beam decoder looks up the others' as it scores them (docTable.get), so
// that the words it passes on the fast path cost no look-up.
func fillDoc(d *docTable, sents []docSent, ntoks int, all bool) {
	d.reset(ntoks)
	for _, s := range sents {
		for i := range s.toks {
			t := &s.toks[i]
			var b uint8
			capital := capitalCC>>(t.cc&15)&1 != 0 // (see analyze)
			switch {
			case t.cc == ccLower:
				b |= dLower
			case s.capsMode:
				b |= dCaps
			case s.titleMode:
				// capitalised as a headline: says nothing of the word
			case capital && !t.init:
				b |= dCapMid
			}
			if capital && i > 0 && !s.capsMode && !s.titleMode {
				p := &s.toks[i-1]
				if p.cc == ccInit && p.gazB&(gFirst|gHonor) != 0 {
					b |= dAfterGiv
				}
				if p.cc == ccInit && p.gazB&gRole != 0 {
					b |= dAfterTtl
				}
			}
			if b != 0 {
				d.vals[d.slot(t.lw)] |= b
			}
		}
	}
	for _, s := range sents {
		if !all && !s.capsMode && !s.titleMode {
			continue
		}
		for i := range s.toks {
			t := &s.toks[i]
			t.doc = d.get(t.lw)
		}
	}
}

// truecase gives the words of capitals headlines the capitalisation they
// most likely have in running text, so that the features built on it keep
// their meaning: lower case when the document writes the word in lower
// case (and never capitalised mid-sentence) or the lexicon knows it as a
// mostly lower-case word that is no name; capitalised when the document
// writes it so mid-sentence or the gazetteer knows it as a name. Other
// words keep ccCaps. It runs after fillDoc.
func truecase(sents []docSent) {
	for _, s := range sents {
		if s.titleMode {
			truecaseTitle(s.toks)
		}
		if !s.capsMode {
			continue
		}
		for i := range s.toks {
			t := &s.toks[i]
			if t.cc != ccCaps && t.cc != ccUpper1 {
				continue
			}
			switch {
			case t.doc&dCapMid != 0:
				t.cc = ccInit
			case t.doc&dLower != 0:
				t.cc = ccLower
			case t.gazB&gEntity != 0:
				t.cc = ccInit
			case t.gazB&gLower != 0:
				t.cc = ccLower
			}
		}
	}
}

// shapeLower is the shape hash of a word of lower-case letters.
var shapeLower = hashBytes([]byte("x"))

// truecaseTitle gives the capitalised words of a headline in title case
// after the first the casing of running text, as truecase does for
// capitals: lower case when the document writes the word so (and never
// capitalised mid-sentence) or the lexicon knows it as a lower-case word
// and not as a name.
func truecaseTitle(toks []tok) {
	for i := range toks {
		t := &toks[i]
		if t.cc != ccInit || t.init || t.doc&dCapMid != 0 || t.gazB&gEntity != 0 {
			continue
		}
		if t.doc&dLower != 0 || t.gazB&gLower != 0 {
			t.cc = ccLower
			t.plain = true
			if t.sh == shapeXx {
				t.sh = shapeLower
			}
		}
	}
}

// shapeXx is the shape hash of a capitalised word of letters.
var shapeXx = hashBytes([]byte("Xx"))

// shapeX is the shape hash of a word of upper-case letters.
var shapeX = hashBytes([]byte("X"))

func isQuote(w string) bool {
	return w == `"` || w == "``" || w == "''" || w == "'" || w == "(" || w == "“" || w == "‘"
}

// smallBits is log2 of the number of buckets at the start of the weight table
// that hold the low-cardinality features (capitalisation, shape, gazetteer,
// document bits, previous tags). Every word uses them, so they stay in the
// CPU cache; their hashes are shifted right by bits - smallBits (see
// smallTabs.shifted) so that a shifted hash lands there.
const smallBits = 13

// smallTabs holds the precomputed hashes of the features whose values
// are small integers (capitalisation classes, gazetteer and document bits,
// previous classes): a table look-up instead of one or two mixes each.
type smallTabs struct {
	// small is the shift the hashes have had (see shifted)
	small                      uint
	bias                       uint64
	capInit                    [numCapClasses][4]uint64
	capM1, capP1, capM2, capP2 [numCapClasses][numCapClasses]uint64
	length                     [13][numCapClasses]uint64
	capsMode                   [numCapClasses][2]uint64
	gazB, gazI, gazM1, gazP1   [numGazFeatBits]uint64
	gazCap                     [numGazFeatBits][32]uint64
	docCap                     [1 << numDocBits][64]uint64
	docBit                     [numDocBits][32]uint64
	t1                         [numClasses + 1]uint64
	t12                        [numClasses + 1][numClasses + 1]uint64
	t1Cap                      [numClasses + 1][numCapClasses]uint64
	// the first mix of feat2(fT1Word, t1, ·) and feat2(fT1Shape, t1, ·)
	t1Word, t1Shape [numClasses + 1]uint64
	// word classes: the word's fine and middle class, its coarse class
	// with capitalisation, the middle class of the words before and after
	clus                    [maxFine + 1]uint64
	clusMid, clusM1, clusP1 [maxMid + 1]uint64
	clusCoarseCap           [maxCoarse + 1][32]uint64
}

// tabs is computed once from the templates; it is read only.
var tabs = func() *smallTabs {
	t := new(smallTabs)
	t.bias = feat1(fBias, 0)
	for c := range uint64(numCapClasses) {
		for x := range uint64(4) {
			t.capInit[c][x] = feat2(fCapInit, c, x)
		}
		for o := range uint64(numCapClasses) {
			t.capM1[c][o] = feat2(fCapM1, c, o)
			t.capP1[c][o] = feat2(fCapP1, c, o)
			t.capM2[o][c] = feat2(fWordCapM2, o, c)
			t.capP2[o][c] = feat2(fWordP2, o, c)
		}
		for n := range uint64(13) {
			t.length[n][c] = feat2(fLen, n, c)
		}
		for x := range uint64(2) {
			t.capsMode[c][x] = feat2(fCapsMode, c, x)
		}
	}
	for b := range uint64(numGazFeatBits) {
		t.gazB[b] = feat1(fGazB, b)
		t.gazI[b] = feat1(fGazI, b)
		t.gazM1[b] = feat1(fGazM1, b)
		t.gazP1[b] = feat1(fGazP1, b)
		for x := range uint64(32) {
			t.gazCap[b][x] = feat2(fGazCap, b, x)
		}
	}
	for d := range uint64(1 << numDocBits) {
		for x := range uint64(64) {
			t.docCap[d][x] = feat2(fDocCap, d, x)
		}
	}
	for b := range uint64(numDocBits) {
		for x := range uint64(32) {
			t.docBit[b][x] = feat2(fDocBit, b, x)
		}
	}
	for a := range uint64(numClasses + 1) {
		t.t1[a] = feat1(fT1, a)
		for b := range uint64(numClasses + 1) {
			t.t12[a][b] = feat2(fT12, a, b)
		}
		for c := range uint64(numCapClasses) {
			t.t1Cap[a][c] = feat2(fT1Cap, a, c)
		}
		t.t1Word[a] = feat2a(fT1Word, a)
		t.t1Shape[a] = feat2a(fT1Shape, a)
	}
	for c := range uint64(maxFine + 1) {
		t.clus[c] = clusRow(feat1(fClus, c))
	}
	for c := range uint64(maxMid + 1) {
		t.clusMid[c] = clusRow(feat1(fClusMid, c))
		t.clusM1[c] = clusRow(feat1(fClusM1, c))
		t.clusP1[c] = clusRow(feat1(fClusP1, c))
	}
	for c := range uint64(maxCoarse + 1) {
		for x := range uint64(32) {
			t.clusCoarseCap[c][x] = clusRow(feat2(fClusCoarseCap, c, x))
		}
	}
	return t
}()

// shifted returns a copy of t for a weight table of 1<<(small+smallBits)
// rows: the hashes of the small features shifted right by small, those of
// word classes left into their block (see clusRow), so that appendStatic
// and appendDynamic use them as they are. A Tagger builds its copy once
// (about 50 kB).
func (t *smallTabs) shifted(small uint) *smallTabs {
	s := *t
	s.small = small
	cs := 64 - smallBits - small
	r := func(v []uint64) {
		for i := range v {
			v[i] >>= small
		}
	}
	l := func(v []uint64) {
		for i := range v {
			v[i] <<= cs
		}
	}
	s.bias >>= small
	for c := range numCapClasses {
		r(s.capInit[c][:])
		r(s.capM1[c][:])
		r(s.capP1[c][:])
		r(s.capM2[c][:])
		r(s.capP2[c][:])
		r(s.capsMode[c][:])
	}
	for n := range s.length {
		r(s.length[n][:])
	}
	r(s.gazB[:])
	r(s.gazI[:])
	r(s.gazM1[:])
	r(s.gazP1[:])
	for b := range s.gazCap {
		r(s.gazCap[b][:])
	}
	for d := range s.docCap {
		r(s.docCap[d][:])
	}
	for b := range s.docBit {
		r(s.docBit[b][:])
	}
	r(s.t1[:])
	for a := range s.t12 {
		r(s.t12[a][:])
		r(s.t1Cap[a][:])
	}
	// t1Word and t1Shape are halves of feature hashes: not shifted
	l(s.clus[:])
	l(s.clusMid[:])
	l(s.clusM1[:])
	l(s.clusP1[:])
	for c := range s.clusCoarseCap {
		l(s.clusCoarseCap[c][:])
	}
	return &s
}

// clusRow maps the hash of a word-class feature to a row of the block
// that follows the cache-hot rows (rows 1<<smallBits to 2<<smallBits - 1):
// the features of word classes are few and every scored word has some, so
// they stay in the CPU cache too, without crowding the other small
// features (sharing their rows lost the classes' gain on held-out
// MEANTIME; rows all over the table cost about 3,000 more cache misses per
// seed article). appendStatic shifts the row into place for the table's
// size.
func clusRow(h uint64) uint64 { return 1<<smallBits | h>>(64-smallBits) }

// maxStatic bounds the number of features appendStatic appends: 17 of
// every word, 3 affixes, 5 per gazetteer bit, 5 word classes and 6 of
// document bits.
const maxStatic = 17 + 3 + 5*numGazFeatBits + 5 + 6

// appendStatic appends the hashes of the tag-independent features of word i;
// tb are the tables of the weight table's size (see smallTabs.shifted),
// arena holds the lower-cased words (see analyze). They are the word's own
// features (appendOwn) and those of its context (appendContext).
func appendStatic(fs []uint64, toks []tok, i int, capsMode bool, tb *smallTabs, arena []byte) []uint64 {
	fs = slices.Grow(fs, maxStatic)
	fs = appendOwn(fs, &toks[i], capsMode, tb, arena)
	return appendContext(fs, toks, i, capsMode, tb)
}

// appendOwn appends the hashes of the tag-independent features of token t
// that depend on nothing but its own values (see ownKey) and capsMode: its
// word, affixes, length, shape, capitalisation, gazetteer bits, word
// classes and document bits. Their summed rows are the same at every
// occurrence of the word with the same values, which decodeBeam reuses.
func appendOwn(fs []uint64, t *tok, capsMode bool, tb *smallTabs, arena []byte) []uint64 {
	small := tb.small & 63 // (so the shifts below need no test for 64 and more)
	cc := uint64(t.cc)
	var init uint64
	if t.init {
		init = 1
	}
	var cm uint64
	if capsMode {
		cm = 1
	}
	ci := cc | init<<4
	fs = append(fs,
		tb.bias,
		feat1(fWord, t.lw),
		tb.capInit[cc][init|cm<<1],
		tb.length[t.n][cc],
		tb.docCap[t.doc][ci|cm<<5],
	)
	if capsMode {
		fs = append(fs, tb.capsMode[cc][init])
	} else {
		fs = append(fs, feat1(fShape, t.sh)>>small)
	}
	if w := arena[t.lo:t.hi]; len(w) > 3 {
		n := len(w)
		// hashBytes of the affixes, unrolled
		s4 := w[n-4 : n : n]
		suf3 := ((fnvOffset^uint64(s4[1]))*fnvPrime^uint64(s4[2]))*fnvPrime ^ uint64(s4[3])
		pre3 := ((fnvOffset^uint64(w[0]))*fnvPrime^uint64(w[1]))*fnvPrime ^ uint64(w[2])
		fs = append(fs, feat1(fSuf3, suf3*fnvPrime), feat1(fPre3, pre3*fnvPrime))
		if n > 4 {
			suf4 := (((fnvOffset^uint64(s4[0]))*fnvPrime^uint64(s4[1]))*fnvPrime^uint64(s4[2]))*fnvPrime ^ uint64(s4[3])
			fs = append(fs, feat1(fSuf4, suf4*fnvPrime))
		}
	}
	for set := t.gazB & gazFeatMask; set != 0; set &= set - 1 {
		b := bits.TrailingZeros32(set)
		fs = append(fs, tb.gazB[b], tb.gazCap[b][ci])
	}
	for set := t.gazI & gazFeatMask; set != 0; set &= set - 1 {
		fs = append(fs, tb.gazI[bits.TrailingZeros32(set)])
	}
	// word classes are few (about 1,300 features): they have a block of
	// rows of their own after the cache-hot ones (see clusRow)
	if t.cf != 0 {
		fs = append(fs, tb.clus[t.cf], tb.clusMid[t.cm], tb.clusCoarseCap[t.ck][ci])
	}
	for d := t.doc & (1<<numDocBits - 1); d != 0; d &= d - 1 {
		fs = append(fs, tb.docBit[bits.TrailingZeros8(d)][ci])
	}
	return fs
}

// appendContext appends the hashes of the tag-independent features of
// word i that depend on the words around it (see appendStatic).
func appendContext(fs []uint64, toks []tok, i int, capsMode bool, tb *smallTabs) []uint64 {
	small := tb.small & 63
	t := &toks[i]
	m1, m2, p1, p2 := &padTok, &padTok, &padTok, &padTok
	if i > 0 {
		m1 = &toks[i-1]
	}
	if i > 1 {
		m2 = &toks[i-2]
	}
	if i+1 < len(toks) {
		p1 = &toks[i+1]
	}
	if i+2 < len(toks) {
		p2 = &toks[i+2]
	}
	cc := uint64(t.cc)
	// written in place (an append of them all computes every value
	// into a temporary first, most of them spilled to the stack)
	fs = slices.Grow(fs, 12+2*numGazFeatBits+2)
	n := len(fs)
	a := (*[12]uint64)(fs[n : n+12])
	a[0] = tb.capM1[cc][m1.cc]
	a[1] = tb.capP1[cc][p1.cc]
	a[2] = feat1(fWordM1, m1.lw)
	a[3] = feat1(fWordP1, p1.lw)
	a[4] = feat2(fBiM1, m1.lw, t.lw)
	a[5] = feat2(fBiP1, t.lw, p1.lw)
	a[6] = feat2(fWordM1Cap, m1.lw, cc)
	// the word two back and two ahead, as their capitalisation only
	a[7] = tb.capM2[m2.cc][cc]
	a[8] = tb.capP2[p2.cc][cc]
	if capsMode {
		fs = fs[:n+9]
	} else {
		a[9] = feat1(fShapeM1, m1.sh) >> small
		a[10] = feat1(fShapeP1, p1.sh) >> small
		a[11] = feat3(fShape3, m1.sh, t.sh, p1.sh) >> small
		fs = fs[:n+12]
	}
	for set := (m1.gazB | m1.gazI) & gazFeatMask; set != 0; set &= set - 1 {
		fs = append(fs, tb.gazM1[bits.TrailingZeros32(set)])
	}
	for set := (p1.gazB | p1.gazI) & gazFeatMask; set != 0; set &= set - 1 {
		fs = append(fs, tb.gazP1[bits.TrailingZeros32(set)])
	}
	if m1.cm != 0 {
		fs = append(fs, tb.clusM1[m1.cm])
	}
	if p1.cm != 0 {
		fs = append(fs, tb.clusP1[p1.cm])
	}
	return fs
}

// appendDynamic appends the hashes of the features that depend on the
// previous two predicted classes; tb as for appendStatic.
func appendDynamic(fs []uint64, t *tok, t1, t2 int, tb *smallTabs) []uint64 {
	small := tb.small & 63
	return append(fs,
		tb.t1[t1],
		tb.t12[t1][t2],
		feat2b(tb.t1Word[t1], t.lw),
		(feat2b(tb.t1Shape[t1], t.sh) >> small),
		tb.t1Cap[t1][t.cc],
	)
}

// allowed reports whether class c may follow class prev under BIO.
func allowed(prev, c int) bool {
	if c == 0 || c%2 == 1 {
		return true
	}
	return prev == c || prev == c-1
}
