package digest

import (
	"fmt"
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
		b.Run(name, func(b *testing.B) { sharedtest.LoopCPU(b, f) })
	}
	run("timex", func() { timex.Extract(a.Body, a.Published) })
	run("attrib", func() { attrib.Find(a.Body, sents, nil) })
	run("summarize", func() { summarize.Select(a.Body, sents, 4) })
	run("sentences", func() { text.Sentences(a.Body) })
	run("tokens", func() { text.Tokens(a.Body) })
}

// BenchmarkRuleStages measures the rule core of Extract on the seed without
// the tagger, in CPU time: "prefix/N" runs the first N steps of the
// pipeline on a fresh document (the difference of two prefixes is a step's
// cost), and the steps after the people are run alone on a finished
// document.
func BenchmarkRuleStages(b *testing.B) {
	a := seedArticle(b)
	e, err := New(WithoutTagger())
	if err != nil {
		b.Fatal(err)
	}
	steps := []struct {
		name string
		f    func(d *doc)
	}{
		{"split", func(d *doc) { d.split() }},
		{"words", func(d *doc) { d.buildWords() }},
		{"layout", func(d *doc) { d.english(); d.layout(d.headerEnd()) }},
		{"recognise", func(d *doc) { d.recognise(); d.teams() }},
		{"people", func(d *doc) { d.resolvePeople() }},
		{"roles", func(d *doc) { d.finishPeople() }},
	}
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) { sharedtest.LoopCPU(b, f) })
	}
	for k := range steps {
		run(fmt.Sprintf("prefix/%d-%s", k+1, steps[k].name), func() {
			d := e.getDoc(a.Body)
			for _, s := range steps[:k+1] {
				s.f(d)
			}
			e.putDoc(d)
		})
	}
	d := e.getDoc(a.Body)
	for _, s := range steps {
		s.f(d)
	}
	venue, venueSents := d.venue(a.Title)
	excl, exclSents := d.excluded()
	parties := d.parties(excl)
	res := e.Extract(a)
	run("venue", func() { d.venue(a.Title) })
	run("excluded", func() { d.excluded() })
	run("parties", func() { d.parties(excl) })
	hosts := d.hosts()
	run("hosts", func() { d.hosts() })
	run("mediators", func() { d.mediators(parties, excl, hosts, venue) })
	run("agenda", func() { d.agenda(venue) })
	run("relevance", func() { d.relevance(3) })
	// the steps after the parties: dates with their events (timex
	// included), reactions (attrib included), the summary and the quick look
	run("dates", func() { d.dates(a.Published, venue) })
	run("reactions", func() { d.reactions() })
	run("summary", func() { d.selectSummary(4) })
	d.summary = d.selectSummary(4)
	run("quicklook", func() { d.quickLook(a.Title, "2025-02-17", &res, venueSents, exclSents) })
}
