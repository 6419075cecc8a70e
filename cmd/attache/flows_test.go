package main

// End-to-end flows of the whole bot (Main) against the fake Discord: alert
// direct messages, alerts paused when Discord refuses a DM, and morning
// editions posted exactly once across restarts. Each test runs the real
// binary's code path with a token, an embedded store in t.TempDir(), and a
// local httptest news feed whose items the test controls.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/examples/news"
	"github.com/attache-bot/attache/ingest"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
	"github.com/bwmarrin/discordgo"
)

// flowTimeout bounds every wait of these tests: generous for a shared
// two-core machine, never reached when things work.
const flowTimeout = 20 * time.Second

// logSink collects the bot's JSON log lines and wakes waiters on each one.
type logSink struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func newLogSink() *logSink { return &logSink{changed: make(chan struct{})} }

func (l *logSink) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.buf.Write(p)
	close(l.changed)
	l.changed = make(chan struct{})
	return n, err
}

func (l *logSink) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// records returns the log records whose msg is msg.
func (l *logSink) records(msg string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(l.String(), "\n") {
		if !strings.Contains(line, msg) {
			continue
		}
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// waitRecords waits until at least n records satisfy match and returns them.
func (l *logSink) waitRecords(t *testing.T, msg string, n int, match func(map[string]any) bool) []map[string]any {
	t.Helper()
	deadline := time.NewTimer(flowTimeout)
	defer deadline.Stop()
	for {
		l.mu.Lock()
		ch := l.changed
		l.mu.Unlock()
		var got []map[string]any
		for _, r := range l.records(msg) {
			if match == nil || match(r) {
				got = append(got, r)
			}
		}
		if len(got) >= n {
			return got
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %d log record(s) %q; log:\n%s", n, msg, l.String())
		}
	}
}

// feedServer serves RSS feeds whose items tests set per path.
type feedServer struct {
	srv   *httptest.Server
	mu    sync.Mutex
	feeds map[string][]feedItem
}

// feedItem is one article of a feed.
type feedItem struct {
	Title, Link, Body string
	Published         time.Time
}

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{feeds: map[string][]feedItem{}}
	fs.srv = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.srv.Close)
	return fs
}

func (fs *feedServer) set(path string, items ...feedItem) {
	fs.mu.Lock()
	fs.feeds[path] = items
	fs.mu.Unlock()
}

