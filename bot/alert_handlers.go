package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/store"
)

// PausedByUser is the PausedReason of alerts paused with /alert pause.
const PausedByUser = "paused with /alert pause"

// shortID is the part of an alert ID shown to users.
func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

// exprCode shows an expression as inline code (backticks removed).
func exprCode(expr string) string {
	return "`" + strings.ReplaceAll(OneLine(expr), "`", "'") + "`"
}

// alertAdd answers /alert add <expression>.
func (b *Bot) alertAdd(ctx context.Context, req *Request) (Response, error) {
	expr := OneLine(req.Str("expression"))
	if err := validateExpression(expr); err != nil {
		return Ephemeralf("That alert expression does not work: %s.\nExamples: `Lavrov`, `person:Lavrov AND Riyadh`, `country:\"Saudi Arabia\" -Yemen`.", err), nil
	}
	return b.createAlert(ctx, req, expr)
}

// createAlert stores a new alert for the user unless an identical one
// exists or the user is at the limit.
func (b *Bot) createAlert(ctx context.Context, req *Request, expr string) (Response, error) {
	if req.UserID == "" {
		return Response{}, errors.New("bot: request without a user")
	}
	existing, err := b.st.ListAlerts(ctx, req.UserID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list alerts: %w", err)
	}
	for _, a := range existing {
		if strings.EqualFold(OneLine(a.Expression), expr) {
			return Ephemeralf("You already have this alert: %s (id `%s`).", exprCode(expr), shortID(a.ID)), nil
		}
	}
	// Quiet hours belong to the user: a new alert gets those in force.
	a, err := b.st.CreateAlert(ctx, store.Alert{UserID: req.UserID, GuildID: req.GuildID, Expression: expr,
		Mode: store.ModeDM, QuietHours: userQuietHours(existing), CreatedAt: req.Now}, b.cfg.MaxAlertsPerUser)
	switch {
	case errors.Is(err, store.ErrLimit):
		return Ephemeralf("You already have %d alerts, the most allowed. Remove one with /alert remove first.", b.cfg.MaxAlertsPerUser), nil
	case err != nil:
		return Response{}, fmt.Errorf("bot: create alert: %w", err)
	}
	return Ephemeralf("Alert `%s` added: %s.\nI will send you a direct message when a matching story breaks, so keep direct messages from this server's members open. /alert list shows your alerts.",
		shortID(a.ID), exprCode(expr)), nil
}

// alertList answers /alert list.
func (b *Bot) alertList(ctx context.Context, req *Request) (Response, error) {
	alerts, err := b.st.ListAlerts(ctx, req.UserID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list alerts: %w", err)
	}
	if len(alerts) == 0 {
		return Ephemeralf("You have no alerts. Add one with /alert add, e.g. `/alert add person:Lavrov`."), nil
	}
	lines := make([]string, 0, len(alerts))
	for _, a := range alerts {
		lines = append(lines, fmt.Sprintf("`%s` %s — %s", shortID(a.ID), exprCode(a.Expression), alertState(a, req.Now)))
	}
	quiet := "Quiet hours: none, alerts arrive day and night (/alert quiet sets them)."
	if q := userQuietHours(alerts); q != (store.QuietHours{}) {
		quiet = "Quiet hours: " + quietText(q) + ", alerts that match then arrive when they end."
	}
	lines = append(lines, "", quiet)
	return Response{Ephemeral: true, Embeds: []Embed{{
		Title:       fmt.Sprintf("Your alerts (%d of %d)", len(alerts), b.cfg.MaxAlertsPerUser),
		Description: strings.Join(lines, "\n"),
		Footer:      "/alert remove, /alert pause, /alert resume, /alert mute, /alert quiet",
		Color:       colorAlert,
	}}}, nil
}

