// Package nextdata builds the training data of the next-step model
// (package nextstep) from the quick-look sets and trains it: the command
// train-next and the test that checks the shipped model both use it.
//
// Labels. Each candidate step the engine offers (digest.NextCandidates)
// is positive when the item the model would write for it passes one of
// the article's Next checks on its own ("has" lists): its value is the
// check's ISO date ("2026-07" matches the value 2026-07, not 2026-07-14,
// as the checks match), or its phrase holds one of the check's words as
// whole words ("Aktau", "General Assembly"). A step in a sentence that
// holds a check's word its phrase leaves out is not positive: the model
// learns the items that carry a check, not the sentences. Every other
// candidate is a negative: those of an article with no Next check (or a
// "none" one), and the other dates of every article. Overlaps: a
// candidate that matches a check the rules' items pass already stays a
// positive (a real step, told again); the candidates the rules list, those
// the rules' reading vetoes (called off, denied) and those with no
// phrase the engine can write are left out of training, as the engine
// never scores them.
package nextdata

import (
	"fmt"
	"strings"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/evaluate"
	"github.com/attache-bot/attache/digest/internal/trainset"
	"github.com/attache-bot/attache/digest/nextstep"
)

// bullet is the label of the quick-look bullet the model writes to.
const bullet = "Next"

// Article is one training article: its candidates with their labels.
type Article struct {
	// Set is the quick-look set (its folder's name); ID the article's.
	Set, ID string
	// QL is the judged article, for scoring quick looks; Art the article
	// as the engine reads it.
	QL  *evaluate.QLArticle
	Art digest.Article
	// Cands are the candidate steps, Positive their labels.
	Cands    []digest.NextCandidate
	Positive []bool
}

