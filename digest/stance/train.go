package stance

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one labeled sentence of the training data.
type Example struct {
	// Sentence is the reaction as the article gives it.
	Sentence string `json:"sentence"`
	// Actor is who reacts (not a feature; kept for people reading the data).
	Actor string `json:"actor"`
	// Stance is one of Labels.
	Stance string `json:"stance"`
	// Set is the quick-look set a sentence drawn from the checks comes
	// from (data/checks.jsonl), for leaving each set out; "" for a
	// written sentence.
	Set string `json:"set,omitempty"`
}

// ReadExamples reads JSON lines of Examples, rejecting unknown stances.
func ReadExamples(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var e Example
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("stance: line %d: %w", n, err)
		}
		if Class(e.Stance) < 0 || e.Sentence == "" {
			return nil, fmt.Errorf("stance: line %d: stance %q or empty sentence", n, e.Stance)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stance: read: %w", err)
	}
	return out, nil
}

// Class returns the index of label in Labels, or -1.
func Class(label string) int {
	return slices.Index(Labels[:], label)
}

// TrainOptions are the training hyper-parameters.
type TrainOptions struct {
	Epochs int     // passes over the data (default 30)
	Rate   float64 // initial learning rate (default 0.2)
	L2     float64 // weight decay per example (default 3e-3)
	Seed   uint64  // example order (default 1)
	Prune  float64 // drop features whose largest |weight| is below this (default 0.01)
	// Threshold is written into the model (Model.Threshold); 0 writes
	// none, and the model has DefaultThreshold.
	Threshold float64
}

// Train fits a model by stochastic gradient descent on the cross-entropy
// loss, visiting the examples in an order fixed by the seed, so the same
// data and options give the same model. It returns the model and its text
// (Format), features sorted by name.
func Train(ex []Example, o TrainOptions) (*Model, string) {
	if o.Epochs == 0 {
		o.Epochs = 30
	}
	if o.Rate == 0 {
		o.Rate = 0.2
	}
	if o.L2 == 0 {
		o.L2 = 3e-3
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Prune == 0 {
		o.Prune = 0.01
	}
	names := map[uint64]string{}
	feats := make([][]uint64, len(ex))
	for i, e := range ex {
		FeatureNames(e.Sentence, func(name string, k uint64) {
			names[k] = name
			feats[i] = append(feats[i], k)
		})
	}
	w := map[uint64]*[NumClasses]float64{}
	var bias [NumClasses]float64
	rng := rand.New(rand.NewPCG(o.Seed, 0))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	for ep := range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.Rate / (1 + float64(ep)/5)
		for _, i := range order {
			sc := bias
			for _, f := range feats[i] {
				if v := w[f]; v != nil {
					for c := range sc {
						sc[c] += v[c]
					}
				}
			}
			p := softmax(sc)
			gold := Class(ex[i].Stance)
			for c := range NumClasses {
				g := p[c]
				if c == gold {
					g--
				}
				bias[c] -= rate * g
				for _, f := range feats[i] {
					v := w[f]
					if v == nil {
						v = new([NumClasses]float64)
						w[f] = v
					}
					v[c] -= rate * (g + o.L2*v[c])
				}
			}
		}
	}
	m := &Model{w: map[uint64]Weights{}, Threshold: DefaultThreshold}
	if o.Threshold > 0 {
		m.Threshold = float64(float32(o.Threshold))
	}
	var mb Weights
	for c := range NumClasses {
		mb[c] = float32(bias[c])
	}
	m.bias = mb
	var keep []string
	byName := map[string]Weights{}
	for k, v := range w {
		big := 0.0
		for _, x := range v {
			big = max(big, math.Abs(x))
		}
		if big < o.Prune {
			continue
		}
		var ws Weights
		for c := range NumClasses {
			ws[c] = float32(v[c])
		}
		m.w[k] = ws
		keep = append(keep, names[k])
		byName[names[k]] = ws
	}
	slices.Sort(keep)
	ws := make([]Weights, len(keep))
	for i, n := range keep {
		ws[i] = byName[n]
	}
	return m, Format(mb, o.Threshold, keep, ws)
}

// Accuracy returns the share of examples whose predicted label is gold,
// and a confusion matrix [gold][predicted].
func (m *Model) Accuracy(ex []Example) (float64, [NumClasses][NumClasses]int) {
	var conf [NumClasses][NumClasses]int
	right := 0
	for _, e := range ex {
		got, _ := m.Predict(e.Sentence)
		g, p := Class(e.Stance), Class(got)
		conf[g][p]++
		if g == p {
			right++
		}
	}
	if len(ex) == 0 {
		return 0, conf
	}
	return float64(right) / float64(len(ex)), conf
}
