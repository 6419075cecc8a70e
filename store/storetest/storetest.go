// Package storetest is the conformance suite every store.Store backend must
// pass: CRUD and not-found behaviour of every record type, the delivery
// ledger's set-if-absent, queue semantics (FIFO, visibility timeout
// redelivery, retry, stats), lease contention between clients, the per-user
// alert limit under concurrency, alert versions (a stale UpdateAlert
// conflicts; concurrent read-modify-write loops lose no update), the rate
// limiter, retention, and persistence across reopening.
//
// A backend's test calls Run with a Backend that opens clients on a fresh
// data set.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

// Opener opens one more client on the data set it was made for. Calling it
// after closing every client must find the data written before (that is the
// persistence test).
type Opener func(t testing.TB) store.Store

// Backend describes a store implementation to the suite.
type Backend struct {
	// Fresh prepares a new, empty data set and returns its Opener.
	Fresh func(t testing.TB) Opener
	// Concurrent reports whether two clients may be open on one data set at
	// the same time (true for Redis; false for bolt, which locks its file).
	// When false, the contention tests share one client among goroutines.
	Concurrent bool
}

// Run runs the whole suite against b, each part as a subtest.
func Run(t *testing.T, b Backend) {
	tests := []struct {
		name string
		fn   func(t *testing.T, b Backend)
	}{
		{"Subscriptions", testSubscriptions},
		{"Alerts", testAlerts},
		{"AlertLimitConcurrent", testAlertLimitConcurrent},
		{"AlertVersions", testAlertVersions},
		{"AlertUpdateRace", testAlertUpdateRace},
		{"Articles", testArticles},
		{"Stories", testStories},
		{"StoryVersionRace", testStoryVersionRace},
		{"Sources", testSources},
		{"PutAlert", testPutAlert},
		{"Ledger", testLedger},
		{"ListDeliveries", testListDeliveries},
		{"Queue", testQueue},
		{"QueueVisibility", testQueueVisibility},
		{"QueueRetry", testQueueRetry},
		{"QueueConsumers", testQueueConsumers},
		{"Leases", testLeases},
		{"LeaseContention", testLeaseContention},
		{"RateLimit", testRateLimit},
		{"Expire", testExpire},
		{"Persistence", testPersistence},
		{"Context", testContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, b) })
	}
}

// open returns a client on a fresh data set, closed at cleanup.
func open(t *testing.T, b Backend) (store.Store, Opener) {
	t.Helper()
	o := b.Fresh(t)
	s := o(t)
	t.Cleanup(func() { _ = s.Close() })
	return s, o
}

// second returns another client on the same data when the backend allows
// it, else s itself.
func second(t *testing.T, b Backend, s store.Store, o Opener) store.Store {
	t.Helper()
	if !b.Concurrent {
		return s
	}
	s2 := o(t)
	t.Cleanup(func() { _ = s2.Close() })
	return s2
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// day is a fixed UTC base time; UTC times round-trip JSON exactly.
var day = time.Date(2025, 2, 18, 9, 30, 0, 0, time.UTC)

func mustNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("%s: err = %v, want ErrNotFound", what, err)
	}
}

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("%s:\n got  %s\n want %s", what, gj, wj)
	}
}

func testSubscriptions(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	a := store.Subscription{
		GuildID: "g1", ChannelID: "c1", Time: "07:30", TimeZone: "Europe/Paris",
		Days:    []time.Weekday{time.Monday, time.Friday},
		Filters: store.Filters{Countries: []string{"Ukraine"}, People: []string{"Lavrov"}, Keywords: []string{"ceasefire"}},
		Length:  5, Format: store.FormatCompact, CreatedBy: "u1", CreatedAt: day, UpdatedAt: day,
	}
	c2 := store.Subscription{GuildID: "g1", ChannelID: "c2", Time: "08:00", TimeZone: "UTC", Length: 3, Format: store.FormatFull}
	c3 := store.Subscription{GuildID: "g2", ChannelID: "c3", Time: "08:00", TimeZone: "UTC", Length: 3, Format: store.FormatFull}
	for _, sub := range []store.Subscription{c3, a, c2} {
		must(t, "put", s.PutSubscription(ctx, sub))
	}
	got, err := s.GetSubscription(ctx, "c1")
	must(t, "get", err)
	equal(t, "get c1", got, a)

	a.Length = 10
	a.UpdatedAt = day.Add(time.Hour)
	must(t, "replace", s.PutSubscription(ctx, a))
	got, err = s.GetSubscription(ctx, "c1")
	must(t, "get replaced", err)
	equal(t, "replaced c1", got, a)

	list, err := s.ListSubscriptions(ctx, "g1")
	must(t, "list g1", err)
	equal(t, "list g1", list, []store.Subscription{a, c2})
	list, err = s.ListSubscriptions(ctx, "")
	must(t, "list all", err)
	equal(t, "list all", list, []store.Subscription{a, c2, c3})
	list, err = s.ListSubscriptions(ctx, "nope")
	must(t, "list none", err)
	if len(list) != 0 {
		t.Errorf("list of unknown guild = %v, want empty", list)
	}

	must(t, "delete", s.DeleteSubscription(ctx, "c2"))
	_, err = s.GetSubscription(ctx, "c2")
	mustNotFound(t, "get deleted", err)
	mustNotFound(t, "delete twice", s.DeleteSubscription(ctx, "c2"))
	_, err = s.GetSubscription(ctx, "never")
	mustNotFound(t, "get unknown", err)
	if err := s.PutSubscription(ctx, store.Subscription{GuildID: "g"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("put without channel: err = %v, want ErrInvalid", err)
	}
}

func testAlerts(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	in := store.Alert{
		UserID: "u1", GuildID: "g1", Expression: `iran AND "nuclear talks"`, Mode: store.ModeDM,
		QuietHours: store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Asia/Tokyo"},
	}
	a1, err := s.CreateAlert(ctx, in, 3)
	must(t, "create", err)
	if a1.ID == "" || a1.CreatedAt.IsZero() || a1.Version != 1 {
		t.Fatalf("create did not assign ID, CreatedAt and version 1: %+v", a1)
	}
	got, err := s.GetAlert(ctx, a1.ID)
	must(t, "get", err)
	if !got.CreatedAt.Equal(a1.CreatedAt) {
		t.Errorf("CreatedAt = %v, want %v", got.CreatedAt, a1.CreatedAt)
	}
	got.CreatedAt = a1.CreatedAt
	equal(t, "get", got, a1)

	in.ID, in.CreatedAt = "fixed-id", day
	a2, err := s.CreateAlert(ctx, in, 3)
	must(t, "create with id", err)
	if a2.ID != "fixed-id" || !a2.CreatedAt.Equal(day) {
		t.Errorf("create kept %q %v, want fixed-id %v", a2.ID, a2.CreatedAt, day)
	}
	if _, err := s.CreateAlert(ctx, in, 3); !errors.Is(err, store.ErrConflict) {
		t.Errorf("create with taken id: err = %v, want ErrConflict", err)
	}
	in.ID, in.CreatedAt = "", time.Time{}
	a3, err := s.CreateAlert(ctx, in, 3)
	must(t, "create third", err)
	if _, err := s.CreateAlert(ctx, in, 3); !errors.Is(err, store.ErrLimit) {
		t.Errorf("fourth create with limit 3: err = %v, want ErrLimit", err)
	}
	other, err := s.CreateAlert(ctx, store.Alert{UserID: "u2", Expression: "nato", Mode: store.ModeDM, CreatedAt: day.Add(time.Hour)}, 3)
	must(t, "other user's create is not limited by u1", err)
	if _, err := s.CreateAlert(ctx, store.Alert{UserID: "u1", Expression: "x"}, 0); err != nil {
		t.Errorf("create with no limit: %v", err)
	}

	a1.MutedUntil = day.Add(48 * time.Hour)
	a1.PausedReason = "Your DMs are closed."
	must(t, "update", s.UpdateAlert(ctx, a1))
	got, err = s.GetAlert(ctx, a1.ID)
	must(t, "get updated", err)
	if !got.MutedUntil.Equal(a1.MutedUntil) || got.PausedReason != a1.PausedReason || got.Version != 2 {
		t.Errorf("updated alert = %+v, want version 2", got)
	}
	a1.Version = got.Version
	stolen := a1
	stolen.UserID = "u2"
	if err := s.UpdateAlert(ctx, stolen); !errors.Is(err, store.ErrConflict) {
		t.Errorf("update with another owner: err = %v, want ErrConflict", err)
	}
	mustNotFound(t, "update unknown", s.UpdateAlert(ctx, store.Alert{ID: "nope", UserID: "u1"}))

	list, err := s.ListAlerts(ctx, "u1")
	must(t, "list u1", err)
	if len(list) != 4 || list[0].ID != "fixed-id" {
		t.Errorf("list u1 = %d alerts starting %q, want 4 starting fixed-id (oldest first)", len(list), firstID(list))
	}
	all, err := s.ListAlerts(ctx, "")
	must(t, "list all", err)
	if len(all) != 5 {
		t.Errorf("list all = %d alerts, want 5", len(all))
	}

	must(t, "delete", s.DeleteAlert(ctx, a3.ID))
	_, err = s.GetAlert(ctx, a3.ID)
	mustNotFound(t, "get deleted", err)
	mustNotFound(t, "delete twice", s.DeleteAlert(ctx, a3.ID))
	list, _ = s.ListAlerts(ctx, "u1")
	if len(list) != 3 {
		t.Errorf("after delete u1 has %d alerts, want 3", len(list))
	}
	must(t, "delete other", s.DeleteAlert(ctx, other.ID))
	if _, err := s.CreateAlert(ctx, store.Alert{Expression: "x"}, 3); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("create without user: err = %v, want ErrInvalid", err)
	}
}

