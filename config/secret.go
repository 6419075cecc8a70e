package config

import (
	"encoding/json"
	"log/slog"
	"net/url"
)

// Secret is a string that never shows its value when printed, logged,
// marshalled to YAML or JSON, or formatted with %v. Use Reveal to read it.
type Secret string

const masked = "********"

// Reveal returns the secret value. Call it only where the value is used.
func (s Secret) Reveal() string { return string(s) }

// String returns a masked form: empty when unset, a mask otherwise. URLs keep
// their scheme, host and path so operators can tell which server is meant;
// their user information is masked.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	if u, err := url.Parse(string(s)); err == nil && u.Scheme != "" && u.Host != "" {
		rest := u.Host + u.EscapedPath()
		if u.User != nil {
			return u.Scheme + "://" + masked + "@" + rest
		}
		return u.Scheme + "://" + rest
	}
	return masked
}

// GoString masks the value for %#v.
func (s Secret) GoString() string { return s.String() }

// LogValue implements slog.LogValuer.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalYAML implements yaml.Marshaler.
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }

// MarshalJSON implements json.Marshaler.
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// MarshalText implements encoding.TextMarshaler.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }
