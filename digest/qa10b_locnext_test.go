package digest

import (
	"strings"
	"testing"
)

// Quick-look checks, stop 10, second round (s10-locnext2): defaults of
// Meeting Location & Date and Next that were wrong in general, each with
// invented sentences and controls that must not change.

// TestQA10bNextWeekday: "next Wednesday" said on a Monday is the Wednesday
// of the following week; said on a Friday it is the coming one (both
// readings agree); "this Wednesday" stays in the current week.
func TestQA10bNextWeekday(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "next Wednesday on a Monday", pub: "2026-06-15", label: "Next",
			body: "ROME (AP) - Italy and Albania signed a migration accord on Monday. Their interior ministers will meet in Tirana next Wednesday to set up a joint task force, officials said.",
			want: []string{"Tirana", "2026-06-24"}, not: []string{"2026-06-17"}},
		{name: "control: next Wednesday on a Friday", pub: "2026-06-19", label: "Next",
			body: "ROME (AP) - Italy and Albania signed a migration accord on Friday. Their interior ministers will meet in Tirana next Wednesday to set up a joint task force, officials said.",
			want: []string{"Tirana", "2026-06-24"}},
		{name: "control: this Wednesday on a Monday", pub: "2026-06-15", label: "Next",
			body: "ROME (AP) - Italy and Albania signed a migration accord on Monday. Their interior ministers will meet in Tirana this Wednesday to set up a joint task force, officials said.",
			want: []string{"Tirana", "2026-06-17"}},
	})
}

// TestQA10bTitleDateline: an agency dateline written in title case
// ("Nairobi (AFP) -") names the story's city like one in capitals, and a
// lead whose talks ended "in the Kenyan capital" was held there, not in
// the country the talks are about. A headline-like line with no agency is
// no dateline.
func TestQA10bTitleDateline(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "title-case dateline, the capital by its title", pub: "2026-03-05", label: "Meeting Location & Date",
			body: "Nairobi (AFP) - Regional talks aimed at a ceasefire in South Sudan ended in the Kenyan capital on Wednesday without agreement, mediators said. The rebels did not send a delegation.",
			want: []string{"Nairobi", "2026-03-04"}, not: []string{"South Sudan"}},
		{name: "control: capitals dateline", pub: "2026-03-05", label: "Meeting Location & Date",
			body: "NAIROBI (AFP) - Regional talks aimed at a ceasefire in South Sudan ended in the Kenyan capital on Wednesday without agreement, mediators said. The rebels did not send a delegation.",
			want: []string{"Nairobi", "2026-03-04"}, not: []string{"South Sudan"}},
		{name: "control: no dateline, talks in a city", pub: "2026-03-05", label: "Meeting Location & Date",
			body: "Regional talks aimed at a ceasefire in South Sudan ended in Mombasa on Wednesday without agreement, mediators said. The rebels did not send a delegation.",
			want: []string{"Mombasa", "2026-03-04"}},
	})
}

