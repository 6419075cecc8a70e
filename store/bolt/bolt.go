// Package bolt is the embedded store backend: all state in one bbolt file
// in the data directory, so Attache runs with nothing else installed.
//
// bbolt locks its file, so exactly one process can use a data file at a
// time: this backend suits a single bot process, not replicas (use
// store/redis for those). Within the process every operation is one bbolt
// transaction, so the atomicity guarantees of store.Store hold for any
// number of goroutines. The rate limiter is kept in process memory.
package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/attache-bot/attache/store"
	"go.etcd.io/bbolt"
)

// DefaultFileName is the name of the data file inside the data directory.
const DefaultFileName = "attache.db"

// Bucket names.
var (
	bSubs        = []byte("subscriptions")
	bAlerts      = []byte("alerts")
	bAlertUsers  = []byte("alert_users") // user \x00 id -> nil
	bArticles    = []byte("articles")
	bArticleKeys = []byte("article_keys") // dedupe key -> article id
	bArticleSeen = []byte("article_seen") // ts(8) id -> nil
	bStories     = []byte("stories")
	bStorySeen   = []byte("story_seen") // ts(8) id -> nil
	bSources     = []byte("sources")
	bSourceState = []byte("source_state")
	bLedger      = []byte("ledger")
	bQueue       = []byte("queue") // seq(8) -> queued
	bLeases      = []byte("leases")
	allBuckets   = [][]byte{bSubs, bAlerts, bAlertUsers, bArticles, bArticleKeys, bArticleSeen,
		bStories, bStorySeen, bSources, bSourceState, bLedger, bQueue, bLeases}
)

// Options configure Open.
type Options struct {
	// LockTimeout is how long Open waits for another process to release the
	// file lock; default 2 s.
	LockTimeout time.Duration
	// LedgerTTL is how long ledger entries are kept; default
	// store.DefaultLedgerTTL. Expired entries are removed by Expire.
	LedgerTTL time.Duration
	// Logger receives maintenance messages; nil discards them.
	Logger *slog.Logger
}

// Store is the bbolt implementation of store.Store.
type Store struct {
	db        *bbolt.DB
	log       *slog.Logger
	ledgerTTL time.Duration

	mu      sync.Mutex
	buckets map[string]float64 // rate limiter: key -> theoretical arrival time (unix µs)
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the data file at path, typically
// filepath.Join(dataDir, DefaultFileName). Its directory is created too.
func Open(path string, opts Options) (*Store, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = 2 * time.Second
	}
	if opts.LedgerTTL <= 0 {
		opts.LedgerTTL = store.DefaultLedgerTTL
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("store/bolt: create data directory: %w", err)
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: opts.LockTimeout})
	if errors.Is(err, bbolt.ErrTimeout) {
		return nil, fmt.Errorf("store/bolt: open %s: the file is locked by another process (only one attache process may use a data file; use Redis for replicas): %w", path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("store/bolt: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("store/bolt: create buckets: %w", err)
	}
	return &Store{db: db, log: opts.Logger, ledgerTTL: opts.LedgerTTL, buckets: map[string]float64{}}, nil
}

// Ping checks that the file is open and readable.
func (s *Store) Ping(ctx context.Context) error {
	return s.view(ctx, "ping", func(tx *bbolt.Tx) error { return nil })
}

// Close closes the data file.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store/bolt: close: %w", err)
	}
	return nil
}

// view runs a read transaction, wrapping errors with op.
func (s *Store) view(ctx context.Context, op string, fn func(tx *bbolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store/bolt: %s: %w", op, err)
	}
	if err := s.db.View(fn); err != nil {
		return fmt.Errorf("store/bolt: %s: %w", op, err)
	}
	return nil
}

// update runs a write transaction, wrapping errors with op.
func (s *Store) update(ctx context.Context, op string, fn func(tx *bbolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store/bolt: %s: %w", op, err)
	}
	if err := s.db.Update(fn); err != nil {
		return fmt.Errorf("store/bolt: %s: %w", op, err)
	}
	return nil
}

