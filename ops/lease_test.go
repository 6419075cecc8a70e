package ops_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/attache-bot/attache/ops"
	"github.com/attache-bot/attache/store"
)

func TestLeaseStoreCountsChanges(t *testing.T) {
	ctx := context.Background()
	raw := openBolt(t)
	m := ops.NewMetrics()
	st := ops.WithLeaseMetrics(raw, m)
	const ttl = time.Minute
	mustOK := func(ok bool, err error) {
		t.Helper()
		if err != nil || !ok {
			t.Fatalf("acquire: %v %v", ok, err)
		}
	}
	// Gain, extend (no change), release.
	mustOK(st.AcquireLease(ctx, "digester", "a", ttl))
	mustOK(st.AcquireLease(ctx, "digester", "a", ttl))
	if err := st.ReleaseLease(ctx, "digester", "a"); err != nil {
		t.Fatal(err)
	}
	// Another replica holds it: busy.
	mustOK(raw.AcquireLease(ctx, "digester", "b", ttl))
	if ok, err := st.AcquireLease(ctx, "digester", "a", ttl); ok || err != nil {
		t.Fatalf("acquired a lease held by b: %v %v", ok, err)
	}
	// Held, then taken over behind our back (expiry): the renewal finds out.
	mustOK(st.AcquireLease(ctx, "edition:42:2026-03-01", "a", ttl))
	if err := raw.ReleaseLease(ctx, "edition:42:2026-03-01", "a"); err != nil {
		t.Fatal(err)
	}
	mustOK(raw.AcquireLease(ctx, "edition:42:2026-03-01", "b", ttl))
	if err := st.RenewLease(ctx, "edition:42:2026-03-01", "a", ttl); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("renew of a lost lease: %v", err)
	}
	// Other store methods pass through.
	if err := st.Ping(ctx); err != nil {
		t.Errorf("Ping through the decorator: %v", err)
	}

	tests := []struct {
		lease, change string
		want          float64
	}{
		{"digester", ops.LeaseAcquired, 1},
		{"digester", ops.LeaseReleased, 1},
		{"digester", ops.LeaseBusy, 1},
		{"digester", ops.LeaseLost, 0},
		{"edition", ops.LeaseAcquired, 1},
		{"edition", ops.LeaseLost, 1},
	}
	for _, tt := range tests {
		t.Run(tt.lease+" "+tt.change, func(t *testing.T) {
			got, _ := sample(t, m, "attache_lease_changes_total", map[string]string{"lease": tt.lease, "change": tt.change})
			if got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
