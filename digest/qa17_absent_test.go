package digest

import (
	"strings"
	"testing"
	"time"
)

// qa17Pub is the publication day of the stop-17 Absent/Excluded stress
// set (a Thursday).
var qa17Pub = time.Date(2026, 6, 18, 0, 0, 0, 0, time.UTC)

// qa17Case is one short article of the stop-17 stress set and what its
// Absent/Excluded bullet must say: each want holds one of its
// "|"-separated names; no not may appear; none asks for no bullet at all.
type qa17Case struct {
	name string
	text string // title, a blank line, then the body
	want []string
	not  []string
	none bool
}

// runQA17 extracts every article and checks its Absent/Excluded bullet.
func runQA17(t *testing.T, cases []qa17Case) {
	t.Helper()
	e := engine(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.text, Published: qa17Pub})
			got := bulletText(r, "Absent/Excluded")
			if c.none && got != "" {
				t.Errorf("Absent/Excluded: %q, want no bullet", got)
			}
			for _, w := range c.want {
				ok := false
				for _, alt := range strings.Split(w, "|") {
					ok = ok || strings.Contains(got, alt)
				}
				if !ok {
					t.Errorf("Absent/Excluded: %q, want it to hold %q", got, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					t.Errorf("Absent/Excluded: %q, want no %q", got, w)
				}
			}
		})
	}
}

