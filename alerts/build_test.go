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

// TestBuildIndexDuplicateIDs checks that with repeated IDs the last source
// that parses wins, as with repeated Add, whether the copies share an
// expression or not.
func TestBuildIndexDuplicateIDs(t *testing.T) {
	tests := []struct {
		name string
		srcs []Source
	}{
		{"same expression", []Source{{"a", "u1", "Lavrov"}, {"b", "u2", "Lavrov"}, {"a", "u3", "Lavrov"}}},
		{"other expression", []Source{{"a", "u1", "Lavrov"}, {"b", "u2", "Lavrov"}, {"a", "u3", "Riyadh"}}},
		{"three times", []Source{{"a", "u1", "Lavrov"}, {"a", "u2", "Lavrov"}, {"b", "u2", "Lavrov"}, {"a", "u3", "Lavrov"}, {"c", "u4", "Lavrov"}}},
		{"bad last copy", []Source{{"a", "u1", "Lavrov"}, {"a", "u2", `"unclosed`}}},
		{"only rule emptied", []Source{{"a", "u1", "Iran"}, {"a", "u2", "Lavrov"}, {"b", "u3", "Iran"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, _ := BuildIndex(tt.srcs)
			ref := NewIndex()
			for _, s := range tt.srcs {
				if e, err := Parse(s.Expression); err == nil {
					if err := ref.Add(s.ID, s.UserID, e); err != nil {
						t.Fatal(err)
					}
				}
			}
			if ix.Len() != ref.Len() {
				t.Errorf("Len = %d, want %d", ix.Len(), ref.Len())
			}
			doc := Doc{Text: "Lavrov in Riyadh, Iran"}
			if got, want := hitIDs(ix.Match(doc)), hitIDs(ref.Match(doc)); !slices.Equal(got, want) {
				t.Errorf("hits %v, want %v", got, want)
			}
			// Every alert can be removed once, leaving nothing behind.
			for _, s := range tt.srcs {
				ix.Remove(s.ID)
			}
			if ix.Len() != 0 || len(ix.Match(doc)) != 0 || len(ix.ruleIDs) != 0 {
				t.Errorf("after removing all: Len %d, %d hits, %d rules", ix.Len(), len(ix.Match(doc)), len(ix.ruleIDs))
			}
		})
	}
}
