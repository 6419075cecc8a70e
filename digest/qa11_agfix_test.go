package digest

import "testing"

// Review 24's Agenda regressions (the fixer's groups G2, G3, G6, G10 and
// the Agenda half of G11; the review's G2, G3, G5, G11 and G6). Every
// case but the controls fails on the code before the fix.

// TestQA11AgfixLater: a bare "Later," or "Earlier," (or "later in the
// day") goes on with the same meeting, so its "discussed" and "agreed
// to" give topics; "Later in the week," stays another time, a sentence
// that meets elsewhere stays another meeting, and a guard of honour is
// no topic.
func TestQA11AgfixLater(t *testing.T) {
	tokyo := "TOKYO, March 12 (Kyodo) - Japanese Prime Minister Shigeru Ishiba and Indian Prime Minister Narendra Modi held their annual summit in Tokyo on Wednesday and signed a defence agreement.\n\n"
	nairobi := "NAIROBI, March 12 (Reuters) - Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud held talks in Nairobi on Wednesday on security cooperation against al-Shabaab.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "repro: Later, the leaders discussed", pub: "2025-03-12", label: "Agenda",
			body: tokyo + "Later, Ishiba and Modi discussed semiconductor supply chains and critical minerals over lunch.",
			want: []string{"emiconductor supply chains", "ritical minerals"}},
		{name: "Later, the two sides agreed to", pub: "2025-03-12", label: "Agenda",
			body: nairobi + "Later, the two sides agreed to resume direct flights between Nairobi and Mogadishu.",
			want: []string{"ecurity cooperation", "direct flights between Nairobi and Mogadishu"}},
		{name: "Later in the day, discussed", pub: "2025-03-12", label: "Agenda",
			body: tokyo + "Later in the day, Ishiba and Modi discussed rare earth supplies with business leaders.",
			want: []string{"are earth supplies"}},
		{name: "control: Later in the week, another time", pub: "2025-03-12", label: "Agenda",
			body: nairobi + "Later in the week, the two sides agreed to resume direct flights between Nairobi and Mogadishu.",
			want: []string{"ecurity cooperation"}, not: []string{"direct flights"}},
		{name: "control: Earlier, a meeting elsewhere", pub: "2025-03-12", label: "Agenda",
			body: tokyo + "Earlier, Modi met Australian Prime Minister Anthony Albanese in Canberra to discuss uranium exports.",
			not:  []string{"uranium"}},
		{name: "Earlier, an honour guard", pub: "2025-03-12", label: "Agenda",
			body: tokyo + "Later, Ishiba and Modi discussed critical minerals.\n\nEarlier, the two leaders reviewed an honour guard at the Akasaka State Guest House.",
			want: []string{"ritical minerals"}, not: []string{"honour guard"}},
	})
}

// TestQA11AgfixTextVerdicts: a text that "called" something something
// else gives a verdict, and one that "asks" with no addressee asked "to"
// act is figurative: neither is a demand. Controls: "called on X to",
// "asked X to" stay demands.
func TestQA11AgfixTextVerdicts(t *testing.T) {
	harare := "HARARE, March 12 (The Herald) - Southern African leaders held an extraordinary summit in Harare on Wednesday to discuss unrest in Mozambique.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "repro: the communique called the elections free and fair", pub: "2025-03-12", label: "Agenda",
			body: harare + "The final communique called the Malawi elections free and fair.",
			want: []string{"nrest in Mozambique"}, not: []string{"free and fair"}},
		{name: "repro: the document asks more questions", pub: "2025-03-12", label: "Agenda",
			body: "Gaza ceasefire text\n\nDOHA, March 12 (Reuters) - Israeli and Hamas negotiators agreed a ceasefire in Doha on Wednesday after talks on hostages and aid.\n\nThe document asks more questions than it answers, diplomats said.",
			not:  []string{"questions"}},
		{name: "the joint statement called the talks constructive", pub: "2025-03-12", label: "Agenda",
			body: harare + "The joint statement called the talks constructive and frank.",
			not:  []string{"constructive"}},
		{name: "the declaration asked more of donors", pub: "2025-03-12", label: "Agenda",
			body: harare + "The final declaration asked more of donors than of the region's governments.",
			not:  []string{"donors"}},
		{name: "control: the communique called on", pub: "2025-03-12", label: "Agenda",
			body: harare + "The communique called on all parties in Mozambique to refrain from violence and to resolve their disputes through dialogue.",
			want: []string{"disputes through dialogue"}},
		{name: "control: the communique asked member states to", pub: "2025-03-12", label: "Agenda",
			body: harare + "The final communique asked member states to fund a standby force for Mozambique.",
			want: []string{"fund a standby force"}},
	})
}

