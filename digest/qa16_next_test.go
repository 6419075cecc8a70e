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

// TestQA16WhereStep: a trip's next stop told in a relative "where" after
// the place ("will then fly to Kigali, where he will meet President Paul
// Kagame on Thursday") is a step of the one person named, at that place.
// A "where" of another kind (no place before it, or a past deed) stays
// out.
func TestQA16WhereStep(t *testing.T) {
	may4 := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC) // a Monday
	const lead = "Kenya's foreign minister Musalia Mudavadi held talks with his Ugandan counterpart in Kampala on Monday on the oil pipeline. "
	runQA6(t, []qa6Case{
		{name: "will then fly to Kigali, where he will meet",
			body: lead + "Mudavadi will then fly to Kigali, where he will meet President Paul Kagame on Thursday.",
			pub:  may4, label: "Next", want: []string{"in Kigali: Thursday (2026-05-07)", "Kagame"}},
		{name: "leaves for Addis Ababa, where he is expected to address",
			body: lead + "On Tuesday evening Mudavadi leaves for Addis Ababa, where he is expected to address the African Union's Peace and Security Council on Friday.",
			pub:  may4, label: "Next", want: []string{"Addis Ababa: Friday (2026-05-08)"}},
		// controls: a "where" with no place before it, and a deed done
		{name: "control: the camp where aid workers will open a clinic",
			body: lead + "Mudavadi also toured the refugee camp where aid workers will open a clinic on Thursday.",
			pub:  may4, label: "Next", not: []string{"2026-05-07"}},
		{name: "control: Nairobi, where he met",
			body: lead + "He had stopped in Nairobi, where he met the finance minister last Thursday.",
			pub:  may4, label: "Next", not: []string{"Nairobi"}},
	})
}

// TestQA16DueBy: a step due by a date whose clause has no subject the
// rules can name ("agreed ... and to review the checks by October 1",
// "asked finance ministers to agree a mechanism by the end of
// September") is named by its verb's phrase, with "by" kept in the
// date. A bare verb ("should take place by"), a forecast and a deed done
// by a date stay out.
func TestQA16DueBy(t *testing.T) {
	jun3 := time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC)
	const lead = "The interior ministers of Austria and Slovenia met in Graz on Tuesday to discuss border controls. "
	runQA6(t, []qa6Case{
		{name: "agreed to set up patrols and to review the controls by October 1",
			body: lead + "As a compromise, the two ministers, Gerhard Karner and Bostjan Poklukar, agreed to set up joint patrols in the border area and to review both sides' controls by October 1.",
			pub:  jun3, label: "Next", want: []string{"Review both sides' controls: by October 1 (2026-10-01)"}},
		{name: "asked experts to draft a readmission protocol by the end of September",
			body: lead + "The communique said the two governments would share the cost of the patrols, and asked their experts to draft a readmission protocol by the end of September.",
			pub:  jun3, label: "Next", want: []string{"Draft a readmission protocol: by the end of September (2026-09)"}},
		{name: "what is due names the day over a bare deadline",
			body: lead + "The ministers asked the two police forces to remove the last roadblocks by June 30. Slovenian officials said the deadline of June 30 could be hard to meet.",
			pub:  jun3, label: "Next", want: []string{"remove the last roadblocks: by June 30 (2026-06-30)"}, not: []string{"Deadline"}},
		// controls
		{name: "control: analysts expect the controls to end by October",
			body: lead + "Analysts said they expected both governments to lift the controls by October.",
			pub:  jun3, label: "Next", not: []string{"Lift the controls"}},
		{name: "control: finished the fence by the end of May",
			body: lead + "Slovenia said it had finished removing the border fence by the end of May.",
			pub:  jun3, label: "Next", not: []string{"fence"}},
	})
}

// TestQA16HopedAhead: what one hoped, meant or offered to do lies after
// the hope, as what one agreed to do lies after the agreement: a bare
// month after "hoped to reconvene" is the coming one, though the month
// has passed this year. A month of a deed told in the past stays in the
// past.
func TestQA16HopedAhead(t *testing.T) {
	nov4 := time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)
	const lead = "Talks on the future of the Aral Sea basin ended in Geneva on Tuesday without a deal, the UN envoy said. "
	runQA6(t, []qa6Case{
		{name: "hoped to reconvene the delegations in January",
			body: lead + "The envoy said he hoped to reconvene the five delegations in Geneva in January.",
			pub:  nov4, label: "Next", want: []string{"(2027-01)"}, not: []string{"2026-01"}},
		{name: "offered to host the next round in February",
			body: lead + "Kazakhstan's foreign minister offered to host the next round in Astana in February.",
			pub:  nov4, label: "Next", want: []string{"(2027-02)"}, not: []string{"2026-02"}},
		// control: a deed done in a month of this year
		{name: "control: the delegations met in January",
			body: lead + "The envoy said the five delegations first met in Geneva in January, when the drought was at its worst.",
			pub:  nov4, label: "Next", not: []string{"2027-01"}},
	})
}