// TestQA17AbsentStressRecall: short articles, each written for this test
// (none from a judged set), in which a party is absent from the story's
// own meeting in a form the rules may not know.
func TestQA17AbsentStressRecall(t *testing.T) {
	runQA17(t, []qa17Case{
		{name: "represented only by its ambassador", text: "Mercosur leaders gather in Asuncion\n\n" +
			"ASUNCION, June 17 (MercoPress) - Presidents of the Mercosur trade bloc met in Asuncion on Wednesday to discuss a stalled trade deal with the European Union.\n" +
			"Paraguay's President Santiago Pena hosted Brazil's Luiz Inacio Lula da Silva and Uruguay's Yamandu Orsi.\n" +
			"Bolivia will be represented only by its ambassador in Paraguay, the foreign ministry in La Paz said, citing a domestic crisis.\n" +
			"The leaders are expected to sign a joint communique on Thursday.",
			want: []string{"Bolivia"}},
		{name: "did not send a delegation", text: "ASEAN ministers discuss South China Sea code\n\n" +
			"KUALA LUMPUR, June 17 (Kyodo) - Southeast Asian foreign ministers met in Kuala Lumpur on Wednesday to discuss tensions in the South China Sea.\n" +
			"Malaysian Foreign Minister Mohamad Hasan chaired the retreat, attended by his counterparts from Indonesia, Vietnam and the Philippines.\n" +
			"Myanmar's military government did not send a delegation, a Malaysian official said.\n" +
			"The ministers agreed to speed up talks on a code of conduct with China.",
			want: []string{"Myanmar"}},
		{name: "conspicuously missing", text: "Allies pledge more air defence for Ukraine\n\n" +
			"BRUSSELS (AP) - Defence ministers from a coalition of European countries backing Ukraine met in Brussels on Tuesday and pledged more air defence systems.\n" +
			"Britain's Defence Secretary John Healey and Germany's Boris Pistorius co-chaired the meeting.\n" +
			"Hungary was conspicuously missing.\n" +
			"Ukraine's Defence Minister Denys Shmyhal thanked the allies for their support.",
			want: []string{"Hungary"}},
		{name: "pulled out", text: "East African leaders call for ceasefire in Congo\n\n" +
			"NAIROBI, June 17 (AFP) - East African leaders met in Nairobi on Wednesday for a summit on the conflict in eastern Congo.\n" +
			"Kenya's President William Ruto hosted the talks with Tanzania's Samia Suluhu Hassan and Uganda's Yoweri Museveni.\n" +
			"Rwanda pulled out on Monday, saying the agenda was biased against it.\n" +
			"The leaders called for an immediate ceasefire and the withdrawal of foreign forces.",
			want: []string{"Rwanda"}},
		{name: "withdrew from the talks", text: "Mediators meet in Doha on Gaza truce\n\n" +
			"DOHA (Al Jazeera) - Mediators from Qatar, Egypt and the United States met in Doha on Sunday to push for a ceasefire in Gaza.\n" +
			"Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted the talks with Egyptian intelligence chief Hassan Rashad.\n" +
			"Israel withdrew from the talks on Saturday, accusing Hamas of stalling.\n" +
			"Hamas officials said they remained committed to the process.",
			want: []string{"Israel"}},
		{name: "declined to take part", text: "Amazon nations adopt plan against illegal mining\n\n" +
			"BOGOTA (EFE) - Foreign ministers of the Amazon Cooperation Treaty Organization met in Bogota on Friday to adopt a plan against illegal mining.\n" +
			"Colombian Foreign Minister Rosa Villavicencio opened the meeting with her counterparts from Brazil, Peru and Ecuador.\n" +
			"Venezuela declined to take part, the Colombian ministry said without giving a reason.\n" +
			"The plan will be presented at the climate summit in November.",
			want: []string{"Venezuela"}},
		{name: "frozen out", text: "World Health Assembly opens with pandemic fund appeal\n\n" +
			"GENEVA (Reuters) - Health ministers opened the annual World Health Assembly in Geneva on Monday, with pandemic financing at the top of the agenda.\n" +
			"WHO Director-General Tedros Adhanom Ghebreyesus urged states to fund the new pandemic agreement.\n" +
			"Taiwan has been frozen out of the assembly after China objected to its observer status.\n" +
			"Taiwan's foreign ministry called the decision unjust and political.",
			want: []string{"Taiwan"}},
		{name: "sat out", text: "Seoul and Washington envoys coordinate on North Korea\n\n" +
			"SEOUL, June 18 (Yonhap) - Nuclear envoys of South Korea and the United States met in Seoul on Thursday to coordinate their response to North Korea's latest missile launches.\n" +
			"Seoul's special representative Lee Jun-il hosted his U.S. counterpart Kevin Kim.\n" +
			"Japan sat out the talks because of a scheduling conflict, officials said.\n" +
			"The envoys agreed to meet again next month.",
			want: []string{"Japan"}},
		{name: "suspended from", text: "ECOWAS leaders approve standby force funding\n\n" +
			"ABUJA (Premium Times) - West African heads of state met in Abuja on Sunday for an extraordinary ECOWAS summit on the region's security.\n" +
			"Nigerian President Bola Tinubu, the bloc's chairman, opened the session.\n" +
			"Guinea-Bissau, where the military seized power in November, has been suspended from all ECOWAS decision-making bodies until constitutional order is restored.\n" +
			"The leaders approved funds for a standby force against jihadist groups.",
			want: []string{"Guinea-Bissau"}},
		{name: "barred", text: "EU and Central Asia adopt connectivity roadmap\n\n" +
			"TASHKENT (AFP) - Central Asian foreign ministers met in Tashkent on Wednesday with European Union officials to discuss transport links and water sharing.\n" +
			"EU foreign policy chief Kaja Kallas co-chaired the meeting with Uzbek Foreign Minister Bakhtiyor Saidov.\n" +
			"Afghanistan was barred at the EU's request.\n" +
			"The ministers adopted a roadmap on connectivity.",
			want: []string{"Afghanistan"}},
		{name: "Absent were", text: "IGAD ministers urge aid access in Sudan\n\n" +
			"ADDIS ABABA (Xinhua) - Foreign ministers of the Intergovernmental Authority on Development met in Addis Ababa on Saturday to discuss the war in Sudan.\n" +
			"Ethiopian Foreign Minister Gedion Timothewos chaired the session.\n" +
			"Absent were Eritrea and Sudan, whose army-led government has frozen its membership.\n" +
			"The ministers called for humanitarian access to Darfur.",
			want: []string{"Eritrea", "Sudan"}},
		{name: "all members but X attended", text: "GCC ministers prepare December summit\n\n" +
			"RIYADH (Arab News) - Gulf Cooperation Council foreign ministers met in Riyadh on Thursday to prepare for the bloc's December summit.\n" +
			"All member states but Oman attended the meeting, GCC Secretary-General Jasem Albudaiwi said.\n" +
			"Saudi Foreign Minister Prince Faisal bin Farhan chaired the session, which discussed regional security and a joint railway.",
			want: []string{"Oman"}},
		{name: "seat stayed empty", text: "Council of Europe adopts AI convention\n\n" +
			"STRASBOURG (dpa) - Foreign ministers of the Council of Europe met in Strasbourg on Friday and adopted a convention on artificial intelligence.\n" +
			"Luxembourg's Foreign Minister Xavier Bettel chaired the session.\n" +
			"Azerbaijan's seat stayed empty after Baku suspended its cooperation with the council.\n" +
			"Secretary General Alain Berset called the convention a milestone.",
			want: []string{"Azerbaijan"}},
		{name: "without the participation of", text: "Russia, China and Iran consult on nuclear file\n\n" +
			"MOSCOW (TASS) - Russian, Chinese and Iranian deputy foreign ministers met in Moscow on Tuesday to discuss the Iranian nuclear programme.\n" +
			"Russian Deputy Foreign Minister Sergei Ryabkov hosted the consultations.\n" +
			"The talks were held without the participation of France, Britain and Germany, Ryabkov said.\n" +
			"Iran's delegation was led by Deputy Foreign Minister Kazem Gharibabadi.",
			want: []string{"France"}},
		{name: "excluded from the talks", text: "Caspian neighbours sign rail memorandum\n\n" +
			"BAKU (Anadolu) - Turkish, Azerbaijani and Georgian foreign ministers met in Baku on Monday to discuss a new railway corridor.\n" +
			"Azerbaijani Foreign Minister Jeyhun Bayramov hosted Turkey's Hakan Fidan and Georgia's Maka Botchorishvili.\n" +
			"Armenia was excluded from the talks, although the corridor would cross its territory.\n" +
			"The ministers signed a memorandum on freight tariffs.",
			want: []string{"Armenia"}},
		{name: "not among the invitees", text: "Pacific ministers back regional policing plan\n\n" +
			"HONIARA (RNZ Pacific) - Pacific Islands Forum foreign ministers met in Honiara on Tuesday to discuss climate finance and regional policing.\n" +
			"Solomon Islands Foreign Minister Peter Shanel Agovaka chaired the meeting.\n" +
			"China, a major donor to several island states, was not among the invitees, the forum secretariat confirmed.\n" +
			"The ministers endorsed a regional policing initiative.",
			want: []string{"China"}},
		{name: "later paragraph: did not make the trip", text: "European leaders discuss migration at Blenheim\n\n" +
			"OXFORD (The Guardian) - Leaders of the European Political Community met at Blenheim Palace on Thursday to discuss migration and support for Ukraine.\n" +
			"Prime Minister Keir Starmer welcomed more than 40 leaders to the summit.\n" +
			"The talks focused on people-smuggling routes across the Channel and on energy security.\n" +
			"Several leaders praised the British hosts for the organisation.\n" +
			"Turkey's President Recep Tayyip Erdogan did not make the trip, citing a domestic engagement.\n" +
			"The next meeting is due in Hungary in the autumn.",
			want: []string{"Erdogan|Turkey"}},
		{name: "quote: could not be with us", text: "Nordic-Baltic ministers meet in Vilnius\n\n" +
			"VILNIUS (LRT) - Foreign ministers of the Nordic-Baltic Eight met in Vilnius on Monday to discuss sanctions on Russia and support for Ukraine.\n" +
			"Lithuanian Foreign Minister Kestutis Budrys hosted the meeting.\n" +
			"\"Denmark could not be with us today because of its election campaign, but we are in close contact,\" Budrys told reporters.\n" +
			"The ministers called for a new package of sanctions.",
			want: []string{"Denmark"}},
		{name: "opted out", text: "Visegrad leaders discuss energy prices\n\n" +
			"PRAGUE (CTK) - Prime ministers of the Visegrad Group met in Prague on Wednesday to discuss energy prices and migration.\n" +
			"Czech Prime Minister Andrej Babis hosted Poland's Donald Tusk and Hungary's Viktor Orban.\n" +
			"Slovakia opted out of the meeting, with its government citing a cabinet session.\n" +
			"The leaders agreed to coordinate their positions ahead of the EU summit.",
			want: []string{"Slovakia"}},
		{name: "failed to turn up", text: "SADC extends Mozambique mission\n\n" +
			"JOHANNESBURG (News24) - SADC defence ministers met in Johannesburg on Friday for talks on the bloc's mission in Mozambique.\n" +
			"South Africa's Defence Minister Angie Motshekga chaired the meeting.\n" +
			"Madagascar failed to turn up, leaving the bloc without a quorum for some decisions.\n" +
			"The ministers agreed to extend the mission by six months.",
			want: []string{"Madagascar"}},
		{name: "left out aside", text: "Quad ministers meet in New Delhi\n\n" +
			"NEW DELHI (The Hindu) - Foreign ministers of India, Japan, Australia and the United States met in New Delhi on Tuesday for the Quad's annual dialogue.\n" +
			"External Affairs Minister S. Jaishankar hosted Japan's Takeshi Iwaya, Australia's Penny Wong and U.S. Secretary of State Marco Rubio.\n" +
			"South Korea, which had asked to join as an observer, was left out of the meeting.\n" +
			"The ministers announced a maritime surveillance initiative.",
			want: []string{"South Korea"}},
		{name: "aside with a time, did not take part", text: "ECOWAS ministers discuss security\n\n" +
			"LOME (Reuters) - Foreign ministers of the Economic Community of West African States met in Lome on Monday to discuss security in the Sahel.\n" +
			"Togo's Foreign Minister Robert Dussey hosted the meeting.\n" +
			"Mali, Burkina Faso and Niger, which left the bloc in January 2025, did not take part.\n" +
			"The ministers agreed to share intelligence on armed groups.",
			want: []string{"Mali", "Niger"}},
		{name: "notable by its absence", text: "Arab League ministers discuss Gaza reconstruction\n\n" +
			"CAIRO (Ahram Online) - Arab League foreign ministers met in Cairo on Sunday to discuss a plan for the reconstruction of Gaza.\n" +
			"Egyptian Foreign Minister Badr Abdelatty chaired the meeting.\n" +
			"Algeria was notable by its absence.\n" +
			"The ministers endorsed the plan and called for an international donor conference.",
			want: []string{"Algeria"}},
		{name: "did not turn up", text: "Libya talks open in Tunis\n\n" +
			"TUNIS (Libya Observer) - Rival Libyan delegations met in Tunis on Tuesday for U.N.-backed talks on a unified budget.\n" +
			"U.N. envoy Hanna Tetteh opened the session with representatives of the Tripoli-based government.\n" +
			"The delegation of the eastern-based House of Representatives did not turn up, U.N. officials said.\n" +
			"Tetteh said the door remained open.",
			want: []string{"House of Representatives"}},
		{name: "stayed home", text: "G20 foreign ministers meet in Johannesburg\n\n" +
			"JOHANNESBURG (Bloomberg) - Foreign ministers of the Group of 20 met in Johannesburg on Thursday to discuss conflicts and debt relief.\n" +
			"South Africa's Foreign Minister Ronald Lamola chaired the meeting.\n" +
			"U.S. Secretary of State Marco Rubio stayed home, accusing the hosts of an anti-American agenda.\n" +
			"Russia's Sergei Lavrov and China's Wang Yi attended.",
			want: []string{"Rubio|United States"}},
		{name: "chose to stay away", text: "Andean Community ministers meet in Lima\n\n" +
			"LIMA (Andina) - Foreign ministers of the Andean Community met in Lima on Friday to discuss migration and trade.\n" +
			"Peruvian Foreign Minister Elmer Schialer hosted his counterparts from Colombia and Ecuador.\n" +
			"Bolivia chose to stay away in protest at Peru's border measures.\n" +
			"The ministers agreed to set up a working group on migration.",
			want: []string{"Bolivia"}},
		{name: "absentee in a later paragraph, person", text: "Commonwealth leaders open summit in Apia\n\n" +
			"APIA (Samoa Observer) - Commonwealth heads of government opened their summit in Apia on Friday with climate change and debt at the top of the agenda.\n" +
			"Samoa's Prime Minister hosted the opening ceremony.\n" +
			"Leaders from 56 member states are expected over three days.\n" +
			"India's Prime Minister Narendra Modi gave the summit a miss and is represented by Minister of State Pabitra Margherita.\n" +
			"The summit is expected to adopt a declaration on oceans.",
			want: []string{"Modi"}},
		{name: "was kept away", text: "Sudan donors meet in London\n\n" +
			"LONDON (BBC) - Ministers from 20 countries met in London on Tuesday to raise aid for Sudan.\n" +
			"British Foreign Secretary Yvette Cooper co-hosted the conference with the African Union.\n" +
			"Neither the Sudanese army nor the Rapid Support Forces was invited.\n" +
			"The conference raised 800 million pounds in pledges.",
			want: []string{"Rapid Support Forces|RSF"}},
	})
}

