// Package redis is the Redis store backend, for deployments with several
// bot replicas or an existing Redis. It works with a single node, Sentinel
// or Cluster through go-redis's UniversalClient.
//
// Every key starts with a configurable prefix (default "attache:"). Keys
// that must change together atomically share a hash tag ("{alerts}",
// "{stories}", ...), so each Lua script touches a single cluster slot; the
// data set of a news bot is small, so trading spread for atomicity is
// right. docs/redis.md lists every key, its type, TTL and the operations
// that touch it.
package redis

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/attache-bot/attache/store"
	goredis "github.com/redis/go-redis/v9"
)

// DefaultPrefix starts every key unless Options.Prefix says otherwise.
const DefaultPrefix = "attache:"

// consumerGroup is the stream consumer group all replicas share.
const consumerGroup = "attache"

// Options configure Open and New.
type Options struct {
	// URL is a single-node address: redis://[user:password@]host:port/db,
	// rediss:// for TLS, or unix:///path.sock. Either URL or Addrs is needed.
	URL string
	// Addrs are Sentinel addresses (with MasterName) or Cluster seed
	// addresses (two or more, or one with Cluster set).
	Addrs []string
	// MasterName selects Sentinel: the name of the monitored master.
	MasterName string
	// Cluster forces Cluster mode with a single seed address.
	Cluster bool
	// Username, Password and DB apply with Addrs (a URL carries its own).
	Username string
	Password string
	DB       int
	// Prefix starts every key; default DefaultPrefix. It must not contain
	// braces, which would break the hash tags.
	Prefix string
	// DialTimeout, ReadTimeout and WriteTimeout bound each network step;
	// default 2 s each. Context deadlines apply too.
	DialTimeout  time.Duration
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	// LedgerTTL is how long delivery ledger entries live; default
	// store.DefaultLedgerTTL.
	LedgerTTL time.Duration
	// Logger receives maintenance messages; nil discards them.
	Logger *slog.Logger
}

// Store is the Redis implementation of store.Store.
type Store struct {
	c         goredis.UniversalClient
	k         keys
	ledgerTTL time.Duration
	log       *slog.Logger
}

var _ store.Store = (*Store)(nil)

// Open connects to Redis as opts say, checks that it answers and prepares
// the queue's consumer group.
func Open(ctx context.Context, opts Options) (*Store, error) {
	uo := &goredis.UniversalOptions{
		Addrs: opts.Addrs, MasterName: opts.MasterName, IsClusterMode: opts.Cluster,
		Username: opts.Username, Password: opts.Password, DB: opts.DB,
	}
	if opts.URL != "" {
		o, err := goredis.ParseURL(opts.URL)
		if err != nil {
			return nil, fmt.Errorf("store/redis: parse URL: %w", err)
		}
		uo.Addrs, uo.Username, uo.Password, uo.DB, uo.TLSConfig = []string{o.Addr}, o.Username, o.Password, o.DB, o.TLSConfig
		if o.Network == "unix" {
			uo.Dialer = func(ctx context.Context, _, addr string) (net.Conn, error) {
				var d net.Dialer
				return d.DialContext(ctx, "unix", addr)
			}
		}
	}
	if len(uo.Addrs) == 0 {
		return nil, fmt.Errorf("store/redis: no URL or addresses: %w", store.ErrInvalid)
	}
	uo.DialTimeout = or(opts.DialTimeout, 2*time.Second)
	uo.ReadTimeout = or(opts.ReadTimeout, 2*time.Second)
	uo.WriteTimeout = or(opts.WriteTimeout, 2*time.Second)
	uo.ContextTimeoutEnabled = true
	// Fail fast when Redis is down: callers (the scheduler, the queue
	// workers) retry on their own schedule.
	uo.MaxRetries = 1
	uo.DialerRetries = 2
	uo.DialerRetryTimeout = 50 * time.Millisecond
	s, err := New(goredis.NewUniversalClient(uo), opts)
	if err != nil {
		return nil, err
	}
	if err := s.Ping(ctx); err != nil {
		_ = s.Close()
		return nil, err
	}
	if err := s.ensureGroup(ctx); err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store/redis: create consumer group: %w", err)
	}
	return s, nil
}

