package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/attache-bot/attache/store"
)

// requireManager refuses requests outside a server or from members without
// Manage Server (or Administrator). It returns nil when allowed.
func requireManager(req *Request, what string) error {
	if req.GuildID == "" {
		return Userf("%s belong to a server; use this command in a server channel.", what)
	}
	if !req.HasPermission(PermManageServer) {
		return Userf("You need the Manage Server permission to change %s.", strings.ToLower(what))
	}
	return nil
}

// editionChannel is the channel option, or the current channel.
func editionChannel(req *Request) string {
	if c := req.Channel("channel"); c != "" {
		return c
	}
	return req.ChannelID
}

// getSubscription returns the channel's subscription, found=false when it
// has none; a subscription of another guild counts as none.
func (b *Bot) getSubscription(ctx context.Context, req *Request, channel string) (store.Subscription, bool, error) {
	sub, err := b.st.GetSubscription(ctx, channel)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return store.Subscription{}, false, nil
	case err != nil:
		return store.Subscription{}, false, fmt.Errorf("bot: get subscription: %w", err)
	case sub.GuildID != req.GuildID:
		return store.Subscription{}, false, nil
	}
	return sub, true, nil
}

// editionSubscribe answers /edition subscribe: create or change a channel's
// edition, keeping the settings not given.
func (b *Bot) editionSubscribe(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Editions"); err != nil {
		return Response{}, err
	}
	channel := editionChannel(req)
	sub, found, err := b.getSubscription(ctx, req, channel)
	if err != nil {
		return Response{}, err
	}
	if !found {
		sub = store.Subscription{GuildID: req.GuildID, ChannelID: channel, Time: b.cfg.Editions.Time,
			TimeZone: b.cfg.Editions.TimeZone, Length: b.cfg.Editions.Length, Format: store.FormatCompact,
			CreatedBy: req.UserID, CreatedAt: req.Now}
	}
	if t := req.Str("time"); t != "" {
		clock, err := parseClock(t)
		if err != nil {
			return Response{}, err
		}
		sub.Time = clock
	}
	if tz := req.Str("timezone"); tz != "" {
		zone, err := parseZone(tz)
		if err != nil {
			return Response{}, err
		}
		sub.TimeZone = zone
	}
	if d := req.Str("days"); d != "" {
		days, err := parseDays(d)
		if err != nil {
			return Response{}, err
		}
		sub.Days = days
	}
	if n, ok := req.Int("length"); ok {
		if n < 1 || n > 10 {
			return Response{}, Userf("The length must be between 1 and 10 stories.")
		}
		sub.Length = int(n)
	}
	if f := req.Str("format"); f != "" {
		if f != store.FormatCompact && f != store.FormatFull {
			return Response{}, Userf("The format is compact or full.")
		}
		sub.Format = f
	}
	for name, dst := range map[string]*[]string{"countries": &sub.Filters.Countries, "people": &sub.Filters.People, "keywords": &sub.Filters.Keywords} {
		if v, ok := req.Option(name); ok {
			list, err := parseList(name, v.String)
			if err != nil {
				return Response{}, err
			}
			*dst = list
		}
	}
	sub.UpdatedAt = req.Now
	if err := sub.Validate(); err != nil {
		return Response{}, Userf("These settings do not work: %s.", strings.TrimPrefix(err.Error(), "store: subscription: "))
	}
	if err := b.st.PutSubscription(ctx, sub); err != nil {
		return Response{}, fmt.Errorf("bot: put subscription: %w", err)
	}
	verb := "Subscribed"
	if found {
		verb = "Updated the edition of"
	}
	return Response{Ephemeral: true, Content: fmt.Sprintf("%s <#%s>: %s\nNext edition: %s. /edition preview shows what it would look like.",
		verb, channel, describeSubscription(sub), nextRunText(sub, req.Now))}, nil
}

// describeSubscription is a one-line summary of a subscription.
func describeSubscription(sub store.Subscription) string {
	s := fmt.Sprintf("%s at %s (%s), top %d stories, %s format", daysText(sub.Days), sub.Time, sub.TimeZone, sub.Length, sub.Format)
	var f []string
	if len(sub.Filters.Countries) > 0 {
		f = append(f, "countries "+strings.Join(sub.Filters.Countries, ", "))
	}
	if len(sub.Filters.People) > 0 {
		f = append(f, "people "+strings.Join(sub.Filters.People, ", "))
	}
	if len(sub.Filters.Keywords) > 0 {
		f = append(f, "keywords "+strings.Join(sub.Filters.Keywords, ", "))
	}
	if len(f) > 0 {
		s += "; only stories matching " + EscapeLine(strings.Join(f, "; "))
	}
	return s
}

