package digest

import "testing"

// otherOccasion reads the trigger's clause (clauseAt): its time word
// anywhere in the clause, not one after the trigger only; a comma
// adjunct's time and a held meeting's purpose are not the clause's.
func TestOtherOccasionOnClause(t *testing.T) {
	for _, c := range []struct {
		body, at string
		events   bool
		want     bool
	}{
		{"In 2019, the envoy sat down with Kagame in Kigali.", "sat", false, true},
		{"Last month, Ortega met Castillo in Lima.", "met", false, true},
		{"Ortega has not met Castillo since last year.", "met", false, true},
		{"Ortega has met Castillo twice since 2021.", "met", false, true},
		{"The ministry announced Levy would visit Oslo for talks with Berg next month.", "with", false, true},
		{"Ortega will meet Castillo in Quito, ahead of elections in September.", "meet", false, false},
		{"Ortega met Castillo in Quito, weeks before a vote in 2031.", "met", false, false},
		{"Ortega held talks with Castillo to prepare for a summit later this year.", "with", false, false},
		{"Ortega met Castillo on Monday to prepare for a summit next month.", "met", false, false},
		{"Ortega met Castillo in Quito.", "met", false, false},
		{"Castillo declined to take part in the army's parade marking the anniversary.", "declined", true, true},
		{"Castillo declined to take part in the talks, aides said.", "declined", true, false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		i := wordAt(t, d, c.at)
		if got := d.otherOccasion(i, d.sents[d.words[i].sent].w1, c.events); got != c.want {
			t.Errorf("%q at %q: otherOccasion %v, want %v", c.body, c.at, got, c.want)
		}
	}
}

// "since" before a time is a preposition: the clause goes on through it.
func TestClauseSinceTime(t *testing.T) {
	for _, c := range []struct {
		body, at, end string
	}{
		{"Ortega has not met Castillo since last year, aides said.", "met", "year"},
		{"Ortega has not visited Lima since 2019.", "visited", "2019"},
	} {
		d := readDoc(t, c.body, 2026, 11)
		cl := d.clauseAt(wordAt(t, d, c.at))
		if e := wordAt(t, d, c.end); e >= cl.w1 {
			t.Errorf("%q: clause of %q ends before %q", c.body, c.at, c.end)
		}
	}
	// a clause after "since" still opens one
	d := readDoc(t, "Ortega has been cautious since the ministers met in Lima in 2019.", 2026, 11)
	if cl := d.clauseAt(wordAt(t, d, "cautious")); cl.when != whenNone {
		t.Errorf("the since clause's year dates the main clause: when %d", cl.when)
	}
}

// pastMarker reads the clause's own time (clauseAt): a time before the
// trigger counts, a year to come or an adjunct's does not.
func TestPastMarkerOnClause(t *testing.T) {
	for _, c := range []struct {
		body, at string
		want     bool
	}{
		{"The rebel delegation walked out of the talks in 2021.", "walked", true},
		{"Last year, the rebel delegation walked out of the talks.", "walked", true},
		{"The rebels once walked out of the talks in Doha.", "walked", true},
		{"The rebel delegation walked out two years ago.", "walked", true},
		{"The rebel delegation walked out of the talks on Tuesday, demanding a ceasefire by 2027.", "walked", false},
		{"The rebel delegation walked out of the talks, which began in 2024.", "walked", false},
		{"The rebel delegation walked out of the talks on Tuesday.", "walked", false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		i := wordAt(t, d, c.at)
		if got := d.pastMarker(i, d.sents[d.words[i].sent].w1); got != c.want {
			t.Errorf("%q at %q: pastMarker %v, want %v", c.body, c.at, got, c.want)
		}
	}
}

// A place whose clause (clauseAt) is dated before the lead's day or tells
// of a meeting called off is no venue candidate; a participle's aside
// after a comma dates its subject, not the clause.
func TestOtherPlaceClause(t *testing.T) {
	const lead = "Peruvian and Chilean ministers met in Lisbon on Tuesday to discuss fisheries. "
	for _, c := range []struct {
		body, at string
		want     bool
	}{
		{lead + "The two sides last met in Oslo in 2019.", "Oslo", true},
		{lead + "Three years ago, the ministers met in Oslo.", "Oslo", true},
		{lead + "A round planned for Oslo has been postponed.", "Oslo", true},
		{lead + "They will meet again in Oslo next month.", "Oslo", false},
		{lead + "The envoy arrived in Oslo on Tuesday.", "Oslo", false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		if got := d.otherPlaceClause(wordAt(t, d, c.at), 0); got != c.want {
			t.Errorf("%q at %q: otherPlaceClause %v, want %v", c.body, c.at, got, c.want)
		}
	}
	// the lead itself tells of a calling-off: its own meeting's place stays
	d := readDoc(t, "A meeting of Peruvian and Chilean ministers in Lisbon has been postponed. A round planned for Oslo has been postponed too.", 2026, 11)
	if d.otherPlaceClause(wordAt(t, d, "Oslo"), 0) {
		t.Errorf("a calling-off told by the lead too: otherPlaceClause true")
	}
}

// A participle after a noun with a preposition, before a finite
// auxiliary, is a reduced relative: the auxiliary is the clause's verb.
func TestClauseReducedRelative(t *testing.T) {
	for _, c := range []struct {
		body, at, verb string
		off            bool
	}{
		{"A round planned for Oslo has been postponed.", "Oslo", "has", true},
		{"The talks scheduled in Quito were cancelled.", "Quito", "were", true},
		{"Ministers gathered in Quito were told to wait.", "Quito", "were", false},
		{"The envoy travelled to Quito, officials said.", "Quito", "travelled", false},
		{"The envoy arrived in Quito, where talks are due.", "Quito", "arrived", false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		cl := d.clauseAt(wordAt(t, d, c.at))
		if cl.verb < 0 || d.words[cl.verb].text != c.verb {
			t.Errorf("%q: verb %d, want %q", c.body, cl.verb, c.verb)
		}
		if got := cl.tense&tOff != 0; got != c.off {
			t.Errorf("%q: called off %v, want %v", c.body, got, c.off)
		}
	}
}

// yearClause reads the past verb's clause (clauseAt): a year anywhere in
// it dates the deed, but not a relative clause's or a later adjunct's.
func TestYearClauseOnClause(t *testing.T) {
	for _, c := range []struct {
		body, at string
		want     bool
	}{
		{"In 2019, Ortega met Castillo in Lima.", "met", true},
		{"Ortega hosted Castillo in Lima in 2022.", "hosted", true},
		{"Ortega negotiated the 1991 border treaty with Castillo.", "negotiated", true},
		{"Ortega met Castillo, who took office in 2019, in Lima.", "met", false},
		{"Ortega met Castillo in Lima, days before a vote in 2025.", "met", false},
		{"Ortega met Castillo in Lima on Tuesday.", "met", false},
		{"Ortega will meet Castillo in Lima in 2026.", "meet", false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		i := wordAt(t, d, c.at)
		if got := d.yearClause(i, d.sents[d.words[i].sent].w1); got != c.want {
			t.Errorf("%q at %q: yearClause %v, want %v", c.body, c.at, got, c.want)
		}
	}
}

// discussants reads the verb's clause (clauseAt) for an earlier time: a
// year in a noun phrase before it ("Under the 2015 accord") dates nothing.
func TestDiscussantsOnClause(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"The two sides discussed fisheries on Tuesday.", true},
		{"Under the 2015 accord, the two sides discussed fisheries.", true},
		{"The two sides discussed the 2030 climate targets.", true},
		{"The two sides discussed fisheries in 2023.", false},
		{"In 2019, the two sides discussed fisheries.", false},
		{"The two men last met in Riyadh in March 2025, when they discussed fisheries.", false},
		{"The two sides discussed fisheries three years ago.", false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		i := wordAt(t, d, "discussed")
		if got := d.discussants(&d.sents[d.words[i].sent], i); got != c.want {
			t.Errorf("%q: discussants %v, want %v", c.body, got, c.want)
		}
	}
}

// The reader's readings that the review's cases need kept: an opening
// "Since taking office in January," is a clause of its own; the story's
// own meeting "for the first time in 2026" is not dated before.
func TestMigKeepsOwnTime(t *testing.T) {
	d := readDoc(t, "Since taking office in January, Ortega has met Castillo three times, most recently in Lima on Wednesday.", 2026, 3)
	if c := d.clauseAt(wordAt(t, d, "met")); c.when == whenBefore {
		t.Errorf("since-clause's January dates the main clause")
	}
	d = readDoc(t, "Ortega met Castillo for the first time in 2026 at the palace.", 2026, 3)
	if d.yearClause(wordAt(t, d, "met"), len(d.words)) {
		t.Errorf("the news' own year dates the meeting before")
	}
}

// A speech verb's "that" opens the reported clause: its time is its own,
// not the report's day.
func TestClauseReportThat(t *testing.T) {
	for _, c := range []struct {
		body string
		want int8
	}{
		{"The president said on Monday that Ortega would meet Castillo in Lima next week.", whenAfter},
		{"The ministry announced that Ortega would meet Castillo in Lima next week.", whenAfter},
		{"The ministry said that Ortega met Castillo in Lima last year.", whenBefore},
	} {
		d := readDoc(t, c.body, 2026, 11)
		if got := d.clauseAt(wordAt(t, d, "Castillo")).when; got != c.want {
			t.Errorf("%q: when %d, want %d", c.body, got, c.want)
		}
		if c.want == whenAfter && !d.otherOccasion(wordAt(t, d, "meet"), len(d.words), false) {
			t.Errorf("%q: no other occasion", c.body)
		}
	}
	// no speech verb: "that" is no bound ("the talks that Ortega held on Monday")
	d := readDoc(t, "Ortega praised the talks that he held with Castillo on Monday.", 2026, 11)
	if d.clauseAt(wordAt(t, d, "Castillo")).w0 > wordAt(t, d, "praised") {
		t.Errorf("a relative that bounds the clause")
	}
}
