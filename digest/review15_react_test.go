package digest

import "testing"

// TestReview15StayAwayObject: "the decision/move/plan to withdraw, pull or
// leave" stays away from the meeting only with a meeting object or none;
// troops, forces or a question moved elsewhere keep the verb's stance.
func TestReview15StayAwayObject(t *testing.T) {
	const lead = "MAPUTO, March 3 (Reuters) - Mozambican and Tanzanian defence ministers met in Maputo on Tuesday to discuss security in Cabo Delgado. "
	runReactCases(t, []reactCase{
		{"decision to withdraw forces", lead + "SADC Executive Secretary Elias Magosi welcomed the decision to withdraw foreign troops from the province.", "Elias Magosi", Supportive},
		{"move to pull troops out", lead + "Tanzanian Defence Minister Stergomena Tax praised the move to pull Rwandan soldiers out of Palma by June.", "Stergomena Tax", Supportive},
		{"plan to leave a question", lead + "Mozambican spokesman Filipe Sitoe supported the plan to leave the question of funding to the African Union.", "Filipe Sitoe", Supportive},
		{"decision not to impose", lead + "SADC Executive Secretary Elias Magosi welcomed the decision not to impose new curfews in the north.", "Elias Magosi", Supportive},
		// controls: staying away from the meeting flips the stance
		{"decision to withdraw from the talks", lead + "Opposition leader Venancio Mondlane welcomed the decision to withdraw from the talks.", "Venancio Mondlane", Critical},
		{"move to pull out of the summit", lead + "Opposition leader Venancio Mondlane praised Malawi's move to pull out of the summit.", "Venancio Mondlane", Critical},
		{"plan to pull out, no object", lead + "Opposition leader Venancio Mondlane backed the plan to pull out.", "Venancio Mondlane", Critical},
		{"condemned decision to withdraw delegation", lead + "SADC Executive Secretary Elias Magosi condemned Malawi's decision to withdraw its delegation.", "Elias Magosi", Supportive},
	})
}
