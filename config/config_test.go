package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExampleIsDefaults(t *testing.T) {
	data, err := os.ReadFile("../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(data)
	if err != nil {
		t.Fatalf("config.example.yaml: %v", err)
	}
	a, _ := got.Masked()
	b, _ := Default().Masked()
	if string(a) != string(b) {
		t.Errorf("config.example.yaml differs from Default():\n--- example\n%s\n--- default\n%s", a, b)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		key     string
		line    int
		contain string
	}{
		{"unknown key", "log:\n  level: info\n  colour: red\n", "log.colour", 3, `unknown key "colour"`},
		{"unknown top key", "datadir: x\n", "datadir", 1, "unknown key"},
		{"wrong type", "digest:\n  workers: many\n", "digest.workers", 2, "cannot unmarshal"},
		{"bad duration", "store:\n  retention: forever\n", "store.retention", 2, "invalid duration"},
		{"bad time zone", "editions:\n  default_timezone: Mars/Olympus\n", "editions.default_timezone", 2, "unknown time zone"},
		{"bad redis url", "store:\n  redis_url: http://localhost:6379\n", "store.redis_url", 2, "unsupported scheme"},
		{"bad redis db", "store:\n  redis_url: redis://localhost:6379/x\n", "store.redis_url", 2, "database"},
		{"bad level", "log:\n  level: loud\n", "log.level", 2, "invalid level"},
		{"bad cron", "digest:\n  schedule: every minute\n", "digest.schedule", 2, "cron"},
		{"bad source kind", "sources:\n  - name: a\n    url: https://x.test/feed\n    kind: rss\n", "sources[0].kind", 4, "invalid kind"},
		{"bad source url", "sources:\n  - name: a\n    url: ftp://x.test/feed\n    kind: feed\n", "sources[0].url", 3, "invalid URL"},
		{"duplicate source", "sources:\n  - {name: a, url: x, kind: local}\n  - {name: a, url: y, kind: local}\n", "sources[1].name", 3, "duplicate"},
		{"rate too high", "delivery:\n  rate_per_second: 60\n", "delivery.rate_per_second", 2, "at most 50"},
		{"bad default time", "editions:\n  default_time: \"25:00\"\n", "editions.default_time", 2, "HH:MM"},
		{"syntax", "log: [\n", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil {
				t.Fatal("want error")
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %T %v is not a *config.Error", err, err)
			}
			if ce.Key != tt.key {
				t.Errorf("key = %q, want %q (%v)", ce.Key, tt.key, err)
			}
			if tt.line != 0 && ce.Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", ce.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.contain) {
				t.Errorf("error %q does not contain %q", err, tt.contain)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestEnvOverrides(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("file-token-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"DISCORD_TOKEN_FILE": tokenFile,
		"ATTACHE_REDIS_URL":  "redis://:hunter2@127.0.0.1:6379/3",
		"ATTACHE_DATA_DIR":   dir,
		"ATTACHE_LOG_LEVEL":  "debug",
	}
	cfg, err := Load("", func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Discord.Token.Reveal() != "file-token-secret" {
		t.Errorf("token from file not read")
	}
	if cfg.DataDir != dir || cfg.Log.Level != "debug" || !cfg.Store.UsesRedis() {
		t.Errorf("overrides not applied: %+v", cfg)
	}
	out, err := cfg.Masked()
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"file-token-secret", "hunter2"} {
		if strings.Contains(string(out), secret) {
			t.Errorf("masked config leaks %q:\n%s", secret, out)
		}
	}
	if !strings.Contains(string(out), "127.0.0.1:6379/3") {
		t.Errorf("masked redis url lost its host:\n%s", out)
	}

	env["DISCORD_TOKEN"] = "env-token"
	cfg, err = Load("", func(k string) string { return env[k] })
	if err != nil || cfg.Discord.Token.Reveal() != "env-token" {
		t.Errorf("DISCORD_TOKEN should win over the file: %v", err)
	}
}

func TestTokenFileErrorsDoNotLeak(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o600)
	for _, f := range []string{filepath.Join(dir, "missing"), empty} {
		_, err := Load("", func(k string) string {
			if k == "DISCORD_TOKEN_FILE" {
				return f
			}
			return ""
		})
		var ce *Error
		if !errors.As(err, &ce) || ce.Key != "discord.token_file" {
			t.Errorf("%s: want discord.token_file error, got %v", f, err)
		}
	}
}

func TestSecretNeverPrints(t *testing.T) {
	s := Secret("MTIz.abc.def")
	for _, got := range []string{s.String(), s.GoString(), s.LogValue().String()} {
		if strings.Contains(got, "abc") {
			t.Errorf("secret leaked: %q", got)
		}
	}
	b, _ := s.MarshalJSON()
	if strings.Contains(string(b), "abc") {
		t.Errorf("secret leaked in JSON: %s", b)
	}
}

func TestLoadFileLinesForValidation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(path, []byte("# comment\nstore:\n  key_prefix: \"\"\n"), 0o600)
	_, err := Load(path, nil)
	var ce *Error
	if !errors.As(err, &ce) || ce.Key != "store.key_prefix" || ce.Line != 3 {
		t.Fatalf("got %v", err)
	}
	_, err = Load(filepath.Join(t.TempDir(), "nope.yaml"), nil)
	if err == nil {
		t.Fatal("missing file should fail")
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"90s": 90 * time.Second, "30d": 720 * time.Hour, "2w": 336 * time.Hour, "1h30m": 90 * time.Minute} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseDuration("soon"); err == nil {
		t.Error("want error")
	}
}
