package digest

import "testing"

// Quick-look checks, first round (s9-next): causes of missed Next steps,
// each with invented sentences and controls that must not change.

// TestQA9NextPlanAfterPastVerb: a meeting agreed on ("agreed to hold",
// "decided to meet") or asked for ("invited X to hold") lies ahead of the
// report even under a past verb, so a bare month after it is the coming
// one and the clause is a step; a trip taken ("flew to Oslo to meet") is
// not.
func TestQA9NextPlanAfterPastVerb(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "agreed to hold next meeting in October", pub: "2026-06-04", label: "Next",
			body: "TALLINN (AFP) - Estonian and Finnish officials met in Tallinn on Thursday to discuss ferry links. The two delegations agreed to hold their next meeting in Finland, in the capital Helsinki, in October, the ministry said.",
			want: []string{"Helsinki", "2026-10"}, not: []string{"2025-10"}},
		{name: "decided to meet in February", pub: "2026-11-12", label: "Next",
			body: "LIMA (Reuters) - Peru and Chile held border talks in Lima on Thursday. The negotiators decided to meet again in Santiago in February to review the fishing accord.",
			want: []string{"2027-02"}},
		{name: "invited to hold the next round", pub: "2026-03-10", label: "Next",
			body: "PRAGUE (AP) - The Czech and Austrian prime ministers held consultations in Prague on Tuesday. Fiala invited his guest to hold the next round of consultations in Vienna in 2027, the government said.",
			want: []string{"Vienna", "2027"}},
		{name: "control: flew to meet, past", pub: "2026-06-04", label: "Next",
			body: "OSLO (AFP) - Norway's foreign minister flew to Reykjavik to meet his Icelandic counterpart in May, and the two discussed fishing quotas. On Thursday he returned to Oslo.",
			not:  []string{"2026-05", "2027-05"}},
	})
}

// TestQA9NextPlaceDescribed: a step's place told by its kind ("the
// southern capital X", "the port city of X") or narrowed after a country
// ("in Finland, in the port city of Turku") is named; a place of another
// country after the comma is not taken.
func TestQA9NextPlaceDescribed(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "the regional capital", pub: "2026-01-15", label: "Next",
			body: "NAIROBI (Reuters) - Kenyan and Ethiopian ministers met in Nairobi on Thursday on cross-border trade. The statement said the ministers would convene a follow-up meeting in the regional capital Mombasa in June to review customs rules.",
			want: []string{"Mombasa"}},
		{name: "the port city of", pub: "2026-01-15", label: "Next",
			body: "TIRANA (AP) - Albania and Italy signed a fisheries pact in Tirana on Thursday. A joint committee will hold a meeting in the port city of Durres in April, officials said.",
			want: []string{"Durres"}},
		{name: "control: plain place", pub: "2026-01-15", label: "Next",
			body: "TIRANA (AP) - Albania and Italy signed a fisheries pact in Tirana on Thursday. A joint committee will hold a meeting in Rome in April, officials said.",
			want: []string{"Rome"}},
	})
}

// TestQA9NextHost: a place that hosts the event ("X will host the next
// summit") is where the step is held; a host named after a place of its
// own keeps that place.
func TestQA9NextHost(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "will host the next full summit", pub: "2026-09-08", label: "Next",
			body: "ACCRA (Reuters) - West African leaders met in Accra on Monday to discuss regional security. Senegal will host the next ordinary summit in 2027, the bloc said.",
			want: []string{"Senegal", "2027"}},
		{name: "would host a special meeting", pub: "2026-07-24", label: "Next",
			body: "HANOI (AFP) - Southeast Asian ministers ended their talks in Hanoi on Friday. Thailand's foreign minister said Bangkok would host a special meeting on the border dispute in October.",
			want: []string{"Bangkok"}},
		{name: "control: host with its own place", pub: "2026-07-24", label: "Next",
			body: "HANOI (AFP) - Southeast Asian ministers ended their talks in Hanoi on Friday. Thailand's foreign minister said Bangkok would host a ministerial meeting in Chiang Mai in October.",
			want: []string{"Chiang Mai"}, not: []string{"in Bangkok"}},
	})
}

