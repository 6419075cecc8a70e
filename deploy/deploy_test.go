package deploy

import (
	"bufio"
	"bytes"
	"debug/elf"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// root is the repository root, relative to this package's folder.
const root = ".."

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return string(b)
}

// ---- Dockerfile ----------------------------------------------------------------------------------

// instruction is one Dockerfile instruction with its continuation lines
// joined.
type instruction struct {
	cmd  string // upper case: FROM, RUN, ...
	args string
	line int
}

// parseDockerfile splits a Dockerfile into instructions: comment lines are
// dropped (also inside continuations, as Docker does) and lines ending in a
// backslash are joined.
func parseDockerfile(text string) []instruction {
	var (
		out   []instruction
		cur   strings.Builder
		start int
	)
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if cur.Len() == 0 {
			start = n
		}
		if cont, ok := strings.CutSuffix(line, `\`); ok {
			cur.WriteString(cont + " ")
			continue
		}
		cur.WriteString(line)
		cmd, args, _ := strings.Cut(cur.String(), " ")
		out = append(out, instruction{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args), line: start})
		cur.Reset()
	}
	return out
}

// stages splits instructions at each FROM.
func stages(ins []instruction) [][]instruction {
	var out [][]instruction
	for _, in := range ins {
		if in.cmd == "FROM" {
			out = append(out, nil)
		}
		if len(out) > 0 {
			out[len(out)-1] = append(out[len(out)-1], in)
		}
	}
	return out
}

// execForm decodes a JSON array argument (ENTRYPOINT ["a", "b"]).
func execForm(t *testing.T, in instruction, s string) []string {
	t.Helper()
	var v []string
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("Dockerfile:%d: %s %s is not in exec form (a JSON array; a distroless image has no shell): %v", in.line, in.cmd, s, err)
	}
	return v
}

// shellWords splits a shell command line into words, honouring single and
// double quotes (enough for the Dockerfile's own RUN lines).
func shellWords(s string) []string {
	var (
		words []string
		cur   strings.Builder
		quote rune
		in    bool
	)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// goBuild finds the RUN that builds the binary and returns its environment
// assignments and its `go build` arguments.
func goBuild(t *testing.T, ins []instruction) (env map[string]string, args []string, in instruction) {
	t.Helper()
	for _, in := range ins {
		if in.cmd != "RUN" || !strings.Contains(in.args, "go build") {
			continue
		}
		words := shellWords(in.args)
		env = map[string]string{}
		for i, w := range words {
			if w == "go" && i+1 < len(words) && words[i+1] == "build" {
				for j := i - 1; j >= 0; j-- {
					k, v, ok := strings.Cut(words[j], "=")
					if !ok || strings.HasPrefix(k, "-") {
						break
					}
					env[k] = v
				}
				rest := words[i+2:]
				if end := slices.IndexFunc(rest, func(w string) bool { return w == "&&" || w == ";" }); end >= 0 {
					rest = rest[:end]
				}
				return env, rest, in
			}
		}
	}
	t.Fatal("Dockerfile: no RUN ... go build found")
	return nil, nil, instruction{}
}

// nonRootUser reports whether a USER value names someone other than root.
func nonRootUser(v string) bool {
	user, _, _ := strings.Cut(strings.TrimSpace(v), ":")
	return user != "" && user != "root" && user != "0" && !strings.HasPrefix(user, "$")
}

func TestDeployDockerfile(t *testing.T) {
	ins := parseDockerfile(readRepoFile(t, "Dockerfile"))
	st := stages(ins)
	if len(st) < 2 {
		t.Fatalf("Dockerfile has %d stages, want a multi-stage build (build, runtime)", len(st))
	}
	build, final := st[0], st[len(st)-1]
	ignore := loadDockerignore(t)

	t.Run("build stage", func(t *testing.T) {
		if !regexp.MustCompile(`(?i)\bAS\s+build\b`).MatchString(build[0].args) {
			t.Errorf("Dockerfile:%d: first stage %q is not named build", build[0].line, build[0].args)
		}
		env, args, in := goBuild(t, build)
		if env["CGO_ENABLED"] != "0" {
			t.Errorf("Dockerfile:%d: go build without CGO_ENABLED=0 (env %v): the binary would not be static", in.line, env)
		}
		if !slices.Contains(args, "-trimpath") {
			t.Errorf("Dockerfile:%d: go build without -trimpath: %v", in.line, args)
		}
		if !slices.Contains(args, "./cmd/attache") {
			t.Errorf("Dockerfile:%d: go build does not build ./cmd/attache: %v", in.line, args)
		}
	})

	t.Run("runtime stage", func(t *testing.T) {
		var (
			users, entry, health, exposed []instruction
			copies                        []instruction
			envs                          = map[string]string{}
		)
		for _, in := range final {
			switch in.cmd {
			case "USER":
				users = append(users, in)
			case "ENTRYPOINT":
				entry = append(entry, in)
			case "HEALTHCHECK":
				health = append(health, in)
			case "EXPOSE":
				exposed = append(exposed, in)
			case "COPY", "ADD":
				copies = append(copies, in)
			case "ENV":
				for _, w := range shellWords(in.args) {
					if k, v, ok := strings.Cut(w, "="); ok {
						envs[k] = v
					}
				}
			}
		}
		if len(users) == 0 || !nonRootUser(users[len(users)-1].args) {
			t.Errorf("runtime stage runs as root: USER instructions %v", users)
		}

		// ENTRYPOINT: the binary, running the bot.
		var binary string
		if len(entry) != 1 {
			t.Fatalf("runtime stage has %d ENTRYPOINTs, want 1", len(entry))
		} else {
			argv := execForm(t, entry[0], entry[0].args)
			if len(argv) < 2 || path.Base(argv[0]) != "attache" || argv[1] != "run" {
				t.Errorf("Dockerfile:%d: ENTRYPOINT %q, want [/path/attache run ...]", entry[0].line, argv)
			}
			binary = argv[0]
		}

		// COPY: the binary from the build stage, the sample news and the
		// example configuration from the context, which must exist and not
		// be excluded by .dockerignore.
		var sources []string
		copiedBinary := false
		for _, in := range copies {
			words := shellWords(in.args)
			var from bool
			for len(words) > 0 && strings.HasPrefix(words[0], "--") {
				from = from || strings.HasPrefix(words[0], "--from=")
				words = words[1:]
			}
			if len(words) < 2 {
				t.Errorf("Dockerfile:%d: COPY %s has no destination", in.line, in.args)
				continue
			}
			src, dst := words[:len(words)-1], words[len(words)-1]
			if from {
				if dst == binary {
					copiedBinary = true
				}
				continue
			}
			for _, s := range src {
				sources = append(sources, s)
				matches, err := filepath.Glob(filepath.Join(root, filepath.FromSlash(s)))
				if err != nil || len(matches) == 0 {
					t.Errorf("Dockerfile:%d: COPY source %s matches no file in the repository", in.line, s)
				}
				for _, m := range matches {
					rel, _ := filepath.Rel(root, m)
					if ignore.excluded(filepath.ToSlash(rel)) {
						t.Errorf("Dockerfile:%d: COPY source %s is excluded by .dockerignore", in.line, rel)
					}
				}
			}
		}
		if !copiedBinary {
			t.Errorf("no COPY --from=build puts the binary at the ENTRYPOINT's %s", binary)
		}
		if !slices.ContainsFunc(sources, func(s string) bool { return strings.HasPrefix(s, "examples/news") }) {
			t.Errorf("the image does not include examples/news (COPY sources %v)", sources)
		}
		if !slices.Contains(sources, "config.example.yaml") {
			t.Errorf("the image does not include config.example.yaml (COPY sources %v)", sources)
		}

		// ENV: the state directory and the listener the HEALTHCHECK probes.
		if envs["ATTACHE_DATA_DIR"] == "" {
			t.Errorf("runtime stage does not set ATTACHE_DATA_DIR (ENV %v)", envs)
		}
		listen := envs["ATTACHE_HTTP_LISTEN"]
		_, port, err := net.SplitHostPort(listen)
		if err != nil {
			t.Errorf("runtime stage: ATTACHE_HTTP_LISTEN=%q is not host:port, so the HEALTHCHECK has nothing to probe", listen)
		}
		if !slices.ContainsFunc(exposed, func(in instruction) bool { return slices.Contains(strings.Fields(in.args), port) }) {
			t.Errorf("runtime stage does not EXPOSE the listener's port %q", port)
		}

		// HEALTHCHECK: the binary's own probe, with a timeout above the
		// probe's own (3 s) so that failures carry the probe's reason.
		if len(health) != 1 {
			t.Fatalf("runtime stage has %d HEALTHCHECKs, want 1", len(health))
		}
		h := health[0]
		opts, cmd, ok := strings.Cut(h.args, "CMD ")
		if !ok {
			t.Fatalf("Dockerfile:%d: HEALTHCHECK %s has no CMD", h.line, h.args)
		}
		argv := execForm(t, h, strings.TrimSpace(cmd))
		if len(argv) < 2 || argv[0] != binary || argv[1] != "healthcheck" {
			t.Errorf("Dockerfile:%d: HEALTHCHECK runs %q, want [%s healthcheck]", h.line, argv, binary)
		}
		timeout := 30 * time.Second // Docker's default
		for _, o := range strings.Fields(opts) {
			if v, ok := strings.CutPrefix(o, "--timeout="); ok {
				if timeout, err = time.ParseDuration(v); err != nil {
					t.Errorf("Dockerfile:%d: HEALTHCHECK %s: %v", h.line, o, err)
				}
			}
		}
		if timeout <= 3*time.Second {
			t.Errorf("Dockerfile:%d: HEALTHCHECK --timeout=%v must exceed attache healthcheck's own 3s", h.line, timeout)
		}
	})
}

// ---- .dockerignore ---------------------------------------------------------------------------------

// dockerignore is a parsed .dockerignore: the last matching rule wins, and
// a rule matching a directory matches everything below it.
type dockerignore []struct {
	re     *regexp.Regexp
	negate bool
}

func loadDockerignore(t *testing.T) dockerignore {
	t.Helper()
	var d dockerignore
	for _, line := range strings.Split(readRepoFile(t, ".dockerignore"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		negate := strings.HasPrefix(line, "!")
		pat := strings.TrimPrefix(path.Clean(strings.TrimPrefix(strings.TrimPrefix(line, "!"), "/")), "/")
		var re strings.Builder
		re.WriteString("^")
		for i := 0; i < len(pat); i++ {
			switch c := pat[i]; {
			case strings.HasPrefix(pat[i:], "**/"):
				re.WriteString("(.*/)?")
				i += 2
			case strings.HasPrefix(pat[i:], "**"):
				re.WriteString(".*")
				i++
			case c == '*':
				re.WriteString("[^/]*")
			case c == '?':
				re.WriteString("[^/]")
			default:
				re.WriteString(regexp.QuoteMeta(string(c)))
			}
		}
		re.WriteString("$")
		d = append(d, struct {
			re     *regexp.Regexp
			negate bool
		}{regexp.MustCompile(re.String()), negate})
	}
	return d
}

// excluded reports whether the slash-separated path rel is left out of the
// build context.
func (d dockerignore) excluded(rel string) bool {
	out := false
	for _, r := range d {
		for p := rel; p != "." && p != "/" && p != ""; p = path.Dir(p) {
			if r.re.MatchString(p) {
				out = !r.negate
				break
			}
		}
	}
	return out
}

func TestDeployDockerignore(t *testing.T) {
	ignore := loadDockerignore(t)
	tests := []struct {
		path     string
		excluded bool
	}{
		{".git", true},
		{".git/config", true},
		{"attache.env", true}, // the token file compose.yaml reads
		{"data/attache.db", true},
		{"attache", true}, // a locally built binary
		{"go.mod", false},
		{"go.sum", false},
		{"cmd/attache/main.go", false},
		{"digest/ner/model.bin", false},
		{"digest/data", false},
		{"examples/news/01-water-talks-announced.txt", false},
		{"config.example.yaml", false},
		{"NOTICE", false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := ignore.excluded(tt.path); got != tt.excluded {
				t.Errorf(".dockerignore excludes %s = %v, want %v", tt.path, got, tt.excluded)
			}
		})
	}
	// Every embedded file the build needs must reach the build context.
	t.Run("go:embed files", func(t *testing.T) {
		for _, pat := range []string{"digest/data/*.tsv", "digest/data/*.txt", "digest/ner/model.bin", "examples/news/*.txt"} {
			matches, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(pat)))
			if len(matches) == 0 {
				t.Errorf("%s matches nothing: update this test", pat)
			}
			for _, m := range matches {
				rel, _ := filepath.Rel(root, m)
				if ignore.excluded(filepath.ToSlash(rel)) {
					t.Errorf(".dockerignore excludes %s, which go:embed needs", rel)
				}
			}
		}
	})
}

// ---- compose.yaml -----------------------------------------------------------------------------------

// composeFile is the part of the Compose specification these tests read.
type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
}

type composeService struct {
	Build       any               `yaml:"build"`
	Image       string            `yaml:"image"`
	Command     any               `yaml:"command"`
	EnvFile     any               `yaml:"env_file"`
	Environment map[string]string `yaml:"environment"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Volumes     []string `yaml:"volumes"`
	Ports       []any    `yaml:"ports"`
	Healthcheck struct {
		Test    []string `yaml:"test"`
		Disable bool     `yaml:"disable"`
	} `yaml:"healthcheck"`
	ReadOnly bool `yaml:"read_only"`
}

// words returns a command as words whether written as a string or a list.
func words(v any) []string {
	switch c := v.(type) {
	case string:
		return strings.Fields(c)
	case []any:
		var out []string
		for _, w := range c {
			out = append(out, fmt.Sprint(w))
		}
		return out
	}
	return nil
}

func TestDeployCompose(t *testing.T) {
	var cf composeFile
	dec := yaml.NewDecoder(strings.NewReader(readRepoFile(t, "compose.yaml")))
	if err := dec.Decode(&cf); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	bot, ok := cf.Services["attache"]
	if !ok {
		t.Fatalf("compose.yaml has no attache service (services: %v)", keys(cf.Services))
	}
	redis, ok := cf.Services["redis"]
	if !ok {
		t.Fatalf("compose.yaml has no redis service (services: %v)", keys(cf.Services))
	}
	ignore := loadDockerignore(t)

	t.Run("redis persists to a named volume", func(t *testing.T) {
		cmd := strings.Join(words(redis.Command), " ")
		if !regexp.MustCompile(`--appendonly\s+yes`).MatchString(cmd) {
			t.Errorf("redis command %q does not turn on append-only persistence", cmd)
		}
		named := false
		for _, v := range redis.Volumes {
			src, dst, _ := strings.Cut(v, ":")
			dst, _, _ = strings.Cut(dst, ":")
			if dst != "/data" {
				continue
			}
			if _, declared := cf.Volumes[src]; declared {
				named = true
			} else {
				t.Errorf("redis volume %q is not a declared named volume (volumes: %v)", v, keys(cf.Volumes))
			}
		}
		if !named {
			t.Errorf("redis keeps /data in no named volume: %v", redis.Volumes)
		}
		if len(redis.Ports) > 0 {
			t.Errorf("redis publishes ports %v; only the bot needs it", redis.Ports)
		}
		if len(redis.Healthcheck.Test) == 0 || redis.Healthcheck.Disable {
			t.Error("redis has no healthcheck, so the bot cannot wait for it")
		}
	})

	t.Run("bot", func(t *testing.T) {
		if bot.Build == nil {
			t.Error("attache service is not built from the Dockerfile (build: .)")
		}
		if d, ok := bot.DependsOn["redis"]; !ok || d.Condition != "service_healthy" {
			t.Errorf("attache does not wait for a healthy redis: depends_on %+v", bot.DependsOn)
		}
		u := bot.Environment["ATTACHE_REDIS_URL"]
		if !strings.HasPrefix(u, "redis://redis:") && !strings.HasPrefix(u, "redis://redis/") {
			t.Errorf("ATTACHE_REDIS_URL=%q does not point at the redis service", u)
		}
		for k := range bot.Environment {
			if k == "DISCORD_TOKEN" {
				t.Error("the token is written into compose.yaml; it belongs in the env file")
			}
		}
		files := words(bot.EnvFile)
		if len(files) == 0 {
			t.Fatalf("attache has no env_file for the token (env_file: %v)", bot.EnvFile)
		}
		for _, f := range files {
			if !ignore.excluded(path.Clean(f)) {
				t.Errorf("env file %s (it holds the token) is not excluded by .dockerignore", f)
			}
		}
		if _, err := os.Stat(filepath.Join(root, "deploy", "attache.env.example")); err != nil {
			t.Errorf("no template for the env file: %v", err)
		}
		if !strings.Contains(readRepoFile(t, "deploy/attache.env.example"), "DISCORD_TOKEN=") {
			t.Error("deploy/attache.env.example does not show DISCORD_TOKEN=")
		}
	})
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// ---- systemd unit ----------------------------------------------------------------------------------

// unitFile maps "Section.Key" to its values in order (keys may repeat).
type unitFile map[string][]string

func parseUnit(t *testing.T, text string) unitFile {
	t.Helper()
	u := unitFile{}
	section := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("attache.service:%d: not a key=value line in a section: %q", n+1, line)
			}
			key := section + "." + strings.TrimSpace(k)
			u[key] = append(u[key], strings.TrimSpace(v))
		}
	}
	return u
}

