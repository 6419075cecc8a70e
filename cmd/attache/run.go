package main

import (
	"context"
	"fmt"
	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/console"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/robfig/cron/v3"
	"log/slog"
	"os"
	"strings"
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

	offline := cfg.Discord.Token == ""
	if offline {
		fmt.Fprintf(m.Stdout, "attache: no DISCORD_TOKEN set; running offline in this terminal with the %s store (%s) and the bundled sample news. Type /help, Ctrl-D to quit.\n",
			storeKind(cfg), storeWhere(cfg))
	}

	// The scheduler: the digester on its cron schedule, retention hourly.
	// runCtx is cancelled on shutdown; a cycle cut short leaves its work
	// resumable (see story.Digester).
	runCtx, cancelRun := context.WithCancel(ctx)
	defer cancelRun()
	sched := cron.New(cron.WithLocation(time.UTC), cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	cycle := func() {
		rep, err := dig.Cycle(runCtx, false)
		switch {
		case err != nil && runCtx.Err() == nil:
			log.Error("digester cycle failed", "err", err)
		case err == nil && !rep.Skipped:
			log.Info("digester cycle", "polled", rep.Polled, "failed", rep.Failed, "new", rep.New,
				"stories_created", len(rep.Created), "stories_updated", len(rep.Updated))
		}
	}
	if _, err := sched.AddFunc(cfg.Digest.Schedule, cycle); err != nil {
		fmt.Fprintf(m.Stderr, "attache: digest.schedule: %v\n", err)
		return exitUsage
	}
	if _, err := sched.AddFunc("@hourly", func() {
		n, err := st.Expire(runCtx, time.Now().Add(-cfg.Store.Retention.D()))
		if err != nil {
			log.Error("retention failed", "err", err)
			return
		}
		if n.Stories+n.Articles > 0 {
			log.Info("retention", "stories_removed", n.Stories, "articles_removed", n.Articles)
		}
	}); err != nil {
		return exitFailure
	}
	sched.Start()
	defer func() {
		cancelRun()
		<-sched.Stop().Done() // wait for a running cycle to finish
	}()
	b, err := bot.New(bot.Config{
		Store:            st,
		Logger:           log,
		MaxAlertsPerUser: cfg.Alerts.MaxPerUser,
		Editions: bot.EditionDefaults{
			Time: cfg.Editions.DefaultTime, TimeZone: cfg.Editions.DefaultTimeZone, Length: cfg.Editions.DefaultLength,
		},
	})
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	dig.Subscribe(story.ListenerFunc(func(ctx context.Context, _ story.Event) { b.Index().Refresh(ctx) }))

	// A first cycle at start, so a new user sees stories at once.
	cycle()

	if offline {
		if n, err := st.ListStories(ctx, time.Time{}, 0); err == nil && len(n) > 0 {
			fmt.Fprintf(m.Stdout, "attache: %d stories ready. Try /brief, /brief %s, /dates or /help.\n", len(n), firstWord(n[0].Title))
		}
		return m.console(ctx, b, log)
	}
	fmt.Fprintf(m.Stderr, "attache: connecting to Discord is not implemented yet\n")
	return exitFailure
}

// console runs the offline terminal until stdin closes or ctx is done.
func (m *Main) console(ctx context.Context, b *bot.Bot, log *slog.Logger) int {
	c := console.New(b, console.Options{Out: m.Stdout})
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

// firstWord returns the first word of a title in lower case, as a /brief topic hint.
func firstWord(title string) string {
	for _, w := range strings.Fields(title) {
		if len(w) > 3 {
			return strings.ToLower(strings.Trim(w, ",.:;'\""))
		}
	}
	return "talks"
}
