package alerts

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// riyadhDoc is a short story in the shape the digest produces.
var riyadhDoc = Doc{
	StoryID: "s1",
	Title:   "Trump Officials to Meet Russian Diplomats on Ukraine Peace Deal",
	Text: "Senior American and Russian officials will meet in Saudi Arabia to discuss US-Russia relations. " +
		"Foreign Minister Sergey Lavrov and Kremlin adviser Yuri Ushakov lead the Russian side. " +
		"Ukrainian President Zelenskyy insists Ukraine’s voice must be heard; Kremlin spokesman Dmitry Peskov declined to comment.",
	People:    []string{"Marco Rubio", "Sergey Lavrov", "Yuri Ushakov", "Volodymyr Zelenskyy"},
	Countries: []string{"United States", "Russia", "Saudi Arabia"},
	Places:    []string{"Riyadh"},
	Orgs:      []string{"Kremlin"},
	Excluded:  []string{"Ukraine"},
}

func TestExprMatch(t *testing.T) {
	tests := []struct {
		expr string
		want bool
	}{
		{`Lavrov`, true},
		{`lavrov`, true},
		{`Sergei Lavrov`, true},
		{`"Sergei Lavrov"`, true},          // Sergey = Sergei
		{`"Lavrov Sergei"`, false},         // order matters in a phrase
		{`Zelensky`, true},                 // Zelenskyy = Zelensky
		{`Zelenskiy Peskov`, true},         // Dmitry Peskov
		{`"Dmitri Peskov"`, true},          // Dmitry = Dmitri
		{`Yury`, true},                     // Yuri = Yury
		{`person:Lavrov`, true},            // in People
		{`person:Peskov`, false},           // only in the text, not a participant
		{`person:Riyadh`, false},           // a place, not a person
		{`place:Riyadh`, true},             // in Places
		{`place:"Saudi Arabia"`, false},    // a country, not in Places
		{`country:"saudi arabia"`, true},   // in Countries
		{`country:Saudi`, true},            // a token run inside an entry
		{`country:"Arabia Russia"`, false}, // phrases do not span entries
		{`excluded:Ukraine`, true},         // in Excluded
		{`excluded:Russia`, false},         //
		{`org:Kremlin`, true},              //
		{`title:"peace deal"`, true},       //
		{`title:Lavrov`, false},            // not in the title
		{`"peace deal"`, true},             // title counts for unfielded terms
		{`"Ukraine peace"`, true},          // in the title
		{`"Ukraine's voice"`, true},        // curly apostrophe in text, straight in query
		{`US-Russia`, true},                // phrase "us russia"
		{`"Russia US"`, false},             //
		{`Lavrov -Ukraine`, false},         //
		{`Lavrov -excluded:Russia`, true},  //
		{`Lavrov NOT Iran`, true},          //
		{`Lavrov (Iran OR Riyadh)`, true},  //
		{`Lavrov (Iran OR Tehran)`, false}, //
		{`Blinken OR Rubio`, true},         // Rubio in People
		{`Blinken OR Wang`, false},         //
		{`NOT NOT Lavrov`, true},           //
		{`-(Iran OR Iraq) Peskov`, true},   //
		{`-(Iran OR Kremlin) Peskov`, false},
		{`Zürich`, false},
	}
	ix := NewIndex()
	for i, tt := range tests {
		e, err := Parse(tt.expr)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.expr, err)
		}
		if err := ix.Add(fmt.Sprint(i), "u", e); err != nil {
			t.Fatal(err)
		}
	}
	hits := map[string]bool{}
	for _, h := range ix.Match(riyadhDoc) {
		if hits[h.AlertID] {
			t.Errorf("alert %s hit twice", h.AlertID)
		}
		hits[h.AlertID] = true
	}
	for i, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			e, _ := Parse(tt.expr)
			if got := e.Match(riyadhDoc); got != tt.want {
				t.Errorf("Expr.Match = %v, want %v", got, tt.want)
			}
			if got := hits[fmt.Sprint(i)]; got != tt.want {
				t.Errorf("Index.Match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMatchedTerms(t *testing.T) {
	e, _ := Parse(`Zelensky (Iran OR place:Riyadh) -Tehran`)
	var got []string
	for _, term := range e.MatchedTerms(riyadhDoc) {
		got = append(got, term.Text)
	}
	if !slices.Equal(got, []string{"Zelensky", "Riyadh"}) {
		t.Errorf("MatchedTerms = %q", got)
	}
}

func TestIndexAddRemoveReplace(t *testing.T) {
	ix := NewIndex()
	lavrov, _ := Parse("Lavrov")
	iran, _ := Parse("Iran")
	if err := ix.Add("a1", "u1", lavrov); err != nil {
		t.Fatal(err)
	}
	if err := ix.Add("a2", "u2", lavrov); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(ix.Match(riyadhDoc)); !slices.Equal(got, []string{"a1/u1", "a2/u2"}) {
		t.Fatalf("hits = %v", got)
	}
	// Replacing a1 with a non-matching expression.
	if err := ix.Add("a1", "u1", iran); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(ix.Match(riyadhDoc)); !slices.Equal(got, []string{"a2/u2"}) {
		t.Fatalf("after replace hits = %v", got)
	}
	if !ix.Remove("a2") || ix.Remove("a2") {
		t.Fatal("Remove should report true once")
	}
	if got := ix.Match(riyadhDoc); got != nil {
		t.Fatalf("after remove hits = %v", got)
	}
	if ix.Len() != 1 || !ix.Has("a1") || ix.Has("a2") {
		t.Fatalf("Len=%d Has(a1)=%v Has(a2)=%v", ix.Len(), ix.Has("a1"), ix.Has("a2"))
	}
	ix.Remove("a1")
	if len(ix.termIDs) != 0 {
		t.Errorf("terms leaked after removing everything: %d", len(ix.termIDs))
	}
	if err := ix.Add("", "u", lavrov); err == nil {
		t.Error("Add with empty ID succeeded")
	}
	if err := ix.Add("x", "u", nil); err == nil {
		t.Error("Add with nil expression succeeded")
	}
}

func hitIDs(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.AlertID+"/"+h.UserID)
	}
	slices.Sort(out)
	return out
}

