package digest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/attache-bot/attache/digest/attrib"
)

// criticalCues and supportiveCues are lower-case word prefixes (or word
// sequences, the last one a prefix) that carry a stance. They complement
// package attrib's stance: a statement with cues of both polarities is mixed
// ("should abandon its goal ... positions that align with Russian demands").
var criticalCues = []string{
	"concern", "outrage", "backlash", "dismiss", "criticiz", "criticis", "condemn", "reject", "warn",
	"not recognize", "not recognise", "unproductive", "emergency", "sharp", "sideline", "insist", "refus",
	"oppos", "denounc", "unacceptable", "betray", "abandon", "unrealistic", "protest", "alarm", "angr",
	"illegitimate", "slam", "disappoint", "deplor", "regret", "dangerous", "shameful", "irresponsib",
	"accuse", "accusing", "blame", "counterproduct", "provocat", "hostil",
	"voted against", "voted no", "warfare", "punish", "politically motivated", "serious consequences",
	"missed opportunity", "missed chance", "lost opportunity", "wasted opportunity",
	"no choice", "blocked", "blocking", "militaris", "militariz", "breach", "mistake", "must not",
	"lectur", "isolate", "walk away", "bad deal", "falling short", "fall short", "falls short", "fell short", "recalled its ambassador", "recalled its envoy",
	"summoned", "expel", "lashed", "intimidat", "catastroph", "confrontation", "disrupt", "forced to",
	// a deal that rewards a wrong: "the deal 'rewards occupation'"
	"reward occupation", "reward aggression", "reward deforestation", "reward impunity", "reward violence", "reward terror", "reward invasion", "reward annexation", "reward land grab",
	"rewards occupation", "rewards aggression", "rewards deforestation", "rewards impunity", "rewards violence", "rewards terror", "rewards invasion", "rewards annexation", "rewards land grab",
	"rewarding occupation", "rewarding aggression", "rewarding deforestation", "rewarding impunity", "rewarding violence", "rewarding terror", "rewarding invasion", "rewarding annexation", "rewarding land grab",
	"rewarded occupation", "rewarded aggression", "rewarded deforestation", "rewarded impunity", "rewarded violence", "rewarded terror", "rewarded invasion", "rewarded annexation", "rewarded land grab",
	// evaluative words of news reports: a harm, a false charge, an
	// intrusion, a broken rule ("deeply troubled", "baseless", "a flagrant
	// violation", "stop meddling", "will only hurt exporters")
	"troubl", "baseless", "groundless", "unfounded", "smear", "fabricat", "discriminat", "meddl",
	"interfere in", "interference in", "interfering in", "flagrant", "blatant", "violate", "a violation", "in violation", "gross violation", "scapegoat", "pretend",
	"no right", "not up for", "not negotiable", "left in the dark", "bad day",
	"only hurt", "will hurt", "would hurt", "only harm", "will harm", "would harm",
	"humiliat", "theft", "excuses", "no interest in", "main obstacle", "major obstacle", "biggest obstacle",
	// a charge of partiality, the commonest words of a diplomatic
	// complaint ("one-sided interference", "a biased report")
	"one-sided", "one sided", "biased", "partisan",
	// a risk only with a harm for object: "risked dragging the country
	// into a war", "risks undermining the talks" (not "risked their
	// lives", "risked everything to help others": a tribute)
	"risked drag", "risked undermin", "risked derail", "risked provok", "risked escalat", "risked inflam", "risked destabili", "risked war", "risked a war", "risked conflict", "risked worsening", "risked reignit",
	"risks drag", "risks undermin", "risks derail", "risks provok", "risks escalat", "risks inflam", "risks destabili", "risks war", "risks a war", "risks conflict", "risks worsening", "risks reignit",
	"risk drag", "risk undermin", "risk derail", "risk provok", "risk escalat", "risk inflam", "risk destabili", "risk worsening", "risk reignit",
	// a past wrong done again: "risks repeating the abuses of past
	// interventions"
	"risks repeat", "risked repeat", "risk repeat",
	// a source or a partner found wanting ("without reliable maps", "an
	// unreliable partner")
	"unreliable", "without reliable", "no reliable", "not reliable",
	// progress denied or too slow ("no progress", "little progress",
	// "progress has been painfully slow")
	"no progress", "little progress", "lack of progress", "slow progress", "progress has been slow", "progress has been painfully", "progress was slow",
	"not go far enough", "n't go far enough", "not going far enough", "not went far enough", "runs away", "ran away",
	// the common evaluative adjectives and nouns of a quoted judgement,
	// with no stance verb: "It is a disgrace that ...", "unfortunate but
	// understandable", "open and painful", "a cynical move", "an unfair
	// burden", "a serious setback"
	"unfortunat", "disgrace", "painful", "cynical", "hypocri", "absurd", "ridiculous", "unjust", "unfair",
	"reckless", "appalling", "shocking", "outrageous", "setback", "worrying", "deeply worried", "unwarranted", "unjustified",
	"buy time", "buying time", "bought time",
	// a reservation about a result: what is still missing or still to
	// come ("This is not yet peace", "not enough", "a long way to go",
	// "the hard part begins", "weaker than we wanted", "watered down")
	"is not yet", "are not yet", "was not yet", "not there yet", "not enough", "insufficient",
	"long way to go", "more needs to be done", "much work remains", "hard part", "hardest part", "hardest questions", "hardest issues",
	"weaker than", "watered down", "watered-down",
	// a charge that another hand moves a decision or that a side meddles:
	// "a decision dictated by foreign interests", "called the remarks
	// interference"
	"dictated by", "interference",
	// a harm done to a body or a principle: "undermined the group",
	// "Africa's voice had been diminished", "does not sufficiently respect"
	"undermin", "diminish", "not sufficiently",
	// stop 17 (s17-react2): the evaluative words of a quoted complaint that
	// the lists above lacked: a thing found empty or too weak ("meaningless",
	// "a rounding error", "too timid", "came home empty-handed", "failed to
	// deliver", "gained nothing"), a show for a deed ("political theatre";
	// not "photo op", which "not just photo opportunities" holds in a
	// qualified approval), a side left out of what concerns it ("not consulted",
	// "left outside the door", "over the heads of"), a harm or an abuse
	// ("would penalise", "politicising", "bad news", "does not help"),
	// weariness with words ("tired of")
	"meaningless", "rounding error", "too timid", "empty-handed", "empty handed", "failed to deliver", "fails to deliver", "gained nothing",
	"political theatre", "political theater", "not consulted", "not been consulted", "never consulted", "left outside", "over the heads of",
	"penalis", "penaliz", "politicis", "politiciz", "bad news", "does not help", "do not help", "tired of",
	// stop 18 (s18-react): verbs of a stance the list lacked: a lament, a
	// caution, a doubt cast on the thing ("lamented the delay",
	// "cautioned that the truce addressed symptoms", "questioned the
	// trip", "questioned why ...")
	"lament", "cautioned", "cautions", "questioned the", "questioned why", "questioned whether", "questions the",
	// a meagre result: "amounted to 'crumbs'", "accepted crumbs"
	"crumbs",
}

var supportiveCues = []string{
	"welcom", "support", "praise", "assur", "hope", "positive", "agreed", "agrees", "align", "productive",
	"constructive", "endorse", "optimis", "encourag", "applaud", "backed", "backing", "backs", "thank", "congratulat", "hail",
	"commend",
	"voted in favo", "voted for", "quantum leap", "big win", "historic", "breakthrough", "firmly with",
	"save lives", "saves lives", "stands with", "stand with", "stood with", "standing with", "save millions", "grateful", "gratitude", "satisfaction", "step forward", "important step",
	"irreplaceable",
	// approval of a partner, a text or a result ("expressed solidarity",
	// "credible so far", "a reliable partner", "the text was balanced")
	"solidarity", "credible", "reliable partner", "reliable ally", "reliable friend", "balanced", "sincere", "fruitful", "pleased", "delighted",
	"tribute", "milestone", "right direction", "strong signal", "goodwill",
	// the upbeat words of a side that made the deal or the visit: "Together
	// we can", "partners who will build with us", "shared prosperity",
	// "we have turned a page", "spoken with one voice"
	// ("together" only as a bond: "work together", "Together we can",
	// "stronger together"; not "together with", "sail together"; and
	// "progress" or "prosperity" only as an achievement or a shared good,
	// not "progress will depend on", the Prosperity Party)
	"together we", "work together", "working together", "worked together", "works together", "stand together", "standing together", "stood together",
	"act together", "acting together", "build together", "building together", "grow together", "growing together", "stronger together", "move forward together", "moving forward together",
	"partner with", "partnering with", "build with",
	"shared prosperity", "common prosperity", "mutual prosperity", "peace and prosperity", "regional prosperity", "prosperity for", "prosperity of",
	"made progress", "make progress", "making progress", "makes progress", "real progress", "good progress", "significant progress", "substantial progress", "considerable progress",
	"tangible progress", "great progress", "important progress", "remarkable progress", "encouraging progress", "steady progress", "progress was made", "progress has been made", "progress had been made", "progress made",
	"one voice", "courage", "lasting solution", "lasting peace",
	// a side's loyalty to a process ("remains fully committed to the
	// dialogue", "remained committed to the Jeddah platform")
	"committed to", "fully committed", "commitment to",
	"deliver results", "delivers results", "turned a page", "turn a page", "new chapter", "door to dialogue",
	// the common evaluative words of a quoted approval, with no stance
	// verb: "an honour my country will never forget", "understandable",
	// "a success", "proud", "a landmark", "a valuable step"
	"understandable", "an honour", "an honor", "great honour", "great honor", "honoured to", "honored to", "proud", "success", "landmark", "valuable", "excellent",
	"good news", "win-win", "practical step", "concrete step", "first step", "a lifeline",
	// what the event makes possible: "an opportunity to deepen ties" (a
	// missed or lost one is a critical cue; not "a chance to", which
	// is as often the chance not taken: "This council had a chance to
	// say stop, and two members chose to look away")
	"an opportunity to", "an opportunity for", "a unique opportunity", "a great opportunity", "a historic opportunity", "a golden opportunity",
	// nearer a settlement: "closer than we have ever been", "closer to a deal"
	"closer than", "closer to peace", "closer to a deal", "closer to an agreement", "closer to agreement",
	// a tribute to a person, the words of a eulogy or a state visit: "a
	// giant of the liberation struggle", "a brother in arms", "the rock on
	// which this nation was built", "a true friend", "a national hero"
	"a giant of", "brother in arms", "brothers in arms", "rock on which", "a true friend", "a great friend", "a dear friend",
	"a true leader", "a great leader", "a national hero", "a true hero", "a great hero", "father of the nation", "father of our nation",
	// stop 17 (s17-react2): the evaluative words of a quoted approval that
	// the list lacked: an offer or a result judged well ("generous",
	// "solid, practical diplomacy"; not "realistic", as often a demand: "urged
	// the operators to present 'realistic' estimates", "a realistic solution
	// must be based on ..."), a result that changes or
	// saves ("would transform trade", "saved thousands of jobs"; not a
	// "transformation" critic), a side
	// stood by ("shoulder to shoulder"), a deal good for both ("in the
	// interest of both sides"), the model of what was needed ("exactly the
	// kind of process the region needs")
	"generous", "solid", "would transform", "will transform", "could transform", "saved", "shoulder to shoulder",
	"in the interest of both", "in the interests of both", "exactly the kind of",
}

// stanceCues is the compiled form of the cue lists, built once by New.
type stanceCues struct {
	// first maps the first word (or word prefix) of a cue to the cues that
	// start with it: word sequences whose last word matches as a prefix.
	crit, sup cueSet
}

type cueSet struct {
	exact map[string][][]string // first word -> cues (full first word)
	// prefixBy holds the one-word cues by their first byte, and
	// exactLens has bit n set when a key of exact has n bytes (n < 64)
	// or, at bit 63, more: they skip most words without string work.
	prefixBy  [256][]string
	exactLens uint64
	// exact2 has, by the first byte of a key of exact, bit b set when a
	// key's second byte is b modulo 64 (all bits for a one-byte key)
	exact2 [256]uint64
}

func compileCues(cues []string) cueSet {
	cs := cueSet{exact: map[string][][]string{}}
	for _, c := range cues {
		ws := splitWords(c)
		if len(ws) == 1 {
			cs.prefixBy[ws[0][0]] = append(cs.prefixBy[ws[0][0]], ws[0])
			continue
		}
		cs.exact[ws[0]] = append(cs.exact[ws[0]], ws)
		cs.exactLens |= 1 << min(len(ws[0]), 63)
		if len(ws[0]) >= 2 {
			cs.exact2[ws[0][0]] |= 1 << (ws[0][1] & 63)
		} else {
			cs.exact2[ws[0][0]] = ^uint64(0) // (a one-byte first word: no filter)
		}
	}
	return cs
}

// hasPrefix reports whether w starts with p (ASCII fast path).
func hasPrefix(w, p string) bool { return len(w) >= len(p) && w[:len(p)] == p }

// Bits of doc.cueBits: per cue set, whether a word's bits are known, it is
// a one-word cue, and it may start a longer cue; worked out once per
// document and word.
const (
	cueCritDone   uint8 = 1 << iota
	cueCritPrefix       // a one-word critical cue
	cueCritFirst        // may start a longer critical cue
	cueSupDone
	cueSupPrefix // a one-word supportive cue
	cueSupFirst  // may start a longer supportive cue
)

// cueBitsOf returns the cue bits of word i for the set cs, which sets
// done, prefix and first stand for.
func (d *doc) cueBitsOf(i int, cs *cueSet, done, prefix, first uint8) uint8 {
	if len(d.cueBits) != len(d.words) {
		if cap(d.cueBits) < len(d.words) {
			d.cueBits = make([]uint8, len(d.words))
		}
		d.cueBits = d.cueBits[:len(d.words)]
		clear(d.cueBits)
	}
	b := d.cueBits[i]
	if b&done != 0 {
		return b
	}
	b |= done
	w := d.lw(i)
	var raw uint8
	if id := d.words[i].lid; uint(id) < uint(len(d.g.cueVocab)) {
		raw = d.g.cueVocab[id] & (prefix | first) // (worked out at load)
	} else {
		raw = cueRaw(cs, w, prefix, first)
	}
	if raw&prefix != 0 && (d.topicWord(i) || d.descriptiveEval(i, w)) {
		raw &^= prefix
	}
	b |= raw
	d.cueBits[i] = b
	return b
}

// cueRaw returns, of the bits prefix and first, those the lower-case word
// w has in cue set cs by itself: a one-word cue (prefixCue), the first
// word of a longer cue. cueBitsOf adds the tests of the word's context.
func cueRaw(cs *cueSet, w string, prefix, first uint8) uint8 {
	var b uint8
	if prefixCue(cs, w) {
		b |= prefix
	}
	if cs.exactLens&(1<<min(len(w), 63)) != 0 && (len(w) < 2 || cs.exact2[w[0]]&(1<<(w[1]&63)) != 0) && len(cs.exact[w]) > 0 {
		b |= first
	}
	return b
}

// cueVocab returns cueRaw's bits of both cue sets of c for every word of
// v, by id (built once at load, see gazetteer.cueVocab).
func cueVocab(c *stanceCues, v *vocab) []uint8 {
	out := make([]uint8, len(v.flags))
	for w, id := range v.ids {
		out[id] = cueRaw(&c.crit, w, cueCritPrefix, cueCritFirst) | cueRaw(&c.sup, w, cueSupPrefix, cueSupFirst)
	}
	return out
}

// topicWord reports whether the stance word i only modifies the noun
// after it ("emergency medical supplies", "returns of rejected asylum
// seekers"): the topic, not a view of it (see attrib.TopicModifier).
func (d *doc) topicWord(i int) bool {
	if i+1 >= len(d.words) || !d.words[i+1].alpha {
		return false
	}
	var before [3]string
	for j := 1; j <= 3 && i-j >= 0 && d.words[i-j].alpha; j++ {
		before[3-j] = d.lw(i - j)
	}
	return attrib.TopicModifier(before, d.lw(i), d.lw(i+1))
}

// descriptiveEval reports whether the evaluative word i (lower-case w)
// only describes a thing rather than judging the news: an adjective before
// a noun that is no act or outcome ("painful compromises", "a painful
// chapter", "the shocking loss of 40 lives", "the unfortunate events of
// 2019"; not "a shocking decision", "an unfortunate move"), a participle
// before a noun ("diminishing river flows"), or "landmark" of an older text
// ("the landmark 2015 accord", "the landmark accord of 2015"). A predicate
// ("was unfortunate", "open and painful") and an adverb still count.
func (d *doc) descriptiveEval(i int, w string) bool {
	next := ""
	if i+1 < len(d.words) && d.words[i+1].alpha {
		next = d.lw(i + 1)
	}
	switch {
	case w == "painful" || w == "shocking" || w == "unfortunate":
		return next != "" && !evalJoin(next) && !judgedNoun(next)
	case w == "diminishing":
		return next != "" && !evalJoin(next) && !determiner(next) && !pronounObj(next)
	case hasPrefix(w, "landmark"):
		for j := i + 1; j < len(d.words) && j <= i+4; j++ {
			if d.words[j].punct && !d.words[j].alpha {
				break
			}
			if isYear(d.lw(j)) {
				return true
			}
		}
	}
	return false
}

// evalJoin reports whether t, right after an evaluative word, joins or ends
// a predicate rather than heading a noun ("unfortunate but understandable",
// "painful for our people", "shocking that").
func evalJoin(t string) bool {
	switch t {
	case "but", "and", "or", "for", "to", "that", "because", "as", "in", "yet", "though", "although", "if", "when", "given", "since", "at", "of":
		return true
	}
	return false
}

// judgedNoun reports whether t names an act, a statement or an outcome a
// speaker judges ("a shocking decision", "an unfortunate move", "a painful
// blow").
func judgedNoun(t string) bool {
	switch t {
	case "decision", "decisions", "move", "moves", "step", "steps", "act", "acts", "action", "actions", "choice",
		"development", "statement", "statements", "remark", "remarks", "comment", "comments", "outcome", "result",
		"situation", "mistake", "error", "blow", "setback", "attack", "attacks", "violation", "betrayal", "precedent",
		"escalation", "provocation", "failure", "turn", "verdict", "ruling", "announcement", "incident", "episode":
		return true
	}
	return false
}

// pronounObj reports whether t is an object pronoun ("diminishing us").
func pronounObj(t string) bool {
	switch t {
	case "us", "them", "him", "it", "you", "me":
		return true
	}
	return false
}

// prefixCue reports whether the lower-case word w matches a one-word cue
// of cs.
func prefixCue(cs *cueSet, w string) bool {
	if w == "" {
		return false
	}
	for _, c := range cs.prefixBy[w[0]] {
		// (the bucket shares the first byte; a second byte that differs
		// rules most cues out before the string compare)
		if len(c) > 1 && (len(w) < 2 || w[1] != c[1]) {
			continue
		}
		if hasPrefix(w, c) {
			// "back" only as a word, "productive" not inside "unproductive"
			if c == "back" && len(w) > 4 && w != "backs" && w != "backed" && w != "backing" {
				continue
			}
			return true
		}
	}
	return false
}

// cueAt returns the first word in [a, b) where a cue of the set starts,
// or -1.
func (d *doc) cueAt(cs *cueSet, a, b int) int {
	done, prefixBit, firstBit := cueSupDone, cueSupPrefix, cueSupFirst
	if cs == &d.g.cues.crit {
		done, prefixBit, firstBit = cueCritDone, cueCritPrefix, cueCritFirst
	}
	for i := a; i < b; i++ {
		if !d.words[i].alpha {
			continue
		}
		bits := d.cueBitsOf(i, cs, done, prefixBit, firstBit)
		if bits&prefixBit != 0 {
			return i
		}
		if bits&firstBit == 0 {
			continue
		}
		w := d.lw(i)
		for _, c := range cs.exact[w] {
			if i+len(c) > b {
				continue
			}
			ok := true
			for k, j := 1, i+1; k < len(c); k, j = k+1, j+1 {
				if j < b-1 && quoteMark(d.lw(j)) {
					// a quotation that opens inside the phrase: said the
					// drills risked "dragging the country into a war"
					j++
				}
				if j >= b || !hasPrefix(d.lw(j), c[k]) {
					ok = false
					break
				}
			}
			if ok && !d.plainCue(c, i) {
				return i
			}
		}
	}
	return -1
}

// plainCue reports whether the longer cue c matched at word i only states
// a plain fact, no view of the news: a reservation "is not yet" before a
// schedule's participle whose subject is no outcome ("The date of the next
// meeting is not yet fixed"; not "This is not yet peace", "The ceasefire
// is not yet agreed"), or a "first step" (also "practical step", "concrete
// step") that is a plan's subject ("The first step will be a technical
// meeting"; not "This is a first step", "a first step toward peace").
func (d *doc) plainCue(c []string, i int) bool {
	switch {
	case len(c) == 3 && c[2] == "yet":
		return d.plainNotYet(i)
	case len(c) == 2 && c[1] == "step":
		return d.stepSubject(i)
	}
	return false
}

