package digest

import "testing"

const qa16Lead = "NAIROBI, March 3 (Reuters) - Kenya and Tanzania agreed on Tuesday in Arusha to reopen the Namanga border crossing after a week-long closure.\n\n"

// TestQA16OrgAroundPlace: a body whose name holds a place ("Amnesty
// International Kenya", "the Law Reform Commission of Tanzania", "Business
// Uganda") speaks as itself, not as the state attrib resolved from the
// place in its name (orgAroundPlace). Controls: a state's own office ("the
// Foreign Ministry of Kenya": no head of a body), a place that owns a body
// ("Kenya's Law Society": the possessive), a person, and two speakers
// joined by "and" stay as before.
func TestQA16OrgAroundPlace(t *testing.T) {
	runReactCases(t, []reactCase{
		{"name then country", qa16Lead + "Amnesty International Kenya urged both governments to guarantee the freedom of traders to cross.", "Amnesty International Kenya", Neutral},
		{"name then country, not the state", qa16Lead + "Amnesty International Kenya urged both governments to guarantee the freedom of traders to cross.", "Kenya", ""},
		{"of the country", qa16Lead + "The Private Sector Commission of Tanzania welcomed the reopening as a relief for border towns.", "Private Sector Commission of Tanzania", Supportive},
		{"business before country", qa16Lead + "Business Uganda welcomed the deal, saying exporters had lost millions during the closure.", "Business Uganda", Supportive},
		{"center then country", qa16Lead + "The Humanitarian Law Center Tanzania criticised the closure as collective punishment of traders.", "Humanitarian Law Center Tanzania", Critical},
		// controls
		{"control: the state's ministry", qa16Lead + "The Kenyan foreign ministry welcomed the reopening.", "Kenya", Supportive},
		{"control: the state's government", qa16Lead + "The Government of Tanzania welcomed the reopening.", "Tanzania", Supportive},
		{"control: a possessive", qa16Lead + "Kenya's Law Society welcomed the reopening.", "Kenya's Law Society", ""},
		{"control: two speakers", qa16Lead + "The United States and the European Union welcomed the reopening.", "United States", Supportive},
	})
}

// TestQA16GroupAppositive: a source that only describes a group ("party",
// "a nationalist group", "the truckers' federation") before the group's
// name in commas speaks under the name (groupApposName); a reader cannot
// find "party". Controls: a named source keeps its name, and a group with
// no name after it stays as the rules make it.
func TestQA16GroupAppositive(t *testing.T) {
	runReactCases(t, []reactCase{
		{"party then name", qa16Lead + "The main opposition party, the Alliance for Democratic Renewal (ADR), said the deal was \"a surrender dressed up as diplomacy\".", "Alliance for Democratic Renewal", Critical},
		{"a group then name", qa16Lead + "A Kenyan nationalist group, the Sons of the Rift Valley, condemned the deal as a betrayal.", "Sons of the Rift Valley", Critical},
		{"federation then name", qa16Lead + "The truckers' federation, the Federacion de Transportistas del Este, welcomed the reopening.", "Federacion de Transportistas del Este", Supportive},
		{"possessive group", qa16Lead + "The drivers' association, the Namanga Drivers Welfare Association, criticised the week-long closure.", "Namanga Drivers Welfare Association", Critical},
		// controls
		{"control: a named source", qa16Lead + "The Law Society of Kenya, a lawyers' body, welcomed the reopening.", "Law Society of Kenya", Supportive},
	})
}

// TestQA16ButConcede: a critical reading whose sentence first grants a
// point ("said it supported the reopening", "said Iran supported peace")
// and then turns on "but" to the complaint is mixed (butConcede).
// Controls: a plain attack, a critical reading that opens the sentence
// ("regretted the delay but said ..."), and another speaker's "but" after
// a "while" stay as they were.
func TestQA16ButConcede(t *testing.T) {
	runReactCases(t, []reactCase{
		{"supported but warned", qa16Lead + `The Harbour Pilots Association said it supported the reopening but warned that crews "must not be left without insurance".`, "Harbour Pilots Association", Mixed},
		{"supported checks but warned", qa16Lead + `The Kenya Shippers Council said it supported tighter checks on overloaded trucks but warned that drivers "must not end up stranded for weeks".`, "Kenya Shippers Council", Mixed},
		{"a person supported but warned", qa16Lead + `Mayor Ana Kovac said she supported the reopening but warned that the fees "must not become a toll on the poor".`, "Ana Kovac", Mixed},
		// controls
		{"control: a plain attack", qa16Lead + "Ana Kovac condemned the closure as collective punishment.", "Ana Kovac", Critical},
		{"control: another speaker's but", qa16Lead + `Ana Kovac said the closure was "a self-inflicted wound for two economies", while the Harbour Pilots Association said it supported the reopening but warned that crews "must not be left without insurance".`, "Ana Kovac", Critical},
		{"control: the other speaker", qa16Lead + `Ana Kovac said the closure was "a self-inflicted wound for two economies", while the Harbour Pilots Association said it supported the reopening but warned that crews "must not be left without insurance".`, "Harbour Pilots Association", Mixed},
	})
}

// TestQA16ButCritical: a welcome, then "but" and a clause whose critical
// cue the engine reads ("welcomed the timetable but criticised the
// absence of a date") is mixed even when the "but" clause opens with no
// verb of saying or warning (butStance with butCritical). Controls: "but
// also" and a "but" clause with praise of its own stay supportive.
func TestQA16ButCritical(t *testing.T) {
	runReactCases(t, []reactCase{
		{"welcomed but criticised", qa16Lead + "The environmental association GAIA welcomed the new bus timetable but criticised the absence of a date for the second crossing.", "GAIA", Mixed},
		{"group welcomed but criticised", qa16Lead + "The traders' group Umoja welcomed the reopening but criticised the absence of a date for the second crossing.", "Umoja", Mixed},
		// controls
		{"control: but also", qa16Lead + "Ana Kovac welcomed the reopening, but also the release of the detained drivers.", "Ana Kovac", Supportive},
	})
}

