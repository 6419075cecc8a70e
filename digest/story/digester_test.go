package story

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/ingest"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// newTestDigester wires a Digester over a bolt store, the real fetcher and
// the real engine, with one local source reading dir.
func newTestDigester(t *testing.T, dir string, now time.Time) (*Digester, store.Store) {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := st.PutSource(ctx, store.Source{Name: "local", URL: abs, Kind: ingest.KindLocal, FullText: "never", Interval: time.Hour}); err != nil {
		t.Fatal(err)
	}
	eng, err := digest.New()
	if err != nil {
		t.Fatal(err)
	}
	f := ingest.NewFetcher(ingest.Options{})
	t.Cleanup(f.Close)
	d := NewDigester(st, f, eng, Options{Threshold: 0.3, Now: func() time.Time { return now }})
	return d, st
}

func TestClusteringDifferentlyWordedArticles(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)
	d, st := newTestDigester(t, filepath.Join("testdata", "cluster"), now)
	var events []Event
	d.Subscribe(ListenerFunc(func(_ context.Context, ev Event) { events = append(events, ev) }))

	rep, err := d.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Polled != 1 || rep.Failed != 0 || rep.Items != 5 || rep.New != 5 {
		t.Fatalf("report: %+v", rep)
	}
	stories, err := st.ListStories(ctx, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Which articles ended up together, by file title prefix.
	var groups []string
	for _, s := range stories {
		var outlets []string
		outlets = append(outlets, s.Outlets...)
		sort.Strings(outlets)
		groups = append(groups, strings.Join(outlets, "+")+" ("+strconv.Itoa(len(s.ArticleIDs))+")")
	}
	sort.Strings(groups)
	t.Logf("stories: %q", groups)
	if len(stories) != 3 {
		t.Fatalf("want 3 stories (Busan talks, Tokyo visa round, Brazil-Argentina), got %d: %q", len(stories), groups)
	}
	var busan *store.Story
	for i := range stories {
		if len(stories[i].ArticleIDs) == 3 {
			busan = &stories[i]
		}
	}
	if busan == nil {
		t.Fatalf("the three Busan reports were not grouped: %q", groups)
	}
	for _, o := range []string{"Harbour Times", "Pacific Ledger", "Morning Wire"} {
		if !slices.Contains(busan.Outlets, o) {
			t.Errorf("Busan story lacks outlet %s: %q", o, busan.Outlets)
		}
	}
	var created, updated int
	for _, ev := range events {
		switch ev.Kind {
		case Created:
			created++
		case Updated:
			updated++
			if len(ev.Changes) == 0 {
				t.Errorf("update event without changes")
			}
		}
	}
	if created != 3 || updated < 1 {
		t.Errorf("events: %d created, %d updated", created, updated)
	}

	// A second cycle: the folder is unchanged, so nothing is read.
	rep, err = d.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 0 || rep.New != 0 || len(rep.Created)+len(rep.Updated) != 0 {
		t.Errorf("second cycle: %+v", rep)
	}
	// As after a crash before the source state was saved: the validators
	// are lost, every item is read again, and each is a known duplicate.
	if err := st.PutSourceState(ctx, store.SourceState{Name: "local"}); err != nil {
		t.Fatal(err)
	}
	rep, err = d.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 5 || rep.New != 0 || rep.Duplicates != 5 || len(rep.Created)+len(rep.Updated) != 0 {
		t.Errorf("cycle after lost state: %+v", rep)
	}
}

