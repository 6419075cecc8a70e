package bot

// This is the only file of package bot that knows discordgo: pure functions
// converting between discordgo's types and the bot's Request and Response,
// for the gateway and HTTP-interactions adapters.

import (
	"fmt"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// NoMentions is the allowed_mentions of every message Attache sends:
// "parse": [] (an empty list, not null), so nothing in a story pings anyone.
func NoMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// InteractionResponse converts a response to the callback of an
// interaction of kind k: autocomplete results (type 8), a message update
// (type 7, components with Update) or a message (type 4).
func InteractionResponse(k Kind, r Response) *discordgo.InteractionResponse {
	if k == KindAutocomplete {
		choices := make([]*discordgo.ApplicationCommandOptionChoice, len(r.Choices))
		for i, c := range r.Choices {
			choices[i] = &discordgo.ApplicationCommandOptionChoice{Name: c.Name, Value: c.Value}
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices}}
	}
	typ := discordgo.InteractionResponseChannelMessageWithSource
	if k == KindComponent && r.Update {
		typ = discordgo.InteractionResponseUpdateMessage
	}
	data := &discordgo.InteractionResponseData{
		Content:         r.Content,
		Embeds:          embeds(r.Embeds),
		Components:      components(r.Buttons),
		AllowedMentions: NoMentions(),
	}
	if r.Ephemeral && typ != discordgo.InteractionResponseUpdateMessage {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: typ, Data: data}
}

// DeferredResponse acknowledges an interaction whose answer takes longer
// than Discord's 3 seconds: type 5 (a message will follow, ephemeral or
// not; it cannot change later), or type 6 for a component update.
func DeferredResponse(k Kind, ephemeral, update bool) *discordgo.InteractionResponse {
	if k == KindComponent && update {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if ephemeral {
		r.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return r
}

// WebhookEdit converts a response to the edit of a deferred reply
// (PATCH .../messages/@original). Content, embeds and components are always
// set, so the edit replaces whatever the message held.
func WebhookEdit(r Response) *discordgo.WebhookEdit {
	content := r.Content
	e := embeds(r.Embeds)
	c := components(r.Buttons)
	return &discordgo.WebhookEdit{Content: &content, Embeds: &e, Components: &c, AllowedMentions: NoMentions()}
}

// FollowupNotice converts a response's Notice to an ephemeral follow-up
// message, or nil when there is none.
func FollowupNotice(r Response) *discordgo.WebhookParams {
	if r.Notice == "" {
		return nil
	}
	return &discordgo.WebhookParams{Content: r.Notice, Flags: discordgo.MessageFlagsEphemeral,
		Components: []discordgo.MessageComponent{}, AllowedMentions: NoMentions()}
}

// MessageSend converts a response to a channel or DM message (editions,
// alerts).
func MessageSend(r Response) *discordgo.MessageSend {
	return &discordgo.MessageSend{Content: r.Content, Embeds: embeds(r.Embeds), Components: components(r.Buttons),
		StickerIDs: []string{}, AllowedMentions: NoMentions()}
}

func embeds(in []Embed) []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, 0, len(in))
	for _, e := range in {
		m := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: e.Title, URL: e.URL,
			Description: e.Description, Color: e.Color}
		if !e.Timestamp.IsZero() {
			m.Timestamp = e.Timestamp.UTC().Format(time.RFC3339)
		}
		if e.Footer != "" {
			m.Footer = &discordgo.MessageEmbedFooter{Text: e.Footer}
		}
		for _, f := range e.Fields {
			m.Fields = append(m.Fields, &discordgo.MessageEmbedField{Name: f.Name, Value: f.Value, Inline: f.Inline})
		}
		out = append(out, m)
	}
	return out
}

// components lays buttons out in action rows of five.
func components(buttons []Button) []discordgo.MessageComponent {
	out := []discordgo.MessageComponent{}
	var row discordgo.ActionsRow
	for _, b := range buttons {
		row.Components = append(row.Components, discordgo.Button{Label: b.Label, Style: discordgo.ButtonStyle(b.Style),
			CustomID: b.CustomID, URL: b.URL})
		if len(row.Components) == 5 {
			out = append(out, row)
			row = discordgo.ActionsRow{}
		}
	}
	if len(row.Components) > 0 {
		out = append(out, row)
	}
	return out
}

