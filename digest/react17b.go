package digest

import "strings"

// Stop 17, second round on Reactions (s17-react2): evidence of a stance the
// cue lists and the stance readers miss.

// demandStance makes critical the neutral reaction (one no rule and no
// model read a stand in, open[i]) of an outsider to the event (not a party,
// mediator or host, nor a person the text seats at it) whose reported
// clause makes a demand or sets a condition on it: "said any deal must
// address Indian sugar subsidies", "said the EU should stop rewarding
// walkouts", "said cooperation should not target any third party". The
// reason: a side that made the deal does not ask it of itself, while an
// outsider's "must" or "should" about the outcome tells what it lacks,
// which is the commonest form of a diplomatic complaint. Not a demand of
// the speaker's own side or of everyone ("we must", "both sides should",
// "all parties must": an appeal, no charge), nor a sentence with a
// supportive cue ("welcomed ... and said the talks should continue").
func (d *doc) demandStance(out []Reaction, open []bool) {
	for i := range out {
		r := &out[i]
		if !open[i] || r.Stance != Neutral || r.Sentence < 0 || r.Sentence >= len(d.sents) {
			continue
		}
		s := &d.sents[r.Sentence]
		a, b := d.ownClause(r, s)
		if !d.demandIn(a, b) || d.cueAt(&d.g.cues.sup, s.w0, s.w1) >= 0 || !d.outsider(r) {
			continue
		}
		r.Stance = Critical
	}
}

// ownClause returns the words of sentence s that hold reaction r's own
// words: a sentence that joins two speakers with ", while" or ", whereas"
// ("Senator X said the government should not sign ..., while the group Y
// said it was 'tired of statements'") gives each its clause; the clause is
// the one with r's quotation, else the one with the last word of r's
// actor, else the whole sentence.
func (d *doc) ownClause(r *Reaction, s *sentence) (int, int) {
	var cuts []int
	for k := s.w0 + 1; k < s.w1; k++ {
		if w := d.lw(k); (w == "while" || w == "whereas") && (d.lw(k-1) == "," || k-2 >= s.w0 && d.lw(k-2) == "," && closeQuote(d.lw(k-1))) {
			cuts = append(cuts, k)
		}
	}
	if len(cuts) == 0 {
		return s.w0, s.w1
	}
	at := d.quoteStart(r)
	if at < 0 {
		last := r.Actor
		if i := strings.LastIndexByte(last, ' '); i >= 0 {
			last = last[i+1:]
		}
		for k := s.w0; k < s.w1; k++ {
			if strings.EqualFold(d.words[k].text, last) {
				at = d.words[k].start
				break
			}
		}
	}
	if at < 0 {
		return s.w0, s.w1
	}
	a := s.w0
	for _, c := range cuts {
		if d.words[c].start > at {
			return a, c
		}
		a = c
	}
	return a, s.w1
}

// outsider reports whether reaction r's actor is neither a party, mediator
// or host of the event nor a person the text seats at it.
func (d *doc) outsider(r *Reaction) bool {
	if contains(d.eventParties, r.Actor) {
		return false
	}
	for pi := range d.people {
		if p := d.people[pi]; p.part && p.canonical() == r.Actor {
			return false
		}
	}
	return true
}

// demandIn reports whether words [a, b) hold a verb of saying followed,
// within the reported clause, by "should" or "must" whose subject is not
// the speaker's side nor everyone (see demandStance).
func (d *doc) demandIn(a, b int) bool {
	say := -1
	for k := a; k < b; k++ {
		w := d.lw(k)
		if say < 0 {
			if sayVerb(w) {
				say = k
			}
			if w == "when" {
				// "since the tensions of 2025, when Trump said the
				// United States should take control": a past word
				// recalled as background, no reaction to the event
				return false
			}
			continue
		}
		switch w {
		case ";":
			return false
		case "should", "must":
			if k+2 < b && (d.lw(k+1) == "not" || d.lw(k+1) == "never") && hasPrefix(d.lw(k+2), "becom") {
				// "the region must not become 'a theatre for other
				// people's quarrels'": a warning in general, no demand
				// on the event
				return false
			}
			return d.thirdSubject(say+1, k) && !d.appealAfter(k+1, b)
		}
	}
	return false
}

