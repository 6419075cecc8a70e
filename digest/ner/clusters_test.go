package ner

import (
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"
)

func gzipText(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestClustersGeneraliseToUnseenWords trains on sentences where only the
// word tells a person from a place ("Xaver arrived ."), with word classes
// that put people in one class and places in another, and checks that
// words never seen in training take the label of their class, also after
// an Encode/Decode round trip; without the classes they cannot.
func TestClustersGeneraliseToUnseenWords(t *testing.T) {
	people := []string{"Xaver", "Yorick", "Zeno", "Wilbur", "Quintus"}
	places := []string{"Arlon", "Brugg", "Chur", "Dorn", "Emden"}
	var cl strings.Builder
	cl.WriteString("# test classes\n")
	for _, w := range people {
		cl.WriteString(strings.ToLower(w) + "\t1\t1\t1\n")
	}
	for _, w := range places {
		cl.WriteString(strings.ToLower(w) + "\t2\t2\t2\n")
	}
	cl.WriteString("arrived\t3\t3\t2\n")
	var sents []Sentence
	for i := range 60 {
		// the last person and place are held out of training
		p, l := people[i%4], places[(i/3)%4]
		sents = append(sents,
			Sentence{Words: []string{p, "arrived", "."}, Labels: []string{"B-PER", "O", "O"}, Doc: 2 * i},
			Sentence{Words: []string{l, "arrived", "."}, Labels: []string{"B-LOC", "O", "O"}, Doc: 2*i + 1})
	}
	tg, err := Train(sents, TrainConfig{Epochs: 5, Bits: 16, Beam: 2, Clusters: gzipText(t, cl.String())})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ word, want string }{{"Quintus", "B-PER"}, {"Emden", "B-LOC"}} {
		ws := []string{c.word, "arrived", "."}
		for name, m := range map[string]*Tagger{"trained": tg, "decoded": tg2} {
			if got := m.Tag(ws); !slices.Equal(got, []string{c.want, "O", "O"}) {
				t.Errorf("%s model: Tag(%v) = %v, want %s first", name, ws, got, c.want)
			}
		}
	}
	if tg2.gaz.cmap == nil || !slices.Equal(tg2.gaz.cmap, tg.gaz.cmap) {
		t.Errorf("decoded class map %v, trained %v", tg2.gaz.cmap, tg.gaz.cmap)
	}
}

func TestAddClustersRejectsBadLines(t *testing.T) {
	for _, s := range []string{
		"word\t1\t1\n",             // three columns
		"word\tx\t1\t1\n",          // not a number
		"word\t0\t1\t1\n",          // classes count from 1
		"word\t2000\t1\t1\n",       // beyond maxFine
		"a\t1\t1\t1\nb\t1\t2\t1\n", // one fine class in two middle ones
	} {
		g := newGazetteer(16)
		if err := g.addClusters(gzipText(t, s)); err == nil {
			t.Errorf("addClusters(%q): no error", s)
		}
	}
	if err := newGazetteer(16).addClusters([]byte("not gzip")); err == nil {
		t.Error("addClusters of plain text: no error")
	}
}

// TestClusRowBlock checks that word-class features land in the block of
// rows after the cache-hot ones, whatever the table's size.
func TestClusRowBlock(t *testing.T) {
	for _, bits := range []uint{smallBits + 2, shippedBits, 22} {
		small := bits - smallBits
		for _, h := range []uint64{0, 1, 0xdeadbeefcafebabe, ^uint64(0)} {
			row := (clusRow(h) << (64 - smallBits - small)) >> (64 - bits)
			if row < 1<<smallBits || row >= 2<<smallBits {
				t.Errorf("bits %d, hash %#x: row %d outside [%d, %d)", bits, h, row, 1<<smallBits, 2<<smallBits)
			}
		}
	}
	if clusRow(0) == clusRow(^uint64(0)) {
		t.Error("clusRow ignores the hash")
	}
}