// TestQA16SaidAfterFuture: the verb of saying that closes a sentence
// (", Pakop said.") does not date a step whose future verb stands too far
// back for the left scan ("will be presented to ... in September, and
// then to ... in December, Pakop said"): the months are the coming ones.
// A past deed told so keeps its past.
func TestQA16SaidAfterFuture(t *testing.T) {
	jul5 := time.Date(2026, 7, 5, 0, 0, 0, 0, time.UTC)
	const lead = "Fisheries ministers from across the Pacific met in Honiara on Saturday to adopt a plan against illegal fishing. "
	e := engine(t)
	for _, c := range []struct{ name, body, text, want string }{
		{"will be presented ... in December, Pakop said",
			lead + "If adopted, the plan will be presented to the region's leaders at their annual summit in Koror, the former capital of Palau, in September, and then to the tuna commission's annual session in December, Pakop said.",
			"December", "2026-12"},
		// control: a past deed closed by a verb of saying
		{"control: failed at its session in December, Pakop said",
			lead + "The tuna commission failed to agree on new catch limits at its annual session in Manila in December, Pakop said.",
			"December", "2025-12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.body, Published: jul5})
			got := ""
			for _, d := range r.Dates {
				if d.Text == c.text {
					got = d.Value
				}
			}
			if got != c.want {
				t.Errorf("%q: %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// TestQA16Forms: controls that must not change, one sentence for each form
// of a next step the brief of stop 16 named ("is expected to", "will
// travel to", "the next round", a follow-up meeting in a city in a month,
// a deadline, two steps in one sentence, a step in the last paragraph,
// an entry into force), each read right before this stop's changes.
func TestQA16Forms(t *testing.T) {
	mar10 := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	const lead = "The foreign ministers of Chile and Argentina met in Mendoza on Tuesday to discuss glaciers and a new border crossing. "
	runQA6(t, []qa6Case{
		{name: "control: is expected to visit",
			body: lead + "Chilean Foreign Minister Alberto van Klaveren is expected to visit Buenos Aires on March 24.",
			pub:  mar10, label: "Next", want: []string{"visits Buenos Aires: March 24 (2026-03-24)"}},
		{name: "control: will travel to",
			body: lead + "Van Klaveren will travel to Lima next week for talks on the Pacific Alliance.",
			pub:  mar10, label: "Next", want: []string{"visits Lima: next week (week of 2026-03-16)"}},
		{name: "control: the next round",
			body: lead + "The next round of talks will be held in Santiago in May.",
			pub:  mar10, label: "Next", want: []string{"Talks in Santiago: May (2026-05)"}},
		{name: "control: a follow-up meeting in a city in a month",
			body: lead + "The ministers agreed to hold a follow-up meeting in Punta Arenas in June.",
			pub:  mar10, label: "Next", want: []string{"Meeting in Punta Arenas: June (2026-06)"}},
		{name: "control: two steps in one sentence",
			body: lead + "Technical teams will meet in Santiago on April 2, and the two presidents are due to sign the accord in Buenos Aires in July.",
			pub:  mar10, label: "Next", want: []string{"Santiago: April 2 (2026-04-02)", "sign the accord in Buenos Aires: July (2026-07)"}},
		{name: "control: a deadline with its subject",
			body: lead + "The two governments must submit their glacier inventories to the joint commission by April 30.",
			pub:  mar10, label: "Next", want: []string{"submit their glacier inventories to the joint commission: by April 30 (2026-04-30)"}},
		{name: "control: a step in the last paragraph",
			body: lead + "Van Klaveren said the crossing would help trade.\n\nMeanwhile, the two presidents are due to meet in Santiago on April 15 to sign the accord.",
			pub:  mar10, label: "Next", want: []string{"Santiago: April 15 (2026-04-15)"}},
		{name: "control: an entry into force",
			body: lead + "Officials said the agreement would enter into force on January 1, 2027.",
			pub:  mar10, label: "Next", want: []string{"Agreement: January 1, 2027 (2027-01-01)"}},
	})
}
