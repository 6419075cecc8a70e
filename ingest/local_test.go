package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseTextFile(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    TextHeader
		body    string
		wantErr string
	}{
		{
			name: "full header",
			in:   "Title: Ministers meet\nPublished: 2025-02-17\nSource: Wire\nURL: https://x.example/a\nAuthor:  A.  Writer \n\nFirst paragraph\nstill first.\n\n\n\nSecond.\n",
			want: TextHeader{Title: "Ministers meet", Published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), Source: "Wire", URL: "https://x.example/a", Author: "A. Writer"},
			body: "First paragraph\nstill first.\n\nSecond.",
		},
		{
			name: "case-insensitive keys, RFC 3339, CRLF, unknown key",
			in:   "TITLE: T\r\npublished: 2026-03-03T09:30:00+01:00\r\nNote: ignored\r\n\r\nBody.",
			want: TextHeader{Title: "T", Published: time.Date(2026, 3, 3, 8, 30, 0, 0, time.UTC)},
			body: "Body.",
		},
		{
			name: "no header",
			in:   "GENEVA: ministers met.\n\nMore.",
			body: "GENEVA: ministers met.\n\nMore.",
		},
		{
			name: "header only",
			in:   "Title: Only a title\n",
			want: TextHeader{Title: "Only a title"},
		},
		{
			name:    "bad date",
			in:      "Title: T\nPublished: last Tuesday\n\nBody",
			wantErr: `published date "last Tuesday" not understood`,
		},
		{
			name:    "missing blank line",
			in:      "Title: T\nThe body starts without a blank line\n",
			wantErr: "is not \"Key: value\"",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, body, err := ParseTextFile([]byte(tc.in))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !h.Published.Equal(tc.want.Published) {
				t.Errorf("published = %v, want %v", h.Published, tc.want.Published)
			}
			h.Published, tc.want.Published = time.Time{}, time.Time{}
			if h != tc.want {
				t.Errorf("header = %+v, want %+v", h, tc.want)
			}
			if body != tc.body {
				t.Errorf("body = %q, want %q", body, tc.body)
			}
		})
	}
}

func FuzzParseTextFile(f *testing.F) {
	f.Add([]byte("Title: T\nPublished: 2025-02-17\n\nBody\n\n\nMore"))
	f.Add([]byte("URL: x\r\n\r\n"))
	f.Add([]byte("no header at all"))
	f.Add([]byte("\xef\xbb\xbfTitle: \xff\n\n\x00body"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, body, err := ParseTextFile(data)
		if err != nil {
			return
		}
		for _, s := range []string{h.Title, h.Source, h.URL, h.Author} {
			if strings.ContainsAny(s, "\n\r") || !utf8.ValidString(s) || s != strings.TrimSpace(s) {
				t.Fatalf("header field %q not a clean line", s)
			}
		}
		if !utf8.ValidString(body) || strings.Contains(body, "\n\n\n") || body != strings.TrimSpace(body) || strings.Contains(body, "\r") {
			t.Fatalf("body not normalised: %q", body)
		}
		if normalizeText(body) != body {
			t.Fatalf("normalizeText not idempotent on %q", body)
		}
	})
}

func TestSampleSource(t *testing.T) {
	f := NewFetcher(Options{})
	res, err := f.Fetch(context.Background(), SampleSource(), FetchState{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 10 {
		t.Fatalf("got %d sample items, want 10", len(res.Items))
	}
	outlets := map[string]bool{}
	for _, it := range res.Items {
		if it.Title == "" || it.URL == "" || it.Outlet == "" || it.Author == "" || it.Published.IsZero() || it.Source != "sample" || it.GUID == "" {
			t.Errorf("incomplete sample item %+v", it)
		}
		if it.Published.Year() < 2025 || it.Published.Year() > 2026 {
			t.Errorf("%s: published %v outside 2025-2026", it.Title, it.Published)
		}
		if n := wordCount(it.Body); n < 150 || n > 350 {
			t.Errorf("%s: %d words, want 150-350", it.Title, n)
		}
		if strings.Contains(it.Body, "Title:") {
			t.Errorf("%s: header leaked into body", it.Title)
		}
		outlets[it.Outlet] = true
	}
	hostile := false
	for _, it := range res.Items {
		hostile = hostile || strings.Contains(it.Body, "@everyone") && strings.Contains(it.Body, "**TODAY**") && strings.Contains(it.Body, "[the official OSCE page](https://phishing.example/osce-login)")
	}
	if !hostile {
		t.Error("the hostile sample text must reach the digest verbatim (escaping is the renderer's job)")
	}
	if len(outlets) < 4 {
		t.Errorf("samples come from %d outlets, want several", len(outlets))
	}
	// An unchanged folder is reported as not modified.
	again, err := f.Fetch(context.Background(), SampleSource(), FetchState{ETag: res.ETag})
	if err != nil || !again.NotModified || len(again.Items) != 0 {
		t.Fatalf("second fetch = %+v, %v; want NotModified", again, err)
	}
}

func TestLocalFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Title: Text article\nPublished: 2025-05-01\n\nHello from a text file.")
	write("b.html", `<html><head><title>HTML article</title><meta name="author" content="Ann Author"></head><body><nav>Home | About</nav><article><h1>HTML article</h1><p>`+strings.Repeat("Diplomats met in Vienna to discuss the agenda. ", 20)+`</p><p>Second paragraph of the story.</p></article><footer>Copyright</footer></body></html>`)
	write("c.rss", rssFeed)
	write("ignored.pdf", "%PDF")
	write("broken.xml", "<rss><channel><item><title>x")

	f := NewFetcher(Options{})
	for _, url := range []string{dir, "file://" + dir} {
		res, err := f.Fetch(context.Background(), Source{Name: "disk", Kind: KindLocal, URL: url}, FetchState{})
		if err != nil {
			t.Fatal(err)
		}
		byTitle := map[string]Item{}
		for _, it := range res.Items {
			byTitle[it.Title] = it
		}
		if len(res.Items) != 4 { // a.txt, b.html, two items of c.rss; broken.xml skipped
			t.Fatalf("%s: got %d items (%v), want 4", url, len(res.Items), byTitle)
		}
		if it := byTitle["Text article"]; it.Body != "Hello from a text file." || it.Published.Day() != 1 {
			t.Errorf("text item = %+v", it)
		}
		h := byTitle["HTML article"]
		if !strings.Contains(h.Body, "Second paragraph") || strings.Contains(h.Body, "Home | About") || !strings.Contains(h.Body, "\n\n") {
			t.Errorf("html body = %q", h.Body)
		}
		if !strings.HasPrefix(h.GUID, "file:///") || !strings.HasSuffix(h.GUID, filepath.ToSlash(dir)+"/b.html") {
			t.Errorf("html item GUID = %q, want its file URL", h.GUID)
		}
		if _, ok := byTitle["Ministers meet in Geneva"]; !ok {
			t.Errorf("feed file items missing: %v", byTitle)
		}
	}
	// A single file works too.
	res, err := f.Fetch(context.Background(), Source{Name: "one", Kind: KindLocal, URL: filepath.Join(dir, "a.txt")}, FetchState{})
	if err != nil || len(res.Items) != 1 {
		t.Fatalf("single file: %v items, err %v", len(res.Items), err)
	}
	// A missing path is a clear error.
	_, err = f.Fetch(context.Background(), Source{Name: "gone", Kind: KindLocal, URL: filepath.Join(dir, "nope")}, FetchState{})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("missing path err = %v", err)
	}
}
