package agenda

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one labeled candidate phrase of the training data.
type Example struct {
	// Names are the phrase's features (FeatureNames).
	Names []string
	// Positive says the phrase names a topic of the meeting.
	Positive bool
}

// TrainOptions are the training hyper-parameters.
type TrainOptions struct {
	Epochs    int     // passes over the data (default 20)
	Rate      float64 // initial learning rate (default 0.1)
	L2        float64 // weight decay per example (default 1e-4)
	Seed      uint64  // example order (default 1)
	Prune     float64 // drop features whose |weight| is below this (default 0.005)
	Threshold float64 // written into the model (Model.Threshold)
}

// Train fits a logistic regression by stochastic gradient descent on the
// log loss, visiting the examples in an order fixed by the seed, so the
// same data and options give the same model. It returns the model and its
// text (Format), features sorted by name.
func Train(ex []Example, o TrainOptions) (*Model, string) {
	if o.Epochs == 0 {
		o.Epochs = 20
	}
	if o.Rate == 0 {
		o.Rate = 0.1
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Prune == 0 {
		o.Prune = 0.005
	}
	// features as dense indexes, in order of first appearance
	index := map[string]int{}
	var names []string
	feats := make([][]int32, len(ex))
	for i, e := range ex {
		for _, n := range e.Names {
			k, ok := index[n]
			if !ok {
				k = len(names)
				index[n] = k
				names = append(names, n)
			}
			feats[i] = append(feats[i], int32(k))
		}
	}
	w := make([]float64, len(names))
	var bias float64
	rng := rand.New(rand.NewPCG(o.Seed, 0))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	for ep := range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.Rate / (1 + float64(ep)/5)
		for _, i := range order {
			z := bias
			for _, f := range feats[i] {
				z += w[f]
			}
			g := sigmoid(z)
			if ex[i].Positive {
				g--
			}
			bias -= rate * g
			for _, f := range feats[i] {
				w[f] -= rate * (g + o.L2*w[f])
			}
		}
	}
	var keep []string
	byName := map[string]float32{}
	for k, n := range names {
		if math.Abs(w[k]) < o.Prune {
			continue
		}
		keep = append(keep, n)
		byName[n] = float32(w[k])
	}
	slices.Sort(keep)
	ws := make([]float32, len(keep))
	for i, n := range keep {
		ws[i] = byName[n]
	}
	text := Format(float32(bias), o.Threshold, keep, ws)
	m, err := Parse(text)
	if err != nil {
		panic(err) // (FeatureNames names only features Parse knows)
	}
	return m, text
}