// last returns the effective value of a key (the last assignment).
func (u unitFile) last(key string) string {
	if v := u[key]; len(v) > 0 {
		return v[len(v)-1]
	}
	return ""
}

func TestDeploySystemdUnit(t *testing.T) {
	text := readRepoFile(t, "deploy/attache.service")
	u := parseUnit(t, text)
	exact := []struct{ key, want string }{
		{"Service.NoNewPrivileges", "yes"},
		{"Service.ProtectSystem", "strict"},
		{"Service.ProtectHome", "yes"},
		{"Service.PrivateTmp", "yes"},
		{"Install.WantedBy", "multi-user.target"},
	}
	for _, tt := range exact {
		t.Run(tt.key, func(t *testing.T) {
			if got := u.last(tt.key); got != tt.want {
				t.Errorf("%s=%q, want %q", tt.key, got, tt.want)
			}
		})
	}
	t.Run("user", func(t *testing.T) {
		dyn := u.last("Service.DynamicUser") == "yes"
		user := u.last("Service.User")
		if !dyn && (user == "" || user == "root" || user == "0") {
			t.Errorf("the service runs as root: DynamicUser=%q User=%q", u.last("Service.DynamicUser"), user)
		}
	})
	t.Run("state directory is the data dir", func(t *testing.T) {
		state := u.last("Service.StateDirectory")
		if state == "" || strings.Contains(state, "/") {
			t.Fatalf("StateDirectory=%q, want one directory name under /var/lib", state)
		}
		accepted := []string{"%S/" + state, "/var/lib/" + state, "${STATE_DIRECTORY}", "$STATE_DIRECTORY"}
		found := false
		for _, e := range append(u["Service.Environment"], u["Service.ExecStart"]...) {
			for _, w := range shellWords(e) {
				if v, ok := strings.CutPrefix(w, "ATTACHE_DATA_DIR="); ok {
					found = true
					if !slices.Contains(accepted, v) {
						t.Errorf("ATTACHE_DATA_DIR=%s is not the state directory (%v)", v, accepted)
					}
				}
			}
		}
		if !found {
			t.Error("neither Environment= nor ExecStart= sets ATTACHE_DATA_DIR to the state directory")
		}
	})
	t.Run("ExecStart", func(t *testing.T) {
		argv := shellWords(u.last("Service.ExecStart"))
		if len(argv) < 2 || !filepath.IsAbs(argv[0]) || path.Base(argv[0]) != "attache" || argv[1] != "run" {
			t.Fatalf("ExecStart=%q, want /absolute/path/attache run ...", argv)
		}
		conf := u.last("Service.ConfigurationDirectory")
		if i := slices.Index(argv, "-config"); i >= 0 && i+1 < len(argv) {
			if conf == "" || !strings.HasPrefix(argv[i+1], "/etc/"+conf+"/") {
				t.Errorf("-config %s is outside ConfigurationDirectory=%q", argv[i+1], conf)
			}
		}
	})
	t.Run("token is not in the unit", func(t *testing.T) {
		for _, e := range u["Service.Environment"] {
			if strings.Contains(e, "DISCORD_TOKEN=") {
				t.Errorf("Environment=%s puts the token in a world-readable unit; use EnvironmentFile= or LoadCredential=", e)
			}
		}
		if len(u["Service.EnvironmentFile"]) == 0 && len(u["Service.LoadCredential"]) == 0 {
			t.Error("the unit reads the token from neither EnvironmentFile= nor LoadCredential=")
		}
	})
	t.Run("systemd-analyze verify", func(t *testing.T) {
		sa, err := exec.LookPath("systemd-analyze")
		if err != nil {
			t.Skip("systemd-analyze is not installed; the unit was only checked by this test's parser")
		}
		// verify insists that ExecStart's binary exists: point it at an
		// executable that does (this test binary).
		self, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		unit := filepath.Join(t.TempDir(), "attache.service")
		argv0 := shellWords(u.last("Service.ExecStart"))[0]
		if err := os.WriteFile(unit, []byte(strings.ReplaceAll(text, "ExecStart="+argv0, "ExecStart="+self)), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(sa, "verify", unit).CombinedOutput()
		if err != nil {
			t.Errorf("systemd-analyze verify: %v\n%s", err, out)
		}
		// Unknown keys and misplaced settings are only warnings: fail on any
		// message about this unit.
		for _, line := range strings.Split(string(out), "\n") {
			if strings.Contains(line, "attache.service") {
				t.Errorf("systemd-analyze verify: %s", line)
			}
		}
		// The hardening, scored by systemd (0 = fully locked down, 10 = none).
		out, err = exec.Command(sa, "security", "--offline=true", unit).CombinedOutput()
		if err != nil && !strings.Contains(string(out), "Overall exposure") {
			t.Logf("systemd-analyze security --offline is not supported here (%v); exposure not scored", err)
			return
		}
		m := regexp.MustCompile(`Overall exposure level for \S+: ([0-9.]+)`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("systemd-analyze security printed no exposure level:\n%s", out)
		}
		score, _ := strconv.ParseFloat(string(m[1]), 64)
		if score > 2.0 {
			t.Errorf("systemd-analyze security: exposure %.1f, want at most 2.0 (hardening was weakened)\n%s", score, out)
		}
		t.Logf("systemd-analyze security: exposure %.1f", score)
	})
}

// ---- the static binary -------------------------------------------------------------------------------

// TestStaticBinary builds the binary with the Dockerfile's own go build
// command and environment, then checks that it is static (it must run on a
// distroless or scratch image) and that the commands the image relies on
// work: version, and healthcheck against a live and a dead listener.
func TestStaticBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	if runtime.GOOS != "linux" {
		t.Skipf("the image is linux; this is %s", runtime.GOOS)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH")
	}
	env, args, _ := goBuild(t, parseDockerfile(readRepoFile(t, "Dockerfile")))
	bin := filepath.Join(t.TempDir(), "attache")
	for i := 0; i < len(args); i++ {
		if args[i] == "-o" && i+1 < len(args) {
			args[i+1] = bin
		}
	}
	if !slices.Contains(args, bin) {
		args = append([]string{"-o", bin}, args...)
	}
	cmd := exec.Command(goTool, append([]string{"build"}, args...)...)
	cmd.Dir = root
	cmd.Env = os.Environ()
	for k, v := range env {
		if strings.Contains(v, "$") { // GOOS=${TARGETOS}: BuildKit's, empty here
			continue
		}
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %v (env %v): %v\n%s", args, env, err, out)
	}

	t.Run("no dynamic loader", func(t *testing.T) {
		f, err := elf.Open(bin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, p := range f.Progs {
			if p.Type == elf.PT_INTERP {
				t.Error("the binary has a PT_INTERP program header: it is dynamically linked and will not start on distroless/static")
			}
		}
		libs, err := f.ImportedLibraries()
		if err != nil {
			t.Fatal(err)
		}
		if len(libs) > 0 {
			t.Errorf("the binary needs shared libraries %v", libs)
		}
	})

	// run runs the built binary with only the given environment.
	run := func(t *testing.T, env []string, args ...string) (int, string, string) {
		t.Helper()
		c := exec.Command(bin, args...)
		c.Env = append([]string{"HOME=" + t.TempDir()}, env...)
		var out, errb bytes.Buffer
		c.Stdout, c.Stderr = &out, &errb
		err := c.Run()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return 0, out.String(), errb.String()
		case errors.As(err, &ee):
			return ee.ExitCode(), out.String(), errb.String()
		}
		t.Fatalf("run %s: %v", bin, err)
		return 0, "", ""
	}

	t.Run("version", func(t *testing.T) {
		code, out, errs := run(t, nil, "version")
		if code != 0 || !strings.HasPrefix(out, "attache ") {
			t.Errorf("attache version: exit %d, stdout %q, stderr %q", code, out, errs)
		}
	})

	t.Run("healthcheck", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/healthz" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprintln(w, "ok")
		}))
		t.Cleanup(srv.Close)
		_, port, _ := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
		dead, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		deadAddr := dead.Addr().String()
		dead.Close()
		tests := []struct {
			name string
			env  []string
			code int
		}{
			{"live listener, as the image configures it", []string{"ATTACHE_HTTP_LISTEN=:" + port}, 0},
			{"dead listener", []string{"ATTACHE_HTTP_LISTEN=" + deadAddr}, 1},
			{"readiness probe on a server without /readyz", []string{"ATTACHE_HTTP_LISTEN=:" + port}, 1},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				args := []string{"healthcheck"}
				if strings.HasPrefix(tt.name, "readiness") {
					args = append(args, "-ready")
				}
				code, out, errs := run(t, tt.env, args...)
				if code != tt.code {
					t.Errorf("attache %v: exit %d, want %d\nstdout=%s\nstderr=%s", args, code, tt.code, out, errs)
				}
			})
		}
	})
}

// ---- docs ------------------------------------------------------------------------------------------

func TestDeployDocs(t *testing.T) {
	doc := readRepoFile(t, "docs/deploy.md")
	for _, want := range []string{
		"docker build", "docker compose up", "attache healthcheck", "deploy/attache.service",
		"DISCORD_TOKEN_FILE", "EnvironmentFile", "shard_id", "public_key", "/readyz", "/metrics",
		"docs/backup.md", "docs/operations.md",
	} {
		t.Run(want, func(t *testing.T) {
			if !strings.Contains(doc, want) {
				t.Errorf("docs/deploy.md does not mention %q", want)
			}
		})
	}
}
