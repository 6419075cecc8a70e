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
		{"decision not to attend", lead + "Opposition leader Venancio Mondlane defended Malawi's decision not to attend.", "Venancio Mondlane", Critical},
		{"decision not to send a delegation", lead + "SADC Executive Secretary Elias Magosi criticised the decision not to send a delegation to Maputo.", "Elias Magosi", Supportive},
		{"condemned decision to withdraw delegation", lead + "SADC Executive Secretary Elias Magosi condemned Malawi's decision to withdraw its delegation.", "Elias Magosi", Supportive},
	})
}

// TestReview15CapitalVoice: a group "in <capital>" speaks for the
// capital's state only when it is that state's own voice; another
// state's or body's people there (a nationality adjective, an
// abbreviation, a bloc, an embassy) are not the capital's state, and a
// group naming its own state or bloc speaks for that one.
func TestReview15CapitalVoice(t *testing.T) {
	const lead = "GENEVA, March 3 (Reuters) - Serbian and Kosovo negotiators met in Geneva on Tuesday for talks on energy. "
	runReactCases(t, []reactCase{
		{"bloc spokesperson in a capital", lead + "An EU spokeswoman in Brussels said the bloc welcomed the talks.", "Belgium", ""},
		{"bloc spokesperson is the bloc", lead + "An EU spokeswoman in Brussels said the bloc welcomed the talks.", "European Union", Supportive},
		{"abbreviated body in a capital", lead + "A U.N. spokesman in Vienna said the world body welcomed the talks.", "Austria", ""},
		{"foreign embassy in a capital", lead + "A German embassy spokeswoman in Belgrade said Berlin welcomed the talks.", "Serbia", ""},
		{"foreign embassy is its state", lead + "A German embassy spokeswoman in Belgrade said Berlin welcomed the talks.", "Germany", Supportive},
		{"its embassy", lead + "Hungary said it welcomed the talks. Its embassy in Belgrade said Budapest hoped for a deal.", "Serbia", ""},
		{"its ambassador", lead + "Hungary said it welcomed the talks. Its ambassador in Belgrade said Budapest hoped for a deal.", "Serbia", ""},
		// controls: the state's own voice in its own capital
		{"own ministry in the capital", lead + "Russia criticised the talks. Its foreign ministry spokeswoman in Moscow said the format was flawed.", "Russia", Critical},
		{"own adjective ministry", lead + "The Swiss foreign ministry in Bern said it welcomed the talks.", "Switzerland", Supportive},
		{"government spokesman in the capital", lead + "A government spokesman in Belgrade said Serbia welcomed the talks.", "Serbia", Supportive},
		{"opposition in the capital", lead + "Opposition deputies in Belgrade said the talks were a mistake.", "Serbia", ""},
	})
}

// TestReview15Pledge: the speaker's own side pledging help stands for
// the outcome; a threat (tariffs, duties, pressure, troops or warships, a
// firm response), a refusal ("no further concessions") or a move made to
// hinge on the other side ("if", "unless") is no pledge.
func TestReview15Pledge(t *testing.T) {
	const lead = "OTTAWA, March 3 (Reuters) - Canadian and Mexican trade ministers met in Ottawa on Tuesday without reaching a deal on steel. "
	runReactCases(t, []reactCase{
		{"raise tariffs", lead + "Mexican Economy Minister Rosa Icela Ochoa said Mexico would increase tariffs on Canadian lumber next month.", "Rosa Icela Ochoa", Neutral},
		{"duties if", lead + "Canadian Trade Minister Dominic LeBlanc said Canada would double duties on Mexican cement if Mexico City did not relent.", "Dominic LeBlanc", Neutral},
		{"pressure if", lead + "Canadian Trade Minister Dominic LeBlanc said Ottawa would increase pressure on Mexico City unless the quotas were dropped.", "Dominic LeBlanc", Neutral},
		{"firm response", lead + "Mexican Economy Minister Rosa Icela Ochoa said Mexico will deliver a firm response to any new quota.", "Rosa Icela Ochoa", Neutral},
		{"send warships", lead + "Canadian Trade Minister Dominic LeBlanc said Canada would send more patrol ships to the fishing grounds if the incursions went on.", "Dominic LeBlanc", Neutral},
		{"offer no concessions", lead + "Mexican Economy Minister Rosa Icela Ochoa said Mexico would offer no further concessions on steel.", "Rosa Icela Ochoa", Neutral},
		// controls: help pledged, also with a condition or a force that keeps a peace
		{"fund aid", lead + "Canadian Trade Minister Dominic LeBlanc said Canada would provide $20 million to retrain steel workers.", "Dominic LeBlanc", Supportive},
		{"offer concessions", lead + "Mexican Economy Minister Rosa Icela Ochoa said Mexico would offer concessions on dairy quotas.", "Rosa Icela Ochoa", Supportive},
		{"aid if", lead + "Canadian Trade Minister Dominic LeBlanc said Canada would send aid to the border towns if the plants closed.", "Dominic LeBlanc", Supportive},
		{"relative clause after the object", lead + "Canadian Trade Minister Dominic LeBlanc said Canada would fund a new rail terminal, which could open in 2028 if permits are granted.", "Dominic LeBlanc", Supportive},
		{"peacekeeping troops", lead + "Canadian Trade Minister Dominic LeBlanc said Canada would send troops to the U.N. peacekeeping mission in Haiti.", "Dominic LeBlanc", Supportive},
	})
}

