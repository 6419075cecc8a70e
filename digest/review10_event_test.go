package digest

import (
	"testing"
	"time"
)

// day is a publication date for the review-10 cases.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// TestReview10Next: a short source set off by commas (", X announced,",
// ", confirmed by Y,", ", diplomats told Reuters,") and ", saying it would
// take place" do not cut an event noun from its date, and a noun event
// takes the place its clause holds it in.
func TestReview10Next(t *testing.T) {
	runQA6(t, []qa6Case{
		{name: "nx_told: announced aside",
			body: "ADDIS ABABA, Ethiopia, Jan 20 (Reuters) - The African Union's Peace and Security Council met on Tuesday and called an emergency summit on the war in Sudan.\n\nThe summit, AU Commission chairman Mahmoud Ali Youssouf announced, will be held in Kampala on Feb. 7.\n\nA ministerial meeting, confirmed by the Ugandan foreign ministry, will take place on Feb. 5.",
			pub:  day(2026, 1, 20), label: "Next", want: []string{"summit in Kampala: Feb. 7", "eeting: Feb. 5"}},
		{name: "nx_saying: saying it would take place",
			body: "RIYADH, Saudi Arabia, Nov 3 (Reuters) - The Gulf Cooperation Council on Monday announced an extraordinary summit on attacks on shipping in the Red Sea, saying it would take place in Doha on Nov. 18.",
			pub:  day(2026, 11, 3), label: "Next", want: []string{"Summit in Doha: Nov. 18"}},
		{name: "nx_said: diplomats told Reuters",
			body: "BRASILIA, Sept 8 (Reuters) - Brazil and Bolivia held talks on Tuesday on a new gas contract.\n\nA preparatory meeting of deputy ministers, diplomats told Reuters, is scheduled for Sept. 30.",
			pub:  day(2026, 9, 8), label: "Next", want: []string{"Preparatory meeting of deputy ministers: Sept. 30"}},
		{name: "a new speaker with his own clause still breaks",
			body: "VILNIUS, May 5 (Reuters) - Lithuania and Latvia ended two days of border talks in Vilnius on Tuesday.\n\nThe regional assembly will review the border regime in July, and Nauseda said Lithuania would host a donors' conference in Klaipeda in September.",
			pub:  day(2026, 5, 5), label: "Next", not: []string{"Klaipeda: July"}},
		{name: "saying it would host is no holding of the summit",
			body: "RIYADH, Saudi Arabia, Nov 3 (Reuters) - Gulf ministers met in Riyadh on Monday and announced a summit, saying it would host a donors' meeting in Jeddah on Nov. 20.",
			pub:  day(2026, 11, 3), label: "Next", not: []string{"Summit in Jeddah"}},
		{name: "loc_sochi: the talks continue in Sochi",
			body: "MOSCOW, April 14 (Reuters) - Russian and Turkish diplomats held a first round of talks on Tuesday on security along Syria's northern border, the Russian Foreign Ministry said.\n\nThe talks are to continue in Sochi on Wednesday, with deputy foreign ministers Mikhail Bogdanov and Nuh Yilmaz leading the delegations.",
			pub:  day(2026, 4, 14), label: "Next", want: []string{"alks in Sochi: Wednesday"}},
	})
}

