package digest

import (
	"fmt"
	"strconv"
)

// The venue model: a logistic regression that says whether a place the
// venue rules weighed is where the story's meeting takes place (the place
// of the Meeting Location & Date bullet). The rules pick the venue; the
// model replaces their pick when it is sure the pick is wrong and another
// candidate right. It weighs the places venue read after "in", "at" or "to"
// (every one, also those the rules set aside, with the reason as a
// feature) and the dateline's place. Its features: the rules' reasons to
// set a place aside (background, a past year, a trip called off, where
// someone was held...), whether a word of meeting or travel stands near,
// the preposition and the words around it, where its sentence stands
// (the headline, the lead, after), a meeting ahead, the title, how often
// the place is weighed, and the clause's tense. It is trained on the
// candidates of the training quick-look sets, labeled by the places of
// their Meeting Location & Date checks, by
//
//	ATTACHE_TRAIN_VENUES=1 go test ./digest -run TestTrainVenues -v
//
// which writes data/venues.tsv (deterministic: the mean of four fits in
// different example orders, trainLocModel; embedded).

// venueOverMin is the probability the venue model needs to replace the
// rules' venue, when it gives theirs less than venueUnderMax (chosen by
// leaving each training set out: see TestTrainVenues and docs/quality.md).
// venueFillMin is what it needs to place a story the rules left
// unplaced because it only looks ahead to a meeting (aheadPlace); with no
// meeting ahead the rules' reading of no meeting stands ("called on
// President Salva Kiir in Juba to release ...": an appeal, no talks).
// Leaving each set out it placed 8 such stories right and 1 wrong; filling
// every unplaced story (not a call) placed 13 right, 1 wrong, but its
// additions were the dateline's place or a place the rules set aside.
const (
	venueOverMin  = 0.8
	venueUnderMax = 0.3
	venueFillMin  = 0.7
)

// maxVenueCands bounds the places the venue model weighs (the first ones
// read), so that its cost stays linear in the length of a text.
const maxVenueCands = 48

// venueCand is a place venue weighed: the place's words w0-w1 after the
// preposition at word i of sentence si (si -1: the dateline's place).
type venueCand struct {
	si, i, w0, w1, mi int
	typ               string
	capital, located  bool
	name, country     string
}

// loadVenueModel reads data/venues.tsv (the participant model's format).
func loadVenueModel() (linModel, error) {
	m, err := loadLinModel("data/venues.tsv")
	if err != nil {
		return nil, fmt.Errorf("venue model: %w", err)
	}
	return m, nil
}

// finishVenueCands names the candidates venue recorded and adds the
// dateline's place.
func (d *doc) finishVenueCands() {
	dl := d.datelinePlace()
	for k := range d.venueCands {
		c := &d.venueCands[k]
		switch {
		case c.name != "":
			// (a capital named by its country: capitalPhrase)
		case c.capital:
			if dl != nil {
				c.name, c.country = dl.Name, dl.Country
			}
		case c.mi >= 0:
			c.name, c.country = d.placeName(c.mi), d.countryOf(c.mi)
			if m := &d.ments[c.mi]; m.typ == GPE && m.e != nil {
				c.country = m.e.canon
			}
		default:
			c.name = d.body[d.words[c.w0].start:d.words[c.w1-1].end]
		}
	}
	if dl != nil {
		d.venueCands = append(d.venueCands, venueCand{si: -1, i: -1, mi: -1, typ: LOC, name: dl.Name, country: dl.Country})
	}
}

// venueDoc holds what the venue model's features read of the whole
// story, once per story: the title, whether the lead tells of an event or
// of a call, and the dateline's place.
type venueDoc struct {
	title               string
	leadEvent, leadCall bool
	dateline            *Place
}

// venueDocOf reads d's venueDoc.
func (d *doc) venueDocOf(title string) venueDoc {
	v := venueDoc{title: title, dateline: d.datelinePlace()}
	if lead := d.leadSent; lead >= 0 {
		v.leadEvent, v.leadCall = d.leadEvent(lead), d.callAt(lead)
	}
	return v
}

