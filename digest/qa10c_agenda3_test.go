package digest

import "testing"

// TestQA10cAgendaPartyDemandsSpeaker: review 23 group 3. partyDemands
// takes a demand only from a speaker of a side of the talks (a
// participant, or a minister, president, envoy of theirs), not from an
// opposition, union or rights leader, nor from a past-dated ("In 2019,")
// or aside ("Separately,") sentence. Controls: a party's minister's
// demand stays.
func TestQA10cAgendaPartyDemandsSpeaker(t *testing.T) {
	lead := "TARVA, May 4 (Reuters) - Norvia and Kesh ministers met in Tarva on Monday to discuss a fisheries agreement.\n"
	runBulletCases(t, []bulletCase{
		{name: "an opposition leader", pub: "2026-05-04", label: "Agenda",
			body: lead + "Opposition leader Irma Soll called for the resignation of the transport minister over a bribery scandal.\nThe ministers agreed to meet again in July.",
			want: []string{"isheries agreement"}, not: []string{"resignation"}},
		{name: "a union leader outside", pub: "2026-05-04", label: "Agenda",
			body: lead + "Outside, union leader Irma Soll demanded higher pay for ferry crews.",
			want: []string{"isheries agreement"}, not: []string{"higher pay"}},
		{name: "a union strike call", pub: "2026-05-04", label: "Agenda",
			body: lead + "Port union leader Irma Soll called for a general strike against the fisheries plan.",
			want: []string{"isheries agreement"}, not: []string{"general strike"}},
		{name: "a rights group head", pub: "2026-05-04", label: "Agenda",
			body: lead + "Rights group head Irma Soll called for the release of jailed blogger Anton Vey.",
			want: []string{"isheries agreement"}, not: []string{"release"}},
		{name: "a past-dated demand", pub: "2026-05-04", label: "Agenda",
			body: lead + "In 2018, Kesh President Omar Dalil called for the expulsion of Norvian diplomats.",
			want: []string{"isheries agreement"}, not: []string{"expulsion"}},
		{name: "a Separately sentence", pub: "2026-05-04", label: "Agenda",
			body: lead + "The two ministers agreed to meet again in July.\nSeparately, Norvia's opposition leader Irma Soll called for an inquiry into the sale of the national airline.",
			want: []string{"isheries agreement"}, not: []string{"inquiry"}},
		{name: "control: a party's minister at the meeting", pub: "2026-05-04", label: "Agenda",
			body: lead + "At the meeting, Kesh Foreign Minister Omar Dalil called for the reopening of fishing ports.",
			want: []string{"isheries agreement", "reopening of fishing ports"}},
		{name: "control: a party's minister", pub: "2026-05-04", label: "Agenda",
			body: lead + "Kesh Foreign Minister Omar Dalil demanded the lifting of quotas on Kesh trawlers.",
			want: []string{"lifting of quotas"}},
	})
}

// TestQA10cAgendaTravelCircumstance: review 23 group 4. A journey noun
// followed by "of", "since" or a participle is still the circumstance of
// the talks, not their topic: "on a state visit marking", "on his first
// foreign trip since", "on a tour of". Control: "the arrival of
// refugees" stays a topic (TestQA10bAgendaReview22).
func TestQA10cAgendaTravelCircumstance(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a state visit marking", pub: "2026-03-12", label: "Agenda",
			body: "TARVA, March 11 (Reuters) - Kesh President Omar Dalil held talks with Norvian Chancellor Ute Brann in Tarva on Wednesday on a state visit marking 40 years of diplomatic ties.\n\nThe two leaders dined at the palace.",
			not:  []string{"tate visit"}},
		{name: "a first trip since", pub: "2026-03-12", label: "Agenda",
			body: "TARVA, March 11 (Reuters) - Kesh Prime Minister Omar Dalil held talks with Norvian President Ute Brann in Tarva on his first foreign trip since taking office.\nThe two leaders agreed to set up a joint commission on river transport.",
			want: []string{"joint commission"}, not: []string{"foreign trip"}},
		{name: "a tour of", pub: "2026-03-12", label: "Agenda",
			body: "TARVA, March 11 (Reuters) - Kesh Prime Minister Omar Dalil held talks with Norvia's President Ute Brann in Tarva on a tour of the Selan region.\n\nThe two leaders dined at the palace.",
			not:  []string{"tour of"}},
	})
}