// alertState describes whether an alert delivers.
func alertState(a store.Alert, now time.Time) string {
	switch {
	case a.PausedReason == PausedByUser:
		return "paused"
	case a.PausedReason != "":
		return "paused: " + EscapeLine(a.PausedReason)
	case a.MutedUntil.After(now):
		return fmt.Sprintf("muted until <t:%d:f>", a.MutedUntil.Unix())
	}
	return "active"
}

// userAlerts returns the user's alerts that the alert option selects:
// the one whose ID (or ID prefix) is given, or all when none is.
func (b *Bot) userAlerts(ctx context.Context, req *Request, required bool) ([]store.Alert, error) {
	alerts, err := b.st.ListAlerts(ctx, req.UserID)
	if err != nil {
		return nil, fmt.Errorf("bot: list alerts: %w", err)
	}
	if len(alerts) == 0 {
		return nil, Userf("You have no alerts. Add one with /alert add.")
	}
	want := strings.ToLower(strings.Trim(req.Str("alert"), "` "))
	if want == "" {
		if required {
			return nil, Userf("Say which alert: start typing and pick one.")
		}
		return alerts, nil
	}
	var found []store.Alert
	for _, a := range alerts {
		if a.ID == want {
			return []store.Alert{a}, nil
		}
		if strings.HasPrefix(a.ID, want) || strings.EqualFold(OneLine(a.Expression), want) {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		return nil, Userf("You have no alert `%s`. /alert list shows yours.", strings.ReplaceAll(Trim(OneLine(want), 40), "`", "'"))
	case 1:
		return found, nil
	}
	return nil, Userf("`%s` matches several of your alerts; pick one from the suggestions.", strings.ReplaceAll(Trim(OneLine(want), 40), "`", "'"))
}

// alertRemove answers /alert remove <alert>.
func (b *Bot) alertRemove(ctx context.Context, req *Request) (Response, error) {
	alerts, err := b.userAlerts(ctx, req, true)
	if err != nil {
		return Response{}, err
	}
	a := alerts[0]
	if err := b.st.DeleteAlert(ctx, a.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return Response{}, fmt.Errorf("bot: delete alert: %w", err)
	}
	return Ephemeralf("Removed alert `%s` %s.", shortID(a.ID), exprCode(a.Expression)), nil
}

// alertPause answers /alert pause [alert].
func (b *Bot) alertPause(ctx context.Context, req *Request) (Response, error) {
	return b.updateAlerts(ctx, req, func(a *store.Alert) bool {
		if a.PausedReason != "" {
			return false
		}
		a.PausedReason = PausedByUser
		a.PauseNotified = time.Time{}
		return true
	}, "Paused %d alert(s). /alert resume starts them again.", "Those alerts are already paused.")
}

// alertResume answers /alert resume [alert]; it also resumes alerts paused
// on their own (closed DMs), and ends mutes.
func (b *Bot) alertResume(ctx context.Context, req *Request) (Response, error) {
	return b.updateAlerts(ctx, req, func(a *store.Alert) bool {
		if a.PausedReason == "" && !a.MutedUntil.After(req.Now) {
			return false
		}
		a.PausedReason = ""
		a.PauseNotified = time.Time{} // a later pause is reported again
		a.MutedUntil = time.Time{}
		return true
	}, "Resumed %d alert(s).", "Those alerts are already active.")
}

// alertMute answers /alert mute <duration>: all the user's alerts hold
// deliveries back until then (0 unmutes).
func (b *Bot) alertMute(ctx context.Context, req *Request) (Response, error) {
	var until time.Time
	if in := strings.ToLower(strings.TrimSpace(req.Str("duration"))); in == "tomorrow" || in == "until tomorrow" || in == "till tomorrow" {
		// 08:00 tomorrow in the zone of the user's quiet hours (else the
		// server's default zone).
		list, err := b.userAlerts(ctx, req, false)
		if err != nil {
			return Response{}, err
		}
		zone := userQuietHours(list).TimeZone
		if zone == "" {
			zone = b.cfg.Editions.TimeZone
		}
		loc, err := time.LoadLocation(zone)
		if err != nil {
			return Response{}, fmt.Errorf("bot: mute time zone %q: %w", zone, err)
		}
		if until, err = alerts.MuteUntil(in, req.Now, loc); err != nil {
			return Response{}, fmt.Errorf("bot: mute until tomorrow: %w", err)
		}
	} else {
		d, err := parseMute(in)
		if err != nil {
			return Ephemeralf("%s.", capitalize(err.Error())), nil
		}
		if d > 0 {
			until = req.Now.Add(d).Truncate(time.Second)
		}
	}
	done := "Unmuted %d alert(s)."
	if !until.IsZero() {
		done = fmt.Sprintf("Muted %%d alert(s) until <t:%d:f>. /alert mute 0 ends it early.", until.Unix())
	}
	return b.updateAlerts(ctx, req, func(a *store.Alert) bool {
		if a.MutedUntil.Equal(until) {
			return false
		}
		a.MutedUntil = until
		return true
	}, done, "Nothing to change.")
}

// quietOff reports whether a /alert quiet option asks to remove quiet hours.
func quietOff(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "none", "no", "0", "-":
		return true
	}
	return false
}

