package timex

import (
	"strconv"
	"strings"
	"time"
)

// match is a parse of a temporal expression over tokens [i, j).
type match struct {
	j   int
	typ string
	val string
	mod string
}

type parser struct {
	text string
	low  string // text with ASCII letters lower-cased
	toks []tok
	dct  time.Time
	// last is the most recent fully specified day, for "the same day",
	// "the following day", "that morning".
	last time.Time
	// ref is the most recent date of any granularity ("In March ... the
	// following month"); refG is its granularity.
	ref  time.Time
	refG uint8
	// lastQ is the last fiscal quarter named, in sentence lastQSent.
	lastQ     point
	lastQSent int32
}

// newParser tokenizes text; low is text ASCII lower-cased, or "" to make it.
func newParser(text, low string, dct time.Time) *parser {
	y, m, d := dct.Date()
	ref := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	if low == "" {
		low = asciiLower(text)
	}
	toks := tokenize(text, low, tokPool.Get().([]tok))
	markSentences(toks, low)
	return &parser{text: text, low: low, toks: toks, dct: ref, last: ref, ref: ref, refG: gDay, lastQSent: -100}
}

func (p *parser) run() []Timex {
	toks := p.toks
	var out []Timex
	if len(toks) > 0 {
		out = make([]Timex, 0, 4+len(toks)/128)
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		// (a word in no lexicon entry has noLex: no class, starts nothing)
		if t.kind == kPunct && t.str(p.low) != "'" && t.str(p.low) != "’" || t.kind == kWord && (t.lxi == 0 || t.lex().class == wNone && !t.lex().start) {
			i++
			continue
		}
		if t.kind == kWord && !p.promising(i) {
			i++
			continue
		}
		if t.kind == kPunct && (i+1 >= len(toks) || !toks[i+1].glued || toks[i+1].kind != kNum && toks[i+1].kind != kAlnum) {
			// an apostrophe starts only a short year: '80s, '82
			i++
			continue
		}
		m, ok := p.at(i)
		if !ok || m.j <= i {
			i++
			continue
		}
		// never end on a comma or an opening quote
		for m.j > i+1 && toks[m.j-1].kind == kPunct && toks[m.j-1].str(p.low) != "." {
			m.j--
		}
		s, e := toks[i].s, toks[m.j-1].e
		out = append(out, Timex{Start: s, End: e, Text: p.text[s:e], Type: m.typ, Value: m.val, Mod: m.mod})
		i = m.j
	}
	return out
}

// promising filters frequent function words that start an expression only
// before certain words ("the" before "past", "a" before "year").
func (p *parser) promising(i int) bool {
	switch p.toks[i].str(p.low) {
	case "the", "a", "an", "at", "no", "more", "less", "this", "that", "these", "those", "its", "end", "start", "up", "many", "some":
		if i+1 >= len(p.toks) {
			return false
		}
		nx := &p.toks[i+1]
		return nx.kind == kNum || nx.kind == kAlnum || nx.lex().start || nx.str(p.low) == "'" || nx.str(p.low) == "’" || secondWords[nx.str(p.low)]
	}
	return true
}

// secondWords may follow a function word in an expression.
var secondWords = map[string]bool{
	"near": true, "distant": true, "foreseeable": true, "immediate": true, "short": true, "long": true,
	"medium": true, "than": true, "least": true, "most": true, "time": true, "beginning": true,
	"close": true, "turn": true, "dawn": true, "of": true, "to": true, "entire": true, "whole": true,
	"full": true, "comparable": true, "corresponding": true, "just": true, "year-earlier": true,
	"twentieth": true, "period": true,
}

// ---- token helpers

func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].str(p.low)
}

func (p *parser) lx(i int) *lex {
	if i < 0 || i >= len(p.toks) {
		return &noLex
	}
	return p.toks[i].lex()
}

func (p *parser) glued(i int) bool { return i > 0 && i < len(p.toks) && p.toks[i].glued }

func (p *parser) capAt(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].cap }

func (p *parser) numAt(i int) int {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kNum {
		return -1
	}
	return p.toks[i].n
}

func (p *parser) ndigits(i int) int { return p.toks[i].e - p.toks[i].s }

// partOfNumber reports whether number token i is glued into a larger number
// ("1,990", "3.5", "$2000").
func (p *parser) partOfNumber(i int) bool {
	if i > 0 && p.toks[i].glued {
		pw := p.toks[i-1].str(p.low)
		if pw == "," || pw == "." || pw == "$" || pw == "£" || pw == "€" || pw == "#" || p.toks[i-1].kind == kNum {
			return true
		}
	}
	if i+2 < len(p.toks) && p.toks[i+1].glued && p.toks[i+2].glued && p.toks[i+2].kind == kNum {
		if w := p.toks[i+1].str(p.low); w == "," || w == "." {
			return true
		}
	}
	if i+1 < len(p.toks) && p.toks[i+1].glued && (p.toks[i+1].str(p.low) == "%" || p.toks[i+1].str(p.low) == "/") {
		return true
	}
	return false
}

// dotAfter returns j+1 if token j is a period glued to the previous token
// (abbreviation), else j.
func (p *parser) dotAfter(j int) int {
	if j < len(p.toks) && p.toks[j].str(p.low) == "." && p.toks[j].glued {
		return j + 1
	}
	return j
}

// monthEnd returns the token after month name i, with the period of an
// abbreviation ("Sept.") but not a sentence-final one ("December.").
func (p *parser) monthEnd(i int) int {
	if w := p.w(i); len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		return p.dotAfter(i + 1)
	}
	return i + 1
}

// hyphen reports whether token j is a hyphen glued on both sides.
func (p *parser) hyphen(j int) bool {
	return j+1 < len(p.toks) && (p.toks[j].str(p.low) == "-" || p.toks[j].str(p.low) == "–") && p.toks[j].glued && p.toks[j+1].glued
}

// ---- tense

// tenseOf classifies the word at k as a tense marker: +1 future, -1 past,
// 0 none. left tells whether k precedes the expression.
func (p *parser) tenseOf(k int, left bool) int {
	t := &p.toks[k]
	if t.kind != kWord {
		return 0
	}
	w := t.str(p.low)
	switch {
	case w == "going" || w == "set" || w == "due" || w == "plans" || w == "plan" || w == "aims" || w == "hopes" || w == "intends" || w == "expected" || w == "scheduled" || w == "slated":
		if pw := p.w(k - 1); (pw == "was" || pw == "were") && (w == "due" || w == "scheduled") && left {
			// a plan told in the past, of a date either side of the
			// report: "a summit that was due to open in Tokyo on
			// Wednesday" (said on Tuesday: the next day), "Rubio was due
			// to meet Lavrov on Monday but the meeting was called off"
			// (said on Thursday: three days before)
			if p.cancelNear(k) {
				return tenseNear
			}
			return 1
		} else if pw == "was" || pw == "were" || pw == "had" || pw == "been" && p.w(k-2) == "had" {
			return -1
		}
		if p.w(k+1) == "to" || p.w(k+1) == "for" || w == "scheduled" || w == "expected" && p.w(k+1) != "," {
			return 1
		}
		return 0
	case w == "would" || w == "could" || w == "might" || w == "should" || w == "may":
		if left && w == "would" {
			return 1
		}
		if left && w != "may" {
			// a possibility ahead: "the heads of state could hold a
			// formal meeting at the summit in Arusha in June" (not "could
			// not be reached on Tuesday", "could have met", "could be
			// heard on Sunday": the other words decide)
			switch p.w(k + 1) {
			case "", "not", "n't", "have", "be", "also", "only", "never", "still":
				return 0
			}
			if p.toks[k+1].kind == kWord {
				return 1
			}
		}
		return 0
	case futureWords[w]:
		return 1
	case w == "as" && (p.w(k+1) == "soon" || p.w(k+1) == "early") && p.w(k+2) == "as":
		return 1
	case w == "is" || w == "are" || w == "am":
		if left {
			return 1
		}
		return 0
	case left && (w == "postponed" || w == "delayed" || w == "rescheduled" || w == "deferred" || w == "pushed" || w == "moved" || w == "put") &&
		(p.w(k+1) == "to" || p.w(k+1) == "until" || p.w(k+1) == "back" && (p.w(k+2) == "to" || p.w(k+2) == "until")):
		// the new date of a postponement lies ahead: "pushed back to
		// July", "has been postponed until Tuesday"; told in the past
		// ("was postponed to Tuesday, when lawmakers approved", "had been
		// pushed back to Monday") the other words decide
		switch p.w(k - 1) {
		case "was", "were":
			return 0
		case "been":
			if p.w(k-2) == "had" {
				return -1
			}
		}
		return 1
	case left && (w == "leaves" || w == "takes") && k+1 < len(p.toks) && (p.toks[k+1].kind == kNum || quantWords[p.w(k+1)]):
		// "a missile strike leaves 20 dead in Kyiv on Sunday" tells of
		// the past ("Lula leaves Hanoi on Saturday", "the deal takes
		// effect on Friday" do not)
		return 0
	case left && scheduleVerbs[w] && p.w(k-1) != "to":
		// the present of a scheduled event: "the ministers meet in
		// Geneva on Tuesday", "Lavrov visits Ankara on Friday" (not an
		// infinitive: "flew to Riyadh to meet Lavrov on Tuesday"). A
		// noun ("a two-day visit") defers to a past verb before it:
		// "wrapped up a two-day visit to Brazil on Tuesday" (not "Merz
		// makes his first visit to Beijing on Monday")
		if p.nounBefore(k) && p.pastBefore(k) {
			return 0
		}
		return 1
	case left && scheduleVerbs[w] && k >= 2 && (p.w(k-2) == "due" || p.w(k-2) == "set" || p.w(k-2) == "scheduled" || p.w(k-2) == "expected") &&
		p.w(k-3) != "was" && p.w(k-3) != "were" && p.w(k-3) != "had":
		// the plan the infinitive is part of: "Araghchi is due to meet
		// Witkoff for a sixth round of talks in Muscat on Sunday"
		return 1
	case left && (scheduleVerbs[w] || w == "hold") && p.w(k-1) == "to" && (commitVerbs[p.w(k-2)] || k >= 3 && inviteVerbs[p.w(k-3)]):
		// a meeting agreed on, or asked for, lies ahead of the report:
		// "agreed to hold their next meeting in September", "invited
		// Merz to visit in June" (not "flew to Riyadh to meet Lavrov");
		// one told as background, the other words decide
		c := k - 2
		if !commitVerbs[p.w(c)] {
			c = k - 3
		}
		if p.pastPlan(c, k) {
			return 0
		}
		return 1
	case left && k >= 2 && p.w(k-1) == "to" && commitVerbs[p.w(k-2)] && !infinitiveStop[w] && isWordTok(w):
		// any act agreed on lies ahead of the agreement: "Ministers
		// agreed to review Niger's status at their next session in
		// October" (one told as background: the other words decide)
		if p.pastPlan(k-2, k) {
			return 0
		}
		return 1
	case pastWords[w]:
		if pw := p.w(k - 1); pw == "be" || pw == "being" {
			// a passive to come: "will be held in February", "is to be
			// held in June" (the auxiliary before decides)
			return 0
		}
		return -1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w]:
		switch p.w(k - 1) {
		case "be", "been", "being", "is", "are", "to", "will", "the", "a", "an", "was", "were", "has", "had", "have":
			return 0
		}
		return -1
	}
	return 0
}

