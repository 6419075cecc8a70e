package digest

import (
	"strings"
	"testing"
	"time"
)

// TestParticipantsThirdRound holds the participants a reader found missing
// or wrong in the articles of the third reading: hosts and chairs named
// before a relative clause or a participle, "talks between", "along
// with", and who stays away.
func TestParticipantsThirdRound(t *testing.T) {
	e := engine(t)
	pub := time.Date(2025, 6, 25, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, body string
		in, out    []string
	}{
		{"chair before a relative clause",
			"Southeast Asian leaders admitted Timor-Leste at a summit in Kuala Lumpur on Sunday. Malaysian Prime Minister Anwar Ibrahim, who chairs the Association of Southeast Asian Nations this year, welcomed Timor-Leste's Prime Minister Xanana Gusmao to the table.",
			[]string{"Anwar Ibrahim", "Xanana Gusmao"}, nil},
		{"mediator before a relative clause",
			"South Sudan peace talks opened in Nairobi on Thursday. Kenyan President William Ruto, who is mediating the so-called Tumaini Initiative, opened the session at State House.",
			[]string{"William Ruto"}, nil},
		{"host in a participle",
			"NATO leaders agreed on Wednesday to raise their defence spending target at a summit in The Hague. Secretary General Mark Rutte, hosting his first summit as NATO chief, called the deal \"a quantum leap\".",
			[]string{"Mark Rutte"}, nil},
		{"summit between",
			"The summit between Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung in Tokyo has been postponed, officials said on Tuesday.",
			[]string{"Sanae Takaichi", "Lee Jae-myung"}, nil},
		{"a future meeting between is another event",
			"U.S. and Russian officials met in Riyadh on Tuesday. Peskov said the talks would lay the groundwork for a future meeting between President Donald Trump and President Vladimir Putin.",
			nil, []string{"Donald Trump", "Vladimir Putin"}},
		{"along with",
			"ASEAN leaders met in Kuala Lumpur on Sunday. Indonesian President Prabowo Subianto and Singapore's Prime Minister Lawrence Wong attended, along with Cambodian Prime Minister Hun Manet.",
			[]string{"Prabowo Subianto", "Lawrence Wong", "Hun Manet"}, nil},
		{"who cancels his attendance takes no part",
			"Chinese Premier Li Qiang has cancelled his attendance at a trilateral summit with the leaders of Japan and South Korea that was due to open in Tokyo on Wednesday. The summit between Li, Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung has been postponed.",
			[]string{"Sanae Takaichi", "Lee Jae-myung"}, []string{"Li Qiang"}},
		{"chair in a relative clause",
			"G20 finance ministers ended a two-day meeting in Washington on Thursday without a joint communique. U.S. Treasury Secretary Scott Bessent, who chaired the talks, told reporters the meeting had been frank.",
			[]string{"Scott Bessent"}, nil},
		{"rotating chairmanship",
			"Caribbean leaders meeting in Port of Spain agreed on Friday to send police officers to Haiti. Jamaican Prime Minister Andrew Holness, who holds the rotating chairmanship of CARICOM, told a closing news conference that four states had pledged officers.",
			[]string{"Andrew Holness"}, nil},
		{"a relative clause of no talks",
			"Caribbean leaders met in Port of Spain on Friday. The businessman Peter Smith, who holds dual citizenship, told reporters he would invest.",
			nil, []string{"Peter Smith"}},
		{"joint news conference",
			"Turkish Foreign Minister Hakan Fidan on Thursday condemned Israeli air strikes near Homs, speaking at a joint news conference with his Jordanian counterpart Ayman Safadi in Ankara.",
			[]string{"Hakan Fidan", "Ayman Safadi"}, nil},
		{"his counterpart names the previous subject",
			"Defence officials from Thailand and Cambodia ended two days of talks in Kuala Lumpur on Wednesday. Thai Defence Minister Nattaphon Narkphanit said the talks had been useful. His Cambodian counterpart, Defence Minister Tea Seiha, blamed Bangkok for the deadlock.",
			[]string{"Nattaphon Narkphanit", "Tea Seiha"}, nil},
		{"not involved",
			"Negotiators from Togo have held talks in Lome with an Islamic State affiliate, Togolese Foreign Minister Robert Dussey said on Thursday. Niger's military government, led by General Abdourahamane Tiani, was not involved in the talks.",
			nil, []string{"Abdourahamane Tiani"}},
		{"a team led by someone to another place",
			"East African Community leaders on Thursday suspended South Sudan at a summit in Nairobi chaired by Kenyan President William Ruto. Ruto said he planned to send a team of envoys led by former Tanzanian president Jakaya Kikwete to Juba next week.",
			[]string{"William Ruto"}, []string{"Jakaya Kikwete"}},
		{"a dateline in capitals is no person",
			"ARUSHA, Tanzania, March 19 (Reuters) - East African Community leaders on Thursday suspended South Sudan. The decision was taken at an extraordinary summit in Arusha chaired by Kenyan President William Ruto.",
			[]string{"William Ruto"}, []string{"ARUSHA", "Arusha"}},
		{"a dateline in capitals after a headline line is no person",
			"Bloc suspends Juba over unpaid dues\n\nARUSHA, Tanzania, March 19 (Reuters) - East African Community leaders on Thursday suspended South Sudan. The decision was taken at an extraordinary summit in Arusha chaired by Kenyan President William Ruto.",
			[]string{"William Ruto"}, []string{"ARUSHA", "Arusha"}},
		{"attended in person by",
			"East African leaders suspended South Sudan at a summit in Arusha on Thursday. The summit was attended in person by Tanzanian President Samia Suluhu Hassan and Rwanda's Paul Kagame.",
			[]string{"Samia Suluhu Hassan", "Paul Kagame"}, nil},
		{"told delegates",
			"U.N. climate talks in Belem ran past their Friday deadline. The COP30 president, Brazilian diplomat André Corrêa do Lago, told delegates in a late-morning plenary that he would hold consultations.",
			[]string{"André Corrêa do Lago"}, nil},
		{"a phone call beside the talks",
			"Defence officials from Thailand and Cambodia ended two days of talks in Kuala Lumpur on Wednesday. Malaysian Prime Minister Anwar Ibrahim spoke by telephone with his Thai counterpart Anutin Charnvirakul on Tuesday evening.",
			nil, []string{"Anutin Charnvirakul"}},
		{"received by the host",
			"Chinese Foreign Minister Wang Yi arrived in Nairobi on Monday. Wang held talks with Kenyan officials and was later received by President William Ruto at State House.",
			[]string{"Wang Yi", "William Ruto"}, nil},
		{"a mediator in a relative clause after an appositive",
			"Congo and the M23 signed a prisoner protocol in Doha on Monday. Mohammed Al-Khulaifi, Qatar's Minister of State at the Ministry of Foreign Affairs, who has mediated the process since April, said the protocol was a concrete step.",
			[]string{"Mohammed Al-Khulaifi"}, nil},
		{"a chair after an appositive",
			"EU foreign ministers met in Brussels on Monday. \"Time is not on Moscow's side,\" said Kaja Kallas, the EU's foreign policy chief, who chaired the meeting.",
			[]string{"Kaja Kallas"}, nil},
		{"a relative clause does not make its own subject a participant",
			"Foreign ministers met in Geneva on Monday. The envoy, who met Lavrov last year, said little.",
			nil, []string{"Sergey Lavrov"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body, Published: pub})
			for _, n := range tc.in {
				if p := person(r, n); p == nil || !p.Participant {
					t.Errorf("%s: want a participant, got %+v", n, p)
				}
			}
			for _, n := range tc.out {
				if p := person(r, n); p != nil && p.Participant {
					t.Errorf("%s: want no participant", n)
				}
			}
		})
	}
}

