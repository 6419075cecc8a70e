package fakediscord

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Interaction types (Discord's values).
const (
	InteractionPing         = 1
	InteractionCommand      = 2
	InteractionComponent    = 3
	InteractionAutocomplete = 4
	InteractionModalSubmit  = 5
)

// Invoker says who triggers an interaction, and where. GuildID "" means a DM: the payload then
// carries "user" instead of "member".
type Invoker struct {
	GuildID     string
	ChannelID   string
	User        User
	Roles       []string
	Permissions int64 // the member's permissions in the channel (guild only)
	Locale      string
}

// WithPermissions returns a copy of the invoker with other permissions.
func (in Invoker) WithPermissions(p int64) Invoker {
	in.Permissions = p
	return in
}

// InChannel returns a copy of the invoker in another channel of the same guild.
func (in Invoker) InChannel(id string) Invoker {
	in.ChannelID = id
	return in
}

func (f *Fake) firstGuild() Guild {
	if len(f.opts.Guilds) == 0 {
		return Guild{}
	}
	return f.opts.Guilds[0]
}

func (g Guild) firstText() string {
	for _, c := range g.Channels {
		if c.Type == 0 || c.Type == 5 {
			return c.ID
		}
	}
	return ""
}

// AsAdmin is the first member of the first guild (alice by default) with PermAdmin, which
// includes Manage Server, in its first text channel.
func (f *Fake) AsAdmin() Invoker {
	g := f.firstGuild()
	in := Invoker{GuildID: g.ID, ChannelID: g.firstText(), Permissions: PermAdmin, Locale: "en-US"}
	if len(g.Members) > 0 {
		in.User, in.Roles = g.Members[0].User, g.Members[0].Roles
	}
	return in
}

// AsMember is the second member of the first guild (bob by default) with PermMember: no Manage
// Server.
func (f *Fake) AsMember() Invoker {
	g := f.firstGuild()
	in := Invoker{GuildID: g.ID, ChannelID: g.firstText(), Permissions: PermMember, Locale: "en-US"}
	if len(g.Members) > 1 {
		in.User, in.Roles = g.Members[1].User, g.Members[1].Roles
	} else if len(g.Members) > 0 {
		in.User, in.Roles = g.Members[0].User, g.Members[0].Roles
	}
	return in
}

// InDM is the user talking to the bot in a DM (the DM channel is opened if needed).
func (f *Fake) InDM(u User) Invoker {
	f.mu.Lock()
	defer f.mu.Unlock()
	cid, ok := f.dms[u.ID]
	if !ok {
		cid = f.Snowflake()
		f.dms[u.ID] = cid
		f.channels[cid] = &channelState{ID: cid, Type: 1, DMUser: u.ID}
	}
	if _, ok := f.users[u.ID]; !ok {
		f.users[u.ID] = u
	}
	return Invoker{ChannelID: cid, User: u, Locale: "en-US"}
}

// Opt is a command option value in an interaction payload.
type Opt struct {
	Name    string
	Type    int
	Value   any
	Focused bool
	Options []Opt
}

// StrOpt is a string option (type 3).
func StrOpt(name, v string) Opt { return Opt{Name: name, Type: 3, Value: v} }

// IntOpt is an integer option (type 4); it is sent as a JSON number.
func IntOpt(name string, v int64) Opt { return Opt{Name: name, Type: 4, Value: v} }

// BoolOpt is a boolean option (type 5).
func BoolOpt(name string, v bool) Opt { return Opt{Name: name, Type: 5, Value: v} }

// UserOpt is a user option (type 6); the value is the user ID.
func UserOpt(name, id string) Opt { return Opt{Name: name, Type: 6, Value: id} }

// ChannelOpt is a channel option (type 7).
func ChannelOpt(name, id string) Opt { return Opt{Name: name, Type: 7, Value: id} }

// RoleOpt is a role option (type 8).
func RoleOpt(name, id string) Opt { return Opt{Name: name, Type: 8, Value: id} }

// NumOpt is a number option (type 10).
func NumOpt(name string, v float64) Opt { return Opt{Name: name, Type: 10, Value: v} }

// FocusedOpt is the string option being typed in an autocomplete interaction.
func FocusedOpt(name, partial string) Opt {
	return Opt{Name: name, Type: 3, Value: partial, Focused: true}
}

// SubCommand is a subcommand (type 1) carrying options.
func SubCommand(name string, opts ...Opt) Opt { return Opt{Name: name, Type: 1, Options: opts} }

// SubCommandGroup is a subcommand group (type 2) carrying one subcommand.
func SubCommandGroup(name string, sub Opt) Opt { return Opt{Name: name, Type: 2, Options: []Opt{sub}} }

func optsJSON(opts []Opt) []any {
	out := []any{}
	for _, o := range opts {
		m := map[string]any{"name": o.Name, "type": o.Type}
		if o.Type == 1 || o.Type == 2 {
			m["options"] = optsJSON(o.Options)
		} else {
			m["value"] = o.Value
		}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

// Payload is a generated interaction, not yet delivered. Deliver it with DispatchInteraction
// (gateway) or PostInteraction (HTTP endpoint).
type Payload struct {
	ID    string
	Token string
	Type  int
	JSON  []byte
}

type interactionState struct {
	id, token    string
	typ          int
	guildID      string
	channelID    string
	userID       string
	dispatched   time.Time
	callbackAt   time.Time
	callbackType int
	callbackBody []byte
	originalID   string
	sourceMsgID  string
	followups    []string
}

func (f *Fake) newInteraction(in Invoker, typ int, data map[string]any, sourceMsg map[string]any) Payload {
	id := f.Snowflake()
	token := fmt.Sprintf("aW50ZXJhY3Rpb246%s:fake-token-%x", id, f.snow.Add(1)*7919)
	p := map[string]any{
		"id": id, "application_id": f.opts.AppID, "type": typ, "token": token, "version": 1,
		"channel_id": in.ChannelID, "locale": orDefault(in.Locale, "en-US"),
		"app_permissions": fmt.Sprint(PermAdmin | PermMentionAll), "entitlements": []any{},
		"attachment_size_limit": 10485760,
	}
	if data != nil {
		p["data"] = data
	}
	user := map[string]any{"id": in.User.ID, "username": in.User.Username, "discriminator": "0",
		"global_name": nil, "avatar": nil}
	if in.GuildID != "" {
		roles := in.Roles
		if roles == nil {
			roles = []string{}
		}
		p["guild_id"] = in.GuildID
		p["guild_locale"] = "en-US"
		p["context"] = 0
		p["authorizing_integration_owners"] = map[string]any{"0": in.GuildID}
		p["member"] = map[string]any{"user": user, "roles": roles, "permissions": fmt.Sprint(in.Permissions),
			"joined_at": "2024-01-01T00:00:00Z", "deaf": false, "mute": false, "flags": 0}
		p["channel"] = map[string]any{"id": in.ChannelID, "type": 0, "guild_id": in.GuildID}
	} else {
		p["context"] = 1
		p["authorizing_integration_owners"] = map[string]any{"0": "0"}
		p["user"] = user
		p["channel"] = map[string]any{"id": in.ChannelID, "type": 1}
	}
	st := &interactionState{id: id, token: token, typ: typ, guildID: in.GuildID, channelID: in.ChannelID, userID: in.User.ID}
	if sourceMsg != nil {
		p["message"] = sourceMsg
		st.sourceMsgID = str(sourceMsg, "id")
	}
	b, _ := json.Marshal(p)
	f.mu.Lock()
	f.interactions[id] = st
	f.byToken[token] = st
	f.mu.Unlock()
	return Payload{ID: id, Token: token, Type: typ, JSON: b}
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func (f *Fake) commandData(in Invoker, name string, opts []Opt) map[string]any {
	f.mu.Lock()
	cid := f.commandID(in.GuildID, name)
	f.mu.Unlock()
	if cid == "" {
		cid = f.Snowflake()
	}
	d := map[string]any{"id": cid, "name": name, "type": 1, "options": optsJSON(opts)}
	if in.GuildID != "" {
		d["guild_id"] = in.GuildID
	}
	return d
}

// NewSlashCommand builds a CHAT_INPUT interaction (type 2). The data.id is the registered
// command's ID when the bot registered one with that name.
func (f *Fake) NewSlashCommand(in Invoker, name string, opts ...Opt) Payload {
	return f.newInteraction(in, InteractionCommand, f.commandData(in, name, opts), nil)
}

// NewAutocomplete builds an autocomplete interaction (type 4); one option (possibly inside a
// SubCommand) should be a FocusedOpt.
func (f *Fake) NewAutocomplete(in Invoker, name string, opts ...Opt) Payload {
	return f.newInteraction(in, InteractionAutocomplete, f.commandData(in, name, opts), nil)
}

// sourceMessage returns the stored message (or a stub) a component interaction came from.
func (f *Fake) sourceMessage(in Invoker, messageID string) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	if messageID == "" {
		messageID = f.Snowflake()
	}
	if ms := f.messages[messageID]; ms != nil {
		return copyMsg(ms.obj)
	}
	// Unknown message: store a stub so type 6/7 callbacks and @original edits have a target.
	stub := map[string]any{"id": messageID, "channel_id": in.ChannelID, "type": 0, "content": "",
		"embeds": []any{}, "components": []any{}, "attachments": []any{}, "mentions": []any{},
		"mention_roles": []any{}, "pinned": false, "mention_everyone": false, "tts": false, "flags": 0,
		"timestamp": time.Now().UTC().Format(time.RFC3339Nano), "edited_timestamp": nil,
		"author": map[string]any{"id": f.opts.AppID, "username": f.opts.BotUsername, "discriminator": "0", "bot": true}}
	f.messages[messageID] = &messageState{obj: stub}
	return copyMsg(stub)
}

// NewButtonClick builds a button interaction (type 3) on the message messageID (a message the
// bot posted through the fake, whose stored copy is embedded, or any ID for a stub).
func (f *Fake) NewButtonClick(in Invoker, customID, messageID string) Payload {
	return f.newInteraction(in, InteractionComponent,
		map[string]any{"custom_id": customID, "component_type": 2}, f.sourceMessage(in, messageID))
}

// NewSelect builds a string-select interaction (type 3) with the chosen values.
func (f *Fake) NewSelect(in Invoker, customID, messageID string, values ...string) Payload {
	if values == nil {
		values = []string{}
	}
	return f.newInteraction(in, InteractionComponent,
		map[string]any{"custom_id": customID, "component_type": 3, "values": values}, f.sourceMessage(in, messageID))
}

// NewModalSubmit builds a modal submit (type 5) with text-input values keyed by custom_id.
func (f *Fake) NewModalSubmit(in Invoker, customID string, values map[string]string) Payload {
	var rows []any
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		rows = append(rows, map[string]any{"type": 1, "components": []any{
			map[string]any{"type": 4, "custom_id": k, "value": values[k]}}})
	}
	return f.newInteraction(in, InteractionModalSubmit, map[string]any{"custom_id": customID, "components": rows}, nil)
}

// NewPing builds a PING interaction (type 1), as Discord sends to an HTTP endpoint.
func (f *Fake) NewPing() Payload {
	id := f.Snowflake()
	token := "ping-" + id
	b, _ := json.Marshal(map[string]any{"id": id, "application_id": f.opts.AppID, "type": 1, "token": token, "version": 1})
	f.mu.Lock()
	st := &interactionState{id: id, token: token, typ: 1}
	f.interactions[id], f.byToken[token] = st, st
	f.mu.Unlock()
	return Payload{ID: id, Token: token, Type: 1, JSON: b}
}

// DispatchInteraction sends an INTERACTION_CREATE over the gateway; the dispatch time (used for
// the 3 s deadline and latency) is when the frame is written to the bot's socket.
func (f *Fake) DispatchInteraction(t testing.TB, p Payload) string {
	t.Helper()
	st := f.state(p.ID)
	f.dispatch(t, "INTERACTION_CREATE", json.RawMessage(p.JSON), func(at time.Time) {
		f.mu.Lock()
		if st != nil && st.dispatched.IsZero() {
			st.dispatched = at
		}
		f.mu.Unlock()
	})
	return p.ID
}

func (f *Fake) state(id string) *interactionState {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.interactions[id]
}

// SlashCommand dispatches a slash command and returns the interaction ID.
func (f *Fake) SlashCommand(t testing.TB, in Invoker, name string, opts ...Opt) string {
	t.Helper()
	return f.DispatchInteraction(t, f.NewSlashCommand(in, name, opts...))
}

// Autocomplete dispatches an autocomplete interaction and returns its ID.
func (f *Fake) Autocomplete(t testing.TB, in Invoker, name string, opts ...Opt) string {
	t.Helper()
	return f.DispatchInteraction(t, f.NewAutocomplete(in, name, opts...))
}

// ClickButton dispatches a button click on messageID and returns the interaction ID.
func (f *Fake) ClickButton(t testing.TB, in Invoker, customID, messageID string) string {
	t.Helper()
	return f.DispatchInteraction(t, f.NewButtonClick(in, customID, messageID))
}

// SelectMenu dispatches a string-select interaction and returns its ID.
func (f *Fake) SelectMenu(t testing.TB, in Invoker, customID, messageID string, values ...string) string {
	t.Helper()
	return f.DispatchInteraction(t, f.NewSelect(in, customID, messageID, values...))
}

// InteractionRecord is what the fake knows about one interaction.
type InteractionRecord struct {
	ID    string
	Token string
	Type  int
	// DispatchedAt is when it was written to the gateway or POSTed; CallbackAt when the first
	// callback (or inline HTTP response) arrived.
	DispatchedAt time.Time
	CallbackAt   time.Time
	CallbackType int
	// CallbackBody is the raw interaction response JSON.
	CallbackBody      []byte
	OriginalMessageID string
	FollowupIDs       []string
}

// Latency is CallbackAt - DispatchedAt, or 0 if either is missing.
func (r InteractionRecord) Latency() time.Duration {
	if r.CallbackAt.IsZero() || r.DispatchedAt.IsZero() {
		return 0
	}
	return r.CallbackAt.Sub(r.DispatchedAt)
}

// CallbackMessage decodes the callback's data as a message (types 4 and 7).
func (r InteractionRecord) CallbackMessage() (*discordgo.Message, error) {
	var b struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(r.CallbackBody, &b); err != nil {
		return nil, fmt.Errorf("fakediscord: decode callback: %w", err)
	}
	var m discordgo.Message
	if len(b.Data) > 0 && string(b.Data) != "null" {
		if err := json.Unmarshal(b.Data, &m); err != nil {
			return nil, fmt.Errorf("fakediscord: decode callback data: %w", err)
		}
	}
	return &m, nil
}

// CallbackChoices decodes the choices of an autocomplete result (type 8).
func (r InteractionRecord) CallbackChoices() ([]*discordgo.ApplicationCommandOptionChoice, error) {
	var b struct {
		Data struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		} `json:"data"`
	}
	if err := json.Unmarshal(r.CallbackBody, &b); err != nil {
		return nil, fmt.Errorf("fakediscord: decode callback: %w", err)
	}
	return b.Data.Choices, nil
}

func (st *interactionState) record() InteractionRecord {
	return InteractionRecord{ID: st.id, Token: st.token, Type: st.typ, DispatchedAt: st.dispatched,
		CallbackAt: st.callbackAt, CallbackType: st.callbackType, CallbackBody: st.callbackBody,
		OriginalMessageID: st.originalID, FollowupIDs: append([]string(nil), st.followups...)}
}

// Interaction returns the record of one interaction.
func (f *Fake) Interaction(id string) (InteractionRecord, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st := f.interactions[id]
	if st == nil {
		return InteractionRecord{}, false
	}
	return st.record(), true
}

// WaitCallback waits for the interaction's first callback and returns its record.
func (f *Fake) WaitCallback(t testing.TB, id string, timeout time.Duration) InteractionRecord {
	t.Helper()
	var rec InteractionRecord
	f.WaitFor(t, timeout, "callback of interaction "+id, func() bool {
		r, ok := f.Interaction(id)
		rec = r
		return ok && !r.CallbackAt.IsZero()
	})
	return rec
}

// CallbackLatencies returns dispatch -> first callback latency of every answered interaction,
// in dispatch order.
func (f *Fake) CallbackLatencies() []time.Duration {
	f.mu.Lock()
	var recs []InteractionRecord
	for _, st := range f.interactions {
		if !st.callbackAt.IsZero() && !st.dispatched.IsZero() {
			recs = append(recs, st.record())
		}
	}
	f.mu.Unlock()
	sort.Slice(recs, func(i, j int) bool { return recs[i].DispatchedAt.Before(recs[j].DispatchedAt) })
	out := make([]time.Duration, len(recs))
	for i, r := range recs {
		out[i] = r.Latency()
	}
	return out
}

// OriginalResponse returns the interaction's original response message (after a type 4/5
// callback, possibly edited since).
func (f *Fake) OriginalResponse(id string) (*discordgo.Message, bool) {
	f.mu.Lock()
	st := f.interactions[id]
	var mid string
	if st != nil {
		mid = st.originalID
	}
	f.mu.Unlock()
	if mid == "" {
		return nil, false
	}
	return f.Message(mid)
}

// Followups returns the follow-up messages of an interaction.
func (f *Fake) Followups(id string) []*discordgo.Message {
	f.mu.Lock()
	var ids []string
	if st := f.interactions[id]; st != nil {
		ids = append(ids, st.followups...)
	}
	f.mu.Unlock()
	var out []*discordgo.Message
	for _, mid := range ids {
		if m, ok := f.Message(mid); ok {
			out = append(out, m)
		}
	}
	return out
}

var (
	errUnknownInteraction = &apiError{status: 404, code: 10062, message: "Unknown interaction"}
	errUnknownWebhook     = &apiError{status: 404, code: 10015, message: "Unknown Webhook"}
	errInvalidToken       = &apiError{status: 401, code: 50027, message: "Invalid Webhook Token"}
)

// allowedCallbacks maps interaction type -> allowed callback types.
var allowedCallbacks = map[int]map[int]bool{
	InteractionPing:         {1: true},
	InteractionCommand:      {4: true, 5: true, 9: true, 10: true, 12: true},
	InteractionComponent:    {4: true, 5: true, 6: true, 7: true, 9: true, 10: true, 12: true},
	InteractionAutocomplete: {8: true},
	InteractionModalSubmit:  {4: true, 5: true, 6: true, 7: true, 10: true},
}

func hCallback(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st := f.interactions[rq.params["interaction_id"]]
	if st == nil || st.token != rq.params["interaction_token"] || st.dispatched.IsZero() {
		return 0, nil, errUnknownInteraction
	}
	if ae := f.acceptCallbackLocked(st, rq.obj(), rq.body, rq.now); ae != nil {
		return 0, nil, ae
	}
	return 204, nil, nil
}

// acceptCallbackLocked validates and applies an interaction response (REST callback or inline
// HTTP answer). f.mu must be held.
func (f *Fake) acceptCallbackLocked(st *interactionState, body map[string]any, raw []byte, now time.Time) *apiError {
	if !st.callbackAt.IsZero() {
		return &apiError{status: 400, code: 40060, message: "Interaction has already been acknowledged.", kind: "callback"}
	}
	if d := now.Sub(st.dispatched); d > f.opts.InteractionDeadline {
		return &apiError{status: 404, code: 10062, kind: "deadline",
			message: fmt.Sprintf("Unknown interaction (callback %v after dispatch, limit %v)", d.Round(time.Millisecond), f.opts.InteractionDeadline)}
	}
	typ64, _ := num(body, "type")
	typ := int(typ64)
	if !allowedCallbacks[st.typ][typ] {
		return errInvalidForm("callback", []string{fmt.Sprintf("callback type %d is not valid for interaction type %d", typ, st.typ)})
	}
	data, _ := body["data"].(map[string]any)
	switch typ {
	case 4:
		if !hasMessagePayload(data, 0) {
			return &apiError{status: 400, code: 50006, message: "Cannot send an empty message", kind: "callback"}
		}
		if kind, probs := checkMessage(data, "data"); len(probs) > 0 {
			return errInvalidForm(kind, probs)
		}
	case 7:
		if kind, probs := checkMessage(data, "data"); len(probs) > 0 {
			return errInvalidForm(kind, probs)
		}
	case 8:
		choices := list(data, "choices")
		if data == nil || data["choices"] == nil {
			return errInvalidForm("callback", []string{"autocomplete result needs data.choices"})
		}
		if len(choices) > MaxChoices {
			return errInvalidForm("callback", []string{fmt.Sprintf("%d autocomplete choices (max %d)", len(choices), MaxChoices)})
		}
		if probs := checkChoices("data", choices); len(probs) > 0 {
			return errInvalidForm("callback", probs)
		}
	case 9:
		if n := runes(str(data, "custom_id")); n < 1 || n > MaxCustomID {
			return errInvalidForm("callback", []string{"modal custom_id must be 1-100 characters"})
		}
		if n := runes(str(data, "title")); n < 1 || n > 45 {
			return errInvalidForm("callback", []string{"modal title must be 1-45 characters"})
		}
	}
	st.callbackAt, st.callbackType, st.callbackBody = now, typ, append([]byte(nil), raw...)
	switch typ {
	case 4:
		st.originalID = str(f.newMessageLocked(st.channelID, data, st.id, now), "id")
	case 5:
		fl, _ := num(data, "flags")
		m := f.newMessageLocked(st.channelID, map[string]any{"flags": float64(fl | 128)}, st.id, now)
		st.originalID = str(m, "id")
	case 6, 7:
		st.originalID = st.sourceMsgID
		if ms := f.messages[st.sourceMsgID]; ms != nil && typ == 7 {
			applyPatch(ms.obj, data)
			ms.obj["edited_timestamp"] = now.UTC().Format(time.RFC3339Nano)
		}
	}
	f.bumpLocked()
	return nil
}

// webhookInteractionLocked resolves /webhooks/{app}/{token}; f.mu must be held.
func (f *Fake) webhookInteractionLocked(rq *request) (*interactionState, *apiError) {
	if rq.params["webhook_id"] != f.opts.AppID {
		return nil, errUnknownWebhook
	}
	st := f.byToken[rq.params["webhook_token"]]
	if st == nil || st.dispatched.IsZero() || rq.now.Sub(st.dispatched) > f.opts.TokenTTL {
		return nil, errInvalidToken
	}
	return st, nil
}

func (f *Fake) originalLocked(st *interactionState) (*messageState, *apiError) {
	if st.originalID == "" {
		return nil, errUnknownMsg
	}
	ms := f.messages[st.originalID]
	if ms == nil || ms.deleted {
		return nil, errUnknownMsg
	}
	return ms, nil
}

func hGetOriginal(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ae := f.webhookInteractionLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	ms, ae := f.originalLocked(st)
	if ae != nil {
		return 0, nil, ae
	}
	return 200, copyMsg(ms.obj), nil
}

func (f *Fake) editLocked(ms *messageState, body map[string]any, now time.Time) (int, any, *apiError) {
	if kind, probs := checkMessage(body, "edit"); len(probs) > 0 {
		return 0, nil, errInvalidForm(kind, probs)
	}
	applyPatch(ms.obj, body)
	if fl, _ := num(ms.obj, "flags"); fl&128 != 0 {
		ms.obj["flags"] = fl &^ 128 // the "thinking" state ends with the first edit
	}
	ms.obj["edited_timestamp"] = now.UTC().Format(time.RFC3339Nano)
	f.bumpLocked()
	return 200, copyMsg(ms.obj), nil
}

func hEditOriginal(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ae := f.webhookInteractionLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	ms, ae := f.originalLocked(st)
	if ae != nil {
		return 0, nil, ae
	}
	return f.editLocked(ms, rq.obj(), rq.now)
}

func hDeleteOriginal(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ae := f.webhookInteractionLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	ms, ae := f.originalLocked(st)
	if ae != nil {
		return 0, nil, ae
	}
	ms.deleted = true
	return 204, nil, nil
}

func hFollowup(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ae := f.webhookInteractionLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	if st.callbackAt.IsZero() {
		return 0, nil, errUnknownWebhook // no follow-ups before the initial response
	}
	body := rq.obj()
	if !hasMessagePayload(body, rq.files) {
		return 0, nil, &apiError{status: 400, code: 50006, message: "Cannot send an empty message", kind: "message"}
	}
	if kind, probs := checkMessage(body, "followup"); len(probs) > 0 {
		return 0, nil, errInvalidForm(kind, probs)
	}
	m := f.newMessageLocked(st.channelID, body, st.id, rq.now)
	st.followups = append(st.followups, str(m, "id"))
	f.bumpLocked()
	if rq.r.URL.Query().Get("wait") == "true" {
		return 200, copyMsg(m), nil
	}
	return 204, nil, nil
}

func (f *Fake) webhookMessageLocked(rq *request) (*messageState, *apiError) {
	st, ae := f.webhookInteractionLocked(rq)
	if ae != nil {
		return nil, ae
	}
	mid := rq.params["message_id"]
	ms := f.messages[mid]
	if ms == nil || ms.deleted || ms.interactionID != st.id {
		return nil, errUnknownMsg
	}
	return ms, nil
}

func hGetWebhookMessage(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ms, ae := f.webhookMessageLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	return 200, copyMsg(ms.obj), nil
}

func hEditWebhookMessage(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ms, ae := f.webhookMessageLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	return f.editLocked(ms, rq.obj(), rq.now)
}

func hDeleteWebhookMessage(f *Fake, rq *request) (int, any, *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ms, ae := f.webhookMessageLocked(rq)
	if ae != nil {
		return 0, nil, ae
	}
	ms.deleted = true
	return 204, nil, nil
}

// Percentile returns the p-th percentile (0-100, nearest rank) of ds, or 0 for an empty slice.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	rank = min(max(rank, 1), len(s))
	return s[rank-1]
}
