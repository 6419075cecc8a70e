package timex

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// evalDoc is one gold-annotated document.
type evalDoc struct {
	name string
	text string
	dct  time.Time
	gold []Timex
	// skip are spans (the document's own creation time printed in the
	// text) where neither gold nor system expressions are scored.
	skip [][2]int
}

// scores are the TempEval-3 extent and attribute measures of one set.
type scores struct {
	docs, gold, sys   int
	strict, relaxed   int
	valueOK, typeOK   int
	valueErrs, misses []string
	falsePos          []string
}

func (s *scores) add(o scores) {
	s.docs += o.docs
	s.gold += o.gold
	s.sys += o.sys
	s.strict += o.strict
	s.relaxed += o.relaxed
	s.valueOK += o.valueOK
	s.typeOK += o.typeOK
	s.valueErrs = append(s.valueErrs, o.valueErrs...)
	s.misses = append(s.misses, o.misses...)
	s.falsePos = append(s.falsePos, o.falsePos...)
}

func inSkip(skip [][2]int, t Timex) bool {
	for _, sp := range skip {
		if t.Start < sp[1] && sp[0] < t.End {
			return true
		}
	}
	return false
}

// scoreDoc runs Extract on d and compares with its gold: strict = same
// extent, relaxed = any overlap (one-to-one, in text order); value and type
// accuracy are counted over relaxed matches.
func scoreDoc(d evalDoc) scores {
	sys := Extract(d.text, d.dct)
	var gold []Timex
	for _, g := range d.gold {
		if !inSkip(d.skip, g) {
			gold = append(gold, g)
		}
	}
	kept := sys[:0:0]
	for _, s := range sys {
		if !inSkip(d.skip, s) {
			kept = append(kept, s)
		}
	}
	sys = kept
	sort.Slice(gold, func(a, b int) bool { return gold[a].Start < gold[b].Start })
	sc := scores{docs: 1, gold: len(gold), sys: len(sys)}
	used := make([]bool, len(sys))
	ctx := func(t Timex) string {
		a, b := max(0, t.Start-40), min(len(d.text), t.End+40)
		return strings.ReplaceAll(d.text[a:t.Start]+"[["+d.text[t.Start:t.End]+"]]"+d.text[t.End:b], "\n", " ")
	}
	for _, g := range gold {
		found := -1
		for k, s := range sys {
			if used[k] || s.End <= g.Start {
				continue
			}
			if s.Start >= g.End {
				break
			}
			found = k
			break
		}
		if found < 0 {
			sc.misses = append(sc.misses, fmt.Sprintf("%s\t%s\t%s\t%s\t%s", d.name, d.dct.Format("2006-01-02"), g.Type, g.Value, ctx(g)))
			continue
		}
		s := sys[found]
		used[found] = true
		sc.relaxed++
		if s.Start == g.Start && s.End == g.End {
			sc.strict++
		}
		if strings.EqualFold(strings.TrimSpace(s.Value), strings.TrimSpace(g.Value)) {
			sc.valueOK++
		} else {
			sc.valueErrs = append(sc.valueErrs, fmt.Sprintf("%s\t%s\tgold=%s %s\tsys=%s %s\t%q\t%s", d.name, d.dct.Format("2006-01-02 Mon"), g.Type, g.Value, s.Type, s.Value, s.Text, ctx(g)))
		}
		if s.Type == g.Type {
			sc.typeOK++
		}
	}
	for k, s := range sys {
		if !used[k] {
			sc.falsePos = append(sc.falsePos, fmt.Sprintf("%s\t%s\t%s\t%s", d.name, s.Type, s.Value, ctx(s)))
		}
	}
	return sc
}

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

// writeTable prints the scores of one set as a markdown table.
func writeTable(w io.Writer, set string, s scores) error {
	sp, sr := ratio(s.strict, s.sys), ratio(s.strict, s.gold)
	rp, rr := ratio(s.relaxed, s.sys), ratio(s.relaxed, s.gold)
	_, err := fmt.Fprintf(w, "### %s\n\n| docs | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | type acc |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n| %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n\n",
		set, s.docs, s.gold, s.sys, sp, sr, f1(sp, sr), rp, rr, f1(rp, rr), ratio(s.valueOK, s.relaxed), ratio(s.typeOK, s.relaxed))
	if err != nil {
		return fmt.Errorf("timex: write table: %w", err)
	}
	return nil
}

