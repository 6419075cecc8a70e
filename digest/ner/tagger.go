package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"sort"
	"sync"
)

//go:embed model.bin
var modelBin []byte

const modelMagic = "ATNER03\n"

// modelMagicV2 marks models without the scale and the second pass.
const modelMagicV2 = "ATNER02\n"

// startClass stands for the tag before the first word.
const startClass = numClasses

// Tagger tags words with BIO entity labels. It is safe for concurrent use.
type Tagger struct {
	bits uint
	// wide holds the quantised weights, one row per feature bucket,
	// widened for scoring (see wideRow; Encode narrows them back)
	wide []wideRow
	// tabs are the feature tables for the table's size (see
	// smallTabs.shifted)
	tabs *smallTabs
	fast bool // take the fast path for plain words (see tagDoc)
	gaz  *gazetteer
	// scale maps the first pass's float weights to the int8 ones
	scale float32
	st2   *stage2 // the second pass; nil for none
	// keepS1 keeps the first pass's scores without a second pass (for
	// training one)
	keepS1 bool
	// truecase: features of capitals headlines use truecase (see there)
	truecase bool
	// beam is the decoder's beam width (1: greedy; see decodeBeam)
	beam int
	// margin: the beam drops histories scoring more than this below the
	// best (0: none), so that it mostly holds one and the fast path
	// applies
	margin int32
	pool   sync.Pool
}

// row holds the int8 weights of one feature bucket for every class, one
// byte per class (16 lanes, four rows per cache line), each stored with a
// bias of 128 so that rows add up lane-wise in 16-bit fields of a uint64
// (see score).
type row [2]uint64

// zeroRow is a row of zero weights.
var zeroRow = row{0x8080808080808080, 0x8080808080808080}

// get returns the weight of class c.
func (r *row) get(c int) int8 { return int8(byte(r[c>>3]>>(8*(c&7))) ^ 0x80) }

// set sets the weight of class c.
func (r *row) set(c int, v int8) {
	sh := 8 * uint(c&7)
	r[c>>3] = r[c>>3]&^(0xff<<sh) | uint64(byte(v)^0x80)<<sh
}

func newRows(n int) []row {
	w := make([]row, n)
	for i := range w {
		w[i] = zeroRow
	}
	return w
}

// maxFeatures bounds the features of one word so that the 16-bit lanes of
// score cannot overflow (255 per feature).
const maxFeatures = 250

// score sums the rows of features fs into one score per class.
func (t *Tagger) score(fs []uint64, sc *[numClasses]int32) {
	scoreWide(t.wide, 64-t.bits, fs, sc)
}

// wideRow is a row with its 16 byte lanes already spread into 16-bit
// fields the way scoreRows spreads them (even lanes of each half, then
// odd), so that scoring adds four words per feature with no masks or
// shifts. It doubles the table (8 MB instead of 4) but scoring one
// feature takes about 14 instructions instead of 36: the masking version
// runs out of registers in Go's allocator. One row is half a cache line,
// so a feature still touches one line.
type wideRow [4]uint64

// narrowRows returns the rows of wide form w (the inverse of widenRows).
func narrowRows(w []wideRow) []row {
	out := make([]row, len(w))
	for i, r := range w {
		out[i] = row{r[0] | r[1]<<8, r[2] | r[3]<<8}
	}
	return out
}

// widenRows returns the wide form of w.
func widenRows(w []row) []wideRow {
	const m = 0x00FF00FF00FF00FF
	out := make([]wideRow, len(w))
	for i, r := range w {
		out[i] = wideRow{r[0] & m, r[0] >> 8 & m, r[1] & m, r[1] >> 8 & m}
	}
	return out
}

// scoreWide is scoreRows over wide rows; the scores are the same.
func scoreWide(w []wideRow, shift uint, fs []uint64, sc *[numClasses]int32) {
	var l lanes
	addWide(w, shift, fs, &l)
	l.spread(sc)
}

