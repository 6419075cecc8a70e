// Package absence owns the learned absence reader: a small logistic
// regression that scores a candidate absentee of an article (a country,
// organisation, group or person the engine found, at one of its
// mentions) by the words around the mention and in its clause: whether a
// negation stands before a verb of taking part after it ("Myanmar did not
// send anyone", "Eritrea was not represented"), the words that tell of
// staying away or being kept out ("stayed away", "kept out of the room",
// "declined"), what precedes it ("without", "the absence of"), the kind
// of candidate, whether the rules seat it, and where its sentence stands.
//
// The engine's phrase rules read the absences first; the model adds
// those the rules miss. Training is reproducible: `go run
// ./digest/absence/cmd/train-absence` reads the training quick-look sets
// (every set under digest/evaluate/quicklook), labels each candidate by the sets'
// Absent/Excluded checks, and writes model.tsv, which the package embeds.
package absence

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/attache-bot/attache/digest/internal/logreg"
)

// Token is one word or punctuation mark of a sentence, as the engine
// split it.
type Token struct {
	// Low is the token in lower case.
	Low string
	// Punct says the token is punctuation.
	Punct bool
}

// Kinds of candidate.
const (
	KindPerson  uint8 = iota // a person the engine found
	KindCountry              // a country, by its name or a demonym
	KindGov                  // a national body standing for its country
	KindOrg                  // an organisation or bloc the gazetteer knows
	KindGroup                // an organisation no list knows ("the SPLM-IO")
	KindRegion               // a place no list knows ("Tigray")
	numKinds
)

var kindNames = [numKinds]string{"per", "country", "gov", "org", "group", "region"}

// Cand is one mention of a candidate absentee in its sentence.
type Cand struct {
	// Toks are the tokens of the mention's sentence; [A, B) the mention.
	Toks []Token
	A, B int
	// Kind is the candidate's kind (KindPerson ...).
	Kind uint8
	// Seated says the rules seat the candidate as taking part (a person
	// marked a participant, a country or body one of whose people is);
	// Party says the rules count it among the parties of the talks;
	// Host says it is the venue's country.
	Seated, Party, Host bool
	// Pos is the sentence's place after the lead: 0 the lead, 1 the next
	// two sentences, 2 the three after them, 3 any later one.
	Pos int
}

// window sizes: the words read before and after the mention.
const (
	before = 7
	after  = 10
)

// Features. A candidate mention gives these features (names by prefix):
//
//	k:kind   the candidate's kind   seat, party, host   the rules' reading
//	pos:n    the sentence's place (Cand.Pos)
//	p1:x p2:x  the two tokens before the mention ("^" at the start)
//	n1:x n2:x  the two tokens after it ("$" at the end)
//	b:x      each word of the window before p1
//	a:x      each word of the window after the mention, up to the end of its
//	         clause (. ; ? ! or "but", "while", "whereas", "although"; not a
//	         "but" before a second verb of the subject, butVerb); the
//	         window starts past an aside (Predicate), and "aside" says so
//	v1:x v2:x v3:x  the first three words of that window, by place
//	rel      the mention stands in a relative clause (inRelative): the
//	         window after it ends at the clause's comma
//	a2:x_y   each pair of neighbouring words of the first six of that window
//	ng:x     for a negation (not, n't, never, no) in that window, the word
//	         after it past auxiliaries ("did not send" ng:send,
//	         "was not represented" ng:represented)
//	nb:x     the same for a negation before the mention ("did not invite X")
//	ns:x     a verb of taking part that starts the window after a mention
//	         just after "no", "neither" or "nor" ("Neither Russia nor
//	         Ukraine ... took part"); it counts as neg:part
//
// Numbers are the word "0".

//	neg:part   a negation before a verb of taking part (partVerbs) after the
//	           mention, in its clause; neg:partb the same before the mention
//	neg:near   a negation within four words after the mention
//	away:a, away:b  a word of staying away or of being kept out (awayWords)
//	           in the window after, or before, the mention ("in for" before
//	           it: "stood in for")
//	only:a     "only" in the window after ("represented only by")
//	cond:a     a condition or a threat in the window after (condWords:
//	           "would not attend unless", "threatened to boycott"): the
//	           absence is not told as a fact
//	past:a     a word of another, earlier occasion in the window after
//	           (pastWords: "the previous round", "last year's summit")

