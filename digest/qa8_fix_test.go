package digest

import "testing"

// TestQA8FixSummonsVenue: a government summoning a foreign envoy is an
// event held at its ministry, in the dateline's city on the lead's day;
// a summons told in another city leaves the dateline out, and a summons
// of anyone but an envoy is no meeting.
func TestQA8FixSummonsVenue(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "summoned an ambassador", pub: "2026-05-03", label: loc,
			body: "HANOI, May 3 (Reuters) - Vietnam summoned China's ambassador on Friday and lodged a protest over the seizure of a fishing boat near the Paracel Islands.\n\nThe envoy was received at the foreign ministry by a deputy minister, the ministry said.",
			want: []string{"Summons in Hanoi, Vietnam", "2026-05-01"}, not: []string{"Paracel"}},
		{name: "summoned the charge d'affaires", pub: "2026-05-03", label: loc,
			body: "VILNIUS, May 3 (AFP) - Lithuania on Saturday summoned Belarus's charge d'affaires to protest against balloons that drifted across the border.\n\nOfficials handed him a note.",
			want: []string{"Summons in Vilnius", "2026-05-02"}},
		{name: "summoning told in another capital", pub: "2026-05-03", label: loc,
			body: "TOKYO, May 3 (Reuters) - China summoned Japan's ambassador in Beijing on Friday over a visit by Japanese lawmakers to a war shrine.\n\nJapan's government declined to comment.",
			not:  []string{"Tokyo"}},
		{name: "a summons of supporters is no meeting", pub: "2026-05-03", label: loc,
			body: "LIMA, May 3 (Reuters) - Peru's opposition leader summoned supporters to the streets on Friday to protest against a new tax on fuel.\n\nPolice estimated the crowd at 5,000.",
			not:  []string{"Summons", "Lima"}},
	})
}

// TestQA8FixCouncilVote: members voting on a resolution or draft hold a
// session: its place is the venue and the lead's day of the vote dates
// it; a parliament voting to do something names no venue by a place in
// its object.
func TestQA8FixCouncilVote(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "voted in favour of the resolution in New York", pub: "2026-05-03", label: loc,
			body: "UNITED NATIONS, May 3 (AP) - France and Britain on Friday vetoed a Security Council resolution that would have lifted sanctions on a mining firm accused of attacks on villagers.\n\nThirteen of the council's members voted for the Algerian-drafted resolution in New York. Guyana abstained.",
			want: []string{"Vote in New York", "2026-05-01"}},
		{name: "adopted a draft in Geneva", pub: "2026-05-03", label: loc,
			body: "GENEVA, May 3 (Reuters) - A rights resolution on Eritrea passed on Friday after a long debate.\n\nThe Human Rights Council adopted the Dutch draft in Geneva with 30 votes in favour.",
			want: []string{"Geneva"}},
		{name: "a parliament voting to annul is no meeting there", pub: "2026-05-03", label: loc,
			body: "ASTANA, May 3 (Reuters) - Kazakhstan protested on Friday after Turkmenistan's parliament voted to annul a treaty regulating fishing in the Caspian Sea.\n\nThe foreign ministry said the treaty remained valid.",
			not:  []string{"Caspian"}},
	})
}

// TestQA8FixNextPlaces: a meeting "of" a body names its place after the
// body's name; someone's return to the venue's city is no talks there.
func TestQA8FixNextPlaces(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "meeting of a council in a city", pub: "2026-05-03", label: "Next",
			body: "WARSAW, May 3 (Reuters) - Poland's foreign minister met his Lithuanian counterpart in Warsaw on Friday after a drone crashed near Lublin.\n\nEU ambassadors will discuss the incident at a meeting of the Political and Security Committee in Brussels on May 12, a diplomat said.",
			want: []string{"in Brussels: May 12"}},
		{name: "expected back in the venue's city", pub: "2026-05-03", label: "Next",
			body: "WARSAW, May 3 (Reuters) - Poland's foreign minister met his Lithuanian counterpart in Warsaw on Friday after a drone crashed near Lublin.\n\nPoland's ambassador in Minsk is expected back in Warsaw on May 12 for consultations, the ministry said.",
			not:  []string{"Talks in Warsaw"}},
		{name: "a return does not date the talks", pub: "2026-05-03", label: "Meeting Location & Date",
			body: "WARSAW, May 3 (Reuters) - Poland's foreign minister met his Lithuanian counterpart in Warsaw on Friday after a drone crashed near Lublin.\n\nPoland's ambassador in Minsk will be back in Warsaw on May 12 for consultations, the ministry said.",
			want: []string{"Talks in Warsaw", "2026-05-01"}, not: []string{"May 12"}},
	})
}

// TestQA8FixDueSubject: a step told as "X is due in <place> <date> for
// talks" names whose trip it is.
func TestQA8FixDueSubject(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "is separately due in", pub: "2026-05-03", label: "Next",
			body: "NAIROBI, May 3 (Reuters) - East African foreign ministers met in Nairobi on Friday to discuss the war in Sudan.\n\nKenyan Foreign Minister Musalia Mudavadi chaired the talks. Mudavadi is separately due in Cairo next month for talks with Egyptian officials.",
			want: []string{"Mudavadi visits Cairo for talks: next month"}},
		{name: "is expected in", pub: "2026-05-03", label: "Next",
			body: "NAIROBI, May 3 (Reuters) - East African foreign ministers met in Nairobi on Friday to discuss the war in Sudan.\n\nUgandan Foreign Minister Jeje Odongo said the bloc wanted a ceasefire. Odongo is expected in Addis Ababa in June for talks at the African Union.",
			want: []string{"Odongo visits Addis Ababa"}},
		{name: "a delegation is no one's trip", pub: "2026-05-03", label: "Next",
			body: "NAIROBI, May 3 (Reuters) - East African foreign ministers met in Nairobi on Friday to discuss the war in Sudan.\n\nA delegation of the bloc is due in Cairo next month for talks with Egyptian officials.",
			not:  []string{"visits"}},
	})
}

