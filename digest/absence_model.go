package digest

import (
	"cmp"
	"slices"
	"strings"

	"github.com/attache-bot/attache/digest/absence"
)

// The learned absence reader (package absence) beside the rules: the
// rules' absentees stay; the model scores every mention of a country,
// body, organisation, group or person the engine found by the words
// around it, and adds the candidates it scores at or above its
// threshold, best first, that the rules neither list nor seat, until the
// bullet names maxAbsentees. A candidate added cites the sentence of its
// best mention.

// maxAbsentees caps the Absent/Excluded bullet's names.
const maxAbsentees = 4

// sureAbsence is the probability from which the model lists a candidate
// without a word of not taking part in its features (absence.ScoreCue's
// cue): below it, a negation near a meeting word ("Taiwan did not come up
// in the session") must not list anyone; at it, the words around the
// mention tell the absence in ways the cue lexicons do not ("stayed in
// Rome", "had no role in Tuesday's meeting", "had asked to attend as an
// observer"). Chosen by leaving each set out (train-absence -cv): at
// 0.8 and 0.9 alike, the held-out Absent checks gain 3 and the share of
// right names added stays the same.
const sureAbsence = 0.9

// absPick is a candidate the model scored: its name as the bullet lists
// it, its best mention's sentence and probability, and whether it stays
// away of its own accord (away) rather than being left out.
type absPick struct {
	name string
	si   int
	p    float64
	away bool
}

// AbsenceCandidate is one mention of a candidate absentee, as the
// training of the absence model sees it (see AbsenceCandidates).
type AbsenceCandidate struct {
	// Sentence is the index of the mention's sentence in the body.
	Sentence int
	// Name is the candidate as the bullet would list it; Text is the
	// mention as the body writes it.
	Name, Text string
	// Listed says the rules list the candidate already (or its country,
	// or one of its people).
	Listed bool
	// Names are the mention's features (absence.FeatureNames).
	Names []string
}

// AbsenceCandidates digests a as Extract does and returns every mention
// of a candidate absentee the absence model scores, with its features:
// the training data of package absence.
func (e *Engine) AbsenceCandidates(a Article) []AbsenceCandidate {
	var out []AbsenceCandidate
	ee := *e
	ee.absence = &absence.Model{Threshold: 2} // (scores every candidate, adds none)
	ee.absTrace = func(c AbsenceCandidate) { out = append(out, c) }
	ee.Extract(a)
	return out
}

// absenceName returns the name under which mention mi would be listed
// absent, and its kind; "" for a mention that names no candidate (a
// city, a person of no cluster).
func (d *doc) absenceName(mi int) (string, uint8) {
	m := &d.ments[mi]
	switch m.typ {
	case PER:
		if m.person < 0 || m.person >= len(d.people) {
			return "", 0
		}
		return d.people[m.person].canonical(), absence.KindPerson
	case NORP:
		return d.countryOf(mi), absence.KindCountry
	case GPE, LOC:
		if m.e == nil {
			if m.typ == LOC && usStates[d.body[m.start:m.end]] {
				return "", 0
			}
			return d.body[m.start:m.end], absence.KindRegion
		}
		switch m.e.kind {
		case kCountry:
			return m.e.country, absence.KindCountry
		case kSeat, kGov:
			return m.e.country, absence.KindGov
		case kBloc:
			return m.e.canon, absence.KindOrg
		}
	case ORG:
		if m.e == nil {
			return d.body[m.start:m.end], absence.KindGroup
		}
		switch m.e.kind {
		case kGov, kSeat:
			return m.e.country, absence.KindGov
		case kOrg, kBloc:
			if !m.e.media {
				return m.e.canon, absence.KindOrg
			}
		}
	}
	return "", 0
}

// absenceSentence reports whether sentence si is one of the text (no
// header, metadata or table row).
func (d *doc) absenceSentence(si int) bool {
	s := &d.sents[si]
	return !s.header && !s.meta && !s.table && s.w1 > s.w0
}

// absenceSeated reports whether the rules seat the candidate name of
// mention mi: a person marked as taking part, or a country or body one
// of whose people is.
func (d *doc) absenceSeated(mi int, name string) bool {
	if m := &d.ments[mi]; m.typ == PER {
		return d.people[m.person].part
	}
	for _, p := range d.people {
		if p.part && p.affil == name {
			return true
		}
	}
	return false
}

