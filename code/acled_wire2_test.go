package code_test

import "testing"

// ACLED labels for a second round of constructions from wire copy written
// by others, in sentences of our own: the label of an event whose rule
// names the trigger, "" when ACLED would not record it.
func TestACLEDWire2(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A deal that settles a disputed frontier between states that have
		// fought over it is an agreement ACLED records; a trade deal is not.
		{"treaty on a disputed border", "Eritrea and Ethiopia signed a pact in Jeddah on Sunday demarcating the contested stretches of their common border.",
			"pact", "Strategic developments/Agreement"},
		{"deal on a disputed frontier", "Armenia and Azerbaijan reached an accord on Tuesday on the delimitation of their disputed frontier.",
			"accord", "Strategic developments/Agreement"},
		{"trade deal stays unlabelled", "Kenya and Uganda signed a trade pact in Nairobi on Sunday cutting tariffs on sugar and milk.",
			"pact", ""},
		// States at odds that will trade captives strike a deal ACLED
		// records, even before the swap.
		{"will exchange captives", "Sudan's army and the Rapid Support Forces said on Friday they would exchange captives held since April.",
			"exchange", "Strategic developments/Agreement"},
		// Soldiers sent with police to fight in another country change
		// what the force does; police sent alone, or a mixed force
		// deployed at home, do not.
		{"soldiers and gendarmes sent abroad", "Chad began deploying 800 soldiers and gendarmes to Niger's Tillaberi region on Monday to help fight jihadist fighters.",
			"deploy", "Strategic developments/Change to group/activity"},
		{"troops and police sent abroad", "Uganda said on Sunday it had begun sending 500 troops and police officers to South Sudan's Equatoria region.",
			"send", "Strategic developments/Change to group/activity"},
		{"soldiers and police deployed at home", "Kenya deployed soldiers and police officers in Nairobi on Monday ahead of the count.",
			"deploy", ""},
		// State forces that seize a haul with weapons in it stop their
		// use, whatever is listed first.
		{"haul with weapons listed last", "Police later seized three pickup trucks, mortar tubes and a cache of detonators abandoned by the militia.",
			"seized", "Strategic developments/Disrupted weapons use"},
		{"trucks and phones then mortars", "Troops seized pickup trucks, satellite phones and mortars at a camp near Kidal on Saturday.",
			"seized", "Strategic developments/Disrupted weapons use"},
		// Suspects held in a sentence that tells of a bombing or an attack
		// by gunmen are held in the conflict; suspects of a robbery are not.
		{"suspects after gunmen's attack", "Masked gunmen opened fire on a campaign office in Cali on Friday, wounding four people, and police later arrested three suspects.",
			"arrested", "Strategic developments/Arrests"},
		{"suspects after a bomb", "A bomb exploded outside a police station in Quetta on Monday and police detained two suspects nearby.",
			"detained", "Strategic developments/Arrests"},
		{"robbery suspects stay unlabelled", "Police arrested two suspects in Durban on Monday after a taxi driver was shot dead.",
			"arrested", ""},
		// A mediator that brokered a truce tells of a truce agreed, which
		// ACLED records; one still trying to broker it does not.
		{"brokered a truce", "Turkey said on Sunday it had brokered a truce between the two militias in Tripoli.",
			"brokered", "Strategic developments/Agreement"},
		{"brokered a ceasefire", "Kenya's foreign ministry said it had brokered a ceasefire in the Upper Nile fighting by Sunday evening.",
			"broker", "Strategic developments/Agreement"},
		{"trying to broker a ceasefire", "Qatar is trying to broker a ceasefire between the two sides in Gaza.",
			"broker", ""},
	}, false)
}
