package ner

import (
	"fmt"
	"io"
	"path/filepath"
	"time"
)

// Score counts exact-span matches of one entity type.
type Score struct {
	Gold, Pred, Correct int
}

// P is precision.
func (s Score) P() float64 { return ratio(s.Correct, s.Pred) }

// R is recall.
func (s Score) R() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of P and R.
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores maps an evaluation type ("per", "LOC") to its counts.
type Scores map[string]Score

// Overall sums the counts of the given types.
func (s Scores) Overall(types ...string) Score {
	var o Score
	for _, t := range types {
		o.Gold += s[t].Gold
		o.Pred += s[t].Pred
		o.Correct += s[t].Correct
	}
	return o
}

type spanKey struct {
	start, end int
	typ        string
}

// add compares gold and predicted spans after mapping types with m (types
// mapped to "" are ignored).
func (s Scores) add(gold, pred []Span, m func(string) string) {
	g := map[spanKey]bool{}
	for _, sp := range gold {
		if t := m(sp.Type); t != "" {
			g[spanKey{sp.Start, sp.End, t}] = true
			c := s[t]
			c.Gold++
			s[t] = c
		}
	}
	for _, sp := range pred {
		if t := m(sp.Type); t != "" {
			c := s[t]
			c.Pred++
			if g[spanKey{sp.Start, sp.End, t}] {
				c.Correct++
			}
			s[t] = c
		}
	}
}

func gmbEvalType(t string) string {
	switch t {
	case "PER":
		return "per"
	case "LOC":
		return "geo"
	case "ORG":
		return "org"
	case "NORP":
		return "gpe"
	}
	return ""
}

func conllEvalType(t string) string {
	switch t {
	case "PER", "LOC", "ORG":
		return t
	}
	return ""
}

// EvalGMBSentences tags the documents of sents (read by ReadGMB without
// titles, grouped by Doc) and scores
// per/geo/org/gpe exact spans in the GMB convention (titles inside person
// spans).
func EvalGMBSentences(t *Tagger, sents []Sentence) Scores {
	s := Scores{}
	for _, d := range docs(sents) {
		preds := t.TagSentences(docWords(d))
		for i, st := range d {
			s.add(Spans(st.Words, st.Labels), MergeTitles(Spans(st.Words, preds[i])), gmbEvalType)
		}
	}
	return s
}

// EvalCoNLLSentences tags the documents of sents (as ReadCoNLL returns
// them) and scores
// PER/LOC/ORG exact spans; titles are not part of names and MISC is ignored.
func EvalCoNLLSentences(t *Tagger, sents []Sentence) Scores {
	s := Scores{}
	for _, d := range docs(sents) {
		preds := t.TagSentences(docWords(d))
		for i, st := range d {
			s.add(Spans(st.Words, st.Labels), Spans(st.Words, preds[i]), conllEvalType)
		}
	}
	return s
}

func docWords(d []Sentence) [][]string {
	out := make([][]string, len(d))
	for i, s := range d {
		out[i] = s.Words
	}
	return out
}

// WriteTable prints scores as a markdown table with an overall row over
// the overall types.
func WriteTable(w io.Writer, title string, s Scores, types, overall []string) error {
	_, err := fmt.Fprintf(w, "\n### %s\n\n| type | gold | pred | correct | P | R | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n", title)
	if err != nil {
		return fmt.Errorf("ner: write table: %w", err)
	}
	row := func(name string, c Score) error {
		_, err := fmt.Fprintf(w, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |\n", name, c.Gold, c.Pred, c.Correct, c.P(), c.R(), c.F1())
		return err
	}
	for _, t := range types {
		if err := row(t, s[t]); err != nil {
			return fmt.Errorf("ner: write table: %w", err)
		}
	}
	if err := row("**overall**", s.Overall(overall...)); err != nil {
		return fmt.Errorf("ner: write table: %w", err)
	}
	return nil
}

// EvalTagger loads the embedded tagger and prints exact-span P/R/F1 tables
// for GMB dev (per/geo/org/gpe; overall over per/geo/org) and CoNLL-2003 dev
// (eng.testa; PER/LOC/ORG) read from sharedDir (the ../shared folder).
func EvalTagger(sharedDir string, w io.Writer) error {
	start := time.Now()
	t, err := Load()
	if err != nil {
		return err
	}
	loadTime := time.Since(start)
	gmb, err := ReadGMB(filepath.Join(sharedDir, "eval", "gmb", "gmb_dev.csv"), false)
	if err != nil {
		return err
	}
	conll, err := ReadCoNLL(filepath.Join(sharedDir, "eval", "conll2003", "eng.testa"))
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "Tagger loaded in %v.\n", loadTime.Round(time.Millisecond)); err != nil {
		return fmt.Errorf("ner: eval: %w", err)
	}
	s := EvalGMBSentences(t, gmb)
	if err := WriteTable(w, fmt.Sprintf("GMB dev (%d sentences), standalone tagger, exact spans", len(gmb)), s, []string{"per", "geo", "org", "gpe"}, []string{"per", "geo", "org"}); err != nil {
		return err
	}
	s = EvalCoNLLSentences(t, conll)
	return WriteTable(w, fmt.Sprintf("CoNLL-2003 dev (eng.testa, %d sentences), standalone tagger, exact spans", len(conll)), s, []string{"PER", "LOC", "ORG"}, []string{"PER", "LOC", "ORG"})
}

// EvalMEANTIMESentences tags the documents of sents (read by ReadMEANTIME)
// and scores PER/LOC/ORG exact spans in the CoNLL convention. MEANTIME
// leaves some names unannotated (their words are Unknown): a predicted
// span over an Unknown word is not counted. It measures a model trained
// without MEANTIME (train-ner -meantime 0) on news of another source than
// GMB's.
func EvalMEANTIMESentences(t *Tagger, sents []Sentence) Scores {
	s := Scores{}
	for _, d := range docs(sents) {
		preds := t.TagSentences(docWords(d))
		for i, st := range d {
			var pred []Span
			for _, sp := range Spans(st.Words, preds[i]) {
				known := true
				for _, l := range st.Labels[sp.Start:sp.End] {
					known = known && l != Unknown
				}
				if known {
					pred = append(pred, sp)
				}
			}
			s.add(Spans(st.Words, st.Labels), pred, conllEvalType)
		}
	}
	return s
}
