package story

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

func TestNameKeyVariants(t *testing.T) {
	groups := [][]string{
		{"Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Zelenskyi"},
		{"Sergei Lavrov", "Sergey Lavrov", "Lavrov"},
		{"Dmitry Peskov", "Dmitri Peskov", "Peskov"},
	}
	for _, g := range groups {
		want := NameKey(g[0])
		for _, n := range g[1:] {
			if got := NameKey(n); got != want {
				t.Errorf("NameKey(%q) = %q, want %q (as %q)", n, got, want, g[0])
			}
		}
	}
	if NameKey("Rubio") == NameKey("Lavrov") {
		t.Error("different people share a key")
	}
}

func TestSimHash(t *testing.T) {
	a := "Japanese Foreign Minister Yoko Tanabe will travel to Busan on Thursday for talks with South Korean Foreign Minister Park Min-jun, both governments said on Monday. The two ministers are expected to discuss a new fisheries quota."
	for _, f := range []string{"a1.txt", "a2.txt", "b1.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "cluster", f))
		if err != nil {
			t.Fatal(err)
		}
		a += "\n" + string(data)
	}
	b := strings.Replace(a, "Monday", "Monday evening", 1)
	c := "Brazilian Foreign Minister Carlos Azevedo and Argentine Foreign Minister Lucia Ferrante met in Montevideo on Tuesday to negotiate tariff cuts on cars and steel."
	if !NearDuplicate(SimHash(a), SimHash(a)) {
		t.Error("identical texts not duplicates")
	}
	if d := Hamming(SimHash(a), SimHash(b)); d > NearDuplicateBits+3 {
		t.Errorf("one-word edit differs in %d bits", d)
	}
	if NearDuplicate(SimHash(a), SimHash(c)) {
		t.Errorf("different texts flagged as duplicates (%d bits)", Hamming(SimHash(a), SimHash(c)))
	}
	if NearDuplicate(0, 0) {
		t.Error("empty texts are never duplicates")
	}
}

func TestMergeRecordsWhatIsNew(t *testing.T) {
	now := time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC)
	first := store.Article{ID: "a1", URL: "https://a.example/1", Title: "Ministers to meet", Result: &digest.Result{
		People:    []digest.Person{{Name: "Yoko Tanabe", Role: "Foreign Minister", Affiliation: "Japan", Participant: true}},
		Countries: []string{"Japan", "South Korea"},
		Dates:     []digest.Date{{Text: "Thursday", Value: "2026-03-05", Event: "talks in Busan"}},
	}}
	s := New(first, "Harbour Times", now)
	if len(s.Facts.People) != 1 || s.Facts.People[0].Outlets[0] != "Harbour Times" {
		t.Fatalf("new story facts: %+v", s.Facts.People)
	}
	second := store.Article{ID: "a2", URL: "https://b.example/2", Result: &digest.Result{
		People: []digest.Person{
			{Name: "Tanabe", Participant: true},
			{Name: "Park Min-jun", Role: "Foreign Minister", Affiliation: "South Korea", Participant: true},
		},
		Mediators: []string{"Singapore"},
		Dates: []digest.Date{{Text: "March 5", Value: "2026-03-05", Event: "talks in Busan"},
			{Text: "now", Value: "PRESENT_REF", Event: "talks in Busan"}},
		Reactions: []digest.Reaction{{Actor: "Park Min-jun", Stance: digest.Supportive, Quote: "turn a page"}},
	}}
	changes := Merge(&s, second, "Pacific Ledger", now.Add(time.Hour))
	joined := strings.Join(changes, "\n")
	for _, want := range []string{"new: Singapore to mediate", "new participant: Park Min-jun", "reaction: Park Min-jun"} {
		if !strings.Contains(joined, want) {
			t.Errorf("changes %q lack %q", changes, want)
		}
	}
	if strings.Contains(joined, "PRESENT_RE") {
		t.Errorf("'now' reported as a date: %q", changes)
	}
	if strings.Contains(joined, "Tanabe") {
		t.Errorf("a known participant reported as new: %q", changes)
	}
	if len(s.Facts.People) != 2 || len(s.Facts.Dates) != 2 {
		t.Errorf("merged facts: %d people, %d dates", len(s.Facts.People), len(s.Facts.Dates))
	}
	if got := s.Facts.Dates[0].Outlets; len(got) != 2 {
		t.Errorf("date outlets = %q, want both outlets", got)
	}
	if len(s.Outlets) != 2 || len(s.ArticleIDs) != 2 || !s.LastSeen.Equal(now.Add(time.Hour)) {
		t.Errorf("story bookkeeping: %+v", s)
	}
	// Merging the same article again adds nothing.
	if again := Merge(&s, second, "Pacific Ledger", now.Add(2*time.Hour)); len(again) != 0 {
		t.Errorf("re-merge reported changes %q", again)
	}
}

func TestRelevanceSeparatesDiplomacy(t *testing.T) {
	dip := digest.Result{
		People:    []digest.Person{{Name: "A B", Role: "Foreign Minister", Affiliation: "Japan"}, {Name: "C D", Role: "Foreign Minister", Affiliation: "South Korea"}},
		Countries: []string{"Japan", "South Korea"},
	}
	hi := Relevance("Foreign ministers meet for talks", "The foreign ministers held bilateral talks on a treaty and sanctions during the summit visit.", dip)
	lo := Relevance("Local club wins cup final", "The striker scored twice as the home side won the cup final on Saturday in front of a full stadium.", digest.Result{})
	if hi < 0.5 || lo > 0.2 || hi <= lo {
		t.Errorf("relevance: diplomatic %.2f, sport %.2f", hi, lo)
	}
}
