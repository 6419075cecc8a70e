package digest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/absence"
	"github.com/attache-bot/attache/digest/agenda"
	"github.com/attache-bot/attache/digest/ner"
	"github.com/attache-bot/attache/digest/nextstep"
	"github.com/attache-bot/attache/digest/stance"
	"github.com/attache-bot/attache/digest/text"
)

// Engine extracts digests from articles. It holds the embedded gazetteers,
// is safe for concurrent use, and is meant to be built once with New.
type Engine struct {
	g      *gazetteer
	tagger *ner.Tagger
	// nerWords holds the tagger's analysis of each word of the vocabulary,
	// by vocab id (see runTagger); nil without the tagger
	nerWords []ner.Word
	stance   *stance.Model
	parts    linModel // the participant model (partmodel.go), nil for none
	// partHook, when set (training), replaces the participant model: it
	// sees the document with the rules' participants
	partHook func(d *doc, excl []string, exclSents, venueSents []int)
	agenda   *agenda.Model
	// trace receives every candidate agenda phrase (AgendaCandidates)
	trace func(AgendaCandidate)
	// venues is the venue model (venuemodel.go), nil for none; venueHook,
	// when set (training), sees every document's venue candidates and the
	// rules' venue
	venues    linModel
	venueHook func(d *doc, title string, venue *Place)
	dates     linModel // the meeting-date model (datemodel.go), nil for none
	// dateHook, when set (training), sees every document's date
	// candidates and the rules' pick (see quickLook)
	dateHook func(d *doc, r *Result, venueSents []int, dct string, ruleBest int)
	// absence is the learned absence model (absence_model.go), nil for
	// none; absTrace receives every candidate absentee
	// (AbsenceCandidates)
	absence  *absence.Model
	absTrace func(AbsenceCandidate)
	// next is the learned next-step model (next_model.go), nil for none;
	// nextTrace receives every candidate step (NextCandidates)
	next      *nextstep.Model
	nextTrace func(NextCandidate)

	// lift is the stance lift model (stance.Lift, read in modelStance),
	// nil for none
	lift *stance.Model
}

// Option configures an Engine.
type Option func(*options)

type options struct {
	tagger, noStance, noAgenda, noParts, noDates, noVenues, noAbsence, noNext bool
	stance                                                                    *stance.Model
	agenda                                                                    *agenda.Model
	absence                                                                   *absence.Model
	next                                                                      *nextstep.Model

	// the stance lift model (WithLiftModel, WithoutLiftModel)
	noLift bool
	lift   *stance.Model
}

// WithTagger makes the engine run the learned entity tagger of package
// digest/ner once per document and fuse its spans with the rules.
func WithTagger() Option { return func(o *options) { o.tagger = true } }

// WithoutTagger leaves the learned tagger out: rules and gazetteers only
// (faster, weaker on names no lexicon knows).
func WithoutTagger() Option { return func(o *options) { o.tagger = false } }

// WithoutStanceModel leaves the learned stance models out (package
// stance, the shipped model and the lift): reactions get only the stances
// the rules read.
func WithoutStanceModel() Option { return func(o *options) { o.noStance = true } }

// WithStanceModel makes the engine use m as its stance model instead of
// the shipped one (training's cross validation). The engine reads m on
// every Extract, so m must not change while one runs.
func WithStanceModel(m *stance.Model) Option { return func(o *options) { o.stance = m } }

// WithoutLiftModel leaves the stance lift model out (stance.Lift): a
// reaction the rules and the stance model leave neutral stays neutral.
func WithoutLiftModel() Option { return func(o *options) { o.noLift = true } }

// WithLiftModel makes the engine use m as its stance lift model instead of
// the shipped one (training's cross validation). The engine reads m on
// every Extract, so m must not change while one runs.
func WithLiftModel(m *stance.Model) Option { return func(o *options) { o.lift = m } }

// WithoutParticipantModel leaves the learned participant model out
// (partmodel.go): only the rules mark who takes part.
func WithoutParticipantModel() Option { return func(o *options) { o.noParts = true } }

// WithoutAgendaModel leaves the learned agenda model out (package
// agenda): the Agenda holds only the items the rules read.
func WithoutAgendaModel() Option { return func(o *options) { o.noAgenda = true } }

// WithAgendaModel makes the engine use m as its agenda model instead of
// the shipped one (training's cross validation). The engine reads m on
// every Extract, so m must not change while one runs.
func WithAgendaModel(m *agenda.Model) Option { return func(o *options) { o.agenda = m } }

// WithoutDateModel leaves the learned meeting-date model out
// (datemodel.go): only the rules date the meeting.
func WithoutDateModel() Option { return func(o *options) { o.noDates = true } }

// WithoutVenueModel leaves the learned venue model out (venuemodel.go):
// only the rules place the meeting.
func WithoutVenueModel() Option { return func(o *options) { o.noVenues = true } }

