// Command dbg prints error samples of a model (development aid).
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/attache-bot/attache/digest/ner"
)

func main() {
	f, _ := os.Open(os.Args[1])
	t, err := ner.Decode(f)
	if err != nil {
		panic(err)
	}
	var sents []ner.Sentence
	if os.Args[2] == "conll" {
		sents, _ = ner.ReadCoNLL("../shared/eval/conll2003/eng.testa")
	} else {
		sents, _ = ner.ReadGMB("../shared/eval/gmb/gmb_dev.csv", false)
	}
	want := os.Args[3]
	if len(os.Args) > 4 {
		t.SetFastPath(false)
	}
	conf := map[string]int{}
	var ex []string
	for _, s := range sents {
		pred := t.Tag(s.Words)
		ps := ner.Spans(s.Words, pred)
		gs := ner.Spans(s.Words, s.Labels)
		if os.Args[2] != "conll" {
			ps = ner.MergeTitles(ps)
		}
		pm := map[[2]int]string{}
		for _, p := range ps {
			pm[[2]int{p.Start, p.End}] = p.Type
		}
		gm := map[[2]int]string{}
		for _, g := range gs {
			gm[[2]int{g.Start, g.End}] = g.Type
		}
		for _, g := range gs {
			if g.Type != want {
				continue
			}
			p, ok := pm[[2]int{g.Start, g.End}]
			if !ok {
				p = "-"
				// overlapping?
				for _, q := range ps {
					if q.Start < g.End && g.Start < q.End {
						p = "~" + q.Type
					}
				}
			}
			conf["gold "+p]++
			if p != want && len(ex) < 4000 {
				ex = append(ex, fmt.Sprintf("MISS %s [%s] in: %s", p, strings.Join(s.Words[g.Start:g.End], " "), strings.Join(s.Words, " ")))
			}
		}
		for _, p := range ps {
			if p.Type != want {
				continue
			}
			g, ok := gm[[2]int{p.Start, p.End}]
			if !ok {
				g = "-"
			}
			if g != want {
				conf["pred, gold="+g]++
				ex = append(ex, fmt.Sprintf("FP gold=%s [%s] in: %s", g, strings.Join(s.Words[p.Start:p.End], " "), strings.Join(s.Words, " ")))
			}
		}
	}
	var ks []string
	for k := range conf {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, conf[k])
	}
	for _, e := range ex {
		fmt.Println(e)
	}
}
