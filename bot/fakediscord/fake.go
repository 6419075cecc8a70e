package fakediscord

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Default identities used when Options leaves them empty. They are valid snowflakes.
const (
	DefaultToken          = "fake-bot-token"
	DefaultAppID          = "1100000000000000001"
	DefaultBotUserID      = "1100000000000000001"
	DefaultGuildID        = "1200000000000000001"
	DefaultChannelID      = "1200000000000000011" // text channel "general"
	DefaultNewsChannelID  = "1200000000000000012" // announcement channel "news"
	DefaultAdminRoleID    = "1200000000000000021"
	DefaultAdminUserID    = "1300000000000000001" // "alice", owner, Manage Server
	DefaultMemberUserID   = "1300000000000000002" // "bob", plain member
	DefaultOutsiderUserID = "1300000000000000003" // "carol", not in any guild (DM tests)
)

// Permission bits used by the helpers (Discord's values).
const (
	PermAdministrator  int64 = 1 << 3
	PermManageChannels int64 = 1 << 4
	PermManageGuild    int64 = 1 << 5
	PermViewChannel    int64 = 1 << 10
	PermSendMessages   int64 = 1 << 11
	PermEmbedLinks     int64 = 1 << 14
	PermReadHistory    int64 = 1 << 16
	PermMentionAll     int64 = 1 << 17
	PermUseAppCommands int64 = 1 << 31
	PermManageEvents   int64 = 1 << 33
	PermCreateEvents   int64 = 1 << 44
	// PermMember is what an ordinary member has: view, send, embed, history, use commands.
	PermMember = PermViewChannel | PermSendMessages | PermEmbedLinks | PermReadHistory | PermUseAppCommands
	// PermAdmin is PermMember plus Administrator, Manage Server, Manage Events.
	PermAdmin = PermMember | PermAdministrator | PermManageGuild | PermManageChannels | PermManageEvents | PermCreateEvents
)

// Limit is a rate limit: Requests per Window.
type Limit struct {
	Requests int
	Window   time.Duration
}

// User is a Discord user as the fake knows it.
type User struct {
	ID       string
	Username string
}

// Channel is a guild channel. Type follows Discord: 0 text, 2 voice, 5 announcement.
type Channel struct {
	ID   string
	Name string
	Type int
}

// Role is a guild role; Permissions is its permission bit set.
type Role struct {
	ID          string
	Name        string
	Permissions int64
}

// Member is a guild member: a user plus role IDs.
type Member struct {
	User  User
	Roles []string
}

// Guild is a guild the bot is in; it is sent as a READY stub and a GUILD_CREATE dispatch.
type Guild struct {
	ID       string
	Name     string
	OwnerID  string
	Channels []Channel
	Roles    []Role
	Members  []Member
}

// Options configures a Fake. The zero value is usable: one guild (DefaultGuildID) with channels
// "general" and "news", users alice (admin, owner) and bob (member).
type Options struct {
	// Token is the bot token; requests must carry "Authorization: Bot <Token>".
	Token string
	// AppID is the application (and bot user) ID.
	AppID string
	// BotUsername is the bot user's name (default "attache").
	BotUsername string
	// Guilds replaces the default guild.
	Guilds []Guild
	// ClosedDMs lists user IDs whose DMs are closed: sending to their DM channel fails with 50007.
	ClosedDMs []string
	// HeartbeatInterval sent in HELLO (default 10 s). Keep it well above 1 s when a test sends op 7:
	// discordgo v0.29.0's heartbeat goroutine races its own 1 s close pause and may reconnect twice.
	HeartbeatInterval time.Duration
	// RouteLimit is the default per-route bucket (default 50 requests per second).
	RouteLimit Limit
	// GlobalLimit is the global requests-per-second limit (default 50; negative disables).
	// Interaction callbacks and webhook-with-token routes are exempt, as on Discord.
	GlobalLimit int
	// Latency is added to every REST response.
	Latency time.Duration
	// InteractionDeadline is how long after dispatch the first callback is accepted (default 3 s,
	// as on Discord; 12 s when the test binary is built with -race, whose slowdown on a loaded
	// 2-core machine pushed correct callbacks past 3 s. Tests of the deadline itself set it.)
	InteractionDeadline time.Duration
	// TokenTTL is how long an interaction token accepts webhook calls (default 15 min).
	TokenTTL time.Duration
	// SpecPath is Discord's openapi.json (default: FindSpec()).
	SpecPath string
	// DisableSpec turns off OpenAPI validation (the fake's own checks stay on).
	DisableSpec bool
	// Logger receives debug logs (default: discarded).
	Logger *slog.Logger
}

