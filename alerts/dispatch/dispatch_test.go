package dispatch_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/alerts/dispatch"
	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
)

// sent is one message the fake outbox accepted.
type sent struct {
	User, Key string
	Msg       bot.Response
	At        time.Time
}

// outbox records EnqueueDM calls; fail makes it refuse them.
type outbox struct {
	mu   sync.Mutex
	msgs []sent
	fail error
}

func (o *outbox) EnqueueDM(_ context.Context, userID, key string, msg bot.Response) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail != nil {
		return o.fail
	}
	o.msgs = append(o.msgs, sent{User: userID, Key: key, Msg: msg, At: time.Now()})
	return nil
}

func (o *outbox) all() []sent {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.msgs)
}

func (o *outbox) to(user string) []sent {
	var out []sent
	for _, m := range o.all() {
		if m.User == user {
			out = append(out, m)
		}
	}
	return out
}

func openBolt(t testing.TB) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(filepath.Join(t.TempDir(), bolt.DefaultFileName), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// addAlert stores an alert and returns it.
func addAlert(t *testing.T, st store.Store, user, expr string, edit ...func(*store.Alert)) store.Alert {
	t.Helper()
	a := store.Alert{UserID: user, Expression: expr, Mode: store.ModeDM, CreatedAt: time.Now()}
	for _, e := range edit {
		e(&a)
	}
	a, err := st.CreateAlert(context.Background(), a, 0)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// riyadh returns a story in the digest's shape, stored.
func riyadh(t testing.TB, st store.Store, id, title string) store.Story {
	t.Helper()
	s := store.Story{ID: id, Title: title, URLs: []string{"https://example.org/" + id},
		Outlets: []string{"Example News"}, FirstSeen: time.Now(), LastSeen: time.Now(),
		Facts: digest.Result{
			People: []digest.Person{
				{Name: "Sergey Lavrov", Role: "Foreign Minister", Participant: true},
				{Name: "Marco Rubio", Role: "Secretary of State", Participant: true},
				{Name: "Dmitry Peskov", Role: "Kremlin spokesman"},
			},
			Countries: []string{"United States", "Russia", "Saudi Arabia"},
			Places:    []digest.Place{{Name: "Riyadh", Country: "Saudi Arabia"}},
			Excluded:  []string{"Ukraine"},
			Agenda:    []string{"restoring embassies"},
			QuickLook: digest.QuickLook{Headline: title, Bullets: []digest.Bullet{
				{Label: "Where", Text: "Riyadh, Saudi Arabia"},
				{Label: "Who", Text: "Sergey Lavrov and Marco Rubio"},
			}},
		}}
	v, err := st.PutStory(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	s.Version = v
	return s
}

func created(s store.Story) story.Event { return story.Event{Kind: story.Created, Story: s} }

func updated(s store.Story, changes ...string) story.Event {
	return story.Event{Kind: story.Updated, Story: s, Changes: changes}
}

// immediate sends without a grouping window.
var immediate = dispatch.Options{Policy: alerts.Policy{GroupWindow: -1}, ReloadEvery: -1}

func newLoaded(t *testing.T, st dispatch.Store, out dispatch.Outbox, opts dispatch.Options) *dispatch.Dispatcher {
	t.Helper()
	d := dispatch.New(st, out, opts)
	if err := d.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestMatchingStoryOneDMPerUser(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	addAlert(t, st, "u1", "Lavrov")
	addAlert(t, st, "u1", `country:"Saudi Arabia"`)
	addAlert(t, st, "u2", "person:Rubio -Iran")
	addAlert(t, st, "u3", "Zelensky")
	addAlert(t, st, "u3", "person:Peskov") // Peskov is named, but takes no part
	out := &outbox{}
	d := newLoaded(t, st, out, immediate)
	if d.Len() != 5 {
		t.Fatalf("Len = %d, want 5", d.Len())
	}
	s := riyadh(t, st, "s1", "US and Russian diplomats meet in Riyadh")
	d.StoryChanged(ctx, created(s))

	if got := len(out.to("u1")); got != 1 {
		t.Errorf("u1 got %d messages, want 1 for two matching alerts", got)
	}
	if got := len(out.to("u2")); got != 1 {
		t.Errorf("u2 got %d messages, want 1", got)
	}
	if got := out.to("u3"); len(got) != 0 {
		t.Errorf("u3 got %v, want nothing", got)
	}
	for _, m := range out.all() {
		if want := "alert:" + m.User + ":s1:new"; m.Key != want {
			t.Errorf("key %q, want %q", m.Key, want)
		}
		if !strings.HasPrefix(m.Msg.Content, "**Alert** for `") || len(m.Msg.Embeds) != 1 ||
			!strings.Contains(m.Msg.Embeds[0].Title, "Riyadh") {
			t.Errorf("message to %s = %+v", m.User, m.Msg)
		}
	}

	// The same event again: the history knows the story was sent.
	d.StoryChanged(ctx, created(s))
	if got := len(out.all()); got != 2 {
		t.Errorf("after a repeated event %d messages, want still 2", got)
	}
	// A restarted dispatcher has no history, but sends under the same key,
	// which the delivery ledger turns away.
	out2 := &outbox{}
	newLoaded(t, st, out2, immediate).StoryChanged(ctx, created(s))
	first := map[string]string{}
	for _, m := range out.all() {
		first[m.User] = m.Key
	}
	for _, m := range out2.all() {
		if first[m.User] != m.Key {
			t.Errorf("after restart key %q for %s, first time %q", m.Key, m.User, first[m.User])
		}
	}
}

func TestUpdates(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	addAlert(t, st, "u1", "Lavrov")
	out := &outbox{}
	d := newLoaded(t, st, out, immediate)
	s := riyadh(t, st, "s1", "US and Russian diplomats meet in Riyadh")
	d.StoryChanged(ctx, created(s))

	d.StoryChanged(ctx, updated(s)) // no new facts
	if got := len(out.all()); got != 1 {
		t.Fatalf("an update without new facts sent a message: %d messages", got)
	}
	d.StoryChanged(ctx, updated(s, "Turkey offered to host the next round"))
	msgs := out.all()
	if len(msgs) != 2 {
		t.Fatalf("%d messages after an update with a new fact, want 2", len(msgs))
	}
	up := msgs[1]
	if !strings.HasPrefix(up.Msg.Content, "**Update** for `Lavrov`") ||
		!strings.Contains(up.Msg.Content, "What's new: Turkey offered to host the next round") {
		t.Errorf("update message = %q", up.Msg.Content)
	}
	if up.Key == msgs[0].Key || !strings.HasPrefix(up.Key, "alert:u1:s1:") {
		t.Errorf("update key %q (first %q)", up.Key, msgs[0].Key)
	}
	// The same fact again, alone: nothing new.
	d.StoryChanged(ctx, updated(s, "Turkey offered to host the next round"))
	if got := len(out.all()); got != 2 {
		t.Errorf("a repeated fact sent a message: %d messages", got)
	}
	// Old and new facts together: the message names only the new one.
	d.StoryChanged(ctx, updated(s, "Turkey offered to host the next round", "Ukraine was not invited"))
	msgs = out.all()
	if len(msgs) != 3 {
		t.Fatalf("%d messages, want 3", len(msgs))
	}
	if c := msgs[2].Msg.Content; !strings.Contains(c, "What's new: Ukraine was not invited") || strings.Contains(c, "Turkey") {
		t.Errorf("second update = %q", c)
	}
}

func TestQuietHoursDefer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// synctest's clock starts at 2000-01-01 00:00 UTC: 01:00 in Paris,
		// inside quiet hours that end at 07:00 Paris time (06:00 UTC).
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		addAlert(t, st, "u1", "Lavrov", func(a *store.Alert) {
			a.QuietHours = store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Europe/Paris"}
		})
		out := &outbox{}
		d := newLoaded(t, st, out, dispatch.Options{ReloadEvery: -1}) // default 2-minute group window
		done := make(chan error, 1)
		go func() { done <- d.Run(ctx) }()
		start := time.Now()
		d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
		time.Sleep(5*time.Hour + 59*time.Minute)
		synctest.Wait()
		if got := out.all(); len(got) != 0 {
			t.Fatalf("sent during quiet hours: %+v", got)
		}
		time.Sleep(2 * time.Minute)
		synctest.Wait()
		got := out.all()
		if len(got) != 1 {
			t.Fatalf("%d messages after quiet hours, want 1", len(got))
		}
		if at := got[0].At.Sub(start); at != 6*time.Hour {
			t.Errorf("sent %v after the hit, want 6h (07:00 in Paris)", at)
		}
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Run = %v", err)
		}
	})
}

