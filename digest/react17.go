package digest

import (
	"strings"

	"github.com/attache-bot/attache/digest/attrib"
)

// orgHeads17 are the head nouns that end a body's name ("the Private
// Sector Federation", "the US Embassy", "the Killybegs Fishermen's
// Organisation"), capitalised or not ("the U.S. embassy", "the ILO
// office"): bodyHeads, placeOrgHeads and the offices of states and
// international bodies.
var orgHeads17 = map[string]bool{
	"embassy": true, "consulate": true, "mission": true, "office": true, "delegation": true,
	"organisation": true, "organization": true, "agency": true, "movement": true, "group": true,
	"bloc": true, "party": true, "federation": true, "council": true, "alliance": true,
	"union": true, "association": true, "chamber": true, "confederation": true, "committee": true,
	"institute": true, "centre": true, "center": true, "foundation": true, "network": true,
	"coalition": true, "front": true, "league": true, "society": true, "commission": true,
	"conference": true, "forum": true, "platform": true, "trust": true, "initiative": true,
	"watch": true, "campaign": true, "exchange": true, "lobby": true,
}

// placeNamedHeads are the heads of bodies whose name holds the place they
// sit in ("the United Nations Assistance Mission in Afghanistan", "the US
// Embassy in Libya"): the place is part of what a reader finds.
var placeNamedHeads = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// groupNouns17 are the lower-case nouns that introduce a body's name
// ("the environmental group Bankwatch Romania", "the grain exporters'
// chamber CAPECO", "the nationalist opposition Good Party").
var groupNouns17 = map[string]bool{
	"group": true, "movement": true, "chamber": true, "party": true, "bloc": true,
	"organisation": true, "organization": true, "association": true, "federation": true,
	"union": true, "network": true, "coalition": true, "alliance": true, "council": true,
	"campaign": true, "watchdog": true, "lobby": true, "opposition": true, "body": true,
}

// nameJoiners17 are the small words inside names beyond nameJoiners ("Unión
// por la Patria", "Movimento dos Trabalhadores").
var nameJoiners17 = map[string]bool{"por": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "el": true, "le": true, "los": true, "las": true}

// nameWord17 reports whether word k can stand inside a body's name: a
// capitalised word, or a small word of names followed by a capitalised
// one ("Federation of Icelandic Industries", "Unión por la Patria").
func (d *doc) nameWord17(k, end int) bool {
	w := &d.words[k]
	if w.cap && w.alpha {
		return true
	}
	if (nameJoiners[w.low] && w.low != "and" || nameJoiners17[w.low]) && k+1 < end {
		n := &d.words[k+1]
		return n.cap || nameJoiners[n.low] || nameJoiners17[n.low]
	}
	return false
}

// repairSource rewrites the source of at when attrib took a piece of the
// subject for the whole and the sentence shows the body or person that
// spoke (source17): the engine's tagger cuts long names of bodies, and
// attrib's noun phrase stops at a preposition, a lower-case group noun or
// a comma. It reports whether it did.
func (d *doc) repairSource(at *attrib.Attribution, s *sentence, cueW int) bool {
	if at.SourceStart >= at.SourceEnd {
		return false
	}
	srcW, srcE := d.wordAt(at.SourceStart), d.wordAt(at.SourceEnd)
	if srcW < s.w0 || srcE > s.w1 || srcW >= srcE {
		return false
	}
	a, b, ok := -1, -1, false
	switch {
	case srcW > cueW:
		a, b, ok = d.apposSpeaker(s, srcW, cueW)
	case srcW-2 >= s.w0 && d.words[srcW-1].low == "in":
		a, b, ok = d.orgInPlace(s, srcW, srcE, cueW)
	case srcW-1 >= s.w0 && d.words[srcW-1].text == ",":
		a, b, ok = d.nameBeforeAppos(s, srcW, srcE, cueW)
	}
	if !ok {
		a, b, ok = d.nameAfterGroupNoun(s, srcW, srcE, cueW)
	}
	if !ok || a < 0 || b <= a {
		return false
	}
	name := d.body[d.words[a].start:d.words[b-1].end]
	for k := a; k < b && d.words[k].cap; k++ {
		if mi := d.mentAt[k]; mi >= 0 {
			if m := &d.ments[mi]; m.person >= 0 && m.w1 == b {
				// "Opposition Leader Bob Loughman": the person
				name = d.people[m.person].canonical()
				break
			}
		}
	}
	if c := d.embassyState(a, b); c != "" {
		// "The Chinese Embassy in Fiji", "the U.S. embassy in Bamako":
		// the state speaks through its embassy (the bullet names the
		// office after it, officePhrase)
		name = c
	}
	at.Source, at.SourceStart, at.SourceEnd = d.body[d.words[a].start:d.words[b-1].end], d.words[a].start, d.words[b-1].end
	at.Actor, at.Actors = name, []string{name}
	return true
}

