package digest

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/attrib"
	"github.com/attache-bot/attache/digest/text"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// kind is what a gazetteer entry names.
type kind uint8

const (
	kNone      kind = iota
	kCountry        // a sovereign state (GPE)
	kCity           // a city or region inside a country (LOC)
	kNorp           // a demonym or nationality adjective (NORP)
	kBloc           // an international organisation or bloc acting politically
	kOrg            // another organisation
	kSeat           // a seat of government standing for its country (Kremlin)
	kGov            // a national body (State Department)
	kPerson         // a known public figure
	kLearnPer       // a person string learned from GMB train
	kLearnLoc       // a place string learned from GMB train
	kLearnOrg       // an organisation string learned from GMB train
	kLearnNorp      // a nationality string learned from GMB train
)

// entry is one gazetteer record.
type entry struct {
	kind    kind
	canon   string // canonical name: country, organisation or person
	country string // the country it belongs to or acts for
	role    string // for known people
	bloc    bool   // demonym of a bloc ("European")
	key     string // nameKey(canon) of a known person, set at load
	// media marks a news organisation (orgs.tsv kind media): it reports,
	// it does not react
	media bool
	// lone marks a one-word name of the public organisation list: it
	// counts only standing alone (see doc.loneName)
	lone bool
}

// canonKey returns nameKey(e.canon), precomputed for known people.
func (e *entry) canonKey() string {
	if e.key != "" {
		return e.key
	}
	return nameKey(e.canon)
}

// mentionType maps a kind to the public mention type.
func (k kind) mentionType() string {
	switch k {
	case kCountry:
		return GPE
	case kCity, kLearnLoc:
		return LOC
	case kNorp, kLearnNorp:
		return NORP
	case kPerson, kLearnPer:
		return PER
	case kNone:
		return ""
	}
	return ORG
}

// kindName is the fine-grained kind reported in Mention.Kind.
func (k kind) kindName() string {
	switch k {
	case kCountry:
		return "country"
	case kCity, kLearnLoc:
		return "place"
	case kNorp, kLearnNorp:
		return "demonym"
	case kBloc:
		return "bloc"
	case kSeat:
		return "seat"
	case kGov:
		return "government"
	case kPerson, kLearnPer:
		return "person"
	case kOrg, kLearnOrg:
		return "organisation"
	}
	return ""
}

// Lexicon flags of a word string (see vocab). A flag says the string itself
// is in that lexicon: exact-case lexicons are tested on a word's text,
// lower-case ones on its lower-cased form.
const (
	fFirst         uint32 = 1 << iota // a given name (exact)
	fLower                            // usually written in lower case (lower)
	fEnglish                          // an English function word (lower)
	fNonName                          // capitalised but never a name (exact)
	fHonorific                        // Mr, Dr, Sir (exact)
	fConnector                        // joins the words of one name (exact)
	fOrgHead                          // makes a capitalised run an organisation (exact)
	fLocHead                          // makes a capitalised run a place (exact)
	fDiplomatic                       // weighs in the relevance score (lower)
	fPartTrigger                      // first word of a participant list trigger (exact)
	fAgendaTrigger                    // first word of an agenda trigger (lower)
	fMeeting                          // names a meeting (lower)
	fExclude                          // a verb of exclusion (lower)
	fVisit                            // a verb or noun of visiting (lower)
	fEvent                            // an event noun (lower)
	fHot                              // in the exact or role trie (see vocab.hot)
	fSubjVerb                         // marks the people of its subject as participants (lower)
	fObjVerb                          // marks the people of its object as participants (lower)
	fMeetNoun                         // a noun that makes a sentence speak of talks (lower)
	fMeetVerb                         // a verb of taking part after a person (exact)
	fAux                              // an auxiliary or adverb before a verb (exact or lower)
	fStrictMeet                       // puts a place next to it in the running for the venue (lower)
	fMotion                           // a verb of travel before "to <place>" (lower)
	fMediate                          // a word of mediation or hosting (lower, see mediators)
	fRoleEnd                          // the last word of a role title (lower, see roleMatchEnding)
	fJoin                             // a verb of joining others (lower, see participants)
	fGiven                            // a given name of the public list (exact, see splitTaggedOrgs)
	fSign                             // a verb that signs or adopts a text (lower, see textTopics)
	fVoice                            // a verb of saying or demanding: partSpeechVerbs, agendaDemandVerbs (lower, see agendaOtherVoice)
	fSubjNoun                         // a noun naming a body: subjectNouns (lower, see excluded)
	fLoopSet                          // a key of one of loopSets (exact or lower, see there)
)

