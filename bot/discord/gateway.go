package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/attache-bot/attache/bot"
)

// DefaultOpenTimeout bounds Gateway.Start's connection handshake.
const DefaultOpenTimeout = 30 * time.Second

// Options configure New and NewRESTSession.
type Options struct {
	// Token is the bot token, with or without the "Bot " prefix. It is
	// never logged, printed or included in errors. Required.
	Token string
	// APIBase is the REST base every call goes to; default DefaultAPIBase.
	// With another base (a REST proxy, a fake) the gateway URL comes from
	// that API's GET /gateway answer.
	APIBase string
	// ShardID and ShardCount select one shard (ShardCount <= 1: no
	// sharding). Only shard 0 registers commands.
	ShardID, ShardCount int
	// GuildID registers the commands in that guild (instant, for
	// development) instead of globally.
	GuildID string
	// ApplicationID is the application's ID; default READY's
	// application.id.
	ApplicationID string
	// Handler answers interactions (the bot). Required for New.
	Handler Handler
	// Commands are the slash command definitions; default bot.Commands().
	Commands []bot.CommandDef
	// Logger receives the adapter's logs; nil discards.
	Logger *slog.Logger
	// HTTPClient sends REST requests (its transport is wrapped for
	// APIBase); default a client with a 20 s timeout.
	HTTPClient *http.Client
	// Intents are the gateway intents; default discordgo.IntentsGuilds
	// (interactions need none).
	Intents discordgo.Intent
	// DeferAfter is how long a handler may run before the interaction is
	// deferred; default DefaultDeferAfter (1.5 s). Discord allows 3 s.
	DeferAfter time.Duration
	// AutocompleteTimeout is how long autocomplete may take before it is
	// answered with no choices; default 2 s.
	AutocompleteTimeout time.Duration
	// HandlerTimeout bounds one handler run; default 10 minutes.
	HandlerTimeout time.Duration
	// OpenTimeout bounds the gateway handshake in Start; default 30 s.
	OpenTimeout time.Duration
	// SkipCommandSync leaves the registered commands alone.
	SkipCommandSync bool
	// Clock stamps requests (bot.Request.Now); default time.Now.
	Clock func() time.Time
	// OnFirstResponse, when set, is called once per interaction after its
	// first response was sent or failed to be, for metrics. It must be
	// quick.
	OnFirstResponse func(FirstResponse)
}

// String describes the options without the token, so printing them
// (fmt's %v, %+v, %s) never reveals it.
func (o Options) String() string {
	tok := "unset"
	if o.Token != "" {
		tok = "[redacted]"
	}
	return fmt.Sprintf("discord.Options{Token:%s APIBase:%q ShardID:%d ShardCount:%d GuildID:%q ApplicationID:%q}",
		tok, o.APIBase, o.ShardID, o.ShardCount, o.GuildID, o.ApplicationID)
}

// GoString is String, for %#v.
func (o Options) GoString() string { return o.String() }

// LogValue is String, for log/slog.
func (o Options) LogValue() slog.Value { return slog.StringValue(o.String()) }

// NewRESTSession returns a discordgo session for REST calls only (no
// gateway connection): the token, and an HTTP client sending every call to
// opts.APIBase. Use it for the HTTP interactions Endpoint and Sender when
// no Gateway runs.
func NewRESTSession(opts Options) (*discordgo.Session, error) {
	tok := bareToken(opts.Token)
	if tok == "" {
		return nil, errors.New("discord: no bot token")
	}
	if opts.APIBase == "" {
		opts.APIBase = DefaultAPIBase
	}
	client, err := newHTTPClient(opts.APIBase, opts.HTTPClient)
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New("Bot " + tok)
	if err != nil {
		return nil, redact(fmt.Errorf("discord: new session: %w", err), tok)
	}
	s.Client = client
	s.UserAgent = "DiscordBot (https://github.com/attache-bot/attache, 1.0)"
	return s, nil
}

// Gateway is the gateway adapter: one discordgo session (one shard) that
// registers the commands and answers interactions. Create it with New,
// then Start and Stop it once.
type Gateway struct {
	opts   Options
	token  string
	log    *slog.Logger
	s      *discordgo.Session
	r      *responder
	dialer *trackingDialer

	mu      sync.Mutex
	started bool
	appID   string
	removes []func()
}