// New wraps an existing client; Close closes it. It does not contact Redis.
func New(c goredis.UniversalClient, opts Options) (*Store, error) {
	prefix := opts.Prefix
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if strings.ContainsAny(prefix, "{}") {
		return nil, fmt.Errorf("store/redis: key prefix %q must not contain braces: %w", prefix, store.ErrInvalid)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Store{c: c, k: keys{prefix}, ledgerTTL: or(opts.LedgerTTL, store.DefaultLedgerTTL), log: log}, nil
}

func or(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// Client returns the underlying client (for health checks and tests).
func (s *Store) Client() goredis.UniversalClient { return s.c }

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.c.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("store/redis: ping: %w", err)
	}
	return nil
}

// Close closes the client.
func (s *Store) Close() error {
	if err := s.c.Close(); err != nil && !errors.Is(err, goredis.ErrClosed) {
		return fmt.Errorf("store/redis: close: %w", err)
	}
	return nil
}

// keys builds every key name; see docs/redis.md.
type keys struct{ p string }

func (k keys) subs() string                { return k.p + "subscriptions" }
func (k keys) alertData() string           { return k.p + "{alerts}:data" }
func (k keys) alertOwner() string          { return k.p + "{alerts}:owner" }
func (k keys) alertUser(uid string) string { return k.p + "{alerts}:user:" + uid }
func (k keys) article(id string) string    { return k.p + "{articles}:a:" + id }
func (k keys) articleKey(key string) string {
	return k.p + "{articles}:k:" + key
}
func (k keys) articleSeen() string       { return k.p + "{articles}:seen" }
func (k keys) story(id string) string    { return k.p + "{stories}:s:" + id }
func (k keys) storySeen() string         { return k.p + "{stories}:seen" }
func (k keys) sources() string           { return k.p + "{sources}:def" }
func (k keys) sourceState() string       { return k.p + "{sources}:state" }
func (k keys) ledger(key string) string  { return k.p + "ledger:" + key }
func (k keys) stream() string            { return k.p + "{queue}:stream" }
func (k keys) delayed() string           { return k.p + "{queue}:delayed" }
func (k keys) enqueued() string          { return k.p + "{queue}:enqueued" }
func (k keys) lease(name string) string  { return k.p + "lease:" + name }
func (k keys) rate(bucket string) string { return k.p + "rate:" + bucket }

// wrap prefixes err with the operation, mapping redis.Nil to ErrNotFound.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, goredis.Nil) {
		err = store.ErrNotFound
	}
	return fmt.Errorf("store/redis: %s: %w", op, err)
}

func checkKey(op, what, k string) error {
	if !store.ValidKey(k) {
		return fmt.Errorf("store/redis: %s: %s %q: %w", op, what, k, store.ErrInvalid)
	}
	return nil
}

func micros(t time.Time) float64 { return float64(t.UnixMicro()) }

func sha(b []byte) string {
	h := sha1.Sum(b)
	return hex.EncodeToString(h[:])
}

// --- subscriptions ---

// PutSubscription creates or replaces the subscription of sub.ChannelID.
func (s *Store) PutSubscription(ctx context.Context, sub store.Subscription) error {
	const op = "put subscription"
	if err := checkKey(op, "channel", sub.ChannelID); err != nil {
		return err
	}
	data, err := json.Marshal(sub)
	if err != nil {
		return wrap(op, err)
	}
	return wrap(op, s.c.HSet(ctx, s.k.subs(), sub.ChannelID, data).Err())
}

// GetSubscription returns the subscription of a channel.
func (s *Store) GetSubscription(ctx context.Context, channelID string) (store.Subscription, error) {
	var sub store.Subscription
	data, err := s.c.HGet(ctx, s.k.subs(), channelID).Bytes()
	if err == nil {
		err = json.Unmarshal(data, &sub)
	}
	return sub, wrap("get subscription", err)
}

// DeleteSubscription removes a channel's subscription.
func (s *Store) DeleteSubscription(ctx context.Context, channelID string) error {
	n, err := s.c.HDel(ctx, s.k.subs(), channelID).Result()
	if err == nil && n == 0 {
		err = store.ErrNotFound
	}
	return wrap("delete subscription", err)
}

