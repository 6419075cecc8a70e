package digest

import "strings"

// This file holds the shared clause reader: for a word, the clause it sits
// in, with its subject, finite verb, tense and mood, and the time its own
// words give relative to the lead's day. The "another time" tests of the
// quick-look rules (otherOccasion, pastRelClause, yearClause, react's
// background, event's earlierEvent and pastMarker) each re-derived parts of
// this with their own windows; they move onto it one by one.

// Tense and mood bits of a clause (clause.tense).
const (
	tPast    uint8 = 1 << iota // "met", "was held", "did not attend"
	tPresent                   // "meets", "is hosting"
	tFuture                    // "will meet", "is due to", "plans to", "is expected to"
	tPerfect                   // "has met", "had met"
	tModal                     // "could", "may", "should", "must"
	tNeg                       // "did not", "never", "won't"
	tCond                      // "if", "unless", "would"
	tOff                       // called off: "has been postponed", "was cancelled"
)

// Time of a clause relative to the lead's day, from its own time words
// (clause.when).
const (
	whenNone   int8 = iota // no time word
	whenBefore             // "last month", "in 2019", "three years ago"
	whenSame               // "on Tuesday", "today"
	whenAfter              // "next week", "later this year", "in 2031"
)

// clause is one clause of a sentence (see clauseAt).
type clause struct {
	w0, w1       int   // its words [w0, w1)
	subj0, subj1 int   // its subject's words; subj0 == subj1 when none (a relative clause's is its antecedent)
	verb         int   // its finite verb or first auxiliary, or -1
	tense        uint8 // tPast etc.
	when         int8  // whenNone etc.
	whenAt       int   // the word that gives when, or -1
	rel          bool  // opened by "who", "which" or "whose", or a participle set off by commas (see partOpener)
	// a relative clause set off by commas inside it (", who met B in
	// 2019,") is no part of it: words [aside0, aside1)
	aside0, aside1 int
}

// clauseMax bounds a clause on each side of the word asked about, so that
// reading it stays linear in the clause.
const clauseMax = 40

// subOpener reports whether t starts a subordinate or relative clause.
func subOpener(t string) bool {
	switch t {
	case "who", "which", "whose", "whom", "because", "although", "though", "whereas", "unless", "if", "while", "when", "since":
		return true
	}
	return false
}

// opensClause reports whether word k starts a subordinate or relative
// clause (subOpener, or a speech verb's "that": reportThat), not a
// preposition's time: "has not met B since
// last year", "since 2019" go on with the clause ("Since taking office
// in January, A has met B" opens one).
func (d *doc) opensClause(k int) bool {
	t := d.lw(k)
	if t == "that" {
		return d.reportThat(k)
	}
	if !subOpener(t) {
		return false
	}
	if t == "since" && k+1 < len(d.words) {
		switch n := d.lw(k + 1); {
		case n == "last" || n == "then" || n == "early" || n == "late" || isYear(n) || monthNames[n] > 0 && d.words[k+1].cap:
			return false
		}
	}
	return true
}

// reportThat reports whether "that" at word k opens the reported clause
// of a speech verb, whose own time is not the report's: "said on
// Tuesday that A would meet B next week", "announced that".
func (d *doc) reportThat(k int) bool {
	p := k - 1
	if p > 1 && reportDays[d.lw(p)] && d.lw(p-1) == "on" {
		p -= 2 // "said on Tuesday that"
	}
	if p < 0 {
		return false
	}
	switch d.lw(p) {
	case "said", "says", "say", "announced", "announces", "told", "added", "stated", "confirmed", "confirms", "declared":
		return true
	}
	return false
}

// subordinators open a clause of their own after a noun phrase: a list
// or a title does not run through them ("represented by B after
// Foreign Minister C stayed in Canberra").
var subordinators = map[string]bool{
	"after": true, "before": true, "while": true, "when": true, "because": true, "although": true, "though": true,
	"since": true, "until": true, "unless": true, "whereas": true, "once": true, "if": true,
}

