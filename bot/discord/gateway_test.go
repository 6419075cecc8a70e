package discord_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/store"
)

func commandNames(cmds []*discordgo.ApplicationCommand) []string {
	var out []string
	for _, c := range cmds {
		out = append(out, c.Name)
	}
	slices.Sort(out)
	return out
}

func defNames(defs []bot.CommandDef) []string {
	var out []string
	for _, d := range defs {
		out = append(out, d.Name)
	}
	slices.Sort(out)
	return out
}

func TestCommandRegistration(t *testing.T) {
	t.Run("global, once per definition change", func(t *testing.T) {
		f := fakediscord.New(t, fakediscord.Options{})
		h := start(t, setup{fakeRef: f})
		// Calls are recorded just after their answers are written: wait.
		f.WaitRoute(t, wait, fakediscord.RoutePutGlobalCommands, 1)
		if n := len(f.CallsTo(fakediscord.RoutePutGlobalCommands)); n != 1 {
			t.Fatalf("%d bulk overwrites on first start, want 1", n)
		}
		if got, want := commandNames(f.Commands("")), defNames(bot.Commands()); !slices.Equal(got, want) {
			t.Fatalf("registered %v, want %v", got, want)
		}
		if h.gw.ApplicationID() != f.AppID() {
			t.Errorf("application ID %q, want %q from READY", h.gw.ApplicationID(), f.AppID())
		}
		stopGateway(t, h.gw)

		// Restart with the same definitions: read, but no second PUT.
		h2 := start(t, setup{fakeRef: f})
		f.WaitRoute(t, wait, fakediscord.RouteGetGlobalCommands, 2)
		if n := len(f.CallsTo(fakediscord.RoutePutGlobalCommands)); n != 1 {
			t.Fatalf("%d bulk overwrites after an unchanged restart, want still 1", n)
		}
		if n := len(f.CallsTo(fakediscord.RouteGetGlobalCommands)); n != 2 {
			t.Errorf("%d command listings, want 2 (one per start)", n)
		}
		stopGateway(t, h2.gw)

		// Changed definitions: exactly one more PUT.
		defs := bot.Commands()
		defs[0].Description = "Changed description"
		start(t, setup{fakeRef: f, opts: func(o *discord.Options) { o.Commands = defs }})
		f.WaitRoute(t, wait, fakediscord.RoutePutGlobalCommands, 2)
		if n := len(f.CallsTo(fakediscord.RoutePutGlobalCommands)); n != 2 {
			t.Fatalf("%d bulk overwrites after a definition change, want 2", n)
		}
		for _, c := range f.Commands("") {
			if c.Name == defs[0].Name && c.Description != "Changed description" {
				t.Errorf("description %q not updated", c.Description)
			}
		}
		if len(f.CallsTo(fakediscord.RoutePutGuildCommands)) != 0 {
			t.Error("guild commands written without GuildID")
		}
	})
	t.Run("guild", func(t *testing.T) {
		f := fakediscord.New(t, fakediscord.Options{})
		start(t, setup{fakeRef: f, opts: func(o *discord.Options) { o.GuildID = fakediscord.DefaultGuildID }})
		f.WaitRoute(t, wait, fakediscord.RoutePutGuildCommands, 1)
		if n := len(f.CallsTo(fakediscord.RoutePutGuildCommands)); n != 1 {
			t.Fatalf("%d guild bulk overwrites, want 1", n)
		}
		if n := len(f.CallsTo(fakediscord.RoutePutGlobalCommands)); n != 0 {
			t.Fatalf("%d global bulk overwrites, want 0", n)
		}
		if got := len(f.Commands(fakediscord.DefaultGuildID)); got != len(bot.Commands()) {
			t.Fatalf("%d guild commands, want %d", got, len(bot.Commands()))
		}
	})
	t.Run("every REST call carries the token and reaches the API base", func(t *testing.T) {
		f := fakediscord.New(t, fakediscord.Options{})
		start(t, setup{fakeRef: f})
		calls := f.Calls()
		if len(calls) < 3 {
			t.Fatalf("only %d REST calls", len(calls))
		}
		for _, c := range calls {
			if !strings.HasPrefix(c.Path, "/api/v9/") {
				t.Errorf("call %s %s outside the API base", c.Method, c.Path)
			}
			if c.Route != fakediscord.RouteGateway && c.Header.Get("Authorization") != "Bot "+f.Token() {
				t.Errorf("call %s lacks the bot token", c.Route)
			}
		}
	})
}

