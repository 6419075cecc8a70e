package attrib

import (
	"math/bits"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/internal/packed"
	"github.com/attache-bot/attache/digest/text"
)

// nextTokens returns the tokens text.NextToken gives for body from 0.
func nextTokens(body string) []text.Span {
	var out []text.Span
	for i := 0; ; {
		a, b, ok := text.NextToken(body, i)
		if !ok {
			return out
		}
		out = append(out, text.Span{Start: a, End: b})
		i = b
	}
}

// asciiLowered returns strings.ToLower(body) when it differs from body in
// ASCII letters only (what FindLowered takes), else "".
func asciiLowered(body string) string {
	low := strings.ToLower(body)
	if len(low) != len(body) {
		return ""
	}
	for i := 0; i < len(body); i++ {
		if c := body[i]; low[i] != c && !(c >= 'A' && c <= 'Z' && low[i] == c+'a'-'A') {
			return ""
		}
	}
	return low
}

// TestFindLoweredIsFind checks that handing Find the lower-cased body and
// all or some of its tokens changes nothing.
func TestFindLoweredIsFind(t *testing.T) {
	bodies := []string{
		"''We will not accept it,'' Zelenskyy told reporters. He added that Ukraine must be involved.",
		"``Talks were useful,'' LAVROV SAID. The Kremlin, according to Peskov, welcomed ''the plan''",
		"Égypte a dit « non ». ÉMILE said the plan was ''bad''. Officials in Zürich said it would fail.",
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
		for _, c := range []struct {
			name string
			low  string
			toks []text.Span
		}{
			{"low+toks", low, toks}, {"low", low, nil}, {"toks", "", toks},
			{"prefix", low, toks[:len(toks)/2]}, {"one", low, toks[:1]},
			{"all-but-last", low, toks[:len(toks)-1]},
		} {
			if got := FindLowered(body, c.low, c.toks, sents, ents); !reflect.DeepEqual(got, want) {
				t.Errorf("%s of %.40q:\ngot  %+v\nwant %+v", c.name, body, got, want)
			}
		}
	}
}

// TestAdvPhraseIsTable checks that advPhrase's switch lists every second
// word of advPhrases.
func TestAdvPhraseIsTable(t *testing.T) {
	for k, v := range advPhrases {
		if got := advPhrase(k[0], k[1]); got != v {
			t.Errorf("advPhrase(%q, %q) = %v, want %v", k[0], k[1], got, v)
		}
	}
	if advPhrase("in", "fact.") {
		t.Error(`advPhrase("in", "fact.") is true`)
	}
}

// TestPackIsASCII checks the wide loads of finder.pack against
// packed.ASCII on tokens of every length, near the end of the body too.
func TestPackIsASCII(t *testing.T) {
	body := "a bb internationally Counterintelligence x9 Zürich incomprehensibilities " +
		"seventeen-year-old ''quote'' twelve.chars supercalifragilisticexpialidocious end"
	for cut := len(body) - 40; cut <= len(body); cut++ {
		b := body[:cut]
		f := &finder{body: b}
		f.low, f.special = lowerBody(b)
		f.toks = f.tokens(nil, nil)
		for k := range f.toks {
			tk := &f.toks[k]
			x0, x1, ok := f.pack(tk)
			w0, w1, wok := packed.ASCII(b[tk.s:tk.e])
			if x0 != w0 || x1 != w1 || ok != wok {
				t.Errorf("pack(%q) = %x %x %v, want %x %x %v", b[tk.s:tk.e], x0, x1, ok, w0, w1, wok)
			}
		}
	}
}

// TestMixStrTail checks mixStr's overlapping loads against the byte by
// byte packing of the tail it replaced.
func TestMixStrTail(t *testing.T) {
	ref := func(h uint64, s string) uint64 {
		const k = 0xff51afd7ed558ccd
		for len(s) >= 8 {
			x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
			h = bits.RotateLeft64((h^x)*k, 31)
			s = s[8:]
		}
		x := uint64(len(s)) << 56
		for i := 0; i < len(s); i++ {
			x |= uint64(s[i]) << (8 * i)
		}
		return bits.RotateLeft64((h^x)*k, 31)
	}
	const text = "abcdefghijklmnopqrstuvwxyz’é0123"
	for i := 0; i <= len(text); i++ {
		for j := i; j <= len(text); j++ {
			if got, want := strHash(text[i:j]), ref(0x243f6a8885a308d3, text[i:j]); got != want {
				t.Errorf("strHash(%q) = %x, want %x", text[i:j], got, want)
			}
		}
	}
}

// TestLowAt checks lowAt against strings.ToLower of every token, for
// bodies with and without doubled quotation marks and non-ASCII capitals.
func TestLowAt(t *testing.T) {
	for _, body := range []string{
		"Lavrov SAID the Talks were useful.",
		"''We will not,'' ZELENSKYY told reporters in ``Kyiv''.",
		"ÉMILE Zola said Ärger in Zürich was ''bad'', Officials said.",
		"Über-Chef STRAUß said no.",
	} {
		f := &finder{body: body}
		f.low, f.special = lowerBody(body)
		f.toks = f.tokens(nil, nil)
		f.setLows()
		for k := range f.toks {
			want := strings.ToLower(f.w(k))
			if got := f.lowAt(k); got != want {
				t.Errorf("lowAt(%q) = %q, want %q", f.w(k), got, want)
			}
		}
	}
}

// TestLexFlagsAreMaps checks that the flag of every word list answers as
// the list does, for its words, their capitalised forms and a non-word.
func TestLexFlagsAreMaps(t *testing.T) {
	for _, set := range lexSets {
		words := []string{"zzyzx", "''"}
		for w := range set.m {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:])
		}
		for _, w := range words {
			body := w + " x"
			f := &finder{body: body}
			f.low, f.special = lowerBody(body)
			f.toks = f.tokens(nil, nil)
			f.setLows()
			if got, want := f.exact(0)&set.flag != 0, set.m[f.w(0)]; got != want {
				t.Errorf("exact flag %#x of %q = %v, want %v", set.flag, w, got, want)
			}
			if got, want := f.lowf(0)&set.flag != 0, set.m[f.lowAt(0)]; got != want {
				t.Errorf("lower flag %#x of %q = %v, want %v", set.flag, w, got, want)
			}
		}
	}
}

// withSeedArticle appends the seed article's text to bodies when the shared
// fixtures are there (the equivalence tests run on both).
func withSeedArticle(t *testing.T, bodies []string) []string {
	t.Helper()
	if shared := sharedDir(t); shared != "" {
		b, err := os.ReadFile(filepath.Join(shared, "fixtures", "seed", "article.txt"))
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	return bodies
}
