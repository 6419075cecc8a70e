package digest

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// personC is one person cluster: every mention of the same person.
type personC struct {
	known      *entry
	forms      []string       // surface forms, in order of first appearance
	formN      []int          // how often each form occurs
	formIdx    map[string]int // index of each form, once there are many
	surnameKey string
	firstKey   string
	first      int // index of the first mention
	role       string
	roleScore  int
	affil      string
	affilScore int
	possessor  int // cluster whose possessive introduced the role ("Trump's envoy"), or -1
	part       bool
	// seatHere and seatAway tell whether a clause that seated p told of
	// the story's meeting or of another occasion (see seat, kp18.go)
	seatHere, seatAway bool
	ments              []int
}

// Affiliation evidence strength.
const (
	affShared     = 1 // from the person before "and": "Brazilian Foreign Minister A and Agriculture Minister B"
	affKnown      = 2
	affPossessor  = 3
	affDelegation = 4
	affExplicit   = 5
)

var rankRoles = map[string]bool{
	"general": true, "lieutenant general": true, "major general": true, "retired general": true,
	"admiral": true, "colonel": true, "commander": true, "head": true, "leader": true, "deputy": true,
	"representative": true, "chair": true, "director": true, "secretary": true, "minister": true,
}

// isRankRole reports whether rankRoles holds the lower-cased role, without
// allocating for ASCII roles.
func isRankRole(role string) bool {
	if len(role) > 32 {
		return rankRoles[strings.ToLower(role)]
	}
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(role); i++ {
		c := role[i]
		if c >= utf8.RuneSelf {
			return rankRoles[strings.ToLower(role)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return rankRoles[string(b)]
}

func (d *doc) newPerson(mi int) int {
	m := &d.ments[mi]
	// clusters are recycled with the document (see doc.reset)
	var p *personC
	if n := len(d.people); n < len(d.personPool) {
		p = d.personPool[n]
		*p = personC{first: mi, forms: p.forms[:0], formN: p.formN[:0], possessor: -1, ments: p.ments[:0]}
	} else {
		p = &personC{first: mi, possessor: -1}
		d.personPool = append(d.personPool, p)
	}
	if m.e != nil && m.e.kind == kPerson {
		p.known = m.e
	}
	d.people = append(d.people, p)
	return len(d.people) - 1
}

func (p *personC) addForm(f string) {
	if p.formIdx != nil {
		if i, ok := p.formIdx[f]; ok {
			p.formN[i]++
			return
		}
		p.formIdx[f] = len(p.forms)
	} else {
		for i, g := range p.forms {
			if g == f {
				p.formN[i]++
				return
			}
		}
		if len(p.forms) >= 16 {
			// many forms: index them, so that a long document stays linear
			p.formIdx = make(map[string]int, 2*len(p.forms))
			for i, g := range p.forms {
				p.formIdx[g] = i
			}
			p.formIdx[f] = len(p.forms)
		}
	}
	p.forms = append(p.forms, f)
	p.formN = append(p.formN, 1)
}

// nameParts returns the surname and first-name keys of a mention.
func (d *doc) nameParts(m *ment) (sur, first string) {
	ws := d.words[m.w0:m.w1]
	if len(ws) >= 3 && genSuffix(ws[len(ws)-1].text) {
		// "Ferdinand Marcos Jr." is Marcos
		ws = ws[:len(ws)-1]
	} else if len(ws) >= 4 && ws[len(ws)-1].text == "." && genSuffix(ws[len(ws)-2].text) {
		ws = ws[:len(ws)-2]
	}
	sur = surnameKey(ws[len(ws)-1].text)
	if len(ws) >= 2 {
		first = nameKey(ws[0].text)
	}
	return sur, first
}

// monthAbbr are month names that are given names too, written before a
// day number in datelines ("Jan 9", "June 27").
var monthAbbr = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true, "April": true, "May": true, "June": true, "July": true,
	"August": true,
}

// knownAs returns the person mention that mention mi is a nickname of
// ("Amir Boukhors, known as \"Amir DZ\"", "Hemedti" in "Mohamed Hamdan
// Dagalo, known as Hemedti"), or -1.
func (d *doc) knownAs(mi int) int {
	k := d.ments[mi].w0 - 1
	for k >= 0 && (d.words[k].text == "\"" || d.words[k].text == "“" || d.words[k].text == "'") {
		k--
	}
	if k < 2 || d.lw(k) != "as" || d.lw(k-1) != "known" && d.lw(k-1) != "nicknamed" && d.lw(k-1) != "called" {
		return -1
	}
	k -= 2
	if k >= 0 && (d.lw(k) == "," || d.lw(k) == "(" || d.lw(k) == "also") {
		k--
	}
	// the nickname ends at a comma, a quotation mark, a bracket or the
	// sentence's end, not at a possessive ("known as Zelenskiy's closest
	// aide")
	m := &d.ments[mi]
	if d.words[m.w1-1].poss {
		return -1
	}
	if m.w1 < len(d.words) && d.words[m.w1].sent == d.words[m.w0].sent {
		switch d.words[m.w1].text {
		case ",", "\"", "”", "'", "’", ")", ".", ";":
		default:
			return -1
		}
	}
	// (mentAt is not built yet: the mention before is the one at mi-1)
	if pm := mi - 1; pm >= 0 && d.ments[pm].w1 == k+1 && d.ments[pm].typ == PER && d.ments[pm].sent == d.ments[mi].sent {
		return pm
	}
	return -1
}

// genSuffix reports whether w is a generational suffix after a surname
// ("Jr."; "II" and "III" are regnal numbers too: "John Paul II" keeps
// it, see ordinalSuffix).
func genSuffix(w string) bool {
	switch w {
	case "Jr", "Jr.", "Sr", "Sr.":
		return true
	}
	return false
}

// surnameKey is nameKey without an Arabic article: "al-Burhan", "Al-Burhan"
// and "Burhan" are one surname.
func surnameKey(w string) string {
	k := nameKey(w)
	for _, p := range [...]string{"al-", "el-"} {
		if len(k) > len(p)+2 && strings.HasPrefix(k, p) {
			return k[len(p):]
		}
	}
	return k
}

// resolvePeople clusters person mentions, resolves single-word names by
// surname coreference, and drops unknown single words that name nobody.
func (d *doc) resolvePeople() {
	if d.bySur == nil {
		d.byKnown, d.bySur, d.byOther = map[*entry]int{}, map[string][]int{}, map[string][]int{}
	}
	if d.bySurFold == nil {
		d.bySurFold = map[string][]int{}
	}
	bySurFold := d.bySurFold
	clear(bySurFold)
	byKnown, bySur := d.byKnown, d.bySur
	// byOther indexes the first word of two-word names (East Asian names
	// put the family name first: "Park Min-jun" ... "Park") and every word
	// of known multi-word names.
	byOther := d.byOther
	clear(byKnown)
	clear(bySur)
	clear(byOther)
	assign := func(mi, pi int) {
		m := &d.ments[mi]
		m.person = pi
		m.typ = PER
		p := d.people[pi]
		p.ments = append(p.ments, mi)
		p.addForm(d.body[m.start:m.end])
	}
	// pass A: full names and known people
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.typ != PER {
			continue
		}
		full := m.w1-m.w0 >= 2
		known := m.e != nil && m.e.kind == kPerson
		if !full && !known {
			continue
		}
		if pm := d.knownAs(mi); pm >= 0 && d.ments[pm].person >= 0 {
			// "Amir Boukhors, known as \"Amir DZ\"": one person
			assign(mi, d.ments[pm].person)
			continue
		}
		if known {
			if pi, ok := byKnown[m.e]; ok {
				assign(mi, pi)
				continue
			}
		}
		sur, first := d.nameParts(m)
		pi := -1
		if full {
			for _, c := range bySur[sur] {
				if d.people[c].firstKey == "" || d.people[c].firstKey == first || strings.HasPrefix(d.people[c].firstKey, first[:1]) && len(first) <= 2 {
					pi = c
					break
				}
			}
		}
		if pi < 0 && known {
			// a known person first met by surname alone: "Zelenskyy" then "Volodymyr Zelenskyy"
			k := m.e.canonKey()
			if idx := strings.LastIndexByte(k, ' '); idx >= 0 {
				k = k[idx+1:]
			}
			for _, c := range bySur[k] {
				if d.people[c].known == m.e {
					pi = c
				}
			}
			if pi < 0 {
				for _, c := range bySurFold[foldKey(k)] {
					if p := d.people[c]; p.known == nil && p.firstKey != "" && strings.HasPrefix(m.e.canonKey(), p.firstKey+" ") {
						// the same name in another transliteration, met
						// first in full: "Abbas Araqchi" ... "Araghchi"
						pi = c
					}
				}
			}
		}
		if pi < 0 {
			pi = d.newPerson(mi)
			p := d.people[pi]
			if full {
				p.surnameKey, p.firstKey = sur, first
			} else {
				p.surnameKey = sur
			}
			if p.known != nil {
				k := p.known.canonKey()
				if idx := strings.LastIndexByte(k, ' '); idx >= 0 {
					if p.firstKey == "" {
						p.firstKey = k[:idx]
					}
					if sur != k[idx+1:] {
						bySur[k[idx+1:]] = append(bySur[k[idx+1:]], pi)
					}
				}
			}
			bySur[sur] = append(bySur[sur], pi)
			bySurFold[foldKey(sur)] = append(bySurFold[foldKey(sur)], pi)
			if full && m.w1-m.w0 == 2 {
				byOther[first] = append(byOther[first], pi)
			}
			if full && m.w1-m.w0 == 3 && d.words[m.w0+1].cap {
				// a first surname or a middle name: "Bruno Rodriguez
				// Parrilla" ... "Rodriguez", "Thomas Cirillo Swaka" ...
				// "Cirillo"
				if mid := surnameKey(d.words[m.w0+1].text); mid != sur {
					byOther[mid] = append(byOther[mid], pi)
				}
			}
			if p.known != nil {
				k := p.known.canonKey()
				for w, at := nextField(k, 0); w != ""; w, at = nextField(k, at) {
					byOther[w] = append(byOther[w], pi)
				}
			}
		} else if full && d.people[pi].firstKey == "" {
			d.people[pi].firstKey = first
		}
		if known {
			byKnown[m.e] = pi
			if d.people[pi].known == nil {
				d.people[pi].known = m.e
			}
		}
		assign(mi, pi)
	}
	// pass B: single words
	keep := d.ments[:0]
	if cap(d.remap) < len(d.ments) {
		d.remap = make([]int, len(d.ments))
	}
	remap := d.remap[:len(d.ments)]
	d.remap = remap
	for mi := range d.ments {
		m := &d.ments[mi]
		single := m.w1-m.w0 == 1
		if single && m.typ == PER && m.person < 0 && m.w1 < len(d.words) && monthAbbr[d.words[m.w0].text] && isDayNumber(d.words[m.w1].text) {
			// "NAIROBI, Jan 9 (Reuters)": a date, no person
			m.typ = ""
		}
		if single && m.typ == PER && m.e == nil && (d.words[m.w0].low == "prime" || roleModifiers[d.words[m.w0].low]) {
			// "Kenya's Prime Cabinet Secretary Musalia Mudavadi": a word
			// of a title, no person
			m.typ = ""
		}
		// a single word the rules or the tagger typed as a place, an
		// organisation or a nationality is a person if it is the surname
		// of one named in full: "Masri", "Zaidi", "Azevedo"
		guessedOther := m.guessed && m.e == nil && (m.typ == LOC || m.typ == ORG || m.typ == NORP)
		if m.person < 0 && single && (m.typ == PER || m.typ == "" || m.k >= kLearnPer || guessedOther) {
			sur := surnameKey(d.words[m.w0].text)
			cs := bySur[sur]
			if len(cs) == 0 && !guessedOther {
				cs = byOther[sur]
			}
			if len(cs) == 0 && !guessedOther {
				// another transliteration: "Pezeshkiyan" of "Masoud
				// Pezeshkian"
				cs = bySurFold[foldKey(sur)]
			}
			if len(cs) > 0 {
				pi := cs[len(cs)-1]
				// the most recently mentioned bearer of that surname
				for _, c := range cs {
					if d.people[c].first < mi {
						pi = c
					}
				}
				assign(mi, pi)
			} else if m.typ == PER {
				pi := d.newPerson(mi)
				d.people[pi].surnameKey = sur
				bySur[sur] = append(bySur[sur], pi)
				assign(mi, pi)
			}
		}
		if m.typ == "" {
			remap[mi] = -1
			continue
		}
		remap[mi] = len(keep)
		keep = append(keep, *m)
	}
	d.ments = keep
	for _, p := range d.people {
		j := 0
		for _, mi := range p.ments {
			if remap[mi] >= 0 {
				p.ments[j] = remap[mi]
				j++
			}
		}
		p.ments = p.ments[:j]
		if j > 0 {
			p.first = p.ments[0]
		}
	}
	d.indexMentions()
}

func (d *doc) indexMentions() {
	if cap(d.mentAt) < len(d.words) {
		d.mentAt = make([]int32, len(d.words))
	}
	d.mentAt = d.mentAt[:len(d.words)]
	for i := range d.mentAt {
		d.mentAt[i] = -1
	}
	for mi := range d.ments {
		for w := d.ments[mi].w0; w < d.ments[mi].w1; w++ {
			d.mentAt[w] = int32(mi)
		}
	}
}

// mentionEndingAt returns the mention whose last word is w, or -1.
func (d *doc) mentionEndingAt(w int) int {
	if w < 0 || w >= len(d.words) {
		return -1
	}
	mi := int(d.mentAt[w])
	if mi >= 0 && d.ments[mi].w1 == w+1 {
		return mi
	}
	return -1
}

// roleMatchEnding finds the longest role title ending at word p, not before lo.
func (d *doc) roleMatchEnding(p, lo int) int {
	if p >= 0 && p < len(d.words) && d.words[p].lf&fRoleEnd == 0 {
		// no role title ends with this word
		return -1
	}
	for l := 6; l >= 1; l-- {
		q := p - l + 1
		if q < lo {
			continue
		}
		if d.roleAt(q, p+1) == l {
			return q
		}
	}
	return -1
}

// bodyWords are lower-case words of a government body written between a
// country and a role: "Chinese foreign ministry spokeswoman".
var bodyWords = map[string]bool{
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true, "trade": true,
	"ministry": true, "government": true, "embassy": true, "presidential": true, "state": true, "military": true,
	"army": true, "cabinet": true, "office": true,
}

// affilOf interprets the mention before a role as an affiliation.
func (d *doc) affilOf(mi int) (affil string, prefix bool, possessor int) {
	m := &d.ments[mi]
	if m.typ == PER {
		if d.words[m.w1-1].poss {
			return "", false, m.person
		}
		return "", false, -1
	}
	if m.e == nil {
		if m.typ == ORG {
			return d.body[m.start:m.end], true, -1
		}
		return "", false, -1
	}
	switch m.e.kind {
	case kCountry, kNorp:
		if m.e.bloc {
			return m.e.canon, false, -1
		}
		return m.e.country, false, -1
	case kCity:
		return m.e.country, false, -1
	case kSeat, kGov:
		return m.e.country, true, -1
	case kBloc, kOrg, kLearnOrg:
		return m.e.canon, true, -1
	}
	return "", false, -1
}

// portfolioWords name a minister's field, not a body or country: the
// "Commerce" of "Commerce Minister", the "Foreign" of "Foreign Secretary".
var portfolioWords = map[string]bool{
	"commerce": true, "trade": true, "foreign": true, "defence": true, "defense": true, "energy": true,
	"health": true, "finance": true, "interior": true, "justice": true, "education": true, "agriculture": true,
	"industry": true, "economy": true, "labour": true, "labor": true, "transport": true, "environment": true,
	"culture": true, "tourism": true, "mining": true, "petroleum": true, "information": true, "home": true,
	"security": true, "water": true, "infrastructure": true, "development": true, "fisheries": true, "state": true,
	// the European Commission's portfolios: "Enlargement Commissioner Marta Kos"
	"enlargement": true, "migration": true, "climate": true, "competition": true, "neighbourhood": true,
	"cohesion": true, "humanitarian": true, "budget": true, "digital": true,
}

// countryFirst reports whether mention mi starts with a country's name
// or adjective: "[Kenyan Energy] Cabinet Secretary".
func (d *doc) countryFirst(mi int) bool {
	am := &d.ments[mi]
	n, e := d.lookup(am.w0, am.w1, false)
	return n > 0 && e != nil && (e.kind == kNorp || e.kind == kCountry)
}

// possIn reports whether a word of [a, b) ends in "'s".
func (d *doc) possIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.words[k].poss {
			return true
		}
	}
	return false
}

// ministerial reports whether a role that starts with word t is a
// minister's or secretary's, whose capitalised words before it name a
// portfolio.
func ministerial(t string) bool {
	switch t {
	case "minister", "secretary", "cabinet":
		return true
	}
	return false
}

// portfolioOnly reports whether mention mi is made only of portfolio
// words ("Commerce", "Trade and Industry"): no body of its own.
func (d *doc) portfolioOnly(mi int) bool {
	m := &d.ments[mi]
	for k := m.w0; k < m.w1; k++ {
		if t := d.lw(k); !portfolioWords[t] && t != "and" {
			return false
		}
	}
	return true
}

// monthNames number the months, by lower-case name.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
}

// otherEventWords name an event other than talks: who takes part in it,
// walks out of it or stays away from it tells nothing of the talks.
var otherEventWords = map[string]bool{
	"briefing": true, "interview": true, "protest": true, "protests": true, "march": true, "marches": true,
	"marched": true, "rally": true, "rallies": true, "celebrations": true, "celebration": true, "parade": true,
	"vote": true, "olympics": true, "games": true, "funeral": true, "strike": true, "demonstration": true,
	"demonstrations": true, "vigil": true, "election": true, "elections": true, "insurgency": true, "coup": true,
	"rebellion": true, "trial": true, "hearing": true, "court": true, "tribunal": true,
}

// otherOccasion reports whether the clause of the trigger at word i
// (clauseAt; words before limit) tells of another time than the lead's:
// "had sat down with", "last month", "earlier this year", "in 2023" (a
// year other than the news'), "in April" (a month other than the
// news'), or a time to come when the clause tells a meeting held ("held
// talks with B to prepare for a summit later this year" is dated by its
// purpose's time, not its own); with events, of another event too: "a
// news conference", "a protest march", "celebrations", within the first
// seven words (the verb's own object, not a topic or a later clause).
func (d *doc) otherOccasion(i, limit int, events bool) bool {
	if i > 0 && d.lw(i-1) == "had" {
		return true // "he had sat down with B"
	}
	c := d.clauseAt(i)
	if c.whenAt >= 0 && c.whenAt < limit {
		switch c.when {
		case whenBefore:
			return true
		case whenAfter:
			// (a weekday to come is the story's own: "is due to meet B
			// on Wednesday" on a tour begun on Monday)
			if d.lw(c.whenAt) != "on" && !d.pastUpTo(c, i) {
				return true
			}
		}
	}
	if !events {
		return false
	}
	for k := i + 1; k < limit && k < c.w1 && k <= i+7; k++ {
		switch t := d.lw(k); t {
		case ",", ";":
			return false // the event is named before a comma
		case "conference":
			if p := d.lw(k - 1); p == "news" || p == "press" {
				return true
			}
		default:
			if otherEventWords[t] && !(t == "march" && d.words[k].cap) {
				return true
			}
		}
	}
	return false
}

