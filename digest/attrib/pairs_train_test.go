package attrib

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

// Training the learned pair classifier (pairs.go) on the PolNeAR training
// split:
//
//	ATTRIB_TRAIN_PAIRS=1 go test ./digest/attrib -run TrainPairs -v
//
// writes learned_pairs.bin (deterministic). The training articles (by
// name) fall into ten folds; each fold is scored with a model fitted on
// the other nine, and the add and drop scores are those that give the best
// pooled source F1 (overlap) of rules plus pairs with precision at least
// pairsMinPrec. The shipped model is then fitted on the whole training
// split with the same settings and those scores. The last fold is also
// reported alone (the held-out tenth of earlier sessions). A model is the
// average of pairsSeeds fits in different example orders. PolNeAR dev is
// never read here.
//
// A candidate is positive when its source overlaps a gold source that no
// rule source overlaps (what the pair would add to the score).
var (
	pairsEpochs   = envInt("ATTRIB_PAIRS_EPOCHS", 5)
	pairsRate     = envFloat("ATTRIB_PAIRS_RATE", 0.05)
	pairsL2       = envFloat("ATTRIB_PAIRS_L2", 1e-5)
	pairsMinCount = int32(envInt("ATTRIB_PAIRS_MINCOUNT", 5))
)

// pairsSeeds is the number of example orders whose models are averaged:
// a single model's source F1 moves by about 0.002 with the order alone,
// and the average scored 0.0008 higher under cross validation on train.
const pairsSeeds = 5

const (
	pairsMinPrec  = 0.78
	pairsHoldEach = 10
)

// envInt and envFloat read a training setting from the environment (for
// trying settings against the held-out articles; the defaults are the
// shipped ones).
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil {
		return v
	}
	return def
}

// trainDoc is a training article with its candidates.
type trainDoc struct {
	d       goldDoc
	sents   []text.Span
	rules   [][2]int
	samples []pairSample
	labels  []bool
}

func TestTrainPairs(t *testing.T) {
	if os.Getenv("ATTRIB_TRAIN_PAIRS") == "" {
		t.Skip("set ATTRIB_TRAIN_PAIRS=1 to train learned_pairs.bin on PolNeAR train")
	}
	docs, err := loadPolNeAR(filepath.Join(sharedDir(t), "eval", "polnear", "train"))
	if err != nil {
		t.Fatal(err)
	}
	tds := collectPairs(docs)
	var fit, held []*trainDoc
	for k := range tds {
		if k%pairsHoldEach == pairsHoldEach-1 {
			held = append(held, &tds[k])
		} else {
			fit = append(fit, &tds[k])
		}
	}
	pos, n := 0, 0
	for _, td := range tds {
		for _, l := range td.labels {
			n++
			if l {
				pos++
			}
		}
	}
	t.Logf("%d articles (%d fit, %d held out), %d candidates, %d positive", len(tds), len(fit), len(held), n, pos)

	// the add and drop scores are chosen by pooled ten-fold cross
	// validation over the whole training split (about 18,000 gold
	// sources; the held-out tenth alone has about 1,800, and its best
	// scores move with the example order). Headline speakers ("Sanders:
	// Endorsements ...") are product behaviour beyond PolNeAR's
	// conventions and are never dropped (rescoreRules).
	drops, adds, pooled := cvPairs(tds)
	bi := -1
	for i, c := range pooled {
		if c.p() >= pairsMinPrec && (bi < 0 || c.f1() > pooled[bi].f1()) {
			bi = i
		}
	}
	if bi < 0 {
		t.Fatal("no scores reach the minimum precision under cross validation")
	}
	best, bestDrop := adds[bi%len(adds)], drops[bi/len(adds)]
	cv := pooled[bi]
	t.Logf("10-fold CV on train, add %.2f drop %.2g: P %.3f R %.3f F1 %.4f", best, bestDrop, cv.p(), cv.r(), cv.f1())
	m := trainPairs(fit)
	base := scoreWith(held, nil)
	m.threshold, m.drop = best, bestDrop
	h := scoreWith(held, m)
	t.Logf("held-out tenth, rules only: P %.3f R %.3f F1 %.3f; with pairs fitted on the rest: P %.3f R %.3f F1 %.3f", base.p(), base.r(), base.f1(), h.p(), h.r(), h.f1())
	all := make([]*trainDoc, len(tds))
	for k := range tds {
		all[k] = &tds[k]
	}
	final := trainPairs(all)
	final.threshold, final.drop = best, bestDrop
	c := scoreWith(all, final)
	t.Logf("add threshold %.2f, drop %.2g; whole training split with the final model: P %.3f R %.3f F1 %.3f", best, bestDrop, c.p(), c.r(), c.f1())
	bin := encodePairs(final)
	if _, err := decodePairs(bin); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("learned_pairs.bin", bin, 0o644); err != nil {
		t.Fatal(err)
	}
	nz := 0
	for _, v := range final.w {
		if quant(v) != 0 {
			nz++
		}
	}
	t.Logf("wrote learned_pairs.bin: %d bytes, %d weights", len(bin), nz)
}

