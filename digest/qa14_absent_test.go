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
