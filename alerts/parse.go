package alerts

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Grammar (operators are case-insensitive: AND = and = And):
//
//	expr    = or
//	or      = and { "OR" and }
//	and     = unary { ["AND"] unary }          adjacent terms are ANDed
//	unary   = ("NOT" | "-") unary | primary    "-" must touch its operand
//	primary = term | "(" expr ")"
//	term    = [field ":"] (word | '"' phrase '"')
//	field   = person | country | place | org | excluded | title
//
// NOT binds tighter than AND, AND tighter than OR. A phrase may use straight
// or typographic quotes (“ ” „ « »). A word is any run of characters other
// than spaces, parentheses and quotes; it is normalised into tokens like
// story text, so "US-Russia" matches the tokens "us russia" in sequence.

type lexKind uint8

const (
	lexEOF lexKind = iota
	lexLParen
	lexRParen
	lexAnd
	lexOr
	lexNot
	lexMinus
	lexTerm
)

type lexeme struct {
	kind  lexKind
	off   int // byte offset of the lexeme
	text  string
	field Field
	// tokFirst and tokLast delimit a term's normalised tokens in the
	// parser's tokenizer.
	tokFirst, tokLast int32
}

func (l lexeme) describe() string {
	switch l.kind {
	case lexEOF:
		return "the end"
	case lexLParen:
		return `"("`
	case lexRParen:
		return `")"`
	case lexAnd:
		return "AND"
	case lexOr:
		return "OR"
	case lexNot:
		return "NOT"
	case lexMinus:
		return `"-"`
	}
	return fmt.Sprintf("%q", l.text)
}

// parser parses one expression. It allocates little: parsers are pooled
// with their lexeme, token and operand buffers; the normalised tokens of
// all terms become substrings of one string, and the nodes, terms and child
// lists are carved out of one slice each.
type parser struct {
	src   string
	toks  []lexeme
	pos   int
	depth int
	terms int

	nodeCount int       // nodes made
	tz        tokenizer // the tokens of every term, in order
	tokStrs   []string  // tz's tokens as strings, filled after lexing
	nots      int       // NOT and "-" lexemes, for sizing the node arena
	nodes     []Node    // node arena; never grown by append, see newNode
	termArr   []Term    // term arena, likewise
	kids      []*Node   // backing of every Node.Kids, cut with full slice expressions
	stack     []*Node   // operands being collected by parseOr and parseAnd
}

// Parse parses and validates an alert expression. On failure the error is a
// *SyntaxError giving the position and a message fit for the user.
func Parse(s string) (*Expr, error) {
	if n := utf8.RuneCountInString(s); n > MaxExpressionLength {
		off := 0
		for i := 0; i < MaxExpressionLength; i++ {
			_, size := utf8.DecodeRuneInString(s[off:])
			off += size
		}
		return nil, &SyntaxError{Offset: off, Column: MaxExpressionLength + 1, Kind: ErrTooLong,
			Msg: fmt.Sprintf("the expression is %d characters long; the most allowed is %d, so it is cut off", n, MaxExpressionLength)}
	}
	p, _ := parserPool.Get().(*parser)
	if p == nil {
		p = new(parser)
	}
	defer p.release()
	p.src = s
	if err := p.lex(); err != nil {
		return nil, err
	}
	p.prepare()
	if p.peek().kind == lexEOF {
		return nil, p.errAt(0, "the expression is empty; type a word, a \"quoted phrase\" or field:value")
	}
	root, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != lexEOF {
		// parseOr only stops at ")" or the end.
		return nil, p.unexpected(t)
	}
	if !hasGenerators(root, false) {
		return nil, &SyntaxError{Kind: ErrMatchesEverything, Column: 0,
			Msg:  "every word of this alert is negated or optional, so it would match almost every story",
			Hint: "add a word that must appear, e.g. Lavrov -Ukraine"}
	}
	var canon [2 * MaxExpressionLength]byte
	if n := utf8.RuneCount(appendNode(canon[:0], root)); n > MaxExpressionLength {
		// Only input that runs terms together ("a(b)c") grows when written
		// out; the limit holds for the canonical form so that it parses back.
		return nil, &SyntaxError{Kind: ErrTooLong,
			Msg: fmt.Sprintf("written out with spaces the expression is %d characters long; the most allowed is %d", n, MaxExpressionLength)}
	}
	return &Expr{root: root, terms: p.terms, nodes: p.nodeCount}, nil
}

// parserPool recycles parsers: their lexeme, token and operand buffers are
// reused, so parsing allocates only what the result keeps.
var parserPool sync.Pool

