package digest

import "testing"

// TestQA8Participants holds the fifth round's participant and absence
// cases (set D's judge, kinds 1 and 6), in sentences of our own.
func TestQA8Participants(t *testing.T) {
	const kp, ab = "Key Participants", "Absent/Excluded"
	lead := func(city, date, body string) string {
		return "Ministers meet in " + city + "\n\n" + city + ", " + date + " (Reuters) - " + body
	}
	runBulletCases(t, []bulletCase{
		// a subordinator ends a list: the person after it is no stand-in
		{"represented by B after C stayed in a capital", lead("NAIROBI", "June 10", "East African foreign ministers met in Nairobi on Tuesday to discuss refugees. Kenyan Foreign Minister Musalia Mudavadi chaired the talks. Uganda, which backs the plan, was represented by State Minister Henry Oryem Okello after Foreign Minister Jeje Odongo stayed in Kampala for a budget debate."), "2025-06-10", kp,
			[]string{"Henry Oryem Okello (State Minister, Uganda)"}, []string{"Jeje Odongo"}},
		{"represented by B because C was ill", lead("LIMA", "June 10", "Andean foreign ministers met in Lima on Tuesday to discuss trade. Bolivia was represented by Deputy Foreign Minister Elena Vargas because Foreign Minister Celinda Sosa stayed home with a fever."), "2025-06-10", kp,
			[]string{"Elena Vargas"}, []string{"Celinda Sosa"}},
		{"the one who stayed in a capital is absent by name", lead("NAIROBI", "June 10", "East African foreign ministers met in Nairobi on Tuesday to discuss refugees. Kenyan Foreign Minister Musalia Mudavadi chaired the talks. Uganda, which backs the plan, was represented by State Minister Henry Oryem Okello after Foreign Minister Jeje Odongo stayed in Kampala for a budget debate."), "2025-06-10", ab,
			[]string{"Jeje Odongo"}, []string{"Uganda absent"}},
		{"stayed home", lead("LIMA", "June 10", "Andean foreign ministers met in Lima on Tuesday to discuss trade. Bolivia was represented by Deputy Foreign Minister Elena Vargas because Foreign Minister Celinda Sosa stayed home with a fever."), "2025-06-10", ab,
			[]string{"Celinda Sosa"}, []string{"Bolivia absent"}},
		// not: staying in the venue's own city is no absence
		{"stayed in the venue's city is no absence", lead("NAIROBI", "June 10", "East African foreign ministers met in Nairobi on Tuesday to discuss refugees. Ugandan Foreign Minister Jeje Odongo stayed in Nairobi for a second day of talks with Kenyan Foreign Minister Musalia Mudavadi."), "2025-06-10", ab,
			[]string{""}, nil},
		// not: a title after a name still reads ("B, aid chief")
		{"a list goes on through titles", lead("LIMA", "June 10", "Andean foreign ministers met in Lima on Tuesday to discuss trade. Peru was represented by Foreign Minister Elmer Schialer and Trade Minister Ursula Desilu Leon."), "2025-06-10", kp,
			[]string{"Elmer Schialer", "Ursula Desilu Leon"}, nil},
	})
}
