package digest

import (
	"testing"
	"time"
)

// TestQA13DeadlineAhead: a deadline ("by the end of March", "before the
// end of April") set for an act still to be done (under a modal or in an
// infinitive) lies after the report, though a verb of saying or hoping in
// the past tells it: the month is the next one, not last year's, and the
// step is listed. A deadline told of a deed done stays in the past.
func TestQA13DeadlineAhead(t *testing.T) {
	oct8 := time.Date(2026, 10, 8, 0, 0, 0, 0, time.UTC)
	feb12 := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	const lead = "Defence ministers of Estonia, Latvia and Lithuania met in Tartu on Wednesday to discuss a joint drone wall. "
	const leadDoha = "Congo's government and the M23 rebels signed a prisoner-exchange deal in Doha on Wednesday after a week of talks. "
	runQA6(t, []qa6Case{
		{name: "should be launched by the end of March",
			body: lead + "Officials said the first joint tender should be launched by the end of March, with a request for funding to follow.",
			pub:  oct8, label: "Next", want: []string{"joint tender should be launched: by the end of March (2027-03)"}},
		{name: "hoped an agreement could be signed before the end of March",
			body: leadDoha + "He said he hoped a comprehensive peace agreement could be signed \"before the end of March\".",
			pub:  feb12, label: "Next", want: []string{"(2026-03)"}},
		// controls: a deadline met in the past, and one told with a past
		// verb, are no steps
		{name: "control: had withdrawn by the end of March",
			body: lead + "The three governments said the last Russian troops had withdrawn from their soil by the end of March 1994.",
			pub:  oct8, label: "Next", not: []string{"March"}},
		{name: "control: finished the survey by the end of March",
			body: lead + "Officials said the engineers finished the border survey by the end of March, ahead of schedule.",
			pub:  oct8, label: "Next", not: []string{"2027-03"}},
	})
}

// TestQA13AsideLength: a step's phrase is measured without the aside it
// leaves out ("The Tripartite Commission on missing persons, chaired by
// the International Committee of the Red Cross, will meet in Geneva"), so
// a clause of a meeting whose subject carries a long aside is a step.
func TestQA13AsideLength(t *testing.T) {
	feb25 := time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC)
	const lead = "Kuwaiti and Iraqi officials met in Baghdad on Tuesday to discuss the maritime border and missing persons. "
	runQA6(t, []qa6Case{
		{name: "a commission chaired by a long name will meet",
			body: lead + "The Tripartite Commission on missing persons, chaired by the International Committee of the Red Cross, will meet in Geneva on March 3, officials said.",
			pub:  feb25, label: "Next", want: []string{"The Tripartite Commission on missing persons will meet in Geneva: March 3 (2026-03-03)"}, not: []string{"chaired"}},
		{name: "a mechanism that brings together officials is due to meet",
			body: lead + "Before then, the Ergneti Incident Prevention and Response Mechanism, which brings together security officials near the South Ossetian line and is facilitated by the EU Monitoring Mission, is due to meet on April 9.",
			pub:  feb25, label: "Next", want: []string{"Ergneti Incident Prevention and Response Mechanism is due to meet: April 9 (2026-04-09)"}},
		// control: a clause too long even without its aside stays out
		{name: "control: a clause too long without its aside",
			body: lead + "The commission, chaired by the Red Cross, said it would ask the two governments and the families of the missing to share every record of the war years that could help find the graves in Geneva on March 3.",
			pub:  feb25, label: "Next", not: []string{"share every record"}},
	})
}

// TestQA13ModalAhead: a modal of possibility before a verb ("could hold",
// "could follow", "might resume") tells of something ahead, so a bare
// month after it is this year's coming one even when a past perfect
// follows ("if the crossings had reopened by then"); "could not", "could
// have" and "could be" leave the other words to decide.
func TestQA13ModalAhead(t *testing.T) {
	mar12 := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	const lead = "Rwanda and Burundi signed a roadmap to reopen their border in Dar es Salaam on Tuesday. "
	runQA6(t, []qa6Case{
		{name: "heads of state could hold a meeting at a summit in June",
			body: lead + "Kombo said the heads of state could hold a formal meeting at the East African Community summit in Arusha in June if the crossings had reopened by then.",
			pub:  mar12, label: "Next", want: []string{"(2026-06)"}, not: []string{"2025-06"}},
		{name: "a meeting of experts could follow in April",
			body: lead + "Diplomats said a meeting of technical experts from both countries could follow in April if the ministers had agreed on a framework.",
			pub:  mar12, label: "Next", want: []string{"Meeting of technical experts from both countries: April (2026-04)"}},
		// controls: a modal with "not" or "have" leaves the past alone
		{name: "control: could not be reached in February",
			body: lead + "Officials said the governor could not be reached in February, when the attack took place.",
			pub:  mar12, label: "Next", not: []string{"February"}},
		{name: "control: could have met in January",
			body: lead + "Kombo said the two presidents could have met in January had the talks not collapsed.",
			pub:  mar12, label: "Next", not: []string{"January"}},
	})
}

// TestQA13WhichStep: a step told in a relative clause ("..., which will
// meet for the first time in September") is named by the noun phrase
// "which" follows, from its determiner back through "of"; an object
// relative ("which Malaysia will host") names no step this way.
func TestQA13WhichStep(t *testing.T) {
	mar10 := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	const lead = "Austrian and Italian transport ministers met in Innsbruck on Monday to discuss lorry limits on the Brenner route. "
	runQA6(t, []qa6Case{
		{name: "a court, which will hear the arguments",
			body: lead + "Italy said it would press ahead with its case at the Court of Justice of the European Union in Luxembourg, which will hear the arguments on March 17.",
			pub:  mar10, label: "Next", want: []string{"The Court of Justice of the European Union in Luxembourg will hear the arguments: March 17 (2026-03-17)"}},
		{name: "a working group, which will meet",
			body: lead + "The two sides agreed to upgrade their transit dialogue into a standing working group, which will meet for the first time in September.",
			pub:  mar10, label: "Next", want: []string{"A standing working group will meet for the first time: September (2026-09)"}},
		// control: an object relative is not read as the noun's step
		{name: "control: which Malaysia will host",
			body: lead + "The ministers want the deal signed at the next Alpine summit, which Switzerland will host in Bern in October.",
			pub:  mar10, label: "Next", not: []string{"Alpine summit Switzerland"}},
	})
}
