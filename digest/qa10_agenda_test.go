package digest

import "testing"

// TestQA10AgendaBodyDiscussed: a council, commission or committee that
// "discussed" a subject is the meeting speaking, and so is a subject set
// off by an appositive ("The council, chaired by X, also discussed").
// Controls: a relative clause, a passive and a non-meeting subject keep
// no agenda from the verb.
func TestQA10AgendaBodyDiscussed(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a council past its chair", pub: "2026-03-12", label: "Agenda",
			body: "LUSAKA, March 12 (AFP) - Ministers of the Zambezi River Authority met in Lusaka on Wednesday.\n\nThe council, chaired by Zambia's Minister of Energy, Peter Banda, also discussed the silting of the Kariba dam and a new tariff for power exports.",
			want: []string{"silting of the Kariba dam", "new tariff for power exports"}},
		{name: "a committee", pub: "2026-03-12", label: "Agenda",
			body: "GENEVA, March 12 (Reuters) - Delegates from Chile and Peru met in Geneva on Wednesday.\n\nThe joint committee discussed fishing quotas in the Humboldt current.",
			want: []string{"ishing quotas"}},
		{name: "delegates also raised", pub: "2026-03-12", label: "Agenda",
			body: "ADDIS ABABA, March 12 (AFP) - Ministers from Kenya and Ethiopia met in Addis Ababa on Wednesday.\n\nDelegates also raised the cost of cross-border trucking, officials said.",
			want: []string{"cost of cross-border trucking"}},
		{name: "raised the issue of", pub: "2026-03-12", label: "Agenda",
			body: "HANOI, March 12 (Reuters) - Vietnam's foreign minister met his Philippine counterpart in Hanoi on Wednesday.\n\nThe Philippine minister raised the issue of fishing rights near the Spratly Islands.",
			want: []string{"ishing rights near the Spratly Islands"}, not: []string{"issue of"}},
		{name: "control: raised a sum", pub: "2026-03-12", label: "Agenda",
			body: "HANOI, March 12 (Reuters) - Vietnam's foreign minister met his Philippine counterpart in Hanoi on Wednesday to discuss trade.\n\nVietnam raised $2 billion in a bond sale last month.",
			want: []string{"rade"}, not: []string{"billion"}},
		{name: "control: a passive", pub: "2026-03-12", label: "Agenda",
			body: "HANOI, March 12 (Reuters) - Vietnam's foreign minister met his Philippine counterpart in Hanoi on Wednesday to discuss trade.\n\nThe dispute was raised by fishermen in 2024.",
			want: []string{"rade"}, not: []string{"fishermen"}},
	})
}

// TestQA10AgendaAside: an aside set off by commas inside a list of topics
// (a non-restrictive relative clause, a time span "a year after ...") is
// left out and the list goes on after it. Controls: an aside at the end
// of the list (nothing after it) and a source after the aside.
func TestQA10AgendaAside(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a relative clause inside the list", pub: "2026-03-12", label: "Agenda",
			body: "DAKAR, March 12 (AFP) - Ministers from Senegal and Mauritania met in Dakar on Wednesday.\n\nThe two ministers also discussed the silting of the river, which has lost a third of its flow since 1990, a planned gas pipeline and the licensing of fishing boats.",
			want: []string{"silting of the river", "gas pipeline", "licensing of fishing boats"}, not: []string{"third of its flow"}},
		{name: "a time span inside the list", pub: "2026-03-12", label: "Agenda",
			body: "RIGA, March 12 (Reuters) - Latvia's president received his Estonian counterpart in Riga on Wednesday.\n\nThe two presidents discussed air defence, a year after drones entered Latvian airspace, and energy links.",
			want: []string{"ir defence", "nergy links"}, not: []string{"a year"}},
		{name: "control: the aside ends the sentence", pub: "2026-03-12", label: "Agenda",
			body: "RIGA, March 12 (Reuters) - Latvia's president received his Estonian counterpart in Riga on Wednesday.\n\nThe two presidents discussed air defence, which both see as urgent.",
			want: []string{"ir defence"}, not: []string{"urgent"}},
		{name: "control: a source after the aside", pub: "2026-03-12", label: "Agenda",
			body: "RIGA, March 12 (Reuters) - Latvia's president received his Estonian counterpart in Riga on Wednesday.\n\nThe two presidents discussed air defence, which both see as urgent, the Latvian president's office said.",
			want: []string{"ir defence"}, not: []string{"office"}},
	})
}
