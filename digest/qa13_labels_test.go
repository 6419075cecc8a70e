package digest

import (
	"testing"
	"time"
)

// TestQA13MeetingSubject: a step's label names who meets by the subject of
// "will meet", without the verb of saying or the conjunction before it,
// and keeps a name's capitals while a common first word goes to lower
// case.
func TestQA13MeetingSubject(t *testing.T) {
	mar4 := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	const lead = "Foreign ministers of India and Bangladesh met in Dhaka on Tuesday for talks on sharing the water of the Ganges. "
	runQA6(t, []qa6Case{
		{name: "agreed that teams would meet",
			body: lead + "The two sides agreed that technical teams would meet in New Delhi in October.",
			pub:  mar4, label: "Next", want: []string{"Meeting of technical teams in New Delhi"}, not: []string{"agreed"}},
		{name: "officials said teams would meet",
			body: lead + "Officials said expert-level teams would meet in Kolkata on March 18.",
			pub:  mar4, label: "Next", want: []string{"Meeting of expert-level teams in Kolkata"}, not: []string{"said"}},
		{name: "a bloc's acronym keeps its capitals",
			body: lead + "IGAD foreign ministers are due to meet in Nairobi on April 9.",
			pub:  mar4, label: "Next", want: []string{"Meeting of IGAD foreign ministers in Nairobi"}},
		{name: "a common first word goes to lower case",
			body: lead + "Technical teams will meet in Kolkata on March 18.",
			pub:  mar4, label: "Next", want: []string{"Meeting of technical teams in Kolkata"}},
		{name: "a conjunction and a pronoun are no subject",
			body: lead + "\"We have not agreed on everything, but we will meet in Kolkata on March 18,\" the Indian minister said.",
			pub:  mar4, label: "Next", want: []string{"Meeting in Kolkata"}, not: []string{"but", "we"}},
	})
}

// TestQA13NoDecadeDate: a decade is no meeting's date ("the 1970s" gave
// "Talks in Yerevan, Armenia, the 1970s (197)").
func TestQA13NoDecadeDate(t *testing.T) {
	apr29 := time.Date(2026, 4, 29, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "a decade in the talks' sentence",
			body: "Armenian and Azerbaijani border commissions met in Yerevan on Tuesday and agreed to delimit a 40-kilometre stretch of their border. The talks in Yerevan relied on Soviet-era maps from the 1970s.",
			pub:  apr29, label: "Meeting Location & Date", want: []string{"Yerevan"}, not: []string{"1970s", "(197)"}},
	})
}
