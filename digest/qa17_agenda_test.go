package digest

import "testing"

// Stop 17's agenda rules (s17-agenda, agenda17.go): forms of news English
// the rules read wrong or not at all, each written for this test (no
// judged article's sentence): a second verb of the subject that met
// ("met ... on Tuesday and discussed A, B and C"), "the two" and plural
// offices as discussants, a second deed after a first ("agreed to X and
// discussed Y", "signed a memorandum on X and discussed Y"), "the agenda
// covered/also included", "X was on the agenda", texts in the plural
// ("memoranda covering X"), the news a list's verb makes (", capping the
// day"), vague items ("various matters", "regional and international
// issues"), an acronym in parentheses repeated, and wire adverbs after the
// last item ("here yesterday"). Every case but the controls fails before
// stop 17.

// qa17Lead opens a story whose lead names a meeting and its venue.
const qa17Lead = "HANOI, June 2 - Vietnamese and Lao officials met in Hanoi on Tuesday for two days of talks. "

// qa17Tail is a sentence of no topic after the ones a case reads.
const qa17Tail = " The talks lasted two hours, officials said."

func TestQA17AgendaForms(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "met and discussed: the list", pub: "2026-06-03", label: "Agenda",
			body: "SUVA, June 2 - Fiji's Prime Minister Sitiveni Rabuka met EU Commissioner Jozef Sikela in Suva on Tuesday and discussed loss and damage, ocean protection and climate finance." + qa17Tail,
			want: []string{"oss and damage", "cean protection", "limate finance"}},
		{name: "met and discussed: two topics", pub: "2026-06-03", label: "Agenda",
			body: "NEW DELHI, June 2 - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Tuesday and discussed rice exports and maritime security." + qa17Tail,
			want: []string{"ice exports", "aritime security"}},
		{name: "the two discussed", pub: "2026-06-03", label: "Agenda",
			body: "SUVA, June 2 - Fiji's Prime Minister Sitiveni Rabuka met EU Commissioner Jozef Sikela in Suva on Tuesday. The two discussed loss and damage, ocean protection and climate finance." + qa17Tail,
			want: []string{"oss and damage"}},
		{name: "premiers met and discussed", pub: "2026-06-03", label: "Agenda",
			body: "OSLO, June 2 - The Norwegian and Swedish premiers met in Oslo on Tuesday and discussed electricity exports and rail links." + qa17Tail,
			want: []string{"lectricity exports", "ail links"}},
		{name: "agreed to X and discussed Y", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The ministers agreed to extend a power purchase deal and discussed the reopening of the Cau Treo crossing." + qa17Tail,
			want: []string{"xtend a power purchase deal", "eopening of the Cau Treo crossing"}},
		{name: "signed a memorandum on X and discussed Y", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "They also signed a memorandum on flood warnings and discussed the reopening of the Cau Treo crossing." + qa17Tail,
			want: []string{"lood warnings", "eopening of the Cau Treo crossing"}, not: []string{"and discussed"}},
		{name: "the agenda covered", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The agenda covered timber exports, river dredging and the Nam Theun reservoir." + qa17Tail,
			want: []string{"imber exports", "iver dredging", "Nam Theun reservoir"}},
		{name: "the agenda also included", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The agenda also included timber exports, river dredging and the Nam Theun reservoir." + qa17Tail,
			want: []string{"imber exports", "iver dredging", "Nam Theun reservoir"}},
		{name: "X was also on the agenda", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The reopening of the Cau Treo crossing was also on the agenda, officials said." + qa17Tail,
			want: []string{"eopening of the Cau Treo crossing"}},
		{name: "memoranda covering", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The two governments signed three memoranda of understanding covering fisheries research, coastal shipping and tourism." + qa17Tail,
			want: []string{"isheries research", "oastal shipping", "ourism"}},
		{name: "a list's verb's news is no item", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The two governments signed four agreements covering fisheries research, coastal shipping and tourism, capping the first day of a three-day visit." + qa17Tail,
			want: []string{"isheries research"}, not: []string{"capping"}},
		{name: "vague: a number of other issues", pub: "2026-06-03", label: "Agenda",
			body: "ROME, June 2 - Italy and Tunisia met in Rome on Tuesday to discuss migration and a number of other issues. The talks also covered energy links." + qa17Tail,
			want: []string{"igration"}, not: []string{"issues"}},
		{name: "vague: various matters, including", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The ministers discussed various matters, including timber exports and river dredging." + qa17Tail,
			want: []string{"imber exports", "iver dredging"}, not: []string{"matters"}},
		{name: "vague: regional and international issues", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The ministers discussed timber exports and regional and international issues." + qa17Tail,
			want: []string{"imber exports"}, not: []string{"egional", "issues"}},
		{name: "vague: nothing else", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The ministers also discussed regional and international issues." + qa17Tail,
			want: []string{""}},
		{name: "an acronym in parentheses, repeated", pub: "2026-06-03", label: "Agenda",
			body: "ANKARA, June 2 - Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Ankara on Tuesday. They discussed security cooperation against the Kurdistan Workers' Party (PKK) and water sharing. Fidan also raised the PKK, officials said.",
			want: []string{"(PKK)"}, not: []string{"the PKK"}},
		{name: "here yesterday", pub: "2026-06-03", label: "Agenda",
			body: "VIENTIANE, June 3 - Laos and Vietnam signed five agreements covering power trade and river transport here yesterday, as the two prime ministers held their annual talks." + qa17Tail,
			want: []string{"iver transport"}, not: []string{"here yesterday"}},

		// controls: read right before stop 17 and after
		{name: "control: discussed, the list", pub: "2026-06-03", label: "Agenda",
			body: "MOSCOW, June 2 - Russian President Vladimir Putin and Chinese President Xi Jinping discussed energy supplies and the war in Ukraine on Tuesday, the Kremlin said." + qa17Tail,
			want: []string{"the war in Ukraine"}},
		{name: "control: a vague head that says which", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The ministers discussed the boundary question and historical issues." + qa17Tail,
			want: []string{"oundary question", "istorical issues"}},
		{name: "control: a list of gerunds", pub: "2026-06-03", label: "Agenda",
			body: qa17Lead + "The ministers discussed expanding timber exports, boosting investment and dredging the river." + qa17Tail,
			want: []string{"oosting investment"}},
	})
}