func (fs *feedServer) url(path string) string { return fs.srv.URL + path }

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	items, ok := fs.feeds[r.URL.Path]
	fs.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<rss version="2.0"><channel><title>Test Wire</title><link>` + html.EscapeString(fs.srv.URL) +
		`/</link><description>Test wire</description>`)
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
			html.EscapeString(it.Title), html.EscapeString(it.Link), html.EscapeString(it.Link),
			it.Published.UTC().Format(time.RFC1123Z), html.EscapeString(it.Body))
	}
	b.WriteString("</channel></rss>")
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}

// sampleItem turns one of the bundled sample articles into a feed item
// published an hour ago (so that the story is fresh).
func sampleItem(t *testing.T, file string) feedItem {
	t.Helper()
	data, err := news.FS.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	h, body, err := ingest.ParseTextFile(data)
	if err != nil {
		t.Fatal(err)
	}
	return feedItem{Title: h.Title, Link: h.URL, Body: body, Published: time.Now().Add(-time.Hour)}
}

// flowConfig writes a configuration for these tests: no configured sources
// (stories come from sources added with /sources add), a digester cycle
// every second, loopback feeds allowed, and the given alert group window.
func flowConfig(t *testing.T, groupWindow string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "attache.yaml")
	body := "log:\n  level: info\ndigest:\n  schedule: \"@every 1s\"\nsources: []\nhttp:\n  allow_private: true\nalerts:\n  group_window: " + groupWindow + "\n"
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// runningBot is one Main running against the fake.
type runningBot struct {
	logs   *logSink
	cancel context.CancelFunc
	done   chan int
}

// startBot runs Main ("run") with the fake's token on dataDir and waits
// until it is connected. stop (also at cleanup) shuts it down.
func startBot(t *testing.T, f *fakediscord.Fake, dataDir, cfgPath string) *runningBot {
	t.Helper()
	env := map[string]string{
		"DISCORD_TOKEN":            f.Token(),
		"ATTACHE_DISCORD_API_BASE": f.APIBase(),
		"ATTACHE_DATA_DIR":         dataDir,
		"ATTACHE_CONFIG":           cfgPath,
		"ATTACHE_LOG_FORMAT":       "json",
	}
	ctx, cancel := context.WithCancel(context.Background())
	rb := &runningBot{logs: newLogSink(), cancel: cancel, done: make(chan int, 1)}
	ready := make(chan struct{})
	m := &Main{Stdin: strings.NewReader(""), Stdout: rb.logs, Stderr: rb.logs,
		Getenv: func(k string) string { return env[k] }, Ready: func() { close(ready) }}
	go func() { rb.done <- m.Run(ctx, []string{"run"}) }()
	t.Cleanup(func() { rb.stop(t) })
	select {
	case <-ready:
	case code := <-rb.done:
		rb.done <- code
		t.Fatalf("bot exited %d before connecting:\n%s", code, rb.logs.String())
	case <-time.After(60 * time.Second):
		t.Fatal("bot did not connect")
	}
	return rb
}

// stop shuts the bot down and checks it exits cleanly; it is idempotent.
func (rb *runningBot) stop(t *testing.T) {
	t.Helper()
	rb.cancel()
	select {
	case code, ok := <-rb.done:
		if ok {
			close(rb.done)
			if code != exitOK {
				t.Errorf("bot exited %d on shutdown:\n%s", code, rb.logs.String())
			}
		}
	case <-time.After(30 * time.Second):
		t.Fatal("bot did not stop")
	}
}

// messageText is everything a person reads in a message: content, embed
// titles, descriptions, fields and footers.
func messageText(m *discordgo.Message) string {
	parts := []string{m.Content}
	for _, e := range m.Embeds {
		parts = append(parts, e.Title, e.Description)
		for _, f := range e.Fields {
			parts = append(parts, f.Name, f.Value)
		}
		if e.Footer != nil {
			parts = append(parts, e.Footer.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// reply sends a slash command and returns the text of its answer (the
// original response, once it has content).
func reply(t *testing.T, f *fakediscord.Fake, in fakediscord.Invoker, name string, opts ...fakediscord.Opt) (id, text string) {
	t.Helper()
	id = f.SlashCommand(t, in, name, opts...)
	f.WaitCallback(t, id, flowTimeout)
	var msg *discordgo.Message
	f.WaitFor(t, flowTimeout, "the /"+name+" reply", func() bool {
		m, ok := f.OriginalResponse(id)
		if ok && (m.Content != "" || len(m.Embeds) > 0) {
			msg = m
			return true
		}
		return false
	})
	return id, messageText(msg)
}

// polled matches digester cycles that polled at least one source.
func polled(r map[string]any) bool {
	p, _ := r["polled"].(float64)
	return p >= 1
}

// addSource adds a feed as an admin with /sources add and checks the reply.
func addSource(t *testing.T, f *fakediscord.Fake, name, url string) {
	t.Helper()
	_, text := reply(t, f, f.AsAdmin(), "sources", fakediscord.SubCommand("add",
		fakediscord.StrOpt("name", name), fakediscord.StrOpt("url", url), fakediscord.StrOpt("kind", "feed")))
	if !strings.Contains(text, "Added source") {
		t.Fatalf("/sources add %s answered %q", name, text)
	}
}

// TestFlowAlertDM: a member adds an alert; a digester cycle brings a
// matching story; the bot opens a DM channel with the member and posts one
// message naming the story. The same story read again in a later cycle
// (another outlet republishing the article) sends nothing more; a later
// article that adds facts to the story (Turkey's mediator) sends one update
// that says what is new, in the same DM channel.
func TestFlowAlertDM(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	feeds := newFeedServer(t)
	announced := sampleItem(t, "01-water-talks-announced.txt")
	feeds.set("/wire", announced)
	republished := announced
	republished.Link = "https://mirror.example/republished/water-talks"
	feeds.set("/mirror", republished)
	mediator := sampleItem(t, "03-water-talks-mediator.txt")
	feeds.set("/update", mediator)

	rb := startBot(t, f, t.TempDir(), flowConfig(t, "1s"))
	bob := f.AsMember()

	_, text := reply(t, f, bob, "alert", fakediscord.SubCommand("add", fakediscord.StrOpt("expression", "Geneva")))
	if !strings.Contains(text, "added") {
		t.Fatalf("/alert add answered %q", text)
	}
	if n := len(f.DMMessages(bob.User.ID)); n != 0 {
		t.Fatalf("%d DM(s) before any story", n)
	}

	addSource(t, f, "wire", feeds.url("/wire"))
	f.WaitFor(t, flowTimeout, "the alert DM", func() bool { return len(f.DMMessages(bob.User.ID)) > 0 })
	if got := f.DMOpens(bob.User.ID); got != 1 {
		t.Errorf("DM channel opened %d times, want 1", got)
	}
	first := messageText(f.DMMessages(bob.User.ID)[0])
	if !strings.Contains(first, announced.Title) || !strings.Contains(first, "Geneva") {
		t.Errorf("the alert DM does not name the story %q and the alert:\n%s", announced.Title, first)
	}
	if n := len(f.DMMessages(fakediscord.DefaultAdminUserID)); n != 0 {
		t.Errorf("alice got %d DM(s) without an alert", n)
	}

	// A later cycle reads the same story again: no second message.
	rb.logs.waitRecords(t, "digester cycle", 1, polled) // the cycle that read /wire
	addSource(t, f, "mirror", feeds.url("/mirror"))
	again := rb.logs.waitRecords(t, "digester cycle", 2, polled)[1]
	if again["new"] != 0.0 || again["stories_created"] != 0.0 || again["stories_updated"] != 0.0 {
		t.Errorf("the republished article was not recognised as the same story: %v", again)
	}
	// (A DM it caused would come before the update's and fail the checks below.)

	// An article with a new fact updates the story: one more DM, an update.
	addSource(t, f, "update", feeds.url("/update"))
	f.WaitFor(t, flowTimeout, "the update DM", func() bool { return len(f.DMMessages(bob.User.ID)) > 1 })
	rb.stop(t) // drains the dispatcher and the delivery workers
	dms := f.DMMessages(bob.User.ID)
	if len(dms) != 2 {
		t.Fatalf("%d DMs, want 2 (the story, then its update)", len(dms))
	}
	second := messageText(dms[1])
	// Selin Aydin (Turkey's envoy) appears only in the new article.
	if !strings.Contains(second, "Update") || !strings.Contains(second, "What's new") || !strings.Contains(second, "Selin Aydin") {
		t.Errorf("the second DM is not an update saying what is new (Selin Aydin):\n%s", second)
	}
	if strings.Contains(first, "Selin Aydin") {
		t.Errorf("the first DM already named Selin Aydin; the update check proves nothing:\n%s", first)
	}
	if got := f.DMOpens(bob.User.ID); got != 1 {
		t.Errorf("DM channel opened %d times, want 1 (reused)", got)
	}
}

// TestFlowClosedDMsPauseAlerts: the member's DMs are closed, so Discord
// answers the alert DM with 403 / 50007. The bot pauses the member's alert
// with the reason, and tells them once, on their next command: a public
// /brief gets the notice as a private follow-up; the next command does not
// repeat it, and /alert list shows the alert paused with the reason.
func TestFlowClosedDMsPauseAlerts(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	feeds := newFeedServer(t)
	announced := sampleItem(t, "01-water-talks-announced.txt")
	feeds.set("/wire", announced)

	dataDir, cfg := t.TempDir(), flowConfig(t, "1s")
	rb := startBot(t, f, dataDir, cfg)
	bob := f.AsMember()
	f.CloseDMs(bob.User.ID, true)

	_, text := reply(t, f, bob, "alert", fakediscord.SubCommand("add", fakediscord.StrOpt("expression", "Geneva")))
	if !strings.Contains(text, "added") {
		t.Fatalf("/alert add answered %q", text)
	}
	addSource(t, f, "wire", feeds.url("/wire"))

	refused := f.WaitCall(t, flowTimeout, func(c fakediscord.Call) bool {
		return c.Route == fakediscord.RouteCreateMessage && c.Status == http.StatusForbidden
	})
	if refused.Code != 50007 {
		t.Errorf("the DM was refused with code %d, want 50007", refused.Code)
	}
	rb.logs.waitRecords(t, "dispatch: alerts paused", 1, func(r map[string]any) bool { return r["user_id"] == bob.User.ID })
	if n := len(f.DMMessages(bob.User.ID)); n != 0 {
		t.Errorf("%d DM(s) posted to a user with closed DMs", n)
	}

	// The next command, a public one: the answer is public, the notice a
	// private follow-up.
	id, text := reply(t, f, bob, "brief", fakediscord.StrOpt("topic", "geneva"))
	if strings.Contains(text, "paused") {
		t.Errorf("the public /brief answer carries the private notice:\n%s", text)
	}
	var notice string
	f.WaitFor(t, flowTimeout, "the paused-alert notice", func() bool {
		for _, m := range f.Followups(id) {
			if strings.Contains(m.Content, "paused") {
				notice = m.Content
				return true
			}
		}
		return false
	})
	for _, want := range []string{"Geneva", "Discord refused my direct message", "/alert resume"} {
		if !strings.Contains(notice, want) {
			t.Errorf("the notice does not say %q:\n%s", want, notice)
		}
	}
	if fl := f.Followups(id); len(fl) != 1 || fl[0].Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("want one ephemeral follow-up, got %d: %+v", len(fl), fl)
	}

	// The command after: no notice again; /alert list shows why.
	_, text = reply(t, f, bob, "alert", fakediscord.SubCommand("list"))
	if !strings.Contains(text, "paused: Discord refused my direct message") {
		t.Errorf("/alert list does not show the pause and its reason:\n%s", text)
	}
	if strings.Contains(text, "⚠️") || strings.Contains(text, "/alert resume.") {
		t.Errorf("the notice was repeated on the next command:\n%s", text)
	}
	_, text = reply(t, f, bob, "help")
	if strings.Contains(text, "⚠️") {
		t.Errorf("the notice was repeated on /help:\n%s", text)
	}
	// Another user is not told about bob's alerts.
	_, text = reply(t, f, f.AsAdmin(), "help")
	if strings.Contains(text, "⚠️") {
		t.Errorf("alice was told about bob's paused alert:\n%s", text)
	}
	rb.stop(t)
	// Refused for good: not retried, and nothing else sent.
	if n := len(f.CallsTo(fakediscord.RouteCreateMessage)); n != 1 {
		t.Errorf("%d message sends, want 1 (a 50007 is permanent)", n)
	}
	if n := f.DMOpens(bob.User.ID); n != 1 {
		t.Errorf("DM channel opened %d times, want 1", n)
	}

	// A restart on the same data: that bob was told is stored on the
	// alert, not in memory, so the new process does not tell him again;
	// the alert stays paused.
	rb = startBot(t, f, dataDir, cfg)
	_, text = reply(t, f, bob, "alert", fakediscord.SubCommand("list"))
	if !strings.Contains(text, "paused: Discord refused my direct message") {
		t.Errorf("after a restart /alert list does not show the pause:\n%s", text)
	}
	if strings.Contains(text, "⚠️") || strings.Contains(text, "/alert resume.") {
		t.Errorf("the notice was repeated after a restart:\n%s", text)
	}
	_, text = reply(t, f, bob, "help")
	if strings.Contains(text, "⚠️") {
		t.Errorf("the notice was repeated on /help after a restart:\n%s", text)
	}
	rb.stop(t)
	if n := len(f.CallsTo(fakediscord.RouteCreateMessage)); n != 1 {
		t.Errorf("%d message sends after the restart, want 1 (the alert stays paused)", n)
	}
}

// TestFlowAlertGroupAndMute: two stories matching a member's alert in one
// cycle arrive as one grouped DM naming both; an admin with the same alert
// who ran /alert mute gets nothing.
func TestFlowAlertGroupAndMute(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	feeds := newFeedServer(t)
	talks := sampleItem(t, "01-water-talks-announced.txt")
	rail := sampleItem(t, "04-rail-corridor-astana.txt")
	feeds.set("/wire", talks, rail)

	// A window wide enough for both stories of one cycle on a slow machine.
	rb := startBot(t, f, t.TempDir(), flowConfig(t, "3s"))
	bob, alice := f.AsMember(), f.AsAdmin()
	for _, in := range []fakediscord.Invoker{bob, alice} {
		_, text := reply(t, f, in, "alert", fakediscord.SubCommand("add", fakediscord.StrOpt("expression", "Uzbekistan")))
		if !strings.Contains(text, "added") {
			t.Fatalf("/alert add answered %q", text)
		}
	}
	_, text := reply(t, f, alice, "alert", fakediscord.SubCommand("mute", fakediscord.StrOpt("duration", "2h")))
	if !strings.Contains(text, "Muted 1 alert") {
		t.Fatalf("/alert mute answered %q", text)
	}

	addSource(t, f, "wire", feeds.url("/wire"))
	f.WaitFor(t, flowTimeout, "bob's alert DM", func() bool { return len(f.DMMessages(bob.User.ID)) > 0 })
	rb.stop(t) // drains the dispatcher and the delivery workers
	dms := f.DMMessages(bob.User.ID)
	if len(dms) != 1 {
		t.Fatalf("bob got %d DMs, want 1 grouped message", len(dms))
	}
	text = messageText(dms[0])
	for _, want := range []string{"2 stories match", talks.Title, rail.Title} {
		if !strings.Contains(text, want) {
			t.Errorf("the grouped DM does not say %q:\n%s", want, text)
		}
	}
	if n := len(f.DMMessages(alice.User.ID)); n != 0 || f.DMOpens(alice.User.ID) != 0 {
		t.Errorf("muted alice got %d DM(s)", n)
	}
	for _, r := range rb.logs.records("dispatch: alert message enqueued") {
		if r["user_id"] == alice.User.ID {
			t.Errorf("a message to muted alice was enqueued: %v", r)
		}
	}
}

// TestFlowEditionOnce: /edition subscribe is refused to a member without
// Manage Server and accepted from an admin. A subscription made after the
// day's time has passed does not post late; one that existed at that time
// (the bot was down then) is caught up on start-up with exactly one
// channel message; restarting on the same data directory does not post or
// queue it again.
func TestFlowEditionOnce(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	dataDir := t.TempDir()
	// The bundled sample news (the default source) gives the edition
	// stories; debug logs show when the scheduler has loaded the edition.
	cfg := filepath.Join(t.TempDir(), "attache.yaml")
	if err := os.WriteFile(cfg, []byte("log:\n  level: debug\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	general := fakediscord.DefaultChannelID
	// The edition time: two minutes ago, well inside the catch-up window.
	due := time.Now().UTC().Add(-2 * time.Minute)
	clock := due.Format("15:04")
	subscribe := []fakediscord.Opt{fakediscord.SubCommand("subscribe", fakediscord.ChannelOpt("channel", general),
		fakediscord.StrOpt("time", clock), fakediscord.StrOpt("timezone", "UTC"))}

	// Run A: refused without Manage Server, accepted with it.
	a := startBot(t, f, dataDir, cfg)
	_, text := reply(t, f, f.AsMember(), "edition", subscribe...)
	if !strings.Contains(text, "Manage Server") || strings.Contains(text, "Subscribed") {
		t.Fatalf("a member without Manage Server was not refused:\n%s", text)
	}
	_, text = reply(t, f, f.AsAdmin(), "edition", subscribe...)
	if !strings.Contains(text, "Subscribed <#"+general+">") || !strings.Contains(text, clock) {
		t.Fatalf("/edition subscribe answered:\n%s", text)
	}
	a.stop(t) // waits for the edition scheduler's start-up catch-up
	if n := len(f.Posts(general)); n != 0 {
		t.Fatalf("%d edition(s) posted for a time that passed before subscribing", n)
	}

	// As if the channel had subscribed yesterday and the bot had been down
	// at the edition time: move the subscription's creation back a day.
	st, err := bolt.Open(filepath.Join(dataDir, "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sub, err := st.GetSubscription(ctx, general)
	if err != nil {
		t.Fatal(err)
	}
	if sub.Time != clock || sub.GuildID != fakediscord.DefaultGuildID || sub.CreatedBy != fakediscord.DefaultAdminUserID {
		t.Fatalf("stored subscription %+v", sub)
	}
	sub.CreatedAt, sub.UpdatedAt = sub.CreatedAt.Add(-24*time.Hour), sub.UpdatedAt.Add(-24*time.Hour)
	if err := st.PutSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	// Run B: the missed edition is posted once, on start-up.
	b := startBot(t, f, dataDir, cfg)
	f.WaitFor(t, flowTimeout, "the edition", func() bool { return len(f.Posts(general)) > 0 })
	b.logs.waitRecords(t, "edition: queued", 1, nil)
	b.stop(t)
	posts := f.Posts(general)
	if len(posts) != 1 {
		t.Fatalf("%d edition posts, want 1", len(posts))
	}
	edition := messageText(posts[0])
	if !strings.Contains(edition, "Morning edition") || !strings.Contains(edition, "Top stories") ||
		!strings.Contains(edition, "water talks in Geneva") {
		t.Errorf("the post is not an edition with stories:\n%s", edition)
	}

	// Run C, same data: the edition is scheduled again and found handled.
	c := startBot(t, f, dataDir, cfg)
	c.logs.waitRecords(t, "edition: scheduled", 1, func(r map[string]any) bool { return r["channel_id"] == general })
	_, text = reply(t, f, f.AsAdmin(), "edition", fakediscord.SubCommand("settings"))
	if !strings.Contains(text, clock) {
		t.Errorf("/edition settings after the restart:\n%s", text)
	}
	c.stop(t)
	if n := len(f.Posts(general)); n != 1 {
		t.Errorf("%d edition posts after a restart, want still 1", n)
	}
	if n := len(c.logs.records("edition: queued")); n != 0 {
		t.Errorf("the edition was queued again after a restart")
	}
	st, err = bolt.Open(filepath.Join(dataDir, "attache.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if j, err := st.Dequeue(ctx, "flows-test", time.Minute); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("the queue is not empty after the restart: %+v, %v", j, err)
	}
}
