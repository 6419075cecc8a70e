package digest

import "testing"

// TestQA11AgendaLongLastItem: a comma list whose last item is too long to
// keep as one topic ("A, B on Selo Island and C along the border") is
// split at its "and" rather than dropped; "between X and Y" stays whole.
func TestQA11AgendaLongLastItem(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a long last item", pub: "2026-05-06", label: "Agenda",
			body: "TARVA, May 5 (Reuters) - Norvian and Keshi defence ministers met in Tarva on Tuesday.\nThe two ministers discussed the sale of patrol boats to Kesh, the expansion of the naval base on Selo Island and joint patrols along the river border with Ostland, according to a joint statement released after the meeting.",
			want: []string{"patrol boats", "naval base on Selo Island", "joint patrols along the river border"}},
		{name: "a long last item of three", pub: "2026-05-06", label: "Agenda",
			body: "LUMA, May 5 (AP) - The prime ministers of Ostland and Varia held talks in Luma on Tuesday.\nThey discussed grain exports, the reopening of the old rail line through the Dorn valley and a common position on fishing rights in the northern gulf.",
			want: []string{"rain exports", "old rail line through the Dorn valley", "common position on fishing rights"}},
		{name: "control: between X and Y stays whole", pub: "2026-05-06", label: "Agenda",
			body: "LUMA, May 5 (AP) - The prime ministers of Ostland and Varia held talks in Luma on Tuesday.\nThey discussed grain exports, and a new ferry link between the port of Luma and the island of Keth.",
			want: []string{"between the port of Luma and the island of Keth"}},
	})
}

// TestQA11AgendaTableAndDiscussion: a sentence that opens with what lies
// on the table or the agenda lists the topics after its colon or its
// copula, and "a discussion on X" names a topic like "discussions on X".
// Control: "on the table" later in a sentence is no list.
func TestQA11AgendaTableAndDiscussion(t *testing.T) {
	lead := "TARVA, May 5 (Reuters) - Norvian and Keshi foreign ministers met in Tarva on Tuesday.\n"
	runBulletCases(t, []bulletCase{
		{name: "on the table, colon", pub: "2026-05-06", label: "Agenda",
			body: lead + "On the table, according to officials: the river border, fishing quotas and a new bridge.",
			want: []string{"river border", "fishing quotas", "new bridge"}},
		{name: "also on the agenda are", pub: "2026-05-06", label: "Agenda",
			body: lead + "Also on the agenda are rail tariffs and a joint weather service.",
			want: []string{"ail tariffs", "joint weather service"}},
		{name: "a discussion on", pub: "2026-05-06", label: "Agenda",
			body: lead + "The Keshi minister said the two sides had a long and frank discussion on fishing quotas.",
			want: []string{"ishing quotas"}},
		{name: "control: on the table mid-sentence", pub: "2026-05-06", label: "Agenda",
			body: lead + "The ministers discussed rail tariffs.\nThe minister said every option remained on the table: sanctions, tariffs, a blockade.",
			want: []string{"ail tariffs"}, not: []string{"blockade"}},
	})
}

// TestQA11AgendaNextDeed: "and" before a past-tense verb with its own
// object ends the list: the subject's next deed is no topic ("discussed
// X, and reaffirmed their bid"). What they agreed stays a topic, and a
// participle before a noun ("and revised quotas") stays in the list.
func TestQA11AgendaNextDeed(t *testing.T) {
	lead := "TARVA, May 5 (Reuters) - Norvian and Keshi foreign ministers met in Tarva on Tuesday.\n"
	runBulletCases(t, []bulletCase{
		{name: "and reaffirmed their", pub: "2026-05-06", label: "Agenda",
			body: lead + "They also discussed farm subsidies, and reaffirmed their joint bid for a seat on the council.",
			want: []string{"arm subsidies"}, not: []string{"reaffirmed"}},
		{name: "and signed a", pub: "2026-05-06", label: "Agenda",
			body: lead + "The ministers discussed river transport and signed a memorandum on cultural exchanges.",
			want: []string{"iver transport"}, not: []string{"signed a"}},
		{name: "control: and agreed to", pub: "2026-05-06", label: "Agenda",
			body: lead + "The ministers discussed river transport, and agreed to cut the number of border checks.",
			want: []string{"iver transport", "cut the number of border checks"}, not: []string{"agreed to"}},
		{name: "control: a participle before a noun", pub: "2026-05-06", label: "Agenda",
			body: lead + "The ministers discussed river transport and revised fishing quotas.",
			want: []string{"revised fishing quotas"}},
	})
}