// release clears p of everything the parse produced and returns it to the
// pool.
func (p *parser) release() {
	if cap(p.toks) > 256 || cap(p.tz.buf) > 4096 {
		return // an unusual expression; let the big buffers go
	}
	clear(p.toks[:cap(p.toks)]) // lexeme texts point into the source
	clear(p.stack[:cap(p.stack)])
	*p = parser{toks: p.toks[:0], stack: p.stack[:0], tz: tokenizer{buf: p.tz.buf[:0], toks: p.tz.toks[:0]}}
	parserPool.Put(p)
}

// prepare turns the lexed tokens into strings (one allocation for their
// bytes, one for the headers) and sizes the arenas: an expression of t
// terms and n negations has at most 2t+n nodes (every AND and OR node has
// at least two children, so there are fewer of them than terms).
func (p *parser) prepare() {
	if len(p.tz.toks) > 0 {
		all := string(p.tz.buf)
		p.tokStrs = make([]string, len(p.tz.toks))
		for i, sp := range p.tz.toks {
			p.tokStrs[i] = all[sp.start:sp.end]
		}
	}
	terms := 0
	for _, t := range p.toks {
		if t.kind == lexTerm {
			terms++
		}
	}
	terms = min(terms, MaxTerms+1)
	nodes := 2*terms + min(p.nots, 2*MaxTerms)
	p.nodes = make([]Node, 0, nodes)
	p.termArr = make([]Term, 0, terms)
	p.kids = make([]*Node, 0, 2*nodes)
}

// newNode returns a pointer to a copy of n in the node arena. A full arena
// is replaced, not grown, so earlier pointers stay put.
func (p *parser) newNode(n Node) *Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]Node, 0, 8)
	}
	p.nodes = append(p.nodes, n)
	p.nodeCount++
	return &p.nodes[len(p.nodes)-1]
}

// newTerm returns a pointer to a copy of t in the term arena.
func (p *parser) newTerm(t Term) *Term {
	if len(p.termArr) == cap(p.termArr) {
		p.termArr = make([]Term, 0, 4)
	}
	p.termArr = append(p.termArr, t)
	return &p.termArr[len(p.termArr)-1]
}

// kidList copies kids into the kids arena and returns them as a slice that
// later appends cannot overwrite. Children with operator op are spliced
// (their own children are copied instead), so AND never has an AND child
// and OR never an OR child.
func (p *parser) kidList(op Op, kids []*Node) []*Node {
	start := len(p.kids)
	for _, k := range kids {
		if k.Op == op && op != OpNot {
			p.kids = append(p.kids, k.Kids...)
		} else {
			p.kids = append(p.kids, k)
		}
	}
	return p.kids[start:len(p.kids):len(p.kids)]
}

func (p *parser) errAt(off int, msg string) *SyntaxError {
	return &SyntaxError{Offset: off, Column: column(p.src, off), Msg: msg, Kind: ErrSyntax}
}

func (p *parser) peek() lexeme { return p.toks[p.pos] }

func (p *parser) next() lexeme {
	t := p.toks[p.pos]
	if t.kind != lexEOF {
		p.pos++
	}
	return t
}

func startsUnary(k lexKind) bool {
	return k == lexTerm || k == lexLParen || k == lexNot || k == lexMinus
}

// unexpected reports a lexeme that cannot start or continue a term.
func (p *parser) unexpected(t lexeme) error {
	switch t.kind {
	case lexRParen:
		e := p.errAt(t.off, `unexpected ")"`)
		e.Hint = `no "(" opens it`
		return e
	case lexAnd, lexOr:
		return p.errAt(t.off, "expected a term before "+t.describe())
	case lexEOF:
		return p.errAt(len(p.src), "expected a term")
	}
	return p.errAt(t.off, "unexpected "+t.describe())
}

func (p *parser) parseOr() (*Node, error) {
	base := len(p.stack)
	first, err := p.parseAnd()
	if err != nil {
		return nil, err
	}
	p.stack = append(p.stack, first)
	for p.peek().kind == lexOr {
		op := p.next()
		if t := p.peek(); !startsUnary(t.kind) {
			return nil, p.expectedAfter(op, t)
		}
		k, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		p.stack = append(p.stack, k)
	}
	return p.join(OpOr, base), nil
}

func (p *parser) parseAnd() (*Node, error) {
	base := len(p.stack)
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	p.stack = append(p.stack, first)
	for {
		t := p.peek()
		if t.kind == lexAnd {
			op := p.next()
			if t := p.peek(); !startsUnary(t.kind) {
				return nil, p.expectedAfter(op, t)
			}
		} else if !startsUnary(t.kind) {
			break
		}
		k, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		p.stack = append(p.stack, k)
	}
	return p.join(OpAnd, base), nil
}