// WithoutAbsenceModel leaves the learned absence model out (package
// absence): the Absent/Excluded bullet holds only what the rules read.
func WithoutAbsenceModel() Option { return func(o *options) { o.noAbsence = true } }

// WithAbsenceModel makes the engine use m as its absence model instead of
// the shipped one (training's cross validation). The engine reads m on
// every Extract, so m must not change while one runs.
func WithAbsenceModel(m *absence.Model) Option { return func(o *options) { o.absence = m } }

// WithoutNextModel leaves the learned next-step model out (package
// nextstep): the Next bullet holds only what the rules read.
func WithoutNextModel() Option { return func(o *options) { o.noNext = true } }

// WithNextModel makes the engine use m as its next-step model instead of
// the shipped one (training's cross validation). The engine reads m on
// every Extract, so m must not change while one runs.
func WithNextModel(m *nextstep.Model) Option { return func(o *options) { o.next = m } }

// defaultTagger says whether New runs the learned tagger unless told.
const defaultTagger = true

// New loads the embedded gazetteers and lexicons and, by default, the
// learned entity tagger.
func New(opts ...Option) (*Engine, error) {
	o := options{tagger: defaultTagger}
	for _, f := range opts {
		f(&o)
	}
	// the tagger decodes while the gazetteers load
	type loaded struct {
		t   *ner.Tagger
		err error
	}
	tc := make(chan loaded, 1)
	if o.tagger {
		go func() {
			t, err := ner.Load()
			tc <- loaded{t, err}
		}()
	}
	g, err := loadGazetteer()
	var tl loaded
	if o.tagger {
		tl = <-tc
	}
	if err != nil {
		return nil, fmt.Errorf("digest: load gazetteer: %w", err)
	}
	if tl.err != nil {
		return nil, fmt.Errorf("digest: load tagger: %w", tl.err)
	}
	sm := o.stance
	if sm == nil && !o.noStance {
		if sm, err = stance.Shipped(); err != nil {
			return nil, fmt.Errorf("digest: load stance model: %w", err)
		}
	}
	lm := o.lift
	if o.noLift || o.noStance {
		lm = nil // (not read only to be dropped)
	} else if lm == nil {
		if lm, err = stance.Lift(); err != nil {
			return nil, fmt.Errorf("digest: load stance lift model: %w", err)
		}
	}
	var pm linModel
	if !o.noParts {
		if pm, err = loadPartModel(); err != nil {
			return nil, fmt.Errorf("digest: %w", err)
		}
	}
	var dm linModel
	if !o.noDates {
		if dm, err = loadDateModel(); err != nil {
			return nil, fmt.Errorf("digest: %w", err)
		}
	}
	var vm linModel
	if !o.noVenues {
		if vm, err = loadVenueModel(); err != nil {
			return nil, fmt.Errorf("digest: %w", err)
		}
	}
	am := o.agenda
	if am == nil && !o.noAgenda {
		if am, err = agenda.Shipped(); err != nil {
			return nil, fmt.Errorf("digest: load agenda model: %w", err)
		}
	}
	if o.noAgenda {
		am = nil
	}
	xm := o.absence
	if xm == nil && !o.noAbsence {
		if xm, err = absence.Shipped(); err != nil {
			return nil, fmt.Errorf("digest: load absence model: %w", err)
		}
	}
	if o.noAbsence {
		xm = nil
	}
	nm := o.next
	if nm == nil && !o.noNext {
		if nm, err = nextstep.Shipped(); err != nil {
			return nil, fmt.Errorf("digest: load next-step model: %w", err)
		}
	}
	if o.noNext {
		nm = nil
	}
	var nw []ner.Word
	if tl.t != nil {
		nw = nerWords(tl.t, &g.vocab)
	}
	return &Engine{g: g, tagger: tl.t, nerWords: nw, stance: sm, lift: lm, parts: pm, agenda: am, absence: xm, dates: dm, venues: vm, next: nm}, nil
}

// docPool recycles the per-document buffers (words, sentences,
// mentions) between Extract calls.
var docPool = sync.Pool{New: func() any { return new(doc) }}

// maxPooledWords bounds the buffers kept for reuse: a huge body's
// buffers are left to the garbage collector.
const maxPooledWords = 1 << 16

func (e *Engine) getDoc(body string) *doc {
	d := docPool.Get().(*doc)
	d.reset()
	d.g, d.body, d.stance, d.agendaModel = e.g, body, e.stance, e.agenda
	d.lift = e.lift
	d.dateModel, d.dateHook = e.dates, e.dateHook
	d.venueModel, d.venueHook = e.venues, e.venueHook
	d.agendaTrace = e.trace
	d.absenceModel, d.absTrace = e.absence, e.absTrace
	d.nextModel, d.nextTrace = e.next, e.nextTrace
	d.low, d.lowExact, d.lowASCII = lowerBodyInfo(body)
	return d
}

func (e *Engine) putDoc(d *doc) {
	if cap(d.words) > maxPooledWords {
		return
	}
	// drop references to the body and results so the pool holds only buffers
	d.reset()
	docPool.Put(d)
}

