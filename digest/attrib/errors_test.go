package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

// TestPolNeARErrors prints an error analysis of Find on a PolNeAR split:
// ATTRIB_ERRORS=train (or dev) go test ./digest/attrib -run PolNeARErrors -v.
// Tune on train; dev is for measuring.
func TestPolNeARErrors(t *testing.T) {
	split := os.Getenv("ATTRIB_ERRORS")
	if split == "" {
		t.Skip("set ATTRIB_ERRORS=train or dev to print an error analysis")
	}
	docs, err := loadPolNeAR(filepath.Join(sharedDir(t), "eval", "polnear", split))
	if err != nil {
		t.Fatal(err)
	}
	show := os.Getenv("ATTRIB_SHOW") // miss, fp, long, short, cross
	var sc polnearScores
	cat := map[string]int{}
	missCue := map[string]int{}
	fpCue := map[string]int{}
	boundary := map[string]int{}
	missWhy := map[string]int{}
	cueTP := map[string]int{}
	for _, d := range docs {
		atts := Find(d.body, text.Sentences(d.body), nil)
		cueOf := map[[2]int]string{}
		var srcs [][2]int
		for _, a := range atts {
			s := [2]int{a.SourceStart, a.SourceEnd}
			srcs = append(srcs, s)
			cueOf[s] = strings.ToLower(d.body[a.CueStart:a.CueEnd])
		}
		srcs = uniqSpans(srcs)
		sc.srcOverlap.add(match(d.sources, srcs, false))
		sc.srcExact.add(match(d.sources, srcs, true))
		used := make([]bool, len(srcs))
		ctx := func(lo, hi int) string {
			a, b := max(0, lo-80), min(len(d.body), hi+80)
			return strings.ReplaceAll(d.body[a:lo]+"[["+d.body[lo:hi]+"]]"+d.body[hi:b], "\n", " ")
		}
		for _, g := range d.sources {
			gcue := ""
			if c, ok := d.srcCue[g.lo()]; ok {
				gcue = strings.ToLower(d.body[c.lo():c.hi()])
			}
			found := -1
			for k, s := range srcs {
				if !used[k] && g.overlaps(s[0], s[1]) {
					found = k
					break
				}
			}
			gt := d.body[g.lo():g.hi()]
			if found < 0 {
				cat["miss"]++
				why := "other"
				_ = why
				inq := inQuoteText(d.body, g.lo())
				var gc span
				if c, ok := d.srcCue[g.lo()]; ok {
					gc = c
				}
				cueFound := false
				for _, a := range atts {
					if len(gc.segs) > 0 && gc.overlaps(a.CueStart, a.CueEnd) {
						cueFound = true
					}
				}
				switch {
				case inq:
					why = "source inside a quote"
				case len(gc.segs) == 0:
					why = "no gold cue"
				case cueFound:
					why = "cue found, source wrong"
				case gc.hi() < g.lo():
					why = "cue before source"
				default:
					why = "cue after source"
				}
				if len(gc.segs) > 0 {
					inLex := false
					for _, w := range strings.FieldsFunc(strings.ToLower(d.body[gc.lo():gc.hi()]), func(r rune) bool { return !isWordRune(r) && r != '-' && r != '\'' }) {
						if _, ok := cueTable[w]; ok {
							inLex = true
						}
					}
					if inLex {
						why += " (cue word in lexicon)"
					}
				}
				missWhy[why]++
				missCue[gcue]++
				if show == "miss" || show == "miss:"+why {
					t.Logf("MISS %q cue %q: %s", gt, gcue, ctx(g.lo(), g.hi()))
				}
				continue
			}
			used[found] = true
			cueTP[cueOf[srcs[found]]]++
			s := srcs[found]
			st := d.body[s[0]:s[1]]
			switch {
			case s[0] == g.lo() && s[1] == g.hi():
				cat["exact"]++
			case s[0] <= g.lo() && s[1] >= g.hi():
				cat["sys longer"]++
				extra := strings.TrimSpace(d.body[s[0]:g.lo()]) + " … " + strings.TrimSpace(d.body[g.hi():s[1]])
				boundary["longer: "+firstWords(extra)]++
				if show == "long" {
					t.Logf("LONG gold %q sys %q", gt, st)
				}
			case s[0] >= g.lo() && s[1] <= g.hi():
				cat["sys shorter"]++
				extra := strings.TrimSpace(d.body[g.lo():s[0]]) + " … " + strings.TrimSpace(d.body[s[1]:g.hi()])
				boundary["shorter: "+firstWords(extra)]++
				if show == "short" {
					t.Logf("SHORT gold %q sys %q", gt, st)
				}
			default:
				cat["crossing"]++
				if show == "cross" {
					t.Logf("CROSS gold %q sys %q", gt, st)
				}
			}
		}
		for k, s := range srcs {
			if used[k] {
				continue
			}
			cat["false positive"]++
			fpCue[cueOf[s]]++
			if show == "fp" {
				t.Logf("FP %q cue %q: %s", d.body[s[0]:s[1]], cueOf[s], ctx(s[0], s[1]))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "overlap %+v F1 %.3f; exact %+v F1 %.3f\n", sc.srcOverlap, sc.srcOverlap.f1(), sc.srcExact, sc.srcExact.f1())
	fmt.Fprintf(&b, "categories: %v\n", cat)
	fmt.Fprintf(&b, "missed gold sources by reason:\n%s", top(missWhy, 20))
	fmt.Fprintf(&b, "missed gold sources by gold cue:\n%s", top(missCue, 60))
	fmt.Fprintf(&b, "false positives by system cue:\n%s", top(fpCue, 40))
	var keys []string
	for k := range fpCue {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return fpCue[keys[i]]-cueTP[keys[i]] > fpCue[keys[j]]-cueTP[keys[j]] })
	b.WriteString("system cues by FP - TP (precision):\n")
	for i, k := range keys {
		if i == 50 {
			break
		}
		fmt.Fprintf(&b, "  %-20q tp %4d fp %4d  p %.2f\n", k, cueTP[k], fpCue[k], ratio(cueTP[k], cueTP[k]+fpCue[k]))
	}
	fmt.Fprintf(&b, "boundary differences:\n%s", top(boundary, 60))
	t.Log("\n" + b.String())
}

func firstWords(s string) string {
	f := strings.Fields(s)
	if len(f) > 4 {
		f = append(f[:4], "…")
	}
	return strings.ToLower(strings.Join(f, " "))
}

func top(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var xs []kv
	for k, v := range m {
		xs = append(xs, kv{k, v})
	}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i].v != xs[j].v {
			return xs[i].v > xs[j].v
		}
		return xs[i].k < xs[j].k
	})
	var b strings.Builder
	for i, x := range xs {
		if i == n {
			break
		}
		fmt.Fprintf(&b, "  %5d  %q\n", x.v, x.k)
	}
	return b.String()
}

// inQuoteText reports whether pos follows an odd number of quotation marks
// in its paragraph (a rough test for error analysis).
func inQuoteText(body string, pos int) bool {
	start := strings.LastIndexByte(body[:pos], '\n') + 1
	n := 0
	for _, r := range body[start:pos] {
		switch r {
		case '"', '“', '”':
			n++
		}
	}
	return n%2 == 1
}
