package digest

import (
	"strings"
	"testing"
	"time"
)

// qa6Case is one quick-look bullet a text must (or must not) give.
type qa6Case struct {
	name, body string
	pub        time.Time
	label      string
	want       []string // substrings the bullet must hold ("" = the bullet must be absent)
	not        []string // substrings it must not hold
}

// modelErrors names the rule cases that run without the learned agenda
// model (WithoutAgendaModel), each with the model's error there: the
// rules read what these cases guard (a time, a speaker, a non-meeting)
// and the model, which scores phrases by their words, does not. (Stop
// 13, s13-agveto: the model's veto of another meeting or time,
// agendaOtherMeeting, let four cases run with it; fourteen more had
// passed with the model since a retraining and were taken off.)
var modelErrors = map[string]string{
	"a rights group's statement":         "lists 'political prisoners' from a rights group's statement",
	"covered without talks is no agenda": "lists 'sanctions covered twelve banks', a sentence about sanctions, not talks",
	"control: not the talks":             "lists 'drought' from analysts' questions for the economy, not the talks (since the retraining of stop 17, s17-loc, whose leads and datelines changed its inputs)",
}

// modelOnlyMisses names the rule cases that only a learned model ever
// passed (the rules alone fail them too, so running them without the
// model proves nothing) and that a retraining now fails, each with the
// model's error: they are skipped, with the error, until the model's
// owner retrains it. (Stop 17, s17-loc: its leads and datelines changed
// the absence model's training data; the final retraining of stop 17
// passes "neither A nor B took part" again, so the list is empty.)
var modelOnlyMisses = map[string]string{}

// absenceModelErrors names the rule cases that run without the learned
// absence model (WithoutAbsenceModel), each with the model's error there:
// the rules read what the absence is from (a debate, not the talks), the
// model reads the words of staying away.
var absenceModelErrors = map[string]string{
	"stayed away from a debate":                                    "lists the United States for 'The FBI stayed away from the debate', a debate beside the council's meeting",
	"not represented in another city is no absence":                "lists Russia for 'Russia was not represented in Vienna at a separate meeting' (since the model was trained on sets a-u)",
	"declined to take part in other celebrations later this month": "lists Salome Zourabichvili, who declined to take part in other celebrations (since the model was trained on sets v-z, ti-tm)",
}

func runQA6(t *testing.T, cases []qa6Case) {
	t.Helper()
	e := engine(t)
	rules := *e
	rules.agenda = nil
	noAbsence := *e
	noAbsence.absence = nil
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if why := modelOnlyMisses[c.name]; why != "" {
				t.Skipf("a learned model's miss, the rules never passed it: %s", why)
			}
			e := e
			if modelErrors[c.name] != "" {
				e = &rules
			}
			if absenceModelErrors[c.name] != "" {
				e = &noAbsence
			}
			if liftModelErrors[c.name] != "" {
				e = noLift(t)
			}
			r := e.Extract(Article{Body: c.body, Published: c.pub})
			got := bulletText(r, c.label)
			for _, w := range c.want {
				if w == "" && got != "" || !strings.Contains(got, w) {
					t.Errorf("%s: %q, want it to hold %q", c.label, got, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					t.Errorf("%s: %q, want no %q", c.label, got, w)
				}
			}
		})
	}
}