// plainNotYet reports whether the "is/are/was not yet" at word i comes
// before a participle of a schedule or a fact ("fixed", "decided", "set",
// "known", "clear") and its subject, back to the clause's start, names no
// outcome (see outcomeNoun).
func (d *doc) plainNotYet(i int) bool {
	n := i + 3
	if n >= len(d.words) || d.words[n].sent != d.words[i].sent {
		return false
	}
	switch w := d.lw(n); w {
	case "set", "known", "clear", "certain", "available":
	default:
		if len(w) < 5 || w[len(w)-2:] != "ed" {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-10 && d.words[k].sent == d.words[i].sent; k-- {
		t := d.lw(k)
		if quoteMark(t) || t == "," || t == ";" || t == ":" || t == "that" {
			break
		}
		if outcomeNoun(t) {
			return false
		}
	}
	return true
}

// outcomeNoun reports whether t names a result a reservation is about:
// "the deal is not yet signed", "peace is not yet secured".
func outcomeNoun(t string) bool {
	switch t {
	case "deal", "deals", "agreement", "agreements", "accord", "accords", "peace", "ceasefire", "truce", "settlement",
		"treaty", "war", "conflict", "crisis", "fighting", "job", "work", "mission", "threat", "danger", "problem", "issue", "dispute":
		return true
	}
	return false
}

// stepSubject reports whether the "first step" (or "practical/concrete
// step") at word i is the subject of a plan: a determiner right after the
// clause's start before it, and a modal or "is/was" right after it ("The
// first step will be ...", "the first steps would involve ...").
func (d *doc) stepSubject(i int) bool {
	if i < 1 || i+2 >= len(d.words) || d.words[i+2].sent != d.words[i].sent {
		return false
	}
	switch d.lw(i - 1) {
	case "the", "a", "our", "its", "their", "one", "another":
	default:
		return false
	}
	if k := i - 2; k >= 0 && d.words[k].sent == d.words[i].sent {
		switch t := d.lw(k); t {
		case ",", ";", ":", "that", "and", "but", "said", "says":
		default:
			if !quoteMark(t) {
				return false
			}
		}
	}
	switch d.lw(i + 2) {
	case "will", "would", "shall", "should", "must", "could", "can", "may", "might", "is", "was", "involves", "involved", "includes", "included":
		return true
	}
	return false
}

// acrossQuote reads a cue phrase that starts in the last words of a
// paraphrase [pa, a) and ends in the quotation [a, b) it runs into: "risked
// 'dragging ...'", "did 'not go far enough'" split by the opening mark. A
// cue whole on one side is not read here.
func (d *doc) acrossQuote(pa, a, b int) string {
	lo, hi := max(pa, a-3), min(b, a+3)
	if lo >= a || d.lexStance(lo, a) != Neutral {
		return Neutral
	}
	return d.lexStance(lo, hi)
}

// quoteMark reports whether t is a double quotation mark, straight or
// curly.
func quoteMark(t string) bool { return t == "\"" || t == "“" || t == "”" }

// negatedIn reports whether a negation in words [a, i), at most four words
// before the cue at i and in its clause, turns it round: "We cannot stand
// on the sidelines", "this is not a mistake", "no progress" (not "not
// only", nor a negation the cue itself begins: "not recognize").
func (d *doc) negatedIn(a, i int) bool {
	if d.lw(i) == "not" || d.lw(i) == "no" {
		return false
	}
	if i > a {
		switch d.lw(i - 1) {
		case "be", "been", "being":
			// defiance: "will not be lectured", "will not be intimidated"
			return false
		}
	}
	for k := i - 1; k >= a && i-k <= 4; k-- {
		if !d.words[k].alpha {
			return false
		}
		switch d.lw(k) {
		case "but", "and", "that", "which", "while", "although":
			return false
		}
		if negCue(d.lw(k)) {
			// ("not only", "not just a bad deal, it is a dangerous one")
			if k+1 < len(d.words) {
				switch d.lw(k + 1) {
				case "only", "just", "merely", "simply":
					return false
				}
			}
			for j := k + 1; j < i; j++ {
				switch d.lw(j) {
				case "keep", "continue", "go":
					// "cannot keep expressing concern", "must not
					// continue to condemn": a complaint that the
					// stance is all there is, not its denial
					return false
				}
			}
			return true
		}
	}
	return false
}

// negIn reports whether a negation of negatedIn occurs in words [a, b).
func (d *doc) negIn(a, b int) bool {
	for k := a; k < b; k++ {
		if negCue(d.lw(k)) {
			return true
		}
	}
	return false
}

// negCue reports whether t negates a cue word near it (see negatedIn):
// "not", "n't", "never", "no", "cannot", "without", "nor".
func negCue(t string) bool {
	switch t {
	case "not", "n't", "never", "no", "cannot", "without", "nor":
		return true
	}
	return false
}

// polarity reads cues of one set in words [a, b): whether one holds as it
// is (pos) and whether one is negated (neg).
func (d *doc) polarity(cs *cueSet, a, b int) (pos, neg bool) {
	for i := a; i < b; {
		h := d.cueAt(cs, i, b)
		if h < 0 {
			break
		}
		if d.negatedIn(a, h) {
			neg = true
		} else {
			pos = true
		}
		i = h + 1
	}
	return pos, neg
}

// passiveStance reads the stance of a passive stance verb whose agent is
// the source starting at word src: "<verb> by" right before the source's
// name, with only "the", capitalised words (titles, the name) and a ", who"
// between ("was criticised by Ukrainian President X, who called it ...");
// a "by" in another clause ("welcomed by Moscow, but X said") is none.
func (d *doc) passiveStance(si, src int) string {
	lo := max(d.sents[si].w0, src-8)
	k := src - 1
	if src < len(d.words) && d.lw(src) == "who" && k > lo && d.lw(k) == "," {
		k--
	}
	for k > lo && (d.words[k].cap && d.words[k].alpha || d.lw(k) == "the") {
		k--
	}
	if k > lo && d.lw(k) == "by" {
		return d.lexStance(k-1, k)
	}
	return Neutral
}

// lexStance reads the stance of words [a, b) from the cue lexicon.
func (d *doc) lexStance(a, b int) string {
	var crit, critNeg, sup, supNeg bool
	if d.negIn(a, b) {
		crit, critNeg = d.polarity(&d.g.cues.crit, a, b)
		sup, supNeg = d.polarity(&d.g.cues.sup, a, b)
	} else {
		crit, sup = d.cueAt(&d.g.cues.crit, a, b) >= 0, d.cueAt(&d.g.cues.sup, a, b) >= 0
	}
	// a negated cue counts for the other side: "We cannot stand on the
	// sidelines", "no progress"
	crit, sup = crit || supNeg, sup || critNeg
	if sup {
		// "unproductive", "not recognize" outweigh a supportive cue in the same words
		for i := a; i < b; i++ {
			if w := d.lw(i); w == "unproductive" || w == "not" && i+1 < b && hasPrefix(d.lw(i+1), "recogni") {
				sup = false
				break
			}
		}
	}
	if crit != sup && d.butReserve(a, b) {
		// "We are disappointed, but we are not giving up", "welcomed
		// the help but demanded scrutiny", "constructive, but we are not
		// there yet": a stance and a reservation against it
		return Mixed
	}
	switch {
	case crit && sup && d.onlyCourtesy(&d.g.cues.crit, a, b):
		// "regretted that he could not stay longer, and praised the
		// cooperation"
		return Supportive
	case crit && sup && d.onlyCourtesy(&d.g.cues.sup, a, b):
		// "'We will never accept this map', thanking his hosts for
		// their hospitality"
		return Critical
	case crit && sup && d.onlySolidarity(a, b):
		if d.critInPastRelative(a, b) {
			// "stands with the workers who paid the price of unfair
			// tariffs": the harm is the object's, the solidarity holds
			return Supportive
		}
		// "stands with our ally Japan" and the incident was "reckless":
		// solidarity with one side is a charge against the other
		return Critical
	case crit && sup:
		if st := d.scopeStance(a, b); st != "" {
			return st
		}
		return Mixed
	case crit:
		return Critical
	case sup:
		return Supportive
	}
	return Neutral
}

// scopeStance reads words [a, b) that hold cues of both polarities, none
// negated: when every cue of one polarity lies in the clause the first
// cue opens (up to a comma, a semicolon or a "but", "and", "while",
// "although", "despite"), that first cue's stance holds, the others being
// words of its object: "had refused to discuss 'the implementation of
// what it already agreed'" (critical), "welcomed the end of hostilities"
// (supportive). Else "".
func (d *doc) scopeStance(a, b int) string {
	if d.negIn(a, b) {
		return ""
	}
	crit, sup := &d.g.cues.crit, &d.g.cues.sup
	c, s := d.cueAt(crit, a, b), d.cueAt(sup, a, b)
	if c < 0 || s < 0 {
		return ""
	}
	first, other, st := c, sup, Critical
	if s < c {
		first, other, st = s, crit, Supportive
	}
	if t := d.lw(first); hasPrefix(t, "insist") || hasPrefix(t, "warn") || hasPrefix(t, "hope") || hasPrefix(t, "assur") {
		// a clause's own stance is no object of a verb that only
		// introduces it: "insisted the talks were productive",
		// "warned that the deal could collapse"
		return ""
	}
	e := first + 1
	for e < b && !scopeEnd(d.lw(e)) {
		e++
	}
	if e == b || d.cueAt(other, e, b) < 0 {
		if d.cueAt(other, first+1, e) >= 0 {
			return st
		}
	}
	return ""
}

// scopeEnd reports whether word t ends the clause a stance cue opens.
func scopeEnd(t string) bool {
	switch t {
	case ",", ";", ":", "but", "and", "while", "although", "though", "yet", "despite", "however", "whereas", ".":
		return true
	}
	return false
}

// butReserve reports whether words [a, b), which hold cues of one
// polarity, turn after the cue on a "but" to a clause without a cue
// that opens (within four words) with a negation or a demand: "we are
// disappointed, but we are not giving up", "welcomed the help but
// demanded that the treaty be scrutinised". Not "not only ... but
// also", "nothing but", "but for", nor a reservation before the cue
// ("not aimed at anyone but reflected concern"), nor a new statement
// ("regrettable, but said its position has not changed").
func (d *doc) butReserve(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if d.lw(k) != "but" {
			continue
		}
		switch d.lw(k + 1) {
		case "also", "for", "rather", "instead":
			continue
		}
		switch d.lw(k - 1) {
		case "nothing", "all", "anything", "everything", "last":
			continue
		}
		if d.notOnlyBefore(a, k) {
			continue
		}
		lc := d.cueAt(&d.g.cues.crit, a, k) >= 0 || d.cueAt(&d.g.cues.sup, a, k) >= 0
		rc := d.cueAt(&d.g.cues.crit, k+1, b) >= 0 || d.cueAt(&d.g.cues.sup, k+1, b) >= 0
		if lc && !rc && d.reserve(k+1, min(b, k+5)) {
			return true
		}
	}
	return false
}

// copulaOrDo reports whether t is a form of "be" or "do" that a negation
// follows: "are not", "does not".
func copulaOrDo(t string) bool {
	switch t {
	case "is", "are", "was", "were", "does", "do", "did":
		return true
	}
	return false
}

// butIn reports whether a contrastive "but" (not "but also") lies in
// words [a, b).
func (d *doc) butIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.lw(k) == "but" && (k+1 >= len(d.words) || d.lw(k+1) != "also") {
			return true
		}
	}
	return false
}

// notOnlyBefore reports whether "not only" or "not just" opens words
// [a, k).
func (d *doc) notOnlyBefore(a, k int) bool {
	for i := max(a, k-12); i < k-1; i++ {
		if d.lw(i) == "not" {
			switch d.lw(i + 1) {
			case "only", "just", "merely", "simply":
				return true
			}
		}
	}
	return false
}

// reserve reports whether words [a, b), a clause beside a stance, hold a
// negation or a demand: "we are not there yet", "demanded that ...".
func (d *doc) reserve(a, b int) bool {
	for i := a; i < b; i++ {
		t := d.lw(i)
		if t == "line" && i > a+1 && (d.lw(i-1) == "a" || d.lw(i-1) == "the") && hasPrefix(d.lw(i-2), "dr") {
			return true // "drew a line on returns", "draws the line at"
		}
		if t == "demanded" || t == "demands" || t == "urged" || t == "urges" || t == "insisted" {
			return true
		}
		if (t == "remain" || t == "remains" || t == "remained") && d.worryAfter(i+1, b) {
			return true // "but remained worried", not "but remained confident"
		}
		if negCue(t) {
			// a new clause's own negation ("but we are not there yet",
			// "but not giving up"), not the same subject's next deed
			// ("accused X but did not address the statement")
			if t == "not" && i-1 > a && copulaOrDo(d.lw(i-1)) {
				// a subject of the new clause and its own negated
				// verb: "but pledges are not payments", "but the text
				// does not go far enough"
				return true
			}
			switch d.lw(a) {
			case "not", "we", "i", "it", "this", "that", "there", "they", "he", "she", "gaps", "the":
				return true
			case "should", "would", "could", "must", "will", "can", "may":
				// a modal's own negation: "open and painful but should
				// not block cooperation", "welcomed the deal but would
				// not commit troops"
				return true
			}
			return false
		}
	}
	return false
}

// worryWords are states of worry or doubt: "remained worried" is a
// reservation, "remained confident" or "remained in contact" is not.
var worryWords = map[string]bool{
	"worried": true, "concerned": true, "wary": true, "sceptical": true, "skeptical": true,
	"cautious": true, "opposed": true, "uneasy": true, "unconvinced": true, "doubtful": true,
	"apprehensive": true, "alarmed": true, "troubled": true,
}

// worryAfter reports whether a word of worry or doubt opens words [a, b),
// after up to two degree words ("remained deeply concerned").
func (d *doc) worryAfter(a, b int) bool {
	for k := a; k < b && k < a+3; k++ {
		t := d.lw(k)
		if worryWords[t] {
			return true
		}
		switch t {
		case "deeply", "very", "still", "somewhat", "gravely", "seriously", "extremely", "highly", "quite", "rather", "more":
			continue
		}
		return false
	}
	return false
}

// tailStance reads the stance of a clause that follows a quotation and
// its attribution, starting at word from, in a sentence ending before
// word end: a coordinated verb phrase, after at most five words of the
// quotation's object ("and remained committed to the platform", not
// "and the minister") or, after a comma, a participle
// clause ("thanking Paris for its 'courage'", "accusing Kinshasa of bad
// faith"; not "including", "according"). The clause runs to a semicolon
// or the sentence's end. Neutral when no such clause follows.
func (d *doc) tailStance(from, end int) string {
	end = min(end, len(d.words))
	k, comma := from, false
	for k < end && d.words[k].punct {
		switch d.lw(k) {
		case ",":
			comma = true
		case "\"", "”", "’", "'":
		default:
			return Neutral
		}
		k++
	}
	if !comma && k < end && tailPrep(d.lw(k)) {
		// a place, time or medium before the comma: "wrote on social
		// media on Thursday evening, thanking the Emirates ..."
		for j := k + 1; j < min(end, k+10); j++ {
			if t := d.lw(j); t == "," {
				k, comma = j+1, true
				break
			} else if d.words[j].punct || t == "that" || t == "and" || t == "but" {
				break
			}
		}
	}
	if !comma {
		// the quotation's object first: "'regrets' the outcome and
		// remained ..."
		for j := k; j < min(end, k+6) && d.words[j].alpha; j++ {
			if d.lw(j) == "and" {
				k = j
				break
			}
		}
	}
	if k+1 >= end || !d.words[k].alpha || d.words[k].cap {
		return Neutral
	}
	switch t := d.lw(k); {
	case t == "and":
		if n := d.words[k+1]; !n.alpha || n.cap || determiner(n.low) {
			return Neutral
		}
	case comma && strings.HasSuffix(t, "ing") && len(t) > 5:
		switch t {
		case "including", "according", "during", "following", "regarding", "concerning", "notwithstanding", "excluding",
			// a speech verb opens a statement of its own, read as one
			"adding", "saying", "noting", "telling", "writing", "stating", "explaining", "arguing":
			return Neutral
		}
	default:
		return Neutral
	}
	e := k + 1
	for e < end && d.lw(e) != ";" {
		e++
	}
	if d.courtesy(k, e) {
		// "..., thanking his hosts for their hospitality": manners
		return Neutral
	}
	return d.lexStance(k, e)
}

// determiner reports whether t opens a noun phrase: "the", "a", "his".
func determiner(t string) bool {
	switch t {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "some", "many", "other", "both", "all":
		return true
	}
	return false
}

// clauseSpeaker returns the mention of the first person named between
// the last semicolon in words [a, cue) and the cue, or -1 (also when no
// semicolon stands there): a source before a semicolon is the subject of
// the clause before it, not the speaker of a cue after it.
func (d *doc) clauseSpeaker(a, cue int) int {
	sc := -1
	for k := a; k < cue && k < len(d.words); k++ {
		if d.words[k].punct && d.lw(k) == ";" {
			sc = k
		}
	}
	if sc < 0 {
		return -1
	}
	for mi := range d.ments {
		if m := &d.ments[mi]; m.w0 > sc && m.w1 <= cue && m.person >= 0 {
			return mi
		}
	}
	return -1
}