// EvalTimeBank scores Extract on the TempEval-3 TBAQ-cleaned corpus under
// sharedDir (sharedDir/eval/tempeval3/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml)
// and writes one markdown table for TimeBank, one for AQUAINT and one for
// both combined. The creation-time TIMEX3 of each document is not scored.
func EvalTimeBank(sharedDir string, w io.Writer) error {
	root := filepath.Join(sharedDir, "eval", "tempeval3", "TBAQ-cleaned")
	var all scores
	for _, set := range []string{"TimeBank", "AQUAINT"} {
		docs, err := loadTMLDir(filepath.Join(root, set))
		if err != nil {
			return err
		}
		var s scores
		for _, d := range docs {
			s.add(scoreDoc(d))
		}
		if err := writeTable(w, set, s); err != nil {
			return err
		}
		all.add(s)
	}
	return writeTable(w, "TimeBank+AQUAINT", all)
}

// EvalMEANTIME scores Extract on the English MEANTIME corpus under sharedDir
// (sharedDir/eval/meantime/intra-doc_annotation/*/*.xml) and writes one
// markdown table. The text is rebuilt from the tokens (one sentence a line);
// the creation-time TIMEX3, which MEANTIME marks inside the text, is not
// scored and system expressions overlapping it are ignored.
func EvalMEANTIME(sharedDir string, w io.Writer) error {
	docs, err := loadMEANTIME(filepath.Join(sharedDir, "eval", "meantime", "intra-doc_annotation"))
	if err != nil {
		return err
	}
	var s scores
	for _, d := range docs {
		s.add(scoreDoc(d))
	}
	return writeTable(w, "MEANTIME", s)
}

func loadTMLDir(dir string) ([]evalDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("timex: list %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timex: no .tml files in %s", dir)
	}
	sort.Strings(files)
	docs := make([]evalDoc, 0, len(files))
	for _, f := range files {
		d, err := loadTML(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseDCT reads the date part of a TIMEX3 value ("1998-01-08T..." or
// "19980108").
func parseDCT(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, nil
		}
	}
	if len(v) == 10 && v[2] == '-' && v[5] == '-' {
		// "03-02-2009": month first, as in MEANTIME's one such value
		if t, err := time.Parse("01-02-2006", v); err == nil {
			return t, nil
		}
	}
	if len(v) >= 8 {
		if t, err := time.Parse("20060102", v[:8]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad creation time %q", v)
}

// loadTML reads a TimeML file: the <DCT> value and the <TEXT> body with its
// inline TIMEX3 tags turned into offsets into the plain text.
func loadTML(path string) (evalDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return evalDoc{}, fmt.Errorf("timex: open %s: %w", path, err)
	}
	defer f.Close()
	d, err := parseTML(f)
	if err != nil {
		return evalDoc{}, fmt.Errorf("timex: parse %s: %w", path, err)
	}
	d.name = filepath.Base(path)
	return d, nil
}

func parseTML(r io.Reader) (evalDoc, error) {
	dec := xml.NewDecoder(r)
	var d evalDoc
	var b strings.Builder
	inDCT, inText := false, false
	var open []Timex
	haveDCT := false
	for {
		tk, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return d, err
		}
		switch t := tk.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "DCT":
				inDCT = true
			case "TEXT":
				inText = true
			case "TIMEX3":
				if inDCT || attr(t, "functionInDocument") == "CREATION_TIME" && !inText {
					dct, err := parseDCT(attr(t, "value"))
					if err != nil {
						return d, err
					}
					d.dct, haveDCT = dct, true
				}
				if inText {
					open = append(open, Timex{Start: b.Len(), Type: attr(t, "type"), Value: attr(t, "value"), Mod: attr(t, "mod")})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "DCT":
				inDCT = false
			case "TEXT":
				inText = false
			case "TIMEX3":
				if inText && len(open) > 0 {
					g := open[len(open)-1]
					open = open[:len(open)-1]
					g.End = b.Len()
					d.gold = append(d.gold, g)
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	if !haveDCT {
		return d, errors.New("no DCT")
	}
	d.text = b.String()
	for k := range d.gold {
		d.gold[k].Text = d.text[d.gold[k].Start:d.gold[k].End]
	}
	return d, nil
}

func loadMEANTIME(dir string) ([]evalDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("timex: list %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timex: no MEANTIME files in %s", dir)
	}
	sort.Strings(files)
	var docs []evalDoc
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("timex: open %s: %w", f, err)
		}
		d, err := parseCAT(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("timex: parse %s: %w", f, err)
		}
		d.name = filepath.Base(f)
		docs = append(docs, d)
	}
	return docs, nil
}

// noSpaceBefore are tokens written without a space before them when the
// pre-tokenized text is rebuilt.
var noSpaceBefore = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true, "'s": true,
	"n't": true, "%": true, "'": true, "]": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true,
}

