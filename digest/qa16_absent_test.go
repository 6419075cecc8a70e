package digest

import (
	"testing"
	"time"
)

// qa16Pub is the publication day of the stop-16 Absent/Excluded cases.
var qa16Pub = time.Date(2026, 6, 18, 0, 0, 0, 0, time.UTC)

// qa16Body builds a short story of a regional meeting around one sentence
// that tells (or does not tell) of an absence.
func qa16Body(s string) string {
	return "Regional ministers meet in Tirana\n\nTIRANA, June 17 (Reuters) - Foreign ministers of the Western Balkans met in Tirana on Wednesday and agreed to open a joint customs office on the border.\n" +
		"Albanian Foreign Minister Elisa Spiropali hosted the talks with her counterparts from Serbia, North Macedonia and Montenegro.\n" +
		s + "\n" +
		"The ministers will meet again in Skopje in October."
}

// qa16Case builds an Absent/Excluded case around one sentence.
func qa16Case(name, s string, want, not []string) qa6Case {
	return qa6Case{name: name, body: qa16Body(s), pub: qa16Pub, label: "Absent/Excluded", want: want, not: not}
}

// TestQA16AbsentForms: the forms news uses for a missing party, read by
// classes of words rather than particular ones (keptOutAt, noInvitationAt,
// sendsNoOne, absenceNounAt, relativeAbsence, lowerRanks, withdrawsAt,
// notTakingPart): barred, banned, kept or shut out, left off the list;
// snubbing a gathering; turning down, rejecting or receiving no
// invitation; sending no one or only an observer; not showing up, a
// no-show; "in the absence of X", an empty chair; "Notably absent was X",
// "conspicuously absent"; an absence told in a relative clause. Each
// sentence written for this test (none from a judged article).
func TestQA16AbsentForms(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("barred from the meeting", "Kosovo was barred from the meeting after Serbia objected.", []string{"Kosovo"}, nil),
		c("barred from attending", "Kosovo has been barred from attending the talks.", []string{"Kosovo"}, nil),
		c("banned from", "Kosovo's delegation was banned from the meeting hall.", []string{"Kosovo"}, nil),
		c("snubbed", "Kosovo snubbed the gathering.", []string{"Kosovo"}, nil),
		c("turned down", "Kosovo turned down an invitation to attend.", []string{"Kosovo"}, nil),
		c("rejected an invitation", "Kosovo rejected an invitation to take part.", []string{"Kosovo"}, nil),
		c("sent no one", "Kosovo sent no one to the meeting.", []string{"Kosovo"}, nil),
		c("represented by an observer", "Bosnia was represented only by an observer.", []string{"Bosnia"}, nil),
		c("left off the list", "Kosovo was left off the guest list.", []string{"Kosovo"}, nil),
		c("left off the invitation list", "Kosovo was left off the list of invitees.", []string{"Kosovo"}, nil),
		c("in the absence of", "The deal was struck in the absence of Kosovo.", []string{"Kosovo"}, nil),
		c("empty chair", "An empty chair was left for Kosovo.", []string{"Kosovo"}, nil),
		c("chair stood empty", "Kosovo's chair stood empty.", []string{"Kosovo"}, nil),
		c("kept out", "Kosovo was kept out of the talks.", []string{"Kosovo"}, nil),
		c("no invitation", "Kosovo received no invitation.", []string{"Kosovo"}, nil),
		c("did not receive an invitation", "Kosovo did not receive an invitation.", []string{"Kosovo"}, nil),
		c("did not show up", "Kosovo did not show up.", []string{"Kosovo"}, nil),
		c("no-show", "Kosovo was a no-show.", []string{"Kosovo"}, nil),
		c("notably absent", "Notably absent was Kosovo.", []string{"Kosovo"}, nil),
		c("conspicuously absent", "Kosovo was conspicuously absent.", []string{"Kosovo"}, nil),
		c("relative not invited", "Kosovo, which was not invited, called the meeting a farce.", []string{"Kosovo"}, nil),
		c("relative did not attend", "Kosovo, which did not attend, said it would not be bound by the deal.", []string{"Kosovo"}, nil),
		c("relative boycotted", "Kosovo, which boycotted the talks, said the deal was worthless.", []string{"Kosovo"}, nil),
	})
}

// TestQA16AbsentNotYet: a threatened or conditional absence ("would not
// attend unless") is no absence (conditionalAfter).
func TestQA16AbsentNotYet(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("control: conditional", "Kosovo said it would not attend unless its flag was displayed.", nil, []string{"Kosovo"}),
	})
}

