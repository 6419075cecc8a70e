package bot

import (
	"fmt"
	"strings"
	"time"
)

// Kind is what the user did.
type Kind int

// Request kinds.
const (
	// KindCommand is a slash command.
	KindCommand Kind = iota + 1
	// KindAutocomplete asks for choices for the focused option.
	KindAutocomplete
	// KindComponent is a button click.
	KindComponent
)

// String names the kind for logs.
func (k Kind) String() string {
	switch k {
	case KindCommand:
		return "command"
	case KindAutocomplete:
		return "autocomplete"
	case KindComponent:
		return "component"
	}
	return "unknown"
}

// OptionType is the type of a command option; the values are Discord's.
type OptionType int

// Option types (Discord's application command option types).
const (
	OptSubcommand OptionType = 1
	OptString     OptionType = 3
	OptInt        OptionType = 4
	OptBool       OptionType = 5
	OptChannel    OptionType = 7
)

// Permission bits checked by the handlers.
const (
	// PermAdministrator is Discord's ADMINISTRATOR permission.
	PermAdministrator int64 = 1 << 3
	// PermManageServer is Discord's MANAGE_GUILD permission.
	PermManageServer int64 = 1 << 5
)

// Option is one option value the user gave (or is typing, when Focused).
type Option struct {
	Name string
	Type OptionType
	// String holds string values, and the raw text of a focused option
	// whatever its type.
	String string
	Int    int64
	Bool   bool
	// Channel is the channel ID of a channel option.
	Channel string
	// Focused marks the option being typed in an autocomplete request.
	Focused bool
}

// Request is one interaction, transport-free.
type Request struct {
	Kind Kind
	// Name is the command name ("brief"); for components it is empty.
	Name string
	// Subcommand is the subcommand name ("add" in /alert add), or empty.
	Subcommand string
	// Options are the options of the command or subcommand.
	Options []Option
	// CustomID is the custom_id of a clicked component.
	CustomID string
	// GuildID is empty in direct messages.
	GuildID   string
	ChannelID string
	UserID    string
	UserName  string
	// Permissions are the member's permission bits in the channel (0 in DMs).
	Permissions int64
	// Locale is the user's Discord locale ("en-US"), possibly empty.
	Locale string
	// Now is when the interaction arrived.
	Now time.Time
}

// Route is the routing key of a command request: "brief" or "alert add".
func (r *Request) Route() string {
	if r.Subcommand == "" {
		return r.Name
	}
	return r.Name + " " + r.Subcommand
}

// Option returns the named option and whether it was given.
func (r *Request) Option(name string) (Option, bool) {
	for _, o := range r.Options {
		if o.Name == name {
			return o, true
		}
	}
	return Option{}, false
}

// Str returns a string option, trimmed, or "" when absent.
func (r *Request) Str(name string) string {
	o, _ := r.Option(name)
	return strings.TrimSpace(o.String)
}

// Int returns an integer option and whether it was given.
func (r *Request) Int(name string) (int64, bool) {
	o, ok := r.Option(name)
	return o.Int, ok && o.Type == OptInt
}

// Channel returns a channel option's ID, or "" when absent.
func (r *Request) Channel(name string) string {
	o, _ := r.Option(name)
	return o.Channel
}

// Focused returns the option being typed in an autocomplete request.
func (r *Request) Focused() (Option, bool) {
	for _, o := range r.Options {
		if o.Focused {
			return o, true
		}
	}
	return Option{}, false
}

// HasPermission reports whether the member has perm, or is an administrator.
func (r *Request) HasPermission(perm int64) bool {
	return r.Permissions&PermAdministrator != 0 || r.Permissions&perm == perm
}

// Button styles (Discord's).
const (
	StylePrimary   = 1
	StyleSecondary = 2
	StyleSuccess   = 3
	StyleDanger    = 4
	StyleLink      = 5
)

// Button is a message button: a CustomID routed back to the Router, or a
// link (StyleLink with URL).
type Button struct {
	Label    string
	CustomID string
	Style    int
	URL      string
}

// Field is one embed field.
type Field struct {
	Name   string
	Value  string
	Inline bool
}

// Embed is a rich block of a message.
type Embed struct {
	Title       string
	URL         string
	Description string
	Fields      []Field
	Footer      string
	Timestamp   time.Time
	Color       int
}

// Choice is one autocomplete suggestion: Name is shown, Value is sent.
type Choice struct {
	Name  string
	Value string
}

// Response is what a handler answers. Router.Handle always returns it
// within Discord's limits (see Fit).
type Response struct {
	Content string
	Embeds  []Embed
	Buttons []Button
	// Ephemeral makes the reply visible to the user only.
	Ephemeral bool
	// Choices answer an autocomplete request.
	Choices []Choice
	// Update replaces the clicked message instead of replying (components).
	Update bool
	// Notice is a private note for the user, sent after a public reply as
	// an ephemeral follow-up (e.g. "your alert is paused").
	Notice string
}

// Ephemeralf is a short ephemeral text reply.
func Ephemeralf(format string, args ...any) Response {
	return Response{Content: fmt.Sprintf(format, args...), Ephemeral: true}
}
