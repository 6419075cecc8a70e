package digest

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/internal/sharedtest"
)

// review16Extract returns Extract's result of body as JSON with the
// tagger's analyses made at load (Engine.nerWords) and without them.
func review16Extract(t testing.TB, body string) (with, without []byte) {
	t.Helper()
	e := engine(t)
	if e.tagger == nil {
		t.Skip("no tagger")
	}
	a := Article{Body: body, Published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC)}
	with, _ = json.Marshal(e.Extract(a))
	e2 := *e
	e2.nerWords = nil
	without, _ = json.Marshal(e2.Extract(a))
	return with, without
}

// FuzzExtractKnownWords checks on any text that passing the tagger the
// vocabulary words' analyses made at load changes no output.
func FuzzExtractKnownWords(f *testing.F) {
	for _, s := range []string{
		"Russian Foreign Minister Sergey Lavrov said, “No.” He left for Riyadh on Tuesday.",
		"PUTIN MEETS TRUMP IN RIYADH\n\nPutin met Trump. The putin of it. Mr. Putin said so.",
		"Europe Reacts as Ukraine Pushes for Inclusion\n\nEurope reacts. The europe said.",
		"\u212Aing Charles met the King. İstanbul hosted ISTANBUL talks; STRASSE and Straße.",
		"Title/ Outlet/ WASHINGTON/ J. Doe/ Lead text here. US-Russia talks.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		with, without := review16Extract(t, body)
		if !bytes.Equal(with, without) {
			t.Fatalf("Extract differs with the load-time analyses:\n%s\nwithout:\n%s", with, without)
		}
	})
}

// TestExtractKnownWordsVariants compares Extract with and without the
// load-time analyses over the golden documents in capitals, in lower
// case and with every word capitalised (texts outside the golden, where
// the vocabulary's words come in other casings and places).
func TestExtractKnownWordsVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	n := 0
	for _, gd := range goldenDocs(t) {
		b := gd.Article.Body
		for vi, body := range []string{strings.ToUpper(b), strings.ToLower(b), sharedtest.TitleWords(b)} {
			with, without := review16Extract(t, body)
			if !bytes.Equal(with, without) {
				t.Errorf("%s variant %d: Extract differs with the load-time analyses", gd.Name, vi)
			}
			n++
		}
	}
	t.Logf("%d texts", n)
}
