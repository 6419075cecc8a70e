package digest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// venueArticle is one training article's venue candidates.
type venueArticle struct {
	set    string
	feats  [][]string // per candidate
	names  []string   // per candidate: its place's name
	pos    []bool     // per candidate: its place is one the checks accept
	neg    []bool     // per candidate: its place is one the checks forbid
	rule   string     // the rules' venue, "" for none
	ruleOK bool       // the rules' venue is one the checks accept
	ruleNo bool       // the rules' venue is one the checks forbid
	call   bool       // the rules read the story as a call (no place)
	ahead  bool       // the rules read a meeting ahead, no meeting held
}

// labeled says the checks accept one of the article's places.
func (a *venueArticle) labeled() bool {
	if a.ruleOK {
		return true
	}
	for _, p := range a.pos {
		if p {
			return true
		}
	}
	return false
}

// venueTermIn reports whether one of terms is a whole word or phrase of
// the place as the bullet names it ("Name, Country"), the test of a
// Meeting Location & Date check.
func venueTermIn(terms []string, name, country string) bool {
	s := strings.ToLower(name + ", " + country)
	for _, t := range terms {
		if containsWord(s, strings.ToLower(t)) {
			return true
		}
	}
	return false
}

// venueArticles runs the engine without the venue model over the
// quick-look sets in dirs and returns every article's venue candidates,
// labeled by the places of its Meeting Location & Date checks.
func venueArticles(t *testing.T, dirs []string) []venueArticle {
	t.Helper()
	e, err := New(WithoutVenueModel())
	if err != nil {
		t.Fatal(err)
	}
	var out []venueArticle
	eachQLArticle(t, dirs, func(set string, art Article, checks []qlCheck) {
		var has, not []string
		for _, c := range checks {
			if c.Bullet != "Meeting Location & Date" {
				continue
			}
			for _, h := range c.Has {
				if !isoTerm.MatchString(h) {
					has = append(has, h)
				}
			}
			not = append(not, c.Not...)
		}
		a := venueArticle{set: set}
		e.venueHook = func(d *doc, title string, venue *Place) {
			defer d.restoreClauses(d.saveClauses())
			a.call, a.ahead = d.callSent >= 0, d.aheadPlace != nil
			if venue != nil {
				a.rule = venue.Name
				a.ruleOK = venueTermIn(has, venue.Name, venue.Country)
				a.ruleNo = venueTermIn(not, venue.Name, venue.Country)
			}
			v := d.venueDocOf(title)
			for k := range d.venueCands {
				c := &d.venueCands[k]
				var fs []string
				d.partBuf = d.venueFeatures(k, &v, d.partBuf, func(b []byte) { fs = append(fs, string(b)) })
				a.feats = append(a.feats, fs)
				a.names = append(a.names, c.name)
				a.pos = append(a.pos, venueTermIn(has, c.name, c.country))
				a.neg = append(a.neg, venueTermIn(not, c.name, c.country))
			}
		}
		e.Extract(art)
		e.venueHook = nil
		if len(a.feats) > 0 {
			out = append(out, a)
		}
	})
	return out
}

// venueExamples flattens articles into the participant trainer's
// examples (only the labeled articles teach).
func venueExamples(arts []venueArticle) []linExample {
	var ex []linExample
	for _, a := range arts {
		if !a.labeled() {
			continue
		}
		for i := range a.feats {
			ex = append(ex, linExample{set: a.set, feats: a.feats[i], y: a.pos[i]})
		}
	}
	return ex
}

// venueChoice returns the candidate model m puts in the rules' venue's
// place, as modelVenue decides with thresholds hi and lo, or -1 to keep
// the rules' venue.
func venueChoice(m linModel, a *venueArticle, hi, lo float64) int {
	if a.rule == "" {
		return -1
	}
	best, bestP, ruleP := -1, 0.0, -1.0
	for i, fs := range a.feats {
		p := linProbOf(m, fs)
		if a.names[i] == a.rule {
			ruleP = max(ruleP, p)
		}
		if best < 0 || p > bestP {
			best, bestP = i, p
		}
	}
	if ruleP < 0 || ruleP >= lo || bestP < hi || a.names[best] == a.rule {
		return -1
	}
	return best
}

