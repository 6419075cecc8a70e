package digest

import (
	"strings"
	"testing"
	"time"
)

// quoteCase checks the quote recorded for an actor: want "" means the
// actor may react but must carry no quote; absent means the actor must not
// react at all.
type quoteCase struct {
	name, body, actor, want string
	absent                  bool
}

func runQuoteCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	e := engine(t)
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.body, Published: pub})
			found, quotes := false, []string{}
			for _, x := range r.Reactions {
				if x.Actor == c.actor {
					found = true
					quotes = append(quotes, x.Quote)
				}
			}
			switch {
			case c.absent && found:
				t.Errorf("%s reacts (quotes %q), want no reaction; all: %+v", c.actor, quotes, r.Reactions)
			case c.absent:
			case !found:
				t.Errorf("%s does not react, want quote %q; all: %+v", c.actor, c.want, r.Reactions)
			case quotes[0] != c.want:
				t.Errorf("%s: quote %q, want %q; all: %+v", c.actor, quotes[0], c.want, r.Reactions)
			}
		})
	}
}

// TestQA10ClauseSpeakers: a second speaker in a "while"/"whereas" clause
// after a comma, with a participial phrase before the verb ("..., while
// Brandt, speaking to reporters, said ..."), speaks; a participial phrase
// after a name makes "said the plan ..." a reported clause, not an
// inverted source; the first speaker's reported clause ends where the
// second clause with its own speaker begins, so the quote there is not the
// first speaker's. Controls: an inverted source after a quotation, a
// "while" clause with no speaker of its own.
func TestQA10ClauseSpeakers(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday. "
	runQuoteCases(t, []quoteCase{
		{"while, participle", lead + "Sousa said Portugal had lost \"a brother in arms\", while Brandt, speaking to reporters after the ceremony, said the legacy was a reminder that \"leaders must serve\".", "Karl Brandt", "leaders must serve", false},
		{"whereas, participle", lead + "Sousa said the plan was fair, whereas Brandt, asked about the border, said it was \"a first step\".", "Karl Brandt", "a first step", false},
		{"participle, said the", lead + "Brandt, speaking to reporters, said the plan \"was dead\".", "Karl Brandt", "was dead", false},
		{"not the plan", lead + "Brandt, speaking to reporters, said the plan \"was dead\".", "the plan", "", true},
		{"first speaker no later quote", lead + "Sousa said Portugal had lost a friend, while Brandt said \"it is over\".", "Rui Sousa", "", false},
		{"second speaker quote", lead + "Sousa said Portugal had lost a friend, while Brandt said \"it is over\".", "Karl Brandt", "it is over", false},
		// controls
		{"inverted after quote", lead + "\"We are ready,\" said Brandt.", "Karl Brandt", "We are ready", false},
		{"while without speaker", lead + "Sousa said Portugal would sign \"the charter\", while the plan waits in Brussels.", "Rui Sousa", "the charter", false},
	})
}

// reactionsBullet returns the quick look's Reactions bullet of body.
func reactionsBullet(t *testing.T, body string) string {
	t.Helper()
	r := engine(t).Extract(Article{Body: body, Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)})
	for _, b := range r.QuickLook.Bullets {
		if b.Label == "Reactions" {
			return b.Text
		}
	}
	return ""
}

// TestQA10TieIsMixed: an actor with as many critical as supportive
// statements is listed as mixed, not under the first group. Controls: two
// supportive statements and one critical stay supportive; one critical
// statement and a neutral one stay critical.
func TestQA10TieIsMixed(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	cases := []struct{ name, body, want string }{
		{"one each", lead + "Sousa welcomed the accord as a milestone. Sousa also criticised the delays in Brussels as a disgrace.", "Mixed: Rui Sousa"},
		{"two to one", lead + "Sousa welcomed the accord as a milestone. Sousa also criticised the delays in Brussels as a disgrace. Sousa later praised the Austrian engineers.", "Supportive: Rui Sousa"},
		{"critical and neutral", lead + "Sousa criticised the delays in Brussels as a disgrace. Sousa said the line would open in 2030.", "Critical: Rui Sousa"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := reactionsBullet(t, c.body); !strings.HasPrefix(got, c.want) {
				t.Errorf("Reactions %q, want prefix %q", got, c.want)
			}
		})
	}
}

