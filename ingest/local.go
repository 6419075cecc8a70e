package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/attache-bot/attache/examples/news"
)

// TextHeader is the optional header block at the top of a local .txt file:
//
//	Title: Ministers meet in Geneva
//	Published: 2025-02-17
//	Source: Example Wire
//	URL: https://example.org/a
//	Author: A. Writer
//
//	Body text...
//
// Keys are case-insensitive; the block ends at the first blank line.
type TextHeader struct {
	Title     string
	Published time.Time
	Source    string
	URL       string
	Author    string
}

// headerKeys are the keys recognised in a text header.
var headerKeys = map[string]bool{"title": true, "published": true, "date": true, "source": true, "url": true, "author": true}

// publishedLayouts are the accepted forms of the Published header.
var publishedLayouts = []string{
	time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "2 January 2006", "January 2, 2006",
}

// ParseTextFile splits a local text article into its header and body. A
// file whose first line is not a known "Key: value" line has no header and
// is all body. The body is normalised (see Item.Body).
func ParseTextFile(data []byte) (TextHeader, string, error) {
	var h TextHeader
	text := string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if !startsWithHeader(text) {
		return h, normalizeText(text), nil
	}
	rest := text
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			break
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return h, "", fmt.Errorf("ingest: text header: line %q is not \"Key: value\" (end the header with a blank line)", truncate(line, 60))
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = oneLine(val)
		switch key {
		case "title":
			h.Title = val
		case "source":
			h.Source = val
		case "url":
			h.URL = val
		case "author":
			h.Author = val
		case "published", "date":
			t, err := parsePublished(val)
			if err != nil {
				return h, "", fmt.Errorf("ingest: text header: %w", err)
			}
			h.Published = t
		default:
			// Unknown keys are tolerated so files can carry notes.
		}
	}
	return h, normalizeText(rest), nil
}

func startsWithHeader(text string) bool {
	first, _, _ := strings.Cut(text, "\n")
	key, _, ok := strings.Cut(first, ":")
	return ok && headerKeys[strings.ToLower(strings.TrimSpace(key))]
}

func parsePublished(s string) (time.Time, error) {
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published date %q not understood (use 2006-01-02 or RFC 3339)", truncate(s, 40))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// localFS resolves a local source to a file system, the names to read and
// the URL prefix that identifies them ("file:///srv/news/").
func localFS(src Source) (fsys fs.FS, names []string, base string, err error) {
	if src.URL == SampleURL {
		names, err = listDir(news.FS, ".")
		return news.FS, names, SampleURL + "/", err
	}
	p := src.URL
	if strings.HasPrefix(p, "file:") {
		u, err := url.Parse(p)
		if err != nil {
			return nil, nil, "", fmt.Errorf("invalid file URL: %w", err)
		}
		p = u.Path
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	info, err := os.Stat(p)
	if err != nil {
		return nil, nil, "", err
	}
	dir := p
	if !info.IsDir() {
		dir = filepath.Dir(p)
		names = []string{filepath.Base(p)}
	}
	fsys = os.DirFS(dir)
	if info.IsDir() {
		names, err = listDir(fsys, ".")
	}
	base = (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()
	return fsys, names, base, err
}

// listDir returns the readable article files of a folder, sorted.
func listDir(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || localKind(e.Name()) == "" {
			continue
		}
		names = append(names, path.Join(dir, e.Name()))
	}
	sort.Strings(names)
	return names, nil
}

// localKind classifies a file by extension: "text", "html", "feed" or "".
func localKind(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return "text"
	case ".html", ".htm":
		return "html"
	case ".xml", ".rss", ".atom", ".rdf", ".json":
		return "feed"
	}
	return ""
}

// fetchLocal reads a local source. The ETag is a fingerprint of the files'
// names, sizes and modification times, so an unchanged folder is reported
// as not modified.
func (f *Fetcher) fetchLocal(ctx context.Context, src Source, st FetchState) (FetchResult, error) {
	fail := func(err error) (FetchResult, error) {
		return FetchResult{}, &FetchError{URL: src.URL, Err: err}
	}
	fsys, names, base, err := localFS(src)
	if err != nil {
		return fail(err)
	}
	fp := sha256.New()
	for _, name := range names {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(fp, "%s\x00%d\x00%d\n", name, info.Size(), info.ModTime().UnixNano())
	}
	etag := `"` + hex.EncodeToString(fp.Sum(nil)[:12]) + `"`
	if st.ETag == etag {
		return FetchResult{NotModified: true, ETag: etag}, nil
	}
	var (
		items []Item
		errs  []error
	)
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if int64(len(data)) > f.opts.MaxBodyBytes {
			errs = append(errs, fmt.Errorf("%s: %w", name, &LimitError{Limit: f.opts.MaxBodyBytes}))
			continue
		}
		got, err := f.parseLocalFile(ctx, src, name, base+name, data)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		items = append(items, got...)
	}
	if len(errs) > 0 {
		for _, err := range errs {
			f.log.Warn("ingest: local file skipped", "source", src.Name, "err", err)
		}
		if len(items) == 0 {
			return fail(errors.Join(errs...))
		}
	}
	return FetchResult{Items: items, ETag: etag}, nil
}

func (f *Fetcher) parseLocalFile(ctx context.Context, src Source, name, fileURL string, data []byte) ([]Item, error) {
	switch localKind(name) {
	case "text":
		h, body, err := ParseTextFile(data)
		if err != nil {
			return nil, err
		}
		it := Item{Source: src.Name, Outlet: h.Source, URL: resolveLink(nil, h.URL), Title: h.Title, Author: h.Author, Published: h.Published, Body: body}
		if it.Title == "" {
			it.Title = strings.TrimSuffix(path.Base(name), path.Ext(name))
		}
		it.GUID = itemGUID("", it.URL, fileURL)
		return []Item{it}, nil
	case "html":
		it, err := f.extract(data, "", fileURL)
		if err != nil {
			return nil, err
		}
		it.Source = src.Name
		it.GUID = itemGUID("", it.URL, fileURL)
		return []Item{it}, nil
	default:
		src.FullText = FullTextNever // no network behind a local feed file
		return f.parseFeed(ctx, src, data, "", fileURL)
	}
}
