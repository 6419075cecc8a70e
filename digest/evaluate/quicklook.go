package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/ingest"
)

// Quick-look bullet labels the checks may name (the engine's labels).
var qlBullets = []string{"Meeting Location & Date", "Key Participants", "Agenda", "Absent/Excluded", "Reactions", "Positions", "Next"}

// qlStances maps a check's stance to the group label the Reactions bullet
// prints it under.
var qlStances = map[string]string{"critical": "critical", "supportive": "supportive", "mixed": "mixed", "neutral": "also commented", "any": ""}

// QLCheck is one machine-checkable assertion about one quick-look bullet,
// written from a human answer key (docs/quality.md, "Quick-look checks").
// Exactly one of Has, Not, None and Actor is set.
type QLCheck struct {
	// Bullet is the bullet's label, e.g. "Key Participants".
	Bullet string `json:"bullet"`
	// Has passes when the bullet is present and contains one of the terms.
	Has []string `json:"has,omitempty"`
	// Not passes when the bullet is absent or contains none of the terms.
	Not []string `json:"not,omitempty"`
	// None passes when the bullet is absent.
	None bool `json:"none,omitempty"`
	// Actor (Reactions only) passes when one of the terms is listed under
	// one of the Stance groups.
	Actor []string `json:"actor,omitempty"`
	// Stance lists the accepted groups: critical, supportive, mixed,
	// neutral ("also commented") or any.
	Stance []string `json:"stance,omitempty"`
	// Why quotes the key, for a person reading a failure.
	Why string `json:"why,omitempty"`
}

// QLFile is the checks of one article: <id>.checks.json beside <id>.txt.
type QLFile struct {
	ID        string    `json:"id"`
	Published string    `json:"published"`
	Checks    []QLCheck `json:"checks"`
}

// QLArticle is one judged article with its checks.
type QLArticle struct {
	// Set is the name of the folder the article came from.
	Set  string
	File QLFile
	// Text is the article file's content (title line and body).
	Text string
}

// ReadQLSet reads every <id>.checks.json in dir with its <id>.txt and
// validates it: known bullets and stances, exactly one kind per check, and
// every has/actor term (other than an ISO date) present in the article.
func ReadQLSet(dir string) ([]QLArticle, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.checks.json"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: quick look: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("evaluate: quick look: no *.checks.json in %s", dir)
	}
	sort.Strings(names)
	set := filepath.Base(dir)
	var out []QLArticle
	for _, name := range names {
		id := strings.TrimSuffix(filepath.Base(name), ".checks.json")
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("evaluate: quick look: %w", err)
		}
		var f QLFile
		dec := json.NewDecoder(strings.NewReader(string(data)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("evaluate: quick look: %s: %w", name, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			return nil, fmt.Errorf("evaluate: quick look: %w", err)
		}
		a := QLArticle{Set: set, File: f, Text: string(text)}
		if err := a.validate(id); err != nil {
			return nil, fmt.Errorf("evaluate: quick look: %s: %w", name, err)
		}
		out = append(out, a)
	}
	return out, nil
}

func (a *QLArticle) validate(id string) error {
	f := &a.File
	if f.ID != id {
		return fmt.Errorf("id %q is not the file's name %q", f.ID, id)
	}
	if _, err := time.Parse("2006-01-02", f.Published); err != nil {
		return fmt.Errorf("published %q is not YYYY-MM-DD", f.Published)
	}
	if len(f.Checks) == 0 {
		return fmt.Errorf("no checks")
	}
	for i, c := range f.Checks {
		if !slices.Contains(qlBullets, c.Bullet) {
			return fmt.Errorf("check %d: unknown bullet %q", i, c.Bullet)
		}
		kinds := 0
		for _, set := range []bool{len(c.Has) > 0, len(c.Not) > 0, c.None, len(c.Actor) > 0} {
			if set {
				kinds++
			}
		}
		if kinds != 1 {
			return fmt.Errorf("check %d: exactly one of has, not, none and actor must be set", i)
		}
		if len(c.Actor) > 0 {
			if c.Bullet != "Reactions" || len(c.Stance) == 0 {
				return fmt.Errorf("check %d: actor needs bullet Reactions and a stance", i)
			}
		} else if len(c.Stance) > 0 {
			return fmt.Errorf("check %d: stance without actor", i)
		}
		for _, s := range c.Stance {
			if _, ok := qlStances[s]; !ok {
				return fmt.Errorf("check %d: unknown stance %q", i, s)
			}
		}
		for _, terms := range [][]string{c.Has, c.Actor, c.Not} {
			for _, t := range terms {
				if strings.TrimSpace(t) == "" {
					return fmt.Errorf("check %d: empty term", i)
				}
			}
		}
		for _, terms := range [][]string{c.Has, c.Actor} {
			for _, t := range terms {
				if !isoValue(t) && !containsWord(a.Text, t) {
					return fmt.Errorf("check %d: term %q is not in the article", i, t)
				}
			}
		}
	}
	return nil
}

