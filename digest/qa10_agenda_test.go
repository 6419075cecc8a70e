package digest

import "testing"

// TestQA10AgendaBodyDiscussed: a council, commission or committee that
// "discussed" a subject is the meeting speaking, and so is a subject set
// off by an appositive ("The council, chaired by X, also discussed").
// Controls: a relative clause, a passive and a non-meeting subject keep
// no agenda from the verb.
func TestQA10AgendaBodyDiscussed(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a council past its chair", pub: "2026-03-12", label: "Agenda",
			body: "LUSAKA, March 12 (AFP) - Ministers of the Zambezi River Authority met in Lusaka on Wednesday.\n\nThe council, chaired by Zambia's Minister of Energy, Peter Banda, also discussed the silting of the Kariba dam and a new tariff for power exports.",
			want: []string{"silting of the Kariba dam", "new tariff for power exports"}},
		{name: "a committee", pub: "2026-03-12", label: "Agenda",
			body: "GENEVA, March 12 (Reuters) - Delegates from Chile and Peru met in Geneva on Wednesday.\n\nThe joint committee discussed fishing quotas in the Humboldt current.",
			want: []string{"ishing quotas"}},
		{name: "delegates also raised", pub: "2026-03-12", label: "Agenda",
			body: "ADDIS ABABA, March 12 (AFP) - Ministers from Kenya and Ethiopia met in Addis Ababa on Wednesday.\n\nDelegates also raised the cost of cross-border trucking, officials said.",
			want: []string{"cost of cross-border trucking"}},
		{name: "raised the issue of", pub: "2026-03-12", label: "Agenda",
			body: "HANOI, March 12 (Reuters) - Vietnam's foreign minister met his Philippine counterpart in Hanoi on Wednesday.\n\nThe Philippine minister raised the issue of fishing rights near the Spratly Islands.",
			want: []string{"ishing rights near the Spratly Islands"}, not: []string{"issue of"}},
		{name: "control: raised a sum", pub: "2026-03-12", label: "Agenda",
			body: "HANOI, March 12 (Reuters) - Vietnam's foreign minister met his Philippine counterpart in Hanoi on Wednesday to discuss trade.\n\nVietnam raised $2 billion in a bond sale last month.",
			want: []string{"rade"}, not: []string{"billion"}},
		{name: "control: a passive", pub: "2026-03-12", label: "Agenda",
			body: "HANOI, March 12 (Reuters) - Vietnam's foreign minister met his Philippine counterpart in Hanoi on Wednesday to discuss trade.\n\nThe dispute was raised by fishermen in 2024.",
			want: []string{"rade"}, not: []string{"fishermen"}},
	})
}

// TestQA10AgendaAside: an aside set off by commas inside a list of topics
// (a non-restrictive relative clause, a time span "a year after ...") is
// left out and the list goes on after it. Controls: an aside at the end
// of the list (nothing after it) and a source after the aside.
func TestQA10AgendaAside(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a relative clause inside the list", pub: "2026-03-12", label: "Agenda",
			body: "DAKAR, March 12 (AFP) - Ministers from Senegal and Mauritania met in Dakar on Wednesday.\n\nThe two ministers also discussed the silting of the river, which has lost a third of its flow since 1990, a planned gas pipeline and the licensing of fishing boats.",
			want: []string{"silting of the river", "gas pipeline", "licensing of fishing boats"}, not: []string{"third of its flow"}},
		{name: "a time span inside the list", pub: "2026-03-12", label: "Agenda",
			body: "RIGA, March 12 (Reuters) - Latvia's president received his Estonian counterpart in Riga on Wednesday.\n\nThe two presidents discussed air defence, a year after drones entered Latvian airspace, and energy links.",
			want: []string{"ir defence", "nergy links"}, not: []string{"a year"}},
		{name: "control: the aside ends the sentence", pub: "2026-03-12", label: "Agenda",
			body: "RIGA, March 12 (Reuters) - Latvia's president received his Estonian counterpart in Riga on Wednesday.\n\nThe two presidents discussed air defence, which both see as urgent.",
			want: []string{"ir defence"}, not: []string{"urgent"}},
		{name: "control: a source after the aside", pub: "2026-03-12", label: "Agenda",
			body: "RIGA, March 12 (Reuters) - Latvia's president received his Estonian counterpart in Riga on Wednesday.\n\nThe two presidents discussed air defence, which both see as urgent, the Latvian president's office said.",
			want: []string{"ir defence"}, not: []string{"office"}},
	})
}

