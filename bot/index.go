package bot

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/attache-bot/attache/store"
)

// StoryLister lists recent stories; store.Store implements it.
type StoryLister interface {
	ListStories(ctx context.Context, since time.Time, limit int) ([]store.Story, error)
}

// Index is the in-memory view of recent stories that autocomplete, /brief
// and the calendar read, so no keystroke scans the store. It reloads from
// the store at most once per refresh interval, in the background, serving
// the previous snapshot meanwhile; only the very first use waits.
type Index struct {
	src     StoryLister
	log     *slog.Logger
	clock   func() time.Time
	every   time.Duration
	window  time.Duration
	limit   int
	mu      sync.Mutex // serialises loads
	snap    atomic.Pointer[snapshot]
	busy    atomic.Bool
	lastTry atomic.Int64 // unix nanos of the last background attempt
	// afterReload, when set (tests), runs after each background reload.
	afterReload func(error)
}

// IndexOptions configure NewIndex.
type IndexOptions struct {
	// Refresh is the longest a snapshot is served before a reload starts;
	// default 30 s.
	Refresh time.Duration
	// Window is how far back stories count as recent; default 7 days.
	Window time.Duration
	// Limit caps the stories kept; default 2,000.
	Limit int
	// Clock defaults to time.Now.
	Clock func() time.Time
	// Logger receives reload failures; nil discards.
	Logger *slog.Logger
}

// NewIndex returns an index over src; it loads on first use.
func NewIndex(src StoryLister, opts IndexOptions) *Index {
	if opts.Refresh <= 0 {
		opts.Refresh = 30 * time.Second
	}
	if opts.Window <= 0 {
		opts.Window = 7 * 24 * time.Hour
	}
	if opts.Limit <= 0 {
		opts.Limit = 2000
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Index{src: src, log: opts.Logger, clock: opts.Clock, every: opts.Refresh, window: opts.Window, limit: opts.Limit}
}

// Refresh reloads the index from the store now.
func (x *Index) Refresh(ctx context.Context) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.load(ctx)
}

func (x *Index) load(ctx context.Context) error {
	now := x.clock()
	stories, err := x.src.ListStories(ctx, now.Add(-x.window), x.limit)
	if err != nil {
		return fmt.Errorf("bot: load stories: %w", err)
	}
	x.snap.Store(buildSnapshot(stories, now))
	return nil
}

// get returns the current snapshot, loading it on first use and starting a
// background reload when it is stale.
func (x *Index) get(ctx context.Context) (*snapshot, error) {
	s := x.snap.Load()
	if s == nil {
		x.mu.Lock()
		defer x.mu.Unlock()
		if s = x.snap.Load(); s != nil {
			return s, nil
		}
		if err := x.load(ctx); err != nil {
			return nil, err
		}
		return x.snap.Load(), nil
	}
	now := x.clock()
	if now.Sub(s.loaded) >= x.every && now.UnixNano()-x.lastTry.Load() >= int64(x.every/4) && x.busy.CompareAndSwap(false, true) {
		x.lastTry.Store(now.UnixNano())
		go func() {
			defer x.busy.Store(false)
			ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
			defer cancel()
			err := x.Refresh(ctx)
			if err != nil {
				x.log.Warn("bot: story index reload failed; serving the previous one", "err", err)
			}
			if x.afterReload != nil {
				x.afterReload(err)
			}
		}()
	}
	return s, nil
}

// Term kinds, in autocomplete order.
const (
	termPerson = iota
	termPlace
	termCountry
	termTitle
)

// term is an autocomplete suggestion for /brief topic.
type term struct {
	label  string
	folded string
	kind   int
	score  float64 // importance of the best story it comes from
}

// doc is one indexed story.
type doc struct {
	story      store.Story
	title      string             // folded title
	words      map[string]float64 // folded word -> weight
	importance float64
}

// calEntry is one dated event of the calendar.
type calEntry struct {
	day   time.Time // midnight UTC of the date
	text  string
	event string
	doc   *doc
}

