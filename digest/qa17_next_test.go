package digest

import (
	"testing"
	"time"
)

// TestQA17TodayStep: a step of the publication day itself, told as a plan
// or a schedule ("is scheduled to visit Samarkand today", "was due to
// travel to Nouadhibou on Wednesday" in a story of that Wednesday), is
// still ahead for the story's reader: the keys list it as the next step.
// The day's deeds ("met on Wednesday"), the day something was said and a
// step called off stay out.
func TestQA17TodayStep(t *testing.T) {
	sep30 := time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC) // a Wednesday
	const lead = "Foreign ministers of Kenya and Ethiopia met in Addis Ababa on Tuesday to discuss the disputed border and a new railway line. "
	runQA6(t, []qa6Case{
		{name: "is scheduled to fly to Mombasa today",
			body: lead + "Kenya's minister is scheduled to fly to Mombasa today to open a container terminal before returning to Nairobi.",
			pub:  sep30, label: "Next", want: []string{"2026-09-30", "Mombasa"}},
		{name: "On Wednesday, was due to travel to Gondar",
			body: lead + "On Wednesday, the Ethiopian minister was due to travel to Gondar to inspect the planned railway route.",
			pub:  sep30, label: "Next", want: []string{"2026-09-30", "Gondar"}},
		{name: "flies to Kampala on Wednesday for talks",
			body: lead + "The Kenyan minister flies to Kampala on Wednesday for talks with Ugandan officials on the pipeline.",
			pub:  sep30, label: "Next", want: []string{"2026-09-30", "Kampala"}},
		// controls: the day's deeds, and the day something was said
		{name: "control: signed an accord on Wednesday",
			body: lead + "The two ministers signed a railway accord in Addis Ababa on Wednesday and praised the talks.",
			pub:  sep30, label: "Next", not: []string{"2026-09-30"}},
		{name: "control: said on Wednesday that",
			body: lead + "The Kenyan minister said on Wednesday that the talks had been useful.",
			pub:  sep30, label: "Next", not: []string{"2026-09-30"}},
		{name: "control: will use Wednesday's meeting",
			body: lead + "Kenya will probably use Wednesday's session to press for a new customs post, analysts said.",
			pub:  sep30, label: "Next", not: []string{"2026-09-30"}},
		{name: "control: repeated on Wednesday that a deal will remain",
			body: lead + "Eritrea's foreign minister repeated on Wednesday that any deal reached without his country \"will remain a deal on paper\".",
			pub:  sep30, label: "Next", not: []string{"2026-09-30"}},
		{name: "control: a visit today called off",
			body: lead + "A planned visit to Gondar today was cancelled because of the weather.",
			pub:  sep30, label: "Next", not: []string{"2026-09-30"}},
	})
}

// TestQA17EndOfThis: a step due before the end of the month or the year
// the story is published in ("before the end of March" in a story of
// March 4, "by the end of the year") lies ahead, as "later this month"
// does; not the end of a period ("until the end of 2026"), and not under
// the name of a meeting told after the date or dated itself.
func TestQA17EndOfThis(t *testing.T) {
	mar4 := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	const lead = "ASEAN foreign ministers met in Manila on Tuesday and failed to agree on Myanmar's seat at the bloc's summits. "
	runQA6(t, []qa6Case{
		{name: "the envoy is expected to visit Naypyitaw before the end of March",
			body: lead + "The special envoy is expected to visit Naypyitaw before the end of March to meet all parties, diplomats said.",
			pub:  mar4, label: "Next", want: []string{"2026-03"}},
		{name: "a working group is to report by the end of the year",
			body: lead + "The ministers will hold a joint exercise in the Sulu Sea in September, and a working group is to report on the refugees by the end of the year.",
			pub:  mar4, label: "Next", want: []string{"by the end of the year (2026)"}},
		{name: "a meeting dated itself names no step due by the end of the year",
			body: lead + "Premiers of the member states left a two-day meeting with Prime Minister Anutin Charnvirakul on Monday with a pledge to scrap most remaining visa requirements by the end of the year.",
			pub:  mar4, label: "Next", not: []string{"Meeting with"}},
		{name: "a meeting told after the date names no step due by it",
			body: lead + "Indonesia and Malaysia said they wanted a final decision on the gas pipeline \"before the end of the year\", after a day of talks in Jakarta between their energy ministers.",
			pub:  mar4, label: "Next", not: []string{"Talks in Jakarta"}},
		// controls: the end of a period, and a target years away
		{name: "control: visa-free travel until the end of 2026",
			body: lead + "Citizens of the member states will keep travelling without visas until the end of 2026.",
			pub:  mar4, label: "Next", not: []string{"(2026)"}},
		{name: "control: emissions cut by the end of 2030",
			body: lead + "The ministers also pledged to cut regional emissions by a third by the end of 2030.",
			pub:  mar4, label: "Next", not: []string{"2030"}},
	})
}

