package digest

import (
	"slices"
	"strings"
)

// Stop 17's agenda rules (s17-agenda): forms of news English the rules
// read wrong, each general (see docs/quality.md, s17-agenda).

// andMeetVerbs are a subject's first deed before its second, "and
// discussed", that tell no topic of their own: "X met Y in Z on Tuesday
// and discussed A, B and C" (the trigger reader takes the list).
var andMeetVerbs = map[string]bool{"met": true, "meets": true, "hosted": true, "hosts": true, "visited": true,
	"visits": true, "held": true, "holds": true, "spoke": true, "speaks": true, "talked": true, "talks": true,
	"convened": true, "gathered": true}

// andDeedVerbs are a first deed with a topic of its own before "and
// discussed": "agreed to extend the deal and discussed A", "signed a
// memorandum on B and discussed A" (the first deed's reader takes its
// topic, andDiscussed the second). ("Welcomed" and "received" are left
// out: "welcomed progress and agreed to", "received assurances and".)
var andDeedVerbs = map[string]bool{"agreed": true, "agree": true, "signed": true, "adopted": true,
	"endorsed": true, "approved": true, "reaffirmed": true, "pledged": true, "launched": true,
	"exchanged": true, "reviewed": true, "discussed": true}

// andDiscussants reports whether the verb after "and" at word k of s
// ("discussed", "reviewed", "raised") has the discussants of the
// subject's first verb, a verb of meeting (andMeetVerbs, or with deeds
// andDeedVerbs too) in the same clause: "Modi met Ishiba in New Delhi on
// Wednesday and discussed trade" shares Modi. Its subject is judged as
// the verb's own would be (discussants); no such verb before "and" is no
// subject ("rising prices and discussed").
func (d *doc) andDiscussants(s *sentence, k int) bool {
	return d.andSubject(s, k, false)
}

// andSubject is andDiscussants; deeds says a verb of andDeedVerbs opens
// the subject's first deed too.
func (d *doc) andSubject(s *sentence, k int, deeds bool) bool {
	for v := k - 1; v > s.w0 && v >= k-30; v-- {
		switch d.lw(v) {
		case ";", ":", "who", "which", "whose", "whom":
			return false
		}
		if (andMeetVerbs[d.lw(v)] || deeds && andDeedVerbs[d.lw(v)]) && d.lw(v-1) != "and" {
			return d.discussants(s, v)
		}
	}
	return false
}

// keySep reports whether r separates the words of an item's content key
// (contentKey) beside spaces and commas: parentheses, brackets and a
// slash, so that "the Kurdistan Workers' Party (PKK)" holds "pkk" and
// repeats a later "the PKK", and a hyphen, so that "the Thai-Myanmar
// border" repeats "Myanmar" and "air-defence systems" "air defence".
func keySep(r rune) bool {
	switch r {
	case '(', ')', '[', ']', '/', '-':
		return true
	}
	return false
}

// vagueHeads are nouns that name a matter without saying which: "issues",
// "matters", "things", "points", "questions".
var vagueHeads = map[string]bool{"issue": true, "issues": true, "matter": true, "matters": true, "thing": true,
	"things": true, "point": true, "points": true, "question": true, "questions": true, "topic": true,
	"topics": true, "subject": true, "subjects": true, "affairs": true, "developments": true, "concerns": true}

