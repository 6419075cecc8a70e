package digest

import "testing"

// TestReview11Participants holds the regressions a reviewer found in the
// fourth round of participant and absence rules (cases written for the
// review): a trigger about another event or another time, a passive
// welcome of a thing, a portfolio word read as a country, a counterpart
// given the wrong office.
func TestReview11Participants(t *testing.T) {
	const kp, ab = "Key Participants", "Absent/Excluded"
	runBulletCases(t, []bulletCase{
		{"walk-out of a news conference keeps the head", "Iran and E3 diplomats meet in Geneva\n\nGENEVA, April 15 (Reuters) - Iranian Deputy Foreign Minister Kazem Gharibabadi met senior diplomats from Britain, France and Germany in Geneva on Tuesday to discuss Iran's nuclear programme. After the talks, Gharibabadi walked out of a news conference when asked about executions. French envoy Martin Briens said the meeting was serious.", "2025-04-15", kp,
			[]string{"Kazem Gharibabadi"}, nil},
		{"walk-out of a news conference is no absence", "Iran and E3 diplomats meet in Geneva\n\nGENEVA, April 15 (Reuters) - Iranian Deputy Foreign Minister Kazem Gharibabadi met senior diplomats from Britain, France and Germany in Geneva on Tuesday to discuss Iran's nuclear programme. After the talks, Gharibabadi walked out of a news conference when asked about executions. French envoy Martin Briens said the meeting was serious.", "2025-04-15", ab,
			nil, []string{"Iran"}},
		{"walk-out of a press conference keeps the head", "Iran and E3 diplomats meet in Geneva\n\nGENEVA, April 15 (Reuters) - Iranian Deputy Foreign Minister Kazem Gharibabadi met senior diplomats from Britain, France and Germany in Geneva on Tuesday to discuss Iran's nuclear programme. After the talks, Gharibabadi walked out of a news conference when asked about executions. Iran walked out of talks with the IAEA in 2024, an official recalled. French envoy Martin Briens said the meeting was serious.", "2025-04-15", kp,
			[]string{"Gharibabadi"}, nil},
		{"no delegation to last year's Olympics is no absence", "OSCE foreign ministers meet in Vienna\n\nVIENNA, Oct 28 (Reuters) - Foreign ministers of the Organization for Security and Cooperation in Europe met in Vienna on Tuesday to discuss the war in Ukraine. Finnish Foreign Minister Elina Valtonen chaired the meeting. Russia sent no delegation to the Paris Olympics last year after its athletes were barred. Russian Foreign Minister Sergei Lavrov attended and clashed with Ukrainian Foreign Minister Andrii Sybiha.", "2025-10-28", ab,
			nil, []string{"Russia"}},
		{"an agreement welcomed by is a reaction", "Rwanda and Congo ministers sign peace framework\n\nKINSHASA, March 11 (Reuters) - Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Therese Kayikwamba Wagner signed a peace framework in Kinshasa on Tuesday. The agreement was welcomed by U.N. Secretary-General Antonio Guterres, who called it a step towards ending decades of bloodshed. It was also greeted with scepticism by M23 rebel leader Corneille Nangaa. Congolese President Felix Tshisekedi said he would hold the rebels to account.", "2025-03-11", kp,
			[]string{"Nduhungirehe"}, []string{"Guterres", "Nangaa"}},
		{"a visit received coldly by is a reaction", "Kenyan president visits Uganda\n\nKAMPALA, Dec 9 (Reuters) - Kenyan President William Ruto arrived in Kampala on Tuesday for talks with Ugandan President Yoweri Museveni on an oil pipeline. Museveni greeted Ruto at State House Entebbe. Ruto's visit was received coldly by opposition leader Bobi Wine, who called it a distraction. Museveni greeted the news of the pipeline deal as a victory for East Africa.", "2025-12-09", kp,
			[]string{"Museveni"}, []string{"Bobi Wine"}},
		{"a portfolio word is no country", "Indian and French leaders meet in Paris\n\nPARIS, Feb 18 (Reuters) - Indian Prime Minister Narendra Modi and French President Emmanuel Macron held talks in Paris on Tuesday on defence and artificial intelligence. Modi was accompanied by Commerce Minister Piyush Goyal and Foreign Secretary Vikram Misri. The talks were also attended by Defence Secretary Rajesh Kumar Singh. Macron said France would deliver more Rafale jets.", "2025-02-18", kp,
			[]string{"Piyush Goyal (Commerce Minister)", "Vikram Misri (Foreign Secretary)"}, []string{"Commerce)"}},
		{"accompanied on a visit in September", "French and Indian ministers meet in Paris\n\nPARIS, July 15 (Reuters) - French Foreign Minister Jean-Noel Barrot and Indian External Affairs Minister Subrahmanyam Jaishankar met in Paris on Tuesday to prepare a visit by Indian Prime Minister Narendra Modi. Modi, who will be accompanied by Commerce Minister Piyush Goyal on his visit in September, is expected to sign a jet engine deal. Barrot said France was India's most reliable partner.", "2025-07-15", kp,
			[]string{"Narendra Modi"}, []string{"Goyal"}},
		{"the 2030 World Cup is a topic, not a time", "Moroccan and Spanish prime ministers meet in Rabat\n\nRABAT, April 8 (Reuters) - Moroccan Prime Minister Aziz Akhannouch met Spanish Prime Minister Pedro Sanchez in Rabat on Tuesday to discuss migration. The meeting was attended by Portuguese Prime Minister Luis Montenegro, who discussed plans for the 2030 World Cup. Sanchez said the three countries were closer than ever.", "2025-04-08", kp,
			[]string{"Luis Montenegro"}, nil},
		{"a future year as a topic", "Moroccan and Spanish prime ministers meet in Rabat\n\nRABAT, April 8 (Reuters) - Moroccan Prime Minister Aziz Akhannouch met Spanish Prime Minister Pedro Sanchez in Rabat on Tuesday to prepare the 2030 World Cup, which the two countries will co-host with Portugal. The meeting was attended by Portuguese Prime Minister Luis Montenegro, who sat down with Akhannouch to discuss the 2030 stadium plans. Sanchez said the tournament would bring the three countries closer.", "2025-04-08", kp,
			[]string{"Luis Montenegro"}, nil},
		{"the counterpart of the clause's subject", "Rubio visits India and China\n\nNEW DELHI, May 20 (Reuters) - U.S. Secretary of State Marco Rubio held talks in New Delhi on Tuesday with Indian External Affairs Minister Subrahmanyam Jaishankar on trade and defence. Rubio, who also met Indian Prime Minister Narendra Modi, will see his Chinese counterpart Wang Yi in Beijing on Thursday. Jaishankar said India and the United States had a strong partnership.", "2025-05-20", kp,
			[]string{"Wang Yi (Foreign Minister, China)"}, nil},
		{"addressed a gathering of supporters, the session of a parliament", "Pakistani and Chinese ministers meet in Islamabad\n\nISLAMABAD, April 22 (Reuters) - Pakistani Foreign Minister Ishaq Dar and Chinese Foreign Minister Wang Yi met in Islamabad on Tuesday to discuss security for Chinese workers. Former prime minister Imran Khan's sister Aleema Khan addressed a gathering of supporters outside Adiala jail. Opposition leader Omar Ayub addressed the session of the National Assembly, accusing the government of neglecting Baluchistan. Wang said China valued its iron-clad friendship with Pakistan.", "2025-04-22", kp,
			[]string{"Ishaq Dar"}, []string{"Aleema", "Omar Ayub"}},
		{"declined to take part in other celebrations later this month", "Georgian and Armenian leaders meet in Tbilisi\n\nTBILISI, May 13 (Reuters) - Georgian Prime Minister Irakli Kobakhidze and Armenian Prime Minister Nikol Pashinyan met in Tbilisi on Tuesday to discuss transit routes. Georgian President Salome Zourabichvili declined to take part in the government's celebrations marking independence day later this month. Pashinyan said Armenia wanted to diversify trade routes. Kobakhidze said Georgia was a reliable partner.", "2025-05-13", ab,
			nil, []string{"Georgia"}},
		{"took part in a protest march", "Bolivian and Paraguayan presidents meet on gas deal\n\nSANTA CRUZ, Bolivia, Nov 25 (Reuters) - Bolivian President Rodrigo Paz and Paraguayan President Santiago Pena met in Santa Cruz on Tuesday to sign a gas supply deal. Former Bolivian President Evo Morales took part in a protest march in Cochabamba against the deal. Pena said the agreement would lower energy costs. Paz said Bolivia needed foreign investment.", "2025-11-25", kp,
			nil, []string{"Evo Morales"}},
		{"Led by, of a march", "Bangladesh and Myanmar officials meet on Rohingya return\n\nDHAKA, May 6 (Reuters) - Bangladeshi and Myanmar officials met in Dhaka on Tuesday to discuss the return of Rohingya refugees. Bangladesh's Foreign Adviser Touhid Hossain hosted the talks. Led by opposition leader Mirza Fakhrul Islam Alamgir, thousands of people marched in Dhaka to demand a faster repatriation. Myanmar's deputy foreign minister said Naypyitaw was ready to take back verified refugees.", "2025-05-06", kp,
			[]string{"Touhid Hossain"}, []string{"Alamgir"}},
		{"Joining the chorus of criticism were", "Israeli and Jordanian ministers meet in Amman\n\nAMMAN, Oct 21 (Reuters) - Israeli Foreign Minister Gideon Saar and Jordanian Foreign Minister Ayman Safadi met in Amman on Tuesday to discuss water and security. Joining the chorus of criticism were Palestinian Prime Minister Mohammad Mustafa and Hamas official Basem Naim. Also present at a rally outside the parliament were opposition lawmaker Saleh Armouti and activist Hind al-Fayez. Safadi said Jordan would not accept displacement.", "2025-10-21", kp,
			[]string{"Ayman Safadi"}, []string{"Mustafa"}},
		{"a country with a participant is not absent", "Swiss and Ukrainian officials meet in Bern\n\nBERN, March 25 (Reuters) - Swiss Foreign Minister Ignazio Cassis and Ukrainian Foreign Minister Andrii Sybiha met in Bern on Tuesday to discuss reconstruction. Former Swiss President Viola Amherd, who co-hosted last summer's Burgenstock peace summit with Ukrainian President Volodymyr Zelenskiy, did not attend. Sybiha said Kyiv was grateful for Swiss support. Cassis said Switzerland was ready to host peace talks.", "2025-03-25", ab,
			nil, []string{"Switzerland"}},
		{"a lead participant who walks out took part", "GENEVA, April 21 (Reuters) - Serbian Foreign Minister Marko Djuric met Kosovo Deputy Prime Minister Besnik Bislimi in Geneva on Tuesday for EU-mediated talks.\n\nDjuric walked out of the talks after two hours.", "2026-04-21", kp,
			[]string{"Marko Djuric", "Besnik Bislimi"}, nil},
		{"a lead participant who walks out: his country walked out", "GENEVA, April 21 (Reuters) - Serbian Foreign Minister Marko Djuric met Kosovo Deputy Prime Minister Besnik Bislimi in Geneva on Tuesday for EU-mediated talks.\n\nDjuric walked out of the talks after two hours.", "2026-04-21", ab,
			[]string{"Serbia walked out"}, nil},
		{"a stand-in takes the leader's country", "Pacific Islands leaders meet in Honiara\n\nHONIARA, Dec 2 (Reuters) - Pacific Islands leaders met in Honiara on Tuesday to discuss climate change and regional security. Solomon Islands Prime Minister Jeremiah Manele hosted the meeting. Fijian Prime Minister Sitiveni Rabuka was represented by Deputy Prime Minister Biman Prasad. Prasad said Fiji backed the region's ocean declaration. Tongan Prime Minister Aisake Eke, whose government is represented by Australian lawyers in a fisheries dispute, attended in person.", "2025-12-02", kp,
			[]string{"Biman Prasad (Deputy Prime Minister, Fiji)"}, nil},
		{"the leader represented by a stand-in is absent", "Pacific Islands leaders meet in Honiara\n\nHONIARA, Dec 2 (Reuters) - Pacific Islands leaders met in Honiara on Tuesday to discuss climate change and regional security. Solomon Islands Prime Minister Jeremiah Manele hosted the meeting. Fijian Prime Minister Sitiveni Rabuka was represented by Deputy Prime Minister Biman Prasad. Prasad said Fiji backed the region's ocean declaration. Tongan Prime Minister Aisake Eke, whose government is represented by Australian lawyers in a fisheries dispute, attended in person.", "2025-12-02", ab,
			[]string{"Sitiveni Rabuka absent"}, nil},
		{"a country represented by its minister", "Ukraine and Russia delegations meet in Istanbul\n\nISTANBUL, July 1 (Reuters) - Ukrainian and Russian delegations met in Istanbul on Tuesday for a third round of direct talks on prisoner exchanges. Ukraine was represented by Defence Minister Rustem Umerov. Families of prisoners, represented by Kyiv lawyer Oksana Marchenko, protested outside the venue. Turkish Foreign Minister Hakan Fidan opened the meeting. Kremlin aide Vladimir Medinsky led the Russian delegation.", "2025-07-01", kp,
			[]string{"Rustem Umerov (Defence Minister, Ukraine)"}, nil},
		{"each country by its own minister", "Arab ministers meet in Cairo on Gaza\n\nCAIRO, Dec 2 (Reuters) - Arab foreign ministers met in Cairo on Tuesday to discuss reconstruction in Gaza. Egypt was represented by Foreign Minister Badr Abdelatty, Jordan by Foreign Minister Ayman Safadi. The plan is backed by the World Bank, Qatar by its emir's pledge of $5 billion. Saudi Foreign Minister Prince Faisal bin Farhan said the plan was realistic.", "2025-12-02", kp,
			[]string{"Badr Abdelatty (Foreign Minister, Egypt)", "Ayman Safadi (Foreign Minister, Jordan)"}, nil},
		{"represented by his lawyer at a trial is no stand-in", "South Sudan peace talks resume in Nairobi\n\nNAIROBI, July 22 (Reuters) - South Sudanese government and opposition delegations resumed peace talks in Nairobi on Tuesday under Kenyan mediation. Kenyan envoy Lazarus Sumbeiywo chaired the session. Jailed First Vice President Riek Machar was represented by his lawyer Geri Raimondo Legge at his treason trial in Juba on Monday. Government negotiator Barnaba Marial Benjamin said the talks would last a week.", "2025-07-22", ab,
			nil, []string{"Machar"}},
		{"a leader stays away, his minister attends: he is absent, not his country", "BRASILIA, Sept 8 (Reuters) - Leaders of the G20 held a video call on Monday on trade.\n\nIndonesian President Prabowo Subianto did not join the call. Indonesia was represented by Foreign Minister Sugiono, who said Jakarta favoured open trade.", "2026-09-08", ab,
			[]string{"Prabowo Subianto absent"}, []string{"Indonesia absent"}},
		{"an unknown portfolio before a minister is no body, and no country passes along", "NAIROBI, Feb 18 (Reuters) - Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Nairobi on Tuesday.\n\nRuto was accompanied by Telecoms Minister William Kabogo and Foreign Secretary Korir Sing'Oei.", "2026-02-18", kp,
			[]string{"William Kabogo (Telecoms Minister)"}, []string{"Telecoms)"}},
		{"a country inside the body before a secretary stays the country", "NAIROBI, Feb 18 (Reuters) - Kenya and Tanzania held talks on a pipeline in Nairobi on Tuesday.\n\nThe talks were attended by Kenyan Mining Cabinet Secretary Hassan Joho and Tanzanian Foreign Minister Mahmoud Thabit Kombo.", "2026-02-18", kp,
			[]string{"Hassan Joho (Mining Cabinet Secretary, Kenya)"}, nil},
		{"received by in April, in a relative clause", "Indonesia and Australia sign defence pact\n\nJAKARTA, Nov 4 (Reuters) - Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese signed a defence cooperation agreement in Jakarta on Tuesday. Albanese was received by Prabowo at the Merdeka Palace with a guard of honour. Prabowo, who was received by U.S. President Donald Trump at the White House in April, said the pact would not change Indonesia's non-aligned stance.", "2025-11-04", kp,
			[]string{"Prabowo Subianto"}, []string{"Donald Trump"}},
		{"had sat down with, last month", "Japan and South Korea foreign ministers meet in Seoul\n\nSEOUL, April 22 (Reuters) - Japanese Foreign Minister Takeshi Iwaya and South Korean Foreign Minister Cho Tae-yul met in Seoul on Tuesday to discuss North Korea's missile launches. Iwaya said he had sat down with U.S. Secretary of State Marco Rubio in Washington last month to discuss the same issue. Cho said the three countries would hold a trilateral summit later this year.", "2025-04-22", kp,
			[]string{"Cho Tae-yul"}, []string{"Rubio"}},
		{"received last month, and a possessor", "Saudi crown prince hosts Syrian president\n\nRIYADH, May 6 (Reuters) - Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on Tuesday for talks on reconstruction. Sharaa had received assurances from U.S. envoy Tom Barrack that sanctions would be eased. Saudi Arabia received Lebanese Prime Minister Nawaf Salam last month. The crown prince also received Syrian Foreign Minister Asaad al-Shibani's credentials request, the Saudi Press Agency said.", "2025-05-06", kp,
			[]string{"Ahmed al-Sharaa"}, []string{"Nawaf Salam", "Shibani"}},
	})
}