// isoValue reports whether s looks like a TimeML date value (2026, 2026-07,
// 2026-07-14, 2026-W11).
func isoValue(s string) bool {
	if len(s) < 4 {
		return false
	}
	for i, r := range s {
		if !(r >= '0' && r <= '9' || r == '-' || r == 'W' && i == 5) {
			return false
		}
	}
	return true
}

// containsWord reports whether term occurs in text, ignoring case, with no
// letter or digit right before or after it. A date value must match whole:
// "2026-07" does not match inside "2026-07-14".
func containsWord(text, term string) bool {
	t, w := strings.ToLower(text), strings.ToLower(term)
	wordRune := wordRune
	if isoValue(term) {
		wordRune = func(r rune) bool { return r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) }
	}
	for off := 0; ; {
		i := strings.Index(t[off:], w)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(w)
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[j:])
		if !(i > 0 && wordRune(before)) && !(j < len(t) && wordRune(after)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		off = i + size
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// QLOutcome is the result of one check on one quick look.
type QLOutcome struct {
	Article *QLArticle
	Check   QLCheck
	Pass    bool
	// Got is the bullet's text, or "" when the quick look has no such bullet.
	Got string
}

// ScoreQuickLook applies the checks of a to the quick look q.
func ScoreQuickLook(a *QLArticle, q digest.QuickLook) []QLOutcome {
	out := make([]QLOutcome, 0, len(a.File.Checks))
	for _, c := range a.File.Checks {
		text, present := "", false
		for _, b := range q.Bullets {
			if b.Label == c.Bullet {
				text, present = b.Text, true
				break
			}
		}
		pass := false
		switch {
		case c.None:
			pass = !present
		case len(c.Not) > 0:
			pass = !anyWord(text, c.Not)
		case len(c.Has) > 0:
			pass = present && anyWord(text, c.Has)
		case len(c.Actor) > 0:
			pass = present && actorIn(text, c.Actor, c.Stance)
		}
		out = append(out, QLOutcome{Article: a, Check: c, Pass: pass, Got: text})
	}
	return out
}

func anyWord(text string, terms []string) bool {
	for _, t := range terms {
		if containsWord(text, t) {
			return true
		}
	}
	return false
}

// actorIn reports whether a Reactions bullet ("Critical: A, B; supportive:
// C; also commented: D") lists one of actors in one of the stance groups.
func actorIn(text string, actors, stances []string) bool {
	for _, seg := range strings.Split(text, "; ") {
		label, names, ok := strings.Cut(seg, ": ")
		if !ok {
			continue
		}
		label = strings.ToLower(label)
		for _, s := range stances {
			if (s == "any" || qlStances[s] == label) && anyWord(names, actors) {
				return true
			}
		}
	}
	return false
}

// QLDirs returns the default quick-look sets: the folders under
// digest/evaluate/quicklook in the repository.
func QLDirs() ([]string, error) {
	repo, err := repoRoot()
	if err != nil {
		return nil, err
	}
	dirs, err := filepath.Glob(filepath.Join(repo, "digest", "evaluate", "quicklook", "*"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: quick look: %w", err)
	}
	var out []string
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			out = append(out, d)
		}
	}
	return out, nil
}

// QLOptions configure EvalQuickLook.
type QLOptions struct {
	// Dirs are the set folders; empty means QLDirs().
	Dirs []string
	// Failures, when not nil, receives one line per failed check.
	Failures io.Writer
}

