package backup_test

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/backup"
	redisstore "github.com/attache-bot/attache/store/redis"
	"github.com/attache-bot/attache/store/redistest"
)

// enqueuer records what the edition scheduler queues.
type enqueuer struct {
	mu   sync.Mutex
	msgs []delivery.Message
}

func (e *enqueuer) Enqueue(_ context.Context, m delivery.Message) (store.Job, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.msgs = append(e.msgs, m)
	return store.Job{ID: store.NewID(), Kind: m.Kind, Key: m.Key}, nil
}

func (e *enqueuer) keys() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, m := range e.msgs {
		out = append(out, m.Key)
	}
	return out
}

// TestMigrateBoltToRedis is the operator's move: fill the embedded store,
// export it, import the file into Redis, export Redis and compare, import
// again (nothing changes), then run the edition scheduler on Redis at a
// time when an edition already posted from the embedded store is still
// within catch-up: it must not be queued again, while a channel that has
// no ledger entry for today is.
func TestMigrateBoltToRedis(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	src := openBolt(t)
	counts := fill(t, src)

	// Two channels whose edition was due 30 minutes ago in Tokyo: one got
	// it before the move (ledger entry and record), the other did not.
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	must(t, err)
	due := time.Now().Add(-30 * time.Minute).In(tokyo)
	date := due.Format(edition.DateLayout)
	created := time.Now().Add(-10 * 24 * time.Hour).UTC().Truncate(time.Microsecond)
	for _, ch := range []string{"c-posted", "c-due"} {
		must(t, src.PutSubscription(ctx, store.Subscription{GuildID: "g3", ChannelID: ch, Time: due.Format("15:04"),
			TimeZone: "Asia/Tokyo", Length: 5, Format: store.FormatCompact, CreatedAt: created, UpdatedAt: created}))
	}
	posted := due.Add(time.Minute).UTC().Truncate(time.Second)
	for _, d := range []store.Delivery{
		{Key: edition.Key("c-posted", date), ChannelID: "c-posted", MessageID: "msg-42", DeliveredAt: posted},
		{Key: "edition-record:c-posted:" + date, ChannelID: "c-posted", MessageID: "s1 s2", DeliveredAt: posted},
	} {
		_, _, err := src.RecordDelivery(ctx, d)
		must(t, err)
	}
	counts.Subscriptions += 2
	counts.Deliveries += 2

	var file bytes.Buffer
	got, err := backup.Export(ctx, src, &file, backup.ExportOptions{Store: "bolt"})
	must(t, err)
	if got != counts {
		t.Fatalf("exported %+v, want %+v", got, counts)
	}

	srv := redistest.Start(t, redistest.Options{})
	dst, err := redisstore.Open(ctx, redisstore.Options{URL: srv.URL, Prefix: srv.Prefix(t)})
	must(t, err)
	defer dst.Close()
	res, err := backup.Import(ctx, dst, bytes.NewReader(file.Bytes()), backup.ImportOptions{})
	must(t, err)
	if res.Changed() != counts.Total() || res.Subscriptions.Added != counts.Subscriptions || res.Deliveries.Added != counts.Deliveries {
		t.Errorf("import into Redis = %v, want %d records added", res, counts.Total())
	}

	var again bytes.Buffer
	_, err = backup.Export(ctx, dst, &again, backup.ExportOptions{Store: "redis"})
	must(t, err)
	h1, body1, _ := strings.Cut(file.String(), "\n")
	h2, body2, _ := strings.Cut(again.String(), "\n")
	if body1 != body2 {
		t.Errorf("Redis export differs from the bolt export:\n%s\n----\n%s", body1, body2)
	}
	if !strings.Contains(h1, `"store":"bolt"`) || !strings.Contains(h2, `"store":"redis"`) {
		t.Errorf("headers %s / %s", h1, h2)
	}

	res, err = backup.Import(ctx, dst, bytes.NewReader(file.Bytes()), backup.ImportOptions{})
	must(t, err)
	if res.Changed() != 0 || res.Subscriptions.Unchanged != counts.Subscriptions || res.Deliveries.Unchanged != counts.Deliveries {
		t.Errorf("second import = %v, want everything unchanged", res)
	}

	enq := &enqueuer{}
	sched, err := edition.New(edition.Config{Store: dst, Pipeline: enq, CatchUp: 2 * time.Hour})
	must(t, err)
	must(t, sched.Reload(ctx))
	sched.CatchUp(ctx, time.Now())
	// Only the two Tokyo channels are this check's subject: fill's other
	// channels have fixed edition times (c-ny at 06:00 New York) that the
	// wall clock may put inside the catch-up window too.
	want := []string{edition.Key("c-due", date)}
	var keys []string
	for _, k := range enq.keys() {
		if k == edition.Key("c-due", date) || k == edition.Key("c-posted", date) {
			keys = append(keys, k)
		}
	}
	if strings.Join(keys, ",") != strings.Join(want, ",") {
		t.Errorf("after the move the scheduler queued %v, want only %v (c-posted was posted before the move)", keys, want)
	}
}
