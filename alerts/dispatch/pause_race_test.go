package dispatch_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// mutingStore is a bolt store where the user mutes the alert on another
// replica just before the dispatcher's first UpdateAlert.
type mutingStore struct {
	*bolt.Store
	once sync.Once
}

var muteUntil = time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)

func (m *mutingStore) UpdateAlert(ctx context.Context, a store.Alert) error {
	m.once.Do(func() {
		other, err := m.Store.GetAlert(ctx, a.ID)
		if err == nil {
			other.MutedUntil = muteUntil
			err = m.Store.UpdateAlert(ctx, other)
		}
		if err != nil {
			panic(err)
		}
	})
	return m.Store.UpdateAlert(ctx, a)
}

// TestPauseForUserConcurrentMute: PauseForUser read the alert before a
// mute on another replica; it conflicts, reads again and pauses the muted
// alert, keeping the mute.
func TestPauseForUserConcurrentMute(t *testing.T) {
	ctx := context.Background()
	st := &mutingStore{Store: openBolt(t)}
	a := addAlert(t, st.Store, "u1", "Lavrov")
	d := newLoaded(t, st, &outbox{}, immediate)
	if err := d.PauseForUser(ctx, "u1", "DMs closed"); err != nil {
		t.Fatal(err)
	}
	got, err := st.GetAlert(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.PausedReason != "DMs closed" || !got.MutedUntil.Equal(muteUntil) {
		t.Errorf("after a racing mute: %+v; want paused and still muted", got)
	}
	if d.Len() != 0 {
		t.Errorf("Len = %d, want 0: the paused alert stays out of the index", d.Len())
	}
}
