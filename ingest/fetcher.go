package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// TeaserWords is the length below which the feed text of an item counts as a
// teaser under the "auto" full-text policy.
const TeaserWords = 120

// Options configures a Fetcher. Zero values take the defaults.
type Options struct {
	// UserAgent is sent with every request; UserAgent("") when empty.
	UserAgent string
	// Timeout bounds one request from dial to the last body byte
	// (DefaultTimeout).
	Timeout time.Duration
	// ConnectTimeout bounds connecting and the TLS handshake
	// (DefaultConnectTimeout).
	ConnectTimeout time.Duration
	// MaxBodyBytes limits a response body after decompression
	// (DefaultMaxBodyBytes, 5 MB).
	MaxBodyBytes int64
	// MaxRedirects is the number of redirects followed (DefaultMaxRedirects).
	MaxRedirects int
	// PerHost limits concurrent requests to one host (DefaultPerHost).
	PerHost int
	// Workers is the number of article pages fetched in parallel for one
	// source (default 4); PerHost still applies.
	Workers int
	// AllowPrivate lets requests reach loopback, private, link-local and
	// other internal addresses. For operators and tests only.
	AllowPrivate bool
	// AllowedPrefixes are internal ranges allowed even without AllowPrivate
	// (an operator's intranet feed server, say).
	AllowedPrefixes []netip.Prefix
	// Known, when set, reports items the caller already has; they are
	// dropped before their page is fetched, so a changed feed does not cost
	// a full-text fetch per old item.
	Known func(source, guid string) bool
	// Logger receives warnings about skipped items and pages
	// (slog.DiscardHandler when nil).
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = UserAgent("")
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// FetchState is what a conditional GET needs from the previous fetch.
type FetchState struct {
	ETag         string
	LastModified string
}

// FetchResult is the outcome of one successful fetch.
type FetchResult struct {
	// Items are the source's items in feed order (none when NotModified).
	Items []Item
	// NotModified is true when the server answered 304 (or a local folder
	// is unchanged).
	NotModified bool
	// ETag and LastModified are the validators to send next time.
	ETag         string
	LastModified string
}

// Fetcher fetches sources. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *client
	log    *slog.Logger
}

// NewFetcher returns a Fetcher with opts (defaults filled in).
func NewFetcher(opts Options) *Fetcher {
	opts = opts.withDefaults()
	return &Fetcher{opts: opts, client: newClient(opts), log: opts.Logger}
}

// Close releases idle connections.
func (f *Fetcher) Close() { f.client.close() }

const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	acceptPage = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"
)

// Fetch downloads and parses src. With state from the previous fetch it
// makes a conditional GET and reports NotModified on 304. Items whose feed
// text is only a teaser get their page's full text per src.FullText; a page
// that cannot be fetched leaves its item with the teaser (Teaser true)
// rather than failing the source. Errors are *FetchError.
func (f *Fetcher) Fetch(ctx context.Context, src Source, state FetchState) (FetchResult, error) {
	if err := src.Validate(); err != nil {
		return FetchResult{}, err
	}
	switch src.Kind {
	case KindLocal:
		return f.fetchLocal(ctx, src, state)
	case KindPage:
		return f.fetchPage(ctx, src, state)
	default:
		return f.fetchFeed(ctx, src, state)
	}
}

func (f *Fetcher) fetchFeed(ctx context.Context, src Source, state FetchState) (FetchResult, error) {
	resp, err := f.client.get(ctx, src.URL, state, acceptFeed)
	if err != nil {
		return FetchResult{}, err
	}
	res := FetchResult{NotModified: resp.NotModified, ETag: resp.ETag, LastModified: resp.LastModified}
	if resp.NotModified {
		return res, nil
	}
	items, err := f.parseFeed(ctx, src, resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return FetchResult{}, &FetchError{URL: src.URL, Err: err}
	}
	res.Items = items
	return res, nil
}

// parseFeed parses a feed document and applies the full-text policy.
func (f *Fetcher) parseFeed(ctx context.Context, src Source, body []byte, contentType, feedURL string) ([]Item, error) {
	data, err := decodeFeed(body, contentType)
	if err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("feed could not be parsed: %w", err)
	}
	base, _ := url.Parse(feedURL)
	items := make([]Item, 0, len(feed.Items))
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		it := Item{
			Source: src.Name,
			Outlet: oneLine(feed.Title),
			URL:    resolveLink(base, fi.Link),
			Title:  oneLine(htmlToText(fi.Title)),
		}
		if it.URL == "" && len(fi.Links) > 0 {
			it.URL = resolveLink(base, fi.Links[0])
		}
		switch {
		case len(fi.Authors) > 0 && fi.Authors[0] != nil && fi.Authors[0].Name != "":
			it.Author = oneLine(fi.Authors[0].Name)
		case fi.Author != nil:
			it.Author = oneLine(fi.Author.Name)
		}
		switch {
		case fi.PublishedParsed != nil:
			it.Published = fi.PublishedParsed.UTC()
		case fi.UpdatedParsed != nil:
			it.Published = fi.UpdatedParsed.UTC()
		}
		content := htmlToText(fi.Content)
		desc := htmlToText(fi.Description)
		it.Body = content
		if wordCount(desc) > wordCount(content) {
			it.Body = desc
		}
		it.Teaser = isTeaser(it.Body)
		it.GUID = itemGUID(strings.TrimSpace(fi.GUID), it.URL, "")
		if it.GUID == "" {
			it.GUID = hashGUID(it.Title, it.Published, it.Body)
		}
		if f.opts.Known != nil && f.opts.Known(src.Name, it.GUID) {
			continue
		}
		items = append(items, it)
	}
	f.fullText(ctx, src, items)
	return items, nil
}