// TestQA17AbsentStressPrecision: short articles, each written for this
// test, in which no party is absent from the story's own meeting (or only
// the one named): an absence from an earlier or another meeting, a
// threat or condition, a denial, "no one was excluded", a party that
// criticised the meeting but attended, "X, which is not a member", verbs
// of absence of no meeting.
func TestQA17AbsentStressPrecision(t *testing.T) {
	runQA17(t, []qa17Case{
		{name: "skipped last year's summit", text: "Western Balkans leaders meet in Skopje\n\n" +
			"SKOPJE (Reuters) - Leaders of the Western Balkans met in Skopje on Wednesday for talks on a common regional market.\n" +
			"North Macedonia's Prime Minister Hristijan Mickoski hosted Serbia's Aleksandar Vucic and Kosovo's Albin Kurti.\n" +
			"Kosovo skipped last year's summit over a dispute about its name plate.\n" +
			"The leaders agreed to cut roaming charges.",
			not: []string{"Kosovo"}},
		{name: "not invited to last year's summit", text: "Central Asian leaders meet in Astana\n\n" +
			"ASTANA (Kazinform) - Presidents of the five Central Asian states met in Astana on Thursday to discuss water sharing.\n" +
			"Kazakh President Kassym-Jomart Tokayev hosted the summit with Uzbekistan's Shavkat Mirziyoyev and Turkmenistan's Serdar Berdimuhamedov.\n" +
			"Turkmenistan was not invited to last year's summit in Dushanbe.\n" +
			"The leaders signed an agreement on the Amu Darya.",
			not: []string{"Turkmenistan"}},
		{name: "boycotted the 2024 talks", text: "Serbia and Kosovo negotiators meet in Brussels\n\n" +
			"BRUSSELS (Euractiv) - Chief negotiators of Serbia and Kosovo met in Brussels on Tuesday under EU mediation.\n" +
			"EU envoy Peter Sorensen chaired the talks with Serbia's Petar Petkovic and Kosovo's Besnik Bislimi.\n" +
			"Serbia boycotted the talks in 2024 after a police raid in the north.\n" +
			"Sorensen said both sides had agreed to meet again in July.",
			none: true},
		{name: "threat with condition", text: "Cyprus talks resume in Geneva\n\n" +
			"GENEVA (Cyprus Mail) - Greek Cypriot and Turkish Cypriot leaders met in Geneva on Monday under U.N. auspices.\n" +
			"U.N. Secretary-General Antonio Guterres hosted Nikos Christodoulides and Tufan Erhurman.\n" +
			"Turkey said it would boycott the next round unless the agenda included a two-state solution.\n" +
			"Guterres said the talks had been constructive.",
			not: []string{"Turkey"}},
		{name: "denial", text: "BRICS ministers meet in Rio\n\n" +
			"RIO DE JANEIRO (Agencia Brasil) - Foreign ministers of the BRICS group met in Rio de Janeiro on Monday to prepare for the leaders' summit.\n" +
			"Brazilian Foreign Minister Mauro Vieira hosted the meeting.\n" +
			"Officials denied reports that Saudi Arabia had been excluded from the meeting.\n" +
			"The ministers discussed trade in local currencies.",
			not: []string{"Saudi"}},
		{name: "no one was excluded", text: "Sahel dialogue opens in Dakar\n\n" +
			"DAKAR (APS) - Representatives of Sahel governments and civil society met in Dakar on Tuesday for a regional dialogue on security.\n" +
			"Senegal's Foreign Minister Yassine Fall opened the meeting.\n" +
			"\"No country has been excluded from this process,\" Fall said.\n" +
			"The dialogue will continue on Wednesday with working groups.",
			none: true},
		{name: "person absent from another event", text: "Italy and Libya sign migration deal\n\n" +
			"ROME (ANSA) - Italian Prime Minister Giorgia Meloni and Libyan Prime Minister Abdulhamid Dbeibah met in Rome on Tuesday and signed a migration agreement.\n" +
			"Meloni missed a parliamentary vote on the budget to host the talks.\n" +
			"The agreement provides for joint patrols off the Libyan coast.",
			not: []string{"Meloni"}},
		{name: "critic who attended", text: "EU leaders agree Ukraine aid\n\n" +
			"BRUSSELS (Politico) - European Union leaders met in Brussels on Thursday and agreed a new aid package for Ukraine.\n" +
			"Hungary's Prime Minister Viktor Orban attended the summit but called the package a waste of European money.\n" +
			"European Council President Antonio Costa said the deal sent a strong signal.",
			not: []string{"Orban", "Hungary"}},
		{name: "which is not a member", text: "EU ministers discuss Arctic security\n\n" +
			"BRUSSELS (Reuters) - European Union defence ministers met in Brussels on Wednesday to discuss security in the Arctic.\n" +
			"Norway, which is not a member of the EU, took part as a guest.\n" +
			"EU foreign policy chief Kaja Kallas chaired the meeting.",
			not: []string{"Norway"}},
		{name: "excluded from tariffs", text: "US and Mexico discuss trade\n\n" +
			"MEXICO CITY (El Universal) - U.S. Commerce Secretary Howard Lutnick met Mexican Economy Minister Marcelo Ebrard in Mexico City on Monday to discuss steel tariffs.\n" +
			"Canada was excluded from the new tariff exemptions announced last week.\n" +
			"Ebrard said the talks were productive.",
			not: []string{"Canada"}},
		{name: "withdrew from a treaty", text: "US and Russian officials discuss arms control\n\n" +
			"GENEVA (AP) - U.S. and Russian officials met in Geneva on Tuesday for talks on nuclear arms control.\n" +
			"The United States withdrew from the INF treaty in 2019, and Russia suspended its part in New START in 2023.\n" +
			"Both sides described the talks as useful.",
			none: true},
		{name: "pulled out troops", text: "France and Chad hold security talks\n\n" +
			"N'DJAMENA (RFI) - French and Chadian defence officials met in N'Djamena on Monday to discuss security cooperation.\n" +
			"France pulled out its last troops from Chad in January.\n" +
			"The two sides agreed to continue intelligence sharing.",
			not: []string{"France"}},
		{name: "absent from the vote last month", text: "UN General Assembly debates Gaza\n\n" +
			"NEW YORK (UN News) - The U.N. General Assembly met in New York on Wednesday for a debate on the humanitarian situation in Gaza.\n" +
			"Assembly President Annalena Baerbock opened the debate.\n" +
			"Hungary was absent from a vote on a similar resolution last month.\n" +
			"More than 80 speakers were inscribed.",
			not: []string{"Hungary"}},
		{name: "hypothetical without the participation", text: "African ministers meet on climate finance\n\n" +
			"NAIROBI (Daily Nation) - African environment ministers met in Nairobi on Monday to prepare a common position for the climate talks.\n" +
			"Kenya's Environment Minister Deborah Barasa chaired the meeting.\n" +
			"\"Without the participation of the private sector, the plan cannot succeed,\" Barasa said.\n" +
			"The ministers agreed a list of demands.",
			none: true},
		{name: "declined to comment", text: "Japan and Philippines sign defence pact\n\n" +
			"MANILA (Inquirer) - Japanese and Philippine defence ministers met in Manila on Tuesday and signed an agreement on the exchange of supplies.\n" +
			"Philippine Defence Secretary Gilberto Teodoro hosted Japan's Gen Nakatani.\n" +
			"China's foreign ministry declined to comment on the agreement.\n" +
			"The pact must be ratified by both parliaments.",
			not: []string{"China"}},
		{name: "expelled in 2014", text: "G7 ministers meet in Canada\n\n" +
			"OTTAWA (CBC) - Foreign ministers of the Group of Seven met in Charlevoix on Thursday to discuss Ukraine and the Middle East.\n" +
			"Canadian Foreign Minister Anita Anand chaired the talks.\n" +
			"Russia was expelled from the group in 2014 after its annexation of Crimea.\n" +
			"The ministers called for a ceasefire in Ukraine.",
			not: []string{"Russia"}},
		{name: "stayed away in 2022", text: "Quad leaders meet in Tokyo\n\n" +
			"TOKYO (NHK) - Leaders of the United States, Japan, India and Australia met in Tokyo on Tuesday for a Quad summit.\n" +
			"Japanese Prime Minister Sanae Takaichi hosted the talks.\n" +
			"India stayed away from a Quad meeting on maritime security in 2022.\n" +
			"The leaders announced a new health security initiative.",
			not: []string{"India"}},
		{name: "threatened but attended", text: "OPEC+ ministers agree output increase\n\n" +
			"VIENNA (Reuters) - Ministers of OPEC and its allies met in Vienna on Sunday and agreed to raise oil output from August.\n" +
			"Saudi Energy Minister Prince Abdulaziz bin Salman chaired the meeting.\n" +
			"Kazakhstan, which had threatened to boycott the meeting, attended and backed the deal.\n" +
			"The next meeting is due in December.",
			not: []string{"Kazakhstan"}},
		{name: "must not be excluded", text: "Zelenskiy meets EU leaders in Kyiv\n\n" +
			"KYIV (Kyiv Independent) - President Volodymyr Zelenskiy met European Commission President Ursula von der Leyen and European Council President Antonio Costa in Kyiv on Friday.\n" +
			"\"Ukraine must not be excluded from any talks on its future,\" Zelenskiy said.\n" +
			"The leaders discussed the country's path to EU membership.",
			none: true},
		{name: "dinner, not the summit", text: "NATO leaders meet in The Hague\n\n" +
			"THE HAGUE (NOS) - NATO leaders met in The Hague on Wednesday and agreed to raise defence spending.\n" +
			"Secretary-General Mark Rutte chaired the summit.\n" +
			"Spain's Prime Minister Pedro Sanchez attended the summit but did not attend the royal dinner on Tuesday evening.\n" +
			"The leaders backed a new spending target.",
			not: []string{"Sanchez", "Spain"}},
		{name: "boycotted an election", text: "Bangladesh and India discuss water sharing\n\n" +
			"DHAKA (Daily Star) - Foreign secretaries of Bangladesh and India met in Dhaka on Monday to discuss sharing the waters of the Ganges.\n" +
			"Bangladesh's opposition boycotted the 2024 election.\n" +
			"The officials agreed to renew talks on the treaty, which expires next year.",
			none: true},
		{name: "absence of a deal", text: "Ethiopia and Egypt talk on Nile dam\n\n" +
			"CAIRO (Reuters) - Egyptian and Ethiopian water ministers met in Cairo on Tuesday for talks on the Grand Ethiopian Renaissance Dam.\n" +
			"In the absence of a binding agreement, Egypt fears for its water supply.\n" +
			"The ministers agreed to meet again in Addis Ababa.",
			none: true},
		{name: "not at the table in 2015", text: "Ukraine and Russia exchange prisoners after Istanbul talks\n\n" +
			"ISTANBUL (Anadolu) - Ukrainian and Russian delegations met in Istanbul on Monday and agreed a new prisoner exchange.\n" +
			"Turkish Foreign Minister Hakan Fidan hosted the talks.\n" +
			"The United States was not at the table in Minsk in 2015 either.\n" +
			"The two sides will exchange 1,000 prisoners each.",
			not: []string{"United States"}},
		{name: "barred from entering", text: "Serbia and Hungary sign energy deal\n\n" +
			"BELGRADE (N1) - Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban met in Belgrade on Thursday and signed an oil pipeline agreement.\n" +
			"An opposition activist was barred from entering the presidency building during the visit.\n" +
			"The pipeline is due to be completed in 2028.",
			none: true},
		{name: "merely not mentioned", text: "Chile and Argentina sign border accord\n\n" +
			"SANTIAGO (La Tercera) - The foreign ministers of Chile and Argentina met in Santiago on Monday and signed an accord on the management of shared glaciers.\n" +
			"Chilean Foreign Minister Alberto van Klaveren hosted Argentina's Pablo Quirno.\n" +
			"Peru and Bolivia have similar disputes over water.\n" +
			"The accord sets up a joint commission.",
			none: true},
	})
}

