package digest

import (
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest/timex"
)

// Review of stop 16 (s16-rev2): failing cases of the rules merged from
// s16-react, s16-absent, s16-loc and s16-next, each written for this
// review (no judged article's sentences), with controls that held before.

// TestReview16bIfNotCondition: an "if" that opens another word's object
// ("it was unclear if", "would not say if") or a clause joined after a
// comma is no condition of the absence before it (conditionalAfter); the
// threat itself ("would not attend unless", "will boycott ... if") stays
// no absence.
func TestReview16bIfNotCondition(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("unclear if after the absence", "Kosovo did not attend, and it was unclear if it would join the customs office later.", []string{"Kosovo"}, nil),
		c("would not say if after a boycott", "Kosovo boycotted the meeting and officials would not say if it would return.", []string{"Kosovo"}, nil),
		// controls
		c("control: unclear whether", "Kosovo did not attend, and it was unclear whether it would join the customs office later.", []string{"Kosovo"}, nil),
		c("control: would not attend unless", "Kosovo said it would not attend unless its flag was displayed.", nil, []string{"Kosovo"}),
		c("control: will boycott if", "Kosovo said it will boycott the talks if its flag is not displayed.", nil, []string{"Kosovo"}),
	})
}

// TestReview16bVideoCall: a phone call whose topic is online ("about
// cooperation against online fraud") or that covered "virtually every
// issue" is no video call (videoIn reads "video", "virtual", "online" only
// of the call: "in a video call", "by video", "met virtually").
func TestReview16bVideoCall(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	runQA6(t, []qa6Case{
		{"online fraud is the topic",
			"The presidents of Kenya and Tanzania spoke by phone on Wednesday about cooperation against online fraud.\n\nThey agreed to meet in Arusha next month.",
			pub, "Meeting Location & Date", []string{"Phone call", "2026-05-13"}, []string{"Video"}},
		{"virtually every issue",
			"The prime ministers of Spain and Portugal discussed virtually every issue between them in a telephone call on Wednesday.\n\nA summit will be held in Porto in June.",
			pub, "Meeting Location & Date", []string{"Phone call", "2026-05-13"}, []string{"Video"}},
		// controls
		{"control: a video call",
			"The leaders of Chile, Peru and Ecuador agreed on Wednesday to share data on the Humboldt squid stock, in a video call that lasted two hours.\n\nOfficials will draft a protocol by July.",
			pub, "Meeting Location & Date", []string{"Video call", "2026-05-13"}, nil},
		{"control: a videoconference",
			"The presidents of Kenya and Tanzania discussed the border trade dispute in a videoconference on Wednesday.\n\nThey agreed to meet in Arusha next month.",
			pub, "Meeting Location & Date", []string{"Video call"}, nil},
	})
}

// TestReview16bFellowAdjective: "fellow" names an analyst only as a post
// ("a senior fellow at the Lowy Institute"), not as the adjective of a
// speaker's peers ("a fellow diplomat", "a fellow member of the border
// traders' union"), whose critical words stay critical (analystSource).
func TestReview16bFellowAdjective(t *testing.T) {
	runReactCases(t, []reactCase{
		{"a fellow member", qa16Lead + `"This deal is a betrayal of every trader in Namanga," said Grace Atieno, a fellow member of the border traders' union.`, "Grace Atieno", Critical},
		{"a fellow diplomat", qa16Lead + `"The closure was a disgrace," said Peter Otieno, a fellow diplomat.`, "Peter Otieno", Critical},
		// controls
		{"control: a fellow at an institute", qa16Lead + `"The closure was a disgrace," said Peter Otieno, a senior fellow at the East Africa Policy Centre.`, "Peter Otieno", Mixed},
		{"control: a research fellow", qa16Lead + `Joyce Wambui, a research fellow, said the agreement was "a missed opportunity that leaves the hardest questions open".`, "Joyce Wambui", Mixed},
	})
}

// TestReview16bEarlierObject: the new absence verbs of this stop ("barred
// from", "received no invitation", "did not receive an invitation") are no
// absence from the story's talks when their object is another, earlier
// occasion ("last year's summit", "the previous round", "the 2024 summit"
// in 2026): earlierObject, as relativeAbsence already read "which skipped
// the previous round".
func TestReview16bEarlierObject(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("received no invitation to last year's", "Kosovo received no invitation to last year's summit.", nil, []string{"Kosovo"}),
		c("received no invitation to the previous round", "Kosovo received no invitation to the previous round.", nil, []string{"Kosovo"}),
		c("did not receive an invitation to a past year's summit", "Kosovo did not receive an invitation to the 2024 summit.", nil, []string{"Kosovo"}),
		c("barred from last year's", "Kosovo was barred from last year's summit.", nil, []string{"Kosovo"}),
		// controls
		c("control: received no invitation", "Kosovo received no invitation to the talks.", []string{"Kosovo"}, nil),
		c("control: barred from the meeting", "Kosovo was barred from the meeting.", []string{"Kosovo"}, nil),
		c("control: did not receive an invitation", "Kosovo did not receive an invitation.", []string{"Kosovo"}, nil),
		c("control: barred from the last session", "Kosovo was barred from the last session of the talks.", []string{"Kosovo"}, nil),
	})
}