// pastUpTo reports whether clause c tells its event at word i as held:
// its verb is in the past and no auxiliary of a time to come stands
// between it and i ("announced B would visit Bonn for talks with C" is
// no past meeting).
func (d *doc) pastUpTo(c *clause, i int) bool {
	if c.verb < 0 || c.tense&tPast == 0 || c.tense&(tFuture|tCond|tModal) != 0 {
		return false
	}
	for k := c.verb + 1; k <= i && k < c.w1; k++ {
		if t := d.lw(k); finiteAux[t] != 0 || t == "be" {
			return false // "will be represented", "is to be hosted"
		}
	}
	return true
}

// occasionParticiples are irregular past participles that, after a noun,
// start a reduced clause about that noun: "the accord struck last year".
var occasionParticiples = map[string]bool{
	"held": true, "struck": true, "won": true, "made": true, "set": true, "begun": true, "signed": true,
	"sought": true, "drawn": true, "laid": true, "taken": true, "given": true, "brought": true,
}

// Answers of occasionStop.
const (
	stopNone  = iota
	stopToday // the lead's day: "on Tuesday" (not "on Tuesday next week")
	stopThing // a participle after a noun, then a time: "the deal agreed in July"
)

// occasionStop tells what word k (t, lower case) of a trigger's clause
// says about the meeting's own time: the lead's day is named ("on
// Tuesday"), so a later marker belongs to something else; or a
// participle after a noun opens a reduced clause about that noun whose
// time follows ("the deal agreed in July", "the case filed in 2019",
// "the accord drawn up last year"), which is not the meeting's. A purpose
// or a topic ("to discuss", "about the crisis", "for the first time")
// stops nothing: "met B about the crisis in 2023" is another meeting.
func (d *doc) occasionStop(k int, t string) int {
	if t == "on" && reportDays[d.lw(k+1)] {
		if n := d.lw(k + 2); n == "next" || n == "last" {
			return stopNone // "on Tuesday next week"
		}
		return stopToday
	}
	if k > 0 && len(t) > 3 && (strings.HasSuffix(t, "ed") || d.mayBeIn(k, wsOccasionParticiple) && occasionParticiples[t]) && !d.words[k].cap {
		p := d.lw(k - 1)
		if !d.words[k-1].cap && d.mentAt[k-1] < 0 && !(d.mayBeIn(k-1, wsOccasionDet|wsAux|wsOccasionLink) && (occasionDets[p] || auxWords[p] || occasionLinks[p])) && len(p) > 2 {
			n := d.lw(k + 1)
			if n == "up" || n == "out" {
				n = d.lw(k + 2) // "drawn up last year"
			}
			switch n {
			case "in", "at", "during", "last", "earlier", "this", "years", "months":
				return stopThing
			}
		}
	}
	return stopNone
}

// occasionDets are the determiners and possessives that open a noun
// phrase: "to the summit" is no purpose, "the planned talks" no participle.
var occasionDets = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"this": true, "that": true, "these": true, "those": true,
}

// occasionLinks are words after which an "-ed" word is the meeting
// clause's own verb, not a participle about a noun.
var occasionLinks = map[string]bool{
	"and": true, "or": true, "been": true, "being": true, "also": true, "not": true, "then": true, "later": true,
	"first": true, "jointly": true, "had": true, "have": true, "has": true,
}

// representedSubject returns the country of the subject of "was
// represented by" at word i of sentence si: a country ("Ukraine was
// represented by Defence Minister B") or a leader ("Fijian Prime Minister
// Rabuka was represented by his deputy B", who is then absent: he sent
// the stand-in); or "".
func (d *doc) representedSubject(i int, s *sentence, si int) string {
	k := i - 1
	if k > s.w0 && d.lw(k) == "also" {
		k--
	}
	if k > s.w0 && d.lw(k) == "be" {
		k-- // "will be represented by"
		if k > s.w0 && auxWords[d.lw(k)] {
			k--
		}
		k++
	}
	switch d.lw(k) {
	case "was", "were", "is", "are", "be":
	default:
		return ""
	}
	mi := d.mentionEndingAt(k - 1)
	if mi < 0 && k > s.w0 && d.lw(k-1) == "," {
		// a relative aside between: "Australia, which has championed
		// the proposal, was represented by B"
		if a := d.asideBefore(k-1, s.w0); a > s.w0 {
			mi = d.mentionEndingAt(a - 1)
		}
	}
	if mi < 0 || d.ments[mi].w0 > s.labelEnd+4 || d.otherOccasion(i, s.w1, true) {
		return ""
	}
	for j := i + 2; j < s.w1 && j <= i+4; j++ {
		switch d.lw(j) {
		case "lawyer", "lawyers", "attorney", "attorneys", "counsel":
			return "" // "was represented by his lawyer"
		}
	}
	m := &d.ments[mi]
	if m.typ == PER {
		if m.person < 0 {
			return ""
		}
		p := d.people[m.person]
		if !slices.Contains(d.absentees, m.person) {
			d.absentees = append(d.absentees, m.person)
			d.absenteeSents = append(d.absenteeSents, si)
		}
		if d.isCountry(p.affil) {
			return p.affil
		}
		return ""
	}
	if c := d.countryOf(mi); d.isCountry(c) && m.w0 <= s.labelEnd+1 {
		return c
	}
	return ""
}

// sentInPlace reports whether "sent" at word i goes on, within twelve
// words, with "in his/her place" or "in place of".
func (d *doc) sentInPlace(i, limit int) bool {
	for k := i + 1; k+1 < limit && k <= i+12; k++ {
		switch d.lw(k) {
		case ";", ".":
			return false
		case "in":
			if t := d.lw(k + 1); t == "place" || (t == "his" || t == "her" || t == "their") && d.lw(k+2) == "place" {
				return true
			}
		}
	}
	return false
}

// commaAfter returns the first comma after word i, or limit.
func (d *doc) commaAfter(i, limit int) int {
	for k := i; k < limit; k++ {
		if d.lw(k) == "," {
			return k
		}
	}
	return limit
}

// addressOwnBody reports whether the audience noun at word w is the
// talks' own: "addressed the meeting", "the opening session of the
// summit" (not "a gathering of supporters", "the session of the National
// Assembly"): a gathering, session or opening needs "the" and no "of"
// another body.
func (d *doc) addressOwnBody(w, limit int) bool {
	switch d.lw(w) {
	case "gathering", "session", "opening":
		if d.lw(w-1) != "the" {
			return false
		}
		if w+1 < limit && d.lw(w+1) == "of" {
			j := w + 2
			if d.lw(j) == "the" {
				j++
			}
			return j < limit && d.words[j].lf&fMeetNoun != 0
		}
	}
	return true
}

// pastWordAfter reports whether a word of the past ("last", "earlier",
// "previously", "ago", "once") follows word k within fifteen words,
// before a semicolon (see pastMarker, which counts any year too). A
// relative or participle aside after a name tells of that person's own
// earlier deed, not of the occasion: "joined by envoy B, who mediated a
// swap earlier this year" (its time is skipped).
func (d *doc) pastWordAfter(k, limit int) bool {
	for i := k; i < limit && i < k+15; i++ {
		switch d.lw(i) {
		case ";":
			return false
		case ",":
			if i+1 < limit && i > k && d.mentAt[i-1] >= 0 && (relOpener(d.lw(i+1)) || d.partOpener(i+1)) {
				e := d.asideEnd(i, limit)
				if e < 0 {
					return false // (to the sentence's end)
				}
				i = e
			}
		case "last", "ago", "previously", "earlier", "once":
			return true
		}
	}
	return false
}

// roleContext reads the role and affiliation around a person mention.
func (d *doc) roleContext(mi int) {
	m := &d.ments[mi]
	p := d.people[m.person]
	s := &d.sents[m.sent]
	lo := s.labelEnd
	consider := func(q, end int, score int) {
		// "First Vice Foreign Minister": modifiers the role list lacks
		for q-1 >= lo && roleModifiers[d.lw(q-1)] && (d.words[q-1].cap || !d.words[q].cap) {
			q--
		}
		roleText := d.body[d.words[q].start:d.words[end].end]
		rank := isRankRole(roleText)
		affil, possessor := "", -1
		prefixed := false
		if d.mentionEndingAt(q-1) < 0 {
			// "Chinese foreign ministry spokeswoman Mao Ning": a body in
			// lower case between the country and the role
			// (or in capitals the role list lacks: "India's Water
			// Resources Secretary", "EU Migration Commissioner")
			k := q - 1
			for k >= lo && k >= q-3 && (bodyWords[d.lw(k)] || d.words[k].cap && d.words[k].alpha && !d.words[k].poss && d.mentAt[k] < 0) {
				k--
			}
			if c := d.mentionEndingAt(k); k < q-1 && k >= lo && c >= 0 {
				if ce := d.ments[c].e; ce != nil && (ce.kind == kNorp || ce.kind == kCountry) && !ce.bloc {
					affil = ce.country
					roleText = d.body[d.words[k+1].start:d.words[end].end]
				} else if ce != nil && (ce.bloc || ce.kind == kBloc) && d.words[k+1].cap {
					affil = ce.canon
					roleText = d.body[d.words[k+1].start:d.words[end].end]
				} else if d.ments[c].typ == ORG && d.words[k+1].cap && (ce == nil || ce.kind == kOrg || ce.kind == kGov || ce.kind == kLearnOrg) {
					// "[Uganda Energy] Permanent Secretary": the role
					// from the capitals on, the organisation before it
					// read below
					q = k + 1
					roleText = d.body[d.words[q].start:d.words[end].end]
				}
			}
		}
		aq, formerLen := q, 0
		for aq-1 > lo && roleModifiers[d.lw(aq-1)] && !d.words[aq-1].cap {
			// "Romanian interim President Ilie Bolojan": the country
			// before a modifier in lower case
			aq--
		}
		if a := d.mentionEndingAt(aq - 1); a >= 0 && aq-1 >= lo {
			affil, prefixed, possessor = d.affilOf(a)
			if am := &d.ments[a]; am.e == nil && am.typ == ORG && (d.portfolioOnly(a) || ministerial(d.lw(q))) && (am.w0 == 0 || d.mentAt[am.w0-1] < 0) && !(am.w0 >= 2 && d.words[am.w0-1].cap && d.mentAt[am.w0-2] >= 0) && !d.possIn(am.w0, am.w1) && !d.countryFirst(a) {
				// (not after a country: "Kenya's [Interior] Cabinet
				// Secretary", "Kenya's Prime [Cabinet] Secretary" are
				// read below)
				// "Commerce Minister Piyush Goyal", "Telecoms Minister
				// B": the portfolio is part of the role, not a country
				// or body of its own
				affil = ""
				roleText = d.body[d.ments[a].start:d.words[end].end]
			}
			if w := d.ments[a].w0 - 1; w >= lo && (d.lw(w) == "former" || d.lw(w) == "ex") && !strings.HasPrefix(strings.ToLower(roleText), "former") {
				// "former Tanzanian president Jakaya Kikwete"
				roleText = "former " + roleText
				formerLen = len("former ")
			}
			am := &d.ments[a]
			if prefixed && affil != "" {
				orgText := d.body[am.start:am.end]
				// "Russian Foreign Ministry spokeswoman": Russia, "Foreign Ministry spokeswoman"
				if n, e := d.lookup(am.w0, am.w1, false); n > 0 && n < am.w1-am.w0 && (e.kind == kNorp || e.kind == kCountry) && !e.bloc {
					affil = e.country
					orgText = d.body[d.words[am.w0+n].start:am.end]
				} else if (am.e == nil || am.e.country == "" && (am.e.kind == kOrg || am.e.kind == kGov || am.e.kind == kLearnOrg)) && am.w0-1 >= lo {
					// (a body of no one country too: "Vietnam's Communist
					// Party General Secretary", "Kenya's Parliament")
					// a national body of no list after its country:
					// "Russian [Foreign Ministry] spokeswoman", "Japan's
					// [Chief Cabinet] Secretary": the country
					c := d.mentionEndingAt(am.w0 - 1)
					if c < 0 && am.w0-2 >= lo && d.words[am.w0-1].cap {
						c = d.mentionEndingAt(am.w0 - 2) // "Kenya's Prime Cabinet Secretary"
					}
					if c >= 0 {
						if ce := d.ments[c].e; ce != nil && (ce.kind == kNorp || ce.kind == kCountry) && !ce.bloc {
							affil = ce.country
						}
					}
				}
				// orgText + " " + roleText, cut from the body when it is written so
				if orgEnd, rs := am.end, d.words[q].start; rs == orgEnd+1 && d.body[orgEnd] == ' ' && strings.HasSuffix(d.body[:orgEnd], orgText) {
					roleText = d.body[orgEnd-len(orgText) : d.words[end].end]
				} else {
					roleText = orgText + " " + roleText
				}
			}
			if d.ments[a].e != nil && (d.ments[a].e.kind == kBloc || d.ments[a].e.kind == kOrg) {
				// the organisation's name, then the role without it
				org := d.body[d.ments[a].start:d.ments[a].end]
				if !(len(roleText) > len(org) && roleText[len(org)] == ' ' && roleText[:len(org)] == org) {
					roleText = org + " " + roleText
				}
			}
		}
		sc := score + len(roleText) - formerLen
		if rank {
			sc -= 100
		}
		if sc > p.roleScore || p.role == "" {
			p.role = upperFirst(roleText)
			p.roleScore = sc
		}
		if affil != "" && affExplicit > p.affilScore {
			p.affil, p.affilScore = affil, affExplicit
		}
		if a := int(d.mentAt[q]); affil == "" && a >= 0 && d.ments[a].w0 < q && d.ments[a].typ != PER {
			// a role that starts inside a body's name: "U.S. Treasury
			// Secretary Scott Bessent"
			if c, _, _ := d.affilOf(a); c != "" && affExplicit > p.affilScore {
				if e := d.ments[a].e; e != nil && (e.kind == kGov || e.kind == kSeat) {
					p.affil, p.affilScore = c, affExplicit
				}
			}
		}
		if affil == "" && q-2 >= lo {
			d.sharedAffil(p, q)
		}
		if possessor >= 0 && possessor != m.person && affPossessor > p.affilScore {
			p.possessor = possessor
		}
	}
	// title before the name: "Russian Foreign Minister Sergey Lavrov"
	pw := m.w0 - 1
	if pw >= lo && d.words[pw].xf&fHonorific != 0 {
		pw--
	}
	found := false
	if pw >= lo {
		// "senior adviser for Africa Massad Boulos", "Special Envoy for
		// the Middle East Steve Witkoff": the role ends in its place
		if a := d.mentionEndingAt(pw); a >= 0 && d.ments[a].typ != PER {
			e := d.roleForBefore(d.ments[a].w0, lo)
			if j := d.ments[a].w0 - 2; e < 0 && j-1 >= lo && d.lw(j+1) == "the" && d.lw(j) == "at" && d.words[j-1].lf&fRoleEnd != 0 {
				// "Minister of State at the Foreign Ministry B"
				e = j - 1
			}
			if e >= 0 {
				if q := d.roleMatchEnding(e, lo); q >= 0 {
					consider(q, pw, 50)
					found = true
					pw = q - 1
				}
			}
		}
	}
	if pw >= lo && !found {
		if q := d.roleMatchEnding(pw, lo); q >= 0 {
			consider(q, pw, 50)
			found = !isRankRole(d.body[d.words[q].start:d.words[pw].end])
			pw = q - 1
		}
	}
	// a country's or body's possessive before the name: "Poland's Aleksander
	// Kwasniewski" (a person's is the possessor: "Trump's Steve Witkoff")
	if pw == m.w0-1 && pw >= lo && d.words[pw].poss {
		if a := d.mentionEndingAt(pw); a >= 0 && d.ments[a].typ != PER {
			if affil, _, _ := d.affilOf(a); affil != "" && affExplicit > p.affilScore {
				p.affil, p.affilScore = affil, affExplicit
			}
		}
	}
	// appositive before: "Trump's special envoy for Russia and Ukraine, retired General Keith Kellogg"
	if !found && pw >= lo+1 && d.words[pw].text == "," {
		comma := pw
		best := -1
		for q := comma - 1; q >= lo && q >= comma-10; q-- {
			l := d.roleAt(q, comma)
			if l == 0 {
				continue
			}
			tail := q + l
			if tail == comma || (d.words[tail].text == "for" || d.words[tail].text == "of" || d.words[tail].text == "to") && d.tailOK(tail+1, comma) {
				best = q
			}
			if best >= 0 && best != q {
				break
			}
		}
		if best >= 0 {
			consider(best, comma-1, 60)
		}
	}
	if p.affilScore < affDelegation {
		d.counterpartAffil(p, m.w0, lo)
	}
	// "Kenji Morita of Japan", "Jan Kavan of the Czech Republic"
	if m.w1+1 < s.w1 && d.words[m.w1].text == "of" {
		q := m.w1 + 1
		if d.words[q].text == "the" && q+1 < s.w1 {
			q++
		}
		if a := int(d.mentAt[q]); a >= 0 && d.ments[a].w0 == q && d.ments[a].typ != PER {
			if affil, _, _ := d.affilOf(a); affil != "" && affExplicit > p.affilScore {
				p.affil, p.affilScore = affil, affExplicit
			}
		}
	}
	// appositive after: "Sergey Lavrov, Russia's foreign minister,"
	if m.w1+1 < s.w1 && d.words[m.w1].text == "," {
		q := m.w1 + 1
		if t := d.words[q].text; t == "the" || t == "a" || t == "an" {
			q++
		}
		start := q
		if a := int(d.mentAt[min(q, len(d.words)-1)]); a >= 0 && d.ments[a].w0 == q && d.ments[a].typ != PER {
			q = d.ments[a].w1
		}
		if q < s.w1 {
			if l := d.roleAt(q, s.w1); l > 0 && (q+l >= s.w1 || !d.words[q+l].cap) {
				end := q + l - 1
				if end+1 < s.w1 && (d.words[end+1].text == "for" || d.words[end+1].text == "of") {
					for k := end + 2; k < s.w1 && k < end+7 && d.words[k].text != "," && d.words[k].text != "."; k++ {
						if d.words[k].cap || d.words[k].text == "and" {
							end = k
						} else {
							break
						}
					}
				}
				if start < q {
					consider(q, end, 40)
					if a := int(d.mentAt[start]); a >= 0 {
						if affil, _, _ := d.affilOf(a); affil != "" && affExplicit > p.affilScore {
							p.affil, p.affilScore = affil, affExplicit
						}
					}
				} else {
					consider(q, end, 40)
				}
			}
		}
	}
}