// ListSubscriptions returns a guild's subscriptions, or all when guildID is empty.
func (s *Store) ListSubscriptions(ctx context.Context, guildID string) ([]store.Subscription, error) {
	vals, err := s.c.HVals(ctx, s.k.subs()).Result()
	if err != nil {
		return nil, wrap("list subscriptions", err)
	}
	var out []store.Subscription
	for _, v := range vals {
		var sub store.Subscription
		if err := json.Unmarshal([]byte(v), &sub); err != nil {
			return nil, wrap("list subscriptions", err)
		}
		if guildID == "" || sub.GuildID == guildID {
			out = append(out, sub)
		}
	}
	store.SortSubscriptions(out)
	return out, nil
}

// --- sources ---

// PutSource creates or replaces a source.
func (s *Store) PutSource(ctx context.Context, src store.Source) error {
	const op = "put source"
	if err := checkKey(op, "source", src.Name); err != nil {
		return err
	}
	data, err := json.Marshal(src)
	if err != nil {
		return wrap(op, err)
	}
	return wrap(op, s.c.HSet(ctx, s.k.sources(), src.Name, data).Err())
}

// GetSource returns a source by name.
func (s *Store) GetSource(ctx context.Context, name string) (store.Source, error) {
	var src store.Source
	data, err := s.c.HGet(ctx, s.k.sources(), name).Bytes()
	if err == nil {
		err = json.Unmarshal(data, &src)
	}
	return src, wrap("get source", err)
}

// DeleteSource removes a source and its poll state in one transaction.
func (s *Store) DeleteSource(ctx context.Context, name string) error {
	var del *goredis.IntCmd
	_, err := s.c.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		del = p.HDel(ctx, s.k.sources(), name)
		p.HDel(ctx, s.k.sourceState(), name)
		return nil
	})
	if err == nil && del.Val() == 0 {
		err = store.ErrNotFound
	}
	return wrap("delete source", err)
}

// ListSources returns all sources ordered by name.
func (s *Store) ListSources(ctx context.Context) ([]store.Source, error) {
	var out []store.Source
	err := hashValues(ctx, s.c, s.k.sources(), func() any { out = append(out, store.Source{}); return &out[len(out)-1] })
	return out, wrap("list sources", err)
}

// PutSourceState creates or replaces a source's poll state.
func (s *Store) PutSourceState(ctx context.Context, st store.SourceState) error {
	const op = "put source state"
	if err := checkKey(op, "source", st.Name); err != nil {
		return err
	}
	data, err := json.Marshal(st)
	if err != nil {
		return wrap(op, err)
	}
	return wrap(op, s.c.HSet(ctx, s.k.sourceState(), st.Name, data).Err())
}

// GetSourceState returns a source's poll state.
func (s *Store) GetSourceState(ctx context.Context, name string) (store.SourceState, error) {
	var st store.SourceState
	data, err := s.c.HGet(ctx, s.k.sourceState(), name).Bytes()
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	return st, wrap("get source state", err)
}

// ListSourceStates returns all poll states ordered by name.
func (s *Store) ListSourceStates(ctx context.Context) ([]store.SourceState, error) {
	var out []store.SourceState
	err := hashValues(ctx, s.c, s.k.sourceState(), func() any { out = append(out, store.SourceState{}); return &out[len(out)-1] })
	return out, wrap("list source states", err)
}

// hashValues decodes every value of a hash, in field order, into next().
func hashValues(ctx context.Context, c goredis.UniversalClient, key string, next func() any) error {
	m, err := c.HGetAll(ctx, key).Result()
	if err != nil {
		return err
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := json.Unmarshal([]byte(m[n]), next()); err != nil {
			return fmt.Errorf("%s: %w", n, err)
		}
	}
	return nil
}

// --- ledger ---