// setFlags are flags that only stand for membership in a word set, looked
// up per word in loops: a lower-case body word in no other lexicon gets
// just these (its id and other flags stay unknown, as before).
const setFlags = fSubjVerb | fObjVerb | fMeetNoun | fMeetVerb | fAux | fStrictMeet | fMotion | fMediate | fJoin | fSign | fVoice | fSubjNoun | fLoopSet

// loopSets are word sets looked up per word in loops (clauses, agenda
// phrases, votes, club names, calls, meetings). Their words have flag fLoopSet: a word
// without it is in none of them, so the loops skip their string-map
// look-ups for most words (see loopWordAt). A lower-case set's keys are
// tested on a word's lower-case form (lf), clubPrefixes and
// surnameParticles on its text (xf).
var loopSets = []map[string]bool{voteVerbs, agendaRefusals, agendaStops, agendaVerbs, clubPrefixes, callPlanWords, meetTripNouns,
	asideAdverbs, occasionParticiples, asideParticiples, surnameParticles}

// vocab interns every word of the lexicons: one map lookup per body word
// yields its id (for the tries) and its lexicon flags.
type vocab struct {
	ids   map[string]int32
	flags []uint32
	// hot holds the lower-case words a lower-case body word may need: those
	// of the exact and role tries and of every lexicon but the large
	// given-name and lower-case-word lists. It is small and stays in cache;
	// most body words are looked up only here. A word in it only for its
	// setFlags has id -1 and only those flags.
	hot map[string]idFlags
	// casedP maps an ASCII word that is not all lower case to its own id
	// and flags and those of its lower-case form, so that most
	// capitalised body words need one look-up: every such word of ids
	// that packs (see packedMap), and the capitalised form ("Talks") of
	// every lower-case word of ids that is not itself in ids (own id -1).
	// cased holds the words of ids that do not pack. See getCased.
	casedP packedMap[casedEntry]
	cased  map[string]casedEntry
	// hotP holds the words of hot that pack; hot serves the longer ones.
	hotP packedMap[idFlags]
}

type idFlags struct {
	id    int32
	flags uint32
	af    uint16 // attrib.LexiconFlags of the word
}

type casedEntry struct {
	xid, lid int32
	xf, lf   uint32
	// attrib.LexiconFlags of the word and of its lower-case form
	xaf, laf uint16
}

// getLower returns the id and flags of a body word written in lower case.
func (v *vocab) getLower(w string) (int32, uint32) {
	if x, ok := packWord(w); ok {
		if e, ok := v.hotP.get(x); ok {
			return e.id, e.flags
		}
		return -1, 0
	}
	if e, ok := v.hot[w]; ok {
		return e.id, e.flags
	}
	return -1, 0
}

// getCased returns the ids and flags of the ASCII word w, not all lower
// case, and of its lower-case form low: the same as get(w) and get(low).
func (v *vocab) getCased(w, low string) (xid int32, xf uint32, lid int32, lf uint32) {
	if k, ok := packWord(w); ok {
		if e, ok := v.casedP.get(k); ok {
			return e.xid, e.xf, e.lid, e.lf
		}
		// w is not in ids (every such short word is in casedP). A
		// capitalised word ("Xyz") is the capitalised form of low, which
		// casedP would hold if low were in ids.
		if w[0] >= 'A' && w[0] <= 'Z' && w[1:] == low[1:] {
			return -1, 0, -1, 0
		}
	} else if e, ok := v.cased[w]; ok {
		return e.xid, e.xf, e.lid, e.lf
	}
	lid, lf = v.get(low)
	return -1, 0, lid, lf
}

