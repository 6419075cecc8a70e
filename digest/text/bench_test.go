package text

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/attache-bot/attache/internal/sharedtest"
)

// seedBody returns the seed article from ../shared, or skips.
func seedBody(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(dir), "shared", "fixtures", "seed", "article.txt"))
	if err != nil {
		tb.Skipf("shared seed article not available (../shared/fixtures/seed): %v", err)
	}
	return string(raw)
}

func BenchmarkSeed(b *testing.B) {
	body := seedBody(b)
	b.Run("Sentences", func(b *testing.B) {
		sharedtest.LoopCPU(b, func() { Sentences(body) })
	})
	b.Run("AppendSentences", func(b *testing.B) {
		var buf []Span
		sharedtest.LoopCPU(b, func() { buf = AppendSentences(buf[:0], body) })
	})
	b.Run("Tokens", func(b *testing.B) {
		sharedtest.LoopCPU(b, func() { Tokens(body) })
	})
	b.Run("AppendTokens", func(b *testing.B) {
		var buf []Token
		sharedtest.LoopCPU(b, func() { buf = AppendTokens(buf[:0], body) })
	})
}
