package ingest

import (
	"errors"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestNextPoll(t *testing.T) {
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	interval := 15 * time.Minute
	st := SourceState{Name: "wire"}
	if got := NextPoll(st, now, interval, 0); !got.Equal(now.Add(interval)) {
		t.Fatalf("no failures: %v, want now+interval", got)
	}
	if got := NextPoll(st, now, 0, 0); !got.Equal(now.Add(DefaultInterval)) {
		t.Fatalf("zero interval: %v, want now+DefaultInterval", got)
	}
	prevMedian := time.Duration(0)
	for failures := 1; failures <= 12; failures++ {
		t.Run(itoa(failures), func(t *testing.T) {
			base := min(interval<<failures, MaxBackoff)
			lo := time.Duration(float64(base) * (1 - JitterFraction))
			hi := time.Duration(float64(base) * (1 + JitterFraction))
			var delays []time.Duration
			for i := range 200 {
				at := now.Add(time.Duration(i) * time.Second)
				d := NextPoll(st, at, interval, failures).Sub(at)
				if d < lo || d >= hi {
					t.Fatalf("delay %v outside [%v, %v)", d, lo, hi)
				}
				if again := NextPoll(st, at, interval, failures).Sub(at); again != d {
					t.Fatal("NextPoll is not deterministic")
				}
				delays = append(delays, d)
			}
			sort.Slice(delays, func(i, j int) bool { return delays[i] < delays[j] })
			if spread := delays[len(delays)-1] - delays[0]; spread < base/5 {
				t.Errorf("jitter spread %v too small for base %v", spread, base)
			}
			median := delays[len(delays)/2]
			if base < MaxBackoff && median <= prevMedian {
				t.Errorf("median delay %v did not grow from %v", median, prevMedian)
			}
			prevMedian = median
		})
	}
	// Sources failing together do not retry together.
	a := NextPoll(SourceState{Name: "a"}, now, interval, 3)
	b := NextPoll(SourceState{Name: "b"}, now, interval, 3)
	if a.Equal(b) {
		t.Error("two sources got the same jittered retry time")
	}
	// An interval longer than MaxBackoff still backs off to at least the interval.
	week := 7 * 24 * time.Hour
	if d := NextPoll(st, now, week, 5).Sub(now); d < time.Duration(float64(week)*(1-JitterFraction)) {
		t.Errorf("weekly source retried after %v", d)
	}
}

func TestRecordAndStatus(t *testing.T) {
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	st := SourceState{Name: "s"}
	if st.Status() != "not polled yet" || !st.Due(now) {
		t.Fatalf("fresh state: %q due=%v", st.Status(), st.Due(now))
	}
	st = st.Record(now, time.Hour, FetchResult{ETag: `"e"`, LastModified: "lm"}, nil)
	if st.ETag != `"e"` || st.Failures != 0 || !st.NextPoll.Equal(now.Add(time.Hour)) || st.Due(now) {
		t.Fatalf("after success: %+v", st)
	}
	if !strings.HasPrefix(st.Status(), "ok, last success 2026-03-03T12:00:00Z") {
		t.Errorf("status = %q", st.Status())
	}
	err := &FetchError{URL: "https://x.example/feed", Err: &TimeoutError{After: 10 * time.Second}}
	st = st.Record(now.Add(time.Hour), time.Hour, FetchResult{}, err)
	if st.LastError != "timed out after 10s" || st.Failures != 1 || st.ETag != `"e"` {
		t.Fatalf("after failure: %+v", st)
	}
	if !strings.HasPrefix(st.Status(), "failed 1 time in a row: timed out after 10s; last success") {
		t.Errorf("status = %q", st.Status())
	}
	st = st.Record(now.Add(2*time.Hour), time.Hour, FetchResult{NotModified: true}, nil)
	if st.ETag != `"e"` || st.LastModified != "lm" || st.Failures != 0 || st.LastError != "" {
		t.Fatalf("304 without validators lost the old ones: %+v", st)
	}
	if got := Describe(errors.New("plain")); got != "plain" {
		t.Errorf("Describe = %q", got)
	}
}

func TestSourceValidate(t *testing.T) {
	tests := []struct {
		name    string
		src     Source
		user    bool
		wantErr string
	}{
		{"feed ok", Source{Name: "a", Kind: KindFeed, URL: "https://x.example/feed"}, true, ""},
		{"page ok", Source{Name: "a", Kind: KindPage, URL: "http://x.example/a", FullText: FullTextAlways, Interval: time.Hour}, true, ""},
		{"local ok", Source{Name: "a", Kind: KindLocal, URL: "/srv/news"}, false, ""},
		{"local file url", Source{Name: "a", Kind: KindLocal, URL: "file:///srv/news"}, false, ""},
		{"sample", SampleSource(), false, ""},
		{"no name", Source{Kind: KindFeed, URL: "https://x.example"}, false, "name must not be empty"},
		{"bad kind", Source{Name: "a", Kind: "rss", URL: "https://x.example"}, false, `invalid kind "rss"`},
		{"no kind", Source{Name: "a", URL: "https://x.example"}, false, "kind must not be empty"},
		{"ftp", Source{Name: "a", Kind: KindFeed, URL: "ftp://x.example/f"}, false, `unsupported URL scheme "ftp"`},
		{"no host", Source{Name: "a", Kind: KindFeed, URL: "https:///f"}, false, "no host"},
		{"credentials", Source{Name: "a", Kind: KindFeed, URL: "https://u:p@x.example/f"}, false, "credentials"},
		{"empty url", Source{Name: "a", Kind: KindPage}, false, "url must not be empty"},
		{"bad policy", Source{Name: "a", Kind: KindFeed, URL: "https://x.example", FullText: "sometimes"}, false, `invalid full-text policy "sometimes"`},
		{"short interval", Source{Name: "a", Kind: KindFeed, URL: "https://x.example", Interval: time.Second}, false, "too short"},
		{"local by user", Source{Name: "a", Kind: KindLocal, URL: "/etc"}, true, "only be configured by the operator"},
		{"local with http url", Source{Name: "a", Kind: KindLocal, URL: "https://x.example"}, false, "local sources take a path"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.src.Validate()
			if tc.user {
				err = tc.src.ValidateUser()
			}
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "ingest: source") {
				t.Fatalf("err = %v, want containing %q", err, tc.wantErr)
			}
		})
	}
}
