// Package backup owns Attache's export format: the versioned JSON lines
// that `attache export` writes and `attache import` reads, to back up the
// durable state or to move it from one store backend to another (the
// embedded bbolt file to Redis, typically).
//
// # Format
//
// The first line is a header:
//
//	{"format":"attache-export","version":1,"exported_at":"2025-02-18T09:30:00Z","store":"bolt"}
//
// then one record per line, {"kind":K,"data":D}, where K is "subscription",
// "alert", "source", "source_state" or "delivery" and D is the store record
// (store.Subscription, store.Alert, store.Source, store.SourceState,
// store.Delivery) as JSON. Records come in that order of kinds, each kind
// sorted by its key (channel ID, alert ID, source name, source name,
// ledger key), so two exports of the same data are byte-identical except
// for the header. The last line is an end record whose data counts the
// records of each kind, {"kind":"end","data":{"subscription":3,...}}: a file
// cut short (a full disk, an interrupted copy) is refused instead of being
// imported in part.
//
// Articles, stories, the delivery queue, leases and rate buckets are not
// exported: the digester rebuilds stories from the sources, and the queue
// drains before a planned move (stop the bot first).
//
// # Versions
//
// Version is bumped whenever a record gains, loses or changes a field.
// Version 1 is the records as of the first attache with export (including
// delivery "story_ids" and alert "pause_notified"); no earlier format exists.
// Import refuses a file with a newer version (VersionError) and decodes
// records strictly: an unknown field is an error, never silently dropped.
// An alert's Version (its optimistic-concurrency counter) is store state,
// not data: Export leaves it out (it is omitted when zero, so the format
// did not change when alerts gained it) and Import ignores it; the store
// numbers the versions of the alerts it writes (store.Store.PutAlert).
//
// # Import
//
// Import is all-or-nothing with respect to the file: it parses and checks
// the whole file first (header, every line, key fields, duplicates, the end
// record) and writes nothing when any of it is wrong, reporting the line
// number. Then it merges the records into the store, each with the
// store's own upsert, in an order that is safe with a running bot: the
// delivery ledger first, so that a scheduler never sees a subscription
// before the record of the edition it already posted, then sources, their
// poll state, alerts and subscriptions last. Records equal to the stored
// ones are left alone, so importing a file twice changes nothing. The
// ledger is never rewritten: an entry the store already has with a
// different message is kept (counted as Kept). Records in the store that
// the file lacks are left in place (import merges, it does not replace).
// A store failure part-way leaves the records before it written; running
// the import again finishes it.
package backup

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/attache-bot/attache/store"
)

// Format is the header's format name.
const Format = "attache-export"

// Version is the format version this package writes and the newest it reads.
const Version = 1

// Record kinds.
const (
	KindSubscription = "subscription"
	KindAlert        = "alert"
	KindSource       = "source"
	KindSourceState  = "source_state"
	KindDelivery     = "delivery"
	// KindEnd is the last record; its data is the Counts of the file.
	KindEnd = "end"
)

// MaxLine is the longest line Parse accepts, in bytes.
const MaxLine = 16 << 20

// Header is the first line of an export.
type Header struct {
	// Format is always Format.
	Format string `json:"format"`
	// Version is the format version of the file.
	Version int `json:"version"`
	// ExportedAt is when the export was written.
	ExportedAt time.Time `json:"exported_at,omitzero"`
	// Store names the backend exported from: "bolt" or "redis".
	Store string `json:"store,omitempty"`
}

// Counts counts the records of each kind; it is also the data of the end
// record.
type Counts struct {
	Subscriptions int `json:"subscription"`
	Alerts        int `json:"alert"`
	Sources       int `json:"source"`
	SourceStates  int `json:"source_state"`
	Deliveries    int `json:"delivery"`
}

// Total is the number of records of all kinds.
func (c Counts) Total() int {
	return c.Subscriptions + c.Alerts + c.Sources + c.SourceStates + c.Deliveries
}