// clauseOpen reports whether a subject can start at word k of s: the
// sentence's first word (after a "Label:" or a dateline dash), or after a
// comma, a semicolon, a colon or "while"/"and"/"but".
func (d *doc) clauseOpen(s *sentence, k int) bool {
	if k <= s.w0 || k <= s.labelEnd {
		return true
	}
	switch p := d.words[k-1]; p.low {
	case ",", ";", ":", "while", "and", "but", "-", "—", "–":
		return true
	}
	return false
}

// orgInPlace: "The Private Sector Federation in Kigali said", "the US
// Embassy in Libya welcomed", "The International Labour Organization (ILO)
// office in Kuala Lumpur described": attrib's phrase stops at "in" and
// the place speaks. The run of the name before "in" ends in a body's head
// and opens the clause; the cue follows the place (or a comma clause
// after it: ", which patrols the frontier, said"). The name is the body's
// (with the place for an embassy or a mission, whose name holds it).
func (d *doc) orgInPlace(s *sentence, srcW, srcE, cueW int) (int, int, bool) {
	if cueW < srcE || cueW > srcE+1 && !(d.words[srcE].text == "," && d.words[cueW-1].text == ",") {
		return -1, -1, false
	}
	for k := srcW; k < srcE; k++ {
		if !d.words[k].cap {
			return -1, -1, false // a place: capitalised words
		}
	}
	e := srcW - 1 // the "in"
	h := e - 1    // the head
	if !orgHeads17[d.words[h].low] {
		return -1, -1, false
	}
	lo := h
	if !d.words[h].cap {
		// "the U.S. embassy", "the ILO office": a capitalised word or
		// an acronym in parentheses before a lower-case head
		if h-1 < s.w0 {
			return -1, -1, false
		}
		if d.words[h-1].text == ")" && h-3 >= s.w0 && d.words[h-3].text == "(" {
			lo = h - 3
		} else if !d.words[h-1].cap {
			return -1, -1, false
		}
	}
	for lo-1 >= s.w0 && d.nameWord17(lo-1, e) {
		lo--
	}
	for lo < h && (nameJoiners[d.words[lo].low] || nameJoiners17[d.words[lo].low] || d.words[lo].low == "the") {
		lo++
	}
	if lo == h && !d.words[h].cap || !d.clauseOpen(s, lo) && !(lo-1 >= s.w0 && d.words[lo-1].low == "the" && d.clauseOpen(s, lo-1)) && !d.sideWordOpen(s, lo) {
		return -1, -1, false
	}
	if lo < s.w0 || d.words[lo].poss {
		return -1, -1, false
	}
	for k := lo; k < h; k++ {
		if w := &d.words[k]; w.poss && (k == lo || d.placeOrPerson(k) || !pluralPoss(w.low)) {
			// "Kenya's embassy in Kampala", "the Prime Minister's Office
			// in Ottawa": the state's (but "the Killybegs Fishermen's
			// Organisation")
			return -1, -1, false
		}
	}
	switch {
	case placeNamedHeads[d.words[h].low]:
		return lo, srcE, true
	case d.words[h].low == "office" && !d.words[h].cap:
		// "the ILO office in Nairobi": the body's own
		if d.words[h-1].text == ")" {
			return lo, h - 3, true
		}
		return lo, h, true
	case !d.words[h].cap && d.words[h].low != "party" && d.words[h].low != "bloc":
		return -1, -1, false
	}
	if d.words[h].low == "party" && !d.words[h].cap || d.words[h].low == "bloc" {
		// "The populist Chega party in Portugal": the name before
		// its noun (s18-react: one word of name is a name, "Chega";
		// the test was h-1 > lo, which asked for two)
		if h > lo {
			return lo, h, true
		}
		return -1, -1, false
	}
	return lo, h + 1, true
}

