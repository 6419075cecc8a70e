package fakediscord

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestProbeSpec(t *testing.T) {
	p, err := FindSpec()
	if err != nil { t.Skip(err) }
	start := time.Now()
	v, err := loadSpec(p)
	if err != nil { t.Fatal(err) }
	t.Logf("load %v", time.Since(start))
	for _, body := range []string{
		`{"content":"hi","embeds":null,"tts":false,"components":null,"sticker_ids":null,"allowed_mentions":{"parse":[]}}`,
		`{"content":"hi","embeds":[{"title":"` + strings.Repeat("x", 300) + `"}],"allowed_mentions":{"parse":null}}`,
	} {
		r, _ := http.NewRequest("POST", "http://x/api/v9/channels/123/messages", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		st := time.Now()
		t.Log(v.validate(r, []byte(body)), time.Since(st))
	}
	body := `{"type":4,"data":{"tts":false,"content":"x","components":null,"embeds":null,"allowed_mentions":{"parse":[]}}}`
	r, _ := http.NewRequest("POST", "http://x/api/v9/interactions/123/tok-1/callback", strings.NewReader(body))
	t.Log(v.validate(r, []byte(body)))
	body = `[{"name":"brief","description":"d","options":null,"type":1,"default_member_permissions":null}]`
	r, _ = http.NewRequest("PUT", "http://x/api/v9/applications/123/commands", strings.NewReader(body))
	t.Log(v.validate(r, []byte(body)))
	r, _ = http.NewRequest("GET", "http://x/api/v9/gateway", nil)
	t.Log(v.validate(r, nil))
}