// TestQA6Location: the lead's event wins the venue over a meeting to come,
// a place where someone was taken is no venue, "the ... city of X" names
// X, a city the gazetteer lacks takes its country from the text, and a
// day in the venue's sentence dates the talks.
func TestQA6Location(t *testing.T) {
	nov4 := time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)
	nov21 := time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC)
	jan21 := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "a council that will discuss it is no venue",
			body: "Poland on Tuesday expelled two Belarusian diplomats over a border incident, the Foreign Ministry said.\n\nEU ministers will discuss the incident at a meeting in Luxembourg on Thursday, a diplomat said.",
			pub:  nov4, label: loc, not: []string{"Luxembourg"}},
		{name: "... and it is Next",
			body: "Poland on Tuesday expelled two Belarusian diplomats over a border incident, the Foreign Ministry said.\n\nEU ministers will discuss the incident at a meeting in Luxembourg on Thursday, a diplomat said.",
			pub:  nov4, label: "Next", want: []string{"Luxembourg", "Thursday"}},
		{name: "the next round loses to the talks held",
			body: "Negotiators said on Friday that they had worked through the night on a plastics treaty.\n\nDelegates met in Switzerland for a fifth day.\n\nThe next round of talks is scheduled in Nairobi in June 2026.",
			pub:  nov21, label: loc, want: []string{"Switzerland"}, not: []string{"Nairobi"}},
		{name: "will be held: a meeting to come",
			body: "Climate negotiators said on Friday that they had worked through the night.\n\nDelegates from 190 countries met in Brazil for a fifth day.\n\nA follow-up conference will be held in Nairobi in June 2026.",
			pub:  nov21, label: loc, want: []string{"Brazil"}, not: []string{"Nairobi"}},
		{name: "a purpose is no meeting to come",
			body: "Climate negotiators said on Friday that they had worked through the night.\n\nDelegates from 190 countries met in Brazil for a fifth day.\n\nMinisters arrived in Nairobi to discuss the fund.",
			pub:  nov21, label: loc, want: []string{"Nairobi"}},
		{name: "the next day is no meeting to come",
			body: "Climate negotiators said on Friday that they had worked through the night.\n\nDelegates from 190 countries met in Brazil for a fifth day.\n\nThe next day, talks in Nairobi resumed.",
			pub:  nov21, label: loc, want: []string{"Nairobi"}},
		{name: "a meeting held later in the story still wins",
			body: "Climate negotiators said on Friday that they had worked through the night.\n\nDelegates from 190 countries met in Brazil for a fifth day.\n\nA follow-up conference was held in Nairobi.",
			pub:  nov21, label: loc, want: []string{"Nairobi"}},
		{name: "a place someone was kidnapped in is no venue",
			body: "Mediators held talks with the kidnappers over the release of two engineers abducted in Mali last month, officials said on Thursday.",
			pub:  nov21, label: loc, want: []string{""}},
		{name: "a headline's place the story names only for a kidnapping",
			body: "Ghana mediates talks for release of foreign hostages in Mali\n\nACCRA, Dec. 11 — Ghanaian negotiators have held talks with the kidnappers of two engineers abducted in Mali in March, the foreign minister said on Thursday.",
			pub:  nov21, label: loc, want: []string{""}},
		{name: "a headline's place the story names as a venue too",
			body: "Ghana hosts talks on release of foreign hostages in Accra\n\nACCRA, Dec. 11 — Negotiators met in Accra on Thursday over the release of two engineers abducted in Mali in March.",
			pub:  nov21, label: loc, want: []string{"Accra"}},
		{name: "a decision taken in a place is an event there",
			body: "The decision was taken in Brussels on Friday by EU leaders after long talks.",
			pub:  nov21, label: loc, want: []string{"Brussels"}},
		{name: "the Amazon city of X",
			body: "U.N. biodiversity talks in the coastal city of Cali were extended on Friday after delegates failed to agree on funding.",
			pub:  nov21, label: loc, want: []string{"Cali", "Friday"}},
		{name: "country of an unknown city from the dateline",
			body: "BELÉM, Brazil, Nov 21 (AP) — Climate talks in Belém were extended on Friday.",
			pub:  nov21, label: loc, want: []string{"Belém, Brazil"}},
		{name: "country of an unknown city from the text",
			body: "Delegates gathered for talks in Tromsø, Norway, on Wednesday to discuss Arctic fishing quotas.",
			pub:  jan21, label: loc, want: []string{"Norway"}},
		{name: "a trailing participle clause keeps the date",
			body: "The envoy met Omani officials in Muscat on Wednesday, wrapping up a three-day tour of the Gulf.",
			pub:  jan21, label: loc, want: []string{"Muscat", "Wednesday"}},
		{name: "a trip's date elsewhere in the sentence is not the talks'",
			body: "The envoy met Omani officials in Muscat, ahead of a trip to Riyadh on Wednesday.",
			pub:  jan21, label: loc, want: []string{"Muscat"}, not: []string{"Wednesday"}},
		{name: "a headline names the venue, the lead its day",
			body: "UN envoy ends regional tour in Muscat with no date for talks\n\nMUSCAT, Jan. 21 — The UN envoy met Omani officials in Muscat on Wednesday, wrapping up a four-day tour of the region.",
			pub:  jan21, label: loc, want: []string{"Muscat", "Wednesday"}},
		{name: "a country venue takes the dateline's city",
			body: "ROME, Jan. 21 (Reuters) - The Libyan prime minister arrived in Italy on Wednesday for talks on migration.",
			pub:  jan21, label: loc, want: []string{"Rome, Italy", "Wednesday"}},
		{name: "not a dateline city of another country",
			body: "ROME, Jan. 21 (Reuters) - The Libyan prime minister arrived in Tunisia on Wednesday for talks on migration.",
			pub:  jan21, label: loc, want: []string{"Tunisia"}, not: []string{"Rome"}},
		{name: "the talks' own noun may stand between",
			body: "Foreign ministers on Wednesday ended a two-day meeting in Tromsø, Norway, with a statement on Arctic shipping.",
			pub:  jan21, label: loc, want: []string{"Tromsø", "Wednesday"}},
	})
}

