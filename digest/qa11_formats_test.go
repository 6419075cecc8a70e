package digest

import "testing"

// Quick-look checks, stop 11 (s11-formats): how the layout of a feed
// format (a summit's second day, an official text, a caption, a
// transcript, a live blog, a correction note) is read, each with invented
// sentences and controls that must not change.

// TestQA11GoalTime: a date the meeting set for something else is not the
// meeting's: a deadline after "by" ("finalise the charter by December"),
// or a date inside a to-infinitive after the clause's own day ("agreed on
// Friday to cut the quota next year"). A meeting to come in an infinitive
// with no day before it keeps its date.
func TestQA11GoalTime(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "deadline after by", pub: "2026-03-11", label: loc,
			body: "OSLO (AP) - Nordic leaders adopted a declaration on Tuesday pledging to set up a joint procurement office, as their two-day summit in the Norwegian capital closed.\n\nThe Oslo Declaration asks defence ministers to draft the office's statutes by September.",
			want: []string{"Oslo", "2026-03-10"}, not: []string{"2026-09"}},
		{name: "infinitive after the clause's day", pub: "2026-11-07", label: loc,
			body: "REYKJAVIK - Iceland and the Faroe Islands agreed on Friday to raise the herring quota by 4 percent next year, as their annual fisheries talks ended in Reykjavik.",
			want: []string{"Reykjavik", "2026-11-06"}, not: []string{"2027"}},
		{name: "infinitive goal is no next talks in the venue", pub: "2026-11-07", label: "Next",
			body: "REYKJAVIK - Iceland and the Faroe Islands agreed on Friday to raise the herring quota by 4 percent next year, as their annual fisheries talks ended in Reykjavik. The next round will be held in Torshavn in October next year.",
			want: []string{"Torshavn"}, not: []string{"Reykjavik"}},
		{name: "control: a meeting to come in an infinitive", pub: "2026-03-11", label: loc,
			body: "Nordic defence ministers are due to meet in Oslo next Tuesday to discuss joint procurement, officials said.",
			want: []string{"Oslo", "2026-03-17"}},
	})
}

// TestQA11CourtesyTitles: the courtesy titles of official texts ("Hon.",
// "H.E.", "Rt. Hon.", "Amb.") end no sentence and stand in no name: the
// person they precede is read, and listed when a delegation is led by
// them. A plain name keeps its reading.
func TestQA11CourtesyTitles(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{name: "led by Hon.", pub: "2026-05-08", label: kp,
			body: "LUSAKA - Zambia and Malawi held the fourth session of their joint commission in Lusaka on Thursday.\n\n2. The Zambian delegation was led by Hon. Mulambo Haimbe, Minister of Foreign Affairs and International Cooperation.",
			want: []string{"Mulambo Haimbe"}, not: []string{"Hon"}},
		{name: "received by H.E.", pub: "2026-05-08", label: kp,
			body: "NAIROBI - Ugandan Foreign Minister Jeje Odongo held talks in Nairobi on Thursday with his Kenyan counterpart. He was later received by H.E. William Ruto, President of the Republic of Kenya, at State House.",
			want: []string{"William Ruto"}, not: []string{"H.E"}},
		{name: "control: no title", pub: "2026-05-08", label: kp,
			body: "LUSAKA - Zambia and Malawi held the fourth session of their joint commission in Lusaka on Thursday. The Zambian delegation was led by Foreign Minister Mulambo Haimbe.",
			want: []string{"Mulambo Haimbe"}},
	})
}

