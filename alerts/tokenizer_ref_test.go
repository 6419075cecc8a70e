package alerts

import (
	"slices"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refTokenizer is the tokenizer as it was before its fast paths (one
// closure per token end, applyRules on every token, a first-byte-only
// variant filter), kept as the reference the optimised tokenizer must
// agree with byte for byte.
type refTokenizer struct {
	buf  []byte
	toks []span
}

// add tokenizes s and appends its tokens; it returns the index of the first.
func (t *refTokenizer) add(s string) int {
	first := len(t.toks)
	start := -1 // start of the token being built in buf, or -1
	afterApos := false
	filter := refVariantFilter()
	end := func(apos bool) {
		if start >= 0 {
			if afterApos && len(t.buf)-start == 1 && t.buf[start] == 's' {
				t.buf = t.buf[:start] // possessive 's
			} else {
				t.buf = refCanonToken(t.buf, start, filter)
				t.toks = append(t.toks, span{int32(start), int32(len(t.buf))})
			}
			start = -1
		}
		afterApos = apos
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if start < 0 {
					if n := initialism(s, i); n > 0 {
						end(false)
						start = len(t.buf)
						for j := i; j < i+n; j += 2 {
							t.buf = append(t.buf, lowerASCII(s[j]))
						}
						end(false)
						i += n
						continue
					}
					start = len(t.buf)
				}
				i = t.appendASCIIRun(s, i)
				continue
			case 'A' <= c && c <= 'Z':
				if start < 0 {
					if n := initialism(s, i); n > 0 {
						end(false)
						start = len(t.buf)
						for j := i; j < i+n; j += 2 {
							t.buf = append(t.buf, lowerASCII(s[j]))
						}
						end(false)
						i += n
						continue
					}
					start = len(t.buf)
				}
				i = t.appendASCIIRun(s, i)
				continue
			default:
				end(c == '\'' || c == '`')
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.Is(unicode.Mn, r):
			// A combining mark (decomposed input): part of the word, dropped.
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if start < 0 {
				start = len(t.buf)
			}
			t.buf = appendFolded(t.buf, r)
			if len(t.buf) == start { // folded to nothing
				start = -1
			}
		default:
			end(isApostrophe(r))
		}
	}
	end(false)
	return first
}

// appendASCIIRun appends the run of ASCII letters and digits starting at
// s[i], lower-cased, and returns the offset after it.
func (t *refTokenizer) appendASCIIRun(s string, i int) int {
	buf := t.buf
	for ; i < len(s); i++ {
		c := asciiFold[s[i]]
		if c == 0 {
			break
		}
		buf = append(buf, c)
	}
	t.buf = buf
	return i
}

// canonToken applies step 3 and 4 to the folded token that ends buf (it
// starts at start) and returns buf with the token rewritten; filter is
// variantFilter().
func refCanonToken(buf []byte, start int, filter *[256]uint32) []byte {
	tok := applyRules(buf[start:])
	buf = buf[:start+len(tok)]
	if len(tok) < 32 && filter[tok[0]]&(1<<len(tok)) != 0 {
		if v, ok := variantTable()[string(tok)]; ok {
			buf = append(buf[:start], v...)
		}
	}
	return buf
}

// refVariantFilter is a cheap pre-check for variantTable: bit n of entry c is
// set when some key starts with byte c and has length n.
var refVariantFilter = sync.OnceValue(func() *[256]uint32 {
	var f [256]uint32
	for k := range variantTable() {
		if len(k) < 32 {
			f[k[0]] |= 1 << len(k)
		}
	}
	return &f
})

// checkTokenizer fails when the tokenizer and the reference disagree on s.
func checkTokenizer(t *testing.T, s string) {
	t.Helper()
	var got tokenizer
	var want refTokenizer
	got.add(s)
	want.add(s)
	if !slices.Equal(got.buf, want.buf) || !slices.Equal(got.toks, want.toks) {
		t.Fatalf("tokenize %q:\n got  %q %v\n want %q %v", s, got.buf, got.toks, want.buf, want.toks)
	}
}

func TestTokenizerMatchesReference(t *testing.T) {
	for _, s := range []string{"", "Zelenskyy met Aleksei Mikhail kkhs in Kiev, the U.S. and U.N.'s envoys",
		"Ukraine’s Serhiy Dmytro Qaddafi Sergey Yury ij yij kyij KIEV kiev's Erdoğan Zürich straße Łódź",
		"a.b.c. x.y 9.9. Mohammed bin Salman, Teheran; Peking -- ŒUVRE Þing ıi"} {
		checkTokenizer(t, s)
	}
	checkTokenizer(t, seedStory(t).Text)
	checkTokenizer(t, quietStory.Text)
}

func FuzzTokenizerMatchesReference(f *testing.F) {
	f.Add("Zelenskyy met Aleksei in Kiev, the U.S.'s envoy")
	f.Add("Ukraine’s Serhiy Qaddafi Erdoğan Zürich straße")
	f.Fuzz(checkTokenizer)
}
