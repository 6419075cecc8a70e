// Package redistest gives tests a real Redis: the server named by
// ATTACHE_TEST_REDIS_URL when set, otherwise a redis-server started on a
// free loopback port in a temporary directory and stopped at cleanup.
//
// Tests isolate themselves with Prefix, a key prefix unique to the test.
// A missing redis-server binary fails the test (it does not skip): install
// it with `apt-get install redis-server` or set ATTACHE_TEST_REDIS_URL.
package redistest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// EnvURL names the environment variable that points tests at an existing Redis.
const EnvURL = "ATTACHE_TEST_REDIS_URL"

// Options configure Start.
type Options struct {
	// AppendOnly turns on the append-only file (fsync always), so data
	// survives Restart. Without it a restart loses everything.
	AppendOnly bool
}

// Server is a Redis for one test.
type Server struct {
	// URL is the redis:// URL to connect to.
	URL string
	// Addr is host:port.
	Addr string

	external bool
	dir      string
	port     int
	opts     Options

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
	out  *bytes.Buffer
}

// Start returns a Redis for t: the external one when ATTACHE_TEST_REDIS_URL
// is set, otherwise a fresh redis-server process stopped by t.Cleanup.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	if u := os.Getenv(EnvURL); u != "" {
		o, err := goredis.ParseURL(u)
		if err != nil {
			t.Fatalf("redistest: %s=%q: %v", EnvURL, u, err)
		}
		return &Server{URL: u, Addr: o.Addr, external: true}
	}
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("redistest: redis-server not found (%v): run `apt-get install redis-server` or set %s to a Redis URL", err, EnvURL)
	}
	s := &Server{dir: t.TempDir(), opts: opts}
	var lastErr error
	for range 3 { // a free port can be taken between probing and binding
		s.port, err = freePort()
		if err != nil {
			t.Fatalf("redistest: find a free port: %v", err)
		}
		if lastErr = s.start(bin); lastErr == nil {
			break
		}
	}
	if lastErr != nil {
		t.Fatalf("redistest: start redis-server: %v", lastErr)
	}
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port))
	s.URL = "redis://" + s.Addr + "/0"
	t.Cleanup(s.stop)
	return s
}

// External reports whether the server came from ATTACHE_TEST_REDIS_URL
// (and so cannot be stopped or restarted).
func (s *Server) External() bool { return s.external }

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *Server) start(bin string) error {
	args := []string{
		"--port", strconv.Itoa(s.port), "--bind", "127.0.0.1", "--dir", s.dir,
		"--save", "", "--daemonize", "no", "--loglevel", "warning",
		"--protected-mode", "yes", "--logfile", "",
	}
	if s.opts.AppendOnly {
		args = append(args, "--appendonly", "yes", "--appendfsync", "always")
	} else {
		args = append(args, "--appendonly", "no")
	}
	cmd := exec.Command(bin, args...)
	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	s.mu.Lock()
	s.cmd, s.done, s.out = cmd, done, out
	s.mu.Unlock()
	if err := s.waitReady(done); err != nil {
		_ = cmd.Process.Kill()
		<-done
		return fmt.Errorf("%w; output: %s", err, out.String())
	}
	return nil
}

// waitReady polls PING until the server answers, it exits, or 10 s pass.
func (s *Server) waitReady(done chan struct{}) error {
	c := goredis.NewClient(&goredis.Options{Addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)), MaxRetries: -1,
		DialTimeout: 200 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no PONG within 10s: %w", err)
		}
		select {
		case <-done:
			return fmt.Errorf("redis-server exited")
		case <-tick.C:
		}
	}
}

func (s *Server) stop() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(os.Interrupt) // SIGINT: redis-server shuts down cleanly
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// Stop shuts the server down (clients then get connection errors) until
// Restart. It fails the test on an external server.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	if s.external {
		t.Fatalf("redistest: cannot stop the external Redis at %s", EnvURL)
	}
	s.stop()
}

// Restart stops the server if it runs and starts it again on the same port
// and directory. With Options.AppendOnly the data survives; otherwise the
// new server is empty. It skips the test on an external server.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	if s.external {
		t.Skipf("redistest: this test restarts Redis, which it cannot do with %s set", EnvURL)
	}
	s.stop()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("redistest: %v", err)
	}
	if err := s.start(bin); err != nil {
		t.Fatalf("redistest: restart redis-server: %v", err)
	}
}

// Prefix returns a key prefix unique to this call, ending in ":", and
// deletes its keys at cleanup (which matters on an external server).
func (s *Server) Prefix(t testing.TB) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	p := "attache-test:" + hex.EncodeToString(b[:]) + ":"
	t.Cleanup(func() {
		if !s.external {
			return // the whole server goes away
		}
		c := goredis.NewClient(mustOptions(s.URL))
		defer c.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		iter := c.Scan(ctx, 0, p+"*", 1000).Iterator()
		for iter.Next(ctx) {
			c.Del(ctx, iter.Val())
		}
	})
	return p
}

// Client returns a plain go-redis client on the server, closed at cleanup.
func (s *Server) Client(t testing.TB) *goredis.Client {
	t.Helper()
	c := goredis.NewClient(mustOptions(s.URL))
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func mustOptions(u string) *goredis.Options {
	o, err := goredis.ParseURL(u)
	if err != nil {
		panic(fmt.Sprintf("redistest: bad URL %q: %v", u, err)) // URLs here were parsed before
	}
	return o
}

// Dir is the server's working directory (empty for an external server).
func (s *Server) Dir() string {
	if s.external {
		return ""
	}
	return filepath.Clean(s.dir)
}
