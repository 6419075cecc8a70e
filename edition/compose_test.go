package edition_test

import (
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/store"
)

func person(name, role string) digest.Person {
	return digest.Person{Name: name, Role: role, Participant: true}
}

func story(id, title string, outlets int, seen time.Time, countries []string, people ...digest.Person) store.Story {
	var names []string
	for i := range outlets {
		names = append(names, "outlet-"+string(rune('a'+i)))
	}
	return store.Story{ID: id, Title: title, Outlets: names, FirstSeen: seen, LastSeen: seen, Relevance: 0.5,
		URLs: []string{"https://example.org/" + id},
		Facts: digest.Result{People: people, Countries: countries,
			QuickLook: digest.QuickLook{Headline: title, Bullets: []digest.Bullet{{Label: "What", Text: title + " happened"}}}}}
}

func ids(stories []store.Story) []string {
	out := make([]string, len(stories))
	for i, s := range stories {
		out[i] = s.ID
	}
	return out
}

func TestParticipantRank(t *testing.T) {
	for _, tc := range []struct {
		name   string
		people []digest.Person
		want   float64
	}{
		{"head of state", []digest.Person{person("A", "President of France")}, 1.0},
		{"foreign minister", []digest.Person{person("B", "Foreign Minister")}, 0.8},
		{"secretary of state", []digest.Person{person("C", "US Secretary of State")}, 0.8},
		{"vice president", []digest.Person{person("D", "Vice President")}, 0.5},
		{"former president", []digest.Person{person("E", "former President")}, 0.1},
		{"envoy", []digest.Person{person("F", "special envoy")}, 0.3},
		{"not a participant", []digest.Person{{Name: "G", Role: "President"}}, 0},
		{"capped", []digest.Person{person("a", "President"), person("b", "King"), person("c", "Prime Minister"), person("d", "Emir")}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := edition.ParticipantRank(tc.people); got < tc.want-1e-9 || got > tc.want+1e-9 {
				t.Fatalf("ParticipantRank = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPick(t *testing.T) {
	now := utc("2025-06-02 06:00")
	prevAt := now.Add(-24 * time.Hour)
	old := now.Add(-30 * time.Hour)
	big := story("big", "Summit in Riyadh", 6, now.Add(-2*time.Hour), []string{"Saudi Arabia"}, person("MBS", "Crown Prince"))
	heads := story("heads", "Leaders meet", 2, now.Add(-3*time.Hour), []string{"France"}, person("Macron", "President"), person("Barrot", "Foreign Minister"))
	envoy := story("envoy", "Envoy visits", 2, now.Add(-3*time.Hour), []string{"Norway"}, person("X", "ambassador"))
	other := story("other", "Talks in Oslo", 1, now.Add(-4*time.Hour), []string{"Norway"})
	stale := story("stale", "Old talks", 4, now.Add(-5*time.Hour), []string{"Egypt"})
	stale.FirstSeen = old
	changed := story("changed", "Ceasefire talks", 3, now.Add(-time.Hour), []string{"Qatar"})
	changed.FirstSeen = old
	changed.Changes = []store.Change{{At: old, Text: "Talks announced"}, {At: now.Add(-time.Hour), Text: "Turkey confirmed attendance"}}
	all := []store.Story{other, envoy, heads, big, stale, changed}
	prev := edition.Previous{At: prevAt, StoryIDs: []string{"stale", "changed"}}

	t.Run("ranking and length", func(t *testing.T) {
		top, also := edition.Pick(store.Subscription{Length: 2}, all, edition.Previous{}, now)
		if got := ids(top); strings.Join(got, ",") != "big,heads" {
			t.Errorf("top = %v", got)
		}
		if got := ids(also); len(got) != 4 || got[0] != "stale" {
			t.Errorf("also = %v", got)
		}
	})
	t.Run("heads of state outrank envoys", func(t *testing.T) {
		top, _ := edition.Pick(store.Subscription{Length: 5}, []store.Story{envoy, heads}, edition.Previous{}, now)
		if got := ids(top); strings.Join(got, ",") != "heads,envoy" {
			t.Errorf("top = %v", got)
		}
	})
	t.Run("shown before: only with changes", func(t *testing.T) {
		top, also := edition.Pick(store.Subscription{Length: 10, Format: store.FormatFull}, all, prev, now)
		got := append(ids(top), ids(also)...)
		if strings.Contains(strings.Join(got, ","), "stale") {
			t.Errorf("unchanged story shown again: %v", got)
		}
		var upd *store.Story
		for i := range top {
			if top[i].ID == "changed" {
				upd = &top[i]
			}
		}
		if upd == nil {
			t.Fatalf("changed story missing: %v", got)
		}
		ql := upd.Facts.QuickLook
		if !strings.HasPrefix(ql.Headline, "Update: Ceasefire talks") || len(ql.Bullets) != 1 || ql.Bullets[0].Text != "Turkey confirmed attendance" {
			t.Errorf("update view %+v", ql)
		}
	})
	t.Run("filters", func(t *testing.T) {
		sub := store.Subscription{Length: 5, Filters: store.Filters{Countries: []string{"Norway"}}}
		top, also := edition.Pick(sub, all, edition.Previous{}, now)
		if got := ids(top); strings.Join(got, ",") != "envoy,other" || len(also) != 0 {
			t.Errorf("top = %v also = %v", got, ids(also))
		}
	})
	t.Run("default length", func(t *testing.T) {
		top, _ := edition.Pick(store.Subscription{}, all, edition.Previous{}, now)
		if len(top) != edition.DefaultLength {
			t.Errorf("%d top stories", len(top))
		}
	})
}

func TestCompose(t *testing.T) {
	now := utc("2025-06-02 05:00")
	due := utc("2025-06-02 05:00")
	stories := []store.Story{
		story("a", "Summit in Riyadh", 5, now.Add(-time.Hour), nil, person("P", "President")),
		story("b", "Talks in Oslo", 2, now.Add(-2*time.Hour), nil),
		story("c", "Envoy in Cairo", 1, now.Add(-2*time.Hour), nil),
	}
	for _, format := range []string{store.FormatCompact, store.FormatFull} {
		t.Run(format, func(t *testing.T) {
			sub := store.Subscription{ChannelID: "1", Time: "07:00", TimeZone: "Europe/Paris", Length: 2, Format: format}
			resp, top := edition.Compose(sub, stories, edition.Previous{}, due, now)
			if strings.Join(top, ",") != "a,b" {
				t.Errorf("top ids %v", top)
			}
			if !strings.Contains(resp.Content, "Monday 2 June 2025") {
				t.Errorf("heading: %q", resp.Content)
			}
			if !strings.Contains(resp.Content, "**Also:** Envoy in Cairo") {
				t.Errorf("also line missing: %q", resp.Content)
			}
			switch format {
			case store.FormatFull:
				if len(resp.Embeds) != 2 || resp.Embeds[0].Title != "Summit in Riyadh" {
					t.Errorf("embeds %+v", resp.Embeds)
				}
			default:
				if len(resp.Embeds) != 1 || !strings.Contains(resp.Embeds[0].Description, "1. [Summit in Riyadh]") {
					t.Errorf("embeds %+v", resp.Embeds)
				}
			}
		})
	}
}
