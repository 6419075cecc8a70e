package alerts

import (
	"encoding/binary"
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
// Design, in three layers:
//
//   - Terms. Every distinct term (field + normalised token sequence) of
//     every expression is interned once; a map from token to the terms that
//     begin with it finds, in one pass over the story's tokens, every term
//     the story contains (phrases are checked token by token from their
//     first). The result is a set of term IDs, kept as a generation-stamped
//     array: a term is present when its stamp is the current generation.
//   - Rules. Alerts with the same expression (after normalisation: "Putin"
//     and "putin" are one) share a rule: its compiled postfix program and
//     the ready Hits of all its alerts, copied out in one block on a match.
//     Evaluation, and everything below, is per distinct expression, not
//     per alert.
//   - Postings. A rule is filed under anchor terms, at least one of which
//     must be present for it to be true; in an AND the cheapest child's
//     anchors are taken, estimated from the terms (rarity.go), so common
//     words rarely anchor. Each posting entry also names a further term
//     that must be present on that path through the expression (the two
//     rarest required alongside the anchor) and, when the expression
//     then reduces to "not v", the veto term v. Entries with the same
//     checks are grouped, so a story rejects most candidates a group at a
//     time with two or three stamp reads, with no string work and no look
//     at the rule; an entry marked exact is a match when its checks pass,
//     and only the rest consult a truth table or evaluate the program.
//     Rules reached through several entries are deduplicated with a
//     generation-stamped array.
//
// A hash over normalised tokens was chosen over an Aho-Corasick automaton:
// terms always align to token boundaries after normalisation, so a token
// lookup finds the same matches, and Add and Remove update the index in
// place (O(terms of the expression), plus a scan of the anchor posting
// lists when the last alert of a rule goes) with no rebuild at all.
//
// An Index is safe for concurrent use: Match takes a read lock, Add and
// Remove a write lock. The zero value is not usable; call NewIndex, or
// BuildIndex to parse and index many alerts at once.
type Index struct {
	mu sync.RWMutex

	vocab map[string]uint32 // normalised token -> token ID (from 1)
	first [][]uint32        // token ID -> IDs of the terms starting with it

	terms     []termEntry       // by term ID; IDs termAlways and termNever are reserved
	termIDs   map[string]uint32 // term key -> term ID
	keyBuf    []byte            // scratch for term and rule keys, under mu
	freeTerms []uint32
	// postings maps a term ID to the entries of the rules anchored there,
	// as a stream of uint32 read in order (see posting).
	postings [][]uint32

	rules     []rule
	hits      [][]Hit           // by rule ID: the alerts with its expression
	ruleIDs   map[string]uint32 // rule key (its program) -> rule ID
	freeRules []uint32

	alerts map[string]alertLoc // alert ID -> where its Hit is

	pool sync.Pool // *scratch
}

// Reserved term IDs. termAlways is stamped present at the start of every
// match, so an entry that requires no further term names it; termNever is
// never present, so an entry without a veto names it.
const (
	termAlways uint32 = 0
	termNever  uint32 = 1
	firstTerm  uint32 = 2
)

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

// rule is one distinct expression; the alerts that use it are in
// Index.hits, kept apart so that a match reads a dense array.
type rule struct {
	prog []uint32 // postfix program; nil for a free rule
	key  string   // prog as bytes, the key in ruleIDs
	gens []uint32 // the distinct anchor terms it is filed under
	pins int32    // BuildIndex holds the rule while it may add to it
}

// alertLoc is where an alert's Hit is kept: Index.hits[rule][pos].
type alertLoc struct {
	rule, pos uint32
}

// A posting entry files a rule under a term, its anchor: the rule is
// considered when the story contains the anchor and both req and not veto.
// A term's posting list is a stream of uint32 words made of groups, each
// holding the entries that share their checks:
//
//	req[0], req[1]  terms required with the anchor, or termAlways
//	veto            a term whose presence decides false, or termNever
//	n               the length in words of the entries that follow
//
// so that a match rejects a whole group, unread, with its three stamp
// reads. Each entry starts with rule ID | kind | postMulti and is, by kind,
//
//	postExact  nothing more: the checks passing means a match
//	postTable  k, table, others[k]: a match when bit i of table is set, i
//	           having bit j set when others[j] is present
//	postProg   n, prog[n]: the program, to evaluate in place
//
// An exact entry, the common kind, is thus a single word. Add appends a
// group of one entry; BuildIndex sorts every list and merges the groups
// with equal checks (sortPostings).
const groupHeaderLen = 4

// entryLen returns the length of the posting entry starting at p[j].
func entryLen(p []uint32, j int) int {
	switch p[j] & postKind {
	case postExact:
		return 1
	case postTable:
		return 3 + int(p[j+1])
	}
	return 2 + int(p[j+1])
}

// Posting entry kinds and flags, in the top bits of its first word.
const (
	// postExact: when the checks pass the rule matches, no evaluation.
	postExact uint32 = 1 << 31
	// postTable: a truth table over the entry's few other terms decides.
	postTable uint32 = 1 << 30
	// postProg: the program decides.
	postProg uint32 = 0
	postKind        = postExact | postTable
	// postMulti: the rule has several entries; deduplicate.
	postMulti uint32 = 1 << 29
	postRule  uint32 = 1<<29 - 1
)

// forEachEntry calls f with the position of every entry of the posting
// list p.
func forEachEntry(p []uint32, f func(j int)) {
	for i := 0; i < len(p); {
		end := i + groupHeaderLen + int(p[i+3])
		for j := i + groupHeaderLen; j < end; j += entryLen(p, j) {
			f(j)
		}
		i = end
	}
}

// removeRuleEntries deletes the entries of rule r from the posting list p,
// and the groups left empty, in place.
func removeRuleEntries(p []uint32, r uint32) []uint32 {
	w := 0
	for i := 0; i < len(p); {
		end := i + groupHeaderLen + int(p[i+3])
		hdr := w
		copy(p[w:w+groupHeaderLen], p[i:i+groupHeaderLen])
		w += groupHeaderLen
		for j := i + groupHeaderLen; j < end; {
			n := entryLen(p, j)
			if p[j]&postRule != r {
				copy(p[w:], p[j:j+n])
				w += n
			}
			j += n
		}
		i = end
		if w == hdr+groupHeaderLen {
			w = hdr
		} else {
			p[hdr+3] = uint32(w - hdr - groupHeaderLen)
		}
	}
	clear(p[w:])
	return p[:w]
}

// scratch is the per-Match working memory, pooled.
type scratch struct {
	doc       docTokens
	ids       []uint32
	termStamp []uint32
	// ruleSeen has a bit set for each rule with several entries that
	// matched, so that it is not added twice; a bitset, not stamps, so
	// that it stays in the first-level cache. Cleared after each match.
	ruleSeen []uint64
	gen      uint32
	matched  []uint32 // terms present
	found    []uint32 // rules matched
	blocks   [][]Hit  // their hit lists
	// evals counts the programs evaluated by the last match and entries
	// the posting entries it examined (those of groups whose checks
	// passed), for benchmarks.
	evals, entries int
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{
		vocab:    make(map[string]uint32),
		first:    make([][]uint32, 1), // token ID 0 means "not in any term"
		terms:    make([]termEntry, firstTerm),
		postings: make([][]uint32, firstTerm),
		termIDs:  make(map[string]uint32),
		ruleIDs:  make(map[string]uint32),
		alerts:   make(map[string]alertLoc),
	}
}

// Len returns the number of alerts in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.alerts)
}

