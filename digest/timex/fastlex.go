package timex

import (
	"encoding/binary"
	"slices"
	"unsafe"

	"github.com/attache-bot/attache/digest/internal/packed"
)

// wordTab is words for the ASCII words of at most sixteen bytes, packed
// little-endian into two uint64 (words hold no NUL byte, so the packing is
// unique): an open-addressing table behind a small bitmap of key hashes
// that turns most tokens (in no lexicon) away without a probe.
var wordTab = buildWordTable(lexIndex)

type wordTable struct {
	filter [1 << 13 / 64]uint64
	slots  []wordSlot // the length is a power of two
}

type wordSlot struct {
	k0, k1 uint64 // zero when empty
	l      uint16 // index in lexes
}

// lexes holds every lexicon entry once, noLex first; tokens refer to them
// by index (lexIndex maps each word to its index).
var lexes, lexIndex = indexLex(words)

func indexLex(m map[string]*lex) ([]lex, map[string]uint16) {
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	slices.Sort(keys) // a deterministic order
	out := []lex{noLex}
	idx := make(map[string]uint16, len(m))
	for _, w := range keys {
		idx[w] = uint16(len(out))
		out = append(out, *m[w])
	}
	if len(out) > 1<<16 {
		panic("timex: lexicon too large")
	}
	return out, idx
}

func buildWordTable(m map[string]uint16) *wordTable {
	size := 1
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{slots: make([]wordSlot, size)}
	for w, l := range m {
		x0, x1, ok := packed.ASCII(w)
		if !ok {
			continue
		}
		h := packed.Hash(x0, x1)
		b := h >> (64 - 13)
		t.filter[b/64] |= 1 << (b % 64)
		mask := uint64(len(t.slots) - 1)
		i := h & mask
		for t.slots[i].k0 != 0 && (t.slots[i].k0 != x0 || t.slots[i].k1 != x1) {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{x0, x1, l}
	}
	return t
}

// lookupWord returns the index in lexes of words[w], or 0.
func lookupWord(w string) uint16 {
	x0, x1, ok := packed.ASCII(w)
	if !ok {
		if len(w) > maxWordLen {
			return 0
		}
		return lexIndex[w]
	}
	return lookupPacked(x0, x1)
}

// lookupPacked is lookupWord for a word packed by packed.ASCII.
func lookupPacked(x0, x1 uint64) uint16 {
	h := packed.Hash(x0, x1)
	if !wordTab.mayHold(h) {
		return 0
	}
	return probePacked(h, x0, x1)
}

// mayHold reports whether the filter lets a word of hash h through (most
// words it turns away are in no entry); small enough to inline.
func (t *wordTable) mayHold(h uint64) bool {
	return t.filter[h>>(64-13+6)]&(1<<(h>>(64-13)&63)) != 0
}

// probePacked finds the packed word x0, x1 of hash h in wordTab.
func probePacked(h, x0, x1 uint64) uint16 {
	mask := uint64(len(wordTab.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &wordTab.slots[i]
		if sl.k0 == x0 && sl.k1 == x1 {
			return sl.l
		}
		if sl.k0 == 0 {
			return 0
		}
	}
}

// asciiLower returns s with ASCII letters lower-cased, keeping every byte
// offset; it does not allocate when s has no upper-case ASCII letter. It
// works eight bytes at a time.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], lowerWord(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerWord lower-cases the ASCII upper-case letters among eight bytes,
// leaving every other byte (non-ASCII ones too) alone.
func lowerWord(x uint64) uint64 {
	const ones = 0x0101010101010101
	h := x & (0x7f * ones)       // no carry between bytes below
	geA := h + (0x80-'A')*ones   // high bit set where the low seven bits >= 'A'
	gtZ := h + (0x80-'Z'-1)*ones // high bit set where they are > 'Z'
	upper := geA &^ gtZ &^ x & (0x80 * ones)
	return x | upper>>2
}

const highBits = 0x8080808080808080

// alnum8 returns the high bit of each of the eight bytes of x (little
// endian) that is an ASCII digit, and of each that is an ASCII letter.
func alnum8(x uint64) (digits, letters uint64) {
	const ones = 0x0101010101010101
	h := x & (0x7f * ones) // no carry between bytes below
	digits = (h + (0x80-'0')*ones) &^ (h + (0x80-'9'-1)*ones) &^ x & highBits
	l := h | 0x20*ones // fold case
	letters = (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones) &^ x & highBits
	return digits, letters
}
