package fakediscord_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot/fakediscord"
)

const waitLong = 10 * time.Second

func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// openBot opens a discordgo session against the fake with handler installed; it waits for the
// GUILD_CREATE to reach the session state.
func openBot(t *testing.T, f *fakediscord.Fake, handler func(s *discordgo.Session, i *discordgo.InteractionCreate)) *discordgo.Session {
	t.Helper()
	s := f.NewSession(t)
	guilds := make(chan string, 4)
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) { guilds <- g.ID })
	if handler != nil {
		s.AddHandler(handler)
	}
	done := make(chan error, 1)
	go func() { done <- s.Open() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
	case <-time.After(waitLong):
		t.Fatal("Open did not return")
	}
	select {
	case id := <-guilds:
		if id != fakediscord.DefaultGuildID {
			t.Fatalf("GUILD_CREATE for %s, want %s", id, fakediscord.DefaultGuildID)
		}
	case <-time.After(waitLong):
		t.Fatal("no GUILD_CREATE")
	}
	return s
}

// reply answers every slash command with a type-4 message.
func reply(s *discordgo.Session, i *discordgo.InteractionCreate) {
	if i.Type != discordgo.InteractionApplicationCommand {
		return
	}
	_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         "hello " + i.ApplicationCommandData().Name,
			AllowedMentions: noMentions(),
		},
	})
}

func restCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return -1
}

func TestOpenAndSlashCommand(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	start := time.Now()
	s := openBot(t, f, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		if i.Type != discordgo.InteractionApplicationCommand {
			return
		}
		d := i.ApplicationCommandData()
		topic := ""
		if len(d.Options) > 0 && len(d.Options[0].Options) > 0 {
			topic = d.Options[0].Options[0].StringValue()
		}
		_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: d.Name + ":" + d.Options[0].Name + ":" + topic +
				":" + i.Member.User.ID, AllowedMentions: noMentions()},
		})
	})
	t.Logf("Open + GUILD_CREATE took %v", time.Since(start))
	if s.State.User == nil || s.State.User.ID != f.AppID() {
		t.Fatalf("state user = %+v, want bot %s", s.State.User, f.AppID())
	}
	if g, err := s.State.Guild(fakediscord.DefaultGuildID); err != nil || len(g.Channels) != 2 {
		t.Fatalf("state guild = %+v, %v; want 2 channels", g, err)
	}
	id := f.SlashCommand(t, f.AsAdmin(), "brief", fakediscord.SubCommand("topic", fakediscord.StrOpt("q", "riyadh")))
	rec := f.WaitCallback(t, id, waitLong)
	if rec.CallbackType != 4 {
		t.Fatalf("callback type %d, want 4", rec.CallbackType)
	}
	msg, ok := f.OriginalResponse(id)
	if !ok {
		t.Fatal("no original response stored")
	}
	want := "brief:topic:riyadh:" + fakediscord.DefaultAdminUserID
	if msg.Content != want {
		t.Fatalf("original content %q, want %q", msg.Content, want)
	}
	if rec.Latency() <= 0 || rec.Latency() > 3*time.Second {
		t.Fatalf("latency %v out of (0, 3s]", rec.Latency())
	}
	t.Logf("dispatch -> callback %v", rec.Latency())
	if st := f.Gateway(); st.Identifies != 1 || !st.Connected || st.Intents != int64(discordgo.IntentsGuilds) {
		t.Fatalf("gateway stats %+v", st)
	}
	if len(f.CallsTo(fakediscord.RouteGateway)) != 1 {
		t.Fatalf("GET /gateway calls: %d", len(f.CallsTo(fakediscord.RouteGateway)))
	}
}

