package bot

import (
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
)

func TestAlertQuiet(t *testing.T) {
	paris := store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Europe/Paris"}
	tests := []struct {
		name   string
		preset store.QuietHours // quiet hours on the user's alerts before
		alerts int              // how many alerts the user has
		opts   []Option
		want   []string
		not    []string
		after  store.QuietHours // on every alert afterwards
	}{
		{name: "valid", alerts: 2,
			opts: []Option{str("start", "22:00"), str("end", "07:00"), str("timezone", "Europe/Paris")},
			want: []string{"Quiet hours 22:00–07:00 (Europe/Paris) set on your 2 alert(s)", "alerts you add later get them too",
				"arrive at 07:00", "It is 10:00 there now"}, // testNow is 09:00 UTC
			not: []string{"add `timezone:`"}, after: paris},
		{name: "short times and zone in any case", alerts: 1,
			opts:  []Option{str("start", "2200"), str("end", "7:00"), str("timezone", "europe/paris")},
			want:  []string{"22:00–07:00 (Europe/Paris) set on your 1 alert(s)"},
			after: paris},
		{name: "no zone uses the default and says so", alerts: 1,
			opts:  []Option{str("start", "23:30"), str("end", "06:00")},
			want:  []string{"23:30–06:00 (UTC)", "The times are in UTC; add `timezone:`"},
			after: store.QuietHours{Start: "23:30", End: "06:00", TimeZone: "UTC"}},
		{name: "zone only keeps the times", preset: paris, alerts: 2,
			opts:  []Option{str("timezone", "Asia/Tokyo")},
			want:  []string{"22:00–07:00 (Asia/Tokyo) set on your 2 alert(s)", "It is 18:00 there now"},
			after: store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Asia/Tokyo"}},
		{name: "unchanged", preset: paris, alerts: 1,
			opts:  []Option{str("start", "22:00"), str("end", "07:00"), str("timezone", "Europe/Paris")},
			want:  []string{"Your quiet hours are already 22:00–07:00 (Europe/Paris)."},
			after: paris},
		{name: "invalid start", preset: paris, alerts: 1,
			opts:  []Option{str("start", "25:00"), str("end", "07:00")},
			want:  []string{"The start of your quiet hours, “25:00”, is not HH:MM on a 24-hour clock"},
			not:   []string{"set on"},
			after: paris},
		{name: "invalid end", alerts: 1,
			opts: []Option{str("start", "22:00"), str("end", "7pm")},
			want: []string{"The end of your quiet hours, “7pm”, is not HH:MM"}},
		{name: "hostile time is escaped", alerts: 1,
			opts: []Option{str("start", "**@everyone**"), str("end", "07:00")},
			want: []string{`\*\*@` + "\u200b" + `everyone`},
			not:  []string{"**@everyone"}},
		{name: "invalid zone", preset: paris, alerts: 1,
			opts:  []Option{str("start", "21:00"), str("end", "06:00"), str("timezone", "Mars/Olympus")},
			want:  []string{"Unknown time zone “Mars/Olympus”", "IANA name such as Europe/Paris"},
			after: paris},
		{name: "city instead of zone gets a suggestion", alerts: 1,
			opts: []Option{str("start", "22:00"), str("end", "07:00"), str("timezone", "Paris")},
			want: []string{"Unknown time zone “Paris”", "Did you mean Europe/Paris?"}},
		{name: "one end missing", alerts: 1,
			opts: []Option{str("start", "22:00")},
			want: []string{"Give both ends of your quiet hours", "start:22:00 end:07:00 timezone:Europe/Paris"}},
		{name: "empty window", alerts: 1,
			opts: []Option{str("start", "07:00"), str("end", "07:00")},
			want: []string{"Quiet hours from 07:00 to 07:00 would be empty"}},
		{name: "off", preset: paris, alerts: 2,
			opts: []Option{str("start", "off")},
			want: []string{"Quiet hours removed from your 2 alert(s)"}},
		{name: "off without quiet hours", alerts: 1,
			opts: []Option{str("start", "OFF")},
			want: []string{"You have no quiet hours"}},
		{name: "show", preset: paris, alerts: 1,
			want: []string{"Your quiet hours: 22:00–07:00 (Europe/Paris)", "start:off"}, after: paris},
		{name: "show none", alerts: 1,
			want: []string{"You have no quiet hours", "/alert quiet start:22:00 end:07:00 timezone:Europe/Paris"}},
		{name: "no alerts", alerts: 0,
			opts: []Option{str("start", "22:00"), str("end", "07:00")},
			want: []string{"You have no alerts, so there is nothing to keep quiet", "/alert add"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, st := newTestBot(t)
			for i, expr := range []string{"Lavrov", "Rubio", "Zelensky"}[:tt.alerts] {
				_, err := st.CreateAlert(ctx, store.Alert{UserID: "300", Expression: expr, Mode: store.ModeDM,
					QuietHours: tt.preset, CreatedAt: testNow.Add(time.Duration(i) * time.Minute)}, 0)
				if err != nil {
					t.Fatal(err)
				}
			}
			r := b.Handle(ctx, cmd("alert", "quiet", tt.opts...))
			if !r.Ephemeral {
				t.Error("reply is public")
			}
			checkLimits(t, r)
			got := text(r)
			contains(t, got, tt.want...)
			lacks(t, got, tt.not...)
			list, err := st.ListAlerts(ctx, "300")
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range list {
				if a.QuietHours != tt.after {
					t.Errorf("alert %s has quiet hours %+v, want %+v", a.Expression, a.QuietHours, tt.after)
				}
			}
		})
	}
}

func TestAlertQuietListAndInheritance(t *testing.T) {
	b, st := newTestBot(t)
	run := func(sub string, opts ...Option) string {
		t.Helper()
		r := b.Handle(ctx, cmd("alert", sub, opts...))
		checkLimits(t, r)
		return text(r)
	}
	run("add", str("expression", "Lavrov"))
	contains(t, run("list"), "Quiet hours: none, alerts arrive day and night (/alert quiet sets them).", "/alert quiet")
	contains(t, run("quiet", str("start", "22:00"), str("end", "07:00"), str("timezone", "America/New_York")), "set on your 1 alert(s)")
	contains(t, run("list"), `Quiet hours: 22:00–07:00 (America/New\_York), alerts that match then arrive when they end.`)

	// An alert added later inherits them, and so does one from the Alert me button.
	contains(t, run("add", str("expression", "Rubio")), "added")
	b.Handle(ctx, Request{Kind: KindComponent, CustomID: ButtonAlert + riyadhStory().ID, GuildID: "100", UserID: "300", Now: testNow})
	if _, err := st.PutStory(ctx, riyadhStory()); err != nil {
		t.Fatal(err)
	}
	b.Handle(ctx, Request{Kind: KindComponent, CustomID: ButtonAlert + riyadhStory().ID, GuildID: "100", UserID: "300", Now: testNow})
	list, err := st.ListAlerts(ctx, "300")
	if err != nil || len(list) != 3 {
		t.Fatalf("alerts = %+v, %v; want 3", list, err)
	}
	want := store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "America/New_York"}
	for _, a := range list {
		if a.QuietHours != want {
			t.Errorf("alert %s has quiet hours %+v, want %+v", a.Expression, a.QuietHours, want)
		}
	}
	// Another user's alerts are untouched and they do not inherit.
	other := cmd("alert", "add", str("expression", "Lavrov"))
	other.UserID = "301"
	b.Handle(ctx, other)
	if l, _ := st.ListAlerts(ctx, "301"); len(l) != 1 || l[0].QuietHours != (store.QuietHours{}) {
		t.Errorf("other user's alert = %+v", l)
	}

	// After quiet hours are turned off, new alerts have none.
	contains(t, run("quiet", str("start", "off")), "removed from your 3 alert(s)")
	run("remove", str("alert", "Lavrov"))
	run("add", str("expression", "Wang Yi"))
	list, _ = st.ListAlerts(ctx, "300")
	for _, a := range list {
		if a.QuietHours != (store.QuietHours{}) {
			t.Errorf("alert %s kept quiet hours %+v", a.Expression, a.QuietHours)
		}
	}
}