// getCasedPackedLex returns the entry of the ASCII word of at most
// sixteen bytes and no NUL packed as k, not all lower case, as getCased
// finds it (with the word's attrib flags: the table lacks no form of an
// attrib word but those whose one capital is the first letter, which are
// in no lexicon; see buildHot); onlyFirstUpper says its only upper-case
// letter is the first byte. It returns nil when the word's ids and
// flags are -1, 0 and those of get(low) and its attrib flags unknown.
func (v *vocab) getCasedPackedLex(k packedKey, onlyFirstUpper bool) *casedEntry {
	if e := v.casedP.ref(k); e != nil {
		return e
	}
	if onlyFirstUpper {
		return &noCased
	}
	return nil
}

// noCased is the entry of a word in no lexicon.
var noCased = casedEntry{xid: -1, lid: -1}

// hotID returns the id of w when w has flag fHot (a word of the exact or
// role trie), from the fast tables; for other words it may return -1.
func (v *vocab) hotID(w string) int32 {
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			id, _ := v.get(w)
			return id
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
	}
	if lower {
		id, _ := v.getLower(w)
		return id
	}
	if k, ok := packWord(w); ok {
		if e, ok := v.casedP.get(k); ok {
			return e.xid
		}
		return -1
	}
	if e, ok := v.cased[w]; ok {
		return e.xid
	}
	return -1
}

// buildHot fills hot, cased and their packed tables; call it once every
// word is interned.
func (v *vocab) buildHot() {
	v.hot = map[string]idFlags{}
	v.cased = map[string]casedEntry{}
	type casedKV struct {
		k packedKey
		e casedEntry
	}
	short := make([]casedKV, 0, len(v.ids))
	var buf [64]byte
	for w, id := range v.ids {
		f := v.flags[id]
		if w == strings.ToLower(w) {
			if f&^(fLower|fFirst|setFlags) != 0 {
				v.hot[w] = idFlags{id, f, attrib.LexiconFlags(w)}
			} else if f&setFlags != 0 {
				v.hot[w] = idFlags{-1, f & setFlags, attrib.LexiconFlags(w)}
			}
		}
		if !isASCII(w) || w == "" {
			continue
		}
		if len(w) > len(buf) {
			// too long to pack or for buf
			if lw := asciiLower(w); lw != w {
				e := casedEntry{xid: id, xf: f, lid: -1, xaf: attrib.LexiconFlags(w), laf: attrib.LexiconFlags(lw)}
				e.lid, e.lf = v.get(lw)
				v.cased[w] = e
			}
			continue
		}
		low := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[i] = c
		}
		if string(low) != w {
			e := casedEntry{xid: id, xf: f, lid: -1, xaf: attrib.LexiconFlags(w), laf: attrib.LexiconFlags(string(low))}
			e.lid, e.lf = v.get(string(low))
			if k, ok := packWord(w); ok {
				short = append(short, casedKV{k, e})
			} else {
				v.cased[w] = e
			}
		} else if c := w[0]; c >= 'a' && c <= 'z' {
			// the capitalised form, when it is no word of its own
			low[0] = c - 'a' + 'A'
			if _, ok := v.ids[string(low)]; !ok {
				if k, ok := packWord(string(low)); ok {
					short = append(short, casedKV{k, casedEntry{xid: -1, lid: id, lf: f, xaf: attrib.LexiconFlags(string(low)), laf: attrib.LexiconFlags(w)}})
				}
			}
		}
	}
	// the words of package attrib's lexicon, so that a body word's look-up
	// yields its attrib flags too (see doc.tokLex): in lower case in hot,
	// capitalised ("Said") in casedP, each with the ids and flags the
	// engine finds for it without the entry
	inShort := make(map[packedKey]bool, len(short))
	for _, kv := range short {
		inShort[kv.k] = true
	}
	addShort := func(w string, e casedEntry) {
		if k, _ := packWord(w); !inShort[k] {
			inShort[k] = true
			short = append(short, casedKV{k, e})
		}
	}
	attrib.LexiconWords(func(w string) {
		if _, ok := packWord(w); !ok || !isASCII(w) {
			return // the engine does not pack it: attrib looks it up itself
		}
		lw := asciiLower(w)
		if lw == w {
			if _, ok := v.hot[w]; !ok {
				v.hot[w] = idFlags{-1, 0, attrib.LexiconFlags(w)}
			}
			if c := w[0]; c >= 'a' && c <= 'z' {
				if _, ok := v.ids[w]; !ok {
					// the capitalised form: in casedP only when w is in ids
					cw := string([]byte{c - 'a' + 'A'}) + w[1:]
					if _, ok := v.ids[cw]; !ok {
						addShort(cw, casedEntry{xid: -1, lid: -1, xaf: attrib.LexiconFlags(cw), laf: attrib.LexiconFlags(w)})
					}
				}
			}
			return
		}
		if _, ok := v.ids[w]; !ok {
			// a cased word not in ids, which casedP lacks
			e := casedEntry{xid: -1, lid: -1, xaf: attrib.LexiconFlags(w), laf: attrib.LexiconFlags(lw)}
			if !(w[0] >= 'A' && w[0] <= 'Z' && w[1:] == lw[1:]) {
				// only a word whose one capital is its first letter is
				// known absent; for others the engine asks ids for lw
				e.lid, e.lf = v.get(lw)
			}
			addShort(w, e)
		}
	})
	v.hotP = newPackedMap(v.hot)
	v.casedP = makePackedMap[casedEntry](len(short))
	for _, kv := range short {
		v.casedP.put(kv.k, kv.e)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lower-cases the ASCII letters of s.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// intern returns the id of w, adding it when new.
func (v *vocab) intern(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.flags))
	v.ids[w] = id
	v.flags = append(v.flags, 0)
	return id
}

