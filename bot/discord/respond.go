package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot"
)

// Handler answers requests; *bot.Bot and *bot.Router implement it.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Response
}

// Default timings of the responder.
const (
	// DefaultDeferAfter is how long a handler may run before the
	// interaction is acknowledged with a deferred response.
	DefaultDeferAfter = 1500 * time.Millisecond
	// DefaultAutocompleteTimeout is how long autocomplete may take before
	// it is answered with no choices (autocomplete cannot defer).
	DefaultAutocompleteTimeout = 2 * time.Second
	// DefaultHandlerTimeout bounds one handler run; interaction tokens
	// accept edits for 15 minutes.
	DefaultHandlerTimeout = 10 * time.Minute
	// restTimeout bounds one REST call of the responder, retries included.
	restTimeout = 30 * time.Second
)

// Short replies of the adapters (the bot's own are in package bot).
const (
	msgWentWrong   = "Something went wrong on our side. Please try again in a moment."
	msgUnsupported = "I can't handle that kind of interaction."
)

// responderConfig holds what a responder needs.
type responderConfig struct {
	handler             Handler
	defs                []bot.CommandDef
	log                 *slog.Logger
	clock               func() time.Time
	deferAfter          time.Duration
	autocompleteTimeout time.Duration
	handlerTimeout      time.Duration
	secret              string // redacted from logged errors
	onFirst             func(FirstResponse)
}

// FirstResponse describes how an interaction was first answered, for
// metrics (Options.OnFirstResponse).
type FirstResponse struct {
	// Kind is the request kind; 0 for an interaction type the bot does
	// not handle.
	Kind bot.Kind
	// Deferred is true when the first response was a deferral (the
	// handler was slower than DeferAfter).
	Deferred bool
	// Err is the failure to deliver the first response, or nil.
	Err error
	// Latency is the time from the interaction's arrival to its first
	// response being sent (gateway: the callback request returned;
	// endpoint: the HTTP answer was written).
	Latency time.Duration
}

// reportFirst tells the OnFirstResponse hook, if any, how interaction i
// that arrived at arrived was first answered with resp.
func (r *responder) reportFirst(i *discordgo.Interaction, resp *discordgo.InteractionResponse, arrived time.Time, err error) {
	if r.onFirst == nil {
		return
	}
	var k bot.Kind
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		k = bot.KindCommand
	case discordgo.InteractionApplicationCommandAutocomplete:
		k = bot.KindAutocomplete
	case discordgo.InteractionMessageComponent:
		k = bot.KindComponent
	}
	deferred := resp != nil && (resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource ||
		resp.Type == discordgo.InteractionResponseDeferredMessageUpdate)
	r.onFirst(FirstResponse{Kind: k, Deferred: deferred, Err: err, Latency: time.Since(arrived)})
}

// responder answers interactions for both transports: it runs the handler,
// picks the first response (the answer, or a deferral when the handler is
// slow) and finishes deferred interactions over REST.
type responder struct {
	responderConfig
	base   context.Context
	cancel context.CancelFunc

	mu      sync.Mutex
	stopped bool
	wg      sync.WaitGroup
}

func newResponder(cfg responderConfig) *responder {
	if cfg.log == nil {
		cfg.log = slog.New(slog.DiscardHandler)
	}
	if cfg.clock == nil {
		cfg.clock = time.Now
	}
	if cfg.defs == nil {
		cfg.defs = bot.Commands()
	}
	if cfg.deferAfter <= 0 {
		cfg.deferAfter = DefaultDeferAfter
	}
	if cfg.autocompleteTimeout <= 0 {
		cfg.autocompleteTimeout = DefaultAutocompleteTimeout
	}
	if cfg.handlerTimeout <= 0 {
		cfg.handlerTimeout = DefaultHandlerTimeout
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &responder{responderConfig: cfg, base: ctx, cancel: cancel}
}

// begin registers one in-flight interaction; it reports false once the
// responder stopped.
func (r *responder) begin() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped {
		return false
	}
	r.wg.Add(1)
	return true
}

func (r *responder) end() { r.wg.Done() }

// stop refuses new interactions and waits for the in-flight ones until ctx
// is done; then it cancels the handlers still running.
func (r *responder) stop(ctx context.Context) error {
	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	defer r.cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("discord: interactions still running at stop: %w", ctx.Err())
	}
}

