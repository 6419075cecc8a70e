package ner

import (
	"bytes"
	"github.com/attache-bot/attache/internal/sharedtest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// words splits text into words, with punctuation as separate words.
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		var tail []string
		for len(f) > 1 && strings.ContainsAny(f[len(f)-1:], `.,;:!?")'`) && !(f[len(f)-1] == '.' && isAbbrev(f)) {
			tail = append(tail, f[len(f)-1:])
			f = f[:len(f)-1]
		}
		for len(f) > 1 && strings.ContainsAny(f[:1], `"('`) {
			out = append(out, f[:1])
			f = f[1:]
		}
		out = append(out, f)
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func isAbbrev(f string) bool {
	switch f {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "U.S.", "U.N.":
		return true
	}
	return false
}

func loadTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return tg
}

func spanTexts(ws []string, tags []string) []string {
	var out []string
	for _, s := range Spans(ws, tags) {
		out = append(out, s.Type+":"+strings.Join(ws[s.Start:s.End], " "))
	}
	return out
}

func TestLoadAndTag(t *testing.T) {
	tg := loadTagger(t)
	tests := []struct {
		text string
		want []string // spans that must be present
	}{
		{"Russian Foreign Minister Sergei Lavrov met U.S. envoy Marco Rubio in Riyadh on Tuesday .",
			[]string{"PER:Sergei Lavrov", "PER:Marco Rubio", "LOC:Riyadh", "NORP:Russian"}},
		{"The European Union and NATO criticised the decision , Mr. Smith said .",
			[]string{"ORG:European Union", "ORG:NATO", "PER:Smith"}},
		{"Thousands of demonstrators marched through London to protest the war in Iraq .",
			[]string{"LOC:London", "LOC:Iraq"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ws := words(tc.text)
			got := spanTexts(ws, tg.Tag(ws))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
		})
	}
}

func TestTagEmpty(t *testing.T) {
	tg := loadTagger(t)
	if got := tg.Tag(nil); len(got) != 0 {
		t.Fatalf("Tag(nil) = %v", got)
	}
	if got := tg.TagSentences([][]string{{}, nil}); len(got) != 2 || len(got[0]) != 0 || len(got[1]) != 0 {
		t.Fatalf("TagSentences(empty) = %v", got)
	}
}

func TestTagSentencesMatchesShape(t *testing.T) {
	tg := loadTagger(t)
	sents := [][]string{words("ANGOLA BEAT ZAMBIA"), words("Angola beat Zambia 2-1 in Luanda on Sunday .")}
	got := tg.TagSentences(sents)
	for i := range sents {
		if len(got[i]) != len(sents[i]) {
			t.Fatalf("sentence %d: %d labels for %d words", i, len(got[i]), len(sents[i]))
		}
	}
	if !slices.Contains(spanTexts(sents[1], got[1]), "LOC:Luanda") {
		t.Errorf("Luanda not tagged LOC: %v", got[1])
	}
}

