package fakediscord_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot/fakediscord"
)

// httpBot is a minimal HTTP-interactions endpoint: verify, reject stale, PONG, answer commands.
func httpBot(key []byte, content string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !discordgo.VerifyInteraction(r, key) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		ts, _ := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
		if time.Since(time.Unix(ts, 0)) > 5*time.Minute {
			http.Error(w, "stale", http.StatusUnauthorized)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var resp discordgo.InteractionResponse
		if i.Type == discordgo.InteractionPing {
			resp.Type = discordgo.InteractionResponsePong
		} else {
			resp.Type = discordgo.InteractionResponseChannelMessageWithSource
			resp.Data = &discordgo.InteractionResponseData{Content: content + " " + i.ApplicationCommandData().Name}
			if !strings.Contains(content, "nomentions") {
				resp.Data.AllowedMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	})
}

func TestHTTPInteractions(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	signer, err := fakediscord.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	bot := httptest.NewServer(httpBot(signer.PublicKey, "hi"))
	defer bot.Close()
	ctx := context.Background()

	status, body, err := f.PostInteraction(ctx, signer, bot.URL, f.NewPing())
	if err != nil || status != 200 || !strings.Contains(string(body), `"type":1`) {
		t.Fatalf("ping: %d %s %v", status, body, err)
	}
	p := f.NewSlashCommand(f.AsAdmin(), "brief")
	status, _, err = f.PostInteraction(ctx, signer, bot.URL, p)
	if err != nil || status != 200 {
		t.Fatalf("command: %d %v", status, err)
	}
	rec, _ := f.Interaction(p.ID)
	msg, err := rec.CallbackMessage()
	if err != nil || rec.CallbackType != 4 || msg.Content != "hi brief" || rec.Latency() <= 0 {
		t.Fatalf("record %+v msg %+v err %v", rec, msg, err)
	}
	// The interaction token now works for follow-ups through the REST fake.
	s := f.NewSession(t)
	var i discordgo.Interaction
	if err := json.Unmarshal(p.JSON, &i); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FollowupMessageCreate(&i, true, &discordgo.WebhookParams{Content: "later",
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}}); err != nil {
		t.Fatalf("follow-up after inline answer: %v", err)
	}

	for _, tc := range []struct {
		name string
		mode fakediscord.SignMode
		want int
	}{
		{"valid", fakediscord.SignValid, 200},
		{"other key", fakediscord.SignBad, 401},
		{"tampered", fakediscord.SignTampered, 401},
		{"stale", fakediscord.SignStale, 401},
		{"missing", fakediscord.SignMissing, 401},
		{"not hex", fakediscord.SignBadEncoding, 401},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, _, err := signer.Post(ctx, bot.URL, f.NewPing().JSON, tc.mode)
			if err != nil || status != tc.want {
				t.Fatalf("status %d (%v), want %d", status, err, tc.want)
			}
		})
	}
}

func TestHTTPInteractionInlineViolation(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	f.Tolerate(func(v fakediscord.Violation) bool { return v.Kind == "mentions" })
	signer, err := fakediscord.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	bot := httptest.NewServer(httpBot(signer.PublicKey, "@everyone nomentions"))
	defer bot.Close()
	if _, _, err := f.PostInteraction(context.Background(), signer, bot.URL, f.NewSlashCommand(f.AsMember(), "brief")); err != nil {
		t.Fatal(err)
	}
	vs := f.Violations()
	if len(vs) != 1 || vs[0].Kind != "mentions" {
		t.Fatalf("violations %v, want one mentions violation for the inline answer", vs)
	}
}