// TestQA11AgendaTopicOpener: a sentence that opens "On X," with a side of
// the talks as its subject names X as a topic (the paragraphs of a
// communique or a readout). Controls: a date, a circumstance, and a
// subject that is no side of the talks.
func TestQA11AgendaTopicOpener(t *testing.T) {
	lead := "LUMA, June 3 (AP) - Ostland and Varia on Tuesday closed the fourth session of their joint commission in Luma.\n"
	runBulletCases(t, []bulletCase{
		{name: "numbered paragraph", pub: "2026-06-03", label: "Agenda",
			body: lead + "4. On river shipping, the two sides welcomed the dredging of the port.\n5. On public health, both sides noted progress.",
			want: []string{"iver shipping", "ublic health"}},
		{name: "a readout", pub: "2026-06-03", label: "Agenda",
			body: lead + "On energy and climate, the ministers reaffirmed their support for the grid link.",
			want: []string{"nergy and climate"}},
		{name: "control: a date", pub: "2026-06-03", label: "Agenda",
			body: lead + "On Monday, the two sides visited a port.",
			not:  []string{"Monday"}},
		{name: "control: the sidelines", pub: "2026-06-03", label: "Agenda",
			body: lead + "On the sidelines of the session, the ministers visited a port.",
			not:  []string{"sidelines"}},
		{name: "control: not a side", pub: "2026-06-03", label: "Agenda",
			body: lead + "On energy prices, analysts were sceptical.",
			not:  []string{"nergy prices"}},
	})
}

// TestQA11AgendaPastDeedBeforeNextMeeting: a sentence that tells what the
// talks discussed and then that the sides will meet again keeps its
// topics (the verb is past: the talks held); a sentence about the next
// meeting's subject ("will discuss X when they meet again") does not.
func TestQA11AgendaPastDeedBeforeNextMeeting(t *testing.T) {
	lead := "LUMA, June 3 (AP) - The foreign ministers of Ostland and Varia met in Luma on Saturday.\n"
	runBulletCases(t, []bulletCase{
		{name: "discussed, and agreed to meet again", pub: "2026-06-03", label: "Agenda",
			body: lead + "The two sides had discussed the common border, and had agreed to meet again.",
			want: []string{"ommon border"}},
		{name: "also reviewed, will meet again", pub: "2026-06-03", label: "Agenda",
			body: lead + "The ministers discussed ferry routes.\nThe ministers also reviewed a plan for a joint grid, and will meet again in July.",
			want: []string{"erry routes", "joint grid"}},
		{name: "control: the next meeting's subject", pub: "2026-06-03", label: "Agenda",
			body: lead + "The ministers discussed ferry routes.\nThey will discuss fishing rights when they meet again in Tarva in July.",
			want: []string{"erry routes"}, not: []string{"ishing rights"}},
	})
}

// TestQA11AgendaQuotedList: a statement's quoted topics are split at the
// commas and "and" between quotes, not inside them, and "and had agreed
// to meet again" after the list is the next deed, no topic.
func TestQA11AgendaQuotedList(t *testing.T) {
	lead := "LUMA, June 3 (AP) - The foreign ministers of Ostland and Varia met in Luma on Saturday.\n"
	runBulletCases(t, []bulletCase{
		{name: "a comma inside a quote", pub: "2026-06-03", label: "Agenda",
			body: lead + "The two sides discussed \"water sharing on the Dorn, including the dams\", \"grazing rights\" and \"the old salt road\", the statement said.",
			want: []string{"water sharing on the Dorn, including the dams", "grazing rights", "the old salt road"}},
		{name: "quoted topics and agreed to meet again", pub: "2026-06-03", label: "Agenda",
			body: lead + "The two sides had discussed \"de-escalation along the frontier\" and \"trade in salt\", and had agreed to meet again.",
			want: []string{"de-escalation along the frontier", "trade in salt"}, not: []string{"meet again"}},
		{name: "control: agreed to a topic stays", pub: "2026-06-03", label: "Agenda",
			body: lead + "The two sides discussed \"trade in salt\", and agreed to open a second border crossing.",
			want: []string{"trade in salt", "second border crossing"}},
	})
}

// TestQA11AgendaIssuesColon: a sentence that announces the talks'
// subjects as a set before a colon ("three issues took up most of the
// talks: A, B and C") lists them after it. Control: a set of something
// else, in a sentence that names neither the talks nor their sides.
func TestQA11AgendaIssuesColon(t *testing.T) {
	lead := "LUMA, June 3 (AP) - The foreign ministers of Ostland and Varia met in Luma on Saturday.\n"
	runBulletCases(t, []bulletCase{
		{name: "issues took up the talks", pub: "2026-06-03", label: "Agenda",
			body: lead + "Officials said two issues dominated the four hours of talks: the salt road tolls and the return of herders.",
			want: []string{"salt road tolls", "return of herders"}},
		{name: "agreed on priorities", pub: "2026-06-03", label: "Agenda",
			body: lead + "The ministers agreed on three priorities: rail links, port fees and a joint grid.",
			want: []string{"ail links", "port fees", "joint grid"}},
		{name: "control: not the talks", pub: "2026-06-03", label: "Agenda",
			body: lead + "The ministers discussed rail links.\nAnalysts listed three questions for the economy: inflation, drought and unrest.",
			want: []string{"ail links"}, not: []string{"drought"}},
	})
}
