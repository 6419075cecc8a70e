package digest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The participant model: a logistic regression over a person's mentions
// (where the first stands, how many, whether a role and a side were
// found, how many people the rules seat, the rules' reading of each of
// the first four mentions' clauses: time, tense, a relative clause, a
// venue named; and the words around them) that says whether the person
// takes part in the story's event. The rules mark participants first;
// the model adds the people they left out when it gives at least
// partModelMin and the rules' reading does not forbid it (partVetoed):
// held out (30 articles no rule or weight was made from), Key
// Participants checks 78 -> 91 of 114. It is trained on
// the people the training quick-look sets label (a Key Participants
// check's "has" terms take part, its "not" terms do not) by
//
//	ATTACHE_TRAIN_PARTICIPANTS=1 go test ./digest -run TestTrainParticipants
//
// which writes data/participants.tsv (deterministic; embedded).

// partModelMin is the probability the participant model needs to add a
// person the rules left out.
const partModelMin = 0.7

// partUnanchoredMin is the probability the participant model needs to
// add a person named in no sentence about the event (eventAnchored): a
// participant who only speaks ("Slovak Foreign Minister Juraj Blanar
// said sanctions would ...", "Bolivia's Foreign Minister A and Ecuador's
// B are among those who have said they will travel in person") is as
// often a principal as one named beside a meeting word. Leaving each
// training set out, the gate at 0.9 seats 130 more labeled participants
// and 10 more labeled non-participants than a hard veto (see
// docs/quality.md, stop 13); at 0.8, with the narrower vetoes of stop 15,
// Key Participants checks left out 1,589 -> 1,603 of 1,861 (26 names
// added, about 20 right: foreign ministers and envoys who only speak).
const partUnanchoredMin = 0.8

// partMinSents is the fewest sentences of a text the participant model
// reads: its position features (the sentence and the fifth of the body
// that first name a person) were learned on articles of 7 sentences or
// more, and in a text of two or three sentences every name stands early.
// Shorter texts are left to the rules.
const partMinSents = 6

// loadPartModel reads data/participants.tsv: a comment line, then one
// feature and its weight per line.
func loadPartModel() (linModel, error) {
	m, err := loadLinModel("data/participants.tsv")
	if err != nil {
		return nil, fmt.Errorf("participant model: %w", err)
	}
	return m, nil
}

// partFeatures calls emit with every feature of person p, built in buf
// (emit must not keep the bytes).
func (d *doc) partFeatures(p *personC, nrule int, venueSents, exclSents []int, buf []byte, emit func([]byte)) []byte {
	put := func(parts ...string) {
		buf = buf[:0]
		for _, s := range parts {
			buf = append(buf, s...)
		}
		emit(buf)
	}
	put("bias")
	first := len(d.sents)
	for _, mi := range p.ments {
		first = min(first, d.ments[mi].sent)
	}
	// where the person is first named: the sentence (0-3, or later) and
	// the fifth of the body (a brief's second sentence is not a long
	// story's)
	put("first=", strconv.Itoa(min(first-max(d.leadSent, 0), 4)))
	put("fifth=", strconv.Itoa(first*5/max(len(d.sents), 1)))
	put("nment=", strconv.Itoa(min(len(p.ments), 4)))
	put("nrule=", strconv.Itoa(min(nrule, 3)))
	if p.role != "" {
		put("role")
	}
	if p.affil != "" {
		put("affil")
	}
	// no sentence that names p tells of the event (a speaker, a
	// commentator); one puts p in another place than the venue
	if anchored, _ := d.partAnchoring(p, exclSents); !anchored {
		put("unanchored")
	}
	if d.partElsewhere(p) {
		put("elsewhere")
	}

	for k, mi := range p.ments {
		if k == 4 {
			break
		}
		m := &d.ments[mi]
		// the rules' reading of the mention's clause: its time and tense
		c := d.clauseAt(m.w0)
		put("when=", strconv.Itoa(int(c.when)))
		for b, name := range tenseNames {
			if c.tense&(1<<b) != 0 {
				put("tense=", name)
			}
		}
		if c.rel {
			put("rel")
		}
		if slices.Contains(venueSents, m.sent) {
			put("venuesent")
		}
		n := 0
		for w := m.w0 - 1; w >= 0 && w >= m.w0-12 && n < 5; w-- {
			if startsLetter(d.lw(w)) {
				put("L:", d.lw(w))
				n++
			}
		}
		n = 0
		for w := m.w1; w < len(d.words) && w < m.w1+12 && n < 5; w++ {
			if startsLetter(d.lw(w)) {
				put("R:", d.lw(w))
				n++
			}
		}
	}
	return buf
}

