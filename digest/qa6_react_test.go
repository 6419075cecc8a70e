package digest

import (
	"strings"
	"testing"
	"time"
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
		{"according to a delegate, with a stance in the facts",
			"Defence officials from Thailand and Cambodia ended two days of talks in Kuala Lumpur on Wednesday.\n\n" +
				"The meeting broke up late in the afternoon after Cambodia rejected a Thai proposal, according to a Thai delegate.",
			map[string]string{"a Thai delegate": "", "Thai delegate": ""}},
		{"according to its own statement keeps the stance",
			"G20 finance ministers ended a two-day meeting in Washington on Thursday.\n\n" +
				"Beijing would not accept a text that legitimises unilateral tariffs and condemned the draft, according to a statement released by the Chinese delegation.",
			map[string]string{"China": Critical}},
		{"according to a person named keeps the view",
			"Artists met in London on Monday.\n\n" +
				"The partnership between artists and technologists is a great success, according to Frank Stone.",
			map[string]string{"Frank Stone": Supportive}},
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

// TestReactionsStanceWords checks the engine's stance reading of a neutral
// cue's words: a negated cue counts for the other side ("cannot stand on
// the sidelines"), a negated passive of a hostile verb stays hostile ("will
// not be lectured"), what something is called ("called the deal a
// victory"), a refusal to commit ("refused to sign") and one to comment
// ("does not comment", "refused to say", "refused to identify himself").
func TestReactionsStanceWords(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"cannot stand on the sidelines",
			"Caribbean leaders agreed on Friday to send police officers to Haiti.\n\n" +
				"\"Haiti's security is our security. We cannot stand on the sidelines,\" Jamaican Prime Minister Andrew Holness said.",
			map[string]string{"Andrew Holness": Supportive}},
		{"sidelines not negated",
			"Caribbean leaders agreed on Friday to send police officers to Haiti.\n\n" +
				"\"We have been left on the sidelines,\" Jamaican Prime Minister Andrew Holness said.",
			map[string]string{"Andrew Holness": Critical}},
		{"will not be lectured",
			"Leaders met on Friday.\n\n" +
				"\"Trinidad and Tobago will not be lectured on sovereignty,\" Prime Minister Kamla Persad-Bissessar told reporters.",
			map[string]string{"Kamla Persad-Bissessar": Critical}},
		{"called the deal a victory",
			"Three Americans walked free on Thursday in a prisoner exchange.\n\n" +
				"In Caracas, Foreign Minister Yván Gil called the deal a victory for Venezuelan diplomacy and said it showed \"that dialogue produces results.\"",
			map[string]string{"Yván Gil": Supportive}},
		{"called supporters deplorables",
			"The campaign went on.\n\n" +
				"Senator Jane Miller called half of her rival's supporters \"deplorables.\"",
			map[string]string{"Jane Miller": Critical}},
		{"refused to sign",
			"Caribbean leaders agreed on Friday to send police officers to Haiti.\n\n" +
				"Prime Minister Kamla Persad-Bissessar refused to sign a draft statement calling the region \"a zone of peace\", officials said.",
			map[string]string{"Kamla Persad-Bissessar": Critical}},
		{"does not comment",
			"Togo has held talks over the release of a Swiss national, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"Switzerland's Federal Department of Foreign Affairs said in a statement that it \"does not comment on ongoing cases in order not to endanger the persons concerned.\"",
			map[string]string{"Switzerland": Neutral}},
		{"refused to identify himself",
			"A bomb went off at the embassy.\n\n" +
				"\"It was definitely a bomb,\" said Tom Baker, an embassy guard, who refused to identify his unit.",
			map[string]string{"Tom Baker": Neutral}},
		{"lecture, bad deal, isolate",
			"Talks ended on Friday.\n\n" +
				"\"Turkey is the last country that can lecture anyone on Syria,\" Israeli Foreign Minister Gideon Saar wrote.\n\n" +
				"\"No deal is better than a bad deal,\" EU commissioner Wopke Hoekstra told reporters.\n\n" +
				"Burundi's President Évariste Ndayishimiye said suspending a member would \"only isolate South Sudan\".",
			map[string]string{"Gideon Saar": Critical, "Wopke Hoekstra": Critical, "Évariste Ndayishimiye": Critical}},
		{"recalled its ambassador",
			"The Czech Republic on Tuesday recalled its ambassador from Moscow after a Russian drone crashed near Hodonín.",
			map[string]string{"Czech Republic": Critical}},
	})
}

