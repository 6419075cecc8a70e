package alerts

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseCanonical(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`Lavrov`, `Lavrov`},
		{`lavrov blinken`, `lavrov blinken`},
		{`Lavrov AND Blinken`, `Lavrov Blinken`},
		{`Lavrov and Blinken or Rubio`, `Lavrov Blinken OR Rubio`},
		{`Lavrov (Blinken OR Rubio)`, `Lavrov (Blinken OR Rubio)`},
		{`(Lavrov AND Blinken) AND Rubio`, `Lavrov Blinken Rubio`},
		{`(a OR b) or (c OR d)`, `a OR b OR c OR d`},
		{`Lavrov -Ukraine`, `Lavrov -Ukraine`},
		{`Lavrov not Ukraine`, `Lavrov -Ukraine`},
		{`Lavrov NOT (Ukraine OR Kyiv)`, `Lavrov -(Ukraine OR Kyiv)`},
		{`"peace talks"   country:"Saudi   Arabia"`, `"peace talks" country:"Saudi Arabia"`},
		{`“peace talks” Riyadh`, `"peace talks" Riyadh`},
		{`person:Lavrov place:Riyadh excluded:Ukraine`, `person:Lavrov place:Riyadh excluded:Ukraine`},
		{`PERSON:Lavrov`, `person:Lavrov`},
		{`people:Lavrov organisation:NATO`, `person:Lavrov org:NATO`},
		{`title:summit`, `title:summit`},
		{`US-Russia`, `US-Russia`},
		{`"Lavrov"`, `Lavrov`},
		{`"and" Lavrov`, `"and" Lavrov`},
		{`"-x" Lavrov`, `"-x" Lavrov`},
		{`"a:b" Lavrov`, `"a:b" Lavrov`},
		{`10:30 meeting`, `10:30 meeting`},
		{`person:a:b person:-x person:NOT`, `person:a:b person:-x person:NOT`},
		{`NOT NOT Lavrov`, `--Lavrov`},
		{`-person:Lavrov Rubio`, `-person:Lavrov Rubio`},
		{`a OR b c`, `a OR b c`},
		{`(a OR b) (c OR d)`, `(a OR b) (c OR d)`},
		{`Lavrov OR NOT (NOT Ukraine)`, `Lavrov OR --Ukraine`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			e, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if utf8.RuneCountInString(e.String()) > utf8.RuneCountInString(tt.in) {
				t.Errorf("canonical form %q is longer than the input", e.String())
			}
			if got := e.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			back, err := Parse(e.String())
			if err != nil {
				t.Fatalf("reparse %q: %v", e.String(), err)
			}
			if !back.Equal(e) {
				t.Errorf("reparse of %q is not equal", e.String())
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want string // UserMessage
		kind error
	}{
		{`Lavrov AND "peace`, `unclosed quote at column 12 (end the phrase with ")`, ErrSyntax},
		{`Lavrov AND`, `expected a term after AND at column 11`, ErrSyntax},
		{`Lavrov AND )`, `expected a term after AND at column 12`, ErrSyntax},
		{`Lavrov OR OR Rubio`, `expected a term after OR at column 11`, ErrSyntax},
		{`OR Lavrov`, `expected a term before OR at column 1`, ErrSyntax},
		{`Lavrov NOT`, `expected a term after NOT at column 11`, ErrSyntax},
		{`Lavrov - Ukraine`, `expected a term after "-" at column 9 (write -word with no space to exclude a word)`, ErrSyntax},
		{`persn:Lavrov`, `unknown field "persn" at column 1 (did you mean person?)`, ErrSyntax},
		{`Rubio contry:Iran`, `unknown field "contry" at column 7 (did you mean country?)`, ErrSyntax},
		{`xyzzy:Iran`, `unknown field "xyzzy" at column 1 (fields are person, country, place, org, excluded and title)`, ErrSyntax},
		{`person: Lavrov`, `expected a word or "quoted phrase" after person: at column 8`, ErrSyntax},
		{`person:(Lavrov OR Rubio)`, `person: applies to one word or "quoted phrase", not to parentheses at column 8 (write (person:A OR person:B))`, ErrSyntax},
		{`(Lavrov OR Rubio`, `unclosed parenthesis at column 1 (add ")")`, ErrSyntax},
		{`Lavrov)`, `unexpected ")" at column 7 (no "(" opens it)`, ErrSyntax},
		{`Lavrov ()`, `empty parentheses at column 8`, ErrSyntax},
		{`Lavrov ""`, `empty quotes at column 8`, ErrSyntax},
		{`Lavrov !!!`, `"!!!" has no letters or digits to match at column 8`, ErrSyntax},
		{``, `the expression is empty; type a word, a "quoted phrase" or field:value at column 1`, ErrSyntax},
		{`   `, `the expression is empty; type a word, a "quoted phrase" or field:value at column 1`, ErrSyntax},
		{`-Ukraine`, `every word of this alert is negated or optional, so it would match almost every story (add a word that must appear, e.g. Lavrov -Ukraine)`, ErrMatchesEverything},
		{`NOT Ukraine AND NOT Russia`, `every word of this alert is negated or optional, so it would match almost every story (add a word that must appear, e.g. Lavrov -Ukraine)`, ErrMatchesEverything},
		{`Lavrov OR -Ukraine`, `every word of this alert is negated or optional, so it would match almost every story (add a word that must appear, e.g. Lavrov -Ukraine)`, ErrMatchesEverything},
		{`NOT (Lavrov AND Rubio)`, `every word of this alert is negated or optional, so it would match almost every story (add a word that must appear, e.g. Lavrov -Ukraine)`, ErrMatchesEverything},
		{`((((((a))))))`, `too deeply nested: at most 5 levels of parentheses at column 6`, ErrTooDeep},
		{strings.Repeat("a ", 21), `too many terms: an alert may have at most 20 words or phrases at column 41`, ErrTooManyTerms},
		{strings.Repeat(`"aaa bbbb"`, 20), `written out with spaces the expression is 219 characters long; the most allowed is 200`, ErrTooLong},
		{strings.Repeat("é", 201), `the expression is 201 characters long; the most allowed is 200, so it is cut off at column 201`, ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Parse(tt.in)
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) error = %v, want *SyntaxError", tt.in, err)
			}
			if got := se.UserMessage(); got != tt.want {
				t.Errorf("UserMessage() =\n  %s\nwant\n  %s", got, tt.want)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %v is not %v", err, tt.kind)
			}
			if !strings.HasPrefix(err.Error(), "alerts: ") {
				t.Errorf("Error() = %q lacks the package prefix", err.Error())
			}
			if se.Column > 0 && se.Column != column(tt.in, se.Offset) {
				t.Errorf("Column %d disagrees with Offset %d", se.Column, se.Offset)
			}
		})
	}
}