// reset clears d for the next document, keeping its buffers.
func (d *doc) reset() {
	clear(d.canons) // (names of the last body)
	*d = doc{
		callSent: -1,
		leadSent: -1, departSent: -1, stepDates: d.stepDates[:0], elseSent: d.elseSent[:0], leadCountries: d.leadCountries[:0],
		words: d.words[:0], tokSpans: d.tokSpans[:0], tokLex: d.tokLex[:0], sents: d.sents[:0], ments: d.ments[:0],
		mentAt: d.mentAt[:0], roles: d.roles[:0], spanBuf: d.spanBuf[:0], sentSpans: d.sentSpans[:0],
		ents: d.ents[:0], known: d.known, wordText: d.wordText[:0], sentWords: d.sentWords[:0],
		wordKnown: d.wordKnown[:0], sentKnown: d.sentKnown[:0], hadAt: d.hadAt[:0],
		tspans: d.tspans[:0], tagAt: d.tagAt[:0], tword: d.tword[:0], twordEnd: d.twordEnd[:0],
		people: d.people[:0], personPool: d.personPool, byKnown: d.byKnown, bySur: d.bySur, bySurFold: d.bySurFold, byOther: d.byOther,
		remap: d.remap[:0], cueBits: d.cueBits[:0], strSet: d.strSet, canons: d.canons[:0], genders: d.genders[:0],
		bgSent: d.bgSent[:0], portfolios: d.portfolios, srcCountries: d.srcCountries[:0],
		venueCands: d.venueCands[:0], clauses: d.clauses[:0], clauseOf: d.clauseOf[:0], placeWords: d.placeWords, partBuf: d.partBuf[:0], clauseSave: d.clauseSave[:0], dlEnds: d.dlEnds[:0],
		agendaToks: d.agendaToks[:0], agendaPicks: d.agendaPicks[:0], agendaSupports: d.agendaSupports[:0], agendaScratch: d.agendaScratch,
		absToks: d.absToks[:0], absPicks: d.absPicks[:0], absScratch: d.absScratch,
		nextToks: d.nextToks[:0], nextPicks: d.nextPicks[:0], nextScratch: d.nextScratch,
	}
	clear(d.known)
	clear(d.placeWords)
	clear(d.portfolios)
	clear(d.strSet)
	// the pooled clusters and indexes must not keep the last body alive
	for _, p := range d.personPool {
		clear(p.forms)
		*p = personC{forms: p.forms[:0], formN: p.formN[:0], ments: p.ments[:0]}
	}
	clear(d.byKnown)
	clear(d.bySur)
	clear(d.byOther)
}

// runTagger tags the document's words once, sentence by sentence, and
// indexes the spans (in engine word indexes) by their first word. An
// abbreviation the tokenizer split from its period ("Mr" ".", "J" ".")
// is one word for the tagger, as in its training data.
func (d *doc) runTagger(t *ner.Tagger, known []ner.Word) {
	for si := range d.sents {
		s := &d.sents[si]
		t0 := len(d.wordText)
		for i := s.w0; i < s.w1; i++ {
			w := &d.words[i]
			if courtesyTitle(w) {
				if n := d.courtesyAt(i, s.w1); n > 0 {
					// "H.E. John Mahama", "Hon. A": the tagger, which
					// never saw these titles, reads the name without them
					i += n - 1
					continue
				}
			}
			if i+2 < s.w1 && w.cap && w.alpha && len(w.text) <= 4 && d.words[i+1].text == "." && d.words[i+1].start == w.end {
				d.wordText = append(d.wordText, d.body[w.start:w.end+1])
				d.wordKnown = append(d.wordKnown, nil)
				d.tword = append(d.tword, int32(i))
				d.twordEnd = append(d.twordEnd, int32(i+2))
				i++
				continue
			}
			d.wordText = append(d.wordText, w.text)
			// w.xid is the vocab id of w.text itself: the tagger takes
			// the analysis made at load
			var kw *ner.Word
			if uint(w.xid) < uint(len(known)) {
				kw = &known[w.xid]
			}
			d.wordKnown = append(d.wordKnown, kw)
			d.tword = append(d.tword, int32(i))
			d.twordEnd = append(d.twordEnd, int32(i+1))
		}
		d.sentWords = append(d.sentWords, d.wordText[t0:])
		d.sentKnown = append(d.sentKnown, d.wordKnown[t0:])
	}
	d.tspans = t.AppendSpansKnown(d.tspans, d.sentWords, d.sentKnown)
	if cap(d.tagAt) < len(d.words) {
		d.tagAt = make([]int32, len(d.words))
	}
	d.tagAt = d.tagAt[:len(d.words)]
	for i := range d.tagAt {
		d.tagAt[i] = -1
	}
	// Two person spans with only spaces between are one name ("Sir Digby
	// Jones" tagged B-PER B-PER): GMB's training data has no such pair.
	n := 0
	for k := range d.tspans {
		sp := &d.tspans[k]
		sp.Start, sp.End = int(d.tword[sp.Start]), int(d.twordEnd[sp.End-1])
		if p := &d.tspans[max(n-1, 0)]; n > 0 && p.Type == "PER" && p.End == sp.Start && (sp.Type == "PER" || d.surnameSpan(p, sp)) &&
			strings.TrimLeft(d.body[d.words[p.End-1].end:d.words[sp.Start].start], " ") == "" {
			p.End = sp.End
			continue
		}
		d.tspans[n] = *sp
		n++
	}
	d.tspans = d.tspans[:n]
	d.splitTaggedOrgs()
	d.namesInOrgSpans()
	for k := range d.tspans {
		sp := &d.tspans[k]
		for w := sp.Start; w < sp.End; w++ {
			d.tagAt[w] = int32(k)
		}
	}
	d.hasTags = true
}

