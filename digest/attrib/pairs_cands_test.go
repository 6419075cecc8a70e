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
// Graham on Friday pummeled") and a lone "Another".
func TestPairCandidates(t *testing.T) {
	for _, tc := range []struct{ body, source string }{
		{"Many were seeking asylum from violence in their home countries.", "Many"},
		{"Recent polling shows that the governor is far behind.", "Recent polling"},
		{"After the vote, some are quietly saying it is time to move on.", "some"},
		{"Priebus cited a new poll showing Trump down to 14 percent.", "a new poll"},
		{"The company gave $3 million to a group backing Mike Huckabee.", "a group"},
		{"The speaker focused on Sanders’ vote against the bill.", "Sanders’"},
		{"Later, John Podesta — a former chief of staff — visited Iowa.", "John Podesta — a former chief of staff —"},
		{"Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive.", "Democratic U.S. Rep. Gwen Graham"},
		{"Cruz last week played down the idea.", "Cruz"},
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
	// a gerund after "by" is a means, no agent of a passive
	for _, tc := range []struct{ body, source string }{
		{"The mayor, clearly annoyed, responded by blaming the council.", "blaming the council"},
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