// finiteAux are the auxiliaries that carry a clause's tense.
var finiteAux = map[string]uint8{
	"will": tFuture, "shall": tFuture, "'ll": tFuture, "is": tPresent, "are": tPresent, "am": tPresent,
	"was": tPast, "were": tPast, "did": tPast, "does": tPresent, "do": tPresent, "has": tPresent | tPerfect,
	"have": tPresent | tPerfect, "had": tPast | tPerfect, "can": tModal, "could": tModal, "may": tModal,
	"might": tModal, "must": tModal, "should": tModal, "would": tModal | tCond, "won't": tFuture | tNeg,
	"didn't": tPast | tNeg, "doesn't": tPresent | tNeg, "don't": tPresent | tNeg, "wasn't": tPast | tNeg,
	"weren't": tPast | tNeg, "isn't": tPresent | tNeg, "aren't": tPresent | tNeg,
}

// clausePlanWords before "to" make a clause's event one to come: "is due to
// meet", "plans to visit", "is expected to attend".
var clausePlanWords = map[string]bool{
	"due": true, "plans": true, "planned": true, "plan": true, "intends": true, "intend": true, "expected": true,
	"scheduled": true, "set": true, "going": true, "hopes": true, "hope": true, "aims": true, "wants": true,
}

// weekdays numbers the days of the week from Monday, 1, to Sunday, 7.
var weekdays = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}

// Extra irregular verbs a use of isPast counts (its use argument).
const (
	pastMeet   = 1 << iota // sat, spoke, saw: meeting verbs
	pastEvent              // made, won, went, came, gave: a relative clause's deed
	pastNoPlan             // planning verbs in -ed are no past meeting: "scheduled talks with B"
)

// isPast reports whether t is a verb in the past tense: "met", "held",
// "took", "led", "sent", any word of five letters or more in -ed ("need",
// "seed" are none), and the irregular verbs use asks for.
func isPast(t string, use int) bool {
	switch t {
	case "met", "held", "took", "led", "sent":
		return true
	case "sat", "spoke", "saw":
		return use&pastMeet != 0
	case "made", "won", "went", "came", "gave":
		return use&pastEvent != 0
	case "scheduled", "planned", "proposed", "expected", "invited", "asked", "called", "wanted", "hoped":
		if use&pastNoPlan != 0 {
			return false
		}
	}
	return len(t) > 4 && strings.HasSuffix(t, "ed")
}

// clauseAt returns the clause that holds word i. Its bounds are the
// sentence's, a semicolon or colon, and a relative or subordinating
// opener ("who", "which", "because", "if", "while"), each at most
// clauseMax words away. The answer is memoised per word; the pointer is
// valid until the next call.
func (d *doc) clauseAt(i int) *clause {
	if len(d.clauseOf) != len(d.words) {
		d.clauseOf = d.clauseOf[:0]
		for range d.words {
			d.clauseOf = append(d.clauseOf, -1)
		}
		d.clauses = d.clauses[:0]
	}
	if c := d.clauseOf[i]; c >= 0 {
		return &d.clauses[c]
	}
	s := &d.sents[d.words[i].sent]
	c := clause{w0: i, w1: i + 1, verb: -1, whenAt: -1}
	lo := max(s.labelEnd, s.w0)
	comma := -1 // the nearest comma before i
	for k := i; k >= lo && k > i-clauseMax; k-- {
		t := d.lw(k)
		if k < i && (t == ";" || t == ":") {
			break
		}
		if k < i && t == "," && c.aside1 == 0 {
			// a relative aside before: "A, who met B in 2019, praised"
			a := d.asideBefore(k, lo)
			if a < 0 {
				a = d.partAside(k, lo)
			}
			if a >= 0 {
				c.aside0, c.aside1 = a, k+1
				c.w0, k = a, a
				continue
			}
			if d.partOpener(k + 1) {
				// i lies in a participle aside, a reduced relative
				// clause: "The talks, led by A and B, had been
				// suspended in January"
				c.rel = true
				break
			}
		}
		if k < i && t == "and" && (finiteAux[d.lw(k+1)] != 0 || k > lo && d.lw(k-1) == ",") {
			// a second verb of the subject: "travels to A, and is due in
			// B"; a second clause: "Parliament debates it in May, and A
			// will sign it"
			break
		}
		if d.opensClause(k) && comma > k {
			// the opener's clause ended at a comma before i: "Since A
			// came in 2023, B met C", "B, the first to visit since A
			// came in 2023, met C"
			c.w0 = comma + 1
			break
		}
		c.w0 = k
		if d.opensClause(k) {
			c.rel = t == "who" || t == "which" || t == "whose" || t == "whom"
			break
		}
		if t == "," && comma < 0 && k < i {
			comma = k
		}
	}
	for k := i + 1; k < s.w1 && k < i+clauseMax; k++ {
		t := d.lw(k)
		if t == "," && c.rel && d.lw(c.w0-1) == "," {
			break // the aside's own end
		}
		if t == "," && k+1 < s.w1 && (relOpener(d.lw(k+1)) || d.partOpener(k+1)) && !c.rel && c.aside1 == 0 {
			if e := d.asideEnd(k, s.w1); e > 0 {
				c.aside0, c.aside1 = k, e+1
				c.w1, k = e+1, e
				continue
			}
		}
		if t == ";" || t == ":" || d.opensClause(k) || t == "," && k+1 < s.w1 && d.opensClause(k+1) || t == "and" && k+1 < s.w1 && (finiteAux[d.lw(k+1)] != 0 || d.lw(k-1) == ",") {
			break
		}
		c.w1 = k + 1
	}
	d.readClause(&c)
	d.clauses = append(d.clauses, c)
	n := int32(len(d.clauses) - 1)
	for k := c.w0; k < c.w1; k++ {
		if d.clauseOf[k] < 0 {
			d.clauseOf[k] = n
		}
	}
	if c := d.clauseOf[i]; c >= 0 && c != n {
		// (a word that already belongs to another clause keeps it)
		return &d.clauses[c]
	}
	return &d.clauses[n]
}

