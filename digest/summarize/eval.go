package summarize

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/attache-bot/attache/digest/text"
)

// bbcDoc is one BBC article with its reference summary.
type bbcDoc struct {
	name  string
	title string
	body  string
	sents []text.Span // one per non-empty body line
	ref   map[int]bool
	nref  int
}

// counts accumulates sentence-level matches.
type counts struct{ sys, ref, tp int }

func (c *counts) add(sel []int, ref map[int]bool, nref int) {
	c.sys += len(sel)
	c.ref += nref
	for _, i := range sel {
		if ref[i] {
			c.tp++
		}
	}
}

func (c counts) prf() (p, r, f float64) {
	if c.sys > 0 {
		p = float64(c.tp) / float64(c.sys)
	}
	if c.ref > 0 {
		r = float64(c.tp) / float64(c.ref)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// bbcScores holds the rows of the BBC table.
type bbcScores struct {
	docs                         int
	selOracleN, leadOracleN      counts // n = number of reference sentences
	selTitledN                   counts
	selFixed, leadFixed, selTFix counts // n = 4
}

// EvalBBC measures Select on the BBC summaries under sharedDir (the
// repository's ../shared) and writes a markdown table: sentence-level
// precision, recall and F1 against the reference extracts, for n equal to
// the number of reference sentences and for n = 4, next to the Lead-n
// baseline. The first line of each article is its title; each further
// non-empty line is one sentence.
func EvalBBC(sharedDir string, w io.Writer) error {
	docs, err := loadBBC(filepath.Join(sharedDir, "eval", "bbc"))
	if err != nil {
		return err
	}
	return writeBBC(w, scoreBBC(docs))
}

func scoreBBC(docs []bbcDoc) bbcScores {
	var sc bbcScores
	for _, d := range docs {
		sc.docs++
		n := d.nref
		sc.selOracleN.add(Select(d.body, d.sents, n), d.ref, d.nref)
		sc.selTitledN.add(SelectTitled(d.body, d.title, d.sents, n), d.ref, d.nref)
		sc.leadOracleN.add(Lead(d.body, d.sents, n), d.ref, d.nref)
		sc.selFixed.add(Select(d.body, d.sents, 4), d.ref, d.nref)
		sc.selTFix.add(SelectTitled(d.body, d.title, d.sents, 4), d.ref, d.nref)
		sc.leadFixed.add(Lead(d.body, d.sents, 4), d.ref, d.nref)
	}
	return sc
}

func writeBBC(w io.Writer, sc bbcScores) error {
	var b strings.Builder
	fmt.Fprintf(&b, "### BBC summaries\n\n%d articles; sentence-level match against the reference extract (micro-averaged).\n\n", sc.docs)
	b.WriteString("| system | n | selected | matched | P | R | F1 |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n")
	row := func(name, n string, c counts) {
		p, r, f := c.prf()
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %.3f | %.3f | %.3f |\n", name, n, c.sys, c.tp, p, r, f)
	}
	row("Select (no title)", "reference size", sc.selOracleN)
	row("SelectTitled", "reference size", sc.selTitledN)
	row("Lead-n", "reference size", sc.leadOracleN)
	row("Select (no title)", "4", sc.selFixed)
	row("SelectTitled", "4", sc.selTFix)
	row("Lead-n", "4", sc.leadFixed)
	b.WriteString("\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("summarize: write table: %w", err)
	}
	return nil
}

// loadBBC reads dir/article/<cat>/NNN.txt and dir/summary/<cat>/NNN.txt.
func loadBBC(dir string) ([]bbcDoc, error) {
	arts, err := filepath.Glob(filepath.Join(dir, "article", "*", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("summarize: list articles: %w", err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("summarize: no articles under %s", dir)
	}
	sort.Strings(arts)
	docs := make([]bbcDoc, 0, len(arts))
	for _, a := range arts {
		rel, err := filepath.Rel(filepath.Join(dir, "article"), a)
		if err != nil {
			return nil, fmt.Errorf("summarize: %w", err)
		}
		art, err := os.ReadFile(a)
		if err != nil {
			return nil, fmt.Errorf("summarize: read article: %w", err)
		}
		sum, err := os.ReadFile(filepath.Join(dir, "summary", rel))
		if err != nil {
			return nil, fmt.Errorf("summarize: read summary: %w", err)
		}
		d := parseBBC(string(art), string(sum))
		d.name = rel
		docs = append(docs, d)
	}
	return docs, nil
}

// parseBBC splits an article into title and one-sentence lines and marks
// the lines that appear in the summary.
func parseBBC(article, summary string) bbcDoc {
	var d bbcDoc
	title, body, _ := strings.Cut(article, "\n")
	d.title = strings.TrimSpace(title)
	d.body = body
	byText := map[string]int{}
	off := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		t := strings.TrimSpace(line)
		if t != "" {
			start := off + strings.Index(line, t)
			if _, dup := byText[t]; !dup {
				byText[t] = len(d.sents)
			}
			d.sents = append(d.sents, text.Span{Start: start, End: start + len(t)})
		}
		off += len(line)
	}
	d.ref = map[int]bool{}
	for _, line := range strings.Split(summary, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		d.nref++
		if i, ok := byText[t]; ok {
			d.ref[i] = true
		}
	}
	return d
}