// wordAt returns the index of the first word starting at or after byte off.
func (d *doc) wordAt(off int) int {
	lo, hi := 0, len(d.words)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.words[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// officeNouns are a leader's staff speaking for the leader: "Albanese's
// office", "Lee's spokesperson".
var officeNouns = map[string]bool{"office": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "aides": true}

// officeHolder is the person whose office speaks from the place the
// source (from offset start) names: "Albanese's office in Canberra"
// (the source "Canberra") gives Anthony Albanese; else "".
func (d *doc) officeHolder(start int) string {
	w := d.wordAt(start)
	if w < 3 || w >= len(d.words) || d.lw(w-1) != "in" && d.lw(w-1) != "at" || !officeNouns[d.lw(w-2)] || !d.words[w-3].poss {
		return ""
	}
	if mi := int(d.mentAt[w-3]); mi >= 0 && d.ments[mi].w1 == w-2 && d.ments[mi].typ == PER && d.ments[mi].person >= 0 {
		return d.people[d.ments[mi].person].canonical()
	}
	return ""
}

// placeActor fixes an actor resolved to a city: "Opposition lawmakers in
// Seoul" are not Seoul (the source text is kept), while "Seoul welcomed"
// speaks for South Korea when Seoul is its capital.
func (d *doc) placeActor(actor, source string, start, end int) string {
	w := d.wordAt(start)
	if w >= len(d.words) {
		return actor
	}
	mi := int(d.mentAt[w])
	for k := w; mi < 0 && k < len(d.words) && d.words[k].start < end; k++ {
		mi = int(d.mentAt[k])
		if mi >= 0 && d.body[d.ments[mi].start:d.ments[mi].end] != actor {
			mi = -1
		}
	}
	if mi < 0 || d.ments[mi].typ != LOC || d.body[d.ments[mi].start:d.ments[mi].end] != actor {
		return actor
	}
	m := &d.ments[mi]
	if m.w1+1 < d.sents[m.sent].w1 && d.lw(m.w1) == "," && m.w0 > 0 && (d.lw(m.w0-1) == "in" || d.lw(m.w0-1) == "capital") {
		// a place of an opening phrase, then the speaker: "at a news
		// conference in the capital Lilongwe, chief observer Ilhan
		// Kyuchyuk ... said", "In Yerevan, opposition lawmaker X, a
		// former security chief, criticised"
		for k := m.w1 + 1; k < d.sents[m.sent].w1 && k <= m.w1+6; k++ {
			if pm := d.mentAt[k]; pm >= 0 {
				if pm := &d.ments[pm]; pm.typ == PER && pm.person >= 0 && !d.words[pm.w1-1].poss {
					return d.people[pm.person].canonical()
				}
				break
			}
			if d.words[k].cap || !d.words[k].alpha || !(roleModifiers[d.lw(k)] || d.roleAt(k, d.sents[m.sent].w1) > 0 || d.words[k].lf&fRoleEnd != 0 || d.lw(k) == "observer" || d.lw(k) == "chief" || d.lw(k) == "opposition" || d.lw(k) == "government") {
				// only a title may stand between ("chief observer X";
				// not "alongside X", "Kyuchyuk's deputy")
				if !d.words[k].cap {
					break
				}
			}
		}
	}
	if p := m.w0 - 1; p > d.sents[m.sent].w0 && (d.lw(p) == "in" || d.lw(p) == "from") {
		// the group before the place: "Opposition lawmakers in Seoul"
		a := p
		for a > d.sents[m.sent].labelEnd && a > p-4 && d.words[a-1].alpha && d.mentAt[a-1] < 0 {
			a--
		}
		if a < p && a > d.sents[m.sent].labelEnd && d.mentAt[a-1] >= 0 && (!d.words[a].cap || officeNoun(d.lw(p-1))) {
			// a place or people before the group names it: "Caribbean
			// leaders", "Cuban exiles", and a state's office, capitalised
			// or not: "The Chinese Embassy in Honiara", "the New Zealand
			// High Commission in Suva" (else "Embassy in Honiara")
			if m2 := &d.ments[d.mentAt[a-1]]; m2.typ != PER && m2.w1 == a && m2.sent == m.sent {
				a = m2.w0
			}
		}
		if a < p-1 && (strings.HasSuffix(d.lw(p-1), "ing") || strings.HasSuffix(d.lw(p-1), "ed")) {
			// "Caribbean leaders meeting in Port of Spain agreed": the
			// leaders, not where they met
			return d.body[d.words[a].start:d.words[p-2].end]
		}
		if e := m.e; a < p && e != nil && e.kind == kCity && d.g.capital[e.country] == e.canon && d.stateVoice(a, p, e.country) {
			// "Its foreign ministry spokesman in Islamabad said": the
			// state's own voice in its capital speaks for the state
			return e.country
		}
		if c := d.groupState(a, p); c != "" {
			// "A Russian embassy spokesman in Washington", "An EU
			// spokesperson in Brussels": the state or bloc it names
			return c
		}
		if a < p {
			return d.body[d.words[a].start:m.end]
		}
		if o := d.mentAt[p-1]; a == p && o >= 0 && int(o) < len(d.ents) {
			// an organisation where it sits: "The EAC Secretariat in
			// Arusha welcomed", "The U.S. Embassy in Pristina welcomed"
			// (attrib's phrase stops at "in"); the body speaks, under
			// the name its other words carry, not the city
			capital := m.e != nil && m.e.kind == kCity && d.g.capital[m.e.country] == m.e.canon
			if om := &d.ments[o]; om.typ == ORG && om.w1 == p && om.sent == m.sent && (om.e == nil || !om.e.media) && (!capital || foreignMission(d.body[om.start:om.end])) {
				// (in a capital, a ministry or an office is the state's
				// own voice, as "Tokyo" is Japan's; an embassy there is
				// another state's)
				return d.ents[o].Name
			}
		}
	}
	if m.start == start && m.end == end {
		if e := m.e; e != nil && e.kind == kCity && d.g.capital[e.country] == e.canon {
			return e.country
		}
		return actor
	}
	if len(source) > 60 {
		return actor
	}
	return source
}

// properSource reports whether the source from word w to byte end is a
// proper name the tagger did not find: after an optional "the", two or
// more capitalised words ("Crude Accountability", "Save the Children") or
// a hyphenated capitalised word ("Copa-Cogeca", "The SPLM-IO") up to the
// source's end or a comma, or capitalised words before party, coalition,
// movement, alliance or bloc ("Tawassoul party", "AKEL party"). Not one
// capitalised word alone ("Traders", "Fiskebåt" at a sentence's start: a
// common noun as often as a name), words in capitals alone (a header or a
// transcript's speaker label: "FLASH", "MERZ"), a phrase that goes on in
// lower case ("Southeast Asian foreign ministers"), one opened by an
// article or a possessive ("A Nordic diplomat", "His party"), nor a text
// ("The Bishkek Declaration commits").
func (d *doc) properSource(w, end int) bool {
	if w < len(d.words) && d.lw(w) == "the" {
		w++
	}
	if w >= len(d.words) {
		return false
	}
	switch d.lw(w) {
	case "a", "an", "one", "his", "her", "its", "their", "our", "my", "this", "that":
		return false
	}
	caps, upper, hyphen := 0, 0, false
	for k := w; k < len(d.words) && d.words[k].start < end && k-w < 8; k++ {
		t, text := d.lw(k), d.body[d.words[k].start:d.words[k].end]
		switch {
		case d.words[k].cap && (d.words[k].alpha || strings.Contains(text, "-")):
			if documentNouns[t] {
				return false
			}
			caps++
			if strings.ToUpper(text) == text {
				upper++
			}
			hyphen = hyphen || strings.Contains(text, "-")
		case caps > 0 && nameLinks[t] && k+1 < len(d.words) && d.words[k+1].cap:
		case caps > 0 && (t == "party" || t == "coalition" || t == "movement" || t == "alliance" || t == "bloc"):
			return k+1 >= len(d.words) || d.words[k+1].start >= end || d.lw(k+1) == ","
		case t == ",":
			return caps > upper && (caps >= 2 || hyphen)
		default:
			return false
		}
	}
	return caps > upper && (caps >= 2 || hyphen)
}

// plainGroups are the plural heads of a group with no name that speaks
// for itself in news: "environmental groups", "farmers", "traders".
var plainGroups = map[string]bool{
	"groups": true, "activists": true, "campaigners": true, "environmentalists": true, "farmers": true,
	"fishermen": true, "traders": true, "unions": true, "residents": true, "families": true,
	"protesters": true, "exporters": true, "importers": true, "producers": true, "manufacturers": true,
	"employers": true, "businesses": true, "ngos": true, "organisations": true, "organizations": true,
}

// skipGroupDet skips the determiner or quantifier that opens a group's
// phrase at word w: "the", "some", "many", "several".
func (d *doc) skipGroupDet(w int) int {
	if w < len(d.words) {
		switch d.lw(w) {
		case "the", "some", "many", "several", "local":
			return w + 1
		}
	}
	return w
}

// groupSource reports whether the source phrase from word w to byte end
// is a plain group: at most two modifiers before a plural head of
// plainGroups, no name in it and nothing after the head ("Environmental
// groups", "some local traders", "Rights groups"; not "groups that",
// "farmers in Bavaria" whose place attrib or civilActor reads).
func (d *doc) groupSource(w, end int) bool {
	w = d.skipGroupDet(w)
	if w < len(d.words) && possessiveWords[d.lw(w)] {
		return false // "their families": whose, the sentence before tells
	}
	if t := strings.TrimRight(d.body[:end], " "); strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’") {
		return false // "Fishermen's": a possessive, the group's voice is named after it
	}
	head := -1
	for k := w; k < len(d.words) && d.words[k].start < end; k++ {
		if k-w > 2 || !d.words[k].alpha || d.mentAt[k] >= 0 {
			return false
		}
		head = k
	}
	return head >= 0 && plainGroups[d.lw(head)]
}

// documentNouns head a text, not a speaker: "The Bishkek Declaration
// commits", "the Declaration of Principles says".
var documentNouns = map[string]bool{
	"declaration": true, "statement": true, "communique": true, "communiqué": true, "agreement": true, "treaty": true,
	"resolution": true, "report": true, "protocol": true, "memorandum": true, "accord": true, "charter": true,
}

// listGroup returns the named group whose members' list ends at the
// source starting at word w: "The Troika of the United States, Britain and
// [Norway]", "the Quartet of [the UN, the EU, Russia and the United
// States]": one to three capitalised words after "the", no mention, before
// "of" and a list of two or more countries, blocs or organisations (at
// most 16 words). Else "".
func (d *doc) listGroup(w int) string {
	m := w
	if m+1 < len(d.words) && d.lw(m) == "the" {
		m++
	}
	if w <= 0 || m >= len(d.words) || d.mentAt[m] < 0 || d.ments[d.mentAt[m]].typ == PER {
		// (a member opens the source: "The Secretary-General of the
		// GCC, Jasem Albudaiwi," is a person's title)
		return ""
	}
	k := w - 1
	if d.lw(k) == "the" {
		k--
	}
	list := false
	for n := 0; k > 0 && n < 16; n++ {
		switch t := d.lw(k); {
		case t == "of":
			e := k // the group's name ends before "of"
			b := e
			for b > 0 && e-b < 3 && d.words[b-1].cap && d.words[b-1].alpha && d.mentAt[b-1] < 0 && d.lw(b-1) != "the" {
				b--
			}
			if !list || b == e || b == 0 || d.lw(b-1) != "the" {
				// (a list, after a name with its article: not "Supporters
				// of X", "Secretary-General X")
				return ""
			}
			return d.body[d.words[b].start:d.words[e-1].end]
		case t == "," || t == "and":
			list = true
			k--
		case t == "the":
			k--
		default:
			mi := d.mentAt[k]
			if mi < 0 || d.ments[mi].typ == PER {
				return ""
			}
			k = d.ments[mi].w0 - 1
		}
	}
	return ""
}

// foreignMission reports whether an organisation's name is a state's
// mission abroad: an embassy, a consulate, a high commission.
func foreignMission(name string) bool {
	for _, w := range [...]string{"Embassy", "embassy", "Consulate", "consulate", "High Commission"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// nameLinks are the small words inside an organisation's name: "Save
// the Mekong Coalition", "Mwatana for Human Rights", "Collectif pour la
// Défense des Militaires".
var nameLinks = map[string]bool{
	"of": true, "for": true, "the": true, "by": true, "de": true, "del": true, "des": true, "du": true,
	"la": true, "le": true, "los": true, "las": true, "por": true, "pour": true, "da": true, "do": true, "dos": true,
}

// nameOpeners are capitalised words that open a sentence or a clause and
// begin no organisation's name.
var nameOpeners = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "but": true, "and": true, "meanwhile": true,
	"also": true, "however": true, "while": true, "when": true, "as": true, "from": true, "with": true, "to": true,
	"yet": true, "still": true, "separately": true, "earlier": true, "later": true, "elsewhere": true,
}

// fullOrgName returns actor with the organisation name it is part of
// made whole. The tagger often cuts a long name at a small word or a word
// it does not know ("Mekong Coalition" of "Save the Mekong Coalition",
// "National Confederation" of "National Confederation of Industry",
// "Third Reich" of "the Association of Poles Harmed by the Third Reich"),
// and a cut name is no actor a reader can find. The organisation mention
// in the source's words [a, b) (unknown to the gazetteer: known bodies are
// named whole) grows over capitalised words and the small words of names
// between them (nameLinks), not over a determiner, a possessive, a
// sentence opener, a day or month, a person or a place.
func (d *doc) fullOrgName(actor string, a, b int) string {
	if b-a > 16 || b > len(d.words) {
		return actor
	}
	for k := a; k < b; k++ {
		mi := d.mentAt[k]
		if mi < 0 {
			continue
		}
		m := &d.ments[mi]
		name := d.body[m.start:m.end]
		if m.typ != ORG || m.e != nil || !strings.Contains(actor, name) {
			k = max(k, m.w1-1)
			continue
		}
		s0 := d.sents[m.sent].w0
		if le := d.sents[m.sent].labelEnd; le > s0 {
			s0 = le
		}
		lo, hi := m.w0, m.w1
		for k := lo - 1; k >= s0 && k >= m.w0-8; k-- {
			if d.orgWord(k, int(mi)) {
				lo = k
			} else if !nameLinks[d.lw(k)] || d.words[k].cap && d.lw(k) != "the" {
				break
			}
		}
		for k := hi; k < d.sents[m.sent].w1 && k < m.w1+8; k++ {
			if d.orgWord(k, int(mi)) {
				if k > hi || !d.words[k].poss {
					hi = k + 1
				}
			} else if !nameLinks[d.lw(k)] || d.lw(k) == "the" && k == hi {
				break
			}
		}
		if lo == m.w0 && hi == m.w1 {
			return actor
		}
		full := d.body[d.words[lo].start:d.words[hi-1].end]
		if len(full) > 80 || strings.Contains(actor, full) {
			// (too long for a name; or the actor already holds it:
			// "Zambia Chamber of Commerce and Industry")
			return actor
		}
		return strings.Replace(actor, name, full, 1)
	}
	return actor
}

// orgWord reports whether word k may be part of an organisation's name
// around mention mi: a capitalised word of its own (not a determiner,
// an opener, a day or a month, a possessive's owner) or the mention, or
// a people's adjective ("Libyan").
func (d *doc) orgWord(k, mi int) bool {
	w := &d.words[k]
	if !w.cap || !w.alpha || w.poss && d.mentAt[k] != int32(mi) {
		return false
	}
	t := d.lw(k)
	if determiner(t) || nameOpeners[t] || weekday(t) || monthNames[t] > 0 {
		return false
	}
	if m := d.mentAt[k]; m >= 0 && int(m) != mi {
		if x := &d.ments[m]; x.typ != NORP && x.typ != ORG {
			return false
		}
	}
	return true
}

// officeNoun reports whether t names a state's office that speaks for it:
// a ministry, a department, an embassy or a consulate.
func officeNoun(t string) bool {
	switch t {
	case "ministry", "department", "embassy", "consulate":
		return true
	}
	return false
}

// officePhrase returns the name of the office of state that words [a, b), a
// reaction's source, name ("A State Department spokesperson" gives "State
// Department"; "The Chinese Embassy in Honiara" and, for the source
// "Honiara", the same words before "in"), or "". A state speaks through
// its offices; the office is how the article names the speaker, and the
// reader learns who spoke, not only for which side (the state stays the
// actor). The phrase runs from its first capitalised word or name (not a
// determiner or an adjective such as "senior") through the office noun
// and an "in <place>" right after it.
func (d *doc) officePhrase(state string, a, b int) string {
	if a >= len(d.words) || b > len(d.words) || a >= b || b-a > 8 {
		return ""
	}
	lo, hi := a, b
	if a >= 2 && (d.lw(a-1) == "in" || d.lw(a-1) == "from") && b-a <= 3 {
		// the source is the place after the office ("The Chinese
		// Embassy in Honiara"): up to five words before "in"
		lo, hi = max(a-6, d.sents[d.words[a].sent].w0), a-1
	}
	off := -1
	for k := hi - 1; k >= lo; k-- {
		if !d.words[k].alpha {
			break
		}
		if officeNoun(d.lw(k)) {
			off = k
			break
		}
	}
	if off < 0 {
		return ""
	}
	s := off
	for s > lo && d.words[s-1].alpha && (d.words[s-1].cap || d.mentAt[s-1] >= 0 || d.lw(s-1) == "foreign") && !determiner(d.lw(s-1)) {
		s--
	}
	for k := s; k <= off; k++ {
		if mi := d.mentAt[k]; mi >= 0 && d.countryOf(int(mi)) != state {
			// another state's or a body's office: no label. So too an
			// office the tagger read as one name of no state ("The U.S.
			// Embassy in Pristina", which placeActor gives to the
			// capital's state): the label would show the wrong side
			return ""
		}
	}
	e := off + 1
	if s == off && !(e+1 < len(d.words) && d.lw(e) == "of" && d.words[e+1].cap) {
		// a bare "ministry" or "department" tells the reader nothing
		return ""
	}
	if e+1 < len(d.words) && d.lw(e) == "of" && d.words[e+1].cap {
		// "the Ministry of Foreign Affairs", "the Department of State"
		e += 2
		for e < len(d.words) && e < off+7 && (d.words[e].cap || d.lw(e) == "and" && e+1 < len(d.words) && d.words[e+1].cap) {
			e++
		}
	}
	if e+1 < len(d.words) && d.lw(e) == "in" && d.mentAt[e+1] >= 0 {
		e = d.ments[d.mentAt[e+1]].w1
	}
	return d.body[d.words[s].start:d.words[e-1].end]
}

// learnedReactionMin is the confidence a learned-only attribution needs to
// become a reaction: about three in four of those at or above it (with a
// quote or a lexicon cue) have the right source on the held-out part of
// PolNeAR train, near the rules' own precision.
const learnedReactionMin = 0.6

// reactionWorthy reports whether at may become a reaction. The rules'
// attributions always may; one only the learned pair classifier found
// ("she went through this in 2008", "Mrs. Clinton delivered a promise")
// must be confident and carry a direct quote or a reporting or stance cue.
func reactionWorthy(at *attrib.Attribution) bool {
	if !at.Learned {
		return true
	}
	return at.Confidence >= learnedReactionMin && (at.Quote != "" || at.LexicalCue)
}

// reactions finds who said or did what with package attrib, given the
// engine's mentions (people by canonical name, places by country). An actor
// is kept when it resolves to a known entity or its source names one
// ("European leaders"); bare "officials" or "both leaders" are dropped.
// A statement whose words carry cues of both polarities is mixed.
func (d *doc) reactions() []Reaction {
	var relayed []int   // indices in out of words a spokesperson relayed
	var open []bool     // per reaction in out: no rule read a stand (see modelStance)
	var opposed []int   // indices in out of neutral words of an opposition speaker
	var vetoable []bool // per opposed: not a civil body only (opposedModelVeto)
	var analysts []int  // indices in out of an outside analyst's words (analystView)
	sents := d.spans()
	ents := d.ents[:0]
	if d.known == nil {
		d.known = make(map[string]bool, len(d.ments))
	}
	known := d.known
	clear(known)
	acr := d.acronyms()
	clear(d.acrOf)
	clear(d.officeOf)
	// each person's gender, worked out once (0xff: not yet)
	genders := d.genders[:0]
	for range d.people {
		genders = append(genders, 0xff)
	}
	d.genders = genders
	d.canons = d.canons[:0] // (built on first use, see peopleNames)
	for mi := range d.ments {
		m := &d.ments[mi]
		name := d.body[m.start:m.end]
		gender := byte(0)
		switch {
		case m.typ == ORG && acr[name] != "":
			if m.e == nil || !m.e.media {
				// (a news agency's initials name no actor: "AP")
				if d.acrOf == nil {
					d.acrOf = map[string]string{}
				}
				d.acrOf[acr[name]] = name
			}
			name = acr[name] // "NAO" acts as the "National Audit Office"
		case m.person >= 0:
			name = d.people[m.person].canonical()
			if genders[m.person] == 0xff {
				genders[m.person] = d.personGender(m.person)
			}
			gender = genders[m.person]
		case m.e != nil && (m.e.kind == kCountry || m.e.kind == kSeat || m.e.kind == kGov):
			name = m.e.country
		case m.e != nil && (m.e.kind == kBloc || m.e.kind == kOrg && m.e.canon != ""):
			if isAcronym(name) && strings.IndexByte(m.e.canon, ' ') > 0 {
				if d.acrOf == nil {
					d.acrOf = map[string]string{}
				}
				d.acrOf[m.e.canon] = name
			}
			name = m.e.canon // "U.N." and "United Nations" are one actor
		}
		known[name] = true
		if c := d.countryOf(mi); c != "" {
			known[c] = true
		}
		ents = append(ents, attrib.Entity{Start: m.start, End: m.end, Type: m.typ, Name: name, Gender: gender})
	}
	d.ents = ents
	low := ""
	if d.lowExact && d.lowASCII {
		low = d.low // what attrib would make: spare it the copy
	}
	ats := attrib.FindLex(d.body, low, d.tokSpans, d.tokLex, sents, ents)
	out := make([]Reaction, 0, len(ats))
	d.bgSent = append(d.bgSent[:0], make([]int8, len(d.sents))...)
	lead := 0 // the lead: the first sentence of prose
	for lead < len(d.sents) && !d.isProse(lead) {
		lead++
	}
	for _, at := range ats {
		si := at.Sentence
		if si < 0 || si >= len(d.sents) || d.sents[si].header || d.sents[si].heading || d.inDateline(si, at.SourceStart) {
			// a dateline's place ("KANANASKIS, Alberta (Reuters) -") is
			// no speaker
			continue
		}
		if !reactionWorthy(&at) {
			continue
		}
		// the attribution's word indices, found once (wordAt is a binary search)
		cueW, conA, conB := d.wordAt(at.CueStart), d.wordAt(at.ContentStart), d.wordAt(at.ContentEnd)
		if at.SourceEnd <= at.CueStart {
			if mi := d.clauseSpeaker(d.wordAt(at.SourceEnd), cueW); mi >= 0 {
				// "Fico was not at the meeting; his foreign minister,
				// Juraj Blanar, told reporters ...": the clause after
				// the semicolon has a speaker of its own
				m := &d.ments[mi]
				name := d.people[m.person].canonical()
				at.Source, at.SourceStart, at.SourceEnd = d.body[m.start:m.end], m.start, m.end
				at.Actor, at.Actors = name, []string{name}
			}
		}
		// a piece of the subject for the whole: "The Private Sector
		// Federation in Kigali said", "The environmental group
		// Bankwatch Romania was sharper, arguing" (react17.go)
		repaired := d.repairSource(&at, &d.sents[si], cueW)
		srcW := d.wordAt(at.SourceStart)
		s := &d.sents[si]
		label := false
		if at.Quote != "" && d.nameQuote(at.Quote, s) {
			// "what Rome calls the 'Rome Process'", Jimmy "Barbecue"
			// Cherizier: a name in quotation marks is no words said
			at.Quote, label = "", true
		}
		stance := at.Stance
		// ruled: a rule read the words and found no stand ("refused to
		// condemn", a denial, "no comment"); the stance model keeps off
		ruled := false
		if stance == Neutral {
			// "The visit was criticised by Ukrainian President X, who
			// called it ...": the verb before "by" and the source
			stance = d.passiveStance(si, srcW)
		}
		if stance != Neutral && at.ContentStart < at.ContentEnd {
			c, a := cueW, conA
			ls := d.lexStance(a, conB)
			if ls == Mixed {
				stance = Mixed
			} else if (ls == Critical || ls == Supportive) && ls != stance && c < a && d.butIn(c+1, a) {
				// "welcomed the release but said it 'must not
				// distract' from ...": a stance verb, then a "but" and
				// a clause of the other stance
				stance = Mixed
			} else if ls == Critical && d.progressDenied(a, conB) {
				// "disappointed by the lack of progress": the model
				// reads "progress" as praise; the lexicon reads the
				// whole phrase
				stance = Critical
			} else if ls != stance && ls != Neutral && d.scopeStance(a, conB) == ls {
				// the first cue's clause holds the other's: "said
				// Belgrade had refused to discuss 'what it already
				// agreed'" (the model counts "agreed" alone)
				stance = ls
			} else if ls == Critical && stance == Supportive && c < a && d.lexStance(c, c+1) == Neutral && d.negIn(a, conB) {
				// a plain "said", a negation, and the engine's critical
				// reading against the model's negated one: "said
				// countries 'should not be forced to choose sides'" (a
				// demand, not a negated attack)
				stance = ls
			}
		} else if stance == Neutral && at.CueStart < at.CueEnd {
			// the engine's lexicon on the cue and the words right after
			// it ("voted against", "had blocked"), or on the quotation
			// ("a quantum leap", "an act of economic warfare"): the
			// paraphrase around them says too much else
			a, b := cueW, min(d.wordAt(at.CueEnd)+2, len(d.words))
			named, praised := false, false
			if namingCue(d.lw(a)) && at.ContentStart < at.ContentEnd {
				// "called the deal a victory for Venezuelan diplomacy
				// and said ...": what it is called, up to a quotation
				// (after the thing named: "called half of his
				// supporters 'deplorables'" names no "a" or "as")
				nb := min(conB, a+8)
				na, quoted := -1, false
				for k := a + 2; k < nb; k++ {
					if t := d.lw(k); t == "\"" || t == "“" || t == "and" || t == "," {
						nb, quoted = k, t == "\"" || t == "“"
						break
					} else if na < 0 && (t == "a" || t == "an" || t == "as") {
						na = k
					}
				}
				if na >= 0 && d.praiseNoun(na, nb) {
					praised, named = true, true
				} else if na >= 0 && d.lexStance(na, nb) != Neutral {
					a, b, named = na, nb, true
				} else if na < 0 && !quoted {
					// a bare noun named, with no article: "called the
					// remarks interference", "branded the vote
					// illegitimate": the last word of the clause (not a
					// word before a quotation: "called half of his
					// supporters 'deplorables'")
					l := nb - 1
					for l > a+2 && !d.words[l].alpha {
						l--
					}
					if l > a+2 && d.lexStance(l, l+1) != Neutral {
						a, b, named = l, l+1, true
					}
				}
			}
			if refusalVerb(d.lw(a)) && a+2 < len(d.words) && d.lw(a+1) == "to" && commitVerb(d.lw(a+2)) {
				// "refused to sign a draft statement calling the
				// region 'a zone of peace'": the refusal, not the words
				// refused
				named = true
			}
			if at.Quote != "" && !named && verbPolarity(d.lw(a)) != Neutral && !relPronoun(d.lw(srcW)) && (d.butBeforeQuote(a, at.Quote, s) || d.quoteStance(at.Quote, s) == Neutral) {
				// "Museveni backed the move but warned that the bloc
				// should 'digest what it has eaten'": the quotation is
				// the second verb's; "backed the accord, calling it 'a
				// fair deal'": a quotation with no cue of its own; the
				// stance verb's own stance holds
				named = true
			}
			pa, pb := 0, 0 // the paraphrase between the cue and the quotation
			if at.Quote != "" && !named {
				lo, hi := min(s.span.Start, at.ContentStart), max(s.span.End, at.ContentEnd)
				if lo >= 0 && hi <= len(d.body) && lo < hi {
					if q := strings.Index(d.body[lo:hi], at.Quote); q >= 0 {
						q += lo
						c := cueW
						a, b = d.wordAt(q), d.wordAt(q+len(at.Quote))
						if c < a && a-c <= 30 && d.words[c].sent == d.words[a].sent {
							pa, pb = c+1, a
						}
					}
				}
			}
			if praised {
				stance = Supportive
			} else if ls := d.lexStance(a, b); ls == Neutral && pa < pb && d.acrossQuote(pa, a, b) != Neutral {
				// a phrase the quotation opens inside: "said the
				// drills risked 'dragging the country into a war'"
				stance = d.acrossQuote(pa, a, b)
			} else if ls == Neutral && pa < pb {
				// a quotation without a cue after a paraphrase that
				// has one: "said Greece supported the fund and wanted
				// it extended to 'all of Libya'" (support, or support
				// with a reservation; a critical word there is often
				// a warning in general: "added that the region must
				// not become 'a theatre for other people's wars'")
				if ps := d.lexStance(pa, pb); ps != Critical {
					stance = ps
				}
			} else if ls == Mixed && d.contrastBetween(a, b) {
				// "There is goodwill here, but the main obstacle
				// remains": a stance, a "but" and the other one
				stance = Mixed
			} else if ls != Mixed {
				stance = ls
				if c := cueW; stance == Supportive && d.refusedBefore(c) {
					stance = Critical // "Italy refused to endorse the plan"
				} else if stance == Critical && d.refusedBefore(c) {
					stance, ruled = Neutral, true // "refused to condemn": no stand to read
				}
			}
		}
		if at.Quote != "" && at.ContentStart < at.ContentEnd && stance != Mixed {
			// the clause after the quotation and its attribution:
			// "said the kingdom 'regrets' the outcome and remained
			// committed to the platform", "'...,' Bourita said,
			// thanking Paris for its 'courage'"
			from := max(d.wordAt(at.CueEnd), d.wordAt(at.SourceEnd))
			if q := strings.Index(d.body[at.ContentStart:at.ContentEnd], at.Quote); q >= 0 {
				from = max(from, d.wordAt(at.ContentStart+q+len(at.Quote)))
			}
			switch ts := d.tailStance(from, s.w1); {
			case ts == Neutral || ts == stance:
			case stance == Neutral:
				stance = ts
			case stance == Critical && ts == Supportive:
				// a complaint and a loyalty ("regrets the outcome and
				// remained committed"); a rebuttal after praise ("and
				// dismissed reports ... as 'a smear'") defends the praise
				stance = Mixed
			}
		}
		if stance == Neutral && at.Quote != "" && at.ContentStart < at.ContentEnd {
			// a second quotation in the reported clause: "said the
			// president had 'prior engagements' and that Rwanda 'fully
			// supports the enlargement'" (the first one is a fact)
			if q := strings.Index(d.body[at.ContentStart:at.ContentEnd], at.Quote); q >= 0 {
				if ls := d.laterQuoteStance(d.wordAt(at.ContentStart+q+len(at.Quote)), conB); ls != Mixed {
					stance = ls
				}
			}
		}
		if stance == Neutral && at.Quote == "" && at.Kind == attrib.KindPosition && !at.Learned && at.ContentStart < at.ContentEnd {
			// a deed's first words may carry the stance: "issued a
			// joint statement reaffirming support for Ukraine"
			a := conA
			if ls := d.lexStance(a, min(conB, a+8)); ls != Mixed {
				stance = ls
			}
		}
		if stance == Neutral && at.Quote == "" && at.Kind == attrib.KindSpeech && !at.Learned && cueW < conA && conA < conB && conB-conA <= 8 && sayVerb(d.lw(cueW)) {
			// a short paraphrase right after a plain "said" is the
			// speaker's whole verdict: "said the text was balanced",
			// "said the charges were baseless" (a longer one reports
			// more than a view)
			if ls := d.lexStance(conA, conB); ls != Mixed {
				stance = ls
			}
		}
		if stance != Neutral {
			a, b := conA, conB
			if c := cueW; c < a && a-c <= 2 {
				if stance == Mixed {
					// "thanked the leaders, calling the statement 'a
					// signal that aggression will not be rewarded'": the
					// stance verb holds unless the engine's own cues in
					// its object say otherwise
					if vs := d.lexStance(c, c+1); vs == Supportive || vs == Critical {
						if ls := d.lexStance(a, b); ls == Neutral || ls == vs {
							stance = vs
						}
					}
				}
				if stance != Mixed && d.butReserve(c, b) && d.lexStance(c, c+1) == stance {
					// "X backed cooperation but drew a line on returns":
					// the stance verb, then a reservation
					stance = Mixed
				}
			}
		}
		if stance == Neutral && at.Quote == "" && d.noReaction(&at) || at.Kind == attrib.KindAccording && (stance == Neutral || at.Quote == "") && !d.isPerson(at.Actor) && !d.ownStatement(&at) {
			// (a body's quoted words are its own: "'productive and very
			// constructive', according to the White House")
			// ("according to a Thai delegate, the meeting broke up after
			// Cambodia rejected a proposal": a source of facts, whatever
			// their stance; a person named is read as holding a view)
			continue
		}
		if label && stance == Neutral {
			continue
		}
		if c := cueW; c < len(d.words) && hasPrefix(d.lw(c), "agree") {
			if as := d.agreedThat(c, conB); as != Neutral {
				// "agreed on Tuesday that a Russian proposal was
				// unacceptable": the clause agreed holds the stance
				stance = as
			}
		}
		if at.Quote == "" && si == lead && d.jointAgreement(&at, cueW, conB) {
			// "Group of Seven leaders agreed a joint statement", "Italy
			// and a dozen governments agreed to set up a fund": the
			// lead's parties make the outcome, they do not react to it
			continue
		}
		if w := srcW; w < len(d.words) && d.words[w].alpha && !d.words[w].cap && fragmentOpeners[d.lw(w)] {
			// "Foreign ministers from around the Indian Ocean agreed":
			// a prepositional phrase is a piece of the subject, no
			// actor
			continue
		}
		if at.Quote == "" && stance == Neutral && srcW > 1 && d.lw(srcW-1) == "which" && d.lw(srcW-2) == "," {
			// "a separate accord signed in June, which Kigali says it is
			// implementing": a word on the thing before the comma, the
			// story's background, no reaction to the news
			continue
		}
		if at.Quote == "" && srcW > 0 && (d.lw(srcW) == "which" || d.lw(srcW) == "who") && d.lw(srcW-1) == "," && cueW == srcW+1 && presentThird(d.lw(cueW)) && !d.newsObject(cueW+1) {
			// "India, which opposes CPEC because it runs through
			// Kashmir, has been deepening ties": a standing position in a
			// relative clause describes the actor; it is no reaction to
			// the news (unless its object is the news itself: "Pelora,
			// which supports the deal, said ...")
			continue
		}
		if at.Quote == "" && at.CueStart >= at.ContentEnd && anonymousSource(at.Source) {
			// "The rebels were not invited, Italian officials said", "A
			// working group will meet next week, a U.S. official said":
			// unnamed officials source a fact; their country did not react
			continue
		}
		if at.Quote == "" {
			bg, later := d.background(si, cueW, &at)
			if bg {
				// "Spain, which backed the plan in 2022, ...", "then-prime
				// minister X told Parliament", "has rejected such calls in
				// the past": the story's background, not a response to it
				continue
			}
			if later >= 0 {
				// "has often criticised X but on Tuesday welcomed the
				// agreement": today's verb holds
				stance = d.lexStance(later, later+1)
			}
		}
		if stance == Neutral && conA < conB && d.ownCommitment(conA, conB, &at) {
			// "Merz said Berlin would double funding for ... and would
			// support Ghana's request", "added that New Zealand would
			// fund emergency medical supplies": the speaker's own side
			// pledges help, a stand for the outcome
			stance = Supportive
		}
		if stance == Critical && at.ContentStart < at.ContentEnd && d.onlyHypothetical(conA, conB) {
			// "We strongly oppose any unilateral attempt to change the
			// status quo by force": a principle aimed at whoever might,
			// not a stand on the event
			stance, ruled = Neutral, true
		}
		if stance == Critical && d.denial(cueW, conB, at.Actor, d.sourceCountries(&at)) {
			// "India rejected the allegations", "denies the charges": a
			// party answering a charge against itself takes no stand on
			// the news
			stance, ruled = Neutral, true
		}
		if stance == Critical && d.proponentRejects(&at) {
			// "Senator X, who sponsored the resolution, rejected those
			// concerns": the measure's defender
			stance = Supportive
		}
		if conA < conB && cueW < conA && conA-cueW <= 2 && d.stayAwayObject(conA, conB) {
			// "defended the boycott", "backed the decision to stay
			// away": support for staying away is a stand against the
			// meeting ("condemned the walkout": for it)
			switch verbPolarity(d.lw(cueW)) {
			case Supportive:
				stance = Critical
			case Critical:
				stance = Supportive
			}
		}
		if c := cueW; c < len(d.words) && d.noComment(min(c, conA), d.cueClauseEnd(c, max(conB, c+12))) {
			// "said it does not comment on ongoing cases in order not
			// to endanger the persons concerned": no stance; "declined
			// to comment", "had no comment": no reaction at all (the
			// bullet would say it commented)
			if at.Quote == "" && stance == Neutral {
				continue
			}
			stance, ruled = Neutral, true
		}
		if (stance == Critical || stance == Neutral) && conA < conB {
			if k := d.noObjection(min(cueW, conA), min(conB, s.w1)); k >= 0 {
				// "said Russia had 'no objection to its partners
				// developing relations with whomever they wish'":
				// consent, no stand; "said he did not object to the talks
				// but that ...": consent with a reservation
				stance, ruled = Neutral, true
				for j := k + 2; j < s.w1; j++ {
					if d.lw(j) == "but" && !d.newSubject(j+1) {
						stance = Mixed
						break
					}
				}
			}
		}
		if ms := d.manner(s.w0, min(cueW+4, s.w1)); ms == Mixed && (stance == Neutral || stance == Supportive) || ms != Neutral && stance == Neutral {
			// how the writer says the speaker responded: "struck a
			// more cautious note, saying ...", "was more upbeat,
			// calling the talks ...", "cautiously welcomed the deal"
			stance = ms
		}
		named, media, mediaText := false, "", ""
		for w := srcW; w < len(d.words) && d.words[w].start < at.SourceEnd; w++ {
			if mi := d.mentAt[w]; mi >= 0 {
				named = true
				if m := &d.ments[mi]; m.e != nil && m.e.media {
					// a news organisation that saw or was told something
					// ("seen by Reuters", "told the BBC", "according to
					// AFP") or reports: only its own stand is a reaction
					// ("The BBC criticised the decision")
					reports := stance == Neutral || reportCue(d.lowerOf(d.body[at.CueStart:at.CueEnd]))
					if m.w0 > 0 {
						switch d.lw(m.w0 - 1) {
						case "by", "to", "told", "from":
							reports = true
						}
					}
					if reports {
						media, mediaText = m.e.canon, d.body[m.start:m.end]
					}
				}
			}
		}
		named = named || repaired
		quote := at.Quote
		if quote != "" && d.refusedQuote(s, &at) {
			quote = ""
		}
		actors := at.Actors
		if len(actors) == 0 && at.Actor != "" {
			actors = []string{at.Actor}
		}
		actors = d.sourcePeople(actors, &at)
		if g := d.listGroup(srcW); g != "" {
			// "The Troika of the United States, Britain and Norway
			// welcomed": the group speaks (attrib's phrase is the end
			// of its members' list), not each of its members
			actors, named = []string{g}, true
		}
		if p := d.subjectAcrossPhrase(cueW); !named && srcW > cueW && p != "" {
			// "Denis Mukwege, speaking by telephone from Paris, said
			// the deal 'rewards occupation'": the person before the
			// phrase speaks, not "the deal" after the verb
			actors, named = []string{p}, true
		} else if p := d.quotedPerson(cueW); p != "" {
			// "Kang quoted Lee as saying": the words are Lee's, the
			// spokesperson only relays them
			actors = []string{p}
		}
		for _, a := range actors {
			if !known[a] && !named && stance != Neutral && d.groupSource(srcW, at.SourceEnd) {
				// a plain group that takes a stand speaks as itself:
				// "Environmental groups welcomed the treaty but urged",
				// "Farmers criticised the deal"
				a = upperFirst(d.body[d.words[d.skipGroupDet(srcW)].start:at.SourceEnd])
			} else if !known[a] && !named && (stance == Neutral || !d.properSource(srcW, at.SourceEnd)) {
				// (a name the tagger missed is kept when it takes a
				// stand: "Copa-Cogeca warned", "Crude Accountability said
				// Brussels was 'locking in decades of fossil fuel
				// dependence'"; a newsletter's own name reports)
				continue
			}
			if media != "" && (a == media || a == mediaText) {
				// (the news organisation as the subject reacts: "The BBC
				// criticised the decision")
				// "A draft statement seen by Reuters said": the news
				// agency reports, it does not react
				continue
			}
			relays := false
			if h := possessedHead(at.Source); h != "" {
				// "Kerrigan's sister, Megan Kerrigan, said", "The
				// Taliban's chief spokesman, X, said": the person named
				// after the title speaks; a relative unnamed is not the
				// person whose relative she is
				if p := d.appositivePerson(at.SourceEnd); p != "" {
					a = p
				} else if kinNouns[h] && d.isPerson(a) {
					continue
				} else if hasPrefix(h, "spokes") && d.isPerson(a) && quote != "" {
					// "the meeting has been postponed 'until conditions
					// allow', Kallas's spokesperson said": the words the
					// office relays give way to her own (relayQuotes)
					relays = true
				}
			}
			if d.portfolio(a, &at) {
				// "Australia's Minister for Pacific Island Affairs, Pat
				// Conroy, welcomed": the portfolio is no actor; the name
				// after the title is
				p := d.appositivePerson(at.SourceEnd)
				if p == "" {
					// "The Minister for Pacific Peoples welcomed": the
					// unnamed office holder speaks, under the title
					p = d.officeTitle(&at)
				}
				if p == "" || contains(actors, p) {
					continue
				}
				a = p
			}
			if !known[a] && d.bareRole(a, si) {
				// "Deputy Prime Minister and Defence Minister Tea
				// Seiha blamed": the title is no second actor
				continue
			}
			if h, ok := cutPronounOwner(a); ok && !kinNouns[h] {
				// "said its president, Kelly Semedo": the person named
				// after the title speaks; "its president" names no
				// actor a reader can find
				if p := d.appositivePerson(at.SourceEnd); p != "" {
					a = p
				} else if p := d.appositiveName(srcW, d.wordAt(at.SourceEnd-1)+1); p != "" {
					a = p
				}
			}
			if p := d.officeHolder(at.SourceStart); p != "" {
				// a person's office: "Albanese's office in Canberra
				// confirmed the call" speaks for Albanese, not as
				// "office in Canberra"
				a = p
			}
			a = d.placeActor(a, at.Source, at.SourceStart, at.SourceEnd)
			if o := orgOfPlace(at.Source, a); o != "" {
				// "The National Council of Resistance of Iran
				// condemned": the group, not Iran
				a = o
			} else if !d.isPerson(a) {
				if o := orgAroundPlace(at.Source, a); o != "" {
					// "Amnesty International Kenya urged", "a
					// spokeswoman for the Conference of Catholic
					// Bishops of Cuba said"
					a = o
				}
			}
			if n := d.groupApposName(a, srcW, at.SourceEnd); n != "" && !known[a] {
				// "party, the Alliance for the Republic (APR), said": the
				// name, not the noun that describes it
				a = n
			}
			if strings.IndexByte(a, ' ') > 0 {
				a = d.fullerName(a)
			}
			if c := d.bodyCountry(a, &at); c != "" {
				a = c
			} else if g := d.civilActor(a, &at); g != "" {
				// "Thai opposition lawmakers criticised", "Argentina's
				// main business chamber, the Argentine Industrial
				// Union, welcomed": a group of the country's people,
				// not its state
				a = g
			}
			if !known[a] {
				a = tidyActor(a)
			}
			if a == "" {
				// nothing left to name ("the Supreme Court" as the
				// passive agent of "decided" tidies to no actor): a
				// reaction needs someone who reacted
				continue
			}
			if stance == Neutral && quote == "" && at.CueStart >= at.ContentEnd && at.ContentStart < at.ContentEnd && !d.isPerson(a) {
				// "The quake struck at 10 a.m., the Japan
				// Meteorological Agency said": a body named after
				// the fact it gives sources it; it did not react
				continue
			}
			a = d.fullOrgName(a, srcW, d.wordAt(at.SourceEnd-1)+1)
			if _, done := d.officeOf[a]; !done && d.g.country[a] != nil {
				if o := d.officePhrase(a, srcW, d.wordAt(at.SourceEnd-1)+1); o != "" {
					if d.officeOf == nil {
						d.officeOf = map[string]string{}
					}
					d.officeOf[a] = o
				}
			}
			r := Reaction{
				Actor: a, Stance: stance, Quote: quote,
				Start: s.span.Start, End: s.span.End, Sentence: si,
			}
			if !mergeReaction(out, &r) {
				if relays {
					relayed = append(relayed, len(out))
				}
				out = append(out, r)
				open = append(open, stance == Neutral && !ruled)
				if stance == Neutral && !ruled && conA < conB && d.g.country[a] == nil && d.opposed(&at, s, srcW, cueW, quote) {
					opposed = append(opposed, len(out)-1)
					vetoable = append(vetoable, !d.civilOnlySource(srcW, at.SourceEnd))
				}
				if d.analystSource(srcW, at.SourceEnd) {
					analysts = append(analysts, len(out)-1)
				}
			}
		}
	}
	relayQuotes(out, relayed)
	d.mannerBefore(out)
	d.frameStance(out)
	d.furtherStance(out)
	d.butStance(out)
	d.butConcede(out)
	pre := opposedStances(out, opposed)
	d.modelStance(out, open)
	opposedModelVeto(out, opposed, vetoable, pre)
	d.demandStance(out, open)
	for _, i := range opposed {
		if out[i].Stance == Neutral {
			// "the opposition Congress party's communications chief,
			// Jairam Ramesh, said the government was 'collecting air
			// miles rather than results'": an opposition party or
			// lawmaker that speaks on the government's diplomacy speaks
			// against it; its scorn is mostly irony or a demand ("should
			// first publish ..."), which no cue reads. Only words said
			// (not a deed: "did not attend, citing a prior commitment"),
			// with no supportive cue ("said it backed ... but urged" is
			// no plain attack), and when no rule and no model read a
			// stand
			out[i].Stance = Critical
		}
	}
	d.contrastStance(out)
	aidx := d.analystActors(out, analysts)
	d.analystView(out, aidx)
	d.analystPlain(out, aidx)
	return out
}

// opposed reports whether the neutral reaction of at in sentence s, its
// source from word srcW and its cue at word cueW, is an opposition voice
// whose words no cue reads (see reactions): words said (a quotation, a
// demand, "should"/"must" after the cue, or "said"/"told" for a speaker
// called of the opposition; a party's speaker needs a quotation or a
// demand: "told a news conference self-determination could begin at
// local level" is a position), and no
// praise in the sentence (a supportive cue, or a "win" or "victory":
// "called the decision a 'huge win for Ohio voters'").
func (d *doc) opposed(at *attrib.Attribution, s *sentence, srcW, cueW int, quote string) bool {
	kind := d.oppositionSource(srcW, at.SourceEnd)
	if kind == 0 {
		return false
	}
	quoted, demand := quote != "", false
	for k := s.w0; k < s.w1; k++ {
		switch d.lw(k) {
		case "win", "victory":
			return false
		case "\"", "“", "”", "‘", "'":
			quoted = true
		case "should", "must":
			demand = demand || k > cueW
		}
	}
	if !quoted && !(kind == 2 && sayVerb(d.lw(cueW))) && !demand {
		return false
	}
	return d.cueAt(&d.g.cues.sup, s.w0, s.w1) < 0
}

// oppositionSource tells whether the source phrase from word w to byte
// end, or a title of up to four words before it, names the speaker as of
// the opposition (2: "opposition lawmaker Pedro Bordaberry", "Mexico's
// opposition National Action Party", "Alain-Claude Bilie-By-Nze, now an
// opposition figure,") or of a party out of office (1: "Green Party co-leader
// Chloe Swarbrick", "Kyriakos Velopoulos, leader of the nationalist Greek
// Solution party,"; a party's voice on a government's diplomacy is the
// opposition's unless the source calls it ruling or governing, or the
// Communist Party of a one-party state; not "a party to the conflict",
// nor a "Third Party" body), or a human-rights organisation (1: "Human
// Rights Watch", "the Haitian migrant rights group GARR"); else 0.
func (d *doc) oppositionSource(w, end int) int {
	k := w
	for k > 0 && k > w-4 && d.words[k-1].alpha {
		k--
	}
	party, rights := 0, false
	for ; k < len(d.words) && (k < w || d.words[k].start < end); k++ {
		switch d.lw(k) {
		case "opposition":
			return 2
		case "rights", "amnesty":
			// a human-rights group ("Human Rights Watch", "the rights
			// group Mwatana", "Amnesty International") speaks on a
			// diplomatic outcome for what it lacks; not a person for
			// rights ("an advocate for human rights in Burma") nor
			// "rights activists"
			rights = rights || d.words[k].cap || k+1 < len(d.words) && rightsBodies[d.lw(k+1)]
		case "environmental", "conservation", "anti-corruption", "watchdog", "advocacy", "campaign":
			// an advocacy or watchdog group speaks as a rights group
			// does ("the environmental group Forest Watch Indonesia",
			// "the Free West Papua Campaign"); not "environmental
			// ministers" (a body noun must follow) nor a campaign's
			// people ("campaign manager")
			rights = rights || advocacyBody(d, k)
		case "association", "federation", "network", "movement", "coalition", "forum", "union", "organisation", "organization":
			// a civil body: an association, a union, a movement of
			// the people a diplomatic outcome touches (react17.go)
			rights = rights || d.civilBody(k)
		case "ruling", "governing", "communist", "third":
			return 0
		case "party", "party's", "party’s":
			if k > 0 && d.lw(k-1) == "communist" {
				return 0
			}
			if k+1 >= len(d.words) || d.lw(k+1) != "to" {
				party = 1
			}
		}
	}
	if rights {
		return 1
	}
	return party
}

// rightsBodies are the nouns of a rights organisation after "rights": "a
// rights group", "the Belarusian human rights center Viasna".
var rightsBodies = map[string]bool{
	"group": true, "groups": true, "organisation": true, "organization": true, "organisations": true, "organizations": true,
	"center": true, "centre": true, "network": true, "commission": true, "watchdog": true, "league": true, "council": true,
}

// butStance makes mixed a supportive reaction whose sentence, after its
// supportive cue, turns on a "but" to the speaker's further words:
// "welcomed the Chinese commitment but wanted better terms", "welcomed
// the release but said it 'must not distract'", "said the releases were
// 'good news' but that Minsk must also free ...", "'We welcome the
// ambition, but we need ...'". A welcome qualified in the same breath is
// a mixed view whatever the second clause's words; the engine's cues
// need not find a critical word there. Not "but also", "not only ...
// but", "nothing but", nor a "but" clause that holds a supportive cue of
// its own ("but said it was a good start"). So too a supportive reaction
// in a sentence that opens with "But" (or "However", "Yet") and holds no
// supportive cue: the speaker turns against the praise before it ("But
// the big disputes ... are simply parked," he said).
func (d *doc) butStance(out []Reaction) {
	for i := range out {
		r := &out[i]
		if r.Stance != Supportive || r.Sentence < 0 || r.Sentence >= len(d.sents) {
			continue
		}
		s := &d.sents[r.Sentence]
		c := d.cueAt(&d.g.cues.sup, s.w0, s.w1)
		if c < 0 {
			if d.opensWithBut(s.w0, s.w1) {
				r.Stance = Mixed
			}
			continue
		}
		for k := c + 1; k+1 < s.w1; k++ {
			if !d.turningBut(s.w0, k) {
				continue
			}
			if (d.butTurn(k+1, s.w1) || d.butCritical(k+1, s.w1)) && d.cueAt(&d.g.cues.sup, k+1, min(s.w1, k+9)) < 0 && !d.butOwnStep(k+1, s.w1) {
				r.Stance = Mixed
			}
			break
		}
	}
}

// opensWithBut reports whether the sentence of words [a, b) opens, after
// any quotation mark, with a contrastive "But", "However" or "Yet".
func (d *doc) opensWithBut(a, b int) bool {
	for k := a; k < b && k < a+2; k++ {
		switch d.lw(k) {
		case "\"", "“", "'", "‘":
			continue
		case "but", "however", "yet":
			return k+1 < b && d.lw(k+1) != "also"
		}
		return false
	}
	return false
}

// butOwnStep reports whether the words from a (right after a "but") tell,
// after a plain verb of saying, a step of the speaker's own to take part
// in what was welcomed: a pronoun subject, a will or a wish ("would",
// "will", "wanted to", "looked forward to") and a verb of taking part
// with no negation: "welcomed the accord but said he would travel to
// Honiara next month to see it in action", "but added that he looked
// forward to working with both governments", "but said it wanted to sign
// a similar one". The "but" moves on to what the speaker will do, a
// commitment that goes with the welcome; a judgement of the thing ("but
// said Warsaw would judge Berlin by deeds", "but said they had heard such
// promises before") or a refusal ("but said he would not sign") still
// turns it.
func (d *doc) butOwnStep(a, b int) bool {
	k := a
	if k < b && pronounWords[d.lw(k)] {
		k++
	}
	switch d.lw(k) {
	case "said", "says", "added", "adds":
	default:
		return false
	}
	k++
	if d.lw(k) == "that" {
		k++
	}
	if k >= b || !pronounWords[d.lw(k)] && d.lw(k) != "i" {
		return false
	}
	k++
	switch d.lw(k) {
	case "would", "will":
		k++
	case "wanted", "wants", "hoped", "hopes", "planned", "plans", "looked", "looks", "looking":
		if d.lw(k+1) == "forward" {
			k++
		}
		if d.lw(k+1) != "to" {
			return false
		}
		k += 2
	default:
		return false
	}
	if d.lw(k) == "also" {
		k++
	}
	return k < b && ownStepVerbs[d.lw(k)]
}

// ownStepVerbs are the steps a speaker takes to be part of what was
// agreed: "would travel to Honiara", "looked forward to working with".
var ownStepVerbs = map[string]bool{"travel": true, "visit": true, "attend": true, "sign": true, "join": true,
	"work": true, "working": true, "help": true, "helping": true, "host": true, "hosting": true, "meet": true,
	"meeting": true, "contribute": true, "contributing": true, "support": true, "supporting": true, "send": true,
	"follow": true, "cooperate": true, "cooperating": true}

// butTurn reports whether words from a (right after a "but") open the
// speaker's further words: a verb of saying, wanting or warning, a
// "that" clause or a quotation, after at most a subject pronoun and a
// modal ("but said", "but it wanted", "but that Minsk must", "but
// 'crumbs'"), or a need, a duty, a lack or a negation ("but we need",
// "but still lacked teeth", "but not at the expense of").
func (d *doc) butTurn(a, b int) bool {
	for k := a; k < b && k < a+3; k++ {
		switch t := d.lw(k); t {
		case "he", "she", "it", "they", "we", "i", "would", "will", "also", "still":
			continue
		case "said", "says", "added", "adds", "warned", "warns", "cautioned", "noted", "stressed", "wanted", "wants",
			"asked", "accused", "insisted", "urged", "demanded", "questioned", "complained", "that", "\"", "“",
			"need", "needs", "needed", "must", "should", "lacked", "lacks", "lack", "not":
			return true
		default:
			return false
		}
	}
	return false
}

// mannerWords are the adjectives (and adverbs) a writer uses for the
// manner of a response, by the stance they report: "was more upbeat",
// "struck a cautious note", "was sceptical", "cautiously welcomed".
var mannerWords = map[string]string{
	"upbeat": Supportive, "optimistic": Supportive, "enthusiastic": Supportive, "hopeful": Supportive,
	"positive": Supportive, "warm": Supportive, "warmer": Supportive, "bullish": Supportive, "conciliatory": Supportive,
	"sceptical": Critical, "skeptical": Critical, "critical": Critical, "scathing": Critical, "dismissive": Critical,
	"pessimistic": Critical, "gloomy": Critical, "harsh": Critical, "harsher": Critical, "blunt": Critical, "blunter": Critical,
	"defiant": Critical, "combative": Critical, "unimpressed": Critical, "hostile": Critical,
	"cautious": Mixed, "cautiously": Mixed, "guarded": Mixed, "guardedly": Mixed, "measured": Mixed, "circumspect": Mixed,
	"reserved": Mixed, "restrained": Mixed, "tentative": Mixed, "tentatively": Mixed, "qualified": Mixed, "lukewarm": Mixed,
	"muted": Mixed, "ambivalent": Mixed, "mixed": Mixed,
}

// mannerVerbs open a manner predicate: "was more upbeat", "sounded
// cautious", "struck a cautious note", "took a harsher line".
var mannerVerbs = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "sounded": true, "seemed": true, "appeared": true,
	"struck": true, "strikes": true, "sounds": true, "took": true, "takes": true, "offered": true, "gave": true,
	"voiced": true, "expressed": true, "remained": true,
}

// mannerNouns close a manner phrase with an article: "a cautious note", "a
// harsher tone", "a guarded welcome", "qualified support".
var mannerNouns = map[string]bool{
	"note": true, "tone": true, "line": true, "view": true, "stance": true, "assessment": true,
	"welcome": true, "response": true, "reaction": true, "optimism": true, "support": true, "endorsement": true, "approval": true,
}

// manner reads, in words [a, b), how the writer says a speaker responded:
// a manner verb, degree words ("more", "far less") and a manner word,
// alone ("was more upbeat", "was less impressed") or heading a manner
// noun ("struck a more cautious note", "gave a guarded welcome"), or a
// hedge before a word of support ("cautiously welcomed"). "less" before a
// word of approval is critical ("less impressed", "less optimistic").
// Neutral when there is none.
func (d *doc) manner(a, b int) string {
	for k := a; k < b; k++ {
		if !d.mayBeIn(k, wsMannerWord|wsMannerVerb) {
			continue // (most words: no map look-up)
		}
		t := d.lw(k)
		if st := mannerWords[t]; st == Mixed && k+1 < b && d.lexStance(k+1, k+2) == Supportive {
			return Mixed // "cautiously welcomed", "guarded optimism"
		}
		if !mannerVerbs[t] {
			continue
		}
		j, less, article := k+1, false, false
		for ; j < b && j < k+5; j++ {
			switch d.lw(j) {
			case "a", "an":
				article = true
				continue
			case "more", "much", "far", "even", "somewhat", "rather", "notably", "decidedly", "markedly", "considerably", "very", "deeply", "openly":
				continue
			case "less":
				less = true
				continue
			}
			break
		}
		if j >= b {
			continue
		}
		w := d.lw(j)
		st, ok := mannerWords[w]
		if less && (st == Supportive || w == "impressed" || w == "convinced" || w == "sanguine") {
			st, ok = Critical, true
		} else if less {
			continue
		}
		if !ok || article && !(j+1 < b && mannerNouns[d.lw(j+1)]) {
			continue
		}
		if !article && t != "was" && t != "were" && t != "is" && t != "are" && t != "sounded" && t != "seemed" && t != "appeared" && t != "remained" {
			// "expressed cautious optimism", "voiced qualified support"
			if !(j+1 < b && mannerNouns[d.lw(j+1)]) {
				continue
			}
		}
		return st
	}
	return Neutral
}

// mannerBefore gives a reaction the manner of the sentence before it when
// that sentence, with no reaction of its own, only says how the same
// speaker responded and this one gives the words: "Peskov was more
// guarded. 'It is the sovereign right ...,' he said." A neutral reading
// takes the manner; a supportive one turns mixed under a hedge.
func (d *doc) mannerBefore(out []Reaction) {
	for i := range out {
		si := out[i].Sentence
		if si < 1 || si >= len(d.sents) || out[i].Stance == Mixed || out[i].Stance == Critical {
			continue
		}
		if has, _ := sentStance(out, nil, si-1); has != "" {
			continue
		}
		p := &d.sents[si-1]
		if p.heading || p.header || p.meta || p.w1-p.w0 > 30 {
			continue
		}
		if !d.namesActor(si-1, out[i].Actor) && !d.groupVoice(si, p) {
			continue
		}
		ms := d.manner(p.w0, p.w1)
		if ms == Mixed || ms != Neutral && out[i].Stance == Neutral || ms == Critical && out[i].Stance == Supportive {
			// (the writer's "was less impressed", "was blunter" before
			// words the rules read as praise: the quotation is scorn,
			// "asked to applaud the partial repair of damage")
			out[i].Stance = ms
		}
	}
}

// namesActor reports whether sentence si mentions actor: a person by the
// canonical name, or a place or body that resolves to it.
func (d *doc) namesActor(si int, actor string) bool {
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent != si {
			continue
		}
		if m.person >= 0 && d.people[m.person].canonical() == actor || d.countryOf(mi) == actor || m.e != nil && m.e.canon == actor {
			return true
		}
	}
	return false
}