// userQuietHours returns the quiet hours in force for a user with these
// alerts, as alerts/dispatch applies them: those of the oldest alert whose
// quiet hours are valid (HH:MM times, a known zone); zero when none is.
func userQuietHours(list []store.Alert) store.QuietHours {
	var from *store.Alert
	for i := range list {
		a := &list[i]
		qh, err := alerts.ParseQuietHours(a.QuietHours.Start, a.QuietHours.End)
		if err != nil || !qh.Enabled() {
			continue
		}
		if _, err := time.LoadLocation(a.QuietHours.TimeZone); err != nil {
			continue
		}
		if from == nil || a.CreatedAt.Before(from.CreatedAt) || a.CreatedAt.Equal(from.CreatedAt) && a.ID < from.ID {
			from = a
		}
	}
	if from == nil {
		return store.QuietHours{}
	}
	return from.QuietHours
}

// quietText shows quiet hours as "22:00–07:00 (Europe/Paris)", escaped.
func quietText(q store.QuietHours) string {
	zone := q.TimeZone
	if zone == "" {
		zone = "UTC"
	}
	return EscapeLine(q.Start) + "–" + EscapeLine(q.End) + " (" + EscapeLine(zone) + ")"
}

// quietExample is the /alert quiet usage shown in replies.
const quietExample = "`/alert quiet start:22:00 end:07:00 timezone:Europe/Paris`"

// parseQuietClock checks one end of the quiet hours and returns it as
// "HH:MM"; which is "start" or "end".
func parseQuietClock(which, s string) (string, error) {
	c, err := parseClock(s)
	if err != nil {
		return "", Userf("The %s of your quiet hours, “%s”, is not HH:MM on a 24-hour clock; for example 22:00 or 07:30.",
			which, EscapeLine(Trim(strings.TrimSpace(s), 20)))
	}
	return c, nil
}

