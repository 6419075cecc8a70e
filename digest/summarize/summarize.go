// Package summarize owns extractive summary selection for the digest
// engine: it picks the few body sentences that best sum up an article (the
// "deep look" sentences of a quick look).
//
// Scoring is a fixed linear mix of features that transfer across news
// sources: lead position, overlap with the title (or the first sentence
// when there is no title), centrality (frequency of the sentence's content
// words in the whole article), named-entity density and a length prior.
// Boilerplate ("You must Register or Login to post a comment."), headings,
// bullets and datelines are never chosen. Everything is pure and
// deterministic.
package summarize

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/internal/packed"
	"github.com/attache-bot/attache/digest/text"
)

// Weights of the sentence score.
const (
	wLead       = 1.0  // first eligible sentences
	wPos        = 0.6  // decays with relative position
	wTitle      = 1.2  // content-word overlap with the title
	wCentral    = 1.6  // mean document frequency of content words
	wEntities   = 0.3  // capitalized words and numbers per word
	wShort      = -1.0 // fewer than minWords words
	wLong       = -0.5 // more than maxWords words
	wQuoteOnly  = -0.4 // a sentence that is only a direct quote
	wRedundancy = 0.5  // overlap with an already chosen sentence
	minWords    = 8
	maxWords    = 45
)

// Select returns the indexes, ascending, of the n best summary sentences
// among sents (spans of body, as from text.Sentences). The first sentence
// acts as the title when the body has no separate title. It returns fewer
// than n indexes when fewer sentences are eligible.
func Select(body string, sents []text.Span, n int) []int {
	return SelectTitled(body, "", sents, n)
}

// SelectTitled is Select with the article's title; title words found in a
// sentence raise its score. Both are safe for concurrent use: the working
// memory comes from a pool and a call allocates only its result.
func SelectTitled(body, title string, sents []text.Span, n int) []int {
	return selectTitled(body, title, sents, nil, n)
}

// SelectTokens is Select given the token spans of body, as text.NextToken
// yields them from offset 0 on (those of text.Tokens), so that the
// sentences are not tokenized again. A sentence that a token crosses into
// or out of is tokenized on its own, so the result is always Select's.
func SelectTokens(body string, sents, toks []text.Span, n int) []int {
	if toks == nil {
		toks = []text.Span{}
	}
	return selectTitled(body, "", sents, toks, n)
}

