// Package stance owns the learned stance model of reactions: a small
// multinomial logistic regression over the words of one reaction sentence
// (unigrams, bigrams and words under a negation) that says whether the
// speaker is supportive, critical, mixed or neutral about the event.
//
// The engine's rules read stance words and constructions first; the model
// is their fallback for sentences whose stance lies in irony, metaphor or
// consequences ("collecting air miles rather than results", "Haiti is not
// a ward of this council"), which no lexicon lists. Training is
// reproducible: `go run ./digest/stance/cmd/train-stance` reads the
// labeled sentences under digest/stance/data and writes model.tsv, which
// the package embeds.
package stance

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels are the classes in the model's order.
var Labels = [NumClasses]string{"neutral", "supportive", "critical", "mixed"}

// NumClasses is the number of stance classes.
const NumClasses = 4

// Weights are one feature's weights, one per class.
type Weights [NumClasses]float32

// Model is a trained stance model. The zero Model predicts "neutral".
type Model struct {
	w    map[uint64]Weights
	bias Weights
	// Threshold is the probability a stand (a class other than neutral)
	// needs before the engine takes it (Sure); read from the model's
	// "threshold" line, DefaultThreshold when it has none.
	Threshold float64
}

// DefaultThreshold is the threshold of a model whose text gives none.
const DefaultThreshold = 0.75

//go:embed model.tsv
var shipped string

// Shipped loads the embedded model.
func Shipped() (*Model, error) {
	return Parse(shipped)
}

// ShippedText returns the embedded model's text (model.tsv), for tests
// that check it is what training makes.
func ShippedText() string { return shipped }

//go:embed lift.tsv
var shippedLift string

// Lift loads the embedded lift model (lift.tsv): trained on the written
// sentences and on the sentences the quick-look sets' Reactions checks
// label (data/checks.jsonl), it is asked only about a quoted reaction
// that the rules and the shipped model leave neutral, and only its
// supportive or critical reading at its Threshold counts (LiftStand).
func Lift() (*Model, error) {
	return Parse(shippedLift)
}

// LiftText returns the embedded lift model's text (lift.tsv), for tests
// that check it is what training makes.
func LiftText() string { return shippedLift }

// LiftStand returns the supportive or critical label the model gives s
// with at least its Threshold of probability, or "": the lift model moves
// a neutral reading to a stand only when it is sure, and never to mixed
// (its mixed readings, learned from actors' labels, are the least
// precise).
func (m *Model) LiftStand(s string) string {
	if l, p := m.Predict(s); (l == Labels[1] || l == Labels[2]) && p >= m.Threshold {
		return l
	}
	return ""
}

// Parse reads a model written by Format: a "bias" line, then one line per
// feature, each the feature's name (see FeatureNames) and NumClasses
// weights separated by tabs; an optional "threshold" line gives the
// threshold (its NumClasses fields all the same).
func Parse(s string) (*Model, error) {
	m := &Model{w: make(map[uint64]Weights, strings.Count(s, "\n")), Threshold: DefaultThreshold}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != NumClasses+1 {
			return nil, fmt.Errorf("stance: model line %d: %d fields, want %d", n+1, len(f), NumClasses+1)
		}
		var w Weights
		for c := range NumClasses {
			v, err := strconv.ParseFloat(f[c+1], 32)
			if err != nil {
				return nil, fmt.Errorf("stance: model line %d: %w", n+1, err)
			}
			w[c] = float32(v)
		}
		if f[0] == "bias" {
			m.bias = w
			continue
		}
		if f[0] == "threshold" {
			m.Threshold = float64(w[0])
			continue
		}
		k, ok := nameKey(f[0])
		if !ok {
			return nil, fmt.Errorf("stance: model line %d: bad feature %q", n+1, f[0])
		}
		m.w[k] = w
	}
	return m, nil
}

// Format writes the model in the form Parse reads; names are the
// features' names (FeatureNames) with their weights. A threshold of 0
// writes no "threshold" line (the model then has DefaultThreshold).
func Format(bias Weights, threshold float64, names []string, weights []Weights) string {
	var b strings.Builder
	b.WriteString("# stance model (go run ./digest/stance/cmd/train-stance): feature, then the weights of neutral, supportive, critical, mixed\n")
	line := func(name string, w Weights) {
		b.WriteString(name)
		for _, v := range w {
			b.WriteByte('\t')
			b.WriteString(strconv.FormatFloat(float64(v), 'g', 4, 32))
		}
		b.WriteByte('\n')
	}
	line("bias", bias)
	if threshold > 0 {
		t := float32(threshold)
		line("threshold", Weights{t, t, t, t})
	}
	for i, f := range names {
		line(f, weights[i])
	}
	return b.String()
}

// Probs returns the class probabilities of the sentence s.
func (m *Model) Probs(s string) [NumClasses]float64 {
	var sc [NumClasses]float64
	for c := range NumClasses {
		sc[c] = float64(m.bias[c])
	}
	featureKeys(s, func(k uint64) {
		if w, ok := m.w[k]; ok {
			for c := range NumClasses {
				sc[c] += float64(w[c])
			}
		}
	})
	return softmax(sc)
}

// Predict returns the most probable label of s and its probability.
func (m *Model) Predict(s string) (string, float64) {
	p := m.Probs(s)
	best := 0
	for c := 1; c < NumClasses; c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	return Labels[best], p[best]
}

// Sure returns the label of a stand (supportive, critical or mixed) the
// model gives s with at least its Threshold of probability, or "".
func (m *Model) Sure(s string) string {
	if l, p := m.Predict(s); l != Labels[0] && p >= m.Threshold {
		return l
	}
	return ""
}