// nerWords returns tagger t's analysis (Tagger.AnalyzeWord) of every word
// of v, by id, so that the tagger need not analyse nor look up a body word
// the vocabulary knows (about two in three of a news article's words).
// For the 30,000 words of the vocabulary it takes about 5 ms and 2.5 MB.
func nerWords(t *ner.Tagger, v *vocab) []ner.Word {
	out := make([]ner.Word, len(v.flags))
	for w, id := range v.ids {
		out[id] = t.AnalyzeWord(w)
	}
	return out
}

// surnameSpan reports whether the tagger's organisation span sp, right
// after the one-word person span p of a given name, is the rest of the
// name: "H.E. John Dramani Mahama" tagged John as a person and "Dramani
// Mahama" as an organisation. The span is one or two capitalised words,
// none a head of organisations or places, a title or a known word.
func (d *doc) surnameSpan(p, sp *ner.Span) bool {
	if sp.Type != "ORG" || p.End-p.Start != 1 || d.words[p.Start].xf&fFirst == 0 || sp.End-sp.Start > 2 {
		return false
	}
	for k := sp.Start; k < sp.End; k++ {
		w := &d.words[k]
		if !w.cap || !w.alpha || w.allCap || w.poss || w.xf&(fOrgHead|fLocHead|fNonName|fHonorific|fFirst) != 0 || w.lf&(fLower|fEnglish) != 0 {
			return false
		}
	}
	return true
}

// personTitles are capitalised words that stand before a person's name
// but are not in the role list.
var personTitles = map[string]bool{
	"MP": true, "MEP": true, "MSP": true, "Professor": true, "Prof": true, "Prof.": true,
	"Rt": true, "Rt.": true, "Rev": true, "Rev.": true, "Revd": true, "Reverend": true,
}

// splitTaggedOrgs cuts a person's name off the end of a learned
// organisation span: "Labour's Yvette Cooper", "NBC's Dante Chinni",
// "Liberal Democrat MP Jackie Ballard", "Professor Joni Lovenduski" (the
// tagger, trained on VOA news, reads these as one organisation). The name,
// after a possessive or a title word, is two or three capitalised words that
// start with a given name and hold no organisation head; what stands before
// it stays an organisation. Role titles are addTagged's (roleThenName).
func (d *doc) splitTaggedOrgs() {
	var out []ner.Span
	placesMade := false // d.placeWords holds the first words of the tagger's places
	for k := range d.tspans {
		sp := d.tspans[k]
		for sp.Type == "PER" && sp.End-sp.Start >= 3 && personTitles[d.words[sp.Start].text] {
			// "Prof Joni Lovenduski": the title is no part of the name
			sp.Start++
			d.tspans[k].Start = sp.Start
		}
		if sp.Type == "PER" {
			// "Harry Truman Library", "Nissan Motor Company", "Rivertown
			// United": a name that ends in a head noun names the body or
			// place, not the person (one word, or a club's head, only
			// after no given name: see orgHeaded)
			switch {
			case sp.End-sp.Start >= 2 && d.words[sp.End-1].xf&fOrgHead != 0 || d.orgHeaded(sp.Start, sp.End):
				d.tspans[k].Type, sp.Type = "ORG", "ORG"
			case sp.End-sp.Start >= 2 && d.words[sp.End-1].xf&fLocHead != 0:
				d.tspans[k].Type, sp.Type = "LOC", "LOC"
			}
		}
		cut, name, preType := -1, -1, "ORG"
		switch {
		case sp.Type == "ORG" && sp.End-sp.Start >= 2:
			for i := sp.Start; i < sp.End-1 && cut < 0; i++ {
				w := &d.words[i]
				c, t := i, i
				switch {
				case w.poss: // "Labour" of "Labour's Yvette Cooper"
					c, t = i+1, i+1
				case i > sp.Start && (w.text == "'s" || w.text == "’s"): // "Labour 's Yvette Cooper"
					t = i + 1
				case w.xf&fHonorific != 0 || personTitles[w.text]:
					t = i + 1
				case i == sp.Start:
					// a role that opens the span: "General Abdel Fattah
					// al-Burhan" (one inside it is roleThenName's)
					t = i + d.roleAt(i, sp.End)
				}
				if t > i && d.personTail(t, sp.End) && !d.placeWord(t, &placesMade) {
					cut, name = c, t
				}
			}
		case (sp.Type == "LOC" || sp.Type == "ORG") && sp.End-sp.Start >= 3 && d.roleForBefore(sp.Start, 0) >= 0:
			// "senior adviser for Africa Massad Boulos": the place ends
			// the role, a name follows it
			if n := d.placePrefix(sp.Start, sp.End); n > 0 && d.plainName(sp.Start+n, sp.End) {
				cut, name, preType = sp.Start+n, sp.Start+n, "LOC"
			}
		case sp.Type == "PER" && sp.End-sp.Start >= 3:
			// a nationality or a role the tagger put in the name:
			// "Qatari Minister of State Mohammed Al-Khulaifi"; the rules
			// read what stands before the name
			for i := sp.Start; i < sp.End-2 && cut < 0; i++ {
				if r := d.roleAt(i, sp.End); r > 0 && d.personTail(i+r, sp.End) {
					cut, name = sp.Start, i+r
				}
			}
		}
		if cut < 0 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Span, 0, len(d.tspans)+1), d.tspans[:k]...)
		}
		if cut > sp.Start && (sp.Type == "ORG" || preType == "LOC") && !d.titlesOnly(sp.Start, cut) {
			// what stands before stays an organisation (or the place of
			// a role), unless it is titles alone ("Rt Rev" of "Rt Rev Dr
			// Tom Wright")
			out = append(out, ner.Span{Start: sp.Start, End: cut, Type: preType})
		}
		out = append(out, ner.Span{Start: name, End: sp.End, Type: "PER"})
	}
	if out != nil {
		d.tspans = out
	}
}

