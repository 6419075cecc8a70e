package digest

import "testing"

// TestQA7ParticipantLists: a list of participants after "brought
// together", "co-chaired by", "co-hosted by", "represented by", "attending
// were" or "taking part were" is read whole, through titles the role list
// lacks and "'s" of each country; a person written with "'s" is not the
// participant (his government is).
func TestQA7ParticipantLists(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{"brought together", "ACCRA, March 3 (Reuters) - West African leaders agreed on Tuesday to set up a joint force against insurgents.\n\nThe summit, hosted by Ghanaian President John Mahama, brought together Nigerian President Bola Tinubu, Senegalese President Bassirou Diomaye Faye and Ivorian President Alassane Ouattara.", "2026-03-03", kp,
			[]string{"John Mahama", "Bola Tinubu", "Bassirou Diomaye Faye", "Alassane Ouattara"}, nil},
		{"brings together, present tense", "ASTANA, May 5 (Reuters) - Central Asian foreign ministers met on Tuesday to discuss water sharing.\n\nThe meeting brings together Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov.", "2026-05-05", kp,
			[]string{"Murat Nurtleu", "Bakhtiyor Saidov"}, nil},
		{"co-chaired by, an appositive title", "GENEVA, Feb 10 (Reuters) - Talks on Yemen ended on Tuesday without a deal.\n\nThe talks were co-chaired by Omani Foreign Minister Badr Albusaidi and Hans Grundberg, the U.N. envoy for Yemen.", "2026-02-10", kp,
			[]string{"Badr Albusaidi", "Hans Grundberg"}, nil},
		{"co-hosted by and attending were", "NEW YORK, Sept 20 (AP) - Donors pledged $200 million for Sudan on Monday.\n\nThe conference was co-hosted by Norwegian Foreign Minister Espen Barth Eide and Egyptian Foreign Minister Badr Abdelatty. Among those attending were Kenyan President William Ruto and U.N. aid chief Tom Fletcher.", "2026-09-20", kp,
			[]string{"Espen Barth Eide", "Badr Abdelatty", "William Ruto", "Tom Fletcher"}, nil},
		{"Taking part were, capitalised", "DOHA, June 2 (Reuters) - Talks on Gaza resumed on Tuesday.\n\nTaking part were Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Hassan Rashad.", "2026-06-02", kp,
			[]string{"Mohammed bin Abdulrahman Al Thani", "Hassan Rashad"}, nil},
		{"each side's title with its country", "NAIROBI, April 8 (Reuters) - Kenya and Uganda ended two days of talks on a pipeline on Wednesday.\n\nThe talks were led by Kenya's Energy Cabinet Secretary Opiyo Wandayi and Uganda's Energy Permanent Secretary Irene Batebe.", "2026-04-08", kp,
			[]string{"Opiyo Wandayi", "Irene Batebe (Energy Permanent Secretary, Uganda)"}, nil},
		{"represented by", "LUANDA, July 1 (Reuters) - Southern African leaders met in Luanda on Wednesday.\n\nMalawi was represented by Vice President Jane Ansah.", "2026-07-01", kp,
			[]string{"Jane Ansah"}, nil},
		{"a name with 's is his government", "NAIROBI, Jan 12 (Reuters) - Sudanese peace talks opened in Nairobi on Monday.\n\nThe talks bring together General Kamal Idris's government and the rebel Tasis coalition.", "2026-01-12", kp,
			nil, []string{"Kamal Idris"}},
	})
}

// TestQA7Hosts: the guest of a passive of hosting takes part with the
// hosts named after "by", whatever stands between ("in the city, the
// capital, by").
func TestQA7Hosts(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{"received in a city by two hosts", "DAKAR, Oct 2 (AFP) - Spanish Foreign Minister Jose Manuel Albares visited Senegal on Thursday.\n\nAlbares was received in Dakar, the capital, by his Senegalese counterpart Cheikh Niang and by Prime Minister Ousmane Sonko.", "2026-10-02", kp,
			[]string{"Jose Manuel Albares", "Cheikh Niang", "Ousmane Sonko"}, nil},
		{"greeted at the airport", "ABUJA, Oct 2 (AFP) - A freed aid worker arrived home on Thursday.\n\nThe aid worker was flown to Abuja and greeted at the airport by Nigerian Foreign Minister Yusuf Tuggar.", "2026-10-02", kp,
			[]string{"Yusuf Tuggar"}, nil},
		{"a letter received: no host", "DAKAR, Oct 2 (AFP) - Senegal's cabinet met on Thursday.\n\nThe proposal was received last year by President Bassirou Diomaye Faye.", "2026-10-02", kp,
			nil, []string{"Bassirou Diomaye Faye"}},
	})
}

