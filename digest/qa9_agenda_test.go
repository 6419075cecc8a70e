package digest

import "testing"

// TestQA9AgendaTexts: what a text signed, adopted or approved at the
// meeting is about is its agenda ("signed a protocol on ...", "adopted a
// declaration on ..., approved a plan for ... and agreed to ..."); a deal
// to buy or for a named beneficiary, a negated or quoted signing, or one
// in an earlier year gives none (quick-look checks, first round).
func TestQA9AgendaTexts(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "protocol on", pub: "2026-05-06", label: "Agenda",
			body: "LUSAKA, May 6 (Reuters) - Negotiators for the two governments ended three days of talks in Lusaka on Wednesday and signed a protocol on the sharing of grazing land, the host said.",
			want: []string{"sharing of grazing land"}, not: []string{"host said"}},
		{name: "treaty on a date setting", pub: "2026-05-06", label: "Agenda",
			body: "OSLO, May 6 (AP) - Norway and Iceland signed a treaty on Wednesday setting their fishing quotas in the northern waters, ending years of quarrels.",
			want: []string{"fishing quotas"}, not: []string{"ending years", "setting"}},
		{name: "three texts in one sentence", pub: "2026-05-06", label: "Agenda",
			body: "TASHKENT, May 6 (Reuters) - Leaders of the regional bloc met in Tashkent on Wednesday.\n\nThe leaders adopted a declaration on fighting cybercrime, approved a plan for joint water management and agreed to hold joint border drills.",
			want: []string{"ighting cybercrime", "joint water management", "hold joint border drills"}},
		{name: "control: a deal to buy", pub: "2026-05-06", label: "Agenda",
			body: "PARIS, May 6 (Reuters) - The carrier said on Wednesday it had signed a deal to buy 40 new aircraft from a European maker. Its shares rose 3 percent.",
			not:  []string{"aircraft"}},
		{name: "control: a deal for a town to host", pub: "2026-05-06", label: "Agenda",
			body: "LONDON, May 6 (Reuters) - The party signed a two year deal for Harrogate to host its spring conference. Members welcomed the choice.",
			not:  []string{"Harrogate"}},
		{name: "control: refused to sign", pub: "2026-05-06", label: "Agenda",
			body: "VIENNA, May 6 (AP) - The two delegations met in Vienna on Wednesday, but one side refused to sign an agreement on river transit, diplomats said.",
			not:  []string{"river transit"}},
		{name: "control: an earlier signing", pub: "2026-05-06", label: "Agenda",
			body: "VIENNA, May 6 (AP) - The two foreign ministers met in Vienna on Wednesday. In 2019 the two countries signed an accord on river transit that was never applied.",
			not:  []string{"river transit"}},
	})
}

// TestQA9AgendaNouns: the subject of a meeting named with it ("an
// emergency meeting on Monday on the fall of a town"), the sticking points
// of talks, what delegates reviewed and what talks ended without agreeing
// on; not where or when a meeting was held ("on the sidelines", "on the
// verge of failure"), and a verb or a passive "hosted by" ends the subject.
func TestQA9AgendaNouns(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "meeting on a date on a subject", pub: "2026-03-02", label: "Agenda",
			body: "UNITED NATIONS, March 2 (Reuters) - The Security Council held an emergency meeting on Monday on the shelling of a hospital in northern Yemen, with several members demanding an inquiry.",
			want: []string{"shelling of a hospital"}, not: []string{"Monday"}},
		{name: "summit on a subject", pub: "2026-03-02", label: "Agenda",
			body: "ACCRA, March 2 (AP) - West African leaders opened a summit on coastal erosion in Accra on Monday.",
			want: []string{"oastal erosion"}},
		{name: "meeting on a subject is chaired by", pub: "2026-03-02", label: "Agenda",
			body: "GENEVA, March 2 (AP) - The first meeting on the pipeline dispute is chaired by a retired Swiss judge, officials said.",
			want: []string{"pipeline dispute"}, not: []string{"judge"}},
		{name: "conference on a subject hosted by", pub: "2026-03-02", label: "Agenda",
			body: "LONDON, March 2 (Reuters) - At a conference on green shipping hosted by the transport minister on Monday, delegates urged faster action.",
			want: []string{"reen shipping"}, not: []string{"transport minister"}},
		{name: "sticking points were", pub: "2026-03-02", label: "Agenda",
			body: "NICOSIA, March 2 (Reuters) - Talks between the two communities broke up on Monday without a deal.\n\nThe main sticking points were the return of property and the size of a future police force, diplomats said.",
			want: []string{"return of property", "size of a future police force"}, not: []string{"diplomats said"}},
		{name: "delegates reviewed", pub: "2026-03-02", label: "Agenda",
			body: "NAIROBI, March 2 (AP) - A two-day review of the peace accord ended in Nairobi on Monday.\n\nDelegates reviewed progress on the demining of farmland, the reopening of schools and the return of refugees, according to a final statement.",
			want: []string{"demining of farmland", "reopening of schools", "return of refugees"}},
		{name: "ended without agreeing on", pub: "2026-03-02", label: "Agenda",
			body: "MUSCAT, March 2 (AFP) - The two sides ended a third round of talks in Muscat on Monday without agreeing on a prisoner swap, though both promised to meet again.",
			want: []string{"prisoner swap"}},
		{name: "control: meeting on the sidelines", pub: "2026-03-02", label: "Agenda",
			body: "TOKYO, March 2 (Reuters) - The two prime ministers held a meeting on the sidelines of the regional summit in Tokyo on Monday.",
			not:  []string{"sidelines"}},
		{name: "control: conference on the verge", pub: "2026-03-02", label: "Agenda",
			body: "LIMA, March 2 (AP) - With the conference on the verge of collapse, the host proposed a new text.",
			not:  []string{"verge"}},
		{name: "control: the court reviewed", pub: "2026-03-02", label: "Agenda",
			body: "THE HAGUE, March 2 (AP) - Judges at the tribunal met on Monday. A lower court had reviewed the evidence in the fraud case last year.",
			not:  []string{"evidence"}},
	})
}

