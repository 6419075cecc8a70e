// Package config owns Attache's configuration: the YAML file format, its
// defaults, strict decoding (unknown keys, wrong types and invalid values are
// errors naming the key and its line), environment overrides and validation.
//
// Secrets (the Discord token, Redis passwords) are held in the Secret type,
// which never prints its value.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"
)

// Config is the whole configuration of one Attache process.
type Config struct {
	Log      Log      `yaml:"log"`
	DataDir  string   `yaml:"data_dir"`
	Discord  Discord  `yaml:"discord"`
	Store    Store    `yaml:"store"`
	Digest   Digest   `yaml:"digest"`
	Sources  []Source `yaml:"sources"`
	HTTP     HTTP     `yaml:"http"`
	Editions Editions `yaml:"editions"`
	Alerts   Alerts   `yaml:"alerts"`
	Delivery Delivery `yaml:"delivery"`
}

// Log configures structured logging.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `yaml:"level"`
	// Format is auto (text on a terminal, JSON otherwise), text or json.
	Format string `yaml:"format"`
}

// Discord configures the connection to Discord.
type Discord struct {
	Token         Secret `yaml:"token"`
	TokenFile     string `yaml:"token_file"`
	ApplicationID string `yaml:"application_id"`
	PublicKey     string `yaml:"public_key"`
	APIBase       string `yaml:"api_base"`
	GuildID       string `yaml:"guild_id"`
	ShardID       int    `yaml:"shard_id"`
	ShardCount    int    `yaml:"shard_count"`
}

// Store selects and configures the storage backend.
type Store struct {
	RedisURL    Secret   `yaml:"redis_url"`
	RedisAddrs  []string `yaml:"redis_addrs"`
	RedisMaster string   `yaml:"redis_master"`
	RedisPass   Secret   `yaml:"redis_password"`
	KeyPrefix   string   `yaml:"key_prefix"`
	Retention   Duration `yaml:"retention"`
}

// UsesRedis reports whether a Redis backend is configured.
func (s Store) UsesRedis() bool { return s.RedisURL != "" || len(s.RedisAddrs) > 0 }

// Digest configures the digester's schedule and story building.
type Digest struct {
	Schedule           string   `yaml:"schedule"`
	RelevanceThreshold float64  `yaml:"relevance_threshold"`
	ClusterWindow      Duration `yaml:"cluster_window"`
	Workers            int      `yaml:"workers"`
}

// Source is one configured news source.
type Source struct {
	Name     string   `yaml:"name"`
	URL      string   `yaml:"url"`
	Kind     string   `yaml:"kind"`
	Interval Duration `yaml:"interval"`
	Language string   `yaml:"language"`
	FullText string   `yaml:"full_text"`
}

// HTTP configures outgoing fetches and the optional listener.
type HTTP struct {
	// Listen is the operator listener's host:port (/healthz, /readyz,
	// /metrics and, online with discord.public_key, the interactions
	// endpoint); empty turns it off.
	Listen string `yaml:"listen"`
	// InteractionPath is where Discord POSTs interactions on Listen.
	InteractionPath string   `yaml:"interactions_path"`
	Timeout         Duration `yaml:"timeout"`
	MaxBodyBytes    int64    `yaml:"max_body_bytes"`
	AllowPrivate    bool     `yaml:"allow_private"`
	PerHost         int      `yaml:"per_host"`
	// ReadyMaxAge is how old the digester's last successful cycle may be
	// before /readyz fails its "digester" check; 0 turns the check off.
	ReadyMaxAge Duration `yaml:"ready_max_age"`
}

// Editions configures morning editions.
type Editions struct {
	DefaultTime     string   `yaml:"default_time"`
	DefaultTimeZone string   `yaml:"default_timezone"`
	DefaultLength   int      `yaml:"default_length"`
	CatchUp         Duration `yaml:"catch_up"`
}

// Alerts configures per-user keyword alerts.
type Alerts struct {
	// MaxPerUser is the most alerts one user may have (1-100).
	MaxPerUser int `yaml:"max_per_user"`
	// HourlyCap is the most DMs a user gets in any hour; the overflow is
	// folded into one summary when the hour allows.
	HourlyCap int `yaml:"hourly_cap"`
	// GroupWindow is how long the first matching story waits for others to
	// share its DM (default 2m); 0 turns grouping off, so each message is
	// sent at once (quiet hours, mutes and the hourly cap still apply).
	GroupWindow Duration `yaml:"group_window"`
}

// Delivery configures the outgoing message pipeline.
type Delivery struct {
	RatePerSecond float64 `yaml:"rate_per_second"`
	MaxAttempts   int     `yaml:"max_attempts"`
}