// TestQA10bTitleDatelineOnly: the title-case dateline needs its agency.
func TestQA10bTitleDatelineOnly(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Addis Ababa (AFP) -", true},
		{"Paris, March 4 (AFP) -", true},
		{"Algiers (AFP) —", true},
		{"NATO Allies Gather In Brussels -", false},
		{"Talks End Without Deal -", false},
		{"OPEC Ministers Meet (Update 2)", false},
		{"The talks (AFP) ended -", false},
	} {
		if got := datelineOnly(c.line); got != c.want {
			t.Errorf("datelineOnly(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestQA10bLeadOverBodyPlace: a lead that tells of a meeting held and
// names no place for it was held in the dateline's city, not at a meeting
// a later sentence places elsewhere (background, another event); the lead
// dates it, not a later sentence that names the city as an actor. A lead
// that names its place keeps it.
func TestQA10bLeadOverBodyPlace(t *testing.T) {
	const body = "BERLIN (AP) — Foreign Minister Anna Weber hosted counterparts from a dozen Baltic Sea states at the Foreign Office on Tuesday, a meeting Germany billed as a fresh start for regional cooperation. " +
		"Russia was not invited. Chancellor Paul Krause said in March that any Baltic meeting hosted by Germany in 2026 would leave Moscow out, after Berlin boycotted the council's summit in Riga. " +
		"Weber skipped the council's ministerial meeting in Riga last year."
	runBulletCases(t, []bulletCase{
		{name: "lead's meeting in the dateline's city", pub: "2026-05-20", label: "Meeting Location & Date",
			body: body, want: []string{"Berlin", "2026-05-19"}, not: []string{"Riga", "in 2026"}},
		{name: "control: the lead names its place", pub: "2026-05-20", label: "Meeting Location & Date",
			body: strings.Replace(body, "at the Foreign Office on Tuesday", "in Rostock on Tuesday", 1), want: []string{"Rostock", "2026-05-19"}, not: []string{"Riga"}},
	})
}

// TestQA10bHyphenDateline: a dateline closed by a spaced hyphen names its
// city ("GENEVA - "); a topic line in capitals ("TENNIS - SPAIN ...") is no
// place.
func TestQA10bHyphenDateline(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "spaced hyphen dateline", pub: "2026-05-20", label: "Meeting Location & Date",
			body: "GENEVA - Foreign ministers of Armenia and Azerbaijan held a round of talks on Tuesday, a meeting both sides called constructive. They agreed to meet again. Their deputies had met in Vienna and Prague last year.",
			want: []string{"Geneva", "2026-05-19"}, not: []string{"Vienna", "Prague"}},
		{name: "control: topic line", pub: "2026-05-20", label: "Meeting Location & Date",
			body: "TENNIS - SPAIN BEAT ITALY IN DAVIS CUP TIE. Spain's players held talks with officials on Tuesday, a meeting both sides called constructive.",
			not:  []string{"Tennis"}},
	})
}

// TestQA10bRetreatConsultations: a retreat and consultations are meetings:
// a step that names one is a meeting to come; a retreat of no meeting
// ("a retreat of the glacier") is none.
func TestQA10bRetreatConsultations(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "retreat next month", pub: "2026-02-20", label: "Next",
			body: "NAIROBI, Feb 20 (Reuters) - East African leaders admitted Somalia to their trade bloc at a summit on Thursday. A separate retreat of heads of state on the crisis in Sudan is planned for next month, the bloc's secretary general said.",
			want: []string{"Retreat", "2026-03"}},
		{name: "consultations in a city", pub: "2026-02-20", label: "Next",
			body: "BERLIN, Feb 20 (Reuters) - The German and Dutch governments agreed a joint hydrogen strategy on Thursday. Officials are scheduled to hold consultations in The Hague in November, the chancellery said.",
			want: []string{"Consultations in The Hague", "2026-11"}},
	})
}

// TestQA10bMeetVerbBeforeLaterNoun: a date right after "will meet in X"
// is that meeting's, not an event noun in a later clause ("..., which
// ministers hope to launch at their next council in Durban"); with no
// verb of meeting before it, the later noun still names it.
func TestQA10bMeetVerbBeforeLaterNoun(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "meet in Perth in March, later council", pub: "2026-12-04", label: "Next",
			body: "NEW DELHI, Dec 4 (Reuters) - Ministers of a regional bloc agreed on Thursday to set up an early-warning network for storms. Senior officials will meet in Perth, Australia, in March to draft the rules of the network, which ministers hope to launch at their next council in Durban in late 2027.",
			want: []string{"Perth: March", "Durban: late 2027"}, not: []string{"Durban: March"}},
		{name: "control: meet in Perth alone", pub: "2026-12-04", label: "Next",
			body: "NEW DELHI, Dec 4 (Reuters) - Ministers of a regional bloc agreed on Thursday to set up an early-warning network for storms. Senior officials will meet in Perth in March to draft the rules of the network.",
			want: []string{"Perth: March"}},
	})
}
