package digest

import (
	"os"
	"testing"
	"time"
)

// TestShippedVenueModel: the embedded venue model is what training on the
// repository's quick-look sets makes.
func TestShippedVenueModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the venue model")
	}
	arts := venueArticles(t, quickLookDirs(t))
	got := venueModelText(trainLocModel(venueExamples(arts)))
	want, err := os.ReadFile("data/venues.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Error("data/venues.tsv is not what training makes: run ATTACHE_TRAIN_VENUES=1 go test ./digest -run TestTrainVenues")
	}
}

// TestVenueModelDecides drives modelVenue with hand-made models: a sure
// model moves the rules' venue to its candidate only when it doubts the
// rules' own; it places a story that only looks ahead to a meeting, never
// a call or a story of no meeting; without a model the rules stand.
func TestVenueModelDecides(t *testing.T) {
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	// the title's place is sure (0.95), every other unlikely (0.05)
	titleSure := linModel{"bias": -3, "title": 6}
	// the rules meet in Vienna; Geneva, in the title, is a trip's
	const vienna = "Foreign ministers met in Vienna on Tuesday for talks on the dam. They had travelled to Geneva last week for a conference."
	// a story of no meeting that looks ahead to one
	const ahead = "Sudan's army chief on Tuesday rejected a truce proposed by the Quad. The Quad ministers would meet again in Washington later this month to discuss the war."
	cases := []struct {
		name, title, body string
		model             linModel
		want              string // the venue's name, "" for none
	}{
		{"the rules' venue without a model", "Geneva talks in doubt", vienna,
			nil, "Vienna"},
		{"a sure model over a doubted rule pick", "Geneva talks in doubt", vienna,
			titleSure, "Geneva"},
		{"the rules' pick not doubted stays", "Geneva talks in doubt", vienna,
			linModel{"bias": 3}, "Vienna"},
		{"no meeting, no venue", "Appeal in Juba",
			"The head of the UN mission, Nicholas Haysom, on Wednesday called on President Salva Kiir in Juba to release detained officials.",
			linModel{"bias": 5}, ""},
		{"a story that looks ahead: no venue without a model", "Sudan rejects truce", ahead,
			nil, ""},
		{"a story that looks ahead: the model places it", "Sudan rejects truce", ahead,
			linModel{"bias": 5}, "Washington"},
		{"a call has no place", "Leaders speak by phone",
			"Putin and Pezeshkian discussed energy in a telephone conversation on Tuesday. They agreed to meet in Ankara next month.",
			linModel{"bias": 5}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := New(WithoutVenueModel())
			if err != nil {
				t.Fatal(err)
			}
			e.venues = c.model
			r := e.Extract(Article{Title: c.title, Body: c.body, Published: pub})
			got := ""
			if r.Venue != nil {
				got = r.Venue.Name
			}
			if got != c.want {
				t.Errorf("venue %q, want %q", got, c.want)
			}
		})
	}
}
