package ner

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/attache-bot/attache/digest/text"
	"github.com/attache-bot/attache/internal/sharedtest"
)

// seedSents returns the seed article's sentences as words.
func seedSents(tb testing.TB) [][]string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(tb), "fixtures", "seed", "article.txt"))
	if err != nil {
		tb.Skipf("seed article absent: %v", err)
	}
	body := string(b)
	var out [][]string
	for _, sp := range text.Sentences(body) {
		var ws []string
		for _, tk := range text.Tokens(body[sp.Start:sp.End]) {
			ws = append(ws, tk.Text)
		}
		out = append(out, ws)
	}
	return out
}

// BenchmarkTagSeed tags the seed article (about 900 words) as the engine
// does: once per document, sentence by sentence.
func BenchmarkTagSeed(b *testing.B) {
	tg := loadTagger(b)
	sents := seedSents(b)
	var dst []Span
	sharedtest.LoopCPU(b, func() { dst = tg.AppendSpans(dst[:0], sents) })
}

func TestAppendSpansMatchesTag(t *testing.T) {
	tg := loadTagger(t)
	sents := [][]string{
		words("Russian Foreign Minister Sergei Lavrov met U.S. envoy Marco Rubio in Riyadh on Tuesday ."),
		words("The European Union and NATO criticised the decision , Mr. Smith said ."),
	}
	labels := tg.TagSentences(sents)
	var want []Span
	off := 0
	for i, s := range sents {
		for _, sp := range Spans(s, labels[i]) {
			want = append(want, Span{Start: sp.Start + off, End: sp.End + off, Type: sp.Type})
		}
		off += len(s)
	}
	got := tg.AppendSpans(nil, sents)
	if !slices.Equal(got, want) {
		t.Fatalf("AppendSpans = %v, want %v", got, want)
	}
	if len(got) < 4 {
		t.Fatalf("only %d spans: %v", len(got), got)
	}
}

// TestAppendSpansKnownMatches checks that words passed with their
// analyses (AnalyzeWord) tag as the words alone: for every word, every
// other word and none.
func TestAppendSpansKnownMatches(t *testing.T) {
	tg := loadTagger(t)
	sents := seedSents(t)
	sents = append(sents, words("RUSSIA AND UKRAINE HOLD TALKS IN RIYADH AS NATO WATCHES"),
		words("Europe Reacts as Ukraine Pushes for Inclusion in Talks"))
	want := tg.AppendSpans(nil, sents)
	for step := 1; step <= 3; step++ {
		known := make([][]*Word, len(sents))
		k := 0
		for i, s := range sents {
			known[i] = make([]*Word, len(s))
			for j, w := range s {
				if step < 3 && k%step == 0 {
					a := tg.AnalyzeWord(w)
					known[i][j] = &a
				}
				k++
			}
		}
		if got := tg.AppendSpansKnown(nil, sents, known); !slices.Equal(got, want) {
			t.Fatalf("every %d words known: %v, want %v", step, got, want)
		}
	}
}
