package edition

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

// DefaultLength is the number of top stories when a subscription says 0.
const DefaultLength = 5

// maxAlso caps the one-line "also" list.
const maxAlso = 8

// Previous is what a channel's previous edition held.
type Previous struct {
	// At is when it was composed; zero when there was none.
	At time.Time
	// StoryIDs are the stories it showed as top stories.
	StoryIDs []string
}

// shown reports whether the previous edition showed a story.
func (p Previous) shown(id string) bool { return slices.Contains(p.StoryIDs, id) }

// Pick selects an edition's stories: those passing the subscription's
// filters, ranked by Score, the top sub.Length (DefaultLength when 0) and
// up to eight more for the "also" line. A story the previous edition
// showed comes back only when it changed since (Story.Changes after
// prev.At), and then as an update that carries only what changed.
func Pick(sub store.Subscription, stories []store.Story, prev Previous, now time.Time) (top, also []store.Story) {
	type ranked struct {
		st    store.Story
		score float64
	}
	var list []ranked
	seen := map[string]bool{}
	for _, st := range stories {
		if seen[st.ID] || !bot.MatchesFilters(sub.Filters, st) {
			continue
		}
		seen[st.ID] = true
		novel := prev.At.IsZero() || st.FirstSeen.After(prev.At)
		if !prev.At.IsZero() && prev.shown(st.ID) {
			var changes []store.Change
			for _, c := range st.Changes {
				if c.At.After(prev.At) && strings.TrimSpace(c.Text) != "" {
					changes = append(changes, c)
				}
			}
			if len(changes) == 0 {
				continue
			}
			st = UpdateView(st, changes, sub.Format)
			novel = false
		}
		list = append(list, ranked{st, Score(st, now, novel)})
	}
	slices.SortStableFunc(list, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.score, a.score), b.st.LastSeen.Compare(a.st.LastSeen), cmp.Compare(a.st.ID, b.st.ID))
	})
	n := sub.Length
	if n <= 0 {
		n = DefaultLength
	}
	for i, r := range list {
		switch {
		case i < n:
			top = append(top, r.st)
		case len(also) < maxAlso:
			also = append(also, r.st)
		}
	}
	return top, also
}

// Score ranks a story for an edition: bot.Importance (number of outlets,
// relevance, participants, recency) plus the rank of its participants
// (heads of state and government, then foreign ministers, weigh most) and
// a bonus for novelty (a story first seen since the previous edition).
func Score(st store.Story, now time.Time, novel bool) float64 {
	s := bot.Importance(st, now) + ParticipantRank(st.Facts.People)
	if novel {
		s += 1.5
	}
	return s
}

// roleWeights rank participants' roles; the first match wins.
var roleWeights = []struct {
	words  []string
	weight float64
}{
	{[]string{"vice president", "vice-president", "deputy prime minister", "deputy foreign minister", "deputy minister", "vice premier"}, 0.5},
	{[]string{"president", "prime minister", "chancellor", "king", "queen", "emir", "sultan", "supreme leader", "premier", "head of state", "crown prince", "pope"}, 1.0},
	{[]string{"foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs", "foreign affairs minister", "minister for foreign affairs", "top diplomat"}, 0.8},
	{[]string{"secretary-general", "secretary general", "high representative"}, 0.7},
	{[]string{"minister", "secretary"}, 0.4},
	{[]string{"ambassador", "envoy", "special representative", "negotiator"}, 0.3},
}

// ParticipantRank sums the role weights of a story's participants (heads
// of state 1, foreign ministers 0.8, other ministers 0.4, envoys 0.3;
// former office holders a tenth), capped at 3.
func ParticipantRank(people []digest.Person) float64 {
	total := 0.0
	for _, p := range people {
		if !p.Participant {
			continue
		}
		role := strings.ToLower(p.Role)
		w := 0.0
		for _, rw := range roleWeights {
			if containsAny(role, rw.words) {
				w = rw.weight
				break
			}
		}
		if strings.Contains(role, "former") || strings.Contains(role, "ex-") {
			w /= 10
		}
		total += w
	}
	return min(total, 3)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// UpdateView turns a story shown before into an update: its quick look
// carries only what changed (one bullet per change, newest last) and its
// headline says "Update:"; in the compact format the headline also gives
// the latest change, since only headlines are shown there.
func UpdateView(st store.Story, changes []store.Change, format string) store.Story {
	base := strings.TrimSpace(st.Facts.QuickLook.Headline)
	if base == "" {
		base = strings.TrimSpace(st.Title)
	}
	if len(changes) > 5 {
		changes = changes[len(changes)-5:]
	}
	bullets := make([]digest.Bullet, 0, len(changes))
	for _, c := range changes {
		bullets = append(bullets, digest.Bullet{Label: "New", Text: c.Text})
	}
	head := "Update: " + base
	if format != store.FormatFull && len(changes) > 0 {
		head += " — " + changes[len(changes)-1].Text
	}
	st.Facts.QuickLook = digest.QuickLook{Headline: head, Bullets: bullets}
	st.Facts.Summary = nil
	st.Changes = changes
	return st
}

// Compose renders an edition: Pick, then bot.RenderEdition with the due
// time as the edition's date, fitted to Discord's limits. It also returns
// the IDs of the top stories, for the next edition's Previous.
func Compose(sub store.Subscription, stories []store.Story, prev Previous, due, now time.Time) (bot.Response, []string) {
	top, also := Pick(sub, stories, prev, now)
	ids := make([]string, len(top))
	for i, st := range top {
		ids[i] = st.ID
	}
	return bot.Fit(bot.RenderEdition(sub, top, also, due)), ids
}
