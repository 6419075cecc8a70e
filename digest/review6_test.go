package digest

import (
	"strings"
	"testing"
	"time"
)

// TestReviewRound6 holds the inputs a reviewer built to break the third
// round's quick-look rules (each failed once) and what a reader expects.
func TestReviewRound6(t *testing.T) {
	e := engine(t)
	for _, tc := range []struct {
		name, body, pub, label string
		want, not              []string
	}{
		{"a summit that could happen", "WASHINGTON, Nov. 26 (Reuters) - Trump said on Wednesday a summit between Putin, Zelenskiy and himself could happen soon, but no date has been set. Trump met Hungarian Prime Minister Viktor Orban at the White House.", "2026-11-26", "Key Participants",
			[]string{}, []string{"Putin", "Zelenskiy"}},
		{"a summit of a past year", "SEOUL, Nov. 27 (Reuters) - South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi in Seoul on Thursday. The 2018 summit between Trump and Kim Jong Un in Singapore was discussed.", "2026-11-27", "Key Participants",
			[]string{"Lee Jae-myung"}, []string{"Kim Jong Un", "Trump"}},
		{"a summit hoped for", "SEOUL, Nov. 27 (Reuters) - South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi in Seoul on Thursday. Lee said he hoped for a summit between Trump and Kim Jong Un next year.", "2026-11-27", "Key Participants",
			[]string{"Lee Jae-myung"}, []string{"Kim Jong Un", "Trump"}},
		{"a joint news conference at another place", "GENEVA, Nov. 24 (Reuters) - U.S. and Ukrainian officials met in Geneva on Sunday to discuss a peace plan. In Moscow, Russian President Vladimir Putin, speaking at a joint news conference with Belarusian President Alexander Lukashenko, said the plan could be a basis for a settlement.", "2026-11-24", "Key Participants",
			[]string{}, []string{"Putin"}},
		{"attended, along with X, another event", "ROME, Nov. 27 (Reuters) - Italian Prime Minister Giorgia Meloni met Ukrainian President Volodymyr Zelenskiy in Rome on Thursday. Zelenskiy attended, along with Trump, the funeral of Pope Francis in April.", "2026-11-27", "Key Participants",
			[]string{"Meloni"}, []string{"Trump"}},
		{"a call when no talks have a venue", "WASHINGTON, Nov. 27 (Reuters) - The United States and Russia agreed on Thursday to resume talks on restoring embassy staffing. Secretary of State Marco Rubio spoke by telephone with his Russian counterpart Sergei Lavrov, the State Department said.", "2026-11-27", "Key Participants",
			[]string{"Lavrov"}, []string{}},
		{"two presidents share no country", "NAIROBI, Nov. 26 (Reuters) - Kenyan President William Ruto and President Evariste Ndayishimiye met in Nairobi on Wednesday to discuss the crisis in eastern Congo.", "2026-11-26", "Key Participants",
			[]string{"Evariste Ndayishimiye (President)"}, []string{"Ndayishimiye (President, Kenya)"}},
		{"told delegates from outside", "BELEM, Brazil, Nov. 20 (Reuters) - Negotiators at the COP30 climate summit in Belem worked through the night on Thursday. Outside the venue, activist Greta Thunberg told delegates leaving the hall that they had failed a generation.", "2026-11-20", "Key Participants",
			[]string{}, []string{"Thunberg"}},
		{"who leads a party is no chair", "GENEVA, Nov. 27 (Reuters) - U.S. and Ukrainian officials met in Geneva on Thursday. Yulia Tymoshenko, who leads the opposition Batkivshchyna party, said the plan amounted to capitulation.", "2026-11-27", "Key Participants",
			[]string{}, []string{"Tymoshenko"}},
		{"the lead's day is no past signing's", "GAZA, Nov. 27 (Reuters) - Hamas handed over the remains of another hostage on Thursday. The ceasefire deal was signed in Sharm el-Sheikh by mediators from Egypt, Qatar and Turkey.", "2026-11-27", "Meeting Location & Date",
			[]string{"Sharm el-Sheikh"}, []string{"Thursday"}},
		{"the lead's strikes date no summit", "GAZA, Nov. 27 (Reuters) - Israeli strikes killed 12 people in Gaza on Thursday, health officials said. The ceasefire was agreed at a summit in Sharm el-Sheikh attended by dozens of world leaders.", "2026-11-27", "Meeting Location & Date",
			[]string{"Sharm el-Sheikh"}, []string{"Thursday"}},
		{"a conference room is no conference", "DOHA, Nov. 27 (Reuters) - Israeli and Hamas negotiators met in a conference room of a hotel in Doha on Thursday for indirect talks on the ceasefire.", "2026-11-27", "Meeting Location & Date",
			[]string{"Talks in Doha"}, []string{"Conference"}},
		{"a conference venue is no conference", "BERLIN, Nov. 27 (Reuters) - Protesters marched to the conference venue in Berlin on Thursday as Western and Ukrainian officials held talks on a peace plan.", "2026-11-27", "Meeting Location & Date",
			[]string{"Talks in Berlin"}, []string{"Conference"}},
		{"covered a span of time", "ISTANBUL, Nov. 27 (Reuters) - Russian and Ukrainian delegations met in Istanbul on Thursday. The talks covered nearly three hours, and ended with an agreement on a prisoner exchange.", "2026-11-27", "Agenda",
			[]string{}, []string{"hours"}},
		{"a victory for the other side", "ANCHORAGE, Alaska, Nov. 27 (Reuters) - Putin and Trump met in Anchorage on Thursday. Senate Democratic leader Chuck Schumer called the summit a victory for Putin and a humiliation for America.", "2026-11-27", "Reactions",
			[]string{}, []string{"upportive"}},
		{"a propaganda victory", "ANCHORAGE, Alaska, Nov. 27 (Reuters) - Putin and Trump met in Anchorage on Thursday. Ukrainian President Volodymyr Zelenskiy called the meeting a propaganda victory for Moscow.", "2026-11-27", "Reactions",
			[]string{}, []string{"upportive"}},
		{"refused to back down, calling", "BRUSSELS, Nov. 27 (Reuters) - EU leaders met Chinese Premier Li Qiang in Brussels on Thursday. Hungarian Prime Minister Viktor Orban refused to back down, calling the sanctions on China \"a suicidal mistake.\"", "2026-11-27", "Positions",
			[]string{"a suicidal mistake"}, []string{}},
		{"according to a named person", "MOSCOW, Nov. 27 (Reuters) - Putin met Witkoff in Moscow on Thursday. The meeting was \"useful but difficult\", according to Kremlin aide Yuri Ushakov.", "2026-11-27", "Reactions",
			[]string{"Yuri Ushakov"}, []string{}},
		{"not just a bad deal", "GENEVA, Nov. 27 (Reuters) - U.S. and Iranian negotiators met in Geneva on Thursday. \"This is not just a bad deal, it is a dangerous one,\" Israeli Prime Minister Benjamin Netanyahu said.", "2026-11-27", "Reactions",
			[]string{"Critical: Benjamin Netanyahu"}, []string{"mixed"}},
		{"not invited before did not send", "ANCHORAGE, Alaska, Nov. 27 (Reuters) - Putin and Trump met in Anchorage on Thursday. Ukraine, which was not invited, did not send a delegation.", "2026-11-27", "Absent/Excluded",
			[]string{"Ukraine left out"}, []string{"absent"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tc.pub)
			if err != nil {
				t.Fatal(err)
			}
			b := bulletText(e.Extract(Article{Body: tc.body, Published: pub}), tc.label)
			for _, w := range tc.want {
				if !strings.Contains(b, w) {
					t.Errorf("%s = %q, want %q in it", tc.label, b, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(b, n) {
					t.Errorf("%s = %q, want no %q", tc.label, b, n)
				}
			}
		})
	}
}
