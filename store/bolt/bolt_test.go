package bolt

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/storetest"
)

var backend = storetest.Backend{
	Fresh: func(t testing.TB) storetest.Opener {
		path := filepath.Join(t.TempDir(), "data", DefaultFileName)
		return func(t testing.TB) store.Store {
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
	},
}

func TestConformance(t *testing.T) { storetest.Run(t, backend) }

func BenchmarkStore(b *testing.B) { storetest.Bench(b, backend) }

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	_, err = Open(path, Options{LockTimeout: 100 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "locked by another process") {
		t.Errorf("second open = %v, want a clear lock error", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("second open took %v", time.Since(start))
	}
}

// TestListDeliveriesSkipsExpired: entries past the ledger TTL are not
// listed even before Expire removes them, like GetDelivery.
func TestListDeliveriesSkipsExpired(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), DefaultFileName), Options{LedgerTTL: time.Microsecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, _, err := s.RecordDelivery(ctx, store.Delivery{Key: "k", MessageID: "m"}); err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := s.GetDelivery(ctx, "k"); errors.Is(err, store.ErrNotFound) {
			break
		}
	}
	got, err := s.ListDeliveries(ctx)
	if err != nil || len(got) != 0 {
		t.Errorf("list after expiry = %+v, %v; want none", got, err)
	}
}
