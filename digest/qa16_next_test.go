package digest

import (
	"testing"
	"time"
)

// TestQA16EndOutcome: the end of the meeting going on is no next step,
// but what it is to end with is ("is due to end on Friday with a joint
// declaration"): the step is the outcome, dated by the end's day, not a
// whole sentence copied without its date. An end with nothing after it,
// or with a clause of another kind, stays out.
func TestQA16EndOutcome(t *testing.T) {
	apr9 := time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC) // a Thursday
	const lead = "Foreign ministers of the Black Sea states opened a two-day conference in Varna on Thursday to discuss shipping safety and mine clearance. "
	runQA6(t, []qa6Case{
		{name: "due to end on Friday with a joint declaration",
			body: lead + "The conference is due to end on Friday with a joint declaration on demining, diplomats said.",
			pub:  apr9, label: "Next", want: []string{"Joint declaration: Friday (2026-04-10)"}, not: []string{"The conference is due"}},
		{name: "would conclude on Saturday with the signing of a protocol",
			body: lead + "Organisers said the talks would conclude on Saturday with the signing of a protocol on mine clearance.",
			pub:  apr9, label: "Next", want: []string{"Signing of a protocol: Saturday (2026-04-11)"}},
		// controls: an end with no outcome, or with another clause, is no step
		{name: "control: due to end on Friday",
			body: lead + "The conference is due to end on Friday, diplomats said.",
			pub:  apr9, label: "Next", not: []string{"2026-04-10"}},
		{name: "control: ends on Friday with ministers flying home",
			body: lead + "The conference ends on Friday with ministers flying home before the weekend.",
			pub:  apr9, label: "Next", not: []string{"2026-04-10"}},
	})
}
