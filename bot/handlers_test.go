package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

var ctx = context.Background()

// contains fails unless every want is in got.
func contains(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

func lacks(t *testing.T, got string, bads ...string) {
	t.Helper()
	for _, b := range bads {
		if strings.Contains(got, b) {
			t.Errorf("unexpected %q in:\n%s", b, got)
		}
	}
}

func TestBrief(t *testing.T) {
	b, _ := newTestBot(t, riyadhStory(), otherStory())
	riyadh, other := riyadhStory().ID, otherStory().ID
	tests := []struct {
		name      string
		topic     string
		want      []string
		not       []string
		ephemeral bool
	}{
		{"place", "riyadh", []string{"US-Russia talks on Ukraine in Riyadh exclude Kyiv", "https://newslooks.example/riyadh",
			"Where: Riyadh, Saudi Arabia", "When: Tue 18 Feb 2025 (Tuesday)", "Sergey Lavrov (Foreign Minister)",
			"**Meeting Location & Date:**", "2 outlets: Newslooks, Reuters",
			"[Participants story:participants:" + riyadh + "]", "[Alert me story:alert:" + riyadh + "]"}, []string{"Ankara"}, false},
		{"person alias", "Lavrov", []string{"exclude Kyiv"}, nil, false},
		{"accent-insensitive", "erdogan", []string{"Erdoğan hosts Gulf leaders in Ankara", "story:dates:" + other}, nil, false},
		{"case and accents in query", "ANKÁRA", []string{"Ankara"}, nil, false},
		{"story id", other, []string{"Ankara"}, nil, false},
		{"no match", "atlantis", []string{"No recent story matches “atlantis”"}, nil, true},
		{"top stories", "", []string{"Today's top stories", "1. [US-Russia talks", "2. [Erdoğan hosts", "Riyadh, Saudi Arabia · 18 Feb · 2 outlets"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []Option
			if tt.topic != "" {
				opts = append(opts, str("topic", tt.topic))
			}
			r := b.Handle(ctx, cmd("brief", "", opts...))
			got := text(r)
			contains(t, got, tt.want...)
			lacks(t, got, tt.not...)
			if r.Ephemeral != tt.ephemeral {
				t.Errorf("ephemeral = %v", r.Ephemeral)
			}
			checkLimits(t, r)
		})
	}
}

func TestBriefNoStories(t *testing.T) {
	b, _ := newTestBot(t)
	r := b.Handle(ctx, cmd("brief", ""))
	if !r.Ephemeral || !strings.Contains(r.Content, "no recent stories") {
		t.Errorf("got %+v", r)
	}
}

func TestAutocomplete(t *testing.T) {
	b, _ := newTestBot(t, riyadhStory(), otherStory())
	ac := func(name, sub, opt, typed string) Request {
		r := cmd(name, sub, Option{Name: opt, Type: OptString, String: typed, Focused: true})
		r.Kind = KindAutocomplete
		return r
	}
	tests := []struct {
		name  string
		req   Request
		first string // first choice "name=value"
		want  []string
		count int // -1: any
	}{
		{"topic prefix", ac("brief", "", "topic", "riy"), "Riyadh=Riyadh", nil, 1},
		{"topic accent-insensitive", ac("brief", "", "topic", "erdog"), "Erdoğan hosts Gulf leaders in Ankara=Erdoğan hosts Gulf leaders in Ankara", []string{"{Recep Tayyip Erdoğan=Recep Tayyip Erdoğan}"}, 2},
		{"topic substring", ac("brief", "", "topic", "lavrov"), "Sergey Lavrov=Sergey Lavrov", nil, 1},
		{"topic empty lists people first", ac("brief", "", "topic", ""), "", []string{"{Marco Rubio=Marco Rubio}", "{Riyadh=Riyadh}", "{Trump Officials"}, -1},
		{"topic none", ac("brief", "", "topic", "zzzz"), "", nil, 0},
		{"story by title", ac("dates", "", "story", "erdo"), "Erdoğan hosts Gulf leaders in Ankara=" + otherStory().ID, nil, 1},
		{"story by person", ac("participants", "", "story", "lavrov"), "Trump Officials to Meet Russian Diplomats on Ukraine Peace Deal=" + riyadhStory().ID, nil, 1},
		{"timezone city", ac("edition", "subscribe", "timezone", "paris"), "Europe/Paris=Europe/Paris", nil, 1},
		{"timezone region", ac("edition", "subscribe", "timezone", "europe/"), "Europe/London=Europe/London", nil, 23},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := b.Handle(ctx, tt.req)
			if tt.count >= 0 && len(r.Choices) != tt.count {
				t.Errorf("%d choices, want %d: %v", len(r.Choices), tt.count, r.Choices)
			}
			if tt.first != "" && (len(r.Choices) == 0 || r.Choices[0].Name+"="+r.Choices[0].Value != tt.first) {
				t.Errorf("first choice %v, want %s", r.Choices, tt.first)
			}
			contains(t, text(r), tt.want...)
			checkLimits(t, r)
		})
	}
}

