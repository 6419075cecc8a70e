package digest

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZDump(t *testing.T) {
	files := strings.Fields(os.Getenv("ZZ_FILES"))
	if len(files) == 0 {
		t.Skip("no ZZ_FILES")
	}
	e := engine(t)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		body, title := string(b), ""
		pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
		if strings.HasPrefix(body, "Title:") {
			i := strings.Index(body, "\n\n")
			for _, l := range strings.Split(body[:i], "\n") {
				if v, ok := strings.CutPrefix(l, "Title: "); ok {
					title = v
				}
				if v, ok := strings.CutPrefix(l, "Published: "); ok {
					pub, _ = time.Parse("2006-01-02", v)
				}
			}
			body = body[i+2:]
		}
		r := e.Extract(Article{Title: title, Body: body, Published: pub})
		fmt.Println("##", title, "| countries", r.Countries, "| mediators", r.Mediators, "| agenda", r.Agenda)
		for _, bl := range r.QuickLook.Bullets {
			fmt.Printf("• %s: %s\n", bl.Label, bl.Text)
		}
	}
}
