package ingest

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Source kinds.
const (
	KindFeed  = "feed"  // RSS 2.0, Atom, RDF or JSON Feed
	KindPage  = "page"  // a single article URL
	KindLocal = "local" // a file or folder of .txt, .html or feed files
)

// Full-text policies.
const (
	FullTextAuto   = "auto"   // fetch the page when an item only has a teaser
	FullTextAlways = "always" // always fetch the page
	FullTextNever  = "never"  // use the feed's text only
)

// SampleURL is the URL of the local source that reads the sample news
// bundled with the binary (examples/news).
const SampleURL = "builtin:news"

// DefaultInterval is the poll interval of a source that sets none.
const DefaultInterval = 15 * time.Minute

// Source is one news source.
type Source struct {
	// Name identifies the source and is copied to Item.Source.
	Name string
	// URL is an http(s) URL for feeds and pages; for local sources a path,
	// a file:// URL or SampleURL.
	URL string
	// Kind is KindFeed, KindPage or KindLocal.
	Kind string
	// Language is a BCP 47 tag ("en"), informative.
	Language string
	// FullText is FullTextAuto (the default when empty), FullTextAlways or
	// FullTextNever.
	FullText string
	// Interval is the poll interval; DefaultInterval when zero.
	Interval time.Duration
}

// SampleSource returns the local source of the bundled sample news.
func SampleSource() Source {
	return Source{Name: "sample", URL: SampleURL, Kind: KindLocal, Language: "en", FullText: FullTextNever, Interval: time.Hour}
}

// interval returns the poll interval with the default applied.
func (s Source) interval() time.Duration {
	if s.Interval <= 0 {
		return DefaultInterval
	}
	return s.Interval
}

// policy returns the full-text policy with the default applied.
func (s Source) policy() string {
	if s.FullText == "" {
		return FullTextAuto
	}
	return s.FullText
}

// Validate checks the source's fields and returns an error naming the first
// bad one.
func (s Source) Validate() error {
	if strings.TrimSpace(s.Name) == "" {
		return errors.New("ingest: source: name must not be empty")
	}
	bad := func(format string, a ...any) error {
		return fmt.Errorf("ingest: source %q: %s", s.Name, fmt.Sprintf(format, a...))
	}
	switch s.Kind {
	case KindFeed, KindPage:
		if err := checkHTTPURL(s.URL); err != nil {
			return bad("%v", err)
		}
	case KindLocal:
		if strings.TrimSpace(s.URL) == "" {
			return bad("url must be a path, a file:// URL or %s", SampleURL)
		}
		// A scheme other than file: is a mistake (a one-letter "scheme" is a
		// Windows drive).
		if u, err := url.Parse(s.URL); err == nil && len(u.Scheme) > 1 && u.Scheme != "file" && s.URL != SampleURL {
			return bad("url %q: local sources take a path, a file:// URL or %s", s.URL, SampleURL)
		}
	case "":
		return bad("kind must not be empty (use feed, page or local)")
	default:
		return bad("invalid kind %q (use feed, page or local)", s.Kind)
	}
	switch s.FullText {
	case "", FullTextAuto, FullTextAlways, FullTextNever:
	default:
		return bad("invalid full-text policy %q (use auto, always or never)", s.FullText)
	}
	if s.Interval < 0 {
		return bad("interval must not be negative")
	}
	if s.Interval > 0 && s.Interval < time.Minute {
		return bad("interval %s is too short (at least 1m)", s.Interval)
	}
	return nil
}

// ValidateUser checks a source added by a user (from Discord or the CLI):
// on top of Validate, only feeds and pages over http or https are accepted;
// local files are for operators' configuration only.
func (s Source) ValidateUser() error {
	if s.Kind == KindLocal {
		return fmt.Errorf("ingest: source %q: local sources can only be configured by the operator", s.Name)
	}
	return s.Validate()
}

func checkHTTPURL(raw string) error {
	if strings.TrimSpace(raw) == "" {
		return errors.New("url must not be empty")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("invalid url %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("invalid url %q: %w", raw, &SchemeError{Scheme: u.Scheme})
	}
	if u.Hostname() == "" {
		return fmt.Errorf("invalid url %q: no host", raw)
	}
	if u.User != nil {
		return fmt.Errorf("invalid url %q: credentials in URLs are not supported", raw)
	}
	return nil
}
