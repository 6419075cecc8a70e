package digest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestLocFailureClasses prints the classes of the venue and date readers'
// misses, each set left out (the rules with the reader trained without
// the article's set, at the shipped thresholds): for the venue, whether a
// right place was among the candidates; for the date, how far the day
// picked lies from the checks' days. It runs only with
// ATTACHE_LOC_CLASSES=1 (stop 18's count, docs/quality.md).
func TestLocFailureClasses(t *testing.T) {
	if os.Getenv("ATTACHE_LOC_CLASSES") == "" {
		t.Skip("set ATTACHE_LOC_CLASSES=1 to count the Location readers' misses")
	}
	dirs := quickLookDirs(t)
	sets := make([]string, len(dirs))
	for i, dir := range dirs {
		sets[i] = filepath.Base(dir)
	}
	vas := venueArticles(t, dirs)
	models := map[string]linModel{}
	for _, set := range sets {
		var train []venueArticle
		for _, a := range vas {
			if a.set != set {
				train = append(train, a)
			}
		}
		models[set] = trainLocModel(venueExamples(train))
	}
	vc := map[string]int{}
	for i := range vas {
		a := &vas[i]
		if !a.labeled() {
			continue
		}
		reach := false
		for _, p := range a.pos {
			reach = reach || p
		}
		pick, ok, no := a.rule, a.ruleOK, a.ruleNo
		if b := venueChoice(models[a.set], a, venueOverMin, venueUnderMax); b >= 0 {
			pick, ok, no = a.names[b], a.pos[b], a.neg[b]
		} else if a.rule == "" && !a.call && a.ahead {
			best, bestP := -1, venueFillMin
			for k, fs := range a.feats {
				if p := linProbOf(models[a.set], fs); p >= bestP {
					best, bestP = k, p
				}
			}
			if best >= 0 {
				pick, ok, no = a.names[best], a.pos[best], a.neg[best]
			}
		}
		switch {
		case pick == "" && a.call:
			vc["unplaced: read as a call"]++
		case pick == "" && reach:
			vc["unplaced, a right candidate weighed"]++
		case pick == "":
			vc["unplaced, no right candidate"]++
		case ok:
			vc["right"]++
		case no && reach:
			vc["wrong (a forbidden place), a right candidate weighed"]++
		case no:
			vc["wrong (a forbidden place), no right candidate"]++
		case reach:
			vc["wrong, a right candidate weighed"]++
		default:
			vc["wrong, no right candidate"]++
		}
	}
	t.Logf("venue, each set left out: %v", vc)
	das := dateArticles(t, dirs)
	oof := dateOOF(das, sets, nil)
	dc := map[string]int{}
	for i := range das {
		a := &das[i]
		if !a.labeled || a.ruleOut || oof[i] == nil {
			continue
		}
		k := datePick(a, oof[i], dateGate{dateFillMin, dateOverMin, dateUnderMax})
		switch {
		case k < 0 && a.ruleBest < 0:
			reach := false
			for _, p := range a.pos {
				reach = reach || p
			}
			if reach {
				dc["undated, a right day weighed"]++
			} else {
				dc["undated, no right day weighed"]++
			}
		case k < 0:
			dc["undated"]++
		case a.pos[k]:
			dc["right"]++
		default:
			dc["wrong: "+dayDistance(a, k)]++
		}
	}
	t.Logf("date, each set left out: %v", dc)
}

// dayDistance names how the wrong day picked (candidate k) stands to the
// right candidates of a: a neighbouring day (one or two days), a later or
// an earlier one, another granularity, or no right day weighed.
func dayDistance(a *dateArticle, k int) string {
	if !DayValue(a.vals[k]) {
		return "not a day (week, month, year)"
	}
	pk, _ := time.Parse("2006-01-02", a.vals[k][:10])
	best, found := 0, false
	for i, p := range a.pos {
		if !p || !DayValue(a.vals[i]) {
			continue
		}
		pi, _ := time.Parse("2006-01-02", a.vals[i][:10])
		dd := int(pk.Sub(pi).Hours() / 24)
		if !found || abs(dd) < abs(best) {
			best, found = dd, true
		}
	}
	switch {
	case !found:
		return "no right day weighed"
	case abs(best) <= 2 && best > 0:
		return "a neighbouring day after"
	case abs(best) <= 2:
		return "a neighbouring day before"
	case best > 0:
		return "a later day"
	default:
		return "an earlier day"
	}
}
