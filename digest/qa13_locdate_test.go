package digest

import (
	"testing"
	"time"
)

// TestQA13LocDateCandidates: the date model weighs more of the days that
// may date the meeting (dateCandidate): a part of a day ("on Friday
// night", "Wednesday afternoon": a TIME with a day), the lead's day when
// the lead decides or meets and names no place ("signed the accord on
// Saturday ... The signing took place in Jeddah"), and the lead's day of
// saying ("the two leaders said on Tuesday after talks in Nairobi"). A
// visit that names no place, or an event in the venue's country, is the
// venue's event, not another's (otherEventDate). The lead's day of a deed
// of war, or a day gone against a meeting to come, stays out.
func TestQA13LocDateCandidates(t *testing.T) {
	mar11 := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	sep19 := time.Date(2026, 9, 19, 0, 0, 0, 0, time.UTC)
	feb19 := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	jun7 := time.Date(2026, 6, 7, 0, 0, 0, 0, time.UTC)
	const pad = "\n\nThe talks covered trade, investment and security. Officials gave no further details."
	e := engine(t)
	for _, c := range []struct {
		name, body string
		pub        time.Time
		day        string // the date's text
		cand       bool   // dateCandidate
		other      bool   // otherEventDate
	}{
		{"a part of a day is a day", "APIA - Pacific leaders adopted an ocean declaration on Friday night at the close of a four-day conference in Apia." + pad,
			sep19, "Friday night", true, false},
		{"the lead's signing names no place", "Syria and Lebanon signed a border demarcation agreement on Saturday, ending decades of dispute.\n\nThe signing took place in Jeddah, where Saudi Arabia hosted the two delegations." + pad,
			jun7, "Saturday", true, true}, // (a signed agreement is no talks: weighed, not filled)
		{"the lead's day of saying", "Kenya and Germany said on Tuesday they would deepen cooperation on green hydrogen.\n\nPresident William Ruto hosted Chancellor Friedrich Merz in Nairobi for talks." + pad,
			mar11, "Tuesday", true, false},
		{"a bare visit is the venue's", "Kenyan President William Ruto began a three-day state visit on Tuesday.\n\nHe held talks with President Lee Jae-myung in Seoul." + pad,
			mar11, "Tuesday", true, false},
		{"an event in the venue's country", "APIA - Leaders closed a four-day conference in Samoa on Friday with an ocean declaration.\n\nThe declaration was adopted in Apia." + pad,
			sep19, "Friday", true, false},
		// controls
		{"control: the lead's strikes", "Israeli strikes killed 12 people in Gaza on Thursday, health officials said.\n\nThe ceasefire was agreed at a summit in Sharm el-Sheikh." + pad,
			feb19, "Thursday", false, false},
		{"control: a day gone against a summit to come", "Sweden on Monday recalled its ambassador from Tehran for consultations.\n\nEuropean foreign ministers will meet in Brussels next week to discuss new sanctions." + pad,
			feb19, "Monday", false, false},
		{"control: a visit elsewhere", "The envoy met officials in Muscat on Tuesday.\n\nHe will then visit Riyadh on Wednesday." + pad,
			mar11, "Wednesday", false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ee := *e
			found := false
			ee.dateHook = func(d *doc, r *Result, venueSents []int, dct string, ruleBest int) {
				for k, dt := range r.Dates {
					if dt.Text != c.day {
						continue
					}
					found = true
					if got := d.dateCandidate(r, k, venueSents); got != c.cand {
						t.Errorf("%q (event %q, lead %v): candidate %v, want %v (venue %+v)", c.day, dt.Event, d.leadTold(d.sentenceAt(dt.Start), venueSents), got, c.cand, *r.Venue)
					}
					if got := d.otherEventDate(r, k); c.cand && got != c.other {
						t.Errorf("%q (event %q): other event %v, want %v", c.day, dt.Event, got, c.other)
					}
				}
			}
			ee.Extract(Article{Body: c.body, Published: c.pub})
			if !found && c.cand {
				t.Errorf("no date %q", c.day)
			}
		})
	}
}

// TestQA13LocDateBullet: the Meeting Location & Date bullet dates talks
// by the days the date model now weighs (a TIME shows its day), and keeps
// the controls undated.
func TestQA13LocDateBullet(t *testing.T) {
	feb19 := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "talks on Wednesday afternoon",
			body: "NAIROBI - Kenya's foreign minister held talks with Tanzania's high commissioner in Nairobi on Wednesday afternoon over the detention of two activists.\n\nThe meeting lasted about 40 minutes, officials said.",
			pub:  feb19, label: loc, want: []string{"Nairobi", "(2026-02-18)"}, not: []string{"TAF"}},
		// controls
		{name: "control: the lead's strikes date no summit",
			body: "GAZA, Feb. 19 (Reuters) - Israeli strikes killed 12 people in Gaza on Thursday, health officials said. The ceasefire was agreed at a summit in Sharm el-Sheikh attended by dozens of world leaders.",
			pub:  feb19, label: loc, want: []string{"Sharm el-Sheikh"}, not: []string{"Thursday"}},
		{name: "control: a day gone dates no summit to come",
			body: "STOCKHOLM, Feb 19 (Reuters) - Sweden on Thursday expelled two Iranian diplomats accused of spying on exiled dissidents.\nPrime Minister Ulf Kristersson told reporters he would raise the case with European Union leaders at a summit in Brussels.",
			pub:  feb19, label: loc, not: []string{"Thursday"}},
	})
}

// TestQA13OnOvernight: "overnight", a part of a day the date model may now
// pick, takes no "on" ("Talks in Tartu, overnight", not "on overnight").
func TestQA13OnOvernight(t *testing.T) {
	if got := onDate("overnight", "2026-10-07TNI"); got != "overnight" {
		t.Errorf("onDate(overnight) = %q", got)
	}
	if got := onDate("Wednesday night", "2026-10-07TNI"); got != "on Wednesday night" {
		t.Errorf("control: onDate(Wednesday night) = %q", got)
	}
}