// TestQA17StepPlace: a step's label that names no place takes the one its
// date's clause gives next to the date ("a retreat ... is planned for
// Kigali next month", "will resume on May 4 in Djibouti", "flies to
// Luanda on Thursday for talks"); a "to" that takes no traveller there
// ("handing over the chair to Ghana") gives none.
func TestQA17StepPlace(t *testing.T) {
	apr7 := time.Date(2026, 4, 7, 0, 0, 0, 0, time.UTC) // a Tuesday
	const lead = "East African leaders met in Arusha on Monday and admitted Somalia's request for observer status. "
	runQA6(t, []qa6Case{
		{name: "a retreat is planned for Kigali next month",
			body: lead + "A separate retreat of heads of state on the security situation is planned for Kigali next month, officials said.",
			pub:  apr7, label: "Next", want: []string{"Retreat in Kigali: next month (2026-05)"}},
		{name: "the mediation would resume on May 4 in Djibouti",
			body: lead + "The mediator said the mediation would resume on May 4 in Djibouti, where the regional bloc has its headquarters.",
			pub:  apr7, label: "Next", want: []string{"in Djibouti", "May 4 (2026-05-04)"}},
		{name: "flies to Luanda on Thursday for talks",
			body: lead + "The chairman flies to Luanda on Thursday for talks with Angolan officials.",
			pub:  apr7, label: "Next", want: []string{"Talks in Luanda: Thursday (2026-04-09)"}},
		// controls: a "to" of no trip, and a label with its place
		{name: "control: handing over the chair to Ghana",
			body: lead + "The chairman will host a conference before handing over the chair to Ghana on July 1.",
			pub:  apr7, label: "Next", not: []string{"Ghana"}},
		{name: "control: talks in Nairobi keep their place",
			body: lead + "The talks will resume in Nairobi in November, a spokesman said in Kampala.",
			pub:  apr7, label: "Next", want: []string{"Nairobi: November"}, not: []string{"Kampala"}},
	})
}

// TestQA17LongStep: a step whose clause is too long for an item is named
// by its head, the words up to a preposition after its verb, with the
// place the cut leaves out ("The bloc's executive secretary will present
// the findings ... in Nairobi"), rather than not at all. A clause with no verb to
// cut after stays out.
func TestQA17LongStep(t *testing.T) {
	jun3 := time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC)
	const lead = "Foreign ministers of the Portuguese-speaking countries met in Praia on Tuesday and agreed a mobility accord. "
	runQA6(t, []qa6Case{
		{name: "will present the findings ... on the sidelines of ... in Nairobi",
			body: lead + "The bloc's executive secretary will present the findings of the joint review of the mobility accord on the sidelines of the annual assembly of the African Development Bank's governors in Nairobi in September.",
			pub:  jun3, label: "Next", want: []string{"The bloc's executive secretary will present the findings of the joint review of the mobility accord in Nairobi: September (2026-09)"}},
		{name: "is due to present his report on ... to the cabinet next Monday",
			body: lead + "The bloc's executive secretary Zacarias da Costa is due to present his report on the second phase of the mobility accord to the council of ministers next Monday, a diplomat said.",
			pub:  jun3, label: "Next", want: []string{"Zacarias da Costa is due to present his report", "next Monday (2026-06-08)"}},
		// control: no verb in the words kept
		{name: "control: a long list with no verb",
			body: lead + "Delegations from Angola, Brazil, Cabo Verde, Guinea-Bissau, Equatorial Guinea, Mozambique, Portugal, Sao Tome and Principe and Timor-Leste and observers from Senegal, Georgia and Japan in September.",
			pub:  jun3, label: "Next", not: []string{"2026-09"}},
	})
}

// TestQA17QuotedDate: a step whose date alone is quoted ("would meet
// again \"in May on the margins of the forum\"") is named by the words
// before the quotation; a quotation of the whole clause stays a stance,
// and a verb with nothing after it ("hoped for \"...") no step. A plan
// told in the past perfect ("had been tentatively set for") is one, and a
// long opening phrase ("According to a protocol seen by ..., ") is
// passed over.
func TestQA17QuotedDate(t *testing.T) {
	apr14 := time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)
	const lead = "The foreign ministers of Georgia and Armenia met in Tbilisi on Monday to discuss a new border crossing. "
	runQA6(t, []qa6Case{
		{name: "would meet again \"in May on the margins of\"",
			body: lead + "The joint statement said the ministers would meet again \"in May on the margins of the Black Sea forum\" in Romania.",
			pub:  apr14, label: "Next", want: []string{"The ministers would meet again", "(2026-05)"}},
		{name: "had been tentatively set for June 2 in Batumi",
			body: lead + "Officials said the customs experts would meet in Gyumri on Thursday, and that a second round at ministerial level had been tentatively set for June 2 in Batumi.",
			pub:  apr14, label: "Next", want: []string{"A second round at ministerial level had been tentatively set in Batumi: June 2 (2026-06-02)"}},
		{name: "According to a protocol seen by ..., the sides agreed to set up a group that will report by May 15",
			body: lead + "According to a joint protocol seen by the Georgian public broadcaster, the two sides agreed to set up a working group on customs that will report by May 15.",
			pub:  apr14, label: "Next", want: []string{"(2026-05-15)"}, not: []string{"According"}},
		// controls: a whole clause quoted, and a verb with nothing after it
		{name: "control: \"We will open the road in May\"",
			body: lead + "\"We will open the road in May, or we will have failed,\" the Armenian minister said.",
			pub:  apr14, label: "Next", not: []string{"2026-05"}},
		{name: "control: hoped for \"a decision in the first half of next year\"",
			body: lead + "The Georgian minister said Tbilisi hoped for \"a final decision in the first half of next year\".",
			pub:  apr14, label: "Next", not: []string{"hoped"}},
	})
}