// selectTitled is SelectTitled; toks, unless nil, are the body's tokens
// (see SelectTokens).
func selectTitled(body, title string, sents, toks []text.Span, n int) []int {
	if n <= 0 || len(sents) == 0 {
		return nil
	}
	sc := pool.Get().(*scratch)
	defer sc.release()
	sc.reset()
	for i, sp := range sents {
		if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End {
			continue
		}
		s := body[sp.Start:sp.End]
		if !sc.eligible(s) {
			continue
		}
		sc.sentence(i, s, sentTokens(toks, sp), sp.Start)
	}
	cands := sc.cands
	if len(cands) == 0 {
		return nil
	}
	// title words: the title, else the first eligible sentence
	if cap(sc.title) < len(sc.df) {
		sc.title = make([]bool, len(sc.df), cap(sc.df))
	}
	isTitle := sc.title[:len(sc.df)]
	clear(isTitle)
	if title != "" {
		for i := 0; ; {
			a, b, ok := text.NextToken(title, i)
			if !ok {
				break
			}
			i = b
			w := sc.lower(title[a:b])
			if len(w) < 3 || len(w) <= 8 && stop.has(pack(w)) {
				continue
			}
			if id := sc.id(stem(w), false); id >= 0 {
				isTitle[id] = true
			}
		}
	} else {
		for _, id := range sc.words[cands[0].w0:cands[0].w1] {
			isTitle[id] = true
		}
	}
	maxDF := int32(1)
	for _, v := range sc.df {
		maxDF = max(maxDF, v)
	}
	scores := sc.scores[:0]
	for k, c := range cands {
		score := 0.0
		switch k {
		case 0:
			score += wLead
		case 1:
			score += wLead / 2
		}
		score += wPos * (1 - float64(k)/float64(len(cands)))
		if words := sc.words[c.w0:c.w1]; len(words) > 0 {
			over, cent := 0, 0.0
			for _, id := range words {
				if isTitle[id] {
					over++
				}
				cent += float64(sc.df[id]-1) / float64(maxDF)
			}
			if title != "" || k > 0 {
				score += wTitle * float64(over) / math.Sqrt(float64(len(words))+1)
			}
			score += wCentral * cent / math.Sqrt(float64(len(words))+1)
		}
		score += wEntities * float64(c.ents) / float64(c.nw)
		if c.nw < minWords {
			score += wShort * float64(minWords-c.nw) / minWords
		}
		if c.nw > maxWords {
			score += wLong * float64(c.nw-maxWords) / maxWords
		}
		if c.quote {
			score += wQuoteOnly
		}
		scores = append(scores, score)
	}
	sc.scores = scores
	// greedy selection with a redundancy penalty against chosen sentences
	out := make([]int, 0, min(n, len(cands)))
	used := sc.used[:0]
	for range cands {
		used = append(used, false)
	}
	sc.used = used
	for len(out) < n && len(out) < len(cands) {
		best, bestScore := -1, math.Inf(-1)
		for k := range cands {
			if !used[k] && scores[k] > bestScore {
				best, bestScore = k, scores[k]
			}
		}
		used[best] = true
		out = append(out, cands[best].idx)
		// mark the chosen words in seen with a stamp no candidate used
		// (those are positive), so that each Jaccard similarity is one pass
		bd := sc.dist[cands[best].d0:cands[best].d1]
		stamp := -int32(len(out))
		for _, id := range bd {
			sc.seen[id] = stamp
		}
		for k := range cands {
			if !used[k] {
				scores[k] -= wRedundancy * jaccardMarked(sc.dist[cands[k].d0:cands[k].d1], len(bd), sc.seen, stamp)
			}
		}
	}
	slices.Sort(out)
	return out
}

// cand is an eligible sentence.
type cand struct {
	idx    int   // index in sents
	w0, w1 int32 // content word ids, lower case and stemmed: words[w0:w1]
	d0, d1 int32 // distinct word ids: dist[d0:d1]
	nw     int   // word count
	ents   int   // capitalized words (but the first) and numbers
	quote  bool
}

// scratch is the per-call working memory of SelectTitled, recycled through
// pool so that a call allocates only its result.
type scratch struct {
	cands  []cand
	words  []int32 // content word ids of all candidates, in text order
	dist   []int32 // distinct word ids of each candidate
	short  packedTable
	long   longTable
	df     []int32 // by word id: number of candidates containing it
	seen   []int32 // by word id: 1 + the last candidate containing it
	title  []bool  // by word id: a title word
	scores []float64
	used   []bool
	low    []byte // lower-case buffer
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// maxKeep bounds the words a pooled scratch keeps between calls.
const maxKeep = 1 << 16

func (sc *scratch) reset() {
	sc.cands = sc.cands[:0]
	sc.words = sc.words[:0]
	sc.dist = sc.dist[:0]
	sc.df = sc.df[:0]
	sc.seen = sc.seen[:0]
	sc.short.reset(1024)
	sc.long.reset()
}

func (sc *scratch) release() {
	if cap(sc.words) > maxKeep || cap(sc.long.keys) > 8*maxKeep || len(sc.short.keys) > 4*maxKeep || cap(sc.low) > maxKeep {
		return // let a huge input's memory go
	}
	pool.Put(sc)
}

// sentTokens returns the tokens of toks inside the sentence sp, or nil
// when toks is nil or a token crosses a bound of sp (then the tokens of
// the sentence on its own may differ: "a.b" cut after "a.").
func sentTokens(toks []text.Span, sp text.Span) []text.Span {
	if toks == nil {
		return nil
	}
	lo := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= sp.Start })
	hi := lo
	for hi < len(toks) && toks[hi].Start < sp.End {
		hi++
	}
	if lo > 0 && toks[lo-1].End > sp.Start || hi > lo && toks[hi-1].End > sp.End {
		return nil
	}
	return toks[lo:hi:hi]
}

