package ops

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/attache-bot/attache/store"
)

// DefaultScrapeTimeout bounds a store read made during a scrape.
const DefaultScrapeTimeout = 2 * time.Second

// QueueStatser reads the delivery queue's statistics (store.Store).
type QueueStatser interface {
	QueueStats(ctx context.Context) (store.QueueStats, error)
}

// queueCollector reads the queue statistics at each scrape.
type queueCollector struct {
	st      QueueStatser
	timeout time.Duration
	now     func() time.Time
	errors  atomic.Int64

	depth, delayed, inFlight, oldest, errs *prometheus.Desc
}

func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.depth
	ch <- c.delayed
	ch <- c.inFlight
	ch <- c.oldest
	ch <- c.errs
}

// Collect reads the statistics under the timeout. A store failure leaves
// the queue gauges out of this scrape (the rest of the scrape is served)
// and counts in attache_queue_stats_errors_total.
func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	qs, err := c.st.QueueStats(ctx)
	if err != nil {
		c.errors.Add(1)
	} else {
		age := 0.0
		if qs.Depth > 0 && !qs.Oldest.IsZero() {
			age = max(c.now().Sub(qs.Oldest).Seconds(), 0)
		}
		ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(qs.Depth))
		ch <- prometheus.MustNewConstMetric(c.delayed, prometheus.GaugeValue, float64(qs.Delayed))
		ch <- prometheus.MustNewConstMetric(c.inFlight, prometheus.GaugeValue, float64(qs.InFlight))
		ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, age)
	}
	ch <- prometheus.MustNewConstMetric(c.errs, prometheus.CounterValue, float64(c.errors.Load()))
}

// WatchQueue exports the delivery queue's depth, delayed and in-flight
// jobs and the age of its oldest job, read from st at each scrape within
// timeout (<= 0: DefaultScrapeTimeout). Call it once.
func (m *Metrics) WatchQueue(st QueueStatser, timeout time.Duration) {
	if m == nil || st == nil {
		return
	}
	if timeout <= 0 {
		timeout = DefaultScrapeTimeout
	}
	m.reg.MustRegister(&queueCollector{
		st: st, timeout: timeout, now: time.Now,
		depth:    prometheus.NewDesc("attache_queue_depth", "Jobs in the delivery queue not yet acked (ready, delayed and claimed).", nil, nil),
		delayed:  prometheus.NewDesc("attache_queue_delayed", "Jobs in the delivery queue waiting for a retry time.", nil, nil),
		inFlight: prometheus.NewDesc("attache_queue_in_flight", "Jobs claimed by a worker and not yet acked or retried.", nil, nil),
		oldest:   prometheus.NewDesc("attache_queue_oldest_age_seconds", "Age of the oldest job in the delivery queue; 0 when empty.", nil, nil),
		errs:     prometheus.NewDesc("attache_queue_stats_errors_total", "Scrapes that could not read the queue statistics from the store.", nil, nil),
	})
}

// WatchAlertIndex exports size() (the number of alert expressions in the
// matching index, dispatch.Dispatcher.Len) at each scrape. Call it once.
func (m *Metrics) WatchAlertIndex(size func() int) {
	if m == nil || size == nil {
		return
	}
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "attache_alert_index_expressions",
		Help: "Alert expressions in the in-memory matching index (active, parsable alerts).",
	}, func() float64 { return float64(size()) }))
}