// get returns the id and flags of w, or -1 and 0 when w is in no lexicon.
func (v *vocab) get(w string) (int32, uint32) {
	if id, ok := v.ids[w]; ok {
		return id, v.flags[id]
	}
	return -1, 0
}

// mark sets flag f on each word.
func (v *vocab) mark(f uint32, words ...string) {
	for _, w := range words {
		v.flags[v.intern(w)] |= f
	}
}

// trie maps word-id sequences to entries. Node 0 is the root; an edge is
// the pair (node, word id).
type trie struct {
	edges map[uint64]int32
	ents  []*entry // by node
	// keys and kids are edges frozen into an open-addressing table (see
	// freeze): key+1 (0 marks an empty slot) and the child node.
	keys []uint64
	kids []int32
	mask uint64
	// root holds the children of the root by word id (-1: none), the
	// edges taken by every look-up.
	root []int32
}

// freeze copies the edges into the open-addressing table child reads;
// call it once the trie is complete.
func (t *trie) freeze() {
	size := 16
	for size < 3*len(t.edges) {
		size *= 2
	}
	t.keys, t.kids, t.mask = make([]uint64, size), make([]int32, size), uint64(size-1)
	for k, c := range t.edges {
		if k>>32 == 0 {
			id := int(uint32(k))
			for len(t.root) <= id {
				t.root = append(t.root, -1)
			}
			t.root[id] = c
		}
		i := t.slot(k + 1)
		t.keys[i], t.kids[i] = k+1, c
	}
	t.edges = nil
}

func (t *trie) slot(k uint64) uint64 {
	i := (k * 0x9e3779b97f4a7c15 >> 32) & t.mask
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & t.mask
	}
	return i
}

func newTrie() trie { return trie{edges: map[uint64]int32{}, ents: []*entry{nil}} }

// child returns the node reached from node by word id w, or -1.
func (t *trie) child(node, w int32) int32 {
	if w < 0 {
		return -1
	}
	if node == 0 && t.keys != nil {
		if int(w) < len(t.root) {
			return t.root[w]
		}
		return -1
	}
	k := uint64(node)<<32 | uint64(uint32(w))
	if t.keys == nil {
		// still loading
		if c, ok := t.edges[k]; ok {
			return c
		}
		return -1
	}
	if i := t.slot(k + 1); t.keys[i] == k+1 {
		return t.kids[i]
	}
	return -1
}

func (t *trie) add(v *vocab, words []string, e *entry, override bool, flag uint32) {
	n := int32(0)
	for _, w := range words {
		id := v.intern(w)
		v.flags[id] |= flag
		c := t.child(n, id)
		if c < 0 {
			c = int32(len(t.ents))
			t.ents = append(t.ents, nil)
			t.edges[uint64(n)<<32|uint64(uint32(id))] = c
		}
		n = c
	}
	if t.ents[n] == nil || override {
		t.ents[n] = e
	}
}