// testAlertVersions checks the optimistic concurrency of alerts: a stale
// UpdateAlert fails with ErrConflict and changes nothing, PutAlert moves
// the version past the stored one, and ModifyAlert reapplies a change
// made from a stale read.
func testAlertVersions(t *testing.T, b Backend) {
	s, o := open(t, b)
	s2 := second(t, b, s, o)
	ctx := ctxT(t)
	a, err := s.CreateAlert(ctx, store.Alert{ID: "v", UserID: "u1", Expression: "iran", Mode: store.ModeDM, CreatedAt: day, Version: 7}, 0)
	must(t, "create", err)
	if a.Version != 1 {
		t.Errorf("created version = %d, want 1 whatever was given", a.Version)
	}
	stale := a // read by one replica...
	fresh := a // ...and by another
	fresh.MutedUntil = day.Add(time.Hour)
	must(t, "update fresh", s2.UpdateAlert(ctx, fresh))
	stale.PausedReason = "paused"
	if err := s.UpdateAlert(ctx, stale); !errors.Is(err, store.ErrConflict) {
		t.Errorf("stale update: err = %v, want ErrConflict", err)
	}
	got, err := s.GetAlert(ctx, "v")
	must(t, "get", err)
	if got.Version != 2 || got.PausedReason != "" || !got.MutedUntil.Equal(fresh.MutedUntil) {
		t.Errorf("after a fresh and a stale update: %+v, want version 2, muted, not paused", got)
	}
	stale.Version = 5 // a version from the future is as wrong as one from the past
	if err := s.UpdateAlert(ctx, stale); !errors.Is(err, store.ErrConflict) {
		t.Errorf("update at a newer version: err = %v, want ErrConflict", err)
	}

	// ModifyAlert from the stale read: the first write conflicts, the
	// second applies the change to the fresh alert, keeping the mute.
	calls := 0
	mod, wrote, err := store.ModifyAlert(ctx, s, a, func(x *store.Alert) bool {
		calls++
		x.PausedReason = "paused"
		return true
	})
	must(t, "modify", err)
	if !wrote || calls != 2 || mod.Version != 3 || !mod.MutedUntil.Equal(fresh.MutedUntil) || mod.PausedReason != "paused" {
		t.Errorf("modify from a stale read: wrote %v after %d calls, %+v; want a write after 2 calls at version 3 keeping the mute", wrote, calls, mod)
	}
	got, err = s.GetAlert(ctx, "v")
	must(t, "get modified", err)
	equal(t, "modified alert", got, mod)
	if _, wrote, err := store.ModifyAlert(ctx, s, got, func(*store.Alert) bool { return false }); wrote || err != nil {
		t.Errorf("modify without a change: wrote %v, err %v; want no write", wrote, err)
	}
	_, _, err = store.ModifyAlert(ctx, s, store.Alert{ID: "gone", UserID: "u1"}, func(*store.Alert) bool { return true })
	mustNotFound(t, "modify a missing alert", err)

	// PutAlert (an import) writes past the stored version, so a write
	// prepared before it conflicts instead of undoing it.
	before := got
	imported := got
	imported.Expression, imported.Version = "nato", 0
	must(t, "put", s2.PutAlert(ctx, imported))
	got, err = s.GetAlert(ctx, "v")
	must(t, "get put", err)
	if got.Version != before.Version+1 || got.Expression != "nato" {
		t.Errorf("put over version %d: %+v, want version %d and the new expression", before.Version, got, before.Version+1)
	}
	before.Expression = "iran OR nato"
	if err := s.UpdateAlert(ctx, before); !errors.Is(err, store.ErrConflict) {
		t.Errorf("update prepared before a put: err = %v, want ErrConflict", err)
	}
	imported.Version = 40
	must(t, "put a higher version", s.PutAlert(ctx, imported))
	if got, _ := s.GetAlert(ctx, "v"); got.Version != 40 {
		t.Errorf("put at version 40 over %d stored %d, want 40", before.Version+1, got.Version)
	}
	must(t, "delete", s.DeleteAlert(ctx, "v"))
	imported.Version = 0
	must(t, "put after delete", s.PutAlert(ctx, imported))
	if got, _ := s.GetAlert(ctx, "v"); got.Version != 1 {
		t.Errorf("put of a new alert stored version %d, want 1", got.Version)
	}
}

