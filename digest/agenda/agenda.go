// Package agenda owns the learned agenda reader: a small logistic
// regression that scores candidate topic phrases of an article (short
// noun phrases a simple chunker cuts from its sentences) by the words
// around them, their own words and the sentence they stand in.
//
// The engine's phrase rules read the agenda first; the model adds the
// topics the rules miss, chiefly those an article spreads over several
// sentences ("the return of displaced people is also on the table",
// "officials said electricity sales and tariffs would be discussed").
// Training is reproducible: `go run ./digest/agenda/cmd/train-agenda`
// reads the training quick-look sets (digest/evaluate/quicklook/a..i),
// labels each candidate by the sets' Agenda checks and answer keys, and
// writes model.tsv, which the package embeds.
package agenda

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a sentence, as the engine
// split it.
type Token struct {
	// Low is the token in lower case.
	Low string
	// Cap says the token starts with an upper-case letter.
	Cap bool
	// Punct says the token is punctuation.
	Punct bool
}

// Sentence is one sentence of an article with what the engine knows of
// it; the features of a candidate phrase read it.
type Sentence struct {
	// Toks are the sentence's tokens.
	Toks []Token
	// Pos is the sentence's place after the lead: 0 the lead, 1 the next
	// two sentences, 2 the three after them, 3 any later one.
	Pos int
	// Venue, Date and Party say the sentence names the event's venue, a
	// date, or one of its participants; Rule says the engine's rules took
	// an agenda item from it.
	Venue, Date, Party, Rule bool
}

// Model is a trained agenda model. The zero Model scores every phrase
// 0.5 and has threshold 0.
type Model struct {
	w    map[uint64]float32
	bias float32
	// Threshold is the probability from which the engine lists a phrase
	// (chosen by leave-one-set-out cross validation, see
	// cmd/train-agenda).
	Threshold float64
}

//go:embed model.tsv
var shipped string

// Shipped loads the embedded model.
func Shipped() (*Model, error) {
	return Parse(shipped)
}

// Parse reads a model written by Format: "bias" and "threshold" lines,
// then one line per feature, its name (see FeatureNames) and weight
// separated by a tab.
func Parse(s string) (*Model, error) {
	m := &Model{w: make(map[uint64]float32, strings.Count(s, "\n"))}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		if !ok || name == "" || strings.Contains(val, "\t") {
			return nil, fmt.Errorf("agenda: model line %d: want a name and a weight", n+1)
		}
		v, err := strconv.ParseFloat(val, 32)
		if err != nil {
			return nil, fmt.Errorf("agenda: model line %d: %w", n+1, err)
		}
		switch name {
		case "bias":
			m.bias = float32(v)
		case "threshold":
			m.Threshold = v
		default:
			if !strings.Contains(name, ":") {
				return nil, fmt.Errorf("agenda: model line %d: bad feature %q", n+1, name)
			}
			m.w[nameKey(name)] = float32(v)
		}
	}
	return m, nil
}

// Format writes a model in the form Parse reads: the bias, the
// threshold, and the features' names (FeatureNames) with their weights,
// in the order given.
func Format(bias float32, threshold float64, names []string, weights []float32) string {
	var b strings.Builder
	b.WriteString("# agenda model (go run ./digest/agenda/cmd/train-agenda): feature, then its weight\n")
	b.WriteString("bias\t" + strconv.FormatFloat(float64(bias), 'g', 5, 32) + "\n")
	b.WriteString("threshold\t" + strconv.FormatFloat(threshold, 'g', 4, 64) + "\n")
	for i, n := range names {
		b.WriteString(n + "\t" + strconv.FormatFloat(float64(weights[i]), 'g', 4, 32) + "\n")
	}
	return b.String()
}

// Prob returns the probability that the tokens [a, b) of s name a topic
// of the meeting.
func (m *Model) Prob(s *Sentence, a, b int) float64 {
	z := float64(m.bias)
	eachFeature(s, a, b, func(k uint64, _, _, _ string) {
		z += float64(m.w[k])
	})
	return sigmoid(z)
}

// sigmoid is the logistic function.
func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Features. A candidate phrase [a, b) of a sentence gives these
// features, each named by a prefix and one or two words:
//
//	w:x    each word of the phrase     f:x  its first word  h:x  its last (head)
//	p1:x   the token before it ("^" at the start)  p2:x the one before that
//	pb:x_y those two together          n1:x the token after it ("$" at the end)
//	bw:x   each word of the eight before the phrase
//	aw:x   each word of the three after the token after it
//	len:n  its number of words         cap:all|some|none  its capitals
//	pos:n  the sentence's place (Sentence.Pos)
//	ctx:venue|date|party|rule  what the sentence names (Sentence)
//
// Numbers are the word "0". Prediction hashes the names without building
// them (eachFeature); training builds them (FeatureNames); a name's key is
// the hash of its text (nameKey), so both agree.

