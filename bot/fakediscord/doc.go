// Package fakediscord is an in-process fake Discord for tests: a REST API (/api/v9 and /api/v10)
// and a gateway websocket on one httptest server on 127.0.0.1, spoken to by the real
// github.com/bwmarrin/discordgo v0.29.0 client. It is test support, imported by other packages'
// tests; it never touches the network beyond loopback.
//
// # Wiring a bot
//
//	f := fakediscord.New(t, fakediscord.Options{})   // cleanup: shut down, fail on violations
//	s := f.NewSession(t)                              // discordgo session, token + client wired
//	// or, for a bot that builds its own session:
//	//   s, _ := discordgo.New("Bot " + f.Token()); s.Client = f.HTTPClient()
//	// (HTTPClient rewrites any host to the fake; APIBase() is the base URL if the bot takes one.)
//	s.AddHandler(myInteractionHandler)
//	if err := s.Open(); err != nil { t.Fatal(err) }   // GET /gateway -> HELLO, IDENTIFY, READY, GUILD_CREATE
//
// The default world (Options zero value): application/bot DefaultAppID, guild DefaultGuildID with
// text channel DefaultChannelID ("general") and announcement channel DefaultNewsChannelID,
// members alice (DefaultAdminUserID, owner, admin role) and bob (DefaultMemberUserID).
//
// # Driving interactions
//
//	id := f.SlashCommand(t, f.AsAdmin(), "brief", fakediscord.StrOpt("topic", "riyadh"))
//	id  = f.SlashCommand(t, f.AsMember(), "edition", fakediscord.SubCommand("subscribe",
//	        fakediscord.ChannelOpt("channel", fakediscord.DefaultChannelID)))   // no Manage Server
//	id  = f.Autocomplete(t, f.AsAdmin(), "brief", fakediscord.FocusedOpt("topic", "riy"))
//	id  = f.ClickButton(t, f.AsMember(), "participants:42", msgID)  // msgID: a message the bot posted
//	id  = f.SlashCommand(t, f.InDM(fakediscord.User{ID: "13...", Username: "dora"}), "help")
//	rec := f.WaitCallback(t, id, 5*time.Second)   // InteractionRecord: type, body, Latency()
//	msg, _ := f.OriginalResponse(id)              // after type 4, or 5 + PATCH @original
//
// Payloads have string snowflakes and permissions, application_id and a unique token, so
// discordgo decodes them fully. Invoker.WithPermissions sets the member's permission bits
// (PermManageGuild = 1<<5 is in PermAdmin, not in PermMember). Dispatches sent before the bot
// connects are delivered after READY; dispatches sent while it is disconnected are replayed on
// RESUME. The dispatch time (for the 3 s deadline and Latency) is stamped when the frame is
// written; CallbackLatencies returns dispatch->callback latency of every answered interaction.
//
// For an HTTP interactions endpoint, NewSigner makes an Ed25519 key pair;
// f.PostInteraction(ctx, signer, url, f.NewSlashCommand(...)) POSTs a signed payload and records
// and validates the inline answer like a REST callback; signer.Post with SignBad, SignTampered,
// SignStale, SignMissing sends what the endpoint must reject with 401.
//
// # What is checked
//
// Every request body is validated against Discord's OpenAPI document (../shared/discord/openapi.json
// from the repository root, or $ATTACHE_DISCORD_OPENAPI; the test is skipped when it is absent),
// trimmed to the routes served and built once per process with lazily compiled schemas (~0.3 s).
// On top of it the fake checks what the document does not: allowed_mentions must be present with
// parse == [] (an empty list: users/roles lists are allowed) on every body carrying content or
// embeds; content <= 2000 characters; embed limits (10 embeds, title 256, description 4096,
// 25 fields, field name 256 / value 1024, footer 2048, author 256, 6000 total); components (5 rows,
// 5 buttons per row, a select alone in its row, custom_id 1-100, label <= 80); commands (CHAT_INPUT
// names lowercase and matching Discord's regex, descriptions 1-100, <= 25 options, required before
// optional, unique names, <= 25 choices, no autocomplete with choices, subcommand nesting); the
// callback type against the interaction type, <= 25 autocomplete choices, one callback per
// interaction (40060), the 3 s deadline (10062), the 15 min token; scheduled events (future start,
// EXTERNAL needs location and end time). A violation is answered with 400 + 50035 (or the code
// Discord uses) and recorded; New fails the test at cleanup for each one not excused with
// Tolerate. Violations() lists them. Unknown routes are violations too ("route").
//
// The document says default_member_permissions is an integer; Discord documents a string and
// discordgo sends one, so the fake accepts both.
//
// # Recording, waiting, faults
//
// Calls, CallsTo(route), WaitCall(t, timeout, pred) and WaitRoute(t, timeout, route, n) expose
// every REST call (method, path, Route template such as RouteCreateMessage, body, arrival time,
// status). WaitFor(t, timeout, what, cond) waits on any condition without sleeping. Messages,
// Message, Commands, ScheduledEvents and DMChannel show the fake's state; Posts(channel) only the
// messages created with Create Message (scheduled posts, not interaction answers),
// DMMessages(user) what was delivered to a user's DMs and DMOpens(user) how often a DM channel
// was opened with them. Options.ClosedDMs or CloseDMs(user, true) make sends to a user's DM
// channel fail as on Discord (403, code 50007 "Cannot send messages to this user"). AsUser(u,
// perms) invokes commands as any user with chosen permissions.
//
// Rate limits: per-route buckets (Options.RouteLimit, SetRouteLimit) keyed by route and top-level
// resource, a global 50 requests/s window (interaction callbacks and webhook-token routes
// exempt), real X-RateLimit-* headers, and on 429 Retry-After, X-RateLimit-Scope,
// X-RateLimit-Global and {"message","retry_after","global"}. RateLimited counts 429s and
// InvalidRequests counts 401/403/429. InjectFault/FailNext make the next N requests of a route
// fail with 500, 502 or 429; SetLatency adds latency. Note that discordgo v0.29.0 retries 429s
// (honouring retry_after) and 502s, not 500s, and keeps one request in flight per bucket.
//
// Gateway: Dispatch(t, event, d) sends any event with the next sequence number; Reconnect sends
// op 7 (discordgo closes after a 1 s pause, redials and RESUMEs), InvalidSession op 9,
// DropConnection kills the socket, SetHeartbeatAck(false) stops ACKs, Gateway() reports
// IDENTIFY/RESUME/heartbeat counts. discordgo v0.29.0 has a race between its heartbeat goroutine
// and the 1 s pause of an op-7 close that can make it RESUME twice (never re-IDENTIFY); the
// default heartbeat interval (10 s) keeps that rare — assert Resumes >= 1, not == 1.
package fakediscord
