package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/internal/sharedtest"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// find returns the expression whose text is want, or false.
func find(xs []Timex, want string) (Timex, bool) {
	for _, x := range xs {
		if x.Text == want {
			return x, true
		}
	}
	return Timex{}, false
}

func TestExtractValues(t *testing.T) {
	const monday = "2025-02-17" // a Monday
	tests := []struct {
		name, dct, text, expr, typ, value, mod string
	}{
		{"future weekday", monday, "Officials will meet in Riyadh on Tuesday.", "Tuesday", Date, "2025-02-18", ""},
		{"set to weekday", monday, "Officials are set to engage in talks in Saudi Arabia on Tuesday.", "Tuesday", Date, "2025-02-18", ""},
		{"past weekday", "2025-02-19", "The ministers met on Tuesday in Riyadh.", "Tuesday", Date, "2025-02-18", ""},
		{"preparations for", "2025-06-08", "Macron spoke with Trump on Sunday about preparations for a summit of European leaders in Paris on Thursday.", "Thursday", Date, "2025-06-12", ""},
		{"infinitive is no present", monday, "Marco Rubio flew to Riyadh to meet Sergei Lavrov on Tuesday.", "Tuesday", Date, "2025-02-11", ""},
		{"scheduled present", "2026-03-02", "Turkey will act as mediator when the foreign ministers of Kazakhstan and Uzbekistan meet in Geneva on Tuesday to discuss the river, officials said on Monday.", "Tuesday", Date, "2026-03-03", ""},
		{"trip programme", "2025-03-28", "Lula leaves Hanoi on Saturday.", "Saturday", Date, "2025-03-29", ""},
		{"a visit is a noun, no schedule", "2026-02-11", "The minister wrapped up a two-day visit to Chile on Tuesday.", "Tuesday", Date, "2026-02-10", ""},
		{"his visit, a noun", "2026-02-11", "The envoy ended his visit to Oslo on Tuesday.", "Tuesday", Date, "2026-02-10", ""},
		{"a noun visit with a present verb stays ahead", "2026-02-11", "Ruto's visit to Accra on Monday comes amid trade tension.", "Monday", Date, "2026-02-16", ""},
		{"makes his first visit", "2026-02-11", "Ruto makes his first visit to Accra on Monday.", "Monday", Date, "2026-02-16", ""},
		{"visits, the verb, stays ahead", "2026-02-11", "Ruto visits Accra on Friday.", "Friday", Date, "2026-02-13", ""},
		{"trip leg", "2025-05-12", "The last leg takes him to Bucharest on Wednesday.", "Wednesday", Date, "2025-05-14", ""},
		{"due to meet, said after", "2025-06-12", "Araghchi is due to meet U.S. envoy Steve Witkoff for a sixth round of talks in Muscat on Sunday, Oman said.", "Sunday", Date, "2025-06-15", ""},
		{"pushed back to", "2025-06-20", "Cyprus talks in Geneva pushed back to July.", "July", Date, "2025-07", ""},
		{"was due to", "2025-12-02", "Li Qiang cancelled his attendance at a summit that was due to open in Tokyo on Wednesday, Kihara said on Tuesday.", "Wednesday", Date, "2025-12-03", ""},
		{"day range", "2025-06-20", "The meeting will now take place on July 16-17 in Geneva.", "July 16-17", Date, "2025-07-16", ""},
		{"past weekday same day", monday, "France called an emergency meeting on Monday.", "Monday", Date, "2025-02-17", ""},
		{"said weekday", "1989-10-27", "Paribas said Monday that it intends to bid.", "Monday", Date, "1989-10-23", ""},
		{"month day", monday, "Kellogg is scheduled to visit Kyiv on February 20.", "February 20", Date, "2025-02-20", ""},
		{"month day year", monday, "It was signed on Dec. 31, 1990, in Paris.", "Dec. 31, 1990", Date, "1990-12-31", ""},
		{"day month", monday, "The vote was held on 11 December.", "11 December", Date, "2024-12-11", ""},
		{"ordinal of month", monday, "They meet on the 20th of March.", "the 20th of March", Date, "2025-03-20", ""},
		{"weekday date", "1998-10-25", "The Times said in an editorial on Monday, Oct. 26: the murder", "Monday, Oct. 26", Date, "1998-10-26", ""},
		{"early month", "2013-01-10", "The deal was reached in early December.", "early December", Date, "2012-12", "START"},
		{"late last month", "2013-03-20", "It happened late last July.", "late last July", Date, "2012-07", "END"},
		{"mid month", "1989-10-27", "Delivery is expected by mid-November.", "mid-November", Date, "1989-11", "MID"},
		{"last week", "2013-03-20", "The talks collapsed last week.", "last week", Date, "2013-W11", ""},
		{"this week", "2013-03-20", "He is in Kyiv this week.", "this week", Date, "2013-W12", ""},
		{"next month", "2013-03-20", "Elections are due next month.", "next month", Date, "2013-04", ""},
		{"this year", "2013-03-20", "Growth slowed this year.", "this year", Date, "2013", ""},
		{"last year", "2013-03-20", "Growth slowed last year.", "last year", Date, "2012", ""},
		{"next year", "2013-03-20", "Growth will pick up next year.", "next year", Date, "2014", ""},
		{"now", "2013-03-20", "The talks are now over.", "now", Date, "PRESENT_REF", ""},
		{"right now", "2013-03-20", "It is the priority right now.", "right now", Date, "PRESENT_REF", ""},
		{"recently", "2013-03-20", "He recently met the envoy.", "recently", Date, "PAST_REF", ""},
		{"the future", "2013-03-20", "Talks may resume in the near future.", "the near future", Date, "FUTURE_REF", ""},
		{"coming days", "2013-03-20", "More troops will arrive in the coming days.", "the coming days", Date, "FUTURE_REF", ""},
		{"three years", "2013-03-20", "The war has lasted three years.", "three years", Duration, "P3Y", ""},
		{"a month", "2013-03-20", "The truce held for a month.", "a month", Duration, "P1M", ""},
		{"hyphen duration", "2013-03-20", "He signed a two-year contract.", "two-year", Duration, "P2Y", ""},
		{"compound number", "1998-01-08", "In the last twenty four hours, stocks fell.", "the last twenty four hours", Duration, "PT24H", ""},
		{"half", "1998-08-17", "She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", Duration, "PT5H30M", ""},
		{"past n years", "1989-10-26", "Sales grew over the past two years.", "the past two years", Duration, "P2Y", ""},
		{"approx duration", "1989-10-26", "It took more than four hours.", "more than four hours", Duration, "PT4H", "MORE_THAN"},
		{"years ago", "1998-04-24", "He left two years ago.", "two years ago", Date, "1996", ""},
		{"months ago", "2000-01-28", "It began two months ago.", "two months ago", Date, "1999-11", ""},
		{"days ago", "1998-03-22", "He spoke 10 days ago.", "10 days ago", Date, "1998-03-12", ""},
		{"decade", "2013-03-20", "Trade boomed in the 1990s.", "the 1990s", Date, "199", ""},
		{"apostrophe decade", "2013-03-20", "It was popular in the '80s.", "the '80s", Date, "198", ""},
		{"century", "2013-03-20", "It shaped the 20th century.", "the 20th century", Date, "19", ""},
		{"year", "2013-03-20", "The treaty was signed in 2013.", "2013", Date, "2013", ""},
		{"old year needs cue", "2013-03-20", "It was founded in 1648.", "1648", Date, "1648", ""},
		{"fiscal year", "1989-10-30", "Profit rose in fiscal 1989.", "fiscal 1989", Date, "1989", ""},
		{"quarter", "2013-04-20", "Output fell in the first quarter.", "the first quarter", Date, "2013-Q1", ""},
		{"Q1", "2013-04-20", "Output fell in Q1.", "Q1", Date, "2013-Q1", ""},
		{"adjective quarter", "1989-10-26", "Third-quarter profit rose.", "Third-quarter", Date, "1989-Q3", ""},
		{"quarter of year", "1989-10-26", "It happened in the third quarter of 1984.", "the third quarter of 1984", Date, "1984-Q3", ""},
		{"year-earlier quarter", "1989-10-26", "Net rose from the year-earlier quarter.", "the year-earlier quarter", Date, "1988-Q3", ""},
		{"first half", "1989-10-26", "Losses narrowed in the first half of 1990.", "the first half of 1990", Date, "1990-H1", ""},
		{"yesterday", "2013-03-20", "The envoy arrived yesterday.", "yesterday", Date, "2013-03-19", ""},
		{"tomorrow", "2013-03-20", "The envoy arrives tomorrow.", "tomorrow", Date, "2013-03-21", ""},
		{"today", "2013-03-20", "The envoy arrives today.", "today", Date, "2013-03-20", ""},
		{"tonight", "2013-03-20", "The envoy arrives tonight.", "tonight", Time, "2013-03-20TNI", ""},
		{"yesterday morning", "2013-03-20", "Shelling resumed yesterday morning.", "yesterday morning", Time, "2013-03-19TMO", ""},
		{"this morning", "2013-03-20", "Shelling resumed this morning.", "this morning", Time, "2013-03-20TMO", ""},
		{"last night", "2013-03-20", "Shelling resumed last night.", "last night", Time, "2013-03-19TNI", ""},
		{"weekday morning", monday, "The delegations will meet Monday morning.", "Monday morning", Time, "2025-02-17TMO", ""},
		{"clock", "1998-08-08", "The blast occurred at 10:35 a.m. in Nairobi.", "10:35 a.m.", Time, "1998-08-08T10:35", ""},
		{"clock pm", monday, "The talks will start at 10 p.m. Tuesday.", "10 p.m. Tuesday", Time, "2025-02-18T22:00", ""},
		{"clock utc", "2009-06-01", "The plane landed at 14:48 UTC.", "14:48 UTC", Time, "2009-06-01T14:48Z", ""},
		{"noon", "1998-02-13", "He spoke at noon Thursday.", "noon Thursday", Time, "1998-02-12T12:00", ""},
		{"two weeks ago", "2025-02-17", "Talks failed two weeks ago.", "two weeks ago", Date, "2025-W06", ""},
		{"daily", "2013-03-20", "Flights run daily.", "daily", Set, "P1D", ""},
		{"every week", "2013-03-20", "The council meets every week.", "every week", Set, "P1W", ""},
		{"each thursday", "2013-03-20", "They rally each Thursday.", "each Thursday", Set, "XXXX-WXX-4", ""},
		{"each july", "2013-03-20", "Orangemen march each July.", "each July", Set, "XXXX-07", ""},
		{"frequency", "2013-03-20", "It costs $5 million a year.", "a year", Set, "P1Y", ""},
		{"season", "1998-02-06", "Prices fell last fall.", "last fall", Date, "1997-FA", ""},
		{"season of year", "1998-02-23", "Prices fell in the winter of 1994.", "the winter of 1994", Date, "1994-WI", ""},
		{"spoken year", "1998-01-15", "It started in nineteen ninety-six.", "nineteen ninety-six", Date, "1996", ""},
		{"christmas", "2013-12-01", "Troops will be home by Christmas.", "Christmas", Date, "2013-12-25", ""},
		{"thanksgiving past", "2000-01-06", "They met on Thanksgiving Day.", "Thanksgiving Day", Date, "1999-11-25", ""},
		{"last friday", "1989-10-30", "Shares fell last Friday.", "last Friday", Date, "1989-10-27", ""},
		{"next friday", "1989-10-30", "The vote is next Friday.", "next Friday", Date, "1989-11-10", ""},
		{"next friday from a friday", "1989-10-27", "The vote is next Friday.", "next Friday", Date, "1989-11-03", ""},
		{"next monday from a wednesday", "1989-11-01", "The vote is next Monday.", "next Monday", Date, "1989-11-06", ""},
		{"this friday", "1989-10-30", "The vote is this Friday.", "this Friday", Date, "1989-11-03", ""},
		{"month last year", "1998-02-19", "He was arrested in July last year.", "July last year", Date, "1997-07", ""},
		{"bare month past", "1989-10-30", "KKR bought RJR in February for $25 billion.", "February", Date, "1989-02", ""},
		{"bare month future", "1989-10-30", "The plant will open in January.", "January", Date, "1990-01", ""},
		{"passive future", "2025-10-10", "The next summit will be held in February.", "February", Date, "2026-02", ""},
		{"passive past", "2025-10-10", "The last summit was held in February.", "February", Date, "2025-02", ""},
		{"the weekend", "1989-10-30", "McCaw called for an auction over the weekend.", "the weekend", Date, "1989-W43-WE", ""},
		{"earlier this year", "1989-10-30", "Earlier this year, it cut jobs.", "Earlier this year", Date, "1989", "START"},
		{"end of year", "1989-10-30", "It will close by the end of the year.", "the end of the year", Date, "1989", "END"},
		{"the following day", "2013-03-20", "They met on March 3. The following day, talks collapsed.", "The following day", Date, "2013-03-04", ""},
		{"year ended", "1989-11-01", "Revenue was $76 million for the year ended March 31.", "the year", Duration, "P1Y", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			xs := Extract(tc.text, day(tc.dct))
			x, ok := find(xs, tc.expr)
			if !ok {
				t.Fatalf("Extract(%q) = %+v, want an expression %q", tc.text, xs, tc.expr)
			}
			if x.Type != tc.typ || x.Value != tc.value || x.Mod != tc.mod {
				t.Errorf("%q: got %s %q mod %q, want %s %q mod %q", tc.expr, x.Type, x.Value, x.Mod, tc.typ, tc.value, tc.mod)
			}
			if tc.text[x.Start:x.End] != x.Text {
				t.Errorf("offsets [%d,%d) give %q, not %q", x.Start, x.End, tc.text[x.Start:x.End], x.Text)
			}
		})
	}
}