// vagueMods qualify a vague head without naming its matter: a
// determiner, a number or a quantity, and the adjectives of scope and
// weight ("regional and global issues", "the most divisive issue", "a
// number of other issues", "the big questions").
var vagueMods = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "its": true, "their": true, "our": true, "his": true, "her": true, "other": true,
	"various": true, "several": true, "many": true, "some": true, "all": true, "few": true, "number": true,
	"of": true, "range": true, "host": true, "variety": true, "series": true, "and": true, "or": true,
	"every": true, "each": true, "both": true, "key": true, "important": true, "main": true, "major": true,
	"big": true, "biggest": true, "most": true, "more": true, "pressing": true, "outstanding": true,
	"sensitive": true, "divisive": true, "emotional": true, "thorny": true, "difficult": true,
	"contentious": true, "same": true, "long-term": true, "longstanding": true, "long-standing": true,
	"bilateral": true, "regional": true, "global": true, "international": true, "multilateral": true,
	"mutual": true, "common": true, "relevant": true, "related": true, "current": true, "latest": true,
	"recent": true, "new": true, "further": true, "specific": true, "certain": true, "broad": true,
	"wider": true, "general": true, "practical": true, "remaining": true, "open": true, "unresolved": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "such": true, "similar": true, "wide": true, "whole": true}

// vagueTail are the words after a vague head that name its matter ("issues
// of trade", "questions over the border", "matters such as tariffs"):
// the item then says which, and stays.
var vagueTail = map[string]bool{"of": true, "on": true, "over": true, "about": true, "concerning": true,
	"regarding": true, "related": true, "relating": true, "such": true, "including": true, "like": true,
	"surrounding": true, "around": true, "in": true, "with": true, "from": true, "for": true, "at": true}

// vagueItem reports whether the lower-cased item low names no matter: a
// vague head (vagueHeads) with only vague words before it (vagueMods) and
// after it nothing, "of mutual interest" or a clause of its own ("an
// issue the minister raised at length", "the most divisive issue between
// them"), or vague words alone ("regional"). "Historical issues", "the boundary question", "transport
// matters" and "issues of trade" name theirs and stay. In the judged
// sets every such item the engine listed held no checked topic (13 of
// 13); a reader learns nothing from "various matters".
func vagueItem(low string) bool {
	head := -1
	var fields [24]string
	n := 0
	for f, k := nextField(low, 0); f != "" && n < len(fields); f, k = nextField(low, k) {
		fields[n] = strings.Trim(f, ".,;:\"“”'’()")
		n++
	}
	for i := range n {
		f := fields[i]
		if vagueHeads[f] {
			head = i
			break
		}
		if !vagueMods[f] && !isDayNumber(f) {
			return false
		}
	}
	if head < 0 {
		// only vague words: "regional", cut from "regional and
		// international issues"
		return n > 0
	}
	if head+1 < n && vagueTail[fields[head+1]] {
		// "of mutual interest", "of common concern": still no matter
		rest := fields[head+2 : n]
		return len(rest) > 0 && len(rest) <= 2 && fields[head+1] == "of" && !slices.ContainsFunc(rest, func(w string) bool {
			return !vagueMods[w] && w != "interest" && w != "concern"
		})
	}
	return true
}

// andTalkVerb returns the word after the verb of talking that opens the
// words at i ("discussed", "also discussed", "reviewed", "addressed"), or
// -1: the second deed after "and" whose object is a topic of its own.
func andTalkVerb(d *doc, i, limit int) int {
	if i < limit && d.lw(i) == "also" {
		i++
	}
	if i+1 >= limit {
		return -1
	}
	switch d.lw(i) {
	case "discussed", "reviewed", "addressed":
		switch d.lw(i + 1) {
		case "the", "a", "an", "their", "its", "ways", "how", "further":
			return i + 1
		}
		if w := &d.words[i+1]; w.alpha && !w.cap {
			return i + 1 // "discussed trade"
		}
	}
	return -1
}

// andDiscussed calls emit with the topic after "and discussed" (or
// "reviewed", "addressed") that follows another deed of the same subject
// in s: "The ministers agreed to extend a power deal and discussed the
// reopening of the border crossing", "They signed a memorandum on flood
// warnings and discussed X". The trigger reader takes one topic a
// sentence, the first deed's; the second is read to its first comma
// (textEnd), as a text's topic is.
func (d *doc) andDiscussed(s *sentence, venue *Place, emit func(a, b int)) {
	for i := s.w0 + 1; i+2 < s.w1; i++ {
		if d.lw(i) != "and" {
			continue
		}
		v := i + 1
		if d.lw(v) == "also" {
			v++
		}
		b := andTalkVerb(d, i+1, s.w1)
		if b < 0 || d.andDiscussants(s, i) || !d.andSubject(s, i, true) || d.clauseAt(v).tense&tNeg != 0 {
			// (after a verb of meeting the trigger reader takes the
			// whole list: "met Y and discussed A, B and C")
			continue
		}
		if e := d.textEnd(b, s.w1, venue); e > b {
			emit(b, e)
		}
	}
}

