package main

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot/console"
	"github.com/attache-bot/attache/config"
)

// TestConsoleAlertsAndEditions runs the whole bot offline and types the
// /alert and /edition commands at its console, as an operator trying the
// bot would. Each command is followed by an unknown command "/sepN", whose
// error line cuts the output into one reply per command.
func TestConsoleAlertsAndEditions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	steps := []struct {
		line string
		want []string // in the reply to line
		not  []string
	}{
		{"/alert list", []string{"You have no alerts. Add one with /alert add"}, nil},
		{"/alert quiet start:22:00 end:07:00", []string{"You have no alerts, so there is nothing to keep quiet"}, []string{"set on"}},
		{"/alert add person:Lavrov AND (Riyadh OR Istanbul)", []string{"(only you can see this)", "added: person:Lavrov AND (Riyadh OR Istanbul)."}, nil},
		{`/alert add country:"Saudi Arabia" -Yemen`, []string{`added: country:"Saudi Arabia" -Yemen.`}, nil},
		{"/alert add Lavrov AND (Riyadh", []string{"That alert expression does not work: unclosed parenthesis at column 12"}, []string{"added"}},
		{"/alert list", []string{"┌─ Your alerts (2 of 25)", "person:Lavrov AND (Riyadh OR Istanbul) — active",
			"Quiet hours: none, alerts arrive day and night (/alert quiet sets them).", "/alert quiet"}, nil},
		{"/alert quiet start:22:00 end:07:00 timezone:Europe/Paris", []string{"Quiet hours 22:00–07:00 (Europe/Paris) set on your 2 alert(s)",
			"alerts you add later get them too", "arrive at 07:00", "there now"}, nil},
		{"/alert quiet start:25:00 end:07:00", []string{"The start of your quiet hours, “25:00”, is not HH:MM on a 24-hour clock"}, nil},
		{"/alert quiet timezone:Mars/Olympus", []string{"Unknown time zone “Mars/Olympus”"}, nil},
		{"?/alert quiet timezone:pari", []string{"Suggestions:", "  Europe/Paris"}, nil},
		{"/alert add Temirbekov", []string{"added: Temirbekov."}, nil},
		{"/alert quiet", []string{"Your quiet hours: 22:00–07:00 (Europe/Paris)."}, nil},
		{"/alert mute 1h", []string{"Muted 3 alert(s) until "}, nil},
		{"/alert list", []string{"Your alerts (3 of 25)", "Temirbekov — muted until ", "Quiet hours: 22:00–07:00 (Europe/Paris), alerts that match then arrive when they end."}, []string{"— active"}},
		{"/alert mute forever", []string{`"forever" is not a duration`}, nil},
		{`/alert remove country:"Saudi Arabia" -Yemen`, []string{`Removed alert`, `country:"Saudi Arabia" -Yemen.`}, nil},
		{"/alert remove zzzz", []string{"You have no alert zzzz"}, nil},
		{"/alert mute off", []string{"Unmuted 2 alert(s)."}, nil},
		{"/alert quiet start:off", []string{"Quiet hours removed from your 2 alert(s)"}, nil},
		{"/alert list", []string{"Your alerts (2 of 25)", "Temirbekov — active", "Quiet hours: none"}, []string{"Saudi", "muted"}},
		// The console user holds every permission, Manage Server included.
		{"/edition subscribe time:07:30 timezone:Europe/Paris days:weekdays length:3", []string{"Subscribed #" + console.ChannelID + ":",
			"Mon, Tue, Wed, Thu, Fri at 07:30 (Europe/Paris), top 3 stories", "Next edition:"}, []string{"Manage Server"}},
		{"/edition subscribe time:7pm", []string{"The time “7pm” is not HH:MM on a 24-hour clock"}, nil},
		{"/edition settings", []string{"07:30", "Europe/Paris"}, nil},
		{"/edition preview", []string{"Preview — only you can see this.", "Morning edition — ", "┌─ Top stories", "│ 1. ", "│ 3. "}, []string{"│ 4. "}},
	}
	var in strings.Builder
	for i, s := range steps {
		in.WriteString(s.line + "\n/sep" + strconv.Itoa(i) + "\n")
	}
	code, out, errs := runMain(t, ctx, offlineEnv(t), in.String())
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, rest, ok := strings.Cut(out, "stories ready")
	if !ok {
		t.Fatalf("no stories ready line:\n%s", out)
	}
	for i, s := range steps {
		sep := "error: unknown command /sep" + strconv.Itoa(i) + ";"
		reply, after, ok := strings.Cut(rest, sep)
		if !ok {
			t.Fatalf("no reply to %q (separator %q missing) in:\n%s", s.line, sep, rest)
		}
		rest = after
		t.Run(s.line, func(t *testing.T) {
			for _, w := range s.want {
				if !strings.Contains(reply, w) {
					t.Errorf("reply lacks %q:\n%s", w, reply)
				}
			}
			for _, n := range s.not {
				if strings.Contains(reply, n) {
					t.Errorf("reply has %q:\n%s", n, reply)
				}
			}
		})
	}
	// Times print as dates, not raw Discord tags; markdown is undone.
	if strings.Contains(out, "<t:") || strings.Contains(out, `\_`) {
		t.Errorf("raw Discord markup in the console:\n%s", out)
	}
	if !regexp.MustCompile(`Muted 3 alert\(s\) until \w{3} \d+ \w{3} \d{4} \d\d:\d\d UTC`).MatchString(out) {
		t.Errorf("mute end not printed as a date")
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// TestAlertPolicyFromConfig: alerts.group_window 0 turns grouping off
// (the policy's negative window), any other value passes through.
func TestAlertPolicyFromConfig(t *testing.T) {
	tests := []struct {
		name   string
		window time.Duration
		want   time.Duration
	}{
		{"default", 2 * time.Minute, 2 * time.Minute},
		{"zero means no grouping", 0, -1},
		{"custom", 30 * time.Second, 30 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := alertPolicy(config.Alerts{GroupWindow: config.Duration(tt.window), HourlyCap: 7})
			if p.GroupWindow != tt.want || p.HourlyCap != 7 {
				t.Errorf("policy = %+v, want group window %v and hourly cap 7", p, tt.want)
			}
		})
	}
}
