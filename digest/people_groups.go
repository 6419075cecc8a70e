package digest

import "strings"

// groupHeads are the nouns that name a party's team when no person of it
// is named: "a Chinese delegation", "Hamas negotiators", "the political
// directors of the French, British and German foreign ministries",
// "technical teams from both countries", "representatives of the 27
// member states". Bare "officials" and "diplomats" are mostly sources
// ("officials said"), so they count only with "from/of" a party.
var groupHeads = map[string]bool{
	"delegation": true, "delegations": true, "negotiators": true, "representatives": true,
	"ambassadors": true, "directors": true, "envoys": true, "delegates": true, "teams": true,
	"team": true, "officials": true, "diplomats": true,
}

// groupWeak are the heads that need "from/of <party>" after them.
var groupWeak = map[string]bool{"officials": true, "diplomats": true, "teams": true, "team": true, "representatives": true}

// seatedGroups returns the teams the sentences that seat people (or the
// lead) name taking part for a party that no seated person represents,
// in the article's own words ("political directors of the French,
// British and German foreign ministries"), with their sentences. A team
// whose every country a seated person stands for adds nothing ("the
// Faroese delegation, led by A"); a team that is a source ("officials
// said"), stays away ("did not travel") or is left out is no party.
func (d *doc) seatedGroups(excluded []string) (groups []string, sents []int) {
	var seatSent []bool
	sides := map[string]bool{}
	for _, p := range d.people {
		if !p.part {
			continue
		}
		if p.affil != "" {
			sides[p.affil] = true
		}
		for _, mi := range p.ments {
			if seatSent == nil {
				seatSent = make([]bool, len(d.sents))
			}
			seatSent[d.ments[mi].sent] = true
		}
	}
	if seatSent == nil {
		return nil, nil
	}
	seen := map[string]bool{}
	for si := range d.sents {
		if !seatSent[si] {
			continue
		}
		s := &d.sents[si]
		for k := s.w0; k < s.w1; k++ {
			if !groupHeads[d.lw(k)] || d.mentAt[k] >= 0 {
				continue
			}
			a, b, parties, ok := d.groupPhrase(k, s.w0, s.w1)
			if !ok || d.groupNotParty(b, s.w1) || d.groupTasked(a, b, s.w0, s.w1) || d.frontedElsewhere(s) || d.groupLed(a, b, s.w0, s.w1) || d.otherClause(k, true) || d.elsewhere(si) || si != d.leadSent && d.clauseAt(k).tense&tFuture != 0 {
				continue
			}
			fresh := len(parties) > 0
			for _, c := range parties {
				if sides[c] || contains(excluded, c) {
					fresh = false
				}
			}
			if !fresh {
				continue
			}
			txt := d.body[d.words[a].start:d.words[b-1].end]
			if seen[txt] || anyHoldsFold(groups, txt) {
				continue
			}
			seen[txt] = true
			groups = append(groups, txt)
			sents = append(sents, si)
			k = b
		}
	}
	return groups, sents
}

// groupPhrase reads the team phrase around the head word k: the party
// words before it ("the French and Dutch ambassadors", "Hamas
// negotiators") and "of/from <parties>" after it ("representatives of the
// 27 member states"); it returns the phrase [a, b), the parties' names
// and whether it names a party.
func (d *doc) groupPhrase(k, lo, limit int) (a, b int, parties []string, ok bool) {
	a, b = k, k+1
	for j := k - 1; j >= lo; j-- {
		if mi := d.mentAt[j]; mi >= 0 {
			m := &d.ments[mi]
			if m.typ == PER || d.words[m.w1-1].poss {
				break
			}
			c := d.countryOf(int(mi))
			switch {
			case c != "" && (m.typ == NORP || m.w1 == k):
				// "French and Dutch ambassadors", "U.S. delegation"
				parties = append(parties, c)
			case c == "" && m.typ == ORG && m.w1 == k:
				// "Hamas negotiators", "ICRC team"
				parties = append(parties, d.body[m.start:m.end])
			default:
				j = lo // (stop)
				continue
			}
			a, j = m.w0, m.w0
			continue
		}
		w := &d.words[j]
		if w.cap || !w.alpha && w.text != "," || w.text == "," && j+1 < k && d.mentAt[j+1] < 0 {
			break
		}
		if t := w.low; t == "and" || t == "," || t == "political" || t == "technical" || t == "senior" || t == "negotiating" {
			a = j
			continue
		}
		break
	}
	weak := groupWeak[d.lw(k)]
	if weak && len(parties) > 0 && d.lw(k) != "officials" && d.lw(k) != "diplomats" {
		weak = false
	}
	if k+2 < limit && (d.lw(k+1) == "of" || d.lw(k+1) == "from") {
		j := k + 2
		if d.lw(j) == "the" || d.lw(j) == "both" {
			j++
		}
		n0 := len(parties)
		for j < limit {
			if mi := d.mentAt[j]; mi >= 0 {
				m := &d.ments[mi]
				if m.typ == PER {
					break
				}
				if c := d.countryOf(int(mi)); c != "" {
					parties = append(parties, c)
				} else if m.typ == ORG {
					parties = append(parties, d.body[m.start:m.end])
				} else {
					break
				}
				j = m.w1
				b = j
				continue
			}
			if t := d.lw(j); t == "and" || t == "," {
				j++
				continue
			}
			if t := d.lw(j); (t == "countries" || t == "sides" || t == "governments") && d.lw(j-1) == "both" || t == "member" && d.lw(j+1) == "states" {
				// "from both countries", "of the 27 member states"
				parties = append(parties, t)
				j++
				if t == "member" {
					j++
				}
				b = j
				continue
			}
			if isInt(d.words[j].text) && d.lw(j+1) == "member" {
				j++
				continue
			}
			if t := d.lw(j); (t == "foreign" || t == "defence" || t == "defense") && d.lw(j+1) == "ministries" && len(parties) > n0 {
				b = j + 2
			}
			break
		}
		if len(parties) > n0 {
			weak = false
		}
	}
	if weak || len(parties) == 0 {
		return 0, 0, nil, false
	}
	for a > lo && (d.lw(a) == "and" || d.lw(a) == ",") {
		a++
	}
	return a, b, parties, true
}

