package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"

	"github.com/attache-bot/attache/config"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // the command ran and failed
	exitUsage   = 2 // bad flags, unknown command, invalid configuration
)

// Main is the attache program with its environment made explicit, so tests
// can run any subcommand in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment; os.Getenv in production.
	Getenv func(string) string
	// Ready, when set, is called once the bot is running (used by tests).
	Ready func()
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) int
}

func (m *Main) commands() []command {
	return []command{
		{"run", "run the bot with its scheduler (the default; offline console without DISCORD_TOKEN)", (*Main).cmdRun},
		{"digest", "print the quick look of article files, or run one digester cycle with --once", (*Main).cmdDigest},
		{"extract", "extract facts from articles (JSON lines in, JSON lines out)", (*Main).cmdExtract},
		{"eval", "measure the digest engine on the labeled data in ../shared/eval", (*Main).cmdEval},
		{"sources", "list, add, remove or test news sources", (*Main).cmdSources},
		{"export", "write subscriptions, alerts, sources and the delivery ledger as JSON lines (backup, migration)", (*Main).cmdExport},
		{"import", "read an export into the configured store (idempotent)", (*Main).cmdImport},
		{"healthcheck", "ask a running bot's HTTP listener whether it is healthy (for container HEALTHCHECKs)", (*Main).cmdHealthcheck},
		{"config", "check a configuration file and print the effective configuration", (*Main).cmdConfig},
		{"version", "print the version", (*Main).cmdVersion},
	}
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: attache [command] [flags]\n\nAttache briefs Discord communities on diplomatic news.\n\nCommands:\n")
	for _, c := range m.commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nWith no command, attache runs the bot. Run 'attache COMMAND -h' for a command's flags.\n")
	fmt.Fprintf(w, "Environment: DISCORD_TOKEN or DISCORD_TOKEN_FILE, ATTACHE_CONFIG, ATTACHE_REDIS_URL, ATTACHE_DATA_DIR, ATTACHE_LOG_LEVEL.\n")
}

// Run runs the command line args (without the program name) and returns the
// process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Getenv == nil {
		m.Getenv = func(string) string { return "" }
	}
	if m.Stdin == nil {
		m.Stdin = strings.NewReader("")
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			m.usage(m.Stdout)
			return exitOK
		}
		return m.cmdRun(ctx, args)
	}
	if args[0] == "help" {
		m.usage(m.Stdout)
		return exitOK
	}
	for _, c := range m.commands() {
		if c.name == args[0] {
			return c.run(m, ctx, args[1:])
		}
	}
	fmt.Fprintf(m.Stderr, "attache: unknown command %q\n\n", args[0])
	m.usage(m.Stderr)
	return exitUsage
}

// flagSet returns a FlagSet for a subcommand that prints its usage to
// Stderr and whose description appears in -h.
func (m *Main) flagSet(name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet("attache "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: attache %s\n\n%s\n", synopsis, description)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintf(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses flags; it returns (exit code, false) when the command should
// stop: 0 after -h, 2 after a bad flag (one-line reason and the usage).
func (m *Main) parse(fs *flag.FlagSet, args []string) (int, bool) {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(m.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(m.Stdout)
		fs.Usage()
		return exitOK, false
	case err != nil:
		fmt.Fprintf(m.Stderr, "%s: %v\n", fs.Name(), err)
		fs.Usage()
		return exitUsage, false
	}
	return 0, true
}

// configFlag adds -config to fs, defaulting to ATTACHE_CONFIG.
func (m *Main) configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", m.Getenv("ATTACHE_CONFIG"), "configuration `file` (env ATTACHE_CONFIG; default: built-in defaults)")
}

// loadConfig loads the configuration, printing a one-line error on failure.
func (m *Main) loadConfig(path string) (config.Config, bool) {
	cfg, err := config.Load(path, m.Getenv)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return cfg, false
	}
	return cfg, true
}

// logger builds the process logger: text on a terminal, JSON otherwise.
func (m *Main) logger(cfg config.Config) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.Log.Level))
	opts := &slog.HandlerOptions{Level: level}
	format := cfg.Log.Format
	if format == "auto" {
		format = "json"
		if f, ok := m.Stderr.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
				format = "text"
			}
		}
	}
	if format == "text" {
		return slog.New(slog.NewTextHandler(m.Stderr, opts))
	}
	return slog.New(slog.NewJSONHandler(m.Stderr, opts))
}

// Version returns the module version the binary was built from.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func (m *Main) cmdVersion(_ context.Context, args []string) int {
	fs := m.flagSet("version", "version", "Print the version of attache.")
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "attache version: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	fmt.Fprintf(m.Stdout, "attache %s\n", Version())
	return exitOK
}

func (m *Main) cmdConfig(_ context.Context, args []string) int {
	fs := m.flagSet("config", "config check [FILE]",
		"Validate a configuration file (default: ATTACHE_CONFIG, else the built-in defaults), apply the\n"+
			"environment overrides and print the effective configuration with secrets masked.\n"+
			"Exits 2 with a one-line error naming the key and line when the configuration is invalid.")
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 || fs.Arg(0) != "check" {
		fmt.Fprintf(m.Stderr, "attache config: expected 'check'\n")
		fs.Usage()
		return exitUsage
	}
	rest := fs.Args()[1:]
	path := m.Getenv("ATTACHE_CONFIG")
	if len(rest) > 0 {
		path = rest[0]
	}
	if len(rest) > 1 {
		fmt.Fprintf(m.Stderr, "attache config check: too many arguments\n")
		return exitUsage
	}
	cfg, ok := m.loadConfig(path)
	if !ok {
		return exitUsage
	}
	out, err := cfg.Masked()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	src := path
	if src == "" {
		src = "built-in defaults"
	}
	fmt.Fprintf(m.Stdout, "# configuration OK (%s + environment)\n%s", src, out)
	return exitOK
}