// Default returns the configuration used when no file is given: it runs
// offline on the embedded store and the bundled sample news.
func Default() Config {
	return Config{
		Log:     Log{Level: "info", Format: "auto"},
		DataDir: "data",
		Discord: Discord{APIBase: "https://discord.com/api/v9/", ShardCount: 1},
		Store:   Store{KeyPrefix: "attache:", Retention: Duration(30 * 24 * time.Hour)},
		Digest: Digest{
			Schedule:           "*/15 * * * *",
			RelevanceThreshold: 0.35,
			ClusterWindow:      Duration(72 * time.Hour),
			Workers:            2,
		},
		Sources: []Source{{
			Name: "sample", URL: "builtin:news", Kind: "local",
			Interval: Duration(15 * time.Minute), Language: "en", FullText: "never",
		}},
		HTTP: HTTP{
			InteractionPath: "/interactions",
			Timeout:         Duration(20 * time.Second),
			MaxBodyBytes:    5 << 20,
			PerHost:         2,
			ReadyMaxAge:     Duration(2 * time.Hour),
		},
		Editions: Editions{DefaultTime: "07:00", DefaultTimeZone: "UTC", DefaultLength: 5, CatchUp: Duration(3 * time.Hour)},
		Alerts:   Alerts{MaxPerUser: 25, HourlyCap: 10, GroupWindow: Duration(2 * time.Minute)},
		Delivery: Delivery{RatePerSecond: 45, MaxAttempts: 8},
	}
}

// Error is a configuration error. It names the key and, when the value came
// from a file, the line.
type Error struct {
	Key  string // dotted key path, e.g. "store.redis_url"
	Line int    // 1-based line in the file, 0 when unknown (default or environment)
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Key != "" && e.Line > 0:
		return fmt.Sprintf("config: %s (line %d): %s", e.Key, e.Line, e.Msg)
	case e.Key != "":
		return fmt.Sprintf("config: %s: %s", e.Key, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("config: line %d: %s", e.Line, e.Msg)
	}
	return "config: " + e.Msg
}

// Env reads an environment variable; os.Getenv in production, a map in tests.
type Env func(key string) string

// Load reads the configuration: the defaults, then the file at path (if path
// is not empty), then environment overrides, then validation. A returned
// error is an *Error or wraps one, and never contains a secret.
func Load(path string, env Env) (Config, error) {
	cfg := Default()
	var lines lineIndex
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return cfg, &Error{Msg: fmt.Sprintf("read %s: %v", path, errors.Unwrap(err))}
		}
		lines, err = decode(data, &cfg)
		if err != nil {
			return cfg, err
		}
	}
	if env == nil {
		env = func(string) string { return "" }
	}
	if err := applyEnv(&cfg, env); err != nil {
		return cfg, err
	}
	if err := cfg.validate(); err != nil {
		var ce *Error
		if errors.As(err, &ce) && ce.Line == 0 {
			ce.Line = lines[ce.Key]
		}
		return cfg, err
	}
	return cfg, nil
}

// Parse decodes and validates YAML data on top of the defaults, without
// environment overrides. It is what Load does for a file.
func Parse(data []byte) (Config, error) {
	cfg := Default()
	lines, err := decode(data, &cfg)
	if err != nil {
		return cfg, err
	}
	if err := cfg.validate(); err != nil {
		var ce *Error
		if errors.As(err, &ce) && ce.Line == 0 {
			ce.Line = lines[ce.Key]
		}
		return cfg, err
	}
	return cfg, nil
}

// lineIndex maps dotted key paths ("store.redis_url", "sources[0].url") to
// the line of their value.
type lineIndex map[string]int

var typeErrLine = regexp.MustCompile(`^line (\d+): (.*)$`)

func decode(data []byte, cfg *Config) (lineIndex, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(err, nil)
	}
	lines := lineIndex{}
	if len(root.Content) > 0 {
		indexLines(root.Content[0], "", lines)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		return lines, yamlError(err, lines)
	}
	return lines, nil
}

func indexLines(n *yaml.Node, prefix string, lines lineIndex) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			if prefix != "" {
				key = prefix + "." + k.Value
			}
			lines[key] = k.Line
			indexLines(v, key, lines)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			key := fmt.Sprintf("%s[%d]", prefix, i)
			lines[key] = c.Line
			indexLines(c, key, lines)
		}
	}
}

