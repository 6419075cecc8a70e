package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// gateway is the fake's websocket side. One mutex guards the session state and every write, so
// sequence numbers are assigned and frames written in the same order.
type gateway struct {
	f        *Fake
	upgrader websocket.Upgrader

	mu         sync.Mutex
	conn       *websocket.Conn // the connection that owns the session, nil while disconnected
	all        map[*websocket.Conn]bool
	sessionID  string
	seq        int64
	log        []frame // every dispatch of the current session
	pending    []frame // dispatches sent before the first IDENTIFY
	identifies int
	resumes    int
	beats      int
	noAck      bool
	intents    int64
	sessions   int
}

type frame struct {
	seq    int64
	typ    string
	data   json.RawMessage
	replay bool              // replayed on RESUME
	onSent func(t time.Time) // called (under gw.mu) just before the frame is first written
	sent   bool
}

func newGateway(f *Fake) *gateway {
	return &gateway{f: f, all: map[*websocket.Conn]bool{}}
}

func (g *gateway) close() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for c := range g.all {
		_ = c.Close()
	}
	g.conn = nil
}

func (g *gateway) counts() (identifies, resumes int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.identifies, g.resumes
}

// writeLocked writes one JSON frame; g.mu must be held.
func (g *gateway) writeLocked(c *websocket.Conn, v any) error {
	_ = c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	if err := c.WriteJSON(v); err != nil {
		return fmt.Errorf("fakediscord: gateway write: %w", err)
	}
	return nil
}

func (g *gateway) writeFrameLocked(c *websocket.Conn, fr *frame) error {
	// Stamp before writing: the bot may answer before WriteJSON returns.
	if !fr.sent {
		fr.sent = true
		if fr.onSent != nil {
			fr.onSent(time.Now())
		}
	}
	return g.writeLocked(c, map[string]any{"op": 0, "t": fr.typ, "s": fr.seq, "d": fr.data})
}

func (g *gateway) serve(w http.ResponseWriter, r *http.Request) {
	c, err := g.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	g.mu.Lock()
	g.all[c] = true
	err = g.writeLocked(c, map[string]any{"op": 10, "d": map[string]any{
		"heartbeat_interval": g.f.opts.HeartbeatInterval.Milliseconds()}})
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		delete(g.all, c)
		if g.conn == c {
			g.conn = nil
		}
		g.mu.Unlock()
		_ = c.Close()
		g.f.bump()
	}()
	if err != nil {
		return
	}
	for {
		_, msg, err := c.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := json.Unmarshal(msg, &p); err != nil {
			_ = c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Decode error"), time.Now().Add(time.Second))
			return
		}
		switch p.Op {
		case 1:
			g.mu.Lock()
			g.beats++
			if !g.noAck {
				err = g.writeLocked(c, map[string]any{"op": 11})
			}
			g.mu.Unlock()
		case 2:
			err = g.identify(c, p.D)
		case 6:
			err = g.resume(c, p.D)
		default:
			// presence updates, member requests, voice: accepted and ignored.
		}
		g.f.bump()
		if err != nil {
			return
		}
	}
}

func (g *gateway) tokenOK(tok string) bool {
	return tok == "Bot "+g.f.opts.Token || tok == g.f.opts.Token
}