// eachFeature calls fn with every feature of the phrase [a, b) of s: its
// key, prefix and words (y empty for a one-word feature).
func eachFeature(s *Sentence, a, b int, fn func(k uint64, prefix, x, y string)) {
	t := s.Toks
	one := func(prefix, x string) { fn(hashMore(hashMore(offset, prefix), x), prefix, x, "") }
	for i := a; i < b; i++ {
		one("w:", word(&t[i]))
	}
	one("f:", word(&t[a]))
	one("h:", word(&t[b-1]))
	p1, p2 := "^", "^"
	if a-1 >= 0 {
		p1 = word(&t[a-1])
	}
	if a-2 >= 0 {
		p2 = word(&t[a-2])
	}
	one("p1:", p1)
	one("p2:", p2)
	fn(hashMore(hashMore(hashMore(hashMore(offset, "pb:"), p2), "_"), p1), "pb:", p2, p1)
	n1 := "$"
	if b < len(t) {
		n1 = word(&t[b])
	}
	one("n1:", n1)
	for i := max(0, a-9); i < a-1; i++ {
		if !t[i].Punct {
			one("bw:", word(&t[i]))
		}
	}
	for i := b + 1; i < min(len(t), b+4); i++ {
		if !t[i].Punct {
			one("aw:", word(&t[i]))
		}
	}
	one("len:", digits[min(b-a, 9)])
	caps := 0
	for i := a; i < b; i++ {
		if t[i].Cap {
			caps++
		}
	}
	switch {
	case caps == b-a:
		one("cap:", "all")
	case caps > 0:
		one("cap:", "some")
	default:
		one("cap:", "none")
	}
	one("pos:", digits[min(max(s.Pos, 0), 9)])
	if s.Venue {
		one("ctx:", "venue")
	}
	if s.Date {
		one("ctx:", "date")
	}
	if s.Party {
		one("ctx:", "party")
	}
	if s.Rule {
		one("ctx:", "rule")
	}
}

var digits = [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// word is the feature text of a token: its lower case, or "0" for a
// number.
func word(t *Token) string {
	if t.Low != "" && t.Low[0] >= '0' && t.Low[0] <= '9' {
		return "0"
	}
	return t.Low
}

// FeatureNames calls emit with the name of every feature of the phrase
// [a, b) of s.
func FeatureNames(s *Sentence, a, b int, emit func(name string)) {
	eachFeature(s, a, b, func(_ uint64, prefix, x, y string) {
		if y != "" {
			emit(prefix + x + "_" + y)
			return
		}
		emit(prefix + x)
	})
}

// offset is the FNV-1a offset basis.
const offset uint64 = 14695981039346656037

// hashMore goes on hashing s (FNV-1a) from state h.
func hashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// nameKey returns the key of a feature name written by FeatureNames.
func nameKey(name string) uint64 { return hashMore(offset, name) }

// Chunks calls fn with every candidate phrase [a, b) of toks: each
// suffix, at most six words long, of every run of words that holds no
// punctuation and no function word (stop); and "X of Y", a run's last
// words joined by "of" to the next run, at most six words in all.
func Chunks(toks []Token, fn func(a, b int)) {
	for i := 0; i < len(toks); {
		if !content(&toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && content(&toks[j]) {
			j++
		}
		for a := max(i, j-6); a < j; a++ {
			fn(a, j)
		}
		// "the return of displaced people"
		if j+1 < len(toks) && toks[j].Low == "of" && content(&toks[j+1]) {
			k := j + 1
			for k < len(toks) && content(&toks[k]) {
				k++
			}
			for a := max(i, j-3); a < j; a++ {
				if k-a <= 6 {
					fn(a, k)
				}
			}
		}
		i = j
	}
}

// content reports whether t may stand in a topic phrase: a word that is no
// function word.
func content(t *Token) bool {
	if t.Punct || t.Low == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.Low); r == '\'' || r == '’' {
		return false // a possessive "'s"
	}
	return !stops[t.Low]
}

// stops are the function words, reporting verbs and auxiliaries that end
// a candidate phrase.
var stops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the this that these those its their his her our my your
	of on in at to for from by with about over under between among into onto upon after before during
	since until while as than through across against around toward towards within without
	and or but nor so yet if whether because although though when where which who whom whose what how why
	is are was were be been being am has have had do does did will would shall should can could may might must
	said says say told tell added according also not no it they he she we you i them him us me there here
	then now just only very more most such other another each every all both any some many much
	including include includes included discuss discussed discussing discusses
	would've it's`) {
		m[w] = true
	}
	return m
}()
