package alerts

import (
	"strings"
	"testing"
)

func TestNormalizeVariants(t *testing.T) {
	groups := [][]string{
		{"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski", "Zelenskyi", "Zelenskii", "Zelenskij", "ZELENSKYY", "Зеленский"[:0] + "zelensky"},
		{"Sergei", "Sergey", "Serhiy", "Serhii", "sergiy"},
		{"Yuri", "Yury", "Yuriy", "Iurii"},
		{"Dmitry", "Dmitri", "Dmitriy", "Dmytro"},
		{"Alexei", "Aleksei", "Alexey", "Aleksey", "Oleksiy"},
		{"Mikhail", "Mihail", "Mykhailo"},
		{"Kyiv", "Kiev"},
		{"Gaddafi", "Qaddafi", "Kadhafi"},
		{"Erdoğan", "Erdogan", "ERDOĞAN"},
		{"Straße", "strasse"},
		{"Zürich", "Zurich", "Zu\u0308rich"}, // precomposed, plain, decomposed
		{"Ukraine’s", "Ukraine's", "ukraine"},
		{"U.S.", "US", "u.s."},
		{"ﬁnance", "finance"},
	}
	for _, g := range groups {
		t.Run(g[0], func(t *testing.T) {
			want := Normalize(g[0])
			if want == "" {
				t.Fatalf("Normalize(%q) is empty", g[0])
			}
			for _, v := range g[1:] {
				if got := Normalize(v); got != want {
					t.Errorf("Normalize(%q) = %q, want %q (as %q)", v, got, want, g[0])
				}
			}
		})
	}
}

func TestNormalizeKeepsDistinctWords(t *testing.T) {
	pairs := [][2]string{
		{"Putin", "Puting"},
		{"Iran", "Iraq"},
		{"Sudan", "South Sudan"},
		{"US", "USA"},
		{"by", "bi"}, // too short for the ending rule
		{"Austria", "Australia"},
	}
	for _, p := range pairs {
		if Normalize(p[0]) == Normalize(p[1]) {
			t.Errorf("%q and %q normalise alike (%q)", p[0], p[1], Normalize(p[0]))
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"US-Russia talks in Riyadh, Saudi Arabia.", "us russia talx in riyadh saudi arabia"},
		{"“Saudi Arabia” — (Riyadh)", "saudi arabia riyadh"},
		{"O'Brien met Zelenskyy’s aide", "o brien met zelenski aide"},
		{"e.g. the U.N. and the E.U.", "eg the un and the eu"},
		{"Москва и Київ", "москва и киів"},
		{"G7 2025-02-18 10:30", "g7 2025 02 18 10 30"},
		{"", ""},
		{"!!! ... ---", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(Tokens(tt.in), " "); got != tt.want {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzTokens checks that tokenizing never panics, yields no empty tokens,
// and is idempotent: normalising normalised text changes nothing.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Zelenskyy’s U.S. talks", "Straße ﬁ", "a.b.c.", "\xff\xfe", "ǅ Ǳ", "kkhs"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		for _, tok := range toks {
			if tok == "" {
				t.Fatalf("Tokens(%q) has an empty token", s)
			}
		}
		j := strings.Join(toks, " ")
		if again := Normalize(j); again != j {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, j, again)
		}
	})
}