func getJSON(b *bbolt.Bucket, key string, v any) error {
	data := b.Get([]byte(key))
	if data == nil {
		return store.ErrNotFound
	}
	return json.Unmarshal(data, v)
}

func putJSON(b *bbolt.Bucket, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put([]byte(key), data)
}

func deleteExisting(b *bbolt.Bucket, key string) error {
	if b.Get([]byte(key)) == nil {
		return store.ErrNotFound
	}
	return b.Delete([]byte(key))
}

func checkKey(what, k string) error {
	if !store.ValidKey(k) {
		return fmt.Errorf("%s %q: %w", what, k, store.ErrInvalid)
	}
	return nil
}

// tsKey makes an index key that sorts by time, then by id.
func tsKey(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(t.UnixMicro())^(1<<63))
	return append(k, id...)
}

func tsOf(k []byte) int64 { return int64(binary.BigEndian.Uint64(k[:8]) ^ (1 << 63)) }

// --- subscriptions ---

// PutSubscription creates or replaces the subscription of s.ChannelID.
func (s *Store) PutSubscription(ctx context.Context, sub store.Subscription) error {
	return s.update(ctx, "put subscription", func(tx *bbolt.Tx) error {
		if err := checkKey("channel", sub.ChannelID); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bSubs), sub.ChannelID, sub)
	})
}

// GetSubscription returns the subscription of a channel, or store.ErrNotFound.
func (s *Store) GetSubscription(ctx context.Context, channelID string) (store.Subscription, error) {
	var sub store.Subscription
	err := s.view(ctx, "get subscription", func(tx *bbolt.Tx) error {
		return getJSON(tx.Bucket(bSubs), channelID, &sub)
	})
	return sub, err
}

// DeleteSubscription removes a channel's subscription.
func (s *Store) DeleteSubscription(ctx context.Context, channelID string) error {
	return s.update(ctx, "delete subscription", func(tx *bbolt.Tx) error {
		return deleteExisting(tx.Bucket(bSubs), channelID)
	})
}

// ListSubscriptions returns a guild's subscriptions, or all when guildID is empty.
func (s *Store) ListSubscriptions(ctx context.Context, guildID string) ([]store.Subscription, error) {
	var out []store.Subscription
	err := s.view(ctx, "list subscriptions", func(tx *bbolt.Tx) error {
		return tx.Bucket(bSubs).ForEach(func(_, v []byte) error {
			var sub store.Subscription
			if err := json.Unmarshal(v, &sub); err != nil {
				return err
			}
			if guildID == "" || sub.GuildID == guildID {
				out = append(out, sub)
			}
			return nil
		})
	})
	store.SortSubscriptions(out)
	return out, err
}

// --- alerts ---

func userKey(user, id string) []byte { return []byte(user + "\x00" + id) }

// CreateAlert stores a new alert, enforcing maxPerUser in the same transaction.
func (s *Store) CreateAlert(ctx context.Context, a store.Alert, maxPerUser int) (store.Alert, error) {
	if a.ID == "" {
		a.ID = store.NewID()
	}
	if a.CreatedAt.IsZero() {
		a.CreatedAt = store.Now()
	}
	a.Version = 1
	err := s.update(ctx, "create alert", func(tx *bbolt.Tx) error {
		if err := checkKey("alert", a.ID); err != nil {
			return err
		}
		if err := checkKey("user", a.UserID); err != nil {
			return err
		}
		b := tx.Bucket(bAlerts)
		if b.Get([]byte(a.ID)) != nil {
			return fmt.Errorf("alert %s exists: %w", a.ID, store.ErrConflict)
		}
		if maxPerUser > 0 {
			n := 0
			prefix := []byte(a.UserID + "\x00")
			c := tx.Bucket(bAlertUsers).Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				n++
			}
			if n >= maxPerUser {
				return fmt.Errorf("user has %d alerts: %w", n, store.ErrLimit)
			}
		}
		if err := tx.Bucket(bAlertUsers).Put(userKey(a.UserID, a.ID), nil); err != nil {
			return err
		}
		return putJSON(b, a.ID, a)
	})
	if err != nil {
		return store.Alert{}, err
	}
	return a, nil
}