func TestAutocompleteCapsAt25(t *testing.T) {
	var stories []store.Story
	for i := range 60 {
		s := riyadhStory()
		s.ID = fmt.Sprintf("%032x", i+1)
		s.Title = fmt.Sprintf("Summit number %d in Geneva", i)
		s.Facts.People = append(s.Facts.People, digest.Person{Name: fmt.Sprintf("Envoy %d", i)})
		stories = append(stories, s)
	}
	b, _ := newTestBot(t, stories...)
	for _, typed := range []string{"", "e", "summit", "envoy"} {
		r := cmd("brief", "", Option{Name: "topic", Type: OptString, String: typed, Focused: true})
		r.Kind = KindAutocomplete
		if got := b.Handle(ctx, r); len(got.Choices) != MaxChoices {
			t.Errorf("%q: %d choices, want %d", typed, len(got.Choices), MaxChoices)
		}
	}
}

func TestStoryFacts(t *testing.T) {
	b, _ := newTestBot(t, riyadhStory(), otherStory())
	id := riyadhStory().ID
	tests := []struct {
		name      string
		req       Request
		want      []string
		not       []string
		ephemeral bool
	}{
		{"participants", cmd("participants", "", str("story", id)), []string{"Participants — US-Russia talks",
			"Taking part: • **Marco Rubio** — Secretary of State, United States", "**Sergey Lavrov** — Foreign Minister, Russia",
			"Also named: Volodymyr Zelenskyy (President)", "Absent or excluded: Ukraine", "Facts merged from Newslooks, Reuters"}, nil, false},
		{"participants by words", cmd("participants", "", str("story", "ankara")), []string{"Recep Tayyip Erdoğan", "All facts from Anadolu"}, nil, false},
		{"participants default story", cmd("participants", ""), []string{"Today's top story", "Sergey Lavrov"}, nil, false},
		{"dates of a story", cmd("dates", "", str("story", id)), []string{"**Tue 18 Feb 2025** — Tuesday — US-Russia talks in Riyadh",
			"**Thu 20 Feb 2025** — February 20 — Kellogg visits Kyiv"}, nil, false},
		{"calendar", cmd("dates", ""), []string{"Diplomatic calendar — next 14 days", "**Mon 17 Feb**", "• emergency EU meeting — Riyadh, Saudi Arabia",
			"**Tue 18 Feb**", "• US-Russia talks in Riyadh", "**Thu 20 Feb**", "Kellogg visits Kyiv"}, []string{"Gulf summit"}, false},
		{"reactions", cmd("reactions", "", str("story", id)), []string{"**Volodymyr Zelenskyy** (critical): “no deal is valid without Ukraine”",
			"**Sergey Lavrov** (critical)"}, nil, false},
		{"unknown story", cmd("reactions", "", str("story", "atlantis")), []string{"No recent story matches"}, nil, true},
		{"participants button", Request{Kind: KindComponent, CustomID: ButtonParticipants + id, UserID: "300", Now: testNow}, []string{"Sergey Lavrov"}, []string{"Today's top story"}, true},
		{"dates button", Request{Kind: KindComponent, CustomID: ButtonDates + id, UserID: "300", Now: testNow}, []string{"Tue 18 Feb 2025"}, nil, true},
		{"reactions button", Request{Kind: KindComponent, CustomID: ButtonReactions + id, UserID: "300", Now: testNow}, []string{"Zelenskyy"}, nil, true},
		{"button of a deleted story", Request{Kind: KindComponent, CustomID: ButtonDates + "0123456789abcdef0123456789abcdef", UserID: "300", Now: testNow}, []string{"no longer available"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := b.Handle(ctx, tt.req)
			contains(t, text(r), tt.want...)
			lacks(t, text(r), tt.not...)
			if r.Ephemeral != tt.ephemeral {
				t.Errorf("ephemeral = %v", r.Ephemeral)
			}
			checkLimits(t, r)
		})
	}
}

