package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot/fakediscord"
)

// syncBuffer is a bytes.Buffer safe for the bot's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestRunOnlineAgainstFakeDiscord starts the whole bot with a token against
// the in-process fake Discord: it registers its commands, answers /brief on
// the sample news, and stops cleanly on a signal without printing the token.
func TestRunOnlineAgainstFakeDiscord(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	env := offlineEnv(t)
	env["DISCORD_TOKEN"] = f.Token()
	env["ATTACHE_DISCORD_API_BASE"] = f.APIBase()
	env["ATTACHE_LOG_LEVEL"] = "debug"

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	ready := make(chan struct{})
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] },
		Ready: func() { close(ready) }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"run"}) }()
	select {
	case <-ready:
	case code := <-done:
		t.Fatalf("bot exited %d before connecting: %s", code, errb.String())
	case <-time.After(60 * time.Second):
		t.Fatal("bot did not connect")
	}
	if len(f.Commands("")) == 0 {
		t.Fatal("no global commands registered")
	}

	id := f.SlashCommand(t, f.AsAdmin(), "brief", fakediscord.StrOpt("topic", "geneva"))
	f.WaitCallback(t, id, 10*time.Second)
	f.WaitFor(t, 10*time.Second, "the /brief reply", func() bool {
		msg, ok := f.OriginalResponse(id)
		return ok && len(msg.Embeds) > 0
	})
	msg, _ := f.OriginalResponse(id)
	text := msg.Embeds[0].Title + " " + msg.Embeds[0].Description
	for _, fl := range msg.Embeds[0].Fields {
		text += " " + fl.Name + " " + fl.Value
	}
	if !strings.Contains(text, "Geneva") {
		t.Errorf("/brief geneva answered %q", text)
	}

	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d on shutdown: %s", code, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("bot did not stop")
	}
	if tok := f.Token(); strings.Contains(out.String()+errb.String(), strings.TrimPrefix(tok, "Bot ")) {
		t.Errorf("the token was printed or logged")
	}
}
