package digest

import (
	"strings"
)

// reactVerbs are verbs of saying or reacting, with the stance they carry by
// themselves (empty: neutral unless the clause says more).
var reactVerbs = map[string]string{
	"said": "", "says": "", "say": "", "stated": "", "stating": "", "declared": "", "declares": "",
	"insisted": Critical, "insists": Critical, "warned": Critical, "warns": Critical, "criticized": Critical,
	"criticised": Critical, "criticizes": Critical, "condemned": Critical, "condemns": Critical,
	"dismissed": Critical, "dismisses": Critical, "rejected": Critical, "rejects": Critical,
	"welcomed": Supportive, "welcomes": Supportive, "praised": Supportive, "praises": Supportive,
	"hailed": Supportive, "called": "", "calls": "", "urged": "", "urges": "", "voiced": "",
	"expressed": "", "emphasized": "", "emphasised": "", "stressed": "", "suggested": "", "suggests": "",
	"acknowledged": "", "assured": Supportive, "assures": Supportive, "denied": Critical, "denies": Critical,
	"accused": Critical, "accuses": Critical, "threatened": Critical, "vowed": "", "slammed": Critical,
	"questioned": Critical, "noted": "", "told": "", "added": "", "argued": "", "claimed": "", "claims": "",
	"demanded": Critical, "demands": Critical, "hopes": Supportive, "agreed": Supportive, "announced": "",
	"confirmed": "", "convened": Critical, "protested": Critical, "objected": Critical, "blasted": Critical,
	"backed": Supportive, "endorsed": Supportive, "supported": Supportive, "reacted": "", "responded": "",
}

var criticalCues = []string{
	"concern", "outrage", "backlash", "dismiss", "criticiz", "criticis", "condemn", "reject", "warn",
	"not recognize", "not recognise", "unproductive", "emergency", "sharp", "sideline", "insist", "refus",
	"oppos", "denounc", "unacceptable", "betray", "abandon", "unrealistic", "protest", "alarm", "angr",
	"don’t know what they have to do", "don't know what they have to do", "illegitimate", "slam",
}

var supportiveCues = []string{
	"welcom", "support", "praise", "assur", "hope", "positive", "agreed", "agrees", "align", "productive",
	"constructive", "will be involved", "endorse", "optimis", "encourag", "applaud", "back ",
}

// stanceOf reads the stance of a clause from a small lexicon.
func stanceOf(clause, verbStance string) string {
	lc := strings.ToLower(clause)
	crit, sup := verbStance == Critical, verbStance == Supportive
	for _, c := range criticalCues {
		if strings.Contains(lc, c) {
			crit = true
			break
		}
	}
	for _, c := range supportiveCues {
		if strings.Contains(lc, c) {
			sup = true
			break
		}
	}
	if strings.Contains(lc, "unproductive") || strings.Contains(lc, "not recognize") {
		sup = false
	}
	switch {
	case crit && sup:
		return Mixed
	case crit:
		return Critical
	case sup:
		return Supportive
	}
	return Neutral
}

// actorNouns are group nouns that make a demonym an actor: "European leaders".
var actorNouns = map[string]bool{
	"officials": true, "leaders": true, "nations": true, "diplomats": true, "allies": true,
	"governments": true, "ministers": true, "lawmakers": true, "government": true, "president": true,
	"leader": true, "minister": true, "officials'": true, "authorities": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "counterparts": true, "partners": true, "countries": true,
}

