package digest

import (
	"strings"
	"testing"
)

// reactionOf returns the stance of actor's first reaction in r, or "" when
// actor has none.
func reactionOf(r Result, actor string) string {
	for _, re := range r.Reactions {
		if re.Actor == actor {
			return re.Stance
		}
	}
	return ""
}

// reactionCase is one article and the stances of actors it must give ("":
// no reaction at all).
type reactionCase struct {
	name, body string
	want       map[string]string
}

func runReactionCases(t *testing.T, cases []reactionCase) {
	t.Helper()
	e := engine(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body})
			for actor, want := range tc.want {
				if got := reactionOf(r, actor); got != want {
					var all []string
					for _, re := range r.Reactions {
						all = append(all, re.Actor+" ("+re.Stance+")")
					}
					t.Errorf("%s: stance %q, want %q (reactions: %s)", actor, got, want, strings.Join(all, "; "))
				}
			}
		})
	}
}

// TestReactionsNoDeeds checks that a fact's source, a deed and negated
// words are no reactions, while words said stay one.
func TestReactionsNoDeeds(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"according to a casualty source",
			"Turkish Foreign Minister Hakan Fidan on Thursday condemned Israeli air strikes near Homs.\n\n" +
				"Israeli jets struck weapons depots near Homs late on Tuesday, killing at least six people, according to the Syrian Observatory for Human Rights.",
			map[string]string{"Hakan Fidan": Critical, "Syrian Observatory for Human Rights": "", "Observatory for Human Rights": ""}},
		{"forces withdrew",
			"Togo held talks over the release of an Austrian aid worker, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"French and U.S. forces withdrew from Niger in 2023 and 2024.",
			map[string]string{"France": "", "United States": "", "Robert Dussey": Neutral}},
		{"a council that will discuss",
			"East African Community leaders on Thursday suspended South Sudan from the bloc.\n\n" +
				"The African Union's Peace and Security Council will discuss the situation in South Sudan in Addis Ababa on March 26.",
			map[string]string{"African Union's Peace and Security Council": "", "African Union": ""}},
		{"who had pushed, absent",
			"U.N. climate talks in Belém ran past their Friday deadline.\n\n" +
				"Brazilian President Luiz Inácio Lula da Silva, who had pushed for the roadmap in his opening speech, was not in Belém on Friday.",
			map[string]string{"Luiz Inácio Lula da Silva": ""}},
		{"a joint statement reaffirming support keeps its stance",
			"Foreign ministers met in Ontario.\n\n" +
				"The Group of Seven on Wednesday issued a joint statement reaffirming support for Ukraine.",
			map[string]string{"G7": Supportive}},
		{"said stays a reaction",
			"Talks on Cyprus were postponed.\n\n" +
				"The meeting will now take place on July 16-17, the United Nations said on Friday.",
			map[string]string{"United Nations": Neutral}},
		{"has not claimed",
			"Togo held talks over the release of two hostages, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"Islamic State Sahel Province has not claimed the kidnappings.",
			map[string]string{"Islamic State Sahel Province": ""}},
	})
}

// TestReactionsBareTitle checks that a title before "and" in a source
// ("Deputy Prime Minister and Defence Minister Tea Seiha") is no actor of
// its own, while two named people joined by "and" stay two.
func TestReactionsBareTitle(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"title and title name",
			"Defence officials from Thailand and Cambodia ended two days of talks on Wednesday.\n\n" +
				"His Cambodian counterpart, Deputy Prime Minister and Defence Minister Tea Seiha, blamed Bangkok for the deadlock.",
			map[string]string{"Tea Seiha": Critical, "Deputy Prime Minister": ""}},
		{"foreign minister and name",
			"Talks ended on Friday.\n\n" +
				"Foreign Minister and Vice President Ana Lopez criticised the outcome.",
			map[string]string{"Ana Lopez": Critical, "Foreign Minister": ""}},
		{"two named people stay",
			"Talks ended on Friday.\n\n" +
				"France and Germany criticised the outcome.",
			map[string]string{"France": Critical, "Germany": Critical}},
	})
}
