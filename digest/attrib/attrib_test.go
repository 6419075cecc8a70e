package attrib

import (
	"fmt"
	"github.com/attache-bot/attache/internal/sharedtest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/text"
)

// sharedDir returns the repository's ../shared folder, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

// ents marks every occurrence of each name form as an entity.
func ents(body string, forms ...[3]string) []Entity {
	var out []Entity
	for _, f := range forms {
		for i := 0; ; {
			k := strings.Index(body[i:], f[0])
			if k < 0 {
				break
			}
			s := i + k
			i = s + len(f[0])
			out = append(out, Entity{Start: s, End: i, Type: f[1], Name: f[2]})
		}
	}
	return out
}

func find(body string, e []Entity) []Attribution {
	return Find(body, text.Sentences(body), e)
}

func TestFindPatterns(t *testing.T) {
	smith := [3]string{"John Smith", "PER", "John Smith"}
	tests := []struct {
		name   string
		body   string
		ents   []Entity
		source string // expected source text of the first attribution
		actor  string
		actors []string
		cue    string
		quote  string
		stance string
	}{
		{name: "quote then X said", body: "“We will not accept this deal,” Smith said.",
			source: "Smith", actor: "Smith", cue: "said", quote: "We will not accept this deal", stance: Critical},
		{name: "X said colon quote", body: "Smith said: “The talks were productive and constructive.”",
			source: "Smith", cue: "said", quote: "The talks were productive and constructive.", stance: Supportive},
		{name: "inverted said", body: "“It was a mistake,” said Anna Berg, the foreign minister.",
			source: "Anna Berg, the foreign minister", actor: "Anna Berg", cue: "said", quote: "It was a mistake", stance: Critical},
		{name: "straight quotes inverted", body: `"We are ready," says a spokesman.`,
			source: "a spokesman", cue: "says", quote: "We are ready"},
		{name: "pronoun after quote resolves to entity", body: "John Smith arrived in Paris. “We are ready,” he said.",
			ents:   ents("John Smith arrived in Paris. “We are ready,” he said.", smith),
			source: "he", actor: "John Smith", cue: "said", quote: "We are ready", stance: Neutral},
		{name: "pronoun without entities uses previous speaker", body: "Smith said the deal was done. He added that it was a good one.",
			source: "Smith", cue: "said"},
		{name: "surname resolves to full name", body: "John Smith flew home. Smith warned that the plan was dangerous.",
			ents:   ents("John Smith flew home. Smith warned that the plan was dangerous.", [3]string{"John Smith", "PER", "John Smith"}),
			source: "Smith", actor: "John Smith", cue: "warned", stance: Critical},
		{name: "participial stating", body: "Lavrov dismissed these concerns, stating, “I don’t know what they have to do at the negotiations table.”",
			ents:   ents("Lavrov dismissed these concerns", [3]string{"Lavrov", "PER", "Sergey Lavrov"}),
			source: "Lavrov", actor: "Sergey Lavrov", cue: "dismissed", quote: "I don’t know what they have to do at the negotiations table.", stance: Critical},
		{name: "group actor", body: "France and the UK called an emergency EU meeting over US diplomacy.",
			ents:   ents("France and the UK called an emergency EU meeting over US diplomacy.", [3]string{"France", "GPE", "France"}, [3]string{"UK", "GPE", "United Kingdom"}),
			source: "France and the UK", actor: "France", actors: []string{"France", "United Kingdom"}, cue: "called", stance: Critical},
		{name: "group without entities", body: "France and the UK called an emergency EU meeting.",
			source: "France and the UK", actors: []string{"France", "United Kingdom"}, cue: "called"},
		{name: "demonym group", body: "French and British officials called an emergency EU meeting on Monday to assess the situation.",
			source: "French and British officials", actor: "France", actors: []string{"France", "United Kingdom"}, cue: "called", stance: Critical},
		{name: "according to", body: "The talks will resume in March, according to Kremlin spokesman Dmitry Peskov.",
			source: "Kremlin spokesman Dmitry Peskov", cue: "according to", stance: Neutral},
		{name: "told with object", body: "Officials told reporters that the summit had been postponed.",
			source: "Officials", cue: "told"},
		{name: "welcomed is supportive", body: "The European Union welcomed the agreement.",
			source: "The European Union", cue: "welcomed", stance: Supportive},
		{name: "condemned is critical", body: "Kyiv condemned the strike on Monday.",
			source: "Kyiv", cue: "condemned", stance: Critical},
		{name: "mixed content", body: "Smith said the deal was a good step but a dangerous precedent.",
			source: "Smith", cue: "said", stance: Mixed},
		{name: "emphasized is neutral", body: "Kremlin spokesperson Dmitry Peskov emphasized that the discussions would center on relations.",
			source: "Kremlin spokesperson Dmitry Peskov", cue: "emphasized", stance: Neutral},
		{name: "assured with partial quote", body: "Trump has assured reporters that Zelenskyy “will be involved,” but gave no details.",
			source: "Trump", cue: "assured", quote: "will be involved", stance: Supportive},
		{name: "appositive", body: "Lavrov, Russia's foreign minister, said the talks went well.",
			source: "Lavrov, Russia's foreign minister,", actor: "Lavrov", actors: []string{"Lavrov"}, cue: "said"},
		{name: "relative clause", body: "Sanders, who lost the primaries, said he would vote.",
			source: "Sanders, who lost the primaries,", actor: "Sanders", cue: "said"},
		{name: "parenthetical is not part of the source", body: "Sanders, meanwhile, said he would vote.",
			source: "Sanders", cue: "said"},
		{name: "headline colon", body: "Sanders: Endorsements prove Clinton is the establishment candidate.",
			source: "Sanders", cue: ":"},
		{name: "time between subject and verb", body: "Clinton on Tuesday said the plan was sound.",
			source: "Clinton", cue: "said"},
		{name: "time adjunct before the verb", body: "Senator Dianne Feinstein last week said the emails were not secret.",
			source: "Senator Dianne Feinstein", cue: "said"},
		{name: "time adjunct after an appositive", body: "Reince Priebus, the GOP chairman, this past week announced a website.",
			source: "Reince Priebus, the GOP chairman,", cue: "announced"},
		{name: "twice is an adverb", body: "The American Legion has twice complained to Sanders officials.",
			source: "The American Legion", cue: "complained"},
		{name: "place closing a participial clause", body: "Trump, speaking at a rally in Charleston, West Virginia, said he would win.",
			source: "Trump", cue: "said"},
		{name: "according to the author of a report", body: "Turnout fell, according to an analysis by the Pew Research Center.",
			source: "the Pew Research Center", cue: "according to"},
		{name: "participial opener is no subject", body: "Asked on Monday whether he would serve, Clinton smiled and said no.",
			source: "Clinton", cue: "said"},
		{name: "sentence adverb opener is no subject", body: "Overall, conservative groups reported spending $6 million and said it worked.",
			source: "conservative groups", cue: "reported"},
		{name: "time after an inverted cue", body: "“It is a problem,” Ben Rhodes, the deputy adviser, said Sunday.",
			source: "Ben Rhodes, the deputy adviser,", cue: "said", quote: "It is a problem"},
		{name: "participle and time before the verb", body: "A news report compiled Wednesday said Carter used a personal email account.",
			source: "A news report", cue: "said"},
		{name: "floating quantifier", body: "Clinton and Sanders both condemned the program.",
			source: "Clinton and Sanders", cue: "condemned"},
		{name: "adverbial phrase before the verb", body: "Critics have in particular noted the explosive campaign material.",
			source: "Critics", cue: "noted"},
		{name: "name suffix before the verb", body: "James B. Comey Jr. said the threat was real.",
			source: "James B. Comey Jr.", cue: "said"},
		{name: "party and state after the name", body: "Sen. Rand Paul, R-Ky., told Fox News that the polls could be way off.",
			source: "Sen. Rand Paul, R-Ky.,", cue: "told"},
		{name: "parenthetical between dashes", body: "Jason Sims — a teacher from Mount Pleasant — says he made a late decision.",
			source: "Jason Sims — a teacher from Mount Pleasant —", cue: "says"},
		{name: "adjective after a determiner of an inverted source", body: "“There is no data,” said an unnamed official.",
			source: "an unnamed official", cue: "said", quote: "There is no data"},
		{name: "according to an adjective and a name", body: "According to a yearly Gallup poll, Clinton is the most admired woman.",
			source: "a yearly Gallup poll", cue: "According to"},
		{name: "noun in -ly closing the source", body: "The organizer of a pro-Trump rally said the rules were bad.",
			source: "The organizer of a pro-Trump rally", cue: "said"},
		{name: "state after a place in a parenthetical", body: "Clinton, during a town hall meeting in Columbus, Ohio, said she would act.",
			source: "Clinton", cue: "said"},
		{name: "a name after a place is no state", body: "“I'm outraged,” the play's organiser in Uganda, Sarah Mukasa, told the BBC.",
			source: "Sarah Mukasa", cue: "told"},
		{name: "adverb after an inverted cue is no source", body: "“It is over,” Mr. Kaplan, a screenwriter, said dryly.",
			source: "Mr. Kaplan, a screenwriter,", cue: "said", quote: "It is over"},
		{name: "colon speaker after a dash", body: "POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “The polls were right.”",
			source: "Mark Blumenthal and Jon Cohen", cue: ":", quote: "The polls were right."},
		{name: "transcript mark is no speaker", body: "Q: Does Ted Cruz?", source: ""},
		{name: "credit line is no speaker", body: "Contributing: Grant Miller.", source: ""},
		{name: "passive is not a cue", body: "He was told to leave.", source: ""},
		{name: "noun say is not a cue", body: "The plan gives Ukraine a say in the talks.", source: ""},
		{name: "no reporting verb", body: "The talks begin on Tuesday in Riyadh.", source: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := find(tc.body, tc.ents)
			if tc.source == "" {
				if len(got) != 0 {
					t.Fatalf("want no attribution, got %+v", got)
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("no attribution found in %q", tc.body)
			}
			a := got[0]
			if a.Source != tc.source {
				t.Errorf("source = %q, want %q", a.Source, tc.source)
			}
			if tc.body[a.SourceStart:a.SourceEnd] != a.Source {
				t.Errorf("source span %d:%d is %q", a.SourceStart, a.SourceEnd, tc.body[a.SourceStart:a.SourceEnd])
			}
			if c := tc.body[a.CueStart:a.CueEnd]; c != tc.cue {
				t.Errorf("cue = %q, want %q", c, tc.cue)
			}
			if tc.actor != "" && a.Actor != tc.actor {
				t.Errorf("actor = %q, want %q", a.Actor, tc.actor)
			}
			if tc.actors != nil && !slices.Equal(a.Actors, tc.actors) {
				t.Errorf("actors = %q, want %q", a.Actors, tc.actors)
			}
			if a.Quote != tc.quote {
				t.Errorf("quote = %q, want %q", a.Quote, tc.quote)
			}
			if tc.stance != "" && a.Stance != tc.stance {
				t.Errorf("stance = %q, want %q", a.Stance, tc.stance)
			}
		})
	}
}