// wishVerbs are the verbs of commitVerbs that tell an intention or a hope,
// no commitment: one followed by "but" is a plan that failed (pastPlan).
var wishVerbs = map[string]bool{"hoped": true, "intended": true, "wanted": true, "aimed": true,
	"sought": true, "proposed": true, "offered": true}

// pastPlan reports whether the plan whose verb of commitment stands at
// token c ("agreed", "invited") and whose verb of meeting at k is told as
// background: in the past perfect ("had agreed to hold talks in
// November"), after a month that dates the commitment ("In August the
// sides agreed to hold a summit in October", "At their last meeting in
// May, they decided to meet in July") or with its outcome told after it
// ("but the meeting never took place", "the trip was delayed"; after a
// hope, any "but": "hoped to sign it in January, but Hungary blocked it").
func (p *parser) pastPlan(c, k int) bool {
	sent := p.toks[k].sent
	for i := c - 1; i >= 0 && i >= c-3 && p.toks[i].sent == sent; i-- {
		if p.w(i) == "had" {
			return true
		}
	}
	for i := c - 1; i >= 0 && i > c-25 && p.toks[i].sent == sent; i-- {
		if p.lx(i).class == wMonth && p.capAt(i) && p.w(i) != "may" && (i+1 >= len(p.toks) || p.toks[i+1].kind != kNum) {
			return true // (not "on Nov. 26": the report's own day)
		}
	}
	for i := k + 1; i < len(p.toks) && i < k+40 && p.toks[i].sent == sent; i++ {
		switch w := p.w(i); w {
		case "never", "postponed", "delayed", "cancelled", "canceled", "shelved", "scrapped":
			return true
		case "but":
			if wishVerbs[p.w(c)] {
				// a hope turned down: "The EU wanted to sign the deal in
				// January, but Hungary blocked it" (the January is
				// behind the report, as the past verb tells)
				return true
			}
		case "took", "called", "put":
			if n := p.w(i + 1); w == "took" && n == "place" || w == "called" && n == "off" || w == "put" && n == "off" {
				return true
			}
		}
	}
	return false
}

// nounDets before a schedule word make it a noun, no present tense: "a
// two-day visit to Brazil on Tuesday", "his visit", "the state visit".
var nounDets = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "first": true,
	"state": true, "official": true, "working": true, "planned": true, "brief": true, "surprise": true,
	"recent": true, "rare": true, "historic": true, "s": true}

// nounBefore reports whether the schedule word at k is a noun: after a
// determiner or a possessive ("Modi's visit"), or after a hyphenated
// modifier ("a two-day visit").
func (p *parser) nounBefore(k int) bool {
	if k < 1 {
		return false
	}
	if nounDets[p.w(k-1)] {
		return true
	}
	return k >= 3 && p.hyphen(k-2)
}

// pastBefore reports whether the first tense marker before word k in its
// sentence, within twelve words, is a past one.
func (p *parser) pastBefore(k int) bool {
	sent := p.toks[k].sent
	for i := k - 1; i >= 0 && i > k-12 && p.toks[i].sent == sent; i-- {
		if v := p.tenseOf(i, true); v != 0 {
			return v < 0
		}
	}
	return false
}

// tense estimates the tense governing tokens [i, j): the first tense marker
// to the left in the sentence (the governing verb usually precedes "on
// Tuesday"), else the first to the right. +1 future, -1 past, 0 unknown.
func (p *parser) tense(i, j int) int {
	if i >= len(p.toks) {
		return 0
	}
	if p.deadlineAhead(i) {
		return 1
	}
	sent := p.toks[i].sent
	// fifteen tokens, not counting the full stops of "U.S."
	for k, n := i-1, 0; k >= 0 && p.toks[k].sent == sent && n < 15; k-- {
		if t := &p.toks[k]; t.kind != kPunct || t.str(p.low) != "." {
			n++
		}
		if v := p.tenseOf(k, true); v != 0 {
			return v
		}
	}
	for k := j; k < len(p.toks) && p.toks[k].sent == sent && k-j < 25; k++ {
		if p.saidAfter(j, k) {
			// the verb of saying that closes the sentence (", Pakop
			// said."), not the verb of the date's clause: "the plan will
			// be presented to the leaders' summit in Koror, Palau, in
			// September, and then to the commission in December, Pakop
			// said" (the future is too far back for the left scan)
			return 1
		}
		if v := p.tenseOf(k, false); v != 0 {
			return v
		}
	}
	return 0
}

// saidAfter reports whether token k, after a date that ends at token j,
// is a past verb of saying that closes its sentence after a comma and at
// most three words of its subject (", Pakop said.", ", a U.N. official
// said."), when the first tense marker before the date in its sentence,
// beyond the left scan's reach, is a future one ("will", "would",
// "shall"; within 60 tokens, not past a semicolon).
func (p *parser) saidAfter(j, k int) bool {
	switch p.w(k) {
	case "said", "told", "added":
	default:
		return false
	}
	if k+1 < len(p.toks) && p.toks[k+1].sent == p.toks[k].sent && p.w(k+1) != "." {
		return false
	}
	c := k - 1
	for c > j && c >= k-5 && p.w(c) != "," {
		c--
	}
	if c < j || p.w(c) != "," {
		return false
	}
	sent := p.toks[j].sent
	for i := j - 1; i >= 0 && p.toks[i].sent == sent && i >= j-60; i-- {
		switch p.w(i) {
		case "will", "would", "shall":
			return true
		case ";":
			return false
		}
		if p.tenseOf(i, true) != 0 {
			return false
		}
	}
	return false
}

// deadlineAhead reports whether the date that starts at token i is the
// deadline of an act still to be done: after "by" or "before", of a verb
// under a modal or in an infinitive ("asked finance ministers to agree a
// financing mechanism by the end of September", "said it could be lifted
// by the end of May", "hoped to complete the operation before the end of
// April"). A deadline set for an act to come lies after the report,
// whatever the tense of the verb of saying or asking that tells it
// ("said", "asked", "hoped"); one told in the past ("had withdrawn by the
// end of March") has no modal or "to" between the verb and the date, and
// the tense decides as before.
func (p *parser) deadlineAhead(i int) bool {
	b := i - 1
	if p.w(b) == "of" {
		// "by the end of September" (the month is parsed after "of")
		switch p.w(b - 1) {
		case "end", "close", "beginning", "start", "middle":
			b -= 2
			if p.w(b) == "the" {
				b--
			}
		}
	}
	if b < 1 || (p.w(b) != "by" && p.w(b) != "before") {
		return false
	}
	sent := p.toks[i].sent
	for k := b - 1; k >= 0 && k >= b-20 && p.toks[k].sent == sent; k-- {
		t := &p.toks[k]
		if t.kind != kWord {
			if w := t.str(p.low); w == "," || w == ";" || w == ":" {
				return false
			}
			continue
		}
		switch w := t.str(p.low); w {
		case "could", "should", "might", "may", "must", "can", "will", "would", "shall":
			return true
		case "to":
			// an infinitive ("to agree"), not a goal ("to the Commission",
			// "to Tokyo")
			if n := k + 1; n < i && p.toks[n].kind == kWord && !p.toks[n].cap {
				switch p.w(n) {
				case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "be":
					return p.w(n) == "be"
				}
				return true
			}
			return false
		case "was", "were", "had", "did":
			return false
		}
		if p.tenseOf(k, true) < 0 {
			// a finite verb in the past before the date: "withdrew by
			// the end of March"
			return false
		}
	}
	return false
}

// ---- numbers

// number parses a count at i: digits, number words ("twenty-four"), "a",
// "a few", "several", fractions ("2 1/2", "two and a half"). n < 0 means an
// unknown count ("several").
func (p *parser) number(i int) (n int, half bool, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, false, i, false
	}
	t := &p.toks[i]
	switch {
	case t.kind == kNum:
		if t.n < 0 || p.partOfNumber(i) && !(i+2 < len(p.toks) && p.toks[i+1].str(p.low) == "." && p.toks[i+2].str(p.low) == "5") {
			return 0, false, i, false
		}
		n, j = t.n, i+1
		// 2.5 years
		if p.w(j) == "." && p.glued(j) && p.glued(j+1) && p.w(j+1) == "5" {
			return n, true, j + 2, true
		}
		// 2 1/2 years
		if p.numAt(j) == 1 && p.w(j+1) == "/" && p.numAt(j+2) == 2 {
			return n, true, j + 3, true
		}
		if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
			return n, true, j + 3, true
		}
		return n, false, j, true
	case t.kind == kWord:
		switch t.str(p.low) {
		case "several", "few", "many", "some", "numerous":
			return -1, false, i + 1, true
		case "a", "an":
			switch p.w(i + 1) {
			case "few":
				return -1, false, i + 2, true
			case "couple":
				if p.w(i+2) == "of" {
					return 2, false, i + 3, true
				}
				return 2, false, i + 2, true
			case "dozen":
				return 12, false, i + 2, true
			case "hundred":
				return 100, false, i + 2, true
			case "half":
				return 0, true, i + 2, true
			}
			if p.w(i+1) == "couple" {
				return 2, false, i + 2, true
			}
		}
		if t.lex().class != wNumber {
			return 0, false, i, false
		}
		n, j = t.lex().val, i+1
		if n >= 20 && n < 100 && n%10 == 0 {
			k := j
			if p.hyphen(k) {
				k++
			}
			if l := p.lx(k); l.class == wNumber && l.val < 10 && p.w(k) != "a" && p.w(k) != "an" {
				n += l.val
				j = k + 1
			}
		}
		if p.w(j) == "hundred" && n < 100 {
			n *= 100
			j++
		}
		if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
			return n, true, j + 3, true
		}
		return n, false, j, true
	}
	return 0, false, i, false
}

// unit parses a unit word at i ("years", "week"); plural reports an "s".
func (p *parser) unit(i int) (u int, j int, ok bool) {
	l := p.lx(i)
	if l.class != wUnit {
		return 0, i, false
	}
	if l.val == uHalf {
		return 0, i, false
	}
	return l.val, i + 1, true
}

// ---- the grammar

// at parses the longest expression starting at token i.
func (p *parser) at(i int) (match, bool) {
	var best match
	ok := false
	try := func(m match, good bool) {
		if good && m.j > best.j {
			best, ok = m, true
		}
	}
	try(p.modified(i))
	try(p.approx(i))
	try(p.core(i))
	return best, ok
}

// core parses an expression without leading modifiers.
func (p *parser) core(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	var best match
	ok := false
	try := func(m match, good bool) {
		if good && m.j > best.j {
			best, ok = m, true
		}
	}
	try(p.deictic(i))
	try(p.relative(i))
	try(p.weekday(i))
	try(p.month(i))
	try(p.year(i))
	try(p.quarter(i))
	try(p.duration(i))
	try(p.clock(i))
	try(p.set(i))
	try(p.holiday(i))
	try(p.theNoun(i))
	return best, ok
}