func TestDeferEditFollowup(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	var mu sync.Mutex
	var errs []error
	note := func(err error) {
		if err != nil {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		}
	}
	openBot(t, f, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		// A follow-up before the initial response must fail.
		if _, err := s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "early", AllowedMentions: noMentions()}); restCode(err) != 10015 {
			note(errors.New("early follow-up: want 10015, got " + errString(err)))
		}
		note(s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
		}))
		content := "done"
		_, err := s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &content, AllowedMentions: noMentions()})
		note(err)
		_, err = s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "more", AllowedMentions: noMentions()})
		note(err)
	})
	id := f.SlashCommand(t, f.AsMember(), "dates")
	f.WaitRoute(t, waitLong, fakediscord.RouteFollowup, 2)
	mu.Lock()
	defer mu.Unlock()
	if len(errs) > 0 {
		t.Fatalf("bot errors: %v", errs)
	}
	orig, ok := f.OriginalResponse(id)
	if !ok || orig.Content != "done" || orig.Flags&discordgo.MessageFlagsEphemeral == 0 || orig.Flags&discordgo.MessageFlagsLoading != 0 {
		t.Fatalf("original = %+v", orig)
	}
	if fu := f.Followups(id); len(fu) != 1 || fu[0].Content != "more" {
		t.Fatalf("followups = %+v", fu)
	}
}

func errString(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func TestBulkOverwrite(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	s := f.NewSession(t)
	perm := int64(fakediscord.PermManageGuild)
	cmds := []*discordgo.ApplicationCommand{
		{Name: "brief", Description: "Quick look at a story", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: "Topic", Autocomplete: true},
		}},
		{Name: "edition", Description: "Morning edition", DefaultMemberPermissions: &perm, Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "subscribe", Description: "Subscribe", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: "Where", Required: true},
				{Type: discordgo.ApplicationCommandOptionString, Name: "time", Description: "When"},
			}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "unsubscribe", Description: "Stop"},
		}},
	}
	for _, guild := range []string{"", fakediscord.DefaultGuildID} {
		t.Run("scope="+guild, func(t *testing.T) {
			got, err := s.ApplicationCommandBulkOverwrite(f.AppID(), guild, cmds)
			if err != nil {
				t.Fatalf("bulk overwrite: %v", err)
			}
			if len(got) != 2 || got[0].ID == "" || got[0].Version == "" || got[1].Name != "edition" || got[0].ApplicationID != f.AppID() {
				t.Fatalf("echo = %+v", got)
			}
			listed, err := s.ApplicationCommands(f.AppID(), guild)
			if err != nil || len(listed) != 2 || listed[0].ID != got[0].ID {
				t.Fatalf("GET commands = %+v, %v", listed, err)
			}
			again, err := s.ApplicationCommandBulkOverwrite(f.AppID(), guild, cmds)
			if err != nil || again[0].Version != got[0].Version || again[0].ID != got[0].ID {
				t.Fatalf("unchanged overwrite changed version: %+v %v", again, err)
			}
			changed := *cmds[0]
			changed.Description = "Quick look"
			third, err := s.ApplicationCommandBulkOverwrite(f.AppID(), guild, []*discordgo.ApplicationCommand{&changed, cmds[1]})
			if err != nil || third[0].ID != got[0].ID || third[0].Version == got[0].Version || third[1].Version != got[1].Version {
				t.Fatalf("changed overwrite: %+v %v", third, err)
			}
			if n := len(f.Commands(guild)); n != 2 {
				t.Fatalf("Commands(%q) = %d", guild, n)
			}
		})
	}
	// The registered ID is used in dispatched slash commands.
	p := f.NewSlashCommand(f.AsAdmin(), "brief")
	var i discordgo.Interaction
	if err := json.Unmarshal(p.JSON, &i); err != nil {
		t.Fatal(err)
	}
	reg := f.Commands(fakediscord.DefaultGuildID)
	if len(reg) == 0 || i.ApplicationCommandData().ID != reg[0].ID {
		t.Fatalf("data.id %s, registered %+v", i.ApplicationCommandData().ID, reg)
	}
}