func TestUserQuietHoursOldestValidWins(t *testing.T) {
	paris := store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Europe/Paris"}
	tokyo := store.QuietHours{Start: "23:00", End: "06:00", TimeZone: "Asia/Tokyo"}
	tests := []struct {
		name string
		list []store.Alert
		want store.QuietHours
	}{
		{"none", []store.Alert{{ID: "a"}}, store.QuietHours{}},
		{"oldest", []store.Alert{{ID: "a", CreatedAt: testNow.Add(time.Hour), QuietHours: tokyo}, {ID: "b", CreatedAt: testNow, QuietHours: paris}}, paris},
		{"same time: lower id", []store.Alert{{ID: "b", CreatedAt: testNow, QuietHours: tokyo}, {ID: "a", CreatedAt: testNow, QuietHours: paris}}, paris},
		{"invalid ones skipped", []store.Alert{
			{ID: "a", CreatedAt: testNow, QuietHours: store.QuietHours{Start: "25:00", End: "07:00"}},
			{ID: "b", CreatedAt: testNow, QuietHours: store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Nowhere/Land"}},
			{ID: "c", CreatedAt: testNow, QuietHours: store.QuietHours{Start: "07:00", End: "07:00"}},
			{ID: "d", CreatedAt: testNow.Add(time.Hour), QuietHours: tokyo}}, tokyo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := userQuietHours(tt.list); got != tt.want {
				t.Errorf("userQuietHours = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestAlertQuietTimezoneAutocomplete(t *testing.T) {
	b, _ := newTestBot(t)
	ac := cmd("alert", "quiet", str("start", "22:00"), Option{Name: "timezone", Type: OptString, String: "pari", Focused: true})
	ac.Kind = KindAutocomplete
	r := b.Handle(ctx, ac)
	if len(r.Choices) == 0 || r.Choices[0].Value != "Europe/Paris" {
		t.Errorf("choices = %+v, want Europe/Paris first", r.Choices)
	}
}

func TestAlertMuteUntilTomorrow(t *testing.T) {
	tests := []struct {
		name  string
		quiet store.QuietHours
		want  time.Time
	}{
		// testNow is Mon 17 Feb 2025 09:00 UTC; tomorrow 08:00 in the user's zone.
		{"quiet hours zone", store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Europe/Paris"}, time.Date(2025, 2, 18, 7, 0, 0, 0, time.UTC)},
		{"default zone", store.QuietHours{}, time.Date(2025, 2, 18, 8, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, st := newTestBot(t)
			a, err := st.CreateAlert(ctx, store.Alert{UserID: "300", Expression: "Lavrov", Mode: store.ModeDM, QuietHours: tt.quiet}, 0)
			if err != nil {
				t.Fatal(err)
			}
			r := b.Handle(ctx, cmd("alert", "mute", str("duration", "until tomorrow")))
			contains(t, r.Content, "Muted 1 alert(s) until <t:")
			a, err = st.GetAlert(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !a.MutedUntil.Equal(tt.want) {
				t.Errorf("muted until %v, want %v", a.MutedUntil.UTC(), tt.want)
			}
		})
	}
}
