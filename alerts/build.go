package alerts

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Source is an alert to index, by the text of its expression, as stored.
type Source struct {
	ID, UserID, Expression string
}

// BuildError is an alert BuildIndex could not index.
type BuildError struct {
	// Index is the position of the alert in the sources.
	Index int
	ID    string
	// Err is the parse error (a *SyntaxError) or the Add error.
	Err error
}

// Error implements error.
func (e BuildError) Error() string { return fmt.Sprintf("alerts: alert %s: %v", e.ID, e.Err) }

// Unwrap returns Err.
func (e BuildError) Unwrap() error { return e.Err }

// BuildIndex parses every source and returns an index of those that parse,
// with an error for each that does not (an expression stored before a
// syntax change, say); the index is usable either way. With duplicate IDs
// the last source wins, as with repeated Add.
//
// Sources with the same expression text are parsed once: many users
// follow the same names ("Putin", "Ukraine ceasefire"), and all of them
// share one rule of the index anyway. The build runs on the calling
// goroutine; parsing in parallel would cut the wall time of a restart but
// not the CPU time, which is the cost that matters on a shared host.
func BuildIndex(srcs []Source) (*Index, []BuildError) {
	ix := NewIndex()
	if len(srcs) == 0 {
		return ix, nil
	}
	ix.alerts = make(map[string]alertLoc, len(srcs))
	type parsed struct {
		rule uint32
		err  error
	}
	// Sized for a quarter of the sources distinct, to spare most rehashing.
	cache := make(map[string]parsed, len(srcs)/4)
	ix.ruleIDs = make(map[string]uint32, len(srcs)/4)
	ix.rules = make([]rule, 0, len(srcs)/4)
	ix.hits = make([][]Hit, 0, len(srcs)/4)
	var bad []BuildError
	// locs[i] is where source i's Hit went; dups holds the IDs seen more
	// than once, whose earlier hits are dropped at the end (a map
	// assignment that does not grow the map finds them without a lookup
	// per source).
	locs := make([]alertLoc, len(srcs))
	var dups map[string]bool
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for i, s := range srcs {
		locs[i] = alertLoc{rule: noRule}
		p, ok := cache[s.Expression]
		if !ok {
			e, err := Parse(s.Expression)
			if err == nil {
				p.rule, p.err = ix.ruleFor(e)
				if p.err == nil {
					// Pinned so that replacing its only alert (a duplicate ID)
					// cannot free it while the cache still names it.
					ix.rules[p.rule].pins++
				}
			} else {
				p.err = err
			}
			cache[s.Expression] = p
		}
		if p.err == nil && s.ID == "" {
			p.err = errors.New("empty alert ID")
		}
		if p.err != nil {
			bad = append(bad, BuildError{Index: i, ID: s.ID, Err: p.err})
			continue
		}
		loc := alertLoc{rule: p.rule, pos: uint32(len(ix.hits[p.rule]))}
		ix.hits[p.rule] = append(ix.hits[p.rule], Hit{AlertID: s.ID, UserID: s.UserID})
		n := len(ix.alerts)
		ix.alerts[s.ID] = loc
		locs[i] = loc
		if len(ix.alerts) == n {
			if dups == nil {
				dups = make(map[string]bool)
			}
			dups[s.ID] = true
		}
	}
	if len(dups) > 0 {
		ix.dropReplaced(srcs, locs, dups)
	}
	for _, p := range cache {
		if p.err == nil {
			ix.rules[p.rule].pins--
			ix.maybeFreeRule(p.rule)
		}
	}
	ix.sortPostings()
	ix.renumberRules()
	ix.compactHits()
	return ix, bad
}

