package digest

import "testing"

// Quick-look checks, stop 10, review 23 (s10-locnext3): a reporter's
// dateline no longer beats a venue named two or more sentences on when
// that sentence's subject is the talks themselves; a later place of
// another meeting ("last met in X in August") still yields to the
// dateline. Invented sentences.

// TestQA10cTalksOwnPlaceLater: "The talks in X", "took place in X", "held
// in/at X", "hosted by ... in X" in the third sentence place the lead's
// talks over the dateline's city.
func TestQA10cTalksOwnPlaceLater(t *testing.T) {
	const lead = "LONDON, May 6 (Reuters) - Ostmark and Liran negotiators held talks on Wednesday on a border accord, officials said. The officials said the sides exchanged maps of the frontier. "
	runBulletCases(t, []bulletCase{
		{name: "the talks in X", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The talks in Vienna are mediated by Norway.",
			want: []string{"Vienna", "2026-05-06"}, not: []string{"London"}},
		{name: "took place in X", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The meeting took place in Geneva at the Palais des Nations.",
			want: []string{"Geneva", "2026-05-06"}, not: []string{"London"}},
		{name: "was held in X", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The meeting was held in Oslo.",
			want: []string{"Oslo", "2026-05-06"}, not: []string{"London"}},
		{name: "held at a post in X", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The talks, held at a U.N. office in Nairobi, are mediated by Kenya.",
			want: []string{"Nairobi", "2026-05-06"}, not: []string{"London"}},
		{name: "are taking place in X", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The talks are taking place in Vienna under Norwegian auspices.",
			want: []string{"Vienna", "2026-05-06"}, not: []string{"London"}},
		{name: "hosted by an envoy in X", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The talks were hosted by U.N. envoy Petra Vosk in Geneva.",
			want: []string{"Geneva", "2026-05-06"}, not: []string{"London"}},
		{name: "control: another meeting later on", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The two ministers last met in Geneva in March.",
			want: []string{"London", "2026-05-06"}, not: []string{"Geneva"}},
		{name: "control: the talks in X last year", pub: "2026-05-06", label: "Meeting Location & Date",
			body: lead + "The talks in Geneva last year ended without a deal.",
			want: []string{"London", "2026-05-06"}, not: []string{"Geneva"}},
	})
}
