package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxExpressionLen is the longest alert expression accepted, in characters.
const MaxExpressionLen = 200

// validateExpression checks an alert expression and returns an error whose
// message is meant for the user, with the 1-based character position.
//
// Stand-in until package alerts exposes alerts.Validate: it accepts the
// syntax of issue 6 (words, "quoted phrases", AND / OR / NOT or a - prefix,
// parentheses, fields person: country: place: excluded:) and rejects an
// expression that only excludes. Swap its body for alerts.Validate when
// that compiles; callers do not change.
func validateExpression(expr string) error {
	if !utf8.ValidString(expr) {
		return fmt.Errorf("the expression is not valid text")
	}
	if strings.TrimSpace(expr) == "" {
		return fmt.Errorf("the expression is empty; try a word such as Lavrov or person:Lavrov")
	}
	if n := utf8.RuneCountInString(expr); n > MaxExpressionLen {
		return fmt.Errorf("the expression is %d characters long; the limit is %d", n, MaxExpressionLen)
	}
	p := &exprParser{src: []rune(expr)}
	positive, err := p.or(0)
	if err != nil {
		return err
	}
	if p.skip(); p.pos < len(p.src) {
		return p.errorf("unexpected %q", string(p.src[p.pos]))
	}
	if !positive {
		return fmt.Errorf("the expression only excludes words; add at least one word that must appear")
	}
	return nil
}

var exprFields = map[string]bool{"person": true, "country": true, "place": true, "excluded": true}

type exprParser struct {
	src []rune
	pos int
}

func (p *exprParser) errorf(format string, args ...any) error {
	return fmt.Errorf("at position %d: %s", p.pos+1, fmt.Sprintf(format, args...))
}

func (p *exprParser) skip() {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
}

// keyword reports whether the upper-case operator kw comes next as a whole word.
func (p *exprParser) keyword(kw string) bool {
	p.skip()
	end := p.pos + len(kw)
	if end > len(p.src) || string(p.src[p.pos:end]) != kw {
		return false
	}
	return end == len(p.src) || unicode.IsSpace(p.src[end]) || p.src[end] == '(' || p.src[end] == '"'
}

const maxExprDepth = 20

// or parses and ("OR" and)*; it reports whether every branch requires a word.
func (p *exprParser) or(depth int) (bool, error) {
	positive, err := p.and(depth)
	if err != nil {
		return false, err
	}
	for p.keyword("OR") {
		p.pos += 2
		pos, err := p.and(depth)
		if err != nil {
			return false, err
		}
		positive = positive && pos
	}
	return positive, nil
}

// and parses unary (["AND"] unary)*; it reports whether any part requires a word.
func (p *exprParser) and(depth int) (bool, error) {
	positive, err := p.unary(depth)
	if err != nil {
		return false, err
	}
	for {
		p.skip()
		if p.pos >= len(p.src) || p.src[p.pos] == ')' || p.keyword("OR") {
			return positive, nil
		}
		if p.keyword("AND") {
			p.pos += 3
		}
		pos, err := p.unary(depth)
		if err != nil {
			return false, err
		}
		positive = positive || pos
	}
}

func (p *exprParser) unary(depth int) (bool, error) {
	p.skip()
	if p.keyword("NOT") {
		p.pos += 3
		_, err := p.unary(depth)
		return false, err
	}
	if p.pos < len(p.src) && p.src[p.pos] == '-' {
		p.pos++
		if p.pos >= len(p.src) || unicode.IsSpace(p.src[p.pos]) {
			return false, p.errorf("- must be followed by a word, as in -Ukraine")
		}
		_, err := p.unary(depth)
		return false, err
	}
	return p.primary(depth)
}