// TestQA16AbsentControls: forms the engine read before this stop, and
// false absences it must keep ignoring (an earlier meeting, a threat
// withdrawn, a denial, another event, "barred imports", "may skip", a
// video link, which the judged keys count as taking part, "rejected the
// proposal", "the absence of trust", a relative clause of another time or
// followed by attending).
func TestQA16AbsentControls(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("control: suspended membership", "Bosnia, whose membership of the forum was suspended in April, was not represented.", []string{"Bosnia"}, nil),
		c("control: is boycotting", "Kosovo is boycotting the talks over a dispute about its name.", []string{"Kosovo"}, nil),
		c("control: boycotted", "Kosovo boycotted the meeting.", []string{"Kosovo"}, nil),
		c("control: stayed away", "Kosovo stayed away, citing a dispute over its name.", []string{"Kosovo"}, nil),
		c("control: skipped", "Kosovo's Foreign Minister Donika Gervalla-Schwarz skipped the meeting.", []string{"Gervalla"}, nil),
		c("control: declined an invitation", "Kosovo declined an invitation to the talks.", []string{"Kosovo"}, nil),
		c("control: declined the invitation", "Kosovo declined the invitation, its foreign ministry said.", []string{"Kosovo"}, nil),
		c("control: did not send anyone", "Kosovo did not send anyone.", []string{"Kosovo"}, nil),
		c("control: sent only its ambassador", "Kosovo sent only its ambassador in Tirana.", []string{"Kosovo"}, nil),
		c("control: sent a junior official", "Bosnia sent only a junior official instead of its foreign minister.", []string{"Bosnia"}, nil),
		c("control: walked out", "Kosovo's delegation walked out of the meeting after an hour.", []string{"Kosovo"}, nil),
		c("control: not invited", "Kosovo was not invited.", []string{"Kosovo"}, nil),
		c("control: without at the table", "The ministers met without Kosovo at the table.", []string{"Kosovo"}, nil),
		c("control: in absence", "The deal was struck in Kosovo's absence.", []string{"Kosovo"}, nil),
		c("control: was not represented", "Kosovo was not represented.", []string{"Kosovo"}, nil),
		c("control: excluded from the format", "Kosovo is excluded from the format.", []string{"Kosovo"}, nil),
		c("control: was excluded", "Kosovo was excluded from the talks at Serbia's insistence.", []string{"Kosovo"}, nil),
		c("control: shut out", "Kosovo was shut out of the talks.", []string{"Kosovo"}, nil),
		c("control: refused to attend", "Kosovo refused to attend.", []string{"Kosovo"}, nil),
		c("control: chose not to attend", "Kosovo chose not to attend.", []string{"Kosovo"}, nil),
		c("control: absence of minister", "Kosovo's absence was noted by several ministers.", []string{"Kosovo"}, nil),
		c("control: relative earlier", "Kosovo, which boycotted the previous round, welcomed the deal.", nil, []string{"Kosovo"}),
		c("control: relative then attended", "Kosovo, which had threatened to stay away, attended.", nil, []string{"Kosovo"}),
		c("control: relative not a party", "Kosovo, which is not a party to the agreement, welcomed the deal.", nil, []string{"Kosovo"}),
		c("control: earlier meeting", "Kosovo boycotted the previous meeting in Skopje in 2024.", nil, []string{"Kosovo"}),
		c("control: threatened", "Kosovo had threatened to boycott the talks but attended.", nil, []string{"Kosovo"}),
		c("control: denial", "Kosovo denied it was boycotting the talks.", nil, []string{"Kosovo"}),
		c("control: other event", "Kosovo did not attend a football match in Belgrade last week.", nil, []string{"Kosovo"}),
		c("control: other event 2", "Kosovo will boycott the Belgrade book fair in October.", nil, []string{"Kosovo"}),
		c("control: barred goods", "Kosovo has barred imports of Serbian goods.", nil, []string{"Kosovo"}),
		c("control: may skip", "Kosovo may skip the next round in Skopje.", nil, []string{"Kosovo"}),
		c("control: video", "Kosovo's Foreign Minister Donika Gervalla-Schwarz joined by video link.", nil, []string{"Kosovo", "Gervalla"}),
		c("control: no plans to boycott", "Kosovo said it had no plans to boycott the talks.", nil, []string{"Kosovo"}),
		c("control: rejected the proposal", "Kosovo rejected the proposal.", nil, []string{"Kosovo"}),
		c("control: absence of trust", "The absence of trust between Serbia and Kosovo was plain.", nil, []string{"Kosovo"}),
	})
}

