package main

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/attache-bot/attache/store/redistest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runMain runs attache in-process with the given environment and stdin.
func runMain(t *testing.T, ctx context.Context, env map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	}
	code = m.Run(ctx, args)
	return code, out.String(), errb.String()
}

func offlineEnv(t *testing.T) map[string]string {
	return map[string]string{"ATTACHE_DATA_DIR": t.TempDir(), "ATTACHE_LOG_LEVEL": "error"}
}

func TestUsageAndUnknown(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		args     []string
		code     int
		contains string
	}{
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"unknown flag", []string{"run", "-nope"}, exitUsage, "flag provided but not defined: -nope"},
		{"help", []string{"-h"}, exitOK, "Commands:"},
		{"run help", []string{"run", "-h"}, exitOK, "offline"},
		{"config help", []string{"config", "-h"}, exitOK, "secrets masked"},
		{"config without check", []string{"config"}, exitUsage, "expected 'check'"},
		{"version", []string{"version"}, exitOK, "attache "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runMain(t, ctx, offlineEnv(t), "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr=%s", code, tt.code, errs)
			}
			if !strings.Contains(out+errs, tt.contains) {
				t.Errorf("output does not contain %q:\nstdout=%s\nstderr=%s", tt.contains, out, errs)
			}
		})
	}
}

func TestConfigCheck(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.yaml", "digest:\n  workers: 3\n")
	env := offlineEnv(t)
	env["DISCORD_TOKEN"] = "super.secret.token"
	env["ATTACHE_REDIS_URL"] = "redis://:pw-xyz@127.0.0.1:6379/0"
	code, out, errs := runMain(t, ctx, env, "", "config", "check", good)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "workers: 3") {
		t.Errorf("effective config missing file value:\n%s", out)
	}
	for _, secret := range []string{"super.secret.token", "pw-xyz"} {
		if strings.Contains(out+errs, secret) {
			t.Errorf("secret %q printed", secret)
		}
	}

	bad := []struct{ body, key string }{
		{"bogus: 1\n", "bogus"},
		{"editions:\n  default_timezone: Nowhere/Land\n", "editions.default_timezone"},
		{"store:\n  redis_url: \"redis://[::1\"\n", "store.redis_url"},
	}
	for i, b := range bad {
		p := write("bad"+string(rune('0'+i))+".yaml", b.body)
		code, out, errs := runMain(t, ctx, offlineEnv(t), "", "config", "check", p)
		if code != exitUsage {
			t.Errorf("%q: exit %d, want 2", b.body, code)
		}
		if strings.Count(strings.TrimSpace(errs), "\n") != 0 || !strings.Contains(errs, b.key) {
			t.Errorf("%q: want one line naming %s, got %q", b.body, b.key, errs)
		}
		if out != "" {
			t.Errorf("%q: printed config despite error", b.body)
		}
	}

	// The bot refuses to start on a bad config too, before doing anything.
	p := write("run.yaml", "digest:\n  schedule: nonsense\n")
	env = offlineEnv(t)
	code, _, errs = runMain(t, ctx, env, "", "run", "-config", p)
	if code != exitUsage || !strings.Contains(errs, "digest.schedule") {
		t.Errorf("run with bad config: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(env["ATTACHE_DATA_DIR"], "attache.db")); err == nil {
		t.Errorf("store created despite invalid config")
	}
}

func TestRunOfflineStopsOnClosedStdin(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	env := offlineEnv(t)
	code, out, errs := runMain(t, ctx, env, "")
	if code != exitOK {
		t.Fatalf("exit %d; stderr=%s", code, errs)
	}
	if !strings.Contains(out, "offline") || !strings.Contains(out, "embedded") {
		t.Errorf("first line should say offline + embedded store: %q", out)
	}
	if _, err := os.Stat(filepath.Join(env["ATTACHE_DATA_DIR"], "attache.db")); err != nil {
		t.Errorf("embedded store not created: %v", err)
	}
}

func TestRunOfflineStopsOnSignal(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw, err := os.Pipe() // stdin that never closes
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	defer pr.Close()
	var out, errb bytes.Buffer
	env := offlineEnv(t)
	m := &Main{Stdin: pr, Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	ready := make(chan struct{})
	m.Ready = func() { close(ready) }
	done := make(chan int)
	go func() { done <- m.Run(ctx, []string{"run"}) }()
	select {
	case <-ready:
	case <-time.After(30 * time.Second):
		t.Fatal("bot never became ready")
	}
	cancel() // what SIGINT/SIGTERM do through signal.NotifyContext
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d on signal; stderr=%s", code, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("did not stop after the signal")
	}
}

