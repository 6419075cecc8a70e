package store

import (
	"cmp"
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