// TestReview15VerbAfterConjunction: a verb after "and" or after a
// relative "that" keeps its stance ("issued a statement and rejected
// claims", "a statement that rejected Venezuelan claims"); a participle
// that modifies a noun after an opener, a joined participle or a
// reported "that" still names the topic.
func TestReview15VerbAfterConjunction(t *testing.T) {
	const lead = "BAKU, March 3 (Reuters) - Georgian and Azerbaijani officials held talks in Baku on Tuesday on a new rail link. "
	runReactCases(t, []reactCase{
		{"and rejected claims", lead + "Georgia's foreign ministry issued a note and rejected claims that Tbilisi was delaying the line.", "Georgia", Critical},
		{"that rejected claims", lead + "Georgian Prime Minister Irakli Kobakhidze released a statement that rejected Armenian claims to the route.", "Irakli Kobakhidze", Critical},
		{"and condemned moves", lead + "Armenian Foreign Minister Ararat Mirzoyan met reporters and condemned moves to bypass Armenia.", "Ararat Mirzoyan", Critical},
		// controls: the participle modifies a noun
		{"said that rejected", lead + "Georgian Prime Minister Irakli Kobakhidze said that rejected freight would be sent back by road.", "Irakli Kobakhidze", Neutral},
		{"of rejected", lead + "Georgian Prime Minister Irakli Kobakhidze said the talks covered the return of rejected cargo.", "Irakli Kobakhidze", Neutral},
	})
}

// TestReview15PledgeForces: troops or jets are no threat by themselves
// (a contribution to a force, a sale); sent "if" the other side acts
// they are.
func TestReview15PledgeForces(t *testing.T) {
	const lead = "ABUJA, March 3 (Reuters) - West African defence chiefs met in Abuja on Tuesday to set up a regional counter-terrorism force. "
	runReactCases(t, []reactCase{
		{"contribute troops", lead + "Ghanaian Defence Minister Omane Boamah said Ghana would contribute troops to the regional force.", "Omane Boamah", Supportive},
		{"deliver jets", lead + "Ghanaian Defence Minister Omane Boamah said Ghana would deliver two transport jets to the force.", "Omane Boamah", Supportive},
		{"troops if", lead + "Ghanaian Defence Minister Omane Boamah said Ghana would send more troops to the border if Burkina Faso expanded its raids.", "Omane Boamah", Neutral},
	})
}

// TestReview15CapitalOffice: a government office named in capitals is the
// state's own voice in its capital.
func TestReview15CapitalOffice(t *testing.T) {
	const lead = "GENEVA, March 3 (Reuters) - Serbian and Kosovo negotiators met in Geneva on Tuesday for talks on energy. "
	runReactCases(t, []reactCase{
		{"ministry in capitals", lead + "A Foreign Ministry spokeswoman in Belgrade said Serbia welcomed the talks.", "Serbia", Supportive},
		{"body in capitals", lead + "A Council of Europe spokeswoman in Strasbourg said the body welcomed the talks.", "France", ""},
	})
}
