package digest

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/internal/packed"
	"github.com/attache-bot/attache/digest/summarize"
	"github.com/attache-bot/attache/digest/text"
)

// Discord embed limits.
const (
	maxBulletChars = 1024
	maxEmbedChars  = 6000
)

var diplomaticWords = map[string]float64{
	"talks": 1, "summit": 1, "diplomat": 1, "diplomats": 1, "diplomatic": 1, "diplomacy": 1, "minister": 1,
	"ministers": 1, "negotiations": 1, "negotiate": 1, "negotiators": 1, "sanctions": 1, "treaty": 1,
	"ceasefire": 1, "envoy": 1, "embassy": 1, "ambassador": 1, "foreign": 0.5, "peace": 0.7, "delegation": 1,
	"bilateral": 1, "accord": 0.7, "agreement": 0.5, "alliance": 0.7, "president": 0.5, "secretary": 0.5,
	"relations": 0.5, "security": 0.3, "war": 0.3, "visit": 0.3, "kremlin": 1, "nato": 1, "sovereignty": 1,
	"mediation": 1, "mediator": 1, "truce": 1, "invasion": 0.5, "government": 0.3, "officials": 0.3,
}

// relevance scores how diplomatic the article is, in [0, 1].
func (d *doc) relevance(countries int) float64 {
	if len(d.words) == 0 {
		return 0
	}
	hits := 0.0
	for i := range d.words {
		if d.words[i].lf&fDiplomatic != 0 {
			hits += diplomaticWords[d.lw(i)]
		}
	}
	roles := 0
	for _, p := range d.people {
		if p.role != "" {
			roles++
		}
	}
	density := hits * 100 / float64(len(d.words)+50)
	score := 0.12*density + 0.08*float64(min(countries, 5)) + 0.05*float64(min(roles, 5))
	if countries < 2 {
		score *= 0.7
	}
	if score > 1 {
		score = 1
	}
	return float64(int(score*1000+0.5)) / 1000
}

// isProse reports whether a sentence reads as running text.
func (d *doc) isProse(si int) bool {
	s := &d.sents[si]
	if s.header || s.heading || s.bullet || s.allCaps || s.w1-s.w0 < 8 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s.span.Of(d.body))
	return strings.ContainsRune(".!?\"”’", last)
}

// selectSummary picks n sentences for the deep look with package
// digest/summarize (lead, overlap with the first sentence, centrality,
// entity density). Select beats SelectTitled on BBC at n = 4 (F1 0.558 vs
// 0.534), so the title is not passed.
func (d *doc) selectSummary(n int) []int {
	sel := summarize.SelectTokens(d.body, d.spans(), d.tokSpans, n)
	// (no line about the story itself: a byline, an editor's note)
	sel = slices.DeleteFunc(sel, func(si int) bool { return d.sents[si].meta })
	// a sentence whose speaker is a pronoun ("\"NATO is a defence
	// alliance,\" he said") brings the sentence before, which names him,
	// or a reader credits the quote to whoever the deep look named last
	for k := 0; k < len(sel) && len(sel) <= n; k++ {
		si := sel[k]
		if si == 0 || (k > 0 && sel[k-1] == si-1) || !d.pronounSpeaker(si) || !d.isProse(si-1) {
			continue
		}
		sel = slices.Insert(sel, k, si-1)
		k++
	}
	// a quotation of two sentences comes whole: a sentence that opens a
	// quote it does not close brings the next, one that closes a quote
	// it did not open brings the one before ("\"But desire is not
	// enough. The parties need to take concrete steps,\" Grundberg said")
	// (or, when the deep look has its five sentences, goes)
	for k := 0; k < len(sel); k++ {
		si := sel[k]
		switch quoteBalance(d.sents[si].span.Of(d.body)) {
		case 1:
			if si+1 < len(d.sents) && (k+1 == len(sel) || sel[k+1] != si+1) && d.quoteBalanceOf(si+1) == -1 {
				if len(sel) >= 5 {
					sel = slices.Delete(sel, k, k+1)
					k--
				} else {
					sel = slices.Insert(sel, k+1, si+1)
				}
			}
		case -1:
			if si > 0 && (k == 0 || sel[k-1] != si-1) && d.quoteBalanceOf(si-1) == 1 {
				if len(sel) >= 5 {
					sel = slices.Delete(sel, k, k+1)
					k--
				} else {
					sel = slices.Insert(sel, k, si-1)
					k++
				}
			}
		}
	}
	return sel
}

func (d *doc) quoteBalanceOf(si int) int { return quoteBalance(d.sents[si].span.Of(d.body)) }

// quoteBalance tells whether sentence s leaves a quotation open (1), closes
// one it did not open (-1), or neither (0). A straight quote opens at the
// start of a word and closes after one.
func quoteBalance(s string) int {
	i0 := strings.IndexByte(s, '"')
	if j := strings.IndexByte(s, 0xe2); j >= 0 && (i0 < 0 || j < i0) {
		i0 = j
	}
	if i0 < 0 {
		return 0 // no quotation mark
	}
	bal, first := 0, 0
	for i := i0; i < len(s); i++ {
		c := s[i]
		open := false
		switch {
		case c == '"':
			open = i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '\n'
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d):
			open = s[i+2] == 0x9c // “ or ”
			i += 2
		default:
			continue
		}
		if open {
			bal++
		} else {
			bal--
		}
		if first == 0 {
			first = bal
		}
		if bal < -1 || bal > 1 {
			return 0
		}
	}
	if bal == 1 || bal == -1 && first == -1 {
		return bal
	}
	return 0
}

// laterThis reports whether a date's text points ahead within the
// current period: "later this month", "later this week".
func laterThis(t string) bool {
	return len(t) > 11 && strings.EqualFold(t[:11], "later this ")
}

// sameStep returns the index of the next step, among the dates starting
// at offsets at, that event ev on value v tells again, or -1: the same
// value and the same event, a bare noun of the other's kind ("Visit" and
// "Lee visits Australia", "Talks" and "Talks in Paris"; not "Talks" and
// "Vote"), or the same person's visit to the same place ("Lee visits
// Australia", "Lee visits Canberra and Sydney"; not "Lee visits Japan").
func (d *doc) sameStep(ds []Date, at []int, ev, v string) int {
	for j, off := range at {
		dt := dateAt(ds, off)
		if dt.Value != v {
			continue
		}
		e := dt.Event
		if strings.EqualFold(e, ev) {
			return j
		}
		if (!strings.Contains(e, " ") || !strings.Contains(ev, " ")) && eventHead(e) == eventHead(ev) {
			return j
		}
		if a, to, ok := strings.Cut(e, " visits "); ok {
			if b, to2, ok := strings.Cut(ev, " visits "); ok && a == b && d.samePlaces(to, to2) {
				return j
			}
		}
		if sameMeeting(e, ev, v) || sameMeeting(ev, e, v) {
			return j
		}
	}
	return -1
}

// stepMeetHeads are the head nouns of a step that is a meeting or a trip,
// beside meetTripNouns.
var stepMeetHeads = map[string]bool{"meetings": true, "negotiations": true, "consultations": true,
	"tour": true, "journey": true, "travel": true}

// stepMeetHead is the head noun of step event ev when it is a meeting or a
// trip ("summit" for "The June summit", "conference" for "Conference in
// Warsaw", "visit" for "Lee visits Canberra for summit"), else "".
func stepMeetHead(ev string) string {
	if strings.Contains(ev, " visits ") {
		return "visit"
	}
	h := strings.ToLower(ev)
	for _, p := range []string{" in ", " for ", " of ", " on ", " with ", " to ", " between "} {
		h, _, _ = strings.Cut(h, p)
	}
	if i := strings.LastIndexByte(h, ' '); i >= 0 {
		h = h[i+1:]
	}
	if meetTripNouns[h] || stepMeetHeads[h] {
		return h
	}
	return ""
}

// sameMeeting reports whether step a, told again as step b on value v,
// is the same meeting: a story's later "The summit" or "The meeting" for
// a meeting named before ("Lee visits Canberra for summit" and "The June
// summit"), or a bare meeting noun b ("Talks") for a trip, an unplaced
// meeting ("A summit") or a meeting the same day ("Conference" and
// "Talks" on April 15; not "Talks" and "Conference in Warsaw" next month).
func sameMeeting(a, b, v string) bool {
	ha := stepMeetHead(a)
	if ha == "" || stepMeetHead(b) == "" {
		return false
	}
	if strings.HasPrefix(strings.ToLower(b), "the ") {
		return refersBack(a, b)
	}
	return !strings.Contains(b, " ") && (ha == "visit" || !strings.Contains(a, " in ") || dateDetail(v) >= 4)
}

// refersBack reports whether step b, "The <noun>", names again the meeting
// of step a: no name of its own after "The" but a month ("The June
// summit", not "The NATO summit", "The EU summit"), and its noun in a
// ("Lee visits Canberra for summit"; not "The conference" after "Ruto
// visits Kampala").
func refersBack(a, b string) bool {
	ws := strings.Fields(b)
	for _, w := range ws[1:] {
		if w != strings.ToLower(w) && monthNumber(strings.ToLower(w)) == 0 {
			return false
		}
	}
	return strings.Contains(strings.ToLower(a), strings.ToLower(ws[len(ws)-1]))
}

// eventHead is the kind of a step's event: its first word, lower-cased,
// "visit" for a trip ("Lee visits Australia", "trip", "travel"), "talks"
// for a meeting.
func eventHead(ev string) string {
	if strings.Contains(ev, " visits ") {
		return "visit"
	}
	h, _, _ := strings.Cut(strings.ToLower(ev), " ")
	switch h {
	case "visit", "visits", "trip", "travel", "tour", "journey":
		return "visit"
	case "talks", "meeting", "negotiations", "round", "session":
		return "talks" // (a meeting's session the same day is the meeting's)
	}
	return h
}

// samePlaces reports whether two destinations of a visit ("Australia",
// "Canberra and Sydney", "Paris for talks") share a place or a country.
func (d *doc) samePlaces(a, b string) bool {
	a, _, _ = strings.Cut(a, " for ")
	b, _, _ = strings.Cut(b, " for ")
	as, bs := strings.Split(a, " and "), strings.Split(b, " and ")
	for _, x := range as {
		cx := d.placeCountry(x)
		for _, y := range bs {
			if cy := d.placeCountry(y); x == y || cx == y || cy == x || cx != "" && cx == cy {
				return true
			}
		}
	}
	return false
}

// narrowerVisit reports whether visit b names the cities of visit a's
// country: "Lee visits Canberra and Sydney" after "Lee visits Australia"
// (not the other way round, nor "Lee visits Japan").
func (d *doc) narrowerVisit(a, b string) bool {
	who, to, ok := strings.Cut(a, " visits ")
	who2, to2, ok2 := strings.Cut(b, " visits ")
	if !ok || !ok2 || who != who2 || strings.Contains(to, " and ") {
		return false
	}
	to, _, _ = strings.Cut(to, " for ")
	to2, _, _ = strings.Cut(to2, " for ")
	for _, x := range strings.Split(to2, " and ") {
		if x == to || d.placeCountry(x) != to {
			return false
		}
	}
	return true
}

// placeCountry is the country of the place the story names as name, or "".
func (d *doc) placeCountry(name string) string {
	for mi := range d.ments {
		m := &d.ments[mi]
		if (m.typ == LOC || m.typ == GPE) && d.body[m.start:m.end] == name {
			if m.e != nil && m.e.kind == kCountry {
				return m.e.canon
			}
			return d.countryOf(mi)
		}
	}
	return ""
}

// dateAt returns the date of ds that starts at byte off (the zero Date
// when none does).
func dateAt(ds []Date, off int) Date {
	for _, dt := range ds {
		if dt.Start == off {
			return dt
		}
	}
	return Date{}
}

// calledOff reports whether the clause holding the date at byte off says
// its event will not happen then: "postponed", "cancelled", "called off",
// "had been due to", "originally set for" (a clause: "Xi will visit Moscow
// on Friday; a trip to Minsk was postponed" keeps Friday).
func (d *doc) calledOff(off int) bool {
	si := d.sentenceAt(off)
	if si < 0 {
		return false
	}
	s := &d.sents[si]
	dw := min(max(d.wordAt(off), s.w0), s.w1)
	a, b := dw, dw
	for a > s.w0 && dw-a < 30 && !clauseEnd(d.lw(a-1)) && d.lw(a-1) != "instead" {
		a-- // ("cancelled a planned trip to Turkey and instead hosted Erdogan in Sochi on Thursday")
	}
	verb := false // the clause has its verb before the date
	for i := a; i < dw; i++ {
		switch t := d.lw(i); t {
		case "is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "met", "held", "heads", "hopes",
			"meet", "meets", "gathered", "plans", "said", "says":
			verb = true
		default:
			if len(t) > 4 && strings.HasSuffix(t, "ed") && !nounParticiple(t) || d.words[i].lf&(fSubjVerb|fStrictMeet) != 0 && !d.words[i].cap {
				verb = true
			}
		}
	}
	for b < s.w1 && b-dw < 15 && !clauseEnd(d.lw(b)) && !(verb && relWord(d.lw(b))) {
		b++ // (a clause with its verb ends at and/that/which/who: "is planned for May 9 ... and sanctions relief that Washington has delayed")
	}
	for i := a; i < b; i++ {
		switch d.lw(i) {
		case "indefinitely", "originally", "initially":
			return true
		}
		if d.cancelAt(i, s.w1) || d.hadBeenDueAt(i, s.w1) {
			return true
		}
	}
	e := b // the clause's end past an abbreviation's point ("Jan. 25")
	for e < s.w1 && e-b < 3 && d.lw(e) == "." && e+1 < s.w1 {
		for e++; e < s.w1 && e-b < 3 && !clauseEnd(d.lw(e)); e++ {
		}
	}
	if a > s.w0 && e < s.w1 && d.lw(a-1) == "," && d.lw(e) == "," {
		// a plan set off by commas, then the main clause's verb: "A
		// meeting of the committee, planned for Jan. 25, has been
		// postponed indefinitely"
		for i := e + 1; i < s.w1 && i <= e+4; i++ {
			switch d.lw(i) {
			case "has", "have", "had", "been", "was", "were", "is", "are", "now":
				continue
			}
			return i > e+1 && d.cancelAt(i, s.w1)
		}
	}
	return false
}

