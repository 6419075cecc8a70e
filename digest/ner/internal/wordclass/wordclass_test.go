package wordclass

import (
	"math/rand/v2"
	"testing"
)

// TestExchangeGroupsByContext builds text from three word groups that
// always follow each other (determiners, nouns, verbs, then a stop) and
// checks that each group ends in one class of its own and that the
// likelihood rose from the starting classes.
func TestExchangeGroupsByContext(t *testing.T) {
	groups := [][]int32{{0, 1}, {2, 3, 4, 5}, {6, 7, 8}, {9}}
	rng := rand.New(rand.NewPCG(1, 2))
	counts := map[[2]int32]int64{}
	prev := int32(9)
	for range 5000 {
		for _, g := range groups {
			w := g[rng.IntN(len(g))]
			counts[[2]int32{prev, w}]++
			prev = w
		}
	}
	var pairs []Pair
	for a := int32(0); a < 10; a++ {
		for b := int32(0); b < 10; b++ {
			if n := counts[[2]int32{a, b}]; n > 0 {
				pairs = append(pairs, Pair{a, b, n})
			}
		}
	}
	start := make([]int32, 10)
	for i := range start {
		start[i] = int32(i % 4)
	}
	cls, err := Exchange(10, pairs, 4, 20)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int32]int{}
	for gi, g := range groups {
		for _, w := range g {
			if cls[w] != cls[g[0]] {
				t.Errorf("group %d: item %d in class %d, item %d in %d", gi, w, cls[w], g[0], cls[g[0]])
			}
		}
		if o, ok := seen[cls[g[0]]]; ok {
			t.Errorf("groups %d and %d share class %d", o, gi, cls[g[0]])
		}
		seen[cls[g[0]]] = gi
	}
	if a, b := Likelihood(pairs, start, 4), Likelihood(pairs, cls, 4); !(b > a) {
		t.Errorf("likelihood %v after, %v before", b, a)
	}
}

func TestExchangeRejectsBadInput(t *testing.T) {
	if _, err := Exchange(3, []Pair{{0, 5, 1}}, 2, 1); err == nil {
		t.Error("pair beyond the items: no error")
	}
	if _, err := Exchange(2, nil, 3, 1); err == nil {
		t.Error("more classes than items: no error")
	}
}
