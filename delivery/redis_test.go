package delivery_test

import (
	"testing"
	"time"

	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/store/redis"
	"github.com/attache-bot/attache/store/redistest"
)

func openRedis(t *testing.T, srv *redistest.Server, prefix string) *redis.Store {
	t.Helper()
	st, err := redis.Open(t.Context(), redis.Options{URL: srv.URL, Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// TestRedisRestartLosesNothing: two replicas share one Redis queue; Redis
// restarts (append-only file) in the middle of the run. Every queued
// message is posted exactly once.
func TestRedisRestartLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("restarts redis-server")
	}
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	prefix := srv.Prefix(t)
	st1, st2 := openRedis(t, srv, prefix), openRedis(t, srv, prefix)
	fd := newFakeDiscord()
	fd.fail = func(delivery.Message, int) (error, bool) {
		time.Sleep(3 * time.Millisecond) // Discord's latency
		return nil, false
	}
	cfg := delivery.Config{Sender: fd, Workers: 4, Rate: 2000, Burst: 20, VisibilityTimeout: 2 * time.Second,
		PollInterval: 20 * time.Millisecond, BaseBackoff: 50 * time.Millisecond, MaxBackoff: 500 * time.Millisecond, MaxAttempts: 50}
	cfg.Store = st1
	p1, _ := delivery.New(cfg)
	cfg.Store = st2
	p2, _ := delivery.New(cfg)

	ctx := t.Context()
	const n = 300
	var keys []string
	for i := range n {
		m := msg(i)
		keys = append(keys, m.Key)
		if _, err := p1.Enqueue(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	stop1, stop2 := runPipeline(ctx, p1), runPipeline(ctx, p2)
	defer stop2()
	defer stop1()
	waitFor(t, 20*time.Second, "a third posted", func() bool { return fd.count() >= n/3 })
	mid := fd.count()
	srv.Restart(t)
	waitFor(t, 40*time.Second, "every message recorded", func() bool {
		return ledgerHas(ctx, st1, keys...) == nil
	})
	waitFor(t, 10*time.Second, "queue drained", func() bool {
		qs, err := st1.QueueStats(ctx)
		return err == nil && qs.Depth == 0
	})
	if mid >= n {
		t.Errorf("Redis restarted after all %d were posted; the test proves nothing", n)
	}
	counts := fd.postsByKey()
	for _, k := range keys {
		if counts[k] != 1 {
			t.Errorf("%s posted %d times", k, counts[k])
		}
	}
	s1, s2 := p1.Stats(), p2.Stats()
	t.Logf("posted %d before the restart; replica stats %+v / %+v", mid, s1, s2)
	if s1.Sent == 0 || s2.Sent == 0 {
		t.Errorf("one replica did all the work: %+v / %+v", s1, s2)
	}
	if s1.DeadLettered+s2.DeadLettered != 0 {
		t.Error("messages were given up")
	}
}