// qa16bBody is a second story, a summit of leaders, written after the
// rules above to see that they read the forms, not the first story's words.
func qa16bBody(s string) string {
	return "AU leaders hold Sahel summit in Addis Ababa\n\nADDIS ABABA, June 17 (AFP) - African Union heads of state met in Addis Ababa on Wednesday and agreed to fund a joint force against armed groups in the Sahel.\n" +
		"AU Commission chairman Mahmoud Ali Youssouf opened the summit, attended by Nigeria's President Bola Tinubu and Senegal's President Bassirou Diomaye Faye.\n" +
		s + "\n" +
		"The leaders will meet again in Kampala in November."
}

// qa16bCase builds an Absent/Excluded case around one sentence of the
// second story.
func qa16bCase(name, s string, want, not []string) qa6Case {
	return qa6Case{name: name, body: qa16bBody(s), pub: qa16Pub, label: "Absent/Excluded", want: want, not: not}
}

// TestQA16AbsentSummit: the same forms in a story of another kind, with
// persons and groups as absentees; and two false absences the rules
// listed: the subject of a condition ("would not attend unless the
// Polisario Front was excluded": conditionalBefore) and one who "did not
// attend a funeral ... last week" (notTakingPart: an earlier occasion).
func TestQA16AbsentSummit(t *testing.T) {
	c := qa16bCase
	runQA6(t, []qa6Case{
		c("b barred", "Mali, Burkina Faso and Niger were barred from the summit after their coups.", []string{"Mali", "Niger"}, nil),
		c("b turned down", "The Polisario Front turned down an invitation to take part.", []string{"Polisario"}, nil),
		c("b sent no one", "Chad sent no one.", []string{"Chad"}, nil),
		c("b in absence", "The force was approved in the absence of Mali.", []string{"Mali"}, nil),
		c("b empty chair", "An empty chair stood for Mali.", []string{"Mali"}, nil),
		c("b notably absent", "Conspicuously absent was Rwandan President Paul Kagame.", []string{"Kagame"}, nil),
		c("b relative", "Eritrea, which did not attend, criticised the plan.", []string{"Eritrea"}, nil),
		c("control b: conditional", "Morocco said it would not attend unless the Polisario Front was excluded.", nil, []string{"Morocco"}),
		c("control b: other event", "Ruto did not attend a funeral in Nairobi last week.", nil, []string{"Ruto"}),
	})
}

// TestQA16AbsentSummitControls: forms of the second story the engine read
// before this stop, and false absences it kept ignoring.
func TestQA16AbsentSummitControls(t *testing.T) {
	c := qa16bCase
	runQA6(t, []qa6Case{
		c("b suspended not represented", "Guinea, whose AU membership remains suspended, was not represented.", []string{"Guinea"}, nil),
		c("b boycott", "Algeria boycotted the gathering in protest at the venue.", []string{"Algeria"}, nil),
		c("b skipped person", "Kenyan President William Ruto skipped the summit to attend a rally in Nairobi.", []string{"Ruto"}, nil),
		c("b declined invitation", "Morocco declined the invitation, its foreign ministry said.", []string{"Morocco"}, nil),
		c("b sent ambassador only", "Egypt sent only its ambassador to Ethiopia.", []string{"Egypt"}, nil),
		c("b walked out", "Sudan's delegation walked out during Youssouf's speech.", []string{"Sudan"}, nil),
		c("b not invited", "The Sudanese army's rivals, the Rapid Support Forces, were not invited.", []string{"Rapid Support Forces"}, nil),
		c("b excluded from format", "Morocco is excluded from the format under the 2018 rules.", []string{"Morocco"}, nil),
		c("b not represented", "Eritrea was not represented.", []string{"Eritrea"}, nil),
		c("b without at the table", "Leaders met without Mali at the table.", []string{"Mali"}, nil),
		c("b stayed away", "South Africa's President Cyril Ramaphosa stayed away.", []string{"Ramaphosa"}, nil),
		c("b pulled out", "Ghana pulled out of the summit on Tuesday.", []string{"Ghana"}, nil),
		c("control b: earlier", "Algeria boycotted the previous summit in Malabo in 2022.", nil, []string{"Algeria"}),
		c("control b: threat", "Algeria threatened to boycott the summit but sent its prime minister.", nil, []string{"Algeria"}),
		c("control b: denial", "Algeria denied it was boycotting the summit.", nil, []string{"Algeria"}),
		c("control b: video", "Ghana's President John Mahama joined by video link.", nil, []string{"Mahama", "Ghana"}),
	})
}