func TestGroupWindow(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		addAlert(t, st, "u1", "Lavrov")
		out := &outbox{}
		d := newLoaded(t, st, out, dispatch.Options{ReloadEvery: -1})
		go func() { _ = d.Run(ctx) }()
		d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
		time.Sleep(time.Minute)
		d.StoryChanged(ctx, created(riyadh(t, st, "s2", "Lavrov meets Wang Yi")))
		time.Sleep(59 * time.Second)
		synctest.Wait()
		if got := out.all(); len(got) != 0 {
			t.Fatalf("sent inside the group window: %+v", got)
		}
		time.Sleep(2 * time.Second)
		synctest.Wait()
		got := out.all()
		if len(got) != 1 {
			t.Fatalf("%d messages, want 1 grouped", len(got))
		}
		m := got[0]
		if !strings.HasPrefix(m.Key, "alert:u1:group:") || !strings.Contains(m.Msg.Content, "2 stories match") ||
			!strings.Contains(m.Msg.Content, "Lavrov in Riyadh") || !strings.Contains(m.Msg.Content, "Lavrov meets Wang Yi") ||
			len(m.Msg.Embeds) != 2 {
			t.Errorf("group message %q: %+v", m.Key, m.Msg)
		}
	})
}

func TestMuteDrops(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	a := addAlert(t, st, "u1", "Lavrov", func(a *store.Alert) { a.MutedUntil = time.Now().Add(time.Hour) })
	out := &outbox{}
	d := newLoaded(t, st, out, immediate)
	d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
	if got := out.all(); len(got) != 0 {
		t.Fatalf("muted alert sent %+v", got)
	}
	// /alert mute 0: the hit made while muted stays dropped, new ones pass.
	a.MutedUntil = time.Time{}
	if err := st.UpdateAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := d.AlertChanged(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	d.StoryChanged(ctx, created(riyadh(t, st, "s2", "Lavrov meets Wang Yi")))
	got := out.all()
	if len(got) != 1 || got[0].Key != "alert:u1:s2:new" {
		t.Errorf("after unmute got %+v, want only s2", got)
	}
}

func TestPausedAlertGetsNothing(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	addAlert(t, st, "u1", "Lavrov", func(a *store.Alert) { a.PausedReason = bot.PausedByUser })
	addAlert(t, st, "u2", "Lavrov")
	out := &outbox{}
	d := newLoaded(t, st, out, immediate)
	if d.Len() != 1 {
		t.Errorf("Len = %d, want 1 (paused alerts are not indexed)", d.Len())
	}
	d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
	if got := out.to("u1"); len(got) != 0 {
		t.Errorf("paused user got %+v", got)
	}
	if got := out.to("u2"); len(got) != 1 {
		t.Errorf("active user got %d messages, want 1", len(got))
	}
}

func TestHourlyCapSummary(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		addAlert(t, st, "u1", "Lavrov")
		out := &outbox{}
		d := newLoaded(t, st, out, dispatch.Options{Policy: alerts.Policy{GroupWindow: -1, HourlyCap: 3}, ReloadEvery: -1})
		go func() { _ = d.Run(ctx) }()
		start := time.Now()
		titles := []string{"Lavrov in Riyadh", "Lavrov meets Wang Yi", "Lavrov at the UN", "Lavrov in Ankara", "Lavrov in Doha", "Lavrov in Minsk"}
		for i, title := range titles {
			d.StoryChanged(ctx, created(riyadh(t, st, string(rune('a'+i)), title)))
			time.Sleep(time.Minute)
		}
		synctest.Wait()
		if got := len(out.all()); got != 3 {
			t.Fatalf("%d messages in the first minutes, want 3 (the cap)", got)
		}
		time.Sleep(time.Hour)
		synctest.Wait()
		got := out.all()
		if len(got) != 4 {
			t.Fatalf("%d messages after an hour, want 3 + 1 summary", len(got))
		}
		sum := got[3]
		if at := sum.At.Sub(start); at != time.Hour {
			t.Errorf("summary sent at %v, want 1h (when the first send leaves the window)", at)
		}
		if !strings.HasPrefix(sum.Key, "alert:u1:summary:") || !strings.Contains(sum.Msg.Content, "3 stories matching your alerts were held back") ||
			len(sum.Msg.Embeds) != 1 {
			t.Fatalf("summary %q: %+v", sum.Key, sum.Msg)
		}
		for _, title := range titles[3:] {
			if !strings.Contains(sum.Msg.Embeds[0].Description, title) {
				t.Errorf("summary lacks %q: %s", title, sum.Msg.Embeds[0].Description)
			}
		}
	})
}

