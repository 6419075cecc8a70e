// Package packed packs short ASCII words into two uint64s for the lexicon
// look-ups on the digest engine's hot paths (digest/attrib, digest/timex,
// digest/summarize): a packed word compares, hashes and lower-cases with a
// few integer operations instead of string work.
package packed

import "unicode/utf8"

// ASCII packs an ASCII word of one to sixteen bytes little-endian into two
// uint64s. ok is false for an empty word, a longer one or one with a
// non-ASCII byte. A NUL byte packs like an absent one, so callers keep
// NUL-free words only (lexicon words are).
func ASCII(w string) (x0, x1 uint64, ok bool) {
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

// Hash mixes a packed word into 64 well-spread bits (for open addressing
// and filter bitmaps).
func Hash(x0, x1 uint64) uint64 {
	h := (x0 ^ (x1 * 0xbf58476d1ce4e5b9)) * 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// Lower lower-cases the ASCII letters of eight packed ASCII bytes: a byte
// gains 0x20 when it lies in 'A'..'Z'. Bytes must be ASCII (a byte of 0x80
// or more would carry into its neighbour).
func Lower(x uint64) uint64 {
	const ones = 0x0101010101010101
	geA := x + (0x80-'A')*ones   // high bit set where the byte >= 'A'
	gtZ := x + (0x80-'Z'-1)*ones // high bit set where the byte > 'Z'
	return x | (geA&^gtZ&(0x80*ones))>>2
}

// Load8 returns the first eight bytes of s (which must hold at least eight)
// as a little-endian uint64: one bounds-checked load, which the compiler
// makes of the byte expression below, without package unsafe.
func Load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
