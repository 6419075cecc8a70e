package delivery_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/store"
)

func TestNonce(t *testing.T) {
	a, b := delivery.Nonce("edition:1:2025-03-30"), delivery.Nonce("edition:1:2025-03-31")
	if len(a) != delivery.NonceLen || len(a) > 25 {
		t.Fatalf("nonce %q has length %d", a, len(a))
	}
	if a != delivery.Nonce("edition:1:2025-03-30") {
		t.Error("nonce is not deterministic")
	}
	if a == b {
		t.Error("different keys share a nonce")
	}
}

func TestMessageValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    delivery.Message
		ok   bool
	}{
		{"channel", delivery.Message{Key: "k", ChannelID: "1"}, true},
		{"dm", delivery.Message{Key: "k", UserID: "2"}, true},
		{"no key", delivery.Message{ChannelID: "1"}, false},
		{"control char key", delivery.Message{Key: "a\nb", ChannelID: "1"}, false},
		{"no target", delivery.Message{Key: "k"}, false},
		{"both targets", delivery.Message{Key: "k", ChannelID: "1", UserID: "2"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.m.Validate()
			if (err == nil) != tc.ok {
				t.Fatalf("Validate = %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, store.ErrInvalid) {
				t.Errorf("error %v is not ErrInvalid", err)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	base := errors.New("boom")
	for _, tc := range []struct {
		name  string
		err   error
		class delivery.Class
		after time.Duration
	}{
		{"unclassified", base, delivery.Retryable, 0},
		{"retryable", delivery.RetryableError(503, base), delivery.Retryable, 0},
		{"rate limited", delivery.RateLimitedError(2*time.Second, base), delivery.RateLimited, 2 * time.Second},
		{"permanent wrapped", fmt.Errorf("discord: %w", delivery.PermanentError(403, 50007, base)), delivery.Permanent, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			se := delivery.Classify(tc.err)
			if se.Class != tc.class || se.RetryAfter != tc.after {
				t.Fatalf("Classify = %v/%v, want %v/%v", se.Class, se.RetryAfter, tc.class, tc.after)
			}
			if !errors.Is(se, base) {
				t.Error("the cause is not in the chain")
			}
		})
	}
	if delivery.Classify(nil) != nil {
		t.Error("Classify(nil) != nil")
	}
}

// runPipeline starts p.Run and returns a stop function that cancels it and
// waits for it to return.
func runPipeline(ctx context.Context, p *delivery.Pipeline) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		_ = p.Run(ctx)
		close(done)
	}()
	return func() {
		cancel()
		<-done
	}
}

// sleepUntil advances the bubble's clock in steps until cond holds, or
// fails after limit of fake time.
func sleepUntil(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > limit {
			t.Fatalf("%s: not after %v", what, limit)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestDeliversEachKeyOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		var delivered atomic.Int64
		p, err := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 4,
			OnDelivered: func(context.Context, delivery.Message, store.Delivery) { delivered.Add(1) }})
		if err != nil {
			t.Fatal(err)
		}
		ctx := t.Context()
		var keys []string
		for i := range 30 {
			m := msg(i)
			keys = append(keys, m.Key)
			if _, err := p.Enqueue(ctx, m); err != nil {
				t.Fatal(err)
			}
			if i%3 == 0 { // the same key queued twice
				if _, err := p.Enqueue(ctx, m); err != nil {
					t.Fatal(err)
				}
			}
		}
		if _, err := p.Enqueue(ctx, delivery.Message{Key: "no target"}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("invalid message enqueued: %v", err)
		}
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "queue drained", func() bool {
			qs, err := st.QueueStats(ctx)
			return err == nil && qs.Depth == 0
		})
		stop()
		for _, k := range keys {
			if n := fd.postsByKey()[k]; n != 1 {
				t.Errorf("%s posted %d times", k, n)
			}
		}
		if err := ledgerHas(ctx, st, keys...); err != nil {
			t.Error(err)
		}
		s := p.Stats()
		if s.Sent+s.Duplicates != 40 || s.Sent < 30 || delivered.Load() != s.Sent {
			t.Errorf("stats %+v, delivered hook %d: want 40 jobs, 30 keys", s, delivered.Load())
		}
	})
}

func TestRetryBackoff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		fd.fail = func(m delivery.Message, attempt int) (error, bool) {
			if attempt <= 3 {
				return delivery.RetryableError(500, errors.New("internal error")), false
			}
			return nil, false
		}
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 1, BaseBackoff: time.Second, PollInterval: 10 * time.Millisecond})
		ctx := t.Context()
		m := msg(1)
		if _, err := p.Enqueue(ctx, m); err != nil {
			t.Fatal(err)
		}
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "delivered", func() bool { return fd.count() == 1 })
		stop()
		at := fd.attemptTimes(m.Key)
		if len(at) != 4 {
			t.Fatalf("%d attempts, want 4", len(at))
		}
		for i := 1; i < len(at); i++ {
			gap := at[i].Sub(at[i-1])
			want := time.Second << (i - 1) // base * 2^(attempt-1), jittered to [want/2, want]
			if gap < want/2 || gap > want+100*time.Millisecond {
				t.Errorf("gap before attempt %d = %v, want within [%v, %v]", i+1, gap, want/2, want)
			}
		}
		if s := p.Stats(); s.Retried != 3 || s.Sent != 1 {
			t.Errorf("stats %+v", s)
		}
	})
}