// furtherStance gives a neutral reaction whose speaker "went further" (or
// "went even further", "goes further") the one stance of the sentence
// before it: the idiom says the speaker takes the previous speaker's side,
// more strongly ("X said the call 'has produced photos, not results.'
// Y went further, saying Greece was 'sleepwalking ...'").
func (d *doc) furtherStance(out []Reaction) {
	for i := range out {
		si := out[i].Sentence
		if out[i].Stance != Neutral || si < 1 || si >= len(d.sents) {
			continue
		}
		s := &d.sents[si]
		further := false
		for k := s.w0 + 1; k < s.w1 && k < s.w0+30; k++ {
			if d.lw(k) == "further" {
				switch p := d.lw(k - 1); p {
				case "went", "goes", "go", "going", "even":
					further = p != "even" || k-2 >= s.w0 && (d.lw(k-2) == "went" || d.lw(k-2) == "goes")
				}
				break
			}
		}
		if !further {
			continue
		}
		if _, st := sentStance(out, nil, si-1); st == Critical || st == Supportive {
			out[i].Stance = st
		}
	}
}

// relayQuotes drops the quote of the reactions at indices relayed (words
// a person's unnamed spokesperson relayed) when the same person is
// quoted in her own words elsewhere: "... postponed 'until conditions
// allow', Kallas's spokesperson said" gives way to Kallas's "Both sides
// are falling short" (with no words of her own, the relayed ones stay:
// "Chakwera's spokesman said the count had been 'deeply flawed'").
func relayQuotes(out []Reaction, relayed []int) {
	for _, i := range relayed {
		if i >= len(out) {
			continue
		}
		for j := range out {
			if j != i && out[j].Actor == out[i].Actor && out[j].Quote != "" && !slices.Contains(relayed, j) {
				out[i].Quote = ""
				break
			}
		}
	}
}

