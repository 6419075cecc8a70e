package digest

import "testing"

// TestQA7ReactBackground: a deed dated by an earlier year in its own
// clause, a former office ("then-"), a thing done "in the past" or a
// habit told as the main verb is the story's background, not a reaction;
// a year in another clause, a habit in a relative clause or a year not
// earlier than the publication's keeps the reaction.
func TestQA7ReactBackground(t *testing.T) {
	const lead = "LISBON, March 3 (Reuters) - Portuguese Foreign Minister Paulo Rangel met Brazilian Foreign Minister Mauro Vieira in Lisbon on Tuesday to discuss a new trade accord. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"relative year", lead + "Argentina, which opposed a similar accord in 2019, has kept a low profile this week.", "2026-03-03", r, nil, []string{"Argentina"}},
		{"month year", lead + "Chile rejected an earlier draft in May 2021.", "2026-03-03", r, nil, []string{"Chile"}},
		{"then-", lead + "Talks broke down in 2024 after then-president Jair Bolsonaro told Congress there was no deal to be had.", "2026-03-03", r, nil, []string{"Bolsonaro"}},
		{"in the past", lead + "Paraguay's government has opposed such accords in the past.", "2026-03-03", r, nil, []string{"Paraguay"}},
		{"habit", lead + "Trade commissioner Maros Sefcovic, who was not in Lisbon, has repeatedly urged both sides to finish the text.", "2026-03-03", r, nil, []string{"Sefcovic"}},
		{"habit in relative clause", lead + "Uruguay, which has repeatedly criticized the accord, condemned the meeting.", "2026-03-03", r, []string{"Critical: Uruguay"}, nil},
		{"year elsewhere", lead + "Rangel welcomed the outcome, in the first visit by a Brazilian minister since relations cooled in 2022.", "2026-03-03", r, []string{"Paulo Rangel"}, nil},
		{"last month", lead + "The talks build on a roadmap, which the Mercosur council last month described as a basis for negotiations.", "2026-03-03", r, nil, []string{"Mercosur"}},
		{"years ago", lead + "Bolivia rejected a similar accord two years ago.", "2026-03-03", r, nil, []string{"Bolivia"}},
		{"current year", lead + "Vieira said Brazil would sign the accord in 2026.", "2026-03-03", r, []string{"Mauro Vieira"}, nil},
	})
}

// TestQA7ReactButReserve: a stance followed by "but" and a clause that
// opens with a negation or a demand is mixed; "but also", a
// new statement after "but" and a negation before the stance are not.
func TestQA7ReactButReserve(t *testing.T) {
	const lead = "NAIROBI, June 9 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi hosted Ethiopian and Somali envoys in Nairobi on Tuesday for talks on port access. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"disappointed but not", lead + "\"We are deeply disappointed, but we will not stop trying,\" Mudavadi told reporters.", "2026-06-09", r, []string{"ixed: Musalia Mudavadi"}, nil},
		{"productive but not yet", lead + "\"The meeting was productive, but we are not at the finish line,\" Somali envoy Ahmed Moallim Fiqi said.", "2026-06-09", r, []string{"ixed: Ahmed Moallim Fiqi"}, nil},
		{"welcomed but demanded", lead + "Opposition leader Kalonzo Musyoka said he welcomed the offer of aid but demanded that parliament review every clause.", "2026-06-09", r, []string{"ixed: Kalonzo Musyoka"}, nil},
		{"backed but drew the line", lead + "Somali envoy Ahmed Moallim Fiqi backed the joint patrols but drew the line at foreign bases.", "2026-06-09", r, []string{"ixed: Ahmed Moallim Fiqi"}, nil},
		{"but also", lead + "Mudavadi welcomed the talks but also thanked the envoys for not walking out.", "2026-06-09", r, []string{"upportive: Musalia Mudavadi"}, []string{"ixed"}},
		{"same subject's next deed", lead + "Eritrean Information Minister Yemane Gebremeskel accused Nairobi of meddling but did not address the port plan directly.", "2026-06-09", r, []string{"ritical: Yemane Gebremeskel"}, []string{"ixed"}},
		{"new statement", lead + "Mudavadi said it was \"deeply regrettable\" that Eritrea stayed away, but said Kenya's position on the port \"has not changed\".", "2026-06-09", r, []string{"ritical: Musalia Mudavadi"}, []string{"ixed"}},
	})
}