// TestQA7OtherTime: people of a meeting to come at another time, or of
// one dated by another year, do not take part in the lead's event; a stop
// of the same tour still does.
func TestQA7OtherTime(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{"will travel in June to meet", "CANBERRA, March 4 (Reuters) - Australia and Indonesia held defence talks on Wednesday.\n\nAustralian Defence Minister Richard Marles hosted Indonesian Defence Minister Sjafrie Sjamsoeddin in Canberra. Trade Minister Don Farrell will travel to Jakarta in June to meet Indonesian Trade Minister Budi Santoso.", "2026-03-04", kp,
			[]string{"Richard Marles", "Sjafrie Sjamsoeddin"}, []string{"Don Farrell", "Budi Santoso"}},
		{"expected to meet at a summit elsewhere", "CANBERRA, March 4 (Reuters) - Australia and Indonesia held defence talks on Wednesday.\n\nAustralian Defence Minister Richard Marles hosted Indonesian Defence Minister Sjafrie Sjamsoeddin in Canberra. Prime Minister Anthony Albanese is expected to meet Indonesian President Prabowo Subianto on the sidelines of the APEC summit in China in November.", "2026-03-04", kp,
			[]string{"Richard Marles"}, []string{"Anthony Albanese", "Prabowo Subianto"}},
		{"a tour's next stop still counts", "BERLIN, May 12 (Reuters) - German Foreign Minister Annalena Kaufmann began a tour of Vilnius and Riga on Monday.\n\nIn Vilnius, Kaufmann met Lithuanian Foreign Minister Kestutis Budrys. On Tuesday she is scheduled to travel to Riga for talks with Latvian Foreign Minister Baiba Braze, ahead of elections in October.", "2026-05-12", kp,
			[]string{"Kestutis Budrys", "Baiba Braze"}, nil},
		{"a pact signed in another year", "HONIARA, Dec 3 (ABC) - Vanuatu's foreign minister resigned on Wednesday over a security deal.\n\nCritics say the deal undoes the accord that then-president Nikenike Vurobaravu signed with France in 2019.", "2026-12-03", kp,
			nil, []string{"Vurobaravu"}},
	})
}

// TestQA7StandIn: a leader who sends someone in his place is absent and
// his stand-in takes part; his country is not absent. A second verb after
// the subject and a state government are read too.
func TestQA7StandIn(t *testing.T) {
	const ab, kp = "Absent/Excluded", "Key Participants"
	const fund = "LISBON, June 4 (Reuters) - Atlantic governments agreed on Thursday to set up a fund for ports, at a summit in Lisbon.\n\n"
	runBulletCases(t, []bulletCase{
		{"sent X in his place", fund + "Irish Prime Minister Micheal Martin did not attend and sent Foreign Minister Helen McEntee in his place.", "2026-06-04", ab,
			[]string{"Micheal Martin absent"}, []string{"Ireland"}},
		{"... X takes part", fund + "Irish Prime Minister Micheal Martin did not attend and sent Foreign Minister Helen McEntee in his place.", "2026-06-04", kp,
			[]string{"Helen McEntee (Foreign Minister, Ireland)"}, []string{"Micheal Martin"}},
		{"sending an ambassador instead", fund + "Moroccan Foreign Minister Nasser Bourita did not attend, sending Rabat's ambassador to Portugal instead.", "2026-06-04", ab,
			[]string{"Nasser Bourita absent"}, []string{"Morocco absent"}},
		{"was represented by", fund + "Brazilian President Luiz Inacio Lula da Silva did not travel to Lisbon and was represented by Foreign Minister Mauro Vieira.", "2026-06-04", ab,
			[]string{"Lula da Silva absent"}, []string{"Brazil absent"}},
		{"left and did not attend", fund + "Canadian Prime Minister Mark Carney left Lisbon on Wednesday night and did not attend the closing session, where Foreign Minister Anita Anand represented Canada.", "2026-06-04", ab,
			[]string{"Mark Carney absent"}, []string{"Lisbon absent"}},
		{"no stand-in: the country", fund + "Irish Prime Minister Micheal Martin did not attend the summit.", "2026-06-04", ab,
			[]string{"Ireland absent"}, nil},
		{"a state government by its name", "MADRID, June 4 (Reuters) - Spain and Portugal ended talks on river flows on Thursday.\n\nThe Andalusia regional government, which manages the basin, did not send a representative.", "2026-06-04", ab,
			[]string{"Andalusia regional government absent"}, nil},
	})
}