// TestReview16bTalksGoOnThere: a sentence after the opening whose subject
// is the talks themselves, going on in a town ("The talks in Geneva will
// resume on Thursday"), names the venue of the lead's talks, not a
// meeting to come elsewhere (talksOwnPlace, as for a venue the dateline
// gives); another body's meeting to come in another town stays a next
// step.
func TestReview16bTalksGoOnThere(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	const lead = "Armenia and Azerbaijan agreed on Wednesday to open a second border crossing.\n\nThe foreign ministers signed a memorandum after four hours of talks.\n\n"
	runQA6(t, []qa6Case{
		{"the talks in a town will resume", lead + "The talks in Geneva will resume on Thursday with a session on border demarcation.",
			pub, "Meeting Location & Date", []string{"Geneva"}, nil},
		{"the meeting in a town will continue", lead + "The two-day meeting in Geneva will continue on Thursday.",
			pub, "Meeting Location & Date", []string{"Geneva"}, nil},
		// control
		{"control: technical teams will meet elsewhere", lead + "Technical teams will meet in Brussels on May 20 to draw the crossing's plans.",
			pub, "Meeting Location & Date", nil, []string{"Brussels"}},
	})
}

// TestReview16bHopeTurnedDown: a past hope or intention followed by "but"
// ("The EU wanted to sign the deal in January, but Hungary blocked it",
// in March) is a plan that failed: its month is the one behind the report,
// as after "had agreed" (pastPlan); a hope told alone still looks ahead
// ("Mediators hoped to reconvene the delegations in Geneva in January", in
// December).
func TestReview16bHopeTurnedDown(t *testing.T) {
	march := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	dec := time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		dct  time.Time
		want string
	}{
		{"The EU wanted to sign the deal in January, but Hungary blocked it.", march, "2026-01"},
		{"Mediators hoped to reconvene the delegations in Geneva in February, but the talks collapsed.", march, "2026-02"},
		// controls
		{"Mediators hoped to reconvene the delegations in Geneva in January.", dec, "2027-01"},
		{"The ministers agreed to meet again in January.", dec, "2027-01"},
		{"The ministers had agreed to meet in January.", march, "2026-01"},
	} {
		got := ""
		for _, x := range timex.Extract(c.text, c.dct) {
			got = x.Value
		}
		if got != c.want {
			t.Errorf("%q (%s): %q, want %q", c.text, c.dct.Format("2006-01-02"), got, c.want)
		}
	}
}

// TestReview16bLongSentenceOfPlaces: a sentence of many places ("at the
// Palace in", the building rule of this stop, or "in Tirana and") is read
// in time about linear in its length: pluperfectBefore, asked of every
// place, no longer rescans the sentence from its start (hadWords). 40,000
// places took 3.5 to 5.7 s each before, 0.3 s after.
func TestReview16bLongSentenceOfPlaces(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	e := engine(t)
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	const lead = "TIRANA, June 17 (Reuters) - Foreign ministers met in Tirana on Wednesday.\n\n"
	// Linear, as TestLongSentenceLinear judges it: five times the places
	// may take at most ten times as long (a quadratic scan takes 25
	// times). The clock is the process's CPU time, which parallel tests
	// share, so an absolute bound would fail on a loaded machine.
	clock := cpuClock()
	run := func(rep string, n int) time.Duration {
		body := lead + "They met " + strings.Repeat(rep, n) + "Tirana."
		t0 := clock()
		e.Extract(Article{Body: body, Published: pub})
		return clock() - t0
	}
	for _, rep := range []string{"at the Palace in ", "in Tirana and "} {
		ts, tb := run(rep, 8000), run(rep, 40000)
		if tb > 2*5*ts+time.Second/2 {
			t.Errorf("%q x 40000: %v, x 8000: %v: not linear", rep, tb, ts)
		}
		t.Logf("%q x 8000: %v, x 40000: %v (ratio %.1f)", rep, ts, tb, float64(tb)/float64(ts))
	}
}

// TestReview16bVoiceOfAnotherBody: the writer's manner in a short sentence
// about one body ("The Tanzanian government was more critical.") passes to
// the words of that body's voice only when the voice opens the next
// sentence's source ("Its president, ... said", "'...,' party spokesperson
// ... said": voiceHead), not to another body's voice inside another
// subject ("The ruling party's leader in Kenya", "Kenya's ruling party and
// its leader"), whose praise stays praise (groupVoice).
func TestReview16bVoiceOfAnotherBody(t *testing.T) {
	runReactCases(t, []reactCase{
		{"another party's leader", qa16Lead + "The Tanzanian government was more critical. The ruling party's leader in Kenya, Amina Odhiambo, said the reopening was \"welcome news for traders\".", "Amina Odhiambo", Supportive},
		{"another body's its", qa16Lead + "Tanzania's government was more critical. Kenya's ruling party and its leader, Amina Odhiambo, said the reopening was \"welcome news for traders\".", "Amina Odhiambo", Supportive},
		// controls
		{"control: its president opens the sentence", qa16Lead + "The Namanga Traders Union was more critical. Its president, Amina Odhiambo, said the reopening was \"welcome news for traders\".", "Amina Odhiambo", Critical},
		{"control: party spokesperson after the quotation", qa16Lead + "The Kenya Traders Party was less impressed. \"We are asked to applaud the partial repair of damage,\" party spokesperson Owen Delgado said.", "Owen Delgado", Critical},
	})
}
