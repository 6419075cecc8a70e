package attrib

import "strings"

// topicNouns are stance words that, set before another noun, name a kind
// of thing rather than a view of it: "an emergency meeting", "emergency
// medical supplies" (not "protest": "handed a protest note" protests).
var topicNouns = map[string]bool{"emergency": true}

// descriptiveHeads are nouns after which an evaluative adjective only
// describes the thing, as a fixed collocation, and judges nobody's deal or
// partner: "credible evidence", "a reliable supply", "a balanced budget",
// "the troubled region" (not "a credible vote", "a reliable partner").
var descriptiveHeads = map[string]map[string]bool{
	"credible": {"evidence": true, "threat": true, "threats": true, "information": true, "reports": true, "sources": true, "intelligence": true, "allegations": true},
	"reliable": {"data": true, "figures": true, "information": true, "sources": true, "supply": true, "supplies": true, "estimates": true, "numbers": true},
	"balanced": {"budget": true, "budgets": true, "diet": true},
	"troubled": {"region": true, "regions": true, "area": true, "areas": true, "province": true, "provinces": true, "past": true, "history": true, "waters": true, "economy": true},
}

// modifierOpeners may open a noun phrase whose next word is a participle
// used as an adjective: "returns of rejected asylum seekers", "the failed
// coup", "those excluded parties" (not "a": "called it a failed policy"
// judges). "and", "or" and "that" open one only in some places (see
// openerAt).
var modifierOpeners = map[string]bool{
	"the": true, "of": true, "for": true, "with": true, "to": true, "on": true,
	"about": true, "from": true, "by": true, "its": true, "their": true, "his": true, "her": true, "our": true, "these": true, "those": true, "this": true,
	"any": true, "all": true, "some": true, "many": true, "more": true, "other": true,
	"including": true,
}

// thatOpeners are words after which "that" is a determiner or opens a
// reported clause, so a participle after it may start a noun phrase
// ("criticised that failed policy", "said that rejected migrants"); after
// a noun "that" is a relative pronoun and the participle its verb ("a
// statement that rejected Venezuelan claims").
var thatOpeners = map[string]bool{
	"": true, "said": true, "says": true, "say": true, "told": true, "think": true, "thought": true,
	"believe": true, "know": true, "knew": true, "warn": true, "warns": true, "fear": true,
	"fears": true, "argue": true, "argues": true, "noted": true, "of": true, "for": true,
	"with": true, "to": true, "on": true, "about": true, "from": true, "by": true, "at": true,
	"in": true, "against": true, "over": true, "is": true, "was": true, "means": true,
}

// openerAt reports whether the words before a participle, nearest last,
// open a noun phrase it modifies: an opener ("of rejected"), "that" after
// a verb or preposition ("said that rejected"), or "and"/"or" joining it to
// a participle that itself modifies ("the failed and rejected plans"; not
// "issued a statement and rejected claims", "Iran criticised and rejected
// calls").
func openerAt(before [3]string) bool {
	switch prev := before[2]; prev {
	case "and", "or":
		return strings.HasSuffix(before[1], "ed") && modifierOpeners[before[0]]
	case "that":
		return thatOpeners[before[1]] || strings.HasSuffix(before[1], "ed")
	default:
		return modifierOpeners[prev]
	}
}

// notNounHeads are words after a stance word that show it is no modifier
// of a noun: articles, prepositions, auxiliaries, pronouns and
// conjunctions ("failed to", "rejected the plan", "the emergency was").
var notNounHeads = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "by": true,
	"for": true, "with": true, "at": true, "as": true, "that": true, "and": true, "or": true,
	"but": true, "is": true, "was": true, "were": true, "are": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "it": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "these": true, "those": true, "which": true, "who": true,
	"from": true, "over": true, "after": true, "before": true, "about": true, "against": true,
	"any": true, "all": true, "him": true, "them": true, "us": true, "me": true, "outright": true,
	"again": true, "twice": true, "once": true, "so": true, "into": true, "than": true,
	"must": true, "should": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "shall": true, "do": true, "did": true, "does": true,
	"not": true, "said": true, "says": true, "say": true, "if": true, "when": true,
	"because": true, "while": true, "there": true, "here": true, "now": true, "then": true,
}

// TopicModifier reports whether the lower-case stance word w, after the
// lower-case words before (up to three, nearest last, "" where none) and
// before next, only modifies the noun after it and so
// names the topic, not anyone's view of it: "emergency" or "protest"
// before a noun ("at an emergency Forum meeting", "fund emergency
// medical supplies"), a participle opening a noun phrase before its noun
// ("faster returns of rejected asylum seekers", "after the failed
// talks"). Not a verb with its object ("rejected the plan", "Iran
// rejected calls"), nor a noun ending its phrase ("this is an
// emergency"), nor the thing a source itself calls for ("called an
// emergency EU meeting", "requested an emergency session": alarm).
func TopicModifier(before [3]string, w, next string) bool {
	if next == "" || notNounHeads[next] || strings.HasSuffix(next, "ly") {
		return false
	}
	for i := 0; i < len(next); i++ {
		if c := next[i]; !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	if descriptiveHeads[w][next] {
		return true
	}
	if topicNouns[w] {
		for _, b := range before {
			if hasPrefixAny(b, "call", "convene", "request", "demand", "sought", "seek", "urg") {
				return false
			}
		}
		return true
	}
	return strings.HasSuffix(w, "ed") && openerAt(before)
}

// hasPrefixAny reports whether s starts with one of ps.
func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