// ApplicationCommands converts the definitions for a bulk overwrite.
func ApplicationCommands(defs []CommandDef) []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, len(defs))
	for i, d := range defs {
		c := &discordgo.ApplicationCommand{Type: discordgo.ChatApplicationCommand, Name: d.Name,
			Description: d.Description, Options: commandOptions(d.Options)}
		if d.DefaultMemberPermissions != 0 {
			perms := d.DefaultMemberPermissions
			c.DefaultMemberPermissions = &perms
			c.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
		}
		out[i] = c
	}
	return out
}

func commandOptions(defs []OptionDef) []*discordgo.ApplicationCommandOption {
	if len(defs) == 0 {
		return nil
	}
	out := make([]*discordgo.ApplicationCommandOption, len(defs))
	for i, o := range defs {
		c := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionType(o.Type), Name: o.Name,
			Description: o.Description, Required: o.Required, Autocomplete: o.Autocomplete,
			Options: commandOptions(o.Options), MaxLength: o.MaxLength}
		for _, ch := range o.Choices {
			c.Choices = append(c.Choices, &discordgo.ApplicationCommandOptionChoice{Name: ch.Name, Value: ch.Value})
		}
		for _, t := range o.ChannelTypes {
			c.ChannelTypes = append(c.ChannelTypes, discordgo.ChannelType(t))
		}
		if o.MaxInt > o.MinInt {
			lo := float64(o.MinInt)
			c.MinValue, c.MaxValue = &lo, float64(o.MaxInt)
		}
		out[i] = c
	}
	return out
}

// RequestFromInteraction converts an interaction to a Request; ok is false
// for interactions the router does not handle (PING, modals).
func RequestFromInteraction(i *discordgo.Interaction, now time.Time) (req Request, ok bool) {
	req = Request{GuildID: i.GuildID, ChannelID: i.ChannelID, Locale: string(i.Locale), Now: now}
	switch {
	case i.Member != nil:
		req.Permissions = i.Member.Permissions
		if i.Member.User != nil {
			req.UserID, req.UserName = i.Member.User.ID, i.Member.User.Username
		}
		if i.Member.Nick != "" {
			req.UserName = i.Member.Nick
		}
	case i.User != nil:
		req.UserID, req.UserName = i.User.ID, i.User.Username
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data, isCmd := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !isCmd {
			return Request{}, false
		}
		req.Kind = KindCommand
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			req.Kind = KindAutocomplete
		}
		req.Name = data.Name
		opts := data.Options
		for len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand ||
			opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
			if req.Subcommand != "" {
				req.Subcommand += " "
			}
			req.Subcommand += opts[0].Name
			opts = opts[0].Options
		}
		for _, o := range opts {
			req.Options = append(req.Options, convertOption(o))
		}
		return req, true
	case discordgo.InteractionMessageComponent:
		data, isComp := i.Data.(discordgo.MessageComponentInteractionData)
		if !isComp {
			return Request{}, false
		}
		req.Kind = KindComponent
		req.CustomID = data.CustomID
		return req, true
	}
	return Request{}, false
}

// convertOption converts an option value without discordgo's panicking
// accessors: a focused option carries the raw text typed so far.
func convertOption(o *discordgo.ApplicationCommandInteractionDataOption) Option {
	out := Option{Name: o.Name, Type: OptionType(o.Type), Focused: o.Focused}
	switch v := o.Value.(type) {
	case string:
		out.String = v
		switch out.Type {
		case OptChannel:
			out.Channel = v
		case OptInt:
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				out.Int = n
			}
		case OptBool:
			out.Bool = v == "true"
		}
	case float64:
		out.Int = int64(v)
		out.String = strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		out.Bool = v
		out.String = strconv.FormatBool(v)
	case nil:
	default:
		out.String = fmt.Sprint(v)
	}
	return out
}
