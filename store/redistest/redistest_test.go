package redistest

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func TestStartRestart(t *testing.T) {
	t.Setenv(EnvURL, "")
	ctx := context.Background()
	for _, aof := range []bool{true, false} {
		t.Run(fmt.Sprint("appendonly=", aof), func(t *testing.T) {
			srv := Start(t, Options{AppendOnly: aof})
			p1, p2 := srv.Prefix(t), srv.Prefix(t)
			if p1 == p2 || !strings.HasSuffix(p1, ":") {
				t.Errorf("prefixes %q and %q", p1, p2)
			}
			c := srv.Client(t)
			if err := c.Set(ctx, p1+"k", "v", 0).Err(); err != nil {
				t.Fatal(err)
			}
			srv.Stop(t)
			if err := c.Ping(ctx).Err(); err == nil {
				t.Error("ping of a stopped server succeeded")
			}
			srv.Restart(t)
			got, err := c.Get(ctx, p1+"k").Result()
			if aof && (err != nil || got != "v") {
				t.Errorf("with appendonly the key is %q, %v after restart", got, err)
			}
			if !aof && err == nil {
				t.Errorf("without persistence the key survived the restart")
			}
		})
	}
}

func TestExternal(t *testing.T) {
	t.Setenv(EnvURL, "")
	srv := Start(t, Options{})
	t.Setenv(EnvURL, srv.URL)
	ext := Start(t, Options{})
	if !ext.External() || ext.Addr != srv.Addr {
		t.Errorf("with %s set Start gave %+v, want the external server", EnvURL, ext)
	}
	if err := ext.Client(t).Ping(context.Background()).Err(); err != nil {
		t.Error(err)
	}
}

// recorder is a testing.TB whose Fatal stops only its goroutine.
type recorder struct {
	testing.TB
	mu  sync.Mutex
	msg string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.mu.Lock()
	r.msg = fmt.Sprintf(format, args...)
	r.mu.Unlock()
	runtime.Goexit()
}
func (r *recorder) Skipf(format string, args ...any) {
	r.Fatalf("SKIPPED: "+format, args...)
}

func TestMissingBinaryFails(t *testing.T) {
	t.Setenv(EnvURL, "")
	t.Setenv("PATH", t.TempDir())
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() { defer close(done); Start(r, Options{}) }()
	<-done
	if !strings.Contains(r.msg, "apt-get install redis-server") || strings.HasPrefix(r.msg, "SKIPPED") {
		t.Errorf("missing redis-server gave %q, want a failure naming apt-get install redis-server", r.msg)
	}
}