// counterpartAffil gives p, named at word w, the country of "<Cambodian>
// counterpart" before its name and role: "his Jordanian counterpart Ayman
// Safadi", "His Cambodian counterpart, Deputy Prime Minister and Defence
// Minister Tea Seiha".
func (d *doc) counterpartAffil(p *personC, w, lo int) {
	for k := w - 1; k-1 >= lo && k >= w-9; k-- {
		t := d.lw(k)
		if t == "counterpart" || t == "counterparts" {
			if c := d.mentionEndingAt(k - 1); c >= 0 {
				if ce := d.ments[c].e; ce != nil && (ce.kind == kNorp || ce.kind == kCountry) && !ce.bloc {
					p.affil, p.affilScore = ce.country, affDelegation
				}
			}
			if p.role == "" && (p.known == nil || p.known.role == "") {
				// "Barrot was received by his Moroccan counterpart B":
				// B holds the office of the one he is counterpart of,
				// the clause's subject ("Rubio, who also met Indian
				// Prime Minister Modi, will see his Chinese counterpart
				// Wang": Rubio's, not Modi's); never over an office
				// the person is known by
				if q := d.counterpartOf(p, lo, k); q != nil {
					p.role = q.role
				}
			}
			return
		}
		if d.mentAt[k] >= 0 || !(d.words[k].cap || t == "," || t == "and" || roleModifiers[t]) {
			return // another name, or words that are no title
		}
	}
}

// counterpartOf returns the person whose counterpart is named at word k
// ("counterpart"), in a sentence from word lo: the first person of the
// clause that holds k, the clause starting after the nearest "after",
// "before", "when", "while", "since", "as", "because" or "that" ("Modi
// received B after Nakatani met his Indian counterpart C": Nakatani's
// office, not Modi's; a relative clause after the subject does not count:
// "Rubio, who also met Modi, will see his counterpart": Rubio's); else
// the nearest person before k. Only a person with an office that is no
// rank counts; nil if none.
func (d *doc) counterpartOf(p *personC, lo, k int) *personC {
	cs, comma := lo, -1
	for j := k - 1; j > lo; j-- {
		switch d.lw(j) {
		case ",":
			if comma < 0 {
				comma = j
			}
			continue
		case "after", "before", "when", "while", "since", "as", "because", "that", "until", ";":
			cs = j + 1
			if comma >= 0 && d.lw(j) != ";" {
				// the subordinate clause closed before "counterpart":
				// an opening one leaves the main clause after its comma
				// ("After A met B, C received his counterpart"); one set
				// off inside the sentence is an aside, and the subject
				// opens the sentence ("A, as B looked on, met his
				// counterpart")
				cs = lo
				if p := d.lw(j - 1); j <= lo+1 || p == "-" || p == "—" || p == "–" || p == ":" {
					cs = comma + 1 // (after a dateline's dash too)
				}
			}
		default:
			continue
		}
		break
	}
	office := func(j int) *personC {
		if mi := d.mentAt[j]; mi >= 0 && d.ments[mi].person >= 0 {
			if q := d.people[d.ments[mi].person]; q != p && q.role != "" && !isRankRole(q.role) {
				return q
			}
		}
		return nil
	}
	for j := cs; j < k && j <= cs+20; j++ {
		if mi := d.mentAt[j]; mi >= 0 && d.ments[mi].person >= 0 {
			if q := office(j); q != nil && k-j <= 25 {
				return q
			}
			break
		}
	}
	for j := k - 1; j >= lo && j >= k-25; j-- {
		if q := office(j); q != nil {
			return q // the nearest person with an office
		}
	}
	return nil
}

// headRole reports whether a role that starts with words a, b heads a
// state or government, of which a country has one: "President", "Prime
// Minister", "King" (two of them before "and" are of two countries).
func headRole(a, b string) bool {
	switch a {
	case "president", "king", "queen", "emir", "sultan", "chancellor", "premier", "leader":
		return true
	case "prime":
		return b == "minister"
	}
	return false
}

// sharedAffil gives p, whose role starts at word q with no country
// before it, the country its context gives: that of the person before
// "and" ("Brazilian Foreign Minister Mauro Vieira and Agriculture Minister
// Carlos Fávaro") or of "counterparts" before a comma ("their Vietnamese
// counterparts, Foreign Minister Bui Thanh Son").
func (d *doc) sharedAffil(p *personC, q int) {
	for k := q - 1; k > q-3 && k > 0 && d.words[k].cap && d.mentAt[k] < 0 && d.lw(k-1) == "and"; k-- {
		q = k // a portfolio before the role: "and Agriculture Minister"
	}
	switch d.lw(q - 1) {
	case "and":
		if pm := d.mentionEndingAt(q - 2); pm >= 0 && d.ments[pm].typ == PER && d.ments[pm].person >= 0 && !headRole(d.lw(q), d.lw(min(q+1, len(d.words)-1))) {
			if o := d.people[d.ments[pm].person]; o != p && d.isCountry(o.affil) && o.affilScore >= affDelegation && affShared > p.affilScore {
				// (only a country: never an unknown body's name)
				p.affil, p.affilScore = o.affil, affShared
			}
		}
	case ",":
		if k := q - 2; k-1 >= 0 && (d.lw(k) == "counterparts" || d.lw(k) == "counterpart") {
			if c := d.mentionEndingAt(k - 1); c >= 0 && d.words[k-1].sent == d.words[q].sent {
				if ce := d.ments[c].e; ce != nil && (ce.kind == kNorp || ce.kind == kCountry) && !ce.bloc && affDelegation > p.affilScore {
					p.affil, p.affilScore = ce.country, affDelegation
				}
			}
		}
	}
}

// tailOK accepts the "for Russia and Ukraine" tail of a role.
func (d *doc) tailOK(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		w := &d.words[k]
		if !(w.cap || w.text == "and" || w.text == "the" || d.mentAt[k] >= 0) {
			return false
		}
	}
	return true
}

// roleModifiers extend a role title to the left: "Vice Foreign Minister".
var roleModifiers = map[string]bool{
	"vice": true, "first": true, "deputy": true, "acting": true, "senior": true, "chief": true,
	"assistant": true, "former": true, "interim": true, "presidential": true,
}

var partTriggers = [][]string{
	{"will", "include"}, {"includes"}, {"include"}, {"included"}, {"led", "by"}, {"headed", "by"},
	{"comprising"}, {"comprises"}, {"attended", "by"}, {"attended", "in", "person", "by"}, {"received", "by"}, {"joined", "by"}, {"hosted", "by"}, {"chaired", "by"},
	{"co-chaired", "by"}, {"co-hosted", "by"}, {"co-organised", "by"}, {"co-organized", "by"},
	{"brought", "together"}, {"brings", "together"}, {"bring", "together"},
	{"represented", "by"}, {"accompanied", "by"}, {"presence", "of"}, {"flanked", "by"}, {"attending", "were"}, {"taking", "part", "were"}, {"present", "were"}, {"participants", "were"},
}

var groupNouns = map[string]bool{
	"delegation": true, "delegations": true, "team": true, "side": true, "group": true,
	"officials": true, "leaders": true, "diplomats": true, "negotiators": true, "ministers": true,
}

// meetNouns make a sentence speak of talks (see participants).
var meetNouns = []string{"talks", "meeting", "summit", "negotiations", "dialogue", "conference"}

var meetVerbs = map[string]bool{
	"meet": true, "meets": true, "met": true, "attend": true, "attends": true, "attended": true,
	"lead": true, "leads": true, "heading": true, "represent": true, "represents": true,
}

var auxWords = map[string]bool{
	"will": true, "would": true, "is": true, "are": true, "was": true, "were": true, "to": true,
	"also": true, "has": true, "have": true, "had": true, "set": true, "due": true, "expected": true,
	"scheduled": true, "be": true, "been": true, "recently": true, "later": true, "then": true, "again": true,
	"all": true, "both": true, "did": true, "does": true, "do": true,
}

// participants marks people who take part in the event.
func (d *doc) participants() {
	d.markElsewhere()
	d.seatTrig, d.seatLast = -1, -1
	defer d.unseatAway()
	for si := range d.sents {
		s := &d.sents[si]
		if s.header {
			continue
		}
		if s.labelEnd > s.w0 {
			if lab := d.lowerOf(s.label); strings.Contains(lab, "participant") || strings.Contains(lab, "delegation") || strings.Contains(lab, "attend") {
				d.markList(s.labelEnd, s.w1, "")
			}
		}
		notInvolved := -1 // worked out on demand: "was not involved in the talks"
		for i := s.w0; i < s.w1; i++ {
			if d.words[i].lf&fPartTrigger == 0 {
				// (lower case: "Taking part were", "Led by")
				continue
			}
			d.seatTrig = i
			for _, tr := range partTriggers {
				n := len(tr) // the words the trigger spans
				if !d.wordsAre(i, s.w1, tr) {
					// a time between a passive and its "by": "was hosted
					// on Thursday by B", "chaired last week by C"
					if len(tr) != 2 || tr[1] != "by" || d.lw(i) != tr[0] {
						continue
					}
					e := d.passiveGapEnd(i+1, s.w1)
					if e <= i+1 || e >= s.w1 || d.lw(e) != "by" {
						continue
					}
					n = e + 1 - i
				}
				if notInvolved < 0 {
					notInvolved = 0
					if d.deniesPart(s.w0, s.w1) {
						notInvolved = 1
					}
				}
				if tr[0] == "received" && !d.guestReceived(i, s) {
					// (not "a loan proposal was poorly received by", "a
					// letter ... was received by X last week")
					break
				}
				if tr[0] == "presence" && (d.elsewhere(si) || d.pastRelClause(si, i) || d.yearIn(si) || d.relBefore(s.w0, i)) {
					// (not "the accords that A and B signed at the White
					// House on Dec. 4 in the presence of C")
					break
				}
				if d.otherTimeBefore(s.w0, i) || d.pastWordAfter(i+n, s.w1) || d.otherOccasion(i, s.w1, false) {
					// "The 2023 Riyadh summit brought together A and B",
					// "Last year's meeting was co-chaired by", "was
					// attended by A in 2024"
					break
				}
				if (tr[0] == "led" || tr[0] == "headed") && i == s.labelEnd && !d.delegationAfter(d.commaAfter(i, s.w1), s.w1) {
					// "Led by A, thousands marched" (only "Led by A, the
					// delegation arrived")
					break
				}
				if (tr[0] == "led" || tr[0] == "headed") && d.partyLed(i, s.w0) {
					// "The Sumud civilian coalition led by former prime
					// minister Abdalla Hamdok said", "the opposition Armenia
					// Alliance, led by former President Robert Kocharyan":
					// who leads a party at home, not a delegation
					break
				}
				if d.relOfOther(i) {
					// "The Thursday meeting between A and B, which was to
					// have been hosted by C, has been postponed" (when the
					// story is another meeting)
					break
				}
				if notInvolved == 1 || d.toElsewhere(i+n, s.w1) {
					// "Niger's government, led by General Tiani, was not
					// involved in the talks"; "envoys led by Kikwete to
					// Juba next week"
					break
				}
				aff := ""
				if tr[0] == "represented" {
					aff = d.representedSubject(i, s, si)
				}
				for k := i - 1; k >= s.w0 && k >= i-5 && aff == ""; k-- {
					if groupNouns[d.words[k].text] {
						if a := d.mentionEndingAt(k - 1); a >= 0 {
							aff, _, _ = d.affilOf(a)
						}
						break
					}
				}
				marked := d.markList(i+n, s.w1, aff)
				if marked > 0 && (tr[0] == "accompanied" || tr[0] == "joined" || tr[0] == "flanked") {
					// "A was accompanied by B": A is there too
					d.markCompanion(i, s)
				}
				break
			}
		}
	}
	// "A of X and B of Y met ...", "... for talks with B", "hosted B"
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || s.heading {
			continue
		}
		meeting := false
		phone := -1 // worked out on demand, once: the sentence tells of a call
		year := -1  // and names a year
		hasYear := func() bool {
			if year < 0 {
				year = 0
				if d.anyYear(si) {
					year = 1
				}
			}
			return year == 1
		}
		for i := s.w0; i < s.w1; i++ {
			if d.words[i].lf&fMeetNoun != 0 {
				meeting = true
				break
			}
		}
		for i := s.w0; i < s.w1; i++ {
			t := d.lw(i)
			d.seatTrig = i
			// a visit is a separate event unless the sentence speaks of talks
			lf := d.words[i].lf
			if lf&fSubjVerb != 0 && d.mentAt[i] < 0 && (meeting || lf&fVisit == 0) && d.subjectTakesPart(i, s) && !d.hasNot(max(i-3, s.w0), i) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.yearClause(i, s.w1) && !d.aheadElsewhere(si, i) && !(welcomeVerbs[t] && d.otherOccasion(i, s.w1, false)) {
				// (not "Motegi did not attend")
				d.markSubjects(i, s.labelEnd)
			}
			switch t {
			case "signed", "initialled", "initialed":
				if by := d.signedBy(i, s); by >= 0 && !d.elsewhere(si) && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, false) && !d.pastRelClause(si, i) {
					// "The accord was signed at the Merdeka Palace by A and
					// B": the signatories
					d.markList(by+1, s.w1, "")
				}
			case "received", "greeted", "welcomed", "met":
				if by := d.passiveBy(i, s); by >= 0 && !d.elsewhere(si) && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, false) && !d.pastRelClause(si, i) {
					// "Barrot was received in Laayoune, the territory's
					// main city, by his counterpart B and by C": the hosts,
					// and the guest the subject names
					d.markList(by+1, s.w1, "")
					if k := i - 1; d.lw(k) == "was" || d.lw(k) == "were" {
						if mi := d.mentionEndingAt(k - 1); mi >= 0 && d.ments[mi].person >= 0 && d.ments[mi].w0 <= s.labelEnd+1 {
							d.seat(d.people[d.ments[mi].person])
						}
					}
				}
			case "led", "headed":
				if i > s.labelEnd && !auxWords[d.lw(i-1)] && d.delegationAfter(i, s.w1) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.yearClause(i, s.w1) && !d.hasNot(max(i-3, s.w0), i) {
					// "Osman led the army delegation", "A, who headed the
					// talks, said" (not "led the country", "was led by")
					d.markSubjects(i, s.labelEnd)
				}
			case "were", "was", "is", "are":
				if (t == "were" || t == "was") && i > s.labelEnd && i+1 < s.w1 && d.invertedPart(s.labelEnd, i) && !d.elsewhere(si) {
					// "Joining the talks were A and B", "Also at the table
					// were A and B"
					d.markList(i+1, s.w1, "")
				}
				if i > s.labelEnd && d.hereFor(i, s.w1) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.otherOccasion(i, s.w1, true) {
					// "Marles is in Port Moresby for the inaugural meeting of
					// the council": present at the venue for the talks
					d.markSubjects(i, s.labelEnd)
				}
			case "called":
				if d.courtesyCall(i, s.w1) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.otherOccasion(i, s.w1, true) && !d.hasNot(max(i-3, s.w0), i) {
					// "Marles later called on Marape at Parliament House": a
					// courtesy call, host and guest
					d.markSubjects(i, s.labelEnd)
					d.markObjects(i+2, s.w1)
				}
			case "attendance":
				if i-2 > s.labelEnd && d.lw(i-1) == "in" && (d.lw(i-2) == "were" || d.lw(i-2) == "was") && !d.elsewhere(si) {
					// "A and B were in attendance"
					d.markSubjects(i-1, s.labelEnd)
				}
			case "took", "take", "takes":
				if i+1 < s.w1 && d.lw(i+1) == "part" && !d.hasNot(max(i-3, s.w0), i) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, true) && (t == "took" || d.leadSent < 0 || d.aheadIn(d.leadSent)) {
					// "Mustafa also took part" ("will take part" only when
					// the lead's event is to come too)
					d.markSubjects(i, s.labelEnd)
				}
			case "addressed", "addresses":
				if i+2 < s.w1 && (d.lw(i+1) == "the" || d.lw(i+1) == "a") && (d.words[i+2].lf&fMeetNoun != 0 || d.lw(i+2) == "delegates" || d.lw(i+2) == "session" || d.lw(i+2) == "plenary" || d.lw(i+2) == "opening" || d.lw(i+2) == "gathering" || d.lw(i+2) == "forum") && !d.elsewhere(si) && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, true) && d.addressOwnBody(i+2, s.w1) {
					// "Mustafa addressed the meeting"
					d.markSubjects(i, s.labelEnd)
				}
			case "sat":
				if i+1 < s.w1 && (d.lw(i+1) == "down" || d.lw(i+1) == "with" || d.lw(i+1) == "opposite" || d.lw(i+1) == "across" || d.atTable(i+1, s.w1)) && !d.elsewhere(si) && !d.yearClause(i, s.w1) && !d.pastRelClause(si, i) && !d.otherOccasion(i, s.w1, true) {
					// "A sat down with B": both (B by "with")
					d.markSubjects(i, s.labelEnd)
				}
			case "sent":
				if d.sentInPlace(i, s.w1) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.otherOccasion(i, s.w1, true) {
					// "Nigerian President Tinubu, who has been ill, sent
					// Vice President Shettima in his place": Shettima
					// takes part for Nigeria, Tinubu is absent
					mi := -1
					for j := s.labelEnd; j < i && j <= s.labelEnd+5; j++ {
						if m := int(d.mentAt[j]); m >= 0 && d.ments[m].person >= 0 {
							mi = m
							break
						}
					}
					if mi < 0 {
						// a country sends: "Rwanda sent Foreign Minister B in
						// place of Kagame" (B takes part for Rwanda)
						if ci := int(d.mentAt[s.labelEnd]); ci >= 0 && d.ments[ci].w0 == s.labelEnd && d.ments[ci].w1 == i && d.ments[ci].typ == GPE {
							if c := d.countryOf(ci); d.isCountry(c) && !d.otherOccasion(i, s.w1, true) {
								d.markList(i+1, s.w1, c)
							}
						}
					}
					{
						if mi >= 0 && !d.otherOccasion(d.ments[mi].w1, s.w1, true) {
							// (not "did not attend the funeral and sent B")
							p := d.people[d.ments[mi].person]
							aff := ""
							if d.isCountry(p.affil) {
								aff = p.affil
							}
							d.markList(i+1, s.w1, aff)
							if !slices.Contains(d.absentees, d.ments[mi].person) {
								d.absentees = append(d.absentees, d.ments[mi].person)
								d.absenteeSents = append(d.absenteeSents, si)
							}
						}
					}
				}
			case "room":
				if w := d.withInRoom(i, s); w >= 0 && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.otherOccasion(w, s.w1, true) {
					// "with Deputy Minister B, who has shuttled between
					// the two capitals, in the room": B sat in
					d.markWithPhrase(w+1, i-2)
				} else if k := i - 3 - b2i(d.lw(i-3) == "also"); w < 0 && k > s.labelEnd && d.lw(i-2) == "in" && d.lw(i-1) == "the" && (d.lw(k) == "was" || d.lw(k) == "were") &&
					!d.hasNot(max(k-2, s.w0), i) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.otherOccasion(i, s.w1, true) {
					// "B and C were also in the room"
					d.markSubjects(k, s.labelEnd)
				}
			case "present":
				if i-3 > s.labelEnd && d.lw(i-1) == "those" && d.lw(i-2) == "among" && (d.lw(i-3) == "were" || d.lw(i-3) == "was") && !d.elsewhere(si) && !d.hasNot(max(i-5, s.w0), i) && !d.otherOccasion(i, s.w1, true) {
					// "Ramaphosa and Ruto were among those present"
					d.markSubjects(i-2, s.labelEnd)
				}
				if k := i - 1 - b2i(d.lw(i-1) == "also"); k > s.labelEnd && (d.lw(k) == "was" || d.lw(k) == "were") && !d.elsewhere(si) && !d.hasNot(max(i-3, s.w0), i) && (i+1 >= s.w1 || clauseEnd(d.lw(i+1)) || d.lw(i+1) == "at" || d.lw(i+1) == ",") {
					// "Ruto and Guterres were also present", "was present
					// at the talks" (not "was present in Syria")
					d.markSubjects(i, s.labelEnd)
				}
			case "witnessed", "oversaw", "observed":
				if i+2 < s.w1 && (d.lw(i+2) == "signing" || d.lw(i+2) == "ceremony") && !d.elsewhere(si) && !d.yearIn(si) {
					// "Lula and To Lam on Friday witnessed the signing of 10
					// agreements"
					d.markSubjects(d.skipDateBefore(i, s.labelEnd), s.labelEnd)
				}
			case "along":
				if i+2 < s.w1 && d.lw(i+1) == "with" && i-1 > s.w0 && d.partVerbBefore(i) && !d.elsewhere(si) && !d.objectAfterList(i+2, s.w1) {
					// "X and Y attended, along with Cambodian Prime Minister
					// Hun Manet and the Sultan of Brunei"
					d.markObjects(i+2, s.w1)
				}
			case "joined", "attended", "participated":
				if d.fromAfarAfter(i+1, s.w1) && !d.hasNot(max(i-3, s.w0), i) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.yearClause(i, s.w1) && !d.otherOccasion(i, s.w1, true) {
					// "C joined by video link from Canberra", "attended
					// the meeting virtually"
					d.markSubjects(i, s.labelEnd)
				}
			case "flew", "travelled", "traveled", "came":
				if d.travelledFor(i+1, s.w1) && !d.hasNot(max(i-3, s.w0), i) && !d.elsewhere(si) && !d.yearClause(i, s.w1) && !d.otherOccasion(i, s.w1, true) && !d.otherClause(i, false) {
					// "A, who flew to New York for the meeting, demanded",
					// "B travelled to Doha for the talks"
					if !d.markWhoAntecedent(i-1, s.labelEnd) {
						d.markSubjects(i, s.labelEnd)
					}
				}
			case "opened", "opening", "opens":
				if d.opensTalks(i+1, s.w1) && !d.elsewhere(si) && !d.yearClause(i, s.w1) && !d.otherOccasion(i, s.w1, false) && !d.hasNot(max(i-3, s.w0), i) {
					// "B, who opened the session on Monday, ...", "B,
					// opening the one-day session in Geneva, said", "B
					// opened the summit": who opens the talks is there
					switch {
					case d.markWhoAntecedent(i-1, s.labelEnd):
					case i-2 >= s.labelEnd && d.lw(i-1) == "," && d.lw(i) == "opening":
						if mi := d.mentionEndingAt(i - 2); mi >= 0 && d.ments[mi].person >= 0 {
							d.seat(d.people[d.ments[mi].person])
						}
					case d.lw(i) != "opening":
						d.markSubjects(i, s.labelEnd)
					}
				}
			case "shuttled", "shuttling", "shuttles":
				if i+1 < s.w1 && d.lw(i+1) == "between" && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.yearClause(i, s.w1) && !d.otherOccasion(i, s.w1, true) {
					// "while the Omani minister shuttled between them":
					// the go-between of indirect talks
					d.markSubjects(i, s.labelEnd)
				}
			case "alongside":
				if d.partSubjectBefore(i, s) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !d.yearClause(i, s.w1) && !d.otherOccasion(i, s.w1, false) {
					// "A and B signed the accord alongside C, D and E":
					// the people beside those who take part take part
					d.markList(i+1, s.w1, "")
				}
			case "with":
				if d.jointBefore(i, s.w0) && !d.elsewhere(si) && !d.otherPlaceBetween(s.labelEnd, i) {
					// "Fidan ..., speaking at a joint news conference with
					// his Jordanian counterpart Ayman Safadi": both
					d.markFirstSubject(s.labelEnd, i)
				}
			case "told":
				if d.toldAfterTalks(i+1, s.w1) && !d.elsewhere(si) && !d.outsideBefore(s, i) && !d.pastRelClause(si, i) && !d.yearClause(i, s.w1) && !d.hasNot(max(i-3, s.w0), i) && !d.spokesIn(s.labelEnd, i) {
					// "B told reporters after the session", "told
					// journalists at the end of the talks": who speaks
					// as the talks end sat in them
					d.markSubjects(i, s.labelEnd)
				}
				if i+1 < s.w1 && d.addressesTalks(i+1, s.w1) && !d.elsewhere(si) && !d.outsideBefore(s, i) {
					// "Corrêa do Lago told delegates in a late-morning
					// plenary", "told the summit"
					d.markSubjects(i, s.labelEnd)
				}
			case "counterpart", "counterparts":
				if i-1 >= s.labelEnd && i-3 <= s.labelEnd && (d.lw(s.labelEnd) == "his" || d.lw(s.labelEnd) == "her") && si > 0 && !d.elsewhere(si) && !hasYear() && !d.anyYear(si-1) {
					// "His Cambodian counterpart, Tea Seiha, blamed Bangkok":
					// the previous sentence's subject is "his"
					d.markFirstSubject(d.sents[si-1].labelEnd, d.sents[si-1].w1)
				}
				if t == "counterpart" && si != d.callSent && d.venuePlace != nil {
					if phone < 0 {
						phone = 0
						if d.phoneSent(s) {
							phone = 1
						}
					}
					if phone == 1 {
						// "Anwar spoke by telephone with his Thai counterpart
						// Anutin": a call beside the talks
						continue
					}
				}
			}
			if lf&fJoin != 0 && d.mentAt[i] < 0 && (meeting || d.placeAfter(i+1, s.w1)) && !d.elsewhere(si) && !d.aheadElsewhere(si, i) {
				// "A will join B and C at the Palais des Nations"
				d.markSubjects(i, s.labelEnd)
				d.markObjects(i+1, s.w1)
			}
			if (t == "counterpart" || t == "counterparts") && hasYear() {
				// "His Chinese counterpart, Zhou Enlai, negotiated the 1972
				// opening": another time
				continue
			}
			if (lf&fObjVerb != 0 && d.mentAt[i] < 0 || t == "with" && d.metWith(i, s.w0) || t == "between" && i > s.w0 && d.words[i-1].lf&fMeetNoun != 0 && !d.hypotheticalSent(s, i)) && !d.elsewhere(si) && !d.pastRelClause(si, i) && !(lf&fObjVerb != 0 && d.aheadElsewhere(si, i)) && !d.otherOccasion(i, s.w1, false) {
				// ("The summit between Li, Takaichi and Lee")
				d.markObjects(i+1, s.w1)
			}
		}
	}
	d.seatTrig = -1
	if si := d.callSent; si >= 0 {
		// the telephone call the story is about: its speakers take part
		// ("Putin and his Iranian counterpart Pezeshkian discussed energy
		// in a telephone conversation"; "Wang spoke by telephone with X")
		s := &d.sents[si]
		for i := s.labelEnd; i < s.w1; i++ {
			switch d.lw(i) {
			case "discussed", "spoke", "talked", "held", "agreed", "exchanged", "phoned", "telephoned", "called":
				d.markSubjects(i, s.labelEnd)
				if t := d.lw(i); t == "phoned" || t == "telephoned" || t == "called" {
					d.markObjects(i+1, s.w1)
				}
				i = s.w1
			}
		}
		for i := s.labelEnd; i < s.w1; i++ {
			if d.lw(i) == "with" {
				d.markObjects(i+1, s.w1)
				break
			}
		}
	}
	// "<person> will meet ..."
	for mi := range d.ments {
		m := &d.ments[mi]
		s := &d.sents[m.sent]
		if m.person < 0 || s.header || d.elsewhere(m.sent) {
			continue
		}
		{
			for k := m.w1; k < s.w1 && k < m.w1+4; k++ {
				xf := d.words[k].xf
				if xf&fMeetVerb != 0 {
					if !d.aheadElsewhere(m.sent, k) {
						d.seatTrig = k
						d.seat(d.people[m.person])
					}
					break
				}
				if xf&fAux == 0 {
					break
				}
			}
		}
	}
	d.seatTrig = -1
	d.lowerRanks()
}

