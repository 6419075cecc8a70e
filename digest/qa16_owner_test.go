package digest

import (
	"testing"
	"time"
)

// TestQA16SignificanceObject: what a verb of significance makes of the
// meeting ("marking a significant shift in US diplomacy") is the writer's
// comment, not a topic; the seed article listed "shift" in its Agenda.
// Topics beside it, and a topic named after such a verb with words of its
// own, stay.
func TestQA16SignificanceObject(t *testing.T) {
	feb17 := time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC)
	const lead = "Senior American and Russian officials will meet in Saudi Arabia to discuss US-Russia relations and the Ukraine war, marking a significant shift in US diplomacy. "
	runQA6(t, []qa6Case{
		{name: "marking a significant shift",
			body: lead + "The talks in Riyadh are due on Tuesday, officials said.",
			pub:  feb17, label: "Agenda", want: []string{"US-Russia relations"}, not: []string{"shift"}},
		// control: a topic after a significance verb that has words of its own
		{name: "control: signals a deal on grain exports",
			body: "Turkish and Ukrainian ministers met in Ankara on Monday to discuss grain exports through the Black Sea, in a meeting that signals a deal on grain exports is close. Officials said talks would continue.",
			pub:  feb17, label: "Agenda", want: []string{"Grain exports"}},
	})
}