// TestQA7WalkOut: a party that walked out of the talks is listed as such,
// not as absent; walking out of a building is no walk-out.
func TestQA7WalkOut(t *testing.T) {
	const ab = "Absent/Excluded"
	runBulletCases(t, []bulletCase{
		{"walked out over", "ADDIS ABABA, Feb 19 (Reuters) - Ethiopia and Eritrea adjourned border talks on Thursday after the Eritrean delegation walked out over a map dispute.", "2026-02-19", ab,
			[]string{"Eritrea walked out"}, []string{"Eritrea absent"}},
		{"walked out of the talks", "GENEVA, Feb 19 (Reuters) - Syria talks resumed on Thursday.\n\nThe Turkish delegation walked out of the talks on Wednesday, mediators said.", "2026-02-19", ab,
			[]string{"Turkey walked out"}, nil},
		{"walked out of a hospital", "GENEVA, Feb 19 (Reuters) - Syria talks resumed on Thursday.\n\nFrench President Emmanuel Macron walked out of a hospital in Paris on Wednesday.", "2026-02-19", ab,
			nil, []string{"walked out"}},
	})
}

// TestQA7RoleAtBody: a role "at the <body>" before a name is the
// person's, with the country before it.
func TestQA7RoleAtBody(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"minister of state at the ministry", "DOHA, Jan 29 (Reuters) - A French journalist held in Yemen was freed on Thursday.\n\nShe was received at the airport by Oman's Minister of State at the Foreign Ministry Abdullah Al-Harthy.", "2026-01-29", "Key Participants",
			[]string{"Abdullah Al-Harthy (Minister of State at the Foreign Ministry, Oman)"}, nil},
	})
}

// TestQA7CounterpartRole: "his <country> counterpart B" gives B the
// office of the one named before, when B has none of his own.
func TestQA7CounterpartRole(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"received by his counterpart", "RABAT, Oct 2 (AFP) - Portuguese Defence Minister Nuno Melo visited Morocco on Thursday.\n\nMelo was received in Rabat, the capital, by his Moroccan counterpart Abdellatif Loudiyi.", "2026-10-02", "Key Participants",
			[]string{"Abdellatif Loudiyi (Defence Minister, Morocco)"}, nil},
		{"his own title wins", "RABAT, Oct 2 (AFP) - Portuguese Defence Minister Nuno Melo visited Morocco on Thursday.\n\nMelo met his Moroccan counterpart, Minister Delegate for National Defence Abdellatif Loudiyi, in Rabat.", "2026-10-02", "Key Participants",
			nil, []string{"Abdellatif Loudiyi (Defence Minister"}},
	})
}

// TestQA7LedDelegation: who led or headed a delegation or the talks, who
// co-hosted or co-chaired them, and who "was present" take part; who led
// a country does not.
func TestQA7LedDelegation(t *testing.T) {
	const kp = "Key Participants"
	const lead = "JUBA, Feb 19 (Reuters) - South Sudan's government and rebels ended a round of peace talks in Juba on Thursday.\n\n"
	runBulletCases(t, []bulletCase{
		{"led the delegation", lead + "General Paul Malong led the rebel delegation, while Foreign Minister Deng Alor headed the government team.", "2026-02-19", kp,
			[]string{"Paul Malong", "Deng Alor"}, nil},
		{"who led the talks", lead + "Kenyan envoy Lazarus Sumbeiywo, who led the talks, said progress had been made.", "2026-02-19", kp,
			[]string{"Lazarus Sumbeiywo"}, nil},
		{"co-hosted, active", lead + "Ethiopian Foreign Minister Gedion Timothewos co-hosted the session.", "2026-02-19", kp,
			[]string{"Gedion Timothewos"}, nil},
		{"were also present", lead + "Ugandan President Yoweri Museveni and AU envoy Moussa Faki were also present.", "2026-02-19", kp,
			[]string{"Yoweri Museveni", "Moussa Faki"}, nil},
		{"led the country: no", lead + "Former President Riek Machar led the country's rebellion in 2013.", "2026-02-19", kp,
			nil, []string{"Riek Machar"}},
	})
}

