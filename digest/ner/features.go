package ner

import (
	"strings"
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
	numGazFeatBits = 15
)

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
	return mix(mix(a^uint64(tmpl)*0x9E3779B97F4A7C15) ^ b*0xC2B2AE3D27D4EB4F)
}

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
	lw, sh                 uint64 // lower-cased word (digits as 0), collapsed shape
	suf2, suf3, suf4, pre3 uint64
	gazB, gazI             uint32
	cc                     uint8
	init                   bool  // sentence-initial
	n                      uint8 // length in bytes, at most 12
	doc                    uint8 // docBits of this word over the document
	plain                  bool  // lower case or punctuation, without '-' or an apostrophe
}

// padTok stands for positions before and after the words.
var padTok = tok{lw: 0x5bd1e995, sh: 0x5bd1e995, cc: ccNone}

// analyze fills t from word w; buf is scratch and is returned for reuse.
func analyze(t *tok, w string, buf []byte) []byte {
	buf = buf[:0]
	var shape [8]byte
	ns := 0
	var last byte
	upper, lower, digit, other, letters := 0, 0, 0, 0, 0
	firstUpper, firstLower := false, false
	for i := 0; i < len(w); {
		c := w[i]
		var s byte
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				s = 'X'
				upper++
				letters++
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z':
				s = 'x'
				lower++
				letters++
			case c >= '0' && c <= '9':
				s = 'd'
				digit++
				c = '0'
			default:
				s = c
				other++
			}
			buf = append(buf, c)
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				s = 'X'
				upper++
				letters++
				r = unicode.ToLower(r)
			case unicode.IsLetter(r):
				s = 'x'
				lower++
				letters++
			case unicode.IsDigit(r):
				s = 'd'
				digit++
			default:
				s = 'o'
				other++
			}
			buf = utf8.AppendRune(buf, r)
		}
		if letters == 1 && s == 'X' && upper == 1 && lower == 0 {
			firstUpper = true
		}
		if letters == 1 && s == 'x' && lower == 1 && upper == 0 {
			firstLower = true
		}
		if s != last && ns < len(shape) {
			shape[ns] = s
			ns++
			last = s
		}
	}
	t.lw = hashBytes(buf)
	t.sh = hashBytes(shape[:ns])
	n := len(buf)
	t.suf2, t.suf3, t.suf4, t.pre3 = 0, 0, 0, 0
	if n > 2 {
		t.suf2 = hashBytes(buf[n-2:])
	}
	if n > 3 {
		t.suf3 = hashBytes(buf[n-3:])
		t.pre3 = hashBytes(buf[:3])
	}
	if n > 4 {
		t.suf4 = hashBytes(buf[n-4:])
	}
	t.n = uint8(min(n, 12))
	switch {
	case letters == 0 && digit > 0:
		t.cc = ccDigit
	case letters == 0:
		t.cc = ccPunct
	case digit > 0:
		t.cc = ccAlnum
	case firstLower && upper > 0:
		t.cc = ccMixed
	case firstLower:
		t.cc = ccLower
	case upper == 1 && lower == 0:
		t.cc = ccUpper1
	case lower == 0:
		t.cc = ccCaps
	case firstUpper:
		t.cc = ccInit
	default:
		t.cc = ccMixed
	}
	t.plain = (t.cc == ccLower || t.cc == ccPunct) && !strings.ContainsAny(w, "-'’")
	t.gazB, t.gazI = 0, 0
	t.init = false
	return buf
}

// sentenceEnd reports whether word w ends a sentence, so the next word is
// sentence-initial.
func sentenceEnd(w string) bool {
	return w == "." || w == "?" || w == "!" || w == "..."
}