// testAlertUpdateRace runs read-modify-write loops on one alert from
// several goroutines (and clients, when the backend allows): each bumps
// MutedUntil by a second, retrying on ErrConflict. No bump may be lost,
// and the version counts every write.
func testAlertUpdateRace(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	a, err := s1.CreateAlert(ctx, store.Alert{UserID: "u", Expression: "x", Mode: store.ModeDM, CreatedAt: day, MutedUntil: day}, 0)
	must(t, "create", err)
	const workers, rounds = 8, 25
	var conflicts atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			for range rounds {
				for try := 0; ; try++ {
					if try == 1000 {
						t.Errorf("worker %d: no write in %d tries", w, try)
						return
					}
					cur, err := s.GetAlert(ctx, a.ID)
					if err != nil {
						t.Errorf("get: %v", err)
						return
					}
					cur.MutedUntil = cur.MutedUntil.Add(time.Second)
					err = s.UpdateAlert(ctx, cur)
					if err == nil {
						break
					}
					if !errors.Is(err, store.ErrConflict) {
						t.Errorf("update: %v", err)
						return
					}
					conflicts.Add(1)
				}
			}
		})
	}
	wg.Wait()
	got, err := s1.GetAlert(ctx, a.ID)
	must(t, "get", err)
	if want := day.Add(workers * rounds * time.Second); !got.MutedUntil.Equal(want) {
		t.Errorf("MutedUntil = %v, want %v: %v of %d updates lost", got.MutedUntil, want,
			want.Sub(got.MutedUntil)/time.Second, workers*rounds)
	}
	if got.Version != 1+workers*rounds {
		t.Errorf("version = %d, want %d", got.Version, 1+workers*rounds)
	}
	t.Logf("%d conflicts retried", conflicts.Load())
}

func firstID(as []store.Alert) string {
	if len(as) == 0 {
		return ""
	}
	return as[0].ID
}

