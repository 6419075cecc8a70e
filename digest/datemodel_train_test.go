package digest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dateArticle is one training article's date candidates.
type dateArticle struct {
	set      string
	feats    [][]string // per candidate
	pos      []bool     // per candidate: its value is one the checks accept
	vals     []string   // per candidate: its value
	dct      string     // the publication day
	ahead    bool       // the lead tells of a meeting to come
	ruleBest int        // the candidate index the rules picked, or -1
	ruleOut  bool       // the rules picked a date that is no candidate
	labeled  bool       // the article has a Location check with a date
	other    []bool     // per candidate: it dates another event's place (otherEventDate)
}

var isoTerm = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$`)

// dateArticles runs the engine without the date model over the quick-look
// sets in dirs and returns every article's date candidates, labeled by
// the dates of its Meeting Location & Date checks.
func dateArticles(t *testing.T, dirs []string) []dateArticle {
	t.Helper()
	e, err := New(WithoutDateModel())
	if err != nil {
		t.Fatal(err)
	}
	var out []dateArticle
	eachQLArticle(t, dirs, func(set string, art Article, checks []qlCheck) {
		var terms []string
		for _, c := range checks {
			if c.Bullet != "Meeting Location & Date" {
				continue
			}
			for _, h := range c.Has {
				if isoTerm.MatchString(h) {
					terms = append(terms, h)
				}
			}
		}
		a := dateArticle{set: set, ruleBest: -1, labeled: len(terms) > 0}
		e.dateHook = func(d *doc, r *Result, venueSents []int, dct string, ruleBest int) {
			a.ruleOut = ruleBest >= 0 && !d.dateCandidate(r, ruleBest, venueSents)
			for k := range r.Dates {
				if !d.dateCandidate(r, k, venueSents) {
					continue
				}
				if k == ruleBest {
					a.ruleBest = len(a.feats)
				}
				var fs []string
				d.partBuf = d.dateFeatures(r, k, venueSents, dct, d.partBuf, func(b []byte) { fs = append(fs, string(b)) })
				a.feats = append(a.feats, fs)
				a.pos = append(a.pos, dateMatches(r.Dates[k].Value, terms))
				a.vals = append(a.vals, r.Dates[k].Value)
				a.other = append(a.other, d.otherEventDate(r, k))
				a.dct = dct
				a.ahead = d.leadSent >= 0 && d.aheadIn(d.leadSent)
			}
		}
		e.Extract(art)
		e.dateHook = nil
		if len(a.feats) > 0 {
			out = append(out, a)
		}
	})
	return out
}

// dateMatches reports whether value v is one of the checks' dates (a
// month's check accepts a day of that month, as the bullet shows both).
func dateMatches(v string, terms []string) bool {
	for _, t := range terms {
		if v == t || strings.HasPrefix(v, t+"-") || strings.HasPrefix(v, t+"T") {
			return true
		}
	}
	return false
}

// dateExamples flattens articles into the participant trainer's examples
// (only the labeled articles teach).
func dateExamples(arts []dateArticle) []linExample {
	var ex []linExample
	for _, a := range arts {
		if !a.labeled {
			continue
		}
		for i := range a.feats {
			ex = append(ex, linExample{set: a.set, feats: a.feats[i], y: a.pos[i]})
		}
	}
	return ex
}

// dateOutcome counts, for articles the rules leave undated, what the
// model at threshold th does: fills right, fills wrong, leaves empty
// (labeled articles only), and fills an unlabeled article.
func dateOutcome(m linModel, arts []dateArticle, th float64) (right, wrong, empty, unlabeled int) {
	for _, a := range arts {
		if a.ruleBest >= 0 || a.ruleOut {
			continue
		}
		best, bestP := -1, th
		for i, fs := range a.feats {
			if p := linProbOf(m, fs); p >= bestP && !a.other[i] {
				best, bestP = i, p
			}
		}
		switch {
		case !a.labeled:
			if best >= 0 {
				unlabeled++
			}
		case best < 0:
			empty++
		case a.pos[best]:
			right++
		default:
			wrong++
		}
	}
	return
}

// TestTrainDates trains the date model on the repository's quick-look
// sets and writes data/dates.tsv; it prints what the model does to the
// articles the rules leave undated, each set left out in turn. It runs
// only with ATTACHE_TRAIN_DATES=1.
func TestTrainDates(t *testing.T) {
	if os.Getenv("ATTACHE_TRAIN_DATES") == "" {
		t.Skip("set ATTACHE_TRAIN_DATES=1 to train the date model")
	}
	dirs := quickLookDirs(t)
	arts := dateArticles(t, dirs)
	undated, undatedLabeled, rulesRight, rulesWrong := 0, 0, 0, 0
	for _, a := range arts {
		switch {
		case a.ruleOut:
		case a.ruleBest < 0:
			undated++
			if a.labeled {
				undatedLabeled++
			}
		case a.labeled && a.pos[a.ruleBest]:
			rulesRight++
		case a.labeled:
			rulesWrong++
		}
	}
	t.Logf("%d articles with candidates; the rules date %d right and %d wrong (labeled), leave %d undated (%d labeled)",
		len(arts), rulesRight, rulesWrong, undated, undatedLabeled)
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
		var r, w, e, u int
		for _, dir := range dirs {
			set := filepath.Base(dir)
			var train, test []dateArticle
			for _, a := range arts {
				if a.set == set {
					test = append(test, a)
				} else {
					train = append(train, a)
				}
			}
			m := trainLinModel(dateExamples(train))
			r1, w1, e1, u1 := dateOutcome(m, test, th)
			r, w, e, u = r+r1, w+w1, e+e1, u+u1
		}
		t.Logf("threshold %.1f, each set left out: undated articles filled right %d, wrong %d, left empty %d; unlabeled filled %d", th, r, w, e, u)
	}
	for _, hi := range []float64{0.7, 0.8, 0.9} {
		for _, lo := range []float64{0.1, 0.2, 0.3} {
			fixed, broke, changed := 0, 0, 0
			for _, dir := range dirs {
				set := filepath.Base(dir)
				var train []dateArticle
				for _, a := range arts {
					if a.set != set {
						train = append(train, a)
					}
				}
				m := trainLinModel(dateExamples(train))
				for _, a := range arts {
					if a.set != set || a.ruleBest < 0 {
						continue
					}
					best, bestP := -1, hi
					for i, fs := range a.feats {
						if p := linProbOf(m, fs); p >= bestP {
							best, bestP = i, p
						}
					}
					if best < 0 || best == a.ruleBest || linProbOf(m, a.feats[a.ruleBest]) >= lo ||
						a.ahead && aheadDate(a.vals[a.ruleBest], a.dct) && !notPast(a.vals[best], a.dct) {
						continue
					}
					changed++
					if a.labeled && a.pos[best] && !a.pos[a.ruleBest] {
						fixed++
					}
					if a.labeled && !a.pos[best] && a.pos[a.ruleBest] {
						broke++
					}
				}
			}
			t.Logf("override at model >= %.1f over a rule pick < %.1f: changed %d, fixed %d, broke %d", hi, lo, changed, fixed, broke)
		}
	}
	text := dateModelText(trainLinModel(dateExamples(arts)))
	if err := os.WriteFile("data/dates.tsv", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// dateModelText writes a date model as data/dates.tsv holds it.
func dateModelText(m linModel) string {
	return headedModelText("# date model: feature, weight (ATTACHE_TRAIN_DATES=1 go test ./digest -run TestTrainDates)", m)
}

// headedModelText writes m as linModelText does, under the comment line
// header instead of its own: the date and venue models' files.
func headedModelText(header string, m linModel) string {
	text := linModelText(m)
	return header + "\n" + text[strings.Index(text, "\n")+1:]
}