// setRef records the last date named, for anaphora ("the following month").
func (p *parser) setRef(y, m, d int, g uint8) {
	p.ref, p.refG = time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC), g
}

// theNoun parses seasons and periods named with "the" or a preposition:
// "the summer", "the winter of 1994", "summer 2008", "the weekend", "the
// week", "in the morning".
func (p *parser) theNoun(i int) (match, bool) {
	k := i
	the := p.w(k) == "the"
	if the {
		k++
	}
	mod := ""
	switch p.w(k) {
	case "early":
		mod = "START"
	case "late":
		mod = "END"
	case "mid":
		mod = "MID"
	}
	if mod != "" {
		if !the {
			return match{}, false
		}
		k++
		if p.hyphen(k) {
			k++
		}
	}
	l := p.lx(k)
	pw := p.w(i - 1)
	switch l.class {
	case wSeason:
		y := p.dct.Year()
		j := k + 1
		if yv, k2, ok := p.yearAfter(j); ok {
			y, j = yv, k2
		} else if !the && !(pw == "in" || pw == "during" || pw == "since" || pw == "until" || pw == "by" || pw == "through" || pw == "throughout") || !the && p.w(k) == "fall" {
			return match{}, false
		}
		return match{j: j, typ: Date, val: point{g: gSeason, y: y, s: l.str}.String(), mod: mod}, true
	case wUnit:
		if !the || mod != "" {
			return match{}, false
		}
		switch p.w(k) {
		case "weekend":
			pt := weekPoint(p.dct, gWeekend)
			if wd := p.dct.Weekday(); wd != time.Saturday && wd != time.Sunday && p.tense(i, k+1) <= 0 {
				pt = weekPoint(addDays(p.dct, -7), gWeekend)
			}
			return match{j: k + 1, typ: Date, val: pt.String()}, true
		case "day":
			switch pw {
			case "end", "ending", "finish", "for", "in", "during", "throughout", "of":
				switch p.w(k + 1) {
				case "before", "after", "when", "that", "of", "on", "in", "and":
					return match{}, false
				}
				if p.w(i-2) == "of" || pw == "of" && p.w(i-2) != "start" && p.w(i-2) != "end" && p.w(i-2) != "rest" && p.w(i-2) != "remainder" {
					return match{}, false
				}
				return match{j: k + 1, typ: Date, val: dayPoint(p.last).String()}, true
			}
		case "week":
			if pw == "for" || pw == "during" || pw == "over" || pw == "throughout" || p.w(k+1) == "'" && p.w(k+2) == "s" {
				return match{j: k + 1, typ: Date, val: weekPoint(p.dct, gWeek).String()}, true
			}
		}
	case wPartOfDay:
		if !the || mod != "" || pw != "in" && pw != "during" && pw != "through" {
			return match{}, false
		}
		switch p.w(k) {
		case "morning", "afternoon", "evening", "night":
			return match{j: k + 1, typ: Time, val: dayPoint(p.last).String() + "T" + l.str}, true
		}
	}
	return match{}, false
}

// modified parses "early", "late", "mid", "the end of" ... before a date.
func (p *parser) modified(i int) (match, bool) {
	w := p.w(i)
	mod := ""
	k := i + 1
	switch w {
	case "early":
		mod = "START"
	case "late":
		mod = "END"
	case "mid", "middle":
		mod = "MID"
	case "earlier":
		mod = "START"
	case "later":
		mod = "END"
	case "the", "end", "beginning", "start", "close", "turn", "at":
		j := i
		if w == "the" || w == "at" {
			j++
			if w == "at" && p.w(j) == "the" {
				j++
			}
		}
		switch p.w(j) {
		case "end", "close":
			mod = "END"
		case "beginning", "start", "dawn", "turn":
			mod = "START"
		case "middle":
			mod = "MID"
		case "first", "second", "latter", "last":
			// the first half of 1990
			if p.w(j+1) == "half" && p.w(j+2) == "of" {
				if yv, k2, ok := p.yearOnly(j + 3); ok {
					h := 1
					if p.w(j) != "first" {
						h = 2
					}
					return match{j: k2, typ: Date, val: point{g: gHalf, y: yv, m: h}.String()}, true
				}
			}
			return match{}, false
		default:
			return match{}, false
		}
		if p.w(j+1) != "of" || w == "at" {
			return match{}, false
		}
		k = j + 2
	default:
		return match{}, false
	}
	if w == "mid" && p.hyphen(k) {
		k++
	} else if (w == "late" || w == "early") && p.hyphen(k) {
		k++
	}
	if w == "earlier" || w == "later" {
		// earlier this year, later in the day, earlier Sunday
		switch nx := p.w(k); {
		case nx == "in" && p.w(k+1) == "the":
			k++
		case nx == "this" || nx == "that" || nx == "today" || nx == "yesterday" || nx == "tomorrow" || nx == "tonight" || nx == "last" || nx == "next":
		case p.lx(k).class == wWeekday && p.capAt(k):
		default:
			return match{}, false
		}
	}
	m, ok := p.core(k)
	if !ok || (m.typ != Date && m.typ != Time) || m.val == "PRESENT_REF" || m.val == "PAST_REF" || m.val == "FUTURE_REF" {
		return match{}, false
	}
	if w == "later" && m.val != "" && len(m.val) == 4 && (p.w(k) == "this") {
		m.mod = "END"
	}
	if m.mod == "" {
		m.mod = mod
	}
	return m, true
}

// approx parses "about", "nearly", "more than", "at least" ... before a
// duration or a date.
func (p *parser) approx(i int) (match, bool) {
	w := p.w(i)
	mod := ""
	k := i + 1
	switch w {
	case "more", "less", "fewer":
		if p.w(i+1) != "than" {
			return match{}, false
		}
		mod = "MORE_THAN"
		if w != "more" {
			mod = "LESS_THAN"
		}
		k = i + 2
	case "at":
		switch p.w(i + 1) {
		case "least":
			mod = "EQUAL_OR_MORE"
		case "most":
			mod = "EQUAL_OR_LESS"
		default:
			return match{}, false
		}
		k = i + 2
	case "up":
		if p.w(i+1) != "to" {
			return match{}, false
		}
		mod, k = "EQUAL_OR_LESS", i+2
	case "no":
		if (p.w(i+1) != "more" && p.w(i+1) != "less") || p.w(i+2) != "than" {
			return match{}, false
		}
		mod, k = "EQUAL_OR_LESS", i+3
		if p.w(i+1) == "less" {
			mod = "EQUAL_OR_MORE"
		}
	default:
		l := p.lx(i)
		if l.class != wApprox {
			return match{}, false
		}
		mod = l.str
	}
	m, ok := p.core(k)
	if !ok {
		return match{}, false
	}
	numeric := p.toks[k].kind == kNum || p.lx(k).class == wNumber || p.w(k) == "a" || p.w(k) == "an"
	switch w {
	case "over", "some", "within":
		if m.typ != Duration || !numeric {
			return match{}, false
		}
	case "about", "around", "approximately", "roughly", "circa", "nearly", "almost":
		if m.typ != Duration && m.typ != Time && !strings.Contains(m.val, "-") && !numeric && len(m.val) != 4 {
			return match{}, false
		}
	default:
		if m.typ != Duration {
			return match{}, false
		}
	}
	if m.mod == "" {
		m.mod = mod
	}
	return m, true
}

// deictic parses today, yesterday, now, recently, soon, the future ...
func (p *parser) deictic(i int) (match, bool) {
	w := p.w(i)
	k := i
	the := false
	if w == "the" {
		the = true
		k++
		w = p.w(k)
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		if the {
			return match{}, false
		}
		off := 0
		switch w {
		case "yesterday":
			off = -1
		case "tomorrow":
			off = 1
		}
		d := addDays(p.dct, off)
		j := k + 1
		if w == "tonight" {
			return match{j: j, typ: Time, val: dayPoint(d).String() + "TNI"}, true
		}
		if p.w(j) == "'" && p.w(j+1) == "s" {
			// today's: keep the possessive out
			return match{j: j, typ: Date, val: dayPoint(d).String()}, true
		}
		if l := p.lx(j); l.class == wPartOfDay && p.w(j) != "midnight" && p.w(j) != "noon" && p.w(j) != "overnight" {
			return match{j: j + 1, typ: Time, val: dayPoint(d).String() + "T" + l.str}, true
		}
		return match{j: j, typ: Date, val: dayPoint(d).String()}, true
	case "now", "currently", "presently", "nowadays":
		if the {
			return match{}, false
		}
		return match{j: k + 1, typ: Date, val: "PRESENT_REF"}, true
	case "right":
		if p.w(k+1) == "now" && !the {
			return match{j: k + 2, typ: Date, val: "PRESENT_REF"}, true
		}
	case "recently", "lately":
		if the {
			return match{}, false
		}
		return match{j: k + 1, typ: Date, val: "PAST_REF"}, true
	case "overnight":
		if the {
			return match{}, false
		}
		return match{j: k + 1, typ: Time, val: dayPoint(addDays(p.dct, -1)).String() + "TNI"}, true
	case "near", "distant", "foreseeable", "immediate", "short", "long", "medium":
		if the && p.w(k+1) == "future" {
			return match{j: k + 2, typ: Date, val: "FUTURE_REF"}, true
		}
		if the && p.w(k+1) == "term" {
			return match{j: k + 2, typ: Date, val: "FUTURE_REF"}, true
		}
	case "future":
		if !the || p.w(k+1) == "of" {
			return match{}, false
		}
		return match{j: k + 1, typ: Date, val: "FUTURE_REF"}, true
	case "past":
		if the {
			if nx := p.toks; k+1 < len(nx) && (nx[k+1].lex().class == wUnit || nx[k+1].lex().class == wNumber || nx[k+1].kind == kNum || nx[k+1].lex().class == wSeason || nx[k+1].lex().class == wWeekday || nx[k+1].lex().class == wMonth) {
				return match{}, false
			}
			return match{j: k + 1, typ: Date, val: "PAST_REF"}, true
		}
	case "present":
		if the && p.toks[k+1-1].kind == kWord && (k+1 >= len(p.toks) || p.toks[k+1].kind == kPunct || p.w(k+1) == "and") {
			return match{j: k + 1, typ: Date, val: "PRESENT_REF"}, true
		}
	case "time":
		if the && p.w(k+1) == "being" {
			return match{j: k + 2, typ: Date, val: "PRESENT_REF"}, true
		}
	case "current":
		if the {
			return match{}, false
		}
		if l := p.lx(k + 1); l.class == wUnit || p.w(k+1) == "fiscal" {
			return match{}, false
		}
		return match{j: k + 1, typ: Date, val: "PRESENT_REF"}, true
	}
	return match{}, false
}

// weekdayValue resolves weekday wd in the context of tokens [i, j).
func (p *parser) weekdayValue(wd, i, j int) time.Time {
	dir := -1
	switch p.tense(i, j) {
	case tenseNear:
		// the occurrence nearest the report, the past one on a tie
		back, ahead := weekdayNear(p.dct, wd, -1), weekdayNear(p.dct, wd, 1)
		if ahead.Sub(p.dct) < p.dct.Sub(back) {
			return ahead
		}
		return back
	case 1:
		dir = 1
	}
	return weekdayNear(p.dct, wd, dir)
}

