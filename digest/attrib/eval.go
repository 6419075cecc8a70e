package attrib

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/attache-bot/attache/digest/text"
)

// span is a possibly discontinuous gold span: its segments in bytes.
type span struct{ segs [][2]int }

func (s span) lo() int { return s.segs[0][0] }
func (s span) hi() int { return s.segs[len(s.segs)-1][1] }

func (s span) overlaps(a, b int) bool {
	for _, g := range s.segs {
		if a < g[1] && g[0] < b {
			return true
		}
	}
	return false
}

// goldDoc is one annotated PolNeAR article.
type goldDoc struct {
	name    string
	body    string
	sources []span
	cues    []span
	// srcCue maps a source's start byte to its cue (for error analysis)
	srcCue map[int]span
}

// prf counts matches of system spans against gold spans.
type prf struct{ gold, sys, tp int }

func (c prf) p() float64  { return ratio(c.tp, c.sys) }
func (c prf) r() float64  { return ratio(c.tp, c.gold) }
func (c prf) f1() float64 { return f1(c.p(), c.r()) }

func (c *prf) add(o prf) { c.gold += o.gold; c.sys += o.sys; c.tp += o.tp }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// polnearScores are the PolNeAR measures over a set of articles.
type polnearScores struct {
	docs                                       int
	srcOverlap, srcExact, cueOverlap, cueExact prf
}

// EvalPolNeAR runs Find without entities on the PolNeAR dev split under
// sharedDir (the repository's ../shared) and writes a markdown table of
// attribution source and cue precision, recall and F1.
//
// A gold source counts as found when a system source span overlaps it
// (each system span matches at most one gold span, greedily in text order);
// exact scores require identical byte spans. Where an article has several
// annotators' files, the first by name is used.
func EvalPolNeAR(sharedDir string, w io.Writer) error {
	dir := filepath.Join(sharedDir, "eval", "polnear", "dev")
	docs, err := loadPolNeAR(dir)
	if err != nil {
		return err
	}
	sc := scorePolNeAR(docs)
	return writePolNeAR(w, "PolNeAR dev", sc)
}

func writePolNeAR(w io.Writer, title string, sc polnearScores) error {
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n\n", title)
	fmt.Fprintf(&b, "%d articles; `attrib.Find` with no entities. Overlap: a gold span is matched by an overlapping system span (one-to-one, greedy); exact: identical byte spans.\n\n", sc.docs)
	b.WriteString("| measure | gold | system | matched | P | R | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	row := func(name string, c prf) {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.3f | %.3f | %.4f |\n", name, c.gold, c.sys, c.tp, c.p(), c.r(), c.f1())
	}
	row("source (overlap)", sc.srcOverlap)
	row("source (exact)", sc.srcExact)
	row("cue (overlap)", sc.cueOverlap)
	row("cue (exact)", sc.cueExact)
	b.WriteString("\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("attrib: write table: %w", err)
	}
	return nil
}

// scorePolNeAR runs Find on every document and accumulates the scores.
func scorePolNeAR(docs []goldDoc) polnearScores {
	var sc polnearScores
	for _, d := range docs {
		atts := Find(d.body, text.Sentences(d.body), nil)
		var srcs, cs [][2]int
		for _, a := range atts {
			srcs = append(srcs, [2]int{a.SourceStart, a.SourceEnd})
			cs = append(cs, [2]int{a.CueStart, a.CueEnd})
		}
		srcs, cs = uniqSpans(srcs), uniqSpans(cs)
		sc.docs++
		sc.srcOverlap.add(match(d.sources, srcs, false))
		sc.srcExact.add(match(d.sources, srcs, true))
		sc.cueOverlap.add(match(d.cues, cs, false))
		sc.cueExact.add(match(d.cues, cs, true))
	}
	return sc
}

