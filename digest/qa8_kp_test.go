package digest

import "testing"

// TestQA8Participants holds the fifth round's participant and absence
// cases (set D's judge, kinds 1 and 6), in sentences of our own.
func TestQA8Participants(t *testing.T) {
	const kp, ab = "Key Participants", "Absent/Excluded"
	lead := func(city, date, body string) string {
		return "Ministers meet in " + city + "\n\n" + city + ", " + date + " (Reuters) - " + body
	}
	runBulletCases(t, []bulletCase{
		// a subordinator ends a list: the person after it is no stand-in
		{"represented by B after C stayed in a capital", lead("NAIROBI", "June 10", "East African foreign ministers met in Nairobi on Tuesday to discuss refugees. Kenyan Foreign Minister Musalia Mudavadi chaired the talks. Uganda, which backs the plan, was represented by State Minister Henry Oryem Okello after Foreign Minister Jeje Odongo stayed in Kampala for a budget debate."), "2025-06-10", kp,
			[]string{"Henry Oryem Okello (State Minister, Uganda)"}, []string{"Jeje Odongo"}},
		{"represented by B because C was ill", lead("LIMA", "June 10", "Andean foreign ministers met in Lima on Tuesday to discuss trade. Bolivia was represented by Deputy Foreign Minister Elena Vargas because Foreign Minister Celinda Sosa stayed home with a fever."), "2025-06-10", kp,
			[]string{"Elena Vargas"}, []string{"Celinda Sosa"}},
		{"the one who stayed in a capital is absent by name", lead("NAIROBI", "June 10", "East African foreign ministers met in Nairobi on Tuesday to discuss refugees. Kenyan Foreign Minister Musalia Mudavadi chaired the talks. Uganda, which backs the plan, was represented by State Minister Henry Oryem Okello after Foreign Minister Jeje Odongo stayed in Kampala for a budget debate."), "2025-06-10", ab,
			[]string{"Jeje Odongo"}, []string{"Uganda absent"}},
		{"stayed home", lead("LIMA", "June 10", "Andean foreign ministers met in Lima on Tuesday to discuss trade. Bolivia was represented by Deputy Foreign Minister Elena Vargas because Foreign Minister Celinda Sosa stayed home with a fever."), "2025-06-10", ab,
			[]string{"Celinda Sosa"}, []string{"Bolivia absent"}},
		// not: staying in the venue's own city is no absence
		{"stayed in the venue's city is no absence", lead("NAIROBI", "June 10", "East African foreign ministers met in Nairobi on Tuesday to discuss refugees. Ugandan Foreign Minister Jeje Odongo stayed in Nairobi for a second day of talks with Kenyan Foreign Minister Musalia Mudavadi."), "2025-06-10", ab,
			[]string{""}, nil},
		// not: a title after a name still reads ("B, aid chief")
		{"a list goes on through titles", lead("LIMA", "June 10", "Andean foreign ministers met in Lima on Tuesday to discuss trade. Peru was represented by Foreign Minister Elmer Schialer and Trade Minister Ursula Desilu Leon."), "2025-06-10", kp,
			[]string{"Elmer Schialer", "Ursula Desilu Leon"}, nil},
	})
}