// EvalQuickLook runs the engine on every judged article of the quick-look
// sets and prints, per bullet and per set, how many of the checks written
// from the human answer keys pass.
func EvalQuickLook(o QLOptions, w io.Writer) error {
	dirs := o.Dirs
	if len(dirs) == 0 {
		var err error
		if dirs, err = QLDirs(); err != nil {
			return err
		}
		if len(dirs) == 0 {
			return fmt.Errorf("evaluate: quick look: no sets under digest/evaluate/quicklook")
		}
	}
	var arts []QLArticle
	for _, d := range dirs {
		a, err := ReadQLSet(d)
		if err != nil {
			return err
		}
		arts = append(arts, a...)
	}
	e, err := newEngine()
	if err != nil {
		return err
	}
	type tally struct{ pass, all int }
	byBullet := map[string]*tally{}
	bySet := map[string]*tally{}
	var setNames []string
	var total tally
	perfect := 0
	var failed []string
	for i := range arts {
		a := &arts[i]
		outs, err := QuickLookOf(e, a)
		if err != nil {
			return err
		}
		if bySet[a.Set] == nil {
			bySet[a.Set] = &tally{}
			setNames = append(setNames, a.Set)
		}
		ok := true
		for _, o2 := range outs {
			if byBullet[o2.Check.Bullet] == nil {
				byBullet[o2.Check.Bullet] = &tally{}
			}
			for _, t := range []*tally{byBullet[o2.Check.Bullet], bySet[a.Set], &total} {
				t.all++
				if o2.Pass {
					t.pass++
				}
			}
			ok = ok && o2.Pass
			if !o2.Pass {
				failed = append(failed, fmt.Sprintf("- %s/%s · %s · %s · got: %s", a.Set, a.File.ID, o2.Check.Bullet, describe(o2.Check), gotText(o2)))
			}
		}
		if ok {
			perfect++
		}
	}
	pct := func(t *tally) string {
		if t == nil || t.all == 0 {
			return "| 0 | 0 | - |"
		}
		return fmt.Sprintf("| %d | %d | %.1f%% |", t.all, t.pass, 100*float64(t.pass)/float64(t.all))
	}
	fmt.Fprintf(w, "### Quick-look checks (%d articles in sets %s)\n\n", len(arts), strings.Join(setNames, ", "))
	fmt.Fprintln(w, "| bullet | checks | passed | share |\n| --- | --- | --- | --- |")
	for _, b := range qlBullets {
		fmt.Fprintf(w, "| %s %s\n", b, pct(byBullet[b]))
	}
	fmt.Fprintf(w, "| **all** %s\n\n", pct(&total))
	fmt.Fprintln(w, "| set | checks | passed | share |\n| --- | --- | --- | --- |")
	for _, s := range setNames {
		fmt.Fprintf(w, "| %s %s\n", s, pct(bySet[s]))
	}
	fmt.Fprintf(w, "\nArticles with every check passed: %d of %d.\n", perfect, len(arts))
	if o.Failures != nil && len(failed) > 0 {
		fmt.Fprintf(o.Failures, "\n#### Failed checks (%d)\n\n%s\n", len(failed), strings.Join(failed, "\n"))
	}
	return nil
}

// QuickLookOf digests a judged article as `attache digest --published`
// would and scores its quick look.
func QuickLookOf(e *digest.Engine, a *QLArticle) ([]QLOutcome, error) {
	art, err := a.Article()
	if err != nil {
		return nil, fmt.Errorf("evaluate: quick look: %w", err)
	}
	return ScoreQuickLook(a, e.Extract(art).QuickLook), nil
}

// Article returns the judged article as the engine reads it: its text's
// header and body, published on the judged day unless the header says
// when. QuickLookOf digests it, and the learned readers' training data
// read it the same way.
func (a *QLArticle) Article() (digest.Article, error) {
	pub, _ := time.Parse("2006-01-02", a.File.Published)
	h, body, err := ingest.ParseTextFile([]byte(a.Text))
	if err != nil {
		return digest.Article{}, fmt.Errorf("%s: %w", a.File.ID, err)
	}
	art := digest.Article{ID: a.File.ID, Title: h.Title, Body: body, Published: pub}
	if !h.Published.IsZero() {
		art.Published = h.Published
	}
	return art, nil
}

func describe(c QLCheck) string {
	s := ""
	switch {
	case c.None:
		s = "none"
	case len(c.Not) > 0:
		s = "not " + strings.Join(c.Not, "|")
	case len(c.Has) > 0:
		s = "has " + strings.Join(c.Has, "|")
	default:
		s = strings.Join(c.Actor, "|") + " " + strings.Join(c.Stance, "/")
	}
	if c.Why != "" {
		s += " (" + c.Why + ")"
	}
	return s
}

func gotText(o QLOutcome) string {
	if o.Got == "" {
		return "(no bullet)"
	}
	return o.Got
}