// sortPostings orders the entries of every posting list by their checks
// (required terms, then veto, then kind) and merges those with equal
// checks into one group, so that a match rejects them all with one test
// and the stamps it reads stay in cache. Order within a list is otherwise
// free (the list is a set), so this changes no result. Each list is copied
// to an exact-size slice, dropping the spare capacity of appends.
func (ix *Index) sortPostings() {
	type ent struct {
		req0, req1, veto uint32
		start, n         int
	}
	var ents []ent
	var out []uint32
	for t, p := range ix.postings {
		ents = ents[:0]
		for i := 0; i < len(p); {
			end := i + groupHeaderLen + int(p[i+3])
			for j := i + groupHeaderLen; j < end; j += entryLen(p, j) {
				ents = append(ents, ent{p[i], p[i+1], p[i+2], j, entryLen(p, j)})
			}
			i = end
		}
		slices.SortStableFunc(ents, func(a, b ent) int {
			if c := cmp.Compare(a.req0, b.req0); c != 0 {
				return c
			}
			if c := cmp.Compare(a.req1, b.req1); c != 0 {
				return c
			}
			if c := cmp.Compare(a.veto, b.veto); c != 0 {
				return c
			}
			// Exact entries first, then tables, then programs.
			return cmp.Compare(p[b.start]&postKind, p[a.start]&postKind)
		})
		out = out[:0]
		hdr := -1
		for k, e := range ents {
			if k == 0 || e.req0 != ents[k-1].req0 || e.req1 != ents[k-1].req1 || e.veto != ents[k-1].veto {
				if hdr >= 0 {
					out[hdr+3] = uint32(len(out) - hdr - groupHeaderLen)
				}
				hdr = len(out)
				out = append(out, e.req0, e.req1, e.veto, 0)
			}
			out = append(out, p[e.start:e.start+e.n]...)
		}
		if hdr >= 0 {
			out[hdr+3] = uint32(len(out) - hdr - groupHeaderLen)
		}
		if len(out) == 0 {
			ix.postings[t] = nil
		} else {
			ix.postings[t] = slices.Clone(out)
		}
	}
}

// renumberRules gives the rules new IDs in the order the posting lists
// name them (lists in term order, entries in list order), so that the rules
// a story matches together, anchored at the same term, have neighbouring
// IDs: the match's seen bitset and hit lists are then read in order rather
// than scattered over the table. Free rules are dropped. The caller holds
// ix.mu.
func (ix *Index) renumberRules() {
	perm := make([]uint32, len(ix.rules)) // old ID -> new ID + 1; 0 is none
	next := uint32(0)
	assign := func(r uint32) {
		if perm[r] == 0 {
			next++
			perm[r] = next
		}
	}
	for _, p := range ix.postings {
		forEachEntry(p, func(j int) { assign(p[j] & postRule) })
	}
	for r := range ix.rules {
		if ix.rules[r].prog != nil {
			assign(uint32(r))
		}
	}
	rules := make([]rule, next)
	hits := make([][]Hit, next)
	for old, nw := range perm {
		if nw != 0 {
			rules[nw-1] = ix.rules[old]
			hits[nw-1] = ix.hits[old]
		}
	}
	for _, p := range ix.postings {
		forEachEntry(p, func(j int) { p[j] = p[j]&^postRule | (perm[p[j]&postRule] - 1) })
	}
	for k, r := range ix.ruleIDs {
		ix.ruleIDs[k] = perm[r] - 1
	}
	for id, loc := range ix.alerts {
		loc.rule = perm[loc.rule] - 1
		ix.alerts[id] = loc
	}
	ix.rules, ix.hits, ix.freeRules = rules, hits, nil
}

// noRule marks a source that was not indexed.
const noRule = 1<<32 - 1

// dropReplaced removes the hits of sources whose ID a later source reused:
// the alerts map already names the last one.
func (ix *Index) dropReplaced(srcs []Source, locs []alertLoc, dups map[string]bool) {
	var stale []alertLoc
	for i, s := range srcs {
		if locs[i].rule != noRule && dups[s.ID] && ix.alerts[s.ID] != locs[i] {
			stale = append(stale, locs[i])
		}
	}
	// Last positions first within a rule, so that the hit moved into a
	// freed position is never one still to be dropped.
	slices.SortFunc(stale, func(a, b alertLoc) int {
		if a.rule != b.rule {
			return cmp.Compare(a.rule, b.rule)
		}
		return cmp.Compare(b.pos, a.pos)
	})
	for _, loc := range stale {
		hits := ix.hits[loc.rule]
		last := uint32(len(hits) - 1)
		if loc.pos != last {
			moved := hits[last]
			hits[loc.pos] = moved
			ix.alerts[moved.AlertID] = loc
		}
		hits[last] = Hit{}
		ix.hits[loc.rule] = hits[:last]
	}
}

// compactHits moves the hits of every rule into one array, in rule order
// (which renumberRules made the order of the posting lists), so that the
// rules a story matches together have their hits side by side: copying
// them out reads memory in order rather than one scattered block per rule.
// It also drops the spare capacity of the per-rule slices. A rule that
// gains an alert later moves its hits out again (its slice is full).
func (ix *Index) compactHits() {
	arena := make([]Hit, 0, len(ix.alerts))
	for r, h := range ix.hits {
		if len(h) == 0 {
			continue
		}
		off := len(arena)
		arena = append(arena, h...)
		ix.hits[r] = arena[off:len(arena):len(arena)]
	}
}