// New prepares the adapter; it does not connect.
func New(opts Options) (*Gateway, error) {
	if opts.Handler == nil {
		return nil, errors.New("discord: no handler")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Commands == nil {
		opts.Commands = bot.Commands()
	}
	if opts.Intents == 0 {
		opts.Intents = discordgo.IntentsGuilds
	}
	if opts.OpenTimeout <= 0 {
		opts.OpenTimeout = DefaultOpenTimeout
	}
	if err := checkTimings(opts.DeferAfter, opts.AutocompleteTimeout); err != nil {
		return nil, err
	}
	if opts.ShardCount > 1 && (opts.ShardID < 0 || opts.ShardID >= opts.ShardCount) {
		return nil, fmt.Errorf("discord: shard %d out of range [0, %d)", opts.ShardID, opts.ShardCount)
	}
	s, err := NewRESTSession(opts)
	if err != nil {
		return nil, err
	}
	s.Identify.Intents = opts.Intents
	if opts.ShardCount > 1 {
		s.ShardID, s.ShardCount = opts.ShardID, opts.ShardCount
	}
	d := &trackingDialer{conns: map[net.Conn]bool{}}
	s.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second, NetDialContext: d.dial}
	tok := bareToken(opts.Token)
	log := opts.Logger.With("shard", opts.ShardID)
	g := &Gateway{opts: opts, token: tok, log: log, s: s, dialer: d, appID: opts.ApplicationID}
	g.r = newResponder(responderConfig{handler: opts.Handler, defs: opts.Commands, log: log, clock: opts.Clock,
		deferAfter: opts.DeferAfter, autocompleteTimeout: opts.AutocompleteTimeout,
		handlerTimeout: opts.HandlerTimeout, secret: tok, onFirst: opts.OnFirstResponse})
	return g, nil
}

// Connected reports whether the gateway websocket is up: false before
// Start, while reconnecting and after Stop (readiness checks).
func (g *Gateway) Connected() bool {
	g.s.RLock()
	defer g.s.RUnlock()
	return g.s.DataReady
}

// Session is the underlying discordgo session, for REST users that share
// it (Sender, the HTTP Endpoint). Do not Open or Close it yourself.
func (g *Gateway) Session() *discordgo.Session { return g.s }

// ApplicationID is the application's ID (from Options or READY); empty
// before Start.
func (g *Gateway) ApplicationID() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.appID
}

// Start connects to the gateway (bounded by Options.OpenTimeout and ctx),
// then registers the commands when their definitions changed. Interactions
// are answered from the moment the session is ready.
func (g *Gateway) Start(ctx context.Context) error {
	g.mu.Lock()
	if g.started {
		g.mu.Unlock()
		return errors.New("discord: gateway already started")
	}
	g.started = true
	g.removes = append(g.removes,
		g.s.AddHandler(g.onInteraction),
		g.s.AddHandler(func(_ *discordgo.Session, e *discordgo.Resumed) { g.log.Info("discord: gateway resumed") }),
		g.s.AddHandler(func(_ *discordgo.Session, e *discordgo.Disconnect) { g.log.Warn("discord: gateway disconnected") }),
		g.s.AddHandler(func(_ *discordgo.Session, e *discordgo.RateLimit) {
			g.log.Warn("discord: rate limited", "bucket", e.Bucket, "retry_after", e.RetryAfter)
		}),
	)
	g.mu.Unlock()

	if err := g.open(ctx); err != nil {
		return err
	}
	g.mu.Lock()
	if g.appID == "" {
		g.s.State.RLock()
		if app := g.s.State.Ready.Application; app != nil {
			g.appID = app.ID
		}
		g.s.State.RUnlock()
	}
	appID := g.appID
	g.mu.Unlock()
	g.log.Info("discord: gateway connected", "application_id", appID)
	if g.opts.SkipCommandSync || g.opts.ShardID != 0 {
		return nil
	}
	if appID == "" {
		_ = g.s.Close()
		return errors.New("discord: no application ID (set Options.ApplicationID; READY carried none)")
	}
	if _, err := SyncCommands(ctx, g.s, appID, g.opts.GuildID, g.opts.Commands, g.log); err != nil {
		_ = g.s.Close()
		return redact(err, g.token)
	}
	return nil
}