// quoteOf returns the quotation of actor's first reaction that has one.
func quoteOf(r Result, actor string) string {
	for _, re := range r.Reactions {
		if re.Actor == actor && re.Quote != "" {
			return re.Quote
		}
	}
	return ""
}

// TestPositionsNotTheSpeakers checks that a quotation of a text the source
// refused, or one that only says when, is no position of the source's,
// while the speaker's own words stay.
func TestPositionsNotTheSpeakers(t *testing.T) {
	e := engine(t)
	tests := []struct {
		name, body, actor, want string
	}{
		{"refused to sign a statement calling",
			"Caribbean leaders agreed on Friday to send police officers to Haiti.\n\n" +
				"Prime Minister Kamla Persad-Bissessar refused to sign a draft statement calling the region \"a zone of peace\", officials said.",
			"Kamla Persad-Bissessar", ""},
		{"declined to endorse a text describing",
			"Ministers met in Brussels on Monday.\n\n" +
				"Foreign Minister Anna Berg declined to endorse a declaration describing the plan as \"a historic opportunity\".",
			"Anna Berg", ""},
		{"own words after a refusal stay",
			"Ministers met in Brussels on Monday.\n\n" +
				"Foreign Minister Anna Berg refused to sign the text. \"We cannot accept this wording,\" she said.",
			"Anna Berg", "We cannot accept this wording"},
		{"declined to name, but said",
			"Ministers met in Brussels on Monday.\n\n" +
				"Foreign Minister Anna Berg declined to identify other bidders but said the offer \"is all cash, and it is for the whole company.\"",
			"Anna Berg", "is all cash, and it is for the whole company."},
		{"in recent days",
			"Negotiators from Togo have held talks over the release of an aid worker, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"Dussey said the talks had taken place \"in recent days\" in a border area.",
			"Robert Dussey", ""},
		{"a quotation that names a date but says more stays",
			"Negotiators from Togo have held talks over the release of an aid worker, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"Dussey said \"the hostages will be free by Christmas, we are confident\".",
			"Robert Dussey", "the hostages will be free by Christmas, we are confident"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body, Published: time.Date(2025, 12, 11, 0, 0, 0, 0, time.UTC)})
			if got := quoteOf(r, tc.actor); got != tc.want {
				t.Errorf("%s quote %q, want %q", tc.actor, got, tc.want)
			}
		})
	}
}

// TestReactionsPronounSubject checks that "she said" goes to the woman who
// opens its own sentence rather than one named earlier (a role title after
// an organisation's name ends it: "International Monetary Fund Managing
// Director Kristalina Georgieva" is no organisation), and that a man
// opening the sentence does not take it.
func TestReactionsPronounSubject(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"org head and managing director",
			"G20 finance ministers ended a two-day meeting in Washington on Thursday without a joint communique.\n\n" +
				"European Central Bank President Christine Lagarde also attended. International Monetary Fund Managing Director Kristalina Georgieva briefed ministers on Tuesday evening on the fund's growth forecast, which she said was \"being held back by uncertainty over trade\".",
			map[string]string{"Kristalina Georgieva": Neutral, "Christine Lagarde": ""}},
		{"unknown given name opens the sentence",
			"G20 finance ministers ended a two-day meeting in Washington on Thursday.\n\n" +
				"Christine Lagarde also attended. Finance Minister Zuleika Okonkwo briefed ministers on the forecast, which she said was \"being held back by trade\".",
			map[string]string{"Zuleika Okonkwo": Neutral, "Christine Lagarde": ""}},
		{"a man opens the sentence",
			"G20 finance ministers ended a two-day meeting in Washington on Thursday.\n\n" +
				"Christine Lagarde also attended. Finance Minister John Smith briefed ministers on the forecast, which she said was \"being held back by trade\".",
			map[string]string{"John Smith": "", "Christine Lagarde": Neutral}},
	})
}