// collectPairs runs the rules on every article, collecting the pair
// candidates and labelling them.
func collectPairs(docs []goldDoc) []trainDoc {
	saved := pairsOverride
	// a model that emits nothing: the candidates are those of the rules alone
	pairsOverride = noPairs()
	defer func() { pairsOverride = saved }()
	out := make([]trainDoc, len(docs))
	for k, d := range docs {
		td := &out[k]
		td.d = d
		td.sents = text.Sentences(d.body)
		var col pairCollector
		for _, a := range findWith(d.body, "", nil, td.sents, nil, &col) {
			td.rules = append(td.rules, [2]int{a.SourceStart, a.SourceEnd})
		}
		td.samples = col.samples
		// gold sources no rule source overlaps
		var free []span
		for _, g := range d.sources {
			taken := false
			for _, r := range td.rules {
				if g.overlaps(r[0], r[1]) {
					taken = true
					break
				}
			}
			if !taken {
				free = append(free, g)
			}
		}
		td.labels = make([]bool, len(td.samples))
		for n, s := range td.samples {
			if s.rule {
				// a rule attribution is right when its source overlaps a gold one
				for _, g := range d.sources {
					if g.overlaps(s.start, s.end) {
						td.labels[n] = true
						break
					}
				}
				continue
			}
			for _, g := range free {
				if g.overlaps(s.start, s.end) {
					td.labels[n] = true
					break
				}
			}
		}
	}
	return out
}

// noPairs is a model that neither adds nor drops anything.
func noPairs() *pairModel {
	return &pairModel{w: make([]float32, 1<<pairBits), threshold: math.MaxFloat32, drop: -math.MaxFloat32}
}

func sigmoid(x float32) float64 { return 1 / (1 + math.Exp(-float64(x))) }

// trainPairs fits a logistic model with AdaGrad over the candidates of
// docs, in a fixed shuffled order; features seen fewer than pairsMinCount
// times keep a zero weight.
func trainPairs(docs []*trainDoc) *pairModel {
	n := envInt("ATTRIB_PAIRS_SEEDS", pairsSeeds)
	if n <= 1 {
		return trainPairsSeed(docs, uint64(envInt("ATTRIB_PAIRS_SEED", 1)))
	}
	// the average of models fitted in several example orders
	avg := &pairModel{w: make([]float32, 1<<pairBits)}
	// (ATTRIB_PAIRS_SEED0 shifts the example orders, to check that a
	// change holds across orders)
	s0 := envInt("ATTRIB_PAIRS_SEED0", 0)
	for s := 1; s <= n; s++ {
		m := trainPairsSeed(docs, uint64(s0+s))
		for i, v := range m.w {
			avg.w[i] += v / float32(n)
		}
	}
	return avg
}

// trainPairsSeed is trainPairs with the example order of seed (the
// shipped model: seed 1).
func trainPairsSeed(docs []*trainDoc, seed uint64) *pairModel {
	type ex struct {
		feats []uint32
		y     float64
	}
	var exs []ex
	count := make([]int32, 1<<pairBits)
	for _, td := range docs {
		for n, s := range td.samples {
			y := 0.0
			if td.labels[n] {
				y = 1
			}
			exs = append(exs, ex{s.feats, y})
			for _, h := range s.feats {
				count[h]++
			}
		}
	}
	w := make([]float64, 1<<pairBits)
	g2 := make([]float64, 1<<pairBits)
	rng := rand.New(rand.NewPCG(seed, 2))
	order := rng.Perm(len(exs))
	for ep := 0; ep < pairsEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := exs[k]
			z := 0.0
			for _, h := range e.feats {
				z += w[h]
			}
			p := 1 / (1 + math.Exp(-z))
			g := p - e.y
			for _, h := range e.feats {
				if count[h] < pairsMinCount {
					continue
				}
				gh := g + pairsL2*w[h]
				g2[h] += gh * gh
				w[h] -= pairsRate * gh / math.Sqrt(g2[h]+1e-8)
			}
		}
	}
	m := &pairModel{w: make([]float32, 1<<pairBits)}
	for i, v := range w {
		m.w[i] = float32(v)
	}
	return m
}

// scoreWith runs Find over docs with model m (nil: rules only) and
// returns the source overlap counts.
func scoreWith(docs []*trainDoc, m *pairModel) prf {
	saved := pairsOverride
	pairsOverride = m
	if m == nil {
		pairsOverride = noPairs()
	}
	defer func() { pairsOverride = saved }()
	var c prf
	for _, td := range docs {
		var srcs [][2]int
		for _, a := range Find(td.d.body, td.sents, nil) {
			srcs = append(srcs, [2]int{a.SourceStart, a.SourceEnd})
		}
		c.add(match(td.d.sources, uniqSpans(srcs), false))
	}
	return c
}