// relOpener reports whether t opens a relative clause.
func relOpener(t string) bool { return t == "who" || t == "which" || t == "whose" || t == "whom" }

// asideBefore returns the comma that opens the relative aside which the
// comma at k closes (", who met B in 2019,"), or -1.
func (d *doc) asideBefore(k, lo int) int {
	for j := k - 1; j > lo && j > k-clauseMax; j-- {
		switch t := d.lw(j); {
		case t == "," || t == ";" || t == ":":
			if t == "," && j+1 < k && relOpener(d.lw(j+1)) {
				return j
			}
			return -1
		}
	}
	return -1
}

// asideAdverbs may stand before the participle of an aside: ", first
// held in 1997,", ", newly appointed,".
var asideAdverbs = map[string]bool{
	"first": true, "newly": true, "recently": true, "freshly": true, "once": true, "only": true, "just": true,
	"twice": true, "briefly": true, "narrowly": true, "later": true,
}

// asideParticiples are irregular past participles that open an aside
// ("sworn in in January", "chosen last month"), besides occasionParticiples
// and the words in -ed.
var asideParticiples = map[string]bool{"sworn": true, "chosen": true, "born": true, "known": true, "seen": true, "driven": true, "led": true}

// partOpener reports whether word j (after a comma) opens a participle
// aside set off by commas after a name or a noun, a reduced relative
// clause with a time of its own: "Anton Kessler, appointed last month,
// met B", "The talks, first held in 1997, brought together A and B",
// "A, fresh from talks in Paris last week, met B". Not a second verb of
// the clause after a place: "arrived in Lusara, visited a factory".
func (d *doc) partOpener(j int) bool {
	if j < 1 || j+1 >= len(d.words) || d.words[j].cap || d.mentAt[j] >= 0 {
		return false
	}
	if p := j - 2; p >= 0 {
		if mi := d.mentAt[p]; mi >= 0 && d.ments[mi].typ != PER && d.ments[mi].typ != ORG {
			return false // (after a place: "arrived in Lusara, visited")
		}
		if d.mentAt[p] < 0 && (isPast(d.lw(p), pastMeet|pastEvent) || timeWord(d.lw(p))) {
			return false // (a verb series: "met B on Tuesday, signed a pact")
		}
	}
	k, t := j, d.lw(j) // t is the word k (loopWordAt spares most map look-ups)
	if d.loopWordAt(k) && asideAdverbs[t] {
		k, t = j+1, d.lw(j+1)
	} else if t == "fresh" {
		return d.lw(j+1) == "from" || d.lw(j+1) == "off"
	}
	return len(t) > 4 && strings.HasSuffix(t, "ed") || d.loopWordAt(k) && (occasionParticiples[t] || asideParticiples[t])
}

