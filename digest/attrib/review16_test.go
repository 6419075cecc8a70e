package attrib

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/text"
	"github.com/attache-bot/attache/internal/sharedtest"
)

// findBoundAndNot returns the attributions and pair decisions of body
// with the shipped model's pair bounds (pruning) and without them.
func findBoundAndNot(t testing.TB, body string) (with, without []Attribution, dw, dwo []pairDecision) {
	t.Helper()
	m := embeddedPairs()
	if m == nil || m.bounds == nil {
		t.Skip("no shipped pair model with bounds")
	}
	sents := text.Sentences(body)
	col := pairCollector{trace: true}
	with = findWith(body, "", nil, sents, nil, &col)
	dw = col.decisions
	nb := *m
	nb.bounds = nil
	pairsOverride = &nb
	defer func() { pairsOverride = nil }()
	col2 := pairCollector{trace: true}
	without = findWith(body, "", nil, sents, nil, &col2)
	dwo = col2.decisions
	return
}

// FuzzPairBounds checks on any text that pruning the pair candidates by
// pairBounds changes no decision and no attribution.
func FuzzPairBounds(f *testing.F) {
	for _, s := range []string{
		`"We are ready to talk," Lavrov said. He said it again, and they said so too.`,
		`Officials who spoke on condition of anonymity said that the talks, which he said would fail, had begun.`,
		`THE MINISTER SAID THAT HE WOULD GO. The minister said: "No." Whereas she told reporters the plan was dead.`,
		`Sanders: Endorsements prove nothing, said the senator; “they” warned (and Trump claimed) otherwise.`,
		`İSTANBUL — The ΚΥΒΕΡΝΗΣΗ said. Him, said he. Us said. They said they said.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		with, without, dw, dwo := findBoundAndNot(t, body)
		if !reflect.DeepEqual(with, without) {
			t.Fatalf("attributions differ with the bounds:\n%+v\nwithout:\n%+v", with, without)
		}
		if !reflect.DeepEqual(dw, dwo) {
			t.Fatalf("pair decisions differ with the bounds:\n%+v\nwithout:\n%+v", dw, dwo)
		}
	})
}

// review16Variants returns body and variants of it outside the
// evaluation texts: in capitals, in lower case, every word capitalised,
// and with its sentences in reverse order (other earlier sources).
func review16Variants(body string) []string {
	sents := text.Sentences(body)
	var rev strings.Builder
	for i := len(sents) - 1; i >= 0; i-- {
		rev.WriteString(body[sents[i].Start:sents[i].End])
		rev.WriteString(" ")
	}
	return []string{body, strings.ToUpper(body), strings.ToLower(body), sharedtest.TitleWords(body), rev.String()}
}

// TestPairBoundsVariants runs the pair-bound comparison over the shared
// fixtures, the examples, PolNeAR and BBC, each also in capitals, lower case, title case
// and with its sentences reversed.
func TestPairBoundsVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	var files []string
	shared := sharedDir(t)
	for _, root := range []string{filepath.Join(shared, "fixtures"), filepath.Join("..", "..", "examples"),
		filepath.Join(shared, "eval", "polnear"), filepath.Join(shared, "eval", "bbc", "article")} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && filepath.Ext(p) == ".txt" {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skip("no texts")
	}
	n := 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for vi, body := range review16Variants(string(raw)) {
			with, without, dw, dwo := findBoundAndNot(t, body)
			n += len(dw)
			if !reflect.DeepEqual(with, without) || !reflect.DeepEqual(dw, dwo) {
				t.Errorf("%s variant %d: pair bounds change the output", p, vi)
			}
		}
	}
	t.Logf("%d texts, %d decisions", len(files), n)
}
