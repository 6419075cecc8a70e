package digest

import "testing"

// TestQA17OrgInPlace: a body named with the place it sits in ("The Uganda
// Truckers Federation in Kampala welcomed", "The Swedish Embassy in
// Nairobi said") speaks as itself, not as the place after "in", where
// attrib's noun phrase began (orgInPlace). A mission keeps the place,
// which is part of its name; an embassy speaks for its state; a body's
// "office" in a town speaks for the body. Controls: a state's possessed embassy and plain
// officials in a town stay as they were.
func TestQA17OrgInPlace(t *testing.T) {
	runReactCases(t, []reactCase{
		{"federation in a town", qa16Lead + `The Uganda Truckers Federation in Kampala welcomed the reopening as "long overdue".`, "Uganda Truckers Federation", Supportive},
		{"federation in a town, not the country", qa16Lead + `The Uganda Truckers Federation in Kampala welcomed the reopening as "long overdue".`, "Uganda", ""},
		{"mission in a country", qa16Lead + `The United Nations Observer Mission in Kenya welcomed the reopening and urged both sides to "protect traders".`, "United Nations Observer Mission in Kenya", Supportive},
		{"embassy in a country", qa16Lead + `The Chinese Embassy in Kenya said in a statement that it "regrets" the closure.`, "China", Critical},
		{"embassy in a country, not the host", qa16Lead + `The Chinese Embassy in Kenya said in a statement that it "regrets" the closure.`, "Kenya", ""},
		{"control: an embassy in a town (placeActor)", qa16Lead + `The Norwegian embassy in Nairobi said in a post on X that it "regrets" the closure.`, "Norway", Critical},
		{"a body's office in a town", qa16Lead + `The International Organization for Migration (IOM) office in Nairobi described the reopening as "an important step".`, "International Organization for Migration", Supportive},
		// controls
		{"members' body in a town, a civil body", qa16Lead + `The Namanga Fishermen's Organisation in Arusha said the closure had cost its members "a whole season".`, "Namanga Fishermen's Organisation", Critical},
		{"control: a state's office in its capital", qa16Lead + "The Prime Minister's Office in Nairobi welcomed the reopening.", "Prime Minister's Office", ""},
		{"control: a state's embassy", qa16Lead + "Kenya's embassy in Kampala welcomed the reopening.", "Kenya's embassy", ""},
		{"control: officials in a town", qa16Lead + "Officials in Nairobi welcomed the reopening.", "Nairobi", ""},
	})
}

// TestQA17NameAfterGroupNoun: a body named after a lower-case group noun
// ("the environmental group Green Rift Alliance", "the opposition Unidad
// por la Patria bloc") is the speaker when attrib's phrase holds only the
// words before the name or the name's tail (nameAfterGroupNoun). Control:
// a person after a possessed group noun keeps her reading.
func TestQA17NameAfterGroupNoun(t *testing.T) {
	runReactCases(t, []reactCase{
		{"group then name, was sharper", qa16Lead + `The environmental group Green Rift Alliance was sharper, arguing that the new road risked becoming "a highway for smugglers".`, "Green Rift Alliance", Critical},
		{"opposition then party, was cautious", qa16Lead + `Tanzania's nationalist opposition Umoja Party was more cautious, saying any reopening before the border survey would be "a gift without a receipt".`, "Umoja Party", Mixed},
		{"party, not its country", qa16Lead + `Tanzania's nationalist opposition Umoja Party was more cautious, saying any reopening before the border survey would be "a gift without a receipt".`, "Tanzania", ""},
		{"name with small words, bloc", qa16Lead + `The opposition Unidad por la Patria bloc said the government was "trading the border for a bus timetable".`, "Unidad por la Patria", Critical},
		{"name with without", qa16Lead + `The environmental group Friends without Borders said the new road crossed wetlands and accused both governments of acting "without a single public hearing."`, "Friends without Borders", Critical},
		// controls
		{"control: a person after a possessed group", qa16Lead + "The group's leader Ana Kovac welcomed the reopening.", "Ana Kovac", Supportive},
	})
}

// TestQA17NameBeforeAppos: a body's name, then its description in commas
// ("The Pan-African Traders Front, Kenya's main opposition party, also
// praised"), speaks under the name; attrib took the description, whose
// country spoke (nameBeforeAppos).
func TestQA17NameBeforeAppos(t *testing.T) {
	runReactCases(t, []reactCase{
		{"front, the country's party", qa16Lead + `The Pan-African Traders Front, Kenya's main opposition party, also praised the reopening as "a correct step".`, "Pan-African Traders Front", Supportive},
		{"council (acronym), the country's lobby", qa16Lead + `The East African Freight Council (EAFC), Tanzania's main transport lobby, welcomed the reopening, saying trade would recover "within months".`, "East African Freight Council", Supportive},
		{"a name with of and and", qa16Lead + `The Confederation of Farmers and Herders (COFAH), Kenya's largest farm lobby, welcomed the reopening as "a relief for the harvest".`, "Confederation of Farmers and Herders", Supportive},
		{"not the description", qa16Lead + `The Pan-African Traders Front, Kenya's main opposition party, also praised the reopening as "a correct step".`, "Kenya's main opposition party", ""},
	})
}

