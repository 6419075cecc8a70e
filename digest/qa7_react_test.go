package digest

import "testing"

// TestQA7ReactBackground: a deed dated by an earlier year in its own
// clause, a former office ("then-"), a thing done "in the past" or a
// habit told as the main verb is the story's background, not a reaction;
// a year in another clause, a habit in a relative clause or a year not
// earlier than the publication's keeps the reaction.
func TestQA7ReactBackground(t *testing.T) {
	const lead = "LISBON, March 3 (Reuters) - Portuguese Foreign Minister Paulo Rangel met Brazilian Foreign Minister Mauro Vieira in Lisbon on Tuesday to discuss a new trade accord. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"relative year", lead + "Argentina, which opposed a similar accord in 2019, has kept a low profile this week.", "2026-03-03", r, nil, []string{"Argentina"}},
		{"month year", lead + "Chile rejected an earlier draft in May 2021.", "2026-03-03", r, nil, []string{"Chile"}},
		{"then-", lead + "Talks broke down in 2024 after then-president Jair Bolsonaro told Congress there was no deal to be had.", "2026-03-03", r, nil, []string{"Bolsonaro"}},
		{"in the past", lead + "Paraguay's government has opposed such accords in the past.", "2026-03-03", r, nil, []string{"Paraguay"}},
		{"habit", lead + "Trade commissioner Maros Sefcovic, who was not in Lisbon, has repeatedly urged both sides to finish the text.", "2026-03-03", r, nil, []string{"Sefcovic"}},
		{"habit in relative clause", lead + "Uruguay, which has repeatedly criticized the accord, condemned the meeting.", "2026-03-03", r, []string{"Critical: Uruguay"}, nil},
		{"year elsewhere", lead + "Rangel welcomed the outcome, in the first visit by a Brazilian minister since relations cooled in 2022.", "2026-03-03", r, []string{"Paulo Rangel"}, nil},
		{"current year", lead + "Vieira said Brazil would sign the accord in 2026.", "2026-03-03", r, []string{"Mauro Vieira"}, nil},
	})
}
