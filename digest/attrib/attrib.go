// Package attrib owns attribution finding for the digest engine: who said or
// did what in a news article. It finds reporting verbs ("said", "warned",
// "according to"), their sources (the subject noun phrase, an inverted
// subject after a quote, a pronoun) and their content (a direct quote or a
// reported clause), resolves sources to known entities and judges a stance.
//
// Cues come from a curated lexicon of reporting verbs with stances, plus a
// list of broader "position" verbs learned from the PolNeAR training split
// (Kind tells them apart, so callers can keep only speech). Attributions
// nested in the reported clause of another one are dropped. A small
// logistic model learned on PolNeAR train (pairs.go) then adds the subject
// and verb pairs the rules missed and drops rule attributions it is fairly
// sure are wrong.
//
// Find is pure and deterministic; all offsets are byte offsets into the body.
package attrib

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/attache-bot/attache/digest/internal/packed"
	"github.com/attache-bot/attache/digest/text"
)

// Entity is a known entity mention from the named-entity stage.
type Entity struct {
	// Start and End delimit the mention in the body (bytes, half-open).
	Start, End int
	// Type is PER, GPE, ORG, NORP or LOC.
	Type string
	// Name is the canonical name of the entity ("Sergey Lavrov").
	Name string
	// Gender of a person, 'f' or 'm' when known (a pronoun "she" then
	// skips a man), else 0.
	Gender byte
}

// Attribution is one statement or reaction with its source.
type Attribution struct {
	// Source is the text of the speaker or actor phrase (may be a pronoun).
	// As in PolNeAR, it takes in an appositive or relative clause set off
	// by commas ("Lavrov, Russia's foreign minister,"); Actor resolves the
	// head alone.
	Source string
	// SourceStart and SourceEnd delimit Source in the body.
	SourceStart, SourceEnd int
	// Actor is the resolved source: an entity name for a pronoun or a
	// surname, a country for a demonym, or the source text.
	Actor string
	// Actors lists every actor of a group subject ("France and the UK").
	Actors []string
	// CueStart and CueEnd delimit the reporting verb ("said", "according to").
	CueStart, CueEnd int
	// ContentStart and ContentEnd delimit what was said.
	ContentStart, ContentEnd int
	// Quote is the direct quote without quotation marks, if any.
	Quote string
	// Stance is "supportive", "critical", "neutral" or "mixed".
	Stance string
	// Sentence is the index of the sentence of the cue in the sents given
	// to Find.
	Sentence int
	// Kind is KindSpeech, KindThought, KindAccording or KindPosition.
	Kind string
	// Learned marks an attribution that only the learned pair classifier
	// proposed (the rules did not): "Mrs. Clinton delivered a promise",
	// "his recent call". Its Kind is KindPosition.
	Learned bool
	// Confidence is the learned classifier's probability (0 to 1) that
	// the source is right; 1 when no classifier ran.
	Confidence float64
	// LexicalCue reports that the cue is a reporting, thought or stance
	// word of the lexicon ("said", "hopes", "criticized"); every rule
	// cue is.
	LexicalCue bool
}

// Stances.
const (
	Supportive = "supportive"
	Critical   = "critical"
	Neutral    = "neutral"
	Mixed      = "mixed"
)

// Kinds of attribution.
const (
	// KindSpeech is something said, written or done publicly ("said", "called").
	KindSpeech = "speech"
	// KindThought is a belief, hope or intention ("hopes", "believes").
	KindThought = "thought"
	// KindAccording is an "according to X" attribution.
	KindAccording = "according"
	// KindPosition is a stance or act shown by a broader verb ("voted for",
	// "backed"), from the lexicon learned on PolNeAR.
	KindPosition = "position"
)

// maxScan bounds every scan that could otherwise grow with the text (a
// very long sentence, many entities) so that Find stays linear.
const maxScan = 400

// tok is a token of the body; it holds no pointers, so the token slice
// costs the garbage collector nothing.
type tok struct {
	s, e  int32  // byte offsets (Find handles texts below 2 GiB)
	dq    bool   // two apostrophes or backticks standing for a quotation mark
	quote bool   // inside a quotation
	qmark bool   // a quotation mark
	nl    bool   // a line break precedes the token
	cls   uint8  // cWord, cCap, cLower: the class of the first rune
	lx    uint16 // lexicon flags of the text (see setLex)
	ll    uint16 // lexicon flags of the lower-case text
}

type qspan struct {
	open, close int // token indexes of the marks; close is the index after the last token when unclosed
	closed      bool
}

type finder struct {
	body string
	// low is body with ASCII letters lower-cased; when special is false
	// (no rune outside ASCII changes case, no invalid UTF-8) every span of
	// it is the strings.ToLower of the same span of body.
	low     string
	special bool
	// lows, when not nil, holds lowAt of every token (see setLows)
	lows    []string
	lowsBuf []string
	anyDQ   bool // some token is a doubled quotation mark
	toks    []tok
	quotes  []qspan
	qmarks  []int32 // the quotation marks (toks[k].qmark), in order
	ents    []Entity
	sents   []text.Span
	out     []Attribution
	outBuf  []Attribution // pooled backing store of out; Find returns a copy
	covered []bool
	bySent  []int32  // scratch of continuations
	actors  []string // backing store of the Actors slices of out
	// surnameMap is built on first use by surnames.
	surnameMap map[string]string
	surnamesOK bool
	// headFirst and headNext chain the tokens by a key of their text for
	// headCount, built on first use (headsOK; see chainHeads).
	headFirst []int32
	headNext  []int32
	headMemo  []headCounts // the counts of each token's word, once asked
	headsOK   bool
	buf       [32]byte   // scratch for lower-casing
	pairBuf   []pairCand // scratch of learnedPairs
	// dropped holds the rule attributions of the current sentence the
	// pair model dropped (rescoreRules)
	dropped  []Attribution
	pairSent pairSentCtx    // what learnedPairs knows of the current sentence
	col      *pairCollector // gathers pair candidates while training
	// lexIn, when not nil, holds the lexicon flags of the caller's
	// tokens (lexIn[k] for spans[k]; see FindLex)
	lexIn []TokenLex
}

// pool recycles the working memory of Find; Find stays pure.
var pool = sync.Pool{New: func() any { return new(finder) }}

// maxKeep bounds the tokens a pooled finder keeps between calls.
const maxKeep = 1 << 16

// maxKeepOut bounds the attributions a pooled finder keeps between calls.
const maxKeepOut = 1 << 10

func (f *finder) release() {
	if cap(f.toks) > maxKeep {
		return
	}
	// drop every reference into the caller's data
	clear(f.ents[:cap(f.ents)])
	clear(f.surnameMap)
	outBuf := f.outBuf
	if cap(outBuf) > maxKeepOut {
		outBuf = nil
	}
	clear(outBuf[:cap(outBuf)])
	dropped := f.dropped
	if cap(dropped) > maxKeepOut {
		dropped = nil
	}
	clear(dropped[:cap(dropped)])
	lowsBuf := f.lowsBuf
	if cap(lowsBuf) > maxKeep {
		lowsBuf = nil
	}
	clear(lowsBuf[:cap(lowsBuf)])
	headFirst, headNext, headMemo := f.headFirst, f.headNext, f.headMemo
	if cap(headNext) > maxKeep {
		headFirst, headNext, headMemo = nil, nil, nil
	}
	*f = finder{
		lowsBuf: lowsBuf[:0],
		outBuf:  outBuf[:0],
		toks:    f.toks[:0], quotes: f.quotes[:0], qmarks: f.qmarks[:0], ents: f.ents[:0],
		covered: f.covered[:0], bySent: f.bySent[:0], surnameMap: f.surnameMap, headFirst: headFirst[:0], headNext: headNext[:0], headMemo: headMemo[:0],
		pairBuf: f.pairBuf[:0], dropped: dropped[:0], pairSent: pairSentCtx{openers: f.pairSent.openers[:0]},
	}
	pool.Put(f)
}

// Find returns the attributions in body, in text order. sents are the
// sentence spans of body (as from text.Sentences); ents are optional known
// entity mentions used to resolve sources (nil: sources stay as written).
// Bodies of 2 GiB or more (beyond 32-bit token offsets) have none.
//
// Find is safe for concurrent use; its working memory comes from a pool,
// so a call allocates little more than its result.
func Find(body string, sents []text.Span, ents []Entity) []Attribution {
	return findWith(body, "", nil, sents, ents, nil)
}

// FindLowered is Find for a caller that has already lower-cased and
// tokenized body, saving Find the copy and the scan. low must be
// strings.ToLower(body) and differ from body in ASCII letters only (a body
// of valid UTF-8 none of whose other runes change case); any other low
// ("" among them) is ignored unless of body's length, so pass "" when
// unsure. toks must be the tokens text.NextToken gives for body from
// offset 0, in order, or a prefix of them (nil: Find tokenizes). The
// result is Find's.
func FindLowered(body, low string, toks, sents []text.Span, ents []Entity) []Attribution {
	return findWith(body, low, toks, sents, ents, nil)
}

// findWith is FindLowered, handing every learned-pair candidate to col
// when it is not nil.
func findWith(body, low string, spans, sents []text.Span, ents []Entity, col *pairCollector) []Attribution {
	return findWithLex(body, low, spans, nil, sents, ents, col)
}

// findWithLex is findWith given the lexicon flags of the tokens of spans
// the caller knows (see FindLex).
func findWithLex(body, low string, spans []text.Span, lex []TokenLex, sents []text.Span, ents []Entity, col *pairCollector) []Attribution {
	if len(body) > math.MaxInt32 {
		return nil // token offsets are 32-bit
	}
	f := pool.Get().(*finder)
	defer f.release()
	f.col = col
	f.lexIn = lex
	f.body, f.sents = body, sents
	if len(low) == len(body) && low != "" {
		f.low, f.special = low, false
	} else {
		f.low, f.special = lowerBody(body)
	}
	f.toks = f.tokens(f.toks[:0], spans)
	if len(f.toks) == 0 {
		return nil
	}
	f.setLows()
	f.findQuotes()
	if len(ents) > 0 {
		f.ents = f.ents[:0]
		for _, e := range ents {
			if e.Start >= 0 && e.End <= len(body) && e.Start < e.End {
				f.ents = append(f.ents, e)
			}
		}
		byStart := func(x, y Entity) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			if x.End != y.End {
				return x.End - y.End
			}
			return strings.Compare(x.Type+x.Name, y.Type+y.Name)
		}
		if !slices.IsSortedFunc(f.ents, byStart) {
			slices.SortFunc(f.ents, byStart)
		}
	}
	f.out = f.outBuf[:0]
	f.actors = make([]string, 0, 8+len(sents)/4)
	covered := append(f.covered[:0], make([]bool, len(sents))...)
	f.covered = covered
	for si, sp := range sents {
		if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End {
			continue
		}
		a, b := f.tokRange(sp)
		if a >= b {
			continue
		}
		n := len(f.out)
		f.sentence(si, a, b)
		for k := n; k < len(f.out); k++ {
			covered[si] = true
			// a quote that began in earlier sentences covers them
			if q := f.out[k].Quote; q != "" {
				for sj := si - 1; sj >= 0 && sj >= si-6; sj-- {
					if sents[sj].End > f.out[k].ContentStart && sents[sj].End <= sp.Start {
						covered[sj] = true
					} else {
						break
					}
				}
			}
		}
	}
	f.continuations(covered)
	for k := range f.out {
		if o := &f.out[k]; !o.Learned {
			// the rules fire on lexicon cues (and the speaker's colon)
			o.LexicalCue = true
			if o.Confidence == 0 {
				o.Confidence = 1 // no model scored it
			}
		}
	}
	slices.SortStableFunc(f.out, func(x, y Attribution) int {
		if x.Sentence != y.Sentence {
			return x.Sentence - y.Sentence
		}
		return x.CueStart - y.CueStart
	})
	f.outBuf = f.out
	if len(f.out) == 0 {
		return nil
	}
	// the working slice stays in the pool; the result is exactly as long
	// as it needs
	return append([]Attribution(nil), f.out...)
}

