package bot

import (
	"fmt"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

// benchStories returns n varied stories around the seed story.
func benchStories(n int) []store.Story {
	cities := []string{"Riyadh", "Geneva", "Ankara", "Doha", "Istanbul", "Vienna", "Oslo", "Cairo", "Beijing", "Brasília"}
	people := []string{"Lavrov", "Rubio", "Wang Yi", "Erdoğan", "Guterres", "Kallas", "Jaishankar", "Araghchi"}
	out := make([]store.Story, n)
	for i := range out {
		s := riyadhStory()
		s.ID = fmt.Sprintf("%032x", i+1)
		city := cities[i%len(cities)]
		s.Title = fmt.Sprintf("Talks in %s on issue %d with %s", city, i, people[i%len(people)])
		s.Facts.QuickLook.Headline = s.Title
		s.Facts.Venue = &digest.Place{Name: city, Country: "Somewhere"}
		s.Facts.Places = []digest.Place{{Name: city}}
		s.Facts.People = append(s.Facts.People, digest.Person{Name: fmt.Sprintf("%s %d", people[i%len(people)], i), Participant: true})
		s.LastSeen = testNow.Add(-time.Duration(i) * time.Minute)
		out[i] = s
	}
	return out
}

func benchBot(b *testing.B, n int) *Bot {
	bt, _ := newTestBot(b, benchStories(n)...)
	if err := bt.Index().Refresh(ctx); err != nil {
		b.Fatal(err)
	}
	return bt
}

// BenchmarkTopicAutocomplete measures one /brief topic keystroke over 1,000
// recent stories (the in-memory index, no store access).
func BenchmarkTopicAutocomplete(b *testing.B) {
	bt := benchBot(b, 1000)
	req := cmd("brief", "", Option{Name: "topic", Type: OptString, String: "gen", Focused: true})
	req.Kind = KindAutocomplete
	b.ReportAllocs()
	for b.Loop() {
		if r := bt.Handle(ctx, req); len(r.Choices) == 0 {
			b.Fatal("no choices")
		}
	}
}

// BenchmarkBriefTopic measures a whole /brief <topic> over 1,000 stories,
// including the paused-alert check (one store read) and Fit.
func BenchmarkBriefTopic(b *testing.B) {
	bt := benchBot(b, 1000)
	req := cmd("brief", "", str("topic", "Ankara Lavrov"))
	b.ReportAllocs()
	for b.Loop() {
		if r := bt.Handle(ctx, req); len(r.Embeds) != 1 {
			b.Fatalf("reply %+v", r)
		}
	}
}

// BenchmarkCalendar measures /dates without a story over 1,000 stories.
func BenchmarkCalendar(b *testing.B) {
	bt := benchBot(b, 1000)
	req := cmd("dates", "")
	b.ReportAllocs()
	for b.Loop() {
		bt.Handle(ctx, req)
	}
}

// BenchmarkIndexRefresh measures a reload of 1,000 stories from bolt.
func BenchmarkIndexRefresh(b *testing.B) {
	bt := benchBot(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := bt.Index().Refresh(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
