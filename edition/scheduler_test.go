package edition_test

import (
	"context"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/store"
)

// checkPosts asserts that posts happened at exactly the want instants
// (UTC, "2006-01-02 15:04"), each with the key and heading of its local date.
func checkPosts(t *testing.T, posts []sent, zone string, want ...string) {
	t.Helper()
	loc, _ := time.LoadLocation(zone)
	if len(posts) != len(want) {
		var got []string
		for _, p := range posts {
			got = append(got, p.At.UTC().Format("2006-01-02 15:04:05")+" "+p.Key)
		}
		t.Fatalf("%d posts, want %d: %v", len(posts), len(want), got)
	}
	for i, p := range posts {
		w := utc(want[i])
		if d := p.At.Sub(w); d < 0 || d > time.Second {
			t.Errorf("post %d at %v (%v), want %v", i+1, p.At.UTC(), p.At.In(loc), w)
		}
		local := w.In(loc)
		if !strings.HasSuffix(p.Key, ":"+local.Format(edition.DateLayout)) {
			t.Errorf("post %d key %s, want local date %s", i+1, p.Key, local.Format(edition.DateLayout))
		}
		if !strings.Contains(p.Resp.Content, local.Format("Monday 2 January 2006")) {
			t.Errorf("post %d heading %q, want %s", i+1, p.Resp.Content, local.Format("Monday 2 January 2006"))
		}
	}
}

// TestEditionsAcrossDST runs the scheduler over daylight-saving changes
// (synctest clock, 2000 calendar): one edition per local day, none skipped
// or doubled.
func TestEditionsAcrossDST(t *testing.T) {
	for _, tc := range []struct {
		name, zone, clock, start string
		want                     []string
	}{
		{"Berlin 02:30 spring forward", "Europe/Berlin", "02:30", "2000-03-25 12:00",
			[]string{"2000-03-26 01:30", "2000-03-27 00:30", "2000-03-28 00:30"}},
		{"Berlin 02:30 fall back", "Europe/Berlin", "02:30", "2000-10-28 12:00",
			[]string{"2000-10-29 00:30", "2000-10-30 01:30", "2000-10-31 01:30"}},
		{"New York 02:30 spring forward", "America/New_York", "02:30", "2000-04-01 12:00",
			[]string{"2000-04-02 07:30", "2000-04-03 06:30", "2000-04-04 06:30"}},
		{"New York 01:30 fall back", "America/New_York", "01:30", "2000-10-28 12:00",
			[]string{"2000-10-29 05:30", "2000-10-30 06:30", "2000-10-31 06:30"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				sleepTo(utc(tc.start))
				st := openBolt(t, t.TempDir())
				defer st.Close()
				putSub(t, st, "100", tc.clock, tc.zone, time.Now())
				send := newRecSender()
				r := startReplica(t, st, send, edition.Config{}, false)
				sleepTo(utc(tc.start).Add(3 * 24 * time.Hour))
				r.stop()
				checkPosts(t, send.forChannel("100"), tc.zone, tc.want...)
			})
		})
	}
}

// TestEditionsAcrossTimeZones: five channels in five zones (one with a
// 45-minute offset, one weekdays only) over three days.
func TestEditionsAcrossTimeZones(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sleepTo(utc("2000-06-02 12:00")) // a Friday
		st := openBolt(t, t.TempDir())
		defer st.Close()
		now := time.Now()
		putSub(t, st, "tokyo", "07:00", "Asia/Tokyo", now)
		putSub(t, st, "paris", "07:00", "Europe/Paris", now)
		putSub(t, st, "ny", "07:00", "America/New_York", now)
		putSub(t, st, "kathmandu", "06:45", "Asia/Kathmandu", now)
		putSub(t, st, "weekdays", "09:00", "Europe/London", now, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)
		send := newRecSender()
		r := startReplica(t, st, send, edition.Config{}, false)
		sleepTo(utc("2000-06-05 12:00"))
		r.stop()
		checkPosts(t, send.forChannel("tokyo"), "Asia/Tokyo", "2000-06-02 22:00", "2000-06-03 22:00", "2000-06-04 22:00")
		checkPosts(t, send.forChannel("paris"), "Europe/Paris", "2000-06-03 05:00", "2000-06-04 05:00", "2000-06-05 05:00")
		checkPosts(t, send.forChannel("ny"), "America/New_York", "2000-06-03 11:00", "2000-06-04 11:00", "2000-06-05 11:00")
		checkPosts(t, send.forChannel("kathmandu"), "Asia/Kathmandu", "2000-06-03 01:00", "2000-06-04 01:00", "2000-06-05 01:00")
		checkPosts(t, send.forChannel("weekdays"), "Europe/London", "2000-06-05 08:00") // Monday only
	})
}