// tokens tokenizes body with text.NextToken (words with inner apostrophes,
// hyphens and acronym periods; single punctuation marks), appending to
// out; it flags line breaks and merges doubled apostrophes or backticks
// into a quotation mark (”quote”), and sets each token's lexicon flags
// (setLex: nearly every token is asked for them, so at once is cheaper
// than on demand). spans, unless nil, are the first
// tokens text.NextToken gives, taken instead of calling it.
func (f *finder) tokens(out []tok, spans []text.Span) []tok {
	body := f.body
	if cap(out) == 0 {
		out = make([]tok, 0, len(body)/5+1)
	}
	prev := 0
	k := 0
	lex := f.lexIn
	for i := 0; ; {
		var a, b int
		var known TokenLex // the caller's flags of the token, if any
		if k < len(spans) && spans[k].Start >= i && spans[k].End > spans[k].Start && spans[k].End <= len(body) {
			a, b = spans[k].Start, spans[k].End
			if k < len(lex) {
				known = lex[k]
			}
			k++
		} else {
			k = len(spans) // not NextToken's tokens after all: scan the rest
			var ok bool
			if a, b, ok = text.NextToken(body, i); !ok {
				return out
			}
		}
		t := tok{s: int32(a), e: int32(b), nl: a > prev && (a > prev+1 || body[prev] != ' ') && strings.IndexByte(body[prev:a], '\n') >= 0}
		if c := body[a]; b == a+1 && (c == '\'' || c == '`') && b < len(body) && body[b] == c {
			t.e, t.dq = int32(b+1), true
			f.anyDQ = true
			if k < len(spans) && spans[k].Start == b {
				k++ // the second mark, a one-byte token of its own
			}
		} else {
			if c < utf8.RuneSelf {
				t.cls = asciiClass[c]
			} else {
				t.cls = runeClass(body[a:])
			}
		}
		if known&lexKnown != 0 && !t.dq {
			t.lx, t.ll = uint16(known), uint16(known>>16)
		} else {
			f.setLex(&t)
		}
		out = append(out, t)
		prev, i = int(t.e), int(t.e)
	}
}

// lowerBody returns body with ASCII letters lower-cased, and whether body
// holds a rune outside ASCII that lower-casing changes, or invalid UTF-8
// (then spans of the result may differ from strings.ToLower of the span).
func lowerBody(body string) (string, bool) {
	b := make([]byte, len(body))
	copy(b, body)
	special := false
	i := 0
	for i < len(b) {
		if i+8 <= len(b) {
			// eight ASCII bytes at a time
			if x := binary.LittleEndian.Uint64(b[i:]); x&0x8080808080808080 == 0 {
				binary.LittleEndian.PutUint64(b[i:], packed.Lower(x))
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			b[i] = lowerASCII[c]
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		special = special || r == utf8.RuneError && w == 1 || unicode.ToLower(r) != r
		i += w
	}
	// b is never written again: the string may share its memory
	return unsafe.String(unsafe.SliceData(b), len(b)), special
}

// lowerASCII maps ASCII upper-case letters to lower case and every other
// byte to itself.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// lowAt returns the text of token i lower-cased (as strings.ToLower),
// without allocating when the body allows.
func (f *finder) lowAt(i int) string {
	if f.lows == nil {
		t := &f.toks[i]
		return f.low[t.s:t.e]
	}
	return f.lows[i]
}

// setLows fills lows when lowAt cannot slice low: the body holds a
// doubled quotation mark or lower-cases beyond ASCII.
func (f *finder) setLows() {
	if !f.special && !f.anyDQ {
		return
	}
	lows := f.lowsBuf[:0]
	for k := range f.toks {
		t := &f.toks[k]
		switch w := f.body[t.s:t.e]; {
		case t.dq:
			lows = append(lows, "\"")
		case !f.special || isASCII(w):
			lows = append(lows, f.low[t.s:t.e])
		default:
			lows = append(lows, strings.ToLower(w))
		}
	}
	f.lows, f.lowsBuf = lows, lows
}

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowSpan is lowAt for the byte span [s, e) of the body.
func (f *finder) lowSpan(s, e int) string {
	if !f.special {
		return f.low[s:e]
	}
	return strings.ToLower(f.body[s:e])
}

// lookupLower returns m[strings.ToLower(w)], lower-casing into a stack
// buffer when w is short ASCII.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		buf[k] = lowerASCII[c]
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// Classes of a token's first rune.
const (
	cWord  uint8 = 1 << iota // a letter or digit
	cCap                     // an upper-case letter
	cLower                   // a lower-case letter
)

// asciiClass is runeClass of each ASCII byte.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = runeClass(string(rune(c)))
	}
	return t
}()

// runeClass returns the class of the first rune of w, as isWord, isCap
// and isLowerWord tell it.
func runeClass(w string) uint8 {
	if c := w[0]; c < utf8.RuneSelf {
		switch {
		case c >= 'a' && c <= 'z':
			return cWord | cLower
		case c >= 'A' && c <= 'Z':
			return cWord | cCap
		case c >= '0' && c <= '9':
			return cWord
		}
		return 0
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r >= 0x2000 && r <= 0x206f {
		return 0 // general punctuation (’ “ ” —) holds no letter or digit
	}
	if !unicode.IsLetter(r) {
		if unicode.IsDigit(r) {
			return cWord
		}
		return 0 // upper and lower case letters are letters
	}
	cl := cWord
	if unicode.IsUpper(r) {
		cl |= cCap
	} else if unicode.IsLower(r) {
		cl |= cLower
	}
	return cl
}

// isWordAt, isCapAt and isLowerAt are isWord, isCap and isLowerWord of
// the text of token k.
func (f *finder) isWordAt(k int) bool  { return f.toks[k].cls&cWord != 0 }
func (f *finder) isCapAt(k int) bool   { return f.toks[k].cls&cCap != 0 }
func (f *finder) isLowerAt(k int) bool { return f.toks[k].cls&cLower != 0 }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isOpenQ(w string) bool  { return w == "“" || w == "«" }
func isCloseQ(w string) bool { return w == "”" || w == "»" }

// findQuotes pairs quotation marks; a quote left open at a line break ends
// there (news style for quotes running over paragraphs).
func (f *finder) findQuotes() {
	open := -1
	closeAt := func(i int, closed bool) {
		f.quotes = append(f.quotes, qspan{open, i, closed})
		for k := open + 1; k < i && k < len(f.toks); k++ {
			f.toks[k].quote = true
		}
		open = -1
	}
	f.qmarks = f.qmarks[:0]
	for i := range f.toks {
		t := &f.toks[i]
		if open >= 0 && t.nl {
			closeAt(i, false)
		}
		if c := f.body[t.s]; !t.dq && c != '"' && c != 0xE2 && c != 0xC2 {
			continue // not a quotation mark: ", “, ”, « or »
		}

		switch {
		case f.w(i) == "\"":
			t.qmark = true
			opening, closing := f.flanks(i)
			switch {
			case open >= 0 && opening && !closing:
				// an unbalanced earlier mark: start afresh
				closeAt(i, false)
				open = i
			case open >= 0:
				closeAt(i, true)
			case closing && !opening:
				// a stray closing mark
			default:
				open = i
			}
		case isOpenQ(f.w(i)):
			t.qmark = true
			if open >= 0 {
				closeAt(i, false)
			}
			open = i
		case isCloseQ(f.w(i)):
			t.qmark = true
			if open >= 0 {
				closeAt(i, true)
			}
		}
		if t.qmark {
			f.qmarks = append(f.qmarks, int32(i))
		}
	}
	if open >= 0 {
		closeAt(len(f.toks), false)
	}
}

// flanks tells whether the straight quotation mark at token i can open
// (space before, text after) or close (text before, space or punctuation
// after) a quote.
func (f *finder) flanks(i int) (opening, closing bool) {
	t := f.toks[i]
	before, after := ' ', ' '
	if t.s > 0 {
		before, _ = utf8.DecodeLastRuneInString(f.body[:t.s])
	}
	if int(t.e) < len(f.body) {
		after, _ = utf8.DecodeRuneInString(f.body[t.e:])
	}
	spaceB := unicode.IsSpace(before) || before == '(' || before == '[' || before == '—' || before == '-'
	spaceA := unicode.IsSpace(after) || unicode.IsPunct(after) && after != '(' && after != '$'
	return spaceB && !unicode.IsSpace(after), !spaceB && spaceA
}

// quoteText returns the inner text of quote q, trimmed, without a trailing
// comma.
func (f *finder) quoteText(q qspan) (string, int, int) {
	if q.open+1 >= len(f.toks) {
		return "", 0, 0
	}
	s := int(f.toks[q.open].e)
	e := len(f.body)
	if q.close < len(f.toks) {
		e = int(f.toks[q.close].s)
	} else if q.close > 0 {
		e = int(f.toks[q.close-1].e)
	}
	if e < s {
		return "", 0, 0
	}
	txt := f.body[s:e]
	ls := len(txt) - len(strings.TrimLeftFunc(txt, unicode.IsSpace))
	txt = strings.TrimSpace(txt)
	s += ls
	txt = strings.TrimRight(txt, ",;: ")
	return txt, s, s + len(txt)
}

func (f *finder) tokRange(sp text.Span) (int, int) {
	a := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].s) >= sp.Start })
	b := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].e) > sp.End })
	return a, b
}

// is reports whether token i, lower-cased, has lexicon flag fl.
func (f *finder) is(fl uint16, i int) bool { return f.lowf(i)&fl != 0 }

func isWord(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		c := w[0] | 0x20
		return c >= 'a' && c <= 'z' || w[0] >= '0' && w[0] <= '9'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isLowerWord(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0] >= 'a' && w[0] <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// w returns the text of token i.
func (f *finder) w(i int) string {
	t := &f.toks[i]
	if t.dq {
		return "\""
	}
	return f.body[t.s:t.e]
}

// sentence finds the attributions whose cue lies in tokens [a, b) of
// sentence si.
func (f *finder) sentence(si, a, b int) {
	first := len(f.out)
	title := -1 // titleCase(a, b) once asked: 0 or 1 (most sentences never ask)
	f.colonSpeaker(si, a, b)
	for i := a; i < b; i++ {
		t := &f.toks[i]
		if t.quote || t.qmark {
			continue
		}
		// (the text of the token only where a test needs it: most
		// tokens are turned away by their length and flags)
		switch t.e - t.s {
		case 9:
			if tw := f.w(i); (tw == "according" || tw == "According") && i+1 < b && f.w(i+1) == "to" {
				f.according(si, a, b, i)
				i++
				continue
			}
		case 2:
			if tw := f.w(i); (tw == "in" || tw == "In") && i+1 < b {
				// "In a Fox poll, Cruz had 38 percent"
				if ss, se, ok := f.rightNP(b, i+1); ok && pollWords[f.lowAt(se)] {
					f.emitSimple(si, a, b, ss, se, i, i, KindAccording)
					i = se
					continue
				}
			}
		}
		var lw string
		if !f.isLowerAt(i) {
			// "Said Dorothy Poynter, who grew up with Ali, ..." and
			// headlines: "Trevor Noah Says"
			if f.lowf(i)&fCue == 0 {
				continue
			}
			if title < 0 && i > a {
				title = 0
				if f.titleCase(a, b) {
					title = 1
				}
			}
			if !(title == 1 && i > a || i == a && (f.w(i) == "Said" || f.w(i) == "Says")) {
				continue
			}
			lw = f.lowAt(i)
		} else if f.exact(i)&fCue == 0 {
			continue
		} else {
			lw = f.w(i)
		}
		info, ok := cueTable[lw]
		if !ok {
			continue
		}
		cueEnd := i
		if ps := particles[lw]; ps != nil && i+1 < b && ps[f.w(i+1)] {
			cueEnd = i + 1
		} else if needParticle[lw] {
			continue
		}
		if !f.acceptCue(a, b, i, info) {
			continue
		}
		f.cue(si, a, b, i, cueEnd, lw, info, first)
		i = cueEnd
	}
	f.trimContents(first)
	f.learnedPairs(si, a, b, first)
}

// trimContents ends each reported clause where the next attribution of
// the sentence begins, and a subordinate clause's content at its comma.
func (f *finder) trimContents(first int) {
	for k := first; k < len(f.out); k++ {
		at := &f.out[k]
		if at.Quote != "" && strings.HasPrefix(f.body[at.ContentStart:], at.Quote) {
			continue
		}
		limit := at.ContentEnd
		if k+1 < len(f.out) && f.out[k+1].SourceStart > at.ContentStart && f.out[k+1].SourceStart < limit {
			limit = f.out[k+1].SourceStart
		}
		ss := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].s) >= at.SourceStart })
		if ss > 0 && subordinators[f.lowAt(ss-1)] {
			for m := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].s) >= at.ContentStart }); m < len(f.toks) && int(f.toks[m].s) < limit && m-ss < maxScan; m++ {
				if f.w(m) == "," && !f.toks[m].quote {
					limit = int(f.toks[m].s)
					break
				}
			}
		}
		if limit == at.ContentEnd {
			continue
		}
		e := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].e) > limit }) - 1
		for e >= 0 && int(f.toks[e].s) >= at.ContentStart && (f.w(e) == "," || clauseConj[f.lowAt(e)] || !f.toks[e].qmark && !f.isWordAt(e)) {
			e--
		}
		if e >= 0 && int(f.toks[e].e) > at.ContentStart {
			at.ContentEnd = int(f.toks[e].e)
		}
	}
}