func TestRateLimitedWaitsRetryAfter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		fd.fail = func(m delivery.Message, attempt int) (error, bool) {
			if attempt == 1 {
				return delivery.RateLimitedError(3*time.Second, errors.New("429")), false
			}
			return nil, false
		}
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 2, PollInterval: 10 * time.Millisecond})
		ctx := t.Context()
		m := msg(2)
		p.Enqueue(ctx, m)
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "delivered", func() bool { return fd.count() == 1 })
		stop()
		at := fd.attemptTimes(m.Key)
		if len(at) != 2 {
			t.Fatalf("%d attempts, want 2", len(at))
		}
		if gap := at[1].Sub(at[0]); gap < 3*time.Second || gap > 3500*time.Millisecond {
			t.Errorf("retried after %v, want 3s (+ up to 10%% jitter)", gap)
		}
		if s := p.Stats(); s.RateLimited != 1 {
			t.Errorf("stats %+v", s)
		}
	})
}

func TestPermanentFailureCallsHook(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		fd.fail = func(m delivery.Message, attempt int) (error, bool) {
			if m.UserID == "closed" {
				return delivery.PermanentError(403, 50007, errors.New("Cannot send messages to this user")), false
			}
			return nil, false
		}
		var got []delivery.Message
		var code int
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 2,
			OnPermanent: func(_ context.Context, m delivery.Message, err *delivery.SendError) {
				got = append(got, m)
				code = err.Code
			}})
		ctx := t.Context()
		p.Enqueue(ctx, delivery.Message{Key: "alert:a1:s1", Kind: delivery.KindAlert, UserID: "closed", Ref: "a1"})
		p.Enqueue(ctx, delivery.Message{Key: "alert:a2:s1", Kind: delivery.KindAlert, UserID: "open", Ref: "a2"})
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "both handled", func() bool {
			qs, _ := st.QueueStats(ctx)
			return qs.Depth == 0
		})
		stop()
		if len(got) != 1 || got[0].Ref != "a1" || code != 50007 {
			t.Fatalf("OnPermanent got %+v code %d", got, code)
		}
		if n := len(fd.attemptTimes("alert:a1:s1")); n != 1 {
			t.Errorf("a permanent failure was tried %d times", n)
		}
		if fd.postsByKey()["alert:a2:s1"] != 1 {
			t.Error("the open DM was not delivered")
		}
		if _, err := st.GetDelivery(ctx, "alert:a1:s1"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("refused message in the ledger: %v", err)
		}
	})
}

func TestGiveUpAfterMaxAttempts(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		fd.fail = func(delivery.Message, int) (error, bool) {
			return delivery.RetryableError(502, errors.New("bad gateway")), false
		}
		sink := &logSink{}
		var dead []string
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 1, MaxAttempts: 3,
			BaseBackoff: 100 * time.Millisecond, PollInterval: 10 * time.Millisecond, Logger: slog.New(sink),
			OnDeadLetter: func(_ context.Context, m delivery.Message, _ error) { dead = append(dead, m.Key) }})
		ctx := t.Context()
		m := msg(3)
		p.Enqueue(ctx, m)
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "given up", func() bool { return p.Stats().DeadLettered == 1 })
		stop()
		if n := len(fd.attemptTimes(m.Key)); n != 3 {
			t.Errorf("%d attempts, want 3", n)
		}
		if !slices.Equal(dead, []string{m.Key}) {
			t.Errorf("OnDeadLetter got %v", dead)
		}
		if _, err := st.GetDelivery(ctx, delivery.DeadLetterPrefix+m.Key); err != nil {
			t.Errorf("no dead-letter note: %v", err)
		}
		if logs := sink.find("ERROR delivery: giving up"); len(logs) != 1 {
			t.Errorf("giving-up logs: %v", logs)
		}
		if qs, _ := st.QueueStats(ctx); qs.Depth != 0 {
			t.Errorf("queue depth %d after giving up", qs.Depth)
		}
	})
}

