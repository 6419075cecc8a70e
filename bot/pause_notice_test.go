package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/redis"
	"github.com/attache-bot/attache/store/redistest"
)

const refusedReason = "Discord refused the direct message (your DMs are closed)"

// pauseAlert pauses an alert as alerts/dispatch PauseForUser does: a new
// reason and no notice recorded yet.
func pauseAlert(t *testing.T, st Store, id string) {
	t.Helper()
	a, err := st.GetAlert(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a.PausedReason, a.PauseNotified = refusedReason, time.Time{}
	if err := st.UpdateAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
}

// told reports whether the response carries the paused-alert notice.
// (EscapeLine escapes the reason's parentheses, so only its start is matched.)
func told(r Response) bool { return strings.Contains(text(r), "is paused: Discord refused") }

func newBotOn(t *testing.T, st Store) *Bot {
	t.Helper()
	b, err := New(Config{Store: st, Index: IndexOptions{Clock: func() time.Time { return testNow }}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPausedAlertNoticeSurvivesRestart: the notice is recorded on the
// alert, so a new Bot on the same store (a restart, another replica) does
// not repeat it; a resume and a new pause are told again.
func TestPausedAlertNoticeSurvivesRestart(t *testing.T) {
	st := openStore(t)
	a, err := st.CreateAlert(ctx, store.Alert{UserID: "300", Expression: "Lavrov", Mode: store.ModeDM}, 0)
	if err != nil {
		t.Fatal(err)
	}
	pauseAlert(t, st, a.ID)

	b := newBotOn(t, st)
	if r := b.Handle(ctx, cmd("help", "")); !told(r) {
		t.Fatalf("first command after the pause: no notice in %q", text(r))
	}
	got, _ := st.GetAlert(ctx, a.ID)
	if want := testNow.UTC(); !got.PauseNotified.Equal(want) {
		t.Errorf("PauseNotified = %v, want %v (the request's time)", got.PauseNotified, want)
	}
	if got.PausedReason != refusedReason {
		t.Errorf("recording the notice changed the reason to %q", got.PausedReason)
	}
	if r := b.Handle(ctx, cmd("help", "")); told(r) {
		t.Errorf("told twice by the same bot: %q", text(r))
	}
	// A restart: a new Bot, nothing in memory, the same store.
	b = newBotOn(t, st)
	if r := b.Handle(ctx, cmd("alert", "list")); told(r) {
		t.Errorf("told again after a restart: %q", text(r))
	} else if !strings.Contains(text(r), "paused: Discord refused") {
		t.Errorf("/alert list should still show the pause: %q", text(r))
	}

	// Resume clears the mark; a new pause is told (once) again.
	if r := b.Handle(ctx, cmd("alert", "resume")); !strings.Contains(r.Content, "Resumed 1") {
		t.Fatalf("resume answered %q", r.Content)
	}
	if got, _ := st.GetAlert(ctx, a.ID); !got.PauseNotified.IsZero() || got.PausedReason != "" {
		t.Errorf("after resume: %+v", got)
	}
	pauseAlert(t, st, a.ID)
	b = newBotOn(t, st)
	if r := b.Handle(ctx, cmd("help", "")); !told(r) {
		t.Errorf("a new pause after a resume was not told: %q", text(r))
	}
	if r := newBotOn(t, st).Handle(ctx, cmd("help", "")); told(r) {
		t.Errorf("the new pause was told twice: %q", text(r))
	}

	// A pause the user asked for is never "told".
	b.Handle(ctx, cmd("alert", "resume"))
	if r := b.Handle(ctx, cmd("alert", "pause")); strings.Contains(text(r), "⚠️") {
		t.Errorf("/alert pause reported as a pause on its own: %q", text(r))
	}
	if got, _ := st.GetAlert(ctx, a.ID); got.PausedReason != PausedByUser || !got.PauseNotified.IsZero() {
		t.Errorf("after /alert pause: %+v", got)
	}
}

// noLeases offers only the bot's Store interface (no leases or other
// extras of the backends): the alerts' versions alone keep each notice to
// one.
type noLeases struct{ Store }

// TestPausedAlertNoticeReplicas: commands of one user answered at once by
// two bots on one store (two replicas) tell the user exactly once, on
// bolt, on Redis, and on a store reduced to the bot's interface.
func TestPausedAlertNoticeReplicas(t *testing.T) {
	stores := map[string]func(t *testing.T) (Store, Store){
		"bolt": func(t *testing.T) (Store, Store) { st := openStore(t); return st, st },
		"redis": func(t *testing.T) (Store, Store) {
			srv := redistest.Start(t, redistest.Options{})
			prefix := srv.Prefix(t)
			open := func() Store {
				st, err := redis.Open(t.Context(), redis.Options{URL: srv.URL, Prefix: prefix})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { _ = st.Close() })
				return st
			}
			return open(), open() // two clients, as two replicas have
		},
		"no leases": func(t *testing.T) (Store, Store) {
			st := noLeases{openStore(t)}
			return st, st
		},
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			st1, st2 := open(t)
			var alerts []store.Alert
			for _, expr := range []string{"Lavrov", "Rubio"} {
				a, err := st1.CreateAlert(ctx, store.Alert{UserID: "300", Expression: expr, Mode: store.ModeDM}, 0)
				if err != nil {
					t.Fatal(err)
				}
				alerts = append(alerts, a)
			}
			for round := range 3 {
				for _, a := range alerts {
					pauseAlert(t, st1, a.ID)
				}
				bots := []*Bot{newBotOn(t, st1), newBotOn(t, st2)}
				var (
					wg    sync.WaitGroup
					mu    sync.Mutex
					lines int
				)
				start := make(chan struct{})
				for i := range 8 {
					wg.Go(func() {
						<-start
						r := bots[i%2].Handle(context.Background(), cmd("help", ""))
						mu.Lock()
						lines += strings.Count(text(r), "is paused: ")
						mu.Unlock()
					})
				}
				close(start)
				wg.Wait()
				if lines != len(alerts) {
					t.Errorf("round %d: %d paused-alert lines across 8 racing commands, want %d (each alert told once)", round, lines, len(alerts))
				}
				for _, a := range alerts {
					if got, _ := st2.GetAlert(ctx, a.ID); got.PauseNotified.IsZero() {
						t.Errorf("round %d: alert %s not marked as told", round, a.Expression)
					}
				}
			}
		})
	}
}
