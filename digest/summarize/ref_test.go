package summarize

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/text"
)

// refSelectTitled is the straightforward implementation (maps, one string
// per word) that the allocation-free SelectTitled replaced; the tests below
// hold the fast one to it.
func refSelectTitled(body, title string, sents []text.Span, n int) []int {
	if n <= 0 || len(sents) == 0 {
		return nil
	}
	type cand struct {
		idx   int
		words []string // content words, lower case
		ids   []int32  // distinct word ids, sorted
		nw    int      // word count
		ents  int
		quote bool
	}
	cands := make([]cand, 0, len(sents))
	df := make(map[string]int, len(sents)*8)
	ids := make(map[string]int32, len(sents)*8)
	for i, sp := range sents {
		if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End {
			continue
		}
		s := body[sp.Start:sp.End]
		if !refEligible(s) {
			continue
		}
		c := cand{idx: i, quote: quoteOnly(s)}
		first := true
		for _, t := range text.Tokens(s) {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			c.nw++
			if !first && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
				c.ents++
			}
			first = false
			w := strings.ToLower(t.Text)
			if stopWords[w] || len(w) < 3 {
				continue
			}
			w = refStem(w)
			if !slices.Contains(c.words, w) {
				df[w]++
				id, ok := ids[w]
				if !ok {
					id = int32(len(ids))
					ids[w] = id
				}
				c.ids = append(c.ids, id)
			}
			c.words = append(c.words, w)
		}
		if c.nw == 0 {
			continue
		}
		slices.Sort(c.ids)
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		return nil
	}
	// title words: the title, else the first eligible sentence
	titleWords := map[string]bool{}
	if title != "" {
		for _, t := range text.Tokens(title) {
			if w := strings.ToLower(t.Text); !stopWords[w] && len(w) >= 3 {
				titleWords[refStem(w)] = true
			}
		}
	} else {
		for _, w := range cands[0].words {
			titleWords[w] = true
		}
	}
	maxDF := 1
	for _, v := range df {
		maxDF = max(maxDF, v)
	}
	scores := make([]float64, len(cands))
	for k, c := range cands {
		sc := 0.0
		switch k {
		case 0:
			sc += wLead
		case 1:
			sc += wLead / 2
		}
		sc += wPos * (1 - float64(k)/float64(len(cands)))
		if len(c.words) > 0 {
			over, cent := 0, 0.0
			for _, w := range c.words {
				if titleWords[w] {
					over++
				}
				cent += float64(df[w]-1) / float64(maxDF)
			}
			if title != "" || k > 0 {
				sc += wTitle * float64(over) / math.Sqrt(float64(len(c.words))+1)
			}
			sc += wCentral * cent / math.Sqrt(float64(len(c.words))+1)
		}
		sc += wEntities * float64(c.ents) / float64(c.nw)
		if c.nw < minWords {
			sc += wShort * float64(minWords-c.nw) / minWords
		}
		if c.nw > maxWords {
			sc += wLong * float64(c.nw-maxWords) / maxWords
		}
		if c.quote {
			sc += wQuoteOnly
		}
		scores[k] = sc
	}
	// greedy selection with a redundancy penalty against chosen sentences
	chosen := make([]int, 0, n)
	used := make([]bool, len(cands))
	for len(chosen) < n && len(chosen) < len(cands) {
		best, bestScore := -1, math.Inf(-1)
		for k := range cands {
			if !used[k] && scores[k] > bestScore {
				best, bestScore = k, scores[k]
			}
		}
		used[best] = true
		chosen = append(chosen, best)
		for k := range cands {
			if !used[k] {
				scores[k] -= wRedundancy * jaccard(cands[k].ids, cands[best].ids)
			}
		}
	}
	out := make([]int, len(chosen))
	for i, k := range chosen {
		out[i] = cands[k].idx
	}
	slices.Sort(out)
	return out
}

func refEligible(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	// site chrome comes in short lines
	if len(s) < 100 {
		ls := strings.ToLower(s)
		for _, b := range boilerplate {
			if strings.Contains(ls, b) {
				return false
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == '-' || r == '*' || r == '•' || r == '–' || r == '—' || r == '|' || r == '#' {
		return false
	}
	// headings: no sentence-final punctuation
	last, size := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', '…':
	case '"', '”', '’', '\'', ')':
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:len(s)-size], `"”’')`))
		if !strings.ContainsRune(".!?…", before) {
			return false
		}
	default:
		return false
	}
	// a slash-separated header line ("Title/ Outlet/ CITY/ Byline/ ...")
	if strings.Count(s, "/ ") >= 3 {
		return false
	}
	// a number or a rank ("1.", "3.") in a results table says nothing
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if letters++; letters == 3 {
				return true
			}
		}
	}
	return false
}

func refStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func TestSelectMatchesReference(t *testing.T) {
	body := "Leaders meet in Riyadh to discuss the Ukraine war and US-Russia relations.\n" +
		"Quick Look\n- Agenda: relations.\nIt rained.\n" +
		"The Riyadh talks on the Ukraine war exclude Kyiv, which angered Ukrainian leaders.\n" +
		"“Officials from the United States and Russia will discuss the Ukraine war,” he said.\n" +
		"Ukraine’s President Zelenskyy insists his country’s involvement is needed; ÉTATS-UNIS talks.\n" +
		"Some people watched football on television during the weekend, talking and talked.\n" +
		"You must Register or Login to post a comment. Click here to subscribe to our newsletter."
	sents := text.Sentences(body)
	for _, title := range []string{"", "Ukraine talks in Riyadh", "ÉTATS-UNIS — “Riyadh” talks, 2025"} {
		for n := 0; n <= len(sents)+1; n++ {
			got, want := SelectTitled(body, title, sents, n), refSelectTitled(body, title, sents, n)
			if !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("SelectTitled(title %q, n=%d) = %v, want %v", title, n, got, want)
			}
		}
	}
}

func FuzzSelectMatchesReference(f *testing.F) {
	f.Add("Leaders meet in Riyadh. The talks exclude Kyiv, which angered leaders. Leaders talked about talks.", "Riyadh talks", 2)
	f.Add("Ukraine’s envoy said “no”. ÉTATS-UNIS répond. Kelvin \u212A talks. Click here!", "", 3)
	f.Fuzz(func(t *testing.T, body, title string, n int) {
		n %= 8
		sents := text.Sentences(body)
		got, want := SelectTitled(body, title, sents, n), refSelectTitled(body, title, sents, n)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("SelectTitled(%q, %q, %d) = %v, want %v", body, title, n, got, want)
		}
		checkSelectTokens(t, body, n)
	})
}

// jaccard is the Jaccard similarity of two sorted id sets.
func jaccard(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// tokenSpans returns the spans of text.Tokens(s).
func tokenSpans(s string) []text.Span {
	var out []text.Span
	for _, tk := range text.Tokens(s) {
		out = append(out, tk.Span)
	}
	return out
}

// checkSelectTokens checks that SelectTokens is Select, for the sentences
// of body and for spans cut every few bytes (which cut tokens too).
func checkSelectTokens(t *testing.T, body string, n int) {
	t.Helper()
	toks := tokenSpans(body)
	cuts := []text.Span{}
	for a := 0; a < len(body); a += 7 {
		cuts = append(cuts, text.Span{Start: a, End: min(a+11, len(body))})
	}
	for _, sents := range [][]text.Span{text.Sentences(body), cuts} {
		got, want := SelectTokens(body, sents, toks, n), Select(body, sents, n)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("SelectTokens(%q, %v, %d) = %v, want %v", body, sents, n, got, want)
		}
	}
}

func TestSelectTokens(t *testing.T) {
	body := "Leaders meet in Riyadh to discuss the Ukraine war and US-Russia relations.\n" +
		"The Riyadh talks on the Ukraine war exclude Kyiv, which angered Ukrainian leaders.\n" +
		"“Officials from the United States and Russia will discuss the Ukraine war,” he said.\n" +
		"Ukraine’s President Zelenskyy insists his country’s involvement is needed; ÉTATS-UNIS talks.\n" +
		"Some people watched football on television during the weekend, talking and talked.\n" +
		"The U.S. envoy met 1,000 people in Saint-Denis on 3.5-fold terms, officials said."
	for n := 0; n <= 6; n++ {
		checkSelectTokens(t, body, n)
	}
	// spans that cut a token fall back to tokenizing the sentence
	sp := []text.Span{{Start: 0, End: 12}}
	if got := sentTokens(tokenSpans("The U.S.-led talks"), text.Span{Start: 4, End: 7}); got != nil {
		t.Errorf("sentTokens of a cut token = %v, want nil", got)
	}
	if got := sentTokens(tokenSpans("The U.S.-led talks"), sp[0]); got == nil {
		t.Errorf("sentTokens of whole tokens = nil")
	}
}