// lanes holds the sums of n wide rows, lane by lane (see spread). The
// lanes cannot overflow while n <= maxFeatures, so sums of the rows of
// disjoint feature lists add up to the sum of their union, in any order.
type lanes struct {
	a0, a1, a2, a3 uint64
	n              int
}

// spread unpacks the lane sums into scores (see the function spread).
func (l *lanes) spread(sc *[numClasses]int32) { spread(l.a0, l.a1, l.a2, l.a3, l.n, sc) }

// addRows adds the rows of the features fs to l.
func (t *Tagger) addRows(fs []uint64, l *lanes) { addWide(t.wide, 64-t.bits, fs, l) }

// addWide adds the wide rows w[h>>shift] of the features h in fs to l.
func addWide(w []wideRow, shift uint, fs []uint64, l *lanes) {
	if len(w) == 1<<shippedBits && shift == 64-shippedBits {
		addWideShipped((*[1 << shippedBits]wideRow)(w), fs, l)
		return
	}
	a0, a1, a2, a3 := l.a0, l.a1, l.a2, l.a3
	shift &= 63
	for _, h := range fs {
		r := &w[h>>shift]
		a0 += r[0]
		a1 += r[1]
		a2 += r[2]
		a3 += r[3]
	}
	*l = lanes{a0, a1, a2, a3, l.n + len(fs)}
}

// shippedBits is log2 of the shipped model's weight buckets.
const shippedBits = 18

// addWideShipped is addWide for a table of 1<<shippedBits rows: with
// the shift a constant and the table an array, the compiler drops the
// variable shift's register shuffle and the bounds check (about 9
// instructions a feature instead of 14).
func addWideShipped(w *[1 << shippedBits]wideRow, fs []uint64, l *lanes) {
	a0, a1, a2, a3 := l.a0, l.a1, l.a2, l.a3
	for _, h := range fs {
		r := &w[h>>(64-shippedBits)]
		a0 += r[0]
		a1 += r[1]
		a2 += r[2]
		a3 += r[3]
	}
	*l = lanes{a0, a1, a2, a3, l.n + len(fs)}
}

// scoreRows sums rows w[h>>shift] of the features h in fs into one score
// per class.
func scoreRows(w []row, shift uint, fs []uint64, sc *[numClasses]int32) {
	const m = 0x00FF00FF00FF00FF
	var a0, a1, a2, a3 uint64
	for _, h := range fs {
		r := &w[h>>shift]
		a0 += r[0] & m
		a1 += (r[0] >> 8) & m
		a2 += r[1] & m
		a3 += (r[1] >> 8) & m
	}
	spread(a0, a1, a2, a3, len(fs), sc)
}

// spread unpacks the 16-bit lane sums of n rows into scores: lane c of a
// row is byte c; a0 holds bytes 0 2 4 6, a1 1 3 5 7, a2 8 10 12 14, a3 9
// 11 13 15 (16 bits each), each with a bias of 128 per row.
func spread(a0, a1, a2, a3 uint64, n int, sc *[numClasses]int32) {
	bias := int32(128 * n)
	sc[0] = int32(a0&0xffff) - bias
	sc[1] = int32(a1&0xffff) - bias
	sc[2] = int32(a0>>16&0xffff) - bias
	sc[3] = int32(a1>>16&0xffff) - bias
	sc[4] = int32(a0>>32&0xffff) - bias
	sc[5] = int32(a1>>32&0xffff) - bias
	sc[6] = int32(a0>>48) - bias
	sc[7] = int32(a1>>48) - bias
	sc[8] = int32(a2&0xffff) - bias
	sc[9] = int32(a3&0xffff) - bias
	sc[10] = int32(a2>>16&0xffff) - bias
	sc[11] = int32(a3>>16&0xffff) - bias
	sc[12] = int32(a2>>32&0xffff) - bias
	sc[13] = int32(a3>>32&0xffff) - bias
	sc[14] = int32(a2>>48) - bias
}

// numClasses must be 15 for scoreRows' unrolled lanes.
var _ [1]struct{} = [numClasses - 14]struct{}{}