// TestNameParticleSurname checks that a particle and the surname the
// tagger leaves out of a name stay in it ("André Corrêa do Lago", not
// "Lago"), while a place with a particle stays a place.
func TestNameParticleSurname(t *testing.T) {
	e := engine(t)
	r := e.Extract(Article{Body: "U.N. climate talks in Belém ran past their Friday deadline.\n\n" +
		"The COP30 president, Brazilian diplomat André Corrêa do Lago, told delegates in a late-morning plenary that he would hold consultations \"through the night if necessary\"."})
	if person(r, "André Corrêa do Lago") == nil {
		var names []string
		for _, p := range r.People {
			names = append(names, p.Name)
		}
		t.Errorf("people %q, want André Corrêa do Lago", names)
	}
	if reactionOf(r, "Lago") != "" || reactionOf(r, "André Corrêa do Lago") == "" {
		t.Errorf("reactions %+v, want André Corrêa do Lago's", r.Reactions)
	}
	r = e.Extract(Article{Body: "Ministers met in Rio de Janeiro on Friday, officials said."})
	found := false
	for _, m := range r.Mentions {
		if m.Text == "Rio de Janeiro" && m.Type == LOC {
			found = true
		}
	}
	if !found {
		t.Errorf("mentions %+v, want Rio de Janeiro a place", r.Mentions)
	}
}

// TestReactionsFullerName checks that a speaker met again by surname and
// particle ("Corrêa do Lago said") is the one named in full, while two
// people who share only a surname stay two.
func TestReactionsFullerName(t *testing.T) {
	e := engine(t)
	body := "U.N. climate talks in Belém ran past their Friday deadline.\n\n" +
		"The COP30 president, Brazilian diplomat André Corrêa do Lago, told delegates that he would hold consultations \"through the night if necessary\".\n\n" +
		"\"We are not here to produce a text that satisfies nobody,\" Corrêa do Lago said.\n\n" +
		"Brazil's Environment Minister Marina Silva said the presidency was \"personally engaged\". Brazilian President Luiz Inácio Lula da Silva said he was hopeful."
	r := e.Extract(Article{Body: body})
	var actors []string
	for _, re := range r.Reactions {
		actors = append(actors, re.Actor)
	}
	if reactionOf(r, "Corrêa do Lago") != "" || reactionOf(r, "André Corrêa do Lago") == "" {
		t.Errorf("reactions %q, want André Corrêa do Lago once", actors)
	}
	if reactionOf(r, "Marina Silva") == "" {
		t.Errorf("reactions %q, want Marina Silva apart", actors)
	}
}

// TestReactionsProponentRejects checks that a measure's proponent
// rejecting criticism of it supports it, while one who only rejects
// criticism stays critical.
func TestReactionsProponentRejects(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"sponsor rejected those concerns",
			"The Philippine Senate on Wednesday ratified a visiting forces agreement with Canada.\n\n" +
				"Senator Risa Hontiveros, who sponsored the resolution of concurrence, rejected those concerns.",
			map[string]string{"Risa Hontiveros": Supportive}},
		{"drafter dismissed the objections",
			"The assembly adopted the climate law on Tuesday.\n\n" +
				"Environment Minister Carla Bruni, who drafted the bill, dismissed the objections of farmers.",
			map[string]string{"Carla Bruni": Supportive}},
		{"no proponent",
			"European leaders voiced concerns over the talks.\n\n" +
				"Russian Foreign Minister Sergey Lavrov dismissed these concerns.",
			map[string]string{"Sergey Lavrov": Critical}},
		{"proponent rejecting a plan",
			"The assembly adopted the climate law on Tuesday.\n\n" +
				"Environment Minister Carla Bruni, who drafted the bill, rejected the opposition's amendments.",
			map[string]string{"Carla Bruni": Critical}},
	})
}

