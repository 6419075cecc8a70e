package digest

import (
	"embed"
	"fmt"
	"strings"

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

// trie maps word sequences to entries; words are compared exactly.
type trie struct {
	next  map[string]*trie
	entry *entry
}

func (t *trie) add(words []string, e *entry, override bool) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[w]
		if c == nil {
			c = &trie{}
			n.next[w] = c
		}
		n = c
	}
	if n.entry == nil || override {
		n.entry = e
	}
}

// gazetteer holds every embedded lexicon.
type gazetteer struct {
	exact  trie // case-sensitive entity names
	folded trie // lower-cased entity names, for all-caps text
	roles  trie // lower-cased role titles
	first  map[string]bool
	lower  map[string]bool // common lower-case words
	// countries by canonical name, with capital
	capital map[string]string
	// nameIndex maps a normalised person name key to a known person entry.
	nameIndex map[string]*entry
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
	g.exact.add(ws, e, override)
	g.folded.add(lowerWords(ws), e, override)
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
		first:     map[string]bool{},
		lower:     map[string]bool{},
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
		g.addName(cols[0], e, true)
		g.nameIndex[nameKey(cols[0])] = e
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
		g.roles.add(ws, &entry{canon: r}, true)
	}
	for _, f := range []string{"firstnames.txt", "gmb_first.txt"} {
		ls, err := readData(f)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			for _, w := range strings.Fields(l) {
				g.first[w] = true
			}
		}
	}
	lower, err := readData("lower.txt")
	if err != nil {
		return nil, err
	}
	for _, w := range lower {
		g.lower[w] = true
	}
	return g, nil
}

// nameKey normalises a person name for matching transliteration variants:
// lower case, common Latin diacritics removed, and the usual Slavic
// romanisation endings folded (Zelenskyy/Zelenskiy/Zelensky, Sergei/Sergey,
// Dmitri/Dmitry, Yuri/Yury).
func nameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range strings.ToLower(name) {
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
		b.WriteRune(r)
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		words[i] = foldEnding(w)
	}
	return strings.Join(words, " ")
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