type scratch struct {
	toks  []tok
	sents []docSent
	doc   docTable
	buf   []byte
	fs    []uint64
	cls   []uint8 // one class per word of the document
	// for the second pass
	s1     [][numClasses]int32 // first-pass scores of the scored words
	scored []bool              // whether the first pass scored the word
	cls1   []uint8
	dmaj   []uint8 // per word: docMaj<<1 | docAll
	dc     docCounts
	// for beam decoding
	bhist [][maxBeam]iItem
	own   []ownEntry // the own features' sums of the document's words (see ownSum)
	ownFs []uint64
}

// SetFastPath turns the fast path for plain lower-case words on (the
// default) or off; off scores every word (for measurement).
func (t *Tagger) SetFastPath(on bool) { t.fast = on }

// SetBeam sets the decoder's beam width (1: greedy) and pruning margin
// (0: none), for measurement; the model's own are the defaults. It must
// not be called while the Tagger is in use.
func (t *Tagger) SetBeam(k int, margin int32) {
	t.beam = max(1, min(k, maxBeam))
	t.margin = max(0, margin)
}

// Load decodes the embedded model. It takes some tens of milliseconds; call it
// once and share the Tagger.
func Load() (*Tagger, error) {
	return Decode(bytes.NewReader(modelBin))
}

// Labels lists every label Tag can return: "O", then B- and I- of PER, LOC,
// ORG, NORP, TIM, MISC and TTL.
func Labels() []string {
	out := make([]string, numClasses)
	copy(out, classLabels[:])
	return out
}

// Tag returns one BIO label per word ("B-PER", "I-ORG", "O"). Types: PER
// (a person's name, without title), LOC (a place or country), ORG, NORP
// (nationality or group adjective: "Russian"), TIM (time expression), MISC
// (events, works, other names) and TTL (a title or honorific in front of a
// person's name: "President", "Mr."). Words are tokens as the caller
// splits them; punctuation should be separate words. A word "." "?" or "!"
// ends a sentence. All words count as one document: how a word is written
// elsewhere in it informs its label.
func (t *Tagger) Tag(words []string) []string {
	out := make([]string, len(words))
	if len(words) > 0 {
		t.tagDoc([][]string{words}, [][]string{out})
	}
	return out
}

// TagSentences tags the sentences of one document: one label slice per
// sentence, as Tag labels words. Prefer it to Tag when sentence boundaries
// are known (headlines, table rows, sentences without final punctuation).
func (t *Tagger) TagSentences(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	flat := make([]string, n)
	for i, s := range sents {
		out[i], flat = flat[:len(s):len(s)], flat[len(s):]
	}
	t.tagDoc(sents, out)
	return out
}

func (t *Tagger) tagDoc(sents [][]string, out [][]string) {
	s := t.classify(sents, nil)
	off := 0
	for si, w := range sents {
		for i := range w {
			out[si][i] = classLabels[s.cls[off+i]]
		}
		off += len(w)
	}
	t.pool.Put(s)
}

// AppendSpans tags the sentences of one document and appends its entity
// spans to dst, as Spans would decode Tag's labels; Start and End index
// the words of all sentences in order (sentence 1 starts at len(sents[0])).
// It allocates nothing once dst has room.
func (t *Tagger) AppendSpans(dst []Span, sents [][]string) []Span {
	return t.AppendSpansKnown(dst, sents, nil)
}

// AppendSpansKnown is AppendSpans for words some of which the caller has
// analysed before: known, if not nil, holds one slice per sentence with
// per word nil or the word's analysis (AnalyzeWord of that very word).
// The spans are those of AppendSpans.
func (t *Tagger) AppendSpansKnown(dst []Span, sents [][]string, known [][]*Word) []Span {
	s := t.classify(sents, known)
	open, typ := -1, -1
	for i, c := range s.cls {
		if c == 0 && open < 0 {
			continue // O outside a span: most words
		}
		ty, begin := -1, false
		if c != 0 {
			ty = (int(c) - 1) / 2
			begin = c%2 == 1 || ty != typ
		}
		if open >= 0 && (ty < 0 || begin) {
			dst = append(dst, Span{Start: open, End: i, Type: typeNames[typ]})
			open, typ = -1, -1
		}
		if ty >= 0 && open < 0 {
			open, typ = i, ty
		}
	}
	if open >= 0 {
		dst = append(dst, Span{Start: open, End: len(s.cls), Type: typeNames[typ]})
	}
	t.pool.Put(s)
	return dst
}