// titleCase reports whether tokens [a, b) read as a headline: most words
// capitalized.
func (f *finder) titleCase(a, b int) bool {
	words, caps := 0, 0
	for k := a; k < b; k++ {
		if t := &f.toks[k]; t.cls&cWord != 0 && !t.quote {
			words++
			if t.cls&cCap != 0 {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// colonSpeaker handles "Sanders: Endorsements prove ..." and transcript
// lines "WALLACE: ...": a short capitalized phrase opening the sentence,
// then a colon and text.
func (f *finder) colonSpeaker(si, a, b int) {
	if f.colonSpeakerAt(si, a, b, a) {
		return
	}
	// a quotation introduced later in the sentence by a name after a dash
	// or "from": "... TOO EARLY - Mark Blumenthal and Jon Cohen: “...”",
	// "More from the report: “...”" (most sentences have no colon before
	// a quotation mark)
	colon := false
	for q := sort.Search(len(f.quotes), func(i int) bool { return f.quotes[i].open > a+1 }); q < len(f.quotes); q++ {
		if o := f.quotes[q].open; o >= b || o-a > 48 {
			break
		} else if f.w(o-1) == ":" {
			colon = true
			break
		}
	}
	if !colon {
		return
	}
	for p := a; p+3 < b && p-a < 40; p++ {
		if t := &f.toks[p]; t.quote || t.qmark {
			return
		}
		if isDash(f.w(p)) || f.lowAt(p) == "from" {
			if f.colonSpeakerAt(si, a, b, p+1) {
				return
			}
		}
	}
}

// colonSpeakerAt emits the speaker of a colon whose short capitalised
// phrase starts at token s: at the sentence's start any text may follow
// the colon, later only a quotation. It reports whether it emitted one.
func (f *finder) colonSpeakerAt(si, a, b, s int) bool {
	k := s
	if s > a && f.lowAt(s) == "the" {
		k++ // "from the report:"
	}
	for k < b && k-s < 6 && (f.isCapAt(k) || f.w(k) == "." || f.w(k) == "’s" || f.w(k) == "'s" ||
		s > a && k > s && (f.w(k) == "report" || f.w(k) == "and" && k+1 < b && f.isCapAt(k+1))) {
		k++
	}
	if k == s || k+1 >= b || f.w(k) != ":" || f.toks[k].quote || f.toks[s].quote {
		return false
	}
	if colonLabels[f.lowAt(k-1)] || f.toks[k+1].nl || s > a && !f.toks[k+1].qmark {
		return false
	}
	f.emitSimple(si, a, b, s, k-1, k, k, KindSpeech)
	return true
}

// emitSimple adds an attribution with source tokens [ss, se] and cue
// tokens [cs, ce]; the content is the rest of the sentence.
func (f *finder) emitSimple(si, a, b, ss, se, cs, ce int, kind string) {
	at := Attribution{Sentence: si, Kind: kind, CueStart: int(f.toks[cs].s), CueEnd: int(f.toks[ce].e)}
	at.SourceStart, at.SourceEnd = int(f.toks[ss].s), int(f.toks[se].e)
	at.Source = f.body[at.SourceStart:at.SourceEnd]
	f.content(&at, a, b, ss, se, cs, max(ce, se), false)
	f.resolve(&at, ss, se)
	at.Stance = f.stance(0, &at)
	f.out = append(f.out, at)
}

// prevSkip returns the index of the first token before i that is not an
// adverb or auxiliary, or a-1.
func (f *finder) prevSkip(a, i int, be bool) int {
	j := i - 1
	for j >= a {
		w := f.w(j)
		if f.exact(j)&fSkipBack != 0 || w == "n't" || w == "not" || (be && isBe(w)) {
			j--
			continue
		}
		// ", however," style parentheticals
		if w == "," && j-2 >= a && f.w(j-2) == "," && skipBack[f.lowAt(j-1)] {
			j -= 3
			continue
		}
		// "in particular", "of course": adverbial phrases
		if j-1 >= a && advPhrase(f.lowAt(j-1), w) {
			j -= 2
			continue
		}
		// a floating quantifier after its subject: "He and Goodlatte
		// (R-Va.) [both] condemned", "they [all] said"
		if (w == "both" || w == "all" || w == "each") && j-1 >= a && (f.isWordAt(j-1) || f.w(j-1) == ")") && !f.toks[j-1].qmark &&
			(f.isCapAt(j-1) || f.w(j-1) == ")" || f.lowf(j-1)&fPronoun != 0 || f.isLowerAt(j-1) && f.pluralAt(j-1) && f.lowf(j-1)&(fStopNP|fDet) == 0) {
			j--
			continue
		}
		break
	}
	return j
}

// advPhrases are two-word adverbials that may stand between a subject
// and its verb ("critics have in particular noted").
var advPhrases = map[[2]string]bool{
	{"in", "particular"}: true, {"in", "fact"}: true, {"of", "course"}: true, {"at", "least"}: true,
	{"in", "turn"}: true, {"for", "example"}: true, {"for", "instance"}: true, {"so", "far"}: true,
	{"in", "part"}: true, {"at", "first"}: true, {"at", "times"}: true, {"in", "private"}: true,
	{"in", "public"}: true, {"once", "again"}: true,
}

// advPhrase reports whether advPhrases holds the words x y; a switch on
// the second word turns most pairs away without hashing both.
func advPhrase(x, y string) bool {
	switch y {
	case "particular", "fact", "course", "least", "turn", "example", "instance", "far",
		"part", "first", "times", "private", "public", "again":
		return advPhrases[[2]string{x, y}]
	}
	return false
}

// contracted returns the length in bytes of the personal pronoun that
// opens token k when an auxiliary is contracted onto it ("he’s", "they're",
// "I’d", "we’ll", "I’m"; not "it’s", "you’re"), or 0.
func (f *finder) contracted(k int) int {
	w := f.lowAt(k)
	if len(w) < 3 || len(w) > 9 || f.toks[k].ll != 0 {
		return 0
	}
	p := strings.IndexByte(w, '\'')
	tail := 1
	if p < 0 {
		if p = strings.Index(w, "’"); p < 0 {
			return 0
		}
		tail = len("’")
	}
	switch w[:p] {
	case "he", "she", "they", "we", "i":
	default:
		return 0
	}
	switch w[p+tail:] {
	case "s", "re", "m", "d", "ll", "ve":
		return p
	}
	return 0
}

// beContracted reports whether token k is a pronoun with a contracted
// form of "be" ("he’s", "they’re", "I’m").
func (f *finder) beContracted(k int) bool {
	n := f.contracted(k)
	if n == 0 {
		return false
	}
	w := f.lowAt(k)
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "re") || strings.HasSuffix(w, "m")
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "been", "be", "being", "'s", "’s", "am":
		return true
	}
	return false
}

// acceptCue filters cue candidates by their left context.
func (f *finder) acceptCue(a, b, i int, info cueInfo) bool {
	w := f.w(i)
	p := i - 1
	for p >= a && (f.exact(p)&fSkipBack != 0 || f.w(p) == "not" || f.w(p) == "n't") {
		p--
	}
	prev := ""
	if p >= a {
		prev = f.w(p)
	}
	switch info.form {
	case formFinite:
		// passives: "was told", "is called", "were found"
		if isBe(prev) && (strings.HasSuffix(w, "ed") || w == "told" || w == "found" || w == "shown" || w == "said") {
			return false
		}
		if prev == "to" || prev == "the" || prev == "a" || prev == "an" {
			return false
		}
		// "a man called Smith"
		if w == "called" && i+1 < b && f.isCapAt(i+1) && p >= a && isLowerWord(prev) && !pronouns[prev] && !strings.HasSuffix(prev, "s") {
			return false
		}
	case formBase:
		// "they say", "polls show", "would argue"; not "a say", "the show"
		if p < a {
			return false
		}
		if prev == "to" {
			return p > a && controlVerbs[f.w(p-1)]
		}
		lp := ""
		if p >= a {
			lp = f.lowAt(p)
		}
		// "Khizr and Ghazala Khan, the Gold Star parents, say"
		appos := lp == "," && p > a && !f.toks[p-1].qmark && !(i+1 < b && f.w(i+1) == ",")
		if !(lp == "they" || lp == "we" || lp == "i" || lp == "you" || skipBack[w] ||
			p+1 < i || f.pluralAt(p) || f.pluralPostmodified(a, p) || appos) {
			return false
		}
	case formIng:
		if prev == "the" || prev == "a" || prev == "an" || prev == "his" || prev == "her" || prev == "their" {
			return false
		}
	}
	return true
}

// pluralAt reports whether token k can end a plural subject ("voters",
// "some", "who", "60 percent").
func (f *finder) pluralAt(k int) bool {
	lp := f.lowAt(k)
	if f.lowf(k)&fQuant != 0 || f.isWordAt(k) && !f.isCapAt(k) && !f.isLowerAt(k) {
		return true // a quantifier or a number
	}
	return strings.HasSuffix(lp, "s") && !strings.HasSuffix(lp, "'s") && !strings.HasSuffix(lp, "’s") && !isBe(lp) && lp != "this" && lp != "his" && lp != "its"
}

// pluralPostmodified reports whether token p ends a prepositional phrase
// after a plural noun: "people close to Clinton say", "majorities in all
// five say".
func (f *finder) pluralPostmodified(a, p int) bool {
	for k := p - 1; k >= a && p-k < 6; k-- {
		t := &f.toks[k]
		if t.quote || t.qmark || !f.isWordAt(k) {
			return false
		}
		switch f.lowAt(k) {
		case "of", "in", "to", "from", "at", "across", "with", "around", "on":
			return k > a && f.pluralAt(k-1) && f.isLowerAt(k-1)
		}
	}
	return false
}

// cue builds the attribution of the reporting verb at tokens [i, ce].
func (f *finder) cue(si, a, b, i, ce int, lw string, info cueInfo, first int) {
	at := Attribution{Sentence: si, CueStart: int(f.toks[i].s), CueEnd: int(f.toks[ce].e), Kind: KindSpeech}
	switch info.kind {
	case kThought:
		at.Kind = KindThought
	case kPosition:
		at.Kind = KindPosition
	}
	ss, se := -1, -1
	spanEnd := -1 // the last token of the source phrase when longer than [ss, se]
	inverted := false
	if info.form == formIng {
		j := f.prevSkip(a, i, false)
		if j >= a && isBe(f.w(j)) {
			// progressive: "Trump was saying"
			ss, se = f.leftNP(a, f.prevSkip(a, j, true))
		} else if j >= a && f.beContracted(j) {
			ss, se = j, j // "he’s predicting"
		} else if ws, we := f.withSubject(a, j); ws >= 0 {
			ss, se = ws, we // "with 30 percent of voters saying"
		} else {
			// participial: the subject of the main clause
			if first < len(f.out) {
				prev := &f.out[len(f.out)-1]
				f.attachContent(prev, a, b, i, ce)
				return
			}
			ss, se = f.mainSubject(a, i)
		}
	} else {
		j := f.prevSkip(a, i, false)
		if j > a && f.w(j) == "to" && controlVerbs[f.w(j-1)] {
			// "Republicans continue to warn"
			j = f.prevSkip(a, j-1, false)
		}
		afterQuote := j >= a && (f.toks[j].qmark || f.w(j) == "," && j > a && f.toks[j-1].qmark)
		switch {
		case j < a || afterQuote:
			if invertible[lw] {
				if rs, re, ok := f.rightNP(b, ce+1); ok && (re > rs || f.isNPWord(rs)) {
					ss, se, inverted = rs, re, true
					spanEnd = f.rightAppos(b, re)
				}
			}
		case f.w(j) == ",":
			if rs, re, ok := f.invertedNP(b, ce); ok && invertible[lw] && !f.nameParticiple(a, j) {
				ss, se, inverted = rs, re, true
				spanEnd = f.rightAppos(b, re)
			} else {
				// PolNeAR's source phrase runs to the comma before the
				// cue: "Lavrov, Russia's foreign minister,"
				ss, se, spanEnd = f.appositive(a, j)
			}
		case f.w(j) == ":":
		case isDash(f.w(j)):
			// "Jason Sims — a teacher from Mount Pleasant — says"
			ss, se, spanEnd = f.dashAppositive(a, j)
		case f.w(j) == "and" || f.w(j) == "but" || f.w(j) == "or":
			// "ProPublica obtained a video and said"
			ss, se = f.mainSubject(a, j)
		default:
			ss, se, spanEnd = f.subjectNP(a, j)
		}
	}
	if ss < 0 || ss == se && f.lowf(ss)&fDet != 0 || !f.plausibleSource(a, ss, se) {
		return // not a lone determiner: "The talks will resume"
	}
	if f.timeTail(ss, se) == ss {
		return // a time adjunct: "said Sunday", "Tuesday, ... blasting"
	}
	if !(inverted && ss == ce+1 && i > a && f.w(i-1) == ",") && f.nested(first, a, b, ss, ce) {
		// ("..., said Dante Scala, a professor at ..." closes the sentence
		// as "..., Scala said" does: the main reporting clause)
		return
	}
	at.SourceStart, at.SourceEnd = int(f.toks[ss].s), int(f.toks[max(se, spanEnd)].e)
	at.Source = f.body[at.SourceStart:at.SourceEnd]
	// content
	f.content(&at, a, b, ss, se, i, ce, inverted)
	f.resolve(&at, ss, se)
	at.Stance = f.stance(info.stance, &at)
	f.out = append(f.out, at)
}

// withSubject returns the noun phrase that ends at token j when "with"
// opens it: the subject of an absolute clause whose -ing cue follows ("...,
// with 30 percent of voters saying", "with Fox News and NBC News calling
// the race"), or -1.
func (f *finder) withSubject(a, j int) (int, int) {
	if j <= a || f.toks[j].quote || f.toks[j].qmark || !f.isWordAt(j) {
		return -1, -1
	}
	ss, se := f.leftNP(a, j)
	if ss < 0 || se != j {
		return -1, -1
	}
	if ss-2 >= a && f.lowAt(ss-1) == "and" && f.isCapAt(ss) {
		// "with Fox News and NBC News calling"
		if ps, pe := f.leftNP(a, ss-2); ps >= 0 && pe == ss-2 && f.isCapAt(ps) {
			ss = ps
		}
	}
	if ss-1 < a || f.lowAt(ss-1) != "with" || ss == se && f.lowf(ss)&fDet != 0 || !f.plausibleSource(a, ss, se) {
		return -1, -1
	}
	return ss, se
}

// subjectNP returns the subject phrase that ends at token j, before its
// verb: the noun phrase, less a time adjunct or a medium between subject
// and verb ("Clinton on Tuesday said", "Bush in a Medium post said",
// "Feinstein (D-Calif.) last week said", "Priebus, the GOP chairman, this
// past week announced"); spanEnd as for appositive.
func (f *finder) subjectNP(a, j int) (ss, se, spanEnd int) {
	spanEnd = -1
	if s := f.shareStart(a, j); s >= 0 {
		return s, j, -1 // "About four in 10 said", as "46 percent said"
	}
	ss, se = f.leftNP(a, j)
	if ss > a+2 {
		if rs, re := f.relAntecedent(a, ss); rs >= 0 {
			return rs, re, -1
		}
	}
	if ss < 0 || f.lowf(se)&fTimeish == 0 {
		return ss, se, spanEnd // (most phrases: no map look-up below)
	}
	if ss > a+1 && interWords[f.lowAt(se)] && interPreps[f.lowAt(ss-1)] {
		if s2, e2 := f.leftNP(a, ss-2); s2 >= 0 {
			ss, se = s2, e2
		}
	}
	if ss >= 0 && timeWords[f.lowAt(se)] {
		// a time adjunct is no source
		if ts := f.timeTail(ss, se); ts == ss {
			ss, se, spanEnd = f.beforeTime(a, ss)
		} else if ts > ss {
			se = ts - 1 // "Dianne Feinstein last week"
		}
	}
	return ss, se, spanEnd
}

// relAntecedent returns the noun phrase before a restrictive relative
// clause that holds the phrase starting at token ss, when the verb after
// it is the main verb ("Former officials [who spoke with The Huffington
// Post] said", "Even Republicans [who have praised his candidacy]
// warned"), or -1, -1. A subject right after "who" is the relative
// clause's own ("reporters who he said were dishonest").
func (f *finder) relAntecedent(a, ss int) (int, int) {
	if f.lowf(ss)&fPronoun != 0 {
		return -1, -1 // "who" itself, "anything he says"
	}
	for k := ss - 1; k > a && ss-k < 16; k-- {
		t := &f.toks[k]
		if t.quote || t.qmark || t.cls&cWord == 0 {
			return -1, -1
		}
		switch f.lowAt(k) {
		case "and", "but", "or", "that", "which", "where", "whose", "whom",
			"although", "though", "while", "as", "because", "if", "when", "since", "after",
			"before", "whereas", "even", "once", "unless":
			// conjunctions, other relatives, subordinators: "who gained
			// attention in 2009 when he yelled"
			return -1, -1
		case "who":
			n := k + 1
			if n >= ss || !f.isLowerAt(n) || f.lowf(n)&(fPronoun|fDet) != 0 || !f.isWordAt(k-1) {
				return -1, -1
			}
			return f.leftNP(a, k-1)
		}
	}
	return -1, -1
}

// shareStart returns the first token of a poll share that ends at token j
// ("six in 10", "more than 4 in 10", "about one in five"), or -1.
func (f *finder) shareStart(a, j int) int {
	if j-2 < a || f.lowAt(j-1) != "in" || !f.isNumber(j) || !f.isNumber(j-2) {
		return -1
	}
	s := j - 2
	for s-1 >= a && s > j-5 {
		switch f.lowAt(s - 1) {
		case "about", "nearly", "roughly", "almost", "around", "only", "just", "over", "some":
			s--
			continue
		case "than":
			if s-2 >= a {
				if p := f.lowAt(s - 2); p == "more" || p == "fewer" || p == "less" {
					s -= 2
					continue
				}
			}
		}
		break
	}
	return s
}

// plausibleSource rejects sources that are numbers or amounts ("$1
// million", "2010"). Subjects of object relative clauses ("what he
// called", "which critics said was discriminatory") are kept: PolNeAR
// counts them.
func (f *finder) plausibleSource(a, ss, se int) bool {
	h := f.w(se)
	if r, _ := utf8.DecodeRuneInString(h); unicode.IsDigit(r) && !strings.ContainsAny(h, "-abcdefghijklmnopqrstuvwxyz") && f.shareStart(a, se) != ss {
		return false // but "the 46-year-old", "six in 10"
	}
	if ss > 0 {
		switch f.lowAt(ss - 1) {
		case "$", "£", "€":
			return false
		}
	}
	return true
}

// nested reports whether a source at token ss (of a cue ending at token
// ce) lies inside the reported clause of an earlier attribution of the
// sentence [a, b) ("Merrill says that Clinton called Machado"): only the
// outer attribution is kept. A source after a comma that ends the
// sentence with its cue, or follows an introductory subordinate clause,
// is not nested.
func (f *finder) nested(first, a, b, ss, ce int) bool {
	if ss > a && f.w(ss-1) == "," {
		// "..., Earnest said." ends the sentence: the main reporting clause
		e := ce + 1
		for e < b && !f.isWordAt(e) && !f.toks[e].qmark {
			e++
		}
		if e >= b {
			return false
		}
		// "Asked if she believed ..., Clinton said": after an introductory
		// subordinate clause
		if sw := f.lowAt(a); subordinators[sw] || sw == "asked" {
			return false
		}
	}
	for k := max(first, len(f.out)-8); k < len(f.out); k++ {
		p := f.out[k]
		if p.Kind == KindAccording || p.CueEnd > int(f.toks[ss].s) || p.ContentStart < p.CueEnd {
			continue
		}
		if int(f.toks[ss].s) < p.ContentStart || int(f.toks[ss].s) >= p.ContentEnd {
			continue
		}
		// a clause boundary between the cue and the new source ends the nesting
		a := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].s) >= p.CueEnd })
		boundary := ss-a > maxScan
		for m := a; m < ss && !boundary; m++ {
			w := f.w(m)
			comma := w == "," || f.toks[m].qmark && m > 0 && f.w(m-1) == ","
			if w == ";" || w == "—" || w == "–" || comma && m+1 < ss && clauseConj[f.lowAt(m+1)] {
				boundary = true
				break
			}
		}
		if !boundary {
			return true
		}
	}
	return false
}

