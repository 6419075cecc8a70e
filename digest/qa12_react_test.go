package digest

import (
	"strings"
	"testing"
	"time"
)

// TestReactionsNameADozen: a story of contested talks with eleven reactors
// names them all in the Reactions bullet, the mixed and neutral ones too
// (with eight names the critical and supportive actors filled it), and
// the bullet stays inside an embed field.
func TestReactionsNameADozen(t *testing.T) {
	body := "GENEVA, March 4 (Reuters) - Iranian and European negotiators met in Geneva on Tuesday for talks on the nuclear programme. " +
		"Israel condemned the talks as a reward for defiance. " +
		"Hungary denounced the meeting as a waste of time. " +
		"Russian envoy Mikhail Ulyanov criticised the Europeans for setting conditions. " +
		"The opposition Greens slammed the government for taking part. " +
		"Kayhan newspaper attacked the delegation for what it called a humiliation. " +
		"France rejected the talks as premature. " +
		"Poland condemned the Europeans for negotiating at all. " +
		"Turkey welcomed the talks and offered to host the next round. " +
		"Qatar praised both sides for their courage. " +
		"IAEA chief Rafael Grossi hailed the agreement on inspectors. " +
		"Analyst Elena Marchetti said the deal was modest but useful, though the stockpile question was only postponed. " +
		"Swedish diplomat Olof Skoog said the parties would meet again."
	r := engine(t).Extract(Article{Body: body, Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)})
	got := bulletText(r, "Reactions")
	for _, name := range []string{"Israel", "Hungary", "Ulyanov", "Greens", "Turkey", "Qatar", "Grossi", "France", "Poland", "Marchetti", "Skoog"} {
		if !strings.Contains(got, name) {
			t.Errorf("Reactions lacks %s: %q", name, got)
		}
	}
	if len(got) > 1024 {
		t.Errorf("Reactions is %d bytes, more than an embed field", len(got))
	}
}