type snapshot struct {
	loaded   time.Time
	docs     []*doc // newest LastSeen first
	byID     map[string]*doc
	terms    []term
	calendar []calEntry // sorted by day, then importance
	// postings maps each folded word to the stories containing it; vocab
	// holds the same words sorted, for prefix lookups.
	postings map[string][]*doc
	vocab    []string
}

func buildSnapshot(stories []store.Story, now time.Time) *snapshot {
	s := &snapshot{loaded: now, byID: make(map[string]*doc, len(stories)), postings: map[string][]*doc{}}
	seen := map[string]int{} // folded term -> index in s.terms
	addTerm := func(label string, kind int, score float64) {
		label = OneLine(label)
		f := fold(label)
		if f == "" || len(label) > 200 {
			return
		}
		if i, ok := seen[f]; ok {
			if score > s.terms[i].score {
				s.terms[i].score = score
			}
			if kind < s.terms[i].kind {
				s.terms[i].kind = kind
			}
			return
		}
		seen[f] = len(s.terms)
		s.terms = append(s.terms, term{label: label, folded: f, kind: kind, score: score})
	}
	for _, st := range stories {
		d := &doc{story: st, title: fold(st.Title), words: map[string]float64{}, importance: Importance(st, now)}
		add := func(text string, w float64) {
			for _, k := range keywords(text) {
				if d.words[k] < w {
					d.words[k] = w
				}
			}
		}
		f := st.Facts
		add(st.Title, 3)
		add(f.QuickLook.Headline, 3)
		for _, p := range f.People {
			add(p.Name, 2)
			for _, a := range p.Aliases {
				add(a, 2)
			}
			addTerm(p.Name, termPerson, d.importance)
		}
		for _, p := range f.Places {
			add(p.Name, 2)
			add(p.Country, 1)
			addTerm(p.Name, termPlace, d.importance)
		}
		if f.Venue != nil {
			add(f.Venue.Name, 2)
			addTerm(f.Venue.Name, termPlace, d.importance)
		}
		for _, c := range f.Countries {
			add(c, 2)
			addTerm(c, termCountry, d.importance)
		}
		for _, group := range [][]string{f.Mediators, f.Excluded, f.Agenda} {
			for _, t := range group {
				add(t, 1)
			}
		}
		for _, b := range f.QuickLook.Bullets {
			add(b.Text, 1)
		}
		addTerm(st.Title, termTitle, d.importance)
		for w := range d.words {
			s.postings[w] = append(s.postings[w], d)
		}
		s.docs = append(s.docs, d)
		s.byID[st.ID] = d
		for _, dt := range f.Dates {
			if day, ok := dayOf(dt.Value); ok {
				s.calendar = append(s.calendar, calEntry{day: day, text: dt.Text, event: dt.Event, doc: d})
			}
		}
	}
	slices.SortStableFunc(s.calendar, func(a, b calEntry) int {
		return cmp.Or(a.day.Compare(b.day), cmp.Compare(b.doc.importance, a.doc.importance))
	})
	s.vocab = make([]string, 0, len(s.postings))
	for w := range s.postings {
		s.vocab = append(s.vocab, w)
	}
	slices.Sort(s.vocab)
	return s
}