// attachContent gives a participial cue's quote or clause to the preceding
// attribution of the same sentence when it has none.
func (f *finder) attachContent(prev *Attribution, a, b, i, ce int) {
	var tmp Attribution
	f.content(&tmp, a, b, -1, -1, i, ce, false)
	if prev.Quote == "" && tmp.Quote != "" {
		prev.Quote = tmp.Quote
	}
	if tmp.ContentEnd > tmp.ContentStart && prev.ContentEnd <= prev.CueEnd {
		if prev.ContentEnd <= prev.ContentStart || tmp.ContentEnd > prev.ContentEnd {
			if prev.ContentEnd <= prev.ContentStart {
				prev.ContentStart = tmp.ContentStart
			}
			prev.ContentEnd = tmp.ContentEnd
		}
	}
	st := f.stance(0, &tmp)
	prev.Stance = combine(prev.Stance, st)
}

// topicAt reports whether the stance word at token k only modifies the
// noun after it (see TopicModifier).
func (f *finder) topicAt(k int) bool {
	if k+1 >= len(f.toks) || !f.isWordAt(k+1) {
		return false
	}
	var before [3]string
	for j := 1; j <= 3 && k-j >= 0 && f.isWordAt(k-j); j++ {
		before[3-j] = f.lowAt(k - j)
	}
	return TopicModifier(before, f.lowAt(k), f.lowAt(k+1))
}

func combine(a, b string) string {
	switch {
	case a == b || b == Neutral || b == "":
		return a
	case a == Neutral || a == "":
		return b
	}
	return Mixed
}

// according handles "according to X".
func (f *finder) according(si, a, b, i int) {
	j := i + 2
	if j >= b {
		return
	}
	ss, se, ok := f.rightNP(b, j)
	if !ok {
		return
	}
	// the rest of a lower-case noun phrase: "a new [poll]", "their
	// instinctive [preference]", "a court [document]"
	// (a cue word here is a noun: "a press [release]")
	for se+1 < b && se-ss < 8 && f.isLowerAt(se+1) && !f.toks[se+1].quote && f.lowf(se+1)&(fStopNP|fPronoun|fDet|fSkipBack|fLeadTrim) == 0 {
		w := f.lowAt(se + 1)
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
			break
		}
		se++
	}
	if as, ae, ok := f.evidenceAgent(b, ss, se); ok {
		// "according to calculations by Amy Glasmeier", "according to a
		// post from Arianna Huffington": the author is the source
		ss, se = as, ae
	}
	at := Attribution{Sentence: si, CueStart: int(f.toks[i].s), CueEnd: int(f.toks[i+1].e), Kind: KindAccording}
	at.SourceStart, at.SourceEnd = int(f.toks[ss].s), int(f.toks[se].e)
	at.Source = f.body[at.SourceStart:at.SourceEnd]
	// content: the rest of the sentence outside the phrase
	cs, ce := a, b-1
	if i > a {
		ce = i - 1
		for ce > cs && (f.w(ce) == "," || f.toks[ce].qmark) {
			ce--
		}
	} else {
		cs = se + 1
		for cs < b && f.w(cs) == "," {
			cs++
		}
	}
	for ce > cs && !f.isWordAt(ce) {
		ce--
	}
	if cs <= ce {
		at.ContentStart, at.ContentEnd = int(f.toks[cs].s), int(f.toks[ce].e)
	}
	f.resolve(&at, ss, se)
	at.Stance = f.stance(0, &at)
	f.out = append(f.out, at)
}

