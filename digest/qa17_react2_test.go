package digest

import "testing"

// TestQA17bDemand: an outsider to the event whose reported clause makes a
// demand or sets a condition on it ("said any deal must ...", "said the
// bloc should stop ...") is critical (demandStance). Controls: a demand of
// everyone or of the speaker's own side, a participant's "should", and a
// demand beside a supportive cue stay as they were.
func TestQA17bDemand(t *testing.T) {
	runReactCases(t, []reactCase{
		{"any deal must", qa16Lead + "Uganda's coffee exporters' union UCEU said any arrangement must cover the transit fees charged at Malaba.", "UCEU", Critical},
		{"a body should stop", qa16Lead + "Ethiopian Foreign Ministry spokesman Nebiyu Tedla said Nairobi should stop treating the corridor as a bilateral matter.", "Nebiyu Tedla", Critical},
		{"should not come at the expense", qa16Lead + "The Somali Embassy in Nairobi said in a statement that any arrangement at the crossing should not come at the expense of Somali traders.", "Somali Embassy in Nairobi", Critical},
		{"should be debated first", qa16Lead + "In Dar es Salaam, independent lawmaker Grace Mushi said any change at the crossing should be debated in parliament first.", "Grace Mushi", Critical},
		// controls
		{"control: both sides should", qa16Lead + "Ugandan Foreign Minister Jeje Odongo said both sides should keep the crossing open at night.", "Jeje Odongo", Neutral},
		{"control: we must", qa16Lead + "Ugandan Foreign Minister Jeje Odongo said we must keep the crossing open at night.", "Jeje Odongo", Neutral},
		{"control: supportive cue beside the demand", qa16Lead + "Ugandan Foreign Minister Jeje Odongo welcomed the decision and said the crossing should stay open at night.", "Jeje Odongo", Supportive},
		{"control: a warning in general", qa16Lead + `Ethiopian Foreign Ministry spokesman Nebiyu Tedla said the corridor must not become "a road for smugglers".`, "Nebiyu Tedla", Neutral},
		{"control: a defence", qa16Lead + "Ethiopian Foreign Ministry spokesman Nebiyu Tedla said Kenyan hauliers should not be blamed for the queues.", "Nebiyu Tedla", Neutral},
		{"control: an appeal to do the utmost", qa16Lead + "Ethiopian Foreign Ministry spokesman Nebiyu Tedla said the new border committee must do its utmost to keep traders safe.", "Nebiyu Tedla", Neutral},
		{"control: another speaker's demand", qa16Lead + "Ethiopian Foreign Ministry spokesman Nebiyu Tedla said Nairobi should stop treating the corridor as a bilateral matter, while Ugandan Foreign Minister Jeje Odongo said the crossing handles about 400 lorries a day.", "Jeje Odongo", Neutral},
		{"control: another speaker's quoted demand", qa16Lead + `Ethiopian Foreign Ministry spokesman Nebiyu Tedla said Nairobi should "stop treating the corridor as a bilateral matter," while Ugandan Foreign Minister Jeje Odongo argued for "patience at the gate".`, "Jeje Odongo", Neutral},
		{"control: a demand recalled as background", qa16Lead + "The crossing has been a sore point since 2019, when Ethiopian Foreign Ministry spokesman Nebiyu Tedla said Nairobi should stop treating the corridor as a bilateral matter.", "Nebiyu Tedla", Neutral},
		{"control: plain statement, no demand", qa16Lead + "Ugandan Foreign Minister Jeje Odongo said the crossing handles about 400 lorries a day.", "Jeje Odongo", Neutral},
	})
}

// TestQA17bEvaluative: the evaluative words of a quoted complaint that the
// critical cues lacked (a thing found empty or weak, a show for a deed, a
// side left out, a harm, weariness) read critical. Controls: praise and a
// qualified approval keep their stance.
func TestQA17bEvaluative(t *testing.T) {
	runReactCases(t, []reactCase{
		{"rounding error", qa16Lead + `Dairy exporter Milka Wanjiru said the new quota was "a rounding error" for farmers on the border.`, "Milka Wanjiru", Critical},
		{"too timid", qa16Lead + `Former trade minister Peter Mwangi said the agreement was "too timid" to change anything for hauliers.`, "Peter Mwangi", Critical},
		{"not consulted", qa16Lead + `Maasai elder Joseph Sankale said the herders on both sides had "not been consulted" about the new fence.`, "Joseph Sankale", Critical},
		{"political theatre", qa16Lead + `Kenyan senator Moses Kuria said the ceremony was "political theatre" staged for the cameras.`, "Moses Kuria", Critical},
		{"tired of", qa16Lead + `The Namanga Women Traders Group said its members were "tired of promises" from both capitals.`, "Namanga Women Traders Group", Critical},
		// controls
		{"control: praise", qa16Lead + `Kenyan Trade Minister Lee Kinyanjui said the reopening was "good news for every trader in Namanga."`, "Lee Kinyanjui", Supportive},
		{"control: qualified approval", qa16Lead + `The opposition Chama Party said it supported the reopening but urged the government to secure "real results, not just photo opportunities."`, "Chama Party", Mixed},
	})
}

