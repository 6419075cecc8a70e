// Package store owns Attache's persistent state: the record types that
// outlive a process (subscriptions, alerts, articles, stories, sources and
// their poll state, the delivery ledger, the delivery work queue, leases and
// the shared send-rate limiter) and the Store API over them.
//
// Two backends implement Store: store/bolt (an embedded bbolt file, the
// default, single process) and store/redis (Redis single node, Sentinel or
// Cluster, shared by any number of replicas). store/storetest holds the
// conformance suite both must pass. Consumers declare the small interface
// they need; Store is the union.
//
// All records are JSON-serializable with snake_case field names. Times are
// stored as RFC 3339 with nanoseconds; durations as integer nanoseconds.
package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/attache-bot/attache/digest"
)

// Sentinel errors. Backends wrap them with %w, so test with errors.Is.
var (
	// ErrNotFound means the record, job or lease does not exist.
	ErrNotFound = errors.New("not found")
	// ErrLimit means a per-user maximum would be exceeded.
	ErrLimit = errors.New("limit reached")
	// ErrEmpty means the work queue has no job ready to claim.
	ErrEmpty = errors.New("queue empty")
	// ErrConflict means a concurrent writer got there first: a stale story
	// or alert version, an alert ID already taken, or a lease held by
	// someone else.
	ErrConflict = errors.New("conflict")
	// ErrInvalid means a record lacks a key field (an ID, a channel, a name).
	ErrInvalid = errors.New("invalid record")
)

// DefaultLedgerTTL is how long delivery ledger entries are kept: long enough
// for any retry of a delivery to find the original, short enough that the
// ledger does not grow forever.
const DefaultLedgerTTL = 30 * 24 * time.Hour