// TestQA16MannerBefore: the writer's short sentence on how a body or a
// person responded ("The Union was more critical.", "was less impressed",
// "was blunter") gives its manner to the words that follow when the
// speaker is the body's voice ("Its spokesman", "party spokesperson",
// groupVoice), and a critical manner holds over words the rules read as
// praise ("asked to applaud the repair of damage", "welcome every driver
// back with compensation"). Control: a person who is not the body's voice
// does not take the body's manner.
func TestQA16MannerBefore(t *testing.T) {
	runReactCases(t, []reactCase{
		{"its spokesman", qa16Lead + `The Namanga Traders Union was more critical. Its spokesman, Peter Otieno, said the reopening was "a blow" to small traders.`, "Peter Otieno", Critical},
		{"party spokesperson, scorn", qa16Lead + `The Kenya Farmers Party was less impressed. "Traders are being asked to applaud the repair of damage this government caused," party spokesperson Mary Wanjiru said.`, "Mary Wanjiru", Critical},
		{"blunter over praise words", qa16Lead + `Governor Ana Kovac was blunter. "Nairobi owes our traders an apology, not a ceremony," she told reporters, urging the ministry to "welcome every driver back with compensation".`, "Ana Kovac", Critical},
		// control
		{"control: not the body's voice", qa16Lead + `The Namanga Traders Union was more critical. Ana Kovac, a trader, said the reopening was "a blow" to small traders.`, "Ana Kovac", Neutral},
	})
}

// TestQA16AnalystView: an outside analyst's words (a source named an
// analyst, researcher, fellow, professor, economist, political scientist
// ...) read critical or supportive are mixed (analystView): an analyst is
// no side of the talks, and the assessment a story quotes weighs what was
// gained against what was not. Controls: an analyst the writer calls
// sceptical stays critical, a politician who was once an economist and a
// speaker with no analyst's title keep their readings.
func TestQA16AnalystView(t *testing.T) {
	runReactCases(t, []reactCase{
		{"analyst critical", qa16Lead + `Joyce Wambui, a trade analyst at the Nairobi-based Institute for Border Studies, said the agreement was "a missed opportunity that leaves the hardest questions open".`, "Joyce Wambui", Mixed},
		// (stop 17: an analyst the writer shows criticising, with no
		// contrast, takes a stand: analystStand, TestQA17AnalystStand)
		{"political scientist critical", qa16Lead + `Joyce Wambui, a political scientist at the University of Nairobi, criticised the agreement as a "face-saving" gesture.`, "Joyce Wambui", Critical},
		{"researcher supportive", qa16Lead + `Peter Kamau, a researcher at the East Africa Policy Centre, said the deal was "the most tangible result of the border talks since 2019".`, "Peter Kamau", Mixed},
		// controls
		{"control: the writer's sceptical", qa16Lead + `Analysts were sceptical. Joyce Wambui, an analyst at the Institute for Border Studies, criticised the agreement as a "face-saving" gesture.`, "Joyce Wambui", Critical},
		{"control: a lawmaker", qa16Lead + `Opposition lawmaker Peter Kamau, a former economist, said the deal was "a betrayal of small traders".`, "Peter Kamau", Critical},
		{"control: no analyst", qa16Lead + `Joyce Wambui, a trader in Namanga, said the agreement was "a missed opportunity that leaves the hardest questions open".`, "Joyce Wambui", Critical},
	})
}

// TestQA16AdvocacyVoice: an advocacy or watchdog group ("the
// environmental group X", "the X Campaign", "X Watchdog") whose quoted
// words no rule and no model read is critical, as a rights group's are
// (opposed, oppositionSource, advocacyBody). Controls: "environmental
// ministers" are no group, and a welcome keeps its stance.
func TestQA16AdvocacyVoice(t *testing.T) {
	runReactCases(t, []reactCase{
		{"a campaign", qa16Lead + `The Free Namanga Campaign said the governments had offered "words without consequences".`, "Free Namanga Campaign", Critical},
		// controls
		{"control: a welcome", qa16Lead + `The environmental group Green Rift Alliance welcomed the reopening as "good news for the forest corridor".`, "Green Rift Alliance", Supportive},
		{"control: ministers", qa16Lead + `Environmental ministers from both countries said the crossing would "cut travel times in half".`, "Environmental ministers", ""},
	})
}

// TestQA16NoObjection: a negated objection ("no objection to", "did not
// object to") is consent, no stand: neutral, and the stance models keep
// off (noObjection); with a "but" after it, a reservation: mixed.
// Control: an objection raised stays as the rules read it.
func TestQA16NoObjection(t *testing.T) {
	runReactCases(t, []reactCase{
		{"no objection", qa16Lead + `In Kampala, government spokesman Peter Okello said Uganda had "no objection to its neighbours reopening any crossing they wish".`, "Peter Okello", Neutral},
		{"did not object, but", qa16Lead + `Ugandan government spokesman Peter Okello said Kampala did not object to the reopening but that "Ugandan trucks must pay the same fees".`, "Peter Okello", Mixed},
		{"no objection, but said", qa16Lead + `Peter Okello said Uganda had "no objection to steps that serve regional trade", but said the signing of the customs pact "remains the real test".`, "Peter Okello", Mixed},
		// control
		{"control: an objection", qa16Lead + "Peter Okello condemned the new fees at the crossing.", "Peter Okello", Critical},
	})
}
