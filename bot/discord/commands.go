package discord

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot"
)

// SyncCommands makes the application's slash commands (global, or guildID's
// when set) match defs with at most one request that changes anything: it
// reads the registered commands and bulk-overwrites them only when they
// differ from defs in a field Attache sets. It reports whether it wrote.
func SyncCommands(ctx context.Context, s *discordgo.Session, appID, guildID string, defs []bot.CommandDef, log *slog.Logger) (changed bool, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if appID == "" {
		return false, fmt.Errorf("discord: sync commands: no application ID")
	}
	scope := "global"
	if guildID != "" {
		scope = "guild " + guildID
	}
	want := bot.ApplicationCommands(defs)
	have, err := s.ApplicationCommands(appID, guildID, discordgo.WithContext(ctx))
	if err != nil {
		return false, fmt.Errorf("discord: list %s commands: %w", scope, err)
	}
	hash := bot.DefinitionsHash(defs)
	if sameCommands(want, have) {
		log.Info("discord: commands up to date", "scope", scope, "commands", len(want), "definitions_hash", hash)
		return false, nil
	}
	if _, err := s.ApplicationCommandBulkOverwrite(appID, guildID, want, discordgo.WithContext(ctx)); err != nil {
		return false, fmt.Errorf("discord: overwrite %s commands: %w", scope, err)
	}
	log.Info("discord: commands registered", "scope", scope, "commands", len(want), "previous", len(have), "definitions_hash", hash)
	return true, nil
}

// canonCommand is the part of a command Attache defines, in a form where
// what Discord fills in (IDs, versions, defaults) does not show.
type canonCommand struct {
	Type        int           `json:"type"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Permissions int64         `json:"permissions"`
	Contexts    []int         `json:"contexts"`
	Options     []canonOption `json:"options"`
}

type canonOption struct {
	Type         int           `json:"type"`
	Name         string        `json:"name"`
	Description  string        `json:"description"`
	Required     bool          `json:"required"`
	Autocomplete bool          `json:"autocomplete"`
	Choices      []string      `json:"choices"`
	ChannelTypes []int         `json:"channel_types"`
	MinValue     *float64      `json:"min_value"`
	MaxValue     float64       `json:"max_value"`
	MinLength    int           `json:"min_length"`
	MaxLength    int           `json:"max_length"`
	Options      []canonOption `json:"options"`
}

// sameCommands compares what Attache wants registered with what Discord
// holds. Contexts count only for commands whose definition sets them
// (Discord reports its default otherwise).
func sameCommands(want, have []*discordgo.ApplicationCommand) bool {
	if len(want) != len(have) {
		return false
	}
	w := canonCommands(want)
	h := canonCommands(have)
	setsContexts := map[string]bool{}
	for _, c := range w {
		setsContexts[fmt.Sprint(c.Type, "/", c.Name)] = c.Contexts != nil
	}
	for i := range h {
		if !setsContexts[fmt.Sprint(h[i].Type, "/", h[i].Name)] {
			h[i].Contexts = nil
		}
	}
	wb, err1 := json.Marshal(w)
	hb, err2 := json.Marshal(h)
	return err1 == nil && err2 == nil && bytes.Equal(wb, hb)
}

func canonCommands(cmds []*discordgo.ApplicationCommand) []canonCommand {
	out := make([]canonCommand, 0, len(cmds))
	for _, c := range cmds {
		if c == nil {
			continue
		}
		cc := canonCommand{Type: int(c.Type), Name: c.Name, Description: c.Description, Options: canonOptions(c.Options)}
		if cc.Type == 0 {
			cc.Type = int(discordgo.ChatApplicationCommand)
		}
		if c.DefaultMemberPermissions != nil {
			cc.Permissions = *c.DefaultMemberPermissions
		}
		if c.Contexts != nil {
			cc.Contexts = []int{}
			for _, x := range *c.Contexts {
				cc.Contexts = append(cc.Contexts, int(x))
			}
			slices.Sort(cc.Contexts)
		}
		out = append(out, cc)
	}
	slices.SortFunc(out, func(a, b canonCommand) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Name, b.Name))
	})
	return out
}

func canonOptions(opts []*discordgo.ApplicationCommandOption) []canonOption {
	var out []canonOption
	for _, o := range opts {
		if o == nil {
			continue
		}
		co := canonOption{Type: int(o.Type), Name: o.Name, Description: o.Description, Required: o.Required,
			Autocomplete: o.Autocomplete, MinValue: o.MinValue, MaxValue: o.MaxValue, MaxLength: o.MaxLength,
			Options: canonOptions(o.Options)}
		if o.MinLength != nil {
			co.MinLength = *o.MinLength
		}
		for _, ch := range o.Choices {
			if ch != nil {
				co.Choices = append(co.Choices, fmt.Sprintf("%s=%v", ch.Name, ch.Value))
			}
		}
		for _, t := range o.ChannelTypes {
			co.ChannelTypes = append(co.ChannelTypes, int(t))
		}
		slices.Sort(co.ChannelTypes)
		out = append(out, co)
	}
	return out
}
