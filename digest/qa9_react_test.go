package digest

import "testing"

// TestQA9EvaluativeWords: the evaluative words of news reports carry a
// stance whether a quote holds them or the reporter's paraphrase does: a
// harm or a false charge ("deeply troubled", "baseless", "will only hurt
// exporters", "has no right to"), approval of a partner or a result
// ("expressed solidarity", "credible so far", "a reliable partner"). The
// same adjectives in fixed descriptive collocations ("credible evidence",
// "the troubled region", "a balanced budget") judge nothing.
func TestQA9EvaluativeWords(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday. "
	runReactCases(t, []reactCase{
		{"troubled", lead + "Peruvian envoy Ana Quispe said Lima was \"deeply troubled\" by the accord.", "Ana Quispe", Critical},
		{"baseless", lead + "Chilean spokesman Tomas Vidal dismissed the reports as \"baseless.\"", "Tomas Vidal", Critical},
		{"baseless quote only", lead + "Vidal Rojas, a Chilean lawmaker, said the charges were \"baseless and cynical\".", "Vidal Rojas", Critical},
		{"only hurt", lead + "Opposition leader Marta Soto said the accord \"will only hurt small fishermen.\"", "Marta Soto", Critical},
		{"no right", lead + "\"Oslo has no right to decide on our waters,\" said Aka Berthelsen, a council member.", "Aka Berthelsen", Critical},
		{"meddling", lead + "Argentine minister Pablo Ruiz told outsiders to stop meddling in the South Atlantic.", "Pablo Ruiz", Critical},
		{"a violation", lead + "Greenpeace campaigner Eva Lind said the quotas were a violation of the pact.", "Eva Lind", Critical},
		{"interference", lead + "Chinese spokesman Li Wen said the accord was \"interference in China's affairs.\"", "Li Wen", Critical},
		{"solidarity", lead + "Iceland's foreign minister, Jon Olafsson, expressed solidarity with both governments.", "Jon Olafsson", Supportive},
		{"credible", lead + "Observer chief Lise Berg described the consultations as \"credible so far\".", "Lise Berg", Supportive},
		{"reliable partner", lead + "Chilean President Rosa Mena called Norway \"a reliable partner for the Pacific.\"", "Rosa Mena", Supportive},
		{"balanced text", lead + "Danish minister Ole Krag said the text was balanced.", "Ole Krag", Supportive},
		{"together", lead + "\"Alone we are small. Together we can feed half a continent,\" Chilean minister Rosa Mena said.", "Rosa Mena", Supportive},
		{"partners", lead + "\"We want to partner with every coastal state,\" said Jan Berge, the Norwegian minister.", "Jan Berge", Supportive},
		{"turned a page", lead + "\"Our two navies have turned a page,\" said Chilean admiral Tomas Vidal.", "Tomas Vidal", Supportive},
		{"not far enough", lead + "Environmental group Blue Sea said the accord did not go far enough.", "Blue Sea", Critical},
		{"humiliated", lead + "\"We will not travel to Oslo to be humiliated again,\" said Peruvian minister Ana Quispe.", "Ana Quispe", Critical},
		{"theft", lead + "\"Every fish taken from our zone is theft,\" Argentine envoy Pablo Ruiz told reporters.", "Pablo Ruiz", Critical},
		{"excuses", lead + "\"Lima is tired of their excuses,\" said Peruvian minister Ana Quispe.", "Ana Quispe", Critical},
		{"goodwill", lead + "\"There was real goodwill in the room,\" said Danish minister Ole Krag.", "Ole Krag", Supportive},
		{"goodwill but obstacle", lead + "Peruvian envoy Ana Quispe attended as an observer. \"There was goodwill on both sides, but the main obstacle is still the quota for small boats,\" she said, repeating Lima's call for a review of the catch limits.", "Ana Quispe", Mixed},
		{"goodwill and obstacle", lead + "Peruvian envoy Ana Quispe attended as an observer. \"There was goodwill on both sides, and the main obstacle is still the quota for small boats,\" she said, repeating Lima's call for a review of the catch limits.", "Ana Quispe", Neutral},
		// controls: descriptive collocations and plain reports stay neutral
		{"credible evidence", lead + "Police chief Ivar Dahl said there was credible evidence that the vessel had sailed from Bergen.", "Ivar Dahl", Neutral},
		{"troubled region", lead + "Rescue official Kari Moe said the ship would reach the troubled region by Friday.", "Kari Moe", Neutral},
		{"balanced budget", lead + "Finance minister Per Lunde said the accord fitted within a balanced budget.", "Per Lunde", Neutral},
		{"reliable figures", lead + "Statistics official Nina Holm said reliable figures on catches would come in June.", "Nina Holm", Neutral},
		{"violations as topic", lead + "Coast guard head Leif Aas said inspectors would log any violations of the quotas.", "Leif Aas", Neutral},
		{"non-interference", lead + "Bolivian envoy Luis Paz said the talks respected non-interference in their affairs.", "Luis Paz", Neutral},
		{"plain report", lead + "Trade minister Jan Berge said the accord would enter into force in July.", "Jan Berge", Neutral},
	})
}