// asideDay reports whether word dw of sentence si lies in a relative
// clause set off by commas that tells of no meeting: "Ruto, who returned
// home on Sunday from a trip to Japan, held talks ... on Tuesday" (Sunday
// is not the talks'; "The envoys, who met in Muscat on Sunday, said" is).
func (d *doc) asideDay(si, dw int, venue string) bool {
	a, b, ok := d.relClause(si, dw)
	if !ok {
		return false
	}
	meet, elsewhere := false, false
	for k := a; k < b; k++ {
		if d.words[k].lf&(fStrictMeet|fMeetNoun) != 0 {
			meet = true
		}
		if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].w0 == k && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
			if d.placeName(mi) == venue || d.body[d.ments[mi].start:d.ments[mi].end] == venue {
				return false // "The envoys, who met in Muscat on Sunday,"
			}
			elsewhere = true // "who returned on Monday from a state visit to China"
		}
	}
	return !meet || elsewhere
}

// sayingShifted reports whether the day at word dw of sentence si is a
// day of saying (reportedAt) whose reported words put the talks at the
// venue before or after it: "had" or a verb of the future ("would",
// "will") between the day and the venue's name ("the ministry said on
// Tuesday that its envoy had held talks ... in Kabul", "said on Monday
// that he would not attend talks in Jeddah"). Reported speech moves its
// tense back from the day of saying, so that day does not date the talks;
// talks told before the day ("told reporters on Tuesday after talks in
// Nairobi") or in the simple past still may.
func (d *doc) sayingShifted(si, dw int, venue string) bool {
	if !d.reportedAt(si, dw) {
		return false
	}
	s := &d.sents[si]
	shifted := false
	for k := dw + 1; k < s.w1 && k < dw+20; k++ {
		if mi := int(d.mentAt[k]); mi >= 0 && d.ments[mi].w0 == k && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) && d.placeName(mi) == venue {
			return shifted
		}
		switch d.lw(k) {
		case "had", "would", "will", "shall":
			shifted = true
		case ".", ";":
			return false
		}
	}
	return false
}

// cancelDeciders before "to postpone"/"to cancel" make it happen: a
// decision, a need or a force.
var cancelDeciders = map[string]bool{"forcing": true, "forced": true, "force": true, "forces": true,
	"decided": true, "decide": true, "decides": true, "agreed": true, "agree": true, "agrees": true,
	"voted": true, "vote": true, "votes": true, "had": true, "has": true, "have": true, "chose": true,
	"opted": true, "moved": true, "compelled": true, "obliged": true, "prompting": true, "prompted": true,
	"leading": true, "led": true}

// cancelModals right before a bare "postpone"/"cancel" state that it
// will be called off: "Ghana will postpone the summit", "said it would
// cancel" ("will not postpone" has "not" in between).
var cancelModals = map[string]bool{"will": true, "would": true, "may": true, "might": true, "shall": true, "'ll": true}

// cancelAt reports whether word i calls something off: "postponed",
// "cancelled", "scrapped", "shelved", "delayed", "called off", "(forced)
// to postpone".
func (d *doc) cancelAt(i, limit int) bool {
	switch d.lw(i) {
	case "postponed", "cancelled", "canceled", "scrapped", "shelved", "delayed":
		return true
	case "postpone", "cancel":
		// a decision, a need or a statement that it will: "forcing the
		// U.N. to postpone", "decided to cancel", "its decision to
		// cancel", "is set to cancel", "will postpone", "said it would
		// cancel", "may postpone" (not "threatened to cancel", "refused
		// to postpone", "had no plans to cancel", "will not postpone")
		if i >= 1 && cancelModals[d.lw(i-1)] {
			return !d.hedgedCancel(i)
		}
		return i >= 2 && d.lw(i-1) == "to" && (cancelDeciders[d.lw(i-2)] || d.lw(i-2) == "decision" || d.lw(i-2) == "set" && i >= 3 && (d.lw(i-3) == "is" || d.lw(i-3) == "are" || d.lw(i-3) == "was" || d.lw(i-3) == "were")) && !(i >= 3 && (d.lw(i-3) == "no" || negWord(d.lw(i-3))))
	case "called":
		return i+1 < limit && d.lw(i+1) == "off"
	}
	return false
}

// hedgeWords before a modal "would postpone" deny, doubt or fear it:
// "denied reports that it would postpone", "asked whether Ghana would
// postpone", "nothing would postpone", "feared the violence would
// postpone", "warned it might cancel".
var hedgeWords = map[string]bool{"denied": true, "denies": true, "deny": true, "dismissed": true, "dismisses": true,
	"rejected": true, "whether": true, "asked": true, "feared": true, "fears": true, "fear": true, "warned": true,
	"warns": true, "threatened": true, "threatens": true, "nothing": true, "if": true, "unless": true,
	"rumours": true, "rumors": true, "speculation": true}

// hedgedCancel reports whether the modal cancel at word i is denied,
// doubted, feared, threatened or conditional: a hedge word within ten
// words before it in its sentence, or "if"/"unless" within ten after.
func (d *doc) hedgedCancel(i int) bool {
	w0, w1 := 0, len(d.words)
	if si := d.sentenceAt(d.words[i].start); si >= 0 {
		w0, w1 = d.sents[si].w0, d.sents[si].w1
	}
	for k := i - 2; k >= w0 && k >= i-10; k-- {
		t := d.lw(k)
		if t == "." || t == ";" {
			break
		}
		if hedgeWords[t] {
			return true
		}
	}
	for k := i + 1; k < w1 && k <= i+10; k++ {
		t := d.lw(k)
		if t == "." || t == ";" {
			break
		}
		if t == "if" || t == "unless" {
			return true
		}
	}
	return false
}

// hadBeenDueAt reports whether "had been due/scheduled/expected/planned" starts
// at word i: a plan that no longer holds.
func (d *doc) hadBeenDueAt(i, limit int) bool {
	return i+2 < limit && d.lw(i) == "had" && d.lw(i+1) == "been" && (d.lw(i+2) == "due" || d.lw(i+2) == "scheduled" || d.lw(i+2) == "expected" || d.lw(i+2) == "planned")
}

// offVerb reports whether the sentence of the date at byte off calls an
// event off by a verb: "was cancelled", "has been postponed", "were called
// off", "has cancelled his attendance" (not "cancelled arms control
// treaties", "after the summit had been postponed", "were not postponed").
func (d *doc) offVerb(off int) bool {
	si := d.sentenceAt(off)
	if si < 0 {
		return false
	}
	s := &d.sents[si]
	for i := s.w0 + 1; i < s.w1; i++ {
		t := d.lw(i)
		if t == "indefinitely" || d.hadBeenDueAt(i, s.w1) {
			return true // "talks that had been due to open ... will not go ahead"
		}
		if !d.cancelAt(i, s.w1) && !(t == "put" && i+1 < s.w1 && d.lw(i+1) == "off") {
			continue
		}
		if d.hasNot(max(i-3, s.w0), i) {
			continue
		}
		after := false // "after the summit had been postponed"
		for k := i - 1; k >= s.w0 && k >= i-8; k-- {
			if b := d.lw(k); b == "after" || b == "since" || b == "before" {
				after = true
				break
			}
		}
		if after {
			continue
		}
		switch d.lw(i - 1) {
		case "was", "were", "been", "is", "are", "be":
			return true // "were postponed", "has been cancelled"
		}
		// an active verb with the meeting as its object: "Trump called
		// off a summit", "Li Qiang cancelled his attendance" (not
		// "postponed a decision", "cancelled arms control treaties")
		k := i + 1
		if t == "called" || t == "put" {
			k++
		}
		for ; k < s.w1 && k <= i+4; k++ {
			if d.words[k].lf&fMeetNoun != 0 {
				return true
			}
			switch d.lw(k) {
			case "attendance", "trip", "visit", "participation", "session", "ceremony":
				return true
			case ",", ".", ";":
				k = s.w1
			}
		}
	}
	return false
}

// rescheduled reports whether the date at byte off is a new date: "will
// now take place on July 16-17", "instead", "rescheduled for".
func (d *doc) rescheduled(off int) bool {
	w := d.wordAt(off)
	si := d.sentenceAt(off)
	if si < 0 {
		return false
	}
	for k := w - 1; k >= d.sents[si].w0 && k >= w-8; k-- {
		switch d.lw(k) {
		case "now", "instead", "rescheduled", "moved", "new":
			return true
		}
	}
	return false
}

// pastRound reports whether date dt is of a past round the text tells as
// background: before the publication day, with "last", "previous",
// "earlier" or "prior" in its sentence.
func (d *doc) pastRound(dt Date, dct string) bool {
	if notPast(dt.Value, dct) {
		return false
	}
	si := d.sentenceAt(dt.Start)
	if si < 0 {
		return false
	}
	s := &d.sents[si]
	for i := s.w0; i+1 < s.w1; i++ {
		switch d.lw(i) {
		case "last", "previous", "prior":
			// "the last round of talks", "the previous meeting"
			for k := i + 1; k < s.w1 && k <= i+2; k++ {
				switch d.lw(k) {
				case "round", "talks", "meeting", "session", "summit":
					return true
				}
			}
		}
	}
	return false
}

// nounParticiple reports whether t is a participle that follows a noun
// rather than being a clause's verb: "talks scheduled in Geneva on Monday".
func nounParticiple(t string) bool {
	switch t {
	case "scheduled", "planned", "expected", "slated", "proposed", "announced", "called", "postponed", "cancelled", "canceled", "delayed":
		return true
	}
	return false
}

// relWord reports whether t opens a new clause after a date: "and",
// "that", "which", "who".
func relWord(t string) bool {
	return t == "and" || t == "that" || t == "which" || t == "who"
}

// clauseEnd reports whether word t ends a clause: a comma, semicolon,
// dash or "but".
func clauseEnd(t string) bool {
	switch t {
	case ",", ";", ":", "—", "–", "but", ".":
		return true
	}
	return false
}

// deadline reports whether the date at byte off, of TimeML value v, ends
// a period or sets a target rather than dating an event: "until March
// 31", "by 2035" (a day after "by" is a next step: "to be presented by
// Jan. 24").
func (d *doc) deadline(off int, v string) bool {
	if d.sentenceAt(off) < 0 {
		return false
	}
	w := d.wordAt(off)
	if w <= 0 || w >= len(d.words) {
		return false
	}
	switch d.lw(w - 1) {
	case "until", "till", "through":
		// (not "adjourned until April 2": the day the talks resume)
		if w >= 2 {
			switch d.lw(w - 2) {
			case "adjourned", "suspended", "delayed", "deferred", "postponed", "moved", "back", "recessed":
				return false
			}
		}
		return true
	case "by":
		return dateDetail(v) == 1
	}
	return false
}

// goalTime reports whether the date at byte off, of TimeML value v, is
// the time of something the meeting set rather than of the meeting: a
// deadline after "by" ("asks ministers to finalise the charter by
// December"), or a date inside a to-infinitive whose clause has a day of
// its own before it ("agreed on Friday to cut the quota by 9 percent next
// year": Friday is the meeting's; see toGoal).
func (d *doc) goalTime(off int, v string) bool {
	si := d.sentenceAt(off)
	w := d.wordAt(off)
	if si < 0 || w <= d.sents[si].w0 {
		return false
	}
	if d.lw(w-1) == "by" && dateDetail(v) < 4 && dateDetail(v) > 0 {
		return true
	}
	return d.toGoal(si, w)
}

// toGoal reports whether word w of sentence si lies inside a
// to-infinitive whose clause has a day of its own before it: "agreed on
// Friday to cut the quota by 9 percent next year" (not "to Tokyo", "to
// 258,000 tonnes", "are due to meet next week").
func (d *doc) toGoal(si, w int) bool {
	s := &d.sents[si]
	for k := w - 1; k > s.w0 && k >= w-16; k-- {
		t := d.lw(k)
		if t == ";" || t == ":" || relWord(t) && t != "and" {
			return false
		}
		if t != "to" || k+1 >= w {
			continue
		}
		if nx := &d.words[k+1]; nx.cap || !nx.alpha || nx.lf&(fMeetNoun|fStrictMeet) != 0 || nounOpeners[nx.low] {
			return false // "to Tokyo", "to 258,000 tonnes", "to meet", "to the talks"
		}
		for j := k - 1; j >= s.w0 && j >= k-8; j-- {
			if weekdays[d.lw(j)] > 0 {
				return true
			}
		}
		return false
	}
	return false
}

