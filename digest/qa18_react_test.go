package digest

import (
	"strings"
	"testing"
	"time"
)

// qa18Case is a text and the stance the Reactions bullet must give an
// actor ("critical", "supportive", "mixed", "also commented"; "" = the
// actor must not be listed).
type qa18Case struct {
	name, body, actor, want string
}

// bulletStance returns the group of the Reactions bullet text that lists
// actor ("critical", "supportive", "mixed", "also commented"), or "".
func bulletStance(text, actor string) string {
	for _, g := range strings.Split(text, "; ") {
		head, names, ok := strings.Cut(g, ": ")
		if !ok {
			continue
		}
		for _, n := range strings.Split(names, ", ") {
			if n == actor || strings.HasPrefix(n, actor+" (") {
				return strings.ToLower(head)
			}
		}
	}
	return ""
}

// runQA18 runs the cases through the engine and checks the actor's group
// in the Reactions bullet (the stance an actor's reactions add up to).
func runQA18(t *testing.T, cases []qa18Case) {
	t.Helper()
	e := engine(t)
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.body, Published: pub})
			got := bulletText(r, "Reactions")
			if st := bulletStance(got, c.actor); st != c.want {
				t.Errorf("%s: %q, want %q; bullet: %q", c.actor, st, c.want, got)
			}
		})
	}
}

// TestQA18AnalystLater: an analyst's post is named once and the further
// words come with "she said"; the words in the later sentence are the
// analyst's view, weighed both ways, as analystView reads the first
// (analystActors). Controls: a minister quoted the same way keeps the
// stance; an analyst the writer shows with a stance verb keeps it.
func TestQA18AnalystLater(t *testing.T) {
	runQA18(t, []qa18Case{
		{"later sentence, critical", qa16Lead + "Wanjiku Muriuki, a trade researcher at the University of Nairobi, said the crossing had been closed for a week. \"The reopening is a failure for the herders who lost their cattle,\" she said.", "Wanjiku Muriuki", "mixed"},
		{"later sentence, supportive", qa16Lead + "Otieno Barasa, an economist at the Africa Policy Institute, said both governments had reasons to move. \"This is a welcome step for traders on both sides,\" he said.", "Otieno Barasa", "mixed"},
		// controls
		{"control: a minister", qa16Lead + "Kenyan Trade Minister Lee Kinyanjui said the crossing had been closed for a week. \"This is a welcome step for traders on both sides,\" he said.", "Lee Kinyanjui", "supportive"},
		{"control: analyst with a stance verb", qa16Lead + "Wanjiku Muriuki, a trade researcher at the University of Nairobi, said the crossing had been closed for a week. She condemned the closure as collective punishment of the herders.", "Wanjiku Muriuki", "critical"},
	})
}
