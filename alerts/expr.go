package alerts

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on alerts and their expressions.
const (
	// MaxAlertsPerUser is how many alerts one user may have.
	MaxAlertsPerUser = 25
	// MaxExpressionLength is the longest expression, in characters (runes).
	MaxExpressionLength = 200
	// MaxDepth is the deepest nesting of parentheses.
	MaxDepth = 5
	// MaxTerms is the most words and phrases one expression may hold.
	MaxTerms = 20
)

// Sentinel errors; a *SyntaxError wraps one of them, so callers can test the
// kind of a failure with errors.Is.
var (
	// ErrSyntax is a malformed expression.
	ErrSyntax = errors.New("alerts: syntax error")
	// ErrTooLong is an expression over MaxExpressionLength characters.
	ErrTooLong = errors.New("alerts: expression too long")
	// ErrTooDeep is an expression nested deeper than MaxDepth.
	ErrTooDeep = errors.New("alerts: expression nested too deeply")
	// ErrTooManyTerms is an expression with more than MaxTerms terms.
	ErrTooManyTerms = errors.New("alerts: too many terms")
	// ErrMatchesEverything is an expression without any required word, such
	// as "-Ukraine" or "Lavrov OR -Ukraine", which would match almost every
	// story.
	ErrMatchesEverything = errors.New("alerts: expression matches almost everything")
	// ErrTooManyAlerts means a user already has MaxAlertsPerUser alerts.
	ErrTooManyAlerts = errors.New("alerts: too many alerts")
)

// SyntaxError describes why an expression was rejected and where.
type SyntaxError struct {
	// Offset is the byte offset of the problem in the expression.
	Offset int
	// Column is the 1-based character (rune) column of the problem, or 0
	// when the problem is the expression as a whole.
	Column int
	// Msg says what is wrong, without the position ("unclosed quote").
	Msg string
	// Hint is an optional suggestion ("did you mean person?").
	Hint string
	// Kind is the sentinel error this one wraps (ErrSyntax, ErrTooLong, ...).
	Kind error
}

// UserMessage is the message to show the user, e.g.
// `unknown field "persn" at column 1 (did you mean person?)`.
func (e *SyntaxError) UserMessage() string {
	s := e.Msg
	if e.Column > 0 {
		s = fmt.Sprintf("%s at column %d", e.Msg, e.Column)
	}
	if e.Hint != "" {
		s += " (" + e.Hint + ")"
	}
	return s
}

// Error implements error: "alerts: " followed by UserMessage.
func (e *SyntaxError) Error() string { return "alerts: " + e.UserMessage() }

// Unwrap returns Kind.
func (e *SyntaxError) Unwrap() error { return e.Kind }

// Field restricts a term to one part of a story.
type Field uint8

// Fields. FieldAny (no prefix) matches the title, the text and every
// extracted fact.
const (
	FieldAny Field = iota
	FieldPerson
	FieldCountry
	FieldPlace
	FieldOrg
	FieldExcluded
	FieldTitle
	numFields
)

var fieldNames = [numFields]string{"", "person", "country", "place", "org", "excluded", "title"}

// fieldAliases are accepted spellings besides the names; String writes the name.
var fieldAliases = map[string]Field{
	"people":       FieldPerson,
	"countries":    FieldCountry,
	"places":       FieldPlace,
	"orgs":         FieldOrg,
	"organization": FieldOrg,
	"organisation": FieldOrg,
}

// String returns the field's name as typed before the colon ("" for FieldAny).
func (f Field) String() string {
	if f < numFields {
		return fieldNames[f]
	}
	return fmt.Sprintf("Field(%d)", uint8(f))
}

// lookupField finds a field by name, case-insensitively.
func lookupField(name string) (Field, bool) {
	name = strings.ToLower(name)
	for f := FieldPerson; f < numFields; f++ {
		if fieldNames[f] == name {
			return f, true
		}
	}
	f, ok := fieldAliases[name]
	return f, ok
}

// Term is one word or quoted phrase, possibly restricted to a field.
type Term struct {
	// Field is where the term must occur.
	Field Field
	// Text is the term as typed, without quotes, runs of spaces collapsed.
	Text string
	// tokens are the normalised tokens of Text; the term matches where they
	// occur consecutively.
	tokens []string
}

// Tokens returns the normalised tokens the term matches, in order.
func (t Term) Tokens() []string { return t.tokens }

// Op is the kind of an expression node.
type Op uint8

// Node kinds.
const (
	OpTerm Op = iota
	OpAnd
	OpOr
	OpNot
)

// Node is one node of a parsed expression: a term, or an operator over
// sub-expressions. AND and OR are n-ary and flattened: an AND never has an
// AND child, an OR never has an OR child.
type Node struct {
	Op Op
	// Term is set when Op is OpTerm.
	Term *Term
	// Kids are the operands: one for OpNot, two or more for OpAnd and OpOr.
	Kids []*Node
}