// TestAffiliationFromContext holds the countries a reader found missing
// beside a role: a lower-case modifier between country and role, a
// second person of a coordinated pair, counterparts before a comma.
func TestAffiliationFromContext(t *testing.T) {
	e := engine(t)
	pub := time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, body, person, role, affil string
	}{
		{"modifier in lower case", "The last leg takes him to Bucharest on Wednesday, where he is due to meet Romanian interim President Ilie Bolojan.",
			"Ilie Bolojan", "President", "Romania"},
		{"second of a pair", "Brazilian Foreign Minister Mauro Vieira and Agriculture Minister Carlos Fávaro signed several of the documents in Hanoi on Friday.",
			"Carlos Fávaro", "Agriculture Minister", "Brazil"},
		{"counterparts before a comma", "Brazilian Foreign Minister Mauro Vieira signed the documents alongside his Vietnamese counterpart, Foreign Minister Bui Thanh Son, in Hanoi on Friday.",
			"Bui Thanh Son", "Foreign Minister", "Vietnam"},
		{"a role inside a body's name", "U.S. Treasury Secretary Scott Bessent chaired the talks in Washington on Thursday.",
			"Scott Bessent", "Treasury Secretary", "United States"},
		{"former before the country", "Ruto will send envoys led by former Tanzanian president Jakaya Kikwete to Juba next week.",
			"Jakaya Kikwete", "Former president", "Tanzania"},
		{"counterpart before the name", "Fidan spoke at a joint news conference with his Jordanian counterpart Ayman Safadi in Ankara on Thursday.",
			"Ayman Safadi", "", "Jordan"},
		{"a known person keeps his own country", "French President Emmanuel Macron and Chancellor Olaf Scholz met in Berlin on Friday.",
			"Olaf Scholz", "Chancellor", "Germany"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body, Published: pub})
			p := person(r, tc.person)
			if p == nil || p.Role != tc.role || p.Affiliation != tc.affil {
				t.Errorf("%s: got %+v, want role %q affiliation %q", tc.person, p, tc.role, tc.affil)
			}
		})
	}
}