// TestPairsModelRoundTrip checks the sparse encoding of a model.
func TestPairsModelRoundTrip(t *testing.T) {
	m := &pairModel{w: make([]float32, 1<<pairBits), threshold: 0.75, drop: -1.5}
	m.w[0], m.w[7], m.w[1<<pairBits-1] = 1.5, -0.25, 3
	got, err := decodePairs(encodePairs(m))
	if err != nil {
		t.Fatal(err)
	}
	if got.threshold != 0.75 || got.drop != -1.5 || got.w[0] != 1.5 || got.w[7] != -0.25 || got.w[1<<pairBits-1] != 3 || got.w[1] != 0 {
		t.Errorf("round trip lost weights: %v %v %v %v", got.threshold, got.w[0], got.w[7], got.w[1<<pairBits-1])
	}
	for _, bad := range [][]byte{nil, []byte("APM1"), bytes.Repeat([]byte{0xff}, 40), append(encodePairs(m)[:20], 0xff)} {
		if _, err := decodePairs(bad); err == nil {
			t.Errorf("no error for %q", strings.ToValidUTF8(fmt.Sprint(bad), "?"))
		}
	}
}

// TestEmbeddedPairsModel checks that the shipped model decodes.
func TestEmbeddedPairsModel(t *testing.T) {
	if _, err := decodePairs(pairsBin); err != nil {
		t.Fatalf("learned_pairs.bin: %v (retrain with ATTRIB_TRAIN_PAIRS=1 go test ./digest/attrib -run TrainPairs -v)", err)
	}
}

// TestPairsErrors lists the held-out candidates the model gets most wrong
// (ATTRIB_PAIRS_ERRORS=1; for error analysis on train only).
func TestPairsErrors(t *testing.T) {
	if os.Getenv("ATTRIB_PAIRS_ERRORS") == "" {
		t.Skip("set ATTRIB_PAIRS_ERRORS=1")
	}
	docs, err := loadPolNeAR(filepath.Join(sharedDir(t), "eval", "polnear", "train"))
	if err != nil {
		t.Fatal(err)
	}
	tds := collectPairs(docs)
	var fit []*trainDoc
	for k := range tds {
		if k%pairsHoldEach != pairsHoldEach-1 {
			fit = append(fit, &tds[k])
		}
	}
	m := trainPairs(fit)
	for k := range tds {
		if k%pairsHoldEach != pairsHoldEach-1 {
			continue
		}
		td := &tds[k]
		for n, s := range td.samples {
			z := float32(0)
			for _, h := range s.feats {
				z += m.w[h]
			}
			lo, hi := max(0, s.start-60), min(len(td.d.body), s.end+60)
			ctx := strings.ReplaceAll(td.d.body[lo:s.start]+"[["+td.d.body[s.start:s.end]+"]]"+td.d.body[s.end:hi], "\n", " ")
			switch {
			case z > 0.5 && !td.labels[n]:
				t.Logf("FP %5.2f %s", z, ctx)
			case z < -1 && td.labels[n]:
				t.Logf("FN %5.2f %s", z, ctx)
			}
		}
	}
}

// TestCVPairs measures rules plus learned pairs by ten-fold cross
// validation over the PolNeAR training split (ATTRIB_CV_PAIRS=1): each
// tenth of the articles (by name, as the held-out slice of TestTrainPairs)
// is scored with a model fitted on the other nine tenths, and the counts
// are pooled. It prints the pooled source F1 at the shipped thresholds and
// at the best pair of thresholds on the grid, a steadier measure of a rule
// or feature change than the 84 held-out articles alone. PolNeAR dev is
// never read here.
func TestCVPairs(t *testing.T) {
	if os.Getenv("ATTRIB_CV_PAIRS") == "" {
		t.Skip("set ATTRIB_CV_PAIRS=1 to cross-validate the pair classifier on PolNeAR train")
	}
	docs, err := loadPolNeAR(filepath.Join(sharedDir(t), "eval", "polnear", "train"))
	if err != nil {
		t.Fatal(err)
	}
	tds := collectPairs(docs)
	shipped := embeddedPairs()
	if shipped == nil {
		// (a model of another size: the last shipped scores)
		shipped = &pairModel{threshold: -0.5, drop: -0.25}
	}
	drops, adds, pooled, rules, atShipped := cvPairsWith(tds, shipped)
	t.Logf("10-fold CV on train, rules only: P %.3f R %.3f F1 %.4f", rules.p(), rules.r(), rules.f1())
	t.Logf("10-fold CV on train, shipped thresholds (add %.2f drop %.2g): P %.3f R %.3f F1 %.5f", shipped.threshold, shipped.drop, atShipped.p(), atShipped.r(), atShipped.f1())
	if atShipped.f1() <= rules.f1() {
		t.Errorf("learned pairs do not beat the rules under cross validation: %.4f <= %.4f", atShipped.f1(), rules.f1())
	}
	bi := 0
	for i, c := range pooled {
		if c.p() >= pairsMinPrec && c.f1() > pooled[bi].f1() {
			bi = i
		}
	}
	c := pooled[bi]
	t.Logf("10-fold CV on train, best (add %.2f drop %.2g): P %.3f R %.3f F1 %.5f", adds[bi%len(adds)], drops[bi/len(adds)], c.p(), c.r(), c.f1())
}