// Violation is a request the fake judged invalid. It was answered with an error (usually 400 + 50035).
type Violation struct {
	// Kind is one of "openapi", "message", "mentions", "components", "commands", "callback",
	// "deadline", "event", "route".
	Kind    string
	Method  string
	Path    string
	Route   string
	Message string
	Body    []byte
	Time    time.Time
}

// String renders the violation for test output.
func (v Violation) String() string {
	body := string(v.Body)
	if len(body) > 300 {
		body = body[:300] + "..."
	}
	return fmt.Sprintf("[%s] %s %s: %s (body %s)", v.Kind, v.Method, v.Path, v.Message, body)
}

// Call is one REST request the fake received.
type Call struct {
	// Seq numbers calls in completion order, from 1.
	Seq    int
	Method string
	// Path is the request path as sent, e.g. "/api/v9/channels/1/messages".
	Path  string
	Query url.Values
	// Route is the matched template, e.g. "POST /channels/{channel_id}/messages" (see the Route
	// constants); empty for unknown routes.
	Route  string
	Params map[string]string
	Header http.Header
	Body   []byte
	// Time is when the request arrived; Done when the response was written.
	Time time.Time
	Done time.Time
	// Status is the HTTP status answered; Code the Discord JSON error code (0 on success).
	Status   int
	Code     int
	Response []byte
	// ResponseHeader holds the headers answered (rate-limit headers included).
	ResponseHeader http.Header
}

// Decode unmarshals the request body into v.
func (c Call) Decode(v any) error {
	if err := json.Unmarshal(c.Body, v); err != nil {
		return fmt.Errorf("fakediscord: decode %s body: %w", c.Route, err)
	}
	return nil
}

// Fake is an in-process Discord: REST API and gateway websocket on one httptest server.
type Fake struct {
	opts      Options
	tb        testing.TB
	log       *slog.Logger
	srv       *httptest.Server
	transport *http.Transport
	spec      *specValidator
	gw        *gateway
	rl        *rateLimiter
	started   time.Time

	snow atomic.Int64

	mu           sync.Mutex
	changed      chan struct{}
	calls        []Call
	violations   []Violation
	tolerate     []func(Violation) bool
	faults       []*Fault
	latency      time.Duration
	channels     map[string]*channelState
	messages     map[string]*messageState
	nonces       map[string]nonceEntry
	interactions map[string]*interactionState
	byToken      map[string]*interactionState
	commands     map[string][]storedCommand // scope ("" global, else guild ID) -> commands
	events       map[string][]map[string]any
	dms          map[string]string // user ID -> DM channel ID
	closedDMs    map[string]bool
	users        map[string]User
	status429    int
	invalid      int
	closed       bool
}

type channelState struct {
	ID      string
	GuildID string
	Type    int
	DMUser  string
	msgIDs  []string
}

type messageState struct {
	obj           map[string]any
	interactionID string
	deleted       bool
}

type nonceEntry struct {
	messageID string
	at        time.Time
}

// NonceWindow is how long a nonce sent with enforce_nonce deduplicates messages.
const NonceWindow = 5 * time.Minute

// New starts a fake Discord for the test and registers cleanup: the server shuts down and every
// recorded violation (not tolerated with Tolerate) fails the test with t.Errorf. It skips the test
// if Discord's OpenAPI document is absent (unless opts.DisableSpec).
func New(t testing.TB, opts Options) *Fake {
	t.Helper()
	f, err := Start(opts)
	if errors.Is(err, ErrSpecNotFound) {
		t.Skipf("fakediscord: %v; skipping (set ATTACHE_DISCORD_OPENAPI or check out ../shared)", err)
	}
	if err != nil {
		t.Fatalf("fakediscord: %v", err)
	}
	t.Cleanup(func() {
		f.Close()
		for _, v := range f.Violations() {
			if !f.tolerated(v) {
				t.Errorf("fakediscord violation: %s", v)
			}
		}
	})
	return f
}

