package digest

import "strings"

// Stop 18's classes of absence wording (s18-absent), found by a stress
// set of short articles written before the rules
// (digest/qa18_absent_test.go): staying out of or away from the talks,
// being nowhere to be seen, choosing not to come, sending no ministers,
// partial attendance (leaving early, joining for the opening session
// only), being kept out by a refusal of accreditation or of a seat, not
// being consulted, and a party's absence told by its possessive ("Haiti's
// absence"). Each reads a class of wording, of the story's time (not
// another or an earlier occasion), not a case.

// withdraws18 reads the forms of staying away that withdrawsAt does not
// know, at the verb k of the subject's clause: "stayed out of the talks",
// "kept away from the meeting", "was nowhere to be seen", "chose not to
// come", "sent no ministers", "left early", "left before the final
// communique", "joined for the opening session only".
func (d *doc) withdraws18(k, limit int) bool {
	if k >= limit {
		return false
	}
	switch d.lw(k) {
	case "stayed", "stays", "stay", "staying", "kept", "keeps", "keep", "keeping":
		// "stayed out of the talks", "kept away from the meeting" (not
		// "stayed out of the conflict", "kept away from the border");
		// "stayed only for the opening session"
		if d.lw(k) == "stayed" && d.openingOnly(k+1, limit) {
			return !d.pastMarker(k, limit)
		}
		if k+3 >= limit {
			return false
		}
		if (d.lw(k+1) == "out" && d.lw(k+2) == "of" || d.lw(k+1) == "away" && d.lw(k+2) == "from") && d.awayEventSoon(k+3, limit) {
			return !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true) && !d.earlierObject(k+3, limit)
		}
	case "nowhere":
		// "was nowhere to be seen": a noticed absence
		return k+3 < limit && d.lw(k+1) == "to" && d.lw(k+2) == "be" && (d.lw(k+3) == "seen" || d.lw(k+3) == "found") && !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true)
	case "chose", "chooses", "choose", "decided", "decides", "opted", "opts", "preferred", "prefers", "elected":
		// "chose not to come", "decided not to attend the meeting" (the
		// negation after the verb of choice: hasNot reads only the
		// auxiliaries before it)
		if k+3 < limit && d.lw(k+1) == "not" && d.lw(k+2) == "to" {
			hit, _ := d.notTakingPart(k+3, limit)
			return hit
		}
	case "sent", "sends":
		// "sent no ministers", "sent no representatives" (withdrawsAt
		// reads the singulars)
		if k+2 < limit && d.lw(k+1) == "no" {
			switch d.lw(k + 2) {
			case "ministers", "representatives", "envoys", "delegates", "leaders", "officials", "delegations":
				return !d.otherOccasion(k, limit, true) && !d.pastMarker(k, limit)
			}
		}
	case "left", "leaves":
		// partial attendance: "left early", "left before the final
		// communique", "left before the closing session" (not "left
		// before dawn", "left the country")
		if k+1 >= limit || d.pastMarker(k, limit) {
			return false
		}
		if d.lw(k+1) == "early" {
			return !d.otherOccasion(k, limit, true)
		}
		return d.lw(k+1) == "before" && d.closingAfter(k+2, limit)
	case "joined", "attended", "came":
		// partial attendance: "joined for the opening session only",
		// "attended only the first day" (the rest of the talks without
		// it)
		return d.openingOnly(k+1, limit) && !d.pastMarker(k, limit)
	}
	return false
}

