package digest

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestDateModel: the date model replaces a date the rules picked that it
// is sure is wrong (a year of a trade goal over the talks' day), and dates
// nothing the rules' reading bounds out: the lead's day of another deed,
// a day something was said, an aside's day.
func TestDateModel(t *testing.T) {
	const pad = " Officials gave no further details. The statement was posted on the ministry website. Analysts said the situation remained fragile. Aid groups called for calm. Diplomats in the region were watching closely."
	rules, err := New(WithoutDateModel())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, pub, want, not string
	}{
		{"the talks' day over a goal's year",
			"BRASILIA, Feb 11 (Reuters) - India and Brazil agreed to expand trade in talks in Brasilia this year, officials said. Indian Foreign Minister Anil Mehra met Brazilian Foreign Minister Carla Nunes at the Itamaraty Palace on Tuesday for four hours of talks on trade, fertilisers and ethanol. The two ministers said they wanted to double bilateral trade by 2030. Mehra also met farm groups. Nunes said the talks had been frank and useful. A business forum followed the talks. The next round is due in New Delhi in October.",
			"2026-02-11", "2026-02-10", "(2026)"},
		{"the lead's deed is not the summit's day",
			"GAZA, Nov. 27 (Reuters) - Israeli strikes killed 12 people in Gaza on Thursday, health officials said. The ceasefire was agreed at a summit in Sharm el-Sheikh attended by dozens of world leaders." + pad,
			"2026-11-27", "Sharm el-Sheikh", "Thursday"},
		{"the day something was said",
			"LIBREVILLE, April 23 (AFP) - The Central African fisheries body has suspended Gabon's voting rights after a tense council of ministers in the Gabonese capital.\n\nOfficials said on Wednesday that Gabon owed 2 billion CFA francs." + pad,
			"2026-04-23", "Libreville", "Wednesday"},
		{"a meeting ahead keeps its day over a day of preparing it (review 28)",
			"Quad foreign ministers to meet in Washington on July 1\n\nWASHINGTON (PTI) - Foreign ministers of the Quad grouping of India, Australia, Japan and the United States will meet in Washington on July 1 to review a maritime surveillance initiative.\n\nIndian officials arrived in Washington on Tuesday to prepare the meeting.\n\nSecretary of State Marco Rubio will host External Affairs Minister S Jaishankar, Australian Foreign Minister Penny Wong and Japanese Foreign Minister Takeshi Iwaya.\n\nThe ministers will discuss critical minerals, undersea cables and counter-terrorism.",
			"2025-06-11", "2025-07-01", "2025-06-10"},
		{"a trip's day in the venue's sentence",
			"The envoy met Omani officials in Muscat, ahead of a trip to Riyadh on Wednesday." + pad,
			"2026-01-21", "Muscat", "Wednesday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pub, _ := time.Parse("2006-01-02", tc.pub)
			a := Article{Body: tc.body, Published: pub}
			got := bulletText(engine(t).Extract(a), "Meeting Location & Date")
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
				t.Errorf("Meeting Location & Date: %q, want %q and no %q", got, tc.want, tc.not)
			}
			if tc.name == "the talks' day over a goal's year" {
				if r := bulletText(rules.Extract(a), "Meeting Location & Date"); strings.Contains(r, tc.want) {
					t.Errorf("the rules alone date it right (%q): the case no longer tests the model", r)
				}
			}
		})
	}
}

// TestShippedDateModel: the embedded date model is what training on the
// repository's quick-look sets makes.
func TestShippedDateModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the date model")
	}
	arts := dateArticles(t, quickLookDirs(t))
	got := dateModelText(trainLocModel(dateExamples(arts)))
	want, err := os.ReadFile("data/dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Error("data/dates.tsv is not what training makes: run ATTACHE_TRAIN_DATES=1 go test ./digest -run TestTrainDates")
	}
}