// TestReview10Dateline: the dateline's town is no venue when the lead's
// event was at a seat named on its own ("at the Kremlin"), when the lead
// tells of it only in what someone reports in the past perfect, or in an
// aside on a person coming home; a later sentence that says where the
// lead's summit took place gives the venue.
func TestReview10Dateline(t *testing.T) {
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "loc_kremlin: talks at the Kremlin, filed from Kyiv",
			body: "KYIV, Ukraine, July 7 (Reuters) - Hungarian Prime Minister Viktor Orban held talks with Russian President Vladimir Putin at the Kremlin on Tuesday, a visit Ukraine's foreign ministry called \"a stab in the back.\"\n\nOrban said he had discussed a possible ceasefire and energy supplies with Putin.",
			pub:  day(2026, 7, 7), label: loc, not: []string{"Kyiv"}},
		{name: "loc_presser: a past-perfect summit held in Abuja",
			body: "ACCRA, Ghana, May 5 (Reuters) - Ghana's foreign minister said on Tuesday that West African leaders had backed a new election timetable for Mali at a summit held over the weekend.\n\nSamuel Okudzeto Ablakwa told a news conference that the leaders agreed the vote should take place before the end of 2027.\n\nThe summit of the Economic Community of West African States took place in Abuja on Sunday.",
			pub:  day(2026, 5, 5), label: loc, want: []string{"Summit in Abuja"}, not: []string{"Accra"}},
		{name: "a past-perfect summit with no place of its own is not the dateline's",
			body: "DAKAR, Senegal, May 5 (Reuters) - Senegal's foreign minister said on Tuesday that regional leaders had agreed a new mandate for the force at a summit held over the weekend.",
			pub:  day(2026, 5, 5), label: loc, not: []string{"Dakar"}},
		{name: "re_kin: a prisoner freed in an exchange comes home",
			body: "VILNIUS, Lithuania, Jan 7 (Reuters) - Lithuanian journalist Andrius Petraitis, freed by Belarus in a prisoner exchange on Monday, arrived home on Tuesday to a hero's welcome.",
			pub:  day(2026, 1, 7), label: loc, not: []string{"Vilnius"}},
		{name: "a meeting in the dateline's capital stays there",
			body: "MANILA, July 24 (Reuters) - Southeast Asian foreign ministers on Friday called for a code of conduct in the South China Sea, in a joint communique issued at the end of their annual meeting in the Philippine capital.",
			pub:  day(2026, 7, 24), label: loc, want: []string{"Manila"}},
	})
}

// TestReview10Background: a relative clause in the past is the story's
// own event when a day of its week dates it; "past" and "former" make an
// earlier event only before a noun of meeting; "the former capital
// Almaty" names Almaty.
func TestReview10Background(t *testing.T) {
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "loc_whomet: who met on Tuesday and Wednesday",
			body: "YEREVAN, March 11 (Reuters) - The foreign ministers of Armenia and Azerbaijan agreed on Wednesday on the full text of a peace treaty, Armenia's foreign ministry said.\n\nThe ministers, who met in Abu Dhabi on Tuesday and Wednesday, said the treaty still had to be signed by their leaders.",
			pub:  day(2026, 3, 11), label: loc, want: []string{"Abu Dhabi"}},
		{name: "loc_arrived: which arrived on Sunday",
			body: "JERUSALEM, March 2 (Reuters) - Israeli and Hamas negotiators began indirect talks on Monday on extending the Gaza ceasefire.\n\nThe delegations, which arrived in Cairo on Sunday, are meeting separately with Egyptian and Qatari mediators.\n\nThe talks are expected to continue in Doha next week.",
			pub:  day(2026, 3, 2), label: loc, want: []string{"Cairo"}, not: []string{"Jerusalem"}},
		{name: "loc_pastdays: over the past two days in Geneva",
			body: "TEHRAN, Nov 4 (Reuters) - Iran and the European powers ended a round of talks on Iran's nuclear programme on Wednesday without a deal.\n\nThe delegations had met over the past two days in Geneva, Iran's foreign ministry said.",
			pub:  day(2026, 11, 4), label: loc, want: []string{"Geneva"}, not: []string{"Tehran"}},
		{name: "loc_former: the former capital Almaty",
			body: "ASTANA, Kazakhstan, Sept 2 (Reuters) - The presidents of five Central Asian states agreed on Wednesday to share water from the Syr Darya river more fairly after a summit.\n\nThe summit was held in the former capital Almaty, where Kazakh President Kassym-Jomart Tokayev hosted his counterparts.",
			pub:  day(2026, 9, 2), label: loc, want: []string{"Almaty"}, not: []string{"Astana"}},
		{name: "an earlier host with a year stays background",
			body: "SAINT-JEAN-DE-LUZ, France, Oct 8 (AFP) - Nordic and Baltic leaders agreed on Thursday on a joint energy plan at the close of a two-day summit.\n\nStore, who hosted the previous summit in Bergen in 2025, praised the deal.",
			pub:  day(2026, 10, 8), label: loc, want: []string{"Saint-Jean-de-Luz"}, not: []string{"Bergen"}},
	})
}