func TestCommandViolations(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	f.Tolerate(func(v fakediscord.Violation) bool { return true })
	s := f.NewSession(t)
	long := strings.Repeat("d", 101)
	cases := []struct {
		name string
		cmd  *discordgo.ApplicationCommand
		want string
	}{
		{"uppercase", &discordgo.ApplicationCommand{Name: "Brief", Description: "x"}, "lowercase"},
		{"space", &discordgo.ApplicationCommand{Name: "my brief", Description: "x"}, "does not match"},
		{"description", &discordgo.ApplicationCommand{Name: "brief", Description: long}, "got 101, want 100"},
		{"empty description", &discordgo.ApplicationCommand{Name: "brief"}, "description is 0"},
		{"required after optional", &discordgo.ApplicationCommand{Name: "brief", Description: "x", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "a", Description: "a"},
			{Type: discordgo.ApplicationCommandOptionString, Name: "b", Description: "b", Required: true},
		}}, "required option after"},
		{"26 options", &discordgo.ApplicationCommand{Name: "brief", Description: "x", Options: manyOptions(26)}, "got 26, want 25"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := len(f.Violations())
			_, err := s.ApplicationCommandBulkOverwrite(f.AppID(), "", []*discordgo.ApplicationCommand{tc.cmd})
			if restCode(err) != 50035 {
				t.Fatalf("want 50035, got %v", err)
			}
			vs := f.Violations()
			// The OpenAPI document catches lengths and counts first; the fake's own checks the rest.
			if len(vs) != before+1 || (vs[before].Kind != "commands" && vs[before].Kind != "openapi") || !strings.Contains(vs[before].Message, tc.want) {
				t.Fatalf("violations %v, want one (commands or openapi) containing %q", vs[before:], tc.want)
			}
		})
	}
}

func manyOptions(n int) []*discordgo.ApplicationCommandOption {
	var out []*discordgo.ApplicationCommandOption
	for i := range n {
		out = append(out, &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString,
			Name: "o" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Description: "d"})
	}
	return out
}

func TestMessageViolations(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	f.Tolerate(func(v fakediscord.Violation) bool { return true })
	s := f.NewSession(t)
	row := discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "x", CustomID: "x", Style: discordgo.PrimaryButton}}}
	cases := []struct {
		name string
		msg  *discordgo.MessageSend
		kind string
	}{
		{"embed title 300", &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Title: strings.Repeat("t", 300)}}, AllowedMentions: noMentions()}, "openapi"},
		{"parse null with @everyone", &discordgo.MessageSend{Content: "@everyone look", AllowedMentions: &discordgo.MessageAllowedMentions{}}, "mentions"},
		{"no allowed_mentions", &discordgo.MessageSend{Content: "<@123> hi"}, "mentions"},
		{"parse everyone", &discordgo.MessageSend{Content: "hi", AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone}}}, "mentions"},
		{"content 2001", &discordgo.MessageSend{Content: strings.Repeat("a", 2001), AllowedMentions: noMentions()}, "message"},
		{"embed total 6001", &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{
			{Description: strings.Repeat("a", 4000)}, {Description: strings.Repeat("b", 2001)}}, AllowedMentions: noMentions()}, "message"},
		{"six rows", &discordgo.MessageSend{Content: "x", AllowedMentions: noMentions(), Components: []discordgo.MessageComponent{row, row, row, row, row, row}}, "components"},
		{"empty", &discordgo.MessageSend{AllowedMentions: noMentions()}, "message"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := len(f.Violations())
			_, err := s.ChannelMessageSendComplex(fakediscord.DefaultChannelID, tc.msg)
			if err == nil {
				t.Fatal("invalid message accepted")
			}
			vs := f.Violations()
			if len(vs) != before+1 || vs[before].Kind != tc.kind {
				t.Fatalf("violations %v, want one of kind %s", vs[before:], tc.kind)
			}
		})
	}
	// A valid message passes and is stored.
	m, err := s.ChannelMessageSendComplex(fakediscord.DefaultChannelID, &discordgo.MessageSend{
		Content: "@everyone harmless", AllowedMentions: noMentions(), Components: []discordgo.MessageComponent{row},
		Embeds: []*discordgo.MessageEmbed{{Title: "t", Description: "d", Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: "v"}}}},
	})
	if err != nil {
		t.Fatalf("valid message: %v", err)
	}
	if got := f.Messages(fakediscord.DefaultChannelID); len(got) != 1 || got[0].ID != m.ID || len(got[0].Components) != 1 {
		t.Fatalf("stored messages = %+v", got)
	}
	if n := len(f.Violations()); n != len(cases) {
		t.Fatalf("%d violations, want %d", n, len(cases))
	}
}

// recorder is a testing.TB that records Errorf calls, to check New's cleanup.
type recorder struct {
	testing.TB
	errs     []string
	cleanups []func()
}

