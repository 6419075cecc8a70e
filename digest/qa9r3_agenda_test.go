package digest

import "testing"

// TestQA9R3AgendaTalksAdjuncts: the commonest lead of a meeting story
// names the talks, then who with, where and when, and only then their
// subject: "held talks with B in C on Monday on X". The subject is X.
// Controls: "on the sidelines" after the adjuncts is no subject, a date
// alone is none, and talks with no "on" phrase give no topic from them.
func TestQA9R3AgendaTalksAdjuncts(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "talks with a person, a place and a day, then the subject", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert held talks with his Vietnamese counterpart Le Van Minh in Hanoi on Monday on rice exports and fishing rights.\n\nThe meeting lasted two hours, a ministry statement said.",
			want: []string{"ice exports", "fishing rights"}, not: []string{"Monday", "Hanoi"}},
		{name: "held talks in a city on a day, then the subject", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert and his Vietnamese counterpart Le Van Minh held talks in Hanoi on Monday on rice exports.\n\nThe meeting lasted two hours, a ministry statement said.",
			want: []string{"ice exports"}, not: []string{"Monday"}},
		{name: "negotiations with a state about a subject", pub: "2026-03-02", label: "Agenda",
			body: "OSLO, March 2 (Reuters) - Norway opened negotiations with Iceland in Oslo about mackerel quotas on Monday.\n\nThe delegations will meet again in April.",
			want: []string{"ackerel quotas"}},
		{name: "control: on the sidelines", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert held talks with his Vietnamese counterpart Le Van Minh on the sidelines of the summit on Monday.\n\nThe meeting lasted two hours, a ministry statement said.",
			not:  []string{"idelines", "ummit"}},
		{name: "control: a day alone", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert held talks with his Vietnamese counterpart Le Van Minh in Hanoi on Monday.\n\nThe meeting lasted two hours, a ministry statement said.",
			not:  []string{"Monday", "Hanoi", "Minh"}},
	})
}

// TestQA9R3AgendaTalkVerbs: two common ways of naming what talks went
// over: "the ministers exchanged views on X" and "the talks were
// dominated by X". Control: "dominated by" with no meeting noun before it
// (a place run by a group) names no topic.
func TestQA9R3AgendaTalkVerbs(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "exchanged views on", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met his Vietnamese counterpart Le Van Minh in Hanoi on Monday. The ministers exchanged views on rice exports and fishing rights.\n\nThe meeting lasted two hours.",
			want: []string{"ice exports", "fishing rights"}},
		{name: "talks dominated by", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met his Vietnamese counterpart Le Van Minh in Hanoi on Monday. The talks were dominated by rice exports and fishing rights.\n\nThe meeting lasted two hours.",
			want: []string{"ice exports", "fishing rights"}},
		{name: "control: a region dominated by a group", pub: "2026-03-02", label: "Agenda",
			body: "HANOI, March 2 (Reuters) - Thai Foreign Minister Somchai Prasert met his Vietnamese counterpart Le Van Minh in Hanoi on Monday. The delta is dominated by rice farmers.\n\nThe meeting lasted two hours.",
			not:  []string{"ice farmers"}},
	})
}
