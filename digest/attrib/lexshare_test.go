package attrib

import (
	"reflect"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

// TestFindLexIsFind checks that handing Find the lexicon flags of all or
// some tokens (as LexiconFlags gives them) changes nothing, and that the
// flags are used: claiming that no token is in any list loses the
// attributions.
func TestFindLexIsFind(t *testing.T) {
	bodies := []string{
		"''We will not accept it,'' Zelenskyy told reporters. He added that Ukraine must be involved.",
		"``Talks were useful,'' LAVROV SAID. The Kremlin, according to Peskov, welcomed ''the plan''",
		"Merrill says that Clinton called Machado on Friday.\n\nTrump, the president, said: ``no''",
	}
	bodies = withSeedArticle(t, bodies)
	for _, body := range bodies {
		sents := text.Sentences(body)
		ents := seedEnts(body)
		want := Find(body, sents, ents)
		if len(want) == 0 {
			t.Fatalf("no attribution in %q", body)
		}
		toks := nextTokens(body)
		low := asciiLowered(body)
		lex := make([]TokenLex, len(toks))
		none := make([]TokenLex, len(toks))
		for k, sp := range toks {
			w := body[sp.Start:sp.End]
			lex[k] = KnownLex(LexiconFlags(w), LexiconFlags(strings.ToLower(w)))
			none[k] = KnownLex(0, 0)
		}
		for _, c := range []struct {
			name string
			lex  []TokenLex
		}{
			{"all", lex}, {"none known", make([]TokenLex, len(toks))}, {"prefix", lex[:len(lex)/2]}, {"nil", nil},
		} {
			if got := FindLex(body, low, toks, c.lex, sents, ents); !reflect.DeepEqual(got, want) {
				t.Errorf("%s of %.40q:\ngot  %+v\nwant %+v", c.name, body, got, want)
			}
		}
		if got := FindLex(body, low, toks, none, sents, ents); reflect.DeepEqual(got, want) {
			t.Errorf("flags of no list in %.40q: the attributions stay", body)
		}
	}
}
