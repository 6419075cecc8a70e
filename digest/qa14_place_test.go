package digest

import (
	"testing"
	"time"
)

// TestQA14Territories: a dependent territory (data/territories.tsv) is its
// own country for the venue, with its sovereign named ("Talks in
// Greenland, Denmark", not a town of the country written after it: "the
// sea gap between Greenland, Iceland"); its towns name it ("Nuuk,
// Greenland", "Torshavn, Faroe Islands" in a dateline) and refine it; a
// special administrative region is a city of its sovereign ("Macau,
// China", as Hong Kong). The tagger and the other bullets read the names
// as before.
func TestQA14Territories(t *testing.T) {
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	const pad = "\n\nThe talks covered trade, fisheries and security. Officials gave no further details."
	runQA6(t, []qa6Case{
		{"a territory names its sovereign, not the country after it",
			"Danish and Greenlandic ministers held talks in Greenland on Tuesday on Arctic security.\n\nThey discussed surveillance of the sea gap between Greenland, Iceland and the United Kingdom." + pad,
			pub, "Meeting Location & Date", []string{"Greenland, Denmark"}, []string{"Iceland"}},
		{"a territory's town in the dateline",
			"TORSHAVN, Feb 11 (Reuters) - The Faroe Islands and Iceland agreed on Tuesday to split this year's mackerel quota after two days of talks." + pad + "\n\nA separate meeting of coastal states was held in London last month.",
			pub, "Meeting Location & Date", []string{"Torshavn, Faroe Islands"}, []string{"London"}},
		{"a territory refined by its town",
			"The foreign ministers of Canada and Denmark held talks in Greenland on Wednesday on Arctic search and rescue.\n\nThe ministers met in Nuuk with Greenland's premier." + pad,
			pub, "Meeting Location & Date", []string{"Nuuk, Greenland"}, nil},
		{"Puerto Rico names the United States",
			"Caribbean governors met in Puerto Rico on Monday for talks on hurricane recovery." + pad,
			pub, "Meeting Location & Date", []string{"Puerto Rico, United States"}, nil},
		{"Macau is a city of China",
			"Officials from Portugal and China held talks in Macau on Friday on the city's legal system." + pad,
			pub, "Meeting Location & Date", []string{"Macau, China"}, nil},
		// controls
		{"control: Hong Kong stays a city of China",
			"Officials from Britain and China held talks in Hong Kong on Friday on trade." + pad,
			pub, "Meeting Location & Date", []string{"Hong Kong, China"}, nil},
		{"control: Argentina's San Juan",
			"The foreign ministers of Argentina and Chile met in San Juan, Argentina, on Tuesday." + pad,
			pub, "Meeting Location & Date", []string{"San Juan, Argentina"}, []string{"Puerto Rico"}},
		{"control: talks about a territory elsewhere",
			"Danish and American ministers held talks at the State Department in Washington on Tuesday about the future of Greenland." + pad,
			pub, "Meeting Location & Date", []string{"Washington"}, []string{"Greenland"}},
	})
}

// TestQA14DatelineTown: a place the tagger missed after its description
// ("in the Breton port of Saint-Malo") is the dateline's place when the
// dateline names it, as a bare name already was ("in Arusha").
func TestQA14DatelineTown(t *testing.T) {
	pub := time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{"the dateline's town after its description",
			"SAINT-MALO, France, April 23 (Reuters) - Foreign ministers from the Group of Seven ended two days of talks in the Breton port of Saint-Malo on Thursday with a joint statement.\n\nThe French minister hosted the meeting at the walled city's Palais du Grand Large, where ministers arrived on Wednesday afternoon.",
			pub, "Meeting Location & Date", []string{"Saint-Malo"}, []string{"Palais"}},
		// control
		{"control: another town after its description",
			"PARIS, April 23 (Reuters) - Foreign ministers ended two days of talks in the Breton port of Brest on Thursday.",
			pub, "Meeting Location & Date", []string{"Brest"}, []string{"Paris"}},
	})
}

// TestQA14DatelineCapital: a dateline that names a country for its
// capital of the same name is that capital ("LUXEMBOURG, June 24" is
// Luxembourg City), and one word in capitals the tagger left alone, dated,
// is a town the gazetteer lacks ("KUCHING, Aug 11"), so that the lead's
// event with no place of its own is held there.
func TestQA14DatelineCapital(t *testing.T) {
	jun24 := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	aug11 := time.Date(2026, 8, 11, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{"a country's name in the dateline for its capital",
			"LUXEMBOURG, June 24 (AFP) - Montenegro closed four more chapters of its accession negotiations with the European Union on Tuesday at an intergovernmental conference.\n\nThe next conference is expected in Brussels in the autumn, officials said.",
			jun24, "Meeting Location & Date", []string{"Luxembourg"}, []string{"Brussels"}},
		{"a town the gazetteer lacks in the dateline",
			"KUCHING, Aug 11 (Bernama) -- Malaysian Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto agreed on a joint push against the European Union's deforestation rules at their annual talks here today.\n\nThe two leaders held a delegation-level meeting. It was the first time the annual talks have been held in Sarawak.",
			aug11, "Meeting Location & Date", []string{"Kuching"}, []string{"Sarawak"}},
		// controls
		{"control: a body's name in capitals is no town",
			"UNITED NATIONS, Dec 15 (Reuters) - The Security Council held an emergency meeting on Monday on the fighting in eastern Congo.",
			jun24, "Meeting Location & Date", nil, []string{"in United Nations", "in Un"}},
		{"control: a city-state's dateline",
			"SINGAPORE, May 30 (Reuters) - Defence ministers of Japan and the Philippines met on Saturday on the sidelines of a security forum.",
			jun24, "Meeting Location & Date", nil, []string{"Singapore City"}},
	})
}