// verbPolarity returns the stance a verb takes towards its object:
// Supportive for "defended", "backed", "praised", Critical for
// "condemned", "criticised", "denounced", else Neutral.
func verbPolarity(v string) string {
	for _, p := range [...]string{"defend", "back", "support", "prais", "welcom", "endors", "justif", "applaud", "hail", "commend", "champion"} {
		if hasPrefix(v, p) {
			return Supportive
		}
	}
	for _, p := range [...]string{"condemn", "critici", "denounc", "deplor", "regret", "lament", "slam", "attack", "decr"} {
		if hasPrefix(v, p) {
			return Critical
		}
	}
	return Neutral
}

// bodyHeads are the head nouns of a body named after a place ("National
// Council of Resistance of Iran", "Chamber of Commerce of Peru"): the
// body, not the state, speaks. Offices of the state ("Government of
// Japan", "Ministry of Foreign Affairs of China") are not among them.
var bodyHeads = map[string]bool{
	"Council": true, "Party": true, "Front": true, "Movement": true, "Bank": true,
	"Association": true, "Federation": true, "Church": true, "Institute": true,
	"University": true, "Committee": true, "Centre": true, "Center": true, "League": true,
	"Alliance": true, "Foundation": true, "Society": true, "Chamber": true,
	"Confederation": true, "Coalition": true, "Network": true, "Union": true, "Congress": true,
}

