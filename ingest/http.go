package ingest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultMaxBodyBytes   = 5 << 20
	DefaultMaxRedirects   = 5
	DefaultPerHost        = 2
)

// UserAgent returns the User-Agent header Attache sends, for a version
// string such as "0.3.1" ("dev" when empty).
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "Attache/" + version + " (+https://github.com/attache-bot/attache)"
}

// LimitError reports a response body larger than the configured limit. The
// limit applies to decompressed bytes, so a gzip bomb hits it too.
type LimitError struct {
	Limit int64
}

// Error implements error.
func (e *LimitError) Error() string {
	return "body exceeds " + formatBytes(e.Limit) + " limit"
}

// StatusError reports an HTTP response with an unexpected status.
type StatusError struct {
	Code   int
	Status string // as sent, e.g. "500 Internal Server Error"
	// RetryAfter is the raw Retry-After header of a 429 or 503 answer
	// (delta-seconds or an HTTP-date), empty otherwise; Date is the
	// response's Date header, the server's "now" for an HTTP-date.
	RetryAfter string
	Date       string
}

// Error implements error.
func (e *StatusError) Error() string {
	s := e.Status
	if s == "" {
		s = fmt.Sprintf("%d %s", e.Code, http.StatusText(e.Code))
	}
	return "server answered " + s
}

// TimeoutError reports a request that took longer than allowed.
type TimeoutError struct {
	After time.Duration
	// Connect is true when the connection itself could not be made in time.
	Connect bool
}

// Error implements error.
func (e *TimeoutError) Error() string {
	if e.Connect {
		return fmt.Sprintf("timed out after %s while connecting", e.After)
	}
	return fmt.Sprintf("timed out after %s", e.After)
}

// ErrTooManyRedirects is returned when a URL redirects more often than
// Options.MaxRedirects allows.
var ErrTooManyRedirects = errors.New("too many redirects")

// SchemeError reports a URL (or redirect target) that is not http or https.
type SchemeError struct {
	Scheme string
}

// Error implements error.
func (e *SchemeError) Error() string {
	return fmt.Sprintf("unsupported URL scheme %q (only http and https are fetched)", e.Scheme)
}

// FetchError is the error of a failed fetch: the URL and what went wrong in
// plain words (Err). Its message reads "ingest: <url>: <err>".
type FetchError struct {
	URL string
	Err error
}

// Error implements error.
func (e *FetchError) Error() string { return "ingest: " + e.URL + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *FetchError) Unwrap() error { return e.Err }

// Describe returns err in plain words for people: the cause of a FetchError
// without the URL ("server answered 500 Internal Server Error", "timed out
// after 10s"), or the error text otherwise.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	var fe *FetchError
	if errors.As(err, &fe) {
		return fe.Err.Error()
	}
	return err.Error()
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// response is a fully read, size-limited HTTP response.
type response struct {
	URL          string // final URL after redirects
	NotModified  bool
	ContentType  string
	ETag         string
	LastModified string
	Body         []byte
}

// client is the SSRF-safe HTTP client shared by a Fetcher.
type client struct {
	http         *http.Client
	userAgent    string
	timeout      time.Duration
	connTimeout  time.Duration
	maxBody      int64
	maxRedirects int
	perHost      int

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

func newClient(o Options) *client {
	policy := addrPolicy{allowPrivate: o.AllowPrivate, allowed: o.AllowedPrefixes}
	dialer := &net.Dialer{
		Timeout:   o.ConnectTimeout,
		KeepAlive: 30 * time.Second,
		Control:   policy.control,
	}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would hide the real destination from the address check
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		TLSClientConfig:        &tls.Config{MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:    o.ConnectTimeout,
		ResponseHeaderTimeout:  o.Timeout,
		MaxIdleConns:           256,
		MaxIdleConnsPerHost:    o.PerHost,
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		// Compression stays enabled: the transport asks for gzip and
		// decompresses transparently, and the body limit below counts
		// decompressed bytes.
	}
	c := &client{
		userAgent:    o.UserAgent,
		timeout:      o.Timeout,
		connTimeout:  o.ConnectTimeout,
		maxBody:      o.MaxBodyBytes,
		maxRedirects: o.MaxRedirects,
		perHost:      o.PerHost,
		hosts:        map[string]chan struct{}{},
	}
	c.http = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return &SchemeError{Scheme: req.URL.Scheme}
			}
			if len(via) > c.maxRedirects {
				return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, c.maxRedirects)
			}
			return nil
		},
	}
	return c
}

// acquire takes a slot of the per-host semaphore.
func (c *client) acquire(ctx context.Context, host string) (release func(), err error) {
	c.mu.Lock()
	sem, ok := c.hosts[host]
	if !ok {
		sem = make(chan struct{}, c.perHost)
		c.hosts[host] = sem
	}
	c.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// get fetches rawURL with a conditional GET. Errors are *FetchError.
func (c *client) get(ctx context.Context, rawURL string, st FetchState, accept string) (*response, error) {
	fail := func(err error) (*response, error) { return nil, &FetchError{URL: rawURL, Err: err} }
	u, err := url.Parse(rawURL)
	if err != nil {
		return fail(fmt.Errorf("invalid URL: %w", err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fail(&SchemeError{Scheme: u.Scheme})
	}
	if u.Host == "" {
		return fail(errors.New("invalid URL: no host"))
	}
	release, err := c.acquire(ctx, u.Host)
	if err != nil {
		return fail(err)
	}
	defer release()

	ctx, cancel := context.WithTimeoutCause(ctx, c.timeout, &TimeoutError{After: c.timeout})
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(fmt.Errorf("invalid URL: %w", err))
	}
	req.Header.Set("User-Agent", c.userAgent)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fail(c.plain(ctx, err))
	}
	defer resp.Body.Close()
	out := &response{
		URL:          resp.Request.URL.String(),
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = st.ETag
		}
		if out.LastModified == "" {
			out.LastModified = st.LastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10) // let the connection be reused
		se := &StatusError{Code: resp.StatusCode, Status: resp.Status}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			se.RetryAfter = resp.Header.Get("Retry-After")
			se.Date = resp.Header.Get("Date")
		}
		return fail(se)
	}
	if resp.ContentLength > c.maxBody {
		return fail(&LimitError{Limit: c.maxBody})
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBody+1))
	if err != nil {
		return fail(c.plain(ctx, err))
	}
	if int64(len(body)) > c.maxBody {
		return fail(&LimitError{Limit: c.maxBody})
	}
	out.Body = body
	return out, nil
}

// plain turns a transport error into one that reads well in plain words.
func (c *client) plain(ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var (
		be *BlockedError
		se *SchemeError
	)
	switch {
	case errors.As(err, &be):
		return be
	case errors.As(err, &se):
		return se
	case errors.Is(err, ErrTooManyRedirects):
		return err
	}
	if ctx.Err() != nil {
		if cause := context.Cause(ctx); cause != nil {
			var te *TimeoutError
			if errors.As(cause, &te) {
				return te
			}
			return cause
		}
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" {
		if oe.Timeout() {
			return &TimeoutError{After: c.connTimeout, Connect: true}
		}
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) {
			if dnsErr.IsNotFound {
				return fmt.Errorf("host %s not found", dnsErr.Name)
			}
			return fmt.Errorf("could not resolve %s: %w", dnsErr.Name, err)
		}
		msg := err.Error()
		if strings.Contains(msg, "connection refused") {
			return errors.New("connection refused")
		}
		return fmt.Errorf("could not connect: %w", err)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return &TimeoutError{After: c.timeout}
	}
	return err
}

func (c *client) close() { c.http.CloseIdleConnections() }