func TestExtractRejects(t *testing.T) {
	tests := []struct{ name, text string }{
		{"modal may", "He may resign if the talks fail."},
		{"verb march", "Protesters will march to the square."},
		{"count", "The army sent 2000 troops to the border."},
		{"money", "The deal is worth $1,990 million."},
		{"age", "A 6-year-old boy was rescued."},
		{"percent", "The index fell by 2.36% on the day."},
		{"fraction", "About three-quarters of voters agreed."},
		{"lowercase weekday", "the sunday times is a newspaper"},
		{"a second attempt", "A second attempt failed."},
		{"empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if xs := Extract(tc.text, day("2013-03-20")); len(xs) != 0 {
				t.Errorf("Extract(%q) = %+v, want nothing", tc.text, xs)
			}
		})
	}
}

// TestSeedArticle checks the dates of the article Attache was designed
// around: Tuesday = 2025-02-18, February 20 = 2025-02-20.
func TestSeedArticle(t *testing.T) {
	path := filepath.Join(sharedDir(t), "fixtures", "seed", "article.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article absent: %v", err)
	}
	text := string(b)
	xs := Extract(text, day("2025-02-17"))
	want := map[string]string{"Tuesday": "2025-02-18", "February 20": "2025-02-20", "Monday": "2025-02-17"}
	for expr, v := range want {
		found := false
		for _, x := range xs {
			if x.Text == expr {
				found = true
				if x.Value != v {
					t.Errorf("%q at %d = %q, want %q", expr, x.Start, x.Value, v)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %+v", expr, xs)
		}
	}
}

func TestEventPhrase(t *testing.T) {
	tests := []struct{ name, text, expr, want string }{
		{"event noun", "Senior officials are set to engage in high-level diplomatic talks in Saudi Arabia on Tuesday, aiming to discuss relations.", "Tuesday", "high-level diplomatic talks in Saudi Arabia"},
		{"verb with subject", "Amid growing uncertainty, retired General Keith Kellogg is scheduled to visit Kyiv on February 20.", "February 20", "Kellogg visits Kyiv"},
		{"fronted date", "On Tuesday, the ministers will meet in Riyadh.", "Tuesday", "meet in Riyadh"},
		{"none", "Tuesday.", "Tuesday", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, ok := find(Extract(tc.text, day("2025-02-17")), tc.expr)
			if !ok {
				t.Fatalf("no %q in %q", tc.expr, tc.text)
			}
			if got := EventPhrase(tc.text, 0, len(tc.text), x); got != tc.want {
				t.Errorf("EventPhrase = %q, want %q", got, tc.want)
			}
		})
	}
	if got := EventPhrase("abc", 2, 1, Timex{}); got != "" {
		t.Errorf("bad span gave %q", got)
	}
}

// checkInvariants verifies offsets, order and text of xs.
func checkInvariants(t *testing.T, text string, xs []Timex) {
	t.Helper()
	// rune boundaries as range decodes them (an invalid byte is one rune)
	bound := make(map[int]bool, len(text)+1)
	for i := range text {
		bound[i] = true
	}
	bound[len(text)] = true
	prev := 0
	for _, x := range xs {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("bad or overlapping span [%d,%d) after %d in %d bytes", x.Start, x.End, prev, len(text))
		}
		if !bound[x.Start] || !bound[x.End] {
			t.Fatalf("span [%d,%d) not on rune boundaries", x.Start, x.End)
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("Text %q != text[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		switch x.Type {
		case Date, Time, Duration, Set:
		default:
			t.Fatalf("bad type %q", x.Type)
		}
		prev = x.End
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Officials will meet on Tuesday, Feb. 20, 2025 at 10 a.m. EST.",
		"the last twenty-four hours, 2 1/2 years, Q1 2013, the '80s, mid-1990s",
		"Ünïcödé — 3 days ago «today» 12:30 p.m. 東京 Monday morning",
		"a year earlier the third quarter year-ago each July every other week",
		"\xff\xfe 1998. 5 , 000 $2000 2.36% 6-year-old",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, secs int64) {
		dct := time.Unix(secs%(200*365*86400), 0).UTC()
		xs := Extract(s, dct)
		checkInvariants(t, s, xs)
		for _, x := range xs {
			_ = EventPhrase(s, 0, len(s), x)
		}
	})
}

