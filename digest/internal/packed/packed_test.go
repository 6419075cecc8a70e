package packed

import (
	"strings"
	"testing"
)

func TestASCII(t *testing.T) {
	tests := []struct {
		w      string
		x0, x1 uint64
		ok     bool
	}{
		{"", 0, 0, false},
		{"a", 'a', 0, true},
		{"ab", 'a' | 'b'<<8, 0, true},
		{"abcdefgh", 0x6867666564636261, 0, true},
		{"abcdefghi", 0x6867666564636261, 'i', true},
		{strings.Repeat("x", 16), 0x7878787878787878, 0x7878787878787878, true},
		{strings.Repeat("x", 17), 0, 0, false},
		{"café", 0, 0, false},
		{"abcdefghé", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			x0, x1, ok := ASCII(tt.w)
			if x0 != tt.x0 || x1 != tt.x1 || ok != tt.ok {
				t.Errorf("ASCII(%q) = %#x, %#x, %v; want %#x, %#x, %v", tt.w, x0, x1, ok, tt.x0, tt.x1, tt.ok)
			}
		})
	}
}

func TestLowerMatchesStrings(t *testing.T) {
	for _, w := range []string{"ABCDEFGH", "Hello Wo", "@[`{AZaz", "09:;<=>?", "MiXeD 12"} {
		x, _, ok := ASCII(w)
		if !ok {
			t.Fatalf("%q does not pack", w)
		}
		want, _, _ := ASCII(strings.ToLower(w))
		if got := Lower(x); got != want {
			t.Errorf("Lower(%q) = %#x, want %#x", w, got, want)
		}
	}
}

func TestHashDistinct(t *testing.T) {
	seen := map[uint64]string{}
	for _, w := range []string{"said", "says", "told", "a", "b", "announced", "announces", "abcdefgh", "abcdefghi"} {
		x0, x1, _ := ASCII(w)
		h := Hash(x0, x1)
		if o, dup := seen[h]; dup {
			t.Errorf("%q and %q hash alike: %#x", w, o, h)
		}
		seen[h] = w
	}
}

func TestLoad8(t *testing.T) {
	if got, want := Load8("abcdefghij"), uint64(0x6867666564636261); got != want {
		t.Errorf("Load8 = %#x, want %#x", got, want)
	}
	defer func() {
		if recover() == nil {
			t.Error("Load8 of seven bytes did not panic")
		}
	}()
	Load8("abcdefg")
}
