package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// maxPhrase is the longest gazetteer entry in words.
const maxPhrase = 6

// gazetteer maps hashes of lower-cased word sequences to gazetteer bits in an
// open-addressing table (no per-lookup allocation). A key and its bits share
// a slot, so that a hit reads one cache line, not two.
type gazetteer struct {
	slots []gazSlot // key 0 marks an empty slot
	mask  uint64
	n     int
	// cmap maps a fine word class to its middle class | coarse class<<8
	// (nil: no word classes)
	cmap []uint16
}

type gazSlot struct {
	key uint64
	val uint32
}

func newGazetteer(capacity int) *gazetteer {
	size := 16
	for size < capacity*2 {
		size <<= 1
	}
	return &gazetteer{slots: make([]gazSlot, size), mask: uint64(size - 1)}
}

func (g *gazetteer) get(k uint64) uint32 {
	if k == 0 {
		k = 1
	}
	for i := k & g.mask; ; i = (i + 1) & g.mask {
		switch sl := &g.slots[i]; sl.key {
		case k:
			return sl.val
		case 0:
			return 0
		}
	}
}

func (g *gazetteer) or(k uint64, bits uint32) {
	if k == 0 {
		k = 1
	}
	if (g.n+1)*2 > len(g.slots) {
		g.grow()
	}
	for i := k & g.mask; ; i = (i + 1) & g.mask {
		switch sl := &g.slots[i]; sl.key {
		case k:
			sl.val |= bits
			return
		case 0:
			sl.key, sl.val = k, bits
			g.n++
			return
		}
	}
}

func (g *gazetteer) grow() {
	old := *g
	*g = *newGazetteer(len(old.slots))
	g.cmap = old.cmap
	for _, sl := range old.slots {
		if sl.key != 0 {
			g.or(sl.key, sl.val)
		}
	}
}

// addPhrase adds a whitespace-separated phrase with the given bits.
func (g *gazetteer) addPhrase(phrase string, bits uint32) {
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > maxPhrase {
		return
	}
	var t tok
	var buf []byte
	h := uint64(0)
	for i, w := range words {
		buf = analyze(&t, w, buf)
		h = phraseHash(h, t.lw)
		if i < len(words)-1 {
			g.or(h, gPrefix)
		}
	}
	g.or(h, bits)
	if len(words) > 1 {
		g.or(h, gMulti)
	}
}

// single gives token t the bits and word class of v, the value of its
// word alone.
func (g *gazetteer) single(t *tok, v uint32) {
	if c := v >> clusterShift; c != 0 && c < uint32(len(g.cmap)) {
		t.cf = uint16(c)
		m := g.cmap[c]
		t.cm, t.ck = m&0xff, m>>8
	}
	t.gazB |= v & gazBits &^ gPrefix
}

// apply sets gazB (first word of a match) and gazI (later words) on toks.
// Single-word entries always count; of longer ones the longest match from
// each start wins. known, if not nil, holds per token nil or the Word it
// was copied from, which has the word alone applied already.
func (g *gazetteer) apply(toks []tok, known []*Word) {
	for i := range toks {
		// the word alone: its bits and its word class
		t := &toks[i]
		var v uint32
		if known != nil && known[i] != nil {
			v = known[i].gaz
		} else {
			v = g.get(phraseHash(0, t.lw))
			g.single(t, v)
		}
		if v&gPrefix == 0 {
			continue
		}
		h := phraseHash(0, t.lw)
		// the phrases it starts
		for k := 1; v&gPrefix != 0 && k < maxPhrase && i+k < len(toks); k++ {
			h = phraseHash(h, toks[i+k].lw)
			v = g.get(h)
			if bits := v & gazBits &^ gPrefix; bits != 0 {
				t.gazB |= bits
				for j := i + 1; j <= i+k; j++ {
					toks[j].gazI |= bits
				}
			}
		}
	}
}

// GazetteerSource names the lexicon files BuildGazetteer reads from a
// directory laid out like digest/data.
type GazetteerSource struct {
	// FS holds countries.tsv, orgs.tsv, people.tsv, firstnames.txt,
	// gmb_first.txt, gmb_ents.tsv, roles.txt and lower.txt (missing files
	// are skipped).
	FS fs.FS
	// SkipGMBEntities leaves out gmb_ents.tsv.
	SkipGMBEntities bool
}

// honorifics precede names and are part of GMB person spans.
var honorifics = []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Madame", "Monsieur", "Rev.", "Sen.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Gov.", "Rep.", "Prof."}

// orgKeywords are generic words that organisation names are built with:
// legal forms of companies, kinds of bodies and the usual words of sports
// club names (general knowledge of English naming, not a list of names).
const orgKeywords = `inc inc. corp corp. corporation co co. company cos. ltd ltd. limited plc llc ag sa nv gmbh
	group holdings holding bank bancorp airlines airways motors industries enterprises partners securities
	capital investments insurance financial systems technologies communications telecom petroleum
	association federation confederation union league party council committee commission ministry
	agency institute university college school court parliament assembly congress senate army navy
	front movement organisation organization foundation fund society exchange board authority
	department office bureau police forces brigade brigades network trust alliance coalition
	club fc afc cf sc ac united city rovers wanderers athletic athletico atletico town albion county
	sporting dynamo dinamo racing olympique olympic rangers team`

