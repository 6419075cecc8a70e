package digest

import "testing"

// TestQA8AgendaFromLead: when no agenda word names the topic, the lead's
// own clause does: what the parties agreed to, called for, were
// summoned over, or what a text put to the meeting demanded; a verb
// phrase stays whole, a quoted stance and a business deal give none.
func TestQA8AgendaFromLead(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "agreed to a noun phrase", pub: "2026-05-03", label: "Agenda",
			body: "LIMA, May 3 (Reuters) - Peru and Bolivia agreed in Lima on Saturday to a joint patrol scheme along Lake Titicaca, ending a two-year dispute, officials said.\n\nThe foreign ministers met for five hours.",
			want: []string{"A joint patrol scheme along Lake Titicaca"}, not: []string{"dispute"}},
		{name: "agreed to a verb phrase", pub: "2026-05-03", label: "Agenda",
			body: "OSLO, May 3 (AFP) - Norway and Iceland agreed on Saturday to set up a shared fisheries monitoring centre for the North Atlantic, officials said.\n\nThe ministers met in Oslo.",
			want: []string{"Set up a shared fisheries monitoring centre for the North Atlantic"}},
		{name: "two verb phrases", pub: "2026-05-03", label: "Agenda",
			body: "VIENNA, May 3 (Reuters) - Austria and Slovenia agreed on Friday to widen rail links across the Karawanks and to create a joint border police unit, according to a joint statement.\n\nThe leaders met in Vienna.",
			want: []string{"Widen rail links across the Karawanks", "; create a joint border police unit"}},
		{name: "called for and for", pub: "2026-05-03", label: "Agenda",
			body: "ACCRA, May 3 (AFP) - West African foreign ministers called on Friday for an end to fighting in the Sahel and for a new round of talks between the juntas and the bloc, after a week of clashes.\n\nThe meeting was held in Accra.",
			want: []string{"An end to fighting in the Sahel", "a new round of talks between the juntas and the bloc"}, not: []string{"for a new", "clashes"}},
		{name: "resolution that would have demanded", pub: "2026-05-03", label: "Agenda",
			body: "UNITED NATIONS, May 3 (AP) - Two permanent members on Friday blocked a Security Council resolution that would have demanded a halt to shelling of hospitals in Sudan and safe passage for medical convoys, the second such text this year.\n\nThirteen members voted in favour.",
			want: []string{"A halt to shelling of hospitals in Sudan", "safe passage for medical convoys"}, not: []string{"second such text"}},
		{name: "summoned over", pub: "2026-05-03", label: "Agenda",
			body: "HANOI, May 3 (Reuters) - Vietnam summoned China's ambassador on Friday over the seizure of a fishing boat near the Paracel Islands, the foreign ministry said.\n\nThe envoy was received by a deputy minister.",
			want: []string{"The seizure of a fishing boat near the Paracel Islands"}},
		{name: "the summit agreed, later in the text", pub: "2026-05-03", label: "Agenda",
			body: "LUSAKA, May 3 (Reuters) - Southern African leaders ended a two-day summit in Lusaka on Friday.\n\nThe chairman said the summit had agreed a common tariff on imported steel.",
			want: []string{"A common tariff on imported steel"}},
		{name: "a business deal is no topic", pub: "2026-05-03", label: "Agenda",
			body: "NEW YORK, May 3 (Reuters) - Acme Foods said on Friday it agreed to sell its frozen pizza business to a rival for $200 million, sending its shares up 4 percent.\n\nThe deal is expected to close in June.",
			want: []string{""}},
		{name: "a quoted stance after the topic is dropped", pub: "2026-05-03", label: "Agenda",
			body: "NAIROBI, May 3 (AFP) - East African ministers on Friday called for a ceasefire in South Sudan and voiced \"deep alarm\" over attacks on aid workers, at the end of their meeting in Nairobi.\n\nKenya chaired the talks.",
			want: []string{"A ceasefire in South Sudan"}, not: []string{"alarm"}},
		{name: "a later sentence's agreement is not the lead's", pub: "2026-05-03", label: "Agenda",
			body: "QUITO, May 3 (Reuters) - Ecuador's president held talks with Colombia's foreign minister in Quito on Friday.\n\nThe minister said his country had agreed to buy Ecuadorian electricity next year.",
			not:  []string{"electricity"}},
	})
}