// absenceListed reports whether the rules list the candidate name of
// mention mi already: by its name, its country (a person's side), one of
// its people (a leader who sent someone in his place), or as sending
// only a lower-ranking envoy.
func (d *doc) absenceListed(mi int, name string, excl []string) bool {
	if contains(excl, name) || contains(d.lowLevel, name) {
		return true
	}
	m := &d.ments[mi]
	if m.typ == PER && contains(excl, d.people[m.person].affil) {
		return true
	}
	for _, pi := range d.absentees {
		if p := d.people[pi]; p.canonical() == name || p.affil == name {
			return true
		}
	}
	return false
}

// absenceCue reports whether sentence si holds a word that may tell of an
// absence (absence.Cue). The model learns on every candidate and scores
// only those of such sentences.
func (d *doc) absenceCue(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if w := &d.words[i]; len(w.low) >= 2 && len(w.low) <= 10 && absence.Cue(w.low) {
			return true
		}
	}
	return false
}

// absenceTokens fills d.absToks with sentence si's tokens.
func (d *doc) absenceTokens(si int) []absence.Token {
	s := &d.sents[si]
	toks := d.absToks[:0]
	for i := s.w0; i < s.w1; i++ {
		w := &d.words[i]
		toks = append(toks, absence.Token{Low: w.low, Punct: w.punct || !w.alpha && !isDigitStart(w.low)})
	}
	d.absToks = toks
	return toks
}

// modelAbsences returns the absentees the learned absence model adds to
// the rules' (excl), each with the sentence that tells of its absence,
// and extends d.stayedAway for them (after the rules' excl). parties are
// the talks' countries by the rules; venue is the event's venue.
func (d *doc) modelAbsences(excl, parties []string, venue *Place) ([]string, []int) {
	m := d.absenceModel
	have := len(excl) + len(d.absentees)
	for _, c := range d.lowLevel {
		if !contains(excl, c) {
			have++
		}
	}
	if have >= maxAbsentees && d.absTrace == nil || d.leadSent < 0 {
		return nil, nil
	}
	aliases := d.absenceAliases()
	picks := d.absPicks[:0]
	tokSent := -1
	cueSent, cue := -1, false
	var toks []absence.Token
	for mi := range d.ments {
		mt := &d.ments[mi]
		si := mt.sent
		if si < d.leadSent || !d.absenceSentence(si) {
			continue
		}
		if si != cueSent {
			cueSent, cue = si, d.absenceCue(si)
		}
		if !cue && d.absTrace == nil {
			continue // (no word that may tell of an absence)
		}
		name, kind := d.absenceName(mi)
		if name == "" {
			continue
		}
		short := ""
		for _, a := range aliases {
			if a[1] == name {
				name, short = a[0], a[1] // one candidate under its long name
				break
			}
		}
		seated := d.absenceSeated(mi, name)
		listed := d.absenceListed(mi, name, excl) || short != "" && d.absenceListed(mi, short, excl)
		for _, a := range aliases {
			listed = listed || a[0] == name && d.absenceListed(mi, a[1], excl)
		}
		if (seated || listed) && d.absTrace == nil {
			continue // (the model may not add it)
		}
		if si != tokSent {
			toks, tokSent = d.absenceTokens(si), si
		}
		s := &d.sents[si]
		c := absence.Cand{Toks: toks, A: mt.w0 - s.w0, B: mt.w1 - s.w0, Kind: kind, Seated: seated,
			Party: contains(parties, name), Host: venue != nil && venue.Country == name, Pos: sentPos(si - d.leadSent)}
		if d.absTrace != nil {
			ac := AbsenceCandidate{Sentence: si, Name: name, Text: d.body[mt.start:mt.end], Listed: listed}
			absence.FeatureNames(&c, func(n string) { ac.Names = append(ac.Names, n) })
			d.absTrace(ac)
			if seated || listed || !cue {
				continue
			}
		}
		p, partCue := m.ScoreCue(&c, &d.absScratch)
		if p < m.Threshold || !partCue && p < sureAbsence || d.absenceVetoed(mt, s, toks) {
			continue
		}
		if k := slices.IndexFunc(picks, func(x absPick) bool { return x.name == name }); k >= 0 {
			if p > picks[k].p {
				picks[k].si, picks[k].p, picks[k].away = si, p, !leftOut(toks, predicate(toks, c.B))
			}
			continue
		}
		picks = append(picks, absPick{name: name, si: si, p: p, away: !leftOut(toks, predicate(toks, c.B))})
	}
	d.absPicks = picks
	if len(picks) == 0 || have >= maxAbsentees {
		return nil, nil
	}
	slices.SortStableFunc(picks, func(x, y absPick) int { return cmp.Compare(y.p, x.p) })
	picks = picks[:min(len(picks), maxAbsentees-have)]
	// in the order of the text
	slices.SortStableFunc(picks, func(x, y absPick) int { return cmp.Compare(x.si, y.si) })
	for len(d.stayedAway) < len(excl) {
		d.stayedAway = append(d.stayedAway, false)
	}
	d.stayedAway = d.stayedAway[:len(excl)]
	var names []string
	var sents []int
	for _, p := range picks {
		names = append(names, p.name)
		sents = append(sents, p.si)
		d.stayedAway = append(d.stayedAway, p.away)
	}
	return names, sents
}

