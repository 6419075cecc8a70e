package ingest

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
)

func TestFullText(t *testing.T) {
	long := strings.Repeat("The ministers agreed on a timetable for the next round of talks in Geneva. ", 20)
	feed := func(base string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Teaser item</title><link>` + base + `/page/teaser</link><description>Ministers met on Tuesday…</description></item>
<item><title>Full item</title><link>` + base + `/page/full</link><description>` + long + `</description></item>
<item><title>Broken page</title><link>` + base + `/page/missing</link><description>Short teaser.</description></item>
<item><title></title><link>` + base + `/page/untitled</link><description>Short.</description></item>
</channel></rss>`
	}
	var mu sync.Mutex
	hits := map[string]int{}
	var srvURL string
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/feed":
			fmt.Fprint(w, feed(srvURL))
		case "/page/teaser", "/page/full", "/page/untitled":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articlePage("Page title", "Foreign ministers met in Geneva on Tuesday to discuss water sharing along the river.", 12))
		default:
			http.NotFound(w, r)
		}
	}))
	srvURL = srv.URL
	tests := []struct {
		policy    string
		wantPages []string // page paths fetched
		teaser    map[string]bool
	}{
		{FullTextAuto, []string{"/page/teaser", "/page/missing", "/page/untitled"}, map[string]bool{"Teaser item": false, "Full item": false, "Broken page": true, "Page title": false}},
		{FullTextNever, nil, map[string]bool{"Teaser item": true, "Full item": false, "Broken page": true, "": true}},
		{FullTextAlways, []string{"/page/teaser", "/page/full", "/page/missing", "/page/untitled"}, map[string]bool{"Teaser item": false, "Full item": false, "Broken page": true, "Page title": false}},
	}
	for _, tc := range tests {
		t.Run(tc.policy, func(t *testing.T) {
			mu.Lock()
			clear(hits)
			mu.Unlock()
			res, err := local(t, Options{}).Fetch(context.Background(), Source{Name: "s", Kind: KindFeed, URL: srv.URL + "/feed", FullText: tc.policy}, FetchState{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 4 {
				t.Fatalf("got %d items, want 4 (a failed page must not drop its item)", len(res.Items))
			}
			mu.Lock()
			for _, p := range tc.wantPages {
				if hits[p] != 1 {
					t.Errorf("page %s fetched %d times, want 1", p, hits[p])
				}
			}
			if got := len(hits) - 1; got != len(tc.wantPages) {
				t.Errorf("fetched %d pages, want %d (%v)", got, len(tc.wantPages), hits)
			}
			mu.Unlock()
			for _, it := range res.Items {
				want, ok := tc.teaser[it.Title]
				if !ok {
					t.Errorf("unexpected title %q", it.Title)
					continue
				}
				if it.Teaser != want {
					t.Errorf("%q: Teaser = %v, want %v", it.Title, it.Teaser, want)
				}
				if !it.Teaser && it.Title != "Full item" || (tc.policy == FullTextAlways && it.Title == "Full item") {
					if !strings.Contains(it.Body, "discuss water sharing") || strings.Contains(it.Body, "Copyright") || strings.Contains(it.Body, "Most read") {
						t.Errorf("%q: body is not the extracted article: %q", it.Title, it.Body)
					}
					if !strings.Contains(it.Body, "\n\n") {
						t.Errorf("%q: paragraphs lost", it.Title)
					}
				}
				if it.Title == "Page title" && (it.Author != "Page Author" || it.Published.IsZero()) {
					t.Errorf("page metadata not used for an untitled item: %+v", it)
				}
			}
		})
	}
}

func TestPageSource(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"p1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"p1"`)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articlePage("Envoy visits Nairobi", "The special envoy arrived in Nairobi on Monday for two days of talks with the foreign minister.", 8))
	}))
	f := local(t, Options{})
	src := Source{Name: "one", Kind: KindPage, URL: srv.URL + "/story?utm_source=x"}
	res, err := f.Fetch(context.Background(), src, FetchState{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.ETag != `"p1"` {
		t.Fatalf("got %d items, etag %q", len(res.Items), res.ETag)
	}
	it := res.Items[0]
	if it.Title != "Envoy visits Nairobi" || it.Author != "Page Author" || it.Published.IsZero() || it.Teaser || it.GUID != srv.URL+"/story" {
		t.Errorf("page item = %+v", it)
	}
	if !strings.Contains(it.Body, "special envoy arrived in Nairobi") || strings.Contains(it.Body, "All rights reserved") {
		t.Errorf("body = %q", it.Body)
	}
	res, err = f.Fetch(context.Background(), src, FetchState{ETag: res.ETag})
	if err != nil || !res.NotModified || len(res.Items) != 0 {
		t.Fatalf("conditional page fetch = %+v, %v", res, err)
	}
}

func TestKnownItemsSkipped(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, rssFeed) }))
	f := local(t, Options{Known: func(source, guid string) bool { return source == "s" && guid == "wire-1" }})
	res, err := f.Fetch(context.Background(), Source{Name: "s", Kind: KindFeed, URL: srv.URL, FullText: FullTextNever}, FetchState{})
	if err != nil || len(res.Items) != 1 || res.Items[0].Title != "Second item" {
		t.Fatalf("items = %+v, err %v", res.Items, err)
	}
}
