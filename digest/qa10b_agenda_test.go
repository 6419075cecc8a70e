package digest

import "testing"

// TestQA10bAgendaLeadAsides: a lead whose issue comes from its main
// clause (no agenda word: leadPredicate) keeps a short quoted complement
// (`declared X "persona non grata"`) and adds who brokered the act ("in a
// swap mediated by X") and what a side was accused of ("accused of
// meeting rebels"). Controls: a long quote is no complement, a
// participle without "in a" (a deal's history) and an accusation without
// "of" add nothing, and a lead with an agenda word is untouched.
func TestQA10bAgendaLeadAsides(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a quoted complement and an accusation", pub: "2026-03-13", label: "Agenda",
			body: "Dakar (AFP) - Senegal on Friday declared two Gambian diplomats \"persona non grata\" and gave them 48 hours to leave, a day after Banjul expelled a Senegalese attache it accused of smuggling weapons to rebels.\n\nThe Senegalese foreign ministry said the decision was reciprocal.",
			want: []string{"persona non grata", "muggling weapons to rebels"}},
		{name: "a swap mediated by", pub: "2026-03-13", label: "Agenda",
			body: "YEREVAN, March 13 (Reuters) - Armenia and Azerbaijan exchanged 12 detainees each on Friday at their northern border, in a swap mediated by the Vatican, both sides said.\n\nThe men were taken to hospital for checks.",
			want: []string{"wap mediated by the Vatican"}},
		{name: "a release brokered by", pub: "2026-03-13", label: "Agenda",
			body: "DOHA, March 13 (Reuters) - Venezuela freed four Colombian fishermen held for more than a year, and they were flown to Bogota on Friday in a release brokered by Qatar, officials said.\n\nThe fishermen were met by relatives.",
			want: []string{"elease brokered by Qatar"}},
		{name: "control: a long quote", pub: "2026-03-13", label: "Agenda",
			body: "Dakar (AFP) - Senegal on Friday declared two Gambian diplomats \"no longer welcome in our country at all\" and gave them 48 hours to leave Senegal, officials of Gambia said.\n\nThe ministry gave no more details.",
			not:  []string{"welcome"}},
		{name: "control: no article before the participle", pub: "2026-03-13", label: "Agenda",
			body: "YEREVAN, March 13 (Reuters) - Armenia and Azerbaijan exchanged 12 detainees each on Friday under terms negotiated by envoys last year, both sides said.\n\nThe men were taken to hospital for checks.",
			not:  []string{"envoys last year"}},
		{name: "control: an accusation without of", pub: "2026-03-13", label: "Agenda",
			body: "Dakar (AFP) - Senegal on Friday expelled two Gambian diplomats after Banjul accused Dakar publicly, officials said.\n\nThe ministry gave no more details.",
			not:  []string{"publicly"}},
		{name: "control: a lead with an agenda word", pub: "2026-03-13", label: "Agenda",
			body: "YEREVAN, March 13 (Reuters) - Armenian and Azerbaijani ministers met in Yerevan on Friday to discuss border demarcation, after Baku accused Yerevan of shelling a village, in a meeting mediated by the Vatican.\n\nThe talks lasted three hours.",
			want: []string{"order demarcation"}, not: []string{"Vatican"}},
	})
}

// TestQA10bAgendaTextDemands: a sentence whose subject is the meeting's
// text ("The text asks", "The draft resolution calls on") gives the
// text's demands as topics, each step of a list ("and to ...", "and
// calls on ...") its own; a demand too long whole gives its addressee
// body and its step. Controls: a quoted phrase is no demand, a verb of
// saying ends the reading, and a subject that is no text gives nothing.
func TestQA10bAgendaTextDemands(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "asks and calls on", pub: "2026-03-13", label: "Agenda",
			body: "VIENNA, March 13 (AP) - The OSCE Permanent Council adopted a resolution on Thursday on Moldova.\n\nThe text \"voices alarm\" over the closure of polling stations, asks the OSCE secretariat to prepare a monitoring mission and calls on participating states to fund mine clearance in Transnistria.",
			want: []string{"prepare a monitoring mission", "fund mine clearance in Transnistria"}, not: []string{"voices alarm"}},
		{name: "a long demand and a second step", pub: "2026-03-13", label: "Agenda",
			body: "GENEVA, March 13 (AP) - The U.N. Human Rights Council voted on Thursday at a special session.\n\nThe resolution asks the independent group of experts on Belarus to examine the deaths of at least nine prisoners held in the Grodno region since January and to preserve evidence for future trials.",
			want: []string{"independent group of experts on Belarus", "examine the deaths", "preserve evidence for future trials"}},
		{name: "a draft resolution calls for", pub: "2026-03-13", label: "Agenda",
			body: "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad.\n\nThe draft resolution calls for a ceasefire around Abeche.",
			want: []string{"ceasefire around Abeche"}},
		{name: "control: a statement said", pub: "2026-03-13", label: "Agenda",
			body: "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad to discuss border security.\n\nThe statement said the council had urged restraint on all parties along the frontier.",
			want: []string{"order security"}, not: []string{"restraint"}},
		{name: "control: no text subject", pub: "2026-03-13", label: "Agenda",
			body: "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad to discuss border security.\n\nThe ambassador asks the council to impose sanctions on smugglers.",
			want: []string{"order security"}, not: []string{"smugglers"}},
	})
}

