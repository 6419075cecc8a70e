package digest

import "testing"

// TestReview17VotePlaceInText: a place inside the text voted on (after a
// participle, a relative or a preposition of topic) is no venue of the
// vote, and the Agenda keeps it; a place right after the text's noun, or
// after a session, still is (review 17, group 1).
func TestReview17VotePlaceInText(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "resolution demanding a ceasefire in", pub: "2026-03-10", label: loc,
			body: "UNITED NATIONS (Reuters) - The U.N. Security Council on Monday adopted a resolution demanding a ceasefire in Sudan, with 14 votes in favour and Russia abstaining. Sudan's ambassador welcomed the vote.",
			not:  []string{"Sudan"}},
		{name: "resolution demanding: agenda keeps the place", pub: "2026-03-10", label: "Agenda",
			body: "UNITED NATIONS (Reuters) - The U.N. Security Council on Monday adopted a resolution demanding a ceasefire in Sudan, with 14 votes in favour and Russia abstaining. Sudan's ambassador welcomed the vote.",
			want: []string{"ceasefire in Sudan"}},
		{name: "extending a mission in", pub: "2026-03-10", label: loc,
			body: "UNITED NATIONS (Reuters) - The U.N. Security Council on Monday adopted a resolution extending the U.N. mission in Libya for another year. The vote was unanimous.",
			not:  []string{"Libya"}},
		{name: "draft on aid in", pub: "2026-03-10", label: loc,
			body: "UNITED NATIONS (AP) - The United States on Monday vetoed a draft resolution on humanitarian aid in Gaza, saying it undermined diplomacy. The other 14 members voted in favour.",
			not:  []string{"Gaza"}},
		{name: "own: renewing sanctions in", pub: "2026-04-02", label: loc,
			body: "UNITED NATIONS (AP) - The Security Council on Wednesday adopted a resolution renewing the arms embargo on armed groups in South Sudan for a year. Five members abstained.",
			not:  []string{"South Sudan"}},
		{name: "own: that calls for talks in", pub: "2026-04-02", label: loc,
			body: "STRASBOURG (Reuters) - The European Parliament on Wednesday adopted a resolution that calls for new elections in Belarus. Minsk called the text interference.",
			not:  []string{"Belarus"}},
		{name: "control: the resolution in New York", pub: "2026-05-03", label: loc,
			body: "UNITED NATIONS, May 3 (AP) - France and Britain on Friday vetoed a Security Council resolution that would have lifted sanctions on a mining firm accused of attacks on villagers.\n\nThirteen of the council's members voted for the Algerian-drafted resolution in New York. Guyana abstained.",
			want: []string{"Vote in New York", "2026-05-01"}},
		{name: "control: the draft in a session in New York", pub: "2026-03-10", label: loc,
			body: "UNITED NATIONS (Reuters) - The U.N. Security Council on Monday rejected a Russian draft resolution on the war in Ukraine, after Western members voted against the draft in a session in New York. Russia's envoy accused the West of hypocrisy.",
			want: []string{"New York"}, not: []string{"Ukraine"}},
	})
}

// TestReview17SummonsElsewhere: a summons by a state other than the
// dateline's is held at the summoning state's ministry, not in the city
// the story was filed from; a summons by the dateline's own state still
// is placed there (review 17, group 4).
func TestReview17SummonsElsewhere(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "Japan summons, filed from Beijing", pub: "2026-03-10", label: loc,
			body: "BEIJING (Reuters) - Japan summoned China's ambassador on Monday over a Chinese coast guard incursion near disputed islands, Tokyo said. Chinese foreign ministry spokesman Lin Jian said the islands were Chinese territory.",
			not:  []string{"Beijing"}},
		{name: "Estonia summons, filed from Moscow", pub: "2026-03-10", label: loc,
			body: "MOSCOW (AP) - Estonia summoned Russia's charge d'affaires on Monday after three Russian fighter jets violated its airspace for 12 minutes, the Estonian foreign ministry said. The Kremlin said the jets had flown over neutral waters.",
			not:  []string{"Moscow"}},
		{name: "own: Poland summons, filed from Minsk", pub: "2026-04-02", label: loc,
			body: "MINSK (AFP) - Poland summoned the Belarusian charge d'affaires on Wednesday after balloons carrying contraband crossed the border, the Polish foreign ministry said. Belarus denied any role.",
			not:  []string{"Minsk"}},
		{name: "control: Kuwait summons, filed from Kuwait City", pub: "2026-03-10", label: loc,
			body: "KUWAIT CITY (Reuters) - Kuwait summoned Iraq's ambassador on Monday to protest against a court ruling in Baghdad on the Khor Abdullah waterway, the foreign ministry said. The ministry handed the envoy a protest note.",
			want: []string{"Summons in Kuwait City", "2026-03-09"}},
		{name: "control: summons with no state named", pub: "2026-05-03", label: loc,
			body: "VILNIUS, May 3 (AFP) - The foreign ministry on Saturday summoned Belarus's charge d'affaires to protest against balloons that drifted across the border.\n\nOfficials handed him a note.",
			want: []string{"Summons in Vilnius", "2026-05-02"}},
	})
}