// nameBeforeAppos: "The Islamic Action Front, Jordan's main opposition
// party, also praised", "The National Confederation of Agriculture and
// Livestock (CNA), Brazil's main farm lobby, welcomed": attrib took the
// description in commas for the speaker (and the description's country
// speaks); the name before it, which opens the clause and ends in a
// body's head, is the speaker.
func (d *doc) nameBeforeAppos(s *sentence, srcW, srcE, cueW int) (int, int, bool) {
	if srcE >= s.w1 || d.words[srcE].text != "," || cueW < srcE+1 || cueW > srcE+2 {
		return -1, -1, false
	}
	// the description: a possessive or an article, then lower-case words
	if f := &d.words[srcW]; !(f.poss || f.low == "the" || f.low == "a" || f.low == "an") || d.words[srcE-1].cap {
		return -1, -1, false
	}
	e := srcW - 1 // the comma
	h := e - 1
	if h >= s.w0 && d.words[h].text == ")" && h-2 >= s.w0 && d.words[h-2].text == "(" {
		h -= 3 // "(CNA)"
	}
	if h < s.w0 || !d.words[h].cap {
		return -1, -1, false
	}
	lo := h
	for lo-1 >= s.w0 && (d.nameWord17(lo-1, e) || d.words[lo-1].low == "and" && lo-2 >= s.w0 && d.words[lo-2].cap && d.ofBefore(s, lo-2)) {
		lo-- // (and "and" after an "of": "Confederation of Agriculture and Livestock")
	}
	head := false
	for k := lo; k <= h; k++ {
		head = head || d.words[k].cap && orgHeads17[d.words[k].low]
	}
	if !head {
		return -1, -1, false
	}
	for lo < h && (nameJoiners[d.words[lo].low] || nameJoiners17[d.words[lo].low]) {
		lo++
	}
	if !d.clauseOpen(s, lo) && !(lo-1 >= s.w0 && d.words[lo-1].low == "the" && d.clauseOpen(s, lo-1)) {
		return -1, -1, false
	}
	return lo, h + 1, true
}

// nameAfterGroupNoun: "The environmental group Bankwatch Romania was
// sharper, arguing", "The Paraguayan grain exporters' chamber CAPECO was
// more guarded, saying", "Turkey's nationalist opposition Good Party was
// more cautious", "the opposition Unión por la Patria bloc said": attrib's
// phrase is the words before the name (or the name's tail after its
// small words); the name after a lower-case group noun, between the
// phrase and the cue, is the speaker.
func (d *doc) nameAfterGroupNoun(s *sentence, srcW, srcE, cueW int) (int, int, bool) {
	if cueW < srcE || cueW-srcE > 16 {
		return -1, -1, false
	}
	if srcW-2 >= s.w0 && d.words[srcW].cap && (nameJoiners[d.words[srcW-1].low] && d.words[srcW-1].low != "and" || nameJoiners17[d.words[srcW-1].low]) && d.nameWord17(srcW-2, srcE) {
		// "Patria bloc" of "the opposition Unión por la Patria bloc",
		// "Boundaries" of "the environmental group Rivers without
		// Boundaries": the name's tail after its small words
		lo := srcW
		for lo-1 >= s.w0 && d.nameWord17(lo-1, srcE) {
			lo--
		}
		for lo < srcW && (nameJoiners[d.words[lo].low] || nameJoiners17[d.words[lo].low]) {
			lo++
		}
		hi := srcE
		if l := d.words[hi-1].low; !d.words[hi-1].cap && (l == "bloc" || l == "party" || l == "movement") {
			hi-- // "bloc": the name's noun
		}
		if lo >= srcW || !d.words[lo].cap || hi <= srcW || cueW != srcE {
			return -1, -1, false
		}
		for k := srcW; k < hi; k++ {
			if !d.words[k].cap {
				return -1, -1, false
			}
		}
		// a body: a group noun before the name ("the environmental
		// group"), its noun after it ("bloc"), or a body's head in it
		// (not an office: "the Minister for International Development")
		body := hi < srcE || lo-1 >= s.w0 && groupNouns17[d.words[lo-1].low]
		for k := lo; k < hi && !body; k++ {
			body = orgHeads17[d.words[k].low] && d.words[k].cap
		}
		if body && (lo-1 < s.w0 || d.clauseOpen(s, lo) || groupNouns17[d.words[lo-1].low] || d.words[lo-1].low == "the" && d.clauseOpen(s, lo-1)) {
			return lo, hi, true
		}
		return -1, -1, false
	}
	// the phrase ends before the group noun, or holds it
	k := srcE
	for k < cueW && k < srcE+3 && d.words[k].alpha && !d.words[k].cap && !groupNouns17[d.words[k].low] {
		k++ // "exporters' chamber"
		if k < cueW && d.words[k].text == "'" {
			k++
		}
	}
	if k >= cueW || !groupNouns17[d.words[k].low] || d.words[k].cap {
		if !(k == srcE && srcE-1 > srcW && groupNouns17[d.words[srcE-1].low]) {
			return -1, -1, false
		}
		k = srcE - 1
	}
	for k+1 < cueW && groupNouns17[d.words[k+1].low] && !d.words[k+1].cap {
		k++ // "opposition party"
	}
	lo := k + 1
	hi := lo
	for hi < cueW && d.nameWord17(hi, cueW) {
		hi++
	}
	if hi == lo || !d.words[lo].cap {
		return -1, -1, false
	}
	// the name is the subject: the cue or a copula follows it
	switch t := d.words[hi].low; {
	case hi == cueW:
	case t == "was" || t == "were" || t == "," || t == "(":
	case !d.words[hi].cap && (verbPolarity(t) != Neutral || sayVerb(t)):
		// "The bicommunal group Unite Cyprus Now welcomed the crossings
		// but said": the name is the subject of both verbs
	default:
		return -1, -1, false
	}
	return lo, hi, true
}