// Load reads every quick-look set folder of dirs and returns its articles
// with their labeled candidates, in the order of dirs and of the files.
func Load(e *digest.Engine, dirs []string) ([]Article, error) {
	var out []Article
	err := trainset.Read(dirs, func(_ string, q *evaluate.QLArticle, art digest.Article) error {
		a := Article{Set: q.Set, ID: q.File.ID, QL: q, Art: art, Cands: e.NextCandidates(art)}
		for _, c := range a.Cands {
			a.Positive = append(a.Positive, Holds(q, c.Item))
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("nextdata: %w", err)
	}
	return out, nil
}

// Holds reports whether a Next bullet holding only item passes one of the
// "has" checks of q's Next bullet.
func Holds(q *evaluate.QLArticle, item string) bool {
	if item == "" {
		return false
	}
	ql := digest.QuickLook{Bullets: []digest.Bullet{{Label: bullet, Text: item}}}
	for _, o := range evaluate.ScoreQuickLook(q, ql) {
		if o.Check.Bullet == bullet && len(o.Check.Has) > 0 && o.Pass {
			return true
		}
	}
	return false
}

// Scored reports whether the engine scores candidate c: one the rules do
// not list and do not veto, with an item it can write.
func Scored(c *digest.NextCandidate) bool { return !c.Rule && !c.Vetoed && c.Item != "" }

// Examples returns the labeled candidates the engine scores (Scored) of
// the articles whose set is not leave (all of them when leave is empty),
// as training examples.
func Examples(arts []Article, leave string) []nextstep.Example {
	var ex []nextstep.Example
	for _, a := range arts {
		if a.Set == leave {
			continue
		}
		for i := range a.Cands {
			if Scored(&a.Cands[i]) {
				ex = append(ex, nextstep.Example{Names: a.Cands[i].Names, Positive: a.Positive[i]})
			}
		}
	}
	return ex
}

// Sets returns the names of the sets of arts, in order of first
// appearance.
func Sets(arts []Article) []string {
	return trainset.Sets(arts, func(a *Article) string { return a.Set })
}

// CVRow is the leave-one-set-out result of one threshold, summed over
// the held-out sets.
type CVRow struct {
	Threshold float64
	// NextPass of NextAll: the Next checks passed; Pass of All: every
	// check.
	NextPass, NextAll, Pass, All int
	// Added: the items the model added; Right: those that pass a Next
	// check on their own (Holds).
	Added, Right int
	// PerSet: Next checks passed per held-out set.
	PerSet map[string]int
	// AddedItems are the items added, each "set/id: item | sentence",
	// with "+" before those that hold a check's term.
	AddedItems []string
}

// CrossValidate trains, for each set of arts, a model on the other sets
// and scores the quick looks of the held-out set at every threshold.
func CrossValidate(arts []Article, thresholds []float64, o nextstep.TrainOptions) ([]CVRow, error) {
	m := &nextstep.Model{}
	e, err := digest.New(digest.WithNextModel(m))
	if err != nil {
		return nil, fmt.Errorf("nextdata: %w", err)
	}
	rules, err := digest.New(digest.WithoutNextModel())
	if err != nil {
		return nil, fmt.Errorf("nextdata: %w", err)
	}
	base := make([][]string, len(arts)) // the rules' items of each article
	for i := range arts {
		base[i] = items(rules.Extract(arts[i].Art).QuickLook)
	}
	rows := make([]CVRow, len(thresholds))
	for k, t := range thresholds {
		rows[k] = CVRow{Threshold: t, PerSet: map[string]int{}}
	}
	train := func(held string) error {
		pm, _ := nextstep.Train(Examples(arts, held), o)
		*m = *pm
		return nil
	}
	err = trainset.LeaveOneOut(arts, func(a *Article) string { return a.Set }, len(thresholds), train, func(set string, k, i int) error {
		m.Threshold = thresholds[k]
		r, a := &rows[k], &arts[i]
		res := e.Extract(a.Art)
		for _, oc := range evaluate.ScoreQuickLook(a.QL, res.QuickLook) {
			r.All++
			if oc.Pass {
				r.Pass++
			}
			if oc.Check.Bullet == bullet {
				r.NextAll++
				if oc.Pass {
					r.NextPass++
					r.PerSet[set]++
				}
			}
		}
		for _, x := range items(res.QuickLook) {
			if contains(base[i], x) {
				continue
			}
			r.Added++
			mark := "  "
			if Holds(a.QL, x) {
				r.Right++
				mark = "+ "
			}
			line := mark + a.Set + "/" + a.ID + ": " + x
			for _, c := range a.Cands {
				if c.Item == x {
					line += " | " + sentence(a.Art.Body, c.Date.Start)
					break
				}
			}
			r.AddedItems = append(r.AddedItems, line)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// items returns the items of a quick look's Next bullet.
func items(q digest.QuickLook) []string {
	for _, b := range q.Bullets {
		if b.Label == bullet {
			return strings.Split(b.Text, "; ")
		}
	}
	return nil
}

// sentence returns the line of body around byte off, clipped.
func sentence(body string, off int) string {
	a := strings.LastIndexAny(body[:off], ".\n") + 1
	b := strings.IndexAny(body[off:], ".\n")
	if b < 0 {
		b = len(body) - off
	}
	s := strings.TrimSpace(body[a : off+b])
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// Threshold is the shipped model's threshold, chosen by CrossValidate on
// the training sets a..u (see cmd/train-next -cv): each set left out,
// Next checks 407 -> 443 of 595 with 54 items added, 67% holding a
// check's term (0.5: 438, 45 added, 69%; 0.3: 443, 59 added, 61%); 19 of
// 25 of the additions judged by hand real steps of their story with the
// right date. On a..u with ta..td: 487 -> 537 of 714, 77 added, 68%.
const Threshold = 0.4

// Options are the training options of the shipped model with threshold t.
func Options(t float64) nextstep.TrainOptions {
	return nextstep.TrainOptions{Threshold: t, L2: L2, MinCount: MinCount}
}

// L2 and MinCount are the shipped model's weight decay and feature count
// cut-off (nextstep.TrainOptions), chosen by CrossValidate.
const (
	L2       = 1e-2
	MinCount = 1
)
