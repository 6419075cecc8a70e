// Package evaluate measures the digest engine on labeled data: the seed
// article's gold facts, CoNLL-2003 English dev (entity spans) and the GMB
// dev split. Each Eval function reads from the shared data directory and
// prints one markdown table headed by "### <set>".
//
// Type mapping (our mention types to each corpus):
//
//	CoNLL-2003: PER->PER, ORG->ORG (blocs such as EU and NATO are ORG there),
//	            LOC and GPE->LOC (CoNLL tags countries and cities as LOC),
//	            NORP->MISC, which is ignored (CoNLL tags nationalities MISC).
//	GMB:        PER->per (extended over the capitalised words before it that
//	            GMB's training split mostly puts inside person spans: "Mr.",
//	            "President"), LOC and GPE->geo, ORG->org, NORP->gpe
//	            (GMB's gpe tag marks nationality adjectives: "Russian").
//
// Documents are fed to Extract as text rebuilt from the tokens (tokens
// joined by spaces, one sentence per line) with a token->byte offset map;
// a predicted span counts only if it covers exactly the gold tokens.
package evaluate

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/attache-bot/attache/digest"
)

// chunk is an entity span over token indexes [Start, End) of one document.
type chunk struct {
	Type       string
	Start, End int
}

// counts accumulates exact-match counts per type.
type counts struct {
	tp, fp, fn map[string]int
}

func newCounts() *counts {
	return &counts{tp: map[string]int{}, fp: map[string]int{}, fn: map[string]int{}}
}

func (c *counts) add(gold, pred []chunk) {
	g := map[chunk]bool{}
	for _, x := range gold {
		g[x] = true
	}
	p := map[chunk]bool{}
	for _, x := range pred {
		if p[x] {
			continue
		}
		p[x] = true
		if g[x] {
			c.tp[x.Type]++
		} else {
			c.fp[x.Type]++
		}
	}
	for _, x := range gold {
		if !p[x] {
			c.fn[x.Type]++
		}
	}
}

func prf(tp, fp, fn int) (float64, float64, float64) {
	var p, r, f float64
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c *counts) table(w io.Writer, title string, types, extra []string) (float64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n\n| type | precision | recall | F1 | gold | predicted |\n| --- | --- | --- | --- | --- | --- |\n", title)
	var T, F, N int
	for _, t := range types {
		tp, fp, fn := c.tp[t], c.fp[t], c.fn[t]
		T, F, N = T+tp, F+fp, N+fn
		p, r, f := prf(tp, fp, fn)
		fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.3f | %d | %d |\n", t, p, r, f, tp+fn, tp+fp)
	}
	p, r, f := prf(T, F, N)
	fmt.Fprintf(&b, "| **overall** | %.3f | %.3f | **%.3f** | %d | %d |\n", p, r, f, T+N, T+F)
	for _, t := range extra {
		tp, fp, fn := c.tp[t], c.fp[t], c.fn[t]
		p, r, f := prf(tp, fp, fn)
		fmt.Fprintf(&b, "| %s (not in overall) | %.3f | %.3f | %.3f | %d | %d |\n", t, p, r, f, tp+fn, tp+fp)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return f, fmt.Errorf("evaluate: write: %w", err)
	}
	return f, nil
}

// tokDoc is a document rebuilt from tokens.
type tokDoc struct {
	text   string
	starts []int // byte offset of each token
	ends   []int
	gold   []chunk
}

func buildDoc(sents [][]string) tokDoc {
	var b strings.Builder
	var d tokDoc
	for si, s := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		for ti, t := range s {
			if ti > 0 {
				b.WriteByte(' ')
			}
			d.starts = append(d.starts, b.Len())
			b.WriteString(t)
			d.ends = append(d.ends, b.Len())
		}
	}
	d.text = b.String()
	return d
}

// toChunk maps a byte span to the tokens it covers; ok is false when the
// span does not start and end on token boundaries.
func (d *tokDoc) toChunk(typ string, start, end int) (chunk, bool) {
	i := sort.SearchInts(d.starts, start)
	if i >= len(d.starts) || d.starts[i] != start {
		return chunk{}, false
	}
	j := sort.SearchInts(d.ends, end)
	if j >= len(d.ends) || d.ends[j] != end {
		return chunk{}, false
	}
	return chunk{Type: typ, Start: i, End: j + 1}, true
}

// tokenIndex returns the index of the token containing byte offset off.
func (d *tokDoc) tokenIndex(off int) int {
	i := sort.SearchInts(d.ends, off+1)
	if i < len(d.starts) && d.starts[i] <= off {
		return i
	}
	return -1
}

// snap maps a byte span to the tokens overlapping it.
func (d *tokDoc) snap(typ string, start, end int) (chunk, bool) {
	if c, ok := d.toChunk(typ, start, end); ok {
		return c, true
	}
	i, j := d.tokenIndex(start), d.tokenIndex(end-1)
	if i < 0 || j < i {
		return chunk{}, false
	}
	return chunk{Type: typ, Start: i, End: j + 1}, true
}

// RepoShared returns the shared data directory ("../shared" next to the
// module root) found by walking up from the working directory to go.mod.
func RepoShared() (string, error) {
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "..", "shared"), nil
}

// repoRoot returns the module root: the first directory at or above the
// working directory that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("evaluate: getwd: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("evaluate: go.mod not found above working directory")
		}
		dir = parent
	}
}

// engineOptions configure the engine under evaluation (tests vary them).
var engineOptions []digest.Option

func newEngine() (*digest.Engine, error) {
	e, err := digest.New(engineOptions...)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	return e, nil
}
