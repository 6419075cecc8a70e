package logreg

import (
	"math"
	"math/rand/v2"
	"sync"
)

// Example is one labeled example of the training data.
type Example struct {
	// Names are the example's features.
	Names []string
	// Positive is the example's label.
	Positive bool
}

// Options are the training hyper-parameters. A zero field takes its
// default.
type Options struct {
	Epochs int     // passes over the data (default 20)
	Rate   float64 // initial learning rate, divided by 1+epoch/5 (default 0.1)
	L2     float64 // weight decay per example (default 1e-3)
	Seed   uint64  // example order (default 1)
	// Seeds, when above 1, fits the data once for each of the seeds Seed,
	// Seed+1, ..., Seed+Seeds-1 and averages the weights and the bias
	// (Data.FitAveraged): stochastic gradient descent's result depends on
	// the example order, and averaging orders makes a model that changes
	// less when its training data changes a little.
	Seeds     int
	Prune     float64 // drop features whose |weight| is below this (default 0.005)
	MinCount  int     // leave out features seen in fewer examples (default 0: none left out)
	Threshold float64 // written into the model (Model.Threshold)
	// Unclamped trains with the logistic of the sum as it is (Logistic),
	// not clamped to [-30, 30] (Sigmoid).
	Unclamped bool
}

// defaults returns o with its zero fields set to their defaults.
func (o Options) defaults() Options {
	if o.Epochs == 0 {
		o.Epochs = 20
	}
	if o.Rate == 0 {
		o.Rate = 0.1
	}
	if o.L2 == 0 {
		o.L2 = 1e-3
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Prune == 0 {
		o.Prune = 0.005
	}
	return o
}

// Data is training examples with their features as dense indexes.
type Data struct {
	// Names are the features kept, in order of first appearance; an
	// example's features are indexes into Names.
	Names []string
	feats [][]int32
	pos   []bool
}

// NewData indexes the features of ex, leaving out those seen in fewer
// than minCount examples.
func NewData(ex []Example, minCount int) *Data {
	count := map[string]int{}
	for _, e := range ex {
		for _, n := range e.Names {
			count[n]++
		}
	}
	d := &Data{feats: make([][]int32, len(ex)), pos: make([]bool, len(ex))}
	index := map[string]int{}
	for i, e := range ex {
		d.pos[i] = e.Positive
		for _, n := range e.Names {
			if count[n] < minCount {
				continue
			}
			k, ok := index[n]
			if !ok {
				k = len(d.Names)
				index[n] = k
				d.Names = append(d.Names, n)
			}
			d.feats[i] = append(d.feats[i], int32(k))
		}
	}
	return d
}

// Fit is the dense result of a fit: a weight per feature of its Data
// (Data.Names) and the bias, in float64.
type Fit struct {
	W    []float64
	Bias float64
}

// Z returns the sum of the bias and the weights of example i's features.
func (d *Data) Z(f *Fit, i int) float64 {
	z := f.Bias
	for _, k := range d.feats[i] {
		z += f.W[k]
	}
	return z
}

// Fit runs stochastic gradient descent on the log loss over the examples
// i with use[i] (all of them when use is nil), each epoch in an order the
// seed's generator shuffles, so the same data and options give the same
// fit.
func (d *Data) Fit(use []bool, o Options) *Fit {
	o = o.defaults()
	f := &Fit{W: make([]float64, len(d.Names))}
	w := f.W
	var bias float64
	rng := rand.New(rand.NewPCG(o.Seed, 0))
	var order []int
	for i := range d.feats {
		if use == nil || use[i] {
			order = append(order, i)
		}
	}
	for ep := range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.Rate / (1 + float64(ep)/5)
		for _, i := range order {
			z := bias
			for _, k := range d.feats[i] {
				z += w[k]
			}
			var g float64
			if o.Unclamped {
				g = Logistic(z)
			} else {
				g = Sigmoid(z)
			}
			if d.pos[i] {
				g--
			}
			bias -= rate * g
			for _, k := range d.feats[i] {
				w[k] -= rate * (g + o.L2*w[k])
			}
		}
	}
	f.Bias = bias
	return f
}

// Model returns the model of a fit: the weights whose magnitude is at
// least o.Prune, and the bias, as float32, and o.Threshold.
func (d *Data) Model(f *Fit, o Options) *Model {
	o = o.defaults()
	m := &Model{Weights: Weights{W: map[string]float32{}, Bias: float32(f.Bias)}, Threshold: o.Threshold}
	for k, n := range d.Names {
		if math.Abs(f.W[k]) < o.Prune {
			continue
		}
		m.W[n] = float32(f.W[k])
	}
	return m
}

// FitAveraged is Fit when o.Seeds is at most 1; otherwise it fits the
// examples once per seed (o.Seed, o.Seed+1, ...) and returns the mean of
// the fits' weights and biases.
func (d *Data) FitAveraged(use []bool, o Options) *Fit {
	o = o.defaults()
	if o.Seeds <= 1 {
		return d.Fit(use, o)
	}
	avg := &Fit{W: make([]float64, len(d.Names))}
	// the fits run at once and are summed in the order of their seeds, so
	// the mean is the same as one after another
	fits := make([]*Fit, o.Seeds)
	var wg sync.WaitGroup
	for i := range o.Seeds {
		oi := o
		oi.Seed = o.Seed + uint64(i)
		wg.Go(func() { fits[i] = d.Fit(use, oi) })
	}
	wg.Wait()
	for _, f := range fits {
		for k, w := range f.W {
			avg.W[k] += w
		}
		avg.Bias += f.Bias
	}
	n := float64(o.Seeds)
	for k := range avg.W {
		avg.W[k] /= n
	}
	avg.Bias /= n
	return avg
}

// Train fits a logistic regression to ex (NewData, Data.FitAveraged) and
// returns its pruned model (Data.Model). The same data and options give
// the same model.
func Train(ex []Example, o Options) *Model {
	d := NewData(ex, o.MinCount)
	return d.Model(d.FitAveraged(nil, o), o)
}