// timeWord reports whether t ends a time: "Tuesday", "March", "2019",
// "last week", "ago".
func timeWord(t string) bool {
	return weekdays[t] > 0 || monthNames[t] > 0 || timeNouns[t] || isYear(t) || t == "ago" || t == "today" ||
		t == "yesterday" || t == "weeks" || t == "months" || t == "years"
}

// partAside returns the comma that opens the participle aside (see
// partOpener) which the comma at k closes, or -1.
func (d *doc) partAside(k, lo int) int {
	for j := k - 1; j > lo && j > k-clauseMax; j-- {
		switch d.lw(j) {
		case ",", ";", ":":
			if d.lw(j) == "," && j+1 < k && d.partOpener(j+1) {
				return j
			}
			return -1
		}
	}
	return -1
}

// asideEnd returns the comma that closes the relative aside opened by the
// comma at k, or -1 when the aside runs to the sentence's end.
func (d *doc) asideEnd(k, w1 int) int {
	for j := k + 2; j < w1 && j < k+clauseMax; j++ {
		switch d.lw(j) {
		case ",":
			return j
		case ";", ":":
			return -1
		}
	}
	return -1
}

// readClause fills c's subject, verb, tense and time from its words.
func (d *doc) readClause(c *clause) {
	a := c.w0
	if d.opensClause(a) {
		if d.lw(a) == "if" || d.lw(a) == "unless" {
			c.tense |= tCond
		}
		a++
	}
	c.subj0, c.subj1 = a, a
	for k := a; k < c.w1; k++ {
		if k >= c.aside0 && k < c.aside1 {
			continue
		}
		t := d.lw(k)
		if f, ok := d.finiteAuxAt(k); ok {
			c.verb, c.tense = k, c.tense|f
			break
		}
		if (k > a || c.rel) && !d.words[k].cap && d.mentAt[k] < 0 && (isPast(t, pastMeet|pastEvent) && !occasionDets[d.lw(k-1)] || d.words[k].lf&(fSubjVerb|fObjVerb|fMeetVerb) != 0) {
			if x := d.reducedBefore(k, c); x >= 0 {
				k = x - 1 // a participle on its subject; the verb comes later
				continue
			}
			c.verb = k
			if isPast(t, pastMeet|pastEvent) {
				c.tense |= tPast
			} else {
				c.tense |= tPresent
			}
			break
		}
	}
	if c.verb >= 0 && !c.rel {
		c.subj1 = c.verb
		if c.aside1 > c.subj0 && c.aside1 <= c.verb {
			c.subj1 = c.aside0 // "A, who met B, praised": A
		}
	}
	if c.verb >= 0 {
		switch d.lw(c.verb + 1) {
		case "due", "to", "scheduled", "expected", "set":
			if c.tense&tPresent != 0 {
				c.tense |= tFuture // "is due in Brussels on Friday", "is to meet"
			}
		}
		for k := c.verb; k < c.w1 && k <= c.verb+4; k++ {
			switch t := d.lw(k); t {
			case "not", "never", "n't":
				c.tense |= tNeg
			case "to":
				if k > c.verb && clausePlanWords[d.lw(k-1)] {
					c.tense |= tFuture
				}
			case "postponed", "cancelled", "canceled", "scrapped", "shelved", "suspended", "delayed":
				if k > c.verb && d.offWord(c, k) {
					c.tense |= tOff // "has been postponed", "was cancelled"
				}
			case "called":
				if d.lw(k+1) == "off" {
					c.tense |= tOff
				}
			}
		}
	}
	c.when, c.whenAt = d.clauseWhen(c.w0, c.w1, c.aside0, c.aside1, c.verb, c.tense)
	if c.when == whenNone && d.lw(c.w0) == "when" && c.w0 > 1 && d.lw(c.w0-1) == "," {
		// "met in Colombo in 2023, when B opened the session": the time
		// of the clause it hangs on
		// (past a closing quote: "the best step since 2018", when A and
		// B signed")
		k := c.w0 - 2
		for k > 0 && (d.words[k].text == "\"" || d.words[k].text == "”") {
			k--
		}
		if y := d.lw(k); isYear(y) && d.pubYear > 0 && atoi4(y) < d.pubYear {
			// the clause tells of the year before it: "since 2018, when
			// A and B signed the peace deal", "in 2019, when B visited"
			c.when, c.whenAt = whenBefore, k
		} else {
			h := d.clauseAt(k)
			c.when, c.whenAt = h.when, h.whenAt
		}
	}
}

