package attrib

import (
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

// TestPairCandidates checks that the pair generator proposes the sources
// of a few constructions it once turned away: a lone quantifier ("Many
// were seeking"), a noun in -ing ("Recent polling shows") and the subject
// of a progressive cue, which is no passive ("some are quietly saying"),
// the source of a reduced relative in -ing ("a new poll showing"), a name
// in -s owning a noun cue ("Sanders’ vote"), a source set off by a
// parenthetical between dashes, a subject before a time adjunct ("Gwen
// Graham on Friday pummeled") and a lone "Another" (in sentences with a
// cue word or a quotation mark: see pairCueSentence).
func TestPairCandidates(t *testing.T) {
	for _, tc := range []struct{ body, source string }{
		{"Many were seeking asylum from violence in their home countries.", "Many"},
		{"Recent polling shows that the governor is far behind.", "Recent polling"},
		{"After the vote, some are quietly saying it is time to move on.", "some"},
		{"Priebus cited a new poll showing Trump down to 14 percent.", "a new poll"},
		{"The company gave $3 million to a group backing Mike Huckabee, the “values” candidate.", "a group"},
		{"The speaker focused on Sanders’ vote against the bill.", "Sanders’"},
		{"Later, John Podesta — a former chief of staff — visited Iowa, the “first” state.", "John Podesta — a former chief of staff —"},
		{"Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as “divisive.”", "Democratic U.S. Rep. Gwen Graham"},
		{"Cruz last week played down the idea as “silly.”", "Cruz"},
		{"Another said the plan would fail.", "Another"},
	} {
		var col pairCollector
		findWith(tc.body, "", nil, text.Sentences(tc.body), nil, &col)
		found := false
		for _, s := range col.samples {
			if !s.rule && tc.body[s.start:s.end] == tc.source {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no pair candidate %q", tc.body, tc.source)
		}
	}
	// a gerund after "by" is a means, no agent of a passive; a sentence
	// with no rule attribution, cue word or quotation mark has no
	// candidate (pairCueSentence)
	for _, tc := range []struct{ body, source string }{
		{"The mayor, clearly annoyed, responded by blaming the council.", "blaming the council"},
		{"The company gave $3 million to a group backing Mike Huckabee.", "a group"},
		{"Cruz last week played down the idea.", "Cruz"},
	} {
		var col pairCollector
		findWith(tc.body, "", nil, text.Sentences(tc.body), nil, &col)
		for _, s := range col.samples {
			if !s.rule && tc.body[s.start:s.end] == tc.source {
				t.Errorf("%q: pair candidate %q", tc.body, tc.source)
			}
		}
	}
}

// TestHeadCount checks headCount's chained counts against a scan of the
// article for every token: the occurrences of the word as written, and
// those other than the token itself next to a cue word.
func TestHeadCount(t *testing.T) {
	for _, body := range []string{
		"Sanders said the plan works. “It is fine,” said Sanders. Clinton disagreed, Sanders told reporters.",
		"''We will not,'' Zelensky said. Zelensky, Zelensky and ''Zelensky'' said so, officials said.",
	} {
		f := &finder{body: body}
		f.low, f.special = lowerBody(body)
		f.toks = f.tokens(nil, nil)
		f.setLows()
		// a second finder whose first count is of no word
		g := &finder{body: body, low: f.low, special: f.special, toks: f.toks, lows: f.lows}
		for j := range g.toks {
			if !g.isWordAt(j) {
				g.headCount(j) // "“", "''"
				break
			}
		}
		for hd := range f.toks {
			w := f.w(hd)
			n, sp := 0, 0
			for j := range f.toks {
				if tk := &f.toks[j]; f.body[tk.s:tk.e] == w {
					n++
					if j != hd && f.nextToCue(j) {
						sp++
					}
				}
			}
			if gn, gsp := f.headCount(hd); gn != n || gsp != sp {
				t.Errorf("%q: headCount(%q) = %d, %d, want %d, %d", body, w, gn, gsp, n, sp)
			}
			if gn, gsp := g.headCount(hd); gn != n || gsp != sp {
				t.Errorf("%q: headCount(%q) over every token = %d, %d, want %d, %d", body, w, gn, gsp, n, sp)
			}
		}
		// the name of each body occurs three or four times as written,
		// and the occurrences not next to a cue see one that is
		for hd := range f.toks {
			if w := f.w(hd); (w == "Sanders" || w == "Zelensky") && !f.nextToCue(hd) {
				if n, sp := f.headCount(hd); n < 3 || sp < 1 {
					t.Errorf("%q: headCount(%q) = %d, %d, want 3 or more occurrences, some next to a cue", body, w, n, sp)
				}
			}
		}
	}
}

// TestClausePlace checks clausePlace, which reads the openers and first
// verb of the sentence worked out once, against a scan of the sentence's
// tokens from every candidate position.
func TestClausePlace(t *testing.T) {
	bodies := withSeedArticle(t, []string{
		"After the vote, which was close, Ortiz said, whereas Lee, Unless and SINCE agreed, that the plan, if passed, would fail, and Chen agreed.",
		"“It is fine,” said Sanders; officials who spoke later warned that the deal, as written, collapses.",
	})
	for _, body := range bodies {
		f := &finder{body: body}
		f.low, f.special = lowerBody(body)
		f.toks = f.tokens(nil, nil)
		f.setLows()
		for k := range f.toks {
			// clauseOpener's quick test for words against its list
			want := f.toks[k].qmark
			switch f.lowAt(k) {
			case ",", ";", ":", "(", ")", "—", "–", "--", "that", "which", "who", "whom", "whose", "when", "while",
				"because", "although", "though", "if", "after", "before", "since", "as", "unless", "until",
				"whereas", "and", "but", "or", "so", "where", "whether":
				want = true
			}
			if got := f.clauseOpener(k); got != want {
				t.Errorf("clauseOpener(%q) = %v, want %v", f.w(k), got, want)
			}
		}
		checked := 0
		for _, sp := range text.Sentences(body) {
			a, b := f.tokRange(sp)
			// the positions in text order, then from the end (clausePlace
			// scans the sentence as far as it is asked)
			var los []int
			for lo := a; lo < b; lo++ {
				los = append(los, lo)
			}
			for lo := b - 1; lo >= a; lo-- {
				los = append(los, lo)
			}
			for n, lo := range los {
				if n == 0 || n == b-a {
					f.setPairSent(a, b, 0)
					f.pairSentInputs()
				}
				// the scan clausePlace replaces
				open, k := "<s>", lo-1
				for ; k >= a && k >= lo-15; k-- {
					if f.clauseOpener(k) {
						open = f.lowAt(k)
						if f.toks[k].qmark {
							open = "Q"
						}
						break
					}
				}
				if k >= a && k < lo-15 {
					open = "far"
				}
				n := 0
				for j := a; j < lo && n < 3; j++ {
					if f.clauseOpener(j) {
						n++
					}
				}
				verb := false
				for j := a; j < k && j >= 0; j++ {
					if f.toks[j].cls&cLower != 0 && !f.toks[j].quote && f.verbLike(a, j) {
						verb = true
						break
					}
				}
				c := pairCand{ss: lo, se: lo, ci: min(lo+1, b-1)}
				if lo+1 >= b {
					c.ci = lo
				}
				gopen, gn, gverb := f.clausePlace(&c, a)
				if gopen != open || min(gn, 3) != n || gverb != verb {
					t.Errorf("%q at %q: clausePlace = %q %d %v, want %q %d %v", f.body[sp.Start:sp.End], f.w(lo), gopen, min(gn, 3), gverb, open, n, verb)
				}
				checked++
			}
		}
		if checked == 0 {
			t.Errorf("%q: no position checked", body)
		}
	}
}