// GetAlert returns an alert by ID.
func (s *Store) GetAlert(ctx context.Context, id string) (store.Alert, error) {
	var a store.Alert
	err := s.view(ctx, "get alert", func(tx *bbolt.Tx) error {
		return getJSON(tx.Bucket(bAlerts), id, &a)
	})
	return a, err
}

// UpdateAlert replaces an existing alert of the same user if a.Version
// matches the stored version, checked and bumped in one transaction.
func (s *Store) UpdateAlert(ctx context.Context, a store.Alert) error {
	return s.update(ctx, "update alert", func(tx *bbolt.Tx) error {
		var old store.Alert
		if err := getJSON(tx.Bucket(bAlerts), a.ID, &old); err != nil {
			return err
		}
		if old.UserID != a.UserID {
			return fmt.Errorf("alert %s belongs to another user: %w", a.ID, store.ErrConflict)
		}
		if old.Version != a.Version {
			return fmt.Errorf("alert %s is at version %d, not %d: %w", a.ID, old.Version, a.Version, store.ErrConflict)
		}
		a.Version++
		return putJSON(tx.Bucket(bAlerts), a.ID, a)
	})
}

// PutAlert creates or replaces an alert as given, without the per-user
// limit, moving it between owners' indexes when UserID changed. The
// version becomes max(a.Version, old+1) (see store.Store).
func (s *Store) PutAlert(ctx context.Context, a store.Alert) error {
	return s.update(ctx, "put alert", func(tx *bbolt.Tx) error {
		if err := checkKey("alert", a.ID); err != nil {
			return err
		}
		if err := checkKey("user", a.UserID); err != nil {
			return err
		}
		b, users := tx.Bucket(bAlerts), tx.Bucket(bAlertUsers)
		var old store.Alert
		switch err := getJSON(b, a.ID, &old); {
		case err == nil:
			if old.UserID != a.UserID {
				if err := users.Delete(userKey(old.UserID, a.ID)); err != nil {
					return err
				}
			}
		case !errors.Is(err, store.ErrNotFound):
			return err
		}
		a.Version = max(a.Version, old.Version+1)
		if err := users.Put(userKey(a.UserID, a.ID), nil); err != nil {
			return err
		}
		return putJSON(b, a.ID, a)
	})
}

// DeleteAlert removes an alert.
func (s *Store) DeleteAlert(ctx context.Context, id string) error {
	return s.update(ctx, "delete alert", func(tx *bbolt.Tx) error {
		var old store.Alert
		if err := getJSON(tx.Bucket(bAlerts), id, &old); err != nil {
			return err
		}
		if err := tx.Bucket(bAlertUsers).Delete(userKey(old.UserID, id)); err != nil {
			return err
		}
		return tx.Bucket(bAlerts).Delete([]byte(id))
	})
}

// ListAlerts returns a user's alerts, or all alerts when userID is empty.
func (s *Store) ListAlerts(ctx context.Context, userID string) ([]store.Alert, error) {
	var out []store.Alert
	err := s.view(ctx, "list alerts", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bAlerts)
		if userID == "" {
			return b.ForEach(func(_, v []byte) error {
				var a store.Alert
				if err := json.Unmarshal(v, &a); err != nil {
					return err
				}
				out = append(out, a)
				return nil
			})
		}
		prefix := []byte(userID + "\x00")
		c := tx.Bucket(bAlertUsers).Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var a store.Alert
			if err := getJSON(b, string(k[len(prefix):]), &a); err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	store.SortAlerts(out)
	return out, err
}

// --- articles ---