// roleForBefore returns the last word of a role title that "for" (or
// "for the") before word i follows, not before word lo ("adviser" of
// "adviser for Africa", "Envoy" of "Special Envoy for the Middle East"),
// or -1.
func (d *doc) roleForBefore(i, lo int) int {
	j := i - 1
	if j >= lo && d.words[j].low == "the" {
		j--
	}
	if j-1 >= lo && j >= 1 && d.words[j].low == "for" && d.words[j-1].lf&fRoleEnd != 0 {
		return j - 1
	}
	return -1
}

// placePrefix returns how many words from i, short of j, name a known
// place or country, or 0.
func (d *doc) placePrefix(i, j int) int {
	n, e := d.lookup(i, j, false)
	if n == 0 || n >= j-i || e == nil {
		return 0
	}
	switch e.kind {
	case kCountry, kCity, kLearnLoc:
		return n
	}
	return 0
}

// plainName reports whether the words [i, j) may be a person's name
// where the context says one follows: two or three capitalised words,
// none a head of a place or body or a word that is never a name, not a
// known place or body.
func (d *doc) plainName(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	if n, e := d.lookup(i, j, false); n > 0 && e.kind != kNone && e.kind != kPerson && e.kind != kLearnPer {
		return false
	}
	for k := i; k < j; k++ {
		if w := &d.words[k]; !w.cap || !w.alpha || w.xf&(fOrgHead|fLocHead|fNonName) != 0 {
			return false
		}
	}
	return true
}

// titlesOnly reports whether the words [i, j) are all titles or honorifics.
func (d *doc) titlesOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if w := &d.words[k]; w.xf&fHonorific == 0 && !personTitles[w.text] {
			return false
		}
	}
	return true
}

// placeWord reports whether word i starts a place span of the tagger's in
// this document ("Charlotte" of the dateline "CHARLOTTE" and of "in
// Charlotte"): then "Charlotte Panthers" is no person. The set of such
// words (lower case) is made once per document, on the first call, in a map
// the doc keeps.
func (d *doc) placeWord(i int, made *bool) bool {
	if !*made {
		*made = true
		if d.placeWords == nil {
			d.placeWords = map[string]bool{}
		}
		clear(d.placeWords)
		for _, sp := range d.tspans {
			if sp.Type == "LOC" || sp.Type == "GPE" {
				d.placeWords[d.words[sp.Start].low] = true
			}
		}
	}
	return d.placeWords[d.words[i].low]
}

// personTail reports whether the words [i, j) are a person's name: two to
// four words, the first a given name that starts no known place or body,
// the others capitalised (no organisation head, no word that is never a
// name) or name particles ("bin", "al-Burhan").
func (d *doc) personTail(i, j int) bool {
	if j-i < 2 || j-i > 4 || d.words[i].xf&(fFirst|fGiven) == 0 {
		return false
	}
	if n, e := d.lookup(i, j, false); n > 0 && e.kind != kNone && e.kind != kPerson && e.kind != kLearnPer {
		return false // a place or a body: "Charlotte Panthers"
	}
	caps := 0
	for k := i; k < j; k++ {
		w := &d.words[k]
		switch {
		case w.cap && w.alpha && w.xf&(fOrgHead|fNonName) == 0:
			caps++
		case k > i && k < j-1 && nameParticles[w.text]:
			// "Faisal bin Farhan"
		case k > i && isParticleName(w.text):
			// "Abdel Fattah al-Burhan"
		default:
			return false
		}
	}
	return caps >= 2
}

