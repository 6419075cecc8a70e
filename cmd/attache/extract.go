package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/attache-bot/attache/digest"
)

// extractInput is one line of `attache extract` input.
type extractInput struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	Published string `json:"published"`
}

// extractError is the output line for an input that could not be processed.
type extractError struct {
	ID    string `json:"id,omitempty"`
	Line  int    `json:"line,omitempty"`
	File  string `json:"file,omitempty"`
	Error string `json:"error"`
}

// parsePublished accepts YYYY-MM-DD or RFC 3339.
func parsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("missing published date (YYYY-MM-DD or RFC 3339)")
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("published %q is neither YYYY-MM-DD nor RFC 3339", s)
}

func (m *Main) cmdExtract(ctx context.Context, args []string) int {
	fs := m.flagSet("extract", "extract [--published DATE] [FILE...]",
		"Extract the facts of articles as JSON lines.\n\n"+
			"Without files, reads JSON lines on standard input, one article each:\n"+
			"  {\"id\":\"a1\",\"title\":\"...\",\"body\":\"...\",\"published\":\"2025-02-17\"}\n"+
			"(published is YYYY-MM-DD or RFC 3339). With files, each is a plain-text article body dated\n"+
			"--published. Writes one JSON line per article with mentions, people, places, countries,\n"+
			"mediators, excluded, dates, reactions, agenda, quicklook and summary; offsets are byte offsets\n"+
			"into body. A malformed line gets an error line {\"line\",\"error\"} and processing continues;\n"+
			"the exit status is non-zero only if no article could be read.")
	published := fs.String("published", "", "publication `date` of plain-text FILE arguments (YYYY-MM-DD or RFC 3339)")
	if code, ok := m.parse(fs, args); !ok {
		return code
	}
	eng, err := digest.New()
	if err != nil {
		fmt.Fprintf(m.Stderr, "attache extract: %v\n", err)
		return exitFailure
	}
	out := bufio.NewWriter(m.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	read := 0

	if fs.NArg() > 0 {
		pub, err := parsePublished(*published)
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache extract: --published: %v\n", err)
			return exitUsage
		}
		for _, path := range fs.Args() {
			data, err := os.ReadFile(path)
			if err != nil {
				enc.Encode(extractError{File: path, Error: err.Error()})
				continue
			}
			read++
			id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			res := eng.Extract(digest.Article{ID: id, Body: string(data), Published: pub})
			if err := enc.Encode(res); err != nil {
				fmt.Fprintf(m.Stderr, "attache extract: write: %v\n", err)
				return exitFailure
			}
		}
		if read == 0 {
			return exitFailure
		}
		return exitOK
	}

	r := bufio.NewReader(m.Stdin)
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return exitFailure
		}
		raw, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(raw))) > 0 {
			var in extractInput
			if jerr := json.Unmarshal(raw, &in); jerr != nil {
				enc.Encode(extractError{Line: line, Error: "invalid JSON: " + jerr.Error()})
			} else if pub, perr := parsePublished(in.Published); perr != nil {
				enc.Encode(extractError{ID: in.ID, Line: line, Error: perr.Error()})
			} else {
				read++
				res := eng.Extract(digest.Article{ID: in.ID, Title: in.Title, Body: in.Body, Published: pub})
				if err := enc.Encode(res); err != nil {
					fmt.Fprintf(m.Stderr, "attache extract: write: %v\n", err)
					return exitFailure
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintf(m.Stderr, "attache extract: read: %v\n", err)
			break
		}
	}
	if read == 0 {
		fmt.Fprintf(m.Stderr, "attache extract: no article could be read\n")
		return exitFailure
	}
	return exitOK
}
