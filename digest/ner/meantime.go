package ner

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Unknown is the label of a word whose label the data does not settle;
// Train predicts it but learns nothing from it.
const Unknown = "?"

// ReadMEANTIME reads the NewsReader MEANTIME English intra-document
// annotation (dir holds corpus_*/*.xml in CAT format) into labelled
// sentences, one document per file. Proper-name mentions (syntactic type
// NAM or PRE.NAM) of entities of type PER, ORG and LOC become PER, ORG and
// LOC spans, of type PRO (products) MISC. A mention's extent is a whole
// noun phrase ("European aircraft manufacturer , Airbus"), so the span is
// its head when it names one, else the last run of capitalised words in
// it. MEANTIME does not tag every name (nationalities, unlinked names,
// time expressions), so capitalised words outside the spans and the words
// of time expressions are Unknown rather than O.
func ReadMEANTIME(dir string) ([]Sentence, error) {
	files, err := filepath.Glob(filepath.Join(dir, "corpus_*", "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("ner: meantime: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("ner: meantime: no corpus_*/*.xml in %s: %w", dir, os.ErrNotExist)
	}
	slices.Sort(files)
	var out []Sentence
	for di, f := range files {
		sents, err := readCAT(f)
		if err != nil {
			return nil, err
		}
		for i := range sents {
			sents[i].Doc = di
		}
		out = append(out, sents...)
	}
	return out, nil
}

type catMention struct {
	id, syn, head string
	toks          []int // token ids
}

// readCAT reads one MEANTIME CAT file.
func readCAT(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: meantime: %w", err)
	}
	defer f.Close()
	type token struct {
		id, sent int
		text     string
	}
	var (
		toks     []token
		mentions []*catMention
		entType  = map[string]string{} // ENTITY m_id -> ent_type
		refers   = map[string]string{} // mention m_id -> ENTITY m_id
		timex    []*catMention
		cur      *catMention
		sources  []string
		inRef    bool
	)
	attr := func(e xml.StartElement, name string) string {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	dec := xml.NewDecoder(f)
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ner: meantime %s: %w", filepath.Base(path), err)
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "token":
				var tk token
				fmt.Sscan(attr(e, "t_id"), &tk.id)
				fmt.Sscan(attr(e, "sentence"), &tk.sent)
				var s string
				if err := dec.DecodeElement(&s, &e); err != nil {
					return nil, fmt.Errorf("ner: meantime %s: %w", filepath.Base(path), err)
				}
				tk.text = s
				toks = append(toks, tk)
			case "ENTITY_MENTION":
				cur = &catMention{id: attr(e, "m_id"), syn: attr(e, "syntactic_type"), head: attr(e, "head")}
				mentions = append(mentions, cur)
			case "TIMEX3":
				cur = &catMention{id: attr(e, "m_id")}
				timex = append(timex, cur)
			case "token_anchor":
				if cur != nil {
					var id int
					fmt.Sscan(attr(e, "t_id"), &id)
					cur.toks = append(cur.toks, id)
				}
			case "ENTITY":
				entType[attr(e, "m_id")] = attr(e, "ent_type")
			case "REFERS_TO":
				inRef, sources = true, sources[:0]
			case "source":
				if inRef {
					sources = append(sources, attr(e, "m_id"))
				}
			case "target":
				if inRef {
					for _, s := range sources {
						refers[s] = attr(e, "m_id")
					}
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "ENTITY_MENTION", "TIMEX3":
				cur = nil
			case "REFERS_TO":
				inRef = false
			}
		}
	}
	idx := map[int]int{} // token id -> position
	for i, tk := range toks {
		idx[tk.id] = i
	}
	labels := make([]string, len(toks))
	isCap := func(i int) bool {
		w := toks[i].text
		return w != "" && w[0] >= 'A' && w[0] <= 'Z'
	}
	for i := range toks {
		labels[i] = "O"
		if isCap(i) {
			labels[i] = Unknown
		}
	}
	for _, m := range timex {
		for _, id := range m.toks {
			if p, ok := idx[id]; ok {
				labels[p] = Unknown
			}
		}
	}
	for _, m := range mentions {
		if m.syn != "NAM" && m.syn != "PRE.NAM" {
			continue
		}
		var ty string
		switch entType[refers[m.id]] {
		case "PER":
			ty = "PER"
		case "ORG":
			ty = "ORG"
		case "LOC":
			ty = "LOC"
		case "PRO":
			ty = "MISC"
		default:
			continue
		}
		var pos []int
		for _, id := range m.toks {
			if p, ok := idx[id]; ok {
				pos = append(pos, p)
			}
		}
		slices.Sort(pos)
		if len(pos) == 0 || pos[len(pos)-1]-pos[0] != len(pos)-1 {
			continue // discontinuous
		}
		lo, hi := pos[0], pos[len(pos)-1]+1
		start, end := -1, -1
		if hw := strings.Fields(m.head); len(hw) > 0 {
			for s := lo; s+len(hw) <= hi; s++ {
				ok := true
				for k, w := range hw {
					if toks[s+k].text != w {
						ok = false
						break
					}
				}
				if ok {
					start, end = s, s+len(hw)
				}
			}
		}
		if start < 0 {
			// the last run of capitalised words, with lower-case
			// connectors inside ("Bank of America")
			for e := hi - 1; e >= lo; e-- {
				if isCap(e) || toks[e].text[0] >= '0' && toks[e].text[0] <= '9' && e > lo && isCap(e-1) {
					end = e + 1
					start = e
					for start > lo && (isCap(start-1) || start-2 >= lo && isCap(start-2) && isConnector(toks[start-1].text)) {
						if isCap(start - 1) {
							start--
						} else {
							start -= 2
						}
					}
					break
				}
			}
		}
		if start < 0 || !isCap(start) {
			continue
		}
		for p := start; p < end; p++ {
			if p == start {
				labels[p] = "B-" + ty
			} else {
				labels[p] = "I-" + ty
			}
		}
	}
	var out []Sentence
	for i := 0; i < len(toks); {
		j := i
		var s Sentence
		for j < len(toks) && toks[j].sent == toks[i].sent {
			s.Words = append(s.Words, toks[j].text)
			s.Labels = append(s.Labels, labels[j])
			j++
		}
		out = append(out, s)
		i = j
	}
	return out, nil
}

func isConnector(w string) bool {
	switch w {
	case "of", "and", "&", "de", "for", "the":
		return true
	}
	return false
}