// thirdSubject reports whether the words [a, k) before a modal (its
// subject, after the verb of saying) name no first person and no
// everyone: not "we", "our", "us", "both", "all", "together", "each".
func (d *doc) thirdSubject(a, k int) bool {
	if k-a > 12 {
		return false // the modal is far from the verb: another clause
	}
	for i := a; i < k; i++ {
		switch d.lw(i) {
		case "we", "our", "us", "i", "both", "all", "together", "each", "everyone", "sides", "parties":
			return false
		}
	}
	return true
}

// appealAfter reports whether the words from k (after a modal) make an
// appeal or a defence rather than a demand on the event: the modal keeps
// a course ("should continue", "must keep"), asks the utmost ("must do its
// utmost", "should do everything"), or shields its subject from a harm
// ("should not be penalised", "must not be blamed": a negated passive of a
// critical cue defends the subject).
func (d *doc) appealAfter(k, b int) bool {
	if k >= b {
		return false
	}
	switch d.lw(k) {
	case "continue", "keep", "remain", "stay":
		return true
	}
	for i := k; i < min(b, k+4); i++ {
		if w := d.lw(i); w == "utmost" || w == "everything" || w == "best" {
			return true
		}
	}
	if k+2 < b && (d.lw(k) == "not" || d.lw(k) == "never") && d.lw(k+1) == "be" && d.cueAt(&d.g.cues.crit, k+2, k+3) >= 0 {
		return true
	}
	return false
}

// opposedStances returns the stances of the reactions out[opposed[j]]
// (opposition and civil voices whose words no rule read, see opposed)
// before the models read them.
func opposedStances(out []Reaction, opposed []int) []string {
	if len(opposed) == 0 {
		return nil
	}
	pre := make([]string, len(opposed))
	for j, i := range opposed {
		pre[j] = out[i].Stance
	}
	return pre
}

// opposedModelVeto undoes a model's supportive reading of an opposition
// or rights voice (the reactions opposed lists, vetoable[j]: words said,
// no supportive cue in the sentence) and makes it critical: such a voice
// tells its praise with a cue ("welcomed", "backed"), which keeps it out
// of the list, while its scorn is irony or a charge the models, trained
// mostly on officials' words, can read as approval ("a diplomatic red
// carpet for ...", "offering words instead of gas"). Not a voice that is
// only a civil body ("forum", "association", "federation": civilOnlySource):
// a traders' association's hope or a forum chair's summary is as often
// approval. pre holds the stances before the models (opposedStances).
func opposedModelVeto(out []Reaction, opposed []int, vetoable []bool, pre []string) {
	for j, i := range opposed {
		if vetoable[j] && pre[j] == Neutral && out[i].Stance == Supportive {
			out[i].Stance = Critical
		}
	}
}

// closeQuote reports whether t is a quotation mark that may close a
// quotation ("said it 'must stop'," while ...).
func closeQuote(t string) bool {
	switch t {
	case "\"", "”", "’", "'":
		return true
	}
	return false
}

// civilOnlySource reports whether the source phrase from word w to byte
// end (with up to four words of title before it, as oppositionSource
// reads it) is of the opposition only through a civil body's head noun:
// no "opposition", no rights or advocacy word, no party.
func (d *doc) civilOnlySource(w, end int) bool {
	k := w
	for k > 0 && k > w-4 && d.words[k-1].alpha {
		k--
	}
	civil := false
	for ; k < len(d.words) && (k < w || d.words[k].start < end); k++ {
		switch d.lw(k) {
		case "opposition", "rights", "amnesty", "environmental", "conservation", "anti-corruption", "watchdog", "advocacy", "campaign",
			"party", "party's", "party’s":
			return false
		case "association", "federation", "network", "movement", "coalition", "forum", "union", "organisation", "organization":
			civil = civil || d.civilBody(k)
		}
	}
	return civil
}
