package digest

import (
	"testing"
	"time"
)

// TestQA14FrontedPlace: a place that opens the sentence as an adjunct ("In
// Moldova, ...", "Back in Podgorica, ...", "On the Dominican side, ...")
// is where the words were said, not the speaker; the speaker is the
// phrase after its comma (attrib: appositive and frontedPlace). Controls:
// a name with a title in apposition ("Kallas, the EU's foreign policy
// chief,") keeps its name, and a sentence without a fronted place keeps
// its speaker.
func TestQA14FrontedPlace(t *testing.T) {
	const lead = "BRUSSELS, June 24 (Reuters) - Montenegro closed two more chapters of its European Union accession talks at an intergovernmental conference in Luxembourg on Tuesday.\n\n"
	pub := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "back in city", pub: pub, label: "Reactions",
			body: lead + "Back in Podgorica, the opposition Democratic Party of Socialists (DPS), which led Montenegro to independence, said it welcomed \"every closed chapter\" but accused the government of \"collecting chapters while the courts remain captured\".",
			want: []string{"Democratic Party of Socialists"}, not: []string{"Back in Podgorica"}},
		{name: "on the side", pub: pub, label: "Reactions",
			body: lead + "On the Serbian side, the nationalist group Zavetnici Srbije, whose members have staged marches in Belgrade, denounced the talks as \"a capitulation\" and called for the border to be closed.",
			want: []string{"Zavetnici Srbije"}, not: []string{"Serbian side"}},
		{name: "in city, name after a title", pub: pub, label: "Reactions",
			body: lead + "In Belgrade, Foreign Ministry spokesperson Milena Jovic, speaking at a regular briefing, said Podgorica had \"betrayed the region\".",
			want: []string{"Milena Jovic"}, not: []string{"Belgrade,"}},
		// controls
		{name: "control: name, title,", pub: pub, label: "Reactions",
			body: lead + "Kaja Kallas, the EU's foreign policy chief, said the conference was \"a strong signal\" for the region.",
			want: []string{"Kaja Kallas"}},
		{name: "control: no fronted place", pub: pub, label: "Reactions",
			body: lead + "The opposition Democratic Party of Socialists (DPS), which led Montenegro to independence, accused the government of \"collecting chapters while the courts remain captured\".",
			want: []string{"Democratic Party of Socialists"}},
	})
}

// TestQA14OppositionCritical: an opposition party or lawmaker whose words
// on the government's diplomacy carry no cue the rules or the stance
// model read ("collecting air miles rather than results", "ideological
// tourism") is critical. Controls: an opposition speaker whose sentence
// holds a supportive cue ("backed ... but urged") is not made critical, a
// deed without words ("did not attend, citing a prior commitment") is no
// attack, and the same words from a speaker not of the opposition stay
// "also commented".
func TestQA14OppositionCritical(t *testing.T) {
	const lead = "NEW DELHI, March 3 (Reuters) - Indian External Affairs Minister S. Jaishankar met Brazilian Foreign Minister Mauro Vieira in Brasilia on Monday to discuss trade and ethanol.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "opposition lawmaker", pub: pub, label: "Reactions",
			body: lead + "Opposition lawmaker Ravi Menon said on social media that the government was \"collecting air miles rather than results\".",
			want: []string{"Critical: Ravi Menon"}},
		{name: "opposition party's chief, appositive", pub: pub, label: "Reactions",
			body: lead + "Jairam Ramesh, the opposition Congress party's communications chief, said the government was \"collecting air miles rather than results\".",
			want: []string{"Critical: Jairam Ramesh"}},
		{name: "opposition senator, called", pub: pub, label: "Reactions",
			body: lead + "Brazilian opposition senator Carla Mendes called the visit \"ideological tourism\".",
			want: []string{"Critical: Carla Mendes"}},
		// controls
		{name: "control: supportive cue", pub: pub, label: "Reactions",
			body: lead + "Opposition lawmaker Ravi Menon said in a statement that his party backed \"any deal on ethanol\" but urged the government to keep parliament informed.",
			not:  []string{"Critical: Ravi Menon"}},
		{name: "control: a deed", pub: pub, label: "Reactions",
			body: lead + "Opposition lawmaker Ravi Menon did not attend the banquet, citing a prior commitment in his constituency.",
			not:  []string{"Critical: Ravi Menon"}},
		{name: "control: not opposition", pub: pub, label: "Reactions",
			body: lead + "Trade analyst Ravi Menon said on social media that the government was \"collecting air miles rather than results\".",
			not:  []string{"Critical: Ravi Menon"}},
	})
}

