package digest

import (
	"testing"
	"time"
)

// TestQA13StateOffice: a state that speaks through one of its offices (a
// ministry, a department, an embassy, a consulate, a high commission) is
// listed as the state with the office the article names (officePhrase):
// "United States (State Department)", "China (Chinese Embassy in
// Honiara)". A capitalised "Embassy" after the state's adjective is the
// state's voice like a lower-case one (placeActor). Controls: a state
// that speaks by its capital keeps its bare name, and a body of its own
// (the European Commission) names no office.
func TestQA13StateOffice(t *testing.T) {
	const lead = "HONIARA, May 5 (Reuters) - Solomon Islands Prime Minister Jeremiah Manele met Australian Foreign Minister Penny Wong in Honiara on Monday to sign a policing accord.\n\n"
	pub := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "state department spokesperson", pub: pub, label: "Reactions",
			body: lead + "A State Department spokesperson said Washington \"welcomes the accord\" and would support its rollout.",
			want: []string{"United States (State Department)"}},
		{name: "capital Embassy in city", pub: pub, label: "Reactions",
			body: lead + "The Chinese Embassy in Honiara said in a statement that it \"regretted\" the decision.",
			want: []string{"China (Chinese Embassy in Honiara)"}, not: []string{": Embassy in Honiara"}},
		{name: "lower-case embassy in city", pub: pub, label: "Reactions",
			body: lead + "The U.S. embassy in Canberra said in a post on X that it \"welcomes\" the accord.",
			want: []string{"United States (U.S. embassy in Canberra)"}},
		{name: "possessive foreign ministry", pub: pub, label: "Reactions",
			body: lead + "Fiji's foreign ministry condemned the accord as \"a step backwards for the region\".",
			want: []string{"Fiji (foreign ministry)"}},
		// controls
		{name: "control: capital speaks", pub: pub, label: "Reactions",
			body: lead + "Beijing criticised the accord, calling it \"a step backwards for the region\".",
			want: []string{"China"}, not: []string{"China ("}},
		{name: "control: commission is no office", pub: pub, label: "Reactions",
			body: lead + "The European Commission welcomed the accord as \"a strong step for Pacific security\".",
			want: []string{"European Commission"}, not: []string{"European Commission ("}},
	})
}

// TestQA13FullOrgName: an organisation the tagger cut at a small word or
// an unknown word is named whole in the Reactions bullet (fullOrgName):
// "Save the Mekong Coalition", "Mwatana for Human Rights", "Collectif
// pour la Défense des Militaires", "the Association of Poles Harmed by
// the Third Reich". Controls: the name does not grow over a sentence
// opener, a day, a possessive's owner or a verb.
func TestQA13FullOrgName(t *testing.T) {
	const lead = "VIENTIANE, May 5 (Reuters) - Lao Foreign Minister Thongsavanh Phomvihane met Thai Foreign Minister Maris Sangiampongsa in Vientiane on Monday to discuss the Mekong dams.\n\n"
	pub := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "save the", pub: pub, label: "Reactions",
			body: lead + "The Save the Mekong Coalition said the data \"is not the same as water\" and that the dams were \"still holding the river hostage\".",
			want: []string{"Save the Mekong Coalition"}},
		{name: "for", pub: pub, label: "Reactions",
			body: lead + "Mwatana for Human Rights, a rights group that documents detentions, said it welcomed the talks.",
			want: []string{"Mwatana for Human Rights"}},
		{name: "pour la", pub: pub, label: "Reactions",
			body: lead + "In Bangkok, the pro-government Collectif pour la Défense des Militaires accused Laos of \"seeking to return through the back door\".",
			want: []string{"Collectif pour la Défense des Militaires"}},
		{name: "harmed by the", pub: pub, label: "Reactions",
			body: lead + "The Association of Poles Harmed by the Third Reich said it was \"grateful that the survivors will finally receive something\".",
			want: []string{"Association of Poles Harmed by the Third Reich"}},
		// controls
		{name: "control: opener and day", pub: pub, label: "Reactions",
			body: lead + "On Monday the Save the Mekong Coalition said the dams were \"still holding the river hostage\".",
			want: []string{"Mekong Coalition"}, not: []string{"On Monday", "Monday the"}},
		{name: "control: possessive owner", pub: pub, label: "Reactions",
			body: lead + "Thailand's Mekong Coalition said the dams were \"still holding the river hostage\".",
			not:  []string{"Thailand's Mekong"}},
	})
}

// TestQA13PronounTitle: "said its president, Kelly Semedo" names the
// person after the title, not "its president" (cutPronounOwner). Control:
// a title with no name after it keeps no person's name.
func TestQA13PronounTitle(t *testing.T) {
	const lead = "LISBON, May 5 (Reuters) - Portuguese Foreign Minister Paulo Rangel met Cape Verdean Foreign Minister Jose Luis Livramento in Lisbon on Monday to sign a mobility accord.\n\n"
	pub := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	runQA6(t, []qa6Case{
		{name: "its president, name", pub: pub, label: "Reactions",
			body: lead + "The Association of Cape Verdean Students in Portugal welcomed the 30-day deadline. \"If this is applied, it changes lives,\" said its president, Kelly Semedo.",
			want: []string{"Kelly Semedo"}, not: []string{"its president"}},
		// control
		{name: "control: a named speaker", pub: pub, label: "Reactions",
			body: lead + "\"If this is applied, it changes lives,\" said Kelly Semedo, a student leader.",
			want: []string{"Kelly Semedo"}},
	})
}
