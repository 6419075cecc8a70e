package story

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/ingest"
	"github.com/attache-bot/attache/store"
)

// Fetcher fetches one source (ingest.Fetcher).
type Fetcher interface {
	Fetch(ctx context.Context, src ingest.Source, state ingest.FetchState) (ingest.FetchResult, error)
}

// Extractor digests one article (digest.Engine).
type Extractor interface {
	Extract(a digest.Article) digest.Result
}

// Store is what the digester needs from the store.
type Store interface {
	ListSources(ctx context.Context) ([]store.Source, error)
	GetSourceState(ctx context.Context, name string) (store.SourceState, error)
	PutSourceState(ctx context.Context, s store.SourceState) error
	LookupArticle(ctx context.Context, key string) (string, error)
	GetArticle(ctx context.Context, id string) (store.Article, error)
	PutArticle(ctx context.Context, a store.Article) error
	GetStory(ctx context.Context, id string) (store.Story, error)
	PutStory(ctx context.Context, s store.Story) (int, error)
	ListStories(ctx context.Context, since time.Time, limit int) ([]store.Story, error)
	AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, owner string) error
}

// Event kinds.
const (
	Created = "created"
	Updated = "updated"
)

// Event tells listeners that a story was created or gained facts.
type Event struct {
	Kind  string
	Story store.Story
	// Changes are what the update added, in words; empty for Created.
	Changes []string
}

// Listener receives story events after they are stored (editions, alerts).
type Listener interface {
	StoryChanged(ctx context.Context, ev Event)
}

// ListenerFunc adapts a function to Listener.
type ListenerFunc func(ctx context.Context, ev Event)

// StoryChanged calls f.
func (f ListenerFunc) StoryChanged(ctx context.Context, ev Event) { f(ctx, ev) }

// Item outcomes told to an Observer.
const (
	// ItemNew is a fetched item stored and digested for the first time.
	ItemNew = "new"
	// ItemDuplicate is a fetched item dropped as already seen (URL, GUID
	// or near-identical text).
	ItemDuplicate = "duplicate"
	// ItemIrrelevant is a new item stored but below the relevance threshold.
	ItemIrrelevant = "irrelevant"
)

// Observer is told how a cycle goes, for metrics. Its methods are called
// from the cycle's goroutine and must be quick.
type Observer interface {
	// Polled reports one fetch of a source; err is the fetch failure or nil.
	Polled(source string, err error)
	// Item reports the fate of one fetched item: ItemNew, ItemDuplicate or
	// ItemIrrelevant (the three are disjoint).
	Item(source, outcome string)
	// Extracted reports how long digesting one article took.
	Extracted(took time.Duration)
}

// Options configure a Digester.
type Options struct {
	// Owner names this replica for the digester lease.
	Owner string
	// Window is how far apart in time articles of one story may be (72h).
	Window time.Duration
	// Threshold is the Relevance below which articles are not diplomatic
	// news: they are stored (so they are not fetched again) but join no story.
	Threshold float64
	// LeaseTTL bounds how long a crashed replica blocks the others (10m).
	LeaseTTL time.Duration
	// Engine stamps what the extractor makes (EngineStamp). Each digested
	// article keeps the stamp; on its first cycle the digester digests
	// again the articles of recent stories (Window) stamped otherwise and
	// rebuilds those stories' facts, so that an upgraded engine reaches
	// the stories already stored. Empty: no stamps and no refresh.
	Engine string
	// Now is the clock (time.Now).
	Now func() time.Time
	// Logger receives progress and per-source failures.
	Logger *slog.Logger
}

// Digester runs digestion cycles: poll the sources that are due, store new
// articles, digest them, and build stories. Only one replica runs a cycle at
// a time (lease "digester"). A crash mid-cycle loses nothing: a source's
// validators (ETag, Last-Modified) are saved only after all its items are
// stored, so the next cycle fetches them again and skips those already stored.
type Digester struct {
	st   Store
	f    Fetcher
	x    Extractor
	opts Options
	log  *slog.Logger

	mu        sync.Mutex
	listeners []Listener
	obs       Observer
	recent    []fingerprint // near-duplicate memory, newest last
	loaded    bool
}

type fingerprint struct {
	hash    uint64
	storyID string
	at      time.Time
}