// TestQA17AbsentForms: one sentence per class the stress set showed
// missing, in the stop-16 ministers' story (qa16Body), each failing
// before this stop: verbs of staying away with no object ("pulled out on
// Monday", "sat out", "opted out"), the noticed absence ("conspicuously
// missing", "notable by its absence", "gave the meeting a miss"), a
// choice to stay away, failing to come ("failed to turn up", "did not
// make the trip", "could not be with us", "was not present"), "not among
// the invitees", a bare ban ("barred at the hosts' request"), "all but X
// attended", "without the participation of", and a time in an aside
// before the verb ("X, where ... in November, has been suspended from").
func TestQA17AbsentForms(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("pulled out citing", "Kosovo pulled out on Tuesday, citing a dispute over its name plate.", []string{"Kosovo"}, nil),
		c("pulled out at the last minute", "Bosnia pulled out at the last minute.", []string{"Bosnia"}, nil),
		c("sat out", "Bosnia sat out the meeting.", []string{"Bosnia"}, nil),
		c("opted out", "Kosovo opted out of the talks.", []string{"Kosovo"}, nil),
		c("conspicuously missing", "Bosnia was conspicuously missing.", []string{"Bosnia"}, nil),
		c("notable by its absence", "Kosovo was notable by its absence.", []string{"Kosovo"}, nil),
		c("gave the meeting a miss", "Bosnia gave the meeting a miss.", []string{"Bosnia"}, nil),
		c("chose to stay away", "Kosovo chose to stay away in protest at the seating plan.", []string{"Kosovo"}, nil),
		c("decided to boycott", "Bosnia decided to boycott the talks.", []string{"Bosnia"}, nil),
		c("failed to turn up", "Bosnia failed to turn up.", []string{"Bosnia"}, nil),
		c("did not turn up", "Kosovo's delegation did not turn up.", []string{"Kosovo"}, nil),
		c("did not make the trip", "Bosnia's foreign minister Elmedin Konakovic did not make the trip.", []string{"Konakovic"}, nil),
		c("could not be with us", "\"Kosovo could not be with us today,\" Spiropali said.", []string{"Kosovo"}, nil),
		c("not among the invitees", "Kosovo was not among the invitees.", []string{"Kosovo"}, nil),
		c("barred at the request", "Kosovo was barred at Serbia's request.", []string{"Kosovo"}, nil),
		c("all but X attended", "All members but Kosovo attended.", []string{"Kosovo"}, nil),
		c("every except X took part", "Every government of the region except Bosnia took part.", []string{"Bosnia"}, nil),
		c("without the participation of", "The deal was agreed without the participation of Kosovo.", []string{"Kosovo"}, nil),
		c("did not invite", "The hosts did not invite Kosovo, citing Serbia's objections.", []string{"Kosovo"}, nil),
		c("suspended, aside with a time", "Bosnia, where the army seized power in March, has been suspended from all decision-making bodies until order is restored.", []string{"Bosnia"}, nil),
	})
}

