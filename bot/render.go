package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

// Custom ID prefixes of the story buttons; the story ID follows.
const (
	ButtonParticipants = "story:participants:"
	ButtonDates        = "story:dates:"
	ButtonReactions    = "story:reactions:"
	ButtonAlert        = "story:alert:"
)

// Embed colours.
const (
	colorStory    = 0x2B6CB0
	colorCalendar = 0x2F855A
	colorAlert    = 0xC05621
)

// Rendering stops adding list items beyond these, long before Fit would
// cut them anyway, so huge stories render fast.
const (
	renderBudget = 2 * MaxDescription // bytes of a description being built
	renderItems  = 60                 // items of one list
)

// StoryButtons are the buttons of a story post.
func StoryButtons(storyID string) []Button {
	return []Button{
		{Label: "Participants", CustomID: ButtonParticipants + storyID, Style: StyleSecondary},
		{Label: "Dates", CustomID: ButtonDates + storyID, Style: StyleSecondary},
		{Label: "Reactions", CustomID: ButtonReactions + storyID, Style: StyleSecondary},
		{Label: "Alert me", CustomID: ButtonAlert + storyID, Style: StylePrimary},
	}
}

// StoryMessage is a story post: its quick look with the story buttons.
func StoryMessage(st store.Story) Response {
	return Response{Embeds: []Embed{QuickLook(st)}, Buttons: StoryButtons(st.ID)}
}

// mainURL is the first usable URL of a story.
func mainURL(st store.Story) string {
	for _, u := range st.URLs {
		if s := SafeURL(u); s != "" {
			return s
		}
	}
	return ""
}

// headline is the story's quick-look headline, or its title.
func headline(st store.Story) string {
	if h := OneLine(st.Facts.QuickLook.Headline); h != "" {
		return h
	}
	if t := OneLine(st.Title); t != "" {
		return t
	}
	return "Untitled story"
}

// QuickLook renders a story as one embed: the headline linking to the main
// source, the bullets, where/when/who at a glance, and a footer with the
// outlets; the timestamp is when the story was last updated. All article
// text is escaped.
func QuickLook(st store.Story) Embed {
	f := st.Facts
	var desc strings.Builder
	for _, b := range f.QuickLook.Bullets {
		if desc.Len() > renderBudget {
			break
		}
		text := Escape(Trim(OneLine(b.Text), MaxFieldValue))
		if text == "" {
			continue
		}
		if label := EscapeLine(b.Label); label != "" {
			fmt.Fprintf(&desc, "• **%s:** %s\n", label, text)
		} else {
			fmt.Fprintf(&desc, "• %s\n", text)
		}
	}
	if desc.Len() == 0 {
		for _, s := range f.Summary {
			fmt.Fprintf(&desc, "%s\n", Escape(OneLine(s)))
		}
	}
	e := Embed{
		Title:       EscapeLine(headline(st)),
		URL:         mainURL(st),
		Description: strings.TrimSpace(desc.String()),
		Footer:      outletsFooter(st.Outlets),
		Timestamp:   st.LastSeen,
		Color:       colorStory,
	}
	if where := whereText(f); where != "" {
		e.Fields = append(e.Fields, Field{Name: "Where", Value: where, Inline: true})
	}
	if when := whenText(f); when != "" {
		e.Fields = append(e.Fields, Field{Name: "When", Value: when, Inline: true})
	}
	if who := participantNames(f, 8); who != "" {
		e.Fields = append(e.Fields, Field{Name: "Participants", Value: who})
	}
	return e
}

// outletsFooter names the outlets a story merged.
func outletsFooter(outlets []string) string {
	var names []string
	for _, o := range outlets {
		if o = Neutralize(OneLine(o)); o != "" {
			names = append(names, o)
		}
	}
	switch len(names) {
	case 0:
		return "Attache"
	case 1:
		return "Source: " + names[0]
	}
	shown := names
	if len(shown) > 6 {
		shown = shown[:6]
	}
	s := fmt.Sprintf("%d outlets: %s", len(names), strings.Join(shown, ", "))
	if len(names) > len(shown) {
		s += fmt.Sprintf(" and %d more", len(names)-len(shown))
	}
	return s
}

// attribution says where a story's facts come from: the one outlet, or
// the outlets merged (facts carry no per-outlet attribution yet).
func attribution(st store.Story) string {
	switch n := len(st.Outlets); {
	case n == 0:
		return "Attache digest"
	case n == 1:
		return "All facts from " + Neutralize(OneLine(st.Outlets[0]))
	default:
		return "Facts merged from " + strings.TrimPrefix(outletsFooter(st.Outlets), fmt.Sprintf("%d outlets: ", n))
	}
}

func whereText(f digest.Result) string {
	if f.Venue != nil && f.Venue.Name != "" {
		if f.Venue.Country != "" && f.Venue.Country != f.Venue.Name {
			return EscapeLine(f.Venue.Name + ", " + f.Venue.Country)
		}
		return EscapeLine(f.Venue.Name)
	}
	return ""
}

