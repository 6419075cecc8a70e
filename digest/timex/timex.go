// Package timex finds temporal expressions in English news text and
// normalizes them TimeML/TIMEX3 style against the document creation time
// (the publication date): "Tuesday" -> "2025-02-18", "last week" ->
// "2013-W11", "three years" -> "P3Y", "now" -> "PRESENT_REF", "daily" ->
// "P1D". It owns the tokenizer, the word lexicon, the grammar of temporal
// expressions, their resolution, and the evaluation on TimeBank, AQUAINT and
// MEANTIME (eval.go).
//
// The scanner is token based: one pass splits the text into word, number and
// punctuation tokens with byte offsets, every word is looked up once in a word
// map, and a hand-written longest-match grammar runs at each token. There are
// no regular expressions, so the cost is linear in the length of the text.
package timex

import (
	"math/bits"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/internal/packed"
)

// TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Timex is one temporal expression found in a text.
type Timex struct {
	// Start and End delimit the expression as byte offsets into the text.
	Start, End int
	// Text is text[Start:End].
	Text string
	// Type is the TIMEX3 type: DATE, TIME, DURATION or SET.
	Type string
	// Value is the TIMEX3 value ("2025-02-18", "2013-W11", "P3Y",
	// "PRESENT_REF"); empty when the expression could not be resolved.
	Value string
	// Mod is the TIMEX3 mod (START, END, MID, APPROX, LESS_THAN, ...), if any.
	Mod string
}

// Extract returns the temporal expressions of text, resolved against dct (the
// document creation time: the publication date), sorted by Start and never
// overlapping. It is pure and deterministic, and runs in time linear in
// len(text).
func Extract(text string, dct time.Time) []Timex { return extract(text, "", dct) }

// ExtractLowered is Extract given text with its ASCII letters lower-cased
// and nothing else changed (a caller that holds that copy saves Extract
// making one). A low of another length is ignored.
func ExtractLowered(text, low string, dct time.Time) []Timex {
	if len(low) != len(text) {
		low = ""
	}
	return extract(text, low, dct)
}

// extract is Extract; low, unless empty, is text ASCII lower-cased.
func extract(text, low string, dct time.Time) []Timex {
	if len(text) == 0 {
		return nil
	}
	var out []Timex
	var prev *parser
	for base := 0; base < len(text); {
		end := chunkEnd(text, base)
		chunkLow := ""
		if low != "" {
			chunkLow = low[base:end]
		}
		p := newParser(text[base:end], chunkLow, dct)
		if prev != nil {
			// carry the anaphora context across chunks
			p.last, p.ref, p.refG = prev.last, prev.ref, prev.refG
		}
		xs := p.run()
		for k := range xs {
			xs[k].Start += base
			xs[k].End += base
		}
		if out == nil && end == len(text) {
			if len(xs) > 0 {
				out = xs // one chunk: no copy
			}
		} else {
			out = append(out, xs...)
		}
		tokPool.Put(p.toks[:0])
		p.toks = nil
		prev, base = p, end
	}
	return out
}

// chunkSize bounds the text tokenized at once, so that memory stays small
// on huge inputs; chunks end at a line break (else a space) where possible.
const chunkSize = 64 << 10

func chunkEnd(text string, base int) int {
	if len(text)-base <= chunkSize {
		return len(text)
	}
	lim := base + chunkSize
	if k := strings.LastIndexByte(text[base+chunkSize/2:lim], '\n'); k >= 0 {
		return base + chunkSize/2 + k + 1
	}
	if k := strings.LastIndexByte(text[base+chunkSize/2:lim], ' '); k >= 0 {
		return base + chunkSize/2 + k + 1
	}
	for lim > base && !utf8.RuneStart(text[lim]) {
		lim--
	}
	if lim == base {
		return base + chunkSize
	}
	return lim
}

// tokPool recycles token slices between calls; Extract stays pure.
var tokPool = sync.Pool{New: func() any { return []tok(nil) }}

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters only
	kNum                    // digits only
	kAlnum                  // letters and digits mixed ("3rd", "1990s", "10am")
	kPunct                  // any other single rune
)

type tok struct {
	s, e  int    // byte offsets into the text
	n     int    // value of a kNum of at most 9 digits, else -1
	kind  uint8  //
	glued bool   // no space between the previous token and this one
	nl    bool   // a line break precedes this token
	cap   bool   // the first rune is upper case
	sent  int32  // sentence index
	lxi   uint16 // index of the lexicon entry in lexes (0: none)
}

// The token holds no pointer, so that the token slice costs the garbage
// collector (and its write barriers) nothing.

// str returns the text of the token, ASCII lower-cased, from low (the
// lower-cased text the token was cut from).
func (t *tok) str(low string) string { return low[t.s:t.e] }

// lex returns the lexicon entry of the token (noLex when none).
func (t *tok) lex() *lex { return &lexes[t.lxi] }

