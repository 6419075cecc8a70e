package bot

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discord's message limits, in characters (counted here in UTF-16 code
// units, which is never fewer than Discord's count).
const (
	MaxContent       = 2000
	MaxEmbeds        = 10
	MaxEmbedTotal    = 6000
	MaxTitle         = 256
	MaxDescription   = 4096
	MaxFields        = 25
	MaxFieldName     = 256
	MaxFieldValue    = 1024
	MaxFooter        = 2048
	MaxButtons       = 25 // 5 action rows of 5 buttons
	MaxButtonLabel   = 80
	MaxCustomID      = 100
	MaxChoices       = 25
	MaxChoiceName    = 100
	MaxChoiceValue   = 100
	MaxURL           = 2048
	ellipsis         = "…"
	zeroWidthSpace   = "\u200b"
	minTrimmedLength = 16
)

// TextLen is the length of s as Discord limits count it (UTF-16 code units;
// invalid bytes count one each).
func TextLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// Trim shortens s to at most max characters (TextLen), cutting at a line
// or word boundary when one is near and ending with an ellipsis. The result
// is valid UTF-8. It never fails: max <= 0 gives "".
func Trim(s string, max int) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if TextLen(s) <= max {
		return s
	}
	if max <= 0 {
		return ""
	}
	budget := max - 1 // room for the ellipsis (one unit)
	cut, n := 0, 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > budget {
			break
		}
		n += w
		cut = i + utf8.RuneLen(r)
	}
	head := s[:cut]
	floor := len(head) * 6 / 10
	if next, _ := utf8.DecodeRuneInString(s[cut:]); unicode.IsSpace(next) {
		// The cut falls on a word boundary already.
	} else if i := strings.LastIndexByte(head, '\n'); i > 0 && i >= floor {
		head = head[:i]
	} else if i := strings.LastIndexFunc(head, unicode.IsSpace); i > 0 && i >= floor {
		head = head[:i]
	}
	head = strings.TrimRightFunc(head, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\\' || r == '\u200b' || strings.ContainsRune(",;:-–—([{<", r)
	})
	return head + ellipsis
}

