package redis

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/redistest"
	"github.com/attache-bot/attache/store/storetest"
	goredis "github.com/redis/go-redis/v9"
)

func open(t testing.TB, url, prefix string) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := Open(ctx, Options{URL: url, Prefix: prefix})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return s
}

func backend(srv *redistest.Server) storetest.Backend {
	return storetest.Backend{
		Concurrent: true,
		Fresh: func(t testing.TB) storetest.Opener {
			prefix := srv.Prefix(t)
			return func(t testing.TB) store.Store { return open(t, srv.URL, prefix) }
		},
	}
}

// TestMain silences go-redis's own logger, which prints every failed dial
// of the tests that stop Redis on purpose.
func TestMain(m *testing.M) {
	goredis.SetLogger(quiet{})
	os.Exit(m.Run())
}

type quiet struct{}

func (quiet) Printf(context.Context, string, ...any) {}

func TestConformance(t *testing.T) {
	storetest.Run(t, backend(redistest.Start(t, redistest.Options{})))
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, backend(redistest.Start(b, redistest.Options{})))
}

// TestRestartDurable: with the append-only file, everything written before
// a Redis restart is there after it, and the old client reconnects.
func TestRestartDurable(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{AppendOnly: true})
	s := open(t, srv.URL, srv.Prefix(t))
	defer s.Close()
	ctx := context.Background()
	if err := s.PutSubscription(ctx, store.Subscription{ChannelID: "c", GuildID: "g"}); err != nil {
		t.Fatal(err)
	}
	job, err := s.Enqueue(ctx, store.Job{Kind: "edition", Key: "k"})
	if err != nil {
		t.Fatal(err)
	}
	claimed, err := s.Dequeue(ctx, "w", time.Minute)
	if err != nil || claimed.ID != job.ID {
		t.Fatalf("dequeue = %+v, %v", claimed, err)
	}

	srv.Restart(t)

	if _, err := s.GetSubscription(ctx, "c"); err != nil {
		t.Errorf("subscription after restart: %v", err)
	}
	// The claim survived too: ack works with the old receipt.
	if err := s.Ack(ctx, claimed); err != nil {
		t.Errorf("ack after restart: %v", err)
	}
	if st, err := s.QueueStats(ctx); err != nil || st.Depth != 0 {
		t.Errorf("stats after ack = %+v, %v", st, err)
	}
}

// TestRedisDown: a dead Redis gives clear, prompt errors (no hang, no
// panic); after it comes back (empty) the store works again, including the
// queue whose consumer group was lost.
func TestRedisDown(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	if srv.External() {
		t.Skipf("stops Redis, which it cannot do with %s set", redistest.EnvURL)
	}
	s := open(t, srv.URL, srv.Prefix(t))
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Enqueue(ctx, store.Job{Kind: "k"}); err != nil {
		t.Fatal(err)
	}

	srv.Stop(t)
	start := time.Now()
	cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	err := s.Ping(cctx)
	if err == nil || !strings.HasPrefix(err.Error(), "store/redis: ping:") {
		t.Errorf("ping of a dead Redis = %v, want a store/redis error", err)
	}
	_, err = s.CreateAlert(cctx, store.Alert{UserID: "u"}, 5)
	if err == nil || !strings.Contains(err.Error(), "create alert") || errors.Is(err, store.ErrLimit) {
		t.Errorf("create alert on a dead Redis = %v", err)
	}
	if _, err := s.Dequeue(cctx, "w", time.Minute); err == nil || errors.Is(err, store.ErrEmpty) {
		t.Errorf("dequeue on a dead Redis = %v, want a connection error, not ErrEmpty", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("errors took %v; a dead Redis must fail fast", d)
	}

	srv.Restart(t) // without persistence: empty, no consumer group
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("ping after restart: %v", err)
	}
	if _, err := s.Dequeue(ctx, "w", time.Minute); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("dequeue after data loss = %v, want ErrEmpty", err)
	}
	j, err := s.Enqueue(ctx, store.Job{Kind: "k"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Dequeue(ctx, "w", time.Minute)
	if err != nil || got.ID != j.ID {
		t.Errorf("dequeue after restart = %+v, %v", got, err)
	}
}

func TestOpenErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := l.Addr().String()
	l.Close() // nothing listens there now
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no address", Options{}, "no URL or addresses"},
		{"bad url", Options{URL: "http://x"}, "parse URL"},
		{"braces in prefix", Options{URL: "redis://" + dead, Prefix: "a{b}:"}, "braces"},
		{"refused", Options{URL: "redis://" + dead}, "store/redis: ping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			start := time.Now()
			s, err := Open(ctx, tt.opts)
			if err == nil {
				s.Close()
				t.Fatal("open succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
			if time.Since(start) > 3*time.Second {
				t.Errorf("open took %v", time.Since(start))
			}
		})
	}
}

