package digest

import (
	"slices"
	"strings"
)

// Stop 18 on Reactions (s18-react): a voice that praises and warns in one
// reaction, read together, and the reactions of an actor the rules lose.

// analystActors returns idx (the indices in out of reactions whose source
// names an outside analyst, see analystSource) with every other reaction
// of the same actors: a story names an analyst's post once ("X, a
// researcher at Y, said ...") and gives the further words with "she
// said"; the post is the actor's, not the sentence's, so analystView
// reads those words as it reads the first. Only a person's, and only the
// words after the post is named: a story introduces its analyst before
// quoting on ("Cepes says ... The Cepes researcher recalls": a body's
// words, then its researcher's, which the tagger may file under one
// name); and not a person the text seats at the event ("The Macedonian
// co-chair, Professor X, said ..."): a side's words are no outside view.
func (d *doc) analystActors(out []Reaction, idx []int) []int {
	if len(idx) == 0 {
		return idx
	}
	n := len(idx)
	for j := range out {
		if slices.Contains(idx[:n], j) {
			continue
		}
		for _, i := range idx[:n] {
			if out[i].Actor == out[j].Actor && out[j].Sentence > out[i].Sentence && d.isPerson(out[j].Actor) && d.outsider(&out[j]) {
				idx = append(idx, j)
				break
			}
		}
	}
	return idx
}

// contrastStance makes mixed a critical or supportive reaction whose own
// words grant a point and then turn on it (or the reverse), joined by a
// contrastive conjunction: "said the crossings were welcome but amounted
// to 'crumbs'", "was 'relieved but worried about compensation'", "called
// the meeting 'a useful step' but said ...", "had concerns about the tax
// provisions, though he acknowledged that ...", "called the agreement 'a
// humanitarian achievement', while blaming ...". The general reason: a
// concession and a reservation by one speaker are the form of a
// qualified view; a cue or a stance model reads one half of it, which
// is how the reaction came to hold one stance. The earlier "but" rules
// (butStance, butConcede) ran before the stance models and read only the
// cue lists; this one runs last, on the stance the readers gave, and
// reads the halves with the cue lists and the words of a concession
// (concedeWords) and a reservation (reserveWords).
//
// The halves are the speaker's own words (from the verb of saying or of
// a stance, or from the opening of a quotation that comes first) on
// either side of the first turning conjunction ("but", "though",
// "although", "yet", ", while" before a participle): the first holds
// praise and the second a reservation, or the first a complaint and the
// second praise or a concession ("though he acknowledged"). Not another
// speaker's clause (", while Y said", a "but" whose clause has a subject
// of its own outside a quotation: "but Moscow rejected"), "not only ...
// but", "nothing but", "but also".
func (d *doc) contrastStance(out []Reaction) {
	for i := range out {
		r := &out[i]
		if r.Stance != Supportive && r.Stance != Critical || r.Sentence < 0 || r.Sentence >= len(d.sents) {
			continue
		}
		s := &d.sents[r.Sentence]
		if !d.turnWordIn(s.w0, s.w1) {
			continue // (most sentences: no word to turn on)
		}
		a, b := d.ownClause(r, s)
		if b+1 < s.w1 && d.lw(b) == "while" && strings.HasSuffix(d.lw(b+1), "ing") {
			// ", while blaming ...": a participle, the same speaker's
			// clause (ownClause cuts at ", while" for another speaker's)
			b = s.w1
		}
		if (a != s.w0 || b != s.w1) && !d.namesIn(r.Actor, a, b) {
			// (a sentence of two speakers whose quotation attrib gave
			// to the other: the clause found is not surely r's)
			continue
		}
		v := d.speechStart(a, b)
		k := d.turnAt(r.Sentence, v, b)
		if k < 0 {
			continue
		}
		e := min(b, k+16)
		if d.datedOutsideRel(v, k) || d.habitBefore(v, k) || d.todayAfter(k+1, e) {
			// "welcomed the pact agreed in 2022 but said it opposed the
			// new deal", "has often criticised X but on Tuesday
			// welcomed": the halves judge two things, today's holds
			// (the rules before read it: background, butConcede)
			continue
		}
		pre, post := d.evalHalf(v, k), d.evalHalf(k+1, e)
		switch {
		case pre == Supportive && (post == Critical || post == Neutral && d.reserveAfter(k+1, e)):
			r.Stance = Mixed
		case pre == Critical && (post == Supportive || d.concedeAfter(k+1, e)):
			r.Stance = Mixed
		}
	}
}