// Store is the union of everything the backends offer. Every method takes a
// context first and returns errors wrapped with the backend's prefix
// ("store/redis: put alert: ..."); a dead backend gives an error, never a
// hang beyond the context's deadline or the client's timeouts.
type Store interface {
	// PutSubscription creates or replaces the subscription of s.ChannelID.
	PutSubscription(ctx context.Context, s Subscription) error
	// GetSubscription returns the subscription of a channel, or ErrNotFound.
	GetSubscription(ctx context.Context, channelID string) (Subscription, error)
	// DeleteSubscription removes a channel's subscription, or returns ErrNotFound.
	DeleteSubscription(ctx context.Context, channelID string) error
	// ListSubscriptions returns the subscriptions of a guild, or of all
	// guilds when guildID is empty, ordered by guild then channel ID.
	ListSubscriptions(ctx context.Context, guildID string) ([]Subscription, error)

	// CreateAlert stores a new alert, assigning an ID when a.ID is empty and
	// CreatedAt when zero, at Version 1 whatever a.Version is. It returns ErrLimit when a.UserID already has
	// maxPerUser alerts (checked atomically, so concurrent creates never
	// exceed it; maxPerUser <= 0 means no limit) and ErrConflict when the ID
	// is taken.
	CreateAlert(ctx context.Context, a Alert, maxPerUser int) (Alert, error)
	// GetAlert returns an alert by ID, or ErrNotFound.
	GetAlert(ctx context.Context, id string) (Alert, error)
	// UpdateAlert replaces an existing alert (mute, pause, quiet hours)
	// with optimistic concurrency: a.Version must equal the stored version,
	// and the stored alert gets version a.Version+1. It returns ErrNotFound
	// when the alert does not exist and ErrConflict when the stored version
	// differs (someone wrote the alert since it was read: read it again and
	// reapply the change, see ModifyAlert) or a.UserID differs from the
	// stored owner.
	UpdateAlert(ctx context.Context, a Alert) error
	// PutAlert creates or replaces the alert a.ID as given (ID, owner,
	// CreatedAt and every other field), without the per-user limit: it
	// restores backups. Only Version is not taken blindly: the stored
	// version becomes max(a.Version, old+1), where old is the version
	// replaced (0 when there is none), so a write prepared from a read
	// taken before PutAlert fails with ErrConflict instead of undoing it.
	// A changed UserID moves the alert to its new owner. It returns
	// ErrInvalid when a.ID or a.UserID is not a valid key.
	PutAlert(ctx context.Context, a Alert) error
	// DeleteAlert removes an alert, or returns ErrNotFound.
	DeleteAlert(ctx context.Context, id string) error
	// ListAlerts returns a user's alerts, or every alert when userID is
	// empty, ordered by CreatedAt then ID.
	ListAlerts(ctx context.Context, userID string) ([]Alert, error)

	// PutArticle creates or replaces an article and points its dedupe keys
	// (Article.DedupeKeys) at it.
	PutArticle(ctx context.Context, a Article) error
	// GetArticle returns an article by ID, or ErrNotFound.
	GetArticle(ctx context.Context, id string) (Article, error)
	// LookupArticle returns the ID of the article with a dedupe key (see
	// URLKey and GUIDKey), or ErrNotFound.
	LookupArticle(ctx context.Context, key string) (string, error)
	// DeleteArticle removes an article and its dedupe keys, or returns ErrNotFound.
	DeleteArticle(ctx context.Context, id string) error

	// PutStory writes a story with optimistic concurrency: s.Version must
	// equal the stored version (0 for a story that does not exist yet),
	// otherwise ErrConflict. It returns the new version (s.Version+1).
	PutStory(ctx context.Context, s Story) (int, error)
	// GetStory returns a story by ID, or ErrNotFound.
	GetStory(ctx context.Context, id string) (Story, error)
	// DeleteStory removes a story (not its articles), or returns ErrNotFound.
	DeleteStory(ctx context.Context, id string) error
	// ListStories returns stories whose LastSeen is at or after since,
	// newest LastSeen first, at most limit of them (limit <= 0: all).
	ListStories(ctx context.Context, since time.Time, limit int) ([]Story, error)

	// PutSource creates or replaces a source definition by name.
	PutSource(ctx context.Context, s Source) error
	// GetSource returns a source by name, or ErrNotFound.
	GetSource(ctx context.Context, name string) (Source, error)
	// DeleteSource removes a source and its poll state, or returns ErrNotFound.
	DeleteSource(ctx context.Context, name string) error
	// ListSources returns all sources ordered by name.
	ListSources(ctx context.Context) ([]Source, error)
	// PutSourceState creates or replaces the poll state of a source.
	PutSourceState(ctx context.Context, s SourceState) error
	// GetSourceState returns a source's poll state, or ErrNotFound.
	GetSourceState(ctx context.Context, name string) (SourceState, error)
	// ListSourceStates returns all poll states ordered by name.
	ListSourceStates(ctx context.Context) ([]SourceState, error)

	// RecordDelivery stores d under d.Key unless an entry exists. It
	// returns the stored entry and created=true, or the existing entry and
	// created=false, so a retry after a crash finds the original message.
	// Entries are kept for the ledger TTL (DefaultLedgerTTL unless configured).
	RecordDelivery(ctx context.Context, d Delivery) (stored Delivery, created bool, err error)
	// GetDelivery returns the ledger entry of an idempotency key, or ErrNotFound.
	GetDelivery(ctx context.Context, key string) (Delivery, error)
	// ListDeliveries returns every ledger entry that has not expired,
	// ordered by key (for backups and migration). The ledger holds at most
	// one ledger TTL of deliveries, so the list fits in memory.
	ListDeliveries(ctx context.Context) ([]Delivery, error)

	// Enqueue adds a job to the durable delivery queue, assigning ID and
	// EnqueuedAt when empty. The job is claimable from NotBefore on.
	Enqueue(ctx context.Context, j Job) (Job, error)
	// Dequeue claims the oldest ready job for consumer, or returns ErrEmpty.
	// A claimed job that is neither acked nor retried within
	// visibilityTimeout becomes claimable again (its consumer is presumed
	// dead). All consumers should pass the same visibilityTimeout: the
	// Redis backend applies the reclaiming consumer's (XAUTOCLAIM min-idle),
	// bolt the claiming one's. The returned job carries a Receipt for Ack
	// and Retry.
	Dequeue(ctx context.Context, consumer string, visibilityTimeout time.Duration) (Job, error)
	// Ack removes a claimed job for good, or returns ErrNotFound when the
	// receipt no longer names a queued job.
	Ack(ctx context.Context, j Job) error
	// Retry puts a claimed job back with Attempts+1, claimable from
	// notBefore on; ErrNotFound when the receipt no longer names a queued job.
	Retry(ctx context.Context, j Job, notBefore time.Time) error
	// QueueStats reports the queue's depth and age.
	QueueStats(ctx context.Context) (QueueStats, error)

	// AcquireLease takes the named lease for owner for ttl when it is free
	// or already owner's (then it is extended). It reports whether owner
	// now holds it.
	AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error)
	// RenewLease extends owner's lease to ttl from now; ErrConflict when
	// owner does not hold it (it expired or someone else took it).
	RenewLease(ctx context.Context, name, owner string, ttl time.Duration) error
	// ReleaseLease frees owner's lease; ErrConflict when someone else holds
	// it, nil when nobody does.
	ReleaseLease(ctx context.Context, name, owner string) error
	// LeaseHolder returns the current holder of a lease, or ErrNotFound when free.
	LeaseHolder(ctx context.Context, name string) (Lease, error)

	// Allow takes one token from the bucket key refilled at rate tokens
	// per second with capacity burst. When none is left it returns false
	// and how long until one is. The Redis backend shares buckets across
	// replicas; the bolt backend keeps them in process memory.
	Allow(ctx context.Context, key string, rate float64, burst int) (ok bool, retryAfter time.Duration, err error)

	// Expire removes stories whose LastSeen is before olderThan together
	// with their articles, and articles first seen before olderThan whose
	// story is gone, with their dedupe keys. Subscriptions, alerts, sources
	// and the ledger are never touched by olderThan (ledger entries expire on
	// their own TTL).
	Expire(ctx context.Context, olderThan time.Time) (Expired, error)

	// Ping checks that the backend answers.
	Ping(ctx context.Context) error
	// Close releases the backend. The store is unusable afterwards.
	Close() error
}