// foldSplit returns the articles of tds outside and inside fold (every
// pairsHoldEach-th article from fold on). ATTRIB_CV_SPLIT=N (N > 0) deals
// the articles into the folds in a random order of seed N instead, to
// measure a change on a fold assignment no earlier choice was made on;
// the default (0) is the split by name.
func foldSplit(tds []trainDoc, fold int) (fit, held []*trainDoc) {
	pos := make([]int, len(tds))
	for k := range pos {
		pos[k] = k
	}
	if seed := envInt("ATTRIB_CV_SPLIT", 0); seed > 0 {
		pos = rand.New(rand.NewPCG(uint64(seed), 3)).Perm(len(tds))
	}
	for k := range tds {
		if pos[k]%pairsHoldEach == fold {
			held = append(held, &tds[k])
		} else {
			fit = append(fit, &tds[k])
		}
	}
	return fit, held
}

// cvPairs scores rules plus pairs over tds by ten-fold cross validation
// on a grid of drop and add scores, pooling the counts of the folds:
// pooled[d*len(adds)+a] holds drop drops[d] and add score adds[a].
func cvPairs(tds []trainDoc) (drops, adds []float32, pooled []prf) {
	drops, adds, pooled, _, _ = cvPairsWith(tds, nil)
	return drops, adds, pooled
}

// cvPairsWith is cvPairs that also pools the rules alone and, when
// shipped is not nil, rules plus pairs at shipped's add and drop scores,
// with the same fold models (each fold is trained once).
func cvPairsWith(tds []trainDoc, shipped *pairModel) (drops, adds []float32, pooled []prf, rules, atShipped prf) {
	drops = []float32{-math.MaxFloat32, -1.5, -1, -0.75, -0.5, -0.25, 0}
	for th := float32(-1.0); th <= 1.51; th += 0.25 {
		adds = append(adds, th)
	}
	pooled = make([]prf, len(drops)*len(adds))
	for fold := 0; fold < pairsHoldEach; fold++ {
		fit, held := foldSplit(tds, fold)
		m := trainPairs(fit)
		if shipped != nil {
			rules.add(scoreWith(held, nil))
			m.threshold, m.drop = shipped.threshold, shipped.drop
			atShipped.add(scoreWith(held, m))
		}
		for di, d := range drops {
			for ai, th := range adds {
				m.threshold, m.drop = th, d
				pooled[di*len(adds)+ai].add(scoreWith(held, m))
			}
		}
	}
	return drops, adds, pooled, rules, atShipped
}

// TestFoldSplit checks that both fold assignments of foldSplit hold every
// article out exactly once, in folds of nearly equal size, and that a
// split seed deals the articles differently from the split by name.
func TestFoldSplit(t *testing.T) {
	tds := make([]trainDoc, 57)
	for k := range tds {
		tds[k].d.name = strconv.Itoa(k)
	}
	byName := make([]int, len(tds))
	for _, seed := range []string{"0", "7"} {
		t.Setenv("ATTRIB_CV_SPLIT", seed)
		held := make([]int, len(tds))
		moved := 0
		for fold := 0; fold < pairsHoldEach; fold++ {
			fit, h := foldSplit(tds, fold)
			if len(fit)+len(h) != len(tds) || len(h) < len(tds)/pairsHoldEach || len(h) > len(tds)/pairsHoldEach+1 {
				t.Errorf("split %s fold %d: %d fit, %d held of %d", seed, fold, len(fit), len(h), len(tds))
			}
			for _, td := range h {
				k, _ := strconv.Atoi(td.d.name)
				held[k]++
				if seed == "0" {
					byName[k] = fold
				} else if byName[k] != fold {
					moved++
				}
			}
		}
		for k, n := range held {
			if n != 1 {
				t.Errorf("split %s: article %d held out %d times", seed, k, n)
			}
		}
		if seed != "0" && moved == 0 {
			t.Errorf("split %s deals the articles as the split by name", seed)
		}
	}
}
