package dispatch_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/alerts/dispatch"
	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/store"
)

// alertCmd runs /alert <sub> as user u through the bot's handlers at the
// current (bubble) time, then reloads the dispatcher, as cmd/attache does
// after every /alert command.
func alertCmd(t *testing.T, b *bot.Bot, d *dispatch.Dispatcher, u, sub string, opts ...bot.Option) string {
	t.Helper()
	r := b.Handle(context.Background(), bot.Request{Kind: bot.KindCommand, Name: "alert", Subcommand: sub, Options: opts,
		GuildID: "g1", UserID: u, Now: time.Now()})
	if err := d.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	return r.Content
}

func opt(name, v string) bot.Option { return bot.Option{Name: name, Type: bot.OptString, String: v} }

// TestQuietCommandHoldsUntilEnd sets quiet hours with /alert quiet on a
// running dispatcher: a story that matches inside them is held until they
// end, in the user's time zone, while another user's alert is not held.
func TestQuietCommandHoldsUntilEnd(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// The bubble starts at 2000-01-01 00:00 UTC, 01:00 in Paris.
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		b, err := bot.New(bot.Config{Store: st})
		if err != nil {
			t.Fatal(err)
		}
		out := &outbox{}
		d := newLoaded(t, st, out, dispatch.Options{ReloadEvery: -1}) // 2-minute group window
		go func() { _ = d.Run(ctx) }()
		alertCmd(t, b, d, "u1", "add", opt("expression", "Lavrov"))
		alertCmd(t, b, d, "u2", "add", opt("expression", "Lavrov"))
		if got := alertCmd(t, b, d, "u1", "quiet", opt("start", "22:00"), opt("end", "07:00"), opt("timezone", "Europe/Paris")); !strings.Contains(got, "set on your 1 alert(s)") {
			t.Fatalf("/alert quiet = %q", got)
		}
		start := time.Now()
		d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
		time.Sleep(5 * time.Minute)
		synctest.Wait()
		if got := out.to("u2"); len(got) != 1 || got[0].At.Sub(start) != 2*time.Minute {
			t.Fatalf("u2 (no quiet hours) got %+v, want one message after the group window", got)
		}
		time.Sleep(6*time.Hour - 5*time.Minute - time.Second)
		synctest.Wait()
		if got := out.to("u1"); len(got) != 0 {
			t.Fatalf("sent during quiet hours: %+v", got)
		}
		time.Sleep(2 * time.Second)
		synctest.Wait()
		got := out.to("u1")
		if len(got) != 1 || got[0].Key != "alert:u1:s1:new" {
			t.Fatalf("after quiet hours u1 got %+v, want s1 once", got)
		}
		if at := got[0].At.Sub(start); at != 6*time.Hour {
			t.Errorf("sent %v after the hit, want 6h (07:00 in Paris)", at)
		}
	})
}

// TestQuietChangeReleasesHeldHits: hits held by quiet hours leave at once
// when the user removes them, and wait for the new end when the user moves
// them; a mute set meanwhile drops them.
func TestQuietChangeReleasesHeldHits(t *testing.T) {
	tests := []struct {
		name   string
		change []bot.Option // the second /alert quiet, one hour into the quiet hours
		mute   string       // or an /alert mute instead
		want   time.Duration
		none   bool
	}{
		{name: "off", change: []bot.Option{opt("start", "off")}, want: time.Hour},
		{name: "earlier end", change: []bot.Option{opt("end", "03:00")}, want: 2 * time.Hour}, // 03:00 Paris = 02:00 UTC
		{name: "later end", change: []bot.Option{opt("end", "09:00")}, want: 8 * time.Hour},
		{name: "other zone, no longer quiet", change: []bot.Option{opt("timezone", "America/New_York")}, want: time.Hour}, // 20:00 in New York
		{name: "muted", mute: "2h", none: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				st := openBolt(t)
				b, err := bot.New(bot.Config{Store: st})
				if err != nil {
					t.Fatal(err)
				}
				out := &outbox{}
				d := newLoaded(t, st, out, dispatch.Options{ReloadEvery: -1})
				go func() { _ = d.Run(ctx) }()
				alertCmd(t, b, d, "u1", "add", opt("expression", "Lavrov"))
				alertCmd(t, b, d, "u1", "quiet", opt("start", "22:00"), opt("end", "07:00"), opt("timezone", "Europe/Paris"))
				start := time.Now()
				d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
				time.Sleep(time.Hour)
				synctest.Wait()
				if got := out.all(); len(got) != 0 {
					t.Fatalf("sent during quiet hours: %+v", got)
				}
				if tt.mute != "" {
					alertCmd(t, b, d, "u1", "mute", opt("duration", tt.mute))
				} else {
					alertCmd(t, b, d, "u1", "quiet", tt.change...)
				}
				time.Sleep(12 * time.Hour)
				synctest.Wait()
				got := out.all()
				if tt.none {
					if len(got) != 0 {
						t.Fatalf("muted hit was sent: %+v", got)
					}
					return
				}
				if len(got) != 1 {
					t.Fatalf("%d messages, want 1", len(got))
				}
				if at := got[0].At.Sub(start); at != tt.want {
					t.Errorf("sent %v after the hit, want %v", at, tt.want)
				}
			})
		})
	}
}