// finisher completes an interaction after its first response: when
// delivered, it edits a deferred reply or sends notices through the REST
// session s; when not (the callback failed), it only releases the handler.
type finisher func(s *discordgo.Session, delivered bool)

// answer runs the handler for i, which arrived at the (monotonic) instant
// arrived, and returns the first response to deliver within Discord's
// window and, when more is to be done after it, a finisher the caller must
// run once the first response was (or failed to be) delivered.
func (r *responder) answer(i *discordgo.Interaction, arrived time.Time) (*discordgo.InteractionResponse, finisher) {
	log := r.log.With("interaction_id", i.ID, "interaction_type", int(i.Type), "guild_id", i.GuildID, "channel_id", i.ChannelID)
	req, ok := bot.RequestFromInteraction(i, r.clock())
	if !ok {
		log.Warn("discord: unsupported interaction")
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return bot.InteractionResponse(bot.KindAutocomplete, bot.Response{}), nil
		}
		return bot.InteractionResponse(bot.KindCommand, bot.Ephemeralf(msgUnsupported)), nil
	}
	log = log.With("kind", req.Kind.String(), "route", req.Route(), "custom_id", req.CustomID, "user_id", req.UserID)

	ctx, cancel := context.WithTimeout(r.base, r.handlerTimeout)
	done := make(chan bot.Response, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				log.Error("discord: handler panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				done <- failure(req.Kind)
			}
		}()
		done <- r.handler.Handle(ctx, req)
	}()

	if req.Kind == bot.KindAutocomplete {
		t := time.NewTimer(r.autocompleteTimeout - time.Since(arrived))
		defer t.Stop()
		defer cancel()
		select {
		case resp := <-done:
			if len(resp.Choices) > bot.MaxChoices {
				resp.Choices = resp.Choices[:bot.MaxChoices]
			}
			return bot.InteractionResponse(bot.KindAutocomplete, resp), nil
		case <-t.C:
			log.Warn("discord: autocomplete too slow; answering no choices", "timeout", r.autocompleteTimeout)
			return bot.InteractionResponse(bot.KindAutocomplete, bot.Response{}), nil
		}
	}

	t := time.NewTimer(r.deferAfter - time.Since(arrived))
	defer t.Stop()
	select {
	case resp := <-done:
		cancel()
		first := bot.InteractionResponse(req.Kind, resp)
		if resp.Notice == "" {
			return first, nil
		}
		return first, func(s *discordgo.Session, delivered bool) {
			if delivered {
				r.sendNotice(s, i, resp, log)
			}
		}
	case <-t.C:
	}

	// The handler is slow: acknowledge now, finish when it returns. A
	// component is acknowledged with a deferred update (type 6): the result
	// then either edits the clicked message (Response.Update) or arrives as
	// a follow-up. A command gets a deferred message (type 5), ephemeral
	// when the command's replies are.
	component := req.Kind == bot.KindComponent
	ephemeral := bot.DefersEphemeral(r.defs, &req)
	first := bot.DeferredResponse(req.Kind, ephemeral, component)
	log.Debug("discord: handler slow; deferred", "after", time.Since(arrived).Round(time.Millisecond))
	return first, func(s *discordgo.Session, delivered bool) {
		defer cancel()
		if !delivered {
			return // the handler's context is cancelled; nothing to edit
		}
		var resp bot.Response
		select {
		case resp = <-done:
		case <-ctx.Done():
			log.Error("discord: handler did not return in time", "timeout", r.handlerTimeout)
			resp = failure(req.Kind)
		}
		r.finish(s, i, req, resp, ephemeral, log)
	}
}

// failure is the generic answer to a failed interaction.
func failure(k bot.Kind) bot.Response {
	if k == bot.KindAutocomplete {
		return bot.Response{}
	}
	return bot.Ephemeralf(msgWentWrong)
}

