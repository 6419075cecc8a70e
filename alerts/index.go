package alerts

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Hit is one alert that matched a story.
type Hit struct {
	AlertID string
	UserID  string
}

// Index matches stories against every user's alert expressions at once.
//
// Design: a token-hash index. Every distinct term (field + normalised
// token sequence) of every expression is interned once; a map from token to
// the terms that begin with it finds, in one pass over the story's tokens,
// every term the story contains (phrases are checked token by token from
// their first). Each expression is indexed under a small set of its
// positive terms, its generators, of which at least one must be present
// for the expression to be true; where there is a choice (the children of
// an AND) the set least likely to occur in a story is taken, estimated from
// the terms (rarity.go, pickGenerators), so a hot story reaches few
// expressions that turn out not to match. Only expressions reached through
// a present generator are candidates, and only those are evaluated, from a compact postfix program stored in the posting list
// itself so that evaluation reads memory in order. Single-term alerts are
// stored as ready Hits under their term and copied out; an OR of terms is a
// hit without evaluation.
//
// A hash over normalised tokens was chosen over an Aho-Corasick automaton:
// terms always align to token boundaries after normalisation, so a token
// lookup finds the same matches, and Add and Remove update the index in
// place (O(terms of the expression), plus a scan of the posting lists the
// expression is in on Remove) with no rebuild at all.
//
// An Index is safe for concurrent use: Match takes a read lock, Add and
// Remove a write lock. The zero value is not usable; call NewIndex, or
// BuildIndex to parse and index many alerts at once.
type Index struct {
	mu sync.RWMutex

	vocab map[string]uint32 // normalised token -> token ID (from 1)
	first [][]uint32        // token ID -> IDs of the terms starting with it

	terms     []termEntry
	termIDs   map[string]uint32 // term key -> term ID
	keyBuf    []byte            // scratch for term keys, under mu
	genBuf    []uint32          // scratch for generators, under mu
	freeTerms []uint32
	// postings maps a term ID to the expressions it generates, as a stream
	// of entries [slot, header, program...] so that evaluating candidates
	// reads memory in order; see postingHeader.
	postings [][]uint32
	// hits holds the Hit of every slot; read only for matches.
	hits []Hit
	// Single-term alerts skip the postings: their hits are stored ready to
	// copy, by term, with the slots alongside for Remove.
	singles     [][]Hit
	singleSlots [][]int32

	exprs     []compiled
	slots     map[string]int32 // alert ID -> slot
	freeSlots []int32

	pool sync.Pool // *scratch
}

type termEntry struct {
	key   string
	field Field
	toks  []uint32
	refs  int32
	cost  float32 // termCost
}

// Program opcodes, in the top two bits of an instruction; the rest is a term
// ID (opPush) or an operand count (opAnd, opOr).
const (
	opPush uint32 = iota << 30
	opNot
	opAnd
	opOr
	opMask = 3 << 30
)

type compiled struct {
	prog []uint32 // postfix; nil for a free slot
	gens []uint32 // generator term IDs, distinct
	kind exprKind
}

type exprKind uint8

const (
	kindGeneral exprKind = iota // evaluate prog
	kindSimple                  // an OR of terms: any present generator means a match
	kindSingle                  // one term: kept in Index.singles
)

// Posting entry header: the program length, and flags.
const (
	postSimple   uint32 = 1 << 31 // an OR of terms: a match without evaluation
	postMultiGen uint32 = 1 << 30 // reachable from several terms: dedupe
	postLenMask  uint32 = 1<<30 - 1
)

// postingHeader returns the header of a compiled expression's posting
// entries; the entry is [slot, header] followed, unless the expression is
// simple, by its program.
func postingHeader(c *compiled) uint32 {
	h := uint32(len(c.prog))
	if c.kind == kindSimple {
		h = postSimple
	}
	if len(c.gens) > 1 {
		h |= postMultiGen
	}
	return h
}

// entryLen returns the length of the posting entry starting at p[i].
func entryLen(p []uint32, i int) int {
	h := p[i+1]
	if h&postSimple != 0 {
		return 2
	}
	return 2 + int(h&postLenMask)
}

// scratch is the per-Match working memory, pooled.
type scratch struct {
	doc       docTokens
	ids       []uint32
	termStamp []uint32
	exprStamp []uint32
	gen       uint32
	matched   []uint32
	// evals counts the candidates evaluated by the last match, for
	// benchmarks.
	evals int
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{
		vocab:   make(map[string]uint32),
		first:   make([][]uint32, 1), // token ID 0 means "not in any term"
		termIDs: make(map[string]uint32),
		slots:   make(map[string]int32),
	}
}

// Len returns the number of alerts in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.slots)
}

// Has reports whether an alert with this ID is indexed.
func (ix *Index) Has(id string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, ok := ix.slots[id]
	return ok
}