// TestQA6DatelinePlace: a place the tagger misses that the dateline names
// is a venue, dated by the lead when its sentence goes on about the lead.
func TestQA6DatelinePlace(t *testing.T) {
	mar19 := time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "summit in the dateline's town",
			body: "MWANZA, Tanzania, March 19 (Reuters) - Regional leaders on Thursday agreed to deploy observers to the border.\n\nThe decision was taken at a summit in Mwanza chaired by the Kenyan president.",
			pub:  mar19, label: loc, want: []string{"Mwanza, Tanzania", "Thursday"}},
		{name: "after a headline, and no 'current' date",
			body: "Regional bloc sends observers to border\n\nMWANZA, Tanzania, March 19 (Reuters) - Regional leaders on Thursday agreed to deploy observers to the border.\n\nThe decision was taken at a summit in Mwanza chaired by Kenyan President William Ruto, the current chairperson of the bloc.",
			pub:  mar19, label: loc, want: []string{"Mwanza, Tanzania", "Thursday"}, not: []string{"PRESENT_REF"}},
		{name: "a sentence with its own date keeps it",
			body: "MWANZA, Tanzania, March 19 (Reuters) - Regional leaders on Thursday agreed to deploy observers to the border.\n\nThe idea was first raised at a summit in Mwanza in 2019.",
			pub:  mar19, label: loc, not: []string{"Thursday"}},
	})
}