func (p *parser) expectedAfter(op, got lexeme) error {
	off := got.off
	if got.kind == lexEOF {
		off = len(p.src)
	}
	return p.errAt(off, "expected a term after "+op.describe())
}

func (p *parser) parseUnary() (*Node, error) {
	t := p.peek()
	if t.kind == lexNot || t.kind == lexMinus {
		p.next()
		if n := p.peek(); !startsUnary(n.kind) {
			return nil, p.expectedAfter(t, n)
		}
		k, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		kid := [1]*Node{k}
		return p.newNode(Node{Op: OpNot, Kids: p.kidList(OpNot, kid[:])}), nil
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() (*Node, error) {
	t := p.next()
	switch t.kind {
	case lexTerm:
		p.terms++
		if p.terms > MaxTerms {
			return nil, &SyntaxError{Offset: t.off, Column: column(p.src, t.off), Kind: ErrTooManyTerms,
				Msg: fmt.Sprintf("too many terms: an alert may have at most %d words or phrases", MaxTerms)}
		}
		term := p.newTerm(Term{Field: t.field, Text: t.text, tokens: p.tokStrs[t.tokFirst:t.tokLast:t.tokLast]})
		return p.newNode(Node{Op: OpTerm, Term: term}), nil
	case lexLParen:
		if p.depth >= MaxDepth {
			return nil, &SyntaxError{Offset: t.off, Column: column(p.src, t.off), Kind: ErrTooDeep,
				Msg: fmt.Sprintf("too deeply nested: at most %d levels of parentheses", MaxDepth)}
		}
		if p.peek().kind == lexRParen {
			return nil, p.errAt(t.off, "empty parentheses")
		}
		p.depth++
		n, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		p.depth--
		if p.peek().kind != lexRParen {
			e := p.errAt(t.off, "unclosed parenthesis")
			e.Hint = `add ")"`
			return nil, e
		}
		p.next()
		return n, nil
	}
	return nil, p.unexpected(t)
}

// join builds an n-ary node of the operands on the stack from base on and
// pops them, splicing children of the same operator so the tree stays flat
// and its String form round-trips.
func (p *parser) join(op Op, base int) *Node {
	kids := p.stack[base:]
	var n *Node
	if len(kids) == 1 {
		n = kids[0]
	} else {
		n = p.newNode(Node{Op: op, Kids: p.kidList(op, kids)})
	}
	p.stack = p.stack[:base]
	return n
}

// lex splits p.src into lexemes, ending with lexEOF.
func (p *parser) lex() error {
	s := p.src
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			p.toks = append(p.toks, lexeme{kind: lexLParen, off: i})
			i++
		case r == ')':
			p.toks = append(p.toks, lexeme{kind: lexRParen, off: i})
			i++
		case isQuote(r):
			text, first, last, end, err := p.lexPhrase(i)
			if err != nil {
				return err
			}
			p.toks = append(p.toks, lexeme{kind: lexTerm, off: i, text: text, tokFirst: first, tokLast: last})
			i = end
		case r == '-':
			if i+1 >= len(s) {
				return p.errAt(len(s), `expected a term after "-"`)
			}
			n, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsSpace(n) || n == ')' {
				e := p.errAt(i+1, `expected a term after "-"`)
				e.Hint = `write -word with no space to exclude a word`
				return e
			}
			p.toks = append(p.toks, lexeme{kind: lexMinus, off: i})
			p.nots++
			i++
		default:
			end, err := p.lexWord(i)
			if err != nil {
				return err
			}
			i = end
		}
	}
	p.toks = append(p.toks, lexeme{kind: lexEOF, off: len(s)})
	return nil
}

// lexPhrase reads a quoted phrase whose opening quote is at off and returns
// its text (spaces collapsed), its token range and the offset after the
// closing quote.
func (p *parser) lexPhrase(off int) (text string, first, last int32, end int, err error) {
	s := p.src
	_, qsize := utf8.DecodeRuneInString(s[off:])
	for j := off + qsize; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isQuote(r) {
			text := collapseSpaces(s[off+qsize : j])
			if text == "" {
				return "", 0, 0, 0, p.errAt(off, "empty quotes")
			}
			first, last, err := p.termTokens(off, text)
			if err != nil {
				return "", 0, 0, 0, err
			}
			return text, first, last, j + size, nil
		}
		j += size
	}
	e := p.errAt(off, "unclosed quote")
	e.Hint = `end the phrase with "`
	return "", 0, 0, 0, e
}

