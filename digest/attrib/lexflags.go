package attrib

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
	"unsafe"
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
)

// lexSets lists the word lists behind the flags.
var lexSets = []struct {
	flag uint16
	m    map[string]bool
}{
	{fCrit, critWords}, {fSupp, suppWords}, {fNeg, negators}, {fNegCrit, negCrit},
	{fSkipBack, skipBack}, {fPronoun, pronouns}, {fDet, dets}, {fTitle, titleWords},
	{fStopNP, stopNP}, {fLeadTrim, leadTrim}, {fIrreg, irregularVerbs}, {fNounCue, nounCues},
	{fPoss, possessives},
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

func packedHash(x0, x1 uint64) uint64 {
	h := (x0 ^ (x1 * 0xbf58476d1ce4e5b9)) * 0x9e3779b97f4a7c15
	return h ^ h>>29
}

func (t *packedFlags) get(x0, x1 uint64) uint16 {
	h := packedHash(x0, x1)
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
	h := packedHash(x0, x1)
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
		if x0, x1, ok := packASCII(w); ok {
			short.put(x0, x1, fl)
		}
	}
	return long, short
}

// packASCII packs an ASCII word of one to sixteen bytes, little-endian.
func packASCII(w string) (x0, x1 uint64, ok bool) {
	if len(w) == 0 || len(w) > 16 {
		return 0, 0, false
	}
	if len(w) <= 8 {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return 0, 0, false
			}
			x0 |= uint64(c) << (8 * i)
		}
		return x0, 0, true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, 0, false
		}
		if i < 8 {
			x0 |= uint64(c) << (8 * i)
		} else {
			x1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return x0, x1, true
}

// lowerPacked lower-cases the ASCII letters of a packed ASCII word: a byte
// gains 0x20 when it lies in 'A'..'Z'.
func lowerPacked(x uint64) uint64 {
	const ones = 0x0101010101010101
	geA := x + (0x80-'A')*ones   // high bit set where the byte >= 'A'
	gtZ := x + (0x80-'Z'-1)*ones // high bit set where the byte > 'Z'
	return x | (geA&^gtZ&(0x80*ones))>>2
}

// setLex sets the flags of token t: of its text and of its lower-case
// form.
func (f *finder) setLex(t *tok) {
	t.lexed = true
	if t.dq {
		return // a quotation mark is in no list
	}
	w := f.body[t.s:t.e]
	if x0, x1, ok := f.pack(t); ok {
		t.lx = lexShort.get(x0, x1)
		t.ll = t.lx
		if l0, l1 := lowerPacked(x0), lowerPacked(x1); l0 != x0 || l1 != x1 {
			t.ll = lexShort.get(l0, l1)
		}
		return
	}
	t.lx = lexLong[w]
	if !f.special {
		t.ll = lexLong[f.low[t.s:t.e]]
	} else {
		t.ll = lexLong[strings.ToLower(w)]
	}
}

// pack is packASCII of the text of token t, loading eight bytes at once
// when the body has them.
func (f *finder) pack(t *tok) (x0, x1 uint64, ok bool) {
	n := int(t.e - t.s)
	if n > 8 || int(t.s)+8 > len(f.body) {
		return packASCII(f.body[t.s:t.e])
	}
	x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(f.body[t.s:]), 8))
	x &= 1<<(8*n) - 1 // 1<<64 is 0 in Go, so n == 8 keeps all
	if x&0x8080808080808080 != 0 {
		return 0, 0, false
	}
	return x, 0, true
}

// exact returns the flags of the text of token i.
func (f *finder) exact(i int) uint16 {
	t := &f.toks[i]
	if !t.lexed {
		f.setLex(t)
	}
	return t.lx
}

// lowf returns the flags of the lower-case text of token i.
func (f *finder) lowf(i int) uint16 {
	t := &f.toks[i]
	if !t.lexed {
		f.setLex(t)
	}
	return t.ll
}