// PutArticle creates or replaces an article and its dedupe keys.
func (s *Store) PutArticle(ctx context.Context, a store.Article) error {
	return s.update(ctx, "put article", func(tx *bbolt.Tx) error {
		if err := checkKey("article", a.ID); err != nil {
			return err
		}
		arts, keys, seen := tx.Bucket(bArticles), tx.Bucket(bArticleKeys), tx.Bucket(bArticleSeen)
		var old store.Article
		switch err := getJSON(arts, a.ID, &old); {
		case err == nil:
			if err := unindexArticle(keys, seen, old, a.DedupeKeys()); err != nil {
				return err
			}
		case !errors.Is(err, store.ErrNotFound):
			return err
		}
		for _, k := range a.DedupeKeys() {
			if err := keys.Put([]byte(k), []byte(a.ID)); err != nil {
				return err
			}
		}
		if err := seen.Put(tsKey(a.FirstSeen, a.ID), nil); err != nil {
			return err
		}
		return putJSON(arts, a.ID, a)
	})
}

// unindexArticle removes old's index entries, except dedupe keys in keep.
// Dedupe keys are only removed while they still point at old.
func unindexArticle(keys, seen *bbolt.Bucket, old store.Article, keep []string) error {
	for _, k := range old.DedupeKeys() {
		if slices.Contains(keep, k) || string(keys.Get([]byte(k))) != old.ID {
			continue
		}
		if err := keys.Delete([]byte(k)); err != nil {
			return err
		}
	}
	return seen.Delete(tsKey(old.FirstSeen, old.ID))
}

func deleteArticle(tx *bbolt.Tx, id string) error {
	var old store.Article
	if err := getJSON(tx.Bucket(bArticles), id, &old); err != nil {
		return err
	}
	if err := unindexArticle(tx.Bucket(bArticleKeys), tx.Bucket(bArticleSeen), old, nil); err != nil {
		return err
	}
	return tx.Bucket(bArticles).Delete([]byte(id))
}

// GetArticle returns an article by ID.
func (s *Store) GetArticle(ctx context.Context, id string) (store.Article, error) {
	var a store.Article
	err := s.view(ctx, "get article", func(tx *bbolt.Tx) error {
		return getJSON(tx.Bucket(bArticles), id, &a)
	})
	return a, err
}

// LookupArticle returns the ID of the article with a dedupe key.
func (s *Store) LookupArticle(ctx context.Context, key string) (string, error) {
	var id string
	err := s.view(ctx, "lookup article", func(tx *bbolt.Tx) error {
		v := tx.Bucket(bArticleKeys).Get([]byte(key))
		if v == nil {
			return store.ErrNotFound
		}
		id = string(v)
		return nil
	})
	return id, err
}

// DeleteArticle removes an article and its dedupe keys.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	return s.update(ctx, "delete article", func(tx *bbolt.Tx) error { return deleteArticle(tx, id) })
}

// --- stories ---

// PutStory writes a story if s.Version matches the stored version.
func (s *Store) PutStory(ctx context.Context, st store.Story) (int, error) {
	err := s.update(ctx, "put story", func(tx *bbolt.Tx) error {
		if err := checkKey("story", st.ID); err != nil {
			return err
		}
		b, seen := tx.Bucket(bStories), tx.Bucket(bStorySeen)
		var old store.Story
		switch err := getJSON(b, st.ID, &old); {
		case err == nil:
			if err := seen.Delete(tsKey(old.LastSeen, old.ID)); err != nil {
				return err
			}
		case errors.Is(err, store.ErrNotFound):
			old.Version = 0
		default:
			return err
		}
		if old.Version != st.Version {
			return fmt.Errorf("story %s is at version %d, not %d: %w", st.ID, old.Version, st.Version, store.ErrConflict)
		}
		st.Version++
		if err := seen.Put(tsKey(st.LastSeen, st.ID), nil); err != nil {
			return err
		}
		return putJSON(b, st.ID, st)
	})
	if err != nil {
		return 0, err
	}
	return st.Version, nil
}

// GetStory returns a story by ID.
func (s *Store) GetStory(ctx context.Context, id string) (store.Story, error) {
	var st store.Story
	err := s.view(ctx, "get story", func(tx *bbolt.Tx) error {
		return getJSON(tx.Bucket(bStories), id, &st)
	})
	return st, err
}

