package ops

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/digest/story"
)

// Label values shared by several metrics.
const (
	// ResponseAnswer: the first response to an interaction was the answer.
	ResponseAnswer = "answer"
	// ResponseDeferred: the first response was a deferral (slow handler).
	ResponseDeferred = "deferred"
	// ResponseFailed: the first response could not be delivered.
	ResponseFailed = "failed"
	// other replaces label values outside a bounded set.
	other = "other"
)

// maxSources bounds the distinct source label values; later sources are
// counted under "other".
const maxSources = 200

// Metrics holds Attache's metrics on a private registry. The zero value
// is not usable; create it with NewMetrics. Every method is safe for
// concurrent use and does nothing on a nil *Metrics, so hooks can be wired
// unconditionally.
type Metrics struct {
	reg *prometheus.Registry

	sourcePolls  *prometheus.CounterVec
	articles     *prometheus.CounterVec
	extraction   prometheus.Histogram
	stories      *prometheus.CounterVec
	cycles       *prometheus.CounterVec
	lastCycle    prometheus.Gauge
	interactions *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	deliveries   *prometheus.CounterVec
	retries      *prometheus.CounterVec
	rateLimited  *prometheus.CounterVec
	leases       *prometheus.CounterVec

	mu      sync.Mutex
	sources map[string]bool // source label values in use
}

// NewMetrics returns the metrics registered on a fresh registry together
// with the Go runtime and process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry(), sources: map[string]bool{}}
	m.sourcePolls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_source_polls_total",
		Help: "Fetches of a news source by the digester, by source and outcome (ok, failed).",
	}, []string{"source", "outcome"})
	m.articles = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_articles_fetched_total",
		Help: "Items fetched from a source, by source and outcome (new, duplicate, irrelevant).",
	}, []string{"source", "outcome"})
	m.extraction = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "attache_extraction_seconds",
		Help:    "Time to digest one article into facts.",
		Buckets: []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5},
	})
	m.stories = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_stories_total",
		Help: "Story events, by change (created, updated).",
	}, []string{"change"})
	m.cycles = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_digest_cycles_total",
		Help: "Digester cycles, by outcome (ok, failed, skipped: another replica held the lease).",
	}, []string{"outcome"})
	m.lastCycle = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "attache_digest_last_success_timestamp_seconds",
		Help: "Unix time of the last digester cycle that completed (or was skipped for another replica); 0 before the first.",
	})
	m.interactions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_interactions_total",
		Help: "Interactions handled, by command route, kind (command, autocomplete, component) and outcome (ok, user_error, error, panic, no_route).",
	}, []string{"command", "kind", "outcome"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "attache_interaction_latency_seconds",
		Help:    "Time from an interaction's arrival to its first response (answer, deferred or failed); Discord allows 3 s.",
		Buckets: []float64{0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 5},
	}, []string{"kind", "response"})
	m.deliveries = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_deliveries_total",
		Help: "Delivery attempts of queued messages, by kind (edition, alert) and outcome (sent, duplicate, retry, rate_limited, permanent, dead_letter, unrecorded).",
	}, []string{"kind", "outcome"})
	m.retries = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_delivery_retries_total",
		Help: "Queued messages put back for a later attempt, by kind and reason (error, rate_limited).",
	}, []string{"kind", "reason"})
	m.rateLimited = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_discord_rate_limited_total",
		Help: "HTTP 429 answers from Discord's REST API, by X-RateLimit-Scope (user, global, shared, unknown).",
	}, []string{"scope"})
	m.leases = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "attache_lease_changes_total",
		Help: "Lease changes seen by this process, by lease family (digester, edition) and change (acquired, released, lost, busy).",
	}, []string{"lease", "change"})
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.sourcePolls, m.articles, m.extraction, m.stories, m.cycles, m.lastCycle,
		m.interactions, m.latency, m.deliveries, m.retries, m.rateLimited, m.leases,
	)
	// Series known in advance start at zero, so rates and alerts work
	// before the first event.
	for _, c := range []string{story.Created, story.Updated} {
		m.stories.WithLabelValues(c)
	}
	for _, o := range []string{"ok", "failed", "skipped"} {
		m.cycles.WithLabelValues(o)
	}
	return m
}

// Registry returns the private registry, to register more collectors or
// gather in tests; nil on a nil *Metrics.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// source returns a bounded label value for a source name.
func (m *Metrics) source(name string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sources[name] {
		return name
	}
	if len(m.sources) >= maxSources {
		return other
	}
	m.sources[name] = true
	return name
}

// Polled counts one fetch of a source (story.Observer).
func (m *Metrics) Polled(source string, err error) {
	if m == nil {
		return
	}
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	m.sourcePolls.WithLabelValues(m.source(source), outcome).Inc()
}

// Item counts one fetched item by its fate (story.Observer).
func (m *Metrics) Item(source, outcome string) {
	if m == nil {
		return
	}
	switch outcome {
	case story.ItemNew, story.ItemDuplicate, story.ItemIrrelevant:
	default:
		outcome = other
	}
	m.articles.WithLabelValues(m.source(source), outcome).Inc()
}

// Extracted observes one article's extraction time (story.Observer).
func (m *Metrics) Extracted(took time.Duration) {
	if m == nil {
		return
	}
	m.extraction.Observe(took.Seconds())
}

