package ner

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAnalyzeMatchesRef checks analyze against a plain version on every
// word of the golden documents (as read, in capitals and in lower case)
// and on words beyond ASCII.
func TestAnalyzeMatchesRef(t *testing.T) {
	ws := []string{"", "a", "A", "iPhone", "McDonald", "U.S.", "F-16", "G7", "1996", "3-1", "--", "\x00", "a\x00b",
		"Élysée", "élysée", "ǅemal", "Ǆ", "東京", "١٢٣", "Müller-Lüdenscheidt", "ΑΘΗΝΑ", "straße", "\xff\xfe", "naïve", "'s", "x1Y", "ALLCAPSWORDLONG", "-Élysée", "1é", "«Le»", "x-Ü", "'É'", "..Ab", "9ǅ", "ÉA", "Éa", "éA"}
	_, docs := goldenDocs(t)
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d {
			for _, w := range s {
				if !seen[w] {
					seen[w] = true
					ws = append(ws, w)
				}
			}
		}
	}
	var buf, ref []byte
	n := 0
	for _, w := range ws {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
			var a, b tok
			a.gazB, b.gazB, a.init, b.init = 1, 1, true, true
			buf = analyze(&a, v, buf)
			ref = analyzeRef(&b, v, ref)
			if a != b || !bytes.Equal(buf, ref) {
				t.Fatalf("analyze(%q) = %+v, want %+v", v, a, b)
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d words compared", n)
	}
}

// analyzeRef is the straightforward analyze that analyze must match.
func analyzeRef(t *tok, w string, buf []byte) []byte {
	lo := len(buf)
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
	lw := buf[lo:]
	t.lw = hashBytes(lw)
	t.sh = hashBytes(shape[:ns])
	t.lo, t.hi = uint32(lo), uint32(len(buf))
	t.n = uint8(min(len(lw), 12))
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
	t.plain = t.cc == ccLower || t.cc == ccPunct || t.cc == ccDigit
	t.gazB, t.gazI = 0, 0
	t.init = false
	return buf
}
