package digest

import "testing"

// Stop 14's ranking of the Agenda (s14-agcap): the rules' items and the
// learned reader's picks compete for a full list. A rule item none of
// whose phrases the model supports (agendaSupport) ranks at
// agendaWeakRule among the model's picks; a pick the model is surer of
// takes its place when the list is full (maxAgendaItems). Every case but
// the controls fails on the code before the ranking: the rules' items
// always stayed and the model only filled what was left.

// TestQA14AgcapRanking: a full list gives a rule item the model does not
// read as a topic (a place, "the Varian capital") to a topic the model is
// sure of. Controls: a list with room keeps every rule item and adds the
// pick; a pick the model is less sure of ("a border hotline", "the return
// of displaced people") does not displace a rule item; a rule item the
// model supports ("customs rules") stays.
func TestQA14AgcapRanking(t *testing.T) {
	const lead = "LUMA, June 3 (Reuters) - The foreign ministers of Ostland and Varia met in Luma on Saturday to discuss ferry routes, fishing quotas, energy, a railway link, "
	const later = "\nThe talks lasted four hours.\n"
	runBulletCases(t, []bulletCase{
		{name: "a place gives way to a sure topic", pub: "2026-06-03", label: "Agenda",
			body: lead + "customs rules and the Tarva." + later + "Officials said electricity sales and the return of displaced people would also be discussed.",
			want: []string{"erry routes", "ustoms rules", "lectricity sales"}, not: []string{"Tarva"}},
		{name: "a city's title gives way to a sure topic", pub: "2026-06-03", label: "Agenda",
			body: lead + "customs rules and the Varian capital." + later + "Officials said electricity sales would also be discussed.",
			want: []string{"erry routes", "ustoms rules", "lectricity sales"}, not: []string{"Varian capital"}},
		{name: "control: room for both", pub: "2026-06-03", label: "Agenda",
			body: "LUMA, June 3 (Reuters) - The foreign ministers of Ostland and Varia met in Luma on Saturday to discuss ferry routes, fishing quotas, energy, a railway link and the Tarva." + later + "Officials said electricity sales would also be discussed.",
			want: []string{"erry routes", "the Tarva", "lectricity sales"}},
		{name: "control: a less sure pick does not displace", pub: "2026-06-03", label: "Agenda",
			body: lead + "customs rules and the Tarva." + later + "Officials said a border hotline would also be discussed.",
			want: []string{"erry routes", "ustoms rules", "the Tarva"}, not: []string{"hotline"}},
		{name: "control: a less sure topic does not displace", pub: "2026-06-03", label: "Agenda",
			body: lead + "customs rules and the Tarva." + later + "Officials said the return of displaced people would also be discussed.",
			want: []string{"erry routes", "ustoms rules", "the Tarva"}, not: []string{"displaced"}},
	})
}
