package attrib

import (
	"strings"

	"github.com/attache-bot/attache/digest/internal/packed"
)

// Lexicon flags: each token is looked up once (as written and lower-cased)
// in one table that tells which word lists hold it, instead of probing
// every list on every test.
const (
	fCue uint16 = 1 << iota
	fCrit
	fSupp
	fNeg
	fNegCrit
	fSkipBack
	fPronoun
	fDet
	fTitle
	fStopNP
	fLeadTrim
	fIrreg
	fNounCue // a noun of a statement or position ("vow", "remarks")
	fPoss    // a possessive pronoun ("his", "their")
	fQuant   // a quantifier ("some", "most")
	fTimeish // a time word or a medium noun ("Tuesday", "statement": timeWords, interWords)
)

// lexSets lists the word lists behind the flags.
var lexSets = []struct {
	flag uint16
	m    map[string]bool
}{
	{fCrit, critWords}, {fSupp, suppWords}, {fNeg, negators}, {fNegCrit, negCrit},
	{fSkipBack, skipBack}, {fPronoun, pronouns}, {fDet, dets}, {fTitle, titleWords},
	{fStopNP, stopNP}, {fLeadTrim, leadTrim}, {fIrreg, irregularVerbs}, {fNounCue, nounCues},
	{fPoss, possessives}, {fQuant, quantifiers}, {fTimeish, timeish},
}

// lexLong maps every word of the lists to its flags; lexShort holds the
// ASCII words of at most sixteen bytes packed into two uint64 (words hold
// no NUL byte, so the packing is unique), the fast path.
var lexLong, lexShort = buildLex()

type packedFlags struct {
	// filter has the bit of every key's hash set: most tokens are in no
	// list, and this small bitmap turns them away without a probe of the
	// larger table
	filter [1 << 13 / 64]uint64
	slots  []packedSlot // the length is a power of two
}

type packedSlot struct {
	k0, k1 uint64 // zero when empty
	v      uint16
}

func (t *packedFlags) get(x0, x1 uint64) uint16 {
	h := packed.Hash(x0, x1)
	if b := h >> (64 - 13); t.filter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.k0 == x0 && sl.k1 == x1 {
			return sl.v
		}
		if sl.k0 == 0 {
			return 0
		}
	}
}

func (t *packedFlags) put(x0, x1 uint64, v uint16) {
	h := packed.Hash(x0, x1)
	b := h >> (64 - 13)
	t.filter[b/64] |= 1 << (b % 64)
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].k0 != 0 && (t.slots[i].k0 != x0 || t.slots[i].k1 != x1) {
		i = (i + 1) & mask
	}
	t.slots[i] = packedSlot{x0, x1, v}
}

func buildLex() (map[string]uint16, *packedFlags) {
	long := map[string]uint16{}
	for w := range cueTable {
		long[w] |= fCue
	}
	for _, s := range lexSets {
		for w, ok := range s.m {
			if ok {
				long[w] |= s.flag
			}
		}
	}
	size := 1
	for size < 2*len(long) {
		size *= 2
	}
	short := &packedFlags{slots: make([]packedSlot, size)}
	for w, fl := range long {
		if x0, x1, ok := packed.ASCII(w); ok {
			short.put(x0, x1, fl)
		}
	}
	return long, short
}

// setLex sets the flags of token t: of its text and of its lower-case
// form.
func (f *finder) setLex(t *tok) {
	if t.dq {
		return // a quotation mark is in no list
	}
	if x0, x1, ok := f.pack(t); ok {
		t.lx = lexShort.get(x0, x1)
		t.ll = t.lx
		if l0, l1 := packed.Lower(x0), packed.Lower(x1); l0 != x0 || l1 != x1 {
			t.ll = lexShort.get(l0, l1)
		}
		return
	}
	w := f.body[t.s:t.e]
	t.lx = lexLong[w]
	if !f.special {
		t.ll = lexLong[f.low[t.s:t.e]]
	} else {
		t.ll = lexLong[strings.ToLower(w)]
	}
}

// pack is packed.ASCII of the text of token t, loading eight bytes at once
// when the body has them.
func (f *finder) pack(t *tok) (x0, x1 uint64, ok bool) {
	s, n := int(t.s), int(t.e-t.s)
	if n > 16 || s+16 > len(f.body) {
		if n > 8 || s+8 > len(f.body) {
			return packed.ASCII(f.body[s:t.e])
		}
		x0 = le64(f.body[s:s+8]) & lowBytes[n]
	} else if b := f.body[s : s+16]; n <= 8 {
		x0 = le64(b[:8]) & lowBytes[n]
	} else {
		x0, x1 = le64(b[:8]), le64(b[8:])&lowBytes[n-8]
	}
	if (x0|x1)&0x8080808080808080 != 0 {
		return 0, 0, false
	}
	return x0, x1, true
}

// le64 returns the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowBytes[n] keeps the low n bytes of a uint64.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// exact returns the flags of the text of token i (set by tokens).
func (f *finder) exact(i int) uint16 { return f.toks[i].lx }

// lowf returns the flags of the lower-case text of token i (set by
// tokens).
func (f *finder) lowf(i int) uint16 { return f.toks[i].ll }