// quantWords count people or things after "leaves": "leaves dozens
// injured".
var quantWords = map[string]bool{"dozens": true, "hundreds": true, "thousands": true, "scores": true, "many": true,
	"several": true, "one": true, "two": true, "three": true, "four": true, "five": true, "ten": true, "at": true}

// cancelNear reports whether the sentence of token k tells that a plan
// fell through: "but", "instead", "called off", "cancelled", "postponed".
func (p *parser) cancelNear(k int) bool {
	sent := p.toks[k].sent
	for i := k + 1; i < len(p.toks) && p.toks[i].sent == sent && i < k+40; i++ {
		switch p.w(i) {
		case "but", "instead", "cancelled", "canceled", "postponed", "scrapped", "off":
			return true
		}
	}
	for i := k - 1; i >= 0 && p.toks[i].sent == sent && i > k-40; i-- {
		switch p.w(i) {
		case "cancelled", "canceled", "postponed", "scrapped", "instead":
			return true
		}
	}
	return false
}

// tenseNear is the tense of a plan told in the past ("was due to"): its
// weekday is the one nearest the report, either side; elsewhere it counts
// as future.
const tenseNear = 2

// partOfDay appends a part of day at j to day d: "Monday morning".
func (p *parser) partOfDay(d time.Time, j int, typ string) (match, int) {
	if l := p.lx(j); l.class == wPartOfDay && p.w(j) != "overnight" {
		switch p.w(j) {
		case "noon", "midday":
			return match{j: j + 1, typ: Time, val: dayPoint(d).String() + "T12:00"}, j + 1
		case "midnight":
			return match{j: j + 1, typ: Time, val: dayPoint(d).String() + "T24:00"}, j + 1
		}
		return match{j: j + 1, typ: Time, val: dayPoint(d).String() + "T" + l.str}, j + 1
	}
	return match{j: j, typ: typ, val: dayPoint(d).String()}, j
}

// relative parses "this week", "last July", "next Friday", "the past two
// years", "the coming days", "that day", "the following year".
func (p *parser) relative(i int) (match, bool) {
	k := i
	the := false
	if p.w(k) == "the" {
		the = true
		k++
	}
	l := p.lx(k)
	w := p.w(k)
	rel := 0
	if l.class == wRelative {
		rel = l.val
	} else if w == "last" || w == "past" || w == "next" || w == "current" || w == "recent" || w == "latest" || w == "that" || w == "this" || w == "these" {
		switch w {
		case "last":
			rel = relLast
		case "past":
			rel = relPast
		case "next":
			rel = relNext
		case "current":
			rel = relCurrent
		case "recent", "latest":
			rel = relRecent
		}
	}
	if w == "its" || w == "their" || w == "those" {
		return match{}, false
	}
	if rel == 0 {
		return match{}, false
	}
	if (rel == relThis || rel == relThat) && the {
		return match{}, false
	}
	k++
	// "this past spring", "this coming Sunday"
	if rel == relThis && (p.w(k) == "past" || p.w(k) == "coming" || p.w(k) == "last") {
		if p.w(k) == "coming" {
			rel = relComing
		} else {
			rel = relLast
		}
		k++
	}
	// "the past two years", "the next few days"
	if rel != relThis && rel != relThat && rel != relSame {
		if n, half, j, ok := p.number(k); ok && p.w(k) != "a" && p.w(k) != "an" {
			if u, j2, ok := p.unit(j); ok {
				if p.w(j2) == "and" {
					// "recent weeks and months"
					if _, j3, ok := p.unit(j2 + 1); ok {
						j2 = j3
					}
				}
				if n < 0 && rel == relRecent {
					return match{j: j2, typ: Date, val: "PAST_REF"}, true
				}
				return match{j: j2, typ: Duration, val: durationValue(n, half, u)}, true
			}
		}
	}
	switch lk := p.lx(k); lk.class {
	case wUnit:
		u := lk.val
		plural := strings.HasSuffix(p.w(k), "s") || p.w(k) == "centuries"
		j := k + 1
		if plural {
			if p.w(j) == "and" {
				if _, j3, ok := p.unit(j + 1); ok {
					j = j3
				}
			}
			switch rel {
			case relComing, relNext, relFollow:
				return match{j: j, typ: Date, val: "FUTURE_REF"}, true
			case relRecent:
				if u == uWeek || u == uMonth || u == uQuarter {
					return match{j: j, typ: Duration, val: durationValue(-1, false, u)}, true
				}
				return match{j: j, typ: Date, val: "PAST_REF"}, true
			case relPast, relLast, relPrev:
				return match{j: j, typ: Date, val: "PAST_REF"}, true
			case relThis:
				if w == "these" && u == uDay {
					return match{j: j, typ: Date, val: "PRESENT_REF"}, true
				}
			}
			return match{}, false
		}
		if w == "these" {
			return match{}, false
		}
		if u == uHalf || u == uSecond || u == uMinute || u == uHour && rel != relLast && rel != relPast && rel != relNext {
			return match{}, false
		}
		if u == uHour {
			return match{j: j, typ: Duration, val: "PT1H"}, true
		}
		off := 0
		switch rel {
		case relLast, relPast, relPrev:
			off = -1
		case relNext, relComing, relFollow:
			off = 1
		}
		if u == uDay {
			switch rel {
			case relThis, relCurrent:
				return match{}, false
			case relRecent:
				return match{}, false
			}
			base := p.dct
			if rel == relSame || rel == relThat || rel == relFollow || rel == relPrev || rel == relNext && the {
				base = p.last
			}
			d := addDays(base, off)
			if rel == relLast || rel == relPast {
				return match{j: j, typ: Duration, val: "P1D"}, true
			}
			m, _ := p.partOfDay(d, j, Date)
			return m, true
		}
		if rel == relSame || rel == relThat || rel == relFollow || rel == relPrev {
			base := p.ref
			if u == uYear || u == uMonth || u == uWeek || u == uQuarter {
				pt, _ := shiftPoint(base, u, off)
				return match{j: j, typ: Date, val: pt.String()}, true
			}
			return match{}, false
		}
		if rel == relRecent {
			if u == uQuarter {
				pt, _ := shiftPoint(p.dct, uQuarter, -1)
				return match{j: j, typ: Date, val: pt.String()}, true
			}
			if u == uYear && p.w(k-1) == "latest" {
				pt, _ := shiftPoint(p.dct, uYear, -1)
				return match{j: j, typ: Date, val: pt.String()}, true
			}
			return match{}, false
		}
		if (rel == relLast || rel == relPast) && the && (u == uDecade || u == uCentury) {
			return match{j: j, typ: Duration, val: durationValue(1, false, u)}, true
		}
		pt, ok := shiftPoint(p.dct, u, off)
		if !ok {
			return match{}, false
		}
		if u == uWeekend && off == 0 {
			// this weekend: the coming one unless the sentence is past
			if p.tense(i, j) < 0 {
				pt = weekPoint(addDays(p.dct, -7), gWeekend)
				if wd := p.dct.Weekday(); wd == time.Saturday || wd == time.Sunday {
					pt = weekPoint(p.dct, gWeekend)
				}
			}
		}
		return match{j: j, typ: Date, val: pt.String()}, true
	case wMonth:
		if !p.capAt(k) {
			return match{}, false
		}
		m := lk.val
		j := p.monthEnd(k)
		y, dm, _ := p.dct.Date()
		switch rel {
		case relLast, relPast, relPrev:
			if m >= int(dm) {
				y--
			}
		case relNext, relComing, relFollow:
			if m <= int(dm) {
				y++
			}
		case relThis, relCurrent:
		default:
			return match{}, false
		}
		return match{j: j, typ: Date, val: point{g: gMonth, y: y, m: m}.String()}, true
	case wWeekday:
		if !p.capAt(k) {
			return match{}, false
		}
		var d time.Time
		switch rel {
		case relLast, relPast:
			d = weekdayNear(p.dct, lk.val, -2)
		case relNext:
			// "next Wednesday" said on a Monday is the Wednesday of next
			// week; "this Wednesday" names the one of the current week.
			d = weekdayNear(p.dct, lk.val, 2)
			if sameISOWeek(d, p.dct) {
				d = addDays(d, 7)
			}
		case relComing:
			d = weekdayNear(p.dct, lk.val, 1)
		case relThis:
			d = p.weekdayValue(lk.val, i, k+1)
		case relPrev:
			d = weekdayNear(p.last, lk.val, -2)
		case relFollow:
			d = weekdayNear(p.last, lk.val, 2)
		default:
			return match{}, false
		}
		p.last = d
		m, j := p.partOfDay(d, k+1, Date)
		if p.w(j) == "," {
			if m2, ok := p.monthDay(j + 1); ok {
				m2.typ = Date
				return m2, true
			}
		}
		return m, true
	case wSeason:
		y := p.dct.Year()
		switch rel {
		case relLast, relPast, relPrev:
			y--
		case relNext, relComing, relFollow:
			y++
		case relThis, relCurrent:
		default:
			return match{}, false
		}
		return match{j: k + 1, typ: Date, val: point{g: gSeason, y: y, s: lk.str}.String()}, true
	case wPartOfDay:
		// this morning, last night, that evening
		var d time.Time
		switch rel {
		case relThis:
			d = p.dct
		case relLast:
			if p.w(k) != "night" {
				return match{}, false
			}
			d = addDays(p.dct, -1)
		case relThat, relSame:
			d = p.last
		default:
			return match{}, false
		}
		return match{j: k + 1, typ: Time, val: dayPoint(d).String() + "T" + lk.str}, true
	}
	switch p.w(k) {
	case "fiscal":
		if p.w(k+1) == "year" {
			off := 0
			switch rel {
			case relLast, relPast, relPrev, relRecent:
				off = -1
			case relNext, relComing, relFollow:
				off = 1
			}
			return match{j: k + 2, typ: Date, val: strconv.Itoa(p.dct.Year() + off)}, true
		}
	}
	return match{}, false
}

// weekday parses "Tuesday", "Monday morning", "Friday, Oct. 23".
func (p *parser) weekday(i int) (match, bool) {
	l := p.lx(i)
	if l.class == wWeekdays && p.capAt(i) {
		v := "XXXX-WXX-" + strconv.Itoa(l.val)
		j := i + 1
		if pl := p.lx(j); pl.class == wPartOfDay && strings.HasSuffix(p.w(j), "s") {
			v += "T" + pl.str
			j++
		}
		return match{j: j, typ: Set, val: v}, true
	}
	if l.class != wWeekday || !p.capAt(i) || len(p.w(i)) < 6 {
		return match{}, false
	}
	j := i + 1
	// Friday, Oct. 23 / Friday Oct. 13 / Thursday, April 6
	k := j
	if p.w(k) == "," {
		k++
	}
	if m, ok := p.monthDay(k); ok {
		return m, true
	}
	d := p.weekdayValue(l.val, i, j)
	p.last = d
	if pl := p.lx(j); pl.class == wPartOfDay && strings.HasSuffix(p.w(j), "s") {
		return match{j: j + 1, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(l.val) + "T" + pl.str}, true
	}
	m, _ := p.partOfDay(d, j, Date)
	return m, true
}