// OneLine collapses all white space (newlines included) to single spaces
// and drops control characters, for titles, labels and names.
func OneLine(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownSpecial are the characters Escape puts a backslash before.
const markdownSpecial = "\\*_~`|>[]()#"

// Escape makes hostile text safe to show inside a message: it escapes
// Discord markdown (so "**", "[text](url)", "> quote", "# heading" show as
// typed), and neutralises mentions visually with a zero-width space after
// every "@" and after "<" when a mention, channel, emoji, command or
// timestamp tag could follow ("@everyone", "<@123>", "<#1>", "<@&1>").
// Control characters other than newline and tab are dropped.
func Escape(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case unicode.IsControl(r):
		case strings.ContainsRune(markdownSpecial, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '@':
			b.WriteString("@" + zeroWidthSpace)
		case r == '<':
			b.WriteByte('<')
			if i+1 < len(s) && strings.IndexByte("@#:/at", s[i+1]) >= 0 {
				b.WriteString(zeroWidthSpace)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Neutralize only defuses mentions (as Escape does), for plain-text places
// that render no markdown: embed footers, button labels.
func Neutralize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i, r := range s {
		b.WriteRune(r)
		if r == '@' || r == '<' && i+1 < len(s) && strings.IndexByte("@#:/at", s[i+1]) >= 0 {
			b.WriteString(zeroWidthSpace)
		}
	}
	return b.String()
}

// EscapeLine is Escape applied to OneLine(s).
func EscapeLine(s string) string { return Escape(OneLine(s)) }

// SafeURL returns u when it is an absolute http or https URL of acceptable
// length, with characters that would break a markdown link percent-encoded;
// otherwise "".
func SafeURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || len(u) > MaxURL {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.User != nil {
		return ""
	}
	out := strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E", "\n", "", "\r", "", "\t", "").Replace(p.String())
	if len(out) > MaxURL || !utf8.ValidString(out) {
		return ""
	}
	return out
}

// Fit returns r trimmed to every Discord limit: content, embed count and
// per-embed limits, the 6,000-character total over all embeds, fields,
// buttons (label, custom_id, count) and autocomplete choices. Text is cut
// at word boundaries with an ellipsis; items beyond a count limit are
// dropped; buttons whose custom_id is too long (they could not be routed)
// and links with an unsafe URL are dropped. Empty field names and values
// become a zero-width space, which Discord accepts.
func Fit(r Response) Response {
	r.Content = Trim(r.Content, MaxContent)
	r.Notice = Trim(r.Notice, MaxContent)
	if len(r.Embeds) > MaxEmbeds {
		r.Embeds = r.Embeds[:MaxEmbeds]
	}
	embeds := make([]Embed, 0, len(r.Embeds))
	for _, e := range r.Embeds {
		e.Title = Trim(OneLine(e.Title), MaxTitle)
		e.URL = SafeURL(e.URL)
		e.Description = Trim(e.Description, MaxDescription)
		e.Footer = Trim(e.Footer, MaxFooter)
		if len(e.Fields) > MaxFields {
			e.Fields = e.Fields[:MaxFields]
		}
		fields := make([]Field, len(e.Fields))
		for i, f := range e.Fields {
			f.Name = Trim(OneLine(f.Name), MaxFieldName)
			if f.Name == "" {
				f.Name = zeroWidthSpace
			}
			f.Value = Trim(f.Value, MaxFieldValue)
			if strings.TrimSpace(f.Value) == "" {
				f.Value = zeroWidthSpace
			}
			fields[i] = f
		}
		e.Fields = fields
		if e.Title == "" && strings.TrimSpace(e.Description) == "" && len(e.Fields) == 0 && e.Footer == "" {
			continue
		}
		embeds = append(embeds, e)
	}
	r.Embeds = fitTotal(embeds)
	if len(r.Embeds) == 0 {
		r.Embeds = nil
	}

	var buttons []Button
	for _, b := range r.Buttons {
		b.Label = Trim(OneLine(b.Label), MaxButtonLabel)
		if b.Label == "" {
			continue
		}
		if b.Style == StyleLink {
			if b.URL = SafeURL(b.URL); b.URL == "" {
				continue
			}
			b.CustomID = ""
		} else {
			b.URL = ""
			if b.CustomID == "" || len(b.CustomID) > MaxCustomID || !utf8.ValidString(b.CustomID) {
				continue
			}
			if b.Style < StylePrimary || b.Style > StyleDanger {
				b.Style = StyleSecondary
			}
		}
		if len(buttons) == MaxButtons {
			break
		}
		buttons = append(buttons, b)
	}
	r.Buttons = buttons

	var choices []Choice
	for _, c := range r.Choices {
		c.Name = Trim(OneLine(c.Name), MaxChoiceName)
		if c.Name == "" || c.Value == "" || TextLen(c.Value) > MaxChoiceValue || !utf8.ValidString(c.Value) {
			continue
		}
		if len(choices) == MaxChoices {
			break
		}
		choices = append(choices, c)
	}
	r.Choices = choices
	return r
}

// embedLen is the length of an embed as Discord's 6,000 total counts it.
func embedLen(e Embed) int {
	n := TextLen(e.Title) + TextLen(e.Description) + TextLen(e.Footer)
	for _, f := range e.Fields {
		n += TextLen(f.Name) + TextLen(f.Value)
	}
	return n
}

// fitTotal trims the longest texts (descriptions and field values first)
// until all embeds together are within MaxEmbedTotal; when only short texts
// remain it drops fields and then whole embeds from the end.
func fitTotal(embeds []Embed) []Embed {
	for {
		total := 0
		for _, e := range embeds {
			total += embedLen(e)
		}
		excess := total - MaxEmbedTotal
		if excess <= 0 {
			return embeds
		}
		// Find the longest trimmable text.
		bestLen, bestE, bestF := 0, -1, -2 // bestF: -1 description, >= 0 field value
		for i, e := range embeds {
			if l := TextLen(e.Description); l > bestLen {
				bestLen, bestE, bestF = l, i, -1
			}
			for j, f := range e.Fields {
				if l := TextLen(f.Value); l > bestLen {
					bestLen, bestE, bestF = l, i, j
				}
			}
		}
		if bestLen > minTrimmedLength {
			target := max(bestLen-excess, bestLen/2, minTrimmedLength)
			if bestF == -1 {
				embeds[bestE].Description = Trim(embeds[bestE].Description, target)
			} else {
				embeds[bestE].Fields[bestF].Value = Trim(embeds[bestE].Fields[bestF].Value, target)
			}
			continue
		}
		last := &embeds[len(embeds)-1]
		switch {
		case len(last.Fields) > 0:
			last.Fields = last.Fields[:len(last.Fields)-1]
		case len(embeds) > 1:
			embeds = embeds[:len(embeds)-1]
		default:
			// One embed of short texts over 6,000 cannot happen with the
			// per-part limits unless the title and footer are huge.
			last.Footer = Trim(last.Footer, max(TextLen(last.Footer)-excess, 0))
			last.Title = Trim(last.Title, max(TextLen(last.Title)-excess, 0))
			if embedLen(*last) > MaxEmbedTotal { // unreachable, but never loop forever
				return nil
			}
		}
	}
}
