package digest

import (
	"testing"
	"time"
)

// TestReviewRound6 holds the inputs a reviewer built to break the third
// round's quick-look rules (each failed once) and what a reader expects.
func TestReviewRound6(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"a summit that could happen", "WASHINGTON, Nov. 26 (Reuters) - Trump said on Wednesday a summit between Putin, Zelenskiy and himself could happen soon, but no date has been set. Trump met Hungarian Prime Minister Viktor Orban at the White House.", "2026-11-26", "Key Participants",
			[]string{}, []string{"Putin", "Zelenskiy"}},
		{"a summit of a past year", "SEOUL, Nov. 27 (Reuters) - South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi in Seoul on Thursday. The 2018 summit between Trump and Kim Jong Un in Singapore was discussed.", "2026-11-27", "Key Participants",
			[]string{"Lee Jae-myung"}, []string{"Kim Jong Un", "Trump"}},
		{"a summit hoped for", "SEOUL, Nov. 27 (Reuters) - South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi in Seoul on Thursday. Lee said he hoped for a summit between Trump and Kim Jong Un next year.", "2026-11-27", "Key Participants",
			[]string{"Lee Jae-myung"}, []string{"Kim Jong Un", "Trump"}},
		{"a joint news conference at another place", "GENEVA, Nov. 24 (Reuters) - U.S. and Ukrainian officials met in Geneva on Sunday to discuss a peace plan. In Moscow, Russian President Vladimir Putin, speaking at a joint news conference with Belarusian President Alexander Lukashenko, said the plan could be a basis for a settlement.", "2026-11-24", "Key Participants",
			[]string{}, []string{"Putin"}},
		{"attended, along with X, another event", "ROME, Nov. 27 (Reuters) - Italian Prime Minister Giorgia Meloni met Ukrainian President Volodymyr Zelenskiy in Rome on Thursday. Zelenskiy attended, along with Trump, the funeral of Pope Francis in April.", "2026-11-27", "Key Participants",
			[]string{"Meloni"}, []string{"Trump"}},
		{"a call when no talks have a venue", "WASHINGTON, Nov. 27 (Reuters) - The United States and Russia agreed on Thursday to resume talks on restoring embassy staffing. Secretary of State Marco Rubio spoke by telephone with his Russian counterpart Sergei Lavrov, the State Department said.", "2026-11-27", "Key Participants",
			[]string{"Lavrov"}, []string{}},
		{"two presidents share no country", "NAIROBI, Nov. 26 (Reuters) - Kenyan President William Ruto and President Evariste Ndayishimiye met in Nairobi on Wednesday to discuss the crisis in eastern Congo.", "2026-11-26", "Key Participants",
			[]string{"Evariste Ndayishimiye (President)"}, []string{"Ndayishimiye (President, Kenya)"}},
		{"told delegates from outside", "BELEM, Brazil, Nov. 20 (Reuters) - Negotiators at the COP30 climate summit in Belem worked through the night on Thursday. Outside the venue, activist Greta Thunberg told delegates leaving the hall that they had failed a generation.", "2026-11-20", "Key Participants",
			[]string{}, []string{"Thunberg"}},
		{"who leads a party is no chair", "GENEVA, Nov. 27 (Reuters) - U.S. and Ukrainian officials met in Geneva on Thursday. Yulia Tymoshenko, who leads the opposition Batkivshchyna party, said the plan amounted to capitulation.", "2026-11-27", "Key Participants",
			[]string{}, []string{"Tymoshenko"}},
		{"the lead's day is no past signing's", "GAZA, Nov. 27 (Reuters) - Hamas handed over the remains of another hostage on Thursday. The ceasefire deal was signed in Sharm el-Sheikh by mediators from Egypt, Qatar and Turkey.", "2026-11-27", "Meeting Location & Date",
			[]string{"Sharm el-Sheikh"}, []string{"Thursday"}},
		{"the lead's strikes date no summit", "GAZA, Nov. 27 (Reuters) - Israeli strikes killed 12 people in Gaza on Thursday, health officials said. The ceasefire was agreed at a summit in Sharm el-Sheikh attended by dozens of world leaders.", "2026-11-27", "Meeting Location & Date",
			[]string{"Sharm el-Sheikh"}, []string{"Thursday"}},
		{"a conference room is no conference", "DOHA, Nov. 27 (Reuters) - Israeli and Hamas negotiators met in a conference room of a hotel in Doha on Thursday for indirect talks on the ceasefire.", "2026-11-27", "Meeting Location & Date",
			[]string{"Talks in Doha"}, []string{"Conference"}},
		{"a conference venue is no conference", "BERLIN, Nov. 27 (Reuters) - Protesters marched to the conference venue in Berlin on Thursday as Western and Ukrainian officials held talks on a peace plan.", "2026-11-27", "Meeting Location & Date",
			[]string{"Talks in Berlin"}, []string{"Conference"}},
		{"covered a span of time", "ISTANBUL, Nov. 27 (Reuters) - Russian and Ukrainian delegations met in Istanbul on Thursday. The talks covered nearly three hours, and ended with an agreement on a prisoner exchange.", "2026-11-27", "Agenda",
			[]string{}, []string{"hours"}},
		{"a victory for the other side", "ANCHORAGE, Alaska, Nov. 27 (Reuters) - Putin and Trump met in Anchorage on Thursday. Senate Democratic leader Chuck Schumer called the summit a victory for Putin and a humiliation for America.", "2026-11-27", "Reactions",
			[]string{}, []string{"upportive"}},
		{"a propaganda victory", "ANCHORAGE, Alaska, Nov. 27 (Reuters) - Putin and Trump met in Anchorage on Thursday. Ukrainian President Volodymyr Zelenskiy called the meeting a propaganda victory for Moscow.", "2026-11-27", "Reactions",
			[]string{}, []string{"upportive"}},
		{"refused to back down, calling", "BRUSSELS, Nov. 27 (Reuters) - EU leaders met Chinese Premier Li Qiang in Brussels on Thursday. Hungarian Prime Minister Viktor Orban refused to back down, calling the sanctions on China \"a suicidal mistake.\"", "2026-11-27", "Positions",
			[]string{"a suicidal mistake"}, []string{}},
		{"according to a named person", "MOSCOW, Nov. 27 (Reuters) - Putin met Witkoff in Moscow on Thursday. The meeting was \"useful but difficult\", according to Kremlin aide Yuri Ushakov.", "2026-11-27", "Reactions",
			[]string{"Yuri Ushakov"}, []string{}},
		{"not just a bad deal", "GENEVA, Nov. 27 (Reuters) - U.S. and Iranian negotiators met in Geneva on Thursday. \"This is not just a bad deal, it is a dangerous one,\" Israeli Prime Minister Benjamin Netanyahu said.", "2026-11-27", "Reactions",
			[]string{"Critical: Benjamin Netanyahu"}, []string{"mixed"}},
		{"not invited before did not send", "ANCHORAGE, Alaska, Nov. 27 (Reuters) - Putin and Trump met in Anchorage on Thursday. Ukraine, which was not invited, did not send a delegation.", "2026-11-27", "Absent/Excluded",
			[]string{"Ukraine left out"}, []string{"absent"}},
	})
}