// partVerbs are verbs (and adjectives) of taking part: negated, they tell
// an absence ("did not attend", "was not invited", "did not send anyone",
// "was not represented"). A lexicon the features read, no rule: the
// model weighs them.
var partVerbs = wordSet(`attend attends attended attending participate participates participated
	participating join joins joined joining come comes came coming travel travels travelled traveled go goes went
	send sends sent sending invite invites invited inviting include included represented present consulted
	admitted allowed welcome welcomed take took taking show showed turn turned appear appeared seated party
	involved part table room accept accepted seat seats role representative representatives delegation delegates
	observer observers accredited arrive arrived`)

// awayWords tell of staying away or being kept out, without a negation.
var awayWords = wordSet(`absent absence absences boycott boycotts boycotted boycotting skip skips
	skipped skipping away declined declines decline refused refuses refuse excluded exclude
	excludes excluding exclusion barred bar kept shut snubbed snub shunned missed miss withdrew withdrawn withdraw
	pulled sidelined sideline without empty walked walkout suspended denied left stayed instead quit quits
	shun shuns departure banned spurned no-show absentee absentees disinvited vacant unrepresented`)

// condWords make an absence a condition or a threat rather than a fact:
// "would not attend unless", "threatened to boycott".
var condWords = wordSet(`unless if threatened threatens threatening threat threats`)

// pastWords tell of another, earlier occasion: "boycotted the previous
// round", "skipped last year's summit".
var pastWords = wordSet(`previous earlier last ago former past once`)

// wordSet returns the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Cue reports whether a word (lower case) may tell of an absence: a
// negation, a word of awayWords, or "only". The engine scores only the
// candidates of sentences that hold one: a sentence with none tells of
// nobody's absence (the model learns on every candidate and gives few of
// them much), and the gate keeps the model's cost small.
func Cue(low string) bool {
	// (a switch, not map look-ups: the engine asks of every word of the
	// sentences that name a candidate; TestCue checks it against the
	// lexicons)
	switch low {
	case "absence", "absences", "absent", "absentee", "absentees", "away", "bar", "banned", "barred", "boycott", "boycotted",
		"boycotting", "boycotts", "decline", "declined", "declines", "denied", "departure", "empty", "exclude",
		"excluded", "excludes", "excluding", "exclusion", "failed", "instead", "kept", "left", "miss", "missed", "n't",
		"neither", "never", "no", "no-show", "nor", "not", "only", "pulled", "quit", "quits", "refuse", "refused", "refuses",
		"shun", "shuns", "shunned", "shut", "sideline", "sidelined", "skip", "skipped", "skipping", "skips", "snub",
		"snubbed", "spurned", "stay", "stayed", "stays", "suspended", "unable", "unrepresented", "vacant", "walked", "walkout",
		"withdraw", "withdrawn", "withdrew", "without", "disinvited":
		return true
	}
	return false
}

// negations start a negated verb ("unable to attend", "failed to
// arrive" count as negations of the verb after them).
var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "nor": true, "neither": true,
	"unable": true, "failed": true}

// subjNeg are the negations that stand before a subject: "no", "neither",
// "nor".
var subjNeg = map[string]bool{"no": true, "neither": true, "nor": true}

// auxiliaries are skipped between a negation and its verb.
var auxiliaries = map[string]bool{"be": true, "been": true, "being": true, "have": true, "has": true, "had": true,
	"to": true, "yet": true, "even": true, "also": true, "formally": true, "officially": true, "was": true, "were": true,
	"is": true, "are": true, "a": true, "an": true, "the": true, "any": true,
	// a place of taking part after the negation: "was not at the table",
	// "not in the room"
	"at": true, "in": true, "inside": true, "into": true}

// clauseEnds end the window after the mention.
var clauseEnds = map[string]bool{".": true, ";": true, "?": true, "!": true, "but": true, "while": true,
	"whereas": true, "although": true, "though": true}

// word is the feature text of a token: its lower case, or "0" for a
// number.
func word(t *Token) string {
	if t.Low != "" && t.Low[0] >= '0' && t.Low[0] <= '9' {
		return "0"
	}
	return t.Low
}

