package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateLabels = flag.Bool("update-labels", false, "rewrite testdata/labels.golden.gz from the current tagger")

const labelsGolden = "testdata/labels.golden.gz"

// goldenDocs returns the documents whose labels labels.golden.gz pins: the
// seed article, every GMB dev and CoNLL-2003 dev document as read, and the
// same documents with every third sentence in capitals (headline mode and
// truecasing) and every fifth in lower case.
func goldenDocs(t *testing.T) (names []string, out [][][]string) {
	t.Helper()
	shared := sharedDir(t)
	names = append(names, "seed")
	out = append(out, seedSents(t))
	gmb, err := ReadGMB(filepath.Join(shared, "eval", "gmb", "gmb_dev.csv"), false)
	if err != nil {
		t.Fatal(err)
	}
	conll, err := ReadCoNLL(filepath.Join(shared, "eval", "conll2003", "eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		sents []Sentence
	}{{"gmb", gmb}, {"conll", conll}} {
		for i, d := range docs(c.sents) {
			ws := docWords(d)
			names = append(names, fmt.Sprintf("%s %d", c.name, i))
			out = append(out, ws)
			mixed := make([][]string, len(ws))
			for k, s := range ws {
				mixed[k] = s
				if k%3 == 0 || k%5 == 0 {
					m := make([]string, len(s))
					for j, w := range s {
						if k%3 == 0 {
							m[j] = strings.ToUpper(w)
						} else {
							m[j] = strings.ToLower(w)
						}
					}
					mixed[k] = m
				}
			}
			names = append(names, fmt.Sprintf("%s %d mixed", c.name, i))
			out = append(out, mixed)
		}
	}
	return names, out
}

// encodeLabels writes one line per document: its name, a tab, then one
// letter per word ('a' + class), sentences separated by spaces.
func encodeLabels(tg *Tagger, names []string, ds [][][]string) []byte {
	var b bytes.Buffer
	for i, d := range ds {
		b.WriteString(names[i])
		b.WriteByte('\t')
		for k, s := range tg.TagSentences(d) {
			if k > 0 {
				b.WriteByte(' ')
			}
			for _, l := range s {
				c, _ := classOf(l)
				b.WriteByte(byte('a' + c))
			}
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestLabelsGolden pins the tagger's labels on the seed and on GMB and
// CoNLL dev (plain and with capitals and lower-case sentences): speed work
// on the tagger must not change a single label. Run with -update-labels
// after an intended change of the model or the features.
func TestLabelsGolden(t *testing.T) {
	tg := loadTagger(t)
	names, ds := goldenDocs(t)
	got := encodeLabels(tg, names, ds)
	if *updateLabels {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		zw.Write(got)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(labelsGolden, z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(labelsGolden)
	if err != nil {
		t.Fatalf("%v (run with -update-labels)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	want := bufio.NewScanner(zr)
	want.Buffer(nil, 1<<24)
	have := bufio.NewScanner(bytes.NewReader(got))
	have.Buffer(nil, 1<<24)
	n, bad := 0, 0
	for want.Scan() {
		if !have.Scan() {
			t.Fatalf("%d documents, want more", n)
		}
		n++
		if have.Text() != want.Text() {
			bad++
			if bad <= 5 {
				t.Errorf("labels differ:\n got %.300s\nwant %.300s", have.Text(), want.Text())
			}
		}
	}
	if have.Scan() {
		t.Fatalf("more documents than the %d pinned", n)
	}
	if n < 100 {
		t.Fatalf("only %d documents pinned", n)
	}
	if bad > 0 {
		t.Fatalf("%d of %d documents changed labels", bad, n)
	}
}
