package digest

import (
	"testing"
	"time"
)

// qa14Pub is the publication day of the stop-14 Absent/Excluded cases.
var qa14Pub = time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)

// TestQA14AbsentAsideTime: the time of an aside between an absentee and
// its verb is the aside's own ("Venezuela, suspended from the bloc since
// 2016, was not invited"): it does not make the absence another
// occasion's; a time in the clause itself still does.
func TestQA14AbsentAsideTime(t *testing.T) {
	const ab = "Absent/Excluded"
	runQA6(t, []qa6Case{
		{name: "suspended since a year, not invited",
			body: "Mercosur leaders meet in Luque\n\nLUQUE, Paraguay, March 11 (Reuters) - Leaders of Mercosur met in Luque on Wednesday and agreed to cut tariffs on steel.\n" +
				"Argentina's President Javier Milei and Uruguay's President Yamandu Orsi attended.\n" +
				"Venezuela, suspended from the bloc since 2016, was not invited.\n" +
				"The leaders will meet again in December.",
			pub: qa14Pub, label: ab, want: []string{"Venezuela"}},
		{name: "a junta suspended after a coup in November",
			body: "ECOWAS summit in Abuja\n\nABUJA, March 11 (Reuters) - West African leaders met in Abuja on Wednesday and approved a plan to fund a standby force.\n" +
				"Nigeria's President Bola Tinubu chaired the summit.\n" +
				"Guinea-Bissau, suspended from the bloc's decision-making bodies after soldiers seized power in November, was not invited.\n" +
				"The leaders will meet again in June.",
			pub: qa14Pub, label: ab, want: []string{"Guinea-Bissau"}},
		// controls: the clause's own time is another occasion
		{name: "control: not invited to last year's talks",
			body: "Mercosur leaders meet in Luque\n\nLUQUE, Paraguay, March 11 (Reuters) - Leaders of Mercosur met in Luque on Wednesday and agreed to cut tariffs on steel.\n" +
				"Argentina's President Javier Milei and Uruguay's President Yamandu Orsi attended.\n" +
				"Venezuela was not invited to the talks in Montevideo in 2024.\n" +
				"The leaders will meet again in December.",
			pub: qa14Pub, label: ab, not: []string{"Venezuela"}},
	})
}

// TestQA14AbsentWays: more ways of telling who stayed away or was kept
// out, read by the absence model's features (package absence) and its
// gate (sureAbsence) and by the rules (notTakingPart, excluded): a
// minister "unable to attend", a body "not at the table" or "not in the
// room", "Neither A nor B ... took part", "had no role in", a name
// followed by its predicate after a comma (", did not attend, according
// to" is no aside). Controls: a topic that "did not come up", a question
// ("WHO IS NOT AT THE TABLE?"), a country represented by its minister.
func TestQA14AbsentWays(t *testing.T) {
	const ab = "Absent/Excluded"
	runQA6(t, []qa6Case{
		{name: "unable to attend",
			body: "Central Asia and Germany ministers meet in Samarkand\n\nSAMARKAND, March 11 - Foreign ministers of Germany, Kazakhstan, the Kyrgyz Republic, Turkmenistan and Uzbekistan met in Samarkand on Wednesday and adopted a joint statement on transport links.\n" +
				"German Foreign Minister Johann Wadephul and Uzbek Foreign Minister Bakhtiyor Saidov chaired the meeting.\n" +
				"The Minister of Foreign Affairs of Tajikistan, Sirojiddin Muhriddin, was unable to attend; Tajikistan was represented by Deputy Minister Jamshed Khudoyorzoda.\n" +
				"The ministers will meet again in Berlin next year.",
			pub: qa14Pub, label: ab, want: []string{"Muhriddin"}},
		{name: "not at the table",
			body: "Cyprus meeting in Geneva\n\nGENEVA, March 11 (AFP) - Greek Cypriot and Turkish Cypriot leaders met in Geneva on Wednesday with UN Secretary-General Antonio Guterres and agreed to open two crossing points.\n" +
				"The foreign ministers of Greece, Turkey and Britain also took part.\n" +
				"The European Union was not at the table.\n" +
				"Guterres said he would invite the leaders again in July.",
			pub: qa14Pub, label: ab, want: []string{"European Union"}},
		{name: "neither A nor B took part",
			body: "Moldova and Transnistria talks\n\nCHISINAU, March 11 (Reuters) - Negotiators for Moldova and its breakaway region of Transnistria met in Bender on Wednesday and agreed to guarantee farmers access to their fields.\n" +
				"Moldova's negotiator Roman Rotari and Transnistria's Vitaly Ignatiev led the talks, hosted by the OSCE mission.\n" +
				"Neither Russia nor Ukraine, which together with the OSCE act as mediators in the wider 5+2 format, took part.\n" +
				"The sides will meet again in April.",
			pub: qa14Pub, label: ab, want: []string{"Ukraine"}},
		{name: "had no role in the meeting",
			body: "Moldova and Transnistria talks\n\nCHISINAU, March 11 (Reuters) - Moldova's Deputy Prime Minister Valeriu Chiveri and Transnistria's negotiator Vitaly Ignatiev met in Bender on Wednesday in the 1+1 format.\n" +
				"They agreed to reopen a bridge over the Dniester river.\n" +
				"Russia and Ukraine had no role in Wednesday's meeting, nor did the two observers.\n" +
				"The sides will meet again in April.",
			pub: qa14Pub, label: ab, want: []string{"Russia", "Ukraine"}},
		{name: "a minister, named after a comma, did not attend",
			body: "Colombia and Ecuador talks end without deal\n\nIPIALES, March 11 (Reuters) - Colombian and Ecuadorian ministers ended five hours of talks on the Rumichaca bridge on Wednesday without an agreement to lift their tariffs.\n" +
				"Colombia's Foreign Minister Rosa Villavicencio and Ecuador's Foreign Minister Gabriela Sommerfeld led the delegations.\n" +
				"Electricity could not be addressed in depth because Ecuador's Energy Minister, Ines Manzano, did not attend, according to officials of both delegations.\n" +
				"The ministers will meet again in April.",
			pub: qa14Pub, label: ab, want: []string{"Manzano"}},
		// controls
		{name: "control: a topic that did not come up",
			body: "China and the Philippines hold talks\n\nMANILA, March 11 (Reuters) - Chinese and Philippine diplomats met in Manila on Wednesday for talks on the South China Sea.\n" +
				"Vice Foreign Minister Sun Weidong and Undersecretary Lourdes Dizon-Alcaraz led the talks.\n" +
				"Taiwan did not come up in the talks, officials said.\n" +
				"The two sides will meet again in June.",
			pub: qa14Pub, label: ab, not: []string{"Taiwan"}},
		{name: "control: a question is no absence",
			body: "US-Mexico water talks: an explainer\n\nMEXICO CITY, March 11 (Reuters) - U.S. and Mexican officials met in Mexico City on Wednesday for talks on the 1944 water treaty.\n" +
				"The International Boundary and Water Commission hosted the talks.\n" +
				"WHO IS NOT AT THE TABLE?\n" +
				"Farmers in Chihuahua say they were not consulted.",
			pub: qa14Pub, label: ab, not: []string{"World Health Organization", "WHO"}},
		{name: "control: a country represented by its minister",
			body: "USMCA review in Washington\n\nWASHINGTON, March 11 (Reuters) - Trade ministers of the United States, Mexico and Canada met in Washington on Wednesday for the first joint review of their trade pact.\n" +
				"U.S. Trade Representative Jamieson Greer hosted the talks.\n" +
				"Canada was represented by Dominic LeBlanc, and Mexico by Economy Secretary Marcelo Ebrard.\n" +
				"The ministers will meet again in July.",
			pub: qa14Pub, label: ab, not: []string{"Canada", "Mexico"}},
	})
}