// TestQA7ReactPortfolio: the portfolio in a title ("Minister for X
// Affairs") is no actor; the person named after the title is, and a
// ministry named in full stays one.
func TestQA7ReactPortfolio(t *testing.T) {
	const lead = "JAKARTA, Aug 4 (Reuters) - Indonesia and Britain signed a maritime cooperation pact in Jakarta on Tuesday. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"minister for", lead + "Britain's Minister for Indo-Pacific Affairs, Catherine West, said London respected the choice of Jakarta and welcomed the agreement.", "2026-08-04", r, []string{"Catherine West"}, []string{"Indo-Pacific Affairs"}},
		{"secretary of", lead + "Australia's Assistant Minister for Pacific Island Affairs, Tim Watts, said Canberra respected the decision and praised the pact.", "2026-08-04", r, []string{"Tim Watts"}, []string{"Pacific Island Affairs"}},
		{"surname said later", lead + "Britain's Minister for Indo-Pacific Affairs, Catherine West, said London respected the choice of Jakarta and welcomed the agreement. \"This is a partnership of equals,\" West said in a statement.", "2026-08-04", r, []string{"Catherine West"}, []string{"Indo-Pacific Affairs"}},
		{"ministry in full", lead + "The Ministry of Foreign Affairs of Malaysia welcomed the pact in a statement.", "2026-08-04", r, []string{"upportive"}, nil},
	})
}

// TestQA7ReactPossessor: "X's sister, Y, said" is Y's reaction, not X's;
// an unnamed relative does not speak for X; an office's holder named
// after "Z's envoy" speaks.
func TestQA7ReactPossessor(t *testing.T) {
	const lead = "MUSCAT, Jan 12 (Reuters) - Iran freed French teacher Tomas Ibarra on Monday after mediation by Oman, Omani Foreign Minister Badr Albusaidi said. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"sister named", lead + "Ibarra's brother, Miguel Ibarra, said the family was grateful and asked for privacy.", "2026-01-12", r, []string{"Miguel Ibarra"}, []string{"Tomas Ibarra"}},
		{"relative unnamed", lead + "Ibarra's lawyer said the family was grateful and asked for privacy.", "2026-01-12", r, nil, []string{"Tomas Ibarra"}},
		{"envoy named", lead + "Iran's chief negotiator, Kazem Gharibabadi, said the release showed goodwill and asked Paris for reciprocity.", "2026-01-12", r, []string{"Kazem Gharibabadi"}, nil},
	})
}

// TestQA7ReactVerbHolds: a stance verb ("thanked", "welcomed") holds
// over a double negative in its object that the attribution model reads
// as both stances; the engine's own cue of the other side keeps it mixed.
func TestQA7ReactVerbHolds(t *testing.T) {
	const lead = "CHISINAU, May 5 (Reuters) - European Union finance ministers approved a 2 billion euro support package for Moldova on Tuesday. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"thanked", lead + "Moldovan President Maia Sandu thanked the ministers in a video address, calling the package \"proof that blackmail and aggression will not go unanswered.\"", "2026-05-05", r, []string{"upportive: Maia Sandu"}, []string{"ixed"}},
		{"welcomed", lead + "Moldovan President Maia Sandu welcomed the decision, calling it \"a sign that hostility will not be tolerated.\"", "2026-05-05", r, []string{"upportive: Maia Sandu"}, []string{"ixed"}},
		{"own cue", lead + "Moldovan President Maia Sandu welcomed the package, but warned that it came too late for many farmers.", "2026-05-05", r, []string{"ixed: Maia Sandu"}, nil},
	})
}

