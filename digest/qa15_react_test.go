package digest

import (
	"sync"
	"testing"
)

// liftModelErrors names the rule cases that run without the stance lift
// model (WithoutLiftModel), each with the lift's reading there: the case
// pins what the rules read, and the lift reads the quotation otherwise.
var liftModelErrors = map[string]string{
	"honoured verb":           "reads 'We expect the commitments made in Vienna to be honoured by all' critical: a demand on others, debatable",
	"control: not opposition": "reads an analyst's 'collecting air miles rather than results' critical, which is right; the case controls the opposition rule",
	"speaking by phone":       "reads 'the truce changes nothing for the displaced' critical, which is right; the case is about the speaker across a phrase",
}

var (
	noLiftOnce sync.Once
	noLiftEng  *Engine
	noLiftErr  error
)

// noLift returns an engine without the stance lift model.
func noLift(t testing.TB) *Engine {
	t.Helper()
	noLiftOnce.Do(func() { noLiftEng, noLiftErr = New(WithoutLiftModel()) })
	if noLiftErr != nil {
		t.Fatal(noLiftErr)
	}
	return noLiftEng
}

// TestQA15LiftStance: a quoted reaction that no rule and not the stance
// model read a stand in is read by the lift model (stance.Lift, trained
// also on the sentences the quick-look checks label), which moves it from
// "also commented" to critical or supportive when it is sure: a verdict by
// consequences ("Every round ends with a date for the next round, and
// meanwhile ..."), a charge of bad faith ("Every signature ... is followed
// by a new barricade"), praise by what the deal is ("exactly what the
// region needs", "the era of impunity is over"). Each case is "also
// commented" without the lift (TestQA15WithoutLift). Controls: a fragment
// under five words ("open in 2030": the model's reading there is mostly
// its prior), a quotation in a ", which she said" clause (it describes the
// thing before the comma), a plain fact, and a reading the rules make
// (mixed: the lift never reads mixed and never overrides a rule) do not
// change.
func TestQA15LiftStance(t *testing.T) {
	runReactCases(t, liftCases)
}

const liftLead = "VIENNA, March 3 (Reuters) - Serbia and Kosovo agreed on Monday in Vienna to reopen two border crossings, after talks mediated by the European Union.\n\n"

var liftCases = []reactCase{
	{"verdict by consequences", liftLead + `"Every round ends with a date for the next round, and meanwhile families in the north are still waiting," said Mira Todorovic of a Mitrovica residents' group, speaking by phone.`, "Mira Todorovic", Critical},
	{"bad faith", liftLead + `"Every signature Belgrade puts on paper is followed by a new barricade on the ground," said Vjosa Krasniqi, a lawmaker in Pristina.`, "Vjosa Krasniqi", Critical},
	{"what the region needs", liftLead + `Governor Ana Kovac said the reopening was "exactly what the region needs" to bring back trade.`, "Ana Kovac", Supportive},
	{"impunity is over", liftLead + `"We are sending a message to the smugglers: the era of impunity is over," Mayor Ana Kovac said at a news conference.`, "Ana Kovac", Supportive},
	// controls
	{"control: a fragment", liftLead + `Ana Kovac said the crossings would "open in 2030".`, "Ana Kovac", Neutral},
	{"control: which she said", liftLead + `Mayor Ana Kovac briefed traders on the town's revenue forecast, which she said was "being held back by uncertainty over trade".`, "Ana Kovac", Neutral},
	{"control: a plain fact", liftLead + `"The next round of talks will be held in Brussels in April," Ana Kovac told reporters.`, "Ana Kovac", Neutral},
	{"control: the rules' mixed", liftLead + `Ana Kovac welcomed the agreement but said it "must not become another promise written on water".`, "Ana Kovac", Mixed},
}

// TestQA15WithoutLift: WithoutLiftModel (and WithoutStanceModel) leave
// the lift out: the cases of TestQA15LiftStance are "also commented"
// then, so each fails without the lift.
func TestQA15WithoutLift(t *testing.T) {
	rules, err := New(WithoutStanceModel())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []*Engine{noLift(t), rules} {
		var cases []reactCase
		for _, c := range liftCases {
			if c.want != Mixed {
				c.want = Neutral
			}
			cases = append(cases, c)
		}
		runReactCasesWith(t, e, cases)
	}
}

// TestQA15QuoteWords: quoteWords counts runs of letters or digits.
func TestQA15QuoteWords(t *testing.T) {
	for q, want := range map[string]int{"": 0, "open in 2030": 3, "a theatre for other people's quarrels.": 7, "  — ": 0, "Ünal's «deal»": 3} {
		if got := quoteWords(q); got != want {
			t.Errorf("quoteWords(%q) = %d, want %d", q, got, want)
		}
	}
}
