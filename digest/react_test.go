package digest

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-bot/attache/digest/attrib"
)

// TestReactionWorthy checks which attributions may become reactions: every
// rule attribution, and a learned-only one only when it is confident and
// carries a quote or a lexicon cue.
func TestReactionWorthy(t *testing.T) {
	tests := []struct {
		name string
		at   attrib.Attribution
		want bool
	}{
		{"rule attribution", attrib.Attribution{Confidence: 0.3, LexicalCue: true}, true},
		{"learned, confident, reporting cue", attrib.Attribution{Learned: true, Confidence: 0.7, LexicalCue: true}, true},
		{"learned, confident, quote", attrib.Attribution{Learned: true, Confidence: 0.7, Quote: "We will act"}, true},
		{"learned, confident, plain verb", attrib.Attribution{Learned: true, Confidence: 0.9}, false},
		{"learned, unsure, reporting cue", attrib.Attribution{Learned: true, Confidence: 0.45, LexicalCue: true, Quote: "No"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reactionWorthy(&tc.at); got != tc.want {
				t.Errorf("reactionWorthy = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestReactionsSkipUnsureLearned checks a quick look end to end: the
// treaty signatories of a learned "Norway and Iceland signed" are no
// reactions, the ministers who said something are.
func TestReactionsSkipUnsureLearned(t *testing.T) {
	e := engine(t)
	body := "Norway and Iceland signed a treaty on Thursday to coordinate search-and-rescue operations.\n\n" +
		"\"The sea does not care whose zone a ship sinks in,\" Foreign Minister Kari Nordvik of Norway said."
	res := e.Extract(Article{Title: "Arctic treaty", Body: body})
	var got []string
	for _, r := range res.Reactions {
		got = append(got, r.Actor)
	}
	if len(got) != 1 || got[0] != "Kari Nordvik" {
		t.Errorf("reactions %q, want only Kari Nordvik", got)
	}
}

// TestPrefixCue checks the first-byte index of the one-word cues against a
// scan of the cue lists.
func TestPrefixCue(t *testing.T) {
	ref := func(cues []string, w string) bool {
		for _, c := range cues {
			if strings.Contains(c, " ") || !strings.HasPrefix(w, c) {
				continue
			}
			if c == "back" && len(w) > 4 && w != "backs" && w != "backed" && w != "backing" {
				continue
			}
			return true
		}
		return false
	}
	words := []string{"", "a", "concerns", "concern", "conce", "back", "backs", "backing", "backdrop", "backlash",
		"welcomed", "productive", "unproductive", "hope", "hopeful", "oppose", "slammed", "sharply", "not", "warned", "x"}
	for _, set := range []struct {
		cues []string
		cs   cueSet
	}{{criticalCues, compileCues(criticalCues)}, {supportiveCues, compileCues(supportiveCues)}} {
		hits := 0
		for _, w := range words {
			got, want := prefixCue(&set.cs, w), ref(set.cues, w)
			if got != want {
				t.Errorf("prefixCue(%q) = %v, want %v", w, got, want)
			}
			if got {
				hits++
			}
		}
		if hits == 0 {
			t.Errorf("no word matched the cues %v", set.cues[:3])
		}
	}
}

func TestReactionsMergedPerSentence(t *testing.T) {
	body := "Some Nigerian business groups warned that cheaper imports could hurt local farmers and asked the government to protect sensitive products."
	r := engine(t).Extract(Article{Title: "Trade", Body: body})
	n := 0
	for _, x := range r.Reactions {
		if strings.HasPrefix(x.Actor, "Some Nigerian business") {
			n++
			if x.Actor != "Some Nigerian business groups" || x.Stance != Critical {
				t.Errorf("reaction %+v, want Some Nigerian business groups, critical", x)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d reactions by the business groups in one sentence, want 1: %+v", n, r.Reactions)
	}
}

func TestMergeReaction(t *testing.T) {
	out := []Reaction{{Actor: "Tony Blair", Stance: Neutral, Sentence: 3}}
	r := Reaction{Actor: "Tony Blair", Stance: Critical, Quote: "q", Sentence: 3}
	if !mergeReaction(out, &r) || out[0].Stance != Critical || out[0].Quote != "q" {
		t.Errorf("same actor, same sentence: %+v", out[0])
	}
	r = Reaction{Actor: "Tony Blair", Stance: Supportive, Sentence: 3}
	if !mergeReaction(out, &r) || out[0].Stance != Mixed {
		t.Errorf("disagreeing stances: %+v, want mixed", out[0])
	}
	for _, r := range []Reaction{
		{Actor: "Tony Blair", Stance: Neutral, Sentence: 4},  // another sentence
		{Actor: "Tony Blairs", Stance: Neutral, Sentence: 3}, // not a word prefix
		{Actor: "Tony", Stance: Neutral, Sentence: 2},
	} {
		if mergeReaction(out, &r) {
			t.Errorf("%+v merged into %+v", r, out[0])
		}
	}
}

// TestReactionActorAcronym: an organisation's initials used as its name
// act as the organisation, unless two of the article's organisations fit.
func TestReactionActorAcronym(t *testing.T) {
	e := engine(t)
	tests := []struct {
		name, body string
		want, not  string
	}{
		{"one full name fits",
			"The National Audit Office said the Dome cost taxpayers £28.7m to maintain.\n\n" +
				"The NAO criticised the sale, saying it had been a costly failure.",
			"National Audit Office", "NAO"},
		{"two full names fit",
			"The National Audit Office said the Dome cost taxpayers £28.7m to maintain.\n\n" +
				"The National Archives Office said its records would open on Monday.\n\n" +
				"The NAO criticised the sale, saying it had been a costly failure.",
			"NAO", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body})
			var actors []string
			for _, re := range r.Reactions {
				actors = append(actors, re.Actor)
			}
			if !slices.Contains(actors, tc.want) || tc.not != "" && slices.Contains(actors, tc.not) {
				t.Errorf("actors %q: want %q and not %q", actors, tc.want, tc.not)
			}
		})
	}
	if got, ok := initials(make([]byte, 0, 8), "Bank of England"); !ok || string(got) != "BE" {
		t.Errorf("initials(Bank of England) = %q %v", got, ok)
	}
	if got, ok := initials(make([]byte, 0, 8), "The Organization of African Unity"); !ok || string(got) != "OAU" {
		t.Errorf("initials(The Organization of African Unity) = %q %v", got, ok)
	}
	if _, ok := initials(make([]byte, 0, 8), "the Sudan peoples Movement"); ok {
		t.Error("initials accepted a lower-case word")
	}
}

func TestTidyActor(t *testing.T) {
	for in, want := range map[string]string{
		"a Chinese foreign ministry statement": "Chinese foreign ministry",
		"European leaders":                     "European leaders",
		"an Iranian statement":                 "Iranian statement", // one word left: kept whole
		"The Tories":                           "The Tories",
		"the Chinese readout":                  "the Chinese readout",
	} {
		if got := tidyActor(in); got != want {
			t.Errorf("tidyActor(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStanceWords: disappointment is critical, thanks are supportive.
func TestStanceWords(t *testing.T) {
	e := engine(t)
	tests := []struct{ body, actor, want string }{
		{"The United States vetoed the resolution on Wednesday. China's envoy Fu Cong called it \"deeply disappointing\".", "Fu Cong", Critical},
		{"The United States vetoed the resolution on Wednesday. Israel's U.N. Ambassador Danny Danon thanked Washington for standing with Israel.", "Danny Danon", Supportive},
		{"The council will vote on Friday. Russian Deputy Foreign Minister Sergei Ryabkov called the draft \"counterproductive\".", "Sergei Ryabkov", Critical},
		{"The talks were postponed. EU foreign policy chief Kaja Kallas said Moscow was \"not serious about peace\".", "Kaja Kallas", Critical},
	}
	for _, tc := range tests {
		t.Run(tc.actor, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body})
			for _, re := range r.Reactions {
				if re.Actor == tc.actor {
					if re.Stance != tc.want {
						t.Errorf("%s: stance %q, want %q", tc.actor, re.Stance, tc.want)
					}
					return
				}
			}
			t.Errorf("reactions %+v: want %s's", r.Reactions, tc.actor)
		})
	}
}

// TestQuoteBeforeModifiedSource: “...,” acting U.S. Ambassador X told the
// council: the quote is X's.
func TestQuoteBeforeModifiedSource(t *testing.T) {
	r := engine(t).Extract(Article{Body: "\"We would not support it,\" acting U.S. Ambassador Dorothy Shea told the council before the vote."})
	for _, re := range r.Reactions {
		if re.Actor == "Dorothy Shea" {
			if re.Quote != "We would not support it" {
				t.Errorf("quote %q, want the quote before the source", re.Quote)
			}
			return
		}
	}
	t.Errorf("reactions %+v: want Dorothy Shea's", r.Reactions)
}

// TestPronounGender: "she" is the woman named before, not the man named
// last; "he" the man.
func TestPronounGender(t *testing.T) {
	e := engine(t)
	tests := []struct{ body, quote, want string }{
		{"Commission President Ursula von der Leyen said the measures would push President Vladimir Putin to accept a ceasefire. \"Strength is the only language that Russia will understand,\" she told a news conference.",
			"Strength is the only language that Russia will understand", "Ursula von der Leyen"},
		{"President Vladimir Putin met Foreign Minister Maria Lopez in Moscow. \"We are open to talks,\" he said.",
			"We are open to talks", "Vladimir Putin"},
		// "He" that opens a sentence is the subject of the one before,
		// not the man named last
		{"German Foreign Minister Johann Wadephul met Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Monday. He told reporters that Berlin would keep up military support \"for as long as it takes\".",
			"for as long as it takes", "Johann Wadephul"},
		// a possessive person is no subject
		{"Putin's spokesman Dmitry Peskov met reporters in Moscow. He said the Kremlin was \"ready to continue\" the talks.",
			"ready to continue", "Dmitry Peskov"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body})
			for _, re := range r.Reactions {
				if re.Quote == tc.quote {
					if re.Actor != tc.want {
						t.Errorf("quote given to %q, want %q", re.Actor, tc.want)
					}
					return
				}
			}
			t.Errorf("reactions %+v: no reaction with the quote", r.Reactions)
		})
	}
}

// TestDatelineIsNoActor: the place of a dateline does not react.
func TestDatelineIsNoActor(t *testing.T) {
	r := engine(t).Extract(Article{Body: "KANANASKIS, Alberta, June 10 (Reuters) - Leaders of the Group of Seven rich democracies will meet in the Canadian Rockies next week, with host Prime Minister Mark Carney hoping to keep the summit focused on Ukraine, energy security and critical minerals despite deep divisions over U.S. tariffs."})
	for _, re := range r.Reactions {
		if strings.EqualFold(re.Actor, "Kananaskis") {
			t.Errorf("the dateline's place reacts: %+v", re)
		}
	}
}

// TestMediaIsNoActor: a news agency that saw a document reports; it does
// not react.
func TestMediaIsNoActor(t *testing.T) {
	r := engine(t).Extract(Article{Body: "ASEAN leaders met in Kuala Lumpur on Sunday. A draft chairman's statement seen by Reuters said the bloc remained \"deeply concerned\" by air strikes in Myanmar. Malaysian Prime Minister Anwar Ibrahim told the BBC the talks were \"frank\"."})
	for _, re := range r.Reactions {
		if re.Actor == "Reuters" || re.Actor == "BBC" {
			t.Errorf("a news organisation reacts: %+v", re)
		}
	}
	found := false
	for _, re := range r.Reactions {
		found = found || re.Actor == "Anwar Ibrahim"
	}
	if !found {
		t.Errorf("reactions %+v: want Anwar Ibrahim's, who spoke to the BBC", r.Reactions)
	}
}

// TestStanceFromLexicon: a reaction package attrib leaves neutral takes
// its stance from the engine's lexicon on the quotation or the cue.
func TestStanceFromLexicon(t *testing.T) {
	tests := []struct{ body, actor, want string }{
		{"NATO Secretary General Mark Rutte called the agreement \"a quantum leap\" for the alliance.", "Mark Rutte", Supportive},
		{"Cuban Foreign Minister Bruno Rodriguez said the embargo was \"an act of economic warfare\".", "Bruno Rodriguez", Critical},
		{"Russia, China and Burkina Faso voted against the resolution.", "China", Critical},
	}
	for _, tc := range tests {
		t.Run(tc.actor, func(t *testing.T) {
			r := engine(t).Extract(Article{Body: tc.body})
			for _, re := range r.Reactions {
				if re.Actor == tc.actor {
					if re.Stance != tc.want {
						t.Errorf("stance %q, want %q", re.Stance, tc.want)
					}
					return
				}
			}
			t.Errorf("no reaction of %q: %+v", tc.actor, r.Reactions)
		})
	}
}
