package console

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/attache-bot/attache/bot"
)

var (
	maskedLink = regexp.MustCompile(`(^|[^\\])\[(.*?[^\\])\]\((https?://[^\s)]+)\)`)
	timeTag    = regexp.MustCompile(`<t:(-?\d+)(?::([tTdDfFR]))?>`)
	channelTag = regexp.MustCompile(`<#(\d+)>`)
)

// markdownEscaped are the characters bot.Escape puts a backslash before.
const markdownEscaped = "\\*_~`|>[]()#"

// Plain turns Discord markdown into readable plain text: masked links
// become "text <url>", bold and code markers disappear, escapes are
// undone, zero-width spaces dropped, timestamp tags formatted in loc
// (relative ones against now) and channel tags shown as #id.
func Plain(s string, loc *time.Location, now time.Time) string {
	s = maskedLink.ReplaceAllString(s, "$1$2 <$3>")
	s = timeTag.ReplaceAllStringFunc(s, func(tag string) string {
		m := timeTag.FindStringSubmatch(tag)
		sec, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return tag
		}
		t := time.Unix(sec, 0).In(loc)
		if m[2] == "R" {
			return relative(t, now)
		}
		return t.Format("Mon 2 Jan 2006 15:04 MST")
	})
	s = channelTag.ReplaceAllString(s, "#$1")
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs) && strings.ContainsRune(markdownEscaped, rs[i+1]):
			b.WriteRune(rs[i+1])
			i++
		case r == '*' || r == '`' || r == '\u200b':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func relative(t, now time.Time) string {
	d := t.Sub(now).Round(time.Minute)
	switch {
	case d > 0:
		return "in " + short(d)
	case d < 0:
		return short(-d) + " ago"
	}
	return "now"
}

func short(d time.Duration) string {
	days, h, m := int(d/(24*time.Hour)), int(d/time.Hour)%24, int(d/time.Minute)%60
	var parts []string
	if days > 0 {
		parts = append(parts, strconv.Itoa(days)+"d")
	}
	if h > 0 {
		parts = append(parts, strconv.Itoa(h)+"h")
	}
	if m > 0 || len(parts) == 0 {
		parts = append(parts, strconv.Itoa(m)+"m")
	}
	return strings.Join(parts, "")
}

// Render prints a response as plain text, ending with a newline.
func (c *Console) Render(r bot.Response) string {
	now := c.clock()
	plain := func(s string) string { return Plain(s, c.loc, now) }
	var b strings.Builder
	if r.Ephemeral {
		b.WriteString("(only you can see this)\n")
	}
	if r.Content != "" {
		b.WriteString(plain(r.Content) + "\n")
	}
	for _, e := range r.Embeds {
		b.WriteString("┌─ " + plain(e.Title) + "\n")
		if e.URL != "" {
			b.WriteString("│ " + e.URL + "\n")
		}
		for _, line := range splitLines(plain(e.Description)) {
			b.WriteString("│ " + line + "\n")
		}
		for _, f := range e.Fields {
			name, value := plain(f.Name), plain(f.Value)
			lines := splitLines(value)
			if len(lines) == 1 {
				b.WriteString("│ " + name + ": " + lines[0] + "\n")
				continue
			}
			b.WriteString("│ " + name + ":\n")
			for _, l := range lines {
				b.WriteString("│   " + l + "\n")
			}
		}
		foot := plain(e.Footer)
		if !e.Timestamp.IsZero() {
			if foot != "" {
				foot += " · "
			}
			foot += e.Timestamp.In(c.loc).Format("Mon 2 Jan 2006 15:04 MST")
		}
		if foot != "" {
			b.WriteString("└─ " + foot + "\n")
		} else {
			b.WriteString("└─\n")
		}
	}
	for _, btn := range r.Buttons {
		fmt.Fprintf(&b, "  [%s] %s\n", plain(btn.Label), buttonHint(btn))
	}
	if len(r.Choices) > 0 {
		b.WriteString("Suggestions:\n")
		for _, ch := range r.Choices {
			if ch.Name == ch.Value {
				b.WriteString("  " + ch.Name + "\n")
			} else {
				b.WriteString("  " + ch.Name + "  → " + ch.Value + "\n")
			}
		}
	}
	if r.Notice != "" {
		b.WriteString("(only you can see this) " + plain(r.Notice) + "\n")
	}
	if b.Len() == 0 {
		b.WriteString("(no reply)\n")
	}
	return b.String()
}

// buttonHint is the console line that does what a button does.
func buttonHint(btn bot.Button) string {
	if btn.URL != "" {
		return btn.URL
	}
	for prefix, cmd := range map[string]string{bot.ButtonParticipants: "participants", bot.ButtonDates: "dates", bot.ButtonReactions: "reactions"} {
		if id, ok := strings.CutPrefix(btn.CustomID, prefix); ok {
			return "/" + cmd + " story:" + id
		}
	}
	return "/click " + btn.CustomID
}

func splitLines(s string) []string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