// alertQuiet answers /alert quiet [start] [end] [timezone]: quiet hours
// are the user's, so they are set on every one of the user's alerts (and
// createAlert gives them to alerts added later). Without options it shows
// them; start:off (or end:off) removes them. Options not given keep their
// current value; a zone never given is the server's default zone.
func (b *Bot) alertQuiet(ctx context.Context, req *Request) (Response, error) {
	list, err := b.st.ListAlerts(ctx, req.UserID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list alerts: %w", err)
	}
	if len(list) == 0 {
		return Response{}, Userf("You have no alerts, so there is nothing to keep quiet. Add one with /alert add; quiet hours then apply to all your alerts, including those you add later.")
	}
	cur := userQuietHours(list)
	start, end, tz := req.Str("start"), req.Str("end"), req.Str("timezone")
	if strings.TrimSpace(start+end+tz) == "" {
		if cur == (store.QuietHours{}) {
			return Ephemeralf("You have no quiet hours: alerts arrive day and night. Set them with %s.", quietExample), nil
		}
		return Ephemeralf("Your quiet hours: %s. Alerts that match then arrive when they end. `/alert quiet start:off` removes them.", quietText(cur)), nil
	}
	var want store.QuietHours
	defaulted := false
	if !quietOff(start) && !quietOff(end) {
		want = cur
		if strings.TrimSpace(start) != "" {
			if want.Start, err = parseQuietClock("start", start); err != nil {
				return Response{}, err
			}
		}
		if strings.TrimSpace(end) != "" {
			if want.End, err = parseQuietClock("end", end); err != nil {
				return Response{}, err
			}
		}
		if strings.TrimSpace(tz) != "" {
			if want.TimeZone, err = parseZone(tz); err != nil {
				return Response{}, err
			}
		}
		switch {
		case want.Start == "" || want.End == "":
			return Response{}, Userf("Give both ends of your quiet hours, for example %s.", quietExample)
		case want.Start == want.End:
			return Response{}, Userf("Quiet hours from %s to %s would be empty; give two different times, or `start:off` to remove them.", want.Start, want.End)
		case want.TimeZone == "":
			want.TimeZone, defaulted = b.cfg.Editions.TimeZone, true
		}
	}
	n := 0
	for _, a := range list {
		wrote, err := b.modifyAlert(ctx, req.UserID, a, func(a *store.Alert) bool {
			if a.QuietHours == want {
				return false
			}
			a.QuietHours = want
			return true
		})
		if err != nil {
			return Response{}, err
		}
		if wrote {
			n++
		}
	}
	if want == (store.QuietHours{}) {
		if n == 0 {
			return Ephemeralf("You have no quiet hours: alerts arrive day and night."), nil
		}
		return Ephemeralf("Quiet hours removed from your %d alert(s): alerts arrive day and night again.", n), nil
	}
	if n == 0 {
		return Ephemeralf("Your quiet hours are already %s.", quietText(want)), nil
	}
	msg := fmt.Sprintf("Quiet hours %s set on your %d alert(s); alerts you add later get them too. Stories that match in that window arrive at %s.",
		quietText(want), n, EscapeLine(want.End))
	if loc, err := time.LoadLocation(want.TimeZone); err == nil {
		msg += fmt.Sprintf(" It is %s there now.", req.Now.In(loc).Format("15:04"))
	}
	if defaulted {
		msg += fmt.Sprintf("\nThe times are in %s; add `timezone:` (e.g. Europe/Paris) to use your own.", EscapeLine(want.TimeZone))
	}
	return Ephemeralf("%s", msg), nil
}

// updateAlerts applies change to the selected alerts and saves those it
// changed; done has a %d for their number.
func (b *Bot) updateAlerts(ctx context.Context, req *Request, change func(*store.Alert) bool, done, nothing string) (Response, error) {
	alerts, err := b.userAlerts(ctx, req, false)
	if err != nil {
		return Response{}, err
	}
	n := 0
	for _, a := range alerts {
		wrote, err := b.modifyAlert(ctx, req.UserID, a, change)
		if err != nil {
			return Response{}, err
		}
		if wrote {
			n++
		}
	}
	if n == 0 {
		return Ephemeralf("%s", nothing), nil
	}
	return Ephemeralf(done, n), nil
}