func testAlertLimitConcurrent(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	const limit, workers, rounds = 4, 8, 12
	var created, limited atomic.Int64
	stop := make(chan struct{})
	var over atomic.Int64
	var checker sync.WaitGroup
	checker.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			list, err := s1.ListAlerts(ctx, "racer")
			if err == nil && len(list) > limit {
				over.Store(int64(len(list)))
			}
		}
	})
	var wg sync.WaitGroup
	for w := range workers {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			for r := range rounds {
				a, err := s.CreateAlert(ctx, store.Alert{UserID: "racer", Expression: fmt.Sprint(w, r)}, limit)
				switch {
				case errors.Is(err, store.ErrLimit):
					limited.Add(1)
					continue
				case err != nil:
					t.Errorf("create: %v", err)
					return
				}
				created.Add(1)
				if r%3 != 2 { // keep some, delete most
					if err := s.DeleteAlert(ctx, a.ID); err != nil {
						t.Errorf("delete: %v", err)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(stop)
	checker.Wait()
	if n := over.Load(); n > 0 {
		t.Errorf("saw %d alerts for one user, limit %d", n, limit)
	}
	list, err := s1.ListAlerts(ctx, "racer")
	must(t, "list", err)
	if len(list) != limit {
		t.Errorf("after the race the user has %d alerts, want exactly the limit %d", len(list), limit)
	}
	if limited.Load() == 0 || created.Load() <= limit {
		t.Errorf("race too weak: %d created, %d limited", created.Load(), limited.Load())
	}
}

func sampleResult() *digest.Result {
	return &digest.Result{
		ID: "a1", Offsets: "bytes",
		People:    []digest.Person{{Name: "Sergei Lavrov", Role: "foreign minister", Affiliation: "Russia", Participant: true}},
		Countries: []string{"Russia", "United States"},
		Venue:     &digest.Place{Name: "Riyadh", Country: "Saudi Arabia"},
		Dates:     []digest.Date{{Text: "Tuesday", Start: 10, End: 17, Value: "2025-02-18", Type: "DATE"}},
		QuickLook: digest.QuickLook{Headline: "Talks in Riyadh", Bullets: []digest.Bullet{{Label: "Where", Text: "Riyadh"}}},
		Relevance: 0.9,
	}
}

func testArticles(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	a := store.Article{
		ID: "a1", URL: "https://example.org/x?utm=1", CanonicalURL: "https://example.org/x", GUID: "tag:1",
		Title: "Talks", Source: "wire", Author: "A. Writer", Published: day, FirstSeen: day.Add(time.Minute),
		Body: "Body text.\nMore.", SimHash: 0xfedcba9876543210, Result: sampleResult(), StoryID: "s1",
	}
	must(t, "put", s.PutArticle(ctx, a))
	got, err := s.GetArticle(ctx, "a1")
	must(t, "get", err)
	equal(t, "get", got, a)
	for _, key := range []string{store.URLKey(a.CanonicalURL), store.GUIDKey(a.GUID)} {
		id, err := s.LookupArticle(ctx, key)
		if err != nil || id != "a1" {
			t.Errorf("lookup %q = %q, %v; want a1", key, id, err)
		}
	}
	_, err = s.LookupArticle(ctx, store.URLKey(a.URL))
	mustNotFound(t, "lookup raw URL when a canonical one exists", err)

	// Replacing with a new canonical URL moves the key.
	a.CanonicalURL = "https://example.org/y"
	a.Result = nil
	must(t, "replace", s.PutArticle(ctx, a))
	_, err = s.LookupArticle(ctx, store.URLKey("https://example.org/x"))
	mustNotFound(t, "lookup stale key", err)
	if id, err := s.LookupArticle(ctx, store.URLKey("https://example.org/y")); err != nil || id != "a1" {
		t.Errorf("lookup new key = %q, %v", id, err)
	}
	got, _ = s.GetArticle(ctx, "a1")
	equal(t, "replaced", got, a)

	// An article without canonical URL is found by its URL.
	b2 := store.Article{ID: "a2", URL: "https://example.org/z", FirstSeen: day}
	must(t, "put a2", s.PutArticle(ctx, b2))
	if id, err := s.LookupArticle(ctx, store.URLKey(b2.URL)); err != nil || id != "a2" {
		t.Errorf("lookup by URL = %q, %v", id, err)
	}

	must(t, "delete", s.DeleteArticle(ctx, "a1"))
	_, err = s.GetArticle(ctx, "a1")
	mustNotFound(t, "get deleted", err)
	_, err = s.LookupArticle(ctx, store.GUIDKey("tag:1"))
	mustNotFound(t, "lookup deleted", err)
	mustNotFound(t, "delete twice", s.DeleteArticle(ctx, "a1"))
	_, err = s.GetArticle(ctx, "nope")
	mustNotFound(t, "get unknown", err)
	if err := s.PutArticle(ctx, store.Article{URL: "u"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("put without id: err = %v, want ErrInvalid", err)
	}
}

func story(id string, lastSeen time.Time, articles ...string) store.Story {
	return store.Story{
		ID: id, Title: "Story " + id, ArticleIDs: articles, URLs: []string{"https://example.org/" + id},
		Outlets: []string{"wire"}, Published: lastSeen.Add(-time.Hour), FirstSeen: lastSeen.Add(-time.Hour),
		LastSeen: lastSeen, Relevance: 0.5, Facts: *sampleResult(),
	}
}

func testStories(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	s1 := story("s1", day, "a1")
	s1.Changes = []store.Change{{At: day, Text: "Turkey confirmed attendance"}}
	v, err := s.PutStory(ctx, s1)
	must(t, "put new", err)
	if v != 1 {
		t.Errorf("first version = %d, want 1", v)
	}
	got, err := s.GetStory(ctx, "s1")
	must(t, "get", err)
	s1.Version = 1
	equal(t, "get", got, s1)

	if _, err := s.PutStory(ctx, story("s1", day)); !errors.Is(err, store.ErrConflict) {
		t.Errorf("put version 0 over existing: err = %v, want ErrConflict", err)
	}
	s1.LastSeen = day.Add(2 * time.Hour)
	if v, err = s.PutStory(ctx, s1); err != nil || v != 2 {
		t.Errorf("update = %d, %v; want 2", v, err)
	}
	if _, err := s.PutStory(ctx, s1); !errors.Is(err, store.ErrConflict) {
		t.Errorf("put stale version: err = %v, want ErrConflict", err)
	}
	if _, err := s.PutStory(ctx, store.Story{ID: "new", Version: 3}); !errors.Is(err, store.ErrConflict) {
		t.Errorf("put version 3 of a missing story: err = %v, want ErrConflict", err)
	}

	for i, id := range []string{"s2", "s3", "s4"} {
		_, err := s.PutStory(ctx, story(id, day.Add(time.Duration(i)*time.Hour)))
		must(t, "put "+id, err)
	}
	// LastSeen: s2 +0h, s3 +1h, s1 +2h, s4 +2h (ties in either order).
	list, err := s.ListStories(ctx, time.Time{}, 0)
	must(t, "list", err)
	if ids := storyIDs(list); len(ids) != 4 || ids[2] != "s3" || ids[3] != "s2" {
		t.Errorf("list = %v, want [s1|s4 s4|s1 s3 s2]", ids)
	}
	list, err = s.ListStories(ctx, day.Add(time.Hour), 0)
	must(t, "list since", err)
	if ids := storyIDs(list); len(ids) != 3 || ids[2] != "s3" {
		t.Errorf("list since +1h = %v, want 3 ending s3 (since is inclusive)", ids)
	}
	list, err = s.ListStories(ctx, time.Time{}, 2)
	must(t, "list limit", err)
	if len(list) != 2 || list[0].LastSeen != day.Add(2*time.Hour) {
		t.Errorf("list limit 2 = %v", storyIDs(list))
	}
	list, err = s.ListStories(ctx, day.Add(24*time.Hour), 0)
	must(t, "list future", err)
	if len(list) != 0 {
		t.Errorf("list since tomorrow = %v, want none", storyIDs(list))
	}

	must(t, "delete", s.DeleteStory(ctx, "s1"))
	_, err = s.GetStory(ctx, "s1")
	mustNotFound(t, "get deleted", err)
	mustNotFound(t, "delete twice", s.DeleteStory(ctx, "s1"))
	list, _ = s.ListStories(ctx, time.Time{}, 0)
	if len(list) != 3 {
		t.Errorf("list after delete = %v, want 3", storyIDs(list))
	}
	// A deleted story starts again at version 0.
	if v, err := s.PutStory(ctx, story("s1", day)); err != nil || v != 1 {
		t.Errorf("recreate = %d, %v; want 1", v, err)
	}
}

func storyIDs(l []store.Story) []string {
	var ids []string
	for _, s := range l {
		ids = append(ids, s.ID)
	}
	return ids
}

// testStoryVersionRace has writers on two clients append changes with
// read-modify-write loops; optimistic concurrency must lose none.
func testStoryVersionRace(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	if _, err := s1.PutStory(ctx, story("race", day)); err != nil {
		t.Fatal(err)
	}
	const writers, each = 6, 5
	var conflicts atomic.Int64
	var wg sync.WaitGroup
	for w := range writers {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			for i := range each {
				for {
					st, err := s.GetStory(ctx, "race")
					if err != nil {
						t.Errorf("get: %v", err)
						return
					}
					st.Changes = append(st.Changes, store.Change{At: day, Text: fmt.Sprint(w, "-", i)})
					_, err = s.PutStory(ctx, st)
					if errors.Is(err, store.ErrConflict) {
						conflicts.Add(1)
						continue
					}
					if err != nil {
						t.Errorf("put: %v", err)
						return
					}
					break
				}
			}
		})
	}
	wg.Wait()
	st, err := s1.GetStory(ctx, "race")
	must(t, "get", err)
	if len(st.Changes) != writers*each || st.Version != writers*each+1 {
		t.Errorf("story has %d changes at version %d, want %d at %d (%d conflicts retried)",
			len(st.Changes), st.Version, writers*each, writers*each+1, conflicts.Load())
	}
}

func testSources(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	src := store.Source{Name: "wire", URL: "https://example.org/feed.xml", Kind: "rss", Language: "en",
		FullText: store.FullTextAuto, Interval: 15 * time.Minute, GuildID: "g1", AddedBy: "u1", AddedAt: day}
	other := store.Source{Name: "agency", URL: "https://example.net/atom", Kind: "atom", Interval: time.Hour}
	must(t, "put", s.PutSource(ctx, src))
	must(t, "put other", s.PutSource(ctx, other))
	got, err := s.GetSource(ctx, "wire")
	must(t, "get", err)
	equal(t, "get", got, src)
	list, err := s.ListSources(ctx)
	must(t, "list", err)
	equal(t, "list", list, []store.Source{other, src})

	st := store.SourceState{Name: "wire", ETag: `"abc"`, LastModified: "Tue, 18 Feb 2025 09:00:00 GMT",
		LastSuccess: day, LastAttempt: day.Add(time.Minute), LastError: "The feed answered 503.", Failures: 2, NextPoll: day.Add(time.Hour)}
	_, err = s.GetSourceState(ctx, "wire")
	mustNotFound(t, "state before put", err)
	must(t, "put state", s.PutSourceState(ctx, st))
	gotSt, err := s.GetSourceState(ctx, "wire")
	must(t, "get state", err)
	equal(t, "state", gotSt, st)
	must(t, "put other state", s.PutSourceState(ctx, store.SourceState{Name: "agency", Failures: 1}))
	states, err := s.ListSourceStates(ctx)
	must(t, "list states", err)
	if len(states) != 2 || states[0].Name != "agency" || states[1].Name != "wire" {
		t.Errorf("states = %+v", states)
	}

	must(t, "delete", s.DeleteSource(ctx, "wire"))
	_, err = s.GetSource(ctx, "wire")
	mustNotFound(t, "get deleted", err)
	_, err = s.GetSourceState(ctx, "wire")
	mustNotFound(t, "state of deleted source", err)
	mustNotFound(t, "delete twice", s.DeleteSource(ctx, "wire"))
	if err := s.PutSource(ctx, store.Source{URL: "x"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("put without name: err = %v, want ErrInvalid", err)
	}
}

func testPutAlert(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	// Two alerts fill u1's limit of 2; PutAlert restores a third anyway,
	// keeping its ID and CreatedAt.
	for _, expr := range []string{"iran", "nato"} {
		_, err := s.CreateAlert(ctx, store.Alert{UserID: "u1", Expression: expr, Mode: store.ModeDM, CreatedAt: day}, 2)
		must(t, "create", err)
	}
	restored := store.Alert{
		ID: "restored", UserID: "u1", GuildID: "g1", Expression: `"nuclear talks"`, Mode: store.ModeDM,
		QuietHours: store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Europe/Paris"},
		MutedUntil: day.Add(time.Hour), PausedReason: "Your DMs are closed.", CreatedAt: day.Add(-time.Hour),
	}
	must(t, "put over the limit", s.PutAlert(ctx, restored))
	got, err := s.GetAlert(ctx, "restored")
	must(t, "get", err)
	restored.Version = 1 // max(given 0, none + 1)
	equal(t, "put alert", got, restored)
	list, err := s.ListAlerts(ctx, "u1")
	must(t, "list u1", err)
	if len(list) != 3 || list[0].ID != "restored" {
		t.Errorf("u1 has %d alerts starting %q, want 3 starting restored", len(list), firstID(list))
	}

	// Replacing keeps one copy; a new owner moves it between the indexes.
	restored.Expression = "ceasefire"
	must(t, "put again", s.PutAlert(ctx, restored))
	restored.UserID = "u2"
	must(t, "put to another owner", s.PutAlert(ctx, restored))
	restored.Version = 3 // each put over a stored alert moves past its version
	if l, _ := s.ListAlerts(ctx, "u1"); len(l) != 2 {
		t.Errorf("after the move u1 has %d alerts, want 2", len(l))
	}
	l2, err := s.ListAlerts(ctx, "u2")
	must(t, "list u2", err)
	equal(t, "u2's alerts", l2, []store.Alert{restored})
	if all, _ := s.ListAlerts(ctx, ""); len(all) != 3 {
		t.Errorf("all alerts = %d, want 3", len(all))
	}
	// The moved alert belongs to u2 now: u2 may update and delete it.
	restored.PausedReason = ""
	must(t, "update by the new owner", s.UpdateAlert(ctx, restored))
	must(t, "delete moved", s.DeleteAlert(ctx, "restored"))
	if l, _ := s.ListAlerts(ctx, "u2"); len(l) != 0 {
		t.Errorf("after delete u2 has %d alerts", len(l))
	}

	for _, bad := range []store.Alert{{UserID: "u1"}, {ID: "x"}, {ID: "a\nb", UserID: "u1"}} {
		if err := s.PutAlert(ctx, bad); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("put %+v: err = %v, want ErrInvalid", bad, err)
		}
	}
}

func testListDeliveries(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	l, err := s.ListDeliveries(ctx)
	must(t, "list empty", err)
	if len(l) != 0 {
		t.Errorf("empty ledger lists %d entries", len(l))
	}
	// Keys with glob characters and the prefix's separators must come back
	// verbatim, sorted by key.
	keys := []string{"edition:c2:2025-02-18", "alert:u1:s9", "edition:c*[1]?:2025-02-18", `odd\key`, "edition-record:c2:2025-02-18"}
	for i := range 25 {
		keys = append(keys, fmt.Sprintf("alert:u%02d:s", i))
	}
	var want []store.Delivery
	for i, k := range keys {
		d := store.Delivery{Key: k, ChannelID: "c" + fmt.Sprint(i%3), MessageID: fmt.Sprint("m", i), DeliveredAt: day.Add(time.Duration(i) * time.Minute)}
		_, created, err := s.RecordDelivery(ctx, d)
		must(t, "record", err)
		if !created {
			t.Fatalf("record %q: not created", k)
		}
		want = append(want, d)
	}
	slices.SortFunc(want, func(a, b store.Delivery) int { return strings.Compare(a.Key, b.Key) })
	got, err := s.ListDeliveries(ctx)
	must(t, "list", err)
	equal(t, "list deliveries", got, want)
}

func testLedger(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	_, err := s1.GetDelivery(ctx, "k1")
	mustNotFound(t, "get before record", err)
	d := store.Delivery{Key: "k1", ChannelID: "c1", MessageID: "m1", DeliveredAt: day}
	got, created, err := s1.RecordDelivery(ctx, d)
	must(t, "record", err)
	if !created {
		t.Error("first record: created = false")
	}
	equal(t, "first record", got, d)
	got, created, err = s2.RecordDelivery(ctx, store.Delivery{Key: "k1", ChannelID: "c1", MessageID: "m2", DeliveredAt: day.Add(time.Hour)})
	must(t, "record again", err)
	if created {
		t.Error("second record: created = true")
	}
	equal(t, "second record returns the original", got, d)
	got, err = s2.GetDelivery(ctx, "k1")
	must(t, "get", err)
	equal(t, "get", got, d)

	// Many racers on one key: exactly one wins and all see its message.
	var wg sync.WaitGroup
	var wins atomic.Int64
	var mu sync.Mutex
	seen := map[string]bool{}
	for i := range 16 {
		s := s1
		if i%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			got, created, err := s.RecordDelivery(ctx, store.Delivery{Key: "race", MessageID: fmt.Sprint("m", i)})
			if err != nil {
				t.Errorf("record: %v", err)
				return
			}
			if created {
				wins.Add(1)
			}
			mu.Lock()
			seen[got.MessageID] = true
			mu.Unlock()
		})
	}
	wg.Wait()
	if wins.Load() != 1 || len(seen) != 1 {
		t.Errorf("%d racers created the entry and they saw %d messages; want 1 and 1", wins.Load(), len(seen))
	}
	if _, _, err := s1.RecordDelivery(ctx, store.Delivery{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("record without key: err = %v, want ErrInvalid", err)
	}
}

func testQueue(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	if _, err := s.Dequeue(ctx, "w1", time.Minute); !errors.Is(err, store.ErrEmpty) {
		t.Fatalf("dequeue empty: err = %v, want ErrEmpty", err)
	}
	st, err := s.QueueStats(ctx)
	must(t, "stats empty", err)
	equal(t, "empty stats", st, store.QueueStats{})

	var jobs []store.Job
	for i := range 3 {
		j, err := s.Enqueue(ctx, store.Job{Kind: "edition", Key: fmt.Sprint("k", i), Payload: json.RawMessage(fmt.Sprintf(`{"n":%d}`, i))})
		must(t, "enqueue", err)
		if j.ID == "" || j.EnqueuedAt.IsZero() {
			t.Fatalf("enqueue did not assign ID and EnqueuedAt: %+v", j)
		}
		jobs = append(jobs, j)
	}
	delayed, err := s.Enqueue(ctx, store.Job{Kind: "alert", Key: "later", NotBefore: time.Now().Add(time.Hour)})
	must(t, "enqueue delayed", err)

	st, err = s.QueueStats(ctx)
	must(t, "stats", err)
	if st.Depth != 4 || st.Delayed != 1 || st.InFlight != 0 || !st.Oldest.Equal(jobs[0].EnqueuedAt) {
		t.Errorf("stats = %+v, want depth 4, delayed 1, oldest %v", st, jobs[0].EnqueuedAt)
	}

	for i := range 3 {
		j, err := s.Dequeue(ctx, "w1", time.Minute)
		must(t, "dequeue", err)
		if j.ID != jobs[i].ID || j.Key != jobs[i].Key || string(j.Payload) != string(jobs[i].Payload) || j.Receipt == "" {
			t.Errorf("dequeue %d = %+v, want %+v with a receipt (FIFO)", i, j, jobs[i])
		}
		if !j.EnqueuedAt.Equal(jobs[i].EnqueuedAt) {
			t.Errorf("EnqueuedAt = %v, want %v", j.EnqueuedAt, jobs[i].EnqueuedAt)
		}
		jobs[i] = j
	}
	if _, err := s.Dequeue(ctx, "w1", time.Minute); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("dequeue with only a delayed job left: err = %v, want ErrEmpty", err)
	}
	st, _ = s.QueueStats(ctx)
	if st.Depth != 4 || st.InFlight != 3 {
		t.Errorf("stats while claimed = %+v, want depth 4, in flight 3", st)
	}
	for _, j := range jobs {
		must(t, "ack", s.Ack(ctx, j))
	}
	mustNotFound(t, "ack twice", s.Ack(ctx, jobs[0]))
	mustNotFound(t, "ack unclaimed", s.Ack(ctx, delayed))
	st, _ = s.QueueStats(ctx)
	if st.Depth != 1 || st.InFlight != 0 || !st.Oldest.Equal(delayed.EnqueuedAt) {
		t.Errorf("stats after acks = %+v, want depth 1 oldest %v", st, delayed.EnqueuedAt)
	}
}

