package fakediscord

import (
	"encoding/json"

	"github.com/bwmarrin/discordgo"
)

// AsUser is user u invoking a command in the first guild's first text channel with the
// permissions perms (e.g. PermMember, PermMember|PermManageGuild). A user who is a member of that
// guild carries their roles; any other user is added to the fake's known users (so a DM channel
// opened with them names them).
func (f *Fake) AsUser(u User, perms int64) Invoker {
	g := f.firstGuild()
	in := Invoker{GuildID: g.ID, ChannelID: g.firstText(), User: u, Permissions: perms, Locale: "en-US"}
	for _, m := range g.Members {
		if m.User.ID == u.ID {
			in.Roles = m.Roles
		}
	}
	f.mu.Lock()
	if _, ok := f.users[u.ID]; !ok {
		f.users[u.ID] = u
	}
	f.mu.Unlock()
	return in
}

// DMOpens counts the successful Create DM calls (POST /users/@me/channels) the bot made for a
// recipient. As on Discord, opening a DM channel succeeds even when the user's DMs are closed;
// sending to it fails with 50007.
func (f *Fake) DMOpens(userID string) int {
	n := 0
	for _, c := range f.CallsTo(RouteCreateDM) {
		var body struct {
			RecipientID string `json:"recipient_id"`
		}
		if c.Status == 200 && json.Unmarshal(c.Body, &body) == nil && body.RecipientID == userID {
			n++
		}
	}
	return n
}

// DMMessages returns the messages the bot posted in its DM channel with a user, oldest first;
// nil when no DM channel was opened. Refused sends (closed DMs) are not messages.
func (f *Fake) DMMessages(userID string) []*discordgo.Message {
	ch, ok := f.DMChannel(userID)
	if !ok {
		return nil
	}
	return f.Messages(ch)
}

// Posts returns the messages the bot created in a channel with Create Message (POST
// /channels/{id}/messages), oldest first: scheduled posts, not interaction responses or
// follow-ups (Messages returns those too).
func (f *Fake) Posts(channelID string) []*discordgo.Message {
	f.mu.Lock()
	var objs []map[string]any
	if ch := f.channels[channelID]; ch != nil {
		for _, id := range ch.msgIDs {
			if ms := f.messages[id]; ms != nil && !ms.deleted && ms.interactionID == "" {
				objs = append(objs, ms.obj)
			}
		}
	}
	b, _ := json.Marshal(objs)
	f.mu.Unlock()
	var out []*discordgo.Message
	_ = json.Unmarshal(b, &out)
	return out
}
