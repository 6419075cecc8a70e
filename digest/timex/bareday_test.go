package timex

import "testing"

// TestBareOrdinalDay: a day of the month named by an ordinal alone ("on the
// 24th", "the 3rd of next month") takes its month from the publication
// day; ordinals that count something else stay out.
func TestBareOrdinalDay(t *testing.T) {
	const pub = "2026-06-11" // a Thursday
	tests := []struct{ name, text, expr, value string }{
		{"of this month", "The two ministers will sign the accord on the 24th of this month.", "the 24th of this month", "2026-06-24"},
		{"of next month", "Talks resume on the 3rd of next month in Doha.", "the 3rd of next month", "2026-07-03"},
		{"of last month", "The ceasefire was agreed on the 2nd of last month.", "the 2nd of last month", "2026-05-02"},
		{"word ordinal of this month", "The envoys meet again on the fifth of this month.", "the fifth of this month", "2026-06-05"},
		{"of the month", "The council meets on the 30th of the month.", "the 30th of the month", "2026-06-30"},
		{"future, later this month", "The leaders will meet again on the 24th in Geneva.", "the 24th", "2026-06-24"},
		{"future, day already past: next month", "The leaders will meet again on the 3rd, officials said.", "the 3rd", "2026-07-03"},
		{"past, earlier this month", "The ministers met on the 4th in Riyadh.", "the 4th", "2026-06-04"},
		{"past, day not yet come: last month", "The ministers met on the 24th in Riyadh.", "the 24th", "2026-05-24"},
		{"sentence end", "The next round is scheduled to open on the 14th.", "the 14th", "2026-06-14"},
		{"by the 30th", "The parties must submit their lists by the 30th, the envoy said.", "the 30th", "2026-06-30"},
		{"range, first day", "Talks will run from the 14th to the 16th in Geneva.", "the 14th", "2026-06-14"},
		{"range, last day", "Talks will run from the 14th to the 16th in Geneva.", "the 16th", "2026-06-16"},
		{"two days", "The summit opens on the 24th and closes on the 25th.", "the 24th", "2026-06-24"},
		{"two days, coordinated", "The envoys meet on the 24th and 25th in Oslo.", "the 24th", "2026-06-24"},
		{"control: of July", "They will meet on the 20th of July.", "the 20th of July", "2026-07-20"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			xs := Extract(tc.text, day(pub))
			x, ok := find(xs, tc.expr)
			if !ok {
				t.Fatalf("Extract(%q) = %+v, want %q", tc.text, xs, tc.expr)
			}
			if x.Value != tc.value {
				t.Errorf("%q = %s, want %s", tc.expr, x.Value, tc.value)
			}
		})
	}
}

// TestBareOrdinalNotDay: ordinals that count rounds, summits, meetings,
// centuries and anniversaries are no days.
func TestBareOrdinalNotDay(t *testing.T) {
	for _, text := range []string{
		"The sides met on the 24th round of talks.",
		"Leaders agreed on the 14th summit's agenda.",
		"The body held its 5th meeting on trade.",
		"They spoke on the 21st century's challenges.",
		"They will mark the 80th anniversary.",
		"The vote on the 14th amendment failed.",
		"He insisted on the 2nd-round rules.",
		"The 24th was a quiet day.",
		"The law has stood since the 19th century.",
		"Nothing changed after the 12th round.",
		"The band rose to the 21st.",
		"The subsets are drawn from the 11th and 12th month.",
		"Talks stalled after the 24th and the 25th rounds.",
	} {
		for _, x := range Extract(text, day("2026-06-11")) {
			if x.Type == Date && len(x.Value) == 10 {
				t.Errorf("Extract(%q): %q = %s, want no day", text, x.Text, x.Value)
			}
		}
	}
}
