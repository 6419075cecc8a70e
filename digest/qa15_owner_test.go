package digest

import (
	"testing"
	"time"
)

// TestNamedChance: a quotation a naming verb makes of the event, opening
// "a chance to", is the speaker's hope for it (stop 15, owner: bundled
// sample 10 listed the host's foreign minister as a critic).
func TestNamedChance(t *testing.T) {
	pub := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	lead := "Brazilian President Marcos Azevedo will make a state visit to Nigeria in May, the two governments said on Friday.\n\n"
	runQA6(t, []qa6Case{
		{name: "called the visit a chance", pub: pub, label: "Reactions",
			body: lead + `Foreign Minister Yusuf Danjuma of Nigeria called the visit "a chance to turn friendship into factories".`,
			want: []string{"Supportive: Yusuf Danjuma"}},
		{name: "described the talks as a chance", pub: pub, label: "Reactions",
			body: lead + `Foreign Minister Yusuf Danjuma of Nigeria described the visit as "a chance for our farmers to reach new markets".`,
			want: []string{"Supportive: Yusuf Danjuma"}},
		{name: "control: not called a chance", pub: pub, label: "Reactions",
			body: lead + `Opposition leader Amaka Obi said she would not call the visit "a chance to turn friendship into factories" while farmers wait for help.`,
			not:  []string{"Supportive: Amaka Obi"}},
	})
}
