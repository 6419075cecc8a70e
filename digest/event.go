package digest

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/timex"
)

// countryOf returns the country a mention stands for, if any.
func (d *doc) countryOf(mi int) string {
	m := &d.ments[mi]
	if m.e == nil {
		if m.typ == LOC && usStates[d.body[m.start:m.end]] {
			return "United States"
		}
		return ""
	}
	switch m.e.kind {
	case kCountry, kCity, kSeat, kGov:
		return m.e.country
	case kNorp:
		if m.e.bloc {
			return m.e.canon
		}
		return m.e.country
	case kBloc:
		return m.e.canon
	}
	return ""
}

// usStates are the states of the United States (Georgia left out: a
// country too) that the gazetteer does not list as places, so that a
// place mention of one has its country. They are no gazetteer names:
// the tagger's longer "Kansas City" or "Minnesota Vikings" stays whole.
var usStates = map[string]bool{
	"Alabama": true, "Arizona": true, "Arkansas": true, "Colorado": true, "Connecticut": true, "Delaware": true,
	"Idaho": true, "Indiana": true, "Iowa": true, "Kansas": true, "Kentucky": true, "Louisiana": true, "Maine": true,
	"Minnesota": true, "Mississippi": true, "Missouri": true, "Montana": true, "Nebraska": true, "Nevada": true,
	"New Hampshire": true, "New Mexico": true, "North Carolina": true, "North Dakota": true, "Oklahoma": true,
	"Oregon": true, "Rhode Island": true, "South Carolina": true, "South Dakota": true, "Tennessee": true,
	"Utah": true, "Vermont": true, "West Virginia": true, "Wisconsin": true, "Wyoming": true,
}

// placeName is how place mention mi is named in places and the venue: a
// country by its canonical name, a known place written in capitals (a
// dateline's "GENEVA") as the gazetteer spells it, otherwise the text.
func (d *doc) placeName(mi int) string {
	m := &d.ments[mi]
	name := d.body[m.start:m.end]
	if m.e == nil || m.e.canon == "" {
		if end := d.placeTail(m); end > m.end {
			// "Foz do Iguaçu", "Palais des Nations": the tagger cut the
			// name at its small word
			return d.body[m.start:end]
		}
		return name
	}
	if m.e.kind == kCountry || (strings.ToUpper(name) == name && strings.EqualFold(name, m.e.canon)) {
		return m.e.canon
	}
	return name
}

// placeJoiners join the parts of a place's name in the languages whose
// names keep them in lower case: "Foz do Iguaçu", "Palais des Nations",
// "Ciudad del Este", "Reggio di Calabria".
var placeJoiners = map[string]bool{"do": true, "da": true, "dos": true, "das": true, "de": true, "des": true,
	"du": true, "del": true, "della": true, "di": true}

// placeTail returns where the name of place mention m ends when the text
// goes on with a particle and one or two capitalised words that are no
// person's or organisation's ("Foz" of "Foz do Iguaçu"); else m.end.
func (d *doc) placeTail(m *ment) int {
	k := m.w1
	if m.typ != LOC || k+1 >= len(d.words) || !placeJoiners[d.words[k].text] ||
		d.words[k].start != d.words[k-1].end+1 || d.sentenceAt(d.words[k].start) != m.sent {
		return m.end
	}
	end := m.end
	for j := k + 1; j < len(d.words) && j <= k+2; j++ {
		w := &d.words[j]
		if !w.cap || !w.alpha || w.start != d.words[j-1].end+1 {
			break
		}
		if mi := d.mentAt[j]; mi >= 0 && d.ments[mi].typ != LOC {
			break
		}
		end = w.end
	}
	return end
}

// lw returns word i lower-cased, or "" when i is outside the document: the
// rules look a few words either side of a cue, and a body may end (or start)
// anywhere.
func (d *doc) lw(i int) string {
	if uint(i) >= uint(len(d.words)) {
		return ""
	}
	return d.words[i].low
}

// loopWordAt reports whether the lower-case form of word i may be a key
// of a set of loopSets or of finiteAux (flag fLoopSet); when false it is
// none, and i may lie outside the words.
func (d *doc) loopWordAt(i int) bool {
	return uint(i) < uint(len(d.words)) && d.words[i].lf&fLoopSet != 0
}

// finiteAuxAt returns finiteAux's entry for the lower-case form of word
// i, which must be a word index.
func (d *doc) finiteAuxAt(i int) (tense uint8, ok bool) {
	if d.words[i].lf&fLoopSet == 0 {
		return 0, false
	}
	tense, ok = finiteAux[d.words[i].low]
	return tense, ok
}

var meetingWords = map[string]bool{
	"talks": true, "meet": true, "meeting": true, "summit": true, "negotiations": true, "scheduled": true,
	"conference": true, "hosted": true, "host": true, "hosts": true, "held": true, "hold": true, "convene": true,
	"gather": true, "met": true, "meets": true,
}

// strictMeeting are the words that put a place next to them in the
// running for the venue.
var strictMeeting = map[string]bool{
	"talks": true, "meeting": true, "meet": true, "meets": true, "met": true, "summit": true,
	"negotiations": true, "conference": true, "dialogue": true, "round": true, "hosted": true,
	"host": true, "hosts": true, "convene": true, "convened": true, "session": true,
	"visit": true, "visits": true, "arrive": true, "arrives": true, "arrived": true,
	// a signing is the event: "are due to sign the final agreement in
	// Washington on June 27"
	// ("signs" and "initial" are more often nouns and adjectives: "signs
	// of weakness in London", "initial losses in London")
	"sign": true, "signed": true, "signing": true, "initialed": true, "initialled": true,
	// "a summit ... that was due to open in Tokyo on Wednesday"
	"open": true, "opens": true,
}

// buildingWords after a place's name make it a building's: "Hyderabad
// House", "Lancaster House".
var buildingWords = map[string]bool{"House": true, "Palace": true, "Hall": true, "Hotel": true, "Centre": true,
	"Center": true, "Castle": true, "Tower": true, "Room": true}

// motionWords let "to <place>" name a venue: "travel to Busan for talks".
var motionWords = map[string]bool{
	"travel": true, "travels": true, "traveled": true, "travelled": true, "head": true, "heads": true,
	"headed": true, "fly": true, "flies": true, "flew": true, "go": true, "goes": true, "come": true,
	"comes": true, "welcomed": true, "welcomes": true, "invited": true, "return": true, "returns": true,
	// nouns of travel: "Lula's state visit to Hanoi", "a trip to Kyiv"
	"visit": true, "visits": true, "trip": true, "tour": true, "journey": true,
}

// venue picks where the event takes place: a place named with "in" (or
// "to" after a verb of travel) near a word of meeting. A city beats a
// country, a place close to the meeting word or named in the title beats
// others, and "told reporters in Tokyo" or a dateline does not count.
func (d *doc) venue(title string) (*Place, []int) {
	bestScore, bestSent, bestAt := 0, -1, -1
	var best *Place
	lead, leadHit := d.leadSentence(), false
	d.leadSent = lead
	type cand struct {
		p         Place
		si, score int
	}
	var cities []cand  // qualifying cities, to refine a country
	building := false  // the best place is the dateline's, for a building in the opening
	elsewhere := false // the headline's place is the story's for something else
	bodyHit := false   // the best place has a candidate in the story proper
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || s.heading {
			continue
		}
		located := s.label != "" && strings.Contains(d.lowerOf(s.label), "location")
		for i := s.labelEnd; i+1 < s.w1; i++ {
			prep := d.lw(i)
			if prep != "in" && prep != "to" && prep != "at" {
				continue
			}
			mi := d.namedPlaceAt(i+1, s.w1)
			var m *ment
			if mi >= 0 {
				m = &d.ments[mi]
			}
			if at := d.townOf(i+1, s.w1); (m == nil || m.typ != LOC && m.typ != GPE) && d.datelinePlaceAt(at, s.w1) {
				// a place the tagger missed that the dateline names:
				// "ARUSHA, Tanzania, March 19 ... at an extraordinary summit
				// in Arusha", also after its description: "SAINT-MALO,
				// France ... ended two days of talks in the Breton port of
				// Saint-Malo"
				m = &ment{w0: at, w1: at + 1, start: d.words[at].start, end: d.words[at].end, typ: LOC, person: -1}
				mi = -1
			}
			capital, atBuilding := false, false
			var capPlace *Place
			if (m == nil || m.typ != LOC && m.typ != GPE) && d.lw(i+1) == "the" {
				// the dateline's city by its title: "talks ... ended in
				// the Ethiopian capital on Wednesday" (ADDIS ABABA)
				j := i + 2
				for j < min(s.w1, i+6) && d.lw(j) != "capital" {
					j++
				}
				if j < min(s.w1, i+6) {
					if dl := d.datelinePlace(); dl != nil && d.datelineNamedIn(i, j+1, dl) {
						m = &ment{w0: i + 1, w1: j + 1, start: d.words[i+1].start, end: d.words[j].end, typ: LOC, person: -1}
						mi, capital = -1, true
					} else if c := d.capitalPhrase(i+2, j); c != nil {
						// no dateline names it: "held border talks in the
						// Surinamese capital" is in Paramaribo
						m = &ment{w0: i + 1, w1: j + 1, start: d.words[i+1].start, end: d.words[j].end, typ: LOC, person: -1}
						mi, capPlace = -1, c
					}
				}
			}
			if (m == nil || m.typ != LOC && m.typ != GPE || m.typ == LOC && d.buildingMent(m)) && prep == "at" && lead >= 0 && (si == lead || si == lead+1) {
				// a building with no town of its own in the story's
				// opening stands for the dateline's town: "BISHKEK ... at
				// the Kyrgyz government's Ala-Archa state residence",
				// "RIYADH ... at a guest palace of the Saudi foreign
				// ministry" (a building named with its town is read at the
				// town: "at Hotel Druk in Thimphu")
				if e := d.buildingAt(i, s.w1); e > 0 && !d.otherTimeAfter(e, s.w1) && !d.seatAt(i+1, s.w1) {
					// (a seat of power is seatHome's: "at the White House"
					// under a NAIROBI dateline)
					if dl := d.datelinePlace(); dl != nil {
						m = &ment{w0: i + 1, w1: e, start: d.words[i+1].start, end: d.words[e-1].end, typ: LOC, person: -1}
						mi, capital, atBuilding = -1, true, true
					}
				}
			}
			if m == nil {
				continue
			}
			score := 0
			switch m.typ {
			case LOC:
				score = 30
			case GPE:
				score = 20
			default:
				continue
			}
			if (d.venueModel != nil || d.venueHook != nil) && len(d.venueCands) < maxVenueCands {
				c := venueCand{si: si, i: i, w0: m.w0, w1: m.w1, mi: mi, typ: m.typ, capital: capital, located: located}
				if capPlace != nil {
					c.name, c.country = capPlace.Name, capPlace.Country
				}
				d.venueCands = append(d.venueCands, c)
			}
			if si != lead && (d.pastAside(i, s.labelEnd) || d.earlierEvent(i, s.labelEnd) || d.otherPlaceClause(i, lead)) {
				// background: "the agreement, which was signed in Manila in
				// November 2025", "last year's summit in Kananaskis"
				continue
			}
			if si == lead && d.callThenAhead(si, i) {
				// the lead's call looks ahead to a meeting there: "spoke
				// by phone Monday and agreed to meet ... at next month's
				// summit in Ankara" (a next step)
				continue
			}
			if d.agoAside(i, m.w1, s.labelEnd, s.w1) {
				// an earlier event told in a participle, also in the
				// lead: "a peace deal signed in Lima less than two weeks
				// ago"
				continue
			}
			if i > s.labelEnd && (placedWords[d.lw(i-1)] || d.siteAt(i-1, s.labelEnd)) {
				// where someone was taken or is kept: "a Swiss national
				// kidnapped in Niger"; where trouble is, the talks' topic:
				// "called for an end to violence in New Caledonia"
				continue
			}
			if si != lead && d.pluperfectBefore(s.labelEnd, i) {
				// told in the past perfect, before the story's time: "The
				// decision had been prepared by the Council of Ministers,
				// which met in Nairobi on Wednesday"
				continue
			}
			if si != lead && d.pastYearAfter(m.w1, s.w1) {
				// a meeting dated in an earlier year: "The last council
				// met in Colombo in October 2023"
				continue
			}
			if prep == "to" && d.cancelledBefore(i, s.labelEnd) {
				// a trip called off is no venue: "cancelled a planned
				// trip to Ankara and instead hosted Erdogan in Moscow"
				// (a meeting called off still is: "cancelled the summit
				// in Tokyo")
				continue
			}
			if m.w1 < s.w1 && d.words[m.w1].cap && buildingWords[d.words[m.w1].text] {
				continue // a building named after a place: "at Hyderabad House in New Delhi"
			}
			if prep == "in" && d.speakerSite(i, m.w1, s.labelEnd, s.w1) {
				// where the source speaks from, not where anyone met:
				// "officials in Caracas said", "the foreign ministry in
				// Yerevan said"
				continue
			}
			near, motion := d.venueNear(si, i, m.w0, m.w1, lead, located, capital)
			if !near || prep == "to" && !motion {
				continue
			}
			for k := max(s.labelEnd, i-3); k < i; k++ {
				if t := d.lw(k); t == "reporters" || t == "journalists" || t == "told" || t == "said" {
					score -= 25
				}
			}
			if title != "" && strings.Contains(title, d.body[m.start:m.end]) {
				score += 10
			}
			score -= min(si, 40) / 4
			if si != lead && d.aheadIn(si) {
				// a meeting to come is a next step, not the story's own
				// event: "The next U.N. climate conference, COP31, will be
				// held in Antalya" after "climate talks in Belém"
				score -= 15
			}
			if si == lead {
				// the story's own event is in its lead: "on the second day
				// of Lula's state visit to Hanoi" over "is expected to
				// travel to Brazil in July for the BRICS summit in Rio"
				score += 12
				leadHit = true
			}
			name, country := d.body[m.start:m.end], ""
			if mi >= 0 {
				name, country = d.placeName(mi), d.countryOf(mi)
			}
			if country == "" {
				name, country = d.g.territoryPlace(name)
			}
			if m.typ == GPE && m.e != nil {
				country = m.e.canon
			}
			if capital {
				dl := d.datelinePlace()
				name, country = dl.Name, dl.Country
			}
			if capPlace != nil {
				name, country = capPlace.Name, capPlace.Country
			}
			if m.typ == LOC && country != "" && name != country {
				// (a territory is no town of itself: "Greenland" is
				// refined by "Nuuk")
				cities = append(cities, cand{Place{Name: name, Country: country}, si, score})
			}
			if lead < 0 || si >= lead {
				bodyHit = bodyHit || best != nil && best.Name == name
			}
			if best != nil && bestScore >= score {
				continue
			}
			if best == nil || best.Name != name {
				bodyHit = lead < 0 || si >= lead
			}
			best = &Place{Name: name, Country: country}
			bestScore, bestSent, bestAt = score, si, i
			building = atBuilding
		}
	}
	if best != nil && !bodyHit && lead >= 0 && bestSent < lead && d.bodyPlaceElsewhere(best.Name, lead) {
		// a headline's place the story names only for something else:
		// "Togo mediates talks for release of foreign hostages in
		// Niger" over "a Swiss national kidnapped in Niger"
		best, elsewhere = nil, true
	}
	if lead >= 0 && !leadHit && d.callAt(lead) {
		// "Putin and Pezeshkian discussed energy in a telephone
		// conversation on Tuesday": the event has no place; a meeting
		// they agreed to hold is another event
		d.callSent = lead
		return nil, nil
	}
	if lead >= 0 && !elsewhere && (best == nil || bestSent != lead && (d.aheadIn(bestSent) || bestSent > lead+1 && !d.talksOwnPlace(bestSent, bestAt))) && d.leadEvent(lead) && !d.futureIn(lead) {
		// the lead tells of an event held and names no place for it: the
		// dateline's place is its venue, not a meeting to come ("EVIAN,
		// June 16 - Group of Seven leaders agreed on Tuesday ... at the end
		// of a three-day summit" over "Sherpas will meet in Paris in
		// July") nor one a sentence further on tells ("Rubio hosted G20
		// foreign ministers at the State Department on Thursday" over
		// "skipped the ministers' meeting in Johannesburg last year"; the
		// sentence right after the lead still places the lead's event:
		// "The summit was held in the former capital Almaty", and so does
		// any later sentence whose subject is the talks themselves: "The
		// talks in Doha are mediated by Qatar", "The meeting took place in
		// Istanbul")
		if dl := d.datelinePlace(); dl != nil && !d.leadPlaceElsewhere(lead, dl) && !d.summonsElsewhere(lead, dl) {
			d.datelineVenue = true
			if best != nil && !d.aheadIn(bestSent) {
				d.bodyVenue = best
			}
			return dl, []int{lead}
		}
	}
	if best == nil {
		return nil, nil
	}
	if building && !d.aheadIn(bestSent) && (bestSent == lead || !d.dayWordIn(bestSent)) {
		// the dateline's town by the opening's building: the lead's event
		// is held there and dated by the lead, as the dateline's place is
		// above, unless the building's own sentence tells its day ("a
		// meeting on Monday at the Palacio Benigno López")
		d.datelineVenue, d.bodyVenue = true, best // (the building tells the participants' place)
		return best, []int{lead}
	}
	if lead >= 0 && bestSent != lead && (!d.heldMeetingIn(lead) || bestSent > lead+1 && !d.talksOwnPlace(bestSent, bestAt)) && d.aheadIn(bestSent) {
		// the story is no meeting ("Sudan's army chief rejected a truce
		// proposed by the Quad"); a meeting it looks ahead to ("the Quad
		// ministers would meet again in Washington later this month") is
		// a next step, not its venue (its dates still name the talks
		// there: see dates); so is one told after the opening of a story
		// whose lead tells a meeting held with no place of its own ("The
		// ministers agreed ... Technical teams will meet in Brasília on
		// May 20": the lead's meeting was not in Brasília), unless the
		// sentence's subject is the talks themselves, going on there
		// ("The talks in Geneva will resume on Thursday": talksOwnPlace)
		d.aheadPlace = best
		return nil, nil
	}
	if best.Name == best.Country {
		// "will meet in Saudi Arabia" ... "the talks in Riyadh": the city
		// of that country that scores best
		bc := -1
		for k, c := range cities {
			if c.p.Country == best.Country && (bc < 0 || c.score > cities[bc].score) {
				bc = k
			}
		}
		if bc >= 0 {
			return &cities[bc].p, []int{bestSent, cities[bc].si}
		}
	}
	if best.Country == "" {
		best.Country = d.placeCountryOf(best.Name)
	}
	return best, []int{bestSent}
}

// venueNear reports whether the place after the preposition at word i of
// sentence si (its words are w0 to w1) is near a word of meeting (near), and
// whether a verb or noun of travel comes before it (motion): venue's test
// of a candidate, and a feature of the venue model. located says the
// sentence is labeled a location; capital that the place is the
// dateline's city named by its title.
func (d *doc) venueNear(si, i, w0, w1, lead int, located, capital bool) (near, motion bool) {
	s := &d.sents[si]
	near = located
	a := i
	if b := d.buildingBefore(i, s.labelEnd); b >= 0 {
		// the meeting's words stand before the building it was held in,
		// not before the town: "talks on Wednesday at the Ministry of
		// Energy and Natural Resources in Ankara", "met for more than
		// five hours at the regional government building in Arica"
		a = b
	}
	for k := max(s.labelEnd, a-8); k < min(s.w1, w1+8); k++ {
		if d.words[k].lf&fStrictMeet != 0 && !(d.lw(k) == "sign" && k+1 < s.w1 && d.lw(k+1) == "of") &&
			(d.lw(k) != "open" && d.lw(k) != "opens" || d.meetNounIn(s.w0, k) || d.meetNounIn(k+1, min(k+6, s.w1), "gathering", "session", "forum", "assembly", "summit")) {
			// (not "a sign of weakness"; "open" only of a summit
			// or talks: not "open a consulate", "markets open")
			near = true
		}
		if si == lead && k < i && (d.lw(k) == "agreed" || d.lw(k) == "agree") && !d.words[w0].poss {
			// the lead's parties "agreed in New Delhi on Wednesday"
			near = true
		}
		if (d.lw(k) == "exchange" || d.lw(k) == "swap") && k > s.w0 && captiveWords[d.lw(k-1)] {
			// "walked free in a prisoner exchange mediated by
			// Qatar, landing at Doha's Hamad International Airport"
			near = true
		}
		if k < i && d.words[k].lf&fMotion != 0 {
			motion = true
		}
		if k < i && d.voteOnText(k, s.w1) && !d.placeInVoteText(k, i) {
			// a council's session: "Twelve of the council's 15
			// members voted in favour of the British-drafted
			// resolution in New York"
			near = true
		}
	}
	for k := i - 1; !near && k > s.labelEnd && k >= i-16; k-- {
		// the meeting's partners between it and its place: "talks
		// with the foreign ministers of China and Pakistan in
		// Islamabad"
		if d.words[k].punct {
			break
		}
		near = d.words[k].lf&fStrictMeet != 0 && d.lw(k+1) == "with"
	}
	if !near && i-2 > s.labelEnd && (d.lw(i-1) == "place" && d.lw(i-2) == "took" || d.lw(i-1) == "held" && (d.lw(i-2) == "was" || d.lw(i-2) == "were")) && d.meetNounIn(s.labelEnd, i) {
		// "The summit of the Economic Community of West African
		// States took place in Abuja": the noun is its subject
		near = true
	}
	if !near && d.plannedFor(i, s.labelEnd) {
		// the place a meeting was set for, however long its
		// noun's phrase: "A meeting of the foreign ministers of
		// A, B and C that had been scheduled for May 23 in Tokyo"
		near = true
	}
	if !near && (capital || si == lead) && i-1 > s.labelEnd && phaseVerbs[d.lw(i-1)] && d.meetNounIn(s.labelEnd, i-1) {
		// the talks' own verb of opening or closing, however far
		// from its noun: "talks aimed at a truce in Sudan ended in
		// the Ethiopian capital on Wednesday"
		near = true
	}
	return near, motion
}

// buildingBefore returns the word "at" that opens a building's phrase
// right before the preposition "in" at word i (after lo), or -1: "at the
// Ministry of Foreign Affairs in Kuwait City", "at Hotel Druk in
// Thimphu", "at the regional government building in Arica". The phrase
// ends in a name or a noun of building, holds no punctuation and at most
// eight words, and does not follow a person's post ("a research fellow
// at the Lowy Institute in Sydney" places the fellow, not a meeting).
func (d *doc) buildingBefore(i, lo int) int {
	if i-2 <= lo || d.lw(i) != "in" {
		return -1
	}
	if last := &d.words[i-1]; !last.cap && !buildingNouns[d.lw(i-1)] || last.punct {
		return -1
	}
	for k := i - 2; k > lo && k >= i-9; k-- {
		if d.words[k].punct && !(d.words[k].text == "," && d.words[k-1].cap && d.words[k+1].cap) {
			// (a comma inside a name: "the Ministry of Infrastructure,
			// Transport and Communications in Tirana")
			return -1
		}
		if d.lw(k) == "at" {
			if k-1 >= lo && postNouns[d.lw(k-1)] {
				return -1
			}
			return k
		}
	}
	return -1
}

// buildingAt returns the end of a building's phrase after the "at" at
// word i (before limit) that names no town of its own, or 0: "at the
// Palacio de López", "at a guest palace of the Saudi foreign ministry",
// "at the Arthur Chung Conference Centre on the outskirts". A phrase
// followed by "in" or a comma and a place is read at that place; one
// holding a place's name ("at the Kremlin") is that place.
func (d *doc) buildingAt(i, limit int) int {
	end := 0
	for j := i + 1; j < limit && j <= i+10; j++ {
		w := &d.words[j]
		if w.punct {
			if w.text == "," && end > 0 && d.placeMentAt(j+1, limit) {
				return 0 // "at the Palace of Nations, Geneva"
			}
			break
		}
		t := d.lw(j)
		if mi := int(d.mentAt[j]); mi >= 0 && d.ments[mi].w0 == j && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
			if end > 0 && (d.lw(j-1) == "of" || d.lw(j-1) == "the") {
				// part of the building's name: "at the Palace of the
				// Republic", "at the Embassy of Qatar"
				end, j = d.ments[mi].w1, d.ments[mi].w1-1
				continue
			}
			if !d.buildingMent(&d.ments[mi]) {
				return 0 // a place's name: "at the Kremlin"
			}
			end, j = d.ments[mi].w1, d.ments[mi].w1-1 // "at the Palace of the Republic"
			continue
		}
		if buildingNouns[t] || buildingWords[w.text] || t == "palais" || t == "palacio" || t == "guest" {
			end = j + 1
			continue
		}
		if t == "in" {
			if end > 0 && d.placeMentAt(j+1, limit) {
				return 0
			}
			break
		}
		if t == "at" || w.lf&fMeetNoun != 0 && !(j+1 < limit && buildingNouns[d.lw(j+1)]) {
			// (a noun of talks naming a building stays: "a hotel
			// conference centre")
			return 0 // the phrase is an event's, the building (if any) has its own "at": "at talks at the Palace of the Republic"
		}
		if end > 0 && !w.cap && t != "of" && t != "the" && t != "de" && t != "des" && t != "del" && t != "du" {
			break
		}
	}
	return end
}

// dayWordIn reports whether sentence si names a day: a weekday,
// "yesterday", "today" or "tonight".
func (d *doc) dayWordIn(si int) bool {
	s := &d.sents[si]
	for k := s.w0; k < s.w1; k++ {
		if t := d.lw(k); weekdays[t] > 0 || t == "yesterday" || t == "today" || t == "tonight" {
			return true
		}
	}
	return false
}

// otherTimeAfter reports whether the four words from i (before limit) date
// what comes before them to another time: "last August", "two years ago",
// "in 2019", "earlier", "previous".
func (d *doc) otherTimeAfter(i, limit int) bool {
	for k := i; k < limit && k < i+4; k++ {
		if d.words[k].punct && d.words[k].text != "," {
			return false
		}
		switch t := d.lw(k); {
		case t == "last" || t == "ago" || t == "earlier" || t == "previous" || isYear(t):
			return true
		}
	}
	return false
}

// buildingMent reports whether the place m the tagger found holds a
// building's word: "Palace of the Republic", "Hotel Druk".
func (d *doc) buildingMent(m *ment) bool {
	for k := m.w0; k < m.w1; k++ {
		if buildingWords[d.words[k].text] {
			return true
		}
	}
	return false
}

// placeMentAt reports whether a place's name (as namedPlaceAt finds it)
// starts at word i.
func (d *doc) placeMentAt(i, limit int) bool {
	mi := d.namedPlaceAt(i, limit)
	return mi >= 0 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE)
}

// buildingNouns end a building's phrase in lower case: "at the regional
// government building in Arica", "at a hotel in Runda".
var buildingNouns = map[string]bool{"building": true, "headquarters": true, "palace": true, "residence": true,
	"hotel": true, "centre": true, "center": true, "ministry": true, "office": true, "offices": true,
	"house": true, "guesthouse": true, "compound": true, "secretariat": true, "hall": true, "complex": true,
	"resort": true, "villa": true, "chancellery": true, "embassy": true, "venue": true, "base": true}

// postNouns name a person's post at an institution: "a research fellow
// at the Lowy Institute in Sydney", "an analyst at the Carnegie
// Endowment in Washington".
var postNouns = map[string]bool{"fellow": true, "analyst": true, "professor": true, "researcher": true,
	"lecturer": true, "economist": true, "expert": true, "scholar": true, "director": true, "student": true,
	"specialist": true, "head": true, "chief": true, "official": true, "officials": true, "diplomat": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "correspondent": true, "editor": true}

// plannedFor reports whether the place after the preposition at word i
// is where a meeting was planned: a participle of planning ("scheduled",
// "planned", "slated", "due", "set") within five words before it, with
// "for" or "to" after it, and a noun of talks before that in the clause.
func (d *doc) plannedFor(i, lo int) bool {
	for k := i - 1; k > lo && k >= i-5; k-- {
		switch d.lw(k) {
		case ",", ";", ".":
			return false
		case "scheduled", "planned", "slated", "due", "set":
			if t := d.lw(k + 1); t != "for" && t != "to" && k+1 != i {
				return false
			}
			return d.meetNounIn(max(lo, k-20), k)
		}
	}
	return false
}

// leadEvent reports whether the lead sentence si tells of an event with
// people present: a meeting, a visit, a call (meetingIn), or a word of a
// gathering ("on the sidelines of", "a forum", "a ceremony").
func (d *doc) leadEvent(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if d.aheadOf(i, s.w0) {
			continue // an event to come: "a report published ahead of its annual meeting"
		}
		if t := d.lw(i); (t == "sign" || t == "signed" || t == "signing" || t == "signs") && !d.signsAgreement(i, s.w0, s.w1) {
			continue // no signing of an agreement: "signed into law", "signed a petition"
		}
		if d.words[i].lf&(fStrictMeet|fMeetNoun|fVisit) != 0 || d.callWordAt(i, s.w0) || d.summonsAt(i, s.w1) {
			return true
		}
		if d.voteOnText(i, s.w1) {
			// a body's session that voted on a text: "The Permanent
			// Council approved a resolution on Tuesday"
			return true
		}
		switch d.lw(i) {
		case "council":
			if !d.words[i].cap && i+1 < s.w1 && d.lw(i+1) == "of" {
				return true // a session: "after a tense council of ministers" (not "the council said")
			}
		case "sidelines", "forum", "gathering", "ceremony", "assembly", "session", "conference":
			if !d.words[i].cap {
				return true // (not "The World Economic Forum warned")
			}
		}
	}
	return false
}

// voteVerbs tell of members voting on a text put to a session.
var voteVerbs = map[string]bool{"voted": true, "vetoed": true, "abstained": true, "adopted": true, "vote": true, "veto": true,
	"approved": true, "passed": true, "adopts": true, "approves": true, "passes": true}

// voteTexts are the texts put to a vote (voteOnText, placeInVoteText).
var voteTexts = map[string]bool{"resolution": true, "resolutions": true, "draft": true, "motion": true}

// voteOnText reports whether word k is a verb of voting with a text put
// to the session after it, within eight words: "voted in favour of the
// resolution", "vetoed a draft" (not "parliament voted to annul an
// accord", "voters voted in Lagos").
func (d *doc) voteOnText(k, limit int) bool {
	if !d.loopWordAt(k) || !voteVerbs[d.lw(k)] {
		return false
	}
	for j := k + 1; j < limit && j <= k+8; j++ {
		switch t := d.lw(j); {
		case voteTexts[t]:
			return true
		case t == "," || t == "." || t == ";" || t == "to":
			return false
		}
	}
	return false
}

// placeInVoteText reports whether place word i, after the vote verb at
// k, lies inside the text voted on rather than naming where the vote was
// held: a participle, a relative or a preposition of topic between the
// text's noun and the place governs it ("a resolution demanding a
// ceasefire in Sudan", "extending the U.N. mission in Libya", "a draft on
// humanitarian aid in Gaza", "that calls for an end to the war in
// Ukraine"); not "the British-drafted resolution in New York", "voted
// against the draft in a session in New York", "a resolution on Monday in
// Geneva".
func (d *doc) placeInVoteText(k, i int) bool {
	noun := -1
	for j := k + 1; j < i && j <= k+8; j++ {
		if voteTexts[d.lw(j)] {
			noun = j
			break
		}
	}
	if noun < 0 {
		return false // the place before the text: "voted in Geneva on a draft"
	}
	for j := noun + 1; j < i-1; j++ {
		w := &d.words[j]
		switch t := w.low; t {
		case "on", "about", "over":
			if j+1 < i && weekdays[d.lw(j+1)] == 0 {
				return true // (not "on Monday")
			}
		case "that", "which", "for", "against", "condemning":
			return true
		default:
			if !w.cap && len(t) > 4 && strings.HasSuffix(t, "ing") {
				return true // "demanding", "extending", "urging"
			}
		}
	}
	return false
}

// backBefore reports whether a return to come ("expected back", "be
// back") stands between word lo and the date at dw, within six words:
// someone's return is no talks ("is expected back in Prague on
// Wednesday", "will be back in Seoul on Friday").
func (d *doc) backBefore(dw, lo int) bool {
	for k := dw - 1; k >= lo && k >= dw-6; k-- {
		if d.lw(k) == "back" && k-1 >= lo {
			// a return to come ("is expected back", "will be back"), not
			// an arrival told ("arrived back in Bogota on Tuesday and
			// met President Petro")
			switch d.lw(k - 1) {
			case "expected", "due", "be", "come", "return", "fly", "head":
				return true
			}
		}
	}
	return false
}

// dueAdverbs stand between a person's name and "due": "is also due",
// "is separately due" (dueSubject, dueHome).
var dueAdverbs = map[string]bool{"also": true, "separately": true, "then": true, "now": true, "next": true}

// dueSubject is the person who "is due" or "is expected" at the "in"
// at word in: the last word of the person's name right before the verb
// ("Peters is separately due in Paris", "The minister, Ana Ruiz, is
// expected in Rome" gives none: only a name right before), else "".
func (d *doc) dueSubject(si, in int) string {
	s := &d.sents[si]
	k := in - 1
	if k <= s.w0 || d.lw(k) != "due" && d.lw(k) != "expected" {
		return ""
	}
	k--
	for k > s.w0 && dueAdverbs[d.lw(k)] {
		k--
	}
	if k <= s.w0 || d.lw(k) != "is" && d.lw(k) != "was" {
		return ""
	}
	if mi := int(d.mentAt[k-1]); mi >= 0 && d.ments[mi].w1 == k && d.ments[mi].person >= 0 {
		return d.words[k-1].text
	}
	return ""
}

// dueHome reports whether the person due at the "in" at word in (see
// dueSubject) belongs to the country of place mention pm: a leader
// expected in his own capital is at home, not visiting ("Putin is
// expected in Moscow on Wednesday for a meeting").
func (d *doc) dueHome(si, in, pm int) bool {
	c := d.countryOf(pm)
	if c == "" {
		return false
	}
	for k := in - 2; k >= d.sents[si].w0; k-- {
		if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].person >= 0 {
			return d.ments[mi].w1 == k+1 && d.people[d.ments[mi].person].affil == c
		}
		if t := d.lw(k); t != "is" && t != "was" && !dueAdverbs[t] {
			return false
		}
	}
	return false
}

// intoForceBefore reports whether the date at word dw follows "enter
// into force" or "come into force" (and a preposition) after word lo:
// the day an agreement or a law starts to apply ("take effect" is said
// of anything: "The appointment takes effect Nov. 13").
func (d *doc) intoForceBefore(dw, lo int) bool {
	k := dw - 1
	if k > lo && (d.lw(k) == "on" || d.lw(k) == "in" || d.lw(k) == "from") {
		k--
	}
	if k-2 <= lo || d.lw(k) != "force" || d.lw(k-1) != "into" {
		return false
	}
	switch d.lw(k - 2) {
	case "enter", "enters", "come", "comes", "entering", "coming":
		return true
	}
	return false
}

// cancelledBefore reports whether a verb of calling off stands within
// the four words before the preposition at i (after lo): "cancelled a
// planned trip to Ankara", "scrapped a visit to Baku".
func (d *doc) cancelledBefore(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if t := d.lw(k); t == "cancelled" || t == "canceled" || t == "scrapped" || t == "postponed" || t == "shelved" || t == "called" && k+1 < i && d.lw(k+1) == "off" {
			return true
		}
	}
	return false
}

// monthAbbrevs number the months' abbreviations; monthNames (people.go)
// holds the full names.
var monthAbbrevs = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// monthNumber is the month that lower-case word t names in full or by
// abbreviation, else 0.
func monthNumber(t string) int {
	if m := monthNames[t]; m > 0 {
		return m
	}
	return monthAbbrevs[t]
}

// lateYearBefore reports whether month word mw ("December", "Dec.") of
// year y is one of the last two months of the year before an early
// January story: no earlier event, the story's own ("met in Kuwait City
// in late December 2025" told on Jan. 5, 2026).
func (d *doc) lateYearBefore(mw string, y int) bool {
	m := monthNumber(strings.TrimSuffix(mw, "."))
	return m > 0 && d.pubMonth > 0 && y == d.pubYear-1 && d.pubMonth+12-m <= 2
}

// envoyWords name a foreign envoy, the one a government summons.
var envoyWords = map[string]bool{"ambassador": true, "envoy": true, "envoys": true, "ambassadors": true,
	"chargé": true, "charge": true, "diplomat": true, "diplomats": true, "consul": true, "nuncio": true}

// summonsAt reports whether word i is a verb of summoning an envoy, a
// meeting at the summoning government's ministry: "Kuwait summoned Iraq's
// ambassador", "summoned the Chinese charge d'affaires" (not "summoned
// the courage", "a court summons").
func (d *doc) summonsAt(i, limit int) bool {
	switch d.lw(i) {
	case "summoned", "summons", "summon", "summoning":
	default:
		return false
	}
	if i > 0 && (d.lw(i-1) == "a" || d.lw(i-1) == "the") {
		return false // the noun: "a summons to appear"
	}
	for k := i + 1; k < limit && k <= i+5; k++ {
		if envoyWords[d.lw(k)] {
			return true
		}
		if t := d.lw(k); t == "," || t == "over" || t == "and" || t == "to" || t == "." {
			break
		}
	}
	return false
}

// summonsElsewhere reports whether the lead sentence si tells only of a
// summons (no meeting, visit or call) by a state other than the dateline
// dl's: the envoy was summoned at the summoning state's ministry, not
// where the story was filed ("BEIJING - Japan summoned China's ambassador
// on Monday"; not "KUWAIT CITY - Kuwait summoned Iraq's ambassador").
// A summons whose subject names no state is left to the dateline.
func (d *doc) summonsElsewhere(si int, dl *Place) bool {
	s := &d.sents[si]
	verb := -1
	for k := s.labelEnd; k < s.w1; k++ {
		if d.words[k].lf&(fStrictMeet|fMeetNoun|fVisit) != 0 || d.callWordAt(k, s.w0) {
			return false // the lead's event is a meeting or a visit
		}
		if verb < 0 && d.summonsAt(k, s.w1) {
			verb = k
		}
	}
	if verb < 0 || dl.Country == "" {
		return false
	}
	// the summoning state: the last state named before the verb
	subj := ""
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent != si || m.w0 < s.labelEnd || m.w1 > verb || d.inDateline(si, m.start) {
			continue
		}
		if m.typ == GPE || m.typ == NORP {
			if c := d.countryOf(mi); c != "" {
				subj = c
			}
		}
	}
	return subj != "" && subj != dl.Country
}

// heldMeetingIn is meetingIn without the meetings sentence si looks
// ahead to: "in a report published ahead of its annual meeting" tells of
// none.
func (d *doc) heldMeetingIn(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if (d.words[i].lf&(fStrictMeet|fMeetNoun|fVisit) != 0 || d.callWordAt(i, s.w0)) && !d.aheadOf(i, s.w0) {
			return true
		}
	}
	return false
}

// aheadOf reports whether word i (after lo) follows "ahead of" or
// "before" within three words: "ahead of its annual meeting".
func (d *doc) aheadOf(i, lo int) bool {
	for k := i - 1; k > lo && k >= i-3; k-- {
		switch d.lw(k) {
		case "of":
			if d.lw(k-1) == "ahead" {
				return true
			}
		case "before":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// callWordAt reports whether word i (after lo) tells of a telephone call:
// "telephone", "phone", or "call" as a noun ("a call", "a video call"),
// not the verb of naming ("what officials call the Atlantic Gateway").
func (d *doc) callWordAt(i, lo int) bool {
	switch d.lw(i) {
	case "telephone", "phone":
		return true
	case "call":
		if i > lo {
			switch d.lw(i - 1) {
			case "a", "the", "video", "phone", "telephone", "conference", "their", "his", "her", "an", "hour-long", "lengthy":
				return true
			}
		}
	}
	return false
}

// leadPlaceElsewhere reports whether the lead sentence si names, within
// six words after a word of meeting or visiting, a place after "in",
// "at" or "near" that is not the dateline's place dl: the event is there,
// wherever the story was filed ("KYIV - Zelenskiy visited troops near
// Pokrovsk on Tuesday").
func (d *doc) leadPlaceElsewhere(si int, dl *Place) bool {
	s := &d.sents[si]
	meet := -100
	for k := s.labelEnd; k+1 < s.w1; k++ {
		if d.words[k].lf&(fStrictMeet|fVisit|fMeetNoun) != 0 || d.summonsAt(k, s.w1) {
			meet = k
			continue
		}
		if t := d.lw(k); k-meet > 7 || t != "in" && t != "at" && t != "near" {
			continue
		}
		if d.seatAt(k+1, s.w1) {
			if !d.seatHome(si, k+2, meet, dl) {
				return true // "held talks with Putin at the Kremlin" (filed from Kyiv)
			}
			continue // "Putin held talks ... at the Kremlin" filed from Moscow
		}
		mi := d.namedPlaceAt(k+1, s.w1)
		if mi < 0 || d.ments[mi].typ != LOC && d.ments[mi].typ != GPE || d.inDateline(si, d.ments[mi].start) {
			continue
		}
		if n := d.placeName(mi); !strings.EqualFold(n, dl.Name) && n != dl.Country {
			return true
		}
	}
	return d.leadEventAside(si, dl)
}

// seatAt reports whether words from i name a seat of power by a single
// name of its own after "the": "the Kremlin", "the Elysee", or by a
// seat the gazetteer knows ("the White House"; not "the Foreign
// Ministry", "the presidential palace"). Whether it lies elsewhere than
// the dateline is seatHome's.
func (d *doc) seatAt(i, limit int) bool {
	if i+1 >= limit || d.lw(i) != "the" {
		return false
	}
	if mi := int(d.mentAt[i+1]); mi >= 0 && d.ments[mi].e != nil && d.ments[mi].e.kind == kSeat {
		return true // the gazetteer's seats: "the White House", "the Elysee Palace"
	}
	w := &d.words[i+1]
	if !w.cap || w.allCap || dateWords[d.lw(i+1)] {
		return false
	}
	if i+2 < limit {
		switch n := &d.words[i+2]; {
		case n.cap:
			return false // a name of several words: "the Foreign Ministry", "the White House"
		case n.alpha && !seatFollowers[n.low]:
			return false // a name before a noun: "the Philippine capital"
		}
	}
	if mi := int(d.mentAt[i+1]); mi >= 0 && (d.ments[mi].typ == PER || d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
		return false // a place is namedPlaceAt's
	}
	return true
}

// seatHome reports whether the seat named at word i of sentence si lies
// in the dateline's country dl: the country the gazetteer gives the seat
// ("Kremlin": Russia), else the country of the lead's host, the first
// nationality, country or known person before the word of meeting at
// meet ("French President Emmanuel Macron hosted ... at the Elysee").
func (d *doc) seatHome(si, i, meet int, dl *Place) bool {
	if dl == nil || dl.Country == "" {
		return false
	}
	if mi := int(d.mentAt[i]); mi >= 0 && d.ments[mi].e != nil && d.ments[mi].e.country != "" {
		return d.ments[mi].e.country == dl.Country
	}
	s := &d.sents[si]
	for k := s.labelEnd; k < meet && k < s.w1; k++ {
		if mi := int(d.mentAt[k]); mi >= 0 {
			if e := d.ments[mi].e; e != nil && e.country != "" && (e.kind == kNorp || e.kind == kCountry || e.kind == kPerson) {
				return e.country == dl.Country
			}
		}
	}
	return false
}

// seatFollowers may follow a seat's name: "at the Kremlin on Tuesday".
var seatFollowers = map[string]bool{"on": true, "in": true, "for": true, "with": true, "and": true, "to": true,
	"after": true, "before": true, "last": true, "this": true, "earlier": true, "late": true, "early": true}

// leadEventAside reports whether the lead sentence si tells of its event
// only inside what someone reports in the past perfect ("said that
// leaders had backed a timetable at a summit held over the weekend"), or
// in an aside on its subject ("Petraitis, freed by Belarus in a prisoner
// exchange on Monday, arrived home"), or as a return home: the dateline
// is where the story was filed, not where the event was.
func (d *doc) leadEventAside(si int, dl *Place) bool {
	s := &d.sents[si]
	reported, had := false, false
	for k := s.labelEnd; k < s.w1; k++ {
		t := d.lw(k)
		switch {
		case reportingVerb(t):
			reported = true
		case t == "had" && reported:
			had = true
		case (t == "arrived" || t == "arrives" || t == "returned" || t == "returns") && k+1 < s.w1 && (d.lw(k+1) == "home" || d.lw(k+1) == "back"):
			// the return is the lead's event unless a meeting follows it
			// in the same clause: "arrived back from China on Sunday and
			// held talks with ... on Tuesday" took place at home
			return !d.meetAfterAnd(k+2, s.w1)
		case d.words[k].lf&(fStrictMeet|fMeetNoun|fVisit) != 0:
			// past-perfect reporting blocks only the dateline's guess: a
			// clause that names the dateline's place keeps it ("he had
			// held talks ... in the Turkish capital on Tuesday")
			return had && !d.datelineNamedIn(k+1, s.w1, dl)
		}
	}
	return false
}

// meetAfterAnd reports whether words lo..hi hold "and" followed within
// three words by a word of meeting or visiting, before any comma.
func (d *doc) meetAfterAnd(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.lw(k) {
		case ",", ";", ":":
			return false
		case "and":
			for j := k + 1; j < min(hi, k+4); j++ {
				if d.words[j].lf&(fStrictMeet|fMeetNoun|fVisit) != 0 {
					return true
				}
			}
		}
	}
	return false
}

// datelineNamedIn reports whether words lo..hi hold "in" or "at" before
// the dateline's place dl by its name or as "the capital", "the <its
// nationality> capital" or "the <its country>'s capital".
func (d *doc) datelineNamedIn(lo, hi int, dl *Place) bool {
	if dl == nil {
		return false
	}
	for k := lo; k+2 < hi; k++ {
		if t := d.lw(k); t != "in" && t != "at" {
			continue
		}
		if mi := d.namedPlaceAt(k+1, hi); mi >= 0 && strings.EqualFold(d.placeName(mi), dl.Name) {
			return true
		}
		if d.lw(k+1) != "the" {
			continue
		}
		j := k + 2
		if d.lw(j) != "capital" && j+1 < hi {
			mi := int(d.mentAt[j])
			if mi < 0 || d.ments[mi].e == nil || d.ments[mi].e.country != dl.Country || d.ments[mi].e.kind != kNorp && d.ments[mi].e.kind != kCountry {
				continue
			}
			j = d.ments[mi].w1
			if j < hi && (d.lw(j) == "'s" || d.lw(j) == "'") {
				j++
			}
		}
		if j < hi && d.lw(j) == "capital" && dl.Country != "" && dl.Country != dl.Name {
			return true
		}
	}
	return false
}

// futureIn reports whether sentence si holds a marker of the future:
// "will", "would", "shall", or "to" after a word of plan ("due to",
// "expected to", "plans to"); not "the first French official to visit".
func (d *doc) futureIn(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		switch d.lw(i) {
		case "which", "who", "whom":
			return false // a relative clause's hope: "a visit that Accra hopes will unlock investment"
		case "that":
			if i > s.w0 && !reportingVerb(d.lw(i-1)) {
				return false // (not "said that talks will resume")
			}
		case "will", "would", "shall":
			return true
		case "to":
			if p := d.lw(i - 1); i > s.w0 && p != "plan" && p != "aim" && p != "is" && p != "are" && (planWords[p] || futureWords[p]) {
				// (not "a plan to cut")
				return true
			}
		}
	}
	return false
}

// datelinePlace returns the place the story's dateline names in capitals
// ("EVIAN-LES-BAINS, France, June 16 (Reuters) -": Evian-les-Bains,
// France), or nil.
func (d *doc) datelinePlace() *Place {
	for si := 0; si <= d.leadSent && si < len(d.sents); si++ {
		s := &d.sents[si]
		if s.w1-s.w0 < 3 || !d.words[s.w0].cap {
			continue
		}
		colon := s.label != "" && s.labelEnd-s.w0 <= 5 && (d.words[s.w0].allCap || d.cityLabel(s)) && !s.header
		if !colon && !d.inDateline(si, d.words[s.w0].start) {
			// (a place in capitals before a colon is a dateline too, if
			// the gazetteer knows it: "SINGAPORE: Japan and the
			// Philippines agreed ...", "RIYADH: Pakistan and
			// Afghanistan's Taliban"; not a label: "ANALYSIS: In Cebu")
			continue
		}
		// (in capitals, or in title case before an agency: "Addis Ababa
		// (AFP) -")
		title := !d.words[s.w0].allCap
		e := s.w0
		for e < s.w1 && e < s.w0+4 && (d.words[e].allCap || title && d.words[e].cap) && d.words[e].alpha || e > s.w0 && e < s.w1 && d.words[e].text == "-" {
			if d.words[e].text == "-" && d.words[e].start > d.words[e-1].end {
				if e+1 < s.w1 && d.words[e+1].allCap && d.words[e+1].alpha {
					return nil // a topic line, no place: "TENNIS - SPAIN ..." ("EVIAN-LES-BAINS" is one)
				}
				break // "GENEVA - The talks"
			}
			e++
		}
		if e == s.w0 || e >= s.w1 {
			return nil
		}
		switch d.words[e].text {
		case ",", "(", "—", "–", "_", "-":
			// "WASHINGTON (Reuters) -", "MOSCOW —"
		case ":":
			if !colon {
				return nil
			}
		default:
			if colon {
				continue
			}
			return nil
		}
		p, known := &Place{}, false
		if mi := int(d.mentAt[s.w0]); mi >= 0 && d.ments[mi].w0 == s.w0 && d.ments[mi].w1 == e && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
			p.Name, p.Country, known = d.placeName(mi), d.countryOf(mi), true
			if strings.ToUpper(p.Name) == p.Name {
				p.Name = titleName(p.Name) // a place the gazetteer has no case for: "ARUSHA" -> "Arusha"
			}
		} else {
			p.Name = titleName(d.body[d.words[s.w0].start:d.words[e-1].end])
		}
		if p.Country == "" {
			p.Name, p.Country = d.g.territoryPlace(p.Name)
			known = known || p.Country != ""
		}
		if p.Country == "" && e+1 < s.w1 {
			// "LAAYOUNE, Western Sahara, Nov 20", "Ipiales (Colombia), 11
			// Mar (EFE).-"
			c := e + 1
			if d.words[e].text == "(" && c+1 < s.w1 && d.words[c+1].text != ")" {
				c = s.w1 // (an agency: "Addis Ababa (AFP)")
			}
			if mi := int(d.mentAt[min(c, s.w1-1)]); c < s.w1 && mi >= 0 && d.ments[mi].w0 == c && (d.ments[mi].typ == GPE || d.ments[mi].typ == LOC) {
				p.Country = d.body[d.ments[mi].start:d.ments[mi].end]
				if c := d.ments[mi].e; c != nil && c.kind == kCountry {
					p.Country = c.canon
				}
			}
		}
		if p.Country == "" {
			p.Country = d.placeCountryOf(p.Name)
		}
		if p.Country == "" && e+2 < s.w1 {
			// a region the tagger missed: "LAAYOUNE, Western Sahara, Nov 20"
			k := e + 1
			for k < s.w1 && k <= e+3 && d.words[k].cap && !d.words[k].allCap && !dateWords[d.lw(k)] && !d.dateWordAt(k, s.w1) {
				k++
			}
			if k > e+1 && k < s.w1 && d.words[k].text == "," {
				p.Country = d.body[d.words[e+1].start:d.words[k-1].end]
			}
		}
		if c := d.g.capital[p.Name]; p.Name == p.Country && strings.HasPrefix(c, p.Name+" ") {
			// a country named in the dateline for its capital of the same
			// name: "DJIBOUTI, March 16", "LUXEMBOURG, Oct 19" (Djibouti
			// City, Luxembourg City)
			p.Name = c
		}
		if !known && p.Country == "" && e == s.w0+1 && d.words[s.w0].allCap && d.mentAt[s.w0] < 0 && e+1 < s.w1 && monthNumber(strings.TrimSuffix(d.lw(e+1), ".")) > 0 {
			// one word in capitals the tagger left alone, dated: a town
			// the gazetteer lacks ("KUCHING, Aug 11 (Bernama)")
			known = true
		}
		if p.Name == p.Country && d.g.capital[p.Name] == p.Name {
			// a city-state: "SINGAPORE: Japan and the Philippines agreed"
			return p
		}
		if p.Name == "United Nations" && p.Country == "" {
			// the wire dateline of the U.N.'s headquarters: "UNITED
			// NATIONS, March 25 (AP) - Russia on Wednesday asked the
			// Security Council ..."
			return &Place{Name: "New York", Country: "United States"}
		}
		if colon && (!known || d.words[e].text != ":") {
			continue
		}
		if p.Name == "" || p.Name == p.Country || !known && p.Country == "" {
			// (a name the tagger does not take for a place needs its
			// country: "GABALA, Azerbaijan", not "UNITED NATIONS, Oct 29")
			return nil
		}
		return p
	}
	return nil
}

// placeParticles stay lower-case inside a place's name: "Evian-les-Bains",
// "Aix-en-Provence", "Frankfurt am Main".
var placeParticles = map[string]bool{"les": true, "la": true, "le": true, "de": true, "du": true, "des": true,
	"en": true, "sur": true, "am": true, "an": true, "der": true, "di": true, "del": true, "al": true}

// titleName writes a name given in capitals as a name: "NEW YORK" gives
// "New York", "EVIAN-LES-BAINS" "Evian-les-Bains".
func titleName(s string) string {
	b := []byte(strings.ToLower(s))
	start := true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == ' ' || c == '-' {
			start = true
			continue
		}
		if start {
			j := i
			for j < len(b) && b[j] != ' ' && b[j] != '-' {
				j++
			}
			if i == 0 || !placeParticles[string(b[i:j])] {
				if c >= 'a' && c <= 'z' {
					b[i] = c - 'a' + 'A'
				}
			}
			start = false
		}
	}
	return string(b)
}

// placeCountryOf returns the country of a place the gazetteer does not
// know: the one the text names right after it (countryAfter), else the
// town list's (townCountry), else "".
func (d *doc) placeCountryOf(name string) string {
	if c := d.countryAfter(name); c != "" {
		return c
	}
	return d.townCountry(name)
}

// countryAfter returns the country the text names right after a place
// the gazetteer does not know, in the dateline or the text ("BELÉM,
// Brazil, Nov 21", "in Belém, Brazil"), or "".
func (d *doc) countryAfter(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	for i := 0; i+len(ws)+1 < len(d.words); i++ {
		if !strings.EqualFold(d.words[i].text, ws[0]) {
			continue
		}
		j, ok := i+1, true
		for _, w := range ws[1:] {
			if !strings.EqualFold(d.words[j].text, w) {
				ok = false
				break
			}
			j++
		}
		if !ok || d.words[j].text != "," || d.words[j].sent != d.words[i].sent {
			continue
		}
		if mi := int(d.mentAt[j+1]); mi >= 0 && d.ments[mi].w0 == j+1 {
			if e := d.ments[mi].e; e != nil && e.kind == kCountry {
				return e.canon
			}
		}
	}
	return ""
}

// siteWords name trouble (true) or the calm sought for it (false) whose
// place is what talks are about, not where they are held: "violence in
// New Caledonia", "the war in Sudan", "call for calm in Kosovo". A calm
// word is a site only when sought (siteAt).
var siteWords = map[string]bool{"violence": true, "unrest": true, "fighting": true, "clashes": true,
	"riots": true, "war": true, "conflict": true, "protests": true, "bloodshed": true, "insurgency": true,
	"tensions": true, "calm": false, "peace": false, "stability": false, "truce": false, "ceasefire": false}

// seekWords ask for calm or agree to it for a place: "called for calm",
// "urged restraint and calm", "to restore peace", "agreed to a truce in
// Darfur".
var seekWords = map[string]bool{"for": true, "to": true, "urge": true, "urged": true, "urges": true, "urging": true,
	"restore": true, "restoring": true, "bring": true, "bringing": true, "seek": true, "seeking": true,
	"sought": true, "promote": true, "promoting": true, "keep": true, "preserve": true}

// siteAt reports whether word k (before "in <place>") names a site:
// trouble ("violence in New Caledonia"), or calm sought ("called for
// calm in Kosovo", "to restore peace in Darfur"); not calm made or
// talked of where the talks are ("signed a ceasefire in Doha", "agreed
// a truce in Kuala Lumpur", "talks on peace in Luanda").
func (d *doc) siteAt(k, lo int) bool {
	trouble, ok := siteWords[d.lw(k)]
	if !ok || trouble {
		return ok
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if seekWords[d.lw(j)] {
			return true
		}
		if t := d.lw(j); t != "a" && t != "an" && t != "the" && t != "lasting" && t != "durable" && t != "and" && t != "restraint" && t != "immediate" && t != "permanent" && !strings.Contains(t, "-") {
			// (past "a week-long": "agreed to a week-long truce in
			// Darfur" is the truce's site)
			return false
		}
	}
	return false
}

// pluperfectBefore reports whether a verb in the past perfect ("had
// been prepared", "had met") stands in words [lo, i) of a sentence: what
// it tells came before the story's own time. Not an aside about someone
// ("who had been foreign minister since 2024, announced ... in Honiara"),
// nor the trip to the venue ("had arrived in Manila on Monday night"),
// nor the meeting itself ("The delegations had met over the past two days
// in Geneva").
func (d *doc) pluperfectBefore(lo, i int) bool {
	hs := d.hadWords()
	for j, _ := slices.BinarySearch(hs, int32(lo)); j < len(hs) && int(hs[j])+1 < i; j++ {
		k := int(hs[j])
		if k > lo && (d.lw(k-1) == "who" || d.lw(k-1) == "which" || d.lw(k-1) == "that") {
			continue
		}
		n := d.words[k+1]
		if arrivalWords[n.low] || d.words[k+1].lf&fMotion != 0 {
			continue // the arrival before the talks: "had arrived in Manila on Monday night"
		}
		v := k + 1
		if n.low == "been" && v+1 < i {
			v++
		}
		if d.words[v].lf&fStrictMeet != 0 || d.lw(v) == "held" || d.lw(v) == "met" {
			continue // the meeting itself, just ended: "The delegations had met over the past two days in Geneva"
		}
		if n.low == "been" || !n.cap && (isPast(n.low, pastEvent) || len(n.low) > 3 && (strings.HasSuffix(n.low, "ed") || strings.HasSuffix(n.low, "en"))) {
			return true
		}
	}
	return false
}

// hadWords returns the indexes of the document's words "had", in order,
// found once a document: pluperfectBefore, asked of every place in a
// sentence, visits only them, not every word before the place (a long
// sentence of places would make that quadratic).
func (d *doc) hadWords() []int32 {
	if !d.hadDone {
		d.hadDone = true
		for k := range d.words {
			if d.words[k].low == "had" {
				d.hadAt = append(d.hadAt, int32(k))
			}
		}
	}
	return d.hadAt
}

// arrivalWords after "had" tell of the trip to the venue, not an earlier
// event: "had arrived in Manila on Monday night".
var arrivalWords = map[string]bool{"arrived": true, "landed": true, "travelled": true, "traveled": true,
	"flown": true, "come": true, "returned": true, "gone": true, "reached": true}

// pastYearAfter reports whether the words from i date what was just
// told to a year before the story's: "in Colombo in October 2023",
// "in Brussels in July 2025", "in Washington last June", "last year".
func (d *doc) pastYearAfter(i, limit int) bool {
	if d.pubYear == 0 {
		return false
	}
	for k := i; k < limit && k <= i+4; k++ {
		t := d.lw(k)
		if t == "last" && k+1 < limit && (d.lw(k+1) == "year" || monthNames[d.lw(k+1)] > 0 && d.words[k+1].cap) {
			// "a peace agreement signed in Washington last June", "the
			// summit in Lima last year"
			return true
		}
		if k == i && t != "in" && t != "on" {
			return false
		}
		if len(t) == 4 && t[0] >= '1' && t[0] <= '2' {
			if y, err := strconv.Atoi(t); err == nil {
				if k > i && d.lateYearBefore(d.lw(k-1), y) {
					return false
				}
				return y < d.pubYear
			}
		}
		if d.words[k].punct {
			return false
		}
	}
	return false
}

// speakerSite reports whether the place after "in" at word i (its words
// end at w1) stands in the name of a story's source, the subject of a verb
// of saying right after it: a speaker's noun before "in" ("officials in
// Caracas said", "the foreign ministry in Yerevan said", "a spokesman in
// Kabul told"). It says where the source sits, as a dateline does, not
// where anyone met; a meeting's own noun or verb before "in" ("leaders
// meeting in Brussels said", "talks in Geneva were") names no source.
func (d *doc) speakerSite(i, w1, lo, hi int) bool {
	if i > lo && (d.lw(i-1) == "reporters" || d.lw(i-1) == "journalists") {
		return true
	}
	if i <= lo || w1 >= hi || !reportingVerb(d.lw(w1)) {
		return false
	}
	return speakerNouns[d.lw(i-1)]
}

// speakerNouns name a story's source before "in" and a place: "officials
// in Caracas said".
var speakerNouns = map[string]bool{"officials": true, "official": true, "ministry": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "sources": true, "source": true, "government": true,
	"presidency": true, "office": true, "embassy": true, "authorities": true, "agency": true}

// placedWords before "in" tell where someone or something was taken,
// kept or set, not where an event took place: "a Swiss national
// kidnapped in Niger", "troops stationed in Poland".
var placedWords = map[string]bool{
	"kidnapped": true, "abducted": true, "detained": true, "arrested": true, "jailed": true, "imprisoned": true,
	"captured": true, "seized": true, "killed": true, "born": true, "based": true, "stationed": true,
	"deployed": true, "located": true, "situated": true, "displaced": true, "stranded": true, "trapped": true,
	"buried": true, "injured": true, "wounded": true,
}

// datelinePlaceAt reports whether word i (before limit) is a one-word
// capitalised name that the story's dateline gives in capitals as its
// place: "Arusha" under "ARUSHA, Tanzania, March 19 (Reuters) -".
func (d *doc) datelinePlaceAt(i, limit int) bool {
	if i >= limit || !d.words[i].cap || d.words[i].allCap || i+1 < limit && d.words[i+1].cap {
		return false
	}
	for si := 0; si <= d.leadSent && si < len(d.sents); si++ {
		// (the dateline opens the lead or stands alone before it, after
		// any headline)
		s := &d.sents[si]
		if s.w1-s.w0 < 2 {
			continue
		}
		if w := &d.words[s.w0]; w.allCap && d.words[s.w0+1].text == "," && d.inDateline(si, w.start) {
			return strings.EqualFold(w.text, d.words[i].text)
		}
	}
	return false
}

// pastAside reports whether word i (after lo) lies in a relative clause
// told in the past tense: ", which was signed in Manila", ", who had met
// him in Doha".
func (d *doc) pastAside(i, lo int) bool {
	past := false
	for k := i - 1; k > lo && k >= i-8; k-- {
		switch d.lw(k) {
		case "was", "were", "had":
			past = true
		case "which", "who":
			// (not of the talks themselves: "The talks, which were held
			// in Doha, ended without a deal"); a verb in the past right
			// after it: ", who hosted last year's summit in Kananaskis"
			past = past || k+1 < i && isPast(d.lw(k+1), pastEvent)
			return past && d.lw(k-1) == "," && !(k >= 2 && d.words[k-2].lf&fMeetNoun != 0) && !d.thisWeekAfter(i)
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// thisWeekAfter reports whether the clause from word i on dates its
// event by a day of the story's week: ", who met in Abu Dhabi on Tuesday
// and Wednesday," is the story's meeting, not an earlier one.
func (d *doc) thisWeekAfter(i int) bool {
	for k := i; k < len(d.words) && k <= i+8; k++ {
		switch t := d.lw(k); t {
		case ",", ";", ".", ":":
			return false
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today":
			return true
		}
	}
	return false
}

// otherPlaceClause reports whether the clause of the place at word i
// (clauseAt) tells of another occasion than the lead's: dated before the
// lead's day ("The two sides last met in Oslo in 2019"), or called off
// when the lead is not ("A round planned for Geneva has been postponed").
func (d *doc) otherPlaceClause(i, lead int) bool {
	c := d.clauseAt(i)
	if c.when == whenBefore && !d.lateLastYear(c.whenAt) {
		return true
	}
	return c.tense&tOff != 0 && lead >= 0 && d.clauseAt(d.sents[lead].labelEnd).tense&tOff == 0
}

// lateLastYear reports whether the time read at word k, "in November
// 2025", is one of the last two months of the year before an early
// January story (lateYearBefore), as in pastYearAfter.
func (d *doc) lateLastYear(k int) bool {
	if k < 0 || d.lw(k) != "in" || d.pubYear <= 0 {
		return false
	}
	y := d.lw(k + 2)
	return isYear(y) && d.lateYearBefore(d.lw(k+1), atoi4(y))
}

// earlierEvent reports whether the meeting named before word i (after lo)
// is an earlier one: "last year's summit in Kananaskis", "the previous
// round in Doha".
func (d *doc) earlierEvent(i, lo int) bool {
	for k := i - 1; k > lo && k >= i-5; k-- {
		switch d.lw(k) {
		case "previous", "former", "earlier", "past":
			// only of a meeting: "the previous round", "past summits"
			// (not "over the past two days in Geneva", "the former
			// capital Almaty")
			for e := k + 1; e < i && e <= k+2; e++ {
				if d.words[e].lf&fMeetNoun != 0 || d.lw(e) == "round" || d.lw(e) == "session" || d.lw(e) == "summits" || d.lw(e) == "rounds" {
					return true
				}
			}
		case "last":
			if k+1 < i && timeNouns[d.lw(k+1)] && d.words[k+1].poss {
				return true
			}
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// captiveWords before "exchange" or "swap" make it an event of
// diplomacy: "a prisoner exchange", "a hostage swap".
var captiveWords = map[string]bool{"prisoner": true, "prisoners": true, "hostage": true, "hostages": true,
	"detainee": true, "detainees": true, "captive": true, "captives": true}

// datelineCity returns the city of country that the story's dateline
// names ("TOKYO, March 11 (Kyodo) --"), or nil.
func (d *doc) datelineCity(country string) *Place {
	for si := 0; si <= d.leadSent && si < len(d.sents); si++ {
		s := &d.sents[si]
		if s.w1-s.w0 < 2 || !d.words[s.w0].allCap || !d.inDateline(si, d.words[s.w0].start) {
			continue
		}
		if mi := int(d.mentAt[s.w0]); mi >= 0 && d.ments[mi].typ == LOC && d.countryOf(mi) == country && d.placeName(mi) != country {
			return &Place{Name: d.placeName(mi), Country: country}
		}
		return nil
	}
	return nil
}

// bodyPlaceElsewhere reports whether the story from sentence lead on
// names place only after a word that makes it no venue ("kidnapped in
// Niger"), never otherwise.
func (d *doc) bodyPlaceElsewhere(name string, lead int) bool {
	seen := false
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent < lead || d.placeName(mi) != name || d.inDateline(m.sent, m.start) {
			continue
		}
		if m.w0 < 2 || d.lw(m.w0-1) != "in" && d.lw(m.w0-1) != "at" || !placedWords[d.lw(m.w0-2)] {
			return false
		}
		seen = true
	}
	return seen
}

// remoteAfter returns how a meeting named at word i is held from afar
// when a word of it follows within eight words: "by video" ("by video
// link", "videoconference"), "by phone", "online" ("virtual"); else "".
func (d *doc) remoteAfter(i, limit int) string {
	for k := i + 1; k < limit && k <= i+8; k++ {
		switch d.lw(k) {
		case "video", "videoconference":
			return "by video"
		case "phone", "telephone":
			return "by phone"
		case "virtual", "virtually", "online":
			return "online"
		}
	}
	return ""
}

// planWords before "to" make a plan: "is due to discuss", "plans to
// attend".
var planWords = map[string]bool{"due": true, "expected": true, "set": true, "scheduled": true, "plans": true,
	"plan": true, "planned": true, "planning": true, "going": true, "slated": true, "intends": true}

// timeNouns after "next" make it a time, not a meeting to come: "the
// next day, talks resumed".
var timeNouns = map[string]bool{"day": true, "days": true, "week": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true, "time": true}

// townNouns name a kind of place before "of" and its name: "in the
// Amazon city of Belém", "in the port of Aqaba".
var townNouns = map[string]bool{"city": true, "town": true, "capital": true, "port": true, "village": true,
	"resort": true, "island": true, "enclave": true}

// townOf returns the word after "the (<up to three modifiers>) city of"
// at word i ("the Breton port of Saint-Malo"), else i.
func (d *doc) townOf(i, limit int) int {
	if i < limit && d.lw(i) == "the" {
		for k := i + 1; k+2 < limit && k <= i+4; k++ {
			if d.lw(k+1) == "of" && townNouns[d.lw(k)] {
				return k + 2
			}
		}
	}
	return i
}

// namedPlaceAt returns the mention that starts at word i, or after "the
// (<up to three modifiers>) city of" there ("in the Amazon city of
// Belém", "in the Red Sea port of Aqaba"), or -1.
func (d *doc) namedPlaceAt(i, limit int) int {
	if i < limit && d.lw(i) == "the" {
		for k := i + 1; k+2 < limit && k <= i+4; k++ {
			if d.lw(k+1) == "of" && townNouns[d.lw(k)] {
				i = k + 2
				break
			}
			if d.words[k+1].cap && !d.words[k].cap && townNouns[d.lw(k)] {
				// "the former capital Almaty"
				if mi := int(d.mentAt[k+1]); mi >= 0 && d.ments[mi].w0 == k+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
					i = k + 1
				}
				break
			}
		}
	}
	if i >= limit {
		return -1
	}
	mi := int(d.mentAt[i])
	if mi < 0 || d.ments[mi].w0 != i {
		return -1
	}
	return mi
}

// meetingIn reports whether sentence si tells of a meeting, a visit or a
// call: a word of meeting or visiting, or a noun of talks.
func (d *doc) meetingIn(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if w := &d.words[i]; w.lf&(fStrictMeet|fMeetNoun|fVisit) != 0 {
			return true
		}
		switch d.lw(i) {
		case "telephone", "phone", "call":
			return true
		}
	}
	return false
}

// talksOwnPlace reports whether the place after the preposition at i in
// sentence si is the talks' own venue: the sentence's subject is a noun of
// talks named within its first three words, ahead of the place ("The
// talks in Doha are mediated by Qatar", "The meeting took place in
// Istanbul", "The talks were hosted by U.S. envoy Tom Barrack in Amman"),
// and the sentence carries no other time ("last", "ago", "earlier", a year
// or a month: "The talks in Doha last year collapsed").
func (d *doc) talksOwnPlace(si, i int) bool {
	if si < 0 || i < 0 {
		return false
	}
	s := &d.sents[si]
	a := s.labelEnd
	if a >= i {
		return false
	}
	w := a + 3
	if d.lw(a+2) == "'s" || d.lw(a+2) == "’s" {
		w++ // a time's own talks: "This year's round, held at ... in Moscow"
	}
	if d.lw(a) != "the" && d.lw(a) != "these" && d.lw(a) != "this" || !d.meetNounIn(a+1, min(i, w), "round") {
		if !d.sidesMetAt(a, i) {
			return false
		}
	}
	for k := a; k < s.w1; k++ {
		t := d.lw(k)
		if t == "last" || t == "ago" || t == "earlier" || t == "previous" || t == "next" || isYear(t) || monthNames[t] > 0 && d.words[k].cap && !d.recentDayAt(k, s.w1) {
			return false
		}
		if k < i && (t == "after" || t == "before" || t == "following" || t == "since") {
			return false // the place is another clause's: "The round comes after the negotiators held talks in Vienna"
		}
	}
	return true
}

// recentDayAt reports whether the month name at word k opens a day of the
// publication's month or the month before ("opened on March 23" in a
// story of April 4): a day of the talks going on, not an earlier round's
// month ("The talks in Geneva last March").
func (d *doc) recentDayAt(k, limit int) bool {
	if d.pubMonth == 0 || k+1 >= limit || !isInt(d.lw(k+1)) || k+2 < limit && isYear(d.lw(k+2)) {
		return false
	}
	m := monthNames[d.lw(k)]
	return m == d.pubMonth || m == d.pubMonth-1 || m == 12 && d.pubMonth == 1
}

// sidesMetAt reports whether the clause before the preposition at i
// (from word a) places the talks' sides themselves there: they "met" with
// no one named after the verb ("Araqchi and U.S. envoy Steve Witkoff met
// face to face in Muscat"; not "Araqchi met Lavrov in Moscow"), someone
// "hosted/held/mediated the talks in" it, or a go-between worked "between
// the delegations ... in" it ("who shuttled messages between the
// delegations at his ministry in Muscat").
func (d *doc) sidesMetAt(a, i int) bool {
	if d.otherDayThanLead(a, d.words[i].sent) {
		return false // another day's talks: "held talks in Santiago on Sunday" after the lead's Tuesday
	}
	for k := i - 1; k >= a && k >= i-12; k-- {
		if d.words[k].punct {
			return false
		}
		ok := false
		switch d.lw(k) {
		case "met":
			ok = true
			for j := k + 1; j < i; j++ {
				if d.words[j].cap || nounOpeners[d.lw(j)] {
					ok = false
				}
			}
		case "hosted", "held", "mediated", "chaired", "brokered":
			ok = d.meetNounIn(k+1, min(i, k+4), "round")
		case "between":
			ok = k+2 < i && d.lw(k+1) == "the" && sideNouns[d.lw(k+2)] || k+3 < i && d.lw(k+1) == "the" && d.lw(k+2) == "two" && sideNouns[d.lw(k+3)]
		default:
			continue
		}
		for j := k - 1; ok && j >= a && !d.words[j].punct; j-- {
			switch d.lw(j) {
			case "after", "before", "since", "following", "when", "while", "until":
				// background: "The visit comes after Jaishankar held
				// talks in Santiago"
				ok = false
			}
		}
		return ok
	}
	return false
}

// otherDayThanLead reports whether sentence si (from word a) names a day
// of the week the lead does not name while the lead names one.
func (d *doc) otherDayThanLead(a, si int) bool {
	l := d.leadSent
	if l < 0 || l >= len(d.sents) || l == si {
		return false
	}
	leadDay := ""
	for k := d.sents[l].w0; k < d.sents[l].w1; k++ {
		if weekdays[d.lw(k)] > 0 {
			leadDay = d.lw(k)
			break
		}
	}
	if leadDay == "" {
		return false
	}
	for k := a; k < d.sents[si].w1; k++ {
		if t := d.lw(k); weekdays[t] > 0 && t != leadDay {
			return true
		}
	}
	return false
}

// sideNouns name the two sides of talks: "between the delegations".
var sideNouns = map[string]bool{"delegations": true, "teams": true, "sides": true, "parties": true, "negotiators": true}

// aheadIn reports whether sentence si tells only of a meeting to come: a
// future marker ("will", "would", "due to", "expected to", "plans to")
// stands just before a verb of meeting ("would meet again"), and no verb
// tells of one held ("met", "held", "hosted", "gathered", "ended").
func (d *doc) aheadIn(si int) bool {
	s := &d.sents[si]
	ahead := false
	for i := s.w0; i < s.w1; i++ {
		switch d.lw(i) {
		case "met", "held", "hosted", "gathered", "ended", "lasted", "opened", "took", "convened":
			if i > s.w0 && d.lw(i-1) == "be" {
				// "will be held in Antalya", "is to be hosted by Kenya"
				for k := i - 2; k >= s.w0 && k >= i-4; k-- {
					switch d.lw(k) {
					case "will", "would", "to", "shall":
						ahead = true
					}
				}
				continue
			}
			return false
		case "next":
			// "The next U.N. climate conference, COP31, ...", "the next
			// round of talks": a meeting to come (not "next to")
			for k := i + 1; k < s.w1 && k <= i+4; k++ {
				if d.words[k].punct || timeNouns[d.lw(k)] || d.lw(k) == "to" {
					break // "the next day, talks resumed", "next to"
				}
				if d.words[k].lf&fMeetNoun != 0 || d.lw(k) == "round" || d.lw(k) == "session" {
					ahead = true
					break
				}
			}
		case "scheduled", "planned", "slated":
			// "a meeting is scheduled in Paris in January"
			if i > s.w0 && (d.lw(i-1) == "is" || d.lw(i-1) == "are") {
				ahead = true
			}
		case "meet", "hold", "host", "gather", "convene", "travel", "visit", "discuss", "attend", "continue", "resume", "reconvene", "take":
			if d.lw(i) == "take" && (i+1 >= s.w1 || d.lw(i+1) != "place") {
				continue // only "will take place in Kuala Lumpur"
			}
			// ("will discuss the incident at a meeting of the North
			// Atlantic Council in Brussels on Thursday"; not a purpose:
			// "arrived in Paris to discuss trade")
			purpose := d.lw(i) == "discuss" || d.lw(i) == "attend"
			for k := i - 1; k >= s.w0 && k >= i-3; k-- {
				switch d.lw(k) {
				case "will", "would", "shall":
					ahead = true
				case "to":
					// ("is due to discuss", "plans to attend")
					ahead = ahead || !purpose || k > s.w0 && planWords[d.lw(k-1)]
				}
			}
		}
	}
	return ahead
}

// leadSentence returns the first sentence of the story proper (no header,
// heading, label line or lone dateline), or -1.
func (d *doc) leadSentence() int {
	for si := range d.sents {
		s := &d.sents[si]
		t := strings.TrimRight(s.span.Of(d.body), " \t\r\n")
		if s.header || s.heading || s.meta || s.w1-s.w0 < 6 || datelineOnly(t) {
			continue
		}
		if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "\"") && !strings.HasSuffix(t, "”") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?") {
			continue // a headline line
		}
		if d.titleLine(si, t) {
			continue
		}
		return si
	}
	return -1
}

// titleKinds are the labels a headline opens with to name the story's
// kind: "Analysis: The Quad found its words again in New Delhi.",
// "Q&A: Winston Peters on his talks".
var titleKinds = map[string]bool{"analysis": true, "explainer": true, "q&a": true, "opinion": true, "comment": true,
	"interview": true, "feature": true, "editorial": true, "insight": true, "factbox": true, "exclusive": true,
	"commentary": true, "explained": true, "profile": true}

// titleLine reports whether sentence si (its text t) is the headline of a
// text file that opens with its title line, though it ends like a
// sentence: the text's first line, alone in its paragraph, that does not
// end like a sentence as a whole ("Japan and North Korea talked in
// Mongolia. Here's what we know"), that ends in a quotation with no stop
// inside it (a headline quotes a phrase: 'Trinidad urges "cooperation,
// not competition"'; a lead's quotation ends its sentence: '... "a good
// start."'), that opens with a kind of story ("Analysis:", "Q&A:"), or
// that a byline follows ("By Clara Vogeli, Geneva correspondent"). A
// lead is the story's first sentence of news, and a headline is none:
// read as the lead, its words crowd out the dateline and the meeting.
func (d *doc) titleLine(si int, t string) bool {
	s := &d.sents[si]
	if strings.TrimSpace(d.body[:s.span.Start]) != "" {
		return false // (not the text's first line)
	}
	end := si
	for end+1 < len(d.sents) && !strings.Contains(d.body[d.sents[end].span.End:d.sents[end+1].span.Start], "\n") {
		end++
	}
	if end+1 >= len(d.sents) || !strings.Contains(d.body[d.sents[end].span.End:d.sents[end+1].span.Start], "\n\n") {
		return false // (one paragraph of a text without a title line)
	}
	if end > si {
		lt := strings.TrimRight(d.sents[end].span.Of(d.body), " \t\r\n")
		if r, _ := utf8.DecodeLastRuneInString(lt); !strings.ContainsRune(".!?\"”", r) {
			return true
		}
	}
	if q := strings.TrimRight(t, "\"”"); len(q) < len(t) {
		if r, _ := utf8.DecodeLastRuneInString(q); !strings.ContainsRune(".!?,", r) {
			return true
		}
	}
	if s.labelEnd > s.w0 && titleKinds[d.lowerOf(s.label)] {
		return true
	}
	n := &d.sents[end+1]
	return n.meta || n.w1-n.w0 <= 12 && d.lw(n.w0) == "by" && n.w0+1 < n.w1 && d.words[n.w0+1].cap && !dateWords[d.lw(n.w0+1)] &&
		(n.span.End == len(d.body) || d.body[n.span.End] == '\n') // ("By Clara Vogeli, Geneva correspondent" on its own line)
}

// telephoneWord reports whether t tells of a telephone or video contact:
// "telephone", "phone", "phoned", "telephoned", "video", and the names of
// a remote line: "hotline", "videoconference", "videolink" ("held their
// first conversation over the defence hotline on Tuesday").
func telephoneWord(t string) bool {
	switch t {
	case "telephone", "phone", "phoned", "telephoned", "video", "hotline", "videoconference", "videolink":
		return true
	}
	return false
}

// callAt reports whether sentence si tells of a telephone or video call:
// "in a telephone conversation", "spoke by phone", "a video call".
func (d *doc) callAt(si int) bool {
	s := &d.sents[si]
	call := false
	for i := s.w0; i < s.w1; i++ {
		t := d.lw(i)
		if telephoneWord(t) {
			if t == "video" && !(i+1 < s.w1 && (d.lw(i+1) == "call" || d.lw(i+1) == "conference" || d.lw(i+1) == "link")) {
				continue
			}
			// not a call in the background: "a day after both spoke
			// by telephone", "who had spoken by phone"
			bg := false
			for k := i - 1; k >= s.w0 && k >= i-6; k-- {
				b := d.lw(k)
				if b == "after" || b == "following" || b == "since" || b == "weeks" ||
					b == "had" && k+1 < s.w1 && (d.lw(k+1) == "spoken" || d.lw(k+1) == "talked" || d.lw(k+1) == "been" || d.lw(k+1) == "phoned") {
					// ("had a phone call with Putin on Tuesday" is the call)
					bg = true
					break
				}
			}
			call = call || !bg
			continue
		}
		switch t {
		case "met", "meet", "meets", "hosted", "hosts", "visited", "visit", "visits", "talks", "summit", "face":
			// the lead tells of a meeting in person, unless one to come
			// ("said he would visit Moscow soon", "spoke by phone Monday
			// and agreed to meet at next month's summit")
			if p := d.lw(max(i-1, s.w0)); p != "would" && p != "will" && p != "to" && !(call && d.callThenAhead(si, i)) {
				return false
			}
		}
	}
	return call
}

// callPlanWords, between a call and a meeting word, make the meeting one the
// callers planned: "spoke by phone and agreed to meet", "... ahead of
// next month's summit".
var callPlanWords = map[string]bool{"agreed": true, "agree": true, "plan": true, "plans": true, "planned": true,
	"will": true, "would": true, "next": true, "upcoming": true, "to": true}

// callThenAhead reports whether sentence si tells of a telephone call
// before word i, with a word of plan between (callPlanWords): a meeting or
// place at i is one the callers look ahead to, not where they were
// ("spoke by phone Monday and agreed to meet in person on the sidelines of
// next month's NATO summit in Ankara").
func (d *doc) callThenAhead(si, i int) bool {
	s := &d.sents[si]
	plan := false
	for k := i - 1; k >= s.w0; k-- {
		t := d.lw(k)
		if d.loopWordAt(k) && callPlanWords[t] {
			plan = true
		}
		if plan && (telephoneWord(t) && t != "video" || d.callWordAt(k, s.w0)) {
			return true
		}
	}
	return false
}

var excludeVerbs = map[string]bool{
	"exclude": true, "excludes": true, "excluded": true, "excluding": true, "sideline": true,
	"sidelines": true, "sidelined": true, "sidelining": true, "bypass": true, "bypassing": true, "bypasses": true,
}

var absenceNouns = map[string]bool{
	"presence": true, "participation": true, "involvement": true, "input": true, "consent": true, "absence": true,
}

// excluded finds who is left out: "not invited", "without Kyiv at the table".
func (d *doc) excluded() ([]string, []int) {
	var out []string
	var sents []int
	d.stayedAway = d.stayedAway[:0]
	d.walkedOut = 0
	away := false // the verb says the party stays away of its own accord
	var aliases [][2]string
	aliasesRead := false
	// listedAs reports whether out lists name's party under its other
	// name (the text's aliases, read once: an absence per sentence of a
	// long text must not read all its mentions each time)
	listedAs := func(name string) bool {
		if len(out) == 0 {
			return false
		}
		if !aliasesRead {
			aliases, aliasesRead = d.absenceAliases(), true
		}
		return aliasListed(name, out, aliases)
	}
	add := func(mi, si int) {
		c := d.countryOf(mi)
		if m := &d.ments[mi]; m.typ != PER && m.w1+1 < len(d.words) && (localGov[d.lw(m.w1)] || m.typ == LOC && interimAdj[d.lw(m.w1)]) && subjectNouns[d.lw(m.w1+1)] {
			// "The West Bengal state government", "the region's interim
			// administration": by its own name, not the country's
			c = d.body[m.start:d.words[m.w1+1].end]
		}
		if m := &d.ments[mi]; m.typ == PER {
			// "Hungary's Prime Minister Viktor Orban has said he will not
			// attend": his country is absent
			c = ""
			if m.person >= 0 {
				if !d.walk || !d.namedInLead(m.person) {
					// (one named at the lead's event who walks out of it
					// took part)
					d.people[m.person].part = false
				}
				if d.isCountry(d.people[m.person].affil) {
					c = d.people[m.person].affil
				} else if d.walk || d.people[m.person].affil == "" {
					// one who walks out or stays away for no country
					// ("Opposition negotiator B left the room in anger",
					// "Khalifa Haftar was not invited") by name
					c = d.people[m.person].canonical()
				}
			}
		}
		if m := &d.ments[mi]; m.typ == ORG {
			// a group that acts for itself ("M23", "Hamas", the African
			// Union) is left out by its name; a national body stands
			// for its country ("the State Department will not attend")
			c = ""
			if m.e != nil && (m.e.kind == kGov || m.e.kind == kSeat) {
				c = m.e.country
			} else if m.e != nil && (m.e.kind == kOrg || m.e.kind == kBloc) && m.e.canon != "" {
				c = m.e.canon
			} else if m.e == nil && m.w1-m.w0 >= 2 && d.clauseHead(m.w0) && !officeHead[d.lw(m.w1-1)] {
				// a body of several words no list knows, named as the
				// subject ("The Palestinian Authority was shut out of the
				// discussions": s18), by its own name
				c = d.body[m.start:m.end]
			}
		}
		if !d.walk {
			if r := d.regionAbsent(mi, c, si); r != "" {
				// a region of a country at the table, by its own name
				c = r
			}
		}
		if c != "" && !d.walk && d.partOf(c, si) {
			// a country one of whose people takes part is not absent
			// ("Russia sent no delegation ..." beside "Lavrov
			// attended"); its leader who stays away is ("Modi did not
			// join the call" beside "India was represented by B")
			if m := &d.ments[mi]; m.typ == PER && m.person >= 0 && !slices.Contains(d.absentees, m.person) {
				d.absentees = append(d.absentees, m.person)
				d.absenteeSents = append(d.absenteeSents, si)
			}
			return
		}
		if c == "" || listedAs(c) {
			// (nor twice under its short and long names: "RSF" of the
			// headline, "Rapid Support Forces (RSF)" of the body)
			return
		}
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
		sents = append(sents, si)
		d.stayedAway = append(d.stayedAway, away)
		if d.walk && len(out) <= 64 {
			d.walkedOut |= 1 << (len(out) - 1)
		}
	}
	// a group the text names as one: "the SPLM-IO" (an organisation of
	// no list)
	addGroup := func(mi, si int) {
		m := &d.ments[mi]
		if m.typ != ORG || m.e != nil {
			add(mi, si)
			return
		}
		if name := d.body[m.start:m.end]; !contains(out, name) && !listedAs(name) {
			out = append(out, name)
			sents = append(sents, si)
			d.stayedAway = append(d.stayedAway, away)
			if d.walk && len(out) <= 64 {
				d.walkedOut |= 1 << (len(out) - 1)
			}
		}
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.header {
			continue
		}
		for i := s.w0; i < s.w1; i++ {
			t := d.lw(i)
			switch {
			case d.words[i].lf&fExclude != 0 && !(i > s.w0 && d.lw(i-1) == "the"):
				// (not the noun: "on the sidelines of the BRICS summit")
				for k := i + 1; k < s.w1 && k <= i+3; k++ {
					if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].typ != PER {
						if !d.notMeetingFrom(d.ments[mi].w1, s.w1) && !d.deniedBefore(i, s.w0) {
							add(mi, si)
						}
						break
					}
				}
			case t == "without" && i+1 < s.w1:
				k := i + 1
				if d.lw(k) == "direct" || d.lw(k) == "any" {
					k++
				}
				if g := d.groupAppositive(k, s.w1); g >= 0 {
					// "without the main opposition group, the SPLM-IO"
					addGroup(g, si)
					continue
				}
				if k+3 < s.w1 && d.lw(k) == "the" && (d.lw(k+1) == "participation" || d.lw(k+1) == "presence" || d.lw(k+1) == "involvement") && d.lw(k+2) == "of" && !d.hypothetical(i, s) {
					// (not "without the consent of Nepal": a say, not a seat)
					// "The talks were held without the participation of
					// France, Britain and Germany"
					if a := d.mentionAfterThe(k+3, s.w1); a >= 0 && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, true) {
						l := d.mentionList(a, s.w1)
						for n := 1; n < len(l); n++ {
							if (d.ments[l[n]].typ == PER) != (d.ments[l[0]].typ == PER) {
								l = l[:n] // (not the source after a comma: "..., Ryabkov said")
								break
							}
						}
						if e := d.ments[l[len(l)-1]].w1; d.ments[l[0]].typ != NORP && (e >= s.w1 || !d.words[e].alpha || d.words[e].cap || d.lw(e) == "and" || d.lw(e) == "or") {
							// (not "without the participation of the
							// Amhara people": a people, not a party)
							for _, mi := range l {
								add(mi, si)
							}
						}
					}
					continue
				}
				mi := int(d.mentAt[min(k, s.w1-1)])
				if mi < 0 || d.ments[mi].w0 != k || d.ments[mi].typ == PER {
					continue
				}
				m := &d.ments[mi]
				e := m.w1
				if (d.words[e-1].poss || m.typ == NORP) && e < s.w1 && absenceNouns[d.lw(e)] {
					add(mi, si)
				} else if e+2 < s.w1 && d.lw(e) == "at" && d.lw(e+1) == "the" && d.lw(e+2) == "table" {
					add(mi, si)
				}
			}
			if (t == "suspended" || t == "suspends" || t == "suspend") && i+1 < s.w1 && !d.pastMarker(i, s.w1) {
				// "The commission has suspended Niger from its
				// decision-making bodies", "voted to suspend Niger's voting
				// rights" (not "suspended aid to Niger", "suspended talks")
				if mi := int(d.mentAt[i+1]); mi >= 0 && d.ments[mi].w0 == i+1 && (d.ments[mi].typ == GPE || d.ments[mi].typ == ORG) && d.suspendedFrom(d.ments[mi].w1, s.w1) {
					add(mi, si)
				}
			}
			if a := d.absenceNounAt(i, s); a >= 0 && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, true) {
				// the absence told by a noun, its party after it: "in the
				// absence of Russia", "an empty chair for Kosovo",
				// "Kosovo's seat stood empty", "Absent from the talks
				// were Mali and Niger"
				away = true
				for _, mi := range d.mentionList(a, s.w1) {
					add(mi, si)
				}
				away = false
			}
			if (t == "invite" || t == "invited") && i+1 < s.w1 && i-3 >= s.w0 && d.hasNot(i-3, i) && !d.hasModal(i-3, i) {
				// the party as the object of a negated invitation: "The
				// organisers did not invite Eritrea", "have not invited
				// the Taliban" (not of another time or occasion, a
				// denial, a condition)
				if a := d.mentionAfterThe(i+1, s.w1); a >= 0 && d.ments[d.mentAt[a]].typ != PER && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, true) && !d.deniedBefore(i, s.w0) && !d.conditionalBefore(i, s.w0) && !d.conditionalAfter(i, s.w1) {
					for _, mi := range d.mentionList(a, s.w1) {
						if d.ments[mi].typ != PER {
							add(mi, si)
						}
					}
				}
			}
			if (t == "but" || t == "except") && i+1 < s.w1 {
				// "All member states but Oman attended", "every leader
				// except Kagame took part": the one left of all
				if a := d.allButAt(i, s); a >= 0 {
					away = true
					for _, mi := range d.mentionList(a, s.w1) {
						add(mi, si)
					}
					away = false
				}
			}
			if t == "rather" || t == "instead" {
				// "India was represented by a deputy minister rather than
				// by S. Jaishankar": the one replaced stays away (s18)
				if mi := d.replacedAt(i, s); mi >= 0 {
					away = true
					add(mi, si)
					away = false
				}
			}
			if t == "neither" {
				// "Neither the army-backed government nor the RSF was
				// invited": both sides of the pair are left out
				if a, b, hit, aw := d.neitherNor(i, s.w1); hit {
					away = aw
					for _, g := range [2]int{a, b} {
						switch {
						case g >= 0 && g < len(d.ments):
							addGroup(g, si)
						case g < -1:
							// a body of no name: "the army-backed government"
							if name := d.neitherBody(-g - 2); name != "" && !contains(out, name) {
								out = append(out, name)
								sents = append(sents, si)
								d.stayedAway = append(d.stayedAway, away)
							}
						}
					}
					away = false
				}
			}
			if t == "walkout" && i+2 < s.w1 && d.lw(i+1) == "by" && !d.pastMarker(i, s.w1) && !d.otherOccasion(i, s.w1, true) {
				// "ended with a walkout by Nicaragua's delegation"
				if mi := int(d.mentAt[i+2]); mi >= 0 && d.ments[mi].w0 == i+2 && d.ments[mi].typ != PER {
					d.walk, away = true, true
					add(mi, si)
					d.walk, away = false, false
				}
			}
			if t == "but" && i > s.w0 {
				// "Zelenskiy attended a dinner and met Trump, but was not
				// invited to the main working session": the sentence's
				// subject
				if mi := int(d.mentAt[s.labelEnd]); mi >= 0 && d.ments[mi].w0 == s.labelEnd {
					if hit, a := d.excludedVerbAt(i+1, s.w1); hit {
						away = a
						add(mi, si)
						away = false
					}
				}
			}
			// "<X> has not been invited", "<X> will not take part",
			// "<X>, which has close ties to the army, was not invited",
			// "<X> said it would not attend"
			if mi := d.mentionEndingAt(i); mi >= 0 && (d.ments[mi].typ != PER || d.ments[mi].person >= 0) && d.subjectAt(d.ments[mi].w0, s.w0) {
				j := i + 1
				// (fSubjNoun: subjectNouns)
				if j+1 < s.w1 && d.words[j+1].lf&fSubjNoun != 0 && d.ments[mi].typ != PER && (localGov[d.lw(j)] || interimAdj[d.lw(j)]) {
					j++ // "The West Bengal state government", "X's interim administration"
				}
				if j < s.w1 && d.words[j].lf&fSubjNoun != 0 && d.ments[mi].typ != PER {
					j++ // "The M23 rebels, who ..., were not party to"
				} else if j < s.w1 && d.words[i].poss && d.ments[mi].typ != PER && d.ments[mi].typ != NORP && (envoyNouns[d.lw(j)] || d.unnamedLeader(j, s.w1)) {
					j++ // "Haiti's ambassador walked out": his country did
				} else if j+1 < s.w1 && d.words[i].poss && d.ments[mi].typ != PER && d.ments[mi].typ != NORP && envoyAdj[d.lw(j)] && (envoyNouns[d.lw(j+1)] || d.unnamedLeader(j+1, s.w1)) {
					j += 2 // "Kosovo's chief negotiator walked out", "Lebanon's civilian negotiator"
				} else if j+2 < s.w1 && d.words[i].poss && d.ments[mi].typ != PER && d.ments[mi].typ != NORP && envoyAdj[d.lw(j)] && envoyAdj[d.lw(j+1)] && d.unnamedLeader(j+2, s.w1) {
					j += 3 // "Iran's deputy foreign minister left before the signing" (s18)
				}
				acr := -1 // "The Sahel Liberation Front (SLF), which ..., stayed away"
				if j+2 < s.w1 && d.lw(j) == "(" && d.lw(j+2) == ")" && d.mentAt[j+1] >= 0 && d.ments[mi].typ == ORG {
					acr = int(d.mentAt[j+1])
					j += 3
				}
				relHit, relAway := false, false
				if j+2 < s.w1 && d.lw(j) == "," && d.lw(j+1) == "which" && d.ments[mi].typ != PER {
					// the absence told in a relative clause: "The United
					// States, which did not attend, was nevertheless the
					// elephant in the room" (a state or a body; a person
					// "who was not at the talks" and speaks of them is
					// mostly an outsider who comments, not a missing party)
					relHit, relAway = d.relativeAbsence(j+2, s.w1)
				}
				j = d.skipAside(j, s.w1)
				if w0 := d.ments[mi].w0; j+1 < s.w1 && d.lw(j) == "," && d.words[j+1].lf&fAux != 0 && d.ments[mi].typ == PER && w0 > s.w0 && d.lw(w0-1) == "," {
					// a name in apposition between commas, then its verb:
					// "Ecuador's Energy Minister, Ines Manzano, did not
					// attend, according to officials"
					j++
				}
				for j < s.w1 && (d.lw(j) == "has" || d.lw(j) == "have" || d.lw(j) == "had") {
					j++
				}
				if j+1 < s.w1 && (d.lw(j) == "said" || d.lw(j) == "says" || d.lw(j) == "say") {
					// "said it", "said in a joint statement that they"
					for p := j + 1; p < s.w1 && p <= j+7; p++ {
						if t := d.lw(p); t == "it" || t == "they" || t == "he" || t == "she" {
							j = p + 1
							break
						} else if t == "," || t == "." || t == ";" {
							break
						}
					}
				}
				k := d.auxEnd(j, s.w1)
				hit := false
				away = false
				if k < s.w1 && k > j && d.hasNot(j, k) {
					hit, away = d.notTakingPart(k, s.w1)
					for w := d.ments[mi].w1; away && w < j; w++ {
						// "Ukraine, which was not invited, did not send a
						// delegation": left out first
						away = !(d.lw(w) == "invited" || d.lw(w) == "excluded") || !d.hasNot(max(w-2, 0), w)
					}
				}
				if k < s.w1 && k > j && !d.hasNot(j, k) && !d.hasModal(j, k) && (d.lw(k) == "excluded" && !d.notMeetingFrom(k+1, s.w1) || d.lw(k) == "left" && k+1 < s.w1 && d.lw(k+1) == "out" && !d.notMeetingFrom(k+2, s.w1) || d.lw(k) == "suspended" && k+1 < s.w1 && d.lw(k+1) == "from" && !d.pastMarker(k, s.w1) || d.keptOutAt(k, s.w1)) {
					// (not "could be excluded", "has never been excluded")
					hit, away = true, false
				}
				if !hit && k < s.w1 && !d.hasNot(j, k) && !d.hasModal(j, k) && d.noInvitationAt(k, s.w1) {
					hit, away = true, false // "received no invitation"
				}
				if !hit && k+2 < s.w1 && (k > j && d.lw(k) == "unable" || d.lw(k) == "failed") && d.lw(k+1) == "to" && !d.hasNot(j, k) {
					// "was unable to attend", "were unable to travel to
					// <the venue>"
					hit, away = d.notTakingPart(k+2, s.w1)
				}
				if k+1 < s.w1 && k > 0 && (d.lw(k-1) == "had" || d.lw(k-1) == "has" || d.lw(k-1) == "have") && d.lw(k) == "no" && absentNoun(d.lw(k+1)) && d.atTalks(k+2, s.w1) && !d.pastMarker(k, s.w1) {
					// "The M23 ... had no representative in the chamber"
					hit, away = true, true
				}
				if k < s.w1 && !d.hasNot(j, k) && !d.hasModal(j, k) && d.withdrawsAt(k, s.w1) {
					// "Li Qiang has cancelled his attendance", "Mali
					// pulled out of the summit", "X will boycott the talks"
					hit, away = true, true
					// (leaving early is partial attendance, no walkout: the
					// country of one who left took part: partialLeave)
					d.walk = strings.HasPrefix(d.lw(k), "walk") || (d.lw(k) == "left" || d.lw(k) == "leaves") && !d.partialLeave(k, s.w1)
				}
				// (a person at the head of the sentence: after a title, a
				// comma or nothing, not "Trump left Evian and")
				headPer := d.ments[mi].typ == PER && d.ments[mi].person >= 0 && (d.ments[mi].w0 <= s.labelEnd || d.ments[mi].w0 == 0 || d.words[d.ments[mi].w0-1].cap || d.lw(d.ments[mi].w0-1) == ",")
				second := false // the absence is told by a second verb
				if !hit && headPer && k < s.w1 && (k == j || k > j && d.lw(k-1) == "to") {
					// "Trump left Evian on Monday evening and did not
					// attend the final session": a second verb; "had
					// been expected to attend but cancelled her trip"
					for a := j; a < s.w1 && a < j+12; a++ {
						if t := d.lw(a); t == "but" && k != j {
							if v := d.auxEnd(a+1, s.w1); v < s.w1 && !d.hasNot(a+1, v) && d.withdrawsAt(v, s.w1) {
								hit, away, k, second = true, true, v, true
							}
							break
						} else if clauseEnd(t) || t == "," || t == "said" {
							break
						} else if t == "and" {
							if hit, away = d.excludedVerbAt(a+1, s.w1); hit {
								k = d.auxEnd(a+1, s.w1)
							} else if v := d.auxEnd(a+1, s.w1); v < s.w1 && !d.hasNot(a+1, v) && d.withdrawsAt(v, s.w1) {
								// "left on Monday and missed the final session"
								hit, away, k = true, true, v
							}
							second = hit
							break
						}
					}
				}
				if !hit && k < s.w1 && (k > j && d.lw(k-1) == "to" || planWord(d.lw(k))) && (headPer || d.ments[mi].typ != PER) {
					// "Oman had planned to attend but withdrew", "B was
					// expected to attend but pulled out on Tuesday"
					if v := d.plannedButWithdrew(j, s.w1); v > 0 {
						hit, away, k, second = true, true, v, headPer
					}
				}
				stoodIn, standFor := false, ""
				if hit && headPer {
					stoodIn, standFor = d.standInBefore(mi, s, si)
					if p := d.people[d.ments[mi].person]; stoodIn && p.affil == "" && standFor != "" {
						p.affil, p.affilScore = standFor, affDelegation
					}
				}
				if hit && headPer && (stoodIn || d.standIn(k, s.w1, d.people[d.ments[mi].person].affil) || second || d.standInNext(si)) {
					// "Sanchez did not attend and sent Interior Minister
					// B in his place": he is absent, his country is not;
					// so is who "left on Monday and missed the final
					// session" (he came)
					d.people[d.ments[mi].person].part = false
					if !slices.Contains(d.absentees, d.ments[mi].person) {
						d.absentees = append(d.absentees, d.ments[mi].person)
						d.absenteeSents = append(d.absenteeSents, si)
					}
					hit = false
				}
				if !hit && relHit && k < s.w1 && !tookPartVerb(d.lw(k)) {
					// (not "Mali, which had threatened to stay away,
					// attended")
					hit, away = true, relAway
				}
				if hit && d.deniedBefore(d.ments[mi].w0, s.w0) {
					// what is denied: "Officials denied reports that
					// Saudi Arabia had been excluded"
					hit = false
				}
				if hit && d.conditionalBefore(d.ments[mi].w0, s.w0) {
					// the subject of a condition: "would not attend
					// unless the Polisario Front was excluded"
					hit = false
				}
				if hit && d.conditionalAfter(k, s.w1) {
					// "said it would not attend unless its flag was
					// flown", "will boycott the talks if ...": a threat
					// or a condition, no absence yet
					hit = false
				}
				if hit && d.butAnotherDid(k, s.w1) {
					// "Trump did not join the call, but Secretary of State
					// Marco Rubio did": the country took part
					hit = false
				}
				if hit {
					// the whole subject list: "Mali, Burkina Faso and Niger"
					for _, li := range d.listBefore(mi, s.w0) {
						add(li, si)
					}
					if m := &d.ments[mi]; m.typ == ORG && m.e == nil && acr >= 0 && d.ments[acr].e == nil {
						addGroup(acr, si) // by the short name the text gives it
					} else if m.typ == ORG && m.e == nil && (d.words[m.w0].allCap && m.w1-m.w0 == 1 || acr >= 0 || d.groupName(m)) {
						addGroup(mi, si) // "The TPLF ... stayed away": a group of no list by its name
					} else {
						add(mi, si)
					}
				}
				away, d.walk = false, false
			}
		}
	}
	return out, sents
}

// walkMoment reports whether the words from k time a walkout by a moment
// of the session it leaves, whose noun then names no other occasion:
// "(walked out) before the vote", "during a speech by B", "(of) ahead of
// the vote".
func (d *doc) walkMoment(k, limit int) bool {
	if k < limit && d.lw(k) == "of" && (d.strandedOf(k, limit) || d.eventSoon(k+1, limit)) {
		// (past the session it leaves: "of the session before the vote")
		for e := k + 6; k < e && k+1 < limit; {
			k++
			if t := d.lw(k); t == "before" || t == "during" || t == "ahead" || t == "," {
				break
			}
		}
	}
	if k >= limit {
		return false
	}
	switch d.lw(k) {
	case "before", "during", "midway", "ahead", "as", "when":
		return true
	}
	return false
}

// strandedOf reports whether the "of" at word k ends its relative clause
// with no object, the talks before "that" or "which" being its object: "a
// special session that Iran's ambassador walked out of before the vote".
func (d *doc) strandedOf(k, limit int) bool {
	if k+1 < limit {
		switch t := d.lw(k + 1); {
		case clauseEnd(t), t == ",", t == "before", t == "after", t == "during", t == "on", t == "in", t == "midway":
		default:
			return false
		}
	}
	for r := k - 3; r > 0 && r >= k-10; r-- {
		if t := d.lw(r); t == "that" || t == "which" {
			return d.meetNounIn(max(r-3, 0), r, "session", "ceremony", "round")
		}
	}
	return false
}

// namedInLead reports whether person pi is named in the lead sentence.
func (d *doc) namedInLead(pi int) bool {
	if d.leadSent < 0 {
		return false
	}
	for _, mi := range d.people[pi].ments {
		if d.ments[mi].sent == d.leadSent {
			return true
		}
	}
	return false
}

// partOf reports whether a person of country c takes part who is named
// outside sentence si (which tells of the absence: its subject may be
// the person himself, "Ukrainian President Zelenskiy ..., but was not
// invited").
func (d *doc) partOf(c string, si int) bool {
	for _, p := range d.people {
		if !p.part || p.affil != c || !stateOffice(p) {
			continue
		}
		here := false
		for _, mi := range p.ments {
			here = here || d.ments[mi].sent == si
		}
		if !here {
			return true
		}
	}
	return false
}

// stateOffice reports whether p holds an office of his or her state, by
// which the state takes part: a minister, an envoy (not an opposition,
// exiled or rebel figure, nor one named with no office: "Venezuela
// boycotted the meeting" beside "opposition leader Machado joined the
// talks" leaves Venezuela absent).
func stateOffice(p *personC) bool {
	role := p.role
	if role == "" && p.known != nil {
		role = p.known.role
	}
	if role == "" {
		return false
	}
	role = strings.ToLower(role)
	for _, w := range []string{"opposition", "exile", "rebel", "dissident", "activist", "former", "candidate", "insurgent"} {
		if strings.Contains(role, w) {
			return false
		}
	}
	return true
}

// excludedVerbAt reports whether the words from j say that their subject
// was not invited or will not take part ("was not invited", "will not
// attend"), and whether it stays away of its own accord (see
// notTakingPart).
func (d *doc) excludedVerbAt(j, limit int) (hit, away bool) {
	k := d.auxEnd(j, limit)
	if k >= limit || k == j || !d.hasNot(j, k) {
		return false, false
	}
	return d.notTakingPart(k, limit)
}

// notTakingPart reads the verb at word k after a negation: whether it says
// that the subject takes no part in the talks ("not invited", "did not
// attend", "will not take part", "did not travel to <venue>", "did not
// send a delegation", "is not a party to"), and whether it stays away of
// its own accord (away) rather than being left out.
func (d *doc) notTakingPart(k, limit int) (hit, away bool) {
	switch d.lw(k) {
	case "invited", "included":
		// (not "was not invited to a dinner hosted by B last year": the
		// object of "to" names the talks or nothing else, of the story's
		// time; a follow-up's "to the talks in Riyadh last week" after a
		// lead of talks "last week" is of it: see pastOfTalks)
		if d.pastMarker(k, limit) && !d.pastOfTalks(k, limit) {
			return false, false
		}
		return true, false
	case "participate":
		return true, true
	case "take":
		return k+1 < limit && d.lw(k+1) == "part", true // not "did not take a position"
	case "travel", "go", "come", "fly":
		// "did not travel to Washington": the venue
		return k+2 < limit && d.lw(k+1) == "to" && d.venueAt(k+2, d.venuePlace), true
	case "send":
		// "did not send an official delegation to the talks", "did not
		// send anyone"
		return d.sendsNoOne(k+1, limit), true
	case "show", "turn":
		// "did not show up", "failed to turn up" (not "did not show any
		// interest", "did not turn up the heat")
		return k+1 < limit && d.lw(k+1) == "up" && (k+2 >= limit || !d.words[k+2].alpha || d.lw(k+2) == "at" || d.lw(k+2) == "for" || d.lw(k+2) == "in" || d.lw(k+2) == "on") && !d.otherOccasion(k, limit, true) && !d.pastMarker(k, limit), true
	case "make":
		// "did not make the trip" (to the talks)
		return k+2 < limit && d.lw(k+1) == "the" && (d.lw(k+2) == "trip" || d.lw(k+2) == "journey") && !d.otherOccasion(k, limit, true) && !d.pastMarker(k, limit), true
	case "present", "here", "with":
		// "was not present", "could not be here today", "could not be
		// with us" (not "was not present at the signing last year", "was
		// not with the delegation")
		if d.lw(k) == "with" && (k+1 >= limit || d.lw(k+1) != "us" && d.lw(k+1) != "them") {
			return false, false
		}
		e := k + 1
		if d.lw(k) == "with" {
			e++
		}
		return (e >= limit || !d.words[e].alpha || d.atTalks(e, limit) || d.lw(e) == "today" || d.lw(e) == "because" || d.lw(e) == "due") && !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true), true
	case "among":
		// "was not among the invitees", "not among those invited"
		for p := k + 1; p < limit && p <= k+3; p++ {
			switch d.lw(p) {
			case "invitees", "invited", "participants", "attendees", "guests", "delegations", "signatories":
				return !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true), d.lw(p) == "participants" || d.lw(p) == "attendees"
			}
		}
	case "receive", "received", "get", "got":
		// "did not receive an invitation", "has not received an
		// invitation to the talks": left out
		for p := k + 1; p < limit && p <= k+3; p++ {
			if d.lw(p) == "invitation" || d.lw(p) == "invite" {
				return (!d.pastMarker(k, limit) || d.pastOfTalks(k, limit)) && !d.earlierObject(p+1, limit), false
			}
		}
	case "represented":
		// "was not represented", "was not represented at the talks"
		// "was not represented in Doha" (the venue)
		// "was not represented at all"
		return k+1 >= limit || clauseEnd(d.lw(k+1)) || d.lw(k+1) == "at" && (d.eventSoon(k+2, limit) || k+2 < limit && d.lw(k+2) == "all") || d.lw(k+1) == "in" && k+2 < limit && d.venueAt(k+2, d.venuePlace), true
	case "attend", "join":
		// the talks, or nothing more ("will not attend."; not "did not
		// attend the state banquet", "did not join Western sanctions",
		// nor "did not attend a funeral in Nairobi last week": another,
		// earlier occasion, unless the lead's talks were held then)
		// (nor "would not attend next month's APEC summit": a later one)
		return (d.eventObject(k+1, limit) || d.theCall(k+1, limit)) && (!d.pastMarker(k, limit) || d.pastOfTalks(k, limit)) && !d.laterObject(k+1, limit), true
	case "party", "a":
		// "were not party to the talks", "is not a party to"
		p := k
		if d.lw(p) == "a" {
			p++
		}
		return p+1 < limit && d.lw(p) == "party" && d.lw(p+1) == "to" && !d.partyToCase(p+2, limit), false
	case "at", "in":
		// "was not at the table", "is not in the room", "was not at the
		// talks" (a place of the talks, of the story's time; not "was not
		// in Geneva", "not at the talks in 2019")
		// (not a question: "WHO IS NOT AT THE TABLE?" asks)
		return d.atTalks(k, limit) && !d.pastMarker(k, limit) && d.lw(d.sents[d.words[k].sent].w1-1) != "?", true
	}
	return d.notTakingPart18(k, limit)
}

// partyToCase reports whether the object of "not (a) party to" at word k
// is a court case or a conflict rather than talks: a party to a case or a
// conflict is a legal or warring side, and one that is not is no
// absentee ("is not a party to the case" beside a hearing; not "to the
// Doha talks", nor "to the agreement" of a signing, which leaves it out).
func (d *doc) partyToCase(k, limit int) bool {
	for i := k; i < limit && i < k+4; i++ {
		switch d.lw(i) {
		case "case", "cases", "lawsuit", "complaint", "proceedings", "conflict", "dispute":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// auxEnd returns the word after the auxiliaries and negations (up to
// four) that start at word j: the verb of "will not attend", "could not
// be".
func (d *doc) auxEnd(j, limit int) int {
	k := j
	for k < limit && k <= j+3 && (d.words[k].lf&fAux != 0 || negAux(d.lw(k))) {
		k++
	}
	return k
}

// negAux reports whether t may stand between a subject and "attend" in a
// refusal: "not", "could not", "cannot", "won't".
func negAux(t string) bool {
	return negWord(t) || t == "could" || t == "can"
}

// eventObject reports whether what follows "will not attend" or "join"
// at word k is the talks: nothing more, "in person", a date, or a noun of
// talks within five words (not "the state banquet", "Western sanctions",
// "school", "NATO").
func (d *doc) eventObject(k, limit int) bool {
	if k >= limit || clauseEnd(d.lw(k)) {
		return true // "will not attend."
	}
	switch t := d.lw(k); t {
	case "the", "a", "an", "his", "her", "its", "their", "any", "this", "next":
		// a noun phrase: the talks, or a date ("this week"), decide
	case "in":
		// "in person", "in Johannesburg" (not "in school")
		return k+1 < limit && (d.lw(k+1) == "person" || d.words[k+1].cap)
	default:
		if !d.words[k].cap || d.mentAt[k] >= 0 && d.ments[d.mentAt[k]].typ == LOC {
			// no noun phrase after the verb: "will not attend and will be
			// represented by Lavrov", "for security reasons", "personally"
			// (not "school", "university", "Mass")
			switch t {
			case "school", "university", "college", "church", "mass", "classes", "work", "nato", "it":
				return t == "it"
			}
			return !d.words[k].cap || d.mentAt[k] >= 0
		}
	}
	for i := k; i < limit && i < k+6; i++ {
		if d.words[i].lf&fMeetNoun != 0 {
			return true
		}
		switch d.lw(i) {
		case "session", "ceremony", "round", "forum", "conference", "gathering", "meetings", "event", "g7", "g20", "brics",
			"opening", "closing", "signing", "inauguration", "parade", "week", "day", "today", "tomorrow", "monday", "tuesday",
			"wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		case ",", ";", ".":
			return false
		case "on", "at", "in", "after", "with":
			if i > k+1 {
				// the object's noun phrase ended: what follows times or
				// places it ("did not attend the royal dinner on Tuesday
				// evening": a dinner, not the talks)
				return false
			}
		}
	}
	return false
}

// atTalks reports whether the words from k end the clause or place it at
// the talks: "had no representative." or "... in the chamber", "at the
// talks" (not "on the panel").
func (d *doc) atTalks(k, limit int) bool {
	if k >= limit || clauseEnd(d.lw(k)) {
		return true
	}
	if t := d.lw(k); t != "at" && t != "in" && t != "to" {
		return false
	}
	for i := k + 1; i < limit && i <= k+4; i++ {
		if d.words[i].lf&fMeetNoun != 0 {
			return true
		}
		switch d.lw(i) {
		case "chamber", "session", "hall", "room", "council", "assembly", "table":
			return true
		}
	}
	return false
}

// butAnotherDid reports whether the clause from word k goes on with
// another who did take part: "..., but Secretary of State Marco Rubio
// did", "but sent its foreign minister", "but was represented by".
func (d *doc) butAnotherDid(k, limit int) bool {
	for i := k; i < limit && i < k+12; i++ {
		if d.lw(i) != "but" {
			continue
		}
		for j := i + 1; j < limit && j <= i+10; j++ {
			switch d.lw(j) {
			case "did", "attended", "joined", "represented", "sent":
				return true
			case ".", ";":
				return false
			}
		}
	}
	return false
}

// standIn reports whether the sentence goes on from word k with someone
// sent in the subject's place, and marks who takes part: "and sent
// Interior Minister B in his place", ", sending its ambassador instead",
// "and was represented by B", ", where B represented the United States".
func (d *doc) standIn(k, limit int, aff string) bool {
	for i := k + 1; i < limit; i++ {
		switch d.lw(i) {
		case "sent", "sending":
			for q := i + 1; q < limit && q <= i+4; q++ {
				if mi := d.mentAt[q]; mi >= 0 && d.ments[mi].typ == PER || d.roleAt(q, limit) > 0 {
					d.markList(i+1, limit, aff)
					return true
				}
			}
		case "represented":
			if i+1 < limit && d.lw(i+1) == "by" {
				d.markList(i+2, limit, aff)
				return true
			}
			if mi := d.mentionEndingAt(i - 1); mi >= 0 && d.ments[mi].person >= 0 {
				// ", where B represented the United States"
				p := d.people[d.ments[mi].person]
				p.part = true
				w := i + 1
				if w < limit && d.lw(w) == "the" {
					w++
				}
				if c := int(d.mentAt[min(w, limit-1)]); c >= 0 && d.ments[c].typ != PER {
					if a, _, _ := d.affilOf(c); a != "" && affDelegation > p.affilScore {
						p.affil, p.affilScore = a, affDelegation
					}
				}
				return true
			}
		}
	}
	return false
}

// theCall reports whether "the call" at word k is the talks: the lead
// tells of a video or telephone call ("did not join the call"; not "the
// call for new sanctions" after talks in a room).
func (d *doc) theCall(k, limit int) bool {
	if k+1 >= limit || d.lw(k) != "the" || d.lw(k+1) != "call" || k+2 < limit && d.lw(k+2) == "for" || d.leadSent < 0 {
		return false
	}
	return d.phoneSent(&d.sents[d.leadSent])
}

// pastMarker reports whether the clause of word k (clauseAt; words
// before limit) tells of an earlier time than the lead's: "last year",
// "in 2023", "two years ago", "previously" (not the talks of the story).
//
// A time inside the object the clause names counts too (earlierOccasion):
// "Kosovo skipped last year's summit", "was not invited to last year's
// summit", "boycotted the 2024 election" (the clause's own time reads
// adverbs and prepositional phrases of time, not an occasion's
// determiner).
func (d *doc) pastMarker(k, limit int) bool {
	c := d.clauseAt(k)
	if c.when == whenBefore && c.whenAt < limit && !d.asideTime(c.whenAt, k, c.w0) {
		return true
	}
	return d.earlierOccasion(k+1, min(limit, max(c.w1, k+1)))
}

// asideTime reports whether the time at word w, before word k of its
// clause (from lo), stands in an aside set off by commas between the
// subject and k: "Guinea-Bissau, where the military seized power in
// November, has been suspended" (the aside's own time, not the verb's).
func (d *doc) asideTime(w, k, lo int) bool {
	if w < 0 || w >= k {
		return false
	}
	end := -1
	for p := w + 1; p < k; p++ {
		if d.lw(p) == "," {
			end = p
			break
		}
	}
	if end < 0 {
		return false
	}
	for p := w - 1; p >= lo && p > w-12; p-- {
		if d.lw(p) == "," {
			return end-p > 3 && p > lo
		}
	}
	return false
}

// earlierOccasion reports whether the eight words from k (before limit
// and the clause's end) name an occasion by a time before the story's,
// as a determiner of its noun: "last year's summit", "last month's
// talks", "the previous round", "an earlier meeting", "the 2024 summit"
// published in 2026. Not the time of the lead's own talks ("last week's
// talks" in a follow-up whose lead says "last week"), nor "last" before
// a noun of no time ("the last round", which may be this one).
func (d *doc) earlierOccasion(k, limit int) bool {
	for p := k; p < limit && p < k+8; p++ {
		t := d.lw(p)
		switch {
		case t == "." || t == ";" || t == ":" || t == "but" || t == ",":
			// (not past an aside's comma: "Britain, France and Germany,
			// which negotiated the 2015 deal, were not part of")
			return false
		case t == "last" && p+1 < limit:
			if !d.words[p+1].poss {
				continue // ("last year" alone is the clause's time, read by clauseAt)
			}
			if n := d.lw(p + 1); n == "year" || n == "month" || n == "week" || n == "autumn" || n == "spring" || n == "summer" || n == "winter" || monthNames[n] > 0 {
				return !d.leadSays("last", n)
			}
		case (t == "previous" || t == "earlier") && p > k && occasionDet(d.lw(p-1)) && p+1 < limit && !d.words[p+1].punct:
			return true
		case isYear(t) && d.pubYear > 0 && p > k && occasionDet(d.lw(p-1)) && p+1 < limit && d.words[p+1].alpha && !d.words[p+1].cap:
			// "the 2024 election" (not "in 2024", the clause's time)
			return atoi4(t) < d.pubYear
		}
	}
	return false
}

// occasionDet reports whether t may stand before the time of an occasion:
// "the previous round", "its 2024 summit".
func occasionDet(t string) bool {
	switch t {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that":
		return true
	}
	return false
}

// leadSays reports whether the lead sentence holds the words a b: the
// story's own time ("last week" in a follow-up's lead).
func (d *doc) leadSays(a, b string) bool {
	if d.leadSent < 0 {
		return false
	}
	ls := &d.sents[d.leadSent]
	for j := ls.w0; j+1 < ls.w1; j++ {
		if d.lw(j) == a && d.lw(j+1) == b {
			return true
		}
	}
	return false
}

// pastOfTalks reports whether the past time of the clause of word k
// (pastMarker) is the time of the lead's own talks, and the clause's
// object names talks: a follow-up story's "Ukraine was not invited to the
// talks in Riyadh last week" after a lead "U.S. and Russian officials met
// in Riyadh last week" or "at last week's talks" (the same words of time
// in the lead; not "to a dinner hosted by B last year", nor "to the talks
// in 2023" after a lead of last week).
func (d *doc) pastOfTalks(k, limit int) bool {
	if d.leadSent < 0 || d.words[k].sent == d.leadSent {
		return false
	}
	w := d.clauseAt(k).whenAt
	if w <= k || w >= limit || !d.meetNounIn(k+1, w) {
		return false
	}
	s := &d.sents[d.words[k].sent]
	a, b := w, w+1 // the words of time
	switch d.lw(w) {
	case "last", "in", "since":
		b = w + 2
		if d.lw(w) == "in" && w+2 < s.w1 && isYear(d.lw(w+2)) {
			b = w + 3 // "in November 2023"
		}
	case "earlier":
		b = w + 3 // "earlier this month"
	case "ago":
		a = w - 2 // "two weeks ago"
	}
	if a < s.w0 || b > s.w1 {
		return false
	}
	ls := &d.sents[d.leadSent]
	n := b - a
	for j := ls.labelEnd; j+n <= ls.w1; j++ {
		same := true
		for q := 0; q < n && same; q++ {
			same = d.lw(j+q) == d.lw(a+q)
		}
		if same {
			return true
		}
	}
	return false
}

// absentNoun reports whether t, after "had no", names who would have
// taken part: "had no representative", "has no delegation".
func absentNoun(t string) bool {
	switch t {
	case "representative", "representatives", "delegation", "delegates", "delegate", "envoy", "seat", "role":
		// ("had no role in Tuesday's meeting")
		return true
	}
	return false
}

// withdrawsAt reports whether the words from k say that their subject
// stays away: "cancelled his attendance", "pulled out of", "withdrew
// from", "boycotted", "will skip".
func (d *doc) withdrawsAt(k, limit int) bool {
	if d.withdraws18(k, limit) {
		return true // (stop 18's forms: absence18.go)
	}
	switch d.lw(k) {
	case "boycott", "boycotts", "boycotted", "boycotting", "skip", "skips", "skipped", "skipping", "snubbed", "snubs":
		// (not "skipped the meeting in Johannesburg last year": an
		// earlier occasion, unless the lead's talks were held then)
		return d.awayEventSoon(k+1, limit) && (!d.pastMarker(k, limit) || d.pastOfTalks(k, limit))
	case "stayed", "stays", "stay", "staying":
		// "The TPLF ... stayed away" (the talks, or nothing more; not
		// "stayed away from the debate", nor a summit of last year)
		if k+1 < limit && (d.lw(k+1) == "home" || d.lw(k+1) == "behind" || d.otherPlaceAfter(k+1, min(k+3, limit), "in")) {
			// "stayed home", "stayed in Canberra for a parliamentary
			// sitting" (a place other than the venue's), of the story's
			// time
			return d.venuePlace != nil && !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, false)
		}
		return k+1 < limit && d.lw(k+1) == "away" && (k+2 >= limit || clauseEnd(d.lw(k+2)) || d.lw(k+2) == "from" && d.eventSoon(k+3, limit) || d.lw(k+2) != "from" && d.noObjectAfter(k+2, limit)) && !d.pastMarker(k, limit)
	case "pulled", "pulls", "pull", "pulling":
		// "pulled out of the summit"; "Rwanda pulled out on Monday,
		// saying ..." (no object: the talks; not "pulled out its
		// troops", "pulled out of the deal")
		return k+2 < limit && d.lw(k+1) == "out" && (d.lw(k+2) == "of" && d.eventSoon(k+3, limit) || d.noObjectAfter(k+2, limit) && !d.pastMarker(k, limit))
	case "sat", "sits", "sit", "sitting", "opted", "opts", "opt", "opting":
		// "Japan sat out the talks", "sat out.", "Slovakia opted out of the
		// meeting" (not "sat out the World Cup", "opted out of the euro")
		if k+1 >= limit || d.lw(k+1) != "out" || d.pastMarker(k, limit) || d.otherOccasion(k, limit, true) {
			return false
		}
		o := k + 2
		if o < limit && d.lw(o) == "of" {
			o++
		}
		return d.awayEventSoon(o, limit) || d.noObjectAfter(k+2, limit)
	case "gave", "gives", "give", "giving":
		// "gave the summit a miss"
		for p := k + 2; p+1 < limit && p <= k+5; p++ {
			if d.lw(p) == "a" && d.lw(p+1) == "miss" {
				return d.awayEventSoon(k+1, p) && !d.pastMarker(k, limit)
			}
		}
	case "notable", "conspicuous", "noticeable":
		// "Algeria was notable by its absence"
		return k+3 < limit && d.lw(k+1) == "by" && (d.lw(k+3) == "absence" || d.lw(k+3) == "absences") && !d.pastMarker(k, limit)
	case "chose", "chooses", "choose", "decided", "decides", "preferred", "prefers", "elected":
		// "Bolivia chose to stay away", "decided to boycott the talks"
		return k+2 < limit && d.lw(k+1) == "to" && d.lw(k+2) != d.lw(k) && d.withdrawsAt(k+2, limit)
	case "missed", "misses", "miss":
		// "missed the final session", "missed the summit"
		return d.eventSoon(k+1, limit) && !d.pastMarker(k, limit)
	case "absent", "missing":
		// "was absent", "was absent from the talks", "was missing from
		// the summit", "was conspicuously missing."
		if d.lw(k) == "missing" && (k+1 >= limit || d.lw(k+1) != "from") && !(k > 0 && absenceAdverb(d.lw(k-1))) {
			return false // (not "the missing journalists", "was missing")
		}
		return (k+1 >= limit || clauseEnd(d.lw(k+1)) || d.lw(k+1) == "from" && d.eventSoon(k+2, limit)) && !d.pastMarker(k, limit)
	case "declined", "declines", "refused", "refuses", "rejected", "rejects", "spurned", "spurns":
		// "declined to attend", "refused to take part", "declined an
		// invitation", "rejected an invitation", "spurned the invitation"
		// (not "declined to attend the state banquet", "an invitation
		// to the inauguration"; "rejected" only of an invitation: not
		// "rejected the proposal", "rejected to")
		if k+2 < limit && d.lw(k+1) == "to" && !strings.HasPrefix(d.lw(k), "rej") && !strings.HasPrefix(d.lw(k), "spurn") {
			switch d.lw(k + 2) {
			case "attend", "join":
				return d.eventObject(k+3, limit)
			case "participate", "come", "travel":
				return true
			case "send":
				// "refused to send a delegation", "declined to send
				// anyone": one who sends no one stays away
				return d.sendsNoOne(k+3, limit) && !d.otherOccasion(k, limit, true)
			case "take":
				// (not "declined to take part in the celebrations later
				// this month")
				return k+3 < limit && d.lw(k+3) == "part" && !d.otherOccasion(k, limit, true)
			}
		}
		return d.invitationAt(k+1, limit)
	case "turned":
		return k+1 < limit && d.lw(k+1) == "down" && d.invitationAt(k+2, limit)
	case "sent", "sends":
		// "sent no delegation", "sent no one", "sent nobody"
		return k+1 < limit && (d.lw(k+1) == "nobody" || k+2 < limit && d.lw(k+1) == "no" && (absentNoun(d.lw(k+2)) || d.lw(k+2) == "one" || d.lw(k+2) == "officials" || d.lw(k+2) == "minister")) && !d.otherOccasion(k, limit, true)
	case "a":
		// "was a no-show", "was a notable absentee"
		for p := k + 1; p < limit && p <= k+3; p++ {
			switch d.lw(p) {
			case "no-show", "absentee":
				return !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true)
			case "show":
				return d.lw(p-1) == "-" && d.lw(p-2) == "no" && !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true)
			}
		}
	case "walked", "walks", "walk":
		// "the RSF walked out over air strikes", "walked out of the
		// talks" (not "walked out of the hospital")
		if k+1 >= limit || d.lw(k+1) != "out" || d.pastMarker(k, limit) || d.otherOccasion(k, limit, !d.inProtest(k+2, limit) && !d.walkMoment(k+2, limit)) {
			return false
		}
		switch d.lw(k + 2) {
		case "during", "midway", "when", "as", "before":
			// "walked out during a speech by B"
			return true
		}
		return k+2 >= limit || clauseEnd(d.lw(k+2)) || d.lw(k+2) == "over" || d.lw(k+2) == "in" || d.lw(k+2) == "on" || d.lw(k+2) == "after" || d.lw(k+2) == "of" && (d.eventSoon(k+3, limit) || d.hallAt(k+3, limit) || d.strandedOf(k+2, limit))
	case "left", "leaves":
		// "left the hall midway through a speech": a walkout (not "left
		// the country", "left the talks last year")
		if k+2 < limit && d.lw(k+1) == "the" && !d.pastMarker(k, limit) {
			switch d.lw(k + 2) {
			case "hall", "chamber", "room":
				// ("in protest" names no other event)
				return d.protestAfter(k+3, limit) && !d.otherOccasion(k, limit, d.lw(k+3) != "in")
			}
		}
	case "notably", "conspicuously", "noticeably", "pointedly", "also", "again":
		// an adverb before the word of absence: "was conspicuously
		// absent", "pointedly stayed away"
		return k+1 < limit && d.lw(k+1) != d.lw(k) && d.withdrawsAt(k+1, limit)
	case "withdrew", "withdraws", "withdraw", "withdrawn":
		return k+1 < limit && d.lw(k+1) == "from" && d.eventSoon(k+2, limit)
	case "cancelled", "canceled", "cancels", "cancel":
		if k+2 < limit {
			switch d.lw(k + 1) {
			case "his", "her", "its", "their":
				switch d.lw(k + 2) {
				case "attendance", "participation", "visit", "trip":
					return true
				}
			}
		}
	}
	return false
}

// absenceAdverb reports whether t is an adverb that marks an absence as
// noticed: "conspicuously missing", "notably absent".
func absenceAdverb(t string) bool {
	switch t {
	case "notably", "conspicuously", "noticeably", "pointedly":
		return true
	}
	return false
}

// noObjectAfter reports whether the words from k end a verb of staying
// away with no object of their own: the clause ends, or a time, a reason
// or a comma follows ("pulled out on Monday", "pulled out, citing",
// "sat out because of", "opted out at the last minute"; not "pulled out
// its troops").
func (d *doc) noObjectAfter(k, limit int) bool {
	if k >= limit || clauseEnd(d.lw(k)) {
		return true
	}
	switch d.lw(k) {
	case ",", "citing", "after", "over", "because", "amid", "following", "in", "at", "on", "late", "earlier", "this":
		if d.lw(k) == "in" && (k+1 >= limit || d.lw(k+1) != "protest") {
			return false // ("in protest", not "in Syria")
		}
		if d.lw(k) == "at" && (k+2 >= limit || d.lw(k+2) != "last" && d.lw(k+2) != "eleventh") {
			return false // ("at the last minute")
		}
		if d.lw(k) == "on" && (k+1 >= limit || !weekdayWord(d.lw(k+1))) {
			return false // ("on Monday")
		}
		return true
	}
	return false
}

// standInNext reports whether the sentence after si tells that someone
// took the absentee's place: "A deputy minister took his seat", "Her
// deputy stood in", "The ambassador attended in his place" (a person
// who stays away while another takes part for the country is absent by
// name, not the country).
func (d *doc) standInNext(si int) bool {
	if si+1 >= len(d.sents) || d.sents[si+1].header {
		return false
	}
	s := &d.sents[si+1]
	for i := s.w0; i+1 < s.w1 && i < s.w0+15; i++ {
		switch d.lw(i) {
		case "his", "her":
			if t := d.lw(i + 1); t == "seat" || t == "place" || t == "stead" {
				return true
			}
		case "stood", "stands", "standing":
			if d.lw(i+1) == "in" {
				return true
			}
		}
	}
	return false
}

// hypothetical reports whether "without" at word i opens its sentence
// and the sentence goes on with a modal: "Without the participation of
// the private sector, the plan cannot succeed" (a condition, no absence).
func (d *doc) hypothetical(i int, s *sentence) bool {
	if i > s.labelEnd && !(i == s.labelEnd+1 && !d.words[i-1].alpha) {
		return false
	}
	for p := i + 1; p < s.w1; p++ {
		switch d.lw(p) {
		case "can", "cannot", "could", "will", "would", "wo", "must", "should", "impossible":
			return true
		}
	}
	return false
}

// allButAt returns the first word of the mentions that "but" or "except"
// at word i leaves out of "all" or "every" before it, when a verb of
// taking part follows them: "All member states but Oman attended the
// meeting", "every leader except Kagame took part"; else -1.
func (d *doc) allButAt(i int, s *sentence) int {
	all := false
	for p := i - 1; p >= s.w0 && p >= i-6; p-- {
		if t := d.lw(p); t == "all" || t == "every" {
			all = true
			break
		} else if !d.words[p].alpha || d.words[p].cap && p > s.labelEnd {
			return -1
		}
	}
	if !all {
		return -1
	}
	a := i + 1
	if d.lw(a) == "for" {
		a++ // "except for"
	}
	a = d.mentionAfterThe(a, s.w1)
	if a < 0 {
		return -1
	}
	l := d.mentionList(a, s.w1)
	e := d.ments[l[len(l)-1]].w1
	if e < s.w1 && d.lw(e) == "," {
		e++
	}
	for p := e; p < s.w1 && p <= e+2; p++ {
		switch d.lw(p) {
		case "attended", "joined", "came", "signed", "participated", "sent":
			return a
		case "took":
			if p+1 < s.w1 && d.lw(p+1) == "part" {
				return a
			}
		case "present", "represented":
			return a
		}
	}
	return -1
}

// atRequest reports whether the words from k give who asked for an
// exclusion: "at the EU's request", "at Serbia's insistence", "at the
// request of the hosts".
func (d *doc) atRequest(k, limit int) bool {
	if k >= limit || d.lw(k) != "at" {
		return false
	}
	for p := k + 1; p < limit && p <= k+4; p++ {
		switch d.lw(p) {
		case "request", "insistence", "behest", "demand", "urging":
			return true
		}
	}
	return false
}

// keptOutAt reports whether the passive verb at word k tells that its
// subject is kept from the talks: "barred from the meeting", "banned from
// attending", "kept out of the talks", "shut out of", "frozen out of",
// "left off the guest list", "disinvited" (not "barred imports", "kept out
// of the headlines", nor of an earlier occasion).
func (d *doc) keptOutAt(k, limit int) bool {
	if k >= limit || !d.keptOutVerb(k, limit) {
		return false
	}
	return !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true) && !d.earlierObject(k+1, limit)
}

// earlierObject reports whether the six words from k (up to a clause's
// end) date the occasion they name before the story: "last year's
// summit", "the summit last month", "the previous round", "the 2024
// summit" published in 2026, "two years ago" (pastMarker misses a time
// inside the object: "barred from last year's summit", "received no
// invitation to the previous round").
func (d *doc) earlierObject(k, limit int) bool {
	for p := k; p < limit && p < k+6; p++ {
		t := d.lw(p)
		switch {
		case t == "." || t == ";" || t == ":" || t == "but":
			return false
		case t == "previous" || t == "earlier" || t == "ago":
			return true
		case t == "last" && p+1 < limit:
			switch n := strings.TrimSuffix(strings.TrimSuffix(d.lw(p+1), "'s"), "’s"); {
			case n == "year" || n == "month" || n == "week" || monthNames[n] > 0:
				return true
			}
		case isYear(t) && d.pubYear > 0:
			if y, _ := strconv.Atoi(t); y < d.pubYear {
				return true
			}
		}
	}
	return false
}

// keptOutVerb is keptOutAt's reading of the words alone, before the time
// of the clause is read.
func (d *doc) keptOutVerb(k, limit int) bool {
	if k+2 >= limit && d.lw(k) != "disinvited" && d.lw(k) != "uninvited" && d.lw(k) != "barred" && d.lw(k) != "banned" {
		return false
	}
	switch d.lw(k) {
	case "disinvited", "uninvited":
		return true
	case "barred", "banned", "blocked", "prevented":
		if k+1 >= limit || d.lw(k+1) != "from" {
			// "Afghanistan was barred at the EU's request", "was
			// barred." (the talks; not "was barred from entering the
			// country", "barred imports", "banned in Germany")
			return (d.lw(k) == "barred" || d.lw(k) == "banned") && (d.noObjectAfter(k+1, limit) && (k+1 >= limit || d.lw(k+1) != "in") || d.atRequest(k+1, limit))
		}
		switch d.lw(k + 2) {
		case "attending", "joining", "participating":
			return true
		case "taking":
			return k+3 < limit && d.lw(k+3) == "part"
		}
		return d.awayEventSoon(k+2, limit) || d.hallAt(k+2, limit)
	case "kept", "shut", "frozen", "locked", "cut":
		return d.lw(k+1) == "out" && k+3 < limit && d.lw(k+2) == "of" && (d.awayEventSoon(k+3, limit) || d.hallAt(k+3, limit))
	case "left", "dropped", "omitted":
		// "left off the guest list", "dropped from the list of invitees"
		if t := d.lw(k + 1); t != "off" && t != "from" {
			return false
		}
		for p := k + 2; p < limit && p <= k+5; p++ {
			switch d.lw(p) {
			case "list", "invitation", "invitations", "invitees", "guest":
				return true
			case ",", ".", ";":
				return false
			}
		}
	}
	return d.deniedPass(k, limit) // "was denied accreditation"
}

// absenceNounAt returns the first word of the party whose absence a noun
// or an inverted sentence at word i of sentence s tells, or -1: "in the
// absence of Russia" (the noun phrase of the party ends there: not "in
// the absence of U.S. support"), "an empty chair (left) for Kosovo",
// "Kosovo's chair stood empty", "(Notably) absent (from the talks) was
// the Andean Community", "Missing from the summit were Mali and Niger".
func (d *doc) absenceNounAt(i int, s *sentence) int {
	limit := s.w1
	switch t := d.lw(i); t {
	case "absence":
		a := i + 2
		if i < s.w0+2 || a >= limit || d.lw(i+1) != "of" || d.lw(i-1) != "the" || d.lw(i-2) != "in" {
			return d.possAbsenceAt(i, s) // "Haiti's absence drew comment"
		}
		if d.lw(a) == "the" {
			a++
		}
		mi := int(d.mentAt[min(a, limit-1)])
		if mi < 0 || d.ments[mi].w0 != a {
			return -1
		}
		if e := d.ments[mi].w1; e < limit && !clauseEnd(d.lw(e)) && d.lw(e) != "and" && d.lw(e) != "at" && d.lw(e) != "from" && d.lw(e) != "or" {
			return -1
		}
		return d.ments[mi].w0
	case "empty":
		if i+1 >= limit || d.lw(i+1) != "chair" && d.lw(i+1) != "seat" {
			return -1
		}
		for p := i + 2; p+1 < limit && p <= i+6; p++ {
			if d.lw(p) == "for" || d.lw(p) == "of" {
				return d.mentionAfterThe(p+1, limit)
			}
			if clauseEnd(d.lw(p)) {
				return -1
			}
		}
	case "chair", "seat":
		// "Kosovo's chair stood empty", "Kosovo's seat was left empty"
		if i == s.w0 || !d.words[i-1].poss {
			return -1
		}
		mi := d.mentionEndingAt(i - 1)
		if mi < 0 {
			return -1
		}
		for p := i + 1; p < limit && p <= i+4; p++ {
			if d.lw(p) == "empty" || d.lw(p) == "vacant" {
				return d.ments[mi].w0
			}
			if clauseEnd(d.lw(p)) {
				return -1
			}
		}
	case "absent", "missing":
		// inverted, at the head of the sentence (after one adverb)
		if i != s.labelEnd && !(i == s.labelEnd+1 && strings.HasSuffix(d.lw(i-1), "ly")) {
			return -1
		}
		for p := i + 1; p+1 < limit && p <= i+8; p++ {
			switch d.lw(p) {
			case "was", "were", "is", "are":
				return d.mentionAfterThe(p+1, limit)
			case ",", ";", ".":
				// ("Absent a deal, the sides ...")
				return -1
			}
			if p == i+1 && d.lw(p) != "from" {
				return -1
			}
		}
	}
	return -1
}

// mentionAfterThe returns word a, or the word after a "the" there, when a
// mention starts at it (before limit); else -1: "an empty chair for (the)
// Kosovo", "Absent from the talks was (the) Andean Community".
func (d *doc) mentionAfterThe(a, limit int) int {
	if d.lw(a) == "the" {
		a++
	}
	if a < limit && d.mentAt[a] >= 0 && d.ments[d.mentAt[a]].w0 == a {
		return a
	}
	return -1
}

// mentionList returns the mention that starts at word a and those listed
// after it: "Mali, Burkina Faso and Niger".
func (d *doc) mentionList(a, limit int) []int {
	var out []int
	for a < limit && len(out) < 8 {
		mi := int(d.mentAt[a])
		if mi < 0 || d.ments[mi].w0 != a {
			break
		}
		out = append(out, mi)
		a = d.ments[mi].w1
		if a+1 < limit && (d.lw(a) == "," || d.lw(a) == "and") {
			a++
			if d.lw(a) == "and" {
				a++
			}
			if a < limit && d.lw(a) == "the" {
				a++
			}
			continue
		}
		break
	}
	return out
}

// relativeAbsence reads the relative clause whose verb phrase starts at
// word a (after "which" or "who") as the main clause's absence verbs read
// theirs: "which did not attend", "who was not invited", "which boycotted
// the talks" (not of another time: "which skipped the previous round").
func (d *doc) relativeAbsence(a, limit int) (hit, away bool) {
	v := d.auxEnd(a, limit)
	if v >= limit {
		return false, false
	}
	for p := a; p < limit && p <= a+10 && d.lw(p) != ","; p++ {
		switch d.lw(p) {
		case "previous", "earlier", "last", "past", "once", "ago", "before":
			return false, false
		}
	}
	switch {
	case d.hasNot(a, v) && d.lw(v) != "a" && d.lw(v) != "party":
		// (not "which is not a party to the agreement": a standing,
		// told in passing, not the talks' absentee)
		hit, away = d.notTakingPart(v, limit)
	case d.hasModal(a, v):
		return false, false
	case d.withdrawsAt(v, limit):
		hit, away = true, true
	case v > a && (d.lw(v) == "excluded" || d.keptOutAt(v, limit)):
		hit, away = true, false
	}
	if hit && (d.pastMarker(v, limit) || d.otherOccasion(v, limit, true)) {
		return false, false
	}
	return hit, away
}

// tookPartVerb reports whether t is a verb by which its subject takes part
// in the talks: "attended", "joined", "signed".
func tookPartVerb(t string) bool {
	switch t {
	case "attended", "attends", "joined", "joins", "took", "takes", "participated", "participates", "signed", "signs",
		"led", "leads", "met", "meets", "arrived", "arrives", "addressed", "chaired", "hosted", "sent":
		return true
	}
	return false
}

// aliasListed reports whether out already lists the party that name,
// short or long, stands for: "RSF" beside "Rapid Support Forces" after
// "The Rapid Support Forces (RSF)".
// aliases are the text's pairs (absenceAliases), read once by the caller.
func aliasListed(name string, out []string, aliases [][2]string) bool {
	for _, p := range aliases {
		if p[1] == name && contains(out, p[0]) || p[0] == name && contains(out, p[1]) {
			return true
		}
	}
	return false
}

// noInvitationAt reports whether the words from k say their subject had
// no invitation: "received no invitation", "got no invitation to the
// talks" (left out).
func (d *doc) noInvitationAt(k, limit int) bool {
	switch d.lw(k) {
	case "received", "receives", "got", "gets", "had", "has":
		return k+2 < limit && d.lw(k+1) == "no" && (d.lw(k+2) == "invitation" || d.lw(k+2) == "invite") && !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true) && !d.earlierObject(k+3, limit)
	}
	return false
}

// conditionalAfter reports whether the clause of the verb at word k goes
// on with a condition: "would not attend unless", "will boycott the
// summit if" (the absence is threatened, not told). Not an "if" that
// opens the object of another word ("it was unclear if", "would not say
// if": whether), nor one in a clause joined after a comma (", and it was
// unclear ...": another clause's).
func (d *doc) conditionalAfter(k, limit int) bool {
	for p := k; p < limit && p <= k+12; p++ {
		switch d.lw(p) {
		case "unless":
			return true
		case "if":
			return !ifComplement[d.lw(p-1)]
		case ".", ";", ":", "but":
			return false
		case ",":
			switch d.lw(p + 1) {
			case "and", "but", "while", "although", "though", "as":
				return false
			}
		}
	}
	return false
}

// ifComplement are the words before an "if" that means "whether" (or
// that is no condition of the clause before it): "asked if", "unclear if",
// "would not say if", "as if", "even if".
var ifComplement = map[string]bool{"as": true, "even": true, "asked": true, "ask": true, "asking": true,
	"clear": true, "unclear": true, "say": true, "said": true, "know": true, "known": true, "sure": true,
	"see": true, "wondered": true, "wonder": true, "decide": true, "decided": true, "confirm": true,
	"confirmed": true, "certain": true, "uncertain": true, "tell": true, "doubt": true}

// conditionalBefore reports whether "unless" or "if" stands among the
// three words before word w (after lo): the clause of w is a condition.
func (d *doc) conditionalBefore(w, lo int) bool {
	for p := w - 1; p >= lo && p >= w-3; p-- {
		if t := d.lw(p); t == "unless" || t == "if" {
			return true
		} else if clauseEnd(t) {
			return false
		}
	}
	return false
}

// sendsNoOne reports whether the object of "did not send" or "refused to
// send" from word k names who would have taken part: "a delegation", "an
// official delegation to the talks", "anyone", "representatives".
func (d *doc) sendsNoOne(k, limit int) bool {
	for p := k; p < limit && p <= k+3; p++ {
		switch d.lw(p) {
		case "delegation", "delegates", "representative", "representatives", "envoy", "team", "anyone", "anybody":
			return true
		}
	}
	return false
}

// deniedBefore reports whether a denial governs the clause of word w
// (words from lo): "Officials denied reports that Saudi Arabia had been
// excluded", "dismissed suggestions that Mali would stay away" (the
// absence is what is denied, not told).
func (d *doc) deniedBefore(w, lo int) bool {
	for p := w - 1; p >= lo && p >= w-12; p-- {
		switch d.lw(p) {
		case "denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected", "rejects", "refuted", "refutes":
			switch d.lw(p + 1) {
			case "reports", "report", "claims", "claim", "suggestions", "rumours", "rumors", "speculation", "that", "allegations":
				return true
			}
		case ".", ";":
			return false
		}
	}
	return false
}

// notMeetingFrom reports whether "from" at word k names a thing kept from
// its subject that is no gathering: "excluded from the new tariff
// exemptions", "excluded from the sanctions list", "excluded from the
// aid programme" (not "from the talks", "from the format", "from the
// list of invitees").
func (d *doc) notMeetingFrom(k, limit int) bool {
	if k >= limit || d.lw(k) != "from" && d.lw(k) != "of" {
		return false // ("of": "left out of the latest economic survey")
	}
	for p := k + 1; p < limit && p <= k+6; p++ {
		if d.words[p].lf&fMeetNoun != 0 {
			return false
		}
		switch d.lw(p) {
		case "tariff", "tariffs", "exemption", "exemptions", "sanctions", "duties", "duty", "quota", "quotas",
			"subsidies", "subsidy", "waiver", "waivers", "programme", "program", "scheme", "market", "markets",
			"benefits", "funding", "aid", "loans", "tournament", "competition", "election", "elections", "ballot",
			"race", "visa", "visas", "exports", "imports", "trade",
			// a count or a study, no gathering (s18): "excluded from the
			// survey of migrant workers"
			"survey", "surveys", "study", "census", "count", "statistics", "figures", "data", "index", "ranking", "report":
			return true
		case "session", "round", "process", "format", "list", "invitees", "guest", "table", "room", "photo":
			return false
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// awayEventSoon is eventSoon with the other nouns of a gathering that one
// boycotts, skips or snubs: "snubbed the gathering", "skipped the forum",
// "boycotted the retreat".
func (d *doc) awayEventSoon(k, limit int) bool {
	return d.meetNounIn(k, min(limit, k+6), "session", "ceremony", "round", "gathering", "forum", "retreat", "consultations", "meetings",
		"assembly", "process", "format", "dialogue", "negotiations", "conference", "discussions", "deliberations")
}

// invitationAt reports whether "an/the/its invitation" stands at word k.
func (d *doc) invitationAt(k, limit int) bool {
	if k+1 >= limit {
		return false
	}
	switch d.lw(k) {
	case "an", "the", "its", "his", "her", "their":
		if d.lw(k+1) != "invitation" {
			return false
		}
		e := k + 2
		if e+1 < limit && d.lw(e) == "to" {
			// "an invitation to attend", "to take part", "to meet the
			// mission": a verb of taking part, its object the talks or
			// one met (not "to attend the state banquet")
			switch d.lw(e + 1) {
			case "attend", "join":
				return d.eventObject(e+2, limit)
			case "participate", "meet":
				return true
			case "take":
				return e+2 < limit && d.lw(e+2) == "part"
			}
		}
		return e >= limit || clauseEnd(d.lw(e)) || (d.lw(e) == "to" || d.lw(e) == "for") && d.eventSoon(e+1, limit)
	}
	return false
}

// groupAppositive returns the mention of a group named after a noun
// phrase of a group that starts at word k: "the main opposition group,
// the SPLM-IO" gives SPLM-IO; or -1.
func (d *doc) groupAppositive(k, limit int) int {
	if k >= limit || d.lw(k) != "the" {
		return -1
	}
	for j := k + 1; j < limit && j <= k+4; j++ {
		switch d.lw(j) {
		case "group", "opposition", "party", "movement", "rebels", "faction", "militia", "alliance":
			if j+1 < limit && d.lw(j+1) == "," {
				w := j + 2
				if w < limit && d.lw(w) == "the" {
					w++
				}
				if mi := int(d.mentAt[min(w, limit-1)]); mi >= 0 && d.ments[mi].w0 == w && (d.ments[mi].typ == ORG || d.ments[mi].typ == GPE) && !d.reportingClause(w, limit) {
					// (not the source: "without the group, the Kremlin said")
					return mi
				}
				return -1
			}
			continue // "opposition" of "opposition group"
		}
		if d.words[j].cap || d.mentAt[j] >= 0 {
			return -1
		}
	}
	return -1
}

// subjectNouns may follow a group's or country's name in a subject: "the
// M23 rebels", "the Hamas delegation".
// localGov are words before "government" of a state or province: "The
// West Bengal state government" is absent by its own name, not its
// country's.
var localGov = map[string]bool{"state": true, "provincial": true, "regional": true, "local": true}

var subjectNouns = map[string]bool{
	"rebels": true, "militia": true, "group": true, "movement": true, "fighters": true, "delegation": true,
	"government": true, "officials": true, "leadership": true, "authorities": true, "administration": true,
	// "The Ethiopian side did not attend" (s18)
	"side": true,
}

// interimAdj are the words before a subject noun that tell a government
// or body of a kind: "the interim administration", "the military
// government".
var interimAdj = map[string]bool{
	"interim": true, "transitional": true, "provisional": true, "military": true, "caretaker": true,
}

// subjectAt reports whether the mention starting at word w may be a
// subject: no preposition before it ("diplomats in Doha said they would
// not attend" leaves Doha out of it).
func (d *doc) subjectAt(w, lo int) bool {
	if w <= lo {
		return true
	}
	switch d.lw(w - 1) {
	case "in", "at", "from", "of", "to", "for", "with", "by", "on":
		return false
	}
	return true
}

// skipAside returns the word after an aside set off by commas that starts
// at i: a relative clause (", which has close ties to the army,") or any
// short aside a verb follows, or i.
func (d *doc) skipAside(i, limit int) int {
	if i+1 >= limit || d.lw(i) != "," {
		return i
	}
	rel := d.lw(i+1) == "which" || d.lw(i+1) == "who"
	dash := 0 // dashes seen: an aside inside the aside (s18b)
	for k := i + 2; k < limit && k < i+25; k++ {
		if d.asideDash(k) {
			if dash++; dash%2 == 0 && k+1 < limit && d.words[k+1].lf&fAux != 0 {
				// "X, whose ties with Y have soured - which it denies -
				// was not invited": the aside closed by its dash
				return k + 1
			}
			continue
		}
		switch d.lw(k) {
		case ",":
			if !d.asideComma(k, dash) {
				continue
			}
			// any aside that a verb follows: "Russia, expelled from
			// the G8 in 2014, was not invited"
			if rel || k+1 < limit && (d.words[k+1].lf&fAux != 0 || d.lw(k+1) == "said" || d.lw(k+1) == "says") {
				return k + 1
			}
			return i
		case ".", ";", ":", "?", "!":
			return i
		}
	}
	return i
}

// listBefore returns the mentions listed before mention mi as one subject:
// "Mali, Burkina Faso and Niger" gives Mali and Burkina Faso for Niger.
func (d *doc) listBefore(mi, lo int) []int {
	var out []int
	for w := d.ments[mi].w0 - 1; w-1 >= lo && len(out) < 8; {
		if t := d.lw(w); t != "," && t != "and" {
			break
		}
		p := d.mentionEndingAt(w - 1)
		if p < 0 || d.ments[p].typ == PER {
			break
		}
		out = append(out, p)
		w = d.ments[p].w0 - 1
	}
	return out
}

// isCountry reports whether name is a country of the gazetteer (one with
// a capital listed), not an organisation.
func (d *doc) isCountry(name string) bool {
	_, ok := d.g.capital[name]
	return ok
}

func (d *doc) hasNot(a, b int) bool {
	for k := a; k < b; k++ {
		if negWord(d.lw(k)) {
			return true
		}
	}
	return false
}

// negWord reports whether t negates: "not", "never", "cannot", "won't".
func negWord(t string) bool {
	return t == "not" || t == "never" || t == "cannot" || strings.HasSuffix(t, "n't")
}

// hasModal reports whether a modal stands in words [a, b): "could be
// excluded", "can boycott".
func (d *doc) hasModal(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lw(k) {
		case "could", "can", "may", "might", "should", "cannot":
			// (not "would": "Mali said it would boycott the talks")
			return true
		}
	}
	return false
}

// parties are the countries or blocs taking part: the affiliations of the
// participants, else "X-Y talks" or "talks between X and Y".
func (d *doc) parties(excl []string) []string {
	var out []string
	seen := d.stringSet()
	for _, x := range excl {
		seen[x] = true
	}
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	type pp struct {
		first int
		affil string
	}
	var ps []pp
	for _, p := range d.people {
		if p.part && p.affil != "" {
			ps = append(ps, pp{p.first, p.affil})
		}
	}
	slices.SortStableFunc(ps, func(a, b pp) int { return cmp.Compare(a.first, b.first) })
	for _, p := range ps {
		add(p.affil)
	}
	if len(out) >= 2 {
		return out
	}
	for _, c := range d.leadSubjectCountries() {
		// "Ukraine and Russia exchanged 205 prisoners each"
		add(c)
	}
	if len(out) >= 2 {
		return out
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.header {
			continue
		}
		for i := s.w0; i < s.w1; i++ {
			t := d.lw(i)
			// "the foreign ministers of Kazakhstan and Uzbekistan meet"
			if groupNouns[t] && i+4 < s.w1 && d.lw(i+1) == "of" {
				a := int(d.mentAt[i+2])
				if a >= 0 && d.ments[a].w0 == i+2 && d.ments[a].typ == GPE {
					if e := d.ments[a].w1; e+1 < s.w1 && d.lw(e) == "and" {
						if b := int(d.mentAt[e+1]); b >= 0 && d.ments[b].typ == GPE {
							add(d.countryOf(a))
							add(d.countryOf(b))
						}
					}
				}
				continue
			}
			if t != "talks" && t != "relations" && t != "meeting" && t != "negotiations" && t != "summit" && !d.swapNoun(i) {
				continue
			}
			// "US-Russia talks": two adjacent country words before
			if i >= s.w0+2 {
				a, b := int(d.mentAt[i-2]), int(d.mentAt[i-1])
				if a >= 0 && b >= 0 && a != b && d.words[i-2].end+1 == d.words[i-1].start && d.body[d.words[i-2].end] == '-' {
					add(d.countryOf(a))
					add(d.countryOf(b))
				}
			}
			if i+4 < s.w1 && d.lw(i+1) == "between" {
				for k := i + 2; k < s.w1 && k < i+8; k++ {
					if t := d.lw(k); t == "in" || t == "at" || t == "on" || t == "next" || t == "this" || t == "to" || t == "for" || t == "." || t == ";" {
						// "between Sudan's warring parties in Doha": the
						// list ends before the place and the date
						break
					}
					if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].typ != PER {
						add(d.countryOf(mi))
					}
				}
			}
		}
		if len(out) >= 2 {
			break
		}
	}
	return out
}

// swapNoun reports whether word i names a prisoner swap, whose sides are
// the parties: "a prisoner swap between Belgium and Iran", "a prisoner
// exchange between" (not "an exchange between the two leaders").
func (d *doc) swapNoun(i int) bool {
	switch d.lw(i) {
	case "swap", "exchange":
		return i > 0 && (d.lw(i-1) == "prisoner" || d.lw(i-1) == "prisoners")
	}
	return false
}

// mediateWords are the words hosts looks for (flag fMediate).
var mediateWords = []string{"mediated", "hosted", "brokered", "facilitated", "sponsored", "co-sponsored",
	"mediator", "mediators", "host", "hosts", "hosting", "mediate", "mediates", "mediating"}

// hosts are the countries or blocs the text names as hosts or go-betweens:
// "hosted by X", "co-sponsored by X and Y", "X will host", "X is mediating",
// "the Qatari mediators", "X will act as mediator" (d.mediating lists
// these last: go-betweens, no party even when their minister attends).
func (d *doc) hosts() []string {
	var out []string
	d.mediating = d.mediating[:0]
	d.brokers = d.brokers[:0]
	d.namedBroker = false
	broker := func(mi int) {
		if mi < 0 || d.ments[mi].typ == PER {
			return
		}
		if c := d.countryOf(mi); c != "" && !contains(d.brokers, c) {
			d.brokers = append(d.brokers, c)
		}
	}
	add := func(mi int) {
		if mi < 0 || d.ments[mi].typ == PER {
			return
		}
		if c := d.countryOf(mi); c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	for si := range d.sents {
		s := &d.sents[si]
		for i := s.w0; i+1 < s.w1; i++ {
			if d.words[i].lf&fMediate == 0 {
				continue
			}
			switch d.lw(i) {
			case "mediated", "hosted", "brokered", "facilitated", "sponsored", "co-sponsored":
				if d.lw(i+1) != "by" {
					continue
				}
				// "co-sponsored by the United States and Saudi Arabia"
				for k := i + 2; k < s.w1 && k < i+12; {
					if t := d.lw(k); t == "the" || t == "and" || t == "," {
						k++
						continue
					}
					mi := int(d.mentAt[k])
					if mi < 0 || d.ments[mi].w0 != k {
						break
					}
					add(mi)
					if t := d.lw(i); (t == "mediated" || t == "brokered" || t == "facilitated") && !d.sourceAfter(mi, s.w1) {
						broker(mi)
						d.namedBroker = true
					}
					k = d.ments[mi].w1
				}
			case "mediator", "mediators":
				if i > s.w0 {
					add(d.mentionEndingAt(i - 1))
					broker(d.mentionEndingAt(i - 1))
					// "Saudi and U.S. mediators", "Egyptian, Qatari and
					// U.S. mediators": every go-between of the list
					for k := i - 1; k > s.w0; {
						mi := d.mentionEndingAt(k)
						if mi < 0 || d.ments[mi].typ == PER {
							break
						}
						add(mi)
						broker(mi)
						k = d.ments[mi].w0 - 1
						if k <= s.w0 || (d.lw(k) != "and" && d.lw(k) != ",") {
							break
						}
						k--
					}
					if t := d.lw(i + 1); t == "said" || t == "say" || t == "says" || t == "told" {
						// "..., Saudi and U.S. mediators said": named
						// go-betweens of the talks the sentence reports
						d.namedBroker = true
					}
				}
				// "Turkey will act as mediator", "Norway, acting as a mediator"
				k := i - 1
				if k > s.w0 && d.lw(k) == "a" {
					k--
				}
				if k > s.w0 && d.lw(k) == "as" {
					k--
					for k > s.w0 && (d.words[k].lf&fAux != 0 || d.lw(k) == "act" || d.lw(k) == "acts" || d.lw(k) == "acting" || d.lw(k) == "serve" || d.lw(k) == "serves" || d.lw(k) == ",") {
						k--
					}
					if mi := d.mentionEndingAt(k); mi >= 0 && d.ments[mi].typ != PER {
						add(mi)
						if c := d.countryOf(mi); c != "" && !contains(d.mediating, c) {
							d.mediating = append(d.mediating, c)
						}
					}
				}
			default: // host, hosts, hosting, mediate, mediates, mediating
				// "Qatar will host talks", "Turkey is mediating", "Qatar to
				// host a new round"; not "Turkey will host Zelenskiy", a
				// visit where the host is a party
				if t := d.lw(i); strings.HasPrefix(t, "host") && !d.meetNounAfter(i+1, s.w1) {
					continue
				}
				k := i - 1
				for k > s.w0 && k >= i-3 && (d.words[k].lf&fAux != 0 || d.lw(k) == "to") {
					k--
				}
				if k-2 >= s.w0 && (d.lw(k) == "who" || d.lw(k) == "which") && d.lw(k-1) == "," && strings.HasPrefix(d.lw(i), "mediat") {
					// "Kenyan President William Ruto, who is mediating":
					// his country
					if mi := d.mentionEndingAt(k - 2); mi >= 0 {
						c := d.countryOf(mi)
						if m := &d.ments[mi]; m.typ == PER && m.person >= 0 && d.isCountry(d.people[m.person].affil) {
							c = d.people[m.person].affil
						}
						if c != "" && !contains(out, c) {
							out = append(out, c)
						}
						if c != "" && !contains(d.mediating, c) {
							d.mediating = append(d.mediating, c)
						}
					}
					continue
				}
				if k >= s.w0 {
					add(d.mentionEndingAt(k))
				}
			}
		}
	}
	d.namedHosts = out
	return out
}

// meetNounIn reports whether a noun of talks (flag fMeetNoun: "talks",
// "meeting", "summit", ...) or one of the words also stands in words [a,
// b). Its callers differ in the window and in those extra words only.
func (d *doc) meetNounIn(a, b int, also ...string) bool {
	for i := a; i < b; i++ {
		if d.words[i].lf&fMeetNoun != 0 || slices.Contains(also, d.lw(i)) {
			return true
		}
	}
	return false
}

// meetNounAfter reports whether a noun of talks stands among the five
// words from i: "Qatar will host a new round of talks".
func (d *doc) meetNounAfter(i, limit int) bool {
	return d.meetNounIn(i, min(limit, i+5), "round", "conference")
}

// eventSoon reports whether a noun of talks stands among the six words
// from k: "pulled out of the summit" (not "of Afghanistan", "from the
// race").
func (d *doc) eventSoon(k, limit int) bool {
	return d.meetNounIn(k, min(limit, k+6), "session", "ceremony", "round")
}

// mediators are hosts and go-betweens: those the text names (hosts) that
// are no party, and the venue's country when it is not a party.
func (d *doc) mediators(parties, excl, hosts []string, venue *Place) []string {
	var out []string
	seen := d.stringSet()
	for _, p := range parties {
		seen[p] = true
	}
	for _, x := range excl {
		seen[x] = true
	}
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, h := range hosts {
		add(h)
	}
	// the venue's country hosts; it is a third party only when two or more
	// parties are known (else it is the host of a visit: see parties)
	if venue != nil && len(parties) >= 2 {
		add(venue.Country)
	}
	return out
}

var agendaTriggers = [][]string{
	{"to", "discuss"}, {"discuss"}, {"discussing"}, {"center", "on"}, {"centre", "on"}, {"focus", "on"},
	{"focused", "on"}, {"focusing", "on"}, {"aimed", "at"}, {"aim", "to"}, {"agenda", "includes"}, {"talks", "on"},
	{"agree", "on"}, {"negotiate"}, {"discussions", "on"}, {"negotiations", "on"}, {"consultations", "on"},
	{"dialogue", "on"}, {"talks", "about"},
	// a discussion named with its subject: "a long and frank discussion on
	// Myanmar", "discussions about the border"
	{"discussion", "on"}, {"discussion", "about"}, {"discussions", "about"}, {"negotiations", "about"}, {"also", "discussed"}, {"discussed"},
	{"also", "covered"},
	// of talks just named: "The meeting covered the global economic
	// outlook", "two hours of talks covering Syria" (see coverAt)
	{"covered"}, {"covering"}, {"covers"},
	// what stands between the sides: "The main sticking points were the
	// creation of a fund and the reopening of a bridge"
	{"sticking", "points", "remain"}, {"sticking", "points", "were"}, {"sticking", "points", "are"},
	{"sticking", "points", "include"}, {"sticking", "points", "included"}, {"sticking", "point", "remains"},
	{"sticking", "point", "was"}, {"sticking", "point", "is"},
	// what a meeting went through: "Delegates reviewed progress on the
	// return of refugees" (gated by discussants, like "discussed")
	{"reviewed"},
	// a meeting named with its subject: "held an emergency meeting on
	// Monday on the fall of the city" (a date after "on" is skipped by
	// addItem; "on the sidelines" is no subject: see meetingOn)
	{"meeting", "on"}, {"session", "on"}, {"summit", "on"}, {"conference", "on"},
	// what the agenda was to hold: "The agenda was to include X, Y and Z"
	{"agenda", "was", "to", "include"}, {"agenda", "is", "to", "include"}, {"agenda", "will", "include"},
	{"agenda", "included"}, {"agenda", "include"},
	// (agenda17.go) "The agenda covered X", "The agenda also included X"
	{"agenda", "covered"}, {"agenda", "covers"}, {"agenda", "also", "covered"}, {"agenda", "also", "covers"},
	{"agenda", "also", "included"}, {"agenda", "also", "includes"}, {"agenda", "also", "include"},
	// what a text commits the sides to: "Under the deal, both sides will
	// halt offensive operations" (the topic starts after the modal: see
	// underModal)
	{"under", "the", "deal", ","}, {"under", "the", "agreement", ","}, {"under", "the", "accord", ","},
	{"under", "the", "treaty", ","}, {"under", "the", "pact", ","}, {"under", "the", "plan", ","},
	{"under", "the", "truce", ","}, {"under", "the", "text", ","},
	// what talks ended without: "ended without agreeing on a ceasefire"
	{"without", "agreeing", "on"}, {"without", "agreement", "on"}, {"without", "an", "agreement", "on"},
	// the common verbs of talking a subject over: "the ministers exchanged
	// views on", "the talks were dominated by" (the
	// last gated to a meeting noun before it)
	{"exchanged", "views", "on"}, {"exchanged", "views", "about"},
	{"dominated", "by"},
	// a subject one side brought to the table: "Delegates also raised the
	// pressure on eastern Chad", "he raised the issue of fishing rights"
	// (gated by discussants and raisedIssue)
	{"also", "raised"}, {"raised"},
	// what one side pressed the other on: "Nawrocki pressed Germany on
	// compensation" (see pressTopic)
	{"pressed"}, {"presses"}, {"pressing"},
	// the purpose of the talks: "the setback in efforts to settle their
	// disputed frontier", "met in a bid to revive the truce" (only in a
	// sentence that names the talks or the visit)
	{"efforts", "to"}, {"effort", "to"}, {"bid", "to"},
	// what a meeting was for: "the conference was about aid" (after a
	// meeting noun only)
	{"was", "about"}, {"is", "about"}, {"were", "about"}, {"are", "about"}, {"will", "be", "about"},
}

// agendaTriggersByFirst holds agendaTriggers by their first word, in
// their order: a word tries only the triggers it can open.
var agendaTriggersByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, tr := range agendaTriggers {
		m[tr[0]] = append(m[tr[0]], tr)
	}
	return m
}()

var agendaStops = map[string]bool{
	"while": true, "marking": true, "which": true, "but": true, "amid": true, "after": true, "before": true,
	"since": true, "saying": true, "according": true, "as": true, "when": true, "where": true, "although": true,
	"though": true, "said": true, "says": true, "because": true, "ahead": true, "during": true,
	"despite": true,
}

// agendaVerbs end a topic that opens as a noun phrase: "Negotiations on a
// similar pact ... were concluded in March" (not "talks on how the deal
// is enforced").
var agendaVerbs = map[string]bool{"were": true, "was": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	// a stance on the topic: "negotiations on a code of conduct should be
	// free from interference" (the topic: a code of conduct)
	"should": true, "must": true, "would": true, "could": true, "will": true, "can": true, "cannot": true}

// clauseVerbs after ", and" go on with the subject's own verb, no topic:
// "The treaty covers policing, and includes a clause".
var clauseVerbs = map[string]bool{"includes": true, "included": true, "include": true, "requires": true,
	"required": true, "provides": true, "provided": true, "calls": true, "called": true, "sets": true,
	"says": true, "said": true, "contains": true, "allows": true, "commits": true}

// nounOpeners open a topic that is a noun phrase.
var nounOpeners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "this": true,
	"these": true, "those": true}

var stopContent = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "for": true, "to": true, "and": true, "in": true, "on": true,
	"with": true, "between": true, "its": true, "their": true, "any": true, "possible": true, "potential": true,
	"future": true, "two": true,
}

// agenda collects the topics to be discussed as short phrases.
func (d *doc) agenda(venue *Place) ([]string, []int) {
	var out []string
	var keys [][]string
	var sents []int
	maxSpaces := 13 // the longest topic's spaces (the lead's predicate may run longer: leadPredicate)
	addItem := func(item string, si int) {
		item = strings.TrimSpace(strings.Trim(item, " ,;:"))
		item = strings.TrimPrefix(item, "and ")
		item = strings.TrimPrefix(item, "including ")
		for _, p := range []string{"discussing ", "to discuss ", "discuss ", "agreed to "} {
			item = strings.TrimPrefix(item, p)
		}
		item = trimIssue(item)
		item = trimHereNow(item) // "civil aviation here yesterday" (agenda17.go)
		// "Rio Grande water this week" (agenda18.go)
		item = trimTimeTail(item)
		// a date that opens the phrase is not a topic: "on Tuesday over the Syr Darya"
		dated := false
		for {
			f, rest, _ := strings.Cut(item, " ")
			if !d.dateStart(f, rest, dated) || rest == "" {
				break
			}
			item, dated = rest, true
			if f2, rest2, ok := strings.Cut(item, " "); ok && (f2 == "over" || f2 == "about" || f2 == "on") {
				item = rest2
			}
		}
		if f, rest, _ := strings.Cut(item, " "); dated && timePreps[f] {
			// "talks on Friday in Geneva on Iran's nuclear programme",
			// "talks on Monday to discuss a ceasefire": the topic comes
			// later, if at all ("talks on Feb. 20 in punishment for ...")
			k := topicAfter(item)
			if k < 0 {
				return
			}
			item = item[k:]
		} else if rest == "" && d.dateStart(f, "", true) {
			return // a date alone
		}
		if item == "" || strings.Count(item, " ") > maxSpaces || notTopic(d.lowerOf(item)) || vagueItem(d.lowerOf(item)) || reportItem(item) || openQuote(item) {
			return
		}
		if f, rest, ok := strings.Cut(item, " "); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' && (f == "over" || f == "within" || f == "for" || f == "by") {
			return // a span of time, no topic: "over 15 years", "within 30 days"
		}
		if whereOrWhen(item) {
			return
		}
		k := contentKey(d.lowerOf(item))
		if len(k) == 0 {
			return
		}
		words := 0 // earlier one-word items inside a longer one
		for _, o := range keys {
			if overlap(o, k) >= 0.6 && len(o) == 1 && len(k) >= 3 {
				// "Elections" does not hide "the secretariat to prepare
				// an electoral observation mission", nor "trade" "reform
				// of the World Trade Organization"; "minerals" and
				// "defence" together hide "cooperation on minerals and
				// defence production"
				if words++; words < 2 {
					continue
				}
			}
			if overlap(k, o) >= 0.6 || overlap(o, k) >= 0.6 {
				return
			}
		}
		keys = append(keys, k)
		out = append(out, item)
		sents = append(sents, si)
	}
	// what a person demanded (partyDemands): added last, and only to a
	// story whose talks have a topic already (no editorial's "demanded")
	var demands []string
	var demandSents []int
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || s.heading {
			continue
		}
		if si >= d.leadSent {
			// (a headline's text repeats the lead's: "sign trade pact")
			d.textTopics(s, venue, func(a, b int) { addItem(d.body[d.words[a].start:d.words[b-1].end], si) })
			d.andDiscussed(s, venue, func(a, b int) { addItem(d.body[d.words[a].start:d.words[b-1].end], si) })
			if si > d.leadSent {
				d.textDemands(s, func(a, b int) { addItem(d.body[d.words[a].start:d.words[b-1].end], si) })
				d.agendaSubject(s, func(a, b int) { addItem(d.body[d.words[a].start:d.words[b-1].end], si) })
				d.textCalls(s, func(a, b int) { addItem(d.body[d.words[a].start:d.words[b-1].end], si) })
				d.partyDemands(s, func(a, b int) {
					demands = append(demands, d.body[d.words[a].start:d.words[b-1].end])
					demandSents = append(demandSents, si)
				})
			}
		}
		if len(out) >= 8 {
			return out[:8], sents[:8]
		}
		if a, b := d.topicOpener(s); a >= 0 && si > d.leadSent {
			addItem(d.body[d.words[a].start:d.words[b-1].end], si)
		}
		start := -1
		if strings.EqualFold(strings.TrimSpace(s.label), "agenda") {
			start = s.labelEnd
		} else if t := d.tableLabel(s); t > 0 {
			start = t
		} else if t := d.issuesColon(s); t > 0 {
			start = t
		}
		var q quoteCount // the quotes before the trigger, counted once over the sentence
		q.from = s.span.Start
		trig := -1 // the trigger word that opened the topic
		for i := s.w0; start < 0 && i < s.w1; i++ {
			trig = i
			if d.words[i].lf&fAgendaTrigger == 0 {
				continue
			}
			switch d.lw(i) {
			case "was", "is", "were", "are":
				if i+1 >= s.w1 || d.lw(i+1) != "about" {
					continue // (common words: the cheap test first)
				}
			case "will":
				if i+2 >= s.w1 || d.lw(i+1) != "be" || d.lw(i+2) != "about" {
					continue
				}
			}
			switch d.lw(i) {
			case "meeting", "session", "summit", "conference":
				if i+1 >= s.w1 || d.lw(i+1) != "on" || !d.meetingOn(i+2, s.w1) {
					continue // "a meeting on the sidelines", "a meeting with"
				}
			case "without":
				if i+1 >= s.w1 || d.lw(i+1) != "agreeing" && d.lw(i+1) != "agreement" && d.lw(i+1) != "an" {
					continue
				}
			}
			if q.openAt(d.body, d.words[i].start) {
				// a quoted stance, no agenda: Tehran "will not negotiate
				// under pressure"
				continue
			}
			if t := d.lw(i); (t == "discussed" || t == "also" && i+1 < s.w1 && d.lw(i+1) == "discussed") && !d.discussants(s, i) {
				// (not "a best seller, which explored ... and discussed how")
				continue
			}
			if t := d.lw(i); (t == "raised" || t == "also" && i+1 < s.w1 && d.lw(i+1) == "raised") && !d.raisedIssue(s, i) {
				continue // "raised $2 billion", "raised interest rates"
			}
			switch d.lw(i) {
			case "pressed", "presses", "pressing":
				if st := d.pressTopic(s, i); st > 0 && d.discussants(s, i) {
					start = st
				}
				continue
			case "efforts", "effort", "bid":
				if i+2 >= s.w1 || d.lw(i+1) != "to" || d.lw(i+2) == "the" || d.lw(i+2) == "a" || !d.purposeTalks(s, i) {
					continue // "efforts to the north", a plan's "bid to" with no talks in the sentence
				}
			case "was", "is", "were", "are", "will":
				if !d.meetNounIn(max(s.w0, i-3), i, "visit", "trip", "session", "meetings", "gathering", "forum") || !d.aboutTopic(i, s.w1) {
					continue // "the gap was about 300 whales"
				}
			}
			if d.lw(i) == "reviewed" && (!d.discussants(s, i) || d.honourGuard(i+1, s.w1)) {
				continue // "the court reviewed the case", not the delegates; "reviewed an honour guard": a rite
			}
			if d.lw(i) == "dominated" && !d.meetNounIn(max(s.w0, i-4), i) {
				continue // "a region dominated by rebels", not "talks dominated by"
			}
			if t := d.lw(i); (t == "aim" || t == "aimed") && !d.meetNounIn(max(s.w0, i-4), i, "visit", "trip", "tour", "mission", "diplomacy", "effort", "efforts", "bid", "push", "initiative", "plan", "process") {
				// what talks aim at, not anyone's target: "the talks aim to
				// ...", not "Commanders aim to have 2,500 troops by March"
				continue
			}
			if i-2 >= s.w0 && d.lw(i-1) == "to" && refuseVerbs[d.lw(i-2)] || i-1 >= s.w0 && d.lw(i) == "to" && refuseVerbs[d.lw(i-1)] {
				// no topic of the talks: "Belgrade refused to discuss
				// the plan", "failed to agree on the agenda"
				continue
			}
			v := i // the verb, after "also"
			if d.lw(v) == "also" && v+1 < s.w1 {
				v++
			}
			if t := d.lw(v); (t == "covered" || t == "covering" || t == "covers") && (!d.meetNounIn(max(s.w0, d.subjectEnd(v, s.w0)-3), d.subjectEnd(v, s.w0), "treaty", "agreement", "deal", "accord", "pact", "communique", "declaration", "statement", "call", "conversation",
				"agreements", "deals", "accords", "pacts", "memoranda", "memorandums", "treaties") ||
				v+1 < s.w1 && (coverAmounts[d.lw(v+1)] || v+2 < s.w1 && (d.lw(v+1) == "a" || d.lw(v+1) == "the") && coverAmounts[d.lw(v+2)]) || slices.ContainsFunc(d.words[v+1:min(v+5, s.w1)], func(w word) bool { return w.low == "ground" })) {
				continue // not "the programme covered 20 countries", "the talks covered little ground"
			}
			for _, tr := range agendaTriggersByFirst[d.lw(i)] {
				if d.wordsAreFold(i, s.w1, tr) {
					start = i + len(tr)
					if tr[0] == "under" {
						start = d.underModal(start, s.w1)
					}
					break
				}
			}
			if start < 0 {
				start = d.talksTopic(i, s.w1)
			}
		}
		if start > s.w0 && start < s.w1 && d.lw(start-1) == "on" && onIdioms[d.lw(start)] {
			start = -1 // "talks on course despite protests": how the talks stand
		}
		prep := ""         // the preposition that opened the topic, repeated before a second one
		nounTopic := false // a meeting's subject: a noun phrase, which a verb ends
		if start >= 0 && start < s.w1 && start > s.w0 {
			prep = d.lw(start - 1)
			for k := max(s.w0, start-4); k < start; k++ {
				switch d.lw(k) {
				case "meeting", "session", "summit", "conference", "sticking":
					nounTopic = true
				}
			}
		}
		lead, verb := false, false // a topic read from the lead's own clause (leadTopic)
		if start < 0 && d.leadSent >= 0 && si >= d.leadSent {
			start, verb = d.leadTopic(s, si == d.leadSent)
			lead = start >= 0
			if start > s.w0 {
				prep = d.lw(start - 1)
			}
		}
		if start < 0 || start >= s.w1 {
			continue
		}
		if t := d.lw(start); t == "by" || t == "similar" || t == "another" || t == "separate" || start+1 < s.w1 && (t == "a" || t == "an") && (d.lw(start+1) == "similar" || d.lw(start+1) == "separate") {
			continue // another deal's talks: "Negotiations on a similar pact with New Zealand"; "covered by 300 journalists"
		}
		if si != d.leadSent && d.leadSent >= 0 && (d.otherPlaceIn(si, venue) || d.furtherIn(si)) && d.aheadIn(si) && !d.aheadIn(d.leadSent) && !d.pastDeedAt(trig, s.w0) {
			// another meeting to come, somewhere else than the story's
			// own event: "would hold further talks on deportation flights
			// in Doha", "The Council will discuss the situation in South
			// Sudan in Addis Ababa" (talks to come in the venue, or
			// nowhere said, keep theirs)
			continue
		}
		// cut the clause at a stop word or sentence end, then split the list
		verbCut := -1 // the main verb when the topic is part of the subject (subjectVerb)
		subjTalks := !lead && d.talksSubject(s, start)
		if subjTalks {
			verbCut = d.subjectVerb(start)
		}
		end := start
		rel := -10           // the last relative word: its clause's verb ends no topic
		gap0, gap1 := -1, -1 // an aside left out of the list (listAsideEnd)
		for end < s.w1 {
			t := d.lw(end)
			if t == "." || t == ";" || t == "—" || t == "–" || t == ":" || t == "?" || t == "!" {
				break
			}
			if t == "and" && end > start && end+1 < s.w1 && d.words[end+1].lf&fSign != 0 {
				break // "agreed to expand a trade deal and signed a migration pact" (textTopics reads the pact)
			}
			if end == verbCut && end > start {
				break // "Tarva's talks with rebels on a ceasefire collapsed": the topic, not the news
			}
			if subjTalks && end > start && rel < start && phaseVerbs[t] {
				// the talks' own verb of closing ends their topic even
				// when the clause is not read: "Talks aimed at securing a
				// truce in Sudan ended in the Ethiopian capital"
				break
			}
			if (t == "which" || t == "whom") && end > start+1 && (d.lw(end-1) == "under" || d.lw(end-1) == "by" || d.lw(end-1) == "through" || d.lw(end-1) == "in") {
				rel = end // "a plan under which refugees could return": the plan's content
				end++
				continue
			}
			if t == "," && end > start && gap0 < 0 && !lead {
				if c := d.listAsideEnd(end, s.w1); c > 0 {
					gap0, gap1 = end, c
					end = c
					continue
				}
			}
			if t == "whose" || t == "that" || t == "who" || t == "whom" {
				rel = end
			}
			if t == "as" && end > start && d.lw(end-1) == "," && end+2 < s.w1 && d.lw(end+1) == "well" && d.lw(end+2) == "as" {
				end += 3 // "A and B, as well as C and D": the list goes on
				continue
			}
			if t == "," && end+2 < s.w1 && d.lw(end+1) == "and" && clauseVerbs[d.lw(end+2)] {
				break // another verb of the subject: "covers policing, and includes a clause"
			}
			if t == "and" && end > start && d.pastVerbAt(end+1, s.w1) {
				break // the subject's next deed: "discussed defence, and reaffirmed their push for seats"
			}
			if t == "," && !lead && d.listParticiple(start, end, s.w1) {
				break // the news the list's verb makes: ", capping the first day of the visit" (agenda17.go)
			}
			if t == "," && end+1 < s.w1 && (agendaStops[d.lw(end+1)] && !(end+3 < s.w1 && d.lw(end+1) == "as" && d.lw(end+2) == "well") || d.reportingClause(end+1, s.w1)) {
				// ", Iran's foreign ministry said": the source, no item
				break
			}
			if lead && (t == "," && end+1 < s.w1 && (nounOpeners[d.lw(end+1)] || timePreps[d.lw(end+1)] && !(verb && prep == "to" && (d.lw(end+1) == "to" || d.lw(end+1) == "and" && d.lw(end+2) == "to")) || d.lw(end+1) == "on" || d.lw(end+1) == "but" ||
				strings.HasSuffix(d.lw(end+1), "ing") && d.lw(end+1) != "including") ||
				(t == "in" || t == "on" || t == "by") && end > start && end+1 < s.w1 && d.dateWordAt(end+1, s.w1)) {
				// the lead's own clause: an appositive, another clause or
				// a time follows ("an end to air strikes, the first text
				// put to a vote"; ", and Lee accepted an invitation"; ",
				// for the 33rd year"; ", ending a dispute"; "in November")
				break
			}
			if (t == "and" || t == "," || t == "but") && end > start && end+1 < s.w1 && d.lw(end+1) == "not" || t == "rather" && end+1 < s.w1 && d.lw(end+1) == "than" {
				break // what it was not: "about aid and not a political negotiation"
			}
			if t == "with" && end > start && end+1 < s.w1 && d.mentAt[end+1] >= 0 && d.ments[d.mentAt[end+1]].typ == PER {
				break // who with, not what: "trade and maritime security with Ishiba"
			}
			if nounTopic && end > start && (agendaVerbs[t] || end+1 < s.w1 && d.lw(end+1) == "by" && strings.HasSuffix(t, "ed")) {
				// "a meeting on the nuclear programme is headed by",
				// "a conference on enterprise hosted by the minister"
				break
			}
			if end > start && d.loopWordAt(end) && (agendaStops[t] || agendaVerbs[t] && nounOpeners[d.lw(start)] && end-rel > 4) {
				// ("the exchange of lists of children whose whereabouts are
				// disputed" stays whole)
				break
			}
			if end > start && end+1 < s.w1 && (t == "in" || t == "by") && (callWord(d.lw(end+1)) || d.lw(end+1) == "call" || end+2 < s.w1 && d.lw(end+1) == "a" && callWord(d.lw(end+2))) {
				// "discuss Ukraine in a phone call", "by phone": how, not what
				break
			}
			if end > start && end+1 < s.w1 && !d.onlyDate(start, end) && ((t == "in" || t == "at") && d.venueAt(end+1, venue) || (t == "on" || t == "by") && d.dateWordAt(end+1, s.w1)) {
				// "programme in Geneva on Friday": where the talks are and
				// when, no topic ("the war in Ukraine" stays whole)
				break
			}
			end++
		}
		if end <= start {
			continue
		}
		whole := d.body[d.words[start].start:d.words[end-1].end]
		if gap0 > start && gap1 < end {
			whole = d.body[d.words[start].start:d.words[gap0-1].end] + d.body[d.words[gap1].start:d.words[end-1].end]
		}
		for whole != "" {
			// "A and B, as well as C and D", "A, along with B": lists of
			// their own
			phrase, rest := whole, ""
			for _, sep := range [...]string{", as well as ", ", along with "} {
				if k := strings.Index(phrase, sep); k >= 0 {
					phrase, rest = phrase[:k], whole[k+len(sep):]
				}
			}
			whole = rest

			items := splitOutsideQuotes(phrase)
			if verb && prep == "to" && (strings.Contains(phrase, ", to ") || strings.Contains(phrase, ", and to ")) {
				// "agreed to extend X to A, B and C, to speed up Y, and to
				// Z": a list of steps, each with its own commas
				items = strings.Split(strings.ReplaceAll(phrase, ", and to ", ", to "), ", to ")
			} else if len(items) == 1 && verb {
				items = strings.Split(phrase, " and to ")
			} else if len(items) == 1 && lead {
				items = splitAnd(phrase)
			} else if len(items) == 1 {
				items = strings.Split(phrase, " and ")
			} else if a, b, ok := strings.Cut(items[len(items)-1], " and "); ok && shortPlain(a) && shortPlain(b) && !strings.HasPrefix(items[len(items)-1], "and ") {
				// "A, B and C": the last item is two ("between X and Y",
				// "A, B, and C" and longer clauses stay whole)
				items = append(items[:len(items)-1], a, b)
			} else if a, b, ok := cutAndThe(items[len(items)-1]); ok {
				// "the return of refugees, the restoration of services and
				// the status of contested areas": a list's last "and" before
				// a determiner opens its last item
				items = append(items[:len(items)-1], a, b)
			} else if last := items[len(items)-1]; strings.Count(last, " ") > maxSpaces {
				// a last item too long to keep is two: "the sale of
				// boats, the upgrade of the base on Manus Island and
				// joint surveillance along the border"
				items = append(items[:len(items)-1], splitAnd(strings.TrimPrefix(last, "and "))...)
			}
			for n, it := range items {
				if n > 0 && verb {
					it = strings.TrimPrefix(it, "and ") // "A, to B, and to C"
				}
				if n > 0 && prep != "" && len(it) > len(prep) && it[len(prep)] == ' ' && strings.EqualFold(it[:len(prep)], prep) {
					// "called for an end to violence and for new talks":
					// the opening preposition again, a second topic
					it = it[len(prep)+1:]
				}
				if lead && strings.ContainsAny(it, "\"“”") {
					continue // a stance, no topic: `and voiced "serious concern"`
				}
				if d.personPhrase(it) {
					// a participant, no topic: ", along with Somali
					// President Hassan Sheikh Mohamud,"
					continue
				}
				if k := strings.LastIndex(it, " with "); k > 0 && d.personPhrase(it[k+len(" with "):]) {
					// "border security with Ethiopian Prime Minister Abiy
					// Ahmed": the topic is border security
					it = it[:k]
				}
				if a, b, ok := cutQuotedAnd(it); ok {
					addItem(a, si) // `"X" and "Y"`: two quoted topics
					it = b
				}
				addItem(it, si)
				if len(out) >= 8 {
					return out, sents
				}
			}
		}
	}
	for k := 0; k < len(demands) && len(out) > 0 && len(out) < 8; k++ {
		addItem(demands[k], demandSents[k])
	}
	// the headline's "over X" is the story's issue: first, when the lead
	// names none (the lead restates the headline; a topic read only from
	// later paragraphs is a side issue: "defence chiefs clash over radar
	// incident" ... "both sides agreed to keep the hotline open")
	if n := len(out); n < 8 && !slices.Contains(sents, d.leadSent) {
		d.headlineOver(addItem)
		if len(out) > n && n > 0 {
			out = append(out[n:], out[:n]...)
			sents = append(sents[n:], sents[:n]...)
		}
	}
	if len(out) == 0 {
		maxSpaces = 17
		d.leadPredicate(venue, addItem)
	}
	return out, sents
}

// splitOutsideQuotes splits a list at its ", " but not inside quotation
// marks: `"arrangements for cooperation, including ports", "respect for
// sovereignty"` is two items.
func splitOutsideQuotes(phrase string) []string {
	if !strings.ContainsAny(phrase, "\"“”") {
		return strings.Split(phrase, ", ")
	}
	var out []string
	in, seg := false, 0
	for k := 0; k < len(phrase); k++ {
		switch {
		case phrase[k] == '"':
			in = !in
		case strings.HasPrefix(phrase[k:], "“"):
			in = true
		case strings.HasPrefix(phrase[k:], "”"):
			in = false
		case !in && strings.HasPrefix(phrase[k:], ", "):
			out = append(out, phrase[seg:k])
			seg = k + 2
		}
	}
	return append(out, phrase[seg:])
}

// cutQuotedAnd cuts `"X" and "Y"` (or its curly-quoted form) into its two
// quoted topics.
func cutQuotedAnd(it string) (string, string, bool) {
	for _, sep := range [...]string{"\" and \"", "” and “"} {
		if k := strings.Index(it, sep); k > 0 {
			q := len(sep) - len(" and \"")
			if sep[0] != '"' {
				q = len("”")
			}
			return strings.TrimPrefix(it[:k+q], "and "), it[k+q+len(" and "):], true
		}
	}
	return "", "", false
}

// pastVerbAt reports whether the word at i is a past-tense verb with its
// own object ("reaffirmed their push", "signed a memorandum", "agreed to
// meet"), not a participle before a noun ("revised rules").
func (d *doc) pastVerbAt(i, limit int) bool {
	for i+1 < limit && (d.lw(i) == "had" || d.lw(i) == "have" || d.lw(i) == "has" || d.lw(i) == "also") {
		i++ // "and had agreed", "and also signed"
	}
	if i+2 >= limit || !d.words[i].alpha || d.words[i].cap || !strings.HasSuffix(d.lw(i), "ed") {
		return false
	}
	if leadVerbs[d.lw(i)] && !(d.lw(i+1) == "to" && (meetVerbs[d.lw(i+2)] || d.lw(i+2) == "hold" || d.lw(i+2) == "resume")) {
		return false // what they agreed or pledged is a topic of its own (leadTopic), but not "agreed to meet again", "to hold talks"
	}
	switch d.lw(i + 1) {
	case "their", "its", "the", "a", "an", "to", "his", "her", "that":
		return true
	}
	return false
}

// topicOpener returns the words of a sentence's opening "On X," when X is
// the subject the sides then take up, as the paragraphs of a communique
// or a readout open ("On cocoa, the two sides agreed", "On trade, the
// leaders pledged"), or -1, -1. Not a date ("On Monday,"), a
// circumstance ("On the sidelines of the summit,", "On a visit to"), nor
// a sentence whose subject is no side of the talks ("On Ukraine,
// analysts were sceptical").
func (d *doc) topicOpener(s *sentence) (int, int) {
	i := max(s.w0, s.labelEnd)
	if i < s.w1 && isDayNumber(strings.TrimSuffix(d.lw(i), ".")) && i+1 < s.w1 && d.lw(i+1) == "." {
		i += 2 // a numbered paragraph: "5. On cocoa,"
	} else if i < s.w1 && isDayNumber(strings.TrimSuffix(d.lw(i), ".")) && strings.HasSuffix(d.lw(i), ".") {
		i++
	}
	if i+3 >= s.w1 || d.lw(i) != "on" || !d.meetingOn(i+1, s.w1) {
		return -1, -1
	}
	c := i + 1
	for c < s.w1 && c <= i+7 && d.lw(c) != "," {
		if w := &d.words[c]; !w.alpha && w.low != "-" || w.low == "to" || w.low == "with" {
			return -1, -1 // no plain noun phrase: "On arrival in Accra", "On a visit to"
		}
		c++
	}
	if c >= s.w1 || d.lw(c) != "," || c == i+1 {
		return -1, -1
	}
	k := c + 1
	if k < s.w1 && (d.lw(k) == "the" || d.lw(k) == "both") {
		k++
	}
	if k < s.w1 && (d.lw(k) == "two" || d.lw(k) == "three") {
		k++
	}
	switch d.lw(k) {
	case "sides", "side", "leaders", "ministers", "they", "we", "parties", "delegations", "countries", "governments",
		"presidents", "participants", "delegates", "negotiators", "members", "heads":
		return i + 1, c
	}
	return -1, -1
}

// pastDeedAt reports whether the trigger word at i (after "also") is a
// verb in the past, what the talks did ("had discussed X, and agreed to
// meet again": the topic of the talks held, not of the meeting to come).
func (d *doc) pastDeedAt(i, w0 int) bool {
	if i < w0 {
		return false
	}
	if d.lw(i) == "also" {
		i++
	}
	if !strings.HasSuffix(d.lw(i), "ed") || d.words[i].cap {
		return false
	}
	for k := i - 1; k >= w0 && k >= i-2; k-- {
		switch d.lw(k) {
		case "will", "would", "to", "shall", "be", "been", "being", "is", "are", "was", "were":
			return false // "would be discussed", "to be reviewed"
		}
	}
	return true
}

// issueSets name the subjects of talks as a set: "three issues took up
// most of the talks: ..." (issuesColon).
var issueSets = map[string]bool{"issues": true, "topics": true, "subjects": true, "priorities": true,
	"questions": true, "items": true, "areas": true}

// issuesColon returns where the list starts after the colon of a
// sentence that announces the subjects of the talks as a set ("Diplomats
// said three issues took up most of the five hours: A, B and C", "The
// ministers agreed on four priorities: ..."), or -1.
func (d *doc) issuesColon(s *sentence) int {
	if strings.IndexByte(s.span.Of(d.body), ':') < 0 {
		return -1 // (most sentences: the cheap test first)
	}
	for k := s.w0 + 2; k < s.w1-1; k++ {
		if d.lw(k) != ":" {
			continue
		}
		for j := k - 1; j >= s.w0 && j >= k-8; j-- {
			if issueSets[d.lw(j)] && d.meetNounIn(s.w0, k, "sides", "ministers", "leaders", "delegations", "parties", "they", "we") {
				return k + 1
			}
		}
		return -1
	}
	return -1
}

// tableLabel returns where the list starts in a sentence that opens by
// naming what lies before the talks ("On the table, according to
// officials: X, Y and Z", "Also on the agenda are X and Y"), or -1.
func (d *doc) tableLabel(s *sentence) int {
	i := s.w0
	if d.lw(i) == "also" {
		i++
	}
	if !d.wordsAreFold(i, s.w1, []string{"on", "the", "table"}) && !d.wordsAreFold(i, s.w1, []string{"on", "the", "agenda"}) {
		return -1
	}
	i += 3
	switch d.lw(i) {
	case "are", "is", "were", "was":
		return i + 1
	case "will":
		if d.lw(i+1) == "be" {
			return i + 2
		}
	}
	for k := i; k < min(s.w1-1, i+10); k++ {
		if d.lw(k) == ":" {
			return k + 1
		}
	}
	return -1
}

// talkVerbs tell who spoke to whom, no issue: "spoke to reporters".
var talkVerbs = map[string]bool{"spoke": true, "speaks": true, "talked": true, "talks": true, "told": true, "tells": true}

// greetVerbs receive, see or join someone, no issue: "received the
// minister", "will see his counterpart", "flew to Tokyo".
var greetVerbs = map[string]bool{"received": true, "receive": true, "receives": true, "welcomed": true,
	"welcome": true, "welcomes": true, "greeted": true, "see": true, "sees": true, "saw": true, "joined": true,
	"join": true, "flew": true, "fly": true, "flies": true, "returned": true, "left": true, "walked": true}

// objectPreps after a verb mean it has no object: "walked out", "agreed
// with", "summoned to the ministry".
var objectPreps = map[string]bool{"out": true, "off": true, "up": true, "down": true, "away": true, "back": true,
	"on": true, "over": true, "into": true, "of": true, "about": true, "against": true, "through": true}

// personObjects name a person by office, an object that is no issue.
var personObjects = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"counterpart": true, "counterparts": true, "minister": true, "ministers": true, "president": true,
	"charge": true, "chargé": true, "leader": true, "leaders": true, "premier": true}

// timeLead are the words that open a time before its noun: "this week",
// "two days ago", "next month's".
var timeLead = map[string]bool{"this": true, "next": true, "last": true, "early": true, "late": true, "a": true,
	"the": true, "few": true, "several": true, "some": true, "two": true, "three": true, "four": true, "five": true}

// leadPredicate reads the issue of a story that names no topic of talks
// (no agenda word, no text signed) from its lead's main clause: what its
// subject did ("Sweden expelled two Iranian diplomats on Monday after
// ...": "expelled two Iranian diplomats"), what it was ("The vote was
// peaceful and well administered on polling day"), or, after a verb of
// saying, what was said ("Mali said on Sunday it would require U.S.
// citizens to post a bond": "require U.S. citizens to post a bond").
// Meeting, visiting and taking-part verbs give none: their objects are
// the parties or the place, no issue ("Putin met Xi in Beijing").
func (d *doc) leadPredicate(venue *Place, add func(string, int)) {
	si := d.leadSent
	if si < 0 || si >= len(d.sents) {
		return
	}
	s := &d.sents[si]
	// a step between states, not a cup final, a firm's profits or a
	// budget at home: two countries in the lead
	first := ""
	two := false
	for mi := range d.ments {
		if m := &d.ments[mi]; m.sent == si {
			if c := d.countryOf(mi); c != "" && first == "" {
				first = c
			} else if c != "" && c != first {
				two = true
				break
			}
		}
	}
	if !two {
		return
	}
	i := max(s.w0, s.labelEnd)
	for k := i; k < min(s.w1, i+12); k++ {
		// past a wire dateline: "STOCKHOLM, May 18 (AP) - Sweden ..."
		if t := d.lw(k); t == "-" || t == "—" || t == "–" {
			i = k + 1
			break
		}
	}
	for hop := 0; hop < 2 && i < s.w1; hop++ {
		c := d.clauseAt(i)
		v := c.verb
		if v >= 0 && v < i {
			// a dateline's month read as a verb ("STOCKHOLM, May 18
			// (AP) - Sweden expelled"): the first past or auxiliary
			// after the subject's start
			v = -1
			for k := i + 1; k < min(s.w1, i+8) && v < 0; k++ {
				if w := &d.words[k]; !w.cap && w.alpha && (w.lf&fAux != 0 && w.low != "to" || strings.HasSuffix(w.low, "ed")) {
					v = k
				} else if w.punct {
					break
				}
			}
		}
		if v < 0 || c.rel || v >= s.w1 {
			return
		}
		for v+1 < s.w1 && (d.words[v].lf&fAux != 0 && d.lw(v) != "to" || negWord(d.lw(v)) || d.lw(v) == "been" || d.lw(v) == "be" || d.lw(v) == "also") {
			if t := d.lw(v); (t == "was" || t == "is" || t == "were" || t == "are") && d.words[v+1].lf&fAux == 0 && !strings.HasSuffix(d.lw(v+1), "ed") {
				break // a copula: what the subject was
			}
			v++
		}
		if !d.actorSubject(i, v) && !actVerb(d.lw(v)) {
			// troops, floods, a bomber or a party did it, not a state:
			// "Pakistani and Afghan troops exchanged heavy fire", "A
			// ceasefire between Israel and Hezbollah collapsed"
			return
		}
		t := d.lw(v)
		if reportingVerb(t) {
			// what was said: past the time and a "that"
			k := d.skipAdjuncts(v+1, s.w1)
			if k < s.w1 && d.lw(k) == "that" {
				k++
			}
			i = k
			continue
		}
		if d.words[v].lf&(fMeeting|fVisit) != 0 || meetVerbs[t] || d.words[v].lf&(fMeetVerb|fSign) != 0 || talkVerbs[t] || greetVerbs[t] {
			// "met B in Paris", "spoke to reporters": who and where, no
			// issue; "signed a deal": textTopics reads what a text is about
			return
		}
		if w := &d.words[v]; !w.alpha || w.cap || timePreps[t] || objectPreps[t] || nounOpeners[t] || w.lf&fAgendaTrigger != 0 && !gatedTriggers[t] && (t != "exchanged" || d.lw(v+1) == "views") {
			// no verb ("is due in London"), or an agenda word the
			// readers above weighed ("will discuss the second phase,
			// after last week's session was called off")
			return
		}
		cop := t == "was" || t == "is" || t == "were" || t == "are"
		if cop && hop > 0 {
			return // a speaker's verdict: "told the assembly that X was theft"
		}
		if k := v + 1; k >= s.w1 || d.words[k].lf&fAux != 0 || timePreps[d.lw(k)] || objectPreps[d.lw(k)] ||
			strings.HasSuffix(d.lw(k), "ly") || cop && (nounOpeners[d.lw(k)] || d.words[k].cap) {
			// no object: "walked out", "agreed with Putin", "received
			// coldly by", "is in London", "was the second phase"
			return
		}
		for k := v + 1; k < min(s.w1, v+6); k++ {
			if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].typ == PER || personObjects[d.lw(k)] {
				// a person is the object: "summoned Iran's ambassador",
				// "received the Japanese defence minister"
				return
			}
		}
		end := v + 1
		for end < s.w1 && end < v+20 {
			w := d.lw(end)
			if w == "," || w == "." || w == ";" || w == ":" || w == "—" || w == "–" || w == "(" || w == "\"" || w == "“" || w == "”" || agendaStops[w] {
				break
			}
			if d.words[end].lf&(fMeetNoun|fVisit) != 0 {
				// "pay a state visit to Nigeria", "dismissed speculation
				// that it would cancel the summit": the event, no issue
				return
			}
			if end > v+1 && d.dateWordAt(end, s.w1) {
				// "outside the embassies Friday", "resigned two days
				// ago", "this week": the time's own words go too
				for end > v+1 && (timeLead[d.lw(end-1)] || isDayNumber(d.lw(end-1))) {
					end--
				}
				if end > v+2 && timePreps[d.lw(end-1)] && strings.HasSuffix(d.lw(end-2), "ed") {
					end -= 2 // "a referendum scheduled for May 17": the participle goes with its time
				}
				break
			}
			if (w == "on" || w == "in" || w == "by" || w == "from" || w == "until") && end+1 < s.w1 && (d.dateWordAt(end+1, s.w1) || isDayNumber(d.lw(end+1))) || (w == "in" || w == "at") && end+1 < s.w1 && d.venueAt(end+1, venue) {
				break // when and where, no issue
			}
			end++
		}
		for end > v+1 && (stopContent[d.lw(end-1)] || timePreps[d.lw(end-1)]) {
			end-- // "win a medal at next month's games": no dangling "at"
		}
		named := true // the object only a party named: "ordered Israel on Thursday to allow aid"
		for k := v + 1; k < end && named; k++ {
			mi := d.mentAt[k]
			named = mi >= 0 && (d.ments[mi].typ == PER || d.ments[mi].typ == ORG || d.countryOf(int(mi)) != "") || d.lw(k) == "the"
		}
		if named {
			return
		}
		if end-v < 2 || end == v+20 || t == "to" || cop && end-v < 4 {
			// too short, cut off mid-phrase, or an infinitive ("is to
			// perform at a concert"): no issue read whole
			return
		}
		if cop {
			v++ // the copula's complement
		}
		last := end - 1
		if q := d.quotedAfter(end, s.w1); q > end {
			last = q - 1 // a quoted complement: `declared three diplomats "persona non grata"`
		}
		add(d.body[d.words[v].start:d.words[last].end], si)
		d.leadAsides(end, s.w1, add, si)
		return
	}
}

// quotedAfter returns the word after a short quoted phrase (one to four
// words) that opens at k, or -1: the complement of `declared X "persona
// non grata"`, `called the plan "a trap"`.
func (d *doc) quotedAfter(k, limit int) int {
	if k >= limit || d.lw(k) != "\"" && d.lw(k) != "“" {
		return -1
	}
	for c := k + 2; c < min(limit, k+6); c++ {
		switch d.lw(c) {
		case "\"", "”":
			return c + 1
		case ",", ".", ";", ":", "“":
			return -1
		}
	}
	return -1
}

// mediateVerbs are the participles of a go-between's part: "a swap
// mediated by the UAE", "a deal brokered by Qatar".
var mediateVerbs = map[string]bool{"brokered": true, "mediated": true, "facilitated": true, "arranged": true, "negotiated": true}

// leadAsides read, in the rest [k, limit) of a lead whose issue came
// from its main clause (leadPredicate), the two parts of an act between
// states a reader asks about next: who brokered it ("in a swap mediated
// by the United Arab Emirates", "in a release brokered by Muscat") and
// what one side was accused of ("staff it accused of meeting separatist
// rebels", "after accusing Tehran of recruiting gangs").
func (d *doc) leadAsides(k, limit int, add func(string, int), si int) {
	clauseEnd := func(from, n int) int {
		e := from
		for e < limit && e < from+n {
			if w := d.lw(e); w == "," || w == "." || w == ";" || w == ":" || w == "—" || w == "–" || w == "(" || agendaStops[w] {
				break
			}
			e++
		}
		return e
	}
	for i := k; i < limit; i++ {
		switch t := d.lw(i); {
		case mediateVerbs[t] && i+2 < limit && d.lw(i+1) == "by":
			// "in a swap mediated by X": from the article on
			a := -1
			for j := i - 1; j >= max(k, i-4); j-- {
				if w := d.lw(j); w == "a" || w == "an" {
					a = j
					break
				} else if d.words[j].punct {
					break
				}
			}
			if a > k && (d.lw(a-1) == "in" || d.lw(a-1) == "under") {
				if e := clauseEnd(i+2, 8); e > i+2 {
					add(d.body[d.words[a].start:d.words[e-1].end], si)
				}
			}
		case t == "accused" || t == "accusing":
			for j := i + 1; j < min(limit, i+6); j++ {
				if d.words[j].punct {
					break
				}
				if d.lw(j) == "of" {
					if e := clauseEnd(j+1, 12); e > j+2 {
						add(d.body[d.words[j+1].start:d.words[e-1].end], si)
					}
					break
				}
			}
		}
	}
}

// stateNouns head a subject that acts for a state: "Norway's foreign
// ministry", "the Iranian government", "EU authorities".
var stateNouns = map[string]bool{"government": true, "governments": true, "ministry": true, "ministries": true,
	"cabinet": true, "administration": true, "authorities": true, "embassy": true, "presidency": true,
	"council": true, "bloc": true, "union": true, "commission": true, "department": true, "office": true,
	"parliament": true, "state": true, "states": true, "kremlin": true,
	// states named together: "the two countries would build", "both sides"
	"countries": true, "nations": true, "sides": true, "neighbours": true, "neighbors": true, "allies": true,
	"partners": true,
	// officials and bodies that act for states: "Foreign ministers of
	// the bloc agreed", "U.N. investigators found", "the court ordered"
	"officials": true, "official": true, "ministers": true, "minister": true, "leaders": true, "leader": true,
	"president": true, "diplomats": true, "envoy": true, "envoys": true, "negotiators": true, "mediators": true,
	"delegation": true, "delegations": true, "observers": true, "mission": true, "agency": true, "court": true,
	"committee": true, "body": true, "watchdog": true, "investigators": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true,
	// a state's vote, judged by its observers: "Malawi's general election
	// on Tuesday was peaceful"
	"election": true, "elections": true, "vote": true, "poll": true, "referendum": true,
	// a pronoun after a verb of saying: "Mali said it would require"
	"it": true, "they": true, "he": true, "she": true, "we": true}

// actStems open the verbs of acts between states, whoever their subject:
// "expelled", "summoned", "recalled", "recognised", "sanctioned",
// "imposed", "banned", "vetoed", "suspended", "released", "freed",
// "condemned", "accused", "urged", "ratified", "approved", "adopted".
var actStems = []string{"expel", "summon", "recall", "recogni", "sanction", "impos", "ban", "veto", "suspend",
	"releas", "free", "condemn", "accus", "urg", "ratif", "approv", "adopt", "reject", "withdr", "restor",
	"sever", "cut", "lift", "extend", "renew", "agree", "pledg", "demand", "warn", "protest"}

// actVerb reports whether t is a verb of an act between states (actStems).
func actVerb(t string) bool {
	for _, p := range actStems {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// actorSubject reports whether the subject in words [i, v) (v its verb)
// acts for a state: its head (its last word before a preposition, a
// comma, a verb of saying or the verb) is a person, an organisation or a country named, or
// a state noun (stateNouns). Not "Pakistani and Afghan troops", "Heavy
// monsoon floods", "A suicide bomber", "Moldova's pro-European party", "A
// ceasefire between Israel and Hezbollah" (head: ceasefire).
func (d *doc) actorSubject(i, v int) bool {
	for k := v - 1; k > i; k-- {
		if d.lw(k) == "that" {
			i = k + 1 // what was said: "said after talks with B that the two countries would"
			break
		}
	}
	h := -1
	for k := i; k < v; k++ {
		w := &d.words[k]
		if w.low == "and" {
			continue // "Tajik and Kyrgyz border guards": the head comes last
		}
		if w.punct || w.lf&fAux != 0 || !w.cap && (reportingVerb(w.low) || timePreps[w.low] || objectPreps[w.low] || w.low == "between" || w.low == "with" || w.low == "from" || w.low == "for" || w.low == "to") {
			break
		}
		h = k
	}
	if h < 0 {
		return false
	}
	if stateNouns[d.lw(h)] {
		return true
	}
	if mi := d.mentAt[h]; mi >= 0 && d.words[h].cap {
		// (a name's head is capitalised: not "Kyrgyz border guards")
		m := &d.ments[mi]
		return m.typ == PER || m.typ == ORG || d.countryOf(int(mi)) != ""
	}
	return false
}

// onIdioms after "on" tell how a meeting stands, not its subject:
// "summit on track", "talks on course despite strikes", "on schedule",
// "on hold", "on ice".
var onIdioms = map[string]bool{"track": true, "course": true, "schedule": true, "hold": true, "ice": true,
	"standby": true}

// mealWords are the meals and drinks talks are held over: "met over
// dinner", "chatted over coffee" (headlineOver).
var mealWords = map[string]bool{"dinner": true, "lunch": true, "breakfast": true, "supper": true, "coffee": true,
	"tea": true, "drinks": true, "cocktails": true}

// headlineOver reads the topic of a headline's "over" when the body named
// none: "Kuwait summons envoy over parliament vote on waterway", "Talks
// stall over border tolls" (not "over the weekend", "over 50 killed").
func (d *doc) headlineOver(add func(string, int)) {
	for si := 0; si < d.leadSent && si < len(d.sents); si++ {
		s := &d.sents[si]
		if s.meta || s.header && !s.heading {
			continue
		}
		for i := s.w0; i+2 < s.w1; i++ {
			if d.lw(i) != "over" {
				continue
			}
			k := i + 1
			if w := d.lw(k); w == "" || w[0] >= '0' && w[0] <= '9' || d.dateWordAt(k, s.w1) || timeUnits[w] || k+1 < s.w1 && (d.lw(k) == "the" || d.lw(k) == "a") && timeUnits[d.lw(k+1)] {
				return // "over the weekend", "over 50 dead"
			}
			if mealWords[d.lw(k)] {
				return // "meet over dinner", "chat over coffee": how, no topic
			}
			end := k
			for end < s.w1 && end < k+10 {
				t := d.lw(end)
				if (t == "in" || t == "at") && end > k && end+1 < s.w1 && upperWord(d.words[end+1].text) {
					break // "over border tolls in Geneva": where, no topic
				}
				if agendaStops[t] || t == "," || t == "." || t == ";" || t == ":" || t == "—" || t == "–" || t == "?" || t == "!" || t == "\"" || t == "“" || t == "”" {
					break
				}
				end++
			}
			if end < s.w1 && end == k+10 || end-k < 2 {
				return // too long, or one word ("over Gaza")
			}
			if d.words[end-1].lf&fMeetNoun != 0 {
				return // the event itself: "Tensions simmer over Balkan summit"
			}
			add(d.body[d.words[k].start:d.words[end-1].end], si)
			return
		}
	}
}

// underModal returns the word after the modal of the clause from i ("both
// sides will halt ...": "halt"), or -1 when none comes within a few words:
// what a text commits its parties to, after "Under the deal,".
func (d *doc) underModal(i, limit int) int {
	for k := i; k < limit && k < i+8; k++ {
		switch d.lw(k) {
		case "will", "would", "must", "shall", "can":
			if k+1 < limit && d.lw(k+1) == "also" {
				k++
			}
			if k+1 < limit {
				return k + 1
			}
		case ",", ".", ";":
			return -1
		}
	}
	return -1
}

// meetingOn reports whether the words from i, after a meeting noun and
// "on", name its subject: "a meeting on Monday on the fall of the city",
// "a summit on climate finance"; not where or only when it was held ("a
// meeting on the sidelines of the summit", "a session on Monday in
// Geneva").
func (d *doc) meetingOn(i, limit int) bool {
	if i >= limit {
		return false
	}
	if d.dateWordAt(i, limit) {
		// "on Monday on the fall of": a second "on" after the date
		k := i + 1
		for k < limit && k < i+4 && (d.dateWordAt(k, limit) || isDayNumber(d.lw(k))) {
			k++
		}
		if k+1 >= limit || d.lw(k) != "on" && d.lw(k) != "over" {
			return false
		}
		i = k + 1
	}
	for k := i; k < limit && k < i+2; k++ {
		switch d.lw(k) {
		case "sidelines", "margins", "fringes", "eve", "anniversary", "occasion", "invitation", "behalf", "board", "site",
			"verge", "brink", "edge", "record",
			"time":
			return false
		}
		if onIdioms[d.lw(k)] {
			return false
		}
	}
	if d.circumstanceAt(i, limit) {
		return false // "on a two-day visit", "over the phone", "over dinner"
	}
	return !d.dateWordAt(i, limit) && !isDayNumber(d.lw(i))
}

// talksSubject reports whether a noun of talks among the ten words before
// start can head a subject: it opens the sentence or follows a
// possessive, a determiner or a name ("Tarva's talks with rebels on",
// "The negotiations over"), not a verb ("held talks on"). It spares the
// clause reading (subjectVerb) for the common "held talks on X".
func (d *doc) talksSubject(s *sentence, start int) bool {
	for p := start - 1; p >= s.w0 && p >= start-10; p-- {
		if d.words[p].lf&fMeetNoun == 0 && d.lw(p) != "discussions" && d.lw(p) != "consultations" {
			continue
		}
		if p == s.w0 || p == s.labelEnd {
			return true
		}
		switch t := d.lw(p - 1); t {
		case "'s", "’s", "the", "their", "its", "his", "her", "-", "—", "–":
			return true
		default:
			return d.words[p-1].cap
		}
	}
	return false
}

// timeOfInnerVerb reports whether the time at word w, after the verb at
// i, belongs to another verb between them: "discussed objections to two
// marine parks Greece declared in the Aegean last year" (the parks were
// declared last year; the talks were not). A time right after the
// object ("discussed grain in 2023") stays the talks'.
func (d *doc) timeOfInnerVerb(i, w int) bool {
	if w <= i+1 {
		return false
	}
	for k := i + 2; k < w; k++ {
		if t := &d.words[k]; !t.cap && t.alpha && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && k+1 < w && !d.words[k+1].punct {
			switch d.lw(k - 1) {
			case "the", "a", "an", "its", "their", "his", "her", "and", ",":
				continue // an adjective: "the disputed islands", "a proposed cable"
			}
			return true
		}
	}
	return false
}

// purposeTalks reports whether the words of s before i tell of talks or a
// visit: a noun or verb of meeting ("a meeting of the commission", "met",
// "visited"), a mediator, a commission.
func (d *doc) purposeTalks(s *sentence, i int) bool {
	if d.asideSentence(s, i) {
		return false // "Meanwhile, the rivals met in Geneva in an effort to": other talks
	}
	for k := s.w0; k < i; k++ {
		if d.words[k].lf&(fStrictMeet|fMeetNoun|fVisit|fMeetVerb|fMeeting) != 0 {
			return true
		}
		switch d.lw(k) {
		case "commission", "mediators", "mediation", "trip", "meetings":
			return true
		}
	}
	return false
}

// subjectVerb returns the finite verb of the clause whose subject holds
// word start (a topic named inside the subject: "Tarva's talks with
// rebels on a ceasefire collapsed on Wednesday"), or -1.
func (d *doc) subjectVerb(start int) int {
	c := d.clauseAt(start)
	if c.verb > start && c.subj0 < start && c.subj1 >= start {
		return c.verb
	}
	return -1
}

// circumstanceNouns head a phrase after "on" or "over" that tells how,
// where or on what occasion talks were held, not what about: "on a
// two-day visit", "on his way to", "over the phone", "on the heels of",
// "on the outskirts of", "on short notice", "on its second day".
var circumstanceNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "tour": true, "way": true,
	"journey": true, "arrival": true, "day": true, "notice": true, "heels": true, "phone": true, "telephone": true,
	"video": true, "videoconference": true, "margin": true, "coast": true, "outskirts": true, "shore": true,
	"weekend": true, "stopover": true, "mission": true, "soil": true}

// circumstanceAt reports whether the noun phrase from word i (up to its
// first preposition) is a circumstance of talks (circumstanceNouns, a
// meal, "the island of X"), not their subject.
func (d *doc) circumstanceAt(i, limit int) bool {
	for k := i; k < limit && k < i+5; k++ {
		t := d.lw(k)
		switch t {
		case "of", "to", "in", "at", "on", "about", "over", "with", "for", "from", ",", ".", ";", "and":
			return false
		case "island":
			return k+1 < limit && d.lw(k+1) == "of"
		}
		if base, ok := strings.CutSuffix(t, "'s"); ok && circumstanceNouns[base] || k+1 < limit && d.lw(k+1) == "'s" {
			return false // "the weekend's border clash": the noun only dates the topic
		}
		if circumstanceNouns[t] || mealWords[t] {
			// the noun ends the phrase or a preposition follows: "on a
			// visit", "over the phone with"; not "the arrival of
			// refugees", "the phone records of journalists" (the island,
			// the outskirts, the heels, the way, the day, the coast and
			// the shore of a place stay circumstances)
			if k+1 < limit {
				n := &d.words[k+1]
				switch {
				case travelNouns[t] && (n.low == "of" || n.low == "since" || strings.HasSuffix(n.low, "ing") || strings.HasSuffix(n.low, "ed")):
					return true // "on a tour of the region", "a visit marking 30 years", "his first trip since taking office"
				case n.low == "of":
					return placeOfNouns[t]
				case n.alpha && !n.cap && !circumstanceLinks[n.low] && !timePreps[n.low] && !objectPreps[n.low] && n.lf&fAux == 0 && !strings.HasSuffix(n.low, "ly") && !mealWords[t] &&
					n.low != "to" && n.low != "in" && n.low != "at" && n.low != "with" && n.low != "for" && n.low != "from" && n.low != "and" && n.low != "between" && n.low != "by":
					return false
				}
			}
			return true
		}
	}
	return false
}

// travelNouns are the circumstance nouns of a journey, which a place
// ("a tour of the region"), a participle ("a state visit marking 30
// years") or "since" ("his first trip since taking office") still leaves
// a circumstance.
var travelNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "tour": true, "journey": true,
	"stopover": true, "mission": true}

// placeOfNouns are the circumstance nouns whose "of" names a place or a
// time, not a topic: "on the outskirts of", "on the second day of".
var placeOfNouns = map[string]bool{"island": true, "outskirts": true, "heels": true, "way": true, "day": true,
	"coast": true, "shore": true, "margin": true, "soil": true, "eve": true}

// circumstanceLinks follow a noun of a call or a visit in a circumstance:
// "over a video link", "by phone call", "on a visit lasting".
var circumstanceLinks = map[string]bool{"link": true, "call": true, "calls": true, "line": true, "conference": true,
	"hookup": true, "lasting": true, "programme": true, "program": true,
	// adverbs of place: "on her first trip abroad"
	"abroad": true, "overseas": true, "home": true, "here": true, "there": true, "together": true}

// asideSentence reports whether the sentence s, before word i, opens on
// another thread of the story or another time: "Separately,",
// "Meanwhile,", "Elsewhere,", "In a separate development", "Later in the
// week,", "Earlier,", or tells the talks' background ("The talks come as
// ...", "come after").
func (d *doc) asideSentence(s *sentence, i int) bool {
	k := max(s.w0, s.labelEnd)
	switch d.lw(k) {
	case "separately", "meanwhile", "elsewhere":
		return true
	case "earlier", "later":
		if sameOccasion(d.lw(k+1), d.lw(k+2), d.lw(k+3)) {
			// "Later, the two leaders discussed ...", "Later in the
			// day,": the same meeting, on in its day; not when the
			// sentence meets elsewhere ("Earlier, X met Y in Canberra")
			return d.elsewhere(sort.Search(len(d.sents), func(j int) bool { return d.sents[j].w0 >= s.w0 }))
		}
		return true // "Later in the week,", "Earlier this month,": another time
	case "in":
		if d.lw(k+1) == "a" && d.lw(k+2) == "separate" {
			return true
		}
	}
	for j := k; j+1 < i; j++ {
		if t := d.lw(j); (t == "come" || t == "comes" || t == "came") && (d.lw(j+1) == "as" || d.lw(j+1) == "after" || d.lw(j+1) == "amid") {
			return true
		}
	}
	return false
}

// sameOccasion reports whether the words after a sentence's "Later" or
// "Earlier" keep it on the day of the story's meeting: a bare comma, "in
// the day", "that evening".
func sameOccasion(w1, w2, w3 string) bool {
	switch w1 {
	case ",":
		return true
	case "in":
		return w2 == "the" && dayParts[w3]
	case "that":
		return dayParts[w2]
	}
	return false
}

// dayParts are the parts of one day: "later in the day", "that evening".
var dayParts = map[string]bool{"day": true, "morning": true, "afternoon": true, "evening": true, "night": true}

// demandTexts head a subject that is a text of the meeting, whose
// demands are its content: "The text asks", "The draft resolution calls
// for".
var demandTexts = map[string]bool{"text": true, "resolution": true, "declaration": true, "communique": true,
	"statement": true, "document": true}

// demandVerbs are what a text asks of its addressees.
var demandVerbs = map[string]bool{"asks": true, "calls": true, "urges": true, "demands": true, "requests": true,
	"asked": true, "called": true, "urged": true, "demanded": true, "requested": true}

// textDemands emits the spans [start, end) of a sentence whose subject
// is a text (demandTexts: "The text", "The draft resolution") that say
// what the text asks: "The text asks the mission to investigate the
// executions and to collect evidence, and calls on member states to
// fulfil pledges" gives "the mission to investigate the executions",
// "collect evidence" and "member states to fulfil pledges"; a demand too
// long to be a topic splits into its addressee of three words or more
// (a body, no person) and its step ("investigate X"). A quoted phrase is no demand, a verb of saying ends the reading
// ("The statement said ...": reported speech, read elsewhere).
func (d *doc) textDemands(s *sentence, emit func(start, end int)) {
	k := max(s.w0, s.labelEnd)
	if k+2 >= s.w1 || d.lw(k) != "the" {
		return
	}
	k++
	if t := d.lw(k); t == "draft" || t == "final" || t == "joint" {
		k++
	}
	if k >= s.w1 || !demandTexts[d.lw(k)] {
		return
	}
	var q quoteCount
	q.from = s.span.Start
	stepEnd := func(from int) int {
		e := from
		for ; e < s.w1; e++ {
			switch t := d.lw(e); t {
			case ".", ";", ":", "(", "?", "!", "—", "–":
				return e
			case ",", "and":
				if e+1 < s.w1 && (demandVerbs[d.lw(e+1)] || d.lw(e+1) == "and" || d.lw(e+1) == "to" && t == "and") {
					return e
				}
			}
		}
		return e
	}
	emitStep := func(a, b int) {
		for j := a + 1; j < b; j++ {
			if agendaStops[d.lw(j)] {
				b = j // "held in the region since January": a time or a clause of its own
				break
			}
		}
		for b > a && (d.lw(b-1) == "," || d.lw(b-1) == "and") {
			b--
		}
		if b-a < 2 {
			return
		}
		if b-a > 14 {
			// too long whole: the step after the addressee's "to"
			for j := a + 1; j < b-2; j++ {
				if d.lw(j) == "to" && !d.words[j+1].cap {
					if j-a >= 3 && !d.personPhrase(d.body[d.words[a].start:d.words[j-1].end]) {
						emit(a, j) // a body asked to act: "the independent fact-finding mission on Iran"
					}
					if b-j-1 <= 14 {
						emit(j+1, b)
					}
					return
				}
			}
			return
		}
		emit(a, b)
	}
	for i := k + 1; i < s.w1; i++ {
		t := d.lw(i)
		if reportingVerb(t) || agendaStops[t] {
			return
		}
		if !demandVerbs[t] || q.openAt(d.body, d.words[i].start) {
			continue
		}
		a := i + 1
		if a < s.w1 && (d.lw(a) == "on" || d.lw(a) == "for") {
			a++
		} else if t[0] == 'c' || t[0] == 'a' && !d.addresseeTo(a, stepEnd(a)) {
			// "The communique called the elections free and fair": a
			// verdict; "The document asks more questions than it
			// answers": no addressee asked to act
			continue
		}
		for a < s.w1 {
			b := stepEnd(a)
			emitStep(a, b)
			if b+2 < s.w1 && d.lw(b) == "and" && d.lw(b+1) == "to" {
				a = b + 2 // "and to collect evidence": another step
				continue
			}
			if b+3 < s.w1 && d.lw(b) == "," && d.lw(b+1) == "and" && d.lw(b+2) == "to" {
				a = b + 3
				continue
			}
			i = b - 1
			break
		}
	}
}

// addresseeTo reports whether the words [a, b) after "asks" name who is
// asked and then, after "to", what: "the mission to investigate".
func (d *doc) addresseeTo(a, b int) bool {
	for j := a + 1; j+1 < b; j++ {
		if d.lw(j) == "to" {
			n := &d.words[j+1]
			return n.alpha && !n.cap
		}
	}
	return false
}

// textCalls emits the spans [start, end) of what a text put to the
// meeting calls for, named by its participle past the lead (leadTopic
// reads the lead's): "had circulated a draft resolution calling for an
// immediate ceasefire, the withdrawal of the M23 from Uvira and
// humanitarian access" gives its three items. A list ends at the
// sentence's end, a clause word (agendaStops) or a source (", the
// minister said").
func (d *doc) textCalls(s *sentence, emit func(start, end int)) {
	for i := s.w0 + 1; i+2 < s.w1; i++ {
		t := d.lw(i)
		if len(t) < 6 || t[len(t)-1] != 'g' || t != "calling" && t != "urging" && t != "demanding" || !leadDocs[d.lw(i-1)] {
			continue
		}
		for k := s.w0; k < i; k++ {
			if outsiderWords[d.lw(k)] {
				return // "Opposition parties issued a statement calling for": no side of the talks
			}
		}
		a := i + 1
		if d.lw(a) == "for" || d.lw(a) == "on" {
			a++
		}
		for e := a; e < s.w1 && e < i+30; e++ {
			w := d.lw(e)
			switch {
			case w == "." || w == ";" || w == ":" || w == "(" || w == "—" || w == "–" || w == "?" || w == "!" || w == "\"" || w == "“" || w == "”" ||
				agendaStops[w] || w == "," && d.reportingClause(e+1, s.w1) || e > a && d.words[e].lf&fAux != 0 && w != "to":
				// ("calling for a truce was circulated": the text's own verb)
				if quoteMark(w) {
					// a list cut off by a quotation ("early elections
					// and an end to \"total peace\""): the items before
					// its last "and"
					for e--; e > a && d.lw(e) != "and"; e-- {
					}
				}
				if e > a {
					emit(a, e)
				}
				return
			case w == ",":
				if e > a {
					emit(a, e)
				}
				a = e + 1
				if d.lw(a) == "and" {
					a++
				}
			}
		}
		return
	}
}

// vagueCalls are demands every side makes of every crisis, no issue of
// the talks: "called for calm", "urged restraint".
var vagueCalls = map[string]bool{"calm": true, "restraint": true, "dialogue": true, "de-escalation": true,
	"peace": true, "unity": true, "patience": true, "moderation": true, "silence": true}

// outsiderWords, before a speaker, make someone outside the talks:
// "Opposition leader X", "union leader X", "Rights group head X".
var outsiderWords = map[string]bool{"opposition": true, "union": true, "unions": true, "rights": true,
	"activist": true, "activists": true, "protest": true, "protesters": true, "outside": true, "critic": true,
	"critics": true, "campaigner": true, "campaigners": true, "strike": true, "lawmaker": true, "lawmakers": true}

// officeWords in a person's role make someone who speaks for a side of
// the talks: a minister, a head of state or government, an envoy.
var officeWords = []string{"minister", "president", "chancellor", "premier", "envoy", "negotiator",
	"ambassador", "secretary", "king", "emir", "sultan", "delegation", "foreign", "ruler", "crown prince"}

// talksSpeaker reports whether the person pi takes part in the talks,
// holds an office that speaks for a side of them (officeWords) or has no
// role in the text, and not an opposition, union or rights role
// (outsiderWords).
func (d *doc) talksSpeaker(pi int) bool {
	if pi < 0 || pi >= len(d.people) {
		return false
	}
	p := d.people[pi]
	if p.part {
		return true
	}
	role := strings.ToLower(p.role)
	if role == "" {
		return true // a name alone ("Saleh, in her opening remarks,"): the story's own speaker
	}
	for _, w := range strings.Fields(role) {
		if outsiderWords[w] {
			return false
		}
	}
	for _, w := range officeWords {
		if strings.Contains(role, w) {
			return true
		}
	}
	return false
}

// partyDemands emits the span [start, end) of what a person named in a
// sentence past the lead demanded of the talks: "Congo's foreign
// minister, Jane Doe, demanded sanctions against Rwandan commanders",
// "Muttaqi, in his opening remarks, called for the reopening of border
// crossings". The demand is a noun phrase: not "called for X to ...",
// not a quotation, not a vague call (vagueCalls), and the sentence names
// no speaker between the person and the verb ("X said Y demanded"). The
// person takes part in the talks or speaks for a side (talksSpeaker), and
// the sentence is no aside or past ("Separately,", "In 2019,").
func (d *doc) partyDemands(s *sentence, emit func(start, end int)) {
	for i := s.w0 + 1; i+1 < s.w1; i++ {
		t := d.lw(i)
		a := -1
		if t == "demanded" {
			a = i + 1
		} else if t == "called" && d.lw(i+1) == "for" {
			a = i + 2
		}
		if a < 0 || a >= s.w1 {
			continue
		}
		if w := d.lw(a); w == "that" || w == "to" || vagueCalls[w] || w == "\"" || w == "“" || d.words[a].punct ||
			(w == "a" || w == "one") && (d.lw(a+1) == "minute" || d.lw(a+1) == "moment") && d.lw(a+2) == "of" && d.lw(a+3) == "silence" {
			return // (a rite, no issue: "called for a minute of silence")
		}
		if d.asideSentence(s, i) || d.datedBefore(s, i) {
			return // "Separately, ...", "In 2019, X called for": another thread or time
		}
		person := false
		for k := i - 1; k >= s.w0; k-- {
			if reportingVerb(d.lw(k)) || d.lw(k) == "would" || negWord(d.lw(k)) || outsiderWords[d.lw(k)] {
				return // "Opposition leader X", "Outside, union leader X": no side of the talks
			}
			if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].typ == PER && d.talksSpeaker(d.ments[mi].person) {
				person = true
			} else if mi >= 0 && d.ments[mi].typ != PER && d.ments[mi].w0 == k && d.protestOrganiser(int(mi)) {
				return // "Greenpeace director X" of the march Greenpeace organised
			}
		}
		if !person {
			return
		}
		e := a
		for ; e < s.w1 && e < a+14; e++ {
			w := d.lw(e)
			if w == "," || w == "." || w == ";" || w == ":" || w == "(" || w == "—" || w == "–" || agendaStops[w] || w == "and" && e+1 < s.w1 && (reportingVerb(d.lw(e+1)) || clauseVerbs[d.lw(e+1)]) {
				break
			}
			if w == "\"" || w == "“" || w == "”" || w == "to" && e+1 < s.w1 && !d.words[e+1].cap && strings.HasSuffix(d.lw(e-1), "s") && e == a+2 {
				return // a quotation, or "called for BRICS countries to oppose": who, then what
			}
		}
		if e == a+14 || e-a < 2 {
			return
		}
		if e < s.w1 && agendaStops[d.lw(e)] && e-a > 2 && strings.HasSuffix(d.lw(e-1), "ed") {
			e-- // "the reopening of border crossings closed since October": the participle goes with its time
		}
		emit(a, e)
		return
	}
}

// protestNouns are the acts of protest outside talks: "a march
// organised by Greenpeace and Oxfam".
var protestNouns = map[string]bool{"march": true, "protest": true, "protests": true, "rally": true, "demonstration": true,
	"demonstrations": true, "vigil": true, "sit-in": true, "marches": true, "rallies": true}

// protestOrganiser reports whether the body named by mention mi
// organised a protest the story tells of ("a march organised by
// Greenpeace and Oxfam"): its people speak outside the talks.
func (d *doc) protestOrganiser(mi int) bool {
	name := d.chairBodyName(mi)
	for si := range d.sents {
		s := &d.sents[si]
		for i := s.w0 + 1; i+2 < s.w1; i++ {
			if d.lw(i+1) != "by" {
				continue
			}
			switch d.lw(i) {
			case "organised", "organized", "led", "staged", "called", "co-organised", "co-organized":
			default:
				continue
			}
			if !protestNouns[d.lw(i-1)] && !(i-2 >= s.w0 && protestNouns[d.lw(i-2)]) {
				continue
			}
			for k := i + 2; k < s.w1 && k < i+16; {
				if t := d.lw(k); t == "the" || t == "and" || t == "," {
					k++
					continue
				}
				m := int(d.mentAt[k])
				if m < 0 || d.ments[m].w0 != k || d.ments[m].typ == PER {
					break
				}
				if n := d.chairBodyName(m); n == name || strings.HasPrefix(name, n+" ") {
					return true
				}
				k = d.ments[m].w1
			}
		}
	}
	return false
}

// honourGuard reports whether the object from word i is a guard of
// honour or troops on parade: "an honour guard", "a guard of honour".
func (d *doc) honourGuard(i, limit int) bool {
	for k := i; k < limit && k < i+4; k++ {
		switch d.lw(k) {
		case "guard", "guards", "parade":
			return true
		}
	}
	return false
}

// signVerbs put a text to paper at the meeting (textTopics; flag fSign).
var signVerbs = []string{"signed", "adopted", "approved", "endorsed", "initialled", "initialed", "sign", "adopt", "approve"}

// textNouns are the texts a meeting signs or adopts.
var textNouns = map[string]bool{"treaty": true, "agreement": true, "accord": true, "protocol": true,
	"declaration": true, "plan": true, "pact": true, "memorandum": true, "deal": true, "roadmap": true,
	"charter": true, "convention": true, "framework": true, "communique": true, "package": true}

// textLinks after a text noun open what the text is about: "a protocol on
// prisoner exchanges", "a treaty setting their maritime boundary" (the
// participle is dropped).
var textLinks = map[string]bool{"on": true, "for": true, "setting": true, "regulating": true,
	"governing": true, "covering": true, "establishing": true, "creating": true, "to": true,
	// what the text binds its signers to: "a declaration pledging to
	// speed up freight" (the "to" is skipped)
	"pledging": true, "committing": true}

// textTopics emits the spans [start, end) of sentence s that say what a
// text signed, adopted or approved is about: "both sides signed a
// protocol on the exchange of prisoners", "The leaders adopted a
// declaration on combating terrorism, approved a plan for economic
// cooperation and agreed to mark the anniversary" (three topics). A
// quoted, negated or earlier signing ("had signed in 2019", "refused to
// sign") gives none.
func (d *doc) textTopics(s *sentence, venue *Place, emit func(start, end int)) {
	var q quoteCount
	q.from = s.span.Start
	for i := s.w0; i < s.w1-2; i++ {
		if d.words[i].lf&fSign == 0 || q.openAt(d.body, d.words[i].start) {
			continue
		}
		if i > s.w0 && negWord(d.lw(i-1)) || i-2 >= s.w0 && d.lw(i-1) == "to" && (refuseVerbs[d.lw(i-2)] || negWord(d.lw(i-2))) {
			continue
		}
		if d.clauseAt(i).when == whenBefore {
			continue // "the treaty they signed in 2019 on fisheries"
		}
		j := i + 1 // the text noun, within a few words
		for j < s.w1 && j < i+6 && !textNouns[d.lw(j)] {
			if t := d.lw(j); t == "," || t == "." || t == ";" || t == "by" || t == "with" || t == "that" {
				j = s.w1
				break
			}
			j++
		}
		if j >= s.w1 || !textNouns[d.lw(j)] || j+2 >= s.w1 {
			continue
		}
		k := j + 1 // past where and when: "a treaty on Thursday", "in Rabat"
		for k+1 < s.w1 {
			if (d.lw(k) == "on" || d.lw(k) == "in") && (d.dateWordAt(k+1, s.w1) || isDayNumber(d.lw(k+1))) {
				k = d.pastDateWords(k+2, s.w1)
				continue
			}
			if (d.lw(k) == "in" || d.lw(k) == "at") && d.venueAt(k+1, venue) {
				k += 2
				for k < s.w1 && upperWord(d.words[k].text) {
					k++
				}
				continue
			}
			break
		}
		if k == j+1 && k+1 < s.w1 && d.lw(k) == "of" && !d.dateWordAt(k+1, s.w1) {
			// the text named by what it holds: "adopted its 20th package of
			// sanctions against Russia on Tuesday", "a memorandum of
			// understanding on energy"
			if e := d.textEnd(k+1, s.w1, venue); e > k+1 {
				emit(i+1, e)
				i = e - 1
			}
			continue
		}
		if k+1 >= s.w1 || !textLinks[d.lw(k)] {
			if d.namedText(i+1, j) {
				// the text named by its kind: "signed a free trade
				// agreement in the capital on Saturday"
				emit(i+1, j+1)
			}
			continue
		}
		if (d.lw(k) == "to" || d.lw(k) == "for") && (nounOpeners[d.lw(k+1)] && d.lw(k) == "to" || upperWord(d.words[k+1].text)) || d.lw(k) == "to" && dealVerbs[d.lw(k+1)] {
			// "a plan to the council", "a deal for Brighton to host the
			// conference", "a deal to buy jets": no topic of talks
			continue
		}
		begin := k + 1
		if (d.lw(k) == "pledging" || d.lw(k) == "committing") && begin+1 < s.w1 && d.lw(begin) == "to" {
			begin++
		}
		if d.dateWordAt(begin, s.w1) || d.words[begin].lf&fMeetNoun != 0 {
			continue
		}
		end := d.textEnd(begin, s.w1, venue)
		if end <= begin {
			continue
		}
		emit(begin, end)
		i = end - 1
		// ", approved a plan for ... and agreed to mark the anniversary":
		// the same subject agreed to more
		if end+3 < s.w1 && d.lw(end) == "and" && d.lw(end+1) == "agreed" && d.lw(end+2) == "to" && d.words[end+3].lf&fMeetNoun == 0 && !timePreps[d.lw(end+3)] && d.lw(end+3) != "meet" {
			if e := d.textEnd(end+3, s.w1, venue); e > end+3 {
				emit(end+3, e)
				i = e - 1
			}
		}
	}
}

// pastDateWords returns the first word from k (before limit) that goes
// on with no date: past "Monday", "March 3" (dateWordAt, isDayNumber).
func (d *doc) pastDateWords(k, limit int) int {
	for k < limit && (d.dateWordAt(k, limit) || isDayNumber(d.lw(k))) {
		k++
	}
	return k
}

// namedText reports whether the words [i, j) before a text noun name its
// kind ("a free trade", "the defence cooperation"), not only its place in
// time or its fame ("the final", "a historic", "the").
func (d *doc) namedText(i, j int) bool {
	kind := false
	for k := i; k < j; k++ {
		switch t := d.lw(k); t {
		case "a", "an", "the", "its", "their", "final", "new", "historic", "landmark", "first", "long-awaited", "formal", "joint", "two-year", "bilateral":
		case "of", ",", "and", "to", "that", "which", "it", "this":
			return false
		default:
			if d.dateWordAt(k, j) || t[0] >= '0' && t[0] <= '9' {
				return false
			}
			kind = true
		}
	}
	return kind
}

// upperWord reports whether w opens with a capital letter.
func upperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// textEnd returns where a text's topic that begins at word i ends: at a
// clause's punctuation or stop word, at "and" before another verb of the
// subject ("and approved", "and agreed"), or before where or when.
func (d *doc) textEnd(i, limit int, venue *Place) int {
	end := i
	for ; end < limit && end < i+16; end++ {
		t := d.lw(end)
		switch t {
		case ",", ".", ";", ":", "—", "–", "(", "\"", "“", "”", "?", "!":
			return end
		}
		if agendaStops[t] && end > i || end > i && end+1 < limit && d.lw(end+1) == "by" && strings.HasSuffix(t, "ed") {
			return end // "..., hosted by the minister": who, not what
		}
		if t == "and" && end+1 < limit && (d.words[end+1].lf&fSign != 0 || leadVerbs[d.lw(end+1)] || clauseVerbs[d.lw(end+1)] || andTalkVerb(d, end+1, limit) > 0) {
			return end // (andTalkVerb: "signed a memorandum on X and discussed Y", agenda17.go)
		}
		if end > i && end+1 < limit && ((t == "in" || t == "at") && d.venueAt(end+1, venue) || (t == "on" || t == "by") && d.dateWordAt(end+1, limit)) {
			return end
		}
	}
	if end-i >= 16 {
		return i // too long to be a topic
	}
	return end
}

// cutAndThe splits the last item of a comma list at its " and the " (or
// "a", "an"), when both halves open with a determiner: "the restoration of
// services and the status of contested areas" (not "talks between the
// army and the rebels": "between" keeps its pair).
func cutAndThe(it string) (string, string, bool) {
	first, _, _ := strings.Cut(it, " ")
	if !nounOpeners[strings.ToLower(first)] && strings.Count(it, " ") < 8 {
		// (a long last item of a list splits too: "migration, Turkish
		// objections to two marine parks declared last year and a
		// proposed power cable")
		return "", "", false
	}
	for _, sep := range [...]string{" and the ", " and a ", " and an "} {
		if k := strings.Index(it, sep); k > 0 {
			a, b := it[:k], it[k+len(" and "):]
			if containsWord(a, "between") || containsWord(a, "and") {
				return "", "", false
			}
			return a, b, true
		}
	}
	return "", "", false
}

// refuseVerbs before "to" deny the verb after: "refused to discuss".
var refuseVerbs = map[string]bool{"refused": true, "refuses": true, "refuse": true, "declined": true,
	"declines": true, "failed": true, "fails": true}

// subjectEnd returns where the subject of the verb at v ends: before an
// "also", and before an appositive set off by commas ("The 30-minute
// call, the leaders' first since they met in October, covered"; "The
// final communique, adopted by consensus, also covered").
func (d *doc) subjectEnd(v, lo int) int {
	j := v
	if j > lo && d.lw(j-1) == "also" {
		j--
	}
	if j-1 <= lo || d.lw(j-1) != "," {
		return j
	}
	for k := j - 2; k > lo && k > j-25; k-- {
		switch d.lw(k) {
		case ",":
			return k
		case ".", ";", "\"", "“", "”":
			return j
		}
	}
	return j
}

// splitAnd splits a topic phrase at "and" where it joins two topics
// ("an end to air strikes and unhindered access for aid workers"), not
// inside one: "talks between Serbia and Kosovo", "a network for ships
// and undersea cables" (a short plain noun after a prepositional phrase).
func splitAnd(phrase string) []string {
	var out []string
	seg := 0 // where the current item begins
	for from := 0; ; {
		k := strings.Index(phrase[from:], " and ")
		if k < 0 {
			break
		}
		k += from
		before, after := phrase[seg:k], phrase[k+len(" and "):]
		from = k + len(" and ")
		if containsWord(before, "between") && !containsWord(before, "and") {
			continue // "between France and its territory"
		}
		if n := strings.Count(after, " ") + 1; n <= 2 && !nounOpeners[strings.ToLower(strings.Fields(after)[0])] &&
			(containsWord(before, "for") || containsWord(before, "of") || containsWord(before, "on")) {
			continue // "a network for ships and undersea cables"
		}
		out = append(out, before)
		seg = from
	}
	return append(out, phrase[seg:])
}

// leadVerbs open the event's own topic in the lead (leadTopic): what the
// parties agreed to, called for or were summoned over.
var leadVerbs = map[string]bool{"agreed": true, "agree": true, "agrees": true, "called": true, "calls": true,
	"summoned": true, "summons": true,
	// what the parties bound themselves to: "the leaders committed to
	// harmonising tariffs", "pledged to speed up" (only before "to")
	"committed": true, "pledged": true}

// leadDocs name a text put to a meeting, whose demand is its topic: "a
// resolution that would have demanded an end to air strikes".
var leadDocs = map[string]bool{"resolution": true, "draft": true, "text": true, "declaration": true,
	"motion": true, "statement": true, "communique": true}

// docVerbs are what such a text asks for.
var docVerbs = map[string]bool{"demanded": true, "demand": true, "demands": true, "demanding": true,
	"condemned": true, "condemn": true, "condemns": true, "condemning": true, "urged": true, "urge": true,
	"urges": true, "urging": true, "called": true, "call": true, "calls": true, "calling": true}

// dealVerbs after "agreed to" tell of a business deal, not of talks'
// topic: "agreed to sell its candy businesses", "agreed to form a new
// company".
var dealVerbs = map[string]bool{"sell": true, "buy": true, "acquire": true, "purchase": true, "form": true,
	"merge": true, "pay": true, "invest": true, "lend": true, "settle": true}

// topicPhrasals are the particles of a phrasal verb before its object:
// "to set up a network".
var topicPhrasals = map[string]bool{"up": true, "out": true, "down": true}

// leadTopic reads what the story's event was about from the lead
// sentence's own clause when no agenda word names it, and returns the
// word the topic starts at (-1 when none) and whether it opens with a
// verb ("set up a network": a verb phrase is one topic, or more joined
// by "and to"): what the parties agreed to
// ("agreed in New Delhi on Wednesday to set up a shared network", "agreed
// on Friday to a fresh ceasefire", "agreed a common approach on
// climate"), called for ("called on Friday for an end to violence"), were
// summoned over ("summoned the ambassador over a vote"), or what a text
// put to the meeting demanded ("a resolution that would have demanded
// an end to air strikes", "a draft calling for a ceasefire"). Quoted
// words and negated verbs ("failed to agree", "refused to") give none.
// Past the lead (lead false) only a meeting's own agreement counts:
// "the summit had agreed a common approach on climate finance".
func (d *doc) leadTopic(s *sentence, lead bool) (start int, verb bool) {
	var q quoteCount
	q.from = s.span.Start
	for i := s.w0; i < s.w1-1; i++ {
		t := d.lw(i)
		if !lead && (t != "agreed" && t != "committed" && t != "pledged" || !d.meetNounIn(max(s.w0, i-3), i) && !d.discussants(s, i)) {
			// past the lead, only what the meeting itself or its parties
			// agreed: "He said the summit had agreed a common approach on
			// migration", "the three sides had agreed to extend the
			// corridor"
			continue
		}
		if !lead && (d.datedBefore(s, i) || d.asideSentence(s, i)) {
			continue // an earlier step: "In 1995 the two countries agreed to", "Iran agreed in November to"
		}
		if !leadVerbs[t] && !leadDocs[t] || q.openAt(d.body, d.words[i].start) {
			continue
		}
		if leadDocs[t] {
			j := i + 1
			if j+1 < s.w1 && (d.lw(j) == "on" || d.lw(j) == "in") && (d.dateWordAt(j+1, s.w1) || isDayNumber(d.lw(j+1))) {
				j = d.pastDateWords(j+1, s.w1) // "a resolution on Tuesday urging"
			}
			if j < s.w1 && (d.lw(j) == "that" || d.lw(j) == "which") {
				j++
				for j < s.w1 && (d.lw(j) == "would" || d.lw(j) == "will" || d.lw(j) == "have") {
					j++
				}
			} else if j >= s.w1 || !strings.HasSuffix(d.lw(j), "ing") {
				continue
			}
			if j+1 >= s.w1 || !docVerbs[d.lw(j)] {
				continue
			}
			if j++; d.lw(j) == "for" {
				j++
			}
			return j, false
		}
		if i > s.w0 && (d.lw(i-1) == "to" || negWord(d.lw(i-1))) {
			continue // "failed to agree on the agenda", "did not agree"
		}
		j := d.skipAdjuncts(i+1, s.w1)
		if j >= s.w1-1 {
			continue
		}
		switch w := d.lw(j); {
		case t == "called" || t == "calls":
			if w == "for" {
				return j + 1, false
			}
		case t == "summoned" || t == "summons":
			// the one summoned, then the reason: "summoned Iraq's
			// ambassador over the vote"
			for k := j; k < min(s.w1-1, j+8); k++ {
				if d.lw(k) == "," || d.lw(k) == "." {
					break
				}
				if d.lw(k) == "over" && !d.dateWordAt(k+1, s.w1) && !isDayNumber(d.lw(k+1)) {
					return k + 1, false
				}
			}
		case t == "committed" || t == "pledged":
			// only "committed to", not "committed the crime", "pledged
			// $200 million", "pledged to Farrakhan's group" (a receiver)
			if w == "to" && j+1 < s.w1 && !upperWord(d.words[j+1].text) && !d.words[j+1].punct {
				if nounOpeners[d.lw(j+1)] {
					return j + 1, false // "committed to a ceasefire"
				}
				v := j + 1
				if d.lw(v) == "also" {
					v++
				}
				return v, true
			}
		case w == "to":
			k := j + 1
			if nounOpeners[d.lw(k)] || d.words[k].lf&fMeetNoun != 0 {
				if !lead && (k+2 >= s.w1 || d.words[k+2].punct) {
					continue // past the lead, "agreed to the plan": a text named before, no topic
				}
				return k, false // "agreed to a fresh ceasefire"
			}
			if dealVerbs[d.lw(k)] {
				continue // a business deal, no talks: "agreed to sell its candy unit"
			}
			v := k
			if k++; k < s.w1 && topicPhrasals[d.lw(k)] {
				k++
			}
			if k >= s.w1 || timePreps[d.lw(k)] || d.lw(k) == "again" || d.lw(k) == "with" || d.lw(k) == "," || d.words[k].lf&fMeetNoun != 0 {
				// "agreed to meet again in May", "to hold talks": no
				// object that is a topic
				continue
			}
			return v, true
		case w == "a" || w == "an" || w == "the" || w == "new":
			return j, false // "agreed a common approach on climate finance"
		}
	}
	return -1, false
}

// talksTopic gives the start of the subject of talks named at word i
// when who with, where and when come first: "held talks with his Indian
// counterpart in Beijing on Monday on border tensions" (the subject:
// border tensions). It gives -1 when no "on", "about" or "over" phrase
// follows those adjuncts, or when that phrase is a date or an idiom ("on
// the sidelines").
func (d *doc) talksTopic(i, limit int) int {
	switch d.lw(i) {
	case "talks", "discussions", "negotiations", "consultations":
	default:
		return -1
	}
	k := i + 1
	for n := 0; k < limit && n < 5; n++ {
		switch t := d.lw(k); t {
		case "on", "about", "over":
			if d.dateWordAt(k+1, limit) || isDayNumber(d.lw(k+1)) {
				k = d.pastDateWords(k+2, limit) // "on Monday", "on March 3"
				continue
			}
			if n > 0 && d.circumstanceAt(k+1, limit) {
				// "held talks with B on the phone on Wednesday about X":
				// how, then what
				j := k + 1
				for j < limit && j-k <= 8 {
					switch d.lw(j) {
					case "on", "about", "over", "in", "at", "with":
						k = j
						goto again
					case ",", ".", ";", ":", "and", "that", "which", "who":
						return -1
					}
					j++
				}
				return -1
			again:
				continue
			}
			if n == 0 || !d.meetingOn(k+1, limit) {
				return -1 // (right after the noun: the triggers' own "talks on")
			}
			if w := d.clauseAt(i).when; w == whenBefore || w == whenAfter {
				return -1 // other talks: "held talks with B on trade in Addis Ababa last year", "is due to hold talks ... in June"
			}
			return k + 1
		case "with", "in", "at":
			// who with or where: up to the next preposition or comma
			j := k + 1
			for j < limit && j-k <= 8 {
				switch d.lw(j) {
				case "on", "about", "over", "in", "at", "with":
					goto next
				case ",", ".", ";", ":", "and", "to", "that", "which", "who":
					return -1
				}
				j++
			}
			return -1
		next:
			k = j
		default:
			return -1
		}
	}
	return -1
}

// skipAdjuncts skips the time, place and manner phrases after a verb
// ("in New Delhi on Wednesday", "in a phone call on Monday") and returns
// the word after them.
func (d *doc) skipAdjuncts(i, limit int) int {
	for n := 0; i < limit && n < 3; n++ {
		switch d.lw(i) {
		case "in", "on", "at", "during":
		default:
			return i
		}
		k := i + 1
		for k < limit && k-i <= 4 {
			switch d.lw(k) {
			case "in", "on", "at", "during", "to", "for", ",", ".", "over":
				goto next
			}
			k++
		}
		return i
	next:
		if d.lw(i) == "on" && !d.dateWordAt(i+1, limit) {
			return i // "agreed on a truce": the object
		}
		i = k
	}
	return i
}

// personPhrase reports whether s is a person, named with his or her
// titles: "Somali President Hassan Sheikh Mohamud" (its words are all
// capitalised and it ends with a person's name).
func (d *doc) personPhrase(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ",")
	if s == "" {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameParticles[w] && !isParticleName(w) {
			// (a name's particles: "Sheikh Abdullah bin Zayed Al
			// Nahyan", "Ursula von der Leyen")
			return false
		}
	}
	for pi := range d.people {
		if n := d.people[pi].canonical(); n != "" && strings.HasSuffix(s, n) {
			return true
		}
	}
	return false
}

// furtherIn reports whether sentence si tells of another meeting than
// the story's: "further talks", "another round", "meet again", "a
// follow-up meeting".
func (d *doc) furtherIn(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if d.furtherWord(i, s.w1) {
			return true
		}
	}
	return false
}

// furtherWord reports whether word i, of a sentence ending at word end,
// tells of another meeting (see furtherIn).
func (d *doc) furtherWord(i, end int) bool {
	switch d.lw(i) {
	case "further", "another", "follow-up":
		return d.meetNounIn(i+1, min(i+3, end), "round")
	case "again":
		return true
	}
	return false
}

// callWord reports whether t names a call, after "in (a)" or "by": how
// the talks were held, not what about ("in a telephone conversation").
func callWord(t string) bool {
	return t == "phone" || t == "telephone" || t == "video" || t == "videoconference"
}

// discussants reports whether "discussed" at word i of s tells of the
// talks: parties stand just before the verb ("The two sides discussed",
// "Putin and Pezeshkian discussed", "they also discussed") or the
// sentence opens with the talks ("The meeting, chaired by X, also
// discussed"); not a negation, a relative clause ("which the two sides
// discussed at the May summit"), a passive or adjective ("was discussed",
// "most discussed"), nor an earlier time or another call ("discussed
// grain exports in a phone call last month").
func (d *doc) discussants(s *sentence, i int) bool {
	if d.lw(i) == "also" {
		i++
	}
	if d.asideSentence(s, i) {
		return false // "Separately, the city council discussed ...": another story
	}
	if d.otherCall(i, s.w1) {
		return false
	}
	if c := d.clauseAt(i); c.when == whenBefore && !d.timeOfInnerVerb(i, c.whenAt) {
		// an earlier time in the verb's clause: "discussed grain in
		// 2023", "In 2019 they discussed"; a ", when" clause takes the
		// time of the clause it hangs on: "The two men last met in
		// Riyadh in March, when they discussed"
		return false
	}
	for k := i - 1; k >= s.w0 && k >= i-6; k-- {
		switch d.lw(k) {
		case "which", "who", "when", "not", "never", "n't", "most", "widely", "much", "been", "was", "were", "is", "being":
			return false
		case "that":
			if k == i-1 {
				return false
			}
		}
	}
	for k := i + 1; k+1 < s.w1 && k < i+25; k++ {
		// before the clause ends: talks of their own, words to the
		// press ("among themselves", "with reporters"; not ", the
		// Kremlin told reporters")
		t := d.lw(k)
		if t == "," || t == "." || t == ";" {
			break
		}
		switch t {
		case "themselves", "internally", "reporters", "journalists":
			return false
		}
	}
	for k := s.labelEnd; k < s.w1 && k < s.labelEnd+3; k++ {
		if d.words[k].lf&fMeetNoun != 0 {
			return true
		}
	}
	k := i - 1
	for k > s.w0 && (d.lw(k) == "also" || d.lw(k) == "again" || d.lw(k) == "once" || d.lw(k) == "jointly" || d.lw(k) == "then" ||
		d.lw(k) == "had" || d.lw(k) == "have" || d.lw(k) == "has") {
		// ("leaders had discussed trade", "the sides have also discussed")
		k--
	}
	if k < s.w0 {
		return false
	}
	if d.lw(k) == "and" {
		// the subject's second verb: "X met Y in Z on Tuesday and
		// discussed" (agenda17.go)
		return d.andDiscussants(s, k)
	}
	if d.lw(k) == "," {
		// past an appositive to the subject's head: "The council, chaired
		// by Chad's minister, Mahamat Souleymane, also discussed"
		c := max(s.w0, s.labelEnd)
		for c < k && d.lw(c) != "," {
			c++
		}
		if c >= k || c-1 < s.w0 || c > max(s.w0, s.labelEnd)+6 {
			return false
		}
		k = c - 1
	}
	if mi := d.mentAt[k]; mi >= 0 {
		return d.ments[mi].typ == PER || d.ments[mi].typ == GPE || d.ments[mi].typ == ORG && bodyNouns[d.lw(d.ments[mi].w1-1)]
	}
	if d.words[k].lf&fMeetNoun != 0 || bodyNouns[d.lw(k)] {
		return true // "The joint committee discussed", "The talks also discussed"
	}
	switch d.lw(k) {
	case "sides", "leaders", "ministers", "they", "delegations", "presidents", "counterparts", "both", "countries", "men", "women", "governments", "he", "she", "we",
		"participants", "delegates", "negotiators", "envoys", "attendees",
		// one side by its office: "The Philippine minister raised"
		"minister", "president", "premier", "chancellor", "envoy", "counterpart", "side", "officials",
		"premiers", "chancellors": // (agenda17.go: "The Norwegian and Swedish premiers met ... and discussed")
		return true
	case "two", "pair":
		return k > s.w0 && d.lw(k-1) == "the" // "The two discussed" (agenda17.go)
	}
	return false
}

// datedBefore reports whether the verb at word i of s carries a date of
// its own: a year before it in the sentence ("In 1995 ... agreed") or a
// date in the adjuncts right after it ("agreed in November to"). Past the
// lead, such a step is background, not the talks'.
func (d *doc) datedBefore(s *sentence, i int) bool {
	for k := s.w0; k < i; k++ {
		if t := d.lw(k); len(t) == 4 && (t[0] == '1' || t[0] == '2') && isDayNumber(t) {
			return true
		}
	}
	for k := i + 1; k+1 < s.w1 && k < i+4 && (d.lw(k) == "in" || d.lw(k) == "on" || d.lw(k) == "last"); k++ {
		if d.dateWordAt(k+1, s.w1) || isDayNumber(d.lw(k+1)) {
			return true
		}
	}
	return false
}

// gatedTriggers open agenda triggers only in a narrow reading (a copula
// before "about", "raised" before an issue): elsewhere they are plain
// verbs, which leadPredicate may read ("The vote was peaceful", "Poland
// raised its tariffs").
var gatedTriggers = map[string]bool{"raised": true, "was": true, "is": true, "were": true, "are": true, "will": true,
	"pressed": true, "presses": true, "pressing": true}

// pressTopic returns where the subject starts that "pressed" at word i
// of s presses someone on: "pressed Germany on compensation", "pressed
// the minister over the dam" (the one pressed: a name, a pronoun or a
// short noun phrase), or -1: "pressed on with the tour", "pressed
// Lithuania on Wednesday", "pressing issues".
func (d *doc) pressTopic(s *sentence, i int) int {
	o := i + 1
	if o >= s.w1 {
		return -1
	}
	switch w := &d.words[o]; {
	case d.mentAt[o] >= 0:
		o = d.ments[d.mentAt[o]].w1
	case w.low == "him" || w.low == "her" || w.low == "them" || w.low == "it":
		o++
	case nounOpeners[w.low] || w.cap:
		for n := 0; o < s.w1 && n < 4 && !objectPreps[d.lw(o)] && d.lw(o) != "," && d.lw(o) != "to"; n++ {
			o++
		}
	default:
		return -1
	}
	if o+1 >= s.w1 || d.lw(o) != "on" && d.lw(o) != "over" && d.lw(o) != "about" || !d.meetingOn(o+1, s.w1) {
		return -1
	}
	if d.lw(o) == "on" && d.dateWordAt(o+1, s.w1) {
		return -1
	}
	return o + 1
}

// aboutTopic reports whether "was about" (or "is", "were", "are", "will
// be") at word i opens a topic: not a number ("was about 300 whales"),
// not "about to".
func (d *doc) aboutTopic(i, limit int) bool {
	k := i + 1
	if d.lw(i) == "will" {
		k++
	}
	k++ // past "about"
	if k >= limit {
		return false
	}
	w := d.lw(k)
	return w != "" && !(w[0] >= '0' && w[0] <= '9') && w[0] != '$' && w != "to" && w != "half" && w != "a" && w != "an" && w != "one" && !d.dateWordAt(k, limit)
}

// issueNouns open the object of "raised" that is a subject of talks:
// "raised the issue of", "raised concerns about".
var issueNouns = map[string]bool{"issue": true, "issues": true, "question": true, "questions": true,
	"matter": true, "case": true, "cases": true, "subject": true, "concerns": true, "concern": true,
	"prospect": true, "possibility": true, "plight": true, "fate": true}

// raisedIssue reports whether "raised" at word i of s (or "also raised")
// brings a subject to talks: the talks' parties raise it (discussants)
// and either "also" marks one more subject or its object is an issue
// ("raised the issue of", "raised concerns over"); not "raised $2
// billion", "raised interest rates" or "was raised by".
func (d *doc) raisedIssue(s *sentence, i int) bool {
	v := i
	if d.lw(v) == "also" {
		v++
	}
	if v+2 >= s.w1 || !d.discussants(s, i) {
		return false
	}
	o := v + 1
	if nounOpeners[d.lw(o)] {
		o++
	}
	if w := d.lw(o); w == "" || w[0] >= '0' && w[0] <= '9' || w[0] == '$' || w == "by" || objectPreps[w] {
		return false
	}
	switch d.lw(v + 1) {
	case "its", "their", "his", "her", "our":
		if !issueNouns[d.lw(v+2)] {
			return false // "raised its contribution": increased its own, no issue
		}
		o = v + 2 // "raised its concerns over X"
	}
	for k := v + 2; k+1 < s.w1 && k < v+16; k++ {
		if t := d.lw(k); t == "," || t == "." || t == ";" {
			break
		}
		if d.lw(k) == "by" && (isDayNumber(d.lw(k+1)) || d.lw(k+1) != "" && d.lw(k + 1)[0] >= '0' && d.lw(k + 1)[0] <= '9') {
			return false // "raised the levy by 20 percent": an amount
		}
	}
	if issueNouns[d.lw(o)] {
		// "raised the issue of X", "raised concerns about X"; not a bare
		// "have raised concerns" (a stance, no topic)
		switch d.lw(o + 1) {
		case "of", "about", "over", "regarding", "on", "around":
			return true
		}
		return false
	}
	return v > i
}

// asideWords open an aside set off by commas inside a list of topics:
// ", which has lost 90 percent of its surface since the 1960s,".
var asideWords = map[string]bool{"which": true, "who": true, "where": true}

// asideQuantity opens the time span of an aside: ", a year after ...".
var asideQuantity = map[string]bool{"a": true, "an": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "several": true, "some": true, "nearly": true, "almost": true}

// listAsideEnd returns the comma that closes an aside opening at the comma
// c, when a list of topics goes on after it: "the shrinking of the lake,
// which has lost 90 percent of its surface, the Transaqua project and
// ...", "security on the eastern flank, a year after drones entered its
// airspace, and support for Ukraine". It returns -1 when no such aside
// opens there or the list does not go on ("and" or a determiner after
// the closing comma).
func (d *doc) listAsideEnd(c, limit int) int {
	k := c + 1
	if k >= limit {
		return -1
	}
	if !asideWords[d.lw(k)] {
		// a time span: "a year after", "two weeks before", "days after"
		if w := d.lw(k); asideQuantity[w] || w != "" && w[0] >= '0' && w[0] <= '9' {
			k++
		}
		if k+1 >= limit || !timeNouns[d.lw(k)] && !timeNouns[strings.TrimSuffix(d.lw(k), "s")] {
			return -1
		}
		k++
		switch d.lw(k) {
		case "after", "before", "since", "ago", "later":
		default:
			return -1
		}
	}
	for e := k + 1; e < limit && e < c+26; e++ {
		switch d.lw(e) {
		case ".", ";", ":", "—", "–", "?", "!", "\"", "“", "”":
			return -1
		case ",":
			if e+2 < limit && (d.lw(e+1) == "and" || nounOpeners[d.lw(e+1)]) && !d.reportingClause(e+1, limit) {
				return e
			}
			return -1
		}
	}
	return -1
}

// trimIssue drops the issue noun that opens a topic: "the issue of
// fishing rights" -> "fishing rights", "concerns about the dam" -> "the
// dam"; a bare issue noun stays.
func trimIssue(item string) string {
	for _, p := range [...]string{"its ", "their ", "his ", "her ", "our "} {
		// "its concerns over X"
		if len(item) > len(p)+8 && strings.EqualFold(item[:len(p)], p) && (item[len(p)] == 'c' || item[len(p)] == 'C') {
			if t := trimIssue(item[len(p):]); len(t) < len(item)-len(p) {
				return t
			}
			break
		}
	}
	for _, p := range [...]string{"the issue of ", "the question of ", "the matter of ", "the subject of ", "the issues of ",
		"concerns about ", "concerns over ", "concern about ", "concern over ", "the prospect of ", "the possibility of "} {
		if len(item) > len(p) && strings.EqualFold(item[:len(p)], p) {
			return item[len(p):]
		}
	}
	return item
}

// bodyNouns name a body that meets and speaks as one: "The council also
// discussed", "the commission reviewed".
var bodyNouns = map[string]bool{"council": true, "commission": true, "committee": true, "assembly": true,
	"forum": true, "session": true, "delegation": true, "panel": true, "bloc": true, "ministers'": true}

// otherCall reports whether the clause from word i tells of a telephone
// or video call when the lead does not: "discussed grain exports in a
// phone call" (not "a U.N. call for a ceasefire").
func (d *doc) otherCall(i, limit int) bool {
	if d.callSent >= 0 {
		return false
	}
	for k := i; k < limit && k < i+15; k++ {
		switch d.lw(k) {
		case "phone", "telephone", "videoconference":
			return true
		case ";":
			return false
		}
	}
	return false
}

// coverAmounts after "covered" tell how much, not what: "the talks
// covered little ground".
var coverAmounts = map[string]bool{"little": true, "much": true, "no": true, "some": true, "considerable": true,
	"new": true, "lots": true, "plenty": true, "ground": true, "everything": true, "nothing": true,
	// a span of time or a vague range: "covered nearly three hours", "a
	// wide range of issues"
	"nearly": true, "almost": true, "about": true, "around": true, "more": true, "over": true, "several": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "hours": true, "days": true,
	"wide": true, "broad": true, "range": true, "many": true, "all": true}

// otherPlaceIn reports whether sentence si names, after "in" or "at", a
// place other than the venue (if any) or its country.
func (d *doc) otherPlaceIn(si int, venue *Place) bool {
	s := &d.sents[si]
	for i := s.w0; i+1 < s.w1; i++ {
		if t := d.lw(i); t != "in" && t != "at" {
			continue
		}
		if mi := int(d.mentAt[i+1]); mi >= 0 && d.ments[mi].w0 == i+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
			if n := d.placeName(mi); venue == nil || n != venue.Name && n != venue.Country {
				return true
			}
		}
	}
	return false
}

// quoteCount counts the quotation marks of a text up to a growing offset,
// so that asking at every word of a sentence whether a quote is open costs
// one pass over it.
type quoteCount struct {
	from                    int // the offset counted up to
	straight, opens, closes int
}

// openAt reports whether a quotation is open at byte off of body (off
// at or after every earlier call's): openQuote of the text from the
// first offset.
func (q *quoteCount) openAt(body string, off int) bool {
	if off > q.from {
		t := body[q.from:off]
		q.straight += strings.Count(t, "\"")
		q.opens += strings.Count(t, "“")
		q.closes += strings.Count(t, "”")
		q.from = off
	}
	return q.straight%2 == 1 || q.opens > q.closes
}

// openQuote reports whether s leaves a quotation open: an odd number of
// straight double quotes, or more opening curly quotes than closing.
func openQuote(s string) bool {
	var q quoteCount
	return q.openAt(s, len(s))
}

// reportingVerb reports whether t names a statement, in a source clause
// (reportingClause) or on the day something was said (reportedAt).
func reportingVerb(t string) bool {
	switch t {
	case "said", "says", "told", "announced", "reported", "added", "stated", "confirmed":
		return true
	}
	return false
}

// reportingClause reports whether the words from i are a short clause that
// names a source ("Iran's foreign ministry said", "officials told
// reporters"): a reporting verb within six words, before any punctuation.
func (d *doc) reportingClause(i, limit int) bool {
	for k := i; k < limit && k < i+7; k++ {
		switch t := d.lw(k); t {
		case ",", ".", ";", ":", "(", ")", "—", "–":
			return false
		default:
			if reportingVerb(t) {
				return k > i
			}
		}
	}
	return false
}

// phaseVerbs open or close a meeting: "the talks ended in Geneva", "the
// summit opened in Baku".
var phaseVerbs = map[string]bool{"ended": true, "opened": true, "began": true, "closed": true, "concluded": true,
	"started": true, "resumed": true, "reconvened": true, "convened": true, "wrapped": true}

// venueAt reports whether a mention of the venue starts at word i, also
// when the venue is the dateline's city named by its title after "in" or
// "at" ("in the Ethiopian capital").
func (d *doc) venueAt(i int, venue *Place) bool {
	if venue == nil {
		return false
	}
	if mi := int(d.mentAt[i]); mi >= 0 && d.ments[mi].w0 == i && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) && d.placeName(mi) == venue.Name {
		return true
	}
	if i == 0 || d.lw(i) != "the" {
		return false
	}
	dl := d.datelinePlace()
	return dl != nil && dl.Name == venue.Name && d.datelineNamedIn(i-1, min(len(d.words), i+4), dl)
}

// shortPlain reports whether a list item is at most four words with no
// clause or pair in it ("that", "which", "between", "and").
func shortPlain(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 4 {
			return false
		}
		switch w {
		case "that", "which", "who", "between", "and", "with":
			return false
		}
	}
	return true
}

// dateWords open date phrases.
var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "tomorrow": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "next": true, "this": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

// dateWordsOrStem holds the words of dateWords and those of its words
// that end in a period without it ("feb" of "feb."), so that dateStart
// asks one map and builds no string.
var dateWordsOrStem = func() map[string]bool {
	m := make(map[string]bool, 2*len(dateWords))
	for w, ok := range dateWords {
		if ok {
			m[w] = true
			if s, dot := strings.CutSuffix(w, "."); dot {
				m[s] = true
			}
		}
	}
	return m
}()

// dateStart reports whether the word f, followed by rest, opens or goes on
// with a date: a weekday or month ("Friday", "Feb."), "next" or "this"
// before a unit of time ("next week", not "next steps"), or a day number
// after a date word or before a month ("20 February", "March 3-4").
func (d *doc) dateStart(f, rest string, dated bool) bool {
	lf := d.lowerOf(f)
	next, _, _ := strings.Cut(rest, " ")
	switch {
	case lf == "next" || lf == "this":
		return timeUnits[d.lowerOf(next)]
	case dateWordsOrStem[lf]: // dateWords[lf] || dateWords[lf+"."]
		return true
	case isDayNumber(f):
		return dated || dateWords[d.lowerOf(next)] && d.lowerOf(next) != "next" && d.lowerOf(next) != "this"
	}
	return false
}

// dateWordAt reports whether word i opens a date (see dateStart).
func (d *doc) dateWordAt(i, limit int) bool {
	rest := ""
	if i+1 < limit {
		rest = d.words[i+1].text
	}
	return d.dateStart(d.words[i].text, rest, false)
}

// onlyDate reports whether the words [i, j) are a date and nothing else
// ("Friday", "Feb. 20").
func (d *doc) onlyDate(i, j int) bool {
	for k := i; k < j; k++ {
		rest := ""
		if k+1 < j {
			rest = d.words[k+1].text
		}
		if t := d.words[k].text; t != "." && t != "," && !d.dateStart(t, rest, k > i) {
			return false
		}
	}
	return true
}

// timeUnits follow "next" or "this" in a date.
var timeUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// topicAfter returns where the topic starts in a phrase that opens with a
// time preposition: after "on", "over", "about", "to discuss" or "to
// address"; -1 if there is none.
func topicAfter(item string) int {
	best := -1
	for _, p := range [...]string{" on ", " over ", " about ", "to discuss ", "to address "} {
		if k := strings.Index(item, p); k >= 0 && (best < 0 || k+len(p) < best) {
			best = k + len(p)
		}
	}
	return best
}

// timePreps start a phrase that, after a date, is no topic.
var timePreps = map[string]bool{"in": true, "at": true, "for": true, "with": true, "to": true, "from": true, "by": true, "and": true, "after": true, "before": true}

// isDayNumber reports whether f is a day of the month, a range of days or
// a year: "20", "20,", "3-4", "1998".
func isDayNumber(f string) bool {
	f = strings.TrimSuffix(f, ",")
	if f == "" || len(f) > 9 {
		return false
	}
	digits := 0
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] >= '0' && f[i] <= '9':
			if digits++; digits > 4 {
				return false
			}
		case f[i] == '-' && i > 0 && i < len(f)-1: // "3-4"
			digits = 0
		default:
			return false
		}
	}
	return true
}

// notTopic rejects list items that name people or places rather than a
// topic ("officials from all three countries", "both foreign ministries"),
// relative-clause appositives ("the river that irrigates ...") and bare
// numbers or pronouns ("one"). low is the item lower-cased.
func notTopic(low string) bool {
	first, last := "", ""
	n := 0
	for f, k := nextField(low, 0); f != ""; f, k = nextField(low, k) {
		if n == 0 {
			first = f
		}
		if n < 4 && (f == "that" || f == "which" || f == "who") {
			return true
		}
		last = f
		n++
	}
	if n == 0 || strings.HasPrefix(low, "the sidelines") || strings.HasPrefix(low, "sidelines") {
		// "talks on the sidelines of the summit": where, not what
		return true
	}
	switch first {
	case "both", "all", "officials", "ministers", "diplomats", "delegations", "with", "one", "two",
		"three", "it", "they", "them", "this", "that", "these", "those", "he", "she", "we",
		"at", "during", // where or when: "at a joint press conference"
		"for", "since", "nothing", "is", "was", "were", "only", "briefly", "what", // no topic: "for years", "nothing new"
		// a clause or a relation, no noun phrase: "whose first meeting will
		// take place", "While its leader ...", "Between President X and ..."
		"whose", "while", "whereas", "although", "because", "between":
		return true
	}
	last = strings.Trim(last, ".,;:")
	if n == 1 && loneNonTopic(last) {
		return true
	}
	return n <= 3 && (groupNouns[last] || last == "countries" || last == "ministries" || last == "nations")
}

// whereOrWhen reports whether an agenda item only tells where or when
// the talks were: "in" before a name ("in Buenos Aires", "in Cordoba
// province"), or "held" before "in", "on" or "a" ("held in Niamey in
// January 2023", "held a day ..."). A topic is what was discussed; "in
// return for ..." (no name) stays, and so does "held at" (a place that may
// be the topic: "prisoners held at ...").
func whereOrWhen(item string) bool {
	f, rest, ok := strings.Cut(item, " ")
	if !ok || rest == "" {
		return false
	}
	switch f {
	case "in", "In":
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	case "held", "Held":
		g, _, _ := strings.Cut(rest, " ")
		return g == "in" || g == "on" || g == "a"
	}
	return false
}

// loneNonTopic reports whether w, a topic's only word, names nothing that
// is discussed: a letter ("N", an initial cut from a name) or a past
// participle, whose object or subject the phrase lost ("known", "left",
// "signed": "whose fate was not known", "the delegation that left").
// A topic is a thing; a participle alone says what befell one.
func loneNonTopic(w string) bool {
	if utf8.RuneCountInString(w) < 2 || loneParticiples[w] {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "bed") && !strings.HasSuffix(w, "eed")
}

// loneParticiples are irregular past participles (see loneNonTopic).
var loneParticiples = map[string]bool{"known": true, "left": true, "held": true, "done": true, "made": true,
	"given": true, "taken": true, "seen": true, "shown": true, "gone": true, "begun": true, "written": true,
	"chosen": true, "said": true, "sent": true, "kept": true, "put": true, "set": true, "met": true}

// nextField returns the first field of s (as strings.Fields splits s) that
// starts at or after byte i, and the offset after it; f is "" when there
// is none. It neither allocates nor builds a slice.
func nextField(s string, i int) (f string, next int) {
	start := -1
	for i < len(s) {
		r, w := rune(s[i]), 1
		space := false
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		} else {
			// unicode.IsSpace's ASCII spaces, without the call
			space = r == ' ' || r >= '\t' && r <= '\r'
		}
		if space {
			if start >= 0 {
				return s[start:i], i
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		return s[start:], len(s)
	}
	return "", len(s)
}

func (d *doc) wordsAreFold(i, limit int, ws []string) bool {
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

// contentKey returns the content words of a lower-cased phrase, cut to
// five letters as a crude stem.
func contentKey(low string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		f := low[start:end]
		start = -1
		if stopContent[f] {
			return
		}
		if len(f) > 5 {
			f = f[:5]
		}
		out = append(out, f)
	}
	for i, r := range low {
		if r == ' ' || r == ',' || r == '.' || r == '"' || r == '“' || r == '”' || keySep(r) {
			flush(i)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(low))
	return out
}

// overlap is the share of a's words found in b.
func overlap(a, b []string) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(a))
}

// findDates is the seam to package digest/timex: it returns every temporal
// expression of the body resolved against the publication time. low, unless
// empty, is the body with its ASCII letters lower-cased.
func findDates(body, low string, dct time.Time) []Date {
	var txs []timex.Timex
	if low != "" {
		txs = timex.ExtractLowered(body, low, dct)
	} else {
		txs = timex.Extract(body, dct)
	}
	out := make([]Date, 0, len(txs))
	for _, t := range txs {
		if t.End+4 < len(body) && strings.HasSuffix(t.Text, "fall") && body[t.End:t.End+4] == " of " && (t.End+5 >= len(body) || body[t.End+4] < '0' || body[t.End+4] > '9') {
			continue // "the fall of the town" is no season ("the fall of 2026" is)
		}
		out = append(out, Date{Text: t.Text, Start: t.Start, End: t.End, Value: t.Value, Type: t.Type})
	}
	return out
}

var visitWords = map[string]bool{
	"traveled": true, "travelled": true, "visited": true, "heads": true, "visit": true, "visits": true, "visiting": true, "travel": true, "travels": true, "trip": true,
	"tour": true, "arrive": true, "arrives": true,
}

var eventNouns = map[string]bool{
	"talks": true, "meeting": true, "summit": true, "negotiations": true, "conference": true, "vote": true,
	"election": true, "elections": true, "visit": true, "ceasefire": true, "call": true, "referendum": true,
	"session": true, "deadline": true, "tour": true, "invasion": true, "war": true, "attack": true,
	"agreement": true, "deal": true, "trip": true, "retreat": true, "consultations": true,
}

// meetingBody tells whether word i is a gathering told by a common noun
// that is not in eventNouns because it also names standing bodies: a
// lower-case "council", "forum" or "gathering" ("at a GCC ministerial
// council in Riyadh next month", "a regional forum in Bali in May"), not
// "the Security Council" or "the Pacific Islands Forum" (capitalised: the
// body itself).
func (d *doc) meetingBody(i int) bool {
	if d.words[i].cap {
		return false
	}
	switch d.lw(i) {
	case "council", "forum", "gathering":
		return true
	}
	return false
}

// occasionAt reports whether the body noun at i (meetingBody) names one
// gathering, not the standing body: after "a", "an", "next" or "annual",
// its modifiers between ("at a GCC ministerial council", "a regional
// forum", "a reunion gathering"), or "during/at the" ("during the
// Commander-in-Chief forum"); not "address the forum", "report to the
// council", "The Mercosur council will meet" (the clause names that step).
func (d *doc) occasionAt(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-6; k-- {
		switch t := d.lw(k); t {
		case "a", "an", "next", "annual":
			return true
		case "the":
			// the time of one: "during the Commander-in-Chief forum
			// earlier this month" (not "address the forum")
			switch d.lw(k - 1) {
			case "during", "at", "after", "before", "since":
				return k > lo
			}
			return false
		case "this", "that", "its", "their", "his", "her":
			return false
		case "\"", "“", "”", "'":
			// a name in quotes: `a "Commander-in-Chief" forum`
		default:
			if d.words[k].punct {
				return false
			}
		}
	}
	return false
}

// anchor describes the event a date at word dw of sentence si refers to.
// visitEvent returns "<person> visits <place>" when sentence si speaks of
// a visit, else "".
func (d *doc) visitEvent(si int) string {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if d.words[i].lf&fVisit == 0 {
			continue
		}
		who := ""
		for k := i - 1; k >= s.w0 && k >= i-30; k-- {
			if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].person >= 0 {
				who = d.words[d.ments[mi].w1-1].text
				break
			}
		}
		where := ""
		for k := i + 1; k < s.w1 && k <= i+4; k++ {
			if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].typ != PER && d.ments[mi].typ != ORG {
				where = d.body[d.ments[mi].start:d.ments[mi].end]
				if e := d.ments[mi].w1; e+1 < s.w1 && d.words[e].text == "and" {
					if m2 := int(d.mentAt[e+1]); m2 >= 0 && (d.ments[m2].typ == GPE || d.ments[m2].typ == LOC) {
						where += " and " + d.body[d.ments[m2].start:d.ments[m2].end]
					}
				}
				break
			}
		}
		if who != "" && where != "" {
			return who + " visits " + where
		}
	}
	return ""
}

// containsWord reports whether s holds name as whole words: "Japan" in
// "talks in Japan", not in "Japanese forces".
func containsWord(s, name string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], name)
		if k < 0 || name == "" {
			return false
		}
		a, b := off+k, off+k+len(name)
		r0, _ := utf8.DecodeLastRuneInString(s[:a])
		r1, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(r0)) && (b == len(s) || !unicode.IsLetter(r1)) {
			return true
		}
		off = a + 1
	}
}

// heldWords tell where an event named just before them is held: "summit
// will be held in Basseterre", "talks are due to take place in Doha".
var heldWords = map[string]bool{
	"will": true, "be": true, "is": true, "are": true, "was": true, "were": true, "to": true, "held": true,
	"hosted": true, "take": true, "place": true, "due": true, "set": true, "scheduled": true, "expected": true,
	"convene": true, "convened": true,
}

// meetAfterVisit reports whether the date at word dw of sentence si
// belongs to a meeting told in a clause of its own after the visit: "Merz
// accepted an invitation to visit Accra ..., and the two governments
// agreed to hold the first session of a commission in Accra in June"
// (June is the session's).
func (d *doc) meetAfterVisit(si, dw int) bool {
	s := &d.sents[si]
	m := -1
	for k := min(dw, s.w1) - 1; k >= s.w0; k-- {
		if d.words[k].lf&fVisit != 0 {
			return m > k && d.clauseBreak(k, m)
		}
		if m < 0 && d.meetNounIn(k, k+1, "session", "round", "conference") {
			m = k
		}
	}
	return false
}

// legInWords before "in" and a place name a leg of a trip: "is due in
// Brussels on Friday", "a stop in Hanoi on Thursday", "end his tour in
// Lesotho on Sunday".
var legInWords = map[string]bool{"due": true, "arrives": true, "arrive": true, "stops": true, "stop": true,
	"stopover": true, "trip": true, "tour": true, "journey": true, "ends": true}

// legEvent is the visit a date at word dw of sentence si belongs to: the
// leg told last before it ("travel to Niamey next week ... and then to
// Bern and Vienna before Christmas": Bern and Vienna; "travels to Hamburg
// on Thursday ... and is due in Brussels on Friday": Brussels), else
// visit.
func (d *doc) legEvent(si, dw int, visit string) string {
	who, _, ok := strings.Cut(visit, " visits ")
	if !ok {
		return visit
	}
	s := &d.sents[si]
	for k := min(dw, s.w1) - 2; k > s.w0; k-- {
		if d.lw(k) == "in" {
			if p := d.lw(k - 1); !legInWords[p] {
				continue // a leg where one is due: "and is due in Brussels on Friday"
			}
		} else if d.lw(k) != "to" {
			continue
		} else if p := d.lw(k - 1); p != "then" && p != "and" && p != "," && d.words[k-1].lf&fMotion == 0 {
			continue // a leg: "travel to X", "and then to Y" (not "sent a letter to Iran")
		}
		mi := int(d.mentAt[k+1])
		if mi < 0 || d.ments[mi].w0 != k+1 || d.ments[mi].typ != GPE && d.ments[mi].typ != LOC {
			continue
		}
		where := d.body[d.ments[mi].start:d.ments[mi].end]
		if e := d.ments[mi].w1; e+1 < s.w1 && d.words[e].text == "and" {
			if m2 := int(d.mentAt[e+1]); m2 >= 0 && (d.ments[m2].typ == GPE || d.ments[m2].typ == LOC) {
				where += " and " + d.body[d.ments[m2].start:d.ments[m2].end]
			}
		}
		return who + " visits " + where
	}
	return visit
}

// proposedNoun reports whether the event noun at word i (no further back
// than lo) is what an invitation, an offer, a call or a proposal asks for
// ("an invitation to talks", "a U.S. offer of talks", "calls for new
// negotiations"): the talks are proposed, not held, and the proposal's
// day is not theirs.
func (d *doc) proposedNoun(i, lo int) bool {
	k := i - 1
	if k > lo && !d.words[k].cap && d.words[k].lf&fEvent == 0 && d.lw(k) != "to" && d.lw(k) != "of" && d.lw(k) != "for" {
		k-- // a modifier: "an invitation to direct talks"
	}
	if k <= lo {
		return false
	}
	switch d.lw(k) {
	case "to", "of", "for":
		return proposalNouns[d.lw(k-1)]
	}
	return false
}

// proposalNouns ask for talks not yet held: "an invitation to talks".
var proposalNouns = map[string]bool{"invitation": true, "invitations": true, "offer": true, "offers": true,
	"call": true, "calls": true, "proposal": true, "proposals": true, "request": true, "requests": true,
	"appeal": true, "appeals": true}

// conditionNoun reports whether the event noun at word i opens a clause of
// condition or time ("once", "if", "unless", "until", "when", at most an
// article between) and a verb of meeting stands between it and the date
// at word dw: that clause sets when the meeting happens, the meeting is
// the date's event.
func (d *doc) conditionNoun(i, dw, lo int) bool {
	k := i - 1
	if k >= lo && (d.lw(k) == "the" || d.lw(k) == "a" || d.lw(k) == "an") {
		k--
	}
	if k < lo {
		return false
	}
	if !conditionOpeners[d.lw(k)] {
		return false
	}
	for j := i + 1; j < dw; j++ {
		if meetVerbs[d.lw(j)] || d.words[j].lf&fStrictMeet != 0 {
			return true
		}
	}
	return false
}

// anchor names the event of a date at word dw of sentence si: the event
// noun nearest to it, within 40 words ("talks in Riyadh"), else the talks at
// the venue when the sentence names it (hasVenue). A visit is visitEvent's.
func (d *doc) anchor(si, dw int, venue *Place, hasVenue bool) string {
	s := &d.sents[si]
	best := -1
	lo, hi := max(s.labelEnd, dw-40), min(s.w1, dw+40)
	if a, b, ok := d.relClause(si, dw); ok {
		// "The M23 rebels, who seized Goma earlier this year, were not
		// party to the Washington talks": the date is the aside's
		lo, hi, hasVenue = max(lo, a), min(hi, b), false
	}
	for i := lo; i < hi; i++ {
		if (d.words[i].lf&fEvent != 0 || d.meetingBody(i) && d.occasionAt(i, lo)) && (best < 0 || abs(i-dw) < abs(best-dw)) {
			if a, b, ok := d.relClause(si, i); ok && (dw < a || dw >= b) {
				continue // "talks with Mbeki, whose deal expires in June, would resume next week"
			}
			if d.proposedNoun(i, lo) {
				// talks proposed are not held on the proposal's day:
				// "Armenia on Tuesday accepted an invitation to talks"
				continue
			}
			if i < dw && d.conditionNoun(i, dw, lo) {
				// the noun is the condition of a meeting told by its verb
				// before the date: "Once the ceasefire holds the ministers
				// will meet in Asmara in June" (the meeting's date)
				continue
			}
			if i < dw && d.ownDayThenMeet(i, dw) {
				// the noun has its own day, and a verb of meeting stands
				// before this date: "discussed Ukraine in a phone call on
				// Tuesday and agreed to meet in Ankara next month"
				continue
			}
			if d.clauseBreak(min(i, dw)+1, max(i, dw)) {
				// an event noun in another clause than the date's is that
				// clause's: "will review the mandate in October, and Davis
				// said the Bahamas would host a conference in Nassau",
				// "will meet in Cebu in September, ahead of the summit in
				// Manila"
				continue
			}
			best = i
		}
	}
	if best > dw {
		// an event noun after a comma is another clause's when one
		// stands before the date: "The next climate conference will be
		// held in Antalya in November 2026, with Australia leading the
		// negotiations" (the conference)
		comma := false
		for k := dw + 1; k < best; k++ {
			comma = comma || d.words[k].text == ","
		}
		for k := dw - 1; comma && k >= lo; k-- {
			if d.words[k].lf&fEvent != 0 {
				if a, b, ok := d.relClause(si, k); !ok || dw >= a && dw < b {
					best = k
				}
				break
			}
		}
		if comma && best > dw {
			// nor when a verb of meeting tells the date's own event:
			// "Senior officials will meet in Perth in March to draft the
			// rules, which ministers hope to launch at their next council
			// in Durban" (officials meet in Perth)
			a := max(lo, dw-12)
			for k := dw - 1; k > a; k-- {
				if reportDays[d.lw(k)] {
					a = k
					break
				}
			}
			if ev := d.verbEvent(si, a, dw); ev != "" {
				return ev
			}
		}
	}
	if best > dw && d.purposeBetween(dw+1, best) {
		// the event noun is what a meeting told by its verb just before
		// the date is about: "will meet next Thursday in Kuala Lumpur to
		// discuss a ceasefire" (the meeting's date, not the ceasefire's)
		a := max(lo, dw-12)
		for k := dw - 1; k > a; k-- {
			if reportDays[d.lw(k)] {
				a = k
				break
			}
		}
		if ev := d.verbEvent(si, a, dw); ev != "" {
			return ev
		}
	}
	if best < 0 {
		// a meeting or a trip to come told by its verb just before the
		// date: "a joint trade committee will meet in Nairobi on Feb. 16",
		// "Lajcak will return to Belgrade on Friday" (not Monday's
		// "reporting to EU foreign ministers in Brussels on Monday")
		a := max(lo, dw-12)
		for k := dw - 1; k > a; k-- {
			if reportDays[d.lw(k)] {
				a = k // another date between: its own event
				break
			}
		}
		if ev := d.verbEvent(si, a, dw); ev != "" {
			return ev
		}
		ev, meet := d.clauseEvent(si, dw)
		if ev == "" && d.intoForceBefore(dw, a) {
			// an agreement's step its clause does not name: "aim for
			// it to enter into force on Jan. 1, 2027" (not "The measure
			// would take effect on Monday": the measure's step)
			d.stepDates = append(d.stepDates, d.words[dw].start)
			return "entry into force"
		}
		if hasVenue && !d.departsSent(si) && !d.venueOtherClause(si, dw, venue) && (ev == "" || meet) && !d.backBefore(dw, a) {
			// (not "Lula leaves Hanoi on Saturday": the end of a visit;
			// not a step to come that tells of no meeting: "said Warsaw
			// would open an office in Tokyo by 2027")
			return "talks in " + venue.Name
		}
		if ev != "" {
			d.stepDates = append(d.stepDates, d.words[dw].start)
		}
		return ev
	}
	for i := best; i >= 0 && i < s.w1; i = s.w1 {
		t := d.lw(i)
		a := i
		for a > s.labelEnd && a > i-2 && (d.words[a-1].cap || d.lw(a-1) == "emergency" || d.lw(a-1) == "peace" || d.lw(a-1) == "high-level" || d.lw(a-1) == "ministerial") && !d.words[a-1].poss {
			a--
		}
		ev := d.body[d.words[a].start:d.words[i].end]
		remote := d.remoteAfter(i, s.w1)
		if i+2 < s.w1 && d.words[i+1].text == "with" && (!hasVenue || remote != "") {
			// "talks with President Maia Sandu" (with the venue named,
			// the talks are the venue's: "talks with Merz in Paris",
			// unless held from afar: "a meeting with Takaichi by video
			// link")
			if pi := d.counterpart(i+2, s.w1); pi >= 0 {
				if remote != "" {
					return ev + " with " + d.people[pi].canonical() + " " + remote
				}
				return ev + " with " + d.people[pi].canonical()
			}
		}
		in := i + 1
		if in+2 < s.w1 && d.words[in].text == "," && d.words[in+1].cap {
			// a name in apposition: "The next U.N. climate conference,
			// COP31, will be held in Antalya"
			k := in + 1
			for k < s.w1 && k <= in+4 && d.words[k].cap {
				k++
			}
			if k < s.w1 && d.words[k].text == "," {
				in = k + 1
			}
		}
		if e := d.parenSource(in, s.w1); e > 0 {
			in = e + 1 // "The summit, officials said, will be held in Quito"
		}
		for h0 := in; in < s.w1 && in <= h0+5 && heldWords[d.lw(in)]; {
			in++ // "summit will be held in Basseterre", "talks are to take place in Doha"
		}
		if in > i+1 && in+1 == dw && d.lw(in) == "for" {
			// the date between: "the next summit is scheduled for 2028
			// in Asuncion"
			for k := dw + 1; k < s.w1 && k <= dw+3; k++ {
				if d.lw(k) == "in" {
					if k+1 < s.w1 {
						if mi := int(d.mentAt[k+1]); mi >= 0 && d.ments[mi].w0 == k+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
							return ev + " in " + d.body[d.ments[mi].start:d.ments[mi].end]
						}
					}
					break
				}
			}
		}
		if who := d.whichBody(a, s.labelEnd); who != "" && (t == "vote" || t == "debate" || t == "session") {
			// a body's step told in a relative: "the consent of the
			// European Parliament, which is expected to vote in the
			// autumn"
			return who + " " + ev
		}
		if in+2 < s.w1 && d.lw(in) == "of" && (d.lw(in+1) == "the" || d.words[in+1].cap) {
			// the body meeting, then its place: "a meeting of the North
			// Atlantic Council in Brussels on Thursday"
			k := in + 1
			if d.lw(k) == "the" {
				k++
			}
			for h0 := k; k < s.w1 && k <= h0+6 && (d.words[k].cap || k > h0 && k+1 < s.w1 && (d.lw(k) == "and" || d.lw(k) == "of") && d.words[k+1].cap); {
				k++ // ("the Political and Security Committee")
			}
			if k > in+1 && k+1 < s.w1 && d.words[k].text == "in" && d.words[k-1].cap {
				if mi := int(d.mentAt[k+1]); mi >= 0 && d.ments[mi].w0 == k+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
					return ev + " in " + d.body[d.ments[mi].start:d.ments[mi].end]
				}
			}
		}
		if in+1 < s.w1 && d.words[in].text == "in" {
			if mi := int(d.mentAt[in+1]); mi >= 0 && d.ments[mi].w0 == in+1 && d.ments[mi].typ != PER && (in == i+1 || d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
				if mj := d.placeDescribed(d.ments[mi].w1, s.w1, mi); mj >= 0 {
					mi = mj // "in Armenia, in the resort town of Dilijan"
				}
				return ev + " in " + d.body[d.ments[mi].start:d.ments[mi].end]
			}
			if mi := d.describedPlace(in+1, s.w1); mi >= 0 {
				return ev + " in " + d.body[d.ments[mi].start:d.ments[mi].end]
			}
		}
		if p := d.heldPlaceBefore(i, dw); p != "" {
			// "announced a summit ..., saying it would take place in
			// Doha on Nov. 18", "The talks are to continue in Sochi on
			// Wednesday"
			return ev + " in " + p
		}
		if p := d.placeBeforeDate(i, dw); p != "" {
			// the event's place right before its date, its name's
			// modifiers between: "a working-level meeting of the
			// communication mechanism in Beijing in July", "the next
			// ordinary summit, scheduled for Kampala in November"
			return ev + " in " + p
		}
		if mi := d.hostBefore(a, s.labelEnd); mi >= 0 {
			// "India will host the next BRICS summit in 2026"
			return ev + " in " + d.placeName(mi)
		}
		if hasVenue && (t == "talks" || t == "meeting" || t == "summit" || t == "negotiations") && remote == "" {
			// (not "will instead hold a bilateral meeting with Takaichi
			// by video link on Thursday")
			return ev + " in " + venue.Name
		}
		return ev
	}
	return ""
}

// ownDayThenMeet reports whether the event noun at i is dated by a day of
// its own ("on Tuesday") before the date at dw, with a verb of meeting
// between that day and dw: the date is the meeting's ("a phone call on
// Tuesday and agreed to meet in Ankara next month"), not the noun's.
func (d *doc) ownDayThenMeet(i, dw int) bool {
	for k := i + 1; k < dw; k++ {
		if !reportDays[d.lw(k)] || d.lw(k-1) != "on" {
			continue
		}
		for j := k + 1; j < dw; j++ {
			if d.words[j].lf&fStrictMeet != 0 {
				return true
			}
		}
		return false
	}
	return false
}

// clauseBreak reports whether words [a, b) of a sentence cross into
// another clause: a semicolon, a word of reporting ("Davis said",
// "saying"), "ahead of", or a comma before "and" or "while".
func (d *doc) clauseBreak(a, b int) bool {
	for k := a; k < b; k++ {
		switch t := d.lw(k); t {
		case "saying":
			if d.sayingHeld(k, b) {
				continue // ", saying it would take place in Doha": the noun's
			}
			return true
		case ";", "adding", "ahead":
			return true
		case "after", "because":
			// a clause of its own, its subject and a verb in the past:
			// "The session was requested after the rebels entered the
			// city at the weekend" (not "talks after months of deadlock")
			for j := k + 2; j < b && j <= k+4; j++ {
				if isPast(d.lw(j), pastEvent) {
					return true
				}
			}
		case ",":
			if e := d.parenSource(k, b); e > 0 {
				k = e // "The summit, X announced, will be held"
				continue
			}
			if k+1 < b {
				switch d.lw(k + 1) {
				case "and", "while", "whereas":
					// (not "but": "has yet to name the date of the
					// election, but most pundits are betting on 5 May")
					return true
				}
			}
		default:
			if reportingVerb(t) {
				return true
			}
		}
	}
	return false
}

// heldPlaceBefore returns the place named right before the date at word
// dw by a verb of holding, continuing or taking place after the event
// noun at word i: "are to continue in Sochi on Wednesday", "saying it
// would take place in Doha on Nov. 18"; else "".
func (d *doc) heldPlaceBefore(i, dw int) string {
	if dw <= i+3 {
		return ""
	}
	e := dw
	if t := d.lw(e - 1); t == "on" || t == "in" || t == "at" || t == "next" || t == "this" || t == "later" || t == "early" || t == "late" {
		e--
	}
	mi := int(d.mentAt[e-1])
	if mi < 0 || d.ments[mi].w1 != e || d.ments[mi].typ != GPE && d.ments[mi].typ != LOC {
		return ""
	}
	w0 := d.ments[mi].w0
	if w0-2 <= i || d.lw(w0-1) != "in" {
		return ""
	}
	switch v := d.lw(w0 - 2); {
	case v == "continue" || v == "resume" || v == "reconvene" || v == "place" || v == "held" || v == "convene":
	default:
		return ""
	}
	return d.body[d.ments[mi].start:d.ments[mi].end]
}

// placeBeforeDate returns the place named right before the date at dw
// ("in Beijing in July", "for Kampala in November") when the words from
// the event noun at i to it only name the event: its body ("of the
// maritime mechanism"), an apposition (", the first since 2023,") or a
// verb of holding ("is planned", "scheduled for"). Not a place of the
// event's topic ("a summit on the war in Ukraine in July"), nor one in
// another clause ("talks, said the minister in Paris on Monday"); "".
func (d *doc) placeBeforeDate(i, dw int) string {
	if dw <= i+2 || dw > i+16 {
		return ""
	}
	e := dw
	if t := d.lw(e - 1); t == "on" || t == "in" || t == "at" || t == "next" || t == "this" || t == "later" || t == "early" || t == "late" {
		e--
	}
	mi := int(d.mentAt[e-1])
	if mi < 0 || d.ments[mi].w1 != e || d.ments[mi].typ != GPE && d.ments[mi].typ != LOC {
		return ""
	}
	w0 := d.ments[mi].w0
	if w0-1 <= i {
		return ""
	}
	switch d.lw(w0 - 1) {
	case "in":
	case "for":
		if t := d.lw(w0 - 2); t != "scheduled" && t != "planned" && t != "set" && t != "slated" {
			return ""
		}
	default:
		return ""
	}
	for k := i + 1; k < w0-1; k++ {
		t := d.lw(k)
		switch t {
		case "on", "about", "over", "against", "that", "which", "who", "whose", "where", ";", ":", "with", "between", "to", "in", "at", "from", "by":
			if t == "to" && k+1 < w0 && heldWords[d.lw(k+1)] {
				continue // "is to be held"
			}
			return ""
		}
		if reportingVerb(t) || t == "\"" || t == "“" {
			return ""
		}
	}
	return d.body[d.ments[mi].start:d.ments[mi].end]
}

// parenSource returns the closing comma of a short source set off by
// commas from word k (a comma) on, before limit: ", officials said,",
// ", AU chairman Mahmoud Ali Youssouf announced,", ", confirmed by the
// ministry,", ", diplomats told Reuters,"; else -1. Such an aside breaks
// no clause: the words around it are one clause.
func (d *doc) parenSource(k, limit int) int {
	if d.lw(k) != "," {
		return -1
	}
	verb := false
	for e := k + 1; e < limit && e <= k+9; e++ {
		switch t := d.lw(e); t {
		case ",":
			if verb && e > k+2 && e+1 < limit && parenAux[d.lw(e+1)] {
				return e
			}
			return -1
		case ".", ";", ":", "(", ")", "—", "–", "and", "that", "would", "will":
			return -1
		default:
			verb = verb || reportingVerb(t) || t == "according"
		}
	}
	return -1
}

// parenAux go on the clause a source interrupted: "The summit, officials
// said, will open" (not "the trip," said Murphy, now a consultant").
var parenAux = map[string]bool{"will": true, "would": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "could": true, "may": true, "might": true, "should": true,
	"must": true, "shall": true, "can": true}

// sayingHeld reports whether "saying" at word k tells where or when the
// event named before it is held, by a pronoun that stands for it:
// "announced a summit, saying it would take place in Doha".
func (d *doc) sayingHeld(k, limit int) bool {
	if k+3 >= limit {
		return false
	}
	switch d.lw(k + 1) {
	case "it", "which":
	default:
		return false
	}
	n := 0
	for e := k + 3; e < limit && heldWords[d.lw(e)]; e++ {
		n++
	}
	// "would take place", "will be held" (not "saying it would host")
	return n >= 2 && (d.lw(k+2) == "would" || d.lw(k+2) == "will")
}

// venueOtherClause reports whether every mention of venue in sentence si
// stands in another clause than the date at word dw: "the summit in
// Manila" after "will meet in Cebu in September, ahead of".
func (d *doc) venueOtherClause(si, dw int, venue *Place) bool {
	s := &d.sents[si]
	seen := false
	for k := s.w0; k < s.w1; k++ {
		mi := int(d.mentAt[k])
		if mi < 0 || d.ments[mi].w0 != k || d.placeName(mi) != venue.Name && d.body[d.ments[mi].start:d.ments[mi].end] != venue.Name {
			continue
		}
		seen = true
		if !d.clauseBreak(min(k, dw)+1, max(k, dw)) {
			return false
		}
	}
	return seen
}

// clauseOpeners open a clause that is no step's own: "Though it is
// unclear", "After the talks", "In a sign that".
var clauseOpeners = map[string]bool{"though": true, "although": true, "if": true, "whether": true, "when": true,
	"as": true, "because": true, "after": true, "before": true, "until": true, "once": true, "unless": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "meanwhile": true,
	"had": true, "has": true, "have": true, "been": true, "this": true, "these": true, "those": true, "there": true}

// stepEnds end no step: "is expected to be", "as soon as", "ways to get".
var stepEnds = map[string]bool{"be": true, "to": true, "as": true, "get": true, "soon": true, "the": true, "a": true,
	"an": true, "of": true, "for": true, "that": true, "if": true, "and": true, "or": true, "been": true,
	"will": true, "would": true, "since": true}

// pronounWords open a clause whose speaker says nothing of the step.
var pronounWords = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true}

// futureWords before "to" make a plan or a schedule: "is due to debate",
// "plans to sign".
var futureWords = map[string]bool{"due": true, "expected": true, "set": true, "scheduled": true, "plans": true,
	"plan": true, "planned": true, "slated": true, "aims": true, "aim": true, "intends": true, "is": true, "are": true}

// pledgeWords before "to" make a step to come of the verb after it: "the
// two sides agreed to review the accord in March".
var pledgeWords = map[string]bool{"agreed": true, "decided": true, "pledged": true, "promised": true, "vowed": true}

// toObjects open a noun phrase after "to": "agreed to the sale" is no
// step to come.
var toObjects = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true,
	"their": true, "his": true, "her": true, "any": true, "such": true}

// inviteWords before their object and "to" do the same: "Oslo invited
// Rome to host the next round in 2027".
var inviteWords = map[string]bool{"invited": true, "asked": true}

// clauseEvent names a step to come by its own clause when no event noun
// or verb of meeting dates it: "Parliament is due to debate the treaty
// on Dec. 10" gives "Parliament is due to debate the treaty". The clause
// runs from the last comma, semicolon or "and" before the date at word dw
// of sentence si (or from the words reported: "said Warsaw would open"),
// holds a future marker ("will", "would", "due to") and at most sixteen
// words; else "". meet tells whether the clause holds a
// word of meeting.
func (d *doc) clauseEvent(si, dw int) (ev string, meet bool) {
	s := &d.sents[si]
	if dw >= s.w1 || dw <= s.labelEnd {
		return "", false
	}
	a := s.labelEnd
	for k := dw - 1; k >= s.labelEnd; k-- {
		if t := d.lw(k); t == "," || t == ";" || t == ":" || t == "—" || t == "–" {
			a = k + 1
			break
		}
		if reportingVerb(d.lw(k)) && d.forecasterBefore(k, s.labelEnd) {
			// a forecast, no step: "Analysts said the central bank
			// would raise interest rates again in January"
			return "", false
		}
		if reportingVerb(d.lw(k)) && k+1 < dw && !pronounWords[d.lw(k+1)] && !(d.lw(k+1) == "that" && k+2 < dw && pronounWords[d.lw(k+2)]) {
			// what was said: "said Warsaw would open an office" (not "said
			// he would name a new minister": whose step it is)
			a = k + 1
			break
		}
	}
	for a < dw && (d.lw(a) == "and" || d.lw(a) == "but" || d.lw(a) == "while" || d.lw(a) == "that") {
		a++
	}
	if a+1 < dw && pronounWords[d.lw(a)] && reportingVerb(d.lw(a+1)) {
		// "It said the measure would take effect on Monday": the
		// measure's step
		a += 2
		if d.lw(a) == "that" {
			a++
		}
	}
	who := ""
	if a+1 < dw && a-2 >= s.labelEnd && d.lw(a) == "who" && d.words[a-1].text == "," {
		// a person's own step told in a relative clause: "Nandi-Ndaitwah,
		// who will be sworn in on March 21, sat with the family"
		if mi := int(d.mentAt[a-2]); mi >= 0 && d.ments[mi].w1 == a-1 && d.ments[mi].person >= 0 {
			who = d.people[d.ments[mi].person].canonical()
		}
	}
	if who == "" && a < dw && pronounWords[d.lw(a)] {
		// a bare pronoun can't be read on its own: "It will take effect
		// on July 1", "They will also review a tax treaty in September";
		// "he" or "she" is the one person named just before ("Peter
		// Sorensen had spent two weeks shuttling ... He will return")
		if t := d.lw(a); t != "he" && t != "she" {
			return "", false
		}
		if who = d.onePersonBefore(si, a); who == "" {
			return "", false
		}
	}
	if a >= dw || who == "" && (!d.words[a].cap && !nounOpeners[d.lw(a)] || clauseOpeners[d.lw(a)]) {
		// no subject: "who will be sworn in on March 21", "plans to
		// travel", "Though it is unclear if that will be in time"
		return "", false
	}
	b := dw
	switch d.lw(b - 1) {
	case "on", "in", "at", "by", "before", "until", "from", "during", "early", "late", "later", "next", "this":
		b--
	}
	if b-a < 2 || b-a > 16 || stepEnds[d.lw(b-1)] {
		// (not "is widely expected to be", "as soon as")
		return "", false
	}
	future := false
	for k := a; k < b; k++ {
		switch t := d.lw(k); t {
		case "will", "would", "shall":
			if !future && who == "" && !d.actorBefore(k, a) {
				return "", false // "the remaining hostages will return to Israel"
			}
			future = true
		case "that", "has", "have", "had", "not", "n't", "never", "if", "whether", "(", ")", "_", "unclear",
			// the date of a question asked, no step: "will discuss how
			// much water the dams release in summer"
			"how", "what", "why",
			// a belief or a doubt, no step: "Few investors believe the
			// new bonds will be issued on Dec. 15"
			"believe", "believes", "believed", "doubt", "doubts", "doubted", "fear", "fears", "feared", "few",
			"expect", "expects", "think", "thinks", "predict", "predicts", "predicted", "bet", "betting":
			// another verb's clause, a denial or a doubt: "has denied
			// suggestions there will be", "said they did not plan to"
			return "", false
		default:
			meet = meet || d.words[k].lf&(fStrictMeet|fMeetNoun) != 0 && t != "open" && t != "opens"
			if d.words[k].cap && dateWords[t] && t != "may" && t != "next" && t != "this" || t == "today" || t == "tomorrow" {
				return "", false // another date's clause: "will return to Belgrade on Friday before reporting to ministers on Monday"
			}
		case "to":
			future = future || k > a && futureWords[d.lw(k-1)] ||
				k+1 < b && !d.words[k+1].cap && !toObjects[d.lw(k+1)] && // a verb, no object: not "agreed to the sale"
					(k > a && pledgeWords[d.lw(k-1)] || k-2 >= a && inviteWords[d.lw(k-2)] || k-3 >= a && inviteWords[d.lw(k-3)])
		case "\"", "“", "”":
			return "", false // words quoted: a stance, not a step
		}
	}
	if !future {
		return "", false
	}
	if who != "" {
		return who + d.body[d.words[a].end:d.words[b-1].end], meet
	}
	return d.body[d.words[a].start:d.words[b-1].end], meet
}

// onePersonBefore returns the person a "he" or "she" at word a of
// sentence si stands for: the only person named in the sentence before
// it, else in the sentence before; "" when none or several are.
func (d *doc) onePersonBefore(si, a int) string {
	for _, sj := range []int{si, si - 1} {
		if sj < 0 {
			break
		}
		lo, hi := d.sents[sj].w0, d.sents[sj].w1
		if sj == si {
			hi = a
		}
		p := -1
		for k := lo; k < hi; k++ {
			mi := int(d.mentAt[k])
			if mi < 0 || d.ments[mi].w0 != k || d.ments[mi].person < 0 {
				continue
			}
			if p >= 0 && p != d.ments[mi].person {
				return "" // two people: whose step?
			}
			p = d.ments[mi].person
		}
		if p >= 0 {
			return d.people[p].canonical()
		}
	}
	return ""
}

// forecasterWords name people who forecast rather than decide.
var forecasterWords = map[string]bool{"analysts": true, "analyst": true, "economists": true, "economist": true,
	"investors": true, "experts": true, "observers": true, "traders": true, "forecasters": true, "pundits": true,
	"strategists": true, "commentators": true}

// forecasterBefore reports whether the source of the reporting verb at
// word k (after lo) is a forecaster: "Analysts said", "economists at
// the bank told Reuters".
func (d *doc) forecasterBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-5; j-- {
		if t := d.lw(j); forecasterWords[t] {
			return true
		} else if t == "," || t == ";" {
			return false
		}
	}
	return false
}

// departsSent is departs, worked out once per sentence (a long sentence
// holds many dates).
func (d *doc) departsSent(si int) bool {
	if d.departSent != si {
		d.departSent, d.departVal = si, d.departs(si)
	}
	return d.departVal
}

// departs reports whether sentence si tells of someone leaving: "leaves",
// "left", "departs", "flew home".
func (d *doc) departs(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i+1 < s.w1; i++ {
		switch d.lw(i) {
		case "leaves", "left", "leave", "departs", "departed", "depart":
			// "Lula leaves Hanoi on Saturday" (not "left for Beijing
			// for talks", an arrival)
			if mi := int(d.mentAt[i+1]); mi >= 0 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
				return true
			}
		case "flew", "flies", "returned", "returns":
			if d.lw(i+1) == "home" {
				return true
			}
		}
	}
	return false
}

// counterpart returns the person named from word i on ("President Maia
// Sandu"), past a possessor or a person before a role ("Putin aide Yuri
// Ushakov", "Zelenskiy's chief of staff Andriy Yermak"), or -1.
func (d *doc) counterpart(i, limit int) int {
	for n := 0; n < 2 && i < limit; n++ {
		mi := int(d.mentAt[d.skipRole(i, limit)])
		if mi < 0 || d.ments[mi].person < 0 {
			return -1
		}
		m := &d.ments[mi]
		if !d.words[m.w1-1].poss && (m.w1 >= limit || d.roleAt(d.skipModifiers(m.w1, limit), limit) == 0) {
			return m.person
		}
		i = m.w1 // the person's aide: the next name
	}
	return -1
}

// skipModifiers returns the first word from i that is no role modifier.
func (d *doc) skipModifiers(i, limit int) int {
	for i < limit && roleModifiers[d.lw(i)] {
		i++
	}
	return i
}

// skipRole returns the word after a role title (and "the") that starts
// at i, or i.
func (d *doc) skipRole(i, limit int) int {
	if i < limit && d.lw(i) == "the" {
		i++
	}
	i = d.skipModifiers(i, limit)
	if l := d.roleAt(i, limit); l > 0 {
		i += l
	}
	return min(i, limit-1)
}

// purposeBetween reports whether a verb of purpose ("to discuss",
// "to negotiate") stands between words a and b with no comma or clause
// break: what the meeting before a is about.
func (d *doc) purposeBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lw(k) {
		case ",", ";", ":", ".", "and", "but", "which", "who", "where", "after", "before", "while":
			return false
		case "discuss", "negotiate", "address", "review":
			return k > a && d.lw(k-1) == "to"
		}
	}
	return false
}

// verbEvent names the event of a future verb of meeting or travel before a
// known place in words [lo, hi) of sentence si ("will meet in Nairobi":
// "meeting in Nairobi"; "will return to Belgrade": "visit to Belgrade"),
// or "".
func (d *doc) verbEvent(si, lo, hi int) string {
	s := &d.sents[si]
	for i := lo; i < hi; i++ {
		t := d.lw(i)
		if t == "meets" || t == "convenes" || t == "meet" || t == "convene" {
			if who := d.whichBody(i, s.w0); who != "" && (t == "meets" || t == "convenes" || i > s.w0 && futureWords[d.lw(i-1)] || d.lw(i-1) == "will") {
				// a body's session told in a relative: "forwarded to the
				// OAS General Assembly, which meets next month"
				return who + " meeting"
			}
		}
		ev := ""
		switch t {
		case "meet", "convene":
			ev = "meeting"
		case "visit", "return", "travel":
			ev = "visit"
		case "due", "expected":
			// a leg of a trip: "He is due in Quito on Saturday to meet
			// President Noboa"
			if i+2 < s.w1 && i > s.w0 && d.lw(i+1) == "in" && (d.lw(i-1) == "is" || d.lw(i-1) == "are") && d.actorBefore(i, s.w0) && !d.tripForEvent(si) {
				if mi := int(d.mentAt[i+2]); mi >= 0 && d.ments[mi].w0 == i+2 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
					return "visit to " + d.placeName(mi)
				}
			}
			continue
		default:
			continue
		}
		if i == s.w0 {
			continue
		}
		p := d.lw(i - 1)
		if (p == "still" || p == "also" || p == "then" || p == "now" || p == "first") && i-1 > s.w0 {
			p = d.lw(i - 2) // "will still meet in Jeddah next week"
		}
		if p != "will" && p != "to" && p != "would" && p != "again" {
			continue
		}
		if !d.actorBefore(i, s.w0) {
			continue // "the hostages will return to Israel", "protesters will gather"
		}
		with := ""
		if ev == "meeting" {
			// "will meet Albusaidi in Paris next week": "meeting with
			// Badr Albusaidi in Paris"
			if pi := d.counterpart(i+1, s.w1); pi >= 0 {
				with = " with " + d.people[pi].canonical()
			}
		}
		reach := i + 3
		if hi == i+2 && d.lw(i+1) == "on" && i+3 < s.w1 && monthNames[d.lw(hi)] > 0 && !d.words[i+3].alpha {
			// past the date itself: "will meet on March 20 in Kuala
			// Lumpur"
			reach = i + 4
		}
		for k := i + 1; k < s.w1 && k <= i+8; k++ {
			if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].w0 == k && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) && (d.countryOf(mi) != "" || d.lw(k-1) == "in" || d.lw(k-1) == "to") {
				// (a town the gazetteer does not know, right after "in":
				// "will meet in Cebu")
				if ev == "meeting" {
					if with == "" {
						if who := d.meetingSubject(i); who != "" {
							// "A working group will meet in Jeddah":
							// meeting of working group in Jeddah
							return "meeting of " + who + " in " + d.placeName(mi)
						}
					}
					return "meeting" + with + " in " + d.placeName(mi)
				}
				return "visit to " + d.placeName(mi)
			}
			if with == "" && k > reach {
				break
			}
		}
		// (a verb without a known place names no event: "visit" alone
		// says too little)
	}
	return ""
}

// tripForEvent reports whether sentence si tells a trip's purpose as an
// event ("is due in Addis Ababa on Friday for an African Union summit"):
// the event names the step, not the trip.
func (d *doc) tripForEvent(si int) bool {
	s := &d.sents[si]
	for k := s.w0; k+1 < s.w1; k++ {
		if d.lw(k) != "for" && d.lw(k) != "attend" {
			continue
		}
		for j := k + 1; j < s.w1 && j <= k+6; j++ {
			if d.words[j].lf&fEvent != 0 {
				return true
			}
		}
	}
	return false
}

// nonActors are the people and things whose movements are no step of the
// talks ("the remaining hostages will return to Israel", "Hundreds of
// migrants will gather at the crossing").
var nonActors = map[string]bool{"hostages": true, "protesters": true, "demonstrators": true, "refugees": true,
	"troops": true, "soldiers": true, "prisoners": true, "migrants": true, "fans": true, "tourists": true,
	"students": true, "workers": true, "residents": true, "pilgrims": true, "evacuees": true, "civilians": true,
	"flights": true, "bodies": true, "planes": true, "jets": true, "ships": true, "goods": true, "aid": true,
	"children": true, "sailors": true, "detainees": true, "ambassador": true, "ambassadors": true}

// actorBefore reports whether the subject of the verb at word i may meet
// or travel as a party: not a relative clause ("its ambassador, who will
// return to Moscow") and not people or things that do not negotiate ("the
// hostages", "protesters", "flights", "the bodies").
func (d *doc) actorBefore(i, lo int) bool {
	// (nonActors: an ambassador who returns home is recalled: "French
	// ambassador Stephane Romatet will return to Paris")
	for k := i - 1; k >= lo && k >= i-6; k-- {
		if nonActors[d.lw(k)] {
			return false
		}
		switch d.lw(k) {
		case ",", ";":
			if k+2 < i-1 && (d.lw(k+1) == "and" || d.lw(k+1) == "but" || d.lw(k+1) == "while") {
				// a clause of its own with its own subject: "..., and
				// border commissions will meet in Tbilisi in October"
				return true
			}
			return false
		case "who", "which":
			return false
		case ".":
			return true
		}
	}
	return true
}

// relClause returns the words [a, b) of the relative clause set off by
// commas that holds word dw of sentence si (", who seized Goma earlier this
// year,"), if there is one.
func (d *doc) relClause(si, dw int) (a, b int, ok bool) {
	s := &d.sents[si]
	a = -1
	for k := dw - 1; k >= s.w0 && k > dw-25; k-- {
		if t := d.lw(k); t == "," {
			a = k
			break
		} else if t == "." || t == ";" || t == ":" {
			return 0, 0, false
		}
	}
	if a < 0 || a+1 >= dw || (d.lw(a+1) != "who" && d.lw(a+1) != "which" && d.lw(a+1) != "whose") {
		return 0, 0, false
	}
	for b = dw + 1; b < s.w1 && b < dw+25; b++ {
		if t := d.lw(b); t == "," || t == ";" {
			return a + 1, b, true
		}
	}
	if b >= s.w1 && d.lw(a+1) != "which" && !d.hasFutureIn(a+1, s.w1) {
		// a person's aside that runs to the sentence's end: "hosted by
		// Rahmon, who holds the chair this year." (not "the summit,
		// which will be held in Abuja on Friday.": the summit's; nor a
		// step of the person's own: ", who will host Spain on Friday.")
		return a + 1, s.w1, true
	}
	return 0, 0, false
}

// inDateline reports whether byte off lies in the wire dateline that opens
// sentence si ("DOHA, March 4 (AFP) —"): the day the story was filed, no
// event's date.
func (d *doc) inDateline(si, off int) bool {
	if off-d.sents[si].span.Start > 72 {
		return false
	}
	e := d.datelineEnd(si)
	return e >= 0 && off < e
}

// datelineEnd returns the byte offset where sentence si's own text starts
// after its dateline ("KYIV, July 17 (AFP) - "), or -1 when it has none.
func (d *doc) datelineEnd(si int) int {
	sp := d.sents[si].span
	if len(d.dlEnds) != len(d.sents) {
		d.dlEnds = append(d.dlEnds[:0], make([]datelineMemo, len(d.sents))...)
	}
	// (the answer is remembered with the span it was read from, so that
	// a span changed since reads again)
	if m := &d.dlEnds[si]; m.set && m.span == sp {
		return m.end
	}
	t := sp.Of(d.body)
	end := -1
	if rest := stripDateline(t); len(rest) != len(t) {
		end = sp.Start + strings.Index(t, rest)
	}
	d.dlEnds[si] = datelineMemo{span: sp, end: end, set: true}
	return end
}

// dates resolves the body's temporal expressions and anchors them to events.
func (d *doc) dates(dct time.Time, venue *Place) []Date {
	low := ""
	if d.lowASCII {
		// the body's lower-cased copy is the one timex needs
		low = d.low
	}
	ds := findDates(d.body, low, dct)
	anchorSent, visit, hasVenue := -1, "", false
	for i := range ds {
		if ds[i].Start < 0 || ds[i].End > len(d.body) || ds[i].Start >= ds[i].End {
			continue
		}
		si := d.sentenceAt(ds[i].Start)
		if strings.HasSuffix(ds[i].Text, " ago") {
			// a time counted back from the report dates an earlier
			// event, never the story's own nor a step: "a truce signed
			// in Nairobi two weeks ago"
			continue
		}
		if si >= 0 && !d.sents[si].header && !d.sents[si].heading && strings.HasPrefix(ds[i].Value, "P") {
			if ev := d.spanStep(si, d.wordAt(ds[i].Start)); ev != "" {
				// a step due within a span: "the exchange is expected to
				// begin within two weeks"
				ds[i].Event = ev
				d.stepDates = append(d.stepDates, ds[i].Start)
				continue
			}
		}
		if si >= 0 && ds[i].Event == "" && !d.sents[si].header && !d.sents[si].heading && !d.inDateline(si, ds[i].Start) {
			dw := min(max(d.wordAt(ds[i].Start), d.sents[si].w0), d.sents[si].w1)
			if d.reportedAt(si, dw) {
				// "..., the ministry said on Sunday": when it was
				// said, not when anything happens
				continue
			}
			if si != anchorSent {
				// what does not depend on the date, once per sentence
				anchorSent, visit = si, d.visitEvent(si)
				hasVenue = venue != nil && containsWord(d.sents[si].span.Of(d.body), venue.Name)
			}
			if visit != "" && !d.meetAfterVisit(si, dw) {
				ds[i].Event = d.legEvent(si, dw, visit)
				continue
			}
			ds[i].Event = d.anchor(si, dw, venue, hasVenue)
			if ev := ds[i].Event; ev != "" && !strings.Contains(ev, " ") && dw-2 > d.sents[si].w0 {
				// a bare noun, its place just before the date: "is due in
				// Paris next week for talks": talks in Paris
				pe := dw
				if t := d.lw(dw - 1); (t == "in" || t == "on") && dw-3 > d.sents[si].w0 {
					// someone due in a place before the date's own
					// preposition: "Odongo is expected in Rome in June"
					if mi := int(d.mentAt[dw-2]); mi >= 0 && d.ments[mi].w1 == dw-1 && d.ments[mi].w0 > d.sents[si].w0 && d.dueSubject(si, d.ments[mi].w0-1) != "" {
						pe = dw - 1
					}
				}
				if mi := int(d.mentAt[pe-1]); mi >= 0 && d.ments[mi].w1 == pe && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) &&
					d.ments[mi].w0 > d.sents[si].w0 && d.lw(d.ments[mi].w0-1) == "in" {
					if who := d.dueSubject(si, d.ments[mi].w0-1); who != "" && !d.dueHome(si, d.ments[mi].w0-1, mi) {
						// whose trip: "Peters is separately due in Paris
						// next week for talks": Peters visits Paris
						ds[i].Event = who + " visits " + d.placeName(mi)
						if ev != "visit" {
							ds[i].Event += " for " + ev
						}
					} else if ev == "visit" {
						ds[i].Event = "visit to " + d.placeName(mi)
					} else {
						ds[i].Event = ev + " in " + d.placeName(mi)
					}
				}
			}
		}
	}
	return ds
}

// reportDays name the day a statement was made without "on": "said Sunday".
var reportDays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true}

// reportedAt reports whether the date at word dw tells when something was
// said: a reporting verb stands among the four words before it ("said on
// Sunday", "told reporters on Sunday", "said in a statement on Sunday").
func (d *doc) reportedAt(si, dw int) bool {
	if dw >= d.sents[si].w1 || !reportDays[d.lw(dw)] && (dw == d.sents[si].w0 || d.lw(dw-1) != "on") {
		// a day after "on", or a bare weekday: not "said the 2016 election"
		return false
	}
	for k := dw - 1; k >= d.sents[si].w0 && k >= dw-5; k-- {
		switch t := d.lw(k); t {
		case ",", ".", ";", "and", "but":
			return false
		default:
			if reportingVerb(t) {
				return true
			}
		}
	}
	return false
}

// sentenceAt returns the index of the sentence containing byte offset off.
func (d *doc) sentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].span.End > off })
	if i < len(d.sents) && d.sents[i].span.Start <= off {
		return i
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// groupName reports whether the organisation mention m, of no list, is
// named as a political or armed group by its last word: "the Sahel
// Liberation Front", "the National Unity Party".
func (d *doc) groupName(m *ment) bool {
	switch d.lw(m.w1 - 1) {
	case "front", "movement", "party", "army", "alliance", "coalition", "council", "administration", "forces", "brigades", "group", "union":
		return m.w1-m.w0 >= 2 && m.w1-m.w0 <= 6
	}
	return false
}

// placeKinds are the nouns a place is described by before its name: "the
// Tigrayan capital Mekelle", "the resort town of Dilijan".
var placeKinds = map[string]bool{"capital": true, "city": true, "town": true, "port": true, "village": true,
	"resort": true, "region": true, "province": true, "district": true, "island": true, "enclave": true}

// describedPlace returns the place mention a description starting at
// word k names: "the [northern] <kind> [of] <Place>" ("the Tigrayan
// capital Mekelle", "the port city of Durres"), else -1.
func (d *doc) describedPlace(k, limit int) int {
	if k+2 >= limit || d.lw(k) != "the" {
		return -1
	}
	kind := false
	for j := k + 1; j < limit && j <= k+5; j++ {
		t := d.lw(j)
		if placeKinds[t] {
			kind = true
			continue
		}
		if kind && t == "of" {
			continue
		}
		if kind {
			if mi := int(d.mentAt[j]); mi >= 0 && d.ments[mi].w0 == j && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
				return mi
			}
			return -1
		}
		if t == "," || t == "and" || t == "of" || t == "in" {
			return -1
		}
	}
	return -1
}

// placeDescribed returns the place a country mention mi, ending at word
// k, is narrowed to right after it: ", in the resort town of Dilijan"
// after "in Armenia", else -1. A country's own capital or city counts;
// a place of another country does not.
func (d *doc) placeDescribed(k, limit, mi int) int {
	if e := d.ments[mi].e; e == nil || e.kind != kCountry || k+3 >= limit || d.words[k].text != "," || d.lw(k+1) != "in" {
		return -1
	}
	mj := d.describedPlace(k+2, limit)
	if mj < 0 {
		if mj = int(d.mentAt[k+2]); mj < 0 || d.ments[mj].w0 != k+2 || d.ments[mj].typ != LOC && d.ments[mj].typ != GPE {
			return -1
		}
	}
	if e := d.ments[mj].e; e != nil && e.kind == kCountry {
		return -1
	}
	if c := d.countryOf(mj); c != "" && c != d.ments[mi].e.canon {
		return -1
	}
	return mj
}

// hostBefore returns the place mention that hosts the event noun phrase
// starting at word a: "<Place> will host the next [full] <event>", "<Place>
// is to host a special <event>", "<Place>, which hosts the <event>"; else -1.
func (d *doc) hostBefore(a, lo int) int {
	k := a - 1
	for k > lo && k > a-5 && !d.words[k].cap && d.lw(k) != "host" && d.lw(k) != "hosts" && d.lw(k) != "," {
		k-- // "the next full", "a special"
	}
	if k <= lo || d.lw(k) != "host" && d.lw(k) != "hosts" {
		return -1
	}
	k--
	for j := k; k > lo && k > j-2; k-- {
		if t := d.lw(k); t != "will" && t != "would" && t != "to" && t != "is" && t != "also" && t != "which" && t != "," {
			break
		}
	}
	if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].w1 == k+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
		if e := d.ments[mi].e; e != nil && (e.kind == kCountry || e.kind == kCity || e.kind == kSeat) || e == nil && d.ments[mi].typ == LOC {
			return mi
		}
	}
	return -1
}

// agoParticiples before "in <place>" tell of an event done to a noun:
// "a deal signed in Lima", "talks held in Oslo".
var agoParticiples = map[string]bool{"signed": true, "held": true, "reached": true, "brokered": true,
	"agreed": true, "struck": true, "concluded": true}

// agoAside reports whether the place after the preposition at word i
// (its name ending at word e) belongs to a participle of an earlier event:
// a noun, a past participle, the place, then a time before the story
// ("a peace deal signed in Lima less than two weeks ago", "the accord
// reached in Oslo last month"); not the story's own ("talks held in Oslo
// on Tuesday", "was signed in Lima two weeks ago" by the lead's verb).
func (d *doc) agoAside(i, e, lo, hi int) bool {
	if i-2 <= lo || !agoParticiples[d.lw(i-1)] || d.words[i-2].lf&fMeetNoun != 0 {
		return false
	}
	switch d.lw(i - 2) {
	case "was", "were", "be", "been", "is", "are", "being", "had", "has", "have":
		return false // the clause's own verb
	}
	for k := e; k < hi && k <= e+6; k++ {
		switch t := d.lw(k); t {
		case "ago":
			return true
		case "last":
			return k+1 < hi && timeNouns[d.lw(k+1)]
		case ",", ";", ".", "and", "but":
			return false
		}
	}
	return false
}

// whichBody returns the body a relative clause before word a stands for:
// "<Body>, which is expected to vote", "<Body>, which will debate"; else "".
func (d *doc) whichBody(a, lo int) string {
	k := a - 1
	for k > lo && k >= a-4 && (futureWords[d.lw(k)] || d.lw(k) == "to" || d.lw(k) == "will" || d.lw(k) == "would" || d.lw(k) == "likely") {
		k--
	}
	if k-2 <= lo || d.lw(k) != "which" || d.words[k-1].text != "," {
		return ""
	}
	if mi := int(d.mentAt[k-2]); mi >= 0 && d.ments[mi].w1 == k-1 && (d.ments[mi].typ == ORG || d.ments[mi].typ == GPE) {
		return d.body[d.ments[mi].start:d.ments[mi].end]
	}
	return ""
}

// hasFutureIn reports whether words [a, b) hold a word of the future:
// "will", "would", "shall", "due", "expected".
func (d *doc) hasFutureIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lw(k) {
		case "will", "would", "shall", "due", "expected":
			return true
		}
	}
	return false
}

// withinWord gives the word "within" that opens the span at word dw
// ("within two weeks"; quoted, timex leaves it out: hope to meet "within
// weeks"), else -1.
func (d *doc) withinWord(dw int) int {
	if dw < len(d.words) && d.lw(dw) == "within" {
		return dw
	}
	if dw >= 1 && dw < len(d.words) && d.words[dw].sent == d.words[dw-1].sent && d.lw(dw-1) == "within" {
		return dw - 1 // (the span's word left out after a quote mark)
	}
	return -1
}

// withinEvent names the step a span counted from now dates: "within two
// weeks", "within 48 hours" in a clause of the future, a plan or an
// obligation ("is expected to begin within two weeks", "must meet
// within 10 working days", "would publish a report within two months").
// It gives the clause's subject (a relative clause's antecedent: "the
// exchange, which is expected to begin"), cut at its first modifier, and
// its verb phrase up to the span, else "": a span in a past, negated,
// called-off or conditional clause ("collapsed within weeks", "otherwise
// a run-off must be held within 30 days") is no step.
func (d *doc) withinEvent(si, dw int) string {
	s := &d.sents[si]
	if dw = d.withinWord(dw); dw <= s.w0 || dw+1 >= s.w1 {
		return ""
	}
	c := d.clauseAt(dw)
	verb, tense := c.verb, c.tense
	if verb < 0 || verb > dw {
		verb, tense = -1, 0
		// a plan told by a present verb the reader does not know: "the
		// mediators hope to reconvene the talks within weeks"
		for k := max(c.w0, s.w0) + 1; k+1 < dw; k++ {
			if clausePlanWords[d.lw(k)] && d.lw(k+1) == "to" {
				verb, tense = k, tFuture
				break
			}
		}
	}
	if verb < 0 || verb >= dw || tense&(tPast|tNeg|tOff) != 0 || tense&(tFuture|tModal) == 0 {
		return ""
	}
	for k := max(c.w0-1, s.w0); k < dw; k++ {
		switch d.lw(k) {
		case "otherwise":
			return ""
		case "if", "unless", "whether", "not", "never", "n't":
			if k >= c.w0 {
				return ""
			}
		case "\"", "“", "”":
			if k >= c.w0 && k < dw-1 {
				return "" // words quoted: a stance (the span's own quote aside)
			}
		}
	}
	a, b := c.subj0, c.subj1
	if verb != c.verb {
		a, b = max(c.w0, s.w0), verb
	}
	if c.rel {
		// the antecedent: the noun phrase before ", which", from its
		// determiner ("will oversee the prisoner exchange, which")
		a, b = 0, 0
		if e := c.w0 - 1; e-1 > s.w0 && d.words[e].text == "," {
			for k := e - 1; k > s.w0 && k >= e-5; k-- {
				if t := d.lw(k); t == "the" || t == "a" || t == "an" || d.words[k].poss {
					a, b = k, e
					break
				}
			}
		}
	}
	for k := a; k < b; k++ {
		if d.words[k].text == "," || d.lw(k) == "that" || reportingVerb(d.lw(k)) {
			// "Under a 2022 rule, the General Assembly", "told reporters
			// that the decision", "Officials said it"
			a = k + 1
		}
	}
	for k := a + 1; k < b; k++ {
		if t := d.lw(k); !d.words[k].cap && (isPast(t, 0) || t == "by" || t == "with" || t == "from" || t == "for") {
			b = k // "A prisoner exchange brokered by the Red Cross": a prisoner exchange
			break
		}
	}
	for a < b && (d.lw(a) == "the" || d.lw(a) == "a" || d.lw(a) == "an") {
		a++
	}
	subj := ""
	if a < b && b-a <= 6 && !pronounWords[d.lw(a)] {
		subj = d.body[d.words[a].start:d.words[b-1].end]
	}
	v, e := verb, dw
	if e > v && (d.words[e-1].text == "\"" || d.words[e-1].text == "“") {
		e--
	}
	if subj == "" {
		for v < e && (finiteAux[d.lw(v)] != 0 || d.lw(v) == "be" || d.lw(v) == "to" || clausePlanWords[d.lw(v)]) {
			v++ // "would publish a report": publish a report
		}
	}
	if v >= e || e-v > 10 || subj == "" && e-v < 2 {
		return "" // (a bare verb says too little: "will be made within days")
	}
	vp := d.body[d.words[v].start:d.words[e-1].end]
	if subj == "" {
		return vp
	}
	return subj + " " + vp
}

// spanStep names the step a span counted from now dates (withinEvent,
// leaveEvent), else "".
func (d *doc) spanStep(si, dw int) string {
	if ev := d.withinEvent(si, dw); ev != "" {
		return ev
	}
	return d.leaveEvent(si, dw)
}

// leaveEvent names an order to leave that a span dates, told in the past
// as news of an expulsion: "were given 48 hours to leave Sweden", "was
// ordered to leave the country within 72 hours": "deadline to leave
// Sweden". It gives "" for anything else (no "to leave" by the span, or
// a negated clause: "were not given time to leave").
func (d *doc) leaveEvent(si, dw int) string {
	s := &d.sents[si]
	if dw <= s.w0+1 || dw >= s.w1 {
		return ""
	}
	e := dw // the span's last word
	for e+1 < s.w1 && d.words[e+1].start < d.words[dw].end+32 && !(d.lw(e+1) == "to" || d.words[e+1].text == "," || d.words[e+1].text == ".") {
		e++
	}
	obj := -1 // the first word after "leave"
	switch w := d.withinWord(dw); {
	case w < 0 && e+2 < s.w1 && d.lw(e+1) == "to" && d.lw(e+2) == "leave" && (d.lw(dw-1) == "given" || d.lw(dw-1) == "granted" || d.lw(dw-1) == "have" || d.lw(dw-1) == "has" || d.lw(dw-1) == "had"):
		// "given 48 hours to leave Sweden"
		obj = e + 3
	case w > s.w0+2:
		// "ordered to leave the country within 72 hours"
		for k := w - 1; k > s.w0+1 && k >= w-6; k-- {
			if d.lw(k) == "leave" && d.lw(k-1) == "to" {
				switch d.lw(k - 2) {
				case "ordered", "told", "asked", "given", "instructed":
					obj = k + 1
				}
				break
			}
		}
	}
	if obj < 0 || d.hasNot(max(s.w0, dw-8), dw) {
		return ""
	}
	if c := d.clauseAt(dw); c.when == whenBefore && !d.lateLastYear(c.whenAt) {
		// an expulsion of an earlier year: "In 2023, 15 diplomats were
		// given 72 hours to leave Norway"
		return ""
	}
	end := obj
	for end < s.w1 && end < obj+4 && d.words[end].text != "," && d.words[end].text != "." && d.lw(end) != "within" && d.lw(end) != "by" && d.lw(end) != "and" && d.lw(end) != "after" {
		end++
	}
	if end == obj {
		return "deadline to leave"
	}
	return "deadline to leave " + d.body[d.words[obj].start:d.words[end-1].end]
}

// meetingSubject names the group whose meeting the verb at word i tells,
// the subject of its clause: "Senior officials will meet in Perth",
// "A humanitarian working group will still meet in Jeddah" (without its
// article); "" for a person, a pronoun, a relative clause or a subject of
// more than five words.
func (d *doc) meetingSubject(i int) string {
	c := d.clauseAt(i)
	if c.rel || c.verb < 0 || c.verb >= i || c.subj1 <= c.subj0 {
		return ""
	}
	a, b := c.subj0, c.subj1
	for k := c.verb + 1; k < i-1; k++ {
		if d.lw(k) != "that" {
			continue
		}
		// the verb of meeting is in the clause that "that" opens: "The two
		// sides agreed that technical teams would meet in New Delhi"
		a, b = k+1, k+1
		for b < i && !subjectEnds[d.lw(b)] {
			b++
		}
		break
	}
	for k := b - 1; k > a; k-- {
		if t := d.lw(k - 1); t == "that" || t == "whether" || sayingWords[t] {
			// the clause reaches back past its verb of saying: "agreed
			// that a joint commission would meet in New Delhi"
			a = k
			break
		}
	}
	for a < b && (d.words[a].punct || subjectOpeners[d.lw(a)]) {
		a++ // "- the chief negotiators will meet", "but we will meet"
	}
	for k := a; k >= d.sents[d.words[a].sent].w0 && k > a-4; k-- {
		if d.words[k].text == "," {
			break
		}
		if conditionOpeners[d.lw(k)] {
			// a clause of condition or time runs into the subject with
			// no comma: "Once the ceasefire holds the ministers will
			// meet", "When the summit ends the ministers will meet" (no
			// subject the words tell apart)
			return ""
		}
	}
	if b-a > 5 {
		return ""
	}
	for k := a; k < b; k++ {
		if d.words[k].text == "," || d.opensClause(k) || d.lw(k) == "and" || d.lw(k) == "or" {
			return ""
		}
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].person >= 0 || mi >= 0 && d.ments[mi].typ == PER {
			return ""
		}
	}
	if a < b {
		if t := d.lw(a); t == "the" || t == "a" || t == "an" {
			a++
		}
	}
	if a >= b || pronounWords[d.lw(a)] || d.lw(a) == "i" || d.lw(a) == "you" || d.lw(a) == "we" || partyHeads[d.lw(b-1)] {
		return ""
	}
	if possessiveWords[d.lw(a)] && a+1 < b {
		// the owner is named elsewhere, or is the speaker: "Our interior
		// ministers will meet in Frankfurt" is a meeting of interior
		// ministers, not "of our interior ministers"
		a++
	}
	if mi := d.mentAt[a]; mi >= 0 && (d.ments[mi].typ == GPE || d.ments[mi].typ == LOC) && d.ments[mi].w1 >= b {
		// a state that meets meets someone: "Ethiopia will meet in
		// Nairobi with Somali officials" is no group's meeting ("meeting
		// of Ethiopia")
		return ""
	}
	// the words as written, but for a common word capitalised only as the
	// sentence's first: "Technical teams will meet" gives "technical
	// teams"; "IGAD foreign ministers", "G20 sherpas", "Andean Community
	// foreign ministers" keep their capitals
	txt := d.body[d.words[a].start:d.words[b-1].end]
	if w := &d.words[a]; a == d.sents[d.sentenceAt(w.start)].w0 && w.cap && !w.allCap && d.mentAt[a] < 0 && w.alpha && w.lf&(fLower|fEnglish) != 0 && (a+1 >= b || !d.words[a+1].cap) {
		txt = d.lowerOf(d.body[w.start:w.end]) + txt[w.end-w.start:]
	}
	return txt
}

// possessiveWords open a phrase whose owner is named elsewhere or is the
// speaker: a meeting's subject ("its members", "our interior ministers"),
// a step's complement ("the first summit of our chairmanship"), a
// reacting group ("their families").
var possessiveWords = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// conditionOpeners open a clause of condition or time before a meeting's
// own clause: "Once the ceasefire holds", "When the summit ends".
var conditionOpeners = map[string]bool{"once": true, "if": true, "unless": true, "until": true, "when": true}

// subjectEnds end a subject before its verb of meeting: "teams would meet",
// "are due to meet".
var subjectEnds = map[string]bool{"will": true, "would": true, "to": true, "could": true, "should": true, "shall": true,
	"may": true, "might": true, "are": true, "is": true, "were": true, "was": true, "meet": true, "convene": true}

// sayingWords are the verbs of saying a subject's span may reach back
// past: "Omani officials said expert-level teams would meet in Muscat".
var sayingWords = map[string]bool{"said": true, "says": true, "say": true, "agreed": true, "announced": true,
	"added": true, "confirmed": true, "stated": true, "noted": true, "told": true, "hoped": true}

// subjectOpeners are the words a meeting's subject does not start with:
// a conjunction or adverb that opens the clause before it.
var subjectOpeners = map[string]bool{"but": true, "and": true, "so": true, "yet": true, "while": true, "meanwhile": true, "then": true}

// partyHeads name the sides of the story as a whole, whose meeting is the
// plain meeting: "The two sides will meet in Geneva", "Mediators will
// meet in Cairo".
var partyHeads = map[string]bool{"sides": true, "countries": true, "parties": true, "mediators": true,
	"delegations": true, "nations": true, "states": true, "governments": true, "leaders": true, "two": true}

// protestAfter reports whether the words from k, right after "left the
// hall", tell a protest: "in protest", "in anger", "midway through a
// speech", "during", "when B began speaking", "as B took the floor" (not
// "for a state lunch", "briefly to take a phone call", "to consult
// Moscow", "several times", "when the session ended").
func (d *doc) protestAfter(k, limit int) bool {
	if k >= limit {
		return false
	}
	switch d.lw(k) {
	case "in":
		switch d.lw(k + 1) {
		case "protest", "anger", "disgust", "fury", "outrage":
			return k+1 < limit
		}
	case "midway", "during":
		return true
	case "when", "as", "while":
		for j := k + 1; j < limit && j <= k+7; j++ {
			switch d.lw(j) {
			case ",", ";":
				return false
			case "speak", "speaks", "speaking", "spoke", "speech", "address", "addressed", "addressing", "floor", "remarks", "raised", "accused", "criticised", "criticized":
				return true
			}
		}
	}
	return false
}

// neitherNor reads "Neither A nor B <aux> invited/attended/took part/was
// represented" from the word "neither" at i: a and b are the mentions of
// the pair (-1 none; -2-w a body of no name whose head noun is word w,
// "the army-backed government"), hit whether the verb tells the pair did
// not take part and away whether of its own accord. Not a pair of people
// (their countries are read elsewhere), and not "neither ... nor" that
// qualifies something else ("neither confirmed nor denied").
func (d *doc) neitherNor(i, limit int) (a, b int, hit, away bool) {
	a, b = -1, -1
	nor := -1
	for k := i + 1; k < limit && k <= i+8; k++ {
		if t := d.lw(k); t == "nor" {
			nor = k
			break
		} else if t == "," || clauseEnd(t) {
			return
		}
	}
	if nor < 0 {
		return
	}
	side := func(lo, hi int) (int, int) { // the side's mention or body, and its end
		if lo < hi && d.lw(lo) == "the" {
			lo++
		}
		if lo >= hi {
			return -1, lo
		}
		if mi := int(d.mentAt[lo]); mi >= 0 && d.ments[mi].w0 == lo && d.ments[mi].typ != PER && d.ments[mi].typ != NORP {
			return mi, d.ments[mi].w1
		}
		for k := lo; k < hi && k <= lo+3; k++ {
			if subjectNouns[d.lw(k)] {
				return -2 - k, k + 1
			}
		}
		return -1, lo
	}
	var ea int
	a, ea = side(i+1, nor)
	if ea != nor {
		a = -1
	}
	end := min(limit, nor+6)
	var eb int
	b, eb = side(nor+1, end)
	if a == -1 && b == -1 || eb >= limit {
		return -1, -1, false, false
	}
	if b == -1 {
		return -1, -1, false, false
	}
	k := d.auxEnd(eb, limit)
	if d.hasNot(eb, k) || d.hasModal(eb, k) {
		return -1, -1, false, false
	}
	switch d.lw(k) {
	case "attended", "participated":
		hit, away = true, true
	case "took":
		hit, away = k+1 < limit && d.lw(k+1) == "part", true
	default:
		hit, away = d.notTakingPart(k, limit)
	}
	if hit && d.otherOccasion(k, limit, true) {
		hit = false
	}
	return a, b, hit, away
}

// neitherBody returns the words of a body of no name ending at its head
// noun w, without an opening article: "army-backed government".
func (d *doc) neitherBody(w int) string {
	lo := w
	for lo-1 >= 0 && lo > w-3 && d.lw(lo-1) != "the" && d.lw(lo-1) != "neither" && d.lw(lo-1) != "nor" && !d.words[lo-1].cap {
		lo--
	}
	if lo == w {
		// the head alone says nothing: "the government" of which country?
		return ""
	}
	return d.body[d.words[lo].start:d.words[w].end]
}

// envoyNouns name who speaks or sits for a country or body in a meeting:
// "Haiti's ambassador walked out", "Mali's delegates did not attend".
var envoyNouns = map[string]bool{
	"ambassador": true, "envoy": true, "representative": true, "representatives": true, "delegates": true,
	"negotiators": true, "negotiator": true, "team": true, "emissary": true,
}

// leaderNouns are envoyNouns of a leader or minister: one of no name
// stands for the country ("Cambodia's minister joined for the opening
// session only": s18), one named after the noun is the subject himself
// ("Myanmar's military leader, Senior General Min Aung Hlaing, has not
// been invited"; "Brazil's Minister of Mines and Energy, Alexandre
// Silveira").
var leaderNouns = map[string]bool{"minister": true, "president": true, "leader": true, "premier": true, "delegate": true}

// envoyAdj are the words of rank or kind that may stand between a
// country's possessive and its envoy ("Kosovo's chief negotiator",
// "Lebanon's civilian negotiator", "Russia's special envoy").
var envoyAdj = map[string]bool{
	"chief": true, "civilian": true, "top": true, "lead": true, "senior": true, "special": true, "military": true,
	"prime": true, "foreign": true, "defence": true, "defense": true, "finance": true, "trade": true, "deputy": true,
}

// hallAt reports whether the words from k name the room of the talks:
// "(the) chamber", "hall", "room", "plenary" ("walked out of the
// chamber").
func (d *doc) hallAt(k, limit int) bool {
	if k < limit && d.lw(k) == "the" {
		k++
	}
	if k >= limit {
		return false
	}
	switch d.lw(k) {
	case "chamber", "hall", "room", "plenary", "meeting", "session":
		return true
	}
	return false
}

// inProtest reports whether "in protest" stands among the six words from
// k, before a clause ends: "walked out of the chamber in protest at" (the
// protest is the walkout's, no other event).
func (d *doc) inProtest(k, limit int) bool {
	for p := k; p+1 < limit && p < k+6; p++ {
		if t := d.lw(p); clauseEnd(t) || t == "," {
			return false
		} else if t == "in" && d.lw(p+1) == "protest" {
			return true
		}
	}
	return false
}

// plannedButWithdrew reads "had planned to attend but withdrew", "was
// expected to join but pulled out on Tuesday" from word j (after the
// subject): a plan or expectation to attend, then "but" and a verb of
// withdrawal, with an object of talks or none. It returns the withdrawal
// verb's word, or -1.
func (d *doc) plannedButWithdrew(j, limit int) int {
	plan := false
	for a := j; a < limit && a < j+10; a++ {
		switch t := d.lw(a); t {
		case "planned", "plans", "expected", "due", "scheduled", "set", "intended", "hoped", "meant", "slated":
			plan = true
		case "but":
			if !plan || a-1 < j || !d.attendVerbBefore(a) {
				return -1
			}
			v := d.auxEnd(a+1, limit)
			if v >= limit || d.hasNot(a+1, v) {
				return -1
			}
			if d.withdrawsAt(v, limit) || d.bareWithdrawal(v, limit) {
				return v
			}
			return -1
		case ",", ";", ".", "said", "says":
			return -1
		}
	}
	return -1
}

// attendVerbBefore reports whether a verb of attending ends the words
// before "but" at word b: "to attend", "to take part", "to join the
// talks", "to travel to Doha".
func (d *doc) attendVerbBefore(b int) bool {
	for k := b - 1; k >= 1 && k >= b-5; k-- {
		switch d.lw(k) {
		case "attend", "join", "participate", "come", "travel", "go", "part":
			return d.lw(k-1) == "to" || d.lw(k) == "part" && d.lw(k-1) == "take" && d.lw(k-2) == "to"
		}
	}
	return false
}

// bareWithdrawal reports whether word v is a verb of withdrawal with no
// object of its own, "withdrew", "pulled out", "dropped out", "backed
// out", "cancelled", then the clause's end, a time or a reason ("withdrew
// at the last minute", "pulled out on Tuesday, citing illness").
func (d *doc) bareWithdrawal(v, limit int) bool {
	k := v + 1
	switch d.lw(v) {
	case "withdrew", "withdraws", "cancelled", "canceled":
	case "pulled", "pulls", "dropped", "drops", "backed", "backs", "bowed", "bows":
		if d.lw(k) != "out" {
			return false
		}
		k++
	default:
		return false
	}
	if k >= limit {
		return true
	}
	switch d.lw(k) {
	case ",", ".", ";", "at", "on", "after", "citing", "because", "due", "over", "amid", "late", "hours", "days":
		return true
	}
	return clauseEnd(d.lw(k))
}

// planWord reports whether t tells of a plan or an expectation: "planned",
// "expected", "due", "scheduled" (see plannedButWithdrew).
func planWord(t string) bool {
	switch t {
	case "planned", "plans", "expected", "due", "scheduled", "set", "intended", "hoped", "meant", "slated":
		return true
	}
	return false
}

// suspendedFrom reports whether the words from e, after "suspended X",
// say what X is suspended from: "from its decision-making bodies", "'s
// voting rights" (the mention's possessive), "'s membership".
func (d *doc) suspendedFrom(e, limit int) bool {
	if e >= limit {
		return false
	}
	if d.words[e-1].poss {
		switch d.lw(e) {
		case "membership", "voting", "seat", "participation", "rights":
			return true
		}
		return false
	}
	return d.lw(e) == "from" || d.lw(e) == "as" && e+1 < limit && d.lw(e+1) == "a" && d.lw(e+2) == "member"
}

// leadSubjectCountries returns the countries the lead sentence opens
// with as the subject of its verb, when there are two or more: "Ukraine
// and Russia exchanged 205 prisoners", "Iran and Britain, France and
// Germany agreed" (after the dateline; not "Ukraine's president" nor a
// single country).
func (d *doc) leadSubjectCountries() []string {
	if d.leadSent < 0 {
		return nil
	}
	s := &d.sents[d.leadSent]
	k := s.w0
	if !d.words[k].cap {
		return nil
	}
	// past the dateline ("KYIV, July 17 (AFP) -"), worked out once
	body := d.datelineEnd(d.leadSent)
	if body < 0 {
		body = s.span.Start
	}
	for k < s.w1 && k < s.w0+16 && (d.words[k].start < body || !isWordTok(d.lw(k))) {
		k++
	}
	var cs []string
	norp := false
	for k < s.w1 {
		if t := d.lw(k); len(cs) > 0 && (t == "and" || t == ",") {
			k++
			continue
		}
		mi := int(d.mentAt[k])
		if mi < 0 || d.ments[mi].w0 != k || d.ments[mi].typ != GPE && d.ments[mi].typ != NORP {
			break
		}
		c := d.countryOf(mi)
		if !d.isCountry(c) {
			return nil
		}
		if d.ments[mi].typ == NORP {
			norp = true
		}
		cs = append(cs, c)
		k = d.ments[mi].w1
	}
	if norp && k < s.w1 {
		// "Congolese and Rwandan negotiators signed"
		switch d.lw(k) {
		case "negotiators", "officials", "delegations", "delegates", "envoys", "ministers", "leaders", "diplomats":
			k++
		default:
			return nil
		}
	}
	if len(cs) < 2 || k >= s.w1 || d.words[k].cap || !leadVerb(d.lw(k)) || stanceVerb(d.lw(k)) {
		return nil
	}
	return cs
}

// stanceVerb reports whether t tells how its subject received something
// rather than an act between the parties: "France and Germany criticised
// a swap between Belgium and Iran", "welcomed", "urged", "condemned" (the
// subject reacts; it is no party).
func stanceVerb(t string) bool {
	if receptionVerbs[t] || verbPolarity(t) != Neutral {
		return true
	}
	switch t {
	case "urged", "warned", "accused", "demanded", "questioned", "voiced", "expressed", "blasted", "lambasted", "decried", "protested", "cautioned", "reacted":
		return true
	}
	return false
}

// isWordTok reports whether t holds a letter or a digit (no dash or
// bracket of a dateline).
func isWordTok(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// leadVerb reports whether t may be the finite verb of a lead after its
// subject: a past form in -ed or a common verb of news ("held", "met",
// "will", "have").
func leadVerb(t string) bool {
	switch t {
	case "held", "met", "signed", "struck", "made", "began", "swapped", "will", "have", "are", "were", "on", "agree", "meet", "hold", "sign", "exchange", "swap", "traded":
		return true
	}
	return len(t) > 4 && strings.HasSuffix(t, "ed")
}

// sourceAfter reports whether mention mi opens a clause of saying after
// a comma: "brokered by Kenya, Egyptian officials said" (Egypt tells, it
// brokers nothing).
func (d *doc) sourceAfter(mi, limit int) bool {
	m := &d.ments[mi]
	if m.w0 == 0 || d.lw(m.w0-1) != "," {
		return false
	}
	for k := m.w1; k < limit && k <= m.w1+2; k++ {
		switch d.lw(k) {
		case "said", "says", "told", "announced", "reported":
			return true
		}
	}
	return false
}

// talksDaysBefore returns how many days before the day dt the story's
// meeting was held when the day's clause is followed by ", a day after"
// (also "the day after", "two days after", "three days after") and a
// clause of meeting or of the venue: "Kenya on Wednesday lifted a ban on
// maize imports, a day after trade ministers held talks in Arusha" (the
// talks: Tuesday). The day dates a later act the meeting led to, and the
// story's own words count back from it; 0 when no such clause follows.
// The scan is bounded: the three words after the day and fourteen after
// "after".
func (d *doc) talksDaysBefore(dt Date, venue string) int {
	if !DayValue(dt.Value) || dt.End <= dt.Start {
		return 0
	}
	si := d.sentenceAt(dt.Start)
	if si < 0 {
		return 0
	}
	s := &d.sents[si]
	// the comma before ", a day after" within 24 words of the day (the
	// day may stand before its verb: "on Wednesday freed ..., a day
	// after"), no other day between
	k, n := -1, 0
	for j := d.wordAt(dt.End); j+3 < min(s.w1, d.wordAt(dt.End)+24); j++ {
		if t := d.lw(j); weekdays[t] > 0 || t == "yesterday" || t == "today" {
			return 0
		}
		if d.lw(j) != "," {
			continue
		}
		switch d.lw(j + 1) {
		case "a", "the", "one":
			n = 1
		case "two":
			n = 2
		case "three":
			n = 3
		default:
			continue
		}
		if unit := d.lw(j + 2); (n == 1 && unit == "day" || n > 1 && unit == "days") && d.lw(j+3) == "after" {
			k = j + 1
			break
		}
	}
	if k < 0 {
		return 0
	}
	first := ""
	if venue != "" {
		first, _, _ = strings.Cut(venue, " ")
	}
	meetWord := func(w *word) bool {
		return w.lf&(fMeetNoun|fStrictMeet|fMeeting|fMeetVerb|fSign) != 0 || meetVerbs[w.low] || w.low == "agreed" || first != "" && w.text == first
	}
	for j := max(s.w0, s.labelEnd); j < k; j++ {
		if w := &d.words[j]; w.low != "held" && meetWord(w) {
			// the day's own clause tells the meeting ("held" alone may
			// hold a detainee: "freed an aid worker held in Afghanistan"): "held talks in
			// Nairobi on Wednesday, a day after he met ... in Kampala"
			return 0
		}
	}
	for j := k + 3; j < min(s.w1, k+17); j++ {
		if w := &d.words[j]; meetWord(w) || w.low == "held" {
			return n
		}
	}
	return 0
}

// talksDay returns the value and the weekday of the meeting's day when dt
// is a later day the story counts back from (talksDaysBefore), else
// dt.Value and "".
func (d *doc) talksDay(dt Date, venue string) (string, string) {
	n := d.talksDaysBefore(dt, venue)
	if n == 0 {
		return dt.Value, ""
	}
	t, err := time.Parse("2006-01-02", dt.Value[:10])
	if err != nil {
		return dt.Value, ""
	}
	t = t.AddDate(0, 0, -n)
	return t.Format("2006-01-02"), t.Weekday().String()
}

// capitalPhrase returns the capital that words [a, j) name before
// "capital" at word j, a country or its demonym ("the Surinamese
// capital", "the Omani capital", "the country's capital" is none), or nil:
// the venue given by a phrase when no dateline names the city.
func (d *doc) capitalPhrase(a, j int) *Place {
	if a >= j || d.lw(j) != "capital" {
		return nil
	}
	mi := int(d.mentAt[a])
	if mi < 0 {
		return nil
	}
	e := d.ments[mi].e
	if e == nil || e.country == "" || e.kind != kNorp && e.kind != kCountry {
		return nil
	}
	k := d.ments[mi].w1
	if k < j && (d.lw(k) == "'s" || d.lw(k) == "'") {
		k++
	}
	if k != j {
		return nil
	}
	c := d.g.capital[e.country]
	if c == "" {
		return nil
	}
	return &Place{Name: c, Country: e.country}
}

// cityLabel reports whether sentence s opens with a city in title case
// before a colon, the dateline of a style common in South Asian papers
// ("Baghdad: Iraq and Iran reached ...", "Lahore: ..."): the mention
// covers the words before the colon and the gazetteer knows it as a city
// (a country or a region before a colon is a newsletter's label: "Chile:
// The central bank's board meets on Wednesday").
func (d *doc) cityLabel(s *sentence) bool {
	mi := int(d.mentAt[s.w0])
	if mi < 0 {
		return false
	}
	m := &d.ments[mi]
	return m.w0 == s.w0 && m.w1 < s.w1 && d.words[m.w1].text == ":" && m.e != nil && m.e.kind == kCity && (m.typ == GPE || m.typ == LOC)
}
