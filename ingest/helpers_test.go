package ingest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// serve starts an httptest server for h, closed at the end of the test.
func serve(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// local returns a Fetcher that may reach the loopback test servers.
func local(t testing.TB, o Options) *Fetcher {
	t.Helper()
	o.AllowPrivate = true
	f := NewFetcher(o)
	t.Cleanup(f.Close)
	return f
}

// articlePage is an HTML page with boilerplate around an article of n
// repeated sentences.
func articlePage(title, sentence string, n int) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><title>` + title + `</title>`)
	b.WriteString(`<meta name="author" content="Page Author"><meta property="article:published_time" content="2026-03-03T08:00:00Z"></head><body>`)
	b.WriteString(`<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>`)
	b.WriteString(`<main><article><h1>` + title + `</h1>`)
	for i := range n {
		b.WriteString("<p>")
		b.WriteString(sentence)
		if i%2 == 0 {
			b.WriteString(" The talks were described as constructive by both delegations.")
		}
		b.WriteString("</p>")
	}
	b.WriteString(`</article></main><aside class="sidebar"><ul><li><a href="/a">Most read</a></li></ul></aside>`)
	b.WriteString(`<footer>Copyright Example News. All rights reserved.</footer></body></html>`)
	return b.String()
}
