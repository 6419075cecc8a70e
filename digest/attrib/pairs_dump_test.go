package attrib

import (
	"bufio"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

// TestDumpPairDecisions writes the decision on every pair candidate and
// rule attribution of every text the evaluations read (PolNeAR train and
// dev, BBC, TimeBank and AQUAINT, MEANTIME, the quick-look sets, the
// examples and the seed) to the file named by ATTRIB_PAIR_DUMP, one line
// each, the score as its bits: a change to the scorer that must not change
// its decisions (a bound that skips work) is checked by comparing the dumps
// of the two versions.
//
//	ATTRIB_PAIR_DUMP=/tmp/before.txt go test ./digest/attrib -run DumpPairDecisions
func TestDumpPairDecisions(t *testing.T) {
	out := os.Getenv("ATTRIB_PAIR_DUMP")
	if out == "" {
		t.Skip("set ATTRIB_PAIR_DUMP=file to dump the pair decisions")
	}
	shared := sharedDir(t)
	roots := []string{
		filepath.Join(shared, "eval", "polnear"),
		filepath.Join(shared, "eval", "bbc", "article"),
		filepath.Join(shared, "eval", "tempeval3"),
		filepath.Join(shared, "eval", "meantime"),
		filepath.Join(shared, "fixtures"),
		filepath.Join("..", "evaluate", "quicklook"),
		filepath.Join("..", "..", "examples"),
	}
	var files []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch filepath.Ext(p) {
			case ".txt", ".tml", ".xml":
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	n, kept := 0, 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		body := string(raw)
		col := pairCollector{trace: true}
		ats := findWith(body, "", nil, text.Sentences(body), nil, &col)
		name := strings.TrimPrefix(p, shared)
		for _, d := range col.decisions {
			fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%v\t%08x\n", name, d.sent, d.ss, d.se, d.spanEnd, d.ci, d.kind, d.kept, math.Float32bits(d.score))
			n++
			if d.kept {
				kept++
			}
		}
		for _, a := range ats {
			fmt.Fprintf(w, "%s\tout\t%d\t%d\t%d\t%d\t%s\t%v\t%x\t%s\n", name, a.SourceStart, a.SourceEnd, a.CueStart, a.CueEnd, a.Kind, a.Learned, math.Float64bits(a.Confidence), a.Stance)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts, %d decisions, %d kept", len(files), n, kept)
}
