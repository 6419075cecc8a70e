package ops_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/ops"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// sample returns the value of the series name{labels} (counter, gauge, or
// a histogram's sample count), and whether it exists.
func sample(t *testing.T, m *ops.Metrics, name string, labels map[string]string) (float64, bool) {
	t.Helper()
	fams, err := m.Registry().Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
	series:
		for _, s := range f.GetMetric() {
			got := map[string]string{}
			for _, lp := range s.GetLabel() {
				got[lp.GetName()] = lp.GetValue()
			}
			if len(got) != len(labels) {
				continue
			}
			for k, v := range labels {
				if got[k] != v {
					continue series
				}
			}
			return value(s), true
		}
	}
	return 0, false
}

func value(s *dto.Metric) float64 {
	switch {
	case s.Counter != nil:
		return s.Counter.GetValue()
	case s.Gauge != nil:
		return s.Gauge.GetValue()
	case s.Histogram != nil:
		return float64(s.Histogram.GetSampleCount())
	}
	return -1
}

func openBolt(t *testing.T) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestMetricsCountWhatHooksReport(t *testing.T) {
	m := ops.NewMetrics()
	m.Polled("reuters", nil)
	m.Polled("reuters", errors.New("timeout"))
	m.Item("reuters", story.ItemNew)
	m.Item("reuters", story.ItemDuplicate)
	m.Item("reuters", "bogus")
	m.Extracted(3 * time.Millisecond)
	m.StoryChanged(context.Background(), story.Event{Kind: story.Created})
	m.StoryChanged(context.Background(), story.Event{Kind: story.Updated})
	m.StoryChanged(context.Background(), story.Event{Kind: story.Updated})
	m.Cycle(story.Report{}, nil, time.Unix(1700000000, 0))
	m.Cycle(story.Report{}, errors.New("store down"), time.Unix(1700000900, 0))
	m.Cycle(story.Report{Skipped: true}, nil, time.Unix(1700001800, 0))
	m.Interaction(bot.KindCommand, "brief", bot.OutcomeOK, time.Millisecond)
	m.Interaction(bot.KindComponent, "story:dates", bot.OutcomeError, time.Millisecond)
	m.Interaction(bot.KindCommand, "", bot.OutcomeNoRoute, time.Millisecond)
	m.FirstResponse(discord.FirstResponse{Kind: bot.KindCommand, Latency: 200 * time.Millisecond})
	m.FirstResponse(discord.FirstResponse{Kind: bot.KindCommand, Deferred: true, Latency: 1500 * time.Millisecond})
	m.FirstResponse(discord.FirstResponse{Kind: bot.KindAutocomplete, Err: errors.New("gone"), Latency: time.Second})
	m.Delivery(delivery.KindEdition, delivery.OutcomeSent)
	m.Delivery(delivery.KindAlert, delivery.OutcomeRetry)
	m.Delivery(delivery.KindAlert, delivery.OutcomeRateLimited)
	m.Delivery("weird-kind", "weird-outcome")
	m.RateLimited("Global")
	m.RateLimited("")
	m.LeaseChange("digester", ops.LeaseAcquired)
	m.LeaseChange("edition:123456789012345678:2026-03-01", ops.LeaseAcquired)
	m.LeaseChange("Evil Name", ops.LeaseLost)

	tests := []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"attache_source_polls_total", map[string]string{"source": "reuters", "outcome": "ok"}, 1},
		{"attache_source_polls_total", map[string]string{"source": "reuters", "outcome": "failed"}, 1},
		{"attache_articles_fetched_total", map[string]string{"source": "reuters", "outcome": "new"}, 1},
		{"attache_articles_fetched_total", map[string]string{"source": "reuters", "outcome": "duplicate"}, 1},
		{"attache_articles_fetched_total", map[string]string{"source": "reuters", "outcome": "other"}, 1},
		{"attache_extraction_seconds", nil, 1},
		{"attache_stories_total", map[string]string{"change": "created"}, 1},
		{"attache_stories_total", map[string]string{"change": "updated"}, 2},
		{"attache_digest_cycles_total", map[string]string{"outcome": "ok"}, 1},
		{"attache_digest_cycles_total", map[string]string{"outcome": "failed"}, 1},
		{"attache_digest_cycles_total", map[string]string{"outcome": "skipped"}, 1},
		{"attache_digest_last_success_timestamp_seconds", nil, 1700001800},
		{"attache_interactions_total", map[string]string{"command": "brief", "kind": "command", "outcome": "ok"}, 1},
		{"attache_interactions_total", map[string]string{"command": "story:dates", "kind": "component", "outcome": "error"}, 1},
		{"attache_interactions_total", map[string]string{"command": "unknown", "kind": "command", "outcome": "no_route"}, 1},
		{"attache_interaction_latency_seconds", map[string]string{"kind": "command", "response": "answer"}, 1},
		{"attache_interaction_latency_seconds", map[string]string{"kind": "command", "response": "deferred"}, 1},
		{"attache_interaction_latency_seconds", map[string]string{"kind": "autocomplete", "response": "failed"}, 1},
		{"attache_deliveries_total", map[string]string{"kind": "edition", "outcome": "sent"}, 1},
		{"attache_deliveries_total", map[string]string{"kind": "alert", "outcome": "retry"}, 1},
		{"attache_deliveries_total", map[string]string{"kind": "other", "outcome": "other"}, 1},
		{"attache_delivery_retries_total", map[string]string{"kind": "alert", "reason": "error"}, 1},
		{"attache_delivery_retries_total", map[string]string{"kind": "alert", "reason": "rate_limited"}, 1},
		{"attache_discord_rate_limited_total", map[string]string{"scope": "global"}, 1},
		{"attache_discord_rate_limited_total", map[string]string{"scope": "unknown"}, 1},
		{"attache_lease_changes_total", map[string]string{"lease": "digester", "change": "acquired"}, 1},
		{"attache_lease_changes_total", map[string]string{"lease": "edition", "change": "acquired"}, 1},
		{"attache_lease_changes_total", map[string]string{"lease": "other", "change": "lost"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name+labelString(tt.labels), func(t *testing.T) {
			got, ok := sample(t, m, tt.name, tt.labels)
			if !ok || got != tt.want {
				t.Errorf("got %v (present %v), want %v", got, ok, tt.want)
			}
		})
	}
}

