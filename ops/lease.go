package ops

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/attache-bot/attache/store"
)

// Lease changes counted in attache_lease_changes_total.
const (
	// LeaseAcquired: this process took a lease it did not hold.
	LeaseAcquired = "acquired"
	// LeaseReleased: this process gave a lease up.
	LeaseReleased = "released"
	// LeaseLost: a lease this process held expired or was taken over
	// (found on renewal, release or re-acquisition).
	LeaseLost = "lost"
	// LeaseBusy: another holder had the lease when this process asked.
	LeaseBusy = "busy"
)

// LeaseStore is a store.Store that counts this process's lease changes in
// Metrics; every other method is the wrapped store's.
type LeaseStore struct {
	store.Store
	m *Metrics

	mu   sync.Mutex
	held map[string]bool // name -> held by an owner of this process
}

// WithLeaseMetrics wraps st so that its lease calls count in m.
func WithLeaseMetrics(st store.Store, m *Metrics) *LeaseStore {
	return &LeaseStore{Store: st, m: m, held: map[string]bool{}}
}

// set records whether name is held and returns whether it was.
func (s *LeaseStore) set(name string, held bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	was := s.held[name]
	if held {
		s.held[name] = true
	} else {
		delete(s.held, name)
	}
	return was
}

// AcquireLease takes the lease and counts a gain, a loss or contention.
func (s *LeaseStore) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	ok, err := s.Store.AcquireLease(ctx, name, owner, ttl)
	if err != nil {
		return ok, err
	}
	switch was := s.set(name, ok); {
	case ok && !was:
		s.m.LeaseChange(name, LeaseAcquired)
	case !ok && was:
		s.m.LeaseChange(name, LeaseLost)
	case !ok:
		s.m.LeaseChange(name, LeaseBusy)
	}
	return ok, nil
}

// RenewLease extends the lease and counts a loss on store.ErrConflict.
func (s *LeaseStore) RenewLease(ctx context.Context, name, owner string, ttl time.Duration) error {
	err := s.Store.RenewLease(ctx, name, owner, ttl)
	switch {
	case err == nil:
		if !s.set(name, true) {
			s.m.LeaseChange(name, LeaseAcquired)
		}
	case errors.Is(err, store.ErrConflict):
		if s.set(name, false) {
			s.m.LeaseChange(name, LeaseLost)
		}
	}
	return err
}

// ReleaseLease frees the lease and counts the release (or a loss on
// store.ErrConflict).
func (s *LeaseStore) ReleaseLease(ctx context.Context, name, owner string) error {
	err := s.Store.ReleaseLease(ctx, name, owner)
	switch {
	case err == nil:
		if s.set(name, false) {
			s.m.LeaseChange(name, LeaseReleased)
		}
	case errors.Is(err, store.ErrConflict):
		if s.set(name, false) {
			s.m.LeaseChange(name, LeaseLost)
		}
	}
	return err
}
