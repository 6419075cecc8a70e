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
		{"bare denial", lead + "Armenia denied any involvement in the protests.", "2026-02-17", r, nil, []string{"ritical: Armenia"}},
	})
}
