package ingest

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a click,
// not a document.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true,
	"ref": true, "ref_src": true, "_ga": true, "_gl": true,
}

// CanonicalURL returns a normal form of an article URL for de-duplication:
// scheme and host lower-cased, default ports, fragments, tracking parameters
// (utm_*, fbclid, gclid, ref, ...) and a trailing slash dropped, remaining
// query parameters sorted. Strings that are not absolute http(s) URLs are
// returned trimmed but otherwise unchanged. CanonicalURL is idempotent.
func CanonicalURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.Opaque != "" {
		return u
	}
	p.Scheme = strings.ToLower(p.Scheme)
	p.User = nil
	p.Fragment, p.RawFragment = "", ""

	host := strings.ToLower(p.Hostname())
	host = strings.TrimRight(host, ".")
	if host == "" {
		return u
	}
	port := p.Port()
	if (p.Scheme == "http" && port == "80") || (p.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	p.Host = host

	path := p.EscapedPath()
	for len(path) > 1 && strings.HasSuffix(path, "/") {
		path = path[:len(path)-1]
	}
	if path == "" {
		path = "/"
	}
	if err := setEscapedPath(p, path); err != nil {
		return u
	}

	if p.RawQuery != "" || p.ForceQuery {
		q, err := url.ParseQuery(p.RawQuery)
		if err != nil {
			// Leave an unparseable query as it is rather than lose it.
			return p.String()
		}
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				delete(q, k)
			}
		}
		p.RawQuery = encodeSorted(q)
		p.ForceQuery = false
	}
	return p.String()
}

func setEscapedPath(p *url.URL, escaped string) error {
	unescaped, err := url.PathUnescape(escaped)
	if err != nil {
		return err
	}
	p.Path = unescaped
	p.RawPath = ""
	if p.EscapedPath() != escaped {
		p.RawPath = escaped
	}
	return nil
}

// encodeSorted is url.Values.Encode, stable for repeated keys.
func encodeSorted(q url.Values) string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, v := range q[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	return b.String()
}