// tenseNames name the clause tense bits (tPast ... tOff) in features.
var tenseNames = [8]string{"past", "present", "future", "perfect", "modal", "neg", "cond", "off"}

// startsLetter reports whether s starts with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLetter(r)
}

// partProb returns the model's probability that p takes part.
func (d *doc) partProb(m linModel, p *personC, nrule int, venueSents, exclSents []int) float64 {
	z := 0.0
	d.partBuf = d.partFeatures(p, nrule, venueSents, exclSents, d.partBuf, func(f []byte) { z += m[string(f)] })
	return sigmoid(z)
}

// addModelParticipants marks as taking part the people the rules left
// out whom the model gives at least partModelMin, unless partVetoed
// forbids it, in a text of at least partMinSents sentences that tells of
// an event (the rules seat somebody or found a venue).
func (d *doc) addModelParticipants(m linModel, excl []string, exclSents, venueSents []int) {
	if len(d.sents) < partMinSents {
		return
	}
	sides := d.seatedSides()
	nrule := d.ruleParticipants()
	if nrule == 0 && d.venuePlace == nil {
		// no event the rules can see (a sports report, a court story):
		// nobody to add to
		return
	}
	for _, p := range d.people {
		if p.part {
			continue
		}
		if need := d.partNeed(p, excl, exclSents, sides, nrule); need <= 1 && d.partProb(m, p, nrule, venueSents, exclSents) >= need {
			p.part = true
		}
	}
}

// partNeed returns the probability the participant model needs to seat
// p, whom the rules left out: partModelMin for a person named in a
// sentence about the event, partUnanchoredMin for one named in none
// (eventAnchored), and more than 1 when the rules' reading forbids it
// (p acts for a side the rules already seat: its other people were
// weighed and left out, "The talks, directed by President Trump" beside
// Rubio, Waltz and Witkoff):
// partVetoed; every sentence naming p tells of an absence or another
// time; p is a one-word name that reads as a place or a body
// (bareNonName); or p is named in no sentence about the event and the
// text gives p no role and no side, or p speaks from elsewhere or judges
// from outside (partElsewhere, judgesEvent). A story in which the rules
// seat nobody gets no other gate (addModelParticipants reads one only
// when it places a meeting): there a principal who only speaks ("Slovak
// Foreign Minister Juraj Blanar said sanctions would ...") is most
// needed. Leaving each training set out, seating the unanchored there
// too gained 10 Key Participants checks and lost none (11 names added,
// one wrong: a port taken for a person).
func (d *doc) partNeed(p *personC, excl []string, exclSents []int, sides []string, nrule int) float64 {
	if d.partVetoed(p, excl, exclSents) || p.affil != "" && contains(sides, p.affil) {
		// (a person of a side the rules seat was weighed by the rules and
		// left out)
		return 2
	}
	anchored, away := d.partAnchoring(p, exclSents)
	switch {
	case away:
		return 2
	case anchored && d.bareNonName(p):
		return 2
	case anchored:
		return partModelMin
	case p.role == "" && p.affil == "" || d.partElsewhere(p) || d.judgesEvent(p):
		// (a speaker the text gives no role or side is as often no person
		// at all: a river, a byline, "PRESS RELEASE", "Naypyitaw")
		return 2
	}
	return partUnanchoredMin
}

// seatedSides returns the sides the rules' participants act for.
func (d *doc) seatedSides() []string {
	var sides []string
	for _, p := range d.people {
		if p.part && p.affil != "" {
			sides = append(sides, p.affil)
		}
	}
	return sides
}

