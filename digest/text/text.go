// Package text owns the low-level text handling of the digest engine:
// sentence splitting and word tokens, both as byte spans into the original
// string so that every later stage can report exact offsets.
package text

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/internal/packed"
)

// Span is a half-open byte range [Start, End) into a string.
type Span struct {
	Start int
	End   int
}

// Of returns the text of sp in s.
func (sp Span) Of(s string) string { return s[sp.Start:sp.End] }

// abbreviations end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gen": true, "col": true, "lt": true, "maj": true, "capt": true, "sgt": true, "adm": true,
	"gov": true, "pres": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"mt": true, "ft": true, "no": true, "vs": true, "etc": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "u.n": true, "u.k": true, "e.u": true, "a.m": true, "p.m": true, "i.e": true,
	"e.g": true, "approx": true, "dept": true, "est": true, "fig": true, "al": true,
	// the honorifics of official texts: "H.E. John Mahama", "Rt. Hon.",
	// "Amb. Lee"
	"h.e": true, "rt": true, "amb": true,
}

// Sentences splits s into sentences. It breaks after '.', '!' or '?' (with any
// closing quotes or brackets) followed by white space and an upper-case letter,
// digit or opening quote, unless the period ends a known abbreviation or a
// single-letter initial; it always breaks at a blank line or a line break.
// Leading and trailing white space is not part of any span; empty sentences
// are dropped.
func Sentences(s string) []Span { return AppendSentences(make([]Span, 0, len(s)/100+4), s) }

// AppendSentences is Sentences appending to dst, for callers that reuse
// their buffers.
func AppendSentences(dst []Span, s string) []Span {
	out := dst
	start := 0
	for i := 0; i < len(s); {
		// skip eight bytes at a time while none is a stop byte
		for i+8 <= len(s) {
			m := stop8(packed.Load8(s[i : i+8]))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
			break
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if !stopByte[c] {
			i++
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n':
			out = appendTrimmed(out, s, start, i)
			i += w
			start = i
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + w
			// swallow repeated terminators and closing quotes/brackets
			for j < len(s) {
				r2, w2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, w2 = utf8.DecodeRuneInString(s[j:])
				}
				if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
					j += w2
					continue
				}
				break
			}
			if j >= len(s) {
				out = appendTrimmed(out, s, start, j)
				start = j
				i = j
				continue
			}
			r2 := rune(s[j])
			if r2 >= utf8.RuneSelf {
				r2, _ = utf8.DecodeRuneInString(s[j:])
			}
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
			k := j
			for k < len(s) {
				r3, w3 := rune(s[k]), 1
				if r3 >= utf8.RuneSelf {
					r3, w3 = utf8.DecodeRuneInString(s[k:])
				}
				if r3 == '\n' || !unicode.IsSpace(r3) {
					break
				}
				k += w3
			}
			if k < len(s) && s[k] != '\n' {
				next := rune(s[k])
				if next >= utf8.RuneSelf {
					next, _ = utf8.DecodeRuneInString(s[k:])
				}
				if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
					i = j
					continue
				}
				if r == '.' && j == i+w && isAbbrev(s[start:i]) {
					i = j
					continue
				}
			}
			out = appendTrimmed(out, s, start, j)
			start = j
			i = j
			continue
		}
		i += w
	}
	return appendTrimmed(out, s, start, len(s))
}

// stopByte marks the bytes the sentence splitter must look at: line
// breaks, terminators and the first bytes of multi-byte runes.
var stopByte = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	t['\n'], t['.'], t['!'], t['?'] = true, true, true, true
	return t
}()

// stop8 returns a mask whose lowest set bit is the high bit of the first
// of the eight bytes of x (little endian) that stopByte marks, or 0 when
// there is none. (The zero-byte test may also set bits above a match,
// never below one.)
func stop8(x uint64) uint64 {
	const ones = 0x0101010101010101
	zero := func(v uint64) uint64 { return (v - ones) &^ v }
	return (x | zero(x^'\n'*ones) | zero(x^'.'*ones) | zero(x^'!'*ones) | zero(x^'?'*ones)) & highBits
}

// appendTrimmed appends s[a:b] without surrounding white space, unless
// that leaves nothing.
func appendTrimmed(out []Span, s string, a, b int) []Span {
	a, b = trim(s, a, b)
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

// isAbbrev reports whether the text before a period ends with an abbreviation
// or a single-letter initial.
func isAbbrev(before string) bool {
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
	var buf [8]byte
	if len(word) > len(buf) {
		// no abbreviation is that long, though a non-ASCII word may
		// shrink when lower-cased (the Kelvin sign becomes "k")
		for k := 0; k < len(word); k++ {
			if word[k] >= utf8.RuneSelf {
				return abbreviations[strings.ToLower(word)]
			}
		}
		return false
	}
	for k := 0; k < len(word); k++ {
		c := word[k]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(word)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return abbreviations[string(buf[:len(word)])]
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«':
		return true
	}
	return false
}

func trim(s string, a, b int) (int, int) {
	for a < b {
		r, w := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= w
	}
	return a, b
}

// Token is a word, number or punctuation mark with its byte span.
type Token struct {
	Span
	Text string
}

// Tokens splits s into words (letters, digits, inner apostrophes, hyphens and
// periods of abbreviations such as "U.S.") and single punctuation marks.
func Tokens(s string) []Token { return AppendTokens(make([]Token, 0, len(s)/5+1), s) }

// AppendTokens is Tokens appending to dst, for callers that reuse their
// buffers.
func AppendTokens(dst []Token, s string) []Token {
	out := dst
	for i := 0; ; {
		a, b, ok := NextToken(s, i)
		if !ok {
			return out
		}
		out = append(out, Token{Span{a, b}, s[a:b]})
		i = b
	}
}

// Byte classes of the tokenizer's fast paths.
const (
	clPunct uint8 = iota // any other ASCII byte: a one-byte punctuation token
	clSpace              // white space
	clWord               // letter or digit
	clJoin               // ' - . , may join the parts of a word
	clHigh               // the first byte of a multi-byte rune (or an invalid byte)
)

// class maps each byte to its class.
var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = clHigh
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			t[c] = clWord
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = clSpace
		case c == '\'' || c == '-' || c == '.' || c == ',':
			t[c] = clJoin
		}
	}
	return t
}()