func (r *recorder) Helper()                        {}
func (r *recorder) Cleanup(fn func())              { r.cleanups = append(r.cleanups, fn) }
func (r *recorder) Errorf(format string, a ...any) { r.errs = append(r.errs, format) }
func (r *recorder) Fatalf(format string, a ...any) { r.TB.Fatalf(format, a...) }
func (r *recorder) Skipf(format string, a ...any)  { r.TB.Skipf(format, a...) }

func TestCleanupFailsOnViolation(t *testing.T) {
	rec := &recorder{TB: t}
	f := fakediscord.New(rec, fakediscord.Options{})
	client := f.HTTPClient()
	req, _ := http.NewRequest(http.MethodPost, "https://discord.com/api/v9/channels/"+fakediscord.DefaultChannelID+"/messages",
		strings.NewReader(`{"content":"@here","allowed_mentions":{"parse":null}}`))
	req.Header.Set("Authorization", "Bot "+f.Token())
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 400 {
		t.Fatalf("status %d, want 400", resp.StatusCode)
	}
	for _, c := range rec.cleanups {
		c()
	}
	if len(rec.errs) != 1 {
		t.Fatalf("cleanup reported %d errors, want 1", len(rec.errs))
	}
}

func TestInjected429IsRetried(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	s := f.NewSession(t)
	var limited sync.WaitGroup
	limited.Add(1)
	var once sync.Once
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.RateLimit) { once.Do(limited.Done) })
	f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 429, RetryAfter: 150 * time.Millisecond})
	start := time.Now()
	m, err := s.ChannelMessageSendComplex(fakediscord.DefaultChannelID, &discordgo.MessageSend{Content: "x", AllowedMentions: noMentions()})
	if err != nil {
		t.Fatalf("send after 429: %v", err)
	}
	took := time.Since(start)
	limited.Wait()
	calls := f.CallsTo(fakediscord.RouteCreateMessage)
	if len(calls) != 2 || calls[0].Status != 429 || calls[1].Status != 200 || m.ID == "" {
		t.Fatalf("calls %d (%v)", len(calls), calls)
	}
	if calls[0].Response == nil || !strings.Contains(string(calls[0].Response), `"retry_after":0.15`) {
		t.Fatalf("429 body %s", calls[0].Response)
	}
	if f.RateLimited() != 1 || f.InvalidRequests() != 1 || took < 150*time.Millisecond {
		t.Fatalf("RateLimited=%d Invalid=%d took=%v", f.RateLimited(), f.InvalidRequests(), took)
	}
	// An injected 500 reaches the caller (discordgo v0.29.0 retries only 502).
	f.FailNext(fakediscord.RouteCreateMessage, 1, 500)
	if _, err := s.ChannelMessageSend(fakediscord.DefaultChannelID, "x"); err == nil {
		t.Fatal("500 not surfaced")
	}
}

func TestRouteBucketHeaders(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{RouteLimit: fakediscord.Limit{Requests: 2, Window: 300 * time.Millisecond}})
	s := f.NewSession(t)
	start := time.Now()
	for range 3 {
		if _, err := s.ChannelMessages(fakediscord.DefaultChannelID, 10, "", "", ""); err != nil {
			t.Fatal(err)
		}
	}
	calls := f.CallsTo(fakediscord.RouteListMessages)
	if len(calls) != 3 {
		t.Fatalf("%d calls", len(calls))
	}
	for i, want := range []string{"1", "0", "1"} {
		h := calls[i].ResponseHeader
		if h.Get("X-RateLimit-Remaining") != want || h.Get("X-RateLimit-Limit") != "2" || h.Get("X-RateLimit-Bucket") == "" || h.Get("X-RateLimit-Reset-After") == "" {
			t.Fatalf("call %d headers %v, want Remaining %s", i, h, want)
		}
	}
	// discordgo honoured Remaining=0 and waited for the reset instead of hitting a 429.
	if f.RateLimited() != 0 || time.Since(start) < 250*time.Millisecond {
		t.Fatalf("429s=%d elapsed=%v", f.RateLimited(), time.Since(start))
	}
}

