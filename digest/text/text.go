// Package text owns the low-level text handling of the digest engine:
// sentence splitting and word tokens, both as byte spans into the original
// string so that every later stage can report exact offsets.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
}

// Sentences splits s into sentences. It breaks after '.', '!' or '?' (with any
// closing quotes or brackets) followed by white space and an upper-case letter,
// digit or opening quote, unless the period ends a known abbreviation or a
// single-letter initial; it always breaks at a blank line or a line break.
// Leading and trailing white space is not part of any span; empty sentences
// are dropped.
func Sentences(s string) []Span { return AppendSentences(nil, s) }

// AppendSentences is Sentences appending to dst, for callers that reuse
// their buffers.
func AppendSentences(dst []Span, s string) []Span {
	out := dst
	start := 0
	emit := func(end int) {
		a, b := trim(s, start, end)
		if a < b {
			out = append(out, Span{a, b})
		}
		start = end
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != '\n' && c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n':
			emit(i)
			i += w
			start = i
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + w
			// swallow repeated terminators and closing quotes/brackets
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
				if r == '.' && j == i+w && isAbbrev(s[start:i]) {
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
	return abbreviations[strings.ToLower(word)]
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
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
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
			r2, w2 := rune(s[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, w2 = utf8.DecodeRuneInString(s[j:])
			}
			if isWordRune(r2) {
				j += w2
				continue
			}
			// inner joiners: don't, U.S., Saint-Denis, 1,000, 3.5
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' {
				if j+w2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+w2:])
					if isWordRune(r3) && (r2 != ',' || (isDigit(r3) && j > 0 && s[j-1] >= '0' && s[j-1] <= '9')) {
						dot = dot || r2 == '.'
						j += w2
						continue
					}
				}
				// trailing period of an acronym like "U.S."
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Header recognises a wire-style first line "Title/ Outlet/ Dateline/ Byline/
// Edition/ lead text..." and returns the spans of its fields before the lead
// and the byte offset where the lead begins. It returns nil and 0 when the
// first line has fewer than three "/ " separators or a field before the lead
// is longer than twenty words.
func Header(s string) (fields []Span, lead int) {
	line := s
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		line = s[:i]
	}
	if strings.Count(line, "/ ") < 3 {
		return nil, 0
	}
	pos := 0
	for {
		i := strings.Index(line[pos:], "/ ")
		if i < 0 {
			break
		}
		a, b := trim(s, pos, pos+i)
		if a < b {
			if len(strings.Fields(s[a:b])) > 20 {
				return nil, 0
			}
			fields = append(fields, Span{a, b})
		}
		pos += i + 2
	}
	return fields, pos
}