// asciiSpace is 2 for a line break, 1 for the other ASCII white space
// characters of tokenize, 0 otherwise.
var asciiSpace = [256]uint8{' ': 1, '\t': 1, '\r': 1, '\f': 1, '\v': 1, '\n': 2}

// asciiClass is 1 for ASCII letters, 2 for digits, 0 otherwise.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = 1, 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	return t
}()

func isLetterRune(r rune) bool {
	return !generalPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// generalPunct reports whether r lies in U+2010..U+2027 or U+2030..U+205E
// of General Punctuation (dashes, curly quotes, bullets, ellipsis): no
// letter, digit, mark or space is there, so the table searches of package
// unicode can be skipped.
func generalPunct(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

// tokenize splits text into tokens. low is text with ASCII lower-cased.
func tokenize(text, low string, toks []tok) []tok {
	glued, nl := false, true
	for i := 0; i < len(text); {
		c := text[i]
		if sp := asciiSpace[c]; sp != 0 {
			nl = nl || sp == 2
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
		// the common case: an ASCII word or number of under sixteen bytes
		// before an ASCII byte that is no letter or digit, from one or two
		// loads
		if c < utf8.RuneSelf && asciiClass[c] != 0 && i+8 <= len(text) {
			x0, x1 := packed.Load8(text[i:i+8]), uint64(0)
			dm, lm := alnum8(x0)
			n := 8
			if m := dm | lm; m != highBits {
				n = bits.TrailingZeros64(^m&highBits) >> 3 // >= 1
				keep := uint64(1)<<(8*n) - 1
				x0, dm, lm = x0&keep, dm&keep, lm&keep
			} else if i+16 <= len(text) {
				x1 = packed.Load8(text[i+8 : i+16])
				dm1, lm1 := alnum8(x1)
				if m := dm1 | lm1; m != highBits {
					k := bits.TrailingZeros64(^m&highBits) >> 3
					keep := uint64(1)<<(8*k) - 1
					n += k
					x1, dm, lm = x1&keep, dm|dm1&keep, lm|lm1&keep
				} else {
					n = 16 // the general path below
				}
			} else {
				n = 16
			}
			if n < 16 && text[i+n] < utf8.RuneSelf {
				next := text[i+n]
				// lookupPacked, its filter inline: most words stop there
				x0, x1 = lowerWord(x0), lowerWord(x1)
				lx := uint16(0)
				if h := packed.Hash(x0, x1); wordTab.mayHold(h) {
					lx = probePacked(h, x0, x1)
				}
				t := tok{s: i, e: i + n, n: -1, glued: glued, nl: nl, kind: kWord, lxi: lx}
				switch {
				case lm == 0:
					t.kind = kNum
					if n <= 9 {
						v := 0
						for k := i; k < i+n; k++ {
							v = v*10 + int(text[k]-'0')
						}
						t.n = v
					}
				case dm != 0:
					t.kind = kAlnum
				default:
					t.cap = c <= 'Z' // c is a letter here
				}
				toks = append(toks, t)
				i += n
				glued, nl = true, false
				if next == ' ' {
					// the space after the word, without a turn of the loop
					i++
					glued = false
				}
				continue
			}
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

// abbrevs are words that a period after them does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "adm": true, "prof": true, "vs": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true, "u": true, "s": true,
	"a": true, "p": true, "m": true, "e": true, "i": true, "g": true,
}

// markSentences assigns a sentence index to every token: a sentence ends
// after '.', '!' or '?' (and any closing quotes) before a capital, a number or
// a line break, unless the period ends an abbreviation; a line break before a
// capital or after punctuation also ends one.
func markSentences(toks []tok, low string) {
	var sent int32
	breakAt := -1
	for i := range toks {
		t := &toks[i]
		if i > 0 && (i == breakAt || t.nl && (toks[i-1].kind == kPunct || t.cap || t.kind != kWord)) && toks[i-1].sent == sent {
			sent++
		}
		t.sent = sent
		if t.kind != kPunct || i+1 >= len(toks) {
			continue
		}
		w := t.str(low)
		if w != "." && w != "!" && w != "?" {
			continue
		}
		if nx := &toks[i+1]; nx.glued && nx.kind != kPunct {
			continue // "a.m", "U.S", "1.5"
		}
		if w == "." && i > 0 && toks[i-1].kind == kWord && (abbrevs[toks[i-1].str(low)] || len(toks[i-1].str(low)) == 1) {
			// (any single letter: an initialism's "U.N.", "U.K.", an
			// initial "Donald J. Trump")
			continue
		}
		k := i + 1
		for k < len(toks) && toks[k].kind == kPunct && isCloser(toks[k].str(low)) {
			k++
		}
		if k < len(toks) && (toks[k].cap || toks[k].kind != kWord || toks[k].nl) {
			breakAt = k
		}
	}
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", ")", "”", "’", "]":
		return true
	}
	return false
}