// NextToken returns the span [start, end) of the first token of s at or
// after byte offset i, by the rules of Tokens (which it drives); ok is false
// when no token is left. Callers that only need spans use it to tokenize
// without building a slice.
func NextToken(s string, i int) (start, end int, ok bool) {
	for i < len(s) {
		c := s[i]
		switch class[c] {
		case clSpace:
			i++
			continue
		case clWord:
			// fast path: an ASCII word that ends within the next eight
			// bytes, before a space or a punctuation byte that joins nothing
			if j := i + 1; j+8 <= len(s) {
				if m := alnum8(packed.Load8(s[j : j+8])); m != highBits {
					k := j + bits.TrailingZeros64(^m&highBits)>>3
					if cl := class[s[k]]; cl == clSpace || cl == clPunct {
						return i, k, true
					}
				}
			}
			return i, wordEnd(s, i+1), true
		case clHigh:
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			if isWordRune(r) {
				return i, wordEnd(s, i+w), true
			}
			return i, i + w, true
		}
		return i, i + 1, true
	}
	return len(s), len(s), false
}

// wordEnd returns the end of the word whose first rune ends at j: more
// word runes, and the inner joiners of "don't", "U.S.", "Saint-Denis",
// "1,000" and "3.5".
func wordEnd(s string, j int) int {
	dot := false
	for j < len(s) {
		// skip ASCII letters and digits eight at a time
		for j+8 <= len(s) {
			m := alnum8(packed.Load8(s[j : j+8]))
			if m == highBits {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(^m&highBits) >> 3
			break
		}
		if j >= len(s) {
			break
		}
		c := s[j]
		r2, w2 := rune(c), 1
		switch class[c] {
		case clWord:
			j++
			continue
		case clJoin:
		case clHigh:
			r2, w2 = utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if r2 != '’' {
				return j
			}
		default:
			return j
		}
		// a joiner at j
		if k := j + w2; k < len(s) {
			r3 := rune(s[k])
			if r3 >= utf8.RuneSelf {
				r3, _ = utf8.DecodeRuneInString(s[k:])
			}
			if isWordRune(r3) && (r2 != ',' || (isDigit(r3) && s[j-1] >= '0' && s[j-1] <= '9')) {
				dot = dot || r2 == '.'
				j = k
				continue
			}
		}
		// trailing period of an acronym like "U.S."
		if r2 == '.' && dot {
			j += w2
		}
		return j
	}
	return j
}

const highBits = 0x8080808080808080

// alnum8 returns the high bit of each of the eight bytes of x (little
// endian) that is an ASCII letter or digit.
func alnum8(x uint64) uint64 {
	const ones = 0x0101010101010101
	h := x & (0x7f * ones) // no carry between bytes below
	digit := (h + (0x80-'0')*ones) &^ (h + (0x80-'9'-1)*ones)
	l := h | 0x20*ones // fold case
	letter := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	return (digit | letter) &^ x & highBits
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if generalPunct(r) {
		// curly quotes and dashes, without three table searches
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// generalPunct reports whether r lies in U+2010..U+2027 or U+2030..U+205E
// of General Punctuation (dashes, curly quotes, bullets, ellipsis): no
// letter, digit, mark or space is there.
func generalPunct(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

// Header recognises a wire-style first line "Title/ Outlet/ Dateline/ Byline/
// Edition/ lead text..." and returns the spans of its fields before the lead
// and the byte offset where the lead begins. It returns nil and 0 when the
// first line has fewer than three "/ " separators or a field before the lead
// is longer than twenty words.
func Header(s string) (fields []Span, lead int) {
	return AppendHeader(nil, s)
}

// AppendHeader is Header appending the fields to dst: it returns dst
// (with the fields when there is a header) and the lead's offset.
func AppendHeader(dst []Span, s string) (fields []Span, lead int) {
	line := s
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		line = s[:i]
	}
	if strings.Count(line, "/ ") < 3 {
		return dst, 0
	}
	pos, n := 0, len(dst)
	for {
		i := strings.Index(line[pos:], "/ ")
		if i < 0 {
			break
		}
		a, b := trim(s, pos, pos+i)
		if a < b {
			if countFields(s[a:b]) > 20 {
				return dst[:n], 0
			}
			dst = append(dst, Span{a, b})
		}
		pos += i + 2
	}
	return dst, pos
}

// countFields returns len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
		i += w
	}
	return n
}