func TestAlertButton(t *testing.T) {
	b, st := newTestBot(t, riyadhStory(), otherStory())
	click := Request{Kind: KindComponent, CustomID: ButtonAlert + riyadhStory().ID, GuildID: "100", UserID: "300", Now: testNow}
	r := b.Handle(ctx, click)
	contains(t, r.Content, "added", `person:"Marco Rubio"`)
	if !r.Ephemeral {
		t.Error("alert confirmation must be ephemeral")
	}
	r = b.Handle(ctx, click)
	contains(t, r.Content, "already have this alert")
	alerts, err := st.ListAlerts(ctx, "300")
	if err != nil || len(alerts) != 1 || alerts[0].Expression != `person:"Marco Rubio"` || alerts[0].Mode != store.ModeDM {
		t.Fatalf("alerts = %+v, %v", alerts, err)
	}
	noPeople := otherStory()
	noPeople.ID = "5eed0000000000000000000000000003"
	noPeople.Facts.People = nil
	if got := alertExpressionFor(noPeople); got != "Erdoğan hosts Gulf" {
		t.Errorf("title expression = %q", got)
	}
}

func TestAlertCommands(t *testing.T) {
	b, st := newTestBot(t, riyadhStory())
	run := func(sub string, opts ...Option) Response {
		t.Helper()
		r := b.Handle(ctx, cmd("alert", sub, opts...))
		if !r.Ephemeral {
			t.Errorf("/alert %s reply is public", sub)
		}
		checkLimits(t, r)
		return r
	}
	steps := []struct {
		name string
		do   func() Response
		want []string
	}{
		{"list empty", func() Response { return run("list") }, []string{"You have no alerts"}},
		{"invalid expression", func() Response { return run("add", str("expression", `person:Lavrov AND (Riyadh`)) }, []string{"does not work", "unclosed parenthesis at column 19"}},
		{"unknown field", func() Response { return run("add", str("expression", `city:Paris`)) }, []string{"unknown field \"city\""}},
		{"only excludes", func() Response { return run("add", str("expression", `-Ukraine`)) }, []string{"would match almost every story"}},
		{"too long", func() Response { return run("add", str("expression", strings.Repeat("a", 201))) }, []string{"most allowed is 200"}},
		{"add 1", func() Response { return run("add", str("expression", `person:Lavrov AND Riyadh`)) }, []string{"added", "`person:Lavrov AND Riyadh`"}},
		{"add duplicate", func() Response { return run("add", str("expression", `person:lavrov and riyadh`)) }, []string{"already have"}},
		{"add 2", func() Response { return run("add", str("expression", `country:"Saudi Arabia" -Yemen`)) }, []string{"added"}},
		{"add 3", func() Response { return run("add", str("expression", `Zelensky OR Zelenskyy`)) }, []string{"added"}},
		{"limit", func() Response { return run("add", str("expression", `Erdogan`)) }, []string{"You already have 3 alerts", "/alert remove"}},
		{"list", func() Response { return run("list") }, []string{"Your alerts (3 of 3)", "`person:Lavrov AND Riyadh` — active"}},
		{"pause all", func() Response { return run("pause") }, []string{"Paused 3 alert(s)"}},
		{"pause again", func() Response { return run("pause") }, []string{"already paused"}},
		{"list paused", func() Response { return run("list") }, []string{"— paused"}},
		{"resume", func() Response { return run("resume") }, []string{"Resumed 3 alert(s)"}},
		{"mute bad", func() Response { return run("mute", str("duration", "forever")) }, []string{"not a duration"}},
		{"mute too long", func() Response { return run("mute", str("duration", "90d")) }, []string{"longer than the 30 days"}},
		{"mute", func() Response { return run("mute", str("duration", "2h")) }, []string{"Muted 3 alert(s) until <t:"}},
		{"list muted", func() Response { return run("list") }, []string{"muted until <t:"}},
		{"remove unknown", func() Response { return run("remove", str("alert", "ffff")) }, []string{"no alert `ffff`"}},
		{"remove missing option", func() Response { return run("remove") }, []string{"Say which alert"}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) { contains(t, text(s.do()), s.want...) })
	}
	alerts, _ := st.ListAlerts(ctx, "300")
	if len(alerts) != 3 {
		t.Fatalf("%d alerts", len(alerts))
	}
	for _, a := range alerts {
		if want := testNow.Add(2 * time.Hour); !a.MutedUntil.Equal(want) {
			t.Errorf("muted until %v, want %v", a.MutedUntil, want)
		}
	}
	// Autocomplete offers the user's alerts, value = ID; remove by that value.
	ac := cmd("alert", "remove", Option{Name: "alert", Type: OptString, String: "saudi", Focused: true})
	ac.Kind = KindAutocomplete
	byExpr := map[string]string{}
	for _, a := range alerts {
		byExpr[a.Expression] = a.ID
	}
	choices := b.Handle(ctx, ac).Choices
	if len(choices) != 1 || choices[0].Value != byExpr[`country:"Saudi Arabia" -Yemen`] {
		t.Fatalf("choices = %v", choices)
	}
	contains(t, text(run("remove", str("alert", choices[0].Value))), "Removed alert", "Saudi Arabia")
	contains(t, text(run("remove", str("alert", shortID(byExpr["person:Lavrov AND Riyadh"])))), "Removed alert", "Lavrov")
	if left, _ := st.ListAlerts(ctx, "300"); len(left) != 1 || left[0].Expression != "Zelensky OR Zelenskyy" {
		t.Errorf("left = %+v", left)
	}
	// Another user cannot see or remove them.
	other := cmd("alert", "remove", str("alert", byExpr["Zelensky OR Zelenskyy"]))
	other.UserID = "999"
	contains(t, b.Handle(ctx, other).Content, "You have no alerts")
	contains(t, text(run("mute", str("duration", "off"))), "Unmuted 1 alert(s)")
}

