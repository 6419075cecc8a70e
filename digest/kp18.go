package digest

import (
	"strings"
	"time"
)

// The occasion of a seating clause (stop 18, s18-kp). A story about one
// meeting often tells of others: an earlier round, a later summit, a
// parallel call, the stop before on a tour, the meeting this one
// prepares. The rules seat whoever a clause of meeting names; this file
// remembers, for each person the rules seat, whether some clause that
// seats them tells of THE meeting or every one tells of another
// occasion, and unseats the latter (seatAway without seatHere).

// seat marks p as taking part by the clause of the trigger d.seatTrig,
// and remembers whether that clause tells of the story's meeting or of
// another occasion (occasionAway). A seat given outside a trigger's
// clause (d.seatTrig < 0) counts as the story's.
func (d *doc) seat(p *personC) {
	p.part = true
	if d.seatTrig < 0 {
		p.seatHere = true
		return
	}
	if d.seatTrig != d.seatLast {
		d.seatLast, d.seatAway = d.seatTrig, d.occasionAway(d.seatTrig)
	}
	if d.seatAway {
		p.seatAway = true
	} else {
		p.seatHere = true
	}
}

// unseatAway takes out of the meeting the people whose every seating
// clause told of another occasion (seat); the participant model does not
// put them back (partVetoed: the rules weighed them).
func (d *doc) unseatAway() {
	for _, p := range d.people {
		if p.part && p.seatAway && !p.seatHere && !d.inLead(p) {
			p.part = false
		}
	}
	d.seatTrig = -1
}

// inLead reports whether p is named in the lead, which tells the story's
// meeting: its people are the meeting's, whatever else they do later
// ("Prime Minister A today spoke by telephone with B" beside "A
// confirmed that he will attend the opening match on June 11").
func (d *doc) inLead(p *personC) bool {
	for _, mi := range p.ments {
		if d.ments[mi].sent == d.leadSent {
			return true
		}
	}
	return false
}

// occasionAway reports whether the clause of the seating trigger at word
// i tells of another occasion than the meeting the story is about. The
// lead tells the story's meeting and is never away. Elsewhere the clause
// is away when
//
//   - its own time (clauseWhen) is before the news ("last month", "in
//     2024", "earlier this year") or, when the lead's meeting has been
//     held, after it ("next week", "later this year", "in June"), unless
//     it is a later day of a visit under way (visitDay) or a later stop
//     of the lead's own tour (tourStop);
//   - it names a day of the week other than the lead's, with "last" or
//     "next" before it, in a future tense when the lead's meeting has
//     been held, or with another place than the venue: "met B in Seoul
//     last Tuesday", "will fly to Copenhagen on Friday for talks with
//     C" (a day named only once, or the lead's own day, says nothing);
//   - the sentence opens with another place than the venue ("In Astana
//     on Tuesday, A held talks with B", frontedElsewhere) or the clause
//     is a ", where" after one ("from Oslo, where she met B");
//   - it calls its meeting a separate one ("Separately, the two
//     commissions met", "in a separate call").
//
// The reason is general: a clause of meeting has one occasion, and a
// time, a place or a word of its own that differs from the lead's tells
// that it is not the lead's.
func (d *doc) occasionAway(i int) bool {
	lead := d.leadSent
	if lead < 0 || i < 0 || i >= len(d.words) {
		return false
	}
	si := int(d.words[i].sent)
	s := &d.sents[si]
	if si == lead || s.header || !d.leadMeets() {
		// (a lead that tells of no meeting, "A resigned over a treaty",
		// leaves the story's meeting to the later clauses: "B is
		// expected to sign it with C in January")
		return false
	}
	c := d.clauseAt(i)
	ahead := d.aheadIn(lead) || d.leadAhead()
	// a signal of another time or place, unless the clause is a later
	// day of a visit under way (visitDay) or a stop of the lead's own
	// tour (tourLead, tourStop: not a place the lead names as a party,
	// "Somalia's federal government", when the lead tells of no tour)
	away := false
	switch w, k := c.when, c.whenAt; {
	case w == whenBefore && !d.leadTimeWord(k), w == whenAfter && !ahead:
		away = true
	}
	if b, e := d.localSpan(c, i); !away && (b > c.w0 || e < c.w1) {
		// the time nearest the trigger, when the clause goes on past a
		// comma or a "before": "is due to visit Samarkand today, before
		// flying to Bishkek tomorrow for talks with B"
		switch w, k := d.clauseWhen(b, e, c.aside0, c.aside1, -1, c.tense); {
		case w == whenBefore && !d.leadTimeWord(k), w == whenAfter && !ahead:
			away = true
		}
	}
	if !away {
		// a calendar date of its own: "is due in Moscow on June 10 for
		// talks with B"
		b, e := d.localSpan(c, i)
		away = d.otherDate(c, b, e, ahead)
	}
	if k := d.clauseWeekday(c); !away && k >= 0 {
		if ld := d.leadWeekday(); ld != d.lw(k) {
			switch {
			case k > c.w0 && (d.lw(k-1) == "last" || d.lw(k-1) == "next"):
				away = true
			case c.tense&tFuture != 0 && !ahead:
				// a day to come while the lead's meeting has been held
				away = true
			case ld != "" && (d.otherPlaceAfter(c.w0, c.w1, "in") || d.otherPlaceAfter(c.w0, c.w1, "to")):
				away = true
			}
		}
	}
	if !away {
		away = d.frontedElsewhere(s) || d.whereElsewhere(c, i)
	}
	if away && !d.visitDay(c) && !(d.tourLead() && d.tourStop(c)) {
		return true
	}
	return d.separateOccasion(s, c)
}