func TestPauseForUser(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	a1 := addAlert(t, st, "u1", "Lavrov")
	// A notice mark left from an earlier pause is cleared by a new one.
	a2 := addAlert(t, st, "u1", "Rubio", func(a *store.Alert) { a.PauseNotified = time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC) })
	a3 := addAlert(t, st, "u1", "Riyadh", func(a *store.Alert) { a.PausedReason = bot.PausedByUser })
	addAlert(t, st, "u2", "Lavrov")
	out := &outbox{}
	d := newLoaded(t, st, out, immediate)
	const reason = "Discord refused the direct message (your DMs are closed)"
	if err := d.PauseForUser(ctx, "u1", reason); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id, want string
	}{{a1.ID, reason}, {a2.ID, reason}, {a3.ID, bot.PausedByUser}} {
		a, err := st.GetAlert(ctx, tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if a.PausedReason != tc.want {
			t.Errorf("alert %s paused with %q, want %q", a.Expression, a.PausedReason, tc.want)
		}
		if !a.PauseNotified.IsZero() {
			t.Errorf("alert %s: the new pause kept PauseNotified %v; the user would not be told", a.Expression, a.PauseNotified)
		}
	}
	if d.Len() != 1 {
		t.Errorf("Len = %d, want 1", d.Len())
	}
	d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
	if got := out.to("u1"); len(got) != 0 {
		t.Errorf("paused user got %+v", got)
	}
	if got := out.to("u2"); len(got) != 1 {
		t.Errorf("u2 got %d messages, want 1", len(got))
	}
}

