package ingest

import (
	"context"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-bot/attache/internal/sharedtest"
)

// benchParagraphs are the building blocks of the benchmark's article pages.
var benchParagraphs = []string{
	"Foreign ministers from both countries met in Geneva on Tuesday for talks on sharing the waters of the river, officials said after the meeting.",
	"The agenda covered summer release schedules from upstream reservoirs, a joint network of river gauges and compensation for crop losses.",
	"Neighbouring governments that were not invited criticised the format, saying any agreement reached without them would remain fragile.",
	"A mediator chaired the sessions at the request of both delegations, after earlier rounds between technical experts ended without agreement.",
	"Diplomats said a meeting of experts could follow in April if the ministers agree on a framework before the planting season begins.",
	"The European Union's special representative welcomed the talks and said water should be a reason for cooperation rather than conflict.",
	"Business groups in both capitals said a deal would help farmers plan, although some asked for details on how compensation would be paid.",
	"Opposition lawmakers said the government should publish the negotiating position before signing anything binding on future harvests.",
}

// benchPage renders article page n: about 450 words of text inside the
// usual navigation, sidebar and footer boilerplate.
func benchPage(n int) []byte {
	var b strings.Builder
	b.Grow(8 << 10)
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story `)
	b.WriteString(strconv.Itoa(n))
	b.WriteString(` | Example News</title><meta name="author" content="Desk Writer"><meta property="article:published_time" content="2026-03-03T08:00:00Z"><link rel="stylesheet" href="/s.css"><script>var tracking = {id: 1};</script></head><body>`)
	b.WriteString(`<header class="site-header"><a class="logo" href="/">Example News</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`)
	b.WriteString(`<main><article><h1>Story `)
	b.WriteString(strconv.Itoa(n))
	b.WriteString(`: ministers meet</h1><p class="byline">By Desk Writer</p>`)
	for i := range 24 {
		b.WriteString("<p>")
		b.WriteString(benchParagraphs[(n+i)%len(benchParagraphs)])
		if i%3 == 0 {
			b.WriteString(` <a href="/related/`)
			b.WriteString(strconv.Itoa(n + i))
			b.WriteString(`">Related coverage</a>.`)
		}
		b.WriteString("</p>")
	}
	b.WriteString(`</article></main><aside class="sidebar"><h2>Most read</h2><ol>`)
	for i := range 5 {
		fmt.Fprintf(&b, `<li><a href="/most-read/%d">Most read story %d</a></li>`, i, i)
	}
	b.WriteString(`</ol></aside><footer><p>Copyright Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`)
	return []byte(b.String())
}

// benchFeed renders a feed of 100 teaser items linking to pages on base.
func benchFeed(base string, feed int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ` + strconv.Itoa(feed) + `</title><link>` + base + `/</link>`)
	for i := range 100 {
		n := feed*100 + i
		fmt.Fprintf(&b, `<item><title>Story %d: ministers meet</title><link>%s/story/%d</link><guid>%s/story/%d</guid><pubDate>Tue, 03 Mar 2026 09:%02d:00 GMT</pubDate><description>Foreign ministers met in Geneva on Tuesday…</description></item>`,
			n, base, n, base, n, i%60)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// BenchmarkIngest ingests 10,000 items from 100 local feeds of 100 teaser
// items each, fetching every item's page and extracting it with
// readability. It reports items/s and the peak heap in use.
//
//	go test -run XXX -bench Ingest -benchtime 1x -count 3 -cpu 1 ./ingest/
func BenchmarkIngest(b *testing.B) {
	const feeds = 100
	srcs := make([]Source, feeds)
	for i := range feeds {
		var feed []byte
		srv := serve(b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/feed" {
				w.Header().Set("Content-Type", "application/rss+xml")
				w.Write(feed)
				return
			}
			n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/story/"))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(benchPage(n))
		}))
		feed = benchFeed(srv.URL, i) // before any request: PollAll starts below
		srcs[i] = Source{Name: "feed-" + strconv.Itoa(i), Kind: KindFeed, URL: srv.URL + "/feed", FullText: FullTextAuto}
	}
	f := local(b, Options{})

	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()

	items := 0
	// Process CPU time (test servers included): on a shared machine, items
	// per CPU-second is the rate one dedicated core would reach.
	cpu0 := sharedtest.CPUTime()
	b.ResetTimer()
	for b.Loop() {
		out := f.PollAll(context.Background(), srcs, nil, time.Now, 8)
		for _, r := range out {
			if r.State.LastError != "" {
				b.Fatalf("%s: %s", r.Source.Name, r.State.LastError)
			}
			for _, it := range r.Items {
				if it.Teaser || !strings.Contains(it.Body, "Foreign ministers") || strings.Contains(it.Body, "All rights reserved") {
					b.Fatalf("item %s not extracted: teaser=%v body=%.80q", it.GUID, it.Teaser, it.Body)
				}
			}
			items += len(r.Items)
		}
	}
	b.StopTimer()
	cpu := sharedtest.CPUTime() - cpu0
	close(stop)
	<-sampled
	if items != 10000*b.N {
		b.Fatalf("ingested %d items, want %d", items, 10000*b.N)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
	if cpu > 0 {
		b.ReportMetric(float64(items)/cpu.Seconds(), "items/cpu-s")
	}
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
	b.ReportMetric(0, "ns/op")
}