// buildGazetteer reads the lexicons of src into a gazetteer.
func buildGazetteer(src GazetteerSource) (*gazetteer, error) {
	g := newGazetteer(1 << 14)
	lines := func(name string, fn func(cols []string)) error {
		b, err := fs.ReadFile(src.FS, name)
		if err != nil {
			if isNotExist(err) {
				return nil
			}
			return fmt.Errorf("ner: gazetteer %s: %w", name, err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			fn(strings.Split(line, "\t"))
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("ner: gazetteer %s: %w", name, err)
		}
		return nil
	}
	alts := func(cols []string, i int) []string {
		if i >= len(cols) || cols[i] == "" {
			return nil
		}
		return strings.Split(cols[i], "|")
	}
	err := lines("countries.tsv", func(c []string) {
		g.addPhrase(c[0], gCountry)
		for _, a := range alts(c, 1) {
			g.addPhrase(a, gCountry)
		}
		for _, a := range alts(c, 2) {
			g.addPhrase(a, gDemonym)
		}
		for _, a := range alts(c, 3) {
			g.addPhrase(a, gCity)
		}
	})
	if err != nil {
		return nil, err
	}
	err = lines("orgs.tsv", func(c []string) {
		bit := uint32(gOrgNat)
		if len(c) > 2 && (c[2] == "bloc" || c[2] == "org") {
			bit = gOrgIntl
		}
		g.addPhrase(c[0], bit)
		for _, a := range alts(c, 1) {
			g.addPhrase(a, bit)
		}
		for _, a := range alts(c, 4) {
			g.addPhrase(a, gDemonym)
		}
	})
	if err != nil {
		return nil, err
	}
	err = lines("people.tsv", func(c []string) {
		g.addPhrase(c[0], gPeople)
		for _, a := range alts(c, 1) {
			g.addPhrase(a, gPeople)
		}
	})
	if err != nil {
		return nil, err
	}
	for _, name := range []string{"firstnames.txt", "gmb_first.txt"} {
		err = lines(name, func(c []string) {
			for _, w := range strings.Fields(c[0]) {
				g.addPhrase(w, gFirst)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	err = lines("roles.txt", func(c []string) { g.addPhrase(c[0], gRole) })
	if err != nil {
		return nil, err
	}
	err = lines("lower.txt", func(c []string) { g.addPhrase(c[0], gLower) })
	if err != nil {
		return nil, err
	}
	if !src.SkipGMBEntities {
		err = lines("gmb_ents.tsv", func(c []string) {
			if len(c) < 2 {
				return
			}
			if bit := gmbBit(c[1]); bit != 0 {
				g.addPhrase(c[0], bit)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, h := range honorifics {
		g.addPhrase(h, gHonor)
	}
	for _, w := range strings.Fields(orgKeywords) {
		g.addPhrase(w, gOrgKey)
	}
	return g, nil
}

func gmbBit(tag string) uint32 {
	switch tag {
	case "per":
		return gGMBPer
	case "geo":
		return gGMBGeo
	case "org":
		return gGMBOrg
	case "gpe":
		return gGMBGpe
	}
	return 0
}

// addClusters reads word classes (gzipped TSV lines "word fine middle
// coarse", classes from 1, as cmd/build-clusters writes them) into g: a
// word's fine class goes into its value from bit clusterShift, the middle
// and coarse classes of each fine class into g.cmap.
func (g *gazetteer) addClusters(gz []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("ner: clusters: %w", err)
	}
	sc := bufio.NewScanner(zr)
	var t tok
	var buf []byte
	cmap := []uint16{0}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			return fmt.Errorf("ner: clusters: line %q: want 4 columns", line)
		}
		var n [3]int
		for i := range n {
			v, err := strconv.Atoi(c[i+1])
			if err != nil || v < 1 || v > [3]int{maxFine, maxMid, maxCoarse}[i] {
				return fmt.Errorf("ner: clusters: line %q: bad class", line)
			}
			n[i] = v
		}
		for len(cmap) <= n[0] {
			cmap = append(cmap, 0)
		}
		m := uint16(n[1] | n[2]<<8)
		if cmap[n[0]] != 0 && cmap[n[0]] != m {
			return fmt.Errorf("ner: clusters: fine class %d in two middle or coarse classes", n[0])
		}
		cmap[n[0]] = m
		buf = analyze(&t, c[0], buf[:0])
		g.or(phraseHash(0, t.lw), uint32(n[0])<<clusterShift)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: clusters: %w", err)
	}
	if err := zr.Close(); err != nil {
		return fmt.Errorf("ner: clusters: %w", err)
	}
	g.cmap = cmap
	return nil
}
