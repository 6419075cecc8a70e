package discord_test

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/attache-bot/attache/internal/sharedtest"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// wait bounds every wait for the fake; conditions return as soon as met, so
// it is generous for loaded machines and -race.
const wait = 30 * time.Second

// sharedDir is ../shared next to the repository root; tests skip without it.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

var (
	seedOnce   sync.Once
	seedResult digest.Result
	seedBody   string
	seedErr    error
)

const seedTitle = "Trump Officials to Meet Russian Diplomats on Ukraine Peace Deal"

// seedArticle digests the seed article with the real engine (once per run).
func seedArticle(t testing.TB) store.Article {
	t.Helper()
	path := filepath.Join(sharedDir(t), "fixtures", "seed", "article.txt")
	seedOnce.Do(func() {
		b, err := os.ReadFile(path)
		if err != nil {
			seedErr = err
			return
		}
		e, err := digest.New()
		if err != nil {
			seedErr = err
			return
		}
		seedBody = string(b)
		seedResult = e.Extract(digest.Article{ID: "seed", Title: seedTitle, Body: seedBody,
			Published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC)})
	})
	if seedErr != nil {
		t.Fatalf("seed article: %v", seedErr)
	}
	r := seedResult
	return store.Article{ID: "seed-article", URL: "https://newslooks.example/riyadh-talks", Title: seedTitle,
		Source: "newslooks", Published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), FirstSeen: time.Now(),
		Body: seedBody, Result: &r}
}

// seedStory is the story the story package builds from the digested seed.
func seedStory(t testing.TB) store.Story {
	t.Helper()
	return story.New(seedArticle(t), "Newslooks", time.Now())
}

// openBolt opens a bolt store in a temporary directory holding stories.
func openBolt(t testing.TB, stories ...store.Story) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatalf("open bolt: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	putStories(t, st, stories...)
	return st
}

func putStories(t testing.TB, st store.Store, stories ...store.Story) {
	t.Helper()
	for _, s := range stories {
		if _, err := st.PutStory(context.Background(), s); err != nil {
			t.Fatalf("put story: %v", err)
		}
	}
}

func newBot(t testing.TB, st bot.Store, log *slog.Logger) *bot.Bot {
	t.Helper()
	b, err := bot.New(bot.Config{Store: st, Logger: log})
	if err != nil {
		t.Fatalf("bot.New: %v", err)
	}
	return b
}

// logBuffer collects the logs of a test; at cleanup it fails the test if
// the bot token appears and prints the logs when the test failed.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func testLogger(t testing.TB, token string) (*slog.Logger, *logBuffer) {
	t.Helper()
	lb := &logBuffer{}
	t.Cleanup(func() {
		out := lb.String()
		if token != "" && strings.Contains(out, token) {
			t.Errorf("the bot token appears in the logs")
		}
		if t.Failed() {
			t.Logf("logs:\n%s", out)
		}
	})
	return slog.New(slog.NewTextHandler(lb, &slog.HandlerOptions{Level: slog.LevelDebug})), lb
}

// harness is a running gateway adapter against a fake Discord.
type harness struct {
	f   *fakediscord.Fake
	gw  *discord.Gateway
	st  *bolt.Store
	bot *bot.Bot
	log *logBuffer
}

type setup struct {
	fake    fakediscord.Options
	opts    func(*discord.Options)
	handler func(*bot.Bot) discord.Handler
	stories []store.Story
	fakeRef *fakediscord.Fake // reuse a running fake
	st      *bolt.Store       // reuse a store
}

