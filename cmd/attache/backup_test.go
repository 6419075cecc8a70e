package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/backup"
	"github.com/attache-bot/attache/store/bolt"
	"github.com/attache-bot/attache/store/redistest"
)

// fillEmbedded writes a few records into the embedded store of dataDir.
func fillEmbedded(t *testing.T, dataDir string) {
	t.Helper()
	ctx := context.Background()
	st, err := bolt.Open(filepath.Join(dataDir, bolt.DefaultFileName), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2025, 2, 18, 9, 30, 0, 0, time.UTC)
	steps := []error{
		st.PutSubscription(ctx, store.Subscription{GuildID: "g", ChannelID: "c1", Time: "07:00", TimeZone: "Europe/Paris", Length: 5, Format: store.FormatFull, CreatedAt: at}),
		st.PutAlert(ctx, store.Alert{ID: "a1", UserID: "u1", Expression: "iran", Mode: store.ModeDM, PausedReason: "DMs closed", CreatedAt: at}),
		st.PutSource(ctx, store.Source{Name: "wire", URL: "https://example.org/feed", Kind: "feed", Interval: time.Hour}),
		st.PutSourceState(ctx, store.SourceState{Name: "wire", Failures: 2}),
	}
	_, _, err = st.RecordDelivery(ctx, store.Delivery{Key: "edition:c1:2025-02-18", ChannelID: "c1", MessageID: "m1", DeliveredAt: at})
	for _, err := range append(steps, err) {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestExportImportCommands(t *testing.T) {
	ctx := context.Background()
	env := offlineEnv(t)
	fillEmbedded(t, env["ATTACHE_DATA_DIR"])
	file := filepath.Join(t.TempDir(), "backup.jsonl")

	code, out, errs := runMain(t, ctx, env, "", "export", "-o", file)
	if code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	if out != "" || !strings.Contains(errs, "exported 1 subscription, 1 alert, 1 source, 1 source state, 1 delivery from the embedded store") {
		t.Errorf("export: stdout %q, stderr %q", out, errs)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode %v, want 0600", fi.Mode().Perm())
	}
	f, err := backup.Parse(strings.NewReader(string(data)))
	if err != nil || f.Header.Store != "bolt" || f.Counts().Total() != 5 {
		t.Fatalf("exported file: %+v, %v", f, err)
	}
	// To stdout by default, the same records.
	code, out, _ = runMain(t, ctx, env, "", "export")
	if _, body, _ := strings.Cut(out, "\n"); code != exitOK || !strings.HasSuffix(string(data), body) {
		t.Errorf("export to stdout: exit %d, records differ from the file:\n%s", code, out)
	}

	// Into Redis: dry run writes nothing; flags may follow the file.
	srv := redistest.Start(t, redistest.Options{})
	prefix := srv.Prefix(t)
	cfg := filepath.Join(t.TempDir(), "attache.yaml")
	if err := os.WriteFile(cfg, []byte("store:\n  key_prefix: \""+prefix+"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	renv := offlineEnv(t)
	renv["ATTACHE_REDIS_URL"] = srv.URL
	renv["ATTACHE_CONFIG"] = cfg
	code, _, errs = runMain(t, ctx, renv, "", "import", file, "--dry-run")
	if code != exitOK || !strings.Contains(errs, "dry run, nothing written") || !strings.Contains(errs, "subscriptions 1 added") {
		t.Fatalf("dry run: exit %d: %s", code, errs)
	}
	if n, _ := srv.Client(t).Exists(ctx, prefix+"subscriptions").Result(); n != 0 {
		t.Fatal("the dry run wrote subscriptions")
	}
	code, _, errs = runMain(t, ctx, renv, "", "import", file)
	if code != exitOK || !strings.Contains(errs, "imported "+file+" (exported from bolt) into the Redis store") ||
		!strings.Contains(errs, "subscriptions 1 added") || !strings.Contains(errs, "deliveries 1 added") {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	// From stdin, again: nothing changes.
	code, _, errs = runMain(t, ctx, renv, string(data), "import", "-")
	if code != exitOK || !strings.Contains(errs, "imported stdin") || strings.Contains(errs, "1 added") {
		t.Errorf("second import: exit %d: %s", code, errs)
	}
	// Redis now exports the same records.
	code, out, errs = runMain(t, ctx, renv, "", "export")
	if _, body, _ := strings.Cut(out, "\n"); code != exitOK || !strings.HasSuffix(string(data), body) || !strings.Contains(out, `"store":"redis"`) {
		t.Errorf("export from Redis: exit %d (%s), records differ:\n%s", code, errs, out)
	}
}

func TestImportExportErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.jsonl")
	bad := filepath.Join(dir, "bad.jsonl")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(newer, []byte(`{"format":"attache-export","version":2}`+"\n"), 0o600))
	must(os.WriteFile(bad, []byte(`{"format":"attache-export","version":1}`+"\n"+`{"kind":"alert","data":{"id":"a"}}`+"\n"), 0o600))
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"import"}, exitUsage, "expected one FILE"},
		{"two files", []string{"import", "a", "b"}, exitUsage, "expected one FILE (or - for stdin), got 2"},
		{"bad flag", []string{"import", "--nope", "a"}, exitUsage, "flag provided but not defined"},
		{"missing file", []string{"import", filepath.Join(dir, "nope.jsonl")}, exitFailure, "no such file"},
		{"newer version", []string{"import", newer}, exitFailure, "file is format version 2; this attache reads up to version 1; upgrade attache"},
		{"bad line", []string{"import", bad}, exitFailure, "line 2: alert a: user_id"},
		{"export argument", []string{"export", "file"}, exitUsage, "use -o FILE"},
		{"export without a store", []string{"export"}, exitFailure, "no embedded store at"},
		{"help", []string{"import", "-h"}, exitOK, "--dry-run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := offlineEnv(t)
			code, out, errs := runMain(t, ctx, env, "", tt.args...)
			if code != tt.code || !strings.Contains(out+errs, tt.want) {
				t.Errorf("exit %d, want %d; output does not contain %q:\n%s%s", code, tt.code, tt.want, out, errs)
			}
			// A refused import creates no store at all.
			if tt.code != exitOK {
				if _, err := os.Stat(filepath.Join(env["ATTACHE_DATA_DIR"], "attache.db")); err == nil {
					t.Error("a refused command created the embedded store")
				}
			}
		})
	}
}
