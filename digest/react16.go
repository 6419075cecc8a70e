package digest

import (
	"strings"
)

// placeOrgHeads are the nouns that make a run of capitalised words with a
// place in it an organisation's name ("Amnesty International Kenya", "The
// Private Sector Commission of Guyana", "Business Botswana"): bodyHeads and
// a few more heads of the names of civil bodies.
var placeOrgHeads = map[string]bool{
	"Commission": true, "Conference": true, "International": true, "Organisation": true,
	"Organization": true, "Platform": true, "Forum": true, "Business": true, "Bishops": true,
	"Watch": true, "Trust": true, "Initiative": true,
}

// nameJoiners are the small words inside an organisation's name ("Federation
// of Industries of the State of São Paulo", "Centro de Armadores Fluviales y
// Marítimos").
var nameJoiners = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "de": true, "del": true, "la": true,
	"y": true, "des": true, "du": true, "pour": true, "without": true, "on": true,
}

// orgAroundPlace returns the organisation a source names around the place
// actor resolved from it, when attrib took the place inside the name for
// the speaker: a run of capitalised words (and the small words of names)
// holding the place's name and a head noun of a body outside it ("Amnesty
// International Kenya", "The Humanitarian Law Center Kosovo", "a
// spokeswoman for the Conference of Catholic Bishops of Cuba", "Business
// Botswana"). The state did not speak; the body named after it did. Not a
// person's name, not a place alone ("the Foreign Ministry of Kenya": no
// head), and no run across a possessive, a comma or a parenthesis. Else "".
func orgAroundPlace(source, actor string) string {
	if actor == "" || len(source) > 160 || len(source) <= len(actor) || !strings.Contains(source, actor) || !anyHead(source) {
		return ""
	}
	ws := strings.Fields(source)
	aw := strings.Fields(actor)
	at := -1
	for i := 0; i+len(aw) <= len(ws); i++ {
		ok := true
		for j := range aw {
			if strings.TrimRight(ws[i+j], ",") != aw[j] || j < len(aw)-1 && strings.HasSuffix(ws[i+j], ",") {
				ok = false
				break
			}
		}
		if ok {
			at = i
			break
		}
	}
	if at < 0 {
		return ""
	}
	inName := func(w string) bool {
		// (not across "and": "the United States and the European
		// Union" are two speakers)
		return upperWord(w) && !strings.ContainsAny(w, ",()") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") || nameJoiners[w] && w != "and"
	}
	lo, hi := at, at+len(aw) // the run [lo, hi)
	if strings.HasSuffix(ws[hi-1], ",") || strings.HasSuffix(ws[hi-1], "'s") || strings.HasSuffix(ws[hi-1], "’s") {
		// "Kenya's Law Society": the place owns the body, the name is
		// another's to find
		return ""
	}
	for lo > 0 && inName(ws[lo-1]) {
		lo--
	}
	for hi < len(ws) && inName(ws[hi]) {
		hi++
	}
	for lo < at && nameJoiners[ws[lo]] || lo < at && ws[lo] == "The" {
		lo++
	}
	for hi > at+len(aw) && nameJoiners[ws[hi-1]] {
		hi--
	}
	if hi-lo <= len(aw) {
		return ""
	}
	head := false
	for i := lo; i < hi; i++ {
		if i >= at && i < at+len(aw) {
			continue
		}
		w := strings.TrimRight(ws[i], ",")
		head = head || bodyHeads[w] || placeOrgHeads[w]
	}
	if !head {
		return ""
	}
	return strings.Join(ws[lo:hi], " ")
}