// TestQA10LaterQuoteAndTail: a reported clause whose first quotation is a
// fact takes its stance from a later quotation in it; a participle clause
// after a place, time or medium phrase ("wrote on social media on
// Thursday, thanking ...") is read like one right after the verb.
// Controls: a later quotation without a stance, a closing quotation mark
// before "he said" (no later quotation), and "adding" (a statement of its
// own).
func TestQA10LaterQuoteAndTail(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"later quote supports", lead + "Spokeswoman Ana Reis said in Lisbon that the minister had \"prior engagements\" and that Portugal \"fully supports the accord.\"", "Ana Reis", Supportive},
		{"later quote criticises", lead + "Spokeswoman Ana Reis said in Lisbon that the minister had \"prior engagements\" and that the accord was \"a disgrace.\"", "Ana Reis", Critical},
		{"thanking after medium", lead + "\"Our trains will run,\" Brandt wrote on social media on Thursday evening, thanking Lisbon \"for its patience and support.\"", "Karl Brandt", Supportive},
		{"accusing after place", lead + "\"The line is late,\" Sousa told reporters in Lisbon, accusing Vienna of bad faith.", "Rui Sousa", Critical},
		// controls
		{"later quote plain", lead + "Spokeswoman Ana Reis said in Lisbon that the minister had \"prior engagements\" and that Portugal would \"study the text.\"", "Ana Reis", Neutral},
		{"closing mark", lead + "\"We are not against any country. We are for a fair system,\" Sousa said, adding that Portugal still hoped to negotiate with Madrid.", "Rui Sousa", Neutral},
		{"adding after place", lead + "\"The line is late,\" Sousa told reporters in Lisbon, adding that the talks would resume in May.", "Rui Sousa", Neutral},
	})
}

// TestQA10FrameSpeakers (review 21, group 1): a reception frame colours
// only a speaker who may belong to the group it is about (quoted, or named
// with the frame's group noun, or speaking for an organisation when the
// frame names no group), never a party of the event; its reception word is
// a whole verb of reception or a reception noun after "drew", "faces",
// "met with" ...; a frame with a past date frames no one; a sentence the
// rule coloured is no critic the frame may reach past. "went further"
// takes the previous speaker's stance.
func TestQA10FrameSpeakers(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		// narrative sentences, not a reception
		{"opposition boycotted", lead + "The opposition boycotted the session. Senator Pablo Ruiz said the chamber would vote in June.", "Pablo Ruiz", Neutral},
		{"protesters gathered", lead + "Several hundred protesters gathered near the harbour. Police spokesman Lars Vik said the crowd had left by evening.", "Lars Vik", Neutral},
		{"supporters rallied", lead + "Thousands of supporters rallied in the capital. Election chief Marta Soto said 4,000 observers were deployed.", "Marta Soto", Neutral},
		{"budget support", lead + "The package includes budget support and loans for ports. Finance Minister Ole Krag said the first tranche would come in May.", "Ole Krag", Neutral},
		{"welcome ceremony", lead + "The delegation was greeted with a welcome ceremony at the airport. Senator Pablo Ruiz said the talks would start on Thursday.", "Pablo Ruiz", Neutral},
		// the past
		{"rejected in a year", lead + "Lawmakers rejected a similar plan in 2022. Senator Pablo Ruiz said the quotas would be \"studied\" in June.", "Pablo Ruiz", Neutral},
		{"hailed when signed", lead + "The old treaty was hailed as a breakthrough when it was signed. Senator Pablo Ruiz said \"trade has tripled\" since then.", "Pablo Ruiz", Neutral},
		{"had rejected last month", lead + "Both sides had rejected a quota cut last month. Senator Pablo Ruiz said the talks \"lasted four hours\".", "Pablo Ruiz", Neutral},
		// a plain speaker of another camp, no cascade
		{"plain speaker", lead + "The accord drew condemnation from fishermen's unions. Senator Pablo Ruiz said the chamber would vote in June.", "Pablo Ruiz", Neutral},
		{"no cascade", lead + "The accord drew criticism from fishermen's unions. Union leader Marta Soto said the quotas would apply from May. Senator Pablo Ruiz said \"the chamber will vote in June\".", "Pablo Ruiz", Neutral},
		// the frame's group, quoted or named
		{"group noun speaker", lead + "The accord drew criticism from fishermen's unions. Marta Soto, a union leader, said the quotas would apply from May.", "Marta Soto", Critical},
		{"quoted outsider", lead + "Coastal towns praised the deal. \"Our harbours will be busy again,\" said Lars Vik, the mayor of Tromso.", "Lars Vik", Supportive},
		{"went further", lead + "Senator Pablo Ruiz called the accord a disgrace. Senator Ana Mena went further, saying the text was \"a surrender of our waters\".", "Ana Mena", Critical},
		// (the control's words carry no stance: the stance model reads
		// "a surrender of our waters" as critical, rightly)
		{"went further control", lead + "Senator Pablo Ruiz said the chamber would vote in June. Senator Ana Mena went further, saying the text would be \"published in full on Friday\".", "Ana Mena", Neutral},
	})
}