// whenText is the first resolved date of the story, with its text.
func whenText(f digest.Result) string {
	for _, d := range f.Dates {
		if day, ok := dayOf(d.Value); ok {
			text := EscapeLine(d.Text)
			s := day.Format("Mon 2 Jan 2006")
			if text != "" && !strings.EqualFold(text, s) {
				s += " (" + text + ")"
			}
			return s
		}
	}
	return ""
}

// participantNames lists up to n participants, "Name (role)".
func participantNames(f digest.Result, n int) string {
	var names []string
	count := 0
	for _, p := range f.People {
		if !p.Participant {
			continue
		}
		count++
		if len(names) < n {
			names = append(names, personLabel(p, false))
		}
	}
	s := strings.Join(names, ", ")
	if count > len(names) {
		s += fmt.Sprintf(" and %d more", count-len(names))
	}
	return s
}

// personLabel is "**Name** — Role, Affiliation" (long) or "Name (Role)".
func personLabel(p digest.Person, long bool) string {
	name, role, aff := EscapeLine(p.Name), EscapeLine(p.Role), EscapeLine(p.Affiliation)
	if long {
		s := "**" + name + "**"
		switch {
		case role != "" && aff != "":
			s += " — " + role + ", " + aff
		case role != "":
			s += " — " + role
		case aff != "":
			s += " — " + aff
		}
		return s
	}
	if role != "" {
		return name + " (" + role + ")"
	}
	return name
}

// storyLine is one line about a story for lists: linked title, venue,
// date and outlet count.
func storyLine(st store.Story) string {
	title := EscapeLine(headline(st))
	if u := mainURL(st); u != "" {
		title = "[" + title + "](" + u + ")"
	} else {
		title = "**" + title + "**"
	}
	var bits []string
	if w := whereText(st.Facts); w != "" {
		bits = append(bits, w)
	}
	for _, d := range st.Facts.Dates {
		if day, ok := dayOf(d.Value); ok {
			bits = append(bits, day.Format("2 Jan"))
			break
		}
	}
	if n := len(st.Outlets); n > 1 {
		bits = append(bits, fmt.Sprintf("%d outlets", n))
	} else if n == 1 {
		bits = append(bits, EscapeLine(st.Outlets[0]))
	}
	if len(bits) == 0 {
		return title
	}
	return title + " — " + strings.Join(bits, " · ")
}

// ParticipantsEmbed lists who takes part, who else is named, mediators,
// and who is absent or excluded.
func ParticipantsEmbed(st store.Story) Embed {
	f := st.Facts
	e := Embed{Title: "Participants — " + EscapeLine(headline(st)), URL: mainURL(st), Color: colorStory,
		Footer: attribution(st), Timestamp: st.LastSeen}
	var taking, others []string
	for _, p := range f.People {
		if len(taking)+len(others) > renderItems {
			break
		}
		if p.Participant {
			taking = append(taking, "• "+personLabel(p, true))
		} else {
			others = append(others, personLabel(p, false))
		}
	}
	if len(taking) > 0 {
		e.Fields = append(e.Fields, Field{Name: "Taking part", Value: strings.Join(taking, "\n")})
	}
	if len(others) > 0 {
		e.Fields = append(e.Fields, Field{Name: "Also named", Value: strings.Join(others, ", ")})
	}
	addList := func(name string, items []string) {
		var esc []string
		for _, it := range items {
			if it = EscapeLine(it); it != "" {
				esc = append(esc, it)
			}
		}
		if len(esc) > 0 {
			e.Fields = append(e.Fields, Field{Name: name, Value: strings.Join(esc, ", ")})
		}
	}
	addList("Countries", f.Countries)
	addList("Mediators", f.Mediators)
	addList("Absent or excluded", f.Excluded)
	if len(e.Fields) == 0 {
		e.Description = "No participants were identified in this story yet."
	}
	if where := whereText(f); where != "" {
		e.Fields = append(e.Fields, Field{Name: "Where", Value: where, Inline: true})
	}
	return e
}

// DatesEmbed lists a story's dates, resolved ones first in order.
func DatesEmbed(st store.Story) Embed {
	e := Embed{Title: "Dates — " + EscapeLine(headline(st)), URL: mainURL(st), Color: colorCalendar,
		Footer: attribution(st), Timestamp: st.LastSeen}
	var lines, unresolved []string
	for i, d := range st.Facts.Dates {
		if i > renderItems {
			break
		}
		text := EscapeLine(d.Text)
		event := EscapeLine(d.Event)
		day, ok := dayOf(d.Value)
		switch {
		case ok:
			line := "• **" + day.Format("Mon 2 Jan 2006") + "**"
			if text != "" {
				line += " — " + text
			}
			if event != "" {
				line += " — " + event
			}
			lines = append(lines, line)
		case text != "":
			line := "• " + text
			if event != "" {
				line += " — " + event
			}
			unresolved = append(unresolved, line)
		}
	}
	if len(unresolved) > 0 {
		lines = append(lines, "", "**Not tied to a day**")
		lines = append(lines, unresolved...)
	}
	if len(lines) == 0 {
		e.Description = "No dates were found in this story."
	} else {
		e.Description = strings.Join(lines, "\n")
	}
	return e
}

