package alerts

import "sync"

// Rarity: the Index files an expression under a set of its terms of which
// one must be present (its generators), and evaluates the expression only
// for stories that contain one of them. Where it may choose (in an AND), it
// chooses the set least likely to occur in a story, estimated statically
// from the terms alone, so that a hot story wakes up few expressions that
// then turn out not to match: `"peace talks" place:Riyadh` is filed under
// place:Riyadh, not under the phrase every story of the week contains.

// Estimated chances that a story contains a token.
const (
	costCommon = 0.6  // a word of commonNewsWords
	costShort  = 0.3  // a token of one or two characters ("us", "un", "eu")
	costWord   = 0.05 // any other word: a name, a place, a topic
	// costPhraseStep multiplies the chance of a phrase's rarest token for
	// every further token.
	costPhraseStep = 0.3
	// costFact and costTitle multiply the chance of a term restricted to
	// the extracted facts or to the headline: short parts of a story.
	costFact  = 0.5
	costTitle = 0.3
)

// commonNewsWords are words found in most diplomatic news stories, so the
// worst triggers; written as typed, normalised on first use.
var commonNewsWords = []string{
	"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as",
	"is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "not", "it", "its",
	"he", "she", "they", "his", "her", "their", "this", "that", "who", "after", "over", "new",
	"said", "says", "say", "told", "according", "news", "report", "reports", "reported",
	"talks", "talk", "deal", "deals", "meeting", "meet", "meets", "met", "visit", "visits", "summit",
	"conference", "negotiations", "negotiation", "agreement", "agreements", "statement", "call",
	"minister", "ministers", "ministry", "president", "presidents", "prime", "secretary", "foreign",
	"government", "governments", "official", "officials", "leader", "leaders", "spokesman",
	"spokeswoman", "spokesperson", "envoy", "ambassador", "embassy", "diplomat", "diplomats",
	"diplomatic", "diplomacy", "delegation", "relations", "cooperation", "bilateral",
	"state", "states", "united", "country", "countries", "nation", "nations", "national",
	"international", "world", "global", "region", "regional", "people",
	"security", "peace", "war", "military", "defence", "defense", "forces", "troops", "attack",
	"border", "crisis", "conflict", "sanctions", "ceasefire", "aid", "support", "plan", "policy",
	"trade", "economic", "economy", "political", "party", "election", "vote", "parliament",
	"council", "union", "week", "day", "year", "today", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "two", "three", "first", "last", "next",
	"senior", "top", "former", "chief", "head", "general",
}

// commonTokens is commonNewsWords normalised, built once, lazily.
var commonTokens = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(commonNewsWords))
	for _, w := range commonNewsWords {
		for _, t := range Tokens(w) {
			m[t] = true
		}
	}
	return m
})

// tokenCost estimates the chance that a story contains the token.
func tokenCost(tok string) float64 {
	switch {
	case commonTokens()[tok]:
		return costCommon
	case len(tok) <= 2:
		return costShort
	}
	return costWord
}

// termCost estimates the chance that a story contains the term: that of
// its rarest token, lowered for every further token of a phrase and for a
// field restriction.
func termCost(t *Term) float32 {
	if len(t.tokens) == 0 {
		return 1
	}
	c := 1.0
	for _, tok := range t.tokens {
		c = min(c, tokenCost(tok))
	}
	for range len(t.tokens) - 1 {
		c *= costPhraseStep
	}
	switch t.Field {
	case FieldAny:
	case FieldTitle:
		c *= costTitle
	default:
		c *= costFact
	}
	return float32(c)
}