// NextRun is the next posting time of a subscription after now, in its
// zone (a time skipped by a daylight-saving change moves forward).
func NextRun(sub store.Subscription, now time.Time) (time.Time, bool) {
	loc, err := time.LoadLocation(sub.TimeZone)
	if err != nil {
		return time.Time{}, false
	}
	h, m, err := store.ParseClock(sub.Time)
	if err != nil {
		return time.Time{}, false
	}
	local := now.In(loc)
	for i := 0; i <= 8; i++ {
		day := local.AddDate(0, 0, i)
		t := time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)
		if t.After(now) && (len(sub.Days) == 0 || slices.Contains(sub.Days, t.Weekday())) {
			return t, true
		}
	}
	return time.Time{}, false
}

func nextRunText(sub store.Subscription, now time.Time) string {
	t, ok := NextRun(sub, now)
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%s (<t:%d:R>)", t.Format("Mon 2 Jan 15:04 MST"), t.Unix())
}

var weekdayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// parseDays parses "every day", "weekdays", "weekends" or a list such as
// "mon,wed,fri" or "mon-fri"; nil means every day.
func parseDays(s string) ([]time.Weekday, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "", "every day", "everyday", "daily", "all", "any":
		return nil, nil
	case "weekdays", "workdays":
		return []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}, nil
	case "weekends", "weekend":
		return []time.Weekday{time.Sunday, time.Saturday}, nil
	}
	day := func(w string) (time.Weekday, error) {
		w = strings.TrimSpace(w)
		if len(w) >= 3 {
			if d, ok := weekdayNames[w[:3]]; ok && strings.HasPrefix(strings.ToLower(d.String()), w) {
				return d, nil
			}
		}
		return 0, Userf("“%s” is not a day; use e.g. mon,wed,fri, mon-fri, weekdays or every day.", EscapeLine(Trim(w, 20)))
	}
	var out []time.Weekday
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		if from, to, ok := strings.Cut(part, "-"); ok {
			a, err := day(from)
			if err != nil {
				return nil, err
			}
			z, err := day(to)
			if err != nil {
				return nil, err
			}
			for d := a; ; d = (d + 1) % 7 {
				out = append(out, d)
				if d == z {
					break
				}
			}
			continue
		}
		d, err := day(part)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 7 {
		return nil, nil
	}
	return out, nil
}

func daysText(days []time.Weekday) string {
	if len(days) == 0 {
		return "every day"
	}
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = d.String()[:3]
	}
	return strings.Join(names, ", ")
}

// parseClock accepts "7:30", "07:30" or "0730" and returns "HH:MM".
func parseClock(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) == 4 && !strings.Contains(s, ":") {
		s = s[:2] + ":" + s[2:]
	}
	if len(s) == 4 && s[1] == ':' {
		s = "0" + s
	}
	if _, _, err := store.ParseClock(s); err != nil {
		return "", Userf("The time “%s” is not HH:MM on a 24-hour clock; for example 07:30 or 18:00.", EscapeLine(Trim(s, 20)))
	}
	return s, nil
}

// parseZone checks an IANA zone name, case-insensitively against the
// common zones, and suggests one for a city name.
func parseZone(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, z := range commonZones {
		if strings.EqualFold(z, s) {
			return z, nil
		}
	}
	if s != "" && s != "Local" && !strings.ContainsAny(s, " \\") && !strings.HasPrefix(s, "/") && !strings.Contains(s, "..") {
		if _, err := time.LoadLocation(s); err == nil {
			return s, nil
		}
	}
	msg := fmt.Sprintf("Unknown time zone “%s”. Use an IANA name such as Europe/Paris or America/New_York (start typing to see suggestions).", EscapeLine(Trim(s, 40)))
	if c := zoneChoices(s); len(c) > 0 {
		msg += " Did you mean " + c[0].Value + "?"
	}
	return "", &UserError{Msg: msg}
}

// parseList splits a comma-separated filter; "none" or "-" clears it.
func parseList(name, s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" || strings.EqualFold(s, "none") {
		return nil, nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = OneLine(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) > 20 {
		return nil, Userf("At most 20 %s, please.", name)
	}
	return out, nil
}

// editionUnsubscribe answers /edition unsubscribe.
func (b *Bot) editionUnsubscribe(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Editions"); err != nil {
		return Response{}, err
	}
	channel := editionChannel(req)
	if _, found, err := b.getSubscription(ctx, req, channel); err != nil {
		return Response{}, err
	} else if !found {
		return Ephemeralf("<#%s> has no morning edition.", channel), nil
	}
	if err := b.st.DeleteSubscription(ctx, channel); err != nil && !errors.Is(err, store.ErrNotFound) {
		return Response{}, fmt.Errorf("bot: delete subscription: %w", err)
	}
	return Ephemeralf("Unsubscribed <#%s>: no more morning editions there.", channel), nil
}