// TestQA8AgendaCovered: "covered" reads its subject across an appositive
// or "also": the call, the communique; not anything else's coverage.
func TestQA8AgendaCovered(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "call covered across an appositive", pub: "2026-05-03", label: "Agenda",
			body: "TOKYO, May 3 (Reuters) - Japan's prime minister and India's prime minister spoke by phone on Friday, their offices said.\n\nThe hour-long call, their second since the G7 summit in Italy last June, covered semiconductor supply chains, a high-speed rail loan and maritime security, an aide told reporters.",
			want: []string{"Semiconductor supply chains", "maritime security"}},
		{name: "communique also covered", pub: "2026-05-03", label: "Agenda",
			body: "BANGKOK, May 3 (AFP) - Mekong river ministers agreed in Bangkok on Friday to share dam release data.\n\nThe joint communique, adopted after two days of talks, also covered sand mining, fish stocks and drought relief, diplomats said.",
			want: []string{"sand mining", "fish stocks", "drought relief"}},
		{name: "a report's coverage is no topic", pub: "2026-05-03", label: "Agenda",
			body: "BANGKOK, May 3 (AFP) - Thailand's foreign minister met Laos's foreign minister in Bangkok on Friday.\n\nA government survey, published last week, covered 40 provinces and 12,000 households, officials said.",
			not:  []string{"provinces", "households"}},
		{name: "refused to discuss", pub: "2026-05-03", label: "Agenda",
			body: "GENEVA, May 3 (Reuters) - Armenian and Azerbaijani negotiators met in Geneva on Tuesday.\n\nThe Armenian envoy said Baku had refused to discuss the return of detainees, according to a statement.",
			not:  []string{"detainees"}},
	})
}

// TestQA8LocationBackgroundAndSite: the place of trouble the talks are
// about, a meeting dated in an earlier year, or a leg still to come does
// not beat the dateline and the lead's own event; the lead's parties
// "agreed in X" place it.
func TestQA8LocationBackgroundAndSite(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "site of unrest in the headline", pub: "2026-03-14", label: "Meeting Location & Date",
			body: "Pacific ministers urge calm in Bougainville at emergency Forum meeting\n\nAPIA, Samoa, March 14 (AFP) - Pacific Islands Forum foreign ministers called on Friday for an end to violence in Bougainville and for new talks between Papua New Guinea and the region's leaders, after three people were killed.\n\nThe emergency meeting at the Forum secretariat in Apia was chaired by Samoa's foreign minister.",
			want: []string{"Apia", "2026-03-13"}, not: []string{"Bougainville"}},
		{name: "war in a place is no venue", pub: "2026-03-14", label: "Meeting Location & Date",
			body: "NAIROBI, March 14 (Reuters) - East African leaders discussed the war in Sudan at a summit in Nairobi on Friday.\n\nThe talks lasted six hours.",
			want: []string{"Nairobi"}, not: []string{"Sudan"}},
		{name: "an earlier year's meeting", pub: "2026-03-14", label: "Meeting Location & Date",
			body: "WELLINGTON, March 14 (AFP) - Pacific trade ministers agreed in Wellington on Friday to cut tariffs on farm goods.\n\nThe last ministerial council, hosted by Samoa, met in Apia in October 2024, when the bloc launched the talks.",
			want: []string{"Wellington", "2026-03-13"}, not: []string{"Apia"}},
		{name: "a leg to come after a visit the host hopes will help", pub: "2026-03-14", label: "Meeting Location & Date",
			body: "ROME, March 14 (Reuters) - Kenyan President William Ruto was received at the Quirinale Palace on Friday by Italian President Sergio Mattarella, opening a state visit that Nairobi hopes will bring new investment.\n\nRuto later held talks with Prime Minister Giorgia Meloni.\n\nRuto travels to Milan on Saturday for a business forum, and is due in Geneva on Sunday to meet the head of the World Health Organization.",
			want: []string{"Rome", "2026-03-13"}, not: []string{"Geneva", "Milan"}},
	})
}

// TestQA8CalledOffDates: a meeting called off does not date the talks
// held, and a plan set off by commas and then postponed is no next step.
func TestQA8CalledOffDates(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "held talks over the postponed summit", pub: "2026-04-09", label: "Meeting Location & Date",
			body: "GENEVA, April 9 (Reuters) - U.N.-led talks between the rival Libyan governments broke down in Geneva on Wednesday after the delegations failed to agree on a budget, forcing the U.N. to postpone a meeting of their leaders that had been planned for Saturday.\n\nThe envoys met for four hours.",
			want: []string{"Geneva", "2026-04-08"}, not: []string{"2026-04-11"}},
		{name: "the story's own meeting called off keeps its date", pub: "2026-04-09", label: "Meeting Location & Date",
			body: "GENEVA, April 9 (AP) - A meeting between the leaders of the rival Libyan governments planned for this week in Geneva has been postponed indefinitely, the U.N. said on Wednesday.\n\nAn official said talks between their negotiators could still take place in Geneva in early May.",
			want: []string{"called off or postponed"}, not: []string{"May"}},
		{name: "a plan set off by commas, then postponed", pub: "2026-04-09", label: "Next",
			body: "OSLO, April 9 (Reuters) - Norway summoned Russia's ambassador on Wednesday over a fishing dispute.\n\nA session of the joint fisheries commission, planned for Tromso on April 20, has been postponed indefinitely, a diplomat said. Norway's foreign minister will meet Nordic counterparts in Helsinki on May 5.",
			want: []string{"Helsinki"}, not: []string{"April 20"}},
	})
}