func (g *gateway) identify(c *websocket.Conn, d json.RawMessage) error {
	var id struct {
		Token   string `json:"token"`
		Intents int64  `json:"intents"`
	}
	_ = json.Unmarshal(d, &id)
	if !g.tokenOK(id.Token) {
		_ = c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
		return fmt.Errorf("fakediscord: bad identify token")
	}
	f := g.f
	g.mu.Lock()
	defer g.mu.Unlock()
	g.identifies++
	g.sessions++
	g.intents = id.Intents
	g.conn = c
	g.sessionID = fmt.Sprintf("fake-session-%d", g.sessions)
	g.seq = 0
	g.log = nil
	var stubs []any
	for _, gd := range f.opts.Guilds {
		stubs = append(stubs, map[string]any{"id": gd.ID, "unavailable": true})
	}
	ready := map[string]any{
		"v": 10, "session_id": g.sessionID, "resume_gateway_url": f.GatewayURL(),
		"user": map[string]any{"id": f.opts.AppID, "username": f.opts.BotUsername, "discriminator": "0",
			"bot": true, "avatar": nil, "global_name": nil, "verified": true},
		"application":      map[string]any{"id": f.opts.AppID, "flags": 0},
		"guilds":           stubs,
		"private_channels": []any{},
		"shard":            []int{0, 1},
	}
	if err := g.dispatchLocked("READY", ready, false, nil); err != nil {
		return err
	}
	for _, gd := range f.opts.Guilds {
		if err := g.dispatchLocked("GUILD_CREATE", guildCreate(gd, f.opts.AppID, f.opts.BotUsername), true, nil); err != nil {
			return err
		}
	}
	pending := g.pending
	g.pending = nil
	for _, fr := range pending {
		if err := g.dispatchRawLocked(fr); err != nil {
			return err
		}
	}
	return nil
}

func (g *gateway) resume(c *websocket.Conn, d json.RawMessage) error {
	var rs struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(d, &rs)
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.tokenOK(rs.Token) || rs.SessionID == "" || rs.SessionID != g.sessionID {
		return g.writeLocked(c, map[string]any{"op": 9, "d": false})
	}
	g.resumes++
	g.conn = c
	for i := range g.log {
		fr := &g.log[i]
		if fr.seq > rs.Seq && fr.replay {
			if err := g.writeFrameLocked(c, fr); err != nil {
				g.conn = nil
				return err
			}
		}
	}
	return g.dispatchLocked("RESUMED", map[string]any{}, false, nil)
}

// dispatchLocked assigns the next sequence number, logs the frame and writes it if connected.
func (g *gateway) dispatchLocked(typ string, d any, replay bool, onSent func(time.Time)) error {
	b, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("fakediscord: encode %s: %w", typ, err)
	}
	return g.dispatchRawLocked(frame{typ: typ, data: b, replay: replay, onSent: onSent})
}

func (g *gateway) dispatchRawLocked(fr frame) error {
	if g.sessionID == "" {
		g.pending = append(g.pending, fr)
		return nil
	}
	g.seq++
	fr.seq = g.seq
	g.log = append(g.log, fr)
	if g.conn == nil {
		return nil
	}
	if err := g.writeFrameLocked(g.conn, &g.log[len(g.log)-1]); err != nil {
		// The bot will RESUME and get the frame replayed.
		g.conn = nil
	}
	return nil
}

func guildCreate(gd Guild, botID, botName string) map[string]any {
	var chans, roles, members []any
	for i, c := range gd.Channels {
		chans = append(chans, map[string]any{"id": c.ID, "type": c.Type, "name": c.Name, "guild_id": gd.ID,
			"position": i, "permission_overwrites": []any{}})
	}
	for i, r := range gd.Roles {
		roles = append(roles, map[string]any{"id": r.ID, "name": r.Name, "permissions": fmt.Sprint(r.Permissions),
			"position": i, "color": 0, "hoist": false, "managed": false, "mentionable": false})
	}
	member := func(u User, rs []string) map[string]any {
		if rs == nil {
			rs = []string{}
		}
		return map[string]any{"user": map[string]any{"id": u.ID, "username": u.Username, "discriminator": "0"},
			"roles": rs, "joined_at": "2024-01-01T00:00:00Z", "deaf": false, "mute": false}
	}
	for _, m := range gd.Members {
		members = append(members, member(m.User, m.Roles))
	}
	members = append(members, member(User{ID: botID, Username: botName}, nil))
	return map[string]any{
		"id": gd.ID, "name": gd.Name, "owner_id": gd.OwnerID, "unavailable": false,
		"member_count": len(members), "large": false, "joined_at": "2024-01-01T00:00:00Z",
		"channels": chans, "roles": roles, "members": members, "threads": []any{},
		"emojis": []any{}, "stickers": []any{}, "voice_states": []any{}, "presences": []any{},
		"guild_scheduled_events": []any{}, "features": []any{},
	}
}