// TestQA6Agenda: "covered"/"covering" after a noun of talks give the
// agenda; another deal's talks, a verb after the topic and a meeting to
// come elsewhere give none.
func TestQA6Agenda(t *testing.T) {
	feb26 := time.Date(2026, 2, 26, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "the meeting covered",
			body: "EU trade ministers met in Brussels on Thursday.\n\nThe meeting covered steel tariffs, export controls and critical minerals, a spokesman said.",
			pub:  feb26, label: "Agenda", want: []string{"teel tariffs", "export controls"}},
		{name: "talks covering",
			body: "The two foreign ministers held three hours of talks covering Libya, migration and energy in Rome on Thursday.",
			pub:  feb26, label: "Agenda", want: []string{"Libya", "migration"}},
		{name: "covered little ground is no agenda",
			body: "EU trade ministers met in Brussels on Thursday.\n\nThe talks covered little ground, a spokesman said.",
			pub:  feb26, label: "Agenda", not: []string{"round"}},
		{name: "covered a lot of ground neither",
			body: "EU trade ministers met in Brussels on Thursday.\n\nThe talks covered a lot of ground, a spokesman said.",
			pub:  feb26, label: "Agenda", not: []string{"round"}},
		{name: "covered without talks is no agenda",
			body: "EU trade ministers met in Brussels on Thursday.\n\nThe new sanctions covered twelve banks and three airlines, a spokesman said.",
			pub:  feb26, label: "Agenda", not: []string{"banks"}},
		{name: "covered by journalists is no agenda",
			body: "EU trade ministers met in Brussels on Thursday.\n\nThe summit, covered by 300 journalists, ended late.",
			pub:  feb26, label: "Agenda", not: []string{"journalists"}},
		{name: "a clause topic keeps its verb",
			body: "Officials held talks on how the deal is enforced in Geneva on Thursday.",
			pub:  feb26, label: "Agenda", want: []string{"is enforced"}},
		{name: "another pact's negotiations",
			body: "The Senate on Wednesday ratified a defence pact with Japan.\n\nNegotiations on a similar pact with Australia were concluded in March.",
			pub:  feb26, label: "Agenda", not: []string{"Australia"}},
		{name: "a verb ends the topic",
			body: "Officials held talks on the border dispute was the main item in Geneva on Thursday.",
			pub:  feb26, label: "Agenda", not: []string{"was"}},
		{name: "the two sides discussed",
			body: "Chinese Foreign Minister Wang Yi held talks in Nairobi on Monday.\n\nThe two sides discussed the extension of the railway to the Ugandan border and the restructuring of loans, a statement said.",
			pub:  feb26, label: "Agenda", want: []string{"extension of the railway"}},
		{name: "how the talks were held is no topic",
			body: "Putin and Pezeshkian discussed energy cooperation and the nuclear programme in a telephone conversation on Tuesday.",
			pub:  feb26, label: "Agenda", want: []string{"nuclear programme"}, not: []string{"telephone"}},
		{name: "where is no topic",
			body: "Motegi and Sikorski held talks in Warsaw on Monday and agreed on an information security pact at a joint press conference.",
			pub:  feb26, label: "Agenda", not: []string{"press conference"}},
		{name: "a book that discussed is no agenda",
			body: "Obama met Merkel in Berlin on Thursday.\n\nHe praised a best seller which explored ancient societies and discussed how climate change could destroy them.",
			pub:  feb26, label: "Agenda", not: []string{"climate"}},
		{name: "a relative clause keeps its verb",
			body: "Cardinal Matteo Zuppi held talks in Moscow on Wednesday.\n\nThe talks covered a mechanism to reunite families and the exchange of lists of children whose whereabouts are disputed.",
			pub:  feb26, label: "Agenda", want: []string{"whereabouts are disputed"}},
		{name: "a meeting to come elsewhere",
			body: "Ghana on Tuesday released two detained Togolese fishermen.\n\nThe two sides will hold further talks on fishing rights in Accra next month, an official said.",
			pub:  feb26, label: "Agenda", not: []string{"ishing"}},
		{name: "further talks at the venue",
			body: "Three detained sailors were freed on Thursday in a prisoner exchange in Accra, officials said.\n\nThe two sides would hold further talks on fishing rights in Accra later this month.",
			pub:  feb26, label: "Agenda", not: []string{"ishing"}},
		{name: "talks to come with no place keep their topic",
			body: "Ghana on Tuesday released two detained Togolese fishermen.\n\nThe two sides will hold talks on fishing rights next month, an official said.",
			pub:  feb26, label: "Agenda", want: []string{"ishing rights"}},
	})
}

// TestQA6NextLegs: a date after a later leg of a trip is that leg's, and a
// bound before it is shown ("before Christmas" is no "Christmas").
func TestQA6NextLegs(t *testing.T) {
	dec11 := time.Date(2025, 12, 11, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "the later leg",
			body: "Foreign Minister Ana Ruiz said on Thursday that talks on the release of the sailors were continuing.\n\nRuiz said she would travel to Dakar next week to meet officials and then to Rome and Madrid before Christmas.",
			pub:  dec11, label: "Next", want: []string{"Ruiz visits Rome and Madrid: before Christmas"}, not: []string{"Dakar: before", "Dakar: Christmas"}},
		{name: "a letter is no leg",
			body: "Foreign Minister Ana Ruiz said on Thursday that talks on the release of the sailors were continuing.\n\nRuiz said she would travel to Dakar next week and send a letter to Rome on Dec. 20.",
			pub:  dec11, label: "Next", not: []string{"visits Rome"}},
		{name: "one leg keeps its place",
			body: "Foreign Minister Ana Ruiz said on Thursday that talks on the release of the sailors were continuing.\n\nRuiz said she would travel to Dakar by Dec. 20 to meet officials.",
			pub:  dec11, label: "Meeting Location & Date", want: []string{"Dakar, Senegal, by Dec. 20"}},
	})
}

