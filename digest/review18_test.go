package digest

import "testing"

// TestReview18TheStepRefersBack: "The <noun>" merges with a Next step of
// the same date only when it names that step's meeting again ("The June
// summit" after "visits Canberra for summit"), not another body's meeting
// ("The NATO summit", "The conference") told beside a visit.
func TestReview18TheStepRefersBack(t *testing.T) {
	const next = "Next"
	runBulletCases(t, []bulletCase{
		{name: "another body's summit the same day stays", pub: "2026-03-12", label: next,
			body: "PARIS (Reuters) - French Foreign Minister Jean-Noel Barrot met his Polish counterpart in Paris on Wednesday. Barrot will visit Vilnius on March 18. The NATO summit in The Hague on March 18 will also discuss air defence.",
			want: []string{"Vilnius", "NATO summit"}},
		{name: "a conference elsewhere the same day stays", pub: "2026-03-12", label: next,
			body: "ACCRA (Reuters) - Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Accra on Wednesday. Mahama will visit Abuja on March 20. The conference on the Sahel in Lisbon on March 20 will be attended by Ghana's foreign minister.",
			want: []string{"Abuja", "conference"}},
		{name: "the same summit named again merges", pub: "2026-03-12", label: next,
			body: "SEOUL (Reuters) - South Korean President Lee Jae-myung met Japan's prime minister in Seoul on Wednesday. Lee is expected in Manila in June for a summit with Philippine President Ferdinand Marcos. The June summit is expected to focus on shipping lanes.",
			want: []string{"Manila"}, not: []string{"The June summit"}},
	})
}

// TestReview18HedgedCancel: a modal "would postpone" calls a meeting off
// only when it is stated, not when it is denied, asked about, feared or
// made conditional.
func TestReview18HedgedCancel(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "stated", pub: "2026-03-12", label: loc,
			body: "DAKAR (Reuters) - Senegal will postpone the ECOWAS summit set for March 21 in Dakar, Foreign Minister Yassine Fall said on Thursday, citing security concerns. No new date was given.",
			want: []string{"called off"}},
		{name: "denied", pub: "2026-03-12", label: loc,
			body: "DAKAR (Reuters) - Senegal's foreign ministry on Thursday denied reports that it would postpone the ECOWAS summit scheduled for March 21 in Dakar. Foreign Minister Yassine Fall said preparations were on track.",
			not:  []string{"called off"}},
		{name: "asked whether", pub: "2026-03-12", label: loc,
			body: "DAKAR (Reuters) - Asked whether Senegal would postpone the ECOWAS summit set for March 21 in Dakar, Foreign Minister Yassine Fall said preparations were complete.",
			not:  []string{"called off"}},
		{name: "conditional", pub: "2026-03-12", label: loc,
			body: "NIAMEY (Reuters) - Niger warned on Thursday it might cancel talks with ECOWAS scheduled for March 18 in Niamey if the bloc did not lift sanctions. Foreign Minister Bakary Sangare said patience was wearing thin.",
			not:  []string{"called off"}},
	})
}
