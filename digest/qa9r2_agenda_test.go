package digest

import "testing"

// TestQA9R2AgendaLeadPredicate: a story between two states that names no
// topic of talks (no agenda word, no text signed) has for its issue what
// the lead's main clause did: a step one state took against another ("A
// expelled two diplomats", past a wire dateline whose month is no verb),
// what a speaker said a state would do ("B said on Sunday it would
// require ... to post a bond"), or what a report found ("The vote was
// peaceful"). Controls: a meeting or a visit (the parties, no issue), a
// story of one country, a topic named elsewhere (the fallback stays out),
// an infinitive after "is to", and a dangling preposition.
func TestQA9R2AgendaLeadPredicate(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a step against another state", pub: "2026-04-14", label: "Agenda",
			body: "OSLO, April 14 (AP) - Norway expelled three Russian diplomats on Monday after its police said they had spied on an Arctic research station.\n\nThe Russian embassy called the move unfriendly.",
			want: []string{"xpelled three Russian diplomats"}, not: []string{"Monday", "police said"}},
		{name: "what a state said it would do", pub: "2026-04-14", label: "Agenda",
			body: "ACCRA, April 14 (AFP) - Ghana said on Sunday it would require British nationals applying for work visas to pay a deposit of up to $2,000, in response to a British rule.\n\nThe British high commission said it regretted the step.",
			want: []string{"equire British nationals", "deposit"}, not: []string{"Sunday", "in response"}},
		{name: "a copula's complement", pub: "2026-04-14", label: "Agenda",
			body: "DILI, April 14 (Reuters) - Timor-Leste's parliamentary election on Saturday was calm and orderly in most districts, Australian and Japanese observers said on Monday.\n\nThe count continues.",
			want: []string{"alm and orderly in most districts"}, not: []string{"observers said"}},
		{name: "control: a meeting's verb", pub: "2026-04-14", label: "Agenda",
			body: "PARIS, April 14 (Reuters) - French President Paul Girard met German Chancellor Lena Vogt in Paris on Monday.\n\nNeither side spoke to reporters.",
			not:  []string{"Vogt", "met"}},
		{name: "control: a visit", pub: "2026-04-14", label: "Agenda",
			body: "ABUJA, April 14 (Reuters) - Kenya's president will pay a three-day state visit to Nigeria from May 12, his office said.\n\nIt will be his first trip abroad this year.",
			not:  []string{"state visit", "three-day"}},
		{name: "control: one country only", pub: "2026-04-14", label: "Agenda",
			body: "LONDON, April 14 (Reuters) - The finance minister denied suggestions there will be a tax giveaway before the election.\n\nThe opposition said voters would not be fooled.",
			not:  []string{"denied", "giveaway"}},
		{name: "control: the topic named elsewhere", pub: "2026-04-14", label: "Agenda",
			body: "OSLO, April 14 (AP) - Norway expelled three Russian diplomats on Monday.\n\nTalks between the two foreign ministers on Tuesday focused on fishing quotas in the Barents Sea.",
			want: []string{"ishing quotas"}, not: []string{"xpelled"}},
		{name: "control: an infinitive after is to", pub: "2026-04-14", label: "Agenda",
			body: "COPENHAGEN, April 14 (Reuters) - The Danish queen is to perform at a concert in Copenhagen with Swedish and Norwegian singers to mark the anniversary.\n\nTickets sold out.",
			not:  []string{"perform"}},
		{name: "control: no dangling preposition", pub: "2026-04-14", label: "Agenda",
			body: "WARSAW, April 14 (Reuters) - Poland and Lithuania raised their tariffs on Ukrainian grain at next month's deadline, officials said.\n\nKyiv protested.",
			want: []string{"aised their tariffs on Ukrainian grain"}, not: []string{"grain at"}},
	})
}
