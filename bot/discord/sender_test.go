package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

func newSender(t *testing.T, f *fakediscord.Fake) *discord.Sender {
	t.Helper()
	return discord.NewSender(f.NewSession(t), discord.SenderOptions{})
}

// warmUp posts once to the news channel, retrying: the fake compiles its
// OpenAPI schemas on first use, which can outlast a request timeout on a
// loaded machine. Tests then look at other channels only.
func warmUp(t *testing.T, s *discord.Sender) {
	t.Helper()
	m := channelMsg("warm-up", fakediscord.DefaultNewsChannelID, "warm-up")
	var err error
	for range 4 {
		if _, err = s.Send(t.Context(), m, delivery.Nonce(m.Key)); err == nil {
			return
		}
	}
	t.Fatalf("warm-up: %v", err)
}

// callsTo returns the create-message calls to one channel.
func callsTo(f *fakediscord.Fake, ch string) []fakediscord.Call {
	var out []fakediscord.Call
	for _, c := range f.CallsTo(fakediscord.RouteCreateMessage) {
		if c.Params["channel_id"] == ch {
			out = append(out, c)
		}
	}
	return out
}

func channelMsg(key, ch, text string) delivery.Message {
	return delivery.Message{Key: key, Kind: delivery.KindEdition, ChannelID: ch,
		Response: bot.Response{Content: text, Embeds: []bot.Embed{{Title: "Top stories", Description: "1. Summit"}}}}
}

func TestSendChannelWithNonce(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	s := newSender(t, f)
	warmUp(t, s)
	ctx := t.Context()
	m := channelMsg("edition:1:2025-06-02", fakediscord.DefaultChannelID, "Morning edition @everyone")
	nonce := delivery.Nonce(m.Key)
	id, err := s.Send(ctx, m, nonce)
	if err != nil {
		t.Fatal(err)
	}
	// A resend after a crash returns the original message.
	id2, err := s.Send(ctx, m, nonce)
	if err != nil || id2 != id {
		t.Fatalf("resend = %q, %v; want %q", id2, err, id)
	}
	if msgs := f.Messages(fakediscord.DefaultChannelID); len(msgs) != 1 || msgs[0].ID != id {
		t.Fatalf("channel holds %d messages, want 1 (%s)", len(msgs), id)
	}
	calls := callsTo(f, fakediscord.DefaultChannelID)
	if len(calls) != 2 {
		t.Fatalf("%d create-message calls", len(calls))
	}
	var body struct {
		Nonce           string          `json:"nonce"`
		EnforceNonce    bool            `json:"enforce_nonce"`
		AllowedMentions json.RawMessage `json:"allowed_mentions"`
		Content         string          `json:"content"`
	}
	if err := calls[0].Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body.Nonce != nonce || !body.EnforceNonce {
		t.Errorf("nonce %q enforce %v", body.Nonce, body.EnforceNonce)
	}
	var am struct {
		Parse *[]string `json:"parse"`
	}
	if err := json.Unmarshal(body.AllowedMentions, &am); err != nil || am.Parse == nil || len(*am.Parse) != 0 {
		t.Errorf("allowed_mentions %s: want parse: []", body.AllowedMentions)
	}
	if body.Content != m.Response.Content {
		t.Errorf("content %q", body.Content)
	}
}

func TestSendDM(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{ClosedDMs: []string{fakediscord.DefaultOutsiderUserID}})
	var waits atomic.Int64
	s := discord.NewSender(f.NewSession(t), discord.SenderOptions{Limiter: waiterFunc(func(context.Context) error {
		waits.Add(1)
		return nil
	})})
	warmUp(t, s)
	ctx := t.Context()
	for i := range 2 {
		m := delivery.Message{Key: fmt.Sprintf("alert:%d", i), Kind: delivery.KindAlert, UserID: fakediscord.DefaultMemberUserID,
			Response: bot.Response{Content: "Alert"}}
		if _, err := s.Send(ctx, m, delivery.Nonce(m.Key)); err != nil {
			t.Fatal(err)
		}
	}
	ch, ok := f.DMChannel(fakediscord.DefaultMemberUserID)
	if !ok || len(f.Messages(ch)) != 2 {
		t.Fatalf("DM channel %q holds %d messages", ch, len(f.Messages(ch)))
	}
	if n := len(f.CallsTo(fakediscord.RouteCreateDM)); n != 1 || waits.Load() != 1 {
		t.Errorf("DM opened %d times, limiter waited %d times; want 1 (cached)", n, waits.Load())
	}

	// Closed DMs: permanent, with Discord's code.
	m := delivery.Message{Key: "alert:closed", Kind: delivery.KindAlert, UserID: fakediscord.DefaultOutsiderUserID,
		Response: bot.Response{Content: "Alert"}}
	_, err := s.Send(ctx, m, delivery.Nonce(m.Key))
	se := delivery.Classify(err)
	if se == nil || se.Class != delivery.Permanent || se.Code != discord.CodeCannotDM || se.Status != 403 {
		t.Fatalf("closed DMs: %v (%+v)", err, se)
	}
}

type waiterFunc func(context.Context) error

func (w waiterFunc) Wait(ctx context.Context) error { return w(ctx) }

