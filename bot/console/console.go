// Package console is Attache's terminal adapter: it reads slash commands
// typed as lines (/brief riyadh, /alert add person:Lavrov,
// /edition subscribe time:07:30 timezone:Europe/Paris), turns them into
// bot.Request values for the bot's Router, and prints each bot.Response as
// readable plain text. Scheduled posts (editions, alerts) print to the same
// writer through the console's Poster methods, never interleaved with a
// reply.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/attache-bot/attache/bot"
)

// The fixed identity of the console user: one guild, one channel, one user
// with every permission.
const (
	GuildID     = "100000000000000001"
	ChannelID   = "100000000000000002"
	UserID      = "100000000000000003"
	UserName    = "console"
	Permissions = int64(math.MaxInt64)
)

// Handler answers requests; *bot.Router and *bot.Bot implement it.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Response
}

// Options configure New.
type Options struct {
	// Out receives replies and posts; required.
	Out io.Writer
	// Commands are the definitions used to parse lines; default
	// bot.Commands().
	Commands []bot.CommandDef
	// Clock stamps requests; default time.Now.
	Clock func() time.Time
	// Location is the zone times print in; default UTC.
	Location *time.Location
	// Prompt is printed before each line is read (e.g. "> "); default none.
	Prompt string
}

// Console is a terminal session. It is safe for concurrent use: replies and
// posts are written one at a time.
type Console struct {
	h     Handler
	out   io.Writer
	defs  []bot.CommandDef
	clock func() time.Time
	loc   *time.Location

	prompt string
	mu     sync.Mutex
	posts  int
}

// New returns a console answering with h.
func New(h Handler, opts Options) *Console {
	if opts.Commands == nil {
		opts.Commands = bot.Commands()
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	if opts.Out == nil {
		opts.Out = io.Discard
	}
	c := &Console{h: h, out: opts.Out, defs: opts.Commands, clock: opts.Clock, loc: opts.Location, prompt: opts.Prompt}
	return c
}

// Run executes lines from in until it ends (nil), "exit" or "quit" (nil),
// or ctx is done (ctx.Err()).
func (c *Console) Run(ctx context.Context, in io.Reader) error {
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errc <- sc.Err()
	}()
	for {
		c.printPrompt()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case line, ok := <-lines:
			if !ok {
				select {
				case err := <-errc:
					if err != nil {
						return fmt.Errorf("console: read input: %w", err)
					}
				default:
				}
				return nil
			}
			if t := strings.TrimSpace(line); t == "exit" || t == "quit" {
				return nil
			}
			c.Exec(ctx, line)
		}
	}
}

func (c *Console) printPrompt() {
	if c.prompt == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprint(c.out, c.prompt)
}

// Exec runs one line and prints the reply. Blank lines and lines starting
// with "#" are ignored. "/click <custom_id>" clicks a button; a line
// starting with "?" asks for autocomplete suggestions for its last option.
func (c *Console) Exec(ctx context.Context, line string) {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return
	}
	req, err := c.Parse(line)
	if err != nil {
		c.write("error: " + err.Error() + "\n")
		return
	}
	resp := c.h.Handle(ctx, req)
	c.write(c.Render(resp))
}

// Parse turns a line into a request from the console user.
func (c *Console) Parse(line string) (bot.Request, error) {
	req, err := ParseLine(line, c.defs)
	if err != nil {
		return bot.Request{}, err
	}
	req.GuildID, req.ChannelID, req.UserID, req.UserName = GuildID, ChannelID, UserID, UserName
	req.Permissions, req.Locale, req.Now = Permissions, "en-US", c.clock()
	return req, nil
}

func (c *Console) write(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, _ = io.WriteString(c.out, s)
}

// PostChannel prints a scheduled post to a channel (an edition) and
// returns a console message ID.
func (c *Console) PostChannel(_ context.Context, channelID string, r bot.Response) (string, error) {
	return c.post("post to #"+channelID, r), nil
}

// PostDM prints a direct message to a user (an alert) and returns a
// console message ID.
func (c *Console) PostDM(_ context.Context, userID string, r bot.Response) (string, error) {
	return c.post("direct message to @"+userID, r), nil
}

func (c *Console) post(header string, r bot.Response) string {
	r = bot.Fit(r)
	body := c.Render(r)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.posts++
	id := "console-" + strconv.Itoa(c.posts)
	fmt.Fprintf(c.out, "--- %s (%s) ---\n%s", header, id, body)
	return id
}

