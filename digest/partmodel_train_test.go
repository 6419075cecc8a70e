package digest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// linExample is one labeled example of a linear model (a person, a date)
// with its features.
type linExample struct {
	set   string
	feats []string
	y     bool
	rule  bool // the rules marked the person as taking part
	veto  bool // the rules forbid the model to seat the person (partNeed > 1)
	// the person is named in no sentence about the event (eventAnchored):
	// the model needs partUnanchoredMin
	unanchored bool
	// need is the probability the model needs to seat the person (partNeed)
	need float64
}

// partExamples runs the engine without the participant model over the
// quick-look sets in dirs and returns every person a Key Participants
// check labels: "has" terms take part, "not" terms do not (a person both
// or neither is left out).
func partExamples(t *testing.T, dirs []string) []linExample {
	t.Helper()
	e, err := New(WithoutParticipantModel())
	if err != nil {
		t.Fatal(err)
	}
	var out []linExample
	eachQLArticle(t, dirs, func(set string, a Article, checks []qlCheck) {
		type person struct {
			names []string
			feats []string
			rule  bool
			veto  bool
			unanc bool
			need  float64
		}
		var people []person
		e.partHook = func(d *doc, excl []string, exclSents, venueSents []int) {
			nrule := d.ruleParticipants()
			sides := d.seatedSides()
			for _, p := range d.people {
				if len(p.ments) == 0 {
					continue
				}
				q := person{names: append([]string{p.canonical()}, p.forms...), rule: p.part, unanc: !d.eventAnchored(p, exclSents)}
				if !p.part {
					need := d.partNeed(p, excl, exclSents, sides, nrule)
					q.veto, q.unanc, q.need = need > 1, need == partUnanchoredMin, need
				}
				d.partBuf = d.partFeatures(p, nrule, venueSents, exclSents, d.partBuf, func(b []byte) { q.feats = append(q.feats, string(b)) })
				people = append(people, q)
			}
		}
		e.Extract(a)
		e.partHook = nil
		for _, p := range people {
			pos, neg := false, false
			for _, c := range checks {
				if c.Bullet != "Key Participants" {
					continue
				}
				pos = pos || namesMatch(c.Has, p.names)
				neg = neg || namesMatch(c.Not, p.names)
			}
			if pos != neg {
				out = append(out, linExample{set: set, feats: p.feats, y: pos, rule: p.rule, veto: p.veto, unanchored: p.unanc, need: p.need})
			}
		}
	})
	return out
}

// partSeats reports whether the rules or the model seat the example's
// person, as addModelParticipants does.
func partSeats(m linModel, x linExample) bool {
	if x.rule {
		return true
	}
	if x.veto {
		return false
	}
	p := linProbOf(m, x.feats)
	return p >= x.need
}

// qlCheck is a quick-look check as the training readers need it (the
// format is digest/evaluate's QLCheck).
type qlCheck struct {
	Bullet string   `json:"bullet"`
	Has    []string `json:"has"`
	Not    []string `json:"not"`
}

// eachQLArticle calls fn with every article of the quick-look sets in dirs
// (title line, blank line, body; the checks file's publication day) and
// its checks.
func eachQLArticle(t *testing.T, dirs []string, fn func(set string, a Article, checks []qlCheck)) {
	t.Helper()
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.checks.json"))
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var f struct {
				Published string    `json:"published"`
				Checks    []qlCheck `json:"checks"`
			}
			if err := json.Unmarshal(b, &f); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			txt, err := os.ReadFile(strings.TrimSuffix(name, ".checks.json") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			title, body, _ := strings.Cut(string(txt), "\n")
			pub, _ := time.Parse("2006-01-02", f.Published)
			fn(filepath.Base(dir), Article{Title: strings.TrimSpace(title), Body: strings.TrimLeft(body, "\n"), Published: pub}, f.Checks)
		}
	}
}

