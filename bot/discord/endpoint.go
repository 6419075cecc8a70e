package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/attache-bot/attache/bot"
)

// DefaultMaxSkew is how far an interaction's X-Signature-Timestamp may be
// from the endpoint's clock before the request is rejected as stale.
const DefaultMaxSkew = 5 * time.Minute

// maxInteractionBody caps an interaction POST.
const maxInteractionBody = 1 << 20

// EndpointOptions configure NewEndpoint.
type EndpointOptions struct {
	// PublicKey is the application's public key, hex-encoded as the
	// developer portal shows it. Required.
	PublicKey string
	// Handler answers interactions (the bot). Required.
	Handler Handler
	// Session sends what follows an inline answer (edits of deferred
	// replies, follow-ups): Gateway.Session() or NewRESTSession. Required.
	Session *discordgo.Session
	// Commands are the slash command definitions; default bot.Commands().
	Commands []bot.CommandDef
	// Logger receives the endpoint's logs; nil discards.
	Logger *slog.Logger
	// DeferAfter, AutocompleteTimeout and HandlerTimeout: see Options.
	DeferAfter          time.Duration
	AutocompleteTimeout time.Duration
	HandlerTimeout      time.Duration
	// MaxSkew is the largest accepted signature timestamp age (or lead);
	// default DefaultMaxSkew (5 minutes).
	MaxSkew time.Duration
	// Clock defaults to time.Now.
	Clock func() time.Time
	// OnFirstResponse: see Options.
	OnFirstResponse func(FirstResponse)
}

// Endpoint is Discord's HTTP interactions mode: an http.Handler to mount at
// the application's Interactions Endpoint URL. It verifies each request's
// Ed25519 signature and timestamp (401 otherwise), answers PING with PONG
// and every other interaction inline, deferring when the handler is slow
// and editing the reply through the REST session afterwards.
type Endpoint struct {
	key   ed25519.PublicKey
	s     *discordgo.Session
	log   *slog.Logger
	skew  time.Duration
	clock func() time.Time
	r     *responder
}

// NewEndpoint checks opts and returns the endpoint.
func NewEndpoint(opts EndpointOptions) (*Endpoint, error) {
	key, err := hex.DecodeString(opts.PublicKey)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return nil, errors.New("discord: public key must be 64 hex characters (the application's public key)")
	}
	if opts.Handler == nil {
		return nil, errors.New("discord: no handler")
	}
	if opts.Session == nil {
		return nil, errors.New("discord: no REST session")
	}
	if err := checkTimings(opts.DeferAfter, opts.AutocompleteTimeout); err != nil {
		return nil, err
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.MaxSkew <= 0 {
		opts.MaxSkew = DefaultMaxSkew
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	e := &Endpoint{key: ed25519.PublicKey(key), s: opts.Session, log: opts.Logger, skew: opts.MaxSkew, clock: opts.Clock}
	e.r = newResponder(responderConfig{handler: opts.Handler, defs: opts.Commands, log: opts.Logger, clock: opts.Clock,
		deferAfter: opts.DeferAfter, autocompleteTimeout: opts.AutocompleteTimeout, handlerTimeout: opts.HandlerTimeout,
		secret: bareToken(opts.Session.Token), onFirst: opts.OnFirstResponse})
	return e, nil
}

// ServeHTTP handles one interaction POST.
func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	arrived := time.Now()
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		http.Error(w, "body too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !e.fresh(r.Header.Get("X-Signature-Timestamp"), e.clock()) || !discordgo.VerifyInteraction(r, e.key) {
		e.log.Debug("discord: rejected interaction: bad or stale signature", "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		e.log.Warn("discord: undecodable interaction", "err", err)
		http.Error(w, "bad interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		_ = writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	if !e.r.begin() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	first, then := e.r.answer(&i, arrived)
	err = writeJSON(w, wire(first))
	if err != nil {
		e.log.Warn("discord: write interaction response", "interaction_id", i.ID, "err", err)
	}
	e.r.reportFirst(&i, first, arrived, err)
	if then == nil {
		e.r.end()
		return
	}
	if f, ok := w.(http.Flusher); ok && err == nil {
		f.Flush() // the answer should reach Discord before the edit
	}
	go func() {
		defer e.r.end()
		then(e.s, err == nil)
	}()
}

// fresh reports whether the signature timestamp (Unix seconds) is within
// MaxSkew of now.
func (e *Endpoint) fresh(ts string, now time.Time) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	d := now.Sub(time.Unix(sec, 0))
	return d <= e.skew && d >= -e.skew
}

// Close stops accepting interactions and waits (until ctx is done) for
// deferred replies still being finished.
func (e *Endpoint) Close(ctx context.Context) error { return e.r.stop(ctx) }

func writeJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return fmt.Errorf("discord: encode interaction response: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("discord: write interaction response: %w", err)
	}
	return nil
}
