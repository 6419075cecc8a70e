package story

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
)

// countingObserver records what a Digester tells its Observer.
type countingObserver struct {
	mu        sync.Mutex
	polled    map[string]int // "source ok" / "source failed"
	items     map[string]int // "source outcome"
	extracted int
	took      time.Duration
}

func (o *countingObserver) Polled(source string, err error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	k := source + " ok"
	if err != nil {
		k = source + " failed"
	}
	o.polled[k]++
}

func (o *countingObserver) Item(source, outcome string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.items[source+" "+outcome]++
}

func (o *countingObserver) Extracted(took time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.extracted++
	o.took += took
}

func TestObserverSeesPollsItemsAndExtractions(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)
	d, st := newTestDigester(t, filepath.Join("testdata", "cluster"), now)
	// A second source that cannot be fetched.
	if err := st.PutSource(ctx, store.Source{Name: "broken", URL: filepath.Join(t.TempDir(), "missing"), Kind: "local", FullText: "never", Interval: time.Hour}); err != nil {
		t.Fatal(err)
	}
	o := &countingObserver{polled: map[string]int{}, items: map[string]int{}}
	d.Observe(o)

	rep, err := d.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	// A copy of a stored article under another name is a duplicate.
	if err := st.PutSource(ctx, store.Source{Name: "copy", URL: filepath.Join("testdata", "cluster", "a1.txt"), Kind: "local", FullText: "never", Interval: time.Hour}); err != nil {
		t.Fatal(err)
	}
	rep2, err := d.Cycle(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"local polled ok", o.polled["local ok"], 2},
		{"copy polled ok", o.polled["copy ok"], 1},
		{"broken polled failed", o.polled["broken failed"], 2},
		{"broken never ok", o.polled["broken ok"], 0},
		{"new items", o.items["local new"] + o.items["local irrelevant"], rep.New},
		{"irrelevant items", o.items["local irrelevant"], rep.Irrelevant},
		{"duplicates", o.items["local duplicate"] + o.items["copy duplicate"], rep.Duplicates + rep2.Duplicates},
		{"the copy is a duplicate", o.items["copy duplicate"], 1},
		{"one extraction per new article", o.extracted, rep.New},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d (polled %v, items %v)", tt.got, tt.want, o.polled, o.items)
			}
		})
	}
	if o.took <= 0 {
		t.Errorf("extraction time not measured: %v", o.took)
	}
}
