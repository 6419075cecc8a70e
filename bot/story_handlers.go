package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/attache-bot/attache/store"
)

const msgNoStories = "I have no recent stories yet. Attache is still reading the news; try again in a few minutes."

// brief answers /brief [topic].
func (b *Bot) brief(ctx context.Context, req *Request) (Response, error) {
	snap, err := b.index.get(ctx)
	if err != nil {
		return Response{}, err
	}
	if len(snap.docs) == 0 {
		return Response{Content: msgNoStories, Ephemeral: true}, nil
	}
	topic := req.Str("topic")
	if topic == "" {
		return b.topStories(snap, req.Now), nil
	}
	d := snap.byID[topic]
	if d == nil {
		d = snap.search(topic)
	}
	if d == nil {
		return Response{Content: fmt.Sprintf("No recent story matches “%s”. Try another place or person, or /brief alone for today's top stories.",
			EscapeLine(Trim(topic, 100))), Ephemeral: true}, nil
	}
	return StoryMessage(d.story), nil
}

// topStories is /brief without a topic: today's top stories, one line each.
func (b *Bot) topStories(snap *snapshot, now time.Time) Response {
	title := "Today's top stories"
	docs := snap.top(now.Add(-24*time.Hour), 10)
	if len(docs) == 0 {
		title = "Latest stories"
		docs = snap.top(time.Time{}, 10)
	}
	lines := make([]string, len(docs))
	for i, d := range docs {
		lines[i] = fmt.Sprintf("%d. %s", i+1, storyLine(d.story))
	}
	return Response{Embeds: []Embed{{Title: title, Description: strings.Join(lines, "\n"), Color: colorStory,
		Footer: "/brief <topic> for a story's quick look", Timestamp: now}}}
}

// storyFor resolves the story a request is about: the ID in a button's
// custom_id, the story option (an ID from autocomplete, or words), or
// today's top story. note says which story was picked when the user did
// not name one.
func (b *Bot) storyFor(ctx context.Context, req *Request, prefix string) (st store.Story, note string, err error) {
	snap, err := b.index.get(ctx)
	if err != nil {
		return store.Story{}, "", err
	}
	var want string
	if req.Kind == KindComponent {
		want = strings.TrimPrefix(req.CustomID, prefix)
	} else {
		want = req.Str("story")
	}
	if want == "" {
		docs := snap.top(req.Now.Add(-24*time.Hour), 1)
		if len(docs) == 0 {
			docs = snap.top(time.Time{}, 1)
		}
		if len(docs) == 0 {
			return store.Story{}, "", &UserError{Msg: msgNoStories}
		}
		return docs[0].story, "Today's top story (pick another with the story option).", nil
	}
	if d := snap.byID[want]; d != nil {
		return d.story, "", nil
	}
	if looksLikeID(want) {
		st, err := b.st.GetStory(ctx, want)
		switch {
		case err == nil:
			return st, "", nil
		case !errors.Is(err, store.ErrNotFound):
			return store.Story{}, "", fmt.Errorf("bot: get story %s: %w", want, err)
		case req.Kind == KindComponent:
			return store.Story{}, "", Userf("This story is no longer available.")
		}
	}
	if d := snap.search(want); d != nil {
		return d.story, "", nil
	}
	return store.Story{}, "", Userf("No recent story matches “%s”. Start typing and pick one of the suggestions.", EscapeLine(Trim(want, 100)))
}

// looksLikeID reports whether s has the form of a story ID (store.NewID).
func looksLikeID(s string) bool {
	if len(s) < 8 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r == '-') {
			return false
		}
	}
	return true
}

// factReply wraps a story fact embed: components answer privately.
func factReply(req *Request, e Embed, note string) Response {
	return Response{Content: note, Embeds: []Embed{e}, Ephemeral: req.Kind == KindComponent}
}

// participants answers /participants and the Participants button.
func (b *Bot) participants(ctx context.Context, req *Request) (Response, error) {
	st, note, err := b.storyFor(ctx, req, ButtonParticipants)
	if err != nil {
		return Response{}, err
	}
	return factReply(req, ParticipantsEmbed(st), note), nil
}

// reactions answers /reactions and the Reactions button.
func (b *Bot) reactions(ctx context.Context, req *Request) (Response, error) {
	st, note, err := b.storyFor(ctx, req, ButtonReactions)
	if err != nil {
		return Response{}, err
	}
	return factReply(req, ReactionsEmbed(st), note), nil
}