// TestReactionsHypothetical checks that opposing "any attempt" is a
// principle, not a stand on the event, while opposing the event or real
// attempts stays critical.
func TestReactionsHypothetical(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"host: partner, oppose any attempt",
			"Japanese Prime Minister Sanae Takaichi hosted Philippine President Ferdinand Marcos Jr. on Wednesday.\n\n" +
				"\"The Philippines is an irreplaceable partner that shares our values,\" Takaichi told a joint news conference. \"We strongly oppose any unilateral attempt to change the status quo by force or coercion.\"",
			map[string]string{"Sanae Takaichi": Supportive}},
		{"condemn all efforts",
			"Leaders met in Manila on Monday.\n\n" +
				"President Ana Reyes said the bloc would condemn all efforts to undermine maritime law.",
			map[string]string{"Ana Reyes": Neutral}},
		{"oppose the deal",
			"Leaders met in Manila on Monday.\n\n" +
				"President Ana Reyes said she would oppose the deal.",
			map[string]string{"Ana Reyes": Critical}},
		{"reject any negotiation",
			"Togo held talks with the kidnappers on Thursday.\n\n" +
				"Niger said it \"rejects any negotiation with terrorists on its soil\".",
			map[string]string{"Niger": Critical}},
		{"condemn attempts",
			"Leaders met in Manila on Monday.\n\n" +
				"President Ana Reyes condemned attempts by China to block the meeting.",
			map[string]string{"Ana Reyes": Critical}},
	})
}

// TestReactionsBodyCountry checks that a government body named after its
// country speaks for the country, while a body with no country named, or a
// person, stays as it is; and that "cannot be intimidated" is defiance.
func TestReactionsBodyCountry(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"country's department",
			"Togo has held talks over the release of a Swiss national, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"Switzerland's Federal Department of Foreign Affairs said in a statement that it \"does not comment on ongoing cases\".",
			map[string]string{"Switzerland": Neutral, "Federal Department of Foreign Affairs": ""}},
		{"spokesman for the Austrian Foreign Ministry",
			"Togo has held talks over the release of an Austrian aid worker, Foreign Minister Robert Dussey said on Thursday.\n\n" +
				"A spokesman for the Austrian Foreign Ministry said a crisis team would remain in the region \"as long as necessary.\"",
			map[string]string{"Austria": Neutral, "Foreign Ministry": ""}},
		{"no country named",
			"The Philippine Senate on Wednesday ratified a visiting forces agreement with Canada.\n\n" +
				"The Department of Foreign Affairs said the ministers would exchange instruments of ratification in Ottawa.",
			map[string]string{"Department of Foreign Affairs": Neutral}},
		{"cannot be intimidated",
			"The Czech Republic on Tuesday summoned the Russian ambassador.\n\n" +
				"\"The Czech Republic is not a country that can be intimidated,\" Prime Minister Petr Fiala said.",
			map[string]string{"Petr Fiala": Critical}},
	})
}

// TestReactionsSourcePeople checks that ministers named with their
// nationality react as themselves, not as their countries, while
// "French and British officials" stay the two countries.
func TestReactionsSourcePeople(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"two ministers with nationalities",
			"G20 finance ministers ended a two-day meeting in Washington on Thursday.\n\n" +
				"German Finance Minister Lars Klingbeil and French Economy Minister Roland Lescure welcomed a passage on debt relief for low-income countries.",
			map[string]string{"Lars Klingbeil": Supportive, "Roland Lescure": Supportive, "Germany": "", "France": ""}},
		{"officials stay countries",
			"Talks opened in Riyadh on Tuesday.\n\n" +
				"French and British officials criticised the talks.",
			map[string]string{"France": Critical, "United Kingdom": Critical}},
	})
}

// TestReactionsGroupAtPlace checks the name of a group placed somewhere:
// its people or place before it stays, a participle of meeting goes with
// the place ("Caribbean leaders meeting in Port of Spain agreed" are the
// "Caribbean leaders"), and "Opposition lawmakers in Seoul" stay whole.
func TestReactionsGroupAtPlace(t *testing.T) {
	runReactionCases(t, []reactionCase{
		{"leaders meeting in",
			"Caribbean leaders meeting in Port of Spain agreed on Friday to send police officers to a security force in Haiti.",
			map[string]string{"Caribbean leaders": Supportive, "leaders meeting in Port of Spain": ""}},
		{"lawmakers in",
			"Talks opened in Seoul on Monday.\n\n" +
				"Opposition lawmakers in Seoul criticised the deal.",
			map[string]string{"Opposition lawmakers in Seoul": Critical}},
	})
}