// namesMatch reports whether a term occurs as whole words in one of the
// names, any case (as the quick-look checks match).
func namesMatch(terms, names []string) bool {
	for _, t := range terms {
		re := regexp.MustCompile(`(?i)(^|[^\pL\pN])` + regexp.QuoteMeta(t) + `($|[^\pL\pN])`)
		for _, n := range names {
			if re.MatchString(n) {
				return true
			}
		}
	}
	return false
}

// trainLinModel fits a logistic regression by stochastic gradient
// descent (30 passes, examples in a seeded order: deterministic); it is
// trainLinModelSeed with the order of seed 1.
func trainLinModel(ex []linExample) linModel {
	return trainLinModelSeed(ex, 1)
}

// linProbOf is the model's probability for an example.
func linProbOf(m linModel, feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += m[f]
	}
	return sigmoid(z)
}

// TestTrainParticipants trains the participant model on the repository's
// quick-look sets and writes data/participants.tsv; it prints the rules'
// and the model's counts on each set left out in turn. It runs only with
// ATTACHE_TRAIN_PARTICIPANTS=1.
func TestTrainParticipants(t *testing.T) {
	if os.Getenv("ATTACHE_TRAIN_PARTICIPANTS") == "" {
		t.Skip("set ATTACHE_TRAIN_PARTICIPANTS=1 to train the participant model")
	}
	dirs := quickLookDirs(t)
	ex := partExamples(t, dirs)
	// each set left out in turn: rules alone against rules or model
	var rules, both [4]int // [y*2+pred]: tn, fp, fn, tp
	ths := []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9}
	sweep := make([][4]int, len(ths))
	for _, dir := range dirs {
		set := filepath.Base(dir)
		var train []linExample
		for _, x := range ex {
			if x.set != set {
				train = append(train, x)
			}
		}
		m := trainLinModel(train)
		for _, x := range ex {
			if x.set != set {
				continue
			}
			y := 0
			if x.y {
				y = 2
			}
			r := 0
			if x.rule {
				r = 1
			}
			rules[y+r]++
			for k, th := range ths {
				if x.rule || !x.veto && linProbOf(m, x.feats) >= th && (x.need == partModelMin || linProbOf(m, x.feats) >= max(th, x.need)) {
					sweep[k][y+1]++
				} else {
					sweep[k][y]++
				}
			}
			if partSeats(m, x) {
				both[y+1]++
			} else {
				both[y]++
			}
		}
	}
	t.Logf("%d labeled people; each set left out: rules tn %d fp %d fn %d tp %d; rules or model >= %.2f: tn %d fp %d fn %d tp %d",
		len(ex), rules[0], rules[1], rules[2], rules[3], partModelMin, both[0], both[1], both[2], both[3])
	for k, th := range ths {
		t.Logf("threshold %.2f: fp %d fn %d (added right %d wrong %d)", th, sweep[k][1], sweep[k][2], rules[2]-sweep[k][2], sweep[k][1]-rules[1])
	}
	text := linModelText(trainLinModel(ex))
	if err := os.WriteFile("data/participants.tsv", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote data/participants.tsv: %d lines", strings.Count(text, "\n"))
}

// quickLookDirs returns the repository's quick-look set dirs.
func quickLookDirs(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob("evaluate/quicklook/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no quick-look sets: %v", err)
	}
	return dirs
}

// partModelText writes a model as data/participants.tsv holds it: the
// features whose weight is at least 1e-3 in size, sorted.
func linModelText(m linModel) string {
	var feats []string
	for f, w := range m {
		if math.Abs(w) >= 1e-3 {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	var b strings.Builder
	b.WriteString("# participant model: feature, weight (ATTACHE_TRAIN_PARTICIPANTS=1 go test ./digest -run TestTrainParticipants)\n")
	for _, f := range feats {
		fmt.Fprintf(&b, "%s\t%s\n", f, strconv.FormatFloat(m[f], 'g', 4, 64))
	}
	return b.String()
}
