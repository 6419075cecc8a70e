package fakediscord

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Route templates the fake serves (method + path below /api/v9 or /api/v10), as found in
// Call.Route and accepted by SetRouteLimit, InjectFault and CallsTo.
const (
	RouteGateway              = "GET /gateway"
	RouteGatewayBot           = "GET /gateway/bot"
	RoutePutGlobalCommands    = "PUT /applications/{application_id}/commands"
	RouteGetGlobalCommands    = "GET /applications/{application_id}/commands"
	RoutePutGuildCommands     = "PUT /applications/{application_id}/guilds/{guild_id}/commands"
	RouteGetGuildCommands     = "GET /applications/{application_id}/guilds/{guild_id}/commands"
	RouteInteractionCallback  = "POST /interactions/{interaction_id}/{interaction_token}/callback"
	RouteGetOriginal          = "GET /webhooks/{webhook_id}/{webhook_token}/messages/@original"
	RouteEditOriginal         = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original"
	RouteDeleteOriginal       = "DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original"
	RouteFollowup             = "POST /webhooks/{webhook_id}/{webhook_token}"
	RouteGetWebhookMessage    = "GET /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
	RouteEditWebhookMessage   = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
	RouteDeleteWebhookMessage = "DELETE /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
	RouteCreateMessage        = "POST /channels/{channel_id}/messages"
	RouteListMessages         = "GET /channels/{channel_id}/messages"
	RouteCreateDM             = "POST /users/@me/channels"
	RouteCreateScheduledEvent = "POST /guilds/{guild_id}/scheduled-events"
)

type handler func(f *Fake, rq *request) (int, any, *apiError)

type route struct {
	name   string
	method string
	segs   []string
	auth   bool // requires Authorization: Bot <token>
	exempt bool // exempt from the global limit (interaction callback, webhook with token)
	check  func(f *Fake, rq *request) *apiError
	h      handler
}

var routes = buildRoutes()

func buildRoutes() []*route {
	var routes []*route
	add := func(name string, auth, exempt bool, h handler) {
		method, tmpl, _ := strings.Cut(name, " ")
		routes = append(routes, &route{name: name, method: method, segs: strings.Split(strings.Trim(tmpl, "/"), "/"),
			auth: auth, exempt: exempt, h: h})
	}
	add(RouteGateway, false, false, hGateway)
	add(RouteGatewayBot, true, false, hGatewayBot)
	add(RoutePutGlobalCommands, true, false, hPutCommands)
	add(RouteGetGlobalCommands, true, false, hGetCommands)
	add(RoutePutGuildCommands, true, false, hPutCommands)
	add(RouteGetGuildCommands, true, false, hGetCommands)
	add(RouteInteractionCallback, false, true, hCallback)
	// @original must precede {message_id}.
	add(RouteGetOriginal, false, true, hGetOriginal)
	add(RouteEditOriginal, false, true, hEditOriginal)
	add(RouteDeleteOriginal, false, true, hDeleteOriginal)
	add(RouteFollowup, false, true, hFollowup)
	add(RouteGetWebhookMessage, false, true, hGetWebhookMessage)
	add(RouteEditWebhookMessage, false, true, hEditWebhookMessage)
	add(RouteDeleteWebhookMessage, false, true, hDeleteWebhookMessage)
	add(RouteCreateMessage, true, false, hCreateMessage)
	add(RouteListMessages, true, false, hListMessages)
	add(RouteCreateDM, true, false, hCreateDM)
	add(RouteCreateScheduledEvent, true, false, hCreateEvent)
	return routes
}

func matchRoute(method, path string) (*route, map[string]string) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for _, rt := range routes {
		if rt.method != method || len(rt.segs) != len(segs) {
			continue
		}
		params := map[string]string{}
		ok := true
		for i, s := range rt.segs {
			if strings.HasPrefix(s, "{") {
				if segs[i] == "" {
					ok = false
					break
				}
				params[strings.Trim(s, "{}")] = segs[i]
			} else if s != segs[i] {
				ok = false
				break
			}
		}
		if ok {
			return rt, params
		}
	}
	return nil, nil
}