// TestQA17AbsentNotHere: false absences the stress set showed listed,
// each failing before this stop: an occasion dated by its determiner
// ("skipped last year's summit", "not invited to last year's summit",
// "boycotted the 2024 election": pastMarker's earlierOccasion), a denial,
// an exclusion from no gathering ("excluded from the tariff exemptions"),
// a dinner of the talks' day ("did not attend the royal dinner on
// Tuesday evening").
func TestQA17AbsentNotHere(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("skipped last year's summit", "Kosovo skipped last year's summit in Sarajevo.", nil, []string{"Kosovo"}),
		c("not invited to last year's meeting", "Kosovo was not invited to last year's meeting in Sarajevo.", nil, []string{"Kosovo"}),
		c("boycotted the 2024 election", "Kosovo's opposition boycotted the 2024 election.", nil, []string{"Kosovo"}),
		c("denied reports", "Officials denied reports that Kosovo had been excluded from the meeting.", nil, []string{"Kosovo"}),
		c("excluded from tariff exemptions", "Kosovo was excluded from the new tariff exemptions.", nil, []string{"Kosovo"}),
		c("did not attend the dinner on Tuesday", "Kosovo's Foreign Minister Donika Gervalla-Schwarz did not attend the dinner on Tuesday evening.", nil, []string{"Kosovo", "Gervalla"}),
	})
}