// modifyAlert applies change to the user's alert a and saves it, reading
// it again and reapplying change when another replica (or the dispatcher)
// wrote it meanwhile (store.ModifyAlert), so neither write is lost. An
// alert deleted meanwhile, or that no longer belongs to userID, is left
// alone. It reports whether it wrote the alert.
func (b *Bot) modifyAlert(ctx context.Context, userID string, a store.Alert, change func(*store.Alert) bool) (bool, error) {
	_, wrote, err := store.ModifyAlert(ctx, b.st, a, func(a *store.Alert) bool {
		return a.UserID == userID && change(a)
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("bot: update alert %s: %w", a.ID, err)
	}
	return wrote, nil
}

// alertAutocomplete suggests the user's alerts (value = alert ID).
func (b *Bot) alertAutocomplete(ctx context.Context, req *Request) (Response, error) {
	alerts, err := b.st.ListAlerts(ctx, req.UserID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list alerts: %w", err)
	}
	o, _ := req.Focused()
	q := fold(o.String)
	var out []Choice
	for _, a := range alerts {
		if q != "" && !strings.HasPrefix(a.ID, strings.ToLower(strings.TrimSpace(o.String))) && matchRank(fold(a.Expression), q) < 0 {
			continue
		}
		out = append(out, Choice{Name: shortID(a.ID) + " · " + OneLine(a.Expression), Value: a.ID})
	}
	return Response{Choices: out}, nil
}

// pausedNotice appends a notice that an alert stopped on its own (e.g. the
// user's DMs are closed), once per pause: the alert's PauseNotified records
// in the store that the user was told, so a restart or another replica
// does not tell them again. Public replies get it as a private follow-up
// (Response.Notice).
func (b *Bot) pausedNotice(next HandlerFunc) HandlerFunc {
	return func(ctx context.Context, req *Request) (Response, error) {
		resp, err := next(ctx, req)
		if err != nil || req.UserID == "" {
			return resp, err
		}
		list, lerr := b.st.ListAlerts(ctx, req.UserID)
		if lerr != nil {
			b.log.Warn("bot: cannot check paused alerts", "user_id", req.UserID, "err", lerr)
			return resp, nil
		}
		if !slices.ContainsFunc(list, untold) {
			return resp, nil // the common case: one read, no write
		}
		told := b.claimPauseNotices(ctx, req.UserID, list, req.Now)
		if len(told) == 0 {
			return resp, nil
		}
		lines := make([]string, 0, len(told))
		for _, a := range told {
			lines = append(lines, fmt.Sprintf("Your alert %s is paused: %s.", exprCode(a.Expression), EscapeLine(a.PausedReason)))
		}
		notice := "⚠️ " + strings.Join(lines, "\n⚠️ ") + "\nFix the cause (for example open your direct messages), then run /alert resume."
		if resp.Ephemeral {
			resp.Content = strings.TrimSpace(resp.Content + "\n\n" + notice)
		} else {
			resp.Notice = notice
		}
		return resp, nil
	}
}

// untold reports whether a is paused on its own and the user was not told.
func untold(a store.Alert) bool {
	return a.PausedReason != "" && a.PausedReason != PausedByUser && a.PauseNotified.IsZero()
}

// claimPauseNotices marks the untold paused alerts of list (the user's) as
// told (at now) and returns those it marked. Each mark is a versioned
// read-modify-write (store.ModifyAlert): when two replicas answer the same
// user at once, one write wins and the other, re-reading, finds the alert
// told and tells nothing; a concurrent pause, resume or mute is not undone.
// An alert whose write fails is told on a later command.
func (b *Bot) claimPauseNotices(ctx context.Context, userID string, list []store.Alert, now time.Time) []store.Alert {
	if now.IsZero() {
		now = time.Now()
	}
	var told []store.Alert
	for _, a := range list {
		if !untold(a) {
			continue
		}
		marked, wrote, err := store.ModifyAlert(ctx, b.st, a, func(a *store.Alert) bool {
			if a.UserID != userID || !untold(*a) {
				return false // resumed, told or moved meanwhile
			}
			a.PauseNotified = now.UTC().Truncate(time.Second)
			return true
		})
		if err != nil {
			if !errors.Is(err, store.ErrNotFound) {
				b.log.Warn("bot: cannot record paused-alert notice", "user_id", userID, "alert_id", a.ID, "err", err)
			}
			continue
		}
		if wrote {
			told = append(told, marked)
		}
	}
	return told
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