func uniqSpans(xs [][2]int) [][2]int {
	sort.Slice(xs, func(i, j int) bool {
		if xs[i][0] != xs[j][0] {
			return xs[i][0] < xs[j][0]
		}
		return xs[i][1] < xs[j][1]
	})
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// match pairs gold and system spans one-to-one, greedily in text order.
func match(gold []span, sys [][2]int, exact bool) prf {
	used := make([]bool, len(sys))
	c := prf{gold: len(gold), sys: len(sys)}
	for _, g := range gold {
		for k, s := range sys {
			if used[k] {
				continue
			}
			ok := false
			if exact {
				ok = s[0] == g.lo() && s[1] == g.hi()
			} else {
				ok = g.overlaps(s[0], s[1])
			}
			if ok {
				used[k] = true
				c.tp++
				break
			}
		}
	}
	return c
}

// loadPolNeAR reads dir/text/*.txt and dir/attributions/*.ann (one
// annotation file per article: the first by name).
func loadPolNeAR(dir string) ([]goldDoc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("attrib: list annotations: %w", err)
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("attrib: no .ann files under %s", dir)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	var docs []goldDoc
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if seen[base] {
			continue
		}
		seen[base] = true
		raw, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if err != nil {
			return nil, fmt.Errorf("attrib: read text: %w", err)
		}
		f, err := os.Open(ann)
		if err != nil {
			return nil, fmt.Errorf("attrib: open annotation: %w", err)
		}
		d, err := parseBrat(string(raw), f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("attrib: %s: %w", filepath.Base(ann), err)
		}
		d.name = base
		docs = append(docs, d)
	}
	return docs, nil
}

// parseBrat reads brat standoff annotations for body: T lines (offsets in
// Unicode code points, converted to bytes) and E lines tying Source and Cue
// to an attribution.
func parseBrat(body string, r io.Reader) (goldDoc, error) {
	d := goldDoc{body: body}
	// code point index -> byte offset
	cp := make([]int, 0, len(body)+1)
	for i := range body {
		cp = append(cp, i)
	}
	cp = append(cp, len(body))
	toByte := func(n int) (int, error) {
		if n < 0 || n >= len(cp) {
			return 0, fmt.Errorf("offset %d out of range", n)
		}
		return cp[n], nil
	}
	spans := map[string]span{}
	type ev struct{ src, cue string }
	var evs []ev
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" {
			continue
		}
		fields := strings.Split(l, "\t")
		switch {
		case strings.HasPrefix(l, "T") && len(fields) >= 2:
			_, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				return d, fmt.Errorf("line %d: bad text-bound annotation", line)
			}
			var sp span
			for _, seg := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(seg), " ")
				if !ok {
					return d, fmt.Errorf("line %d: bad offsets %q", line, seg)
				}
				ai, err1 := strconv.Atoi(a)
				bi, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || bi < ai {
					return d, fmt.Errorf("line %d: bad offsets %q", line, seg)
				}
				ab, err := toByte(ai)
				if err != nil {
					return d, fmt.Errorf("line %d: %w", line, err)
				}
				bb, err := toByte(bi)
				if err != nil {
					return d, fmt.Errorf("line %d: %w", line, err)
				}
				sp.segs = append(sp.segs, [2]int{ab, bb})
			}
			spans[fields[0]] = sp
		case strings.HasPrefix(l, "E") && len(fields) >= 2:
			var e ev
			for _, arg := range strings.Fields(fields[1]) {
				role, id, _ := strings.Cut(arg, ":")
				switch role {
				case "Source":
					e.src = id
				case "Cue":
					e.cue = id
				}
			}
			evs = append(evs, e)
		}
	}
	if err := sc.Err(); err != nil {
		return d, fmt.Errorf("read annotations: %w", err)
	}
	for _, e := range evs {
		if sp, ok := spans[e.src]; ok && e.src != "" {
			d.sources = append(d.sources, sp)
			if c, ok := spans[e.cue]; ok {
				if d.srcCue == nil {
					d.srcCue = map[int]span{}
				}
				d.srcCue[sp.lo()] = c
			}
		}
		if sp, ok := spans[e.cue]; ok && e.cue != "" {
			d.cues = append(d.cues, sp)
		}
	}
	sortSpans(d.sources)
	sortSpans(d.cues)
	return d, nil
}

func sortSpans(xs []span) {
	sort.SliceStable(xs, func(i, j int) bool { return xs[i].lo() < xs[j].lo() })
}
