package delivery_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// openBolt opens a bolt store in dir (a fresh temp dir when empty).
func openBolt(t *testing.T, dir string) *bolt.Store {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	st, err := bolt.Open(filepath.Join(dir, bolt.DefaultFileName), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// post is one message a fakeDiscord posted.
type post struct {
	ID      string
	Key     string
	Target  string
	Content string
	At      time.Time
}

// fakeDiscord is a Sender that behaves like Discord's create-message with
// enforce_nonce: a nonce seen before returns the original message without
// posting again. fail, when set, may fail an attempt before it reaches
// "Discord" (after=false) or after the post was made (after=true, the
// response was lost).
type fakeDiscord struct {
	mu       sync.Mutex
	n        int
	byNonce  map[string]string
	posts    []post
	attempts map[string][]time.Time // key -> attempt times
	fail     func(m delivery.Message, attempt int) (err error, after bool)
	hook     func(m delivery.Message) // called after a post is made, before returning
}

func newFakeDiscord() *fakeDiscord {
	return &fakeDiscord{byNonce: map[string]string{}, attempts: map[string][]time.Time{}}
}

func (f *fakeDiscord) Send(ctx context.Context, m delivery.Message, nonce string) (string, error) {
	if len(nonce) != delivery.NonceLen {
		return "", fmt.Errorf("bad nonce %q", nonce)
	}
	f.mu.Lock()
	f.attempts[m.Key] = append(f.attempts[m.Key], time.Now())
	attempt := len(f.attempts[m.Key])
	fail := f.fail
	f.mu.Unlock()
	var err error
	var after bool
	if fail != nil {
		err, after = fail(m, attempt)
	}
	if err != nil && !after {
		return "", err
	}
	f.mu.Lock()
	id, ok := f.byNonce[nonce]
	if !ok {
		f.n++
		id = fmt.Sprintf("m%d", f.n)
		f.byNonce[nonce] = id
		f.posts = append(f.posts, post{ID: id, Key: m.Key, Target: m.Target(), Content: m.Response.Content, At: time.Now()})
	}
	hook := f.hook
	f.mu.Unlock()
	if hook != nil {
		hook(m)
	}
	if err != nil {
		return "", err
	}
	return id, nil
}

// postsByKey counts posts per key.
func (f *fakeDiscord) postsByKey() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]int{}
	for _, p := range f.posts {
		out[p.Key]++
	}
	return out
}

func (f *fakeDiscord) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.posts)
}

func (f *fakeDiscord) attemptTimes(key string) []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.attempts[key]...)
}

func msg(i int) delivery.Message {
	return delivery.Message{Key: fmt.Sprintf("test:%03d", i), Kind: delivery.KindEdition,
		ChannelID: fmt.Sprintf("1000%03d", i), Response: bot.Response{Content: fmt.Sprintf("hello %d", i)}}
}

// logSink collects log records for assertions.
type logSink struct {
	mu   sync.Mutex
	recs []string
}

func (l *logSink) Enabled(context.Context, slog.Level) bool { return true }
func (l *logSink) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Level.String() + " " + r.Message)
	r.Attrs(func(a slog.Attr) bool {
		b.WriteString(" " + a.Key + "=" + a.Value.String())
		return true
	})
	l.mu.Lock()
	l.recs = append(l.recs, b.String())
	l.mu.Unlock()
	return nil
}
func (l *logSink) WithAttrs(attrs []slog.Attr) slog.Handler { return &attrSink{l, attrs} }
func (l *logSink) WithGroup(string) slog.Handler            { return l }

func (l *logSink) find(sub string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, r := range l.recs {
		if strings.Contains(r, sub) {
			out = append(out, r)
		}
	}
	return out
}

type attrSink struct {
	l     *logSink
	attrs []slog.Attr
}

func (a *attrSink) Enabled(context.Context, slog.Level) bool { return true }
func (a *attrSink) Handle(ctx context.Context, r slog.Record) error {
	r.AddAttrs(a.attrs...)
	return a.l.Handle(ctx, r)
}
func (a *attrSink) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &attrSink{a.l, append(append([]slog.Attr(nil), a.attrs...), attrs...)}
}
func (a *attrSink) WithGroup(string) slog.Handler { return a }

// waitFor polls cond (for real-time tests; synctest tests use synctest.Wait).
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// ledgerHas reports whether every key has a ledger entry.
func ledgerHas(ctx context.Context, st delivery.Store, keys ...string) error {
	for _, k := range keys {
		if _, err := st.GetDelivery(ctx, k); err != nil {
			return fmt.Errorf("ledger %s: %w", k, err)
		}
	}
	return nil
}

var _ store.Store = (*bolt.Store)(nil)
