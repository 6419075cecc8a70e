package digest

// packedMap maps words of at most sixteen bytes, packed into two uint64s,
// to values by open addressing: a look-up is a multiply, a shift and a
// probe or two, where a map[string] hashes the string. A word holding a
// NUL byte is never packed (the packing of such words is not unique), so
// callers keep a map for the words that do not pack. A key and its value
// sit side by side, so that a hit in a table larger than the cache costs
// one cache miss, not two.
type packedMap[V any] struct {
	ents []packedEntry[V] // k.a == 0 when empty; the length is a power of two
	mask uint64
}

type packedEntry[V any] struct {
	k packedKey
	v V
}

type packedKey struct{ a, b uint64 }

// packWord packs w little-endian; ok is false when w is empty, longer
// than sixteen bytes or holds a NUL byte.
func packWord(w string) (k packedKey, ok bool) {
	if len(w) > 16 || len(w) == 0 {
		return k, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 0 {
			return k, false
		}
		if i < 8 {
			k.a |= uint64(c) << (8 * i)
		} else {
			k.b |= uint64(c) << (8 * (i - 8))
		}
	}
	return k, true
}

// newPackedMap builds the table of the words of m that pack; the others
// stay in m only.
func newPackedMap[V any](m map[string]V) packedMap[V] {
	n := 0
	for w := range m {
		if _, ok := packWord(w); ok {
			n++
		}
	}
	t := makePackedMap[V](n)
	for w, v := range m {
		if k, ok := packWord(w); ok {
			t.put(k, v)
		}
	}
	return t
}

// makePackedMap returns an empty table for n keys.
func makePackedMap[V any](n int) packedMap[V] {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return packedMap[V]{ents: make([]packedEntry[V], size), mask: uint64(size - 1)}
}

// put sets the value of k; the table must have room (see makePackedMap).
func (t *packedMap[V]) put(k packedKey, v V) {
	i := t.slot(k)
	t.ents[i] = packedEntry[V]{k, v}
}

func (t *packedMap[V]) slot(k packedKey) uint64 {
	i := ((k.a ^ k.b*0xc2b2ae3d27d4eb4f) * 0x9e3779b97f4a7c15 >> 32) & t.mask
	for t.ents[i].k.a != 0 && t.ents[i].k != k {
		i = (i + 1) & t.mask
	}
	return i
}

// get returns the value of the packed word k.
func (t *packedMap[V]) get(k packedKey) (V, bool) {
	i := t.slot(k)
	if e := &t.ents[i]; e.k == k {
		return e.v, true
	}
	var zero V
	return zero, false
}

// ref returns a pointer to the value of the packed word k in the table,
// or nil; the value must not be changed.
func (t *packedMap[V]) ref(k packedKey) *V {
	i := t.slot(k)
	if e := &t.ents[i]; e.k == k {
		return &e.v
	}
	return nil
}