// Add indexes the alert id of userID, replacing any alert with the same ID.
// It fails only for a nil expression or an empty ID.
func (ix *Index) Add(id string, userID string, e *Expr) error {
	if e == nil || e.root == nil {
		return errors.New("alerts: add alert: nil expression")
	}
	if id == "" {
		return errors.New("alerts: add alert: empty alert ID")
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, ok := ix.slots[id]; ok {
		ix.removeLocked(id)
	}
	n := e.nodes
	if n == 0 {
		n = countNodes(e.root)
	}
	c := compiled{prog: make([]uint32, 0, n)}
	var termsArr [MaxTerms]termRef
	c.prog, _ = ix.compile(e.root, c.prog, termsArr[:0])
	terms := termsArr[:0]
	for _, in := range c.prog {
		if in&opMask == opPush {
			id := in &^ opMask
			terms = append(terms, termRef{id: id, cost: ix.terms[id].cost})
		}
	}
	gens, _, ok := pickGenerators(e.root, false, terms, 0, ix.genBuf[:0])
	ix.genBuf = gens[:0]
	if !ok {
		// Parse rejects such expressions; keep the index consistent anyway.
		ix.releaseProg(c.prog)
		return fmt.Errorf("alerts: add alert %s: %w", id, ErrMatchesEverything)
	}
	distinct := 0
	for i, g := range gens {
		if !slices.Contains(gens[:i], g) {
			gens[distinct] = g
			distinct++
		}
	}
	c.gens = slices.Clone(gens[:distinct])
	switch e.root.Op {
	case OpTerm:
		c.kind = kindSingle
	case OpOr:
		c.kind = kindSimple
		for _, k := range e.root.Kids {
			if k.Op != OpTerm {
				c.kind = kindGeneral
			}
		}
	}
	var slot int32
	if n := len(ix.freeSlots); n > 0 {
		slot = ix.freeSlots[n-1]
		ix.freeSlots = ix.freeSlots[:n-1]
		ix.exprs[slot] = c
		ix.hits[slot] = Hit{AlertID: id, UserID: userID}
	} else {
		slot = int32(len(ix.exprs))
		ix.exprs = append(ix.exprs, c)
		ix.hits = append(ix.hits, Hit{AlertID: id, UserID: userID})
	}
	ix.slots[id] = slot
	if c.kind == kindSingle {
		t := c.gens[0]
		ix.singles[t] = append(ix.singles[t], Hit{AlertID: id, UserID: userID})
		ix.singleSlots[t] = append(ix.singleSlots[t], slot)
		return nil
	}
	h := postingHeader(&c)
	for _, t := range c.gens {
		p := append(ix.postings[t], uint32(slot), h)
		if c.kind != kindSimple {
			p = append(p, c.prog...)
		}
		ix.postings[t] = p
	}
	return nil
}

// termRef is a term of an expression being added, by its position in the
// expression (the order of the program's pushes).
type termRef struct {
	id   uint32
	cost float32
}

// countNodes returns the number of nodes of the tree under n.
func countNodes(n *Node) int {
	c := 1
	for _, k := range n.Kids {
		c += countNodes(k)
	}
	return c
}

// compile appends the postfix program of n to prog, interning its terms.
func (ix *Index) compile(n *Node, prog []uint32, terms []termRef) ([]uint32, []termRef) {
	switch n.Op {
	case OpTerm:
		return append(prog, opPush|ix.internTerm(n.Term)), terms
	case OpNot:
		prog, terms = ix.compile(n.Kids[0], prog, terms)
		return append(prog, opNot), terms
	}
	for _, k := range n.Kids {
		prog, terms = ix.compile(k, prog, terms)
	}
	op := opAnd
	if n.Op == OpOr {
		op = opOr
	}
	return append(prog, op|uint32(len(n.Kids))), terms
}

// pickGenerators is generators over term IDs, choosing by rarity: it
// appends to acc the IDs of terms of which at least one must be present
// for n (or NOT n, when neg) to be true, and returns their summed cost
// (the estimated chance that a story contains each, see termCost); ok is
// false when there is no such set. terms holds the expression's terms in
// the order the walk meets them, next is the position of n's first term;
// the number of terms under n is consumed. Where one child's set suffices
// (AND, or OR under negation) the cheapest is chosen, so that a hot story
// makes few candidates: "talks" (place:Riyadh OR country:Qatar) is
// indexed under the place and the country, not under "talks".
func pickGenerators(n *Node, neg bool, terms []termRef, next int, acc []uint32) (out []uint32, cost float64, ok bool) {
	out, cost, ok, _ = pickGens(n, neg, terms, next, acc)
	return out, cost, ok
}

func pickGens(n *Node, neg bool, terms []termRef, next int, acc []uint32) ([]uint32, float64, bool, int) {
	switch n.Op {
	case OpTerm:
		t := terms[next]
		if neg {
			return acc, 0, false, next + 1
		}
		return append(acc, t.id), float64(t.cost), true, next + 1
	case OpNot:
		return pickGens(n.Kids[0], !neg, terms, next, acc)
	}
	base := len(acc)
	if (n.Op == OpAnd) != neg {
		// One child's set suffices: keep the cheapest at acc[base:].
		bestLen, bestCost, found := 0, 0.0, false
		for _, k := range n.Kids {
			start := base + bestLen
			var c float64
			var ok bool
			acc, c, ok, next = pickGens(k, neg, terms, next, acc[:start])
			l := len(acc) - start
			if ok && (!found || c < bestCost || c == bestCost && l < bestLen) {
				copy(acc[base:], acc[start:])
				bestLen, bestCost, found = l, c, true
			}
			acc = acc[:base+bestLen]
		}
		return acc, bestCost, found, next
	}
	all := true
	sum := 0.0
	for _, k := range n.Kids {
		var c float64
		var ok bool
		acc, c, ok, next = pickGens(k, neg, terms, next, acc)
		all = all && ok
		sum += c
	}
	return acc, sum, all, next
}

// Remove deletes the alert with this ID; it reports whether it was there.
func (ix *Index) Remove(id string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.removeLocked(id)
}

func (ix *Index) removeLocked(id string) bool {
	slot, ok := ix.slots[id]
	if !ok {
		return false
	}
	c := &ix.exprs[slot]
	if c.kind == kindSingle {
		t := c.gens[0]
		ss, hs := ix.singleSlots[t], ix.singles[t]
		for i := range ss {
			if ss[i] == slot {
				last := len(ss) - 1
				ss[i], hs[i] = ss[last], hs[last]
				hs[last] = Hit{}
				ix.singleSlots[t], ix.singles[t] = ss[:last], hs[:last]
				break
			}
		}
	}
	for _, t := range c.gens {
		if c.kind == kindSingle {
			break
		}
		p := ix.postings[t]
		for i := 0; i < len(p); i += entryLen(p, i) {
			if p[i] == uint32(slot) {
				p = append(p[:i], p[i+entryLen(p, i):]...)
				break
			}
		}
		ix.postings[t] = p
	}
	ix.releaseProg(c.prog)
	*c = compiled{}
	ix.hits[slot] = Hit{}
	delete(ix.slots, id)
	ix.freeSlots = append(ix.freeSlots, slot)
	return true
}

// releaseProg drops one reference to every term the program pushes.
func (ix *Index) releaseProg(prog []uint32) {
	for _, in := range prog {
		if in&opMask == opPush {
			ix.releaseTerm(in &^ opMask)
		}
	}
}

// internTerm returns the ID of the term, adding it when new, and takes a
// reference to it.
func (ix *Index) internTerm(t *Term) uint32 {
	kb := append(ix.keyBuf[:0], byte(t.Field))
	for _, tok := range t.tokens {
		kb = append(kb, ' ')
		kb = append(kb, tok...)
	}
	ix.keyBuf = kb
	if id, ok := ix.termIDs[string(kb)]; ok {
		ix.terms[id].refs++
		return id
	}
	key := string(kb)
	toks := make([]uint32, len(t.tokens))
	for i, tok := range t.tokens {
		v, ok := ix.vocab[tok]
		if !ok {
			v = uint32(len(ix.first))
			ix.vocab[strings.Clone(tok)] = v // tok shares memory with its expression
			ix.first = append(ix.first, nil)
		}
		toks[i] = v
	}
	e := termEntry{key: key, field: t.Field, toks: toks, refs: 1, cost: termCost(t)}
	var id uint32
	if n := len(ix.freeTerms); n > 0 {
		id = ix.freeTerms[n-1]
		ix.freeTerms = ix.freeTerms[:n-1]
		ix.terms[id] = e
	} else {
		id = uint32(len(ix.terms))
		ix.terms = append(ix.terms, e)
		ix.postings = append(ix.postings, nil)
		ix.singles = append(ix.singles, nil)
		ix.singleSlots = append(ix.singleSlots, nil)
	}
	ix.termIDs[key] = id
	if len(toks) > 0 {
		ix.first[toks[0]] = append(ix.first[toks[0]], id)
	}
	return id
}

// releaseTerm drops a reference to a term and frees it at zero. Tokens stay
// in the vocabulary (it is bounded by the distinct words ever used).
func (ix *Index) releaseTerm(id uint32) {
	e := &ix.terms[id]
	e.refs--
	if e.refs > 0 {
		return
	}
	if len(e.toks) > 0 {
		l := ix.first[e.toks[0]]
		for i := range l {
			if l[i] == id {
				l[i] = l[len(l)-1]
				l = l[:len(l)-1]
				break
			}
		}
		ix.first[e.toks[0]] = l
	}
	delete(ix.termIDs, e.key)
	*e = termEntry{}
	ix.postings[id] = nil
	ix.singles[id] = nil
	ix.singleSlots[id] = nil
	ix.freeTerms = append(ix.freeTerms, id)
}

// Match returns the alerts that match doc, in no particular order, or nil.
// Each alert appears at most once.
func (ix *Index) Match(doc Doc) []Hit {
	hits := ix.MatchAppend(nil, doc)
	if len(hits) == 0 {
		return nil
	}
	return hits
}

// MatchAppend appends the alerts that match doc to dst and returns the
// extended slice, like Match; a caller matching a stream of stories can
// reuse one buffer and allocate nothing.
func (ix *Index) MatchAppend(dst []Hit, doc Doc) []Hit {
	sc, _ := ix.pool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer ix.pool.Put(sc)
	return ix.match(sc, dst, &doc)
}

// match is MatchAppend with the scratch memory given.
func (ix *Index) match(sc *scratch, dst []Hit, doc *Doc) []Hit {
	sc.doc.load(doc)

	ix.mu.RLock()
	defer ix.mu.RUnlock()

	sc.next(len(ix.terms), len(ix.exprs))
	gen := sc.gen
	toks := sc.doc.tz.toks
	buf := sc.doc.tz.buf
	ids := sc.ids[:0]
	for _, s := range toks {
		ids = append(ids, ix.vocab[string(buf[s.start:s.end])])
	}
	sc.ids = ids

	// Terms present in the document.
	matched := sc.matched[:0]
	stamp := sc.termStamp
	for _, r := range sc.doc.regions {
		for i := r.first; i < r.last; i++ {
			id := ids[i]
			if id == 0 {
				continue
			}
		terms:
			for _, t := range ix.first[id] {
				if stamp[t] == gen {
					continue
				}
				te := &ix.terms[t]
				if !fieldMatches(te.field, r.kind) || i+len(te.toks) > r.last {
					continue
				}
				for j := 1; j < len(te.toks); j++ {
					if ids[i+j] != te.toks[j] {
						continue terms
					}
				}
				stamp[t] = gen
				matched = append(matched, t)
			}
		}
	}
	sc.matched = matched

	// Single-term alerts are hits as they are; other alerts reached through
	// a present generator are candidates, evaluated unless simple.
	n := 0
	for _, t := range matched {
		n += len(ix.singles[t])
	}
	hits := dst
	if n > 0 {
		hits = slices.Grow(dst, n+16)
	}
	for _, t := range matched {
		hits = append(hits, ix.singles[t]...)
	}
	estamp := sc.exprStamp
	evals := 0
	for _, t := range matched {
		p := ix.postings[t]
		for i := 0; i < len(p); {
			slot, h := p[i], p[i+1]
			i += 2
			if h&postMultiGen != 0 {
				if estamp[slot] == gen {
					if h&postSimple == 0 {
						i += int(h & postLenMask)
					}
					continue
				}
				estamp[slot] = gen
			}
			if h&postSimple != 0 {
				hits = append(hits, ix.hits[slot])
				continue
			}
			n := int(h & postLenMask)
			evals++
			if eval(p[i:i+n], stamp, gen) {
				hits = append(hits, ix.hits[slot])
			}
			i += n
		}
	}
	sc.evals = evals
	return hits
}

// next starts a new match generation, growing the stamp arrays to the
// index's current size.
func (sc *scratch) next(nterms, nexprs int) {
	if n := nterms - len(sc.termStamp); n > 0 {
		sc.termStamp = append(sc.termStamp, make([]uint32, n)...)
	}
	if n := nexprs - len(sc.exprStamp); n > 0 {
		sc.exprStamp = append(sc.exprStamp, make([]uint32, n)...)
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: old stamps could collide
		clear(sc.termStamp)
		clear(sc.exprStamp)
		sc.gen = 1
	}
}

// eval runs a postfix program; a term is true when its stamp is gen.
func eval(prog []uint32, stamp []uint32, gen uint32) bool {
	var arr [2 * MaxTerms]bool
	stack := arr[:0]
	for _, in := range prog {
		arg := in &^ opMask
		switch in & opMask {
		case opPush:
			stack = append(stack, stamp[arg] == gen)
		case opNot:
			stack[len(stack)-1] = !stack[len(stack)-1]
		case opAnd:
			base := len(stack) - int(arg)
			v := true
			for _, b := range stack[base:] {
				v = v && b
			}
			stack = append(stack[:base], v)
		case opOr:
			base := len(stack) - int(arg)
			v := false
			for _, b := range stack[base:] {
				v = v || b
			}
			stack = append(stack[:base], v)
		}
	}
	return len(stack) == 1 && stack[0]
}