// TestQA7MorePhrasings: a host who received or greeted a guest, "sat down
// with", an inverted list ("Joining the talks were"), "were in
// attendance" and "in the presence of" name participants; a name that
// modifies a noun ("the Kiir family") or a signing of another day does
// not.
func TestQA7MorePhrasings(t *testing.T) {
	const kp = "Key Participants"
	const lead = "AMMAN, March 2 (Reuters) - Syrian and Israeli officials met in Amman on Monday for talks on a security deal.\n\n"
	runBulletCases(t, []bulletCase{
		{"received a guest", lead + "King Abdullah II received Syrian Foreign Minister Asaad al-Shaibani at the royal palace.", "2026-03-02", kp,
			[]string{"Abdullah", "Asaad al-Shaibani"}, nil},
		{"received a call: no guest", lead + "Jordanian Prime Minister Jafar Hassan received a phone call from Lebanese Prime Minister Nawaf Salam.", "2026-03-02", kp,
			nil, []string{"Jafar Hassan", "Nawaf Salam"}},
		{"sat down with", lead + "Jordanian Foreign Minister Ayman Safadi sat down with Israeli envoy Ron Dermer for three hours.", "2026-03-02", kp,
			[]string{"Ayman Safadi", "Ron Dermer"}, nil},
		{"joining the talks were", lead + "Joining the talks were U.S. envoy Tom Barrack and Turkish Foreign Minister Hakan Fidan.", "2026-03-02", kp,
			[]string{"Tom Barrack", "Hakan Fidan"}, nil},
		{"were in attendance", lead + "U.S. envoy Tom Barrack and Turkish Foreign Minister Hakan Fidan were in attendance.", "2026-03-02", kp,
			[]string{"Tom Barrack", "Hakan Fidan"}, nil},
		{"in the presence of", lead + "The two sides signed a memorandum in the presence of Jordanian Foreign Minister Ayman Safadi.", "2026-03-02", kp,
			[]string{"Ayman Safadi"}, nil},
		{"presence at another signing", lead + "Officials recalled the accord that both sides signed in Washington in 2024 in the presence of U.S. President Joe Biden.", "2026-03-02", kp,
			nil, []string{"Joe Biden"}},
		{"a family is no person", lead + "Ayman Safadi met with the Assad family in a side room.", "2026-03-02", kp,
			nil, []string{"Assad"}},
	})
}

// TestQA7AbsenceWords: more ways of staying away: "missed", "was absent
// (from)", "declined to attend", "declined/turned down an invitation",
// "refused to take part", "was not represented", "sent no delegation";
// who came and "left and missed the final session" is absent by name.
func TestQA7AbsenceWords(t *testing.T) {
	const ab = "Absent/Excluded"
	const lead = "NAIROBI, June 4 (Reuters) - East African leaders agreed on Thursday to build a railway link, at a summit in Nairobi.\n\n"
	runBulletCases(t, []bulletCase{
		{"missed", lead + "Rwandan President Paul Kagame missed the summit because of a storm.", "2026-06-04", ab, []string{"Rwanda absent"}, nil},
		{"was absent from", lead + "Burundi was absent from the talks.", "2026-06-04", ab, []string{"Burundi absent"}, nil},
		{"declined to attend", lead + "Somali President Hassan Sheikh Mohamud declined to attend.", "2026-06-04", ab, []string{"Somalia absent"}, nil},
		{"declined an invitation", lead + "Eritrea declined an invitation to the summit.", "2026-06-04", ab, []string{"Eritrea absent"}, nil},
		{"turned down an invitation", lead + "Eritrea turned down the invitation.", "2026-06-04", ab, []string{"Eritrea absent"}, nil},
		{"refused to take part", lead + "Eritrea refused to take part.", "2026-06-04", ab, []string{"Eritrea absent"}, nil},
		{"was not represented", lead + "South Sudan was not represented.", "2026-06-04", ab, []string{"South Sudan absent"}, nil},
		{"sent no delegation", lead + "South Sudan sent no delegation.", "2026-06-04", ab, []string{"South Sudan absent"}, nil},
		{"left and missed", lead + "Ugandan President Yoweri Museveni left on Wednesday night and missed the final session.", "2026-06-04", ab, []string{"Yoweri Museveni absent"}, []string{"Uganda absent"}},
		{"declined to comment: no absence", lead + "Eritrea declined to comment on the summit.", "2026-06-04", ab, nil, []string{"Eritrea"}},
		{"missed a deadline: no absence", lead + "Tanzania missed a deadline to pay its dues.", "2026-06-04", ab, nil, []string{"Tanzania"}},
	})
}

// TestQA7OtherTimeMore: "would" marks a meeting to come; a past verb
// with "the 1991 <treaty>" tells of another time.
func TestQA7OtherTimeMore(t *testing.T) {
	const kp = "Key Participants"
	const lead = "BRASILIA, March 2 (Reuters) - Brazilian President Luiz Inacio Lula da Silva hosted Argentine President Javier Milei in Brasilia on Monday for talks on trade.\n\n"
	runBulletCases(t, []bulletCase{
		{"would travel next month to meet", lead + "Milei said he would travel to Washington next month to meet U.S. President Donald Trump.", "2026-03-02", kp,
			[]string{"Javier Milei"}, []string{"Donald Trump"}},
		{"negotiated the 1991 treaty", lead + "Former president Fernando Henrique Cardoso negotiated the 1991 Mercosur treaty.", "2026-03-02", kp,
			[]string{"Javier Milei"}, []string{"Cardoso"}},
	})
}

