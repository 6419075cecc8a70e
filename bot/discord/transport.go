package discord

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIBase is Discord's REST base for the API version discordgo speaks.
const DefaultAPIBase = "https://discord.com/api/v9/"

// rewriteTransport sends every request under from (discordgo's built-in
// API base) to the same path under to.
type rewriteTransport struct {
	from, to *url.URL
	base     http.RoundTripper
}

// newRewriteTransport returns base unchanged when apiBase is Discord's own,
// else a RoundTripper rewriting discordgo's URLs to apiBase.
func newRewriteTransport(apiBase string, base http.RoundTripper) (http.RoundTripper, error) {
	if base == nil {
		base = defaultTransport()
	}
	to, err := parseBase(apiBase)
	if err != nil {
		return nil, err
	}
	from, err := parseBase(discordgo.EndpointAPI)
	if err != nil {
		return nil, err
	}
	if *to == *from {
		return base, nil
	}
	return &rewriteTransport{from: from, to: to, base: base}, nil
}

func parseBase(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("discord: API base %q: %w", s, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord: API base %q: want an absolute http(s) URL", s)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("discord: API base %q: no query, fragment or credentials allowed", s)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	return u, nil
}

// RoundTrip rewrites scheme, host and path prefix, then sends the request.
func (rt *rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Scheme != rt.from.Scheme || r.URL.Host != rt.from.Host || !strings.HasPrefix(r.URL.Path, rt.from.Path) {
		return rt.base.RoundTrip(r)
	}
	r2 := r.Clone(r.Context())
	r2.URL.Scheme = rt.to.Scheme
	r2.URL.Host = rt.to.Host
	r2.Host = rt.to.Host
	r2.URL.Path = rt.to.Path + strings.TrimPrefix(r.URL.Path, rt.from.Path)
	if r.URL.RawPath != "" {
		r2.URL.RawPath = rt.to.EscapedPath() + strings.TrimPrefix(r.URL.RawPath, rt.from.EscapedPath())
	}
	return rt.base.RoundTrip(r2)
}

// defaultTransport is http.DefaultTransport keeping more idle connections
// per host: interaction callbacks come in bursts, and over HTTP/1.1 (a REST
// proxy, a local fake) the default of 2 would dial a connection for most.
func defaultTransport() http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64
	return t
}

// newHTTPClient returns the client every REST call of a session uses: the
// caller's client (or a fresh one with a 20 s timeout) whose transport
// rewrites to apiBase.
func newHTTPClient(apiBase string, c *http.Client) (*http.Client, error) {
	out := &http.Client{Timeout: 20 * time.Second}
	if c != nil {
		cp := *c
		out = &cp
	}
	rt, err := newRewriteTransport(apiBase, out.Transport)
	if err != nil {
		return nil, err
	}
	out.Transport = rt
	return out, nil
}

// redactedError hides a secret in the message of the error it wraps.
type redactedError struct {
	err    error
	secret string
}

func (e *redactedError) Error() string {
	return strings.ReplaceAll(e.err.Error(), e.secret, "[redacted]")
}

func (e *redactedError) Unwrap() error { return e.err }

// redact wraps err so that its message never shows secret.
func redact(err error, secret string) error {
	if err == nil || secret == "" {
		return err
	}
	var re *redactedError
	if errors.As(err, &re) && re.secret == secret {
		return err
	}
	return &redactedError{err: err, secret: secret}
}

// bareToken strips a "Bot " prefix.
func bareToken(tok string) string {
	tok = strings.TrimSpace(tok)
	if len(tok) > 4 && strings.EqualFold(tok[:4], "bot ") {
		tok = strings.TrimSpace(tok[4:])
	}
	return tok
}