// editionSettings answers /edition settings: the editions of this server.
func (b *Bot) editionSettings(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Editions"); err != nil {
		return Response{}, err
	}
	subs, err := b.st.ListSubscriptions(ctx, req.GuildID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list subscriptions: %w", err)
	}
	if c := req.Channel("channel"); c != "" {
		subs = slices.DeleteFunc(subs, func(s store.Subscription) bool { return s.ChannelID != c })
	}
	if len(subs) == 0 {
		return Ephemeralf("No morning edition in this server yet. /edition subscribe starts one (default %s %s).",
			b.cfg.Editions.Time, b.cfg.Editions.TimeZone), nil
	}
	e := Embed{Title: "Morning editions", Color: colorStory, Footer: "/edition subscribe changes them"}
	for i, s := range subs {
		// Field names do not render channel mentions, so the name is a
		// number and the value starts with the mention.
		e.Fields = append(e.Fields, Field{Name: fmt.Sprintf("Edition %d", i+1),
			Value: fmt.Sprintf("<#%s>: %s\nNext: %s", s.ChannelID, describeSubscription(s), nextRunText(s, req.Now))})
	}
	return Response{Ephemeral: true, Embeds: []Embed{e}}, nil
}

// editionPreview answers /edition preview: the next edition, privately.
func (b *Bot) editionPreview(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Editions"); err != nil {
		return Response{}, err
	}
	channel := editionChannel(req)
	sub, found, err := b.getSubscription(ctx, req, channel)
	if err != nil {
		return Response{}, err
	}
	note := ""
	if !found {
		sub = store.Subscription{GuildID: req.GuildID, ChannelID: channel, Time: b.cfg.Editions.Time,
			TimeZone: b.cfg.Editions.TimeZone, Length: b.cfg.Editions.Length, Format: store.FormatCompact}
		note = fmt.Sprintf("<#%s> has no edition yet; with the default settings it would look like this:\n", channel)
	}
	var resp Response
	if b.cfg.EditionRenderer != nil {
		resp, err = b.cfg.EditionRenderer.RenderEdition(ctx, sub, req.Now)
		if err != nil {
			return Response{}, fmt.Errorf("bot: render edition preview: %w", err)
		}
	} else {
		snap, err := b.index.get(ctx)
		if err != nil {
			return Response{}, err
		}
		var top, also []store.Story
		for _, d := range snap.top(req.Now.Add(-24*time.Hour), len(snap.docs)) {
			if !MatchesFilters(sub.Filters, d.story) {
				continue
			}
			if len(top) < max(sub.Length, 1) {
				top = append(top, d.story)
			} else {
				also = append(also, d.story)
			}
		}
		resp = RenderEdition(sub, top, also, req.Now)
	}
	resp.Content = note + "*Preview — only you can see this.*\n" + resp.Content
	resp.Ephemeral = true
	return resp, nil
}

// timezoneAutocomplete suggests IANA zones.
func (b *Bot) timezoneAutocomplete(_ context.Context, req *Request) (Response, error) {
	o, _ := req.Focused()
	return Response{Choices: zoneChoices(o.String)}, nil
}

// zoneChoices matches typed text against the common zones (city part first).
func zoneChoices(typed string) []Choice {
	q := fold(typed)
	type hit struct {
		zone string
		rank int
	}
	var hits []hit
	for _, z := range commonZones {
		f := fold(z)
		r := matchRank(f, q)
		if r < 0 {
			continue
		}
		if i := strings.LastIndexByte(z, '/'); i >= 0 && q != "" && strings.HasPrefix(fold(z[i+1:]), q) {
			r = 0
		}
		hits = append(hits, hit{z, r})
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.rank - b.rank })
	out := make([]Choice, 0, MaxChoices)
	for _, h := range hits {
		if len(out) == MaxChoices {
			break
		}
		out = append(out, Choice{Name: h.zone, Value: h.zone})
	}
	return out
}

// commonZones are the time zones offered by autocomplete; any IANA name is
// accepted when typed in full.
var commonZones = []string{
	"UTC",
	"Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam",
	"Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Vienna", "Europe/Zurich", "Europe/Stockholm",
	"Europe/Oslo", "Europe/Copenhagen", "Europe/Warsaw", "Europe/Prague", "Europe/Budapest", "Europe/Athens",
	"Europe/Bucharest", "Europe/Helsinki", "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow",
	"Africa/Cairo", "Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg", "Africa/Casablanca", "Africa/Addis_Ababa",
	"Asia/Jerusalem", "Asia/Beirut", "Asia/Baghdad", "Asia/Riyadh", "Asia/Qatar", "Asia/Dubai", "Asia/Tehran",
	"Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta", "Asia/Singapore",
	"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Manila", "Asia/Seoul", "Asia/Tokyo",
	"Australia/Perth", "Australia/Sydney", "Pacific/Auckland",
	"America/Sao_Paulo", "America/Buenos_Aires", "America/Bogota", "America/Mexico_City", "America/Chicago",
	"America/New_York", "America/Toronto", "America/Denver", "America/Los_Angeles", "America/Vancouver",
	"America/Anchorage", "Pacific/Honolulu",
}