func (p *exprParser) primary(depth int) (bool, error) {
	p.skip()
	if p.pos >= len(p.src) {
		return false, p.errorf("a word is missing at the end")
	}
	switch r := p.src[p.pos]; {
	case r == '(':
		if depth >= maxExprDepth {
			return false, p.errorf("too many nested parentheses")
		}
		open := p.pos
		p.pos++
		positive, err := p.or(depth + 1)
		if err != nil {
			return false, err
		}
		p.skip()
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			p.pos = open
			return false, p.errorf("this parenthesis is never closed")
		}
		p.pos++
		return positive, nil
	case r == ')':
		return false, p.errorf("unexpected )")
	case r == '"' || r == '“':
		return true, p.phrase()
	}
	for _, kw := range []string{"AND", "OR"} {
		if p.keyword(kw) {
			return false, p.errorf("%s needs a word before it", kw)
		}
	}
	start := p.pos
	for p.pos < len(p.src) {
		r := p.src[p.pos]
		if unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' || r == '“' {
			break
		}
		if r == ':' {
			name := strings.ToLower(string(p.src[start:p.pos]))
			if !exprFields[name] {
				p.pos = start
				return false, p.errorf("unknown field %q (use person:, country:, place: or excluded:)", name)
			}
			p.pos++
			if p.pos < len(p.src) && (p.src[p.pos] == '"' || p.src[p.pos] == '“') {
				return true, p.phrase()
			}
			if p.pos >= len(p.src) || unicode.IsSpace(p.src[p.pos]) || p.src[p.pos] == '(' || p.src[p.pos] == ')' {
				return false, p.errorf("%s: needs a value, as in %s:Lavrov", name, name)
			}
			start = p.pos
			continue
		}
		p.pos++
	}
	if !strings.ContainsFunc(string(p.src[start:p.pos]), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		p.pos = start
		return false, p.errorf("%q is not a word", string(p.src[start:max(start+1, min(p.pos, len(p.src)))]))
	}
	return true, nil
}

func (p *exprParser) phrase() error {
	open := p.pos
	p.pos++
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] != '"' && p.src[p.pos] != '”' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		p.pos = open
		return p.errorf("this quote is never closed")
	}
	if strings.TrimSpace(string(p.src[start:p.pos])) == "" {
		p.pos = open
		return p.errorf("empty quotes")
	}
	p.pos++
	return nil
}

// MaxMute is the longest /alert mute.
const MaxMute = 30 * 24 * time.Hour

// parseMute parses a mute duration: Go durations ("90m", "1h30m") plus days
// and weeks ("2d", "1w"); "0", "off" and "none" unmute.
func parseMute(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "0", "off", "none", "unmute":
		return 0, nil
	case "":
		return 0, fmt.Errorf("give a duration such as 30m, 2h, 1d or 1w")
	}
	var total time.Duration
	rest := s
	for rest != "" {
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		num := rest[:i]
		for i < len(rest) && rest[i] == ' ' {
			i++
		}
		j := i
		for j < len(rest) && rest[j] >= 'a' && rest[j] <= 'z' {
			j++
		}
		if num == "" || j == i {
			return 0, fmt.Errorf("%q is not a duration; use e.g. 30m, 2h, 1d or 1w", s)
		}
		n, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration; use e.g. 30m, 2h, 1d or 1w", s)
		}
		var unit time.Duration
		switch rest[i:j] {
		case "m", "min", "mins", "minute", "minutes":
			unit = time.Minute
		case "h", "hr", "hrs", "hour", "hours":
			unit = time.Hour
		case "d", "day", "days":
			unit = 24 * time.Hour
		case "w", "wk", "week", "weeks":
			unit = 7 * 24 * time.Hour
		default:
			return 0, fmt.Errorf("unknown unit %q in %q; use m, h, d or w", rest[i:j], s)
		}
		if n > float64(MaxMute/unit)+1 {
			return 0, fmt.Errorf("%s is longer than the %d days allowed", s, int(MaxMute.Hours()/24))
		}
		total += time.Duration(n * float64(unit))
		rest = strings.TrimSpace(rest[j:])
	}
	if total > MaxMute {
		return 0, fmt.Errorf("%s is longer than the %d days allowed", s, int(MaxMute.Hours()/24))
	}
	if total < time.Minute {
		return 0, fmt.Errorf("%s is too short; the shortest mute is 1m", s)
	}
	return total, nil
}