// orgOfPlace returns source, trimmed of a leading "The", when it names a
// body after the place actor ("National Council of Resistance of Iran"
// resolved to Iran): capitalised words with a bodyHeads noun, then "of"
// and the place. Else "".
func orgOfPlace(source, actor string) string {
	src := strings.TrimPrefix(strings.TrimPrefix(source, "The "), "the ")
	if !strings.HasSuffix(src, " of "+actor) || len(src) > 80 {
		return ""
	}
	head := false
	for _, w := range strings.Fields(src[:len(src)-len(actor)-4]) {
		if w == "of" || w == "for" || w == "and" {
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		head = head || bodyHeads[w]
	}
	if !head {
		return ""
	}
	return src
}

// foreignPosts are a state's offices in another state's capital ("its
// embassy in Beijing", "a U.S. embassy spokesperson in Kyiv"): they do not
// speak for the capital's state.
var foreignPosts = map[string]bool{
	"embassy": true, "embassies": true, "consulate": true, "ambassador": true, "envoy": true,
	"mission": true, "delegation": true, "attache": true, "correspondent": true, "legation": true,
}

// stateVoice reports whether words [a, b), a group before "in <capital>"
// of country, speak for that state: they open with "its" or "their" or
// hold a ministry, the government or a spokesperson ("Its foreign ministry
// spokesman", "government spokeswoman", "Pakistani foreign ministry
// spokesman"), not "Opposition lawmakers", nor another state's or body's
// people: a name or adjective of another country or an organisation ("An
// EU spokesperson in Brussels", "A Russian embassy spokesman in
// Washington"), an abbreviation or name right before the group ("A U.N.
// spokesman in Nairobi"), or a foreign post ("Its embassy in Beijing").
func (d *doc) stateVoice(a, b int, country string) bool {
	if k := a - 1; k >= d.sents[d.words[a].sent].labelEnd && d.lw(k) != "the" && d.lw(k) != "a" && d.lw(k) != "an" && (d.words[k].cap || strings.Contains(d.lw(k), ".")) {
		return false
	}
	voice := false
	for k := a; k < b; k++ {
		t := d.lw(k)
		if mi := d.mentAt[k]; mi >= 0 {
			if c := d.countryOf(int(mi)); c != country && (c != "" || !d.officeName(int(mi))) {
				return false
			}
		} else if d.words[k].allCap || strings.Contains(t, ".") {
			return false // "A U.N. spokesman", "An EU spokesperson"
		}
		if t == "opposition" || foreignPosts[t] {
			return false
		}
		if k == a && (t == "its" || t == "their") || t == "ministry" || t == "government" || hasPrefix(t, "spokes") {
			voice = true
		}
	}
	return voice
}

// groupState returns the one state or bloc named in words [a, b), a group
// before "in <place>", when the group is that state's voice: its
// ministry, government, spokesperson or foreign post ("A Russian embassy
// spokesman", "An EU spokesperson", "The French foreign ministry"). Else
// "" (also for "Russian opposition activists" and for two names).
func (d *doc) groupState(a, b int) string {
	c, voice := "", false
	for k := a; k < b; k++ {
		t := d.lw(k)
		if t == "opposition" {
			return ""
		}
		if mi := d.mentAt[k]; mi >= 0 {
			x := d.countryOf(int(mi))
			if x == "" || c != "" && x != c {
				return ""
			}
			c = x
			k = d.ments[mi].w1 - 1
			continue
		}
		if t == "ministry" || t == "government" || hasPrefix(t, "spokes") || foreignPosts[t] {
			voice = true
		}
	}
	if !voice {
		return ""
	}
	return c
}

// officeName reports whether mention mi, of no country, names a
// government office ("Foreign Ministry", "Interior Department"), not a body
// of its own ("NATO", "European Commission").
func (d *doc) officeName(mi int) bool {
	m := &d.ments[mi]
	for k := m.w0; k < m.w1; k++ {
		if t := d.lw(k); t == "ministry" || t == "government" || t == "presidency" || t == "department" || t == "cabinet" || t == "chancellery" {
			return true
		}
	}
	return false
}

// subjectAcrossPhrase returns the person who is the subject of the cue
// verb at word c across a participle phrase set off by commas ("Denis
// Mukwege, speaking by telephone from Paris, said"): c follows a comma,
// and up to twelve words back a person's name ends right before a comma
// whose next word ends in "ing". Else "".
func (d *doc) subjectAcrossPhrase(c int) string {
	if c < 4 || d.lw(c-1) != "," {
		return ""
	}
	for k := c - 2; k > 0 && k >= c-13 && d.words[k].sent == d.words[c].sent; k-- {
		if d.lw(k) != "," {
			continue
		}
		if !strings.HasSuffix(d.lw(k+1), "ing") {
			return ""
		}
		mi := d.mentAt[k-1]
		if mi < 0 {
			return ""
		}
		if m := &d.ments[mi]; m.typ == PER && m.person >= 0 && m.w1 == k {
			return d.people[m.person].canonical()
		}
		return ""
	}
	return ""
}

// pledgeVerbs are what a party's own side pledges to do for an outcome.
var pledgeVerbs = map[string]bool{
	"fund": true, "finance": true, "send": true, "provide": true, "contribute": true,
	"donate": true, "support": true, "double": true, "increase": true, "deliver": true,
	"help": true, "offer": true, "back": true,
}

// ownCommitment reports whether words [a, b), a reported clause, open
// (within four words) with the speaker's own country ("Berlin", "New
// Zealand", "we") and "would" or "will" and a pledge verb, or hold such a
// clause after a "that": "Berlin would double funding", "..., added that
// New Zealand would fund emergency medical supplies".
// The own country is one named in the source or the speaker's
// affiliation.
func (d *doc) ownCommitment(a, b int, at *attrib.Attribution) bool {
	subj, ok := d.pledgeAt(a, b)
	for k := a; !ok && k < b; k++ {
		if d.lw(k) == "that" {
			subj, ok = d.pledgeAt(k+1, b) // "..., added that New Zealand would fund"
		}
	}
	if !ok {
		return false
	}
	if subj == "" || slices.Contains(d.sourceCountries(at), subj) {
		return true // "we would support", "Serbian President X said Serbia would"
	}
	for _, p := range d.people {
		if p.affil == subj && contains(at.Actors, p.canonical()) {
			return true
		}
	}
	return false
}

// pledgeAt reports whether words [a, b) open (within four words) with a
// country or "we", then "would" or "will" and a pledge verb, and returns
// the country ("" for "we").
func (d *doc) pledgeAt(a, b int) (string, bool) {
	for k := a; k < b && k < a+4; k++ {
		subj, c := d.lw(k) == "we", ""
		if mi := d.mentAt[k]; mi >= 0 {
			c = d.countryOf(int(mi))
			subj = c != ""
			k = d.ments[mi].w1 - 1
		}
		if !subj {
			continue
		}
		j := k + 1
		if j < b && (d.lw(j) == "would" || d.lw(j) == "will") {
			j++
			if j < b && adverbLike(d.lw(j)) {
				j++
			}
			return c, j < b && pledgeVerbs[d.lw(j)] && d.helpObject(j+1, b)
		}
		return "", false
	}
	return "", false
}

// threatNouns in a pledge verb's object make it a threat or a refusal,
// not help for the outcome: "increase tariffs", "deliver a firm
// response", "send more warships" (troops, jets or arms may be help:
// "contribute troops to a regional force", "deliver more Rafale jets" in
// a sale; sent "if" the other side acts, they threaten).
var threatNouns = map[string]bool{
	"tariffs": true, "tariff": true, "duties": true, "duty": true, "levies": true, "sanctions": true,
	"pressure": true, "response": true, "retaliation": true, "countermeasures": true,
	"warships": true, "drills": true, "patrols": true, "strikes": true, "punishment": true,
	"reprisals": true,
}

// helpNouns in a pledge verb's object name help for the outcome: aid,
// money, people who keep or watch a peace.
var helpNouns = map[string]bool{
	"aid": true, "funding": true, "funds": true, "money": true, "assistance": true, "support": true,
	"help": true, "loans": true, "grants": true, "investment": true, "reconstruction": true,
	"relief": true, "supplies": true, "expertise": true, "peacekeepers": true, "peacekeeping": true,
	"observers": true, "monitors": true, "mission": true, "humanitarian": true, "million": true,
	"billion": true, "vaccines": true, "food": true,
}

// helpObject reports whether words [j, b), a pledge verb's object up to
// the clause's end, read as help: not negated ("offer no further
// concessions", "nothing"), no threat or force ("increase tariffs on",
// "send more troops to", "a firm response") unless help is named too
// ("send warships to escort the aid convoys"), and not made hinge on the other side
// ("... if Brussels did not back down", "unless sanctions were lifted")
// unless help is named. A relative clause after the object is no part of
// it.
func (d *doc) helpObject(j, b int) bool {
	help, threat, cond := false, false, false
	for k := j; k < b; k++ {
		t := d.lw(k)
		switch {
		case t == ";" || t == "but" || t == "which" || t == "who":
			b = k // "..., which should open in 2027": another clause
		case t == "no" || t == "nothing" || t == "none" || t == "never":
			if k-j < 4 {
				return false
			}
		case t == "if" || t == "unless":
			cond = true
		case helpNouns[t]:
			help = true
		case threatNouns[t] && !cond:
			threat = true
		}
	}
	return help || !threat && !cond
}

// quotedPerson returns the person a cue at word c relays ("Kang quoted
// Lee as saying", "cited Albanese as telling"): the name right after
// "quoted" or "cited", then "as". Else "".
func (d *doc) quotedPerson(c int) string {
	if c+2 >= len(d.words) || d.lw(c) != "quoted" && d.lw(c) != "cited" {
		return ""
	}
	mi := d.mentAt[c+1]
	if mi < 0 {
		return ""
	}
	m := &d.ments[mi]
	if m.typ != PER || m.person < 0 || m.w1 >= len(d.words) || d.lw(m.w1) != "as" {
		return ""
	}
	return d.people[m.person].canonical()
}

// fragmentOpeners are prepositions a source phrase cannot open with:
// the phrase is the tail of a subject ("from around the Indian Ocean").
var fragmentOpeners = map[string]bool{
	"around": true, "across": true, "from": true, "throughout": true, "within": true,
	"among": true, "of": true, "at": true, "near": true, "beyond": true,
}

// stayAwayNouns name a party's staying away from a meeting.
var stayAwayNouns = map[string]bool{
	"boycott": true, "boycotts": true, "walkout": true, "walk-out": true, "walkouts": true,
	"absence": true, "snub": true, "no-show": true, "non-attendance": true,
}

// stayAwayVerbs are what a party decides to do when it stays away
// ("the decision to stay away", "its refusal to attend").
var stayAwayVerbs = map[string]bool{
	"stay": true, "skip": true, "boycott": true, "withdraw": true, "pull": true, "walk": true,
	"leave": true, "miss": true, "shun": true, "not": true, "snub": true,
}

// leaveVerbs are stayAwayVerbs that as often move troops or things as a
// party ("withdraw forces", "pull troops out", "leave the question to"):
// they stay away only from a meeting, or with no object.
var leaveVerbs = map[string]bool{"withdraw": true, "pull": true, "leave": true}

// attendVerbs are what a party does not do when it stays away ("not to
// attend").
var attendVerbs = map[string]bool{
	"attend": true, "join": true, "participate": true, "take": true, "go": true, "come": true,
	"send": true, "travel": true,
}

// leftNouns are what a party withdraws from or pulls out of when it stays
// away: a meeting, its process or its own delegation.
var leftNouns = map[string]bool{
	"talks": true, "meeting": true, "summit": true, "negotiations": true, "conference": true,
	"dialogue": true, "round": true, "session": true, "forum": true, "ceremony": true,
	"table": true, "process": true, "delegation": true, "delegations": true, "envoy": true,
	"negotiators": true, "summits": true, "meetings": true, "conferences": true,
}

// leavesMeeting reports whether words [j, b), after "to withdraw/pull/
// leave" or (not) after "not to", leave a meeting: no object at all
// ("the decision to withdraw", "to pull out."), or, within six words
// before any punctuation, a meeting noun ("from the talks", "out of the
// summit", "leave the negotiating table"). After "not to" an attending
// verb comes first ("not to attend", "not to send a delegation").
func (d *doc) leavesMeeting(j, b int, not bool) bool {
	if not {
		if j >= b || !attendVerbs[d.lw(j)] {
			return false
		}
		if d.lw(j) != "send" {
			return true
		}
		j++
	}
	for k := j; ; k++ {
		if k >= b || !d.words[k].alpha {
			return k == j || k == j+1 && (d.lw(j) == "out" || d.lw(j) == "away")
		}
		if k >= j+6 {
			return false
		}
		if leftNouns[d.lw(k)] {
			return true
		}
	}
}

// stayAwayObject reports whether words [a, b), a stance verb's object,
// open with a party's staying away from the meeting: "the boycott",
// "Argentina's walkout", "the decision to stay away", "its refusal to
// attend" (up to three words of determiner, owner and modifiers first).
func (d *doc) stayAwayObject(a, b int) bool {
	for k := a; k < b && k < a+4; k++ {
		if !d.words[k].alpha {
			if d.lw(k) == "'s" || d.lw(k) == "’s" {
				continue
			}
			return false
		}
		t := d.lw(k)
		if stayAwayNouns[t] {
			if k+2 < b && (d.lw(k+1) == "of" || d.lw(k+1) == "on") {
				// "the boycott of the summit", "the absence of
				// Chile", not "the absence of violence", "a boycott
				// of Israeli goods"
				if j := k + 2; d.words[j].cap && d.words[j].alpha {
					// a party's name, not a name's adjective before a
					// noun ("of Israeli goods")
					for j < b && d.words[j].cap && d.words[j].alpha {
						j++
					}
					return j >= b || !d.words[j].alpha || d.lw(j) == "from" || d.lw(j) == "at" || d.lw(j) == "in" || d.lw(j) == "and"
				}
				for j := k + 2; j < b && j < k+6; j++ {
					if meetingWords[d.lw(j)] || d.lw(j) == "forum" || d.lw(j) == "ceremony" || d.lw(j) == "session" {
						return true
					}
				}
				return false
			}
			return true
		}
		if k+3 < b && d.lw(k+1) == "not" && d.lw(k+2) == "to" {
			switch t {
			case "decision", "choice", "move", "plan":
				// "the decision not to attend", "not to send a
				// delegation"; not "not to impose tariffs"
				return d.leavesMeeting(k+3, b, true)
			}
		}
		if k+2 < b && d.lw(k+1) == "to" {
			switch t {
			case "decision", "refusal", "choice", "move", "plan":
				v := d.lw(k + 2)
				if leaveVerbs[v] || v == "not" {
					// "the decision to withdraw from the talks", "to
					// pull out", "not to attend"; not "to withdraw
					// foreign forces", "to leave the question to the
					// U.N.", "not to impose tariffs"
					return d.leavesMeeting(k+3, b, v == "not")
				}
				return stayAwayVerbs[v] || t == "refusal" && (v == "attend" || v == "join" || v == "take")
			}
		}
		if d.words[k].lf&fRoleEnd != 0 {
			return false
		}
	}
	return false
}

// background reports whether attribution at in sentence si tells the
// story's background rather than a response to it (c is the cue's first
// word): the cue's clause dates
// it by an earlier year than the publication's ("Spain, which backed the
// plan in 2022, ...", "blocked a deal in May 2011") or says it is past ("has
// rejected such calls in the past", "last month", "two years ago"), the source held a former office
// ("then-prime minister X told Parliament"), or the cue is the main verb of a
// habit ("X, who was not there, has repeatedly called on"; not in a relative
// clause: "China, which has repeatedly criticized the ties, reacted sharply").
// A date after a participle in the cue's object dates the thing, not the
// deed ("welcomed a return to the arrangements agreed in 2016", "praised
// the deal reached last month"). When the background part is followed by
// "but" and a stance verb of its own ("has often criticised Ethiopia but
// on Tuesday welcomed the agreement"), that later verb is today's reaction:
// later is its word index (else -1) and bg is false.
func (d *doc) background(si, c int, at *attrib.Attribution) (bg bool, later int) {
	s := &d.sents[si]
	if d.bgSent[si] == 0 {
		d.bgSent[si] = 1
		for i := s.w0; i < s.w1; i++ {
			if bgWord(d.words[i].low) {
				d.bgSent[si] = 2
				break
			}
		}
	}
	if d.bgSent[si] == 1 {
		return false, -1
	}
	if c < s.w0 || c >= s.w1 {
		return false, -1
	}
	lo, hi := c, c+1
	for lo > s.w0 && !d.clauseStop(lo-1) {
		lo--
	}
	for hi < s.w1 && !d.clauseStop(hi) {
		hi++
		if t := d.lw(hi - 1); len(t) > 1 && t[len(t)-1] == '.' {
			break // "voted no. Last year ...": a sentence the splitter kept
		}
	}
	bh, later := hi, d.laterStance(c, hi)
	if later >= 0 {
		bh = later
	}
	// a relative clause's deed is told as background whatever it
	// dates ("Turkey, which criticised the roadmap agreed in 2019, kept
	// a low profile"): there the object's date is not set aside
	oc := c
	for k := lo; k < c; k++ {
		if t := d.lw(k); t == "which" || t == "who" {
			oc = -1
		}
	}
	past := d.pastIn(s, lo, bh, oc)
	for i := max(s.w0, d.wordAt(at.SourceStart)-2); !past && i < c; i++ {
		if t := d.lw(i); t == "then" && d.lw(i+1) == "-" || hasPrefix(t, "then-") {
			past = true // "then-prime minister X told"
		}
	}
	if h := c - 2; !past && h > s.w0 {
		switch d.lw(h) {
		case "has", "have", "had":
			switch d.lw(h - 1) {
			case "which", "who", "that":
				return false, -1
			}
			switch d.lw(h + 1) {
			case "repeatedly", "long", "previously", "often", "frequently":
				past = true
			}
		}
	}
	if !past {
		if later >= 0 && oc >= 0 && d.lexStance(later, later+1) != d.lexStance(c, c+1) && d.pastIn(s, lo, bh, -1) {
			// "criticised the agreement reached in 2024 but said it
			// backed Tuesday's deal": the dated thing's stance is old
			// news, the later verb of the other side is today's
			return false, later
		}
		return false, -1
	}
	if later >= 0 && !d.pastIn(s, later, hi, later) {
		return false, later
	}
	return true, -1
}

// bgWord reports whether the lower-case word t may tell of the past (a
// year, "last", "ago", "then-", a habit's adverb): a sentence without one
// is no background.
func bgWord(t string) bool {
	if len(t) < 3 {
		return false
	}
	switch t[0] {
	case 'a':
		return t == "ago"
	case 'p':
		return t == "past" || t == "previously"
	case 'l':
		return t == "last" || t == "long"
	case 't':
		return t == "then" || len(t) > 5 && t[:5] == "then-"
	case 'o':
		return t == "often"
	case 'r':
		return t == "repeatedly"
	case 'f':
		return t == "frequently"
	case '1', '2':
		return isYear(t)
	}
	return false
}

// pastIn reports whether words [lo, hi) of sentence s, around the cue at
// word c, date it in the past: "in" a year before the publication's, "in
// the past", "last month", "two years ago"; not a date after a participle
// in the cue's object ("the accord signed in 2018"; c < 0 counts every
// date).
func (d *doc) pastIn(s *sentence, lo, hi, c int) bool {
	for i := lo; i < hi; i++ {
		switch t := d.lw(i); {
		case d.pubYear > 0 && isYear(t) && i > s.w0:
			k := i - 1
			if dateWords[d.lw(k)] && k > s.w0 {
				k-- // "in May 2023"
			}
			if d.lw(k) == "in" && atoi4(t) < d.pubYear && !d.objectDate(c, k) {
				return true
			}
		case t == "in" && i+2 < hi && d.lw(i+1) == "the" && d.lw(i+2) == "past":
			if !d.objectDate(c, i) {
				return true
			}
		case t == "last" && i+1 < hi && (d.lw(i+1) == "month" || d.lw(i+1) == "year"):
			// "which the Security Council last month described as"
			if !d.objectDate(c, i) {
				return true
			}
		case t == "ago" && i > lo && (hasPrefix(d.lw(i-1), "year") || hasPrefix(d.lw(i-1), "month")):
			// "two years ago"
			if i-2 <= lo || !d.objectDate(c, i-2) {
				return true
			}
		}
	}
	return false
}

// objectDate reports whether the date phrase opening at word k follows a
// participle in the object of the cue at word c: "welcomed a return to the
// arrangements agreed in 2016", "praised the deal reached last month" (the
// date is the thing's, not the deed's; "rejected in 2019 a plan" and
// "rejected a draft in 2021" are the deed's).
func (d *doc) objectDate(c, k int) bool {
	if c < 0 || k-1 <= c+1 {
		return false
	}
	switch t := d.lw(k - 1); t {
	case "struck", "drawn", "written", "taken", "given", "begun", "built", "set", "sought":
		return true
	default:
		return isPast(t, pastEvent)
	}
}

// laterStance returns the word of a stance verb that follows "but" after
// the cue at word c, before word hi, with at most a time phrase between
// ("has often criticised X but on Tuesday welcomed the agreement", "but
// has now backed"), or -1.
func (d *doc) laterStance(c, hi int) int {
	for k := c + 2; k < hi-1; k++ {
		if d.lw(k) != "but" {
			continue
		}
		for v := k + 1; v < hi && v <= k+4; v++ {
			t := d.lw(v)
			if t == "on" || t == "now" || t == "also" || t == "later" || t == "since" || t == "has" || t == "have" || t == "week" || dateWords[t] {
				continue
			}
			if v == k+1 && (t == "said" || t == "added" || t == "stressed") {
				// "but said it backed Tuesday's deal": the same
				// subject's own words
				for v+1 < hi && v < k+3 {
					if u := d.lw(v + 1); u == "that" || u == "it" || u == "he" || u == "she" || u == "they" || u == "we" {
						v++
						continue
					}
					break
				}
				continue
			}
			if isPast(t, pastEvent) && d.lexStance(v, v+1) != Neutral {
				return v // a verb: not "but support for it grew"
			}
			break
		}
	}
	return -1
}

// clauseStop reports whether word i ends a clause for background.
func (d *doc) clauseStop(i int) bool {
	w := &d.words[i]
	if w.alpha {
		return false
	}
	switch w.low {
	case ",", ";", ":", "(", ")", "—", "–", ".", "?", "!":
		return true
	}
	return false
}

// atoi4 returns the value of a four-digit year.
func atoi4(t string) int {
	return int(t[0]-'0')*1000 + int(t[1]-'0')*100 + int(t[2]-'0')*10 + int(t[3]-'0')
}

// noReaction reports whether a neutral attribution without a quote tells
// of no reaction: a fact's source ("killing six people, according to the
// Syrian Observatory"), a deed rather than words ("French forces withdrew
// from Niger", "the Americans released were ...", "X, who had pushed for
// the roadmap, was not in Belém", "the council will discuss the situation"),
// or words negated ("has not claimed the kidnapping", "did not say").
func (d *doc) noReaction(at *attrib.Attribution) bool {
	switch {
	case at.Kind == attrib.KindAccording:
		// (a person named keeps a reaction: "according to Kremlin aide
		// Yuri Ushakov")
		return !d.isPerson(at.Actor)
	case at.Kind == attrib.KindPosition && !at.Learned:
		// (a learned attribution's kind is position whatever its cue:
		// "..., the United Nations said")
		return true
	}
	c := d.wordAt(at.CueStart)
	if c >= len(d.words) || c == 0 {
		return false
	}
	k := c - 1
	for k > 0 && d.words[k].sent == d.words[c].sent && c-k <= 2 && adverbLike(d.lw(k)) {
		k--
	}
	if d.words[k].sent != d.words[c].sent {
		return false
	}
	switch d.lw(k) {
	case "not", "n't", "never":
		return true
	}
	return false
}

// bareRole reports whether actor a is only a role title in sentence si
// ("Deputy Prime Minister"): the words of its first occurrence there lie
// inside one role span and name no one.
func (d *doc) bareRole(a string, si int) bool {
	s := &d.sents[si]
	off := strings.Index(d.body[s.span.Start:s.span.End], a)
	if off < 0 {
		return false
	}
	off += s.span.Start
	w0, w1 := d.wordAt(off), d.wordAt(off+len(a))
	if w0 >= w1 {
		return false
	}
	for w := w0; w < w1; w++ {
		if d.mentAt[w] >= 0 {
			return false
		}
	}
	for _, r := range d.roles {
		if r.w0 <= w0 && w1 <= r.w1 {
			return true
		}
	}
	return false
}

// portfolio reports whether actor a is the portfolio of an office where
// the text first names it: it follows "for" or "of" after a title word
// ("Minister for Pacific Island Affairs", "Secretary of Homeland
// Security"). The first naming is looked for only up to the end of the
// attribution's source, and d.portfolios keeps each actor's answer, so a long
// body is scanned once per distinct actor, not once per attribution.
func (d *doc) portfolio(a string, at *attrib.Attribution) bool {
	if v, ok := d.portfolios[a]; ok {
		return v
	}
	if d.portfolios == nil {
		d.portfolios = map[string]bool{}
	}
	v := d.portfolioAt(a, at)
	d.portfolios[a] = v
	return v
}

// portfolioAt answers portfolio for one actor without the memo.
func (d *doc) portfolioAt(a string, at *attrib.Attribution) bool {
	off := strings.Index(d.body[:min(len(d.body), max(at.SourceEnd, at.CueStart)+len(a))], a)
	if off < 0 {
		return false
	}
	w0 := d.wordAt(off)
	if w0 < 2 || w0 >= len(d.words) {
		return false
	}
	if p := d.lw(w0 - 1); p != "for" && p != "of" {
		return false
	}
	return d.words[w0-2].cap && roleNouns[d.lw(w0-2)]
}

// officeTitle returns the title of an office whose portfolio opens the
// source of at, with the dateline country's name ("The Minister for
// Pacific Peoples welcomed" filed from Wellington gives "Minister for
// Pacific Peoples (New Zealand)"), or the country it belongs to when a
// country's possessive or adjective comes before it ("Australia's
// Minister for Pacific Island Affairs", "the Samoan Minister for
// Foreign Affairs"); else "" (no dateline country: whose office is
// unknown).
func (d *doc) officeTitle(at *attrib.Attribution) string {
	w := d.wordAt(at.SourceStart)
	if w < 2 || w >= len(d.words) || at.SourceEnd > len(d.body) {
		return ""
	}
	if p := d.lw(w - 1); p != "for" && p != "of" {
		return ""
	}
	r := w - 2
	if !d.words[r].cap || !roleNouns[d.lw(r)] || d.words[r].sent != d.words[w].sent {
		return ""
	}
	if k := r - 1; k >= d.sents[d.words[r].sent].w0 {
		if d.words[k].poss {
			if mi := d.mentAt[k]; mi >= 0 {
				return d.countryOf(int(mi))
			}
			return ""
		}
		if mi := d.mentAt[k]; mi >= 0 {
			// "The Samoan Minister for Foreign Affairs": the country's
			if c := d.countryOf(int(mi)); c != "" {
				return c
			}
		}
	}
	// a title with no country is the dateline country's office ("The
	// Secretary for Foreign Affairs" filed from Wellington is New
	// Zealand's); with no dateline country nobody can tell whose
	if p := d.datelinePlace(); p != nil && p.Country != "" {
		return d.body[d.words[r].start:at.SourceEnd] + " (" + p.Country + ")"
	}
	return ""
}

// appositivePerson returns the canonical name of a person named right
// after byte off, after a comma ("Minister for X, Pat Conroy, said"), or "".
func (d *doc) appositivePerson(off int) string {
	w := d.wordAt(off)
	if w+1 >= len(d.words) || d.lw(w) != "," {
		return ""
	}
	if mi := d.mentAt[w+1]; mi >= 0 && d.ments[mi].person >= 0 {
		return d.people[d.ments[mi].person].canonical()
	}
	return ""
}

// refusedQuote reports whether at's quotation is the text of something
// its source refused, between the source and the quotation: "refused to sign
// a draft statement calling the region 'a zone of peace'" quotes the
// statement, not her.
func (d *doc) refusedQuote(s *sentence, at *attrib.Attribution) bool {
	q := strings.Index(d.body[s.span.Start:s.span.End], at.Quote)
	if q < 0 {
		return false
	}
	qw := d.wordAt(s.span.Start + q)
	refused := false
	for k := d.wordAt(min(at.CueStart, at.SourceEnd)); k+1 < qw; k++ {
		switch t := d.lw(k); {
		case refusalVerb(t) && d.lw(k+1) == "to":
			refused = true
		case t == "but" || t == ";" || reportCue(t) || t == "saying" || t == "adding" || t == "told" ||
			d.lw(k-1) == "," && (t == "calling" || t == "insisting" || t == "arguing" || t == "describing" || t == "warning" || t == "stressing" || t == "noting"):
			// ("refused to back down, calling the sanctions 'a suicidal
			// mistake'")
			// "declined to identify other bidders but said the offer
			// 'is all cash'": her own words again
			refused = false
		}
	}
	return refused
}

// timeQuotes clears the quotation of a reaction that is mostly a date
// ("said the talks had taken place 'in recent days'"): it tells when, not
// what the speaker holds.
func timeQuotes(body string, rs []Reaction, ds []Date) {
	for i := range rs {
		r := &rs[i]
		if r.Quote == "" || r.Start < 0 || r.End > len(body) || r.Start >= r.End {
			continue
		}
		q := strings.Index(body[r.Start:r.End], r.Quote)
		if q < 0 {
			continue
		}
		qs := r.Start + q
		qe := qs + len(r.Quote)
		for _, dt := range ds {
			if ov := min(qe, dt.End) - max(qs, dt.Start); ov > 0 && ov*10 >= 6*len(strings.TrimSpace(r.Quote)) {
				r.Quote = ""
				break
			}
		}
	}
}

// onlyHypothetical reports whether every critical cue of words [a, b) is
// aimed at a hypothetical deed: "oppose any unilateral attempt to",
// "condemn all efforts to", "reject any move to" ("any" or "all", then an
// attempt, effort or move within three words), and there is at least one.
func (d *doc) onlyHypothetical(a, b int) bool {
	any := false
	for k := a; k < b && !any; k++ {
		t := d.lw(k)
		any = t == "any" || t == "all"
	}
	if !any {
		return false
	}
	cs := &d.g.cues.crit
	n := 0
	for i := a; i < b; {
		h := d.cueAt(cs, i, b)
		if h < 0 {
			break
		}
		if h >= a+2 && d.lw(h-1) == "to" && attemptNoun(d.lw(h-2)) {
			// the attempt's own aim: "all efforts to undermine
			// maritime law"
			i = h + 1
			continue
		}
		n++
		if !d.anyAttempt(h+1, b) {
			return false
		}
		i = h + 1
	}
	return n > 0
}

// attemptNoun reports whether t names an attempt: "attempt", "efforts".
func attemptNoun(t string) bool {
	switch t {
	case "attempt", "attempts", "effort", "efforts", "move", "moves", "bid", "bids":
		return true
	}
	return false
}

// anyAttempt reports whether words from k begin "any/all (...) attempt":
// up to two modifiers between.
func (d *doc) anyAttempt(k, b int) bool {
	if k < b && hasPrefix(d.lw(k), "attempt") {
		return false // "oppose attempts": someone's real attempts
	}
	if k >= b || d.lw(k) != "any" && d.lw(k) != "all" {
		return false
	}
	for j := k + 1; j < min(b, k+4); j++ {
		switch d.lw(j) {
		case "attempt", "attempts", "effort", "efforts", "move", "moves", "bid", "bids":
			return true
		}
	}
	return false
}

// proponentRejects reports whether at is a measure's proponent rejecting
// criticism of it: the source says it sponsors, drafted or backs something
// ("Senator X, who sponsored the resolution of concurrence,", "the bill's
// sponsor") and the cue rejects criticism ("rejected those concerns",
// "dismissed the objections"). (Without a proponent, "Lavrov dismissed
// these concerns" stays critical.)
func (d *doc) proponentRejects(at *attrib.Attribution) bool {
	c := d.wordAt(at.CueStart)
	if c >= len(d.words) {
		return false
	}
	switch d.lw(c) {
	case "rejected", "rejects", "dismissed", "dismisses", "rebuffed", "brushed":
	default:
		return false
	}
	k := d.wordAt(at.ContentStart)
	if k < len(d.words) {
		switch d.lw(k) {
		case "those", "these", "the", "such", "all", "any", "their", "his", "her":
			k++
		}
	}
	if k >= len(d.words) {
		return false
	}
	switch d.lw(k) {
	case "concerns", "concern", "criticism", "criticisms", "objections", "fears", "doubts", "worries", "complaints":
	default:
		return false
	}
	for w := d.wordAt(at.SourceStart); w < len(d.words) && d.words[w].start < at.SourceEnd; w++ {
		switch d.lw(w) {
		case "sponsored", "sponsors", "sponsor", "authored", "drafted", "championed", "introduced", "proposed",
			"backed", "backs", "supports", "supported", "negotiated":
			return true
		}
	}
	return false
}

// bodyCountry returns the country a government body without one in its
// name speaks for, from a country named before it in the source:
// "Switzerland's Federal Department of Foreign Affairs", "a spokesman for
// the Austrian Foreign Ministry", "Japan's Foreign Ministry". It returns ""
// for any other actor.
func (d *doc) bodyCountry(a string, at *attrib.Attribution) string {
	if !strings.Contains(a, "Ministry") && !strings.Contains(a, "Department") && !strings.Contains(a, "Office") {
		return ""
	}
	if at.SourceEnd > len(d.body) || at.SourceStart >= at.SourceEnd {
		return ""
	}
	off := strings.Index(d.body[at.SourceStart:at.SourceEnd], a)
	if off <= 0 {
		return ""
	}
	end := at.SourceStart + off
	c := ""
	for w := d.wordAt(at.SourceStart); w < len(d.words) && d.words[w].start < end; w++ {
		if mi := d.mentAt[w]; mi >= 0 && d.ments[mi].end <= end {
			if k := d.countryOf(int(mi)); k != "" {
				c = k
			} else if d.ments[mi].person >= 0 {
				return "" // "X, Lagarde's Finance Ministry adviser": no body's voice
			}
		}
	}
	return c
}

// civilGroupNouns head a source that names a group of a country's people
// other than its state: its opposition, lawmakers, parties, unions,
// business chambers, industries and campaigners.
var civilGroupNouns = map[string]bool{
	"opposition": true, "lawmakers": true, "legislators": true, "senators": true, "mps": true,
	"party": true, "parties": true, "union": true, "unions": true, "chamber": true, "chambers": true,
	"association": true, "associations": true, "federation": true, "confederation": true, "lobby": true,
	"group": true, "groups": true, "industry": true, "businesses": true, "exporters": true, "importers": true,
	"producers": true, "manufacturers": true, "farmers": true, "employers": true, "traders": true,
	"activists": true, "campaigners": true, "ngos": true, "organisations": true, "organizations": true,
	"critics": true, "opponents": true, "analysts": true, "experts": true, "media": true, "press": true,
	// a party grouping: "Nigeria's main opposition coalition, the African
	// Democratic Congress", "Armenia's main opposition bloc"
	"coalition": true, "bloc": true, "movement": true, "alliance": true,
}

// civilActor returns the group a source names when attrib resolved it to
// the country that only modifies the group ("Thai opposition lawmakers",
// "Burkina Faso's main transporters' union" are not Thailand or Burkina
// Faso): an organisation named in apposition ("Argentina's main business
// chamber, the Argentine Industrial Union") or else the group's own
// words. Else "". A state's own voice ("Thailand's foreign ministry", "the
// Thai government") keeps the country.
func (d *doc) civilActor(a string, at *attrib.Attribution) string {
	if at.SourceStart >= at.SourceEnd || at.SourceEnd > len(d.body) {
		return ""
	}
	w0, end := d.wordAt(at.SourceStart), at.SourceEnd
	country, head := -1, -1 // the country's mention's last word; the group's head word
	for k := w0; k < len(d.words) && d.words[k].start < end; k++ {
		t := d.lw(k)
		if t == "," || t == "(" || t == "—" {
			break
		}
		if mi := d.mentAt[k]; mi >= 0 {
			if d.countryOf(int(mi)) != a || country >= 0 {
				return ""
			}
			country = d.ments[mi].w1 - 1
			k = country
			continue
		}
		if country >= 0 && d.words[k].alpha {
			head = k
		}
	}
	if country < 0 || head < 0 || d.words[head].cap || !civilGroupNouns[strings.TrimRight(d.lw(head), "'’")] {
		return ""
	}
	for k := head + 1; k < len(d.words) && d.words[k].start < end; k++ {
		// an organisation in apposition names the group
		if mi := d.mentAt[k]; mi >= 0 && d.ments[mi].typ == ORG && d.countryOf(int(mi)) == "" {
			m := &d.ments[mi]
			if m.e != nil && m.e.canon != "" {
				return m.e.canon
			}
			return d.body[m.start:m.end]
		}
	}
	if n := d.apposOrg(head+1, end); n != "" {
		// a name the tagger did not find, or took for the country:
		// "Armenia's main opposition bloc, the Armenia Alliance,"
		return n
	}
	first := w0
	if t := d.lw(first); t == "the" || t == "a" || t == "an" {
		first++
	}
	return d.body[d.words[first].start:d.words[head].end]
}

// apposOrg returns the capitalised name set off by commas right after
// word w ("..., the Armenia Alliance,"), before byte end: two to six
// capitalised words after an optional "the", closed by a comma or a
// parenthesis. Else "".
func (d *doc) apposOrg(w, end int) string {
	if w >= len(d.words) || d.lw(w) != "," {
		return ""
	}
	k := w + 1
	if k < len(d.words) && d.lw(k) == "the" {
		k++
	}
	first := k
	for ; k < len(d.words) && d.words[k].start < end && d.words[k].cap && d.words[k].alpha && k-first < 7; k++ {
	}
	if n := k - first; n < 2 || n > 6 || k >= len(d.words) || d.lw(k) != "," && d.lw(k) != "(" {
		return ""
	}
	return d.body[d.words[first].start:d.words[k-1].end]
}

// sourcePeople returns the people the source names, one for each actor,
// when attrib resolved them to their countries instead ("German Finance
// Minister Lars Klingbeil and French Economy Minister Roland Lescure
// backed" are the two ministers, not Germany and France); else actors.
func (d *doc) sourcePeople(actors []string, at *attrib.Attribution) []string {
	if len(actors) < 2 {
		return actors
	}
	var ps []string
	countries := 0
	last := -1
	for w := d.wordAt(at.SourceStart); w < len(d.words) && d.words[w].start < at.SourceEnd; w++ {
		mi := int(d.mentAt[w])
		if mi < 0 || mi == last {
			continue
		}
		last = mi
		if d.ments[mi].person >= 0 {
			ps = append(ps, d.people[d.ments[mi].person].canonical())
		} else if c := d.countryOf(mi); c != "" && countries < len(actors) && actors[countries] == c {
			countries++
		}
	}
	if len(ps) != len(actors) || countries != len(actors) {
		return actors
	}
	return ps
}

// ownStatement reports whether an "according to" attribution quotes its
// source's own statement ("according to a statement released by the
// Chinese delegation", "according to the Kremlin's readout"): its stance
// is the source's.
func (d *doc) ownStatement(at *attrib.Attribution) bool {
	lo, hi := min(at.CueStart, at.SourceStart), max(at.CueEnd, at.SourceEnd)
	for w := d.wordAt(lo); w < len(d.words) && d.words[w].start < hi; w++ {
		switch d.lw(w) {
		case "statement", "statements", "readout", "communique", "communiqué", "transcript", "declaration":
			return true
		}
	}
	return false
}

// peopleNames returns the canonical names of the people mentioned,
// worked out once per reactions call.
func (d *doc) peopleNames() []string {
	if len(d.canons) == 0 {
		for _, p := range d.people {
			if len(p.ments) > 0 {
				d.canons = append(d.canons, p.canonical())
			}
		}
	}
	return d.canons
}

// isPerson reports whether a is the name of a person of the document.
func (d *doc) isPerson(a string) bool {
	for _, c := range d.peopleNames() {
		if c == a {
			return true
		}
	}
	return false
}

// fullerName returns the name of a person whose canonical name ends in
// person name a after a word ("André Corrêa do Lago" for "Corrêa do
// Lago"), else a: a surname with its particle met later is the same
// speaker.
func (d *doc) fullerName(a string) string {
	if !d.isPerson(a) {
		return a
	}
	for _, c := range d.peopleNames() {
		if len(c) > len(a)+1 && strings.HasSuffix(c, a) && c[len(c)-len(a)-1] == ' ' {
			return c
		}
	}
	return a
}

// praiseNoun reports whether words [a, b), what a thing is called, hold a
// noun of praise: "a victory for Venezuelan diplomacy", "a milestone".
func (d *doc) praiseNoun(a, b int) bool {
	praise := false
	for k := a; k < len(d.words) && d.words[k].sent == d.words[a].sent && k < b+10; k++ {
		switch d.lw(k) {
		case "victory", "triumph", "success", "milestone", "win":
			praise = praise || k < b
		case "propaganda", "appeasement", "pyrrhic", "hollow", "humiliation", "defeat", "disaster", "surrender":
			// "a propaganda victory for Moscow", "a triumph of
			// appeasement", "a victory for Putin and a humiliation for
			// America": a critic's words
			return false
		}
	}
	return praise && d.lexStance(a, b) != Critical
}

// namingCue reports whether the lower-case cue t names what something
// is: "called the deal a victory", "described the talks as useful".
func namingCue(t string) bool {
	switch t {
	case "called", "calls", "calling", "described", "describes", "describing",
		"branded", "brands", "labelled", "labeled", "termed":
		return true
	}
	return false
}

// cueClauseEnd returns where the clause of the cue at word c ends, at the
// latest at word b and the sentence's end: at a comma, "and", "while",
// "but" or ";" after the cue ("Iran criticised the deal, and Turkey
// declined to comment" gives Iran's clause alone).
func (d *doc) cueClauseEnd(c, b int) int {
	end := min(b, d.sents[d.words[c].sent].w1)
	for k := c + 1; k < end; k++ {
		switch d.lw(k) {
		case ",", ";", "and", "while", "but", "whereas":
			return k
		}
	}
	return end
}

// noComment reports whether words [a, b) begin with a refusal to comment:
// "does not comment on ongoing cases", "declined to comment", "refused to
// say", "had no comment"; no stance is read then.
func (d *doc) noComment(a, b int) bool {
	for k := a; k < min(b, a+12); k++ {
		switch t := d.lw(k); {
		case k == 0:
			continue
		case hasPrefix(t, "comment"):
		case t == "say" || t == "confirm" || t == "elaborate" || t == "specify" || t == "disclose":
			// (only after "refused to")
			return k >= 2 && d.lw(k-1) == "to" && refusalVerb(d.lw(k-2))
		default:
			continue
		}
		switch d.lw(k - 1) {
		case "not", "n't", "no":
			return true
		case "to":
			return k >= 2 && refusalVerb(d.lw(k-2))
		}
		return false
	}
	return false
}

// contrastBetween reports whether words [a, b) hold a critical and a
// supportive cue, none negated, with a contrast ("but", "yet",
// "however", "although", "though") between the first of each. A
// negation that only opens the critical cue itself ("We are not there
// yet, but the parties have committed to return") negates nothing, in a
// quotation of up to 60 words.
func (d *doc) contrastBetween(a, b int) bool {
	neg := d.negIn(a, b)
	if neg && b-a > 60 {
		return false // (a short quotation only: the words are walked again)
	}
	c, s := d.cueAt(&d.g.cues.crit, a, b), d.cueAt(&d.g.cues.sup, a, b)
	if c < 0 || s < 0 {
		return false
	}
	if neg {
		for k := a; k < b; k++ {
			if negCue(d.lw(k)) && (k < c || k > c+1 || s < c) {
				return false
			}
		}
	}
	for k := min(c, s) + 1; k < max(c, s); k++ {
		switch d.lw(k) {
		case "but", "yet", "however", "although", "though":
			return true
		}
	}
	return false
}

// sayVerb reports whether t is a plain verb of saying that carries no
// stance of its own.
func sayVerb(t string) bool {
	switch t {
	case "said", "says", "say", "told", "tells", "added", "adds", "stated", "states":
		return true
	}
	return false
}

// commitVerb reports whether t (after "refused to") commits one to
// something, so that refusing it is a stand against it: "refused to sign
// the statement" (not "refused to identify himself").
func commitVerb(t string) bool {
	switch t {
	case "sign", "endorse", "join", "attend", "back", "support", "accept", "recognise", "recognize",
		"ratify", "approve", "participate", "vote", "lift", "release", "allow":
		return true
	}
	return false
}

// refusalVerb reports whether t refuses what follows ("declined to").
func refusalVerb(t string) bool {
	switch t {
	case "refused", "refuses", "declined", "declines", "refusing", "declining":
		return true
	}
	return false
}

// refusedBefore reports whether the verb chain just before word c
// negates it: "did not endorse", "did not immediately endorse", "refused
// to endorse", "declined to formally endorse", "did not want to endorse"
// (not "not only pledged", nor a "not" of another clause).
func (d *doc) refusedBefore(c int) bool {
	k := c - 1
	for k >= 0 && d.words[k].sent == d.words[c].sent && c-k <= 3 && adverbLike(d.lw(k)) {
		k--
	}
	if k < 0 || d.words[k].sent != d.words[c].sent {
		return false
	}
	neg := func(t string) bool { return t == "not" || t == "n't" || t == "never" }
	switch t := d.lw(k); {
	case neg(t):
		return true
	case t == "to" && k >= 1 && d.words[k-1].sent == d.words[c].sent:
		switch d.lw(k - 1) {
		case "refused", "refuses", "declined", "declines", "failed", "not", "never":
			return true
		case "want", "wish", "agree", "intend", "plan":
			return k >= 2 && neg(d.lw(k-2))
		}
	}
	return false
}

// adverbLike reports whether t is an adverb of the cue's own verb chain
// between a negation and the cue: "immediately", "specifically", "yet"
// (not "previously": "which had not previously backed the idea, endorsed
// the plan").
func adverbLike(t string) bool {
	switch t {
	case "previously", "earlier", "once", "only", "also", "really", "early":
		return false
	case "yet", "fully":
		return true
	}
	return len(t) > 4 && strings.HasSuffix(t, "ly")
}

// reportCue reports whether a cue only reports: "CNN reported that Hamas
// rejected the plan" is no stand of CNN's.
func reportCue(c string) bool {
	switch c {
	case "reported", "reports", "said", "says", "wrote", "writes", "quoted", "cited", "according to", "according":
		return true
	}
	return false
}

// mergeReaction folds r into an earlier reaction of the same sentence by the
// same actor, or by an actor one names the other's first words of ("Some
// Nigerian business groups warned ... and asked" gives "Some Nigerian
// business" for the second cue); it reports whether it did. The longer
// actor, a stance other than neutral (mixed when two disagree) and a quote
// are kept.
func mergeReaction(out []Reaction, r *Reaction) bool {
	for k := len(out) - 1; k >= 0 && out[k].Sentence == r.Sentence; k-- {
		p := &out[k]
		if !samePrefixActor(p.Actor, r.Actor) {
			continue
		}
		if len(r.Actor) > len(p.Actor) {
			p.Actor = r.Actor
		}
		switch {
		case p.Stance == Neutral:
			p.Stance = r.Stance
		case r.Stance != Neutral && r.Stance != p.Stance:
			p.Stance = Mixed
		}
		if p.Quote == "" {
			p.Quote = r.Quote
		}
		return true
	}
	return false
}

// samePrefixActor reports whether a and b are equal or one is the other's
// first words.
func samePrefixActor(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == len(b) || b[len(a)] == ' ')
}

