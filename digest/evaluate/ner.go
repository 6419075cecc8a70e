package evaluate

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/attache-bot/attache/digest"
)

// conllType maps a mention to its CoNLL-2003 type, or "" to ignore it.
func conllType(m digest.Mention) string {
	switch m.Type {
	case digest.PER:
		return "PER"
	case digest.ORG:
		return "ORG"
	case digest.LOC, digest.GPE:
		if m.Kind == "bloc" {
			return "ORG"
		}
		return "LOC"
	}
	return ""
}

// iobChunks decodes IOB1/IOB2 tags into chunks over token indexes. Tags may
// contain boundary markers "|" (sentence ends) that do not count as tokens.
func iobChunks(tags []string, types map[string]string) []chunk {
	var out []chunk
	tok := 0
	open := -1
	typ := ""
	closeAt := func(end int) {
		if open >= 0 {
			if t, ok := types[typ]; ok {
				out = append(out, chunk{Type: t, Start: open, End: end})
			}
		}
		open, typ = -1, ""
	}
	for _, t := range tags {
		if t == "|" {
			closeAt(tok)
			continue
		}
		switch {
		case t == "O" || len(t) < 3:
			closeAt(tok)
		default:
			ty := t[2:]
			if t[0] == 'B' || ty != typ {
				closeAt(tok)
				open, typ = tok, ty
			}
		}
		tok++
	}
	closeAt(tok)
	return out
}

// EvalCoNLL runs the engine on CoNLL-2003 English dev (eng.testa) and prints
// exact-span precision, recall and F1 for PER, LOC and ORG (MISC ignored).
func EvalCoNLL(sharedDir string, w io.Writer) error {
	docs, err := readCoNLLDocs(filepath.Join(sharedDir, "eval", "conll2003", "eng.testa"))
	if err != nil {
		return err
	}
	e, err := newEngine()
	if err != nil {
		return err
	}
	c := newCounts()
	for i := range docs {
		d := &docs[i]
		c.add(d.gold, conllPredict(e, d))
	}
	_, err = c.table(w, fmt.Sprintf("CoNLL-2003 dev (eng.testa, %d docs): exact-span entity F1", len(docs)), []string{"PER", "LOC", "ORG"}, nil)
	return err
}

// conllPredict runs the engine on one CoNLL document and maps its mentions
// to CoNLL chunks.
func conllPredict(e *digest.Engine, d *tokDoc) []chunk {
	r := e.Extract(digest.Article{Body: d.text})
	var pred []chunk
	for _, m := range r.Mentions {
		t := conllType(m)
		if t == "" {
			continue
		}
		if ch, ok := d.snap(t, m.Start, m.End); ok {
			pred = append(pred, ch)
		}
	}
	return pred
}

// readCoNLLDocs reads CoNLL-2003 into token documents with gold chunks.
func readCoNLLDocs(path string) ([]tokDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: open conll: %w", err)
	}
	defer f.Close()
	var docs []tokDoc
	var sents [][]string
	var tags []string
	var cur []string
	endSent := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
			tags = append(tags, "|")
		}
	}
	flush := func() {
		endSent()
		if len(sents) == 0 {
			return
		}
		d := buildDoc(sents)
		d.gold = iobChunks(tags, map[string]string{"PER": "PER", "LOC": "LOC", "ORG": "ORG"})
		docs = append(docs, d)
		sents, tags = nil, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flush()
		case line == "":
			endSent()
		default:
			cols := strings.Fields(line)
			cur = append(cur, cols[0])
			tags = append(tags, cols[len(cols)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: read conll: %w", err)
	}
	flush()
	return docs, nil
}

// gmbType maps a mention to its GMB type.
func gmbType(m digest.Mention) string {
	switch m.Type {
	case digest.PER:
		return "per"
	case digest.ORG:
		return "org"
	case digest.LOC, digest.GPE:
		if m.Kind == "bloc" {
			return "org"
		}
		return "geo"
	case digest.NORP:
		return "gpe"
	}
	return ""
}

// gmbTitles holds, per lower-cased word, how GMB's annotators treat it when
// it directly precedes a word of a person span: in how many cases the word
// is inside that span (in) and in how many it is left out (out). GMB puts
// some titles into person spans ("President George Bush", "Mr. Abbas") and
// leaves others out ("Foreign Minister Mladen Ivanic"), inconsistently; the
// counts come from the training split only, never from the data scored.
type gmbTitles map[string][2]int

// readGMBTitles counts the title convention of a GMB split. It reads the
// CSV line by line: a line that is not four plain fields (a quoted comma)
// is no capitalised word, which is all the count needs.
func readGMBTitles(path string) (gmbTitles, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: open gmb: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	out := gmbTitles{}
	prevWord, prevTag := "", ""
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			continue
		}
		if strings.HasPrefix(line, "Sentence:") {
			prevWord, prevTag = "", ""
		}
		var w, tag string
		if fs := strings.Split(line, ","); len(fs) == 4 {
			w, tag = fs[1], fs[3]
		} else if k := strings.LastIndexByte(line, ','); k >= 0 {
			tag = line[k+1:]
		}
		if prevWord != "" && isUpperStart(prevWord) {
			k := -1
			switch {
			case tag == "I-per" && strings.HasSuffix(prevTag, "-per"):
				k = 0
			case tag == "B-per" && !strings.HasSuffix(prevTag, "-per"):
				k = 1
			}
			if k >= 0 {
				c := out[strings.ToLower(prevWord)]
				c[k]++
				out[strings.ToLower(prevWord)] = c
			}
		}
		prevWord, prevTag = w, tag
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: read gmb: %w", err)
	}
	return out, nil
}