// hypothetical words before a noun of talks tell of talks that may come,
// not of the event: "a future meeting between Trump and Putin".
var hypothetical = map[string]bool{
	"future": true, "possible": true, "potential": true, "planned": true, "proposed": true, "eventual": true,
	"next": true, "prospective": true, "expected": true, "any": true,
}

// pastRelClause reports whether word i lies in a relative clause that
// tells of an earlier time: "The envoy, who met Lavrov last year, said".
func (d *doc) pastRelClause(si, i int) bool {
	c := d.clauseAt(i)
	if !c.rel || c.w0 == 0 || d.lw(c.w0-1) != "," || d.words[i].sent != si {
		return false
	}
	if c.when == whenBefore || c.tense&tPerfect != 0 && c.tense&tPast != 0 {
		return true // "who met him three years ago", "who had met"
	}
	for k := c.w0; k < c.w1; k++ {
		switch t := d.lw(k); t {
		case "last", "earlier", "previously", "once", "formerly":
			return true
		default:
			if isYear(t) {
				return true // (any year: "who mediated the 2020 deal")
			}
		}
	}
	return false
}

// addressesTalks reports whether the words from a name the audience of
// the talks: "told delegates", "told the summit", "told the plenary".
func (d *doc) addressesTalks(a, limit int) bool {
	if d.lw(a) == "the" && a+1 < limit {
		a++
	}
	if d.words[a].lf&fMeetNoun != 0 {
		return true
	}
	switch d.lw(a) {
	case "delegates", "plenary", "assembly", "session", "gathering", "delegations", "participants":
		return true
	}
	return false
}

// outsideBefore reports whether sentence s, before word i, tells of
// something outside the talks: "Outside the venue, activist Greta
// Thunberg told delegates".
func (d *doc) outsideBefore(s *sentence, i int) bool {
	for k := s.labelEnd; k < i && k < s.labelEnd+30; k++ {
		switch d.lw(k) {
		case "outside", "protesters", "activist", "activists", "demonstrators":
			return true
		}
	}
	return false
}

// phoneSent reports whether sentence s tells of a telephone call.
func (d *doc) phoneSent(s *sentence) bool {
	for k := s.labelEnd; k < s.w1; k++ {
		if telephoneWord(d.lw(k)) {
			return true
		}
	}
	return false
}

// otherPlaceBetween reports whether words [a, b) name, after "in", a
// place that is not the venue's ("In Moscow, Putin, speaking at a joint
// news conference with Lukashenko, ...").
func (d *doc) otherPlaceBetween(a, b int) bool { return d.otherPlaceAfter(a, b, "in") }

// otherPlaceAfter reports whether words [a, b) name, after the
// preposition prep, a place of a known country that is neither the
// venue nor in the venue's country.
func (d *doc) otherPlaceAfter(a, b int, prep string) bool {
	v := d.venuePlace
	if v == nil {
		return false
	}
	for k := a; k+1 < b; k++ {
		if d.lw(k) != prep {
			continue
		}
		if mi := int(d.mentAt[k+1]); mi >= 0 && d.ments[mi].w0 == k+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
			if c := d.countryOf(mi); d.placeName(mi) != v.Name && c != v.Country && c != "" {
				return true
			}
		}
	}
	return false
}

// jointBefore reports whether "joint" stands among the five words before
// "with" at word i, inside its clause: "a joint news conference with".
func (d *doc) jointBefore(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		switch d.lw(k) {
		case "joint":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// markFirstSubject marks the first person among the first thirty words of
// [a, b) named as a subject (no preposition before it) as a participant.
func (d *doc) markFirstSubject(a, b int) {
	for k := a; k < b && k < a+30; k++ { // (a subject opens its sentence)
		mi := int(d.mentAt[k])
		if mi < 0 || d.ments[mi].w0 != k {
			continue
		}
		if d.ments[mi].typ == PER && d.ments[mi].person >= 0 && d.subjectAt(k, a) {
			d.seat(d.people[d.ments[mi].person])
			return
		}
		k = d.ments[mi].w1 - 1
	}
}

// guestReceived reports whether "received by" at word i says a guest was
// received: a person or "he", "she", "they" as the subject before "was
// (also) received", and no earlier time in the sentence.
func (d *doc) guestReceived(i int, s *sentence) bool {
	k := i - 1
	if k > s.w0 && d.lw(k) == "later" || k > s.w0 && d.lw(k) == "also" {
		k--
	}
	if k < s.w0 || d.lw(k) != "was" && d.lw(k) != "were" || d.pastMarker(i, s.w1) {
		return false
	}
	k--
	if k >= s.w0 && d.lw(k) == "and" {
		return true // "Wang held talks ... and was later received by"
	}
	if k < s.w0 {
		return false
	}
	if mi := d.mentAt[k]; mi >= 0 {
		return d.ments[mi].typ == PER
	}
	switch d.lw(k) {
	case "he", "she", "they", "delegation":
		return true
	}
	return d.roleMatchEnding(k, s.w0) >= 0 // "the Ivorian minister was received by"
}

// signedBy returns the word "by" of a passive signing at word i whose
// subject is an agreement ("The accord was signed at the Merdeka Palace
// by A and B"), within ten words and no clause break, or -1 ("signed in
// 2019 by" is no place).
func (d *doc) signedBy(i int, s *sentence) int {
	k := i - 1
	if k > s.w0 && (d.lw(k) == "also" || d.lw(k) == "formally" || d.lw(k) == "later") {
		k--
	}
	n := k - 1 // the agreement noun
	switch {
	case k-1 > s.w0 && (d.lw(k) == "was" || d.lw(k) == "were") && agreementNouns[d.lw(k-1)]:
	case k-3 > s.w0 && (d.lw(k) == "was" || d.lw(k) == "were") && (d.lw(k-1) == "which" || d.lw(k-1) == "that") && d.lw(k-2) == "," && agreementNouns[d.lw(k-3)]:
		// "The agreement, which was signed by A and B"
		n = k - 3
	case k-1 > s.w0 && d.lw(k+1) == "signed" && d.lw(k) == "," && agreementNouns[d.lw(k-1)]:
		// "The accord, signed by A and B on Tuesday, ..."
	default:
		return -1
	}
	for j := max(s.w0, n-3); j < n; j++ {
		if isYear(d.lw(j)) {
			return -1 // "The 2015 accord, signed by A and B, collapsed"
		}
	}
	for j := i + 1; j < s.w1 && j <= i+10; j++ {
		switch d.lw(j) {
		case "by":
			return j
		case ",", ";", "said", "who", "which", "after", "before", "in":
			if d.lw(j) == "in" && d.lw(j+1) != "the" && (j+1 >= s.w1 || d.mentAt[j+1] < 0) {
				return -1 // "signed in 2019 by"
			}
			if d.lw(j) != "in" {
				return -1
			}
		}
	}
	return -1
}

// passiveBy returns the word "by" of a passive of hosting at word i
// ("was received ... by", "were greeted at the airport by", "was flown
// to Doha and received by"), within twelve words before a semicolon, or
// -1.
func (d *doc) passiveBy(i int, s *sentence) int {
	k := i - 1
	if k > s.w0 && (d.lw(k) == "later" || d.lw(k) == "also" || d.lw(k) == "warmly") {
		k--
	}
	if k <= s.w0 {
		return -1
	}
	switch d.lw(k) {
	case "was", "were":
	case "and":
		// a second participle of the same passive subject
		ok := false
		for j := k - 1; j >= s.w0 && j >= k-20; j-- {
			if t := d.lw(j); t == "was" || t == "were" {
				ok = true
				break
			}
		}
		if !ok {
			return -1
		}
	default:
		return -1
	}
	if d.lw(k) != "and" && !d.guestSubject(k-1, s) {
		// (not "The agreement was welcomed by", "It was greeted by",
		// "Ruto's visit was received by": a reaction to a thing)
		return -1
	}
	for j := i + 1; j < s.w1 && j <= i+12; j++ {
		switch t := d.lw(j); t {
		case "by":
			return j
		case ";", "said", "who", "which":
			return -1
		case "after", "before":
			if !clockAdverbs[d.lw(j-1)] && !clockTimes[d.lw(j+1)] {
				return -1 // a clause of its own ("after Sudani was received by")
			}
			// "received shortly after noon by": the time of the welcome
		case "with":
			if j+1 < s.w1 && reactionManner[d.lw(j+1)] {
				return -1 // "greeted with scepticism by" (not "with a 21-gun salute")
			}
		default:
			if reactionAdverbs[t] {
				return -1 // "received coldly by": a reaction (not "received separately by")
			}
		}
	}
	return -1
}

// reactionManner are nouns of a reception that is a reaction, after
// "with": "was greeted with scepticism by".
var reactionManner = map[string]bool{
	"scepticism": true, "skepticism": true, "caution": true, "suspicion": true, "anger": true, "concern": true,
	"dismay": true, "alarm": true, "derision": true, "criticism": true, "hostility": true, "indifference": true,
	"reservations": true, "distrust": true, "mistrust": true, "protests": true, "boos": true, "jeers": true,
	"silence": true, "outrage": true, "relief": true, "optimism": true, "praise": true, "applause": true,
}

// clockAdverbs, before "after/before", and clockTimes, after them, make a
// time of day of the phrase: "shortly after noon", "just before dawn".
var (
	clockAdverbs = map[string]bool{"shortly": true, "soon": true, "just": true, "immediately": true, "minutes": true, "hours": true, "moments": true}
	clockTimes   = map[string]bool{"noon": true, "midday": true, "midnight": true, "dawn": true, "dusk": true, "sunset": true, "lunch": true, "arrival": true, "landing": true}
)

// reactionAdverbs are the adverbs that make a passive welcome a
// reaction: "was received coldly by", "was greeted warily by". Any other
// adverb keeps the host ("received separately by", "received shortly
// after noon by", "warmly welcomed by").
var reactionAdverbs = map[string]bool{
	"coldly": true, "coolly": true, "frostily": true, "warily": true, "sceptically": true, "skeptically": true,
	"angrily": true, "grudgingly": true, "icily": true, "suspiciously": true, "cautiously": true,
	"critically": true, "negatively": true, "positively": true, "favourably": true, "favorably": true,
	"enthusiastically": true, "dismissively": true, "mixed": true, "badly": true, "poorly": true,
	"unenthusiastically": true, "reluctantly": true, "bitterly": true, "harshly": true,
}

// guestSubject reports whether word k, before "was/were", ends a guest:
// a person's name, a pronoun of persons, "who" or a delegation.
func (d *doc) guestSubject(k int, s *sentence) bool {
	if k < s.w0 {
		return false
	}
	if mi := d.mentAt[k]; mi >= 0 {
		return d.ments[mi].typ == PER && d.ments[mi].w1 == k+1
	}
	switch d.lw(k) {
	case "he", "she", "they", "who", "delegation", "delegations", "team", "leaders", "ministers":
		return true
	}
	// a role told before: "the Ivorian minister was received by"
	return d.roleMatchEnding(k, s.w0) >= 0
}

// deniesPart reports whether words [a, b) deny taking part: "was not
// involved", "did not take part", "is not a party".
func (d *doc) deniesPart(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if !negWord(d.lw(k)) {
			continue
		}
		for j := k + 1; j < b && j <= k+3; j++ {
			switch d.lw(j) {
			case "involved", "part", "party", "participate", "attend", "present", "invited":
				return true
			}
		}
	}
	return false
}

// toElsewhere reports whether "to <place>" follows the list that starts
// at word a, within twelve words, for a place that is not the venue's:
// "envoys led by Kikwete to Juba next week".
func (d *doc) toElsewhere(a, limit int) bool { return d.otherPlaceAfter(a, min(limit, a+13), "to") }

// otherTimeOrPlace reports whether the relative clause holding word v
// tells of another time ("next year's summit", "last year") or another
// place than the venue ("in Ankara").
func (d *doc) otherTimeOrPlace(si, v int) bool {
	a, b, ok := d.relClause(si, v)
	if !ok {
		// a relative clause that ends the sentence: "said Khalilzad,
		// who mediated the 2020 Doha deal."
		a, b = v, min(d.sents[si].w1, v+15)
	}
	for k := a; k < b; k++ {
		switch t := d.lw(k); t {
		case "next", "last", "previous", "future", "former", "ago":
			return true
		default:
			if isYear(t) {
				return true
			}
		}
		if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].w0 == k && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) && d.venuePlace != nil && k > a && (d.lw(k-1) == "in" || d.lw(k-1) == "to") {
			if c := d.countryOf(mi); d.placeName(mi) != d.venuePlace.Name && c != d.venuePlace.Country {
				return true
			}
		}
	}
	return false
}

