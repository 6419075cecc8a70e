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
	dumpErrs(gdocs, "/tmp/gmb_errs.txt", gmbPredict)
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