func TestDigestOnceOnRedis(t *testing.T) {
	srv := redistest.Start(t, redistest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	env := offlineEnv(t)
	env["ATTACHE_REDIS_URL"] = srv.URL
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "c.yaml")
	os.WriteFile(cfgPath, []byte("store:\n  key_prefix: \""+srv.Prefix(t)+"\"\n"), 0o600)
	code, out, errs := runMain(t, ctx, env, "", "digest", "--once", "--json", "-config", cfgPath)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("want several stories from the sample news, got %d lines:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var s storyLine
		if err := json.Unmarshal([]byte(l), &s); err != nil || s.ID == "" || s.Title == "" {
			t.Fatalf("bad story line %q: %v", l, err)
		}
	}
	// The stories are in Redis: a second run creates none.
	code, out, errs = runMain(t, ctx, env, "", "digest", "--once", "--json", "-config", cfgPath)
	if code != exitOK || strings.TrimSpace(out) != "" {
		t.Errorf("second run: exit %d, stories %q, stderr %s", code, out, errs)
	}
}

func TestExtractContract(t *testing.T) {
	ctx := context.Background()
	body := "Foreign Minister Anna Berg of Sweden will meet Finnish President Mikko Lahti in Helsinki on Tuesday."
	in := `{"id":"a1","title":"Berg to visit Helsinki","body":` + strconvQuote(body) + `,"published":"2025-02-17"}` + "\n" +
		"not json\n" +
		`{"id":"a2","title":"x","body":"y","published":"yesterday"}` + "\n"
	code, out, errs := runMain(t, ctx, offlineEnv(t), in, "extract")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 output lines, got %d:\n%s", len(lines), out)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &res); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "offsets", "mentions", "people", "places", "countries", "mediators", "excluded", "dates", "reactions", "agenda", "quicklook", "summary"} {
		if _, ok := res[k]; !ok {
			t.Errorf("output lacks %q", k)
		}
	}
	for _, mm := range res["mentions"].([]any) {
		m := mm.(map[string]any)
		s, e := int(m["start"].(float64)), int(m["end"].(float64))
		if body[s:e] != m["text"] {
			t.Errorf("mention offsets [%d,%d) = %q, text %q", s, e, body[s:e], m["text"])
		}
	}
	if !strings.Contains(lines[1], `"line":2`) || !strings.Contains(lines[1], "error") {
		t.Errorf("malformed line not reported: %s", lines[1])
	}
	if !strings.Contains(lines[2], `"id":"a2"`) || !strings.Contains(lines[2], "published") {
		t.Errorf("bad date not reported: %s", lines[2])
	}
	code, _, _ = runMain(t, ctx, offlineEnv(t), "garbage\n", "extract")
	if code == exitOK {
		t.Errorf("no readable line should exit non-zero")
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestConsoleAnswersCommands(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	in := "/help\n/brief\n/brief geneva\n/alert add person:Temirbekov\n/alert list\n/edition subscribe time:07:30 timezone:Europe/Paris\n/edition settings\n/edition preview\n/brief nothing-matches-this-zzz\n/bogus\n"
	code, out, errs := runMain(t, ctx, offlineEnv(t), in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"stories ready",
		"/alert add",          // help
		"Today's top stories", // /brief without topic
		"Geneva",              // /brief geneva: the sample news' water talks
		"Key Participants",    // quick look bullets
		"person:Temirbekov",   // alert added and listed
		"07:30",               // edition subscribed and shown
		"Europe/Paris",        //
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	if strings.Contains(out, "@everyone") && !strings.Contains(out, "@\u200beveryone") {
		t.Errorf("hostile @everyone from the sample news printed unescaped")
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

func TestEvalQuickLookFlags(t *testing.T) {
	ctx := context.Background()
	env := offlineEnv(t)
	code, _, errOut := runMain(t, ctx, env, "", "eval", "-sets", "nosuch")
	if code != exitUsage || !strings.Contains(errOut, `unknown set "nosuch"`) || !strings.Contains(errOut, "quicklook") {
		t.Fatalf("unknown set: code %d, stderr %q", code, errOut)
	}
	dir := t.TempDir()
	art := "Merz hosts Tusk in Berlin\n\nBERLIN, March 10 (Reuters) - German Chancellor Friedrich Merz hosted Polish Prime Minister Donald Tusk in Berlin on Tuesday for talks on air defence.\n"
	checks := `{"id":"a","published":"2026-03-10","checks":[
		{"bullet":"Key Participants","has":["Merz"]},
		{"bullet":"Key Participants","has":["Tusk"]},
		{"bullet":"Key Participants","not":["Merz"],"why":"a check that must fail"}]}`
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(art), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.checks.json"), []byte(checks), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runMain(t, ctx, env, "", "eval", "-sets", "quicklook", "-quicklook", dir, "-failures")
	if code != exitOK {
		t.Fatalf("eval quicklook: code %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"| Key Participants | 3 | 2 | 66.7% |", "Failed checks (1)", "a check that must fail"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	bad := filepath.Join(dir, "a.checks.json")
	if err := os.WriteFile(bad, []byte(`{"id":"a","published":"2026-03-10","checks":[{"bullet":"Key Participants","has":["Scholz"]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runMain(t, ctx, env, "", "eval", "-sets", "quicklook", "-quicklook", dir)
	if code != exitFailure || !strings.Contains(errOut, `"Scholz" is not in the article`) {
		t.Fatalf("bad checks: code %d, stderr %q", code, errOut)
	}
}
