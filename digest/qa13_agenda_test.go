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