func hGateway(f *Fake, _ *request) (int, any, *apiError) {
	return 200, map[string]any{"url": f.GatewayURL()}, nil
}

func hGatewayBot(f *Fake, _ *request) (int, any, *apiError) {
	ids, _ := f.gw.counts()
	return 200, map[string]any{"url": f.GatewayURL(), "shards": 1, "session_start_limit": map[string]any{
		"total": 1000, "remaining": max(0, 1000-ids), "reset_after": 86400000, "max_concurrency": 1,
	}}, nil
}

var (
	errMissingAccess = &apiError{status: 403, code: 50001, message: "Missing Access"}
	errUnknownMsg    = &apiError{status: 404, code: 10008, message: "Unknown Message"}
)

func (f *Fake) hasGuild(id string) bool {
	for _, g := range f.opts.Guilds {
		if g.ID == id {
			return true
		}
	}
	return false
}

type storedCommand struct {
	obj map[string]any
	def string
}

func hPutCommands(f *Fake, rq *request) (int, any, *apiError) {
	guild := rq.params["guild_id"]
	if rq.params["application_id"] != f.opts.AppID || guild != "" && !f.hasGuild(guild) {
		return 0, nil, errMissingAccess
	}
	arr, ok := rq.json.([]any)
	if !ok {
		return 0, nil, errInvalidForm("commands", []string{"body must be a JSON array of commands"})
	}
	if probs := checkCommands(arr); len(probs) > 0 {
		return 0, nil, errInvalidForm("commands", probs)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	old := map[string]storedCommand{}
	for _, c := range f.commands[guild] {
		old[cmdKey(c.obj)] = c
	}
	var stored []storedCommand
	var out []map[string]any
	for _, c := range arr {
		cm := c.(map[string]any)
		if _, ok := cm["type"]; !ok {
			cm["type"] = float64(1)
		}
		defb, _ := json.Marshal(cm)
		obj := map[string]any{}
		for k, v := range cm {
			obj[k] = v
		}
		prev, had := old[cmdKey(cm)]
		switch {
		case had && prev.def == string(defb):
			obj["id"], obj["version"] = prev.obj["id"], prev.obj["version"]
		case had:
			obj["id"], obj["version"] = prev.obj["id"], f.Snowflake()
		default:
			id := f.Snowflake()
			obj["id"], obj["version"] = id, id
		}
		obj["application_id"] = f.opts.AppID
		if guild != "" {
			obj["guild_id"] = guild
		}
		if _, ok := obj["default_member_permissions"]; !ok {
			obj["default_member_permissions"] = nil
		}
		stored = append(stored, storedCommand{obj: obj, def: string(defb)})
		out = append(out, obj)
	}
	f.commands[guild] = stored
	if out == nil {
		out = []map[string]any{}
	}
	return 200, out, nil
}

func cmdKey(c map[string]any) string {
	t, ok := num(c, "type")
	if !ok {
		t = 1
	}
	return strconv.FormatInt(t, 10) + "/" + str(c, "name")
}

func hGetCommands(f *Fake, rq *request) (int, any, *apiError) {
	guild := rq.params["guild_id"]
	if rq.params["application_id"] != f.opts.AppID || guild != "" && !f.hasGuild(guild) {
		return 0, nil, errMissingAccess
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []map[string]any{}
	for _, c := range f.commands[guild] {
		out = append(out, c.obj)
	}
	return 200, out, nil
}

// Commands returns the commands currently registered globally (guildID "") or in a guild.
func (f *Fake) Commands(guildID string) []*discordgo.ApplicationCommand {
	f.mu.Lock()
	var objs []map[string]any
	for _, c := range f.commands[guildID] {
		objs = append(objs, c.obj)
	}
	f.mu.Unlock()
	b, _ := json.Marshal(objs)
	var out []*discordgo.ApplicationCommand
	_ = json.Unmarshal(b, &out)
	return out
}

func (f *Fake) commandID(guildID, name string) string {
	for _, scope := range []string{guildID, ""} {
		for _, c := range f.commands[scope] {
			if str(c.obj, "name") == name {
				return str(c.obj, "id")
			}
		}
	}
	return ""
}

// newMessageLocked creates and stores a message; f.mu must be held.
func (f *Fake) newMessageLocked(channelID string, body map[string]any, interactionID string, now time.Time) map[string]any {
	id := f.Snowflake()
	msg := map[string]any{
		"id": id, "channel_id": channelID, "type": 0,
		"content": "", "embeds": []any{}, "components": []any{}, "attachments": []any{},
		"mentions": []any{}, "mention_roles": []any{}, "mention_everyone": false,
		"pinned": false, "tts": false, "flags": 0,
		"timestamp":        now.UTC().Format(time.RFC3339Nano),
		"edited_timestamp": nil,
		"author": map[string]any{"id": f.opts.AppID, "username": f.opts.BotUsername, "discriminator": "0",
			"bot": true, "avatar": nil, "global_name": nil},
	}
	if interactionID != "" {
		msg["webhook_id"] = f.opts.AppID
		msg["application_id"] = f.opts.AppID
		msg["type"] = 20
	}
	if ch := f.channels[channelID]; ch != nil && ch.GuildID != "" {
		msg["guild_id"] = ch.GuildID
	}
	if n, ok := body["nonce"]; ok && n != nil {
		msg["nonce"] = n
	}
	applyPatch(msg, body)
	ms := &messageState{obj: msg, interactionID: interactionID}
	f.messages[id] = ms
	ch := f.channels[channelID]
	if ch == nil {
		ch = &channelState{ID: channelID}
		f.channels[channelID] = ch
	}
	ch.msgIDs = append(ch.msgIDs, id)
	return msg
}

// applyPatch copies the message fields of body into msg (null clears).
func applyPatch(msg, body map[string]any) {
	for _, k := range []string{"content", "embeds", "components", "flags", "attachments", "tts", "poll"} {
		v, ok := body[k]
		if !ok {
			continue
		}
		switch {
		case v == nil && k == "content":
			msg[k] = ""
		case v == nil && k == "flags":
			msg[k] = 0
		case v == nil && k == "tts":
			msg[k] = false
		case v == nil:
			msg[k] = []any{}
		default:
			msg[k] = v
		}
	}
	if k, ok := body["message_reference"]; ok && k != nil {
		msg["message_reference"] = k
	}
}

func copyMsg(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

func hCreateMessage(f *Fake, rq *request) (int, any, *apiError) {
	cid := rq.params["channel_id"]
	body := rq.obj()
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.channels[cid]
	if ch == nil {
		return 0, nil, &apiError{status: 404, code: 10003, message: "Unknown Channel"}
	}
	if ch.DMUser != "" && f.closedDMs[ch.DMUser] {
		return 0, nil, &apiError{status: 403, code: 50007, message: "Cannot send messages to this user"}
	}
	if !hasMessagePayload(body, rq.files) {
		return 0, nil, &apiError{status: 400, code: 50006, message: "Cannot send an empty message", kind: "message"}
	}
	if kind, probs := checkMessage(body, "message"); len(probs) > 0 {
		return 0, nil, errInvalidForm(kind, probs)
	}
	var nonce string
	if n, ok := body["nonce"]; ok && n != nil {
		b, _ := json.Marshal(n)
		nonce = string(b)
	}
	enforce, _ := body["enforce_nonce"].(bool)
	if enforce && nonce != "" {
		if e, ok := f.nonces[nonce]; ok && rq.now.Sub(e.at) < NonceWindow {
			if ms := f.messages[e.messageID]; ms != nil {
				return 200, copyMsg(ms.obj), nil
			}
		}
	}
	msg := f.newMessageLocked(cid, body, "", rq.now)
	if enforce && nonce != "" {
		f.nonces[nonce] = nonceEntry{messageID: str(msg, "id"), at: rq.now}
	}
	return 200, copyMsg(msg), nil
}

func hListMessages(f *Fake, rq *request) (int, any, *apiError) {
	cid := rq.params["channel_id"]
	limit := 50
	if s := rq.r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100 {
			return 0, nil, errInvalidForm("openapi", []string{"limit must be 1-100"})
		}
		limit = n
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := f.channels[cid]
	if ch == nil {
		return 0, nil, &apiError{status: 404, code: 10003, message: "Unknown Channel"}
	}
	out := []map[string]any{}
	for i := len(ch.msgIDs) - 1; i >= 0 && len(out) < limit; i-- {
		ms := f.messages[ch.msgIDs[i]]
		if ms == nil || ms.deleted {
			continue
		}
		if fl, _ := num(ms.obj, "flags"); fl&64 != 0 {
			continue // ephemeral messages are not in the channel history
		}
		out = append(out, copyMsg(ms.obj))
	}
	return 200, out, nil
}

func hCreateDM(f *Fake, rq *request) (int, any, *apiError) {
	uid := str(rq.obj(), "recipient_id")
	if uid == "" {
		return 0, nil, errInvalidForm("openapi", []string{"recipient_id is required"})
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	cid, ok := f.dms[uid]
	if !ok {
		cid = f.Snowflake()
		f.dms[uid] = cid
		f.channels[cid] = &channelState{ID: cid, Type: 1, DMUser: uid}
	}
	u, ok := f.users[uid]
	if !ok {
		u = User{ID: uid, Username: "user-" + uid}
	}
	return 200, map[string]any{"id": cid, "type": 1, "last_message_id": nil, "flags": 0,
		"recipients": []any{map[string]any{"id": u.ID, "username": u.Username, "discriminator": "0", "avatar": nil, "global_name": nil}},
	}, nil
}

func hCreateEvent(f *Fake, rq *request) (int, any, *apiError) {
	gid := rq.params["guild_id"]
	if !f.hasGuild(gid) {
		return 0, nil, errMissingAccess
	}
	body := rq.obj()
	if probs := checkScheduledEvent(body, rq.now); len(probs) > 0 {
		return 0, nil, errInvalidForm("event", probs)
	}
	ev := map[string]any{}
	for k, v := range body {
		ev[k] = v
	}
	ev["id"] = f.Snowflake()
	ev["guild_id"] = gid
	ev["creator_id"] = f.opts.AppID
	ev["status"] = 1
	ev["entity_id"] = nil
	ev["user_count"] = 0
	if _, ok := ev["channel_id"]; !ok {
		ev["channel_id"] = nil
	}
	f.mu.Lock()
	f.events[gid] = append(f.events[gid], ev)
	f.mu.Unlock()
	return 200, ev, nil
}

// ScheduledEvents returns the events created in a guild.
func (f *Fake) ScheduledEvents(guildID string) []*discordgo.GuildScheduledEvent {
	f.mu.Lock()
	b, _ := json.Marshal(f.events[guildID])
	f.mu.Unlock()
	var out []*discordgo.GuildScheduledEvent
	_ = json.Unmarshal(b, &out)
	return out
}

// Messages returns the messages in a channel, oldest first: messages the bot sent, interaction
// responses and follow-ups (ephemeral ones included), minus deleted ones.
func (f *Fake) Messages(channelID string) []*discordgo.Message {
	f.mu.Lock()
	var objs []map[string]any
	if ch := f.channels[channelID]; ch != nil {
		for _, id := range ch.msgIDs {
			if ms := f.messages[id]; ms != nil && !ms.deleted {
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

// Message returns one message by ID.
func (f *Fake) Message(id string) (*discordgo.Message, bool) {
	f.mu.Lock()
	ms := f.messages[id]
	var b []byte
	if ms != nil && !ms.deleted {
		b, _ = json.Marshal(ms.obj)
	}
	f.mu.Unlock()
	if b == nil {
		return nil, false
	}
	var m discordgo.Message
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, false
	}
	return &m, true
}

// DMChannel returns the DM channel opened with a user, if any.
func (f *Fake) DMChannel(userID string) (string, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id, ok := f.dms[userID]
	return id, ok
}

// AddChannel adds a channel to a guild (for the REST side; it is not dispatched).
func (f *Fake) AddChannel(guildID string, c Channel) {
	f.mu.Lock()
	f.channels[c.ID] = &channelState{ID: c.ID, GuildID: guildID, Type: c.Type}
	f.mu.Unlock()
}

// CloseDMs makes the user's DMs closed (true) or open (false).
func (f *Fake) CloseDMs(userID string, closed bool) {
	f.mu.Lock()
	f.closedDMs[userID] = closed
	f.mu.Unlock()
}
