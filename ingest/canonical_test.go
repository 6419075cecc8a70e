package ingest

import (
	"net/url"
	"strings"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a/b", "https://example.com/a/b"},
		{"HTTPS://Example.COM/a/b", "https://example.com/a/b"},
		{"https://example.com/a/b/", "https://example.com/a/b"},
		{"https://example.com/a/b//", "https://example.com/a/b"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com/", "https://example.com/"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"https://example.com:80/a", "https://example.com:80/a"},
		{"https://example.com./a", "https://example.com/a"},
		{"https://example.com/a#comments", "https://example.com/a"},
		{"https://example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x", "https://example.com/a"},
		{"https://example.com/a?id=7&fbclid=IwAR0&gclid=abc&ref=homepage", "https://example.com/a?id=7"},
		{"https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
		{"https://example.com/a?a=2&a=1", "https://example.com/a?a=2&a=1"},
		{"https://example.com/a?", "https://example.com/a"},
		{"https://example.com/a?referrer=x", "https://example.com/a?referrer=x"},
		{"https://user:pw@example.com/a", "https://example.com/a"},
		{"https://example.com/caf%C3%A9/", "https://example.com/caf%C3%A9"},
		{"https://example.com/a%2Fb", "https://example.com/a%2Fb"},
		{"https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"},
		{"  https://example.com/a  ", "https://example.com/a"},
		{"urn:uuid:1234", "urn:uuid:1234"},
		{"/relative/path", "/relative/path"},
		{"mailto:a@example.com", "mailto:a@example.com"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := CanonicalURL(tc.in); got != tc.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{
		"https://Example.com:443/a/?utm_source=x&b=1#f", "http://x/%zz", "https://a.b/c?d=%", "http://[::1]:80/",
		"https://a.example/?a=1;b=2", "https://a.example/%2F/", "ftp://x/y", "https://a.example/?&&=", "HTTP://A.EXAMPLE.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		once := CanonicalURL(in)
		twice := CanonicalURL(once)
		if once != twice {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, once, twice)
		}
		u, err := url.Parse(once)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || strings.Trim(u.Hostname(), ".") == "" {
			return
		}
		if u.Fragment != "" {
			t.Errorf("fragment kept in %q", once)
		}
		for k := range u.Query() {
			if k := strings.ToLower(k); strings.HasPrefix(k, "utm_") || k == "fbclid" || k == "gclid" || k == "ref" {
				t.Errorf("tracking parameter %q kept in %q", k, once)
			}
		}
	})
}
