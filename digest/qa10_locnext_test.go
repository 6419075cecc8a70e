package digest

import "testing"

// Quick-look checks, stop 10 (s10-locnext): causes of a wrong or missing
// Meeting Location & Date and Next, each with invented sentences and
// controls that must not change.

// TestQA10CallHotline: a call over a remote line ("hotline",
// "videoconference") is a call like one by phone: no place, the lead's
// day; a lead with no such word keeps its venue.
func TestQA10CallHotline(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "hotline conversation", pub: "2026-05-13", label: "Meeting Location & Date",
			body: "Norway's Defence Minister Ola Berg and his Russian counterpart Ivan Petrov held their first conversation over the military hotline on Tuesday, a week after a collision in the Barents Sea. The two men agreed to keep the line open.",
			want: []string{"call", "2026-05-12"}},
		{name: "videoconference", pub: "2026-05-13", label: "Meeting Location & Date",
			body: "Chilean President Ana Soto and Peruvian President Luis Vega discussed a fishing dispute by videoconference on Tuesday, their offices said. Both leaders agreed to name negotiators.",
			want: []string{"call", "2026-05-12"}},
		{name: "control: meeting in person", pub: "2026-05-13", label: "Meeting Location & Date",
			body: "Chilean President Ana Soto and Peruvian President Luis Vega met in Lima on Tuesday to discuss a fishing dispute, their offices said.",
			want: []string{"Lima", "2026-05-12"}, not: []string{"call"}},
	})
}

// TestQA10CallThenMeeting: a lead telling of a call in which the callers
// agreed to meet later ("spoke by phone Monday and agreed to meet at next
// month's summit in X") is the call, not a meeting in X; the meeting to
// come stays a next step. A lead of a meeting held after a call is not.
func TestQA10CallThenMeeting(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "agreed to meet at next month's summit", pub: "2026-06-15", label: "Meeting Location & Date",
			body: "ROME (AP) - Italian Prime Minister Marco Rossi and Albanian Prime Minister Edi Dushku spoke by phone Monday and agreed to meet in person on the sidelines of next month's European summit in Tirana, their offices said.",
			want: []string{"Phone call", "2026-06-15"}, not: []string{"Tirana"}},
		{name: "agreed to meet: next step", pub: "2026-06-15", label: "Next",
			body: "ROME (AP) - Italian Prime Minister Marco Rossi and Albanian Prime Minister Edi Dushku spoke by phone Monday and agreed to meet in person on the sidelines of next month's European summit in Tirana, their offices said.",
			want: []string{"Tirana", "2026-07"}},
		{name: "control: met after a call", pub: "2026-06-15", label: "Meeting Location & Date",
			body: "TIRANA (AP) - Italian Prime Minister Marco Rossi, who spoke by phone with Albanian Prime Minister Edi Dushku last week, met him in Tirana on Monday to sign a migration deal.",
			want: []string{"Tirana"}, not: []string{"Phone call"}},
	})
}

// TestQA10OwnDayThenMeet: an event noun dated by its own day ("a phone
// call on Tuesday") does not name a meeting agreed after it ("and agreed
// to meet in X next month"); a noun with no day of its own still does.
func TestQA10OwnDayThenMeet(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "call on Tuesday, meet next month", pub: "2026-06-10", label: "Next",
			body: "Chilean President Ana Soto and Peruvian President Luis Vega discussed fishing in a phone call on Tuesday and agreed to meet in Arica next month.",
			want: []string{"Meeting in Arica", "2026-07"}, not: []string{"Call"}},
		{name: "control: summit with no day of its own", pub: "2026-06-10", label: "Next",
			body: "LIMA (AP) - Peruvian and Chilean ministers met in Lima on Tuesday. They said a summit will be held in Arica next month.",
			want: []string{"ummit", "Arica", "2026-07"}},
	})
}