// groupApposName returns the name set off by commas after a source that
// is a bare group noun phrase ("party, the Alliance for the Republic
// (APR),", "A Thai nationalist group, the Thai Patriots Network,", "a group
// representing families of forced laborers, the Citizens' Association
// for Forced Mobilization Victims,"): the appositive names the group the
// phrase only describes, and a reader can find only the name. actor is
// the reaction's actor so far; the source runs from word w to byte end.
// Else "".
func (d *doc) groupApposName(actor string, w, end int) string {
	a := strings.TrimSpace(actor)
	first, _, _ := strings.Cut(a, " ")
	switch first {
	case "a", "an", "the", "A", "An", "The":
	default:
		if upperWord(first) {
			return ""
		}
	}
	last := strings.ToLower(a[strings.LastIndexByte(a, ' ')+1:])
	if !civilGroupNouns[last] && last != "platform" && last != "network" && last != "organisation" && last != "organization" {
		return ""
	}
	// the first comma of the source, then "the" and the name
	for k := w; k < len(d.words) && d.words[k].start < end; k++ {
		if d.lw(k) != "," {
			continue
		}
		k++
		if k < len(d.words) && d.lw(k) == "the" {
			k++
		}
		f := k
		for k < len(d.words) && d.words[k].start < end && k-f < 10 {
			t := d.words[k].text
			if d.words[k].cap && d.words[k].alpha || k > f && (nameJoiners[t] || t == "'" || t == "’" || t == "-") {
				k++
				continue
			}
			break
		}
		for k > f && (nameJoiners[d.lw(k-1)] || !d.words[k-1].alpha) {
			k--
		}
		if k-f < 2 || k >= len(d.words) || d.lw(k) != "," && d.lw(k) != "(" {
			return ""
		}
		return d.body[d.words[f].start:d.words[k-1].end]
	}
	return ""
}

// butConcede makes mixed a critical reaction whose sentence first grants
// a point and then turns on a "but" to the complaint: "said it was
// encouraged that missing persons had been raised, but noted that 1,600
// people were still unaccounted for", "said it supported tighter checks
// but warned that crews 'must not end up in legal limbo'". Before the
// "but", a supportive cue the engine reads as supportive (not negated)
// and no critical cue; after it, the speaker's further words (butTurn) or
// a critical cue. The general reason: a concession followed by the
// complaint is a qualified view, not a plain attack; the critical cue
// of the second clause is what made the reaction critical. Not "but
// also", "nothing but", "not only ... but", nor a critical reading that
// opens the sentence ("regretted the delay but said its position had not
// changed" stays critical).
func (d *doc) butConcede(out []Reaction) {
	for i := range out {
		r := &out[i]
		if r.Stance != Critical || r.Sentence < 0 || r.Sentence >= len(d.sents) {
			continue
		}
		s := &d.sents[r.Sentence]
		for k := s.w0 + 1; k+1 < s.w1; k++ {
			if !d.turningBut(s.w0, k) {
				continue
			}
			if d.otherClauseBefore(r, s, k) {
				// "X said the tariffs were 'a wound', while Y said it
				// supported the fight but warned": another speaker's "but"
				break
			}
			if d.newSubject(k + 1) {
				// "Trump says Zelenskyy 'will be involved,' but the
				// Ukrainian president has dismissed the talks": another
				// speaker's clause
				break
			}
			if c := d.cueAt(&d.g.cues.sup, s.w0, k); c >= 0 && d.datedBetween(c, k) {
				// "welcomed the pact agreed in 2022 but said it opposed
				// the new deal": the praise is for an older thing; the
				// verb after "but" is today's stand
				break
			}
			if d.cueAt(&d.g.cues.crit, s.w0, k) < 0 && d.lexStance(s.w0, k) == Supportive &&
				(d.butTurn(k+1, s.w1) || d.cueAt(&d.g.cues.crit, k+1, s.w1) >= 0) {
				r.Stance = Mixed
			}
			break
		}
	}
}

// turningBut reports whether word k (after word w0 of its sentence) is a
// "but" that turns the sentence: not "nothing but", "all but", "last
// but", "but also", "but for", "but rather", "but instead", nor the "but"
// of "not only ... but" (butStance, butConcede).
func (d *doc) turningBut(w0, k int) bool {
	if d.lw(k) != "but" || d.notOnlyBefore(w0, k) {
		return false
	}
	switch d.lw(k - 1) {
	case "nothing", "all", "anything", "everything", "last":
		return false
	}
	switch d.lw(k + 1) {
	case "also", "for", "rather", "instead":
		return false
	}
	return true
}

// otherClauseBefore reports whether a "while", "whereas" or ";" before
// word k of sentence s opens a clause that is not reaction r's: r's
// quotation lies before it, or r has none to place.
func (d *doc) otherClauseBefore(r *Reaction, s *sentence, k int) bool {
	j := -1
	for i := s.w0; i < k; i++ {
		switch d.lw(i) {
		case "while", "whereas", ";":
			j = i
		}
	}
	if j < 0 {
		return false
	}
	if r.Quote == "" {
		return true
	}
	q := strings.Index(d.body[s.span.Start:s.span.End], r.Quote)
	return q < 0 || d.wordAt(s.span.Start+q) < j
}