// sentence adds the eligible sentence s (sentence i) as a candidate unless
// it has no words. toks, unless nil, are its tokens as spans of the body,
// in which s begins at offset base (see sentTokens); else s is tokenized.
func (sc *scratch) sentence(i int, s string, toks []text.Span, base int) {
	c := cand{idx: i, quote: quoteOnly(s), w0: int32(len(sc.words)), d0: int32(len(sc.dist))}
	no := int32(len(sc.cands) + 1)
	first := true
	for k, t := 0, 0; ; {
		var a, b int
		if toks != nil {
			if t == len(toks) {
				break
			}
			a, b = toks[t].Start-base, toks[t].End-base
			t++
		} else {
			var ok bool
			if a, b, ok = text.NextToken(s, k); !ok {
				break
			}
			k = b
		}
		var capOrDigit bool
		if c0 := s[a]; c0 < utf8.RuneSelf {
			switch {
			case c0 >= 'a' && c0 <= 'z':
			case c0 >= 'A' && c0 <= 'Z' || c0 >= '0' && c0 <= '9':
				capOrDigit = true
			default:
				continue
			}
		} else {
			r, _ := utf8.DecodeRuneInString(s[a:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			capOrDigit = unicode.IsUpper(r) || unicode.IsDigit(r)
		}
		c.nw++
		if !first && capOrDigit {
			c.ents++
		}
		first = false
		var id int32
		if n := b - a; n <= 8 {
			// fast path: pack, lower-case, filter and stem in a register
			var x uint64
			if a+8 <= len(s) {
				// one load; 1<<64 is 0 in Go, so n == 8 keeps all
				x = packed.Load8(s[a:a+8]) & (1<<(8*n) - 1)
			} else {
				for k := 0; k < n; k++ {
					x |= uint64(s[a+k]) << (8 * k)
				}
			}
			if x&0x8080808080808080 != 0 {
				id = sc.slowWord(s[a:b])
				if id < 0 {
					continue
				}
			} else {
				if n < 3 {
					continue
				}
				x = packed.Lower(x)
				if n <= 7 && stop.has(x) {
					continue
				}
				id = sc.short.get(stemPacked(x, n), int32(len(sc.df)), true)
			}
		} else if x0, x1, ok := load16(s, a, n); ok {
			// nine to sixteen ASCII bytes: lower-cased in registers, then
			// as slowWord (no stop word is that long)
			id = sc.id(stem(sc.unpack(packed.Lower(x0), packed.Lower(x1), n)), true)
		} else if id = sc.slowWord(s[a:b]); id < 0 {
			continue
		}
		if int(id) == len(sc.df) {
			sc.df = append(sc.df, 0)
			sc.seen = append(sc.seen, 0)
		}
		if sc.seen[id] != no {
			sc.seen[id] = no
			sc.df[id]++
			sc.dist = append(sc.dist, id)
		}
		sc.words = append(sc.words, id)
	}
	if c.nw == 0 {
		return
	}
	c.w1, c.d1 = int32(len(sc.words)), int32(len(sc.dist))
	sc.cands = append(sc.cands, c)
}

// load16 returns the n bytes (nine to sixteen) of s from a packed into
// two little-endian uint64s, with two loads; ok is false when n is out of
// range, s has fewer than sixteen bytes from a or the word is not ASCII.
func load16(s string, a, n int) (x0, x1 uint64, ok bool) {
	if n > 16 || n <= 8 || a+16 > len(s) {
		return 0, 0, false
	}
	// 1<<64 is 0 in Go, so n == 16 keeps all
	x0, x1 = packed.Load8(s[a:a+8]), packed.Load8(s[a+8:a+16])&(1<<(8*(n-8))-1)
	return x0, x1, (x0|x1)&0x8080808080808080 == 0
}

// unpack writes the n bytes of the packed word x0, x1 (nine to sixteen)
// to the scratch buffer and returns them.
func (sc *scratch) unpack(x0, x1 uint64, n int) []byte {
	if cap(sc.low) < 16 {
		sc.low = make([]byte, 0, 32)
	}
	buf := sc.low[:16]
	binary.LittleEndian.PutUint64(buf, x0)
	binary.LittleEndian.PutUint64(buf[8:], x1)
	return buf[:n]
}

// slowWord lower-cases, filters, stems and interns a word that is long or
// not ASCII; it returns -1 for a stop word or a word shorter than three
// bytes.
func (sc *scratch) slowWord(tok string) int32 {
	w := sc.lower(tok)
	if len(w) < 3 || len(w) <= 8 && stop.has(pack(w)) {
		return -1
	}
	return sc.id(stem(w), true)
}

// id returns the id of the lower-case, stemmed word w; when w is new it
// adds it if add is set, else returns -1.
func (sc *scratch) id(w []byte, add bool) int32 {
	if len(w) <= 8 {
		return sc.short.get(pack(w), int32(len(sc.df)), add)
	}
	return sc.long.get(w, int32(len(sc.df)), add)
}

// stemPacked is stem for a packed lower-case ASCII word of n bytes.
func stemPacked(x uint64, n int) uint64 {
	last := byte(x >> (8 * (n - 1)))
	cut := 0
	switch last {
	case 'g':
		if n > 6 && byte(x>>(8*(n-2))) == 'n' && byte(x>>(8*(n-3))) == 'i' {
			cut = 3
		}
	case 'd':
		if n > 5 && byte(x>>(8*(n-2))) == 'e' {
			cut = 2
		}
	case 's':
		if n > 5 && byte(x>>(8*(n-2))) == 'e' {
			cut = 2
		} else if n > 4 {
			cut = 1
		}
	}
	if cut == 0 {
		return x
	}
	return x & (1<<(8*(n-cut)) - 1)
}

// lower returns w lower-cased (as strings.ToLower) in the scratch buffer,
// valid until the next call.
func (sc *scratch) lower(w string) []byte { return sc.lowerString(w) }

func (sc *scratch) lowerString(w string) []byte {
	if cap(sc.low) < len(w) {
		sc.low = make([]byte, 0, 2*len(w))
	}
	buf := sc.low[:len(w)]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return sc.lowerRunes(w)
		}
		buf[k] = lowerASCII[c]
	}
	return buf
}