// nameParticles are lower-case words inside a person's name.
var nameParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "de": true,
	"da": true, "di": true, "do": true, "van": true, "von": true, "der": true, "du": true, "dos": true, "das": true, "la": true, "le": true}

// isParticleName reports whether w is a name with a lower-case particle
// joined by a hyphen: "al-Burhan", "el-Sisi", "bin-Salman".
func isParticleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !nameParticles[p] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// englishWords are frequent English function words; text with almost none of
// them is treated as not English.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true, "that": true,
	"for": true, "on": true, "with": true, "was": true, "as": true, "by": true, "at": true, "from": true,
	"has": true, "have": true, "will": true, "it": true, "his": true, "her": true, "are": true, "be": true,
	"said": true, "an": true, "its": true, "their": true, "were": true, "this": true, "not": true,
}

func empty(id string) Result {
	return Result{
		ID: id, Offsets: "bytes", Mentions: []Mention{}, People: []Person{}, Places: []Place{},
		Countries: []string{}, Mediators: []string{}, Excluded: []string{}, Dates: []Date{},
		Reactions: []Reaction{}, Agenda: []string{}, QuickLook: QuickLook{Bullets: []Bullet{}},
		Summary: []string{},
	}
}

// Extract reads one article and returns its digest. It is pure and
// deterministic; empty or non-English bodies yield an empty Result.
func (e *Engine) Extract(a Article) Result {
	res := empty(a.ID)
	if strings.TrimSpace(a.Body) == "" {
		return res
	}
	d := e.getDoc(a.Body)
	defer e.putDoc(d)
	d.split()
	d.buildWords()
	if !d.english() {
		return res
	}
	d.layout(d.headerEnd())
	if e.tagger != nil {
		d.runTagger(e.tagger, e.nerWords)
	}
	d.recognise()
	d.readCongo()
	d.datelinePlaces()
	d.teams()
	d.pubYear, d.pubMonth, d.pubDay = 0, 0, 0
	if !a.Published.IsZero() {
		d.pubYear, d.pubMonth, d.pubDay = a.Published.Year(), int(a.Published.Month()), a.Published.Day()
		d.pubWeekday = (int(a.Published.Weekday())+6)%7 + 1
	}
	d.resolvePeople()
	title := a.Title
	if title == "" && len(d.sents) > 0 && d.sents[0].header {
		title = d.sents[0].span.Of(d.body)
	}
	// the venue first: who met elsewhere takes no part (participants)
	venue, venueSents := d.venue(title)
	if d.venueModel != nil || d.venueHook != nil {
		d.finishVenueCands()
		if d.venueHook != nil {
			d.venueHook(d, title, venue)
		} else {
			venue, venueSents = d.modelVenue(d.venueModel, title, venue, venueSents)
		}
	}
	if !d.datelineVenue {
		// (a venue read off the dateline alone tells nobody's part:
		// participants go on as without one)
		d.venuePlace = venue
	} else {
		d.venuePlace = d.bodyVenue
	}
	d.finishPeople()
	// who stays away takes no part ("Li Qiang has cancelled his
	// attendance")
	excl, exclSents := d.excluded()
	if e.partHook != nil {
		e.partHook(d, excl, exclSents, venueSents)
	} else if e.parts != nil {
		// who the rules missed, by the words around their mentions
		d.addModelParticipants(e.parts, excl, exclSents, venueSents)
	}

	// mentions
	res.Mentions = make([]Mention, 0, len(d.ments))
	for _, m := range d.ments {
		res.Mentions = append(res.Mentions, Mention{Type: m.typ, Text: d.body[m.start:m.end], Start: m.start, End: m.end, Kind: mentionKind(&m)})
	}
	// people, in order of first mention
	order := make([]int, 0, len(d.people))
	for i, p := range d.people {
		if len(p.ments) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(d.people[x].first, d.people[y].first) })
	res.People = make([]Person, 0, len(order))
	for _, pi := range order {
		p := d.people[pi]
		name := p.canonical()
		aliases := []string{}
		short := false
		for _, f := range p.forms {
			if f != name {
				aliases = append(aliases, f)
				short = short || !strings.Contains(f, " ")
			}
		}
		// the surname as an alias, unless the text used another short form
		sur := name
		if i := strings.LastIndexByte(sur, ' '); i > 0 && genSuffix(sur[i+1:]) {
			sur = sur[:i] // "Ferdinand Marcos Jr.": Marcos
		} else if i > 0 && romanNumeral(sur[i+1:]) {
			// "James M. Trotter III" is Trotter; "John Paul II" has no
			// surname
			sur = ""
			if strings.Contains(name[:i], ". ") {
				sur = name[:i]
			}
		}
		if i := strings.LastIndexByte(sur, ' '); i > 0 && !short && !contains(aliases, sur[i+1:]) {
			aliases = append(aliases, sur[i+1:])
		}
		res.People = append(res.People, Person{Name: name, Aliases: aliases, Role: p.role, Affiliation: p.affil, Participant: p.part})
	}
	// places
	seenPlace := d.stringSet()
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.typ != LOC && m.typ != GPE {
			continue
		}
		name := d.placeName(mi)
		if seenPlace[name] {
			continue
		}
		seenPlace[name] = true
		res.Places = append(res.Places, Place{Name: name, Country: d.countryOf(mi)})
	}
	res.Venue = venue
	res.Excluded = append(res.Excluded, excl...)
	res.Countries = append(res.Countries, d.parties(excl)...)
	// one known party and talks on another's soil: the host is the other
	// party, unless the text says it only hosts ("Qatar will host talks
	// between Sudan's warring parties")
	hosts := d.hosts()
	if len(d.mediating) > 0 {
		// "Turkey will act as mediator": a go-between, no party
		res.Countries = slices.DeleteFunc(res.Countries, func(c string) bool { return contains(d.mediating, c) })
	}
	if len(res.Countries) == 1 && venue != nil && venue.Country != "" && !contains(excl, venue.Country) && !contains(res.Countries, venue.Country) && !contains(hosts, venue.Country) {
		res.Countries = append(res.Countries, venue.Country)
	}
	res.Mediators = append(res.Mediators, d.mediators(res.Countries, excl, hosts, venue)...)
	if d.absenceModel != nil {
		// who the rules missed staying away or being left out
		add, addSents := d.modelAbsences(excl, res.Countries, venue)
		res.Excluded = append(res.Excluded, add...)
		exclSents = append(exclSents[:len(exclSents):len(exclSents)], addSents...)
	}
	ag, agS := d.agenda(venue)
	ag, agS = d.modelAgenda(ag, agS, venue, venueSents)
	d.agendaSents = agS
	res.Agenda = append(res.Agenda, ag...)
	datesAt := venue
	if datesAt == nil {
		datesAt = d.aheadPlace // "would meet again in Washington later this month": talks in Washington
	}
	if ds := d.dates(a.Published, datesAt); len(ds) > 0 {
		res.Dates = ds
	}
	d.eventParties = append(append(append(d.eventParties[:0], res.Countries...), res.Mediators...), hosts...)
	if rs := d.reactions(); len(rs) > 0 {
		timeQuotes(d.body, rs, res.Dates)
		res.Reactions = rs
	}
	countries := d.stringSet()
	d.addNamedCountries(countries)
	res.Relevance = d.relevance(len(countries))
	d.summary = d.selectSummary(4)
	for _, si := range d.summary {
		res.Summary = append(res.Summary, d.sents[si].span.Of(d.body))
	}
	dct := ""
	if !a.Published.IsZero() {
		dct = a.Published.Format("2006-01-02")
	}
	res.QuickLook = d.quickLook(title, dct, &res, venueSents, exclSents)
	return res
}

