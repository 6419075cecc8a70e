package attrib

import "github.com/attache-bot/attache/digest/text"

// TokenLex holds what a caller that has already looked a token's words up
// knows of its lexicon flags, for FindLex: the zero TokenLex knows
// nothing (Find looks the token up), KnownLex the flags of the token as
// written and of its lower-case form.
type TokenLex uint64

// lexKnown marks a TokenLex that holds flags.
const lexKnown TokenLex = 1 << 32

// KnownLex returns the TokenLex of a token whose text has the flags exact
// and whose lower-case form has lower, both as LexiconFlags returns them.
func KnownLex(exact, lower uint16) TokenLex {
	return lexKnown | TokenLex(exact) | TokenLex(lower)<<16
}

// LexiconFlags returns the lexicon flags of word w, exactly as written
// (0 for a word in no list). The values are opaque: they serve only to
// make a TokenLex.
func LexiconFlags(w string) uint16 { return lexLong[w] }

// LexiconWords calls fn with every word that has lexicon flags.
func LexiconWords(fn func(w string)) {
	for w := range lexLong {
		fn(w)
	}
}

// FindLex is FindLowered given lex[k], the lexicon flags of token toks[k]
// where known (a shorter lex, or a zero entry, leaves the look-up of a
// token to Find), so that a caller that has looked its words up already
// spares Find doing it again. The result is FindLowered's when every
// known entry is KnownLex of the LexiconFlags of the token's text and of
// its lower-case form.
func FindLex(body, low string, toks []text.Span, lex []TokenLex, sents []text.Span, ents []Entity) []Attribution {
	return findWithLex(body, low, toks, lex, sents, ents, nil)
}
