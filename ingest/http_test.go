package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"runtime"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func TestAddrPolicy(t *testing.T) {
	tests := []struct {
		ip     string
		reason string // "" = allowed
	}{
		{"8.8.8.8", ""},
		{"2001:4860:4860::8888", ""},
		{"93.184.216.34", ""},
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"172.32.0.1", ""},
		{"192.168.1.1", "private"},
		{"fd12:3456::1", "private"},
		{"169.254.1.1", "link-local"},
		{"fe80::1", "link-local"},
		{"169.254.169.254", "cloud metadata"},
		{"fd00:ec2::254", "cloud metadata"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"100.127.255.254", "carrier-grade NAT"},
		{"100.128.0.1", ""},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "reserved"},
		{"64:ff9b::a00:1", "private"}, // NAT64 of 10.0.0.1
		{"64:ff9b::808:808", ""},      // NAT64 of 8.8.8.8
	}
	var p addrPolicy
	for _, tc := range tests {
		t.Run(tc.ip, func(t *testing.T) {
			err := p.check(netip.MustParseAddr(tc.ip))
			var be *BlockedError
			if tc.reason == "" {
				if err != nil {
					t.Fatalf("blocked: %v", err)
				}
				return
			}
			if !errors.As(err, &be) || be.Reason != tc.reason {
				t.Fatalf("err = %v, want reason %q", err, tc.reason)
			}
			if (addrPolicy{allowPrivate: true}).check(netip.MustParseAddr(tc.ip)) != nil {
				t.Error("AllowPrivate did not allow it")
			}
		})
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, rssFeed) }))
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	strict := NewFetcher(Options{Timeout: 2 * time.Second})
	t.Cleanup(strict.Close)
	tests := []struct {
		name, url, want string
	}{
		{"loopback literal", srv.URL, "address 127.0.0.1 is not allowed (loopback)"},
		{"localhost by name", "http://localhost:" + port + "/", "is not allowed (loopback)"},
		{"metadata", "http://169.254.169.254/latest/meta-data/", "address 169.254.169.254 is not allowed (cloud metadata)"},
		{"private", "http://10.0.0.1/feed", "address 10.0.0.1 is not allowed (private)"},
		{"ipv6 loopback", "http://[::1]:" + port + "/", "address ::1 is not allowed (loopback)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := strict.Fetch(context.Background(), Source{Name: "p", Kind: KindFeed, URL: tc.url, FullText: FullTextNever}, FetchState{})
			var be *BlockedError
			if !errors.As(err, &be) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
	t.Run("allowed with AllowPrivate", func(t *testing.T) {
		res, err := local(t, Options{}).Fetch(context.Background(), Source{Name: "p", Kind: KindFeed, URL: srv.URL, FullText: FullTextNever}, FetchState{})
		if err != nil || len(res.Items) != 2 {
			t.Fatalf("got %d items, err %v", len(res.Items), err)
		}
	})
}

func TestRedirectToPrivateRefused(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/meta":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/iam", http.StatusFound)
		case "/private":
			http.Redirect(w, r, "http://192.168.0.10:8080/admin", http.StatusFound)
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		default:
			fmt.Fprint(w, rssFeed)
		}
	}))
	// Only the test server's exact address is allowed, as an operator
	// would allow one intranet host.
	f := NewFetcher(Options{AllowedPrefixes: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, Timeout: 2 * time.Second})
	t.Cleanup(f.Close)
	if _, err := f.Fetch(context.Background(), Source{Name: "ok", Kind: KindFeed, URL: srv.URL + "/feed", FullText: FullTextNever}, FetchState{}); err != nil {
		t.Fatalf("allowed prefix refused: %v", err)
	}
	tests := []struct{ path, want string }{
		{"/meta", "address 169.254.169.254 is not allowed (cloud metadata)"},
		{"/private", "address 192.168.0.10 is not allowed (private)"},
		{"/file", `unsupported URL scheme "file"`},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), Source{Name: "r", Kind: KindFeed, URL: srv.URL + tc.path}, FetchState{})
			if err == nil || !strings.HasPrefix(Describe(err), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	big := bytes.Repeat([]byte("a"), DefaultMaxBodyBytes+1)
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zeros := make([]byte, 1<<20)
	for range 64 { // 64 MB of zeros, about 64 KB compressed
		zw.Write(zeros)
	}
	zw.Close()
	var small bytes.Buffer
	zw = gzip.NewWriter(&small)
	fmt.Fprint(zw, rssFeed)
	zw.Close()

	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write(big) // with Content-Length
		case "/chunked":
			for i := 0; i < len(big); i += 1 << 20 {
				w.Write(big[i:min(i+1<<20, len(big))])
				w.(http.Flusher).Flush()
			}
		case "/bomb", "/gzip":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Error("client did not ask for gzip")
			}
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "application/rss+xml")
			if r.URL.Path == "/bomb" {
				w.Write(bomb.Bytes())
			} else {
				w.Write(small.Bytes())
			}
		}
	}))
	f := local(t, Options{})
	for _, path := range []string{"/big", "/chunked", "/bomb"} {
		t.Run(path, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := f.Fetch(context.Background(), Source{Name: "b", Kind: KindFeed, URL: srv.URL + path}, FetchState{})
			runtime.ReadMemStats(&after)
			want := "ingest: " + srv.URL + path + ": body exceeds 5 MB limit"
			var le *LimitError
			if err == nil || err.Error() != want || !errors.As(err, &le) {
				t.Fatalf("err = %v, want %q", err, want)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
				t.Errorf("allocated %d MB reading a body capped at 5 MB", alloc>>20)
			}
		})
	}
	t.Run("gzip feed", func(t *testing.T) {
		res, err := f.Fetch(context.Background(), Source{Name: "g", Kind: KindFeed, URL: srv.URL + "/gzip", FullText: FullTextNever}, FetchState{})
		if err != nil || len(res.Items) != 2 {
			t.Fatalf("got %d items, err %v", len(res.Items), err)
		}
	})
	t.Run("custom limit", func(t *testing.T) {
		_, err := local(t, Options{MaxBodyBytes: 64 << 10}).Fetch(context.Background(), Source{Name: "b", Kind: KindFeed, URL: srv.URL + "/big"}, FetchState{})
		if Describe(err) != "body exceeds 64 KB limit" {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestCharsets(t *testing.T) {
	const french = "Le ministre français a déclaré à Genève que les négociations étaient « sérieuses » et qu’elles reprendraient après l’été."
	const russian = "Министр иностранных дел встретился в Женеве со своим коллегой, и стороны договорились продолжить переговоры в апреле."
	latin1 := func(s string) string {
		s = strings.NewReplacer("«", "\u00ab", "»", "\u00bb", "’", "'").Replace(s)
		out, err := charmap.ISO8859_1.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	cp1251 := func(s string) string {
		out, err := charmap.Windows1251.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	frenchLatin1 := strings.NewReplacer("’", "'").Replace(french)
	pageFor := func(text, meta string) string {
		p := articlePage("Title", text, 6)
		return strings.Replace(p, `<meta charset="utf-8">`, meta, 1)
	}
	tests := []struct {
		name, kind, contentType, body, want string
	}{
		{"latin-1 page, header charset", KindPage, "text/html; charset=ISO-8859-1", latin1(pageFor(french, "")), frenchLatin1},
		{"latin-1 page, meta charset", KindPage, "text/html", latin1(pageFor(french, `<meta charset="iso-8859-1">`)), frenchLatin1},
		{"latin-1 page, no declaration", KindPage, "text/html", latin1(pageFor(french, "")), frenchLatin1},
		{"windows-1251 page, header charset", KindPage, "text/html; charset=windows-1251", cp1251(pageFor(russian, "")), russian},
		{"windows-1251 page, meta http-equiv", KindPage, "text/html", cp1251(pageFor(russian, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`)), russian},
		{"windows-1251 feed, xml declaration", KindFeed, "application/rss+xml",
			cp1251(`<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title><item><title>Переговоры</title><description>` + russian + `</description></item></channel></rss>`), russian},
		{"windows-1251 feed, header charset only", KindFeed, "text/xml; charset=windows-1251",
			cp1251(`<?xml version="1.0"?><rss version="2.0"><channel><title>Лента</title><item><title>Переговоры</title><description>` + russian + `</description></item></channel></rss>`), russian},
		{"latin-1 feed, header overrides declaration", KindFeed, "application/xml; charset=iso-8859-1",
			latin1(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fil</title><item><title>Négociations</title><description>` + french + `</description></item></channel></rss>`), frenchLatin1},
		{"latin-1 feed, undeclared", KindFeed, "application/rss+xml",
			latin1(`<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title><item><title>Négociations</title><description>` + french + `</description></item></channel></rss>`), frenchLatin1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				fmt.Fprint(w, tc.body)
			}))
			res, err := local(t, Options{}).Fetch(context.Background(), Source{Name: "c", Kind: tc.kind, URL: srv.URL, FullText: FullTextNever}, FetchState{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 {
				t.Fatalf("got %d items", len(res.Items))
			}
			if !strings.Contains(res.Items[0].Body, tc.want) {
				t.Errorf("body = %q\nwant it to contain %q", res.Items[0].Body, tc.want)
			}
		})
	}
}

// TestPerHostLimit checks the per-host semaphore in a synctest bubble: with
// PerHost 2, a third request to the same host waits until a slot frees up,
// while another host is not held back.
func TestPerHostLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := newClient(Options{PerHost: 2}.withDefaults())
		var releases = make(chan func(), 10)
		for range 3 {
			go func() {
				rel, err := c.acquire(context.Background(), "a.example:443")
				if err == nil {
					releases <- rel
				}
			}()
		}
		synctest.Wait()
		if len(releases) != 2 {
			t.Fatalf("%d requests to one host in flight, want 2", len(releases))
		}
		other, err := c.acquire(context.Background(), "b.example:443")
		if err != nil {
			t.Fatal(err)
		}
		other()
		(<-releases)()
		synctest.Wait()
		if len(releases) != 2 {
			t.Fatalf("after one release %d in flight, want 2", len(releases))
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if _, err := c.acquire(ctx, "a.example:443"); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("acquire on a full host = %v, want deadline exceeded", err)
		}
	})
}
