package digest

import (
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// qa18r2Lead opens the stories of the cap's cases: talks with many voices.
const qa18r2Lead = "VIENNA, May 12 (Reuters) - Serbian negotiator Dusan Mirkovic and his Kosovo counterpart Arben Gashi met in Vienna on Tuesday for talks on the energy grid. "

// qa18r2Voices are reactions of one sentence each, a stance the rules
// read plain: critical first, then supportive, then mixed, then words
// without a stance (an analyst's and an official's "said").
var qa18r2Voices = []struct{ actor, sent string }{
	{"Albania", "Albania condemned the talks as a wasted chance."},
	{"Croatia", "Croatia denounced the meeting as a charade."},
	{"Slovakia", "Slovakia rejected the talks as premature."},
	{"Hungary", "Hungary criticised the mediators for their haste."},
	{"Romania", "Romania slammed the organisers for excluding it."},
	{"Greece", "Greece welcomed the talks and offered help."},
	{"Austria", "Austria praised both sides for their courage."},
	{"Slovenia", "Slovenia hailed the agreement on the grid."},
	{"Bulgaria", "Bulgaria welcomed the meeting as a good start."},
	{"Montenegro", "Montenegro applauded the negotiators for their patience."},
	{"Italy", "Italy welcomed the deal on the grid."},
	{"Portugal", "Portugal welcomed the deal but warned that it came too late for the winter."},
	{"Milena Dragic", "Milena Dragic, an energy analyst at the Belgrade Policy Centre, said the two grids had been separate since 2008."},
	{"Ismet Krasniqi", "Ismet Krasniqi, a spokesman for the Kosovo grid operator, said engineers would meet again next week."},
}

// qa18r2Story is the lead and the first n voices.
func qa18r2Story(n int) string {
	var b strings.Builder
	b.WriteString(qa18r2Lead)
	for _, v := range qa18r2Voices[:n] {
		b.WriteString(v.sent + " ")
	}
	return b.String()
}

// TestQA18ReactorsPastADozen: a story of fourteen voices names them all
// (twelve critical and supportive voices took the whole dozen, and the
// mixed voice and the analyst after them were cut: maxReactors,
// pickReactors); the bullet stays inside an embed field. Control: a story
// of five voices is named whole, with no overflow note.
func TestQA18ReactorsPastADozen(t *testing.T) {
	e := engine(t)
	pub := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	got := bulletText(e.Extract(Article{Body: qa18r2Story(len(qa18r2Voices)), Published: pub}), "Reactions")
	for _, v := range qa18r2Voices {
		if !strings.Contains(got, v.actor) {
			t.Errorf("Reactions lacks %s: %q", v.actor, got)
		}
	}
	if st := bulletStance(got, "Portugal"); st != "mixed" {
		t.Errorf("Portugal: %q, want mixed; bullet: %q", st, got)
	}
	if strings.Contains(got, " more") || utf8.RuneCountInString(got) > 1024 {
		t.Errorf("Reactions has an overflow note or passes an embed field: %q", got)
	}
	// control: five voices
	got = bulletText(e.Extract(Article{Body: qa18r2Story(5), Published: pub}), "Reactions")
	if got != "Critical: Albania, Croatia, Slovakia, Hungary, Romania" {
		t.Errorf("five voices: %q", got)
	}
}

// TestPickReactors: past maxReactors or the rune budget, actors with a
// stance are named before those who only commented, in the story's
// order within a group, and the rest are counted; the bullet's names
// stay within reactorRunes.
func TestPickReactors(t *testing.T) {
	order := []string{Critical, Supportive, Mixed, Neutral}
	var st, lb []string
	for i := 0; i < 25; i++ {
		s := Neutral // bystanders first in the story
		if i >= 10 {
			s = []string{Critical, Supportive, Mixed}[i%3]
		}
		st = append(st, s)
		lb = append(lb, "Actor "+string(rune('A'+i)))
	}
	keep, more := pickReactors(st, lb, order, make([]bool, len(st)))
	n := 0
	for i, k := range keep {
		if k {
			n++
		}
		if i >= 10 && !k {
			t.Errorf("actor %d with a stance %s dropped", i, st[i])
		}
	}
	if n != maxReactors || more != 25-maxReactors {
		t.Errorf("named %d, more %d; want %d, %d", n, more, maxReactors, 25-maxReactors)
	}
	for i := 0; i < 5; i++ {
		if !keep[i] {
			t.Errorf("bystander %d (the story's first) dropped before a later one", i)
		}
	}
	// long names: the rune budget binds before the count
	long := strings.Repeat("Association of Very Long Names ", 3)
	st, lb = st[:0], lb[:0]
	for i := 0; i < 18; i++ {
		st, lb = append(st, Critical), append(lb, long+string(rune('A'+i)))
	}
	keep, more = pickReactors(st, lb, order, make([]bool, len(st)))
	runes := 0
	for i, k := range keep {
		if k {
			runes += utf8.RuneCountInString(lb[i]) + 2
		}
	}
	if runes > reactorRunes || more == 0 || moreNote(more) != "and "+strconv.Itoa(more)+" more" || moreNote(0) != "" {
		t.Errorf("long names: %d runes, %d more", runes, more)
	}
}

// TestQA18ReactorsOverflowNote: a story of more voices than the bullet
// holds names maxReactors of them, those with a stance first, and counts
// the rest; the bullet stays inside an embed field.
func TestQA18ReactorsOverflowNote(t *testing.T) {
	e := engine(t)
	pub := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	extra := []string{"Spain", "France", "Poland", "Latvia", "Estonia", "Finland", "Sweden", "Denmark", "Norway"}
	body := qa18r2Story(len(qa18r2Voices))
	for _, c := range extra {
		body += c + " welcomed the talks on the grid. "
	}
	got := bulletText(e.Extract(Article{Body: body, Published: pub}), "Reactions")
	if !strings.Contains(got, "more") {
		t.Errorf("no overflow note: %q", got)
	}
	if !strings.Contains(got, "Portugal") {
		t.Errorf("the mixed voice dropped: %q", got)
	}
	if utf8.RuneCountInString(got) > 1024 {
		t.Errorf("Reactions is %d runes, more than an embed field", utf8.RuneCountInString(got))
	}
}

// TestQA18ReactorsSeatedLast: past the old dozen, a party to the talks
// whose words carry no stance ("Mirkovic said the teams had exchanged
// maps": the talks' own content) is counted, not named, while an outside
// voice is named (seatedDozen). Control: the same words of a party in a
// story of few voices are named, as before.
func TestQA18ReactorsSeatedLast(t *testing.T) {
	e := engine(t)
	pub := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	const seated = "Mirkovic said the teams had exchanged maps of the grid. "
	got := bulletText(e.Extract(Article{Body: qa18r2Story(len(qa18r2Voices)) + seated, Published: pub}), "Reactions")
	if st := bulletStance(got, "Dusan Mirkovic"); st != "" || !strings.Contains(got, "and 1 more") || !strings.Contains(got, "Milena Dragic") {
		t.Errorf("a party's plain words past the dozen: Mirkovic %q; bullet %q", st, got)
	}
	got = bulletText(e.Extract(Article{Body: qa18r2Story(3) + seated, Published: pub}), "Reactions")
	if st := bulletStance(got, "Dusan Mirkovic"); st != "also commented" {
		t.Errorf("control, few voices: Mirkovic %q; bullet %q", st, got)
	}
}

// TestQA18AnalystPlain: a quoted outside analyst's words in which no cue
// and no model read a stance are the analyst's judgement of the talks,
// mixed (analystPlain). Controls: an analyst only paraphrased, a
// minister's and a spokesman's plain words still only "also commented";
// an analyst the writer shows as critical stays critical.
func TestQA18AnalystPlain(t *testing.T) {
	runQA18React(t, []qa18Case{
		{"analyst, plain assessment quoted", qa16Lead + "Halima Ouedraogo, a political scientist at the University of Ouagadougou, said the meeting showed how far both capitals had moved. \"Both of them needed to be seen in the same room,\" she said.", "Halima Ouedraogo", "mixed"},
		{"analyst, quoted judgement", qa16Lead + "\"It was a meeting to show that the channel is still open,\" said Tomas Lindgren, a senior fellow at the Nordic Policy Institute.", "Tomas Lindgren", "mixed"},
		// controls
		{"control: an analyst paraphrased only", qa16Lead + "Halima Ouedraogo, a political scientist at the University of Ouagadougou, said the meeting showed how far both capitals had moved since the spring.", "Halima Ouedraogo", "also commented"},
		{"control: a minister", qa16Lead + "Kenyan Trade Minister Lee Kinyanjui said the teams had compared customs lists for two days.", "Lee Kinyanjui", "also commented"},
		{"control: a spokesman", qa16Lead + "Peter Omondi, a spokesman for the Kenyan foreign ministry, said the teams would meet again in June.", "Peter Omondi", "also commented"},
		{"control: an analyst the writer shows critical", qa16Lead + "Halima Ouedraogo, a political scientist at the University of Ouagadougou, was scathing about the meeting, calling it a failure.", "Halima Ouedraogo", "critical"},
	})
}