func TestSendClassifiesFailures(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fault  *fakediscord.Fault
		ch     string
		class  delivery.Class
		status int
		after  time.Duration
	}{
		{"500", &fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 500}, fakediscord.DefaultChannelID, delivery.Retryable, 500, 0},
		{"503", &fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 503}, fakediscord.DefaultChannelID, delivery.Retryable, 503, 0},
		{"502 not retried by discordgo", &fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 502}, fakediscord.DefaultChannelID, delivery.Retryable, 0, 0},
		{"429 route", &fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 429, RetryAfter: 1500 * time.Millisecond}, fakediscord.DefaultChannelID, delivery.RateLimited, 429, 1500 * time.Millisecond},
		{"429 global", &fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 429, RetryAfter: 300 * time.Millisecond, Global: true}, fakediscord.DefaultChannelID, delivery.RateLimited, 429, 300 * time.Millisecond},
		{"unknown channel", nil, "1999999999999999999", delivery.Permanent, 404, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := fakediscord.New(t, fakediscord.Options{})
			s := newSender(t, f)
			warmUp(t, s)
			if tc.fault != nil {
				f.InjectFault(*tc.fault)
			}
			start := time.Now()
			m := channelMsg("k:"+tc.name, tc.ch, "hello")
			_, err := s.Send(t.Context(), m, delivery.Nonce(m.Key))
			se := delivery.Classify(err)
			if se == nil || se.Class != tc.class || se.Status != tc.status || se.RetryAfter != tc.after {
				t.Fatalf("err %v classified %+v; want %v status %d after %v", err, se, tc.class, tc.status, tc.after)
			}
			if n := len(callsTo(f, tc.ch)); n != 1 {
				t.Errorf("%d requests: discordgo retried on its own", n)
			}
			if time.Since(start) > time.Second {
				t.Errorf("Send took %v: discordgo waited out the rate limit itself", time.Since(start))
			}
		})
	}
}

// failFirstRecord fails the first three RecordDelivery calls (the
// pipeline's in-place retries of one write): the ledger write after a send
// is lost, as if the process crashed between the two.
type failFirstRecord struct {
	*bolt.Store
	mu    sync.Mutex
	key   string
	fails int
}

func (s *failFirstRecord) RecordDelivery(ctx context.Context, d store.Delivery) (store.Delivery, bool, error) {
	s.mu.Lock()
	if s.key == "" {
		s.key = d.Key
	}
	fail := s.key == d.Key && s.fails < 3
	if fail {
		s.fails++
	}
	s.mu.Unlock()
	if fail {
		return store.Delivery{}, false, errors.New("crash")
	}
	return s.Store.RecordDelivery(ctx, d)
}

func senderStore(t *testing.T) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), bolt.DefaultFileName), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// TestPipelineThroughFakeDiscord: a burst of 500s, 502s and 429s (route
// and global), plus one lost ledger write; every message lands exactly
// once and the rate limits are honoured.
func TestPipelineThroughFakeDiscord(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	const n = 40
	var channels []string
	for i := range n {
		ch := fmt.Sprintf("14000000000000%05d", i)
		f.AddChannel(fakediscord.DefaultGuildID, fakediscord.Channel{ID: ch, Name: fmt.Sprintf("c%d", i)})
		channels = append(channels, ch)
	}
	sender := newSender(t, f)
	warmUp(t, sender)
	f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 500, Count: 8})
	f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 429, Count: 6, RetryAfter: 200 * time.Millisecond})
	f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 429, Count: 4, RetryAfter: 100 * time.Millisecond, Global: true})
	f.InjectFault(fakediscord.Fault{Route: fakediscord.RouteCreateMessage, Status: 502, Count: 4})

	st := &failFirstRecord{Store: senderStore(t)}
	p, err := delivery.New(delivery.Config{Store: st, Sender: sender, Workers: 4, BaseBackoff: 50 * time.Millisecond,
		MaxBackoff: 400 * time.Millisecond, VisibilityTimeout: 3 * time.Second, SendTimeout: 2500 * time.Millisecond, PollInterval: 20 * time.Millisecond, MaxAttempts: 20,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { _ = p.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	for i, ch := range channels {
		if _, err := p.Enqueue(ctx, channelMsg(fmt.Sprintf("edition:%s:2025-06-02", ch), ch, fmt.Sprintf("edition %d", i))); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for p.Stats().Sent < n && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if s := p.Stats(); s.Sent != n {
		for _, v := range f.Violations() {
			t.Log(v)
		}
		t.Fatalf("stats %+v after 30s", s)
	}
	for _, ch := range channels {
		if got := len(f.Messages(ch)); got != 1 {
			t.Errorf("channel %s holds %d messages", ch, got)
		}
	}
	s := p.Stats()
	if s.Retried < 12 || s.RateLimited != 10 || s.Unrecorded != 1 || s.DeadLettered != 0 {
		t.Errorf("stats %+v: want >= 12 retried (500, 502), 10 rate limited, 1 unrecorded", s)
	}
	if got := f.RateLimited(); got != 10 {
		t.Errorf("fake answered %d 429s, want the 10 injected", got)
	}
	statuses := map[string]int{}
	var slowest time.Duration
	for _, c := range f.CallsTo(fakediscord.RouteCreateMessage) {
		statuses[fmt.Sprintf("%d/%d", c.Status, c.Code)]++
		slowest = max(slowest, c.Done.Sub(c.Time))
	}
	t.Logf("slowest fake answer %v", slowest)
	t.Logf("stats %+v, create-message answers %v", s, statuses)
}
