package dispatch

import (
	"fmt"
	"strings"

	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/store"
)

// colorAlert is the embed colour of alert messages (bot's alert colour).
const colorAlert = 0xC05621

// render turns a policy message into a direct message: one story with
// bot.RenderAlert (an update says what is new), several stories matched
// within the group window as a list with a quick look each, and a summary
// of what the hourly cap held back as one list. stories[i] is the stored
// story of msg.Items[i]. d.mu is held.
func (d *Dispatcher) render(msg *alerts.Message, stories []store.Story) bot.Response {
	if msg.Kind == alerts.Single && len(msg.Items) == 1 {
		it := msg.Items[0]
		return bot.Fit(bot.RenderAlert(d.alertOf(it), stories[0], strings.Join(it.New, "; ")))
	}
	lines := make([]string, len(msg.Items))
	for i, it := range msg.Items {
		lines[i] = d.itemLine(it, stories[i])
	}
	var r bot.Response
	if msg.Kind == alerts.Summary {
		r.Content = fmt.Sprintf("**Alert summary**: you reached the limit of alert messages for the hour, so %s held back:",
			plural(len(msg.Items), "story matching your alerts was", "stories matching your alerts were"))
		r.Embeds = []bot.Embed{{Title: "Held back", Description: strings.Join(lines, "\n"), Color: colorAlert}}
	} else {
		r.Content = fmt.Sprintf("**Alerts**: %s your alerts:\n%s",
			plural(len(msg.Items), "story matches", "stories match"), strings.Join(lines, "\n"))
		for i := range msg.Items {
			if len(r.Embeds) == bot.MaxEmbeds {
				break
			}
			e := bot.QuickLook(stories[i])
			e.Color = colorAlert
			r.Embeds = append(r.Embeds, e)
		}
	}
	r.Content += "\nManage your alerts with /alert list."
	return bot.Fit(r)
}

// alertOf returns the first alert an item matched, or a stand-in naming
// its ID when the alert is gone.
func (d *Dispatcher) alertOf(it alerts.Item) store.Alert {
	for _, id := range it.AlertIDs {
		if in := d.alerts[id]; in != nil {
			return in.a
		}
	}
	if len(it.AlertIDs) > 0 {
		return store.Alert{ID: it.AlertIDs[0], Expression: it.AlertIDs[0]}
	}
	return store.Alert{}
}

// itemLine is one story of a group or summary: "• [title](url) — for
// `expr` — new: …".
func (d *Dispatcher) itemLine(it alerts.Item, st store.Story) string {
	title := st.Title
	if title == "" {
		title = it.Title
	}
	title = bot.EscapeLine(bot.Trim(title, 200))
	if len(st.URLs) > 0 {
		if u := bot.SafeURL(st.URLs[0]); u != "" {
			title = "[" + title + "](" + u + ")"
		}
	}
	expr := strings.ReplaceAll(bot.Neutralize(bot.OneLine(d.alertOf(it).Expression)), "`", "'")
	line := "• " + title + " — for `" + expr + "`"
	if it.Update && len(it.New) > 0 {
		line += " — new: " + bot.EscapeLine(bot.Trim(strings.Join(it.New, "; "), 300))
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
