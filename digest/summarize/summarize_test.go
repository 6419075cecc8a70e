package summarize

import (
	"bytes"
	"fmt"
	"github.com/attache-bot/attache/internal/sharedtest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/attache-bot/attache/digest/text"
)

func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

func TestSelect(t *testing.T) {
	body := "Leaders meet in Riyadh to discuss the Ukraine war and US-Russia relations.\n" +
		"Quick Look\n" +
		"- Agenda: relations.\n" +
		"It rained.\n" +
		"The Riyadh talks on the Ukraine war exclude Kyiv, which angered Ukrainian leaders.\n" +
		"Officials from the United States and Russia will discuss the Ukraine war in Riyadh on Tuesday.\n" +
		"Some people watched football on television during the weekend instead.\n" +
		"You must Register or Login to post a comment."
	sents := text.Sentences(body)
	tests := []struct {
		name string
		n    int
		want []int
	}{
		{"zero", 0, nil},
		{"negative", -2, nil},
		{"three skip heading, bullet, short and off-topic", 3, []int{0, 4, 5}},
		{"more than eligible", 20, []int{0, 3, 4, 5, 6}},
	}
	if got := Select(body, sents, 1); len(got) != 1 || !slices.Contains([]int{0, 4, 5}, got[0]) {
		t.Errorf("Select(n=1) = %v, want one of the on-topic sentences 0, 4, 5", got)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Select(body, sents, tc.n)
			if !slices.Equal(got, tc.want) {
				var txt []string
				for _, i := range got {
					txt = append(txt, sents[i].Of(body))
				}
				t.Errorf("Select(n=%d) = %v %q, want %v", tc.n, got, txt, tc.want)
			}
		})
	}
}

func TestSelectTitledUsesTitle(t *testing.T) {
	body := "The weather was mild across the region this week, forecasters noted today.\n" +
		"Markets moved little as traders waited for fresh economic data from Europe.\n" +
		"Ministers from Iran and Oman met in Muscat to revive nuclear talks with Washington.\n" +
		"Local teams prepared for the new football season with several friendly matches."
	sents := text.Sentences(body)
	got := SelectTitled(body, "Iran and Oman revive nuclear talks in Muscat", sents, 1)
	if !slices.Equal(got, []int{2}) {
		t.Errorf("SelectTitled = %v, want [2]", got)
	}
}

