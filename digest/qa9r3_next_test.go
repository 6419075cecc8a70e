package digest

import "testing"

// Quick-look checks, third round (s9-next3): causes of missed Next steps,
// each with invented sentences and controls that must not change.

// TestQA9R3NextMeetingBody: a gathering told by a lower-case "council",
// "forum" or "gathering" ("at a GCC ministerial council in Riyadh next
// month") is a step to come; a capitalised standing body ("the Security
// Council", "the Pacific Islands Forum") is not read as a meeting.
func TestQA9R3NextMeetingBody(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "ministerial council next month", pub: "2026-03-10", label: "Next",
			body: "DOHA (Reuters) - Qatar summoned Bahrain's envoy on Monday over a border incident. The foreign minister is expected to raise the matter with his counterparts at a ministerial council in Kuwait City next month, a diplomat said.",
			want: []string{"inisterial council in Kuwait City", "2026-04"}},
		{name: "regional forum in May", pub: "2026-03-10", label: "Next",
			body: "JAKARTA (AP) - Indonesia and Malaysia signed a fisheries accord in Jakarta on Monday. Both ministers will attend a regional forum in Bali in May to present the deal, officials said.",
			want: []string{"orum in Bali", "2026-05"}},
		{name: "control: Security Council past", pub: "2026-03-10", label: "Next",
			body: "DOHA (Reuters) - Qatar summoned Bahrain's envoy on Monday over a border incident. The Security Council discussed the dispute in January, a diplomat said.",
			not:  []string{"January", "Council"}},
	})
}