func TestPauseDropsWaitingHits(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		addAlert(t, st, "u1", "Lavrov")
		out := &outbox{}
		d := newLoaded(t, st, out, dispatch.Options{ReloadEvery: -1})
		go func() { _ = d.Run(ctx) }()
		d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
		if err := d.PauseForUser(ctx, "u1", "DMs closed"); err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if got := out.all(); len(got) != 0 {
			t.Errorf("a hit waiting when the user was paused was sent: %+v", got)
		}
	})
}

func TestAlertChanged(t *testing.T) {
	ctx := context.Background()
	st := openBolt(t)
	out := &outbox{}
	d := newLoaded(t, st, out, immediate)
	story := func(id string) story.Event { return created(riyadh(t, st, id, "Lavrov in Riyadh "+id)) }

	a := addAlert(t, st, "u1", "Lavrov")
	d.StoryChanged(ctx, story("s1"))
	if got := len(out.all()); got != 0 {
		t.Fatalf("an alert nobody reported matched: %d messages", got)
	}
	if err := d.AlertChanged(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 1 {
		t.Fatalf("Len = %d after AlertChanged, want 1", d.Len())
	}
	d.StoryChanged(ctx, story("s2"))
	if got := len(out.all()); got != 1 {
		t.Fatalf("%d messages after the alert was added, want 1", got)
	}

	// An edit: the new expression no longer matches.
	a.Expression = "Lavrov -Riyadh"
	if err := st.UpdateAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
	a.Version++ // as stored now
	if err := d.AlertChanged(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	d.StoryChanged(ctx, story("s3"))
	if got := len(out.all()); got != 1 {
		t.Fatalf("edited alert still matched: %d messages", got)
	}

	// A stored expression that does not parse is reported and unindexed.
	a.Expression = `"unclosed`
	if err := st.UpdateAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
	a.Version++
	var se *alerts.SyntaxError
	if err := d.AlertChanged(ctx, a.ID); !errors.As(err, &se) {
		t.Errorf("AlertChanged of a bad expression = %v, want a syntax error", err)
	}
	if d.Len() != 0 {
		t.Errorf("Len = %d, want 0", d.Len())
	}

	// A deletion.
	a.Expression = "Lavrov"
	if err := st.UpdateAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := d.AlertChanged(ctx, a.ID); err != nil || d.Len() != 1 {
		t.Fatalf("AlertChanged = %v, Len = %d", err, d.Len())
	}
	if err := st.DeleteAlert(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := d.AlertChanged(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 0 {
		t.Errorf("Len = %d after deletion, want 0", d.Len())
	}
	d.StoryChanged(ctx, story("s4"))
	if got := len(out.all()); got != 1 {
		t.Errorf("deleted alert matched: %d messages", got)
	}
}

func TestPeriodicReload(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		gone := addAlert(t, st, "u2", "Rubio")
		d := newLoaded(t, st, &outbox{}, dispatch.Options{}) // reload every minute
		go func() { _ = d.Run(ctx) }()
		addAlert(t, st, "u1", "Lavrov")
		addAlert(t, st, "u1", "Riyadh", func(a *store.Alert) { a.PausedReason = bot.PausedByUser })
		if err := st.DeleteAlert(ctx, gone.ID); err != nil {
			t.Fatal(err)
		}
		if d.Len() != 1 {
			t.Fatalf("Len = %d before the reload, want 1", d.Len())
		}
		time.Sleep(time.Minute + time.Second)
		synctest.Wait()
		if d.Len() != 1 {
			t.Errorf("Len = %d after the reload, want 1 (Lavrov added, Rubio deleted, Riyadh paused)", d.Len())
		}
	})
}

func TestOutboxFailureRetries(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := openBolt(t)
		addAlert(t, st, "u1", "Lavrov")
		out := &outbox{fail: errors.New("store down")}
		d := newLoaded(t, st, out, immediate)
		go func() { _ = d.Run(ctx) }()
		d.StoryChanged(ctx, created(riyadh(t, st, "s1", "Lavrov in Riyadh")))
		synctest.Wait()
		out.mu.Lock()
		out.fail = nil
		out.mu.Unlock()
		time.Sleep(dispatch.DefaultRetryAfter)
		synctest.Wait()
		if got := out.all(); len(got) != 1 || got[0].Key != "alert:u1:s1:new" {
			t.Errorf("after the outbox recovered got %+v, want the message once", got)
		}
	})
}

