package digest

import "testing"

// Quick-look checks, second round (s9-next2): causes of missed Next steps,
// each with invented sentences and controls that must not change.

// TestQA9R2NextWithin: a step due within a span counted from now ("is
// expected to begin within two weeks", "must meet within 10 working
// days", "hope to resume the talks "within weeks"") is a next step; a span
// in a past clause ("collapsed within weeks"), a conditional ("otherwise
// a run-off must be held within 30 days") or a negated one is not.
func TestQA9R2NextWithin(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "relative: expected to begin within", pub: "2026-04-09", label: "Next",
			body: "GENEVA (AFP) - Armenian and Azerbaijani negotiators ended two days of talks in Geneva on Thursday. A joint commission will oversee the release of detainees, which is expected to begin within three weeks, the Swiss foreign ministry said.",
			want: []string{"elease of detainees", "within three weeks"}},
		{name: "must meet within", pub: "2026-04-09", label: "Next",
			body: "NEW YORK (Reuters) - China vetoed a Security Council resolution on the Sahel on Wednesday. Under the council's rules, the Human Rights Council must meet within 15 days to discuss the veto.",
			want: []string{"Human Rights Council", "within 15 days"}},
		{name: "would publish within", pub: "2026-04-09", label: "Next",
			body: "LUSAKA (Reuters) - African Union observers said on Thursday the election in Zambia was peaceful. The mission said it would stay in Zambia for the count and would publish its final report within three months.",
			want: []string{"final report", "within three months"}},
		{name: "hope to resume, quoted span", pub: "2026-04-09", label: "Next",
			body: "ADDIS ABABA (AP) - Talks between Ethiopia and Eritrea in Addis Ababa were adjourned on Thursday. The mediators hope to resume the talks \"within weeks,\" an official said.",
			want: []string{"resume the talks", "weeks"}},
		{name: "control: collapsed within weeks", pub: "2026-04-09", label: "Next",
			body: "ADDIS ABABA (AP) - Talks between Ethiopia and Eritrea in Addis Ababa were adjourned on Thursday. Earlier truces between the two collapsed within weeks.",
			not:  []string{"weeks"}},
		{name: "control: otherwise within", pub: "2026-04-09", label: "Next",
			body: "LUSAKA (Reuters) - African Union observers said on Thursday the election in Zambia was peaceful. A candidate needs half the vote to win; otherwise a run-off must be held within 30 days.",
			not:  []string{"30 days"}},
		{name: "control: will not within", pub: "2026-04-09", label: "Next",
			body: "GENEVA (AFP) - Armenian and Azerbaijani negotiators ended two days of talks in Geneva on Thursday. The commission will not meet within the next month, the ministry said.",
			not:  []string{"month"}},
	})
}

// TestQA9R2NextWithinSubject: the step's subject is read after a "that"
// ("told reporters that the decision will be made within days"); a bare
// verb with no subject names no step.
func TestQA9R2NextWithinSubject(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "subject after that", pub: "2026-04-09", label: "Next",
			body: "KABUL (AP) - U.S. and Afghan officials held security talks in Kabul on Thursday. A spokesman told reporters aboard the plane that the troop decision will be announced within days.",
			want: []string{"roop decision will be announced", "within days"}},
		{name: "control: bare verb", pub: "2026-04-09", label: "Next",
			body: "KABUL (AP) - U.S. and Afghan officials held security talks in Kabul on Thursday. Officials said it will be announced within days.",
			not:  []string{"days"}},
	})
}

