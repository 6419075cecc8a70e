package digest

import "testing"

// TestLoadTimeWordTables checks the tables built at load against what they
// stand for, for every vocabulary word: cueVocab against cueRaw of both
// cue sets, setBits against the keys of each set of setList; and that
// mayBeIn rules out no key of a set for an unknown word.
func TestLoadTimeWordTables(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.cueVocab) != len(g.vocab.flags) || len(g.setBits) != len(g.vocab.flags) {
		t.Fatalf("tables of %d and %d words for a vocabulary of %d", len(g.cueVocab), len(g.setBits), len(g.vocab.flags))
	}
	// (the sets named here, not through setList: a set it leaves out fails)
	member := map[string]uint8{}
	for bit, m := range map[uint8]map[string]bool{
		wsOccasionParticiple: occasionParticiples, wsOccasionDet: occasionDets, wsOccasionLink: occasionLinks,
		wsAux: auxWords, wsMannerVerb: mannerVerbs, wsMannerNoun: mannerNouns,
	} {
		for k := range m {
			member[k] |= bit
		}
	}
	for k := range mannerWords {
		member[k] |= wsMannerWord
	}
	sets := setList()
	for w, id := range g.vocab.ids {
		want := cueRaw(&g.cues.crit, w, cueCritPrefix, cueCritFirst) | cueRaw(&g.cues.sup, w, cueSupPrefix, cueSupFirst)
		if g.cueVocab[id] != want {
			t.Errorf("cueVocab[%q] = %08b, want %08b", w, g.cueVocab[id], want)
		}
		if g.setBits[id] != member[w] {
			t.Errorf("setBits[%q] = %08b, want %08b", w, g.setBits[id], member[w])
		}
	}
	// a word the vocabulary does not know: the maps answer
	d := &doc{g: g, words: []word{{text: "zzqx", low: "zzqx", xid: -1, lid: -1}}}
	for _, s := range sets {
		if !d.mayBeIn(0, s.bit) || !d.mayBeIn(5, s.bit) || !d.mayBeIn(-1, s.bit) {
			t.Errorf("mayBeIn rules out an unknown word or an index outside the words (bit %08b)", s.bit)
		}
	}
}
