package timex

import (
	"math/bits"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/internal/packed"
)

// TestTokenizeFastPath checks the one-load path of tokenize against the
// tokenizer without it (tokenizeRef, the code before the path was added)
// on the test texts and on random texts of words, numbers, spaces,
// punctuation and multi-byte runes.
func TestTokenizeFastPath(t *testing.T) {
	var texts []string
	for _, p := range []string{"testdata/news.txt", "../../../shared/fixtures/seed/article.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	parts := []string{"a", "Tuesday", "1990s", "10am", "2025", "1234567890", "x", "Q", "é", "Zelenskyy", "Zoo", "ab", "3", "\u0301", "’", "—", "\n", " ", "  ", ".", ",", "-", "'", "\"", "\u00a0", "\xff", "日本", "March", "2nd", "abcdefgh", "abcdefghijklmnopq", "U.S.", "\t"}
	rng := rand.New(rand.NewSource(1))
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		// every suffix up to 16 bytes from the end moves the end of the text
		for cut := 0; cut <= 16 && cut <= len(s); cut++ {
			x := s[:len(s)-cut]
			low := asciiLower(x)
			got, want := tokenize(x, low, nil), tokenizeRef(x, low, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("tokenize(%q) =\n%+v, want\n%+v", x, got, want)
			}
		}
	}
}

func tokenizeRef(text, low string, toks []tok) []tok {
	glued, nl := false, true
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
			if c == '\n' {
				nl = true
			}
			glued = false
			i++
			continue
		}
		var r rune
		w := 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				glued = false
				i += w
				continue
			}
		} else {
			r = rune(c)
		}
		// every path below ends the token; it is built in place
		toks = append(toks, tok{s: i, glued: glued, nl: nl, n: -1})
		t := &toks[len(toks)-1]
		if c < utf8.RuneSelf && asciiClass[c] != 0 {
			// fast path: an ASCII word or number
			j := i
			letters, digits := false, false
			var x0, x1 uint64
			// eight bytes at a time while they are ASCII letters or digits
			for j+8 <= len(text) {
				x := packed.Load8(text[j : j+8])
				dm, lm := alnum8(x)
				n := 8
				if m := dm | lm; m != highBits {
					n = bits.TrailingZeros64(^m&highBits) >> 3
				}
				keep := uint64(1)<<(8*n) - 1 // 1<<64 is 0 in Go: n == 8 keeps all
				digits = digits || dm&keep != 0
				letters = letters || lm&keep != 0
				switch j - i {
				case 0:
					x0 = lowerWord(x & keep)
				case 8:
					x1 = lowerWord(x & keep)
				}
				j += n
				if n < 8 {
					break
				}
			}
			for j < len(text) {
				b := text[j]
				if b >= utf8.RuneSelf {
					break
				}
				cl := asciiClass[b]
				if cl == 0 {
					break
				}
				letters = letters || cl == 1
				digits = digits || cl == 2
				// pack the lower-cased word for the lexicon look-up
				if k := j - i; k < 8 {
					x0 |= uint64(b|(cl&1)<<5) << (8 * k)
				} else if k < 16 {
					x1 |= uint64(b|(cl&1)<<5) << (8 * (k - 8))
				}
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf {
				t.e = j
				switch {
				case digits && !letters:
					t.kind = kNum
					if j-i <= 9 {
						n := 0
						for k := i; k < j; k++ {
							n = n*10 + int(text[k]-'0')
						}
						t.n = n
					}
				case digits:
					t.kind = kAlnum
				default:
					t.kind = kWord
					t.cap = c >= 'A' && c <= 'Z'
				}
				if j-i <= 16 {
					t.lxi = lookupPacked(x0, x1)
				} else {
					t.lxi = lookupWord(low[t.s:t.e])
				}
				i = t.e
				glued, nl = true, false
				continue
			}
		}
		switch {
		case c >= '0' && c <= '9' || c < utf8.RuneSelf && (c|32 >= 'a' && c|32 <= 'z') || c >= utf8.RuneSelf && !generalPunct(r) && (isLetterRune(r) || unicode.IsDigit(r)):
			letters, digits := false, false
			j := i
			for j < len(text) {
				b := text[j]
				if b >= '0' && b <= '9' {
					digits = true
					j++
					continue
				}
				if b|32 >= 'a' && b|32 <= 'z' {
					letters = true
					j++
					continue
				}
				if b < utf8.RuneSelf {
					break
				}
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if isLetterRune(r2) {
					letters = true
				} else if !generalPunct(r2) && unicode.IsDigit(r2) {
					letters = true // non-ASCII digits are not numbers here
				} else {
					break
				}
				j += w2
			}
			t.e = j
			switch {
			case digits && !letters:
				t.kind = kNum
				if j-i <= 9 {
					n := 0
					for k := i; k < j; k++ {
						n = n*10 + int(text[k]-'0')
					}
					t.n = n
				}
			case digits:
				t.kind = kAlnum
			default:
				t.kind = kWord
				t.cap = c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
			}
		default:
			t.e = i + w
			t.kind = kPunct
		}
		if t.kind != kPunct {
			t.lxi = lookupWord(low[t.s:t.e])
		}
		i = t.e
		glued, nl = true, false
	}
	return toks
}
