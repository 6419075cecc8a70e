package fakediscord

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// rateLimiter implements Discord-style per-route buckets (fixed windows keyed by route template
// plus top-level resource) and a global sliding one-second window.
type rateLimiter struct {
	mu          sync.Mutex
	def         Limit
	routeLimits map[string]Limit
	buckets     map[string]*bucket
	globalLimit int
	recent      []time.Time // accepted non-exempt requests within the last second
}

type bucket struct {
	start time.Time
	count int
	limit Limit
}

func newRateLimiter(def Limit, global int) *rateLimiter {
	return &rateLimiter{def: def, routeLimits: map[string]Limit{}, buckets: map[string]*bucket{}, globalLimit: global}
}

func (rl *rateLimiter) setRouteLimit(route string, l Limit) {
	rl.mu.Lock()
	rl.routeLimits[route] = l
	// Drop existing buckets of this route so the new limit applies at once.
	for k := range rl.buckets {
		if strings.HasPrefix(k, route+"|") {
			delete(rl.buckets, k)
		}
	}
	rl.mu.Unlock()
}

func (rl *rateLimiter) setGlobal(n int) {
	rl.mu.Lock()
	rl.globalLimit = n
	rl.mu.Unlock()
}

// global reports whether the global window is full; if not, the request is counted.
func (rl *rateLimiter) global(now time.Time) (time.Duration, bool) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	if rl.globalLimit < 0 {
		return 0, false
	}
	cut := now.Add(-time.Second)
	i := 0
	for i < len(rl.recent) && !rl.recent[i].After(cut) {
		i++
	}
	rl.recent = rl.recent[i:]
	if len(rl.recent) >= rl.globalLimit {
		return rl.recent[0].Add(time.Second).Sub(now), true
	}
	rl.recent = append(rl.recent, now)
	return 0, false
}

// majorParams are the top-level resources that split buckets, as on Discord.
var majorParams = []string{"channel_id", "guild_id", "webhook_id", "webhook_token", "interaction_id", "interaction_token"}

// take counts the request in its bucket and sets the X-RateLimit headers; it reports a 429 wait
// if the bucket is exhausted.
func (rl *rateLimiter) take(now time.Time, rt *route, params map[string]string, hdr http.Header) (time.Duration, bool) {
	key := rt.name + "|"
	for _, p := range majorParams {
		if v, ok := params[p]; ok {
			key += p + "=" + v + ";"
		}
	}
	rl.mu.Lock()
	defer rl.mu.Unlock()
	b := rl.buckets[key]
	if b == nil || now.Sub(b.start) >= b.limit.Window {
		l, ok := rl.routeLimits[rt.name]
		if !ok {
			l = rl.def
		}
		b = &bucket{start: now, limit: l}
		rl.buckets[key] = b
	}
	reset := b.start.Add(b.limit.Window)
	resetAfter := reset.Sub(now)
	h := fnv.New64a()
	h.Write([]byte(rt.name))
	hdr.Set("X-RateLimit-Bucket", fmt.Sprintf("%016x", h.Sum64()))
	hdr.Set("X-RateLimit-Limit", strconv.Itoa(b.limit.Requests))
	hdr.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(reset.UnixMilli())/1000, 'f', 3, 64))
	hdr.Set("X-RateLimit-Reset-After", strconv.FormatFloat(resetAfter.Seconds(), 'f', 3, 64))
	if b.count >= b.limit.Requests {
		hdr.Set("X-RateLimit-Remaining", "0")
		return resetAfter, true
	}
	b.count++
	hdr.Set("X-RateLimit-Remaining", strconv.Itoa(b.limit.Requests-b.count))
	return 0, false
}

// tooMany writes the 429 headers and body Discord sends.
func (rl *rateLimiter) tooMany(hdr http.Header, wait time.Duration, global bool, scope string) (int, int, []byte, http.Header) {
	if wait < time.Millisecond {
		wait = time.Millisecond
	}
	secs := math.Round(wait.Seconds()*1000) / 1000
	hdr.Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
	hdr.Set("X-RateLimit-Scope", scope)
	if global {
		hdr.Set("X-RateLimit-Global", "true")
		// Discord's global 429 carries no bucket headers.
		hdr.Del("X-RateLimit-Limit")
		hdr.Del("X-RateLimit-Remaining")
		hdr.Del("X-RateLimit-Reset")
		hdr.Del("X-RateLimit-Reset-After")
		hdr.Del("X-RateLimit-Bucket")
	} else if hdr.Get("X-RateLimit-Reset-After") == "" {
		hdr.Set("X-RateLimit-Remaining", "0")
		hdr.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
	}
	b, _ := json.Marshal(map[string]any{"message": "You are being rate limited.", "retry_after": secs, "global": global})
	return http.StatusTooManyRequests, 0, b, hdr
}