// TestTrainVenues trains the venue model on the repository's quick-look
// sets and writes data/venues.tsv; it prints what the model does to the
// rules' venues, each set left out in turn. It runs only with
// ATTACHE_TRAIN_VENUES=1.
func TestTrainVenues(t *testing.T) {
	if os.Getenv("ATTACHE_TRAIN_VENUES") == "" {
		t.Skip("set ATTACHE_TRAIN_VENUES=1 to train the venue model")
	}
	dirs := quickLookDirs(t)
	arts := venueArticles(t, dirs)
	labeled, right, wrong, none, reach := 0, 0, 0, 0, 0
	for i := range arts {
		a := &arts[i]
		if !a.labeled() {
			continue
		}
		labeled++
		switch {
		case a.rule == "":
			none++
		case a.ruleOK:
			right++
		default:
			wrong++
			for _, p := range a.pos {
				if p {
					reach++
					break
				}
			}
		}
	}
	t.Logf("%d articles with candidates, %d labeled: the rules place %d right, %d wrong (%d of them with a right candidate), %d unplaced",
		len(arts), labeled, right, wrong, reach, none)
	models := map[string]linModel{}
	for _, dir := range dirs {
		set := filepath.Base(dir)
		var train []venueArticle
		for _, a := range arts {
			if a.set != set {
				train = append(train, a)
			}
		}
		models[set] = trainLocModel(venueExamples(train))
	}
	for _, hi := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
		for _, lo := range []float64{0.1, 0.2, 0.3, 0.4} {
			fixed, broke, changed, wrongToWrong, forbidden := 0, 0, 0, 0, 0
			for i := range arts {
				a := &arts[i]
				b := venueChoice(models[a.set], a, hi, lo)
				if b < 0 {
					continue
				}
				changed++
				switch {
				case !a.labeled():
				case a.pos[b] && !a.ruleOK:
					fixed++
				case !a.pos[b] && a.ruleOK:
					broke++
				case !a.pos[b]:
					wrongToWrong++
				}
				if a.neg[b] && !a.ruleNo {
					forbidden++
				}
			}
			t.Logf("override at model >= %.1f over a rule pick < %.1f: changed %d, fixed %d, broke %d, wrong to wrong %d, to a forbidden place %d",
				hi, lo, changed, fixed, broke, wrongToWrong, forbidden)
		}
	}
	for _, th := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
		right, wrong, unlabeled, forbidden := 0, 0, 0, 0
		for i := range arts {
			a := &arts[i]
			if a.rule != "" || a.call {
				continue
			}
			best, bestP := -1, th
			for k, fs := range a.feats {
				if p := linProbOf(models[a.set], fs); p >= bestP {
					best, bestP = k, p
				}
			}
			if best >= 0 && !a.ahead {
				best = -1
			}
			switch {
			case best < 0:
			case !a.labeled():
				unlabeled++
			case a.pos[best]:
				right++
			default:
				wrong++
			}
			if best >= 0 && a.neg[best] {
				forbidden++
			}
		}
		t.Logf("fill an unplaced article at model >= %.1f: right %d, wrong %d, unlabeled %d, a forbidden place %d", th, right, wrong, unlabeled, forbidden)
	}
	text := venueModelText(trainLocModel(venueExamples(arts)))
	if err := os.WriteFile("data/venues.tsv", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// venueModelText writes a venue model as data/venues.tsv holds it.
func venueModelText(m linModel) string {
	return headedModelText("# venue model: feature, weight (ATTACHE_TRAIN_VENUES=1 go test ./digest -run TestTrainVenues)", m)
}
