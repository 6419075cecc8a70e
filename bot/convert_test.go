package bot

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestConvertAllowedMentionsParseEmpty(t *testing.T) {
	r := StoryMessage(riyadhStory())
	r.Content = "@everyone <@123>"
	r.Notice = "notice"
	for name, v := range map[string]any{
		"interaction response": InteractionResponse(KindCommand, r),
		"update":               InteractionResponse(KindComponent, Response{Content: "x", Update: true}),
		"webhook edit":         WebhookEdit(r),
		"message send":         MessageSend(r),
		"followup":             FollowupNotice(r),
	} {
		t.Run(name, func(t *testing.T) {
			js := mustJSON(t, v)
			if !strings.Contains(js, `"allowed_mentions":{"parse":[]`) {
				t.Errorf("no \"parse\":[] in %s", js)
			}
			if strings.Contains(js, `"parse":null`) {
				t.Errorf("parse is null in %s", js)
			}
		})
	}
}

func TestInteractionResponse(t *testing.T) {
	r := StoryMessage(riyadhStory())
	r.Ephemeral = true
	got := InteractionResponse(KindCommand, r)
	if got.Type != discordgo.InteractionResponseChannelMessageWithSource || got.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("type %d flags %d", got.Type, got.Data.Flags)
	}
	js := mustJSON(t, got)
	for _, want := range []string{`"flags":64`, `"custom_id":"story:participants:` + riyadhStory().ID + `"`, `}],"type":1}]`,
		`"title":"US-Russia talks on Ukraine in Riyadh exclude Kyiv"`, `"url":"https://newslooks.example/riyadh"`,
		`"footer":{"text":"2 outlets: Newslooks, Reuters"}`, `"timestamp":"2025-02-17T08:00:00Z"`} {
		if !strings.Contains(js, want) {
			t.Errorf("missing %s in %s", want, js)
		}
	}
	public := InteractionResponse(KindCommand, Response{Content: "hi"})
	if public.Data.Flags != 0 || !strings.Contains(mustJSON(t, public), `"components":[]`) {
		t.Errorf("public response: %s", mustJSON(t, public))
	}
	ac := InteractionResponse(KindAutocomplete, Response{Choices: []Choice{{"Riyadh", "Riyadh"}}})
	if ac.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(ac.Data.Choices) != 1 || ac.Data.Choices[0].Value != "Riyadh" {
		t.Errorf("autocomplete: %s", mustJSON(t, ac))
	}
	if d := DeferredResponse(KindCommand, true, false); d.Type != 5 || d.Data.Flags != 64 {
		t.Errorf("defer: %s", mustJSON(t, d))
	}
	if d := DeferredResponse(KindComponent, false, true); d.Type != 6 {
		t.Errorf("component defer: %s", mustJSON(t, d))
	}
	many := make([]Button, 7)
	for i := range many {
		many[i] = Button{Label: "b", CustomID: "x", Style: StylePrimary}
	}
	if rows := components(many); len(rows) != 2 || len(rows[1].(discordgo.ActionsRow).Components) != 2 {
		t.Errorf("rows = %+v", rows)
	}
}

func TestApplicationCommands(t *testing.T) {
	cmds := ApplicationCommands(Commands())
	byName := map[string]*discordgo.ApplicationCommand{}
	for _, c := range cmds {
		byName[c.Name] = c
	}
	ed := byName["edition"]
	if ed == nil || ed.DefaultMemberPermissions == nil || *ed.DefaultMemberPermissions != PermManageServer {
		t.Fatalf("edition = %+v", ed)
	}
	if js := mustJSON(t, ed); !strings.Contains(js, `"default_member_permissions":"32"`) {
		t.Errorf("permissions not a string: %s", js)
	}
	if byName["brief"].DefaultMemberPermissions != nil {
		t.Error("/brief restricted")
	}
	sub := ed.Options[0]
	if sub.Type != discordgo.ApplicationCommandOptionSubCommand || sub.Name != "subscribe" {
		t.Fatalf("first option %+v", sub)
	}
	var tz, length, channel *discordgo.ApplicationCommandOption
	for _, o := range sub.Options {
		switch o.Name {
		case "timezone":
			tz = o
		case "length":
			length = o
		case "channel":
			channel = o
		}
	}
	if tz == nil || !tz.Autocomplete || tz.Type != discordgo.ApplicationCommandOptionString {
		t.Errorf("timezone = %+v", tz)
	}
	if length == nil || length.MinValue == nil || *length.MinValue != 1 || length.MaxValue != 10 {
		t.Errorf("length = %+v", length)
	}
	if channel == nil || len(channel.ChannelTypes) != 2 {
		t.Errorf("channel = %+v", channel)
	}
}

