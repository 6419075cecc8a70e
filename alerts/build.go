package alerts

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
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

// buildChunk is how many expressions a worker parses at a time.
const buildChunk = 512

// BuildIndex parses every source and returns an index of those that parse,
// with an error for each that does not (an expression stored before a
// syntax change, say); the index is usable either way. Parsing runs on
// runtime.GOMAXPROCS(0) workers while the calling goroutine adds the
// parsed expressions in order, at most a few chunks behind, so that the
// parsed trees never pile up. With duplicate IDs the last source wins, as
// with repeated Add.
func BuildIndex(srcs []Source) (*Index, []BuildError) {
	ix := NewIndex()
	ix.grow(len(srcs))
	nchunks := (len(srcs) + buildChunk - 1) / buildChunk
	if nchunks == 0 {
		return ix, nil
	}
	workers := min(runtime.GOMAXPROCS(0), nchunks)
	exprs := make([]*Expr, len(srcs))
	errs := make([]error, len(srcs))
	done := make([]chan struct{}, nchunks)
	for i := range done {
		done[i] = make(chan struct{})
	}
	// ahead bounds the chunks parsed but not yet added.
	ahead := make(chan struct{}, 2*workers)
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				select {
				case ahead <- struct{}{}:
				case <-stop:
					return
				}
				c := int(next.Add(1) - 1)
				if c >= nchunks {
					return
				}
				for i := c * buildChunk; i < min((c+1)*buildChunk, len(srcs)); i++ {
					exprs[i], errs[i] = Parse(srcs[i].Expression)
				}
				close(done[c])
			}
		})
	}
	var bad []BuildError
	for c := range nchunks {
		<-done[c]
		for i := c * buildChunk; i < min((c+1)*buildChunk, len(srcs)); i++ {
			if errs[i] == nil {
				errs[i] = ix.Add(srcs[i].ID, srcs[i].UserID, exprs[i])
			}
			if errs[i] != nil {
				bad = append(bad, BuildError{Index: i, ID: srcs[i].ID, Err: errs[i]})
			}
			exprs[i] = nil
		}
		<-ahead
	}
	close(stop)
	wg.Wait()
	return ix, bad
}

// grow makes room for n more alerts, to spare an empty index the rehashing
// of a bulk load.
func (ix *Index) grow(n int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if len(ix.slots) == 0 {
		ix.slots = make(map[string]int32, n)
	}
	ix.exprs = slices.Grow(ix.exprs, n)
	ix.hits = slices.Grow(ix.hits, n)
}
