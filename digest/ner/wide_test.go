package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWideRows checks that wide rows narrow back to the same rows and
// score as scoreRows scores the narrow ones.
func TestWideRows(t *testing.T) {
	// 10 bits takes the general scoreWide, shippedBits its specialisation
	for _, bits := range []uint{10, shippedBits} {
		testWideRows(t, bits)
	}
}

func testWideRows(t *testing.T, bits uint) {
	rng := rand.New(rand.NewPCG(1, uint64(bits)))
	w := newRows(1 << bits)
	for i := range w {
		for c := range numClasses {
			w[i].set(c, int8(rng.IntN(256)-128))
		}
	}
	wide := widenRows(w)
	if got := narrowRows(wide); !slices.Equal(got, w) {
		t.Fatal("narrowRows(widenRows(w)) differs from w")
	}
	for n := range maxFeatures + 1 {
		fs := make([]uint64, n)
		for i := range fs {
			fs[i] = rng.Uint64()
		}
		var a, b [numClasses]int32
		scoreRows(w, 64-bits, fs, &a)
		scoreWide(wide, 64-bits, fs, &b)
		if a != b {
			t.Fatalf("%d bits, %d features: scoreWide %v, scoreRows %v", bits, n, b, a)
		}
		var want [numClasses]int32
		for _, h := range fs {
			for c := range want {
				want[c] += int32(w[h>>(64-bits)].get(c))
			}
		}
		if a != want {
			t.Fatalf("%d bits, %d features: scoreRows %v, want %v", bits, n, a, want)
		}
	}
}
