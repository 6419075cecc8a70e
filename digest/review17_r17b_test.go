package digest

import "testing"

// TestReview17CalledOff: a modal or a reported decision before a bare
// "postpone"/"cancel" calls the meeting off ("will postpone", "said it
// would postpone", "its decision to cancel", "is set to cancel"); a
// threat, a refusal or a negation does not.
func TestReview17CalledOff(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "decision to cancel", pub: "2026-03-10", label: loc,
			body: "LIMA (Reuters) - Peru announced on Monday its decision to cancel the Andean Community summit scheduled for April 14 in Cusco, citing protests in the south of the country.",
			want: []string{"Cusco", "called off or postponed"}},
		{name: "is set to cancel", pub: "2026-03-10", label: loc,
			body: "VILNIUS (Reuters) - Belarus is set to cancel border talks with Lithuania scheduled for March 20 in Vilnius, the Belarusian foreign ministry said on Monday.",
			want: []string{"Vilnius", "called off or postponed"}},
		{name: "said it would postpone", pub: "2026-03-10", label: loc,
			body: "SANTIAGO (Reuters) - Chile said on Monday it would postpone the Pacific Alliance summit set for April 2 in Valparaiso because of the storm damage.",
			want: []string{"Valparaiso", "called off or postponed"}},
		{name: "own: will postpone", pub: "2026-03-10", label: loc,
			body: "WINDHOEK (Reuters) - Namibia will postpone the SADC ministerial meeting scheduled for April 9 in Swakopmund, the foreign ministry said on Monday, citing floods.",
			want: []string{"called off or postponed"}},
		{name: "will postpone gives no next step", pub: "2026-03-10", label: "Next",
			body: "CHISINAU (Reuters) - Moldova will postpone a referendum on EU membership scheduled for May 17, President Maia Sandu said on Monday.",
			not:  []string{"May 17"}},
		{name: "control: would not postpone", pub: "2026-03-10", label: loc,
			body: "SANTIAGO (Reuters) - Chile said on Monday it would not postpone the Pacific Alliance summit set for April 2 in Valparaiso despite the storm damage.",
			not:  []string{"called off"}},
		{name: "control: threatened to cancel", pub: "2026-03-10", label: loc,
			body: "LIMA (Reuters) - Peru threatened on Monday to cancel the Andean Community summit scheduled for April 14 in Cusco unless Bolivia withdrew its complaint.",
			not:  []string{"called off"}},
	})
}

// TestReview17SameMeetingStep: a story's later "The summit" or "The
// meeting", or a bare meeting noun, on the same value is the step told
// before (once in Next); a vote, or a placed conference the same month as
// bare talks, stays apart.
func TestReview17SameMeetingStep(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "due for a summit, then the summit", pub: "2026-03-10", label: "Next",
			body: "SEOUL (Reuters) - South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Seoul on Monday. Lee is expected in Canberra in June for a summit with Albanese. The June summit will focus on critical minerals.",
			want: []string{"June"}, not: []string{"; "}},
		{name: "conference and talks the same day", pub: "2026-03-10", label: "Next",
			body: "LONDON (Reuters) - British Foreign Secretary David Lammy met Sudanese officials in London on Monday. Britain will host a conference on Sudan on April 15. Talks on April 15 will include African Union envoys.",
			want: []string{"April 15"}, not: []string{"; "}},
		{name: "own: due for a meeting, then the meeting", pub: "2026-03-10", label: "Next",
			body: "PRETORIA (Reuters) - South African President Cyril Ramaphosa met Angolan President Joao Lourenco in Pretoria on Monday. Lourenco is due in Harare on Friday for a meeting of SADC leaders. The meeting on Friday will discuss eastern Congo.",
			want: []string{"Friday"}, not: []string{"; "}},
		{name: "control: talks and a vote the same day", pub: "2026-04-10", label: "Next",
			body: "GENEVA, April 10 (Reuters) - Georgian and Abkhaz envoys met in Geneva on Thursday for U.N.-mediated talks. Talks will resume on Tuesday, the U.N. mediator said. The Georgian parliament will also vote on Tuesday on a motion on the boundary line.",
			want: []string{"Talks: Tuesday", "Vote: Tuesday"}},
		{name: "control: talks and a placed conference the same month", pub: "2026-04-10", label: "Next",
			body: "VIENNA, April 10 (Reuters) - Moldovan and Transnistrian officials met in Vienna on Thursday. Talks will continue next month, officials said. A donor conference for Moldova's energy grid will also be held in Warsaw next month.",
			want: []string{"Talks: next month", "Conference in Warsaw: next month"}},
	})
}

// TestReview17DueAtHome: a leader due in his own country's place is at
// home, not visiting it; a leader due abroad still visits.
func TestReview17DueAtHome(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "own capital", pub: "2026-03-10", label: "Next",
			body: "VLADIVOSTOK (Reuters) - Russian President Vladimir Putin held talks with Chinese Premier Li Qiang in Vladivostok on Monday. Putin is expected in Moscow on Wednesday for a meeting of the Security Council. Li will continue to Hanoi.",
			want: []string{"Moscow", "Wednesday"}, not: []string{"visits"}},
		{name: "own: own capital", pub: "2026-03-10", label: "Next",
			body: "LONDON (Reuters) - Ukrainian President Volodymyr Zelensky met British Prime Minister Keir Starmer in London on Monday. Zelensky is expected in Kyiv on Thursday for a meeting with Nordic defence ministers.",
			want: []string{"Kyiv", "Thursday"}, not: []string{"visits"}},
		{name: "control: due abroad", pub: "2026-03-10", label: "Next",
			body: "VLADIVOSTOK (Reuters) - Russian President Vladimir Putin held talks with Chinese Premier Li Qiang in Vladivostok on Monday. Putin is expected in Beijing on Wednesday for a summit.",
			want: []string{"Putin visits Beijing"}},
	})
}
