package digest

import (
	"testing"
	"time"
)

// TestQA7Next: a date's event is in the date's own clause (not a noun
// across "and X said", "ahead of", ", saying"), a step with no event noun
// is told by its clause ("Parliament is due to debate the bill"), and a
// date that bounds another clause ("before the accord expires in June")
// keeps its bound.
func TestQA7Next(t *testing.T) {
	may5 := time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)
	const lead = "VILNIUS, May 5 (Reuters) - Lithuania and Latvia ended two days of border talks in Vilnius on Tuesday.\n\n"
	runQA6(t, []qa6Case{
		{name: "a verb of meeting in the date's clause beats a summit after 'ahead of'",
			body: lead + "Customs experts will meet in Daugavpils in August, the minister said, ahead of the Baltic summit in Riga in October.",
			pub:  may5, label: "Next", want: []string{"in Daugavpils: August", "Riga: October"}, not: []string{"Riga: August"}},
		{name: "a review in one clause, a conference in the next",
			body: lead + "The regional assembly will review the border regime in July, and Nauseda said Lithuania would host a donors' conference in Klaipeda in September.",
			pub:  may5, label: "Next", want: []string{"The regional assembly will review the border regime: July", "Klaipeda: September"}, not: []string{"Klaipeda: July"}},
		{name: "steps told by their clause",
			body: lead + "The Seimas is due to debate the accord on May 19, and the prime minister is expected to sign it in Riga in June.",
			pub:  may5, label: "Next", want: []string{"The Seimas is due to debate the accord: May 19"}},
		{name: "what was said, not who said it",
			body: lead + "The foreign minister called the round \"useful\" and said Latvia would open a liaison office in Vilnius by March.",
			pub:  may5, label: "Next", want: []string{"Latvia would open a liaison office in Vilnius: by March"}},
		{name: "... and that step does not date the talks",
			body: lead + "The foreign minister called the round \"useful\" and said Latvia would open a liaison office in Vilnius by 2028.",
			pub:  may5, label: "Meeting Location & Date", want: []string{"Vilnius"}, not: []string{"2028"}},
		{name: "a date bounding another clause keeps its bound",
			body: lead + "A joint commission session is expected before the current accord expires in November.",
			pub:  may5, label: "Next", want: []string{"before the current accord expires in November"}},
		{name: "no step from a denial or a doubt",
			body: lead + "The ministry has denied reports that there will be a new checkpoint in June. Though it is unclear if that will be ready by July, officials are hopeful.",
			pub:  may5, label: "Next", not: []string{"checkpoint", "unclear", "July"}},
		{name: "an adverb between the future marker and the verb of meeting",
			body: lead + "A technical working group will still meet in Daugavpils next week to discuss rail freight, an official said.",
			pub:  may5, label: "Next", want: []string{"in Daugavpils: next week"}},
		{name: "no step of people who do not negotiate",
			body: lead + "Hundreds of migrants will gather at the crossing on Friday.",
			pub:  may5, label: "Next", not: []string{"migrants"}},
	})
}

// TestQA7Location: the lead's event, told with no place of its own, is
// held in the dateline's place on the lead's day, over a meeting to come
// and over an earlier one named in the background.
func TestQA7Location(t *testing.T) {
	oct8 := time.Date(2026, 10, 8, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "an earlier host's summit is background",
			body: "SAINT-JEAN-DE-LUZ, France, Oct 8 (AFP) - Nordic and Baltic leaders agreed on Thursday on a joint energy plan at the close of a two-day summit.\n\nStore, who hosted last year's summit in Bergen, praised the deal.",
			pub:  oct8, label: loc, want: []string{"Saint-Jean-de-Luz, France", "Thursday"}, not: []string{"Bergen"}},
		{name: "a meeting scheduled elsewhere is a next step",
			body: "TROMSO, Norway, Oct 8 (Reuters) - Norway's foreign minister visited the Arctic port on Thursday, a trip that drew a protest from Moscow.\n\nHe met local officials and fishermen.\n\nA joint commission meeting is scheduled in Oslo in December.",
			pub:  oct8, label: loc, want: []string{"Tromso", "Thursday"}, not: []string{"Oslo"}},
		{name: "an event on the sidelines of an assembly",
			body: "GENEVA, Oct 8 (AP) - Donors pledged $200 million on Thursday for refugees in Chad at an event on the sidelines of the World Health Assembly.\n\nThe pledges fell short of the appeal.",
			pub:  oct8, label: loc, want: []string{"Geneva", "Thursday"}},
		{name: "a lead that only looks ahead keeps no dateline venue",
			body: "GENEVA, Oct 8 (AP) - Donors will meet next month to discuss aid for refugees in Chad, officials said on Thursday.",
			pub:  oct8, label: loc, not: []string{"Geneva"}},
		{name: "a dateline with the agency right after the town",
			body: "OTTAWA (Reuters) - Canadian and Mexican trade negotiators met on Thursday and agreed to extend a steel quota deal.",
			pub:  oct8, label: loc, want: []string{"Ottawa", "Thursday"}},
		{name: "a visit near another place is not in the dateline's town",
			body: "RIGA, Oct 8 (Reuters) - Latvia's president visited border guards near Daugavpils on Thursday.",
			pub:  oct8, label: loc, not: []string{"Riga"}},
		{name: "talks to continue elsewhere are a next step",
			body: "OSLO, Oct 8 (Reuters) - Colombian and rebel negotiators held talks on Thursday.\n\nThe talks are to continue in Havana next month.",
			pub:  oct8, label: loc, want: []string{"Oslo", "Thursday"}, not: []string{"Havana"}},
		{name: "a body in the dateline is no town",
			body: "UNITED NATIONS, Oct 8 (AP) - The General Assembly on Thursday adopted a resolution on Chad at a special session.",
			pub:  oct8, label: loc, not: []string{"United Nations"}},
	})
}