func TestGlobalRateLimit(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	var chans []string
	for i := range 60 {
		id := "1400000000000000" + string(rune('1'+i/10)) + string(rune('0'+i%10)) + "0"
		f.AddChannel(fakediscord.DefaultGuildID, fakediscord.Channel{ID: id, Name: "c", Type: 0})
		chans = append(chans, id)
	}
	client := f.HTTPClient()
	var mu sync.Mutex
	statuses := map[int]int{}
	var globalHdr, body string
	start := time.Now()
	var wg sync.WaitGroup
	work := make(chan string)
	for range 6 {
		wg.Go(func() {
			for ch := range work {
				req, _ := http.NewRequest(http.MethodGet, "https://discord.com/api/v9/channels/"+ch+"/messages?limit=1", nil)
				req.Header.Set("Authorization", "Bot "+f.Token())
				resp, err := client.Do(req)
				if err != nil {
					t.Error(err)
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				mu.Lock()
				statuses[resp.StatusCode]++
				if resp.StatusCode == 429 {
					globalHdr = resp.Header.Get("X-RateLimit-Global") + "/" + resp.Header.Get("X-RateLimit-Scope")
					body = string(b)
				}
				mu.Unlock()
			}
		})
	}
	for _, c := range chans {
		work <- c
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	t.Logf("60 requests in %v: %v", elapsed, statuses)
	if elapsed < 900*time.Millisecond && (statuses[200] != 50 || statuses[429] != 10) {
		t.Fatalf("statuses %v, want 50 OK and 10 rate-limited", statuses)
	}
	if statuses[429] == 0 {
		t.Skipf("machine too slow to fire 60 requests within a second (%v)", elapsed)
	}
	if globalHdr != "true/global" || !strings.Contains(body, `"global":true`) {
		t.Fatalf("global 429 headers %q body %s", globalHdr, body)
	}
}

func TestReconnectResumeLosesNothing(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	resumed := make(chan struct{}, 1)
	s := openBot(t, f, reply)
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { resumed <- struct{}{} })
	first := f.SlashCommand(t, f.AsAdmin(), "brief")
	f.WaitCallback(t, first, waitLong)

	f.Reconnect(t)
	// Sent while discordgo is closing the socket: it never reads this frame.
	lost := f.SlashCommand(t, f.AsMember(), "dates")
	f.WaitResumed(t, 1, waitLong)
	select {
	case <-resumed:
	case <-time.After(waitLong):
		t.Fatal("no Resumed event")
	}
	// And one sent after the resume.
	after := f.SlashCommand(t, f.AsAdmin(), "participants")
	for _, id := range []string{lost, after} {
		rec := f.WaitCallback(t, id, waitLong)
		if rec.CallbackType != 4 {
			t.Fatalf("interaction %s callback type %d", id, rec.CallbackType)
		}
	}
	// discordgo v0.29.0 may resume twice: its old heartbeat goroutine can race the op-7 close
	// (see doc.go). The session must never be re-identified, though.
	if st := f.Gateway(); st.Identifies != 1 || st.Resumes < 1 {
		t.Fatalf("gateway stats %+v, want 1 IDENTIFY and at least 1 RESUME", st)
	}
}

func TestDispatchBeforeOpenIsDelivered(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	id := f.SlashCommand(t, f.AsAdmin(), "brief")
	openBot(t, f, reply)
	if rec := f.WaitCallback(t, id, waitLong); rec.CallbackType != 4 {
		t.Fatalf("callback %+v", rec)
	}
}

func TestNonceDedupe(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	s := f.NewSession(t)
	type sendWithNonce struct {
		discordgo.MessageSend
		Nonce        string `json:"nonce,omitempty"`
		EnforceNonce bool   `json:"enforce_nonce,omitempty"`
	}
	send := func(nonce string, enforce bool) string {
		t.Helper()
		body := sendWithNonce{MessageSend: discordgo.MessageSend{Content: "edition", AllowedMentions: noMentions()}, Nonce: nonce, EnforceNonce: enforce}
		ep := discordgo.EndpointChannelMessages(fakediscord.DefaultChannelID)
		b, err := s.RequestWithBucketID("POST", ep, body, ep)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		var m discordgo.Message
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m.ID
	}
	a := send("edition-2030-05-01", true)
	b := send("edition-2030-05-01", true)
	if a != b {
		t.Fatalf("enforce_nonce repeat created a new message: %s != %s", a, b)
	}
	c := send("edition-2030-05-02", true)
	d := send("edition-2030-05-02", false) // without enforce_nonce, duplicates are created
	if c == a || d == c {
		t.Fatalf("ids a=%s c=%s d=%s", a, c, d)
	}
	if n := len(f.Messages(fakediscord.DefaultChannelID)); n != 3 {
		t.Fatalf("%d messages stored, want 3", n)
	}
}

func TestCallbackRules(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{InteractionDeadline: time.Second})
	f.Tolerate(func(v fakediscord.Violation) bool { return true })
	type result struct {
		name string
		code int
	}
	results := make(chan result, 10)
	openBot(t, f, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		switch i.Type {
		case discordgo.InteractionApplicationCommandAutocomplete:
			n := 25
			if i.ApplicationCommandData().Options[0].StringValue() == "many" {
				n = 26
			}
			var choices []*discordgo.ApplicationCommandOptionChoice
			for k := range n {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: "c", Value: k})
			}
			err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{Choices: choices}})
			results <- result{fmt.Sprint(n, " choices"), restCode(err)}
		case discordgo.InteractionApplicationCommand:
			name := i.ApplicationCommandData().Name
			if name == "late" {
				time.Sleep(1300 * time.Millisecond)
			}
			if name == "wrongtype" {
				err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
				results <- result{"type 6 on a command", restCode(err)}
				return
			}
			err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "ok", AllowedMentions: noMentions()}})
			results <- result{name, restCode(err)}
			if name == "twice" {
				err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
				results <- result{"second callback", restCode(err)}
			}
		case discordgo.InteractionMessageComponent:
			err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseUpdateMessage,
				Data: &discordgo.InteractionResponseData{Content: "clicked " + i.MessageComponentData().CustomID, AllowedMentions: noMentions()}})
			results <- result{"button", restCode(err)}
		}
	})
	collect := func(n int) map[string]int {
		t.Helper()
		got := map[string]int{}
		for range n {
			select {
			case r := <-results:
				got[r.name] = r.code
			case <-time.After(waitLong):
				t.Fatalf("only %d of %d results: %v", len(got), n, got)
			}
		}
		return got
	}
	f.Autocomplete(t, f.AsAdmin(), "brief", fakediscord.FocusedOpt("topic", "many"))
	f.Autocomplete(t, f.AsAdmin(), "brief", fakediscord.FocusedOpt("topic", "riy"))
	f.SlashCommand(t, f.AsAdmin(), "twice")
	f.SlashCommand(t, f.AsAdmin(), "wrongtype")
	f.SlashCommand(t, f.AsAdmin(), "late")
	msg, err := f.NewSession(t).ChannelMessageSendComplex(fakediscord.DefaultChannelID, &discordgo.MessageSend{Content: "story", AllowedMentions: noMentions()})
	if err != nil {
		t.Fatal(err)
	}
	f.ClickButton(t, f.AsMember(), "rsvp:42", msg.ID)
	got := collect(7)
	want := map[string]int{"26 choices": 50035, "25 choices": -1, "twice": -1, "second callback": 40060,
		"type 6 on a command": 50035, "late": 10062, "button": -1}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: code %d, want %d", k, got[k], v)
		}
	}
	if m, _ := f.Message(msg.ID); m == nil || m.Content != "clicked rsvp:42" {
		t.Errorf("type 7 did not update the message: %+v", m)
	}
	kinds := map[string]int{}
	for _, v := range f.Violations() {
		kinds[v.Kind]++
	}
	// 26 choices is caught by the OpenAPI document (maxItems), the rest by the fake.
	if kinds["deadline"] != 1 || kinds["callback"] != 2 || kinds["openapi"] != 1 {
		t.Errorf("violation kinds %v", kinds)
	}
}