// Start starts a fake without registering test cleanup (for tools and benchmarks); call Close and
// inspect Violations yourself.
func Start(opts Options) (*Fake, error) {
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.AppID == "" {
		opts.AppID = DefaultAppID
	}
	if opts.BotUsername == "" {
		opts.BotUsername = "attache"
	}
	if opts.Guilds == nil {
		opts.Guilds = []Guild{defaultGuild()}
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = 10 * time.Second
	}
	if opts.RouteLimit.Requests <= 0 || opts.RouteLimit.Window <= 0 {
		opts.RouteLimit = Limit{Requests: 50, Window: time.Second}
	}
	if opts.GlobalLimit == 0 {
		opts.GlobalLimit = 50
	}
	if opts.InteractionDeadline <= 0 {
		opts.InteractionDeadline = 3 * time.Second
		if raceEnabled {
			opts.InteractionDeadline *= 4
		}
	}
	if opts.TokenTTL <= 0 {
		opts.TokenTTL = 15 * time.Minute
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	f := &Fake{
		opts:         opts,
		log:          opts.Logger,
		started:      time.Now(),
		changed:      make(chan struct{}),
		latency:      opts.Latency,
		channels:     map[string]*channelState{},
		messages:     map[string]*messageState{},
		nonces:       map[string]nonceEntry{},
		interactions: map[string]*interactionState{},
		byToken:      map[string]*interactionState{},
		commands:     map[string][]storedCommand{},
		events:       map[string][]map[string]any{},
		dms:          map[string]string{},
		closedDMs:    map[string]bool{},
		users:        map[string]User{},
	}
	for _, id := range opts.ClosedDMs {
		f.closedDMs[id] = true
	}
	for _, g := range opts.Guilds {
		for _, c := range g.Channels {
			f.channels[c.ID] = &channelState{ID: c.ID, GuildID: g.ID, Type: c.Type}
		}
		for _, m := range g.Members {
			f.users[m.User.ID] = m.User
		}
	}
	f.users[DefaultOutsiderUserID] = User{ID: DefaultOutsiderUserID, Username: "carol"}
	if !opts.DisableSpec {
		path := opts.SpecPath
		if path == "" {
			p, err := FindSpec()
			if err != nil {
				return nil, err
			}
			path = p
		}
		spec, err := loadSpec(path)
		if err != nil {
			return nil, err
		}
		f.spec = spec
	}
	f.rl = newRateLimiter(opts.RouteLimit, opts.GlobalLimit)
	f.gw = newGateway(f)
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", f.serveREST)
	mux.HandleFunc("/ws/", f.gw.serve)
	f.srv = httptest.NewServer(mux)
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64 // a bot fans out; do not churn loopback connections
	tr.Proxy = nil
	f.transport = tr
	return f, nil
}

func defaultGuild() Guild {
	return Guild{
		ID:      DefaultGuildID,
		Name:    "Attache Test",
		OwnerID: DefaultAdminUserID,
		Channels: []Channel{
			{ID: DefaultChannelID, Name: "general", Type: 0},
			{ID: DefaultNewsChannelID, Name: "news", Type: 5},
		},
		Roles: []Role{
			{ID: DefaultGuildID, Name: "@everyone", Permissions: PermMember},
			{ID: DefaultAdminRoleID, Name: "admin", Permissions: PermAdmin},
		},
		Members: []Member{
			{User: User{ID: DefaultAdminUserID, Username: "alice"}, Roles: []string{DefaultAdminRoleID}},
			{User: User{ID: DefaultMemberUserID, Username: "bob"}},
		},
	}
}

// Close shuts the fake down: gateway connections, then the HTTP server. It is idempotent.
func (f *Fake) Close() {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return
	}
	f.closed = true
	f.mu.Unlock()
	f.gw.close()
	f.srv.Close()
	f.transport.CloseIdleConnections()
}

// URL is the base URL of the server (http://127.0.0.1:PORT).
func (f *Fake) URL() string { return f.srv.URL }

// APIBase is the REST base as discordgo builds it: URL()+"/api/v9/".
func (f *Fake) APIBase() string { return f.srv.URL + "/api/v9/" }

// GatewayURL is the websocket URL the fake returns from GET /gateway.
func (f *Fake) GatewayURL() string { return "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws" }

// Token is the bot token (without "Bot ").
func (f *Fake) Token() string { return f.opts.Token }

// AppID is the application ID.
func (f *Fake) AppID() string { return f.opts.AppID }