// dayNum parses a day of the month at i: "20", "20th", "twentieth".
func (p *parser) dayNum(i int) (int, int, bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		if t.n >= 1 && t.n <= 31 && p.ndigits(i) <= 2 && !p.partOfNumber(i) {
			return t.n, i + 1, true
		}
	case kAlnum:
		w := t.str(p.low)
		if len(w) >= 3 && len(w) <= 4 {
			suf := w[len(w)-2:]
			if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
				n, err := strconv.Atoi(w[:len(w)-2])
				if err == nil && n >= 1 && n <= 31 {
					return n, i + 1, true
				}
			}
		}
	case kWord:
		if t.lex().class == wOrdinal && t.lex().val <= 31 && p.w(i) != "final" {
			n, j := t.lex().val, i+1
			if n == 20 || n == 30 {
				return n, j, true
			}
			return n, j, true
		}
		if t.lex().class == wNumber && t.lex().val >= 20 && t.lex().val <= 30 && p.hyphen(i+1) {
			if l := p.lx(i + 2); l.class == wOrdinal && l.val < 10 {
				return t.lex().val + l.val, i + 3, true
			}
		}
	}
	return 0, i, false
}

// yearOnly parses a year at i: "1998", "nineteen ninety-eight".
func (p *parser) yearOnly(i int) (int, int, bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := &p.toks[i]
	if t.kind == kNum && p.ndigits(i) == 4 && t.n >= 1000 && t.n <= 2199 && !p.partOfNumber(i) {
		return t.n, i + 1, true
	}
	if t.str(p.low) == "nineteen" {
		if n, _, j, ok := p.number(i + 1); ok && n >= 10 && n < 100 {
			return 1900 + n, j, true
		}
	}
	if t.str(p.low) == "two" && p.w(i+1) == "thousand" {
		j := i + 2
		if p.w(j) == "and" {
			if n, _, j2, ok := p.number(j + 1); ok && n > 0 && n < 100 && p.w(j+1) != "a" {
				return 2000 + n, j2, true
			}
		}
		if n, _, j2, ok := p.number(j); ok && n > 0 && n < 100 && p.w(j) != "a" && p.w(j) != "an" {
			return 2000 + n, j2, true
		}
		return 2000, j, true
	}
	return 0, i, false
}

// yearAfter parses the year part after a month or quarter: ", 1998",
// "1998", "of 1998", "this year", "of last year".
func (p *parser) yearAfter(j int) (y int, k int, ok bool) {
	k = j
	if p.w(k) == "," {
		k++
	}
	if yv, k2, ok := p.yearOnly(k); ok {
		return yv, k2, true
	}
	k = j
	if p.w(k) == "of" {
		k++
		if yv, k2, ok := p.yearOnly(k); ok {
			return yv, k2, true
		}
		if p.w(k) == "fiscal" {
			if yv, k2, ok := p.yearOnly(k + 1); ok {
				return yv, k2, true
			}
		}
	}
	if p.w(k) == "the" && p.w(k+1) == "year" && p.w(k-1) == "of" {
		return p.dct.Year(), k + 2, true
	}
	switch p.w(k) {
	case "this", "last", "next":
		if p.w(k+1) == "year" {
			off := map[string]int{"this": 0, "last": -1, "next": 1}[p.w(k)]
			return p.dct.Year() + off, k + 2, true
		}
	}
	return 0, j, false
}

// monthDay parses "Oct. 23", "October 23, 1998", "23 October", "the 20th of
// February" at i.
func (p *parser) monthDay(i int) (match, bool) {
	l := p.lx(i)
	if l.class == wMonth && p.capAt(i) {
		j := p.monthEnd(i)
		if d, k, ok := p.dayNum(j); ok {
			if (p.w(k) == ":" || p.w(k) == "-") && p.glued(k) && p.glued(k+1) && p.numAt(k+1) >= 0 {
				if e := p.numAt(k + 1); p.w(k) == "-" && e > d && e <= 31 {
					// a range of days: "on July 16-17" is from July 16
					y := yearFor(p.dct, l.val, d, p.tense(i, k))
					pt := point{g: gDay, y: y, m: l.val, d: d}
					p.last = pt.time()
					return match{j: k + 2, typ: Date, val: pt.String()}, true
				}
				return match{}, false
			}
			if y, k2, ok := p.yearAfter(k); ok {
				pt := point{g: gDay, y: y, m: l.val, d: d}
				p.last = pt.time()
				return match{j: k2, typ: Date, val: pt.String()}, true
			}
			y := yearFor(p.dct, l.val, d, p.tense(i, k))
			pt := point{g: gDay, y: y, m: l.val, d: d}
			p.last = pt.time()
			return match{j: k, typ: Date, val: pt.String()}, true
		}
		return match{}, false
	}
	if d, k, ok := p.dayNum(i); ok {
		if lm := p.lx(k); lm.class == wMonth && p.capAt(k) && !(p.w(i) == "may" || p.w(i) == "march") {
			j := p.monthEnd(k)
			y := 0
			if yv, k2, ok := p.yearOnly(j); ok {
				y, j = yv, k2
			} else {
				y = yearFor(p.dct, lm.val, d, p.tense(i, j))
			}
			pt := point{g: gDay, y: y, m: lm.val, d: d}
			p.last = pt.time()
			return match{j: j, typ: Date, val: pt.String()}, true
		}
	}
	return match{}, false
}

// bareDay parses a day of the month named by an ordinal alone at i ("the"):
// "the 24th of this month", "the 3rd of next month", "the fifth of last
// month", and "on the 14th" with the month left to the publication day.
// A bare "on the 14th" needs a written ordinal in digits ("14th", not
// "fourteenth") and a word after it that cannot be the noun the ordinal
// counts ("the 14th summit", "the 24th round", "the 80th anniversary",
// "the 21st century" stay out): the end of the sentence, a comma, or a
// preposition or conjunction (dayFollow). Its month is the publication
// month or one next to it, the nearest in the sentence's tense: the next
// such day on or after publication for a future step, the last on or
// before it for a past one.
func (p *parser) bareDay(i int) (match, bool) {
	d, k, ok := p.dayNum(i + 1)
	if !ok || p.toks[i+1].kind == kNum {
		return match{}, false
	}
	if p.w(k) == "of" && p.w(k+2) == "month" {
		off := 0
		switch p.w(k + 1) {
		case "this", "the":
		case "next":
			off = 1
		case "last":
			off = -1
		default:
			return match{}, false
		}
		y, m, _ := p.dct.Date()
		first := time.Date(y, m+time.Month(off), 1, 12, 0, 0, 0, time.UTC)
		if d > daysIn(first) {
			return match{}, false
		}
		pt := point{g: gDay, y: first.Year(), m: int(first.Month()), d: d}
		p.last = pt.time()
		return match{j: k + 3, typ: Date, val: pt.String()}, true
	}
	if !dayPrep[p.w(i-1)] && !(p.w(i-1) == "to" && p.w(i-3) == "the" && p.w(i-4) == "from") || p.toks[i+1].kind != kAlnum {
		// (the end of a range of days: "from the 14th to the 16th")
		return match{}, false
	}
	if !p.dayEnds(i, k) {
		return match{}, false
	}
	switch p.w(k) {
	case "and", "or", "to", "through":
		// coordinated ordinals share their noun: "the 11th and 12th
		// month", "the 24th and the 25th rounds"
		k2 := k + 1
		if p.w(k2) == "the" {
			k2++
		}
		if _, k3, ok := p.dayNum(k2); ok && p.toks[k2].kind == kAlnum && !p.dayEnds(i, k3) {
			return match{}, false
		}
	}
	tense := p.tense(i, k)
	y, m, _ := p.dct.Date()
	var best time.Time
	bestCost := 1 << 30
	for off := -1; off <= 1; off++ {
		first := time.Date(y, m+time.Month(off), 1, 12, 0, 0, 0, time.UTC)
		if d > daysIn(first) {
			continue
		}
		c := first.AddDate(0, 0, d-1)
		diff := int(c.Sub(p.dct).Hours() / 24)
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if tense < 0 && diff > 0 || tense > 0 && diff < 0 {
			cost += 45
		}
		if cost < bestCost {
			best, bestCost = c, cost
		}
	}
	if bestCost == 1<<30 {
		return match{}, false
	}
	pt := dayPoint(best)
	p.last = pt.time()
	return match{j: k, typ: Date, val: pt.String()}, true
}

// dayEnds reports whether token k, after a bare ordinal day that starts
// at token i, may end it: the end of the sentence, punctuation other than
// a hyphen or an apostrophe, or a word of dayFollow.
func (p *parser) dayEnds(i, k int) bool {
	if k >= len(p.toks) || p.toks[k].sent != p.toks[i].sent {
		return true
	}
	if p.toks[k].kind == kPunct {
		w := p.w(k)
		return w != "-" && w != "–" && w != "'" && w != "’"
	}
	return dayFollow[p.w(k)]
}

// daysIn returns the number of days in the month of t.
func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// dayPrep are the prepositions before a bare ordinal day: "on the 14th",
// "by the 30th", "until the 2nd", "from the 14th".
var dayPrep = map[string]bool{
	"on": true, "by": true, "until": true, "till": true, "from": true, "before": true, "after": true, "since": true,
}

// dayFollow are words that may follow a bare ordinal day ("on the 14th in
// Geneva"); a noun after the ordinal makes it a count ("the 14th summit").
var dayFollow = map[string]bool{
	"at": true, "in": true, "and": true, "or": true, "to": true, "when": true, "with": true,
	"for": true, "after": true, "before": true, "as": true, "but": true, "where": true,
	"while": true, "until": true, "from": true, "between": true, "this": true, "next": true,
	"that": true, "which": true, "if": true, "so": true, "because": true, "by": true,
	"ahead": true, "during": true, "under": true, "amid": true, "following": true,
}

// monthCue are words before a bare ambiguous month name ("May", "March")
// that make it a month.
var monthCue = map[string]bool{
	"in": true, "since": true, "of": true, "until": true, "till": true, "by": true, "during": true,
	"through": true, "before": true, "after": true, "from": true, "to": true, "early": true,
	"late": true, "mid": true, "-": true, "last": true, "next": true, "this": true, "and": true,
	"between": true, "or": true, "throughout": true, "on": true, "for": true,
}