// waitDequeue polls until a job becomes claimable or the deadline passes.
func waitDequeue(t *testing.T, s store.Store, consumer string, vis, within time.Duration) (store.Job, error) {
	t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		j, err := s.Dequeue(context.Background(), consumer, vis)
		if !errors.Is(err, store.ErrEmpty) || time.Now().After(deadline) {
			return j, err
		}
		<-tick.C
	}
}

func testQueueVisibility(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	in, err := s1.Enqueue(ctx, store.Job{Kind: "edition", Key: "k"})
	must(t, "enqueue", err)
	const vis = 150 * time.Millisecond
	first, err := s1.Dequeue(ctx, "dead-worker", vis)
	must(t, "dequeue", err)
	start := time.Now()
	if _, err := s2.Dequeue(ctx, "w2", vis); !errors.Is(err, store.ErrEmpty) {
		t.Fatalf("claimed job visible at once: err = %v", err)
	}
	// dead-worker never acks; the job must come back after the timeout.
	again, err := waitDequeue(t, s2, "w2", vis, 5*time.Second)
	must(t, "redelivery", err)
	if waited := time.Since(start); waited < vis-20*time.Millisecond {
		t.Errorf("redelivered after %v, before the %v visibility timeout", waited, vis)
	}
	if again.ID != in.ID || again.Attempts != 0 {
		t.Errorf("redelivered %+v, want job %s with 0 attempts", again, in.ID)
	}
	_ = first
	must(t, "ack by new consumer", s2.Ack(ctx, again))
	if _, err := waitDequeue(t, s1, "w1", vis, 2*vis); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("acked job came back: err = %v", err)
	}
	st, _ := s1.QueueStats(ctx)
	if st.Depth != 0 {
		t.Errorf("depth after ack = %d", st.Depth)
	}
}