// TestQA7NewsConference: a story that is no meeting, told at a news
// conference right after the lead, is a news conference in that place on
// the lead's day (a year in an aside is no day of its own); a news
// conference at talks keeps the talks.
func TestQA7NewsConference(t *testing.T) {
	mar4 := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "a resignation announced at a news conference",
			body: "Tonga's trade minister quit on Wednesday in protest at a fisheries accord with New Zealand.\n\nFifita, who had been minister since 2023, announced her resignation at a news conference in Nuku'alofa, a day after cabinet backed the accord.",
			pub:  mar4, label: loc, want: []string{"News conference in Nuku'alofa", "Wednesday"}},
		{name: "an expulsion told at a press conference",
			body: "Estonia expelled a Russian diplomat on Wednesday over spying.\n\nThe foreign minister said at a press conference in Tallinn that the diplomat had 72 hours to leave.",
			pub:  mar4, label: loc, want: []string{"News conference in Tallinn"}},
		{name: "a press conference at talks keeps the talks",
			body: "Estonia and Latvia agreed on Wednesday to link their power grids at talks in Riga.\n\nThe two ministers told a press conference in Riga the link would open in 2028.",
			pub:  mar4, label: loc, want: []string{"Talks in Riga"}, not: []string{"News conference"}},
	})
}

// TestQA7Agenda: a topic is cut before a stance on it ("talks on X should
// be ..."), a target of someone other than the talks is no agenda, a list
// goes on after ", as well as" and ", along with", participants and
// delegates discuss, and an accord's contents are its agenda.
func TestQA7Agenda(t *testing.T) {
	jun2 := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	const lead = "Chile and Peru held talks in Lima on Tuesday.\n\n"
	runQA6(t, []qa6Case{
		{name: "a stance on the topic is cut",
			body: lead + "Bolivia's envoy said negotiations on a sea corridor must be \"fair to all\" and free of pressure.",
			pub:  jun2, label: "Agenda", want: []string{"sea corridor"}, not: []string{"fair", "must"}},
		{name: "someone's target is no agenda",
			body: lead + "Engineers aim to finish 400 km of road by June.",
			pub:  jun2, label: "Agenda", not: []string{"400 km"}},
		{name: "the talks' aim is",
			body: lead + "The talks aimed at settling a dispute over fishing quotas.",
			pub:  jun2, label: "Agenda", want: []string{"ettling a dispute over fishing quotas"}},
		{name: "participants discussed, as well as",
			body: lead + "Participants discussed water rights and mining royalties, as well as a rail link to the coast and border policing.",
			pub:  jun2, label: "Agenda", want: []string{"ater rights; mining royalties", "a rail link to the coast", "border policing"}},
		{name: "delegates discussed, along with",
			body: lead + "Delegates discussed a customs union, along with a plan to share port fees.",
			pub:  jun2, label: "Agenda", want: []string{"customs union; a plan to share port fees"}},
		{name: "what a treaty covers",
			body: lead + "The accord covers fishing rights and coastal patrols, and includes a clause on disputes.",
			pub:  jun2, label: "Agenda", want: []string{"ishing rights; coastal patrols"}, not: []string{"includes"}},
		{name: "what a programme covers is no agenda",
			body: lead + "The programme covers 20 countries.",
			pub:  jun2, label: "Agenda", not: []string{"20 countries"}},
	})
}