// isTeaser reports whether feed text looks like a summary of a longer page.
func isTeaser(body string) bool {
	if wordCount(body) < TeaserWords {
		return true
	}
	tail := strings.ToLower(strings.TrimSpace(body))
	for _, s := range []string{"…", "...", "[…]", "[...]", "read more", "continue reading", "read the full story"} {
		if strings.HasSuffix(tail, s) {
			return true
		}
	}
	return false
}

// fullText fetches the pages of items per the source's policy, in place.
func (f *Fetcher) fullText(ctx context.Context, src Source, items []Item) {
	policy := src.policy()
	if policy == FullTextNever {
		return
	}
	var todo []int
	for i, it := range items {
		if it.URL == "" {
			continue
		}
		if policy == FullTextAlways || it.Teaser {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(f.opts.Workers, len(todo)) {
		wg.Go(func() {
			for i := range jobs {
				f.enrich(ctx, src, &items[i])
			}
		})
	}
	for _, i := range todo {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// enrich replaces an item's feed text with its page's full text.
func (f *Fetcher) enrich(ctx context.Context, src Source, it *Item) {
	resp, err := f.client.get(ctx, it.URL, FetchState{}, acceptPage)
	if err == nil {
		var page Item
		page, err = f.extract(resp.Body, resp.ContentType, resp.URL)
		if err == nil {
			// "always" trusts the page; "auto" keeps the feed text when the
			// page yields less (an extraction that missed the article).
			if src.policy() == FullTextAlways || wordCount(page.Body) >= wordCount(it.Body) {
				it.Body = page.Body
				it.Teaser = false
			}
			if it.Title == "" {
				it.Title = page.Title
			}
			if it.Author == "" {
				it.Author = page.Author
			}
			if it.Published.IsZero() {
				it.Published = page.Published
			}
			return
		}
		err = &FetchError{URL: it.URL, Err: err}
	}
	f.log.Warn("ingest: full text not fetched; keeping the feed text", "source", src.Name, "url", it.URL, "err", Describe(err))
}

func (f *Fetcher) fetchPage(ctx context.Context, src Source, state FetchState) (FetchResult, error) {
	resp, err := f.client.get(ctx, src.URL, state, acceptPage)
	if err != nil {
		return FetchResult{}, err
	}
	res := FetchResult{NotModified: resp.NotModified, ETag: resp.ETag, LastModified: resp.LastModified}
	if resp.NotModified {
		return res, nil
	}
	it, err := f.extract(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return FetchResult{}, &FetchError{URL: src.URL, Err: err}
	}
	it.Source = src.Name
	it.GUID = CanonicalURL(it.URL)
	if f.opts.Known == nil || !f.opts.Known(src.Name, it.GUID) {
		res.Items = []Item{it}
	}
	return res, nil
}

// extract runs readability over an HTML page and returns its article as an
// Item (without Source and GUID).
func (f *Fetcher) extract(body []byte, contentType, pageURL string) (Item, error) {
	it := Item{URL: pageURL}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && mt == "text/plain" {
		data, err := decodeHTML(body, contentType)
		if err != nil {
			return it, err
		}
		it.Body = normalizeText(string(data))
		if it.Body == "" {
			return it, errors.New("no article text found")
		}
		return it, nil
	} else if err == nil && !strings.Contains(mt, "html") && !strings.Contains(mt, "xml") {
		return it, fmt.Errorf("not an HTML page (content type %s)", mt)
	}
	data, err := decodeHTML(body, contentType)
	if err != nil {
		return it, err
	}
	u, _ := url.Parse(pageURL)
	// Parse the already decoded page ourselves: readability's Parse would
	// run a statistical charset detector over UTF-8 text again, which is
	// slow and can turn correct text into mojibake.
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return it, fmt.Errorf("invalid HTML: %w", err)
	}
	ps := readability.NewParser()
	art, err := ps.ParseAndMutate(doc, u)
	if err != nil {
		return it, fmt.Errorf("no article found: %w", err)
	}
	if art.Node == nil {
		return it, errors.New("no article text found")
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return it, fmt.Errorf("render article: %w", err)
	}
	it.Body = normalizeText(sb.String())
	if it.Body == "" {
		return it, errors.New("no article text found")
	}
	it.Title = oneLine(art.Title())
	it.Author = oneLine(art.Byline())
	if t, err := art.PublishedTime(); err == nil {
		it.Published = t.UTC()
	}
	return it, nil
}

// resolveLink makes a feed link absolute against the feed's URL. Links that
// are not http or https (javascript:, data:, file:) are dropped.
func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	ref, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		ref = base.ResolveReference(ref)
	}
	if (ref.Scheme != "http" && ref.Scheme != "https") || ref.Host == "" {
		return ""
	}
	return ref.String()
}

// itemGUID picks an item's identity: the feed's guid, else the canonical
// link, else fallback.
func itemGUID(guid, link, fallback string) string {
	if guid != "" {
		return guid
	}
	if link != "" {
		return CanonicalURL(link)
	}
	return fallback
}

func hashGUID(title string, published time.Time, body string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s", title, published.Unix(), body)
	return "sha256:" + hex.EncodeToString(h.Sum(nil)[:16])
}