var singularActor = map[string]bool{
	"president": true, "leader": true, "minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// clauses splits a sentence's words at ", but", "; ", ", while".
func (d *doc) clauses(si int) [][2]int {
	s := &d.sents[si]
	var out [][2]int
	a := s.labelEnd
	for i := s.labelEnd; i < s.w1; i++ {
		t := d.words[i].text
		n := i + 1
		for n < s.w1 && (d.words[n].text == "”" || d.words[n].text == "\"") {
			n++
		}
		if t == ";" || (t == "," && n < s.w1 && (d.words[n].text == "but" || d.words[n].text == "while" || d.words[n].text == "whereas")) {
			i = n - 1
			if i > a {
				out = append(out, [2]int{a, n})
			}
			a = i + 1
		}
	}
	if a < s.w1 {
		out = append(out, [2]int{a, s.w1})
	}
	return out
}

// reactions is the in-package attribution: who said or did what, with a
// stance. It is the seam to package digest/attrib.
func (d *doc) reactions() []Reaction {
	var out []Reaction
	lastPerson := -1
	for si := range d.sents {
		s := &d.sents[si]
		if s.header || s.heading {
			continue
		}
		for _, cl := range d.clauses(si) {
			verb, vStance := -1, ""
			for i := cl[0]; i < cl[1]; i++ {
				if st, ok := reactVerbs[d.lw(i)]; ok && d.mentAt[i] < 0 {
					verb, vStance = i, st
					break
				}
			}
			if verb < 0 {
				d.trackPerson(cl, &lastPerson)
				continue
			}
			actors := d.subject(cl[0], verb, lastPerson)
			quote := d.quoteIn(s, cl)
			if len(actors) == 0 && quote != "" {
				// "“...,” he said": the speaker named after the quote
				actors = d.subject(cl[0], cl[1], lastPerson)
			}
			clause := d.body[d.words[cl[0]].start:d.words[cl[1]-1].end]
			stance := stanceOf(clause, vStance)
			for _, a := range actors {
				out = append(out, Reaction{
					Actor: a, Stance: stance, Quote: quote,
					Start: s.span.Start, End: s.span.End, Sentence: si,
				})
			}
			d.trackPerson(cl, &lastPerson)
		}
	}
	return out
}

func (d *doc) trackPerson(cl [2]int, last *int) {
	for i := cl[0]; i < cl[1]; i++ {
		if mi := int(d.mentAt[i]); mi >= 0 && d.ments[mi].person >= 0 {
			*last = d.ments[mi].person
		}
	}
}

// subject finds the actor(s) just before word v in [a, v): a person, a
// country or bloc, a demonym with a group noun, joined by "and".
func (d *doc) subject(a, v, lastPerson int) []string {
	k := v - 1
	for k >= a && (auxWords[d.lw(k)] || d.lw(k) == "not" || d.lw(k) == "strongly" || d.lw(k) == "publicly" || d.lw(k) == "quickly" || d.lw(k) == "also") {
		k--
	}
	if k < a {
		return nil
	}
	t := d.lw(k)
	if t == "he" || t == "she" {
		if lastPerson >= 0 {
			return []string{d.people[lastPerson].canonical()}
		}
		return nil
	}
	group := false
	if actorNouns[t] {
		group = true
		k--
		// "the Ukrainian president" -> the person with that role and country
		if singularActor[t] {
			if mi := d.mentionEndingAt(k); mi >= 0 && d.ments[mi].typ == NORP && k >= a {
				c := d.countryOf(mi)
				for _, p := range d.people {
					if p.affil == c && strings.Contains(strings.ToLower(p.role), t) {
						return []string{p.canonical()}
					}
				}
			}
		}
	}
	var out []string
	for k >= a {
		mi := d.mentionEndingAt(k)
		if mi < 0 {
			break
		}
		m := &d.ments[mi]
		switch {
		case m.person >= 0:
			out = append(out, d.people[m.person].canonical())
		case m.typ == NORP && m.e != nil && m.e.bloc && group:
			out = append(out, d.body[m.start:d.words[min(k+1, v-1)].end])
		case m.typ == NORP && group:
			if c := d.countryOf(mi); c != "" {
				out = append(out, c)
			}
		case m.typ == NORP && !group:
			// "the Ukrainian president" without a group noun is handled below
		case m.typ == GPE || m.typ == ORG || m.typ == LOC:
			name := d.body[m.start:m.end]
			if c := d.countryOf(mi); c != "" && m.typ != ORG {
				name = c
			}
			if m.e != nil && (m.e.kind == kSeat || m.e.kind == kGov) {
				name = m.e.country
			}
			out = append(out, name)
		}
		k = m.w0 - 1
		if k >= a && d.lw(k) == "the" {
			k--
		}
		if k >= a && (d.lw(k) == "and" || d.words[k].text == ",") {
			k--
			if k >= a && d.lw(k) == "and" {
				k--
			}
			continue
		}
		break
	}
	// "the Ukrainian president" -> the person with that role and country
	if len(out) == 0 && group && k+1 < v {
		if mi := d.mentionEndingAt(k); mi >= 0 && d.ments[mi].typ == NORP {
			c := d.countryOf(mi)
			noun := d.lw(k + 1)
			for _, p := range d.people {
				if p.affil == c && strings.Contains(strings.ToLower(p.role), noun) {
					return []string{p.canonical()}
				}
			}
			if c != "" && !d.ments[mi].e.bloc {
				return []string{c}
			}
		}
	}
	// reverse to reading order
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// quoteIn returns the text of the first quotation in the clause, without marks.
func (d *doc) quoteIn(s *sentence, cl [2]int) string {
	a, b := d.words[cl[0]].start, d.words[cl[1]-1].end
	if cl[1] == s.w1 {
		b = s.span.End
	}
	txt := d.body[a:b]
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		i := strings.Index(txt, q[0])
		if i < 0 {
			continue
		}
		j := strings.Index(txt[i+len(q[0]):], q[1])
		if j < 0 {
			continue
		}
		inner := strings.TrimSpace(txt[i+len(q[0]) : i+len(q[0])+j])
		inner = strings.TrimRight(inner, ",")
		if strings.Count(inner, " ") >= 1 {
			return inner
		}
	}
	return ""
}