// TestConcurrentStories matches stories from several goroutines at once
// while alerts change: the reused match buffer must not be shared (run
// with -race), and every user still gets each story exactly once.
func TestConcurrentStories(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	const users = 40
	for i := range users {
		addAlert(t, st, fmt.Sprintf("u%02d", i), "Lavrov")
		addAlert(t, st, fmt.Sprintf("u%02d", i), "person:Rubio")
	}
	out := &outbox{}
	d := newLoaded(t, st, out, dispatch.Options{Policy: alerts.Policy{GroupWindow: -1, HourlyCap: 100}, ReloadEvery: -1})
	const stories = 12
	evs := make([]string, stories)
	for i := range evs {
		evs[i] = fmt.Sprintf("s%02d", i)
		riyadh(t, st, evs[i], "Lavrov in Riyadh "+evs[i])
	}
	var wg sync.WaitGroup
	for i := range stories {
		wg.Go(func() {
			s, err := st.GetStory(ctx, evs[i])
			if err != nil {
				t.Error(err)
				return
			}
			d.StoryChanged(ctx, created(s))
		})
	}
	wg.Go(func() {
		for range 5 {
			if err := d.Reload(ctx); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	for i := range users {
		u := fmt.Sprintf("u%02d", i)
		got := map[string]int{}
		for _, m := range out.to(u) {
			got[m.Key]++
		}
		for _, s := range evs {
			if k := "alert:" + u + ":" + s + ":new"; got[k] != 1 {
				t.Errorf("%s got %s %d times, want once", u, s, got[k])
			}
		}
		if len(got) != stories {
			t.Errorf("%s got %d distinct messages, want %d", u, len(got), stories)
		}
	}
}

// BenchmarkStoryChanged measures matching and the policy for a story that
// 2,000 users' alerts match, repeated (so every hit is decided and dropped
// as already delivered), with the match buffer reused across stories.
func BenchmarkStoryChanged(b *testing.B) {
	ctx := context.Background()
	st := openBolt(b)
	for i := range 2000 {
		if _, err := st.CreateAlert(ctx, store.Alert{UserID: fmt.Sprintf("u%04d", i), Expression: "Lavrov", Mode: store.ModeDM}, 0); err != nil {
			b.Fatal(err)
		}
	}
	// Sent once; afterwards every hit is decided and dropped as a repeat.
	d := dispatch.New(st, nopOutbox{}, dispatch.Options{Policy: alerts.Policy{GroupWindow: -1}, ReloadEvery: -1})
	if err := d.Load(ctx); err != nil {
		b.Fatal(err)
	}
	s := riyadh(b, st, "s1", "Lavrov in Riyadh")
	ev := created(s)
	b.ReportAllocs()
	for b.Loop() {
		d.StoryChanged(ctx, ev)
	}
}

type nopOutbox struct{}

func (nopOutbox) EnqueueDM(context.Context, string, string, bot.Response) error { return nil }