// gazetteer holds every embedded lexicon.
type gazetteer struct {
	vocab  vocab
	exact  trie // case-sensitive entity names
	folded trie // lower-cased entity names, for all-caps text
	roles  trie // lower-cased role titles
	// countries by canonical name, with capital
	capital map[string]string
	// country maps a country's canonical name to its entry
	country map[string]*entry
	// territory maps a dependent territory's names (territories.tsv:
	// "Greenland", "Faroes") to its own; sovereign maps that to the country
	// it belongs to ("" for "Western Sahara"); town maps a territory's town
	// to the territory ("Nuuk": "Greenland", "Macau": "China")
	territory, sovereign, town map[string]string
	// gender maps a given name to 'f' or 'm' when the public lists hold it
	// as one only (given_public.txt)
	gender map[string]byte
	// nameIndex maps a normalised person name key to a known person entry.
	nameIndex map[string]*entry
	// cues are the stance cue lexicons.
	cues stanceCues
	// cueVocab holds the cue bits of every vocabulary word by id, as
	// cueRaw gives them (one byte a word), so that cueBitsOf need not
	// match a body word the vocabulary knows against the cue lists.
	cueVocab []uint8
	// setBits holds the word-set bits of every vocabulary word by id
	// (see mayBeIn).
	setBits []uint8
	// towns is the town list of townCountry, read on first use.
	towns *townList
}

