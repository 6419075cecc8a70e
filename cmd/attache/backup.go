package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"

	"github.com/attache-bot/attache/config"
	"github.com/attache-bot/attache/store/backup"
)

// cmdExport writes a backup of the store as JSON lines (store/backup).
func (m *Main) cmdExport(ctx context.Context, args []string) int {
	fs := m.flagSet("export", "export [-o FILE] [-config FILE]",
		"Write every subscription, alert, source, source state and delivery ledger entry of the configured\n"+
			"store as versioned JSON lines, to stdout or to FILE (written whole, then renamed into place;\n"+
			"mode 0600: it names users and channels). Read it back with 'attache import', into the same or\n"+
			"another backend: this is how to move from the embedded store to Redis (docs/backup.md).\n"+
			"Stop the bot first when using the embedded store (it locks its file).")
	out := fs.String("o", "-", "output `file` (- for stdout)")
	cfgPath := m.configFlag(fs)
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "attache export: unexpected argument %q (use -o FILE)\n", fs.Arg(0))
		return exitUsage
	}
	cfg, ok := m.loadConfig(*cfgPath)
	if !ok {
		return exitUsage
	}
	if !cfg.Store.UsesRedis() {
		// Opening would create an empty store: a wrong data directory must
		// not give an empty backup that looks fine.
		if _, err := os.Stat(cfg.DBPath()); errors.Is(err, iofs.ErrNotExist) {
			fmt.Fprintf(m.Stderr, "attache export: no embedded store at %s (set ATTACHE_DATA_DIR or data_dir, or redis_url for Redis)\n", cfg.DBPath())
			return exitFailure
		}
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	opts := backup.ExportOptions{Store: backendName(cfg)}
	var counts backup.Counts
	if *out == "-" {
		counts, err = backup.Export(ctx, st, m.Stdout, opts)
	} else {
		err = writeFileAtomic(*out, func(w io.Writer) error {
			var err error
			counts, err = backup.Export(ctx, st, w, opts)
			return err
		})
	}
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache export: %v\n", err)
		return exitFailure
	}
	dest := *out
	if dest == "-" {
		dest = "stdout"
	}
	fmt.Fprintf(m.Stderr, "attache: exported %s from the %s store (%s) to %s\n", counts, storeKind(cfg), storeWhere(cfg), dest)
	return exitOK
}

// backendName is the store name an export header records.
func backendName(cfg config.Config) string {
	if cfg.Store.UsesRedis() {
		return "redis"
	}
	return "bolt"
}

// writeFileAtomic writes path through a temporary file in its directory,
// synced and renamed into place, so a failed or interrupted write never
// leaves a partial file under the final name.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return err
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// cmdImport reads a backup into the configured store (store/backup).
func (m *Main) cmdImport(ctx context.Context, args []string) int {
	fs := m.flagSet("import", "import [-config FILE] [--dry-run] FILE|-",
		"Read an 'attache export' file (- for stdin) into the configured store. The whole file is checked\n"+
			"first and nothing is written if any line is wrong or the file comes from a newer attache.\n"+
			"Records equal to the stored ones are left alone, so importing twice changes nothing; records the\n"+
			"store has and the file lacks are kept; delivery ledger entries are never overwritten.\n"+
			"--dry-run reports what would change without writing.")
	dry := fs.Bool("dry-run", false, "check the file and report what would change, writing nothing")
	cfgPath := m.configFlag(fs)
	// Flags may come before or after the file.
	var files []string
	for rest := args; ; {
		if code, ok := m.parse(fs, rest); !ok {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(files) != 1 {
		fmt.Fprintf(m.Stderr, "attache import: expected one FILE (or - for stdin), got %d\n", len(files))
		fs.Usage()
		return exitUsage
	}
	cfg, ok := m.loadConfig(*cfgPath)
	if !ok {
		return exitUsage
	}
	name := files[0]
	var in io.Reader = m.Stdin
	if name == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache import: %v\n", err)
			return exitFailure
		}
		defer f.Close()
		in = f
	}
	// Check the whole file before touching the store.
	file, err := backup.Parse(in)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache import: %s: %v\n", name, err)
		return exitFailure
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	res, err := backup.Apply(ctx, st, file, backup.ImportOptions{DryRun: *dry, Logger: m.logger(cfg)})
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache import: %v (written so far: %s; running the import again finishes it)\n", err, res)
		return exitFailure
	}
	from := "unknown store"
	if file.Header.Store != "" {
		from = file.Header.Store
	}
	verb := "imported"
	if *dry {
		verb = "dry run, nothing written; would import"
	}
	fmt.Fprintf(m.Stderr, "attache: %s %s (exported from %s) into the %s store (%s): %s\n",
		verb, name, from, storeKind(cfg), storeWhere(cfg), res)
	return exitOK
}
