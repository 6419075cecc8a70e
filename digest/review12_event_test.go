package digest

import "testing"

// locLabel is the quick look's Location bullet label.
const locLabel = "Meeting Location & Date"

// TestReview12Seat: a seat of government named on its own is elsewhere
// than the dateline only when it lies outside the dateline's country (the
// gazetteer's country for the seat, else the host's).
func TestReview12Seat(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"seat_moscow: the Kremlin filed from Moscow", "MOSCOW, July 7 (Reuters) - Russian President Vladimir Putin held talks with Indonesian President Prabowo Subianto at the Kremlin on Tuesday, discussing arms sales and wheat exports.", "2026-07-07", locLabel, []string{"Talks in Moscow"}, nil},
		{"seat_elysee: the Elysee filed from Paris", "PARIS, June 9 (Reuters) - French President Emmanuel Macron hosted Polish Prime Minister Donald Tusk at the Elysee on Monday for talks on European defence spending.", "2026-06-09", locLabel, []string{"Paris"}, nil},
		{"the Kremlin filed from Kyiv stays elsewhere", "KYIV, July 7 (Reuters) - Slovak Prime Minister Robert Fico held talks with Russian President Vladimir Putin at the Kremlin on Tuesday.", "2026-07-07", locLabel, nil, []string{"Kyiv"}},
		{"seat_white: the White House filed from Nairobi", "NAIROBI, Kenya, March 3 (Reuters) - Kenyan President William Ruto held talks with U.S. President Donald Trump at the White House on Tuesday, his office said.", "2026-03-03", locLabel, nil, []string{"Nairobi"}},
		{"an unlisted seat at home by the host's nationality", "ANKARA, Turkey, July 7 (Reuters) - Turkish President Tayyip Erdogan held talks with Azerbaijani President Ilham Aliyev at the Bestepe on Tuesday.", "2026-07-07", locLabel, []string{"Ankara"}, nil},
	})
}

// TestReview12PastPerfect: past-perfect reported talks block only the
// dateline's guess; a clause that names the dateline's city or "the
// (Turkish) capital" keeps it as the venue.
func TestReview12PastPerfect(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"pp_dateline: in the Turkish capital", "ANKARA, Turkey, Jan 14 (Reuters) - Turkish Foreign Minister Hakan Fidan said on Wednesday he had held talks with his Syrian counterpart Asaad al-Shaibani in the Turkish capital on Tuesday, focusing on the future of Kurdish-led forces.", "2026-01-14", locLabel, []string{"Talks in Ankara"}, nil},
		{"in the capital", "NAIROBI, Kenya, Jan 14 (Reuters) - Kenya's foreign minister said on Wednesday he had met his Somali counterpart in the capital on Tuesday to discuss border security.", "2026-01-14", locLabel, []string{"Nairobi"}, nil},
		{"in Kenya's capital", "NAIROBI, Kenya, Jan 14 (Reuters) - Somalia's foreign minister said on Wednesday he had met Kenyan officials in Kenya's capital on Tuesday to discuss border security.", "2026-01-14", locLabel, []string{"Nairobi"}, nil},
		{"pp_dateline2: no place named, no dateline guess", "BANGKOK, Aug 5 (Reuters) - Thai Foreign Minister Maris Sangiampongsa said on Wednesday that Thai and Cambodian defence officials had met on Tuesday to discuss the ceasefire along their border.", "2026-08-05", locLabel, nil, []string{"Bangkok"}},
		{"another country's capital is no dateline", "NAIROBI, Kenya, Jan 14 (Reuters) - Kenya's foreign minister said on Wednesday he had met his Somali counterpart in the Somali capital on Tuesday.", "2026-01-14", locLabel, nil, []string{"Nairobi"}},
	})
}

// TestReview12Home: "arrived back/home" blocks the dateline's guess only
// when the return is the lead's only event.
func TestReview12Home(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"home_aside2: arrived back and held talks", "LUSAKA, Zambia, March 10 (Reuters) - Zambian President Hakainde Hichilema arrived back from China on Sunday and held talks with IMF Managing Director Kristalina Georgieva on Tuesday on debt relief.", "2026-03-10", locLabel, []string{"Talks in Lusaka", "Tuesday"}, nil},
		{"returned home and met", "ACCRA, Ghana, March 10 (Reuters) - Ghanaian President John Mahama returned home from Brussels on Sunday and met the visiting Nigerian foreign minister on Monday.", "2026-03-10", locLabel, []string{"Accra"}, nil},
		{"the return alone is no meeting at home", "VILNIUS, Lithuania, Jan 7 (Reuters) - Lithuanian journalist Andrius Petraitis, freed by Belarus in a prisoner exchange on Monday, arrived home on Tuesday to a hero's welcome.", "2026-01-07", locLabel, nil, []string{"Vilnius"}},
		{"returned home after talks abroad", "ACCRA, Ghana, March 10 (Reuters) - Ghanaian President John Mahama returned home on Sunday after talks with European Union leaders.", "2026-03-10", locLabel, nil, []string{"Accra"}},
	})
}
