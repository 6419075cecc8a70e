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
			not: []string{"weeks"}},
		{name: "control: otherwise within", pub: "2026-04-09", label: "Next",
			body: "LUSAKA (Reuters) - African Union observers said on Thursday the election in Zambia was peaceful. A candidate needs half the vote to win; otherwise a run-off must be held within 30 days.",
			not: []string{"30 days"}},
		{name: "control: will not within", pub: "2026-04-09", label: "Next",
			body: "GENEVA (AFP) - Armenian and Azerbaijani negotiators ended two days of talks in Geneva on Thursday. The commission will not meet within the next month, the ministry said.",
			not: []string{"month"}},
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
			not: []string{"days"}},
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
			not: []string{"2026-01", "2027-01"}},
	})
}