// chairClause reports whether the verb at v chairs, hosts or leads, or
// has talks or a chair within four words after it: "chaired the talks",
// "holds the rotating chairmanship", "is hosting".
func (d *doc) chairClause(v int) bool {
	switch d.lw(v) {
	case "chair", "chairs", "chaired", "chairing", "co-chair", "co-chairs", "host", "hosts", "hosted", "hosting",
		"mediate", "mediates", "mediated", "mediating":
		return true
	}
	// (lead, heads: only of the talks or a delegation, below; not "who
	// leads the opposition party")
	for k := v + 1; k < len(d.words) && k <= v+4 && d.words[k].sent == d.words[v].sent; k++ {
		if d.words[k].lf&fMeetNoun != 0 {
			return true
		}
		switch d.lw(k) {
		case "chairmanship", "chair", "presidency", "chairs", "delegation", "team", "negotiators", ",", ".":
			return d.lw(k) != "," && d.lw(k) != "."
		}
	}
	return false
}

// hypotheticalSent reports whether sentence s speaks of talks that may
// come or came long ago, around the noun of talks before word i: "a
// future meeting between", "hoped for a summit between", "a summit
// between Putin and Zelenskiy could happen soon", "The 2018 summit
// between Trump and Kim".
func (d *doc) hypotheticalSent(s *sentence, i int) bool {
	if i-2 >= s.w0 && hypothetical[d.lw(i-2)] {
		return true
	}
	for k := max(s.labelEnd, i-4); k < i; k++ {
		if t := d.lw(k); isYear(t) {
			return true
		}
	}
	for k := s.labelEnd; k < i; k++ {
		switch d.lw(k) {
		case "hope", "hoped", "hopes", "hoping", "proposed", "possible", "could", "would", "might", "may":
			return true
		}
	}
	for k := i + 1; k < s.w1 && k <= i+14; k++ {
		// "a summit between Putin, Zelenskiy and himself could happen
		// soon" (not a later clause: "..., and officials said talks
		// could resume")
		switch d.lw(k) {
		case "could", "might", "may", "would":
			return true
		case ".", ";", "but":
			return false
		}
	}
	return false
}

// objectAfterList reports whether an object follows the list that starts
// at word a, after a comma: "attended, along with Trump, the funeral of
// Pope Francis" (another event than the talks).
func (d *doc) objectAfterList(a, limit int) bool {
	for k := a; k+1 < limit && k < a+25; k++ {
		if d.lw(k) == "," && d.mentAt[k+1] < 0 && d.lw(k+1) != "and" && d.roleAt(k+1, limit) == 0 {
			return true
		}
	}
	return false
}

// fromAfarAfter reports whether the words from a say that one takes part
// from afar, right after the verb or after its object ("the talks", "the
// meeting"): "by video (link)", "via video", "by videoconference",
// "virtually", "remotely", "online".
func (d *doc) fromAfarAfter(a, limit int) bool {
	k := a
	if k < limit && (d.lw(k) == "the" || d.lw(k) == "a") {
		k++
		for k < limit && k < a+4 && d.mentAt[k] < 0 && d.words[k].alpha && !remoteWord(d.lw(k)) && d.lw(k) != "by" && d.lw(k) != "via" {
			k++
		}
	}
	if k < limit && remoteWord(d.lw(k)) {
		return true
	}
	if k+1 < limit && (d.lw(k) == "by" || d.lw(k) == "via") {
		switch d.lw(k + 1) {
		case "video", "videolink", "video-link", "videoconference", "teleconference", "satellite":
			return true
		}
	}
	return false
}

func remoteWord(t string) bool {
	return t == "virtually" || t == "remotely" || t == "online"
}

// partSubjectBefore reports whether, in the clause of word i, a person
// names the subject of a verb that makes its subject take part ("A signed
// the accord at the palace alongside ..."; not "A, who fought alongside",
// not "did not attend alongside").
func (d *doc) partSubjectBefore(i int, s *sentence) bool {
	person := false
	for k := s.labelEnd; k < i; k++ {
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].person >= 0 {
			person = true
			continue
		}
		if lf := d.words[k].lf; person && lf&fSubjVerb != 0 && lf&fVisit == 0 && d.mentAt[k] < 0 && !d.hasNot(max(k-3, s.w0), k) && d.clauseAt(k) == d.clauseAt(i) {
			return true
		}
	}
	return false
}

// partVerbBefore reports whether a verb that makes its subject take part
// ("attended", "met") stands right before word i, or before a comma there.
func (d *doc) partVerbBefore(i int) bool {
	k := i - 1
	if d.lw(k) == "," {
		k--
	}
	if k > 0 && d.lw(k) == "part" && (d.lw(k-1) == "took" || d.lw(k-1) == "take" || d.lw(k-1) == "takes") || d.lw(k) == "participated" {
		// "A and B took part, along with C"
		return !d.hasNot(max(k-4, 0), k)
	}
	return k >= 0 && d.words[k].lf&fSubjVerb != 0 && d.words[k].lf&fVisit == 0
}

// elsewhere reports whether sentence si tells of a meeting away from the
// venue or long before it: it names another place after "in" or "to"
// ("where he met Japanese Prime Minister Shigeru Ishiba" of a trip to
// Tokyo; "had met his Chinese counterpart Wang Yi in Kuala Lumpur in
// October"), or speaks in the past perfect ("had met").
func (d *doc) elsewhere(si int) bool {
	if d.venuePlace == nil || si >= len(d.elseSent) {
		return false
	}
	if d.elseSent[si] < 0 {
		// worked out on demand, once per sentence
		d.elseSent[si] = 0
		if d.elsewhereSent(si, d.venuePlace) {
			d.elseSent[si] = 1
		}
	}
	return d.elseSent[si] == 1
}

// markElsewhere prepares elsewhere: the countries of the lead and a cache
// of one answer per sentence.
func (d *doc) markElsewhere() {
	d.elseSent = d.elseSent[:0]
	v := d.venuePlace
	if v == nil {
		return
	}
	// the countries the lead names: the stops of a tour ("a three-day
	// tour of Kyiv, Chisinau and Bucharest") are no elsewhere
	leadCountries := d.leadCountries[:0]
	if lead := d.leadSent; lead >= 0 {
		s := &d.sents[lead]
		for w := s.w0; w < s.w1; w++ {
			if mi := int(d.mentAt[w]); mi >= 0 && d.ments[mi].w0 == w && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
				if c := d.countryOf(mi); !contains(leadCountries, c) {
					leadCountries = append(leadCountries, c) // a few countries, however long the lead
				}
			}
		}
	}
	d.leadCountries = leadCountries
	for range d.sents {
		d.elseSent = append(d.elseSent, -1)
	}
}

// elsewhereSent is elsewhere for sentence si and venue v: "had met" as
// the sentence's verb, a place after a verb of meeting ("met X in Tokyo",
// "talks ... to Tokyo") within its clause, or ", where" after a place.
func (d *doc) elsewhereSent(si int, v *Place) bool {
	s := &d.sents[si]
	meetAt := -100 // the last word of meeting in the clause
	for i := s.labelEnd; i+1 < s.w1; i++ {
		t := d.lw(i)
		switch t {
		case "met", "meet", "meets", "meeting", "talks", "visited", "visit", "visits":
			meetAt = i
		case ",", ";", "who", "which", "that", "discuss", "about", "over", "to":
			// (a topic after the meeting: "met Witkoff to discuss aid to
			// Gaza", "the war in Ukraine")
			meetAt = -100
		}
		if t == "had" && d.lw(i+1) == "met" && (i == s.labelEnd || d.lw(i-1) != "who" && d.lw(i-1) != "which") {
			// "Motegi had met Wang Yi in Kuala Lumpur in October" (not
			// "Orban, who had met Putin before, met von der Leyen")
			return true
		}
		mi := -1
		switch {
		case t == "in" && i-meetAt <= 10:
			if mi = int(d.mentAt[i+1]); mi >= 0 && d.ments[mi].w0 != i+1 {
				mi = -1
			}
		case t == "," && d.lw(i+1) == "where":
			// "flew in from Tokyo, where he met Ishiba", "took Lula to
			// Tokyo earlier this week, where he met"
			for k := i - 1; k >= s.labelEnd && k >= i-5 && mi < 0; k-- {
				if m := d.mentionEndingAt(k); m >= 0 && (d.ments[m].typ == LOC || d.ments[m].typ == GPE) {
					mi = m
				}
			}
		}
		if mi < 0 || d.ments[mi].typ != LOC && d.ments[mi].typ != GPE {
			continue
		}
		name, c := d.placeName(mi), d.countryOf(mi)
		if name != v.Name && name != v.Country && c != v.Country && c != "" && !contains(d.leadCountries, c) {
			return true
		}
	}
	return false
}

// familyWord reports whether t names a relative: a spouse or child is
// no participant of the talks.
func familyWord(t string) bool {
	switch t {
	case "wife", "husband", "spouse", "son", "daughter", "children", "family", "mother", "father":
		return true
	}
	return false
}

// otherTimeBefore reports whether the words [a, i), back to a comma, date
// what they tell
// at another time than the news: a year ("The 2023 summit"; not "the
// first since 2019"), "last", "previous", "earlier", "ago", "next".
func (d *doc) otherTimeBefore(a, i int) bool {
	for k := i - 1; k >= a; k-- {
		switch t := d.lw(k); t {
		case ",", ";", ":":
			// the clause of the list only ("groups that did not sign a
			// 2018 deal, including the alliance led by B")
			return false
		case "last", "previous", "earlier", "ago", "next", "past", "prior":
			return true
		default:
			if isYear(t) && (k == a || d.lw(k-1) != "since") {
				return true
			}
		}
	}
	return false
}

// relBefore reports whether a relative "that" or "which" stands in words
// [a, i): the words after it tell of what the clause names.
func (d *doc) relBefore(a, i int) bool {
	for k := a; k < i; k++ {
		if t := d.lw(k); t == "that" || t == "which" {
			return true
		}
	}
	return false
}

// nameModifier reports whether the noun at word w makes the name before
// it a modifier: "the Nujoma family", "the Kiir government".
func (d *doc) nameModifier(w, limit int) bool {
	if w >= limit {
		return false
	}
	switch d.lw(w) {
	case "family", "government", "administration", "camp", "office", "aides", "allies", "supporters", "relatives",
		"widow", "estate", "era", "foundation", "regime":
		return true
	}
	return false
}

// invertedPart reports whether the words [a, v) before "were" put the
// list after it at the talks, in inverted order: "Joining the talks",
// "Also at the table", "Among those attending" (no name before the
// verb).
func (d *doc) invertedPart(a, v int) bool {
	if v-a > 8 {
		return false
	}
	cue := false
	for k := a; k < v; k++ {
		if d.mentAt[k] >= 0 {
			return false
		}
		switch d.lw(k) {
		case "joining":
			// "Joining the talks were" (not "Joining the chorus of
			// criticism were")
			cue = d.delegationAfter(k, v) || k+2 < v && d.lw(k+2) == "table"
		case "attending", "present", "table", "participating", "attendance", "attendees":
			cue = true
		case "host", "hosts", "co-hosts", "chair", "co-chairs":
			// "Their host was B", "The co-chairs were B and C"
			cue = k == v-1
		}
	}
	return cue
}

