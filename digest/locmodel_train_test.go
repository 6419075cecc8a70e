package digest

import (
	"math/rand/v2"
	"os"
	"strconv"
)

// The venue and date readers' trainer: trainLinModel's stochastic gradient
// descent, with the example order's seed and the number of fits averaged
// as parameters (stop 18 measured how far one fit moves with the order
// alone; see docs/quality.md, s18-loc).

// locSeed is the first example-order seed of the venue and date readers'
// fits (1, trainLinModel's, unless ATTACHE_LOC_SEED says otherwise: a
// measurement of seed noise, never a shipped setting).
func locSeed() uint64 {
	if s, err := strconv.ParseUint(os.Getenv("ATTACHE_LOC_SEED"), 10, 64); err == nil && s > 0 {
		return s
	}
	return 1
}

// locSeeds is how many fits (seeds locSeed, locSeed+1, ...) the venue and
// date readers average; ATTACHE_LOC_SEEDS overrides it for measurements.
func locSeeds() int {
	if n, err := strconv.Atoi(os.Getenv("ATTACHE_LOC_SEEDS")); err == nil && n > 0 {
		return n
	}
	return locFits
}

// locFits is the number of fits the shipped venue and date readers average
// (stop 18: one fit moved the Location bullet by up to 4 checks in sample
// with the example order alone; see docs/quality.md, s18-loc).
const locFits = 4

// trainLocModel fits the venue or date reader to ex: the mean of
// locSeeds() fits of trainLinModel's learner, each with its own example
// order.
func trainLocModel(ex []linExample) linModel {
	seed, n := locSeed(), locSeeds()
	if n == 1 {
		return trainLinModelSeed(ex, seed)
	}
	avg := linModel{}
	for i := range n {
		for f, w := range trainLinModelSeed(ex, seed+uint64(i)) {
			avg[f] += w / float64(n)
		}
	}
	return avg
}

// trainLinModelSeed is trainLinModel with the example order drawn from
// seed (trainLinModel uses seed 1).
func trainLinModelSeed(ex []linExample, seed uint64) linModel {
	const l2 = 1e-3
	w := map[string]float64{}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	for ep := range 30 {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := 0.1 / (1 + float64(ep)/5)
		for _, i := range order {
			z := 0.0
			for _, f := range ex[i].feats {
				z += w[f]
			}
			g := sigmoid(z)
			if ex[i].y {
				g--
			}
			for _, f := range ex[i].feats {
				w[f] -= rate * (g + l2*w[f])
			}
		}
	}
	return w
}
