// Package ingest owns Attache's news sources: the source and item models,
// fetching RSS 2.0, Atom, RDF and JSON feeds, single article pages and local
// files, full-text extraction with readability, and an SSRF-safe HTTP client
// (conditional GET, size and time limits, gzip, charset detection, redirect
// and address checks, per-host concurrency) with per-source poll state and
// exponential backoff.
//
// The pipeline follows Miniflux's fetcher -> parser -> processor split:
// Fetcher.Fetch downloads a source (honouring ETag and Last-Modified),
// parses it into Items, and fetches the article page of items that only
// carry a teaser. De-duplication and clustering belong to digest/story;
// CanonicalURL is provided for it.
package ingest
