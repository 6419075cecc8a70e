package digest

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

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
)

// vocab interns every word of the lexicons: one map lookup per body word
// yields its id (for the tries) and its lexicon flags.
type vocab struct {
	ids   map[string]int32
	flags []uint32
	// hot holds the lower-case words a lower-case body word may need: those
	// of the exact and role tries and of every lexicon but the large
	// given-name and lower-case-word lists. It is small and stays in cache;
	// most body words are looked up only here.
	hot map[string]int32
}

// getLower returns the id and flags of a body word written in lower case.
func (v *vocab) getLower(w string) (int32, uint32) {
	if id, ok := v.hot[w]; ok {
		return id, v.flags[id]
	}
	return -1, 0
}

// buildHot fills hot; call it once every word is interned.
func (v *vocab) buildHot() {
	v.hot = map[string]int32{}
	for w, id := range v.ids {
		if v.flags[id]&^(fLower|fFirst) != 0 && w == strings.ToLower(w) {
			v.hot[w] = id
		}
	}
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
}

func newTrie() trie { return trie{edges: map[uint64]int32{}, ents: []*entry{nil}} }

// child returns the node reached from node by word id w, or -1.
func (t *trie) child(node, w int32) int32 {
	if w < 0 {
		return -1
	}
	if c, ok := t.edges[uint64(node)<<32|uint64(uint32(w))]; ok {
		return c
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
	// nameIndex maps a normalised person name key to a known person entry.
	nameIndex map[string]*entry
	// cues are the stance cue lexicons.
	cues stanceCues
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
	g := &gazetteer{
		vocab:     vocab{ids: make(map[string]int32, 1<<15)},
		exact:     newTrie(),
		folded:    newTrie(),
		roles:     newTrie(),
		capital:   map[string]string{},
		nameIndex: map[string]*entry{},
	}
	// learned entries first, so hand-written ones override them
	ents, err := readData("gmb_ents.tsv")
	if err != nil {
		return nil, err
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
		e := &entry{kind: k, canon: cols[0], country: country}
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
	roles, err := readData("roles.txt")
	if err != nil {
		return nil, err
	}
	for _, r := range roles {
		ws := lowerWords(splitWords(r))
		g.roles.add(&g.vocab, ws, &entry{canon: r}, true, fHot)
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
	g.vocab.buildHot()
	g.cues = stanceCues{crit: compileCues(criticalCues), sup: compileCues(supportiveCues)}
	return g, nil
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