// TestReviewRound7 holds the inputs a second reviewer built to break the
// fixes of the first review and the newest rules (each failed once).
func TestReviewRound7(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"discussed in a call last month", "ANKARA, Nov. 24 (Reuters) - Turkish President Tayyip Erdogan will host Russian President Vladimir Putin in Ankara on Tuesday. The two leaders discussed grain exports in a phone call last month.", "2026-11-24", "Agenda",
			[]string{}, []string{"grain"}},
		{"have not discussed", "ADDIS ABABA, Nov. 24 (Reuters) - African Union leaders opened a summit in Addis Ababa on Tuesday. Ethiopia and Eritrea have not discussed their border since 2018, diplomats said.", "2026-11-24", "Agenda",
			[]string{}, []string{"border"}},
		{"which the two sides discussed", "LONDON, Nov. 24 (Reuters) - Britain and the European Union held talks in London on Tuesday. The deal, which the two sides discussed at the May summit, is expected to be signed next year.", "2026-11-24", "Agenda",
			[]string{}, []string{"expected"}},
		{"the most discussed issue", "NEW DELHI, Nov. 24 (Reuters) - India and the United States held trade talks in New Delhi on Tuesday. Analysts said tariffs were the most discussed issue in the run-up to the meeting.", "2026-11-24", "Agenda",
			[]string{}, []string{"Issue"}},
		{"the leaders discussed", "WASHINGTON, Nov. 24 (Reuters) - Trump met Hungarian Prime Minister Viktor Orban at the White House on Tuesday. The leaders discussed Russian oil, a senior official said, without giving details.", "2026-11-24", "Agenda",
			[]string{"Russian oil"}, []string{}},
		{"the two sides discussed", "GENEVA, Nov. 24 (Reuters) - Iran and the European Union held talks in Geneva on Tuesday. The two sides discussed the nuclear programme, sanctions relief and the release of detained nationals.", "2026-11-24", "Agenda",
			[]string{"nuclear programme"}, []string{}},
		{"the call for sanctions is no call", "BRUSSELS, Nov. 24 (Reuters) - EU foreign ministers met in Brussels on Tuesday. Hungary did not join the call for new sanctions on Russia, its foreign minister said.", "2026-11-24", "Absent/Excluded",
			[]string{}, []string{"Hungary"}},
		{"did not join the call, but another did", "LONDON, Nov. 24 (Reuters) - Leaders of the \"coalition of the willing\" held a video call on Tuesday on Ukraine. U.S. President Donald Trump did not join the call, but Secretary of State Marco Rubio did.", "2026-11-24", "Absent/Excluded",
			[]string{}, []string{"United States"}},
		{"no delegation at last year's talks", "GENEVA, Nov. 24 (Reuters) - Syrian government and Kurdish-led SDF representatives met in Geneva on Tuesday. The SDF had no delegation at the talks in Astana last year.", "2026-11-24", "Absent/Excluded",
			[]string{}, []string{"SDF"}},
		{"stayed away from a debate", "NEW YORK, Nov. 24 (Reuters) - The U.N. Security Council met on Tuesday on the crisis in Haiti. The FBI stayed away from the debate.", "2026-11-24", "Absent/Excluded",
			[]string{}, []string{"United States"}},
		{"stayed away last year", "KYIV, Nov. 24 (Reuters) - Ukrainian and U.S. officials held talks in Kyiv on Tuesday. Russia stayed away from the peace summit in Switzerland last year, and has dismissed the new talks as theatre.", "2026-11-24", "Absent/Excluded",
			[]string{}, []string{"Russia"}},
		{"though invited, did not send", "RIYADH, Nov. 24 (Reuters) - Arab and Islamic leaders held a summit in Riyadh on Tuesday. Iran, though invited, did not send a delegation.", "2026-11-24", "Absent/Excluded",
			[]string{"Iran absent"}, []string{}},
		{"the lead's day after 'welcomed'", "KUALA LUMPUR, Nov. 26 (Reuters) - Southeast Asian leaders on Thursday welcomed East Timor as the 11th member of their bloc. The ceremony was held at the ASEAN summit in Kuala Lumpur.", "2026-11-26", "Meeting Location & Date",
			[]string{"Thursday"}, []string{}},
		{"the lead's day after 'announced'", "DOHA, Nov. 26 (Reuters) - Congo and the M23 rebel group on Thursday announced a framework for peace. The announcement was made at talks held in Doha.", "2026-11-26", "Meeting Location & Date",
			[]string{"Thursday"}, []string{}},
		{"the lead's day after 'named'", "ADDIS ABABA, Nov. 26 (Reuters) - African leaders on Thursday named Kenya's Raila Odinga as the AU's special envoy for Sudan. The decision was taken at a summit in Addis Ababa.", "2026-11-26", "Meeting Location & Date",
			[]string{"Thursday"}, []string{}},
		{"a summit that ended, and could follow later", "BUDAPEST, Nov. 24 (Reuters) - A summit between U.S. President Donald Trump and Russian President Vladimir Putin in Budapest on Tuesday ended without a deal, and officials said a second meeting could follow in the new year.", "2026-11-24", "Key Participants",
			[]string{"Trump", "Putin"}, []string{}},
		{"told delegates about activists outside", "BELEM, Brazil, Nov. 24 (Reuters) - U.N. climate talks entered their final week in Belem on Tuesday. COP30 President Andre Correa do Lago told delegates that activists outside the venue deserved an answer.", "2026-11-24", "Key Participants",
			[]string{"Correa do Lago"}, []string{}},
		{"who heads the EU team", "VIENNA, Nov. 24 (Reuters) - Iranian and European negotiators met in Vienna on Tuesday. Enrique Mora, who heads the EU team, told reporters the talks were constructive.", "2026-11-24", "Key Participants",
			[]string{"Enrique Mora"}, []string{}},
		{"a summit venue tells of a summit", "JOHANNESBURG, Nov. 24 (Reuters) - Leaders of the Group of 20 arrived at the summit venue in Johannesburg on Tuesday, with the United States absent.", "2026-11-24", "Meeting Location & Date",
			[]string{"Summit"}, []string{}},
	})
}

