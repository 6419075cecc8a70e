package ops

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"
)

// DefaultCheckTimeout bounds one readiness check.
const DefaultCheckTimeout = 2 * time.Second

// Check is one readiness check: nil when ready, else why not.
type Check func(ctx context.Context) error

// CheckResult is the outcome of one check in a readiness report.
type CheckResult struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

// Report is a readiness report, the body of /readyz.
type Report struct {
	// Status is "ok" when every check passed, else "fail".
	Status string                 `json:"status"`
	Checks map[string]CheckResult `json:"checks"`
}

// OK reports whether every check passed.
func (r Report) OK() bool { return r.Status == "ok" }

type namedCheck struct {
	name string
	c    Check
}

// Ready runs named readiness checks. Add every check before serving; Check
// and ServeHTTP are safe for concurrent use.
type Ready struct {
	timeout time.Duration
	checks  []namedCheck
}

// NewReady returns a Ready whose checks each run under timeout (<= 0:
// DefaultCheckTimeout).
func NewReady(timeout time.Duration) *Ready {
	if timeout <= 0 {
		timeout = DefaultCheckTimeout
	}
	return &Ready{timeout: timeout}
}

// Add adds a check under name (replacing one of the same name).
func (r *Ready) Add(name string, c Check) {
	for i := range r.checks {
		if r.checks[i].name == name {
			r.checks[i].c = c
			return
		}
	}
	r.checks = append(r.checks, namedCheck{name, c})
	sort.Slice(r.checks, func(i, j int) bool { return r.checks[i].name < r.checks[j].name })
}

// Check runs every check concurrently, each under the timeout, and
// reports. A check that does not return in time fails with the timeout.
func (r *Ready) Check(ctx context.Context) Report {
	rep := Report{Status: "ok", Checks: make(map[string]CheckResult, len(r.checks))}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, nc := range r.checks {
		wg.Go(func() {
			err := r.run(ctx, nc.c)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				rep.Status = "fail"
				rep.Checks[nc.name] = CheckResult{Error: err.Error()}
				return
			}
			rep.Checks[nc.name] = CheckResult{OK: true}
		})
	}
	wg.Wait()
	return rep
}

// run runs c under the timeout; a check that ignores its context is
// abandoned (its goroutine finishes on its own).
func (r *Ready) run(ctx context.Context, c Check) error {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- fmt.Errorf("ops: check panicked: %v", p)
			}
		}()
		done <- c(ctx)
	}()
	select {
	case err := <-done:
		if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return fmt.Errorf("ops: no answer within %v: %w", r.timeout, err)
		}
		return err
	case <-ctx.Done():
		return fmt.Errorf("ops: no answer within %v: %w", r.timeout, ctx.Err())
	}
}

// ServeHTTP answers /readyz: 200 with the report when every check passed,
// else 503.
func (r *Ready) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	rep := r.Check(req.Context())
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if !rep.OK() {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(rep)
}

// Pinger checks that a backend answers (store.Store).
type Pinger interface {
	Ping(ctx context.Context) error
}

// StoreCheck checks that the store answers a ping.
func StoreCheck(p Pinger) Check {
	return func(ctx context.Context) error {
		if err := p.Ping(ctx); err != nil {
			return fmt.Errorf("ops: store ping: %w", err)
		}
		return nil
	}
}

// ConnectedCheck checks that connected() holds (the Discord gateway is
// up: discord.Gateway.Connected).
func ConnectedCheck(connected func() bool) Check {
	return func(context.Context) error {
		if !connected() {
			return errors.New("ops: Discord gateway not connected")
		}
		return nil
	}
}

// ConsoleCheck always passes: the bot runs in console mode, with no
// Discord connection to wait for.
func ConsoleCheck() Check { return func(context.Context) error { return nil } }

// Heartbeat tracks the last success of a periodic job (the digester
// cycle) for a readiness check. It is safe for concurrent use.
type Heartbeat struct {
	maxAge time.Duration
	now    func() time.Time

	mu    sync.Mutex
	since time.Time // start, until the first beat
	last  time.Time
}

// NewHeartbeat returns a Heartbeat whose check fails when the last success
// (or the start, before the first) is older than maxAge; maxAge <= 0 turns
// the check off. now is the clock (nil: time.Now).
func NewHeartbeat(maxAge time.Duration, now func() time.Time) *Heartbeat {
	if now == nil {
		now = time.Now
	}
	return &Heartbeat{maxAge: maxAge, now: now, since: now()}
}

// Beat records a success at the current time.
func (h *Heartbeat) Beat() {
	t := h.now()
	h.mu.Lock()
	h.last = t
	h.mu.Unlock()
}

// Last returns the time of the last success; zero before the first.
func (h *Heartbeat) Last() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.last
}

// Check fails when the last success is older than the maximum age.
func (h *Heartbeat) Check(context.Context) error {
	if h.maxAge <= 0 {
		return nil
	}
	h.mu.Lock()
	last, since := h.last, h.since
	h.mu.Unlock()
	now := h.now()
	if last.IsZero() {
		if age := now.Sub(since); age > h.maxAge {
			return fmt.Errorf("ops: no successful cycle since the start %v ago (max %v)", age.Round(time.Second), h.maxAge)
		}
		return nil
	}
	if age := now.Sub(last); age > h.maxAge {
		return fmt.Errorf("ops: last successful cycle %v ago (max %v)", age.Round(time.Second), h.maxAge)
	}
	return nil
}
