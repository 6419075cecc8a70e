package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func shared(t testing.TB) string {
	t.Helper()
	dir, err := RepoShared()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "eval")); err != nil {
		t.Skipf("shared data not found at %s: %v", dir, err)
	}
	return dir
}

func TestIOBChunks(t *testing.T) {
	types := map[string]string{"PER": "PER", "LOC": "LOC"}
	tests := []struct {
		name string
		tags []string
		want []chunk
	}{
		{"iob1 adjacent", []string{"I-PER", "I-PER", "B-PER", "O", "I-LOC"}, []chunk{{"PER", 0, 2}, {"PER", 2, 3}, {"LOC", 4, 5}}},
		{"iob2", []string{"B-LOC", "I-LOC", "O"}, []chunk{{"LOC", 0, 2}}},
		{"sentence break", []string{"I-LOC", "|", "I-LOC"}, []chunk{{"LOC", 0, 1}, {"LOC", 1, 2}}},
		{"type change", []string{"I-PER", "I-LOC"}, []chunk{{"PER", 0, 1}, {"LOC", 1, 2}}},
		{"ignored type", []string{"I-MISC", "I-PER"}, []chunk{{"PER", 1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := iobChunks(tt.tags, types)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestSnap(t *testing.T) {
	d := buildDoc([][]string{{"The", "U.S.", "team"}, {"Moscow", "said"}})
	if d.text != "The U.S. team\nMoscow said" {
		t.Fatalf("text %q", d.text)
	}
	c, ok := d.toChunk("LOC", 14, 20)
	if !ok || c.Start != 3 || c.End != 4 {
		t.Fatalf("toChunk = %v %v", c, ok)
	}
	if _, ok := d.toChunk("LOC", 5, 8); ok {
		t.Fatal("partial token span accepted")
	}
	c, ok = d.snap("LOC", 5, 8)
	if !ok || c.Start != 1 || c.End != 2 {
		t.Fatalf("snap = %v %v", c, ok)
	}
}

func TestEvalSeed(t *testing.T) {
	dir := shared(t)
	var b bytes.Buffer
	if err := EvalSeed(dir, &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "### Seed") || !strings.Contains(out, "| **total** |") {
		t.Fatalf("unexpected table:\n%s", out)
	}
}

func TestEvalCoNLLAndGMB(t *testing.T) {
	if testing.Short() {
		t.Skip("slow eval")
	}
	dir := shared(t)
	for name, f := range map[string]func(string, *bytes.Buffer) error{
		"conll": func(d string, b *bytes.Buffer) error { return EvalCoNLL(d, b) },
		"gmb":   func(d string, b *bytes.Buffer) error { return EvalGMB(d, b) },
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f(dir, &b); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(b.String(), "### ") || !strings.Contains(b.String(), "**overall**") {
				t.Fatalf("unexpected table:\n%s", b.String())
			}
			t.Log("\n" + b.String())
		})
	}
}

func TestGMBTitlesExtend(t *testing.T) {
	g := gmbTitles{"president": {10, 1}, "foreign": {2, 9}, "minister": {3, 8}, "mr.": {20, 0}, "rare": {2, 0}}
	d := buildDoc([][]string{{"Iraqi", "President", "Jalal", "Talabani", "met", "Foreign", "Minister", "Ali", "Mr.", "Bob"}, {"Rare", "Smith"}})
	for _, tt := range []struct{ start, want int }{
		{2, 1},  // "President" goes in, "Iraqi" unknown stops
		{7, 0},  // "Minister" mostly left out
		{9, 1},  // "Mr."
		{11, 0}, // too few cases of "Rare"
		{10, 0}, // a new line stops
	} {
		if got := g.extend(&d, tt.start); got != tt.want {
			t.Errorf("extend(%d) = %d, want %d", tt.start, got, tt.want)
		}
	}
}