// TestKeyLayout checks that every key lives under the prefix and that keys
// written by one Lua script share a hash tag (one Cluster slot).
func TestKeyLayout(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	prefix := srv.Prefix(t)
	s := open(t, srv.URL, prefix)
	defer s.Close()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.PutSubscription(ctx, store.Subscription{ChannelID: "c"}))
	_, err := s.CreateAlert(ctx, store.Alert{UserID: "u"}, 5)
	must(err)
	must(s.PutArticle(ctx, store.Article{ID: "a", URL: "https://e.org/a", GUID: "g"}))
	_, err = s.PutStory(ctx, store.Story{ID: "s"})
	must(err)
	must(s.PutSource(ctx, store.Source{Name: "src"}))
	_, _, err = s.RecordDelivery(ctx, store.Delivery{Key: "k"})
	must(err)
	_, err = s.Enqueue(ctx, store.Job{Kind: "k", NotBefore: time.Now().Add(time.Hour)})
	must(err)
	_, err = s.AcquireLease(ctx, "l", "o", time.Minute)
	must(err)
	_, _, err = s.Allow(ctx, "discord", 1, 1)
	must(err)

	keys, err := srv.Client(t).Keys(ctx, prefix+"*").Result()
	must(err)
	wantTags := map[string]bool{"{alerts}": true, "{articles}": true, "{stories}": true, "{queue}": true, "{sources}": true}
	seen := map[string]int{}
	for _, k := range keys {
		rest := strings.TrimPrefix(k, prefix)
		if i := strings.Index(rest, "}"); strings.HasPrefix(rest, "{") && i > 0 {
			tag := rest[:i+1]
			if !wantTags[tag] {
				t.Errorf("key %q has unexpected hash tag %s", k, tag)
			}
			seen[tag]++
		}
	}
	for tag := range wantTags {
		if seen[tag] == 0 {
			t.Errorf("no key with hash tag %s among %v", tag, keys)
		}
	}
	if len(keys) < 14 {
		t.Errorf("only %d keys written: %v", len(keys), keys)
	}
	// Ledger entries carry the long TTL.
	ttl, err := srv.Client(t).PTTL(ctx, prefix+"ledger:k").Result()
	must(err)
	if ttl < store.DefaultLedgerTTL-time.Minute || ttl > store.DefaultLedgerTTL {
		t.Errorf("ledger TTL = %v, want %v", ttl, store.DefaultLedgerTTL)
	}
}

