package discord_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/store"
)

// endpointHarness is the HTTP interactions endpoint over a bot, with a
// REST-only session on the fake for what follows the inline answers.
type endpointHarness struct {
	f      *fakediscord.Fake
	signer *fakediscord.Signer
	url    string
	ep     *discord.Endpoint
	st     store.Store
}

func startEndpoint(t *testing.T, handler func(*bot.Bot) discord.Handler, deferAfter time.Duration, stories ...store.Story) *endpointHarness {
	t.Helper()
	f := fakediscord.New(t, fakediscord.Options{})
	log, _ := testLogger(t, f.Token())
	signer, err := fakediscord.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	st := openBolt(t, stories...)
	b := newBot(t, st, log)
	var h discord.Handler = b
	if handler != nil {
		h = handler(b)
	}
	s, err := discord.NewRESTSession(discord.Options{Token: f.Token(), APIBase: f.APIBase()})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := discord.NewEndpoint(discord.EndpointOptions{PublicKey: signer.PublicKeyHex, Handler: h, Session: s,
		Logger: log, DeferAfter: deferAfter})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ep)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		defer cancel()
		if err := ep.Close(ctx); err != nil {
			t.Errorf("endpoint Close: %v", err)
		}
		srv.Close()
	})
	return &endpointHarness{f: f, signer: signer, url: srv.URL + "/interactions", ep: ep, st: st}
}

