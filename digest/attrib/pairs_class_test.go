package attrib

import (
	"os"
	"path/filepath"
	"testing"
)

func init() {
	// ATTRIB_PAIRS_CLAUSE switches clauseExtra's features on (a bit mask)
	pairsClauseExtra = envInt("ATTRIB_PAIRS_CLAUSE", pairsClauseExtra)
}

// TestCVPairsClass measures an add score per candidate class
// (ATTRIB_CV_CLASS=1, ATTRIB_CLASS_BY=1..4: see pairClass) by nested
// cross validation on PolNeAR train: for each tenth, the add and drop
// scores and the per-class shifts are chosen on the other nine tenths
// only, each of those scored by a model fitted on the remaining eight, and
// then applied to the tenth with the model of the nine. It prints the
// pooled source F1 of one global (add, drop) chosen the same nested way,
// and of the per-class shifts on top of it. PolNeAR dev is never read.
func TestCVPairsClass(t *testing.T) {
	if os.Getenv("ATTRIB_CV_CLASS") == "" {
		t.Skip("set ATTRIB_CV_CLASS=1 to cross-validate per-class add scores on PolNeAR train")
	}
	pairClassBy = envInt("ATTRIB_CLASS_BY", 1)
	defer func() { pairClassBy = 0 }()
	docs, err := loadPolNeAR(filepath.Join(sharedDir(t), "eval", "polnear", "train"))
	if err != nil {
		t.Fatal(err)
	}
	tds := collectPairs(docs)
	const nf = pairsHoldEach
	fold := func(k int) (in []*trainDoc) {
		for i := range tds {
			if i%nf == k {
				in = append(in, &tds[i])
			}
		}
		return in
	}
	without := func(a, b int) (out []*trainDoc) {
		for i := range tds {
			if i%nf != a && i%nf != b {
				out = append(out, &tds[i])
			}
		}
		return out
	}
	outer := make([]*pairModel, nf)
	inner := map[[2]int]*pairModel{}
	for k := 0; k < nf; k++ {
		outer[k] = trainPairs(without(k, k))
		for j := k + 1; j < nf; j++ {
			inner[[2]int{k, j}] = trainPairs(without(k, j))
		}
	}
	t.Logf("trained %d outer and %d inner models", len(outer), len(inner))
	drops := []float32{-1e30, -0.5, -0.25, 0}
	var adds []float32
	for th := float32(-1.0); th <= 1.51; th += 0.25 {
		adds = append(adds, th)
	}
	shifts := []float32{-0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1}
	minN, minPos := envInt("ATTRIB_CLASS_MIN", 300), envInt("ATTRIB_CLASS_MINPOS", 40)
	// the score of settings cfg on the nine tenths other than k
	innerScore := func(k int, cfg pairModel) prf {
		var c prf
		for j := 0; j < nf; j++ {
			if j == k {
				continue
			}
			m := inner[[2]int{min(k, j), max(k, j)}]
			mm := *m
			mm.threshold, mm.drop, mm.add = cfg.threshold, cfg.drop, cfg.add
			c.add(scoreWith(fold(j), &mm))
		}
		return c
	}
	better := func(c, best prf, have bool) bool {
		return c.p() >= pairsMinPrec && (!have || c.f1() > best.f1()+1e-5)
	}
	var glob, cls prf
	for k := 0; k < nf; k++ {
		var cfg pairModel
		var best prf
		have := false
		for _, d := range drops {
			for _, a := range adds {
				c := innerScore(k, pairModel{threshold: a, drop: d})
				if better(c, best, have) {
					best, have, cfg.threshold, cfg.drop = c, true, a, d
				}
			}
		}
		if !have {
			t.Fatalf("fold %d: no setting reaches the minimum precision", k)
		}
		g := *outer[k]
		g.threshold, g.drop = cfg.threshold, cfg.drop
		gs := scoreWith(fold(k), &g)
		glob.add(gs)
		// the classes with enough candidates in the nine tenths
		var n, pos [pairClasses]int
		for i := range tds {
			if i%nf == k {
				continue
			}
			for x, s := range tds[i].samples {
				if s.rule {
					continue
				}
				n[s.class]++
				if tds[i].labels[x] {
					pos[s.class]++
				}
			}
		}
		for pass := 0; pass < envInt("ATTRIB_CLASS_PASSES", 1); pass++ {
			for cl := 0; cl < pairClasses; cl++ {
				if n[cl] < minN || pos[cl] < minPos {
					continue
				}
				orig := cfg.add[cl]
				for _, sh := range shifts {
					if sh == orig {
						continue
					}
					try := cfg
					try.add[cl] = sh
					c := innerScore(k, try)
					if better(c, best, true) {
						best, cfg.add[cl] = c, sh
					}
				}
			}
		}
		m := *outer[k]
		m.threshold, m.drop, m.add = cfg.threshold, cfg.drop, cfg.add
		cs := scoreWith(fold(k), &m)
		cls.add(cs)
		t.Logf("fold %d: add %.2f drop %.2g shifts %v (n %v); inner F1 %.4f; tenth global %.4f per class %.4f", k, cfg.threshold, cfg.drop, cfg.add, n, best.f1(), gs.f1(), cs.f1())
	}
	t.Logf("nested CV, one add score: P %.3f R %.3f F1 %.4f", glob.p(), glob.r(), glob.f1())
	t.Logf("nested CV, per class (by %d): P %.3f R %.3f F1 %.4f", pairClassBy, cls.p(), cls.r(), cls.f1())
}
