package console

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

var now = time.Date(2025, 2, 17, 9, 0, 0, 0, time.UTC)

const storyID = "5eed0000000000000000000000000001"

// seedStory is a story built from a digest.Result written by hand (the
// digest engine is not involved).
func seedStory() store.Story {
	res := digest.Result{
		ID: "seed-riyadh-talks", Offsets: "bytes",
		People: []digest.Person{
			{Name: "Marco Rubio", Role: "Secretary of State", Affiliation: "United States", Participant: true},
			{Name: "Sergey Lavrov", Aliases: []string{"Lavrov"}, Role: "Foreign Minister", Affiliation: "Russia", Participant: true},
			{Name: "Volodymyr Zelenskyy", Role: "President", Affiliation: "Ukraine"},
		},
		Places:    []digest.Place{{Name: "Riyadh", Country: "Saudi Arabia"}},
		Venue:     &digest.Place{Name: "Riyadh", Country: "Saudi Arabia"},
		Countries: []string{"United States", "Russia", "Ukraine"},
		Excluded:  []string{"Ukraine"},
		Dates:     []digest.Date{{Text: "Tuesday", Value: "2025-02-18", Event: "US-Russia talks in Riyadh"}},
		Reactions: []digest.Reaction{{Actor: "Volodymyr Zelenskyy", Stance: digest.Critical, Quote: "no deal is valid without Ukraine"}},
		QuickLook: digest.QuickLook{Headline: "US-Russia talks in Riyadh exclude Kyiv", Bullets: []digest.Bullet{
			{Label: "Meeting Location & Date", Text: "Scheduled for Tuesday in Riyadh, Saudi Arabia."},
			{Label: "Hostile", Text: "@everyone [click](https://evil.example) **now**"},
		}},
		Relevance: 0.9,
	}
	return store.Story{ID: storyID, Title: "Trump Officials to Meet Russian Diplomats on Ukraine Peace Deal",
		URLs: []string{"https://newslooks.example/riyadh"}, Outlets: []string{"Newslooks", "Reuters"},
		FirstSeen: now.Add(-time.Hour), LastSeen: now.Add(-time.Hour), Relevance: 0.9, Facts: res}
}

func newConsole(t *testing.T, out *bytes.Buffer) (*Console, store.Store) {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if _, err := st.PutStory(context.Background(), seedStory()); err != nil {
		t.Fatal(err)
	}
	clock := func() time.Time { return now }
	b, err := bot.New(bot.Config{Store: st, Index: bot.IndexOptions{Clock: clock}})
	if err != nil {
		t.Fatal(err)
	}
	return New(b, Options{Out: out, Clock: clock}), st
}