// TestCatchUp: an edition missed while the bot was down is posted on
// start-up within the window, once, even across another restart; outside
// the window, or for a subscription made after the time, it is not.
func TestCatchUp(t *testing.T) {
	t.Run("within the window, once", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			sleepTo(utc("2000-06-01 00:00"))
			st := openBolt(t, t.TempDir())
			defer st.Close()
			putSub(t, st, "c", "07:00", "Europe/Paris", time.Now()) // 05:00 UTC
			send := newRecSender()
			sleepTo(utc("2000-06-10 06:30")) // down since before 07:00 local; 08:30 now
			r := startReplica(t, st, send, edition.Config{}, false)
			time.Sleep(time.Second)
			checkPosts(t, send.forChannel("c"), "Europe/Paris", "2000-06-10 06:30")
			r.stop()

			time.Sleep(30 * time.Minute) // restart: still within the window
			r = startReplica(t, st, send, edition.Config{}, false)
			sleepTo(utc("2000-06-11 06:00"))
			r.stop()
			checkPosts(t, send.forChannel("c"), "Europe/Paris", "2000-06-10 06:30", "2000-06-11 05:00")
		})
	})
	t.Run("outside the window", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			sleepTo(utc("2000-06-01 00:00"))
			st := openBolt(t, t.TempDir())
			defer st.Close()
			putSub(t, st, "c", "07:00", "Europe/Paris", time.Now())
			send := newRecSender()
			sleepTo(utc("2000-06-10 08:01")) // 3 h 1 min late
			r := startReplica(t, st, send, edition.Config{}, false)
			sleepTo(utc("2000-06-11 06:00"))
			r.stop()
			checkPosts(t, send.forChannel("c"), "Europe/Paris", "2000-06-11 05:00")
		})
	})
	t.Run("custom window", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			sleepTo(utc("2000-06-01 00:00"))
			st := openBolt(t, t.TempDir())
			defer st.Close()
			putSub(t, st, "c", "07:00", "Europe/Paris", time.Now())
			send := newRecSender()
			sleepTo(utc("2000-06-10 06:00"))
			r := startReplica(t, st, send, edition.Config{CatchUp: 30 * time.Minute}, false)
			time.Sleep(time.Hour)
			r.stop()
			if n := send.count(); n != 0 {
				t.Fatalf("%d posts 1 h late with a 30 min window", n)
			}
		})
	})
	t.Run("subscribed after the time", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			sleepTo(utc("2000-06-10 05:30")) // 07:30 in Paris
			st := openBolt(t, t.TempDir())
			defer st.Close()
			putSub(t, st, "c", "07:00", "Europe/Paris", time.Now())
			send := newRecSender()
			r := startReplica(t, st, send, edition.Config{}, false)
			sleepTo(utc("2000-06-11 06:00"))
			r.stop()
			checkPosts(t, send.forChannel("c"), "Europe/Paris", "2000-06-11 05:00")
		})
	})
	t.Run("queued before a crash, delivered after", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			sleepTo(utc("2000-06-10 04:00"))
			st := openBolt(t, t.TempDir())
			defer st.Close()
			putSub(t, st, "c", "07:00", "Europe/Paris", time.Now())
			send := newRecSender()
			sleepTo(utc("2000-06-10 05:10"))
			// This replica's pipeline is down: the edition is queued only.
			r := startReplica(t, st, send, edition.Config{}, true)
			time.Sleep(time.Second)
			r.stop()
			if qs, _ := st.QueueStats(context.Background()); qs.Depth != 1 || send.count() != 0 {
				t.Fatalf("queue %+v, %d posts: want one queued edition", qs, send.count())
			}
			r = startReplica(t, st, send, edition.Config{}, false)
			time.Sleep(10 * time.Minute)
			r.stop()
			checkPosts(t, send.forChannel("c"), "Europe/Paris", "2000-06-10 05:10")
		})
	})
}

