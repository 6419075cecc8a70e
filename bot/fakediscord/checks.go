package fakediscord

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Discord's documented limits that the OpenAPI document does not (fully) encode.
const (
	MaxContent          = 2000
	MaxEmbeds           = 10
	MaxEmbedTitle       = 256
	MaxEmbedDescription = 4096
	MaxEmbedFields      = 25
	MaxFieldName        = 256
	MaxFieldValue       = 1024
	MaxFooterText       = 2048
	MaxAuthorName       = 256
	MaxEmbedTotal       = 6000
	MaxActionRows       = 5
	MaxRowButtons       = 5
	MaxCustomID         = 100
	MaxButtonLabel      = 80
	MaxChoices          = 25
	MaxOptions          = 25
)

// commandNameRE is Discord's CHAT_INPUT name pattern (\p{sc=Deva} and \p{sc=Thai} in Go syntax).
var commandNameRE = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

func runes(s string) int { return utf8.RuneCountInString(s) }

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func num(m map[string]any, k string) (int64, bool) {
	switch v := m[k].(type) {
	case float64:
		return int64(v), true
	case string: // permissions and some ints arrive as strings
		var n int64
		if _, err := fmt.Sscan(v, &n); err == nil {
			return n, true
		}
	}
	return 0, false
}

func list(m map[string]any, k string) []any {
	l, _ := m[k].([]any)
	return l
}

// checkMessage applies the content, embed, component and allowed_mentions rules to a message-like
// body (create message, webhook execute/edit, interaction response data). It returns the kind of
// the first failing rule family and all problems found.
func checkMessage(m map[string]any, where string) (string, []string) {
	if m == nil {
		return "", nil
	}
	var kind string
	var probs []string
	add := func(k, format string, args ...any) {
		if kind == "" {
			kind = k
		}
		probs = append(probs, where+": "+fmt.Sprintf(format, args...))
	}
	content := str(m, "content")
	if n := runes(content); n > MaxContent {
		add("message", "content is %d characters (max %d)", n, MaxContent)
	}
	embeds := list(m, "embeds")
	if len(embeds) > MaxEmbeds {
		add("message", "%d embeds (max %d)", len(embeds), MaxEmbeds)
	}
	total := 0
	for i, e := range embeds {
		em, _ := e.(map[string]any)
		if em == nil {
			continue
		}
		p := fmt.Sprintf("embeds[%d]", i)
		lim := func(field string, val string, max int) {
			n := runes(val)
			total += n
			if n > max {
				add("message", "%s.%s is %d characters (max %d)", p, field, n, max)
			}
		}
		lim("title", str(em, "title"), MaxEmbedTitle)
		lim("description", str(em, "description"), MaxEmbedDescription)
		if ft, ok := em["footer"].(map[string]any); ok {
			lim("footer.text", str(ft, "text"), MaxFooterText)
		}
		if au, ok := em["author"].(map[string]any); ok {
			lim("author.name", str(au, "name"), MaxAuthorName)
		}
		fields := list(em, "fields")
		if len(fields) > MaxEmbedFields {
			add("message", "%s has %d fields (max %d)", p, len(fields), MaxEmbedFields)
		}
		for j, fl := range fields {
			fm, _ := fl.(map[string]any)
			if fm == nil {
				continue
			}
			lim(fmt.Sprintf("fields[%d].name", j), str(fm, "name"), MaxFieldName)
			lim(fmt.Sprintf("fields[%d].value", j), str(fm, "value"), MaxFieldValue)
			if strings.TrimSpace(str(fm, "name")) == "" || strings.TrimSpace(str(fm, "value")) == "" {
				add("message", "%s.fields[%d] has an empty name or value", p, j)
			}
		}
	}
	if total > MaxEmbedTotal {
		add("message", "embeds total %d characters (max %d)", total, MaxEmbedTotal)
	}
	flags, _ := num(m, "flags")
	for _, pr := range checkComponents(list(m, "components"), flags&(1<<15) != 0) {
		add("components", "%s", pr)
	}
	if content != "" || len(embeds) > 0 {
		am, present := m["allowed_mentions"]
		switch {
		case !present || am == nil:
			add("mentions", "allowed_mentions missing: send {\"parse\":[]} so text never pings anyone")
		default:
			amm, _ := am.(map[string]any)
			parse, ok := amm["parse"]
			if !ok || parse == nil {
				add("mentions", "allowed_mentions.parse is null or absent; it must be an empty list []")
			} else if l, _ := parse.([]any); len(l) != 0 {
				add("mentions", "allowed_mentions.parse is %v; it must be an empty list []", l)
			}
		}
	}
	return kind, probs
}

