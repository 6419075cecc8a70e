// Package discord connects Attache's transport-free handlers (package bot)
// to Discord through github.com/bwmarrin/discordgo.
//
// It owns three adapters that share one way of answering an interaction:
//
//   - Gateway: a discordgo gateway session (optionally one shard) that
//     registers the slash commands with a single bulk overwrite when their
//     definitions changed, receives INTERACTION_CREATE and answers it;
//   - Endpoint: an http.Handler for Discord's HTTP interactions mode
//     (Ed25519-verified POSTs, PING/PONG, inline answers);
//   - Sender (sender.go): posts editions and alerts for package delivery.
//
// Every interaction is answered within Discord's 3-second window: when the
// handler has not returned after Options.DeferAfter (1.5 s by default) the
// adapter acknowledges with a deferred response and completes it once the
// handler is done: a command gets a deferred message (type 5, ephemeral
// when the command's replies are) that is then edited; a button gets a
// deferred update (type 6), then the answer arrives as a follow-up (or
// edits the clicked message when the handler asks for an update).
// Autocomplete never defers: a slow one is answered with no choices. Handler
// failures reach the user as a short ephemeral message; details go to the
// log. Every message carries allowed_mentions {"parse": []}.
//
// All REST traffic can be sent to another API base (a REST proxy such as
// nirn-proxy, or a local fake Discord) with Options.APIBase; the gateway URL
// then comes from that API's GET /gateway answer. The bot token is never
// logged or included in errors.
package discord
