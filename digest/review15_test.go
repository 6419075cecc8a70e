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

// TestReview15DistinctSteps: two steps on the same day, week or month are
// one only when they are the same kind (a bare "Visit" and "Lee visits
// Australia") or the same person's trip to the same place; talks and a
// vote, or trips to two countries, stay two.
func TestReview15DistinctSteps(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "talks and a vote the same day", pub: "2026-04-10", label: "Next",
			body: "GENEVA, April 10 (Reuters) - Georgian and Abkhaz envoys met in Geneva on Thursday for U.N.-mediated talks. Talks will resume on Tuesday, the U.N. mediator said. The Georgian parliament will also vote on Tuesday on a motion on the boundary line.",
			want: []string{"Talks: Tuesday", "Vote: Tuesday"}},
		{name: "talks and a conference the same month", pub: "2026-04-10", label: "Next",
			body: "VIENNA, April 10 (Reuters) - Moldovan and Transnistrian officials met in Vienna on Thursday. Talks will continue next month, officials said. A donor conference for Moldova's energy grid will also be held in Warsaw next month.",
			want: []string{"Talks: next month", "Conference in Warsaw: next month"}},
		{name: "one leader's trips to two countries", pub: "2026-04-10", label: "Next",
			body: "TOKYO, April 10 (Reuters) - Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Tokyo on Thursday. Ishiba will visit Vietnam in July, his office said. Ishiba will also visit India in July for a summit with Prime Minister Narendra Modi.",
			want: []string{"Ishiba visits Vietnam", "Ishiba visits India"}},
		{name: "a country and its cities are one trip", pub: "2026-04-10", label: "Next",
			body: "TOKYO, April 10 (Reuters) - Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Tokyo on Thursday. Ishiba will visit Australia in July, his office said. Ishiba is expected to travel to Canberra and Sydney in July for talks on critical minerals.",
			want: []string{"Ishiba visits"}, not: []string{"; Ishiba visits"}},
	})
}

// TestReview15LeadDayAndCalledOff: a day in a relative clause about the
// traveller does not date the talks; "and instead hosted" ends the clause
// of what was cancelled; "threatened to cancel", "refused to postpone" or
// "no plans to cancel" call nothing off, while "forced ... to postpone"
// and "decided to cancel" do.
func TestReview15LeadDayAndCalledOff(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "who returned from a state visit", pub: "2026-04-10", label: loc,
			body: "SANTIAGO, Chile, April 10 (Reuters) - Chilean President Gabriel Boric, who returned home on Monday from a state visit to China, met IMF chief Kristalina Georgieva in Santiago on Wednesday.",
			want: []string{"Santiago", "Wednesday (2026-04-08)"}, not: []string{"Monday"}},
		{name: "who returned home from a trip", pub: "2026-04-10", label: loc,
			body: "NAIROBI, Kenya, April 10 (Reuters) - Kenyan President William Ruto, who returned home on Monday from a trip to Brazil, held talks with World Bank President Ajay Banga in Nairobi on Wednesday on debt relief.",
			want: []string{"Nairobi", "Wednesday"}, not: []string{"Monday"}},
		{name: "who met there: the aside is the meeting's", pub: "2026-04-10", label: loc,
			body: "DOHA, Qatar, April 10 (Reuters) - Qatari mediators urged Hamas and Israel to resume talks.\n\nThe negotiators, who met in Doha on Monday, said progress had been made.",
			want: []string{"Doha", "Monday"}},
		{name: "scrapped and instead hosted", pub: "2026-04-10", label: loc,
			body: "ANKARA, April 10 (Reuters) - Turkish President Tayyip Erdogan scrapped a planned visit to Azerbaijan and instead hosted Azerbaijani President Ilham Aliyev in Ankara on Thursday for talks on a gas pipeline.",
			want: []string{"Ankara", "Thursday"}, not: []string{"called off"}},
		{name: "threatened to cancel", pub: "2026-04-09", label: "Next",
			body: "SEOUL, April 9 (Reuters) - South Korean and Japanese officials met in Seoul on Thursday to discuss fisheries. Seoul has threatened to cancel a summit with Tokyo planned for next month if Japan does not drop its claims.",
			want: []string{"next month"}},
		{name: "refused to postpone", pub: "2026-04-10", label: "Next",
			body: "DHAKA, April 10 (Reuters) - Bangladeshi party leaders met in Dhaka on Thursday. The election commission refused to postpone the general election set for May 28, officials said.",
			want: []string{"May 28"}},
		{name: "no plans to cancel", pub: "2026-04-10", label: "Next",
			body: "CANBERRA, April 10 (Reuters) - Australian and Chinese trade officials met in Canberra on Thursday. The prime minister's office said it had no plans to cancel the prime minister's visit to Beijing next month.",
			want: []string{"next month"}},
		{name: "decided to cancel", pub: "2026-04-10", label: "Next",
			body: "CANBERRA, April 10 (Reuters) - Australian and Chinese trade officials met in Canberra on Thursday. The government decided to cancel the minister's visit to Beijing next month after the dispute.",
			not:  []string{"next month"}},
	})
}

