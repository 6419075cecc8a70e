package digest

import "testing"

// TestReview10ReactObjectDate: a year or "last month" after a participle
// in the cue's object dates the thing, not the deed, so today's reaction
// stays; a habit followed by "but" and a stance verb keeps the later
// verb's stance. The deed's own date still makes it background.
func TestReview10ReactObjectDate(t *testing.T) {
	const lead = "BOGOTA, Colombia, May 12 (Reuters) - Colombia and Venezuela reopened their main border crossing at Cucuta on Tuesday after a two-year closure. "
	const lead2 = "ADDIS ABABA, Ethiopia, Feb 24 (Reuters) - Ethiopia and Eritrea agreed on Tuesday to restore direct flights between their capitals after talks in Addis Ababa. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"agreed in", lead + "Brazil's Foreign Ministry welcomed a return to the transit arrangements agreed in 2016, saying open borders served the whole region.", "2026-05-12", r, []string{"upportive: Brazil"}, nil},
		{"reached last month", lead + "Chile's Foreign Minister Alberto van Klaveren praised the deal reached last month between the two governments.", "2026-05-12", r, []string{"upportive: Alberto van Klaveren"}, nil},
		{"signed in", lead2 + "Somalia's foreign ministry welcomed the move as a return to the spirit of the peace accord signed in 2018.", "2026-02-24", r, []string{"upportive: Somalia"}, nil},
		{"adopted years ago", lead + "Peru's government praised the return to rules adopted two years ago by both countries.", "2026-05-12", r, []string{"upportive: Peru"}, nil},
		{"habit but today", lead2 + "Egypt has often criticised Ethiopia over its Nile dam but on Tuesday welcomed the agreement.", "2026-02-24", r, []string{"upportive: Egypt"}, []string{"ritical: Egypt"}},
		{"habit but now", lead + "Panama has repeatedly opposed the closure but now backed the reopening.", "2026-05-12", r, []string{"upportive: Panama"}, nil},
		{"deed dated", lead + "Bolivia rejected a similar deal in May 2021.", "2026-05-12", r, nil, []string{"Bolivia"}},
		{"deed dated last month", lead + "Paraguay last month criticised the plan agreed between the two governments.", "2026-05-12", r, nil, []string{"Paraguay"}},
		{"habit without but", lead + "Panama has repeatedly opposed the closure.", "2026-05-12", r, nil, []string{"Panama"}},
		{"relative clause's object date", lead + "Panama, which criticised the closure ordered in 2024, kept a low profile on Tuesday.", "2026-05-12", r, nil, []string{"Panama"}},
		{"but a noun", lead + "Panama has repeatedly opposed the closure but support for the reopening grew.", "2026-05-12", r, nil, []string{"Panama"}},
		{"but later dated", lead + "Panama has repeatedly opposed the closure but in 2024 welcomed a first opening.", "2026-05-12", r, nil, []string{"Panama"}},
	})
}

// TestReview10ReactDenial: rejecting charges against another party is a
// stand, and so is a denial that characterises the charge or accuses
// back; a bare denial of charges against oneself ("against it") is not.
func TestReview10ReactDenial(t *testing.T) {
	const lead = "BRUSSELS, Feb 17 (Reuters) - European Union foreign ministers met in Brussels on Tuesday to discuss relations with Georgia. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"charges against other", lead + "The European Union on Tuesday rejected the charges against Georgian opposition leader Nika Melia as politically motivated and called for his release.", "2026-02-17", r, []string{"ritical: European Union"}, nil},
		{"charges against other, bare", lead + "Lithuania rejected the charges against the jailed journalists.", "2026-02-17", r, []string{"ritical: Lithuania"}, nil},
		{"calling them", lead + "The Georgian Dream party dismissed such claims, calling them \"a smear campaign by foreign-funded activists.\"", "2026-02-17", r, []string{"ritical: The Georgian Dream party"}, nil},
		{"and accused", lead + "Azerbaijan's government rejected the allegations of a crackdown and blamed Brussels for the protests.", "2026-02-17", r, []string{"ritical: Azerbaijan"}, nil},
		{"against itself", lead + "Armenia rejected the accusations against it.", "2026-02-17", r, nil, []string{"ritical: Armenia"}},
		{"against its own government", lead + "Hungary rejected the allegations against the Hungarian government.", "2026-02-17", r, nil, []string{"ritical: Hungary"}},
		{"against him, no stance", lead + "Serbia dismissed the charges against it as baseless.", "2026-02-17", r, nil, []string{"ritical: Serbia"}},
		{"calling them baseless", lead + "Serbia rejected the allegations, calling them baseless.", "2026-02-17", r, nil, []string{"ritical: Serbia"}},
		{"bare denial", lead + "Armenia denied any involvement in the protests.", "2026-02-17", r, nil, []string{"ritical: Armenia"}},
	})
}

