package text

import (
	"testing"
	"unicode"
)

// TestGeneralPunct checks the fast path of isWordRune: every rune it skips
// the tables for is no letter, digit, mark or space, and isWordRune agrees
// with the tables on every rune.
func TestGeneralPunct(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		slow := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if generalPunct(r) {
			n++
			if slow || unicode.IsSpace(r) {
				t.Fatalf("generalPunct(%U) but it is a letter, digit, mark or space", r)
			}
		}
		if got := isWordRune(r); got != slow {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, slow)
		}
	}
	if n == 0 {
		t.Fatal("generalPunct holds for no rune")
	}
}
