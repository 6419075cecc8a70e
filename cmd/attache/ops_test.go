package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/store/redistest"
)

// opsBot is `attache run` started in the background by startOpsBot.
type opsBot struct {
	base  string // http://host:port of the operator listener
	stdin *os.File
	out   *syncBuffer
	errb  *syncBuffer
	stop  func() int
}

// opsFreeAddr returns a loopback address with a port that was free a moment ago.
func opsFreeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// startOpsBot runs the bot with the operator listener on a free port until the
// test ends, and waits until it is ready (console running or connected).
func startOpsBot(t *testing.T, env map[string]string, args ...string) *opsBot {
	t.Helper()
	addr := opsFreeAddr(t)
	env["ATTACHE_HTTP_LISTEN"] = addr
	pr, pw, err := os.Pipe() // stdin that stays open until stop
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	rb := &opsBot{base: "http://" + addr, stdin: pw, out: &syncBuffer{}, errb: &syncBuffer{}}
	ready := make(chan struct{})
	m := &Main{Stdin: pr, Stdout: rb.out, Stderr: rb.errb, Getenv: func(k string) string { return env[k] },
		Ready: func() { close(ready) }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, append([]string{"run"}, args...)) }()
	stopped := false
	code := 0
	rb.stop = func() int {
		if stopped {
			return code
		}
		stopped = true
		cancel()
		defer pr.Close()
		defer pw.Close()
		select {
		case code = <-done:
		case <-time.After(30 * time.Second):
			t.Fatal("the bot did not stop")
		}
		return code
	}
	t.Cleanup(func() { rb.stop() })
	select {
	case <-ready:
	case code := <-done:
		t.Fatalf("the bot exited %d before it was ready: %s", code, rb.errb.String())
	case <-time.After(60 * time.Second):
		t.Fatal("the bot did not become ready")
	}
	return rb
}

// get fetches path from the operator listener.
func (rb *opsBot) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(rb.base + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// opsReadyz is the decoded /readyz answer.
type opsReadyz struct {
	code   int
	Status string `json:"status"`
	Checks map[string]struct {
		OK    bool   `json:"ok"`
		Error string `json:"error"`
	} `json:"checks"`
}

func (rb *opsBot) readyz(t *testing.T) opsReadyz {
	t.Helper()
	code, body := rb.get(t, "/readyz")
	var r opsReadyz
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("/readyz answered %d with undecodable %q", code, body)
	}
	r.code = code
	return r
}

// waitReadyz polls /readyz until cond holds (or fails after limit).
func (rb *opsBot) waitReadyz(t *testing.T, limit time.Duration, what string, cond func(opsReadyz) bool) opsReadyz {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		r := rb.readyz(t)
		if cond(r) {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: /readyz still %d %+v after %v", what, r.code, r, limit)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// metric returns the value of one series in a Prometheus text exposition
// (series is the name with its labels in exposition order), or -1.
func opsMetric(body, series string) float64 {
	for _, line := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err == nil {
				return f
			}
		}
	}
	return -1
}