// TestFindSourceOf checks the source Find gives one cue of a sentence,
// for constructions found among the misses on PolNeAR train: an inverted
// source closing a sentence that holds another cue, a poll share, the
// subject before a restrictive relative clause, a time adjunct, a
// lower-case noun that is also a cue word after its determiner, a
// surname that is a function word after a quotation, a pronoun with a
// contracted auxiliary, and "early", "her" opening a noun phrase after the
// cue.
func TestFindSourceOf(t *testing.T) {
	for _, tc := range []struct{ body, cue, source string }{
		{"Sanders is a long shot against a favorite backed by support, said Dante Scala, a professor at the University of New Hampshire.",
			"said", "Dante Scala, a professor at the University of New Hampshire"},
		{"About four in 10 say they want a more liberal president.", "say", "About four in 10"},
		{"More than six in 10 said they were not looking forward to the campaign.", "said", "More than six in 10"},
		{"Former officials who spoke with The Huffington Post said the organization has become a shell.", "said", "Former officials"},
		{"Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate itself.", "warned", "Even Republicans"},
		{"“It will not happen,” the release said.", "said", "the release"},
		{"“Mark, you are a total loser!” the note says.", "says", "the note"},
		{"“We need a new direction,” From said.", "said", "From"},
		{"And he’s predicting that the competition will become fierce.", "predicting", "he"},
		{"Clinton won in Puerto Rico, according to early results.", "according to", "early results"},
		{"The suit failed, according to her lawyers.", "according to", "her lawyers"},
		{"“It was a mistake,” said her spokesman.", "said", "her spokesman"},
		// a pronoun after the cue that opens the reported clause is no
		// inverted source
		{"Ms. Reyes, in a statement issued by her office on Monday, said she “welcomes the review.”", "said", "Ms. Reyes"},
		// a pair of names closing the clause is the inverted source
		{"The vote was close, said Ortiz and Chen.", "said", "Ortiz and Chen"},
		// the subject of an absolute clause after "with"
		{"Turnout rose sharply, with 40 percent of students saying they had voted.", "saying", "40 percent of students"},
		{"Fares rose again in March, with the Transit Workers Union calling the increase “a betrayal.”", "calling", "the Transit Workers Union"},
	} {
		found := false
		var got []string
		for _, a := range find(tc.body, nil) {
			if tc.body[a.CueStart:a.CueEnd] == tc.cue {
				got = append(got, a.Source)
				found = found || a.Source == tc.source
			}
		}
		if !found {
			t.Errorf("%q: sources of %q = %q, want %q", tc.body, tc.cue, got, tc.source)
		}
	}
	// a subject inside the relative clause is its own ("names he said would
	// be released"), and "who" itself stays the source of its clause's cue
	for _, tc := range []struct{ body, cue, source string }{
		{"He is treating his supporters as ignorants who will believe anything he says.", "says", "ignorants"},
		{"Song is an activist who was among several speakers who spoke before Sanders.", "spoke", "an activist"},
	} {
		for _, a := range find(tc.body, nil) {
			if tc.body[a.CueStart:a.CueEnd] == tc.cue && a.Source == tc.source {
				t.Errorf("%q: %q has the source %q", tc.body, tc.cue, tc.source)
			}
		}
	}
}

