package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the eighth round
// of blind wire copy: a truce one state declares alone is aimed at the
// rebels its own sentence names after the trigger ("declared a truce,
// urging the rebels to …"), even when they are named only generically;
// a demonym before "border" ("fled toward the Malian border") names a
// frontier and lends its state to no generic actor of the sentence; a
// name's bracketed acronym ("the Moro Islamic Liberation Front (MILF)")
// is part of the name, so "Manila and the … (MILF) signed" keeps both;
// "commanders from both sides" and "talks between the two sides" are the
// two sides the story named first, not a venue's state or a host; the
// state in "a violation of Qatar's sovereignty" is wronged, not accused;
// "The unions ended their strike after the government agreed to …": the
// agreement is made to the main clause's subject.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesWire8(t *testing.T) {
	wantRoleSides(t, []rolesCase{
		{"a state's truce toward the rebels it then urges",
			"Sudan's government declared a unilateral ceasefire on Monday to let aid reach Darfur, urging the rebels to lay down their arms.",
			truce.Concede, "SDNGOV", "SDNREB", "", ""},
		{"a junta's truce toward the separatists it calls on",
			"Mali's junta announced a truce on Sunday in the north, calling on the separatists to withdraw from Kidal.",
			truce.Concede, "MLIGOV", "MLIREB", "", ""},
		// a bracketed acronym leaves a coordinated subject whole.
		{"government and a front with its acronym sign",
			"The Philippine government and the Moro Islamic Liberation Front (MILF) signed a peace deal in Kuala Lumpur on Thursday.",
			truce.Agree, "PHLGOV", "MILF", "", ""},
		{"government and a front with its acronym agree",
			"Ethiopia's government and the Tigray People's Liberation Front (TPLF) agreed to a permanent cessation of hostilities.",
			truce.Agree, "ETHGOV", "TPLF", "", ""},
		// the people of "both sides" are the two sides named before.
		{"commanders from both sides, two sentences on",
			"Thailand and Cambodia agreed to a ceasefire on Monday after talks hosted by Malaysia. Hours later the Thai army accused Cambodian troops of firing on its positions. Military commanders from both sides are due to meet in Kuala Lumpur on Wednesday.",
			truce.Consult, "THA", "KHM", "", "MYSMIL"},
		{"officials from the two countries, not the brokers",
			"Serbia and Kosovo agreed on Monday to a plan to ease tensions in the north, the EU said. Under the plan, France and Germany will join the two sides on a monitoring board. Kosovo's premier said he had doubts. Officials from both countries are due to meet again in Brussels next week.",
			truce.Consult, "SRB", "XKX", "", "FRA"},
		{"soldiers from both sides are each side's military",
			"India and China agreed to disengage in Ladakh on Monday. Soldiers from both sides began pulling back from the valley on Wednesday.",
			truce.Retreat, "CHNMIL", "", "", ""},
		{"talks between the two sides, not the host's",
			"Armenia and Azerbaijan traded accusations on Monday over a border shooting that killed two soldiers. Talks between the two sides, hosted by Russia, will resume in Moscow next week.",
			truce.Consult, "ARM", "AZE", "", "RUS"},
		{"the two delegations are the sides, not the venue's or sponsors'",
			"Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Saturday, in talks that Saudi Arabia and the United States sponsor. The army chief and the RSF commander did not attend the ceremony. The truce takes effect on Monday, and the two delegations will meet again in Riyadh next month.",
			truce.Consult, "SDNMIL", "RSF", "", "SAUGOV"},
		{"talks between the two sides named two sentences back",
			"A six-month ceasefire between Colombia's government and the ELN rebels came into force on Thursday. The rebel commander said his fighters would halt offensive operations. Talks between the two sides, hosted by Cuba and Mexico, will resume in Caracas on August 14.",
			truce.Consult, "COLGOV", "ELN", "", "CUB"},
		// the state wronged is not the one accused.
		{"an attack called a violation of a state's sovereignty",
			"Israeli jets struck a Hamas office in Doha on Tuesday. Gulf leaders called the attack a flagrant violation of Qatar's sovereignty.",
			truce.Accuse, "", "ISRMIL", "QAT", ""},
		{"a strike condemned as a breach of a demonym's sovereignty",
			"Turkish drones hit a village in northern Iraq on Monday. The Arab League condemned the strike as a breach of Iraqi sovereignty.",
			truce.Accuse, "ARABLEAGUE", "TURMIL", "", ""},
		// an agreement in an "after" clause answers the main subject.
		{"a government's offer that ends a strike",
			"Kenyan doctors called off a strike on Friday after the government agreed to raise their pay.",
			truce.Agree, "KENGOV", "KENHLH", "", ""},
		{"a possessed government's offer, then a clause past a comma",
			"South African miners ended a five-week strike on Thursday after President Cyril Ramaphosa's government agreed to a 12 percent pay rise, ending a stoppage that had closed hospitals and several platinum mines.",
			truce.Agree, "ZAFGOV", "ZAFLAB", "ZAFHLH", ""},
		// a neighbour's border is where, not who.
		{"soldiers chasing raiders toward a neighbour's frontier",
			"Rebels overran an army base in Cameroon's Far North region on Sunday. Soldiers later shot dead 14 of the raiders near the Nigerian frontier.",
			truce.Assault, "CMRMIL", "", "", "NGAMIL"},
		{"helicopters bombing fighters fleeing toward a border",
			"Jihadists attacked a military post near Ayorou in Niger's Tillaberi region on Monday, killing 12 soldiers. Army helicopters later bombed fighters retreating toward the Malian border.",
			truce.Assault, "NERMIL", "", "", "MLIMIL"},
	})
}
