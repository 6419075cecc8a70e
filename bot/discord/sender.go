package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/delivery"
	"github.com/bwmarrin/discordgo"
)

// Waiter paces extra requests (delivery.Limiter implements it).
type Waiter interface {
	Wait(ctx context.Context) error
}

// SenderOptions configure NewSender.
type SenderOptions struct {
	// Limiter, when set, is waited on before the extra request that opens a
	// DM channel, so DMs stay within the global rate too (the pipeline
	// already takes one token per message). Use Pipeline.Limiter().
	Limiter Waiter
	// Logger receives debug logs; nil discards.
	Logger *slog.Logger
}

// Sender posts delivery messages through a discordgo session: channel
// messages, and DMs through a cached DM channel per user. It implements
// delivery.Sender and is safe for concurrent use.
//
// Every request is made with discordgo's retry on 429 off and no REST
// retries, so 429s and 5xx come back to the pipeline, whose backoff and
// global limiter stay in control.
type Sender struct {
	s    *discordgo.Session
	opts SenderOptions
	log  *slog.Logger

	mu  sync.Mutex
	dms map[string]string // user ID -> DM channel ID
}

var _ delivery.Sender = (*Sender)(nil)

// NewSender returns a Sender over s (an open session is not needed: only
// REST is used).
func NewSender(s *discordgo.Session, opts SenderOptions) *Sender {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Sender{s: s, opts: opts, log: log, dms: map[string]string{}}
}

// messageBody is bot.MessageSend plus the fields discordgo v0.29's
// MessageSend lacks.
type messageBody struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

// Discord JSON error codes the sender treats specially.
const (
	codeUnknownChannel = 10003
	// CodeCannotDM is Discord's "Cannot send messages to this user" (the
	// user closed DMs or blocked the bot).
	CodeCannotDM = 50007
)

func (s *Sender) requestOptions(ctx context.Context) []discordgo.RequestOption {
	return []discordgo.RequestOption{
		discordgo.WithContext(ctx),
		discordgo.WithRetryOnRatelimit(false),
		discordgo.WithRestRetries(0),
	}
}

// Send posts m with nonce (enforce_nonce=true, so a resend of the same
// nonce returns the original message) and no mentions allowed. It returns
// the message ID, or an error classified for the pipeline.
func (s *Sender) Send(ctx context.Context, m delivery.Message, nonce string) (string, error) {
	channel := m.ChannelID
	dm := channel == ""
	if dm {
		var err error
		if channel, err = s.dmChannel(ctx, m.UserID); err != nil {
			return "", err
		}
	}
	send := bot.MessageSend(bot.Fit(m.Response))
	send.AllowedMentions = bot.NoMentions()
	body := messageBody{MessageSend: send, Nonce: nonce, EnforceNonce: nonce != ""}
	endpoint := discordgo.EndpointChannelMessages(channel)
	resp, err := s.s.RequestWithBucketID(http.MethodPost, endpoint, body, endpoint, s.requestOptions(ctx)...)
	if err != nil {
		cerr := classify(err)
		if dm && isCode(err, codeUnknownChannel) {
			// The cached DM channel is gone: open a new one next time.
			s.mu.Lock()
			delete(s.dms, m.UserID)
			s.mu.Unlock()
			cerr = delivery.RetryableError(http.StatusNotFound, err)
		}
		return "", fmt.Errorf("discord: send %s: %w", m.Key, cerr)
	}
	var msg struct {
		ID string `json:"id"`
	}
	if err := discordgo.Unmarshal(resp, &msg); err != nil || msg.ID == "" {
		// Posted, but the answer is unreadable: a retry with the same
		// nonce returns the message again.
		return "", fmt.Errorf("discord: send %s: %w", m.Key,
			delivery.RetryableError(0, fmt.Errorf("unreadable message response (%d bytes): %v", len(resp), err)))
	}
	s.log.Debug("discord: message sent", "key", m.Key, "channel_id", channel, "message_id", msg.ID)
	return msg.ID, nil
}

// dmChannel returns the DM channel of a user, opening it once.
func (s *Sender) dmChannel(ctx context.Context, userID string) (string, error) {
	s.mu.Lock()
	ch, ok := s.dms[userID]
	s.mu.Unlock()
	if ok {
		return ch, nil
	}
	if s.opts.Limiter != nil {
		if err := s.opts.Limiter.Wait(ctx); err != nil {
			return "", fmt.Errorf("discord: open DM: %w", delivery.RetryableError(0, err))
		}
	}
	c, err := s.s.UserChannelCreate(userID, s.requestOptions(ctx)...)
	if err != nil {
		return "", fmt.Errorf("discord: open DM with %s: %w", userID, classify(err))
	}
	if c == nil || c.ID == "" {
		return "", fmt.Errorf("discord: open DM with %s: %w", userID, delivery.RetryableError(0, errors.New("no channel in the response")))
	}
	s.mu.Lock()
	s.dms[userID] = c.ID
	s.mu.Unlock()
	return c.ID, nil
}

// isCode reports whether err is a Discord REST error with JSON code.
func isCode(err error, code int) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Message != nil && re.Message.Code == code
}

// classify maps discordgo errors to delivery's classes: 429 -> rate
// limited (retry_after from the body); 5xx, 408, 401 (a token problem, not
// the message's) and transport errors -> retryable; other 4xx (403 50007
// closed DMs, 403 50013 missing permissions, 404 unknown channel, 400
// invalid body) -> permanent.
func classify(err error) error {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		after := time.Second
		if rl.RateLimit != nil && rl.TooManyRequests != nil && rl.RetryAfter > 0 {
			after = rl.RetryAfter
		}
		return delivery.RateLimitedError(after, err)
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		status, code := 0, 0
		if re.Response != nil {
			status = re.Response.StatusCode
		}
		if re.Message != nil {
			code = re.Message.Code
		}
		switch {
		case status == http.StatusTooManyRequests:
			after := time.Second
			if re.Response != nil {
				if secs, perr := strconv.ParseFloat(re.Response.Header.Get("Retry-After"), 64); perr == nil && secs > 0 {
					after = time.Duration(secs * float64(time.Second))
				}
			}
			return delivery.RateLimitedError(after, err)
		case status >= 500, status == http.StatusRequestTimeout, status == http.StatusUnauthorized, status == 0:
			return delivery.RetryableError(status, err)
		default:
			return delivery.PermanentError(status, code, err)
		}
	}
	// Network errors, timeouts, "Exceeded Max retries" on 502, unreadable
	// 429 bodies: all transient.
	return delivery.RetryableError(0, err)
}
