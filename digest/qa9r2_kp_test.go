package digest

import "testing"

// The cases below are invented sentences, none taken from the judged
// quick-look sets; each group has controls that must not change.

// TestQA9R2CouncilSpeakers: in a story of a council session, who tells,
// addresses or briefs the council and the members' ambassadors who speak
// take part; the leaders their speeches name, a special envoy's trip and
// the same words outside a council story do not.
func TestQA9R2CouncilSpeakers(t *testing.T) {
	runReview16(t, []review16Case{
		{"speakers of a council session",
			"UNITED NATIONS, March 11 (Reuters) - The U.N. Security Council met on Wednesday on the fighting in Northland. Relief chief Omar Fell told the council that aid had stopped. Lorn's U.N. ambassador, Ida Brenn, rejected the charge. Tom Vale, Britain's deputy U.N. ambassador, said a draft was ready. Special envoy Ana Ruiz is due to travel to the region next month.",
			[]string{"Omar Fell", "Ida Brenn", "Tom Vale"}, []string{"Ana Ruiz"}},
		{"told the U.N. General Assembly",
			"NEW YORK, March 11 (Reuters) - The U.N. General Assembly debated the war on Wednesday. Northland's Foreign Minister Ida Brenn told the U.N. General Assembly that the shelling must stop.",
			[]string{"Ida Brenn"}, nil},
		{"briefed by, invited to address",
			"UNITED NATIONS, March 11 (Reuters) - The U.N. Security Council held an emergency meeting on Wednesday. The council's members were briefed by envoy chief Omar Fell. Lorn's ambassador, Ida Brenn, who was invited to address the council, asked for help.",
			[]string{"Omar Fell", "Ida Brenn"}, nil},
		{"leaders named in a speech (control)",
			"UNITED NATIONS, March 11 (Reuters) - The U.N. Security Council met on Wednesday on the fighting in Northland. U.S. Ambassador Ida Brenn urged both sides to respect the accord that Presidents Omar Fell and Tom Vale signed in Paris on Feb. 4.",
			[]string{"Ida Brenn"}, []string{"Omar Fell", "Tom Vale"}},
		{"no council story (control)",
			"PARIS, March 11 (Reuters) - Farmers protested in Paris on Wednesday. Ambassador Ida Brenn said the talks had stalled. Omar Fell told the council of the region that prices were low.",
			nil, []string{"Ida Brenn", "Omar Fell"}},
	})
}

// TestQA9R2TravelledFor: who flew or travelled to the venue for the talks
// takes part; a journey for something else, or denied, does not.
func TestQA9R2TravelledFor(t *testing.T) {
	runReview16(t, []review16Case{
		{"flew for the meeting",
			"GENEVA, March 11 (Reuters) - Talks on the border opened in Geneva on Wednesday. Foreign Minister Ida Brenn, who flew to Geneva for the meeting, demanded guarantees. Omar Fell travelled to Geneva for the talks.",
			[]string{"Ida Brenn", "Omar Fell"}, nil},
		{"other purpose, denied (control)",
			"GENEVA, March 11 (Reuters) - Talks on the border opened in Geneva on Wednesday. Ida Brenn flew to Geneva for a medical check. Omar Fell did not travel to Geneva for the talks.",
			nil, []string{"Ida Brenn", "Omar Fell"}},
	})
}

// TestQA9R2HostedOnDayBy: a time between a passive of hosting or chairing
// and its "by" ("was hosted on Thursday by B") still names the host, and a
// lower-case remit before "chief" is read as the host's role; a host of
// another time is not listed.
func TestQA9R2HostedOnDayBy(t *testing.T) {
	runReview16(t, []review16Case{
		{"hosted on a day by a policy chief",
			"BRUSSELS, March 11 (Reuters) - The meeting between President Omar Fell and Prime Minister Tom Vale, which was hosted on Wednesday by EU foreign policy chief Ida Brenn, ended without a deal.",
			[]string{"Omar Fell", "Tom Vale", "Ida Brenn"}, nil},
		{"chaired last week by (control: another time)",
			"BRUSSELS, March 11 (Reuters) - Ministers met in Brussels on Wednesday. An earlier round, chaired last week by Ida Brenn, failed.",
			nil, []string{"Ida Brenn"}},
		{"host of a postponed meeting while the story is another (control)",
			"BRUSSELS, March 11 (Reuters) - Negotiators Ana Ruiz and Lena Holt met in Brussels on Wednesday. The Friday meeting between Omar Fell and Tom Vale, which was to have been hosted by EU foreign policy chief Ida Brenn, has been postponed, officials said.",
			nil, []string{"Ida Brenn", "Omar Fell", "Tom Vale"}},
		{"hosted on a day of a past year (control)",
			"BRUSSELS, March 11 (Reuters) - Ministers met in Brussels on Wednesday. The 2019 summit was hosted on Dec. 4 by Ida Brenn.",
			nil, []string{"Ida Brenn"}},
	})
}

