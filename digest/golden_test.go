package digest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/extract_golden.jsonl.gz from the current engine")

const goldenPath = "testdata/extract_golden.jsonl.gz"

// goldenDoc is one input of the output-neutrality check.
type goldenDoc struct {
	Name    string
	Article Article
}

// goldenDocs gathers the seed, every bundled example article and a fixed
// sample of the evaluation sets' documents (BBC, CoNLL-2003 dev, GMB dev,
// TimeBank/AQUAINT, PolNeAR dev) plus the fuzz seeds and a few inline cases.
func goldenDocs(t *testing.T) []goldenDoc {
	t.Helper()
	shared := sharedDir(t)
	pub := time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC)
	docs := []goldenDoc{{"seed", seedArticle(t)}}
	for _, s := range []string{
		"Russian Foreign Minister Sergey Lavrov said, “No.” He left for Riyadh on Tuesday.",
		"Title/ Outlet/ WASHINGTON/ J. Doe/ Lead text here. US-Russia talks.",
		"\xff\xfe- Key Participants: Mr. \xc3 Putin, and",
		"France and the UK, without Kyiv at the table, the Ukrainian president",
		"Talks resumed on Monday. Ngozi Okonjo-Iweala met Pham Minh Chinh in Hanoi, officials said.",
		"Results of English league matches on Saturday :\nLeicester 2 Oldham 1\nThe win lifts Leicester to third place , a point behind Oldham .\nFans in Leicester celebrated .\n",
	} {
		docs = append(docs, goldenDoc{"inline/" + itoa(len(docs)), Article{Body: s, Published: pub}})
	}
	glob := func(pattern string) []string {
		m, err := filepath.Glob(filepath.Join(shared, pattern))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(m)
		return m
	}
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	rel := func(p string) string { r, _ := filepath.Rel(shared, p); return r }

	// bundled examples, header parsed as the ingest sample does
	ex, _ := filepath.Glob("../examples/news/*.txt")
	sort.Strings(ex)
	for _, p := range ex {
		raw := read(p)
		a := Article{ID: filepath.Base(p)}
		head, body, ok := strings.Cut(raw, "\n\n")
		if !ok {
			body = raw
		}
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ": ")
			switch k {
			case "Title":
				a.Title = v
			case "Published":
				a.Published, _ = time.Parse("2006-01-02", v)
			}
		}
		a.Body = body
		docs = append(docs, goldenDoc{"examples/" + a.ID, a})
		// and the raw file, header and all
		docs = append(docs, goldenDoc{"examples-raw/" + a.ID, Article{ID: a.ID, Body: raw, Published: pub}})
	}
	// BBC: every article
	for _, p := range glob("eval/bbc/article/*/*.txt") {
		docs = append(docs, goldenDoc{rel(p), Article{ID: filepath.Base(p), Body: read(p), Published: pub}})
	}
	// PolNeAR dev: every 3rd text
	for i, p := range glob("eval/polnear/dev/text/*.txt") {
		if i%3 == 0 {
			docs = append(docs, goldenDoc{rel(p), Article{Body: read(p), Published: pub}})
		}
	}
	// TimeBank/AQUAINT: every 4th document's TEXT, tags stripped, against its DCT
	tag := regexp.MustCompile(`<[^>]*>`)
	dctRe := regexp.MustCompile(`<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})`)
	tml := append(glob("eval/tempeval3/TBAQ-cleaned/AQUAINT/*.tml"), glob("eval/tempeval3/TBAQ-cleaned/TimeBank/*.tml")...)
	for i, p := range tml {
		if i%4 != 0 {
			continue
		}
		raw := read(p)
		a := Article{}
		if m := dctRe.FindStringSubmatch(raw); m != nil {
			a.Published, _ = time.Parse("2006-01-02", m[1])
		}
		if _, after, ok := strings.Cut(raw, "<TEXT>"); ok {
			raw, _, _ = strings.Cut(after, "</TEXT>")
		}
		a.Body = html.UnescapeString(tag.ReplaceAllString(raw, ""))
		docs = append(docs, goldenDoc{rel(p), a})
	}
	// CoNLL-2003 dev: every 2nd document, tokens joined as the evaluation does
	{
		f, err := os.Open(filepath.Join(shared, "eval", "conll2003", "eng.testa"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var b strings.Builder
		n := 0
		flush := func() {
			if strings.TrimSpace(b.String()) != "" {
				if n%2 == 0 {
					docs = append(docs, goldenDoc{"conll/testa/" + itoa(n), Article{Body: b.String()}})
				}
				n++
			}
			b.Reset()
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		line0 := true
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			switch {
			case strings.HasPrefix(line, "-DOCSTART-"):
				flush()
				line0 = true
			case line == "":
				if !line0 {
					b.WriteByte('\n')
					line0 = true
				}
			default:
				if !line0 {
					b.WriteByte(' ')
				}
				b.WriteString(strings.Fields(line)[0])
				line0 = false
			}
		}
		flush()
	}
	// GMB dev: the first 600 sentences, 12 to a document
	{
		f, err := os.Open(filepath.Join(shared, "eval", "gmb", "gmb_dev.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var b strings.Builder
		sents := 0
		sc.Scan() // header
		for sc.Scan() && sents < 600 {
			line := sc.Text()
			if strings.HasPrefix(line, "Sentence:") {
				if sents > 0 {
					b.WriteByte('\n')
				}
				sents++
				if sents%12 == 1 && b.Len() > 0 {
					docs = append(docs, goldenDoc{"gmb/dev/" + itoa(sents/12), Article{Body: b.String()}})
					b.Reset()
				}
			} else if b.Len() > 0 {
				b.WriteByte(' ')
			}
			// Sentence #,Word,POS,Tag; a quoted word holds a comma
			rest := line[strings.IndexByte(line, ',')+1:]
			w := rest
			if strings.HasPrefix(rest, `"`) {
				if i := strings.Index(rest[1:], `"`); i >= 0 {
					w = rest[1 : i+1]
				}
			} else if i := strings.IndexByte(rest, ','); i >= 0 {
				w = rest[:i]
			}
			b.WriteString(w)
		}
		if b.Len() > 0 {
			docs = append(docs, goldenDoc{"gmb/dev/last", Article{Body: b.String()}})
		}
	}
	return docs
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

type goldenEntry struct {
	Name   string          `json:"name"`
	Result json.RawMessage `json:"result"`
}

// TestGoldenExtract proves changes output-neutral: the full JSON of Extract
// on every golden document must equal the stored one byte for byte. Run
// with -update only when a change of output is intended.
func TestGoldenExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("golden extraction skipped in -short mode")
	}
	e := engine(t)
	docs := goldenDocs(t)
	got := make([]goldenEntry, len(docs))
	for i, d := range docs {
		b, err := json.Marshal(e.Extract(d.Article))
		if err != nil {
			t.Fatal(err)
		}
		got[i] = goldenEntry{d.Name, b}
	}
	if *updateGolden {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		enc := json.NewEncoder(zw)
		for _, g := range got {
			if err := enc.Encode(g); err != nil {
				t.Fatal(err)
			}
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d documents to %s", len(got), goldenPath)
		return
	}
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatalf("%v (generate it with -update)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]json.RawMessage{}
	dec := json.NewDecoder(zr)
	for dec.More() {
		var g goldenEntry
		if err := dec.Decode(&g); err != nil {
			t.Fatal(err)
		}
		want[g.Name] = g.Result
	}
	if len(want) != len(got) {
		t.Errorf("golden file has %d documents, the test %d", len(want), len(got))
	}
	bad := 0
	for _, g := range got {
		w, ok := want[g.Name]
		if !ok {
			t.Errorf("%s: not in the golden file", g.Name)
			continue
		}
		if !bytes.Equal(w, g.Result) {
			bad++
			if bad <= 5 {
				t.Errorf("%s: output changed\n got: %s\nwant: %s", g.Name, firstDiff(g.Result, w), firstDiff(w, g.Result))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d documents changed; if the change of output is intended (a quality change here or in digest/attrib, digest/ner, ...), regenerate with: go test ./digest -run TestGoldenExtract -update", bad, len(got))
	}
}

// firstDiff returns a of a window around where a and b first differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := max(0, i-150), min(len(a), i+150)
	return "…" + string(a[lo:hi]) + "…"
}

// TestExtractConcurrentReuse runs Extract from two goroutines over the
// golden documents in different orders: the pooled per-document buffers
// (people, indexes, caches) must carry nothing from one document to the
// next, so every result equals the one computed alone.
func TestExtractConcurrentReuse(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	e := engine(t)
	docs := goldenDocs(t)
	var sub []goldenDoc
	for i := 0; i < len(docs); i += 3 {
		sub = append(sub, docs[i])
	}
	want := make([][]byte, len(sub))
	for i, d := range sub {
		want[i], _ = json.Marshal(e.Extract(d.Article))
	}
	errs := make(chan string, 2*len(sub))
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range sub {
				i := k
				if g == 1 {
					i = len(sub) - 1 - k
				}
				got, _ := json.Marshal(e.Extract(sub[i].Article))
				if !bytes.Equal(got, want[i]) {
					errs <- sub[i].Name
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: result differs when run after other documents", name)
	}
}
