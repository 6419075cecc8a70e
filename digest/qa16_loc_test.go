package digest

import (
	"testing"
	"time"
)

// Stop 16 (s16-loc): Meeting Location & Date. Every case is written for
// these tests (no judged article's sentences); each "fixed" case failed
// before its change and each control passed before and after.

// TestQA16BuildingThenTown: the meeting's words stand before the building
// it was held in, and the building before the town ("held talks on Monday
// at the Ministry of Transport and Communications in Tirana"): the town
// is the venue, however long the building's name. A person's post at an
// institution in a town places no meeting.
func TestQA16BuildingThenTown(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	const pad = "\n\nThe two sides agreed to meet again before the end of the year. Officials gave no further details."
	runQA6(t, []qa6Case{
		{"a ministry's long name between the talks and the town",
			"Greece and Albania agreed on Wednesday to reopen a ferry line closed since 2019.\n\nThe deal came out of talks on Wednesday at the Ministry of Infrastructure, Transport and Communications in Tirana between the two transport ministers." + pad,
			pub, "Meeting Location & Date", []string{"Tirana"}, nil},
		{"a hotel's name between the meeting and the town",
			"Nepal and Bhutan agreed on a new hydropower study on Wednesday.\n\nEngineers of the two countries met for a third time on Wednesday at Hotel Yak and Yeti in Kathmandu and agreed on the study's terms." + pad,
			pub, "Meeting Location & Date", []string{"Kathmandu"}, nil},
		{"a lower-case building between the meeting and the town",
			"The interior ministers of Peru and Bolivia agreed on Wednesday to set up joint patrols on Lake Titicaca.\n\nThey met for almost four hours at the regional government building in Puno, the lakeside city where smuggling has surged." + pad,
			pub, "Meeting Location & Date", []string{"Puno"}, nil},
		// controls
		{"control: a fellow at an institute in a town places no meeting",
			"The foreign ministers of Fiji and Samoa met in Suva on Tuesday to discuss fisheries.\n\nThe meeting was useful, said Mere Tora, a research fellow at the Pacific Policy Institute in Auckland." + pad,
			pub, "Meeting Location & Date", []string{"Suva"}, []string{"Auckland"}},
		{"control: the town right after the meeting",
			"Officials of Chile and Argentina held talks in Mendoza on Tuesday about a new border crossing." + pad,
			pub, "Meeting Location & Date", []string{"Mendoza"}, nil},
	})
}

// TestQA16BuildingForDateline: a building with no town of its own, where
// the story's opening sets the meeting ("at the Palace of the Republic",
// "at a government guesthouse"), stands for the dateline's town; a meeting
// to come in another town, later in the story, is a next step. A building
// of another time ("at the White House last August") or one named with
// its town is no dateline venue, and a story with no dateline has none.
func TestQA16BuildingForDateline(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{"a palace in the lead's next sentence",
			"MINSK, May 14 (Reuters) - Belarus and Kazakhstan agreed on Wednesday to raise grain transit through their railways by a third.\n\nThe agreement was reached at talks at the Palace of the Republic that lasted into the evening.\n\nA working group will meet in Astana in June to set the new tariffs.",
			pub, "Meeting Location & Date", []string{"Minsk", "2026-05-13"}, []string{"Astana"}},
		{"a guesthouse with no bullet before",
			"HANOI, May 14 (AFP) - Vietnam, Laos and Cambodia agreed on Wednesday to share flood data on the Mekong every six hours during the rainy season.\n\nThe accord was reached at a meeting of water ministers at a government guesthouse, officials said.\n\nThe ministers will meet again in Vientiane in November.",
			pub, "Meeting Location & Date", []string{"Hanoi"}, []string{"Vientiane"}},
		{"control: a conference centre where the lead already placed the dateline",
			"LUSAKA, May 14 (Xinhua) - Zambia and Malawi signed a power interconnection deal on Wednesday.\n\nThe ministers met at the Mulungushi International Conference Centre for the signing.\n\nEngineers from both countries will meet in Lilongwe next month.",
			pub, "Meeting Location & Date", []string{"Lusaka", "2026-05-13"}, []string{"Lilongwe"}},
		// controls
		{"control: a building of another time",
			"YEREVAN, May 14 - The border commissions of Armenia and Azerbaijan agreed on Wednesday to begin fieldwork in the south, the most concrete step since a treaty was initialled at the White House last August.\n\nThe commissions met for their tenth session in Gabala, a resort town in northern Azerbaijan.",
			pub, "Meeting Location & Date", []string{"Gabala"}, []string{"Yerevan"}},
		{"control: a building named with its town",
			"ROME, May 14 (ANSA) - Italian and Libyan officials agreed on Wednesday to extend a coastguard training programme.\n\nThe talks were held at the Hotel Corinthia in Tripoli.",
			pub, "Meeting Location & Date", []string{"Tripoli"}, []string{"Rome"}},
		{"control: no dateline",
			"Kenya and Tanzania agreed on Wednesday to remove twelve trade barriers.\n\nThe agreement was reached at a meeting at the ministry's headquarters.\n\nOfficials will meet in Arusha next month.",
			pub, "Meeting Location & Date", nil, []string{"Nairobi", "Dodoma"}},
	})
}