// TestQA9NextLegAndPeriod: the last leg of a tour ("end his tour in X on
// Sunday") is a visit to X; a part of this year still ahead ("in the
// second half of the year" said in February) is a step to come, a part
// already past is not; a visit told again by its cities replaces the
// country.
func TestQA9NextLegAndPeriod(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "end his tour in", pub: "2026-01-08", label: "Next",
			body: "DAKAR (AFP) - Japan's foreign minister Kenji Sato held talks in Dakar on Thursday with his Senegalese counterpart. Sato will travel on to Ghana on Friday and end his tour in Togo on Sunday.",
			want: []string{"Sato visits Togo"}},
		{name: "second half of the year ahead", pub: "2026-02-18", label: "Next",
			body: "MADRID (Reuters) - Spain's prime minister hosted Chile's president in Madrid on Wednesday. Sanchez accepted an invitation to visit Santiago in the second half of the year, officials said.",
			want: []string{"Santiago", "second half of 2026"}},
		{name: "control: first half already under way is not ahead", pub: "2026-02-18", label: "Next",
			body: "MADRID (Reuters) - Spain's prime minister hosted Chile's president in Madrid on Wednesday. Sanchez accepted an invitation to visit Santiago in the first half of the year, officials said.",
			not:  []string{"first half of 2026", "2026-H1"}},
		{name: "cities replace the country", pub: "2026-05-19", label: "Next",
			body: "SEOUL (Yonhap) - President Kim Min-jun spoke by phone with the Canadian prime minister on Monday. Kim will visit Canada next month, his office said. Kim will visit Ottawa and Toronto in mid-June, officials said.",
			want: []string{"Ottawa"}},
	})
}

// TestQA9LocationNewsConference: a statement made at a news conference is
// dated by the lead's day of it, also a day of saying ("said on
// Thursday"), not by another event's day in the lead ("the vote on
// Sunday"); a phone call is called one.
func TestQA9LocationNewsConference(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "observers said on Wednesday", pub: "2026-10-14", label: loc,
			body: "MASERU, Oct 14 (Reuters) - Lesotho's parliamentary election on Sunday was orderly but marred by late voter lists, African Union observers said on Wednesday.\n\nPresenting the mission's statement at a news conference in the capital Maseru, the chief observer said turnout had been high.",
			want: []string{"News conference", "2026-10-14"}, not: []string{"2026-10-11"}},
		{name: "control: expelled on Tuesday, told a news conference", pub: "2026-04-07", label: loc,
			body: "OSLO, April 7 (AP) - Norway expelled three Russian diplomats on Tuesday over a spying case, the foreign ministry said.\n\nThe diplomats were given a week to leave the country.\n\n\"We will not tolerate this,\" the foreign minister told a news conference in Oslo.",
			want: []string{"2026-04-07"}},
		{name: "phone call", pub: "2026-05-19", label: loc,
			body: "President Kim Min-jun spoke by phone with the Canadian prime minister on Monday, agreeing to deepen cooperation on critical minerals, his office said.",
			want: []string{"Phone call", "2026-05-18"}},
	})
}