func TestPausedAlertNotice(t *testing.T) {
	b, st := newTestBot(t, riyadhStory())
	a, err := st.CreateAlert(ctx, store.Alert{UserID: "300", Expression: "Lavrov", Mode: store.ModeDM}, 0)
	if err != nil {
		t.Fatal(err)
	}
	a.PausedReason = "Discord refused the direct message (your DMs are closed)"
	if err := st.UpdateAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
	r := b.Handle(ctx, cmd("brief", "", str("topic", "riyadh")))
	if r.Ephemeral || !strings.Contains(r.Notice, "your DMs are closed") || strings.Contains(r.Content, "DMs") {
		t.Errorf("public reply must carry the notice privately: content=%q notice=%q", r.Content, r.Notice)
	}
	r = b.Handle(ctx, cmd("brief", "", str("topic", "riyadh")))
	if r.Notice != "" {
		t.Errorf("told twice: %q", r.Notice)
	}
	// Another user is not told.
	o := cmd("alert", "list")
	o.UserID = "301"
	if r := b.Handle(ctx, o); strings.Contains(text(r), "paused") {
		t.Errorf("other user told: %q", text(r))
	}
	// After a resume and a new pause, the user is told again, inside an ephemeral reply.
	b.Handle(ctx, cmd("alert", "resume"))
	a, _ = st.GetAlert(ctx, a.ID)
	if a.PausedReason != "" {
		t.Fatalf("resume kept reason %q", a.PausedReason)
	}
	a.PausedReason = "Discord refused the direct message (your DMs are closed)"
	_ = st.UpdateAlert(ctx, a)
	r = b.Handle(ctx, cmd("alert", "list"))
	if !r.Ephemeral || !strings.Contains(r.Content, "your DMs are closed") || r.Notice != "" {
		t.Errorf("ephemeral reply should include the notice: %+v", r)
	}
}