// TestQA8FixEntryIntoForce: the day an agreement enters into force is a
// next step even when its clause names no subject of its own; "take
// effect" is not read so (anything takes effect).
func TestQA8FixEntryIntoForce(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "aim for it to enter into force", pub: "2026-05-03", label: "Next",
			body: "SANTIAGO, May 3 (Reuters) - Chile and South Korea signed an upgraded free trade agreement in Santiago on Friday.\n\nBoth governments hope for it to enter into force on March 1, 2027.",
			want: []string{"Entry into force: March 1, 2027"}},
		{name: "comes into force in", pub: "2026-05-03", label: "Next",
			body: "SANTIAGO, May 3 (Reuters) - Chile and South Korea signed an upgraded free trade agreement in Santiago on Friday.\n\nOfficials said they wanted the pact, once ratified by both congresses, to come into force in January 2027.",
			want: []string{"Entry into force: January 2027"}},
		{name: "an appointment taking effect is no entry into force", pub: "2026-05-03", label: "Next",
			body: "SANTIAGO, May 3 (Reuters) - Chile and South Korea signed an upgraded free trade agreement in Santiago on Friday.\n\nChile also named a new ambassador to Seoul. The appointment takes effect on June 1.",
			not:  []string{"Entry into force"}},
	})
}

// TestQA8FixRelayAndOffice: a leader's unnamed spokesperson relays news
// (the quoted words are not the leader's position, her own statement's
// are); "X's office in <capital>" speaks for X, not as "office in ..."; a
// statement that the other side is "falling short" is critical.
func TestQA8FixRelayAndOffice(t *testing.T) {
	const body = "BRUSSELS, May 3 (Reuters) - Talks between Armenia and Azerbaijan broke down on Friday.\n\nThe next round, which was to have been hosted by EU Council President Antonio Costa, has been put off \"until further notice\", Costa's spokesperson said.\n\n\"Both capitals made promises, and both are falling short,\" Costa said in a statement."
	runBulletCases(t, []bulletCase{
		{name: "a spokesperson's relay is not the position", pub: "2026-05-03", label: "Positions", body: body,
			want: []string{"Antonio Costa: “Both capitals made promises"}, not: []string{"until further notice"}},
		{name: "falling short is critical", pub: "2026-05-03", label: "Reactions", body: body,
			want: []string{"Critical: Antonio Costa"}},
		{name: "relayed words stay when the leader says nothing herself", pub: "2026-05-03", label: "Positions",
			body: "BRUSSELS, May 3 (Reuters) - Talks between Armenia and Azerbaijan broke down on Friday.\n\nAt a briefing in Brussels, Antonio Costa's spokesperson said the outcome was \"a serious setback\" for the region.",
			want: []string{"a serious setback"}},
		{name: "a named spokesperson speaks herself", pub: "2026-05-03", label: "Reactions",
			body: "BRUSSELS, May 3 (Reuters) - Talks between Armenia and Azerbaijan broke down on Friday.\n\nThe next round has been put off \"until further notice\", Costa's spokesperson, Maria Silva, said.",
			want: []string{"Maria Silva"}, not: []string{"Costa"}},
		{name: "a leader's office in the capital", pub: "2026-05-03", label: "Reactions",
			body: "SEOUL, May 3 (Reuters) - South Korean President Lee Jae-myung and New Zealand Prime Minister Christopher Luxon spoke by phone on Friday.\n\nLuxon's office in Wellington confirmed the call but gave no further details.\n\nLee said the call was \"warm and productive\".",
			want: []string{"Luxon"}, not: []string{"office in Wellington"}},
		{name: "lawmakers in the capital stay a group", pub: "2026-05-03", label: "Reactions",
			body: "SEOUL, May 3 (Reuters) - South Korean President Lee Jae-myung and New Zealand Prime Minister Christopher Luxon spoke by phone on Friday.\n\nOpposition lawmakers in Wellington criticised the call as \"empty theatre\".",
			want: []string{"lawmakers in Wellington"}},
	})
}

// TestQA8FixRewardsAWrong: a deal said to reward a wrong (occupation,
// aggression, impunity, ...) is criticised; a reward of something good is
// not.
func TestQA8FixRewardsAWrong(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "rewards aggression", pub: "2026-05-03", label: "Reactions",
			body: "GENEVA, May 3 (Reuters) - Armenia and Azerbaijan signed a border deal in Geneva on Friday.\n\nRights activist Lena Aroyan, speaking by telephone from Paris, said the deal \"rewards aggression\" and left out the displaced.",
			want: []string{"Critical: Lena Aroyan"}},
		{name: "rewarded annexation", pub: "2026-05-03", label: "Reactions",
			body: "GENEVA, May 3 (Reuters) - Armenia and Azerbaijan signed a border deal in Geneva on Friday.\n\nFormer ombudsman Davit Sargsyan said the text \"rewarded annexation\".",
			want: []string{"Critical: Davit Sargsyan"}},
		{name: "rewards farmers is no criticism", pub: "2026-05-03", label: "Reactions",
			body: "GENEVA, May 3 (Reuters) - Armenia and Azerbaijan signed a trade deal in Geneva on Friday.\n\nFarm leader Aram Petrosyan said the deal \"rewards farmers who export\".",
			not:  []string{"Critical: Aram Petrosyan"}},
	})
}
