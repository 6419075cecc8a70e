package summarize

import "encoding/binary"

// Words are interned as dense ids 0, 1, 2, ... in order of first
// appearance, without allocating once the tables have grown to the size of
// the text: a word of at most eight bytes is packed into a uint64 (words
// hold no NUL byte, so the packing is unique) and looked up in a table of
// such keys; a longer one goes to a table over a byte arena.

// pack packs a word of at most eight bytes, little-endian.
func pack(w []byte) uint64 {
	var x uint64
	for i, c := range w {
		x |= uint64(c) << (8 * i)
	}
	return x
}

// packedTable maps packed short words to ids by open addressing.
type packedTable struct {
	keys []uint64 // 0 when empty; the length is a power of two
	ids  []int32
	n    int
}

func (t *packedTable) reset(size int) {
	if len(t.keys) == 0 {
		t.keys = make([]uint64, size)
		t.ids = make([]int32, size)
	} else {
		clear(t.keys)
	}
	t.n = 0
}

func (t *packedTable) slot(x uint64) int {
	mask := len(t.keys) - 1
	i := int((x*0x9e3779b97f4a7c15)>>40) & mask
	for t.keys[i] != 0 && t.keys[i] != x {
		i = (i + 1) & mask
	}
	return i
}

// get returns the id of x; when x is absent it adds it with id next if add
// is set, else returns -1.
func (t *packedTable) get(x uint64, next int32, add bool) int32 {
	i := t.slot(x)
	if t.keys[i] == x {
		return t.ids[i]
	}
	if !add {
		return -1
	}
	t.keys[i], t.ids[i] = x, next
	t.n++
	if 2*t.n > len(t.keys) {
		keys, ids := t.keys, t.ids
		t.keys, t.ids = make([]uint64, 2*len(keys)), make([]int32, 2*len(keys))
		for k, x := range keys {
			if x != 0 {
				j := t.slot(x)
				t.keys[j], t.ids[j] = x, ids[k]
			}
		}
	}
	return next
}

// has reports whether x is in the table.
func (t *packedTable) has(x uint64) bool { return t.keys[t.slot(x)] == x }

// newPackedSet builds a table of the words of m that are true; every one
// must be at most eight bytes long.
func newPackedSet(m map[string]bool) *packedTable {
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t := &packedTable{}
	t.reset(size)
	for w, ok := range m {
		if !ok {
			continue
		}
		if len(w) > 8 {
			panic("summarize: stop word longer than eight bytes: " + w)
		}
		t.get(pack([]byte(w)), 0, true)
	}
	return t
}

// longTable maps longer words to ids by open addressing over a byte arena.
type longTable struct {
	slots []int32  // 1 + index into ends, 0 when empty; the length is a power of two
	ends  []int32  // the end of each key in keys (it starts at the previous end)
	ids   []int32  // the id of each key
	hash  []uint64 // the hash of each key
	keys  []byte
}

func (t *longTable) reset() {
	t.ends, t.ids, t.hash, t.keys = t.ends[:0], t.ids[:0], t.hash[:0], t.keys[:0]
	if len(t.slots) == 0 {
		t.slots = make([]int32, 256)
	} else {
		clear(t.slots)
	}
}

func (t *longTable) key(k int32) []byte {
	start := int32(0)
	if k > 0 {
		start = t.ends[k-1]
	}
	return t.keys[start:t.ends[k]]
}

// get is packedTable.get for a long word.
func (t *longTable) get(w []byte, next int32, add bool) int32 {
	h := hashBytes(w)
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		if k := t.slots[i] - 1; t.hash[k] == h && string(t.key(k)) == string(w) {
			return t.ids[k]
		}
	}
	if !add {
		return -1
	}
	t.keys = append(t.keys, w...)
	t.ends = append(t.ends, int32(len(t.keys)))
	t.ids = append(t.ids, next)
	t.hash = append(t.hash, h)
	t.slots[i] = int32(len(t.ends))
	if 2*len(t.ends) > len(t.slots) {
		t.slots = make([]int32, 2*len(t.slots))
		mask := uint64(len(t.slots) - 1)
		for k, h := range t.hash {
			i := h & mask
			for t.slots[i] != 0 {
				i = (i + 1) & mask
			}
			t.slots[i] = int32(k) + 1
		}
	}
	return next
}

// hashBytes is a fast non-cryptographic hash of words: eight bytes at a
// time, multiplied and folded.
func hashBytes(b []byte) uint64 {
	const m1, m2 = 0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9
	h := uint64(len(b)) * m1
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * m2
		h ^= h >> 31
		b = b[8:]
	}
	h = (h ^ pack(b)) * m2
	return h ^ h>>29
}
