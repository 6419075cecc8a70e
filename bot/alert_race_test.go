package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// racingStore is a bolt store where another replica writes the alert
// (setting its quiet hours) just before the bot's first UpdateAlert.
type racingStore struct {
	*bolt.Store
	once    sync.Once
	updates int
}

func (r *racingStore) UpdateAlert(ctx context.Context, a store.Alert) error {
	r.once.Do(func() {
		other, err := r.Store.GetAlert(ctx, a.ID)
		if err == nil {
			other.QuietHours = store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Europe/Paris"}
			err = r.Store.UpdateAlert(ctx, other)
		}
		if err != nil {
			panic(err)
		}
	})
	r.updates++
	return r.Store.UpdateAlert(ctx, a)
}

// TestAlertMuteConcurrentWrite: /alert mute read the alert before another
// replica changed it; the bot's write conflicts, reads again and mutes the
// new version, so both changes are kept.
func TestAlertMuteConcurrentWrite(t *testing.T) {
	st := &racingStore{Store: openStore(t)}
	b, err := New(Config{Store: st, MaxAlertsPerUser: 3, Index: IndexOptions{Clock: func() time.Time { return testNow }}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.CreateAlert(ctx, store.Alert{UserID: "300", Expression: "Lavrov", Mode: store.ModeDM}, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := b.Handle(ctx, cmd("alert", "mute", str("duration", "2h")))
	contains(t, text(r), "Muted 1 alert(s)")
	got, err := st.GetAlert(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.MutedUntil.IsZero() || got.QuietHours.TimeZone != "Europe/Paris" {
		t.Errorf("after a racing write: %+v; want both the mute and the other replica's quiet hours", got)
	}
	if got.Version != 3 || st.updates != 2 {
		t.Errorf("version %d after %d bot updates; want version 3 after 2 (one conflict, one write)", got.Version, st.updates)
	}
}