// TestReview10Steps: a forecast, a belief or a doubt is no next step, and
// a bare pronoun opens none unless it is "he" or "she" for the one
// person named just before.
func TestReview10Steps(t *testing.T) {
	const lead = "ACCRA, Nov 10 (Reuters) - Ghana's talks with bondholders on restructuring $13 billion of Eurobonds stalled on Tuesday, the finance ministry said.\n\n"
	runQA6(t, []qa6Case{
		{name: "nx_forecast: analysts said",
			body: lead + "Analysts said the central bank would raise interest rates again in January.",
			pub:  day(2026, 11, 10), label: "Next", not: []string{"central bank"}},
		{name: "nx_forecast: few investors believe",
			body: lead + "Few investors believe the new bonds will be issued on Dec. 15 as the government has promised.",
			pub:  day(2026, 11, 10), label: "Next", not: []string{"bonds"}},
		{name: "economists expect",
			body: lead + "Economists at Databank expect the cedi will weaken further by March.",
			pub:  day(2026, 11, 10), label: "Next", not: []string{"cedi"}},
		{name: "a minister's step stays",
			body: lead + "Finance Minister Cassiel Ato Forson said the bondholders' committee would meet the government's advisers in London on Nov. 24.",
			pub:  day(2026, 11, 10), label: "Next", want: []string{"Nov. 24"}},
		{name: "nx_pron: it and they are dropped",
			body: "SANTIAGO, April 6 (Reuters) - Chile and Singapore signed a digital economy agreement on Monday during a visit by Singapore's trade minister Gan Kim Yong.\n\nIt will take effect on July 1 once both parliaments have approved it.\n\nThey will also review a separate tax treaty in September.",
			pub:  day(2026, 4, 6), label: "Next", not: []string{"It will", "They will"}},
		{name: "he is the one person named before",
			body: "PRISTINA, Sept 18 (Reuters) - The European Union postponed talks between Serbia and Kosovo on Thursday.\n\nThe EU special representative for the dialogue, Peter Sorensen, had spent the past two weeks shuttling between Belgrade and Pristina. He will return to the region next week to try to agree a new date, an EU official said.",
			pub:  day(2026, 9, 18), label: "Next", want: []string{"Peter Sorensen will return to the region: next week"}, not: []string{"He will"}},
	})
}

// TestReview10Kind: a future meeting of a plural subject with no article
// is a next step; a signing or a launch is not called talks, and a
// meeting the lead looks ahead to ("ahead of its annual meeting") or a
// name ("the World Economic Forum") makes no event held at the dateline.
func TestReview10Kind(t *testing.T) {
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "loc_ceremony: border commissions will meet",
			body: "WASHINGTON, Aug 8 (Reuters) - Armenia and Azerbaijan signed a peace treaty on Friday at a ceremony hosted by U.S. President Donald Trump, ending nearly four decades of conflict.\n\nThe two countries' parliaments are expected to ratify the treaty by the end of the year, and border commissions will meet in Tbilisi in October to start demarcation.",
			pub:  day(2025, 8, 8), label: "Next", want: []string{"Tbilisi: October"}},
		{name: "loc_ceremony: a signing is no talks",
			body: "WASHINGTON, Aug 8 (Reuters) - Armenia and Azerbaijan signed a peace treaty on Friday at a ceremony hosted by U.S. President Donald Trump, ending nearly four decades of conflict.",
			pub:  day(2025, 8, 8), label: loc, want: []string{"Signing in Washington"}},
		{name: "ag_covers: signed at a ceremony in Suva",
			body: "SUVA, Fiji, March 10 (Reuters) - Fiji and Tonga signed a fisheries treaty on Tuesday at a ceremony in Suva attended by ministers from both countries.",
			pub:  day(2026, 3, 10), label: loc, want: []string{"Signing in Suva"}},
		{name: "signing after talks stays talks",
			body: "SUVA, Fiji, March 10 (Reuters) - Fiji and Tonga signed a fisheries treaty on Tuesday after two days of talks.",
			pub:  day(2026, 3, 10), label: loc, want: []string{"Talks in Suva"}},
		{name: "re_label: what officials call is no call",
			body: "RABAT, Morocco, Dec 2 (Reuters) - Morocco and Mauritania launched on Tuesday what officials call the \"Atlantic Gateway,\" a road and port corridor linking the two countries to West Africa.",
			pub:  day(2026, 12, 2), label: loc, want: []string{""}},
		{name: "loc_forum: a report ahead of a meeting",
			body: "GENEVA, Switzerland, Jan 12 (Reuters) - The World Economic Forum warned on Monday that dozens of low-income countries face a debt crisis this year, in a report published ahead of its annual meeting.",
			pub:  day(2026, 1, 12), label: loc, want: []string{""}},
		{name: "a phone call still tells of talks",
			body: "RABAT, Morocco, Dec 2 (Reuters) - Morocco's king and Mauritania's president discussed the corridor on Tuesday in a telephone call, the royal court said.",
			pub:  day(2026, 12, 2), label: loc, not: []string{"Rabat"}},
	})
}

