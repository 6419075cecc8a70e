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

// runQA18React runs the cases through the engine and checks the actor's group
// in the Reactions bullet (the stance an actor's reactions add up to).
func runQA18React(t *testing.T, cases []qa18Case) {
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
	runQA18React(t, []qa18Case{
		{"later sentence, critical", qa16Lead + "Wanjiku Muriuki, a trade researcher at the University of Nairobi, said the crossing had been closed for a week. \"The reopening is a failure for the herders who lost their cattle,\" she said.", "Wanjiku Muriuki", "mixed"},
		{"later sentence, supportive", qa16Lead + "Otieno Barasa, an economist at the Africa Policy Institute, said both governments had reasons to move. \"This is a welcome step for traders on both sides,\" he said.", "Otieno Barasa", "mixed"},
		// controls
		{"control: a minister", qa16Lead + "Kenyan Trade Minister Lee Kinyanjui said the crossing had been closed for a week. \"This is a welcome step for traders on both sides,\" he said.", "Lee Kinyanjui", "supportive"},
		{"control: analyst with a stance verb", qa16Lead + "Wanjiku Muriuki, a trade researcher at the University of Nairobi, said the crossing had been closed for a week. She condemned the closure as collective punishment of the herders.", "Wanjiku Muriuki", "critical"},
	})
}

// TestQA18Contrast: a voice that grants a point and turns on it (or the
// reverse) with "but", "though", "yet" or ", while" and a participle, in
// its own words, is mixed, whichever half a cue or a stance model read
// (contrastStance). Controls: a plain critic, a plain supporter, another
// speaker after "but", a relative clause's contrast, "not only ... but
// also".
func TestQA18Contrast(t *testing.T) {
	runQA18React(t, []qa18Case{
		{"welcome but crumbs", qa16Lead + `Opposition lawmaker Grace Mushi said the reopening was welcome but amounted to "crumbs" for the hauliers.`, "Grace Mushi", "mixed"},
		{"relieved but worried", qa16Lead + `Herders' leader Joseph Sankale said families at the crossing were "relieved but worried about the new fees".`, "Joseph Sankale", "mixed"},
		{"a good step but that", qa16Lead + `Former Tanzanian president Jakaya Kikwete wrote on Facebook that the reopening was "a good step" but that Nairobi "keeps moving the goalposts on the transit fees".`, "Jakaya Kikwete", "mixed"},
		{"while blaming", qa16Lead + `Tanzanian opposition leader Tundu Lissu called the reopening "a humanitarian achievement" on X, while blaming "the customs bosses" for a week of losses.`, "Tundu Lissu", "mixed"},
		{"appreciated but regretted", qa16Lead + `Rwanda's foreign ministry said it appreciated the mention of transit traders but regretted that the agreement "again failed to set any date for the fee review".`, "Rwanda", "mixed"},
		{"concerns, though acknowledged", qa16Lead + `Peter Mwangi, the leader of the opposition Umoja Party, said his party would read the text "clause by clause" and had concerns about the fees, though he acknowledged that "an open gate is something every trader wants".`, "Peter Mwangi", "mixed"},
		{"willing, but warned", qa16Lead + `In Addis Ababa, Ethiopian Foreign Ministry spokesman Nebiyu Tedla said Ethiopia was "willing to work with both governments on the corridor," but warned "outside actors" against "stirring up trouble" at the border.`, "Nebiyu Tedla", "mixed"},
		// controls
		{"control: plain critic", qa16Lead + `Opposition lawmaker Grace Mushi condemned the reopening as "a surrender to the smugglers".`, "Grace Mushi", "critical"},
		{"control: plain supporter", qa16Lead + `Ugandan Foreign Minister Jeje Odongo welcomed the reopening as "good news for every trader in the region".`, "Jeje Odongo", "supportive"},
		{"control: another speaker after but", qa16Lead + `Ugandan Foreign Minister Jeje Odongo welcomed the reopening, but Tanzanian opposition leader Tundu Lissu rejected it as "a favour to Nairobi".`, "Jeje Odongo", "supportive"},
		{"control: a relative clause's contrast", qa16Lead + `Ugandan Foreign Minister Jeje Odongo welcomed the new customs post, which Nairobi promised in 2024 but never opened.`, "Jeje Odongo", "supportive"},
		{"control: not only but also", qa16Lead + `Ugandan Foreign Minister Jeje Odongo welcomed not only the reopening but also the new night hours.`, "Jeje Odongo", "supportive"},
	})
}

// TestQA18StanceVerbs: a caution is a verb of a critical stance (the cue
// list, with "lament" and "questioned the/whether/why", which the stance
// model already read in my sentences). Control: a plain statement.
func TestQA18StanceVerbs(t *testing.T) {
	runQA18React(t, []qa18Case{
		{"cautioned", qa16Lead + `Ugandan Foreign Minister Jeje Odongo cautioned that the reopening addressed symptoms rather than causes.`, "Jeje Odongo", "critical"},
		// control
		{"control: plain statement", qa16Lead + `Kenyan senator Moses Kuria said the crossing handles about 400 lorries a day.`, "Moses Kuria", "also commented"},
	})
}

// TestQA18BodyInPlace: a body's name before "in" and a place speaks as
// itself, with one word of name before its noun ("The populist Umoja
// party in Tanzania") or a word of its side before the name ("The
// opposition National Alliance in Tanzania"); "crumbs" is a critical cue
// (a meagre result). Control: a minister's praise after "In <place>,".
func TestQA18BodyInPlace(t *testing.T) {
	runQA18React(t, []qa18Case{
		{"one word of name before party", qa16Lead + `The populist Umoja party in Tanzania said Dodoma had "once again accepted crumbs" from Nairobi.`, "Umoja", "critical"},
		{"side word before the name", qa16Lead + `The opposition National Alliance in Tanzania called the reopening "political theatre" and demanded a vote in parliament.`, "National Alliance", "critical"},
		{"crumbs", qa16Lead + `Kenyan senator Moses Kuria said the new quota was "crumbs" for the hauliers.`, "Moses Kuria", "critical"},
		// control
		{"control: a state's minister in a place", qa16Lead + `In Kampala, Ugandan Foreign Minister Jeje Odongo said the reopening was "good news for every trader in the region".`, "Jeje Odongo", "supportive"},
	})
}
