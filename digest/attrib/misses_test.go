package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestPolNeARMissKinds groups the gold sources of PolNeAR train that Find
// misses by construction (ATTRIB_MISSES=1; ATTRIB_MISSES_SHOW=<group>
// lists one group's misses in context). "dup gold span" are sources that
// repeat an annotated span of another attribution ("Wilson praised X and
// said Y"): the scorer matches each distinct system span once, so they
// cannot be found. "candidate below threshold" had a learned-pair
// candidate the model scored too low; the other groups had none. For
// error analysis on train only.
func TestPolNeARMissKinds(t *testing.T) {
	if os.Getenv("ATTRIB_MISSES") == "" {
		t.Skip("set ATTRIB_MISSES=1 to group the misses on PolNeAR train")
	}
	docs, err := loadPolNeAR(filepath.Join(sharedDir(t), "eval", "polnear", "train"))
	if err != nil {
		t.Fatal(err)
	}
	tds := collectPairs(docs)
	cat := map[string]int{}
	var total prf
	ex := map[string][]string{}
	for k := range tds {
		td := &tds[k]
		d := td.d
		var srcs [][2]int
		for _, a := range Find(d.body, td.sents, nil) {
			srcs = append(srcs, [2]int{a.SourceStart, a.SourceEnd})
		}
		srcs = uniqSpans(srcs)
		total.add(match(d.sources, srcs, false))
		used := make([]bool, len(srcs))
		seen := map[[2]int]int{}
		for _, g := range d.sources {
			key := [2]int{g.lo(), g.hi()}
			seen[key]++
			found := false
			for k, s := range srcs {
				if !used[k] && g.overlaps(s[0], s[1]) {
					used[k] = true
					found = true
					break
				}
			}
			if found {
				continue
			}
			c := "?"
			gt := d.body[g.lo():g.hi()]
			lw := strings.ToLower(gt)
			var gc span
			hasCue := false
			if cc, ok := d.srcCue[g.lo()]; ok {
				gc, hasCue = cc, true
			}
			cand, ruled := false, false
			for _, s := range td.samples {
				if !s.rule && g.overlaps(s.start, s.end) {
					cand = true
				}
				if s.rule && g.overlaps(s.start, s.end) {
					ruled = true
				}
			}
			capCue := hasCue && d.body[gc.lo()] >= 'A' && d.body[gc.lo()] <= 'Z'
			rel := lw == "that" || lw == "which" || lw == "who" || lw == "whose" || lw == "whom"
			numeric := strings.ContainsAny(lw, "0123456789%") || strings.Contains(lw, " in ")
			between := ""
			if hasCue && gc.lo() >= g.hi() {
				between = d.body[g.hi():gc.lo()]
			}
			switch {
			case seen[key] > 1:
				c = "dup gold span"
			case ruled:
				c = "rule dropped by model"
			case cand:
				c = "candidate below threshold"
			case capCue:
				c = "capitalised cue (headline)"
			case rel:
				c = "relative pronoun"
			case numeric:
				c = "numeric/poll share"
			case !hasCue:
				c = "no cue"
			case inQuoteText(d.body, g.lo()):
				c = "inside quote"
			case strings.HasPrefix(lw, "by "):
				c = "by-phrase"
			case pronouns[lw] || lw == "i" || lw == "we" || lw == "you" || lw == "me" || lw == "us" || lw == "him" || lw == "them":
				if gc.lo() > g.hi() {
					c = "pronoun, cue after"
				} else {
					c = "pronoun, cue before"
				}
			case possessives[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s"):
				c = "possessive"
			case gc.hi() <= g.lo():
				c = "cue before source"
			case strings.TrimSpace(between) == "":
				c = "cue adjacent after"
			case len(strings.Fields(between)) <= 3:
				c = "cue after, <=3 words between"
			default:
				c = "cue after, far"
			}
			cat[c]++
			lo, hi := max(0, g.lo()-70), min(len(d.body), g.hi()+90)
			cue := ""
			if hasCue {
				cue = d.body[gc.lo():gc.hi()]
			}
			ex[c] = append(ex[c], fmt.Sprintf("%q cue %q: %s", gt, cue, strings.ReplaceAll(d.body[lo:g.lo()]+"[["+gt+"]]"+d.body[g.hi():hi], "\n", " ")))
		}
	}
	var keys []string
	for k := range cat {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return cat[keys[i]] > cat[keys[j]] })
	for _, k := range keys {
		t.Logf("%5d %s", cat[k], k)
	}
	n := 0
	for _, v := range cat {
		n += v
	}
	if n != total.gold-total.tp {
		t.Errorf("grouped %d misses, the scorer counts %d", n, total.gold-total.tp)
	}
	show := os.Getenv("ATTRIB_MISSES_SHOW")
	for _, e := range ex[show] {
		t.Log(e)
	}
}