// TestSubscriptionChanges: new, rescheduled and removed subscriptions take
// effect at the next poll (or at once with Reload).
func TestSubscriptionChanges(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sleepTo(utc("2000-06-10 00:00"))
		st := openBolt(t, t.TempDir())
		defer st.Close()
		ctx := context.Background()
		send := newRecSender()
		putSub(t, st, "a", "06:00", "UTC", time.Now())
		r := startReplica(t, st, send, edition.Config{}, false)
		time.Sleep(time.Minute)
		putSub(t, st, "b", "04:00", "UTC", time.Now()) // found by the poll
		time.Sleep(time.Hour)
		// Reschedule a to 05:00 and subscribe c at 05:30, applied by Reload.
		putSub(t, st, "a", "05:00", "UTC", time.Now())
		putSub(t, st, "c", "05:30", "UTC", time.Now())
		if err := r.sched.Reload(ctx); err != nil {
			t.Fatal(err)
		}
		if next := r.sched.Scheduled(time.Now()); !next["a"].Equal(utc("2000-06-10 05:00")) || !next["c"].Equal(utc("2000-06-10 05:30")) {
			t.Errorf("scheduled %v", next)
		}
		sleepTo(utc("2000-06-10 12:00"))
		if err := st.DeleteSubscription(ctx, "b"); err != nil {
			t.Fatal(err)
		}
		sleepTo(utc("2000-06-11 12:00"))
		r.stop()
		checkPosts(t, send.forChannel("a"), "UTC", "2000-06-10 05:00", "2000-06-11 05:00")
		checkPosts(t, send.forChannel("b"), "UTC", "2000-06-10 04:00")
		checkPosts(t, send.forChannel("c"), "UTC", "2000-06-10 05:30", "2000-06-11 05:30")
	})
}

// TestEditionsFollowStories: the second edition holds the new story and
// an update of a story the first one showed, not the unchanged one.
func TestEditionsFollowStories(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sleepTo(utc("2000-06-10 00:00"))
		st := openBolt(t, t.TempDir())
		defer st.Close()
		ctx := context.Background()
		put := func(s store.Story) store.Story {
			v, err := st.PutStory(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			s.Version = v
			return s
		}
		now := time.Now()
		a := put(story("a", "Summit in Riyadh", 4, now, nil, person("P", "President")))
		put(story("b", "Talks in Oslo", 2, now, nil))
		sub := putSub(t, st, "c", "06:00", "UTC", now)
		sub.Format = store.FormatFull
		if err := st.PutSubscription(ctx, sub); err != nil {
			t.Fatal(err)
		}
		send := newRecSender()
		r := startReplica(t, st, send, edition.Config{}, false)
		sleepTo(utc("2000-06-10 12:00"))
		// Overnight: a new story and news about a.
		later := time.Now()
		put(story("d", "Envoy in Cairo", 1, later, nil))
		a.Changes = append(a.Changes, store.Change{At: later, Text: "Turkey confirmed attendance"})
		a.LastSeen = later
		a.Facts.People = append(a.Facts.People, digest.Person{Name: "Erdogan", Role: "President", Participant: true})
		put(a)
		// Preview (bot.EditionRenderer) shows tomorrow's edition now.
		preview, err := r.sched.RenderEdition(ctx, sub, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		sleepTo(utc("2000-06-11 12:00"))
		r.stop()
		posts := send.forChannel("c")
		if len(posts) != 2 {
			t.Fatalf("%d editions", len(posts))
		}
		titles := func(p sent) string {
			var ts []string
			for _, e := range p.Resp.Embeds {
				ts = append(ts, e.Title)
			}
			return strings.Join(ts, " | ")
		}
		if got := titles(posts[0]); got != "Summit in Riyadh | Talks in Oslo" {
			t.Errorf("first edition: %s", got)
		}
		got := titles(posts[1])
		if got != "Update: Summit in Riyadh | Envoy in Cairo" {
			t.Errorf("second edition: %s", got)
		}
		if !strings.Contains(posts[1].Resp.Embeds[0].Description, "Turkey confirmed attendance") {
			t.Errorf("update without the change: %q", posts[1].Resp.Embeds[0].Description)
		}
		if titles(sent{Resp: preview}) != got {
			t.Errorf("preview %q differs from the edition %q", titles(sent{Resp: preview}), got)
		}
	})
}

func TestNewRequires(t *testing.T) {
	if _, err := edition.New(edition.Config{}); err == nil {
		t.Error("New without a store")
	}
	st := openBolt(t, t.TempDir())
	defer st.Close()
	if _, err := edition.New(edition.Config{Store: st}); err == nil {
		t.Error("New without a pipeline")
	}
}
