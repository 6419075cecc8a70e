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
	leadAh   []bool     // per candidate: leadDayAhead
	ruleBest int        // the candidate index the rules picked, or -1
	ruleOut  bool       // the rules picked a date that is no candidate
	labeled  bool       // the article has a Location check with a date
	other    []bool     // per candidate: the model must not fill by it (noFill)
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
			a.ruleOut = ruleBest >= 0 && !d.modelCandidate(r, ruleBest, venueSents, dct)
			for k := range r.Dates {
				if !d.modelCandidate(r, k, venueSents, dct) {
					continue
				}
				if k == ruleBest {
					a.ruleBest = len(a.feats)
				}
				var fs []string
				d.partBuf = d.dateFeatures(r, k, venueSents, dct, d.partBuf, func(b []byte) { fs = append(fs, string(b)) })
				a.feats = append(a.feats, fs)
				v := r.Dates[k].Value
				if r.Venue != nil {
					v, _ = d.talksDay(r.Dates[k], r.Venue.Name)
				}
				a.pos = append(a.pos, dateMatches(v, terms))
				a.vals = append(a.vals, v)
				a.other = append(a.other, d.noFill(r, k, venueSents, dct))
				a.leadAh = append(a.leadAh, d.leadDayAhead(r, k, venueSents))
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
	// every candidate's probability by the model trained without its set
	sets := make([]string, len(dirs))
	for i, dir := range dirs {
		sets[i] = filepath.Base(dir)
	}
	oof := dateOOF(arts, sets, nil)
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
		r, w, e, u := dateOutcomeP(oof, arts, th, nil)
		t.Logf("threshold %.1f, each set left out: undated articles filled right %d, wrong %d, left empty %d; unlabeled filled %d", th, r, w, e, u)
	}
	for _, hi := range []float64{0.7, 0.8, 0.9} {
		for _, lo := range []float64{0.1, 0.2, 0.3} {
			changed, fixed, broke := dateOverrides(oof, arts, hi, lo, nil)
			t.Logf("override at model >= %.1f over a rule pick < %.1f: changed %d, fixed %d, broke %d", hi, lo, changed, fixed, broke)
		}
	}
	right, wrong, empty := datePicks(oof, arts, dateGate{dateFillMin, dateOverMin, dateUnderMax}, nil)
	t.Logf("rules and model at the shipped thresholds (fill %.1f, override %.1f over < %.1f), each set left out: right %d, wrong %d, undated %d (labeled, %d with the rules' pick outside the model)",
		dateFillMin, dateOverMin, dateUnderMax, right, wrong, empty, countRuleOut(arts))
	// the thresholds chosen inside the loop: for each set left out, by
	// the other sets' own out-of-fold probabilities (five folds of them)
	var gr, gw, ge int
	chosen := map[dateGate]int{}
	for si, set := range sets {
		var inner []string
		for i, s2 := range sets {
			if i != si {
				inner = append(inner, s2)
			}
		}
		in := dateOOF(arts, inner, func(i int) int { return i % 5 })
		g := bestDateGate(in, arts, set)
		chosen[g]++
		only := func(a *dateArticle) bool { return a.set == set }
		r, w, e := datePicks(oof, arts, g, only)
		gr, gw, ge = gr+r, gw+w, ge+e
	}
	t.Logf("rules and model with the thresholds chosen inside the loop: right %d, wrong %d, undated %d; thresholds chosen %v", gr, gw, ge, chosen)
	g := bestDateGate(oof, arts, "")
	r, w, e := datePicks(oof, arts, g, nil)
	t.Logf("the thresholds all sets' out-of-fold probabilities choose: %+v (right %d, wrong %d, undated %d)", g, r, w, e)
	text := dateModelText(trainLocModel(dateExamples(arts)))
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

// dateGate is the date model's thresholds: fill undated talks at fill,
// override a rule pick under lo by a candidate at hi.
type dateGate struct{ fill, hi, lo float64 }

// dateOOF returns every candidate's probability by a model trained
// without its fold, for the articles of sets (others nil); fold maps the
// index of a set in sets to its fold (nil: each set its own).
func dateOOF(arts []dateArticle, sets []string, fold func(int) int) [][]float64 {
	foldOf := map[string]int{}
	for i, s := range sets {
		if fold == nil {
			foldOf[s] = i
		} else {
			foldOf[s] = fold(i)
		}
	}
	folds := map[int]bool{}
	for _, f := range foldOf {
		folds[f] = true
	}
	out := make([][]float64, len(arts))
	for f := range folds {
		var train []dateArticle
		for _, a := range arts {
			if g, ok := foldOf[a.set]; ok && g != f {
				train = append(train, a)
			}
		}
		m := trainLocModel(dateExamples(train))
		for i, a := range arts {
			if g, ok := foldOf[a.set]; ok && g == f {
				out[i] = make([]float64, len(a.feats))
				for c, fs := range a.feats {
					out[i][c] = linProbOf(m, fs)
				}
			}
		}
	}
	return out
}