func isUpperStart(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// extend returns how many capitalised words on the same line before token
// i GMB would, by the majority of its training annotations, put into the
// person span that starts at i (at least 3 cases seen per word).
func (g gmbTitles) extend(d *tokDoc, i int) int {
	n := 0
	for j := i - 1; j >= 0; j-- {
		tok := d.text[d.starts[j]:d.ends[j]]
		if !isUpperStart(tok) || strings.ContainsRune(d.text[d.ends[j]:d.starts[j+1]], '\n') {
			break
		}
		c := g[strings.ToLower(tok)]
		if c[0]+c[1] < 3 || c[0] <= c[1] {
			break
		}
		n++
	}
	return n
}

// EvalGMB runs the engine on the GMB dev split (sentences 38001-43000, fed
// in documents of 20 sentences) and prints exact-span F1 for per, geo, org
// and gpe; the overall row covers per, geo and org (the target set).
func EvalGMB(sharedDir string, w io.Writer) error {
	docs, nsents, err := readGMBDocs(filepath.Join(sharedDir, "eval", "gmb", "gmb_dev.csv"))
	if err != nil {
		return err
	}
	titles, err := readGMBTitles(filepath.Join(sharedDir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		return err
	}
	e, err := newEngine()
	if err != nil {
		return err
	}
	all := newCounts()
	for i := range docs {
		d := &docs[i]
		all.add(d.gold, gmbPredict(e, d, titles))
	}
	title := fmt.Sprintf("GMB dev (%d sentences): exact-span entity F1, overall over per/geo/org", nsents)
	_, err = all.table(w, title, []string{"per", "geo", "org"}, []string{"gpe"})
	return err
}

// gmbPredict runs the engine on one GMB document and maps its mentions to
// GMB chunks: a person span grows over the title words before it that GMB
// usually puts inside (titles, from its training split).
func gmbPredict(e *digest.Engine, d *tokDoc, titles gmbTitles) []chunk {
	res := e.Extract(digest.Article{Body: d.text})
	var pred []chunk
	for _, m := range res.Mentions {
		t := gmbType(m)
		if t == "" {
			continue
		}
		ch, ok := d.snap(t, m.Start, m.End)
		if !ok {
			continue
		}
		if t == "per" {
			ch.Start -= titles.extend(d, ch.Start)
		}
		pred = append(pred, ch)
	}
	return pred
}

// readGMBDocs reads a GMB split into documents of 20 sentences with gold
// chunks; it also returns the number of sentences.
func readGMBDocs(path string) ([]tokDoc, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("evaluate: open gmb: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	if _, err := r.Read(); err != nil {
		return nil, 0, fmt.Errorf("evaluate: gmb header: %w", err)
	}
	var sents [][]string
	var tagSents [][]string
	var cur, curTags []string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, 0, fmt.Errorf("evaluate: read gmb: %w", err)
		}
		if len(rec) < 4 {
			continue
		}
		if strings.HasPrefix(rec[0], "Sentence:") && len(cur) > 0 {
			sents, tagSents = append(sents, cur), append(tagSents, curTags)
			cur, curTags = nil, nil
		}
		cur, curTags = append(cur, rec[1]), append(curTags, rec[3])
	}
	if len(cur) > 0 {
		sents, tagSents = append(sents, cur), append(tagSents, curTags)
	}
	types := map[string]string{"per": "per", "geo": "geo", "org": "org", "gpe": "gpe"}
	const perDoc = 20
	var docs []tokDoc
	for a := 0; a < len(sents); a += perDoc {
		b := min(a+perDoc, len(sents))
		d := buildDoc(sents[a:b])
		var tags []string
		for _, ts := range tagSents[a:b] {
			tags = append(tags, ts...)
			tags = append(tags, "|")
		}
		d.gold = iobChunks(tags, types)
		docs = append(docs, d)
	}
	return docs, len(sents), nil
}