// lowerRunes is lowerString for text with non-ASCII runes: strings.ToLower
// maps valid UTF-8 rune by rune, and anything else goes to it.
func (sc *scratch) lowerRunes(w string) []byte {
	buf := sc.low[:0]
	if !utf8.ValidString(w) {
		buf = append(buf, strings.ToLower(w)...)
	} else {
		for _, r := range w {
			if r < utf8.RuneSelf {
				buf = append(buf, lowerASCII[r])
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		}
	}
	sc.low = buf
	return buf
}

// lowerASCII maps ASCII upper-case letters to lower case and every other
// byte to itself.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// Lead returns the indexes of the first n eligible sentences: the baseline
// Select is measured against.
func Lead(body string, sents []text.Span, n int) []int {
	var out []int
	for i, sp := range sents {
		if len(out) >= n {
			break
		}
		if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End || !eligible(body[sp.Start:sp.End]) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// jaccardMarked is the Jaccard similarity of the distinct ids a and a set
// of nb ids, those whose mark is stamp.
func jaccardMarked(a []int32, nb int, mark []int32, stamp int32) float64 {
	if len(a) == 0 || nb == 0 {
		return 0
	}
	inter := 0
	for _, id := range a {
		if mark[id] == stamp {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+nb-inter)
}

// eligible rejects boilerplate, headings, bullets and datelines.
func eligible(s string) bool { return new(scratch).eligible(s) }

// eligible is eligible lower-casing into the scratch buffer. The checks
// all reject, so the cheap ones come first.
func (sc *scratch) eligible(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == '-' || r == '*' || r == '•' || r == '–' || r == '—' || r == '|' || r == '#' {
		return false
	}
	// headings: no sentence-final punctuation
	last, size := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', '…':
	case '"', '”', '’', '\'', ')':
		// a closing quote or bracket ends a sentence when punctuation
		// closes the clause inside it: `... potential."` does, the
		// heading `Hewitt decries 'career sexism'` does not
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:len(s)-size], `"”’')`))
		switch before {
		case '.', '!', '?', '…':
		default:
			return false
		}
	default:
		return false
	}
	// site chrome comes in short lines
	if len(s) < 100 && sc.boilerplate(s) {
		return false
	}
	// a slash-separated header line ("Title/ Outlet/ CITY/ Byline/ ...")
	if strings.Count(s, "/ ") >= 3 {
		return false
	}
	// a number or a rank ("1.", "3.") in a results table says nothing
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if letters++; letters == 3 {
				return true
			}
		}
	}
	return false
}