// ObserveExtraction is Extracted.
func (m *Metrics) ObserveExtraction(took time.Duration) { m.Extracted(took) }

// StoryChanged counts a story event (story.Listener).
func (m *Metrics) StoryChanged(_ context.Context, ev story.Event) {
	if m == nil {
		return
	}
	change := ev.Kind
	if change != story.Created && change != story.Updated {
		change = other
	}
	m.stories.WithLabelValues(change).Inc()
}

// Cycle records the end of a digester cycle at now: rep.Skipped counts as
// "skipped", err as "failed", else "ok". Skipped and ok cycles move the
// last-success time.
func (m *Metrics) Cycle(rep story.Report, err error, now time.Time) {
	if m == nil {
		return
	}
	switch {
	case err != nil:
		m.cycles.WithLabelValues("failed").Inc()
		return
	case rep.Skipped:
		m.cycles.WithLabelValues("skipped").Inc()
	default:
		m.cycles.WithLabelValues("ok").Inc()
	}
	m.lastCycle.Set(float64(now.UnixNano()) / 1e9)
}

// Interaction counts one request handled by the router (a bot.Observer:
// pass m.Interaction to Router.Observe). took is not used: latency is
// measured by the transport, up to the first response.
func (m *Metrics) Interaction(kind bot.Kind, route, outcome string, _ time.Duration) {
	if m == nil {
		return
	}
	if route == "" || len(route) > 64 {
		route = bot.RouteUnknown
	}
	m.interactions.WithLabelValues(route, kind.String(), outcome).Inc()
}

// FirstResponse observes the latency of an interaction's first response
// (discord.Options.OnFirstResponse).
func (m *Metrics) FirstResponse(fr discord.FirstResponse) {
	if m == nil {
		return
	}
	resp := ResponseAnswer
	switch {
	case fr.Err != nil:
		resp = ResponseFailed
	case fr.Deferred:
		resp = ResponseDeferred
	}
	m.ObserveLatency(fr.Kind, resp, fr.Latency)
}

// ObserveLatency observes the time to the first response of an
// interaction of kind; response is ResponseAnswer, ResponseDeferred or
// ResponseFailed.
func (m *Metrics) ObserveLatency(kind bot.Kind, response string, d time.Duration) {
	if m == nil {
		return
	}
	m.latency.WithLabelValues(kind.String(), response).Observe(d.Seconds())
}

// Handler answers requests the way the bot does (bot.Bot, a console).
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Response
}

type timedHandler struct {
	h Handler
	m *Metrics
}

func (t timedHandler) Handle(ctx context.Context, req bot.Request) bot.Response {
	start := time.Now()
	resp := t.h.Handle(ctx, req)
	t.m.ObserveLatency(req.Kind, ResponseAnswer, time.Since(start))
	return resp
}

// TimeHandler wraps h, observing each request's handling time as the
// latency of its first response: for transports that answer only when the
// handler returns (the console). On a nil *Metrics it returns h.
func (m *Metrics) TimeHandler(h Handler) Handler {
	if m == nil {
		return h
	}
	return timedHandler{h, m}
}

// Delivery counts what became of one queued message
// (delivery.Config.OnOutcome); retries and 429s also count in
// attache_delivery_retries_total.
func (m *Metrics) Delivery(kind, outcome string) {
	if m == nil {
		return
	}
	switch kind {
	case "edition", "alert":
	default:
		kind = other
	}
	switch outcome {
	case "retry":
		m.retries.WithLabelValues(kind, "error").Inc()
	case "rate_limited":
		m.retries.WithLabelValues(kind, "rate_limited").Inc()
	case "sent", "duplicate", "permanent", "dead_letter", "unrecorded":
	default:
		outcome = other
	}
	m.deliveries.WithLabelValues(kind, outcome).Inc()
}

// RateLimited counts one 429 from Discord; scope is the X-RateLimit-Scope
// header ("user", "global", "shared"; anything else counts as "unknown").
func (m *Metrics) RateLimited(scope string) {
	if m == nil {
		return
	}
	switch scope = strings.ToLower(scope); scope {
	case "user", "global", "shared":
	default:
		scope = "unknown"
	}
	m.rateLimited.WithLabelValues(scope).Inc()
}

// LeaseChange counts a change of a lease held by this process. lease is
// the lease name; only its family (the part before the first ':', e.g.
// "edition" of "edition:<channel>:<date>") becomes the label.
func (m *Metrics) LeaseChange(lease, change string) {
	if m == nil {
		return
	}
	m.leases.WithLabelValues(leaseFamily(lease), change).Inc()
}

func leaseFamily(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[:i]
	}
	if name == "" || len(name) > 32 {
		return other
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && r != '_' && r != '-' {
			return other
		}
	}
	return name
}

// DiscordTransport wraps base (nil: a clone of http.DefaultTransport
// keeping 64 idle connections per host) so that every HTTP 429 answer
// counts in attache_discord_rate_limited_total. Use it as the transport of
// the Discord REST client (discord.Options.HTTPClient).
func (m *Metrics) DiscordTransport(base http.RoundTripper) http.RoundTripper {
	if base == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 64
		base = t
	}
	if m == nil {
		return base
	}
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		resp, err := base.RoundTrip(r)
		if err == nil && resp.StatusCode == http.StatusTooManyRequests {
			m.RateLimited(resp.Header.Get("X-RateLimit-Scope"))
		}
		return resp, err
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