// TestQA8NextSteps: a step told twice is listed once, a leg where one is
// due gets its own place, and a meeting told in its own clause after a
// visit keeps its month.
func TestQA8NextSteps(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a trip told twice", pub: "2026-08-20", label: "Next",
			body: "GENEVA, Aug 20 (AP) - The U.N. Human Rights Council on Wednesday adopted a resolution on Sudan in Geneva.\n\nU.N. envoy Ramtane Lamamra is due to travel to Port Sudan next month, officials said. Lamamra will visit Port Sudan in September to meet army leaders.",
			want: []string{"Port Sudan"}, not: []string{"September (2026-09)"}},
		{name: "a bare visit and the named one", pub: "2026-08-20", label: "Next",
			body: "TOKYO, Aug 20 (Reuters) - Japanese Prime Minister Shigeru Ishiba and Vietnamese Prime Minister Pham Minh Chinh spoke by phone on Tuesday, and Chinh accepted an invitation to visit Japan next month, his office said.\n\nOfficials said the visit would include a stop in Osaka.",
			want: []string{"Chinh visits Japan: next month"}, not: []string{"Visit: next month"}},
		{name: "due in another city on the next day", pub: "2026-08-19", label: "Next",
			body: "MADRID, Aug 20 (Reuters) - Kenyan President William Ruto held talks with Spanish Prime Minister Pedro Sanchez in Madrid on Wednesday.\n\nRuto travels to Barcelona on Thursday for a trade fair, and is due in Lisbon on Friday to meet Portugal's prime minister.",
			want: []string{"Ruto visits Barcelona: Thursday", "Ruto visits Lisbon: Friday"}},
		{name: "a session after a visit keeps its month", pub: "2026-04-15", label: "Next",
			body: "ROME, April 15 (Reuters) - Italian Prime Minister Giorgia Meloni held talks with Senegal's President Bassirou Diomaye Faye in Rome on Wednesday.\n\nMeloni accepted an invitation to visit Dakar next year, officials said, and the two governments will hold the first session of a joint economic commission in Dakar in May.",
			want: []string{"May (2026-05)"}, not: []string{"Meloni visits Dakar: May"}},
	})
}

// TestQA8LeadDayForVenue: the lead's day dates talks held in the
// dateline's city, also when the lead names it only as "the capital" or
// tells the unrest that prompted the meeting after a comma.
func TestQA8LeadDayForVenue(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "the capital in the lead, the city later", pub: "2026-03-07", label: "Meeting Location & Date",
			body: "Sudan talks in Jeddah yield truce deal\n\nJEDDAH, March 7 (Reuters) - Sudan's army and the Rapid Support Forces agreed on Friday to a week-long truce in Darfur, after five days of talks in the Saudi port city, mediators said.\n\nThe delegations are due back in Jeddah on March 20 to negotiate a wider deal.",
			want: []string{"Jeddah", "on Friday (2026-03-06)"}},
		{name: "the cause after a comma", pub: "2026-07-25", label: "Meeting Location & Date",
			body: "APIA, Samoa, July 25 (AFP) - Pacific foreign ministers called on Friday for an end to violence in Bougainville, after three people were killed in a week of clashes.\n\nThe emergency meeting at the Forum secretariat in Apia was chaired by Samoa's foreign minister.",
			want: []string{"Apia", "on Friday (2026-07-24)"}},
	})
}

// TestQA8BareEventPlace: a bare noun of talks gets the place named just
// before its date: "is due in Rome next week for talks".
func TestQA8BareEventPlace(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "due in a city next week for talks", pub: "2026-07-25", label: "Next",
			body: "APIA, Samoa, July 25 (AFP) - Pacific foreign ministers met in Apia on Friday to discuss fisheries.\n\nAustralia's foreign minister is separately due in Jakarta next week for talks with Indonesian officials.",
			want: []string{"Talks in Jakarta: next week"}},
	})
}
