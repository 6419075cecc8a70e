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

// TestDroppedRuleReturns checks that a pair the model adds back after
// dropping the rule attribution with the same source and cue comes back as
// the rules' attribution (not Learned), so what the rules read of the
// clause is kept: with a model that drops every rule attribution and adds
// every pair, "Sanders said" is still the rules'.
func TestDroppedRuleReturns(t *testing.T) {
	pairsOverride = &pairModel{w: make([]float32, 1<<pairBits), threshold: -1, drop: 1}
	defer func() { pairsOverride = nil }()
	body := "Sanders said he would vote for the bill."
	atts := Find(body, text.Sentences(body), nil)
	found := false
	for _, at := range atts {
		if at.Source == "Sanders" {
			found = true
			if at.Learned || at.Kind != KindSpeech {
				t.Errorf("%q: Learned %v kind %q, want the rules' speech attribution", body, at.Learned, at.Kind)
			}
		}
	}
	if !found {
		t.Errorf("%q: no attribution with source Sanders in %+v", body, atts)
	}
}