// Has reports whether an alert with this ID is indexed.
func (ix *Index) Has(id string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, ok := ix.alerts[id]
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
	r, err := ix.ruleFor(e)
	if err != nil {
		return fmt.Errorf("alerts: add alert %s: %w", id, err)
	}
	ix.addHitLocked(r, Hit{AlertID: id, UserID: userID})
	return nil
}

// addHitLocked files an alert under rule r, replacing any alert with the
// same ID.
func (ix *Index) addHitLocked(r uint32, h Hit) {
	if _, ok := ix.alerts[h.AlertID]; ok {
		// Pin r: removing the old alert must not free it.
		ix.rules[r].pins++
		ix.removeLocked(h.AlertID)
		ix.rules[r].pins--
	}
	ix.alerts[h.AlertID] = alertLoc{rule: r, pos: uint32(len(ix.hits[r]))}
	ix.hits[r] = append(ix.hits[r], h)
}

// ruleFor returns the rule of e, creating it when new. A new rule has no
// hits; the caller adds one or pins it.
func (ix *Index) ruleFor(e *Expr) (uint32, error) {
	n := e.nodes
	if n == 0 {
		n = countNodes(e.root)
	}
	var progArr [4*MaxTerms + 8]uint32
	prog := ix.compile(e.root, progArr[:0:min(n, len(progArr))])
	kb := ix.keyBuf[:0]
	for _, in := range prog {
		kb = binary.LittleEndian.AppendUint32(kb, in)
	}
	ix.keyBuf = kb
	if r, ok := ix.ruleIDs[string(kb)]; ok {
		ix.releaseProg(prog)
		return r, nil
	}
	paths, ok := ix.anchorPaths(e.root, prog)
	if !ok {
		// Parse rejects such expressions; keep the index consistent anyway.
		ix.releaseProg(prog)
		return 0, ErrMatchesEverything
	}
	ru := rule{prog: slices.Clone(prog), key: string(kb)}
	var r uint32
	if n := len(ix.freeRules); n > 0 {
		r = ix.freeRules[n-1]
		ix.freeRules = ix.freeRules[:n-1]
	} else {
		r = uint32(len(ix.rules))
		ix.rules = append(ix.rules, rule{})
		ix.hits = append(ix.hits, nil)
	}
	var checksArr [2 * MaxTerms]entryCheck
	checks := checksArr[:0]
	for _, p := range paths {
		c := classify(ru.prog, p.gen, p.req)
		if c.kind != checkNever {
			c.path = p
			checks = append(checks, c)
		}
	}
	flags := uint32(0)
	if len(checks) > 1 {
		flags = postMulti
	}
	for _, c := range checks {
		p := c.path
		e := append(ix.postings[p.gen], p.req[0], p.req[1], c.veto, 0, r|flags|uint32(c.kind))
		body := len(e) - 1
		switch c.kind {
		case postTable:
			e = append(e, uint32(len(c.others)), c.table)
			e = append(e, c.others...)
		case postProg:
			e = append(e, uint32(len(ru.prog)))
			e = append(e, ru.prog...)
		}
		e[body-1] = uint32(len(e) - body)
		ix.postings[p.gen] = e
		if !slices.Contains(ru.gens, p.gen) {
			ru.gens = append(ru.gens, p.gen)
		}
	}
	ix.rules[r] = ru
	ix.ruleIDs[ru.key] = r
	return r, nil
}