// acronyms maps an organisation's initials, when the article also uses them
// as a name ("NAO"), to the organisation's full name ("National Audit
// Office"): function words are skipped, and only one full name may fit.
// It is linear in the mentions: each distinct name is read once.
func (d *doc) acronyms() map[string]string {
	var acr map[string]string // initials used as a name -> full name, "" if two fit
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.typ != ORG || m.end-m.start < 2 || m.end-m.start > 8 {
			continue
		}
		if a := d.body[m.start:m.end]; isAcronym(a) {
			if acr == nil {
				acr = map[string]string{}
			}
			acr[a] = ""
		}
	}
	if acr == nil {
		return nil
	}
	seen := map[string]bool{}
	var buf [8]byte
	for mi := range d.ments {
		m := &d.ments[mi]
		name := d.body[m.start:m.end]
		if m.typ != ORG || seen[name] || !strings.Contains(name, " ") {
			continue
		}
		seen[name] = true
		ini, ok := initials(buf[:0], name)
		if !ok {
			continue
		}
		full, used := acr[string(ini)]
		switch {
		case !used:
		case full == "":
			acr[string(ini)] = name
		case full != name:
			acr[string(ini)] = "\x00" // two fit: say nothing
		}
	}
	for a, full := range acr {
		if full == "" || full == "\x00" {
			delete(acr, a)
		}
	}
	return acr
}

// isAcronym reports whether a is two to eight capital ASCII letters.
func isAcronym(a string) bool {
	if len(a) < 2 || len(a) > 8 {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] < 'A' || a[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials appends the first letters of name's words to dst, function words
// ("of", "the", "and", "for") and a leading "The" skipped; ok is false when a word is not
// capitalised or there are more than eight.
func initials(dst []byte, name string) ([]byte, bool) {
	for k, w := range strings.Fields(name) {
		switch {
		case w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "in" || w == "&":
			continue
		case k == 0 && w == "The": // "The Organization of African Unity"
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' || len(dst) == cap(dst) {
			return dst, false
		}
		dst = append(dst, w[0])
	}
	return dst, len(dst) >= 2
}

// tidyActor shortens an actor that is a source phrase rather than a name:
// "a Chinese foreign ministry statement" is the "Chinese foreign ministry".
// A leading indefinite article and a trailing document noun go.
func tidyActor(a string) string {
	for _, p := range [...]string{"a ", "an "} {
		a = strings.TrimPrefix(a, p)
	}
	for _, suf := range [...]string{" statement", " report", " readout", " communique", " communiqué", " release"} {
		// two words must be left, the article not counted: "the
		// Chinese readout" stays whole
		if t, ok := strings.CutSuffix(a, suf); ok && strings.Contains(strings.TrimPrefix(t, "the "), " ") {
			return t
		}
	}
	return a
}

// personGender returns 'f' or 'm' for person pi when the text or the name
// says so, else 0: a title before a mention ("Ms.", "Mr."), a gendered role
// ("spokeswoman"), or a given name the public lists hold for one gender.
func (d *doc) personGender(pi int) byte {
	p := d.people[pi]
	for _, mi := range p.ments {
		if w := d.ments[mi].w0 - 1; w >= 0 {
			switch strings.TrimSuffix(d.words[w].text, ".") {
			case "Ms", "Mrs", "Madame", "Lady", "Dame", "Baroness", "Queen", "Princess":
				return 'f'
			case "Mr", "Sir", "Lord", "Monsieur", "King", "Prince":
				return 'm'
			}
		}
	}
	if r := strings.ToLower(p.role); strings.Contains(r, "woman") {
		return 'f'
	} else if strings.Contains(r, "spokesman") || strings.Contains(r, "chairman") {
		return 'm'
	}
	first, _, ok := strings.Cut(p.canonical(), " ")
	if !ok {
		return 0
	}
	return d.g.gender[first]
}

// roleNouns are title words that take a portfolio after "for" or "of".
var roleNouns = map[string]bool{
	"minister": true, "secretary": true, "commissioner": true, "ministry": true, "department": true,
	"envoy": true, "ambassador": true, "representative": true, "director": true, "coordinator": true,
	"undersecretary": true, "adviser": true, "advisor": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true,
}

// possessedHead returns the last word of a source of the form "X's
// <lower-case words>" ("Kerrigan's sister", "the Taliban's chief
// spokesman"), or "".
func possessedHead(src string) string {
	i := strings.Index(src, "'s ")
	if i < 0 {
		i = strings.Index(src, "’s ")
		if i < 0 {
			return ""
		}
		i += len("’s ")
	} else {
		i += len("'s ")
	}
	rest := src[i:]
	if rest == "" || rest[0] < 'a' || rest[0] > 'z' {
		return ""
	}
	if j := strings.LastIndexByte(rest, ' '); j >= 0 {
		rest = rest[j+1:]
	}
	for k := 0; k < len(rest); k++ {
		if c := rest[k]; c < 'a' || c > 'z' {
			return ""
		}
	}
	return rest
}

// appositiveName returns the name after the title in a source's words [a,
// b) that take in an appositive ("its president, Kelly Semedo"): a
// person, or two to four capitalised words to the end the tagger did not
// find ("its convenor, Sittie Aisah Lidasan"). Else "".
func (d *doc) appositiveName(a, b int) string {
	for w := a + 1; w < b && w < len(d.words); w++ {
		if d.lw(w-1) != "," {
			continue
		}
		if mi := d.mentAt[w]; mi >= 0 && d.ments[mi].person >= 0 {
			return d.people[d.ments[mi].person].canonical()
		}
		if b-w < 2 || b-w > 4 {
			return ""
		}
		for k := w; k < b; k++ {
			if !d.words[k].cap || !d.words[k].alpha {
				return ""
			}
		}
		return d.body[d.words[w].start:d.words[b-1].end]
	}
	return ""
}

// cutPronounOwner returns the title after a possessive pronoun that
// opens the source ("its president" gives "president"), and whether it
// does.
func cutPronounOwner(a string) (string, bool) {
	for _, p := range [...]string{"its ", "their ", "Its ", "Their "} {
		if h, ok := strings.CutPrefix(a, p); ok && h != "" && !strings.Contains(h, " ") {
			return h, true
		}
	}
	return "", false
}

// kinNouns are relatives and helpers who speak for themselves, not for
// the person whose they are: "Kerrigan's sister said".
var kinNouns = map[string]bool{
	"sister": true, "brother": true, "mother": true, "father": true, "wife": true, "husband": true,
	"son": true, "daughter": true, "family": true, "relatives": true, "cousin": true, "uncle": true,
	"aunt": true, "lawyer": true, "lawyers": true, "attorney": true, "friend": true, "partner": true,
	"widow": true, "parents": true, "niece": true, "nephew": true,
}

// anonymousSource reports whether a source is unnamed officials,
// diplomats or sources: "Italian officials", "a U.S. official", "an
// official who asked not to be named", "sources familiar with the talks".
func anonymousSource(src string) bool {
	for _, sep := range []string{" who ", " familiar ", " close ", ","} {
		// "a Bangladeshi official who asked not to be named"
		if j := strings.Index(src, sep); j > 0 {
			src = src[:j]
		}
	}
	if j := strings.LastIndexByte(src, ' '); j >= 0 {
		src = src[j+1:]
	}
	switch src {
	case "official", "officials", "diplomat", "diplomats", "source", "sources":
		return true
	}
	return false
}

// nameQuote reports whether quotation q in sentence s is a name rather
// than words said: two to five words, each capitalised but for small
// function words inside, after an article or a naming verb ("what Rome
// calls the 'Rome Process'", "dubbed 'Operation Sandstorm'"), or one
// a quotation between two capitalised words (a nickname: Jimmy
// "Barbecue" Cherizier). Not '"Never Again," he said'.
func (d *doc) nameQuote(q string, s *sentence) bool {
	q = strings.TrimRight(q, ".,;:!? ")
	if q == "" || len(q) > 60 {
		return false
	}
	n := 0
	for rest := q; rest != ""; n++ {
		w := rest
		if j := strings.IndexByte(rest, ' '); j >= 0 {
			w, rest = rest[:j], strings.TrimLeft(rest[j+1:], " ")
		} else {
			rest = ""
		}
		if w == "" {
			break
		}
		if c := w[0]; c >= 'A' && c <= 'Z' {
			continue
		}
		switch w {
		case "a", "an", "the", "of", "and", "for", "in", "on", "to", "de":
			if n > 0 {
				continue
			}
		}
		return false
	}
	if n > 5 {
		return false
	}
	sent := d.body[s.span.Start:s.span.End]
	i := strings.Index(sent, q)
	if i < 2 || sent[i-1] == ' ' {
		return false
	}
	before := strings.TrimRight(sent[:i], "\"“‘' ")
	if j := strings.LastIndexByte(before, ' '); j >= 0 {
		before = before[j+1:]
	}
	if rest := strings.TrimLeft(sent[i+len(q):], "\"”’' "); rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && before != "" && before[0] >= 'A' && before[0] <= 'Z' {
		return true // a nickname inside a name
	}
	if n == 1 {
		return false
	}
	// a name is named: "calls the 'X Y'", "dubbed 'X Y'", "known as 'X Y'"
	switch strings.ToLower(before) {
	case "the", "a", "an", "its", "his", "her", "their", "our", "as", "so-called",
		"calls", "called", "dubbed", "named", "titled", "entitled", "branded":
		return true
	}
	return false
}

// jointAgreement reports whether attribution at, whose cue is word c and
// whose content ends before word end, tells of several
// parties agreeing something: "agreed" with more than one actor, a plural
// group of parties as its source ("leaders", "governments", "both
// sides") or a source that ends a coordination ("Sudan's army and the
// paramilitary Rapid Support Forces agreed"). Not "agreed that" a thing
// is so with a stance of its own ("agreed that a Russian proposal was
// unacceptable"): that is their stand (see agreedThat).
func (d *doc) jointAgreement(at *attrib.Attribution, c, end int) bool {
	if c >= len(d.words) || !hasPrefix(d.lw(c), "agree") {
		return false
	}
	if d.agreedThat(c, end) != Neutral {
		return false
	}
	if len(at.Actors) > 1 {
		return true
	}
	src := at.Source
	if j := strings.LastIndexByte(src, ' '); j >= 0 {
		src = src[j+1:]
	}
	switch strings.ToLower(src) {
	case "leaders", "governments", "ministers", "members", "countries", "states", "nations", "sides", "parties", "delegations":
		return true
	}
	// "X and the paramilitary Y agreed": a coordination before the source
	s0 := d.wordAt(at.SourceStart)
	for k := s0 - 1; k >= 0 && k >= s0-3 && d.words[k].sent == d.words[s0].sent; k-- {
		t := d.lw(k)
		if t == "and" {
			return k > 0 && d.words[k-1].alpha && d.words[k-1].sent == d.words[s0].sent
		}
		if !d.words[k].alpha || d.words[k].cap {
			break
		}
	}
	return false
}

// agreedThat returns the stance of the clause after "agreed that" at
// word c (a time phrase may stand between: "agreed on Tuesday that"), up
// to word end, when its cues hold one side only: "agreed that the
// proposal was unacceptable" is critical. Else Neutral.
func (d *doc) agreedThat(c, end int) string {
	k := c + 1
	for k < end && k <= c+4 && d.lw(k) != "that" {
		if t := d.lw(k); t != "on" && !dateWords[t] {
			return Neutral
		}
		k++
	}
	if k >= end || d.lw(k) != "that" {
		return Neutral
	}
	if ls := d.lexStance(k+1, end); ls == Critical || ls == Supportive {
		return ls
	}
	return Neutral
}

// denial reports whether the cue at word c, whose content ends before
// word end, rejects a charge against the source itself: "rejected the
// allegations", "denies any wrongdoing", "dismissed such claims". Not
// charges against another party ("rejected the charges against
// opposition leader X"), nor a denial that takes a stand of its own in
// the rest of its clause: a stance cue ("as politically motivated", "and
// accused Brussels of meddling") or a naming ("calling them a smear").
func (d *doc) denial(c, end int, actor string, own []string) bool {
	if c+1 >= len(d.words) {
		return false
	}
	v := d.lw(c)
	if !hasPrefix(v, "reject") && !hasPrefix(v, "deni") && !hasPrefix(v, "deny") && !hasPrefix(v, "dismiss") && !hasPrefix(v, "refut") {
		return false
	}
	for k := c + 1; k < len(d.words) && k <= c+3; k++ {
		t := d.lw(k)
		switch {
		case hasPrefix(t, "allegation"), hasPrefix(t, "accusation"), t == "charge", t == "charges", t == "wrongdoing", t == "claims", t == "involvement":
			return d.ownCharge(k+1, end, actor, own)
		case t == "the", t == "any", t == "such", t == "these", t == "those", t == "all", t == "its", t == "their":
			continue
		}
		return false
	}
	return false
}

// quoteIn reports whether words [a, b) hold a quotation mark.
func (d *doc) quoteIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.lw(k) {
		case "\"", "“", "”":
			return true
		}
	}
	return false
}

// sameActor reports whether the party named at word k (after an
// optional "the") is actor or of actor's country: actor itself, or one
// of own, the countries its source names ("Rwandan government
// spokeswoman X" speaks for Rwanda). A capital stands for its country
// ("the accusations against Kigali").
func (d *doc) sameActor(k int, actor string, own []string) bool {
	if k < len(d.words) && d.lw(k) == "the" {
		k++
	}
	if k >= len(d.words) || actor == "" {
		return false
	}
	mi := d.mentAt[k]
	if mi < 0 {
		return false
	}
	m := &d.ments[mi]
	if d.body[m.start:m.end] == actor {
		return true
	}
	c := d.countryOf(int(mi))
	if c == "" {
		return false
	}
	return c == actor || slices.Contains(own, c)
}

