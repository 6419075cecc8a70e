package digest

import "testing"

// TestReview13Participants holds the regressions a reviewer found in the
// fifth round of participant and absence rules: a time marker inside the
// purpose or the object of a meeting read as the meeting's own time, an
// event noun that is only the talks' topic, a passive welcome with an
// adverb of manner read as a reaction, a counterpart given the wrong
// office, a boycott cancelled by an opposition figure.
func TestReview13Participants(t *testing.T) {
	const kp = "Key Participants"
	lead := func(city, date, body string) string {
		return "Leaders meet in " + city + "\n\n" + city + ", " + date + " (Reuters) - " + body
	}
	runBulletCases(t, []bulletCase{
		// R1: a time marker counts only when it belongs to the meeting verb.
		{"purpose clause with a participle and a month", lead("ANKARA", "June 10", "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday to review the migration accord reached in February. Erdogan said ties were improving."), "2025-06-10", kp,
			[]string{"Kyriakos Mitsotakis", "Recep Tayyip Erdogan"}, nil},
		{"purpose clause with a future summit", lead("HANOI", "June 10", "Vietnamese Foreign Minister Bui Thanh Son held talks with Thai Foreign Minister Maris Sangiampongsa in Hanoi to prepare for a Mekong summit later this year. Son said trade was growing."), "2025-06-10", kp,
			[]string{"Bui Thanh Son", "Maris Sangiampongsa"}, nil},
		{"topic after for talks with a signed pact", lead("DOHA", "June 10", "Pakistani Prime Minister Shehbaz Sharif arrived in Doha on Tuesday. Sharif was received by Qatari Emir Sheikh Tamim bin Hamad al-Thani for talks on the energy pact signed last year. Sharif said Pakistan valued Qatar's support."), "2025-06-10", kp,
			[]string{"Shehbaz Sharif", "Tamim"}, nil},
		{"for the first time since", lead("GENEVA", "June 10", "Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov in Geneva on Tuesday for the first time since talks broke down in 2023. Mirzoyan said peace was within reach."), "2025-06-10", kp,
			[]string{"Ararat Mirzoyan", "Jeyhun Bayramov"}, nil},
		{"welcome for talks on a deal agreed in a past year", lead("ACCRA", "June 10", "Ghanaian President John Mahama welcomed Ivorian President Alassane Ouattara to Accra on Tuesday for talks on the cocoa pricing deal agreed in 2019. Mahama said the two countries would act together."), "2025-06-10", kp,
			[]string{"John Mahama", "Alassane Ouattara"}, nil},
		{"a meeting last year still drops the guest", lead("ACCRA", "June 10", "Ghanaian President John Mahama hosted Ivorian President Alassane Ouattara in Accra on Tuesday. Mahama met Nigerian President Bola Tinubu in Abuja last year to discuss cocoa. Ouattara said the talks were fruitful."), "2025-06-10", kp,
			[]string{"Alassane Ouattara"}, []string{"Tinubu"}},
		{"an earlier meeting in a past year still drops the guest", lead("ACCRA", "June 10", "Ghanaian President John Mahama hosted Ivorian President Alassane Ouattara in Accra on Tuesday. Mahama held talks with Togolese President Faure Gnassingbe in Lome in 2023 on cocoa smuggling. Ouattara said the talks were fruitful."), "2025-06-10", kp,
			[]string{"Alassane Ouattara"}, []string{"Gnassingbe"}},
		// R2: an other-event word counts only as the verb's own occasion.
		{"talks that ended with a news conference", lead("QUITO", "June 10", "Ecuadorean Foreign Minister Gabriela Sommerfeld and Colombian Foreign Minister Laura Sarabia took part in talks in Quito on Tuesday that ended with a joint press conference. Sarabia said the border would stay open."), "2025-06-10", kp,
			[]string{"Gabriela Sommerfeld", "Laura Sarabia"}, nil},
		{"an election as the talks' topic", lead("MAPUTO", "June 10", "Mozambican President Daniel Chapo held talks with South African President Cyril Ramaphosa in Maputo on Tuesday. Opposition leader Venancio Mondlane also took part in the talks on the disputed election, officials said. Ramaphosa said calm was needed."), "2025-06-10", kp,
			[]string{"Venancio Mondlane"}, nil},
		{"an election long after the talks' own object", lead("MAPUTO", "June 10", "Mozambican President Daniel Chapo held talks with South African President Cyril Ramaphosa in Maputo on Tuesday. Opposition leader Venancio Mondlane also took part in the talks at the presidency with church mediators before the vote. Ramaphosa said calm was needed."), "2025-06-10", kp,
			[]string{"Venancio Mondlane"}, nil},
		{"took part in a protest still drops", lead("MAPUTO", "June 10", "Mozambican President Daniel Chapo held talks with South African President Cyril Ramaphosa in Maputo on Tuesday. Opposition leader Venancio Mondlane took part in a protest outside parliament. Ramaphosa said calm was needed."), "2025-06-10", kp,
			[]string{"Daniel Chapo"}, []string{"Mondlane"}},
		// R5: only a closed list of adverbs makes a passive welcome a reaction.
		{"received separately by two hosts", lead("ANKARA", "June 10", "Azerbaijani President Ilham Aliyev held talks in Ankara on Tuesday on gas transit. Aliyev was received separately by Turkish President Recep Tayyip Erdogan and Vice President Cevdet Yilmaz. Erdogan said Turkey backed the corridor."), "2025-06-10", kp,
			[]string{"Ilham Aliyev", "Recep Tayyip Erdogan", "Cevdet Yilmaz"}, nil},
		{"received shortly after noon by", lead("WINDHOEK", "June 10", "Botswana President Duma Boko arrived in Windhoek on Tuesday for talks on water sharing. Boko was received at State House shortly after noon by Namibian President Netumbo Nandi-Ndaitwah. The two leaders discussed the river basin."), "2025-06-10", kp,
			[]string{"Boko", "Netumbo Nandi-Ndaitwah"}, nil},
		{"received jointly by", lead("BRUSSELS", "June 10", "Ukrainian President Volodymyr Zelenskiy held talks in Brussels on Tuesday on air defence. Zelenskiy was received jointly by European Commission President Ursula von der Leyen and European Council President Antonio Costa. Costa said Europe stood with Ukraine."), "2025-06-10", kp,
			[]string{"Volodymyr Zelenskiy", "Ursula von der Leyen", "Antonio Costa"}, nil},
		{"received frostily by is still a reaction", lead("WINDHOEK", "June 10", "Botswana President Duma Boko held talks with Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Tuesday on water sharing. Boko was received frostily by opposition leader Panduleni Itula, who called the visit a stunt. Nandi-Ndaitwah said the talks were frank."), "2025-06-10", kp,
			[]string{"Boko"}, []string{"Itula"}},
		{"greeted warily by is still a reaction", lead("WINDHOEK", "June 10", "Botswana President Duma Boko held talks with Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Tuesday on water sharing. Boko was greeted warily by opposition leader Panduleni Itula, who called the visit a stunt. Nandi-Ndaitwah said the talks were frank."), "2025-06-10", kp,
			[]string{"Boko"}, []string{"Itula"}},
		// R3: the counterpart holds the office of the clause's subject.
		{"counterpart in an after clause", lead("CANBERRA", "June 10", "Australian Prime Minister Anthony Albanese received French Armed Forces Minister Sebastien Lecornu in Canberra on Tuesday after Lecornu met his Australian counterpart Richard Marles. Albanese said the two countries shared interests in the Pacific."), "2025-06-10", kp,
			[]string{"Richard Marles (Armed Forces Minister, Australia)"}, []string{"Richard Marles (Prime Minister"}},
		{"counterpart far from the sentence's first person", lead("CANBERRA", "June 10", "Australian Prime Minister Anthony Albanese received French Armed Forces Minister Sebastien Lecornu in Canberra on Tuesday to discuss submarines and Pacific security and the supply of rare earths, a day after Lecornu held talks with his Australian counterpart Richard Marles. Albanese said the two countries shared interests."), "2025-06-10", kp,
			[]string{"Richard Marles (Armed Forces Minister, Australia)"}, nil},
		{"counterpart of the main subject over a relative clause", lead("CANBERRA", "June 10", "French Armed Forces Minister Sebastien Lecornu, who also met Australian Prime Minister Anthony Albanese, held talks with his Australian counterpart Richard Marles in Canberra on Tuesday. Marles said the two countries shared interests."), "2025-06-10", kp,
			[]string{"Richard Marles (Armed Forces Minister, Australia)"}, nil},
		// R4: only a compatriot with a state office cancels the absence.
		{"an opposition leader does not cancel a boycott", lead("PANAMA CITY", "June 10", "Central American foreign ministers met in Panama City on Tuesday to discuss migration, but Nicaragua boycotted the meeting. Costa Rican Foreign Minister Arnoldo Andre chaired the talks. Nicaraguan opposition leader Felix Maradiaga, who lives in exile, joined the talks by video. Andre said the region needed a common plan."), "2025-06-10", "Absent/Excluded",
			[]string{"Nicaragua"}, nil},
		{"an exiled figure does not cancel an exclusion", lead("PANAMA CITY", "June 10", "Central American foreign ministers met in Panama City on Tuesday to discuss migration, but Nicaragua was not invited. Costa Rican Foreign Minister Arnoldo Andre chaired the talks. Exiled Nicaraguan writer Sergio Ramirez also attended the talks as a guest. Andre said the region needed a common plan."), "2025-06-10", "Absent/Excluded",
			[]string{"Nicaragua"}, nil},
		{"a minister still cancels the country's absence", lead("PANAMA CITY", "June 10", "Central American foreign ministers met in Panama City on Tuesday to discuss migration. Nicaragua sent no delegation to the summit's opening session. Nicaraguan Foreign Minister Valdrack Jaentschke attended the talks and backed the plan. Costa Rican Foreign Minister Arnoldo Andre chaired the talks."), "2025-06-10", "Absent/Excluded",
			nil, []string{"Nicaragua"}},
	})
}