// countNodes returns the number of nodes of the tree under n.
func countNodes(n *Node) int {
	c := 1
	for _, k := range n.Kids {
		c += countNodes(k)
	}
	return c
}

// compile appends the postfix program of n to prog, interning its terms
// (each push takes a reference).
func (ix *Index) compile(n *Node, prog []uint32) []uint32 {
	switch n.Op {
	case OpTerm:
		return append(prog, opPush|ix.internTerm(n.Term))
	case OpNot:
		prog = ix.compile(n.Kids[0], prog)
		return append(prog, opNot)
	}
	for _, k := range n.Kids {
		prog = ix.compile(k, prog)
	}
	op := opAnd
	if n.Op == OpOr {
		op = opOr
	}
	return append(prog, op|uint32(len(n.Kids)))
}

// anchorPath is one way an expression can be true: gen present and both
// req present (and possibly more); req holds termAlways where there is
// nothing more to require, and is ordered rarest first.
type anchorPath struct {
	gen uint32
	req [2]uint32
}

// require records that t must be present on the path too, keeping the two
// rarest such terms.
func (p *anchorPath) require(t uint32, terms []termEntry) {
	if t == p.gen || t == p.req[0] || t == p.req[1] {
		return
	}
	rarer := func(a, b uint32) bool { return b == termAlways || terms[a].cost < terms[b].cost }
	switch {
	case rarer(t, p.req[0]):
		p.req[1], p.req[0] = p.req[0], t
	case rarer(t, p.req[1]):
		p.req[1] = t
	}
}

