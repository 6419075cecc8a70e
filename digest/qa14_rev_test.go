package digest

import (
	"testing"
	"time"
)

// Stop 14 (s14-rev): an adversarial review of the newest readers (the
// venue reader, the date model's fill of undated talks, the participant
// model's principals who only speak, "Meeting of <who>" labels and the
// "but" stance rule). Short bodies an editor digests one way (43 cases
// below): they pin those the engine got wrong (each failed before its
// fix) and keep the ones it got right as controls. Still wrong after the stop,
// and left out of the tables (see docs/quality.md, stop 14):
//
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

// TestQA14RevProposedTalks: talks an invitation, an offer or a call asks
// for are not held on its day (proposedNoun): "Armenia on Tuesday
// accepted an invitation to talks ... The talks will be held in Abu Dhabi
// next month" dates the talks next month, not Tuesday. Controls: a
// rejected offer, talks held at someone's invitation.
func TestQA14RevProposedTalks(t *testing.T) {
	jun2 := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "an invitation accepted on a day",
			body: "Armenia on Tuesday accepted an invitation to talks with Azerbaijan, the foreign ministry in Yerevan said.\n\nThe talks will be held in Abu Dhabi next month.",
			pub:  jun2, label: loc, want: []string{"Abu Dhabi", "next month"}, not: []string{"Tuesday"}},
		// controls
		{name: "control: an offer rejected",
			body: "Venezuela on Friday rejected a U.S. offer of talks, officials in Caracas said.\n\nNorwegian mediators had hosted earlier rounds in Oslo and Barbados.\n\nA new round could take place in Mexico City next month.",
			pub:  jun2, label: loc, want: []string{"Mexico City", "next month"}, not: []string{"Friday"}},
		{name: "control: talks held at an invitation",
			body: "The foreign ministers of Armenia and Azerbaijan held talks in Abu Dhabi on Tuesday at the invitation of the United Arab Emirates.",
			pub:  jun2, label: loc, want: []string{"Abu Dhabi", "Tuesday"}},
	})
}

// TestQA14RevJudgesEvent puts one sentence early in the seed article (a
// long story the participant model reads): a minister of a third country
// who only praises the talks judges them from outside and takes no part
// (judgesEvent), though the model gave him 0.91 over the unanchored gate
// of 0.9. Controls: others who only comment stay out; the host who speaks
// is seated.
func TestQA14RevJudgesEvent(t *testing.T) {
	seed := seedArticle(t)
	for _, tc := range []struct {
		sentence, name string
		part           bool
	}{
		{"Hungarian Foreign Minister Peter Szijjarto praised the talks as a step toward peace.", "Peter Szijjarto", false},
		// controls
		{"NATO Secretary General Mark Rutte said Europe must be involved in any talks.", "Mark Rutte", false},
		{"Estonian Prime Minister Kristen Michal warned against any deal over Europe's head.", "Kristen Michal", false},
		{"Saudi Foreign Minister Faisal bin Farhan said the kingdom was proud to play its part.", "Faisal bin Farhan", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, p := afterLeadPerson(t, seed, tc.sentence, tc.name)
			if p.Participant != tc.part {
				t.Errorf("%s a participant: %v, want %v", tc.name, p.Participant, tc.part)
			}
		})
	}
}

// TestQA14RevSpeakers: in a story of talks held, who only comments takes
// no part (controls: the participant model left each of them out at the
// start of the stop, the nearest at 0.82 under the gate of 0.9), and the
// host who speaks is seated.
func TestQA14RevSpeakers(t *testing.T) {
	const lead = "GENEVA, March 10 (Reuters) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Geneva on Monday on a peace treaty. The two ministers met for four hours at a lakeside hotel, officials said. "
	const tail = " The talks covered border demarcation and transport links. Both sides agreed to meet again next month. Officials gave no further details. The two countries fought two wars over Karabakh."
	const kp = "Key Participants"
	runKPFix(t, []kpfixCase{
		{name: "control: a spokesman who comments", pub: "2026-03-10", label: kp, control: true,
			body: lead + "Azerbaijani Foreign Ministry spokesman Aykhan Hajizada said the talks had been constructive." + tail,
			has:  []string{"Mirzoyan", "Bayramov"}, hasNot: []string{"Hajizada"}},
		{name: "control: a statement from a capital", pub: "2026-03-10", label: kp, control: true,
			body:   lead + "U.S. Secretary of State Marco Rubio said in a statement that Washington stood ready to help." + tail,
			hasNot: []string{"Rubio"}},
		{name: "control: a third country's warning", pub: "2026-03-10", label: kp, control: true,
			body:   lead + "Iranian Foreign Minister Abbas Araqchi warned against any foreign military presence in the South Caucasus." + tail,
			hasNot: []string{"Araqchi"}},
		{name: "control: another state's spokeswoman", pub: "2026-03-10", label: kp, control: true,
			body:   lead + "Russian Foreign Ministry spokeswoman Maria Zakharova said the talks should have been held under Russian auspices." + tail,
			hasNot: []string{"Zakharova"}},
		{name: "control: the host who speaks", pub: "2026-03-10", label: kp, control: true,
			body: lead + "Swiss Foreign Minister Ignazio Cassis, who hosted the talks, said the atmosphere was good." + tail,
			has:  []string{"Cassis"}},
	})
}