// delegationAfter reports whether a delegation, team or the talks are
// named within five words after word i, before a comma: "led the army
// delegation", "headed the talks".
func (d *doc) delegationAfter(i, limit int) bool {
	for k := i + 1; k < limit && k <= i+5; k++ {
		if d.words[k].lf&fMeetNoun != 0 {
			return true
		}
		switch d.lw(k) {
		case "delegation", "delegations", "team", "negotiators", "mission":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// partyLed reports whether "led" or "headed" at i follows a party, a
// coalition or an alliance ("The Sumud civilian coalition led by",
// "the opposition Party of Socialists, led by", "whose bloc is led by")
// within the five words before it, and no delegation or talks word.
func (d *doc) partyLed(i, start int) bool {
	party := false
	for k := i - 1; k >= start && k >= i-5; k-- {
		if d.words[k].lf&fMeetNoun != 0 {
			return false
		}
		switch d.lw(k) {
		case "delegation", "delegations", "team", "negotiators", "mission", "side":
			return false
		case "coalition", "party", "alliance", "bloc", "opposition", "movement":
			party = true
		}
	}
	return party
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// aheadElsewhere reports whether the verb of meeting at word i of
// sentence si, after a future marker, tells of a meeting to come at
// another time or place than the lead's event, which has been held:
// "Trade Minister A will travel to Delhi in June to meet B", "A is
// expected to meet B at the summit in France", "where he had been due to
// meet B".
func (d *doc) aheadElsewhere(si, i int) bool {
	lead := d.leadSent
	if d.venuePlace == nil || si == lead || lead < 0 {
		return false
	}
	fut := false
	for k := i - 1; k >= d.sents[si].w0 && k >= i-3; k-- {
		switch d.lw(k) {
		case "will", "would", "shall", "to":
			fut = true
		}
	}
	return fut && (d.laterIn(si) || d.otherPlaceIn(si, d.venuePlace) || d.furtherIn(si)) && d.aheadIn(si) && !d.aheadIn(lead)
}

// yearClause reports whether the verb at word i, in the past, is dated
// before the lead's day by its clause (clauseAt): "the pact that A signed
// with China in 2022", "B hosted the summit in 2019", "In 2019, C met
// D"; or names a dated deed as its object: "negotiated the 1991 treaty".
func (d *doc) yearClause(i, limit int) bool {
	if !strings.HasSuffix(d.lw(i), "ed") && d.lw(i) != "met" && d.lw(i) != "held" {
		return false
	}
	if c := d.clauseAt(i); c.when == whenBefore && c.whenAt < limit {
		return true
	}
	for k := i + 1; k+1 < limit && k <= i+4; k++ {
		if d.lw(k) != "the" || !isYear(d.lw(k+1)) {
			continue
		}
		// ("the 1991 Mercosur treaty")
		for j := k + 2; j < limit && j <= k+3; j++ {
			switch d.lw(j) {
			case "treaty", "accord", "accords", "agreement", "deal", "pact", "summit", "talks", "ceasefire", "truce", "war":
				return true
			}
		}
	}
	return false
}

// laterIn reports whether a clause of sentence si tells of a meeting to
// come at a time beyond the days of the news: a future marker and "in
// June", "in 2027", "next month" or "later this year" between the same
// commas ("A will travel to Delhi in June to meet B"; not "he is due to
// meet B on Tuesday, ahead of elections in September").
func (d *doc) laterIn(si int) bool {
	s := &d.sents[si]
	future, later := false, false
	for i := s.w0; i < s.w1; i++ {
		switch d.lw(i) {
		case ",", ";", ":":
			future, later = false, false
		case "will", "would", "shall", "expected", "due", "scheduled", "set", "plans", "planned", "intends", "hopes":
			future = true
		case "in":
			if i+1 < s.w1 {
				if w := &d.words[i+1]; w.cap && nonNames[w.text] && !weekday(w.low) || isYear(w.text) {
					later = true
				}
			}
		case "next":
			if i+1 < s.w1 {
				switch d.lw(i + 1) {
				case "month", "year", "spring", "summer", "autumn", "fall", "winter":
					later = true
				}
			}
		case "this":
			if i > s.w0 && i+1 < s.w1 && d.lw(i-1) == "later" && (d.lw(i+1) == "month" || d.lw(i+1) == "year") {
				later = true
			}
		}
		if future && later {
			return true
		}
	}
	return false
}

// weekday reports whether the lower-case word t names a day of the week.
func weekday(t string) bool {
	switch t {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// anyYear reports whether sentence si names a year ("negotiated the 1972
// opening"): a time other than the talks'.
func (d *doc) anyYear(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if t := d.words[i].text; isYear(t) {
			return true
		}
	}
	return false
}

// yearIn reports whether sentence si dates itself by a year ("In 2022,
// Erdogan and Guterres witnessed the signing"): another time than the
// talks'.
func (d *doc) yearIn(si int) bool {
	s := &d.sents[si]
	for i := s.w0 + 1; i < s.w1; i++ {
		if t := d.words[i].text; isYear(t) && d.lw(i-1) == "in" {
			return true // "In 2022, ..." (not "by 2030", "to 2030")
		}
	}
	return false
}

// skipDateBefore returns the first word of "on Friday" (or "Friday")
// standing right before word i, or i: the subject ends before it.
func (d *doc) skipDateBefore(i, lo int) int {
	if i-1 >= lo && reportDays[d.lw(i-1)] {
		i--
		if i-1 >= lo && d.lw(i-1) == "on" {
			i--
		}
	}
	return i
}

// subjectTakesPart reports whether the subject of the verb of meeting at
// word i of s takes part: "welcomed" only with a guest after it ("X
// welcomed his counterpart", not "X welcomed the continuation of the
// talks") or in the passive ("Lula was welcomed ... by X": the guest).
func (d *doc) subjectTakesPart(i int, s *sentence) bool {
	if !welcomeVerbs[d.lw(i)] {
		return true
	}
	if i-2 >= s.w0 {
		switch d.lw(i - 1) {
		case "was", "were", "been":
			// the guest heads the subject: "Lula was welcomed" (not "A
			// statement by Zelenskiy was welcomed")
			mi := d.mentionEndingAt(i - 2)
			return mi >= 0 && d.ments[mi].typ == PER && d.ments[mi].w0 <= s.labelEnd+3 && d.subjectAt(d.ments[mi].w0, s.labelEnd)
		}
	}
	if t := d.lw(i); t != "welcomed" && t != "welcomes" {
		// "Sisi received Hamas negotiator B" (not "received a phone
		// call from B", "received support from B")
		return d.guestAfter(i+1, s.w1)
	}
	return d.personAfter(i+1, s.w1)
}

// guestAfter reports whether a person follows word i with only titles
// between: "received Hamas negotiator B", "greeted his counterpart B".
func (d *doc) guestAfter(i, limit int) bool {
	for k := i; k < limit && k < i+6; k++ {
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].typ == PER {
			return true
		}
		if d.mentAt[k] >= 0 || d.words[k].cap {
			continue
		}
		if l := d.roleAt(k, limit); l > 0 {
			k += l - 1
			continue
		}
		switch d.lw(k) {
		case "his", "her", "their", "the", "visiting", "counterpart", "counterparts":
			continue
		}
		return false
	}
	return false
}

// placeAfter reports whether "at" or "in" before a place or organisation
// (a venue: "the Palais des Nations", "the United Nations") follows
// word a in the sentence ending at limit.
func (d *doc) placeAfter(a, limit int) bool {
	for k := a; k+1 < limit; k++ {
		if t := d.lw(k); t != "at" && t != "in" {
			continue
		}
		w := k + 1
		if d.lw(w) == "the" && w+1 < limit {
			w++
		}
		if mi := int(d.mentAt[w]); mi >= 0 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE || d.ments[mi].typ == ORG) {
			return true
		}
	}
	return false
}

// joinVerbs make their subject and object participants when the sentence
// speaks of talks or names a venue (flag fJoin).
var joinVerbs = []string{"join", "joins", "joined"}

// subjVerbs mark the people of their subject as participants; objVerbs
// those of their object.
var (
	subjVerbs = map[string]bool{
		"meet": true, "met": true, "meets": true, "sign": true, "signed": true, "signs": true,
		"hold": true, "held": true, "holds": true, "travel": true, "travels": true, "traveled": true,
		"travelled": true, "visit": true, "visits": true, "visited": true, "heads": true, "host": true, "hosts": true,
		"hosted": true, "welcomed": true, "welcomes": true, "attend": true, "attended": true, "attends": true,
		"received": true, "receives": true, "greeted": true, "greets": true,
		"open": true, "opened": true, "negotiate": true, "negotiated": true,
		"chair": true, "chairs": true, "chaired": true, "co-chair": true, "co-chairs": true, "co-chaired": true,
		"co-hosted": true, "co-hosts": true, "co-host": true, "co-hosting": true, "lead": true, "leads": true,
		"arrive": true, "arrives": true, "arrived": true, "hosting": true, "chairing": true,
		"mediated": true, "mediates": true, "mediating": true,
	}
	objVerbs = map[string]bool{
		"host": true, "hosts": true, "hosted": true, "welcomed": true, "welcomes": true, "met": true,
		"received": true, "receives": true, "greeted": true, "greets": true,
		"meet": true, "meets": true, "counterpart": true, "counterparts": true,
	}
)

// metWith reports whether "with" at word i follows a word of meeting
// within four words: "talks with", "met today in Washington with" (not "spoke with" or
// "a phone call with", often an earlier call: the seed's "Trump also spoke
// with Ukrainian President Volodymyr Zelenskyy").
func (d *doc) metWith(i, lo int) bool {
	if i-1 >= lo && d.lw(i-1) == "and" {
		// "talks with To Lam at the party headquarters and with Prime
		// Minister Pham Minh Chinh": the list of the first "with"
		for k := i - 2; k >= lo && k >= i-12; k-- {
			if d.lw(k) == "with" {
				return d.metWith(k, lo)
			}
		}
	}
	for k := i - 1; k >= lo && k >= i-7; k-- {
		// "signed the treaty of accession with B", "signed a deal with
		// B" (a party to the text signs it at the event)
		if t := d.lw(k); t == "signed" || t == "signs" {
			return k > lo && !d.hasNot(max(k-3, lo), k) && d.lw(k-1) != "had" && d.lw(k-1) != "was" && d.lw(k-1) != "were"
		} else if t == "," || t == "." || t == ";" || t == "and" || d.mentAt[k] >= 0 {
			break
		}
	}
	low := i - 4
	for k := i - 1; k >= lo && k >= low; k-- {
		switch d.lw(k) {
		case "talks", "meet", "meeting", "met", "meets", "sat", "sit", "sits":
			// ("sat down with B"; not "scrapping a planned meeting with
			// B": a participle that calls the meeting off)
			return !d.droppingBefore(k, lo)
		case ",", ".", ";":
			return false
		case "hours", "hour", "minutes", "days":
			// a duration between: "met for about three hours with B"
			low = k - 5
		}
	}
	return false
}

// welcomeVerbs are subject verbs that tell of hosting only before a guest.
var welcomeVerbs = map[string]bool{"welcomed": true, "welcomes": true, "received": true, "receives": true, "greeted": true, "greets": true}

// personAfter reports whether a person is named among the five words from
// i, a title or "his counterpart" allowed before.
func (d *doc) personAfter(i, limit int) bool {
	for k := i; k < limit && k < i+5; k++ {
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].typ == PER {
			return true
		}
		if t := d.lw(k); t == "counterpart" || t == "counterparts" || t == "guest" || t == "delegation" {
			return true
		}
	}
	return false
}

// markWhoAntecedent reports whether word k is the "who" of ", who" (with a
// name before the comma, at or after lo) and, when that name is a person's,
// marks the person as taking part: "A, who flew to New York for the
// meeting, demanded", "B, who opened the session on Monday, said".
func (d *doc) markWhoAntecedent(k, lo int) bool {
	if k-2 < lo || d.lw(k) != "who" || d.lw(k-1) != "," {
		return false
	}
	if mi := d.mentionEndingAt(k - 2); mi >= 0 && d.ments[mi].person >= 0 {
		d.seat(d.people[d.ments[mi].person])
	}
	return true
}

// markSubjects marks the people of the coordinated subject ending just
// before the verb at v: "A of Japan and First Vice Foreign Minister B met".
func (d *doc) markSubjects(v, lo int) {
	if d.otherClause(v, false) || d.thatRelBefore(v, lo) {
		return // (the clause tells of another occasion)
	}
	k := v - 1
	for k >= lo && (d.words[k].lf&fAux != 0 || d.lw(k) == "not") {
		k--
	}
	if k-2 >= lo && d.lw(k) == "who" && d.lw(k-1) == "," {
		// a relative clause of chairing or of the talks tells of its
		// antecedent: "Scott Bessent, who chaired the talks, told
		// reporters", "Andrew Holness, who holds the rotating
		// chairmanship" (not "Y, who holds dual citizenship")
		if !d.chairClause(v) || d.otherTimeOrPlace(d.words[v].sent, v) {
			// (not "Erdogan, who will host next year's summit in Ankara")
			return
		}
		mi := d.mentionEndingAt(k - 2)
		if mi < 0 || d.ments[mi].person < 0 {
			// an appositive between: "said Kaja Kallas, the EU's foreign
			// policy chief, who chaired the meeting"
			mi = -1
			for c := k - 2; c > lo && c >= k-14; c-- {
				if d.lw(c) == "," {
					mi = d.mentionEndingAt(c - 1)
					break
				}
			}
		}
		if mi >= 0 && d.ments[mi].person >= 0 {
			d.seat(d.people[d.ments[mi].person])
		}
		return
	}
	for n := 0; k >= lo && n < 40; n++ {
		if mi := int(d.mentAt[k]); mi >= 0 {
			m := &d.ments[mi]
			if m.person >= 0 {
				d.seat(d.people[m.person])
			}
			k = m.w0 - 1
			continue
		}
		if q := d.roleMatchEnding(k, lo); q >= 0 {
			k = q - 1
			continue
		}
		if d.lw(k) == "," && k-1 >= lo {
			if a, b, ok := d.relClause(d.words[k].sent, k-1); ok && b == k && a-2 >= lo {
				// the relative clause between subject and verb: "Anwar
				// Ibrahim, who chairs ASEAN this year, welcomed"
				k = a - 2
				continue
			}
			if a := d.partAside(k, lo); a > lo {
				// a participle aside between: "B, appointed last month,
				// held talks with C"
				k = a - 1
				continue
			}
		}
		switch d.lw(k) {
		case "and", ",", "of", "the", "both", "his", "her", "their", "counterpart", "counterparts":
			// "Putin and his Iranian counterpart Masoud Pezeshkian"
			k--
			continue
		}
		if h := d.honorificStart(k, lo); h < k+1 {
			// "Hon. A met B"
			k = h - 1
			continue
		}
		if roleModifiers[d.lw(k)] || d.lw(k) == "prime" {
			// ("Kenya's Prime Cabinet Secretary Musalia Mudavadi")
			k--
			continue
		}
		return
	}
}

// gappedBy returns the word after the "by" of a passive whose verb is
// left out, when a side or delegation opens it at word k: "(led by A,
// and) the Ivorian delegation by B", "(and) on the Russian side by C";
// or k. Up to five words before "by", the last a noun of a side or a
// name that is no person.
func (d *doc) gappedBy(k, limit int) int {
	for j := k; j < limit && j <= k+5; j++ {
		t := d.lw(j)
		if t == "by" {
			if j > k && (groupNouns[d.lw(j-1)] || d.mentAt[j-1] >= 0 && d.ments[d.mentAt[j-1]].person < 0) {
				return j + 1
			}
			return k
		}
		if mi := d.mentAt[j]; mi >= 0 {
			if d.ments[mi].person >= 0 {
				return k
			}
			continue
		}
		switch {
		case t == "the" || t == "on" || t == "for" || t == "its" || t == "their" || groupNouns[t]:
		case d.words[j].cap && d.words[j].alpha:
		default:
			return k
		}
	}
	return k
}

// pluralTitleEnd returns the word after a title in the plural of up to
// four capitalised words that starts at word k and a name follows
// ("Deputy Foreign Ministers A and B"), or k.
func (d *doc) pluralTitleEnd(k, limit int) int {
	for j := k; j < limit && j < k+4; j++ {
		if !d.words[j].cap || d.mentAt[j] >= 0 {
			return k
		}
		if pluralTitles[d.lw(j)] {
			if j+1 < limit && d.mentAt[j+1] >= 0 && d.ments[d.mentAt[j+1]].person >= 0 {
				return j + 1
			}
			return k
		}
	}
	return k
}

// honorificEnd returns the word after an honorific or title that starts
// at word k, with its period ("Mr.", "Dr", "Hon.", "H.E.", "Professor"),
// or k if none starts there.
func (d *doc) honorificEnd(k, limit int) int {
	if k >= limit || d.words[k].xf&fHonorific == 0 && !personTitles[d.words[k].text] {
		return k
	}
	if k+1 < limit && d.words[k+1].text == "." && d.words[k+1].start == d.words[k].end {
		return k + 2
	}
	return k + 1
}

// honorificStart returns the first word of an honorific that ends at word
// k (its period, or the title itself), at or after lo, or k+1 if none.
func (d *doc) honorificStart(k, lo int) int {
	h := k
	if h > lo && d.words[h].text == "." && d.words[h-1].end == d.words[h].start {
		h--
	}
	if h >= lo && (d.words[h].xf&fHonorific != 0 || personTitles[d.words[h].text]) {
		return h
	}
	return k + 1
}

// listFiller returns the word after what stands between the names of a
// list of people from word a, at word k: a role ("met Russian Foreign
// Minister A"), a lower-case role after the first name ("met A and
// Kremlin foreign policy aide B", "hosted by EU foreign policy chief B"),
// an honorific ("met H.E. B", "led by Hon. A", "by Dr. C") or a named
// person's appositive ("met A, Russia's commissioner for children, and
// B", "led by A, Minister for Foreign Affairs, and B"); k if none.
// markObjects and markList both walk their lists with it.
func (d *doc) listFiller(k, a, limit int) int {
	if l := d.roleAt(k, limit); l > 0 {
		return k + l
	}
	if l := d.lowerRoleAt(k, limit); l > 0 && k > a {
		return k + l
	}
	if e := d.honorificEnd(k, limit); e > k {
		return e
	}
	if d.lw(k) == "," && k > a && d.mentAt[k-1] >= 0 && d.ments[d.mentAt[k-1]].person >= 0 {
		if e := d.apposEnd(k, limit); e > 0 {
			return e
		}
	}
	return k
}

// markObjects marks the people named from word a on: "talks with South
// Korean Foreign Minister B", "welcomed his Japanese counterpart B".
func (d *doc) markObjects(a, limit int) {
	if a < limit && d.otherClause(a, true) {
		return
	}
	for k, n := a, 0; k < limit && n < 16; n++ {
		if mi := int(d.mentAt[k]); mi >= 0 {
			m := &d.ments[mi]
			if m.person >= 0 && !d.nameModifier(m.w1, limit) && !d.words[m.w1-1].poss {
				// (not "received Shibani's credentials request")
				d.seat(d.people[m.person])
			}
			k = m.w1
			continue
		}
		if e := d.listFiller(k, a, limit); e > k {
			k = e
			continue
		}
		switch d.lw(k) {
		case "and", ",", "of", "the", "his", "her", "their", "its", "counterpart", "counterparts", "both", "including":
			k++
			continue
		}
		if roleModifiers[d.lw(k)] {
			k++
			continue
		}
		return
	}
}

// lowerRoleAt returns the length of one to three lower-case words that end
// in a role title right after a name that is no person, before a person:
// "Kremlin foreign policy aide B"; 0 if none.
func (d *doc) lowerRoleAt(k, limit int) int {
	if k == 0 || d.mentAt[k-1] < 0 || d.ments[d.mentAt[k-1]].person >= 0 {
		return 0
	}
	for j := k; j < limit && j < k+3; j++ {
		if w := &d.words[j]; w.cap || !w.alpha || d.mentAt[j] >= 0 || subordinators[w.low] {
			return 0
		}
		if r := d.roleAt(j, limit); r > 0 && d.holderAt(j+r, limit) {
			return j - k + r
		}
		if d.lw(j) == "chief" && d.holderAt(j+1, limit) {
			return j - k + 1 // "EU foreign policy chief B"
		}
	}
	return 0
}

// holderAt reports whether a person's name starts at word k, or after a
// comma there: "foreign policy chief B", "the EU's foreign policy chief,
// B" (the holder in apposition).
func (d *doc) holderAt(k, limit int) bool {
	if k < limit && d.lw(k) == "," {
		k++
	}
	return k < limit && d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].w0 == k && d.ments[d.mentAt[k]].person >= 0
}

// apposEnd returns the comma that closes an appositive of the person
// before the comma at word k, when the list goes on after it with "and":
// "A, Russia's commissioner for children's rights, and B", "A, the
// bloc's envoy, and B"; or -1. The appositive names no person and has no
// verb a reader can see (no relative word, no "said").
func (d *doc) apposEnd(k, limit int) int {
	j := k + 1
	if j >= limit {
		return -1
	}
	first := d.lw(j)
	mi := d.mentAt[j]
	if !(first == "the" || first == "a" || first == "an" || first == "his" || first == "her" || mi >= 0 && d.ments[mi].person < 0 && d.words[d.ments[mi].w1-1].poss || d.roleAt(j, limit) > 0) {
		return -1
	}
	for ; j < limit && j <= k+12; j++ {
		if m := d.mentAt[j]; m >= 0 && d.ments[m].person >= 0 {
			return -1
		}
		switch t := d.lw(j); {
		case t == ",":
			if j+1 < limit && d.lw(j+1) == "and" {
				return j
			}
			return -1
		case t == ";" || t == ":" || t == "." || t == "said" || t == "says" || relOpener(t) || subOpener(t):
			return -1
		}
	}
	return -1
}

func (d *doc) wordsAre(i, limit int, ws []string) bool {
	if i+len(ws) > limit {
		return false
	}
	for k, w := range ws {
		if d.lw(i+k) != w {
			return false
		}
	}
	return true
}

// markCompanion marks the subject of "<person> was accompanied by" (or
// "joined by", "flanked by") at word i: the person who is the subject of
// the clause (not "A, who was joined by"; the caller asks that the list
// after "by" held someone who takes part).
func (d *doc) markCompanion(i int, s *sentence) {
	if i-2 < s.labelEnd || (d.lw(i-1) != "was" && d.lw(i-1) != "were") {
		return
	}
	mi := d.mentionEndingAt(i - 2)
	if mi < 0 || d.ments[mi].person < 0 {
		return
	}
	if c := d.clauseAt(i); c.rel || d.ments[mi].w0 < c.subj0 || d.ments[mi].w1 > c.subj1 {
		return
	}
	d.seat(d.people[d.ments[mi].person])
}

// markList marks the people of a list that starts at word a; it returns how
// many it marked.
func (d *doc) markList(a, limit int, aff string) int {
	marked := 0
	if a < limit && d.otherClause(a, true) {
		return 0
	}
	for k := a; k < limit; {
		if aff != "" && k > a && d.lw(k) == "by" {
			if mi := d.mentAt[k-1]; mi >= 0 && d.ments[mi].person < 0 {
				// each by its own country: "Egypt was represented by
				// A, Jordan by B"
				if c := d.countryOf(int(mi)); d.isCountry(c) {
					aff = c
				}
			}
		}
		if mi := int(d.mentAt[k]); mi >= 0 {
			m := &d.ments[mi]
			if m.person >= 0 && !d.words[m.w1-1].poss && !d.nameModifier(m.w1, limit) {
				// (not "President Salva Kiir's government": his
				// government takes part)
				p := d.people[m.person]
				d.seat(p)
				marked++
				if aff != "" && affDelegation > p.affilScore {
					p.affil, p.affilScore = aff, affDelegation
				}
			}
			k = m.w1
			continue
		}
		if e := d.listFiller(k, a, limit); e > k {
			k = e
			continue
		}
		if e := d.pluralTitleEnd(k, limit); e > k {
			// "led by Deputy Foreign Ministers A and B"
			k = e
			continue
		}
		if k > a && d.lw(k-1) == "and" {
			if e := d.gappedBy(k, limit); e > k {
				// the verb left out of the second half: "led by A, and
				// the Ivorian delegation by B", "and on the Russian side
				// by C"
				k = e
				continue
			}
		}
		if familyWord(d.lw(k)) {
			// (not "accompanied by his wife B")
			return marked
		}
		if w := &d.words[k]; w.cap && w.alpha && k > a && d.words[k-1].poss && d.mentAt[k-1] >= 0 && d.ments[d.mentAt[k-1]].person < 0 && k+1 < limit && (d.lw(k+1) == "," || d.lw(k+1) == "and") {
			// a one-word name the tagger missed goes by, the list goes
			// on: "Argentina's A, Indonesia's Sugiono and the EU's
			// foreign policy chief, B"
			k++
			continue
		}
		if l := d.titledRoleAt(k, limit); l > 0 {
			// "Water Resources Secretary B", "Minister of State at the
			// Foreign Ministry B"
			k += l
			continue
		}
		if roleModifiers[d.lw(k)] {
			// "presidential aide Vladimir Medinsky"
			k++
			continue
		}
		if d.words[k].text == "," && k+1 < limit && (relOpener(d.lw(k+1)) || d.partOpener(k+1)) {
			// a relative aside inside the list: "attended by Fiji's
			// Prime Minister A, who is also foreign minister, New
			// Zealand Foreign Minister B and C" (or a participle one:
			// "by A, appointed last year, and B")
			if e := d.asideEnd(k, limit); e > 0 {
				k = e
				continue
			}
		}
		switch d.words[k].text {
		case ",", "and", "the", "as", "well", "retired", "former", "also", ":", "including", "both", "his", "her", "their", "its", "counterpart", "counterparts":
			k++
			continue
		case "by":
			if k > a && (d.lw(k-1) == "and" || d.mentAt[k-1] >= 0 && d.ments[d.mentAt[k-1]].person < 0) {
				// "by A and by B", "Saudi Arabia by A, Jordan by B"
				k++
				continue
			}
		}
		return marked
	}
	return marked
}

// hereFor reports whether the verb "to be" at word i places its subject
// at a place for a meeting: "is in Geneva for talks", "were in Doha for
// the second round" (not "is in Geneva", "was in Doha for a holiday").
func (d *doc) hereFor(i, limit int) bool {
	if i+3 >= limit || d.lw(i+1) != "in" {
		return false
	}
	mi := int(d.mentAt[i+2])
	if mi < 0 || d.ments[mi].w0 != i+2 || d.ments[mi].typ != LOC && d.ments[mi].typ != GPE {
		return false
	}
	k := d.ments[mi].w1
	if k >= limit || d.lw(k) != "for" {
		return false
	}
	return d.meetNounIn(k+1, min(limit, k+5), "round", "session", "visit")
}

// courtesyCall reports whether "called" at word i opens a courtesy
// call: "called on" a person, then a place or the sentence's end ("called
// on Marape at Parliament House", "called on the king in Amman."; not
// "called on Marape to resign").
func (d *doc) courtesyCall(i, limit int) bool {
	if i+2 >= limit || d.lw(i+1) != "on" {
		return false
	}
	k := i + 2
	if l := d.roleAt(k, limit); l > 0 {
		k += l
	}
	mi := int(d.mentAt[min(k, limit-1)])
	if k >= limit || mi < 0 || d.ments[mi].w0 != k || d.ments[mi].person < 0 {
		return false
	}
	switch e := d.ments[mi].w1; {
	case e >= limit:
		return true
	default:
		t := d.lw(e)
		if t == "at" || t == "in" {
			// (not an appeal after the place: "called on President Salva
			// Kiir in Juba to release Machar")
			for w := e + 1; w < limit && w <= e+5; w++ {
				if d.lw(w) == "to" && w+1 < limit && !d.words[w+1].cap {
					return false
				}
			}
			return true
		}
		return t == "." || t == ";" || t == "during" || weekdays[d.lw(e+1)] > 0 && t == "on"
	}
}

// courtesyTitle reports whether word w is a courtesy title official
// texts put before a name: "Hon. A", "H.E. B", "Rt. Hon. C", "Amb. D".
func courtesyTitle(w *word) bool {
	if !w.cap || len(w.low) > 4 {
		return false
	}
	switch w.low {
	case "hon", "h.e.", "h.e", "rt", "amb":
		return true
	}
	return false
}

// courtesyAt returns the length of the courtesy titles at word k (each
// with its period) before a capitalised word, or 0: "Hon.", "H.E.",
// "Rt. Hon.".
func (d *doc) courtesyAt(k, limit int) int {
	n := 0
	for k+n < limit && courtesyTitle(&d.words[k+n]) {
		n++
		if k+n < limit && d.lw(k+n) == "." {
			n++
		}
	}
	if n == 0 || k+n >= limit || !d.words[k+n].cap || !d.words[k+n].alpha {
		return 0
	}
	return n
}

// titledRoleAt returns the length of a role written in capitalised words
// at word k that the role list lacks whole: up to four capitalised words
// before a role ("Water Resources Secretary", "Migration Commissioner"),
// or a role's "of/for/at (the) <organisation>" tail before a name
// ("Minister of State at the Foreign Ministry B"); 0 if none.
func (d *doc) titledRoleAt(k, limit int) int {
	w := d.lw(k)
	if w == "at" || w == "of" || w == "for" {
		j := k + 1
		if j < limit && d.lw(j) == "the" {
			j++
		}
		if j < limit {
			if mi := int(d.mentAt[j]); mi >= 0 && d.ments[mi].person < 0 && d.ments[mi].w0 == j && k > 0 && d.words[k-1].cap && d.mentAt[k-1] < 0 {
				// only after a title word, before the name
				if e := d.ments[mi].w1; e < limit {
					if m2 := int(d.mentAt[e]); m2 >= 0 && d.ments[m2].person >= 0 {
						return e - k
					}
					if m2 := int(d.mentAt[min(e+1, limit-1)]); d.lw(e) == "," && e+1 < limit && m2 >= 0 && d.ments[m2].w0 == e+1 && d.ments[m2].person >= 0 {
						// the name in apposition: "chaired by Chad's
						// Minister of Water and Energy, Mahamat Souleymane"
						return e + 1 - k
					}
				}
			}
		}
		return 0
	}
	for j := k; j < limit && j < k+4; j++ {
		wd := &d.words[j]
		if !wd.alpha || d.mentAt[j] >= 0 || !wd.cap && (j > k+1 || k == 0 || d.mentAt[k-1] < 0 || subordinators[wd.low]) {
			// (lower case only for a word or two after a name: "U.N.
			// aid chief B", "Egyptian intelligence chief B")
			return 0
		}
		if j > k {
			if l := d.roleAt(j, limit); l > 0 {
				return j - k + l
			}
			if d.lw(j) == "chief" && j+1 < limit && d.mentAt[j+1] >= 0 && d.ments[d.mentAt[j+1]].person >= 0 {
				return j - k + 1 // "aid chief B"
			}
		}
		if wd.poss {
			return 0
		}
	}
	return 0
}

// finishPeople settles roles and affiliations after all evidence is in.
func (d *doc) finishPeople() {
	for mi := range d.ments {
		if d.ments[mi].person >= 0 {
			d.roleContext(mi)
		}
	}
	d.participants()
	d.councilSpeakers()
	for _, p := range d.people {
		if p.known != nil {
			if p.affil == "" || p.affilScore < affKnown {
				if p.known.country != "" {
					p.affil, p.affilScore = p.known.country, affKnown
				}
			}
			if p.role == "" {
				p.role = p.known.role
			}
		}
	}
	for _, p := range d.people {
		if p.possessor >= 0 && p.affilScore < affPossessor {
			if a := d.people[p.possessor].affil; a != "" {
				p.affil, p.affilScore = a, affPossessor
			}
		}
	}
	d.coChairActors()
}

// chairBodyName is the name a co-chair body goes by: its country, else
// its canonical name, else its text.
func (d *doc) chairBodyName(mi int) string {
	if c := d.countryOf(mi); c != "" {
		return c
	}
	if m := &d.ments[mi]; m.e != nil && m.e.canon != "" {
		return m.e.canon
	}
	return d.body[d.ments[mi].start:d.ments[mi].end]
}

// coChairActors marks as participants the officials of the bodies that
// chair or host the meeting ("co-chaired by Germany, the European Union
// and the African Union") who act at it: "EU foreign policy chief B
// pledged €270 million", "African Union Commission chairperson C called
// for a ceasefire" (the subject of the sentence, by its affiliation or
// by the body named in its title; not in a sentence told elsewhere or
// of an earlier time).
func (d *doc) coChairActors() {
	var chairs []string
	for si := range d.sents {
		s := &d.sents[si]
		if s.header {
			continue
		}
		for i := s.w0; i+2 < s.w1; i++ {
			if d.lw(i+1) != "by" {
				continue
			}
			switch d.lw(i) {
			case "co-chaired", "chaired", "co-hosted", "hosted", "co-organised", "co-organized", "organised", "organized":
			default:
				continue
			}
			if d.elsewhere(si) || d.pastMarker(i, s.w1) || !d.chairsMeeting(i, s.w0) {
				continue
			}
			for k := i + 2; k < s.w1 && k < i+16; {
				if t := d.lw(k); t == "the" || t == "and" || t == "," {
					k++
					continue
				}
				mi := int(d.mentAt[k])
				if mi < 0 || d.ments[mi].w0 != k || d.ments[mi].typ == PER {
					break
				}
				if n := d.chairBodyName(mi); !slices.Contains(chairs, n) {
					chairs = append(chairs, n)
				}
				k = d.ments[mi].w1
			}
		}
	}
	if len(chairs) < 2 {
		// (one host: its people are found by the rules of hosting)
		return
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || d.elsewhere(si) {
			continue
		}
		// the subject: a person within the first eight words
		chairIn := false
		for k := s.labelEnd; k < s.w1 && k < s.labelEnd+8; k++ {
			mi := int(d.mentAt[k])
			if mi < 0 {
				continue
			}
			m := &d.ments[mi]
			if m.person < 0 {
				if n := d.chairBodyName(mi); slices.ContainsFunc(chairs, func(c string) bool { return n == c || strings.HasPrefix(n, c+" ") }) {
					// ("African Union Commission chairperson C" of the
					// African Union)
					chairIn = true
				}
				k = m.w1 - 1
				continue
			}
			p := d.people[m.person]
			if m.w1 >= s.w1 || !(chairIn || slices.Contains(chairs, p.affil)) || !chairActVerb(d.lw(m.w1)) || d.pastMarker(m.w1, s.w1) || d.otherOccasion(m.w1, s.w1, true) {
				break
			}
			p.part = true
			break
		}
	}
}

// chairsMeeting reports whether the participle at word i ("co-chaired",
// "organised") tells of the meeting itself: its noun stands before it,
// past a comma, a place or a date ("The meeting was co-chaired by", "a
// conference in Paris, co-organised by"), not another event's ("a march
// organised by Greenpeace and Oxfam", "a protest organised by").
func (d *doc) chairsMeeting(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		if d.words[k].lf&fMeetNoun != 0 {
			return true
		}
		switch t := d.lw(k); t {
		case ",", "was", "were", "is", "are", "be", "been", "being", "will", "jointly", "also", "in", "on", "at", "the", "this", "last", "week", "day":
			continue
		case "session", "round", "forum", "gathering", "meetings", "event", "symposium", "congress", "consultations", "discussions":
			return true
		}
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].typ != PER || weekdays[d.lw(k)] > 0 || d.words[k].cap {
			continue // a place or a date: "in Paris", "on Monday"
		}
		return false
	}
	return false
}

