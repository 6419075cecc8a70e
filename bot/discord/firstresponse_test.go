package discord_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/store"
)

// firstResponses collects what OnFirstResponse is told.
type firstResponses chan discord.FirstResponse

func (c firstResponses) hook(fr discord.FirstResponse) { c <- fr }

func (c firstResponses) next(t *testing.T) discord.FirstResponse {
	t.Helper()
	select {
	case fr := <-c:
		return fr
	case <-time.After(wait):
		t.Fatal("OnFirstResponse not called")
		return discord.FirstResponse{}
	}
}

func TestGatewayReportsFirstResponseAndConnection(t *testing.T) {
	frs := make(firstResponses, 10)
	var g *gate
	h := start(t, setup{stories: []store.Story{seedStory(t)},
		handler: func(b *bot.Bot) discord.Handler { g = newGate(b, isRoute("help")); return g },
		opts: func(o *discord.Options) {
			o.OnFirstResponse = frs.hook
			o.DeferAfter = 100 * time.Millisecond
		}})
	if !h.gw.Connected() {
		t.Error("Connected() false after Start")
	}

	tests := []struct {
		name     string
		send     func() string
		kind     bot.Kind
		deferred bool
	}{
		{"inline command", func() string {
			return h.f.SlashCommand(t, h.f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
		}, bot.KindCommand, false},
		{"slow command deferred", func() string { return h.f.SlashCommand(t, h.f.AsMember(), "help") }, bot.KindCommand, true},
		{"autocomplete", func() string {
			return h.f.Autocomplete(t, h.f.AsMember(), "brief", fakediscord.FocusedOpt("topic", "riy"))
		}, bot.KindAutocomplete, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			id := tt.send()
			fr := frs.next(t)
			if fr.Kind != tt.kind || fr.Deferred != tt.deferred || fr.Err != nil {
				t.Errorf("first response %+v, want kind %v deferred %v", fr, tt.kind, tt.deferred)
			}
			if fr.Latency <= 0 || fr.Latency > time.Since(start) {
				t.Errorf("latency %v outside (0, %v]", fr.Latency, time.Since(start))
			}
			if rec := h.f.WaitCallback(t, id, wait); rec.CallbackType == 0 {
				t.Errorf("no callback recorded")
			}
		})
	}
	g.open()
	stopGateway(t, h.gw)
	if h.gw.Connected() {
		t.Error("Connected() true after Stop")
	}
}

func TestEndpointReportsFirstResponse(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	signer, err := fakediscord.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	b := newBot(t, openBolt(t, seedStory(t)), nil)
	s, err := discord.NewRESTSession(discord.Options{Token: f.Token(), APIBase: f.APIBase()})
	if err != nil {
		t.Fatal(err)
	}
	frs := make(firstResponses, 10)
	ep, err := discord.NewEndpoint(discord.EndpointOptions{PublicKey: signer.PublicKeyHex, Handler: b, Session: s,
		OnFirstResponse: frs.hook})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ep)
	defer srv.Close()
	defer ep.Close(context.Background())

	p := f.NewSlashCommand(f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
	status, body, err := f.PostInteraction(context.Background(), signer, srv.URL, p)
	if err != nil || status != http.StatusOK {
		t.Fatalf("status %d, err %v, body %s", status, err, body)
	}
	fr := frs.next(t)
	if fr.Kind != bot.KindCommand || fr.Deferred || fr.Err != nil || fr.Latency <= 0 {
		t.Errorf("first response %+v", fr)
	}
	// One report per interaction.
	select {
	case fr := <-frs:
		t.Errorf("unexpected second report %+v", fr)
	default:
	}
}