// TestQA17bOpposedVeto: an opposition or rights voice whose words hold no
// supportive cue, read supportive by a model, is critical
// (opposedModelVeto): such a voice tells its praise with a cue; not a
// voice that is only a civil body (civilOnlySource). A lobby
// of firms (chambers of commerce) is no civil voice (firmWords). Controls: an opposition's praise with a cue stays
// supportive, a civil body's hope read by the model stays supportive.
func TestQA17bOpposedVeto(t *testing.T) {
	runReactCases(t, []reactCase{
		{"opposition irony", qa16Lead + `The opposition Umoja Party said the talks showed Nairobi was "again offering ribbons instead of roads", and called for a parliamentary debate.`, "Umoja Party", Critical},
		{"opposition irony, promises", qa16Lead + `The opposition Umoja Party said the government had "once again come back with promises instead of a road", and demanded a vote in parliament.`, "Umoja Party", Critical},
		{"rights group metaphor", qa16Lead + `Amnesty International called the ceremony "a diplomatic red carpet for a regime that jails traders" and said the region had "once again sacrificed herders for a photograph."`, "Amnesty International", Critical},
		{"chambers of commerce, no civil voice", qa16Lead + `The Federation of East African Chambers of Commerce said the reopening would let members "turn idle lorries into income again."`, "Federation of East African Chambers of Commerce", Neutral},
		// controls
		{"control: opposition praise with a cue", qa16Lead + `The opposition Umoja Party welcomed the reopening as "long overdue".`, "Umoja Party", Supportive},
		{"control: a forum chair's summary", qa16Lead + `Grace Akinyi, who chaired the 12-member border forum, said the statement reflected "the views of the great majority" of members, although it was not a consensus text.`, "Grace Akinyi", Supportive},
		{"control: chambers' hope", qa16Lead + `The Federation of Tanzanian Chambers of Commerce said faster crossings would allow members to "turn surplus maize into foreign currency instead of letting it rot."`, "Federation of Tanzanian Chambers of Commerce", Supportive},
	})
}

// TestQA17bApproval: the evaluative words of a quoted approval that the
// supportive cues lacked read supportive. Controls: a critic whose title
// holds "transformation", and a plain figure, keep their stance.
func TestQA17bApproval(t *testing.T) {
	runReactCases(t, []reactCase{
		{"generous", qa16Lead + `Tanzanian lawmaker Halima Mdee called the Kenyan offer "generous" and said parliament would take it up in May.`, "Halima Mdee", Supportive},
		{"solid", qa16Lead + `Former Kenyan ambassador Joyce Wambui described the deal as "solid, unglamorous work" that lorry drivers would feel first.`, "Joyce Wambui", Supportive},
		{"would transform", qa16Lead + `The Tanzania Private Sector Foundation said the crossing would "transform trade between our two countries".`, "Tanzania Private Sector Foundation", Supportive},
		{"saved jobs", qa16Lead + `The Kenya Association of Hauliers said the reopening had "saved hundreds of jobs" in firms that carry goods south.`, "Kenya Association of Hauliers", Supportive},
		{"shoulder to shoulder", qa16Lead + `The United States said it stood "shoulder to shoulder" with both governments.`, "United States", Supportive},
		// controls
		{"control: a transformation critic", qa16Lead + `Opposition MP Peter Kaluma, his party's critic for public transformation, said the minister had "waited too long" to act.`, "Peter Kaluma", Critical},
		{"control: realistic in a demand", qa16Lead + "Kenyan Trade Minister Lee Kinyanjui urged the operators to present \"realistic\" cost estimates for the new scanners.", "Lee Kinyanjui", Neutral},
		{"control: a plain figure", qa16Lead + `The Kenya Revenue Authority said about 400 lorries crossed on the first day.`, "Kenya Revenue Authority", Neutral},
	})
}