// closingAfter reports whether the words from k (up to a clause's end)
// name the close of the talks: "the final communique", "the closing
// session", "the end of the summit", "the family photo", "the signing".
func (d *doc) closingAfter(k, limit int) bool {
	for p := k; p < limit && p < k+5; p++ {
		switch d.lw(p) {
		case "final", "closing", "communique", "communiqué", "signing", "end", "photo", "declaration", "vote":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// openingOnly reports whether the words from k tell of attending only the
// opening part: "for the opening session only", "only the first day",
// "only for the opening ceremony".
func (d *doc) openingOnly(k, limit int) bool {
	only, opening := false, false
	for p := k; p < limit && p < k+7; p++ {
		switch d.lw(p) {
		case "only":
			only = true
		case "opening", "first", "inaugural":
			opening = true
		case ",", ".", ";", "and", "but":
			return only && opening
		}
	}
	return only && opening
}

// notTakingPart18 reads the negated verbs of being left out that
// notTakingPart does not know, at the verb k after the negation: "was
// not consulted", "was not given a seat at the table", "was not granted
// accreditation", "was not issued a visa" (kept out, not away).
func (d *doc) notTakingPart18(k, limit int) (hit, away bool) {
	switch d.lw(k) {
	case "consulted":
		return !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true), false
	case "given", "granted", "offered", "issued", "allotted", "allocated":
		return d.seatOrPass(k+1, limit) && !d.pastMarker(k, limit) && !d.otherOccasion(k, limit, true), false
	}
	return false, false
}

// seatOrPass reports whether the words from k name a place at the talks
// or the papers to attend them: "a seat (at the table)", "a place at the
// table", "accreditation", "visas", "an invitation".
func (d *doc) seatOrPass(k, limit int) bool {
	for p := k; p < limit && p < k+3; p++ {
		switch d.lw(p) {
		case "seat", "accreditation", "visa", "visas", "invitation", "badge", "badges":
			return true
		case "place":
			return p+2 < limit && d.lw(p+1) == "at" && d.atTalks(p+1, limit)
		case "a", "an", "the", "any":
		default:
			return false
		}
	}
	return false
}

// deniedPass reports whether "denied" at word k keeps its subject out of
// the talks: "was denied accreditation (to the session)", "denied a seat
// at the table", "denied visas to attend" (not "denied the report",
// "denied entry to the country").
func (d *doc) deniedPass(k, limit int) bool {
	switch d.lw(k) {
	case "denied", "refused":
		return d.seatOrPass(k+1, limit)
	}
	return false
}

// possAbsenceAt returns the first word of the party whose absence a
// possessive tells at word i ("absence") of sentence s, or -1: "Haiti's
// absence drew comment", "Kosovo's absence from the talks" (a party's
// mention ending in a possessive just before the noun; not "the absence
// of progress", nor one of another time).
func (d *doc) possAbsenceAt(i int, s *sentence) int {
	if i <= s.w0 || d.lw(i) != "absence" {
		return -1
	}
	mi := d.mentionEndingAt(i - 1)
	if mi < 0 || !d.words[i-1].poss {
		return -1
	}
	switch d.ments[mi].typ {
	case GPE, ORG, NORP:
	default:
		return -1
	}
	if i+1 < s.w1 && d.lw(i+1) == "from" && !d.eventSoon(i+2, s.w1) {
		return -1 // ("Kosovo's absence from the Olympics")
	}
	return d.ments[mi].w0
}

// laterObject reports whether the words from k (up to a clause's end) name
// a later occasion than the story's: "next month's APEC summit", "the
// summit next week", "the upcoming G20 summit" (the story's meeting is
// told in the past or the present).
func (d *doc) laterObject(k, limit int) bool {
	for p := k; p < limit && p < k+6; p++ {
		switch t := d.lw(p); {
		case t == "." || t == ";" || t == ":" || t == "but" || t == ",":
			return false
		case t == "upcoming" || t == "forthcoming":
			return true
		case t == "next" && p+1 < limit:
			// "next month's", "next week" (not "the next round", which
			// may be the story's)
			switch n := strings.TrimSuffix(strings.TrimSuffix(d.lw(p+1), "'s"), "’s"); n {
			case "year", "month", "week":
				return true
			}
		}
	}
	return false
}

// representedLower reports whether the words from k, after "represented
// by", name an envoy below the meeting's rank: "its ambassador (to
// Djibouti)", "a deputy minister", "its deputy foreign minister", "an
// observer" (lowerEnvoyFrom); an ambassador only as the country's own
// ("its ambassador"), and not at a meeting of ambassadors or envoys.
func (d *doc) representedLower(k, limit int) bool {
	own := k < limit && (d.lw(k) == "its" || d.lw(k) == "their")
	if !d.lowerEnvoyFrom(k, limit, own) {
		return false
	}
	if own && k+1 < limit && (d.lw(k+1) == "ambassador" || d.lw(k+1) == "ambassadors" || d.lw(k+1) == "envoy" || d.lw(k+1) == "envoys") {
		return !d.envoysMeet()
	}
	return true
}

// envoysMeet reports whether the story's lead tells of a meeting of
// ambassadors or envoys, where an ambassador sits at the meeting's rank.
func (d *doc) envoysMeet() bool {
	for si := range d.sents {
		s := &d.sents[si]
		if s.header {
			continue
		}
		for i := s.w0; i < s.w1; i++ {
			switch d.lw(i) {
			case "ambassadors", "envoys", "ambassador-level", "permanent":
				return true
			}
		}
		return false
	}
	return false
}

// unnamedLeader reports whether word j is a leader's or minister's noun
// (leaderNouns) that no name or qualifier follows: "Cambodia's minister
// joined", not "Myanmar's military leader, Senior General Min Aung
// Hlaing," nor "Brazil's Minister of Mines and Energy".
func (d *doc) unnamedLeader(j, limit int) bool {
	if j >= limit || !leaderNouns[d.lw(j)] {
		return false
	}
	if j+1 >= limit {
		return true
	}
	n := d.lw(j + 1)
	return n != "," && n != "of" && n != "for" && n != "(" && !d.words[j+1].cap
}

// clauseHead reports whether a mention starting at word w0 heads its
// clause: at the sentence's start, or after "the" there or after a comma
// ("The Palestinian Authority was shut out"; not "Minister of Mines and
// Energy", a name inside another's title).
func (d *doc) clauseHead(w0 int) bool {
	p := w0 - 1
	if p >= 0 && d.lw(p) == "the" {
		p--
	}
	if p < 0 {
		return true
	}
	s := &d.sents[d.words[w0].sent]
	return p < s.w0 || p < s.labelEnd || d.lw(p) == "," || d.lw(p) == ";" || d.lw(p) == "\""
}

// partialLeave reports whether "left" at word k tells of leaving the
// talks early ("left early", "left before the final communique"): the
// party took part for a while, so its country is not absent when another
// of its people stayed (the one who left is, by name).
func (d *doc) partialLeave(k, limit int) bool {
	return k+1 < limit && (d.lw(k+1) == "early" || d.lw(k+1) == "before" && d.closingAfter(k+2, limit))
}

// replacedAt returns the person whose place another took, told by
// "rather than" or "instead of" at word i after a verb of representing or
// sending: "was represented by a deputy minister rather than by External
// Affairs Minister S. Jaishankar", "sent its ambassador instead of
// Foreign Minister B"; -1 when there is none (not "talks rather than
// sanctions", nor of another time).
func (d *doc) replacedAt(i int, s *sentence) int {
	if i+1 >= s.w1 || !(d.lw(i) == "rather" && d.lw(i+1) == "than" || d.lw(i) == "instead" && d.lw(i+1) == "of") {
		return -1
	}
	verb := false
	for p := i - 1; p >= s.w0 && p >= i-8; p-- {
		switch d.lw(p) {
		case "represented", "sent", "sends", "sending", "delegated", "dispatched":
			verb = true
		case ".", ";", ",":
			p = s.w0 // (the clause's start)
		}
	}
	if !verb || d.pastMarker(i, s.w1) || d.otherOccasion(i, s.w1, true) {
		return -1
	}
	for p := i + 2; p < s.w1 && p <= i+8; p++ {
		if mi := int(d.mentAt[p]); mi >= 0 {
			if d.ments[mi].typ == PER && d.ments[mi].person >= 0 {
				return mi
			}
			return -1
		}
		if t := d.lw(p); t == "," || t == "." || t == ";" {
			return -1
		}
	}
	return -1
}

// officeHead are the head nouns of a state's office that names no party
// by itself ("The Foreign Ministry said it would not attend": whose
// ministry the text tells elsewhere, if at all).
var officeHead = map[string]bool{"ministry": true, "ministries": true, "department": true, "office": true,
	"embassy": true, "agency": true, "service": true, "secretariat": true, "presidency": true, "cabinet": true}

// awayFromOther reports whether the mention's own word of leaving or
// absence names something other than the talks (a veto of the absence
// model, whose words of staying away weigh the same whatever follows
// them): "Kosovo's absence from the Olympics", "The Bosnian delegation
// left before dawn" (not "absence from the talks", "left before the final
// communique").
func (d *doc) awayFromOther(m *ment, s *sentence) bool {
	j := m.w1
	if j < s.w1 && (d.words[j].lf&fSubjNoun != 0 || envoyNouns[d.lw(j)]) {
		j++ // "The Bosnian delegation"
	}
	if j+2 >= s.w1 {
		return false
	}
	switch d.lw(j) {
	case "absence", "absent":
		return d.lw(j+1) == "from" && !d.awayEventSoon(j+2, s.w1) && !d.hallAt(j+2, s.w1)
	case "left", "leaves":
		return d.lw(j+1) == "before" && !d.closingAfter(j+2, s.w1) && !d.awayEventSoon(j+2, s.w1)
	}
	return false
}
