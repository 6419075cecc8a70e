package digest

import "testing"

// Quick-look checks, third round (s9-next3): causes of missed Next steps,
// each with invented sentences and controls that must not change.

// TestQA9R3NextMeetingBody: a gathering told by a lower-case "council",
// "forum" or "gathering" ("at a GCC ministerial council in Riyadh next
// month") is a step to come; a capitalised standing body ("the Security
// Council", "the Pacific Islands Forum") is not read as a meeting.
func TestQA9R3NextMeetingBody(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "ministerial council next month", pub: "2026-03-10", label: "Next",
			body: "DOHA (Reuters) - Qatar summoned Bahrain's envoy on Monday over a border incident. The foreign minister is expected to raise the matter with his counterparts at a ministerial council in Kuwait City next month, a diplomat said.",
			want: []string{"inisterial council in Kuwait City", "2026-04"}},
		{name: "regional forum in May", pub: "2026-03-10", label: "Next",
			body: "JAKARTA (AP) - Indonesia and Malaysia signed a fisheries accord in Jakarta on Monday. Both ministers will attend a regional forum in Bali in May to present the deal, officials said.",
			want: []string{"orum in Bali", "2026-05"}},
		{name: "control: Security Council past", pub: "2026-03-10", label: "Next",
			body: "DOHA (Reuters) - Qatar summoned Bahrain's envoy on Monday over a border incident. The Security Council discussed the dispute in January, a diplomat said.",
			not:  []string{"January", "Council"}},
	})
}

// TestQA9R3NextRatification: a ratification still to come is a next step
// even with no date ("must now be ratified by the Spanish parliament",
// "approved by X and ratified by Y", "still requires ... ratification by
// the Senate"); one told as done ("was ratified by parliament in 2019",
// "after ratification by the Duma") is not.
func TestQA9R3NextRatification(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "must be ratified", pub: "2026-03-10", label: "Next",
			body: "LISBON (Reuters) - Portugal and Cape Verde signed a fisheries treaty in Lisbon on Monday. The treaty must now be ratified by the Portuguese parliament, where the government lacks a majority.",
			want: []string{"Ratification by the Portuguese parliament"}},
		{name: "approved and ratified", pub: "2026-03-10", label: "Next",
			body: "BRUSSELS (AP) - The European Union and Chile signed a trade pact in Brussels on Monday. The pact must be approved by EU governments and ratified by the Chilean Congress.",
			want: []string{"Ratification by the Chilean Congress"}},
		{name: "requires ratification", pub: "2026-03-10", label: "Next",
			body: "MANILA (Reuters) - The Philippines and Japan signed a troop access deal in Manila on Monday. The deal still requires the approval of both cabinets as well as ratification by the Philippine Senate.",
			want: []string{"Ratification by the Philippine Senate"}},
		{name: "body with its places", pub: "2026-03-10", label: "Next",
			body: "OSLO (Reuters) - Norway and Finland signed a border rescue treaty in Oslo on Monday. The treaty must still be ratified by the parliaments in Oslo and Helsinki, which is expected in the autumn.",
			want: []string{"Ratification by the parliaments in Oslo and Helsinki"}},
		{name: "control: was ratified", pub: "2026-03-10", label: "Next",
			body: "LISBON (Reuters) - Portugal and Cape Verde signed a fisheries treaty in Lisbon on Monday. An earlier accord was ratified by the Portuguese parliament in 2019.",
			not:  []string{"Ratification"}},
		{name: "control: after ratification", pub: "2026-03-10", label: "Next",
			body: "LISBON (Reuters) - Portugal and Cape Verde signed a fisheries treaty in Lisbon on Monday. The 2019 accord took effect after ratification by the Portuguese parliament.",
			not:  []string{"Ratification"}},
	})
}

// TestQA9R3NextLeavePast (review 20, group 5): an order to leave told of
// an earlier year ("In 2023, 15 diplomats were given 72 hours to leave
// Norway") is background, no Next step; this week's order still is.
func TestQA9R3NextLeavePast(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "this week's order", pub: "2026-11-20", label: "Next",
			body: "STOCKHOLM (Reuters) - Sweden expelled two Iranian diplomats on Thursday over a plot against exiles. The diplomats were given 48 hours to leave Sweden, the foreign ministry said.",
			want: []string{"eadline to leave Sweden", "48 hours"}},
		{name: "control: an earlier year's order", pub: "2026-11-20", label: "Next",
			body: "HELSINKI (Reuters) - Finland expelled four Belarusian diplomats on Thursday. In 2022, nine Russian diplomats were given 72 hours to leave Finland. Minsk said it would respond in kind.",
			not:  []string{"72 hours"}},
	})
}