// anchorPaths returns the posting entries of an expression: a set of
// (anchor, required term) paths such that whenever the expression is true,
// some path has both terms present. ok is false when there is no such set
// (every term negated or optional). prog is the expression's program, whose
// pushes give the term IDs in the order the tree walk meets them.
func (ix *Index) anchorPaths(root *Node, prog []uint32) ([]anchorPath, bool) {
	var termsArr [MaxTerms + 1]uint32
	w := pathWalk{ix: ix, terms: termsArr[:0]}
	for _, in := range prog {
		if in&opMask == opPush {
			w.terms = append(w.terms, in&^opMask)
		}
	}
	// One allocation for the paths and necessary terms of all the terms.
	w.termPaths = make([]anchorPath, len(w.terms))
	w.termNec = slices.Clone(w.terms)
	res := w.walk(root, false)
	if !res.ok {
		return nil, false
	}
	out := res.paths[:0]
	for _, p := range res.paths {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, true
}

// pathWalk computes anchorPaths over one expression.
type pathWalk struct {
	ix    *Index
	terms []uint32 // term IDs in walk order
	next  int      // position of the next term of the walk
	// termPaths[i] and termNec[i] back the result of the i-th term.
	termPaths []anchorPath
	termNec   []uint32
}

// walkResult is what pathWalk.walk learns about a subtree.
type walkResult struct {
	paths []anchorPath
	cost  float64  // summed cost of the anchors
	ok    bool     // there are anchors
	nec   []uint32 // terms that must be present for the subtree to be true
}

// walk returns the anchor paths of n (or NOT n, when neg), with their
// summed estimated cost (see termCost) and the subtree's necessary terms.
// Where one child suffices (AND, or OR under negation) the child with the
// cheapest anchors is chosen, and the necessary terms of its siblings become
// candidates for each path's required term; the rarest is kept. So that a
// hot story makes few candidates: "talks" (place:Riyadh OR country:Qatar)
// is filed under the place and the country, each requiring "talks".
func (w *pathWalk) walk(n *Node, neg bool) walkResult {
	switch n.Op {
	case OpTerm:
		i := w.next
		t := w.terms[i]
		w.next++
		if neg {
			return walkResult{}
		}
		w.termPaths[i] = anchorPath{gen: t, req: [2]uint32{termAlways, termAlways}}
		return walkResult{paths: w.termPaths[i : i+1 : i+1],
			cost: float64(w.ix.terms[t].cost), ok: true, nec: w.termNec[i : i+1 : i+1]}
	case OpNot:
		return w.walk(n.Kids[0], !neg)
	}
	var kidsArr [8]walkResult
	kids := kidsArr[:0]
	for _, k := range n.Kids {
		kids = append(kids, w.walk(k, neg))
	}
	if (n.Op == OpAnd) != neg {
		// One child's anchors suffice: take the cheapest.
		best := -1
		for i, k := range kids {
			if k.ok && (best < 0 || k.cost < kids[best].cost ||
				k.cost == kids[best].cost && len(k.paths) < len(kids[best].paths)) {
				best = i
			}
		}
		var res walkResult
		for _, k := range kids {
			res.nec = append(res.nec, k.nec...)
		}
		if best < 0 {
			return res
		}
		res.ok, res.cost, res.paths = true, kids[best].cost, kids[best].paths
		for i := range res.paths {
			p := &res.paths[i]
			for j, k := range kids {
				if j == best {
					continue
				}
				for _, t := range k.nec {
					p.require(t, w.ix.terms)
				}
			}
		}
		return res
	}
	// Every child's anchors are needed; a term is necessary when it is
	// necessary for every child.
	res := walkResult{ok: true}
	for _, k := range kids {
		res.ok = res.ok && k.ok
		res.cost += k.cost
		res.paths = append(res.paths, k.paths...)
	}
	for _, t := range kids[0].nec {
		all := true
		for _, k := range kids[1:] {
			all = all && slices.Contains(k.nec, t)
		}
		if all && !slices.Contains(res.nec, t) {
			res.nec = append(res.nec, t)
		}
	}
	if !res.ok {
		res.paths = nil
	}
	return res
}

// maxTableTerms is the most terms, besides the anchor and the required
// ones, that a posting entry decides with a truth table (2^5 = 32 bits).
const maxTableTerms = 5

// Check kinds classify returns besides the posting kinds: an entry that can
// never be true, and is left out.
const checkNever uint32 = 1<<32 - 1

// entryCheck is how a posting entry decides, see classify.
type entryCheck struct {
	path   anchorPath
	kind   uint32 // postExact, postTable, postProg or checkNever
	veto   uint32
	table  uint32
	others []uint32
}

// termPatterns[j] has bit i set when bit j of i is: the values of the j-th
// term over the 32 assignments of five terms.
var termPatterns = [maxTableTerms]uint32{0xAAAAAAAA, 0xCCCCCCCC, 0xF0F0F0F0, 0xFF00FF00, 0xFFFF0000}

// classify decides how a posting entry (anchor gen, required terms req) of
// the program prog is checked. It evaluates the program once over every
// assignment of the other terms at a time, one bit per assignment, with
// gen and req present. When the result is always true the entry is exact;
// when it is the negation of one other term v it is exact with veto v
// ("Lavrov -Ukraine" under lavrov); when it is always false the entry can
// be left out ("Ukraine -Ukraine"); otherwise the truth table decides, or
// with more than maxTableTerms other terms the program.
func classify(prog []uint32, gen uint32, req [2]uint32) entryCheck {
	var othersArr [MaxTerms]uint32
	others := othersArr[:0]
	for _, in := range prog {
		if in&opMask == opPush {
			t := in &^ opMask
			if t != gen && t != req[0] && t != req[1] && !slices.Contains(others, t) {
				others = append(others, t)
			}
		}
	}
	if len(others) > maxTableTerms {
		return entryCheck{kind: postProg, veto: termNever}
	}
	full := uint32(1<<(1<<len(others)) - 1) // one bit per assignment
	if len(others) == maxTableTerms {
		full = 1<<32 - 1
	}
	var arr [2 * MaxTerms]uint32
	stack := arr[:0]
	for _, in := range prog {
		arg := in &^ opMask
		switch in & opMask {
		case opPush:
			v := full
			if i := slices.Index(others, arg); i >= 0 {
				v = termPatterns[i] & full
			}
			stack = append(stack, v)
		case opNot:
			stack[len(stack)-1] ^= full
		case opAnd:
			base := len(stack) - int(arg)
			v := full
			for _, b := range stack[base:] {
				v &= b
			}
			stack = append(stack[:base], v)
		case opOr:
			base := len(stack) - int(arg)
			v := uint32(0)
			for _, b := range stack[base:] {
				v |= b
			}
			stack = append(stack[:base], v)
		}
	}
	table := stack[0]
	switch table {
	case full:
		return entryCheck{kind: postExact, veto: termNever}
	case 0:
		return entryCheck{kind: checkNever}
	}
	for i, t := range others {
		if table == ^termPatterns[i]&full {
			return entryCheck{kind: postExact, veto: t}
		}
	}
	return entryCheck{kind: postTable, veto: termNever, table: table, others: slices.Clone(others)}
}

// Remove deletes the alert with this ID; it reports whether it was there.
func (ix *Index) Remove(id string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.removeLocked(id)
}

func (ix *Index) removeLocked(id string) bool {
	loc, ok := ix.alerts[id]
	if !ok {
		return false
	}
	delete(ix.alerts, id)
	hits := ix.hits[loc.rule]
	last := uint32(len(hits) - 1)
	if loc.pos != last {
		moved := hits[last]
		hits[loc.pos] = moved
		ix.alerts[moved.AlertID] = alertLoc{rule: loc.rule, pos: loc.pos}
	}
	hits[last] = Hit{}
	ix.hits[loc.rule] = hits[:last]
	ix.maybeFreeRule(loc.rule)
	return true
}

// maybeFreeRule frees rule r when no alert uses it and nothing pins it.
func (ix *Index) maybeFreeRule(r uint32) {
	ru := &ix.rules[r]
	if len(ix.hits[r]) > 0 || ru.pins > 0 {
		return
	}
	for _, t := range ru.gens {
		ix.postings[t] = removeRuleEntries(ix.postings[t], r)
	}
	ix.releaseProg(ru.prog)
	delete(ix.ruleIDs, ru.key)
	*ru = rule{}
	ix.hits[r] = nil
	ix.freeRules = append(ix.freeRules, r)
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
// reuse one buffer and allocate nothing. It copies every Hit; MatchRules
// finds the same alerts without copying them.
func (ix *Index) MatchAppend(dst []Hit, doc Doc) []Hit {
	sc := ix.getScratch()
	defer ix.pool.Put(sc)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ix.matchLocked(sc, &doc)
	return ix.appendHitsLocked(sc, dst)
}

// RuleRef is one distinct expression a story matched, as MatchRules returns
// it: a read-only view of the alerts that share the expression, inside the
// index's own storage.
//
// A RuleRef is valid only until the index next changes: Add and Remove
// move, overwrite and free the hits it refers to, so it must not be read
// after, or concurrently with, either (the caller serialises them, as the
// dispatcher does under its lock). It must never be written through.
type RuleRef struct {
	hits []Hit
}

// Hits returns the alerts of the matched rule, at least one. The slice is
// the index's storage: read it, do not modify or keep it (see RuleRef).
func (r RuleRef) Hits() []Hit { return r.hits }

// Len returns the number of alerts of the matched rule.
func (r RuleRef) Len() int { return len(r.hits) }

// MatchRules appends to dst the rules (distinct expressions) that match
// doc and returns the extended slice: the alerts that match are exactly
// the Hits of the refs, each appearing once. Unlike MatchAppend it copies
// no Hit, so its cost does not grow with the number of alerts that share
// an expression; the price is the lifetime of the result, which is valid
// only until the next Add or Remove (see RuleRef). Reusing dst across
// stories allocates nothing.
func (ix *Index) MatchRules(dst []RuleRef, doc Doc) []RuleRef {
	sc := ix.getScratch()
	defer ix.pool.Put(sc)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ix.matchLocked(sc, &doc)
	dst = slices.Grow(dst, len(sc.found))
	for _, r := range sc.found {
		dst = append(dst, RuleRef{hits: ix.hits[r]})
	}
	return dst
}

// getScratch returns pooled match memory.
func (ix *Index) getScratch() *scratch {
	sc, _ := ix.pool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	return sc
}

// match is MatchAppend with the scratch memory given.
func (ix *Index) match(sc *scratch, dst []Hit, doc *Doc) []Hit {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ix.matchLocked(sc, doc)
	return ix.appendHitsLocked(sc, dst)
}

// appendHitsLocked appends the hits of the rules matchLocked found to dst.
func (ix *Index) appendHitsLocked(sc *scratch, dst []Hit) []Hit {
	// Gather the hit lists first (independent loads, overlapped), then
	// copy them into a slice grown once.
	blocks := sc.blocks[:0]
	n := 0
	for _, r := range sc.found {
		h := ix.hits[r]
		blocks = append(blocks, h)
		n += len(h)
	}
	hits := slices.Grow(dst, n)
	for _, h := range blocks {
		hits = append(hits, h...)
	}
	clear(blocks) // do not keep the hit lists alive from the pool
	sc.blocks = blocks[:0]
	return hits
}

// matchLocked tokenizes doc and leaves in sc.found the rules it matches,
// each once. The caller holds ix.mu (read).
func (ix *Index) matchLocked(sc *scratch, doc *Doc) {
	sc.doc.load(doc)

	sc.next(len(ix.terms), len(ix.rules))
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
	stamp[termAlways] = gen
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

	// Rules anchored at a present term whose entry's checks pass: a group
	// whose checks fail is skipped whole.
	found := sc.found[:0]
	seen := sc.ruleSeen
	evals, entries := 0, 0
	for _, t := range matched {
		p := ix.postings[t]
		for i := 0; i+groupHeaderLen <= len(p); {
			req0, req1, veto, n := p[i], p[i+1], p[i+2], int(p[i+3])
			body := p[i+groupHeaderLen : i+groupHeaderLen+n]
			i += groupHeaderLen + n
			if stamp[req0] != gen || stamp[req1] != gen || stamp[veto] == gen {
				continue
			}
			for j := 0; j < len(body); {
				head := body[j]
				entries++
				switch head & postKind {
				case postExact:
					j++
				case postTable:
					k := int(body[j+1])
					table := body[j+2]
					others := body[j+3 : j+3+k]
					j += 3 + k
					a := 0
					for b, t := range others {
						if stamp[t] == gen {
							a |= 1 << b
						}
					}
					if table>>a&1 == 0 {
						continue
					}
				default:
					k := int(body[j+1])
					prog := body[j+2 : j+2+k]
					j += 2 + k
					evals++
					if !eval(prog, stamp, gen) {
						continue
					}
				}
				r := head & postRule
				if head&postMulti != 0 {
					if seen[r/64]&(1<<(r%64)) != 0 {
						continue
					}
					seen[r/64] |= 1 << (r % 64)
				}
				found = append(found, r)
			}
		}
	}
	sc.found = found
	sc.evals, sc.entries = evals, entries
	for _, r := range found {
		seen[r/64] = 0
	}
}

// next starts a new match generation, growing the stamp arrays to the
// index's current size.
func (sc *scratch) next(nterms, nrules int) {
	if n := nterms - len(sc.termStamp); n > 0 {
		sc.termStamp = append(sc.termStamp, make([]uint32, n)...)
	}
	if n := (nrules+63)/64 - len(sc.ruleSeen); n > 0 {
		sc.ruleSeen = append(sc.ruleSeen, make([]uint64, n)...)
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: old stamps could collide
		clear(sc.termStamp)
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