// TestAbsentOrLeftOut holds who stays away and who is left out, as the
// Absent/Excluded bullet words them.
func TestAbsentOrLeftOut(t *testing.T) {
	e := engine(t)
	pub := time.Date(2026, 2, 26, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, body, want string // want: the bullet's start, or "" for no bullet
	}{
		{"did not travel to the venue", "G20 finance ministers ended a two-day meeting in Washington on Thursday. Argentina's Economy Minister Luis Caputo did not travel to Washington and sent a video message instead.",
			"Argentina absent"},
		{"did not travel elsewhere", "G20 finance ministers ended a two-day meeting in Washington on Thursday. Argentina's Economy Minister Luis Caputo did not travel to Paris last month.",
			""},
		{"no delegation", "U.N. climate talks in Belém were set to run past their Friday deadline. The United States did not send an official delegation to the talks.",
			"United States absent"},
		{"not invited", "Peace talks opened in Nairobi on Thursday. Sudan was not invited to the talks.",
			"Sudan left out"},
		{"pulled out", "Leaders met in Brussels on Thursday. Hungary pulled out of the final round of negotiations.",
			"Hungary absent"},
		{"but did not take part", "Leaders met in Brussels on Thursday. Hungary's Prime Minister Viktor Orban arrived on Wednesday but did not take part in the talks.",
			"Hungary absent"},
		{"stayed away", "An African Union review closed in Addis Ababa on Thursday. Eritrea, which signed the agreement in 2022, stayed away.",
			"Eritrea absent"},
		{"had no representative", "The UN Security Council met in New York on Monday. Rwanda had no representative in the chamber.",
			"Rwanda absent"},
		{"no representative elsewhere", "Leaders met in Paris on Monday. Germany has no representative on the panel.",
			""},
		{"did not join the call", "BRICS leaders held a video summit on Monday chaired by Lula from Brasilia. Indian Prime Minister Narendra Modi did not join the call.",
			"India absent"},
		{"but was not invited", "NATO leaders met in The Hague on Wednesday. Ukraine's President Volodymyr Zelenskiy attended a dinner on Tuesday, but was not invited to the main working session.",
			"Ukraine left out"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Extract(Article{Body: tc.body, Published: pub})
			got := bulletText(r, "Absent/Excluded")
			if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
				t.Errorf("Absent/Excluded = %q, want it to start with %q", got, tc.want)
			}
		})
	}
}

// TestVenueDateIsNoReference: "the current chairperson" (PRESENT_REF) or
// "recently" gives the talks no date.
func TestVenueDateIsNoReference(t *testing.T) {
	e := engine(t)
	r := e.Extract(Article{Body: "ARUSHA, Tanzania, March 19 (Reuters) - East African leaders suspended South Sudan. The decision was taken at an extraordinary summit in Arusha chaired by Kenyan President William Ruto, the current chairperson of the bloc.",
		Published: time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC)})
	if b := bulletText(r, "Meeting Location & Date"); !strings.Contains(b, " in Arusha") || strings.Contains(b, "REF") {
		t.Errorf("Location = %q, want talks in Arusha with no reference date", b)
	}
}