// dates answers /dates and the Dates button; /dates without a story is the
// diplomatic calendar of the next 14 days.
func (b *Bot) dates(ctx context.Context, req *Request) (Response, error) {
	if req.Kind == KindCommand && req.Str("story") == "" {
		return b.calendar(ctx, req)
	}
	st, note, err := b.storyFor(ctx, req, ButtonDates)
	if err != nil {
		return Response{}, err
	}
	return factReply(req, DatesEmbed(st), note), nil
}

// calendarDays is how far ahead /dates looks.
const calendarDays = 14

// calendar lists the resolved dates of all recent stories in the next 14 days.
func (b *Bot) calendar(ctx context.Context, req *Request) (Response, error) {
	snap, err := b.index.get(ctx)
	if err != nil {
		return Response{}, err
	}
	y, m, d := req.Now.UTC().Date()
	from := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 0, calendarDays)
	var lines []string
	seen := map[string]bool{}
	var lastDay time.Time
	size := 0
	for _, c := range snap.calendar {
		if c.day.Before(from) || !c.day.Before(to) {
			continue
		}
		if size > renderBudget {
			break
		}
		what := OneLine(c.event)
		if what == "" {
			what = headline(c.doc.story)
		}
		key := c.day.String() + "\x00" + c.doc.story.ID + "\x00" + fold(what)
		if seen[key] {
			continue
		}
		seen[key] = true
		if !c.day.Equal(lastDay) {
			lines = append(lines, "**"+c.day.Format("Mon 2 Jan")+"**")
			lastDay = c.day
		}
		line := "• " + EscapeLine(what)
		if w := whereText(c.doc.story.Facts); w != "" {
			line += " — " + w
		}
		if c.event != "" {
			line += " (" + EscapeLine(headline(c.doc.story)) + ")"
		}
		lines = append(lines, line)
		size += len(line) + 1
	}
	e := Embed{Title: fmt.Sprintf("Diplomatic calendar — next %d days", calendarDays), Color: colorCalendar,
		Footer: "Dates found in recent stories; /dates <story> for one story", Timestamp: req.Now}
	if len(lines) == 0 {
		e.Description = "No dated events in the next 14 days among recent stories."
	} else {
		e.Description = strings.Join(lines, "\n")
	}
	return Response{Embeds: []Embed{e}}, nil
}

// topicAutocomplete suggests /brief topics.
func (b *Bot) topicAutocomplete(ctx context.Context, req *Request) (Response, error) {
	snap, err := b.index.get(ctx)
	if err != nil {
		return Response{}, err
	}
	o, _ := req.Focused()
	return Response{Choices: snap.topicChoices(o.String)}, nil
}

// storyAutocomplete suggests stories for a story option.
func (b *Bot) storyAutocomplete(ctx context.Context, req *Request) (Response, error) {
	snap, err := b.index.get(ctx)
	if err != nil {
		return Response{}, err
	}
	o, _ := req.Focused()
	return Response{Choices: snap.storyChoices(o.String)}, nil
}

// storyAlert answers the Alert me button: an alert for the story's main
// participant, or its title words.
func (b *Bot) storyAlert(ctx context.Context, req *Request) (Response, error) {
	st, _, err := b.storyFor(ctx, req, ButtonAlert)
	if err != nil {
		return Response{}, err
	}
	expr := alertExpressionFor(st)
	if expr == "" {
		return Ephemeralf("I could not find a name or words to follow in this story. Use /alert add instead."), nil
	}
	return b.createAlert(ctx, req, expr)
}

// alertExpressionFor builds an alert expression for a story.
func alertExpressionFor(st store.Story) string {
	clean := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' || unicode.IsControl(r)
		}), " ")
	}
	for _, p := range st.Facts.People {
		if p.Participant {
			if name := clean(p.Name); name != "" {
				return `person:"` + name + `"`
			}
		}
	}
	var words []string
	for _, w := range strings.FieldsFunc(st.Title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		w = strings.Trim(w, "-")
		f := fold(w)
		if len([]rune(w)) < 4 || stopWords[f] || f == "" {
			continue
		}
		if up := strings.ToUpper(w); up == "AND" || up == "OR" || up == "NOT" {
			continue
		}
		words = append(words, w)
		if len(words) == 3 {
			break
		}
	}
	expr := strings.Join(words, " ")
	if validateExpression(expr) != nil {
		return ""
	}
	return expr
}