func TestInvariantsOnCorpus(t *testing.T) {
	text := strings.Repeat("On Tuesday, Feb. 18, talks began in Riyadh; the envoy said 10 days ago that next week's summit, the first in three years, would run daily until March. ", 20)
	checkInvariants(t, text, Extract(text, day("2025-02-17")))
	// more than two chunks, no line breaks: chunks end at spaces
	long := strings.Repeat("Talks began on Feb. 18 and ended three days later; ", 4000)
	xs := Extract(long, day("2025-02-17"))
	checkInvariants(t, long, xs)
	if want := 2 * 4000; len(xs) != want {
		t.Errorf("%d expressions in %d bytes, want %d", len(xs), len(long), want)
	}
}

// TestLinearTime checks that a 5 MB input costs about 10 times a 0.5 MB
// one, in process CPU time (wall time is meaningless on a loaded machine).
func TestLinearTime(t *testing.T) {
	if !sharedtest.CPUTimeSupported {
		t.Skip("process CPU time is not measured on this platform")
	}
	unit := "Officials will meet on Tuesday in Riyadh, three years after talks collapsed in early December; the envoy arrived yesterday at 10 a.m. and said the 1990s were different.\n"
	small := strings.Repeat(unit, 512*1024/len(unit))
	big := strings.Repeat(unit, 5*1024*1024/len(unit))
	measure := func(s string) (time.Duration, int) {
		best, n := time.Duration(1<<62), 0
		for range 2 {
			start := sharedtest.CPUTime()
			n = len(Extract(s, day("2025-02-17")))
			best = min(best, sharedtest.CPUTime()-start)
		}
		return best, n
	}
	ts, ns := measure(small)
	tb, nb := measure(big)
	ratio := float64(tb) / float64(max(ts, time.Millisecond))
	t.Logf("CPU time: 0.5 MB %v (%d expressions), 5 MB %v (%d expressions), ratio %.1f", ts, ns, tb, nb, ratio)
	if nb < 9*ns {
		t.Errorf("5 MB gave %d expressions, 0.5 MB %d: want about 10 times as many", nb, ns)
	}
	// Linear work gives about 10; quadratic work would give about 100. The
	// bound leaves room for cache and GC effects when other test binaries
	// share the cores (a ratio of 20-25 was seen under such load).
	if ratio > 30 {
		t.Errorf("5 MB took %.1f times the CPU time of 0.5 MB; want about 10 (linear)", ratio)
	}
}

