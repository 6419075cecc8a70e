package dispatch

import (
	"strings"

	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/store"
)

// DocOf returns a story event as alert matching sees it: the title; as
// text, the quick look (headline and bullets), the agenda, the summary and
// every name of the facts; the participants, countries, places (the venue
// among them), organisations and excluded parties as fields; and, for an
// update, what changed as New.
func DocOf(ev story.Event) alerts.Doc {
	doc := StoryDoc(ev.Story)
	if ev.Kind == story.Updated {
		doc.New = ev.Changes
	}
	return doc
}

// StoryDoc returns a stored story as an alerts.Doc, without New.
func StoryDoc(st store.Story) alerts.Doc {
	f := &st.Facts
	doc := alerts.Doc{StoryID: st.ID, Title: st.Title, Countries: f.Countries, Excluded: f.Excluded}
	var text []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			text = append(text, s)
		}
	}
	add(f.QuickLook.Headline)
	for _, b := range f.QuickLook.Bullets {
		add(b.Text)
	}
	for _, a := range f.Agenda {
		add(a)
	}
	for _, s := range f.Summary {
		add(s)
	}
	for _, p := range f.People {
		// Everyone named is text; only participants are person: facts.
		add(p.Name)
		if p.Participant {
			doc.People = append(doc.People, p.Name)
			doc.People = append(doc.People, p.Aliases...)
		}
	}
	for _, m := range f.Mediators {
		add(m)
	}
	for _, r := range f.Reactions {
		add(r.Actor)
	}
	for _, p := range f.Places {
		doc.Places = append(doc.Places, p.Name)
	}
	if f.Venue != nil && f.Venue.Name != "" {
		doc.Places = append(doc.Places, f.Venue.Name)
	}
	seen := map[string]bool{}
	for _, m := range f.Mentions {
		if m.Type == digest.ORG && !seen[m.Text] {
			seen[m.Text] = true
			doc.Orgs = append(doc.Orgs, m.Text)
		}
	}
	// A phrase can match across the end of one fact and the start of the
	// next in the text (a rare extra match); the fields keep them apart.
	doc.Text = strings.Join(text, "\n")
	return doc
}