// dayOf parses the day of a TIMEX value ("2025-02-18", "2025-02-18T10:00").
func dayOf(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// Importance ranks stories: more outlets, higher relevance, more
// participants and recency make a story more important.
func Importance(st store.Story, now time.Time) float64 {
	participants := 0
	for _, p := range st.Facts.People {
		if p.Participant {
			participants++
		}
	}
	age := now.Sub(st.LastSeen).Hours()
	recency := 0.0
	if age < 48 {
		recency = 1 - max(age, 0)/48
	}
	return float64(min(len(st.Outlets), 10)) + 2*st.Relevance + 0.2*float64(min(participants, 10)) + 1.5*recency
}

// matchRank ranks how folded text matches a folded query: 0 prefix, 1 word
// prefix, 2 substring, -1 no match.
func matchRank(text, q string) int {
	if q == "" {
		return 0
	}
	i := strings.Index(text, q)
	switch {
	case i < 0:
		return -1
	case i == 0:
		return 0
	case text[i-1] == ' ':
		return 1
	}
	for j := i + 1; j < len(text); {
		k := strings.Index(text[j:], q)
		if k < 0 {
			break
		}
		if text[j+k-1] == ' ' {
			return 1
		}
		j += k + 1
	}
	return 2
}

// topicChoices suggests /brief topics for what the user typed.
func (s *snapshot) topicChoices(typed string) []Choice {
	q := fold(typed)
	type hit struct {
		t    *term
		rank int
	}
	var hits []hit
	for i := range s.terms {
		if r := matchRank(s.terms[i].folded, q); r >= 0 {
			hits = append(hits, hit{&s.terms[i], r})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.t.kind, b.t.kind),
			cmp.Compare(b.t.score, a.t.score), cmp.Compare(a.t.label, b.t.label))
	})
	out := make([]Choice, 0, min(len(hits), MaxChoices))
	for _, h := range hits {
		if len(out) == MaxChoices {
			break
		}
		label := Trim(h.t.label, MaxChoiceValue)
		out = append(out, Choice{Name: label, Value: label})
	}
	return out
}

// storyChoices suggests stories (value = story ID) for what the user typed.
func (s *snapshot) storyChoices(typed string) []Choice {
	q := fold(typed)
	type hit struct {
		d    *doc
		rank int
	}
	var hits []hit
	for _, d := range s.docs {
		r := matchRank(d.title, q)
		if r < 0 && q != "" {
			// A person or place of the story matches: rank after titles.
			for _, w := range strings.Fields(q) {
				if _, ok := d.words[w]; ok {
					r = 3
					break
				}
			}
		}
		if r >= 0 {
			hits = append(hits, hit{d, r})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(b.d.importance, a.d.importance))
	})
	out := make([]Choice, 0, min(len(hits), MaxChoices))
	for _, h := range hits {
		if len(out) == MaxChoices {
			break
		}
		if len(h.d.story.ID) > MaxChoiceValue {
			continue
		}
		out = append(out, Choice{Name: Trim(OneLine(h.d.story.Title), MaxChoiceName), Value: h.d.story.ID})
	}
	return out
}

// search returns the story that best matches a topic, or nil. Every query
// word must match a word of the story (exactly, or as a prefix of at least
// three letters); stories score by the weights of the matched words, a
// phrase found in the title and their importance. It reads the postings,
// so its cost grows with the matching stories, not with all stories.
func (s *snapshot) search(topic string) *doc {
	words := keywords(topic)
	if len(words) == 0 {
		words = strings.Fields(fold(topic))
	}
	if len(words) == 0 {
		return nil
	}
	var scores map[*doc]float64
	for n, w := range words {
		found := map[*doc]float64{}
		for _, d := range s.postings[w] {
			found[d] = d.words[w]
		}
		if len(w) >= 3 {
			i, _ := slices.BinarySearch(s.vocab, w)
			for ; i < len(s.vocab) && strings.HasPrefix(s.vocab[i], w); i++ {
				v := s.vocab[i]
				if v == w {
					continue
				}
				for _, d := range s.postings[v] {
					if ws := d.words[v] * 0.6; ws > found[d] {
						found[d] = ws
					}
				}
			}
		}
		if n == 0 {
			scores = found
			continue
		}
		for d, sc := range scores {
			if ws, ok := found[d]; ok {
				scores[d] = sc + ws
			} else {
				delete(scores, d)
			}
		}
	}
	q := fold(topic)
	var best *doc
	bestScore := 0.0
	for d, score := range scores {
		if strings.Contains(d.title, q) {
			score += 5
		}
		score = score*10 + d.importance
		if score > bestScore || (score == bestScore && best != nil && d.story.ID < best.story.ID) {
			best, bestScore = d, score
		}
	}
	return best
}

// top returns the n most important stories seen since since.
func (s *snapshot) top(since time.Time, n int) []*doc {
	var out []*doc
	for _, d := range s.docs {
		if !d.story.LastSeen.Before(since) {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b *doc) int { return cmp.Compare(b.importance, a.importance) })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
