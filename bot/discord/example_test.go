package discord_test

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/bot/discord"
)

// How cmd/attache wires the gateway adapter: the bot answers, the Gateway
// connects and registers the commands (only when they changed), and Stop
// lets interactions in flight finish.
func ExampleNew() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	var b *bot.Bot // bot.New(bot.Config{Store: st, Logger: log})
	gw, err := discord.New(discord.Options{
		Token:   os.Getenv("DISCORD_TOKEN"),
		APIBase: os.Getenv("DISCORD_API_BASE"),  // "" for Discord itself
		GuildID: os.Getenv("DISCORD_DEV_GUILD"), // "" registers globally
		Handler: b,
		Logger:  log,
	})
	if err != nil {
		log.Error("discord", "err", err)
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := gw.Start(ctx); err != nil {
		log.Error("discord", "err", err)
		return
	}
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_ = gw.Stop(sctx)
}

// How cmd/attache serves Discord's HTTP interactions mode: a REST-only
// session for the edits that follow deferred answers, and the Endpoint
// mounted at the application's Interactions Endpoint URL.
func ExampleNewEndpoint() {
	var b *bot.Bot
	s, err := discord.NewRESTSession(discord.Options{Token: os.Getenv("DISCORD_TOKEN")})
	if err != nil {
		return
	}
	// Without a gateway there is no READY: register with the app ID.
	if _, err := discord.SyncCommands(context.Background(), s, os.Getenv("DISCORD_APP_ID"), "", bot.Commands(), nil); err != nil {
		return
	}
	ep, err := discord.NewEndpoint(discord.EndpointOptions{
		PublicKey: os.Getenv("DISCORD_PUBLIC_KEY"), // hex, from the developer portal
		Handler:   b,
		Session:   s,
	})
	if err != nil {
		return
	}
	mux := http.NewServeMux()
	mux.Handle("POST /interactions", ep)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	_ = srv.ListenAndServe()
	_ = ep.Close(context.Background())
}