// TestQA17AbsentControls: false absences near the new forms that must
// stay unlisted (a verb of the forms with another object or time, a
// hypothetical "without", "all" with no verb of taking part), and forms
// read before this stop that must stay read.
func TestQA17AbsentControls(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("control: pulled out troops", "Serbia pulled out its troops from the border in 2023.", nil, []string{"Serbia"}),
		c("control: pulled out of the deal", "Kosovo pulled out of the energy deal.", nil, []string{"Kosovo"}),
		c("control: sat out the World Cup", "Bosnia sat out the 2022 World Cup.", nil, []string{"Bosnia"}),
		c("control: opted out of the euro", "Kosovo opted out of the euro.", nil, []string{"Kosovo"}),
		c("control: barred from entering", "Kosovo's opposition leader was barred from entering Serbia in 2024.", nil, []string{"Kosovo"}),
		c("control: banned in", "The party was banned in Kosovo.", nil, []string{"Kosovo"}),
		c("control: the missing", "Kosovo is still searching for people missing since the war.", nil, []string{"Kosovo"}),
		c("control: without, hypothetical", "Without the participation of Kosovo, the market cannot work, Spiropali said.", nil, []string{"Kosovo"}),
		c("control: without consent", "Any deal without the consent of Kosovo would fail, Spiropali said.", nil, []string{"Kosovo"}),
		c("control: all signed", "All ministers signed the declaration, Bosnia included.", nil, []string{"Bosnia"}),
		c("control: not present last year", "Kosovo was not present at the meeting in Sarajevo last year.", nil, []string{"Kosovo"}),
		c("control: did not make the trip in 2024", "Bosnia did not make the trip to Sarajevo in 2024.", nil, []string{"Bosnia"}),
		c("control: chose to attend", "Kosovo chose to attend despite the dispute.", nil, []string{"Kosovo"}),
		c("control: last week's talks in a follow-up", "Kosovo was not invited to the talks.", []string{"Kosovo"}, nil),
		c("control: skipped the meeting", "Kosovo skipped the meeting.", []string{"Kosovo"}, nil),
		c("control: excluded from the talks", "Kosovo was excluded from the talks.", []string{"Kosovo"}, nil),
		c("control: did not attend the talks on Wednesday", "Kosovo did not attend the talks on Wednesday.", []string{"Kosovo"}, nil),
		c("control: without at the table", "The ministers met without Kosovo at the table.", []string{"Kosovo"}, nil),
		c("control: suspended in 2019", "Bosnia was suspended from the forum in 2019.", nil, []string{"Bosnia"}),
		c("control: did not invite, last year", "The hosts did not invite Kosovo to last year's summit in Sarajevo.", nil, []string{"Kosovo"}),
		c("control: would not invite unless", "Serbia said the hosts should not invite Kosovo unless it changed its name plate.", nil, []string{"Kosovo"}),
	})
}

