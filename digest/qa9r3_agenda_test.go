package digest

import "testing"

// TestQA9R3AgendaTalksAdjuncts: the commonest lead of a meeting story
// names the talks, then who with, where and when, and only then their
// subject: "held talks with B in C on Monday on X". The subject is X.
// Controls: "on the sidelines" after the adjuncts is no subject, a date
// alone is none, and talks with no "on" phrase give no topic from them.
func TestQA9R3AgendaTalksAdjuncts(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "talks with a person, a place and a day, then the subject", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert held talks with his Vietnamese counterpart Le Van Minh in Hanoi on Monday on rice exports and fishing rights.\n\nThe meeting lasted two hours, a ministry statement said.",
			want: []string{"ice exports", "fishing rights"}, not: []string{"Monday", "Hanoi"}},
		{name: "held talks in a city on a day, then the subject", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert and his Vietnamese counterpart Le Van Minh held talks in Hanoi on Monday on rice exports.\n\nThe meeting lasted two hours, a ministry statement said.",
			want: []string{"ice exports"}, not: []string{"Monday"}},
		{name: "negotiations with a state about a subject", pub: "2026-03-02", label: "Agenda",
			body: "OSLO, March 2 (Reuters) - Norway opened negotiations with Iceland in Oslo about mackerel quotas on Monday.\n\nThe delegations will meet again in April.",
			want: []string{"ackerel quotas"}},
		{name: "control: other talks last year", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met Vietnamese President Le Van Minh in Hanoi on Monday. Prasert held talks with Lao Prime Minister Sonexay Siphandone on rice exports in Vientiane last year.\n\nThe meeting lasted two hours.",
			not:  []string{"ice exports"}},
		{name: "control: on the sidelines", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert held talks with his Vietnamese counterpart Le Van Minh on the sidelines of the summit on Monday.\n\nThe meeting lasted two hours, a ministry statement said.",
			not:  []string{"idelines", "ummit"}},
		{name: "control: a day alone", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert held talks with his Vietnamese counterpart Le Van Minh in Hanoi on Monday.\n\nThe meeting lasted two hours, a ministry statement said.",
			not:  []string{"Monday", "Hanoi", "Minh"}},
	})
}

// TestQA9R3AgendaTalkVerbs: two common ways of naming what talks went
// over: "the ministers exchanged views on X" and "the talks were
// dominated by X". Control: "dominated by" with no meeting noun before it
// (a place run by a group) names no topic.
func TestQA9R3AgendaTalkVerbs(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "exchanged views on", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met his Vietnamese counterpart Le Van Minh in Hanoi on Monday. The ministers exchanged views on rice exports and fishing rights.\n\nThe meeting lasted two hours.",
			want: []string{"ice exports", "fishing rights"}},
		{name: "talks dominated by", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met his Vietnamese counterpart Le Van Minh in Hanoi on Monday. The talks were dominated by rice exports and fishing rights.\n\nThe meeting lasted two hours.",
			want: []string{"ice exports", "fishing rights"}},
		{name: "control: a region dominated by a group", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met his Vietnamese counterpart Le Van Minh in Hanoi on Monday. The delta is dominated by rice farmers.\n\nThe meeting lasted two hours.",
			not:  []string{"ice farmers"}},
	})
}

// TestQA9R3AgendaFallbackActor (review 20, group 1): the lead-predicate
// fallback gives an issue only for a step a state took: its subject acts
// for a state (a country, a person, an organisation, a government or
// officials' noun) or its verb is an act between states (expel, summon,
// sanction, ...). Troops firing, floods, a bomber, a party winning a vote
// or a truce collapsing give none. Controls: a country's expulsion, a
// state's rule after "said ... it would", two countries' plan after
// "said ... that", an observer mission's verdict on an election.
func TestQA9R3AgendaFallbackActor(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "troops exchanged fire", pub: "2026-06-11", label: "Agenda",
			body: "DUSHANBE, June 11 (AP) - Tajik and Kyrgyz border guards exchanged heavy fire near the Vorukh enclave on Wednesday, officials on both sides said.\n\nThree guards were wounded.",
			not:  []string{"xchanged heavy fire"}},
		{name: "floods killed", pub: "2026-06-11", label: "Agenda",
			body: "KATHMANDU, June 11 (Reuters) - Heavy monsoon rains have killed 80 people in Nepal and India's Bihar state this week, officials said.\n\nRescue teams were sent.",
			not:  []string{"illed 80 people"}},
		{name: "a party won", pub: "2026-06-11", label: "Agenda",
			body: "TBILISI, June 11 (Reuters) - Georgia's pro-Western party won a narrow majority in Sunday's election, results showed on Wednesday, a blow to Russia.\n\nTurnout was 55 percent.",
			not:  []string{"on a narrow majority"}},
		{name: "a truce collapsed", pub: "2026-06-11", label: "Agenda",
			body: "KHARTOUM, June 11 (Reuters) - A truce between Sudan and South Sudan collapsed within hours on Wednesday, officials said.\n\nFighting resumed.",
			not:  []string{"ollapsed"}},
		{name: "a court ordered a state (the object only a party)", pub: "2026-06-11", label: "Agenda",
			body: "THE HAGUE, June 11 (Reuters) - The International Court of Justice ordered Myanmar on Wednesday to protect Rohingya villages, in a case brought by Gambia.\n\nMyanmar said it would study the ruling.",
			not:  []string{"rdered Myanmar"}},
		{name: "control: two states exchanged prisoners (not exchanged views)", pub: "2026-06-11", label: "Agenda",
			body: "YEREVAN (Reuters) - Armenia and Azerbaijan exchanged 30 prisoners each on Wednesday in a deal mediated by Qatar.\n\nBoth sides said more swaps were possible.",
			want: []string{"xchanged 30 prisoners"}},
		{name: "control: a country's expulsion", pub: "2026-06-11", label: "Agenda",
			body: "OSLO, June 11 (Reuters) - Norway expelled two Belarusian diplomats on Wednesday, saying they had spied on exiles.\n\nMinsk promised a response.",
			want: []string{"xpelled two Belarusian diplomats"}},
		{name: "control: a state said it would", pub: "2026-06-11", label: "Agenda",
			body: "NIAMEY, June 11 (AFP) - Niger said on Wednesday it would require French citizens to post a bond of up to $5,000 for a visa, in response to a French rule.\n\nParis regretted the step.",
			want: []string{"equire French citizens"}},
		{name: "control: two countries' plan after that", pub: "2026-06-11", label: "Agenda",
			body: "RIGA, June 11 (Reuters) - Latvian Foreign Minister Andris Kalns said after talks with Estonian Foreign Minister Mart Tamm on Wednesday that the two countries would build a joint radar network.\n\nNo cost was given.",
			want: []string{"uild a joint radar network"}},
		{name: "control: an election judged", pub: "2026-06-11", label: "Agenda",
			body: "LUSAKA, June 11 (Reuters) - Zambia's general election on Tuesday was calm and orderly in most districts, but marred by vote buying, African Union observers said on Wednesday.\n\nThe count continues.",
			want: []string{"alm and orderly"}},
	})
}