func TestParseAcceptsDoubleNegationAsRequired(t *testing.T) {
	// NOT (NOT a) requires a; NOT (a OR b) AND c requires c.
	for _, s := range []string{`NOT NOT Lavrov`, `NOT (Lavrov OR Rubio) Blinken`, `NOT (NOT a OR NOT b)`} {
		if err := Validate(s); err != nil {
			t.Errorf("Validate(%q) = %v, want nil", s, err)
		}
	}
}

func TestLimitsAtBoundary(t *testing.T) {
	if err := Validate(strings.Repeat("é", MaxExpressionLength)); err != nil {
		t.Errorf("200-character expression rejected: %v", err)
	}
	if err := Validate(strings.TrimSpace(strings.Repeat("a ", MaxTerms))); err != nil {
		t.Errorf("%d terms rejected: %v", MaxTerms, err)
	}
	if err := Validate("(((((a)))))"); err != nil {
		t.Errorf("depth %d rejected: %v", MaxDepth, err)
	}
	if err := CheckAlertCount(MaxAlertsPerUser - 1); err != nil {
		t.Errorf("CheckAlertCount(24) = %v", err)
	}
	err := CheckAlertCount(MaxAlertsPerUser)
	if !errors.Is(err, ErrTooManyAlerts) || !strings.Contains(err.Error(), "25") {
		t.Errorf("CheckAlertCount(25) = %v", err)
	}
}