// TestQA14PartyCritical: a party's speaker (its leader, lawmaker or
// spokesman, or the party itself) whose words carry no read stand is the
// opposition's voice on the government's diplomacy: critical
// (oppositionSource, opposed). Controls: a ruling or governing party, a
// Communist Party official of a one-party state, a party's praise with no
// cue the rules read ("a huge win"), and a party's position told without
// a quotation or a demand are not made critical.
func TestQA14PartyCritical(t *testing.T) {
	const lead = "WELLINGTON, March 3 (Reuters) - New Zealand Foreign Minister Winston Peters met Australian Foreign Minister Penny Wong in Queenstown on Monday and issued a joint statement on defence cooperation.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "party co-leader", pub: pub, label: "Reactions",
			body: lead + "Green Party co-leader Chloe Swarbrick said the statement \"edges New Zealand ever closer to AUKUS without a public debate\".",
			want: []string{"Critical: Chloe Swarbrick"}},
		{name: "leader of the party, appositive", pub: pub, label: "Reactions",
			body: lead + "Tama Potaka, leader of the nationalist Kiwi Sovereignty party, said the government had \"sold out\" the country's independence.",
			want: []string{"Critical: Tama Potaka"}},
		// controls
		{name: "control: ruling party", pub: pub, label: "Reactions",
			body: lead + "Tama Potaka, spokesman of the ruling National Party, said the statement \"sets out the work of the next two years\".",
			not:  []string{"Critical: Tama Potaka"}},
		{name: "control: a win", pub: pub, label: "Reactions",
			body: lead + "Labour Party chairman Tama Potaka called the statement \"a huge win for New Zealand\".",
			not:  []string{"Critical: Tama Potaka"}},
		{name: "control: a position, no quotation", pub: pub, label: "Reactions",
			body: lead + "Tama Potaka, leader of the Kiwi Sovereignty party, told a news conference in Auckland that defence talks could begin at the level of officials.",
			not:  []string{"Critical: Tama Potaka"}},
		{name: "control: communist party", pub: pub, label: "Reactions",
			body: lead + "Communist Party General Secretary To Lam said the two countries would \"hold talks every year\".",
			not:  []string{"Critical: To Lam"}},
	})
}

// TestQA14CoalitionName: a country's opposition coalition or bloc named in
// apposition is the actor ("Nigeria's main opposition coalition, the
// African Democratic Congress (ADC)", "Armenia's main opposition bloc,
// the Armenia Alliance"), not the country (civilActor, apposOrg).
// Control: a country's ministry keeps the country.
func TestQA14CoalitionName(t *testing.T) {
	const lead = "YEREVAN, March 3 (Reuters) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Monday for talks on a peace treaty.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "bloc, the Alliance", pub: pub, label: "Reactions",
			body: lead + "Armenia's main opposition bloc, the Armenia Alliance, said the talks showed that the government had \"given everything and received nothing\".",
			want: []string{"Armenia Alliance"}},
		{name: "coalition, the Congress (ADC)", pub: pub, label: "Reactions",
			body: lead + "Azerbaijan's main opposition coalition, the National Council of Democratic Forces (NCDF), said the talks were \"a show for foreign cameras\".",
			want: []string{"National Council of Democratic Forces"}},
		// control
		{name: "control: ministry", pub: pub, label: "Reactions",
			body: lead + "Armenia's foreign ministry said the talks had been \"useful and constructive\".",
			want: []string{"Armenia"}, not: []string{"Armenia Alliance"}},
	})
}

// TestQA14OrgInPlace: an organisation named with where it sits ("The EAC
// Secretariat in Arusha", "The U.S. Embassy in Pristina") speaks, not the
// city attrib's phrase stops at (placeActor). Controls: a ministry in its
// own capital is the state's voice ("The Foreign Ministry in Tokyo" is
// Japan), and a group before a place keeps its words ("Opposition
// lawmakers in Seoul").
func TestQA14OrgInPlace(t *testing.T) {
	const lead = "KAMPALA, March 3 (Reuters) - Kenya and Uganda agreed on Monday in Munyonyo to end a dispute over milk imports.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "secretariat in city", pub: pub, label: "Reactions",
			body: lead + "The EAC Secretariat in Arusha welcomed the agreement, saying it was \"consistent with the spirit of the Common Market Protocol\".",
			want: []string{"Supportive: EAC Secretariat"}, not: []string{"Arusha"}},
		{name: "embassy in a capital", pub: pub, label: "Reactions",
			body: lead + "The U.S. Embassy in Kampala welcomed the agreement and urged both sides to \"turn words into implementation\".",
			want: []string{"U.S. Embassy"}, not: []string{"Uganda"}},
		// controls
		{name: "control: ministry in its capital", pub: pub, label: "Reactions",
			body: lead + "The Foreign Ministry in Nairobi criticised the agreement as \"a step backwards for the region\".",
			want: []string{"Critical: Kenya"}},
		{name: "control: group in a city", pub: pub, label: "Reactions",
			body: lead + "Dairy farmers in Eldoret criticised the agreement as \"a step backwards for the region\".",
			want: []string{"Dairy farmers in Eldoret"}},
	})
}

