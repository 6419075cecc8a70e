package digest

import "testing"

// TestQA11rxNotYetSchedule: "is/are/was not yet" before a participle of a
// schedule or a fact, with no outcome as its subject, states a plain fact
// ("The date of the next meeting is not yet fixed"), not a reservation
// about the result (review 24). Controls: "not yet" of a result ("not yet
// a settlement", "the ceasefire is not yet agreed", "not yet over").
func TestQA11rxNotYetSchedule(t *testing.T) {
	const lead = "BRUSSELS, March 3 (Reuters) - Chief negotiators for Serbia and Kosovo met in Brussels on Tuesday under EU auspices. "
	runReactCases(t, []reactCase{
		{"repro date not yet fixed", lead + "\"The date of the next meeting is not yet fixed,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Neutral},
		{"details not yet known", lead + "\"The details of the plan are not yet known,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Neutral},
		{"venue not yet decided", lead + "\"The venue of the leaders' summit is not yet decided,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Neutral},
		// controls
		{"not yet a settlement", lead + "\"This is not yet a settlement,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Critical},
		{"ceasefire not yet agreed", lead + "\"A lasting agreement is not yet signed,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Critical},
		{"not yet over", lead + "\"The crisis is not yet over,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Critical},
	})
}

// TestQA11rxFirstStepPlan: a "first step" (or "concrete step") that is the
// subject of a plan ("The first step will be a technical meeting") is
// logistics, not approval (review 24). Controls: "first step" as a
// predicate or in apposition.
func TestQA11rxFirstStepPlan(t *testing.T) {
	const lead = "BRUSSELS, March 3 (Reuters) - Chief negotiators for Serbia and Kosovo met in Brussels on Tuesday under EU auspices. "
	runReactCases(t, []reactCase{
		{"repro first step will be", lead + "\"The first step will be a technical meeting on energy next month,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Neutral},
		{"first steps would involve", lead + "\"Our first steps would involve an exchange of lists of missing persons,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Neutral},
		{"a concrete step is", lead + "\"One concrete step is to reopen the Jarinje crossing to trucks,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Neutral},
		// controls
		{"is a first step", lead + "\"This is a first step toward normal relations,\" EU envoy Peter Sorensen told reporters.", "Peter Sorensen", Supportive},
		{"first step in apposition", lead + "Sorensen called the accord \"a first step, and an important one\".", "Sorensen", Supportive},
	})
}

// TestQA11rxSolidarityPastHarm: solidarity with those who suffered a past
// harm ("stands with the workers who paid the price of unfair tariffs"),
// said of a deal that ends it, is supportive: the critical word describes
// the object of solidarity, not the news (review 24). Control: solidarity
// with a critical word of its own stays critical.
func TestQA11rxSolidarityPastHarm(t *testing.T) {
	const lead = "WASHINGTON, March 3 (CBC) - Canada and the United States agreed on Tuesday to lift steel tariffs after talks in Washington between Dominic LeBlanc and Jamieson Greer. "
	runReactCases(t, []reactCase{
		{"repro workers who paid", lead + "\"Canada stands with the workers who paid the price of unfair tariffs,\" LeBlanc said.", "LeBlanc", Supportive},
		{"who have endured", lead + "\"We stand with the families in Hamilton who have endured years of unjust penalties,\" LeBlanc said.", "LeBlanc", Supportive},
		{"and places who paid", lead + "\"Canada stands with the workers in Hamilton and Monterrey who paid the price of unfair tariffs for too long,\" LeBlanc said.", "LeBlanc", Supportive},
		// controls
		{"solidarity and a charge", lead + "LeBlanc expressed solidarity with the workers and said the remaining duties were \"unfair\".", "LeBlanc", Critical},
		{"present harm", lead + "\"Canada stands with the workers, who face unfair tariffs every day,\" LeBlanc said.", "LeBlanc", Critical},
	})
}

// TestQA11rxMixedQuotes: quotes with a reservation and an approval joined
// by "but" are mixed, not one-sided (review 24, wrong in both builds): a
// negation that only opens the critical cue ("We are not there yet, but
// the parties have committed to return"), and aid called "a lifeline"
// beside a warning. Controls: a negation of the approval itself stays
// one-sided; the warning alone stays critical.
func TestQA11rxMixedQuotes(t *testing.T) {
	const lead = "ADDIS ABABA, March 3 (AFP) - Talks on a humanitarian truce in Sudan ended in the Ethiopian capital on Tuesday without an agreement. The talks were chaired by former Ghanaian president John Mahama. "
	const aid = "BRUSSELS, March 3 (Reuters) - Donors pledged 5.8 billion euros for Syria at a conference in Brussels on Tuesday. "
	runReactCases(t, []reactCase{
		{"repro not there yet but committed", lead + "\"We are not there yet, but the parties have committed to return,\" Mahama told reporters at the close of the session.", "John Mahama", Mixed},
		{"deal not yet signed but committed", lead + "\"The deal is not yet signed, but both sides have committed to the text,\" Mahama told reporters at the close of the session.", "John Mahama", Mixed},
		{"repro lifeline but warned", aid + "U.N. relief chief Tom Fletcher called the pledges \"a lifeline\" but warned that \"pledges are not payments.\"", "Tom Fletcher", Mixed},
		{"lifeline alone", aid + "U.N. relief chief Tom Fletcher called the pledges \"a lifeline for millions of Syrians.\"", "Tom Fletcher", Supportive},
		// controls
		{"approval negated", lead + "\"We are not there yet, but the parties are not committed to return,\" Mahama told reporters at the close of the session.", "John Mahama", Critical},
		{"warning alone", aid + "U.N. relief chief Tom Fletcher warned that \"pledges are not payments.\"", "Tom Fletcher", Critical},
	})
}