// TestQA10AgendaPressedAbout: "A pressed B on X" names what one side
// brought to the talks, and "the meeting was about X" what the meeting
// was for; a resolution dated before its demand ("a resolution on
// Tuesday urging X") still gives the demand. Controls: "pressed on with",
// a date after "pressed B on", "was about" after no meeting noun, and
// "and not Y" dropped from the topic.
func TestQA10AgendaPressedAbout(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "pressed B on X", pub: "2026-03-12", label: "Agenda",
			body: "VILNIUS, March 12 (Reuters) - Lithuania's president received his Polish counterpart in Vilnius on Wednesday.\n\nAt a joint news conference, the Polish president pressed Lithuania on the spelling of Polish names in passports.",
			want: []string{"pelling of Polish names"}},
		{name: "presses B over X in a headline", pub: "2026-03-12", label: "Agenda",
			body: "Chile presses Bolivia over water rights\n\nSANTIAGO, March 12 (AP) - Chile's foreign minister met Bolivia's ambassador in Santiago on Wednesday.\n\nNeither side spoke afterwards.",
			want: []string{"ater rights"}},
		{name: "control: pressed on with", pub: "2026-03-12", label: "Agenda",
			body: "VILNIUS, March 12 (Reuters) - Lithuania's president received his Polish counterpart in Vilnius on Wednesday to discuss energy links.\n\nThe Polish president pressed on with his tour of the Baltic states on Thursday.",
			want: []string{"nergy links"}, not: []string{"tour"}},
		{name: "control: pressed B on a date", pub: "2026-03-12", label: "Agenda",
			body: "VILNIUS, March 12 (Reuters) - Lithuania's president received his Polish counterpart in Vilnius on Wednesday to discuss energy links.\n\nThe Polish president pressed Lithuania on Wednesday.",
			want: []string{"nergy links"}, not: []string{"Wednesday"}},
		{name: "the meeting was about X", pub: "2026-03-12", label: "Agenda",
			body: "OSLO, March 12 (Reuters) - Donors from Norway, Japan and Canada met in Oslo on Wednesday and pledged $300 million for Yemen.\n\nOrganisers said the conference was about food aid and not a political negotiation.",
			want: []string{"ood aid"}, not: []string{"negotiation"}},
		{name: "control: was about a number", pub: "2026-03-12", label: "Agenda",
			body: "OSLO, March 12 (Reuters) - Norway and Japan discussed whaling quotas in Oslo on Wednesday.\n\nThe gap between their positions was about 300 whales.",
			want: []string{"haling quotas"}, not: []string{"300"}},
		{name: "a resolution dated before its demand", pub: "2026-03-12", label: "Agenda",
			body: "WASHINGTON, March 12 (AP) - The Organization of American States approved a resolution on Tuesday urging Nicaragua to release political prisoners, after a heated debate.\n\nNicaragua's envoy walked out.",
			want: []string{"elease political prisoners"}, not: []string{"debate"}},
	})
}

// TestQA10AgendaAgreedTo: past the lead, what the parties agreed to do is
// what the talks settled ("the three sides agreed to extend X, to speed
// up Y"). Controls: "agreed to meet again", an earlier agreement ("had
// agreed in 2019"), and an agreement by someone who is no party ("the
// company agreed to sell").
func TestQA10AgendaAgreedTo(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "the sides agreed to", pub: "2026-03-12", label: "Agenda",
			body: "TASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan, Kazakhstan and Kyrgyzstan met in Tashkent on Wednesday.\n\nA joint statement said the three sides had agreed to extend a regional power grid to Kyrgyzstan and to speed up work on a railway linking the three countries.",
			want: []string{"xtend a regional power grid", "peed up work on a railway"}},
		{name: "control: agreed to meet again", pub: "2026-03-12", label: "Agenda",
			body: "TASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on Wednesday to discuss water sharing.\n\nThe ministers agreed to meet again in June.",
			want: []string{"ater sharing"}, not: []string{"meet again"}},
		{name: "control: a firm agreed to sell", pub: "2026-03-12", label: "Agenda",
			body: "TASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on Wednesday to discuss water sharing.\n\nSeparately, a state mining company agreed to expand its copper smelter.",
			want: []string{"ater sharing"}, not: []string{"smelter"}},
	})
}