// TestQA10StanceVerbThenBut: a stance verb whose object is followed by
// "but" and a second verb with the quotation ("backed the move but warned
// that the bloc should '...'") keeps its own stance; with the second
// verb's critical one the speaker is mixed, and so with a welcome the
// speaker qualifies in the same breath ("welcomed the accord but cautioned
// that ...": butStance; the quick-look keys call such speakers mixed).
// Controls: the stance verb with its quotation right after it, and "and"
// instead of "but".
func TestQA10StanceVerbThenBut(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"backed but warned", lead + "Sousa backed the accord but warned that the line should \"not become a burden\" for Lisbon.", "Rui Sousa", Mixed},
		{"welcomed but cautioned", lead + "Sousa welcomed the accord but cautioned that Lisbon would \"watch the costs\".", "Rui Sousa", Mixed},
		// controls
		{"backed, quote", lead + "Sousa backed the accord, calling it \"a fair deal\".", "Rui Sousa", Supportive},
		{"backed and said", lead + "Sousa backed the accord and said the line would \"open in 2030\".", "Rui Sousa", Supportive},
	})
}

// TestQA10RelativeStanceVerb: a stance verb in a relative clause after the
// speaker's organisation describes the organisation; it does not give the
// speaker's quotation a stance.
func TestQA10RelativeStanceVerb(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austrian Chancellor Karl Brandt met Portuguese Prime Minister Rui Sousa in Vienna on Tuesday to sign a rail accord. "
	runReactCases(t, []reactCase{
		{"which supports", lead + "Ana Reis, director of Amnesty International, which supports rail workers, said the accord was \"a strange choice\".", "Amnesty International", Neutral},
	})
}

// TestQA10StandingPosition: a present-tense stance verb in a relative
// clause after the actor ("India, which opposes the corridor, has been
// deepening ties") describes a standing position, no reaction. Controls: a
// past verb there ("Spain, which criticised the plan on Monday, ..."
// reacts), and "who says" with a quotation.
func TestQA10StandingPosition(t *testing.T) {
	const lead = "VIENNA, March 3 (Reuters) - Austria and Portugal signed a rail accord in Vienna on Tuesday. "
	runReactCases(t, []reactCase{
		{"which opposes", lead + "Hungary, which opposes the corridor because it bypasses Budapest, has been deepening ties with Serbia.", "Hungary", ""},
		{"who backs", lead + "Chancellor Karl Brandt, who backs rail links across the region, will travel to Lisbon in May.", "Karl Brandt", ""},
		// controls
		{"which criticised", lead + "Hungary, which criticised the accord on Monday, has asked for talks.", "Hungary", Critical},
	})
}

// TestQA10AcronymLabel: an organisation the text also names by its
// initials is listed with them, "Rapid Support Forces (RSF)"; a news
// agency's initials label no one.
func TestQA10AcronymLabel(t *testing.T) {
	const lead = "BERLIN, April 15 (AP) - Donors pledged aid for Sudan at a conference in Berlin on Wednesday. "
	cases := []struct{ name, body, want, not string }{
		{"initials kept", lead + "The Rapid Support Forces did not attend. An RSF spokesman said the group welcomed all aid to \"areas under our control\".", "Rapid Support Forces (RSF)", ""},
		{"no agency initials", lead + "Ana Piquer, a regional director, criticised the conference as \"a missed chance\", she told AP.", "Ana Piquer", "(AP)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := reactionsBullet(t, c.body)
			if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
				t.Errorf("Reactions %q, want %q and not %q", got, c.want, c.not)
			}
		})
	}
}
