package digest

import "testing"

// readDoc prepares body as Extract does up to the people, for tests of the
// clause reader.
func readDoc(t *testing.T, body string, year, month int) *doc {
	t.Helper()
	e := engine(t)
	d := e.getDoc(body)
	t.Cleanup(func() { e.putDoc(d) })
	d.split()
	d.buildWords()
	d.layout(d.headerEnd())
	if e.tagger != nil {
		d.runTagger(e.tagger, e.nerWords)
	}
	d.recognise()
	d.pubYear, d.pubMonth = year, month
	d.resolvePeople()
	return d
}

// wordAt returns the index of the first word w, failing the test if none.
func wordAt(t *testing.T, d *doc, w string) int {
	t.Helper()
	for i := range d.words {
		if d.words[i].text == w {
			return i
		}
	}
	t.Fatalf("no word %q", w)
	return -1
}

func TestIsPast(t *testing.T) {
	for _, c := range []struct {
		t    string
		use  int
		want bool
	}{
		{"hosted", 0, true}, {"met", 0, true}, {"need", 0, false}, {"seed", pastMeet, false},
		{"sat", pastMeet, true}, {"sat", pastEvent, false}, {"gave", pastEvent, true}, {"gave", pastMeet, false},
		{"scheduled", pastMeet | pastNoPlan, false}, {"scheduled", pastEvent, true}, {"meets", 0, false},
	} {
		if got := isPast(c.t, c.use); got != c.want {
			t.Errorf("isPast(%q, %d) = %v, want %v", c.t, c.use, got, c.want)
		}
	}
}

func TestClauseAt(t *testing.T) {
	for _, c := range []struct {
		name, body, at, verb string
		tense                uint8 // bits that must be set
		when                 int8
	}{
		{"past, lead's day", "Greek Foreign Minister Nikos Andreou met his Chilean counterpart on Monday in Athens.", "counterpart", "met", tPast, whenSame},
		{"future by will", "Andreou will travel to Santiago next month to meet President Vera.", "Vera", "will", tFuture, whenAfter},
		{"future by due to", "The two ministers are due to sign the accord later this year.", "accord", "are", tFuture, whenAfter},
		{"perfect, year before", "Andreou had visited Santiago in 2019, officials said.", "Santiago", "had", tPast | tPerfect, whenBefore},
		{"negated", "Vera did not attend the dinner.", "dinner", "did", tPast | tNeg, whenNone},
		{"relative clause keeps its own time", "Andreou, who met Vera three years ago, praised the talks on Monday.", "Vera", "met", tPast, whenBefore},
		{"main clause after the relative", "Andreou, who met Vera three years ago, praised the talks on Monday.", "talks", "", 0, whenSame},
		{"conditional", "The minister said the talks would fail if Quito stayed away.", "Quito", "stayed", tPast | tCond, whenNone},
		{"participle's date is not the clause's", "Andreou discussed the treaty signed in 2012 with Vera.", "Vera", "discussed", tPast, whenNone},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := readDoc(t, c.body, 2026, 11)
			cl := d.clauseAt(wordAt(t, d, c.at))
			if c.verb != "" && (cl.verb < 0 || d.words[cl.verb].text != c.verb) {
				v := ""
				if cl.verb >= 0 {
					v = d.words[cl.verb].text
				}
				t.Errorf("verb %q, want %q", v, c.verb)
			}
			if cl.tense&c.tense != c.tense {
				t.Errorf("tense %b, want bits %b", cl.tense, c.tense)
			}
			if cl.when != c.when {
				t.Errorf("when %d, want %d", cl.when, c.when)
			}
			if again := d.clauseAt(wordAt(t, d, c.at)); again.w0 != cl.w0 || again.w1 != cl.w1 {
				t.Errorf("memoised clause [%d,%d), first [%d,%d)", again.w0, again.w1, cl.w0, cl.w1)
			}
		})
	}
}

func TestPastRelClauseOnReader(t *testing.T) {
	for _, c := range []struct {
		body, at string
		want     bool
	}{
		{"The envoy, who met Lavrov three years ago, praised the talks on Monday.", "Lavrov", true},
		{"The envoy, who had met Lavrov before, praised the talks on Monday.", "Lavrov", true},
		{"The envoy, who mediated the 2020 Doha deal, praised the talks on Monday.", "deal", true},
		{"The envoy, who chairs the talks this week, praised the progress on Monday.", "chairs", false},
		{"The envoy praised the talks with Lavrov, officials said on Monday.", "Lavrov", false},
	} {
		d := readDoc(t, c.body, 2026, 11)
		i := wordAt(t, d, c.at)
		if got := d.pastRelClause(d.words[i].sent, i); got != c.want {
			t.Errorf("%q at %q: pastRelClause %v, want %v", c.body, c.at, got, c.want)
		}
	}
}

func TestClauseAtComma(t *testing.T) {
	// a comma asked about after a subordinate opener: the clause holds it
	d := readDoc(t, "Since the ministers met in Lima, the talks have gone well, officials said.", 2026, 11)
	for i := len(d.words) - 1; i >= 0; i-- { // (from the end: no clause memoised over the comma yet)
		c := d.clauseAt(i)
		if i < c.w0 || i >= c.w1 {
			t.Errorf("word %d %q: clause [%d,%d) does not hold it", i, d.words[i].text, c.w0, c.w1)
		}
	}
}