func labelString(l map[string]string) string {
	var parts []string
	for k, v := range l {
		parts = append(parts, k+"="+v)
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func TestNilMetricsAreNoOps(t *testing.T) {
	var m *ops.Metrics
	m.Polled("s", nil)
	m.Item("s", story.ItemNew)
	m.Extracted(time.Second)
	m.StoryChanged(context.Background(), story.Event{Kind: story.Created})
	m.Cycle(story.Report{}, nil, time.Now())
	m.Interaction(bot.KindCommand, "brief", bot.OutcomeOK, 0)
	m.FirstResponse(discord.FirstResponse{})
	m.Delivery("edition", "sent")
	m.RateLimited("user")
	m.LeaseChange("digester", ops.LeaseAcquired)
	m.WatchQueue(openBolt(t), 0)
	m.WatchAlertIndex(func() int { return 1 })
	if rt := m.DiscordTransport(nil); rt == nil {
		t.Error("DiscordTransport on nil Metrics returned nil")
	}
	h := bot.Response{Content: "x"}
	if got := m.TimeHandler(handlerFunc(func(context.Context, bot.Request) bot.Response { return h })).Handle(context.Background(), bot.Request{}); got.Content != "x" {
		t.Errorf("TimeHandler on nil Metrics answered %+v", got)
	}
}

type handlerFunc func(context.Context, bot.Request) bot.Response

func (f handlerFunc) Handle(ctx context.Context, r bot.Request) bot.Response { return f(ctx, r) }

func TestSourceLabelIsBounded(t *testing.T) {
	m := ops.NewMetrics()
	for i := range 250 {
		m.Polled("src"+strconv.Itoa(i), nil)
	}
	if _, ok := sample(t, m, "attache_source_polls_total", map[string]string{"source": "src199", "outcome": "ok"}); !ok {
		t.Error("the 200th source has no series of its own")
	}
	if _, ok := sample(t, m, "attache_source_polls_total", map[string]string{"source": "src200", "outcome": "ok"}); ok {
		t.Error("the 201st source got its own series")
	}
	if got, _ := sample(t, m, "attache_source_polls_total", map[string]string{"source": "other", "outcome": "ok"}); got != 50 {
		t.Errorf("other = %v, want 50", got)
	}
}

func TestTimeHandlerObservesLatency(t *testing.T) {
	m := ops.NewMetrics()
	h := m.TimeHandler(handlerFunc(func(context.Context, bot.Request) bot.Response { return bot.Response{Content: "hi"} }))
	if got := h.Handle(context.Background(), bot.Request{Kind: bot.KindCommand, Name: "help"}); got.Content != "hi" {
		t.Fatalf("answered %+v", got)
	}
	if n, _ := sample(t, m, "attache_interaction_latency_seconds", map[string]string{"kind": "command", "response": "answer"}); n != 1 {
		t.Errorf("latency observations %v, want 1", n)
	}
}

// failingQueue is a store whose queue statistics cannot be read.
type failingQueue struct{}

func (failingQueue) QueueStats(context.Context) (store.QueueStats, error) {
	return store.QueueStats{}, errors.New("redis: connection refused")
}

func TestScrapeExposesEveryFamily(t *testing.T) {
	st := openBolt(t)
	ctx := context.Background()
	if _, err := st.Enqueue(ctx, store.Job{Key: "edition:1:2026-03-01", Kind: "edition", Payload: []byte("{}")}); err != nil {
		t.Fatal(err)
	}
	m := ops.NewMetrics()
	m.WatchQueue(st, time.Second)
	m.WatchAlertIndex(func() int { return 7 })
	// Every vector family gets one series so that it is exposed.
	m.Polled("s", nil)
	m.Item("s", story.ItemNew)
	m.Extracted(time.Millisecond)
	m.Interaction(bot.KindCommand, "brief", bot.OutcomeOK, 0)
	m.ObserveLatency(bot.KindCommand, ops.ResponseAnswer, time.Millisecond)
	m.Delivery("edition", "retry")
	m.RateLimited("user")
	m.LeaseChange("digester", ops.LeaseAcquired)

	srv := httptest.NewServer(ops.NewMux(m, nil, nil))
	defer srv.Close()
	body := get(t, srv.URL+ops.PathMetrics, http.StatusOK)
	for _, fam := range []string{
		"attache_source_polls_total", "attache_articles_fetched_total", "attache_extraction_seconds_bucket",
		"attache_stories_total", "attache_digest_cycles_total", "attache_digest_last_success_timestamp_seconds",
		"attache_interactions_total", "attache_interaction_latency_seconds_bucket", "attache_deliveries_total",
		"attache_delivery_retries_total", "attache_discord_rate_limited_total", "attache_lease_changes_total",
		"attache_queue_depth 1", "attache_queue_oldest_age_seconds", "attache_queue_in_flight 0",
		"attache_queue_stats_errors_total 0", "attache_alert_index_expressions 7",
		"go_goroutines", "process_start_time_seconds",
	} {
		if !strings.Contains(body, "\n"+fam) {
			t.Errorf("/metrics lacks %q", fam)
		}
	}
	if get(t, srv.URL+ops.PathHealth, http.StatusOK) != "ok\n" {
		t.Error("/healthz body is not ok")
	}
	get(t, srv.URL+ops.PathReady, http.StatusNotFound) // no Ready given
}

func TestQueueStoreFailureDoesNotBreakTheScrape(t *testing.T) {
	m := ops.NewMetrics()
	m.WatchQueue(failingQueue{}, time.Second)
	m.WatchAlertIndex(func() int { return 3 })
	srv := httptest.NewServer(ops.NewMux(m, nil, nil))
	defer srv.Close()
	for i := 1; i <= 2; i++ {
		body := get(t, srv.URL+ops.PathMetrics, http.StatusOK)
		if strings.Contains(body, "\nattache_queue_depth") {
			t.Error("queue depth exposed although the store failed")
		}
		for _, want := range []string{"attache_queue_stats_errors_total " + strconv.Itoa(i), "attache_alert_index_expressions 3", "go_goroutines"} {
			if !strings.Contains(body, "\n"+want) {
				t.Errorf("scrape %d lacks %q", i, want)
			}
		}
	}
}

func TestDiscordTransportCounts429(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/limited":
			w.Header().Set("X-RateLimit-Scope", "shared")
			w.WriteHeader(http.StatusTooManyRequests)
		default:
			w.WriteHeader(http.StatusOK)
		}
	}))
	defer api.Close()
	m := ops.NewMetrics()
	c := &http.Client{Transport: m.DiscordTransport(nil)}
	for _, p := range []string{"/ok", "/limited", "/limited"} {
		resp, err := c.Get(api.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	if got, _ := sample(t, m, "attache_discord_rate_limited_total", map[string]string{"scope": "shared"}); got != 2 {
		t.Errorf("429s counted %v, want 2", got)
	}
}

func get(t *testing.T, url string, wantCode int) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != wantCode {
		t.Errorf("GET %s: %d, want %d", url, resp.StatusCode, wantCode)
	}
	return string(b)
}