// month parses month expressions: "February 20", "May 2008", "January this
// year", "April", "11 December".
func (p *parser) month(i int) (match, bool) {
	if m, ok := p.monthDay(i); ok {
		return m, true
	}
	if p.w(i) == "the" {
		if d, k, ok := p.dayNum(i + 1); ok && p.toks[i+1].kind != kNum && p.w(k) == "of" {
			if lm := p.lx(k + 1); lm.class == wMonth && p.capAt(k+1) {
				j := p.monthEnd(k + 1)
				y := 0
				if yv, k2, ok := p.yearAfter(j); ok {
					y, j = yv, k2
				} else {
					y = yearFor(p.dct, lm.val, d, p.tense(i, j))
				}
				pt := point{g: gDay, y: y, m: lm.val, d: d}
				p.last = pt.time()
				return match{j: j, typ: Date, val: pt.String()}, true
			}
		}
		if m, ok := p.bareDay(i); ok {
			return m, true
		}
		return match{}, false
	}
	l := p.lx(i)
	if l.class != wMonth || !p.capAt(i) {
		return match{}, false
	}
	w := p.w(i)
	full := len(w) > 3 && w != "sept" || w == "may"
	j := i + 1
	if !full {
		if p.w(j) != "." || !p.glued(j) {
			return match{}, false
		}
		j++
	}
	if y, k, ok := p.yearAfter(j); ok {
		p.setRef(y, l.val, 15, gMonth)
		return match{j: k, typ: Date, val: point{g: gMonth, y: y, m: l.val}.String()}, true
	}
	if p.w(j) == "'" && p.glued(j) && p.w(j+1) == "s" {
		// "January's" is fine
	}
	if w == "may" || w == "march" {
		if !monthCue[p.w(i-1)] || p.toks[i].nl {
			return match{}, false
		}
		// "will march", "in march to" (a capital after "in" is the
		// month: "will meet in Perth in March to draft the rules")
		if w == "march" && !p.capAt(i) && (p.w(j) == "on" || p.w(j) == "to" || p.w(j) == "through") {
			return match{}, false
		}
	}
	y := yearFor(p.dct, l.val, 0, p.tense(i, j))
	p.setRef(y, l.val, 15, gMonth)
	return match{j: j, typ: Date, val: point{g: gMonth, y: y, m: l.val}.String()}, true
}

// yearBlock are words after a four-digit number that make it a count, not a
// year.
var yearBlock = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "jobs": true, "workers": true, "employees": true,
	"members": true, "km": true, "miles": true, "meters": true, "metres": true, "feet": true, "tons": true,
	"tonnes": true, "dollars": true, "points": true, "units": true, "cars": true, "vehicles": true,
	"votes": true, "cases": true, "deaths": true, "shares": true, "barrels": true, "acres": true,
	"pounds": true, "euros": true, "yen": true, "persons": true, "residents": true, "refugees": true,
	"students": true, "homes": true, "houses": true, "rubles": true, "kilometers": true, "kilometres": true,
	"hours": true, "men": true, "women": true, "children": true, "police": true, "officers": true,
	"square": true, "delegates": true, "copies": true, "pages": true, "words": true, "dead": true,
	"prisoners": true, "civilians": true, "seats": true, "stores": true, "flights": true, "kg": true,
	"mw": true, "ad": false, "bc": false,
}

var yearCue = map[string]bool{
	"in": true, "since": true, "of": true, "from": true, "until": true, "to": true, "by": true,
	"year": true, "circa": true, "before": true, "after": true, "around": true, "early": true,
	"late": true, "mid": true, "and": true, "between": true, "during": true, "c": true,
}

// year parses years, decades and centuries: "2013", "fiscal 1989", "the
// 1990s", "the '80s", "the eighties", "the 20th century", "FY2006".
func (p *parser) year(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	t := &p.toks[i]
	w := t.str(p.low)
	switch {
	case t.kind == kNum && p.ndigits(i) == 4:
		y := t.n
		if y < 1000 || y > 2199 || p.partOfNumber(i) {
			return match{}, false
		}
		if p.hyphen(i+1) && p.toks[i+2].kind == kNum {
			// "1998-99" or "2008-2009": keep the first year
			if p.ndigits(i+2) != 2 && p.ndigits(i+2) != 4 {
				return match{}, false
			}
		}
		if yearBlock[p.w(i+1)] || p.w(i+1) == ":" || p.w(i+1) == "." && p.glued(i+1) && p.numAt(i+2) >= 0 {
			return match{}, false
		}
		if y < 1900 || y > 2099 {
			if !yearCue[p.w(i-1)] {
				return match{}, false
			}
		}
		p.setRef(y, 7, 1, gYear)
		return match{j: i + 1, typ: Date, val: strconv.Itoa(y)}, true
	case t.kind == kAlnum:
		// 1990s, 80s, 1990s'
		if strings.HasSuffix(w, "s") {
			ds := w[:len(w)-1]
			if n, err := strconv.Atoi(ds); err == nil {
				if len(ds) == 4 && n%10 == 0 && n >= 1000 && n < 2100 {
					return match{j: i + 1, typ: Date, val: strconv.Itoa(n / 10)}, true
				}
				if len(ds) == 2 && n%10 == 0 {
					return match{j: i + 1, typ: Date, val: strconv.Itoa(190 + n/10)}, true
				}
			}
		}
		if strings.HasPrefix(w, "fy") && len(w) == 6 {
			if n, err := strconv.Atoi(w[2:]); err == nil {
				return match{j: i + 1, typ: Date, val: strconv.Itoa(n)}, true
			}
		}
		return match{}, false
	case w == "'" || w == "’":
		// '80s, '82
		if i+1 < len(p.toks) && p.toks[i+1].glued {
			nw := p.w(i + 1)
			if len(nw) == 3 && nw[2] == 's' && nw[0] >= '0' && nw[0] <= '9' && nw[1] == '0' {
				return match{j: i + 2, typ: Date, val: "19" + nw[:1]}, true
			}
			if p.toks[i+1].kind == kNum && len(nw) == 2 && yearCue[p.w(i-1)] {
				n := p.toks[i+1].n
				y := 1900 + n
				if y+100 <= p.dct.Year()+10 {
					y += 100
				}
				return match{j: i + 2, typ: Date, val: strconv.Itoa(y)}, true
			}
		}
		return match{}, false
	case w == "fiscal" || w == "fy":
		k := i + 1
		if p.w(k) == "year" {
			k++
		}
		if y, j, ok := p.yearOnly(k); ok {
			return match{j: j, typ: Date, val: strconv.Itoa(y)}, true
		}
		return match{}, false
	case w == "the":
		k := i + 1
		mod := ""
		switch p.w(k) {
		case "early":
			mod = "START"
		case "late":
			mod = "END"
		case "mid":
			mod = "MID"
		}
		if mod != "" {
			k++
			if p.hyphen(k) {
				k++
			}
		}
		if l := p.lx(k); l.class == wDecadeWord {
			return match{j: k + 1, typ: Date, val: "19" + strconv.Itoa(l.val), mod: mod}, true
		}
		if m, ok := p.year(k); ok && len(m.val) == 3 {
			m.mod = mod
			return m, true
		}
		// the 20th century
		if c, k2, ok := p.dayNum(k); ok && p.w(k2) == "century" {
			return match{j: k2 + 1, typ: Date, val: strconv.Itoa(c - 1), mod: mod}, true
		}
		if p.w(k) == "fiscal" && p.w(k+1) == "year" && (p.w(k+2) == "ended" || p.w(k+2) == "ending") {
			return match{j: k + 2, typ: Duration, val: "P1Y"}, true
		}
		if p.w(k) == "year" {
			if y, j, ok := p.yearOnly(k + 1); ok {
				return match{j: j, typ: Date, val: strconv.Itoa(y)}, true
			}
			if p.w(k+1) == "ended" || p.w(k+1) == "ending" {
				return match{j: k + 1, typ: Duration, val: "P1Y"}, true
			}
			// the year (as a period of the current year)
			if mod == "" && (p.w(i-1) == "of" || p.w(i-1) == "in" || p.w(i-1) == "for" || p.w(i-1) == "during" || p.w(i-1) == "through") && p.w(k+1) != "before" && p.w(k+1) != "after" && p.w(k+1) != "when" && p.w(k+1) != "in" {
				return match{j: k + 1, typ: Date, val: strconv.Itoa(p.dct.Year())}, true
			}
		}
		if p.w(k) == "fiscal" && p.w(k+1) == "year" {
			if y, j, ok := p.yearOnly(k + 2); ok {
				return match{j: j, typ: Date, val: strconv.Itoa(y)}, true
			}
			return match{j: k + 2, typ: Date, val: strconv.Itoa(p.dct.Year())}, true
		}
		return match{}, false
	case w == "year":
		// year-end, year end
		k := i + 1
		if p.hyphen(k) {
			k++
		}
		if p.w(k) == "end" {
			return match{j: k + 1, typ: Date, val: strconv.Itoa(p.dct.Year()), mod: "END"}, true
		}
		if p.w(k) == "'" && p.w(k+1) == "s" && p.w(k+2) == "end" {
			return match{j: k + 3, typ: Date, val: strconv.Itoa(p.dct.Year()), mod: "END"}, true
		}
		if p.hyphen(i+1) && (p.w(k) == "earlier" || p.w(k) == "ago") {
			if q, ok := p.quarterContext(i); ok {
				q.y--
				return match{j: k + 1, typ: Date, val: q.String()}, true
			}
			return match{j: k + 1, typ: Date, val: strconv.Itoa(p.dct.Year() - 1)}, true
		}
		return match{}, false
	case w == "nineteen" || w == "two":
		if y, j, ok := p.yearOnly(i); ok {
			return match{j: j, typ: Date, val: strconv.Itoa(y)}, true
		}
	}
	if l := p.lx(i); l.class == wOrdinal || t.kind == kAlnum {
		if c, k2, ok := p.dayNum(i); ok && p.w(k2) == "century" {
			return match{j: k2 + 1, typ: Date, val: strconv.Itoa(c - 1)}, true
		}
	}
	return match{}, false
}

// quarterOrdinal parses "third", "3rd", "fourth" ... before "quarter".
func (p *parser) quarterOrdinal(i int) (int, int, bool) {
	switch p.w(i) {
	case "first", "1st":
		return 1, i + 1, true
	case "second", "2nd":
		return 2, i + 1, true
	case "third", "3rd":
		return 3, i + 1, true
	case "fourth", "4th", "final", "last":
		return 4, i + 1, true
	}
	return 0, i, false
}