// HTTPClient returns a client whose transport sends every request, whatever its host, to the
// fake (scheme and host rewritten). Assign it to discordgo's Session.Client.
func (f *Fake) HTTPClient() *http.Client {
	target, _ := url.Parse(f.srv.URL)
	return &http.Client{
		Timeout:   20 * time.Second,
		Transport: &rewriteTransport{target: target, base: f.transport},
	}
}

type rewriteTransport struct {
	target *url.URL
	base   http.RoundTripper
}

func (rt *rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r2 := r.Clone(r.Context())
	r2.URL.Scheme = rt.target.Scheme
	r2.URL.Host = rt.target.Host
	r2.Host = rt.target.Host
	return rt.base.RoundTrip(r2)
}

// NewSession returns a discordgo session wired to the fake (token, HTTP client), not yet opened.
// The session is closed at test cleanup. Compression is off so frames are plain JSON.
func (f *Fake) NewSession(t testing.TB) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot " + f.opts.Token)
	if err != nil {
		t.Fatalf("fakediscord: new session: %v", err)
	}
	s.Client = f.HTTPClient()
	s.Compress = false
	s.Identify.Intents = discordgo.IntentsGuilds
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// SetLatency changes the artificial latency added to every REST response.
func (f *Fake) SetLatency(d time.Duration) {
	f.mu.Lock()
	f.latency = d
	f.mu.Unlock()
}

// SetRouteLimit sets the bucket limit of one route template (e.g. RouteCreateMessage).
func (f *Fake) SetRouteLimit(route string, l Limit) { f.rl.setRouteLimit(route, l) }

// SetGlobalLimit changes the global requests-per-second limit (negative disables).
func (f *Fake) SetGlobalLimit(n int) { f.rl.setGlobal(n) }

// Fault makes the next Count requests matching Route (a route template, "" for any) fail with
// Status (500, 502, 429 ...). For 429, RetryAfter (default 100 ms) and Global shape the answer.
type Fault struct {
	Route      string
	Status     int
	Count      int
	RetryAfter time.Duration
	Global     bool
}

// InjectFault queues a fault.
func (f *Fake) InjectFault(fl Fault) {
	if fl.Count <= 0 {
		fl.Count = 1
	}
	if fl.RetryAfter <= 0 {
		fl.RetryAfter = 100 * time.Millisecond
	}
	f.mu.Lock()
	f.faults = append(f.faults, &fl)
	f.mu.Unlock()
}

// FailNext makes the next n requests to route answer status.
func (f *Fake) FailNext(route string, n, status int) {
	f.InjectFault(Fault{Route: route, Status: status, Count: n})
}

// Tolerate marks violations matching pred as expected: they are still recorded and answered with
// an error, but do not fail the test at cleanup.
func (f *Fake) Tolerate(pred func(Violation) bool) {
	f.mu.Lock()
	f.tolerate = append(f.tolerate, pred)
	f.mu.Unlock()
}

func (f *Fake) tolerated(v Violation) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range f.tolerate {
		if p(v) {
			return true
		}
	}
	return false
}

// Violations returns every violation recorded so far.
func (f *Fake) Violations() []Violation {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Violation(nil), f.violations...)
}

// Calls returns every completed REST call, in completion order.
func (f *Fake) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.calls...)
}

// CallsTo returns the completed calls whose Route equals route.
func (f *Fake) CallsTo(route string) []Call {
	var out []Call
	for _, c := range f.Calls() {
		if c.Route == route {
			out = append(out, c)
		}
	}
	return out
}

// RateLimited is the number of 429 answers sent (injected or enforced).
func (f *Fake) RateLimited() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.status429
}

// InvalidRequests counts 401, 403 and 429 answers (429s of scope "shared" excluded), the
// counter Discord bans at 10,000 per 10 minutes.
func (f *Fake) InvalidRequests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.invalid
}

// WaitFor blocks until cond (evaluated after every recorded change: call, gateway event) is true,
// failing the test after timeout. cond must not call WaitFor.
func (f *Fake) WaitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ch := f.changed
		f.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("fakediscord: timed out after %v waiting for %s", timeout, what)
		}
	}
}

// WaitCall waits for a completed call matching match (already recorded ones count) and returns
// the first one.
func (f *Fake) WaitCall(t testing.TB, timeout time.Duration, match func(Call) bool) Call {
	t.Helper()
	var found Call
	f.WaitFor(t, timeout, "a matching REST call", func() bool {
		for _, c := range f.Calls() {
			if match(c) {
				found = c
				return true
			}
		}
		return false
	})
	return found
}

