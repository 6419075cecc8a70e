package evaluate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest"
)

func TestContainsWord(t *testing.T) {
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"Santiago Pena, Paraguay", "Pena", true},
		{"Penalty kicks", "Pena", false},
		{"the PENA talks", "pena", true},
		{"von der Leyen said", "von der Leyen", true},
		{"Ukraine's reconstruction", "Ukraine", true},
		{"Ukrainian grain", "Ukraine", false},
		{"in Brasília today", "Brasília", true},
		{"Tuesday (2026-03-10).", "2026-03-10", true},
		{"Tuesday (2026-03-101).", "2026-03-10", false},
		{"Saturday (2025-11-15)", "2025-11", false},
		{"November (2025-11); Saturday (2025-11-15)", "2025-11", true},
		{"Rwanda-backed rebels", "Rwanda", true}, // a hyphen splits words
		{"Penalty, then Pena", "Pena", true},
		{"", "x", false},
	} {
		t.Run(c.text+"/"+c.term, func(t *testing.T) {
			if got := containsWord(c.text, c.term); got != c.want {
				t.Errorf("containsWord(%q, %q) = %v, want %v", c.text, c.term, got, c.want)
			}
		})
	}
}

func TestActorIn(t *testing.T) {
	text := "Critical: Karol Nawrocki, Dmitry Peskov; supportive: Donald Tusk; mixed: Poland; also commented: Friedrich Merz"
	for _, c := range []struct {
		actor  string
		stance []string
		want   bool
	}{
		{"Peskov", []string{"critical"}, true},
		{"Peskov", []string{"supportive"}, false},
		{"Tusk", []string{"supportive", "mixed"}, true},
		{"Merz", []string{"neutral"}, true},
		{"Merz", []string{"supportive"}, false},
		{"Poland", []string{"any"}, true},
		{"Sikorski", []string{"any"}, false},
	} {
		t.Run(c.actor+strings.Join(c.stance, "/"), func(t *testing.T) {
			if got := actorIn(text, []string{c.actor}, c.stance); got != c.want {
				t.Errorf("actorIn(%q, %v) = %v, want %v", c.actor, c.stance, got, c.want)
			}
		})
	}
}

func TestScoreQuickLook(t *testing.T) {
	a := &QLArticle{File: QLFile{ID: "x", Published: "2026-03-10", Checks: []QLCheck{
		{Bullet: "Key Participants", Has: []string{"Merz"}},
		{Bullet: "Key Participants", Has: []string{"Nawrocki"}},
		{Bullet: "Key Participants", Not: []string{"Peskov"}},
		{Bullet: "Absent/Excluded", None: true},
		{Bullet: "Agenda", Has: []string{"energy"}},
		{Bullet: "Agenda", Not: []string{"anything"}},
		{Bullet: "Reactions", Actor: []string{"Peskov"}, Stance: []string{"critical"}},
		{Bullet: "Absent/Excluded", Not: []string{"Tusk"}},
	}}}
	q := digest.QuickLook{Bullets: []digest.Bullet{
		{Label: "Key Participants", Text: "Friedrich Merz (Chancellor, Germany); Dmitry Peskov"},
		{Label: "Reactions", Text: "Critical: Dmitry Peskov"},
		{Label: "Absent/Excluded", Text: "Donald Tusk stayed home"},
	}}
	want := []bool{true, false, false, false, false, true, true, false}
	outs := ScoreQuickLook(a, q)
	if len(outs) != len(want) {
		t.Fatalf("got %d outcomes, want %d", len(outs), len(want))
	}
	for i, o := range outs {
		if o.Pass != want[i] {
			t.Errorf("check %d (%s): pass = %v, want %v (got %q)", i, describe(o.Check), o.Pass, want[i], o.Got)
		}
	}
}

func TestReadQLSetRejects(t *testing.T) {
	art := "Merz hosts Tusk\n\nBERLIN - Friedrich Merz met Donald Tusk on Tuesday.\n"
	for _, c := range []struct{ name, checks, want string }{
		{"unknown bullet", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Where","has":["Berlin"]}]}`, "unknown bullet"},
		{"term not in article", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Key Participants","has":["Scholz"]}]}`, "not in the article"},
		{"two kinds", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Agenda","has":["Tusk"],"not":["x"]}]}`, "exactly one"},
		{"bad stance", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Reactions","actor":["Tusk"],"stance":["angry"]}]}`, "unknown stance"},
		{"actor off Reactions", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Agenda","actor":["Tusk"],"stance":["any"]}]}`, "actor needs"},
		{"bad date", `{"id":"a","published":"10 March","checks":[{"bullet":"Agenda","has":["Tusk"]}]}`, "YYYY-MM-DD"},
		{"wrong id", `{"id":"b","published":"2026-03-10","checks":[{"bullet":"Agenda","has":["Tusk"]}]}`, "file's name"},
		{"unknown field", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Agenda","hass":["Tusk"]}]}`, "unknown field"},
		{"iso date ok", `{"id":"a","published":"2026-03-10","checks":[{"bullet":"Meeting Location & Date","has":["2026-03-10"]}]}`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(art), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "a.checks.json"), []byte(c.checks), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadQLSet(dir)
			if c.want == "" {
				if err != nil {
					t.Fatalf("ReadQLSet: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("ReadQLSet error = %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestQuickLookSets validates every committed set and scores it once: the
// files must parse and name only words of their articles, and the table must
// count every check.
func TestQuickLookSets(t *testing.T) {
	dirs, err := QLDirs()
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no quick-look sets under digest/evaluate/quicklook")
	}
	n := 0
	for _, d := range dirs {
		arts, err := ReadQLSet(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			n += len(a.File.Checks)
			if _, err := os.Stat(filepath.Join(d, a.File.ID+".key.md")); err != nil {
				t.Errorf("%s: the answer key the checks come from is missing: %v", a.File.ID, err)
			}
		}
	}
	var out, fails bytes.Buffer
	if err := EvalQuickLook(QLOptions{Dirs: dirs, Failures: &fails}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), fmt.Sprintf("| **all** | %d | ", n)) {
		t.Errorf("table does not count all %d checks:\n%s", n, out.String())
	}
}