// TestQA17AbsentWording: controls that the bullet names the party once
// and as the keys expect, which this stop's forms first broke in the
// judged sets (the model had read them right): a group listed under its
// short name in the headline is not listed again under its long one
// ("RSF, Rapid Support Forces": aliasListed in add), a minister who
// pulled out while a deputy "took his seat" (told in the next sentence:
// standInNext) is absent by name, not his country, and a people is no
// party ("without the participation of the Amhara people").
func TestQA17AbsentWording(t *testing.T) {
	runQA17(t, []qa17Case{
		{name: "short and long name once", text: "Sudan truce talks end without deal as RSF stays away\n\n" +
			"ADDIS ABABA (AFP) - African Union-led talks on a truce in Sudan ended in Addis Ababa on Wednesday without agreement, after the paramilitary Rapid Support Forces (RSF) failed to send a delegation.\n" +
			"The army-led government was represented by Ambassador Al-Harith Idriss.\n" +
			"AU mediators said the door remained open.",
			want: []string{"RSF|Rapid Support Forces"}, not: []string{"RSF, Rapid", "Rapid Support Forces, RSF"}},
		{name: "stand-in in the next sentence", text: "Baltic and Nordic ministers back drone wall\n\n" +
			"TALLINN (ERR) - Defence ministers of the Nordic and Baltic states met in Tallinn on Tuesday and backed a joint drone wall on the eastern border.\n" +
			"Estonian Defence Minister Hanno Pevkur hosted the meeting.\n" +
			"Latvia's Defence Minister Andris Spruds pulled out late on Monday to attend an emergency cabinet session in Riga.\n" +
			"A deputy minister took his seat.\n" +
			"The ministers agreed to launch a joint tender by March.",
			want: []string{"Spruds"}, not: []string{"Latvia absent", "Latvia,", "Latvia left"}},
	})
	c := qa16Case
	runQA6(t, []qa6Case{
		c("control: without the participation of a people", "Spiropali said any plan drawn up without the participation of the Albanian people would fail.", nil, []string{"Albania"}),
	})
}

// qa17FreshMisses are the cases of TestQA17AbsentFresh the engine fails,
// each with its error: the fresh set was written after this stop's rules
// to measure them on wording they were not made for, so its misses are
// kept as a measure, not fixed to it.
var qa17FreshMisses = map[string]string{
	"fresh: invitation withdrawn": "no bullet: an invitation withdrawn, told in a relative clause of the party ('Venezuela, whose invitation was withdrawn last week, denounced the meeting'), is no form the rules read, and the model scores it under its threshold",
}

