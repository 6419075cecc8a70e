package delivery

import (
	"errors"
	"fmt"
	"time"
)

// Class is how a failed send is handled.
type Class int

// Error classes a Sender reports.
const (
	// Retryable failures (5xx, network errors, timeouts, anything a sender
	// did not classify) are retried with exponential backoff and jitter up
	// to Config.MaxAttempts, then given up loudly.
	Retryable Class = iota + 1
	// RateLimited failures (HTTP 429) are retried after RetryAfter.
	RateLimited
	// Permanent failures (4xx such as 403 with code 50007, "Cannot send
	// messages to this user") are dropped and reported to OnPermanent.
	Permanent
)

// String names the class for logs.
func (c Class) String() string {
	switch c {
	case Retryable:
		return "retryable"
	case RateLimited:
		return "rate_limited"
	case Permanent:
		return "permanent"
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// SendError is a classified send failure. Senders return it (wrapped or
// not); Classify finds it.
type SendError struct {
	Class Class
	// RetryAfter is how long to wait before retrying (RateLimited).
	RetryAfter time.Duration
	// Status is the HTTP status, when there was a response.
	Status int
	// Code is Discord's JSON error code (50007 ...), when known.
	Code int
	// Err is the underlying error.
	Err error
}

// Error describes the failure.
func (e *SendError) Error() string {
	s := "delivery: " + e.Class.String() + " send failure"
	if e.Status != 0 {
		s += fmt.Sprintf(" (HTTP %d", e.Status)
		if e.Code != 0 {
			s += fmt.Sprintf(", code %d", e.Code)
		}
		s += ")"
	}
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(", retry after %v", e.RetryAfter)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *SendError) Unwrap() error { return e.Err }

// RetryableError marks err as retryable (status may be 0).
func RetryableError(status int, err error) error {
	return &SendError{Class: Retryable, Status: status, Err: err}
}

// RateLimitedError marks err as a rate limit to wait out for retryAfter.
func RateLimitedError(retryAfter time.Duration, err error) error {
	return &SendError{Class: RateLimited, RetryAfter: retryAfter, Status: 429, Err: err}
}

// PermanentError marks err as permanent: resending cannot help.
func PermanentError(status, code int, err error) error {
	return &SendError{Class: Permanent, Status: status, Code: code, Err: err}
}

// Classify returns the SendError in err's chain, or treats err as
// retryable when there is none (an unknown failure may be transient; the
// attempt limit bounds the cost). It returns nil for a nil err.
func Classify(err error) *SendError {
	if err == nil {
		return nil
	}
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	return &SendError{Class: Retryable, Err: err}
}
