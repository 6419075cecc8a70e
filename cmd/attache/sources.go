package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/attache-bot/attache/config"
	"github.com/attache-bot/attache/ingest"
	"github.com/attache-bot/attache/store"
)

func (m *Main) cmdSources(ctx context.Context, args []string) int {
	fs := m.flagSet("sources", "sources list | add [flags] NAME URL | remove NAME | test URL",
		"Manage news sources (the same list server admins edit with /sources in Discord).\n\n"+
			"  list         every source with its state: last success, last error, failures, next poll\n"+
			"  add NAME URL add a source (flags after add: -kind feed|page|local, -interval 15m,\n"+
			"               -full-text auto|always|never, -language en)\n"+
			"  remove NAME  remove a source and its state (sources from the config file come back on restart)\n"+
			"  test URL     fetch a feed or page once and show what Attache would read from it")
	cfgPath := m.configFlag(fs)
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(m.Stderr, "attache sources: expected list, add, remove or test\n")
		fs.Usage()
		return exitUsage
	}
	cfg, ok := m.loadConfig(*cfgPath)
	if !ok {
		return exitUsage
	}
	sub, rest := fs.Arg(0), fs.Args()[1:]
	switch sub {
	case "test":
		if len(rest) != 1 {
			fmt.Fprintf(m.Stderr, "attache sources test: expected one URL\n")
			return exitUsage
		}
		return m.sourcesTest(ctx, cfg, rest[0])
	case "list", "add", "remove":
	default:
		fmt.Fprintf(m.Stderr, "attache sources: unknown subcommand %q (expected list, add, remove or test)\n", sub)
		return exitUsage
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	if err := syncSources(ctx, st, cfg); err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	switch sub {
	case "list":
		return m.sourcesList(ctx, st)
	case "add":
		return m.sourcesAdd(ctx, st, rest)
	default:
		if len(rest) != 1 {
			fmt.Fprintf(m.Stderr, "attache sources remove: expected one source name\n")
			return exitUsage
		}
		if err := st.DeleteSource(ctx, rest[0]); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				fmt.Fprintf(m.Stderr, "attache sources remove: no source named %q\n", rest[0])
				return exitFailure
			}
			fmt.Fprintf(m.Stderr, "attache: %v\n", err)
			return exitFailure
		}
		fmt.Fprintf(m.Stdout, "removed source %s\n", rest[0])
		for _, s := range cfg.Sources {
			if s.Name == rest[0] {
				fmt.Fprintf(m.Stdout, "note: %s is in the configuration file and comes back on the next start; remove it there too\n", s.Name)
			}
		}
		return exitOK
	}
}

func (m *Main) sourcesList(ctx context.Context, st store.Store) int {
	srcs, err := st.ListSources(ctx)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKIND\tEVERY\tURL\tSTATE")
	for _, s := range srcs {
		state := "not polled yet"
		if ss, err := st.GetSourceState(ctx, s.Name); err == nil {
			state = ingest.SourceState{
				Name: ss.Name, LastSuccess: ss.LastSuccess, LastAttempt: ss.LastAttempt,
				LastError: ss.LastError, Failures: ss.Failures, NextPoll: ss.NextPoll,
			}.Status()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", s.Name, s.Kind, s.Interval, s.URL, state)
	}
	tw.Flush()
	return exitOK
}

func (m *Main) sourcesAdd(ctx context.Context, st store.Store, args []string) int {
	fs := flag.NewFlagSet("attache sources add", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	kind := fs.String("kind", ingest.KindFeed, "feed, page or local")
	interval := fs.Duration("interval", 15*time.Minute, "poll interval")
	fullText := fs.String("full-text", ingest.FullTextAuto, "auto, always or never")
	lang := fs.String("language", "en", "language tag")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 2 {
		fmt.Fprintf(m.Stderr, "attache sources add: expected NAME URL (flags first)\n")
		return exitUsage
	}
	src := ingest.Source{Name: fs.Arg(0), URL: fs.Arg(1), Kind: *kind, FullText: *fullText, Language: *lang, Interval: *interval}
	if err := src.Validate(); err != nil {
		fmt.Fprintf(m.Stderr, "attache sources add: %v\n", err)
		return exitUsage
	}
	if _, err := st.GetSource(ctx, src.Name); err == nil {
		fmt.Fprintf(m.Stderr, "attache sources add: a source named %q exists; remove it first\n", src.Name)
		return exitFailure
	}
	if err := st.PutSource(ctx, store.Source{
		Name: src.Name, URL: src.URL, Kind: src.Kind, Language: src.Language, FullText: src.FullText,
		Interval: src.Interval, AddedBy: "cli", AddedAt: time.Now().UTC(),
	}); err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(m.Stdout, "added source %s (%s, every %s)\n", src.Name, src.URL, src.Interval)
	return exitOK
}

func (m *Main) sourcesTest(ctx context.Context, cfg config.Config, rawURL string) int {
	kind := ingest.KindFeed
	src := ingest.Source{Name: "test", URL: rawURL, Kind: kind, FullText: ingest.FullTextAuto}
	f := ingest.NewFetcher(ingest.Options{
		UserAgent: ingest.UserAgent(Version()), Timeout: cfg.HTTP.Timeout.D(), MaxBodyBytes: cfg.HTTP.MaxBodyBytes,
		AllowPrivate: cfg.HTTP.AllowPrivate, Logger: slog.New(slog.DiscardHandler),
	})
	defer f.Close()
	res, err := f.Fetch(ctx, src, ingest.FetchState{})
	if err != nil {
		// Not a feed? Try it as a single article page.
		src.Kind = ingest.KindPage
		res2, err2 := f.Fetch(ctx, src, ingest.FetchState{})
		if err2 != nil {
			fmt.Fprintf(m.Stderr, "attache sources test: as a feed: %s; as a page: %s\n", ingest.Describe(err), ingest.Describe(err2))
			return exitFailure
		}
		res = res2
	}
	fmt.Fprintf(m.Stdout, "%s: a %s source with %d item(s)\n", rawURL, src.Kind, len(res.Items))
	for i, it := range res.Items {
		if i == 10 {
			fmt.Fprintf(m.Stdout, "  … and %d more\n", len(res.Items)-10)
			break
		}
		teaser := ""
		if it.Teaser {
			teaser = " (teaser only)"
		}
		fmt.Fprintf(m.Stdout, "  %s — %d words%s\n", it.Title, len(strings.Fields(it.Body)), teaser)
	}
	return exitOK
}