// TestQA9R2LeftTheHall (review 19, group 3): "left the hall/chamber/room"
// is a walkout only with a sign of protest after it ("in protest", "in
// anger", "during", "when B began speaking"); leaving for a lunch, a
// photograph, a phone call, briefly or to consult someone is none.
func TestQA9R2LeftTheHall(t *testing.T) {
	const ab = "Absent/Excluded"
	runBulletCases(t, []bulletCase{
		{"left the hall for a lunch", "LIMA, July 6 (Reuters) - The leaders of Peru and Chile signed a water pact in Lima on Monday. After the signing, Peruvian President Ana Ruiz and Chilean President Tomas Vidal left the hall for a state lunch.", "2026-07-06", ab,
			nil, []string{"walked out"}},
		{"left the chamber briefly to take a call, and returned", "NEW YORK, July 6 (AP) - The U.N. Security Council met on Monday on the war in Northland. Russian Ambassador Ivan Petrov left the chamber briefly to take a phone call and returned for the vote.", "2026-07-06", ab,
			nil, []string{"walked out"}},
		{"left the room to consult the capital", "ANKARA, July 6 (AP) - Turkish and Russian officials agreed on Monday to extend the corridor. Russian Deputy Foreign Minister Oleg Sidorov left the room to consult Moscow before the final text was read.", "2026-07-06", ab,
			nil, []string{"walked out"}},
		{"left the hall in protest", "GENEVA, July 6 (Reuters) - Talks on the border opened in Geneva on Monday. Russian Ambassador Ivan Petrov left the hall in protest.", "2026-07-06", ab,
			[]string{"Russia walked out"}, nil},
		{"a negotiator of no country left the room in anger",
			"CARACAS, July 6 (Reuters) - Government and opposition negotiators resumed talks in Caracas on Monday. Opposition negotiator Luis Mora left the room in anger when the government raised the election issue.", "2026-07-06", ab,
			[]string{"Luis Mora walked out"}, nil},
		{"left the room several times to brief (control)",
			"VIENNA, July 6 (Reuters) - Iranian and European negotiators met in Vienna on Monday. EU envoy Luis Mora left the room several times to brief officials.", "2026-07-06", ab,
			nil, []string{"walked out"}},
		{"left the chamber when the minister began speaking", "GENEVA, July 6 (Reuters) - Talks on the border opened in Geneva on Monday. Russian Ambassador Ivan Petrov left the chamber when the Ukrainian minister began speaking.", "2026-07-06", ab,
			[]string{"Russia walked out"}, nil},
	})
}

// TestQA9R2DroppedMeeting: a participle that calls a meeting off
// ("scrapping a planned meeting with B") names no participant; the same
// meeting held, or called off by the story's own main verb, still does.
func TestQA9R2DroppedMeeting(t *testing.T) {
	runReview16(t, []review16Case{
		{"scrapping a planned meeting with",
			"LIMA, March 11 (AP) - Foreign Minister Ida Brenn cut short a visit to Peru on Wednesday, scrapping a planned meeting with President Omar Fell. Brenn held talks with Foreign Minister Tom Vale before she left.",
			[]string{"Ida Brenn", "Tom Vale"}, []string{"Omar Fell"}},
		{"a meeting with, held (control)",
			"LIMA, March 11 (AP) - Foreign Minister Ida Brenn held a meeting with President Omar Fell in Lima on Wednesday.",
			[]string{"Ida Brenn", "Omar Fell"}, nil},
	})
}