func TestEditionPermissions(t *testing.T) {
	b, st := newTestBot(t, riyadhStory())
	for _, sub := range []string{"subscribe", "unsubscribe", "settings", "preview"} {
		t.Run(sub, func(t *testing.T) {
			req := cmd("edition", sub, str("time", "08:00"))
			req.Permissions = 1 << 11 // send messages only
			r := b.Handle(ctx, req)
			contains(t, r.Content, "Manage Server")
			if !r.Ephemeral {
				t.Error("refusal must be ephemeral")
			}
			if _, err := st.GetSubscription(ctx, "200"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("subscription changed: %v", err)
			}
			dm := cmd("edition", sub)
			dm.GuildID = ""
			contains(t, b.Handle(ctx, dm).Content, "use this command in a server")
		})
	}
	admin := cmd("edition", "subscribe")
	admin.Permissions = PermAdministrator
	contains(t, b.Handle(ctx, admin).Content, "Subscribed <#200>")
}

func TestEditionCommands(t *testing.T) {
	b, st := newTestBot(t, riyadhStory(), otherStory())
	steps := []struct {
		name string
		req  Request
		want []string
	}{
		{"bad time", cmd("edition", "subscribe", str("time", "25:00")), []string{"not HH:MM"}},
		{"bad zone", cmd("edition", "subscribe", str("timezone", "Paris")), []string{"Unknown time zone “Paris”", "Did you mean Europe/Paris?"}},
		{"bad days", cmd("edition", "subscribe", str("days", "funday")), []string{"is not a day"}},
		{"bad length", cmd("edition", "subscribe", Option{Name: "length", Type: OptInt, Int: 40}), []string{"between 1 and 10"}},
		{"subscribe", cmd("edition", "subscribe", str("time", "7:30"), str("timezone", "europe/paris"), str("days", "mon-fri")),
			[]string{"Subscribed <#200>: Mon, Tue, Wed, Thu, Fri at 07:30 (Europe/Paris), top 5 stories, compact format", "Next edition: Tue 18 Feb 07:30 CET"}},
		{"update other channel", cmd("edition", "subscribe", Option{Name: "channel", Type: OptChannel, Channel: "201"}, str("format", "full"),
			Option{Name: "length", Type: OptInt, Int: 2}, str("countries", "Turkey, Qatar")),
			[]string{"Subscribed <#201>", "at 07:00 (UTC), top 2 stories, full format; only stories matching countries Turkey, Qatar"}},
		{"update keeps settings", cmd("edition", "subscribe", str("time", "18:00")), []string{"Updated the edition of <#200>", "at 18:00 (Europe/Paris)"}},
		{"settings", cmd("edition", "settings"), []string{"Morning editions", "<#200>", "<#201>"}},
		{"preview compact", cmd("edition", "preview"), []string{"Preview — only you can see this", "Morning edition — Monday 17 February 2025", "1. [US-Russia talks"}},
		{"preview filtered full", cmd("edition", "preview", Option{Name: "channel", Type: OptChannel, Channel: "201"}), []string{"Erdoğan hosts Gulf leaders in Ankara"}},
		{"preview without edition", cmd("edition", "preview", Option{Name: "channel", Type: OptChannel, Channel: "202"}), []string{"has no edition yet"}},
		{"unsubscribe", cmd("edition", "unsubscribe"), []string{"Unsubscribed <#200>"}},
		{"unsubscribe again", cmd("edition", "unsubscribe"), []string{"has no morning edition"}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := b.Handle(ctx, s.req)
			contains(t, text(r), s.want...)
			if !r.Ephemeral {
				t.Error("edition replies are ephemeral")
			}
			checkLimits(t, r)
		})
	}
	sub, err := st.GetSubscription(ctx, "201")
	if err != nil || sub.Format != store.FormatFull || sub.Length != 2 || len(sub.Filters.Countries) != 2 || sub.GuildID != "100" {
		t.Errorf("sub 201 = %+v, %v", sub, err)
	}
	if _, err := st.GetSubscription(ctx, "200"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("200 still subscribed: %v", err)
	}
	// The filtered full preview holds only the Turkey story.
	r := b.Handle(ctx, cmd("edition", "preview", Option{Name: "channel", Type: OptChannel, Channel: "201"}))
	if len(r.Embeds) != 1 || !strings.Contains(r.Embeds[0].Title, "Ankara") {
		t.Errorf("filtered preview embeds = %+v", r.Embeds)
	}
}

