package listfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "list.txt")
	if err := os.WriteFile(p, []byte("# header\n\n  Alpha \r\nBeta\n#skip\n\tGamma Delta\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Lines(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Alpha", "Beta", "Gamma Delta"}; !slices.Equal(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	if _, err := Lines(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("a missing file gave no error")
	}
}
