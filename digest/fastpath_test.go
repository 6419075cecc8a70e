package digest

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestMayHoldDash checks stripDateline's eight-bytes-at-a-time pre-check
// against a byte loop on random texts of every length up to 80 bytes.
func TestMayHoldDash(t *testing.T) {
	parts := []string{"a", "B", " ", "_", "-", "—", "–", "é", "\x00", "\xff", "(AP)", "DOHA", ",", "\u2022"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for b.Len() < rng.Intn(80) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		want := false
		for i := 0; i < len(s); i++ {
			want = want || s[i] == '_' || s[i] == '-' || s[i] == 0xE2
		}
		if got := mayHoldDash(s); got != want {
			t.Fatalf("mayHoldDash(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDateWordsOrStem checks dateStart's one-map look-up against the two
// look-ups it replaces.
func TestDateWordsOrStem(t *testing.T) {
	words := []string{"feb", "feb.", "sept", "sept.", "monday", "may", "next", "", ".", "talks", "jan", "dec"}
	for w := range dateWords {
		words = append(words, w, strings.TrimSuffix(w, "."), w+".")
	}
	for _, w := range words {
		if got, want := dateWordsOrStem[w], dateWords[w] || dateWords[w+"."]; got != want {
			t.Errorf("dateWordsOrStem[%q] = %v, want %v", w, got, want)
		}
	}
}

// TestNextFieldIsFields checks nextField, whose ASCII spaces skip
// unicode.IsSpace, against strings.Fields on random texts.
func TestNextFieldIsFields(t *testing.T) {
	parts := []string{"a", "Bc", " ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\u0085", "\u00a0", "\u2003", "é", ".", "\xff"}
	rng := rand.New(rand.NewSource(2))
	for range 5000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		var got []string
		for f, k := nextField(s, 0); f != ""; f, k = nextField(s, k) {
			got = append(got, f)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("nextField over %q = %q, want %q", s, got, want)
		}
	}
}