func TestNextRunAcrossDST(t *testing.T) {
	sub := store.Subscription{Time: "02:30", TimeZone: "Europe/Paris"}
	// 30 March 2025: clocks jump from 02:00 to 03:00 in Paris.
	now := time.Date(2025, 3, 29, 12, 0, 0, 0, time.UTC)
	got, ok := NextRun(sub, now)
	if !ok || got.Day() != 30 || got.Hour() != 3 {
		t.Errorf("NextRun = %v (%v), want 30 March 03:30 local", got, ok)
	}
	sub = store.Subscription{Time: "07:00", TimeZone: "UTC", Days: []time.Weekday{time.Saturday}}
	got, _ = NextRun(sub, time.Date(2025, 2, 17, 8, 0, 0, 0, time.UTC)) // a Monday
	if got.Weekday() != time.Saturday || got.Day() != 22 {
		t.Errorf("NextRun = %v, want Sat 22 Feb", got)
	}
}

type fakeTester struct{ err error }

func (f fakeTester) TestSource(context.Context, store.Source) error { return f.err }

func TestSources(t *testing.T) {
	b, st := newTestBot(t)
	_ = st.PutSource(ctx, store.Source{Name: "sample", URL: "file:///x", Kind: "local"})
	_ = st.PutSource(ctx, store.Source{Name: "theirs", URL: "https://their.example/feed", Kind: "feed", GuildID: "999"})
	steps := []struct {
		name string
		req  Request
		want []string
	}{
		{"bad scheme", cmd("sources", "add", str("name", "evil"), str("url", "file:///etc/passwd")), []string{"http:// or https://"}},
		{"bad name", cmd("sources", "add", str("name", "Bad Name!"), str("url", "https://x.example/feed")), []string{"lowercase letters"}},
		{"credentials", cmd("sources", "add", str("name", "creds"), str("url", "https://u:p@x.example/feed")), []string{"user name or password"}},
		{"add", cmd("sources", "add", str("name", "Reuters-World"), str("url", "https://reuters.example/world.rss")), []string{"Added source **reuters-world** (feed)"}},
		{"add duplicate", cmd("sources", "add", str("name", "reuters-world"), str("url", "https://reuters.example/world.rss")), []string{"already exists"}},
		{"list", cmd("sources", "list"), []string{"News sources (3)", "**reuters-world** (feed, added here)", "**sample** (local, config)", "added in another server"}},
		{"remove configured", cmd("sources", "remove", str("name", "sample")), []string{"configuration file"}},
		{"remove other server's", cmd("sources", "remove", str("name", "theirs")), []string{"another server"}},
		{"remove unknown", cmd("sources", "remove", str("name", "nope")), []string{"no source named nope"}},
		{"remove", cmd("sources", "remove", str("name", "reuters-world")), []string{"Removed source reuters-world"}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			r := b.Handle(ctx, s.req)
			contains(t, text(r), s.want...)
			checkLimits(t, r)
		})
	}
	if _, err := st.GetSource(ctx, "reuters-world"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("not removed: %v", err)
	}
	for _, name := range []string{"sample", "theirs"} {
		if _, err := st.GetSource(ctx, name); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}

	noPerm := cmd("sources", "add", str("name", "x"), str("url", "https://x.example/"))
	noPerm.Permissions = 0
	contains(t, b.Handle(ctx, noPerm).Content, "Manage Server")
	if _, err := st.GetSource(ctx, "x"); !errors.Is(err, store.ErrNotFound) {
		t.Error("source added without permission")
	}

	b2, err := New(Config{Store: st, SourceTester: fakeTester{errors.New("HTTP 404 Not Found")}})
	if err != nil {
		t.Fatal(err)
	}
	r := b2.Handle(ctx, cmd("sources", "add", str("name", "dead"), str("url", "https://dead.example/feed")))
	contains(t, r.Content, "could not read", "HTTP 404 Not Found", "Nothing was added")
	if _, err := st.GetSource(ctx, "dead"); !errors.Is(err, store.ErrNotFound) {
		t.Error("failing source stored")
	}
}

