// Package wordclass induces word classes from unlabelled text with the
// exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998):
// every item (word) sits in one of k classes, and items move one at a time
// to the class that most raises the likelihood of a class bigram model of
// the text, until few move. The classes group words that occur in similar
// contexts ("Paris", "Moscow", "Kabul"; "minister", "spokesman"), which a
// tagger can use as features of words it saw rarely or never in labelled
// data. It is deterministic: the result depends only on the input.
package wordclass

import (
	"fmt"
	"math"
)

// Pair is the count of item A directly followed by item B.
type Pair struct {
	A, B int32
	N    int64
}

// Exchange assigns each of n items to one of k classes so that the class
// bigram likelihood of pairs is (locally) maximal, starting from item i in
// class i%k (so pass items in descending frequency) and sweeping over the
// items in order at most maxIter times or until fewer than n/1000 move. It
// returns the class of every item.
func Exchange(n int, pairs []Pair, k, maxIter int) ([]int32, error) {
	if n <= 0 || k <= 0 || k > n {
		return nil, fmt.Errorf("wordclass: %d items into %d classes", n, k)
	}
	// compressed rows: right neighbours of each item and left neighbours
	rOff := make([]int32, n+1)
	lOff := make([]int32, n+1)
	var total int64
	for _, p := range pairs {
		if p.A < 0 || int(p.A) >= n || p.B < 0 || int(p.B) >= n || p.N <= 0 {
			return nil, fmt.Errorf("wordclass: bad pair %v", p)
		}
		rOff[p.A+1]++
		lOff[p.B+1]++
		total += p.N
	}
	for i := 0; i < n; i++ {
		rOff[i+1] += rOff[i]
		lOff[i+1] += lOff[i]
	}
	rIdx := make([]int32, len(pairs))
	rN := make([]int64, len(pairs))
	lIdx := make([]int32, len(pairs))
	lN := make([]int64, len(pairs))
	rPos := append([]int32(nil), rOff[:n]...)
	lPos := append([]int32(nil), lOff[:n]...)
	self := make([]int64, n)
	asLeft := make([]int64, n)  // count of the item as the first of a pair
	asRight := make([]int64, n) // as the second
	for _, p := range pairs {
		asLeft[p.A] += p.N
		asRight[p.B] += p.N
		if p.A == p.B {
			self[p.A] += p.N
			continue
		}
		rIdx[rPos[p.A]], rN[rPos[p.A]] = p.B, p.N
		rPos[p.A]++
		lIdx[lPos[p.B]], lN[lPos[p.B]] = p.A, p.N
		lPos[p.B]++
	}
	cls := make([]int32, n)
	size := make([]int, k)
	for i := range cls {
		cls[i] = int32(i % k)
		size[i%k]++
	}
	// class bigram counts N[a*k+b], its transpose, and class unigrams
	cnt := make([]int64, k*k)
	cntT := make([]int64, k*k)
	cL := make([]int64, k)
	cR := make([]int64, k)
	for _, p := range pairs {
		a, b := cls[p.A], cls[p.B]
		cnt[int(a)*k+int(b)] += p.N
		cntT[int(b)*k+int(a)] += p.N
	}
	for i := range cls {
		cL[cls[i]] += asLeft[i]
		cR[cls[i]] += asRight[i]
	}
	xlx := newXlogx(total)
	L := make([]int64, k)
	R := make([]int64, k)
	var nzL, nzR []int32
	move := func(w int, c int32, sign int64) {
		ci := int(c)
		for _, d := range nzR {
			cnt[ci*k+int(d)] += sign * R[d]
			cntT[int(d)*k+ci] += sign * R[d]
		}
		for _, d := range nzL {
			cnt[int(d)*k+ci] += sign * L[d]
			cntT[ci*k+int(d)] += sign * L[d]
		}
		cnt[ci*k+ci] += sign * self[w]
		cntT[ci*k+ci] += sign * self[w]
		cL[c] += sign * asLeft[w]
		cR[c] += sign * asRight[w]
	}
	for it := 0; it < maxIter; it++ {
		moved := 0
		for w := 0; w < n; w++ {
			a := cls[w]
			if size[a] == 1 {
				continue
			}
			nzL, nzR = nzL[:0], nzR[:0]
			for j := rOff[w]; j < rOff[w+1]; j++ {
				d := cls[rIdx[j]]
				if R[d] == 0 {
					nzR = append(nzR, d)
				}
				R[d] += rN[j]
			}
			for j := lOff[w]; j < lOff[w+1]; j++ {
				d := cls[lIdx[j]]
				if L[d] == 0 {
					nzL = append(nzL, d)
				}
				L[d] += lN[j]
			}
			move(w, a, -1)
			best, bestGain := a, math.Inf(-1)
			for b := 0; b < k; b++ {
				row := cnt[b*k : b*k+k]
				col := cntT[b*k : b*k+k]
				g := 0.0
				for _, d := range nzR {
					if int(d) != b {
						x := row[d]
						g += xlx.f(x+R[d]) - xlx.f(x)
					}
				}
				for _, d := range nzL {
					if int(d) != b {
						x := col[d]
						g += xlx.f(x+L[d]) - xlx.f(x)
					}
				}
				x := row[b]
				g += xlx.f(x+R[b]+L[b]+self[w]) - xlx.f(x)
				g -= xlx.f(cL[b]+asLeft[w]) - xlx.f(cL[b])
				g -= xlx.f(cR[b]+asRight[w]) - xlx.f(cR[b])
				if g > bestGain+1e-9 || (g >= bestGain-1e-9 && int32(b) == a) {
					best, bestGain = int32(b), g
				}
			}
			move(w, best, 1)
			if best != a {
				cls[w] = best
				size[a]--
				size[best]++
				moved++
			}
			for _, d := range nzR {
				R[d] = 0
			}
			for _, d := range nzL {
				L[d] = 0
			}
		}
		if moved*1000 < n {
			break
		}
	}
	return cls, nil
}

// xlogx is x*log(x) for counts, tabulated for small ones.
type xlogx struct{ tab []float64 }

func newXlogx(total int64) xlogx {
	n := min(total+1, 1<<22)
	t := make([]float64, n)
	for i := int64(1); i < n; i++ {
		x := float64(i)
		t[i] = x * math.Log(x)
	}
	return xlogx{t}
}

func (x xlogx) f(v int64) float64 {
	if v < int64(len(x.tab)) {
		if v < 0 {
			return 0
		}
		return x.tab[v]
	}
	f := float64(v)
	return f * math.Log(f)
}

// Likelihood returns the class bigram log-likelihood term that Exchange
// maximises (up to a constant) for the classes cls of pairs: the sum of
// N(a,b) log N(a,b) over class pairs less the sums of N log N over the
// classes as first and as second members.
func Likelihood(pairs []Pair, cls []int32, k int) float64 {
	cnt := map[[2]int32]int64{}
	cL := make([]int64, k)
	cR := make([]int64, k)
	for _, p := range pairs {
		a, b := cls[p.A], cls[p.B]
		cnt[[2]int32{a, b}] += p.N
		cL[a] += p.N
		cR[b] += p.N
	}
	f := func(v int64) float64 {
		if v <= 0 {
			return 0
		}
		x := float64(v)
		return x * math.Log(x)
	}
	s := 0.0
	for _, v := range cnt {
		s += f(v)
	}
	for c := range k {
		s -= f(cL[c]) + f(cR[c])
	}
	return s
}