// TestReview14Occasion holds the regressions a reviewer found in the
// stops of otherOccasion (review 13's fix): a purpose, a topic, "since",
// "that", "for the first time" or a participle followed by "by" ended the
// search for the meeting's own time, so another meeting's guest took part.
// Only the lead's day ("on Tuesday", not "on Tuesday next week") ends it,
// a participle dates its own noun ("the deal agreed in July"), and a time
// to come does not date a meeting told in the past.
func TestReview14Occasion(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{"b3_notsince", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto has not met Rwandan President Paul Kagame since last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b3_ontue_future", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday, and will meet Rwandan President Paul Kagame on Tuesday next week in Kigali. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_firsttime", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame for the first time in 2019. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b_arranged", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame at talks mediated by Qatar last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b3_tocall", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame to settle the border row in 2022. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_about2", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame about the refugee crisis in 2023. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b_over", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame over dinner in Kigali last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b_that", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame in a meeting that lasted three hours in Kigali last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b_visit", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto welcomed Rwandan President Paul Kagame for a visit last month. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_with_june", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto is due to hold talks with Rwandan President Paul Kagame about the crisis in June. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_organised", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame at a summit organised by the African Union last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_occasions", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame on several occasions last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_welcome_for", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto welcomed Rwandan President Paul Kagame to Nairobi for talks in January. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
		{"b2_ended", "Ruto hosts Museveni\n\nNAIROBI, Kenya, March 4 (Reuters) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto met Rwandan President Paul Kagame in talks that ended without a deal last year. Museveni said the pipeline would be finished soon.\n", "2025-03-04", kp, []string{"William Ruto", "Yoweri Museveni"}, []string{"Kagame"}},
	})
}