func TestEligible(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"You must Register or Login to post a comment.", false},
		{"Who’s Attending—and Who’s Not", false},
		{"- Meeting Location & Date: Scheduled for Tuesday in Riyadh.", false},
		{"Trump Officials to Meet/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ Senior officials will meet.", false},
		{"Senior officials will meet in Saudi Arabia.", true},
		{"“We will be involved,” he said.", true},
		{"“We will be involved.”", true},
		{"He called the plan \"desperate.\"", true},
		{"(The talks resume on Monday.)", true},
		{"Is the deal 'dead?'", true},
		{"Hewitt decries 'career sexism'", false},
		{"Minister rejects “ultimatum”", false},
		{"Talks resume in Geneva (AP)", false},
		{"1.", false},
		{"3:31.526 ( 2 ) .", false},
		{"Go on.", true},
		{"", false},
	}
	for _, tc := range tests {
		t.Run(tc.s, func(t *testing.T) {
			if got := eligible(tc.s); got != tc.want {
				t.Errorf("eligible(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

func TestLead(t *testing.T) {
	body := "Heading\nFirst sentence here.\nSecond one here.\nThird one here."
	if got := Lead(body, text.Sentences(body), 2); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("Lead = %v, want [1 2]", got)
	}
}

func TestEvalBBCSynthetic(t *testing.T) {
	docs, err := loadBBC("testdata/bbc")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].title != "Leaders agree climate deal" || len(docs[0].sents) != 5 || docs[0].nref != 2 {
		t.Fatalf("parsed %+v", docs)
	}
	sc := scoreBBC(docs)
	// Lead-2 picks sentences 0 and 1; only 0 is in the reference.
	if sc.leadOracleN != (counts{sys: 2, ref: 2, tp: 1}) {
		t.Errorf("lead = %+v", sc.leadOracleN)
	}
	// Select never picks the short line or the boilerplate.
	if got := Select(docs[0].body, docs[0].sents, 2); slices.Contains(got, 2) || slices.Contains(got, 4) || len(got) != 2 {
		t.Errorf("select = %v", got)
	}
	// n = 4 but only 4 eligible sentences: 2 of 4 match.
	if sc.selFixed != (counts{sys: 4, ref: 2, tp: 2}) {
		t.Errorf("select n=4 = %+v", sc.selFixed)
	}
	var buf bytes.Buffer
	if err := writeBBC(&buf, sc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "### BBC summaries") || !strings.Contains(buf.String(), "| Lead-n | reference size | 2 | 1 | 0.500 | 0.500 | 0.500 |") {
		t.Errorf("table:\n%s", buf.String())
	}
}

func TestEvalBBCMissing(t *testing.T) {
	if err := EvalBBC(t.TempDir(), &bytes.Buffer{}); err == nil {
		t.Error("no error for a missing corpus")
	}
}

func TestEvalBBC(t *testing.T) {
	shared := sharedDir(t)
	var buf bytes.Buffer
	if err := EvalBBC(shared, &buf); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
	if !strings.Contains(buf.String(), "### BBC summaries") {
		t.Errorf("missing heading:\n%s", buf.String())
	}
}

func FuzzSelect(f *testing.F) {
	f.Add("Leaders met. They agreed.\nYou must Register or Login to post a comment.", 2)
	f.Add("“Quote only.” A b c d e f g h i j.\n- bullet.\nHeading", 3)
	f.Fuzz(func(t *testing.T, body string, n int) {
		n %= 50
		sents := text.Sentences(body)
		got := Select(body, sents, n)
		if len(got) > max(n, 0) {
			t.Fatalf("%d indexes for n=%d", len(got), n)
		}
		for k, i := range got {
			if i < 0 || i >= len(sents) {
				t.Fatalf("index %d out of range", i)
			}
			if k > 0 && got[k-1] >= i {
				t.Fatalf("indexes not strictly ascending: %v", got)
			}
		}
	})
}

func BenchmarkSelectSeed(b *testing.B) {
	shared := sharedDir(b)
	raw, err := os.ReadFile(filepath.Join(shared, "fixtures", "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	body := string(raw)
	sents := text.Sentences(body)
	title, _, _ := strings.Cut(body, "/")
	for _, bc := range []struct {
		name string
		f    func()
	}{
		{"Select", func() { Select(body, sents, 4) }},
		{"SelectTitled", func() { SelectTitled(body, title, sents, 4) }},
	} {
		b.Run(bc.name, func(b *testing.B) { sharedtest.LoopCPU(b, bc.f) })
	}
}

// TestSelectConcurrent checks that the pooled working memory is never
// shared between calls running at the same time.
func TestSelectConcurrent(t *testing.T) {
	bodies := []string{
		"Leaders meet in Riyadh to discuss the Ukraine war. The talks exclude Kyiv, which angered Ukrainian leaders. It rained in Riyadh on the day of the talks. Officials will discuss the war again next week.",
		"France and the UK called an emergency meeting. European leaders criticized the plan. Zelenskyy insists Ukraine must take part in any talks about Ukraine. Nothing else happened.",
	}
	want := make([][]int, len(bodies))
	for i, b := range bodies {
		want[i] = Select(b, text.Sentences(b), 2)
		if len(want[i]) != 2 {
			t.Fatalf("Select(%q) = %v, want two sentences", b, want[i])
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				i := (g + n) % len(bodies)
				if got := Select(bodies[i], text.Sentences(bodies[i]), 2); !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("body %d: got %v, want %v", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