// TestQA9FourPositions: Positions quotes the first four speakers, in the
// article's order (the sides of a dispute are seldom all in the first
// three), and a fifth only while the bullet stays short.
func TestQA9FourPositions(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday.\n\n"
	short := lead +
		"\"This is a good day for both our coasts,\" said Norwegian minister Jan Berge.\n\n" +
		"\"We have waited ten years for this,\" Chilean minister Rosa Mena told reporters.\n\n" +
		"\"The quotas ignore the small boats,\" said union leader Marta Soto.\n\n" +
		"\"Argentina will study the text carefully,\" said Argentine envoy Pablo Ruiz.\n\n" +
		"\"The seals will not notice any change,\" said biologist Kari Moe.\n\n" +
		"\"Nobody asked the fishing villages of the north,\" said mayor Lars Vik."
	long := lead +
		"\"This is a good day for both our coasts, for the families who fish them and for the scientists who have counted every cod and every hake for the past twenty years,\" said Norwegian minister Jan Berge.\n\n" +
		"\"We have waited ten years for this accord, through three governments and two crises, and today the ports of the south can finally plan the next decade of work,\" Chilean minister Rosa Mena told reporters.\n\n" +
		"\"The quotas ignore the small boats that feed the villages, and the big trawlers will take what the accord leaves on the table before anyone checks,\" said union leader Marta Soto.\n\n" +
		"\"Argentina will study the text carefully, article by article, and will say in the regional forum what it thinks of the lines drawn on the map,\" said Argentine envoy Pablo Ruiz.\n\n" +
		"\"The seals will not notice any change,\" said biologist Kari Moe."
	runBulletCases(t, []bulletCase{
		{name: "five short quotes", pub: "2026-03-03", label: "Positions", body: short,
			want: []string{"Jan Berge", "Rosa Mena", "Marta Soto", "Pablo Ruiz", "Kari Moe"}, not: []string{"Lars Vik"}},
		{name: "four long quotes", pub: "2026-03-03", label: "Positions", body: long,
			want: []string{"Jan Berge", "Rosa Mena", "Marta Soto", "Pablo Ruiz"}, not: []string{"Kari Moe"}},
	})
}

// TestQA9KeepAfterNegation: "cannot keep expressing concern" complains that
// concern is all there is (critical); without "keep" the negation still
// turns the cue round.
func TestQA9KeepAfterNegation(t *testing.T) {
	const lead = "OSLO, March 3 (Reuters) - Norway and Chile signed a fisheries accord in Oslo on Tuesday.\n\n"
	runBulletCases(t, []bulletCase{
		{name: "cannot keep", pub: "2026-03-03", label: "Reactions",
			body: lead + "\"Our boats are sinking,\" Peruvian envoy Ana Quispe said. \"The world cannot keep expressing concern while our fishermen drown.\"",
			want: []string{"ritical: Ana Quispe"}},
		{name: "plain negation", pub: "2026-03-03", label: "Reactions",
			body: lead + "\"Our boats are sinking,\" Peruvian envoy Ana Quispe said. \"The world cannot express concern while our fishermen drown.\"",
			not:  []string{"ritical: Ana Quispe"}},
	})
}