// prepare analyses the words of one sentence into toks (len(words)
// entries), marks sentence-initial words (the first word and words after
// "." "?" "!"), applies the gazetteer and reports whether most letters are
// upper case (a headline in capitals).
func prepare(toks []tok, words []string, g *gazetteer, buf []byte) ([]byte, bool) {
	caps, cased := 0, 0
	for i, w := range words {
		t := &toks[i]
		buf = analyze(t, w, buf)
		t.init = i == 0 || sentenceEnd(words[i-1]) || (i >= 2 && isQuote(words[i-1]) && sentenceEnd(words[i-2]))
		switch t.cc {
		case ccCaps:
			caps++
			cased++
		case ccInit, ccLower, ccMixed:
			cased++
		}
	}
	if g != nil {
		g.apply(toks)
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
	mask uint64
}

func (d *docTable) reset(n int) {
	size := 64
	for size < n*2 {
		size <<= 1
	}
	if cap(d.keys) >= size {
		d.keys, d.vals = d.keys[:size], d.vals[:size]
		clear(d.keys)
	} else {
		d.keys, d.vals = make([]uint64, size), make([]uint8, size)
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

// docSent is one sentence of a document: its tokens and whether it is a
// capitals headline.
type docSent struct {
	toks     []tok
	capsMode bool
}

// fillDoc sets tok.doc for every token of the document.
func fillDoc(d *docTable, sents []docSent, ntoks int) {
	d.reset(ntoks)
	for _, s := range sents {
		for i := range s.toks {
			t := &s.toks[i]
			var b uint8
			capital := t.cc == ccInit || t.cc == ccCaps || t.cc == ccMixed || t.cc == ccUpper1
			switch {
			case t.cc == ccLower:
				b |= dLower
			case s.capsMode:
				b |= dCaps
			case capital && !t.init:
				b |= dCapMid
			}
			if capital && i > 0 && !s.capsMode {
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
		for i := range s.toks {
			t := &s.toks[i]
			t.doc = d.vals[d.slot(t.lw)]
		}
	}
}

func isQuote(w string) bool {
	return w == `"` || w == "``" || w == "''" || w == "'" || w == "(" || w == "“" || w == "‘"
}

// smallBits is log2 of the number of buckets at the start of the weight table
// that hold the low-cardinality features (capitalisation, shape, gazetteer,
// document bits, previous tags). Every word uses them, so they stay in the
// CPU cache; callers pass small = bits - smallBits so that a shifted hash
// lands there.
const smallBits = 13

// appendStatic appends the hashes of the tag-independent features of word i.
func appendStatic(fs []uint64, toks []tok, i int, capsMode bool, small uint) []uint64 {
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
	var init uint64
	if t.init {
		init = 1
	}
	var cm uint64
	if capsMode {
		cm = 1
	}
	fs = append(fs,
		(feat1(fBias, 0) >> small),
		feat1(fWord, t.lw),
		(feat2(fCapInit, cc, init|cm<<1) >> small),
		(feat2(fCapM1, cc, uint64(m1.cc)) >> small),
		(feat2(fCapP1, cc, uint64(p1.cc)) >> small),
		feat1(fWordM1, m1.lw),
		feat1(fWordP1, p1.lw),
		feat1(fWordM2, m2.lw),
		feat1(fWordP2, p2.lw),
		feat2(fBiM1, m1.lw, t.lw),
		feat2(fBiP1, t.lw, p1.lw),
		feat2(fWordM1Cap, m1.lw, cc),
		feat2(fWordCapM2, m2.lw, cc),
		(feat2(fLen, uint64(t.n), cc) >> small),
	)
	if capsMode {
		fs = append(fs, (feat2(fCapsMode, cc, init) >> small))
	} else {
		fs = append(fs,
			(feat1(fShape, t.sh) >> small),
			(feat1(fShapeM1, m1.sh) >> small),
			(feat1(fShapeP1, p1.sh) >> small),
			feat3(fShape3, m1.sh, t.sh, p1.sh),
		)
	}
	if t.suf2 != 0 {
		fs = append(fs, feat1(fSuf2, t.suf2))
	}
	if t.suf3 != 0 {
		fs = append(fs, feat1(fSuf3, t.suf3), feat1(fPre3, t.pre3))
	}
	if t.suf4 != 0 {
		fs = append(fs, feat1(fSuf4, t.suf4))
	}
	for b := uint32(0); b < numGazFeatBits; b++ {
		bit := uint32(1) << b
		if t.gazB&bit != 0 {
			fs = append(fs, (feat1(fGazB, uint64(b)) >> small), (feat2(fGazCap, uint64(b), cc|init<<4) >> small))
		}
		if t.gazI&bit != 0 {
			fs = append(fs, (feat1(fGazI, uint64(b)) >> small))
		}
		if (m1.gazB|m1.gazI)&bit != 0 {
			fs = append(fs, (feat1(fGazM1, uint64(b)) >> small))
		}
		if (p1.gazB|p1.gazI)&bit != 0 {
			fs = append(fs, (feat1(fGazP1, uint64(b)) >> small))
		}
	}
	fs = append(fs, (feat2(fDocCap, uint64(t.doc), cc|init<<4|cm<<5) >> small))
	for b := uint8(0); b < numDocBits; b++ {
		if t.doc&(1<<b) != 0 {
			fs = append(fs, (feat2(fDocBit, uint64(b), cc|init<<4) >> small))
		}
	}
	return fs
}

// appendDynamic appends the hashes of the features that depend on the
// previous two predicted classes.
func appendDynamic(fs []uint64, t *tok, t1, t2 int, small uint) []uint64 {
	a, b := uint64(t1), uint64(t2)
	return append(fs,
		(feat1(fT1, a) >> small),
		(feat2(fT12, a, b) >> small),
		feat2(fT1Word, a, t.lw),
		feat2(fT1Shape, a, t.sh),
		(feat2(fT1Cap, a, uint64(t.cc)) >> small),
	)
}

// allowed reports whether class c may follow class prev under BIO.
func allowed(prev, c int) bool {
	if c == 0 || c%2 == 1 {
		return true
	}
	return prev == c || prev == c-1
}