// reducedBefore reports whether the past form at word k of clause c is a
// participle on the noun before it, a reduced relative clause ("A round
// planned for Oslo has been postponed", "the talks held in Doha were"):
// it follows a noun, a preposition follows it, and a finite auxiliary
// comes later in the clause. It gives the auxiliary's word, else -1.
func (d *doc) reducedBefore(k int, c *clause) int {
	if !strings.HasSuffix(d.lw(k), "ed") && !occasionParticiples[d.lw(k)] || !isPast(d.lw(k), pastEvent) {
		return -1
	}
	if p := d.lw(k - 1); d.words[k-1].cap && (k-1 != c.w0 || d.mentAt[k-1] >= 0) || !d.words[k-1].alpha || occasionLinks[p] || auxWords[p] || occasionDets[p] {
		return -1
	}
	switch d.lw(k + 1) {
	case "for", "in", "at", "by", "on", "last", "earlier":
	default:
		return -1
	}
	for j := k + 2; j < c.w1 && j <= k+12; j++ {
		if j >= c.aside0 && j < c.aside1 {
			continue
		}
		t := d.lw(j)
		if t == "," || t == "that" {
			return -1
		}
		if f, _ := d.finiteAuxAt(j); f != 0 {
			return j
		}
	}
	return -1
}

// meetTripNouns are the nouns of a meeting or a trip that both a clause's
// meeting word (meetNounAt) and a step's head noun (stepMeetHead) take.
var meetTripNouns = map[string]bool{"visit": true, "trip": true, "summit": true, "session": true, "round": true,
	"talks": true, "meeting": true, "conference": true, "retreat": true, "consultations": true}

// meetNounAt reports whether word k is a noun of a meeting, whose
// participle or relative clause tells the meeting's own time.
func (d *doc) meetNounAt(k int) bool {
	if k < 0 || d.words[k].cap {
		return false
	}
	if d.words[k].lf&fMeetNoun != 0 {
		return true
	}
	w := d.lw(k)
	return d.loopWordAt(k) && meetTripNouns[w] || w == "call"
}

// possMeetAt reports whether the possessive time at k ("last", "next"
// before "year's", "week's") dates the meeting where the clause puts its
// people: "was present at last year's summit", "will be represented at
// next week's meeting", "attended last year's forum". That meeting is
// another occasion, so the time dates the clause. Not a meeting the
// clause only talks about ("to follow up on last year's summit") nor
// any other noun ("to review last month's border accord").
func (d *doc) possMeetAt(k int) bool {
	switch d.lw(k - 1) {
	case "at", "attend", "attends", "attended", "attending":
	default:
		return false
	}
	return d.meetNounAt(k+2) || k+3 < len(d.words) && !d.words[k+2].cap && d.meetNounAt(k+3)
}

// thatVerbs take a clause opened by "that" ("said that", "hopes that"):
// no relative clause about a noun.
var thatVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tell": true, "tells": true, "believes": true, "believe": true,
	"hopes": true, "hope": true, "knows": true, "know": true, "think": true, "thinks": true, "so": true, "now": true,
	"such": true, "insists": true, "warns": true, "notes": true, "adds": true, "means": true, "fears": true,
	"feel": true, "feels": true, "clear": true, "sure": true, "given": true, "fact": true, "is": true, "was": true,
}

// thatRelative reports whether "that" at k opens a relative clause about
// the noun before it: "the shelling that killed 12 civilians", "the
// floods that hit the region" (not "said that", "so that the").
func (d *doc) thatRelative(k int) bool {
	if k < 1 || k+1 >= len(d.words) {
		return false
	}
	p, n := d.lw(k-1), d.lw(k+1)
	if d.words[k-1].cap || d.words[k-1].punct || d.mentAt[k-1] >= 0 || thatVerbs[p] || isPast(p, pastMeet|pastEvent) || auxWords[p] {
		return false
	}
	if d.words[k+1].cap || d.words[k+1].punct || d.mentAt[k+1] >= 0 || occasionDets[n] {
		return false
	}
	switch n {
	case "he", "she", "it", "they", "we", "i", "you", "there", "both":
		return false
	}
	return true
}

