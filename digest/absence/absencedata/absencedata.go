// Package absencedata builds the training data of the absence model
// (package absence) from the quick-look sets and trains it: the command
// train-absence and the test that checks the shipped model both use it.
//
// Labels. Each mention of a candidate absentee the engine offers
// (digest.AbsenceCandidates) is positive when the candidate's name or the
// mention's text holds, as whole words in any case, a term of one of the
// article's Absent/Excluded checks ("has" lists). Every other mention is
// a negative: those of an article whose check says nobody is left out
// ("none"), of an article with no Absent/Excluded check, and the other
// candidates of every article. A positive candidate is named at several
// mentions and its absence is told at one or two: absence.Train chooses
// the mention (multiple-instance learning).
package absencedata

import (
	"fmt"
	"strings"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/absence"
	"github.com/attache-bot/attache/digest/evaluate"
	"github.com/attache-bot/attache/digest/internal/logreg"
	"github.com/attache-bot/attache/digest/internal/trainset"
)

// bullet is the label of the quick-look bullet the model writes to.
const bullet = "Absent/Excluded"

// Article is one training article: its candidates with their labels.
type Article struct {
	// Set is the quick-look set (its folder's name); ID the article's.
	Set, ID string
	// QL is the judged article, for scoring quick looks; Art the article
	// as the engine reads it.
	QL  *evaluate.QLArticle
	Art digest.Article
	// Terms are the terms of the article's Absent/Excluded "has" checks.
	Terms []string
	// Cands are the candidate mentions, Positive their labels.
	Cands    []digest.AbsenceCandidate
	Positive []bool
}

// Load reads every quick-look set folder of dirs and returns its articles
// with their labeled candidates, in the order of dirs and of the files.
func Load(e *digest.Engine, dirs []string) ([]Article, error) {
	var out []Article
	err := trainset.Read(dirs, func(_ string, q *evaluate.QLArticle, art digest.Article) error {
		a := Article{Set: q.Set, ID: q.File.ID, QL: q, Art: art, Cands: e.AbsenceCandidates(art)}
		for _, c := range q.File.Checks {
			if c.Bullet == bullet {
				a.Terms = append(a.Terms, c.Has...)
			}
		}
		for _, c := range a.Cands {
			a.Positive = append(a.Positive, Positive(c.Name, c.Text, a.Terms))
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("absencedata: %w", err)
	}
	return out, nil
}

// Positive reports whether a candidate named name, at a mention written
// text, is absent by the terms of the article's Absent/Excluded checks.
func Positive(name, text string, terms []string) bool {
	name, text = strings.ToLower(name), strings.ToLower(text)
	for _, t := range terms {
		t = strings.ToLower(t)
		if t != "" && (trainset.ContainsWord(name, t) || trainset.ContainsWord(text, t)) {
			return true
		}
	}
	return false
}

// Examples returns the labeled candidate mentions of the articles whose
// set is not leave (all of them when leave is empty), as training
// examples: one bag per candidate name of an article.
func Examples(arts []Article, leave string) []absence.Example {
	var ex []absence.Example
	bags := map[string]int{}
	for _, a := range arts {
		if a.Set == leave {
			continue
		}
		for i, c := range a.Cands {
			key := a.Set + "/" + a.ID + "\x00" + c.Name
			b, ok := bags[key]
			if !ok {
				b = len(bags)
				bags[key] = b
			}
			ex = append(ex, absence.Example{Names: c.Names, Positive: a.Positive[i], Bag: b})
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
	// AbsentPass of AbsentAll: the Absent/Excluded "has" checks passed;
	// NoneBroken of NoneAll: the "none" checks that fail.
	AbsentPass, AbsentAll, NoneBroken, NoneAll int
	// Pass of All: every check.
	Pass, All int
	// Added: the names the model added; Right: those that hold a term of
	// the article's Absent/Excluded checks.
	Added, Right int
	// PerSet: Absent/Excluded "has" checks passed per held-out set.
	PerSet map[string]int
	// AddedItems are the names added, each "set/id: name | sentence",
	// with "+" before those that hold a term.
	AddedItems []string
	// Missed lists, for each Absent/Excluded check that fails, the
	// best-scored candidate mention that holds one of its terms.
	Missed []string
}

// CrossValidate trains, for each set of arts, a model on the other sets
// and scores the quick looks of the held-out set at every threshold.
func CrossValidate(arts []Article, thresholds []float64, o absence.TrainOptions) ([]CVRow, error) {
	m := &absence.Model{}
	e, err := digest.New(digest.WithAbsenceModel(m))
	if err != nil {
		return nil, fmt.Errorf("absencedata: %w", err)
	}
	rules, err := digest.New(digest.WithoutAbsenceModel())
	if err != nil {
		return nil, fmt.Errorf("absencedata: %w", err)
	}
	base := make([][]string, len(arts)) // the rules' absentees of each article
	for i := range arts {
		base[i] = rules.Extract(arts[i].Art).Excluded
	}
	rows := make([]CVRow, len(thresholds))
	for k, t := range thresholds {
		rows[k] = CVRow{Threshold: t, PerSet: map[string]int{}}
	}
	train := func(held string) error {
		pm, _ := absence.Train(Examples(arts, held), o)
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
			if oc.Check.Bullet != bullet {
				continue
			}
			switch {
			case oc.Check.None:
				r.NoneAll++
				if !oc.Pass {
					r.NoneBroken++
				}
			case len(oc.Check.Has) > 0:
				r.AbsentAll++
				if oc.Pass {
					r.AbsentPass++
					r.PerSet[set]++
					break
				}
				best, bi := -1.0, -1
				for ci, c := range a.Cands {
					if Positive(c.Name, c.Text, oc.Check.Has) && !c.Listed {
						if p := m.ScoreNames(c.Names); p > best {
							best, bi = p, ci
						}
					}
				}
				line := a.Set + "/" + a.ID + " " + strings.Join(oc.Check.Has, "|") + ": "
				if bi >= 0 {
					line += fmt.Sprintf("%.2f %s (s%d) %v", best, a.Cands[bi].Name, a.Cands[bi].Sentence, a.Cands[bi].Names)
				} else {
					line += "no candidate"
				}
				r.Missed = append(r.Missed, line)
			}
		}
		for _, x := range res.Excluded {
			if contains(base[i], x) {
				continue
			}
			r.Added++
			mark := "  "
			if Positive(x, "", a.Terms) {
				r.Right++
				mark = "+ "
			}
			line := mark + a.Set + "/" + a.ID + ": " + x
			for _, b := range res.QuickLook.Bullets {
				if b.Label == bullet {
					line += " | " + b.Text
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

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if strings.EqualFold(x, y) {
			return true
		}
	}
	return false
}

// Threshold is the shipped model's threshold, chosen by CrossValidate on
// the training sets a..l and confirmed on a..u (see cmd/train-absence -cv).
const Threshold = 0.65

// Options are the training options of the shipped model with threshold t.
func Options(t float64) absence.TrainOptions {
	return absence.TrainOptions{Options: logreg.Options{Threshold: t, L2: L2, MinCount: MinCount}, Rounds: Rounds}
}

// L2, MinCount and Rounds are the shipped model's weight decay, feature
// count cut-off and rounds of choosing a positive candidate's mention
// (absence.TrainOptions), chosen by CrossValidate: one round (every
// mention of an absentee a positive) finds more absentees than two at
// the same share right.
const (
	L2       = 1e-2
	MinCount = 1
	Rounds   = 1
)