// chairActVerb reports whether t, after a co-chair's official, tells of
// an act at the meeting: "pledged", "announced", "called for", "opened".
func chairActVerb(t string) bool {
	switch t {
	case "pledged", "pledges", "announced", "announces", "called", "calls", "urged", "urges", "opened", "opens",
		"closed", "presented", "unveiled", "committed", "promised":
		return true
	}
	return false
}

// canonical returns the person's canonical full name.
func (p *personC) canonical() string {
	best, bestN := "", 0
	for i, f := range p.forms {
		if !strings.Contains(f, " ") {
			continue
		}
		if n := p.formN[i]; n > bestN || (n == bestN && len(f) > len(best)) {
			best, bestN = f, n
		}
	}
	if best != "" {
		return best
	}
	if p.known != nil {
		return p.known.canon
	}
	if len(p.forms) > 0 {
		return p.forms[0]
	}
	return ""
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-32) + s[1:]
	}
	return s
}

// councilStory reports whether the lead tells of a session of a standing
// council or assembly ("The U.N. Security Council held an emergency
// meeting", "the General Assembly voted"): its speakers are the
// participants, the leaders the speeches name are not.
func (d *doc) councilStory() bool {
	if d.leadSent < 0 {
		return false
	}
	s := &d.sents[d.leadSent]
	for i := max(s.labelEnd, s.w0+1); i < s.w1; i++ {
		if t := d.lw(i); (t == "council" || t == "assembly") && d.words[i].cap && d.words[i-1].cap {
			return true
		}
	}
	return false
}

// councilBody reports whether word k names the body a speaker addresses
// in a council story: "the council", "the chamber", "the assembly",
// "members".
func councilBody(t string) bool {
	switch t {
	case "council", "chamber", "assembly", "members":
		return true
	}
	return false
}

// councilSpeakers marks the speakers of a council session (see
// councilStory): who told, addressed or briefed the council ("Lacroix
// told the council", "Kyaw Moe Tun addressed the council after the
// vote", "were briefed by A and by B"), and the members' ambassadors
// who speak in it ("U.S. Ambassador Mike Waltz said", "B, Britain's
// deputy U.N. ambassador, said"); not in a sentence of another time or
// place, and not a special envoy (who travels, rather than sits).
func (d *doc) councilSpeakers() {
	if !d.councilStory() {
		return
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || s.heading || d.elsewhere(si) {
			continue
		}
		for i := s.labelEnd; i < s.w1; i++ {
			t := d.lw(i)
			switch t {
			case "told", "addressed", "address", "briefed", "brief":
				j := i + 1
				if d.lw(j) == "the" {
					j++
				}
				for n := 0; n < 4 && j+1 < s.w1 && (d.words[j].cap || d.lw(j) == ".") && !councilBody(d.lw(j)); n++ {
					j++ // "told the U.N. General Assembly"
				}
				if j >= s.w1 || !councilBody(d.lw(j)) || d.otherClause(i, false) {
					continue
				}
				if t == "briefed" && (d.lw(i-1) == "were" || d.lw(i-1) == "was") {
					continue // (the passive: "were briefed by", below)
				}
				d.markSubjects(i, s.labelEnd)
				if k := i - 1; t == "address" && k > s.labelEnd && d.lw(k) == "to" {
					// "B, who was invited to address the council"
					for c := k - 1; c > s.labelEnd && c >= k-8; c-- {
						if d.lw(c) == "who" && d.lw(c-1) == "," {
							if mi := d.mentionEndingAt(c - 2); mi >= 0 && d.ments[mi].person >= 0 {
								d.people[d.ments[mi].person].part = true
							}
							break
						}
					}
				}
			case "by":
				if i > s.labelEnd && d.lw(i-1) == "briefed" && !d.otherClause(i, false) {
					d.markList(i+1, s.w1, "")
				}
			}
		}
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.person < 0 || d.sents[m.sent].header || d.elsewhere(m.sent) || d.otherClause(m.w0, false) {
			continue
		}
		p := d.people[m.person]
		role := strings.ToLower(p.role)
		amb := strings.Contains(role, "ambassador") || strings.Contains(role, "envoy") && !strings.Contains(role, "special")
		if !amb {
			// an appositive: "B, Britain's deputy U.N. ambassador,"
			s := &d.sents[m.sent]
			if m.w1 < s.w1 && d.lw(m.w1) == "," {
				for k := m.w1 + 1; k < s.w1 && k <= m.w1+7; k++ {
					if t := d.lw(k); t == "," || t == "who" || t == "." {
						break
					} else if t == "ambassador" {
						amb = true
						break
					}
				}
			}
		}
		if amb && !d.speakerAway(m, role) {
			p.part = true
		}
	}
}

// speakerAway reports whether the ambassador of mention m, with the lower
// case role, spoke outside the council session: a former ambassador, one
// accredited to a country ("ambassador to Germany", not "to the U.N."),
// one who boycotted it or was not invited, or one whose sentence puts the
// words elsewhere ("in a statement", "in a radio interview", "on
// Telegram", "outside the chamber", "before the meeting").
func (d *doc) speakerAway(m *ment, role string) bool {
	if strings.Contains(role, "former") || m.w0 > 0 && d.lw(m.w0-1) == "former" {
		return true
	}
	if i := strings.Index(role, "ambassador to "); i >= 0 {
		to := role[i+len("ambassador to "):]
		if !strings.HasPrefix(to, "the u") && !strings.HasPrefix(to, "u.n") && !strings.HasPrefix(to, "un") {
			return true
		}
	}
	s := &d.sents[m.sent]
	// the clause of the mention ("A called the vetoes shameful, while B,
	// in a joint statement, said" is two)
	lo, hi := s.w0, s.w1
	for k := m.w0 - 1; k > s.w0; k-- {
		if clauseJoint(d.lw(k)) {
			lo = k + 1
			break
		}
	}
	for k := m.w1; k < s.w1; k++ {
		if clauseJoint(d.lw(k)) {
			hi = k
			break
		}
	}
	press := false // told to the press: "told reporters", "journalists"
	for k := lo; k < hi; k++ {
		if t := d.lw(k); t == "reporters" || t == "journalists" || t == "press" {
			press = true
		}
	}
	for k := lo; k < hi; k++ {
		switch d.lw(k) {
		case "boycotted", "boycotting", "boycotts", "interview", "telegram", "outside":
			return true
		case "statement":
			// "in a statement", "in a joint statement" (issued, not
			// spoken in the chamber; not "read a statement", "in her
			// statement to the council")
			if d.inStatement(k, lo) && !(k+3 < hi && d.lw(k+1) == "to" && d.lw(k+2) == "the" && councilBody(d.lw(k+3))) {
				return true
			}
		case "invited", "attend", "attending":
			if d.hasNot(max(k-3, lo), k) {
				return true
			}
		case "before":
			// "Before the meeting, B told reporters" (not "said before
			// the vote", "speaking before the vote": a council
			// intervention)
			if press && k+2 < hi && d.lw(k+1) == "the" && (d.words[k+2].lf&fMeetNoun != 0 || d.lw(k+2) == "session") {
				return true
			}
		}
	}
	return false
}