// NewDigester returns a Digester.
func NewDigester(st Store, f Fetcher, x Extractor, opts Options) *Digester {
	if opts.Window <= 0 {
		opts.Window = 72 * time.Hour
	}
	if opts.LeaseTTL <= 0 {
		opts.LeaseTTL = 10 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Owner == "" {
		opts.Owner = store.NewID()
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Digester{st: st, f: f, x: x, opts: opts, log: opts.Logger}
}

// Subscribe adds a listener for story events.
func (d *Digester) Subscribe(l Listener) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.listeners = append(d.listeners, l)
}

// Observe sets the observer told about fetches, items and extraction
// times (nil: none). Call it before the first Cycle.
func (d *Digester) Observe(o Observer) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.obs = o
}

func (d *Digester) observer() Observer {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.obs
}

// Report summarises one cycle.
type Report struct {
	// Skipped is true when another replica held the lease.
	Skipped bool
	// Polled counts sources fetched; Failed those whose fetch failed.
	Polled, Failed int
	// Items counts items fetched; New those stored for the first time.
	Items, New int
	// Duplicates counts items dropped as already seen (URL, GUID or text).
	Duplicates int
	// Irrelevant counts new articles below the relevance threshold.
	Irrelevant int
	// Created and Updated are the story events of the cycle.
	Created, Updated []Event
	// Errors are per-source failures in plain words ("name: reason").
	Errors []string
}

// ErrLeaseLost is returned when the digester lease could not be checked.
var ErrLeaseLost = errors.New("story: digester lease not held")

// Cycle runs one digestion cycle over the sources due at now. With force it
// polls every source whatever its schedule (`attache digest --once`).
func (d *Digester) Cycle(ctx context.Context, force bool) (Report, error) {
	var rep Report
	ok, err := d.st.AcquireLease(ctx, "digester", d.opts.Owner, d.opts.LeaseTTL)
	if err != nil {
		return rep, fmt.Errorf("story: take digester lease: %w", err)
	}
	if !ok {
		rep.Skipped = true
		return rep, nil
	}
	defer func() {
		// A fresh context: release even when ctx was cancelled mid-cycle.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := d.st.ReleaseLease(rctx, "digester", d.opts.Owner); err != nil {
			d.log.Warn("release digester lease", "err", err)
		}
	}()
	if err := d.loadRecent(ctx); err != nil {
		return rep, err
	}
	sources, err := d.st.ListSources(ctx)
	if err != nil {
		return rep, fmt.Errorf("story: list sources: %w", err)
	}
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		if err := d.pollSource(ctx, src, force, &rep); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// pollSource fetches one source if due and stores its items. Only store
// errors are returned; fetch failures are recorded in the source state.
func (d *Digester) pollSource(ctx context.Context, src store.Source, force bool, rep *Report) error {
	now := d.opts.Now()
	st, err := d.st.GetSourceState(ctx, src.Name)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("story: load state of %s: %w", src.Name, err)
	}
	st.Name = src.Name
	if !force && now.Before(st.NextPoll) {
		return nil
	}
	isrc := ingest.Source{Name: src.Name, URL: src.URL, Kind: src.Kind, Language: src.Language, FullText: src.FullText, Interval: src.Interval}
	istate := toIngestState(st)
	res, ferr := d.f.Fetch(ctx, isrc, ingest.FetchState{ETag: st.ETag, LastModified: st.LastModified})
	rep.Polled++
	if ferr != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if o := d.observer(); o != nil {
			o.Polled(src.Name, ferr)
		}
		rep.Failed++
		next := istate.Record(d.opts.Now(), src.Interval, res, ferr)
		rep.Errors = append(rep.Errors, src.Name+": "+next.LastError)
		d.log.Warn("source failed", "source", src.Name, "failures", next.Failures, "err", next.LastError)
		return d.saveState(ctx, next)
	}
	if o := d.observer(); o != nil {
		o.Polled(src.Name, nil)
	}
	rep.Items += len(res.Items)
	for _, it := range res.Items {
		if err := d.ingestItem(ctx, it, rep); err != nil {
			return err
		}
	}
	return d.saveState(ctx, istate.Record(d.opts.Now(), src.Interval, res, nil))
}

