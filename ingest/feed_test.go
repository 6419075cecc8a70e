package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestFeedFormats(t *testing.T) {
	tests := []struct {
		name, contentType, body, guid, author string
	}{
		{"rss 2.0", "application/rss+xml", rssFeed, "wire-1", "Mira Castell"},
		{"atom", "application/atom+xml; charset=utf-8", atomFeed, "urn:uuid:entry-1", "Jonas Felder"},
		{"rdf", "application/rdf+xml", rdfFeed, "", "Sena Marlow"},
		{"json feed", "application/feed+json", jsonFeed, "json-1", "Hana Lee"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				fmt.Fprint(w, tc.body)
			}))
			f := local(t, Options{})
			res, err := f.Fetch(context.Background(), Source{Name: "s", Kind: KindFeed, URL: srv.URL + "/feed", FullText: FullTextNever}, FetchState{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 2 {
				t.Fatalf("got %d items, want 2", len(res.Items))
			}
			it := res.Items[0]
			if it.Title != "Ministers meet in Geneva" {
				t.Errorf("title = %q", it.Title)
			}
			if !strings.HasSuffix(it.URL, "/world/geneva-talks") || !strings.HasPrefix(it.URL, "http") {
				t.Errorf("url = %q, want absolute link", it.URL)
			}
			wantGUID := tc.guid
			if wantGUID == "" {
				wantGUID = CanonicalURL(it.URL)
			}
			if it.GUID != wantGUID {
				t.Errorf("guid = %q, want %q", it.GUID, wantGUID)
			}
			if it.Author != tc.author {
				t.Errorf("author = %q, want %q", it.Author, tc.author)
			}
			if want := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC); !it.Published.Equal(want) {
				t.Errorf("published = %v, want %v", it.Published, want)
			}
			if want := "The foreign ministers met on Tuesday.\n\nTalks continue."; it.Body != want {
				t.Errorf("body = %q, want %q", it.Body, want)
			}
			if !strings.HasPrefix(it.Outlet, "Example ") {
				t.Errorf("outlet = %q, want the feed title", it.Outlet)
			}
			if !it.Teaser || it.Source != "s" {
				t.Errorf("teaser = %v source = %q", it.Teaser, it.Source)
			}
			second := res.Items[1]
			if second.Title != "Second item" || second.Body != "Short teaser." || second.Published.IsZero() {
				t.Errorf("second item = %+v", second)
			}
		})
	}
}

func TestConditionalGet(t *testing.T) {
	tests := []struct {
		name          string
		etag, lastMod string
	}{
		{"etag", `"v1"`, ""},
		{"last-modified", "", "Tue, 03 Mar 2026 09:00:00 GMT"},
		{"both", `W/"v2"`, "Tue, 03 Mar 2026 09:00:00 GMT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var full, notModified atomic.Int32
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if (tc.etag != "" && r.Header.Get("If-None-Match") == tc.etag) ||
					(tc.etag == "" && tc.lastMod != "" && r.Header.Get("If-Modified-Since") == tc.lastMod) {
					notModified.Add(1)
					w.WriteHeader(http.StatusNotModified)
					return
				}
				full.Add(1)
				if tc.etag != "" {
					w.Header().Set("ETag", tc.etag)
				}
				if tc.lastMod != "" {
					w.Header().Set("Last-Modified", tc.lastMod)
				}
				fmt.Fprint(w, rssFeed)
			}))
			f := local(t, Options{})
			src := Source{Name: "s", Kind: KindFeed, URL: srv.URL, FullText: FullTextNever, Interval: time.Hour}
			now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
			st, items := f.Poll(context.Background(), src, SourceState{}, func() time.Time { return now })
			if len(items) != 2 || st.ETag != tc.etag || st.LastModified != tc.lastMod || st.LastError != "" {
				t.Fatalf("first poll: %d items, state %+v", len(items), st)
			}
			now = now.Add(time.Hour)
			st2, items := f.Poll(context.Background(), src, st, func() time.Time { return now })
			if len(items) != 0 {
				t.Fatalf("304 poll returned %d items", len(items))
			}
			if st2.ETag != tc.etag || st2.LastModified != tc.lastMod || !st2.LastSuccess.Equal(now) || st2.Failures != 0 {
				t.Fatalf("state after 304 = %+v", st2)
			}
			if !st2.NextPoll.Equal(now.Add(time.Hour)) {
				t.Errorf("next poll = %v, want %v", st2.NextPoll, now.Add(time.Hour))
			}
			if full.Load() != 1 || notModified.Load() != 1 {
				t.Errorf("server saw %d full and %d conditional answers, want 1 and 1", full.Load(), notModified.Load())
			}
		})
	}
}

