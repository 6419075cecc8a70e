package ingest

import (
	"context"
	"encoding/binary"
	"errors"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Backoff bounds.
const (
	// MaxBackoff caps the delay before retrying a failing source.
	MaxBackoff = 24 * time.Hour
	// JitterFraction is the spread of a backoff delay: it lands uniformly in
	// [d*(1-JitterFraction), d*(1+JitterFraction)).
	JitterFraction = 0.2
	// FailingAfter is the number of consecutive failures after which a
	// source is reported as failing (it is still polled).
	FailingAfter = 3
	// MaxRetryAfter caps how long a site's Retry-After header can hold a
	// source back; a longer (or absurd) request waits this long.
	MaxRetryAfter = 24 * time.Hour
)

// SourceState is the polling state of one source. Its fields mirror
// store.SourceState.
type SourceState struct {
	Name string
	// ETag and LastModified are the validators of the last response.
	ETag         string
	LastModified string
	LastSuccess  time.Time
	LastAttempt  time.Time
	// LastError is the last failure in plain words ("server answered 500
	// Internal Server Error", "timed out after 10s"); empty after a success.
	LastError string
	// Failures counts consecutive failures.
	Failures int
	// NextPoll is when the source is due again. After a 429 or 503 answer
	// with a Retry-After header it is at least that far ahead (up to
	// MaxRetryAfter), so a restart still honours the site's request.
	NextPoll time.Time
}

// Due reports whether the source should be polled at now.
func (s SourceState) Due(now time.Time) bool { return !now.Before(s.NextPoll) }

// Failing reports whether the source has failed FailingAfter times in a row;
// callers show it to admins (it is never dropped).
func (s SourceState) Failing() bool { return s.Failures >= FailingAfter }

// Status is a one-line summary for `attache sources list` and the bot.
func (s SourceState) Status() string {
	switch {
	case s.Failures == 0 && s.LastSuccess.IsZero():
		return "not polled yet"
	case s.Failures == 0:
		return "ok, last success " + s.LastSuccess.UTC().Format(time.RFC3339)
	}
	word := "failed"
	if s.Failing() {
		word = "FAILING"
	}
	msg := word + " " + plural(s.Failures, "time") + " in a row: " + s.LastError
	if !s.LastSuccess.IsZero() {
		msg += "; last success " + s.LastSuccess.UTC().Format(time.RFC3339)
	}
	return msg + "; next try " + s.NextPoll.UTC().Format(time.RFC3339)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// NextPoll returns when a source is due again. With no failures it is
// now+interval. After failures the delay doubles per failure starting at
// 2*interval, capped at MaxBackoff (or interval if larger), and is spread by
// ±JitterFraction so failing sources do not retry in lock step. The jitter
// is derived from the state's name, the failure count and now, so NextPoll
// is a pure function.
func NextPoll(state SourceState, now time.Time, interval time.Duration, failures int) time.Time {
	if interval <= 0 {
		interval = DefaultInterval
	}
	if failures <= 0 {
		return now.Add(interval)
	}
	limit := max(MaxBackoff, interval)
	d := interval
	for i := 0; i < failures && d < limit; i++ {
		d *= 2
	}
	d = min(d, limit)
	h := fnv.New64a()
	h.Write([]byte(state.Name))
	var buf [16]byte
	binary.LittleEndian.PutUint64(buf[:8], uint64(failures))
	binary.LittleEndian.PutUint64(buf[8:], uint64(now.UnixNano()))
	h.Write(buf[:])
	r := float64(h.Sum64()>>11) / (1 << 53) // uniform in [0, 1)
	factor := 1 - JitterFraction + 2*JitterFraction*r
	return now.Add(time.Duration(float64(d) * factor))
}

// Record returns the state after a fetch that ended at now with res or err.
// A failure keeps the validators of the last success; a 304 without new
// validators keeps the old ones. When the site answered 429 or 503 with a
// usable Retry-After header, the next poll waits at least that long (capped
// at MaxRetryAfter, never sooner than the normal backoff) and LastError says
// so ("the site asked us to wait 2h (429 Too Many Requests)").
func (s SourceState) Record(now time.Time, interval time.Duration, res FetchResult, err error) SourceState {
	s.LastAttempt = now
	if err != nil {
		s.Failures++
		s.LastError = Describe(err)
		s.NextPoll = NextPoll(s, now, interval, s.Failures)
		var se *StatusError
		if errors.As(err, &se) {
			if wait, capped, ok := retryAfter(se.RetryAfter, se.Date, now); ok {
				if at := now.Add(wait); at.After(s.NextPoll) {
					s.NextPoll = at
				}
				status := se.Status
				if status == "" {
					status = itoa(se.Code) + " " + http.StatusText(se.Code)
				}
				if capped {
					s.LastError = "the site asked us to wait more than " + shortDuration(MaxRetryAfter) + " (" + status + "); waiting " + shortDuration(MaxRetryAfter) + ", the most we wait"
				} else {
					s.LastError = "the site asked us to wait " + shortDuration(wait) + " (" + status + ")"
				}
			}
		}
		return s
	}
	s.Failures = 0
	s.LastError = ""
	s.LastSuccess = now
	if res.ETag != "" || res.LastModified != "" || !res.NotModified {
		s.ETag, s.LastModified = res.ETag, res.LastModified
	}
	s.NextPoll = NextPoll(s, now, interval, 0)
	return s
}

// retryAfter parses a Retry-After header value, delta-seconds ("120") or an
// HTTP-date, into a delay from now. An HTTP-date is measured from the
// response's Date header when it parses (so a skewed server clock does not
// matter), else from now. ok is false for an empty, malformed, zero or past
// value; a delay above MaxRetryAfter comes back as MaxRetryAfter with capped
// set.
func retryAfter(value, date string, now time.Time) (wait time.Duration, capped, ok bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0, false, false
	}
	if strings.Trim(value, "0123456789") == "" {
		secs, err := strconv.ParseInt(value, 10, 64)
		switch {
		case errors.Is(err, strconv.ErrRange), err == nil && secs > int64(MaxRetryAfter/time.Second):
			return MaxRetryAfter, true, true
		case err != nil || secs == 0:
			return 0, false, false
		}
		return time.Duration(secs) * time.Second, false, true
	}
	at, err := http.ParseTime(value)
	if err != nil {
		return 0, false, false
	}
	ref := now
	if d, err := http.ParseTime(strings.TrimSpace(date)); err == nil {
		ref = d
	}
	wait = at.Sub(ref)
	switch {
	case wait <= 0:
		return 0, false, false
	case wait > MaxRetryAfter:
		return MaxRetryAfter, true, true
	}
	return wait, false, true
}

// shortDuration formats d to the second without zero units: "2h", "1h30m",
// "45s".
func shortDuration(d time.Duration) string {
	str := d.Round(time.Second).String()
	if cut, ok := strings.CutSuffix(str, "m0s"); ok {
		str = cut + "m" // "5m0s" -> "5m", "2h0m0s" -> "2h0m"
	}
	if cut, ok := strings.CutSuffix(str, "h0m"); ok {
		str = cut + "h" // "2h0m" -> "2h"
	}
	return str
}

// Poll fetches src with the validators in st and returns the new state and
// the items. A failure is logged and recorded in the state, never hidden.
func (f *Fetcher) Poll(ctx context.Context, src Source, st SourceState, now func() time.Time) (SourceState, []Item) {
	if st.Name == "" {
		st.Name = src.Name
	}
	res, err := f.Fetch(ctx, src, FetchState{ETag: st.ETag, LastModified: st.LastModified})
	st = st.Record(now(), src.interval(), res, err)
	if err != nil {
		lvl := "ingest: source failed"
		if st.Failing() {
			lvl = "ingest: source keeps failing"
		}
		f.log.Warn(lvl, "source", src.Name, "url", src.URL, "failures", st.Failures, "err", st.LastError, "next_poll", st.NextPoll)
	}
	return st, res.Items
}

// PollResult is one source's outcome in PollAll.
type PollResult struct {
	Source Source
	State  SourceState
	Items  []Item
	// Polled is false when the source was not due.
	Polled bool
}

// PollAll polls every source of srcs that is due at now() (per states, keyed
// by source name; a missing state means due), running up to workers
// sources at a time (1 when workers < 1). Results keep the order of srcs; a
// failing source yields its failure state and never stops the others.
func (f *Fetcher) PollAll(ctx context.Context, srcs []Source, states map[string]SourceState, now func() time.Time, workers int) []PollResult {
	out := make([]PollResult, len(srcs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, len(srcs))) {
		wg.Go(func() {
			for i := range jobs {
				st, items := f.Poll(ctx, srcs[i], out[i].State, now)
				out[i].State, out[i].Items, out[i].Polled = st, items, true
			}
		})
	}
	t := now()
	for i, src := range srcs {
		st, ok := states[src.Name]
		if !ok {
			st = SourceState{Name: src.Name}
		}
		out[i] = PollResult{Source: src, State: st}
		if ok && !st.Due(t) {
			continue
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}
