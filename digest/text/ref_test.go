package text

import (
	"math/bits"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refTokens and refSentences are the straightforward rune-by-rune
// implementations the fast paths replaced; the fuzz test below holds the
// fast paths to them.
func refTokens(s string) []Token {
	var out []Token
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			out = append(out, Token{Span{i, i + w}, s[i : i+w]})
			i += w
			continue
		}
		j := i + w
		dot := false
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' {
				if j+w2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+w2:])
					if isWordRune(r3) && (r2 != ',' || (isDigit(r3) && s[j-1] >= '0' && s[j-1] <= '9')) {
						dot = dot || r2 == '.'
						j += w2
						continue
					}
				}
				if r2 == '.' && dot {
					j += w2
				}
			}
			break
		}
		out = append(out, Token{Span{i, j}, s[i:j]})
		i = j
	}
	return out
}

func refSentences(s string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		a, b := trim(s, start, end)
		if a < b {
			out = append(out, Span{a, b})
		}
		start = end
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			emit(i)
			i += w
			start = i
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
					j += w2
					continue
				}
				break
			}
			if j >= len(s) {
				emit(j)
				i = j
				continue
			}
			r2, _ := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
			k := j
			for k < len(s) {
				r3, w3 := utf8.DecodeRuneInString(s[k:])
				if r3 == '\n' || !unicode.IsSpace(r3) {
					break
				}
				k += w3
			}
			if k < len(s) && s[k] != '\n' {
				next, _ := utf8.DecodeRuneInString(s[k:])
				if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
					i = j
					continue
				}
				if r == '.' && j == i+w && refAbbrev(s[start:i]) {
					i = j
					continue
				}
			}
			emit(j)
			i = j
			continue
		}
		i += w
	}
	emit(len(s))
	return out
}

func refAbbrev(before string) bool {
	k := len(before)
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:k])
		if unicode.IsLetter(r) || r == '.' {
			k -= w
			continue
		}
		break
	}
	word := before[k:]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
}

func sameTokens(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFastPathsMatchReference(t *testing.T) {
	tests := []struct{ name, in string }{
		{"acronyms and joiners", "The U.S. and Russia's envoys met 1,000 people, don't they? 3.5-fold, Saint-Denis."},
		{"curly quotes", "Ukraine’s “will be involved”, he said. ‘Yes.’ Then 10,000.5 ,5 5, x"},
		{"abbreviations", "Mr. Lavrov met Gen. Kellogg at 3 p.m. DR. NO. Approx. 5. İstanbul. \u212Aelvin. Jr. Ok"},
		{"non-ASCII", "Zelenskyy — «Нет». Ｍr. Smith\u00a0said… Then\u2028new. café naïve x\u0301y"},
		{"invalid UTF-8", "bad \xff\xfe. Ok\xc3. A\xe2\x80 b. End"},
		{"edges", ".'-, 'a -b a- a. a.b. 1,a a,1 ,1"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := Tokens(tt.in), refTokens(tt.in); !sameTokens(got, want) {
				t.Errorf("Tokens(%q) = %v, want %v", tt.in, got, want)
			}
			if got, want := Sentences(tt.in), refSentences(tt.in); !sameSpans(got, want) {
				t.Errorf("Sentences(%q) = %v, want %v", tt.in, got, want)
			}
		})
	}
}

func FuzzFastPaths(f *testing.F) {
	f.Add("The U.S. met Mr. Lavrov. Then \"quote.\" Done")
	f.Add("Ukraine’s 1,000 “x” ‘y’ a-b. \u212Ar. Z")
	f.Add("\xff\xfe bad utf8. Ok")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Tokens(s), refTokens(s); !sameTokens(got, want) {
			t.Fatalf("Tokens(%q) = %v, want %v", s, got, want)
		}
		if got, want := Sentences(s), refSentences(s); !sameSpans(got, want) {
			t.Fatalf("Sentences(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestAlnum8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			x := uint64(0x2020202020202020)&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			want := uint64(0)
			if c < 128 && class[c] == clWord {
				want = 0x80 << (8 * pos)
			}
			if got := alnum8(x); got != want {
				t.Fatalf("alnum8 with byte %#x at %d = %#x, want %#x", c, pos, got, want)
			}
		}
	}
}

// TestStop8 checks that the lowest set bit of stop8 is the first stop
// byte, whatever the bytes around it (zeros, other stop bytes).
func TestStop8(t *testing.T) {
	fill := []uint64{0x2020202020202020, 0, 0x6161616161616161, 0x0b0b0b0b0b0b0b0b, 0x2f2f2f2f2f2f2f2f}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, f := range fill {
				// byte c at pos, stop bytes ('.') above it, filler below
				x := f&(1<<(8*pos)-1) | uint64(c)<<(8*pos) | 0x2e2e2e2e2e2e2e2e&^(1<<(8*(pos+1))-1)
				if pos == 7 {
					x = f&(1<<(8*pos)-1) | uint64(c)<<(8*pos)
				}
				want := -1
				for k := 0; k < 8; k++ {
					if stopByte[byte(x>>(8*k))] {
						want = k
						break
					}
				}
				m := stop8(x)
				got := -1
				if m != 0 {
					got = bits.TrailingZeros64(m) >> 3
				}
				if got != want {
					t.Fatalf("stop8(%#x) first stop at %d, want %d", x, got, want)
				}
			}
		}
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " Title  of\tthe story ", "x\u00a0y\u2003z\u0085w", "\v\fa\rb\n", "bad\xff utf8 \xc3", "one"} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}
