package edition_test

import (
	"context"
	"fmt"
	"testing"
	"testing/synctest"
	"time"

	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/store/redis"
	"github.com/attache-bot/attache/store/redistest"
)

// TestTwoReplicas100Editions: two replicas (pipeline + scheduler each, own
// Redis client) share one real Redis; 100 subscriptions in ten time zones
// are due over one (synctest) day. Every edition is queued once, sent once
// and posted once.
func TestTwoReplicas100Editions(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	prefix := srv.Prefix(t)
	zones := []string{"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo", "Asia/Kolkata",
		"Australia/Sydney", "America/Los_Angeles", "Africa/Cairo", "Asia/Kathmandu", "America/Sao_Paulo"}
	synctest.Test(t, func(t *testing.T) {
		start := utc("2000-06-10 00:00")
		sleepTo(start)
		open := func() *redis.Store {
			st, err := redis.Open(context.Background(), redis.Options{URL: srv.URL, Prefix: prefix})
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		st1, st2 := open(), open()
		defer st1.Close()
		defer st2.Close()
		created := start // no catch-up of the previous day
		var keys []string
		for i := range 100 {
			ch := fmt.Sprintf("ch%03d", i)
			zone := zones[i%len(zones)]
			sub := putSub(t, st1, ch, fmt.Sprintf("%02d:%02d", 1+i%22, 1+(i*7)%58), zone, created)
			sched, _ := edition.NewSchedule(sub)
			due := sched.Next(start)
			keys = append(keys, edition.Key(ch, sched.Date(due)))
		}
		send := newRecSender()
		r1 := startReplica(t, st1, send, edition.Config{Owner: "replica-1", Poll: 10 * time.Minute}, false)
		r2 := startReplica(t, st2, send, edition.Config{Owner: "replica-2", Poll: 10 * time.Minute}, false)
		sleepTo(start.Add(24*time.Hour - time.Second))
		r1.stop()
		r2.stop()

		posts := send.all()
		perKey := map[string]int{}
		for _, p := range posts {
			perKey[p.Key]++
		}
		for _, k := range keys {
			if perKey[k] != 1 {
				t.Errorf("%s posted %d times", k, perKey[k])
			}
		}
		if len(posts) != 100 || send.sends != 100 {
			t.Errorf("%d posts from %d sends, want 100 of each (nothing queued twice)", len(posts), send.sends)
		}
		for _, k := range keys {
			if _, err := st2.GetDelivery(context.Background(), k); err != nil {
				t.Errorf("ledger %s: %v", k, err)
			}
		}
		s1, s2 := r1.pipe.Stats(), r2.pipe.Stats()
		if s1.Duplicates+s2.Duplicates != 0 {
			t.Errorf("%d duplicate jobs: an edition was queued twice", s1.Duplicates+s2.Duplicates)
		}
		if s1.Sent+s2.Sent != 100 || s1.Sent == 0 || s2.Sent == 0 {
			t.Errorf("sent %d + %d: want 100, shared by both replicas", s1.Sent, s2.Sent)
		}
		if qs, err := st1.QueueStats(context.Background()); err != nil || qs.Depth != 0 {
			t.Errorf("queue %+v, %v", qs, err)
		}
		t.Logf("replica 1 sent %d, replica 2 sent %d", s1.Sent, s2.Sent)
	})
}