// TestQA7ReactAnonymousFact: a fact told first and sourced to unnamed
// officials after it is no reaction of their country; unnamed officials
// who say what their side holds still react; denying "the accusation"
// is not accusing.
func TestQA7ReactAnonymousFact(t *testing.T) {
	const lead = "VILNIUS, Oct 6 (Reuters) - Lithuanian Foreign Minister Kestutis Budrys met his Polish counterpart Radoslaw Sikorski in Vilnius on Tuesday to discuss border security. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"not invited", lead + "Belarusian opposition figures were not invited, Lithuanian officials said.", "2026-10-06", r, nil, []string{"Lithuania"}},
		{"next week", lead + "A technical working group will meet again next week, a Polish diplomat said.", "2026-10-06", r, nil, []string{"Poland", "Polish"}},
		{"who asked", lead + "The border fence will be extended by 40 km, a Lithuanian official who asked not to be named said.", "2026-10-06", r, nil, []string{"Lithuania"}},
		{"own side", lead + "A Polish diplomat said Warsaw had wanted a tougher text.", "2026-10-06", r, []string{"olish"}, nil},
		{"denies accusation", lead + "Belarus, which Vilnius blames for the migrant crossings, was not represented. Minsk denies the accusation.", "2026-10-06", r, nil, []string{"ritical: Belarus"}},
		{"accused", lead + "Belarus accused Lithuania of staging a provocation.", "2026-10-06", r, []string{"ritical: Belarus"}, nil},
	})
}

// TestQA7ReactNameQuote: a name in quotation marks (a process, a book, a
// nickname) is no words said: no reaction and no position from it; a
// short capitalised sentence quoted is still words.
func TestQA7ReactNameQuote(t *testing.T) {
	const lead = "ATHENS, April 2 (Reuters) - Greek Prime Minister Kyriakos Mitsotakis hosted a migration summit with six Mediterranean governments in Athens on Thursday. "
	runBulletCases(t, []bulletCase{
		{"process name", lead + "It was the second meeting under what Athens calls the \"Aegean Compact.\"", "2026-04-02", "Positions", nil, []string{"Aegean Compact"}},
		{"process name reaction", lead + "It was the second meeting under what Athens calls the \"Aegean Compact.\"", "2026-04-02", "Reactions", nil, []string{"Greece"}},
		{"nickname", lead + "Smuggling boss Ahmed \"The Doctor\" Dabbashi, whose network runs boats from Zuwara, has threatened to fight any coastguard.", "2026-04-02", "Reactions", nil, []string{"Dabbashi"}},
		{"words", lead + "\"Never Again,\" Mitsotakis said of the shipwreck off Pylos, urging a joint coastguard.", "2026-04-02", "Reactions", []string{"Mitsotakis"}, nil},
	})
}

// TestQA7ReactJointAgreement: the lead's parties agreeing the outcome
// ("leaders agreed a statement", "X and Y agreed to set up a fund") do
// not react to it; one party agreeing later in the text may.
func TestQA7ReactJointAgreement(t *testing.T) {
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"bloc leaders", "BRASILIA, July 7 (Reuters) - BRICS leaders agreed on Monday a joint declaration calling for reform of the International Monetary Fund, at the end of a two-day summit. Indian Prime Minister Narendra Modi welcomed the text.", "2026-07-07", r, []string{"Narendra Modi"}, []string{"BRICS"}},
		{"several parties", "LIMA, July 7 (Reuters) - Peru, Chile and a dozen Pacific governments agreed on Monday to set up a fisheries monitoring fund. Chilean Foreign Minister Alberto van Klaveren praised the deal.", "2026-07-07", r, []string{"Alberto van Klaveren"}, []string{"Pacific governments", "Peru"}},
		{"one party later", "LIMA, July 7 (Reuters) - Fisheries ministers from ten Pacific countries met in Lima on Monday to discuss a monitoring fund. Peruvian Foreign Minister Elmer Schialer said talks were difficult. Ecuador later agreed to join the fund, and its foreign minister praised the deal.", "2026-07-07", r, []string{"Ecuador"}, nil},
	})
}