// yamlError turns a yaml.v3 error into an *Error naming the key and line.
func yamlError(err error, lines lineIndex) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		m := typeErrLine.FindStringSubmatch(te.Errors[0])
		if m == nil {
			return &Error{Msg: te.Errors[0]}
		}
		line, _ := strconv.Atoi(m[1])
		msg := m[2]
		key := keyAtLine(lines, line)
		if strings.HasPrefix(msg, "field ") && strings.Contains(msg, " not found in type") {
			name := strings.TrimSuffix(strings.TrimPrefix(msg[:strings.Index(msg, " not found")], "field "), "")
			msg = fmt.Sprintf("unknown key %q", name)
		}
		msg = strings.ReplaceAll(msg, "config.", "")
		return &Error{Key: key, Line: line, Msg: msg}
	}
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := typeErrLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Key: keyAtLine(lines, line), Line: line, Msg: m[2]}
	}
	return &Error{Msg: msg}
}

// keyAtLine returns the deepest key whose value sits on line.
func keyAtLine(lines lineIndex, line int) string {
	best := ""
	for k, l := range lines {
		if l == line && (len(k) > len(best) || (len(k) == len(best) && k < best)) {
			best = k
		}
	}
	return best
}

// Duration is a time.Duration written in YAML as a Go duration string
// ("90s", "15m", "72h") or with a day suffix ("30d").
type Duration time.Duration

// D returns d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// String formats d like time.Duration does.
func (d Duration) String() string { return time.Duration(d).String() }

type durationError struct {
	line int
	msg  string
}

func (e *durationError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// UnmarshalYAML implements yaml.Unmarshaler.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &durationError{n.Line, "expected a duration such as 15m or 24h"}
	}
	v, err := ParseDuration(n.Value)
	if err != nil {
		return &durationError{n.Line, err.Error()}
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML implements yaml.Marshaler.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }

// ParseDuration parses a Go duration, also accepting a whole number of days
// ("30d") or weeks ("2w").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n := len(s); n > 1 && (s[n-1] == 'd' || s[n-1] == 'w') {
		if k, err := strconv.Atoi(s[:n-1]); err == nil && k >= 0 {
			unit := 24 * time.Hour
			if s[n-1] == 'w' {
				unit *= 7
			}
			return time.Duration(k) * unit, nil
		}
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("invalid duration %q (use e.g. 90s, 15m, 24h, 30d)", s)
	}
	return v, nil
}

func applyEnv(cfg *Config, env Env) error {
	if v := env("DISCORD_TOKEN"); v != "" {
		cfg.Discord.Token = Secret(strings.TrimSpace(v))
	}
	if v := env("DISCORD_TOKEN_FILE"); v != "" {
		cfg.Discord.TokenFile = v
	}
	if cfg.Discord.Token == "" && cfg.Discord.TokenFile != "" {
		data, err := os.ReadFile(cfg.Discord.TokenFile)
		if err != nil {
			return &Error{Key: "discord.token_file", Msg: fmt.Sprintf("cannot read token file %s: %v", cfg.Discord.TokenFile, errors.Unwrap(err))}
		}
		cfg.Discord.Token = Secret(strings.TrimSpace(string(data)))
		if cfg.Discord.Token == "" {
			return &Error{Key: "discord.token_file", Msg: fmt.Sprintf("token file %s is empty", cfg.Discord.TokenFile)}
		}
	}
	if v := env("ATTACHE_REDIS_URL"); v != "" {
		cfg.Store.RedisURL = Secret(v)
	}
	if v := env("ATTACHE_DATA_DIR"); v != "" {
		cfg.DataDir = v
	}
	if v := env("ATTACHE_LOG_LEVEL"); v != "" {
		cfg.Log.Level = v
	}
	if v := env("ATTACHE_LOG_FORMAT"); v != "" {
		cfg.Log.Format = v
	}
	if v := env("ATTACHE_HTTP_LISTEN"); v != "" {
		cfg.HTTP.Listen = v
	}
	if v := env("ATTACHE_DISCORD_API_BASE"); v != "" {
		cfg.Discord.APIBase = v
	}
	if v := env("ATTACHE_GUILD_ID"); v != "" {
		cfg.Discord.GuildID = v
	}
	if v := env("ATTACHE_DISCORD_PUBLIC_KEY"); v != "" {
		cfg.Discord.PublicKey = v
	}
	return nil
}

var (
	hhmm      = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)
	snowflake = regexp.MustCompile(`^\d{1,20}$`)
	hexKey    = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)
)

