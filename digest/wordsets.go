package digest

import (
	"maps"
	"slices"
)

// Word-set bits. A rule that looks each word of a range up in a small word
// set (map[string]bool) pays a string hash per word, though most words are
// in no set. setBits, built at load, holds by vocabulary id the sets of
// setList a word is a key of, so that mayBeIn answers from one load for
// every body word the vocabulary knows (two in three); the map stays the
// answer for the words it holds and for words outside the vocabulary.
const (
	wsOccasionParticiple uint8 = 1 << iota // occasionParticiples
	wsOccasionDet                          // occasionDets
	wsOccasionLink                         // occasionLinks
	wsAux                                  // auxWords
	wsMannerWord                           // mannerWords
	wsMannerVerb                           // mannerVerbs
	wsMannerNoun                           // mannerNouns
)

// setList gives each bit its set's keys.
func setList() []struct {
	bit  uint8
	keys []string
} {
	type set = struct {
		bit  uint8
		keys []string
	}
	return []set{
		{wsOccasionParticiple, slices.Collect(maps.Keys(occasionParticiples))},
		{wsOccasionDet, slices.Collect(maps.Keys(occasionDets))},
		{wsOccasionLink, slices.Collect(maps.Keys(occasionLinks))},
		{wsAux, slices.Collect(maps.Keys(auxWords))},
		{wsMannerWord, slices.Collect(maps.Keys(mannerWords))},
		{wsMannerVerb, slices.Collect(maps.Keys(mannerVerbs))},
		{wsMannerNoun, slices.Collect(maps.Keys(mannerNouns))},
	}
}

// wordSetBits returns the set bits of every word of v, by id (one byte a
// word, about 30 kB for the vocabulary, so that the table stays in cache;
// the sets' keys are a few hundred look-ups).
func wordSetBits(v *vocab) []uint8 {
	out := make([]uint8, len(v.flags))
	for _, s := range setList() {
		for _, k := range s.keys {
			if id, ok := v.ids[k]; ok {
				out[id] |= s.bit
			}
		}
	}
	return out
}

// mayBeIn reports whether the lower-case form of word i may be a key of
// the set with bit b: false only when the vocabulary knows the word and it
// is in no such set, so that a caller looks the word up in the set's map
// only when this is true (the map's answer stays the answer).
func (d *doc) mayBeIn(i int, b uint8) bool {
	if uint(i) >= uint(len(d.words)) {
		return true // (lw's "": the map answers)
	}
	if id := d.words[i].lid; uint(id) < uint(len(d.g.setBits)) {
		return d.g.setBits[id]&b != 0
	}
	return true
}