// romanNumeral reports whether w is a Roman numeral of a name: "II",
// "VIII".
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// readCongo settles which Congo a bare "Congo" is. Wire style (AP,
// Reuters) writes "Congo" for the Democratic Republic of the Congo and
// "Republic of Congo" or "Congo Republic" for the other, so the
// gazetteer reads it so; but a text that names only the Republic of the
// Congo (or Brazzaville) means that one by its later "Congo".
func (d *doc) readCongo() {
	drc, roc := d.g.country["Democratic Republic of the Congo"], d.g.country["Republic of the Congo"]
	if drc == nil || roc == nil {
		return
	}
	var bare []int
	sawRoC := false
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.e == nil {
			continue
		}
		switch {
		case m.e == drc && strings.EqualFold(d.body[m.start:m.end], "congo"):
			bare = append(bare, mi)
		case m.e.kind == kNorp && m.e.country == drc.canon:
			// "Congolese" is said of both
		case m.e.country == drc.canon:
			return // the text names the DRC itself, or Kinshasa, Goma
		case m.e.country == roc.canon:
			sawRoC = true
		}
	}
	if !sawRoC {
		return
	}
	for _, mi := range bare {
		d.ments[mi].e = roc
	}
}

// datelinePlaces retypes as places the names in capitals that open a
// wire dateline and the tagger took for people ("ARUSHA, Tanzania, March
// 19 (Reuters) -"), and the same word written elsewhere as one-word
// person ("a summit in Arusha").
func (d *doc) datelinePlaces() {
	var city string
	first := 0 // a dateline opens the text: its first sentence after the header's
	for first < len(d.sents) && d.sents[first].header {
		first++
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent > first+1 {
			// (or the second, after a headline line: a text file that
			// starts with its title)
			break
		}
		if m.typ != PER || !m.guessed || m.w0 != d.sents[m.sent].w0 || d.sents[m.sent].header || !d.words[m.w0].allCap {
			continue
		}
		if d.inDateline(m.sent, m.start) && m.w1 < len(d.words) && d.words[m.w1].text == "," {
			m.typ, m.k = LOC, kLearnLoc
			city = d.words[m.w0].low
			if m.w1-m.w0 > 1 {
				city = ""
			}
		}
	}
	if city == "" {
		return
	}
	for mi := range d.ments {
		if m := &d.ments[mi]; m.typ == PER && m.guessed && m.w1-m.w0 == 1 && d.words[m.w0].low == city {
			m.typ, m.k = LOC, kLearnLoc
		}
	}
}

