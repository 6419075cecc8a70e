package bot

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// CommandDef is a slash command definition as data; the adapters register
// Commands with one bulk overwrite when DefinitionsHash changed.
type CommandDef struct {
	Name        string
	Description string
	Options     []OptionDef
	// DefaultMemberPermissions restricts the command to members with these
	// permission bits (0: everyone). Handlers check again.
	DefaultMemberPermissions int64
	// Ephemeral says whether replies are visible to the user only; an
	// adapter that must defer uses it for the deferred reply.
	Ephemeral bool `json:"-"`
}

// OptionDef is a command option or subcommand.
type OptionDef struct {
	Type         OptionType
	Name         string
	Description  string
	Required     bool
	Autocomplete bool
	Choices      []ChoiceDef
	// Options are the options of a subcommand.
	Options []OptionDef
	// ChannelTypes restricts a channel option (Discord channel types).
	ChannelTypes []int
	// MinInt and MaxInt bound an integer option when MaxInt > MinInt.
	MinInt, MaxInt int64
	// MaxLength bounds a string option when > 0.
	MaxLength int
}

// ChoiceDef is a fixed choice of a string option.
type ChoiceDef struct {
	Name  string
	Value string
}

// Discord channel types allowed for edition channels.
const (
	channelGuildText         = 0
	channelGuildAnnouncement = 5
)

func storyOption(desc string) OptionDef {
	return OptionDef{Type: OptString, Name: "story", Description: desc, Autocomplete: true, MaxLength: 100}
}

func alertIDOption(required bool) OptionDef {
	return OptionDef{Type: OptString, Name: "alert", Description: "Which alert (leave empty for all of your alerts)",
		Required: required, Autocomplete: true, MaxLength: 100}
}