func TestDMsAndAuth(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{ClosedDMs: []string{fakediscord.DefaultMemberUserID}})
	s := f.NewSession(t)
	send := func(user string) error {
		ch, err := s.UserChannelCreate(user)
		if err != nil {
			return err
		}
		_, err = s.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{Content: "alert", AllowedMentions: noMentions()})
		return err
	}
	if err := send(fakediscord.DefaultAdminUserID); err != nil {
		t.Fatalf("open DM: %v", err)
	}
	if err := send(fakediscord.DefaultMemberUserID); restCode(err) != 50007 {
		t.Fatalf("closed DM: want 50007, got %v", err)
	}
	bad, _ := discordgo.New("Bot wrong")
	bad.Client = f.HTTPClient()
	if _, err := bad.ChannelMessageSend(fakediscord.DefaultChannelID, "x"); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("wrong token: %v", err)
	}
	if _, err := s.ChannelMessageSendComplex("999", &discordgo.MessageSend{Content: "x", AllowedMentions: noMentions()}); restCode(err) != 10003 {
		t.Fatalf("unknown channel: %v", err)
	}
}

func TestScheduledEvent(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	f.Tolerate(func(v fakediscord.Violation) bool { return v.Kind == "event" })
	s := f.NewSession(t)
	start := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Second)
	end := start.Add(2 * time.Hour)
	ev, err := s.GuildScheduledEventCreate(fakediscord.DefaultGuildID, &discordgo.GuildScheduledEventParams{
		Name: "Summit", Description: "Annual summit", ScheduledStartTime: &start, ScheduledEndTime: &end,
		PrivacyLevel: discordgo.GuildScheduledEventPrivacyLevelGuildOnly, EntityType: discordgo.GuildScheduledEventEntityTypeExternal,
		EntityMetadata: &discordgo.GuildScheduledEventEntityMetadata{Location: "Riyadh"},
	})
	if err != nil || ev.ID == "" || ev.EntityMetadata.Location != "Riyadh" {
		t.Fatalf("create event: %+v %v", ev, err)
	}
	past := time.Now().Add(-time.Hour)
	_, err = s.GuildScheduledEventCreate(fakediscord.DefaultGuildID, &discordgo.GuildScheduledEventParams{
		Name: "Old", ScheduledStartTime: &past, ScheduledEndTime: &end,
		PrivacyLevel: discordgo.GuildScheduledEventPrivacyLevelGuildOnly, EntityType: discordgo.GuildScheduledEventEntityTypeExternal,
		EntityMetadata: &discordgo.GuildScheduledEventEntityMetadata{Location: "x"},
	})
	if restCode(err) != 50035 {
		t.Fatalf("past event: %v", err)
	}
	if n := len(f.ScheduledEvents(fakediscord.DefaultGuildID)); n != 1 {
		t.Fatalf("%d events stored", n)
	}
}

