package attrib

import (
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

// TestLearnedFlags checks how attributions tell the rules' from the
// classifier's: a rule attribution has a lexicon cue and is not Learned,
// the classifier's own is Learned with its probability as Confidence, and
// a headline speaker survives the classifier's drop.
func TestLearnedFlags(t *testing.T) {
	tests := []struct {
		body, source string
		learned      bool
	}{
		{"Sanders said he would vote for the bill.", "Sanders", false},
		{"Sanders: Endorsements prove Clinton is the establishment candidate.", "Sanders", false},
		{"The governor delivered a promise to the voters.", "The governor", true},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			var got *Attribution
			atts := Find(tc.body, text.Sentences(tc.body), nil)
			for k := range atts {
				if atts[k].Source == tc.source {
					got = &atts[k]
				}
			}
			if got == nil {
				t.Fatalf("no attribution with source %q in %+v", tc.source, atts)
			}
			if got.Learned != tc.learned || got.Confidence <= 0 || got.Confidence > 1 {
				t.Errorf("Learned %v Confidence %v, want Learned %v and a confidence in (0, 1]", got.Learned, got.Confidence, tc.learned)
			}
			if !tc.learned && !got.LexicalCue {
				t.Errorf("rule attribution without LexicalCue: %+v", got)
			}
			if tc.learned && got.Kind != KindPosition {
				t.Errorf("learned attribution of kind %q", got.Kind)
			}
		})
	}
}
