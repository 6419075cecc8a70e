package digest

import "testing"

// TestReview17PossessiveMeeting: a possessive time on the meeting where a
// clause puts its people ("at last year's summit", "at next week's
// meeting", "attended last year's forum") dates that other meeting, so
// its people are no participants of today's; a possessive time on any
// other noun, or on a meeting the clause only talks about, still does not
// date the clause (review 17, group 3).
func TestReview17PossessiveMeeting(t *testing.T) {
	const lead = "LOME, March 11 (Reuters) - Ghanaian President Kofi Mensah and Togolese President Edem Agbeko met in Lome on Wednesday. "
	runReview16(t, []review16Case{
		{"present at last year's summit, absent now (rev13 among_neg shape)",
			lead + "Beninese President Romuald Wadagni was among those present at last year's summit, but he did not attend this time, his office said.",
			[]string{"Kofi Mensah", "Edem Agbeko"}, []string{"Romuald Wadagni"}},
		{"represented at next week's meeting (rev13 rep_will shape)",
			lead + "Niger will be represented by its foreign minister Bakary Sangare at next week's meeting in Niamey, officials said.",
			[]string{"Kofi Mensah", "Edem Agbeko"}, []string{"Bakary Sangare"}},
		{"represented at next week's summit (po_next_weeks_meeting shape)",
			"MUSCAT, March 11 (Reuters) - Omani Foreign Minister Badr Albusaidi met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Muscat on Wednesday. Saudi Arabia will be represented by Foreign Minister Faisal bin Farhan at next week's summit in Riyadh, officials said.",
			[]string{"Badr Albusaidi", "Mohammed bin Abdulrahman Al Thani"}, []string{"Faisal bin Farhan"}},
		{"an adjective before the meeting noun",
			lead + "Liberian President Joseph Boakai was a guest at last year's regional summit in Monrovia.",
			[]string{"Kofi Mensah", "Edem Agbeko"}, []string{"Joseph Boakai"}},
		{"control: a possessive time on an accord reviewed today",
			"ACCRA, March 11 (Reuters) - Ghanaian President Kofi Mensah and Togolese President Edem Agbeko met in Accra to review last month's border accord, officials said on Wednesday.",
			[]string{"Kofi Mensah", "Edem Agbeko"}, nil},
		{"control: a meeting today follows up on last year's summit",
			"ACCRA, March 11 (Reuters) - Ghanaian President Kofi Mensah and Togolese President Edem Agbeko met in Accra to follow up on last year's summit, officials said.",
			[]string{"Kofi Mensah", "Edem Agbeko"}, nil},
	})
}