func TestServerErrorsBackOff(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, rssFeed)
	}))
	f := local(t, Options{})
	src := Source{Name: "flaky", Kind: KindFeed, URL: srv.URL, FullText: FullTextNever, Interval: 10 * time.Minute}
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	st := SourceState{}
	var prevDelay time.Duration
	for i := 1; i <= 4; i++ {
		var items []Item
		st, items = f.Poll(context.Background(), src, st, clock)
		if len(items) != 0 {
			t.Fatal("items from a failing server")
		}
		if st.Failures != i || st.LastError != "server answered 500 Internal Server Error" {
			t.Fatalf("poll %d: failures %d, last error %q", i, st.Failures, st.LastError)
		}
		d := st.NextPoll.Sub(now)
		base := src.Interval << i
		if d < time.Duration(float64(base)*0.8) || d >= time.Duration(float64(base)*1.2) {
			t.Errorf("poll %d: delay %v outside [0.8, 1.2) x %v", i, d, base)
		}
		if d <= prevDelay {
			t.Errorf("poll %d: delay %v did not grow from %v", i, d, prevDelay)
		}
		prevDelay = d
		if got := st.Failing(); got != (i >= FailingAfter) {
			t.Errorf("poll %d: Failing() = %v", i, got)
		}
		now = st.NextPoll
	}
	if !strings.Contains(st.Status(), "FAILING 4 times in a row: server answered 500") {
		t.Errorf("status = %q", st.Status())
	}
	fail.Store(false)
	st, items := f.Poll(context.Background(), src, st, clock)
	if len(items) != 2 || st.Failures != 0 || st.LastError != "" || !st.LastSuccess.Equal(now) {
		t.Fatalf("recovery: %d items, state %+v", len(items), st)
	}
}

func TestTimeouts(t *testing.T) {
	gate := make(chan struct{})
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel>`)
			w.(http.Flusher).Flush()
		}
		select {
		case <-gate:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(gate) }) // runs before srv.Close
	f := local(t, Options{Timeout: 150 * time.Millisecond})
	for _, path := range []string{"/slow-headers", "/slow-body"} {
		t.Run(path, func(t *testing.T) {
			start := time.Now()
			_, err := f.Fetch(context.Background(), Source{Name: "slow", Kind: KindFeed, URL: srv.URL + path}, FetchState{})
			var te *TimeoutError
			if !errors.As(err, &te) {
				t.Fatalf("err = %v, want a timeout", err)
			}
			if got := Describe(err); got != "timed out after 150ms" {
				t.Errorf("Describe = %q", got)
			}
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("took %v", el)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		switch {
		case r.URL.Path == "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case r.URL.Path == "/feed":
			fmt.Fprint(w, rssFeed)
		case r.URL.Path == "/ftp":
			http.Redirect(w, r, "ftp://files.example/feed.xml", http.StatusMovedPermanently)
		default:
			if _, err := fmt.Sscanf(r.URL.Path, "/hop/%d", &n); err != nil {
				http.NotFound(w, r)
			} else if n == 0 {
				http.Redirect(w, r, "/feed", http.StatusMovedPermanently)
			} else {
				http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusTemporaryRedirect)
			}
		}
	}))
	f := local(t, Options{})
	tests := []struct {
		path    string
		wantErr string
	}{
		{"/hop/4", ""}, // 5 redirects: allowed
		{"/hop/5", "too many redirects: stopped after 5"},
		{"/loop", "too many redirects: stopped after 5"},
		{"/ftp", `unsupported URL scheme "ftp"`},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			res, err := f.Fetch(context.Background(), Source{Name: "r", Kind: KindFeed, URL: srv.URL + tc.path, FullText: FullTextNever}, FetchState{})
			if tc.wantErr == "" {
				if err != nil || len(res.Items) != 2 {
					t.Fatalf("got %d items, err %v", len(res.Items), err)
				}
				return
			}
			if err == nil || Describe(err) != tc.wantErr && !strings.HasPrefix(Describe(err), tc.wantErr) {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

func TestBrokenFeedLosesNothing(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good.rss":
			fmt.Fprint(w, rssFeed)
		case "/broken.xml":
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half</title><description>cut here`)
		case "/notafeed":
			fmt.Fprint(w, `<html><body>Just a page</body></html>`)
		case "/good.json":
			fmt.Fprint(w, jsonFeed)
		}
	}))
	f := local(t, Options{})
	srcs := []Source{
		{Name: "good-rss", Kind: KindFeed, URL: srv.URL + "/good.rss", FullText: FullTextNever},
		{Name: "broken", Kind: KindFeed, URL: srv.URL + "/broken.xml", FullText: FullTextNever},
		{Name: "html", Kind: KindFeed, URL: srv.URL + "/notafeed", FullText: FullTextNever},
		{Name: "good-json", Kind: KindFeed, URL: srv.URL + "/good.json", FullText: FullTextNever},
	}
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	out := f.PollAll(context.Background(), srcs, nil, func() time.Time { return now }, 2)
	want := map[string]int{"good-rss": 2, "broken": 0, "html": 0, "good-json": 2}
	for _, r := range out {
		if !r.Polled || len(r.Items) != want[r.Source.Name] {
			t.Errorf("%s: polled %v, %d items, want %d", r.Source.Name, r.Polled, len(r.Items), want[r.Source.Name])
		}
		bad := r.Source.Name == "broken" || r.Source.Name == "html"
		if bad != (r.State.Failures == 1) {
			t.Errorf("%s: failures = %d", r.Source.Name, r.State.Failures)
		}
		if bad && !strings.HasPrefix(r.State.LastError, "feed could not be parsed: ") {
			t.Errorf("%s: last error %q", r.Source.Name, r.State.LastError)
		}
	}
	// A source that is not due is skipped and keeps its state.
	states := map[string]SourceState{"good-rss": {Name: "good-rss", NextPoll: now.Add(time.Minute)}}
	out = f.PollAll(context.Background(), srcs[:1], states, func() time.Time { return now }, 1)
	if out[0].Polled || !out[0].State.NextPoll.Equal(now.Add(time.Minute)) {
		t.Errorf("not-due source polled: %+v", out[0])
	}
}

