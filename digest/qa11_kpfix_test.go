package digest

import (
	"strings"
	"testing"
	"time"
)

// kpfixCase is one article of the review 24 fixes: the bullet labelled
// label must equal want (when exact), or hold every string of has and none
// of hasNot.
type kpfixCase struct {
	name    string
	pub     string // publication date, YYYY-MM-DD
	body    string
	label   string
	exact   bool
	want    string
	has     []string
	hasNot  []string
	control bool // passes without the fix too
}

func runKPFix(t *testing.T, tests []kpfixCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tc.pub)
			if err != nil {
				t.Fatal(err)
			}
			r := engine(t).Extract(Article{Body: tc.body, Published: pub})
			got := bulletText(r, tc.label)
			if tc.exact && got != tc.want {
				t.Errorf("%s %q, want %q", tc.label, got, tc.want)
			}
			for _, h := range tc.has {
				if !strings.Contains(got, h) {
					t.Errorf("%s %q lacks %q", tc.label, got, h)
				}
			}
			for _, h := range tc.hasNot {
				if strings.Contains(got, h) {
					t.Errorf("%s %q holds %q", tc.label, got, h)
				}
			}
		})
	}
}

// TestQA11PastTalksExclusion (review 24, G8 of the report): a follow-up
// story's "was not invited to the talks in Riyadh last week" is an
// exclusion from the lead's own talks when the lead dates them "last
// week"; an earlier occasion ("a dinner ... last year", "the talks in
// 2023") still is none.
func TestQA11PastTalksExclusion(t *testing.T) {
	lead := "Zelensky says no deal without Kyiv\n\nKYIV, March 12 (Reuters) - U.S. and Russian officials met in Riyadh last week to discuss ending the war, and Ukrainian President Volodymyr Zelensky said on Wednesday that Kyiv would reject any deal reached without it.\n\n"
	runKPFix(t, []kpfixCase{
		{name: "repro lastweek", pub: "2025-03-12", label: "Absent/Excluded",
			body: lead + "Ukraine was not invited to the talks in Riyadh last week.",
			has:  []string{"Ukraine left out"}},
		{name: "possessive lead", pub: "2025-03-12", label: "Absent/Excluded",
			body: "Zelensky rejects Riyadh deal\n\nKYIV, March 12 (Reuters) - Ukrainian President Volodymyr Zelensky said on Wednesday that Kyiv would reject any agreement reached at last week's talks between U.S. and Russian officials in Riyadh.\n\nUkraine was not invited to the talks in Riyadh last week, nor were European governments.",
			has:  []string{"Ukraine left out"}},
		{name: "boycotted last week", pub: "2025-03-12", label: "Absent/Excluded",
			body: "Bloc divided after summit\n\nHARARE, March 12 (AFP) - Leaders of the southern African bloc met in Lusaka last week to discuss the crisis in Mozambique, and Zimbabwe's president said on Wednesday the talks had failed.\n\nMalawi boycotted the summit in Lusaka last week.",
			has:  []string{"Malawi"}},
		{name: "control: a dinner last year", pub: "2025-03-12", label: "Absent/Excluded", control: true,
			body:   lead + "Ukraine was not invited to a dinner hosted by the Saudi crown prince last year.",
			hasNot: []string{"Ukraine"}},
		{name: "control: the talks in 2023", pub: "2025-03-12", label: "Absent/Excluded", control: true,
			body:   lead + "Ukraine was not invited to the talks in Jeddah in 2023.",
			hasNot: []string{"Ukraine"}},
	})
}