// datePick is what the rules and the model pick for article a given its
// candidates' probabilities p (modelDate's logic): a candidate index or
// -1.
func datePick(a *dateArticle, p []float64, g dateGate) int {
	if a.ruleBest < 0 {
		best, bestP := -1, g.fill
		for i := range a.feats {
			if p[i] >= bestP && !a.other[i] {
				best, bestP = i, p[i]
			}
		}
		return best
	}
	best, bestP := -1, g.hi
	for i := range a.feats {
		if p[i] >= bestP {
			best, bestP = i, p[i]
		}
	}
	if best < 0 || best == a.ruleBest || p[a.ruleBest] >= g.lo ||
		a.ahead && aheadDate(a.vals[a.ruleBest], a.dct) && !notPast(a.vals[best], a.dct) ||
		a.leadAh[best] && aheadDate(a.vals[a.ruleBest], a.dct) && !aheadDate(a.vals[best], a.dct) {
		return a.ruleBest
	}
	return best
}

// datePicks counts the labeled articles (of those only keeps, nil for
// all, with probabilities in p) the rules and the model date right, wrong
// and not at all (not the articles whose rules' pick the model does not
// weigh).
func datePicks(p [][]float64, arts []dateArticle, g dateGate, only func(*dateArticle) bool) (right, wrong, empty int) {
	for i := range arts {
		a := &arts[i]
		if !a.labeled || a.ruleOut || p[i] == nil || only != nil && !only(a) {
			continue
		}
		switch k := datePick(a, p[i], g); {
		case k < 0:
			empty++
		case a.pos[k]:
			right++
		default:
			wrong++
		}
	}
	return
}

// bestDateGate chooses the thresholds that date the most articles right
// less wrong by the probabilities p of the articles not in set left
// (ties: the higher thresholds).
func bestDateGate(p [][]float64, arts []dateArticle, left string) dateGate {
	only := func(a *dateArticle) bool { return a.set != left }
	var best dateGate
	bestS := -1 << 30
	for _, fill := range []float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4} {
		for _, hi := range []float64{0.9, 0.8, 0.7, 0.6} {
			for _, lo := range []float64{0.1, 0.2, 0.3, 0.4, 0.5} {
				g := dateGate{fill, hi, lo}
				r, w, _ := datePicks(p, arts, g, only)
				if r-w > bestS {
					best, bestS = g, r-w
				}
			}
		}
	}
	return best
}

// dateOutcomeP is dateOutcome with each article's probabilities in p.
func dateOutcomeP(p [][]float64, arts []dateArticle, th float64, only func(*dateArticle) bool) (right, wrong, empty, unlabeled int) {
	for i := range arts {
		a := &arts[i]
		if a.ruleBest >= 0 || a.ruleOut || only != nil && !only(a) {
			continue
		}
		k := datePick(a, p[i], dateGate{fill: th})
		switch {
		case !a.labeled:
			if k >= 0 {
				unlabeled++
			}
		case k < 0:
			empty++
		case a.pos[k]:
			right++
		default:
			wrong++
		}
	}
	return
}

// dateOverrides counts what overriding at hi over a rule pick under lo
// does to the articles the rules date: changed, fixed, broken.
func dateOverrides(p [][]float64, arts []dateArticle, hi, lo float64, only func(*dateArticle) bool) (changed, fixed, broke int) {
	for i := range arts {
		a := &arts[i]
		if a.ruleBest < 0 || only != nil && !only(a) {
			continue
		}
		k := datePick(a, p[i], dateGate{hi: hi, lo: lo})
		if k == a.ruleBest {
			continue
		}
		changed++
		if a.labeled && a.pos[k] && !a.pos[a.ruleBest] {
			fixed++
		}
		if a.labeled && !a.pos[k] && a.pos[a.ruleBest] {
			broke++
		}
	}
	return
}

// countRuleOut counts the labeled articles whose rules' date the model
// does not weigh.
func countRuleOut(arts []dateArticle) int {
	n := 0
	for _, a := range arts {
		if a.labeled && a.ruleOut {
			n++
		}
	}
	return n
}
