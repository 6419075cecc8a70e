package ops_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/ops"
	"github.com/attache-bot/attache/store/bolt"
	redisstore "github.com/attache-bot/attache/store/redis"
	"github.com/attache-bot/attache/store/redistest"
)

// readyz serves r once and decodes the answer.
func readyz(t *testing.T, r *ops.Ready) (int, ops.Report) {
	t.Helper()
	srv := httptest.NewServer(ops.NewMux(nil, r, nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + ops.PathReady)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	var rep ops.Report
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		t.Fatalf("undecodable /readyz body: %v", err)
	}
	return resp.StatusCode, rep
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestReadyzReportsEachFailingCheck(t *testing.T) {
	ctx := context.Background()
	open, err := bolt.Open(filepath.Join(t.TempDir(), "ok.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer open.Close()
	closed, err := bolt.Open(filepath.Join(t.TempDir(), "closed.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()
	if closed.Ping(ctx) == nil {
		t.Fatal("a closed bolt store answers Ping; the test needs a failing store")
	}

	c := &clock{t: time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)}
	fresh := ops.NewHeartbeat(time.Hour, c.now)
	fresh.Beat()
	stale := ops.NewHeartbeat(time.Hour, c.now)
	stale.Beat()
	neverBeat := ops.NewHeartbeat(time.Hour, c.now)
	c.advance(2 * time.Hour)
	fresh.Beat()

	tests := []struct {
		name      string
		store     ops.Pinger
		connected bool
		console   bool
		digester  *ops.Heartbeat
		failing   []string // checks that must fail; the rest must pass
		errSub    string
	}{
		{"all ok online", open, true, false, fresh, nil, ""},
		{"all ok in console mode", open, false, true, fresh, nil, ""},
		{"store down", closed, true, false, fresh, []string{"store"}, "store ping"},
		{"discord disconnected", open, false, false, fresh, []string{"discord"}, "not connected"},
		{"digester stuck", open, true, false, stale, []string{"digester"}, "last successful cycle 2h0m0s ago"},
		{"digester never succeeded", open, true, false, neverBeat, []string{"digester"}, "no successful cycle"},
		{"everything down", closed, false, false, stale, []string{"digester", "discord", "store"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ops.NewReady(time.Second)
			r.Add("store", ops.StoreCheck(tt.store))
			if tt.console {
				r.Add("discord", ops.ConsoleCheck())
			} else {
				r.Add("discord", ops.ConnectedCheck(func() bool { return tt.connected }))
			}
			r.Add("digester", tt.digester.Check)
			code, rep := readyz(t, r)
			wantCode, wantStatus := http.StatusOK, "ok"
			if len(tt.failing) > 0 {
				wantCode, wantStatus = http.StatusServiceUnavailable, "fail"
			}
			if code != wantCode || rep.Status != wantStatus {
				t.Errorf("HTTP %d status %q, want %d %q (%+v)", code, rep.Status, wantCode, wantStatus, rep)
			}
			if len(rep.Checks) != 3 {
				t.Errorf("checks %v, want store, discord and digester", rep.Checks)
			}
			for name, res := range rep.Checks {
				fail := slices.Contains(tt.failing, name)
				if res.OK == fail || (fail && res.Error == "") || (!fail && res.Error != "") {
					t.Errorf("check %s = %+v, want failing=%v", name, res, fail)
				}
				if fail && tt.errSub != "" && !strings.Contains(res.Error, tt.errSub) {
					t.Errorf("check %s error %q lacks %q", name, res.Error, tt.errSub)
				}
			}
		})
	}
}

// hangingPinger never answers until its context ends.
type hangingPinger struct{}

func (hangingPinger) Ping(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

func TestReadyCheckTimeout(t *testing.T) {
	r := ops.NewReady(50 * time.Millisecond)
	r.Add("store", ops.StoreCheck(hangingPinger{}))
	release := make(chan struct{})
	defer close(release)
	r.Add("stuck", func(context.Context) error { <-release; return nil }) // ignores its context
	start := time.Now()
	rep := r.Check(context.Background())
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("Check took %v despite a 50ms timeout", took)
	}
	for _, name := range []string{"store", "stuck"} {
		if res := rep.Checks[name]; res.OK || !strings.Contains(res.Error, "no answer within 50ms") {
			t.Errorf("%s: %+v, want a timeout", name, res)
		}
	}
}

func TestHeartbeatOff(t *testing.T) {
	c := &clock{t: time.Unix(0, 0)}
	h := ops.NewHeartbeat(0, c.now)
	c.advance(1000 * time.Hour)
	if err := h.Check(context.Background()); err != nil {
		t.Errorf("max age 0 should turn the check off: %v", err)
	}
	if !h.Last().IsZero() {
		t.Errorf("Last before any beat: %v", h.Last())
	}
}

// TestReadyzFollowsRedis stops and restarts a real redis-server under a
// Redis store: /readyz fails on "store" while it is down and recovers.
func TestReadyzFollowsRedis(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	if srv.External() {
		t.Skip("this test stops Redis, which it cannot do with an external server")
	}
	ctx := context.Background()
	st, err := redisstore.Open(ctx, redisstore.Options{URL: srv.URL, Prefix: srv.Prefix(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := ops.NewReady(500 * time.Millisecond)
	r.Add("store", ops.StoreCheck(st))
	if code, rep := readyz(t, r); code != http.StatusOK || !rep.Checks["store"].OK {
		t.Fatalf("with Redis up: %d %+v", code, rep)
	}
	srv.Stop(t)
	code, rep := readyz(t, r)
	if code != http.StatusServiceUnavailable || rep.Checks["store"].OK || rep.Checks["store"].Error == "" {
		t.Errorf("with Redis down: %d %+v", code, rep)
	}
	srv.Restart(t)
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, rep = readyz(t, r)
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready again after Redis restarted: %d %+v", code, rep)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