func splitWords(s string) []string {
	toks := text.Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func lowerWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

func (g *gazetteer) addName(name string, e *entry, override bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	ws := splitWords(name)
	if len(ws) == 0 {
		return
	}
	g.exact.add(&g.vocab, ws, e, override, fHot)
	g.folded.add(&g.vocab, lowerWords(ws), e, override, 0)
}

func readData(name string) ([]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("digest: read %s: %w", name, err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

func field(cols []string, i int) []string {
	if i >= len(cols) || cols[i] == "" {
		return nil
	}
	return strings.Split(cols[i], "|")
}

func loadGazetteer() (*gazetteer, error) {
	g, err := loadGazetteerUnfrozen()
	if err != nil {
		return nil, err
	}
	g.exact.freeze()
	g.folded.freeze()
	g.roles.freeze()
	return g, nil
}

// loadGazetteerUnfrozen loads the gazetteer with its tries still as edge
// maps (see trie.freeze).
func loadGazetteerUnfrozen() (*gazetteer, error) {
	g := &gazetteer{
		vocab:     vocab{ids: make(map[string]int32, 1<<15)},
		exact:     newTrie(),
		folded:    newTrie(),
		roles:     newTrie(),
		capital:   map[string]string{},
		country:   map[string]*entry{},
		nameIndex: map[string]*entry{},
		towns:     &townList{},
	}
	// learned entries first, so hand-written ones override them
	ents, err := readData("gmb_ents.tsv")
	if err != nil {
		return nil, err
	}
	roleLines, err := readData("roles.txt")
	if err != nil {
		return nil, err
	}
	roleSet := make(map[string]bool, len(roleLines))
	for _, r := range roleLines {
		roleSet[strings.ToLower(r)] = true
	}
	for _, l := range ents {
		cols := strings.Split(l, "\t")
		if len(cols) < 2 {
			continue
		}
		var k kind
		switch cols[1] {
		case "per":
			k = kLearnPer
		case "geo":
			k = kLearnLoc
		case "org":
			k = kLearnOrg
		case "gpe":
			k = kLearnNorp
		default:
			continue
		}
		if f := strings.Fields(cols[0]); len(f) == 0 || honorifics[f[0]] {
			// "Mr.", "Mr. Abbas": GMB puts honorifics inside person
			// spans; here a title is never part of a name
			continue
		}
		if k != kLearnPer && endsInRole(strings.ToLower(cols[0]), roleSet) {
			// "U.S. Secretary of State", "NATO Secretary-General": GMB
			// tags some offices as organisations; here the role title
			// and its country or body are read apart (people such as
			// "Reverend King" stay)
			continue
		}
		g.addName(cols[0], &entry{kind: k, canon: cols[0]}, false)
	}
	countries, err := readData("countries.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range countries {
		cols := strings.Split(l, "\t")
		name := cols[0]
		ce := &entry{kind: kCountry, canon: name, country: name}
		g.country[name] = ce
		g.addName(name, ce, true)
		for _, a := range field(cols, 1) {
			g.addName(a, ce, true)
		}
		for _, d := range field(cols, 2) {
			g.addName(d, &entry{kind: kNorp, canon: name, country: name}, true)
		}
		for i, c := range field(cols, 3) {
			if i == 0 {
				g.capital[name] = c
			}
			g.addName(c, &entry{kind: kCity, canon: c, country: name}, true)
		}
	}
	if err := g.addTerritories(); err != nil {
		return nil, err
	}
	orgs, err := readData("orgs.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range orgs {
		cols := strings.Split(l, "\t")
		k := kOrg
		switch strings.Join(field(cols, 2), "") {
		case "bloc":
			k = kBloc
		case "seat":
			k = kSeat
		case "gov":
			k = kGov
		}
		var country string
		if c := field(cols, 3); len(c) > 0 {
			country = c[0]
		}
		e := &entry{kind: k, canon: cols[0], country: country, media: strings.Join(field(cols, 2), "") == "media"}
		g.addName(cols[0], e, true)
		for _, a := range field(cols, 1) {
			g.addName(a, e, true)
		}
		for _, d := range field(cols, 4) {
			g.addName(d, &entry{kind: kNorp, canon: cols[0], bloc: true}, true)
		}
	}
	people, err := readData("people.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range people {
		cols := strings.Split(l, "\t")
		e := &entry{kind: kPerson, canon: cols[0]}
		if r := field(cols, 2); len(r) > 0 {
			e.role = r[0]
		}
		if c := field(cols, 3); len(c) > 0 {
			e.country = c[0]
		}
		e.key = nameKey(cols[0])
		g.addName(cols[0], e, true)
		g.nameIndex[e.key] = e
		for _, a := range field(cols, 1) {
			g.addName(a, e, true)
			g.nameIndex[nameKey(a)] = e
		}
	}
	// organisation names from public lists (WordNet, a company-name
	// spelling list; see digest/internal/genorgs): only names no other
	// lexicon holds, so a string GMB or the hand-written lists type
	// otherwise keeps that type
	public, err := readData("orgs_public.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range public {
		cols := strings.Split(l, "\t")
		e := &entry{kind: kOrg, canon: cols[0]}
		for _, n := range append([]string{cols[0]}, field(cols, 1)...) {
			if len(splitWords(n)) == 1 {
				g.addName(n, &entry{kind: kOrg, canon: cols[0], lone: true}, false)
			} else {
				g.addName(n, e, false)
			}
		}
	}
	roles, err := readData("roles.txt")
	if err != nil {
		return nil, err
	}
	for _, r := range roles {
		ws := lowerWords(splitWords(r))
		g.roles.add(&g.vocab, ws, &entry{canon: r}, true, fHot)
		if len(ws) > 0 {
			g.vocab.flags[g.vocab.intern(ws[len(ws)-1])] |= fRoleEnd
		}
	}
	for _, f := range []string{"firstnames.txt", "gmb_first.txt"} {
		ls, err := readData(f)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			g.vocab.mark(fFirst, strings.Fields(l)...)
		}
	}
	given, err := readData("given_public.txt")
	if err != nil {
		return nil, err
	}
	g.gender = make(map[string]byte, len(given))
	for _, l := range given {
		name, gen, _ := strings.Cut(l, "\t")
		g.vocab.mark(fGiven, name)
		if gen == "f" || gen == "m" {
			g.gender[name] = gen[0]
		}
	}
	lower, err := readData("lower.txt")
	if err != nil {
		return nil, err
	}
	g.vocab.mark(fLower, lower...)
	for w := range englishWords {
		g.vocab.mark(fEnglish, w)
	}
	for _, set := range []struct {
		f uint32
		m map[string]bool
	}{{fNonName, nonNames}, {fHonorific, honorifics}, {fConnector, connectors}, {fOrgHead, orgHeads}, {fLocHead, locHeads}} {
		for w := range set.m {
			g.vocab.mark(set.f, w)
		}
	}
	for w := range diplomaticWords {
		g.vocab.mark(fDiplomatic, w)
	}
	for _, tr := range partTriggers {
		g.vocab.mark(fPartTrigger, tr[0])
	}
	for _, tr := range agendaTriggers {
		g.vocab.mark(fAgendaTrigger, tr[0])
	}
	for _, set := range []struct {
		f uint32
		m map[string]bool
	}{{fMeeting, meetingWords}, {fExclude, excludeVerbs}, {fVisit, visitWords}, {fEvent, eventNouns}} {
		for w := range set.m {
			g.vocab.mark(set.f, w)
		}
	}
	for _, tr := range partTriggers {
		g.vocab.mark(fPartTrigger, tr[0])
	}
	for _, tr := range agendaTriggers {
		g.vocab.mark(fAgendaTrigger, tr[0])
	}
	for _, set := range []struct {
		f uint32
		m map[string]bool
	}{{fMeeting, meetingWords}, {fExclude, excludeVerbs}, {fVisit, visitWords}, {fEvent, eventNouns}} {
		for w := range set.m {
			g.vocab.mark(set.f, w)
		}
	}
	for w := range subjVerbs {
		g.vocab.mark(fSubjVerb, w)
	}
	for w := range objVerbs {
		g.vocab.mark(fObjVerb, w)
	}
	g.vocab.mark(fMeetNoun, meetNouns...)
	for w := range meetVerbs {
		g.vocab.mark(fMeetVerb, w)
	}
	for w := range auxWords {
		g.vocab.mark(fAux, w)
	}
	for w := range strictMeeting {
		g.vocab.mark(fStrictMeet, w)
	}
	for w := range motionWords {
		g.vocab.mark(fMotion, w)
	}
	g.vocab.mark(fMediate, mediateWords...)
	g.vocab.mark(fJoin, joinVerbs...)
	g.vocab.mark(fSign, signVerbs...)
	for _, set := range []map[string]bool{partSpeechVerbs, agendaDemandVerbs} {
		for w := range set {
			g.vocab.mark(fVoice, w)
		}
	}
	for w := range subjectNouns {
		g.vocab.mark(fSubjNoun, w)
	}
	for _, set := range loopSets {
		for w := range set {
			g.vocab.mark(fLoopSet, w)
		}
	}
	for w := range finiteAux {
		g.vocab.mark(fLoopSet, w)
	}
	g.vocab.buildHot()
	g.cues = stanceCues{crit: compileCues(criticalCues), sup: compileCues(supportiveCues)}
	g.cueVocab = cueVocab(&g.cues, &g.vocab)
	g.setBits = wordSetBits(&g.vocab)
	return g, nil
}

// addTerritories reads territories.tsv into g.territory, g.sovereign and
// g.town. The names go into no trie: the tagger and the other rules read a
// dependent territory as before, and only the venue names it a country of
// its own with its sovereign ("Talks in Greenland, Denmark", not a town of
// the country named after it: "the sea gap between Greenland, Iceland"),
// refined by its towns ("Nuuk" over "Greenland"). Kind "city" makes the
// region a town of its sovereign ("Macau, China", as countries.tsv has
// Hong Kong).
func (g *gazetteer) addTerritories() error {
	ls, err := readData("territories.tsv")
	if err != nil {
		return err
	}
	g.territory, g.sovereign, g.town = map[string]string{}, map[string]string{}, map[string]string{}
	for _, l := range ls {
		cols := strings.Split(l, "\t")
		name, sov := cols[0], strings.Join(field(cols, 2), "")
		names := append([]string{name}, field(cols, 1)...)
		if strings.Join(field(cols, 5), "") == "city" {
			for _, n := range names {
				g.town[n] = sov
			}
			continue
		}
		g.sovereign[name] = sov
		for _, n := range names {
			g.territory[n] = name
		}
		for _, c := range field(cols, 4) {
			g.town[c] = name
		}
	}
	return nil
}

// endsInRole reports whether the lower-case name, or its words after some
// word, is a role title of roles.
func endsInRole(name string, roles map[string]bool) bool {
	for {
		if roles[name] {
			return true
		}
		sp := strings.IndexByte(name, ' ')
		if sp < 0 {
			return false
		}
		name = name[sp+1:]
	}
}

// nameKey normalises a person name for matching transliteration variants:
// lower case, common Latin diacritics removed, and the usual Slavic
// romanisation endings folded (Zelenskyy/Zelenskiy/Zelensky, Sergei/Sergey,
// Dmitri/Dmitry, Yuri/Yury).
func nameKey(name string) string {
	var arr [64]byte
	b := arr[:0]
	w0 := 0 // start of the current word in b
	endWord := func() {
		if len(b) > w0 {
			b = foldEndingBytes(b, w0)
		}
	}
	for _, r := range name {
		r = unicode.ToLower(r)
		if unicode.IsSpace(r) {
			endWord()
			w0 = len(b)
			continue
		}
		switch r {
		case 'á', 'à', 'â', 'ä', 'ã', 'å':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'ì', 'î', 'ï':
			r = 'i'
		case 'ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ő':
			r = 'o'
		case 'ú', 'ù', 'û', 'ü', 'ű':
			r = 'u'
		case 'ç', 'č', 'ć':
			r = 'c'
		case 'ñ', 'ń':
			r = 'n'
		case 'š', 'ś', 'ş':
			r = 's'
		case 'ž', 'ź', 'ż':
			r = 'z'
		case 'ğ':
			r = 'g'
		case 'ı':
			r = 'i'
		case '’', '‘':
			r = '\''
		}
		if len(b) == w0 && w0 > 0 {
			b = append(b, ' ')
			w0++
		}
		b = utf8.AppendRune(b, r)
	}
	endWord()
	return string(b)
}

// foldKey folds a name key's inner spellings (see foldInner): keys equal
// after folding are the same name in two transliterations. It is used
// only to find the person a lone surname names, when no exact key does
// (two full names that differ so stay two people: "Luis Garcia", "Louis
// Garcia").
func foldKey(k string) string {
	return string(foldInner([]byte(k)))
}

// foldInner rewrites, in place, spellings that transliterations of one
// name differ by inside a word: "gh" and "q" (Araghchi, Araqchi), "iya"
// and "ia" (Pezeshkiyan, Pezeshkian; Aliyev, Aliev), "ou" and "u"
// (Mahmoud, Mahmud).
func foldInner(b []byte) []byte {
	j := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 'g' && i+1 < len(b) && b[i+1] == 'h':
			c = 'q'
			i++
		case c == 'i' && i+2 < len(b) && b[i+1] == 'y' && b[i+2] == 'a':
			i++ // "iya" -> "ia": drop the y
		case c == 'o' && i+1 < len(b) && b[i+1] == 'u':
			c = 'u'
			i++
		}
		b[j] = c
		j++
	}
	return b[:j]
}