func TestDuplicateItemsAcrossFeeds(t *testing.T) {
	a := strings.Replace(rssFeed, "<link>/world/geneva-talks</link>", "<link>https://wire.example/world/geneva-talks?utm_source=a</link>", 1)
	b := strings.Replace(atomFeed, `href="https://atom.example/world/geneva-talks"`, `href="https://WIRE.example:443/world/geneva-talks/#comments"`, 1)
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/a" {
			fmt.Fprint(w, a)
		} else {
			fmt.Fprint(w, b)
		}
	}))
	f := local(t, Options{})
	out := f.PollAll(context.Background(), []Source{
		{Name: "a", Kind: KindFeed, URL: srv.URL + "/a", FullText: FullTextNever},
		{Name: "b", Kind: KindFeed, URL: srv.URL + "/b", FullText: FullTextNever},
	}, nil, time.Now, 2)
	x, y := out[0].Items[0], out[1].Items[0]
	if x.Source == y.Source || x.URL == y.URL {
		t.Fatalf("want the same story reported by both sources as is: %q %q", x.URL, y.URL)
	}
	if CanonicalURL(x.URL) != CanonicalURL(y.URL) {
		t.Errorf("canonical URLs differ: %q vs %q", CanonicalURL(x.URL), CanonicalURL(y.URL))
	}
}

func TestUserAgent(t *testing.T) {
	var got atomic.Value
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.Store(r.Header.Get("User-Agent"))
		fmt.Fprint(w, rssFeed)
	}))
	f := local(t, Options{UserAgent: UserAgent("1.2.3")})
	if _, err := f.Fetch(context.Background(), Source{Name: "s", Kind: KindFeed, URL: srv.URL, FullText: FullTextNever}, FetchState{}); err != nil {
		t.Fatal(err)
	}
	if want := "Attache/1.2.3 (+https://github.com/attache-bot/attache)"; got.Load() != want {
		t.Errorf("User-Agent = %q, want %q", got.Load(), want)
	}
}

func TestConnectionRefused(t *testing.T) {
	srv := serve(t, http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	_, err := local(t, Options{}).Fetch(context.Background(), Source{Name: "gone", Kind: KindFeed, URL: url}, FetchState{})
	if Describe(err) != "connection refused" || !strings.HasPrefix(err.Error(), "ingest: "+url+": ") {
		t.Fatalf("err = %v (described %q)", err, Describe(err))
	}
}

func TestStatusErrors(t *testing.T) {
	for _, code := range []int{http.StatusNotFound, http.StatusForbidden, http.StatusTooManyRequests, http.StatusBadGateway} {
		t.Run(http.StatusText(code), func(t *testing.T) {
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }))
			_, err := local(t, Options{}).Fetch(context.Background(), Source{Name: "s", Kind: KindFeed, URL: srv.URL}, FetchState{})
			var se *StatusError
			want := fmt.Sprintf("server answered %d %s", code, http.StatusText(code))
			if !errors.As(err, &se) || se.Code != code || Describe(err) != want {
				t.Fatalf("err = %v, want %q", err, want)
			}
		})
	}
}

func TestUnsafeLinksDropped(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>JS</title><link>javascript:alert(1)</link><guid>a</guid><description>x</description></item>
<item><title>File</title><link>file:///etc/passwd</link><guid>b</guid><description>x</description></item>
<item><title>Rel</title><link>../story?id=1</link><guid>c</guid><description>x</description></item>
</channel></rss>`
	var pages int
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feeds/main" {
			pages++
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, feed)
	}))
	res, err := local(t, Options{Workers: 1}).Fetch(context.Background(), Source{Name: "s", Kind: KindFeed, URL: srv.URL + "/feeds/main"}, FetchState{})
	if err != nil || len(res.Items) != 3 {
		t.Fatalf("items %+v, err %v", res.Items, err)
	}
	if res.Items[0].URL != "" || res.Items[1].URL != "" || res.Items[2].URL != srv.URL+"/story?id=1" {
		t.Errorf("urls = %q %q %q", res.Items[0].URL, res.Items[1].URL, res.Items[2].URL)
	}
	if pages != 1 {
		t.Errorf("fetched %d pages, want only the http one", pages)
	}
}