// interactionJSON is an INTERACTION_CREATE payload as Discord sends it.
const interactionJSON = `{"id":"1001","application_id":"55","type":%d,"token":"tok","version":1,
 "guild_id":"100","channel_id":"200","locale":"fr",
 "member":{"user":{"id":"300","username":"alice","discriminator":"0"},"nick":"Alice","roles":[],
           "permissions":"40","joined_at":"2024-01-01T00:00:00Z"},
 "data":%s}`

func decodeInteraction(t *testing.T, typ int, data string) *discordgo.Interaction {
	t.Helper()
	var i discordgo.Interaction
	js := strings.Replace(strings.Replace(interactionJSON, "%d", string(rune('0'+typ)), 1), "%s", data, 1)
	if err := json.Unmarshal([]byte(js), &i); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return &i
}

func TestRequestFromInteraction(t *testing.T) {
	now := time.Date(2025, 2, 17, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		typ   int
		data  string
		check func(t *testing.T, r Request)
	}{
		{"slash command", 2, `{"id":"9","name":"brief","type":1,"options":[{"name":"topic","type":3,"value":"riyadh"}]}`,
			func(t *testing.T, r Request) {
				if r.Kind != KindCommand || r.Name != "brief" || r.Str("topic") != "riyadh" || r.Subcommand != "" {
					t.Errorf("%+v", r)
				}
			}},
		{"subcommand with typed options", 2, `{"id":"9","name":"edition","type":1,"options":[{"name":"subscribe","type":1,"options":[
			{"name":"channel","type":7,"value":"201"},{"name":"length","type":4,"value":3},{"name":"time","type":3,"value":"07:30"}]}]}`,
			func(t *testing.T, r Request) {
				n, ok := r.Int("length")
				if r.Route() != "edition subscribe" || r.Channel("channel") != "201" || !ok || n != 3 || r.Str("time") != "07:30" {
					t.Errorf("%+v", r)
				}
			}},
		{"autocomplete focused", 4, `{"id":"9","name":"alert","type":1,"options":[{"name":"remove","type":1,"options":[
			{"name":"alert","type":3,"value":"lav","focused":true}]}]}`,
			func(t *testing.T, r Request) {
				o, ok := r.Focused()
				if r.Kind != KindAutocomplete || r.Route() != "alert remove" || !ok || o.String != "lav" {
					t.Errorf("%+v", r)
				}
			}},
		{"focused integer is raw text", 4, `{"id":"9","name":"x","type":1,"options":[{"name":"n","type":4,"value":"1","focused":true}]}`,
			func(t *testing.T, r Request) {
				if o, _ := r.Focused(); o.String != "1" || o.Int != 1 {
					t.Errorf("%+v", o)
				}
			}},
		{"button", 3, `{"custom_id":"story:dates:abc","component_type":2}`,
			func(t *testing.T, r Request) {
				if r.Kind != KindComponent || r.CustomID != "story:dates:abc" {
					t.Errorf("%+v", r)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := RequestFromInteraction(decodeInteraction(t, tt.typ, tt.data), now)
			if !ok {
				t.Fatal("not converted")
			}
			if r.UserID != "300" || r.UserName != "Alice" || r.GuildID != "100" || r.ChannelID != "200" ||
				r.Permissions != 40 || r.Locale != "fr" || !r.Now.Equal(now) || !r.HasPermission(PermManageServer) {
				t.Errorf("common fields: %+v", r)
			}
			tt.check(t, r)
		})
	}
	dm := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: "7", Username: "bob"},
		Data: discordgo.ApplicationCommandInteractionData{Name: "help"}}
	if r, ok := RequestFromInteraction(dm, now); !ok || r.UserID != "7" || r.GuildID != "" || r.HasPermission(PermManageServer) {
		t.Errorf("dm: %+v", r)
	}
	if _, ok := RequestFromInteraction(&discordgo.Interaction{Type: discordgo.InteractionPing}, now); ok {
		t.Error("ping converted")
	}
}