// TestReview14Counterpart: "his <X> counterpart" after a subordinate
// clause set off by commas takes the office of the sentence's subject,
// not of the person inside the aside (review 14).
func TestReview14Counterpart(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{"c_aslook", "Nakatani in Delhi\n\nNEW DELHI, March 4 (Reuters) - Japanese Defence Minister Gen Nakatani, as Prime Minister Narendra Modi looked on, met his Indian counterpart Rajnath Singh in New Delhi on Tuesday. Singh said defence ties were growing.\n", "2025-03-04", kp, []string{"Rajnath Singh (Defence Minister, India)"}, []string{"Rajnath Singh (Prime Minister"}},
		{"c_who", "Modi meets Nakatani\n\nNEW DELHI, March 4 (Reuters) - Indian Prime Minister Narendra Modi received Japanese Defence Minister Gen Nakatani in New Delhi on Tuesday. Nakatani, who arrived after Prime Minister Shigeru Ishiba left for Washington, met his Indian counterpart Rajnath Singh later in the day. Singh said defence ties were growing.\n", "2025-03-04", kp, []string{"Rajnath Singh (Defence Minister, India)"}, []string{"Rajnath Singh (Prime Minister"}},
		{"c_since", "Nakatani in Delhi\n\nNEW DELHI, March 4 (Reuters) - Japanese Defence Minister Gen Nakatani, the first Japanese minister to visit since Prime Minister Fumio Kishida came in 2023, met his Indian counterpart Rajnath Singh in New Delhi on Tuesday. Singh said defence ties were growing.\n", "2025-03-04", kp, []string{"Rajnath Singh (Defence Minister, India)"}, []string{"Rajnath Singh (Prime Minister"}},
		{"c_that", "Modi meets Nakatani\n\nNEW DELHI, March 4 (Reuters) - Japanese Defence Minister Gen Nakatani, speaking at a dinner that Indian Prime Minister Narendra Modi hosted in New Delhi on Tuesday, thanked his Indian counterpart Rajnath Singh. Singh said defence ties were growing.\n", "2025-03-04", kp, []string{"Rajnath Singh (Defence Minister, India)"}, []string{"Rajnath Singh (Prime Minister"}},
		{"an opening clause leaves the main clause after its comma", "Leaders meet in Delhi\n\nNEW DELHI, March 4 (Reuters) - After Japanese Prime Minister Shigeru Ishiba left for Washington, Japanese Defence Minister Gen Nakatani met his Indian counterpart Rajnath Singh in New Delhi on Tuesday.", "2025-03-04", kp, []string{"Rajnath Singh (Defence Minister, India)"}, nil},
	})
}
