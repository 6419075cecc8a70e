package store

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"time"
)

// SortSubscriptions orders subscriptions by guild, then channel ID.
func SortSubscriptions(subs []Subscription) {
	slices.SortFunc(subs, func(a, b Subscription) int {
		return cmp.Or(cmp.Compare(a.GuildID, b.GuildID), cmp.Compare(a.ChannelID, b.ChannelID))
	})
}

// SortAlerts orders alerts by CreatedAt, then ID.
func SortAlerts(alerts []Alert) {
	slices.SortFunc(alerts, func(a, b Alert) int {
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
}

// GCRA is the generic cell rate algorithm behind Allow, for backends that
// keep buckets themselves. now and tat (the bucket's theoretical arrival
// time, 0 for a new bucket) are in microseconds. It reports whether a cell
// may pass, how long to wait when not, and the new tat to store when it may.
func GCRA(now, tat, rate float64, burst int) (ok bool, retryAfter time.Duration, newTAT float64) {
	emission := 1e6 / rate
	next := max(tat, now) + emission
	if over := next - now - float64(burst)*emission; over > 0 {
		return false, time.Duration(over * float64(time.Microsecond)), tat
	}
	return true, 0, next
}

// AlertReadWriter is the part of a Store that ModifyAlert needs.
type AlertReadWriter interface {
	GetAlert(ctx context.Context, id string) (Alert, error)
	UpdateAlert(ctx context.Context, a Alert) error
}

// AlertUpdateAttempts is how many times ModifyAlert tries to write an alert
// that concurrent writers keep changing before it gives up.
const AlertUpdateAttempts = 5

// ModifyAlert is the read-modify-write of one alert: it applies change to
// cur (an alert the caller has read) and saves it with UpdateAlert. When a
// concurrent writer got there first (ErrConflict) it reads the alert again
// and reapplies change, up to AlertUpdateAttempts times, so no writer's
// change is lost. change reports whether it changed anything; when it
// does not, nothing is written. change must decide from the alert it is
// given (it may see a newer one than cur, possibly of another owner), and
// may be called several times.
//
// ModifyAlert returns the alert as stored (with its new Version) and
// whether it wrote it. ErrNotFound means the alert is gone; ErrConflict
// that every attempt lost the race (or the owner no longer matches).
func ModifyAlert(ctx context.Context, st AlertReadWriter, cur Alert, change func(*Alert) bool) (Alert, bool, error) {
	var err error
	for attempt := range AlertUpdateAttempts {
		if attempt > 0 {
			if cur, err = st.GetAlert(ctx, cur.ID); err != nil {
				return Alert{}, false, err
			}
		}
		a := cur
		if !change(&a) {
			return cur, false, nil
		}
		if err = st.UpdateAlert(ctx, a); err == nil {
			a.Version++
			return a, true, nil
		}
		if !errors.Is(err, ErrConflict) {
			return Alert{}, false, err
		}
	}
	return Alert{}, false, err
}