// leadMeetWords tell of a meeting held, hosted, attended or called.
var leadMeetWords = map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true, "hosted": true,
	"hosts": true, "received": true, "receives": true, "visited": true, "visit": true, "visits": true,
	"spoke": true, "talked": true, "held": true, "attended": true, "joined": true, "signed": true, "gathered": true,
	"convened": true, "phoned": true, "telephoned": true, "call": true, "opened": true, "postponed": true}

// leadMeets reports whether the lead tells of a meeting (a noun of
// meeting or a word of leadMeetWords): only then is another occasion
// told apart from the story's. (Not the headline: "Leaders meet in
// Honiara" over "A resigned over a treaty ... B is expected to sign it
// with C in January", where the signing is the story's meeting.)
func (d *doc) leadMeets() bool {
	if d.leadSent < 0 {
		return false
	}
	ls := &d.sents[d.leadSent]
	for w := ls.w0; w < ls.w1; w++ {
		if d.words[w].lf&fMeetNoun != 0 || leadMeetWords[d.lw(w)] {
			return true
		}
	}
	return false
}

// leadAhead reports whether a word of a time to come ("will", "due",
// "expected", "scheduled") stands in the lead before its first word of
// meeting, in the same clause (no comma between): "Turkey will act as mediator when the foreign ministers of A
// and B meet in Geneva on Tuesday" previews the meeting (aheadIn wants
// the marker right before the verb).
func (d *doc) leadAhead() bool {
	ls := &d.sents[d.leadSent]
	future := false
	for w := ls.w0; w < ls.w1; w++ {
		t := d.lw(w)
		if d.words[w].lf&fMeetNoun != 0 || leadMeetWords[t] {
			return future
		}
		switch t {
		case "will", "due", "expected", "scheduled":
			future = true
		case ",", ";", ":":
			future = false // another clause: "A will begin training, B and C announced after their dialogue"
		}
	}
	return false
}

// tourLead reports whether the lead or a heading before it tells of a
// tour, trip or visit, whose later stops are the story's own.
func (d *doc) tourLead() bool {
	for si := 0; si <= d.leadSent && si < len(d.sents); si++ {
		s := &d.sents[si]
		if si != d.leadSent && !s.heading && !s.header {
			continue
		}
		for w := s.w0; w < s.w1; w++ {
			switch d.lw(w) {
			case "tour", "tours", "trip", "visit", "visits", "visiting", "travels":
				return true
			}
		}
	}
	return false
}

// leadTimeWord reports whether the time word at k is one the lead uses
// too ("yesterday" in both): the same day, not another.
func (d *doc) leadTimeWord(k int) bool {
	if k < 0 || d.leadSent < 0 {
		return false
	}
	t := d.lw(k)
	ls := &d.sents[d.leadSent]
	for w := ls.w0; w < ls.w1; w++ {
		if d.lw(w) == t {
			return true
		}
	}
	return false
}

// leadWeekday returns the first day of the week the lead names, or "".
func (d *doc) leadWeekday() string {
	if d.leadSent < 0 {
		return ""
	}
	ls := &d.sents[d.leadSent]
	for w := ls.w0; w < ls.w1; w++ {
		if weekdays[d.lw(w)] > 0 {
			return d.lw(w)
		}
	}
	return ""
}

// clauseWeekday returns the word of the first day of the week clause c
// names outside its aside, or -1.
func (d *doc) clauseWeekday(c *clause) int {
	for k := c.w0; k < c.w1; k++ {
		if k >= c.aside0 && k < c.aside1 {
			continue
		}
		if weekdays[d.lw(k)] > 0 {
			return k
		}
	}
	return -1
}