// absenceVetoed reports whether the rules' reading forbids the model to
// list the mention's candidate: its clause tells of another time or
// occasion than the story's (pastMarker, otherOccasion, otherClause:
// "Russia stayed away from the peace summit in Switzerland last year",
// "Ukraine was not invited to the talks in Jeddah in 2023"). A time in an
// aside between the mention and its verb (toks are the sentence's tokens,
// Predicate) is the aside's own and vetoes nothing: "Venezuela, suspended
// from the bloc since 2016, was not invited" tells who the absentee is,
// not when the absence was.
func (d *doc) absenceVetoed(m *ment, s *sentence, toks []absence.Token) bool {
	if ps := s.w0 + predicate(toks, m.w1-s.w0); ps > m.w1 {
		if c := d.clauseAt(m.w0); c.whenAt >= m.w1 && c.whenAt < ps {
			return false // the time is the aside's own
		}
	}
	// (a condition or a threat is no absence yet: "said it would not
	// attend unless its flag was flown", as the rules read it)
	// (nor is a denied one: "Officials denied reports that Saudi Arabia
	// had been excluded")
	return d.pastMarker(m.w0, s.w1) || d.otherOccasion(m.w0, s.w1, false) || d.otherClause(m.w0, true) || d.conditionalAfter(m.w1, s.w1) || d.deniedBefore(m.w0, s.w0) || d.awayFromOther(m, s)
}

// absenceAliases returns the pairs of candidate names the text gives one
// party, the long name and the short one in brackets after it ("The
// National Salvation Front (NAS)", "the Rapid Support Forces (RSF)").
func (d *doc) absenceAliases() [][2]string {
	var out [][2]string
	for mi := range d.ments {
		m := &d.ments[mi]
		w := m.w1
		if w+2 >= len(d.words) || d.lw(w) != "(" || int(d.mentAt[w+1]) < 0 {
			continue
		}
		mj := int(d.mentAt[w+1])
		if d.ments[mj].w0 != w+1 || d.lw(d.ments[mj].w1) != ")" {
			continue
		}
		long, _ := d.absenceName(mi)
		short, _ := d.absenceName(mj)
		if long != "" && short != "" && long != short {
			out = append(out, [2]string{long, short})
		}
	}
	return out
}

// predicate is absence.Predicate on the model's tokens.
func predicate(toks []absence.Token, b int) int { return absence.Predicate(toks, b) }

// sentPos is the place of a sentence k sentences after the lead, as the
// models read it: 0 the lead, 1 the next two, 2 the three after them, 3
// any later one.
func sentPos(k int) int {
	switch {
	case k <= 0:
		return 0
	case k <= 2:
		return 1
	case k <= 5:
		return 2
	}
	return 3
}

// leftOut reports whether the words after a mention ending at token b
// tell that others kept it out (a passive: "was not invited", "were kept
// out of the room") rather than that it stayed away ("did not come",
// "was not represented"): the bullet's wording only.
func leftOut(toks []absence.Token, b int) bool {
	for i := b; i < len(toks) && i < b+4; i++ {
		switch toks[i].Low {
		case "was", "were", "been", "be", "is", "are":
			j := i + 1
			if j < len(toks) && (toks[j].Low == "not" || toks[j].Low == "never") {
				j++
			}
			if j < len(toks) {
				w := toks[j].Low
				return w != "represented" && w != "present" && (strings.HasSuffix(w, "ed") || w == "kept" || w == "left" || w == "shut")
			}
			return false
		}
	}
	return false
}
