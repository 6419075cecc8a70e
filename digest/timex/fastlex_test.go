package timex

import (
	"strings"
	"testing"
)

func refASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func TestLookupWordMatchesMap(t *testing.T) {
	for w, l := range words {
		if got := lookupWord(w); got == 0 || lexes[got] != *l {
			t.Errorf("lookupWord(%q) = %d (%+v), want %+v", w, got, lexes[got], *l)
		}
	}
	for _, w := range []string{"", "x", "zzzzzzzz", "tuesdayy", "tuesda", "januaryfebruarymarch", "café", "Tuesday", "1990s"} {
		got := lookupWord(w)
		if l, ok := words[w]; ok != (got != 0) || ok && lexes[got] != *l {
			t.Errorf("lookupWord(%q) = %d, want %v", w, got, l)
		}
	}
}

func FuzzASCIILower(f *testing.F) {
	f.Add("Tuesday, FEBRUARY 18 — Zelenskyy’s ÉTÉ @[`{")
	f.Add(strings.Repeat("AZaz@[`{\x80\xc3\x89", 5))
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := asciiLower(s), refASCIILower(s); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestAlnum8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			x := uint64(0x2020202020202020)&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			var wantD, wantL uint64
			if c < 128 && asciiClass[c] == 2 {
				wantD = 0x80 << (8 * pos)
			}
			if c < 128 && asciiClass[c] == 1 {
				wantL = 0x80 << (8 * pos)
			}
			if d, l := alnum8(x); d != wantD || l != wantL {
				t.Fatalf("alnum8 with byte %#x at %d = %#x, %#x, want %#x, %#x", c, pos, d, l, wantD, wantL)
			}
		}
	}
}