// TestQA8OtherClause: the clause reader drops people told of another
// occasion: a meeting called off, a deed dated before the lead's day
// (and a ", when" clause on it), a meeting to come for those it is told
// with; the subject of a plan and a meeting of the lead's day stay.
func TestQA8OtherClause(t *testing.T) {
	const kp = "Key Participants"
	lead := func(city, date, body string) string {
		return "Leaders meet in " + city + "\n\n" + city + ", " + date + " (Reuters) - " + body
	}
	runBulletCases(t, []bulletCase{
		{"a meeting between two leaders postponed", lead("VIENNA", "June 10", "Armenian and Azerbaijani negotiators Edmon Marukyan and Elchin Amirbayov held talks in Vienna on Wednesday. The Friday meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, which was to have been hosted by Austria, has been postponed, officials said."), "2026-06-10", kp,
			[]string{"Edmon Marukyan", "Elchin Amirbayov"}, []string{"Pashinyan", "Aliyev"}},
		{"a summit with two leaders called off", lead("VIENNA", "June 10", "Armenian and Azerbaijani negotiators Edmon Marukyan and Elchin Amirbayov held talks in Vienna on Wednesday. A summit with Nikol Pashinyan and Ilham Aliyev was called off on Tuesday."), "2026-06-10", kp,
			[]string{"Edmon Marukyan"}, []string{"Pashinyan", "Aliyev"}},
		{"a predecessor's visit in a past month and year", lead("ROME", "June 10", "Kenyan President William Ruto held talks with Italian Prime Minister Giorgia Meloni in Rome on Wednesday. It was the first such visit since Ruto's predecessor, Uhuru Kenyatta, attended a food summit in July 2021."), "2026-06-10", kp,
			[]string{"William Ruto", "Giorgia Meloni"}, []string{"Kenyatta"}},
		{"a when clause takes the time of its head", lead("LIMA", "June 10", "Pacific Alliance ministers met in Lima on Wednesday. The last council hosted by Chile met in Santiago in October 2023, when then-president Gabriel Boric opened the session."), "2026-06-10", kp,
			nil, []string{"Boric"}},
		{"a meeting to come in another city for its guest", lead("ROME", "June 10", "Kenyan President William Ruto held talks with Italian Prime Minister Giorgia Meloni in Rome on Wednesday. Ruto travels to Milan on Thursday for a trade fair organised by the Italian-African Chamber of Commerce, and is due in Paris on Friday to meet French President Emmanuel Macron."), "2026-06-10", kp,
			[]string{"William Ruto", "Giorgia Meloni"}, []string{"Macron"}},
		{"will meet next month", lead("ROME", "June 10", "Kenyan President William Ruto held talks with Italian Prime Minister Giorgia Meloni in Rome on Wednesday. Ruto will meet German Chancellor Friedrich Merz in Berlin next month."), "2026-06-10", kp,
			[]string{"William Ruto"}, []string{"Merz"}},
		// not: the lead's own day, a plan's subject, a story about a meeting to come
		{"a meeting on the lead's day stays", lead("ROME", "June 10", "Kenyan President William Ruto held talks in Rome on Wednesday. Ruto met Italian Prime Minister Giorgia Meloni on Wednesday at Palazzo Chigi."), "2026-06-10", kp,
			[]string{"Giorgia Meloni"}, nil},
		{"the subject of a signing to come stays", lead("HONIARA", "December 3", "Solomon Islands Foreign Minister Peter Agovaka resigned on Wednesday over a treaty with Australia. Parliament is due to debate the treaty on Dec. 10, and Prime Minister Jeremiah Manele is expected to sign it with Australian Prime Minister Anthony Albanese in Canberra in January."), "2025-12-03", kp,
			[]string{"Jeremiah Manele"}, []string{"Albanese"}},
		{"a story about a meeting to come keeps its guests", lead("ROME", "June 10", "Kenyan President William Ruto will meet Italian Prime Minister Giorgia Meloni in Rome on Friday, officials said on Wednesday. Ruto is due to meet Meloni on Friday for talks on migration."), "2026-06-10", kp,
			[]string{"Giorgia Meloni"}, nil},
	})
}

// TestQA8ListAside: a list of attendees is read whole through a relative
// aside after one of its names.
func TestQA8ListAside(t *testing.T) {
	const kp = "Key Participants"
	lead := func(city, date, body string) string {
		return "Ministers meet in " + city + "\n\n" + city + ", " + date + " (Reuters) - " + body
	}
	runBulletCases(t, []bulletCase{
		{"attended by A, who ..., B and C", lead("APIA", "June 10", "The emergency session in Apia was chaired by Samoan Prime Minister Laauli Leuatea Schmidt and was attended by Tongan Prime Minister Aisake Eke, who also holds the foreign portfolio, Cook Islands Prime Minister Mark Brown and Niuean Premier Dalton Tagelagi, among others."), "2026-06-10", kp,
			[]string{"Aisake Eke", "Mark Brown", "Dalton Tagelagi"}, nil},
		{"joined by A, who ..., and B", lead("APIA", "June 10", "Samoan Prime Minister Laauli Leuatea Schmidt opened the session in Apia on Tuesday, joined by Tongan Prime Minister Aisake Eke, who flew in overnight, and Cook Islands Prime Minister Mark Brown."), "2026-06-10", kp,
			[]string{"Aisake Eke", "Mark Brown"}, nil},
		// not: an aside that ends the list with a verb
		{"names inside the aside are not read", lead("APIA", "June 10", "Pacific ministers met in Apia on Tuesday. The session was attended by Tongan Prime Minister Aisake Eke, who praised Fijian leader Sitiveni Rabuka, officials said."), "2026-06-10", kp,
			[]string{"Aisake Eke"}, []string{"Rabuka"}},
	})
}

// TestQA8ExpectedButCancelled: a leader expected at the meeting who
// cancelled is absent by name; a stand-in's country is not absent.
func TestQA8ExpectedButCancelled(t *testing.T) {
	const ab = "Absent/Excluded"
	lead := func(city, date, body string) string {
		return "Deal signed in " + city + "\n\n" + city + ", " + date + " (AFP) - " + body
	}
	runBulletCases(t, []bulletCase{
		{"had been expected to attend but cancelled her trip", lead("HANOI", "June 10", "Vietnam and Canada signed a trade pact in Hanoi on Tuesday. The accord was signed by Canadian Trade Minister Maninder Sidhu and Vietnamese Trade Minister Nguyen Hong Dien. Canadian Prime Minister Mark Carney, who backed the talks last year, had been expected to attend but cancelled his trip on Monday, citing a budget vote."), "2026-06-10", ab,
			[]string{"Mark Carney"}, []string{"Canada absent"}},
		{"was due to attend but pulled out of the ceremony", lead("HANOI", "June 10", "Vietnam and Canada signed a trade pact in Hanoi on Tuesday. Canadian Prime Minister Mark Carney was due to attend but pulled out of the ceremony, officials said. Canadian Trade Minister Maninder Sidhu signed for Canada."), "2026-06-10", ab,
			[]string{"Mark Carney"}, nil},
		// not: expected and came
		{"expected to attend but arrived late", lead("HANOI", "June 10", "Vietnam and Canada signed a trade pact in Hanoi on Tuesday. Canadian Prime Minister Mark Carney was expected to attend the signing but arrived late from Bangkok."), "2026-06-10", ab,
			[]string{""}, nil},
	})
}

