// Package nextstep owns the learned next-step reader: a small logistic
// regression that scores a candidate next step of an article (a date the
// engine found that lies after the publication day, in its sentence) by
// how the date stands to the publication day, the event the engine
// anchored to it, the tense of its clause, the words before and after
// it (future markers: "will", "due to", "agreed to meet"; hedges:
// "could", "if", "hoped"), and where its sentence stands.
//
// The engine's rules read the Next bullet first; the model adds the
// steps they miss. Training is reproducible: `go run
// ./digest/nextstep/cmd/train-next` reads the training quick-look sets
// (every set under digest/evaluate/quicklook), labels each candidate by
// the sets' Next checks, and writes model.tsv, which the package embeds.
package nextstep

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/attache-bot/attache/digest/internal/logreg"
)

// Token is one word or punctuation mark of a sentence, as the engine
// split it.
type Token struct {
	// Low is the token in lower case.
	Low string
	// Punct says the token is punctuation.
	Punct bool
}

// Tense bits of a clause, as the engine reads them (Cand.Tense).
const (
	TPast    uint8 = 1 << iota // "met", "was held"
	TPresent                   // "meets", "is hosting"
	TFuture                    // "will meet", "is due to", "plans to"
	TPerfect                   // "has met"
	TModal                     // "could", "may", "should", "must"
	TNeg                       // "did not", "never"
	TCond                      // "if", "unless", "would"
	TOff                       // called off: "has been postponed"
)

var tenseNames = [8]string{"past", "present", "future", "perfect", "modal", "neg", "cond", "off"}

// Cand is one candidate next step: a date in its sentence.
type Cand struct {
	// Toks are the tokens of the date's sentence; [A, B) the date; C0
	// the first token of the date's clause.
	Toks     []Token
	A, B, C0 int
	// Rel is how the date's value stands to the publication day (Rel).
	Rel string
	// Event is the event the engine anchored to the date ("" none);
	// Step says the engine read it from the date's own clause.
	Event string
	Step  bool
	// Tense is the date's clause's tense and mood (TPast ...).
	Tense uint8
	// Pos is the sentence's place after the lead: 0 the lead, 1 the next
	// two sentences, 2 the three after them, 3 any later one.
	Pos int
	// Phrase is the number of words of the step's phrase the engine
	// would write (0: none it can write cleanly).
	Phrase int
	// The rules' reading: the date is called off (Off), a deadline
	// (Deadline), a goal's time (Goal), the end of the event (Ends).
	Off, Deadline, Goal, Ends bool
	// Items is the number of items the rules listed in the bullet.
	Items int
}

// window sizes: the words read before and after the date.
const (
	before = 12
	after  = 4
)

// futureWords are words of a step to come; hedges of one that may not
// come. Lexicons the features read, no rules: the model weighs them.
var (
	futureWords = wordSet(`will would shall due expected scheduled planned plans plan set agreed agree to
		next upcoming forthcoming intends intend intended aims aim hopes hope hoped invited invite
		reconvene resume return meet meets convene visit travel host hold held sign signing vote review`)
	hedgeWords = wordSet(`could may might if unless possibly perhaps whether unclear hoped hope hopes
		possible likely doubt not never no`)
)

// wordSet returns the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// word is the feature text of a token: its lower case, or "0" for a
// number.
func word(t *Token) string {
	if t.Low != "" && t.Low[0] >= '0' && t.Low[0] <= '9' {
		return "0"
	}
	return t.Low
}

// Features. A candidate gives these features (names by prefix):
//
//	rel:x     how the value stands to the publication day (Rel)
//	ev, noev, ev:x, evlen:n  the engine's event: its head word, its length
//	step      the engine read the event from the date's own clause
//	t:x       each tense bit of the clause
//	pos:n     the sentence's place (Cand.Pos)
//	p1:x p2:x p3:x  the three words before the date ("^" at the start)
//	n1:x n2:x the two words after it ("$" at the end)
//	b:x       each word of the clause before the date (at most 12)
//	fut, hedge  a future marker, a hedge in the clause before the date
//	a:x       each word of the four after the date
//	ph:n      the length of the step's phrase (0 none, 1 short, 2 long)
//	off, deadline, goal, ends  the rules' reading
//	items:n   how many items the rules listed (0, 1-2, 3+)
//	q         the date stands inside quotation marks
//
// Numbers are the word "0".

