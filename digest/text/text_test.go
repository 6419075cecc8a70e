package text

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"us abbreviation", "The U.S. team met Mr. Lavrov. They talked.", []string{"The U.S. team met Mr. Lavrov.", "They talked."}},
		{"initial", "J. Mansour wrote it. Then more.", []string{"J. Mansour wrote it.", "Then more."}},
		{"quote", `He said, "No." Then left.`, []string{`He said, "No."`, "Then left."}},
		{"lowercase continues", "It was 3 p.m. on Monday. Ok.", []string{"It was 3 p.m. on Monday.", "Ok."}},
		{"newline", "Title\nBody starts here", []string{"Title", "Body starts here"}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, sp.Of(tt.in))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	in := "The U.S. and Russia's envoys met 1,000 people, don't they?"
	var got []string
	for _, tk := range Tokens(in) {
		if tk.Of(in) != tk.Text {
			t.Fatalf("token text %q != span %q", tk.Text, tk.Of(in))
		}
		got = append(got, tk.Text)
	}
	want := []string{"The", "U.S.", "and", "Russia's", "envoys", "met", "1,000", "people", ",", "don't", "they", "?"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func FuzzSentencesTokens(f *testing.F) {
	f.Add("The U.S. met. Then \"quote.\" Done")
	f.Add("\xff\xfe bad utf8. Ok")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range Sentences(s) {
			if sp.Start < last || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad sentence span %+v in %q", sp, s)
			}
			last = sp.End
		}
		last = 0
		for _, tk := range Tokens(s) {
			if tk.Start < last || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("bad token span %+v in %q", tk.Span, s)
			}
			last = tk.End
		}
	})
}

func TestAppendReuses(t *testing.T) {
	s := "Russian Foreign Minister Sergey Lavrov arrived in Riyadh. U.S. officials met him on Tuesday."
	toks := Tokens(s)
	buf := make([]Token, 0, 64)
	got := AppendTokens(buf[:0], s)
	if len(got) != len(toks) || &got[0] != &buf[:1][0] {
		t.Fatalf("AppendTokens: %d tokens (want %d) or buffer not reused", len(got), len(toks))
	}
	for i := range toks {
		if got[i] != toks[i] {
			t.Errorf("token %d = %+v, want %+v", i, got[i], toks[i])
		}
	}
	sents := AppendSentences(nil, s)
	if len(sents) != 2 || sents[1].Of(s) != "U.S. officials met him on Tuesday." {
		t.Errorf("sentences = %v", sents)
	}
}