func TestHelp(t *testing.T) {
	b, _ := newTestBot(t)
	r := b.Handle(ctx, cmd("help", ""))
	for _, d := range Commands() {
		contains(t, text(r), "/"+d.Name+":")
	}
	contains(t, text(r), "/alert add", "person:Lavrov", "Needs Manage Server")
	checkLimits(t, r)
}

func TestHostileStory(t *testing.T) {
	evil := riyadhStory()
	evil.ID = "e0110000000000000000000000000001"
	evil.Title = "@everyone **FREE** [click](https://evil.example) <@123> <@&456> <#789> @here"
	evil.URLs = []string{"javascript:alert(1)", "https://good.example/a_(b)"}
	evil.Outlets = []string{"<@1> Outlet", "@everyone news"}
	evil.Facts.QuickLook = digest.QuickLook{Headline: evil.Title, Bullets: []digest.Bullet{
		{Label: "# Big", Text: "> quote ||spoiler|| ```code``` @everyone"},
		{Label: "Link", Text: "[Official statement](https://phish.example) and <@!42>"},
	}}
	evil.Facts.People = append(evil.Facts.People, digest.Person{Name: "@here <@&1>", Role: "**role**", Participant: true})
	evil.Facts.Reactions = []digest.Reaction{{Actor: "<@999>", Stance: "critical", Quote: "@everyone [x](https://y.example)"}}
	evil.Facts.Dates = []digest.Date{{Text: "@here", Value: "2025-02-18", Event: "<@&5> event"}}
	b, _ := newTestBot(t, evil)
	reqs := []Request{
		cmd("brief", "", str("topic", "free")),
		cmd("brief", ""),
		cmd("participants", "", str("story", evil.ID)),
		cmd("dates", "", str("story", evil.ID)),
		cmd("dates", ""),
		cmd("reactions", "", str("story", evil.ID)),
	}
	for _, req := range reqs {
		t.Run(req.Route()+" "+req.Str("story")+req.Str("topic"), func(t *testing.T) {
			r := b.Handle(ctx, req)
			got := text(r)
			lacks(t, got, "@everyone", "@here", "<@", "<#7", "](https://evil", "](https://phish", "](https://y", "javascript:", "\n# ", "**FREE**")
			contains(t, got, "@\u200beveryone")
			checkLimits(t, r)
		})
	}
	r := b.Handle(ctx, cmd("brief", "", str("topic", "free")))
	if len(r.Embeds) != 1 || r.Embeds[0].URL != "https://good.example/a_%28b%29" {
		t.Errorf("embed URL = %q", r.Embeds[0].URL)
	}
}

func TestHugeStoryFitsLimits(t *testing.T) {
	huge := riyadhStory()
	huge.ID = "b1900000000000000000000000000001"
	long := strings.Repeat("Very long words about diplomacy ", 200)
	huge.Title = long
	huge.Facts.QuickLook.Headline = long
	for i := range 100 {
		huge.Facts.QuickLook.Bullets = append(huge.Facts.QuickLook.Bullets, digest.Bullet{Label: long[:300], Text: long})
		huge.Facts.People = append(huge.Facts.People, digest.Person{Name: fmt.Sprintf("Person %d %s", i, long[:200]), Role: long[:100], Participant: i%2 == 0})
		huge.Facts.Reactions = append(huge.Facts.Reactions, digest.Reaction{Actor: "Actor", Quote: long})
		huge.Facts.Dates = append(huge.Facts.Dates, digest.Date{Text: long[:500], Value: "2025-02-18", Event: long})
		huge.Outlets = append(huge.Outlets, fmt.Sprintf("Outlet %d", i))
	}
	b, _ := newTestBot(t, huge)
	for _, req := range []Request{
		cmd("brief", "", str("topic", "diplomacy")), cmd("brief", ""), cmd("participants", ""), cmd("dates", ""),
		cmd("dates", "", str("story", huge.ID)), cmd("reactions", ""), cmd("edition", "preview"),
	} {
		t.Run(req.Route(), func(t *testing.T) {
			r := b.Handle(ctx, req)
			if r.Content == msgWentWrong || (len(r.Embeds) == 0 && r.Content == "") {
				t.Fatalf("bad reply %+v", r)
			}
			checkLimits(t, r)
		})
	}
}