// checkComponents applies the legacy action-row limits (or, for Components V2, the per-component
// ones).
func checkComponents(rows []any, v2 bool) []string {
	var probs []string
	if !v2 && len(rows) > MaxActionRows {
		probs = append(probs, fmt.Sprintf("%d action rows (max %d)", len(rows), MaxActionRows))
	}
	var walk func(c map[string]any, path string)
	walk = func(c map[string]any, path string) {
		typ, _ := num(c, "type")
		if id, ok := c["custom_id"]; ok && id != nil {
			s, _ := id.(string)
			if n := runes(s); n < 1 || n > MaxCustomID {
				probs = append(probs, fmt.Sprintf("%s.custom_id is %d characters (1-%d)", path, n, MaxCustomID))
			}
		}
		if typ == 2 {
			if n := runes(str(c, "label")); n > MaxButtonLabel {
				probs = append(probs, fmt.Sprintf("%s.label is %d characters (max %d)", path, n, MaxButtonLabel))
			}
			style, _ := num(c, "style")
			if style == 5 && str(c, "url") == "" {
				probs = append(probs, path+": link button without url")
			}
			if style != 5 && style != 6 && str(c, "custom_id") == "" {
				probs = append(probs, path+": button without custom_id")
			}
		}
		kids := list(c, "components")
		if typ == 1 && !v2 {
			if len(kids) > MaxRowButtons {
				probs = append(probs, fmt.Sprintf("%s has %d components (max %d)", path, len(kids), MaxRowButtons))
			}
			selects := 0
			for _, k := range kids {
				km, _ := k.(map[string]any)
				if kt, _ := num(km, "type"); kt != 2 && kt != 4 {
					selects++
				}
			}
			if selects > 0 && len(kids) > 1 {
				probs = append(probs, path+": a select menu must be alone in its action row")
			}
		}
		for i, k := range kids {
			if km, ok := k.(map[string]any); ok {
				walk(km, fmt.Sprintf("%s.components[%d]", path, i))
			}
		}
	}
	for i, r := range rows {
		rm, _ := r.(map[string]any)
		if rm == nil {
			continue
		}
		if typ, _ := num(rm, "type"); typ != 1 && !v2 {
			probs = append(probs, fmt.Sprintf("components[%d] is type %d; top level must be action rows (1)", i, typ))
		}
		walk(rm, fmt.Sprintf("components[%d]", i))
	}
	return probs
}

// hasMessagePayload reports whether a message body has anything to show.
func hasMessagePayload(m map[string]any, files int) bool {
	if files > 0 || str(m, "content") != "" || len(list(m, "embeds")) > 0 || len(list(m, "components")) > 0 ||
		len(list(m, "sticker_ids")) > 0 || m["poll"] != nil {
		return true
	}
	return false
}

// checkCommands validates a bulk-overwrite array of application commands.
func checkCommands(cmds []any) []string {
	var probs []string
	counts := map[int64]int{}
	seen := map[string]bool{}
	for i, c := range cmds {
		cm, _ := c.(map[string]any)
		if cm == nil {
			probs = append(probs, fmt.Sprintf("commands[%d] is not an object", i))
			continue
		}
		typ, ok := num(cm, "type")
		if !ok {
			typ = 1
		}
		counts[typ]++
		name := str(cm, "name")
		p := fmt.Sprintf("commands[%d] %q", i, name)
		key := fmt.Sprint(typ, "/", name)
		if seen[key] {
			probs = append(probs, p+": duplicate name")
		}
		seen[key] = true
		if typ == 1 {
			probs = append(probs, checkName(p, name)...)
			probs = append(probs, checkDescription(p, str(cm, "description"))...)
			probs = append(probs, checkOptions(p, list(cm, "options"), 0)...)
			if n := commandChars(cm); n > 8000 {
				probs = append(probs, fmt.Sprintf("%s: %d characters in names, descriptions and values (max 8000)", p, n))
			}
		} else {
			if n := runes(name); n < 1 || n > 32 {
				probs = append(probs, fmt.Sprintf("%s: name is %d characters (1-32)", p, n))
			}
			if str(cm, "description") != "" {
				probs = append(probs, p+": user/message commands must have an empty description")
			}
		}
	}
	if counts[1] > 100 {
		probs = append(probs, fmt.Sprintf("%d chat-input commands (max 100)", counts[1]))
	}
	if counts[2] > 15 || counts[3] > 15 {
		probs = append(probs, "more than 15 user or message commands")
	}
	return probs
}

func checkName(p, name string) []string {
	var probs []string
	if !commandNameRE.MatchString(name) {
		probs = append(probs, fmt.Sprintf("%s: name does not match %s", p, commandNameRE))
	}
	if strings.ToLower(name) != name {
		probs = append(probs, p+": name must be lowercase")
	}
	return probs
}

func checkDescription(p, d string) []string {
	if n := runes(d); n < 1 || n > 100 {
		return []string{fmt.Sprintf("%s: description is %d characters (1-100)", p, n)}
	}
	return nil
}