// TestSyndicatedCopyJoinsStory: the same text published by a second outlet
// under another URL is not digested again; it adds its outlet to the story.
func TestSyndicatedCopyJoinsStory(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	orig, err := os.ReadFile(filepath.Join("testdata", "cluster", "a1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	copyText := strings.Replace(string(orig), "Source: Harbour Times", "Source: Syndicate Daily", 1)
	copyText = strings.Replace(copyText, "URL: https://harbour.example/2026/03/02/busan-talks?utm_source=rss", "URL: https://syndicate.example/asia/busan", 1)
	if err := os.WriteFile(filepath.Join(dir, "a1.txt"), orig, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "copy.txt"), []byte(copyText), 0o600); err != nil {
		t.Fatal(err)
	}
	d, st := newTestDigester(t, dir, now)
	rep, err := d.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || rep.New != 1 || rep.Duplicates != 1 || len(rep.Created) != 1 {
		t.Fatalf("report: %+v", rep)
	}
	stories, err := st.ListStories(ctx, time.Time{}, 0)
	if err != nil || len(stories) != 1 {
		t.Fatalf("want one story, got %d (%v)", len(stories), err)
	}
	s := stories[0]
	if len(s.ArticleIDs) != 2 || !slices.Contains(s.Outlets, "Syndicate Daily") || !slices.Contains(s.Outlets, "Harbour Times") {
		t.Errorf("story: articles %d, outlets %q", len(s.ArticleIDs), s.Outlets)
	}
}

// oldEngine stands for an earlier engine: the real one, but it reads no
// agenda and no reactions and heads every quick look "OLD".
type oldEngine struct{ x Extractor }

func (o oldEngine) Extract(a digest.Article) digest.Result {
	r := o.x.Extract(a)
	r.Agenda, r.Reactions = nil, nil
	r.QuickLook.Headline = "OLD"
	return r
}

// TestRefreshAfterUpgrade: stories stored by an earlier engine are digested
// again on the first cycle of a digester with another engine stamp, and
// their facts become what the new engine makes of the same articles; the
// story's own data (ID, outlets, change log) stays, no event is emitted, and
// a second start finds nothing to redo.
func TestRefreshAfterUpgrade(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)
	dir := filepath.Join("testdata", "cluster")
	eng, err := digest.New()
	if err != nil {
		t.Fatal(err)
	}
	probes := []digest.Article{{ID: "p", Title: "Ministers meet in Geneva", Body: "Foreign ministers met in Geneva on Tuesday to discuss a ceasefire, officials said.", Published: now}}
	oldStamp, newStamp := EngineStamp(oldEngine{eng}, probes), EngineStamp(eng, probes)
	if oldStamp == "" || oldStamp == newStamp || EngineStamp(eng, probes) != newStamp || EngineStamp(eng, nil) != "" {
		t.Fatalf("stamps: old %q, new %q (again %q), none %q", oldStamp, newStamp, EngineStamp(eng, probes), EngineStamp(eng, nil))
	}

	// What the new engine makes of the folder, from an empty store.
	fresh, freshSt := newTestDigester(t, dir, now)
	fresh.opts.Engine = newStamp
	if _, err := fresh.Cycle(ctx, true); err != nil {
		t.Fatal(err)
	}
	want := map[string]store.Story{}
	freshStories, err := freshSt.ListStories(ctx, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range freshStories {
		want[s.Title] = s
	}

	// The same folder read by the old engine, then a start with the new one.
	d, st := newTestDigester(t, dir, now)
	d.x, d.opts.Engine = oldEngine{eng}, oldStamp
	if _, err := d.Cycle(ctx, true); err != nil {
		t.Fatal(err)
	}
	before, err := st.ListStories(ctx, time.Time{}, 0)
	if err != nil || len(before) != len(want) || len(want) == 0 {
		t.Fatalf("old engine: %d stories, fresh: %d (%v)", len(before), len(want), err)
	}
	for _, s := range before {
		if s.Facts.QuickLook.Headline != "OLD" {
			t.Fatalf("the old engine's story %q is headed %q", s.Title, s.Facts.QuickLook.Headline)
		}
	}
	var events int
	d2 := NewDigester(st, d.f, eng, Options{Threshold: 0.3, Now: func() time.Time { return now.Add(time.Hour) }, Engine: newStamp})
	d2.Subscribe(ListenerFunc(func(context.Context, Event) { events++ }))
	rep, err := d2.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if events != 0 || rep.New != 0 || len(rep.Created)+len(rep.Updated) != 0 {
		t.Errorf("the refresh emitted %d events (report %+v)", events, rep)
	}
	after, err := st.ListStories(ctx, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]store.Story{}
	for _, s := range before {
		byID[s.ID] = s
	}
	for _, s := range after {
		w, ok := want[s.Title]
		old := byID[s.ID]
		if !ok || old.ID == "" {
			t.Fatalf("story %q (%s) has no fresh or old counterpart", s.Title, s.ID)
		}
		gotFacts, wantFacts := s.Facts, w.Facts
		wantFacts.ID = s.ID
		gj, _ := json.Marshal(gotFacts)
		wj, _ := json.Marshal(wantFacts)
		if string(gj) != string(wj) {
			t.Errorf("story %q: refreshed facts differ from a fresh digest:\n got %s\nwant %s", s.Title, gj, wj)
		}
		if !slices.Equal(s.Outlets, old.Outlets) || !slices.Equal(s.ArticleIDs, old.ArticleIDs) || !s.FirstSeen.Equal(old.FirstSeen) || !s.LastSeen.Equal(old.LastSeen) || len(s.Changes) != len(old.Changes) {
			t.Errorf("story %q: its own data changed: outlets %q -> %q, articles %d -> %d, changes %d -> %d",
				s.Title, old.Outlets, s.Outlets, len(old.ArticleIDs), len(s.ArticleIDs), len(old.Changes), len(s.Changes))
		}
		for _, id := range s.ArticleIDs {
			a, err := st.GetArticle(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if a.Result != nil && a.Engine != newStamp {
				t.Errorf("article %s keeps stamp %q", id, a.Engine)
			}
		}
	}

	// A third start: every article carries the stamp, nothing is rewritten.
	d3 := NewDigester(st, d.f, eng, Options{Threshold: 0.3, Now: func() time.Time { return now.Add(2 * time.Hour) }, Engine: newStamp})
	if _, err := d3.Cycle(ctx, true); err != nil {
		t.Fatal(err)
	}
	again, err := st.ListStories(ctx, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	versions := map[string]int{}
	for _, s := range after {
		versions[s.ID] = s.Version
	}
	for _, s := range again {
		if s.Version != versions[s.ID] {
			t.Errorf("story %q rewritten on a start with the same engine (version %d -> %d)", s.Title, versions[s.ID], s.Version)
		}
	}
}

// panicky panics on the article titled title and digests the others.
type panicky struct {
	x     Extractor
	title string
}

func (p panicky) Extract(a digest.Article) digest.Result {
	if a.Title == p.title {
		panic("engine bug")
	}
	return p.x.Extract(a)
}

// failingStore fails to load one article.
type failingStore struct {
	Store
	id string
}

func (f failingStore) GetArticle(ctx context.Context, id string) (store.Article, error) {
	if id == f.id {
		return store.Article{}, errors.New("disk error")
	}
	return f.Store.GetArticle(ctx, id)
}

// TestRefreshSurvivesFailures: an engine panic on one stored article or a
// store error on one story leaves that story as it was and stops neither
// the refresh of the others nor the cycle (sources are still polled).
func TestRefreshSurvivesFailures(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)
	eng, err := digest.New()
	if err != nil {
		t.Fatal(err)
	}
	d, st := newTestDigester(t, filepath.Join("testdata", "cluster"), now)
	d.x, d.opts.Engine = oldEngine{eng}, "old"
	if _, err := d.Cycle(ctx, true); err != nil {
		t.Fatal(err)
	}
	stories, err := st.ListStories(ctx, time.Time{}, 0)
	if err != nil || len(stories) < 3 {
		t.Fatalf("%d stories (%v)", len(stories), err)
	}
	panicOn, failOn := stories[0], stories[1]
	d2 := NewDigester(failingStore{st, failOn.ArticleIDs[0]}, d.f, panicky{eng, panicOn.Title},
		Options{Threshold: 0.3, Now: func() time.Time { return now.Add(time.Hour) }, Engine: "new"})
	rep, err := d2.Cycle(ctx, true)
	if err != nil {
		t.Fatalf("cycle: %v", err)
	}
	if rep.Polled != 1 {
		t.Errorf("the source was not polled after the failed refreshes: %+v", rep)
	}
	for _, s := range stories {
		got, err := st.GetStory(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		old := got.Facts.QuickLook.Headline == "OLD"
		switch s.ID {
		case panicOn.ID, failOn.ID:
			if !old || got.Version != s.Version {
				t.Errorf("story %q changed although its refresh failed", s.Title)
			}
		default:
			if old {
				t.Errorf("story %q was not refreshed", s.Title)
			}
		}
	}
}