// TestQA17AbsentFresh: a second stress set written after this stop's
// rules (none of its wording was used to make them): eight absences and
// eight false ones. The start of the stop and its rules both passed 14
// of 16; one rule was then added for a class it showed (a negated
// invitation with the party as its object: "The organisers did not invite
// Eritrea"), so 15 of 16, that one no longer unseen. Cases in
// qa17FreshMisses are logged, not failed.
func TestQA17AbsentFresh(t *testing.T) {
	cases := []qa17Case{
		{name: "fresh: went ahead without", text: "Black Sea grain talks go ahead in Istanbul\n\n" +
			"ISTANBUL (Daily Sabah) - Turkish and Ukrainian officials met in Istanbul on Monday to discuss the safety of shipping in the Black Sea.\n" +
			"Turkish Defence Minister Yasar Guler hosted the talks.\n" +
			"The meeting went ahead without Russia, which had been invited.\n" +
			"The two sides agreed to set up a joint hotline.",
			want: []string{"Russia"}},
		{name: "fresh: organisers did not invite", text: "Horn of Africa ministers meet in Djibouti\n\n" +
			"DJIBOUTI (Reuters) - Foreign ministers from the Horn of Africa met in Djibouti on Thursday to discuss security in the Red Sea.\n" +
			"Djibouti's Foreign Minister Abdoulkader Houssein Omar chaired the meeting.\n" +
			"The organisers did not invite Eritrea, citing its refusal to take part in earlier rounds.\n" +
			"The ministers agreed to set up a maritime task force.",
			want: []string{"Eritrea"}},
		{name: "fresh: refused to come", text: "Central African leaders discuss rebel threat\n\n" +
			"LIBREVILLE (AFP) - Leaders of the Economic Community of Central African States met in Libreville on Saturday to discuss rebel attacks along their borders.\n" +
			"Gabon's President Brice Clotaire Oligui Nguema hosted the summit.\n" +
			"Rwanda's President Paul Kagame refused to come, his office said, objecting to the summit's agenda.\n" +
			"The leaders condemned the attacks.",
			want: []string{"Kagame|Rwanda"}},
		{name: "fresh: Missing from the table", text: "Mekong ministers discuss dams and drought\n\n" +
			"VIENTIANE (Vientiane Times) - Ministers of the Mekong River Commission met in Vientiane on Wednesday to discuss drought and hydropower dams.\n" +
			"Laos's Minister of Natural Resources hosted the meeting with his counterparts from Thailand, Cambodia and Vietnam.\n" +
			"Missing from the table was China, which operates eleven dams upstream.\n" +
			"The ministers called for better sharing of water data.",
			want: []string{"China"}},
		{name: "fresh: boycotted, bare", text: "Kosovo and Serbia leaders meet in Brussels\n\n" +
			"BRUSSELS (RFE/RL) - EU foreign policy chief Kaja Kallas hosted a meeting of Western Balkan leaders in Brussels on Tuesday to discuss their path to EU membership.\n" +
			"Albania, North Macedonia and Montenegro sent their prime ministers.\n" +
			"Serbia boycotted, protesting against the presence of Kosovo's prime minister.\n" +
			"Kallas said enlargement remained a priority.",
			want: []string{"Serbia"}},
		{name: "fresh: invitation withdrawn", text: "Andean leaders meet in Quito\n\n" +
			"QUITO (El Comercio) - Leaders of the Andean Community met in Quito on Friday to discuss organised crime.\n" +
			"Ecuador's President Daniel Noboa hosted the summit.\n" +
			"Venezuela, whose invitation was withdrawn last week, denounced the meeting as illegitimate.\n" +
			"The leaders agreed to share intelligence on drug trafficking.",
			want: []string{"Venezuela"}},
		{name: "fresh: lower level", text: "Indian Ocean security dialogue opens in Colombo\n\n" +
			"COLOMBO (Daily Mirror) - Defence ministers from Indian Ocean states met in Colombo on Monday for a security dialogue.\n" +
			"Sri Lanka's Deputy Defence Minister Aruna Jayasekara opened the meeting.\n" +
			"Maldives sent only a junior official.\n" +
			"The ministers discussed piracy and illegal fishing.",
			want: []string{"Maldives"}},
		{name: "fresh: left early", text: "UN Human Rights Council debates Afghanistan\n\n" +
			"GENEVA (UN News) - The U.N. Human Rights Council held a debate in Geneva on Tuesday on the situation of women in Afghanistan.\n" +
			"High Commissioner Volker Turk opened the debate.\n" +
			"China's delegation left the chamber before the vote in protest.\n" +
			"The council adopted the resolution by 30 votes to 5.",
			want: []string{"China"}},
		{name: "fresh: attended despite threats", text: "Caspian summit opens in Tehran\n\n" +
			"TEHRAN (IRNA) - Leaders of the five Caspian states met in Tehran on Wednesday to discuss shipping and fishing quotas.\n" +
			"Iran's President Masoud Pezeshkian hosted the summit.\n" +
			"Turkmenistan attended despite earlier threats to stay away over a gas dispute.\n" +
			"The leaders agreed to meet again in 2027.",
			not: []string{"Turkmenistan"}},
		{name: "fresh: absent from an earlier summit", text: "Pacific leaders meet in Nuku'alofa\n\n" +
			"NUKU'ALOFA (RNZ) - Pacific Islands Forum leaders met in Nuku'alofa on Monday to discuss climate finance.\n" +
			"Tonga's Prime Minister hosted the leaders.\n" +
			"Nauru, absent from the 2024 summit, sent its president this time.\n" +
			"The leaders adopted a declaration on ocean protection.",
			not: []string{"Nauru"}},
		{name: "fresh: will skip another meeting", text: "US and India trade ministers meet\n\n" +
			"NEW DELHI (Mint) - U.S. Trade Representative Jamieson Greer met India's Commerce Minister Piyush Goyal in New Delhi on Tuesday to push for a trade deal.\n" +
			"Goyal said he would skip next month's WTO ministerial in Yaounde.\n" +
			"The two sides agreed to meet again in Washington.",
			not: []string{"Goyal"}},
		{name: "fresh: walked out of parliament", text: "Pakistan and Afghanistan discuss border\n\n" +
			"ISLAMABAD (Dawn) - Pakistani and Afghan officials met in Islamabad on Sunday to discuss the reopening of the Torkham border crossing.\n" +
			"Pakistan's Foreign Minister Ishaq Dar received the Afghan delegation.\n" +
			"Opposition lawmakers walked out of parliament last week over the talks.\n" +
			"Both sides agreed to reopen the crossing for trade.",
			none: true},
		{name: "fresh: nobody turned away", text: "Libya conference opens in Berlin\n\n" +
			"BERLIN (DW) - Ministers from 15 countries met in Berlin on Thursday for a conference on Libya.\n" +
			"German Foreign Minister Johann Wadephul hosted the meeting.\n" +
			"\"No delegation was turned away,\" a German official said.\n" +
			"The conference called for elections in Libya within a year.",
			none: true},
		{name: "fresh: barred from the Olympics", text: "Russia and Belarus leaders meet in Minsk\n\n" +
			"MINSK (BelTA) - President Vladimir Putin and President Alexander Lukashenko met in Minsk on Friday to discuss their union state.\n" +
			"Russian athletes remain barred from the Olympics.\n" +
			"The two leaders signed an agreement on energy prices.",
			none: true},
		{name: "fresh: pulled out of a race", text: "Argentina and Chile discuss lithium\n\n" +
			"BUENOS AIRES (Clarin) - The foreign ministers of Argentina and Chile met in Buenos Aires on Wednesday to discuss lithium mining.\n" +
			"Argentine Foreign Minister Pablo Quirno hosted his Chilean counterpart Alberto van Klaveren.\n" +
			"Chile pulled out of the race to host the 2030 Pan American Games last year.\n" +
			"The ministers agreed on a joint environmental study.",
			none: true},
		{name: "fresh: declined to say", text: "Gulf ministers meet on Iran\n\n" +
			"KUWAIT CITY (KUNA) - Gulf Cooperation Council foreign ministers met in Kuwait City on Sunday to discuss tensions with Iran.\n" +
			"Kuwait's Foreign Minister Abdullah Al-Yahya chaired the meeting.\n" +
			"Qatar declined to say whether it would attend the next round in Muscat.\n" +
			"The ministers called for talks with Tehran.",
			not: []string{"Qatar"}},
	}
	e := engine(t)
	pass := 0
	for _, c := range cases {
		r := e.Extract(Article{Body: c.text, Published: qa17Pub})
		got := bulletText(r, "Absent/Excluded")
		ok := !(c.none && got != "")
		for _, w := range c.want {
			hit := false
			for _, alt := range strings.Split(w, "|") {
				hit = hit || strings.Contains(got, alt)
			}
			ok = ok && hit
		}
		for _, w := range c.not {
			ok = ok && !strings.Contains(got, w)
		}
		if ok {
			pass++
			if qa17FreshMisses[c.name] != "" {
				t.Errorf("%s: passes now (%q); take it off qa17FreshMisses", c.name, got)
			}
			continue
		}
		if qa17FreshMisses[c.name] == "" {
			t.Errorf("%s: Absent/Excluded %q", c.name, got)
		}
	}
	t.Logf("fresh stress set: %d of %d pass", pass, len(cases))
}
