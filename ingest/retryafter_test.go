package ingest

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func TestRecordRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	date := func(t time.Time) string { return t.UTC().Format(http.TimeFormat) }
	const normal = "" // wantError for "the status line, as without Retry-After"
	tests := []struct {
		name       string
		code       int
		status     string
		retryAfter string
		date       string // the response's Date header
		interval   time.Duration
		// wantWait is the expected NextPoll-now; 0 means the normal backoff.
		wantWait  time.Duration
		wantError string
	}{
		{"delta-seconds", 429, "429 Too Many Requests", "7200", "", 10 * time.Minute,
			2 * time.Hour, "the site asked us to wait 2h (429 Too Many Requests)"},
		{"delta-seconds with spaces", 429, "429 Too Many Requests", " 5400 ", "", 10 * time.Minute,
			90 * time.Minute, "the site asked us to wait 1h30m (429 Too Many Requests)"},
		{"HTTP-date", 429, "429 Too Many Requests", date(now.Add(3 * time.Hour)), "", 10 * time.Minute,
			3 * time.Hour, "the site asked us to wait 3h (429 Too Many Requests)"},
		// The server's clock is 5h behind ours: its HTTP-date is measured
		// from its own Date header, so it still means "in 1h".
		{"HTTP-date from a skewed server clock", 429, "429 Too Many Requests", date(now.Add(-4 * time.Hour)), date(now.Add(-5 * time.Hour)), 10 * time.Minute,
			time.Hour, "the site asked us to wait 1h (429 Too Many Requests)"},
		{"HTTP-date in the past ignored", 429, "429 Too Many Requests", date(now.Add(-time.Hour)), "", 10 * time.Minute,
			0, normal},
		{"garbage ignored", 429, "429 Too Many Requests", "soon, please", "", 10 * time.Minute, 0, normal},
		{"negative ignored", 429, "429 Too Many Requests", "-3600", "", 10 * time.Minute, 0, normal},
		{"fraction ignored", 429, "429 Too Many Requests", "3600.5", "", 10 * time.Minute, 0, normal},
		{"zero ignored", 429, "429 Too Many Requests", "0", "", 10 * time.Minute, 0, normal},
		{"absent header: normal backoff", 429, "429 Too Many Requests", "", "", 10 * time.Minute, 0, normal},
		{"huge value capped", 429, "429 Too Many Requests", "31536000", "", 10 * time.Minute,
			MaxRetryAfter, "the site asked us to wait more than 24h (429 Too Many Requests); waiting 24h, the most we wait"},
		{"overflowing value capped", 429, "429 Too Many Requests", "99999999999999999999999999", "", 10 * time.Minute,
			MaxRetryAfter, "the site asked us to wait more than 24h (429 Too Many Requests); waiting 24h, the most we wait"},
		{"far HTTP-date capped", 429, "429 Too Many Requests", date(now.AddDate(1, 0, 0)), "", 10 * time.Minute,
			MaxRetryAfter, "the site asked us to wait more than 24h (429 Too Many Requests); waiting 24h, the most we wait"},
		{"503 with Retry-After", 503, "503 Service Unavailable", "2700", "", time.Minute,
			45 * time.Minute, "the site asked us to wait 45m (503 Service Unavailable)"},
		{"status text filled in", 503, "", "2700", "", time.Minute,
			45 * time.Minute, "the site asked us to wait 45m (503 Service Unavailable)"},
		// Retry-After shorter than the normal backoff (2h ± 20% here) does
		// not make us poll sooner.
		{"never below the normal backoff", 429, "429 Too Many Requests", "60", "", time.Hour,
			0, "the site asked us to wait 1m (429 Too Many Requests)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prev := SourceState{Name: "wire", ETag: `"e"`}
			err := &FetchError{URL: "https://news.example/feed", Err: &StatusError{Code: tc.code, Status: tc.status, RetryAfter: tc.retryAfter, Date: tc.date}}
			st := prev.Record(now, tc.interval, FetchResult{}, err)
			if st.Failures != 1 || st.ETag != `"e"` || !st.LastAttempt.Equal(now) {
				t.Fatalf("state = %+v", st)
			}
			backoff := NextPoll(SourceState{Name: "wire"}, now, tc.interval, 1)
			want := backoff
			if tc.wantWait > 0 {
				want = now.Add(tc.wantWait)
				if !want.After(backoff) {
					t.Fatalf("bad case: Retry-After %v is not beyond the normal backoff %v", tc.wantWait, backoff.Sub(now))
				}
			}
			if !st.NextPoll.Equal(want) {
				t.Errorf("next poll in %v, want %v", st.NextPoll.Sub(now), want.Sub(now))
			}
			wantErr := tc.wantError
			if wantErr == normal {
				wantErr = (&StatusError{Code: tc.code, Status: tc.status}).Error()
			}
			if st.LastError != wantErr {
				t.Errorf("last error = %q, want %q", st.LastError, wantErr)
			}
			if st.Due(st.NextPoll.Add(-time.Second)) || !st.Due(st.NextPoll) {
				t.Error("Due does not follow NextPoll")
			}
		})
	}
}

func TestShortDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		2 * time.Hour:                         "2h",
		90 * time.Minute:                      "1h30m",
		45 * time.Minute:                      "45m",
		90 * time.Second:                      "1m30s",
		7 * time.Second:                       "7s",
		time.Hour + 5*time.Second:             "1h0m5s",
		24 * time.Hour:                        "24h",
		10*time.Minute + 400*time.Millisecond: "10m",
	} {
		if got := shortDuration(d); got != want {
			t.Errorf("shortDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestRetryAfterThroughFetcher drives the real fetcher against servers that
// answer 429/503 with Retry-After and checks the recorded NextPoll, that
// PollAll leaves the source alone until then, and that other statuses do
// not get the treatment.
func TestRetryAfterThroughFetcher(t *testing.T) {
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		code      int
		header    http.Header
		wantWait  time.Duration // 0: normal backoff
		wantError string
	}{
		{"429 delta-seconds", http.StatusTooManyRequests, http.Header{"Retry-After": {"7200"}},
			2 * time.Hour, "the site asked us to wait 2h (429 Too Many Requests)"},
		// The handler sets Date itself, so the server's clock is the test's.
		{"503 HTTP-date", http.StatusServiceUnavailable, http.Header{
			"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)},
			"Date":        {now.Add(-4 * time.Hour).Format(http.TimeFormat)},
		}, 3 * time.Hour, "the site asked us to wait 3h (503 Service Unavailable)"},
		{"429 garbage", http.StatusTooManyRequests, http.Header{"Retry-After": {"later"}},
			0, "server answered 429 Too Many Requests"},
		{"429 without header", http.StatusTooManyRequests, nil,
			0, "server answered 429 Too Many Requests"},
		{"500 with Retry-After ignored", http.StatusInternalServerError, http.Header{"Retry-After": {"7200"}},
			0, "server answered 500 Internal Server Error"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				for k, v := range tc.header {
					w.Header()[k] = v
				}
				http.Error(w, "slow down", tc.code)
			}))
			f := local(t, Options{})
			src := Source{Name: "busy", Kind: KindFeed, URL: srv.URL, FullText: FullTextNever, Interval: 10 * time.Minute}
			clock := now
			nowFn := func() time.Time { return clock }
			st, items := f.Poll(context.Background(), src, SourceState{}, nowFn)
			if len(items) != 0 || hits.Load() != 1 {
				t.Fatalf("%d items, %d requests", len(items), hits.Load())
			}
			if st.LastError != tc.wantError || st.Failures != 1 {
				t.Fatalf("last error %q (failures %d), want %q", st.LastError, st.Failures, tc.wantError)
			}
			want := NextPoll(SourceState{Name: "busy"}, now, src.Interval, 1)
			if tc.wantWait > 0 {
				want = now.Add(tc.wantWait)
			}
			if !st.NextPoll.Equal(want) {
				t.Fatalf("next poll in %v, want %v", st.NextPoll.Sub(now), want.Sub(now))
			}
			if tc.wantWait == 0 {
				return
			}
			// Not due a second before: PollAll leaves the site alone.
			states := map[string]SourceState{src.Name: st}
			clock = st.NextPoll.Add(-time.Second)
			if out := f.PollAll(context.Background(), []Source{src}, states, nowFn, 2); out[0].Polled || hits.Load() != 1 {
				t.Fatalf("polled %v before Retry-After ran out (%d requests)", out[0].Polled, hits.Load())
			}
			clock = st.NextPoll
			out := f.PollAll(context.Background(), []Source{src}, states, nowFn, 2)
			if !out[0].Polled || hits.Load() != 2 || out[0].State.Failures != 2 {
				t.Fatalf("not polled once Retry-After ran out: polled %v, %d requests, state %+v", out[0].Polled, hits.Load(), out[0].State)
			}
		})
	}
}