func TestPronounChain(t *testing.T) {
	body := "Smith said the deal was done. He added that it was a good one."
	got := find(body, nil)
	if len(got) != 2 {
		t.Fatalf("got %d attributions, want 2: %+v", len(got), got)
	}
	if got[1].Source != "He" || got[1].Actor != "Smith" || got[1].Sentence != 1 {
		t.Errorf("second = source %q actor %q sentence %d; want He -> Smith in sentence 1", got[1].Source, got[1].Actor, got[1].Sentence)
	}
}

func TestQuoteContinuation(t *testing.T) {
	body := "Ms Hewitt said: \"We have already doubled maternity pay.\"\n\"We will extend it to nine months.\"\nThe plan costs money."
	got := find(body, nil)
	if len(got) != 2 {
		t.Fatalf("got %d attributions, want 2: %+v", len(got), got)
	}
	if got[1].Sentence != 1 || got[1].Source != "Ms Hewitt" || got[1].Quote != "We will extend it to nine months." {
		t.Errorf("continuation = %+v", got[1])
	}
}

func TestQuoteStaysInItsSentence(t *testing.T) {
	cases := []struct{ body, quote string }{
		// a quote closed with a full stop belongs to the sentence before
		{"Dr Fox told the radio: \"We will win the vote.\"\nHe would not discuss reports the party repaid a loan.", ""},
		// "..., he said" after the quote still takes it
		{"\"We will win the vote,\" he said.", "We will win the vote"},
	}
	for _, c := range cases {
		t.Run(c.body[:20], func(t *testing.T) {
			got := find(c.body, nil)
			if len(got) == 0 {
				t.Fatal("no attribution")
			}
			last := got[len(got)-1]
			if last.Quote != c.quote {
				t.Errorf("last attribution %q (%q): quote %q, want %q", last.Source, c.body[last.CueStart:last.CueEnd], last.Quote, c.quote)
			}
		})
	}
}

