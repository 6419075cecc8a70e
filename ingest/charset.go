package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// contentTypeCharset returns the charset parameter of a Content-Type header.
func contentTypeCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}

func isUTF8Label(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii":
		return true
	}
	return false
}

// decodeHTML converts an HTML page to UTF-8 following the HTML encoding
// sniffing algorithm: BOM, the Content-Type charset, <meta charset> or
// <meta http-equiv>, then UTF-8 if valid and windows-1252 otherwise.
func decodeHTML(body []byte, contentType string) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), nil
	}
	return decodeWith(enc, name, body)
}

var xmlDeclEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)

// decodeFeed converts a feed to UTF-8 and rewrites its XML declaration to
// match. The Content-Type charset wins over the XML declaration (RFC 7303);
// without either, UTF-8 is assumed when the bytes are valid UTF-8 and
// windows-1252 otherwise.
func decodeFeed(body []byte, contentType string) ([]byte, error) {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	label := contentTypeCharset(contentType)
	m := xmlDeclEncoding.FindSubmatchIndex(body)
	if label == "" && m != nil {
		label = string(body[m[4]:m[5]])
	}
	if label == "" || isUTF8Label(label) {
		if utf8.Valid(body) {
			return body, nil
		}
		// Declared or assumed UTF-8 but it is not: the usual culprit is
		// Latin-1, whose superset browsers use.
		label = "windows-1252"
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unknown character set %q", label)
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" {
		return body, nil
	}
	out, err := decodeWith(enc, name, body)
	if err != nil {
		return nil, err
	}
	if m := xmlDeclEncoding.FindSubmatchIndex(out); m != nil {
		out = append(append(append([]byte{}, out[:m[4]]...), "UTF-8"...), out[m[5]:]...)
	}
	return out, nil
}

func decodeWith(enc encoding.Encoding, name string, body []byte) ([]byte, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}