// leftNP returns the token range of the noun phrase ending at token j (or
// -1 when token j cannot end one).
func (f *finder) leftNP(a, j int) (int, int) {
	if j < a {
		return -1, -1
	}
	w := f.w(j)
	if f.toks[j].quote || f.toks[j].qmark {
		return -1, -1
	}
	if f.lowf(j)&fPronoun != 0 {
		return j, j
	}
	end := j
	if w == "." && j-1 > a && f.isCapAt(j-1) && len(f.w(j-1)) <= 3 && abbrevTails[f.lowAt(j-1)] {
		// "James B. Comey Jr. said", "Rand Paul, R-Ky., told"
		j--
		w = f.w(j)
	}
	if w == ")" {
		// "House Speaker Paul D. Ryan (R-Wis.)"
		k := j - 1
		for k >= a && f.w(k) != "(" && j-k < 8 {
			k--
		}
		if k <= a || f.w(k) != "(" {
			return -1, -1
		}
		j = k - 1
		w = f.w(j)
	}
	if !isWord(w) {
		return -1, -1
	}
	if f.is(fStopNP, j) && !(isCap(w) && j > a && f.toks[j-1].qmark) {
		return -1, -1 // but a surname after a quotation: '," From said', '," Will wrote'
	}
	if isLowerWord(w) && f.exact(j)&fCue != 0 && !(j > a && f.lowf(j-1)&(fDet|fPoss) != 0 && f.isLowerAt(j-1)) {
		return -1, -1 // but a noun after its determiner: '," the release said', "the note says"
	}
	if isLowerWord(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") && !lyNouns[w]) &&
		!(pollParticiples[w] && j > a && f.pluralAt(j-1)) { // but "those surveyed", "voters polled", "the organizer of a rally"
		return -1, -1
	}
	start := j
	k := j - 1
	hasCap := isCap(w)
	for k >= a && end-k < 14 {
		t := &f.toks[k]
		kw := f.w(k)
		if t.quote || t.qmark {
			break
		}
		switch {
		case kw == ".":
			// abbreviation dot: "Mr. Obama", "Paul D. Ryan"
			if k-1 >= a && f.isCapAt(k-1) && len(f.w(k-1)) <= 4 {
				k--
				continue
			}
		case kw == "&" || kw == "-":
			k--
			continue
		case kw == "of" || kw == "for":
			if k-1 >= a && f.isWordAt(k-1) && !f.is(fStopNP, k-1) && (kw == "of" || titleWords[f.w(k-1)]) {
				k--
				continue
			}
		case kw == "and" || kw == "&":
			if k-1 >= a && (f.isCapAt(k-1) || f.w(k-1) == "he" || f.w(k-1) == "she") && (hasCap || f.isCapAt(k+1)) {
				k--
				continue
			}
		case isWord(kw):
			if f.is(fStopNP, k) {
				if f.exact(k)&fPronoun != 0 && (f.w(k+1) == "and") { // (pronouns[kw])
					start = k
				}
				break
			}
			if isCap(kw) {
				hasCap = true
				start = k
				k--
				continue
			}
			if f.exact(k)&fDet != 0 {
				start = k
				k--
				continue
			}
			if strings.HasSuffix(kw, "ed") && kw != "retired" || strings.HasSuffix(kw, "ing") || strings.HasSuffix(kw, "ly") || f.exact(k)&fCue != 0 {
				break
			}
			// a lower-case word left of a name must be a title
			if hasCap && f.isCapAt(k+1) && f.exact(k)&fTitle == 0 && !strings.HasSuffix(kw, "’s") && !strings.HasSuffix(kw, "'s") {
				break
			}
			start = k
			k--
			continue
		}
		break
	}
	// trim leading conjunctions, prepositions and punctuation
	for start < end && (!f.isWordAt(start) || f.is(fLeadTrim, start) || f.w(start) == "of" || f.w(start) == "and") {
		start++
	}
	return start, end
}

// abbrevTails are the abbreviations that may end a name before its
// verb: suffixes of names and firms.
var abbrevTails = map[string]bool{"jr": true, "sr": true, "inc": true, "co": true}

// timeish are the words of timeWords and interWords (a flag, so that most
// subjects need no map look-up).
var timeish = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{timeWords, interWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// timeWords head time adjuncts ("last week", "on Monday", "two weeks
// ago", "in the past").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "day": true, "days": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "weekend": true, "ago": true, "past": true, "time": true,
	"today": true, "yesterday": true, "tonight": true,
	"january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// numberWords are number words of time adjuncts and shares ("two weeks
// ago", "six in 10").
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "a": true,
}

// isNumber reports whether token k is a numeral or a number word.
func (f *finder) isNumber(k int) bool {
	w := f.w(k)
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return numberWords[f.lowAt(k)]
}

// timeLeads open a time adjunct before a verb: "[on] Monday", "[late]
// Monday", "[less than] two weeks ago".
var timeLeads = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "for": true, "late": true, "later": true,
	"earlier": true, "early": true, "last": true, "this": true, "than": true, "less": true,
	"more": true, "just": true, "only": true, "the": true,
}

// timeTail returns the first token of the time adjunct that ends the
// phrase [ss, se] ("last week", "two weeks ago", "Monday"), or -1 when
// the phrase does not end in one. A name before the adjunct is kept
// ("Dianne Feinstein [last week]"); a capitalised word that is no day or
// month ends the scan ("Time Warner", "Morning Joe" are names).
func (f *finder) timeTail(ss, se int) int {
	if !timeWords[f.lowAt(se)] {
		return -1
	}
	k := se
	for k > ss {
		p := k - 1
		lw := f.lowAt(p)
		if f.isCapAt(p) && !timeWords[lw] || !(timeWords[lw] || timeLeads[lw] || f.isNumber(p) || lw == "past" || lw == "few" || lw == "several") {
			break
		}
		k = p
	}
	if k == se && f.isCapAt(se) && k > ss {
		return -1 // "Tuesday" after another capitalised word: a name ("Super Tuesday")
	}
	if k > ss && !f.isCapAt(k-1) {
		return -1 // "the end of last week": no name before the adjunct
	}
	return k
}

// beforeTime returns the source before the time adjunct starting at token
// ts: the phrase before its leading prepositions and adverbs, or the
// appositive before a comma ("Reince Priebus, the GOP chairman, this
// past week announced"); ss is -1 when there is none.
func (f *finder) beforeTime(a, ts int) (ss, se, spanEnd int) {
	p := ts - 1
	for p >= a && timeLeads[f.lowAt(p)] && ts-p < 4 {
		p--
	}
	p = f.prevSkip(a, p+1, false)
	if p > a && f.isLowerAt(p) && (strings.HasSuffix(f.lowAt(p), "ed") || pastParticiples[f.lowAt(p)]) && f.isWordAt(p-1) {
		p-- // "a news report published Wednesday said"
	}
	switch {
	case p < a || f.toks[p].qmark:
		return -1, -1, -1
	case f.w(p) == ",":
		if p-1 < a || f.toks[p-1].qmark {
			return -1, -1, -1
		}
		return f.appositive(a, p)
	}
	ss, se = f.leftNP(a, p)
	if ss >= 0 && f.timeTail(ss, se) >= 0 {
		return -1, -1, -1
	}
	return ss, se, -1
}

// capList reports whether tokens [s, e] are capitalised words joined by
// "and" at most ("Turkey and France").
func (f *finder) capList(s, e int) bool {
	for k := s; k <= e; k++ {
		if w := f.w(k); isWord(w) && !isCap(w) && w != "and" {
			return false
		}
	}
	return true
}

// inClause reports whether the comma at token k closes a phrase that
// belongs to a relative or participial clause opened at an earlier comma:
// the segment after that comma starts with "who", "which", "whose" or a
// lower-case word, and at most one more comma lies between.
func (f *finder) inClause(a, k int) bool {
	commas := 0
	for m := k - 1; m > a && k-m < 40; m-- {
		if f.toks[m].quote || f.toks[m].qmark {
			return false
		}
		if f.w(m) != "," {
			continue
		}
		sw := f.lowAt(m + 1)
		if sw == "who" || sw == "which" || sw == "whose" || f.isLowerAt(m+1) && !dets[sw] && f.lowf(m+1)&(fStopNP|fLeadTrim) == 0 {
			return true
		}
		if commas++; commas > 1 {
			return false
		}
	}
	return false
}

// introAdverbs open a sentence before a comma: "Overall, ...", "Well, ...".
var introAdverbs = map[string]bool{
	"overall": true, "well": true, "still": true, "meanwhile": true, "instead": true,
	"however": true, "indeed": true, "moreover": true, "nevertheless": true, "nonetheless": true,
	"finally": true, "today": true, "yesterday": true, "now": true, "yet": true, "so": true,
}

// introWord reports whether token j, opening a sentence whose cue is at
// token i, opens an introductory phrase rather than the subject: a
// capitalised participle ("Arriving upon the scene, police ...", "Asked
// whether ..., Clinton said"), a sentence adverb before a comma
// ("Overall, ...") or a time phrase before "after" ("Years after ...").
func (f *finder) introWord(j, i int) bool {
	if j+1 >= i || !f.isCapAt(j) {
		return false
	}
	lw := f.lowAt(j)
	if (strings.HasSuffix(lw, "ing") && len(lw) >= 6 || strings.HasSuffix(lw, "ed") && len(lw) >= 5) && !f.isCapAt(j+1) && f.isWordAt(j+1) {
		return true
	}
	if f.w(j+1) == "," && (introAdverbs[lw] || strings.HasSuffix(lw, "ly") && len(lw) > 4) {
		return true
	}
	for k := j; k < i && k-j < 3; k++ {
		if timeWords[f.lowAt(k)] {
			if n := f.lowAt(k + 1); n == "after" || n == "before" || n == "later" || n == "ago" {
				return true
			}
		}
	}
	return false
}

// evidenceAgent returns the author of a piece of evidence [ss, se] headed
// by a lower-case noun: the phrase after "by", "from" or "with", or after
// a participle and "by" ("a report from Bloomberg", "audio provided by
// Wyoming Public Radio", "interviews with party leaders").
func (f *finder) evidenceAgent(b, ss, se int) (int, int, bool) {
	if !f.isLowerAt(se) || f.lowf(se)&(fPronoun|fTitle) != 0 || groupNouns[f.lowAt(se)] {
		return 0, 0, false
	}
	k := se + 1
	if k < b && f.isLowerAt(k) && (strings.HasSuffix(f.lowAt(k), "ed") || pastParticiples[f.lowAt(k)]) && k+1 < b && f.lowAt(k+1) == "by" {
		k++ // "provided by", "obtained by"
	}
	if k >= b {
		return 0, 0, false
	}
	switch f.lowAt(k) {
	case "by", "from", "with":
	default:
		return 0, 0, false
	}
	as, ae, ok := f.rightNP(b, k+1)
	if !ok {
		return 0, 0, false
	}
	return as, ae, true
}

