package digest

import "testing"

// TestReview15CalmMadeHere: a truce, ceasefire or peace signed, agreed,
// reached or talked of "in X" places the event in X; calm sought for a
// place ("called for calm in X", "agreed to a truce in X") and trouble
// ("violence in X") name its site, not the venue.
func TestReview15CalmMadeHere(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "signed a ceasefire in", pub: "2026-04-10", label: loc,
			body: "BEIRUT, April 10 (Reuters) - Lebanese and Israeli military delegations signed a ceasefire in Naqoura on Thursday after U.S.-mediated talks.",
			want: []string{"Naqoura", "2026-04-09"}},
		{name: "agreed a truce in", pub: "2026-04-10", label: loc,
			body: "YEREVAN, April 10 (Reuters) - Armenia and Azerbaijan agreed a truce in Abu Dhabi on Thursday after talks hosted by the UAE president.",
			want: []string{"Abu Dhabi"}, not: []string{"Yerevan"}},
		{name: "reached a ceasefire in", pub: "2026-04-10", label: loc,
			body: "ISLAMABAD, April 10 (Reuters) - Pakistan and Afghanistan reached a ceasefire in Doha on Thursday after Qatari-mediated talks, both sides said.",
			want: []string{"Doha"}, not: []string{"Islamabad"}},
		{name: "talks on peace in", pub: "2026-04-10", label: loc,
			body: "JUBA, April 10 (Reuters) - South Sudanese government and rebel envoys held talks on peace in Nairobi on Thursday, Kenya's foreign ministry said.",
			want: []string{"Nairobi"}},
		{name: "called for calm in", pub: "2026-04-10", label: loc,
			body: "Gulf ministers urge calm in Yemen at Riyadh meeting\n\nRIYADH, April 10 (Reuters) - Gulf foreign ministers called on Thursday for calm in Yemen.\n\nThe meeting was held at the council's headquarters in Riyadh.",
			want: []string{"Riyadh"}, not: []string{"Yemen,"}},
		{name: "to restore peace in", pub: "2026-04-10", label: loc,
			body: "ADDIS ABABA, April 10 (Reuters) - African Union leaders met in Addis Ababa on Thursday and pledged to restore peace in Somalia.",
			want: []string{"Addis Ababa"}, not: []string{"Somalia"}},
	})
}