func deleteStory(tx *bbolt.Tx, id string) (store.Story, error) {
	var old store.Story
	if err := getJSON(tx.Bucket(bStories), id, &old); err != nil {
		return old, err
	}
	if err := tx.Bucket(bStorySeen).Delete(tsKey(old.LastSeen, id)); err != nil {
		return old, err
	}
	return old, tx.Bucket(bStories).Delete([]byte(id))
}

// DeleteStory removes a story (not its articles).
func (s *Store) DeleteStory(ctx context.Context, id string) error {
	return s.update(ctx, "delete story", func(tx *bbolt.Tx) error {
		_, err := deleteStory(tx, id)
		return err
	})
}

// ListStories returns stories last seen at or after since, newest first.
func (s *Store) ListStories(ctx context.Context, since time.Time, limit int) ([]store.Story, error) {
	var out []store.Story
	min := since.UnixMicro()
	if since.IsZero() {
		min = -1 << 63
	}
	err := s.view(ctx, "list stories", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bStories)
		c := tx.Bucket(bStorySeen).Cursor()
		for k, _ := c.Last(); k != nil && tsOf(k) >= min; k, _ = c.Prev() {
			if limit > 0 && len(out) >= limit {
				break
			}
			var st store.Story
			if err := getJSON(b, string(k[8:]), &st); err != nil {
				return fmt.Errorf("story %s: %w", k[8:], err)
			}
			out = append(out, st)
		}
		return nil
	})
	return out, err
}

// --- sources ---

// PutSource creates or replaces a source.
func (s *Store) PutSource(ctx context.Context, src store.Source) error {
	return s.update(ctx, "put source", func(tx *bbolt.Tx) error {
		if err := checkKey("source", src.Name); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bSources), src.Name, src)
	})
}

// GetSource returns a source by name.
func (s *Store) GetSource(ctx context.Context, name string) (store.Source, error) {
	var src store.Source
	err := s.view(ctx, "get source", func(tx *bbolt.Tx) error {
		return getJSON(tx.Bucket(bSources), name, &src)
	})
	return src, err
}

// DeleteSource removes a source and its state.
func (s *Store) DeleteSource(ctx context.Context, name string) error {
	return s.update(ctx, "delete source", func(tx *bbolt.Tx) error {
		if err := deleteExisting(tx.Bucket(bSources), name); err != nil {
			return err
		}
		return tx.Bucket(bSourceState).Delete([]byte(name))
	})
}

// ListSources returns all sources ordered by name.
func (s *Store) ListSources(ctx context.Context) ([]store.Source, error) {
	var out []store.Source
	err := s.view(ctx, "list sources", func(tx *bbolt.Tx) error {
		return forEachJSON(tx.Bucket(bSources), func() any { out = append(out, store.Source{}); return &out[len(out)-1] })
	})
	return out, err
}

// PutSourceState creates or replaces a source's poll state.
func (s *Store) PutSourceState(ctx context.Context, st store.SourceState) error {
	return s.update(ctx, "put source state", func(tx *bbolt.Tx) error {
		if err := checkKey("source", st.Name); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bSourceState), st.Name, st)
	})
}

// GetSourceState returns a source's poll state.
func (s *Store) GetSourceState(ctx context.Context, name string) (store.SourceState, error) {
	var st store.SourceState
	err := s.view(ctx, "get source state", func(tx *bbolt.Tx) error {
		return getJSON(tx.Bucket(bSourceState), name, &st)
	})
	return st, err
}

// ListSourceStates returns all poll states ordered by name.
func (s *Store) ListSourceStates(ctx context.Context) ([]store.SourceState, error) {
	var out []store.SourceState
	err := s.view(ctx, "list source states", func(tx *bbolt.Tx) error {
		return forEachJSON(tx.Bucket(bSourceState), func() any { out = append(out, store.SourceState{}); return &out[len(out)-1] })
	})
	return out, err
}

// forEachJSON decodes every value of b (in key order) into next().
func forEachJSON(b *bbolt.Bucket, next func() any) error {
	return b.ForEach(func(_, v []byte) error { return json.Unmarshal(v, next()) })
}