// ParseLine parses "/name [subcommand] [option:value ...] [words ...]"
// against the command definitions. Options are name:value (quote values
// with spaces: time:"07:30" topic:"Saudi Arabia"); words that are not a
// known option go, joined, to the first string option. "/click ID" is a
// button click. A leading "?" makes it an autocomplete request for the
// last option given (or the first string option).
func ParseLine(line string, defs []bot.CommandDef) (bot.Request, error) {
	line = strings.TrimSpace(line)
	auto := strings.HasPrefix(line, "?")
	line = strings.TrimSpace(strings.TrimPrefix(line, "?"))
	toks, err := tokenize(line)
	if err != nil {
		return bot.Request{}, err
	}
	if len(toks) == 0 {
		return bot.Request{}, errors.New("empty command")
	}
	name := strings.ToLower(strings.TrimPrefix(toks[0].value, "/"))
	toks = toks[1:]
	if name == "click" {
		if len(toks) != 1 || auto {
			return bot.Request{}, errors.New("usage: /click <button id>")
		}
		return bot.Request{Kind: bot.KindComponent, CustomID: toks[0].value}, nil
	}
	var def *bot.CommandDef
	for i := range defs {
		if defs[i].Name == name {
			def = &defs[i]
		}
	}
	if def == nil {
		return bot.Request{}, fmt.Errorf("unknown command /%s; try /help", name)
	}
	req := bot.Request{Kind: bot.KindCommand, Name: name}
	if auto {
		req.Kind = bot.KindAutocomplete
	}
	opts := def.Options
	var subs []string
	for _, o := range def.Options {
		if o.Type == bot.OptSubcommand {
			subs = append(subs, o.Name)
		}
	}
	if len(subs) > 0 {
		if len(toks) == 0 {
			return bot.Request{}, fmt.Errorf("usage: /%s %s", name, strings.Join(subs, "|"))
		}
		sub := strings.ToLower(toks[0].value)
		found := false
		for _, o := range def.Options {
			if o.Type == bot.OptSubcommand && o.Name == sub {
				opts, found = o.Options, true
			}
		}
		if !found {
			return bot.Request{}, fmt.Errorf("unknown subcommand %q; usage: /%s %s", sub, name, strings.Join(subs, "|"))
		}
		req.Subcommand = sub
		toks = toks[1:]
	}
	var words []string
	for _, t := range toks {
		if n, v, ok := strings.Cut(t.value, ":"); ok && !t.quoted {
			if od, known := findOption(opts, strings.ToLower(n)); known {
				o, err := typedOption(od, v)
				if err != nil {
					return bot.Request{}, err
				}
				req.Options = append(req.Options, o)
				continue
			}
		}
		words = append(words, t.raw)
	}
	if len(words) > 0 {
		od, ok := firstString(opts, req.Options)
		if !ok {
			return bot.Request{}, fmt.Errorf("/%s does not take %q", req.Route(), strings.Join(words, " "))
		}
		value := strings.Join(words, " ")
		if len(words) == 1 && toks[len(toks)-1].quoted {
			value = toks[len(toks)-1].value
		}
		req.Options = append(req.Options, bot.Option{Name: od.Name, Type: bot.OptString, String: value})
	}
	if auto {
		if len(req.Options) == 0 {
			od, ok := firstString(opts, nil)
			if !ok {
				return bot.Request{}, fmt.Errorf("/%s has nothing to suggest", req.Route())
			}
			req.Options = append(req.Options, bot.Option{Name: od.Name, Type: od.Type})
		}
		last := &req.Options[len(req.Options)-1]
		last.Focused = true
	}
	for _, od := range opts {
		if od.Required && !auto {
			if _, ok := req.Option(od.Name); !ok {
				return bot.Request{}, fmt.Errorf("/%s needs %s:<value>", req.Route(), od.Name)
			}
		}
	}
	return req, nil
}

func findOption(opts []bot.OptionDef, name string) (bot.OptionDef, bool) {
	for _, o := range opts {
		if o.Name == name && o.Type != bot.OptSubcommand {
			return o, true
		}
	}
	return bot.OptionDef{}, false
}

// firstString is the first string option not given yet.
func firstString(opts []bot.OptionDef, given []bot.Option) (bot.OptionDef, bool) {
	for _, o := range opts {
		if o.Type != bot.OptString {
			continue
		}
		taken := false
		for _, g := range given {
			taken = taken || g.Name == o.Name
		}
		if !taken {
			return o, true
		}
	}
	return bot.OptionDef{}, false
}

func typedOption(od bot.OptionDef, v string) (bot.Option, error) {
	o := bot.Option{Name: od.Name, Type: od.Type, String: v}
	switch od.Type {
	case bot.OptInt:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return bot.Option{}, fmt.Errorf("%s must be a whole number, not %q", od.Name, v)
		}
		o.Int = n
	case bot.OptBool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return bot.Option{}, fmt.Errorf("%s must be true or false, not %q", od.Name, v)
		}
		o.Bool = b
	case bot.OptChannel:
		id := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(v, "<#"), "#"), ">")
		if id == "" {
			return bot.Option{}, fmt.Errorf("%s needs a channel id", od.Name)
		}
		o.Channel, o.String = id, id
	}
	return o, nil
}

// token is one word of a line: raw is as typed, value has quotes removed,
// quoted says the whole token was one quoted string.
type token struct {
	raw, value string
	quoted     bool
}

// tokenize splits on spaces outside double, single or curly quotes.
func tokenize(s string) ([]token, error) {
	var toks []token
	var raw, val strings.Builder
	var quote rune
	inTok, startQuoted, closedLast := false, false, false
	flush := func() {
		if inTok {
			toks = append(toks, token{raw: raw.String(), value: val.String(), quoted: startQuoted && closedLast})
		}
		raw.Reset()
		val.Reset()
		inTok, startQuoted, closedLast = false, false, false
	}
	for _, r := range s {
		switch {
		case quote != 0:
			raw.WriteRune(r)
			if r == quote {
				quote, closedLast = 0, true
			} else {
				val.WriteRune(r)
			}
		case r == '"' || r == '\'' || r == '“':
			startQuoted = startQuoted || !inTok
			inTok, closedLast = true, false
			raw.WriteRune(r)
			quote = r
			if r == '“' {
				quote = '”'
			}
		case r == ' ' || r == '\t':
			flush()
		default:
			inTok, closedLast = true, false
			raw.WriteRune(r)
			val.WriteRune(r)
		}
	}
	if quote != 0 {
		return nil, errors.New("a quote is never closed")
	}
	flush()
	return toks, nil
}
