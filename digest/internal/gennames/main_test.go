package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRunFilters: names of two letters, common lower-case words and places
// are left out; the output is sorted and has no duplicates.
func TestRunFilters(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	female := write("f.txt", "Yvette\nJo\nWill\nCharlotte\nAaron\n")
	male := write("m.txt", "Aaron\nJordan\nZane\n")
	lower := write("lower.txt", "# common words\nwill\n")
	places := write("countries.tsv", "# name\taliases\nJordan\t\tJordanian\tAmman\n")
	out := filepath.Join(dir, "given.txt")
	if err := run(female, male, lower, places, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if !strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	// Aaron is on both lists
	if want := []string{"Aaron\tx", "Yvette\tf", "Zane\tm"}; !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
}

func TestRunMissingFile(t *testing.T) {
	if err := run("/nonexistent/f", "/nonexistent/m", "/nonexistent/l", "/nonexistent/p", filepath.Join(t.TempDir(), "o")); err == nil {
		t.Error("no error for missing input files")
	}
}
