package digest

import "testing"

// TestQA18bAbsentRegion: short articles written for this test (none from
// a judged set) in which a region, province or breakaway territory of a
// country at the table is absent or left out (s18-absent2: it was read as
// its country, which takes part, and dropped), with controls: a region
// whose country stays away is still its country, and a region of a
// country at the table that is only mentioned is not absent.
func TestQA18bAbsentRegion(t *testing.T) {
	runQA17(t, []qa17Case{
		{name: "breakaway region not invited", text: "Moldova and Ukraine discuss border crossings in Chisinau\n\n" +
			"CHISINAU (Reuters) - The foreign ministers of Moldova and Ukraine met in Chisinau on Tuesday to discuss new border crossings.\n" +
			"Moldovan Foreign Minister Mihai Popsoi hosted Ukrainian Foreign Minister Andrii Sybiha.\n" +
			"Transnistria, which broke away from Moldova in 1992, was not invited to the talks.\n" +
			"The ministers agreed to open two more crossings before winter.",
			want: []string{"Transnistria"}, not: []string{"Moldova left", "Moldova absent"}},
		{name: "federal state stayed away", text: "Somalia and Kenya hold border talks in Nairobi\n\n" +
			"NAIROBI (Nation) - Kenyan and Somali officials met in Nairobi on Sunday to discuss security along their shared border.\n" +
			"Kenyan Foreign Minister Musalia Mudavadi hosted Somalia's Foreign Minister Abdisalam Abdi Ali.\n" +
			"Puntland, whose forces patrol part of the coast, did not attend.\n" +
			"The two sides agreed to set up a joint border committee.",
			want: []string{"Puntland"}, not: []string{"Somalia absent", "Somalia left"}},
		{name: "control: the region's country stays away", text: "Baltic ministers meet in Riga on energy links\n\n" +
			"RIGA (LETA) - Energy ministers of Latvia, Lithuania and Estonia met in Riga on Monday to discuss power links.\n" +
			"Latvian Climate and Energy Minister Kaspars Melnis hosted the meeting.\n" +
			"Moldova was not invited to the talks.\n" +
			"The ministers agreed to study a new undersea cable.",
			want: []string{"Moldova"}},
		{name: "control: a capital stands for its country at the table", text: "G20 foreign ministers meet in Washington\n\n" +
			"WASHINGTON (AP) - Secretary of State Marco Rubio hosted foreign ministers of the Group of 20 at the State Department on Thursday.\n" +
			"Rubio opened the meeting with a call to cut red tape in trade.\n" +
			"Washington boycotted the leaders' summit in Johannesburg last year, officials recalled.\n" +
			"The ministers agreed to meet again in the autumn.",
			not: []string{"Washington"}},
		{name: "control: a region only mentioned", text: "Moldova and Ukraine discuss trade in Chisinau\n\n" +
			"CHISINAU (Reuters) - The foreign ministers of Moldova and Ukraine met in Chisinau on Tuesday to discuss trade.\n" +
			"Moldovan Foreign Minister Mihai Popsoi hosted Ukrainian Foreign Minister Andrii Sybiha.\n" +
			"Transnistria was discussed briefly, officials said.\n" +
			"The ministers agreed to cut tariffs on grain.",
			none: true},
	})
}

// TestQA18bAbsentAside: the absent subject followed by an aside whose own
// punctuation is a date's comma ("since the coup of March 3, 2025,") or
// a second aside between dashes; before s18-absent2 the first comma or
// the closing dash was read as the aside's end and the verb of absence
// after it was not read. Controls: the same asides before a verb of no
// absence.
func TestQA18bAbsentAside(t *testing.T) {
	const lead = "Sahel security ministers meet in Accra\n\n" +
		"ACCRA (GhanaWeb) - Security ministers of Ghana, Togo and Benin met in Accra on Friday to discuss attacks near their northern borders.\n" +
		"Ghana's Interior Minister Muntaka Mubarak hosted the talks.\n"
	const tail = "\nThe ministers agreed to share intelligence on armed groups."
	runQA17(t, []qa17Case{
		{name: "a date inside the aside", text: lead +
			"Burkina Faso, suspended from the bloc since the coup of January 24, 2022, was not invited." + tail,
			want: []string{"Burkina Faso"}},
		{name: "control: a date inside the aside, a verb another rule reads", text: lead +
			"Niger, whose envoy was expelled on May 2, 2025, stayed away from the meeting." + tail,
			want: []string{"Niger"}},
		{name: "an aside between dashes", text: lead +
			"Mali, whose ties with Accra have cooled - a claim its government denies - was not invited." + tail,
			want: []string{"Mali"}},
		{name: "control: a date inside the aside, no absence", text: lead +
			"Burkina Faso, which joined the pact on January 24, 2022, welcomed the outcome." + tail,
			none: true},
		{name: "control: dashes, no absence", text: lead +
			"Mali - a founding member - was represented by its security minister." + tail,
			none: true},
	})
}