// TestQA14AbsentPartyToCase: one "not a party to the case" (or to a
// conflict) beside a hearing is no absentee: a party to a case or a
// conflict is a legal or warring side, not a seat at talks. Control: "not
// party to the Doha talks" still leaves a country out.
func TestQA14AbsentPartyToCase(t *testing.T) {
	const ab = "Absent/Excluded"
	runQA6(t, []qa6Case{
		{name: "not a party to the case",
			body: "WTO panel hears Indonesia's complaint\n\nGENEVA, March 11 (Reuters) - A World Trade Organization panel heard Indonesia's complaint against the European Union's deforestation rules in Geneva on Wednesday.\n" +
				"Indonesia's Trade Minister Budi Santoso led his country's delegation and EU officials defended the rules.\n" +
				"Malaysia, which has raised similar objections, is not a party to the case but has been mentioned repeatedly by Indonesian officials.\n" +
				"The panel is due to rule in October.",
			pub: qa14Pub, label: ab, not: []string{"Malaysia"}},
		{name: "control: not party to the talks",
			body: "Congo and M23 sign deal in Doha\n\nDOHA, March 11 (Reuters) - Congo's government and the M23 rebels signed a framework agreement in Doha on Wednesday after talks mediated by Qatar.\n" +
				"Qatar's Minister of State Mohammed Al-Khulaifi chaired the talks.\n" +
				"Rwanda, which U.N. experts say has backed the M23 with its own troops, is not party to the Doha talks.\n" +
				"The sides will meet again in April.",
			pub: qa14Pub, label: ab, want: []string{"Rwanda"}},
	})
}

// TestQA14WalkoutByEnvoy: a country's envoy named with a word of rank
// ("Kosovo's chief negotiator", "Lebanon's civilian negotiator") walks
// out for the country; a side that walked out took part first, so its
// negotiator named elsewhere may still be seated (partVetoed,
// walkedOutOf).
func TestQA14WalkoutByEnvoy(t *testing.T) {
	body := "Kosovo-Serbia talks in Brussels end early\n\nBRUSSELS, March 11 (RFE/RL) - Kosovo's chief negotiator walked out of European Union-facilitated talks with Serbia on Wednesday, less than two hours after the first session began, accusing Belgrade of trying to rewrite earlier agreements.\n" +
		"Besnik Bislimi, Kosovo's first deputy prime minister, left the EU's Berlaymont headquarters shortly before noon after a heated exchange with his Serbian counterpart, Petar Petkovic, over the agenda.\n" +
		"EU envoy Peter Sorensen said the channel remained open.\n" +
		"\"We did not come to Brussels to discuss Serbia's wish list,\" Bislimi told reporters.\n" +
		"Sorensen said he would invite both negotiators again in April."
	runQA6(t, []qa6Case{
		{name: "chief negotiator walked out", body: body, pub: qa14Pub, label: "Absent/Excluded", want: []string{"Kosovo walked out"}},
		{name: "control: the negotiator who walked out took part", body: body, pub: qa14Pub, label: "Key Participants", want: []string{"Bislimi", "Petkovic"}},
	})
}
