package sharedtest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TitleWords returns s with the first letter of every word capitalised and
// the words joined by single spaces: a casing of a text outside labeled
// data, for tests that compare two paths of the engine on unusual input.
func TitleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if r, n := utf8.DecodeRuneInString(w); n > 0 {
			ws[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(ws, " ")
}
