package alerts

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestBuildIndexAgreesWithAdd(t *testing.T) {
	g := newRandomDocExpr(5)
	var srcs []Source
	for i := 0; i < 3000; i++ {
		srcs = append(srcs, Source{ID: fmt.Sprint("a", i), UserID: fmt.Sprint("u", i%97), Expression: g.expr(3)})
	}
	// A duplicate ID: the later source wins, as with repeated Add.
	srcs = append(srcs, Source{ID: "a0", UserID: "u0", Expression: "Lavrov"})
	ix, bad := BuildIndex(srcs)
	ref := NewIndex()
	wantBad := map[int]bool{}
	for i, s := range srcs {
		e, err := Parse(s.Expression)
		if err != nil {
			wantBad[i] = true
			continue
		}
		if err := ref.Add(s.ID, s.UserID, e); err != nil {
			t.Fatal(err)
		}
	}
	if len(bad) != len(wantBad) || len(wantBad) == 0 {
		t.Fatalf("%d build errors, want %d (> 0)", len(bad), len(wantBad))
	}
	for _, b := range bad {
		var se *SyntaxError
		if !wantBad[b.Index] || b.ID != srcs[b.Index].ID || !errors.As(b, &se) {
			t.Errorf("unexpected build error %v at %d", b, b.Index)
		}
	}
	if ix.Len() != ref.Len() {
		t.Fatalf("Len = %d, want %d", ix.Len(), ref.Len())
	}
	for d := 0; d < 200; d++ {
		doc := g.doc()
		if got, want := hitIDs(ix.Match(doc)), hitIDs(ref.Match(doc)); !slices.Equal(got, want) {
			t.Fatalf("doc %+v:\n got  %v\n want %v", doc, got, want)
		}
	}
	if ix, bad := BuildIndex(nil); ix.Len() != 0 || bad != nil {
		t.Errorf("BuildIndex(nil) = %d alerts, %v", ix.Len(), bad)
	}
}