// TestQA10bAgendaTextCalls: past the lead, a text put to the meeting
// named with its participle ("a draft resolution calling for A, B and
// C", "a motion urging X") gives what it calls for, a comma list split.
// Controls: a source after the list and the text's own verb are left out, and a participle after
// no text noun ("a senator calling for") gives nothing.
func TestQA10bAgendaTextCalls(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a draft resolution calling for a list", pub: "2026-03-13", label: "Agenda",
			body: "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad to discuss the fall of Abeche.\n\nNiger's ambassador said his country had circulated a draft resolution calling for a truce around Abeche, the release of detained aid workers and safe passage for refugees.",
			want: []string{"all of Abeche", "truce around Abeche", "release of detained aid workers"}},
		{name: "control: a source after the list", pub: "2026-03-13", label: "Agenda",
			body: "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad to discuss the fall of Abeche.\n\nA draft resolution calling for a truce around Abeche was circulated, the French mission said.",
			want: []string{"truce around Abeche"}, not: []string{"mission", "circulated"}},
		{name: "control: no text noun", pub: "2026-03-13", label: "Agenda",
			body: "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad to discuss the fall of Abeche.\n\nProtesters outside, some calling for the release of a jailed poet, were dispersed.",
			want: []string{"all of Abeche"}, not: []string{"poet"}},
	})
}

// TestQA10bAgendaPartyDemands: past the lead, what a person named in the
// sentence "demanded" or "called for" is an issue brought to the talks:
// "demanded sanctions against X", "called for the reopening of border
// crossings closed since October" (the participle of the time dropped).
// Controls: a vague call ("called for calm"), "called for X to ...", a
// quotation, "demanded that", a demand reported by another ("X said Y
// demanded") and a demand with no person in the sentence give nothing.
func TestQA10bAgendaPartyDemands(t *testing.T) {
	lead := "UNITED NATIONS, March 13 (Reuters) - The Security Council met on Thursday at the request of Chad to discuss the fall of Abeche.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "demanded sanctions", pub: "2026-03-13", label: "Agenda",
			body: lead + "Chad's foreign minister, Amina Deby Saleh, who flew to New York for the meeting, demanded sanctions against Sudanese militia commanders.",
			want: []string{"all of Abeche", "sanctions against Sudanese militia commanders"}},
		{name: "called for the reopening", pub: "2026-03-13", label: "Agenda",
			body: lead + "Saleh, in her opening remarks, called for the reopening of border crossings closed since October.",
			want: []string{"reopening of border crossings"}, not: []string{"closed"}},
		{name: "control: a vague call", pub: "2026-03-13", label: "Agenda",
			body: lead + "China's envoy, Fu Rong, called for restraint by all sides.",
			not:  []string{"restraint"}},
		{name: "control: called for X to", pub: "2026-03-13", label: "Agenda",
			body: lead + "Fu Rong called for member states to back the mediation.",
			not:  []string{"member states"}},
		{name: "control: a quotation", pub: "2026-03-13", label: "Agenda",
			body: lead + "Fu Rong called for \"a return to the table\" in Doha.",
			not:  []string{"return to the table"}},
		{name: "control: demanded that", pub: "2026-03-13", label: "Agenda",
			body: lead + "Opposition leader Ali Mahamat demanded that the treaty be read in parliament.",
			not:  []string{"parliament"}},
		{name: "control: reported by another", pub: "2026-03-13", label: "Agenda",
			body: lead + "Fu Rong said Saleh had demanded sanctions against militia leaders.",
			not:  []string{"sanctions"}},
		{name: "control: no person", pub: "2026-03-13", label: "Agenda",
			body: lead + "Protesters outside the building demanded the release of jailed journalists.",
			not:  []string{"journalists"}},
	})
}