// TestQA10BodyVoteLead: a lead telling of a body's session, by a vote on
// a text ("approved a resolution on Tuesday") or a lower-case "council of
// ministers", is an event held at the dateline's place; when the lead has
// no day, the next sentence's held verb dates it ("voted on Wednesday").
// A lead of a standing body's statement is no session.
func TestQA10BodyVoteLead(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "council approved a resolution", pub: "2026-05-13", label: "Meeting Location & Date",
			body: "GENEVA, May 13 (AP) - The Human Rights Council approved a resolution on Tuesday urging Eritrea to free political prisoners, after Eritrea's envoy walked out of the chamber.",
			want: []string{"Geneva", "2026-05-12"}},
		{name: "council of ministers, day in the next sentence", pub: "2026-04-23", label: "Meeting Location & Date",
			body: "LIBREVILLE, April 23 (AFP) - The Central African fisheries body has suspended Gabon's voting rights after a tense council of ministers in the Gabonese capital.\n\nMinisters from Chad, Cameroon and Congo voted on Wednesday to suspend Gabon until it pays its arrears. The final communique was released on Thursday.",
			want: []string{"Libreville", "2026-04-22"}, not: []string{"2026-04-23"}},
		{name: "control: next sentence only says", pub: "2026-04-23", label: "Meeting Location & Date",
			body: "LIBREVILLE, April 23 (AFP) - The Central African fisheries body has suspended Gabon's voting rights after a tense council of ministers in the Gabonese capital.\n\nOfficials said on Wednesday that Gabon owed 2 billion CFA francs.",
			want: []string{"Libreville"}, not: []string{"2026-04-22"}},
		{name: "control: a standing body's statement", pub: "2026-05-13", label: "Meeting Location & Date",
			body: "GENEVA, May 13 (AP) - The council said on Tuesday that Eritrea must free political prisoners.",
			not:  []string{"Geneva"}},
	})
}

// TestQA10PartnersBeforePlace: a meeting's partners told between it and
// its place ("talks with the foreign ministers of Chile and Peru in
// Lima") leave the place the meeting's; the lead's next sentence dates it
// when the lead has no day ("met on Saturday"). A place after a comma is
// another clause's.
func TestQA10PartnersBeforePlace(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "talks with long partners", pub: "2026-10-19", label: "Meeting Location & Date",
			body: "Bolivia has distanced itself from a joint statement issued after talks with the foreign ministers of Chile and Peru in Lima, officials said.\n\nThe three ministers met on Saturday for the second round of the dialogue. The ceasefire talks in Santiago in 2025 had failed.",
			want: []string{"Lima", "2026-10-17"}, not: []string{"Santiago"}},
		{name: "control: place after a comma", pub: "2026-10-19", label: "Meeting Location & Date",
			body: "Bolivia has distanced itself from a joint statement issued after talks with the foreign ministers of Chile and Peru, a day after protests in La Paz.",
			not:  []string{"La Paz"}},
	})
}

// TestQA10BackgroundPlace: a place told in the past perfect ("The decision
// had been prepared by the council, which met in X on Wednesday") or dated
// "last June"/"last year" is background, not the venue of the lead's
// summit at the dateline's place (written in the dateline's capitals, named
// in title case). Controls: "had arrived in X" is the trip to the venue;
// "who had been minister since 2024, announced ... in X" an aside.
func TestQA10BackgroundPlace(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "past perfect and last June", pub: "2026-02-21", label: "Meeting Location & Date",
			body: "MWANZA, Tanzania (AP) — Southern African leaders on Saturday admitted Angola as a full member of the lake basin authority at a summit marked by the absence of Zambia's president.\n\nThe decision had been prepared by the authority's Council of Ministers, which met in Lusaka on Wednesday. Fighting in the region goes on despite a peace agreement signed in Luanda last June.",
			want: []string{"Mwanza", "2026-02-21"}, not: []string{"Lusaka", "Luanda", "MWANZA"}},
		{name: "control: had arrived", pub: "2025-07-09", label: "Meeting Location & Date",
			body: "Japan's foreign minister cut short a visit to the Philippines on Wednesday.\n\nThe minister had arrived in Manila on Monday night for a three-day trip. He held talks on Tuesday with his Philippine counterpart.",
			want: []string{"Manila"}},
		{name: "control: who had been", pub: "2025-12-04", label: "Meeting Location & Date",
			body: "The foreign minister of Vanuatu resigned on Wednesday over a security treaty.\n\nLui, who had been foreign minister since 2024, announced his resignation at a news conference in Port Vila on Wednesday.",
			want: []string{"Port Vila"}},
	})
}

