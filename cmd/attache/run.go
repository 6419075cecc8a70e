package main

import (
	"context"
	"fmt"
	"github.com/attache-bot/attache/alerts"
	"github.com/attache-bot/attache/alerts/dispatch"
	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/console"
	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/delivery"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/edition"
	"github.com/attache-bot/attache/ops"
	"github.com/robfig/cron/v3"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/attache-bot/attache/config"
	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/bolt"
	redisstore "github.com/attache-bot/attache/store/redis"
)

func (m *Main) cmdRun(ctx context.Context, args []string) int {
	fs := m.flagSet("run", "run [-config FILE]",
		"Run the bot with its scheduler until interrupted (SIGINT/SIGTERM).\n\n"+
			"With DISCORD_TOKEN (or DISCORD_TOKEN_FILE) set it connects to Discord. Without a token it runs\n"+
			"offline in this terminal on the bundled sample news: type commands such as '/brief riyadh' or\n"+
			"'/help' on standard input and the replies, and any scheduled posts, print here. It stops cleanly\n"+
			"when standard input closes or on Ctrl-C.")
	cfgPath := m.configFlag(fs)
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "attache run: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	cfg, ok := m.loadConfig(*cfgPath)
	if !ok {
		return exitUsage
	}
	log := m.logger(cfg)

	st, err := openStore(ctx, cfg)
	if err != nil {
		log.Error("cannot open the store", "err", err)
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	defer func() {
		if err := st.Close(); err != nil {
			log.Error("closing the store", "err", err)
		}
	}()
	// Metrics are always collected (they are cheap); the listener that
	// serves them is optional. Lease changes are counted by the store.
	metrics := ops.NewMetrics()
	st = ops.WithLeaseMetrics(st, metrics)
	if err := syncSources(ctx, st, cfg); err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	eng, err := digest.New()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	dig, fetcher := newDigester(cfg, st, log, eng)
	defer fetcher.Close()
	dig.Observe(metrics)
	dig.Subscribe(metrics)

	offline := cfg.Discord.Token == ""
	if offline {
		fmt.Fprintf(m.Stdout, "attache: no DISCORD_TOKEN set; running offline in this terminal with the %s store (%s) and the bundled sample news. Type /help, Ctrl-D to quit.\n",
			storeKind(cfg), storeWhere(cfg))
	}

	// The transports need the bot, and the bot needs the edition scheduler,
	// which needs the delivery pipeline, which needs a transport: the
	// forwarder breaks the circle.
	fw := &forwarder{}
	limiter := delivery.NewLimiter(st, delivery.DefaultRateKey, cfg.Delivery.RatePerSecond, delivery.DefaultBurst, log)
	var (
		sender delivery.Sender
		con    *console.Console
		gw     *discord.Gateway
	)
	if offline {
		con = console.New(metrics.TimeHandler(fw), console.Options{Out: m.Stdout})
		sender = consoleSender{con}
	} else {
		gw, err = discord.New(discord.Options{
			Token:         cfg.Discord.Token.Reveal(),
			APIBase:       cfg.Discord.APIBase,
			ShardID:       cfg.Discord.ShardID,
			ShardCount:    cfg.Discord.ShardCount,
			GuildID:       cfg.Discord.GuildID,
			ApplicationID: cfg.Discord.ApplicationID,
			Handler:       fw,
			Logger:        log,
			// Counts every 429 Discord answers, whoever made the request.
			HTTPClient:      &http.Client{Timeout: 20 * time.Second, Transport: metrics.DiscordTransport(nil)},
			OnFirstResponse: metrics.FirstResponse,
		})
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache: %v\n", err)
			return exitFailure
		}
		sender = discord.NewSender(gw.Session(), discord.SenderOptions{Limiter: limiter, Logger: log})
	}

	var disp *dispatch.Dispatcher
	pipe, err := delivery.New(delivery.Config{
		Store:       st,
		Sender:      sender,
		Logger:      log,
		Limiter:     limiter,
		MaxAttempts: cfg.Delivery.MaxAttempts,
		OnOutcome:   metrics.Delivery,
		OnPermanent: func(ctx context.Context, msg delivery.Message, serr *delivery.SendError) {
			if msg.Kind == delivery.KindAlert && msg.UserID != "" {
				reason := "Discord refused my direct message (are your DMs closed?)"
				if err := disp.PauseForUser(ctx, msg.UserID, reason); err != nil {
					log.Error("pause alerts after a refused DM", "err", err)
				}
			}
		},
	})
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	disp = dispatch.New(st, outbox{pipe}, dispatch.Options{
		Policy: alertPolicy(cfg.Alerts),
		Logger: log,
	})
	if err := disp.Load(ctx); err != nil {
		fmt.Fprintf(m.Stderr, "attache: load alerts: %v\n", err)
		return exitFailure
	}
	editions, err := edition.New(edition.Config{Store: st, Pipeline: pipe, Logger: log, CatchUp: cfg.Editions.CatchUp.D()})
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	b, err := bot.New(bot.Config{
		Store:            st,
		Logger:           log,
		MaxAlertsPerUser: cfg.Alerts.MaxPerUser,
		Editions: bot.EditionDefaults{
			Time: cfg.Editions.DefaultTime, TimeZone: cfg.Editions.DefaultTimeZone, Length: cfg.Editions.DefaultLength,
		},
		EditionRenderer: editions,
	})
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	// Alert and edition changes take effect at once, not at the next poll.
	b.Router().Use(func(next bot.HandlerFunc) bot.HandlerFunc {
		return func(ctx context.Context, req *bot.Request) (bot.Response, error) {
			resp, err := next(ctx, req)
			switch req.Name {
			case "alert":
				if err := disp.Reload(ctx); err != nil {
					log.Warn("reload alerts", "err", err)
				}
			case "edition":
				if err := editions.Reload(ctx); err != nil {
					log.Warn("reload editions", "err", err)
				}
			}
			return resp, err
		}
	})
	b.Router().Observe(metrics.Interaction)
	metrics.WatchAlertIndex(disp.Len)
	metrics.WatchQueue(st, 0)
	fw.set(b)
	dig.Subscribe(story.ListenerFunc(func(ctx context.Context, _ story.Event) { b.Index().Refresh(ctx) }))
	dig.Subscribe(disp)

	// Background work: delivery workers, alert timers, editions, and the
	// digester on its cron schedule with retention hourly. runCtx is
	// cancelled on shutdown; work cut short is left resumable (queued jobs
	// are redelivered, a digester cycle is redone).
	runCtx, cancelRun := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for _, run := range []func(context.Context) error{pipe.Run, disp.Run, editions.Run} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := run(runCtx); err != nil && runCtx.Err() == nil {
				log.Error("background task stopped", "err", err)
			}
		}()
	}
	sched := cron.New(cron.WithLocation(time.UTC), cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	digesterBeat := ops.NewHeartbeat(cfg.HTTP.ReadyMaxAge.D(), nil)
	cycle := func() {
		rep, err := dig.Cycle(runCtx, false)
		if runCtx.Err() == nil { // a cycle cut short by shutdown says nothing
			metrics.Cycle(rep, err, time.Now())
			if err == nil {
				digesterBeat.Beat()
			}
		}
		switch {
		case err != nil && runCtx.Err() == nil:
			log.Error("digester cycle failed", "err", err)
		case err == nil && !rep.Skipped:
			log.Info("digester cycle", "polled", rep.Polled, "failed", rep.Failed, "new", rep.New,
				"stories_created", len(rep.Created), "stories_updated", len(rep.Updated))
		}
	}
	if _, err := sched.AddFunc(cfg.Digest.Schedule, cycle); err != nil {
		cancelRun()
		wg.Wait()
		fmt.Fprintf(m.Stderr, "attache: digest.schedule: %v\n", err)
		return exitUsage
	}
	_, _ = sched.AddFunc("@hourly", func() {
		n, err := st.Expire(runCtx, time.Now().Add(-cfg.Store.Retention.D()))
		if err != nil {
			log.Error("retention failed", "err", err)
			return
		}
		if n.Stories+n.Articles > 0 {
			log.Info("retention", "stories_removed", n.Stories, "articles_removed", n.Articles)
		}
	})
	sched.Start()
	defer func() {
		cancelRun()
		<-sched.Stop().Done() // wait for a running cycle to finish
		wg.Wait()
	}()

	// The operator listener starts before the first cycle and the Discord
	// connection: /healthz answers at once, /readyz says what is missing.
	if cfg.HTTP.Listen != "" {
		ready := ops.NewReady(ops.DefaultCheckTimeout)
		ready.Add("store", ops.StoreCheck(st))
		if offline {
			ready.Add("discord", ops.ConsoleCheck())
		} else {
			ready.Add("discord", ops.ConnectedCheck(gw.Connected))
		}
		ready.Add("digester", digesterBeat.Check)
		mux := ops.NewMux(metrics, ready, log)
		if !offline && cfg.Discord.PublicKey != "" {
			ep, err := discord.NewEndpoint(discord.EndpointOptions{PublicKey: cfg.Discord.PublicKey, Handler: fw,
				Session: gw.Session(), Logger: log, OnFirstResponse: metrics.FirstResponse})
			if err != nil {
				fmt.Fprintf(m.Stderr, "attache: %v\n", err)
				return exitFailure
			}
			defer ep.Close(context.WithoutCancel(ctx))
			mux.Handle("POST "+cfg.HTTP.InteractionPath, ep)
		}
		srv, err := ops.Listen(cfg.HTTP.Listen, mux, log)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache: http.listen: %v\n", err)
			return exitFailure
		}
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil {
				log.Warn("closing the http listener", "err", err)
			}
		}()
		log.Info("http listener", "addr", srv.Addr().String())
	}

	// A first cycle at start, so a new user sees stories at once.
	cycle()

	if offline {
		if n, err := st.ListStories(ctx, time.Time{}, 0); err == nil && len(n) > 0 {
			fmt.Fprintf(m.Stdout, "attache: %d stories ready. Try /brief, /brief %s, /dates or /help.\n", len(n), firstWord(n[0].Title))
		}
		return m.console(ctx, con, log)
	}
	return m.online(ctx, cfg, log, gw)
}