// TestQA10bAgendaReview22: the review's regressions of the first round.
// Group 2: "agreed to" in a sentence opened on another time ("Later in
// the week,"). Group 3: "discussed" in a sentence opened on another
// thread ("Separately, the city council discussed"). Group 4: a
// circumstance noun that heads a topic ("the arrival of refugees", "the
// weekend's border clash", "the phone records of journalists") is the
// topic; "over the phone with", "on a two-day visit" stay circumstances.
// Group 6: a purpose clause of other talks ("Meanwhile, ... met in an
// effort to", "The talks come as X and Y hold talks in a bid to").
// Group 7: "raised its contribution by 20 percent" is an increase.
func TestQA10bAgendaReview22(t *testing.T) {
	lead := "BREVNO, March 13 (Reuters) - The foreign ministers of Liran and Pelora met in Brevno on Thursday to discuss energy.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "g2 later in the week agreed", pub: "2026-03-13", label: "Agenda",
			body: lead + "Later in the week, Liran also agreed to a loan from the IMF, its finance ministry said.",
			want: []string{"nergy"}, not: []string{"IMF"}},
		{name: "g2 control: the parties agreed", pub: "2026-03-13", label: "Agenda",
			body: lead + "The two ministers also agreed to set up a joint grid operator.",
			want: []string{"nergy", "joint grid operator"}},
		{name: "g3 separately another council", pub: "2026-03-13", label: "Agenda",
			body: lead + "Separately, the city council discussed a new parking scheme for the old town.",
			want: []string{"nergy"}, not: []string{"parking"}},
		{name: "g4 the arrival of refugees", pub: "2026-03-13", label: "Agenda",
			body: "BREVNO, March 13 (Reuters) - The foreign ministers of Liran and Pelora held talks in Brevno on Thursday on the arrival of refugees from Varda.\n\nThe talks lasted two hours.",
			want: []string{"rrival of refugees from Varda"}},
		{name: "g4 the weekend's clash", pub: "2026-03-13", label: "Agenda",
			body: "BREVNO, March 13 (Reuters) - The foreign ministers of Liran and Pelora held talks in Brevno on Thursday over the weekend's border clash.\n\nThe talks lasted two hours.",
			want: []string{"border clash"}},
		{name: "g4 the phone records", pub: "2026-03-13", label: "Agenda",
			body: "BREVNO, March 13 (Reuters) - The foreign ministers of Liran and Pelora held talks in Brevno on Thursday over the phone records of detained journalists.\n\nThe talks lasted two hours.",
			want: []string{"phone records of detained journalists"}},
		{name: "g4 control: over the phone with", pub: "2026-03-13", label: "Agenda",
			body: "BREVNO, March 13 (Reuters) - Liran's foreign minister held talks over the phone with his Pelora counterpart on Thursday to discuss energy.\n\nThe call lasted an hour.",
			want: []string{"nergy"}, not: []string{"phone"}},
		{name: "g6 meanwhile other talks", pub: "2026-03-13", label: "Agenda",
			body: lead + "Meanwhile, Varda's rivals met in Geneva in an effort to end the civil war.",
			want: []string{"nergy"}, not: []string{"civil war"}},
		{name: "g6 the talks come as", pub: "2026-03-13", label: "Agenda",
			body: lead + "The talks come as Kastan and Sorra hold talks in Kasta in a bid to end their trade war.",
			want: []string{"nergy"}, not: []string{"trade war"}},
		{name: "g7 raised its contribution", pub: "2026-03-13", label: "Agenda",
			body: lead + "Pelora also raised its contribution to the reconstruction fund by 20 percent.",
			want: []string{"nergy"}, not: []string{"contribution"}},
		{name: "g7 control: raised the issue of", pub: "2026-03-13", label: "Agenda",
			body: lead + "Pelora's minister also raised the issue of debt relief.",
			want: []string{"nergy", "debt relief"}},
	})
}

// TestQA10bAgendaOneWordOverlap: an earlier one-word item ("Trade") does
// not hide a longer later topic that holds its word ("reform of the
// World Trade Organization"); two one-word items together still hide a
// phrase made of them ("fisheries quotas for shipping firms").
func TestQA10bAgendaOneWordOverlap(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "one word does not hide a longer topic", pub: "2026-03-13", label: "Agenda",
			body: "BREVNO, March 13 (Reuters) - The foreign ministers of Liran and Pelora met in Brevno on Thursday to discuss trade.\n\nThe ministers also discussed reform of the World Trade Organization.",
			want: []string{"rade", "reform of the World Trade Organization"}},
		{name: "control: two words hide their phrase", pub: "2026-03-13", label: "Agenda",
			body: "BREVNO, March 13 (Reuters) - The foreign ministers of Liran and Pelora met in Brevno on Thursday to discuss fisheries and shipping.\n\nThe ministers also discussed fisheries quotas for shipping firms.",
			want: []string{"isheries"}, not: []string{"quotas"}},
	})
}