// TestQA10PlaceBeforeDate: a step's place right before its date, with the
// event's own modifiers between ("a working-level meeting of the border
// mechanism in X in July", "the next ordinary summit, scheduled for X in
// November", "A summit of heads of state, the first since 2023, is
// planned in X in July"), names the step; a place of the event's topic
// ("a summit on refugees in X in July") does not.
func TestQA10PlaceBeforeDate(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "meeting of a body in X in July", pub: "2026-06-10", label: "Next",
			body: "HANOI (AP) - Vietnam and Cambodia held border talks in Hanoi on Tuesday. Officials said the two ministries agreed to hold a working-level meeting of the joint border mechanism in Phnom Penh in July.",
			want: []string{"Phnom Penh", "2026-07"}},
		{name: "scheduled for X in November", pub: "2026-02-21", label: "Next",
			body: "ARUSHA, Tanzania (AP) - East African leaders met in Arusha on Saturday. Finance ministers are to report on the levy at the next ordinary summit, scheduled for Kigali in November.",
			want: []string{"Kigali", "2026-11"}},
		{name: "apposition, is planned in X in July", pub: "2026-04-23", label: "Next",
			body: "DAKAR (AFP) - West African ministers met in Dakar on Wednesday. A summit of heads of state, the first since 2023, is planned in Bamako in July to adopt a new charter.",
			want: []string{"Bamako", "2026-07"}},
		{name: "control: the topic's place", pub: "2026-04-23", label: "Next",
			body: "DAKAR (AFP) - West African ministers met in Dakar on Wednesday. Leaders will hold a summit on refugees in Chad in July.",
			not:  []string{"in Sudan"}},
	})
}

// TestQA10Review21Ratify (review 21, group 3): a ratification not needed
// ("does not require", "needs no", "will not need to be"), never to come
// ("would never be ratified by") or already had ("won ratification by ...
// last month", "Still, ratification by ... in January was narrow") is no
// next step; one still needed stays one.
func TestQA10Review21Ratify(t *testing.T) {
	const nx = "Next"
	lead := "TARN, March 11 (AP) - Bresk and Kolva signed a water-sharing accord on Wednesday.\n"
	runBulletCases(t, []bulletCase{
		{name: "does not require", pub: "2026-03-11", label: nx, body: lead + "The accord does not require ratification by parliament and takes effect immediately.", not: []string{"Ratification"}},
		{name: "will not need to be", pub: "2026-03-11", label: nx, body: lead + "Because it is not a treaty, the accord will not need to be ratified by parliament.", not: []string{"Ratification"}},
		{name: "needs no", pub: "2026-03-11", label: nx, body: lead + "Officials said the accord, unlike a treaty, needs no ratification by the Kolvan parliament.", not: []string{"Ratification"}},
		{name: "would never be", pub: "2026-03-11", label: nx, body: lead + "Kolvan officials said the accord would never be ratified by the current parliament.", not: []string{"Ratification"}},
		{name: "won ratification last month", pub: "2026-03-11", label: nx, body: lead + "The accord, which will enter into force in July, won ratification by the Bresk parliament last month.", want: []string{"July"}, not: []string{"Ratification"}},
		{name: "still, was narrow", pub: "2026-03-11", label: nx, body: lead + "Still, ratification by the Kolvan parliament in January was narrow.", not: []string{"Ratification"}},
		{name: "control: must now be ratified", pub: "2026-03-11", label: nx, body: lead + "The accord must now be ratified by both parliaments.", want: []string{"Ratification by both parliaments"}},
		{name: "control: still requires", pub: "2026-03-11", label: nx, body: lead + "It still requires ratification by the Kolvan parliament, where the opposition has vowed to fight it.", want: []string{"Ratification by the Kolvan parliament"}},
	})
}