// TestReview11StillCounts: the guards of TestReview11Participants leave
// the hosting, lists and walk-outs of the lead's own event alone (own
// sentences).
func TestReview11StillCounts(t *testing.T) {
	const kp, ab = "Key Participants", "Absent/Excluded"
	runBulletCases(t, []bulletCase{
		{"welcomed with a ceremony by the host", "HANOI, March 4 (Reuters) - Chilean President Gabriel Boric began a state visit to Vietnam on Wednesday.\n\nBoric was welcomed with a 21-gun salute at the palace by State President Luong Cuong, before talks on trade.", "2026-03-04", kp,
			[]string{"Gabriel Boric", "Luong Cuong"}, []string{"State)"}},
		{"received warmly by the host", "RIYADH, Jan 13 (Reuters) - Kenyan President William Ruto held talks in Riyadh on Tuesday on investment.\n\nRuto was received warmly by Crown Prince Mohammed bin Salman at the Yamamah palace.", "2026-01-13", kp,
			[]string{"William Ruto", "Crown Prince"}, nil},
		{"Led by, of a delegation", "ISLAMABAD, Feb 3 (Reuters) - Afghan and Pakistani officials held talks on border trade on Tuesday.\n\nLed by Acting Commerce Minister Nooruddin Azizi, the Afghan delegation asked for the crossings to reopen.", "2026-02-03", kp,
			[]string{"Nooruddin Azizi"}, []string{"Commerce)"}},
		{"accompanied by ministers this month", "PARIS, June 9 (Reuters) - French President Emmanuel Macron held talks with Nigerian President Bola Tinubu in Paris on Tuesday.\n\nTinubu was accompanied by Trade Minister Jumoke Oduwole and Finance Minister Wale Edun.", "2026-06-09", kp,
			[]string{"Jumoke Oduwole (Trade Minister", "Wale Edun (Finance Minister"}, []string{"Trade)", "Finance)"}},
		{"walked out of the talks", "GENEVA, April 21 (Reuters) - Talks between Serbia and Kosovo ended without a deal on Tuesday.\n\nThe Kosovo delegation walked out of the talks after two hours.", "2026-04-21", ab,
			[]string{"Kosovo"}, nil},
		{"sat down with, this week", "SEOUL, Aug 11 (Reuters) - South Korean Foreign Minister Cho Hyun held talks with Japanese Foreign Minister Takeshi Iwaya in Seoul on Tuesday.\n\nCho sat down with Iwaya for two hours over lunch.", "2026-08-11", kp,
			[]string{"Cho Hyun", "Takeshi Iwaya"}, nil},
	})
}