// addNamedCountries adds to set every country the story names: as a
// country, a demonym, a bloc or a known place (countryOf).
func (d *doc) addNamedCountries(set map[string]bool) {
	for mi := range d.ments {
		if c := d.countryOf(mi); c != "" {
			set[c] = true
		}
	}
}

// stringSet returns the document's scratch set of strings, empty. Each use
// ends before the next begins.
func (d *doc) stringSet() map[string]bool {
	if d.strSet == nil {
		d.strSet = map[string]bool{}
	}
	clear(d.strSet)
	return d.strSet
}

func mentionKind(m *ment) string {
	if m.e != nil {
		return m.e.kind.kindName()
	}
	switch m.typ {
	case PER:
		return "person"
	case ORG:
		return "organisation"
	case LOC:
		return "place"
	}
	return ""
}

// split finds the sentences, treating a wire-style header line as fields.
func (d *doc) split() {
	fields, lead := text.AppendHeader(d.spanBuf[:0], d.body)
	for _, f := range fields {
		d.sents = append(d.sents, sentence{span: f, header: true})
	}
	d.spanBuf = text.AppendSentences(fields[:0], d.body[lead:])
	for _, sp := range d.spanBuf {
		d.sents = append(d.sents, sentence{span: text.Span{Start: sp.Start + lead, End: sp.End + lead}})
	}
}

func (d *doc) headerEnd() int {
	end := 0
	for _, s := range d.sents {
		if s.header {
			end = s.span.End
		}
	}
	return end
}

// english reports whether the text reads as English: enough English
// function words among all words, or (for tables and lists, which are
// mostly names and numbers) most of the lower-case words in the English
// lexicon.
func (d *doc) english() bool {
	n, hit, nl, kl := 0, 0, 0, 0
	last := len(d.words)
	for i := range d.words {
		w := &d.words[i]
		if !w.alpha {
			continue
		}
		n++
		if w.lf&fEnglish != 0 {
			hit++
		}
		if n >= 400 {
			last = i + 1
			break
		}
	}
	if n < 8 {
		return n > 0 && hit > 0 || n > 0 && d.anyKnown()
	}
	if hit*100 >= n*4 {
		return true
	}
	// the lower-case words, counted only when the function words do not
	// decide (most English texts stop above)
	for i := range d.words[:last] {
		if w := &d.words[i]; w.alpha && !w.cap && len(w.text) > 1 && w.low == w.text {
			nl++
		}
	}
	if hit > 0 && nl >= 5 || hit == 0 && n < 40 && nl >= 3 {
		// the lexicon look-ups only when the function words do not decide
		// (a short headline-like text may have none: "Russia's foreign
		// minister Sergei Lavrov met Marco Rubio.")
		short := hit == 0
		for i := range d.words[:last] {
			w := &d.words[i]
			if !w.alpha || w.cap || w.low != w.text || len(w.text) <= 1 {
				continue
			}
			if short && !isASCII(w.text) {
				// "über", "Gesprächen": no English headline
				return false
			}
			if w.lf&(fEnglish|fLower) != 0 {
				kl++
			} else if _, f := d.g.vocab.get(w.text); f&fLower != 0 {
				kl++
			}
		}
		if !short && kl*10 >= nl*6 || short && kl*3 >= nl*2 {
			return true
		}
		if short {
			return false
		}
	}
	// a results table repeats a few unit words ("metres", "seconds"):
	// count the distinct lower-case words instead
	if hit == 0 || nl < 5 {
		return false
	}
	seen := map[string]bool{}
	nl, kl = 0, 0
	for i, m := 0, 0; i < len(d.words) && m < 400; i++ {
		w := &d.words[i]
		if !w.alpha {
			continue
		}
		m++
		if w.cap || w.low != w.text || len(w.text) <= 1 || seen[w.text] {
			continue
		}
		seen[w.text] = true
		nl++
		if w.lf&(fEnglish|fLower) != 0 {
			kl++
		} else if _, f := d.g.vocab.get(w.text); f&fLower != 0 {
			kl++
		}
	}
	return nl >= 5 && kl*10 >= nl*6
}

func (d *doc) anyKnown() bool {
	for i := range d.words {
		if n, _ := d.lookup(i, len(d.words), false); n > 0 {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
