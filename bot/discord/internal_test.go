package discord

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot"
)

func TestRewriteTransport(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Host+" "+r.URL.RequestURI())
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	tests := []struct {
		name, base, url, want string
	}{
		{"proxy path prefix", srv.URL + "/proxy/api/v9/", discordgo.EndpointAPI + "channels/1/messages?x=1",
			host + " /proxy/api/v9/channels/1/messages?x=1"},
		{"base without slash", srv.URL + "/api/v9", discordgo.EndpointGateway, host + " /api/v9/gateway"},
		{"special path", srv.URL + "/api/v9/", discordgo.EndpointWebhookMessage("1", "a:b-c", "@original"),
			host + " /api/v9/webhooks/1/a:b-c/messages/@original"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			c, err := newHTTPClient(tt.base, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := c.Get(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if len(got) != 1 || got[0] != tt.want {
				t.Fatalf("server saw %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("other hosts untouched", func(t *testing.T) {
		got = nil
		c, err := newHTTPClient("http://127.0.0.1:1/api/v9/", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.Get(srv.URL + "/elsewhere")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if len(got) != 1 || got[0] != host+" /elsewhere" {
			t.Fatalf("server saw %q", got)
		}
	})
	t.Run("default base keeps the transport", func(t *testing.T) {
		rt, err := newRewriteTransport(DefaultAPIBase, http.DefaultTransport)
		if err != nil {
			t.Fatal(err)
		}
		if rt != http.DefaultTransport {
			t.Fatal("Discord's own base was rewritten")
		}
	})
	for _, bad := range []string{"", "ftp://x/", "/api/v9/", "http://x/api?q=1", "http://user:pw@x/"} {
		if _, err := newHTTPClient(bad, nil); err == nil {
			t.Errorf("API base %q accepted", bad)
		}
	}
}

func TestOptionsHideToken(t *testing.T) {
	o := Options{Token: "Bot sekrit-token", APIBase: "http://x/api/v9/"}
	var b strings.Builder
	slog.New(slog.NewTextHandler(&b, nil)).Info("start", "opts", o)
	for _, out := range []string{fmt.Sprint(o), fmt.Sprintf("%+v", o), fmt.Sprintf("%#v", o), b.String()} {
		if strings.Contains(out, "sekrit") || !strings.Contains(out, "redacted") {
			t.Errorf("options print as %q", out)
		}
	}
}

func TestRedact(t *testing.T) {
	base := errors.New("open wss://x?token=SECRET: SECRET rejected")
	err := redact(fmt.Errorf("discord: open: %w", base), "SECRET")
	if strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("secret shown: %v", err)
	}
	if !errors.Is(err, base) {
		t.Fatal("redaction broke the error chain")
	}
	if redact(nil, "x") != nil {
		t.Fatal("redact(nil) != nil")
	}
	for in, want := range map[string]string{"Bot abc": "abc", "bot  abc ": "abc", "abc": "abc", "Bot": "Bot"} {
		if got := bareToken(in); got != want {
			t.Errorf("bareToken(%q) = %q, want %q", in, got, want)
		}
	}
}

// remote simulates what Discord returns for registered commands: IDs,
// versions, permissions as strings, defaults for fields Attache omits.
func remote(t *testing.T, cmds []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
	t.Helper()
	b, err := json.Marshal(cmds)
	if err != nil {
		t.Fatal(err)
	}
	var raw []map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	for i, c := range raw {
		c["id"] = strconv.Itoa(1000 + i)
		c["version"] = "1"
		c["application_id"] = "99"
		c["nsfw"] = false
		c["integration_types"] = []int{0}
		if _, ok := c["contexts"]; !ok {
			c["contexts"] = []int{0, 1, 2}
		}
		if _, ok := c["default_member_permissions"]; !ok {
			c["default_member_permissions"] = nil
		}
	}
	b, err = json.Marshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	var out []*discordgo.ApplicationCommand
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSameCommands(t *testing.T) {
	want := bot.ApplicationCommands(bot.Commands())
	tests := []struct {
		name   string
		change func([]*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand
		same   bool
	}{
		{"as registered", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand { return c }, true},
		{"other order", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0], c[len(c)-1] = c[len(c)-1], c[0]
			return c
		}, true},
		{"none registered", func([]*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand { return nil }, false},
		{"one missing", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand { return c[1:] }, false},
		{"description", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Description += "!"
			return c
		}, false},
		{"option made required", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			c[0].Options[0].Required = !c[0].Options[0].Required
			return c
		}, false},
		{"permissions dropped", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			for _, x := range c {
				x.DefaultMemberPermissions = nil
			}
			return c
		}, false},
		{"choice renamed", func(c []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
			for _, x := range c {
				for _, o := range x.Options {
					for _, so := range o.Options {
						if len(so.Choices) > 0 {
							so.Choices[0].Name = "other"
							return c
						}
					}
				}
			}
			t.Fatal("no command with choices")
			return c
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := tt.change(remote(t, want))
			if got := sameCommands(want, have); got != tt.same {
				t.Fatalf("sameCommands = %v, want %v", got, tt.same)
			}
		})
	}
}

func TestFresh(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	e := &Endpoint{skew: 5 * time.Minute}
	tests := []struct {
		ts   string
		want bool
	}{
		{strconv.FormatInt(now.Unix(), 10), true},
		{strconv.FormatInt(now.Add(-299*time.Second).Unix(), 10), true},
		{strconv.FormatInt(now.Add(-301*time.Second).Unix(), 10), false},
		{strconv.FormatInt(now.Add(10*time.Minute).Unix(), 10), false},
		{"", false},
		{"12abc", false},
	}
	for _, tt := range tests {
		if got := e.fresh(tt.ts, now); got != tt.want {
			t.Errorf("fresh(%q) = %v, want %v", tt.ts, got, tt.want)
		}
	}
}

func TestWireAutocomplete(t *testing.T) {
	for _, choices := range [][]bot.Choice{nil, {{Name: "Riyadh", Value: "riyadh"}}} {
		b, err := json.Marshal(wire(bot.InteractionResponse(bot.KindAutocomplete, bot.Response{Choices: choices})))
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Type int `json:"type"`
			Data struct {
				Choices *[]map[string]any `json:"choices"`
			} `json:"data"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got.Type != 8 || got.Data.Choices == nil || len(*got.Data.Choices) != len(choices) {
			t.Errorf("wire form %s for %d choices", b, len(choices))
		}
	}
}

// echo answers every command at once.
type echo struct{}

func (echo) Handle(_ context.Context, req bot.Request) bot.Response {
	return bot.Response{Content: "route " + req.Route()}
}

// FuzzEndpoint posts arbitrary, correctly signed bodies: the endpoint must
// never panic and must answer 200 or 400.
func FuzzEndpoint(f *testing.F) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		f.Fatal(err)
	}
	s, err := NewRESTSession(Options{Token: "x", APIBase: "http://127.0.0.1:1/api/v9/"})
	if err != nil {
		f.Fatal(err)
	}
	ep, err := NewEndpoint(EndpointOptions{PublicKey: hex.EncodeToString(pub), Handler: echo{}, Session: s})
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		`{"type":1}`,
		`{"id":"1","application_id":"2","type":2,"token":"t","data":{"id":"3","name":"brief","type":1}}`,
		`{"id":"1","type":3,"token":"t","data":{"custom_id":"story:dates:x","component_type":2}}`,
		`{"id":"1","type":4,"token":"t","data":{"name":"brief","options":[{"name":"topic","type":3,"value":"r","focused":true}]}}`,
		`{"type":2,"data":null}`, `{"type":5}`, `[]`, `null`, ``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		sig := hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...)))
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(string(body)))
		r.Header.Set("X-Signature-Ed25519", sig)
		r.Header.Set("X-Signature-Timestamp", ts)
		w := httptest.NewRecorder()
		ep.ServeHTTP(w, r)
		if w.Code != http.StatusOK && w.Code != http.StatusBadRequest {
			t.Fatalf("status %d for %q", w.Code, body)
		}
		if w.Code == http.StatusOK {
			out, _ := io.ReadAll(w.Body)
			var resp struct {
				Type int `json:"type"`
			}
			if err := json.Unmarshal(out, &resp); err != nil || resp.Type == 0 {
				t.Fatalf("answer %q to %q", out, body)
			}
		}
	})
}
