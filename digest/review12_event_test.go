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

// TestReview12RelativeDate: a past relative clause that gives the venue
// gives its date too; a meeting to come in another sentence stays a next
// step and does not date the Location.
func TestReview12RelativeDate(t *testing.T) {
	body := "JEDDAH, Saudi Arabia, Nov 11 (Reuters) - Saudi and U.S. mediators pressed Sudan's warring parties to agree a humanitarian truce.\n\nThe delegations, which met in Jeddah on Monday, said they would consult their leaders.\n\nA new round of talks will be held in Jeddah next week."
	body2 := "MUSCAT, Oman, Nov 11 (Reuters) - Omani mediators urged Iran and the United States to resume nuclear talks.\n\nThe envoys, who met in Muscat on Sunday, said progress had been made.\n\nThey will meet again in Muscat next month."
	runBulletCases(t, []bulletCase{
		{"ev_whomet: Location on Monday", body, "2026-11-11", locLabel, []string{"Jeddah", "Monday"}, []string{"next week"}},
		{"ev_whomet: Next keeps next week", body, "2026-11-11", "Next", []string{"alks in Jeddah: next week"}, nil},
		{"who met in Muscat on Sunday", body2, "2026-11-11", locLabel, []string{"Muscat", "Sunday"}, []string{"next month"}},
		{"a preview story keeps its date", "MUSCAT, Oman, Nov 11 (Reuters) - Iranian and U.S. envoys will hold talks in Muscat on Saturday, Oman's foreign ministry said.", "2026-11-11", locLabel, []string{"Muscat", "Saturday"}, nil},
	})
}

// TestReview12Signing: "Signing" only when what is signed is an
// agreement; a law or a petition signed is no diplomatic event.
func TestReview12Signing(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"sign_law: signed into law", "NAIROBI, Kenya, Feb 17 (Reuters) - Kenyan President William Ruto signed into law on Tuesday a bill that lets refugees work outside camps, a move praised by the United Nations.", "2026-02-17", locLabel, nil, []string{"Signing", "Talks in Nairobi"}},
		{"sign_petition: signed a petition", "TBILISI, Georgia, May 12 (Reuters) - More than 100,000 Georgians have signed a petition against a foreign agents law, organisers said on Tuesday, as thousands protested in Tbilisi.", "2026-05-12", locLabel, nil, []string{"Signing"}},
		{"signed a treaty stays a signing", "SUVA, Fiji, Feb 17 (Reuters) - Fiji and Tonga signed a maritime boundary treaty on Tuesday at a ceremony in Suva.", "2026-02-17", locLabel, []string{"Signing in Suva"}, nil},
		{"signed a joint communique", "LUANDA, Angola, March 4 (Reuters) - Angola and Zambia signed a joint communique on rail links in Luanda on Tuesday.", "2025-03-04", locLabel, []string{"Signing in Luanda"}, nil},
		{"signed an MoU", "LUANDA, Angola, March 4 (Reuters) - Angola and Zambia signed an MoU on energy in Luanda on Tuesday.", "2025-03-04", locLabel, []string{"Signing in Luanda"}, nil},
		{"signed cooperation documents", "LUANDA, Angola, March 4 (Reuters) - Angola and China signed 11 cooperation documents in Luanda on Tuesday.", "2025-03-04", locLabel, []string{"Signing in Luanda"}, nil},
		{"signed a roadmap", "LUANDA, Angola, March 4 (Reuters) - Angola and Zambia signed a roadmap for normalising ties in Luanda on Tuesday.", "2025-03-04", locLabel, []string{"Signing in Luanda"}, nil},
		{"signed a framework law is no signing", "LUANDA, Angola, March 4 (Reuters) - Angolan President Joao Lourenco signed a framework law on climate change in Luanda on Tuesday, his office said.", "2025-03-04", locLabel, nil, []string{"Signing"}},
		{"signed nomination documents is no signing", "LUANDA, Angola, March 4 (Reuters) - Angolan President Joao Lourenco signed his nomination documents in Luanda on Tuesday for the August election.", "2025-03-04", locLabel, nil, []string{"Signing"}},
		{"signed a decree stays no signing", "LUANDA, Angola, March 4 (Reuters) - Angolan President Joao Lourenco signed a decree raising fuel prices on Tuesday, his office said in Luanda.", "2025-03-04", locLabel, nil, []string{"Signing"}},
		{"signed a memorandum", "HANOI, Feb 17 (Reuters) - Vietnam and Laos signed a memorandum on power trade in Hanoi on Tuesday.", "2026-02-17", locLabel, []string{"Signing in Hanoi"}, nil},
	})
}

// TestReview12EndsOn: the end of the event going on is no next step.
func TestReview12EndsOn(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"loc_annual2: would end on Sunday", "ADDIS ABABA, Ethiopia, Feb 14 (Reuters) - African leaders gathered in Addis Ababa on Saturday for the African Union's annual summit.\n\nThe summit, diplomats said, would end on Sunday with a statement on Sudan.", "2026-02-14", "Next", nil, []string{"Sunday"}},
		{"talks are due to conclude on Friday", "GENEVA, Nov 4 (Reuters) - Delegates from 40 countries opened talks on a plastics treaty in Geneva on Wednesday.\n\nThe talks are due to conclude on Friday.", "2026-11-04", "Next", nil, []string{"Friday"}},
		{"a meeting to come still is a next step", "GENEVA, Nov 4 (Reuters) - Delegates from 40 countries opened talks on a plastics treaty in Geneva on Wednesday.\n\nThe talks are due to conclude on Friday, and ministers will meet in Nairobi on Dec. 2.", "2026-11-04", "Next", []string{"Nairobi: Dec. 2"}, nil},
	})
}