// online runs the Discord gateway until ctx is done. (The HTTP listener,
// with the interactions endpoint, is started and stopped by cmdRun.)
func (m *Main) online(ctx context.Context, cfg config.Config, log *slog.Logger, gw *discord.Gateway) int {
	if err := gw.Start(ctx); err != nil {
		log.Error("cannot connect to Discord", "err", err)
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	log.Info("connected to Discord", "application_id", gw.ApplicationID(), "shard_id", cfg.Discord.ShardID, "shard_count", cfg.Discord.ShardCount)
	if m.Ready != nil {
		m.Ready()
	}
	<-ctx.Done()
	log.Info("shutting down", "reason", "signal")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := gw.Stop(sctx); err != nil {
		log.Warn("closing the gateway", "err", err)
	}
	return exitOK
}

// forwarder hands interactions to the bot once it exists.
type forwarder struct {
	mu sync.RWMutex
	b  *bot.Bot
}

func (f *forwarder) set(b *bot.Bot) {
	f.mu.Lock()
	f.b = b
	f.mu.Unlock()
}

// Handle answers a request with the bot.
func (f *forwarder) Handle(ctx context.Context, req bot.Request) bot.Response {
	f.mu.RLock()
	b := f.b
	f.mu.RUnlock()
	if b == nil {
		return bot.Response{Content: "Attache is starting; try again in a moment.", Ephemeral: true}
	}
	return b.Handle(ctx, req)
}

// consoleSender delivers editions and alerts to the terminal.
type consoleSender struct{ c *console.Console }

func (s consoleSender) Send(ctx context.Context, msg delivery.Message, _ string) (string, error) {
	if msg.ChannelID != "" {
		return s.c.PostChannel(ctx, msg.ChannelID, msg.Response)
	}
	return s.c.PostDM(ctx, msg.UserID, msg.Response)
}

// outbox queues alert DMs in the delivery pipeline.
type outbox struct{ p *delivery.Pipeline }

func (o outbox) EnqueueDM(ctx context.Context, userID, key string, msg bot.Response) error {
	_, err := o.p.Enqueue(ctx, delivery.Message{Key: key, Kind: delivery.KindAlert, UserID: userID, Response: msg})
	return err
}

// console runs the offline terminal until stdin closes or ctx is done.
func (m *Main) console(ctx context.Context, c *console.Console, log *slog.Logger) int {
	if m.Ready != nil {
		m.Ready()
	}
	err := c.Run(ctx, m.Stdin)
	switch {
	case ctx.Err() != nil:
		log.Info("shutting down", "reason", "signal")
	case err != nil:
		log.Error("console stopped", "err", err)
		return exitFailure
	default:
		log.Debug("shutting down", "reason", "stdin closed")
	}
	return exitOK
}

// openStore opens the configured backend: Redis when configured, else the
// embedded bbolt file in the data directory.
func openStore(ctx context.Context, cfg config.Config) (store.Store, error) {
	if cfg.Store.UsesRedis() {
		octx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		st, err := redisstore.Open(octx, redisstore.Options{
			URL:        cfg.Store.RedisURL.Reveal(),
			Addrs:      cfg.Store.RedisAddrs,
			MasterName: cfg.Store.RedisMaster,
			Password:   cfg.Store.RedisPass.Reveal(),
			Prefix:     cfg.Store.KeyPrefix,
		})
		if err != nil {
			return nil, fmt.Errorf("open Redis store at %s: %w", storeWhere(cfg), err)
		}
		return st, nil
	}
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	return bolt.Open(cfg.DBPath(), bolt.Options{LockTimeout: 2 * time.Second})
}

func storeKind(cfg config.Config) string {
	if cfg.Store.UsesRedis() {
		return "Redis"
	}
	return "embedded"
}

func storeWhere(cfg config.Config) string {
	if cfg.Store.UsesRedis() {
		if cfg.Store.RedisURL != "" {
			return cfg.Store.RedisURL.String()
		}
		return strings.Join(cfg.Store.RedisAddrs, ",")
	}
	return cfg.DBPath()
}

// alertPolicy is the delivery policy of the alerts configuration.
// alerts.group_window: 0 means no grouping (each message leaves at once),
// which the policy spells as a negative window; its own 0 is the default.
func alertPolicy(c config.Alerts) alerts.Policy {
	p := alerts.Policy{GroupWindow: c.GroupWindow.D(), HourlyCap: c.HourlyCap}
	if p.GroupWindow == 0 {
		p.GroupWindow = -1
	}
	return p
}

// firstWord returns the first word of a title in lower case, as a /brief topic hint.
func firstWord(title string) string {
	for _, w := range strings.Fields(title) {
		if len(w) > 3 {
			return strings.ToLower(strings.Trim(w, ",.:;'\""))
		}
	}
	return "talks"
}