// TestQA16CallDateAndMedium: a call is dated by a day with its part ("in a
// telephone call on Tuesday evening": Tuesday), also when the next
// sentence, whose subject is the call, tells it ("The half-hour call took
// place on Monday evening"); a call by video is written "Video call".
func TestQA16CallDateAndMedium(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	runQA6(t, []qa6Case{
		{"a day with its part dates the call",
			"OSLO, May 14 (NTB) - Norway's prime minister and the Japanese premier discussed offshore wind and whaling quotas in a telephone call on Tuesday evening, the government said.\n\nThe call was the first between the two since January.",
			pub, "Meeting Location & Date", []string{"Phone call", "2026-05-12"}, nil},
		{"the next sentence's call dates it",
			"Estonia's prime minister told his Finnish counterpart that the Baltic cable incidents must be investigated jointly, in a phone call that also covered energy prices.\n\nThe half-hour call took place on Monday evening, the prime minister's office said.",
			pub, "Meeting Location & Date", []string{"Phone call", "2026-05-11"}, nil},
		{"a video call is written so",
			"The leaders of Chile, Peru and Ecuador agreed on Wednesday to share data on the Humboldt squid stock, in a video call that lasted two hours.\n\nOfficials will draft a protocol by July.",
			pub, "Meeting Location & Date", []string{"Video call", "2026-05-13"}, nil},
		// controls
		{"control: a phone call stays a phone call",
			"The presidents of Kenya and Tanzania spoke by phone on Wednesday about the border trade dispute.\n\nThey agreed to meet in Arusha next month.",
			pub, "Meeting Location & Date", []string{"Phone call", "2026-05-13"}, []string{"Video"}},
		{"control: another sentence's day does not date the call",
			"The prime ministers of Spain and Portugal discussed the Iberian power grid in a telephone call.\n\nA summit of the two governments will be held in Porto on Friday.",
			pub, "Meeting Location & Date", []string{"Phone call"}, []string{"2026-05-15"}},
	})
}

// TestQA16PostponedLead: a lead that tells the meeting called off or
// postponed marks the bullet so, whatever date it shows or lacks; a lead
// about a meeting held after another was postponed does not.
func TestQA16PostponedLead(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{"talks postponed at the last minute",
			"NIAMEY, May 14 - Talks between Niger's government and the Tuareg leaders of the north that Algeria had brokered were postponed at the last minute, after the northern delegation failed to arrive in Niamey.\n\nAlgerian officials said a new date would be set after consultations.",
			pub, "Meeting Location & Date", []string{"called off or postponed"}, nil},
		{"a government postponed the first meeting",
			"LOME, May 14 (Reuters) - Togo has postponed the first meeting of a joint maritime commission with Benin, which was to meet in Cotonou next week, until a fishing dispute is settled, the foreign ministry said.",
			pub, "Meeting Location & Date", []string{"called off or postponed"}, nil},
		// controls
		{"control: talks that broke down were held",
			"BRUSSELS, May 14 (Reuters) - Talks between the chief negotiators of two Balkan neighbours broke down on Wednesday without agreement on the agenda, the EU's envoy said.\n\nThe envoy said the sides would be invited again.",
			pub, "Meeting Location & Date", []string{"Brussels"}, []string{"postponed"}},
		{"control: a meeting held after another was postponed",
			"The foreign ministers of Ghana and Togo met in Accra on Wednesday, a week after a summit of their presidents had been postponed.\n\nThey discussed border security.",
			pub, "Meeting Location & Date", []string{"Accra"}, []string{"postponed"}},
	})
}

// TestQA16AheadAfterOpening: a meeting to come that a later sentence places
// ("Technical teams will meet in Buenos Aires on June 3") is a next step, not the
// venue of the meeting the lead tells with no place of its own; the
// meeting to come stays the venue of a story that only looks ahead, and a
// place the opening gives stays the venue.
func TestQA16AheadAfterOpening(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	const mid = "\n\nThe two ministers discussed lithium exports, river transport and the border crossing at Villazón.\n\nThey also reviewed a joint programme against smuggling, which both sides said had cut seizures by a third."
	runQA6(t, []qa6Case{
		{"a later meeting to come is no venue of the lead's meeting",
			"The foreign ministers of Argentina and Bolivia agreed at talks on Wednesday to reopen a railway line closed since 2018." + mid + "\n\nTechnical teams will meet in Buenos Aires on June 3 to draft the timetable.",
			pub, "Meeting Location & Date", nil, []string{"Buenos Aires"}},
		// controls
		{"control: the opening's place stays the venue",
			"The foreign ministers of Argentina and Bolivia agreed on Wednesday in Tarija to reopen a railway line closed since 2018." + mid + "\n\nTechnical teams will meet in Buenos Aires on June 3 to draft the timetable.",
			pub, "Meeting Location & Date", []string{"Tarija"}, []string{"Buenos Aires"}},
	})
}