// randomDocExpr builds random small documents and expressions over a small
// vocabulary, so that matches, phrases, fields and negations collide often.
type randomDocExpr struct {
	r     *rand.Rand
	words []string
}

func newRandomDocExpr(seed uint64) *randomDocExpr {
	return &randomDocExpr{r: rand.New(rand.NewPCG(seed, 1)), words: []string{
		"Lavrov", "Sergey", "Sergei", "Zelenskyy", "Zelensky", "Riyadh", "Saudi", "Arabia",
		"Ukraine", "Russia", "talks", "peace", "Iran", "US", "Kyiv", "Kiev", "summit",
	}}
}

func (g *randomDocExpr) phrase(maxLen int) string {
	n := 1 + g.r.IntN(maxLen)
	s := ""
	for i := 0; i < n; i++ {
		if i > 0 {
			s += " "
		}
		s += g.words[g.r.IntN(len(g.words))]
	}
	return s
}

func (g *randomDocExpr) doc() Doc {
	list := func() []string {
		var l []string
		for i := g.r.IntN(3); i > 0; i-- {
			l = append(l, g.phrase(2))
		}
		return l
	}
	return Doc{Title: g.phrase(4), Text: g.phrase(12), People: list(), Countries: list(),
		Places: list(), Orgs: list(), Excluded: list()}
}

func (g *randomDocExpr) term() string {
	field := []string{"", "", "", "person:", "country:", "place:", "org:", "excluded:", "title:"}[g.r.IntN(9)]
	if g.r.IntN(3) == 0 {
		return field + `"` + g.phrase(2) + `"`
	}
	return field + g.words[g.r.IntN(len(g.words))]
}

func (g *randomDocExpr) expr(depth int) string {
	if depth == 0 || g.r.IntN(3) == 0 {
		t := g.term()
		if g.r.IntN(4) == 0 {
			t = "-" + t
		}
		return t
	}
	op := []string{" ", " AND ", " OR "}[g.r.IntN(3)]
	s := "(" + g.expr(depth-1) + op + g.expr(depth-1) + ")"
	if g.r.IntN(5) == 0 {
		s = "NOT " + s
	}
	return s
}

// TestIndexAgreesWithExprMatch checks the index against evaluating every
// expression on its own, through adds, replacements and removals.
func TestIndexAgreesWithExprMatch(t *testing.T) {
	g := newRandomDocExpr(7)
	ix := NewIndex()
	exprs := map[string]*Expr{}
	positives, negatives := 0, 0
	for round := 0; round < 30; round++ {
		for i := 0; i < 100; i++ {
			id := fmt.Sprint("a", g.r.IntN(400))
			if g.r.IntN(5) == 0 {
				ix.Remove(id)
				delete(exprs, id)
				continue
			}
			e, err := Parse(g.expr(3))
			if err != nil {
				continue // negation-only, too many terms: rejected as it should be
			}
			if err := ix.Add(id, "u"+id, e); err != nil {
				t.Fatal(err)
			}
			exprs[id] = e
		}
		if ix.Len() != len(exprs) {
			t.Fatalf("Len = %d, want %d", ix.Len(), len(exprs))
		}
		for d := 0; d < 20; d++ {
			doc := g.doc()
			var want []string
			for id, e := range exprs {
				if e.Match(doc) {
					want = append(want, id+"/u"+id)
				}
			}
			slices.Sort(want)
			positives += len(want)
			negatives += len(exprs) - len(want)
			got := hitIDs(ix.Match(doc))
			if !slices.Equal(got, want) {
				t.Fatalf("round %d doc %+v:\n got  %v\n want %v", round, doc, got, want)
			}
		}
	}
	// The test is only worth something if both outcomes are common.
	if positives < 1000 || negatives < 1000 {
		t.Errorf("degenerate random data: %d matches, %d non-matches", positives, negatives)
	}
	t.Logf("%d matches, %d non-matches", positives, negatives)
}

// TestIndexConcurrent runs Match while alerts are added and removed; run
// with -race. Alert "stable" is never removed and must always match.
func TestIndexConcurrent(t *testing.T) {
	ix := NewIndex()
	stable, _ := Parse("Lavrov")
	if err := ix.Add("stable", "u", stable); err != nil {
		t.Fatal(err)
	}
	g := newRandomDocExpr(3)
	var exprs []*Expr
	for len(exprs) < 50 {
		if e, err := Parse(g.expr(2)); err == nil {
			exprs = append(exprs, e)
		}
	}
	stop := make(chan struct{})
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			id := fmt.Sprint(i % 40)
			if i%3 == 0 {
				ix.Remove(id)
			} else if err := ix.Add(id, "u", exprs[i%len(exprs)]); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	var readers sync.WaitGroup
	for w := 0; w < 2; w++ {
		readers.Go(func() {
			for i := 0; i < 300; i++ {
				found := false
				for _, h := range ix.Match(riyadhDoc) {
					found = found || h.AlertID == "stable"
				}
				if !found {
					t.Error("stable alert missing from a match")
					return
				}
			}
		})
	}
	readers.Wait()
	close(stop)
	<-writerDone
	if !ix.Has("stable") {
		t.Error("stable alert lost")
	}
}
