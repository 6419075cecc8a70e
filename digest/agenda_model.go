package digest

import (
	"cmp"
	"slices"

	"github.com/attache-bot/attache/digest/agenda"
)

// The learned agenda reader (package agenda) beside the rules: the rules'
// items stay; the model adds the candidate phrases it scores at or above
// its threshold, best first, none that repeats an item already listed,
// until the Agenda holds maxAgendaItems.

// maxAgendaItems caps the Agenda: a tidy list of topics, not every phrase
// the model likes.
const maxAgendaItems = 6

// agendaPick is a candidate phrase the model scored at or above its
// threshold: the words [a, b) of sentence si, with probability p.
type agendaPick struct {
	si, a, b int
	p        float64
}

// AgendaCandidate is one candidate topic phrase of an article, as the
// training of the agenda model sees it (see AgendaCandidates).
type AgendaCandidate struct {
	// Sentence is the index of the phrase's sentence in the body.
	Sentence int
	// Text is the phrase as the body writes it.
	Text string
	// Names are the phrase's features (agenda.FeatureNames).
	Names []string
}

// AgendaCandidates digests a as Extract does and returns every candidate
// topic phrase the agenda model scores, with its features: the training
// data of package agenda.
func (e *Engine) AgendaCandidates(a Article) []AgendaCandidate {
	var out []AgendaCandidate
	ee := *e
	ee.agenda = &agenda.Model{Threshold: 2} // (scores every candidate, lists none)
	ee.trace = func(c AgendaCandidate) { out = append(out, c) }
	ee.Extract(a)
	return out
}

// agendaSentence reports whether sentence si may hold topics the model
// reads: a sentence of the text (no header, metadata or table row) from
// the lead to maxAgendaSent sentences after it, or one the rules took an
// item from (ruleSents). Topics sit near the top of a story, and the cap
// keeps the model's cost small on long ones.
func (d *doc) agendaSentence(si int, ruleSents []int) bool {
	s := &d.sents[si]
	if si < d.leadSent || s.header || s.meta || s.table || s.w1 <= s.w0 {
		return false
	}
	return si-d.leadSent <= maxAgendaSent || slices.Contains(ruleSents, si)
}

// maxAgendaSent is how many sentences after the lead the model reads.
const maxAgendaSent = 15

// modelAgenda adds to the rules' agenda items and their sentences the
// phrases the learned agenda model finds (see maxAgendaItems), and caps
// the list. venueSents are the sentences that name the venue. The model
// reads only a story of a meeting: one whose agenda the rules read, or
// that places its event (a venue, a meeting ahead, a telephone call);
// a story of no meeting has no agenda ("jobs gains", "super-casinos").
func (d *doc) modelAgenda(items []string, sents []int, venue *Place, venueSents []int) ([]string, []int) {
	m := d.agendaModel
	if len(items) > maxAgendaItems {
		items, sents = items[:maxAgendaItems], sents[:maxAgendaItems]
	}
	if m == nil || d.leadSent < 0 || len(items) >= maxAgendaItems && d.agendaTrace == nil {
		return items, sents
	}
	if len(items) == 0 && venue == nil && d.aheadPlace == nil && d.callSent < 0 {
		return items, sents
	}
	picks := d.agendaPicks[:0]
	for si := d.leadSent; si < len(d.sents); si++ {
		if !d.agendaSentence(si, sents) {
			continue
		}
		s := d.agendaContext(si, sents, venueSents)
		if d.agendaTrace != nil {
			agenda.Chunks(s.Toks, func(a, b int) {
				c := AgendaCandidate{Sentence: si, Text: d.body[d.words[s0(d, si)+a].start:d.words[s0(d, si)+b-1].end]}
				agenda.FeatureNames(&s, a, b, func(n string) { c.Names = append(c.Names, n) })
				d.agendaTrace(c)
			})
		}
		m.Score(&s, &d.agendaScratch, func(a, b int, p float64) {
			picks = append(picks, agendaPick{si: si, a: a, b: b, p: p})
		})
	}
	d.agendaPicks = picks
	if len(picks) == 0 {
		return items, sents
	}
	slices.SortStableFunc(picks, func(x, y agendaPick) int { return cmp.Compare(y.p, x.p) })
	keys := make([][]string, 0, maxAgendaItems)
	for _, it := range items {
		keys = append(keys, contentKey(d.lowerOf(it)))
	}
	var chosen []agendaPick
	for _, p := range picks {
		if len(items)+len(chosen) >= maxAgendaItems {
			break
		}
		if slices.ContainsFunc(chosen, func(c agendaPick) bool { return c.si == p.si && c.a < p.b && p.a < c.b }) {
			continue // a phrase inside or around one chosen
		}
		w0 := s0(d, p.si)
		k := contentKey(d.lowerOf(d.body[d.words[w0+p.a].start:d.words[w0+p.b-1].end]))
		if len(k) == 0 || slices.ContainsFunc(keys, func(o []string) bool { return overlap(k, o) >= 0.5 || overlap(o, k) >= 0.5 }) {
			continue // an item listed already, or half of one ("lift sanctions", "easing sanctions")
		}
		keys = append(keys, k)
		chosen = append(chosen, p)
	}
	// the model's items after the rules', in the order of the text
	slices.SortFunc(chosen, func(x, y agendaPick) int { return cmp.Or(cmp.Compare(x.si, y.si), cmp.Compare(x.a, y.a)) })
	for _, p := range chosen {
		w0 := s0(d, p.si)
		items = append(items, d.body[d.words[w0+p.a].start:d.words[w0+p.b-1].end])
		sents = append(sents, p.si)
	}
	return items, sents
}

// s0 is the first word of sentence si.
func s0(d *doc, si int) int { return d.sents[si].w0 }

// agendaContext returns sentence si as the agenda model reads it; its
// tokens live in d.agendaToks until the next call. ruleSents are the
// sentences of the rules' items, venueSents those that name the venue.
func (d *doc) agendaContext(si int, ruleSents, venueSents []int) agenda.Sentence {
	s := &d.sents[si]
	toks := d.agendaToks[:0]
	ctx := agenda.Sentence{Venue: slices.Contains(venueSents, si), Rule: slices.Contains(ruleSents, si)}
	for i := s.w0; i < s.w1; i++ {
		w := &d.words[i]
		t := agenda.Token{Low: w.low, Cap: w.cap, Punct: w.punct || !w.alpha && !isDigitStart(w.low)}
		if w.cap && w.xf&fNonName != 0 {
			ctx.Date = true // a month or weekday (and a few other words)
		}
		if i < len(d.mentAt) {
			if mi := d.mentAt[i]; mi >= 0 {
				m := &d.ments[mi]
				switch m.typ {
				case PER:
					t.Ent = agenda.EntPerson
				case LOC, GPE:
					t.Ent = agenda.EntPlace
				default:
					t.Ent = agenda.EntOrg
				}
				if p := m.person; p >= 0 && p < len(d.people) && d.people[p].part {
					ctx.Party = true
				}
			}
		}
		toks = append(toks, t)
	}
	d.agendaToks = toks
	ctx.Toks = toks
	switch k := si - d.leadSent; {
	case k <= 0:
		ctx.Pos = 0
	case k <= 2:
		ctx.Pos = 1
	case k <= 5:
		ctx.Pos = 2
	default:
		ctx.Pos = 3
	}
	return ctx
}

// isDigitStart reports whether w starts with a digit.
func isDigitStart(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