// whereElsewhere reports whether a ", where" before word i in clause c
// follows a place other than the venue: "arrived from Oslo, where she
// met B", "will travel to Kuala Lumpur, where she will meet C".
func (d *doc) whereElsewhere(c *clause, i int) bool {
	v := d.venuePlace
	if v == nil {
		return false
	}
	for k := i - 1; k >= c.w0+2 && k >= i-clauseMax; k-- {
		if d.lw(k) != "where" || d.lw(k-1) != "," {
			continue
		}
		mi := d.mentionEndingAt(k - 2)
		if mi < 0 || d.ments[mi].typ != LOC && d.ments[mi].typ != GPE {
			return false
		}
		name := d.placeName(mi)
		return name != v.Name && name != v.Country
	}
	return false
}

// localSpan returns the words of clause c around word i between the
// nearest breaks: a comma, "before", "after", "ahead", "then" or
// "where".
func (d *doc) localSpan(c *clause, i int) (int, int) {
	b, e := c.w0, c.w1
	for k := i - 1; k > c.w0; k-- {
		if localBreak(d.lw(k)) {
			b = k + 1
			break
		}
	}
	for k := i + 1; k < c.w1; k++ {
		if localBreak(d.lw(k)) {
			e = k
			break
		}
	}
	return b, e
}

// localBreak reports whether t ends the span of a clause whose time
// belongs to its own verb (see localSpan).
func localBreak(t string) bool {
	switch t {
	case ",", ";", "before", "after", "ahead", "then", "where", "while", "when":
		return true
	}
	return false
}

// separateOccasion reports whether sentence s opens with "Separately" or
// clause c calls its meeting a separate one ("in a separate meeting",
// "a separate call"), not one on the sidelines of the event.
func (d *doc) separateOccasion(s *sentence, c *clause) bool {
	if s.labelEnd < s.w1 && d.lw(s.labelEnd) == "separately" {
		return true
	}
	sep := false
	for k := c.w0; k < c.w1; k++ {
		switch d.lw(k) {
		case "separate":
			sep = sep || k+1 < c.w1 && (d.meetNounAt(k+1) || d.lw(k+1) == "call")
		case "sidelines", "margins":
			// a separate meeting on the sidelines of the event is held
			// at it: "attended and held a separate meeting with Putin
			// on the sidelines"
			return false
		}
	}
	return sep
}

// monthDayIn returns the first calendar date of words [a, b) outside
// clause c's aside: "<Month> <day>" or "<day> <Month>", with its year
// when one follows ("August 8, 2025"), else the publication's; ok is
// false when there is none.
func (d *doc) monthDayIn(c *clause, a, b int) (t time.Time, ok bool) {
	for k := a; k+1 < b; k++ {
		if k >= c.aside0 && k < c.aside1 || !d.words[k].cap {
			continue
		}
		m := monthNumber(d.lw(k))
		if m == 0 {
			continue
		}
		j := k + 1
		if d.lw(j) == "." && j+1 < b {
			j++
		}
		day := dayNumber(d.lw(j))
		if day == 0 && k > a {
			day = dayNumber(d.lw(k - 1)) // "9 December"
		}
		if day == 0 {
			continue
		}
		y := d.pubYear
		for q := j + 1; q < b && q <= j+2; q++ {
			if isYear(d.lw(q)) {
				y = atoi4(d.lw(q))
				break
			}
		}
		return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// dayNumber reads a day of the month ("9", "26th"), or 0.
func dayNumber(t string) int {
	t = strings.TrimRight(t, "stndrh")
	if len(t) == 0 || len(t) > 2 {
		return 0
	}
	n := 0
	for _, r := range t {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// otherDate reports whether clause c, in words [a, b), names a calendar
// date of another occasion: more than a day after the lead's own date
// (or the publication's) while the lead's meeting has been held, or more
// than two weeks before it ("signed in Kuala Lumpur on October 26",
// "is due in Moscow on June 10 for talks with B").
func (d *doc) otherDate(c *clause, a, b int, ahead bool) bool {
	if d.pubYear == 0 || d.pubMonth == 0 || d.pubDay == 0 {
		return false
	}
	t, ok := d.monthDayIn(c, a, b)
	if !ok {
		return false
	}
	ref := time.Date(d.pubYear, time.Month(d.pubMonth), d.pubDay, 0, 0, 0, 0, time.UTC)
	ls := &d.sents[d.leadSent]
	if lt, ok := d.monthDayIn(&clause{}, ls.w0, ls.w1); ok {
		ref = lt
	}
	days := t.Sub(ref).Hours() / 24
	return days > 1 && !ahead || days < -14
}