// TestQA11PlannedFor: the place a meeting was set for ("A meeting of the
// ministers of A, B and C that had been scheduled for May 23 in X") is its
// venue however long the noun's phrase, also when it is called off (the
// quick look says so) and when it is to come; a dateline's city does not
// displace it.
func TestQA11PlannedFor(t *testing.T) {
	const loc = "Meeting Location & Date"
	runBulletCases(t, []bulletCase{
		{name: "called off", pub: "2026-04-14", label: loc,
			body: "NIAMEY, April 14 (AFP) - A summit of the heads of state of Niger, Mali and Burkina Faso that had been planned for April 25 in Bamako has been postponed indefinitely, officials here said on Tuesday.",
			want: []string{"Bamako", "2026-04-25", "called off"}, not: []string{"Niamey"}},
		{name: "to come", pub: "2026-04-14", label: loc,
			body: "TASHKENT (AP) - A meeting of the foreign ministers of the five Central Asian states and the European Union is scheduled for next Tuesday in Almaty, Uzbek officials said on Monday.",
			want: []string{"Almaty", "2026-04-21"}, not: []string{"Tashkent"}},
		{name: "control: a plan of no meeting", pub: "2026-04-14", label: loc,
			body: "BAMAKO (AP) - Mali's foreign minister met his Nigerien counterpart in Bamako on Monday. A new railway line is planned for 2030 in Niamey, the ministers said.",
			want: []string{"Bamako"}, not: []string{"Niamey"}},
	})
}

// TestQA11PresentFor: a caption's or brief's "X is in <place> for the
// <meeting>" puts X at the talks, and "X called on Y at <place>" is a
// courtesy call of both; "called on Y to <verb>" is a request and "is in
// <place> for a holiday" no meeting.
func TestQA11PresentFor(t *testing.T) {
	const kp = "Key Participants"
	runBulletCases(t, []bulletCase{
		{name: "is in the venue for the meeting", pub: "2026-07-23", label: kp,
			body: "Japanese Foreign Minister Takeshi Iwaya is in Manila for the first meeting of the Japan-Philippines maritime dialogue. The dialogue covers coast guard cooperation.",
			want: []string{"Takeshi Iwaya"}},
		{name: "courtesy call", pub: "2026-07-23", label: kp,
			body: "SUVA - New Zealand Foreign Minister Winston Peters held talks with Fijian officials in Suva on Thursday. Peters later called on Prime Minister Sitiveni Rabuka at the Government Buildings.",
			want: []string{"Sitiveni Rabuka"}},
		{name: "control: called on to resign", pub: "2026-07-23", label: kp,
			body: "SUVA - New Zealand Foreign Minister Winston Peters held talks with Fijian officials in Suva on Thursday. Opposition leaders called on Prime Minister Sitiveni Rabuka to resign.",
			not:  []string{"Rabuka"}},
		{name: "control: is in a place for a holiday", pub: "2026-07-23", label: kp,
			body: "SUVA - New Zealand Foreign Minister Winston Peters held talks with Fijian officials in Suva on Thursday. His deputy David Seymour is in Nadi for a holiday.",
			not:  []string{"Seymour"}},
	})
}

// TestQA11EditorNote: an editor's note appended to a story ("Correction,
// <date>: An earlier version of this article said ...", "This story has
// been corrected ...") is about the story, not news: its old facts give no
// venue, day or person, and the deep look leaves it out. A story that
// reports a correction by others keeps it.
func TestQA11EditorNote(t *testing.T) {
	const loc = "Meeting Location & Date"
	body := "Norway and Iceland agreed on a mackerel quota on Friday after two days of talks.\n\nThe deal covers 2027.\n\nCorrection, Oct. 17, 2026: An earlier version of this article said the talks were held in Bergen and ended on Thursday. They ended on Friday."
	runBulletCases(t, []bulletCase{
		{name: "correction note's old facts", pub: "2026-10-17", label: loc, body: body, not: []string{"Bergen", "2026-10-15"}},
		{name: "correction note out of the background", pub: "2026-10-17", label: "Background", body: body, not: []string{"earlier version"}},
		{name: "story corrected: a sentence of its own", pub: "2026-10-17", label: "Key Participants",
			body: "OSLO - Norwegian and Icelandic fisheries officials agreed on a mackerel quota in Oslo on Friday.\n\nThis story has been corrected to show that the talks were held in Oslo, not in Reykjavik, and that the Icelandic delegation was led by Jon Gunnarsson.",
			not:  []string{"Gunnarsson"}},
		{name: "control: a correction reported as news", pub: "2026-10-17", label: loc,
			body: "Norway and Iceland agreed on a mackerel quota in Bergen on Friday.\n\nA correction to last year's figures was also agreed, officials said.",
			want: []string{"Bergen", "2026-10-16"}},
	})
}
