// Package logreg is the logistic-regression core of the learned readers
// (digest/agenda, digest/absence, digest/nextstep): a model of one weight
// per feature name and a bias, its text form (model.tsv), and a
// reproducible trainer by stochastic gradient descent on the log loss.
// The readers own their features, their candidates and how the engine
// uses a score; this package owns the arithmetic they share.
//
// The text form is a comment line, then "bias" and "threshold" lines,
// then one line per feature: its name and weight separated by a tab,
// features sorted by name. The bias is written with 5 significant
// digits, the threshold with 4 (exactly as given, not its float32) and
// each weight with 4.
package logreg

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Weights are a linear scorer: one weight per feature name and a bias.
// The zero Weights score every example 0.5.
type Weights struct {
	// W maps a feature's name to its weight; a feature not in W weighs 0.
	W map[string]float32
	// Bias is added to every sum.
	Bias float32
}

// ScoreNames returns the probability of an example with the named
// features: the logistic (Sigmoid) of the bias plus their weights, summed
// in float32 in the order given.
func (w *Weights) ScoreNames(names []string) float64 {
	z := w.Bias
	for _, n := range names {
		z += w.W[n]
	}
	return Sigmoid(float64(z))
}

// Model is trained Weights with the probability from which a reader
// takes an example.
type Model struct {
	Weights
	// Threshold is the probability from which the reader takes an
	// example.
	Threshold float64
}

// Sigmoid is the logistic function, its argument clamped to [-30, 30].
func Sigmoid(z float64) float64 {
	z = max(-30, min(30, z))
	return 1 / (1 + math.Exp(-z))
}

// Logistic is the logistic function of z as it is (not clamped).
func Logistic(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Lines calls fn with the name and value text of every line of a model
// text s, skipping empty lines and comments ("#"). A line that is not a
// name and a value separated by one tab is an error; so is an error of
// fn. Errors name the line ("model line 3: ...").
func Lines(s string, fn func(name, val string) error) error {
	for n, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		if !ok || name == "" || strings.Contains(val, "\t") {
			return fmt.Errorf("model line %d: want a name and a weight", n+1)
		}
		if err := fn(name, val); err != nil {
			return fmt.Errorf("model line %d: %w", n+1, err)
		}
	}
	return nil
}

// Parse reads a model written by Format: the bias and weights as float32,
// the threshold as float64 (exactly as written: 0.65, not its float32).
// Errors name the line, as Lines's do; the reader that calls Parse adds
// its own name before them.
func Parse(s string) (*Model, error) {
	m := &Model{Weights: Weights{W: make(map[string]float32, strings.Count(s, "\n"))}}
	err := Lines(s, func(name, val string) error {
		bits := 32
		if name == "threshold" {
			bits = 64
		}
		v, err := strconv.ParseFloat(val, bits)
		if err != nil {
			return err
		}
		switch name {
		case "bias":
			m.Bias = float32(v)
		case "threshold":
			m.Threshold = v
		default:
			m.W[name] = float32(v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// Format writes m in the form Parse reads, after the comment line
// "# what: feature, then its weight", features sorted by name.
func (m *Model) Format(what string) string {
	names := make([]string, 0, len(m.W))
	for n := range m.W {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	b.WriteString("# " + what + ": feature, then its weight\n")
	b.WriteString("bias\t" + strconv.FormatFloat(float64(m.Bias), 'g', 5, 32) + "\n")
	b.WriteString("threshold\t" + strconv.FormatFloat(m.Threshold, 'g', 4, 64) + "\n")
	for _, n := range names {
		b.WriteString(n + "\t" + strconv.FormatFloat(float64(m.W[n]), 'g', 4, 32) + "\n")
	}
	return b.String()
}