// TestGatewayEndToEnd drives one running adapter (bot over bolt, real
// discordgo, the fake) through the user-facing scenarios. Replies are read
// whatever way they arrived (at once, or deferred then edited), so a slow
// machine does not change what is asserted.
func TestGatewayEndToEnd(t *testing.T) {
	seed := seedStory(t)
	hostile := hostileStory(t)
	h := start(t, setup{stories: []store.Story{seed, hostile},
		opts: func(o *discord.Options) { o.DeferAfter = 2 * time.Second }})
	f := h.f
	member := f.AsMember()

	var briefMsg string // the /brief post, for the buttons
	t.Run("brief on the seed story", func(t *testing.T) {
		// The story chosen by its ID, as autocomplete fills it in (a
		// search for "Riyadh" could pick the hostile copy).
		id := f.SlashCommand(t, member, "brief", fakediscord.StrOpt("topic", seed.ID))
		r := finalReply(t, f, id)
		text := r.msg.text()
		for _, want := range []string{
			"Marco Rubio", "Sergey Lavrov", "Yuri Ushakov", // participants
			"18 Feb 2025",          // the date of the talks (Tuesday)
			"Riyadh, Saudi Arabia", // the venue
		} {
			if !strings.Contains(text, want) {
				t.Errorf("reply lacks %q:\n%s", want, text)
			}
		}
		if r.ephemeral {
			t.Error("/brief reply is ephemeral, want public")
		}
		if !r.msg.noMentions() {
			t.Errorf("allowed_mentions is not parse=[]: %s", r.body)
		}
		ids := r.msg.customIDs()
		for _, prefix := range []string{bot.ButtonParticipants, bot.ButtonDates, bot.ButtonReactions, bot.ButtonAlert} {
			if !slices.Contains(ids, prefix+seed.ID) {
				t.Errorf("no button %s%s in %v", prefix, seed.ID, ids)
			}
		}
		if r.rec.Latency() <= 0 || r.rec.Latency() > 3*time.Second {
			t.Errorf("dispatch to callback %v, want (0, 3s]", r.rec.Latency())
		}
		briefMsg = r.rec.OriginalMessageID
	})

	t.Run("autocomplete", func(t *testing.T) {
		for _, tt := range []struct{ typed, want string }{{"riy", "Riyadh"}, {"lavr", "Lavrov"}} {
			id := f.Autocomplete(t, member, "brief", fakediscord.FocusedOpt("topic", tt.typed))
			rec := f.WaitCallback(t, id, wait)
			if rec.CallbackType != 8 {
				t.Fatalf("callback type %d, want 8", rec.CallbackType)
			}
			choices, err := rec.CallbackChoices()
			if err != nil {
				t.Fatal(err)
			}
			if len(choices) == 0 || len(choices) > 25 {
				t.Fatalf("%q: %d choices, want 1..25", tt.typed, len(choices))
			}
			found := false
			for _, c := range choices {
				found = found || strings.Contains(c.Name, tt.want)
			}
			if !found {
				t.Errorf("%q: no choice mentions %q: %+v", tt.typed, tt.want, choices)
			}
		}
	})

	buttons := []struct {
		prefix string
		want   []string
	}{
		{bot.ButtonParticipants, []string{"Marco Rubio", "Secretary of State", "Ukraine"}},
		{bot.ButtonDates, []string{"Tue 18 Feb 2025", "Thu 20 Feb 2025"}},
		{bot.ButtonReactions, []string{"Zelenskyy"}},
		{bot.ButtonAlert, nil},
	}
	for _, tt := range buttons {
		t.Run("button "+strings.TrimSuffix(tt.prefix, ":"), func(t *testing.T) {
			if briefMsg == "" {
				t.Skip("no /brief post to click on")
			}
			r := finalReply(t, f, f.ClickButton(t, member, tt.prefix+seed.ID, briefMsg))
			if !r.ephemeral {
				t.Errorf("button reply is public, want ephemeral: %s", r.body)
			}
			if !r.msg.noMentions() {
				t.Errorf("allowed_mentions is not parse=[]: %s", r.body)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.msg.text(), w) {
					t.Errorf("reply lacks %q:\n%s", w, r.msg.text())
				}
			}
			if tt.prefix == bot.ButtonAlert {
				alerts, err := h.st.ListAlerts(context.Background(), member.User.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(alerts) != 1 || !strings.Contains(alerts[0].Expression, "Rubio") {
					t.Errorf("alerts after Alert me: %+v, want one following Marco Rubio", alerts)
				}
			}
		})
	}

	t.Run("edition needs Manage Server", func(t *testing.T) {
		ctx := context.Background()
		sub := fakediscord.SubCommand("subscribe", fakediscord.ChannelOpt("channel", fakediscord.DefaultChannelID),
			fakediscord.StrOpt("time", "07:30"))
		r := finalReply(t, f, f.SlashCommand(t, member, "edition", sub))
		if !r.ephemeral {
			t.Error("refusal is public, want ephemeral")
		}
		if !strings.Contains(r.msg.text(), "Manage Server") {
			t.Errorf("refusal does not name the permission: %q", r.msg.text())
		}
		subs, err := h.st.ListSubscriptions(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(subs) != 0 {
			t.Fatalf("a member without Manage Server changed the store: %+v", subs)
		}
		// Control: the admin can.
		finalReply(t, f, f.SlashCommand(t, f.AsAdmin(), "edition", sub))
		subs, err = h.st.ListSubscriptions(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(subs) != 1 || subs[0].ChannelID != fakediscord.DefaultChannelID || subs[0].Time != "07:30" {
			t.Fatalf("admin subscribe stored %+v", subs)
		}
	})

	t.Run("@everyone never pings", func(t *testing.T) {
		r := finalReply(t, f, f.SlashCommand(t, member, "brief", fakediscord.StrOpt("topic", hostile.ID)))
		if !strings.Contains(string(r.body), "everyone") {
			t.Fatalf("the reply does not carry the hostile text, the test proves nothing: %s", r.body)
		}
		var raw struct {
			AllowedMentions json.RawMessage `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(r.body, &raw); err != nil {
			t.Fatal(err)
		}
		var am map[string]json.RawMessage
		if err := json.Unmarshal(raw.AllowedMentions, &am); err != nil {
			t.Fatalf("allowed_mentions %s: %v", raw.AllowedMentions, err)
		}
		if string(am["parse"]) != "[]" {
			t.Errorf("allowed_mentions.parse = %s, want [] (body %s)", am["parse"], r.body)
		}
		if _, ok := am["users"]; ok {
			t.Errorf("allowed_mentions lists users: %s", raw.AllowedMentions)
		}
	})

	t.Run("notice follows a public reply", func(t *testing.T) {
		dave := f.AsMember()
		dave.User = fakediscord.User{ID: "1300000000000000009", Username: "dave"}
		_, err := h.st.CreateAlert(context.Background(), store.Alert{UserID: dave.User.ID, Expression: "Riyadh",
			Mode: store.ModeDM, PausedReason: "your direct messages are closed"}, 0)
		if err != nil {
			t.Fatal(err)
		}
		id := f.SlashCommand(t, dave, "brief", fakediscord.StrOpt("topic", seed.ID))
		r := finalReply(t, f, id)
		if r.ephemeral || strings.Contains(r.msg.text(), "paused") {
			t.Errorf("the public reply carries the private notice: %q", r.msg.text())
		}
		call := f.WaitCall(t, wait, func(c fakediscord.Call) bool {
			return c.Route == fakediscord.RouteFollowup && c.Params["webhook_token"] == r.rec.Token
		})
		m := decodeBody(t, call.Body)
		if m.Flags&64 == 0 || !strings.Contains(m.Content, "paused") || !m.noMentions() {
			t.Errorf("notice %s, want an ephemeral follow-up about the paused alert with parse=[]", call.Body)
		}
	})

	t.Run("every message sent has parse=[]", func(t *testing.T) {
		checked := 0
		for _, c := range f.Calls() {
			body := c.Body
			switch c.Route {
			case fakediscord.RouteInteractionCallback:
				var cb struct {
					Type int             `json:"type"`
					Data json.RawMessage `json:"data"`
				}
				if err := json.Unmarshal(c.Body, &cb); err != nil || (cb.Type != 4 && cb.Type != 7) {
					continue
				}
				body = cb.Data
			case fakediscord.RouteEditOriginal, fakediscord.RouteFollowup, fakediscord.RouteCreateMessage:
			default:
				continue
			}
			checked++
			if !decodeBody(t, body).noMentions() {
				t.Errorf("%s without allowed_mentions parse=[]: %s", c.Route, body)
			}
		}
		if checked < 8 {
			t.Errorf("only %d message bodies checked", checked)
		}
	})
}

// hostileStory digests the seed article with pings added to its title and
// body, as a hostile feed would publish it.
func hostileStory(t *testing.T) store.Story {
	t.Helper()
	a := seedArticle(t)
	a.ID = "hostile-article"
	a.URL = "https://hostile.example/riyadh"
	a.Title = "@everyone Riyadh talks <@123456789012345678> @here"
	a.Body = "@everyone @here <@&123456789012345678> " + a.Body
	e, err := digest.New()
	if err != nil {
		t.Fatal(err)
	}
	r := e.Extract(digest.Article{ID: a.ID, Title: a.Title, Body: a.Body, Published: a.Published})
	a.Result = &r
	return story.New(a, "Hostile Times", time.Now())
}

func TestReconnectLosesNoInteraction(t *testing.T) {
	h := start(t, setup{stories: []store.Story{seedStory(t)},
		opts: func(o *discord.Options) { o.DeferAfter = 2 * time.Second }})
	f := h.f
	var ids []string
	brief := func() {
		ids = append(ids, f.SlashCommand(t, f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh")))
	}
	for range 5 {
		brief()
	}
	f.WaitFor(t, wait, "the first callbacks", func() bool {
		r, _ := f.Interaction(ids[4])
		return !r.CallbackAt.IsZero()
	})
	f.Reconnect(t)
	for range 5 { // while discordgo closes and redials
		brief()
	}
	f.WaitResumed(t, 1, wait)
	for range 5 {
		brief()
	}
	for _, id := range ids {
		r := finalReply(t, f, id)
		if !strings.Contains(r.msg.text(), "Sergey Lavrov") {
			t.Errorf("interaction %s answered without the story: %q", id, r.msg.text())
		}
		if r.rec.Latency() > 3*time.Second {
			t.Errorf("interaction %s answered after %v", id, r.rec.Latency())
		}
	}
	if g := f.Gateway(); g.Identifies != 1 || g.Resumes < 1 {
		t.Errorf("gateway saw %d IDENTIFY and %d RESUME, want 1 and >= 1", g.Identifies, g.Resumes)
	}
}

func TestRateLimitRetried(t *testing.T) {
	t.Run("callback", func(t *testing.T) {
		h := start(t, setup{stories: []store.Story{seedStory(t)}})
		h.f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteInteractionCallback, Status: 429, RetryAfter: 200 * time.Millisecond})
		id := h.f.SlashCommand(t, h.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		_, m := callbackMessage(t, h.f, id, 4)
		if !strings.Contains(m.text(), "Sergey Lavrov") {
			t.Errorf("reply lacks the story: %q", m.text())
		}
		// The fake shows the callback before it records the call: wait for both.
		calls := h.f.WaitRoute(t, wait, fakediscord.RouteInteractionCallback, 2)
		if len(calls) != 2 || calls[0].Status != 429 || calls[1].Status != 204 {
			t.Fatalf("callback calls %v, want a 429 then a 204", statuses(calls))
		}
	})
	t.Run("edit", func(t *testing.T) {
		var g *gate
		h := start(t, setup{stories: []store.Story{seedStory(t)},
			handler: func(b *bot.Bot) discord.Handler { g = newGate(b, isRoute("brief")); return g },
			opts:    func(o *discord.Options) { o.DeferAfter = 100 * time.Millisecond }})
		h.f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteEditOriginal, Status: 429, RetryAfter: 200 * time.Millisecond})
		id := h.f.SlashCommand(t, h.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		if rec := h.f.WaitCallback(t, id, wait); rec.CallbackType != 5 {
			t.Fatalf("callback type %d, want 5 (deferred)", rec.CallbackType)
		}
		g.open()
		calls := h.f.WaitRoute(t, wait, fakediscord.RouteEditOriginal, 2)
		if calls[0].Status != 429 || calls[1].Status != 200 {
			t.Fatalf("edit calls %v, want a 429 then a 200", statuses(calls))
		}
		msg, ok := h.f.OriginalResponse(id)
		if !ok || len(msg.Embeds) == 0 || !strings.Contains(msg.Embeds[0].Description, "Sergey Lavrov") {
			t.Fatalf("original response after the edit: %+v", msg)
		}
	})
}

func statuses(calls []fakediscord.Call) []int {
	var out []int
	for _, c := range calls {
		out = append(out, c.Status)
	}
	return out
}

func TestSlowHandlerDefers(t *testing.T) {
	t.Run("default 1.5 s, public command", func(t *testing.T) {
		var g *gate
		h := start(t, setup{stories: []store.Story{seedStory(t)},
			handler: func(b *bot.Bot) discord.Handler { g = newGate(b, isRoute("brief")); return g }})
		id := h.f.SlashCommand(t, h.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		rec := h.f.WaitCallback(t, id, wait)
		if rec.CallbackType != 5 {
			t.Fatalf("callback type %d, want 5", rec.CallbackType)
		}
		if l := rec.Latency(); l < discord.DefaultDeferAfter-50*time.Millisecond || l > 3*time.Second {
			t.Errorf("deferred after %v, want about %v and < 3 s", l, discord.DefaultDeferAfter)
		}
		if strings.Contains(string(rec.CallbackBody), `"flags":64`) {
			t.Errorf("deferral of a public command is ephemeral: %s", rec.CallbackBody)
		}
		g.open()
		edit := h.f.WaitRoute(t, wait, fakediscord.RouteEditOriginal, 1)[0]
		if edit.Status != 200 {
			t.Fatalf("edit answered %d", edit.Status)
		}
		if m := decodeBody(t, edit.Body); !m.noMentions() || !strings.Contains(m.text(), "Marco Rubio") {
			t.Errorf("edit body %s", edit.Body)
		}
		msg, _ := h.f.OriginalResponse(id)
		if msg == nil || len(msg.Embeds) == 0 || len(msg.Components) == 0 {
			t.Errorf("original response after the edit: %+v", msg)
		}
	})
	t.Run("ephemeral command", func(t *testing.T) {
		var g *gate
		h := start(t, setup{handler: func(b *bot.Bot) discord.Handler { g = newGate(b, isRoute("help")); return g },
			opts: func(o *discord.Options) { o.DeferAfter = 100 * time.Millisecond }})
		id := h.f.SlashCommand(t, h.f.AsMember(), "help")
		rec := h.f.WaitCallback(t, id, wait)
		if rec.CallbackType != 5 || !strings.Contains(string(rec.CallbackBody), `"flags":64`) {
			t.Fatalf("callback %d %s, want an ephemeral type 5", rec.CallbackType, rec.CallbackBody)
		}
		g.open()
		h.f.WaitRoute(t, wait, fakediscord.RouteEditOriginal, 1)
		msg, _ := h.f.OriginalResponse(id)
		if msg == nil || msg.Flags&64 == 0 || !strings.Contains(msg.Content+embedText(msg.Embeds), "/brief") {
			t.Errorf("original response %+v, want the ephemeral help", msg)
		}
	})
	t.Run("button", func(t *testing.T) {
		seed := seedStory(t)
		var g *gate
		h := start(t, setup{stories: []store.Story{seed},
			handler: func(b *bot.Bot) discord.Handler {
				g = newGate(b, func(r bot.Request) bool { return r.Kind == bot.KindComponent })
				return g
			},
			opts: func(o *discord.Options) { o.DeferAfter = 100 * time.Millisecond }})
		brief := h.f.SlashCommand(t, h.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		src := h.f.WaitCallback(t, brief, wait).OriginalMessageID
		id := h.f.ClickButton(t, h.f.AsMember(), bot.ButtonParticipants+seed.ID, src)
		if rec := h.f.WaitCallback(t, id, wait); rec.CallbackType != 6 {
			t.Fatalf("callback type %d, want 6 (deferred update)", rec.CallbackType)
		}
		g.open()
		h.f.WaitFor(t, wait, "the follow-up", func() bool { return len(h.f.Followups(id)) == 1 })
		fu := h.f.Followups(id)[0]
		if fu.Flags&64 == 0 || !strings.Contains(embedText(fu.Embeds), "Marco Rubio") {
			t.Errorf("follow-up %+v, want the ephemeral participants", fu)
		}
		if n := len(h.f.CallsTo(fakediscord.RouteEditOriginal)); n != 0 {
			t.Errorf("the clicked story post was edited %d times", n)
		}
	})
	t.Run("private error after a public deferral", func(t *testing.T) {
		var g *gate
		h := start(t, setup{stories: []store.Story{seedStory(t)},
			handler: func(b *bot.Bot) discord.Handler {
				g = newGate(failing{}, isRoute("brief"))
				return g
			},
			opts: func(o *discord.Options) { o.DeferAfter = 100 * time.Millisecond }})
		id := h.f.SlashCommand(t, h.f.AsMember(), "brief")
		if rec := h.f.WaitCallback(t, id, wait); rec.CallbackType != 5 {
			t.Fatalf("callback type %d, want 5", rec.CallbackType)
		}
		g.open()
		h.f.WaitFor(t, wait, "the follow-up", func() bool { return len(h.f.Followups(id)) == 1 })
		if fu := h.f.Followups(id)[0]; fu.Flags&64 == 0 || fu.Content != "boom" {
			t.Errorf("follow-up %+v, want the ephemeral error", fu)
		}
		if _, ok := h.f.OriginalResponse(id); ok {
			t.Error("the public placeholder was not deleted")
		}
	})
}

// failing answers everything with a private error.
type failing struct{}

func (failing) Handle(context.Context, bot.Request) bot.Response { return bot.Ephemeralf("boom") }

func embedText(es []*discordgo.MessageEmbed) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + ": " + f.Value + "\n")
		}
	}
	return b.String()
}

func TestSlowAutocompleteNeverDefers(t *testing.T) {
	var g *gate
	h := start(t, setup{stories: []store.Story{seedStory(t)},
		handler: func(b *bot.Bot) discord.Handler {
			g = newGate(b, func(r bot.Request) bool { return r.Kind == bot.KindAutocomplete })
			return g
		},
		opts: func(o *discord.Options) {
			o.DeferAfter = 50 * time.Millisecond
			o.AutocompleteTimeout = 300 * time.Millisecond
		}})
	defer g.open()
	id := h.f.Autocomplete(t, h.f.AsMember(), "brief", fakediscord.FocusedOpt("topic", "riy"))
	rec := h.f.WaitCallback(t, id, wait)
	if rec.CallbackType != 8 {
		t.Fatalf("callback type %d, want 8", rec.CallbackType)
	}
	choices, err := rec.CallbackChoices()
	if err != nil || len(choices) != 0 {
		t.Errorf("choices %v (%v), want none after the timeout", choices, err)
	}
	if l := rec.Latency(); l < 250*time.Millisecond || l > 2*time.Second {
		t.Errorf("answered after %v, want about the 300 ms timeout", l)
	}
}

func TestNewValidates(t *testing.T) {
	b := failing{}
	tests := []struct {
		name string
		opts discord.Options
	}{
		{"no token", discord.Options{Handler: b}},
		{"no handler", discord.Options{Token: "x"}},
		{"bad base", discord.Options{Token: "x", Handler: b, APIBase: "ftp://example.org/"}},
		{"bad shard", discord.Options{Token: "x", Handler: b, ShardID: 2, ShardCount: 2}},
		{"deferral too late", discord.Options{Token: "x", Handler: b, DeferAfter: 3 * time.Second}},
		{"autocomplete too late", discord.Options{Token: "x", Handler: b, AutocompleteTimeout: 5 * time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := discord.New(tt.opts); err == nil {
				t.Fatal("New accepted invalid options")
			}
		})
	}
}

func TestOpenTimeout(t *testing.T) {
	// A server that accepts the websocket and never says HELLO.
	f := fakediscord.New(t, fakediscord.Options{})
	srv := silentGateway(t)
	opts := discord.Options{Token: f.Token(), APIBase: srv + "/api/v9/", Handler: failing{}, OpenTimeout: 300 * time.Millisecond}
	gw, err := discord.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = gw.Start(context.Background())
	if err == nil {
		t.Fatal("Start succeeded against a silent gateway")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Start gave up after %v, want about 300 ms", d)
	}
	if strings.Contains(err.Error(), f.Token()) {
		t.Errorf("the error shows the token: %v", err)
	}
	_ = gw.Stop(context.Background())
}

func TestShardOptions(t *testing.T) {
	gw, err := discord.New(discord.Options{Token: "Bot x", Handler: failing{}, ShardID: 1, ShardCount: 4})
	if err != nil {
		t.Fatal(err)
	}
	s := gw.Session()
	if s.ShardID != 1 || s.ShardCount != 4 || s.Identify.Intents != discordgo.IntentsGuilds {
		t.Errorf("session shard %d/%d intents %d", s.ShardID, s.ShardCount, s.Identify.Intents)
	}
	if s.Token != "Bot x" {
		t.Errorf("session token not in the Bot form")
	}
}

func TestStopWaitsForInFlight(t *testing.T) {
	var g *gate
	h := start(t, setup{stories: []store.Story{seedStory(t)},
		handler: func(b *bot.Bot) discord.Handler { g = newGate(b, isRoute("brief")); return g },
		opts:    func(o *discord.Options) { o.DeferAfter = 100 * time.Millisecond }})
	id := h.f.SlashCommand(t, h.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
	<-g.entered
	h.f.WaitCallback(t, id, wait) // deferred
	stopped := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		defer cancel()
		stopped <- h.gw.Stop(ctx)
	}()
	// Stop closes the gateway (discordgo pauses 1 s) and must then wait
	// for the held interaction.
	h.f.WaitFor(t, wait, "the gateway to close", func() bool { return !h.f.Gateway().Connected })
	select {
	case err := <-stopped:
		t.Fatalf("Stop returned (%v) while an interaction was in flight", err)
	default:
	}
	g.open()
	if err := <-stopped; err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if calls := h.f.WaitRoute(t, wait, fakediscord.RouteEditOriginal, 1); len(calls) != 1 || calls[0].Status != 200 {
		t.Fatalf("edit calls %v, want one 200 before Stop returned", statuses(calls))
	}
}