// agendaPlace are the nouns of "X was on the agenda" (agendaSubject).
var agendaPlace = map[string]bool{"agenda": true, "table": true}

// agendaSubject calls emit with the subject of a sentence that puts it
// on the agenda: "The reopening of the crossing was also on the agenda",
// "Fishing rights were high on the agenda", "The security of the route,
// which ..., was also on the agenda". The subject runs from the
// sentence's start to its first comma (an aside after it is left out);
// a pronoun, a clause or a long subject is no topic.
func (d *doc) agendaSubject(s *sentence, emit func(a, b int)) {
	cop := -1
	for i := s.w0 + 1; i+2 < s.w1; i++ {
		switch d.lw(i) {
		case "was", "were", "is", "are":
		default:
			continue
		}
		k := i + 1
		for k < s.w1 && (d.lw(k) == "also" || d.lw(k) == "high" || d.lw(k) == "firmly" || d.lw(k) == "again" || d.lw(k) == "squarely") {
			k++
		}
		if k+2 < s.w1 && d.lw(k) == "on" && d.lw(k+1) == "the" && agendaPlace[d.lw(k+2)] {
			cop = i
			break
		}
	}
	if cop < 0 {
		return
	}
	a := max(s.w0, s.labelEnd)
	e := a
	for e < cop && d.lw(e) != "," {
		e++
	}
	if e <= a || e-a > 12 || d.lw(s.w1-1) == "?" || !d.words[a].alpha {
		return // a question ("What is on the table?"), a time ("09:30 -")
	}
	switch d.lw(a) {
	case "it", "this", "that", "these", "those", "what", "which", "nothing", "everything", "much", "little", "also", "on", "not":
		return
	}
	for k := a; k < e; k++ {
		switch d.lw(k) {
		case "who", "which", "that", "whether", "if", "said", "says", "what", "it", "they":
			return // a clause, no noun phrase
		}
	}
	emit(a, e)
}

// listParticiple reports whether the comma at word c of a topic list
// that opened at word start is followed by a participle clause of the
// sentence's verb rather than another item: ", capping the first day of
// the visit", ", ending a two-year freeze". A list of gerunds ("expanding
// trade, boosting investment") goes on: its first item is one too.
func (d *doc) listParticiple(start, c, limit int) bool {
	if c+2 >= limit || c <= start {
		return false
	}
	v := d.lw(c + 1)
	if len(v) < 6 || !strings.HasSuffix(v, "ing") || v == "including" || strings.HasSuffix(d.lw(start), "ing") || !d.words[c+1].alpha || d.words[c+1].cap {
		return false
	}
	switch d.lw(c + 2) {
	case "the", "a", "an", "its", "their", "his", "her", "what", "months", "years", "weeks", "decades":
		return true
	}
	return false
}

// hereNow are the adverbs of place and time a wire story puts after a
// list's last item ("signed memoranda covering higher education and
// civil aviation here yesterday"): where and when, no part of the topic.
var hereNow = map[string]bool{"here": true, "there": true, "yesterday": true, "today": true, "tonight": true,
	"tomorrow": true}

// trimHereNow cuts hereNow words from the end of an agenda item.
func trimHereNow(item string) string {
	for {
		k := strings.LastIndexByte(item, ' ')
		if k <= 0 || !hereNow[strings.ToLower(strings.TrimRight(item[k+1:], ".,;:"))] {
			return item
		}
		item = strings.TrimRight(item[:k], " ,")
	}
}