func (d *Digester) saveState(ctx context.Context, s ingest.SourceState) error {
	if err := d.st.PutSourceState(ctx, store.SourceState{
		Name: s.Name, ETag: s.ETag, LastModified: s.LastModified, LastSuccess: s.LastSuccess,
		LastAttempt: s.LastAttempt, LastError: s.LastError, Failures: s.Failures, NextPoll: s.NextPoll,
	}); err != nil {
		return fmt.Errorf("story: save state of %s: %w", s.Name, err)
	}
	return nil
}

func toIngestState(s store.SourceState) ingest.SourceState {
	return ingest.SourceState{
		Name: s.Name, ETag: s.ETag, LastModified: s.LastModified, LastSuccess: s.LastSuccess,
		LastAttempt: s.LastAttempt, LastError: s.LastError, Failures: s.Failures, NextPoll: s.NextPoll,
	}
}

// ArticleID derives a stable article ID from its source and GUID, so that
// re-ingesting after a crash overwrites rather than duplicates.
func ArticleID(source, guid string) string {
	return fmt.Sprintf("%016x", hash64(source+"\x00"+guid))
}

// ingestItem stores one item unless it was seen, digests it and files it
// into a story.
func (d *Digester) ingestItem(ctx context.Context, it ingest.Item, rep *Report) error {
	now := d.opts.Now()
	a := store.Article{
		ID:           ArticleID(it.Source, it.GUID),
		URL:          it.URL,
		CanonicalURL: ingest.CanonicalURL(it.URL),
		GUID:         it.Source + ":" + it.GUID,
		Title:        it.Title,
		Source:       it.Source,
		Author:       it.Author,
		Published:    it.Published,
		FirstSeen:    now,
		Body:         it.Body,
		Outlet:       Outlet(it),
	}
	if a.CanonicalURL == "" {
		a.CanonicalURL = it.URL
	}
	if a.Published.IsZero() {
		a.Published = now
	}
	// Already seen by URL or GUID?
	for _, k := range a.DedupeKeys() {
		id, err := d.st.LookupArticle(ctx, k)
		if err == nil {
			if prev, gerr := d.st.GetArticle(ctx, id); gerr == nil && (prev.StoryID != "" || prev.Result != nil) {
				rep.Duplicates++
				d.observeItem(it.Source, ItemDuplicate)
				return nil
			}
			// Stored but never digested (crash mid-item): redo it.
			a.ID = id
			break
		}
		if !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("story: look up %s: %w", k, err)
		}
	}
	a.SimHash = SimHash(a.Title + "\n" + a.Body)
	outlet := a.Outlet

	// Near-identical text from another outlet (syndication): the same story.
	if fp, ok := d.nearDuplicate(a.SimHash); ok {
		rep.Duplicates++
		d.observeItem(it.Source, ItemDuplicate)
		a.StoryID = fp.storyID
		if fp.storyID != "" {
			if err := d.addToStory(ctx, fp.storyID, a, outlet, rep); err != nil {
				return err
			}
		}
		return d.putArticle(ctx, a)
	}

	res := d.extract(a)
	a.Result = &res
	a.Engine = d.opts.Engine
	rep.New++
	if res.Relevance < d.opts.Threshold {
		rep.Irrelevant++
		d.observeItem(it.Source, ItemIrrelevant)
		d.remember(a.SimHash, "", now)
		return d.putArticle(ctx, a)
	}
	d.observeItem(it.Source, ItemNew)

	// Cluster into a recent story, or start one.
	since := a.Published.Add(-d.opts.Window)
	recent, err := d.st.ListStories(ctx, minTime(since, now.Add(-d.opts.Window)), 500)
	if err != nil {
		return fmt.Errorf("story: list stories: %w", err)
	}
	f := FeaturesOf(a.Title, res, a.Published)
	cands := make([]Features, len(recent))
	for i, s := range recent {
		cands[i] = FeaturesOf(s.Title, s.Facts, s.Published)
	}
	if i, _ := Best(f, cands, d.opts.Window); i >= 0 {
		a.StoryID = recent[i].ID
		if err := d.putArticle(ctx, a); err != nil {
			return err
		}
		d.remember(a.SimHash, a.StoryID, now)
		return d.addToStory(ctx, a.StoryID, a, outlet, rep)
	}
	s := New(a, outlet, now)
	s.Relevance = res.Relevance
	a.StoryID = s.ID
	// Article first: a crash between the two leaves an article pointing at
	// a story that does not exist yet; the retry redoes the item.
	if err := d.putArticle(ctx, a); err != nil {
		return err
	}
	v, err := d.st.PutStory(ctx, s)
	if err != nil {
		return fmt.Errorf("story: create story: %w", err)
	}
	s.Version = v
	d.remember(a.SimHash, s.ID, now)
	ev := Event{Kind: Created, Story: s}
	rep.Created = append(rep.Created, ev)
	d.emit(ctx, ev)
	return nil
}