// TestQA14ListGroup: a named group introduced with the list of its
// members ("The Troika of the United States, Britain and Norway
// welcomed") is the actor, not the members attrib's phrase ends on
// (listGroup). Controls: a person's title before "of" and an appositive
// name ("The Secretary-General of the Gulf Cooperation Council, Jasem
// Mohamed Albudaiwi,") keeps the person, and a plain list of countries keeps the
// countries.
func TestQA14ListGroup(t *testing.T) {
	const lead = "NAIROBI, March 3 (Reuters) - South Sudan's government and holdout opposition groups resumed peace talks in Nairobi on Monday under Kenyan mediation.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "troika of", pub: pub, label: "Reactions",
			body: lead + "The Troika of the United States, Britain and Norway welcomed the resumption in a joint statement, urging \"all parties to negotiate in good faith\".",
			want: []string{"Supportive: Troika"}, not: []string{"Norway"}},
		{name: "troika of the", pub: pub, label: "Reactions",
			body: lead + "The Troika of the United States, the United Kingdom and Norway said in a joint statement that it welcomed the talks but that the communique \"falls short of what the situation demands\".",
			want: []string{"Troika"}, not: []string{"Norway"}},
		// controls
		{name: "control: title of, name", pub: pub, label: "Reactions",
			body: lead + "The Secretary-General of the Gulf Cooperation Council, Jasem Mohamed Albudaiwi, welcomed the talks as \"a positive step that reflects the spirit of good neighbourliness\".",
			want: []string{"Albudaiwi"}},
		{name: "control: countries", pub: pub, label: "Reactions",
			body: lead + "Britain and Norway welcomed the resumption in a joint statement.",
			want: []string{"Norway"}, not: []string{"Troika"}},
	})
}

// TestQA14RightsGroupCritical: a human-rights group whose quoted words on
// the outcome carry no read stand is critical, like the opposition
// (oppositionSource). Controls: a rights group's welcome keeps its stance,
// and a party or group resolved to its country ("Amnesty International
// Kenya" read as Kenya) does not make the state critical.
func TestQA14RightsGroupCritical(t *testing.T) {
	const lead = "DOHA, March 3 (Reuters) - Congolese and M23 delegates signed a protocol on prisoner exchanges in Doha on Monday under Qatari mediation.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "human rights watch", pub: pub, label: "Reactions",
			body: lead + "Human Rights Watch said the protocol was \"silent on accountability\" for summary executions documented in Goma.",
			want: []string{"Critical: Human Rights Watch"}},
		{name: "rights group member", pub: pub, label: "Reactions",
			body: lead + "\"Envoys come and go, and people in Rutshuru still sleep in the bush,\" said Dorcas Mbuyi of the Kinshasa-based rights group Justicia Plus.",
			want: []string{"Critical: Dorcas Mbuyi"}},
		// controls
		{name: "control: a welcome", pub: pub, label: "Reactions",
			body: lead + "Human Rights Watch welcomed the protocol as \"a first step for the families of the detained\".",
			want: []string{"Supportive: Human Rights Watch"}},
		{name: "state not made critical", pub: pub, label: "Reactions",
			body: lead + "The opposition in Qatar said the protocol \"changes little\" for the region.",
			not:  []string{"Critical: Qatar"}},
	})
}

// TestQA14UntaggedName: an organisation the tagger did not find is kept
// when its source is a proper name and it takes a stand (properSource):
// "Copa-Cogeca warned", "Crude Accountability ... said Brussels was
// 'locking in decades of fossil fuel dependence'", "the Tawassoul party
// accused". Controls: one capitalised word alone ("Traders welcomed"), an
// article's opener ("A Nordic diplomat"), and a name that only reports (a
// newsletter's) name no actor.
func TestQA14UntaggedName(t *testing.T) {
	const lead = "JAKARTA, March 3 (Reuters) - Indonesia and the European Union signed a comprehensive economic partnership agreement in Jakarta on Monday.\n\n"
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "hyphenated name", pub: pub, label: "Reactions",
			body: lead + "Copa-Cogeca warned that European producers would face \"unfair competition\" from palm-based products.",
			want: []string{"Copa-Cogeca"}},
		{name: "two capitalised words", pub: pub, label: "Reactions",
			body: lead + "Crude Accountability, a US-based group, said Brussels was \"locking in decades of fossil fuel dependence\" and condemned the deal.",
			want: []string{"Crude Accountability"}},
		{name: "name party", pub: pub, label: "Reactions",
			body: lead + "In Pekanbaru, a lawmaker from the opposition Tawassoul party accused the government of \"selling the forests for a photo\".",
			want: []string{"Tawassoul party"}},
		// controls
		{name: "control: one word", pub: pub, label: "Reactions",
			// (not a plain group either: "Exporters welcomed the deal"
			// lists the exporters, TestQA14PlainGroups)
			body: lead + "Observers welcomed the deal, which cuts tariffs on palm oil.",
			not:  []string{"Observers"}},
		{name: "control: article opener", pub: pub, label: "Reactions",
			body: lead + "A Nordic diplomat welcomed the deal as a model for the region.",
			not:  []string{"A Nordic diplomat"}},
		{name: "control: reports only", pub: pub, label: "Reactions",
			body: lead + "The Jakarta Trade Brief said the agreement would enter into force next year.",
			not:  []string{"Jakarta Trade Brief"}},
	})
}
