package bot

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }
func newClock(t time.Time) *clock    { return &clock{t: t} }

func TestIndexRefreshesInBackground(t *testing.T) {
	st := openStore(t)
	if _, err := st.PutStory(ctx, riyadhStory()); err != nil {
		t.Fatal(err)
	}
	clk := newClock(testNow)
	x := NewIndex(st, IndexOptions{Refresh: 30 * time.Second, Clock: clk.now})
	reloaded := make(chan error, 1)
	x.afterReload = func(err error) { reloaded <- err }

	s1, err := x.get(ctx)
	if err != nil || len(s1.docs) != 1 {
		t.Fatalf("first load: %v, %d docs", err, len(s1.docs))
	}
	if _, err := st.PutStory(ctx, otherStory()); err != nil {
		t.Fatal(err)
	}
	// Within the refresh interval the snapshot is served as is.
	clk.add(10 * time.Second)
	if s, _ := x.get(ctx); s != s1 {
		t.Fatal("reloaded before the interval")
	}
	// After it, the old snapshot is served and a reload starts.
	clk.add(30 * time.Second)
	if s, _ := x.get(ctx); s != s1 {
		t.Fatal("a stale get must not wait for the reload")
	}
	select {
	case err := <-reloaded:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no background reload")
	}
	if s, _ := x.get(ctx); len(s.docs) != 2 {
		t.Errorf("after reload %d docs, want 2", len(s.docs))
	}
}

// brokenStories is a store whose story listing fails.
type brokenStories struct{ Store }

func (brokenStories) ListStories(context.Context, time.Time, int) ([]store.Story, error) {
	return nil, errors.New("store/redis: connection refused")
}

func TestIndexLoadErrorIsInternal(t *testing.T) {
	b, err := New(Config{Store: brokenStories{openStore(t)}})
	if err != nil {
		t.Fatal(err)
	}
	r := b.Handle(ctx, cmd("brief", "", str("topic", "riyadh")))
	if r.Content != msgWentWrong || !r.Ephemeral {
		t.Errorf("got %+v", r)
	}
	ac := cmd("brief", "", Option{Name: "topic", Type: OptString, String: "r", Focused: true})
	ac.Kind = KindAutocomplete
	if r := b.Handle(ctx, ac); len(r.Choices) != 0 || r.Content != "" {
		t.Errorf("autocomplete on error: %+v", r)
	}
}