// partVetoed reports whether the rules' reading forbids the model to
// seat p: p has no mention, p or p's side is excluded ("Ukraine was not
// invited": not Zelenskyy), or every mention of p stands in another
// occasion's clause. A person named in no sentence about the event
// (eventAnchored) needs partUnanchoredMin (partNeed).
func (d *doc) partVetoed(p *personC, excl []string, exclSents []int) bool {
	return len(p.ments) == 0 || contains(excl, p.affil) && !d.walkedOutOf(excl, p.affil) || contains(excl, p.canonical()) ||
		d.weighedElsewhere(p)
}

// walkedOutOf reports whether side c of the rules' absentees (excl)
// walked out (d.walkedOut): a side that walks out of the talks took part
// in them first, and its people may be seated ("Kosovo's chief
// negotiator walked out" beside "Besnik Bislimi ... left the EU's
// headquarters").
func (d *doc) walkedOutOf(excl []string, c string) bool {
	i := slices.Index(excl, c)
	return i >= 0 && i < 64 && d.walkedOut&(1<<i) != 0
}

// ruleParticipants counts the people the rules mark as taking part.
func (d *doc) ruleParticipants() int {
	n := 0
	for _, p := range d.people {
		if p.part {
			n++
		}
	}
	return n
}

// weighedElsewhere reports whether every mention of p stands in a
// clause the rules read as another occasion than the story's
// (otherClause: a past meeting, one called off, one to come): the rules
// weighed the person and left them out. One mention in such a clause is
// not enough: a principal is often named again beside the story's
// history ("Piantedosi hosted ... for what was the fourth trilateral
// meeting of its kind since 2023", "Araghchi, who met Witkoff in April");
// leaving each training set out, the any-mention veto cost 21 Key
// Participants checks and saved none (docs/quality.md, stop 15).
func (d *doc) weighedElsewhere(p *personC) bool {
	for _, mi := range p.ments {
		if !d.otherClause(d.ments[mi].w0, true) {
			return false
		}
	}
	return true
}

// partEventWords tell of the event in a sentence: a meeting, a visit, a
// delegation, who leads or chairs it.
var partEventWords = func() map[string]bool {
	m := map[string]bool{"delegation": true, "delegations": true, "led": true, "chaired": true,
		"co-chaired": true, "chairs": true, "counterpart": true, "counterparts": true, "received": true,
		"joined": true, "talked": true, "hosting": true, "visiting": true, "attending": true,
		"negotiators": true, "envoy": true, "mediator": true, "mediators": true, "mediated": true}
	for w := range strictMeeting {
		m[w] = true
	}
	for w := range meetVerbs {
		m[w] = true
	}
	return m
}()

// partAwayWords tell of someone staying away.
var partAwayWords = map[string]bool{"boycotted": true, "boycotting": true, "boycotts": true, "skipped": true,
	"snubbed": true, "absent": true, "declined": true, "shunned": true,
	// "A sent Deputy Prime Minister B to lead the delegation", "was kept
	// out of the meeting", "stayed in Canberra"
	"sent": true, "sends": true, "sending": true, "kept": true, "stayed": true}

// eventAnchored reports whether p is named in a sentence that tells of
// the event (partEventWords) and of no absence nor another time (see
// partAnchoring).
func (d *doc) eventAnchored(p *personC, exclSents []int) bool {
	anchored, _ := d.partAnchoring(p, exclSents)
	return anchored
}