func testQueueRetry(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	in, err := s.Enqueue(ctx, store.Job{Kind: "alert", Key: "k", Payload: json.RawMessage(`{"a":1}`)})
	must(t, "enqueue", err)
	j, err := s.Dequeue(ctx, "w", time.Minute)
	must(t, "dequeue", err)
	must(t, "retry now", s.Retry(ctx, j, time.Time{}))
	mustNotFound(t, "ack after retry with old receipt", s.Ack(ctx, j))
	j2, err := s.Dequeue(ctx, "w", time.Minute)
	must(t, "dequeue retried", err)
	if j2.ID != in.ID || j2.Attempts != 1 || string(j2.Payload) != `{"a":1}` || !j2.EnqueuedAt.Equal(in.EnqueuedAt) {
		t.Errorf("retried job = %+v, want id %s attempts 1 same payload and EnqueuedAt", j2, in.ID)
	}

	later := time.Now().Add(200 * time.Millisecond)
	must(t, "retry later", s.Retry(ctx, j2, later))
	st, _ := s.QueueStats(ctx)
	if st.Depth != 1 || st.Delayed != 1 {
		t.Errorf("stats after delayed retry = %+v, want depth 1 delayed 1", st)
	}
	if _, err := s.Dequeue(ctx, "w", time.Minute); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("job visible before NotBefore: err = %v", err)
	}
	j3, err := waitDequeue(t, s, "w", time.Minute, 5*time.Second)
	must(t, "dequeue after NotBefore", err)
	if time.Now().Before(later) {
		t.Errorf("job claimable before its NotBefore")
	}
	if j3.Attempts != 2 || !j3.NotBefore.Equal(later.Truncate(time.Microsecond)) && !j3.NotBefore.Equal(later) {
		t.Errorf("job = attempts %d not before %v, want 2 and %v", j3.Attempts, j3.NotBefore, later)
	}
	must(t, "ack", s.Ack(ctx, j3))
	mustNotFound(t, "retry acked", s.Retry(ctx, j3, time.Time{}))
	if _, err := s.Dequeue(ctx, "w", time.Minute); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("retry of an acked job re-queued it: err = %v", err)
	}
}