var recordDelivery = goredis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then return {0, v} end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return {1, ARGV[1]}
`)

// RecordDelivery stores d unless its key has an entry, returning the stored one.
func (s *Store) RecordDelivery(ctx context.Context, d store.Delivery) (store.Delivery, bool, error) {
	const op = "record delivery"
	if err := checkKey(op, "delivery key", d.Key); err != nil {
		return store.Delivery{}, false, err
	}
	data, err := json.Marshal(d)
	if err != nil {
		return store.Delivery{}, false, wrap(op, err)
	}
	res, err := recordDelivery.Run(ctx, s.c, []string{s.k.ledger(d.Key)}, data, s.ledgerTTL.Milliseconds()).Slice()
	if err != nil {
		return store.Delivery{}, false, wrap(op, err)
	}
	if len(res) != 2 {
		return store.Delivery{}, false, wrap(op, fmt.Errorf("unexpected reply %v", res))
	}
	created, _ := res[0].(int64)
	raw, _ := res[1].(string)
	var stored store.Delivery
	if err := json.Unmarshal([]byte(raw), &stored); err != nil {
		return store.Delivery{}, false, wrap(op, err)
	}
	return stored, created == 1, nil
}

// GetDelivery returns the ledger entry of key.
func (s *Store) GetDelivery(ctx context.Context, key string) (store.Delivery, error) {
	var d store.Delivery
	data, err := s.c.Get(ctx, s.k.ledger(key)).Bytes()
	if err == nil {
		err = json.Unmarshal(data, &d)
	}
	return d, wrap("get delivery", err)
}

// scanner is the SCAN of a single node.
type scanner interface {
	Scan(ctx context.Context, cursor uint64, match string, count int64) *goredis.ScanCmd
}

// ListDeliveries returns every ledger entry ordered by key. It walks the
// ledger keys with SCAN (on every master of a cluster), never KEYS, so it
// does not block Redis, then reads them with pipelined GETs; entries that
// expire in between are skipped. SCAN may repeat a key; duplicates are
// dropped.
func (s *Store) ListDeliveries(ctx context.Context) ([]store.Delivery, error) {
	const op = "list deliveries"
	match := globEscape(s.k.ledger("")) + "*"
	var mu sync.Mutex
	seen := map[string]bool{}
	scan := func(ctx context.Context, c scanner) error {
		it := c.Scan(ctx, 0, match, 1000).Iterator()
		for it.Next(ctx) {
			mu.Lock()
			seen[it.Val()] = true
			mu.Unlock()
		}
		return it.Err()
	}
	var err error
	if cc, ok := s.c.(*goredis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, c *goredis.Client) error { return scan(ctx, c) })
	} else {
		err = scan(ctx, s.c)
	}
	if err != nil {
		return nil, wrap(op, err)
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	slices.Sort(names)
	out := make([]store.Delivery, 0, len(names))
	const batch = 500
	for start := 0; start < len(names); start += batch {
		chunk := names[start:min(start+batch, len(names))]
		cmds, err := s.c.Pipelined(ctx, func(p goredis.Pipeliner) error {
			for _, k := range chunk {
				p.Get(ctx, k)
			}
			return nil
		})
		if err != nil && !errors.Is(err, goredis.Nil) {
			return nil, wrap(op, err)
		}
		for i, c := range cmds {
			data, err := c.(*goredis.StringCmd).Bytes()
			if errors.Is(err, goredis.Nil) {
				continue // expired meanwhile
			}
			var d store.Delivery
			if err == nil {
				err = json.Unmarshal(data, &d)
			}
			if err != nil {
				return nil, wrap(op, fmt.Errorf("%s: %w", chunk[i], err))
			}
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b store.Delivery) int { return strings.Compare(a.Key, b.Key) })
	return out, nil
}

// globEscape escapes the glob characters of a SCAN MATCH pattern.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// --- leases ---

var renewLease = goredis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`)

var releaseLease = goredis.NewScript(`
local cur = redis.call('GET', KEYS[1])
if not cur then return 1 end
if cur == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
return 0
`)