// collapseSpaces trims s and replaces every run of white space inside it
// with one space; it allocates only when s is not in that form already.
func collapseSpaces(s string) string {
	clean := true
	prevSpace := true // a leading space is not clean
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// termTokens normalises a term's text into the parser's tokenizer and
// returns the range of its tokens; a term with nothing to match is an error.
func (p *parser) termTokens(off int, text string) (first, last int32, err error) {
	f := p.tz.add(text)
	if len(p.tz.toks) == f {
		return 0, 0, p.errAt(off, fmt.Sprintf("%q has no letters or digits to match", text))
	}
	return int32(f), int32(len(p.tz.toks)), nil
}

// lexWord reads a bare word, operator or field term starting at off and
// returns the offset after it.
func (p *parser) lexWord(off int) (int, error) {
	s := p.src
	end := off
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if unicode.IsSpace(r) || r == '(' || r == ')' || isQuote(r) {
			break
		}
		end += size
	}
	w := s[off:end]
	switch {
	case strings.EqualFold(w, "AND"):
		p.toks = append(p.toks, lexeme{kind: lexAnd, off: off})
		return end, nil
	case strings.EqualFold(w, "OR"):
		p.toks = append(p.toks, lexeme{kind: lexOr, off: off})
		return end, nil
	case strings.EqualFold(w, "NOT"):
		p.toks = append(p.toks, lexeme{kind: lexNot, off: off})
		p.nots++
		return end, nil
	}
	if k := strings.IndexByte(w, ':'); k > 0 && isASCIILetters(w[:k]) {
		f, ok := lookupField(w[:k])
		if !ok {
			e := p.errAt(off, fmt.Sprintf("unknown field %q", w[:k]))
			if sug := suggestField(w[:k]); sug != "" {
				e.Hint = "did you mean " + sug + "?"
			} else {
				e.Hint = "fields are person, country, place, org, excluded and title"
			}
			return 0, e
		}
		value := w[k+1:]
		if value != "" {
			first, last, err := p.termTokens(off+k+1, value)
			if err != nil {
				return 0, err
			}
			p.toks = append(p.toks, lexeme{kind: lexTerm, off: off, text: value, field: f, tokFirst: first, tokLast: last})
			return end, nil
		}
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			if isQuote(r) {
				text, first, last, after, err := p.lexPhrase(end)
				if err != nil {
					return 0, err
				}
				p.toks = append(p.toks, lexeme{kind: lexTerm, off: off, text: text, field: f, tokFirst: first, tokLast: last})
				return after, nil
			}
			if r == '(' {
				e := p.errAt(end, fmt.Sprintf("%s: applies to one word or \"quoted phrase\", not to parentheses", f))
				e.Hint = fmt.Sprintf("write (%s:A OR %s:B)", f, f)
				return 0, e
			}
		}
		return 0, p.errAt(end, fmt.Sprintf("expected a word or \"quoted phrase\" after %s:", w[:k]))
	}
	first, last, err := p.termTokens(off, w)
	if err != nil {
		return 0, err
	}
	p.toks = append(p.toks, lexeme{kind: lexTerm, off: off, text: w, tokFirst: first, tokLast: last})
	return end, nil
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// suggestField returns the field name closest to a mistyped one, or "".
func suggestField(name string) string {
	name = strings.ToLower(name)
	best, bestD := "", 3
	try := func(cand string, f Field) {
		if d := editDistance(name, cand); d < bestD {
			best, bestD = fieldNames[f], d
		}
	}
	for f := FieldPerson; f < numFields; f++ {
		try(fieldNames[f], f)
	}
	for a, f := range fieldAliases {
		try(a, f)
	}
	return best
}

// editDistance is the Levenshtein distance between two short ASCII strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// hasGenerators reports whether n (or NOT n, when neg) has generators: a
// set of its terms of which at least one must be present for it to be
// true. An expression without them ("-Ukraine", "Lavrov OR -Ukraine")
// would match almost every story. The Index chooses which set to file it
// under (see Index.anchorPaths).
func hasGenerators(n *Node, neg bool) bool {
	switch n.Op {
	case OpTerm:
		return !neg
	case OpNot:
		return hasGenerators(n.Kids[0], !neg)
	}
	// AND, or OR under negation (De Morgan), needs one child's set; OR, or
	// AND under negation, needs every child's.
	if (n.Op == OpAnd) != neg {
		for _, k := range n.Kids {
			if hasGenerators(k, neg) {
				return true
			}
		}
		return false
	}
	for _, k := range n.Kids {
		if !hasGenerators(k, neg) {
			return false
		}
	}
	return true
}