func TestNestedAttributionDropped(t *testing.T) {
	body := "Merrill says that Clinton called Machado on Friday."
	got := find(body, nil)
	if len(got) != 1 || got[0].Source != "Merrill" {
		t.Fatalf("want only Merrill's attribution, got %+v", got)
	}
}

func TestSeedGold(t *testing.T) {
	shared := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(shared, "fixtures", "seed", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	body := string(b)
	got := find(body, seedEnts(body))
	has := func(actor, stance, quote string) bool {
		for _, a := range got {
			if slices.Contains(a.Actors, actor) && (stance == "" || a.Stance == stance) && (quote == "" || a.Quote == quote) {
				return true
			}
		}
		return false
	}
	tests := []struct{ actor, stance, quote string }{
		{"Sergey Lavrov", Critical, "I don’t know what they have to do at the negotiations table."},
		{"Donald Trump", Supportive, "will be involved"},
		{"Volodymyr Zelenskyy", Critical, ""},
		{"France", Critical, ""},
		{"United Kingdom", Critical, ""},
		{"European leaders", Critical, ""},
		{"Dmitry Peskov", Neutral, ""},
		{"Pete Hegseth", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.actor, func(t *testing.T) {
			if !has(tc.actor, tc.stance, tc.quote) {
				t.Errorf("no %s reaction by %s (quote %q)", tc.stance, tc.actor, tc.quote)
			}
		})
	}
	for _, a := range got {
		if a.Actor == "J. Mansour" || a.Actor == "Morning Edition" {
			t.Errorf("byline or label as actor: %+v", a)
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, body := range []string{"", "   ", "said", "“", "\"\"\"", "according to", ", said"} {
		got := Find(body, text.Sentences(body), nil)
		checkSpans(t, body, text.Sentences(body), got)
	}
	// sentences out of range or inverted are ignored
	got := Find("Smith said hello.", []text.Span{{Start: 5, End: 2}, {Start: 0, End: 100}, {Start: -1, End: 3}}, nil)
	if len(got) != 0 {
		t.Errorf("bad sentence spans gave %+v", got)
	}
	// entities out of range are ignored
	got = Find("He said hello.", text.Sentences("He said hello."), []Entity{{Start: 0, End: 99, Type: "PER", Name: "X"}})
	if len(got) != 1 || got[0].Actor != "He" {
		t.Errorf("got %+v", got)
	}
}

func checkSpans(t *testing.T, body string, sents []text.Span, got []Attribution) {
	t.Helper()
	for _, a := range got {
		for _, sp := range [][2]int{{a.SourceStart, a.SourceEnd}, {a.CueStart, a.CueEnd}, {a.ContentStart, a.ContentEnd}} {
			if sp[0] < 0 || sp[1] > len(body) || sp[0] > sp[1] {
				t.Fatalf("span %v out of range for %q: %+v", sp, body, a)
			}
			if !utf8.ValidString(body) {
				continue
			}
			if !utf8.RuneStart(at(body, sp[0])) || !utf8.RuneStart(at(body, sp[1])) {
				t.Fatalf("span %v not on rune boundaries in %q", sp, body)
			}
		}
		if a.Sentence < 0 || a.Sentence >= len(sents) {
			t.Fatalf("sentence %d out of range", a.Sentence)
		}
		if a.Source != body[a.SourceStart:a.SourceEnd] {
			t.Fatalf("Source %q != span text %q", a.Source, body[a.SourceStart:a.SourceEnd])
		}
		switch a.Stance {
		case Supportive, Critical, Neutral, Mixed:
		default:
			t.Fatalf("bad stance %q", a.Stance)
		}
	}
}

func at(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

func FuzzFind(f *testing.F) {
	f.Add("“We will not accept this,” Smith said. He added: “Never.”")
	f.Add("France and the UK called an emergency meeting, according to officials.")
	f.Add("\"Yes,\" said Mr. Jones (R-Wis.), who lost, adding, ''no''.")
	f.Add("Sanders: Endorsements prove it.\n“Open quote\nsaid he")
	f.Fuzz(func(t *testing.T, body string) {
		sents := text.Sentences(body)
		got := Find(body, sents, nil)
		checkSpans(t, body, sents, got)
		// with entities over every capitalized token
		var es []Entity
		for _, tk := range text.Tokens(body) {
			if r, _ := utf8.DecodeRuneInString(tk.Text); r >= 'A' && r <= 'Z' {
				es = append(es, Entity{Start: tk.Start, End: tk.End, Type: "PER", Name: tk.Text})
			}
		}
		checkSpans(t, body, sents, Find(body, sents, es))
	})
}

func BenchmarkFindSeed(b *testing.B) {
	shared := sharedDir(b)
	raw, err := os.ReadFile(filepath.Join(shared, "fixtures", "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	body := string(raw)
	sents := text.Sentences(body)
	es := seedEnts(body)
	for _, bc := range []struct {
		name    string
		ents    []Entity
		rules   bool
		lowered bool // FindLowered with the lower-cased body and tokens
	}{{"ents", es, false, false}, {"noents", nil, false, false}, {"ents-rules-only", es, true, false}, {"ents-lowered", es, false, true}} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.rules {
				pairsOverride = &pairModel{} // no learned pairs
				defer func() { pairsOverride = nil }()
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			n := 0
			c0 := sharedtest.CPUTime()
			low, toks := asciiLowered(body), nextTokens(body)
			for b.Loop() {
				if bc.lowered {
					FindLowered(body, low, toks, sents, bc.ents)
				} else {
					Find(body, sents, bc.ents)
				}
				n++
			}
			sharedtest.ReportCPU(b, sharedtest.CPUTime()-c0, n)
		})
	}
}

// TestFindConcurrent checks that the pooled working memory is never shared
// between calls running at the same time: every goroutine must get the
// sequential result.
func TestFindConcurrent(t *testing.T) {
	bodies := []string{
		`Lavrov said the talks were "useful". France and the UK called an emergency meeting, officials said.`,
		`“We will not accept it,” Zelenskyy told reporters. He added that Ukraine must be involved.`,
		`According to the Kremlin, Putin welcomed the plan. Peskov declined to comment.`,
	}
	want := make([][]Attribution, len(bodies))
	for i, b := range bodies {
		want[i] = Find(b, text.Sentences(b), nil)
		if len(want[i]) == 0 {
			t.Fatalf("no attribution in %q", b)
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
				if got := Find(bodies[i], text.Sentences(bodies[i]), nil); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("body %d: got %+v, want %+v", i, got, want[i])
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

// TestOneSourcePerCue checks that the learned pairs give no second source
// to a cue the rules attributed ("Trump at the time said": not "the time").
func TestOneSourcePerCue(t *testing.T) {
	for _, body := range []string{
		"The supporter was later charged with assault. Trump at the time said he had asked his people to look into paying.",
		"Trump earlier Tuesday backed away from a suggestion that he might cover legal costs.",
	} {
		seen := map[int]string{}
		for _, a := range find(body, nil) {
			if s, ok := seen[a.CueStart]; ok {
				t.Errorf("cue %q has two sources, %q and %q", body[a.CueStart:a.CueEnd], s, a.Source)
			}
			seen[a.CueStart] = a.Source
		}
		if len(seen) == 0 {
			t.Errorf("no attribution in %q", body)
		}
	}
}