// TestLatencyThroughFake measures dispatch -> callback latency of 200 slash commands dispatched at
// 200/s to a bot that answers at once: the fake's own overhead, the floor for the bot's numbers.
func TestLatencyThroughFake(t *testing.T) {
	if testing.Short() {
		t.Skip("latency run skipped in -short mode")
	}
	f := fakediscord.New(t, fakediscord.Options{})
	openBot(t, f, reply)
	const n = 200
	tick := time.NewTicker(time.Second / 200)
	defer tick.Stop()
	ids := make([]string, 0, n)
	for range n {
		<-tick.C
		ids = append(ids, f.SlashCommand(t, f.AsMember(), "brief"))
	}
	f.WaitFor(t, 20*time.Second, "all callbacks", func() bool { return len(f.CallbackLatencies()) == n })
	lat := f.CallbackLatencies()
	p50, p99 := fakediscord.Percentile(lat, 50), fakediscord.Percentile(lat, 99)
	t.Logf("%d interactions at 200/s: dispatch->callback p50 %v p99 %v max %v", n, p50, p99, fakediscord.Percentile(lat, 100))
	if p99 > 3*time.Second || p50 <= 0 {
		t.Fatalf("p50 %v p99 %v", p50, p99)
	}
	if len(f.Violations()) != 0 || f.RateLimited() != 0 {
		t.Fatalf("violations %d, 429s %d", len(f.Violations()), f.RateLimited())
	}
	if len(ids) != n {
		t.Fatalf("%d ids", len(ids))
	}
}

func TestPercentile(t *testing.T) {
	ds := []time.Duration{5, 1, 4, 2, 3, 6, 7, 8, 9, 10}
	for _, tc := range []struct {
		p    float64
		want time.Duration
	}{{50, 5}, {99, 10}, {100, 10}, {0, 1}, {10, 1}, {11, 2}} {
		if got := fakediscord.Percentile(ds, tc.p); got != tc.want {
			t.Errorf("p%v = %v, want %v", tc.p, got, tc.want)
		}
	}
	if fakediscord.Percentile(nil, 50) != 0 {
		t.Error("empty slice")
	}
}
