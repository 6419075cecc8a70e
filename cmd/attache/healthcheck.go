package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/attache-bot/attache/config"
)

// defaultHealthTimeout bounds one probe; the image's HEALTHCHECK --timeout
// is larger, so a slow bot is reported by this command, with a reason,
// rather than killed by Docker.
const defaultHealthTimeout = 3 * time.Second

// cmdHealthcheck probes a running bot's HTTP listener (/healthz, or /readyz
// with -ready). It is what the container image's HEALTHCHECK runs, since a
// distroless image has no curl. Exit status: 0 healthy (HTTP 200), 1
// unhealthy. It never exits 2, which Docker reserves: flag errors also exit
// 1. With no -url and no listener configured (http.listen and
// ATTACHE_HTTP_LISTEN empty) there is nothing to probe: it says so and exits
// 0, so that an image-wide HEALTHCHECK does not mark a bot unhealthy only
// because its operator turned the listener off.
func (m *Main) cmdHealthcheck(ctx context.Context, args []string) int {
	fs := m.flagSet("healthcheck", "healthcheck [-url URL | -ready] [-timeout D] [-config FILE]",
		"Ask a running bot's HTTP listener whether it is healthy: GET /healthz (or /readyz with -ready)\n"+
			"on the address of http.listen (env ATTACHE_HTTP_LISTEN), where a wildcard host such as \":9090\"\n"+
			"or \"0.0.0.0:9090\" means 127.0.0.1. Meant for container HEALTHCHECKs and monitoring scripts.\n\n"+
			"Exits 0 on HTTP 200 and 1 otherwise, with a one-line reason on stderr (never 2, which Docker\n"+
			"reserves). Without -url and with no listener configured there is nothing to probe: it prints a\n"+
			"note and exits 0.")
	target := fs.String("url", "", "probe this `URL` instead of the one derived from http.listen")
	ready := fs.Bool("ready", false, "probe /readyz (ready to serve) instead of /healthz (alive)")
	timeout := fs.Duration("timeout", defaultHealthTimeout, "give up after this `duration`")
	cfgPath := m.configFlag(fs)
	if code, ok := m.parse(fs, args); !ok {
		if code == exitUsage {
			return exitFailure
		}
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(m.Stderr, "attache healthcheck: "+format+"\n", a...)
		return exitFailure
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	if *timeout <= 0 {
		return fail("-timeout must be positive, got %v", *timeout)
	}
	path := "/healthz"
	if *ready {
		path = "/readyz"
	}
	probe := *target
	if probe != "" {
		if *ready {
			return fail("-ready and -url exclude each other (put /readyz in the URL)")
		}
		u, err := url.Parse(probe)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fail("invalid -url %q (want http://host:port/path)", probe)
		}
	} else {
		cfg, err := config.Load(*cfgPath, m.Getenv)
		if err != nil {
			return fail("%v", err)
		}
		listen := strings.TrimSpace(cfg.HTTP.Listen)
		if listen == "" {
			fmt.Fprintln(m.Stderr, "attache healthcheck: no HTTP listener configured (http.listen and ATTACHE_HTTP_LISTEN are empty); nothing to probe, reporting healthy")
			return exitOK
		}
		probe, err = probeURL(listen, path)
		if err != nil {
			return fail("%v", err)
		}
	}
	status, err := probeOnce(ctx, probe, *timeout)
	if err != nil {
		return fail("%s", err)
	}
	fmt.Fprintf(m.Stdout, "attache healthcheck: %s: %s\n", probe, status)
	return exitOK
}

// probeURL turns a listen address into the URL to probe: a wildcard or empty
// host (":9090", "0.0.0.0:9090", "[::]:9090") becomes 127.0.0.1, since a
// server listening on every address answers on loopback.
func probeURL(listen, path string) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("http.listen %q is not host:port: %w", listen, err)
	}
	if port == "" {
		return "", fmt.Errorf("http.listen %q has no port", listen)
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(host, port), Path: path}
	return u.String(), nil
}

// probeOnce GETs target once and returns its status line when it is 200.
// Redirects are not followed and proxies are not used: the probe talks to
// the bot directly. Errors read as one line a person can act on.
func probeOnce(ctx context.Context, target string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	client := &http.Client{
		Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return "", fmt.Errorf("%s: %v", target, err)
	}
	req.Header.Set("User-Agent", "attache-healthcheck")
	resp, err := client.Do(req)
	if err != nil {
		switch {
		case errors.Is(err, syscall.ECONNREFUSED):
			return "", fmt.Errorf("%s: connection refused (is attache running, with http.listen set?)", target)
		case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
			return "", fmt.Errorf("%s: no answer within %v", target, timeout)
		case ctx.Err() != nil:
			return "", fmt.Errorf("%s: %v", target, ctx.Err())
		}
		return "", fmt.Errorf("%s: %v", target, unwrapURLError(err))
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode != http.StatusOK {
		msg := fmt.Sprintf("%s: %s", target, resp.Status)
		if line := firstLine(body); line != "" {
			msg += ": " + line
		}
		return "", errors.New(msg)
	}
	return resp.Status, nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// unwrapURLError drops url.Error's "Get \"...\":" prefix, since the caller
// already names the URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// firstLine returns the first non-empty line of b, printable characters
// only, cut to 200 bytes, so a hostile or binary body cannot spoil the
// one-line report.
func firstLine(b []byte) string {
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.Map(func(r rune) rune {
			if unicode.IsPrint(r) {
				return r
			}
			return -1
		}, line)
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(line) > 200 {
			line = strings.ToValidUTF8(line[:200], "") + "…"
		}
		return line
	}
	return ""
}
