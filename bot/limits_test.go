package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTrim(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"fits", "hello world", 11, "hello world"},
		{"word boundary", "the quick brown fox jumps", 16, "the quick brown…"},
		{"no space hard cut", "abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"},
		{"max zero", "abc", 0, ""},
		{"max one", "abc", 1, "…"},
		{"line boundary preferred", "first line here\nsecond line that is long", 30, "first line here\nsecond line…"},
		{"no dangling escape", `aaaa bbbb \*cccc`, 12, "aaaa bbbb…"},
		{"astral counts two", "😀😀😀😀😀", 5, "😀😀…"},
		{"invalid utf8 repaired", "ab\xffcd", 10, "ab\uFFFDcd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Trim(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Trim(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if TextLen(got) > max(tt.max, 0) {
				t.Errorf("length %d over %d", TextLen(got), tt.max)
			}
		})
	}
}

func TestEscapeHostile(t *testing.T) {
	tests := []struct {
		name, in string
		bad      []string // substrings that must not survive
		want     string   // exact output when set
	}{
		{name: "everyone", in: "hi @everyone and @here", bad: []string{"@everyone", "@here"}},
		{name: "user mention", in: "ping <@123> <@!456>", bad: []string{"<@123>", "<@!456>", "<@"}},
		{name: "role and channel", in: "<@&789> in <#42>", bad: []string{"<@&", "<#42>"}},
		{name: "masked link", in: "[click me](https://evil.example)", bad: []string{"[click me](https"}, want: `\[click me\]\(https://evil.example\)`},
		{name: "bold and code", in: "**bold** `code` ~~s~~ ||spoiler||", want: `\*\*bold\*\* \` + "`" + `code\` + "`" + ` \~\~s\~\~ \|\|spoiler\|\|`},
		{name: "heading and quote", in: "# Big\n> quoted", want: "\\# Big\n\\> quoted"},
		{name: "control chars", in: "a\x00b\x07c", want: "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Escape(tt.in)
			for _, b := range tt.bad {
				if strings.Contains(got, b) {
					t.Errorf("Escape(%q) = %q still contains %q", tt.in, got, b)
				}
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a", "https://example.org/a"},
		{"http://example.org/a_(b)", "http://example.org/a_%28b%29"},
		{"javascript:alert(1)", ""},
		{"ftp://example.org", ""},
		{"https://user:pw@example.org", ""},
		{"/relative", ""},
		{"https://" + strings.Repeat("a", 3000) + ".org", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 30)], func(t *testing.T) {
			if got := SafeURL(tt.in); got != tt.want {
				t.Errorf("SafeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkLimits fails when r breaks a Discord limit or holds invalid UTF-8.
func checkLimits(t *testing.T, r Response) {
	t.Helper()
	valid := func(what, s string, limit int) {
		if TextLen(s) > limit {
			t.Errorf("%s length %d > %d", what, TextLen(s), limit)
		}
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", what, s)
		}
	}
	valid("content", r.Content, MaxContent)
	valid("notice", r.Notice, MaxContent)
	if len(r.Embeds) > MaxEmbeds {
		t.Errorf("%d embeds", len(r.Embeds))
	}
	total := 0
	for _, e := range r.Embeds {
		valid("title", e.Title, MaxTitle)
		valid("description", e.Description, MaxDescription)
		valid("footer", e.Footer, MaxFooter)
		valid("url", e.URL, MaxURL)
		if len(e.Fields) > MaxFields {
			t.Errorf("%d fields", len(e.Fields))
		}
		for _, f := range e.Fields {
			valid("field name", f.Name, MaxFieldName)
			valid("field value", f.Value, MaxFieldValue)
			if f.Name == "" || f.Value == "" {
				t.Errorf("empty field %+v", f)
			}
		}
		total += embedLen(e)
	}
	if total > MaxEmbedTotal {
		t.Errorf("embed total %d > %d", total, MaxEmbedTotal)
	}
	if len(r.Buttons) > MaxButtons {
		t.Errorf("%d buttons", len(r.Buttons))
	}
	for _, b := range r.Buttons {
		valid("label", b.Label, MaxButtonLabel)
		if len(b.CustomID) > MaxCustomID {
			t.Errorf("custom_id %d long", len(b.CustomID))
		}
	}
	if len(r.Choices) > MaxChoices {
		t.Errorf("%d choices", len(r.Choices))
	}
	for _, c := range r.Choices {
		valid("choice name", c.Name, MaxChoiceName)
		valid("choice value", c.Value, MaxChoiceValue)
	}
}

func TestFitLimits(t *testing.T) {
	long := strings.Repeat("word ", 3000)
	many := func(n int, f Field) []Field {
		out := make([]Field, n)
		for i := range out {
			out[i] = f
		}
		return out
	}
	tests := []struct {
		name string
		in   Response
		want func(t *testing.T, r Response)
	}{
		{"huge everything", Response{
			Content: long, Notice: long,
			Embeds: []Embed{
				{Title: long, Description: long, Footer: long, Fields: many(40, Field{Name: long, Value: long})},
				{Title: long, Description: long}, {Description: long}, {Description: long}, {Description: long},
				{Description: long}, {Description: long}, {Description: long}, {Description: long}, {Description: long},
				{Description: long}, {Description: long},
			},
			Buttons: []Button{{Label: long, CustomID: "x", Style: StylePrimary}},
			Choices: make([]Choice, 40),
		}, func(t *testing.T, r Response) {
			if len(r.Embeds) == 0 || !strings.HasSuffix(r.Content, "…") {
				t.Errorf("expected trimmed content and kept embeds, got %d embeds", len(r.Embeds))
			}
		}},
		{"many short fields over total", Response{Embeds: []Embed{{Title: "t", Fields: many(25, Field{Name: strings.Repeat("n", 256), Value: "v"})}}},
			func(t *testing.T, r Response) {
				if n := len(r.Embeds[0].Fields); n == 0 || n == 25 {
					t.Errorf("expected some fields dropped, kept %d", n)
				}
			}},
		{"bad buttons dropped", Response{Content: "x", Buttons: []Button{
			{Label: "ok", CustomID: "story:dates:1"},
			{Label: "long id", CustomID: strings.Repeat("i", 101)},
			{Label: "", CustomID: "empty label"},
			{Label: "link", Style: StyleLink, URL: "javascript:alert(1)"},
			{Label: "good link", Style: StyleLink, URL: "https://example.org"},
		}}, func(t *testing.T, r Response) {
			if len(r.Buttons) != 2 || r.Buttons[0].CustomID != "story:dates:1" || r.Buttons[1].URL != "https://example.org" {
				t.Errorf("buttons = %+v", r.Buttons)
			}
		}},
		{"empty embed dropped, empty field filled", Response{Embeds: []Embed{{}, {Title: "a", Fields: []Field{{Name: "", Value: " "}}}}},
			func(t *testing.T, r Response) {
				if len(r.Embeds) != 1 || r.Embeds[0].Fields[0].Name != zeroWidthSpace {
					t.Errorf("embeds = %+v", r.Embeds)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fit(tt.in)
			checkLimits(t, got)
			tt.want(t, got)
		})
	}
}

func FuzzTrim(f *testing.F) {
	for _, s := range []string{"", "hello world", "😀😀 😀", "a\xffb c", strings.Repeat("ab ", 50), "\\*\\*"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 5000
		got := Trim(s, n)
		if TextLen(got) > max(n, 0) {
			t.Fatalf("Trim(%q, %d) = %q: length %d", s, n, got, TextLen(got))
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Trim(%q, %d) = %q: invalid UTF-8", s, n, got)
		}
		if utf8.ValidString(s) && TextLen(s) <= n && got != s {
			t.Fatalf("Trim changed a fitting string %q -> %q", s, got)
		}
	})
}

func FuzzFit(f *testing.F) {
	f.Add("title", "desc @everyone <@1>", "field", "value", "footer", "label", "id", 3, 3)
	f.Add(strings.Repeat("é", 300), strings.Repeat("x ", 3000), strings.Repeat("n", 300), strings.Repeat("v", 2000), strings.Repeat("f ", 1500), strings.Repeat("l", 90), strings.Repeat("c", 120), 12, 30)
	f.Fuzz(func(t *testing.T, title, desc, fname, fvalue, footer, label, customID string, nEmbeds, nFields int) {
		nEmbeds, nFields = abs(nEmbeds)%13, abs(nFields)%30
		var r Response
		r.Content = desc + desc
		for i := 0; i < nEmbeds; i++ {
			e := Embed{Title: title, Description: Escape(desc), Footer: footer, URL: desc}
			for j := 0; j < nFields; j++ {
				e.Fields = append(e.Fields, Field{Name: fname, Value: fvalue})
			}
			r.Embeds = append(r.Embeds, e)
		}
		for i := 0; i < nFields; i++ {
			r.Buttons = append(r.Buttons, Button{Label: label, CustomID: customID})
			r.Choices = append(r.Choices, Choice{Name: label, Value: customID})
		}
		checkLimits(t, Fit(r))
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Erdoğan's  Zürich": "erdogan s zurich",
		"ANKÁRA":            "ankara",
		"Łódź, Øresund":     "lodz oresund",
		"US-Russia talks!":  "us russia talks",
		"  ":                "",
		"Brasília":          "brasilia",
	}
	for in, want := range tests {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
	// The ASCII fast path agrees with the Unicode path (forced by a final é).
	for _, s := range []string{"Hello, World 42x", "a-b_c", "A.B.C d"} {
		if got, want := fold(s+"é"), foldASCII(s)+"e"; got != want {
			t.Errorf("unicode path %q, ascii path %q", got, want)
		}
	}
}

func TestMatchRank(t *testing.T) {
	tests := []struct {
		text, q string
		want    int
	}{
		{"riyadh", "riy", 0}, {"saudi arabia", "ara", 1}, {"the parade arabia", "ara", 1},
		{"samara", "ara", 2}, {"riyadh", "x", -1}, {"anything", "", 0},
	}
	for _, tt := range tests {
		if got := matchRank(tt.text, tt.q); got != tt.want {
			t.Errorf("matchRank(%q, %q) = %d, want %d", tt.text, tt.q, got, tt.want)
		}
	}
}