// start runs a Gateway over a bot over a bolt store against a fake Discord.
func start(t *testing.T, s setup) *harness {
	t.Helper()
	f := s.fakeRef
	if f == nil {
		f = fakediscord.New(t, s.fake)
	}
	log, lb := testLogger(t, f.Token())
	st := s.st
	if st == nil {
		st = openBolt(t, s.stories...)
	}
	b := newBot(t, st, log)
	var h discord.Handler = b
	if s.handler != nil {
		h = s.handler(b)
	}
	opts := discord.Options{Token: f.Token(), APIBase: f.APIBase(), Handler: h, Logger: log}
	if s.opts != nil {
		s.opts(&opts)
	}
	gw, err := discord.New(opts)
	if err != nil {
		t.Fatalf("discord.New: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := gw.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { stopGateway(t, gw) })
	return &harness{f: f, gw: gw, st: st, bot: b, log: lb}
}

func stopGateway(t testing.TB, gw *discord.Gateway) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := gw.Stop(ctx); err != nil {
		t.Errorf("Stop: %v", err)
	}
}

// callbackMessage waits for an interaction's callback and decodes its
// message; it fails unless the callback type is typ.
func callbackMessage(t *testing.T, f *fakediscord.Fake, id string, typ int) (fakediscord.InteractionRecord, messageBody) {
	t.Helper()
	rec := f.WaitCallback(t, id, wait)
	if rec.CallbackType != typ {
		t.Fatalf("callback type %d, want %d (body %s)", rec.CallbackType, typ, rec.CallbackBody)
	}
	var cb struct {
		Data messageBody `json:"data"`
	}
	if err := json.Unmarshal(rec.CallbackBody, &cb); err != nil {
		t.Fatalf("decode callback: %v", err)
	}
	return rec, cb.Data
}

// messageBody is the part of a message payload the tests look at.
type messageBody struct {
	Content string `json:"content"`
	Flags   int    `json:"flags"`
	Embeds  []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Fields      []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"fields"`
	} `json:"embeds"`
	Components []struct {
		Components []struct {
			CustomID string `json:"custom_id"`
			Label    string `json:"label"`
		} `json:"components"`
	} `json:"components"`
	AllowedMentions *struct {
		Parse *[]string `json:"parse"`
	} `json:"allowed_mentions"`
	Choices []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
}

// text flattens a message for assertions.
func (m messageBody) text() string {
	var b strings.Builder
	b.WriteString(m.Content)
	for _, e := range m.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
	}
	return b.String()
}

func (m messageBody) customIDs() []string {
	var out []string
	for _, row := range m.Components {
		for _, c := range row.Components {
			out = append(out, c.CustomID)
		}
	}
	return out
}

// noMentions reports whether allowed_mentions is exactly {"parse": []}.
func (m messageBody) noMentions() bool {
	return m.AllowedMentions != nil && m.AllowedMentions.Parse != nil && len(*m.AllowedMentions.Parse) == 0
}

func decodeBody(t *testing.T, b []byte) messageBody {
	t.Helper()
	var m messageBody
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decode body %s: %v", b, err)
	}
	return m
}

// gate is a handler that holds matching requests until released.
type gate struct {
	inner   discord.Handler
	match   func(bot.Request) bool
	entered chan struct{}
	release chan struct{}
	once    sync.Once
}

func newGate(inner discord.Handler, match func(bot.Request) bool) *gate {
	return &gate{inner: inner, match: match, entered: make(chan struct{}, 100), release: make(chan struct{})}
}

func (g *gate) Handle(ctx context.Context, req bot.Request) bot.Response {
	if g.match(req) {
		g.entered <- struct{}{}
		select {
		case <-g.release:
		case <-ctx.Done():
			return bot.Ephemeralf("cancelled")
		}
	}
	return g.inner.Handle(ctx, req)
}

func (g *gate) open() { g.once.Do(func() { close(g.release) }) }

func isRoute(name string) func(bot.Request) bool {
	return func(r bot.Request) bool { return r.Route() == name }
}

// silentGateway serves GET /api/v9/gateway pointing at itself and accepts
// websockets without ever sending HELLO; it returns its base URL.
func silentGateway(t *testing.T) string {
	t.Helper()
	var up websocket.Upgrader
	var mu sync.Mutex
	var conns []*websocket.Conn
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"url":"ws` + strings.TrimPrefix(srv.URL, "http") + `/ws"}`))
	})
	mux.HandleFunc("/ws/", func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		mu.Lock()
		conns = append(conns, c)
		mu.Unlock()
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		mu.Lock()
		for _, c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		srv.Close()
	})
	return srv.URL
}

// reply is what the user ends up seeing for an interaction, whether it was
// answered at once (type 4) or deferred (type 5 then an edit, type 6 then a
// follow-up), with the request body that carried it.
type reply struct {
	rec       fakediscord.InteractionRecord
	msg       messageBody
	body      []byte
	ephemeral bool
}

func finalReply(t *testing.T, f *fakediscord.Fake, id string) reply {
	t.Helper()
	rec := f.WaitCallback(t, id, wait)
	byToken := func(route string) []byte {
		c := f.WaitCall(t, wait, func(c fakediscord.Call) bool {
			return c.Route == route && c.Params["webhook_token"] == rec.Token && c.Status < 300
		})
		return c.Body
	}
	var cb struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(rec.CallbackBody, &cb); err != nil {
		t.Fatalf("decode callback: %v", err)
	}
	r := reply{rec: rec}
	switch rec.CallbackType {
	case 4:
		r.body = cb.Data
	case 5:
		r.body = byToken(fakediscord.RouteEditOriginal)
		r.ephemeral = strings.Contains(string(cb.Data), `"flags":64`)
	case 6:
		r.body = byToken(fakediscord.RouteFollowup)
	default:
		t.Fatalf("callback type %d (body %s), want 4, 5 or 6", rec.CallbackType, rec.CallbackBody)
	}
	r.msg = decodeBody(t, r.body)
	if rec.CallbackType != 5 {
		r.ephemeral = r.msg.Flags&64 != 0
	}
	return r
}
