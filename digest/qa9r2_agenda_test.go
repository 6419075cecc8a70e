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

// TestQA9R2AgendaHeadlineIdioms (review 19, group 5): a headline's
// "summit on track", "talks on course" or "on hold" tells how the meeting
// stands, not its subject; a headline's "over dinner" or "over coffee"
// tells how the talks were held, and "over <the meeting>" names the event
// itself. Controls: "summit on climate finance" and "summons envoy over
// border shooting" keep their topics; "over X in <Place>" drops the place.
func TestQA9R2AgendaHeadlineIdioms(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "summit on track", pub: "2026-05-20", label: "Agenda",
			body: "Chile summit on track\n\nSANTIAGO (Reuters) - Chile said on Wednesday it would go ahead with the Pacific Alliance summit set for June 2 in Santiago. Foreign Minister Ana Rojas said all four leaders would come.",
			not:  []string{"Track", "track"}},
		{name: "talks on course despite", pub: "2026-05-20", label: "Agenda",
			body: "Ministers say talks on course despite protests\n\nLIMA, May 20 (AP) - Andean trade officials met in Lima on Wednesday to prepare the talks. Peru's trade minister hosted the meeting.",
			not:  []string{"ourse"}},
		{name: "summit on hold", pub: "2026-05-20", label: "Agenda",
			body: "Border summit on hold\n\nQUITO, May 20 (AP) - Ecuadorean and Peruvian officials met in Quito on Wednesday. The foreign ministers hosted the meeting.",
			not:  []string{"Hold", "hold"}},
		{name: "over lunch in a city", pub: "2026-05-20", label: "Agenda",
			body: "Nordic ministers meet over lunch in Bergen\n\nBERGEN, May 20 (Reuters) - Nordic foreign ministers met in Bergen on Wednesday. Norway's foreign minister hosted the talks.",
			not:  []string{"unch", "Bergen"}},
		{name: "over the meeting itself", pub: "2026-05-20", label: "Agenda",
			body: "Anger grows over Caspian summit\n\nBAKU, May 20 (Reuters) - Leaders of the five Caspian states met in Baku on Wednesday. Azerbaijan's president hosted the meeting.",
			not:  []string{"aspian summit"}},
		{name: "control: summit on a subject", pub: "2026-05-20", label: "Agenda",
			body: "DAKAR, May 20 (AP) - West African leaders opened a summit on fishing rights in Dakar on Wednesday.",
			want: []string{"ishing rights"}},
		{name: "control: summons envoy over, place dropped", pub: "2026-05-20", label: "Agenda",
			body: "Chile summons Bolivian envoy over water dispute in Atacama\n\nSANTIAGO, May 20 (Reuters) - Chile's foreign ministry summoned Bolivia's ambassador on Wednesday. The two countries have long disputed the use of border rivers.",
			want: []string{"ater dispute"}, not: []string{"Atacama"}},
	})
}

// TestQA9R2AgendaLeadPredicateObjects: the lead's predicate is an issue
// only with an object that is no person and no place: not "summoned
// Chile's ambassador", "received the Peruvian foreign minister", "walked
// out of the hall", "is due in Lima", nor an agenda verb the readers
// above weighed. Control: "brokered a ceasefire" stays.
func TestQA9R2AgendaLeadPredicateObjects(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "summoned an ambassador", pub: "2026-06-03", label: "Agenda",
			body: "LA PAZ, June 3 (Reuters) - Bolivia summoned Chile's ambassador on Tuesday, the Bolivian foreign ministry said.\n\nNo reason was given.",
			not:  []string{"ambassador"}},
		{name: "received a minister", pub: "2026-06-03", label: "Agenda",
			body: "QUITO, June 3 (AP) - Ecuador's president received Peru's foreign minister at the palace on Tuesday.\n\nNo statement followed.",
			not:  []string{"eceived"}},
		{name: "walked out", pub: "2026-06-03", label: "Agenda",
			body: "GENEVA, June 3 (AP) - The Venezuelan delegation walked out as the Colombian minister spoke on Tuesday.\n\nThe session went on.",
			not:  []string{"alked out"}},
		{name: "is due in a city", pub: "2026-06-03", label: "Agenda",
			body: "LIMA, June 3 (Reuters) - Chile's president is due in Lima on Monday, Peru's foreign ministry said.\n\nThe visit is his first.",
			not:  []string{"Lima"}},
		{name: "control: brokered a ceasefire", pub: "2026-06-03", label: "Agenda",
			body: "ADDIS ABABA, June 3 (Reuters) - Kenya brokered a ceasefire between Ethiopian and Eritrean border units on Tuesday, officials said.\n\nThe truce held overnight.",
			want: []string{"rokered a ceasefire"}},
	})
}
