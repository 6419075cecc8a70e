package bot

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// testNow is the fixed clock of the tests: the day of the seed article.
var testNow = time.Date(2025, 2, 17, 9, 0, 0, 0, time.UTC)

// openStore opens a bolt store in a temporary directory.
func openStore(t testing.TB) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatalf("open bolt: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// riyadhResult is a digest of the seed article (built by hand, not by the
// digest engine).
func riyadhResult() digest.Result {
	return digest.Result{
		ID: "seed-riyadh-talks", Offsets: "bytes",
		People: []digest.Person{
			{Name: "Marco Rubio", Aliases: []string{"Rubio"}, Role: "Secretary of State", Affiliation: "United States", Participant: true},
			{Name: "Mike Waltz", Aliases: []string{"Waltz"}, Role: "National Security Adviser", Affiliation: "United States", Participant: true},
			{Name: "Steve Witkoff", Aliases: []string{"Witkoff"}, Role: "Special Envoy", Affiliation: "United States", Participant: true},
			{Name: "Sergey Lavrov", Aliases: []string{"Lavrov"}, Role: "Foreign Minister", Affiliation: "Russia", Participant: true},
			{Name: "Yuri Ushakov", Aliases: []string{"Ushakov"}, Role: "Kremlin adviser", Affiliation: "Russia", Participant: true},
			{Name: "Volodymyr Zelenskyy", Aliases: []string{"Zelenskyy"}, Role: "President", Affiliation: "Ukraine"},
		},
		Places:    []digest.Place{{Name: "Riyadh", Country: "Saudi Arabia"}, {Name: "Kyiv", Country: "Ukraine"}},
		Venue:     &digest.Place{Name: "Riyadh", Country: "Saudi Arabia"},
		Countries: []string{"United States", "Russia", "Ukraine", "Saudi Arabia"},
		Excluded:  []string{"Ukraine"},
		Dates: []digest.Date{
			{Text: "Tuesday", Value: "2025-02-18", Type: "DATE", Event: "US-Russia talks in Riyadh"},
			{Text: "February 20", Value: "2025-02-20", Type: "DATE", Event: "Kellogg visits Kyiv"},
			{Text: "Monday", Value: "2025-02-17", Type: "DATE", Event: "emergency EU meeting"},
		},
		Reactions: []digest.Reaction{
			{Actor: "Volodymyr Zelenskyy", Stance: digest.Critical, Quote: "no deal is valid without Ukraine"},
			{Actor: "Sergey Lavrov", Stance: digest.Critical, Quote: "I don’t know what they have to do at the negotiations table."},
		},
		Agenda: []string{"US-Russia relations", "Ukraine peace settlement"},
		QuickLook: digest.QuickLook{
			Headline: "US-Russia talks on Ukraine in Riyadh exclude Kyiv",
			Bullets: []digest.Bullet{
				{Label: "Meeting Location & Date", Text: "Scheduled for Tuesday in Riyadh, Saudi Arabia."},
				{Label: "Key Participants", Text: "Marco Rubio, Mike Waltz, Steve Witkoff, Sergey Lavrov and Yuri Ushakov."},
				{Label: "Ukraine's Absence", Text: "Kyiv was not invited."},
			},
		},
		Relevance: 0.95,
	}
}

// riyadhStory is the seed story.
func riyadhStory() store.Story {
	return store.Story{
		ID: "5eed0000000000000000000000000001", Title: "Trump Officials to Meet Russian Diplomats on Ukraine Peace Deal",
		URLs: []string{"https://newslooks.example/riyadh"}, Outlets: []string{"Newslooks", "Reuters"},
		Published: testNow.Add(-2 * time.Hour), FirstSeen: testNow.Add(-2 * time.Hour), LastSeen: testNow.Add(-time.Hour),
		Relevance: 0.95, Facts: riyadhResult(),
	}
}

// otherStory is a second, less important story about a different summit.
func otherStory() store.Story {
	return store.Story{
		ID: "5eed0000000000000000000000000002", Title: "Erdoğan hosts Gulf leaders in Ankara",
		URLs: []string{"https://example.org/ankara"}, Outlets: []string{"Anadolu"},
		LastSeen: testNow.Add(-3 * time.Hour), FirstSeen: testNow.Add(-3 * time.Hour), Relevance: 0.6,
		Facts: digest.Result{
			People:    []digest.Person{{Name: "Recep Tayyip Erdoğan", Aliases: []string{"Erdoğan"}, Role: "President", Affiliation: "Turkey", Participant: true}},
			Places:    []digest.Place{{Name: "Ankara", Country: "Turkey"}},
			Venue:     &digest.Place{Name: "Ankara", Country: "Turkey"},
			Countries: []string{"Turkey", "Qatar"},
			Dates:     []digest.Date{{Text: "next month", Value: "2025-03-20", Event: "Gulf summit"}},
		},
	}
}

// newTestBot returns a bot over a bolt store seeded with stories.
func newTestBot(t testing.TB, stories ...store.Story) (*Bot, *bolt.Store) {
	t.Helper()
	st := openStore(t)
	for _, s := range stories {
		if _, err := st.PutStory(context.Background(), s); err != nil {
			t.Fatalf("put story: %v", err)
		}
	}
	b, err := New(Config{Store: st, MaxAlertsPerUser: 3, Index: IndexOptions{Clock: func() time.Time { return testNow }}})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return b, st
}

// cmd builds a guild command request from user u with all permissions.
func cmd(name, sub string, opts ...Option) Request {
	return Request{Kind: KindCommand, Name: name, Subcommand: sub, Options: opts, GuildID: "100", ChannelID: "200",
		UserID: "300", UserName: "alice", Permissions: 1<<41 - 1, Now: testNow}
}

func str(name, v string) Option { return Option{Name: name, Type: OptString, String: v} }

// text flattens a response for assertions.
func text(r Response) string {
	s := r.Content + "\n" + r.Notice
	for _, e := range r.Embeds {
		s += "\n" + e.Title + "\n" + e.URL + "\n" + e.Description + "\n" + e.Footer
		for _, f := range e.Fields {
			s += "\n" + f.Name + ": " + f.Value
		}
	}
	for _, b := range r.Buttons {
		s += fmt.Sprintf("\n[%s %s]", b.Label, b.CustomID)
	}
	for _, c := range r.Choices {
		s += fmt.Sprintf("\n{%s=%s}", c.Name, c.Value)
	}
	return s
}
