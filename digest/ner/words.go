package ner

// Words holds the analyses of a fixed set of words, made once, so that a
// caller that knows which of them a document's words are spares the
// tagger analysing them again in every document (see AppendSpansKnown).
// The analysis depends on the word alone, not on the model. A Words is
// safe for concurrent use once built.
type Words struct {
	toks  []tok  // toks[0] is unused: index 0 stands for none
	arena []byte // the lower-cased words, at toks[i].lo:hi
}

// NewWords returns an empty set.
func NewWords() *Words { return &Words{toks: make([]tok, 1)} }

// Add analyses w and returns its index in ws (never 0).
func (ws *Words) Add(w string) uint32 {
	var t tok
	ws.arena = analyze(&t, w, ws.arena)
	ws.toks = append(ws.toks, t)
	return uint32(len(ws.toks) - 1)
}

// copyTo sets t to the analysis of word id, appending its lower-cased form
// to the arena buf as analyze does.
func (ws *Words) copyTo(t *tok, id uint32, buf []byte) []byte {
	*t = ws.toks[id]
	lo := len(buf)
	buf = append(buf, ws.arena[t.lo:t.hi]...)
	t.lo, t.hi = uint32(lo), uint32(len(buf))
	return buf
}