// sourceCountries returns the countries named in an attribution's
// source: "Serbian President Aleksandar Vucic" gives Serbia.
func (d *doc) sourceCountries(at *attrib.Attribution) []string {
	if at.SourceEnd > len(d.body) || at.SourceStart >= at.SourceEnd {
		return nil
	}
	cs := d.srcCountries[:0] // (the caller keeps it only for its call)
	for w := d.wordAt(at.SourceStart); w < len(d.words) && d.words[w].start < at.SourceEnd; w++ {
		if mi := d.mentAt[w]; mi >= 0 {
			if c := d.countryOf(int(mi)); c != "" && !slices.Contains(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	d.srcCountries = cs // (keep a grown buffer)
	return cs
}

// ownCharge reports whether words [a, end) after a charge noun leave it a
// charge against the denier (actor): no "against" another party (a
// pronoun or the denier's own country is the denier: "against him",
// "Hungary rejected the allegations against the Hungarian government"),
// no stance cue and no naming with a quotation ("calling them 'a smear
// campaign'") in the denial's clause (a clause break ends it unless a
// participle of the same subject follows: ", calling them"; not ", and
// both sides expelled").
func (d *doc) ownCharge(a, end int, actor string, own []string) bool {
	end = min(end, len(d.words))
	for k := a; k < end; k++ {
		t := d.lw(k)
		if d.clauseStop(k) {
			if k+1 < end && strings.HasSuffix(d.lw(k+1), "ing") {
				continue
			}
			end = k
			break
		}
		switch {
		case t == "against" && k+1 < end:
			switch d.lw(k + 1) {
			case "it", "him", "her", "them", "us", "me", "itself", "himself", "herself", "themselves", "ourselves":
			default:
				if !d.sameActor(k+1, actor, own) {
					return false
				}
			}
		case namingCue(t) && d.quoteIn(k+1, end):
			// "calling them 'a smear campaign'": words of its own (a bare
			// "calling them baseless" is still the denial)
			return false
		}
	}
	// a naming of the charge as false ("calling them lies", "as
	// fabricated", "as politically motivated") is the denial itself: only
	// the words between such namings may take a stand
	for s := a; s < end; {
		e := s
		for e < end && d.falsity(e) == 0 {
			e++
		}
		if e > s && d.lexStance(s, e) != Neutral {
			return false
		}
		if e < end {
			e += d.falsity(e)
		}
		s = e
	}
	return true
}

// falsityWords call a charge false: "calling them lies", "dismissed the
// accusations as fabricated".
var falsityWords = map[string]bool{
	"lie": true, "lies": true, "false": true, "falsehood": true, "falsehoods": true,
	"fabricated": true, "fabrication": true, "fabrications": true, "fake": true,
	"untrue": true, "nonsense": true, "slander": true, "slanderous": true,
	"baseless": true, "groundless": true, "unfounded": true,
}

// falsity returns the number of words of a naming that calls a charge
// false at word k ("lies", "politically motivated"), or 0.
func (d *doc) falsity(k int) int {
	t := d.lw(k)
	if falsityWords[t] {
		return 1
	}
	if t == "politically" && k+1 < len(d.words) && d.lw(k+1) == "motivated" {
		return 2
	}
	return 0
}

// frameStance gives a neutral reaction the stance of a short frame
// sentence before it that announces reactions without giving one: "Humanitarian
// groups criticised the summit. 'These deals ...,' said X" (critical), "Not
// everyone welcomed the agenda. ... X said '...'" (critical), "The accord
// still faces opposition in Europe. X, a union leader, said ..." A frame is a
// sentence of at most twelve words, with no quotation mark, no reaction of
// its own, a word of reception about the news and no past date
// (frameSentence); it colours the reactions of the next sentence when none
// of them takes a stance, and only speakers who may belong to the group
// framed (frameSpeaker): not a party, mediator or host of the event, and
// quoted or named with the frame's group noun ("drew criticism from farmers.
// ... a farmers' leader said"). The stances read are those before any frame
// coloured them, so a coloured sentence frames no one after it.
func (d *doc) frameStance(out []Reaction) {
	var before []string // the stances as read, once a frame colours one
	for i := range out {
		si := out[i].Sentence
		if si < 1 || out[i].Stance != Neutral || i > 0 && out[i-1].Sentence == si {
			continue
		}
		if before != nil && before[i] != Neutral {
			continue
		}
		if own, _ := sentStance(out, before, si); own != Neutral {
			continue
		}
		fi, agree := si-1, ""
		if has, st := sentStance(out, before, fi); has != "" && st != "" && d.frameSentence(fi) {
			// the frame's own group reacts and still frames its members:
			// "Fishermen's unions criticised the accord. '...,' said X, a
			// union leader"
			agree = st
		} else if has != "" {
			// a critic between the frame and this speaker, of one
			// stance: "Not everyone welcomed the agenda. The opposition
			// accused ... In Berlin, X said '...'"
			if st == "" || fi < 1 {
				continue
			}
			fi, agree = fi-1, st
			if h, _ := sentStance(out, before, fi); h != "" {
				continue
			}
		}
		s := &d.sents[fi]
		if s.heading || s.header || s.meta || s.w1-s.w0 > 12 || s.w1-s.w0 < 3 ||
			strings.ContainsAny(s.span.Of(d.body), "\"“”") {
			continue
		}
		if !d.frameSentence(fi) {
			continue
		}
		st := d.lexStance(s.w0, s.w1)
		if st != Critical && st != Supportive || agree != "" && agree != st {
			continue
		}
		for j := range out {
			if out[j].Sentence == si && out[j].Stance == Neutral && d.frameSpeaker(&out[j], fi) {
				if before == nil {
					before = make([]string, len(out))
					for k := range out {
						before[k] = out[k].Stance
					}
				}
				out[j].Stance = st
			}
		}
	}
}

// frameSpeaker reports whether reaction r may speak for the group that
// frame sentence fi says received the news: not a party, mediator or host
// of the event (the side that made the deal does not react to it), and
// either quoted or named in a sentence holding the frame's group noun
// ("unions" ... "a union leader").
func (d *doc) frameSpeaker(r *Reaction, fi int) bool {
	if contains(d.eventParties, r.Actor) {
		return false
	}
	for pi := range d.people {
		if p := d.people[pi]; p.part && p.canonical() == r.Actor {
			return false
		}
	}
	if r.Quote != "" {
		return true
	}
	f, s := &d.sents[fi], &d.sents[r.Sentence]
	group := false // the frame names a group ("unions", "rights groups")
	for k := f.w0; k < f.w1; k++ {
		w := d.lw(k)
		if len(w) < 4 || !d.words[k].alpha || d.words[k].cap || w[len(w)-1] != 's' || receptionWord(w) || frameVerbs[w] ||
			strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") || notPlural(w) {
			continue
		}
		group = true
		stem := strings.TrimSuffix(w, "s")
		if strings.HasSuffix(stem, "ie") {
			stem = stem[:len(stem)-2] // "charities": "charit"
		}
		for j := s.w0; j < s.w1; j++ {
			if hasPrefix(d.lw(j), stem) {
				return true
			}
		}
	}
	if group {
		return false
	}
	// a frame that names no group ("The pact drew criticism across
	// Europe"): a speaker for an organisation of its own ("Amnesty's
	// director, X, said"), not a government's
	for mi := range d.ments {
		if m := &d.ments[mi]; m.sent == r.Sentence && m.typ == ORG && (m.e == nil || m.e.kind == kOrg && !m.e.media) && !govName(d.body[m.start:m.end]) {
			return true
		}
	}
	return false
}

// sentStance reads the reactions of sentence si in out (with their
// stances as in before, when not nil): has is "" when it has none, else
// the stance of any of them other than Neutral (Neutral when all are); st
// is their one stance when all agree, else "".
func sentStance(out []Reaction, before []string, si int) (has, st string) {
	n, agree := 0, true
	for j := range out {
		if out[j].Sentence != si {
			continue
		}
		x := out[j].Stance
		if before != nil {
			x = before[j]
		}
		if n == 0 {
			st = x
		} else if x != st {
			agree = false
		}
		if has == "" || x != Neutral {
			has = x
		}
		n++
	}
	if !agree {
		st = ""
	}
	return has, st
}

// frameSentence reports whether sentence si announces how the news was
// received by unnamed others: a verb of reception ("criticised",
// "welcomed", "objected to") or a noun of reception after a verb that
// reports it ("drew criticism", "faces opposition in Europe", "was met
// with protests"), no past date ("in 2022", "last month", "when it was
// signed", "had rejected") and no name but a place after "in" or "across".
// "Western nations accuse Iran of ...", "Pyongyang has also faced
// international criticism" name the accuser or the accused and frame no
// one; "The opposition boycotted the session", "protesters gathered",
// "budget support", "a welcome ceremony" report no reception.
func (d *doc) frameSentence(si int) bool {
	s := &d.sents[si]
	found := false
	for k := s.w0; k < s.w1; k++ {
		w := d.lw(k)
		switch {
		case receptionVerbs[w]:
			found = true
		case receptionNouns[w]:
			for j := max(s.w0, k-3); j < k; j++ {
				if frameVerbs[d.lw(j)] {
					found = true
				}
			}
		case w == "when" || w == "ago" || w == "earlier" || w == "previously" || w == "had" || w == "once":
			return false
		case w == "last" && k+1 < s.w1 && timeUnit(d.lw(k+1)):
			return false
		case len(w) == 4 && (hasPrefix(w, "19") || hasPrefix(w, "20")) && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9':
			return false // "Lawmakers rejected a similar plan in 2022"
		}
	}
	if !found {
		return false
	}
	for mi := range d.ments {
		if m := &d.ments[mi]; m.sent == si {
			if m.w0 > s.w0 && (d.lw(m.w0-1) == "in" || d.lw(m.w0-1) == "across") {
				continue // where it was received: "opposition in Europe"
			}
			return false
		}
	}
	return true
}

// timeUnit reports whether t is a unit of "last week", "last month".
func timeUnit(t string) bool {
	switch t {
	case "week", "month", "year", "weekend", "summer", "autumn", "winter", "spring", "time":
		return true
	}
	return false
}

// receptionVerbs are the verb forms that report how the news was
// received: criticised, opposed, condemned, rejected, objected; welcomed,
// praised, applauded, hailed, endorsed.
var receptionVerbs = map[string]bool{
	"criticised": true, "criticized": true, "criticise": true, "criticize": true, "criticises": true, "criticizes": true,
	"opposed": true, "opposes": true, "oppose": true, "protested": true, "condemned": true, "condemns": true, "condemn": true,
	"denounced": true, "denounces": true, "denounce": true, "rejected": true, "rejects": true, "reject": true,
	"objected": true, "object": true, "welcomed": true, "welcomes": true, "praised": true, "praises": true, "praise": true,
	"applauded": true, "applauds": true, "hailed": true, "hails": true, "endorsed": true, "endorses": true, "endorse": true,
}

// receptionNouns are the nouns of reception, read after a frameVerbs verb
// ("drew criticism", "faces opposition", "was met with protests").
var receptionNouns = map[string]bool{
	"criticism": true, "criticisms": true, "opposition": true, "protest": true, "protests": true, "anger": true,
	"outrage": true, "backlash": true, "condemnation": true, "condemnations": true, "rejection": true, "objections": true,
	"praise": true, "applause": true, "support": true, "endorsement": true, "endorsements": true,
}

// frameVerbs report that the news met with a reception: "drew", "faces",
// "met with", "sparked", "provoked".
var frameVerbs = map[string]bool{
	"drew": true, "draw": true, "draws": true, "drawn": true, "faced": true, "faces": true, "face": true, "facing": true,
	"met": true, "meets": true, "sparked": true, "sparks": true, "provoked": true, "provokes": true, "triggered": true,
	"triggers": true, "prompted": true, "prompts": true, "attracted": true, "attracts": true, "won": true, "wins": true,
	"earned": true, "earns": true,
}

// receptionWord reports whether w is a verb or noun of reception.
func receptionWord(w string) bool { return receptionVerbs[w] || receptionNouns[w] }

// progressDenied reports whether a critical cue that holds the word
// "progress" ("lack of progress", "no progress", "little progress", "slow
// progress") occurs in words [a, b).
func (d *doc) progressDenied(a, b int) bool {
	for k := a; k < b; k++ {
		if d.lw(k) == "progress" && d.cueAt(&d.g.cues.crit, max(a, k-2), k+1) >= 0 {
			return true
		}
	}
	return false
}

// courtesy reports whether the cue at word h (up to word b) is a courtesy
// with no stance: thanks for hospitality, a welcome or an invitation
// ("thanking his hosts for their hospitality"), or regret at one's own
// absence ("regretted that he could not stay longer", "regrets being
// unable to attend").
func (d *doc) courtesy(h, b int) bool {
	w := d.lw(h)
	switch {
	case hasPrefix(w, "thank"):
		for k := h + 1; k < b && k <= h+8; k++ {
			switch d.lw(k) {
			case "hospitality", "welcome", "invitation", "reception":
				return true
			case ",", ";", "but", "and":
				return false
			}
		}
	case hasPrefix(w, "regret"):
		k := h + 1
		if k < b && d.lw(k) == "that" {
			k++
		}
		if k < b {
			switch d.lw(k) {
			case "he", "she", "i", "we", "they":
				k++
			}
		}
		if k+1 < b {
			switch d.lw(k) {
			case "could", "can", "was", "were", "would", "being":
				n := d.lw(k + 1)
				return n == "not" || n == "n't" || n == "unable"
			case "ca":
				return d.lw(k+1) == "n't"
			}
		}
	}
	return false
}

// onlyCourtesy reports whether every cue of cs in words [a, b) is a
// courtesy (courtesy), there being at least one.
func (d *doc) onlyCourtesy(cs *cueSet, a, b int) bool {
	n := 0
	for i := a; i < b; {
		h := d.cueAt(cs, i, b)
		if h < 0 {
			break
		}
		if !d.courtesy(h, b) {
			return false
		}
		n++
		i = h + 1
	}
	return n > 0
}

// onlySolidarity reports whether every supportive cue in words [a, b) is
// one of solidarity with a side ("solidarity", "stands with", "stood
// with", "firmly with"), there being at least one.
func (d *doc) onlySolidarity(a, b int) bool {
	n := 0
	for i := a; i < b; {
		h := d.cueAt(&d.g.cues.sup, i, b)
		if h < 0 {
			break
		}
		w := d.lw(h)
		next := ""
		if h+1 < b {
			next = d.lw(h + 1)
		}
		switch {
		case w == "solidarity":
		case next == "with" && (w == "stand" || w == "stands" || w == "stood" || w == "standing" || w == "firmly"):
		default:
			return false
		}
		n++
		i = h + 1
	}
	return n > 0
}

// critInPastRelative reports whether every critical cue in words [a, b)
// lies in a relative clause about a past harm ("stands with the workers
// who paid the price of unfair tariffs", "who have suffered unjust
// detention"): a word of the object of solidarity, not a charge against
// the news. There is at least one.
func (d *doc) critInPastRelative(a, b int) bool {
	n := 0
	for i := a; i < b; {
		h := d.cueAt(&d.g.cues.crit, i, b)
		if h < 0 {
			break
		}
		in := false
		for k := h - 1; k >= a && k >= h-12; k-- {
			t := d.lw(k)
			if t == "," || t == ";" || t == ":" || t == "." || t == "but" || quoteMark(t) {
				break
			}
			if t == "who" || t == "whom" || t == "which" || t == "that" {
				in = k+1 < h && pastVerb(d.lw(k+1))
				break
			}
		}
		if !in {
			return false
		}
		n++
		i = h + 1
	}
	return n > 0
}

// pastVerb reports whether t opens a relative clause's past predicate:
// "paid", "suffered", "have borne", "were hit".
func pastVerb(t string) bool {
	switch t {
	case "have", "has", "had", "was", "were", "paid", "lost", "bore", "fought", "gave", "felt", "fell", "died", "spent", "saw", "went", "took":
		return true
	}
	return len(t) > 4 && t[len(t)-2:] == "ed"
}

// laterQuoteStance reads the quotations that open in words [from, end)
// (after the attribution's first one, which carried no stance): the
// stance of the first quotation that has one, Neutral when none has.
func (d *doc) laterQuoteStance(from, end int) string {
	end = min(end, len(d.words))
	for k := from; k < end; k++ {
		if t := d.lw(k); t != "\"" && t != "“" {
			continue
		}
		if st := d.words[k].start; st > 0 && d.body[st-1] != ' ' && d.body[st-1] != '\n' {
			continue // a closing mark: 'system," he said'
		}
		e := k + 1
		for e < end && e-k < 40 {
			if t := d.lw(e); t == "\"" || t == "”" {
				break
			}
			e++
		}
		if ls := d.lexStance(k+1, e); ls != Neutral {
			return ls
		}
		k = e
	}
	return Neutral
}

// tailPrep reports whether t opens a phrase of place, time or medium
// after a speech verb ("on social media", "in a statement", "at a news
// conference", "after the ceremony") or is the verb's listeners
// ("reporters", "journalists").
func tailPrep(t string) bool {
	switch t {
	case "on", "in", "at", "after", "during", "from", "late", "earlier", "later", "reporters", "journalists":
		return true
	}
	return false
}

// notPlural reports whether w, ending in "s", is a common word that is no
// plural noun: "this", "always", "news".
func notPlural(w string) bool {
	switch w {
	case "this", "thus", "always", "perhaps", "whereas", "news", "sometimes", "besides", "towards", "afterwards":
		return true
	}
	return false
}

// govName reports whether an organisation's name is a government body's:
// a ministry, office, department or government.
func govName(n string) bool {
	for _, w := range [...]string{"Ministry", "Government", "government", "Office", "Department", "Cabinet", "Presidency"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// butBeforeQuote reports whether a "but" or "while" follows the cue at
// word c, within ten words and before the quotation q of sentence s opens:
// "backed the move but warned that ... 'q'".
func (d *doc) butBeforeQuote(c int, q string, s *sentence) bool {
	i := strings.Index(d.body[s.span.Start:s.span.End], q)
	if i < 0 {
		return false
	}
	qw := d.wordAt(s.span.Start + i)
	for k := c + 1; k < qw && k <= c+10; k++ {
		if t := d.lw(k); t == "but" || t == "while" || t == "though" || t == "although" {
			return true
		}
	}
	return false
}

// quoteStance reads the lexicon's stance of quotation q in sentence s
// (Neutral when it is not found there).
func (d *doc) quoteStance(q string, s *sentence) string {
	i := strings.Index(d.body[s.span.Start:s.span.End], q)
	if i < 0 {
		return Neutral
	}
	a := s.span.Start + i
	return d.lexStance(d.wordAt(a), d.wordAt(a+len(q)))
}

// newsObject reports whether the words from k name the story's own event
// or text as a verb's object: "the deal", "this accord", "the new
// agreement", "the talks" ("which supports the deal" is a stance on the
// news, "which supports a two-state solution" a standing position).
func (d *doc) newsObject(k int) bool {
	if k >= len(d.words) {
		return false
	}
	switch d.lw(k) {
	case "the", "this", "that", "today's", "tuesday's", "monday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's":
	default:
		return false
	}
	for j := k + 1; j < len(d.words) && j <= k+3; j++ {
		switch d.lw(j) {
		case "deal", "accord", "agreement", "talks", "treaty", "pact", "ceasefire", "truce", "plan", "resolution",
			"proposal", "decision", "move", "summit", "visit", "statement", "declaration", "communique", "vote", "sanctions", "suspension":
			return true
		}
		if !d.words[j].alpha {
			return false
		}
	}
	return false
}

// relPronoun reports whether t opens a relative clause: a cue there
// describes its antecedent ("Grassroots Media, which supports citizen
// media, said ..."), it is not the speaker's stance on the news.
func relPronoun(t string) bool { return t == "which" || t == "who" || t == "that" }

// presentThird reports whether cue t is a present-tense verb of the third
// person other than a speech verb: "opposes", "backs", "supports" (a
// standing position), not "says" or "said".
func presentThird(t string) bool {
	switch t {
	case "says", "tells", "adds", "writes", "notes", "argues", "insists", "claims", "warns":
		return false
	}
	return len(t) > 3 && t[len(t)-1] == 's' && t[len(t)-2] != 's'
}

// plainFact reports whether words a to b hold a stance cue that plainCue
// reads as a plain fact ("is not yet fixed", "The first step will be"):
// the stance model keeps off such sentences as the rules do.
func (d *doc) plainFact(a, b int) bool {
	for i := a; i+2 < b; i++ {
		switch w := d.lw(i); {
		case (w == "is" || w == "are" || w == "was") && d.lw(i+1) == "not" && d.lw(i+2) == "yet" && d.plainNotYet(i):
			return true
		case (w == "first" || w == "practical" || w == "concrete") && d.lw(i+1) == "step" && d.stepSubject(i):
			return true
		}
	}
	return false
}

// modelStance gives the reactions whose words no rule read (open[i]) the
// stance model's label when it is a stand (not neutral) and probable
// enough: stances carried by irony, metaphor or consequences ("collecting
// air miles rather than results") that no word list holds. What the
// stance model leaves neutral the lift model (stance.Lift, trained also
// on the sentences the quick-look checks label) may still read as
// supportive or critical when it is sure: a quoted reaction to diplomatic
// news is seldom without a view, and "also commented" for a critic was the
// bullet's largest error.
func (d *doc) modelStance(out []Reaction, open []bool) {
	if d.stance == nil && d.lift == nil {
		return
	}
	for i := range out {
		r := &out[i]
		if !open[i] || r.Stance != Neutral || r.Quote == "" {
			continue
		}
		if st := &d.sents[r.Sentence]; d.plainFact(st.w0, st.w1) {
			// "The date of the next meeting is not yet fixed": a rule
			// read the cue as a plain fact
			continue
		}
		if d.namedChance(r) {
			// "called the visit 'a chance to turn friendship into
			// factories'" (the stance model read it critical)
			r.Stance = Supportive
			continue
		}
		if d.stance != nil {
			if l := d.stance.Sure(d.body[r.Start:r.End]); l != "" {
				// (at the model's own threshold, stancedata.Threshold)
				r.Stance = l
				continue
			}
		}
		if d.lift != nil && quoteWords(r.Quote) >= liftMinWords && !d.whichSaidQuote(r) {
			if l := d.lift.LiftStand(d.body[r.Start:r.End]); l != "" {
				r.Stance = l
			}
		}
	}
}

// quoteStart returns where reaction r's quotation starts in the body, or
// -1 when r has none or it is not found in r's span.
func (d *doc) quoteStart(r *Reaction) int {
	if r.Quote == "" {
		return -1
	}
	q := strings.Index(d.body[r.Start:r.End], r.Quote)
	if q < 0 {
		return -1
	}
	return r.Start + q
}

// namedChance reports whether reaction r calls the event a chance: its
// quotation opens with "a chance to" or "a chance for" and is what a
// naming verb makes of its object ("called the visit \"a chance to turn
// friendship into factories\"", "described the talks as \"a chance for
// peace\"", "hailed it as ..."), with no negation between or just before
// the verb ("would not call it"). "a chance to"
// alone is no cue (the chance not taken: "This council had a chance to say
// stop"); named so, it is the speaker's hope for the event.
func (d *doc) namedChance(r *Reaction) bool {
	q := strings.ToLower(r.Quote)
	if !strings.HasPrefix(q, "a chance to ") && !strings.HasPrefix(q, "a chance for ") {
		return false
	}
	at := d.quoteStart(r)
	if at < 0 {
		return false
	}
	st := &d.sents[r.Sentence]
	n := 0 // words between the verb and the quotation
	for i := st.w1 - 1; i >= st.w0 && n <= 6; i-- {
		if d.words[i].start >= at {
			continue
		}
		switch d.lw(i) {
		case "called", "calls", "calling", "call", "described", "describes", "describing",
			"hailed", "hails", "hailing", "billed", "termed", "terms":
			for k := i - 1; k >= max(st.w0, i-3); k-- {
				switch d.lw(k) {
				case "not", "never", "n't", "refused", "declined":
					return false // "would not call the visit ..."
				}
			}
			return true
		case "not", "never", "no", "n't":
			return false
		}
		if d.words[i].alpha {
			n++
		}
	}
	return false
}

// liftMinWords is the fewest words a quotation needs before the lift model
// reads it: on a fragment ("open in 2030", "changes little") the model has
// a word or two to go on and its probability is mostly its prior, which
// leans critical (most of the actors the checks label are critics).
const liftMinWords = 5

// quoteWords counts the words of q (runs of letters or digits).
func quoteWords(q string) int {
	n, in := 0, false
	for _, r := range q {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// whichSaidQuote reports whether r's quotation follows ", which <speaker>
// said/says" within two words ("the fund's growth forecast, which she said
// was \"being held back by uncertainty over trade\""): the words describe
// the thing before the comma, not the speaker's view of the news, so the
// lift model keeps off them (as the rules keep off such a clause without a
// quotation).
func (d *doc) whichSaidQuote(r *Reaction) bool {
	q := d.quoteStart(r)
	if q < 0 {
		return false
	}
	st := &d.sents[r.Sentence]
	for i := st.w0; i+2 < st.w1 && d.words[i].start < q; i++ {
		if d.lw(i) != "," || d.lw(i+1) != "which" {
			continue
		}
		for j := i + 2; j < min(i+5, st.w1); j++ {
			switch d.lw(j) {
			case "said", "says":
				n := 0
				for k := j + 1; k < st.w1 && d.words[k].start < q; k++ {
					if d.words[k].alpha {
						n++
					}
				}
				if n <= 2 {
					return true
				}
			}
		}
	}
	return false
}