// apposSpeaker: "Riho Terras, the European Parliament's rapporteur on
// Kosovo, said the EU ...", "Its Greenland chair, Aqqaluaq Petersen, said
// Inuit ...": attrib read the subject of the reported clause after the
// verb as the speaker ("said the EU"), as in "..., said Peskov". A
// sentence that opens with a name and its description in commas before
// "said" has its speaker there: the name (before the description, or in
// the commas after one).
func (d *doc) apposSpeaker(s *sentence, srcW, cueW int) (int, int, bool) {
	if srcW != cueW+1 || cueW-1 <= s.w0 || d.words[cueW-1].text != "," || !sayVerb(d.lw(cueW)) {
		return -1, -1, false
	}
	// the clause before the verb: words from the sentence's start (or an
	// opening "In X," / "On X,") to the comma before the verb, no quotation,
	// no verb of saying
	w0 := s.w0
	if w0 < s.labelEnd {
		w0 = s.labelEnd
	}
	if l := d.lw(w0); (l == "in" || l == "on" || l == "at") && w0+1 < cueW {
		for k := w0 + 1; k < cueW && k < w0+5; k++ {
			if d.words[k].text == "," {
				w0 = k + 1
				break
			}
		}
	}
	if cueW-w0 > 30 || cueW-w0 < 4 {
		return -1, -1, false
	}
	c1 := -1 // the first comma
	for k := w0; k < cueW-1; k++ {
		w := &d.words[k]
		if quoteMark(w.text) || w.text == ";" || sayVerb(w.low) {
			return -1, -1, false
		}
		if w.text == "," && c1 < 0 {
			c1 = k
		}
	}
	if c1 < 0 || c1 == cueW-1 {
		return -1, -1, false
	}
	// a name: two to four capitalised words (first names and surnames)
	isName := func(a, b int) bool {
		if b-a < 2 || b-a > 4 {
			return false
		}
		for k := a; k < b; k++ {
			if w := &d.words[k]; !w.cap || !w.alpha || w.allCap || orgHeads17[w.low] || w.poss {
				return false
			}
		}
		if mi := d.mentAt[a]; mi >= 0 {
			m := &d.ments[mi]
			return m.person >= 0 || m.e == nil
		}
		return true
	}
	// the name first: "Riho Terras, the ... rapporteur, said"; or with a
	// title before it: "former commander Joseph Ketsiri, who leads ...,"
	a := w0
	for a < c1 && !d.words[a].cap {
		a++
	}
	if a < c1 && isName(a, c1) {
		if f := d.lw(c1 + 1); f == "the" || f == "a" || f == "an" || f == "who" || f == "leader" || f == "head" || f == "chair" || f == "president" || f == "spokesman" || f == "spokeswoman" || f == "spokesperson" || d.words[c1+1].poss {
			return a, c1, true
		}
		return -1, -1, false
	}
	// a description, then the name in commas: "a European Union
	// spokesperson, Anitta Hipper, said"
	if c1+1 < cueW-1 && isName(c1+1, cueW-1) {
		return c1 + 1, cueW - 1, true
	}
	return -1, -1, false
}

// ofBefore reports whether an "of" stands among the capitalised words of
// a name before word k ("Confederation of Agriculture").
func (d *doc) ofBefore(s *sentence, k int) bool {
	for j := k - 1; j >= s.w0 && j > k-5; j-- {
		if d.words[j].low == "of" {
			return true
		}
		if !d.words[j].cap {
			return false
		}
	}
	return false
}