// TestQA9R2NextInitialism: an initialism's full stops ("U.N.", "U.K.")
// end no sentence for the date reader, so a step's bare month keeps the
// tense of its own clause ("is due to brief the U.N. Security Council in
// March", said in February: this March) and not that of a past verb after
// it ("the official added").
func TestQA9R2NextInitialism(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "U.N. before a bare month", pub: "2026-02-19", label: "Next",
			body: "JEDDAH (AP) - Sudan peace talks in Jeddah were adjourned on Thursday. The envoy is due to brief the U.N. Security Council in March, and the mediators hope for progress, the official added.",
			want: []string{"2026-03"}, not: []string{"2025-03"}},
		{name: "U.K. before a bare month", pub: "2026-02-19", label: "Next",
			body: "JEDDAH (AP) - Sudan peace talks in Jeddah were adjourned on Thursday. The envoy is due to visit the U.K. Parliament in March, and the mediators hope for progress, the official added.",
			want: []string{"2026-03"}, not: []string{"2025-03"}},
		{name: "control: past brief before U.N.", pub: "2026-02-19", label: "Next",
			body: "JEDDAH (AP) - Sudan peace talks in Jeddah were adjourned on Thursday. The envoy briefed the U.N. Security Council in January, the official added.",
			not:  []string{"2026-01", "2027-01"}},
	})
}

// TestQA9R2PastPlan (review 19, group 1): a meeting agreed on or asked for
// lies ahead only when the plan is told as news; told as background it is
// no step a year away: in the past perfect ("had agreed to hold talks in
// May"), dated by an earlier month ("In March the sides agreed to meet in
// June") or with its outcome after it ("but the meeting never took
// place", "the trip was delayed", "took place as planned"). A plan told
// as news keeps its month ahead.
func TestQA9R2PastPlan(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "had agreed, delayed", pub: "2026-08-12", label: "Next",
			body: "VIENTIANE (AP) - Lao and Thai officials met in Vientiane on Wednesday on river shipping. The two sides had agreed to hold talks in May, but the talks were delayed by flooding.",
			not:  []string{"2027-05"}},
		{name: "earlier month dates the plan", pub: "2026-10-20", label: "Next",
			body: "QUITO (Reuters) - Ecuador's foreign minister met Peruvian envoys in Quito on Tuesday. In March the two governments agreed to hold a border summit in June, but it never took place.",
			not:  []string{"2027-06"}},
		{name: "invited, trip took place", pub: "2026-09-03", label: "Next",
			body: "HANOI (AFP) - Vietnamese and Cambodian ministers held talks in Hanoi on Thursday. Prime Minister Hun Manet had invited his Vietnamese counterpart to visit Phnom Penh in April, and the trip took place as planned.",
			not:  []string{"2027-04"}},
		{name: "promised, put off", pub: "2026-11-05", label: "Next",
			body: "SANTIAGO (Reuters) - Chilean and Bolivian officials met in Santiago on Thursday on water rights. Arce promised to visit Chile in July, but the trip was put off because of protests at home.",
			not:  []string{"2027-07"}},
		{name: "control: agreed as news", pub: "2026-03-10", label: "Next",
			body: "TALLINN (AFP) - Estonian and Latvian ministers met in Tallinn on Tuesday. The two sides agreed to hold their next meeting in Riga in June, the ministry said.",
			want: []string{"2026-06"}},
		{name: "control: invited as news", pub: "2026-03-10", label: "Next",
			body: "PRAGUE (AP) - The Czech and Slovak prime ministers held talks in Prague on Tuesday. Fiala invited Fico to hold the next round of consultations in Vienna in June, the government said.",
			want: []string{"2026-06"}},
	})
}

// TestQA9R2NextLeave: an expulsion's deadline is a next step ("were given
// 72 hours to leave the country", "ordered to leave within seven days");
// a negated order is none.
func TestQA9R2NextLeave(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "given hours to leave", pub: "2026-05-18", label: "Next",
			body: "OSLO (Reuters) - Norway expelled three Belarusian diplomats on Monday over spying, the foreign ministry said. The diplomats were declared persona non grata and given 72 hours to leave Norway, the minister told a news conference.",
			want: []string{"leave Norway", "72 hours"}},
		{name: "ordered to leave within", pub: "2026-05-18", label: "Next",
			body: "RIGA (AP) - Latvia expelled a Russian diplomat on Monday, the foreign ministry said. The attache was ordered to leave the country within seven days.",
			want: []string{"leave the country", "within seven days"}},
		{name: "control: not given time", pub: "2026-05-18", label: "Next",
			body: "RIGA (AP) - Latvia expelled a Russian diplomat on Monday, the foreign ministry said. The attache was not given 72 hours to leave the country, officials said.",
			not:  []string{"72 hours"}},
		{name: "control: hours to reach a deal", pub: "2026-05-18", label: "Next",
			body: "RIGA (AP) - Latvian and Lithuanian officials met in Riga on Monday on power links. The negotiators were given 48 hours to reach a deal, officials said.",
			not:  []string{"48 hours"}},
	})
}