func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	dct := day("2025-02-17")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, dct)
	}
}

// BenchmarkExtractSeed measures Extract on the seed article, in CPU time
// (cpu-ns/op) as well as wall time.
func BenchmarkExtractSeed(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(sharedDir(b), "fixtures", "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	dct := day("2025-02-17")
	b.SetBytes(int64(len(text)))
	sharedtest.LoopCPU(b, func() { Extract(text, dct) })
}

// TestExtractLowered checks that Extract given the lower-cased text finds
// what Extract finds, across chunks too, and ignores a low of another length.
func TestExtractLowered(t *testing.T) {
	dct := day("2025-02-17")
	base := "Talks resumed on Monday, Feb. 17, and MAY END next WEEK. Officials met in 2024 for three days; ÉTÉ 1998 ’80s.\n"
	for _, text := range []string{base, strings.Repeat(base, 1500)} {
		want := Extract(text, dct)
		if len(want) == 0 {
			t.Fatal("no expression found")
		}
		for _, low := range []string{asciiLower(text), "short"} {
			got := ExtractLowered(text, low, dct)
			if len(got) != len(want) {
				t.Fatalf("ExtractLowered: %d expressions, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("ExtractLowered[%d] = %+v, want %+v", i, got[i], want[i])
				}
			}
		}
	}
}
