package digest

import (
	"slices"
	"testing"
	"time"
)

// TestQA15DateFeatures: the date model's new features (stop 15): a
// meeting noun's "on" day, a day of saying told before its verb, the
// clause's tense against the day, where the day stands to the venue's
// sentence, a day told twice.
func TestQA15DateFeatures(t *testing.T) {
	e := engine(t)
	feb19 := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, body, day string
		want, not       []string
	}{
		{"talks on a day", "GENEVA - Envoys of the two countries began talks on Tuesday in Geneva on a border deal.\n\nThe talks went on for five hours.",
			"Tuesday", []string{"onmeet"}, []string{"saidafter"}},
		{"a day of saying before its verb", "Officials on Wednesday said the talks in Geneva on a border deal had ended.\n\nThe talks went on for five hours.",
			"Wednesday", []string{"saidafter", "tr=past|d-1"}, []string{"onmeet"}},
		{"the day before the venue's sentence", "ANKARA - Ministers agreed a water deal on Monday after a long dispute.\n\nThe meeting in Baghdad lasted five hours.",
			"Monday", []string{"vrel=prev"}, nil},
		{"a day told twice", "Ministers met in Baghdad on Monday to sign a water deal.\n\nOn Monday the two sides also agreed to meet again.",
			"Monday", []string{"dup"}, nil},
		// controls
		{"control: a day after the meeting noun without on", "Ministers held talks in Baghdad Monday to sign a water deal.",
			"Monday", nil, []string{"onmeet", "saidafter", "dup"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ee := *e
			found := false
			ee.dateHook = func(d *doc, r *Result, venueSents []int, dct string, ruleBest int) {
				for k, dt := range r.Dates {
					if dt.Text != c.day || found {
						continue
					}
					found = true
					var fs []string
					d.partBuf = d.dateFeatures(r, k, venueSents, dct, d.partBuf, func(b []byte) { fs = append(fs, string(b)) })
					for _, w := range c.want {
						if !slices.Contains(fs, w) {
							t.Errorf("%q: no feature %q in %v", c.day, w, fs)
						}
					}
					for _, n := range c.not {
						if slices.Contains(fs, n) {
							t.Errorf("%q: feature %q in %v", c.day, n, fs)
						}
					}
				}
			}
			ee.Extract(Article{Body: c.body, Published: feb19})
			if !found {
				t.Errorf("no date %q", c.day)
			}
		})
	}
}

// TestQA15NearNewsDay: the date model now weighs a day of the news week
// that anchors no event in the story's opening (nearNewsDay), not the
// lead's day of strikes, nor the lead's day gone of a meeting the venue's
// sentence tells ahead (leadDayAhead).
func TestQA15NearNewsDay(t *testing.T) {
	e := engine(t)
	feb19 := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, body, day string
		near            bool
	}{
		{"the lead's day, the venue in the next sentence", "Kenya summoned Tanzania's high commissioner on Wednesday afternoon over the detention of two activists.\n\nThe talks in Nairobi lasted about 40 minutes, officials said.",
			"Wednesday afternoon", true},
		{"the sentence after the lead", "Kenya and Tanzania agreed to reopen the border.\n\nThe two ministers signed the accord on Tuesday.\n\nThe talks in Nairobi lasted about 40 minutes, officials said.",
			"Tuesday", true},
		// controls
		{"control: the lead's strikes", "Israeli strikes killed 12 people in Gaza on Thursday, health officials said. The ceasefire was agreed at a summit in Sharm el-Sheikh attended by dozens of world leaders.",
			"Thursday", false},
		{"control: a summit told ahead", "Sweden on Thursday expelled two Iranian diplomats accused of spying on exiled dissidents.\nPrime Minister Ulf Kristersson told reporters he would raise the case with European Union leaders at a summit in Brussels.",
			"Thursday", false},
		{"control: a day of saying", "Kenya's foreign ministry said on Wednesday the envoy had been summoned.\n\nThe talks in Nairobi lasted about 40 minutes, officials said.",
			"Wednesday", false},
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
					if got := d.nearNewsDay(r, k, venueSents, dct); got != c.near {
						t.Errorf("%q (event %q): near %v, want %v", c.day, dt.Event, got, c.near)
					}
				}
			}
			ee.Extract(Article{Body: c.body, Published: feb19})
			if !found {
				t.Errorf("no date %q", c.day)
			}
		})
	}
}

// TestQA15LocDateBullet: the bullet's date as the re-gated date model
// picks it, and controls the rules keep.
func TestQA15LocDateBullet(t *testing.T) {
	feb19 := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	jun2 := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "the lead's day of a visit the next sentence places",
			body: "Burma leader's visit to Washington marks a bipartisan success story.\n\nAung San Suu Kyi visited the White House on Wednesday as Burma's de facto leader six years after she was released from house arrest, a triumphant moment for the democracy icon.\n\nWashington is rolling out the red carpet for Suu Kyi, who had breakfast with Vice President Biden and congressional leaders before visiting the Oval Office. She will visit Capitol Hill on Thursday.",
			pub:  feb19, label: loc, want: []string{"Washington", "(2026-02-18)"}},
		// controls
		{name: "control: an offer rejected, a round to come",
			body: "Venezuela on Friday rejected a U.S. offer of talks, officials in Caracas said.\n\nNorwegian mediators had hosted earlier rounds in Oslo and Barbados.\n\nA new round could take place in Mexico City next month.",
			pub:  jun2, label: loc, want: []string{"Mexico City", "next month"}, not: []string{"Friday"}},
		{name: "control: a summit told ahead",
			body: "STOCKHOLM, Feb 19 (Reuters) - Sweden on Thursday expelled two Iranian diplomats accused of spying on exiled dissidents.\nPrime Minister Ulf Kristersson told reporters he would raise the case with European Union leaders at a summit in Brussels.",
			pub:  feb19, label: loc, not: []string{"Thursday"}},
	})
}
