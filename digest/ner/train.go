package ner

import (
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Sentence is one labelled sentence: words and their BIO labels (from
// Labels()). Consecutive sentences with the same Doc form a document.
type Sentence struct {
	Words  []string
	Labels []string
	Doc    int
}

// docs groups consecutive sentences with the same Doc.
func docs(sents []Sentence) [][]Sentence {
	var out [][]Sentence
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Doc == sents[i].Doc {
			j++
		}
		out = append(out, sents[i:j])
		i = j
	}
	return out
}

// TrainConfig controls Train. Zero values take the defaults noted.
type TrainConfig struct {
	// Epochs over the data (default 10).
	Epochs int
	// Seed of the shuffling and augmentation (default 1).
	Seed uint64
	// Bits is log2 of the number of feature buckets (default 18).
	Bits uint
	// CapsRate is the share of sentences shown in capitals each epoch, to
	// learn headlines (0: none).
	CapsRate float64
	// LowerRate is the share of sentences shown lower-cased each epoch.
	LowerRate float64
	// GazDrop is the probability that a word's gazetteer bits are hidden
	// in an epoch, so the model does not lean on them alone.
	GazDrop float64
	// Prune drops quantised weights with |w| below this (default 1).
	Prune int
	// Gazetteer is the lexicon source; nil FS means no gazetteer.
	Gazetteer GazetteerSource
	// Truecase gives the words of capitals headlines their likely
	// capitalisation in the features.
	Truecase bool
	// PlacesAsLOC relabels ORG spans that are exactly a country or city
	// of the gazetteer (and neither an organisation nor a string GMB tags
	// org most of the time) as LOC: GMB often tags a capital or country
	// that acts as org ("Tehran says"), where this package's convention,
	// like CoNLL's, is a place.
	PlacesAsLOC bool
	// Folds is the number of jackknife folds the second pass (stacking)
	// learns from; 0 trains the first pass only.
	Folds int
	// Bits2 is log2 of the second pass's feature buckets (default 16).
	Bits2 uint
	// Epochs2 are the second pass's epochs (default 5).
	Epochs2 int
	// Beam is the decoder's beam width: 1 (or 0) trains and tags
	// greedily; more trains a structured perceptron with early updates
	// over a beam of that many tag histories (see trainBeam), which the
	// tagger then decodes with.
	Beam int
	// Margin is the tagging beam's pruning margin in units of the
	// quantised weights (0: none; see Tagger.SetBeam).
	Margin int
	// Clusters are word classes (gzipped TSV from cmd/build-clusters)
	// used as features; nil for none.
	Clusters []byte
	// Log receives progress (may be nil).
	Log *slog.Logger
}

// Train learns a tagger from labelled sentences with an averaged
// perceptron, greedy or over a beam (cfg.Beam). The result depends only on
// the data and cfg.
func Train(sents []Sentence, cfg TrainConfig) (*Tagger, error) {
	if cfg.Epochs <= 0 {
		cfg.Epochs = 10
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	if cfg.Bits == 0 {
		cfg.Bits = 18
	}
	if cfg.Bits < smallBits+2 || cfg.Bits > 26 {
		return nil, fmt.Errorf("ner: train: bits %d out of range 15-26", cfg.Bits)
	}
	if cfg.Prune <= 0 {
		cfg.Prune = 1
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
		cfg.Log = log
	}
	if cfg.Beam <= 0 {
		cfg.Beam = 1
	}
	if cfg.Beam > maxBeam {
		return nil, fmt.Errorf("ner: train: beam %d out of range 1-%d", cfg.Beam, maxBeam)
	}
	if cfg.Folds > 0 {
		if cfg.Beam > 1 {
			return nil, fmt.Errorf("ner: train: a second pass needs beam 1")
		}
		if cfg.Folds < 2 {
			return nil, fmt.Errorf("ner: train: %d folds (need 2 or more)", cfg.Folds)
		}
		if cfg.Bits2 == 0 {
			cfg.Bits2 = 16
		}
		if cfg.Bits2 < 10 || cfg.Bits2 > 24 {
			return nil, fmt.Errorf("ner: train: bits2 %d out of range 10-24", cfg.Bits2)
		}
		if cfg.Epochs2 <= 0 {
			cfg.Epochs2 = 5
		}
		return trainStacked(sents, cfg)
	}
	gaz := newGazetteer(16)
	if cfg.Gazetteer.FS != nil {
		g, err := buildGazetteer(cfg.Gazetteer)
		if err != nil {
			return nil, err
		}
		gaz = g
	}
	if len(cfg.Clusters) > 0 {
		if err := gaz.addClusters(cfg.Clusters); err != nil {
			return nil, err
		}
	}
	if cfg.PlacesAsLOC {
		sents = placesAsLOC(sents, gaz)
	}
	gold := make([][]int, len(sents))
	for i, s := range sents {
		if len(s.Labels) != len(s.Words) {
			return nil, fmt.Errorf("ner: train: sentence %d has %d words and %d labels", i, len(s.Words), len(s.Labels))
		}
		gold[i] = make([]int, len(s.Labels))
		for j, l := range s.Labels {
			c, ok := goldClass(l)
			if !ok {
				return nil, fmt.Errorf("ner: train: sentence %d: unknown label %q", i, l)
			}
			gold[i][j] = c
		}
	}
	nb := 1 << cfg.Bits
	shift := 64 - cfg.Bits
	w := make([]float32, nb*numClasses)
	u := make([]float64, nb*numClasses)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	type sentRef struct {
		words []string
		gold  []int
	}
	var (
		toks    []tok
		buf     []byte
		fs      []uint64
		dsents  []docSent
		refs    []sentRef
		dt      docTable
		step    = 1.0
		nerrors int
		ntoks   int
	)
	goldOf := map[*Sentence][]int{}
	for i := range sents {
		goldOf[&sents[i]] = gold[i]
	}
	all := docs(sents)
	tb := tabs.shifted(cfg.Bits - smallBits)
	var bt *beamTrainer
	if cfg.Beam > 1 {
		bt = &beamTrainer{k: cfg.Beam, bits: cfg.Bits, tb: tb}
	}
	for ep := 0; ep < cfg.Epochs; ep++ {
		nerrors, ntoks = 0, 0
		order := rng.Perm(len(all))
		for _, di := range order {
			doc := all[di]
			n := 0
			refs = refs[:0]
			for k := range doc {
				s := &doc[k]
				words := s.Words
				r := rng.Float64()
				switch {
				case r < cfg.CapsRate:
					words = make([]string, len(s.Words))
					for i := range words {
						words[i] = strings.ToUpper(s.Words[i])
					}
				case r < cfg.CapsRate+cfg.LowerRate:
					words = make([]string, len(s.Words))
					for i := range words {
						words[i] = strings.ToLower(s.Words[i])
					}
				}
				refs = append(refs, sentRef{words, goldOf[s]})
				n += len(words)
			}
			if cap(toks) < n {
				toks = make([]tok, n*2)
			}
			dsents = dsents[:0]
			buf = buf[:0]
			off := 0
			for _, r := range refs {
				st := docSent{toks: toks[off : off+len(r.words)]}
				buf, st.capsMode = prepare(st.toks, r.words, nil, gaz, buf)
				st.titleMode = cfg.Truecase && !st.capsMode && titleCase(st.toks)
				if cfg.GazDrop > 0 {
					for i := range st.toks {
						if rng.Float64() < cfg.GazDrop {
							st.toks[i].gazB, st.toks[i].gazI = 0, 0
						}
					}
				}
				dsents = append(dsents, st)
				off += len(r.words)
			}
			fillDoc(&dt, dsents, n, true)
			if cfg.Truecase {
				truecase(dsents)
			}
			for k, st := range dsents {
				t := st.toks
				if bt != nil {
					ne, nt := bt.sentence(w, u, &step, t, st.capsMode, buf, refs[k].gold)
					nerrors += ne
					ntoks += nt
					continue
				}
				p1, p2 := startClass, startClass
				for i := range t {
					fs = appendStatic(fs[:0], t, i, st.capsMode, tb, buf)
					fs = appendDynamic(fs, &t[i], p1, p2, tb)
					var sc [numClasses]float32
					for _, h := range fs {
						row := w[int(h>>shift)*numClasses:][:numClasses]
						for c := range sc {
							sc[c] += row[c]
						}
					}
					pred := 0
					for c := range sc {
						if sc[c] > sc[pred] {
							pred = c
						}
					}
					g := refs[k].gold[i]
					if g < 0 {
						// Unknown: no update
						step++
						ntoks++
						p2, p1 = p1, pred
						continue
					}
					if pred != g {
						nerrors++
					}
					// update unless gold wins strictly (ties count as errors)
					rival := -1
					for c := range sc {
						if c != g && (rival < 0 || sc[c] > sc[rival]) {
							rival = c
						}
					}
					if sc[rival] >= sc[g] {
						for _, h := range fs {
							base := int(h>>shift) * numClasses
							w[base+g]++
							u[base+g] += step
							w[base+rival]--
							u[base+rival] -= step
						}
					}
					step++
					ntoks++
					p2, p1 = p1, pred
				}
			}
		}
		log.Info("ner: epoch", "epoch", ep+1, "tokens", ntoks, "error_rate", float64(nerrors)/float64(max(ntoks, 1)))
	}
	rows, scale, nz := quantise(w, u, step, nb, cfg.Prune)
	t := &Tagger{bits: cfg.Bits, wide: widenRows(rows), tabs: tb, gaz: gaz, fast: true, scale: scale, truecase: cfg.Truecase, beam: cfg.Beam, margin: int32(cfg.Margin)}
	log.Info("ner: trained", "rows", nz, "buckets", nb, "scale", scale)
	return t, nil
}

// placesAsLOC returns sents with the ORG spans that the gazetteer knows
// as a country or city, and neither as an organisation nor as a string GMB
// tags org most of the time, relabelled LOC (the labels are copied; words
// are shared).
func placesAsLOC(sents []Sentence, gaz *gazetteer) []Sentence {
	out := make([]Sentence, len(sents))
	n := 0
	for i, s := range sents {
		out[i] = s
		var buf []byte
		var t tok
		copied := false
		for _, sp := range Spans(s.Words, s.Labels) {
			if sp.Type != "ORG" {
				continue
			}
			h := uint64(0)
			for _, w := range s.Words[sp.Start:sp.End] {
				buf = analyze(&t, w, buf[:0])
				h = phraseHash(h, t.lw)
			}
			v := gaz.get(h)
			if v&(gCountry|gCity) == 0 || v&(gOrgIntl|gOrgNat) != 0 || v&gGMBOrg != 0 {
				continue
			}
			if !copied {
				out[i].Labels = slices.Clone(s.Labels)
				copied = true
			}
			for j := sp.Start; j < sp.End; j++ {
				out[i].Labels[j] = "I-LOC"
			}
			out[i].Labels[sp.Start] = "B-LOC"
			n++
		}
	}
	return out
}

// goldClass maps a training label to its class; Unknown is -1.
func goldClass(l string) (int, bool) {
	if l == Unknown {
		return -1, true
	}
	return classOf(l)
}

// quantise averages perceptron weights w (u holds the step-weighted
// updates) and quantises them to int8 with the scale set by the 99.9th
// percentile of the weights' magnitudes (outliers are clipped), dropping
// weights below prune. It returns the rows, the scale and the number of
// non-zero rows.
func quantise(w []float32, u []float64, step float64, nb, prune int) ([]row, float32, int) {
	avg := make([]float32, len(w))
	var mags []float32
	for i := range w {
		a := float64(w[i]) - u[i]/step
		avg[i] = float32(a)
		if a != 0 {
			mags = append(mags, float32(math.Abs(a)))
		}
	}
	scale := 1.0
	if len(mags) > 0 {
		slices.Sort(mags)
		if p := float64(mags[len(mags)*999/1000]); p > 0 {
			scale = 127 / p
		}
	}
	rows := newRows(nb)
	nz := 0
	for b := 0; b < nb; b++ {
		for c := 0; c < numClasses; c++ {
			q := int(math.Round(float64(avg[b*numClasses+c]) * scale))
			if q > -prune && q < prune {
				q = 0
			}
			rows[b].set(c, int8(max(-127, min(127, q))))
		}
		if rows[b] != zeroRow {
			nz++
		}
	}
	return rows, float32(scale), nz
}
