package digest

import "github.com/attache-bot/attache/digest/ner"

// namesInOrgSpans cuts the people's names out of the tagger's
// organisation spans that hold no organisation head but names that the
// words around them mark as people's (the tagger, trained on VOA news,
// reads an unfamiliar name as a body when a role's remit or a list runs
// into it). Three forms, each general to how news names officials:
//
//   - a role's remit runs into the name: "Minister of Water and Energy
//     Habtamu Itefa": after "<role> of/for", the capitalised common nouns
//     (and places: "Minister for Europe X") are the remit, the rest the name;
//   - a list of names: "A B and C D", "A B for Brazil and C D for Paraguay":
//     every piece a name (a given name first) or a country;
//   - a name in apposition to a role or a person's pronoun: "A B, Minister
//     of ...", "A B, a permanent secretary", "A B, who hosted".
//
// Every piece must be accounted for (a name, the remit, a country), or the
// span stays as the tagger read it.
func (d *doc) namesInOrgSpans() {
	var out, parts []ner.Span
	for k := range d.tspans {
		sp := d.tspans[k]
		parts = parts[:0]
		switch sp.Type {
		case "ORG", "MISC":
			parts = d.orgNameParts(sp, parts)
		}
		if len(parts) == 0 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Span, 0, len(d.tspans)+4), d.tspans[:k]...)
		}
		out = append(out, parts...)
	}
	if out != nil {
		d.tspans = out
	}
}

// orgNameParts appends to parts the spans that replace the organisation
// span sp when it holds people's names (see namesInOrgSpans), or nothing.
func (d *doc) orgNameParts(sp ner.Span, parts []ner.Span) []ner.Span {
	s := &d.sents[d.words[sp.Start].sent]
	remit := d.remitBefore(sp.Start, s.w0)
	// the remit is all inside the span: "<role> of" just before it
	remitOpen := remit && (d.words[sp.Start-1].low == "of" || d.words[sp.Start-1].low == "for")
	appos := d.personApposition(sp.End, s.w1)
	cue := d.peopleCueBefore(sp.Start, s.w0)
	n0 := len(parts)
	names, tails := 0, 0
	for a := sp.Start; a < sp.End; {
		// a piece runs to the next "and", comma or dash
		b := a
		for b < sp.End && !pieceSep(d.words[b].text) {
			b++
		}
		if b == a {
			a++ // "A B - and C": no piece between the dash and "and"
			continue
		}
		name0, name1 := a, b
		if remit && names == 0 {
			// the remit's words first: "Water", "Energy" (capitalised
			// common nouns, not function words: "Do Duc Duy"), places
			for name0 < b && d.remitWord(name0) {
				name0++
			}
			// a portfolio noun ends the remit even after a word the
			// lexicon does not know as common: "for Western Hemisphere
			// Affairs A B" (no name holds "Affairs")
			for k := name0; k < b-2; k++ {
				if remitNouns[d.words[k].low] {
					name0 = k + 1
				}
			}
		}
		if name0 < b && d.words[name0].xf&(fFirst|fGiven) == 0 {
			// a name starts at its given name: "Affairs Vivian Motzfeldt"
			// after "Minister for Foreign", "Honourable Anita Anand"; not
			// past a capitalised two-letter word, a family name, since no
			// remit's word has two letters ("Do Duc Duy")
			for k := name0 + 1; k < b-1; k++ {
				if w := &d.words[k-1]; w.cap && len(w.low) <= 2 {
					break
				}
				if d.words[k].xf&(fFirst|fGiven) != 0 {
					name0 = k
					break
				}
			}
		}
		var tail ner.Span
		for k := name0 + 1; k < b-1; k++ {
			if t := d.words[k].low; t == "for" || t == "of" {
				// "A B for Brazil": whom the person stands for
				if n, e := d.lookup(k+1, b, false); n == b-k-1 && e != nil && (e.kind == kCountry || e.kind == kCity) {
					tail, name1 = ner.Span{Start: k + 1, End: b, Type: "LOC"}, k
				}
				break
			}
		}
		switch {
		case name0 == b:
			// the remit alone: no name; it stays what the tagger read
			if !remit || names > 0 {
				return parts[:n0]
			}
			// (it stays what the tagger read, with the name's remit words)
		case d.personTail(name0, name1) || (remit && names == 0 || cue || tail.End > 0 || appos && a == sp.Start && b == sp.End) && d.orgPlainName(name0, name1):
			if remitOpen && names == 0 && name0 == sp.Start {
				// "Minister of Jal Shakti, A B", "president of Inuit
				// Tapiriit Kanatami": right after "<role> of" the span
				// starts with the remit, which a name cannot stand for
				return parts[:n0]
			}
			if names == 0 && name0 > sp.Start {
				if d.words[name0-1].text == "," {
					// "Minister of Water and Energy, A B": the rules read
					// a holder in apposition (holderAt)
					return parts[:n0]
				}
				// the remit stays what the tagger read
				parts = append(parts, ner.Span{Start: sp.Start, End: name0, Type: sp.Type})
			}
			parts = append(parts, ner.Span{Start: name0, End: name1, Type: "PER"})
			if tail.End > 0 {
				parts = append(parts, tail)
				tails++
			}
			names++
		case names > 0 && (cue || remit) && name1 == name0+1 && d.surnameOnly(name0):
			// "..., A B - and Holguin": a list of people goes on with a
			// surname
			parts = append(parts, ner.Span{Start: name0, End: name1, Type: "PER"})
		default:
			if n, e := d.lookup(a, b, false); names > 0 && n == b-a && e != nil && (e.kind == kCountry || e.kind == kCity) {
				// "... and Tanzania by ...": a country the list runs on to
				parts = append(parts, ner.Span{Start: a, End: b, Type: "LOC"})
				a = b + 1
				continue
			}
			return parts[:n0]
		}
		a = b + 1 // past the separator
	}
	if names == 0 || names == 1 && tails == 0 && !remit && !cue && !appos {
		// a lone name needs words around it that call it a person's
		return parts[:n0]
	}
	return parts
}