// TestQA8SignedBy: the signatories of a passive signing take part.
func TestQA8SignedBy(t *testing.T) {
	const kp = "Key Participants"
	lead := func(city, date, body string) string {
		return "Deal signed in " + city + "\n\n" + city + ", " + date + " (AFP) - " + body
	}
	runBulletCases(t, []bulletCase{
		{"the accord was signed at a palace by A and B", lead("HANOI", "June 10", "Vietnam and Canada signed a trade pact in Hanoi on Tuesday. The accord was signed at the Presidential Palace by Canadian Trade Minister Maninder Sidhu and Vietnamese Trade Minister Nguyen Hong Dien, in the presence of Prime Minister Pham Minh Chinh."), "2026-06-10", kp,
			[]string{"Maninder Sidhu", "Nguyen Hong Dien", "Pham Minh Chinh"}, nil},
		{"the agreement was formally signed by A", lead("HANOI", "June 10", "Vietnam and Canada concluded a trade pact in Hanoi on Tuesday. The agreement was formally signed by Canadian Trade Minister Maninder Sidhu."), "2026-06-10", kp,
			[]string{"Maninder Sidhu"}, nil},
		// not: a signing of another year, a petition
		{"a treaty signed in another year", lead("HANOI", "June 10", "Vietnamese Trade Minister Nguyen Hong Dien met Canadian Trade Minister Maninder Sidhu in Hanoi on Tuesday. The earlier treaty was signed in 1994 by former prime minister Vo Van Kiet."), "2026-06-10", kp,
			[]string{"Maninder Sidhu"}, []string{"Vo Van Kiet"}},
		{"a petition signed by an activist", lead("HANOI", "June 10", "Vietnamese Trade Minister Nguyen Hong Dien met Canadian Trade Minister Maninder Sidhu in Hanoi on Tuesday. A petition was signed by activist Tran Van Hai."), "2026-06-10", kp,
			[]string{"Maninder Sidhu"}, []string{"Tran Van Hai"}},
	})
}

// TestQA8MediatorAndUnrepresented: a mediator met "for hours with" takes
// part; a party "not represented in" the venue is absent.
func TestQA8MediatorAndUnrepresented(t *testing.T) {
	lead := func(city, date, body string) string {
		return "Talks in " + city + "\n\n" + city + ", " + date + " (Reuters) - " + body
	}
	runBulletCases(t, []bulletCase{
		{"met for about two hours with a mediator", lead("GENEVA", "June 10", "Armenian and Azerbaijani negotiators held talks in Geneva on Tuesday. Armenian negotiator Edmon Marukyan and Azerbaijani envoy Elchin Amirbayov met for about two hours with Swiss envoy Thomas Greminger, who has led the process since March."), "2026-06-10", "Key Participants",
			[]string{"Thomas Greminger"}, nil},
		{"talks for three days with", lead("GENEVA", "June 10", "Armenian negotiator Edmon Marukyan held talks for three days with Swiss envoy Thomas Greminger in Geneva, ending on Tuesday."), "2026-06-10", "Key Participants",
			[]string{"Thomas Greminger"}, nil},
		// not: a duration of something else
		{"a duration of a strike is no meeting", lead("GENEVA", "June 10", "Armenian and Azerbaijani negotiators held talks in Geneva on Tuesday. Workers struck for three days with union leader Anna Petrosyan at their head."), "2026-06-10", "Key Participants",
			nil, []string{"Petrosyan"}},
		{"not represented in the venue's city", lead("GENEVA", "June 10", "Armenia and Azerbaijan agreed on Tuesday to reopen a border crossing after talks in Geneva, mediators said. Russia was not represented in Geneva."), "2026-06-10", "Absent/Excluded",
			[]string{"Russia"}, nil},
		{"not represented in another city is no absence", lead("GENEVA", "June 10", "Armenia and Azerbaijan agreed on Tuesday to reopen a border crossing after talks in Geneva, mediators said. Russia was not represented in Vienna at a separate meeting."), "2026-06-10", "Absent/Excluded",
			nil, []string{"Russia"}},
	})
}