// TestReview10ReactAgreedThat: "agreed that" a thing is so with a stance
// is the parties' stand, in the lead too; the lead's parties agreeing an
// outcome do not react to it, also when the source ends a coordination
// ("X and the Y agreed").
func TestReview10ReactAgreedThat(t *testing.T) {
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"agreed that unacceptable", "LONDON, March 17 (Reuters) - Britain and France agreed on Tuesday that a Russian proposal to police Black Sea shipping was unacceptable and would reward aggression, officials from both countries said.", "2026-03-17", r, []string{"ritical: United Kingdom, France"}, nil},
		{"agreed that welcome", "WARSAW, March 17 (Reuters) - Poland and Lithuania agreed that the new rail link was a welcome step for the region.", "2026-03-17", r, []string{"upportive: Poland, Lithuania"}, nil},
		{"one party agreed that", "OSLO, March 17 (Reuters) - Nordic ministers met in Oslo on Tuesday to discuss Arctic shipping. Norway's foreign minister agreed that the Russian plan was dangerous.", "2026-03-17", r, []string{"ritical: Norway"}, nil},
		{"agreed to", "LONDON, March 17 (Reuters) - Britain and France agreed on Tuesday to set up a joint naval patrol in the Channel.", "2026-03-17", r, nil, []string{"United Kingdom", "France"}},
		{"coordination", "JEDDAH, Saudi Arabia, July 7 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces agreed on Tuesday to a seven-day humanitarian truce after talks mediated by Saudi Arabia and the United States. Britain welcomed the truce.", "2026-07-07", r, []string{"United Kingdom"}, []string{"Rapid Support Forces"}},
		{"coordination 2", "ADEN, July 7 (Reuters) - Yemen's government and the Houthi movement agreed on Tuesday to exchange 900 prisoners. Oman welcomed the deal.", "2026-07-07", r, []string{"Oman"}, []string{"Houthi"}},
	})
}

// TestReview10ReactRemained: "but remained worried" after a stance is a
// reservation, as "but remains" was.
func TestReview10ReactRemained(t *testing.T) {
	const lead = "JEDDAH, Saudi Arabia, July 7 (Reuters) - Sudan's warring parties agreed on Tuesday to a seven-day humanitarian truce. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"remained worried", lead + "Norway's foreign minister said he supported the agreement but remained worried about access to Darfur.", "2026-07-07", r, []string{"ixed: Norway"}, nil},
		{"remained sceptical", lead + "Dutch Foreign Minister Caspar Veldkamp welcomed the truce but remained sceptical that it would hold.", "2026-07-07", r, []string{"ixed: Caspar Veldkamp"}, nil},
	})
}

// TestReview10ReactUnnamedOffice: an office holder left unnamed speaks
// under the title ("Minister for Pacific Peoples"), or as the country
// whose office it is; the portfolio alone is still no actor.
func TestReview10ReactUnnamedOffice(t *testing.T) {
	const lead = "WELLINGTON, New Zealand, Feb 9 (Reuters) - New Zealand pledged emergency aid to Tonga on Monday after a cyclone destroyed hundreds of homes. "
	const r = "Reactions"
	runBulletCases(t, []bulletCase{
		{"title", lead + "The Minister for Pacific Peoples welcomed the aid package.", "2026-02-09", r, []string{"upportive: Minister for Pacific Peoples"}, []string{"upportive: Pacific Peoples"}},
		{"country's title", lead + "Australia's Minister for Pacific Island Affairs praised the quick response.", "2026-02-09", r, []string{"upportive: Australia"}, []string{"Pacific Island Affairs"}},
		{"named after title", lead + "The Minister for Pacific Peoples, Jenny Salesa, welcomed the aid package.", "2026-02-09", r, []string{"upportive: Jenny Salesa"}, []string{"Pacific Peoples"}},
	})
}

// TestReview10ReactDenialClause: a stance cue after the denial's clause
// ends (", and both sides expelled diplomats") does not make the denial
// a stand.
func TestReview10ReactDenialClause(t *testing.T) {
	const lead = "OTTAWA, April 14 (Reuters) - Canadian Foreign Minister Anita Anand met Pakistani Foreign Minister Ishaq Dar in Ottawa on Tuesday to restore consular ties. "
	runBulletCases(t, []bulletCase{
		{"and both sides expelled", lead + "Pakistan rejected the allegations, and both sides expelled diplomats.", "2026-04-14", "Reactions", nil, []string{"ritical: Pakistan"}},
	})
}