// TestCrashBetweenSendAndLedger: the process dies right after Discord
// accepted a message and before the ledger write. After a restart the job
// comes back (visibility timeout), is resent with the same nonce, and
// Discord returns the original message: one post.
func TestCrashBetweenSendAndLedger(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		st1 := openBolt(t, dir)
		fd := newFakeDiscord()
		crashed := make(chan struct{})
		fd.hook = func(delivery.Message) {
			select {
			case <-crashed:
			default:
				close(crashed)
				_ = st1.Close() // the process "dies": no ledger write, no ack
			}
		}
		ctx := t.Context()
		p1, _ := delivery.New(delivery.Config{Store: st1, Sender: fd, Workers: 1, VisibilityTimeout: 30 * time.Second})
		m := msg(4)
		if _, err := p1.Enqueue(ctx, m); err != nil {
			t.Fatal(err)
		}
		stop1 := runPipeline(ctx, p1)
		<-crashed
		stop1()
		if p1.Stats().Unrecorded != 1 {
			t.Fatalf("stats %+v: the ledger write did not fail", p1.Stats())
		}
		fd.hook = nil

		// Restart on the same data file.
		st2 := openBolt(t, dir)
		defer st2.Close()
		if _, err := st2.GetDelivery(ctx, m.Key); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("ledger entry after the crash: %v", err)
		}
		p2, _ := delivery.New(delivery.Config{Store: st2, Sender: fd, Workers: 1, VisibilityTimeout: 30 * time.Second})
		stop2 := runPipeline(ctx, p2)
		sleepUntil(t, 2*time.Minute, "recorded after restart", func() bool { return p2.Stats().Sent == 1 })
		stop2()
		if n := len(fd.attemptTimes(m.Key)); n != 2 {
			t.Errorf("%d sends, want 2 (original and resend)", n)
		}
		if got := fd.postsByKey()[m.Key]; got != 1 {
			t.Fatalf("posted %d times, want 1", got)
		}
		d, err := st2.GetDelivery(ctx, m.Key)
		if err != nil || d.MessageID != "m1" {
			t.Errorf("ledger %+v, %v: want the original message m1", d, err)
		}
	})
}

// TestLostResponse: Discord posted but the answer never arrived (a
// timeout); the retry returns the original message.
func TestLostResponse(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		fd.fail = func(_ delivery.Message, attempt int) (error, bool) {
			if attempt == 1 {
				return delivery.RetryableError(0, context.DeadlineExceeded), true
			}
			return nil, false
		}
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 1, PollInterval: 10 * time.Millisecond})
		ctx := t.Context()
		m := msg(5)
		p.Enqueue(ctx, m)
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "delivered", func() bool { return p.Stats().Sent == 1 })
		stop()
		if fd.postsByKey()[m.Key] != 1 || len(fd.attemptTimes(m.Key)) != 2 {
			t.Errorf("posts %v attempts %d", fd.postsByKey(), len(fd.attemptTimes(m.Key)))
		}
	})
}

// TestShutdownFinishesInFlightSend: cancelling Run while a send is in
// flight lets it finish and be recorded; jobs not started stay queued and
// are claimable at once by the next process.
func TestShutdownFinishesInFlightSend(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		started, release := make(chan struct{}), make(chan struct{})
		fd.fail = func(m delivery.Message, attempt int) (error, bool) {
			if m.Key == msg(6).Key {
				close(started)
				<-release
			}
			return nil, false
		}
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 1})
		ctx := t.Context()
		p.Enqueue(ctx, msg(6))
		p.Enqueue(ctx, msg(7))
		stop := runPipeline(ctx, p)
		<-started
		stopped := make(chan struct{})
		go func() { stop(); close(stopped) }()
		synctest.Wait()
		select {
		case <-stopped:
			t.Fatal("Run returned before the in-flight send finished")
		default:
		}
		close(release)
		<-stopped
		if _, err := st.GetDelivery(ctx, msg(6).Key); err != nil {
			t.Errorf("in-flight send not recorded: %v", err)
		}
		if fd.postsByKey()[msg(7).Key] != 0 {
			t.Error("a job was started after shutdown")
		}
		// The next process takes the remaining job without waiting for a
		// visibility timeout.
		j, err := st.Dequeue(ctx, "next", time.Minute)
		if err != nil || j.Key != msg(7).Key {
			t.Fatalf("Dequeue after shutdown = %+v, %v", j, err)
		}
	})
}

// TestGlobalRate: 135 messages at 45/s take about 3 s and no one-second
// window holds more than rate+burst sends.
func TestGlobalRate(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openBolt(t, "")
		defer st.Close()
		fd := newFakeDiscord()
		p, _ := delivery.New(delivery.Config{Store: st, Sender: fd, Workers: 8, Rate: 45, Burst: 2})
		ctx := t.Context()
		const n = 135
		for i := range n {
			p.Enqueue(ctx, msg(i))
		}
		start := time.Now()
		stop := runPipeline(ctx, p)
		sleepUntil(t, time.Minute, "all sent", func() bool { return fd.count() == n })
		stop()
		elapsed := time.Since(start)
		if elapsed < 2900*time.Millisecond || elapsed > 3200*time.Millisecond {
			t.Errorf("%d messages took %v, want about 3s at 45/s", n, elapsed)
		}
		fd.mu.Lock()
		defer fd.mu.Unlock()
		for i := range fd.posts {
			j := i
			for j < len(fd.posts) && fd.posts[j].At.Sub(fd.posts[i].At) < time.Second {
				j++
			}
			if j-i > 47 {
				t.Fatalf("%d sends within one second from %v", j-i, fd.posts[i].At)
			}
		}
	})
}