// String reads "3 subscriptions, 4 alerts, 2 sources, 2 source states, 5 deliveries".
func (c Counts) String() string {
	return fmt.Sprintf("%s, %s, %s, %s, %s",
		plural(c.Subscriptions, "subscription"), plural(c.Alerts, "alert"), plural(c.Sources, "source"),
		plural(c.SourceStates, "source state"), plural(c.Deliveries, "delivery", "deliveries"))
}

func plural(n int, one string, many ...string) string {
	if n == 1 {
		return "1 " + one
	}
	if len(many) > 0 {
		return fmt.Sprintf("%d %s", n, many[0])
	}
	return fmt.Sprintf("%d %ss", n, one)
}

// File is the content of an export.
type File struct {
	Header        Header
	Subscriptions []store.Subscription
	Alerts        []store.Alert
	Sources       []store.Source
	SourceStates  []store.SourceState
	Deliveries    []store.Delivery
}

// Counts counts f's records.
func (f *File) Counts() Counts {
	return Counts{
		Subscriptions: len(f.Subscriptions), Alerts: len(f.Alerts), Sources: len(f.Sources),
		SourceStates: len(f.SourceStates), Deliveries: len(f.Deliveries),
	}
}

// sort puts every kind in key order.
func (f *File) sort() {
	slices.SortFunc(f.Subscriptions, func(a, b store.Subscription) int { return cmp.Compare(a.ChannelID, b.ChannelID) })
	slices.SortFunc(f.Alerts, func(a, b store.Alert) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Sources, func(a, b store.Source) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(f.SourceStates, func(a, b store.SourceState) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(f.Deliveries, func(a, b store.Delivery) int { return cmp.Compare(a.Key, b.Key) })
}

// envelope is one record line.
type envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

// Encode writes f in the export format, records sorted by key; a zero
// Header.Format and Version are filled in.
func (f *File) Encode(w io.Writer) error {
	f.sort()
	h := f.Header
	if h.Format == "" {
		h.Format = Format
	}
	if h.Version == 0 {
		h.Version = Version
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(h); err != nil {
		return fmt.Errorf("backup: write header: %w", err)
	}
	write := func(kind string, v any) error {
		data, err := marshal(v)
		if err != nil {
			return fmt.Errorf("backup: encode %s: %w", kind, err)
		}
		if err := enc.Encode(envelope{Kind: kind, Data: data}); err != nil {
			return fmt.Errorf("backup: write %s: %w", kind, err)
		}
		return nil
	}
	for _, r := range f.Subscriptions {
		if err := write(KindSubscription, r); err != nil {
			return err
		}
	}
	for _, r := range f.Alerts {
		if err := write(KindAlert, r); err != nil {
			return err
		}
	}
	for _, r := range f.Sources {
		if err := write(KindSource, r); err != nil {
			return err
		}
	}
	for _, r := range f.SourceStates {
		if err := write(KindSourceState, r); err != nil {
			return err
		}
	}
	for _, r := range f.Deliveries {
		if err := write(KindDelivery, r); err != nil {
			return err
		}
	}
	if err := write(KindEnd, f.Counts()); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("backup: write: %w", err)
	}
	return nil
}

// marshal is json.Marshal without HTML escaping, so expressions and titles
// stay readable in the file.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// ExportStore is what Export reads; store.Store implements it.
type ExportStore interface {
	ListSubscriptions(ctx context.Context, guildID string) ([]store.Subscription, error)
	ListAlerts(ctx context.Context, userID string) ([]store.Alert, error)
	ListSources(ctx context.Context) ([]store.Source, error)
	ListSourceStates(ctx context.Context) ([]store.SourceState, error)
	ListDeliveries(ctx context.Context) ([]store.Delivery, error)
}

// ExportOptions configure Export.
type ExportOptions struct {
	// Store names the backend in the header ("bolt", "redis"); empty omits it.
	Store string
	// ExportedAt is the header's time; zero means now. Tests fix it.
	ExportedAt time.Time
}

// Export reads every subscription, alert, source, source state and ledger
// entry of st and writes them to w in the export format. It reads
// everything before writing anything, so a failing store leaves w empty.
func Export(ctx context.Context, st ExportStore, w io.Writer, opts ExportOptions) (Counts, error) {
	at := opts.ExportedAt
	if at.IsZero() {
		at = time.Now()
	}
	f := &File{Header: Header{Format: Format, Version: Version, ExportedAt: at.UTC().Truncate(time.Second), Store: opts.Store}}
	var err error
	if f.Subscriptions, err = st.ListSubscriptions(ctx, ""); err != nil {
		return Counts{}, fmt.Errorf("backup: list subscriptions: %w", err)
	}
	if f.Alerts, err = st.ListAlerts(ctx, ""); err != nil {
		return Counts{}, fmt.Errorf("backup: list alerts: %w", err)
	}
	for i := range f.Alerts {
		f.Alerts[i].Version = 0 // store state, not data: see the package comment
	}
	if f.Sources, err = st.ListSources(ctx); err != nil {
		return Counts{}, fmt.Errorf("backup: list sources: %w", err)
	}
	if f.SourceStates, err = st.ListSourceStates(ctx); err != nil {
		return Counts{}, fmt.Errorf("backup: list source states: %w", err)
	}
	if f.Deliveries, err = st.ListDeliveries(ctx); err != nil {
		return Counts{}, fmt.Errorf("backup: list deliveries: %w", err)
	}
	if err := f.Encode(w); err != nil {
		return Counts{}, err
	}
	return f.Counts(), nil
}

// LineError is a problem with one line of the file.
type LineError struct {
	// Line is the 1-based line number.
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("backup: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// VersionError means the file was written by a newer attache.
type VersionError struct {
	// Version is the file's format version.
	Version int
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("backup: file is format version %d; this attache reads up to version %d; upgrade attache", e.Version, Version)
}

// ErrTruncated means the file ends without its end record.
var ErrTruncated = errors.New("the file ends without its end record: it is truncated (was the export interrupted?)")

// Parse reads and checks a whole export: the header (format and version),
// every record (strictly: unknown kinds and fields are errors), key fields,
// duplicate keys, and the end record's counts. Errors name the line.
func Parse(r io.Reader) (*File, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	f := &File{}
	p := parser{f: f, seen: map[string]int{}}
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimRight(sc.Bytes(), "\r")
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")) // a byte-order mark from an editor
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := p.line(n, line); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &LineError{Line: n + 1, Err: fmt.Errorf("longer than %d bytes", MaxLine)}
		}
		return nil, fmt.Errorf("backup: read: %w", err)
	}
	if !p.header {
		return nil, errors.New("backup: empty file: not an attache export")
	}
	if !p.ended {
		return nil, &LineError{Line: n, Err: ErrTruncated}
	}
	return f, nil
}

// parser holds the state of Parse between lines.
type parser struct {
	f      *File
	header bool
	ended  bool
	seen   map[string]int // kind \x00 key -> line
}

func (p *parser) line(n int, line []byte) error {
	if !p.header {
		h, err := ParseHeader(line)
		if err != nil {
			var ve *VersionError
			if errors.As(err, &ve) {
				return err
			}
			return &LineError{Line: n, Err: err}
		}
		p.f.Header, p.header = h, true
		return nil
	}
	if p.ended {
		return &LineError{Line: n, Err: errors.New("a record after the end record")}
	}
	kind, v, err := ParseRecord(line)
	if err != nil {
		return &LineError{Line: n, Err: err}
	}
	var key string
	switch r := v.(type) {
	case store.Subscription:
		key = r.ChannelID
		p.f.Subscriptions = append(p.f.Subscriptions, r)
	case store.Alert:
		key = r.ID
		r.Version = 0 // ignored: the store numbers its own versions
		p.f.Alerts = append(p.f.Alerts, r)
	case store.Source:
		key = r.Name
		p.f.Sources = append(p.f.Sources, r)
	case store.SourceState:
		key = r.Name
		p.f.SourceStates = append(p.f.SourceStates, r)
	case store.Delivery:
		key = r.Key
		p.f.Deliveries = append(p.f.Deliveries, r)
	case Counts:
		if got := p.f.Counts(); got != r {
			return &LineError{Line: n, Err: fmt.Errorf("the end record counts %v but the file holds %v", r, got)}
		}
		p.ended = true
		return nil
	}
	id := kind + "\x00" + key
	if first, ok := p.seen[id]; ok {
		return &LineError{Line: n, Err: fmt.Errorf("%s %q again (first on line %d)", kindWords(kind), key, first)}
	}
	p.seen[id] = n
	return nil
}

func kindWords(kind string) string { return strings.ReplaceAll(kind, "_", " ") }

// ParseHeader decodes and checks a header line: the format name, then the
// version (a *VersionError when newer than Version). Unknown header fields
// are allowed, so that a newer attache's header still yields the version
// message.
func ParseHeader(line []byte) (Header, error) {
	var h Header
	if err := json.Unmarshal(line, &h); err != nil || h.Format != Format {
		return Header{}, fmt.Errorf("not an attache export (the first line must be a header with \"format\":%q)", Format)
	}
	if h.Version > Version {
		return Header{}, &VersionError{Version: h.Version}
	}
	if h.Version < 1 {
		return Header{}, fmt.Errorf("bad format version %d", h.Version)
	}
	return h, nil
}

// ParseRecord decodes one record line strictly and checks its key fields.
// It returns the kind and the record: a store.Subscription, store.Alert,
// store.Source, store.SourceState, store.Delivery, or Counts for the end
// record.
func ParseRecord(line []byte) (string, any, error) {
	var env envelope
	if err := decodeStrict(line, &env); err != nil {
		return "", nil, fmt.Errorf("not a record: %w", err)
	}
	if len(env.Data) == 0 || string(env.Data) == "null" {
		return "", nil, fmt.Errorf("%s record without data", cmp.Or(env.Kind, "a"))
	}
	switch env.Kind {
	case KindSubscription:
		var r store.Subscription
		if err := decodeStrict(env.Data, &r); err != nil {
			return "", nil, fmt.Errorf("subscription: %w", err)
		}
		if err := checkKey("subscription", "channel_id", r.ChannelID); err != nil {
			return "", nil, err
		}
		// The same check the store makes when a subscription is saved, so an
		// edited file cannot plant an edition the scheduler cannot run.
		if err := r.Validate(); err != nil {
			return "", nil, fmt.Errorf("subscription %s: %w", r.ChannelID, err)
		}
		return env.Kind, r, nil
	case KindAlert:
		var r store.Alert
		if err := decodeStrict(env.Data, &r); err != nil {
			return "", nil, fmt.Errorf("alert: %w", err)
		}
		if err := checkKey("alert", "id", r.ID); err != nil {
			return "", nil, err
		}
		return env.Kind, r, checkKey("alert "+r.ID, "user_id", r.UserID)
	case KindSource:
		var r store.Source
		if err := decodeStrict(env.Data, &r); err != nil {
			return "", nil, fmt.Errorf("source: %w", err)
		}
		return env.Kind, r, checkKey("source", "name", r.Name)
	case KindSourceState:
		var r store.SourceState
		if err := decodeStrict(env.Data, &r); err != nil {
			return "", nil, fmt.Errorf("source state: %w", err)
		}
		return env.Kind, r, checkKey("source state", "name", r.Name)
	case KindDelivery:
		var r store.Delivery
		if err := decodeStrict(env.Data, &r); err != nil {
			return "", nil, fmt.Errorf("delivery: %w", err)
		}
		return env.Kind, r, checkKey("delivery", "key", r.Key)
	case KindEnd:
		var r Counts
		if err := decodeStrict(env.Data, &r); err != nil {
			return "", nil, fmt.Errorf("end record: %w", err)
		}
		return env.Kind, r, nil
	case "":
		return "", nil, errors.New(`record without "kind"`)
	}
	return "", nil, fmt.Errorf("unknown record kind %q", env.Kind)
}

func checkKey(what, field, v string) error {
	if !store.ValidKey(v) {
		return fmt.Errorf("%s: %s %q is empty, too long or has control characters", what, field, v)
	}
	return nil
}

// decodeStrict decodes exactly one JSON value, refusing unknown fields and
// anything after the value.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("unexpected data after the JSON value")
	}
	return nil
}

