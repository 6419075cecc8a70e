package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/attache-bot/attache/config"
	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/story"
	"github.com/attache-bot/attache/examples/news"
	"github.com/attache-bot/attache/ingest"
	"github.com/attache-bot/attache/store"
)

func (m *Main) cmdDigest(ctx context.Context, args []string) int {
	fs := m.flagSet("digest", "digest [--published DATE] FILE... | digest --once [--json] [-config FILE]",
		"With files: print the quick look of each plain-text article as a person would read it. A file may\n"+
			"start with a header block (Title:, Published:, Source:, URL:, then a blank line); otherwise\n"+
			"--published dates it.\n\n"+
			"With --once: run one digester cycle over every configured source (due or not), store the\n"+
			"articles and stories, and print the stories created or updated; --json prints them as JSON\n"+
			"lines (story id, title, article urls and the merged facts).")
	once := fs.Bool("once", false, "run one digester cycle over the configured sources")
	asJSON := fs.Bool("json", false, "with --once: print stories as JSON lines")
	published := fs.String("published", "", "publication `date` of files without a Published header (default today)")
	cfgPath := m.configFlag(fs)
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if *once {
		if fs.NArg() > 0 {
			fmt.Fprintf(m.Stderr, "attache digest: --once takes no files\n")
			return exitUsage
		}
		cfg, ok := m.loadConfig(*cfgPath)
		if !ok {
			return exitUsage
		}
		return m.digestOnce(ctx, cfg, *asJSON)
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(m.Stderr, "attache digest: give article files, or --once\n")
		fs.Usage()
		return exitUsage
	}
	pub := time.Now().UTC()
	if *published != "" {
		var err error
		if pub, err = parsePublished(*published); err != nil {
			fmt.Fprintf(m.Stderr, "attache digest: --published: %v\n", err)
			return exitUsage
		}
	}
	eng, err := digest.New()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache digest: %v\n", err)
		return exitFailure
	}
	failed := 0
	for i, path := range fs.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache digest: %v\n", err)
			failed++
			continue
		}
		h, body, err := ingest.ParseTextFile(data)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache digest: %s: %v\n", path, err)
			failed++
			continue
		}
		a := digest.Article{ID: path, Title: h.Title, Body: body, Published: pub}
		if !h.Published.IsZero() {
			a.Published = h.Published
		}
		if i > 0 {
			fmt.Fprintln(m.Stdout)
		}
		writeQuickLook(m.Stdout, eng.Extract(a))
	}
	if failed == fs.NArg() {
		return exitFailure
	}
	return exitOK
}