// boilerplate reports whether s, lower-cased, contains a fragment of site
// chrome.
func (sc *scratch) boilerplate(s string) bool {
	buf := sc.lowerString(s)
	for i := 0; i+1 < len(buf); i++ {
		k := bigrams[uint16(buf[i])<<8|uint16(buf[i+1])]
		if k == 0 {
			continue
		}
		for _, b := range fragsByBigram[k-1] {
			if bytes.HasPrefix(buf[i:], b) {
				return true
			}
		}
	}
	return false
}

// bigrams maps the first two bytes of every boilerplate fragment to 1 +
// the index of the fragments starting with them in fragsByBigram (0: none),
// a cheap filter for the positions where one may start.
var bigrams, fragsByBigram = func() ([]uint8, [][][]byte) {
	t := make([]uint8, 1<<16)
	var frags [][][]byte
	for _, b := range boilerplateBytes {
		k := uint16(b[0])<<8 | uint16(b[1])
		if t[k] == 0 {
			frags = append(frags, nil)
			t[k] = uint8(len(frags))
		}
		frags[t[k]-1] = append(frags[t[k]-1], b)
	}
	return t, frags
}()

// quoteOnly reports whether s is entirely a direct quote.
func quoteOnly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r != '"' && r != '“' && r != '\'' && r != '‘' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '"' || last == '”' || last == '\'' || last == '’'
}

// stem strips common English suffixes ("ing", "ed", "es", "s", the first
// that fits and leaves more than three bytes) so that "talks" and "talk"
// meet.
func stem(w []byte) []byte {
	n := len(w)
	if n < 5 {
		return w
	}
	switch w[n-1] {
	case 'g':
		if n > 6 && w[n-2] == 'n' && w[n-3] == 'i' {
			return w[:n-3]
		}
	case 'd':
		if n > 5 && w[n-2] == 'e' {
			return w[:n-2]
		}
	case 's':
		if n > 5 && w[n-2] == 'e' {
			return w[:n-2]
		}
		return w[:n-1]
	}
	return w
}

// boilerplate are lower-case fragments of site chrome.
var boilerplate = []string{
	"you must register or login", "register or login to post", "post a comment",
	"click here", "read more:", "subscribe to", "sign up for", "all rights reserved",
	"follow us on", "share this article", "share on facebook", "copyright ©", "(c) copyright",
	"terms of use", "privacy policy", "cookie policy", "newsletter", "related articles",
	"advertisement", "this article was", "reporting by", "editing by", "image copyright",
	"getty images", "skip to content",
}

var boilerplateBytes = func() [][]byte {
	out := make([][]byte, len(boilerplate))
	for i, b := range boilerplate {
		out[i] = []byte(b)
	}
	return out
}()

// stop are function words ignored in overlap and centrality.
var stop = newPackedSet(stopWords)

var stopWords = map[string]bool{
	"the": true, "and": true, "for": true, "that": true, "with": true, "this": true,
	"from": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "been": true, "will": true, "would": true, "could": true, "should": true,
	"its": true, "their": true, "they": true, "them": true, "his": true, "her": true,
	"she": true, "him": true, "who": true, "which": true, "what": true, "when": true,
	"where": true, "but": true, "not": true, "also": true, "said": true, "says": true,
	"about": true, "than": true, "then": true, "there": true, "these": true, "those": true,
	"into": true, "over": true, "after": true, "before": true, "more": true, "most": true,
	"some": true, "such": true, "only": true, "other": true, "our": true, "out": true,
	"can": true, "did": true, "does": true, "all": true, "any": true, "one": true,
	"two": true, "new": true, "may": true, "might": true, "must": true, "being": true,
	"while": true, "because": true, "just": true, "very": true, "you": true, "your": true,
	"year": true, "years": true, "told": true, "added": true, "mr": true, "mrs": true, "ms": true,
}
