package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// healthServer starts a loopback server answering every path with status
// and body, and records the paths it was asked for.
func healthServer(t *testing.T, status int, body string) (srv *httptest.Server, paths func() []string) {
	t.Helper()
	var (
		mu   sync.Mutex
		seen []string
	)
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.URL.Path)
		mu.Unlock()
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// refusedURL returns a loopback URL on which nothing listens.
func refusedURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return "http://" + addr + "/healthz"
}

// hangingURL returns the URL of a server that never answers until the
// test ends.
func hangingURL(t *testing.T) string {
	t.Helper()
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) }) // runs first: unblocks handlers before Close waits for them
	return srv.URL + "/healthz"
}

func TestHealthcheckCommand(t *testing.T) {
	ok, _ := healthServer(t, http.StatusOK, "ok\n")
	down, _ := healthServer(t, http.StatusServiceUnavailable, "not ready: store ping failed\nsecond line\n")
	redirect, _ := healthServer(t, http.StatusFound, "")
	hostile, _ := healthServer(t, http.StatusInternalServerError, "\x1b[31mboom\x00\r\n")
	refused := refusedURL(t)
	hanging := hangingURL(t)

	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		code    int
		stdout  string // substring of stdout
		stderr  string // substring of stderr
		noLines bool   // stderr must be at most one line
	}{
		{name: "200 is healthy", args: []string{"-url", ok.URL + "/healthz"}, code: exitOK, stdout: "200 OK"},
		{name: "503 is unhealthy with the body's first line", args: []string{"-url", down.URL + "/readyz"},
			code: exitFailure, stderr: "503 Service Unavailable: not ready: store ping failed", noLines: true},
		{name: "redirect is not followed", args: []string{"-url", redirect.URL + "/healthz"}, code: exitFailure, stderr: "302 Found"},
		{name: "control characters are dropped", args: []string{"-url", hostile.URL + "/healthz"},
			code: exitFailure, stderr: "500 Internal Server Error: [31mboom", noLines: true},
		{name: "connection refused", args: []string{"-url", refused}, code: exitFailure, stderr: "connection refused", noLines: true},
		{name: "timeout", args: []string{"-url", hanging, "-timeout", "200ms"}, code: exitFailure, stderr: "no answer within 200ms", noLines: true},
		{name: "help", args: []string{"-h"}, code: exitOK, stdout: "Usage: attache healthcheck"},
		{name: "bad flag exits 1, not Docker's reserved 2", args: []string{"-nope"}, code: exitFailure, stderr: "flag provided but not defined"},
		{name: "stray argument", args: []string{"now"}, code: exitFailure, stderr: `unexpected argument "now"`},
		{name: "zero timeout", args: []string{"-url", ok.URL, "-timeout", "0s"}, code: exitFailure, stderr: "-timeout must be positive"},
		{name: "-ready with -url", args: []string{"-ready", "-url", ok.URL}, code: exitFailure, stderr: "exclude each other"},
		{name: "invalid url", args: []string{"-url", "127.0.0.1:9090/healthz"}, code: exitFailure, stderr: "invalid -url"},
		{name: "no listener configured", args: nil, code: exitOK, stderr: "no HTTP listener configured"},
		{name: "listen from env, nobody there", args: nil, env: map[string]string{"ATTACHE_HTTP_LISTEN": strings.TrimPrefix(strings.TrimSuffix(refused, "/healthz"), "http://")},
			code: exitFailure, stderr: "connection refused"},
		{name: "invalid configuration", args: []string{"-config", filepath.Join(t.TempDir(), "missing.yaml")}, code: exitFailure, stderr: "attache healthcheck: config: read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runMain(t, context.Background(), tt.env, "", append([]string{"healthcheck"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout=%s\nstderr=%s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q does not contain %q", out, tt.stdout)
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errs, tt.stderr)
			}
			if tt.noLines && strings.Count(strings.TrimSuffix(errs, "\n"), "\n") > 0 {
				t.Errorf("stderr is not one line: %q", errs)
			}
		})
	}
}

// TestHealthcheckDerivedURL checks that without -url the probe goes to the
// configured listener, on loopback for a wildcard host, and to /readyz with
// -ready.
func TestHealthcheckDerivedURL(t *testing.T) {
	srv, paths := healthServer(t, http.StatusOK, "ok")
	_, port, err := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfgFile, []byte("http:\n  listen: \"0.0.0.0:"+port+"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  map[string]string
		args []string
		path string
	}{
		{"env wildcard host", map[string]string{"ATTACHE_HTTP_LISTEN": ":" + port}, nil, "/healthz"},
		{"env with -ready", map[string]string{"ATTACHE_HTTP_LISTEN": ":" + port}, []string{"-ready"}, "/readyz"},
		{"config file 0.0.0.0", nil, []string{"-config", cfgFile}, "/healthz"},
		{"ATTACHE_CONFIG", map[string]string{"ATTACHE_CONFIG": cfgFile}, []string{"-ready"}, "/readyz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(paths())
			code, out, errs := runMain(t, context.Background(), tt.env, "", append([]string{"healthcheck"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr=%s", code, errs)
			}
			want := "http://127.0.0.1:" + port + tt.path
			if !strings.Contains(out, want) {
				t.Errorf("stdout %q does not name %s", out, want)
			}
			got := paths()
			if len(got) != before+1 || got[len(got)-1] != tt.path {
				t.Errorf("server saw %v, want one more request for %s", got, tt.path)
			}
		})
	}
}

func TestHealthcheckProbeURL(t *testing.T) {
	tests := []struct {
		listen, want string
		wantErr      bool
	}{
		{listen: ":9090", want: "http://127.0.0.1:9090/healthz"},
		{listen: "0.0.0.0:9090", want: "http://127.0.0.1:9090/healthz"},
		{listen: "[::]:9090", want: "http://127.0.0.1:9090/healthz"},
		{listen: "127.0.0.1:9091", want: "http://127.0.0.1:9091/healthz"},
		{listen: "[::1]:9090", want: "http://[::1]:9090/healthz"},
		{listen: "10.1.2.3:80", want: "http://10.1.2.3:80/healthz"},
		{listen: "localhost:9090", want: "http://localhost:9090/healthz"},
		{listen: "9090", wantErr: true},
		{listen: "host:", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.listen, func(t *testing.T) {
			got, err := probeURL(tt.listen, "/healthz")
			if (err != nil) != tt.wantErr {
				t.Fatalf("probeURL(%q) error = %v, wantErr %v", tt.listen, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("probeURL(%q) = %q, want %q", tt.listen, got, tt.want)
			}
		})
	}
}