// TestQA9CutAndThe: a list's last "and" before a determiner opens its last
// item; "between" keeps its pair, and an item with no determiner stays.
func TestQA9CutAndThe(t *testing.T) {
	for _, c := range []struct {
		in   string
		a, b string
		ok   bool
	}{
		{"the restoration of services and the status of the border", "the restoration of services", "the status of the border", true},
		{"a new fund and an expert panel", "a new fund", "an expert panel", true},
		{"the talks between the army and the rebels", "", "", false},
		{"fisheries and the seabed", "", "", false},
		{"the seabed", "", "", false},
	} {
		a, b, ok := cutAndThe(c.in)
		if a != c.a || b != c.b || ok != c.ok {
			t.Errorf("cutAndThe(%q) = %q, %q, %v; want %q, %q, %v", c.in, a, b, ok, c.a, c.b, c.ok)
		}
	}
}

// TestQA9AgendaNamedText: a text signed with no topic after it is named by
// its kind ("signed a free trade agreement"); a text named only by its
// fame or a date is no topic ("signed a historic agreement").
func TestQA9AgendaNamedText(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a named text", pub: "2026-06-13", label: "Agenda",
			body: "SANTIAGO, June 13 (Reuters) - Chile and Vietnam signed a digital economy agreement in the Chilean capital on Saturday, officials said.",
			want: []string{"digital economy agreement"}},
		{name: "a package of", pub: "2026-06-13", label: "Agenda",
			body: "BRUSSELS, June 13 (Reuters) - EU ministers adopted a new package of tariffs on steel imports on Saturday, officials said.",
			want: []string{"package of tariffs on steel imports"}, not: []string{"Saturday"}},
		{name: "control: a historic agreement", pub: "2026-06-13", label: "Agenda",
			body: "SANTIAGO, June 13 (Reuters) - Chile and Vietnam signed a historic agreement in the Chilean capital on Saturday, officials said.",
			not:  []string{"historic agreement"}},
	})
}

// TestQA9AgendaHeadlineOver: when the body names no topic, a headline's
// "over" does ("summons envoy over fishing ban"); not a time or an amount
// ("over the weekend", "over 40 dead"), and not when the body has one.
func TestQA9AgendaHeadlineOver(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "summons over", pub: "2026-02-09", label: "Agenda",
			body: "Peru summons Chilean envoy over new fishing ban\n\nLIMA, Feb 9 (Reuters) - Peru summoned Chile's ambassador on Monday and handed him a protest note. The foreign ministry gave no further details.",
			want: []string{"ew fishing ban"}},
		{name: "control: over the weekend", pub: "2026-02-09", label: "Agenda",
			body: "Ministers meet over the weekend in Lima\n\nLIMA, Feb 9 (Reuters) - Peru summoned Chile's ambassador on Monday and handed him a protest note. The foreign ministry gave no further details.",
			not:  []string{"weekend"}},
		{name: "control: the body's own topic wins", pub: "2026-02-09", label: "Agenda",
			body: "Peru summons Chilean envoy over new fishing ban\n\nLIMA, Feb 9 (Reuters) - The two ministers discussed port fees and customs checks in Lima on Monday, officials said.",
			want: []string{"ort fees"}, not: []string{"fishing ban"}},
	})
}

// TestQA9AgendaCommitments: what the agenda was to include, what a text
// commits its parties to ("Under the deal, both sides will halt ..."),
// what leaders "had discussed"; a span of time is no item ("over 10
// years"), and "Under the deal," with no modal gives none.
func TestQA9AgendaCommitments(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "agenda was to include", pub: "2026-09-15", label: "Agenda",
			body: "VIENNA, Sept 15 (AP) - Talks between the two neighbours were called off on Tuesday.\n\nThe agenda was to include the reopening of a rail link, the return of seized cargo, and the fate of fishermen held since 2024.",
			want: []string{"reopening of a rail link", "return of seized cargo"}},
		{name: "under the deal, will", pub: "2026-09-15", label: "Agenda",
			body: "ADDIS ABABA, Sept 15 (AFP) - The army and the rebels signed a truce on Tuesday.\n\nUnder the deal, both sides will pull heavy weapons back from the front line, and allow food convoys into the besieged towns.",
			want: []string{"ull heavy weapons back", "allow food convoys"}},
		{name: "had discussed", pub: "2026-09-15", label: "Agenda",
			body: "SEOUL, Sept 15 (Reuters) - The leaders of four Asian countries met by video link on Tuesday. Officials said later that leaders had discussed shipping insurance and fishing rights.",
			want: []string{"hipping insurance"}},
		{name: "a span of time is no item", pub: "2026-09-15", label: "Agenda",
			body: "JAKARTA, Sept 15 (AFP) - The two countries signed a trade agreement on Tuesday.\n\nUnder the agreement, each side will cut duties on farm goods, over 10 years.",
			want: []string{"cut duties on farm goods"}, not: []string{"over 10 years"}},
		{name: "control: under the deal, no modal", pub: "2026-09-15", label: "Agenda",
			body: "JAKARTA, Sept 15 (AFP) - The two countries signed a historic agreement on Tuesday.\n\nUnder the agreement, signed after a decade of talks, the mood was upbeat.",
			not:  []string{"mood"}},
	})
}