// TestQA9LocationEarlierParticiple: a place in a participle of an earlier
// event ("a truce signed in X two weeks ago") is no venue, even in the
// lead; a date in an "after" clause with its own past verb is that
// clause's, not the meeting's. Controls: the lead's own signing and a
// signing dated today keep their place.
func TestQA9LocationEarlierParticiple(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "signed in X two weeks ago, in the lead", pub: "2026-03-10", label: loc,
			body: "UNITED NATIONS, March 10 (Reuters) - The U.N. Security Council held an emergency meeting on Monday on the fall of a border town to rebels, with members warning that the advance threatened a truce signed in Nairobi less than two weeks ago.\n\nThe session in New York was requested by Kenya after the rebels entered the town at the weekend.",
			want: []string{"New York", "2026-03-09"}, not: []string{"Nairobi"}},
		{name: "reached in X last month", pub: "2026-03-10", label: loc,
			body: "GENEVA, March 10 (AP) - Envoys met in Geneva on Tuesday to shore up an accord reached in Cairo last month, diplomats said.",
			want: []string{"Geneva"}, not: []string{"Cairo"}},
		{name: "the fall of a town is no season", pub: "2026-03-10", label: "Next",
			body: "UNITED NATIONS, March 10 (Reuters) - The U.N. Security Council held an emergency meeting on Monday on the fall of a border town to rebels.\n\nThe session in New York was requested by Kenya.",
			not:  []string{"autumn 2026", "2026-FA"}},
		{name: "control: signed in X on Tuesday", pub: "2026-03-10", label: loc,
			body: "The two governments signed a border treaty in Lima on Tuesday, ending a decades-old dispute, officials said.",
			want: []string{"Lima"}},
	})
}

// TestQA9NextBodyAndScheduledFor: a body's vote told in a relative
// ("<Body>, which is expected to vote in the autumn") is that body's
// step, a season being enough; a meeting "scheduled for <year> in
// <place>" is placed. Control: a person's vote is no body's.
func TestQA9NextBodyAndScheduledFor(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "which is expected to vote", pub: "2026-04-22", label: "Next",
			body: "OTTAWA (Reuters) - Canada and Chile signed a mining accord in Ottawa on Wednesday. The accord still needs the consent of the Canadian Senate, which is expected to vote in the autumn.",
			want: []string{"Senate vote", "autumn 2026"}},
		{name: "scheduled for a year in a place", pub: "2026-11-14", label: "Next",
			body: "LISBON (AFP) - Leaders of Portuguese-speaking countries ended a summit in Lisbon on Friday. The next summit is scheduled for 2028 in Maputo, Mozambique, the host announced.",
			want: []string{"Maputo", "2028"}},
		{name: "control: a person who will vote is no body", pub: "2026-04-22", label: "Next",
			body: "OTTAWA (Reuters) - Canada and Chile signed a mining accord in Ottawa on Wednesday. The accord was criticised by senator Maria Lopez, who is expected to vote in the autumn.",
			not:  []string{"Lopez vote"}},
	})
}

// TestQA9LocationRelativeToEnd: a date in a relative aside that runs to
// the sentence's end ("hosted by X, who holds the chair this year.") is
// the aside's, not the meeting's; the lead's day dates the meeting.
// Control: a relative closed by a comma still isolates its date.
func TestQA9LocationRelativeToEnd(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "who holds the chair this year.", pub: "2026-10-09", label: loc,
			body: "ASTANA, Oct 9 (Reuters) - Leaders of five Central Asian states met in Kazakhstan on Friday for a summit on water sharing.\n\nThe presidents of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan joined the meeting in Astana hosted by the Kazakh president, who holds the rotating chairmanship of the group this year.",
			want: []string{"Astana", "2026-10-09"}, not: []string{"this year"}},
		{name: "control: a person's own step in the relative", pub: "2026-10-07", label: "Next",
			body: "MADRID (AP) - Spain's foreign minister met his Moroccan counterpart in Madrid on Wednesday. The talks prepared the ground for the king, who will host a summit in Seville on Friday.",
			want: []string{"2026-10-09"}},
		{name: "control: relative closed by a comma", pub: "2026-10-09", label: loc,
			body: "ASTANA, Oct 9 (Reuters) - Leaders of five Central Asian states met in Kazakhstan on Friday for a summit on water sharing.\n\nThe meeting in Astana, which was first planned for last year, was hosted by the Kazakh president.",
			want: []string{"2026-10-09"}},
	})
}