// partAnchoring reads the sentences that name p. anchored: one tells of
// the event (partEventWords) and of no absence (exclSents: "who
// boycotted the session"; partAwayWords) nor another time ("last year",
// a year before the article's but not "since 2023", which runs up to
// now). "Former" tells of a person's past office, not of a past event:
// go-betweens are often former presidents or ambassadors ("Simon Karam,
// a former ambassador to Washington who heads the Lebanese delegation,
// attended", "former South African President Thabo Mbeki, who chairs
// the panel"). away: every one tells of an
// absence or another time. What p says does not count: the event words
// must stand outside the words p is reported to say (speechSpan: not
// "Spanish Foreign Minister Albares told reporters in Madrid that Spain
// welcomed the talks"). The participant model reads only the words
// around a name; a name early in the story in a sentence about something
// else ("Chinese Foreign Minister Wang Yi said Beijing supports all
// efforts for peace", "The accord, praised by President A") takes no
// part unless the model is sure (partUnanchoredMin), and one named only
// beside another time or an absence takes none.
//
// Who is sent goes: "sent" tells of the absence of the sender before it
// ("A sent Deputy Prime Minister B"), not of the envoy after it
// ("Ethiopia sent Foreign Minister Gedion Timothewos", "France sent its
// ambassador ... Olivier Poivre d'Arvor").
func (d *doc) partAnchoring(p *personC, exclSents []int) (anchored, away bool) {
	away = true
	for _, mi := range p.ments {
		m := &d.ments[mi]
		if slices.Contains(exclSents, m.sent) {
			continue
		}
		s := &d.sents[m.sent]
		a, b := d.ownWords(s, m.w0, m.w1)
		event, past := false, false
		for w := s.w0; w < s.w1 && !past; w++ {
			t := d.lw(w)
			switch {
			case partEventWords[t]:
				event = event || w >= a && w < b
			case t == "last" && w+1 < s.w1 && strings.HasPrefix(d.lw(w+1), "year"):
				past = true
			case partSentWords[t] && w < m.w0:
				// the person is the one sent
			case partAwayWords[t] || t == "not" && w+1 < s.w1 && d.lw(w+1) == "invited":
				past = true
			case len(t) == 4 && t[0] >= '1' && t[0] <= '2' && d.pubYear > 0 && !(w > s.w0 && d.lw(w-1) == "since"):
				if y, err := strconv.Atoi(t); err == nil && y >= 1900 && y < d.pubYear {
					past = true
				}
			}
		}
		if !past {
			away = false
		}
		if event && !past {
			return true, false
		}
	}
	return false, away
}

// partSentWords are the partAwayWords that tell of an envoy sent: the
// absence of the sender only.
var partSentWords = map[string]bool{"sent": true, "sends": true, "sending": true}

// partSpeechVerbs report what someone says.
var partSpeechVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"warned": true, "stressed": true, "noted": true, "urged": true, "hoped": true, "insisted": true,
	"argued": true, "wrote": true, "posted": true, "claimed": true, "welcomed": true, "praised": true,
	"criticised": true, "criticized": true, "condemned": true, "called": true, "described": true}

// ownWords returns the words [a, b) of sentence s that are not what the
// person named at [w0, w1) is reported to say: before the first speech
// verb after the name ("A told reporters that the talks ..."), or from
// the last speech verb before it ("The talks were useful, said A"); the
// whole sentence when the person says nothing in it.
func (d *doc) ownWords(s *sentence, w0, w1 int) (int, int) {
	for w := w1; w < s.w1; w++ {
		if partSpeechVerbs[d.lw(w)] {
			return s.w0, w
		}
	}
	for w := w0 - 1; w >= s.w0; w-- {
		if partSpeechVerbs[d.lw(w)] {
			return w, s.w1
		}
	}
	return s.w0, s.w1
}

// partElsewhere reports whether a sentence that names p puts p outside
// the event: "in" or "from" just before a place that is neither the
// venue nor its country ("Polish Foreign Minister Radoslaw Sikorski told
// reporters in Warsaw", "said in Nicosia"), or p is the agent of a
// reaction ("The accord, praised by Indonesian President A and
// Malaysian Prime Minister B"). Who speaks from elsewhere, or only judges
// the outcome, did not sit at the table.
func (d *doc) partElsewhere(p *personC) bool {
	v := d.venuePlace
	for _, mi := range p.ments {
		m := &d.ments[mi]
		s := &d.sents[m.sent]
		for w := m.w0 - 1; w > s.w0; w-- {
			t := d.lw(w)
			if t == "," || t == ";" || t == "." {
				break
			}
			if t == "by" && partReactByWords[d.lw(w-1)] {
				return true
			}
		}
		if d.speaksForCapital(m, s) {
			return true
		}
		if v == nil {
			continue
		}
		for k := range d.ments {
			q := &d.ments[k]
			if q.sent != m.sent || q.typ != LOC && q.typ != GPE {
				continue
			}
			if t := d.lw(q.w0 - 1); t != "in" && t != "from" {
				continue
			}
			if name := d.placeName(k); name != v.Name && name != v.Country && d.countryOf(k) != v.Name {
				return true
			}
		}
	}
	return false
}