// extract digests an article and scores its relevance.
func (d *Digester) extract(a store.Article) digest.Result {
	obs := d.observer()
	start := time.Now()
	res := d.x.Extract(digest.Article{ID: a.ID, Title: a.Title, Body: a.Body, Published: a.Published})
	if obs != nil {
		obs.Extracted(time.Since(start))
	}
	res.Relevance = Relevance(a.Title, a.Body, res)
	return res
}

func (d *Digester) observeItem(source, outcome string) {
	if o := d.observer(); o != nil {
		o.Item(source, outcome)
	}
}

func (d *Digester) putArticle(ctx context.Context, a store.Article) error {
	if err := d.st.PutArticle(ctx, a); err != nil {
		return fmt.Errorf("story: store article %s: %w", a.ID, err)
	}
	return nil
}

// addToStory merges a into the stored story, retrying on concurrent updates.
func (d *Digester) addToStory(ctx context.Context, id string, a store.Article, outlet string, rep *Report) error {
	for attempt := 0; attempt < 5; attempt++ {
		s, err := d.st.GetStory(ctx, id)
		if err != nil {
			return fmt.Errorf("story: load story %s: %w", id, err)
		}
		changes := Merge(&s, a, outlet, d.opts.Now())
		v, err := d.st.PutStory(ctx, s)
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		if err != nil {
			return fmt.Errorf("story: update story %s: %w", id, err)
		}
		s.Version = v
		if len(changes) > 0 {
			ev := Event{Kind: Updated, Story: s, Changes: changes}
			rep.Updated = append(rep.Updated, ev)
			d.emit(ctx, ev)
		}
		return nil
	}
	return fmt.Errorf("story: update story %s: %w", id, store.ErrConflict)
}

func (d *Digester) emit(ctx context.Context, ev Event) {
	d.mu.Lock()
	ls := append([]Listener(nil), d.listeners...)
	d.mu.Unlock()
	for _, l := range ls {
		l.StoryChanged(ctx, ev)
	}
}

// loadRecent fills the near-duplicate memory from the stored stories once.
func (d *Digester) loadRecent(ctx context.Context) error {
	d.mu.Lock()
	loaded := d.loaded
	d.mu.Unlock()
	if loaded {
		return nil
	}
	now := d.opts.Now()
	stories, err := d.st.ListStories(ctx, now.Add(-d.opts.Window), 500)
	if err != nil {
		return fmt.Errorf("story: list stories: %w", err)
	}
	// each story's articles, read once for the near-duplicate memory and
	// for the refresh; loadErr is the first article that would not load
	arts := make([][]store.Article, len(stories))
	loadErr := make([]error, len(stories))
	for i, s := range stories {
		for _, id := range s.ArticleIDs {
			a, err := d.st.GetArticle(ctx, id)
			if err != nil {
				if loadErr[i] == nil {
					loadErr[i] = fmt.Errorf("story: load article %s: %w", id, err)
				}
				continue
			}
			arts[i] = append(arts[i], a)
			d.remember(a.SimHash, s.ID, a.FirstSeen)
		}
	}
	if d.opts.Engine != "" {
		refreshed := 0
		for i, s := range stories {
			if errors.Is(loadErr[i], store.ErrNotFound) {
				continue // an article is gone: the facts cannot be rebuilt whole
			}
			// (a story that cannot be refreshed keeps its digests and
			// stops nothing: the refresh is tried again on the next start)
			err := loadErr[i]
			ok := false
			if err == nil {
				ok, err = d.refresh(ctx, s, arts[i])
			}
			if err != nil {
				d.log.Warn("story: digest a stored story again", "story_id", s.ID, "err", err)
				if ctx.Err() != nil {
					return ctx.Err()
				}
				continue
			}
			if ok {
				refreshed++
			}
		}
		if refreshed > 0 {
			d.log.Info("story: digested stored stories again with this engine", "stories", refreshed, "engine", d.opts.Engine)
		}
	}
	d.mu.Lock()
	d.loaded = true
	d.mu.Unlock()
	return nil
}