// butCritical reports whether the words from a (right after a "but") hold,
// within eight words and before the sentence's end b, a critical cue the
// engine reads as critical: "'historic but insufficient'", "is good news,
// but the water still does not reach us" reads the cue, not the verb,
// where butTurn wants a verb of saying or warning. A praise, then "but"
// and a complaint, is a qualified view (butStance).
func (d *doc) butCritical(a, b int) bool {
	if d.newSubject(a) {
		return false
	}
	e := min(b, a+8)
	return d.cueAt(&d.g.cues.crit, a, e) >= 0 && d.lexStance(a, e) == Critical
}

// voiceTitles are the titles of a body's voice: "Its spokesman", "party
// spokesperson Owen Delgado", "its president, Wilmer Apolo".
var voiceTitles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "president": true, "leader": true,
	"head": true, "chairman": true, "chairwoman": true, "chair": true, "convenor": true, "director": true,
	"secretary": true, "coordinator": true,
}

// groupVoice reports whether sentence si gives its words to the voice of
// a body the short sentence p before it is about: "The FLNKS was more
// critical. Its spokesman, Jacques Wabealo, said ...", "The Iowa
// Democratic Party was less impressed. '...,' party spokesperson Owen
// Delgado said." (mannerBefore): "its", "their", or the body's own noun
// (party, group, association, union, movement), then a title, and p names
// no person (the manner is the body's, not someone's in it).
func (d *doc) groupVoice(si int, p *sentence) bool {
	if p.w1-p.w0 > 12 {
		return false
	}
	for k := p.w0; k < p.w1; k++ {
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].person >= 0 {
			return false
		}
	}
	s := &d.sents[si]
	for k := s.w0; k+1 < s.w1; k++ {
		t := d.lw(k)
		n := d.lw(k + 1)
		if n == "'s" || n == "’s" {
			if k+2 >= s.w1 {
				break
			}
			n = d.lw(k + 2)
			t += "'s"
		}
		switch t {
		case "its", "their", "party", "party's", "group's", "association's", "union's", "movement's", "organisation's", "organization's":
			if voiceTitles[n] && d.voiceHead(s, k) {
				return true
			}
		}
	}
	return false
}

// voiceHead reports whether word k of sentence s opens the sentence's
// source: the sentence's first word (after any opening quotation mark)
// or the first after a quotation closed (and a comma): "Its spokesman,
// Jacques Wabealo, said", "'...,' party spokesperson Owen Delgado said".
// Not a body's voice inside another subject ("The ruling party's leader
// in Kenya", "Kenya's ruling party and its leader"): that is another
// body's, not the one the sentence before is about.
func (d *doc) voiceHead(s *sentence, k int) bool {
	q := func(j int) bool {
		t := d.words[j].text
		return quoteMark(t) || t == "'" || t == "‘" || t == "’"
	}
	switch {
	case k-1 < s.w0 || q(k-1):
		return true
	case d.lw(k-1) == "," && k-2 >= s.w0 && q(k-2):
		return true
	}
	return false
}

// datedBetween reports whether words [a, b) date a thing: a year, "N
// years ago", or "last" with a month, week or year.
func (d *doc) datedBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch t := d.lw(k); {
		case len(t) == 4 && t[0] >= '1' && t[0] <= '2' && isInt(t) && atoi4(t) >= 1900 && atoi4(t) <= 2100, t == "ago":
			return true
		case t == "last" && k+1 < b:
			switch d.lw(k + 1) {
			case "month", "week", "year":
				return true
			}
		}
	}
	return false
}

// newSubject reports whether word k (right after a "but") opens a clause
// with a subject of its own: a determiner or possessive ("but the
// Ukrainian president has dismissed", "but his party said") or a name
// ("but Moscow rejected"), so the words after the "but" may be another
// speaker's.
func (d *doc) newSubject(k int) bool {
	if k >= len(d.words) {
		return false
	}
	switch d.lw(k) {
	case "the", "a", "an", "his", "her", "their", "these", "those", "some", "many", "other", "others":
		return true
	}
	return d.words[k].cap && d.words[k].alpha && d.lw(k) != "i"
}