// pieceSep reports whether t separates the pieces of a list.
func pieceSep(t string) bool {
	return t == "and" || t == "," || t == "-" || t == "–" || t == "—"
}

// remitBefore reports whether a role's remit starts at word i: "<role>
// of/for" just before it ("Minister of", "Cabinet Secretary for").
func (d *doc) remitBefore(i, lo int) bool {
	j := i - 1
	for j > lo && (d.words[j].low == "and" || d.remitWord(j)) {
		j-- // "Minister of Water and" before "Sanitation A B"
	}
	if j-1 < lo {
		return false
	}
	if t := d.words[j].low; t != "of" && t != "for" {
		return false
	}
	return d.roleMatchEnding(j-1, lo) >= 0
}

// remitWord reports whether word i may be a word of a role's remit: a
// capitalised common noun ("Water", "Defence"), a known place ("Europe")
// or "and" within it.
func (d *doc) remitWord(i int) bool {
	w := &d.words[i]
	if !w.cap || !w.alpha || len(w.low) <= 2 {
		// (no portfolio's noun has two letters; "Do", "Le", "Vu" before
		// a name are family names: "Do Duc Duy")
		return false
	}
	if w.lf&fLower != 0 && w.lf&fEnglish == 0 && w.xf&(fFirst|fGiven) == 0 || portfolioWords[w.low] || remitNouns[w.low] {
		return true
	}
	n, e := d.lookup(i, i+1, false)
	return n == 1 && e != nil && (e.kind == kCountry || e.kind == kCity || e.kind == kLearnLoc)
}

// remitNouns are the words that end a portfolio, which the lexicon need
// not know as common: "Foreign Affairs", "External Relations".
var remitNouns = map[string]bool{
	"affairs": true, "relations": true, "cooperation": true, "resources": true, "reintegration": true,
	"sanitation": true, "industries": true, "minerals": true, "irrigation": true,
}