func TestSpans(t *testing.T) {
	ws := []string{"a", "b", "c", "d", "e"}
	tests := []struct {
		name string
		tags []string
		want []Span
	}{
		{"none", []string{"O", "O", "O", "O", "O"}, nil},
		{"bio", []string{"B-PER", "I-PER", "O", "B-LOC", "O"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"adjacent B", []string{"B-PER", "B-PER", "I-PER", "O", "O"}, []Span{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"stray I", []string{"I-ORG", "I-ORG", "I-LOC", "O", "B-ORG"}, []Span{{0, 2, "ORG"}, {2, 3, "LOC"}, {4, 5, "ORG"}}},
		{"short tags", []string{"B-PER"}, []Span{{0, 1, "PER"}}},
		{"at end", []string{"O", "O", "O", "B-MISC", "I-MISC"}, []Span{{3, 5, "MISC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Spans(ws, tc.tags); !slices.Equal(got, tc.want) {
				t.Errorf("Spans = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMergeTitles(t *testing.T) {
	in := []Span{{0, 1, "TTL"}, {1, 3, "PER"}, {4, 5, "TTL"}, {6, 7, "PER"}, {8, 9, "LOC"}}
	want := []Span{{0, 3, "PER"}, {6, 7, "PER"}, {8, 9, "LOC"}}
	if got := MergeTitles(in); !slices.Equal(got, want) {
		t.Errorf("MergeTitles = %v, want %v", got, want)
	}
}

func TestSplitTitles(t *testing.T) {
	tests := []struct {
		words, in, want string
	}{
		{"President George Bush said", "B-PER I-PER I-PER O", "B-TTL B-PER I-PER O"},
		{"Secretary of State Condoleezza Rice", "B-PER I-PER I-PER I-PER I-PER", "B-TTL I-TTL I-TTL B-PER I-PER"},
		{"Prime Minister Ehud Olmert", "B-PER I-PER B-PER I-PER", "B-TTL I-TTL B-PER I-PER"},
		{"Mr. Smith", "B-PER I-PER", "B-TTL B-PER"},
		{"President", "B-PER", "B-PER"},
		{"Kofi Annan", "B-PER I-PER", "B-PER I-PER"},
	}
	for _, tc := range tests {
		t.Run(tc.words, func(t *testing.T) {
			labels := strings.Fields(tc.in)
			splitTitles(strings.Fields(tc.words), labels)
			if got := strings.Join(labels, " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// synthetic builds a small corpus where capitalised words after "met" are
// people and after "in" are places.
func synthetic() []Sentence {
	people := []string{"Alpha Bravo", "Kilo", "Zulu Yankee", "Oscar"}
	places := []string{"Xland", "Quebeck", "Mordor", "Gondor"}
	var out []Sentence
	for i := 0; i < 40; i++ {
		p := strings.Fields(people[i%len(people)])
		l := places[(i/2)%len(places)]
		ws := append([]string{"we", "met"}, p...)
		ls := []string{"O", "O", "B-PER"}
		for range p[1:] {
			ls = append(ls, "I-PER")
		}
		ws = append(ws, "in", l, ".")
		ls = append(ls, "O", "B-LOC", "O")
		out = append(out, Sentence{Words: ws, Labels: ls, Doc: i})
	}
	return out
}

func TestTrainSynthetic(t *testing.T) {
	sents := synthetic()
	tg, err := Train(sents, TrainConfig{Epochs: 5, Bits: 16})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents[:8] {
		if got := tg.Tag(s.Words); !slices.Equal(got, s.Labels) {
			t.Errorf("Tag(%v) = %v, want %v", s.Words, got, s.Labels)
		}
	}
	// round trip through Encode/Decode gives the same tags
	var buf bytes.Buffer
	if err := tg.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents[:8] {
		if a, b := tg.Tag(s.Words), tg2.Tag(s.Words); !slices.Equal(a, b) {
			t.Errorf("decoded model tags %v, original %v", b, a)
		}
	}
	if _, err := Train([]Sentence{{Words: []string{"a"}, Labels: []string{"B-XYZ"}}}, TrainConfig{Bits: 16}); err == nil {
		t.Error("unknown label accepted")
	}
	if _, err := Train([]Sentence{{Words: []string{"a"}}}, TrainConfig{Bits: 16}); err == nil {
		t.Error("missing labels accepted")
	}
}

func TestDecodeCorrupt(t *testing.T) {
	if _, err := Decode(strings.NewReader("not a model")); err == nil {
		t.Error("garbage decoded")
	}
	for _, n := range []int{10, 100, len(modelBin) / 2} {
		if _, err := Decode(bytes.NewReader(modelBin[:n])); err == nil {
			t.Errorf("model truncated to %d bytes decoded", n)
		}
	}
}

func TestLoadTime(t *testing.T) {
	start, c0 := time.Now(), sharedtest.CPUTime()
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	d, cpu := time.Since(start), sharedtest.CPUTime()-c0
	t.Logf("Load: %v wall, %v CPU", d, cpu)
	// CPU time, with a generous bound (the race detector, GC): on a shared
	// machine at load 9 the wall time reached 2.3 s; the target is < 150 ms
	if sharedtest.CPUTimeSupported && cpu > 2*time.Second {
		t.Errorf("Load took %v CPU", cpu)
	}
}

func FuzzTag(f *testing.F) {
	tg := loadTagger(f)
	f.Add("President Vladimir Putin met Mr. Smith in Paris .")
	f.Add("ÉLYSÉE PALACE , 1996-08-30 \x00 \xff")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		ws := strings.FieldsFunc(s, unicode.IsSpace)
		if len(ws) == 0 && s != "" {
			ws = []string{s}
		}
		got := tg.Tag(ws)
		if len(got) != len(ws) {
			t.Fatalf("%d labels for %d words", len(got), len(ws))
		}
		for _, l := range got {
			if _, ok := classOf(l); !ok {
				t.Fatalf("bad label %q", l)
			}
		}
		for _, sp := range Spans(ws, got) {
			if sp.Start < 0 || sp.End > len(ws) || sp.Start >= sp.End {
				t.Fatalf("bad span %v", sp)
			}
		}
	})
}

const benchText = `Senior American and Russian officials will meet in Saudi Arabia to discuss US-Russia relations and the Ukraine war, marking a significant shift in US diplomacy. The talks, directed by President Trump, exclude Ukraine, prompting concerns from Kyiv and European allies. Ukrainian President Volodymyr Zelenskyy insists his country must be involved and plans meetings in Turkey and Saudi Arabia to secure support. Secretary of State Marco Rubio, National Security Adviser Mike Waltz and Middle East envoy Steve Witkoff will travel to Riyadh, the State Department said on Monday. Russian Foreign Minister Sergei Lavrov and Kremlin adviser Yuri Ushakov will lead the Russian delegation, Kremlin spokesman Dmitry Peskov told reporters in Moscow. "We are ready to talk," Lavrov said. French President Emmanuel Macron called an emergency meeting of European leaders in Paris, and British Prime Minister Keir Starmer said the United Kingdom was ready to put troops on the ground. NATO Secretary General Mark Rutte said the alliance would stand with Kyiv. `

func benchWords() []string {
	var ws []string
	for len(ws) < 900 {
		ws = append(ws, words(benchText)...)
	}
	return ws[:900]
}

func BenchmarkTag(b *testing.B) {
	tg := loadTagger(b)
	ws := benchWords()
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(ws)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// sharedDir finds ../shared from the repository root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

func TestEvalTagger(t *testing.T) {
	shared := sharedDir(t)
	var buf bytes.Buffer
	if err := EvalTagger(shared, &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"GMB dev", "CoNLL-2003 dev", "| per |", "| ORG |", "**overall**"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// floor well below the measured scores: catches a broken model
	dev, err := ReadGMB(filepath.Join(shared, "eval", "gmb", "gmb_dev.csv"), false)
	if err != nil {
		t.Fatal(err)
	}
	tg := loadTagger(t)
	if f := EvalGMBSentences(tg, dev[:2000]).Overall("per", "geo", "org").F1(); f < 0.75 {
		t.Errorf("GMB dev F1 %.3f < 0.75", f)
	}
	t.Log(out)
}

func TestTagConcurrent(t *testing.T) {
	tg := loadTagger(t)
	ws := benchWords()
	want := tg.Tag(ws)
	errs := make(chan string, 2)
	for g := 0; g < 2; g++ {
		go func() {
			for range 10 {
				if got := tg.Tag(ws); !slices.Equal(got, want) {
					errs <- "concurrent Tag differs"
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 2; g++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