// TestQA6NextHeldIn: "will be held in <place> in <month>" is a meeting to
// come there (timex: a passive after "will be" looks ahead).
func TestQA6NextHeldIn(t *testing.T) {
	oct10 := time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "will be held in",
			body: "Pacific leaders meeting in Suva agreed on Friday to set up a regional fisheries patrol.\n\nThe next regular Pacific Islands Forum summit will be held in Apia in March.",
			pub:  oct10, label: "Next", want: []string{"summit in Apia: March (2026-03)"}},
		{name: "is to take place in",
			body: "Pacific leaders meeting in Suva agreed on Friday to set up a regional fisheries patrol.\n\nA ministerial meeting is to take place in Nadi on Oct. 24.",
			pub:  oct10, label: "Next", want: []string{"eeting in Nadi: Oct. 24"}},
		{name: "was held: the past",
			body: "Pacific leaders meeting in Suva agreed on Friday to set up a regional fisheries patrol.\n\nThe last summit was held in Apia in March.",
			pub:  oct10, label: "Next", not: []string{"Apia"}},
	})
}

// TestQA6NextOtherEvent: the venue's talks are not lent to a date of a
// sentence that names the venue only inside another word ("Japanese").
func TestQA6NextOtherEvent(t *testing.T) {
	mar11 := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "Japanese forces' exercises",
			body: "Prime Minister Sanae Takaichi hosted President Ferdinand Marcos Jr. in Japan on Wednesday.\n\nTakaichi said Japanese forces would join the annual drills in the Philippines next month.",
			pub:  mar11, label: "Next", not: []string{"Talks in Japan"}},
		{name: "the venue itself still counts",
			body: "Prime Minister Sanae Takaichi hosted President Ferdinand Marcos Jr. in Japan on Wednesday.\n\nTakaichi said the two would meet again in Japan next month.",
			pub:  mar11, label: "Next", want: []string{"Japan: next month"}},
	})
}

// TestQA6NextNamedConference: the event noun before the date wins over
// one after a comma, and a name in apposition does not hide the place.
func TestQA6NextNamedConference(t *testing.T) {
	nov21 := time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "conference, COP31, will be held in",
			body: "Climate talks in Geneva ran past their deadline on Friday.\n\nThe next biodiversity conference, COP17, will be held in Yerevan in October 2026, with Armenia chairing the negotiations.",
			pub:  nov21, label: "Next", want: []string{"Conference in Yerevan: October 2026"}, not: []string{"Negotiations"}},
		{name: "an event after the date with no comma stays nearest",
			body: "Climate talks in Geneva ran past their deadline on Friday.\n\nMinisters will travel to Yerevan in October 2026 for negotiations on a new fund.",
			pub:  nov21, label: "Next", want: []string{"Negotiations in Yerevan: October 2026"}},
	})
}