// orgPlainName reports whether the words [i, j) may be a person's name
// where the context says one stands: two to four capitalised words, no
// head of a place or body, no word that is never a name, no common word
// (unless a given name) and no role title, not a known place or body.
func (d *doc) orgPlainName(i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	if n, e := d.lookup(i, j, false); n > 0 && e.kind != kNone && e.kind != kPerson && e.kind != kLearnPer {
		return false
	}
	for k := i; k < j; k++ {
		w := &d.words[k]
		if !w.cap || !w.alpha || w.allCap && len(w.text) > 1 || w.xf&(fOrgHead|fLocHead|fNonName|fHonorific) != 0 || remitNouns[w.low] {
			// (a portfolio's noun is in no name: "Foreign and Diaspora
			// Affairs" cut at "and" leaves no person "Diaspora Affairs")
			return false
		}
		if w.lf&fLower != 0 && w.xf&(fFirst|fGiven) == 0 && !(k < j-1 && len(w.low) <= 2 && w.lf&fEnglish == 0) || d.roleAt(k, j) > 0 {
			// a common word ("Foreign Affairs") or a role title
			// ("House Speaker A B", which the rules read) is no name's;
			// a two-letter one before the last is a family name ("Do
			// Duc Duy", "Le Hoai Trung": no portfolio word has two
			// letters)
			return false
		}
	}
	return true
}

// personApposition reports whether what follows word j-1 marks the words
// before it as a person's name: ", <role>" ("A B, Minister of ..."), ",
// a/the <role>" ("A B, a permanent secretary"), ", <country>'s <role>",
// or ", who".
func (d *doc) personApposition(j, limit int) bool {
	if j+1 >= limit || d.words[j].text != "," {
		return false
	}
	k := j + 1
	switch w := &d.words[k]; {
	case w.low == "who":
		return true
	case w.low == "a" || w.low == "an" || w.low == "the":
		k++
	case w.poss:
		k++
	}
	for e := min(limit, k+3); k < e; k++ {
		if d.roleAt(k, limit) > 0 {
			return true
		}
		if w := &d.words[k]; !w.alpha || w.cap && k > j+2 {
			return false
		}
	}
	return false
}

// peopleCueBefore reports whether the words before word i say that people
// are named from i on: a role title, with or without a comma ("their
// foreign ministers, A and B"), an honorific ("Dr. A B"), a country's
// possessive ("Niger's A B"), or "by" after a verb of leading or
// representing ("were led by A and B").
func (d *doc) peopleCueBefore(i, lo int) bool {
	j := i - 1
	if j > lo && d.words[j].text == "," {
		j--
	}
	if j < lo {
		return false
	}
	if d.roleMatchEnding(j, lo) >= 0 || pluralRoles[d.words[j].low] {
		return true
	}
	if j == i-1 && (d.words[j].xf&fHonorific != 0 || d.words[j].poss && d.countryAt(j)) {
		return true
	}
	return j == i-1 && j > lo && d.words[j].low == "by" && byPeopleVerbs[d.words[j-1].low]
}

// countryAt reports whether word i alone names a country.
func (d *doc) countryAt(i int) bool {
	n, e := d.lookup(i, i+1, false)
	return n == 1 && e.kind == kCountry
}

// pluralRoles are role titles in the plural that name the people listed
// after them: "their foreign ministers, A and B".
var pluralRoles = map[string]bool{
	"ministers": true, "envoys": true, "negotiators": true, "leaders": true, "presidents": true,
	"counterparts": true, "directors-general": true, "secretaries": true, "delegates": true,
	"ambassadors": true, "co-chairs": true, "deputies": true, "representatives": true,
}

// surnameOnly reports whether word i alone may be a surname: capitalised,
// not a common word, a head, a known place or body.
func (d *doc) surnameOnly(i int) bool {
	w := &d.words[i]
	if !w.cap || !w.alpha || w.allCap || w.lf&(fLower|fEnglish) != 0 || w.xf&(fOrgHead|fLocHead|fNonName|fHonorific) != 0 {
		return false
	}
	n, e := d.lookup(i, i+1, false)
	return n == 0 || e.kind == kPerson || e.kind == kLearnPer
}

// byPeopleVerbs are participles whose agent after "by" is the people who
// led, represented or joined a side or a meeting.
var byPeopleVerbs = map[string]bool{
	"led": true, "headed": true, "represented": true, "chaired": true, "co-chaired": true,
	"attended": true, "joined": true, "accompanied": true, "hosted": true, "signed": true,
}
