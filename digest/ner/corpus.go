package ner

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// titleWords are words that, at the front of a GMB person span, form the
// title rather than the name ("President George Bush" -> TTL "President",
// PER "George Bush").
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr. mrs. ms. dr. mr mrs ms dr sir dame lord lady madame monsieur rev. reverend
		sen. gen. lt. col. capt. sgt. gov. rep. prof. professor
		president vice prime minister deputy first foreign defense defence interior finance economy energy trade
		justice health secretary state home treasury commerce homeland security national adviser advisor
		special envoy representative ambassador chief negotiator spokesman spokeswoman press chancellor king
		queen crown prince princess emir sheikh sheik sultan supreme leader ayatollah grand pope chairman chairwoman
		director general lieutenant major retired admiral commander colonel captain sergeant senator
		congressman congresswoman governor mayor speaker premier commissioner judge prosecutor attorney
		cardinal archbishop bishop imam cleric mullah rabbi father brother sister saint st. former acting interim
		u.s. opposition army police minister-president vice-president secretary-general of the`) {
		m[w] = true
	}
	return m
}()

// gmbLabel maps a GMB tag ("B-geo") to this package's label.
func gmbLabel(tag string) string {
	if len(tag) < 3 {
		return "O"
	}
	var ty string
	switch tag[2:] {
	case "per":
		ty = "PER"
	case "geo":
		ty = "LOC"
	case "org":
		ty = "ORG"
	case "gpe":
		ty = "NORP"
	case "tim":
		ty = "TIM"
	case "art", "eve", "nat":
		ty = "MISC"
	default:
		return "O"
	}
	return tag[:2] + ty
}

// splitTitles relabels the leading title words of each PER span as TTL.
func splitTitles(words, labels []string) {
	for _, sp := range Spans(words, labels) {
		if sp.Type != "PER" {
			continue
		}
		k := sp.Start
		for k < sp.End && titleWords[strings.ToLower(words[k])] {
			k++
		}
		if k == sp.End {
			// a title alone ("Prime Minister" before a separately
			// tagged name, or "Mr." alone)
			if sp.End < len(labels) && labels[sp.End] == "B-PER" || sp.End-sp.Start > 1 && titleWords[strings.ToLower(words[sp.Start])] && !strings.EqualFold(words[sp.Start], "the") {
				labels[sp.Start] = "B-TTL"
				for j := sp.Start + 1; j < sp.End; j++ {
					labels[j] = "I-TTL"
				}
				continue
			}
			k = sp.End - 1
		}
		// "of" and "the" only inside a title, never at its edge
		for k > sp.Start && (strings.EqualFold(words[k-1], "of") || strings.EqualFold(words[k-1], "the")) {
			k--
		}
		if k == sp.Start {
			continue
		}
		for j := sp.Start; j < sp.End; j++ {
			switch {
			case j == sp.Start:
				labels[j] = "B-TTL"
			case j < k:
				labels[j] = "I-TTL"
			case j == k:
				labels[j] = "B-PER"
			default:
				labels[j] = "I-PER"
			}
		}
	}
}

// GMBDocSentences is the size of the pseudo-documents ReadGMB groups
// consecutive sentences into (the CSV keeps document order but not
// document boundaries).
const GMBDocSentences = 10

// ReadGMB reads a GMB NER CSV (columns Sentence #,Word,POS,Tag) into
// sentences with this package's labels: per -> PER, geo -> LOC, org -> ORG,
// gpe -> NORP, tim -> TIM, art/eve/nat -> MISC. With titles, the title words
// that GMB puts into person spans are relabelled TTL (the training form);
// without, person spans keep them (the GMB form scored by EvalGMBSentences).
func ReadGMB(path string, titles bool) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: open gmb: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<16))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		return nil, fmt.Errorf("ner: gmb header: %w", err)
	}
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			if titles {
				splitTitles(cur.Words, cur.Labels)
			}
			cur.Doc = len(out) / GMBDocSentences
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ner: read gmb: %w", err)
		}
		if len(rec) < 4 {
			continue
		}
		if strings.HasPrefix(rec[0], "Sentence:") {
			flush()
		}
		cur.Words = append(cur.Words, rec[1])
		cur.Labels = append(cur.Labels, gmbLabel(rec[3]))
	}
	flush()
	return out, nil
}

// ReadCoNLL reads CoNLL-2003 (IOB1, word first, tag last) into sentences
// with BIO labels over PER, LOC, ORG and MISC; Doc numbers the
// -DOCSTART- documents. For evaluation only.
func ReadCoNLL(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: open conll: %w", err)
	}
	defer f.Close()
	var out []Sentence
	var cur Sentence
	doc := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	prevType := ""
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			if line != "" {
				doc++
			}
			prevType = ""
			continue
		}
		cols := strings.Fields(line)
		tag := cols[len(cols)-1]
		label := "O"
		ty := ""
		if len(tag) > 2 {
			ty = tag[2:]
			if tag[0] == 'B' || ty != prevType {
				label = "B-" + ty
			} else {
				label = "I-" + ty
			}
		}
		prevType = ty
		cur.Words = append(cur.Words, cols[0])
		cur.Labels = append(cur.Labels, label)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read conll: %w", err)
	}
	flush()
	return out, nil
}
