package attrib

import "testing"

// TestReview15TopicModifierOpeners: a participle after "and", "or" or
// "that" modifies a noun only when the words before make it part of a
// noun phrase; after a noun it is a verb with its object.
func TestReview15TopicModifierOpeners(t *testing.T) {
	for _, c := range []struct {
		before  [3]string
		w, next string
		want    bool
	}{
		{[3]string{"issued", "a", "statement"}, "rejected", "claims", false},
		{[3]string{"a", "statement", "and"}, "rejected", "claims", false},
		{[3]string{"iran", "criticised", "and"}, "rejected", "calls", false},
		{[3]string{"released", "a", "statement"}, "rejected", "claims", false},
		{[3]string{"a", "statement", "that"}, "rejected", "venezuelan", false},
		{[3]string{"met", "reporters", "or"}, "condemned", "moves", false},
		{[3]string{"a", "plan", "that"}, "undermined", "trust", false},
		// controls: the participle modifies the noun after it
		{[3]string{"the", "audited", "and"}, "rejected", "tenders", true},
		{[3]string{"of", "banned", "or"}, "rejected", "goods", true},
		{[3]string{"kobakhidze", "said", "that"}, "rejected", "freight", true},
		{[3]string{"", "criticised", "that"}, "failed", "policy", true},
		{[3]string{"", "returns", "of"}, "rejected", "asylum", true},
	} {
		if got := TopicModifier(c.before, c.w, c.next); got != c.want {
			t.Errorf("TopicModifier(%q, %q, %q) = %v, want %v", c.before, c.w, c.next, got, c.want)
		}
	}
}