// open runs Session.Open, which has no read deadline of its own, bounded by
// OpenTimeout and ctx: on timeout the websocket is closed under it.
func (g *Gateway) open(ctx context.Context) error {
	type result struct{ err error }
	done := make(chan result, 1)
	var mu sync.Mutex
	abandoned := false
	go func() {
		err := g.s.Open()
		mu.Lock()
		defer mu.Unlock()
		if abandoned && err == nil {
			_ = g.s.Close() // connected after Start gave up
		}
		done <- result{err}
	}()
	t := time.NewTimer(g.opts.OpenTimeout)
	defer t.Stop()
	var why error
	select {
	case res := <-done:
		if res.err != nil {
			return redact(fmt.Errorf("discord: open gateway: %w", res.err), g.token)
		}
		return nil
	case <-t.C:
		why = fmt.Errorf("discord: open gateway: no READY within %v", g.opts.OpenTimeout)
	case <-ctx.Done():
		why = fmt.Errorf("discord: open gateway: %w", ctx.Err())
	}
	mu.Lock()
	abandoned = true
	mu.Unlock()
	g.dialer.closeAll() // unblocks Open's read of HELLO or READY
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	return why
}

// Stop stops answering new interactions, closes the gateway connection and
// waits (until ctx is done) for interactions in flight to be answered.
func (g *Gateway) Stop(ctx context.Context) error {
	g.mu.Lock()
	removes := g.removes
	g.removes = nil
	g.mu.Unlock()
	for _, rm := range removes {
		rm()
	}
	cerr := g.s.Close()
	werr := g.r.stop(ctx)
	g.dialer.closeAll()
	if cerr != nil && !errors.Is(cerr, discordgo.ErrWSNotFound) {
		return redact(fmt.Errorf("discord: close gateway: %w", cerr), g.token)
	}
	return werr
}

// onInteraction answers one INTERACTION_CREATE (discordgo runs it in its
// own goroutine).
func (g *Gateway) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	arrived := time.Now()
	if ic == nil || ic.Interaction == nil {
		return
	}
	if !g.r.begin() {
		g.log.Warn("discord: interaction after stop; ignored", "interaction_id", ic.ID)
		return
	}
	defer g.r.end()
	i := ic.Interaction
	first, then := g.r.answer(i, arrived)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(g.r.base), restTimeout)
	err := respond(ctx, s, i, first)
	cancel()
	g.r.reportFirst(i, first, arrived, err)
	if err != nil {
		g.log.Error("discord: answer interaction", "interaction_id", i.ID, "err", redact(err, g.token))
	}
	if then != nil {
		then(s, err == nil)
	}
}

// checkTimings rejects answer timings that would miss Discord's 3 s window.
func checkTimings(deferAfter, autocomplete time.Duration) error {
	const window = discordgo.InteractionDeadline
	if deferAfter >= window || autocomplete >= window {
		return fmt.Errorf("discord: DeferAfter (%v) and AutocompleteTimeout (%v) must be below Discord's %v window",
			deferAfter, autocomplete, window)
	}
	return nil
}

// trackingDialer remembers the gateway connections it dialled so that a
// stuck handshake can be broken by closing them.
type trackingDialer struct {
	mu    sync.Mutex
	conns map[net.Conn]bool
}

func (d *trackingDialer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	var nd net.Dialer
	c, err := nd.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	tc := &trackedConn{Conn: c, d: d}
	d.mu.Lock()
	d.conns[tc] = true
	d.mu.Unlock()
	return tc, nil
}

func (d *trackingDialer) closeAll() {
	d.mu.Lock()
	conns := make([]net.Conn, 0, len(d.conns))
	for c := range d.conns {
		conns = append(conns, c)
	}
	d.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
}

type trackedConn struct {
	net.Conn
	d    *trackingDialer
	once sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.d.mu.Lock()
		delete(c.d.conns, c)
		c.d.mu.Unlock()
	})
	return c.Conn.Close()
}