// Expr is a parsed, validated alert expression. Create it with Parse; it is
// immutable and safe for concurrent use.
type Expr struct {
	root  *Node
	terms int
	nodes int // number of nodes, the length of its compiled program
}

// Root returns the top node of the expression.
func (e *Expr) Root() *Node { return e.root }

// Terms returns every term of the expression in the order written.
func (e *Expr) Terms() []*Term {
	var out []*Term
	var walk func(n *Node)
	walk = func(n *Node) {
		if n.Op == OpTerm {
			out = append(out, n.Term)
			return
		}
		for _, k := range n.Kids {
			walk(k)
		}
	}
	walk(e.root)
	return out
}

// Equal reports whether e and o have the same structure and terms.
func (e *Expr) Equal(o *Expr) bool {
	if e == nil || o == nil {
		return e == o
	}
	return nodeEqual(e.root, o.root)
}

func nodeEqual(a, b *Node) bool {
	if a.Op != b.Op || len(a.Kids) != len(b.Kids) {
		return false
	}
	if a.Op == OpTerm {
		return a.Term.Field == b.Term.Field && a.Term.Text == b.Term.Text
	}
	for i := range a.Kids {
		if !nodeEqual(a.Kids[i], b.Kids[i]) {
			return false
		}
	}
	return true
}

// String returns the canonical form of the expression, for listing:
// adjacent terms for AND, "-" for NOT, upper-case OR, quotes and parentheses
// only where needed, field aliases replaced by field names. It is at most
// MaxExpressionLength characters, and parsing it gives an equal expression.
func (e *Expr) String() string {
	return string(appendNode(make([]byte, 0, 64), e.root))
}

// appendNode appends the canonical form of n to b.
func appendNode(b []byte, n *Node) []byte {
	switch n.Op {
	case OpTerm:
		fielded := n.Term.Field != FieldAny
		if fielded {
			b = append(b, n.Term.Field.String()...)
			b = append(b, ':')
		}
		if needsQuotes(n.Term.Text, fielded) {
			b = append(b, '"')
			b = append(b, n.Term.Text...)
			b = append(b, '"')
		} else {
			b = append(b, n.Term.Text...)
		}
	case OpNot:
		b = append(b, '-')
		k := n.Kids[0]
		if k.Op == OpAnd || k.Op == OpOr {
			b = append(b, '(')
			b = appendNode(b, k)
			b = append(b, ')')
		} else {
			b = appendNode(b, k)
		}
	case OpAnd, OpOr:
		sep := " "
		if n.Op == OpOr {
			sep = " OR "
		}
		for i, k := range n.Kids {
			if i > 0 {
				b = append(b, sep...)
			}
			if n.Op == OpAnd && k.Op == OpOr {
				b = append(b, '(')
				b = appendNode(b, k)
				b = append(b, ')')
			} else {
				b = appendNode(b, k)
			}
		}
	}
	return b
}

// isQuote reports whether r opens or closes a phrase: the straight double
// quote or a typographic double quote, as phone keyboards type them.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// isKeyword reports whether s is an operator word in any case.
func isKeyword(s string) bool {
	return strings.EqualFold(s, "AND") || strings.EqualFold(s, "OR") || strings.EqualFold(s, "NOT")
}

// needsQuotes reports whether text must be quoted to be read back as one
// term. A field value runs to the next space, parenthesis or quote, so it
// may hold ":" and start with "-"; a bare word may not start with "-", be an
// operator, or look like field:value.
func needsQuotes(text string, fielded bool) bool {
	if text == "" {
		return true
	}
	for _, r := range text {
		if unicode.IsSpace(r) || r == '(' || r == ')' || isQuote(r) {
			return true
		}
	}
	if fielded {
		return false
	}
	if text[0] == '-' || isKeyword(text) {
		return true
	}
	k := strings.IndexByte(text, ':')
	return k > 0 && isASCIILetters(text[:k])
}

// Validate reports whether expr is a valid alert expression; the error is a
// *SyntaxError whose UserMessage can be shown as is.
func Validate(expr string) error {
	_, err := Parse(expr)
	return err
}

// CheckAlertCount returns an error wrapping ErrTooManyAlerts, worded for the
// user, when a user who has n alerts may not add another.
func CheckAlertCount(n int) error {
	if n >= MaxAlertsPerUser {
		return fmt.Errorf("%w: you already have %d alerts, the most allowed is %d; remove one with /alert remove first",
			ErrTooManyAlerts, n, MaxAlertsPerUser)
	}
	return nil
}

// column returns the 1-based rune column of byte offset off in s.
func column(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return utf8.RuneCountInString(s[:off]) + 1
}