func (c *Config) validate() error {
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return &Error{Key: "log.level", Msg: fmt.Sprintf("invalid level %q (use debug, info, warn or error)", c.Log.Level)}
	}
	switch c.Log.Format {
	case "auto", "text", "json":
	default:
		return &Error{Key: "log.format", Msg: fmt.Sprintf("invalid format %q (use auto, text or json)", c.Log.Format)}
	}
	if strings.TrimSpace(c.DataDir) == "" {
		return &Error{Key: "data_dir", Msg: "must not be empty"}
	}
	if err := c.Discord.validate(); err != nil {
		return err
	}
	if err := c.Store.validate(); err != nil {
		return err
	}
	if _, err := cron.ParseStandard(c.Digest.Schedule); err != nil {
		return &Error{Key: "digest.schedule", Msg: fmt.Sprintf("invalid cron schedule %q: %v", c.Digest.Schedule, err)}
	}
	if c.Digest.RelevanceThreshold < 0 || c.Digest.RelevanceThreshold > 1 {
		return &Error{Key: "digest.relevance_threshold", Msg: "must be between 0 and 1"}
	}
	if c.Digest.ClusterWindow <= 0 {
		return &Error{Key: "digest.cluster_window", Msg: "must be positive"}
	}
	if c.Digest.Workers < 1 || c.Digest.Workers > 64 {
		return &Error{Key: "digest.workers", Msg: "must be between 1 and 64"}
	}
	seen := map[string]bool{}
	for i, s := range c.Sources {
		key := fmt.Sprintf("sources[%d]", i)
		if err := s.validate(); err != nil {
			err.Key = key + "." + err.Key
			return err
		}
		if seen[s.Name] {
			return &Error{Key: key + ".name", Msg: fmt.Sprintf("duplicate source name %q", s.Name)}
		}
		seen[s.Name] = true
	}
	if c.HTTP.Listen != "" && !strings.Contains(c.HTTP.Listen, ":") {
		return &Error{Key: "http.listen", Msg: fmt.Sprintf("invalid address %q (use host:port, e.g. 127.0.0.1:9090)", c.HTTP.Listen)}
	}
	if !strings.HasPrefix(c.HTTP.InteractionPath, "/") {
		return &Error{Key: "http.interactions_path", Msg: "must start with /"}
	}
	if c.HTTP.Timeout <= 0 {
		return &Error{Key: "http.timeout", Msg: "must be positive"}
	}
	if c.HTTP.MaxBodyBytes < 1024 {
		return &Error{Key: "http.max_body_bytes", Msg: "must be at least 1024"}
	}
	if c.HTTP.PerHost < 1 {
		return &Error{Key: "http.per_host", Msg: "must be at least 1"}
	}
	if c.HTTP.ReadyMaxAge < 0 {
		return &Error{Key: "http.ready_max_age", Msg: "must not be negative (0 turns the digester readiness check off)"}
	}
	if !hhmm.MatchString(c.Editions.DefaultTime) {
		return &Error{Key: "editions.default_time", Msg: fmt.Sprintf("invalid time %q (use HH:MM, 24-hour)", c.Editions.DefaultTime)}
	}
	if _, err := time.LoadLocation(c.Editions.DefaultTimeZone); err != nil || c.Editions.DefaultTimeZone == "" || c.Editions.DefaultTimeZone == "Local" {
		return &Error{Key: "editions.default_timezone", Msg: fmt.Sprintf("unknown time zone %q (use an IANA name such as Europe/Paris)", c.Editions.DefaultTimeZone)}
	}
	if c.Editions.DefaultLength < 1 || c.Editions.DefaultLength > 10 {
		return &Error{Key: "editions.default_length", Msg: "must be between 1 and 10"}
	}
	if c.Editions.CatchUp < 0 {
		return &Error{Key: "editions.catch_up", Msg: "must not be negative"}
	}
	if c.Alerts.MaxPerUser < 1 || c.Alerts.MaxPerUser > 100 {
		return &Error{Key: "alerts.max_per_user", Msg: "must be between 1 and 100"}
	}
	if c.Alerts.HourlyCap < 1 {
		return &Error{Key: "alerts.hourly_cap", Msg: "must be at least 1"}
	}
	if c.Alerts.GroupWindow < 0 {
		return &Error{Key: "alerts.group_window", Msg: "must not be negative"}
	}
	if c.Delivery.RatePerSecond <= 0 || c.Delivery.RatePerSecond > 50 {
		return &Error{Key: "delivery.rate_per_second", Msg: "must be above 0 and at most 50 (Discord's global limit)"}
	}
	if c.Delivery.MaxAttempts < 1 {
		return &Error{Key: "delivery.max_attempts", Msg: "must be at least 1"}
	}
	return nil
}

