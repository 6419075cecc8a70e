package digest

import "testing"

// TestQA11Review25 (review 25 of stop 11): the lead default of Key
// Participants skips the people the lead tells reacting or left out, and
// gives way to the parties and their go-between; "called on X in <place>
// to <verb>" is an appeal, no courtesy call; the venue's country is a
// host only when the text names it so (not Austria for talks in Vienna
// under a NEW DELHI dateline); "Amb." is a style before a name, no name.
func TestQA11Review25(t *testing.T) {
	runQA11(t, []qa11Case{
		{"critic in the lead", "MALE, June 11 (Reuters) - Maldivian opposition leader Abdulla Shahid on Wednesday criticised the talks with India held in Male.", nil, []string{"Shahid"}},
		{"left out in the lead", "ISTANBUL, June 11 (AP) - Ukrainian President Volodymyr Zelenskiy was not invited to talks between American and Russian envoys in Istanbul on Wednesday.", nil, []string{"Zelenskiy"}},
		{"spokesman in the lead", "MOSCOW, June 11 (Reuters) - Kremlin spokesman Dmitry Peskov said on Wednesday that talks between Russian and U.S. diplomats in Istanbul had been useful.", nil, []string{"Peskov"}},
		{"welcomer and a go-between", "NEW YORK, June 11 (UN News) - UN Secretary-General Antonio Guterres on Wednesday welcomed the resumption of talks in Doha between the government of the Democratic Republic of the Congo and the M23 rebel group.\n\nThe talks, mediated by Qatar, resumed on Tuesday.", []string{"Qatar"}, []string{"Guterres"}},
		{"an appeal after the place", "JUBA, June 11 (Radio Tamazuj) - The head of the UN mission in South Sudan, Nicholas Haysom, on Wednesday called on President Salva Kiir in Juba to release detained First Vice President Riek Machar.", nil, []string{"Kiir"}},
		{"a venue is no host", "NEW DELHI, June 11 (PTI) - Indian and Pakistani officials met in Vienna on Wednesday before a neutral expert appointed by the World Bank.", []string{"India", "Pakistan"}, []string{"Austria"}},
		{"Amb. before a name", "The 5th Session of the Ghana-Nigeria Joint Commission was held in Accra on 10-11 June 2025. The Nigerian delegation was led by H.E. Amb. Yusuf Maitama Tuggar, Minister of Foreign Affairs.", []string{"Yusuf Maitama Tuggar"}, []string{"Amb ("}},
	})
}