func TestTermsAndTokens(t *testing.T) {
	e, err := Parse(`person:"Volodymyr Zelenskyy" OR Zelensky's -country:"Saudi Arabia"`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, term := range e.Terms() {
		got = append(got, term.Field.String()+"="+strings.Join(term.Tokens(), "_"))
	}
	want := "person=volodymyr_zelenski |=zelenski |country=saudi_arabia"
	if strings.Join(got, " |") != want {
		t.Errorf("terms = %q, want %q", strings.Join(got, " |"), want)
	}
}

// FuzzParse checks that Parse never panics, that errors carry a valid
// position, and that the canonical form of a parsed expression parses back
// to an equal expression with the same canonical form.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`Lavrov`, `person:Lavrov -excluded:Ukraine`, `"peace talks" (Riyadh OR Jeddah)`,
		`country:"Saudi Arabia" AND NOT (Iran OR "Hezbollah")`, `a and b or not c`,
		`“curly” quotes`, `((a))`, `-"x y"`, `10:30`, `a:b`, `person:`, `"unclosed`, `(a`,
		`NOT NOT a`, `-(-a)`, `Zelenskyy Straße`, "a\x00b", "\xff", `title:"-x"`, `person:NOT`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) returned %T, want *SyntaxError", s, err)
			}
			if se.Offset < 0 || se.Offset > len(s) || se.Column < 0 || se.Column > utf8.RuneCountInString(s)+1 {
				t.Fatalf("Parse(%q): bad position offset=%d column=%d", s, se.Offset, se.Column)
			}
			if se.Msg == "" {
				t.Fatalf("Parse(%q): empty message", s)
			}
			return
		}
		for _, term := range e.Terms() {
			if want := Tokens(term.Text); !slices.Equal(term.Tokens(), want) {
				t.Fatalf("Parse(%q): term %q has tokens %q, want %q", s, term.Text, term.Tokens(), want)
			}
		}
		c := e.String()
		back, err := Parse(c)
		if err != nil {
			t.Fatalf("canonical %q of %q does not parse: %v", c, s, err)
		}
		if !back.Equal(e) {
			t.Fatalf("canonical %q of %q parses to a different expression", c, s)
		}
		if utf8.RuneCountInString(c) > MaxExpressionLength {
			t.Fatalf("canonical %q of %q is over the length limit", c, s)
		}
		if back.String() != c {
			t.Fatalf("canonical form not stable: %q -> %q", c, back.String())
		}
	})
}

// TestParseResultsSurviveReuse parses many expressions with the pooled
// parser and checks afterwards that none of the kept results changed.
func TestParseResultsSurviveReuse(t *testing.T) {
	g := newRandomDocExpr(11)
	type kept struct {
		e      *Expr
		canon  string
		tokens [][]string
	}
	var all []kept
	for len(all) < 2000 {
		e, err := Parse(g.expr(3))
		if err != nil {
			continue
		}
		k := kept{e: e, canon: e.String()}
		for _, term := range e.Terms() {
			k.tokens = append(k.tokens, slices.Clone(term.Tokens()))
		}
		all = append(all, k)
	}
	for _, k := range all {
		if got := k.e.String(); got != k.canon {
			t.Fatalf("expression changed after later parses: %q, was %q", got, k.canon)
		}
		for i, term := range k.e.Terms() {
			if !slices.Equal(term.Tokens(), k.tokens[i]) || !slices.Equal(term.Tokens(), Tokens(term.Text)) {
				t.Fatalf("%q: term %q tokens %q, were %q", k.canon, term.Text, term.Tokens(), k.tokens[i])
			}
		}
	}
}

func TestParseAllocs(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("coverage instrumentation and the race detector change allocation counts")
	}
	const expr = `country:"Saudi Arabia" (Lavrov OR "Marco Rubio") -excluded:Ukraine`
	Parse(expr) // warm the pool
	n := testing.AllocsPerRun(200, func() {
		if _, err := Parse(expr); err != nil {
			t.Fatal(err)
		}
	})
	// Expr, token bytes, token strings, nodes, terms, child lists.
	if n > 6 {
		t.Errorf("Parse allocates %v times, want at most 6", n)
	}
}
