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
	ix.compactHits()
	return ix, bad
}

// sortPostings orders the entries of every posting list by their checks
// (required terms, then veto, then kind), so that a match reading a list
// meets the entries that share a required term one after the other: the
// branch on its presence is taken the same way for the whole run, and the
// stamps read stay in cache. Order within a list is otherwise free (the
// list is a set), so this changes no result; Add appends unsorted.
func (ix *Index) sortPostings() {
	type ent struct{ start, n int }
	var ents []ent
	var out []uint32
	for t, p := range ix.postings {
		ents = ents[:0]
		for i := 0; i < len(p); i += entryLen(p, i) {
			ents = append(ents, ent{i, entryLen(p, i)})
		}
		if len(ents) < 2 {
			continue
		}
		slices.SortStableFunc(ents, func(a, b ent) int {
			x, y := p[a.start:a.start+postHeaderLen], p[b.start:b.start+postHeaderLen]
			if c := cmp.Compare(x[1], y[1]); c != 0 {
				return c
			}
			if c := cmp.Compare(x[2], y[2]); c != 0 {
				return c
			}
			if c := cmp.Compare(x[3], y[3]); c != 0 {
				return c
			}
			return cmp.Compare(x[0]&postKind, y[0]&postKind)
		})
		out = out[:0]
		for _, e := range ents {
			out = append(out, p[e.start:e.start+e.n]...)
		}
		copy(p, out)
		ix.postings[t] = p
	}
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

// compactHits moves the hits of every rule into one array, in the order of
// the posting lists, so that the rules a story matches together (those
// anchored at the same term) have their hits side by side: copying them
// out reads memory in order rather than one scattered block per rule. It
// also drops the spare capacity of the per-rule slices. A rule that gains
// an alert later moves its hits out again (its slice is full).
func (ix *Index) compactHits() {
	arena := make([]Hit, 0, len(ix.alerts))
	placed := make([]bool, len(ix.rules))
	place := func(r uint32) {
		if placed[r] {
			return
		}
		placed[r] = true
		h := ix.hits[r]
		if len(h) == 0 {
			return
		}
		off := len(arena)
		arena = append(arena, h...)
		ix.hits[r] = arena[off:len(arena):len(arena)]
	}
	for _, p := range ix.postings {
		for i := 0; i < len(p); i += entryLen(p, i) {
			place(p[i] & postRule)
		}
	}
	for r := range ix.rules {
		place(uint32(r))
	}
}
