package digest

import "testing"

// TestReview12ReactRemained: "but remained/remains" is a reservation only
// before a word of worry or doubt; "remained confident", "remained in
// contact" and "remained the main route" leave the stance whole.
func TestReview12ReactRemained(t *testing.T) {
	const lead = "KHARTOUM, Jan 27 (Reuters) - Sudan's army and the Rapid Support Forces agreed a 30-day ceasefire on Tuesday. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"remained confident", lead + "Egypt welcomed the ceasefire but remained confident that a lasting deal was within reach.", "2026-01-27", r, []string{"upportive: Egypt"}, []string{"ixed: Egypt"}},
		{"remained in contact", lead + "Kenya praised the truce but remained in close contact with both sides.", "2026-01-27", r, []string{"upportive: Kenya"}, []string{"ixed: Kenya"}},
		{"remains a route", lead + "Chad welcomed the agreement but remains the main route for refugees fleeing Darfur.", "2026-01-27", r, []string{"upportive: Chad"}, []string{"ixed: Chad"}},
		{"remained deeply sceptical", lead + "Norway welcomed the ceasefire but remained deeply sceptical that it would hold.", "2026-01-27", r, []string{"ixed: Norway"}, nil},
		{"remains wary", lead + "Uganda backed the truce but remains wary of the paramilitary's intentions.", "2026-01-27", r, []string{"ixed: Uganda"}, nil},
		{"remained doubtful", lead + "Qatar welcomed the deal but remained doubtful that it would hold.", "2026-01-27", r, []string{"ixed: Qatar"}, nil},
	})
}

// TestReview12ReactDenialFalsity: naming the charge false ("lies",
// "fabricated", "politically motivated") is part of a denial of a charge
// against oneself, also when the charge is against the denier's capital
// or the country its source names; against another party it is a stand.
func TestReview12ReactDenialFalsity(t *testing.T) {
	const lead = "BRUSSELS, Oct 6 (Reuters) - Serbian and Kosovo negotiators met in Brussels on Tuesday for talks on the north of Kosovo. "
	const lead2 = "KINSHASA, June 23 (Reuters) - A U.N. report accused Rwanda on Tuesday of backing M23 rebels in eastern Congo. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"calling them lies", lead + "Serbia denied the allegations, calling them lies.", "2026-10-06", r, nil, []string{"ritical: Serbia"}},
		{"lies against capital", lead + "Serbian President Aleksandar Vucic denied the allegations against Belgrade, calling them lies.", "2026-10-06", r, nil, []string{"ritical: Aleksandar Vucic"}},
		{"fabricated against capital", lead2 + "Rwandan government spokeswoman Yolande Makolo dismissed the accusations against Kigali as fabricated.", "2026-06-23", r, nil, []string{"ritical: Yolande Makolo"}},
		{"politically motivated, own", lead + "Serbia rejected the charges as politically motivated.", "2026-10-06", r, nil, []string{"ritical: Serbia"}},
		{"false, own country by adjective", lead2 + "Rwandan Foreign Minister Olivier Nduhungirehe rejected the accusations against Rwanda as false.", "2026-06-23", r, nil, []string{"ritical: Olivier Nduhungirehe"}},
		{"against another party", lead + "Hungary rejected the charges against Serbia as baseless and politically motivated.", "2026-10-06", r, []string{"ritical: Hungary"}, nil},
		{"lies plus an accusation", lead + "Serbia denied the allegations, calling them lies, and accused Pristina of provoking violence.", "2026-10-06", r, []string{"ritical: Serbia"}, nil},
	})
}

// TestReview12ReactDatedObjectBut: a stance on a thing dated before the
// story followed by "but" and a verb of the other side ("but said it
// backed Tuesday's deal") is today's later verb; with no dated object
// both verbs make it mixed.
func TestReview12ReactDatedObjectBut(t *testing.T) {
	const lead = "LIMA, March 17 (Reuters) - Colombia and Venezuela signed a border security agreement on Tuesday. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"but said it backed", lead + "Peru criticised the agreement reached in 2024 between the two countries' armies but said it backed Tuesday's deal.", "2026-03-17", r, []string{"upportive: Peru"}, []string{"ritical: Peru"}},
		{"but said it welcomed", lead + "Chile criticised the accord signed in 2023 but said it welcomed the new deal.", "2026-03-17", r, []string{"upportive: Chile"}, []string{"ritical: Chile"}},
		{"but welcomed", lead + "Chile criticised the accord signed in 2023 but welcomed the new deal.", "2026-03-17", r, []string{"upportive: Chile"}, []string{"ritical: Chile"}},
		{"the other way", lead + "Bolivia welcomed the pact agreed in 2022 but said it opposed the new deal.", "2026-03-17", r, []string{"ritical: Bolivia"}, []string{"upportive: Bolivia"}},
		{"no dated object", lead + "Chile criticised the new deal but said it backed the talks.", "2026-03-17", r, []string{"ixed: Chile"}, nil},
	})
}

// TestReview12ReactOfficeCountry: an unnamed office holder's title gets
// its country: an adjective before the title, else the dateline's; with
// no dateline country the title alone tells nobody whose office it is.
func TestReview12ReactOfficeCountry(t *testing.T) {
	const lead = "CANBERRA, Australia, May 26 (Reuters) - Australia said on Tuesday it would double its aid to Fiji after floods. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"dateline country", lead + "The Minister for International Development welcomed the review of aid programmes.", "2026-05-26", r, []string{"upportive: Minister for International Development (Australia)"}, nil},
		{"dateline country, secretary", lead + "The Secretary for Foreign Affairs said the department would study the request.", "2026-05-26", r, []string{"Secretary for Foreign Affairs (Australia)"}, nil},
		{"adjective", lead + "The Fijian Minister for Foreign Affairs welcomed the decision.", "2026-05-26", r, []string{"upportive: Fiji"}, []string{"Minister for Foreign Affairs"}},
		{"no dateline", "Australia said on Tuesday it would double its aid to Fiji after floods. The Minister for International Development welcomed the review of aid programmes.", "2026-05-26", r, nil, []string{"Minister for International Development"}},
	})
}
