package digest

import "testing"

// Stop 18's agenda rules (s18-agenda, agenda18.go): items the rules cut
// that are no subject of the talks, and times after the subject. Each
// case was written for this test (no judged article's sentence): a clause
// that opens with an auxiliary ("had agreed to keep talking", "remains in
// custody", "are expected to start"), a participle with only its time
// ("drafted in 2023", "shelved last year"), a deadline alone ("by the end
// of September") and a time after the last item ("this week"). Every
// case but the controls fails before stop 18.

// qa18Lead opens a story whose lead names a meeting and its venue.
const qa18Lead = "SKOPJE, June 2 - North Macedonian and Albanian officials met in Skopje on Tuesday for a day of talks. "

// qa18Tail is a sentence of no topic after the ones a case reads.
const qa18Tail = " The meeting lasted three hours, officials said."

func TestQA18AgendaForms(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "had agreed to keep talking", pub: "2026-06-03", label: "Agenda",
			body: qa18Lead + "A brief note from the Albanian ministry said the two sides had held \"open and useful\" discussions on \"rail freight, the sharing of river data and vessels, and the reform of customs checks\" and had agreed to keep talking." + qa18Tail,
			want: []string{"ail freight"}, not: []string{"had agreed"}},
		{name: "are expected to start", pub: "2026-06-03", label: "Agenda",
			body: qa18Lead + "The ministers discussed rail freight and customs checks. Separate business talks on timber exports from Mavrovo, a national park near the border, are expected to start in July, the ministry said." + qa18Tail,
			want: []string{"ail freight"}, not: []string{"are expected"}},
		{name: "a participle and its year", pub: "2026-06-03", label: "Agenda",
			body: qa18Lead + "The talks focused on Tirana's list of nine proposals, drafted in 2023, which covers river traffic, school textbooks and pensions for seasonal workers." + qa18Tail,
			want: []string{"nine proposals"}, not: []string{"drafted in 2023"}},
		{name: "a deadline alone", pub: "2026-06-03", label: "Agenda",
			body: "OHRID - North Macedonia and Albania agreed to open talks on a joint border post and to draw up, by the end of September, a list of shared road projects, at their yearly council in Ohrid." + qa18Tail,
			want: []string{"joint border post"}, not: []string{"by the end of September"}},
		{name: "a time after the last item", pub: "2026-06-03", label: "Agenda",
			body: qa18Lead + "The two sides discussed the rebuilding of the Struga bridge this week." + qa18Tail,
			want: []string{"ebuilding of the Struga bridge"}, not: []string{"this week"}},

		// controls: read the same before stop 18 and after
		{name: "control: a deed due by a time", pub: "2026-06-03", label: "Agenda",
			body: qa18Lead + "The ministers agreed to finish the Kafasan power line by the end of next year." + qa18Tail,
			want: []string{"by the end of next year"}},
		{name: "control: a participle before its noun", pub: "2026-06-03", label: "Agenda",
			body: qa18Lead + "The ministers discussed the release of detained fishermen and frozen bank accounts." + qa18Tail,
			want: []string{"etained fishermen"}},
	})
}