// pronounSpeaker reports whether sentence si gives its words to "he" or
// "she": it opens with the pronoun, or a quotation is followed by "he
// said".
func (d *doc) pronounSpeaker(si int) bool {
	s := &d.sents[si]
	w := s.labelEnd
	for w < s.w1 && (d.words[w].text == "\"" || d.words[w].text == "“") {
		w++
	}
	if w < s.w1 && (d.lw(w) == "he" || d.lw(w) == "she") {
		return true
	}
	for i := s.w0 + 1; i+1 < s.w1; i++ {
		if t := d.words[i-1].text; (t == "\"" || t == "”") && (d.lw(i) == "he" || d.lw(i) == "she") {
			switch d.lw(i + 1) {
			case "said", "says", "added", "told", "warned":
				return true
			}
		}
	}
	return false
}

// spans returns the sentence spans, built once.
func (d *doc) spans() []text.Span {
	if len(d.sentSpans) != len(d.sents) {
		d.sentSpans = d.sentSpans[:0]
		for i := range d.sents {
			d.sentSpans = append(d.sentSpans, d.sents[i].span)
		}
	}
	return d.sentSpans
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

func (d *doc) sentText(si int, n int) string {
	t := stripDateline(d.sents[si].span.Of(d.body))
	t = strings.TrimLeft(t, "-•* ")
	if d.sents[si].labelEnd > d.sents[si].w0 {
		t = strings.TrimSpace(d.body[d.words[d.sents[si].labelEnd].start:d.sents[si].span.End])
	}
	return clip(t, n)
}

// maxReactors is the most actors the Reactions bullet names. Stories of
// contested talks quote a dozen voices (both sides, neighbours, the UN,
// parties, analysts); with 8, critical and supportive actors filled the
// bullet and the mixed and neutral ones (analysts, monitors) were never
// named: held out, Reactions checks 83 -> 94 of 147 with 12. With 12, a
// story of 13 to 20 voices lost its last mixed ones and its analysts
// (the keys list every voice): 20, within reactorRunes (react18b.go),
// which keeps the bullet inside an embed field.
const maxReactors = 20

// quickLook assembles the headline and labeled bullets.
func (d *doc) quickLook(title, dct string, r *Result, venueSents, exclSents []int) QuickLook {
	ql := QuickLook{Headline: title, Bullets: []Bullet{}}
	if ql.Headline == "" && len(d.sents) > 0 {
		s0 := &d.sents[0]
		if len(d.sents) > 1 && datelineOnly(s0.span.Of(d.body)) {
			// "WARSAW, Poland (AP) _" opens a wire story: the story
			// starts after it
			s0 = &d.sents[1]
		}
		ql.Headline = clip(stripDateline(s0.span.Of(d.body)), 150)
		if l := d.lowerOf(s0.label); (l == "title" || l == "headline") && s0.labelEnd < s0.w1 {
			// "Title: Turkey to mediate ..." opens a saved article
			ql.Headline = clip(d.body[d.words[s0.labelEnd].start:s0.span.End], 150)
		}
	}
	add := func(label, txt string, sents []int) {
		if txt == "" {
			return
		}
		ql.Bullets = append(ql.Bullets, Bullet{Label: label, Text: clip(txt, maxBulletChars), Sentences: uniqInts(sents)})
	}
	// where and when
	venueDate := ""
	if r.Venue != nil {
		txt := "Talks in " + r.Venue.Name
		if d.datelineVenue {
			txt = d.leadKind() + " in " + r.Venue.Name
			if txt[0] == ' ' {
				txt = "In " + r.Venue.Name // no word of talks: "In Windhoek, Namibia, on Saturday"
			}
		} else if len(venueSents) > 0 {
			txt = d.eventKind(venueSents[0], r.Venue.Name) + " in " + r.Venue.Name
		}
		if r.Venue.Name == r.Venue.Country {
			if dl := d.datelineCity(r.Venue.Country); dl != nil {
				// "first visit to Japan" under "TOKYO, March 11": in Tokyo,
				// Japan (the venue stays the country for the dates)
				txt = strings.TrimSuffix(txt, r.Venue.Name) + dl.Name + ", " + dl.Country
			} else if sov := d.g.sovereign[r.Venue.Name]; sov != "" {
				// a dependent territory names its sovereign: "Talks in
				// Greenland, Denmark"
				txt += ", " + sov
			}
		} else if r.Venue.Country != "" {
			txt += ", " + r.Venue.Country
		}
		sents := append([]int(nil), venueSents...)
		// the date of the talks: one of talks over one of a visit ("the
		// talks in Doha since Saturday" over "Witkoff is expected to
		// travel to Doha next week"), then one not before the
		// publication day over a past one (an earlier round), then the
		// most specific ("Friday"
		// over the headline's "next week"), then one that talks are named
		// just before ("arrived on Monday and will hold talks with Putin on
		// Tuesday"), then the first
		best, bestNamed := -1, false
		// the venue is a council's vote: the vote's day dates it ("vetoed
		// on Wednesday a resolution ... members voted in favour of the
		// resolution in New York")
		voteVenue := false
		if len(venueSents) > 0 {
			vs := &d.sents[venueSents[0]]
			for k := vs.w0; k < vs.w1 && !voteVenue; k++ {
				voteVenue = d.voteOnText(k, vs.w1)
			}
		}
		leadDay := false
		for _, dt := range r.Dates {
			if d.datelineVenue && d.sentenceAt(dt.Start) == d.leadSent && talksEvent(dt.Event) && !strings.Contains(dt.Event, " in ") &&
				(dt.Type == "" || dt.Type == "DATE") && DayValue(dt.Value) && nearDay(dt.Value, dct) && !d.inDateline(d.leadSent, dt.Start) {
				leadDay = true
			}
		}
		for k, dt := range r.Dates {
			// "talks in Moscow", or "Modi visits Russia" for talks in Moscow
			named := strings.Contains(dt.Event, r.Venue.Name) || r.Venue.Country != "" && strings.Contains(dt.Event, r.Venue.Country)
			// bare talks in the venue's sentence or the lead: "talks
			// opened in the Kenyan capital on Thursday", the venue named
			// in the headline (not "a trip to Tokyo on Friday")
			atVenue := named || (talksEvent(dt.Event) || dt.Event == "vote" && voteVenue) && !strings.Contains(dt.Event, " in ") &&
				(slices.Contains(venueSents, d.sentenceAt(dt.Start)) || d.sentenceAt(dt.Start) == d.leadSent)
			if si := d.sentenceAt(dt.Start); len(venueSents) > 0 && si != venueSents[0] && si != d.leadSent && d.aheadIn(si) && !d.aheadIn(venueSents[0]) {
				// a meeting to come in another sentence does not date the
				// venue of one held ("The delegations, which met in Jeddah
				// on Monday, ..." over "talks will be held in Jeddah next
				// week": a next step)
				continue
			}
			if leadDay && d.sentenceAt(dt.Start) != d.leadSent {
				// the dateline's city is the venue of the lead's meeting,
				// which the lead dates: a later sentence that names the
				// city tells of another ("Rubio hosted ... at the State
				// Department on Thursday, a meeting ..." over "any G20
				// meeting hosted by the United States in 2026, after
				// Washington boycotted ...")
				continue
			}
			if si := d.sentenceAt(dt.Start); d.datelineVenue && si != d.leadSent && d.aheadIn(si) {
				// the dateline's place is the lead's event held, not a
				// visit to come there ("the fund's staff will return to
				// Buenos Aires on July 20": a next step)
				continue
			}
			if dt.Event != "" && atVenue && !slices.Contains(d.stepDates, dt.Start) && (dt.Type == "" || dt.Type == "DATE") && dateDetail(dt.Value) > 0 && !longAgo(dt.Value, dct) && !d.goalTime(dt.Start, dt.Value) {
				// (no "current (PRESENT_REF)" from "the current chairperson",
				// no decade: "the use of Soviet-era maps from the 1970s")
				if best < 0 {
					best, bestNamed = k, named
					continue
				}
				if no, bo := d.calledOff(dt.Start) && !d.rescheduled(dt.Start), d.calledOff(r.Dates[best].Start) && !d.rescheduled(r.Dates[best].Start); no != bo &&
					(no && !notPast(r.Dates[best].Value, dct) || bo && !notPast(dt.Value, dct)) {
					// the talks held over a meeting they called off ("talks
					// broke down on Tuesday, forcing the EU to postpone a
					// leaders' meeting that had been planned for Thursday";
					// not a later meeting over the story's own called off)
					if !no {
						best, bestNamed = k, named
					}
					continue
				}
				if na, ba := d.laterAhead(dt.Start), d.laterAhead(r.Dates[best].Start); na != ba {
					// the lead's day over further talks to come after it
					// ("walked free on Thursday ... would hold further talks
					// in Doha later this month")
					if !na {
						best, bestNamed = k, named
					}
					continue
				}
				if named != bestNamed {
					// talks that name the venue first ("The delegations met
					// in Istanbul on Monday" over the lead's "will hold a new
					// round of talks on June 20"), unless they are a past
					// round told as background ("The last round of talks in
					// Istanbul on March 3") against talks to come
					nk, bk := k, best
					if !named {
						nk, bk = best, k
					}
					if d.pastRound(r.Dates[nk], dct) && notPast(r.Dates[bk].Value, dct) {
						if bk == k {
							best, bestNamed = k, named
						}
					} else if named {
						best, bestNamed = k, named
					}
					continue
				}
				b := r.Dates[best].Value
				nt, bt := talksEvent(dt.Event), talksEvent(r.Dates[best].Event)
				np, bp := notPast(dt.Value, dct), notPast(b, dct)
				nd, bd := dateDetail(dt.Value), dateDetail(b)
				if nt && !bt || nt == bt && (np && !bp || np == bp && (nd > bd || nd == bd && d.talksBefore(dt.Start) && !d.talksBefore(r.Dates[best].Start))) {
					best, bestNamed = k, named
				}
			}
		}
		if best < 0 && len(venueSents) > 0 {
			// no date names the talks: a day in the venue's own sentence,
			// days around publication ("met UAE officials in Abu Dhabi on
			// Wednesday, wrapping up a four-day tour", "talks in Belém
			// were set to run past their Friday deadline")
			// (the venue's sentence, or the lead when a headline named it)
			for k, dt := range r.Dates {
				si := d.sentenceAt(dt.Start)
				if (si == venueSents[0] || si == d.leadSent) && !d.asideDay(si, d.wordAt(dt.Start), r.Venue.Name) && !d.inDateline(si, dt.Start) &&
					(dt.Type == "" || dt.Type == "DATE") && DayValue(dt.Value) && nearDay(dt.Value, dct) &&
					(!namesPlace(dt.Event) || d.dayAfterVenue(si, d.wordAt(dt.Start), r.Venue.Name)) && d.plainBetween(si, r.Venue.Name, d.wordAt(dt.Start)) && !d.sayingShifted(si, d.wordAt(dt.Start), r.Venue.Name) {
					// (not another event's: "ahead of a trip to Tokyo on Friday")
					best = k
					break
				}
			}
		}
		if best < 0 && (d.datelineVenue || d.leadSent >= 0 && d.datelineIsVenue(r.Venue) && d.leadDecides()) {
			// the dateline's place: the lead's day ("agreed on Tuesday
			// ... at the end of a three-day summit"); also when the venue
			// found is the dateline's city ("DOHA - ... agreed on Friday
			// to a truce after four days of talks in the Qatari capital")
			for k, dt := range r.Dates {
				if dw := d.wordAt(dt.Start); d.sentenceAt(dt.Start) == d.leadSent && !d.inDateline(d.leadSent, dt.Start) && !d.asideDay(d.leadSent, dw, r.Venue.Name) &&
					!d.reportedAt(d.leadSent, dw) && (dt.Type == "" || dt.Type == "DATE") && DayValue(dt.Value) && nearDay(dt.Value, dct) &&
					(d.datelineVenue || dw < 2 || d.lw(dw-1) != "on" || d.words[dw-2].lf&fEvent == 0 || d.words[dw-2].lf&fMeetNoun != 0 || d.dealObject(dw-2)) {
					// (not another event's day: "Malawi's general election
					// on Tuesday was peaceful, observers said on Thursday")
					best = k
					break
				}
			}
		}
		if best < 0 && d.leadSent >= 0 && (d.datelineVenue || len(venueSents) > 0 && venueSents[0] == d.leadSent) && !d.dayIn(r.Dates, d.leadSent, dct) {
			// the lead tells the event (and its place) with no day, the
			// next sentence tells when it was held: "N'DJAMENA - The commission has
			// suspended Niger ... after a council of ministers in the
			// Chadian capital. Ministers ... voted on Wednesday to ..."
			for k, dt := range r.Dates {
				dw := d.wordAt(dt.Start)
				if d.sentenceAt(dt.Start) == d.leadSent+1 && (dt.Type == "" || dt.Type == "DATE") && DayValue(dt.Value) && nearDay(dt.Value, dct) &&
					dt.Value[:10] <= dct[:min(len(dct), 10)] && d.heldVerbOn(dw) && !d.reportedAt(d.leadSent+1, dw) {
					best = k
					break
				}
			}
		}
		if best < 0 && len(venueSents) > 0 && d.leadSent >= 0 && venueSents[0] == d.leadSent+1 && d.toldHeld(venueSents[0]) && d.leadDecides() {
			// the venue's sentence, right after the lead and with no date
			// of its own, goes on about the lead's event: "leaders on
			// Thursday suspended South Sudan ... The decision was taken at
			// an extraordinary summit in Arusha"
			own := false
			for _, dt := range r.Dates {
				// (a year since when is no day of its own: "Agovaka,
				// foreign minister since 2024, announced his resignation at a news
				// conference in Honiara")
				if w := d.wordAt(dt.Start); d.sentenceAt(dt.Start) == venueSents[0] && dateDetail(dt.Value) > 0 && (dateDetail(dt.Value) > 1 || w == 0 || d.lw(w-1) != "since") {
					own = true // ("The idea was first raised at a summit in Mwanza in 2019")
				}
			}
			for k, dt := range r.Dates {
				if own {
					break
				}
				if dw := d.wordAt(dt.Start); d.sentenceAt(dt.Start) == d.leadSent && dt.Event == "" && !d.inDateline(d.leadSent, dt.Start) &&
					!d.reportedAt(d.leadSent, dw) && (dt.Type == "" || dt.Type == "DATE") && DayValue(dt.Value) && nearDay(dt.Value, dct) {
					best = k
					break
				}
			}
		}
		if best < 0 && strings.HasPrefix(txt, "News conference") && d.leadSent >= 0 {
			// a statement made at a news conference: the lead's day of it,
			// also a day of saying ("observers said on Thursday"; not the
			// "election on Tuesday" they spoke of)
			for k, dt := range r.Dates {
				if d.sentenceAt(dt.Start) == d.leadSent && dt.Event == "" && !d.inDateline(d.leadSent, dt.Start) &&
					(dt.Type == "" || dt.Type == "DATE") && DayValue(dt.Value) && nearDay(dt.Value, dct) {
					best = k
					break
				}
			}
		}
		if d.dateHook != nil {
			d.dateHook(d, r, venueSents, dct, best)
		}
		if d.dateModel != nil {
			// the date model replaces a date it is sure is wrong, and
			// dates talks the rules leave undated
			best = d.modelDate(d.dateModel, r, venueSents, dct, best)
		}
		newDate := false
		if best >= 0 {
			dt := r.Dates[best]
			if dt.Type == "TIME" {
				// a day's part the date model picked ("Friday night"):
				// the day
				dt.Value = dt.Value[:10]
			}
			shown := d.boundText(dt)
			if v, day := d.talksDay(dt, r.Venue.Name); day != "" {
				// "lifted the ban on Wednesday, a day after ministers held
				// talks in Arusha": the talks' day, counted back
				dt.Value, shown = v, day
			}
			venueDate = dt.Value
			txt += ", " + onDate(shown, dt.Value)
			if dt.Value != dt.Text {
				txt += " (" + shownValue(dt.Value) + ")"
			}
			newDate = d.rescheduled(dt.Start) // (the date a meeting was moved to: no note)
			if d.calledOff(dt.Start) && !d.rescheduled(dt.Start) && d.offVerb(dt.Start) {
				// "Li Qiang has cancelled his attendance at a summit ...
				// due to open in Tokyo on Wednesday"
				txt += ", called off or postponed"
			}
			sents = append(sents, d.sentenceAt(dt.Start))
		}
		if ls := d.leadSent; ls >= 0 && !newDate && !strings.HasSuffix(txt, ", called off or postponed") && d.meetingIn(ls) && d.postponeWordIn(ls) && d.offVerb(d.words[d.sents[ls].w0].start) {
			// the lead tells the meeting called off, whatever date the
			// bullet shows or lacks: "Talks between ... were postponed at
			// the last minute", "Gabon has postponed the first meeting of
			// a joint border commission", "cancelled a four-day state
			// visit to Japan"; not talks that broke down or collapsed,
			// which were held)
			txt += ", called off or postponed"
			sents = append(sents, ls)
		}
		add("Meeting Location & Date", txt+".", sents)
	} else if d.callSent >= 0 {
		// the story is a telephone call: when, and no place
		txt := "Phone call"
		if d.videoIn(d.callSent) {
			txt = "Video call" // "in a video call", "held a videoconference"
		}
		sents := []int{d.callSent}
		if k, si := d.callDate(r.Dates); k >= 0 {
			dt := r.Dates[k]
			if dt.Type == "TIME" {
				dt.Value = dt.Value[:10] // "on Tuesday evening": the day
			}
			venueDate = dt.Value
			txt += ", " + onDate(dt.Text, dt.Value)
			if dt.Value != dt.Text {
				txt += " (" + shownValue(dt.Value) + ")"
			}
			if si != d.callSent {
				sents = append(sents, si)
			}
		}
		add("Meeting Location & Date", txt+".", sents)
	}
	// who takes part
	var parts []string
	var partSents []int
	for _, p := range d.people {
		if !p.part {
			continue
		}
		parts = append(parts, p.labelled())
		if len(p.ments) > 0 {
			partSents = append(partSents, d.ments[p.ments[0]].sent)
		}
	}
	if len(parts) > 0 {
		// the teams taking part for a party no seated person stands for
		// ("the political directors of the French, British and German
		// foreign ministries", "a Hamas delegation"): seatedGroups
		gs, gss := d.seatedGroups(r.Excluded)
		parts = append(parts, gs...)
		partSents = append(partSents, gss...)
	}
	if len(parts) == 0 && (len(r.Countries) >= 2 || d.namedBroker) && (len(r.Mediators) > 0 || len(d.brokers) > 0) {
		// no one named takes part ("Ukraine and Russia exchanged 205
		// prisoners each ..., in a swap mediated by the United Arab
		// Emirates"): the parties and who brokered it (a go-between the
		// text names by a word of brokering, not a host nor the
		// dateline's country; both parties known)
		// (the dateline's country too when the text says it brokered:
		// "swapped prisoners in Doha ... in a deal brokered by Qatar")
		var ms, ps []string
		for _, m := range r.Mediators {
			if contains(d.brokers, m) || contains(d.mediating, m) {
				ms = append(ms, m+" (mediator)")
			}
		}
		if d.namedBroker {
			for _, b := range d.brokers {
				if !contains(r.Mediators, b) {
					ms = append(ms, b+" (mediator)")
				}
			}
		}
		for _, c := range r.Countries {
			if !contains(d.brokers, c) {
				ps = append(ps, c)
			}
		}
		if len(ms) > 0 {
			parts = append(append(parts, ps...), ms...)
		} else if len(r.Countries) >= 2 && len(r.Mediators) > 0 {
			// no go-between, but a third country hosts: the parties, and
			// the venue's country as host when the body names it host
			// ("will meet on March 20 in Kuala Lumpur ... Malaysia will
			// host the meeting"; not the dateline's country alone, nor a
			// host of later rounds, nor a venue's country by itself:
			// India-Pakistan talks in Vienna are no Austrian affair)
			for _, m := range r.Mediators {
				if r.Venue != nil && m == r.Venue.Country && !contains(d.brokers, m) && contains(d.namedHosts, m) {
					ms = append(ms, m+" (host)")
				}
			}
			parts = append(append(parts, ps...), ms...)
		}
	}
	if len(parts) == 0 && r.Venue != nil && d.leadSent >= 0 {
		// no one marked as taking part in a meeting the story places, and
		// no parties with a go-between: the people the lead names with a
		// role or a side, but not those it tells reacting ("criticised the
		// talks", "said the talks had been useful") nor the left out ("was
		// not invited to talks")
		for pi, p := range d.people {
			if p.role == "" && p.affil == "" || !d.namedInLead(pi) || contains(r.Excluded, p.affil) || reactsIn(r.Reactions, p.canonical()) {
				continue
			}
			parts = append(parts, p.labelled())
			partSents = append(partSents, d.leadSent)
		}
	}
	add("Key Participants", strings.Join(parts, "; "), partSents)
	if len(r.Agenda) > 0 {
		as := d.agendaSents
		add("Agenda", upperFirst(strings.Join(r.Agenda, "; "))+".", as)
	}
	var lower []string
	var lowerSents []int
	for k, c := range d.lowLevel {
		if !contains(r.Excluded, c) {
			lower = append(lower, c)
			lowerSents = append(lowerSents, d.lowLevelSents[k])
		}
	}
	if len(r.Excluded) > 0 || len(d.absentees) > 0 || len(lower) > 0 {
		// who was left out, then who stayed away ("did not attend")
		var out, away []string
		for _, pi := range d.absentees {
			// a leader who sent someone in his place
			away = append(away, d.people[pi].canonical())
		}
		var walked []string
		for i, x := range r.Excluded {
			if i < 64 && d.walkedOut&(1<<i) != 0 {
				walked = append(walked, x)
			} else if i < len(d.stayedAway) && d.stayedAway[i] {
				away = append(away, x)
			} else {
				out = append(out, x)
			}
		}
		var parts []string
		if len(out) > 0 {
			parts = append(parts, strings.Join(out, ", ")+" left out")
		}
		if len(away) > 0 {
			parts = append(parts, strings.Join(away, ", ")+" absent")
		}
		if len(walked) > 0 {
			parts = append(parts, strings.Join(walked, ", ")+" walked out")
		}
		if len(lower) > 0 {
			// "China and Brazil sending only their ambassadors"
			parts = append(parts, strings.Join(lower, ", ")+" represented at a lower level")
		}
		txt := strings.Join(parts, "; ")
		if len(d.absenteeSents) > 0 && (len(exclSents) == 0 || d.absenteeSents[0] < exclSents[0]) {
			// the first sentence that tells of an absence
			exclSents = append(append([]int(nil), d.absenteeSents...), exclSents...)
		}
		if len(lowerSents) > 0 && (len(exclSents) == 0 || lowerSents[0] < exclSents[0]) {
			exclSents = append(append([]int(nil), lowerSents...), exclSents...)
		} else {
			exclSents = append(exclSents, lowerSents...)
		}
		if len(exclSents) > 0 {
			txt += ": " + d.sentText(exclSents[0], 300)
		}
		add("Absent/Excluded", txt, exclSents)
	}
	// reactions: one name per actor under its stance, at most maxReactors
	type act struct {
		actor, stance, quote string
		sent                 int
		votes                [3]int // by voteStances
	}
	voteStances := [3]string{Critical, Supportive, Mixed}
	acts := make([]act, 0, len(r.Reactions))
	var idx map[string]int // for many reactions; else a scan of acts
	if len(r.Reactions) > 32 {
		idx = make(map[string]int, len(r.Reactions))
	}
	for _, re := range r.Reactions {
		i, ok := -1, false
		if idx != nil {
			i, ok = idx[re.Actor]
		} else {
			for k := range acts {
				if acts[k].actor == re.Actor {
					i, ok = k, true
					break
				}
			}
		}
		if !ok {
			i = len(acts)
			if idx != nil {
				idx[re.Actor] = i
			}
			acts = append(acts, act{actor: re.Actor, sent: re.Sentence})
		}
		for k, st := range voteStances {
			if re.Stance == st {
				acts[i].votes[k]++
			}
		}
		if acts[i].quote == "" {
			acts[i].quote = re.Quote
		}
	}
	for i := range acts {
		acts[i].stance = Neutral
		best := 0
		for k, st := range voteStances {
			if n := acts[i].votes[k]; n > best {
				acts[i].stance, best = st, n
			}
		}
		if v := acts[i].votes; v[2] > 0 && v[2] == best {
			// a mixed statement ties one of a single stance ("was more
			// cautious", then a complaint): the mixed one already holds
			// that stance and its reservation
			acts[i].stance = Mixed
		}
		if v := acts[i].votes; v[0] > 0 && v[0] == v[1] && v[2] < v[0] {
			// as many critical as supportive statements ("backed the
			// move but warned ...", praise in one sentence and a
			// complaint in the next): neither side wins, the actor is
			// mixed
			acts[i].stance = Mixed
		}
	}
	// grouped by stance, those with one first; an actor whose words carry
	// no stance the engine can read only "also commented" (no claim that
	// it was neutral)
	var qs []string
	var rsS, qsS []int
	groups := [...]struct {
		stance, label string
		names         []string
	}{{Critical, "critical", nil}, {Supportive, "supportive", nil}, {Mixed, "mixed", nil}, {Neutral, "also commented", nil}}
	// which actors are named (stance groups first, within the rune
	// budget; pickReactors), the rest counted after the last group
	stances, labels := make([]string, len(acts)), make([]string, len(acts))
	seated := make([]bool, len(acts))
	for i, a := range acts {
		stances[i], labels[i] = a.stance, d.actorLabel(a.actor)
		seated[i] = len(acts) > seatedDozen && !d.outsider(&Reaction{Actor: a.actor})
	}
	order := make([]string, len(groups))
	for g := range groups {
		order[g] = groups[g].stance
	}
	keep, more := pickReactors(stances, labels, order, seated)
	for g := range groups {
		for i, a := range acts {
			if a.stance == groups[g].stance && keep[i] {
				groups[g].names = append(groups[g].names, labels[i])
				rsS = append(rsS, a.sent)
			}
		}
	}
	var rs []string
	for _, g := range groups {
		if len(g.names) > 0 {
			rs = append(rs, g.label+": "+strings.Join(g.names, ", "))
		}
	}
	if m := moreNote(more); m != "" && len(rs) > 0 {
		rs = append(rs, m)
	}
	// Positions: the first four speakers' quotations in article order
	// (the sides of a dispute), and a fifth while the bullet stays short
	const positionsShort = 700
	qn := 0 // the Positions bullet's length in runes so far
	for _, a := range acts {
		if a.quote != "" && len(qs) < 5 {
			q := d.actorLabel(a.actor) + ": “" + clip(a.quote, 200) + "”"
			if n := utf8.RuneCountInString(q) + 2; len(qs) < 4 || qn+n <= positionsShort {
				qs = append(qs, q)
				qsS = append(qsS, a.sent)
				qn += n
			}
		}
	}
	add("Reactions", upperFirst(strings.Join(rs, "; ")), rsS)
	add("Positions", strings.Join(qs, "; "), qsS)
	// what comes next
	var next []string
	var nextS, nextAt []int
	for pass := 0; pass < 2; pass++ {
		// events told by a noun or a verb of meeting first, then steps
		// told by their own clause ("Parliament is due to debate the
		// treaty"), in the story's order
		for _, dt := range r.Dates {
			step := slices.Contains(d.stepDates, dt.Start)
			if step != (pass == 1) {
				continue
			}
			// a step due within a span ("is expected to begin within two
			// weeks", "given 48 hours to leave"; spanStep)
			within := step && strings.HasPrefix(dt.Value, "P") && dt.Event == d.spanStep(d.sentenceAt(dt.Start), d.wordAt(dt.Start))
			// the end of the event going on is no step, but what it is
			// to end with is ("is due to end on Friday with a joint
			// declaration": endOutcome)
			ends, outcome := r.Venue != nil && d.endsOn(dt.Start), ""
			if ends {
				outcome = d.endOutcome(dt)
			}
			ev := dt.Event
			if outcome != "" {
				ev = outcome
			}
			if (isFuture(dt.Value, dct) || laterThis(dt.Text) || d.endOfThis(&dt, dct) && d.eventBefore(r, &dt) || within || d.todayStep(&dt, dct)) &&
				ev != "" && dt.Value != venueDate && len(next) < 5 &&
				(strings.Contains(ev, " ") || dateDetail(dt.Value) >= 2 && ev != "call" && ev != "conversation") &&
				!d.calledOff(dt.Start) && !(d.deadline(dt.Start, dt.Value) && !d.endOfThis(&dt, dct)) && !(ends && outcome == "") &&
				!(r.Venue != nil && strings.Contains(ev, r.Venue.Name) && d.toGoal(d.sentenceAt(dt.Start), d.wordAt(dt.Start))) {
				// (a one-word event needs a month at least: not "Visit:
				// 2027"; no date called off, no deadline: "by 2035")
				when := d.boundText(dt)
				if within && d.withinWord(d.wordAt(dt.Start)) >= 0 && !strings.HasPrefix(d.lowerOf(when), "within") {
					when = "within " + when // (quoted: hope to meet "within weeks")
				}
				label := ev
				if f := d.fullerStep(dt); f != "" && outcome == "" {
					label = f
				}
				label = d.stepWithPlace(label, &dt)
				item := upperFirst(label) + ": " + when + valueNote(dt.Value)
				if j := d.sameStep(r.Dates, nextAt, ev, dt.Value); j >= 0 {
					// the same step told twice ("is due to travel to
					// Naypyitaw next month ... the trip in July", "Visit"
					// and "Lee visits Australia"): once, by its fuller name
					if e := dateAt(r.Dates, nextAt[j]).Event; !strings.Contains(e, " ") && strings.Contains(dt.Event, " ") || d.narrowerVisit(e, dt.Event) {
						next[j], nextAt[j], nextS[j] = item, dt.Start, d.sentenceAt(dt.Start)
					}
					continue
				}
				if !slices.Contains(next, item) {
					k := len(next)
					for k > 0 && nextAt[k-1] > dt.Start {
						k--
					}
					next = slices.Insert(next, k, item)
					nextS = slices.Insert(nextS, k, d.sentenceAt(dt.Start))
					nextAt = slices.Insert(nextAt, k, dt.Start)
				}
			}
		}
	}
	for si := 0; si < len(d.sents) && len(next) < 5; si++ {
		// a ratification still to come, which a story tells without a
		// date ("must now be ratified by the national parliaments",
		// "requires ratification by Indonesia's House of Representatives")
		txt, at := d.ratifyStep(si)
		if txt == "" || slices.ContainsFunc(next, func(x string) bool { return strings.Contains(strings.ToLower(x), "ratif") }) {
			continue
		}
		if k := slices.Index(nextS, si); k >= 0 {
			// the sentence dates the text to be ratified ("The agreement
			// must still be ratified by the parliaments ..., which is
			// expected in the autumn"): one step, the ratification, with
			// that date, not "The agreement: the autumn" beside it
			if e := dateAt(r.Dates, nextAt[k]).Event; ratifiedText(e) {
				if _, when, ok := strings.Cut(next[k], ": "); ok {
					next[k] = txt + ": " + when
					continue
				}
			}
		}
		k := len(next)
		for k > 0 && nextAt[k-1] > at {
			k--
		}
		next = slices.Insert(next, k, txt)
		nextS = slices.Insert(nextS, k, si)
		nextAt = slices.Insert(nextAt, k, at)
	}
	next, nextS, nextAt = d.modelNext(r, dct, venueDate, next, nextS, nextAt)
	if len(next) == 0 {
		for si := range d.sents {
			if !d.isProse(si) {
				continue
			}
			lc := d.lowerOf(d.sents[si].span.Of(d.body))
			if strings.Contains(lc, "scheduled to") || strings.Contains(lc, "is due to") || strings.Contains(lc, "will travel") || strings.Contains(lc, "next week") || strings.Contains(lc, "coming days") {
				next = append(next, d.sentText(si, 300))
				nextS = append(nextS, si)
				if len(next) == 2 {
					break
				}
			}
		}
	}
	sep := "; "
	if len(next) > 0 && strings.HasSuffix(next[0], ".") {
		sep = " " // whole sentences: "... in September. The last leg ..."
	}
	add("Next", strings.Join(next, sep), nextS)
	if len(ql.Bullets) < 4 && r.Relevance >= 0.3 {
		for _, si := range d.summary {
			if len(ql.Bullets) >= 4 {
				break
			}
			add("Background", d.sentText(si, 400), []int{si})
		}
	}
	if len(ql.Bullets) > 8 {
		ql.Bullets = ql.Bullets[:8]
	}
	ql.Headline = clip(ql.Headline, 256)
	for embedSize(ql) > maxEmbedChars && len(ql.Bullets) > 0 {
		ql.Bullets = ql.Bullets[:len(ql.Bullets)-1]
	}
	return ql
}

func embedSize(q QuickLook) int {
	n := utf8.RuneCountInString(q.Headline)
	for _, b := range q.Bullets {
		n += utf8.RuneCountInString(b.Label) + utf8.RuneCountInString(b.Text)
	}
	return n
}

func uniqInts(xs []int) []int {
	var out []int
	for _, x := range xs {
		if x < 0 {
			continue
		}
		dup := false
		for _, y := range out {
			if y == x {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	sort.Ints(out)
	return out
}

// onDate puts a date expression after a comma: "on Tuesday", but "in 2006"
// and "in March" for a year, season or month (value YYYY, YYYY-SU,
// YYYY-MM), and as it is when it brings its own preposition or deixis.
func onDate(t, value string) string {
	lt := strings.ToLower(t)
	for _, p := range []string{"on ", "in ", "at ", "by ", "during ", "early ", "late ", "later ", "earlier ", "mid", "next ", "last ", "this ", "the ",
		"around ", "until ", "before ", "after ", "from ", "within ", "between ", "today", "tomorrow", "yesterday", "tonight", "now", "overnight"} {
		if strings.HasPrefix(lt, p) {
			return t
		}
	}
	if len(value) == 4 || len(value) == 7 && value[4] == '-' && !strings.Contains(value, "W") {
		return "in " + t
	}
	if strings.HasSuffix(value, "_REF") || strings.HasSuffix(lt, "ly") || strings.HasSuffix(lt, "ago") {
		// "recently", "currently", "two days ago"
		return t
	}
	return "on " + t
}

func valueNote(v string) string {
	if v == "" || strings.HasSuffix(v, "_REF") {
		return ""
	}
	return " (" + shownValue(v) + ")"
}

// yearParts names the parts of a year by their TimeML suffix.
var yearParts = map[string]string{
	"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter",
	"H1": "first half of", "H2": "second half of",
	"Q1": "first quarter of", "Q2": "second quarter of", "Q3": "third quarter of", "Q4": "fourth quarter of",
}

// dayPartNames names the parts of a day by their TimeML suffix.
var dayPartNames = map[string]string{"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

// shownValue is how a date's value reads in a bullet: as it is
// ("2026-03-03", "2026-03"), but a week by its first day, a part of a year
// or a day in words and a time after the day, since TimeML's suffixes mean nothing to a reader
// ("2025-FA" -> "autumn 2025", "2026-W11" -> "week of 2026-03-09",
// "2026-03-13TMO" -> "2026-03-13, morning",
// "2026-03-11T10:00" -> "2026-03-11, 10:00").
func shownValue(v string) string {
	switch {
	case len(v) == 7 && v[4] == '-':
		if p, ok := yearParts[v[5:]]; ok {
			return p + " " + v[:4]
		}
	case len(v) >= 8 && v[4] == '-' && v[5] == 'W':
		// an ISO week by its Monday (its weekend by the Saturday):
		// "next week (week of 2026-03-09)"
		y, err1 := strconv.Atoi(v[:4])
		w, err2 := strconv.Atoi(v[6:8])
		if err1 != nil || err2 != nil || w < 1 || w > 53 || len(v) > 8 && v[8:] != "-WE" {
			return v
		}
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		if len(v) > 8 {
			return "weekend of " + mon.AddDate(0, 0, 5).Format("2006-01-02")
		}
		return "week of " + mon.Format("2006-01-02")
	case len(v) > 11 && v[10] == 'T' && v[4] == '-' && v[7] == '-':
		if p, ok := dayPartNames[v[11:]]; ok {
			return v[:10] + ", " + p
		}
		if len(v) == 16 && v[13] == ':' {
			return v[:10] + ", " + v[11:]
		}
	}
	return v
}

// datelineOnly reports whether line is a wire dateline alone: a place in
// capitals ("WARSAW", "ADDIS ABABA", "THE HAGUE"), then optionally a comma
// and a region, country or day ("Poland", "December 2", "Dec. 2"), then
// optionally the agency in parentheses, ending in a dash, an underscore or
// the closing parenthesis: "WARSAW, Poland (AP) _", "BRUSSELS, December 2
// (Xinhua) --", "GENEVA —". A title-case headline with an acronym ("NATO
// Allies Gather In Brussels -", "OPEC Ministers Meet (Update 2)") is none.
func datelineOnly(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 64 {
		return false
	}
	end := strings.TrimRight(line, " _-—–:")
	if len(end) == len(line) && !strings.HasSuffix(line, ")") {
		return false
	}
	if strings.HasSuffix(end, ").") {
		end = end[:len(end)-1] // the agency's stop: "ASUNCIÓN, 7 May (EFE). -", "Lima, March 10 (EFE).-"
	}
	ws := strings.Fields(end)
	if len(ws) > 0 && strings.ToUpper(ws[0]) != ws[0] {
		return titleDateline(ws)
	}
	i := 0
	// the place, in capitals
	letters := 0
	for ; i < len(ws); i++ {
		w := strings.TrimSuffix(ws[i], ",")
		if strings.HasPrefix(w, "(") || strings.ToUpper(w) != w || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			break
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if strings.HasSuffix(ws[i], ",") {
			i++
			break
		}
	}
	if i == 0 || letters < 3 {
		return false
	}
	// after a comma: a region, a country or a day, in at most five words
	// ("Egypt, Feb. 17, 2025")
	if strings.HasSuffix(ws[i-1], ",") {
		n := 0
		for ; i < len(ws) && n < 5 && !strings.HasPrefix(ws[i], "("); i, n = i+1, n+1 {
			r, _ := utf8.DecodeRuneInString(ws[i])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		if n == 0 {
			return false
		}
	}
	// the agency, in parentheses, ends the line
	if i < len(ws) {
		if !strings.HasPrefix(ws[i], "(") || !strings.HasSuffix(ws[len(ws)-1], ")") || len(ws)-i > 3 {
			return false
		}
		if a := strings.Join(ws[i:], " "); strings.ContainsAny(a[1:len(a)-1], "()") || strings.ContainsFunc(a, unicode.IsDigit) {
			return false // "(Update 2)"
		}
	}
	return true
}

// titleDateline reports whether the words ws (a line's, its closing dash
// cut) are a dateline whose place is written in title case, as agencies
// such as AFP write it: "Addis Ababa (AFP)", "Paris, March 4 (AFP)". The
// agency in parentheses is required, so that a headline is none: one to
// four capitalised words of place, optionally a comma and a day or
// country, then one agency word.
func titleDateline(ws []string) bool {
	n := len(ws)
	if n < 2 || n > 8 {
		return false
	}
	a := ws[n-1]
	if len(a) < 4 || a[0] != '(' || a[len(a)-1] != ')' || strings.ContainsFunc(a, unicode.IsDigit) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(a[1:]); !unicode.IsUpper(r) {
		return false
	}
	place, comma := 0, false
	for _, w := range ws[:n-1] {
		r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(w, "(")) // (the country in parentheses: "Ipiales (Colombia), 11 Mar (EFE)")
		if !unicode.IsUpper(r) && !(comma && unicode.IsDigit(r)) {
			return false
		}
		if !comma {
			place++
			comma = strings.HasSuffix(w, ",")
		}
	}
	return place >= 1 && place <= 4 && n-1-place <= 4
}

// stripDateline removes a wire dateline that opens a sentence: "ADDIS
// ABABA, Ethiopia (AP)_ The Organization ..." gives "The Organization ...".
func stripDateline(s string) string {
	head := s[:min(len(s), 72)]
	if !mayHoldDash(head) {
		return s // no separator below can match: most sentences
	}
	for _, sep := range [...]string{"_", "--", "—", " – ", " - ", ").-"} {
		if k := strings.Index(head, sep); k > 0 {
			if sep == ").-" {
				k++ // "MADRID, 12 Mar (EFE).-" (the agency's parenthesis stays)
				sep = ".-"
			}
			if rest := strings.TrimSpace(s[k+len(sep):]); rest != "" && datelineOnly(s[:k+len(sep)]) {
				return rest
			}
		}
	}
	return s
}

// mayHoldDash reports whether s holds a byte that starts one of
// stripDateline's separators: '_', '-' or 0xE2, the first byte of "—" and
// "–". It reads eight bytes at a time.
func mayHoldDash(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := packed.Load8(s[i : i+8])
		if hasByte(x, '_') || hasByte(x, '-') || hasByte(x, 0xE2) {
			return true
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '_' || c == '-' || c == 0xE2 {
			return true
		}
	}
	return false
}

// hasByte reports whether one of the eight bytes of x is c.
func hasByte(x uint64, c byte) bool {
	const ones = 0x0101010101010101
	y := x ^ ones*uint64(c)
	return (y-ones)&^y&(0x80*ones) != 0
}

// dateDetail ranks how precise a TimeML value is: a day (YYYY-MM-DD, with
// or without a time) over a week, a month, a season or a year, over
// anything else ("PRESENT_REF").
func dateDetail(v string) int {
	switch {
	case DayValue(v):
		return 4
	case len(v) >= 8 && v[4] == '-' && v[5] == 'W':
		return 3
	case len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9':
		return 2
	case len(v) >= 4 && v[0] >= '0' && v[0] <= '9':
		return 1
	}
	return 0
}

// DayValue reports whether the TimeML value v names one calendar day
// ("2025-02-18", also with a time after it): the shape package story
// merges dates by, and the most precise the quick look knows.
func DayValue(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// notPast reports whether the TimeML value v may lie on or after the
// publication day dct (YYYY-MM-DD): a day, a month or a year before it is
// past, and so are "PRESENT_REF" and "PAST_REF"; a week, a season or an
// empty dct are given the benefit of the doubt.
func notPast(v, dct string) bool {
	if len(dct) < 10 {
		return true
	}
	switch dateDetail(v) {
	case 4:
		return v[:10] >= dct[:10]
	case 2:
		return v[:7] >= dct[:7]
	case 1:
		return len(v) < 4 || v[:4] >= dct[:4]
	case 0:
		return v == "FUTURE_REF" // "now" is no date of talks to come
	}
	return true
}

// isFuture reports whether the TimeML value v lies after the publication
// day dct (YYYY-MM-DD): a later day, a later week, month or year, or
// "FUTURE_REF". "PRESENT_REF" sorts after any date as a string but is none.
func isFuture(v, dct string) bool {
	if v == "FUTURE_REF" {
		return true
	}
	if len(dct) < 10 {
		return false
	}
	switch dateDetail(v) {
	case 4:
		return v[:10] > dct[:10]
	case 3: // "2025-W23", "2025-W23-WE"
		t, err := time.Parse("2006-01-02", dct[:10])
		vy, err1 := strconv.Atoi(v[:4])
		vw, err2 := strconv.Atoi(strings.TrimSuffix(v[6:min(len(v), 8)], "-"))
		if err != nil || err1 != nil || err2 != nil {
			return false
		}
		y, w := t.ISOWeek()
		if vy == y && vw == w && strings.HasSuffix(v, "-WE") {
			// "this weekend" said on a weekday
			return t.Weekday() >= time.Monday && t.Weekday() <= time.Friday
		}
		return vy > y || vy == y && vw > w
	case 2:
		return v[:7] > dct[:7]
	case 1:
		if v[:4] == dct[:4] {
			// a part of this year that starts after this month: "in the
			// second half of the year" (2026-H2), "in the autumn"
			// (2026-FA), "in the third quarter" (2026-Q3) said in February
			m, _ := strconv.Atoi(dct[5:7])
			return partStart(v[4:]) > m
		}
		return v[:4] > dct[:4]
	}
	return false
}

// partStart is the month a part of a year starts in, given the TimeML
// suffix after the year ("-H2" 7, "-Q4" 10, "-SU" 6), else 0.
func partStart(suf string) int {
	switch suf {
	case "-H1", "-Q1":
		return 1
	case "-SP":
		return 3
	case "-Q2":
		return 4
	case "-SU":
		return 6
	case "-H2", "-Q3":
		return 7
	case "-FA":
		return 9
	case "-Q4":
		return 10
	case "-WI":
		return 12
	}
	return 0
}

// talksBefore reports whether a noun of talks ("talks", "meeting",
// "summit") stands among the eight words before byte off, in its sentence.
func (d *doc) talksBefore(off int) bool {
	w := d.wordAt(off)
	si := d.sentenceAt(off)
	if si < 0 {
		return false
	}
	for k := w - 1; k >= d.sents[si].w0 && k >= w-8; k-- {
		if d.words[k].lf&fMeetNoun != 0 {
			return true
		}
	}
	return false
}

// longAgo reports whether the TimeML value v ends more than a month before
// the publication day dct: history ("the 1994 genocide in Rwanda"), not
// the date of talks in the news.
func longAgo(v, dct string) bool {
	t, err := time.Parse("2006-01-02", dct[:min(len(dct), 10)])
	if err != nil {
		return false
	}
	month := t.AddDate(0, -1, 0).Format("2006-01-02")
	switch dateDetail(v) {
	case 4:
		return v[:10] < month
	case 2:
		return v[:7] < month[:7]
	case 1:
		return v[:4] < month[:4]
	}
	return false
}

// laterAhead reports whether the date at byte off lies in a sentence
// after the lead that only looks ahead to a meeting, when the lead itself
// does not (see aheadIn).
func (d *doc) laterAhead(off int) bool {
	si := d.sentenceAt(off)
	return d.leadSent >= 0 && si > d.leadSent && d.aheadIn(si) && !d.aheadIn(d.leadSent)
}

// kindWords name the kind of event a place is the venue of, when one
// stands nearest before it: "at an extraordinary summit in Arusha",
// "signed the treaty in Tromso". Words of talks keep "Talks".
var kindWords = map[string]string{
	"summit": "Summit", "conference": "Conference", "signed": "Signing", "signing": "Signing",
	"sign": "Signing", "talks": "Talks", "meeting": "Talks", "met": "Talks", "meet": "Talks", "meets": "Talks",
	"negotiations": "Talks", "dialogue": "Talks", "exchange": "Exchange", "swap": "Swap",
	// people meeting: "Ahead of the summit, ministers gathered in Brussels"
	"gathered": "Talks", "hosted": "Talks", "visited": "Talks", "arrived": "Talks",
	// "signed a fisheries treaty on Tuesday at a ceremony in Suva"
	"ceremony": "Ceremony",
}

// heldVerbs tell of an event held: "The decision was taken at a summit in
// Arusha", "The ministers met in Astana".
var heldVerbs = map[string]bool{"was": true, "were": true, "met": true, "held": true, "took": true, "signed": true,
	"agreed": true, "ended": true, "opened": true, "came": true, "reached": true, "gathered": true, "hosted": true}

// datelineIsVenue reports whether the story's dateline names the venue's
// city.
func (d *doc) datelineIsVenue(v *Place) bool {
	dl := d.datelinePlace()
	return dl != nil && v != nil && dl.Name == v.Name
}

// leadDecides reports whether the lead tells of a decision or a meeting
// (its day may then be the venue's: "leaders on Thursday suspended South
// Sudan"), not of strikes, fighting or a handover ("Hamas handed over
// the remains of a hostage on Thursday"); a cause set off after a comma
// does not count (", after two people were killed").
func (d *doc) leadDecides() bool {
	s := &d.sents[d.leadSent]
	for i := s.labelEnd; i < s.w1; i++ {
		switch d.lw(i) {
		case "after", "amid", "following":
			if i > s.labelEnd && d.lw(i-1) == "," {
				// the cause, after the decision: "called on Friday for an
				// end to violence, after two people were killed"
				return true
			}
		case "voted", "vetoed", "abstained", "adopted":
			if d.voteOnText(i, s.w1) {
				// a council's vote is its decision, whatever the text is
				// about: "vetoed a resolution that would have demanded an
				// end to air strikes"
				return true
			}
		case "killed", "strike", "strikes", "struck", "attack", "attacks", "attacked", "launched", "fired", "shelled",
			"shelling", "fighting", "flared", "clashes", "clashed", "bombed", "drone", "drones", "handed", "wounded":
			return false
		}
	}
	return true
}

// toldHeld reports whether sentence si tells of an event held, by a verb
// of heldVerbs (not "Talks in Geneva have stalled").
func (d *doc) toldHeld(si int) bool {
	s := &d.sents[si]
	for i := s.w0; i < s.w1; i++ {
		if heldVerbs[d.lw(i)] || d.voteOnText(i, s.w1) {
			return true // (a vote on a text: "voted in favour of the resolution in New York")
		}
		if t := d.lw(i); t == "told" || t == "announced" || t == "said" {
			// "told a news conference in Stockholm" (not "told reporters
			// he would raise it at a summit in Brussels")
			// ("announced his resignation at a news conference in Honiara")
			for k := i + 1; k+1 < s.w1 && k <= i+6; k++ {
				if t := d.lw(k); (t == "conference" || t == "briefing") && d.lw(k+1) == "in" {
					return true
				}
			}
		}
	}
	return false
}

// kindSkip are words before a kind noun that say nothing of its kind.
var kindSkip = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"this": true, "that": true, "first": true, "second": true, "third": true, "next": true, "last": true,
	"new": true, "latest": true, "same": true, "two-day": true, "three-day": true, "one-day": true, "and": true,
	"for": true, "with": true, "from": true, "into": true, "during": true, "after": true, "before": true}

// eventKind is the label of the event at the venue named in sentence si:
// the kind word nearest before the place's mention, within eight words,
// else "Talks".
func (d *doc) eventKind(si int, venue string) string {
	s := &d.sents[si]
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.w0 < s.w0 || m.w0 >= s.w1 || d.placeName(mi) != venue && d.body[m.start:m.end] != venue || d.inDateline(si, m.start) {
			continue
		}
		for k := m.w0 - 1; k >= s.labelEnd && k >= m.w0-8; k-- {
			if d.voteOnText(k, s.w1) {
				return "Vote" // "members voted in favour of the resolution in New York"
			}
			if kw := kindWords[d.lw(k)]; kw != "" {
				if kw == "Conference" && k+1 < s.w1 && placeNouns[d.lw(k+1)] {
					// the noun names a place, not the event: "a conference
					// room of a hotel", "the conference venue" (a summit's
					// venue or hall still tells of a summit)
					continue
				}
				if kw == "Conference" && k > s.w0 && (d.lw(k-1) == "press" || d.lw(k-1) == "news") && d.leadSent >= 0 && !d.meetingIn(d.leadSent) {
					// the story is no meeting: what was announced at a news
					// conference ("resigned on Wednesday ... announced his
					// resignation at a news conference in Honiara")
					return "News conference"
				}
				if kw == "Signing" && k+1 < s.w1 && d.lw(k+1) == "of" || kw == "Conference" && (k > s.w0 && (d.lw(k-1) == "press" || d.lw(k-1) == "news") || k+1 < s.w1 && d.lw(k+1) == "call") {
					// "a sign of weakness"; a press conference tells of
					// talks held, it is none ("agreed ... at a joint press
					// conference in Warsaw"), nor is a conference call
					break
				}
				if kw == "Signing" && !d.signsAgreement(k, s.labelEnd, s.w1) {
					continue // "signed into law", "signed a petition"
				}
				if kw == "Ceremony" {
					for j := k - 1; j >= s.labelEnd && j >= k-10; j-- {
						if kindWords[d.lw(j)] == "Signing" && d.signsAgreement(j, s.labelEnd, s.w1) {
							return "Signing" // "signed a treaty ... at a ceremony in Suva"
						}
					}
				}
				if kw != "Talks" && kw != "Signing" && k > s.w0 {
					// its kind: "Extraordinary summit", "Prisoner exchange",
					// "News conference"
					if p := &d.words[k-1]; p.alpha && !p.cap && !p.poss && len(p.text) > 2 && !kindSkip[p.low] && !strings.ContainsAny(p.text, "'’") {
						return upperFirst(p.text) + " " + d.lw(k)
					}
				}
				return kw
			}
		}
		if w := m.w0; w-3 > s.labelEnd && d.lw(w-1) == "in" && (d.lw(w-2) == "place" && d.lw(w-3) == "took" || d.lw(w-2) == "held") {
			// the subject's kind: "The summit of the Economic Community
			// of West African States took place in Abuja"
			for k := s.labelEnd; k < w-2; k++ {
				if kw := kindWords[d.lw(k)]; kw == "Summit" || kw == "Conference" {
					return kw
				}
			}
		}
		break
	}
	return "Talks"
}

// leadKind is the kind of the lead's event when the venue is the
// dateline's place: the first kind word of the lead ("a three-day
// summit": "Summit"), else "Talks" when it tells of a meeting, else "".
func (d *doc) leadKind() string {
	s := &d.sents[d.leadSent]
	for k := s.labelEnd; k < s.w1; k++ {
		if kw := kindWords[d.lw(k)]; kw == "Summit" || kw == "Conference" && k > s.w0 && d.lw(k-1) != "press" && d.lw(k-1) != "news" {
			return kw
		}
	}
	signing, ceremony, talks := false, false, false
	for k := s.labelEnd; k < s.w1; k++ {
		switch kindWords[d.lw(k)] {
		case "Signing":
			signing = signing || d.signsAgreement(k, s.labelEnd, s.w1)
		case "Ceremony":
			ceremony = true
		case "Talks":
			// (not "a ceremony hosted by")
			talks = talks || d.words[k].lf&fMeetNoun != 0 || d.lw(k) == "met" || d.lw(k) == "meet" || d.lw(k) == "meets"
		}
	}
	switch {
	case talks:
	case signing:
		return "Signing" // "signed a peace treaty on Friday at a ceremony hosted by"
	case ceremony:
		return "Ceremony"
	}
	if d.meetingIn(d.leadSent) {
		return "Talks"
	}
	for k := s.labelEnd; k < s.w1; k++ {
		if d.summonsAt(k, s.w1) {
			return "Summons" // "Kuwait summoned Iraq's ambassador on Sunday"
		}
	}
	for k := s.labelEnd; k < s.w1; k++ {
		if d.voteOnText(k, s.w1) {
			return "Vote" // "The Permanent Council approved a resolution on Tuesday"
		}
		if d.lw(k) == "council" && d.meetingBody(k) && k+1 < s.w1 && d.lw(k+1) == "of" {
			return "Council" // "after a council of ministers in the capital"
		}
	}
	return ""
}

// dayIn reports whether sentence si, outside its dateline, holds a day
// near the publication day among dates.
func (d *doc) dayIn(dates []Date, si int, dct string) bool {
	for _, dt := range dates {
		if d.sentenceAt(dt.Start) == si && !d.inDateline(si, dt.Start) && DayValue(dt.Value) && nearDay(dt.Value, dct) {
			return true
		}
	}
	return false
}

// heldVerbOn reports whether the day at word dw follows "on" after a verb
// in the past tense: "voted on Wednesday", "met on Saturday" (not "said on
// Wednesday": see reportedAt; not "the vote on Wednesday").
func (d *doc) heldVerbOn(dw int) bool {
	if dw < 2 || d.lw(dw-1) != "on" {
		return false
	}
	w := &d.words[dw-2]
	return !w.cap && (isPast(w.low, pastEvent) || len(w.low) > 4 && strings.HasSuffix(w.low, "ed"))
}

// endsOn reports whether the date at offset off is when an event ends:
// "The summit, diplomats said, would end on Sunday", "talks are due to
// conclude on Friday", "wraps up on Saturday". With a venue, the event
// goes on now, and its end is no next step.
func (d *doc) endsOn(off int) bool {
	k := d.wordAt(off) - 1
	if k >= 0 {
		switch d.lw(k) {
		case "on", "by", "in", "late", "early":
			k--
		}
	}
	if k < 0 {
		return false
	}
	switch d.lw(k) {
	case "end", "ends", "close", "closes", "conclude", "concludes":
		return true
	case "up":
		return k > 0 && (d.lw(k-1) == "wrap" || d.lw(k-1) == "wraps")
	}
	return false
}

// endOutcome returns what the event going on is to end with, told right
// after the date of its end (endsOn): "The meeting is due to end on
// Friday with a joint declaration" gives "joint declaration", "talks
// would conclude on Sunday with the signing of a ceasefire" gives
// "signing of a ceasefire". An outcome is a text adopted or a signing
// (agreementNouns, "signing", "vote"), after "with" and at most three
// modifiers; "" when none follows ("would end on Sunday, when ministers
// fly home"). A statement is not one: every meeting ends with words said
// (review 12: "would end on Sunday with a statement on Sudan" is no step).
func (d *doc) endOutcome(dt Date) string {
	si := d.sentenceAt(dt.Start)
	if si < 0 {
		return ""
	}
	s := &d.sents[si]
	k := d.wordAt(dt.End) // (the first word after the date)
	if k >= s.w1 || d.lw(k) != "with" {
		return ""
	}
	a := k + 1
	switch d.lw(a) {
	case "a", "an", "the":
		a++
	}
	for b := a; b < s.w1 && b <= a+3; b++ {
		t := d.lw(b)
		if d.words[b].punct {
			return ""
		}
		if agreementNouns[t] && t != "understanding" && t != "intent" || t == "signing" || t == "vote" {
			end := b
			if b+2 < s.w1 && d.lw(b+1) == "of" && !d.words[b+2].punct {
				// "the signing of a ceasefire", "a declaration of principles"
				end = b + 2
				switch d.lw(end) {
				case "a", "an", "the":
					if end+1 < s.w1 && !d.words[end+1].punct {
						end++
					}
				}
			}
			return d.body[d.words[a].start:d.words[end].end]
		}
		if !d.words[b].alpha {
			return ""
		}
	}
	return ""
}

// agreementNouns are what a signing that is the event signs: "signed a
// fisheries treaty", "the signing of the accord", "signed a joint
// communique", "an MoU on energy", "11 cooperation documents", "a
// roadmap" (not a law, a bill, a decree, a petition).
var agreementNouns = map[string]bool{"agreement": true, "agreements": true, "deal": true, "deals": true,
	"accord": true, "accords": true, "treaty": true, "treaties": true, "memorandum": true, "memoranda": true,
	"memorandums": true, "pact": true, "pacts": true, "declaration": true, "declarations": true,
	"convention": true, "conventions": true, "communique": true, "communiqué": true, "communiques": true,
	"communiqués": true, "contract": true, "contracts": true, "roadmap": true, "mou": true, "mous": true,
	"mou's": true, "protocol": true, "protocols": true, "documents": true,
	"instrument": true, "instruments": true, "intent": true, "understanding": true, "ceasefire": true,
	"truce": true, "arrangement": true, "arrangements": true, "partnership": true, "compact": true}

// signsAgreement reports whether the word of signing at k (words lo..hi
// of its sentence) has an agreement noun for its object: within eight
// words after it, before a comma ("signed a fisheries treaty", "signing
// ceremony for the accord"), or within five words before it ("the deal
// was signed"); never "into law".
func (d *doc) signsAgreement(k, lo, hi int) bool {
	for j := k + 1; j < hi && j <= k+8; j++ {
		t := d.lw(j)
		if t == "into" && j+1 < hi && d.lw(j+1) == "law" || t == "," || t == ";" || t == "." ||
			t == "law" || t == "bill" || t == "decree" || t == "nomination" || t == "appointing" || t == "petition" {
			break // "a framework law", "his nomination documents"
		}
		if agreementNouns[t] {
			return true
		}
	}
	for j := k - 1; j >= lo && j >= k-5; j-- {
		if t := d.lw(j); agreementNouns[t] {
			return true
		} else if t == ";" || t == "." {
			break
		}
	}
	return false
}

// placeNouns after an event's noun make it a place's: "conference room",
// "summit venue".
var placeNouns = map[string]bool{"room": true, "venue": true, "hall": true, "centre": true, "center": true,
	"site": true, "building": true, "grounds": true, "hotel": true}

// dayAfterVenue reports whether the day at word dw of sentence si follows
// the venue's name with only "on" between: "signed six agreements in
// Astana on Tuesday, ... on the first day of a state visit to Central
// Asia" dates the signing in Astana, whatever later event the day's
// anchor names.
func (d *doc) dayAfterVenue(si, dw int, venue string) bool {
	if dw < 2 || d.lw(dw-1) != "on" {
		return false
	}
	mi := int(d.mentAt[dw-2])
	return mi >= 0 && d.ments[mi].w1 == dw-1 && d.placeName(mi) == venue && !d.inDateline(si, d.ments[mi].start)
}

// dealDayVerbs sign, reach or adopt a text: the day after their object is
// theirs ("signed an agreement on Saturday").
var dealDayVerbs = map[string]bool{"signed": true, "reached": true, "struck": true, "sealed": true, "adopted": true,
	"concluded": true, "initialled": true, "initialed": true, "inked": true, "approved": true}

// dealObject reports whether the event noun at word n is the object of a
// verb of signing (dealDayVerbs) at most three words before it: "signed an
// agreement on Saturday" is the signing's day, not that of another event
// as "the election on Tuesday" is.
func (d *doc) dealObject(n int) bool {
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if dealDayVerbs[d.lw(k)] {
			return true
		}
		if d.words[k].punct {
			return false
		}
	}
	return false
}

// plainBetween reports whether no event noun but talks, verb of travel or other
// place stands between the venue's mention in sentence si and the date at
// word dw: "in Abu Dhabi on Wednesday, wrapping up a tour", not "in
// Muscat, ahead of a trip to Riyadh on Wednesday".
func (d *doc) plainBetween(si int, venue string, dw int) bool {
	s := &d.sents[si]
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.w0 < s.w0 || m.w0 >= s.w1 || d.placeName(mi) != venue || d.inDateline(si, m.start) {
			continue
		}
		a, b := m.w1, dw
		if dw < m.w0 {
			a, b = dw+1, m.w0
		}
		plain := true
		for k := a; k < b && plain; k++ {
			if d.words[k].lf&(fEvent|fMotion) != 0 && d.words[k].lf&fMeetNoun == 0 {
				// (the talks' own noun may stand between: "on Wednesday
				// ... at the end of a two-day meeting in Niagara")
				plain = false
			}
			if mk := int(d.mentAt[k]); mk >= 0 && (d.ments[mk].typ == LOC || d.ments[mk].typ == GPE) {
				plain = false
			}
		}
		if plain {
			return true
		}
	}
	return false
}

// boundText is a date's text with the bound before it: "before
// Christmas", "by March 1", not "Christmas" for a day that only limits.
func (d *doc) boundText(dt Date) string {
	w := d.wordAt(dt.Start)
	if si := d.sentenceAt(dt.Start); w > 0 && si >= 0 && w > d.sents[si].w0 && d.words[w].start == dt.Start {
		switch p := d.lw(w - 1); p {
		case "before", "by", "until", "after", "since":
			return p + " " + dt.Text
		case "in", "on":
			if a := d.boundClause(si, w-1); a >= 0 {
				return d.body[d.words[a].start:dt.End]
			}
		}
	}
	return dt.Text
}

// termVerbs tell when a term ends or starts: "before the treaty expires
// in December".
var termVerbs = map[string]bool{"expires": true, "expire": true, "ends": true, "end": true, "lapses": true,
	"lapse": true, "closes": true, "begins": true, "starts": true, "out": true}

// boundClause returns the bound word that opens a clause of a term's end
// or start whose preposition is word p of sentence si ("before the treaty
// expires in December": "before"), or -1: the date bounds another event,
// it does not date it.
func (d *doc) boundClause(si, p int) int {
	if p-1 <= d.sents[si].w0 || !termVerbs[d.lw(p-1)] {
		return -1
	}
	for k := p - 2; k >= d.sents[si].w0 && k >= p-7; k-- {
		switch d.lw(k) {
		case "before", "until", "after", "when", "once":
			return k
		case ",", ";", ".":
			return -1
		}
	}
	return -1
}

// namesPlace reports whether an event names a place or person, by a
// capitalised word after its first: "trip to Tokyo", "Lula visits Hanoi".
func namesPlace(ev string) bool {
	for i, f := range strings.Fields(ev) {
		if r, _ := utf8.DecodeRuneInString(f); i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// nearDay reports whether the day value v lies within a week of the
// publication day dct: the news, not a date in the story's background.
func nearDay(v, dct string) bool {
	t, err := time.Parse("2006-01-02", v[:10])
	p, err2 := time.Parse("2006-01-02", dct[:min(len(dct), 10)])
	if err != nil || err2 != nil {
		return false
	}
	h := t.Sub(p).Hours()
	return h >= -7*24 && h <= 7*24
}

// talksEvent reports whether an event names talks rather than a visit:
// "talks in Doha", "summit in Paris", not "Witkoff visits Doha".
func talksEvent(ev string) bool {
	for _, w := range [...]string{"talks", "meeting", "summit", "negotiations", "conference", "session", "round"} {
		if strings.Contains(ev, w) {
			return true
		}
	}
	return false
}

// gainWords before "ratification" tell of one already had: "won
// ratification by", "secured ratification by".
var gainWords = map[string]bool{"won": true, "received": true, "secured": true, "gained": true, "got": true,
	"obtained": true, "completed": true, "achieved": true}

// toldPastAfter reports whether the words from b to limit (at most six,
// within the clause) tell what precedes as done: a past copula ("was
// narrow") or a past date ("last month", "earlier this year").
func (d *doc) toldPastAfter(b, limit int) bool {
	for k := b; k < limit && k < b+6; k++ {
		switch d.lw(k) {
		case "was", "were", "last", "earlier", "ago", "yesterday":
			return true
		case ",", ";", ".", "and", "but", "which", "who":
			return false
		}
	}
	return false
}

// stepModifiers are the words between a determiner and a step's noun that
// its name keeps: "a first meeting", "an extraordinary virtual summit".
var stepModifiers = map[string]bool{"first": true, "second": true, "third": true, "next": true, "new": true,
	"joint": true, "extraordinary": true, "virtual": true, "special": true, "informal": true, "formal": true,
	"trilateral": true, "bilateral": true, "technical": true, "ministerial": true, "emergency": true,
	"regular": true, "annual": true, "inaugural": true, "follow-up": true, "high-level": true, "preparatory": true}

// stepComplementEnds end the words after "of" that name who meets: a verb
// or a preposition that brings the place or the date.
var stepComplementEnds = map[string]bool{"will": true, "would": true, "could": true, "should": true, "may": true,
	"might": true, "is": true, "are": true, "was": true, "were": true, "to": true, "has": true, "have": true,
	"had": true, "in": true, "on": true, "at": true, "by": true, "for": true, "next": true, "later": true,
	"this": true, "that": true, "which": true, "who": true, "and": true, "or": true, "be": true}

// fullerStep names a step to come that its date's event tells by a bare
// noun ("Meeting: April") by who holds it or by the noun's complement:
// "military liaison officers are due to hold a first meeting on May 16"
// gives "first meeting of military liaison officers", "SADC leaders would
// meet again at an extraordinary virtual summit" "extraordinary virtual
// summit of SADC leaders", and "a meeting of technical experts from both
// countries could follow in April" gives "meeting of technical experts
// from both countries". "" when the event has more words or neither is found.
func (d *doc) fullerStep(dt Date) string {
	ev := strings.ToLower(dt.Event)
	if ev == "" || strings.ContainsAny(ev, " -") {
		return ""
	}
	si := d.sentenceAt(dt.Start)
	if si < 0 {
		return ""
	}
	s := &d.sents[si]
	dw := d.wordAt(dt.Start)
	k := -1
	for i := max(s.labelEnd, dw-12); i < min(s.w1, dw+12); i++ {
		if d.lw(i) == ev && (k < 0 || abs(i-dw) < abs(k-dw)) {
			k = i
		}
	}
	if k < 0 {
		return ""
	}
	a := k
	for a-1 >= s.labelEnd && k-a < 3 && stepModifiers[d.lw(a-1)] {
		a--
	}
	name := d.lowerOf(d.body[d.words[a].start:d.words[k].end])
	if k > a && d.lw(a) == "next" {
		name = d.lowerOf(d.body[d.words[a+1].start:d.words[k].end])
	}
	// the complement: "a meeting of technical experts from both countries"
	if k+2 < s.w1 && d.lw(k+1) == "of" {
		b := k + 2
		for b < s.w1 && b < k+8 && b != dw && d.words[b].alpha && !stepComplementEnds[d.lw(b)] {
			b++
		}
		if b > k+2 && b-(k+2) <= 5 && (b >= s.w1 || d.lw(b) != "and" && d.lw(b) != "or") {
			// (not half a pair: "a meeting of Temirbekov and his Kyrgyz
			// counterpart")
			who := d.body[d.words[k+2].start:d.words[b-1].end]
			if t := d.lw(k + 2); t != "the" || b > k+3 {
				if mi := d.mentAt[k+2]; !(mi >= 0 && (d.ments[mi].typ == PER || d.ments[mi].person >= 0)) && !pronounWords[t] && !possessiveWords[t] {
					return name + " of " + who
				}
			}
		}
	}
	// who holds it: "officers are due to hold a first meeting", "leaders
	// would meet again at an extraordinary summit"
	det := a - 1
	if det < s.labelEnd+1 {
		return "" // (the verb before the determiner is needed too)
	}
	switch d.lw(det) {
	case "a", "an", "its", "their", "the":
	default:
		return ""
	}
	v := det - 1
	if v > s.labelEnd && (d.lw(v) == "at" || d.lw(v) == "for") {
		v--
		if v > s.labelEnd && d.lw(v) == "again" {
			v--
		}
		if d.lw(v) != "meet" {
			return ""
		}
	} else {
		switch d.lw(v) {
		case "hold", "holds", "convene", "convenes":
		default:
			return ""
		}
	}
	if who := d.meetingSubject(v); who != "" {
		return name + " of " + who
	}
	return ""
}

// ratifiedText reports whether a date's event names a text that gets
// ratified: "the agreement", "the new treaty", "the accord" (at most three
// words, the last a noun of such a text).
func ratifiedText(event string) bool {
	f := strings.Fields(strings.ToLower(event))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch f[len(f)-1] {
	case "agreement", "treaty", "deal", "accord", "pact", "convention", "protocol", "charter", "text":
		return true
	}
	return false
}

// ratifyStep returns "Ratification by <body>" and the byte offset of its
// word when prose sentence si tells of a ratification still to come: "be
// ratified by X" after a modal or "to" ("must now be ratified by the
// Spanish parliament", "has yet to be ratified by the Senate"), or
// "ratification by X" after a word of need ("still requires ... as well
// as ratification by Indonesia's House of Representatives", "pending
// ratification by the Duma"). A ratification told as done ("was ratified
// by parliament in 2019", "after ratification by the Senate") is no step.
func (d *doc) ratifyStep(si int) (string, int) {
	if !d.isProse(si) {
		return "", 0
	}
	s := &d.sents[si]
	for i := s.labelEnd + 1; i+2 < s.w1; i++ {
		w := d.lw(i)
		if (w != "ratified" && w != "ratification") || d.lw(i+1) != "by" {
			continue
		}
		ok := false
		if w == "ratified" {
			// "be ratified" after a modal or "to" within three words, or
			// a second participle of that "be": "must now be approved by
			// the European Parliament ... and ratified by"
			be := -1
			if d.lw(i-1) == "be" {
				be = i - 1
			} else if d.lw(i-1) == "and" {
				for k := i - 2; k >= max(s.labelEnd, i-30) && be < 0; k-- {
					if d.lw(k) == "be" {
						be = k
					}
				}
			}
			for k := be - 1; be > 0 && k >= max(s.labelEnd, be-3); k-- {
				switch d.lw(k) {
				case "must", "will", "would", "should", "needs", "need", "to", "shall", "can":
					ok = true
				}
			}
		} else if p := d.lw(i - 1); p != "after" && p != "following" && p != "since" {
			for k := i - 1; k >= s.labelEnd && k >= i-40; k-- {
				switch d.lw(k) {
				case "requires", "require", "required", "needs", "need", "pending", "awaits", "await", "awaiting", "must", "will":
					ok = true
				case "still":
					// (not the sentence adverb: "Still, ratification by
					// the parliament in January was narrow")
					ok = ok || d.lw(k+1) != ","
				}
			}
			for k := i - 1; k >= s.labelEnd && k >= i-2; k-- {
				if gainWords[d.lw(k)] {
					ok = false // one already had: "won ratification by the parliament last month"
				}
			}
		}
		for k := i - 1; ok && k >= s.labelEnd && k >= i-8; k-- {
			switch t := d.lw(k); {
			case t == "not" || t == "no" || t == "never" || t == "without" || strings.HasSuffix(t, "n't"):
				// none needed, or none to come: "does not require
				// ratification by", "will not need to be ratified by",
				// "needs no ratification by", "would never be ratified by"
				ok = false
			case t == "," || t == ";":
				k = s.labelEnd // (another clause's "not")
			}
		}
		if !ok {
			continue
		}
		// the body: up to a comma or a word that starts another part
		a, b := i+2, i+2
		for b < s.w1 && b < a+10 {
			t := d.lw(b)
			if (t == "in" || t == "and") && b+1 < s.w1 && b > a {
				// a place goes with the body: "the parliaments in Oslo
				// and Reykjavik" (not a date: "in the autumn")
				if mi := int(d.mentAt[b+1]); mi >= 0 && d.ments[mi].w0 == b+1 && (d.ments[mi].typ == LOC || d.ments[mi].typ == GPE) {
					b++
					continue
				}
			}
			if t == "," || t == "." || t == ";" || t == "where" || t == "which" || t == "who" || t == "before" ||
				t == "by" || t == "in" || t == "within" || t == "after" || t == "until" || t == "as" || t == "and" || t == "\"" ||
				t == "last" || t == "earlier" || t == "this" || t == "next" || t == "on" || monthNames[t] > 0 && d.words[b].cap {
				break
			}
			b++
		}
		if b == a || b == a+10 {
			return "", 0
		}
		if d.toldPastAfter(b, s.w1) {
			// a ratification told as done: "ratification by the
			// parliament in January was narrow", "... last month"
			continue
		}
		return "Ratification by " + d.body[d.words[a].start:d.words[b-1].end], d.words[i].start
	}
	return "", 0
}

// actorLabel is how the quick look names a reaction's actor: an
// organisation the text also names by its initials keeps them, "Rapid
// Support Forces (RSF)", so a reader who met "an RSF spokesman" knows it.
func (d *doc) actorLabel(a string) string {
	if ini := d.acrOf[a]; ini != "" && !d.isPerson(a) {
		return a + " (" + ini + ")"
	}
	if o := d.officeOf[a]; o != "" {
		// the state and the office that spoke for it: "United States
		// (State Department)", "Sudan (foreign ministry)" for "Sudan's
		// foreign ministry"
		if r, ok := strings.CutPrefix(o, a); ok && (strings.HasPrefix(r, "'s ") || strings.HasPrefix(r, "’s ")) {
			o = r[len("'s "):]
			if r[0] != '\'' {
				o = r[len("’s "):]
			}
		}
		return a + " (" + o + ")"
	}
	return a
}

// labelled is the person's name with role and side, as Key Participants
// lists it: "Sergey Lavrov (Foreign Minister, Russia)".
func (p *personC) labelled() string {
	s := p.canonical()
	switch {
	case p.role != "" && p.affil != "":
		s += " (" + p.role + ", " + p.affil + ")"
	case p.role != "":
		s += " (" + p.role + ")"
	case p.affil != "":
		s += " (" + p.affil + ")"
	}
	return s
}

// reactsIn reports whether actor is the actor of one of the reactions.
func reactsIn(rs []Reaction, actor string) bool {
	for i := range rs {
		if rs[i].Actor == actor {
			return true
		}
	}
	return false
}

// videoIn reports whether sentence si tells of a call by video:
// "videoconference", "videolink"; "video", "virtual" or "online" before a
// noun of the call ("in a video call", "an online meeting") or after "by",
// "via" or "over" ("by video"); "virtually" after a verb of meeting ("met
// virtually"). Not the call's topic ("about cooperation against online
// fraud", "a leaked video") nor "virtually every issue".
func (d *doc) videoIn(si int) bool {
	s := &d.sents[si]
	for k := s.w0; k < s.w1; k++ {
		switch d.lw(k) {
		case "videoconference", "videoconferences", "videolink", "video-link", "videocall":
			return true
		case "video", "virtual", "online":
			if k+1 < s.w1 && videoCallNouns[d.lw(k+1)] {
				return true
			}
			if k > s.w0 {
				switch d.lw(k - 1) {
				case "by", "via", "over":
					return true
				}
			}
		case "virtually":
			if k > s.w0 {
				switch d.lw(k - 1) {
				case "met", "meet", "meets", "meeting", "spoke", "speak", "speaks", "talked", "talk", "convened", "held", "joined":
					return true
				}
			}
		}
	}
	return false
}

// videoCallNouns are the nouns of a call or a meeting after "video",
// "virtual" or "online": "a video call", "a virtual summit".
var videoCallNouns = map[string]bool{"call": true, "calls": true, "conference": true, "link": true,
	"meeting": true, "meetings": true, "summit": true, "talks": true, "session": true, "chat": true,
	"conversation": true, "format": true, "exchange": true, "discussion": true, "dialogue": true}

// callDate returns the date of a telephone call and its sentence, or -1:
// a day in the call's sentence ("in a telephone call on Tuesday evening":
// a time with a day gives the day), else a day in the next sentence when
// the call is its subject ("The 40-minute call took place on Monday
// evening"), else the call's sentence's first date of any precision, as
// before.
func (d *doc) callDate(dates []Date) (int, int) {
	day := func(dt *Date) bool {
		return (dt.Type == "" || dt.Type == "DATE" || dt.Type == "TIME") && DayValue(dt.Value)
	}
	next := -1
	if si := d.callSent + 1; si < len(d.sents) {
		s := &d.sents[si]
		for k := s.labelEnd + 1; k < s.w1 && k <= s.labelEnd+3; k++ {
			if t := d.lw(k); (t == "call" || t == "conversation") && d.lw(s.labelEnd) == "the" {
				next = si
				break
			}
		}
	}
	for _, si := range [...]int{d.callSent, next} {
		if si < 0 {
			continue
		}
		for k := range dates {
			if dt := &dates[k]; d.sentenceAt(dt.Start) == si && !d.inDateline(si, dt.Start) && day(dt) {
				return k, si
			}
		}
	}
	for k, dt := range dates {
		if d.sentenceAt(dt.Start) == d.callSent && !d.inDateline(d.callSent, dt.Start) && (dt.Type == "" || dt.Type == "DATE") && dt.Value != "" {
			return k, d.callSent
		}
	}
	return -1, -1
}

// postponeWordIn reports whether sentence si says something was put off or
// called off: "postponed", "deferred", "cancelled", "called off", "put
// off" (not "collapsed" or "broke down": those talks were held).
func (d *doc) postponeWordIn(si int) bool {
	s := &d.sents[si]
	for k := s.w0; k < s.w1; k++ {
		switch d.lw(k) {
		case "postponed", "postpones", "postpone", "deferred", "defers", "cancelled", "canceled", "cancels", "cancel":
			return true
		case "called", "put", "puts", "calls":
			if k+1 < s.w1 && d.lw(k+1) == "off" {
				return true
			}
		}
	}
	return false
}
