package fakediscord

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func decode(t testing.TB, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCheckMessage(t *testing.T) {
	cases := []struct {
		name, body, kind string
	}{
		{"ok", `{"content":"hi @everyone","allowed_mentions":{"parse":[]}}`, ""},
		{"ok with user list", `{"content":"<@1>","allowed_mentions":{"parse":[],"users":["1"]}}`, ""},
		{"ok no text", `{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"a"}]}]}`, ""},
		{"missing mentions", `{"content":"hi"}`, "mentions"},
		{"null parse", `{"embeds":[{"title":"x"}],"allowed_mentions":{"parse":null}}`, "mentions"},
		{"absent parse", `{"content":"x","allowed_mentions":{"users":[]}}`, "mentions"},
		{"content 2001", `{"content":"` + strings.Repeat("é", 2001) + `","allowed_mentions":{"parse":[]}}`, "message"},
		{"content 2000 runes", `{"content":"` + strings.Repeat("é", 2000) + `","allowed_mentions":{"parse":[]}}`, ""},
		{"11 embeds", `{"embeds":[` + strings.TrimSuffix(strings.Repeat(`{"title":"a"},`, 11), ",") + `],"allowed_mentions":{"parse":[]}}`, "message"},
		{"field value 1025", `{"embeds":[{"fields":[{"name":"n","value":"` + strings.Repeat("v", 1025) + `"}]}],"allowed_mentions":{"parse":[]}}`, "message"},
		{"footer 2049", `{"embeds":[{"footer":{"text":"` + strings.Repeat("f", 2049) + `"}}],"allowed_mentions":{"parse":[]}}`, "message"},
		{"26 fields", `{"embeds":[{"fields":[` + strings.TrimSuffix(strings.Repeat(`{"name":"n","value":"v"},`, 26), ",") + `]}],"allowed_mentions":{"parse":[]}}`, "message"},
		{"6 buttons", `{"components":[{"type":1,"components":[` + strings.TrimSuffix(strings.Repeat(`{"type":2,"style":1,"label":"a","custom_id":"a"},`, 6), ",") + `]}]}`, "components"},
		{"custom_id 101", `{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"` + strings.Repeat("c", 101) + `"}]}]}`, "components"},
		{"label 81", `{"components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":"a","label":"` + strings.Repeat("l", 81) + `"}]}]}`, "components"},
		{"link without url", `{"components":[{"type":1,"components":[{"type":2,"style":5,"label":"a"}]}]}`, "components"},
		{"select not alone", `{"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[]},{"type":2,"style":1,"label":"a","custom_id":"a"}]}]}`, "components"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			kind, probs := checkMessage(decode(t, tc.body), "m")
			if kind != tc.kind {
				t.Fatalf("kind %q (%v), want %q", kind, probs, tc.kind)
			}
			if (tc.kind == "") != (len(probs) == 0) {
				t.Fatalf("problems %v for kind %q", probs, tc.kind)
			}
		})
	}
}