func TestStoryDoc(t *testing.T) {
	st := openBolt(t)
	s := riyadh(t, st, "s1", "US and Russian diplomats meet")
	s.Facts.Mentions = []digest.Mention{{Type: digest.ORG, Text: "NATO"}, {Type: digest.ORG, Text: "NATO"}, {Type: digest.PER, Text: "Lavrov"}}
	s.Facts.Venue = &digest.Place{Name: "Diriyah Palace"}
	doc := dispatch.DocOf(updated(s, "Turkey joined"))
	if !slices.Equal(doc.People, []string{"Sergey Lavrov", "Marco Rubio"}) {
		t.Errorf("People = %q, want the participants only", doc.People)
	}
	if !slices.Equal(doc.Places, []string{"Riyadh", "Diriyah Palace"}) || !slices.Equal(doc.Orgs, []string{"NATO"}) ||
		!slices.Equal(doc.Excluded, []string{"Ukraine"}) || !slices.Equal(doc.New, []string{"Turkey joined"}) {
		t.Errorf("doc = %+v", doc)
	}
	for _, want := range []string{"Dmitry Peskov", "restoring embassies", "Riyadh, Saudi Arabia"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("Text lacks %q: %q", want, doc.Text)
		}
	}
	for expr, want := range map[string]bool{"person:Peskov": false, "Peskov": true, "embassies": true,
		`place:"Diriyah Palace"`: true, "org:NATO": true, "excluded:Ukraine": true, "title:Russian": true} {
		e, err := alerts.Parse(expr)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.Match(doc); got != want {
			t.Errorf("%s matches = %v, want %v", expr, got, want)
		}
	}
	if doc := dispatch.DocOf(created(s)); doc.New != nil {
		t.Errorf("created event has New %q", doc.New)
	}
}