// TestQA6EventKind: Location names the kind of event nearest before its
// place: a summit, a conference, a signing; talks stay talks.
func TestQA6EventKind(t *testing.T) {
	mar19 := time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "summit", body: "Leaders of the bloc met on Thursday at an emergency summit in Kampala to discuss the crisis.",
			pub: mar19, label: loc, want: []string{"Emergency summit in Kampala"}},
		{name: "the summit", body: "Leaders of the bloc gathered on Thursday for the summit in Kampala to discuss the crisis.",
			pub: mar19, label: loc, want: []string{"Summit in Kampala"}},
		{name: "a prisoner swap names its place",
			body: "Four Britons held in Iran walked free on Thursday in a prisoner swap brokered by Oman, arriving at Muscat's international airport.",
			pub:  mar19, label: loc, want: []string{"Prisoner swap in Muscat", "Thursday"}},
		{name: "a currency swap does not",
			body: "The two central banks agreed on Thursday to a currency swap worth $5 billion, the bank said in Muscat.",
			pub:  mar19, label: loc, not: []string{"Muscat"}},
		{name: "a possessive is no kind",
			body: "Leaders gathered for last week's summit in Kampala to discuss the crisis.",
			pub:  mar19, label: loc, want: []string{"Summit in Kampala"}, not: []string{"Week"}},
		{name: "a conference call is no conference",
			body: "Leaders held a conference call in Brussels on Thursday to discuss the crisis.",
			pub:  mar19, label: loc, not: []string{"Conference in"}},
		{name: "a press conference is no kind",
			body: "The two foreign ministers agreed on Thursday to start talks on a visa deal, at a joint press conference in Warsaw.",
			pub:  mar19, label: loc, want: []string{"Talks in Warsaw"}},
		{name: "further talks to come lose to the lead's day",
			body: "Three aid workers held in Yemen were freed on Thursday in a prisoner exchange in Muscat, officials said.\n\nThe two sides would hold further talks on detainees in Muscat later this month, an official said.",
			pub:  mar19, label: loc, want: []string{"Muscat", "Thursday"}, not: []string{"later this month"}},
		{name: "signing", body: "The two foreign ministers signed a border treaty in Tashkent on Thursday.",
			pub: mar19, label: loc, want: []string{"Signing in Tashkent"}},
		{name: "talks stay talks", body: "The two foreign ministers held talks on the border treaty in Tashkent on Thursday.",
			pub: mar19, label: loc, want: []string{"Talks in Tashkent"}},
		{name: "a past aside names no venue",
			body: "The Senate on Wednesday ratified a defence pact with Japan.\n\nSenators voted 19-2 in favour of the pact, which was signed in Tokyo in November 2025.",
			pub:  mar19, label: loc, not: []string{"Tokyo"}},
		{name: "the lead's own aside still counts",
			body: "The defence pact, which was signed in Tokyo on Wednesday, binds both navies.",
			pub:  mar19, label: loc, want: []string{"Tokyo"}},
		{name: "met beats a summit further back", body: "Ahead of the summit, the ministers met in Tashkent on Thursday.",
			pub: mar19, label: loc, want: []string{"Talks in Tashkent"}},
	})
}

// TestQA6RemoteMeeting: a meeting held by video in a sentence that names
// the venue is not the venue's talks.
func TestQA6RemoteMeeting(t *testing.T) {
	dec2 := time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "by video link",
			body: "Leaders met in Seoul on Tuesday for a summit.\n\nPresident Lee, who had planned to fly to Seoul, will instead hold a meeting with Prime Minister Sanae Takaichi by video link on Thursday.",
			pub:  dec2, label: "Next", want: []string{"by video: Thursday"}, not: []string{"Meeting in Seoul"}},
		{name: "in person stays the venue's",
			body: "Leaders met in Seoul on Tuesday for a summit.\n\nPresident Lee will hold another meeting in Seoul on Thursday.",
			pub:  dec2, label: "Next", want: []string{"eeting in Seoul: Thursday"}},
	})
}

// TestQA6LeadDayNotLent: the lead's day goes only to a venue sentence that
// tells of an event held, and a meeting verb nearer the place than a
// summit keeps "Talks".
func TestQA6LeadDayNotLent(t *testing.T) {
	mar19 := time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC)
	const loc = "Meeting Location & Date"
	runQA6(t, []qa6Case{
		{name: "stalled talks get no day",
			body: "Russia on Thursday launched a missile barrage on Kyiv, officials said.\n\nTalks in Geneva on a ceasefire have stalled for weeks.",
			pub:  mar19, label: loc, not: []string{"Thursday"}},
		{name: "an aside of the talks themselves names their venue",
			body: "Russia on Thursday released two detained journalists, officials said.\n\nThe talks, which were held in Muscat, ended without a wider deal.",
			pub:  mar19, label: loc, want: []string{"Muscat"}},
		{name: "gathered after a summit named earlier",
			body: "Ahead of the summit, foreign ministers gathered in Brussels on Thursday to prepare the final text.",
			pub:  mar19, label: loc, want: []string{"Talks in Brussels"}},
	})
}