// TestQA10AgendaAgreedToList: "agreed to A, to B and to C" is a list of
// three steps; a headline's "over X" leads the list when the body names
// other topics. Control: a lead's ", to the anger of ..." stays cut.
func TestQA10AgendaAgreedToList(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "agreed to A, to B", pub: "2026-03-12", label: "Agenda",
			body: "TASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan, Kazakhstan and Kyrgyzstan met in Tashkent on Wednesday.\n\nA joint statement said the three sides had agreed to extend a regional power grid to Kyrgyzstan, to speed up work on a railway linking the three countries, and to share river data.",
			want: []string{"xtend a regional power grid", "peed up work on a railway", "hare river data"}},
		{name: "headline over X first", pub: "2026-03-12", label: "Agenda",
			body: "Ministers clash over dam flooding in first call\n\nTASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan and Kazakhstan spoke by phone on Wednesday.\n\nBoth sides agreed to keep the channel open.",
			want: []string{"am flooding", "eep the channel open"}},
	})
}

// TestQA10AgendaAgreedEarlier: an agreement dated before the story
// ("In 2019 the two countries agreed to", "agreed in November to") is
// background, not what the talks settled.
func TestQA10AgendaAgreedEarlier(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a year before the verb", pub: "2026-03-12", label: "Agenda",
			body: "TASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on Wednesday to discuss water sharing.\n\nIn 2019 the two countries agreed to open a second border crossing.",
			want: []string{"ater sharing"}, not: []string{"border crossing"}},
		{name: "a month after the verb", pub: "2026-03-12", label: "Agenda",
			body: "TASHKENT, March 12 (Reuters) - The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on Wednesday to discuss water sharing.\n\nKazakhstan agreed in November to cut its grain export duties.",
			want: []string{"ater sharing"}, not: []string{"grain"}},
	})
}

// TestQA10AgendaTalksCircumstance (review 21, group 2): "held talks with
// B in C on/over X" gives X only when X is a subject, not how, where or
// on what occasion the talks were held ("on a three-day visit", "over
// the phone", "over lunch", "on the heels of", "on the outskirts of",
// "on the island of", "on short notice"); a subject after such a
// circumstance is still read ("over the weekend about grazing rights").
// Controls: "on a ceasefire", "on border security" keep their topics.
func TestQA10AgendaTalksCircumstance(t *testing.T) {
	lead := func(tail string) string {
		return "PELLA, June 3 (Reuters) - Dovrian Foreign Minister Ana Kell held talks with her Sarnian counterpart Luc Varin in Pella " + tail + "\n\nNo statement was issued."
	}
	runBulletCases(t, []bulletCase{
		{name: "on a visit", pub: "2026-06-03", label: "Agenda", body: lead("on a three-day visit."), not: []string{"visit"}},
		{name: "on his first trip", pub: "2026-06-03", label: "Agenda", body: lead("on her first trip abroad since taking office."), not: []string{"trip"}},
		{name: "on the way", pub: "2026-06-03", label: "Agenda", body: lead("on her way to a regional summit."), not: []string{"way"}},
		{name: "over the phone", pub: "2026-06-03", label: "Agenda", body: lead("over the phone on Tuesday."), not: []string{"phone"}},
		{name: "over lunch then a topic", pub: "2026-06-03", label: "Agenda", body: lead("over lunch on Tuesday on grazing rights."), want: []string{"razing rights"}, not: []string{"unch"}},
		{name: "over the weekend about", pub: "2026-06-03", label: "Agenda", body: lead("over the weekend about grazing rights."), want: []string{"razing rights"}, not: []string{"weekend"}},
		{name: "on the heels of", pub: "2026-06-03", label: "Agenda", body: lead("on the heels of a shooting at the border."), not: []string{"heels"}},
		{name: "on the outskirts", pub: "2026-06-03", label: "Agenda", body: lead("at a villa on the outskirts of the city on Tuesday."), not: []string{"outskirts"}},
		{name: "on the island of", pub: "2026-06-03", label: "Agenda", body: lead("on the island of Kors on Tuesday."), not: []string{"island"}},
		{name: "on short notice", pub: "2026-06-03", label: "Agenda", body: lead("on short notice on Tuesday."), not: []string{"notice"}},
		{name: "on its second day", pub: "2026-06-03", label: "Agenda", body: lead("at the summit on its second day."), not: []string{"second day"}},
		{name: "control: on a ceasefire", pub: "2026-06-03", label: "Agenda", body: lead("on Tuesday on a ceasefire in the valley."), want: []string{"ceasefire"}},
		{name: "control: on border security", pub: "2026-06-03", label: "Agenda", body: lead("on border security."), want: []string{"order security"}},
	})
}