// --- ledger ---

type ledgerEntry struct {
	store.Delivery
	Expires time.Time `json:"expires"`
}

// RecordDelivery stores d unless its key has an entry, returning the stored one.
func (s *Store) RecordDelivery(ctx context.Context, d store.Delivery) (store.Delivery, bool, error) {
	var stored store.Delivery
	created := false
	now := time.Now()
	err := s.update(ctx, "record delivery", func(tx *bbolt.Tx) error {
		if err := checkKey("delivery key", d.Key); err != nil {
			return err
		}
		b := tx.Bucket(bLedger)
		var e ledgerEntry
		switch err := getJSON(b, d.Key, &e); {
		case err == nil && now.Before(e.Expires):
			stored = e.Delivery
			return nil
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return err
		}
		stored, created = d, true
		return putJSON(b, d.Key, ledgerEntry{Delivery: d, Expires: now.Add(s.ledgerTTL)})
	})
	return stored, created, err
}

// GetDelivery returns the ledger entry of key.
func (s *Store) GetDelivery(ctx context.Context, key string) (store.Delivery, error) {
	var e ledgerEntry
	err := s.view(ctx, "get delivery", func(tx *bbolt.Tx) error {
		if err := getJSON(tx.Bucket(bLedger), key, &e); err != nil {
			return err
		}
		if !time.Now().Before(e.Expires) {
			return store.ErrNotFound
		}
		return nil
	})
	return e.Delivery, err
}