// softmax turns class scores into probabilities.
func softmax(sc [NumClasses]float64) [NumClasses]float64 {
	mx := sc[0]
	for _, v := range sc[1:] {
		mx = max(mx, v)
	}
	var sum float64
	for c := range sc {
		sc[c] = math.Exp(sc[c] - mx)
		sum += sc[c]
	}
	for c := range sc {
		sc[c] /= sum
	}
	return sc
}

// Features. A sentence is read in its quoted parts (quoted), as words (letters, digits and apostrophes;
// "don't", "won't" are the word "n't"), and gives four kinds of feature:
// "w:x" every word, "b:x_y" every pair of neighbouring words ("^" before
// the first), "n:x" the three words after a negator, and "?" a question
// mark. Prediction hashes them without building strings (featureKeys);
// training names them (FeatureNames); nameKey turns a name into the same
// key.

// negators start a negation scope over the next three words.
var negators = map[string]bool{"not": true, "no": true, "never": true, "without": true, "nor": true, "cannot": true, "n't": true, "nothing": true, "neither": true}

// negatorHashes are the word hashes of negators.
var negatorHashes = func() map[uint64]bool {
	m := make(map[uint64]bool, len(negators))
	for w := range negators {
		m[wordHash(w)] = true
	}
	return m
}()

var (
	startHash = wordHash("^")
	notHash   = wordHash("n't")
)

// scan calls fn with every word of s, its hash, and whether a negator
// stands within the three words before it; question marks call fn with
// the word "?".
func scan(s string, fn func(w string, h uint64, negated bool)) {
	neg := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '?' {
				fn("?", 0, false)
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		w := s[i:j]
		i = j
		h := wordHash(w)
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "N'T") {
			w, h = "n't", notHash
		}
		fn(w, h, neg > 0)
		if neg > 0 {
			neg--
		}
		if negatorHashes[h] {
			neg = 3
		}
	}
}

// isQuoteMark reports whether r is a quotation mark.
func isQuoteMark(r rune) bool { return r == '"' || r == '“' || r == '”' }

// quoted calls fn with the parts of s inside quotation marks, or with s
// when it has none: a speaker's words carry the stance, the frame around
// them ("told reporters after the talks") does not. An odd number of marks
// means the sentence opened inside a quotation ('Those who leave it only
// lose," Putin said').
func quoted(s string, fn func(part string)) {
	n := 0
	for _, r := range s {
		if isQuoteMark(r) {
			n++
		}
	}
	if n == 0 {
		fn(s)
		return
	}
	in, start := n%2 == 1, 0
	for i, r := range s {
		if !isQuoteMark(r) {
			continue
		}
		if in && i > start {
			fn(s[start:i])
		}
		in, start = !in, i+utf8.RuneLen(r)
	}
	if in && start < len(s) {
		fn(s[start:])
	}
}

// eachFeature calls fn with every feature of s: its kind ('w' a word,
// 'b' a pair of neighbouring words, 'n' a word after a negator, '?' a
// question mark), the hashes of its words (for 'b' the previous word's
// and this one's) and the words as written ("^" before a part's first).
// featureKeys and FeatureNames both read it, so prediction and training
// see the same features.
func eachFeature(s string, fn func(kind byte, ha, hb uint64, wa, wb string)) {
	quoted(s, func(part string) {
		prev, pw := startHash, "^"
		scan(part, func(w string, h uint64, negated bool) {
			if w == "?" && h == 0 {
				fn('?', 0, 0, "", "")
				return
			}
			fn('w', h, 0, w, "")
			fn('b', prev, h, pw, w)
			if negated {
				fn('n', h, 0, w, "")
			}
			prev, pw = h, w
		})
	})
}

// featureKeys calls emit with the key of every feature of s.
func featureKeys(s string, emit func(uint64)) {
	eachFeature(s, func(kind byte, ha, hb uint64, _, _ string) { emit(key(kind, ha, hb)) })
}

// FeatureNames calls emit with the name and key of every feature of s.
func FeatureNames(s string, emit func(name string, k uint64)) {
	eachFeature(s, func(kind byte, ha, hb uint64, wa, wb string) {
		name := "?"
		switch kind {
		case 'w', 'n':
			name = string(kind) + ":" + strings.ToLower(wa)
		case 'b':
			name = "b:" + strings.ToLower(wa) + "_" + strings.ToLower(wb)
		}
		emit(name, key(kind, ha, hb))
	})
}

// nameKey returns the key of a feature name written by FeatureNames.
func nameKey(name string) (uint64, bool) {
	if name == "?" {
		return key('?', 0, 0), true
	}
	if len(name) < 3 || name[1] != ':' {
		return 0, false
	}
	rest := name[2:]
	switch name[0] {
	case 'w', 'n':
		return key(name[0], wordHash(rest), 0), true
	case 'b':
		a, b, ok := strings.Cut(rest, "_")
		if !ok {
			return 0, false
		}
		return key('b', wordHash(a), wordHash(b)), true
	}
	return 0, false
}

// wordHash is the FNV-1a hash of w in lower case.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return wordHashRunes(w[i:], h)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// wordHashRunes goes on hashing w from state h, rune by rune.
func wordHashRunes(w string, h uint64) uint64 {
	var b [utf8.UTFMax]byte
	for _, r := range w {
		n := utf8.EncodeRune(b[:], unicode.ToLower(r))
		for _, c := range b[:n] {
			h = (h ^ uint64(c)) * 1099511628211
		}
	}
	return h
}

// key mixes a feature's kind and word hashes into one key.
func key(kind byte, a, b uint64) uint64 {
	h := uint64(kind)*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>31) * 0xbf58476d1ce4e5b9
	h ^= b
	h = (h ^ h>>29) * 0x94d049bb133111eb
	return h ^ h>>32
}