// rightNP returns the noun phrase starting at token j.
func (f *finder) rightNP(b, j int) (int, int, bool) {
	if j >= b {
		return 0, 0, false
	}
	w := f.w(j)
	if f.toks[j].quote || f.toks[j].qmark || !isWord(w) {
		return 0, 0, false
	}
	lw := f.lowAt(j)
	if lw == "he" || lw == "she" || lw == "they" || lw == "we" || lw == "i" {
		return j, j, true
	}
	det := f.lowf(j)&fDet != 0 // dets[lw]
	if !isCap(w) && !det && !isLowerWord(w) {
		return 0, 0, false
	}
	// a word of the noun that follows: "her [lawyers]", "early [returns]"
	nounNext := j+1 < b && f.isLowerAt(j+1) && !f.toks[j+1].quote && f.lowf(j+1)&(fStopNP|fDet|fPronoun|fCue) == 0
	if f.is(fStopNP, j) && !(lw == "her" && nounNext) || lw == "of" ||
		strings.HasSuffix(lw, "ly") && isLowerWord(w) && !lyNouns[lw] && !(nounNext && !strings.HasSuffix(f.lowAt(j+1), "ly")) {
		return 0, 0, false // an adverb: "said dryly", but "according to early results"
	}
	end := j
	prevDet := det
	prevCapOrDet := true
	k := j + 1
	for k < b && k-j < 14 {
		t := f.toks[k]
		kw := f.w(k)
		if t.quote || t.qmark {
			break
		}
		if kw == "." && f.isCapAt(k-1) && len(f.w(k-1)) <= 4 && k+1 < b && f.isCapAt(k+1) {
			k++
			continue
		}
		if kw == "(" {
			m := k + 1
			for m < b && f.w(m) != ")" && m-k < 8 {
				m++
			}
			if m < b && f.w(m) == ")" {
				end = m
				k = m + 1
				continue
			}
			break
		}
		if kw == "of" || kw == "for" || kw == "at" {
			if k+1 < b && (f.isCapAt(k+1) || f.exact(k+1)&fDet != 0) {
				k++
				continue
			}
			break
		}
		if kw == "-" || kw == "&" {
			k++
			continue
		}
		if !isWord(kw) || f.is(fStopNP, k) {
			break
		}
		if f.exact(k)&fCue != 0 && !(prevDet && !strings.HasSuffix(kw, "ed")) {
			break // but a noun after a determiner: "according to a release"
		}
		if isCap(kw) {
			end = k
			prevDet, prevCapOrDet = false, true
			k++
			continue
		}
		if f.exact(k)&fDet != 0 {
			prevDet = true
			k++
			continue
		}
		if strings.HasSuffix(kw, "ed") || strings.HasSuffix(kw, "ly") {
			// an adjective between a determiner and its noun: "an unnamed
			// official", "a yearly Gallup poll"
			if prevDet && k+1 < b && f.isWordAt(k+1) && !f.toks[k+1].quote && !f.toks[k+1].qmark &&
				f.lowf(k+1)&(fStopNP|fDet|fPronoun|fCue) == 0 {
				k++
				continue
			}
			break
		}
		if prevDet || prevCapOrDet || f.exact(k)&fTitle != 0 {
			end = k
			prevDet, prevCapOrDet = false, false
			k++
			continue
		}
		break
	}
	if end == j && det {
		return 0, 0, false
	}
	return j, end, true
}

// invertedNP finds "said Smith" / "says a spokesman": a noun phrase right
// after the cue that ends the clause.
func (f *finder) invertedNP(b, ce int) (int, int, bool) {
	ss, se, ok := f.rightNP(b, ce+1)
	if !ok || f.timeTail(ss, se) == ss {
		return 0, 0, false // "Rhodes, an adviser, said Sunday"
	}
	n := se + 1
	if n >= b {
		return ss, se, true
	}
	nw := f.w(n)
	if ss == se && f.lowf(ss)&fPronoun != 0 {
		// "said he." closes the clause; "said he “appreciates ...”" and
		// "said he would" open the reported one
		if nw == "," || nw == "." || nw == ";" || nw == "!" || nw == "?" || f.toks[n].qmark && !f.opensQuote(n) {
			return ss, se, true
		}
		return 0, 0, false
	}
	if nw == "and" && f.isCapAt(se) {
		// a pair closing the clause: "..., said Doyle and others, would be"
		if s2, e2, ok := f.rightNP(b, n+1); ok && s2 == n+1 && e2+1 < b {
			if w := f.w(e2 + 1); w == "," || w == "." {
				return ss, e2, true
			}
		}
	}
	if nw == "," || nw == "." || nw == ":" || nw == ";" || f.toks[n].qmark || nw == "in" || nw == "on" || nw == "at" || nw == "during" || nw == "who" || nw == "—" || nw == "–" || nw == "!" || nw == "?" {
		return ss, se, true
	}
	return 0, 0, false
}

// opensQuote reports whether quotation mark token n opens a quotation.
func (f *finder) opensQuote(n int) bool {
	w := f.w(n)
	if isOpenQ(w) {
		return true
	}
	if isCloseQ(w) {
		return false
	}
	opening, _ := f.flanks(n)
	return opening
}

// appositive handles "Lavrov, Russia's foreign minister, said" and
// "Sanders, who lost the primaries, said": the source is the phrase before
// the earlier comma. spanEnd is the comma that closes the appositives and
// relative clauses PolNeAR counts as part of the source phrase, or -1.
func (f *finder) appositive(a, comma int) (ss, se, spanEnd int) {
	end := comma
	var commas [8]int // the commas passed, right to left
	nc := 0
	for n := 0; n < 6; n++ {
		k := end - 1
		for k >= a && f.w(k) != "," && end-k < 60 {
			k--
		}
		if k >= a && f.w(k) != "," {
			break
		}
		if k < a || f.toks[k].quote {
			break
		}
		seg := k + 1
		if seg >= end {
			return -1, -1, -1
		}
		sw := f.lowAt(seg)
		if apposConj[sw] && seg+1 < end && f.isCapAt(seg+1) {
			// "Lourenco said ..., while Hichilema, speaking to reporters,
			// said": the conjunction opens a clause of its own, and the
			// name after it is its subject (not a segment of a phrase
			// around an earlier one)
			a = seg + 1
			break
		}
		age := seg == end-1 && f.isWordAt(seg) && f.toks[seg].cls&(cCap|cLower) == 0 // "Jim Bennett, 57,"
		// a party and state: "Rand Paul, R-Ky., told"
		party := len(sw) >= 3 && (sw[0] == 'r' || sw[0] == 'd' || sw[0] == 'i') && sw[1] == '-' && f.isCapAt(seg) && end-seg <= 2
		if sw == "who" || sw == "which" || sw == "whose" || dets[sw] || f.isLowerAt(seg) || f.toks[seg].qmark || age || party {
			commas[nc], nc = end, nc+1
			end = k
			continue
		}
		// "Lavrov, Russia's foreign minister, said": a name before a titled phrase
		if ps, pe := f.leftNP(a, k-1); ps >= 0 && f.allCap(ps, pe) && f.hasTitle(seg, end-1) {
			commas[nc], nc = end, nc+1
			end = k
			continue
		}
		// a place or list closing a relative or participial clause:
		// "Trump, speaking at a rally in Charleston, [West Virginia], did",
		// "Westmacott, who served in Iran, [Turkey and France], praised"
		if end-seg <= 4 && f.isCapAt(seg) && f.capList(seg, end-1) && (f.inClause(a, k) || f.stateLike(seg, end-1) && f.placeBefore(a, k)) {
			commas[nc], nc = end, nc+1
			end = k
			continue
		}
		break
	}
	ss, se = f.leftNP(a, end-1)
	spanEnd = -1
	if ss < 0 {
		return ss, se, spanEnd
	}
	if nc > 0 && f.frontedPlace(a, ss) {
		// "In Moldova, the opposition Party of Socialists, led by ...,
		// said", "In Beijing, Foreign Ministry spokesperson Guo Jiakun
		// ..., saying": the place opens the sentence as an adjunct (where
		// the words were said); the speaker is the phrase after its comma
		seg, segEnd := end+1, commas[nc-1]
		s2, e2 := f.leftNP(seg, segEnd-1)
		if s2 != seg && (s2 < 0 || !f.allCap(s2, e2)) {
			// a verb after the segment's first noun phrase: a clause, whose
			// subject is that phrase ("Foreign Ministry spokesperson Guo
			// Jiakun went further at a regular press briefing"); not a
			// preposition ("a lawmaker from the opposition Tawassoul
			// party" ends in its name, as without the place)
			if rs, re, ok := f.rightNP(segEnd, seg); ok && (s2 < 0 || re+1 < segEnd && f.isLowerAt(re+1) && !apposPreps[f.lowAt(re+1)]) {
				s2, e2 = rs, re
			}
		}
		if s2 >= 0 && (dets[f.lowAt(seg)] || f.isCapAt(seg)) {
			ss, se = s2, e2
			nc--
			end = commas[nc]
		}
	}
	// the segments between the name and the cue, left to right
	from := end
	for m := nc - 1; m >= 0; m-- {
		if !f.apposLike(from+1, commas[m]-1) {
			break
		}
		spanEnd = commas[m]
		from = commas[m]
	}
	return ss, se, spanEnd
}

// apposPreps open a prepositional phrase after a noun ("a lawmaker from
// the opposition party").
var apposPreps = map[string]bool{"of": true, "from": true, "at": true, "in": true, "with": true, "for": true, "on": true}

// frontedPlace reports whether the phrase starting at token ss follows a
// preposition that opens the sentence at token a ("In Moldova", "Back in
// Podgorica", "On the Dominican side"): an adjunct of place before the
// comma, never the speaker.
func (f *finder) frontedPlace(a, ss int) bool {
	p := ss - 1
	if p < a {
		return false
	}
	switch f.lowAt(p) {
	case "in", "on", "from", "at":
	default:
		return false
	}
	return p == a || p == a+1 && f.lowAt(a) == "back"
}

// isDash reports whether w is a dash that may set off a parenthetical.
func isDash(w string) bool { return w == "—" || w == "–" || w == "-" || w == "--" }

// dashAppositive returns the source before a parenthetical set off by
// dashes that ends at token dash, before a cue ("Joyce — who is listed as
// an attorney — told"), with the parenthetical when it describes the
// source; ss is -1 when there is none.
func (f *finder) dashAppositive(a, dash int) (ss, se, spanEnd int) {
	k := dash - 1
	for k > a && dash-k < 40 && !isDash(f.w(k)) {
		if f.toks[k].qmark {
			return -1, -1, -1
		}
		k--
	}
	if k <= a || !isDash(f.w(k)) || k+1 >= dash {
		return -1, -1, -1
	}
	ss, se = f.leftNP(a, k-1)
	spanEnd = -1
	if ss >= 0 && f.apposLike(k+1, dash-1) {
		spanEnd = dash
	}
	return ss, se, spanEnd
}

// stateLike reports whether tokens [s, e] may name a state or country
// after a town ("Ohio", "Mich.", "West Virginia") rather than a person
// ("Sarah Mukasa"): one word and its abbreviation dot, or two words after
// a word of direction or "New".
func (f *finder) stateLike(s, e int) bool {
	if e > s && f.w(e) == "." {
		e--
	}
	switch {
	case e == s:
		return true
	case e == s+1:
		switch f.w(s) {
		case "New", "West", "North", "South", "Rhode":
			return true
		}
	}
	return false
}

// placeBefore reports whether the comma at token k follows a place in a
// prepositional phrase, so that the capitalised segment after the comma
// is its state or country: "during a meeting in Columbus, [Ohio],", "Cory
// James, 22, of Flint, [Mich.],".
func (f *finder) placeBefore(a, k int) bool {
	for m := k - 1; m > a && k-m <= 4; m-- {
		if f.isCapAt(m) || f.w(m) == "." {
			continue
		}
		switch f.lowAt(m) {
		case "in", "of", "from", "at", "near", "outside":
			return m < k-1
		}
		return false
	}
	return false
}

// rightAppos returns the last token of an appositive that follows an
// inverted source at token se and ends the sentence ("said Brad Bannon, a
// Democratic consultant."), or -1.
func (f *finder) rightAppos(b, se int) int {
	if se+2 >= b || f.w(se+1) != "," {
		return -1
	}
	e := se + 2
	for e < b && e-se < 40 && !f.toks[e].qmark && f.w(e) != "," && f.w(e) != ";" {
		e++
	}
	if e-se >= 40 || e < b && !f.toks[e].qmark && f.w(e) != "," {
		return -1
	}
	// the sentence ends here, but for its final punctuation
	last := e - 1
	for last > se+2 && !f.isWordAt(last) && f.w(last) != ")" {
		last--
	}
	if e < b && f.w(e) == "," && !(e+1 < b && f.lowAt(e+1) == "who") {
		return -1
	}
	if !f.apposLike(se+2, last) {
		return -1
	}
	return last
}

