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