// TestQA7TookPart: "took part", "addressed the meeting", "flanked by",
// an elliptical "A by B, C by D" and "his counterparts, including B" name
// participants; "will take part" in a story of a held event does not.
func TestQA7TookPart(t *testing.T) {
	const kp = "Key Participants"
	const lead = "CAIRO, March 2 (Reuters) - Arab foreign ministers met in Cairo on Monday to discuss Gaza reconstruction.\n\n"
	runBulletCases(t, []bulletCase{
		{"also took part", lead + "Lebanese Prime Minister Nawaf Salam also took part.", "2026-03-02", kp, []string{"Nawaf Salam"}, nil},
		{"addressed the meeting", lead + "Lebanese Prime Minister Nawaf Salam addressed the meeting.", "2026-03-02", kp, []string{"Nawaf Salam"}, nil},
		{"flanked by", lead + "Egyptian Foreign Minister Badr Abdelatty opened the meeting, flanked by Arab League chief Ahmed Aboul Gheit.", "2026-03-02", kp, []string{"Ahmed Aboul Gheit"}, nil},
		{"elliptical represented by", lead + "Qatar was represented by Prime Minister Mohammed bin Abdulrahman Al Thani, Saudi Arabia by Faisal bin Farhan and Jordan by Ayman Safadi.", "2026-03-02", kp,
			[]string{"Mohammed bin Abdulrahman Al Thani", "Faisal bin Farhan", "Ayman Safadi"}, nil},
		{"counterparts including", lead + "Abdelatty told his counterparts, including Faisal bin Farhan of Saudi Arabia and Ayman Safadi of Jordan, that the plan was ready.", "2026-03-02", kp,
			[]string{"Faisal bin Farhan", "Ayman Safadi"}, nil},
		{"will take part elsewhere", lead + "Lebanese Prime Minister Nawaf Salam will take part in a donors' conference in Paris on Friday.", "2026-03-02", kp, nil, []string{"Nawaf Salam"}},
	})
}

// TestQA7ListOtherTime: a list of participants of a meeting another time
// ("The 2023 summit brought together", "Last year's meeting was
// co-chaired by", "attended by B in 2024") takes no part; a year in an
// earlier clause does not stop the list ("groups that did not sign a 2018
// deal, including the alliance led by B").
func TestQA7ListOtherTime(t *testing.T) {
	const kp = "Key Participants"
	const lead = "CAIRO, March 2 (Reuters) - Arab foreign ministers met in Cairo on Monday to discuss Gaza reconstruction.\n\n"
	runBulletCases(t, []bulletCase{
		{"the 2023 summit brought together", lead + "The 2023 Riyadh summit brought together Saudi Foreign Minister Faisal bin Farhan and Iranian President Ebrahim Raisi.", "2026-03-02", kp, nil, []string{"Ebrahim Raisi"}},
		{"last year's meeting co-chaired by", lead + "Last year's meeting in Riyadh was co-chaired by Saudi Foreign Minister Faisal bin Farhan and Norwegian Foreign Minister Espen Barth Eide.", "2026-03-02", kp, nil, []string{"Espen Barth Eide"}},
		{"attended by in 2024", lead + "A previous round in Doha in 2024 was attended by Hamas leader Ismail Haniyeh.", "2026-03-02", kp, nil, []string{"Ismail Haniyeh"}},
		{"a year in an earlier clause", lead + "The talks bring together groups that did not sign a 2018 peace deal, including a faction led by Jordanian Foreign Minister Ayman Safadi.", "2026-03-02", kp, []string{"Ayman Safadi"}, nil},
	})
}

// TestQA7DeclinedOther: declining another event is no absence.
func TestQA7DeclinedOther(t *testing.T) {
	const ab = "Absent/Excluded"
	const lead = "NAIROBI, June 4 (Reuters) - East African leaders agreed on Thursday to build a railway link, at a summit in Nairobi.\n\n"
	runBulletCases(t, []bulletCase{
		{"an invitation to an inauguration", lead + "Eritrea declined an invitation to the president's inauguration.", "2026-06-04", ab, nil, []string{"Eritrea"}},
		{"to attend a banquet", lead + "Somali President Hassan Sheikh Mohamud declined to attend the state banquet.", "2026-06-04", ab, nil, []string{"Somalia"}},
	})
}
