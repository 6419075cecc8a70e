package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/ingest"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// TestRetryAfterSurvivesRestart runs the digester over a bolt store against
// a site answering 429 with Retry-After: 7200, checks the stored NextPoll
// and LastError, then reopens the store (a restart) and checks the source is
// left alone until the two hours are over.
func TestRetryAfterSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "7200")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	t.Cleanup(srv.Close)
	path := filepath.Join(t.TempDir(), "attache.db")
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)

	// cycle opens the store, runs one scheduled (not forced) cycle at the
	// given time and closes the store again, like one process lifetime.
	cycle := func(at time.Time, setup func(store.Store)) story.Report {
		t.Helper()
		st, err := bolt.Open(path, bolt.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if setup != nil {
			setup(st)
		}
		f := ingest.NewFetcher(ingest.Options{AllowPrivate: true})
		defer f.Close()
		// No extractor: a 429 yields no items to digest.
		d := story.NewDigester(st, f, nil, story.Options{Now: func() time.Time { return at }})
		rep, err := d.Cycle(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}

	rep := cycle(now, func(st store.Store) {
		src := store.Source{Name: "busy", URL: srv.URL, Kind: ingest.KindFeed, FullText: "never", Interval: 10 * time.Minute}
		if err := st.PutSource(ctx, src); err != nil {
			t.Fatal(err)
		}
	})
	if rep.Polled != 1 || rep.Failed != 1 || hits.Load() != 1 {
		t.Fatalf("first cycle: %+v, %d requests", rep, hits.Load())
	}
	var saved store.SourceState
	cycle(now.Add(time.Hour), func(st store.Store) {
		var err error
		if saved, err = st.GetSourceState(ctx, "busy"); err != nil {
			t.Fatal(err)
		}
	})
	if !saved.NextPoll.Equal(now.Add(2 * time.Hour)) {
		t.Errorf("stored next poll in %v, want 2h", saved.NextPoll.Sub(now))
	}
	if saved.LastError != "the site asked us to wait 2h (429 Too Many Requests)" || saved.Failures != 1 {
		t.Errorf("stored state: %+v", saved)
	}
	if hits.Load() != 1 {
		t.Fatalf("restarted digester polled 1h in, before Retry-After ran out (%d requests)", hits.Load())
	}
	if rep := cycle(now.Add(2*time.Hour), nil); rep.Polled != 1 || hits.Load() != 2 {
		t.Fatalf("not polled once Retry-After ran out: %+v, %d requests", rep, hits.Load())
	}
}
