package digest

import (
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/attrib"
)

// TestTokLexMatchesAttrib checks the attrib flags the engine's word
// look-ups give the tokens (doc.tokLex, handed to attrib.FindLex) against
// attrib's own look-up of every token of the golden documents, as written,
// capitalised and in capitals, and that most tokens get them.
func TestTokLexMatchesAttrib(t *testing.T) {
	e, err := New(WithoutTagger())
	if err != nil {
		t.Fatal(err)
	}
	known, total, flagged := 0, 0, 0
	for _, gd := range goldenDocs(t) {
		for _, body := range []string{gd.Article.Body, strings.ToUpper(gd.Article.Body), capitalise(gd.Article.Body)} {
			d := e.getDoc(body)
			d.split()
			d.buildWords()
			if len(d.tokLex) > len(d.tokSpans) {
				t.Fatalf("%s: %d token flags for %d tokens", gd.Name, len(d.tokLex), len(d.tokSpans))
			}
			for k, lx := range d.tokLex {
				total++
				if lx == 0 {
					continue
				}
				known++
				w := body[d.tokSpans[k].Start:d.tokSpans[k].End]
				want := attrib.KnownLex(attrib.LexiconFlags(w), attrib.LexiconFlags(asciiLower(w)))
				if lx != want {
					t.Fatalf("%s: token %q: flags %x, attrib's %x", gd.Name, w, lx, want)
				}
				if want != attrib.KnownLex(0, 0) {
					flagged++
				}
			}
			e.putDoc(d)
		}
	}
	t.Logf("%d of %d tokens have flags, %d of them some", known, total, flagged)
	if known*10 < total*6 || flagged*10 < known {
		t.Fatalf("%d of %d tokens have flags, %d of them some", known, total, flagged)
	}
}

// capitalise upper-cases the first letter of every word of s.
func capitalise(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' && (i == 0 || b[i-1] == ' ') {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}