// WaitRoute waits until at least n calls to route completed and returns them.
func (f *Fake) WaitRoute(t testing.TB, timeout time.Duration, route string, n int) []Call {
	t.Helper()
	var got []Call
	f.WaitFor(t, timeout, fmt.Sprintf("%d call(s) to %s", n, route), func() bool {
		got = f.CallsTo(route)
		return len(got) >= n
	})
	return got
}

// bump wakes waiters; callers hold f.mu.
func (f *Fake) bumpLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *Fake) bump() {
	f.mu.Lock()
	f.bumpLocked()
	f.mu.Unlock()
}

// Snowflake returns a new unique snowflake ID.
func (f *Fake) Snowflake() string {
	n := f.snow.Add(1)
	ms := time.Now().UnixMilli() - 1420070400000
	return fmt.Sprint(ms<<22 | (n & 0x3fffff))
}

// apiError is an error answer.
type apiError struct {
	status  int
	code    int
	message string
	kind    string // non-empty: also record a violation of this kind
	details []string
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %d %s", e.status, e.code, e.message) }

func errInvalidForm(kind string, details []string) *apiError {
	return &apiError{status: 400, code: 50035, message: "Invalid Form Body", kind: kind, details: details}
}

// request is what a handler sees.
type request struct {
	r      *http.Request
	route  *route
	params map[string]string
	body   []byte
	json   any // decoded JSON body (or payload_json of a multipart body), nil if none
	files  int // number of attached files in a multipart body
	now    time.Time
}

func (rq *request) obj() map[string]any {
	m, _ := rq.json.(map[string]any)
	return m
}

func (f *Fake) serveREST(w http.ResponseWriter, r *http.Request) {
	now := time.Now()
	call := Call{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Time: now}
	status, code, resp, hdr := f.handleREST(r, &call)
	for k, v := range hdr {
		w.Header()[k] = v
	}
	if resp != nil {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	if resp != nil {
		_, _ = w.Write(resp)
	}
	call.Status, call.Code, call.Response, call.Done = status, code, resp, time.Now()
	call.ResponseHeader = w.Header().Clone()
	f.mu.Lock()
	call.Seq = len(f.calls) + 1
	f.calls = append(f.calls, call)
	if status == 429 {
		f.status429++
	}
	if status == 401 || status == 403 || (status == 429 && hdr.Get("X-RateLimit-Scope") != "shared") {
		f.invalid++
	}
	f.bumpLocked()
	f.mu.Unlock()
}

// handleREST runs the pipeline: route, body, latency, auth, faults, rate limits, validation, handler.
func (f *Fake) handleREST(r *http.Request, call *Call) (int, int, []byte, http.Header) {
	hdr := http.Header{}
	path := r.URL.Path
	var rest string
	switch {
	case strings.HasPrefix(path, "/api/v9/"):
		rest = strings.TrimPrefix(path, "/api/v9")
	case strings.HasPrefix(path, "/api/v10/"):
		rest = strings.TrimPrefix(path, "/api/v10")
	default:
		return jsonError(&apiError{status: 404, message: "404: Not Found"}, hdr)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 26<<20))
	if err != nil {
		return jsonError(&apiError{status: 400, message: "cannot read body"}, hdr)
	}
	call.Body = body
	rt, params := matchRoute(r.Method, rest)
	if rt == nil {
		f.addViolation(Violation{Kind: "route", Method: r.Method, Path: path,
			Message: "route not served by the fake (extend bot/fakediscord if the bot really needs it)", Body: body})
		return jsonError(&apiError{status: 404, message: "404: Not Found"}, hdr)
	}
	call.Route, call.Params = rt.name, params

	f.mu.Lock()
	lat := f.latency
	f.mu.Unlock()
	if lat > 0 {
		select {
		case <-time.After(lat):
		case <-r.Context().Done():
		}
	}
	if rt.auth && r.Header.Get("Authorization") != "Bot "+f.opts.Token {
		return jsonError(&apiError{status: 401, message: "401: Unauthorized"}, hdr)
	}
	if fl := f.takeFault(rt.name); fl != nil {
		if fl.Status == 429 {
			return f.rl.tooMany(hdr, fl.RetryAfter, fl.Global, "user")
		}
		return jsonError(&apiError{status: fl.Status, message: fmt.Sprintf("%d: injected fault", fl.Status)}, hdr)
	}
	now := time.Now()
	if !rt.exempt {
		if wait, limited := f.rl.global(now); limited {
			return f.rl.tooMany(hdr, wait, true, "global")
		}
	}
	if wait, limited := f.rl.take(now, rt, params, hdr); limited {
		return f.rl.tooMany(hdr, wait, false, "user")
	}

	rq := &request{r: r, route: rt, params: params, body: body, now: now}
	if ae := f.decodeBody(rq); ae != nil {
		return f.fail(rq, ae, hdr)
	}
	isJSON := strings.HasPrefix(r.Header.Get("Content-Type"), "application/json")
	if f.spec != nil && (len(body) == 0 || isJSON) {
		if errs := f.spec.validate(rt.name, r, body); len(errs) > 0 {
			return f.fail(rq, errInvalidForm("openapi", errs), hdr)
		}
	}
	if rt.check != nil {
		if ae := rt.check(f, rq); ae != nil {
			return f.fail(rq, ae, hdr)
		}
	}
	status, out, ae := rt.h(f, rq)
	if ae != nil {
		return f.fail(rq, ae, hdr)
	}
	if out == nil {
		return status, 0, nil, hdr
	}
	b, err := json.Marshal(out)
	if err != nil {
		return jsonError(&apiError{status: 500, message: "fake: encode: " + err.Error()}, hdr)
	}
	return status, 0, b, hdr
}

func (f *Fake) fail(rq *request, ae *apiError, hdr http.Header) (int, int, []byte, http.Header) {
	if ae.kind != "" {
		msg := ae.message
		if len(ae.details) > 0 {
			msg = strings.Join(ae.details, "; ")
		}
		f.addViolation(Violation{Kind: ae.kind, Method: rq.r.Method, Path: rq.r.URL.Path, Route: rq.route.name,
			Message: msg, Body: rq.body})
	}
	return jsonError(ae, hdr)
}

func jsonError(ae *apiError, hdr http.Header) (int, int, []byte, http.Header) {
	m := map[string]any{"message": ae.message, "code": ae.code}
	if len(ae.details) > 0 {
		var errs []map[string]string
		for _, d := range ae.details {
			errs = append(errs, map[string]string{"code": "INVALID", "message": d})
		}
		m["errors"] = map[string]any{"_errors": errs}
	}
	b, _ := json.Marshal(m)
	return ae.status, ae.code, b, hdr
}

func (f *Fake) addViolation(v Violation) {
	if v.Time.IsZero() {
		v.Time = time.Now()
	}
	f.log.Debug("fakediscord violation", "kind", v.Kind, "path", v.Path, "message", v.Message)
	f.mu.Lock()
	f.violations = append(f.violations, v)
	f.bumpLocked()
	f.mu.Unlock()
}

func (f *Fake) takeFault(route string) *Fault {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, fl := range f.faults {
		if fl.Route == "" || fl.Route == route {
			fl.Count--
			if fl.Count <= 0 {
				f.faults = append(f.faults[:i], f.faults[i+1:]...)
			}
			c := *fl
			return &c
		}
	}
	return nil
}

// decodeBody parses a JSON body, or the payload_json part of a multipart body.
func (f *Fake) decodeBody(rq *request) *apiError {
	if len(rq.body) == 0 {
		return nil
	}
	ct := rq.r.Header.Get("Content-Type")
	mt, params, _ := mime.ParseMediaType(ct)
	payload := rq.body
	if mt == "multipart/form-data" {
		mr := multipart.NewReader(strings.NewReader(string(rq.body)), params["boundary"])
		payload = nil
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			b, _ := io.ReadAll(p)
			if p.FormName() == "payload_json" {
				payload = b
			} else {
				rq.files++
			}
		}
		if payload == nil {
			return nil
		}
	} else if mt != "application/json" {
		return &apiError{status: 400, code: 50035, message: "Content-Type must be application/json", kind: "openapi"}
	}
	if err := json.Unmarshal(payload, &rq.json); err != nil {
		return &apiError{status: 400, code: 50109, message: "The request body contains invalid JSON.", kind: "openapi"}
	}
	return nil
}

// sortedKeys is a small helper for deterministic output.
func sortedKeys[M ~map[string]V, V any](m M) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