// bulletCase is an article (body, publication day), a quick-look bullet
// and what its text must and must not hold.
type bulletCase struct {
	name, body, pub, label string
	want, not              []string
}

func runBulletCases(t *testing.T, cases []bulletCase) {
	t.Helper()
	qs := make([]qa6Case, 0, len(cases))
	for _, c := range cases {
		pub, err := time.Parse("2006-01-02", c.pub)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		qs = append(qs, qa6Case{name: c.name, body: c.body, pub: pub, label: c.label, want: c.want, not: c.not})
	}
	runQA6(t, qs)
}

// TestReviewRound8 holds common phrasings of "discussed" that a third
// reviewer found the second review's guards refused.
func TestReviewRound8(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"discussed f5", "MOSCOW, Wednesday (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping discussed energy supplies and the war in Ukraine on Wednesday, Kremlin aide Yuri Ushakov told reporters.", "2026-11-25", "Agenda", []string{"the war in Ukraine"}, nil},
		{"discussed f6", "MOSCOW, Wednesday (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping discussed energy supplies and the war in Ukraine on Wednesday, the Kremlin said after the talks.", "2026-11-25", "Agenda", []string{"the war in Ukraine"}, nil},
		{"discussed f7", "ANKARA, Nov 25 (Reuters) - Turkish President Tayyip Erdogan and Russian President Vladimir Putin discussed grain exports and a ceasefire in a phone call on Wednesday, Erdogan's office said in a statement after the call.", "2026-11-25", "Agenda", []string{"rain exports"}, nil},
		{"discussed b1", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The two leaders discussed trade and maritime security, Modi told reporters.", "2026-11-25", "Agenda", []string{"aritime security"}, nil},
		{"discussed b2", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. Officials said that the two leaders discussed trade and maritime security.", "2026-11-25", "Agenda", []string{"aritime security"}, nil},
		{"discussed b3", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The leaders discussed the 2030 climate targets and trade, the foreign ministry said.", "2026-11-25", "Agenda", []string{"2030 climate targets"}, nil},
		{"discussed b7", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The leaders discussed trade and a U.N. call for a ceasefire in Gaza, the foreign ministry said.", "2026-11-25", "Agenda", []string{"call for a ceasefire"}, nil},
		{"discussed b8", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The leaders discussed trade and the last remaining tariff barriers, the foreign ministry said.", "2026-11-25", "Agenda", []string{"tariff barriers"}, nil},
		{"discussed c2", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The leaders once again discussed trade and maritime security, the foreign ministry said.", "2026-11-25", "Agenda", []string{"aritime security"}, nil},
		{"discussed c3", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The leaders discussed trade and earlier proposals for a maritime security pact, the foreign ministry said.", "2026-11-25", "Agenda", []string{"earlier proposals"}, nil},
		{"discussed f2", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. In talks that lasted two hours, they discussed trade and maritime security.", "2026-11-25", "Agenda", []string{"aritime security"}, nil},
		{"discussed f3", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The leaders discussed a 2025 trade deal and maritime security, the foreign ministry said.", "2026-11-25", "Agenda", []string{"2025 trade deal"}, nil},
		{"discussed b6", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. Modi said he discussed trade and maritime security with Ishiba.", "2026-11-25", "Agenda", []string{"aritime security"}, []string{"Ishiba."}},
		{"discussed b4", "NEW DELHI, Nov 25 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in New Delhi on Wednesday. The two countries discussed trade and maritime security, the foreign ministry said.", "2026-11-25", "Agenda", []string{"aritime security"}, nil},
	})
}

// TestLeadDayToldConference: a venue's sentence right after the lead that
// tells of a news conference takes the lead's day.
func TestLeadDayToldConference(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"told a news conference", "STOCKHOLM, Nov 24 (Reuters) - Sweden on Monday expelled two Iranian diplomats. Foreign Minister Maria Malmer Stenergard told a news conference in Stockholm that the two had 48 hours to leave.", "2025-11-24", "Meeting Location & Date",
			[]string{"Stockholm", "Monday"}, nil},
	})
}

// TestReviewRound9 holds the inputs a fourth reviewer built against the
// last rules of the night (no comment, a place then the speaker, "told a
// news conference", "received by", mediators and chairs in relative
// clauses).
func TestReviewRound9(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{"nc_refused_sign", "GENEVA, Nov 18 (AP) - Armenia and Azerbaijan on Tuesday initialled a draft peace treaty in Geneva after two days of talks.\nIran criticised the deal, and Turkey declined to comment on it publicly.", "2025-11-18", "Reactions", []string{"Critical: Iran"}, []string{"Turkey"}},
		{"nc_while", "NAIROBI, Nov 17 (Reuters) - Kenya and Ethiopia on Monday signed a border security pact in Nairobi, ending months of tension along their shared frontier.\nThe African Union welcomed the agreement, while the Somali government declined to comment.", "2025-11-17", "Reactions", []string{"African Union"}, []string{}},
		{"rb_criticism", "NAIROBI, Nov 17 (Reuters) - Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday on trade and debt.\nThe talks came a week after a loan proposal was poorly received by opposition leader Kalonzo Musyoka, who called it a debt trap.", "2025-11-17", "Key Participants", []string{}, []string{"Musyoka"}},
		{"rb_award", "NAIROBI, Nov 17 (Reuters) - Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday on trade and debt.\nThe Nobel Peace Prize was received by Ethiopian Prime Minister Abiy Ahmed in 2019 for ending the war with Eritrea.", "2025-11-17", "Key Participants", []string{}, []string{"Abiy"}},
		{"rb_letter", "NAIROBI, Nov 17 (Reuters) - Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday on trade and debt.\nA letter from Chinese President Xi Jinping was received by President William Ruto last week, officials said.", "2025-11-17", "Key Participants", []string{}, []string{"Ruto"}},
		{"pl_alongside", "Observers presented their statement in Lilongwe on Thursday. Presenting the statement at a news conference in the capital Lilongwe, alongside Lazarus Chakwera, the mission's chief, a member of the European Parliament, said voters had turned out \"in large numbers and with remarkable patience.\"", "2025-09-18", "Positions", []string{}, []string{"Chakwera"}},
		{"pl_poss3", "Observers presented their statement in Lilongwe on Thursday. Presenting the statement at a news conference in the capital Lilongwe, Ilhan Kyuchyuk's deputy, a member of the European Parliament, said voters had turned out \"in large numbers and with remarkable patience.\"", "2025-09-18", "Positions", []string{}, []string{"Kyuchyuk:"}},
		{"md_2020b", "KABUL, Nov 18 (Reuters) - Taliban and Pakistani officials on Tuesday opened a new round of border talks in Istanbul, hosted by Turkey.\n\"This will not hold,\" said Zalmay Khalilzad, who mediated the 2020 Doha deal with the Taliban.", "2025-11-18", "Key Participants", []string{}, []string{"Khalilzad"}},
		{"ch_appos", "BRUSSELS, Nov 17 (Reuters) - EU foreign ministers met in Brussels on Monday to discuss new sanctions on Russia.\n\"Time is not on Moscow's side,\" said Josep Borrell, Kallas's predecessor, who chaired the council until last year.", "2025-11-17", "Key Participants", []string{}, []string{"Borrell"}},
		{"td_summit", "STOCKHOLM, Nov 24 (Reuters) - Sweden on Monday expelled two Iranian diplomats accused of spying on exiled dissidents.\nPrime Minister Ulf Kristersson told reporters he would raise the case with European Union leaders at a summit in Brussels.", "2025-11-24", "Meeting Location & Date", []string{}, []string{"Monday"}},
	})
}
