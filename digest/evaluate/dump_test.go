package evaluate

// Throwaway error analysis: ATTACHE_DUMP=1 go test ./digest/evaluate -run TestDump -v
// (ATTACHE_NOTAGGER=1 evaluates digest.New(digest.WithoutTagger())).

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/ner"
)

func TestDump(t *testing.T) {
	if os.Getenv("ATTACHE_DUMP") == "" {
		t.Skip("set ATTACHE_DUMP=1")
	}
	if os.Getenv("ATTACHE_NOTAGGER") != "" {
		engineOptions = []digest.Option{digest.WithoutTagger()}
		defer func() { engineOptions = nil }()
	}
	dir := shared(t)
	var b bytes.Buffer
	if err := EvalCoNLL(dir, &b); err != nil {
		t.Fatal(err)
	}
	if err := EvalGMB(dir, &b); err != nil {
		t.Fatal(err)
	}
	if err := EvalSeed(dir, &b); err != nil {
		t.Fatal(err)
	}
	fmt.Println(b.String())
	if os.Getenv("ATTACHE_DUMP") != "2" {
		return
	}
	cdocs, err := readCoNLLDocs(filepath.Join(dir, "eval", "conll2003", "eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	gdocs, _, err := readGMBDocs(filepath.Join(dir, "eval", "gmb", "gmb_dev.csv"))
	if err != nil {
		t.Fatal(err)
	}
	dumpErrs(cdocs, "/tmp/conll_errs.txt", conllPredict)
	titles, err := readGMBTitles(filepath.Join(dir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	dumpErrs(gdocs, "/tmp/gmb_errs.txt", func(e *digest.Engine, d *tokDoc) []chunk { return gmbPredict(e, d, titles) })
}

func dumpErrs(docs []tokDoc, path string, predict func(*digest.Engine, *tokDoc) []chunk) {
	e, _ := newEngine()
	f, _ := os.Create(path)
	defer f.Close()
	cnt := map[string]int{}
	for i := range docs {
		d := &docs[i]
		pred := map[chunk]bool{}
		predSpan := map[[2]int]string{}
		for _, ch := range predict(e, d) {
			pred[ch] = true
			predSpan[[2]int{ch.Start, ch.End}] = ch.Type
		}
		gold := map[chunk]bool{}
		for _, g := range d.gold {
			gold[g] = true
		}
		line := func(c chunk) string {
			s, e := d.starts[c.Start], d.ends[c.End-1]
			ls := strings.LastIndexByte(d.text[:s], '\n') + 1
			le := strings.IndexByte(d.text[e:], '\n')
			if le < 0 {
				le = len(d.text)
			} else {
				le += e
			}
			return d.text[ls:s] + "[[" + d.text[s:e] + "]]" + d.text[e:le]
		}
		var out []string
		for g := range gold {
			if !pred[g] {
				got := predSpan[[2]int{g.Start, g.End}]
				kind := "miss"
				if got != "" {
					kind = "type(" + got + ")"
				} else {
					for p := range pred {
						if p.Type == g.Type && p.Start < g.End && g.Start < p.End {
							kind = "bound"
							if p.End == g.End {
								kind = "bound-start"
							}
						}
					}
				}
				cnt["FN "+g.Type+" "+kind]++
				out = append(out, fmt.Sprintf("FN %s %s: %s", g.Type, kind, line(g)))
			}
		}
		for p := range pred {
			if !gold[p] {
				cnt["FP "+p.Type]++
				out = append(out, fmt.Sprintf("FP %s: %s", p.Type, line(p)))
			}
		}
		sort.Strings(out)
		for _, o := range out {
			fmt.Fprintln(f, o)
		}
	}
	var ks []string
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(path)
	for _, k := range ks {
		fmt.Println(k, cnt[k])
	}
}

// TestDumpVsTagger lists GMB dev gold spans the standalone tagger finds and
// the engine misses, and engine false positives the tagger avoids:
// ATTACHE_DUMP=1 go test ./digest/evaluate -run TestDumpVsTagger -v
func TestDumpVsTagger(t *testing.T) {
	if os.Getenv("ATTACHE_DUMP") == "" {
		t.Skip("set ATTACHE_DUMP=1")
	}
	dir := shared(t)
	gdocs, _, err := readGMBDocs(filepath.Join(dir, "eval", "gmb", "gmb_dev.csv"))
	if err != nil {
		t.Fatal(err)
	}
	titles, err := readGMBTitles(filepath.Join(dir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	tg, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	e, _ := newEngine()
	f, _ := os.Create("/tmp/gmb_vs.txt")
	defer f.Close()
	cnt := map[string]int{}
	for i := range gdocs {
		d := &gdocs[i]
		var sents [][]string
		for _, line := range strings.Split(d.text, "\n") {
			sents = append(sents, strings.Split(line, " "))
		}
		tset := map[chunk]bool{}
		off := 0
		preds := tg.TagSentences(sents)
		for si, s := range sents {
			for _, sp := range ner.MergeTitles(ner.Spans(s, preds[si])) {
				ty := map[string]string{"PER": "per", "LOC": "geo", "ORG": "org", "NORP": "gpe"}[sp.Type]
				if ty != "" {
					tset[chunk{Type: ty, Start: off + sp.Start, End: off + sp.End}] = true
				}
			}
			off += len(s)
		}
		eset := map[chunk]bool{}
		for _, c := range gmbPredict(e, d, titles) {
			eset[c] = true
		}
		gold := map[chunk]bool{}
		for _, g := range d.gold {
			gold[g] = true
		}
		show := func(c chunk) string {
			s, e := d.starts[c.Start], d.ends[c.End-1]
			ls := strings.LastIndexByte(d.text[:s], '\n') + 1
			le := strings.IndexByte(d.text[e:], '\n')
			if le < 0 {
				le = len(d.text)
			} else {
				le += e
			}
			return d.text[ls:s] + "[[" + d.text[s:e] + "]]" + d.text[e:le]
		}
		for g := range gold {
			if tset[g] && !eset[g] {
				cnt["tagger-only TP "+g.Type]++
				var over []string
				for c := range eset {
					if c.Start < g.End && g.Start < c.End {
						over = append(over, c.Type+" "+d.text[d.starts[c.Start]:d.ends[c.End-1]])
					}
				}
				sort.Strings(over)
				fmt.Fprintf(f, "TONLY %s: %s    ENGINE=%q\n", g.Type, show(g), over)
			}
			if !tset[g] && eset[g] {
				cnt["engine-only TP "+g.Type]++
			}
		}
		for c := range eset {
			if !gold[c] && !tset[c] {
				cnt["engine-only FP "+c.Type]++
				fmt.Fprintf(f, "EFP %s: %s\n", c.Type, show(c))
			}
		}
		for c := range tset {
			if !gold[c] && !eset[c] {
				cnt["tagger-only FP "+c.Type]++
			}
		}
	}
	var ks []string
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, cnt[k])
	}
}

// TestDumpMeantime scores the engine's proper-name mentions on MEANTIME
// (PER, LOC, ORG, CoNLL mapping; mentions on words MEANTIME leaves
// unannotated are not counted) and lists its errors in
// /tmp/meantime_errs.txt: ATTACHE_DUMP=1 go test ./digest/evaluate -run
// TestDumpMeantime -v. The tagger trains on MEANTIME, so this shows the
// rules' errors more than the tagger's.
func TestDumpMeantime(t *testing.T) {
	if os.Getenv("ATTACHE_DUMP") == "" {
		t.Skip("set ATTACHE_DUMP=1")
	}
	dir := shared(t)
	sents, err := ner.ReadMEANTIME(filepath.Join(dir, "eval", "meantime", "intra-doc_annotation"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create("/tmp/meantime_errs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := newCounts()
	for a := 0; a < len(sents); {
		b := a
		for b < len(sents) && sents[b].Doc == sents[a].Doc {
			b++
		}
		var ws [][]string
		var tags []string
		for _, s := range sents[a:b] {
			ws = append(ws, s.Words)
			tags = append(tags, s.Labels...)
			tags = append(tags, "|")
		}
		d := buildDoc(ws)
		var flat []string
		for _, tg := range tags {
			if tg != "|" {
				flat = append(flat, tg)
			}
		}
		clean := make([]string, len(tags))
		for i, tg := range tags {
			clean[i] = tg
			if tg == "?" {
				clean[i] = "O"
			}
		}
		d.gold = iobChunks(clean, map[string]string{"PER": "PER", "LOC": "LOC", "ORG": "ORG"})
		var pred []chunk
		for _, p := range conllPredict(e, &d) {
			unk := false
			for k := p.Start; k < p.End; k++ {
				if flat[k] == "?" {
					unk = true
				}
			}
			if !unk {
				pred = append(pred, p)
			}
		}
		c.add(d.gold, pred)
		gs := map[chunk]bool{}
		for _, g := range d.gold {
			gs[g] = true
		}
		ps := map[chunk]bool{}
		for _, p := range pred {
			ps[p] = true
		}
		txt := func(x chunk) string {
			s := d.starts[x.Start]
			e := d.ends[x.End-1]
			return d.text[max(0, s-50):s] + "[[" + d.text[s:e] + "]]" + d.text[e:min(len(d.text), e+40)]
		}
		for _, g := range d.gold {
			if !ps[g] {
				fmt.Fprintf(f, "FN %s %s\n", g.Type, strings.ReplaceAll(txt(g), "\n", " / "))
			}
		}
		for _, p := range pred {
			if !gs[p] {
				fmt.Fprintf(f, "FP %s %s\n", p.Type, strings.ReplaceAll(txt(p), "\n", " / "))
			}
		}
		a = b
	}
	tp, fp, fn := 0, 0, 0
	for _, ty := range []string{"PER", "LOC", "ORG"} {
		tp += c.tp[ty]
		fp += c.fp[ty]
		fn += c.fn[ty]
		fmt.Printf("MEANTIME %s F1=%.4f tp %d fp %d fn %d\n", ty, 2*float64(c.tp[ty])/float64(2*c.tp[ty]+c.fp[ty]+c.fn[ty]), c.tp[ty], c.fp[ty], c.fn[ty])
	}
	f1 := 2 * float64(tp) / float64(2*tp+fp+fn)
	fmt.Printf("MEANTIME overall F1=%.4f\n", f1)
	if f1 < 0.8 {
		t.Errorf("MEANTIME name F1 %.3f, was 0.90 on 2026-11-27", f1)
	}
}

// TestDumpGMBTrain scores the engine on the GMB training split (the
// measure to tune rules and lexicons on; dev is for reading only) and lists
// its organisation errors in /tmp/gmb_train_org.txt:
// ATTACHE_DUMP=1 go test ./digest/evaluate -run TestDumpGMBTrain -v
func TestDumpGMBTrain(t *testing.T) {
	if os.Getenv("ATTACHE_DUMP") == "" {
		t.Skip("set ATTACHE_DUMP=1")
	}
	dir := shared(t)
	docs, n, err := readGMBDocs(filepath.Join(dir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	titles, err := readGMBTitles(filepath.Join(dir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create("/tmp/gmb_train_org.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all := newCounts()
	for i := range docs {
		d := &docs[i]
		pred := gmbPredict(e, d, titles)
		all.add(d.gold, pred)
		gs, ps := map[chunk]bool{}, map[chunk]bool{}
		for _, g := range d.gold {
			gs[g] = true
		}
		for _, p := range pred {
			ps[p] = true
		}
		txt := func(x chunk) string {
			s, e := d.starts[x.Start], d.ends[x.End-1]
			return d.text[max(0, s-40):s] + "[[" + d.text[s:e] + "]]" + d.text[e:min(len(d.text), e+30)]
		}
		for _, g := range d.gold {
			if g.Type == "org" && !ps[g] {
				fmt.Fprintf(f, "FN %s\n", strings.ReplaceAll(txt(g), "\n", " / "))
			}
		}
		for _, p := range pred {
			if p.Type == "org" && !gs[p] {
				fmt.Fprintf(f, "FP %s\n", strings.ReplaceAll(txt(p), "\n", " / "))
			}
		}
	}
	var b bytes.Buffer
	if _, err := all.table(&b, fmt.Sprintf("GMB train (%d sentences)", n), []string{"per", "geo", "org"}, []string{"gpe"}); err != nil {
		t.Fatal(err)
	}
	fmt.Println(b.String())
}

// TestDumpTrainErrors scores the engine on CoNLL-2003 eng.train (never
// trained on; read to classify error forms) and on GMB train's last 4,000
// sentences (the tagger's held-out slice when trained with -holdout 34000),
// and lists every error in /tmp/conll_train_errs.txt and
// /tmp/gmb_train_errs.txt:
// ATTACHE_DUMP=1 go test ./digest/evaluate -run TestDumpTrainErrors -v
func TestDumpTrainErrors(t *testing.T) {
	if os.Getenv("ATTACHE_DUMP") == "" {
		t.Skip("set ATTACHE_DUMP=1")
	}
	dir := shared(t)
	cdocs, err := readCoNLLDocs(filepath.Join(dir, "eval", "conll2003", "eng.train"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := newEngine()
	if err != nil {
		t.Fatal(err)
	}
	c := newCounts()
	for i := range cdocs {
		c.add(cdocs[i].gold, conllPredict(e, &cdocs[i]))
	}
	var b bytes.Buffer
	if _, err := c.table(&b, "CoNLL-2003 train", []string{"PER", "LOC", "ORG"}, nil); err != nil {
		t.Fatal(err)
	}
	fmt.Println(b.String())
	dumpErrs(cdocs, "/tmp/conll_train_errs.txt", conllPredict)
	gdocs, _, err := readGMBDocs(filepath.Join(dir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	titles, err := readGMBTitles(filepath.Join(dir, "eval", "gmb", "gmb_train.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// Documents hold 20 sentences: the last 200 are sentences 34001-38000 and on.
	if len(gdocs) > 1700 {
		gdocs = gdocs[1700:]
	}
	g := newCounts()
	for i := range gdocs {
		g.add(gdocs[i].gold, gmbPredict(e, &gdocs[i], titles))
	}
	b.Reset()
	if _, err := g.table(&b, "GMB train held-back slice", []string{"per", "geo", "org"}, []string{"gpe"}); err != nil {
		t.Fatal(err)
	}
	fmt.Println(b.String())
	dumpErrs(gdocs, "/tmp/gmb_train_errs.txt", func(e *digest.Engine, d *tokDoc) []chunk { return gmbPredict(e, d, titles) })
}