func (d Discord) validate() error {
	if d.Token != "" && strings.ContainsAny(string(d.Token), " \t\r\n") && !strings.HasPrefix(string(d.Token), "Bot ") {
		return &Error{Key: "discord.token", Msg: "contains white space (paste the token alone)"}
	}
	if d.ApplicationID != "" && !snowflake.MatchString(d.ApplicationID) {
		return &Error{Key: "discord.application_id", Msg: "must be a numeric snowflake"}
	}
	if d.GuildID != "" && !snowflake.MatchString(d.GuildID) {
		return &Error{Key: "discord.guild_id", Msg: "must be a numeric snowflake"}
	}
	if d.PublicKey != "" && !hexKey.MatchString(d.PublicKey) {
		return &Error{Key: "discord.public_key", Msg: "must be the application's 64-character hex public key"}
	}
	u, err := url.Parse(d.APIBase)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return &Error{Key: "discord.api_base", Msg: fmt.Sprintf("invalid URL %q (use e.g. https://discord.com/api/v9/)", d.APIBase)}
	}
	if d.ShardCount < 1 {
		return &Error{Key: "discord.shard_count", Msg: "must be at least 1"}
	}
	if d.ShardID < 0 || d.ShardID >= d.ShardCount {
		return &Error{Key: "discord.shard_id", Msg: fmt.Sprintf("must be between 0 and shard_count-1 (%d)", d.ShardCount-1)}
	}
	return nil
}

func (s Store) validate() error {
	if s.RedisURL != "" {
		u, err := url.Parse(string(s.RedisURL))
		if err != nil {
			return &Error{Key: "store.redis_url", Msg: "invalid URL (use redis://[:password@]host:port/db or rediss://...)"}
		}
		if u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "unix" {
			return &Error{Key: "store.redis_url", Msg: fmt.Sprintf("unsupported scheme %q (use redis://, rediss:// or unix://)", u.Scheme)}
		}
		if u.Scheme != "unix" && u.Host == "" {
			return &Error{Key: "store.redis_url", Msg: "missing host (use redis://host:port/db)"}
		}
		if p := strings.Trim(u.Path, "/"); p != "" && u.Scheme != "unix" {
			if n, err := strconv.Atoi(p); err != nil || n < 0 {
				return &Error{Key: "store.redis_url", Msg: fmt.Sprintf("invalid database number %q", p)}
			}
		}
	}
	if s.RedisURL != "" && len(s.RedisAddrs) > 0 {
		return &Error{Key: "store.redis_addrs", Msg: "set either redis_url or redis_addrs, not both"}
	}
	for _, a := range s.RedisAddrs {
		if !strings.Contains(a, ":") {
			return &Error{Key: "store.redis_addrs", Msg: fmt.Sprintf("invalid address %q (use host:port)", a)}
		}
	}
	if s.KeyPrefix == "" {
		return &Error{Key: "store.key_prefix", Msg: "must not be empty (it namespaces every Redis key)"}
	}
	if s.Retention < Duration(time.Hour) {
		return &Error{Key: "store.retention", Msg: "must be at least 1h"}
	}
	return nil
}

// Source kinds and full-text policies accepted in the configuration.
var (
	SourceKinds      = []string{"feed", "page", "local"}
	FullTextPolicies = []string{"auto", "always", "never"}
)

func (s Source) validate() *Error {
	if strings.TrimSpace(s.Name) == "" {
		return &Error{Key: "name", Msg: "must not be empty"}
	}
	if s.URL == "" {
		return &Error{Key: "url", Msg: "must not be empty"}
	}
	if !contains(SourceKinds, s.Kind) {
		return &Error{Key: "kind", Msg: fmt.Sprintf("invalid kind %q (use %s)", s.Kind, strings.Join(SourceKinds, ", "))}
	}
	if s.Kind != "local" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &Error{Key: "url", Msg: fmt.Sprintf("invalid URL %q (use http:// or https://)", s.URL)}
		}
	}
	if s.FullText != "" && !contains(FullTextPolicies, s.FullText) {
		return &Error{Key: "full_text", Msg: fmt.Sprintf("invalid policy %q (use %s)", s.FullText, strings.Join(FullTextPolicies, ", "))}
	}
	if s.Interval != 0 && s.Interval < Duration(time.Minute) {
		return &Error{Key: "interval", Msg: "must be at least 1m"}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// DBPath returns the path of the embedded store's file.
func (c Config) DBPath() string { return filepath.Join(c.DataDir, "attache.db") }

// Masked returns the configuration as YAML with every secret masked, as
// `attache config check` prints it.
func (c Config) Masked() ([]byte, error) {
	out, err := yaml.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("config: marshal: %w", err)
	}
	return out, nil
}