// ImportStore is what Import reads and writes; store.Store implements it.
type ImportStore interface {
	GetSubscription(ctx context.Context, channelID string) (store.Subscription, error)
	PutSubscription(ctx context.Context, s store.Subscription) error
	GetAlert(ctx context.Context, id string) (store.Alert, error)
	PutAlert(ctx context.Context, a store.Alert) error
	GetSource(ctx context.Context, name string) (store.Source, error)
	PutSource(ctx context.Context, s store.Source) error
	GetSourceState(ctx context.Context, name string) (store.SourceState, error)
	PutSourceState(ctx context.Context, s store.SourceState) error
	GetDelivery(ctx context.Context, key string) (store.Delivery, error)
	RecordDelivery(ctx context.Context, d store.Delivery) (store.Delivery, bool, error)
}

// ImportOptions configure Import.
type ImportOptions struct {
	// DryRun compares the file with the store and reports what an import
	// would do, writing nothing.
	DryRun bool
	// Logger receives a line per record changed or kept; nil discards.
	Logger *slog.Logger
}

// Tally is what an import did with the records of one kind.
type Tally struct {
	// Added records were not in the store.
	Added int `json:"added"`
	// Updated records replaced a different stored one.
	Updated int `json:"updated"`
	// Unchanged records equal the stored one.
	Unchanged int `json:"unchanged"`
	// Kept counts ledger entries the store already had with a different
	// message: the store's entry is kept, the ledger is never rewritten.
	Kept int `json:"kept,omitempty"`
}