// analystNouns name an outside analyst in a source: "a researcher at the
// Institute for Security Studies", "who teaches international relations"
// ("fellow", also an adjective, is analystSource's to read: "a fellow at
// the Lowy Institute").
var analystNouns = map[string]bool{
	"analyst": true, "researcher": true, "professor": true, "scholar": true,
	"economist": true, "specialist": true, "lecturer": true, "scientist": true, "teaches": true,
}

// analystSource reports whether the source from word w to byte end (and
// up to four title words before it) names an outside analyst: an analyst
// noun, and no party or office of a side ("opposition", "party",
// "minister", "spokesman").
func (d *doc) analystSource(w, end int) bool {
	k := w
	for k > 0 && k > w-4 && d.words[k-1].alpha {
		k--
	}
	found := false
	for ; k < len(d.words) && (k < w || d.words[k].start < end); k++ {
		switch t := d.lw(k); t {
		case "opposition", "party", "minister", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "senator", "mp":
			return false
		case "fellow":
			// the post, "a senior fellow at the Lowy Institute", not the
			// adjective: "a fellow diplomat", "a fellow member of the
			// union"
			if k+1 >= len(d.words) || d.words[k+1].punct || fellowPosts[d.lw(k+1)] {
				found = true
			}
		default:
			found = found || analystNouns[t]
		}
	}
	return found
}

// fellowPosts are the words after "fellow" the post of a fellow takes:
// "a fellow at", "a fellow with", "a fellow in Asian studies".
var fellowPosts = map[string]bool{"at": true, "with": true, "in": true, "of": true, "for": true}

// analystView makes mixed the critical or supportive reading of an
// outside analyst's words (the reactions at indices idx of out): an
// analyst is no side of the talks, and the assessment a story quotes
// weighs what was gained against what was not ("a holding pattern, not
// a landing", "predictable but not hopeless", "more a statement of
// intent than a contract"); a cue word or the stance models read one
// half of it. Not when the writer gives the view ("was sceptical", "Analysts
// were sceptical that ..." in the sentence before).
func (d *doc) analystView(out []Reaction, idx []int) {
	for _, i := range idx {
		r := &out[i]
		if r.Stance != Critical && r.Stance != Supportive || r.Sentence < 0 || r.Sentence >= len(d.sents) {
			continue
		}
		if s := &d.sents[r.Sentence]; d.manner(s.w0, s.w1) == r.Stance || d.analystStand(s, r.Stance) {
			continue
		}
		if si := r.Sentence - 1; si >= 0 {
			// "Analysts were sceptical that the summit would change his
			// calculations. '...,' said X": the writer gives the view
			if p := &d.sents[si]; p.w1-p.w0 <= 30 && d.manner(p.w0, p.w1) == r.Stance {
				continue
			}
		}
		r.Stance = Mixed
	}
}

// anyHead reports whether s holds a word of bodyHeads or placeOrgHeads
// (a cheap test before orgAroundPlace splits a source into words).
func anyHead(s string) bool {
	for h := range bodyHeads {
		if strings.Contains(s, h) {
			return true
		}
	}
	for h := range placeOrgHeads {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// advocacyBody reports whether the advocacy word at k ("environmental",
// "watchdog", "Campaign") names a group: the word itself is the group's
// noun ("watchdog", a capitalised "Campaign" ending a name) or a group
// noun follows it ("environmental group", "conservation organisation").
func advocacyBody(d *doc, k int) bool {
	switch t := d.lw(k); {
	case t == "watchdog":
		return true
	case t == "campaign" && d.words[k].cap:
		return true
	}
	return k+1 < len(d.words) && rightsBodies[d.lw(k+1)]
}

// noObjection returns the first word of a negated objection in words
// [a, b), the words of consent: "no objection(s) to", "does not object
// to", "do not oppose"; else -1. The engine's critical cue there is the
// objection denied; a speaker who does not object takes no stand for or
// against (and one who goes on with "but" has a reservation).
func (d *doc) noObjection(a, b int) int {
	for k := a; k+1 < b; k++ {
		switch d.lw(k) {
		case "no":
			if t := d.lw(k + 1); t == "objection" || t == "objections" {
				return k
			}
		case "not", "n't":
			if t := d.lw(k + 1); t == "object" || t == "oppose" {
				return k
			}
		}
	}
	return -1
}