// apposLike reports whether tokens [s, e], set off by commas after a name,
// describe it ("a former aide", "who lives in Miami", "Russia's foreign
// minister") rather than being a parenthetical ("meanwhile", "in a
// statement", "citing a report").
func (f *finder) apposLike(s, e int) bool {
	if s > e || f.toks[s].quote || f.toks[s].qmark {
		return false
	}
	lw := f.lowAt(s)
	switch {
	case lw == "who" || lw == "whose":
		// a relative clause holding a cue is an attribution of its own
		for k := s + 1; k <= e && k-s < maxScan; k++ {
			if f.isLowerAt(k) && f.exact(k)&fCue != 0 {
				return false
			}
		}
		return true
	case dets[lw] || lw == "including" || titleWords[lw]:
		return true
	case s == e && f.toks[s].cls&(cCap|cLower) == 0 && f.isWordAt(s):
		return true // an age
	case f.isCapAt(s):
		return true
	}
	return false
}

// allCap reports whether every word of tokens [s, e] is capitalized.
func (f *finder) allCap(s, e int) bool {
	for k := s; k <= e; k++ {
		if w := f.w(k); isWord(w) && !isCap(w) {
			return false
		}
	}
	return true
}

// hasTitle reports whether tokens [s, e] contain a lower-case title word.
func (f *finder) hasTitle(s, e int) bool {
	for k := s; k <= e; k++ {
		if titleWords[f.w(k)] {
			return true
		}
	}
	return false
}

// isNPWord reports whether token k can be a one-word noun phrase.
func (f *finder) isNPWord(k int) bool {
	w := f.w(k)
	return isCap(w) || pronouns[f.lowAt(k)]
}

// mainSubject finds the subject of the clause a participial cue hangs on:
// the first noun phrase of the sentence after any introductory phrase.
func (f *finder) mainSubject(a, i int) (int, int) {
	j := a
	for j < i && (f.toks[j].quote || f.toks[j].qmark) {
		j++
	}
	if j < i && f.is(fStopNP, j) && !pronouns[f.lowAt(j)] || j < i && f.is(fLeadTrim, j) || j < i && f.introWord(j, i) {
		// introductory phrase: skip to after the first comma
		k := j
		for k < i && f.w(k) != "," && k-j < 60 {
			k++
		}
		if k >= i-1 {
			return -1, -1
		}
		j = k + 1
	}
	ss, se, ok := f.rightNP(i, j)
	if !ok {
		return -1, -1
	}
	return ss, se
}

// content finds what was said: an adjacent quote, else the clause after the
// cue, else the text before the source.
func (f *finder) content(at *Attribution, a, b, ss, se, i, ce int, inverted bool) {
	after := ce + 1
	if inverted {
		after = se + 1
	}
	k := after
	// skip "reporters that", ",", ":", "that"
	if w := f.w(i); w == "told" || w == "tells" || w == "telling" || w == "assured" || w == "urged" || w == "warned" || w == "asked" {
		if k < b && !f.toks[k].qmark && !f.toks[k].quote {
			if _, e, ok := f.rightNP(b, k); ok {
				k = e + 1
			}
		}
	}
	for k < b && (f.w(k) == "," || f.w(k) == ":" || f.w(k) == "that") {
		k++
	}
	if k < b && f.toks[k].qmark {
		if q, ok := f.quoteAt(k); ok {
			f.setQuote(at, q)
			return
		}
	}
	// a quote just before the source or cue: “...,” he said
	lo := i
	if ss >= 0 && ss < lo {
		lo = ss
	}
	p := lo - 1
	for p >= a-1 && p >= 0 {
		// “...,” acting U.S. Ambassador Dorothy Shea told the council;
		// “...,” von der Leyen told reporters (a surname's particles)
		if p+1 == lo && f.particleAt(p) {
			lo = p
		} else if !(f.w(p) == "," && !f.toks[p].qmark || sourceModifiers[f.w(p)]) {
			break
		}
		p--
	}
	if p >= a && p+1 < lo && !f.toks[p].qmark && f.w(p+1) == "," {
		// a title in apposition before the source: “...,” Nigeria's
		// Minister of Water Resources, Joseph Utsev, told reporters
		for q := p; q >= a && q > p-9; q-- {
			if f.toks[q].qmark {
				if q < p && f.isCapAt(q+1) {
					p = q
				}
				break
			}
			if !f.isWordAt(q) && f.w(q) != "'s" && f.w(q) != "’s" {
				break
			}
		}
	}
	// a quote that closed the previous sentence with a full stop is not
	// this sentence's: “... at all.” He would not discuss ...
	prevSentence := p == a-1 && p > 0 && (f.w(p-1) == "." || f.w(p-1) == "!" || f.w(p-1) == "?") && a < b && f.isCapAt(a)
	if p >= 0 && p >= a-1 && f.toks[p].qmark && !prevSentence {
		if q, ok := f.quoteEndingAt(p); ok {
			f.setQuote(at, q)
			return
		}
	}
	// reported clause after the cue
	e := b - 1
	for e >= k && !f.isWordAt(e) && !f.toks[e].qmark {
		e--
	}
	if k <= e {
		for m := k + 1; m+2 <= e && m-k < maxScan; m++ {
			if f.w(m) == "," && clauseConj[f.lowAt(m+1)] && f.lowAt(m+1) != "as" && f.isCapAt(m+2) && f.toks[m+2].cls&cWord != 0 && f.laterCue(m+2, e) {
				// "Lourenco said Angola had lost a friend, while
				// Hichilema said ...": the next clause is another
				// speaker's
				for e = m - 1; e > k && !f.isWordAt(e) && !f.toks[e].qmark; e-- {
				}
				break
			}
		}
		at.ContentStart, at.ContentEnd = int(f.toks[k].s), int(f.toks[e].e)
		// an embedded partial quote: assured that Zelenskyy “will be involved”
		for m := k; m <= e && m-k < maxScan; m++ {
			if f.toks[m].qmark {
				if q, ok := f.quoteAt(m); ok {
					at.Quote, _, _ = f.quoteText(q)
				}
				break
			}
		}
		return
	}
	// the clause before the source: "The plan is bad, he said."
	e = lo - 1
	for e >= a && (f.w(e) == "," || !f.isWordAt(e) && !f.toks[e].qmark) {
		e--
	}
	if e >= a {
		at.ContentStart, at.ContentEnd = int(f.toks[a].s), int(f.toks[e].e)
	} else {
		at.ContentStart, at.ContentEnd = at.CueEnd, at.CueEnd
	}
}

// sourceModifiers are lower-case words that may stand between a closing
// quotation and its source's title: “...,” acting Ambassador X said.
var sourceModifiers = map[string]bool{"acting": true, "former": true, "interim": true, "outgoing": true, "then": true}

// nameParticles are the lower-case words that open a surname ("von der
// Leyen", "de la Cruz", "van Rompuy", "dos Santos"), which may stand
// between a closing quotation and its source's capitalised name.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "das": true, "di": true, "del": true,
	"della": true, "la": true, "le": true, "du": true, "dos": true, "ter": true, "al": true, "el": true, "bin": true, "ibn": true,
}

// particleAt reports whether token k is a surname particle before a
// capitalised word or another particle: "von der Leyen", "de la Cruz".
func (f *finder) particleAt(k int) bool {
	return k+1 < len(f.toks) && nameParticles[f.w(k)] && (f.isCapAt(k+1) || nameParticles[f.w(k+1)])
}

func (f *finder) setQuote(at *Attribution, q qspan) {
	txt, s, e := f.quoteText(q)
	at.Quote = txt
	at.ContentStart, at.ContentEnd = s, e
}

// quoteAt returns the quote opened by the mark at token k.
func (f *finder) quoteAt(k int) (qspan, bool) {
	i := sort.Search(len(f.quotes), func(i int) bool { return f.quotes[i].open >= k })
	if i < len(f.quotes) && f.quotes[i].open == k {
		q := f.quotes[i]
		return q, q.close > q.open+1
	}
	return qspan{}, false
}

// quoteEndingAt returns the quote closed by the mark at token k.
func (f *finder) quoteEndingAt(k int) (qspan, bool) {
	i := sort.Search(len(f.quotes), func(i int) bool { return f.quotes[i].close >= k })
	if i < len(f.quotes) && f.quotes[i].close == k && f.quotes[i].closed {
		q := f.quotes[i]
		return q, q.close > q.open+1
	}
	return qspan{}, false
}

// continuations attributes sentences that are only a direct quote to the
// speaker of the previous sentence's quote.
func (f *finder) continuations(covered []bool) {
	if len(f.out) == 0 {
		return
	}
	// bySent[si] is 1 + the index of the last attribution of sentence si
	bySent := append(f.bySent[:0], make([]int32, len(f.sents))...)
	f.bySent = bySent
	for k, at := range f.out {
		bySent[at.Sentence] = int32(k + 1)
	}
	n := len(f.out)
	for si := 1; si < len(f.sents); si++ {
		if covered[si] {
			continue
		}
		pk := int(bySent[si-1]) - 1
		if pk < 0 || pk >= n || f.out[pk].Quote == "" && !f.endsWithColon(f.out[pk]) {
			continue
		}
		sp := f.sents[si]
		if sp.Start < 0 || sp.End > len(f.body) || sp.Start >= sp.End {
			continue
		}
		a, b := f.tokRange(sp)
		if a >= b || !f.toks[a].qmark {
			continue
		}
		q, ok := f.quoteAt(a)
		if !ok {
			continue
		}
		at := f.out[pk]
		at.Sentence = si
		if at.Actors != nil {
			n := len(f.actors)
			f.actors = append(f.actors, at.Actors...)
			at.Actors = f.actors[n:len(f.actors):len(f.actors)]
		}
		f.setQuote(&at, q)
		at.Stance = f.stance(0, &at)
		f.out = append(f.out, at)
		bySent[si] = int32(len(f.out))
	}
}

func (f *finder) endsWithColon(at Attribution) bool {
	rest := strings.TrimLeft(f.body[at.CueEnd:], " ")
	return strings.HasPrefix(rest, ":")
}

// resolve sets Actor and Actors for the source tokens [ss, se].
func (f *finder) resolve(at *Attribution, ss, se int) {
	lw := f.lowAt(ss)
	if ss == se {
		if n := f.contracted(ss); n > 0 {
			// "he’s predicting": the source is the pronoun
			lw = lw[:n]
			at.SourceEnd = at.SourceStart + n
			at.Source = f.body[at.SourceStart:at.SourceEnd]
		}
	}
	src := at.Source
	if ss == se && pronouns[lw] {
		at.Actor = f.pronoun(at, lw, ss)
		f.actors = append(f.actors, at.Actor)
		at.Actors = f.actors[len(f.actors)-1 : len(f.actors) : len(f.actors)]
		return
	}
	// group subjects: split on "and" and commas; the actors go to the
	// shared backing store f.actors
	start := len(f.actors)
	partStart := ss
	for k := ss; k <= se+1; k++ {
		if k == se+1 || f.w(k) == "and" || f.w(k) == "&" || f.w(k) == "," {
			if partStart < k {
				f.actors = append(f.actors, f.resolvePart(partStart, k-1))
			}
			partStart = k + 1
		}
	}
	// demonym groups: "French and British officials" → both countries
	if n := len(f.actors) - start; n > 1 {
		dem := 0
		for k := ss; k <= se; k++ {
			if _, ok := demonyms[f.lowAt(k)]; ok {
				dem++
			}
		}
		if dem == n {
			i := start
			for k := ss; k <= se; k++ {
				if c, ok := demonyms[f.lowAt(k)]; ok {
					f.actors[i] = c
					i++
				}
			}
		}
	}
	f.actors = f.actors[:start+len(dedup(f.actors[start:]))]
	if len(f.actors) == start {
		f.actors = append(f.actors, src)
	}
	actors := f.actors[start:len(f.actors):len(f.actors)]
	at.Actor = actors[0]
	at.Actors = actors
}

