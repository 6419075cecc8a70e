package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/attache-bot/attache/digest/attrib"
	"github.com/attache-bot/attache/digest/evaluate"
	"github.com/attache-bot/attache/digest/summarize"
	"github.com/attache-bot/attache/digest/timex"
)

// evalSet is one labeled data set `attache eval` measures on.
type evalSet struct {
	name string
	run  func(sharedDir string, w io.Writer) error
}

// evalSets are the sets in ../shared that `attache eval` runs by default;
// the quicklook set (the repository's judged articles) runs only when named.
var evalSets = []evalSet{
	{"seed", evaluate.EvalSeed},
	{"conll", evaluate.EvalCoNLL},
	{"gmb", evaluate.EvalGMB},
	{"timebank", timex.EvalTimeBank},
	{"meantime", timex.EvalMEANTIME},
	{"polnear", attrib.EvalPolNeAR},
	{"bbc", summarize.EvalBBC},
}

func (m *Main) cmdEval(ctx context.Context, args []string) int {
	var ql evaluate.QLOptions
	all := append(slices.Clip(evalSets), evalSet{"quicklook", func(_ string, w io.Writer) error { return evaluate.EvalQuickLook(ql, w) }})
	names := make([]string, len(all))
	for i, s := range all {
		names[i] = s.name
	}
	defaults := strings.Join(names[:len(evalSets)], ",")
	fs := m.flagSet("eval", "eval [-shared DIR] [-sets LIST] [-quicklook DIRS] [-failures]",
		"Measure the digest engine on the labeled data sets and print one markdown table per set:\n"+
			"the seed article's gold facts, CoNLL-2003 dev and GMB dev (entity F1), TimeBank+AQUAINT and\n"+
			"MEANTIME (temporal expressions), PolNeAR dev (quote attribution) and BBC (summary sentences).\n"+
			"The quicklook set (only when named in -sets) scores quick looks against checks written from\n"+
			"human answer keys (digest/evaluate/quicklook/*/<id>.checks.json).\n"+
			"docs/quality.md keeps the latest tables.")
	shared := fs.String("shared", "", "the shared data `dir` (default: ../shared beside the repository, found from the working directory)")
	sets := fs.String("sets", defaults, "comma-separated `list` of sets to run (known: "+strings.Join(names, ", ")+")")
	qlDirs := fs.String("quicklook", "", "comma-separated quick-look set `dirs` (default: every folder under digest/evaluate/quicklook)")
	failures := fs.Bool("failures", false, "quicklook: also print every failed check with the bullet the engine wrote")
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if *failures {
		ql.Failures = m.Stdout
	}
	for _, d := range strings.Split(*qlDirs, ",") {
		if d = strings.TrimSpace(d); d != "" {
			ql.Dirs = append(ql.Dirs, d)
		}
	}
	want := map[string]bool{}
	needShared := false
	for _, s := range strings.Split(*sets, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !slices.Contains(names, s) {
			fmt.Fprintf(m.Stderr, "attache eval: unknown set %q (known: %s)\n", s, strings.Join(names, ", "))
			return exitUsage
		}
		want[s] = true
		needShared = needShared || s != "quicklook"
	}
	dir := *shared
	if dir == "" && needShared {
		if dir = findShared(); dir == "" {
			fmt.Fprintf(m.Stderr, "attache eval: cannot find the shared data folder (../shared beside the repository); pass -shared DIR\n")
			return exitUsage
		}
	}
	failed := 0
	fmt.Fprintf(m.Stdout, "<!-- attache eval, %s -->\n", time.Now().UTC().Format("2006-01-02"))
	for _, e := range all {
		if !want[e.name] {
			continue
		}
		if ctx.Err() != nil {
			return exitFailure
		}
		start := time.Now()
		if err := e.run(dir, m.Stdout); err != nil {
			fmt.Fprintf(m.Stderr, "attache eval: %s: %v\n", e.name, err)
			failed++
			continue
		}
		fmt.Fprintf(m.Stdout, "\n_(%s: %.1fs)_\n\n", e.name, time.Since(start).Seconds())
	}
	if failed > 0 {
		return exitFailure
	}
	return exitOK
}

// findShared returns ../shared beside the repository root when it holds
// the eval data, or "".
func findShared() string {
	dir, err := evaluate.RepoShared()
	if err != nil {
		return ""
	}
	if st, err := os.Stat(filepath.Join(dir, "eval")); err != nil || !st.IsDir() {
		return ""
	}
	return dir
}
