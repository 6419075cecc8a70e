package alerts

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalisation turns text into the tokens that alert terms and documents
// are compared on. It is applied identically to both sides, so a rule that
// over-folds two words can only cause an extra match, never a missed one.
//
//  1. Folding: letters are lower-cased, decomposed (NFKD) and stripped of
//     combining marks, so "Erdoğan" = "erdogan" and "Zürich" = "zurich".
//     A few letters without a decomposition are spelled out: ß -> ss,
//     æ -> ae, œ -> oe, ø -> o, ł -> l, đ/ð -> d, þ -> th, ı -> i.
//  2. Tokens are maximal runs of letters and digits; everything else
//     (spaces, punctuation, hyphens, apostrophes, straight or curly quotes)
//     separates them. A lone "s" right after an apostrophe (the possessive
//     in "Ukraine’s") is dropped, and dotted initialisms are joined
//     ("U.S." = "US", "U.N." = "UN").
//  3. Transliteration endings, for tokens of four letters or more:
//     "kh" -> "h" (Mikhail = Mihail), "ks" -> "x" (Aleksei = Alexei), a final
//     "ij" -> "ii", a final "y" -> "i", then a final "ii"/"yi" -> "i". So
//     Zelensky = Zelenskyy = Zelenskiy = Zelenskyi = Zelenskii = Zelenski,
//     Sergey = Sergei, Yury = Yuri, Dmitry = Dmitri, Alexey = Aleksei.
//  4. A small variant table maps spellings the rules cannot reach to one
//     form (Serhiy = Sergei, Dmytro = Dmitri, Kiev = Kyiv, Qaddafi =
//     Gaddafi, ...); see nameVariants.
//
// Scripts other than Latin are folded (case, marks) but not transliterated.

// minEndingLen is the shortest token the ending rules of step 3 apply to, so
// that short words ("by", "my", "sky") keep their form.
const minEndingLen = 4

// nameVariants lists groups of spellings of one name; every member of a group
// is normalised to the canonical form of the first. Members are written as
// users would type them; the table is normalised once, on first use.
var nameVariants = [][]string{
	{"sergei", "serhiy", "serhii", "sergiy", "sergii", "serhij"},
	{"dmitri", "dmytro", "dmitriy"},
	{"yuri", "iurii", "juri", "jurij", "yurii"},
	{"aleksei", "oleksiy", "oleksii", "oleksij"},
	{"aleksandr", "alexander", "alexandr", "oleksandr"},
	{"mikhail", "mykhailo", "michail", "mychajlo"},
	{"evgeni", "yevgeny", "yevgeniy", "yevhen", "evgeny", "jewgeni"},
	{"nikolai", "mykola"},
	{"andrei", "andriy", "andrii", "andrej"},
	{"anatoli", "anatoliy", "anatolii"},
	{"gaddafi", "qaddafi", "kadhafi", "gadhafi", "qadhafi", "kaddafi", "gadaffi"},
	{"kyiv", "kiev"},
	{"kharkiv", "kharkov"},
	{"odesa", "odessa"},
	{"muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad"},
	{"tehran", "teheran"},
	{"beijing", "peking"},
	{"mumbai", "bombay"},
}

// variantTable returns the name variant table keyed and valued by
// rule-normalised tokens. Built once, lazily (no init side effects).
var variantTable = sync.OnceValue(func() map[string]string {
	m := make(map[string]string)
	for _, group := range nameVariants {
		canon := string(applyRules([]byte(group[0])))
		for _, v := range group {
			m[string(applyRules([]byte(v)))] = canon
		}
	}
	return m
})

// applyRules applies the transliteration rules (step 3) to a folded token in
// place and returns the possibly shortened token.
func applyRules(t []byte) []byte {
	if len(t) < minEndingLen {
		return t
	}
	// kh -> h and ks -> x, both shrinking; repeated until nothing changes
	// ("kkhs" -> "khs" -> "hs") so that normalising is idempotent. Only a
	// token with a "k" can change.
	for changed := bytes.IndexByte(t, 'k') >= 0; changed; {
		changed = false
		w := 0
		for r := 0; r < len(t); r++ {
			c := t[r]
			if r+1 < len(t) && c == 'k' && (t[r+1] == 'h' || t[r+1] == 's') {
				c = 'h'
				if t[r+1] == 's' {
					c = 'x'
				}
				r++
				changed = true
			}
			t[w] = c
			w++
		}
		t = t[:w]
	}
	n := len(t)
	if n < 2 {
		return t
	}
	if t[n-2] == 'i' && t[n-1] == 'j' {
		t[n-1] = 'i'
	}
	if t[n-1] == 'y' {
		t[n-1] = 'i'
	}
	for n >= 3 && t[n-1] == 'i' && (t[n-2] == 'i' || t[n-2] == 'y') {
		t[n-2] = 'i'
		n--
		t = t[:n]
	}
	return t
}

// canonToken applies step 3 and 4 to the folded token that ends buf (it
// starts at start) and returns buf with the token rewritten; filter is
// variantFilter().
// mayK is false only when the token has no "k".
func canonToken(buf []byte, start int, mayK bool, filter *variantFilters) []byte {
	tok := buf[start:]
	// applyRules changes only a token of minEndingLen bytes or more with a
	// "k" or ending in "j", "y" or "i"; most tokens have neither.
	if n := len(tok); n >= minEndingLen {
		if last := tok[n-1]; last == 'j' || last == 'y' || last == 'i' || mayK && bytes.IndexByte(tok, 'k') >= 0 {
			tok = applyRules(tok)
			buf = buf[:start+len(tok)]
		}
	}
	if n := len(tok); n < 32 && filter.first[tok[0]]&filter.last[tok[n-1]]&(1<<n) != 0 {
		if v, ok := variantTable()[string(tok)]; ok {
			buf = append(buf[:start], v...)
		}
	}
	return buf
}