// TestQA11StanceLeadNoParties (review 24, G9 of the report): countries
// that react in the lead ("France and Germany criticised ...") are no
// parties; the sides of "a prisoner swap between Belgium and Iran" are.
func TestQA11StanceLeadNoParties(t *testing.T) {
	runKPFix(t, []kpfixCase{
		{name: "repro crit2", pub: "2025-03-12", label: "Key Participants", exact: true,
			body: "Europeans criticise swap\n\nBRUSSELS, March 12 (Reuters) - France and Germany criticised on Wednesday a prisoner swap between Belgium and Iran that was mediated by Oman.",
			want: "Belgium; Iran; Oman (mediator)"},
		{name: "welcomed a ceasefire", pub: "2025-03-12", label: "Key Participants",
			body:   "West hails truce\n\nLONDON, March 12 (Reuters) - Britain and Canada welcomed on Wednesday a ceasefire in the border war that was brokered by Kenya.",
			hasNot: []string{"United Kingdom", "Canada"}},
		{name: "condemned a prisoner exchange", pub: "2025-03-12", label: "Key Participants",
			body:   "Rights groups alarmed\n\nBERLIN, March 12 (dpa) - Sweden and Denmark condemned on Wednesday a prisoner exchange between Belarus and Lithuania that was mediated by the Vatican.",
			hasNot: []string{"Sweden", "Denmark"}},
		{name: "control: the parties exchanged", pub: "2025-03-12", label: "Key Participants", exact: true, control: true,
			body: "Prisoners swapped\n\nKYIV, March 12 (Reuters) - Ukraine and Russia exchanged 205 prisoners each on Wednesday in a swap mediated by the United Arab Emirates.",
			want: "Ukraine; Russia; United Arab Emirates (mediator)"},
	})
}

// TestQA11DeputyLevelMeeting (review 24, G7 of the report): a deputy
// minister sent to a meeting held at vice-ministerial level, or to senior
// officials who meet, sits at its level; an envoy sent on an errand to
// another place is no delegate at all. A deputy sent to a summit of
// leaders is still represented at a lower level.
func TestQA11DeputyLevelMeeting(t *testing.T) {
	runKPFix(t, []kpfixCase{
		{name: "repro vicelevel", pub: "2025-03-12", label: "Absent/Excluded", exact: true, want: "",
			body: "Mekong officials meet\n\nVIENTIANE, March 12 (Xinhua) - Senior officials of the six Mekong-Lancang countries met in Vientiane on Wednesday at vice-ministerial level to review water data sharing.\n\nChina sent Vice Foreign Minister Sun Weidong."},
		{name: "held at vice-ministerial level, another sentence", pub: "2025-03-12", label: "Absent/Excluded", exact: true, want: "",
			body: "Mekong officials meet\n\nVIENTIANE, March 12 (Xinhua) - Officials of the six Mekong-Lancang countries met in Vientiane on Wednesday to review water data sharing.\n\nThe meeting, held at vice-ministerial level, was chaired by Lao Deputy Foreign Minister Phoxay Khaykhamphithoune.\n\nChina sent Vice Foreign Minister Sun Weidong."},
		{name: "senior officials met", pub: "2025-03-12", label: "Absent/Excluded", exact: true, want: "",
			body: "Mekong officials meet\n\nVIENTIANE, March 12 (Xinhua) - Senior officials of the six Mekong-Lancang countries met in Vientiane on Wednesday to review water data sharing.\n\nChina sent Vice Foreign Minister Sun Weidong."},
		{name: "repro egyptsent: an errand elsewhere", pub: "2025-03-12", label: "Absent/Excluded",
			body:   "Gaza conference in Cairo\n\nCAIRO, March 12 (Reuters) - An international conference on Gaza's reconstruction opened in Cairo on Wednesday, with Egyptian President Abdel Fattah al-Sisi presenting a 3 billion plan.\n\nEgypt sent its assistant foreign minister to Ramallah on Tuesday to brief the Palestinian Authority on the plan.",
			hasNot: []string{"Egypt"}},
		{name: "control: deputy at a leaders' summit", pub: "2025-03-12", label: "Absent/Excluded", control: true,
			body: "ASEAN leaders meet\n\nKUALA LUMPUR, March 12 (Reuters) - Southeast Asian leaders met in Kuala Lumpur on Wednesday for a summit on the crisis in Myanmar.\n\nIndonesia sent its deputy foreign minister.",
			has:  []string{"Indonesia represented at a lower level"}},
	})
}