// ReactionsEmbed lists who reacted and how, with quotes.
func ReactionsEmbed(st store.Story) Embed {
	e := Embed{Title: "Reactions — " + EscapeLine(headline(st)), URL: mainURL(st), Color: colorStory,
		Footer: attribution(st), Timestamp: st.LastSeen}
	var lines []string
	for i, r := range st.Facts.Reactions {
		if i > renderItems {
			break
		}
		actor := EscapeLine(r.Actor)
		if actor == "" {
			continue
		}
		line := "• **" + actor + "**"
		if r.Stance != "" {
			line += " (" + EscapeLine(r.Stance) + ")"
		}
		if q := EscapeLine(r.Quote); q != "" {
			line += ": “" + q + "”"
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		e.Description = "No reactions were found in this story yet."
	} else {
		e.Description = strings.Join(lines, "\n")
	}
	return e
}

// MatchesFilters reports whether a story passes an edition's filters: each
// non-empty list must have one entry found in the story (accent- and
// case-insensitive).
func MatchesFilters(f store.Filters, st store.Story) bool {
	if len(f.Countries) == 0 && len(f.People) == 0 && len(f.Keywords) == 0 {
		return true
	}
	has := func(hay string, needles []string) bool {
		if len(needles) == 0 {
			return true
		}
		hay = " " + hay + " "
		for _, n := range needles {
			if n = fold(n); n != "" && strings.Contains(hay, " "+n+" ") {
				return true
			}
		}
		return false
	}
	facts := st.Facts
	var countries, people, all []string
	countries = append(countries, facts.Countries...)
	for _, p := range facts.Places {
		countries = append(countries, p.Country)
	}
	for _, p := range facts.People {
		people = append(people, p.Name)
		people = append(people, p.Aliases...)
	}
	all = append(all, st.Title, facts.QuickLook.Headline)
	for _, b := range facts.QuickLook.Bullets {
		all = append(all, b.Text)
	}
	all = append(all, facts.Summary...)
	all = append(all, countries...)
	all = append(all, people...)
	return has(fold(strings.Join(countries, " | ")), f.Countries) &&
		has(fold(strings.Join(people, " | ")), f.People) &&
		has(fold(strings.Join(all, " | ")), f.Keywords)
}

// RenderEdition renders a morning edition: a heading, the top stories
// (one quick look each in the full format, one line each in the compact
// format) and an "also" line. top and also are already ranked.
func RenderEdition(sub store.Subscription, top, also []store.Story, now time.Time) Response {
	loc, err := time.LoadLocation(sub.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	r := Response{Content: "**Morning edition — " + now.In(loc).Format("Monday 2 January 2006") + "**"}
	if len(top) == 0 {
		r.Content += "\nNo diplomatic stories matched since the last edition."
		return r
	}
	if sub.Format == store.FormatFull {
		for _, st := range top {
			if len(r.Embeds) == MaxEmbeds {
				also = append([]store.Story{st}, also...)
				continue
			}
			r.Embeds = append(r.Embeds, QuickLook(st))
		}
	} else {
		var lines []string
		for i, st := range top {
			lines = append(lines, fmt.Sprintf("%d. %s", i+1, storyLine(st)))
		}
		r.Embeds = []Embed{{Title: "Top stories", Description: strings.Join(lines, "\n"), Color: colorStory, Timestamp: now}}
	}
	if len(also) > 0 {
		var titles []string
		for _, st := range also {
			if len(titles) == 8 {
				break
			}
			titles = append(titles, EscapeLine(headline(st)))
		}
		r.Content += "\n**Also:** " + strings.Join(titles, " · ")
	}
	r.Content += "\nUse /brief <topic> for any story's quick look."
	return r
}

// RenderAlert renders an alert DM for a story; changed, when not empty,
// says what is new in an update.
func RenderAlert(a store.Alert, st store.Story, changed string) Response {
	msg := StoryMessage(st)
	prefix := "Alert"
	if changed != "" {
		prefix = "Update"
	}
	msg.Content = fmt.Sprintf("**%s** for `%s`", prefix, strings.ReplaceAll(OneLine(a.Expression), "`", "'"))
	if changed != "" {
		msg.Content += "\nWhat's new: " + EscapeLine(changed)
	}
	msg.Content += "\nManage your alerts with /alert list."
	msg.Embeds[0].Color = colorAlert
	return msg
}