// writeQuickLook prints a digest for a person to read.
func writeQuickLook(w io.Writer, r digest.Result) {
	fmt.Fprintln(w, r.QuickLook.Headline)
	fmt.Fprintln(w, strings.Repeat("=", min(len([]rune(r.QuickLook.Headline)), 78)))
	for _, b := range r.QuickLook.Bullets {
		fmt.Fprintf(w, "• %s: %s\n", b.Label, b.Text)
	}
	if len(r.Summary) > 0 {
		fmt.Fprintln(w, "\nDeep look:")
		for _, s := range r.Summary {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
}

// syncSources writes the configured sources into the store, so that the
// digester, the bot and `attache sources` see one list. Sources added from
// Discord are left alone.
func syncSources(ctx context.Context, st store.Store, cfg config.Config) error {
	for _, s := range cfg.Sources {
		src := store.Source{
			Name: s.Name, URL: s.URL, Kind: s.Kind, Language: s.Language, FullText: s.FullText,
			Interval: s.Interval.D(), AddedBy: "config",
		}
		if old, err := st.GetSource(ctx, s.Name); err == nil {
			src.AddedAt = old.AddedAt
		} else {
			src.AddedAt = time.Now().UTC()
		}
		if err := st.PutSource(ctx, src); err != nil {
			return fmt.Errorf("sync source %s: %w", s.Name, err)
		}
	}
	return nil
}

// newDigester builds the digester of a configuration.
func newDigester(cfg config.Config, st store.Store, log *slog.Logger, eng *digest.Engine) (*story.Digester, *ingest.Fetcher) {
	f := ingest.NewFetcher(ingest.Options{
		UserAgent:    ingest.UserAgent(Version()),
		Timeout:      cfg.HTTP.Timeout.D(),
		MaxBodyBytes: cfg.HTTP.MaxBodyBytes,
		PerHost:      cfg.HTTP.PerHost,
		AllowPrivate: cfg.HTTP.AllowPrivate,
		Logger:       log,
	})
	d := story.NewDigester(st, f, eng, story.Options{
		Window:    cfg.Digest.ClusterWindow.D(),
		Threshold: cfg.Digest.RelevanceThreshold,
		Logger:    log,
		Engine:    story.EngineStamp(eng, sampleProbes(log)),
	})
	return d, f
}

// sampleProbes returns the bundled sample news as articles, the probes of
// the engine's stamp (story.EngineStamp): digesting them takes a few
// milliseconds at start.
func sampleProbes(log *slog.Logger) []digest.Article {
	names, err := fs.Glob(news.FS, "*.txt")
	if err != nil || len(names) == 0 {
		log.Warn("read the bundled sample news: stored stories will not be digested again after upgrades", "err", err)
		return nil
	}
	probes := make([]digest.Article, 0, len(names))
	for _, name := range names {
		data, err := news.FS.ReadFile(name)
		if err != nil {
			log.Warn("read the bundled sample news", "file", name, "err", err)
			return nil
		}
		h, body, err := ingest.ParseTextFile(data)
		if err != nil {
			log.Warn("read the bundled sample news", "file", name, "err", err)
			return nil
		}
		probes = append(probes, digest.Article{ID: name, Title: h.Title, Body: body, Published: h.Published})
	}
	return probes
}

// storyLine is the JSON form of a story printed by `attache digest --once --json`.
type storyLine struct {
	Event   string        `json:"event"`
	ID      string        `json:"id"`
	Title   string        `json:"title"`
	URLs    []string      `json:"urls"`
	Outlets []string      `json:"outlets"`
	Changes []string      `json:"changes,omitempty"`
	Facts   digest.Result `json:"facts"`
}

func (m *Main) digestOnce(ctx context.Context, cfg config.Config, asJSON bool) int {
	log := m.logger(cfg)
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
	eng, err := digest.New()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	d, f := newDigester(cfg, st, log, eng)
	defer f.Close()
	rep, err := d.Cycle(ctx, true)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache digest: %v\n", err)
		return exitFailure
	}
	if rep.Skipped {
		fmt.Fprintf(m.Stderr, "attache digest: another replica is digesting right now; try again shortly\n")
		return exitFailure
	}
	events := append(append([]story.Event(nil), rep.Created...), rep.Updated...)
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		for _, ev := range events {
			s := ev.Story
			enc.Encode(storyLine{Event: ev.Kind, ID: s.ID, Title: s.Title, URLs: s.URLs, Outlets: s.Outlets, Changes: ev.Changes, Facts: s.Facts})
		}
	} else {
		for _, ev := range events {
			s := ev.Story
			fmt.Fprintf(m.Stdout, "%s  %s\n    id %s · %d article(s) · %s\n", strings.ToUpper(ev.Kind[:1])+ev.Kind[1:], s.Title, s.ID, len(s.ArticleIDs), strings.Join(s.Outlets, ", "))
			for _, c := range ev.Changes {
				fmt.Fprintf(m.Stdout, "    %s\n", c)
			}
		}
	}
	fmt.Fprintf(m.Stderr, "digest: %d source(s) polled, %d failed; %d item(s), %d new, %d duplicate, %d not diplomatic; %d stor(ies) created, %d updated\n",
		rep.Polled, rep.Failed, rep.Items, rep.New, rep.Duplicates, rep.Irrelevant, len(rep.Created), len(rep.Updated))
	for _, e := range rep.Errors {
		fmt.Fprintf(m.Stderr, "  source failed: %s\n", e)
	}
	return exitOK
}