// refresh digests again the articles of s that another engine digested
// and rebuilds the story's facts from all its articles (arts, every one of
// s.ArticleIDs in order, as loadRecent read them), as a fresh ingest of
// them in the same order would. What belongs to the story and not to the
// digests stays: its ID, title, times, outlets, URLs and change log. No
// event is emitted: the news did not change, only how it is read. (A
// story with an article missing from the store is not refreshed: its facts
// could not be rebuilt whole.) A concurrent update wins over the refresh,
// which is tried again on the next start. It reports whether s was
// rewritten.
func (d *Digester) refresh(ctx context.Context, s store.Story, arts []store.Article) (bool, error) {
	stale := false
	for _, a := range arts {
		if a.Result != nil && a.Engine != d.opts.Engine {
			stale = true
		}
	}
	if !stale || arts[0].Result == nil {
		return false, nil
	}
	redone := make([]bool, len(arts))
	for i := range arts {
		a := &arts[i]
		// (an article without a digest joined as a copy of another's text)
		if a.Result != nil && a.Engine != d.opts.Engine {
			res, err := d.safeExtract(*a)
			if err != nil {
				return false, err
			}
			a.Result = &res
			a.Engine = d.opts.Engine
			redone[i] = true
		}
	}
	// an article stored before outlets were kept: its outlet by the
	// story's list when each article added its own, in join order
	outlet := func(i int) string {
		if o := arts[i].Outlet; o != "" {
			return o
		}
		if len(s.Outlets) == len(arts) {
			return s.Outlets[i]
		}
		return ""
	}
	r := New(arts[0], outlet(0), s.FirstSeen)
	r.Relevance = arts[0].Result.Relevance
	for i := 1; i < len(arts); i++ {
		Merge(&r, arts[i], outlet(i), s.LastSeen)
	}
	r.ID, r.Facts.ID, r.Title = s.ID, s.ID, s.Title
	r.ArticleIDs, r.URLs, r.Outlets = s.ArticleIDs, s.URLs, s.Outlets
	r.Published, r.FirstSeen, r.LastSeen = s.Published, s.FirstSeen, s.LastSeen
	r.Changes, r.Version = s.Changes, s.Version
	// The story first: should the articles not follow (a crash), they
	// are still stale and the next start refreshes the story again.
	if _, err := d.st.PutStory(ctx, r); errors.Is(err, store.ErrConflict) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("story: refresh story %s: %w", s.ID, err)
	}
	for i, a := range arts {
		if !redone[i] {
			continue
		}
		if err := d.putArticle(ctx, a); err != nil {
			return true, err
		}
	}
	return true, nil
}

// safeExtract is extract for a stored article digested again: a panic in
// the engine becomes an error, so that one article cannot stop every
// start of the bot (a new article's panic is the fuzz tests' business).
func (d *Digester) safeExtract(a store.Article) (res digest.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("story: digest article %s again: engine panic: %v", a.ID, p)
		}
	}()
	return d.extract(a), nil
}

const maxRecent = 20000

func (d *Digester) remember(h uint64, storyID string, at time.Time) {
	if h == 0 {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.recent = append(d.recent, fingerprint{h, storyID, at})
	if len(d.recent) > maxRecent {
		d.recent = append(d.recent[:0], d.recent[len(d.recent)-maxRecent:]...)
	}
}

func (d *Digester) nearDuplicate(h uint64) (fingerprint, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	cutoff := d.opts.Now().Add(-d.opts.Window)
	for i := len(d.recent) - 1; i >= 0; i-- {
		fp := d.recent[i]
		if fp.at.Before(cutoff) {
			break
		}
		if NearDuplicate(fp.hash, h) {
			return fp, true
		}
	}
	return fingerprint{}, false
}

// Outlet returns the outlet name of an item: the outlet named by the item
// itself (a local file's Source header, a feed's title) or the source name.
func Outlet(it ingest.Item) string {
	if it.Outlet != "" {
		return strings.TrimSpace(it.Outlet)
	}
	return it.Source
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
