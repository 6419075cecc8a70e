package digest

import (
	"strings"
	"testing"
	"time"
)

// TestReactionsNeedAnActor pins that every reaction names who reacted: an
// attribution whose source tidies to nothing ("the Supreme Court" as the
// agent of "rejected", in a sentence with no name the reader resolves) is
// dropped, not kept with an empty actor that the Reactions bullet would
// print as a dangling ", ".
func TestReactionsNeedAnActor(t *testing.T) {
	bodies := []string{
		"COLUMBUS, Ohio (AP) - Along with the dispute over the voter rolls, the Supreme Court this month rejected a request from Democrats in Ohio to restore an extra week of early voting. Republicans welcomed the ruling.",
		"While a federal judge found that action unconstitutional, his decision was overturned by an appeals court, and the Supreme Court declined to step into the fray. Democrats criticised the ruling.",
	}
	e := engine(t)
	for _, body := range bodies {
		res := e.Extract(Article{ID: "t", Body: body, Published: time.Date(2016, 9, 25, 0, 0, 0, 0, time.UTC)})
		for _, r := range res.Reactions {
			if strings.TrimSpace(r.Actor) == "" {
				t.Errorf("%.50q: reaction %+v has no actor", body, r)
			}
		}
		for _, b := range res.QuickLook.Bullets {
			if b.Label == "Reactions" && (strings.Contains(b.Text, ", ;") || strings.HasSuffix(strings.TrimSpace(b.Text), ",")) {
				t.Errorf("%.50q: Reactions bullet %q has an empty name", body, b.Text)
			}
		}
	}
}