// classify runs the tagger over a document and leaves one class per word
// in the returned scratch (put it back in the pool when done).
func (t *Tagger) classify(sents [][]string, known [][]*Word) *scratch {
	s, _ := t.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	n := 0
	for _, w := range sents {
		n += len(w)
	}
	if cap(s.toks) < n {
		s.toks = make([]tok, n)
		s.cls = make([]uint8, n)
		s.s1 = make([][numClasses]int32, n)
		s.scored = make([]bool, n)
	}
	toks := s.toks[:n]
	s.toks = toks
	s.cls = s.cls[:n]
	s.s1 = s.s1[:n]
	s.scored = s.scored[:n]
	s.sents = s.sents[:0]
	s.buf = s.buf[:0]
	off := 0
	for i, w := range sents {
		st := docSent{toks: toks[off : off+len(w)]}
		var kw []*Word
		if known != nil {
			kw = known[i][:len(w)]
		}
		s.buf, st.capsMode = prepare(st.toks, w, kw, t.gaz, s.buf)
		st.titleMode = t.truecase && !st.capsMode && titleCase(st.toks)
		s.sents = append(s.sents, st)
		off += len(w)
	}
	lazy := t.beam > 1 && t.st2 == nil && !t.keepS1
	fillDoc(&s.doc, s.sents, n, !lazy)
	s.own = s.own[:0]
	if t.truecase {
		truecase(s.sents)
	}
	if lazy {
		off = 0
		for i := range s.sents {
			st := &s.sents[i]
			t.decodeBeam(st, s.cls[off:off+len(st.toks)], s)
			off += len(st.toks)
		}
		return s
	}
	fs := s.fs
	off = 0
	for _, st := range s.sents {
		dst := s.cls[off : off+len(st.toks)]
		off += len(st.toks)
		p1, p2 := startClass, startClass
		for i := range st.toks {
			// fast path: a word that is not capitalised (lower case,
			// digits, punctuation) after O in a normal sentence is O
			// unless a gazetteer knows it as a name: it cannot continue
			// an entity and practically never starts one
			if tk := &st.toks[i]; tk.plain && (p1 == 0 || p1 == startClass) && tk.gazB&gEntity == 0 && !st.capsMode && t.fast {
				dst[i] = 0
				s.scored[off-len(st.toks)+i] = false
				p2, p1 = p1, 0
				continue
			}
			fs = appendStatic(fs[:0], st.toks, i, st.capsMode, t.tabs, s.buf)
			fs = appendDynamic(fs, &st.toks[i], p1, p2, t.tabs)
			var sc [numClasses]int32
			t.score(fs[:min(len(fs), maxFeatures)], &sc)
			best := 0
			bestScore := int32(math.MinInt32)
			for c := range sc {
				if sc[c] > bestScore && allowed(p1, c) {
					best, bestScore = c, sc[c]
				}
			}
			dst[i] = uint8(best)
			g := off - len(st.toks) + i
			s.scored[g] = true
			if t.st2 != nil || t.keepS1 {
				s.s1[g] = sc
			}
			p2, p1 = p1, best
		}
	}
	s.fs = fs
	if t.st2 != nil {
		t.stackPass(s)
	}
	return s
}

// Span is one entity: words [Start, End) of the input, of type Type (PER,
// LOC, ORG, NORP, TIM, MISC or TTL).
type Span struct {
	Start, End int
	Type       string
}

