package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/attache-bot/attache/store"
)

// Store is what the handlers need from the store; store.Store implements it.
type Store interface {
	StoryLister
	GetStory(ctx context.Context, id string) (store.Story, error)

	CreateAlert(ctx context.Context, a store.Alert, maxPerUser int) (store.Alert, error)
	GetAlert(ctx context.Context, id string) (store.Alert, error)
	UpdateAlert(ctx context.Context, a store.Alert) error
	DeleteAlert(ctx context.Context, id string) error
	ListAlerts(ctx context.Context, userID string) ([]store.Alert, error)

	PutSubscription(ctx context.Context, s store.Subscription) error
	GetSubscription(ctx context.Context, channelID string) (store.Subscription, error)
	DeleteSubscription(ctx context.Context, channelID string) error
	ListSubscriptions(ctx context.Context, guildID string) ([]store.Subscription, error)

	PutSource(ctx context.Context, s store.Source) error
	GetSource(ctx context.Context, name string) (store.Source, error)
	DeleteSource(ctx context.Context, name string) error
	ListSources(ctx context.Context) ([]store.Source, error)
	ListSourceStates(ctx context.Context) ([]store.SourceState, error)
}

// SourceTester checks that a source added with /sources add can be read
// (fetch it once, parse it). It may take a few seconds.
type SourceTester interface {
	TestSource(ctx context.Context, src store.Source) error
}

// EditionRenderer renders what a subscription's next edition would be, for
// /edition preview. The edition scheduler implements it; without one the
// bot previews with RenderEdition over the recent stories it knows.
type EditionRenderer interface {
	RenderEdition(ctx context.Context, sub store.Subscription, now time.Time) (Response, error)
}

// EditionDefaults fill the settings /edition subscribe leaves out.
type EditionDefaults struct {
	// Time is "HH:MM"; default "07:00".
	Time string
	// TimeZone is an IANA name; default "UTC".
	TimeZone string
	// Length is the number of top stories; default 5.
	Length int
}

// Config holds the bot's dependencies and settings.
type Config struct {
	// Store is required.
	Store Store
	// Logger receives handler errors; nil discards.
	Logger *slog.Logger
	// MaxAlertsPerUser caps /alert add; default 25.
	MaxAlertsPerUser int
	// Editions fill unset /edition subscribe options.
	Editions EditionDefaults
	// SourceInterval is the poll interval of sources added from Discord;
	// default 30 minutes.
	SourceInterval time.Duration
	// SourceTester checks new sources; nil accepts them untested.
	SourceTester SourceTester
	// EditionRenderer renders previews; nil uses the built-in rendering.
	EditionRenderer EditionRenderer
	// Index configures the in-memory story index (its Clock and Logger
	// default to the bot's).
	Index IndexOptions
}

// Bot holds the handlers. Create it with New; it is safe for concurrent use.
type Bot struct {
	st     Store
	log    *slog.Logger
	cfg    Config
	index  *Index
	router *Router
}

// New checks cfg, fills defaults and registers every handler.
func New(cfg Config) (*Bot, error) {
	if cfg.Store == nil {
		return nil, errors.New("bot: no store")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxAlertsPerUser <= 0 {
		cfg.MaxAlertsPerUser = 25
	}
	if cfg.Editions.Time == "" {
		cfg.Editions.Time = "07:00"
	}
	if cfg.Editions.TimeZone == "" {
		cfg.Editions.TimeZone = "UTC"
	}
	if cfg.Editions.Length <= 0 {
		cfg.Editions.Length = 5
	}
	if _, _, err := store.ParseClock(cfg.Editions.Time); err != nil {
		return nil, fmt.Errorf("bot: default edition time: %w", err)
	}
	if _, err := time.LoadLocation(cfg.Editions.TimeZone); err != nil {
		return nil, fmt.Errorf("bot: default edition time zone: %w", err)
	}
	if cfg.SourceInterval <= 0 {
		cfg.SourceInterval = 30 * time.Minute
	}
	if cfg.Index.Logger == nil {
		cfg.Index.Logger = cfg.Logger
	}
	b := &Bot{st: cfg.Store, log: cfg.Logger, cfg: cfg}
	b.index = NewIndex(cfg.Store, cfg.Index)
	b.router = NewRouter(cfg.Logger)
	b.register()
	return b, nil
}

// Router returns the router with every handler registered.
func (b *Bot) Router() *Router { return b.router }

// Index returns the story index (call Refresh after the digester stored
// new stories to make them visible at once).
func (b *Bot) Index() *Index { return b.index }

// Handle answers one request; it is Router().Handle.
func (b *Bot) Handle(ctx context.Context, req Request) Response { return b.router.Handle(ctx, req) }

func (b *Bot) register() {
	r := b.router
	r.Use(b.pausedNotice)
	r.Register("brief", b.brief)
	r.RegisterAutocomplete("brief", b.topicAutocomplete)
	for name, h := range map[string]HandlerFunc{"participants": b.participants, "dates": b.dates, "reactions": b.reactions} {
		r.Register(name, h)
		r.RegisterAutocomplete(name, b.storyAutocomplete)
	}
	r.Register("alert add", b.alertAdd)
	r.Register("alert list", b.alertList)
	r.Register("alert remove", b.alertRemove)
	r.Register("alert pause", b.alertPause)
	r.Register("alert resume", b.alertResume)
	r.Register("alert mute", b.alertMute)
	r.Register("alert quiet", b.alertQuiet)
	r.RegisterAutocomplete("alert quiet", b.timezoneAutocomplete)
	r.RegisterAutocomplete("alert", b.alertAutocomplete)
	r.Register("edition subscribe", b.editionSubscribe)
	r.Register("edition unsubscribe", b.editionUnsubscribe)
	r.Register("edition settings", b.editionSettings)
	r.Register("edition preview", b.editionPreview)
	r.RegisterAutocomplete("edition", b.timezoneAutocomplete)
	r.Register("sources list", b.sourcesList)
	r.Register("sources add", b.sourcesAdd)
	r.Register("sources remove", b.sourcesRemove)
	r.RegisterAutocomplete("sources", b.sourcesAutocomplete)
	r.Register("help", b.help)
	r.RegisterComponent(ButtonParticipants, b.participants)
	r.RegisterComponent(ButtonDates, b.dates)
	r.RegisterComponent(ButtonReactions, b.reactions)
	r.RegisterComponent(ButtonAlert, b.storyAlert)
}