// judgesEvent reports whether p, named in no sentence about the event,
// is the subject of a verb of judging right after a mention ("Hungarian
// Foreign Minister Peter Szijjarto praised the talks as a step toward
// peace", "Guterres welcomed the accord", "Iranian Foreign Minister
// Abbas Araqchi warned against any foreign military presence"): who
// praises, condemns or warns against judges the talks from outside, as the agent of "praised by" does
// (partElsewhere); a principal who only speaks tells what the talks are
// ("said sanctions would ...").
func (d *doc) judgesEvent(p *personC) bool {
	for _, mi := range p.ments {
		m := &d.ments[mi]
		if m.w1 < d.sents[m.sent].w1 && (partReactByWords[d.lw(m.w1)] || d.lw(m.w1) == "warned" && d.lw(m.w1+1) == "against") {
			return true
		}
	}
	return false
}

// partReactByWords are reactions whose agent follows "by" ("praised by",
// "welcomed by").
var partReactByWords = map[string]bool{"praised": true, "welcomed": true, "hailed": true, "criticised": true,
	"criticized": true, "condemned": true, "applauded": true, "lauded": true, "denounced": true, "rejected": true}

// speaksForCapital reports whether the person named at m says what a
// country or capital does ("Chinese Foreign Minister Wang Yi said on
// Wednesday that Beijing supports all efforts for peace", "told
// reporters Spain welcomed"): the speech verb right after the name, then
// at most a day and "that", then a place that is not the venue. A
// government's view voiced from outside the room.
func (d *doc) speaksForCapital(m *ment, s *sentence) bool {
	w := m.w1
	if w >= s.w1 || !partSpeechVerbs[d.lw(w)] {
		return false
	}
	w++
	if d.lw(w) == "reporters" {
		w++
	}
	if d.lw(w) == "on" && weekdayWord(d.lw(w+1)) {
		w += 2
	}
	if d.lw(w) == "that" {
		w++
	}
	for k := range d.ments {
		q := &d.ments[k]
		if q.sent == m.sent && q.w0 == w && (q.typ == GPE || q.typ == LOC) {
			v := d.venuePlace
			return v == nil || d.placeName(k) != v.Name && d.placeName(k) != v.Country
		}
	}
	return false
}

// weekdayWord reports whether t (lower case) names a day of the week.
func weekdayWord(t string) bool {
	switch t {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// bareNonName reports whether p, whom the text gives no role and no
// side, is named only by one word that reads as a place or a body: a
// mention in capitals ("SIEM", "JOHN"), one the gazetteer knows as no
// person ("Bukavu"), or one after a word of place or an article ("In
// Naypyitaw, junta spokesman ...", "the Teesta deal", "the Sahel"). The
// tagger guessed a person there; the participant model reads only the
// words around the name and seated such "people" named beside the
// event (13 on the training articles, none a person; no labelled person
// lost leaving each set out).
func (d *doc) bareNonName(p *personC) bool {
	if p.role != "" || p.affil != "" {
		return false
	}
	for _, mi := range p.ments {
		if m := &d.ments[mi]; m.w1-m.w0 >= 2 {
			return false
		}
	}
	for _, mi := range p.ments {
		m := &d.ments[mi]
		if d.words[m.w0].allCap {
			return true
		}
		if m.w0 > d.sents[m.sent].w0 {
			switch d.lw(m.w0 - 1) {
			case "in", "at", "near", "from", "outside", "into", "across", "around", "the":
				return true
			}
		}
		if n, e := d.lookup(m.w0, m.w1, false); n == 1 && e.kind != kNone && e.kind != kPerson && e.kind != kLearnPer {
			return true
		}
	}
	return false
}