// TestQA7ReactParaphrase: a quotation without a cue takes the stance of
// the paraphrase between the verb and it unless that is only critical (a
// warning in general); a quotation with a cue keeps its own.
func TestQA7ReactParaphrase(t *testing.T) {
	const lead = "ROME, May 8 (Reuters) - Italian Prime Minister Giorgia Meloni hosted Mediterranean leaders in Rome on Friday to launch a joint coastguard fund. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"supported", lead + "Maltese Prime Minister Robert Abela said Malta supported the fund and wanted it extended to \"every island state.\"", "2026-05-08", r, []string{"upportive: Robert Abela"}, nil},
		{"stood with", lead + "Abela said Valletta stood with Rome on returns and called the fund \"a practical tool.\"", "2026-05-08", r, nil, []string{"ritical"}},
		{"save lives", lead + "\"Shared patrols like these save lives,\" Abela said.", "2026-05-08", r, []string{"upportive: Abela"}, nil},
		{"grateful", lead + "Cypriot President Nikos Christodoulides said the island was \"deeply grateful\" to its partners.", "2026-05-08", r, []string{"upportive: Nikos Christodoulides"}, nil},
		{"warning in paraphrase", lead + "Robert Abela added that the sea must not become \"a graveyard for the poor.\"", "2026-05-08", r, nil, []string{"ritical: Robert Abela"}},
		{"own cue", lead + "Robert Abela said Malta supported the fund but called the returns clause \"a dangerous mistake.\"", "2026-05-08", r, []string{"Robert Abela"}, []string{"upportive: Robert Abela"}},
	})
}

// TestQA7ReactNewCues: "catastrophe", "confrontation" and "disrupt" carry
// a critical stance.
func TestQA7ReactNewCues(t *testing.T) {
	const lead = "GENEVA, Feb 19 (Reuters) - Talks between Sudan's warring parties collapsed in Geneva on Thursday. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"catastrophe", lead + "U.N. aid chief Tom Fletcher said the collapse was \"a catastrophe for families in Darfur.\"", "2026-02-19", r, []string{"ritical: Tom Fletcher"}, nil},
		{"confrontation", lead + "Chinese Foreign Ministry spokeswoman Mao Ning said the sanctions plan was \"a recipe for confrontation\" that would \"disrupt regional trade.\"", "2026-02-19", r, []string{"ritical: Mao Ning"}, nil},
	})
}

// TestQA7ReactDemandNotNegation: after a plain "said", the engine's own
// reading wins over the model's when they disagree: "should not be
// forced to choose" is a demand against pressure, not a negated attack.
func TestQA7ReactDemandNotNegation(t *testing.T) {
	const lead = "SUVA, Dec 3 (Reuters) - Fiji signed a policing agreement with Australia in Suva on Wednesday. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"forced to choose", lead + "The Chinese Embassy in Suva said in a statement that small states \"should not be forced to choose between partners\" and that its aid \"targets no third party.\"", "2026-12-03", r, []string{"ritical"}, []string{"upportive"}},
		{"stance verb kept", lead + "Fijian Prime Minister Sitiveni Rabuka welcomed the agreement, saying Fiji would not be forced to choose between partners.", "2026-12-03", r, []string{"Sitiveni Rabuka"}, []string{"ritical: Sitiveni Rabuka"}},
	})
}

// TestQA7ReactDenial: rejecting the allegations against oneself is no
// stand on the news; rejecting a proposal is.
func TestQA7ReactDenial(t *testing.T) {
	const lead = "OTTAWA, April 14 (Reuters) - Canadian Foreign Minister Anita Anand met Pakistani Foreign Minister Ishaq Dar in Ottawa on Tuesday to restore consular ties. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"allegations", lead + "Pakistan rejected the allegations, and both sides withdrew diplomats.", "2026-04-14", r, nil, []string{"ritical: Pakistan"}},
		{"denies any", lead + "Islamabad denies any involvement in the plot.", "2026-04-14", r, nil, []string{"ritical: Pakistan"}},
		{"proposal", lead + "Pakistan rejected the proposal for a joint inquiry.", "2026-04-14", r, []string{"ritical: Pakistan"}, nil},
	})
}
