package alerts

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The Index files each distinct expression under anchor terms with checks
// (required terms, a veto, a truth table) derived from its structure, so a
// mistake there would silently lose or invent matches. These tests compare
// it with Expr.Match, the straightforward reference: tokenize the story,
// then evaluate the expression tree term by term against it.

// refHits returns the IDs ("id/user") of the alerts whose expression
// matches doc by the reference evaluator (Expr.Match, with the story
// tokenized once rather than once per expression).
func refHits(alerts map[string]*Expr, doc Doc) []string {
	var d docTokens
	d.load(&doc)
	var out []string
	for id, e := range alerts {
		if evalNode(e.root, d.contains) {
			out = append(out, id+"/u"+id)
		}
	}
	slices.Sort(out)
	return out
}

// TestIndexDifferential builds indexes from a corpus of random expressions,
// many of them repeated under several IDs (so alerts share rules), by
// BuildIndex and by Add, then removes and replaces alerts, checking both
// against the reference evaluator on random documents.
func TestIndexDifferential(t *testing.T) {
	tests := []struct {
		name  string
		seed  uint64
		depth int
	}{
		{"shallow", 11, 2},
		{"deep", 12, 4},
		{"mixed", 13, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newRandomDocExpr(tt.seed)
			var distinct []string
			for len(distinct) < 400 {
				s := g.expr(tt.depth)
				if _, err := Parse(s); err == nil {
					distinct = append(distinct, s)
				}
			}
			alerts := map[string]*Expr{}
			var srcs []Source
			for i := 0; i < 2000; i++ {
				s := distinct[g.r.IntN(len(distinct))]
				id := fmt.Sprint("a", i)
				e, _ := Parse(s)
				alerts[id] = e
				srcs = append(srcs, Source{ID: id, UserID: "u" + id, Expression: s})
			}
			built, bad := BuildIndex(srcs)
			if len(bad) > 0 {
				t.Fatalf("BuildIndex: %v", bad[0])
			}
			added := NewIndex()
			for _, s := range srcs {
				if err := added.Add(s.ID, s.UserID, alerts[s.ID]); err != nil {
					t.Fatal(err)
				}
			}
			check := func(stage string) {
				t.Helper()
				positives := 0
				for d := 0; d < 150; d++ {
					doc := g.doc()
					want := refHits(alerts, doc)
					positives += len(want)
					for name, ix := range map[string]*Index{"BuildIndex": built, "Add": added} {
						if got := hitIDs(ix.Match(doc)); !slices.Equal(got, want) {
							t.Fatalf("%s, %s index, doc %+v:\n got  %d hits %v\n want %d hits %v", stage, name, doc, len(got), got, len(want), want)
						}
					}
				}
				if positives == 0 || positives == 150*len(alerts) {
					t.Fatalf("%s: degenerate data, %d matches", stage, positives)
				}
			}
			check("after build")
			// Remove a third of the alerts, replace another third with other
			// expressions: rules lose alerts, some are freed, new ones made.
			for i := 0; i < 2000; i++ {
				id := fmt.Sprint("a", i)
				switch i % 3 {
				case 0:
					delete(alerts, id)
					if !built.Remove(id) || !added.Remove(id) {
						t.Fatalf("Remove(%s) = false", id)
					}
				case 1:
					e, _ := Parse(distinct[g.r.IntN(len(distinct))])
					alerts[id] = e
					for _, ix := range []*Index{built, added} {
						if err := ix.Add(id, "u"+id, e); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			if built.Len() != len(alerts) || added.Len() != len(alerts) {
				t.Fatalf("Len = %d, %d, want %d", built.Len(), added.Len(), len(alerts))
			}
			check("after removals and replacements")
		})
	}
}

// TestIndexDifferentialBenchWorkload checks the index against the reference
// on a sample of the benchmark workload (realistic expressions) and the
// stories the benchmark matches.
func TestIndexDifferentialBenchWorkload(t *testing.T) {
	docs := []Doc{quietStory, riyadhDoc, seedStory(t)}
	for _, skewed := range []bool{false, true} {
		t.Run(fmt.Sprint("skewed=", skewed), func(t *testing.T) {
			g := newBenchGen(21, skewed)
			alerts := map[string]*Expr{}
			var srcs []Source
			for i := 0; i < 5000; i++ {
				s := g.expr()
				e, err := Parse(s)
				if err != nil {
					t.Fatalf("generated %q: %v", s, err)
				}
				id := fmt.Sprint(i)
				alerts[id] = e
				srcs = append(srcs, Source{ID: id, UserID: "u" + id, Expression: s})
			}
			ix, bad := BuildIndex(srcs)
			if len(bad) > 0 {
				t.Fatal(bad[0])
			}
			for _, doc := range docs {
				want := refHits(alerts, doc)
				if got := hitIDs(ix.Match(doc)); !slices.Equal(got, want) {
					t.Errorf("story %s: %d hits, want %d", doc.StoryID, len(got), len(want))
				}
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		expr string
		// anchor and required terms, by their text; "" for none
		gen, req string
		kind     uint32
		veto     string // "" for termNever
	}{
		{`Lavrov`, "lavrov", "", postExact, ""},
		{`Lavrov Rubio`, "lavrov", "rubio", postExact, ""},
		{`Lavrov Rubio`, "lavrov", "", postTable, ""}, // Rubio unchecked: the table decides
		{`Lavrov -Ukraine`, "lavrov", "", postExact, "ukraine"},
		{`Lavrov -(Ukraine OR Iran)`, "lavrov", "", postTable, ""},
		{`Ukraine -Ukraine`, "ukraine", "", checkNever, ""},
		{`(Li OR Wang) "peace deal"`, "peace deal", "", postTable, ""},
		{`(Li OR Wang) "peace deal"`, "li", "peace deal", postExact, ""},
		{`a b c d e f g h`, "a", "b", postProg, ""}, // six other terms: too many for a table
	}
	for _, tt := range tests {
		t.Run(tt.expr+"/"+tt.gen+"/"+tt.req, func(t *testing.T) {
			e, err := Parse(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			ix := NewIndex()
			prog := ix.compile(e.root, nil)
			id := func(text string) uint32 {
				if text == "" {
					return termAlways
				}
				key := string(byte(FieldAny)) + " " + strings.Join(Tokens(text), " ")
				v, ok := ix.termIDs[key]
				if !ok {
					t.Fatalf("no term %q", text)
				}
				return v
			}
			c := classify(prog, id(tt.gen), [2]uint32{id(tt.req), termAlways})
			if c.kind != tt.kind {
				t.Errorf("kind = %#x, want %#x", c.kind, tt.kind)
			}
			if c.kind == postExact {
				wantVeto := termNever
				if tt.veto != "" {
					wantVeto = id(tt.veto)
				}
				if c.veto != wantVeto {
					t.Errorf("veto = %d, want %d", c.veto, wantVeto)
				}
			}
		})
	}
}

// FuzzIndexMatch indexes the fuzzed expressions (one per line, several
// IDs each so that alerts share rules) and checks every match against the
// reference evaluator on the fuzzed story.
func FuzzIndexMatch(f *testing.F) {
	f.Add("Lavrov -Ukraine\n(Li OR Wang) \"peace deal\"\nUkraine -Ukraine", "Lavrov and Wang: peace deal", "Ukraine", "Lavrov")
	f.Add("country:\"Saudi Arabia\" (ceasefire OR \"peace talks\")\nZelensky -(Trump OR Putin)", "Peace talks in Riyadh", "Saudi Arabia", "Zelenskyy")
	f.Add("a b c d e f g h -i\n(a OR b) (c OR -d)\nNOT NOT x", "a b c d e f g h i x", "b", "d")
	f.Add("title:talks place:Riyadh\nexcluded:Ukraine \"US-Russia\"", "US–Russia talks", "Riyadh", "Ukraine")
	f.Fuzz(func(t *testing.T, exprs, text, title, fact string) {
		doc := Doc{Title: title, Text: text, People: []string{fact}, Countries: []string{fact, title},
			Places: []string{fact}, Orgs: []string{title}, Excluded: []string{fact}}
		alerts := map[string]*Expr{}
		ix := NewIndex()
		lines := strings.Split(exprs, "\n")
		if len(lines) > 20 {
			lines = lines[:20]
		}
		for i, line := range lines {
			e, err := Parse(line)
			if err != nil {
				continue
			}
			for k := 0; k < 2; k++ {
				id := fmt.Sprint(i, "-", k)
				alerts[id] = e
				if err := ix.Add(id, "u"+id, e); err != nil {
					t.Fatalf("Add(%q): %v", line, err)
				}
			}
		}
		if got, want := hitIDs(ix.Match(doc)), refHits(alerts, doc); !slices.Equal(got, want) {
			t.Fatalf("got %v, want %v", got, want)
		}
		// Removing one alert of each pair leaves the other matching alone.
		for id := range alerts {
			if strings.HasSuffix(id, "-0") {
				ix.Remove(id)
				delete(alerts, id)
			}
		}
		if got, want := hitIDs(ix.Match(doc)), refHits(alerts, doc); !slices.Equal(got, want) {
			t.Fatalf("after removal: got %v, want %v", got, want)
		}
	})
}