// TestQA14RevMeetingSubject: a step's label names no state as a group
// ("Ethiopia will meet in Nairobi with Somali officials" is no "meeting
// of Ethiopia") and drops a possessive whose owner is named elsewhere or
// is the speaker ("Its members", "Our interior ministers")
// (meetingSubject); a clause of condition or time before the meeting's
// verb gives no event noun (conditionNoun: "Once the ceasefire holds the
// ministers will meet") and no subject. Controls: a condition set off by a
// comma, a group keeps its name, a time before the subject names none.
func TestQA14RevMeetingSubject(t *testing.T) {
	feb10 := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	const lead = "ADDIS ABABA, Feb 10 (Reuters) - Ethiopian and Eritrean foreign ministers held talks in Addis Ababa on Monday on the disputed border, officials said.\n\n"
	runQA6(t, []qa6Case{
		{name: "a state is no group",
			body: lead + "Officials said Ethiopia will meet in Nairobi with Somali officials on Friday.",
			pub:  feb10, label: "Next", want: []string{"Meeting in Nairobi"}, not: []string{"of Ethiopia"}},
		{name: "its members",
			body: lead + "Its members will meet in Asmara next month, the ministry said.",
			pub:  feb10, label: "Next", want: []string{"Meeting of members in Asmara"}, not: []string{"its members"}},
		{name: "our ministers",
			body: lead + "\"Our interior ministers will meet in Asmara on March 3,\" the Ethiopian minister said.",
			pub:  feb10, label: "Next", want: []string{"Meeting of interior ministers in Asmara"}, not: []string{"our"}},
		{name: "a condition's noun is no event",
			body: lead + "Once the ceasefire holds the ministers will meet in Asmara in June.",
			pub:  feb10, label: "Next", want: []string{"Meeting in Asmara"}, not: []string{"Ceasefire", "once"}},
		{name: "a clause of time runs into the subject",
			body: lead + "When the summit ends the ministers will meet again in Asmara in June.",
			pub:  feb10, label: "Next", want: []string{"Meeting in Asmara"}, not: []string{"summit ends"}},
		// controls
		{name: "control: a condition set off by a comma",
			body: lead + "If the truce holds, the two presidents will meet in Asmara in June.",
			pub:  feb10, label: "Next", want: []string{"two presidents", "Asmara"}},
		{name: "control: a working group",
			body: lead + "A technical working group will meet in Asmara next week.",
			pub:  feb10, label: "Next", want: []string{"Meeting of technical working group in Asmara"}},
		{name: "control: a time before the subject",
			body: lead + "Next week negotiators will meet in Geneva to discuss the draft, officials said.",
			pub:  feb10, label: "Next", want: []string{"Geneva"}, not: []string{"of Next week"}},
	})
}

// TestQA14RevButOwnStep: a welcome whose "but" goes on, after a plain
// verb of saying, to a step of the speaker's own ("but said he would
// travel to Honiara", "but added that he looked forward to working with",
// "but said it wanted to sign a similar one") stays supportive
// (butOwnStep). Controls: "but" with a warning, a judgement, a refusal;
// "not only ... but"; "but" inside a phrase ("long overdue but worth the
// wait"); a sentence opening on "Yet" or "But for".
func TestQA14RevButOwnStep(t *testing.T) {
	const lead = "HONIARA, May 5 (Reuters) - Solomon Islands Prime Minister Jeremiah Manele met Australian Foreign Minister Penny Wong in Honiara on Monday to sign a policing accord.\n\n"
	pub := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	e := engine(t)
	for _, c := range []struct {
		name, sentence, actor, stance string
	}{
		{"but said he would travel", "Australian Prime Minister Anthony Albanese welcomed the accord but said he would travel to Honiara next month to see it in action.", "Anthony Albanese", Supportive},
		{"but added that he looked forward to working", "New Zealand's foreign minister Winston Peters welcomed the accord, but added that he looked forward to working with both governments on it.", "Winston Peters", Supportive},
		{"but said it wanted to sign", "Indonesia praised the accord but said it wanted to sign a similar one with Australia.", "Indonesia", Supportive},
		// controls
		{"control: but warned", "Fiji welcomed the accord but warned that it must not draw the region into rivalry.", "Fiji", Mixed},
		{"control: but said a capital would judge", "Tuvalu welcomed the accord but said Funafuti would judge it by deeds rather than words.", "Tuvalu", Mixed},
		{"control: but said he would not sign", "Papua New Guinea's prime minister James Marape welcomed the accord but said he would not sign a similar one.", "James Marape", Mixed},
		{"control: not only ... but", "Japan welcomed not only the accord but the way it was negotiated.", "Japan", Supportive},
		{"control: overdue but worth the wait", "Tonga welcomed the accord, which it said was long overdue but worth the wait.", "Tonga", Supportive},
		{"control: yet another step", "\"Yet another step forward for the Pacific,\" Fijian Prime Minister Sitiveni Rabuka said of the accord.", "Sitiveni Rabuka", Supportive},
		{"control: but for", "\"But for Australia's patience, this day would never have come,\" Fijian Prime Minister Sitiveni Rabuka said, welcoming the accord.", "Sitiveni Rabuka", Supportive},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: lead + c.sentence, Published: pub})
			got := ""
			for _, x := range r.Reactions {
				if x.Actor == c.actor {
					got = x.Stance
				}
			}
			if got != c.stance {
				t.Errorf("%s: %q, want %q (%+v)", c.actor, got, c.stance, r.Reactions)
			}
		})
	}
}