// parseCAT reads a MEANTIME CAT document: tokens with sentence numbers and
// TIMEX3 markables anchored to token ids.
func parseCAT(r io.Reader) (evalDoc, error) {
	dec := xml.NewDecoder(r)
	type ctok struct {
		id, sent int
		text     string
	}
	var toks []ctok
	type ctimex struct {
		typ, val, fn string
		ids          []int
	}
	var timexes []ctimex
	var cur *ctok
	var curT *ctimex
	for {
		tk, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return evalDoc{}, err
		}
		switch t := tk.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "token":
				id, _ := strconv.Atoi(attr(t, "t_id"))
				s, _ := strconv.Atoi(attr(t, "sentence"))
				toks = append(toks, ctok{id: id, sent: s})
				cur = &toks[len(toks)-1]
			case "TIMEX3":
				timexes = append(timexes, ctimex{typ: attr(t, "type"), val: attr(t, "value"), fn: attr(t, "functionInDocument")})
				curT = &timexes[len(timexes)-1]
			case "token_anchor":
				if curT != nil {
					id, _ := strconv.Atoi(attr(t, "t_id"))
					curT.ids = append(curT.ids, id)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "token":
				cur = nil
			case "TIMEX3":
				curT = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(t)
			}
		}
	}
	// A few documents lack the CREATION_TIME mark; their date line (the
	// second sentence) then holds the creation time.
	hasCT := false
	for _, t := range timexes {
		hasCT = hasCT || t.fn == "CREATION_TIME"
	}
	if !hasCT {
		sentOf := make(map[int]int, len(toks))
		for _, t := range toks {
			sentOf[t.id] = t.sent
		}
		for k, t := range timexes {
			if len(t.ids) > 0 && sentOf[t.ids[0]] == 1 && len(t.val) == 10 {
				timexes[k].fn = "CREATION_TIME"
				break
			}
		}
	}
	// MEANTIME annotates only the first sentences of each article (title,
	// date line and about four more): score that part only.
	lastSent := 0
	sentByID := make(map[int]int, len(toks))
	for _, t := range toks {
		sentByID[t.id] = t.sent
	}
	for _, t := range timexes {
		for _, id := range t.ids {
			lastSent = max(lastSent, sentByID[id])
		}
	}
	lastSent = max(lastSent, 5)
	var b strings.Builder
	span := make(map[int][2]int, len(toks))
	for k, t := range toks {
		if t.sent > lastSent {
			break
		}
		if k > 0 {
			switch {
			case t.sent != toks[k-1].sent:
				b.WriteByte('\n')
			case noSpaceBefore[t.text] || toks[k-1].text == "(" || toks[k-1].text == "$" || toks[k-1].text == "``":
			default:
				b.WriteByte(' ')
			}
		}
		s := b.Len()
		b.WriteString(t.text)
		span[t.id] = [2]int{s, b.Len()}
	}
	d := evalDoc{text: b.String()}
	haveDCT := false
	for _, t := range timexes {
		if t.fn == "CREATION_TIME" {
			dct, err := parseDCT(t.val)
			if err != nil {
				return d, err
			}
			d.dct, haveDCT = dct, true
		}
		if len(t.ids) == 0 {
			continue
		}
		s, e := len(d.text), 0
		for _, id := range t.ids {
			sp, ok := span[id]
			if !ok {
				continue
			}
			s, e = min(s, sp[0]), max(e, sp[1])
		}
		if e <= s {
			continue
		}
		if t.fn == "CREATION_TIME" {
			d.skip = append(d.skip, [2]int{s, e})
			continue
		}
		d.gold = append(d.gold, Timex{Start: s, End: e, Text: d.text[s:e], Type: t.typ, Value: t.val})
	}
	if !haveDCT {
		return d, errors.New("no creation time")
	}
	return d, nil
}