// TestReview15AgendaSourceParticles: the source after the lead's topic
// is dropped even when the name holds a lower-case particle ("bin",
// "von der", "al-").
func TestReview15AgendaSourceParticles(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "bin", pub: "2026-04-10", label: "Agenda",
			body: "MANAMA, April 10 (Reuters) - Gulf foreign ministers called on Thursday for a ceasefire in Yemen, Bahraini Foreign Minister Abdullatif bin Rashid Al Zayani said.",
			want: []string{"A ceasefire in Yemen"}, not: []string{"Zayani"}},
		{name: "von der", pub: "2026-04-10", label: "Agenda",
			body: "BRUSSELS, April 10 (Reuters) - Serbia and Kosovo agreed on Thursday to restore direct flights between Belgrade and Pristina, European Commission President Ursula von der Leyen said.",
			want: []string{"Restore direct flights"}, not: []string{"Leyen"}},
		{name: "a plain name stays out as before", pub: "2026-04-10", label: "Agenda",
			body: "AMMAN, April 10 (Reuters) - Jordan and Syria agreed on Thursday to reopen a border crossing to trucks, Jordanian Foreign Minister Ayman Safadi said.",
			want: []string{"Reopen a border crossing to trucks"}, not: []string{"Safadi"}},
	})
}

// TestReview15LateLastYear: early in January, a meeting "in December" of
// the year before is the story's own; one of an earlier month or year is
// still background.
func TestReview15LateLastYear(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "late December told in January", pub: "2026-01-06", label: loc,
			body: "Andean ministers agreed to pool customs data, officials said on Tuesday. The ministers met in Quito in late December 2025 and signed the plan.",
			want: []string{"Quito"}},
		{name: "November told in January", pub: "2026-01-06", label: loc,
			body: "Andean ministers agreed to pool customs data, officials said on Tuesday. The ministers met in Quito in November 2025 and signed the plan.",
			want: []string{"Quito"}},
		{name: "a meeting of two years ago stays background", pub: "2026-01-06", label: loc,
			body: "LIMA, Jan 6 (Reuters) - Andean ministers agreed in Lima on Tuesday to pool customs data. The last council met in Quito in December 2024.",
			want: []string{"Lima"}, not: []string{"Quito"}},
		{name: "a meeting of last spring stays background", pub: "2026-01-06", label: loc,
			body: "LIMA, Jan 6 (Reuters) - Andean ministers agreed in Lima on Tuesday to pool customs data. The last council met in Quito in April 2025.",
			want: []string{"Lima"}, not: []string{"Quito"}},
	})
}

// TestReview15CancelledTrip: a trip called off is no venue; the meeting
// held instead is, and a meeting called off keeps its place.
func TestReview15CancelledTrip(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "cancelled a planned trip to, instead hosted", pub: "2026-04-10", label: loc,
			body: "BEIJING, April 10 (Reuters) - Chinese President Xi Jinping cancelled a planned trip to Hanoi and instead hosted Vietnamese leader To Lam in Beijing on Thursday for talks on rail links.",
			want: []string{"Beijing", "Thursday"}, not: []string{"Hanoi", "called off"}},
		{name: "scrapped a visit to", pub: "2026-04-10", label: loc,
			body: "NEW DELHI, April 10 (Reuters) - Indian Prime Minister Narendra Modi scrapped a visit to Dhaka and instead met Bangladesh's foreign adviser in New Delhi on Thursday.",
			want: []string{"New Delhi"}, not: []string{"Dhaka"}},
	})
}