func TestConsoleScript(t *testing.T) {
	var out bytes.Buffer
	c, st := newConsole(t, &out)
	script := strings.Join([]string{
		"# comments and blank lines are ignored",
		"",
		"/brief riyadh",
		"/dates",
		"/participants",
		"/reactions story:" + storyID,
		"/click story:dates:" + storyID,
		"?/brief riy",
		`/alert add country:"Saudi Arabia" -Yemen`,
		"/alert add person:Lavrov",
		"/alert list",
		"/edition subscribe time:07:30 timezone:Europe/Paris",
		"/edition settings",
		"/frobnicate",
		"/alert",
		"quit",
		"/help",
	}, "\n")
	if err := c.Run(context.Background(), strings.NewReader(script)); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		// /brief riyadh: the quick look as a text block, with button hints.
		"┌─ US-Russia talks in Riyadh exclude Kyiv\n│ https://newslooks.example/riyadh\n│ • Meeting Location & Date: Scheduled for Tuesday in Riyadh, Saudi Arabia.\n",
		"│ • Hostile: @everyone [click](https://evil.example) **now**\n", // hostile text shown as typed
		"│ Where: Riyadh, Saudi Arabia\n│ When: Tue 18 Feb 2025 (Tuesday)\n",
		"└─ 2 outlets: Newslooks, Reuters · Mon 17 Feb 2025 08:00 UTC\n",
		"  [Participants] /participants story:" + storyID + "\n",
		"  [Alert me] /click story:alert:" + storyID + "\n",
		// /dates: the calendar.
		"┌─ Diplomatic calendar — next 14 days\n│ Tue 18 Feb\n│ • US-Russia talks in Riyadh — Riyadh, Saudi Arabia (US-Russia talks in Riyadh exclude Kyiv)\n",
		// /participants without a story: today's top story.
		"Today's top story (pick another with the story option).\n┌─ Participants — US-Russia talks in Riyadh exclude Kyiv\n",
		"│   • Sergey Lavrov — Foreign Minister, Russia\n",
		"│ Absent or excluded: Ukraine\n",
		"└─ Facts merged from Newslooks, Reuters · Mon 17 Feb 2025 08:00 UTC\n",
		"│ • Volodymyr Zelenskyy (critical): “no deal is valid without Ukraine”\n",
		// the Dates button, privately.
		"(only you can see this)\n┌─ Dates — US-Russia talks in Riyadh exclude Kyiv\n",
		"Suggestions:\n  Riyadh\n",
		`Alert `, `added: country:"Saudi Arabia" -Yemen.`,
		"added: person:Lavrov.",
		"┌─ Your alerts (2 of 25)\n",
		"Subscribed #" + ChannelID + ": every day at 07:30 (Europe/Paris), top 5 stories, compact format\nNext edition: Tue 18 Feb 07:30 CET (in 21h30m).",
		"│ Edition 1:\n│   #" + ChannelID + ": every day at 07:30",
		"error: unknown command /frobnicate; try /help\n",
		"error: usage: /alert add|list|remove|pause|resume|mute|quiet\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, bad := range []string{"**Meeting", "\\[", "\u200b", "<t:", "<#", "Attache — diplomatic news briefings"} {
		if strings.Contains(got, bad) {
			t.Errorf("output contains %q (markdown left, or ran past quit)", bad)
		}
	}
	alerts, err := st.ListAlerts(context.Background(), UserID)
	if err != nil || len(alerts) != 2 || alerts[0].GuildID != GuildID {
		t.Errorf("alerts = %+v, %v", alerts, err)
	}
	sub, err := st.GetSubscription(context.Background(), ChannelID)
	if err != nil || sub.Time != "07:30" || sub.TimeZone != "Europe/Paris" || sub.CreatedBy != UserID {
		t.Errorf("subscription = %+v, %v", sub, err)
	}
	if t.Failed() {
		t.Logf("output:\n%s", got)
	}
}