// speechStart returns the first word of the speaker's own words in the
// clause [a, b): the first verb of saying or of a stance ("said",
// "called", "welcomed") or, when a quotation opens the clause, a.
func (d *doc) speechStart(a, b int) int {
	if a < b && quoteMark(d.lw(a)) {
		return a
	}
	for k := a; k < b && k < a+40; k++ {
		w := d.lw(k)
		if sayVerb(w) || speechVerbs[w] || stanceVerbs[w] {
			return k
		}
	}
	return a
}

// speechVerbs are the verbs besides sayVerb's that open a speaker's own
// words: "called the meeting 'a useful step'", "wrote on Facebook that".
var speechVerbs = map[string]bool{
	"called": true, "calls": true, "described": true, "describes": true, "wrote": true, "writes": true,
	"argued": true, "argues": true, "noted": true, "notes": true, "stressed": true, "told": true,
}

// stanceVerbs are the past and present forms of the verbs of a stance
// that open a speaker's own words ("welcomed the crossings but said").
var stanceVerbs = map[string]bool{
	"welcomed": true, "welcomes": true, "praised": true, "praises": true, "backed": true, "backs": true,
	"supported": true, "supports": true, "endorsed": true, "endorses": true, "hailed": true, "hails": true,
	"condemned": true, "condemns": true, "criticised": true, "criticized": true, "criticises": true, "criticizes": true,
	"denounced": true, "denounces": true, "rejected": true, "rejects": true, "regretted": true, "regrets": true,
	"lamented": true, "slammed": true, "deplored": true, "accused": true, "warned": true, "warns": true,
	"urged": true, "urges": true, "defended": true, "applauded": true, "commended": true,
}

// turnWordIn reports whether words [a, b) hold a word a contrast can turn
// on (a cheap test before contrastStance reads the clause).
func (d *doc) turnWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.words[k].low {
		case "but", "though", "although", "yet", "while":
			return true
		}
	}
	return false
}

// turnAt returns the first turning conjunction after word v in sentence
// si, before word b, that joins two halves of one speaker's words (see
// contrastStance), or -1.
func (d *doc) turnAt(si, v, b int) int {
	s := &d.sents[si]
	rel := false // inside a relative clause no comma has closed
	for k := v + 1; k+1 < b; k++ {
		if rel && d.lw(k) != "," {
			// "the municipalities, which Pristina agreed to set up but
			// has never created": the contrast is the relative
			// clause's subject's ("the work, which began in 2017, but
			// was 'wary'": closed by the comma, the main clause goes on)
			switch d.lw(k) {
			case "but", "though", "although", "yet", "while":
				return -1
			}
			continue
		}
		switch d.lw(k) {
		case "which", "who", "whom":
			rel = true
			continue
		case ",":
			rel = false
			continue
		case "but":
			if !d.turningBut(s.w0, k) {
				return -1
			}
		case "though", "although":
			if d.lw(k-1) == "even" || d.lw(k-1) == "as" {
				continue
			}
		case "yet":
			if d.lw(k-1) != "," && d.lw(k-1) != "and" {
				continue
			}
		case "while":
			// "..., while blaming 'the aggression countries'": the same
			// speaker's participle (", while Y said": another speaker)
			if d.lw(k-1) != "," || !strings.HasSuffix(d.lw(k+1), "ing") {
				return -1
			}
		case ";", "whereas":
			return -1
		default:
			continue
		}
		if d.newSubject(k+1) && !d.inQuote(si, k) && !pronounWords[d.lw(k+1)] {
			// "but Moscow rejected": another speaker may hold it
			return -1
		}
		return k
	}
	return -1
}

// evalHalf reads the stance of one half of a contrast, words [a, b): the
// cue lexicon, else the words of a concession (praise) or of a
// reservation (a complaint), not negated.
func (d *doc) evalHalf(a, b int) string {
	if a >= b {
		return Neutral
	}
	if ls := d.lexStance(a, b); ls == Supportive || ls == Critical {
		return ls
	}
	praise, worry := false, false
	for k := a; k < b; k++ {
		w := d.lw(k)
		if concedeWords[w] && !d.negatedIn(a, k) {
			praise = true
		} else if reserveWords[w] {
			worry = true
		}
	}
	switch {
	case praise && !worry:
		return Supportive
	case worry && !praise:
		return Critical
	}
	return Neutral
}

// reserveAfter reports whether the words [a, b) after a turning
// conjunction hold a reservation: the speaker's further words (butTurn:
// "but said", "but warned", "but we need"), a negation or a lack early
// on ("but gave no indication", "but not at any price"), or a wait for
// more ("but would wait for 'concrete contracts'").
func (d *doc) reserveAfter(a, b int) bool {
	if d.butOwnStep(a, b) || d.noComment(a, b) {
		// "but said he would travel to Honiara to see it in action",
		// "but did not comment on the talks": a step of one's own, or
		// nothing said, is no reservation
		return false
	}
	if d.butTurn(a, b) {
		return true
	}
	for k := a; k < b && k < a+6; k++ {
		switch d.lw(k) {
		case "no", "not", "never", "nothing", "without", "little", "wait", "only", "still", "less":
			return true
		}
	}
	return false
}