// waitMetric scrapes /metrics until series reaches at least min.
func (rb *opsBot) waitMetric(t *testing.T, series string, min float64) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := rb.get(t, "/metrics")
		if code != http.StatusOK {
			t.Fatalf("/metrics answered %d", code)
		}
		if opsMetric(body, series) >= min {
			return body
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never reached %v; got %v", series, min, opsMetric(body, series))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestOpsListenerInConsoleMode: offline, the listener serves /healthz,
// /readyz (console mode counts as connected) and /metrics, and an
// interaction moves the interaction counter and latency histogram.
func TestOpsListenerInConsoleMode(t *testing.T) {
	rb := startOpsBot(t, offlineEnv(t))
	if code, body := rb.get(t, "/healthz"); code != http.StatusOK || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	r := rb.waitReadyz(t, 10*time.Second, "ready", func(r opsReadyz) bool { return r.code == http.StatusOK })
	for _, c := range []string{"store", "discord", "digester"} {
		if !r.Checks[c].OK {
			t.Errorf("check %s: %+v", c, r.Checks[c])
		}
	}
	const brief = `attache_interactions_total{command="brief",kind="command",outcome="ok"}`
	const latency = `attache_interaction_latency_seconds_count{kind="command",response="answer"}`
	_, before := rb.get(t, "/metrics")
	if v := opsMetric(before, brief); v > 0 {
		t.Fatalf("%s = %v before any interaction", brief, v)
	}
	if _, err := fmt.Fprintln(rb.stdin, "/brief"); err != nil {
		t.Fatal(err)
	}
	// The router counts the interaction before the console's timing
	// observes its latency: once the latter moved, both must have. One
	// scrape is no snapshot (the registry collects its metrics
	// concurrently, so a scrape taken during the request may read the
	// counter before the increment and the histogram after its
	// observation): the counter is read from the next scrape.
	rb.waitMetric(t, latency, 1)
	_, body := rb.get(t, "/metrics")
	if v := opsMetric(body, brief); v != 1 {
		// name every interaction series, so a flake says which outcome it got
		var seen []string
		for _, l := range strings.Split(body, "\n") {
			if strings.HasPrefix(l, "attache_interactions_total{") {
				seen = append(seen, l)
			}
		}
		t.Errorf("%s = %v after one /brief; interaction series: %q\nconsole: %s", brief, v, seen, rb.out.String())
	}
	tests := []struct {
		series string
		min    float64
	}{
		{`attache_source_polls_total{outcome="ok",source="sample"}`, 1},
		{`attache_articles_fetched_total{outcome="new",source="sample"}`, 1},
		{`attache_extraction_seconds_count`, 1},
		{`attache_stories_total{change="created"}`, 1},
		{`attache_digest_cycles_total{outcome="ok"}`, 1},
		{`attache_lease_changes_total{change="acquired",lease="digester"}`, 1},
		{`attache_lease_changes_total{change="released",lease="digester"}`, 1},
		{`attache_queue_depth`, 0},
		{`attache_queue_oldest_age_seconds`, 0},
		{`attache_alert_index_expressions`, 0},
		{`go_goroutines`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.series, func(t *testing.T) {
			if v := opsMetric(body, tt.series); v < tt.min {
				t.Errorf("%s = %v, want >= %v", tt.series, v, tt.min)
			}
		})
	}
	if strings.Contains(body, "user_id") || strings.Contains(body, "channel_id") || strings.Contains(body, "guild_id") {
		t.Error("a metric is labelled with a Discord ID")
	}
	if code := rb.stop(); code != exitOK {
		t.Errorf("exit %d: %s", code, rb.errb.String())
	}
	if _, err := http.Get(rb.base + "/healthz"); err == nil {
		t.Error("the listener still answers after shutdown")
	}
}

// TestOpsListenerOnline: with a token against the fake Discord, /readyz
// reports the gateway connected and /brief moves the metrics.
func TestOpsListenerOnline(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	env := offlineEnv(t)
	env["DISCORD_TOKEN"] = f.Token()
	env["ATTACHE_DISCORD_API_BASE"] = f.APIBase()
	rb := startOpsBot(t, env)
	r := rb.waitReadyz(t, 10*time.Second, "ready", func(r opsReadyz) bool { return r.code == http.StatusOK })
	if !r.Checks["discord"].OK {
		t.Errorf("discord check %+v", r.Checks["discord"])
	}
	id := f.SlashCommand(t, f.AsAdmin(), "brief", fakediscord.StrOpt("topic", "geneva"))
	f.WaitCallback(t, id, 10*time.Second)
	rb.waitMetric(t, `attache_interactions_total{command="brief",kind="command",outcome="ok"}`, 1)
	// The latency is observed once the callback request returned, a moment
	// after the fake recorded it: wait for it too. The answer is inline, or
	// deferred on a slow machine.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, body := rb.get(t, "/metrics")
		answered := max(opsMetric(body, `attache_interaction_latency_seconds_count{kind="command",response="answer"}`), 0) +
			max(opsMetric(body, `attache_interaction_latency_seconds_count{kind="command",response="deferred"}`), 0)
		if answered == 1 {
			break
		}
		if answered > 1 || time.Now().After(deadline) {
			t.Fatalf("first-response latency observations for one /brief:\n%s", opsGrepLines(body, "attache_interaction_latency_seconds_count"))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code := rb.stop(); code != exitOK {
		t.Errorf("exit %d: %s", code, rb.errb.String())
	}
}

// TestReadyzUnderStoreFailure stops the bot's Redis: /readyz answers 503
// with the store check failing, and 200 again once Redis is back.
func TestReadyzUnderStoreFailure(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	if srv.External() {
		t.Skip("this test stops Redis, which it cannot do with an external server")
	}
	env := offlineEnv(t)
	env["ATTACHE_REDIS_URL"] = srv.URL
	cfgPath := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(cfgPath, []byte("store:\n  key_prefix: \""+srv.Prefix(t)+"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rb := startOpsBot(t, env, "-config", cfgPath)
	rb.waitReadyz(t, 10*time.Second, "ready on Redis", func(r opsReadyz) bool { return r.code == http.StatusOK })

	srv.Stop(t)
	r := rb.waitReadyz(t, 10*time.Second, "store failing", func(r opsReadyz) bool { return r.code == http.StatusServiceUnavailable })
	if r.Status != "fail" || r.Checks["store"].OK || r.Checks["store"].Error == "" {
		t.Errorf("with Redis down: %+v", r)
	}
	if !r.Checks["discord"].OK || !r.Checks["digester"].OK {
		t.Errorf("only the store should fail: %+v", r)
	}
	if code, _ := rb.get(t, "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz %d while Redis is down: the process is still up", code)
	}
	if code, body := rb.get(t, "/metrics"); code != http.StatusOK || opsMetric(body, "attache_queue_stats_errors_total") < 1 {
		t.Errorf("/metrics with Redis down: %d, queue stats errors %v", code, opsMetric(body, "attache_queue_stats_errors_total"))
	}

	srv.Restart(t)
	rb.waitReadyz(t, 20*time.Second, "ready again", func(r opsReadyz) bool { return r.code == http.StatusOK })
}

// TestReadyzDigesterStuck: with no successful cycle within ready_max_age,
// /readyz answers 503 naming the digester.
func TestReadyzDigesterStuck(t *testing.T) {
	cfgPath := filepath.Join(t.TempDir(), "c.yaml")
	// The schedule (once a year) keeps the digester from running again.
	if err := os.WriteFile(cfgPath, []byte("http:\n  ready_max_age: 300ms\ndigest:\n  schedule: \"0 0 1 1 *\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rb := startOpsBot(t, offlineEnv(t), "-config", cfgPath)
	r := rb.waitReadyz(t, 10*time.Second, "digester stuck", func(r opsReadyz) bool { return r.code == http.StatusServiceUnavailable })
	if r.Checks["digester"].OK || !strings.Contains(r.Checks["digester"].Error, "last successful cycle") {
		t.Errorf("digester check %+v", r.Checks["digester"])
	}
	if !r.Checks["store"].OK || !r.Checks["discord"].OK {
		t.Errorf("only the digester should fail: %+v", r)
	}
}

func opsGrepLines(body, sub string) string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestInteractionsEndpointSharesTheListener: online with a public key, the
// listener also serves Discord's HTTP interactions endpoint on its path,
// and interactions answered there count like gateway ones.
func TestInteractionsEndpointSharesTheListener(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	signer, err := fakediscord.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	env := offlineEnv(t)
	env["DISCORD_TOKEN"] = f.Token()
	env["ATTACHE_DISCORD_API_BASE"] = f.APIBase()
	env["ATTACHE_DISCORD_PUBLIC_KEY"] = signer.PublicKeyHex
	rb := startOpsBot(t, env)
	p := f.NewSlashCommand(f.AsMember(), "help")
	status, body, err := f.PostInteraction(context.Background(), signer, rb.base+"/interactions", p)
	if err != nil || status != http.StatusOK || !strings.Contains(string(body), `"type":`) {
		t.Fatalf("POST /interactions: %d %v %s", status, err, body)
	}
	// The endpoint observes the latency right after writing the answer.
	rb.waitMetric(t, `attache_interactions_total{command="help",kind="command",outcome="ok"}`, 1)
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, m := rb.get(t, "/metrics")
		n := max(opsMetric(m, `attache_interaction_latency_seconds_count{kind="command",response="answer"}`), 0) +
			max(opsMetric(m, `attache_interaction_latency_seconds_count{kind="command",response="deferred"}`), 0)
		if n >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no latency observed for the endpoint's answer:\n%s", opsGrepLines(m, "attache_interaction_latency"))
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Unsigned requests are refused.
	resp, err := http.Post(rb.base+"/interactions", "application/json", strings.NewReader(`{"type":1}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("unsigned POST: %d, want 401", resp.StatusCode)
	}
}
