package fakediscord_test

import (
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot/fakediscord"
)

// TestDMHelpers: DMOpens counts DM channel creations per recipient (closed DMs included, as on
// Discord), DMMessages holds only what was delivered, and CloseDMs switches a user at run time.
func TestDMHelpers(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	s := f.NewSession(t)
	send := func(user, text string) error {
		ch, err := s.UserChannelCreate(user)
		if err != nil {
			return err
		}
		_, err = s.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{Content: text, AllowedMentions: noMentions()})
		return err
	}
	bob := fakediscord.DefaultMemberUserID
	if err := send(bob, "first"); err != nil {
		t.Fatal(err)
	}
	f.CloseDMs(bob, true)
	if err := send(bob, "refused"); restCode(err) != 50007 {
		t.Fatalf("closed DMs: want 50007, got %v", err)
	}
	f.CloseDMs(bob, false)
	if err := send(bob, "again"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		user  string
		opens int
		texts []string
	}{
		{bob, 3, []string{"first", "again"}},
		{fakediscord.DefaultAdminUserID, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.user, func(t *testing.T) {
			if got := f.DMOpens(tt.user); got != tt.opens {
				t.Errorf("DMOpens = %d, want %d", got, tt.opens)
			}
			var texts []string
			for _, m := range f.DMMessages(tt.user) {
				texts = append(texts, m.Content)
			}
			if len(texts) != len(tt.texts) || (len(texts) > 0 && (texts[0] != tt.texts[0] || texts[1] != tt.texts[1])) {
				t.Errorf("DMMessages = %q, want %q", texts, tt.texts)
			}
		})
	}
}

// TestPostsAndAsUser: Posts lists what the bot created with Create Message, not interaction
// answers in the same channel; AsUser sends an interaction as any user with chosen permissions.
func TestPostsAndAsUser(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	type seen struct {
		user  string
		perms int64
	}
	got := make(chan seen, 1)
	s := openBot(t, f, func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		if i.Member != nil && i.Member.User != nil {
			got <- seen{i.Member.User.ID, i.Member.Permissions}
		}
		reply(s, i)
	})
	if _, err := s.ChannelMessageSendComplex(fakediscord.DefaultChannelID,
		&discordgo.MessageSend{Content: "edition", AllowedMentions: noMentions()}); err != nil {
		t.Fatal(err)
	}
	dora := fakediscord.User{ID: "1300000000000000099", Username: "dora"}
	id := f.SlashCommand(t, f.AsUser(dora, fakediscord.PermMember|fakediscord.PermManageGuild), "brief")
	f.WaitCallback(t, id, waitLong)
	if g := <-got; g.user != dora.ID || g.perms != fakediscord.PermMember|fakediscord.PermManageGuild {
		t.Errorf("interaction from %s with permissions %b", g.user, g.perms)
	}
	if n := len(f.Messages(fakediscord.DefaultChannelID)); n != 2 {
		t.Errorf("Messages = %d, want 2 (the post and the reply)", n)
	}
	posts := f.Posts(fakediscord.DefaultChannelID)
	if len(posts) != 1 || posts[0].Content != "edition" {
		t.Errorf("Posts = %+v, want only the edition", posts)
	}
}
