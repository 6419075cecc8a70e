package digest

import "testing"

// TestNerWordsMatchText checks what runTagger relies on to pass the
// tagger the analyses made at load: a body word's xid is the vocab id of
// its very text, so that Engine.nerWords[xid] is the analysis of that
// text. It runs over the golden documents.
func TestNerWordsMatchText(t *testing.T) {
	e := engine(t)
	if e.tagger == nil {
		t.Skip("no tagger")
	}
	if len(e.nerWords) != len(e.g.vocab.flags) {
		t.Fatalf("%d analyses for %d vocab ids", len(e.nerWords), len(e.g.vocab.flags))
	}
	n := 0
	for _, gd := range goldenDocs(t) {
		d := e.getDoc(gd.Article.Body)
		d.split()
		d.buildWords()
		for i := range d.words {
			w := &d.words[i]
			if w.xid < 0 {
				continue
			}
			n++
			if id, ok := e.g.vocab.ids[w.text]; !ok || id != w.xid {
				t.Fatalf("%s: word %q has xid %d, vocab id %d (%v)", gd.Name, w.text, w.xid, id, ok)
			}
			if got, want := e.nerWords[w.xid], e.tagger.AnalyzeWord(w.text); got != want {
				t.Fatalf("%s: word %q: analysis at load %+v, now %+v", gd.Name, w.text, got, want)
			}
		}
		e.putDoc(d)
	}
	if n < 1000 {
		t.Fatalf("only %d known words", n)
	}
}