// inStatement reports whether "statement" at word k follows "in" with at
// most a determiner, a possessive and an adjective between: "in a
// statement", "in a joint statement", "in her statement".
func (d *doc) inStatement(k, lo int) bool {
	for p := k - 1; p >= lo && p >= k-4; p-- {
		switch d.lw(p) {
		case "in":
			return true
		case "a", "an", "the", "his", "her", "its", "their", "joint", "written", "separate", "brief":
		default:
			return false
		}
	}
	return false
}

// travelledFor reports whether the words from a on tell that a journey
// was made for the talks: "(flew) to New York for the meeting", "(came)
// for the summit" (not "for talks next year": see otherOccasion).
func (d *doc) travelledFor(a, limit int) bool {
	for k := a; k+1 < limit && k < a+8; k++ {
		switch d.lw(k) {
		case ",", ";", "and", "but":
			return false
		case "for":
			j := k + 1
			if d.lw(j) == "the" || d.lw(j) == "this" {
				j++
			}
			return j < limit && (d.words[j].lf&fMeetNoun != 0 || d.lw(j) == "session" || d.lw(j) == "vote")
		}
	}
	return false
}

// thatRelBefore reports whether verb v lies in a relative clause opened by
// "that" after a noun, with named subjects, that tells of an earlier time:
// "urged them to respect the accords that Presidents A and B signed at the
// White House on Dec. 4" (the clause reader skips such a relative when it
// dates the main clause, so its own time is read here).
func (d *doc) thatRelBefore(v, lo int) bool {
	k := v - 1
	for k >= lo && k > v-16 {
		if mi := int(d.mentAt[k]); mi >= 0 {
			k = d.ments[mi].w0 - 1
			continue
		}
		if q := d.roleMatchEnding(k, lo); q >= 0 && q <= k {
			k = q - 1
			continue
		}
		t := d.lw(k)
		if t == "and" || t == "," || t == "the" || d.words[k].lf&fAux != 0 || roleModifiers[t] || d.words[k].cap {
			k--
			continue
		}
		break
	}
	if k <= lo || k == v-1 || d.lw(k) != "that" {
		return false
	}
	if p := &d.words[k-1]; p.cap || p.punct || d.mentAt[k-1] >= 0 || thatVerbs[p.low] || auxWords[p.low] || isPast(p.low, pastMeet|pastEvent) {
		return false // (a reported "that": "said that A and B met")
	}
	s := &d.sents[d.words[v].sent]
	b := v + 1
	for b < s.w1 && b < v+clauseMax && d.lw(b) != "," && d.lw(b) != ";" {
		b++
	}
	if when, _ := d.clauseWhen(v, b, -1, -1, v, tPast); when == whenBefore {
		return true
	}
	if !isPast(d.lw(v), pastMeet|pastEvent) || d.pubMonth == 0 {
		return false
	}
	for j := v + 1; j+1 < b; j++ {
		// a day of the month before the news: "on Dec. 4" (published
		// on 15 December), "on February 4" (in March)
		if d.lw(j) != "on" || !d.words[j+1].cap {
			continue
		}
		m := monthNumber(d.lw(j + 1))
		n := j + 2
		if n < b && d.lw(n) == "." {
			n++
		}
		if m == 0 || n >= b {
			continue
		}
		day := 0
		if w := d.lw(n); len(w) <= 2 {
			for _, c := range []byte(w) {
				if c < '0' || c > '9' {
					day = -1
					break
				}
				day = day*10 + int(c-'0')
			}
		}
		if day < 1 || day > 31 {
			continue
		}
		if m < d.pubMonth && d.pubMonth-m < 6 || m == d.pubMonth && d.pubDay > 0 && day < d.pubDay {
			return true
		}
	}
	return false
}

// timeAdverbEnd returns the word after a short time adverbial that starts
// at a ("on Thursday", "on Dec. 4", "on 4 December", "last week", "this
// month", "today"), or a when there is none.
func (d *doc) timeAdverbEnd(a, limit int) int {
	if a >= limit {
		return a
	}
	switch t := d.lw(a); t {
	case "today", "yesterday", "tomorrow", "tonight":
		return a + 1
	case "last", "this", "next", "earlier", "later":
		if a+1 < limit {
			switch d.lw(a + 1) {
			case "week", "month", "year", "weekend":
				return a + 2
			}
		}
	case "on":
		k := a + 1
		if k < limit && weekday(d.lw(k)) {
			return k + 1
		}
		for n := 0; k < limit && n < 4; n++ {
			// "Dec. 4", "4 December", "December 4"
			w := d.lw(k)
			if w == "." || monthNumber(w) > 0 || len(w) <= 2 && w[0] >= '0' && w[0] <= '9' {
				k++
				continue
			}
			break
		}
		if k > a+1 {
			return k
		}
	}
	return a
}

// withInRoom returns the "with" whose phrase "in the room" at word i
// closes ("..., with B, who ..., also in the room"), within 30 words of
// the same sentence and no negation between; or -1.
func (d *doc) withInRoom(i int, s *sentence) int {
	if i-2 <= s.labelEnd || d.lw(i-1) != "the" || d.lw(i-2) != "in" {
		return -1
	}
	for k := i - 3; k > s.labelEnd && k >= i-30; k-- {
		switch t := d.lw(k); {
		case t == "with":
			return k
		case negWord(t) || t == ";" || t == "said":
			return -1
		}
	}
	return -1
}

// markWithPhrase marks the people named in words [a, b) of a "with"
// phrase, outside the relative asides in it: "with Deputy Minister B,
// who has spent months shuttling between C and D, in the room".
func (d *doc) markWithPhrase(a, b int) {
	for k := a; k < b; k++ {
		mi := d.mentAt[k]
		if mi < 0 || d.ments[mi].w0 != k || d.ments[mi].person < 0 || d.words[d.ments[mi].w1-1].poss {
			continue
		}
		if c := d.clauseAt(k); c.rel && c.w0 > a {
			continue
		}
		d.seat(d.people[d.ments[mi].person])
	}
}

// atTable reports whether the words from a put someone at the table of
// talks: "(sat) at the same table", "around the negotiating table".
func (d *doc) atTable(a, limit int) bool {
	if a >= limit || d.lw(a) != "at" && d.lw(a) != "around" {
		return false
	}
	for k := a + 1; k < limit && k <= a+4; k++ {
		if d.lw(k) == "table" {
			return true
		}
	}
	return false
}

// passiveGapEnd returns the word after a time or a short phrase of
// place or manner that stands between a passive verb and its "by", from
// word a: "hosted on Thursday by", "led on the Norwegian side by",
// "received in audience by", "chaired at the ministry on Monday by"; or a
// when none. The phrase opens with a preposition and holds no comma and
// no person.
func (d *doc) passiveGapEnd(a, limit int) int {
	if e := d.timeAdverbEnd(a, limit); e > a {
		return e
	}
	switch d.lw(a) {
	case "on", "in", "at", "for", "from", "during":
	default:
		return a
	}
	for j := a + 1; j < limit && j <= a+6; j++ {
		if d.lw(j) == "by" {
			return j
		}
		if d.words[j].text == "," || d.words[j].lf&fAux != 0 || d.mentAt[j] >= 0 && d.ments[d.mentAt[j]].person >= 0 {
			return a
		}
		if e := d.timeAdverbEnd(j, limit); e > j {
			j = e - 1
		}
	}
	return a
}

// relOfOther reports whether word i lies in a relative aside whose main
// clause, after it, calls off an occasion other than the story's (see
// otherClause): the aside describes that occasion too. (An earlier time
// of the main clause does not date the aside: "The talks, led by A and
// B, had been suspended in January" still names the talks' leaders.)
func (d *doc) relOfOther(i int) bool {
	c := d.clauseAt(i)
	if !c.rel {
		return false
	}
	s := &d.sents[d.words[i].sent]
	k := c.w1
	for k < s.w1 && d.lw(k) == "," {
		k++
	}
	return k < s.w1 && k > i && d.clauseAt(k).tense&tOff != 0 && d.otherClause(k, true)
}

// droppingBefore reports whether a participle that calls off or skips
// the meeting named at word k stands just before it: "scrapping a planned
// meeting with B", "cancelling talks with C", "calling off a meeting".
func (d *doc) droppingBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		switch d.lw(j) {
		case "scrapping", "cancelling", "canceling", "postponing", "skipping", "shelving", "dropping":
			return true
		case "off":
			return j > lo && d.lw(j-1) == "calling"
		case ",", ";", "and", "after", "before":
			return false
		}
	}
	return false
}

// clauseJoint reports whether t joins two clauses of one sentence.
func clauseJoint(t string) bool {
	switch t {
	case "while", "whereas", "but", ";":
		return true
	}
	return false
}

// toldAfterTalks reports whether the words from a, after "told", say the
// press was told as the talks ended: "reporters after the session",
// "journalists at the end of the meeting", "reporters following the
// talks" (not "after the vote in parliament", "after last year's
// summit": the noun of talks must follow "the" directly).
func (d *doc) toldAfterTalks(a, limit int) bool {
	if a >= limit {
		return false
	}
	switch d.lw(a) {
	case "reporters", "journalists", "the":
	default:
		return false
	}
	if d.lw(a) == "the" {
		if d.lw(a+1) != "press" {
			return false
		}
		a++
	}
	k := a + 1
	switch {
	case d.lw(k) == "after" || d.lw(k) == "following":
		k++
	case d.lw(k) == "at" && d.lw(k+1) == "the" && d.lw(k+2) == "end" && d.lw(k+3) == "of":
		k += 4
	default:
		return false
	}
	if k+1 >= limit || d.lw(k) != "the" {
		return false
	}
	if d.otherPlaceAfter(k+2, min(k+4, limit), "in") {
		// "after the session in Paris": another sitting than the
		// venue's
		return false
	}
	return d.words[k+1].lf&fMeetNoun != 0 || d.lw(k+1) == "session" || d.lw(k+1) == "council"
}

// opensTalks reports whether the words from a, after "opened", name the
// talks' own sitting: "the session", "the one-day session", "the summit",
// "the talks" (not "opened the border", "opened fire", "opened an
// embassy").
func (d *doc) opensTalks(a, limit int) bool {
	if a >= limit || d.lw(a) != "the" {
		return false
	}
	for k := a + 1; k < limit && k <= a+3; k++ {
		if d.words[k].lf&fMeetNoun != 0 {
			return true
		}
		switch d.lw(k) {
		case "session", "debate", "proceedings", "round", "plenary", "forum":
			return true
		}
		if d.words[k].cap || d.mentAt[k] >= 0 || isYear(d.lw(k)) {
			return false // "opened the Rafah crossing", "the 2019 session"
		}
	}
	return false
}

// lowerRanks finds countries that sent only a lower-ranking envoy: "China
// and Brazil sending only their ambassadors", "Indonesia sent its deputy
// foreign minister", "Russia sent Deputy Foreign Minister B" (B takes part
// for Russia; the country is represented below the meeting's rank).
func (d *doc) lowerRanks() {
	level := -1 // deputyLevel, worked out on demand: 0 no, 1 yes
	for si := range d.sents {
		s := &d.sents[si]
		if s.header {
			continue
		}
		for i := s.w0 + 1; i+1 < s.w1; i++ {
			e, only := i+1, false // the envoy's words
			switch d.lw(i) {
			case "sent", "sending", "sends":
			case "represented":
				// "was represented only by an observer", "by only its
				// ambassador": the passive of sending
				if i+3 >= s.w1 || !(d.lw(i+1) == "only" && d.lw(i+2) == "by" || d.lw(i+1) == "by" && d.lw(i+2) == "only") {
					continue
				}
				e, only = i+3, true
			default:
				continue
			}
			if !d.lowerEnvoyFrom(e, s.w1, only) || d.sentInPlace(i, s.w1) || d.elsewhere(si) || d.pastMarker(i, s.w1) || d.otherOccasion(i, s.w1, true) {
				continue
			}
			if d.otherPlaceAfter(i+1, d.commaAfter(i+1, s.w1), "to") {
				// an errand elsewhere: "Egypt sent its assistant foreign
				// minister to Ramallah on Tuesday to brief the Palestinian
				// Authority"
				continue
			}
			// a round held at that level on all sides: the envoy takes
			// part, no one is represented lower than the others
			same := d.othersLower(s, i)
			if !same && d.deputyEnvoy(e, s.w1) {
				if level < 0 {
					level = 0
					if d.deputyLevel() {
						level = 1
					}
				}
				// a meeting "held at vice-ministerial level", "Senior
				// officials of the six countries met": a deputy
				// minister sits at its level
				same = level == 1
			}
			// the countries just before: "China and Brazil", "Indonesia"
			// (before the auxiliaries of "was represented")
			var cs []string
			k0 := i - 1
			for e > i+1 && k0 > s.w0 && d.words[k0].lf&fAux != 0 {
				k0--
			}
			for k := k0; k >= s.w0 && k >= s.labelEnd; {
				if t := d.lw(k); t == "and" || t == "," {
					k--
					continue
				}
				mi := int(d.mentAt[k])
				if mi < 0 || d.ments[mi].w1 != k+1 || d.ments[mi].typ != GPE {
					break
				}
				c := d.countryOf(mi)
				if !d.isCountry(c) {
					break
				}
				cs = append(cs, c)
				k = d.ments[mi].w0 - 1
			}
			if len(cs) == 0 {
				continue
			}
			slices.Reverse(cs)
			for _, c := range cs {
				if !same && !slices.Contains(d.lowLevel, c) {
					d.lowLevel = append(d.lowLevel, c)
					d.lowLevelSents = append(d.lowLevelSents, si)
				}
			}
			if len(cs) == 1 {
				// the envoy named takes part for the country
				d.markList(e, d.commaAfter(e, s.w1), cs[0])
			}
		}
	}
}

// othersLower reports whether the sentence of the sending verb at i says
// the other parties too sent officials below a minister, or the talks are
// held at that level: "Iran sent its deputy foreign minister B, and the
// three European countries sent their political directors" (the whole
// round is at that level; no one is represented lower than the others).
func (d *doc) othersLower(s *sentence, i int) bool {
	for j := s.w0; j+1 < s.w1; j++ {
		switch d.lw(j) {
		case "deputy-level", "expert-level", "technical-level", "working-level":
			return true
		case "sent", "sending", "sends":
			if j == i {
				continue
			}
			if d.lowerEnvoy(j+1, s.w1) {
				return true
			}
			k := j + 1
			if k < s.w1 && d.lw(k) == "only" {
				k++
			}
			if k < s.w1 {
				switch d.lw(k) {
				case "its", "their", "a", "an":
					k++
				}
			}
			if k < s.w1 {
				switch d.lw(k) {
				case "political", "senior", "directors", "officials", "experts", "technical", "envoys", "ambassadors", "negotiators":
					return true
				}
			}
		}
	}
	return false
}

// deputyEnvoy reports whether the words from k (after "sent") name a
// deputy or vice minister: "its deputy foreign minister", "Vice Foreign
// Minister B" (not "a junior minister", "only their ambassadors").
func (d *doc) deputyEnvoy(k, limit int) bool {
	if k < limit {
		switch d.lw(k) {
		case "its", "their", "a", "an":
			k++
		}
	}
	if k >= limit {
		return false
	}
	switch d.lw(k) {
	case "deputy", "vice", "deputies":
		return true
	}
	return false
}

// deputyLevels name a meeting held below ministers: "at vice-ministerial
// level", "the vice-ministerial consultation".
var deputyLevels = map[string]bool{
	"vice-ministerial": true, "deputy-ministerial": true, "vice-minister": true, "deputy-minister": true,
	"vice-ministerial-level": true, "deputy-ministerial-level": true, "senior-official": true, "senior-officials": true,
}

// deputyLevel reports whether the story tells of its meeting as held at
// deputy ministers' level, so that a deputy sent sits at its level: "held
// at vice-ministerial level", "chaired the vice-ministerial
// consultation", "at vice ministerial level", or a lead whose subject is
// senior officials who meet ("Senior officials of the six Mekong-Lancang
// countries met in Vientiane"); not in a sentence told elsewhere or of
// another time.
func (d *doc) deputyLevel() bool {
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || d.elsewhere(si) {
			continue
		}
		for k := s.labelEnd; k+1 < s.w1; k++ {
			t := d.lw(k)
			lvl := deputyLevels[t]
			if !lvl && (t == "vice" || t == "deputy") && d.lw(k+1) == "ministerial" {
				lvl = true // "at vice ministerial level"
				k++
			}
			if lvl {
				switch n := d.lw(k + 1); {
				case n == "level" || n == "talks" || n == "meeting" || n == "consultation" || n == "consultations" || n == "dialogue" || n == "round" || n == "session" || n == "meetings":
				case d.lw(k-1) == "at" || strings.HasSuffix(t, "-level"):
				default:
					continue
				}
				if !d.pastMarker(k, s.w1) && !d.otherOccasion(k, s.w1, false) {
					return true
				}
			}
			if si == d.leadSent && t == "senior" && (k == s.w0 || !isWordTok(d.lw(k-1))) {
				// (opening the lead, past its dateline)
				switch d.lw(k + 1) {
				case "officials", "diplomats":
				default:
					continue
				}
				// the subject meets: "Senior officials of the six
				// countries met in Vientiane"
				for j := k + 2; j < s.w1 && j <= k+10; j++ {
					if u := d.lw(j); u == "met" || u == "meet" || u == "gathered" || u == "convened" || u == "held" {
						return !d.pastMarker(j, s.w1)
					} else if u == "," || u == ";" || d.words[j].lf&fAux != 0 && u != "are" {
						break
					}
				}
			}
		}
	}
	return false
}

// lowerEnvoy reports whether the words from k name an envoy below a
// minister's or a leader's rank: "only their ambassadors", "its deputy
// foreign minister", "a junior minister", "Vice President B" (an
// ambassador only with "only": "sent its ambassador" may be the usual
// delegate).
func (d *doc) lowerEnvoy(k, limit int) bool {
	return d.lowerEnvoyFrom(k, limit, false)
}

// lowerEnvoyFrom is lowerEnvoy, told whether "only" came before word k
// ("represented only by"); an observer is below any delegate.
func (d *doc) lowerEnvoyFrom(k, limit int, only bool) bool {
	if k < limit && d.lw(k) == "only" {
		only = true
		k++
	}
	if k < limit {
		switch d.lw(k) {
		case "its", "their", "a", "an":
			k++
		}
	}
	if k+1 >= limit {
		return false
	}
	switch d.lw(k) {
	case "deputy", "vice", "junior", "assistant", "deputies":
		return true
	case "low-level", "lower-level", "low-ranking", "lower-ranking", "junior-level":
		return true
	case "ambassador", "ambassadors", "envoy", "envoys":
		return only
	case "observer", "observers":
		// "sent only an observer", "represented by an observer"
		return true
	}
	return false
}

// spokesIn reports whether a spokesman's title stands in words [a, b):
// "A rebel spokesman, B, told reporters after the session" (one who
// briefs the press speaks of the talks, he need not sit in them).
func (d *doc) spokesIn(a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasPrefix(d.lw(k), "spokes") {
			return true
		}
	}
	return false
}