// variantFilters is a cheap pre-check for variantTable: bit n of first[c]
// (last[c]) is set when some key of length n starts (ends) with byte c.
type variantFilters struct {
	first, last [256]uint32
}

// variantFilter returns the filters of variantTable, built once.
var variantFilter = sync.OnceValue(func() *variantFilters {
	var f variantFilters
	for k := range variantTable() {
		if len(k) < 32 {
			f.first[k[0]] |= 1 << len(k)
			f.last[k[len(k)-1]] |= 1 << len(k)
		}
	}
	return &f
})

// specialFolds spells out letters that NFKD does not decompose.
func specialFold(r rune) (string, bool) {
	switch r {
	case 'ß', 'ẞ':
		return "ss", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ø', 'Ø':
		return "o", true
	case 'ł', 'Ł':
		return "l", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'þ', 'Þ':
		return "th", true
	case 'ı':
		return "i", true
	case 'ħ', 'Ħ':
		return "h", true
	}
	return "", false
}

// isApostrophe reports whether r is an apostrophe or a single quotation
// mark that usually stands for one.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

// span is one token in a tokenizer buffer.
type span struct{ start, end int32 }

// tokenizer splits text into normalised tokens, appending their bytes to one
// buffer to avoid a string allocation per token. The zero value is ready.
type tokenizer struct {
	buf  []byte
	toks []span
	// mayK is false while the token being built is known to have no "k"
	// (all of it came from appendASCIIRun), which spares canonToken a
	// search.
	mayK bool
}

func (t *tokenizer) reset() {
	t.buf = t.buf[:0]
	t.toks = t.toks[:0]
}

// token returns the bytes of token i.
func (t *tokenizer) token(i int) []byte {
	s := t.toks[i]
	return t.buf[s.start:s.end]
}

// add tokenizes s and appends its tokens; it returns the index of the first.
func (t *tokenizer) add(s string) int {
	first := len(t.toks)
	start := -1 // start of the token being built in buf, or -1
	afterApos := false
	filter := variantFilter()
	end := func(apos bool) {
		if start >= 0 {
			if afterApos && len(t.buf)-start == 1 && t.buf[start] == 's' {
				t.buf = t.buf[:start] // possessive 's
			} else {
				t.buf = canonToken(t.buf, start, t.mayK, filter)
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
						t.mayK = true
						for j := i; j < i+n; j += 2 {
							t.buf = append(t.buf, lowerASCII(s[j]))
						}
						end(false)
						i += n
						continue
					}
					start = len(t.buf)
					t.mayK = false
				}
				i = t.appendASCIIRun(s, i)
				continue
			case 'A' <= c && c <= 'Z':
				if start < 0 {
					if n := initialism(s, i); n > 0 {
						end(false)
						start = len(t.buf)
						t.mayK = true
						for j := i; j < i+n; j += 2 {
							t.buf = append(t.buf, lowerASCII(s[j]))
						}
						end(false)
						i += n
						continue
					}
					start = len(t.buf)
					t.mayK = false
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
			t.mayK = true
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
func (t *tokenizer) appendASCIIRun(s string, i int) int {
	buf := t.buf
	k := false
	for ; i < len(s); i++ {
		c := asciiFold[s[i]]
		if c == 0 {
			break
		}
		k = k || c == 'k'
		buf = append(buf, c)
	}
	t.buf = buf
	t.mayK = t.mayK || k
	return i
}

// asciiFold maps an ASCII letter or digit to its lower-case form and every
// other byte to 0.
var asciiFold = func() (f [256]byte) {
	for c := '0'; c <= '9'; c++ {
		f[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		f[c], f[c-'a'+'A'] = byte(c), byte(c)
	}
	return f
}()

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// initialism returns the length of a dotted initialism ("U.S.", "u.n.")
// starting at s[i]: at least two single letters each followed by a dot, and
// not followed by another letter. It returns 0 when there is none.
func initialism(s string, i int) int {
	j := i
	n := 0
	for j+1 < len(s) && isASCIILetter(s[j]) && s[j+1] == '.' {
		n++
		j += 2
	}
	if n < 2 {
		return 0
	}
	if j < len(s) && (isASCIILetter(s[j]) || '0' <= s[j] && s[j] <= '9') {
		return 0
	}
	if i > 0 && (isASCIILetter(s[i-1]) || s[i-1] == '.') {
		return 0
	}
	return j - i
}

// appendFolded appends the folded form of the letter or digit r.
func appendFolded(dst []byte, r rune) []byte {
	if f, ok := specialFold(r); ok {
		return append(dst, f...)
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	var tmp [32]byte
	dec := norm.NFKD.Append(tmp[:0], b[:n]...)
	for len(dec) > 0 {
		d, size := utf8.DecodeRune(dec)
		dec = dec[size:]
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if !unicode.IsLetter(d) && !unicode.IsNumber(d) {
			continue
		}
		if f, ok := specialFold(d); ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(d))
	}
	return dst
}

// Tokens returns the normalised tokens of s, as alert matching sees them.
// It is exported for tools and tests ("/alert test" can show why a story
// matched); matching itself never allocates a string per token.
func Tokens(s string) []string {
	var t tokenizer
	t.add(s)
	out := make([]string, len(t.toks))
	for i := range t.toks {
		out[i] = string(t.token(i))
	}
	return out
}

// Normalize returns the normalised tokens of s joined by single spaces.
func Normalize(s string) string { return strings.Join(Tokens(s), " ") }
