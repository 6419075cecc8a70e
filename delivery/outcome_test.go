package delivery_test

import (
	"errors"
	"maps"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/delivery"
)

// TestOnOutcomeCountsEveryJob checks that Config.OnOutcome is told the kind
// and outcome of each processed job, once per attempt.
func TestOnOutcomeCountsEveryJob(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		fd.fail = func(m delivery.Message, attempt int) (error, bool) {
			switch {
			case m.UserID == "closed":
				return delivery.PermanentError(403, 50007, errors.New("Cannot send messages to this user")), false
			case m.Key == "edition:limited" && attempt == 1:
				return delivery.RateLimitedError(time.Second, errors.New("429")), false
			case m.Key == "edition:flaky" && attempt < 3:
				return delivery.RetryableError(502, errors.New("bad gateway")), false
			case m.Key == "edition:doomed":
				return delivery.RetryableError(500, errors.New("boom")), false
			}
			return nil, false
		}
		var mu sync.Mutex
		got := map[string]int{}
		p, err := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 2, MaxAttempts: 3,
			BaseBackoff: 100 * time.Millisecond, PollInterval: 10 * time.Millisecond,
			OnOutcome: func(kind, outcome string) {
				mu.Lock()
				got[kind+" "+outcome]++
				mu.Unlock()
			}})
		if err != nil {
			t.Fatal(err)
		}
		ctx := t.Context()
		edition := func(key string) delivery.Message {
			return delivery.Message{Key: key, Kind: delivery.KindEdition, ChannelID: "1000", Response: bot.Response{Content: key}}
		}
		for _, m := range []delivery.Message{
			edition("edition:ok"),
			edition("edition:limited"),
			edition("edition:flaky"),
			edition("edition:doomed"),
			{Key: "alert:closed", Kind: delivery.KindAlert, UserID: "closed", Response: bot.Response{Content: "x"}},
		} {
			if _, err := p.Enqueue(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "queue drained", func() bool {
			qs, _ := st.QueueStats(ctx)
			return qs.Depth == 0
		})
		// A second job with a delivered key is skipped as a duplicate.
		if _, err := p.Enqueue(ctx, edition("edition:ok")); err != nil {
			t.Fatal(err)
		}
		sleepUntil(t, time.Minute, "duplicate skipped", func() bool { return p.Stats().Duplicates == 1 })
		stop()

		want := map[string]int{
			"edition sent":         3, // ok, limited, flaky
			"edition rate_limited": 1,
			"edition retry":        2 + 2, // flaky twice, doomed twice
			"edition dead_letter":  1,     // doomed on its third attempt
			"edition duplicate":    1,
			"alert permanent":      1,
		}
		mu.Lock()
		defer mu.Unlock()
		if !maps.Equal(got, want) {
			t.Errorf("outcomes:\n got %v\nwant %v", got, want)
		}
	})
}