// foldEndingBytes applies foldEnding to the word b[w0:], in place.
func foldEndingBytes(b []byte, w0 int) []byte {
	w := b[w0:]
	for _, suf := range [...]struct{ from, to string }{
		{"yy", "y"}, {"iy", "y"}, {"ii", "y"}, {"ij", "y"}, {"ei", "ey"}, {"i", "y"},
	} {
		if len(w) > len(suf.from)+2 && string(w[len(w)-len(suf.from):]) == suf.from {
			return append(b[:len(b)-len(suf.from)], suf.to...)
		}
	}
	return b
}

func foldEnding(w string) string {
	for _, suf := range [...]struct{ from, to string }{
		{"yy", "y"}, {"iy", "y"}, {"ii", "y"}, {"ij", "y"}, {"ei", "ey"}, {"i", "y"},
	} {
		if len(w) > len(suf.from)+2 && strings.HasSuffix(w, suf.from) {
			return w[:len(w)-len(suf.from)] + suf.to
		}
	}
	return w
}

// territoryPlace names a place the gazetteer knows only from
// territories.tsv: a dependent territory by its own name as its country
// ("Faroes" gives "Faroe Islands", "Faroe Islands"), a territory's town
// with its territory ("Nuuk", "Greenland"); else name and "".
func (g *gazetteer) territoryPlace(name string) (string, string) {
	if t := g.territory[name]; t != "" {
		return t, t
	}
	return name, g.town[name]
}