// TestQA17ApposSpeaker: a sentence that opens with a name and its
// description in commas before "said" ("Otieno Baraka, leader of the Rift
// Traders' Union, said Nairobi ...") has its speaker there; attrib read
// the subject of the reported clause after the verb ("said Nairobi") as
// in "..., said Peskov" (apposSpeaker). Controls: a quotation before ",
// said X" and a clause before ", X said" stay as they were.
func TestQA17ApposSpeaker(t *testing.T) {
	runReactCases(t, []reactCase{
		{"name, leader of, said place", qa16Lead + `Otieno Baraka, leader of the Rift Traders' Union, said Nairobi "talks about trucks while traders go bankrupt."`, "Otieno Baraka", Critical},
		{"not the place", qa16Lead + `Otieno Baraka, leader of the Rift Traders' Union, said Nairobi "talks about trucks while traders go bankrupt."`, "Kenya", ""},
		{"title and name, said", qa16Lead + `Opposition Leader Peter Ndolo, a former trade minister, said Nairobi "sold the border for a photo".`, "Peter Ndolo", Critical},
		{"name, the head of, said", qa16Lead + `Halima Mwita, the head of Namanga town council, said traders "want roads, not speeches."`, "Halima Mwita", Neutral},
		// controls
		{"control: a quotation, said X", qa16Lead + `"The crossing is open again," said Ana Kovac, the mayor of Namanga.`, "Ana Kovac", Neutral},
		{"control: a description, then the name", qa16Lead + `A Kenyan government spokesperson, Wairimu Njeri, said the crossing would stay open "as long as the traders need it" and thanked Tanzania for its "good faith".`, "Wairimu Njeri", Supportive},
	})
}

// TestQA17CivilBody: a civil body's quoted complaint that no cue reads (a
// traders' association, a fishermen's association)
// is critical, as a rights group's is (civilBody in oppositionSource, with
// opposed's guards). Controls: a lobby of firms, a bloc, and a body whose
// praise a cue reads stay as they were.
func TestQA17CivilBody(t *testing.T) {
	runReactCases(t, []reactCase{
		{"traders' association", qa16Lead + `The Namanga Traders Association said its members had "heard all this before".`, "Namanga Traders Association", Critical},
		{"fishermen's association", qa16Lead + `The Lake Victoria Fishermen's Association said its members had once more been "left outside the room".`, "Lake Victoria Fishermen's Association", Critical},
		// controls
		{"control: a lobby of firms", qa16Lead + `The Kenya Association of Manufacturers said exporters "can plan again" after the reopening.`, "Kenya Association of Manufacturers", Supportive},
		{"control: a bloc", qa16Lead + `The African Union said the two countries "will meet again in June".`, "African Union", Neutral},
		{"control: praise", qa16Lead + "The Namanga Traders Association welcomed the reopening.", "Namanga Traders Association", Supportive},
	})
}

// TestQA17AnalystStand: stop 16 reads an outside analyst's critical or
// supportive words as mixed (analystView); an analyst the writer shows
// taking a stand with a verb of that stance and no contrast ("condemned
// the closure as ...", "hailed the reopening as ...") keeps it
// (analystStand). Controls: an assessment without such a verb, and a
// stand verb with a "but", stay mixed.
func TestQA17AnalystStand(t *testing.T) {
	const who = "Wanjiru Kamau, a researcher at the Nairobi Institute for Border Studies, "
	runReactCases(t, []reactCase{
		{"condemned", qa16Lead + who + `condemned the closure as "collective punishment" and said it "should never have happened".`, "Wanjiru Kamau", Critical},
		{"hailed", qa16Lead + who + `hailed the reopening as "a genuine breakthrough" and praised both governments for their "courage".`, "Wanjiru Kamau", Supportive},
		{"accused", qa16Lead + who + `accused both governments of "gambling with people's livelihoods" for a week.`, "Wanjiru Kamau", Critical},
		// controls
		{"control: an assessment", qa16Lead + who + `said the deal was "a holding pattern, not a landing".`, "Wanjiru Kamau", Mixed},
		{"control: a stand verb and but", qa16Lead + who + `welcomed the reopening but said the fees were "a disaster for small traders".`, "Wanjiru Kamau", Mixed},
	})
}
