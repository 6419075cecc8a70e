package backup_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
	"github.com/attache-bot/attache/store/backup"
	"github.com/attache-bot/attache/store/bolt"
)

// day is a fixed UTC time; UTC times round-trip JSON exactly.
var day = time.Date(2025, 2, 18, 9, 30, 0, 0, time.UTC)

func openBolt(t testing.TB) *bolt.Store {
	t.Helper()
	s, err := bolt.Open(filepath.Join(t.TempDir(), bolt.DefaultFileName), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// fill writes a small data set of every exported kind and returns its counts.
func fill(t testing.TB, st store.Store) backup.Counts {
	t.Helper()
	ctx := context.Background()
	paris, _ := time.LoadLocation("Europe/Paris")
	subs := []store.Subscription{
		{GuildID: "g1", ChannelID: "c-paris", Time: "07:30", TimeZone: "Europe/Paris",
			Days:    []time.Weekday{time.Monday, time.Friday},
			Filters: store.Filters{Countries: []string{"Ukraine", "Côte d'Ivoire"}, People: []string{"Lavrov"}, Keywords: []string{"cease<fire> & talks"}},
			Length:  5, Format: store.FormatCompact, CreatedBy: "u1", CreatedAt: day.In(paris), UpdatedAt: day.Add(time.Hour)},
		{GuildID: "g2", ChannelID: "c-ny", Time: "06:00", TimeZone: "America/New_York", Length: 3, Format: store.FormatFull, CreatedAt: day},
	}
	for _, s := range subs {
		must(t, st.PutSubscription(ctx, s))
	}
	alerts := []store.Alert{
		{ID: "a-active", UserID: "u1", GuildID: "g1", Expression: `iran AND "nuclear talks"`, Mode: store.ModeDM,
			QuietHours: store.QuietHours{Start: "22:00", End: "07:00", TimeZone: "Asia/Tokyo"}, CreatedAt: day},
		{ID: "a-paused", UserID: "u1", GuildID: "g1", Expression: "nato", Mode: store.ModeDM,
			PausedReason: "Your DMs are closed.", PauseNotified: day.Add(2 * time.Minute), CreatedAt: day.Add(time.Minute)},
		{ID: "a-muted", UserID: "u2", GuildID: "g2", Expression: "g20 OR brics", Mode: store.ModeDM,
			MutedUntil: day.Add(72 * time.Hour), CreatedAt: day.Add(2 * time.Minute)},
	}
	for _, a := range alerts {
		_, err := st.CreateAlert(ctx, a, 0)
		must(t, err)
	}
	srcs := []store.Source{
		{Name: "reuters-world", URL: "https://example.org/world.rss", Kind: "feed", Language: "en", FullText: store.FullTextAuto, Interval: 15 * time.Minute, AddedAt: day},
		{Name: "guild-feed", URL: "https://example.org/g.xml", Kind: "feed", Interval: time.Hour, GuildID: "g1", AddedBy: "u1", AddedAt: day},
	}
	for _, s := range srcs {
		must(t, st.PutSource(ctx, s))
	}
	states := []store.SourceState{
		{Name: "reuters-world", ETag: `"abc"`, LastModified: "Tue, 18 Feb 2025 09:00:00 GMT", LastSuccess: day, LastAttempt: day, NextPoll: day.Add(15 * time.Minute)},
		{Name: "guild-feed", LastAttempt: day, LastError: "HTTP 503", Failures: 3, NextPoll: day.Add(time.Hour)},
	}
	for _, s := range states {
		must(t, st.PutSourceState(ctx, s))
	}
	dels := []store.Delivery{
		{Key: "alert:u1:story-1", ChannelID: "dm-u1", MessageID: "m1", DeliveredAt: day},
		{Key: "edition:c-paris:2025-02-18", ChannelID: "c-paris", MessageID: "m2", DeliveredAt: day},
		{Key: "edition-record:c-paris:2025-02-18", ChannelID: "c-paris", StoryIDs: []string{"s1", "s2"}, DeliveredAt: day},
	}
	for _, d := range dels {
		_, _, err := st.RecordDelivery(ctx, d)
		must(t, err)
	}
	return backup.Counts{Subscriptions: len(subs), Alerts: len(alerts), Sources: len(srcs), SourceStates: len(states), Deliveries: len(dels)}
}

func export(t testing.TB, st backup.ExportStore, name string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := backup.Export(context.Background(), st, &buf, backup.ExportOptions{Store: name, ExportedAt: day}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestExportFormat(t *testing.T) {
	st := openBolt(t)
	want := fill(t, st)
	var buf bytes.Buffer
	got, err := backup.Export(context.Background(), st, &buf, backup.ExportOptions{Store: "bolt", ExportedAt: day})
	must(t, err)
	if got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if n := 1 + want.Total() + 1; len(lines) != n {
		t.Fatalf("%d lines, want %d (header, records, end):\n%s", len(lines), n, buf.String())
	}
	if h := `{"format":"attache-export","version":1,"exported_at":"2025-02-18T09:30:00Z","store":"bolt"}`; lines[0] != h {
		t.Errorf("header = %s\nwant     %s", lines[0], h)
	}
	// Kinds in order, each sorted by key.
	var kinds []string
	for _, l := range lines[1:] {
		kinds = append(kinds, l[len(`{"kind":"`):strings.Index(l, `","data"`)])
	}
	wantKinds := "subscription subscription alert alert alert source source source_state source_state delivery delivery delivery end"
	if strings.Join(kinds, " ") != wantKinds {
		t.Errorf("kinds = %v", kinds)
	}
	for _, want := range []string{
		`{"kind":"subscription","data":{"guild_id":"g2","channel_id":"c-ny"`,
		`{"kind":"alert","data":{"id":"a-active"`,
		`{"kind":"alert","data":{"id":"a-muted"`,
		`"keywords":["cease<fire> & talks"]`,
		`"created_at":"2025-02-18T10:30:00+01:00"`,
		`{"kind":"end","data":{"subscription":2,"alert":3,"source":2,"source_state":2,"delivery":3}}`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if strings.Index(buf.String(), `"c-ny"`) > strings.Index(buf.String(), `"c-paris"`) {
		t.Error("subscriptions are not sorted by channel ID")
	}
	// A second export of the same data is byte-identical.
	if again := export(t, st, "bolt"); !bytes.Equal(again, buf.Bytes()) {
		t.Errorf("second export differs:\n%s\n%s", buf.Bytes(), again)
	}
}

func TestImportIdempotent(t *testing.T) {
	ctx := context.Background()
	src := openBolt(t)
	counts := fill(t, src)
	file := export(t, src, "bolt")

	dst := openBolt(t)
	dry, err := backup.Import(ctx, dst, bytes.NewReader(file), backup.ImportOptions{DryRun: true})
	must(t, err)
	if !dry.DryRun || dry.Subscriptions.Added != counts.Subscriptions || dry.Deliveries.Added != counts.Deliveries {
		t.Errorf("dry run = %v", dry)
	}
	if subs, _ := dst.ListSubscriptions(ctx, ""); len(subs) != 0 {
		t.Fatalf("dry run wrote %d subscriptions", len(subs))
	}

	res, err := backup.Import(ctx, dst, bytes.NewReader(file), backup.ImportOptions{})
	must(t, err)
	want := backup.Result{Header: res.Header,
		Subscriptions: backup.Tally{Added: 2}, Alerts: backup.Tally{Added: 3}, Sources: backup.Tally{Added: 2},
		SourceStates: backup.Tally{Added: 2}, Deliveries: backup.Tally{Added: 3}}
	if res != want {
		t.Errorf("first import = %v\nwant %v", res, want)
	}
	if res.Header.Store != "bolt" || !res.Header.ExportedAt.Equal(day) {
		t.Errorf("header = %+v", res.Header)
	}
	if got := export(t, dst, "bolt"); !bytes.Equal(got, file) {
		t.Errorf("import then export differs:\n%s\n%s", file, got)
	}

	res, err = backup.Import(ctx, dst, bytes.NewReader(file), backup.ImportOptions{})
	must(t, err)
	if res.Changed() != 0 || res.Alerts.Unchanged != 3 || res.Deliveries.Unchanged != 3 || res.Subscriptions.Unchanged != 2 {
		t.Errorf("second import = %v, want everything unchanged", res)
	}

	// Local changes: an edited alert and subscription are updated back; a
	// ledger entry with another message is kept; extra records stay.
	a, _ := dst.GetAlert(ctx, "a-paused")
	a.PausedReason = ""
	must(t, dst.UpdateAlert(ctx, a))
	must(t, dst.DeleteSubscription(ctx, "c-ny"))
	must(t, dst.PutSubscription(ctx, store.Subscription{ChannelID: "c-extra", Time: "08:00", TimeZone: "UTC", Format: store.FormatFull}))
	_, _, err = dst.RecordDelivery(ctx, store.Delivery{Key: "alert:u9:s", MessageID: "local"})
	must(t, err)
	edited := bytes.Replace(file, []byte(`"message_id":"m1"`), []byte(`"message_id":"m1-other"`), 1)
	res, err = backup.Import(ctx, dst, bytes.NewReader(edited), backup.ImportOptions{})
	must(t, err)
	if res.Alerts.Updated != 1 || res.Subscriptions.Added != 1 || res.Deliveries.Kept != 1 || res.Changed() != 2 {
		t.Errorf("import after local changes = %v", res)
	}
	if a, _ := dst.GetAlert(ctx, "a-paused"); a.PausedReason != "Your DMs are closed." {
		t.Errorf("paused reason not restored: %+v", a)
	}
	if d, _ := dst.GetDelivery(ctx, "alert:u1:story-1"); d.MessageID != "m1" {
		t.Errorf("ledger entry rewritten to %+v", d)
	}
	if _, err := dst.GetSubscription(ctx, "c-extra"); err != nil {
		t.Errorf("import removed a subscription the file lacks: %v", err)
	}
	if !strings.Contains(res.String(), "deliveries 0 added, 0 updated, 2 unchanged, 1 kept") {
		t.Errorf("summary = %s", res)
	}
}

// TestImportAlertsOverLimit: restoring keeps alert IDs and timestamps and
// ignores the per-user limit (the limit may have been lowered since).
func TestImportAlertsOverLimit(t *testing.T) {
	ctx := context.Background()
	dst := openBolt(t)
	var lines []string
	lines = append(lines, `{"format":"attache-export","version":1}`)
	for i := range 30 {
		lines = append(lines, fmt.Sprintf(`{"kind":"alert","data":{"id":"a%02d","user_id":"u1","guild_id":"g","expression":"x","mode":"dm","quiet_hours":{},"muted_until":"0001-01-01T00:00:00Z","created_at":"2024-01-01T00:00:%02dZ"}}`, i, i))
	}
	lines = append(lines, `{"kind":"end","data":{"subscription":0,"alert":30,"source":0,"source_state":0,"delivery":0}}`)
	res, err := backup.Import(ctx, dst, strings.NewReader(strings.Join(lines, "\n")), backup.ImportOptions{})
	must(t, err)
	if res.Alerts.Added != 30 {
		t.Errorf("added %d alerts, want 30", res.Alerts.Added)
	}
	list, err := dst.ListAlerts(ctx, "u1")
	must(t, err)
	if len(list) != 30 || list[7].ID != "a07" || !list[7].CreatedAt.Equal(time.Date(2024, 1, 1, 0, 0, 7, 0, time.UTC)) {
		t.Errorf("u1 has %d alerts; the 8th is %+v", len(list), list[min(7, len(list)-1)])
	}
}

// validFile is a small well-formed export for the error table.
const validFile = `{"format":"attache-export","version":1,"exported_at":"2025-02-18T09:30:00Z","store":"bolt"}
{"kind":"subscription","data":{"guild_id":"g","channel_id":"c1","time":"07:00","time_zone":"UTC","filters":{},"length":5,"format":"full","created_by":"","created_at":"2025-02-18T09:30:00Z","updated_at":"2025-02-18T09:30:00Z"}}
{"kind":"delivery","data":{"key":"edition:c1:2025-02-18","channel_id":"c1","message_id":"m","delivered_at":"2025-02-18T09:30:00Z"}}
{"kind":"end","data":{"subscription":1,"alert":0,"source":0,"source_state":0,"delivery":1}}
`

func TestParseErrors(t *testing.T) {
	lines := strings.Split(validFile, "\n")
	header, sub, del, end := lines[0], lines[1], lines[2], lines[3]
	join := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	tests := []struct {
		name string
		in   string
		line int // 0: no line number expected
		want string
	}{
		{"empty", "", 0, "empty file"},
		{"not json", "hello\n", 1, "not an attache export"},
		{"other format", `{"format":"other","version":1}` + "\n", 1, "not an attache export"},
		{"newer version", `{"format":"attache-export","version":2,"new_field":true}` + "\n" + sub + "\n", 0,
			"backup: file is format version 2; this attache reads up to version 1; upgrade attache"},
		{"version zero", `{"format":"attache-export","version":0}` + "\n", 1, "bad format version 0"},
		{"malformed line", join(header, sub, `{"kind":"alert","data":{`, end), 3, "not a record"},
		{"unknown kind", join(header, `{"kind":"story","data":{}}`, end), 2, `unknown record kind "story"`},
		{"no kind", join(header, `{"data":{}}`, end), 2, `without "kind"`},
		{"no data", join(header, `{"kind":"alert"}`, end), 2, "alert record without data"},
		{"unknown field", join(header, strings.Replace(sub, `"length":5`, `"length":5,"colour":"red"`, 1), end), 2, `unknown field "colour"`},
		{"unknown envelope field", join(header, strings.Replace(sub, `{"kind"`, `{"x":1,"kind"`, 1), end), 2, `unknown field "x"`},
		{"wrong type", join(header, strings.Replace(sub, `"length":5`, `"length":"5"`, 1), end), 2, "subscription"},
		{"missing key", join(header, strings.Replace(sub, `"channel_id":"c1"`, `"channel_id":""`, 1), end), 2, "channel_id"},
		{"invalid subscription", join(header, strings.Replace(sub, `"time_zone":"UTC"`, `"time_zone":"Mars/Olympus"`, 1), end), 2, `subscription c1: store: subscription: unknown time zone "Mars/Olympus"`},
		{"alert without user", join(header, `{"kind":"alert","data":{"id":"a1"}}`, end), 2, "user_id"},
		{"duplicate", join(header, sub, sub, del, end), 3, `subscription "c1" again (first on line 2)`},
		{"trailing data", join(header, sub+" {}", del, end), 2, "after the JSON value"},
		{"truncated", join(header, sub, del), 3, "truncated"},
		{"cut mid-line", header + "\n" + sub + "\n" + del[:40], 3, "not a record"},
		{"count mismatch", join(header, sub, end), 3, "the end record counts"},
		{"after end", join(header, sub, del, end, del), 5, "after the end record"},
		{"too long", join(header, `{"kind":"delivery","data":{"key":"`+strings.Repeat("k", backup.MaxLine)+`"}}`), 2, "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := backup.Parse(strings.NewReader(tt.in))
			if err == nil {
				t.Fatal("parse succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
			var le *backup.LineError
			if tt.line > 0 && (!errors.As(err, &le) || le.Line != tt.line) {
				t.Errorf("err = %v, want it on line %d", err, tt.line)
			}
		})
	}

	t.Run("valid variants", func(t *testing.T) {
		for _, in := range []string{
			validFile,
			strings.ReplaceAll(validFile, "\n", "\r\n"),
			"\xef\xbb\xbf" + validFile,
			strings.Replace(validFile, "\n", "\n\n", 2),
			strings.TrimSuffix(validFile, "\n"),
		} {
			f, err := backup.Parse(strings.NewReader(in))
			if err != nil {
				t.Errorf("parse %q: %v", in[:20], err)
				continue
			}
			if c := f.Counts(); c.Subscriptions != 1 || c.Deliveries != 1 || f.Header.Store != "bolt" {
				t.Errorf("parsed %+v", c)
			}
		}
	})
}

// TestImportRefusesWithoutWriting: a newer version or a bad line anywhere
// in the file leaves the store untouched.
func TestImportRefusesWithoutWriting(t *testing.T) {
	ctx := context.Background()
	good := strings.Split(strings.TrimSpace(validFile), "\n")
	for _, tc := range []struct {
		name string
		in   string
		want any
	}{
		{"newer version", strings.Replace(validFile, `"version":1`, `"version":2`, 1), new(*backup.VersionError)},
		{"bad last record", strings.Join(append(good[:3:3], `{"kind":"end","data":{"subscription":1}}`), "\n"), new(*backup.LineError)},
		{"truncated", strings.Join(good[:3], "\n"), new(*backup.LineError)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := openBolt(t)
			_, err := backup.Import(ctx, dst, strings.NewReader(tc.in), backup.ImportOptions{})
			if err == nil || !errors.As(err, tc.want) {
				t.Fatalf("import = %v, want %T", err, tc.want)
			}
			if subs, _ := dst.ListSubscriptions(ctx, ""); len(subs) != 0 {
				t.Errorf("a refused import wrote %d subscriptions", len(subs))
			}
			if ds, _ := dst.ListDeliveries(ctx); len(ds) != 0 {
				t.Errorf("a refused import wrote %d ledger entries", len(ds))
			}
		})
	}
}

// failing is a store whose writes fail, to check errors name the record.
type failing struct{ *bolt.Store }

func (failing) PutSource(context.Context, store.Source) error { return errors.New("disk full") }

func TestImportStoreError(t *testing.T) {
	ctx := context.Background()
	src := openBolt(t)
	fill(t, src)
	file := export(t, src, "bolt")
	dst := failing{openBolt(t)}
	res, err := backup.Import(ctx, dst, bytes.NewReader(file), backup.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `backup: import source "guild-feed": disk full`) {
		t.Fatalf("err = %v", err)
	}
	// The ledger went in first; subscriptions were not reached.
	if res.Deliveries.Added != 3 || res.Subscriptions.Added != 0 {
		t.Errorf("partial result = %v", res)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(validFile))
	f.Add([]byte(strings.Replace(validFile, `"version":1`, `"version":2`, 1)))
	f.Add([]byte(`{"format":"attache-export","version":1}` + "\n" + `{"kind":"end","data":{}}`))
	f.Add([]byte(`{"format":"attache-export","version":1}` + "\n" +
		`{"kind":"alert","data":{"id":"a","user_id":"u","muted_until":"2025-02-18T09:30:00+05:30","created_at":"2025-02-18T09:30:00Z"}}` + "\n" +
		`{"kind":"source","data":{"name":"s","interval":900000000000}}` + "\n" +
		`{"kind":"source_state","data":{"name":"s","failures":2}}` + "\n" +
		`{"kind":"end","data":{"alert":1,"source":1,"source_state":1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := backup.Parse(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "backup: ") {
				t.Errorf("error without the package prefix: %v", err)
			}
			return
		}
		// Whatever parses re-encodes, parses again to the same counts and
		// then encodes to the same bytes (the format is canonical).
		var b1 bytes.Buffer
		if err := file.Encode(&b1); err != nil {
			t.Fatalf("encode a parsed file: %v", err)
		}
		again, err := backup.Parse(bytes.NewReader(b1.Bytes()))
		if err != nil {
			t.Fatalf("parse an encoded file: %v\n%s", err, b1.Bytes())
		}
		if again.Counts() != file.Counts() {
			t.Errorf("counts %+v, then %+v", file.Counts(), again.Counts())
		}
		var b2 bytes.Buffer
		if err := again.Encode(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Errorf("encoding is not stable:\n%s\n%s", b1.Bytes(), b2.Bytes())
		}
	})
}

// bigFile is an export of n alerts and n ledger entries.
func bigFile(b *testing.B, n int) []byte {
	b.Helper()
	f := &backup.File{Header: backup.Header{ExportedAt: day, Store: "bolt"}}
	for i := range n {
		f.Alerts = append(f.Alerts, store.Alert{ID: fmt.Sprintf("a%06d", i), UserID: fmt.Sprintf("u%d", i%500), Expression: `iran AND "nuclear talks"`, Mode: store.ModeDM, CreatedAt: day})
		f.Deliveries = append(f.Deliveries, store.Delivery{Key: fmt.Sprintf("alert:u%d:s%06d", i%500, i), ChannelID: "dm", MessageID: fmt.Sprint(i), DeliveredAt: day})
	}
	var buf bytes.Buffer
	if err := f.Encode(&buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := bigFile(b, 5000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := backup.Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	f, err := backup.Parse(bytes.NewReader(bigFile(b, 5000)))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := f.Encode(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
