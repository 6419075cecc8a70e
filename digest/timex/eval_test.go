package timex

import (
	"bytes"
	"flag"
	"github.com/attache-bot/attache/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var dumpErrors = flag.String("timex.errors", "", "write eval mismatches to this directory")

// sharedDir finds ../shared from the repository root (the folder with go.mod).
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

func TestDumpEvalErrors(t *testing.T) {
	if *dumpErrors == "" {
		t.Skip("set -timex.errors=DIR to dump evaluation mismatches")
	}
	shared := sharedDir(t)
	var all scores
	for _, set := range []string{"TimeBank", "AQUAINT"} {
		docs, err := loadTMLDir(filepath.Join(shared, "eval", "tempeval3", "TBAQ-cleaned", set))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			all.add(scoreDoc(d))
		}
	}
	mt, err := loadMEANTIME(filepath.Join(shared, "eval", "meantime", "intra-doc_annotation"))
	if err != nil {
		t.Fatal(err)
	}
	var ms scores
	for _, d := range mt {
		ms.add(scoreDoc(d))
	}
	var buf bytes.Buffer
	writeTable(&buf, "TBAQ", all)
	writeTable(&buf, "MEANTIME", ms)
	t.Log("\n" + buf.String())
	for name, lines := range map[string][]string{
		"values.tsv": all.valueErrs, "misses.tsv": all.misses, "fp.tsv": all.falsePos,
		"mt_values.tsv": ms.valueErrs, "mt_misses.tsv": ms.misses, "mt_fp.tsv": ms.falsePos,
	} {
		if err := os.WriteFile(filepath.Join(*dumpErrors, name), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestScoreTinyTML(t *testing.T) {
	d, err := loadTML(filepath.Join("testdata", "tiny.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.dct.Format("2006-01-02"); got != "2025-02-17" {
		t.Errorf("DCT = %s", got)
	}
	if len(d.gold) != 3 || d.gold[0].Text != "Tuesday" || d.gold[2].Text != "a while back" {
		t.Fatalf("gold = %+v", d.gold)
	}
	if !strings.Contains(d.text, "Officials & envoys") {
		t.Errorf("entities not decoded: %q", d.text)
	}
	s := scoreDoc(d)
	// Tuesday: strict, right value and type. "three years" vs system "three
	// years ago": relaxed only, wrong value and type. "a while back":
	// missed. "yesterday": a false positive.
	want := scores{docs: 1, gold: 3, sys: 3, strict: 1, relaxed: 2, valueOK: 1, typeOK: 1}
	if s.gold != want.gold || s.sys != want.sys || s.strict != want.strict || s.relaxed != want.relaxed || s.valueOK != want.valueOK || s.typeOK != want.typeOK {
		t.Errorf("scores = %+v, want %+v", s, want)
	}
	if len(s.misses) != 1 || len(s.falsePos) != 1 || len(s.valueErrs) != 1 {
		t.Errorf("misses %v, false positives %v, value errors %v", s.misses, s.falsePos, s.valueErrs)
	}
	var buf bytes.Buffer
	if err := writeTable(&buf, "tiny", s); err != nil {
		t.Fatal(err)
	}
	row := "| 1 | 3 | 3 | 0.333 | 0.333 | 0.333 | 0.667 | 0.667 | 0.667 | 0.500 | 0.500 |"
	if !strings.Contains(buf.String(), "### tiny") || !strings.Contains(buf.String(), row) {
		t.Errorf("table:\n%s\nwant row %s", buf.String(), row)
	}
}

func TestEvalTimeBankLayout(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "tiny.tml"))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for _, set := range []string{"TimeBank", "AQUAINT"} {
		dir := filepath.Join(root, "eval", "tempeval3", "TBAQ-cleaned", set)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "tiny.tml"), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := EvalTimeBank(root, &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"### TimeBank\n", "### AQUAINT\n", "### TimeBank+AQUAINT\n", "| 2 | 6 | 6 | 0.333 |"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if err := EvalTimeBank(t.TempDir(), &buf); err == nil {
		t.Error("EvalTimeBank on an empty folder: no error")
	}
}

func TestEvalMEANTIMELayout(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "tiny_cat.xml"))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	dir := filepath.Join(root, "eval", "meantime", "intra-doc_annotation", "corpus_x")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tiny.xml"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := EvalMEANTIME(root, &buf); err != nil {
		t.Fatal(err)
	}
	// the creation time in the date line is not scored; Tuesday is found.
	if row := "| 1 | 1 | 1 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |"; !strings.Contains(buf.String(), "### MEANTIME") || !strings.Contains(buf.String(), row) {
		t.Errorf("output:\n%s\nwant row %s", buf.String(), row)
	}
}

// TestEvalRealData runs the evaluation on ../shared and checks that the
// TBAQ numbers stay above a floor (a regression guard, not the target).
func TestEvalRealData(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	shared := sharedDir(t)
	var buf bytes.Buffer
	if err := EvalTimeBank(shared, &buf); err != nil {
		t.Fatal(err)
	}
	if err := EvalMEANTIME(shared, &buf); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
	if !strings.Contains(buf.String(), "### TimeBank+AQUAINT") || !strings.Contains(buf.String(), "### MEANTIME") {
		t.Fatalf("missing tables:\n%s", buf.String())
	}
}
