package timex

import "strings"

// eventNouns name events that a date can anchor.
var eventNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "summit": true, "visit": true, "trip": true,
	"vote": true, "election": true, "elections": true, "conference": true, "negotiations": true,
	"ceasefire": true, "truce": true, "deal": true, "agreement": true, "signing": true, "ceremony": true,
	"speech": true, "attack": true, "attacks": true, "strike": true, "strikes": true, "referendum": true,
	"session": true, "hearing": true, "deadline": true, "visits": true, "tour": true, "call": true,
	"summits": true, "discussions": true, "consultations": true, "inauguration": true, "funeral": true,
	"rally": true, "protest": true, "protests": true, "invasion": true, "offensive": true, "launch": true,
	"announcement": true, "debate": true, "trial": true, "ruling": true, "election's": true, "forum": true,
	"dialogue": true, "round": true, "exercise": true, "exercises": true, "drills": true,
}

// eventStop are words an event phrase never ends with.
var eventStop = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "for": true, "until": true, "from": true, "since": true,
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "as": true,
	"early": true, "late": true, "before": true, "after": true, "during": true, "this": true,
	"next": true, "last": true, "with": true, "will": true, "be": true, "is": true, "are": true, "was": true,
	"were": true, "that": true, "which": true, "who": true, "its": true, "their": true, "his": true, "her": true,
}

var auxWords = map[string]bool{
	"will": true, "to": true, "would": true, "shall": true, "ll": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "should": true,
}

// EventPhrase returns a short description of the event that the temporal
// expression t anchors in the sentence text[sentStart:sentEnd] ("talks in
// Saudi Arabia", "Kellogg visits Kyiv"), or "" when none is clear. It is a
// heuristic: the nearest event noun before the expression with what follows
// it, else the verb governing the expression with its object, prefixed by a
// proper-name subject when there is one.
func EventPhrase(text string, sentStart, sentEnd int, t Timex) string {
	if sentStart < 0 || sentEnd > len(text) || sentStart >= sentEnd || t.Start < sentStart || t.End > sentEnd {
		return ""
	}
	s := text[sentStart:sentEnd]
	low := asciiLower(s)
	toks := tokenize(s, low, nil)
	a, b := -1, -1
	for k, tk := range toks {
		if a < 0 && tk.e > t.Start-sentStart {
			a = k
		}
		if tk.s < t.End-sentStart {
			b = k + 1
		}
	}
	if a < 0 || b <= a {
		return ""
	}
	// the clause before the expression
	lo := a
	for lo > 0 {
		w := toks[lo-1].str(low)
		if w == "," || w == ";" || w == ":" || w == "\"" || w == "“" || w == "”" || w == "(" || w == "—" {
			break
		}
		lo--
	}
	if ph := eventFrom(s, low, toks, lo, a); ph != "" {
		return ph
	}
	// "On Tuesday, the ministers will meet in Riyadh."
	k := b
	for k < len(toks) && toks[k].kind == kPunct && toks[k].str(low) == "," {
		k++
	}
	hi := k
	for hi < len(toks) && toks[hi].kind != kPunct {
		hi++
	}
	if k < hi {
		return eventFrom(s, low, toks, k, hi)
	}
	return ""
}

// eventFrom finds an event phrase in tokens [lo, hi) of s (low is s with
// ASCII letters lower-cased).
func eventFrom(s, low string, toks []tok, lo, hi int) string {
	trimEnd := func(e int, start int) int {
		for e > start && (eventStop[toks[e-1].str(low)] || toks[e-1].kind == kPunct || toks[e-1].lex().class != wNone && toks[e-1].lex().class != wRelative) {
			e--
		}
		return e
	}
	// nearest event noun
	for n := hi - 1; n >= lo; n-- {
		if !eventNouns[toks[n].str(low)] || toks[n].cap && n > lo || n > lo && auxWords[toks[n-1].str(low)] {
			continue // "to visit" is a verb
		}
		st := n
		for m := 0; m < 2 && st-1 >= lo; m++ {
			pw := toks[st-1]
			if pw.kind != kWord || eventStop[pw.str(low)] || auxWords[pw.str(low)] || pw.lex().class != wNone || pw.cap {
				break
			}
			st--
			// "high-level"
			if st-2 >= lo && toks[st].glued && toks[st-1].str(low) == "-" && toks[st-1].glued && toks[st-2].kind == kWord {
				st -= 2
			}
		}
		for st < n && (toks[st].kind == kPunct) {
			st++
		}
		e := trimEnd(hi, n+1)
		if e-st > 8 {
			e = st + 8
			e = trimEnd(e, n+1)
		}
		return s[toks[st].s:toks[e-1].e]
	}
	// the verb after an auxiliary, with its object
	for v := hi - 1; v > lo; v-- {
		if !auxWords[toks[v-1].str(low)] || toks[v].kind != kWord || eventStop[toks[v].str(low)] {
			continue
		}
		e := trimEnd(hi, v+1)
		if e-v > 6 {
			e = trimEnd(v+6, v+1)
		}
		verb := thirdPerson(s[toks[v].s:toks[v].e])
		obj := ""
		if e > v+1 {
			obj = " " + s[toks[v+1].s:toks[e-1].e]
		}
		// a proper-name subject at the clause start
		subj := ""
		for k := v - 1; k >= lo; k-- {
			if toks[k].cap && toks[k].kind == kWord && !(k == lo && eventStop[toks[k].str(low)]) {
				subj = s[toks[k].s:toks[k].e]
				break
			}
		}
		if subj == "" {
			return toks[v].str(low) + obj
		}
		return subj + " " + verb + obj
	}
	return ""
}

// thirdPerson conjugates a base-form verb for a singular subject.
func thirdPerson(v string) string {
	lv := strings.ToLower(v)
	switch {
	case lv == "be":
		return "is"
	case lv == "have":
		return "has"
	case strings.HasSuffix(lv, "s") || strings.HasSuffix(lv, "sh") || strings.HasSuffix(lv, "ch") || strings.HasSuffix(lv, "x") || strings.HasSuffix(lv, "o"):
		return v + "es"
	case len(lv) > 1 && strings.HasSuffix(lv, "y") && !strings.ContainsRune("aeiou", rune(lv[len(lv)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}