// TestQA11OrganisedProtestNoChairs (review 24, G6 of the report, the
// participants half): "a march organised by Greenpeace and Oxfam" names
// no co-chairs of the talks, so a Greenpeace director's call makes him no
// participant; a meeting "co-chaired by" two bodies still gives them.
func TestQA11OrganisedProtestNoChairs(t *testing.T) {
	lead := "Climate talks in Bonn stall\n\nBONN, March 12 (dpa) - Negotiators failed on Wednesday to agree on climate finance at U.N. talks in Bonn, chaired by U.N. climate chief Simon Stiell.\n\n"
	oslo := "Donors pledge for Yemen\n\nOSLO, March 12 (Reuters) - Donors pledged $900 million for Yemen at a conference in Oslo on Wednesday. "
	runKPFix(t, []kpfixCase{
		{name: "repro ngo", pub: "2025-03-12", label: "Key Participants", exact: true, want: "Simon Stiell",
			body: lead + "Outside, thousands joined a march organised by Greenpeace and Oxfam.\n\nGreenpeace director Mads Christensen called for a tax on fossil fuel profits."},
		{name: "a protest organised by two NGOs", pub: "2025-03-12", label: "Key Participants",
			body:   lead + "Hundreds attended a rally organised by Amnesty International and Human Rights Watch.\n\nAmnesty International chief Agnes Callamard called for the release of jailed activists.",
			hasNot: []string{"Callamard"}},
		{name: "control: the meeting was co-chaired", pub: "2025-03-12", label: "Key Participants", control: true,
			body: oslo + "The meeting was co-chaired by Norway, the European Union and the African Union. African Union Commission chairperson Mahmoud Ali Youssouf called for a ceasefire.",
			has:  []string{"Youssouf"}},
		{name: "control: the conference, co-hosted by", pub: "2025-03-12", label: "Key Participants", control: true,
			body: oslo + "The conference, co-hosted by Norway and the African Union, ran for a day. African Union Commission chairperson Mahmoud Ali Youssouf called for a ceasefire.",
			has:  []string{"Youssouf"}},
	})
}

// TestQA11HostFallback (review 24, G13): when no one named takes part and
// no go-between is named, Key Participants names the two parties and the
// venue's country as host (not the dateline's country alone).
func TestQA11HostFallback(t *testing.T) {
	runKPFix(t, []kpfixCase{
		{name: "repro nextthu", pub: "2025-03-11", label: "Key Participants", exact: true,
			body: "Thai, Cambodian ministers to meet\n\nBANGKOK (Bangkok Post) - The defence ministers of Thailand and Cambodia will meet on March 20 in Kuala Lumpur to discuss a ceasefire along their disputed border, Thailand's defence ministry said.\n\nMalaysia will host the meeting.",
			want: "Thailand; Cambodia; Malaysia (host)"},
		{name: "hosted by the dateline's country", pub: "2025-03-12", label: "Key Participants", exact: true,
			body: "Russia, Ukraine agree on new exchange\n\nISTANBUL, March 12 (AP) - Russian and Ukrainian delegations held a second round of direct talks on Wednesday at the Ciragan Palace, in a meeting hosted by Turkey, and agreed to exchange another 1,000 prisoners of war.",
			want: "Russia; Ukraine; Turkey (host)"},
		{name: "the dateline's country is no host", pub: "2025-03-11", label: "Key Participants", exact: true,
			body: "Armenian, Azerbaijani ministers meet\n\nLONDON, March 11 (Reuters) - The foreign ministers of Armenia and Azerbaijan held two days of talks on Tuesday aimed at finalising a peace treaty, both governments said.",
			want: "Armenia; Azerbaijan"},
		{name: "control: a go-between named", pub: "2025-03-12", label: "Key Participants", exact: true, control: true,
			body: "Truce agreed\n\nNAIROBI, March 12 (Reuters) - Chad and Niger agreed on Wednesday to a ceasefire brokered by Algeria, Nigerian officials said.",
			want: "Chad; Niger; Algeria (mediator)"},
		{name: "control: one party and a host", pub: "2025-03-12", label: "Key Participants", exact: true, control: true, want: "",
			body: "Summit opens\n\nLeaders met in Lusaka on Wednesday for a summit hosted by Zambia."},
	})
}