// quarter parses fiscal quarters and halves: "the third quarter",
// "third-quarter", "Q1", "the year-earlier quarter", "the first half of 1990".
func (p *parser) quarter(i int) (match, bool) {
	k := i
	w := p.w(k)
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		q := int(w[1] - '0')
		j := k + 1
		y := p.dct.Year()
		if yv, k2, ok := p.yearOnly(j); ok {
			y, j = yv, k2
		} else if p.toks[k].kind == kAlnum && p.w(j) == "'" && p.toks[j+0].glued {
			// Q1'13
		}
		return match{j: j, typ: Date, val: point{g: gQuarter, y: y, m: q}.String()}, true
	}
	yearOff, explicitY := 0, -1
	if (w == "this" || w == "last" || w == "next") && p.w(k+1) == "year" && p.w(k+2) == "'" && p.w(k+3) == "s" {
		yearOff = map[string]int{"this": 0, "last": -1, "next": 1}[w]
		k += 4
		w = "the"
	} else if w == "the" || w == "its" || w == "this" || w == "that" || w == "last" || w == "next" {
		k++
	}
	rel := false
	for n := 0; n < 3; n++ {
		switch p.w(k) {
		case "fiscal":
			k++
			continue
		case "year":
			if p.hyphen(k+1) && (p.w(k+2) == "earlier" || p.w(k+2) == "ago") {
				yearOff = -1
				k += 3
				continue
			}
		case "comparable", "same", "corresponding", "latest", "recent", "current", "most", "just", "ended", "completed":
			if p.w(k) == "latest" || p.w(k) == "recent" {
				rel = true
			}
			if p.w(k) == "current" {
				rel = true
			}
			k++
			continue
		}
		if y, k2, ok := p.yearOnly(k); ok && k > i {
			explicitY = y
			k = k2
			continue
		}
		break
	}
	q, k2, hasOrd := p.quarterOrdinal(k)
	if hasOrd {
		k = k2
		if p.hyphen(k) {
			k++
		}
	}
	unitW := p.w(k)
	isHalf := unitW == "half" && hasOrd && q <= 2
	if unitW != "quarter" && unitW != "quarters" && unitW != "period" && !isHalf {
		return match{}, false
	}
	if unitW == "quarters" {
		if hasOrd {
			return match{j: k + 1, typ: Set, val: "XXXX-Q" + strconv.Itoa(q)}, true
		}
		return match{}, false
	}
	if unitW == "period" && (hasOrd || yearOff == 0 && explicitY < 0 && !rel) {
		if explicitY >= 0 {
			return match{j: k + 1, typ: Date, val: strconv.Itoa(explicitY)}, true
		}
		return match{}, false
	}
	if k == i && !hasOrd {
		return match{}, false
	}
	// a bare "quarter" needs a determiner
	if !hasOrd && w != "the" && w != "its" && w != "this" && w != "that" && w != "last" && w != "next" {
		return match{}, false
	}
	if !hasOrd && unitW == "quarter" && (p.w(k+1) == "of" && p.w(k+2) != "the" && p.numAt(k+2) < 0 || p.lx(k+1).class == wNumber || p.w(k+1) == "mile" || p.w(k+1) == "century") {
		return match{}, false
	}
	j := k + 1
	if isHalf {
		y := p.dct.Year()
		if explicitY >= 0 {
			y = explicitY
		} else if yv, k3, ok := p.yearAfter(j); ok {
			y, j = yv, k3
		} else if half := (int(p.dct.Month())-1)/6 + 1; q > half {
			y--
		}
		return match{j: j, typ: Date, val: point{g: gHalf, y: y + yearOff, m: q}.String()}, true
	}
	var pt point
	switch {
	case hasOrd:
		y := p.dct.Year()
		if explicitY >= 0 {
			y = explicitY
		} else if yv, k3, ok := p.yearAfter(j); ok {
			y, j = yv, k3
		} else if cq := (int(p.dct.Month())-1)/3 + 1; q > cq && p.tense(i, j) <= 0 {
			y--
		}
		pt = point{g: gQuarter, y: y + yearOff, m: q}
	default:
		switch {
		case w == "this" || rel && p.w(k-1) == "current":
			pt, _ = shiftPoint(p.dct, uQuarter, 0)
		case w == "next":
			pt, _ = shiftPoint(p.dct, uQuarter, 1)
		default:
			pt, _ = shiftPoint(p.dct, uQuarter, -1)
		}
		if explicitY >= 0 {
			pt.y = explicitY
		}
		pt.y += yearOff
	}
	p.lastQ, p.lastQSent = pt, p.toks[i].sent
	return match{j: j, typ: Date, val: pt.String()}, true
}

// quarterContext returns the fiscal quarter discussed around token i (named
// in this sentence or the two before): in earnings news "a year earlier"
// then means that quarter a year before.
func (p *parser) quarterContext(i int) (point, bool) {
	if p.lastQ.g != gQuarter || p.toks[i].sent-p.lastQSent > 2 {
		return point{}, false
	}
	return p.lastQ, true
}

// duration parses "three years", "two-year", "a month", "10 days ago", "the
// first nine months", "a year earlier", "weeks".
func (p *parser) duration(i int) (match, bool) {
	k := i
	first := false
	if p.w(k) == "the" {
		switch p.w(k + 1) {
		case "first", "latest", "last", "past", "next", "previous", "final", "coming":
			first = true
			k += 2
		case "entire", "whole", "full":
			if p.w(k+2) == "year" {
				return match{j: k + 3, typ: Date, val: strconv.Itoa(p.dct.Year())}, true
			}
			if u, j, ok := p.unit(k + 2); ok && u >= uDay {
				return match{j: j, typ: Duration, val: durationValue(1, false, u)}, true
			}
			return match{}, false
		default:
			// "the nine months", "the four days"
			k++
			if _, _, _, ok := p.number(k); !ok || p.w(k) == "a" || p.w(k) == "an" {
				return match{}, false
			}
		}
	}
	n, half, j, ok := p.number(k)
	if !ok {
		// bare plural units: "for years", "weeks ago", "decades-long"
		return p.bareUnits(i)
	}
	if n == 0 && !half {
		return match{}, false
	}
	// "two to three weeks", "12 to 18 months", "a year or two"
	if p.w(j) == "to" || p.w(j) == "or" || p.hyphen(j) && p.toks[j+1].kind == kNum {
		if n2, _, j2, ok2 := p.number(j + 1); ok2 && n2 > n && p.w(j+1) != "a" && p.w(j+1) != "an" {
			if _, _, ok3 := p.unit(j2); ok3 {
				j = j2
			}
		}
	}
	if p.w(j) == "more" || p.w(j) == "additional" || p.w(j) == "straight" || p.w(j) == "consecutive" || p.w(j) == "full" || p.w(j) == "trading" || p.w(j) == "business" || p.w(j) == "working" || p.w(j) == "long" {
		if _, _, ok := p.unit(j + 1); ok {
			j++
		}
	}
	hyph := false
	if p.hyphen(j) {
		hyph = true
		j++
	}
	u, j2, ok := p.unit(j)
	if !ok {
		return match{}, false
	}
	w0 := p.w(k)
	isA := w0 == "a" || w0 == "an"
	if isA && i > 0 {
		// "$5 million a year", "twice a day": a frequency
		pw := p.w(i - 1)
		if nx := p.w(j2); nx != "earlier" && nx != "ago" && nx != "before" && nx != "later" && nx != "or" && (pw == "million" || pw == "billion" || pw == "times" || pw == "twice" || pw == "once" || pw == "thrice" || pw == "percent" || pw == "%" || p.toks[i-1].kind == kNum || pw == "trillion" || pw == "dollars") && !first {
			return match{j: j2, typ: Set, val: durationValue(1, false, u)}, true
		}
	}
	if u == uSecond && isA && p.toks[j2-1].str(p.low) == "second" && j2 < len(p.toks) && p.toks[j2].kind == kWord {
		switch p.w(j2) {
		case "or", "and", "ago", "later", "earlier", "before", "after":
		default:
			return match{}, false // "a second attempt"
		}
	}
	j = j2
	if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
		half = true
		j += 3
	}
	// ages are not temporal expressions: "a 6-year-old", "52 years old"
	if p.w(j) == "old" || p.hyphen(j) && (p.w(j+1) == "old" || p.w(j+1) == "olds") {
		return match{}, false
	}
	if u == uQuarter && (isA || hyph || p.w(j) == "of" || p.w(j) == "century" || p.w(j) == "mile" || p.w(j) == "point" || p.w(j) == "percent") {
		// "a quarter of", "three-quarters": fractions
		return match{}, false
	}
	if hyph || p.w(j) == "-" && p.glued(j) {
		// two-year, decade-long
		if p.hyphen(j) && p.w(j+1) == "long" {
			j += 2
		}
		return match{j: j, typ: Duration, val: durationValue(n, half, u)}, true
	}
	if p.w(j) == "or" && p.w(j+1) == "so" {
		j += 2
	}
	if !first {
		switch p.w(j) {
		case "ago", "earlier", "before", "later", "hence", "from":
			dir := 1
			switch p.w(j) {
			case "later":
				if n < 0 || u <= uWeek {
					return match{j: j, typ: Duration, val: durationValue(n, half, u)}, true
				}
				dir = -1
			case "hence":
				dir = -1
			case "from":
				if p.w(j+1) != "now" {
					break
				}
				dir = -1
				j++
			case "before":
				if p.w(j+1) != "," && p.w(j+1) != "." && j+1 < len(p.toks) {
					return match{j: j2, typ: Duration, val: durationValue(n, half, u)}, true
				}
			}
			if p.w(j) == "from" {
				break
			}
			if n < 0 {
				v := "PAST_REF"
				if dir < 0 {
					v = "FUTURE_REF"
				}
				return match{j: j + 1, typ: Date, val: v}, true
			}
			if u == uYear && n == 1 && dir > 0 {
				if q, ok := p.quarterContext(i); ok {
					q.y--
					return match{j: j + 1, typ: Date, val: q.String()}, true
				}
			}
			if pt, ok := agoPoint(p.dct, u, dir*n); ok && !half {
				return match{j: j + 1, typ: Date, val: pt.String()}, true
			}
			if u <= uHour {
				return match{j: j + 1, typ: Duration, val: durationValue(n, half, u)}, true
			}
			return match{j: j + 1, typ: Date, val: ""}, true
		}
	}
	if isA && (u == uDay || u == uWeekend) && !first && p.w(j) != "and" {
		// "a day" alone is rarely a duration worth a tag: "a day after"
		if p.w(j) == "after" || p.w(j) == "before" {
			return match{}, false
		}
	}
	return match{j: j, typ: Duration, val: durationValue(n, half, u)}, true
}

// bareUnits parses unit plurals without a count: "for years", "weeks ago",
// "decades-long", "months".
func (p *parser) bareUnits(i int) (match, bool) {
	u, j, ok := p.unit(i)
	if !ok {
		return match{}, false
	}
	w := p.w(i)
	if !strings.HasSuffix(w, "s") || w == "hours" && false {
		return match{}, false
	}
	if p.hyphen(j) && p.w(j+1) == "long" {
		return match{j: j + 2, typ: Duration, val: durationValue(-1, false, u)}, true
	}
	if p.w(j) == "ago" {
		return match{j: j + 1, typ: Date, val: "PAST_REF"}, true
	}
	switch p.w(i - 1) {
	case "for", "within", "over", "in", "after", "took", "lasted", "last", "spent":
		if p.w(j) == "of" || p.w(j) == "'" {
			return match{}, false
		}
		if u < uDay && p.w(i-1) != "for" && p.w(i-1) != "within" {
			return match{}, false
		}
		if p.w(j) == "or" {
			if _, j2, ok := p.unit(j + 1); ok {
				j = j2
			}
		}
		return match{j: j, typ: Duration, val: durationValue(-1, false, u)}, true
	}
	return match{}, false
}

