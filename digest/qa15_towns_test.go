package digest

import (
	"testing"
	"time"
)

// TestTownKey checks the folding of town names for the town list.
func TestTownKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tromsø", "tromso"},
		{"Tulcán", "tulcan"},
		{"Cox’s Bāzār", "cox's bazar"},
		{"Foz do  Iguaçu", "foz do iguacu"},
		{"Ust-Kamenogorsk", "ust kamenogorsk"},
		{"Łódź", "lodz"},
		{"Ærøskøbing", "aeroskobing"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := townKey(c.in); got != c.want {
				t.Errorf("townKey(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestTownList checks that the embedded town list loads and holds the
// towns of several countries by name, the largest first.
func TestTownList(t *testing.T) {
	tt, err := (&townList{}).get()
	if err != nil {
		t.Fatal(err)
	}
	if len(tt) < 30000 {
		t.Fatalf("%d town names, want the GeoNames list of towns of 5,000 or more", len(tt))
	}
	for _, c := range []struct{ name, first string }{
		{"Tromso", "Norway"}, {"Winnipeg", "Canada"}, {"Queenstown", "South Africa"}, {"Santa Cruz", "Bolivia"},
	} {
		ts := tt[townKey(c.name)]
		if len(ts) == 0 || ts[0].country != c.first {
			t.Errorf("%s: %v, want %s first", c.name, ts, c.first)
		}
		for i := 1; i < len(ts); i++ {
			if ts[i].pop > ts[i-1].pop {
				t.Errorf("%s: %v not largest first", c.name, ts)
			}
		}
	}
}

// TestVenueTownCountry: a venue the gazetteer does not know takes its
// country from the town list (stop 15, owner: "signed the agreement in
// Tromso" named no country in bundled sample 05).
func TestVenueTownCountry(t *testing.T) {
	pub := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "named country", pub: pub, label: "Meeting Location & Date",
			body: "Norway and Iceland signed a treaty on Thursday to coordinate search-and-rescue operations.\n\n" +
				"Foreign Minister Kari Nordvik of Norway and Foreign Minister Gunnar Eyjolfsson of Iceland signed the agreement in Tromso, at the end of a two-day meeting.",
			want: []string{"Tromso, Norway"}},
		{name: "namesake in the named country", pub: pub, label: "Meeting Location & Date",
			body: "New Zealand and Australia held talks on Thursday in Queenstown on trans-Tasman trade.\n\n" +
				"The two trade ministers met at a lakeside hotel in Queenstown and agreed to meet again in December.",
			want: []string{"Queenstown, New Zealand"}},
		{name: "a large town alone", pub: pub, label: "Meeting Location & Date",
			body: "Provincial premiers met in Winnipeg on Thursday to discuss internal trade barriers.\n\n" +
				"The premiers said the talks in Winnipeg had made progress on the recognition of licences.",
			want: []string{"Winnipeg, Canada"}},
		{name: "control: namesakes, no country named", pub: pub, label: "Meeting Location & Date",
			body: "Trade ministers met in Queenstown on Thursday to discuss a regional tariff deal.\n\n" +
				"The ministers said the talks in Queenstown had made progress on customs rules.",
			want: []string{"Queenstown"}, not: []string{"South Africa", "New Zealand", "Australia"}},
		{name: "control: namesakes in two named countries", pub: pub, label: "Meeting Location & Date",
			body: "The presidents of Chile and Brazil held talks in Valparaiso on Thursday on a bioceanic corridor.\n\n" +
				"Brazilian and Chilean officials said the meeting in Valparaiso had agreed a timetable.",
			want: []string{"Valparaiso"}, not: []string{"Valparaiso, Brazil", "Valparaiso, Chile"}},
	})
}

// BenchmarkTownList measures reading the town list, which the first venue
// that needs it pays.
func BenchmarkTownList(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadTowns(); err != nil {
			b.Fatal(err)
		}
	}
}