// groupNotParty reports whether what follows a team's phrase ending at b
// makes it a source or tells it stayed away: "officials said", "the
// delegation did not travel", "negotiators told reporters".
func (d *doc) groupNotParty(b, limit int) bool {
	for j := b; j < limit && j < b+4; j++ {
		switch t := d.lw(j); t {
		case "said", "say", "says", "told", "according", "stayed", "boycotted", "declined", "refused", "skipped":
			return true
		case "not", "never", "no":
			return true
		}
		if strings.HasSuffix(d.lw(j), "n't") {
			return true
		}
	}
	return false
}

// anyHoldsFold reports whether one of gs holds t as a substring (any
// case): "South Korean delegation" holds "Korean delegation".
func anyHoldsFold(gs []string, t string) bool {
	lt := strings.ToLower(t)
	for _, g := range gs {
		if strings.Contains(strings.ToLower(g), lt) {
			return true
		}
	}
	return false
}

// groupLed reports whether the team [a, b) has a named head or members,
// who stand for it: "a Polisario delegation led by B", "The Portuguese
// delegation included A", "B will lead the Russian delegation", "B led
// the British team".
func (d *doc) groupLed(a, b, lo, limit int) bool {
	for j := b; j < limit && j < b+3; j++ {
		switch d.lw(j) {
		case "led", "headed", "included", "includes", "including", "chaired", "comprising", "by":
			return true
		}
	}
	j := a - 1
	for j >= lo && d.words[j].cap && d.mentAt[j] >= 0 && d.ments[d.mentAt[j]].typ != PER {
		j-- // "the South Korean delegation" read from "Korean"
	}
	for j >= lo && (d.lw(j) == "the" || d.lw(j) == "a" || d.lw(j) == "an" || d.lw(j) == "its" || d.lw(j) == "his" || d.lw(j) == "her") {
		j--
	}
	if j >= lo {
		switch d.lw(j) {
		case "lead", "leads", "led", "leading", "head", "heads", "headed", "heading", "of":
			return true
		}
	}
	return false
}

// groupTasked reports whether the team [a, b) is the object of a verb of
// asking or tasking with "to" after it: "asked a team of AU observers to
// report", a later task, not a part in the meeting.
func (d *doc) groupTasked(a, b, lo, limit int) bool {
	j := a - 1
	for j >= lo && (d.lw(j) == "a" || d.lw(j) == "an" || d.lw(j) == "the") {
		j--
	}
	if j < lo {
		return false
	}
	switch d.lw(j) {
	case "asked", "tasked", "instructed", "mandated", "directed", "requested", "urged", "called":
	default:
		return false
	}
	for k := b; k < limit && k < b+5; k++ {
		if d.lw(k) == "to" {
			return true
		}
	}
	return false
}

// frontedElsewhere reports whether sentence s opens with "In <place>,"
// or "In <place> on <day>," for a place other than the venue's: "In
// Erbil on Sunday, A met a visiting U.S. delegation" of talks in
// Baghdad tells another meeting.
func (d *doc) frontedElsewhere(s *sentence) bool {
	v := d.venuePlace
	i := s.labelEnd
	if v == nil || i+1 >= s.w1 || d.lw(i) != "in" {
		return false
	}
	mi := int(d.mentAt[i+1])
	if mi < 0 || d.ments[mi].w0 != i+1 || d.ments[mi].typ != LOC && d.ments[mi].typ != GPE {
		return false
	}
	name := d.placeName(mi)
	return name != v.Name && name != v.Country && !strings.EqualFold(name, v.Name)
}
