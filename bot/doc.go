// Package bot owns Attache's Discord conversation, free of any transport:
// the request and response values handlers exchange, the Router that
// dispatches slash commands, autocomplete and button clicks, the command
// definitions (registered by the adapters with one bulk overwrite), the
// handlers themselves (/brief, /participants, /dates, /reactions, /alert,
// /edition, /sources, /help) and the rendering of stories into Discord
// messages that respect every Discord limit and neutralise hostile text.
//
// Adapters (the gateway and HTTP-interactions adapters in bot/discord, the
// terminal in bot/console) turn their input into a Request, call
// Router.Handle and send the Response. The only file that knows discordgo
// is convert.go, which holds pure conversion functions for those adapters.
package bot