// ListDeliveries returns every unexpired ledger entry ordered by key
// (bbolt iterates keys in byte order).
func (s *Store) ListDeliveries(ctx context.Context) ([]store.Delivery, error) {
	var out []store.Delivery
	now := time.Now()
	err := s.view(ctx, "list deliveries", func(tx *bbolt.Tx) error {
		return tx.Bucket(bLedger).ForEach(func(_, v []byte) error {
			var e ledgerEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if now.Before(e.Expires) {
				out = append(out, e.Delivery)
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// --- leases ---

// AcquireLease takes or extends the named lease for owner.
func (s *Store) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	ok := false
	err := s.update(ctx, "acquire lease", func(tx *bbolt.Tx) error {
		if err := checkKey("lease", name); err != nil {
			return err
		}
		if err := checkKey("owner", owner); err != nil {
			return err
		}
		if ttl < time.Millisecond {
			return fmt.Errorf("lease ttl %v: %w", ttl, store.ErrInvalid)
		}
		b := tx.Bucket(bLeases)
		now := time.Now()
		var l store.Lease
		err := getJSON(b, name, &l)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if err == nil && now.Before(l.Expires) && l.Owner != owner {
			return nil
		}
		ok = true
		return putJSON(b, name, store.Lease{Name: name, Owner: owner, Expires: now.Add(ttl)})
	})
	return ok, err
}

// RenewLease extends owner's lease.
func (s *Store) RenewLease(ctx context.Context, name, owner string, ttl time.Duration) error {
	return s.update(ctx, "renew lease", func(tx *bbolt.Tx) error {
		if ttl < time.Millisecond {
			return fmt.Errorf("lease ttl %v: %w", ttl, store.ErrInvalid)
		}
		b := tx.Bucket(bLeases)
		now := time.Now()
		var l store.Lease
		err := getJSON(b, name, &l)
		if errors.Is(err, store.ErrNotFound) || (err == nil && (l.Owner != owner || !now.Before(l.Expires))) {
			return fmt.Errorf("lease %s not held by %s: %w", name, owner, store.ErrConflict)
		}
		if err != nil {
			return err
		}
		l.Expires = now.Add(ttl)
		return putJSON(b, name, l)
	})
}

// ReleaseLease frees owner's lease.
func (s *Store) ReleaseLease(ctx context.Context, name, owner string) error {
	return s.update(ctx, "release lease", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bLeases)
		var l store.Lease
		err := getJSON(b, name, &l)
		switch {
		case errors.Is(err, store.ErrNotFound):
			return nil
		case err != nil:
			return err
		case !time.Now().Before(l.Expires):
			return b.Delete([]byte(name))
		case l.Owner != owner:
			return fmt.Errorf("lease %s held by %s: %w", name, l.Owner, store.ErrConflict)
		}
		return b.Delete([]byte(name))
	})
}

// LeaseHolder returns the current holder of a lease.
func (s *Store) LeaseHolder(ctx context.Context, name string) (store.Lease, error) {
	var l store.Lease
	err := s.view(ctx, "lease holder", func(tx *bbolt.Tx) error {
		if err := getJSON(tx.Bucket(bLeases), name, &l); err != nil {
			return err
		}
		if !time.Now().Before(l.Expires) {
			return store.ErrNotFound
		}
		return nil
	})
	return l, err
}

// --- rate limiter ---

// Allow is an in-process GCRA token bucket (see store.Store).
func (s *Store) Allow(ctx context.Context, key string, rate float64, burst int) (bool, time.Duration, error) {
	if err := ctx.Err(); err != nil {
		return false, 0, fmt.Errorf("store/bolt: allow: %w", err)
	}
	if rate <= 0 || burst < 1 {
		return false, 0, fmt.Errorf("store/bolt: allow: rate %v and burst %d must be positive: %w", rate, burst, store.ErrInvalid)
	}
	now := float64(time.Now().UnixMicro())
	s.mu.Lock()
	defer s.mu.Unlock()
	ok, retry, tat := store.GCRA(now, s.buckets[key], rate, burst)
	if ok {
		s.buckets[key] = tat
	}
	// Forget buckets that are full again so the map does not grow forever.
	if len(s.buckets) > 1024 {
		for k, t := range s.buckets {
			if t <= now {
				delete(s.buckets, k)
			}
		}
	}
	return ok, retry, nil
}

// --- retention ---

// Expire removes old stories with their articles, orphaned old articles and
// ledger entries past their TTL.
func (s *Store) Expire(ctx context.Context, olderThan time.Time) (store.Expired, error) {
	var n store.Expired
	cut := olderThan.UnixMicro()
	err := s.update(ctx, "expire", func(tx *bbolt.Tx) error {
		var storyIDs []string
		c := tx.Bucket(bStorySeen).Cursor()
		for k, _ := c.First(); k != nil && tsOf(k) < cut; k, _ = c.Next() {
			storyIDs = append(storyIDs, string(k[8:]))
		}
		for _, id := range storyIDs {
			st, err := deleteStory(tx, id)
			if err != nil {
				return err
			}
			n.Stories++
			for _, aid := range st.ArticleIDs {
				switch err := deleteArticle(tx, aid); {
				case err == nil:
					n.Articles++
				case !errors.Is(err, store.ErrNotFound):
					return err
				}
			}
		}
		var articleIDs []string
		c = tx.Bucket(bArticleSeen).Cursor()
		for k, _ := c.First(); k != nil && tsOf(k) < cut; k, _ = c.Next() {
			articleIDs = append(articleIDs, string(k[8:]))
		}
		for _, id := range articleIDs {
			var a store.Article
			if err := getJSON(tx.Bucket(bArticles), id, &a); err != nil {
				return err
			}
			if a.StoryID != "" && tx.Bucket(bStories).Get([]byte(a.StoryID)) != nil {
				continue // its story is still live
			}
			if err := deleteArticle(tx, id); err != nil {
				return err
			}
			n.Articles++
		}
		// Ledger entries past their own TTL.
		now := time.Now()
		var stale []string
		err := tx.Bucket(bLedger).ForEach(func(k, v []byte) error {
			var e ledgerEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if !now.Before(e.Expires) {
				stale = append(stale, string(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range stale {
			if err := tx.Bucket(bLedger).Delete([]byte(k)); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && (n.Stories > 0 || n.Articles > 0) {
		s.log.Info("store retention", "stories", n.Stories, "articles", n.Articles, "older_than", olderThan)
	}
	return n, err
}
