package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Item is one article emitted by ingest.
type Item struct {
	// Source is the Source.Name the item came from.
	Source string
	// GUID identifies the item within its source: the feed's id or guid,
	// else the canonical URL, else a hash of title and body.
	GUID string
	// Outlet is the publication that ran the item when the item names it (a
	// local file's Source header, a feed's title); empty otherwise.
	Outlet string
	// URL is the article's link (as published; see CanonicalURL).
	URL    string
	Title  string
	Author string
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Body is plain text, paragraphs separated by blank lines.
	Body string
	// Teaser is true when Body is only the feed's short summary (full text
	// was not fetched or could not be extracted).
	Teaser bool
}

// htmlToText renders an HTML fragment or document as plain text with
// paragraph breaks.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return normalizeText(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return normalizeText(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return normalizeText(render.InnerText(root))
}

// normalizeText cleans plain text: valid UTF-8, no control characters but
// newlines and tabs, no-break and other spaces as plain spaces, lines
// trimmed, at most one blank line between paragraphs, no leading or
// trailing blank lines.
func normalizeText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	wrote := false
	for line := range strings.SplitSeq(s, "\n") {
		line = cleanLine(line)
		if line == "" {
			blank++
			continue
		}
		if wrote {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		wrote = true
		blank = 0
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out) // composes only; adds no spaces or controls
	}
	return out
}

// cleanLine maps spaces to ' ', drops control and format characters,
// collapses runs of spaces and trims the line.
func cleanLine(line string) string {
	if cleanASCII(line) {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		switch {
		case r == '\t' || unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cleanASCII reports whether line is printable ASCII, trimmed, without
// runs of spaces: cleanLine would return it unchanged.
func cleanASCII(line string) bool {
	if line == "" {
		return true
	}
	if line[0] == ' ' || line[len(line)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// oneLine collapses text to a single trimmed line (titles, authors).
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// wordCount counts whitespace-separated words.
func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