// resolvePart resolves one conjunct [s, e] of a source.
func (f *finder) resolvePart(s, e int) string {
	bs, be := int(f.toks[s].s), int(f.toks[e].e)
	// entities inside: a person wins, else the rightmost
	best := -1
	for k := f.entBefore(bs - 256); k < len(f.ents); k++ {
		en := f.ents[k]
		if en.Start >= be {
			break
		}
		if en.End <= bs {
			continue
		}
		if best < 0 || en.Type == "PER" || f.ents[best].Type != "PER" {
			best = k
		}
	}
	head := f.w(e)
	if best >= 0 && f.ents[best].Type == "NORP" && e > s {
		// "the Ukrainian president" is a person, "French officials" a
		// country, "European leaders" a group
		if titleWords[f.lowAt(e)] {
			if n := f.titled(s, e); n != "" {
				return n
			}
		}
		if c, ok := lookupLower(demonyms, f.ents[best].Name); ok && groupNouns[f.lowAt(e)] {
			return c
		}
		best = -1
	}
	if best >= 0 {
		en := f.ents[best]
		if en.Type == "NORP" {
			if c, ok := lookupLower(demonyms, en.Name); ok {
				return c
			}
		}
		return en.Name
	}
	part := f.body[bs:be]
	ls := bs
	if strings.HasPrefix(f.body[ls:be], "the ") {
		ls += 4
	}
	if strings.HasPrefix(f.body[ls:be], "The ") {
		ls += 4
	}
	lp := f.lowSpan(ls, be)
	if c, ok := countryAliases[lp]; ok {
		return c
	}
	if e == s {
		if c, ok := demonyms[lp]; ok {
			return c
		}
	}
	if len(f.ents) > 0 && isCap(head) {
		// a surname of a known person
		if n, ok := f.surnames()[head]; ok {
			return n
		}
	}
	if len(f.ents) > 0 && titleWords[f.lowAt(e)] {
		if n := f.titled(s, e); n != "" {
			return n
		}
	}
	return part
}

// entBefore returns the index of the first entity starting at or after pos.
func (f *finder) entBefore(pos int) int {
	return sort.Search(len(f.ents), func(i int) bool { return f.ents[i].Start >= pos })
}

// surnames maps the last word of each person's name to the name (the
// last person in the text wins).
func (f *finder) surnames() map[string]string {
	if !f.surnamesOK {
		f.surnamesOK = true
		if f.surnameMap == nil {
			f.surnameMap = map[string]string{}
		}
		for _, en := range f.ents {
			if en.Type == "PER" {
				f.surnameMap[lastWord(en.Name)] = en.Name
			}
		}
	}
	return f.surnameMap
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// titled resolves "the Ukrainian president" to the most recent person
// mention preceded by that title (and adjective).
func (f *finder) titled(s, e int) string {
	title := f.lowAt(e)
	adj := ""
	if e-1 >= s && f.isCapAt(e-1) {
		adj = f.lowAt(e - 1)
	}
	limit := int(f.toks[s].s)
	for k, n := f.entBefore(limit)-1, 0; k >= 0 && n < maxScan; k, n = k-1, n+1 {
		en := f.ents[k]
		if en.Type != "PER" || en.Start >= limit {
			continue
		}
		lo := max(0, en.Start-60)
		var ctx string
		if utf8.RuneStart(f.body[lo]) {
			ctx = f.lowSpan(lo, en.Start)
		} else {
			ctx = strings.ToLower(f.body[lo:en.Start])
		}
		if strings.Contains(ctx, title) && (adj == "" || strings.Contains(ctx, adj)) {
			return en.Name
		}
	}
	return ""
}

// pronoun resolves a pronoun source.
func (f *finder) pronoun(at *Attribution, lw string, ss int) string {
	switch lw {
	case "he", "she", "i":
		// the most recent person mentioned outside quotes, of the
		// pronoun's gender when it is known
		pos := int(f.toks[ss].s)
		other := byte(0)
		switch lw {
		case "he":
			other = 'f'
		case "she":
			other = 'm'
		}
		if lw != "i" {
			if name := f.prevSubject(pos, other); name != "" {
				return name
			}
		}
		for k, n := f.entBefore(pos)-1, 0; k >= 0 && n < maxScan; k, n = k-1, n+1 {
			en := f.ents[k]
			if en.Type != "PER" || en.End > pos || f.inQuote(en.Start) || other != 0 && en.Gender == other {
				continue
			}
			return en.Name
		}
		for k := len(f.out) - 1; k >= 0 && k >= len(f.out)-maxScan; k-- {
			p := f.out[k]
			if p.SourceStart < pos && p.Actor != "" && !pronounText(p.Actor) && isCap(p.Actor) {
				return p.Actor
			}
		}
	case "who", "which":
		j := ss - 1
		if j >= 0 && f.w(j) == "," {
			j--
		}
		if s, e := f.leftNP(0, j); s >= 0 {
			var tmp Attribution
			tmp.Source = f.body[int(f.toks[s].s):int(f.toks[e].e)]
			f.resolve(&tmp, s, e)
			return tmp.Actor
		}
	case "they", "we", "it":
		pos := int(f.toks[ss].s)
		for k := len(f.out) - 1; k >= 0 && k >= len(f.out)-maxScan; k-- {
			p := f.out[k]
			if p.SourceStart < pos && p.Actor != "" && !pronounText(p.Actor) && (len(p.Actors) > 1 || strings.HasSuffix(p.Source, "s")) {
				return p.Actor
			}
		}
	}
	return at.Source
}

// prevSubject resolves "he" or "she" that opens a sentence to the subject
// of the sentence before, its first person outside quotes and not a
// possessive ("Wadephul met Sybiha in Kyiv on Monday. He told reporters
// ..." is Wadephul; "Putin's spokesman Dmitry Peskov said ..." has Peskov
// as subject), skipping a person of the other gender. It returns "" when
// the pronoun opens no sentence or the sentence before names no such
// person.
func (f *finder) prevSubject(pos int, other byte) string {
	si := sort.Search(len(f.sents), func(i int) bool { return f.sents[i].End > pos })
	if si <= 0 || si >= len(f.sents) {
		return ""
	}
	if lead := strings.TrimLeft(f.body[f.sents[si].Start:pos], " \t\n\"“‘'"); lead != "" && !quoteLead(f.body[f.sents[si].Start:pos]) {
		return ""
	}
	prev := f.sents[si-1]
	from := prev.Start
	if t := f.body[prev.Start:prev.End]; openerClause(t) {
		// "After meeting Andrii Sybiha in Kyiv, German Foreign Minister
		// Johann Wadephul flew to Warsaw": the subject follows the comma
		if c := strings.IndexByte(t, ','); c > 0 {
			from = prev.Start + c
		}
	}
	// "she": a woman first, then a person of unknown gender ("Donald
	// Trump met Giorgia Meloni. She said" is Meloni); "he": the first
	// person who is no woman (men's given names are known less often)
	want := byte(0)
	if other == 'm' {
		want = 'f'
	}
	unknown := ""
	for k := f.entBefore(from); k < len(f.ents) && f.ents[k].Start < prev.End; k++ {
		en := f.ents[k]
		if en.Type != "PER" || f.inQuote(en.Start) {
			continue
		}
		if rest := f.body[en.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		if other != 0 && en.Gender == other {
			continue
		}
		if want == 0 || en.Gender == want {
			return en.Name
		}
		if unknown == "" {
			unknown = en.Name
		}
	}
	if want != 0 && from > prev.Start {
		// "Before Kallas arrived, Sybiha met Wadephul. She said": a
		// woman of the opening clause before a person of unknown gender
		for k := f.entBefore(prev.Start); k < len(f.ents) && f.ents[k].Start < from; k++ {
			if en := f.ents[k]; en.Type == "PER" && en.Gender == want && !f.inQuote(en.Start) {
				return en.Name
			}
		}
	}
	return unknown
}

// quoteLead reports whether t, the words of a sentence before a pronoun
// source, are one quotation that opens the sentence: '"The United States
// expects the commitments to be honoured," he said' (the pronoun then
// resolves like one opening the sentence, not to the last name before).
func quoteLead(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "“") {
		return false
	}
	for _, end := range [...]string{",\"", ",”", "?\"", "?”", "!\"", "!”"} {
		if strings.HasSuffix(t, end) {
			inner := strings.TrimSuffix(t, end)
			return !strings.ContainsAny(inner[1:], "\"”")
		}
	}
	return false
}

// openerClause reports whether sentence t opens with an adverbial clause
// that may name people before its subject: "After meeting X, ...",
// "Speaking alongside X, ...".
func openerClause(t string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(t, " \"“"), " ")
	switch strings.ToLower(w) {
	case "after", "before", "following", "during", "while", "when", "despite", "alongside", "unlike", "like",
		"with", "at", "in", "on", "asked", "speaking", "meeting", "standing", "addressing", "talking":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

func pronounText(s string) bool { v, _ := lookupLower(pronouns, s); return v }

// inQuote reports whether byte offset pos lies inside a quotation.
func (f *finder) inQuote(pos int) bool {
	k := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].e) > pos })
	return k < len(f.toks) && int(f.toks[k].s) <= pos && f.toks[k].quote
}

func dedup(xs []string) []string {
	out := xs[:0]
	for _, x := range xs {
		seen := false
		for _, y := range out {
			if y == x {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, x)
		}
	}
	return out
}

// stance combines the verb polarity with content cues.
func (f *finder) stance(verb int8, at *Attribution) string {
	crit, supp := 0, 0
	switch verb {
	case polCritical:
		crit += 2
	case polSupportive:
		supp += 2
	}
	lo, hi := at.ContentStart, at.ContentEnd
	if hi > lo {
		a := sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].s) >= lo })
		neg := 0
		for k := a; k < len(f.toks) && k-a < maxScan && int(f.toks[k].e) <= hi; k++ {
			if !f.isLowerAt(k) {
				// proper nouns and numbers carry no stance
				if neg > 0 {
					neg--
				}
				continue
			}
			fl := f.exact(k)
			if fl&(fCrit|fSupp) != 0 && f.topicAt(k) {
				// "returns of rejected asylum seekers", "emergency
				// medical supplies": the topic, not a view of it
				fl = 0
			}
			switch {
			case fl&fNeg != 0:
				neg = 3
				continue
			case neg > 0 && fl&fNegCrit != 0:
				crit++
				neg = 0
				continue
			case fl&fCrit != 0:
				if neg > 0 {
					supp++
				} else {
					crit++
				}
			case fl&fSupp != 0:
				if neg > 0 {
					crit++
				} else {
					supp++
				}
			}
			if neg > 0 {
				neg--
			}
		}
	}
	switch {
	case crit > 0 && supp > 0 && verb == polNeutral:
		return Mixed
	case crit > supp:
		return Critical
	case supp > crit:
		return Supportive
	case crit > 0 && crit == supp:
		return Mixed
	}
	return Neutral
}

// nameParticiple reports whether the comma at token j closes a participial
// phrase set off after a capitalised name: "Hichilema, speaking to
// reporters, said the legacy ..." (the name speaks; what follows the cue
// is the reported clause, not an inverted source as in "..., said Smith").
func (f *finder) nameParticiple(a, j int) bool {
	k := j - 1
	for k > a && j-k < 16 && f.w(k) != "," && !f.toks[k].qmark {
		k--
	}
	if k <= a || f.w(k) != "," || k+1 >= j || !f.isLowerAt(k+1) || !f.isCapAt(k-1) {
		return false
	}
	w := f.lowAt(k + 1)
	return len(w) > 5 && strings.HasSuffix(w, "ing") || w == "asked" || w == "interviewed" || w == "writing"
}

// laterCue reports whether a reporting or stance verb follows token s
// within a short clause ending at e: the clause there has a speaker.
func (f *finder) laterCue(s, e int) bool {
	for k := s + 1; k <= e && k-s < 16; k++ {
		if f.toks[k].qmark || f.w(k) == "," && k-s > 2 {
			continue
		}
		if f.isLowerAt(k) && f.exact(k)&fCue != 0 {
			return true
		}
	}
	return false
}