// TestQA10Review21BodyNoun (review 21, group 5): a lower-case "council",
// "forum" or "gathering" names a step only as one gathering ("a GCC
// ministerial council in Riyadh", "a regional forum in X"); the standing
// body as an object or subject ("address the forum", "report to the
// council", "The Mercosur council will meet in X") leaves the step to its
// clause.
func TestQA10Review21BodyNoun(t *testing.T) {
	const nx = "Next"
	runBulletCases(t, []bulletCase{
		{name: "address the forum", pub: "2026-03-12", label: nx,
			body: "TARVEK, March 11 (AP) - Kessani President Lina Argo will travel to Davos next week.\nShe is due to address the forum on Wednesday.",
			want: []string{"address the forum"}, not: []string{"Forum:"}},
		{name: "report to the council", pub: "2026-03-12", label: nx,
			body: "VELM, March 11 (Reuters) - The U.N. envoy for Velm, Omar Talib, held talks with government leaders in Velm on Wednesday.\nTalib said he would report to the council next week.",
			want: []string{"report to the council"}, not: []string{"Council:"}},
		{name: "the council will meet in X", pub: "2026-02-03", label: nx,
			body: "BRASILIA, Feb 3 (Reuters) - European Union and Mercosur trade ministers met in Brasilia on Tuesday.\n\nThe Mercosur council will meet in Asuncion in June.",
			want: []string{"Asuncion", "2026-06"}},
		{name: "control: a ministerial council", pub: "2026-03-12", label: nx,
			body: "KUWAIT, March 11 (Reuters) - Kuwait's foreign minister said he would raise the shipping attacks at a GCC ministerial council in Riyadh next month.\nHe spoke after meeting his Omani counterpart in Kuwait City.",
			want: []string{"council in Riyadh", "2026-04"}},
		{name: "control: a regional forum", pub: "2026-03-12", label: nx,
			body: "BREVNO, March 11 (AP) - Kessani President Lina Argo met Ostmark Chancellor Vera Lind in Brevno on Wednesday.\nThey agreed to meet again at a regional forum in Sorva in June.",
			want: []string{"Forum in Sorva", "2026-06"}},
	})
}

// TestQA10AgreedToAct: any act agreed on ("agreed to review ... at their
// next session in October", said in April) lies ahead, not last October;
// a plan told as background ("had agreed to review ... in October") and
// "agreed to a ceasefire in March" (no act) keep their tense.
func TestQA10AgreedToAct(t *testing.T) {
	lead := "DAKAR, April 23 (AFP) - West African ministers met in Dakar on Wednesday and suspended Mali from the water commission.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "agreed to review in October", pub: "2026-04-23", label: "Next",
			body: lead + "Ministers agreed to review Mali's status at their next council session in October.",
			want: []string{"2026-10"}, not: []string{"2025-10"}},
		{name: "control: had agreed", pub: "2026-04-23", label: "Next",
			body: lead + "Ministers had agreed to review Mali's status at a session in October, but the session never took place.",
			not:  []string{"2026-10"}},
	})
}

// TestQA10WhichBodyMeets: a body's session told in a relative ("forwarded
// to the OAS General Assembly, which meets next month") is a next step
// named by the body; a relative with no verb of meeting is not.
func TestQA10WhichBodyMeets(t *testing.T) {
	lead := "WASHINGTON, May 13 (AP) - The Organization of American States council approved a resolution on Haiti on Tuesday.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "which meets next month", pub: "2026-05-13", label: "Next",
			body: lead + "The resolution will be forwarded to the OAS General Assembly, which meets next month.",
			want: []string{"General Assembly meeting", "2026-06"}},
		{name: "which will convene in June", pub: "2026-05-13", label: "Next",
			body: lead + "The text now goes to the African Union, which will convene in June.",
			want: []string{"African Union meeting", "2026-06"}},
		{name: "control: which said", pub: "2026-05-13", label: "Next",
			body: lead + "The text was welcomed by the African Union, which said it would study it next month.",
			not:  []string{"African Union meeting"}},
	})
}

// TestQA10DueIn: a leg of a trip told by "is due in X on <day>" is a next
// step; "the payment is due in March" (no place) and a place after "due
// in" of a thing are not.
func TestQA10DueIn(t *testing.T) {
	lead := "BUENOS AIRES, March 26 (AP) - Chilean President Ana Soto met Argentine President Luis Vega in Buenos Aires on Thursday.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "is due in X on Saturday", pub: "2026-03-26", label: "Next",
			body: lead + "She is due in Montevideo on Saturday to meet Uruguay's president before returning home.",
			want: []string{"Montevideo", "2026-03-28"}},
		{name: "control: payment due in March", pub: "2026-03-26", label: "Next",
			body: lead + "The first payment is due in April, officials said.",
			not:  []string{"Visit"}},
	})
}

// TestQA10DueInForEvent: a trip whose purpose is an event ("is due in X on
// Friday for an African Union summit") adds no separate visit step.
func TestQA10DueInForEvent(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "due in X for a summit", pub: "2026-03-10", label: "Next",
			body: "NAIROBI (AFP) - Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday. Ruto is due in Addis Ababa on Friday for an African Union summit, and Museveni is expected in Addis Ababa on Friday as well.",
			want: []string{"summit"}, not: []string{"Visit to"}},
	})
}