// Commands returns Attache's slash commands.
func Commands() []CommandDef {
	channel := OptionDef{Type: OptChannel, Name: "channel", Description: "Channel of the edition (default: this channel)",
		ChannelTypes: []int{channelGuildText, channelGuildAnnouncement}}
	return []CommandDef{
		{Name: "brief", Description: "Quick look at a recent diplomatic story, or today's top stories",
			Options: []OptionDef{{Type: OptString, Name: "topic", Description: "A place, person or story (leave empty for today's top stories)",
				Autocomplete: true, MaxLength: 100}}},
		{Name: "participants", Description: "Who takes part in a story, who is absent or excluded",
			Options: []OptionDef{storyOption("The story (default: today's top story)")}},
		{Name: "dates", Description: "Dates of a story, or the diplomatic calendar of the next 14 days",
			Options: []OptionDef{storyOption("The story (leave empty for the calendar)")}},
		{Name: "reactions", Description: "Who reacted to a story, and how",
			Options: []OptionDef{storyOption("The story (default: today's top story)")}},
		{Name: "alert", Description: "Direct-message alerts when a story you care about breaks", Ephemeral: true,
			Options: []OptionDef{
				{Type: OptSubcommand, Name: "add", Description: "Add an alert, e.g. person:Lavrov AND Riyadh",
					Options: []OptionDef{{Type: OptString, Name: "expression", Required: true, MaxLength: 200,
						Description: `Words, "phrases", AND/OR/NOT, person: country: place: excluded:`}}},
				{Type: OptSubcommand, Name: "list", Description: "List your alerts"},
				{Type: OptSubcommand, Name: "remove", Description: "Remove one of your alerts",
					Options: []OptionDef{alertIDOption(true)}},
				{Type: OptSubcommand, Name: "pause", Description: "Pause your alerts until you resume them",
					Options: []OptionDef{alertIDOption(false)}},
				{Type: OptSubcommand, Name: "resume", Description: "Resume paused alerts",
					Options: []OptionDef{alertIDOption(false)}},
				{Type: OptSubcommand, Name: "mute", Description: "Hold all your alerts back for a while",
					Options: []OptionDef{{Type: OptString, Name: "duration", Required: true, MaxLength: 20,
						Description: "How long: 30m, 2h, 1d, 1w (max 30d), tomorrow; 0 unmutes"}}},
				{Type: OptSubcommand, Name: "quiet", Description: "Quiet hours: hold your alerts back every night (empty: show them)",
					Options: []OptionDef{
						{Type: OptString, Name: "start", Description: "Start, HH:MM in your time zone, e.g. 22:00; off removes quiet hours", MaxLength: 8},
						{Type: OptString, Name: "end", Description: "End, HH:MM, e.g. 07:00; alerts held back arrive then", MaxLength: 8},
						{Type: OptString, Name: "timezone", Description: "Your IANA time zone, e.g. Europe/Paris", Autocomplete: true, MaxLength: 64},
					}},
			}},
		{Name: "edition", Description: "The morning edition of a channel (Manage Server)", Ephemeral: true,
			DefaultMemberPermissions: PermManageServer,
			Options: []OptionDef{
				{Type: OptSubcommand, Name: "subscribe", Description: "Post a morning edition in a channel, or change it",
					Options: []OptionDef{
						channel,
						{Type: OptString, Name: "time", Description: "Local posting time, HH:MM (24-hour)", MaxLength: 5},
						{Type: OptString, Name: "timezone", Description: "IANA time zone, e.g. Europe/Paris", Autocomplete: true, MaxLength: 64},
						{Type: OptString, Name: "days", Description: "Days: every day, weekdays, or e.g. mon,wed,fri", MaxLength: 40},
						{Type: OptInt, Name: "length", Description: "Number of top stories (1-10)", MinInt: 1, MaxInt: 10},
						{Type: OptString, Name: "format", Description: "Compact or full quick looks",
							Choices: []ChoiceDef{{"compact", "compact"}, {"full", "full"}}},
						{Type: OptString, Name: "countries", Description: "Only stories involving these countries (comma-separated)", MaxLength: 200},
						{Type: OptString, Name: "people", Description: "Only stories naming these people (comma-separated)", MaxLength: 200},
						{Type: OptString, Name: "keywords", Description: "Only stories with these words (comma-separated)", MaxLength: 200},
					}},
				{Type: OptSubcommand, Name: "unsubscribe", Description: "Stop the morning edition of a channel",
					Options: []OptionDef{channel}},
				{Type: OptSubcommand, Name: "settings", Description: "Show the editions of this server",
					Options: []OptionDef{channel}},
				{Type: OptSubcommand, Name: "preview", Description: "Show what the next edition would look like",
					Options: []OptionDef{channel}},
			}},
		{Name: "sources", Description: "News sources Attache reads (Manage Server)", Ephemeral: true,
			DefaultMemberPermissions: PermManageServer,
			Options: []OptionDef{
				{Type: OptSubcommand, Name: "list", Description: "List the news sources and their health"},
				{Type: OptSubcommand, Name: "add", Description: "Add a feed or page",
					Options: []OptionDef{
						{Type: OptString, Name: "name", Description: "Short unique name, e.g. reuters-world", Required: true, MaxLength: 40},
						{Type: OptString, Name: "url", Description: "The feed or page URL (http or https)", Required: true, MaxLength: 2000},
						{Type: OptString, Name: "kind", Description: "Feed (RSS, Atom, JSON Feed) or a single page",
							Choices: []ChoiceDef{{"feed", "feed"}, {"page", "page"}}},
					}},
				{Type: OptSubcommand, Name: "remove", Description: "Remove a source added from this server",
					Options: []OptionDef{{Type: OptString, Name: "name", Description: "The source", Required: true, Autocomplete: true, MaxLength: 100}}},
			}},
		{Name: "help", Description: "What each Attache command does", Ephemeral: true},
	}
}

// DefinitionsHash is a stable hash of the command definitions: adapters
// store it and bulk-overwrite the commands only when it changes.
func DefinitionsHash(defs []CommandDef) string {
	b, err := json.Marshal(defs) // field order is fixed by the struct, so the encoding is stable
	if err != nil {
		panic("bot: command definitions do not encode: " + err.Error()) // plain data; cannot happen
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// DefersEphemeral reports whether a deferred reply to req should be
// ephemeral: components always, commands as their definition says.
func DefersEphemeral(defs []CommandDef, req *Request) bool {
	if req.Kind == KindComponent {
		return true
	}
	for _, d := range defs {
		if d.Name == req.Name {
			return d.Ephemeral
		}
	}
	return true
}
