package digest

import "testing"

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