// clock parses clock times: "10 a.m.", "10:35 a.m. EST", "noon Thursday",
// "0800 UTC", "4 in the morning", "5 p.m. EST, Nov. 6".
func (p *parser) clock(i int) (match, bool) {
	t := &p.toks[i]
	hour, min := -1, 0
	j := i
	pm, am := false, false
	switch {
	case t.str(p.low) == "noon" || t.str(p.low) == "midday":
		hour, j = 12, i+1
	case t.str(p.low) == "midnight":
		hour, j = 24, i+1
	case t.kind == kAlnum:
		w := t.str(p.low)
		switch {
		case strings.HasSuffix(w, "am"), strings.HasSuffix(w, "pm"):
			h, err := strconv.Atoi(w[:len(w)-2])
			if err != nil || h < 1 || h > 12 {
				return match{}, false
			}
			hour, j = h, i+1
			pm = strings.HasSuffix(w, "pm")
			am = !pm
		default:
			return match{}, false
		}
	case t.kind == kNum:
		if p.partOfNumber(i) && !(p.w(i+1) == ":" || p.w(i+1) == ".") {
			return match{}, false
		}
		if i > 0 && p.toks[i].glued && (p.w(i-1) == ":" || p.w(i-1) == ".") {
			return match{}, false
		}
		nd := p.ndigits(i)
		j = i + 1
		switch {
		case nd == 4 && t.n%100 < 60 && t.n/100 <= 24:
			hour, min = t.n/100, t.n%100
		case nd <= 2 && t.n <= 24:
			hour = t.n
			if (p.w(j) == ":" || p.w(j) == ".") && p.glued(j) && p.glued(j+1) && p.numAt(j+1) >= 0 && p.ndigits(j+1) == 2 && p.numAt(j+1) < 60 {
				min = p.numAt(j + 1)
				j += 2
			}
		default:
			return match{}, false
		}
	default:
		return match{}, false
	}
	colon := j > i+1 && p.w(i+1) == ":"
	dotSep := j > i+1 && p.w(i+1) == "."
	if j < len(p.toks) && p.w(j) == "%" {
		return match{}, false
	}
	// meridiem
	if !am && !pm && t.kind == kNum {
		switch w := p.w(j); {
		case w == "a" || w == "p":
			if p.w(j+1) == "." && p.w(j+2) == "m" && p.glued(j+1) && p.glued(j+2) {
				am, pm = w == "a", w == "p"
				j += 3
				if p.w(j) == "." && p.glued(j) {
					j++
				}
			}
		case w == "am" || w == "pm":
			am, pm = w == "am", w == "pm"
			j++
		case w == "o" && p.w(j+1) == "'" && p.w(j+2) == "clock":
			j += 3
			am = true
		case w == "in" && p.w(j+1) == "the" && p.lx(j+2).class == wPartOfDay && hour <= 12:
			switch p.w(j + 2) {
			case "afternoon", "evening":
				pm = true
			case "morning":
				am = true
			case "night":
				pm = hour >= 6
				am = !pm
			}
			j += 3
		case w == "hours" && p.ndigits(i) == 4:
			j++
			am = true
		}
	}
	tz := ""
	if timeZones[p.w(j)] && (p.toks[j].kind == kWord && (strings.ToUpper(p.text[p.toks[j].s:p.toks[j].e]) == p.text[p.toks[j].s:p.toks[j].e])) {
		tz = p.w(j)
		j++
		// "6:40 p.m. (GMT +8)"
	}
	if t.kind == kNum && !am && !pm && tz == "" {
		// a bare number needs a colon and a cue: "at 14:48"
		if !colon || (p.w(i-1) != "at" && p.w(i-1) != "by" && p.w(i-1) != "until" && p.w(i-1) != "from" && p.w(i-1) != "before" && p.w(i-1) != "after" && p.w(i-1) != "around") {
			return match{}, false
		}
	}
	if t.kind == kNum && p.ndigits(i) == 4 && tz == "" && !am {
		return match{}, false
	}
	if dotSep && !am && !pm {
		return match{}, false
	}
	if pm && hour < 12 {
		hour += 12
	}
	if am && hour == 12 {
		hour = 0
	}
	if hour > 24 {
		return match{}, false
	}
	// the day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6", "16:00 UTC today"
	day := p.dct
	k := j
	if p.w(k) == "," && (p.lx(k+1).class == wMonth || p.lx(k+1).class == wWeekday) {
		k++
	}
	if p.w(k) == "on" && (p.lx(k+1).class == wWeekday) {
		k++
	}
	switch l := p.lx(k); {
	case l.class == wWeekday && p.capAt(k) && len(p.w(k)) >= 6:
		day = p.weekdayValue(l.val, i, k+1)
		j = k + 1
		if p.w(j) == "," {
			if m, ok := p.monthDay(j + 1); ok {
				day = p.last
				j = m.j
			}
		}
	case l.class == wMonth:
		if m, ok := p.monthDay(k); ok {
			day = p.last
			j = m.j
		}
	case p.w(k) == "today" || p.w(k) == "tonight":
		j = k + 1
	case p.w(k) == "yesterday":
		day = addDays(p.dct, -1)
		j = k + 1
	case p.w(k) == "tomorrow":
		day = addDays(p.dct, 1)
		j = k + 1
	}
	var buf [32]byte
	b := append(buf[:0], dayPoint(day).String()...)
	b = append(b, 'T')
	b = pad(b, hour, 2)
	b = append(b, ':')
	b = pad(b, min, 2)
	if tz == "utc" || tz == "gmt" || tz == "z" {
		b = append(b, 'Z')
	}
	return match{j: j, typ: Time, val: string(b)}, true
}

// set parses frequencies: "daily", "every day", "each Thursday", "every two
// years".
func (p *parser) set(i int) (match, bool) {
	l := p.lx(i)
	if l.class == wSet {
		w := p.w(i)
		if w == "annual" || w == "biannual" || w == "semiannual" {
			return match{}, false
		}
		return match{j: i + 1, typ: Set, val: l.str}, true
	}
	w := p.w(i)
	if w != "every" && w != "each" && w != "per" {
		return match{}, false
	}
	k := i + 1
	other := false
	if p.w(k) == "other" {
		other = true
		k++
	}
	nl := p.lx(k)
	switch nl.class {
	case wUnit:
		n := 1
		if other {
			n = 2
		}
		if strings.HasSuffix(p.w(k), "s") {
			return match{}, false
		}
		return match{j: k + 1, typ: Set, val: durationValue(n, false, nl.val)}, true
	case wWeekday:
		if !p.capAt(k) {
			return match{}, false
		}
		return match{j: k + 1, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(nl.val)}, true
	case wMonth:
		if !p.capAt(k) {
			return match{}, false
		}
		return match{j: p.monthEnd(k), typ: Set, val: "XXXX-" + point{g: gMonth, m: nl.val}.String()[5:]}, true
	case wSeason:
		return match{j: k + 1, typ: Set, val: "XXXX-" + nl.str}, true
	case wPartOfDay:
		return match{j: k + 1, typ: Set, val: "XXXX-XX-XXT" + nl.str}, true
	}
	if w == "per" {
		return match{}, false
	}
	if n, _, j, ok := p.number(k); ok && n > 1 {
		if u, j2, ok := p.unit(j); ok {
			return match{j: j2, typ: Set, val: durationValue(n, false, u)}, true
		}
	}
	return match{}, false
}

// holiday parses named days: "Christmas", "New Year's Day", "Thanksgiving".
func (p *parser) holiday(i int) (match, bool) {
	if p.lx(i).class != wHoliday || !p.capAt(i) {
		return match{}, false
	}
	y := p.dct.Year()
	var d time.Time
	j := i + 1
	dayWord := func() {
		if p.w(j) == "day" && p.capAt(j) {
			j++
		}
	}
	switch p.w(i) {
	case "christmas":
		d = time.Date(y, 12, 25, 12, 0, 0, 0, time.UTC)
		if p.w(j) == "eve" && p.capAt(j) {
			d = addDays(d, -1)
			j++
		} else {
			dayWord()
		}
	case "new":
		if p.w(j) != "year" || !p.capAt(j) {
			return match{}, false
		}
		j++
		if p.w(j) == "'" && p.w(j+1) == "s" {
			j += 2
		}
		switch p.w(j) {
		case "day":
			d = time.Date(y, 1, 1, 12, 0, 0, 0, time.UTC)
			if p.dct.Month() == 12 {
				d = d.AddDate(1, 0, 0)
			}
			j++
		case "eve":
			d = time.Date(y, 12, 31, 12, 0, 0, 0, time.UTC)
			if p.dct.Month() == 1 {
				d = d.AddDate(-1, 0, 0)
			}
			j++
		default:
			return match{}, false
		}
	case "thanksgiving":
		d = nthWeekday(y, 11, 4, 4)
		dayWord()
	case "easter":
		d = easter(y)
		if p.w(j) == "sunday" || p.w(j) == "monday" {
			if p.w(j) == "monday" {
				d = addDays(d, 1)
			}
			j++
		} else if p.w(j) == "week" {
			return match{j: j + 1, typ: Date, val: weekPoint(d, gWeek).String()}, true
		}
	case "halloween":
		d = time.Date(y, 10, 31, 12, 0, 0, 0, time.UTC)
	case "independence", "labor", "memorial", "election", "veterans", "boxing":
		if p.w(j) != "day" || !p.capAt(j) {
			return match{}, false
		}
		j++
		switch p.w(i) {
		case "independence":
			d = time.Date(y, 7, 4, 12, 0, 0, 0, time.UTC)
		case "labor":
			d = nthWeekday(y, 9, 1, 1)
		case "memorial":
			d = nthWeekday(y, 5, 1, -1)
		case "election":
			d = addDays(nthWeekday(y, 11, 1, 1), 1)
		case "veterans":
			d = time.Date(y, 11, 11, 12, 0, 0, 0, time.UTC)
		case "boxing":
			d = time.Date(y, 12, 26, 12, 0, 0, 0, time.UTC)
		}
	case "valentine":
		if p.w(j) == "'" && p.w(j+1) == "s" && p.w(j+2) == "day" {
			d = time.Date(y, 2, 14, 12, 0, 0, 0, time.UTC)
			j += 3
		} else {
			return match{}, false
		}
	default:
		return match{}, false
	}
	// the occurrence nearest to the publication date, tipped by the tense
	tense := p.tense(i, j)
	best, bestCost := d, 1<<30
	for _, off := range [3]int{-1, 0, 1} {
		c := p.holidayIn(p.w(i), p.w(i+1), d, y+off)
		diff := int(c.Sub(p.dct).Hours() / 24)
		cost := max(diff, -diff)
		if tense < 0 && diff > 0 || tense > 0 && diff < 0 {
			cost += 60
		}
		if cost < bestCost {
			best, bestCost = c, cost
		}
	}
	d = best
	p.last = d
	return match{j: j, typ: Date, val: dayPoint(d).String()}, true
}

// holidayIn moves holiday d (computed for the publication year) to year y.
func (p *parser) holidayIn(name, next string, d time.Time, y int) time.Time {
	switch name {
	case "thanksgiving":
		return nthWeekday(y, 11, 4, 4)
	case "easter":
		return addDays(easter(y), int(d.Sub(easter(d.Year())).Hours()/24))
	case "labor":
		return nthWeekday(y, 9, 1, 1)
	case "memorial":
		return nthWeekday(y, 5, 1, -1)
	case "election":
		return addDays(nthWeekday(y, 11, 1, 1), 1)
	}
	return time.Date(y, d.Month(), d.Day(), 12, 0, 0, 0, time.UTC)
}

// infinitiveStop are words after "agreed to" that start no verb: "agreed to
// a ceasefire in March", "agreed to the terms", "agreed to it".
var infinitiveStop = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "it": true, "them": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"such": true, "all": true, "some": true, "any": true, "no": true}

// isWordTok reports whether w is a lower-case word (no digit, no mark).
func isWordTok(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