// TestQA10AgendaTalksSubject (review 21, group 2b): when the talks are the
// subject ("X's talks with B on Y collapsed"), the topic ends before the
// main verb; "a plan under which ..." is not cut to "a plan under".
// Control: "held talks on Y" with no verb after the topic keeps it whole.
func TestQA10AgendaTalksSubject(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "talks on X collapsed", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovria's talks with southern rebels in Kors on a prisoner exchange collapsed on Tuesday, the government said.\n\nThe army stayed on alert.",
			want: []string{"prisoner exchange"}, not: []string{"collapsed"}},
		{name: "negotiations over X stalled", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovria's negotiations with creditors over a $2 billion bond stalled on Tuesday, the finance ministry said.\n\nThe currency fell.",
			want: []string{"$2 billion bond"}, not: []string{"stalled"}},
		{name: "a plan under which", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (AP) - Dovrian and Sarnian officials held talks in Pella on Tuesday on a plan under which herders could cross the border freely.\n\nA deal could be signed in July.",
			not:  []string{"plan under."}},
		{name: "control: held talks on X", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovria held talks with Sarnia in Pella on Tuesday on a prisoner exchange.\n\nNo statement was issued.",
			want: []string{"prisoner exchange"}},
	})
}

// TestQA10AgendaRaisedConcernsAndSigned: a bare "raised concerns" is a
// stance, no topic; "agreed to A and signed B" ends A before the signing.
func TestQA10AgendaRaisedConcernsAndSigned(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "raised concerns alone", pub: "2026-06-03", label: "Agenda",
			body: "UNITED NATIONS (AP) - The U.N. Security Council will vote on Friday on a resolution to extend a peacekeeping mission in Dovria, diplomats said. Sarnia and Kessia have raised concerns.",
			not:  []string{"Concerns", "concerns"}},
		{name: "agreed to A and signed B", pub: "2026-06-03", label: "Agenda",
			body: "PELLA (Reuters) - Dovrian President Ana Kell held talks with Sarnian President Luc Varin on Monday, a year after the two leaders met in Kors. They agreed to widen a customs union and signed a fisheries pact.",
			want: []string{"iden a customs union"}, not: []string{"union and signed"}},
	})
}

// TestQA10AgendaPressedLeadAndAnaphora: a lead whose step is "pressed B
// to X" is still read by the lead-predicate fallback; past the lead,
// "agreed to the plan" names no topic.
func TestQA10AgendaPressedLeadAndAnaphora(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "pressed B to X in the lead", pub: "2026-06-03", label: "Agenda",
			body: "NAIROBI, June 3 (Reuters) - Kenyan and Ethiopian mediators pressed Somalia's rival factions to agree a truce for the harvest.\n\nThe army did not comment.",
			want: []string{"truce for the harvest"}},
		{name: "agreed to the plan", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovria began deportation flights to Sarnia on Tuesday under a new agreement.\n\nA spokesperson for the foreign ministry said Sarnia had agreed to the plan.",
			not:  []string{"the plan"}},
	})
}

// TestQA10AgendaCommitments: what the parties or their text bind them to
// is the agenda: "the leaders committed to harmonising tariffs, launching
// a customs window and ...", "signed a declaration pledging to speed up
// freight"; "agreed to A, to B, and to C" keeps each step whole. Controls:
// "committed the crime", "pledged $200 million" give no topic.
func TestQA10AgendaCommitments(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "committed to", pub: "2026-06-03", label: "Agenda",
			body: "TASHKENT, June 3 (Reuters) - The presidents of Uzbekistan and Kazakhstan met in Tashkent on Tuesday.\n\nIn a joint statement, the leaders committed to harmonising rail tariffs by 2027 and launching a joint customs window.",
			want: []string{"armonising rail tariffs", "customs window"}},
		{name: "a declaration pledging to", pub: "2026-06-03", label: "Agenda",
			body: "TASHKENT, June 3 (Reuters) - The presidents of Uzbekistan and Kazakhstan met in Tashkent on Tuesday and signed a declaration pledging to speed up freight along the Caspian route.\n\nNo date was set.",
			want: []string{"peed up freight"}},
		{name: "a list of steps with commas inside", pub: "2026-06-03", label: "Agenda",
			body: "TASHKENT, June 3 (Reuters) - The foreign ministers of Uzbekistan, Kazakhstan and Kyrgyzstan met in Tashkent on Tuesday.\n\nThe statement said the three sides had agreed to build a railway linking Uzbekistan, Kazakhstan and Kyrgyzstan, and to share river data.",
			want: []string{"railway linking Uzbekistan, Kazakhstan and Kyrgyzstan", "hare river data"}},
		{name: "control: pledged a sum", pub: "2026-06-03", label: "Agenda",
			body: "OSLO, June 3 (Reuters) - Norway and Japan met donors in Oslo on Tuesday to discuss aid for Sudan.\n\nThe ministers pledged $200 million.",
			want: []string{"id for Sudan"}, not: []string{"200"}},
		{name: "control: committed the crime", pub: "2026-06-03", label: "Agenda",
			body: "OSLO, June 3 (Reuters) - Norway and Japan met in Oslo on Tuesday to discuss whaling quotas.\n\nPolice said they believed the men committed the theft.",
			want: []string{"haling quotas"}, not: []string{"theft"}},
	})
}