// TestQA11AgfixOutsiderCalls: a statement issued by the opposition or
// a rights group is no text of the talks, a minute of silence is a rite,
// and a list cut off by a quotation loses its unfinished item.
// Controls: a party's statement and a demand of a negotiator stay.
func TestQA11AgfixOutsiderCalls(t *testing.T) {
	caracas := "CARACAS, March 12 (EFE) - The Colombian government and the ELN resumed peace talks in Caracas on Wednesday to discuss a new ceasefire.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "repro: an opposition statement calling for", pub: "2025-03-12", label: "Agenda",
			body: caracas + "Opposition parties issued a statement calling for early elections.",
			want: []string{"new ceasefire"}, not: []string{"early elections"}},
		{name: "repro: a minute of silence", pub: "2025-03-12", label: "Agenda",
			body: caracas + "Government negotiator Vera Grabe called for a minute of silence for the victims of the conflict.",
			want: []string{"new ceasefire"}, not: []string{"silence"}},
		{name: "a rights group's statement", pub: "2025-03-12", label: "Agenda",
			body: caracas + "Rights groups released a joint statement calling for the release of political prisoners.",
			not:  []string{"political prisoners"}},
		{name: "a moment of silence", pub: "2025-03-12", label: "Agenda",
			body: caracas + "At the opening session, Grabe called for a moment of silence for the victims.",
			not:  []string{"silence"}},
		{name: "a list cut off by a quotation", pub: "2025-03-12", label: "Agenda",
			body: caracas + "The government delegation tabled a draft text calling for a ceasefire in Arauca and an end to \"total war.\"",
			want: []string{"ceasefire in Arauca"}, not: []string{"an end to"}},
		{name: "control: a party's statement calling for", pub: "2025-03-12", label: "Agenda",
			body: caracas + "The government delegation issued a statement calling for a prisoner exchange.",
			want: []string{"prisoner exchange"}},
		{name: "control: a negotiator's demand", pub: "2025-03-12", label: "Agenda",
			body: caracas + "Government negotiator Vera Grabe called for the release of all hostages held by the ELN.",
			want: []string{"release of all hostages"}},
	})
}

// TestQA11AgfixRaisedConcerns: "raised its/his concerns over X" brings
// X to the talks; "raised its contribution" stays an increase.
func TestQA11AgfixRaisedConcerns(t *testing.T) {
	beijing := "BEIJING, March 12 (Kyodo) - Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign Minister Wang Yi held talks in Beijing on Wednesday.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "repro: China raised its concerns over", pub: "2025-03-12", label: "Agenda",
			body: beijing + "China raised its concerns over Japan's export controls on chip equipment, the foreign ministry said.\n\nIwaya said the talks were candid.",
			want: []string{"Japan's export controls on chip equipment"}, not: []string{"ts concerns"}},
		{name: "Wang raised his concerns over", pub: "2025-03-12", label: "Agenda",
			body: beijing + "Wang raised his concerns over Japanese military drills near Taiwan, the ministry said.",
			want: []string{"apanese military drills near Taiwan"}, not: []string{"is concerns"}},
		{name: "the two sides raised their concerns about", pub: "2025-03-12", label: "Agenda",
			body: beijing + "The two sides also raised their concerns about attacks on shipping in the Red Sea.",
			want: []string{"ttacks on shipping in the Red Sea"}, not: []string{"heir concerns"}},
		{name: "control: raised its contribution", pub: "2025-03-12", label: "Agenda",
			body: beijing + "China also raised its contribution to the regional development fund by 20 percent.",
			not:  []string{"contribution"}},
	})
}

// TestQA11AgfixProtestOrganisers: the officials of the bodies that
// organised a protest outside the talks speak outside them: their calls
// are no Agenda items. Control: the chair's own call stays.
func TestQA11AgfixProtestOrganisers(t *testing.T) {
	bonn := "BONN, March 12 (dpa) - Negotiators failed on Wednesday to agree on climate finance at U.N. talks in Bonn, chaired by U.N. climate chief Simon Stiell.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "repro: a march organised by Greenpeace and Oxfam", pub: "2025-03-12", label: "Agenda",
			body: bonn + "Outside, thousands joined a march organised by Greenpeace and Oxfam.\n\nGreenpeace director Mads Christensen called for a tax on fossil fuel profits.",
			want: []string{"limate finance"}, not: []string{"fossil fuel"}},
		{name: "a rally organised by Amnesty and Human Rights Watch", pub: "2025-03-12", label: "Agenda",
			body: "GENEVA, March 12 (Reuters) - Foreign ministers of Armenia and Azerbaijan held talks in Geneva on Wednesday on a peace treaty.\n\nA rally organised by Amnesty International and Human Rights Watch gathered outside the venue.\n\nAmnesty International secretary general Agnes Callamard called for the release of detained journalists.",
			want: []string{"eace treaty"}, not: []string{"detained journalists"}},
		{name: "a protest organised by Oxfam", pub: "2025-03-12", label: "Agenda",
			body: bonn + "A protest organised by Oxfam and Greenpeace blocked the main road.\n\nOxfam executive director Amitabh Behar called for debt relief for poor nations.",
			not:  []string{"debt relief"}},
		{name: "control: the chair's call", pub: "2025-03-12", label: "Agenda",
			body: bonn + "Outside, thousands joined a march organised by Greenpeace and Oxfam.\n\nU.N. climate chief Simon Stiell called for a new finance goal for developing nations.",
			want: []string{"new finance goal"}},
	})
}