func TestEndpointSignatures(t *testing.T) {
	e := startEndpoint(t, nil, 0, seedStory(t))
	ctx := context.Background()
	ping := e.f.NewPing().JSON
	tests := []struct {
		name   string
		mode   fakediscord.SignMode
		status int
	}{
		{"valid PING", fakediscord.SignValid, http.StatusOK},
		{"other key", fakediscord.SignBad, http.StatusUnauthorized},
		{"tampered body", fakediscord.SignTampered, http.StatusUnauthorized},
		{"stale timestamp", fakediscord.SignStale, http.StatusUnauthorized},
		{"no signature", fakediscord.SignMissing, http.StatusUnauthorized},
		{"signature not hex", fakediscord.SignBadEncoding, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, err := e.signer.Post(ctx, e.url, ping, tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			if status != tt.status {
				t.Fatalf("status %d, want %d (body %s)", status, tt.status, body)
			}
			if status == http.StatusOK && strings.TrimSpace(string(body)) != `{"type":1}` {
				t.Errorf("PING answered %s, want {\"type\":1}", body)
			}
		})
	}
	t.Run("signed command, stale", func(t *testing.T) {
		p := e.f.NewSlashCommand(e.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		status, _, err := e.signer.Post(ctx, e.url, p.JSON, fakediscord.SignStale)
		if err != nil {
			t.Fatal(err)
		}
		if status != http.StatusUnauthorized {
			t.Fatalf("status %d, want 401", status)
		}
		if rec, _ := e.f.Interaction(p.ID); !rec.CallbackAt.IsZero() {
			t.Error("a stale interaction was answered")
		}
	})
	t.Run("GET", func(t *testing.T) {
		resp, err := http.Get(e.url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("GET answered %d, want 405", resp.StatusCode)
		}
	})
}

func TestEndpointAnswersInline(t *testing.T) {
	seed := seedStory(t)
	e := startEndpoint(t, nil, 0, seed)
	ctx := context.Background()
	t.Run("brief", func(t *testing.T) {
		p := e.f.NewSlashCommand(e.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		status, body, err := e.f.PostInteraction(ctx, e.signer, e.url, p)
		if err != nil || status != http.StatusOK {
			t.Fatalf("status %d, err %v, body %s", status, err, body)
		}
		var resp struct {
			Type int         `json:"type"`
			Data messageBody `json:"data"`
		}
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatal(err)
		}
		if resp.Type != 4 || !strings.Contains(resp.Data.text(), "Sergey Lavrov") || !resp.Data.noMentions() {
			t.Errorf("inline answer %s", body)
		}
		if rec, _ := e.f.Interaction(p.ID); rec.CallbackType != 4 {
			t.Errorf("the fake recorded callback type %d", rec.CallbackType)
		}
	})
	t.Run("autocomplete", func(t *testing.T) {
		p := e.f.NewAutocomplete(e.f.AsMember(), "brief", fakediscord.FocusedOpt("topic", "riy"))
		status, body, err := e.f.PostInteraction(ctx, e.signer, e.url, p)
		if err != nil || status != http.StatusOK {
			t.Fatalf("status %d, err %v, body %s", status, err, body)
		}
		if !bytes.Contains(body, []byte(`"type":8`)) || !bytes.Contains(body, []byte("Riyadh")) {
			t.Errorf("autocomplete answered %s", body)
		}
	})
	t.Run("button", func(t *testing.T) {
		p := e.f.NewButtonClick(e.f.AsMember(), bot.ButtonDates+seed.ID, "")
		status, body, err := e.f.PostInteraction(ctx, e.signer, e.url, p)
		if err != nil || status != http.StatusOK {
			t.Fatalf("status %d, err %v, body %s", status, err, body)
		}
		if !bytes.Contains(body, []byte("18 Feb 2025")) || !bytes.Contains(body, []byte(`"flags":64`)) {
			t.Errorf("button answered %s", body)
		}
	})
}

func TestEndpointDefersSlowHandler(t *testing.T) {
	var g *gate
	e := startEndpoint(t, func(b *bot.Bot) discord.Handler { g = newGate(b, isRoute("brief")); return g },
		150*time.Millisecond, seedStory(t))
	p := e.f.NewSlashCommand(e.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
	start := time.Now()
	status, body, err := e.f.PostInteraction(context.Background(), e.signer, e.url, p)
	if err != nil || status != http.StatusOK {
		t.Fatalf("status %d, err %v, body %s", status, err, body)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("inline deferral after %v", d)
	}
	if !bytes.HasPrefix(body, []byte(`{"type":5`)) {
		t.Fatalf("inline answer %s, want a type 5 deferral", body)
	}
	g.open()
	edit := e.f.WaitRoute(t, wait, fakediscord.RouteEditOriginal, 1)[0]
	if edit.Status != 200 || !decodeBody(t, edit.Body).noMentions() {
		t.Fatalf("edit %d %s", edit.Status, edit.Body)
	}
	msg, ok := e.f.OriginalResponse(p.ID)
	if !ok || len(msg.Embeds) == 0 || !strings.Contains(msg.Embeds[0].Description, "Sergey Lavrov") {
		t.Fatalf("original response %+v", msg)
	}
}

func TestNewEndpointValidates(t *testing.T) {
	s, err := discord.NewRESTSession(discord.Options{Token: "x"})
	if err != nil {
		t.Fatal(err)
	}
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name string
		opts discord.EndpointOptions
	}{
		{"no key", discord.EndpointOptions{Handler: failing{}, Session: s}},
		{"short key", discord.EndpointOptions{PublicKey: "abcd", Handler: failing{}, Session: s}},
		{"no handler", discord.EndpointOptions{PublicKey: key, Session: s}},
		{"no session", discord.EndpointOptions{PublicKey: key, Handler: failing{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := discord.NewEndpoint(tt.opts); err == nil {
				t.Fatal("NewEndpoint accepted invalid options")
			}
		})
	}
}

// TestEndpointNoticeAfterInlineAnswer: the private notice follows the
// inline public answer over REST.
func TestEndpointNoticeAfterInlineAnswer(t *testing.T) {
	seed := seedStory(t)
	e := startEndpoint(t, nil, 0, seed)
	member := e.f.AsMember()
	if _, err := e.st.CreateAlert(context.Background(), store.Alert{UserID: member.User.ID, Expression: "Riyadh",
		Mode: store.ModeDM, PausedReason: "your direct messages are closed"}, 0); err != nil {
		t.Fatal(err)
	}
	p := e.f.NewSlashCommand(member, "brief", fakediscord.StrOpt("topic", seed.ID))
	status, body, err := e.f.PostInteraction(context.Background(), e.signer, e.url, p)
	if err != nil || status != http.StatusOK || !bytes.HasPrefix(body, []byte(`{"type":4`)) {
		t.Fatalf("status %d, err %v, body %s", status, err, body)
	}
	e.f.WaitFor(t, wait, "the notice", func() bool { return len(e.f.Followups(p.ID)) == 1 })
	t.Logf("follow-up answers %v", statuses(e.f.CallsTo(fakediscord.RouteFollowup)))
	if fu := e.f.Followups(p.ID)[0]; fu.Flags&64 == 0 || !strings.Contains(fu.Content, "paused") {
		t.Errorf("notice %+v, want an ephemeral follow-up about the paused alert", fu)
	}
}
