package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/attache-bot/attache/store"
)

// sourceName is the form of a source name added from Discord.
var sourceName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,39}$`)

// sourceTestTimeout bounds a SourceTester call.
const sourceTestTimeout = 20 * time.Second

// sourcesList answers /sources list.
func (b *Bot) sourcesList(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Sources"); err != nil {
		return Response{}, err
	}
	sources, err := b.st.ListSources(ctx)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list sources: %w", err)
	}
	states, err := b.st.ListSourceStates(ctx)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list source states: %w", err)
	}
	if len(sources) == 0 {
		return Ephemeralf("No sources yet. /sources add adds a feed."), nil
	}
	byName := make(map[string]store.SourceState, len(states))
	for _, s := range states {
		byName[s.Name] = s
	}
	lines := make([]string, 0, len(sources))
	for _, s := range sources {
		origin := "config"
		switch {
		case s.GuildID == req.GuildID:
			origin = "added here"
		case s.GuildID != "":
			origin = "added in another server"
		}
		health := "not polled yet"
		if st, ok := byName[s.Name]; ok {
			switch {
			case st.LastError != "":
				health = fmt.Sprintf("failing (%d): %s", st.Failures, EscapeLine(Trim(st.LastError, 120)))
			case !st.LastSuccess.IsZero():
				health = fmt.Sprintf("ok <t:%d:R>", st.LastSuccess.Unix())
			}
		}
		lines = append(lines, fmt.Sprintf("• **%s** (%s, %s) — %s\n  %s", EscapeLine(s.Name), EscapeLine(s.Kind), origin, health, EscapeLine(s.URL)))
	}
	return Response{Ephemeral: true, Embeds: []Embed{{Title: fmt.Sprintf("News sources (%d)", len(sources)),
		Description: strings.Join(lines, "\n"), Color: colorStory,
		Footer: "Sources are shared by every server using this Attache"}}}, nil
}

// sourcesAdd answers /sources add <name> <url> [kind].
func (b *Bot) sourcesAdd(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Sources"); err != nil {
		return Response{}, err
	}
	name := strings.ToLower(req.Str("name"))
	if !sourceName.MatchString(name) {
		return Response{}, Userf("The name must be 1 to 40 lowercase letters, digits, dots, dashes or underscores, e.g. reuters-world.")
	}
	raw := req.Str("url")
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Response{}, Userf("The URL must start with http:// or https:// and name a host.")
	}
	if u.User != nil {
		return Response{}, Userf("The URL must not contain a user name or password.")
	}
	kind := req.Str("kind")
	if kind == "" {
		kind = "feed"
	}
	if kind != "feed" && kind != "page" {
		return Response{}, Userf("The kind is feed or page.")
	}
	if _, err := b.st.GetSource(ctx, name); err == nil {
		return Response{}, Userf("A source named %s already exists; pick another name.", name)
	} else if !errors.Is(err, store.ErrNotFound) {
		return Response{}, fmt.Errorf("bot: get source: %w", err)
	}
	src := store.Source{Name: name, URL: u.String(), Kind: kind, FullText: store.FullTextAuto, Interval: b.cfg.SourceInterval,
		GuildID: req.GuildID, AddedBy: req.UserID, AddedAt: req.Now}
	if b.cfg.SourceTester != nil {
		tctx, cancel := context.WithTimeout(ctx, sourceTestTimeout)
		err := b.cfg.SourceTester.TestSource(tctx, src)
		cancel()
		if err != nil {
			b.log.Info("bot: source test failed", "source", name, "err", err)
			return Ephemeralf("I could not read %s: %s\nNothing was added.", EscapeLine(src.URL), EscapeLine(Trim(err.Error(), 300))), nil
		}
	}
	if err := b.st.PutSource(ctx, src); err != nil {
		return Response{}, fmt.Errorf("bot: put source: %w", err)
	}
	return Ephemeralf("Added source **%s** (%s): %s\nIt is polled every %s; its stories appear within a cycle.", name, kind, EscapeLine(src.URL), src.Interval), nil
}

// sourcesRemove answers /sources remove <name>: only sources added from
// this server can be removed here.
func (b *Bot) sourcesRemove(ctx context.Context, req *Request) (Response, error) {
	if err := requireManager(req, "Sources"); err != nil {
		return Response{}, err
	}
	name := strings.ToLower(req.Str("name"))
	src, err := b.st.GetSource(ctx, name)
	switch {
	case errors.Is(err, store.ErrNotFound) || (err == nil && name == ""):
		return Ephemeralf("There is no source named %s. /sources list shows them.", EscapeLine(Trim(name, 40))), nil
	case err != nil:
		return Response{}, fmt.Errorf("bot: get source: %w", err)
	case src.GuildID == "":
		return Ephemeralf("%s comes from the configuration file; remove it there.", EscapeLine(name)), nil
	case src.GuildID != req.GuildID:
		return Ephemeralf("%s was added in another server; only that server can remove it.", EscapeLine(name)), nil
	}
	if err := b.st.DeleteSource(ctx, name); err != nil && !errors.Is(err, store.ErrNotFound) {
		return Response{}, fmt.Errorf("bot: delete source: %w", err)
	}
	return Ephemeralf("Removed source %s. Stories already read stay until they expire.", EscapeLine(name)), nil
}

// sourcesAutocomplete suggests the sources of this server.
func (b *Bot) sourcesAutocomplete(ctx context.Context, req *Request) (Response, error) {
	if req.GuildID == "" || !req.HasPermission(PermManageServer) {
		return Response{}, nil
	}
	sources, err := b.st.ListSources(ctx)
	if err != nil {
		return Response{}, fmt.Errorf("bot: list sources: %w", err)
	}
	o, _ := req.Focused()
	q := fold(o.String)
	var out []Choice
	for _, s := range sources {
		if s.GuildID == req.GuildID && matchRank(fold(s.Name), q) >= 0 {
			out = append(out, Choice{Name: s.Name + " · " + s.URL, Value: s.Name})
		}
	}
	return Response{Choices: out}, nil
}

// help answers /help.
func (b *Bot) help(_ context.Context, _ *Request) (Response, error) {
	e := Embed{Title: "Attache — diplomatic news briefings", Color: colorStory,
		Description: "Attache reads news sources and condenses each diplomatic story into a quick look: " +
			"where and when, who takes part, the agenda, who is left out and who reacted.",
		Footer: "Story posts have buttons: Participants, Dates, Reactions, Alert me"}
	for _, c := range Commands() {
		var lines []string
		for _, o := range c.Options {
			if o.Type == OptSubcommand {
				lines = append(lines, fmt.Sprintf("`/%s %s` — %s", c.Name, o.Name, o.Description))
			}
		}
		value := c.Description
		if len(lines) > 0 {
			value = strings.Join(lines, "\n")
		}
		if c.DefaultMemberPermissions != 0 {
			value += "\n*Needs Manage Server.*"
		}
		e.Fields = append(e.Fields, Field{Name: "/" + c.Name, Value: value})
	}
	e.Fields = append(e.Fields, Field{Name: "Alert expressions",
		Value: "Words and \"quoted phrases\", AND / OR / NOT (or a - prefix), parentheses, and fields " +
			"`person:Lavrov`, `country:\"Saudi Arabia\"`, `place:Riyadh`, `org:NATO`, `title:summit`, `excluded:Ukraine`. " +
			"Case, accents and name spellings do not matter (Zelensky = Zelenskyy). Example: `person:Lavrov AND (Riyadh OR Istanbul) -Yemen`."})
	return Response{Ephemeral: true, Embeds: []Embed{e}}, nil
}