// Result reports an import.
type Result struct {
	// Header is the file's header.
	Header        Header `json:"header"`
	DryRun        bool   `json:"dry_run,omitempty"`
	Subscriptions Tally  `json:"subscriptions"`
	Alerts        Tally  `json:"alerts"`
	Sources       Tally  `json:"sources"`
	SourceStates  Tally  `json:"source_states"`
	Deliveries    Tally  `json:"deliveries"`
}

// Changed counts the records added or updated (or that would be, in a dry run).
func (r Result) Changed() int {
	n := 0
	for _, t := range []Tally{r.Subscriptions, r.Alerts, r.Sources, r.SourceStates, r.Deliveries} {
		n += t.Added + t.Updated
	}
	return n
}

// String reads "subscriptions 3 added, 0 updated, 1 unchanged; alerts ...".
func (r Result) String() string {
	parts := make([]string, 0, 5)
	for _, k := range []struct {
		name string
		t    Tally
	}{{"subscriptions", r.Subscriptions}, {"alerts", r.Alerts}, {"sources", r.Sources},
		{"source states", r.SourceStates}, {"deliveries", r.Deliveries}} {
		s := fmt.Sprintf("%s %d added, %d updated, %d unchanged", k.name, k.t.Added, k.t.Updated, k.t.Unchanged)
		if k.t.Kept > 0 {
			s += fmt.Sprintf(", %d kept", k.t.Kept)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// Import parses the whole export in r (see Parse) and, when it is sound,
// merges it into st (see Apply). Nothing is written when the file has any
// error.
func Import(ctx context.Context, st ImportStore, r io.Reader, opts ImportOptions) (Result, error) {
	f, err := Parse(r)
	if err != nil {
		return Result{}, err
	}
	return Apply(ctx, st, f, opts)
}

// Apply merges a parsed export into st: the ledger, sources, source states,
// alerts, then subscriptions (see the package comment for why). Each
// record is compared with the stored one and written only when absent or
// different. On a store error it returns what it did so far.
func Apply(ctx context.Context, st ImportStore, f *File, opts ImportOptions) (Result, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	res := Result{Header: f.Header, DryRun: opts.DryRun}
	for _, d := range f.Deliveries {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("backup: import: %w", err)
		}
		old, err := st.GetDelivery(ctx, d.Key)
		switch {
		case err == nil:
			if same(old, d) {
				res.Deliveries.Unchanged++
			} else {
				res.Deliveries.Kept++
				log.Warn("backup: ledger entry differs; keeping the store's", "key", d.Key,
					"store_message_id", old.MessageID, "file_message_id", d.MessageID)
			}
			continue
		case !errors.Is(err, store.ErrNotFound):
			return res, fmt.Errorf("backup: import delivery %q: %w", d.Key, err)
		}
		if opts.DryRun {
			res.Deliveries.Added++
			continue
		}
		stored, created, err := st.RecordDelivery(ctx, d)
		switch {
		case err != nil:
			return res, fmt.Errorf("backup: import delivery %q: %w", d.Key, err)
		case created:
			res.Deliveries.Added++
		case same(stored, d): // recorded meanwhile by a running bot
			res.Deliveries.Unchanged++
		default:
			res.Deliveries.Kept++
		}
	}
	steps := []func() error{
		func() error {
			return upsert(ctx, log, "source", opts.DryRun, &res.Sources, f.Sources,
				func(r store.Source) string { return r.Name }, st.GetSource, st.PutSource)
		},
		func() error {
			return upsert(ctx, log, "source state", opts.DryRun, &res.SourceStates, f.SourceStates,
				func(r store.SourceState) string { return r.Name }, st.GetSourceState, st.PutSourceState)
		},
		func() error {
			// Alerts compare without their Version (the file has none);
			// PutAlert moves the stored version past the one it replaces,
			// so a bot's write prepared before the import conflicts and is
			// redone on the imported alert instead of undoing it.
			getAlert := func(ctx context.Context, id string) (store.Alert, error) {
				a, err := st.GetAlert(ctx, id)
				a.Version = 0
				return a, err
			}
			return upsert(ctx, log, "alert", opts.DryRun, &res.Alerts, f.Alerts,
				func(r store.Alert) string { return r.ID }, getAlert, st.PutAlert)
		},
		func() error {
			return upsert(ctx, log, "subscription", opts.DryRun, &res.Subscriptions, f.Subscriptions,
				func(r store.Subscription) string { return r.ChannelID }, st.GetSubscription, st.PutSubscription)
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return res, err
		}
	}
	return res, nil
}

// upsert writes each record that is absent from the store or differs.
func upsert[T any](ctx context.Context, log *slog.Logger, what string, dry bool, t *Tally, recs []T,
	key func(T) string, get func(context.Context, string) (T, error), put func(context.Context, T) error) error {
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("backup: import: %w", err)
		}
		k := key(r)
		old, err := get(ctx, k)
		added := errors.Is(err, store.ErrNotFound)
		switch {
		case err == nil && same(old, r):
			t.Unchanged++
			continue
		case err != nil && !added:
			return fmt.Errorf("backup: import %s %q: %w", what, k, err)
		}
		if !dry {
			if err := put(ctx, r); err != nil {
				return fmt.Errorf("backup: import %s %q: %w", what, k, err)
			}
		}
		if added {
			t.Added++
			log.Debug("backup: added", "kind", what, "key", k)
		} else {
			t.Updated++
			log.Info("backup: updated", "kind", what, "key", k)
		}
	}
	return nil
}

// same compares two records by their JSON, which is what the stores keep
// (time.Time values with different locations but the same encoding are
// the same record).
func same(a, b any) bool {
	ja, errA := marshal(a)
	jb, errB := marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}