// TestQA10AgendaPurpose: the purpose of talks named in the same sentence
// ("postponed, a setback in efforts to settle their frontier", "met in a
// bid to revive the truce"), and "on <adjective> soil" is where, not
// what. Controls: "efforts to" with no talks in the sentence, and
// "efforts to the north".
func TestQA10AgendaPurpose(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "efforts to", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - A meeting of the Dovrian-Sarnian border commission due on Wednesday was postponed, a setback in efforts to settle their disputed frontier.\n\nNo new date was set.",
			want: []string{"ettle their disputed frontier"}},
		{name: "in a bid to", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovrian and Sarnian envoys met in Pella on Wednesday in a bid to revive a lapsed truce.\n\nNo statement was issued.",
			want: []string{"evive a lapsed truce"}},
		{name: "on foreign soil", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovrian and Sarnian envoys met in Pella on Wednesday to discuss grazing rights.\n\nCritics attacked the government for agreeing to hold the meeting on Sarnian soil at all.",
			want: []string{"razing rights"}, not: []string{"soil"}},
		{name: "control: efforts to with no talks", pub: "2026-06-03", label: "Agenda",
			body: "PELLA, June 3 (Reuters) - Dovrian and Sarnian envoys met in Pella on Wednesday to discuss grazing rights.\n\nFirefighters stepped up efforts to contain a forest fire near the border.",
			want: []string{"razing rights"}, not: []string{"fire"}},
	})
}

// TestQA10AgendaInnerTime: a time inside the object of "discussed" that
// belongs to another verb ("two marine parks Sarnia declared last year")
// does not make the discussion an earlier one. Control: "discussed grain
// exports in 2023" stays background.
func TestQA10AgendaInnerTime(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a time of an inner verb", pub: "2026-06-03", label: "Agenda",
			body: "PELLA (AP) — Dovrian Prime Minister Ana Kell and Sarnian President Luc Varin spoke by phone Monday and agreed to meet in person next month.\n\nGovernment spokesman Ivo Marin told reporters in Pella that the leaders had also discussed migration and objections to two marine parks Sarnia declared in the bay last year.",
			want: []string{"igration"}},
		{name: "control: discussed in 2023", pub: "2026-06-03", label: "Agenda",
			body: "PELLA (AP) — Dovrian Prime Minister Ana Kell and Sarnian President Luc Varin spoke by phone Monday to discuss fishing quotas.\n\nThe two leaders discussed grain exports in 2023.",
			want: []string{"ishing quotas"}, not: []string{"rain exports"}},
	})
}

// TestQA10AgendaLongLastItem: the long last item of a list splits at "and
// a/the": "migration, objections to two marine parks declared last year
// and a proposed power cable". Control: a short "X and a Y" stays whole.
func TestQA10AgendaLongLastItem(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a long last item", pub: "2026-06-03", label: "Agenda",
			body: "PELLA (AP) — Dovrian Prime Minister Ana Kell and Sarnian President Luc Varin met in Pella on Monday.\n\nThe two leaders discussed migration, Sarnian objections to two marine parks in the bay off the northern coast and a proposed undersea power cable.",
			want: []string{"igration", "bjections to two marine parks", "roposed undersea power cable"}, not: []string{"coast and a"}},
		{name: "control: a short pair", pub: "2026-06-03", label: "Agenda",
			body: "PELLA (AP) — Dovrian Prime Minister Ana Kell and Sarnian President Luc Varin met in Pella on Monday.\n\nThe two leaders discussed migration, border trade and a ferry link.",
			want: []string{"igration", "order trade", "erry link"}},
	})
}