func TestCheckCommands(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"ok", `[{"name":"brief","description":"d","options":[{"type":3,"name":"topic","description":"t","required":true},{"type":3,"name":"when","description":"w"}]}]`, ""},
		{"ok devanagari", `[{"name":"समाचार","description":"d"}]`, ""},
		{"ok user command", `[{"type":2,"name":"Show Brief","description":""}]`, ""},
		{"capital", `[{"name":"Brief","description":"d"}]`, "lowercase"},
		{"33 chars", `[{"name":"` + strings.Repeat("a", 33) + `","description":"d"}]`, "does not match"},
		{"duplicate", `[{"name":"a","description":"d"},{"name":"a","description":"d"}]`, "duplicate name"},
		{"option order", `[{"name":"a","description":"d","options":[{"type":3,"name":"x","description":"x"},{"type":3,"name":"y","description":"y","required":true}]}]`, "required option after"},
		{"dup option", `[{"name":"a","description":"d","options":[{"type":3,"name":"x","description":"x"},{"type":3,"name":"x","description":"y"}]}]`, "duplicate option"},
		{"autocomplete+choices", `[{"name":"a","description":"d","options":[{"type":3,"name":"x","description":"x","autocomplete":true,"choices":[{"name":"a","value":"a"}]}]}]`, "autocomplete cannot"},
		{"mixed subcommands", `[{"name":"a","description":"d","options":[{"type":1,"name":"s","description":"s"},{"type":3,"name":"x","description":"x"}]}]`, "cannot be mixed"},
		{"group with option", `[{"name":"a","description":"d","options":[{"type":2,"name":"g","description":"g","options":[{"type":3,"name":"x","description":"x"}]}]}]`, "only contain subcommands"},
		{"choice value 101", `[{"name":"a","description":"d","options":[{"type":3,"name":"x","description":"x","choices":[{"name":"a","value":"` + strings.Repeat("v", 101) + `"}]}]}]`, "value is 101"},
		{"user command description", `[{"type":3,"name":"Msg","description":"no"}]`, "empty description"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var arr []any
			if err := json.Unmarshal([]byte(tc.body), &arr); err != nil {
				t.Fatal(err)
			}
			probs := checkCommands(arr)
			if tc.want == "" {
				if len(probs) > 0 {
					t.Fatalf("unexpected problems %v", probs)
				}
				return
			}
			if len(probs) == 0 || !strings.Contains(strings.Join(probs, "|"), tc.want) {
				t.Fatalf("problems %v, want one containing %q", probs, tc.want)
			}
		})
	}
}

func TestCheckScheduledEvent(t *testing.T) {
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	ok := `{"name":"Summit","privacy_level":2,"entity_type":3,"channel_id":null,"scheduled_start_time":"2030-05-01T16:00:00Z","scheduled_end_time":"2030-05-01T18:00:00Z","entity_metadata":{"location":"Berlin"}}`
	if probs := checkScheduledEvent(decode(t, ok), now); len(probs) > 0 {
		t.Fatalf("valid event: %v", probs)
	}
	bad := `{"name":"","privacy_level":1,"entity_type":3,"channel_id":"1","scheduled_start_time":"2029-05-01T16:00:00Z"}`
	probs := checkScheduledEvent(decode(t, bad), now)
	for _, want := range []string{"name is 0", "privacy_level", "future", "channel_id null", "location", "scheduled_end_time"} {
		if !strings.Contains(strings.Join(probs, "|"), want) {
			t.Errorf("problems %v lack %q", probs, want)
		}
	}
}

func TestTrimSpecKeepsReferencedSchemas(t *testing.T) {
	raw := `{"openapi":"3.1.0","paths":{"/a":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}},"responses":{"200":{"description":"x","content":{"application/json":{"schema":{"$ref":"#/components/schemas/R"}}}}}}},"/b":{"get":{"responses":{}}}},
	"components":{"schemas":{"A":{"properties":{"b":{"$ref":"#/components/schemas/B"}}},"B":{"type":"string"},"R":{"type":"string"},"Unused":{"type":"string"}}}}`
	out, err := trimSpec([]byte(raw), []string{"/a"})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths      map[string]any
		Components struct{ Schemas map[string]any }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Paths) != 1 || doc.Components.Schemas["A"] == nil || doc.Components.Schemas["B"] == nil ||
		doc.Components.Schemas["Unused"] != nil || doc.Components.Schemas["R"] != nil {
		t.Fatalf("trimmed to paths %v schemas %v", doc.Paths, doc.Components.Schemas)
	}
}

// FuzzCheckers feeds arbitrary JSON to the validators: they must never panic.
func FuzzCheckers(f *testing.F) {
	f.Add(`{"content":"x","embeds":[{"fields":[{"name":1}]}],"components":[{"type":1,"components":[{"type":"2"}]}]}`)
	f.Add(`[{"name":"a","options":[{"type":2,"options":[1,{"type":1}]}]}]`)
	f.Add(`{"entity_type":"3","entity_metadata":[],"scheduled_start_time":5}`)
	f.Add(`{"allowed_mentions":"x","content":"y","flags":"32768","components":[[]]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			return
		}
		m, _ := v.(map[string]any)
		checkMessage(m, "m")
		checkScheduledEvent(m, time.Now())
		hasMessagePayload(m, 0)
		if arr, ok := v.([]any); ok {
			checkCommands(arr)
			checkComponents(arr, false)
			checkComponents(arr, true)
		}
	})
}