// TestQA9R2NextMarchTo: a capital "March" after "in" is the month even
// before "to" ("will meet in Perth in March to draft the rules"); a
// lower-case "march to" is a walk.
func TestQA9R2NextMarchTo(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "in March to draft", pub: "2026-10-15", label: "Next",
			body: "NEW DELHI (Reuters) - Indian Ocean ministers met in New Delhi on Wednesday. Senior officials will meet in Perth, Australia, in March to draft the rules of the network.",
			want: []string{"Perth", "2027-03"}},
		{name: "control: a march to parliament", pub: "2026-10-15", label: "Next",
			body: "NEW DELHI (Reuters) - Indian Ocean ministers met in New Delhi on Wednesday. Thousands of farmers will take part in a march to parliament, organisers said.",
			not:  []string{"-03"}},
	})
}

// TestQA9R2NextWhoStep: a person's own step told in a relative clause
// ("X, who will be sworn in on March 21, sat with ...") is a next step,
// named by the person; a past relative ("who took office in May") is not.
func TestQA9R2NextWhoStep(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "who will be sworn in", pub: "2026-03-01", label: "Next",
			body: "LUSAKA (AP) - African leaders gathered in Lusaka on Saturday for the funeral of a former president. President-elect Mary Banda, who will be sworn in on March 20, sat with the family.",
			want: []string{"Banda will be sworn in", "2026-03-20"}},
		{name: "who is due to visit", pub: "2026-03-01", label: "Next",
			body: "LUSAKA (AP) - African leaders gathered in Lusaka on Saturday for the funeral of a former president. Foreign Minister John Phiri, who is due to visit Harare next week, read a eulogy.",
			want: []string{"Phiri"}},
		{name: "control: who took office", pub: "2026-03-01", label: "Next",
			body: "LUSAKA (AP) - African leaders gathered in Lusaka on Saturday for the funeral of a former president. President Mary Banda, who took office in May, sat with the family.",
			not:  []string{"Banda"}},
	})
}

// TestQA9R2NextMeetingOf: a group's meeting to come is named by the group
// ("A technical working group will meet in Geneva next week": meeting of
// technical working group in Geneva); a person or a pronoun as the
// subject keeps the plain meeting.
func TestQA9R2NextMeetingOf(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "working group will meet", pub: "2026-05-14", label: "Next",
			body: "BERN (AFP) - Swiss and Italian ministers held talks in Bern on Thursday on alpine transit. A technical working group will meet in Geneva next week to draft the rules, officials said.",
			want: []string{"technical working group", "Geneva"}},
		{name: "senior officials will meet", pub: "2026-05-14", label: "Next",
			body: "BERN (AFP) - Swiss and Italian ministers held talks in Bern on Thursday on alpine transit. Senior officials will meet in Lugano in June.",
			want: []string{"senior officials", "Lugano"}},
		{name: "control: pronoun subject", pub: "2026-05-14", label: "Next",
			body: "BERN (AFP) - Swiss and Italian ministers held talks in Bern on Thursday on alpine transit. They will meet in Lugano in June.",
			want: []string{"Lugano"}, not: []string{"of they"}},
		{name: "control: the two sides", pub: "2026-05-14", label: "Next",
			body: "BERN (AFP) - Swiss and Italian ministers held talks in Bern on Thursday on alpine transit. The two sides will meet in Lugano in June.",
			want: []string{"Meeting in Lugano"}},
	})
}