// venueFeatures calls emit with every feature of candidate k (see
// venueCands), built in buf (emit must not keep the bytes).
func (d *doc) venueFeatures(k int, v *venueDoc, buf []byte, emit func([]byte)) []byte {
	put := func(parts ...string) {
		buf = buf[:0]
		for _, s := range parts {
			buf = append(buf, s...)
		}
		emit(buf)
	}
	c := &d.venueCands[k]
	lead := d.leadSent
	put("bias")
	n := 0
	for j := range d.venueCands {
		if d.venueCands[j].name == c.name {
			n++
		}
	}
	put("n=", strconv.Itoa(min(n, 4)))
	if c.name == c.country {
		put("country")
	} else if c.country != "" {
		put("city")
	}
	if v.title != "" && containsWord(v.title, c.name) {
		put("title")
	}
	if v.leadEvent {
		put("leadevent")
	}
	if v.leadCall {
		put("leadcall")
	}
	if c.si < 0 {
		put("dateline")
		return buf
	}
	if v.dateline != nil && v.dateline.Name == c.name {
		put("isdateline")
	}
	put("typ=", c.typ)
	if c.capital {
		put("capital")
	}
	s := &d.sents[c.si]
	i, lab := c.i, s.labelEnd
	prep := d.lw(i)
	put("prep=", prep)
	switch {
	case c.si < lead:
		put("sent=head")
	case c.si == lead:
		put("sent=lead")
	default:
		put("sent=", strconv.Itoa(min(c.si-lead, 6)))
	}
	veto := func(name string, ok bool) {
		if ok {
			put("veto=", name)
		}
	}
	veto("past", c.si != lead && (d.pastAside(i, lab) || d.earlierEvent(i, lab) || d.otherPlaceClause(i, lead)))
	veto("callahead", c.si == lead && d.callThenAhead(c.si, i))
	veto("ago", d.agoAside(i, c.w1, lab, s.w1))
	veto("placed", i > lab && (placedWords[d.lw(i-1)] || d.siteAt(i-1, lab)))
	veto("pluperfect", c.si != lead && d.pluperfectBefore(lab, i))
	veto("pastyear", c.si != lead && d.pastYearAfter(c.w1, s.w1))
	veto("cancel", prep == "to" && d.cancelledBefore(i, lab))
	veto("building", c.w1 < s.w1 && d.words[c.w1].cap && buildingWords[d.words[c.w1].text])
	near, motion := d.venueNear(c.si, i, c.w0, c.w1, lead, c.located, c.capital)
	if near {
		put("near")
	}
	if motion {
		put("motion")
	}
	for j := max(lab, i-3); j < i; j++ {
		if t := d.lw(j); t == "reporters" || t == "journalists" || t == "told" || t == "said" {
			put("said")
			break
		}
	}
	if d.aheadIn(c.si) {
		put("ahead")
	}
	if i > s.w0 {
		put("p0:", d.lw(i-1))
	}
	if i-1 > s.w0 {
		put("p1:", d.lw(i-2))
	}
	if c.w1 < s.w1 {
		put("n0:", d.lw(c.w1))
	}
	cl := d.clauseAt(i)
	for b, name := range tenseNames {
		if cl.tense&(1<<b) != 0 {
			put("tense=", name)
		}
	}
	return buf
}

// venueProb returns the model's probability for candidate k.
func (d *doc) venueProb(m linModel, v *venueDoc, k int) float64 {
	z := 0.0
	d.partBuf = d.venueFeatures(k, v, d.partBuf, func(f []byte) { z += m[string(f)] })
	return sigmoid(z)
}

// modelVenue returns the venue and the sentences that place it, given the
// rules' venue and sentences: the model's best candidate when it gives it
// at least venueOverMin and every candidate of the rules' place less than
// venueUnderMax; else the rules' venue. A venue the model does not weigh
// (none of its candidates has the rules' place) stays. Where the rules
// place nothing, the best candidate at venueFillMin or more places the
// story, unless the rules read it as a call.
func (d *doc) modelVenue(m linModel, title string, venue *Place, venueSents []int) (*Place, []int) {
	if len(d.venueCands) == 0 || venue == nil && (d.callSent >= 0 || d.aheadPlace == nil) {
		return venue, venueSents
	}
	// the clauses read here must not change what the readers after this
	// one find (see saveClauses)
	defer d.restoreClauses(d.saveClauses())
	v := d.venueDocOf(title)
	need := venueFillMin
	if venue != nil {
		// the rules' place first: most often the model does not doubt
		// it, and the others need no reading
		ruleP := -1.0
		for k := range d.venueCands {
			if d.venueCands[k].name == venue.Name {
				ruleP = max(ruleP, d.venueProb(m, &v, k))
			}
		}
		if ruleP < 0 || ruleP >= venueUnderMax {
			return venue, venueSents
		}
		need = venueOverMin
	}
	best, bestP := -1, 0.0
	for k := range d.venueCands {
		if venue != nil && d.venueCands[k].name == venue.Name {
			continue
		}
		if p := d.venueProb(m, &v, k); p > bestP {
			best, bestP = k, p
		}
	}
	if best < 0 || bestP < need {
		return venue, venueSents
	}
	c := &d.venueCands[best]
	p := &Place{Name: c.name, Country: c.country}
	if p.Country == "" {
		// (a territory by its own name after the model's reading, whose
		// candidates stay named as it was trained on)
		p.Name, p.Country = d.g.territoryPlace(p.Name)
	}
	if p.Country == "" {
		p.Country = d.placeCountryOf(p.Name)
	}
	d.bodyVenue = nil
	if c.si < 0 {
		d.datelineVenue = true
		return p, []int{max(d.leadSent, 0)}
	}
	d.datelineVenue = false
	return p, []int{c.si}
}