// AppendFeatures calls emit with every feature of c, each built in buf
// (emit must not keep the bytes), and returns buf for reuse.
func AppendFeatures(c *Cand, buf []byte, emit func([]byte)) []byte {
	put := func(parts ...string) {
		buf = buf[:0]
		for _, s := range parts {
			buf = append(buf, s...)
		}
		emit(buf)
	}
	t := c.Toks
	put("k:", kindNames[min(c.Kind, numKinds-1)])
	if c.Seated {
		put("seat")
	}
	if c.Party {
		put("party")
	}
	if c.Host {
		put("host")
	}
	put("pos:", strconv.Itoa(min(max(c.Pos, 0), 3)))
	p1, p2, n1, n2 := "^", "^", "$", "$"
	if c.A >= 1 {
		p1 = word(&t[c.A-1])
	}
	if c.A >= 2 {
		p2 = word(&t[c.A-2])
	}
	if c.B < len(t) {
		n1 = word(&t[c.B])
	}
	if c.B+1 < len(t) {
		n2 = word(&t[c.B+1])
	}
	put("p1:", p1)
	put("p2:", p2)
	put("n1:", n1)
	put("n2:", n2)
	for i := max(0, c.A-2-before); i < c.A-2; i++ {
		if !t[i].Punct {
			put("b:", word(&t[i]))
		}
	}
	for i := max(0, c.A-6); i < c.A; i++ {
		if negations[t[i].Low] {
			if v, k := verbAfter(t, i+1, c.A); v != "" {
				switch {
				case partSense(t, v, k):
					put("nb:", v)
					put("neg:partb")
				case partVerbs[v]:
					put("nb:off") // "did not join the statement"
				default:
					put("nb:", v)
				}
			}
		}
	}
	for i := max(0, c.A-before); i < c.A; i++ {
		if awayWords[t[i].Low] || t[i].Low == "for" && i > 0 && t[i-1].Low == "in" { // ("stood in for")
			put("away:b")
			break
		}
	}
	rel := inRelative(t, c.A)
	ps := c.B
	if rel {
		put("rel")
	} else if ps = Predicate(t, c.B); ps > c.B {
		put("aside")
	}
	for k, i := 0, ps; k < 3 && i < len(t) && !t[i].Punct; k, i = k+1, i+1 {
		put([3]string{"v1:", "v2:", "v3:"}[k], word(&t[i]))
	}
	end := ps
	for end < len(t) && end < ps+after && !(clauseEnds[t[end].Low] && !butVerb(t, end)) && !(rel && t[end].Low == ",") {
		end++
	}
	prev := ""
	negPart, away, near, only, cond, past := false, false, false, false, false, false
	// a negation just before the mention negates its verb: "Neither Russia
	// nor Ukraine ... took part", "No Kosovo Serb representatives took part"
	if c.A >= 1 && subjNeg[t[c.A-1].Low] || c.A >= 2 && subjNeg[t[c.A-2].Low] {
		if v, k := verbAfter(t, ps, end); v != "" && partSense(t, v, k) {
			put("ns:", v)
			negPart = true
		}
	}
	for i := ps; i < end; i++ {
		if t[i].Punct {
			prev = ""
			continue
		}
		w := word(&t[i])
		put("a:", w)
		if prev != "" && i < ps+6 {
			put("a2:", prev, "_", w)
		}
		prev = w
		if negations[t[i].Low] {
			near = near || i < ps+5
			if v, k := verbAfter(t, i+1, end); v != "" {
				switch {
				case partSense(t, v, k):
					put("ng:", v)
					negPart = true
				case partVerbs[v]:
					put("ng:off") // "did not come up in the talks"
				default:
					put("ng:", v)
				}
			}
		}
		away = away || awayWords[t[i].Low]
		only = only || t[i].Low == "only"
		cond = cond || condWords[t[i].Low]
		past = past || pastWords[t[i].Low]
	}
	for k, on := range [6]bool{negPart, near, away, only, cond, past} {
		if on {
			put([6]string{"neg:part", "neg:near", "away:a", "only:a", "cond:a", "past:a"}[k])
		}
	}
	return buf
}

