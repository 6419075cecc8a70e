package bot

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold lower-cases s, strips accents and turns every run of characters
// other than letters and digits into one space: "Erdoğan's  Zürich" ->
// "erdogan s zurich". Matching compares folded strings.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return foldASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(foldRune(unicode.ToLower(r)))
		default:
			space = true
		}
	}
	return b.String()
}

// foldRune spells out letters that have no decomposition.
func foldRune(r rune) rune {
	switch r {
	case 'ø':
		return 'o'
	case 'ł':
		return 'l'
	case 'đ', 'ð':
		return 'd'
	case 'ı':
		return 'i'
	}
	return r
}

// stopWords are ignored when matching a topic against stories.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "of": true, "in": true, "on": true, "and": true,
	"or": true, "for": true, "with": true, "at": true, "by": true, "from": true, "s": true, "is": true,
	"as": true, "over": true, "after": true, "about": true, "new": true, "says": true, "say": true,
}

// keywords returns the folded words of s that are not stop words.
func keywords(s string) []string {
	var out []string
	for _, w := range strings.Fields(fold(s)) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// foldASCII is fold for ASCII text, without Unicode normalisation.
func foldASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		default:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}