// TestDeepLookQuoteWhole: a quotation of two sentences is not cut in the
// deep look.
func TestDeepLookQuoteWhole(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{`"But desire is not enough.`, 1},
		{`The parties need to take concrete steps," Grundberg said.`, -1},
		{`"We are ready," he said.`, 0},
		{`He called it “a disgrace.`, 1},
		{`She said the plan was "dead on arrival" and left.`, 0},
	} {
		if got := quoteBalance(tc.s); got != tc.want {
			t.Errorf("quoteBalance(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	e := engine(t)
	r := e.Extract(Article{Body: "ABU DHABI, Jan. 21 — The United Nations special envoy for Yemen, Hans Grundberg, met United Arab Emirates officials in Abu Dhabi on Wednesday to discuss the peace process.\n\nThe envoy has visited Riyadh and Muscat this week. Officials said the talks were constructive and covered prisoner exchanges and the reopening of roads.\n\n\"But desire is not enough. The parties need to take concrete steps, starting with the release of detained UN staff,\" Grundberg said in a statement.",
		Published: time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)})
	for i, s := range r.Summary {
		if b := quoteBalance(s); b == 1 && (i+1 == len(r.Summary) || quoteBalance(r.Summary[i+1]) != -1) || b == -1 && (i == 0 || quoteBalance(r.Summary[i-1]) != 1) {
			t.Errorf("deep look cuts a quotation at %q: %q", s, r.Summary)
		}
	}
}

// TestReactionsGroupedByStance: the Reactions bullet groups actors by the
// stance the engine read, and claims no stance for the others.
func TestReactionsGroupedByStance(t *testing.T) {
	e := engine(t)
	r := e.Extract(Article{Body: "Foreign ministers met in Geneva on Monday. Lavrov condemned the plan as \"dangerous\". Rubio praised the talks as \"very productive\". Peskov said the Kremlin would study the text.",
		Published: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)})
	b := bulletText(r, "Reactions")
	if !strings.HasPrefix(b, "Critical: ") || !strings.Contains(b, "supportive: ") || strings.Contains(b, "(neutral)") {
		t.Errorf("Reactions = %q, want stance groups, critical first, and no \"(neutral)\"", b)
	}
	for _, re := range r.Reactions {
		if re.Stance == Neutral && !strings.Contains(b, "also commented: ") {
			t.Errorf("Reactions = %q: a neutral actor (%s) should be under \"also commented\"", b, re.Actor)
		}
	}
}

// TestNoCommentIsNoReaction: who declines to comment did not comment, so
// the Reactions bullet must not say so.
func TestNoCommentIsNoReaction(t *testing.T) {
	e := engine(t)
	for _, body := range []string{
		"Wang Yi held talks in Nairobi on Monday. The State Department declined to comment.",
		"Wang Yi held talks in Nairobi on Monday. The minister refused to comment on the talks.",
	} {
		r := e.Extract(Article{Body: body, Published: time.Date(2025, 11, 13, 0, 0, 0, 0, time.UTC)})
		if b := bulletText(r, "Reactions"); b != "" {
			t.Errorf("%q: Reactions = %q, want none", body, b)
		}
	}
}

// TestPlaceIsNoSpeaker: the place of an opening phrase is no actor when
// the speaker follows it.
func TestPlaceIsNoSpeaker(t *testing.T) {
	e := engine(t)
	r := e.Extract(Article{Body: "Observers presented their statement in Lilongwe on Thursday. Presenting the statement at a news conference in the capital Lilongwe, chief observer Ilhan Kyuchyuk, a member of the European Parliament, said voters had turned out \"in large numbers and with remarkable patience.\"",
		Published: time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)})
	for _, re := range r.Reactions {
		if re.Actor == "Lilongwe" || re.Actor == "Malawi" {
			t.Errorf("reaction of a place: %+v", re)
		}
	}
	if len(r.Reactions) == 0 || r.Reactions[0].Actor != "Ilhan Kyuchyuk" {
		t.Errorf("reactions = %+v, want Ilhan Kyuchyuk's", r.Reactions)
	}
}