// Digest formats of a subscription.
const (
	FormatCompact = "compact"
	FormatFull    = "full"
)

// ModeDM is the only alert delivery mode: a direct message to the user.
const ModeDM = "dm"

// Filters narrow an edition to matching stories. Empty lists match all.
type Filters struct {
	// Countries are country or bloc names; a story matches if it involves any.
	Countries []string `json:"countries,omitempty"`
	// People are person names; a story matches if it names any.
	People []string `json:"people,omitempty"`
	// Keywords are words or phrases; a story matches if it contains any.
	Keywords []string `json:"keywords,omitempty"`
}

// Subscription is a channel's morning edition: when it is posted and what
// it contains. A channel has at most one; it is keyed by ChannelID.
type Subscription struct {
	GuildID   string `json:"guild_id"`
	ChannelID string `json:"channel_id"`
	// Time is the local posting time, "HH:MM" (24-hour).
	Time string `json:"time"`
	// TimeZone is an IANA zone name ("Europe/Paris") that Time is in.
	TimeZone string `json:"time_zone"`
	// Days are the weekdays to post on; empty means every day.
	Days    []time.Weekday `json:"days,omitempty"`
	Filters Filters        `json:"filters"`
	// Length is how many top stories an edition holds.
	Length int `json:"length"`
	// Format is FormatCompact or FormatFull.
	Format string `json:"format"`
	// CreatedBy is the Discord user ID of the admin who subscribed.
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks the fields a scheduler relies on: channel, "HH:MM" time,
// a loadable time zone, a known format and a non-negative length.
func (s Subscription) Validate() error {
	if s.ChannelID == "" {
		return fmt.Errorf("store: subscription: no channel: %w", ErrInvalid)
	}
	if _, _, err := ParseClock(s.Time); err != nil {
		return fmt.Errorf("store: subscription: %w", err)
	}
	if _, err := time.LoadLocation(s.TimeZone); err != nil || s.TimeZone == "" {
		return fmt.Errorf("store: subscription: unknown time zone %q: %w", s.TimeZone, ErrInvalid)
	}
	if s.Format != FormatCompact && s.Format != FormatFull {
		return fmt.Errorf("store: subscription: format %q is not %q or %q: %w", s.Format, FormatCompact, FormatFull, ErrInvalid)
	}
	if s.Length < 0 {
		return fmt.Errorf("store: subscription: negative length: %w", ErrInvalid)
	}
	for _, d := range s.Days {
		if d < time.Sunday || d > time.Saturday {
			return fmt.Errorf("store: subscription: bad weekday %d: %w", d, ErrInvalid)
		}
	}
	return nil
}

// ParseClock parses a 24-hour "HH:MM" clock time.
func ParseClock(s string) (hour, minute int, err error) {
	t, perr := time.Parse("15:04", s)
	if perr != nil || len(s) != 5 {
		return 0, 0, fmt.Errorf("time %q is not HH:MM: %w", s, ErrInvalid)
	}
	return t.Hour(), t.Minute(), nil
}

// QuietHours is a daily window in which alerts are held back. Start may be
// after End, for a window that spans midnight.
type QuietHours struct {
	// Start and End are "HH:MM"; both empty means no quiet hours.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// TimeZone is the IANA zone Start and End are in.
	TimeZone string `json:"time_zone,omitempty"`
}

// Alert is one user's keyword alert.
type Alert struct {
	ID     string `json:"id"`
	UserID string `json:"user_id"`
	// GuildID is the guild the alert was created in (for permission checks).
	GuildID string `json:"guild_id"`
	// Expression is the alert query, parsed by package alerts.
	Expression string `json:"expression"`
	// Mode is how matches are delivered; ModeDM.
	Mode       string     `json:"mode"`
	QuietHours QuietHours `json:"quiet_hours"`
	// MutedUntil holds deliveries back until then; zero means not muted.
	MutedUntil time.Time `json:"muted_until"`
	// PausedReason is set when deliveries stopped on their own (e.g. the
	// user's DMs are closed), in plain words; empty means active.
	PausedReason string `json:"paused_reason,omitempty"`
	// PauseNotified is when the user was told that the alert is paused
	// for PausedReason; zero means not yet. Whoever sets or clears
	// PausedReason clears it, so each pause is reported once.
	PauseNotified time.Time `json:"pause_notified,omitzero"`
	CreatedAt     time.Time `json:"created_at"`
	// Version is the optimistic-concurrency counter maintained by the
	// store (CreateAlert, UpdateAlert, PutAlert); 0 for alerts stored
	// before alerts had versions. It is store state, not user data:
	// exports leave it out (store/backup).
	Version int `json:"version,omitempty"`
}

// Article is one news article as ingested, with its digest.
type Article struct {
	ID           string `json:"id"`
	URL          string `json:"url"`
	CanonicalURL string `json:"canonical_url,omitempty"`
	GUID         string `json:"guid,omitempty"`
	Title        string `json:"title"`
	// Source is the Source.Name the article came from.
	Source    string    `json:"source"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published"`
	// FirstSeen is when Attache first ingested the article; retention uses it.
	FirstSeen time.Time `json:"first_seen"`
	// Body is the plain-text body.
	Body string `json:"body"`
	// SimHash is the near-duplicate fingerprint of Body.
	SimHash uint64 `json:"simhash"`
	// Result is the digest of the article, nil before digestion.
	Result *digest.Result `json:"result,omitempty"`
	// Engine stamps the engine that made Result (story.EngineStamp); empty
	// for articles digested before stamps existed. A digester whose engine
	// differs digests the article again (recent stories only).
	Engine string `json:"engine,omitempty"`
	// Outlet is the outlet name the article came under ("Global Wire
	// Service"), which can differ from its Source's name; empty for
	// articles stored before outlets were kept.
	Outlet string `json:"outlet,omitempty"`
	// StoryID is the story the article was clustered into, if any.
	StoryID string `json:"story_id,omitempty"`
}

// URLKey is the dedupe key of an article URL.
func URLKey(u string) string { return "url:" + u }

// GUIDKey is the dedupe key of a feed item GUID.
func GUIDKey(g string) string { return "guid:" + g }

// DedupeKeys returns the keys that identify the article for de-duplication:
// its canonical URL (or URL when it has none) and its GUID, when set.
func (a Article) DedupeKeys() []string {
	var keys []string
	switch {
	case a.CanonicalURL != "":
		keys = append(keys, URLKey(a.CanonicalURL))
	case a.URL != "":
		keys = append(keys, URLKey(a.URL))
	}
	if a.GUID != "" {
		keys = append(keys, GUIDKey(a.GUID))
	}
	return keys
}

// Change is one update to a story, in words ("Turkey confirmed attendance").
type Change struct {
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// Story is a cluster of articles about one diplomatic event.
type Story struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	ArticleIDs []string `json:"article_ids"`
	URLs       []string `json:"urls"`
	// Outlets are the names of the sources that covered the story.
	Outlets   []string  `json:"outlets"`
	Published time.Time `json:"published"`
	FirstSeen time.Time `json:"first_seen"`
	// LastSeen is when an article last joined the story; ordering and
	// retention use it.
	LastSeen time.Time `json:"last_seen"`
	// Relevance is how diplomatic the story is, 0 to 1.
	Relevance float64 `json:"relevance"`
	// Facts are the facts of all articles, merged.
	Facts   digest.Result `json:"facts"`
	Changes []Change      `json:"changes,omitempty"`
	// Version is the optimistic-concurrency counter maintained by PutStory.
	Version int `json:"version"`
}

// Full-text policies of a Source.
const (
	FullTextNever  = "never"  // use the feed's text only
	FullTextAuto   = "auto"   // fetch the page when the feed text is short
	FullTextAlways = "always" // always fetch the page
)

// Source is a news source, from the configuration file or added from Discord.
type Source struct {
	// Name is the unique key ("reuters-world").
	Name string `json:"name"`
	URL  string `json:"url"`
	// Kind is the feed kind ("rss", "atom", "json", "page").
	Kind string `json:"kind"`
	// Language is a BCP 47 tag ("en").
	Language string `json:"language,omitempty"`
	// FullText is FullTextNever, FullTextAuto or FullTextAlways.
	FullText string `json:"full_text,omitempty"`
	// Interval is the poll interval (JSON: nanoseconds).
	Interval time.Duration `json:"interval"`
	// GuildID is set for sources added from a guild; empty for configured ones.
	GuildID string    `json:"guild_id,omitempty"`
	AddedBy string    `json:"added_by,omitempty"`
	AddedAt time.Time `json:"added_at"`
}

// SourceState is the polling state of a source.
type SourceState struct {
	Name string `json:"name"`
	// ETag and LastModified are the validators of the last response.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastSuccess  time.Time `json:"last_success"`
	LastAttempt  time.Time `json:"last_attempt"`
	// LastError is the last failure in plain words; empty after a success.
	LastError string `json:"last_error,omitempty"`
	// Failures counts consecutive failures.
	Failures int       `json:"failures"`
	NextPoll time.Time `json:"next_poll"`
}

// Delivery is a ledger entry: a message that was posted for an idempotency key.
type Delivery struct {
	Key         string    `json:"key"`
	ChannelID   string    `json:"channel_id"`
	MessageID   string    `json:"message_id"`
	DeliveredAt time.Time `json:"delivered_at"`
	// StoryIDs lists the stories a posted edition showed (edition records
	// only), so that the next edition repeats a story only with what changed.
	StoryIDs []string `json:"story_ids,omitempty"`
}

// Job is one unit of delivery work in the durable queue.
type Job struct {
	// ID is assigned by Enqueue and survives retries.
	ID string `json:"id"`
	// Kind names the handler ("edition", "alert").
	Kind string `json:"kind"`
	// Key is the delivery's idempotency key (see Delivery).
	Key     string          `json:"key"`
	Payload json.RawMessage `json:"payload,omitempty"`
	// Attempts counts Retry calls; redelivery after a visibility timeout
	// does not count.
	Attempts   int       `json:"attempts"`
	NotBefore  time.Time `json:"not_before"`
	EnqueuedAt time.Time `json:"enqueued_at"`
	// Receipt identifies the current claim; set by Dequeue, used by Ack
	// and Retry. It is backend-specific and changes on Retry.
	Receipt string `json:"receipt,omitempty"`
}

// QueueStats describes the work queue.
type QueueStats struct {
	// Depth counts all jobs not yet acked: ready, delayed and claimed.
	Depth int `json:"depth"`
	// Delayed counts jobs whose NotBefore is in the future.
	Delayed int `json:"delayed"`
	// InFlight counts claimed jobs not yet acked or retried.
	InFlight int `json:"in_flight"`
	// Oldest is the EnqueuedAt of the oldest job; zero when Depth is 0.
	Oldest time.Time `json:"oldest"`
}

// Lease is a named, expiring lock held by one owner.
type Lease struct {
	Name    string    `json:"name"`
	Owner   string    `json:"owner"`
	Expires time.Time `json:"expires"`
}

// Expired counts what Expire removed.
type Expired struct {
	Stories  int `json:"stories"`
	Articles int `json:"articles"`
}

// NewID returns a random 128-bit identifier as 32 lowercase hex digits.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// Now is the clock used by backends, truncated to microseconds so that
// times survive every backend's encodings unchanged.
func Now() time.Time { return time.Now().Truncate(time.Microsecond) }

// ValidKey reports whether s is usable as a record key: non-empty, at most
// 512 bytes and without control characters.
func ValidKey(s string) bool {
	if s == "" || len(s) > 512 {
		return false
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}