// offWord reports whether the calling-off word at k ("postponed",
// "suspended", "delayed") of clause c tells that its meeting did not take
// place as set. Not a late start ("was delayed by an hour", "delayed by
// two hours over seating"; "delayed" calls off only "until", "to" or
// "indefinitely"), a pause ("suspended briefly", "and then resumed",
// "but went ahead"), nor the history of talks now held, told in the past
// perfect ("had been postponed twice since January").
func (d *doc) offWord(c *clause, k int) bool {
	if c.tense&tPerfect != 0 && c.tense&tPast != 0 && d.lw(k) != "cancelled" && d.lw(k) != "canceled" {
		return false // "had been suspended in January" (not "had been cancelled")
	}
	switch d.lw(k + 1) {
	case "briefly", "temporarily", "momentarily":
		return false
	case "by":
		// "by an hour", "by 90 minutes" (not "by a day", "by a week")
		for j := k + 2; j < c.w1 && j <= k+4; j++ {
			switch d.lw(j) {
			case "hour", "hours", "minute", "minutes":
				return false
			}
		}
	}
	for j := k + 1; j < c.w1 && j < k+clauseMax; j++ {
		switch d.lw(j) {
		case "resumed", "reconvened", "restarted":
			if p := d.lw(j - 1); p != "be" && p != "been" {
				return false // "were suspended for consultations and then resumed" (not "will be resumed")
			}
		case "went", "go", "goes", "going":
			if d.lw(j+1) == "ahead" {
				return false // "was delayed but went ahead"
			}
		}
	}
	if d.lw(k) == "delayed" {
		switch d.lw(k + 1) {
		case "until", "till", "to", "indefinitely":
			return true
		}
		return false
	}
	return true
}

// clauseWhen reads the first time word of words [a, b) against the lead's
// day (the publication's year and month): "last month" and "in 2019" are
// before, "on Tuesday" the same day, "next week" and "in 2031" after. A
// participle's own date is skipped ("the deal agreed in July"), and so
// are the words [x0, x1) of an aside. After the clause's verb, a
// participle's phrase runs to the next comma ("talks on a truce agreed
// in principle in February"), and so does a relative clause opened by
// "that" after a noun ("about the floods that hit the region last
// week"). A time in the possessive dates a noun, not the clause ("to
// follow up on last year's summit"), unless it dates the meeting the
// clause puts its people at (possMeetAt: "at next week's meeting").
func (d *doc) clauseWhen(a, b, x0, x1, v int, tense uint8) (int8, int) {
	skip := -1
	verb := false // a verb came before k
	for k := a; k < b; k++ {
		if k >= x0 && k < x1 {
			continue // the aside's own time
		}
		t := d.lw(k)
		if t == "," && v >= 0 && k > v && k+1 < b && !d.words[k+1].cap && d.mentAt[k+1] < 0 && !relOpener(d.lw(k+1)) {
			// an adjunct set off by a comma dates its own event: "talks
			// with B, ahead of elections in September" (after the
			// clause's verb v: "In a statement, the ministry ..." goes on)
			break
		}
		st := stopNone
		if k > a {
			st = d.occasionStop(k, t)
		}
		if k > skip && verb && !d.meetNounAt(k-1) && (st == stopThing || t == "that" && d.thatRelative(k)) {
			// (not about the meeting itself: "at a summit held in Doha
			// last year", "talks that lasted an hour last week")
			for skip = k + 1; skip+1 < b && d.lw(skip+1) != "," && d.lw(skip+1) != ";"; skip++ {
			}
			continue
		}
		if !verb && k > a && !d.words[k].cap && (d.loopWordAt(k) && finiteAux[t] != 0 || isPast(t, pastMeet|pastEvent)) {
			verb = true
		}
		if k > a {
			switch st {
			case stopToday:
				if wd := weekdays[d.lw(k+1)]; wd > 0 && d.pubWeekday > 0 && wd > d.pubWeekday && tense&tFuture != 0 {
					return whenAfter, k // "is due to meet B on Friday", written on a Wednesday
				}
				return whenSame, k
			case stopThing:
				skip = k + 2
				continue
			}
		}
		if k <= skip {
			continue
		}
		switch t {
		case "today", "tonight":
			return whenSame, k
		case "yesterday", "ago", "previously", "formerly":
			if d.words[k].poss {
				continue // "yesterday's talks"
			}
			return whenBefore, k
		case "tomorrow":
			return whenAfter, k
		case "last", "next":
			switch d.lw(k + 1) {
			case "week", "month", "year", "spring", "summer", "autumn", "fall", "winter":
				if d.words[k+1].poss && !d.possMeetAt(k) {
					continue // "last year's summit"
				}
				if t == "last" {
					return whenBefore, k
				}
				return whenAfter, k
			}
		case "earlier", "later":
			if d.lw(k+1) == "this" {
				switch d.lw(k + 2) {
				case "week", "month", "year":
					if t == "earlier" {
						return whenBefore, k
					}
					return whenAfter, k
				}
			}
		case "once":
			if isPast(d.lw(k+1), pastMeet|pastEvent) {
				return whenBefore, k // "the rebels once walked out"
			}
		case "since":
			if k+1 < b && isYear(d.lw(k+1)) && d.pubYear > 0 && atoi4(d.lw(k+1)) < d.pubYear {
				return whenBefore, k // "has met B twice since 2021"
			}
		case "in":
			if k+1 < b {
				n := d.lw(k + 1)
				if isYear(n) && d.pubYear > 0 && atoi4(n) != d.pubYear {
					if atoi4(n) < d.pubYear {
						return whenBefore, k
					}
					return whenAfter, k
				}
				if m := monthNames[n]; m > 0 && d.words[k+1].cap {
					if y := d.lw(k + 2); isYear(y) && d.pubYear > 0 {
						// "in November 2023"
						switch {
						case atoi4(y) < d.pubYear || atoi4(y) == d.pubYear && m < d.pubMonth:
							return whenBefore, k
						case atoi4(y) > d.pubYear || atoi4(y) == d.pubYear && m > d.pubMonth:
							return whenAfter, k
						}
						continue
					}
					if d.pubMonth > 0 && m != d.pubMonth {
						// the tense tells which side of the news: "will
						// sign it in January" (written in December)
						if tense&tFuture == 0 && (m < d.pubMonth || tense&tPast != 0) {
							return whenBefore, k
						}
						return whenAfter, k
					}
				}
			}
		}
	}
	return whenNone, -1
}

// standInBefore reports whether the person of mention mi heads a clause
// of a subordinator ("after", "because", "while") that hangs on a main
// clause telling of a stand-in: "Australia was represented by B after
// Foreign Minister C stayed in Canberra", "Chile sent its deputy
// minister because C was ill". It gives the country the stand-in acts
// for ("" when the main clause names none).
func (d *doc) standInBefore(mi int, s *sentence, si int) (bool, string) {
	k := d.ments[mi].w0 - 1
	if q := d.roleMatchEnding(k, s.w0); q >= 0 {
		k = q - 1
	}
	for k > s.w0 && roleModifiers[d.lw(k)] {
		k-- // "Foreign" before "Minister" when the role list lacks it
	}
	if k <= s.w0 || !subordinators[d.lw(k)] {
		return false, ""
	}
	for j := k - 1; j >= s.w0 && j > k-clauseMax; j-- {
		switch d.lw(j) {
		case ";", ":":
			return false, ""
		case "represented":
			if d.lw(j+1) == "by" {
				return true, d.representedSubject(j, s, si)
			}
		case "sent", "sending":
			return true, ""
		}
	}
	return false, ""
}

// otherClause reports whether the clause of the trigger at word i tells
// of another occasion than the story's: a meeting called off when the
// lead tells of another ("The meeting between A and B ... has been
// postponed" after "Talks between their negotiators broke down"), a deed dated before
// the lead's day by the clause's own time ("C attended the conference in
// November 2023"; a ", when" clause takes the time of the clause it hangs
// on), or, when the lead tells of an event held, a meeting to come after
// it, for those it is told with ("is due in Brussels on Friday to meet
// D"); not for its subject (objects is false), often the story's own
// protagonist ("A is expected to sign it with B in January").
func (d *doc) otherClause(i int, objects bool) bool {
	c := d.clauseAt(i)
	switch {
	case c.tense&tOff != 0:
		// (not when the lead is the meeting called off, or its own
		// clause tells a calling-off: "Li has cancelled his attendance
		// at a summit ... The summit between A and B has been
		// postponed" keeps A and B)
		return d.leadSent >= 0 && d.words[i].sent != d.leadSent && d.clauseAt(d.sents[d.leadSent].labelEnd).tense&tOff == 0
	case c.when == whenBefore:
		return true
	case objects && c.when == whenAfter && c.tense&tFuture != 0:
		return d.leadSent >= 0 && d.words[i].sent != d.leadSent && !d.aheadIn(d.leadSent) && !d.tourStop(c) && !d.visitDay(c)
	}
	return false
}