// TestReview10Ahead: a visit to come to the dateline's town does not
// date the lead's talks held there, and a meeting the lead only looks
// ahead to is a next step, not the venue.
func TestReview10Ahead(t *testing.T) {
	const loc = "Meeting Location & Date"
	const spec = "BUENOS AIRES, Argentina, July 2 (Reuters) - Argentina's talks with the International Monetary Fund over a new $20 billion programme ended on Wednesday without a deal, the economy ministry said.\n\nIMF spokeswoman Julie Kozack said the fund's staff will return to Buenos Aires on July 20 to continue the discussions."
	const forum = "GENEVA, Switzerland, Jan 12 (Reuters) - The World Economic Forum warned on Monday that dozens of low-income countries face a debt crisis this year, in a report published ahead of its annual meeting.\n\nThe annual meeting will be held in Davos from Jan. 19 to Jan. 23, with more than 60 heads of state expected."
	runQA6(t, []qa6Case{
		{name: "nx_spec: the lead's day, not the visit's",
			body: spec, pub: day(2026, 7, 2), label: loc, want: []string{"Wednesday"}, not: []string{"July 20"}},
		{name: "nx_spec: the visit is a next step",
			body: spec, pub: day(2026, 7, 2), label: "Next", want: []string{"Buenos Aires: July 20"}},
		{name: "loc_forum: no venue",
			body: forum, pub: day(2026, 1, 12), label: loc, want: []string{""}},
		{name: "loc_forum: the meeting to come is next",
			body: forum, pub: day(2026, 1, 12), label: "Next", want: []string{"Davos: Jan. 19"}},
	})
}

// TestReview10Agenda: a person after ", along with" or "with" is a
// participant, no topic.
func TestReview10Agenda(t *testing.T) {
	runQA6(t, []qa6Case{
		{name: "ag_along: a president along with",
			body: "NAIROBI, Kenya, Oct 6 (Reuters) - Kenyan President William Ruto discussed border security with Ethiopian Prime Minister Abiy Ahmed, along with Somali President Hassan Sheikh Mohamud, at talks in Nairobi on Tuesday.",
			pub:  day(2026, 10, 6), label: "Agenda", want: []string{"Border security"}, not: []string{"Hassan Sheikh Mohamud", "Abiy Ahmed"}},
		{name: "a topic along with another stays",
			body: "NAIROBI, Kenya, Oct 6 (Reuters) - Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed border security, along with refugee returns, at talks in Nairobi on Tuesday.",
			pub:  day(2026, 10, 6), label: "Agenda", want: []string{"Border security", "refugee returns"}},
	})
}

// TestReview10TakePlace: "will take place in X" is a meeting to come, no
// venue of the story.
func TestReview10TakePlace(t *testing.T) {
	const body = "VIENTIANE, Laos, Feb 11 (Reuters) - Foreign ministers of the Association of Southeast Asian Nations held their annual retreat on Wednesday to discuss tensions in the South China Sea.\n\nThe leaders' summit will take place in Kuala Lumpur in May."
	runQA6(t, []qa6Case{
		{name: "loc_retreat: no venue from the summit to come",
			body: body, pub: day(2026, 2, 11), label: "Meeting Location & Date", not: []string{"Kuala Lumpur"}},
		{name: "loc_retreat: the summit is next",
			body: body, pub: day(2026, 2, 11), label: "Next", want: []string{"Kuala Lumpur: May"}},
	})
}
