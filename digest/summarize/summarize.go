// Package summarize owns extractive summary selection for the digest
// engine: it picks the few body sentences that best sum up an article (the
// "deep look" sentences of a quick look).
//
// Scoring is a fixed linear mix of features that transfer across news
// sources: lead position, overlap with the title (or the first sentence
// when there is no title), centrality (frequency of the sentence's content
// words in the whole article), named-entity density and a length prior.
// Boilerplate ("You must Register or Login to post a comment."), headings,
// bullets and datelines are never chosen. Everything is pure and
// deterministic.
package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/text"
)

// Weights of the sentence score.
const (
	wLead       = 1.0  // first eligible sentences
	wPos        = 0.6  // decays with relative position
	wTitle      = 1.2  // content-word overlap with the title
	wCentral    = 1.6  // mean document frequency of content words
	wEntities   = 0.3  // capitalized words and numbers per word
	wShort      = -1.0 // fewer than minWords words
	wLong       = -0.5 // more than maxWords words
	wQuoteOnly  = -0.4 // a sentence that is only a direct quote
	wRedundancy = 0.5  // overlap with an already chosen sentence
	minWords    = 8
	maxWords    = 45
)

// Select returns the indexes, ascending, of the n best summary sentences
// among sents (spans of body, as from text.Sentences). The first sentence
// acts as the title when the body has no separate title. It returns fewer
// than n indexes when fewer sentences are eligible.
func Select(body string, sents []text.Span, n int) []int {
	return SelectTitled(body, "", sents, n)
}

// SelectTitled is Select with the article's title; title words found in a
// sentence raise its score.
func SelectTitled(body, title string, sents []text.Span, n int) []int {
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
		if !eligible(s) {
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
			if stop[w] || len(w) < 3 {
				continue
			}
			w = stem(w)
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
			if w := strings.ToLower(t.Text); !stop[w] && len(w) >= 3 {
				titleWords[stem(w)] = true
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
	sort.Ints(out)
	return out
}

// Lead returns the indexes of the first n eligible sentences: the baseline
// Select is measured against.
func Lead(body string, sents []text.Span, n int) []int {
	var out []int
	for i, sp := range sents {
		if len(out) >= n {
			break
		}
		if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End || !eligible(body[sp.Start:sp.End]) {
			continue
		}
		out = append(out, i)
	}
	return out
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

// eligible rejects boilerplate, headings, bullets and datelines.
func eligible(s string) bool {
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
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', '"', '”', '’', '\'', ')', '…':
	default:
		return false
	}
	// a slash-separated header line ("Title/ Outlet/ CITY/ Byline/ ...")
	if strings.Count(s, "/ ") >= 3 {
		return false
	}
	return true
}

// quoteOnly reports whether s is entirely a direct quote.
func quoteOnly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r != '"' && r != '“' && r != '\'' && r != '‘' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '"' || last == '”' || last == '\'' || last == '’'
}

// stem strips common English suffixes so that "talks" and "talk" meet.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// boilerplate are lower-case fragments of site chrome.
var boilerplate = []string{
	"you must register or login", "register or login to post", "post a comment",
	"click here", "read more:", "subscribe to", "sign up for", "all rights reserved",
	"follow us on", "share this article", "share on facebook", "copyright ©", "(c) copyright",
	"terms of use", "privacy policy", "cookie policy", "newsletter", "related articles",
	"advertisement", "this article was", "reporting by", "editing by", "image copyright",
	"getty images", "skip to content",
}

// stop are function words ignored in overlap and centrality.
var stop = map[string]bool{
	"the": true, "and": true, "for": true, "that": true, "with": true, "this": true,
	"from": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "been": true, "will": true, "would": true, "could": true, "should": true,
	"its": true, "their": true, "they": true, "them": true, "his": true, "her": true,
	"she": true, "him": true, "who": true, "which": true, "what": true, "when": true,
	"where": true, "but": true, "not": true, "also": true, "said": true, "says": true,
	"about": true, "than": true, "then": true, "there": true, "these": true, "those": true,
	"into": true, "over": true, "after": true, "before": true, "more": true, "most": true,
	"some": true, "such": true, "only": true, "other": true, "our": true, "out": true,
	"can": true, "did": true, "does": true, "all": true, "any": true, "one": true,
	"two": true, "new": true, "may": true, "might": true, "must": true, "being": true,
	"while": true, "because": true, "just": true, "very": true, "you": true, "your": true,
	"year": true, "years": true, "told": true, "added": true, "mr": true, "mrs": true, "ms": true,
}
