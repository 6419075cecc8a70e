package digest

import (
	"testing"
	"time"
)

// qa18NextPub is the stop-18 Next cases' publication day, a Thursday.
var qa18NextPub = time.Date(2026, 6, 11, 0, 0, 0, 0, time.UTC)

// TestQA18NextBareDay: a day of the month named by its ordinal alone ("on
// the 24th of this month", "on the 14th") is read as a day (timex
// bareDay), in the Next bullet and the meeting's date.
func TestQA18NextBareDay(t *testing.T) {
	const N, L = "Next", "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{"next: the 24th of this month",
			"Indian and Chinese border negotiators held talks in Beijing on Wednesday and agreed to meet again in New Delhi on the 24th of this month, the foreign ministry said.\n\nThe talks covered patrolling.",
			qa18NextPub, N, []string{"2026-06-24"}, nil},
		{"next: the 3rd of next month",
			"Sudan's warring parties ended a round of talks in Jeddah on Tuesday and will resume them on the 3rd of next month, Saudi officials said.\n\nAid access was discussed.",
			qa18NextPub, N, []string{"2026-07-03"}, nil},
		{"next: on the 14th after a future verb",
			"Armenian and Azerbaijani foreign ministers met in Almaty on Wednesday. They will meet again in Geneva on the 14th to finish the text, officials said.\n\nThe border remains tense.",
			qa18NextPub, N, []string{"2026-06-14"}, nil},
		{"next: on the 5th, the day already past, is next month's",
			"Peru and Ecuador's foreign ministers met in Lima on Tuesday to discuss the border and will meet again on the 5th, the Peruvian ministry said.\n\nTrade was also discussed.",
			qa18NextPub, N, []string{"2026-07-05"}, nil},
		{"location: met on the 8th",
			"Serbian and Kosovan negotiators met in Brussels on the 8th to discuss vehicle plates, the European Union said on Thursday.\n\nNo deal was reached.",
			qa18NextPub, L, []string{"Brussels", "2026-06-08"}, nil},
		// controls: ordinals that count
		{"control: the 25th round",
			"Indian and Chinese negotiators held talks in Beijing on Wednesday and agreed to hold the 26th round in New Delhi in August, the ministry said.\n\nThe talks covered patrolling.",
			qa18NextPub, N, []string{"2026-08"}, []string{"2026-06-26"}},
		{"control: the 14th summit",
			"Leaders of the bloc met in Jakarta on Wednesday and will meet on the 14th summit's sidelines in Manila in October, officials said.\n\nTrade was discussed.",
			qa18NextPub, N, nil, []string{"2026-06-14"}},
	})
}