// tourStop reports whether clause c goes to a place that the headline or
// the lead names, outside the dateline: a later stop of the story's own
// tour ("began a tour of Vilnius and Riga": "is scheduled to travel to
// Riga for talks with B").
func (d *doc) tourStop(c *clause) bool {
	for k := c.w0; k+1 < c.w1; k++ {
		if t := d.lw(k); t != "to" && t != "in" && t != "at" {
			continue
		}
		mi := int(d.mentAt[k+1])
		if mi < 0 || d.ments[mi].w0 != k+1 || d.ments[mi].typ != LOC && d.ments[mi].typ != GPE {
			continue
		}
		name, country := d.placeName(mi), d.countryOf(mi)
		for mj := range d.ments {
			m := &d.ments[mj]
			if m.sent > d.leadSent {
				break
			}
			if m.typ != LOC && m.typ != GPE || m.sent != d.leadSent && !d.sents[m.sent].heading && !d.sents[m.sent].header || d.inDateline(m.sent, m.start) {
				continue
			}
			if n := d.placeName(mj); n == name || country != "" && (n == country || d.countryOf(mj) == country) {
				// (by name or country: "a tour of Kyiv and Chisinau",
				// "to Moldova's capital")
				return true
			}
		}
	}
	return false
}

// spanDays are the lengths a visit or a summit is told in: "a three-day
// state visit", "a 2-day summit".
var spanDays = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
}

// spanNouns are the occasions whose later days a lead's visit or summit
// under way owns.
var spanNouns = map[string]bool{
	"visit": true, "tour": true, "trip": true, "summit": true, "conference": true, "meeting": true, "forum": true,
	"session": true, "talks": true,
}

// visitDay reports whether clause c's own time is a later day of this
// week ("is due to meet B on Thursday") within a visit or summit that the
// lead tells is under way: "arrived in Nairobi on Wednesday for a
// three-day state visit", "began a state visit to Kenya on Monday",
// "opened a two-day summit". The day is then the visit's own programme,
// not another occasion; a stated span bounds it (the fourth day of "a
// two-day summit" is none of it), and so does a place the clause names
// that the lead does not ("is due in Brussels on Friday to meet C").
func (d *doc) visitDay(c *clause) bool {
	if c.whenAt < 0 || d.lw(c.whenAt) != "on" || d.leadSent < 0 || d.pubWeekday <= 0 {
		return false
	}
	wd := weekdays[d.lw(c.whenAt+1)]
	ls := &d.sents[d.leadSent]
	if wd <= d.pubWeekday {
		return false
	}
	for k := c.w0; k+1 < c.w1; k++ {
		if t := d.lw(k); t == "to" || t == "in" || t == "at" {
			if mi := d.mentAt[k+1]; mi >= 0 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
				return false // another place than the lead's (see tourStop): "is due in Brussels on Friday"
			}
		}
	}
	under := false // a visit or summit begun, of no stated span
	for k := ls.labelEnd; k < ls.w1; k++ {
		t := d.lw(k)
		span := 0
		switch {
		case strings.HasSuffix(t, "-day"):
			span = spanDays[strings.TrimSuffix(t, "-day")]
		case t == "day" && k > 1 && d.lw(k-1) == "-":
			span = spanDays[d.lw(k-2)] // ("four - day")
		case t == "began", t == "begins", t == "opened", t == "opens", t == "started", t == "starts", t == "start",
			t == "arrived", t == "arrives":
			span = 7 // "began a state visit", "arrived in Nairobi for a state visit"
		}
		if span == 0 {
			continue
		}
		for j := k + 1; j < ls.w1 && j <= k+10; j++ {
			if n := d.lw(j); spanNouns[n] && (span < 7 || n != "talks" && n != "meeting" && n != "session") {
				// (a visit or summit begun; "began talks" may be one day)
				if span < 7 {
					return wd-d.pubWeekday < span // (a stated span wins)
				}
				under = true
				break
			}
		}
	}
	return under
}