func testQueueConsumers(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	const n = 30
	for i := range n {
		if _, err := s1.Enqueue(ctx, store.Job{Kind: "k", Key: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	got := map[string]int{}
	var wg sync.WaitGroup
	for w := range 4 {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			for {
				j, err := s.Dequeue(ctx, fmt.Sprint("w", w), time.Minute)
				if errors.Is(err, store.ErrEmpty) {
					return
				}
				if err != nil {
					t.Errorf("dequeue: %v", err)
					return
				}
				mu.Lock()
				got[j.Key]++
				mu.Unlock()
				if err := s.Ack(ctx, j); err != nil {
					t.Errorf("ack: %v", err)
				}
			}
		})
	}
	wg.Wait()
	if len(got) != n {
		t.Errorf("consumers processed %d distinct jobs, want %d", len(got), n)
	}
	for k, c := range got {
		if c != 1 {
			t.Errorf("job %s processed %d times", k, c)
		}
	}
}

func testLeases(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	_, err := s1.LeaseHolder(ctx, "scheduler")
	mustNotFound(t, "holder of free lease", err)
	ok, err := s1.AcquireLease(ctx, "scheduler", "a", time.Minute)
	if err != nil || !ok {
		t.Fatalf("acquire free lease = %v, %v", ok, err)
	}
	ok, err = s2.AcquireLease(ctx, "scheduler", "b", time.Minute)
	if err != nil || ok {
		t.Errorf("acquire held lease = %v, %v; want false", ok, err)
	}
	ok, err = s1.AcquireLease(ctx, "scheduler", "a", time.Minute)
	if err != nil || !ok {
		t.Errorf("re-acquire own lease = %v, %v; want true", ok, err)
	}
	l, err := s2.LeaseHolder(ctx, "scheduler")
	must(t, "holder", err)
	if l.Owner != "a" || l.Name != "scheduler" || time.Until(l.Expires) < 50*time.Second || time.Until(l.Expires) > 61*time.Second {
		t.Errorf("holder = %+v, want a expiring in about a minute", l)
	}
	if err := s2.RenewLease(ctx, "scheduler", "b", time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Errorf("renew by non-owner: err = %v, want ErrConflict", err)
	}
	if err := s2.ReleaseLease(ctx, "scheduler", "b"); !errors.Is(err, store.ErrConflict) {
		t.Errorf("release by non-owner: err = %v, want ErrConflict", err)
	}
	must(t, "renew by owner", s1.RenewLease(ctx, "scheduler", "a", 2*time.Minute))
	if l, _ := s1.LeaseHolder(ctx, "scheduler"); time.Until(l.Expires) < 110*time.Second {
		t.Errorf("renewed lease expires %v, want about 2 minutes from now", l.Expires)
	}
	if _, err := s1.AcquireLease(ctx, "scheduler", "a", 0); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("acquire with ttl 0: err = %v, want ErrInvalid", err)
	}
	if err := s1.RenewLease(ctx, "scheduler", "a", 0); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("renew with ttl 0: err = %v, want ErrInvalid", err)
	}
	must(t, "release by owner", s1.ReleaseLease(ctx, "scheduler", "a"))
	must(t, "release free lease", s1.ReleaseLease(ctx, "scheduler", "a"))
	if err := s1.RenewLease(ctx, "scheduler", "a", time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Errorf("renew released lease: err = %v, want ErrConflict", err)
	}

	// Expiry hands the lease over.
	ok, err = s1.AcquireLease(ctx, "short", "a", 100*time.Millisecond)
	if err != nil || !ok {
		t.Fatalf("acquire short = %v, %v", ok, err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		ok, err = s2.AcquireLease(ctx, "short", "b", time.Minute)
		if err != nil || ok || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil || !ok {
		t.Errorf("acquire after expiry = %v, %v; want true", ok, err)
	}
	if err := s1.RenewLease(ctx, "short", "a", time.Minute); !errors.Is(err, store.ErrConflict) {
		t.Errorf("renew of a lease lost to expiry: err = %v, want ErrConflict", err)
	}
}

// testLeaseContention races goroutines on two clients for one lease and
// checks that no two ever hold it at the same time.
func testLeaseContention(t *testing.T, b Backend) {
	s1, o := open(t, b)
	s2 := second(t, b, s1, o)
	ctx := ctxT(t)
	var holding atomic.Int64
	var overlaps, wins atomic.Int64
	var wg sync.WaitGroup
	for w := range 12 {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		owner := fmt.Sprint("owner-", w)
		wg.Go(func() {
			for range 25 {
				ok, err := s.AcquireLease(ctx, "leader", owner, 10*time.Second)
				if err != nil {
					t.Errorf("acquire: %v", err)
					return
				}
				if !ok {
					continue
				}
				wins.Add(1)
				if holding.Add(1) != 1 {
					overlaps.Add(1)
				}
				if l, err := s.LeaseHolder(ctx, "leader"); err != nil || l.Owner != owner {
					t.Errorf("holder while %s holds = %+v, %v", owner, l, err)
				}
				holding.Add(-1)
				if err := s.ReleaseLease(ctx, "leader", owner); err != nil {
					t.Errorf("release: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	if overlaps.Load() != 0 {
		t.Errorf("%d times two owners held the lease at once", overlaps.Load())
	}
	if wins.Load() < 2 {
		t.Errorf("only %d acquisitions; the race did not exercise hand-over", wins.Load())
	}
}

func testRateLimit(t *testing.T, b Backend) {
	s1, o := open(t, b)
	ctx := ctxT(t)
	const rate, burst = 20.0, 4 // one token per 50 ms
	for i := range burst {
		ok, _, err := s1.Allow(ctx, "discord", rate, burst)
		if err != nil || !ok {
			t.Fatalf("call %d within burst = %v, %v", i, ok, err)
		}
	}
	ok, retry, err := s1.Allow(ctx, "discord", rate, burst)
	must(t, "allow", err)
	if ok || retry <= 0 || retry > 60*time.Millisecond {
		t.Fatalf("call past burst = %v retry %v; want false and about 50ms", ok, retry)
	}
	if ok, _, _ := s1.Allow(ctx, "other", rate, burst); !ok {
		t.Error("another key shares the bucket")
	}
	time.Sleep(retry + 5*time.Millisecond)
	if ok, _, err := s1.Allow(ctx, "discord", rate, burst); err != nil || !ok {
		t.Errorf("after waiting retryAfter = %v, %v; want allowed", ok, err)
	}
	if b.Concurrent {
		// The bucket is shared between clients.
		s2 := second(t, b, s1, o)
		if ok, _, _ := s2.Allow(ctx, "discord", rate, burst); ok {
			t.Error("a second client got a token from an empty shared bucket")
		}
	}
	// Over one second at most rate*1s + burst calls pass.
	passed := 0
	start := time.Now()
	for time.Since(start) < 300*time.Millisecond {
		if ok, retry, _ := s1.Allow(ctx, "steady", rate, burst); ok {
			passed++
		} else {
			time.Sleep(retry)
		}
	}
	if max := burst + int(rate*0.3) + 1; passed > max || passed < burst+2 {
		t.Errorf("%d calls passed in 300ms at %v/s burst %d, want %d..%d", passed, rate, burst, burst+2, max)
	}
	if _, _, err := s1.Allow(ctx, "bad", 0, 1); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("rate 0: err = %v, want ErrInvalid", err)
	}
}

func testExpire(t *testing.T, b Backend) {
	s, _ := open(t, b)
	ctx := ctxT(t)
	cut := day.Add(24 * time.Hour)
	old, fresh := day, cut.Add(time.Hour)
	arts := []store.Article{
		{ID: "old-in-old", URL: "https://e.org/1", GUID: "g1", FirstSeen: old, StoryID: "old"},
		{ID: "old-in-fresh", URL: "https://e.org/2", FirstSeen: old, StoryID: "fresh"},
		{ID: "old-orphan", URL: "https://e.org/3", FirstSeen: old},
		{ID: "old-lost-story", URL: "https://e.org/4", FirstSeen: old, StoryID: "gone"},
		{ID: "fresh-orphan", URL: "https://e.org/5", FirstSeen: fresh},
	}
	for _, a := range arts {
		must(t, "put article", s.PutArticle(ctx, a))
	}
	_, err := s.PutStory(ctx, story("old", old, "old-in-old"))
	must(t, "put old story", err)
	_, err = s.PutStory(ctx, story("fresh", fresh, "old-in-fresh"))
	must(t, "put fresh story", err)
	must(t, "put sub", s.PutSubscription(ctx, store.Subscription{ChannelID: "c", CreatedAt: old}))
	_, err = s.CreateAlert(ctx, store.Alert{UserID: "u", CreatedAt: old}, 0)
	must(t, "create alert", err)
	must(t, "put source", s.PutSource(ctx, store.Source{Name: "src", AddedAt: old}))
	_, _, err = s.RecordDelivery(ctx, store.Delivery{Key: "k", DeliveredAt: old})
	must(t, "record", err)

	n, err := s.Expire(ctx, cut)
	must(t, "expire", err)
	if n != (store.Expired{Stories: 1, Articles: 3}) {
		t.Errorf("expired %+v, want 1 story 3 articles", n)
	}
	_, err = s.GetStory(ctx, "old")
	mustNotFound(t, "old story", err)
	if _, err := s.GetStory(ctx, "fresh"); err != nil {
		t.Errorf("fresh story: %v", err)
	}
	for _, a := range arts {
		_, err := s.GetArticle(ctx, a.ID)
		gone := a.ID != "old-in-fresh" && a.ID != "fresh-orphan"
		if gone && !errors.Is(err, store.ErrNotFound) {
			t.Errorf("article %s survived: %v", a.ID, err)
		}
		if !gone && err != nil {
			t.Errorf("article %s: %v", a.ID, err)
		}
	}
	_, err = s.LookupArticle(ctx, store.GUIDKey("g1"))
	mustNotFound(t, "dedupe key of expired article", err)
	if id, err := s.LookupArticle(ctx, store.URLKey("https://e.org/2")); err != nil || id != "old-in-fresh" {
		t.Errorf("dedupe key of kept article = %q, %v", id, err)
	}
	if l, _ := s.ListStories(ctx, time.Time{}, 0); len(l) != 1 {
		t.Errorf("stories listed after expire = %v", storyIDs(l))
	}
	if _, err := s.GetSubscription(ctx, "c"); err != nil {
		t.Errorf("subscription expired: %v", err)
	}
	if l, _ := s.ListAlerts(ctx, "u"); len(l) != 1 {
		t.Errorf("alerts after expire = %d", len(l))
	}
	if _, err := s.GetSource(ctx, "src"); err != nil {
		t.Errorf("source expired: %v", err)
	}
	if _, err := s.GetDelivery(ctx, "k"); err != nil {
		t.Errorf("ledger entry expired: %v", err)
	}
	n, err = s.Expire(ctx, cut)
	if err != nil || n != (store.Expired{}) {
		t.Errorf("second expire = %+v, %v; want nothing", n, err)
	}
}

func testPersistence(t *testing.T, b Backend) {
	o := b.Fresh(t)
	s := o(t)
	ctx := ctxT(t)
	sub := store.Subscription{GuildID: "g", ChannelID: "c", Time: "07:00", TimeZone: "UTC", Length: 5, Format: store.FormatFull}
	must(t, "put sub", s.PutSubscription(ctx, sub))
	alert, err := s.CreateAlert(ctx, store.Alert{UserID: "u", Expression: "x", CreatedAt: day}, 5)
	must(t, "alert", err)
	art := store.Article{ID: "a", URL: "https://e.org/a", FirstSeen: day, Result: sampleResult()}
	must(t, "article", s.PutArticle(ctx, art))
	_, err = s.PutStory(ctx, story("s", day, "a"))
	must(t, "story", err)
	must(t, "source", s.PutSource(ctx, store.Source{Name: "src", URL: "https://e.org/feed"}))
	must(t, "state", s.PutSourceState(ctx, store.SourceState{Name: "src", ETag: "e"}))
	_, _, err = s.RecordDelivery(ctx, store.Delivery{Key: "k", MessageID: "m"})
	must(t, "ledger", err)
	job, err := s.Enqueue(ctx, store.Job{Kind: "edition", Key: "k"})
	must(t, "enqueue", err)
	_, err = s.AcquireLease(ctx, "l", "me", time.Minute)
	must(t, "lease", err)
	must(t, "close", s.Close())

	s = o(t)
	t.Cleanup(func() { _ = s.Close() })
	gotSub, err := s.GetSubscription(ctx, "c")
	must(t, "reopened sub", err)
	equal(t, "sub", gotSub, sub)
	gotAlert, err := s.GetAlert(ctx, alert.ID)
	must(t, "reopened alert", err)
	equal(t, "alert", gotAlert, alert)
	if l, _ := s.ListAlerts(ctx, "u"); len(l) != 1 {
		t.Errorf("reopened user index has %d alerts", len(l))
	}
	gotArt, err := s.GetArticle(ctx, "a")
	must(t, "reopened article", err)
	equal(t, "article", gotArt, art)
	if id, err := s.LookupArticle(ctx, store.URLKey(art.URL)); err != nil || id != "a" {
		t.Errorf("reopened lookup = %q, %v", id, err)
	}
	if st, err := s.GetStory(ctx, "s"); err != nil || st.Version != 1 {
		t.Errorf("reopened story = v%d, %v", st.Version, err)
	}
	if _, err := s.GetSource(ctx, "src"); err != nil {
		t.Errorf("reopened source: %v", err)
	}
	if st, err := s.GetSourceState(ctx, "src"); err != nil || st.ETag != "e" {
		t.Errorf("reopened state = %+v, %v", st, err)
	}
	if d, err := s.GetDelivery(ctx, "k"); err != nil || d.MessageID != "m" {
		t.Errorf("reopened ledger = %+v, %v", d, err)
	}
	if j, err := s.Dequeue(ctx, "w", time.Minute); err != nil || j.ID != job.ID {
		t.Errorf("reopened queue = %+v, %v; want job %s", j, err, job.ID)
	}
	if l, err := s.LeaseHolder(ctx, "l"); err != nil || l.Owner != "me" {
		t.Errorf("reopened lease = %+v, %v", l, err)
	}
}

func testContext(t *testing.T, b Backend) {
	s, _ := open(t, b)
	must(t, "ping", s.Ping(ctxT(t)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Ping(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("ping with canceled context: err = %v, want context.Canceled", err)
	}
	if _, err := s.GetAlert(ctx, "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("get with canceled context: err = %v, want context.Canceled", err)
	}
}