// Spans decodes BIO labels into spans. An I- label that does not continue a
// span of its type starts a new one. tags shorter than words are treated as
// "O" beyond their end.
func Spans(words []string, tags []string) []Span {
	var out []Span
	n := min(len(words), len(tags))
	open := -1
	typ := ""
	for i := 0; i <= n; i++ {
		tag := "O"
		if i < n {
			tag = tags[i]
		}
		var ty string
		var begin bool
		if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
			ty = tag[2:]
			begin = tag[0] == 'B' || ty != typ
		}
		if open >= 0 && (ty == "" || begin) {
			out = append(out, Span{Start: open, End: i, Type: typ})
			open, typ = -1, ""
		}
		if ty != "" && open < 0 {
			open, typ = i, ty
		}
	}
	return out
}

// MergeTitles returns spans where a TTL span directly followed by a PER span
// becomes one PER span covering both (the GMB convention: "President George
// Bush"); other TTL spans are dropped.
func MergeTitles(spans []Span) []Span {
	out := make([]Span, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.Type == "TTL" {
			if i+1 < len(spans) && spans[i+1].Type == "PER" && spans[i+1].Start == s.End {
				out = append(out, Span{Start: s.Start, End: spans[i+1].End, Type: "PER"})
				i++
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// Encode writes the model in the format Decode reads (gzip-compressed).
func (t *Tagger) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: encode: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	bw.WriteString(modelMagic)
	uv(uint64(t.bits))
	uv(numClasses)
	encodeRows(uv, narrowRows(t.wide))
	var keys []int
	for i, sl := range t.gaz.slots {
		if sl.key != 0 {
			keys = append(keys, i)
		}
	}
	sort.Slice(keys, func(a, b int) bool { return t.gaz.slots[keys[a]].key < t.gaz.slots[keys[b]].key })
	uv(uint64(len(keys)))
	prev := uint64(0)
	for _, i := range keys {
		uv(t.gaz.slots[i].key - prev)
		prev = t.gaz.slots[i].key
		uv(uint64(t.gaz.slots[i].val))
	}
	uv(uint64(math.Float32bits(t.scale)))
	if st := t.st2; st != nil {
		uv(uint64(st.bits))
		uv(uint64(st.ratio))
		for _, v := range st.marg {
			uv(uint64(math.Float32bits(v)))
		}
		encodeRows(uv, st.w)
	} else {
		uv(0)
	}
	var flags uint64
	if t.truecase {
		flags |= flagTruecase
	}
	if t.gaz.cmap != nil {
		flags |= flagClusters
	}
	uv(flags)
	if t.gaz.cmap != nil {
		uv(uint64(len(t.gaz.cmap)))
		for _, m := range t.gaz.cmap {
			uv(uint64(m))
		}
	}
	if t.beam > 1 {
		uv(uint64(t.beam))
		uv(uint64(t.margin))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: encode: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: encode: %w", err)
	}
	return nil
}

// encodeRows writes the non-zero rows of w: their buckets delta-coded,
// then the weights column-major by class so that similar values sit
// together.
func encodeRows(uv func(uint64), w []row) {
	var list []uint64
	for b := range w {
		if w[b] != zeroRow {
			list = append(list, uint64(b))
		}
	}
	uv(uint64(len(list)))
	prev := uint64(0)
	for _, b := range list {
		uv(b - prev)
		prev = b
	}
	for c := 0; c < numClasses; c++ {
		for _, b := range list {
			v := w[b].get(c)
			uv(uint64((uint32(v) << 1) ^ uint32(int32(v)>>31)))
		}
	}
}

// decodeRows reads rows written by encodeRows into a table of 1<<bits
// rows.
func decodeRows(uv func() uint64, bits uint, left func() int) ([]row, error) {
	w := newRows(1 << bits)
	n := uv()
	if n > 1<<bits || n > uint64(left()) {
		return nil, fmt.Errorf("ner: decode: %d rows: %w", n, errBadModel)
	}
	buckets := make([]uint32, n)
	prev := uint64(0)
	for i := range buckets {
		prev += uv()
		if prev >= 1<<bits {
			return nil, fmt.Errorf("ner: decode: bucket %d: %w", prev, errBadModel)
		}
		buckets[i] = uint32(prev)
	}
	for c := 0; c < numClasses; c++ {
		for _, b := range buckets {
			v := uint32(uv())
			q := int32(v>>1) ^ -int32(v&1)
			if q < math.MinInt8 || q > math.MaxInt8 {
				return nil, fmt.Errorf("ner: decode: weight %d: %w", q, errBadModel)
			}
			w[b].set(c, int8(q))
		}
	}
	return w, nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: decode: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: decode: %w", err)
	}
	v3 := bytes.HasPrefix(raw, []byte(modelMagic))
	if !v3 && !bytes.HasPrefix(raw, []byte(modelMagicV2)) {
		return nil, fmt.Errorf("ner: decode: %w", errBadModel)
	}
	p := raw[len(modelMagic):]
	bad := false
	uv := func() uint64 {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			bad = true
			p = nil
			return 0
		}
		p = p[n:]
		return v
	}
	bits := uint(uv())
	nc := uv()
	if bad || bits < smallBits+2 || bits > 26 || nc != numClasses {
		return nil, fmt.Errorf("ner: decode: header (bits %d, classes %d): %w", bits, nc, errBadModel)
	}
	left := func() int { return len(p) }
	w, err := decodeRows(uv, bits, left)
	if err != nil {
		return nil, err
	}
	t := &Tagger{bits: bits, wide: widenRows(w), tabs: tabs.shifted(bits - smallBits), fast: true}
	ng := uv()
	if ng > uint64(len(p)) {
		return nil, fmt.Errorf("ner: decode: %d gazetteer entries: %w", ng, errBadModel)
	}
	t.gaz = newGazetteer(int(ng))
	prev := uint64(0)
	for i := uint64(0); i < ng; i++ {
		prev += uv()
		t.gaz.or(prev, uint32(uv()))
	}
	if v3 && !bad {
		t.scale = math.Float32frombits(uint32(uv()))
		if b2 := uint(uv()); b2 != 0 {
			if b2 < 10 || b2 > 24 {
				return nil, fmt.Errorf("ner: decode: stage 2 bits %d: %w", b2, errBadModel)
			}
			st := &stage2{bits: b2, ratio: int32(uv())}
			for i := range st.marg {
				st.marg[i] = math.Float32frombits(uint32(uv()))
			}
			if st.w, err = decodeRows(uv, b2, left); err != nil {
				return nil, err
			}
			if !(t.scale > 0) || st.ratio <= 0 || st.ratio > 1<<20 {
				return nil, fmt.Errorf("ner: decode: stage 2 scale: %w", errBadModel)
			}
			st.setScale(t.scale)
			t.st2 = st
		}
		if len(p) > 0 {
			flags := uv()
			t.truecase = flags&flagTruecase != 0
			if flags&flagClusters != 0 {
				n := uv()
				if n > maxFine+1 || n > uint64(len(p)) {
					return nil, fmt.Errorf("ner: decode: %d word classes: %w", n, errBadModel)
				}
				t.gaz.cmap = make([]uint16, n)
				for i := range t.gaz.cmap {
					m := uv()
					if m&0xff > maxMid || m>>8 > maxCoarse {
						return nil, fmt.Errorf("ner: decode: word class %d: %w", m, errBadModel)
					}
					t.gaz.cmap[i] = uint16(m)
				}
			}
		}
		t.beam = 1
		if len(p) > 0 {
			t.beam = int(uv())
			t.margin = int32(min(uv(), 1<<30))
			if t.beam < 2 || t.beam > maxBeam || t.st2 != nil {
				return nil, fmt.Errorf("ner: decode: beam %d: %w", t.beam, errBadModel)
			}
		}
	}
	if bad {
		return nil, fmt.Errorf("ner: decode: truncated: %w", errBadModel)
	}
	return t, nil
}

// Model flags (version 3).
const (
	flagTruecase = 1 << iota
	// flagClusters: the gazetteer holds word classes, and the middle
	// and coarse class of each fine class follow the flags
	flagClusters
)

var errBadModel = errors.New("corrupt model")

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
