package alerts

import (
	"fmt"
	"strings"
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

type parser struct {
	src   string
	toks  []lexeme
	pos   int
	depth int
	terms int
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
	p := &parser{src: s}
	if err := p.lex(); err != nil {
		return nil, err
	}
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
	if _, ok := generators(root, false, nil); !ok {
		return nil, &SyntaxError{Kind: ErrMatchesEverything, Column: 0,
			Msg:  "every word of this alert is negated or optional, so it would match almost every story",
			Hint: "add a word that must appear, e.g. Lavrov -Ukraine"}
	}
	e := &Expr{root: root, terms: p.terms}
	if n := utf8.RuneCountInString(e.String()); n > MaxExpressionLength {
		// Only input that runs terms together ("a(b)c") grows when written
		// out; the limit holds for the canonical form so that it parses back.
		return nil, &SyntaxError{Kind: ErrTooLong,
			Msg: fmt.Sprintf("written out with spaces the expression is %d characters long; the most allowed is %d", n, MaxExpressionLength)}
	}
	return e, nil
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
	first, err := p.parseAnd()
	if err != nil {
		return nil, err
	}
	kids := []*Node{first}
	for p.peek().kind == lexOr {
		op := p.next()
		if t := p.peek(); !startsUnary(t.kind) {
			return nil, p.expectedAfter(op, t)
		}
		k, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		kids = append(kids, k)
	}
	return join(OpOr, kids), nil
}

func (p *parser) parseAnd() (*Node, error) {
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	kids := []*Node{first}
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
		kids = append(kids, k)
	}
	return join(OpAnd, kids), nil
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
		return &Node{Op: OpNot, Kids: []*Node{k}}, nil
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
		return &Node{Op: OpTerm, Term: &Term{Field: t.field, Text: t.text, tokens: Tokens(t.text)}}, nil
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

// join builds an n-ary node, splicing children of the same operator so the
// tree stays flat and its String form round-trips.
func join(op Op, kids []*Node) *Node {
	if len(kids) == 1 {
		return kids[0]
	}
	flat := make([]*Node, 0, len(kids))
	for _, k := range kids {
		if k.Op == op {
			flat = append(flat, k.Kids...)
		} else {
			flat = append(flat, k)
		}
	}
	return &Node{Op: op, Kids: flat}
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
			text, end, err := p.lexPhrase(i)
			if err != nil {
				return err
			}
			p.toks = append(p.toks, lexeme{kind: lexTerm, off: i, text: text})
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
// its text (spaces collapsed) and the offset after the closing quote.
func (p *parser) lexPhrase(off int) (string, int, error) {
	s := p.src
	_, qsize := utf8.DecodeRuneInString(s[off:])
	for j := off + qsize; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isQuote(r) {
			text := strings.Join(strings.Fields(s[off+qsize:j]), " ")
			if text == "" {
				return "", 0, p.errAt(off, "empty quotes")
			}
			if err := p.checkTokens(off, text); err != nil {
				return "", 0, err
			}
			return text, j + size, nil
		}
		j += size
	}
	e := p.errAt(off, "unclosed quote")
	e.Hint = `end the phrase with "`
	return "", 0, e
}

// checkTokens rejects a term with nothing to match.
func (p *parser) checkTokens(off int, text string) error {
	if len(Tokens(text)) == 0 {
		return p.errAt(off, fmt.Sprintf("%q has no letters or digits to match", text))
	}
	return nil
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
			if err := p.checkTokens(off+k+1, value); err != nil {
				return 0, err
			}
			p.toks = append(p.toks, lexeme{kind: lexTerm, off: off, text: value, field: f})
			return end, nil
		}
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			if isQuote(r) {
				text, after, err := p.lexPhrase(end)
				if err != nil {
					return 0, err
				}
				p.toks = append(p.toks, lexeme{kind: lexTerm, off: off, text: text, field: f})
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
	if err := p.checkTokens(off, w); err != nil {
		return 0, err
	}
	p.toks = append(p.toks, lexeme{kind: lexTerm, off: off, text: w})
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

// generators returns term nodes of which at least one must match for n (or
// NOT n, when neg) to be true, appended to acc; ok is false when there is no
// such set (the expression can be true with none of its words present).
// For AND the smallest child set is chosen: fewer candidates to evaluate.
func generators(n *Node, neg bool, acc []*Node) ([]*Node, bool) {
	switch n.Op {
	case OpTerm:
		if neg {
			return acc, false
		}
		return append(acc, n), true
	case OpNot:
		return generators(n.Kids[0], !neg, acc)
	}
	// AND, or OR under negation (De Morgan), needs one child's set; OR, or
	// AND under negation, needs every child's.
	if (n.Op == OpAnd) != neg {
		var best []*Node
		found := false
		for _, k := range n.Kids {
			g, ok := generators(k, neg, nil)
			if ok && (!found || len(g) < len(best)) {
				best, found = g, true
			}
		}
		return append(acc, best...), found
	}
	for _, k := range n.Kids {
		var ok bool
		if acc, ok = generators(k, neg, acc); !ok {
			return acc, false
		}
	}
	return acc, true
}