// AcquireLease takes the lease with SET NX PX, or extends it when owner
// already holds it.
func (s *Store) AcquireLease(ctx context.Context, name, owner string, ttl time.Duration) (bool, error) {
	const op = "acquire lease"
	if err := checkKey(op, "lease", name); err != nil {
		return false, err
	}
	if err := checkKey(op, "owner", owner); err != nil {
		return false, err
	}
	if ttl < time.Millisecond {
		return false, fmt.Errorf("store/redis: %s: ttl %v: %w", op, ttl, store.ErrInvalid)
	}
	ok, err := s.c.SetNX(ctx, s.k.lease(name), owner, ttl).Result()
	if err != nil || ok {
		return ok, wrap(op, err)
	}
	n, err := renewLease.Run(ctx, s.c, []string{s.k.lease(name)}, owner, ttl.Milliseconds()).Int()
	return n == 1, wrap(op, err)
}

// RenewLease extends owner's lease (Lua compare-and-set).
func (s *Store) RenewLease(ctx context.Context, name, owner string, ttl time.Duration) error {
	if ttl < time.Millisecond {
		return fmt.Errorf("store/redis: renew lease: ttl %v: %w", ttl, store.ErrInvalid)
	}
	n, err := renewLease.Run(ctx, s.c, []string{s.k.lease(name)}, owner, ttl.Milliseconds()).Int()
	if err == nil && n != 1 {
		err = fmt.Errorf("lease %s not held by %s: %w", name, owner, store.ErrConflict)
	}
	return wrap("renew lease", err)
}

// ReleaseLease frees owner's lease (Lua compare-and-delete).
func (s *Store) ReleaseLease(ctx context.Context, name, owner string) error {
	n, err := releaseLease.Run(ctx, s.c, []string{s.k.lease(name)}, owner).Int()
	if err == nil && n != 1 {
		err = fmt.Errorf("lease %s held by another owner: %w", name, store.ErrConflict)
	}
	return wrap("release lease", err)
}

// LeaseHolder returns the current holder of a lease.
func (s *Store) LeaseHolder(ctx context.Context, name string) (store.Lease, error) {
	var get *goredis.StringCmd
	var ttl *goredis.DurationCmd
	_, err := s.c.Pipelined(ctx, func(p goredis.Pipeliner) error {
		get = p.Get(ctx, s.k.lease(name))
		ttl = p.PTTL(ctx, s.k.lease(name))
		return nil
	})
	if err != nil {
		return store.Lease{}, wrap("lease holder", err)
	}
	l := store.Lease{Name: name, Owner: get.Val()}
	if d := ttl.Val(); d > 0 {
		l.Expires = time.Now().Add(d)
	}
	return l, nil
}

// --- rate limiter ---

// allowScript is GCRA on the Redis clock, so all replicas share one bucket.
var allowScript = goredis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local emission = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nxt = tat + emission
local over = nxt - now - burst * emission
if over > 0 then return {0, math.ceil(over)} end
redis.call('SET', KEYS[1], string.format('%.0f', nxt), 'PX', math.ceil((nxt - now) / 1000) + 1)
return {1, 0}
`)

// Allow takes a token from a bucket shared by all clients of this Redis.
func (s *Store) Allow(ctx context.Context, key string, rate float64, burst int) (bool, time.Duration, error) {
	const op = "allow"
	if rate <= 0 || burst < 1 {
		return false, 0, fmt.Errorf("store/redis: %s: rate %v and burst %d must be positive: %w", op, rate, burst, store.ErrInvalid)
	}
	res, err := allowScript.Run(ctx, s.c, []string{s.k.rate(key)}, 1e6/rate, burst).Int64Slice()
	if err != nil {
		return false, 0, wrap(op, err)
	}
	if len(res) != 2 {
		return false, 0, wrap(op, fmt.Errorf("unexpected reply %v", res))
	}
	return res[0] == 1, time.Duration(res[1]) * time.Microsecond, nil
}

// isNoGroup reports whether err says the consumer group or stream is
// missing (Redis restarted without persistence, or keys were deleted).
func isNoGroup(err error) bool {
	return err != nil && strings.HasPrefix(err.Error(), "NOGROUP")
}

// ensureGroup creates the queue's consumer group (and stream) if missing.
func (s *Store) ensureGroup(ctx context.Context) error {
	err := s.c.XGroupCreateMkStream(ctx, s.k.stream(), consumerGroup, "0").Err()
	if err != nil && strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return nil
	}
	return err
}