// butVerb reports whether "but" at token i joins a second verb of the
// same subject ("had been expected to lead the delegation but stayed in
// Madrid", "but did not travel"): the clause goes on.
func butVerb(t []Token, i int) bool {
	if t[i].Low != "but" || i+1 >= len(t) {
		return false
	}
	w := t[i+1].Low
	return finiteStarts[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// inRelative reports whether the mention starting at token a stands in a
// relative clause ("..., which pulled out of an earlier phase of the
// Tumaini process, was not invited"): what follows the clause is said of
// its head, not of the mention.
func inRelative(t []Token, a int) bool {
	for i := a - 1; i >= 0 && i >= a-12; i-- {
		switch t[i].Low {
		case ",", ";", ":", "(":
			return false
		case "which", "who", "whose", "whom", "where":
			return true
		}
	}
	return false
}

// Predicate returns where the words after a mention ending at b go on
// about it: past an aside set off by commas ("Rwanda, which UN experts
// say has troops on Congolese soil, was not party to") or a short name in
// brackets ("The National Salvation Front (NAS) stayed away"); b itself
// when there is none, or when the words after the comma start a predicate
// (finiteStarts: "Ines Manzano, did not attend, according to").
func Predicate(t []Token, b int) int {
	if b+2 < len(t) && t[b].Low == "(" {
		for j := b + 1; j < len(t) && j <= b+6; j++ {
			if t[j].Low == ")" {
				b = j + 1
				break
			}
		}
	}
	if b < len(t) && t[b].Low == "," && !(b+1 < len(t) && finiteStarts[t[b+1].Low]) {
		for j := b + 1; j < len(t) && j <= b+25; j++ {
			switch {
			case t[j].Low == ",":
				return j + 1
			case clauseEnds[t[j].Low] && t[j].Punct:
				return b
			}
		}
	}
	return b
}

// finiteStarts are words that start a predicate, not an aside, after a
// comma: "Ecuador's Energy Minister, Ines Manzano, did not attend,
// according to officials" goes on about Manzano at "did", not past
// ", did not attend,".
var finiteStarts = wordSet(`did does do was were is are has have had will would could can may might should
	stayed pulled sent declined refused`)

// verbAfter returns the first word of t[i:end] past auxiliaries, or "".
func verbAfter(t []Token, i, end int) (string, int) {
	for ; i < end && i < len(t); i++ {
		if t[i].Punct {
			return "", -1
		}
		if !auxiliaries[t[i].Low] {
			return word(&t[i]), i
		}
	}
	return "", -1
}

// partSense reports whether verb v at token k is a verb of taking part
// (partVerbs) in that sense: not "come up", "take a position", "show
// interest", "join the statement", "send a message" (review 28: "Taiwan
// did not come up in the talks" listed Taiwan as absent). "take" and
// "show" take part only as "take part", "show up".
func partSense(t []Token, v string, k int) bool {
	if !partVerbs[v] {
		return false
	}
	next := ""
	for j := k + 1; j < len(t) && j <= k+4; j++ {
		if t[j].Punct {
			break
		}
		w := t[j].Low
		if offSense[w] {
			return false // "send a congratulatory message"
		}
		if next == "" && !articles[w] {
			next = w
		}
	}
	switch v {
	case "take", "took", "taking", "takes":
		return next == "part"
	case "show", "showed", "shows", "showing":
		return next == "up"
	case "come", "came", "comes", "coming":
		return next != "up"
	}
	return true
}

// articles are skipped before the object partSense reads.
var articles = wordSet(`a an the any its their his her`)

// offSense are objects after "join", "send", "include" and the like that
// tell of no taking part: joining a statement, sending a message.
var offSense = wordSet(`statement statements declaration communique communiqué sanctions call calls consensus
	criticism chorus condemnation message messages letter letters congratulations condolences signal signals note
	notes interest position stance view views`)

// FeatureNames calls emit with the name of every feature of c; Score
// weighs the same features.
func FeatureNames(c *Cand, emit func(name string)) {
	AppendFeatures(c, nil, func(b []byte) { emit(string(b)) })
}

// Model is a trained absence model. The zero Model scores every
// candidate 0.5.
type Model struct {
	wts logreg.Weights
	// Threshold is the probability from which the engine lists a
	// candidate (chosen by leave-one-set-out cross validation, see
	// cmd/train-absence).
	Threshold float64
}

// Scratch is the working memory of Score, kept by the caller between
// calls so that scoring allocates nothing.
type Scratch struct {
	buf []byte
}

// Score returns the model's probability that c's candidate is absent from
// (or left out of) the story's event.
func (m *Model) Score(c *Cand, sc *Scratch) float64 {
	p, _ := m.ScoreCue(c, sc)
	return p
}

// ScoreCue is Score, and reports whether c's features hold a word of not
// taking part: a negated verb of taking part in that sense (neg:part,
// neg:partb) or a word of staying away (away:a, away:b). A candidate
// without one is scored on its neighbours alone ("Taiwan did not come up
// in the session": a negation near a meeting word).
func (m *Model) ScoreCue(c *Cand, sc *Scratch) (float64, bool) {
	z := m.wts.Bias
	cue := false
	sc.buf = AppendFeatures(c, sc.buf, func(b []byte) {
		z += m.wts.W[string(b)]
		switch string(b) {
		case "neg:part", "neg:partb", "away:a", "away:b":
			cue = true
		}
	})
	return logreg.Sigmoid(float64(z)), cue
}

//go:embed model.tsv
var shipped string

// Shipped loads the embedded model.
func Shipped() (*Model, error) { return Parse(shipped) }

// ShippedText is the embedded model's text (model.tsv).
func ShippedText() string { return shipped }

// modelName is the comment line of model.tsv.
const modelName = "absence model (go run ./digest/absence/cmd/train-absence)"

// Parse reads a model written by Train (logreg.Model.Format): "bias" and
// "threshold" lines, then one line per feature, its name (see
// FeatureNames) and weight separated by a tab.
func Parse(s string) (*Model, error) {
	lm, err := logreg.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("absence: %w", err)
	}
	return &Model{wts: lm.Weights, Threshold: lm.Threshold}, nil
}

// Example is one labeled candidate mention of the training data.
type Example struct {
	// Names are the mention's features (FeatureNames).
	Names []string
	// Positive says the candidate is absent by the article's checks.
	Positive bool
	// Bag groups the mentions of one candidate of one article: a
	// positive candidate's absence is told at one or a few of its
	// mentions, not all (see Train).
	Bag int
}

// TrainOptions are the training hyper-parameters.
type TrainOptions struct {
	logreg.Options
	Rounds int // rounds of choosing each positive bag's mention (default 1: every mention positive)
	// Keep, when set, says which features the model learns (the others
	// are left out of training and weigh nothing): General keeps only the
	// general ones.
	Keep func(name string) bool
}

// General reports whether a feature is general, not lexical: the
// candidate's kind and the rules' reading of it, the sentence's place, a
// negated verb of taking part (the verb class, and the negated verb of
// the closed lexicon partVerbs), a word of staying away, "only", a
// condition, a time of another occasion, a relative clause or an aside
// (what the brief of stop 18 called verb class, negation, time markers
// and the mention's role; see docs/quality.md, s18-absent). The words
// around the mention (p1, p2, n1, n2, b, a, v1-v3, a2) are lexical: with
// about 300 positive mentions, most of their 65,000 weights are the
// wording of one training article.
func General(name string) bool {
	switch {
	case strings.HasPrefix(name, "p1:"), strings.HasPrefix(name, "p2:"), strings.HasPrefix(name, "n1:"),
		strings.HasPrefix(name, "n2:"), strings.HasPrefix(name, "b:"), strings.HasPrefix(name, "a:"),
		strings.HasPrefix(name, "v1:"), strings.HasPrefix(name, "v2:"), strings.HasPrefix(name, "v3:"),
		strings.HasPrefix(name, "a2:"):
		return false
	case strings.HasPrefix(name, "ng:"), strings.HasPrefix(name, "nb:"), strings.HasPrefix(name, "ns:"):
		// the negated verb: general when it is a verb of taking part (or
		// the class "off"), lexical otherwise
		v := name[3:]
		return v == "off" || partVerbs[v]
	}
	return true
}

// Train fits a logistic regression (logreg.Data.FitAveraged: one fit
// unless o.Seeds is above 1), visiting the
// examples in an order fixed by the seed, so the same data and options
// give the same model. A positive candidate is named at several
// mentions, and the text tells of its absence at one: the first round
// (the only one by default) takes every mention of a positive candidate
// as positive; each later round keeps as positive only the mention of
// each positive bag the last round's model scores highest, and leaves
// the bag's other mentions out (multiple-instance learning). It returns
// the model and its text, features sorted by name.
func Train(ex []Example, o TrainOptions) (*Model, string) {
	lex := make([]logreg.Example, len(ex))
	for i, e := range ex {
		names := e.Names
		if o.Keep != nil {
			names = nil
			for _, n := range e.Names {
				if o.Keep(n) {
					names = append(names, n)
				}
			}
		}
		lex[i] = logreg.Example{Names: names, Positive: e.Positive}
	}
	d := logreg.NewData(lex, o.MinCount)
	use := make([]bool, len(ex))
	for i := range use {
		use[i] = true
	}
	var fit *logreg.Fit
	for round := range max(o.Rounds, 1) {
		if round > 0 {
			// each positive bag's best mention
			best := map[int]int{}
			for i, e := range ex {
				if !e.Positive {
					continue
				}
				if b, ok := best[e.Bag]; !ok || d.Z(fit, i) > d.Z(fit, b) {
					best[e.Bag] = i
				}
			}
			for i, e := range ex {
				use[i] = !e.Positive || best[e.Bag] == i
			}
		}
		fit = d.FitAveraged(use, o.Options)
	}
	text := d.Model(fit, o.Options).Format(modelName)
	m, err := Parse(text)
	if err != nil {
		panic(err) // (Format writes only what Parse reads)
	}
	return m, text
}

// ScoreNames returns the model's probability for a candidate with the
// named features (FeatureNames): what Score returns for it.
func (m *Model) ScoreNames(names []string) float64 { return m.wts.ScoreNames(names) }
