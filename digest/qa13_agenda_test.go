package digest

import (
	"testing"
	"time"
)

var qa13May5 = time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)

// TestQA13AgendaLoneParticiple: a topic of one word that is a past
// participle or a single letter names nothing discussed ("known" cut from
// "the route, known as the Peace Road"; "left" from "the delegation that
// left"); the topics around it stay. Controls: a one-word topic that is a
// noun stays, and so does one ending in "-bed" or "-eed".
func TestQA13AgendaLoneParticiple(t *testing.T) {
	lead := "TARVA, May 5 (Reuters) - Norvian and Keshi border commissions met in Tarva on Tuesday.\n"
	runQA6(t, []qa6Case{
		{name: "known as", pub: qa13May5, label: "Agenda",
			body: lead + "The two delegations also discussed border crossing points on the planned transit route through Dorn province, known as the Peace Road, and the rules for joint patrols in areas already marked.",
			want: []string{"order crossing points"}, not: []string{"; known", "Known"}},
		{name: "known as, a corridor", pub: qa13May5, label: "Agenda",
			body: lead + "The ministers also discussed the Keshi Transport Route, known as the Middle Road, for which Norvia has pledged money.",
			want: []string{"Keshi Transport Route"}, not: []string{"; known", "Known"}},
		{name: "control: a noun alone", pub: qa13May5, label: "Agenda",
			body: lead + "The two delegations discussed trade.",
			want: []string{"rade"}},
		{name: "control: the seabed", pub: qa13May5, label: "Agenda",
			body: lead + "The two delegations discussed fishing, and the seabed.",
			want: []string{"ishing"}},
	})
}

// TestQA13AgendaClauseOpener: an item that opens with a relative
// "whose" or a subordinator ("while", "because", "between") is a clause
// or a relation cut from its sentence, no topic. Controls: "whose" later
// in a topic ("compensation for families whose houses burned") and
// "between" inside one stay.
func TestQA13AgendaClauseOpener(t *testing.T) {
	lead := "TARVA, May 5 (Reuters) - Norvian and Keshi foreign ministers met in Tarva on Tuesday.\n"
	runQA6(t, []qa6Case{
		{name: "whose first meeting", pub: qa13May5, label: "Agenda",
			body: lead + "The two sides discussed the demarcation of the river border. They agreed to set up a joint technical committee on the border, whose first meeting will take place in Tarva in December.",
			want: []string{"demarcation of the river border"}, not: []string{"whose"}},
		{name: "talks between a president and an envoy", pub: qa13May5, label: "Agenda",
			body: "TARVA, May 5 (AP) - Norvia freed 31 political prisoners after talks on Thursday between authoritarian President Olan Vesk and Keshi envoy John Marrow in Tarva, and Kesh said it would lift sanctions on Norvian potash exports in return.",
			not:  []string{"Between", "between authoritarian"}},
		{name: "control: whose inside a topic", pub: qa13May5, label: "Agenda",
			body: lead + "The ministers discussed compensation for families whose houses burned in the border clashes.",
			want: []string{"ompensation for families whose houses"}},
		{name: "control: between inside a topic", pub: qa13May5, label: "Agenda",
			body: lead + "They discussed grain exports, and a new ferry link between the port of Tarva and the island of Keth.",
			want: []string{"between the port of Tarva and the island of Keth"}},
	})
}

// TestQA13AgendaWhereOrWhen: an item that only tells where or when ("in"
// before a name, "held in ...") is no topic. Controls: "in return for ..."
// and "held at ..." stay.
func TestQA13AgendaWhereOrWhen(t *testing.T) {
	runQA6(t, []qa6Case{
		{name: "in a capital, a second leg", pub: qa13May5, label: "Agenda",
			body: "TARVA, May 5 (Reuters) - Norvia's foreign minister Olan Vesk met Keshi President Ana Rell in Tarva on Tuesday.\nThe visit comes after Vesk held talks in Dorn on Sunday with Ostland officials on lithium and copper supply, and in Luma on Monday, where he discussed nuclear cooperation with Varian counterparts.",
			not:  []string{"in Luma", "In Luma"}},
		{name: "held in a city", pub: qa13May5, label: "Agenda",
			body: "TARVA, May 5 (Reuters) - Norvian and Keshi foreign ministers met in Tarva on Tuesday.\nThe ministers discussed the commitments made at the Third Conference on the Dorn Basin, held in Luma in January 2023.",
			not:  []string{"eld in Luma"}},
		{name: "control: in return for", pub: qa13May5, label: "Agenda",
			body: "TARVA, May 5 (Reuters) - Norvian and Keshi oil ministers met in Tarva on Tuesday.\nThey discussed oil exports through the port of Dorn in return for federal transfers covering the salaries of public employees.",
			want: []string{"alaries of public employees"}},
	})
}
