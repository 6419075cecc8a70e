package fakediscord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Signer plays Discord's side of the HTTP interactions endpoint: it holds an Ed25519 key pair
// and POSTs signed interactions (signature over timestamp + body, headers X-Signature-Ed25519 and
// X-Signature-Timestamp). Give PublicKey (or PublicKeyHex) to the bot under test.
type Signer struct {
	PublicKey    ed25519.PublicKey
	PublicKeyHex string
	private      ed25519.PrivateKey
	// Client sends the requests (default: a client with a 10 s timeout).
	Client *http.Client
}

// NewSigner generates a fresh key pair.
func NewSigner() (*Signer, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("fakediscord: generate key: %w", err)
	}
	return &Signer{PublicKey: pub, PublicKeyHex: hex.EncodeToString(pub), private: priv,
		Client: &http.Client{Timeout: 10 * time.Second}}, nil
}

// Sign returns the hex signature of timestamp+body.
func (s *Signer) Sign(timestamp string, body []byte) string {
	msg := append([]byte(timestamp), body...)
	return hex.EncodeToString(ed25519.Sign(s.private, msg))
}

// SignMode selects how a request is signed.
type SignMode int

// Signing modes.
const (
	SignValid       SignMode = iota // correct signature, current timestamp
	SignBad                         // signature by another key
	SignTampered                    // valid signature of a different body
	SignStale                       // correct signature over a timestamp 10 minutes old
	SignMissing                     // no signature headers
	SignBadEncoding                 // signature header that is not hex
)

// Request builds a signed POST of body to url.
func (s *Signer) Request(ctx context.Context, url string, body []byte, mode SignMode) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("fakediscord: build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)")
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	var sig string
	switch mode {
	case SignValid:
		sig = s.Sign(ts, body)
	case SignBad:
		other, err := NewSigner()
		if err != nil {
			return nil, err
		}
		sig = other.Sign(ts, body)
	case SignTampered:
		sig = s.Sign(ts, append([]byte(" "), body...))
	case SignStale:
		ts = strconv.FormatInt(time.Now().Add(-10*time.Minute).Unix(), 10)
		sig = s.Sign(ts, body)
	case SignMissing:
		return req, nil
	case SignBadEncoding:
		sig = "not-hex"
	}
	req.Header.Set("X-Signature-Ed25519", sig)
	req.Header.Set("X-Signature-Timestamp", ts)
	return req, nil
}

// Post sends body to url signed with mode and returns the status and response body.
func (s *Signer) Post(ctx context.Context, url string, body []byte, mode SignMode) (int, []byte, error) {
	req, err := s.Request(ctx, url, body, mode)
	if err != nil {
		return 0, nil, err
	}
	resp, err := s.Client.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("fakediscord: post interaction: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return resp.StatusCode, nil, fmt.Errorf("fakediscord: read interaction response: %w", err)
	}
	return resp.StatusCode, b, nil
}

// PostInteraction delivers p to the bot's HTTP interactions endpoint with a valid signature,
// recording the POST time as the dispatch time. A 200 answer carrying an interaction response is
// validated and recorded as the interaction's callback exactly like a REST callback (violations
// included); the status and body are returned.
func (f *Fake) PostInteraction(ctx context.Context, s *Signer, url string, p Payload) (int, []byte, error) {
	f.mu.Lock()
	st := f.interactions[p.ID]
	if st != nil && st.dispatched.IsZero() {
		st.dispatched = time.Now()
	}
	f.mu.Unlock()
	status, body, err := s.Post(ctx, url, p.JSON, SignValid)
	if err != nil || status != http.StatusOK || st == nil || len(body) == 0 {
		return status, body, err
	}
	var resp map[string]any
	if jerr := json.Unmarshal(body, &resp); jerr != nil {
		f.addViolation(Violation{Kind: "callback", Method: "POST", Path: url,
			Message: "inline interaction response is not JSON: " + jerr.Error(), Body: body})
		return status, body, nil
	}
	if f.spec != nil {
		// Validate the inline answer as the REST callback it stands for.
		cb, _ := http.NewRequestWithContext(ctx, http.MethodPost,
			f.srv.URL+"/api/v10/interactions/"+p.ID+"/"+p.Token+"/callback", bytes.NewReader(body))
		cb.Header.Set("Content-Type", "application/json")
		if errs := f.spec.validate(RouteInteractionCallback, cb, body); len(errs) > 0 {
			f.addViolation(Violation{Kind: "openapi", Method: "POST", Path: url, Route: "inline interaction response",
				Message: fmt.Sprint(errs), Body: body})
		}
	}
	f.mu.Lock()
	ae := f.acceptCallbackLocked(st, resp, body, time.Now())
	f.mu.Unlock()
	if ae != nil && ae.kind != "" {
		msg := ae.message
		if len(ae.details) > 0 {
			msg = fmt.Sprint(ae.details)
		}
		f.addViolation(Violation{Kind: ae.kind, Method: "POST", Path: url, Route: "inline interaction response",
			Message: msg, Body: body})
	}
	return status, body, nil
}