// placeOrPerson reports whether word k is in a mention of a place or a
// person.
func (d *doc) placeOrPerson(k int) bool {
	mi := d.mentAt[k]
	if mi < 0 {
		return false
	}
	m := &d.ments[mi]
	return m.person >= 0 || m.e != nil && (m.e.kind == kCountry || m.e.kind == kCity || m.e.kind == kSeat)
}

// embassyState returns the state of an embassy or a consulate named in
// words [a, b) ("the Chinese Embassy in Fiji": China), else "".
func (d *doc) embassyState(a, b int) string {
	c, emb := "", false
	for k := a; k < b; k++ {
		switch d.words[k].low {
		case "embassy", "consulate":
			emb = true
		case "in":
			b = k
		}
		if mk := d.mentAt[k]; mk >= 0 && c == "" && k < b {
			c = d.countryOf(int(mk))
		}
	}
	if !emb {
		return ""
	}
	return c
}

// pluralPoss reports whether a possessive word is a plural noun's
// ("Fishermen's", "Women's", "People's"), which names a body's members.
func pluralPoss(w string) bool {
	return strings.HasSuffix(w, "men") || w == "people" || w == "children"
}

// analystStand reports whether sentence s reports an outside analyst's
// stand of the given stance with a verb of that stance and no contrast
// ("condemned the closure as 'collective punishment'", "hailed the deal
// as 'a genuine breakthrough'", "accused both governments of ..."): the
// writer tells a stand, not an assessment weighed both ways, so
// analystView keeps it. A "but", "yet", "though", "although", "while",
// "however" or "whereas" anywhere in the sentence keeps the analyst mixed.
func (d *doc) analystStand(s *sentence, stance string) bool {
	verb := false
	for k := s.w0; k < s.w1; k++ {
		w := &d.words[k]
		if !w.alpha || w.cap {
			continue
		}
		switch w.low {
		case "but", "yet", "though", "although", "while", "however", "whereas":
			return false
		}
		if !verb && len(w.low) > 4 && (strings.HasSuffix(w.low, "ed") || strings.HasSuffix(w.low, "es") || strings.HasSuffix(w.low, "ing")) {
			p := verbPolarity(w.low)
			if p == Neutral && hasPrefix(w.low, "accus") {
				p = Critical
			}
			verb = p == stance
		}
	}
	return verb
}

// firmWords name the members of a lobby of firms.
var firmWords = map[string]bool{
	"manufacturers": true, "employers": true, "employers'": true, "industry": true, "industries": true,
	"industrialists": true, "business": true, "commerce": true, "chamber": true, "private": true,
	"exporters": true, "importers": true, "shipowners": true, "owners": true, "bankers": true,
	// (s17-react2) the plural: "the Federation of Nepalese Chambers of
	// Commerce"
	"chambers": true,
}

// civilBody reports whether word k, a head noun of a body ("association",
// "Federation", "network", "movement"), names a civil body: traders',
// farmers', fishermen's, exporters' associations, unions, civil-society
// networks and movements (oppositionSource reads their quoted complaints
// as it reads rights groups'). Such a body that a diplomatic story quotes
// speaks for the people the outcome touches, mostly on what it lacks; its
// praise is told with a cue ("welcomed"), which opposed's guard keeps.
// Not a state or a bloc ("the Russian Federation", "the European Union",
// "the African Union": a "Union" must be lower case), not a body of
// states ("the World Trade Organization", "the Economic Cooperation
// Organization": the gazetteer knows them), not "the union" of states
// after "customs" or "monetary".
func (d *doc) civilBody(k int) bool {
	w := &d.words[k]
	if w.low == "union" && w.cap {
		return false
	}
	for j := max(k-4, 0); j < min(k+5, len(d.words)); j++ {
		if firmWords[d.lw(j)] {
			// a lobby of firms ("the Kenya Association of
			// Manufacturers", "the Private Sector Federation"): firms
			// that trade across a border mostly gain from a deal; words
			// no cue reads are no complaint
			return false
		}
	}
	if mi := d.mentAt[k]; mi >= 0 {
		if m := &d.ments[mi]; m.e != nil && (m.e.kind == kCountry || m.e.kind == kBloc || m.e.kind == kOrg) {
			return false
		}
	}
	if k > 0 {
		switch d.lw(k - 1) {
		case "customs", "monetary", "economic", "political", "state", "trade", "european", "african", "eurasian":
			return d.lw(k-1) == "trade" && w.low == "union"
		}
	}
	return true
}
