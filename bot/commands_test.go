package bot

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// discordName is Discord's CHAT_INPUT name rule (application-commands.mdx;
// \p{sc=Deva} is written \p{Devanagari} in Go).
var discordName = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

func checkName(t *testing.T, where, name string) {
	t.Helper()
	if !discordName.MatchString(name) {
		t.Errorf("%s: name %q breaks Discord's name rule", where, name)
	}
	if strings.ToLower(name) != name {
		t.Errorf("%s: name %q is not lowercase", where, name)
	}
}

func checkDescription(t *testing.T, where, d string) {
	t.Helper()
	if n := utf8.RuneCountInString(d); n < 1 || n > 100 {
		t.Errorf("%s: description %q has %d characters (1-100)", where, d, n)
	}
}

func checkOptions(t *testing.T, where string, opts []OptionDef) {
	t.Helper()
	if len(opts) > 25 {
		t.Errorf("%s: %d options (max 25)", where, len(opts))
	}
	seen := map[string]bool{}
	optional := false
	for _, o := range opts {
		w := where + " " + o.Name
		checkName(t, w, o.Name)
		checkDescription(t, w, o.Description)
		if seen[o.Name] {
			t.Errorf("%s: duplicate option", w)
		}
		seen[o.Name] = true
		if o.Type == OptSubcommand {
			checkOptions(t, w, o.Options)
			continue
		}
		if o.Required && optional {
			t.Errorf("%s: required option after an optional one", w)
		}
		optional = optional || !o.Required
		if len(o.Choices) > 25 {
			t.Errorf("%s: %d choices", w, len(o.Choices))
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			t.Errorf("%s: autocomplete together with choices", w)
		}
		for _, c := range o.Choices {
			if n := utf8.RuneCountInString(c.Name); n < 1 || n > 100 || len(c.Value) > 100 {
				t.Errorf("%s: bad choice %+v", w, c)
			}
		}
		if o.MaxLength < 0 || o.MaxLength > 6000 {
			t.Errorf("%s: max_length %d", w, o.MaxLength)
		}
		if len(o.Options) > 0 {
			t.Errorf("%s: a %d option cannot have options", w, o.Type)
		}
	}
}

func TestCommandsFollowDiscordRules(t *testing.T) {
	defs := Commands()
	if len(defs) > 100 {
		t.Fatalf("%d commands (max 100)", len(defs))
	}
	seen := map[string]bool{}
	for _, d := range defs {
		t.Run(d.Name, func(t *testing.T) {
			checkName(t, d.Name, d.Name)
			checkDescription(t, d.Name, d.Description)
			checkOptions(t, d.Name, d.Options)
			if seen[d.Name] {
				t.Errorf("duplicate command")
			}
			seen[d.Name] = true
			size := len(d.Name) + len(d.Description)
			var walk func([]OptionDef)
			walk = func(os []OptionDef) {
				for _, o := range os {
					size += len(o.Name) + len(o.Description)
					for _, c := range o.Choices {
						size += len(c.Name) + len(c.Value)
					}
					walk(o.Options)
				}
			}
			walk(d.Options)
			if size > 8000 {
				t.Errorf("%d characters (max 8000)", size)
			}
		})
	}
	for _, admin := range []string{"edition", "sources"} {
		for _, d := range defs {
			if d.Name == admin && d.DefaultMemberPermissions != PermManageServer {
				t.Errorf("/%s default_member_permissions = %d, want Manage Server", admin, d.DefaultMemberPermissions)
			}
		}
	}
}

func TestEveryCommandRouted(t *testing.T) {
	b, _ := newTestBot(t)
	for _, d := range Commands() {
		subs := []string{""}
		for _, o := range d.Options {
			if o.Type == OptSubcommand {
				if subs[0] == "" {
					subs = subs[:0]
				}
				subs = append(subs, o.Name)
			}
		}
		for _, s := range subs {
			req := cmd(d.Name, s)
			if b.router.route(req) == nil {
				t.Errorf("/%s %s has no handler", d.Name, s)
			}
		}
	}
}

func TestDefinitionsHash(t *testing.T) {
	a, b := DefinitionsHash(Commands()), DefinitionsHash(Commands())
	if a != b || len(a) != 64 {
		t.Fatalf("hash not stable: %s vs %s", a, b)
	}
	changed := Commands()
	changed[0].Description += "!"
	if DefinitionsHash(changed) == a {
		t.Error("hash did not change with a description")
	}
	changed = Commands()
	changed[len(changed)-1].Ephemeral = !changed[len(changed)-1].Ephemeral
	if DefinitionsHash(changed) != a {
		t.Error("hash changed with a field Discord does not see")
	}
}

func TestDescriptionsAreSentences(t *testing.T) {
	for _, d := range Commands() {
		if r, _ := utf8.DecodeRuneInString(d.Description); !unicode.IsUpper(r) {
			t.Errorf("/%s description should start with a capital: %q", d.Name, d.Description)
		}
	}
}
