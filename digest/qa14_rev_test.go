package digest

import (
	"testing"
	"time"
)

// Stop 14 (s14-rev): an adversarial review of the newest readers (the
// venue reader, the date model's fill of undated talks, the participant
// model's principals who only speak, "Meeting of <who>" labels and the
// "but" stance rule). Forty short bodies an editor digests one way; the
// cases below pin those the engine got wrong (each failed before its fix)
// and keep the ones it got right as controls. Still wrong after the stop,
// and left out of the tables (see docs/quality.md, stop 14):
//
//   - "Armenia on Tuesday accepted an invitation to talks with Azerbaijan
//     ... The talks will be held in Abu Dhabi next month": now placed in
//     Abu Dhabi, but dated Tuesday (the invitation's day);
//   - "Once the ceasefire holds the ministers will meet in Asmara in
//     June": the Next label is "Ceasefire in Asmara" (the condition's noun);
//   - "welcomed the accord but urged other Pacific nations to follow suit"
//     and "welcomed the accord but noted that it was the first of its kind"
//     read mixed.

// TestQA14RevSpeakerSite: a place in the name of the story's source
// ("officials in Caracas said", "the foreign ministry in Yerevan said",
// "told reporters in Ankara") is where the source speaks, not the venue
// (speakerSite). Controls: a place of the past round, a place in a quote,
// a call, a look-ahead story's earlier round.
func TestQA14RevSpeakerSite(t *testing.T) {
	jun2 := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "told reporters in a capital",
			body: "Delegations from Kyiv and Moscow are due to meet next week, Turkish officials told reporters in Ankara.\n\nThe talks would focus on a prisoner exchange.",
			pub:  jun2, label: loc, not: []string{"Ankara"}},
		{name: "the foreign ministry in its capital said",
			body: "Armenia on Tuesday accepted an invitation to talks with Azerbaijan, the foreign ministry in Yerevan said.\n\nThe talks will be held in Abu Dhabi next month.",
			pub:  jun2, label: loc, want: []string{"Abu Dhabi"}, not: []string{"Yerevan"}},
		{name: "officials in a capital said",
			body: "Venezuela on Friday rejected a U.S. offer of talks, officials in Caracas said.\n\nNorwegian mediators had hosted earlier rounds in Oslo and Barbados.\n\nA new round could take place in Mexico City next month.",
			pub:  jun2, label: loc, not: []string{"Caracas"}},
		// controls
		{name: "control: the previous round's place",
			body: "Negotiators from Armenia and Azerbaijan met on Tuesday for a new round of talks on a peace treaty, officials said.\n\nThe previous round was held in Geneva in March.\n\nThe talks focused on border demarcation and transport links.",
			pub:  jun2, label: loc, not: []string{"Geneva"}},
		{name: "control: a place in a quote",
			body: "Iranian and European diplomats will meet next week to discuss the nuclear programme, officials said.\n\n\"This is not Vienna in 2015,\" one European diplomat said.",
			pub:  jun2, label: loc, not: []string{"Vienna"}},
		{name: "control: a call and an offer to host",
			body: "Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Tuesday and offered to host peace talks in Istanbul, his office said.",
			pub:  jun2, label: loc, want: []string{"Phone call"}, not: []string{"Istanbul"}},
		{name: "control: the earlier round of a story that looks ahead",
			body: "Iran on Monday rejected a European proposal to extend the nuclear deal, the foreign ministry said.\n\nThe previous round of talks was held in Geneva in March.\n\nEuropean and Iranian diplomats will meet again in Oslo next month.",
			pub:  jun2, label: loc, not: []string{"Geneva"}},
		{name: "control: the talks named beside the speaker's place",
			body: "Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks, officials in Kyiv said.",
			pub:  jun2, label: loc, want: []string{"Istanbul", "Monday"}, not: []string{"Kyiv"}},
	})
}

// TestQA14RevSayingShifted: the day of saying does not date talks the
// reported words put before it ("said on Tuesday that its envoy had held
// talks ... in Kabul", "reported on Wednesday that ... had met ... in
// Doha") or after it ("said on Monday that he would not attend talks in
// Jeddah") (sayingShifted, in the rules' day of the venue's sentence and
// in otherEventDate for the date model's fill). Controls: talks told
// before the day of saying, talks to come, a part of a day of another
// event, a statement's day in another sentence, a report's day.
func TestQA14RevSayingShifted(t *testing.T) {
	may6 := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "said that its envoy had held talks",
			body: "ISLAMABAD, May 6 (Reuters) - Pakistan's foreign ministry said on Tuesday that its special envoy had held talks with Taliban officials in Kabul on border security.\n\nThe envoy, Mohammad Sadiq, also discussed refugee returns, the ministry said.",
			pub:  may6, label: loc, want: []string{"Kabul"}, not: []string{"Tuesday"}},
		{name: "said that he would not attend talks",
			body: "Sudan's army chief said on Monday that he would not attend talks in Jeddah with the Rapid Support Forces.\n\nThe talks, mediated by Saudi Arabia and the United States, are meant to agree a ceasefire.",
			pub:  may6, label: loc, want: []string{"Jeddah"}, not: []string{"Monday"}},
		{name: "reported that a spy chief had met",
			body: "Israeli media reported on Wednesday that Mossad chief David Barnea had met Qatari officials in Doha.\n\nThe talks focused on a hostage deal.",
			pub:  may6, label: loc, want: []string{"Doha"}, not: []string{"Wednesday"}},
		// controls
		{name: "control: said on a day after talks",
			body: "The two leaders told reporters on Tuesday after talks in Nairobi that they would deepen ties in trade and energy.",
			pub:  may6, label: loc, want: []string{"Nairobi", "Tuesday"}},
		{name: "control: talks to resume",
			body: "Qatari officials said on Friday that talks in Doha between Israel and Hamas would resume next week.\n\nMediators from Egypt and the United States are expected to attend.",
			pub:  may6, label: loc, want: []string{"Doha"}, not: []string{"Friday"}},
		{name: "control: another event's night",
			body: "Russian and Ukrainian delegations held a second round of talks in Istanbul, Turkish officials said.\n\nOn Thursday night, Russian drones struck Kharkiv, killing three people.\n\nThe talks produced an agreement on prisoner exchanges.",
			pub:  may6, label: loc, want: []string{"Istanbul"}, not: []string{"Thursday"}},
		{name: "control: a statement's day in another sentence",
			body: "The presidents of Kenya and Somalia held talks in Nairobi, the Kenyan presidency said.\n\nOn Wednesday, Kenya's foreign ministry issued a statement welcoming the outcome.",
			pub:  may6, label: loc, want: []string{"Nairobi"}, not: []string{"Wednesday"}},
		{name: "control: a report's day",
			body: "A report published on Wednesday by the Wall Street Journal said U.S. and Iranian envoys had met secretly in Oman.\n\nNeither government confirmed the meeting.",
			pub:  may6, label: loc, want: []string{"Oman"}, not: []string{"Wednesday"}},
	})
}
