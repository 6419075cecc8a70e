package digest

import (
	"testing"

	"github.com/attache-bot/attache/digest/attrib"
	"github.com/attache-bot/attache/digest/summarize"
	"github.com/attache-bot/attache/digest/text"
	"github.com/attache-bot/attache/digest/timex"
	"github.com/attache-bot/attache/internal/sharedtest"
)

// BenchmarkStages measures the stages Extract delegates to other packages
// (timex, attrib, summarize) and the tokenizer on the seed, in CPU time.
func BenchmarkStages(b *testing.B) {
	a := seedArticle(b)
	sents := text.Sentences(a.Body)
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			c0 := sharedtest.CPUTime()
			for b.Loop() {
				f()
				n++
			}
			sharedtest.ReportCPU(b, sharedtest.CPUTime()-c0, n)
		})
	}
	run("timex", func() { timex.Extract(a.Body, a.Published) })
	run("attrib", func() { attrib.Find(a.Body, sents, nil) })
	run("summarize", func() { summarize.Select(a.Body, sents, 4) })
	run("sentences", func() { text.Sentences(a.Body) })
	run("tokens", func() { text.Tokens(a.Body) })
}