// AppendFeatures calls emit with every feature of c, each built in buf
// (emit must not keep the bytes), and returns buf for reuse.
func AppendFeatures(c *Cand, buf []byte, emit func([]byte)) []byte {
	put := func(parts ...string) {
		buf = buf[:0]
		for _, s := range parts {
			buf = append(buf, s...)
		}
		emit(buf)
	}
	t := c.Toks
	put("rel:", c.Rel)
	if c.Event == "" {
		put("noev")
	} else {
		put("ev")
		h := c.Event
		for _, p := range [...]string{" in ", " for ", " of ", " on ", " with ", " to ", " between ", " at "} {
			h, _, _ = strings.Cut(h, p)
		}
		if i := strings.LastIndexByte(h, ' '); i >= 0 {
			h = h[i+1:]
		}
		put("ev:", strings.ToLower(h))
		put("evlen:", strconv.Itoa(min(strings.Count(c.Event, " ")+1, 4)))
	}
	if c.Step {
		put("step")
	}
	for b, name := range tenseNames {
		if c.Tense&(1<<b) != 0 {
			put("t:", name)
		}
	}
	put("pos:", strconv.Itoa(min(max(c.Pos, 0), 3)))
	for k, i := 0, c.A-1; k < 3; k, i = k+1, i-1 {
		w := "^"
		if i >= 0 {
			w = word(&t[i])
		}
		put([3]string{"p1:", "p2:", "p3:"}[k], w)
	}
	for k, i := 0, c.B; k < 2; k, i = k+1, i+1 {
		w := "$"
		if i < len(t) {
			w = word(&t[i])
		}
		put([2]string{"n1:", "n2:"}[k], w)
	}
	fut, hedge, q := false, false, false
	for i := max(0, c.C0, c.A-before); i < c.A; i++ {
		if t[i].Punct {
			continue
		}
		w := word(&t[i])
		put("b:", w)
		fut = fut || futureWords[w]
		hedge = hedge || hedgeWords[w]
	}
	for i := 0; i < c.A; i++ {
		if l := t[i].Low; l == "\"" || l == "“" || l == "”" {
			q = !q
		}
	}
	if fut {
		put("fut")
	}
	if hedge {
		put("hedge")
	}
	if q {
		put("q")
	}
	for i := c.B; i < len(t) && i < c.B+after; i++ {
		if t[i].Punct {
			break
		}
		put("a:", word(&t[i]))
	}
	switch {
	case c.Phrase == 0:
		put("ph:0")
	case c.Phrase <= 8:
		put("ph:1")
	default:
		put("ph:2")
	}
	for k, on := range [4]bool{c.Off, c.Deadline, c.Goal, c.Ends} {
		if on {
			put([4]string{"off", "deadline", "goal", "ends"}[k])
		}
	}
	switch {
	case c.Items == 0:
		put("items:0")
	case c.Items <= 2:
		put("items:1")
	default:
		put("items:3")
	}
	return buf
}

// Rel names how TimeML value v stands to the publication day dct
// (YYYY-MM-DD): a day ahead ("d+1"), within a week ("dweek"), within a
// month ("dmonth"), further ("dfar"); a week ("week"); the same month
// ("msame"), the next ("mnext"), a later one this year or early next
// ("mlater"), further ("mfar"); a part of a year ("ypart"), the same year
// ("ysame"), the next ("ynext"), further ("yfar"); a span ("span"),
// "future"; else "other".
func Rel(v, dct string) string {
	if v == "FUTURE_REF" {
		return "future"
	}
	if strings.HasPrefix(v, "P") {
		return "span"
	}
	p, err := time.Parse("2006-01-02", dct[:min(len(dct), 10)])
	if err != nil || len(v) < 4 {
		return "other"
	}
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil {
			return "other"
		}
		switch n := int(t.Sub(p).Hours() / 24); {
		case n <= 0:
			return "dpast"
		case n == 1:
			return "d+1"
		case n <= 7:
			return "dweek"
		case n <= 31:
			return "dmonth"
		default:
			return "dfar"
		}
	case len(v) >= 8 && v[5] == 'W':
		return "week"
	case len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9':
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return "other"
		}
		m := (t.Year()-p.Year())*12 + int(t.Month()) - int(p.Month())
		switch {
		case m <= 0:
			return "msame"
		case m == 1:
			return "mnext"
		case m <= 6:
			return "mlater"
		default:
			return "mfar"
		}
	case len(v) > 4:
		return "ypart"
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return "other"
	}
	switch y - p.Year() {
	case 0:
		return "ysame"
	case 1:
		return "ynext"
	}
	return "yfar"
}

// FeatureNames calls emit with the name of every feature of c; Score
// weighs the same features.
func FeatureNames(c *Cand, emit func(name string)) {
	AppendFeatures(c, nil, func(b []byte) { emit(string(b)) })
}

// Model is a trained next-step model. The zero Model scores every
// candidate 0.5.
type Model struct {
	wts logreg.Weights
	// Threshold is the probability from which the engine lists a
	// candidate (chosen by leave-one-set-out cross validation, see
	// cmd/train-next).
	Threshold float64
}

// Scratch is the working memory of Score, kept by the caller between
// calls so that scoring allocates nothing.
type Scratch struct {
	buf []byte
}

// Score returns the model's probability that c is a next step of the
// story.
func (m *Model) Score(c *Cand, sc *Scratch) float64 {
	z := m.wts.Bias
	sc.buf = AppendFeatures(c, sc.buf, func(b []byte) { z += m.wts.W[string(b)] })
	return logreg.Sigmoid(float64(z))
}

// ScoreNames returns the model's probability for a candidate with the
// named features (FeatureNames): what Score returns for it.
func (m *Model) ScoreNames(names []string) float64 { return m.wts.ScoreNames(names) }

//go:embed model.tsv
var shipped string

// Shipped loads the embedded model.
func Shipped() (*Model, error) { return Parse(shipped) }

// ShippedText is the embedded model's text (model.tsv).
func ShippedText() string { return shipped }

// modelName is the comment line of model.tsv.
const modelName = "next-step model (go run ./digest/nextstep/cmd/train-next)"

// Parse reads a model written by Train (logreg.Model.Format): "bias" and
// "threshold" lines, then one line per feature, its name (see
// FeatureNames) and weight separated by a tab.
func Parse(s string) (*Model, error) {
	lm, err := logreg.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("nextstep: %w", err)
	}
	return &Model{wts: lm.Weights, Threshold: lm.Threshold}, nil
}

// Example is one labeled candidate of the training data: its features
// (FeatureNames) and whether it is a next step by the article's checks.
type Example = logreg.Example

// TrainOptions are the training hyper-parameters (logreg.Options).
type TrainOptions = logreg.Options

// Train fits the next-step model to ex (logreg.Train) and returns it and
// its text, features sorted by name.
func Train(ex []Example, o TrainOptions) (*Model, string) {
	text := logreg.Train(ex, o).Format(modelName)
	m, err := Parse(text)
	if err != nil {
		panic(err) // (Format writes only what Parse reads)
	}
	return m, text
}