// TestListDeliveriesScan: the ledger listing pages through SCAN (more keys
// than one SCAN batch), sees only its own prefix even when the prefix holds
// glob characters, and skips entries that expired.
func TestListDeliveriesScan(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	base := srv.Prefix(t)
	ctx := context.Background()
	globby := open(t, srv.URL, base+"a*[x]:")
	defer globby.Close()
	// "a*[x]:" as a glob would match this prefix's keys too.
	other := open(t, srv.URL, base+"abx:")
	defer other.Close()

	const n = 2500
	cmds, err := srv.Client(t).Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i := range n {
			k := fmt.Sprintf("alert:u:%05d", i)
			p.Set(ctx, base+"a*[x]:ledger:"+k, fmt.Sprintf(`{"key":%q,"message_id":"m%d"}`, k, i), time.Hour)
		}
		return nil
	})
	if err != nil || len(cmds) != n {
		t.Fatalf("fill: %v", err)
	}
	if _, _, err := other.RecordDelivery(ctx, store.Delivery{Key: "alert:u:other"}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := globby.RecordDelivery(ctx, store.Delivery{Key: "zz-gone"}); err != nil {
		t.Fatal(err)
	}
	if err := srv.Client(t).PExpire(ctx, base+"a*[x]:ledger:zz-gone", time.Millisecond).Err(); err != nil {
		t.Fatal(err)
	}
	for srv.Client(t).Exists(ctx, base+"a*[x]:ledger:zz-gone").Val() == 1 {
		runtime.Gosched() // Redis removes it on access once the millisecond passed
	}

	got, err := globby.ListDeliveries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("listed %d entries, want %d", len(got), n)
	}
	for i, d := range got {
		if want := fmt.Sprintf("alert:u:%05d", i); d.Key != want || d.MessageID != fmt.Sprint("m", i) {
			t.Fatalf("entry %d = %+v, want key %s", i, d, want)
		}
	}
	if o, err := other.ListDeliveries(ctx); err != nil || len(o) != 1 {
		t.Errorf("other prefix lists %d entries (%v), want 1", len(o), err)
	}
}

func TestGlobEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"attache:ledger:", "attache:ledger:"},
		{"a*b?c[d]e\\f", `a\*b\?c\[d\]e\\f`},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := globEscape(tt.in); got != tt.want {
				t.Errorf("globEscape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestLegacyAlertVersion: an alert stored before alerts had versions (no
// "version" in its JSON) counts as version 0, so the Lua compare-and-set
// accepts an update at 0, refuses one at 1, and PutAlert moves it to 1.
func TestLegacyAlertVersion(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	prefix := srv.Prefix(t)
	s := open(t, srv.URL, prefix)
	defer s.Close()
	ctx := context.Background()
	c := srv.Client(t)
	legacy := `{"id":"old","user_id":"u","guild_id":"g","expression":"iran","mode":"dm","quiet_hours":{},"muted_until":"0001-01-01T00:00:00Z","created_at":"2025-02-18T09:30:00Z"}`
	if err := c.HSet(ctx, prefix+"{alerts}:data", "old", legacy).Err(); err != nil {
		t.Fatal(err)
	}
	if err := c.HSet(ctx, prefix+"{alerts}:owner", "old", "u").Err(); err != nil {
		t.Fatal(err)
	}
	if err := c.SAdd(ctx, prefix+"{alerts}:user:u", "old").Err(); err != nil {
		t.Fatal(err)
	}
	a, err := s.GetAlert(ctx, "old")
	if err != nil || a.Version != 0 {
		t.Fatalf("get legacy alert: %+v, %v; want version 0", a, err)
	}
	stale := a
	stale.Version = 1
	if err := s.UpdateAlert(ctx, stale); !errors.Is(err, store.ErrConflict) {
		t.Errorf("update legacy alert at version 1: err = %v, want ErrConflict", err)
	}
	a.PausedReason = "paused"
	if err := s.UpdateAlert(ctx, a); err != nil {
		t.Fatalf("update legacy alert at version 0: %v", err)
	}
	if got, _ := s.GetAlert(ctx, "old"); got.Version != 1 || got.PausedReason != "paused" {
		t.Errorf("after the update: %+v, want version 1, paused", got)
	}
	if err := c.HSet(ctx, prefix+"{alerts}:data", "old", legacy).Err(); err != nil {
		t.Fatal(err)
	}
	a.Version = 0
	if err := s.PutAlert(ctx, a); err != nil {
		t.Fatalf("put over a legacy alert: %v", err)
	}
	if got, _ := s.GetAlert(ctx, "old"); got.Version != 1 {
		t.Errorf("put over a legacy alert stored version %d, want 1", got.Version)
	}
}
