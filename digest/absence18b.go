package digest

// absence18b.go: stop 18's second Absent/Excluded round (s18-absent2).

// regionAbsent returns the own name of place mention mi when it is a
// region or city inside country c (the gazetteer's kCity, or a US state)
// and c itself takes part in the talks (partOf), else "". The general
// reason: a country whose ministers sit at the table is not absent, but a
// province, state or breakaway region of it can be ("The state of X was
// not represented at the talks" between its country and a neighbour, "X,
// which declared independence in 1991, was not invited" to talks its
// former country attends); before, the region was read as its country,
// which the partOf test then dropped, or named wrongly when it did not.
func (d *doc) regionAbsent(mi int, c string, si int) string {
	m := &d.ments[mi]
	if m.typ != GPE && m.typ != LOC {
		return ""
	}
	own := d.body[m.start:m.end]
	if c == "" || own == c || d.isCountry(own) || d.g.capital[c] == own {
		// (a capital stands for its country: "Washington boycotted the
		// summit" beside Rubio at the talks is the country's, which the
		// partOf test reads)
		return ""
	}
	if m.e == nil || m.e.kind != kCity {
		if !(m.typ == LOC && usStates[own]) {
			return ""
		}
	}
	if !d.partOf(c, si) {
		return ""
	}
	return own
}

// asideComma reports whether the comma at word k inside an aside after a
// subject (skipAside) ends it: not the comma of a date ("suspended since
// the coup of November 26, 2025, was not invited": a day's number, then a
// year) nor one inside a dash-enclosed aside of the aside (dash counts the
// dashes seen so far in it: "X, whose ties with Y have soured - which it
// denies, for now - was not invited"). The general reason: such commas are
// the aside's own punctuation, and reading them as its end left the
// absence verb after it unread.
func (d *doc) asideComma(k, dash int) bool {
	if dash%2 == 1 {
		return false
	}
	if k > 0 && k+1 < len(d.words) && isInt(d.lw(k-1)) && len(d.lw(k-1)) <= 2 && isInt(d.lw(k+1)) && len(d.lw(k+1)) == 4 {
		return false
	}
	return true
}

// asideDash reports whether word k is a dash that opens or closes an
// aside inside an aside.
func (d *doc) asideDash(k int) bool {
	switch d.lw(k) {
	case "-", "–", "—", "--":
		return true
	}
	return false
}