func TestParseLine(t *testing.T) {
	defs := bot.Commands()
	tests := []struct {
		line  string
		route string
		opts  map[string]string
		kind  bot.Kind
		err   string
	}{
		{"/brief riyadh", "brief", map[string]string{"topic": "riyadh"}, bot.KindCommand, ""},
		{"/brief Saudi Arabia", "brief", map[string]string{"topic": "Saudi Arabia"}, bot.KindCommand, ""},
		{`/brief "Saudi Arabia"`, "brief", map[string]string{"topic": "Saudi Arabia"}, bot.KindCommand, ""},
		{`/brief topic:"Saudi Arabia"`, "brief", map[string]string{"topic": "Saudi Arabia"}, bot.KindCommand, ""},
		{"brief", "brief", map[string]string{}, bot.KindCommand, ""},
		{"/alert add person:Lavrov", "alert add", map[string]string{"expression": "person:Lavrov"}, bot.KindCommand, ""},
		{`/alert add country:"Saudi Arabia" -Yemen`, "alert add", map[string]string{"expression": `country:"Saudi Arabia" -Yemen`}, bot.KindCommand, ""},
		{"/alert add expression:Lavrov", "alert add", map[string]string{"expression": "Lavrov"}, bot.KindCommand, ""},
		{"/edition subscribe time:07:30 timezone:Europe/Paris length:3 channel:#42", "edition subscribe",
			map[string]string{"time": "07:30", "timezone": "Europe/Paris", "length": "3", "channel": "42"}, bot.KindCommand, ""},
		{"/alert mute 2h", "alert mute", map[string]string{"duration": "2h"}, bot.KindCommand, ""},
		{"/alert quiet start:22:00 end:07:00 timezone:Europe/Paris", "alert quiet",
			map[string]string{"start": "22:00", "end": "07:00", "timezone": "Europe/Paris"}, bot.KindCommand, ""},
		{"/alert quiet off", "alert quiet", map[string]string{"start": "off"}, bot.KindCommand, ""},
		{"/alert quiet", "alert quiet", map[string]string{}, bot.KindCommand, ""},
		{"?/alert quiet timezone:tok", "alert quiet", map[string]string{"timezone": "tok"}, bot.KindAutocomplete, ""},
		{"?/brief riy", "brief", map[string]string{"topic": "riy"}, bot.KindAutocomplete, ""},
		{"?/edition subscribe timezone:par", "edition subscribe", map[string]string{"timezone": "par"}, bot.KindAutocomplete, ""},
		{"/click story:dates:1", "", nil, bot.KindComponent, ""},
		{"/nope", "", nil, 0, "unknown command"},
		{"/alert", "", nil, 0, "usage: /alert add|list"},
		{"/alert fly", "", nil, 0, "unknown subcommand"},
		{"/alert add", "", nil, 0, "needs expression"},
		{"/edition subscribe length:many", "", nil, 0, "whole number"},
		{`/brief "open`, "", nil, 0, "never closed"},
		{"/help me", "", nil, 0, "does not take"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			req, err := ParseLine(tt.line, defs)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if req.Kind != tt.kind || (tt.kind != bot.KindComponent && req.Route() != tt.route) {
				t.Errorf("kind %v route %q", req.Kind, req.Route())
			}
			for name, want := range tt.opts {
				o, ok := req.Option(name)
				if !ok || o.String != want {
					t.Errorf("option %s = %+v, want %q", name, o, want)
				}
			}
			if len(req.Options) != len(tt.opts) {
				t.Errorf("options = %+v", req.Options)
			}
			if tt.kind == bot.KindAutocomplete {
				if _, ok := req.Focused(); !ok {
					t.Error("no focused option")
				}
			}
		})
	}
}

func TestPosterSerialisedWithReplies(t *testing.T) {
	var out syncBuffer
	st, err := bolt.Open(filepath.Join(t.TempDir(), "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, _ = st.PutStory(context.Background(), seedStory())
	clock := func() time.Time { return now }
	b, _ := bot.New(bot.Config{Store: st, Index: bot.IndexOptions{Clock: clock}})
	c := New(b, Options{Out: &out, Clock: clock})
	msg := bot.RenderAlert(store.Alert{Expression: "person:Lavrov"}, seedStory(), "")
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); c.Exec(context.Background(), "/brief riyadh") }()
		go func() {
			defer wg.Done()
			if _, err := c.PostDM(context.Background(), UserID, msg); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got := out.String()
	if n := strings.Count(got, "--- direct message to @"+UserID); n != 20 {
		t.Errorf("%d DMs printed", n)
	}
	// Every block is whole: each quick look's first line is followed by its URL.
	if n := strings.Count(got, "┌─ US-Russia talks in Riyadh exclude Kyiv\n│ https://newslooks.example/riyadh\n"); n != 40 {
		t.Errorf("%d whole quick looks, want 40 (interleaved output?)", n)
	}
	id, _ := c.PostChannel(context.Background(), "42", bot.RenderEdition(store.Subscription{TimeZone: "UTC", Format: store.FormatCompact},
		[]store.Story{seedStory()}, nil, now))
	if id != "console-21" || !strings.Contains(out.String(), "--- post to #42 (console-21) ---\nMorning edition — Monday 17 February 2025\n") {
		t.Errorf("edition post %s:\n%s", id, out.String()[max(0, out.Len()-400):])
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }
func (s *syncBuffer) Len() int       { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Len() }

func TestRunStopsOnContext(t *testing.T) {
	var out bytes.Buffer
	c, _ := newConsole(t, &out)
	ctx, cancel := context.WithCancel(context.Background())
	r, w := ioPipe()
	defer w.Close()
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx, r) }()
	cancel()
	select {
	case err := <-done:
		if err != context.Canceled {
			t.Errorf("Run = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
}