// finish delivers the handler's response to a deferred interaction.
func (r *responder) finish(s *discordgo.Session, i *discordgo.Interaction, req bot.Request, resp bot.Response, deferredEphemeral bool, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.base), restTimeout)
	defer cancel()
	var err error
	switch {
	case req.Kind == bot.KindComponent && resp.Update:
		err = editOriginal(ctx, s, i, bot.WebhookEdit(resp))
	case req.Kind == bot.KindComponent:
		err = followup(ctx, s, i, followupParams(resp))
	case resp.Ephemeral && !deferredEphemeral:
		// The deferred reply is public but the answer is private (an
		// error, usually): replace the public placeholder.
		if derr := deleteOriginal(ctx, s, i); derr != nil {
			log.Warn("discord: delete deferred reply", "err", redact(derr, r.secret))
		}
		err = followup(ctx, s, i, followupParams(resp))
	default:
		err = editOriginal(ctx, s, i, bot.WebhookEdit(resp))
	}
	if err != nil {
		log.Error("discord: deliver deferred reply", "err", redact(err, r.secret))
		if ferr := followup(ctx, s, i, followupParams(failure(req.Kind))); ferr != nil {
			log.Error("discord: send error notice", "err", redact(ferr, r.secret))
		}
		return
	}
	r.sendNotice(s, i, resp, log)
}

// sendNotice sends a response's Notice as an ephemeral follow-up.
func (r *responder) sendNotice(s *discordgo.Session, i *discordgo.Interaction, resp bot.Response, log *slog.Logger) {
	p := bot.FollowupNotice(resp)
	if p == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.base), restTimeout)
	defer cancel()
	if err := followup(ctx, s, i, p); err != nil {
		log.Error("discord: send notice", "err", redact(err, r.secret))
	}
}

// followupParams converts a response to a follow-up message.
func followupParams(resp bot.Response) *discordgo.WebhookParams {
	e := bot.WebhookEdit(resp)
	p := &discordgo.WebhookParams{Content: *e.Content, Embeds: *e.Embeds, Components: *e.Components,
		AllowedMentions: bot.NoMentions()}
	if resp.Ephemeral {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	return p
}

// The REST calls below key discordgo's rate-limit bucket by interaction
// token. discordgo's own InteractionResponseEdit puts every edit of every
// interaction into one shared bucket, which serialises all deferred replies.

// respond sends the first response of an interaction (REST callback).
func respond(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	uri := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	if _, err := s.RequestWithBucketID(http.MethodPost, uri, wire(resp), uri, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("discord: interaction callback: %w", err)
	}
	return nil
}

// autocompleteResult is the wire form of a type-8 response. discordgo's
// InteractionResponseData drops an empty choices list (omitempty), which
// Discord rejects; "no suggestions" must be sent as "choices": [].
type autocompleteResult struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// wire returns what to encode for resp: resp itself, or the exact
// autocomplete shape.
func wire(resp *discordgo.InteractionResponse) any {
	if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return resp
	}
	out := autocompleteResult{Type: resp.Type}
	out.Data.Choices = []*discordgo.ApplicationCommandOptionChoice{}
	if resp.Data != nil && resp.Data.Choices != nil {
		out.Data.Choices = resp.Data.Choices
	}
	return out
}

// editOriginal edits the original response.
func editOriginal(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	uri := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	err := retryUnknown(ctx, func() error {
		_, err := s.RequestWithBucketID(http.MethodPatch, uri, e, uri, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return fmt.Errorf("discord: edit original response: %w", err)
	}
	return nil
}

// retryUnknown runs call, retrying a few times while Discord answers
// "Unknown Message" or "Unknown Webhook": in HTTP mode the inline answer
// may still be on its way to Discord when the edit or follow-up is sent.
func retryUnknown(ctx context.Context, call func() error) error {
	var err error
	for attempt := 1; ; attempt++ {
		err = call()
		if err == nil {
			return nil
		}
		if c := restCode(err); attempt == 4 || (c != codeUnknownMessage && c != codeUnknownWebhook) {
			return err
		}
		select {
		case <-time.After(time.Duration(attempt) * 100 * time.Millisecond):
		case <-ctx.Done():
			return err
		}
	}
}

// Discord JSON error codes the responder retries.
const (
	codeUnknownMessage = 10008
	codeUnknownWebhook = 10015
)

// restCode is the Discord JSON error code of a REST error, or 0.
func restCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}

func deleteOriginal(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction) error {
	uri := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	if _, err := s.RequestWithBucketID(http.MethodDelete, uri, nil, uri, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("discord: delete original response: %w", err)
	}
	return nil
}

func followup(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, p *discordgo.WebhookParams) error {
	err := retryUnknown(ctx, func() error {
		_, err := s.FollowupMessageCreate(i, false, p, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return fmt.Errorf("discord: follow-up message: %w", err)
	}
	return nil
}
