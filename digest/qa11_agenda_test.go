package digest

import "testing"

// TestQA11AgendaLongLastItem: a comma list whose last item is too long to
// keep as one topic ("A, B on Selo Island and C along the border") is
// split at its "and" rather than dropped; "between X and Y" stays whole.
func TestQA11AgendaLongLastItem(t *testing.T) {
	runBulletCases(t, []bulletCase{
		{name: "a long last item", pub: "2026-05-06", label: "Agenda",
			body: "TARVA, May 5 (Reuters) - Norvian and Keshi defence ministers met in Tarva on Tuesday.\nThe two ministers discussed the sale of patrol boats to Kesh, the expansion of the naval base on Selo Island and joint patrols along the river border with Ostland, according to a joint statement released after the meeting.",
			want: []string{"patrol boats", "naval base on Selo Island", "joint patrols along the river border"}},
		{name: "a long last item of three", pub: "2026-05-06", label: "Agenda",
			body: "LUMA, May 5 (AP) - The prime ministers of Ostland and Varia held talks in Luma on Tuesday.\nThey discussed grain exports, the reopening of the old rail line through the Dorn valley and a common position on fishing rights in the northern gulf.",
			want: []string{"rain exports", "old rail line through the Dorn valley", "common position on fishing rights"}},
		{name: "control: between X and Y stays whole", pub: "2026-05-06", label: "Agenda",
			body: "LUMA, May 5 (AP) - The prime ministers of Ostland and Varia held talks in Luma on Tuesday.\nThey discussed grain exports, and a new ferry link between the port of Luma and the island of Keth.",
			want: []string{"between the port of Luma and the island of Keth"}},
	})
}
