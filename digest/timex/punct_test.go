package timex

import (
	"testing"
	"unicode"
)

// TestGeneralPunct checks the fast path of isLetterRune: every rune it
// skips the tables for is no letter, digit, mark or space, and
// isLetterRune agrees with the tables on every rune.
func TestGeneralPunct(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		slow := unicode.IsLetter(r) || unicode.IsMark(r)
		if generalPunct(r) {
			n++
			if slow || unicode.IsDigit(r) || unicode.IsSpace(r) {
				t.Fatalf("generalPunct(%U) but it is a letter, digit, mark or space", r)
			}
		}
		if got := isLetterRune(r); got != slow {
			t.Fatalf("isLetterRune(%U) = %v, want %v", r, got, slow)
		}
	}
	if n == 0 {
		t.Fatal("generalPunct holds for no rune")
	}
}