// Dispatch sends a gateway event (op 0) with the next sequence number and returns it. While the
// bot is disconnected the event is buffered and replayed when it RESUMEs; before the first
// IDENTIFY it is delivered right after READY and the GUILD_CREATEs.
func (f *Fake) Dispatch(t testing.TB, event string, d any) int64 {
	t.Helper()
	return f.dispatch(t, event, d, nil)
}

func (f *Fake) dispatch(t testing.TB, event string, d any, onSent func(time.Time)) int64 {
	t.Helper()
	g := f.gw
	g.mu.Lock()
	err := g.dispatchLocked(event, d, true, onSent)
	seq := g.seq
	g.mu.Unlock()
	f.bump()
	if err != nil {
		t.Fatalf("fakediscord: dispatch %s: %v", event, err)
	}
	return seq
}

// Reconnect sends op 7 RECONNECT to the connected bot. discordgo closes (after a 1 s pause),
// redials and RESUMEs.
func (f *Fake) Reconnect(t testing.TB) {
	t.Helper()
	f.sendOp(t, map[string]any{"op": 7, "d": nil})
}

// InvalidSession sends op 9 with the given resumable flag.
func (f *Fake) InvalidSession(t testing.TB, resumable bool) {
	t.Helper()
	f.sendOp(t, map[string]any{"op": 9, "d": resumable})
}

// DropConnection closes the bot's websocket abruptly (no close frame), as a network failure would.
func (f *Fake) DropConnection(t testing.TB) {
	t.Helper()
	g := f.gw
	g.mu.Lock()
	c := g.conn
	g.conn = nil
	g.mu.Unlock()
	if c == nil {
		t.Fatalf("fakediscord: DropConnection: bot not connected")
	}
	_ = c.UnderlyingConn().Close()
}

func (f *Fake) sendOp(t testing.TB, v any) {
	t.Helper()
	g := f.gw
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.conn == nil {
		t.Fatalf("fakediscord: bot not connected to the gateway")
	}
	if err := g.writeLocked(g.conn, v); err != nil {
		t.Fatalf("fakediscord: %v", err)
	}
}

// SetHeartbeatAck turns heartbeat ACKs on (default) or off (the bot should then reconnect).
func (f *Fake) SetHeartbeatAck(on bool) {
	f.gw.mu.Lock()
	f.gw.noAck = !on
	f.gw.mu.Unlock()
}

// GatewayStats is a snapshot of gateway counters.
type GatewayStats struct {
	Identifies int
	Resumes    int
	Heartbeats int
	// Seq is the last sequence number assigned in the current session.
	Seq       int64
	SessionID string
	Connected bool
	Intents   int64
}

// Gateway returns the gateway counters.
func (f *Fake) Gateway() GatewayStats {
	g := f.gw
	g.mu.Lock()
	defer g.mu.Unlock()
	return GatewayStats{Identifies: g.identifies, Resumes: g.resumes, Heartbeats: g.beats, Seq: g.seq,
		SessionID: g.sessionID, Connected: g.conn != nil, Intents: g.intents}
}

// WaitIdentified waits until the gateway has seen n IDENTIFYs.
func (f *Fake) WaitIdentified(t testing.TB, n int, timeout time.Duration) {
	t.Helper()
	f.WaitFor(t, timeout, fmt.Sprintf("%d IDENTIFY", n), func() bool { return f.Gateway().Identifies >= n })
}

// WaitResumed waits until the gateway has seen n RESUMEs.
func (f *Fake) WaitResumed(t testing.TB, n int, timeout time.Duration) {
	t.Helper()
	f.WaitFor(t, timeout, fmt.Sprintf("%d RESUME", n), func() bool { return f.Gateway().Resumes >= n })
}