// concedeAfter reports whether the words [a, b) after a turning
// conjunction grant a point: a verb of conceding ("though he acknowledged
// that", "but conceded").
func (d *doc) concedeAfter(a, b int) bool {
	for k := a; k < b && k < a+4; k++ {
		switch w := d.lw(k); {
		case hasPrefix(w, "acknowledg"), hasPrefix(w, "conced"), hasPrefix(w, "admitt"), w == "admits":
			return true
		}
	}
	return false
}

// concedeWords are the words of a granted point that the cue lists do
// not hold (as cues they would read too much elsewhere): "a good start",
// "a useful step", "relieved", "appreciated the reference", "willing to
// work", "sensible", "in full coordination", "real momentum".
var concedeWords = map[string]bool{
	"good": true, "useful": true, "helpful": true, "relieved": true, "appreciated": true, "appreciates": true,
	"appreciate": true, "willing": true, "sensible": true, "satisfied": true, "glad": true, "happy": true,
	"coordination": true, "momentum": true, "achievement": true, "welcome": true, "encouraging": true,
	"honoured": true, "honored": true, "needed": true, "reasonable": true, "worthwhile": true,
}

// reserveWords are the words of a reservation that the cue lists do not
// hold: "worried about compensation", "'wary' of the rest", "amounted to
// 'crumbs'", "doubts", "risks", "the real test".
var reserveWords = map[string]bool{
	"worried": true, "wary": true, "crumbs": true, "doubts": true, "doubt": true, "risk": true, "risks": true,
	"test": true, "uncertain": true, "unclear": true, "fragile": true, "premature": true, "cautious": true,
	"questions": true, "concerned": true, "insufficient": true, "limited": true, "modest": true, "blaming": true,
}

// namesIn reports whether the words [a, b) hold the last word of actor's
// name (a person's surname, a body's last word).
func (d *doc) namesIn(actor string, a, b int) bool {
	last := actor
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	for k := a; k < b; k++ {
		if strings.EqualFold(d.words[k].text, last) {
			return true
		}
	}
	return false
}

// habitBefore reports whether words [a, b) tell a habit or a past stand
// ("has often criticised", "had repeatedly opposed", "previously
// backed"), which a "but" turns to today's.
func (d *doc) habitBefore(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lw(k) {
		case "often", "repeatedly", "previously", "formerly":
			return true
		}
	}
	return false
}

// todayAfter reports whether the words from a (after a turning
// conjunction) open with today's time: "but on Tuesday welcomed", "but
// now backed", "but this week said".
func (d *doc) todayAfter(a, b int) bool {
	for k := a; k < b && k < a+3; k++ {
		switch w := d.lw(k); w {
		case "now", "today", "this":
			return true
		case "on":
			if k+1 < b && weekdayWord(d.lw(k+1)) {
				return true
			}
		}
	}
	return false
}

// datedOutsideRel is datedBetween over words [a, b) without the relative
// clauses a comma closes: "supported the identification work, which
// began in 2017, but was 'wary' of the rest" dates the work's history,
// not the thing judged ("welcomed the pact agreed in 2022 but ...").
func (d *doc) datedOutsideRel(a, b int) bool {
	from := a
	for k := a; k < b; k++ {
		switch d.lw(k) {
		case "which", "who":
			if d.datedBetween(from, k) {
				return true
			}
			for k+1 < b && d.lw(k+1) != "," {
				k++
			}
			from = k + 1
		}
	}
	return d.datedBetween(from, b)
}

// sideWordOpen reports whether the name from word lo of sentence s opens
// its clause after "the" and one lower-case word of the body's side or
// leaning ("The opposition National Alliance in Latvia called", "The
// populist Chega party in Portugal said"): the word describes the body,
// it does not start another phrase (orgInPlace).
func (d *doc) sideWordOpen(s *sentence, lo int) bool {
	if lo-2 < s.w0 || d.words[lo-2].low != "the" || !d.clauseOpen(s, lo-2) {
		return false
	}
	switch d.words[lo-1].low {
	case "opposition", "populist", "ruling", "governing", "nationalist", "conservative", "leftist", "centrist",
		"liberal", "socialist", "green", "far-right", "far-left", "main", "regional", "local":
		return true
	}
	return false
}
