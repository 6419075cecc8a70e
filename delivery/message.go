// Package delivery owns Attache's durable outgoing-message pipeline: every
// post the bot makes on its own (morning editions, alert DMs) is a Message
// put in the store's work queue (Pipeline.Enqueue) and sent by workers
// (Pipeline.Run) that share the queue, the delivery ledger and a global
// send-rate limiter with every other replica through the store.
//
// Exactly-once as users see it comes from at-least-once processing plus
// idempotent sends: a worker skips a message whose idempotency key is in
// the ledger, and sends the rest with a nonce derived from the key, which a
// Sender passes to Discord with enforce_nonce so that a resend after a crash
// between the send and the ledger write returns the original message.
//
// The package is transport-free: a Sender (bot/discord implements it for
// discordgo) turns a Message into a post and classifies its failures as
// retryable, rate limited or permanent (see SendError).
package delivery

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/attache-bot/attache/bot"
	"github.com/attache-bot/attache/store"
)

// Message kinds, used as store.Job.Kind.
const (
	KindEdition = "edition"
	KindAlert   = "alert"
)

// NonceLen is the length of the nonces Nonce derives: Discord accepts at
// most 25 characters.
const NonceLen = 25

// Message is one outgoing post, independent of the transport. It is stored
// as the JSON payload of a store.Job, so its fields must stay decodable
// across versions.
type Message struct {
	// Key is the idempotency key: one key, at most one post, ever (within
	// the ledger's TTL). Editions use "edition:<channel>:<local date>".
	Key string `json:"key"`
	// Kind says what the message is (KindEdition, KindAlert); it becomes
	// the job kind and is free for hooks to switch on.
	Kind string `json:"kind"`
	// ChannelID is the channel to post in; empty for a DM.
	ChannelID string `json:"channel_id,omitempty"`
	// UserID is the user to send a direct message to, when ChannelID is
	// empty.
	UserID string `json:"user_id,omitempty"`
	// Response is what to post (content, embeds, buttons); the sender fits
	// it to Discord's limits.
	Response bot.Response `json:"response"`
	// Ref is opaque caller data handed back to the hooks (an alert ID, a
	// subscription), never sent.
	Ref string `json:"ref,omitempty"`
}

// Validate checks that a message has a key and exactly one destination.
func (m Message) Validate() error {
	switch {
	case !store.ValidKey(m.Key):
		return fmt.Errorf("delivery: message key %q: %w", m.Key, store.ErrInvalid)
	case m.ChannelID == "" && m.UserID == "":
		return fmt.Errorf("delivery: message %s has no channel or user: %w", m.Key, store.ErrInvalid)
	case m.ChannelID != "" && m.UserID != "":
		return fmt.Errorf("delivery: message %s has both a channel and a user: %w", m.Key, store.ErrInvalid)
	}
	return nil
}

// Target names the destination for logs and the ledger: the channel ID,
// or "user:<id>" for a DM.
func (m Message) Target() string {
	if m.ChannelID != "" {
		return m.ChannelID
	}
	return "user:" + m.UserID
}

// Nonce derives the Discord message nonce of an idempotency key: the first
// NonceLen hex digits of its SHA-256, so the same key always gets the same
// nonce and different keys practically never share one.
func Nonce(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:NonceLen]
}

// encode turns a message into a queue job.
func (m Message) job() (store.Job, error) {
	payload, err := json.Marshal(m)
	if err != nil {
		return store.Job{}, fmt.Errorf("delivery: encode message %s: %w", m.Key, err)
	}
	kind := m.Kind
	if kind == "" {
		kind = "message"
	}
	return store.Job{Kind: kind, Key: m.Key, Payload: payload}, nil
}

// decode reads the message of a queue job.
func decode(j store.Job) (Message, error) {
	var m Message
	if len(j.Payload) == 0 {
		return m, errors.New("delivery: job has no payload")
	}
	if err := json.Unmarshal(j.Payload, &m); err != nil {
		return m, fmt.Errorf("delivery: decode job %s: %w", j.ID, err)
	}
	if err := m.Validate(); err != nil {
		return m, err
	}
	return m, nil
}