// checkOptions validates an option list; depth 0 is the command, 1 a subcommand or group, 2 a
// subcommand in a group.
func checkOptions(p string, opts []any, depth int) []string {
	var probs []string
	if len(opts) > MaxOptions {
		probs = append(probs, fmt.Sprintf("%s: %d options (max %d)", p, len(opts), MaxOptions))
	}
	names := map[string]bool{}
	sawOptional, subs, others := false, 0, 0
	for i, o := range opts {
		om, _ := o.(map[string]any)
		if om == nil {
			continue
		}
		typ, _ := num(om, "type")
		name := str(om, "name")
		op := fmt.Sprintf("%s.options[%d] %q", p, i, name)
		probs = append(probs, checkName(op, name)...)
		probs = append(probs, checkDescription(op, str(om, "description"))...)
		if names[name] {
			probs = append(probs, op+": duplicate option name")
		}
		names[name] = true
		switch typ {
		case 1, 2:
			subs++
			if typ == 2 && depth > 0 || typ == 1 && depth > 1 {
				probs = append(probs, op+": subcommands nest at most group > subcommand")
			}
			if typ == 2 {
				for _, so := range list(om, "options") {
					som, _ := so.(map[string]any)
					if t, _ := num(som, "type"); t != 1 {
						probs = append(probs, op+": a subcommand group may only contain subcommands")
					}
				}
			}
			probs = append(probs, checkOptions(op, list(om, "options"), depth+1)...)
			continue
		}
		others++
		req, _ := om["required"].(bool)
		if req && sawOptional {
			probs = append(probs, op+": required option after an optional one")
		}
		if !req {
			sawOptional = true
		}
		choices := list(om, "choices")
		if len(choices) > MaxChoices {
			probs = append(probs, fmt.Sprintf("%s: %d choices (max %d)", op, len(choices), MaxChoices))
		}
		if ac, _ := om["autocomplete"].(bool); ac && len(choices) > 0 {
			probs = append(probs, op+": autocomplete cannot be combined with choices")
		}
		probs = append(probs, checkChoices(op, choices)...)
		for _, k := range []string{"min_length", "max_length"} {
			if v, ok := num(om, k); ok && (v < 0 || v > 6000) {
				probs = append(probs, fmt.Sprintf("%s: %s %d outside 0-6000", op, k, v))
			}
		}
	}
	if subs > 0 && others > 0 {
		probs = append(probs, p+": subcommands cannot be mixed with other options")
	}
	return probs
}

func checkChoices(p string, choices []any) []string {
	var probs []string
	for j, ch := range choices {
		cm, _ := ch.(map[string]any)
		if cm == nil {
			continue
		}
		if n := runes(str(cm, "name")); n < 1 || n > 100 {
			probs = append(probs, fmt.Sprintf("%s.choices[%d]: name is %d characters (1-100)", p, j, n))
		}
		if s, ok := cm["value"].(string); ok && runes(s) > 100 {
			probs = append(probs, fmt.Sprintf("%s.choices[%d]: value is %d characters (max 100)", p, j, runes(s)))
		}
	}
	return probs
}

func commandChars(cm map[string]any) int {
	n := runes(str(cm, "name")) + runes(str(cm, "description"))
	for _, o := range list(cm, "options") {
		if om, ok := o.(map[string]any); ok {
			n += commandChars(om)
			for _, ch := range list(om, "choices") {
				if chm, ok := ch.(map[string]any); ok {
					n += runes(str(chm, "name"))
					if s, ok := chm["value"].(string); ok {
						n += runes(s)
					}
				}
			}
		}
	}
	return n
}

// checkScheduledEvent validates a guild scheduled event create body.
func checkScheduledEvent(m map[string]any, now time.Time) []string {
	var probs []string
	if n := runes(str(m, "name")); n < 1 || n > 100 {
		probs = append(probs, fmt.Sprintf("name is %d characters (1-100)", n))
	}
	if n := runes(str(m, "description")); n > 1000 {
		probs = append(probs, fmt.Sprintf("description is %d characters (max 1000)", n))
	}
	if pl, _ := num(m, "privacy_level"); pl != 2 {
		probs = append(probs, "privacy_level must be 2 (GUILD_ONLY)")
	}
	start, err := time.Parse(time.RFC3339, str(m, "scheduled_start_time"))
	if err != nil {
		probs = append(probs, "scheduled_start_time is not ISO 8601")
	} else if !start.After(now) {
		probs = append(probs, "scheduled_start_time must be in the future")
	}
	var end time.Time
	if s := str(m, "scheduled_end_time"); s != "" {
		if end, err = time.Parse(time.RFC3339, s); err != nil {
			probs = append(probs, "scheduled_end_time is not ISO 8601")
		} else if !end.After(start) {
			probs = append(probs, "scheduled_end_time must be after the start")
		}
	}
	et, _ := num(m, "entity_type")
	switch et {
	case 3:
		if m["channel_id"] != nil {
			probs = append(probs, "EXTERNAL events must have channel_id null")
		}
		md, _ := m["entity_metadata"].(map[string]any)
		if n := runes(str(md, "location")); n < 1 || n > 100 {
			probs = append(probs, "EXTERNAL events need entity_metadata.location (1-100 characters)")
		}
		if end.IsZero() {
			probs = append(probs, "EXTERNAL events need scheduled_end_time")
		}
	case 1, 2:
		if str(m, "channel_id") == "" {
			probs = append(probs, "STAGE/VOICE events need channel_id")
		}
	default:
		probs = append(probs, fmt.Sprintf("entity_type %d is not 1, 2 or 3", et))
	}
	return probs
}
