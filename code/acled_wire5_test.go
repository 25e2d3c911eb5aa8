package code_test

import "testing"

// ACLED labels for a fifth round of constructions from wire copy written
// by others, in sentences of our own: the label of an event whose rule
// names the trigger, "" when ACLED would not record it.
func TestACLEDWire5(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Deaths in a fight measured out in time ("in three days of
		// fighting", "after hours of clashes") fell in a battle.
		{"killed in days of fighting", "Nineteen villagers were killed in three days of fighting with government forces around Kajo Keji, officials said.",
			"", "Battles/Armed clash"},
		{"died in weeks of clashes", "Forty herders were killed in two weeks of clashes with soldiers along the disputed border near Abyei.",
			"", "Battles/Armed clash"},
		// A fight "between" two sides, whatever it is called, is a battle:
		// "an ambush between rival clans", "a shootout between gangs".
		{"ambush between clans", "At least twenty men were killed in an ambush between feuding clans near Mendi on Sunday.",
			"", "Battles/Armed clash"},
		{"shootout between militias", "Seven people were killed in a shootout between two rival militias in Zawiya.",
			"", "Battles/Armed clash"},
		// Members walking out of a sitting protest inside an institution,
		// which ACLED does not record; walking off the job is a strike.
		{"walked out of the session", "Opposition deputies walked out of the budget session in protest on Tuesday.",
			"", ""},
		{"stormed out of the cabinet meeting", "Two Kurdish ministers stormed out of the cabinet meeting in protest over the oil law.",
			"", ""},
		{"walked off the job", "Nurses and doctors walked off the job across Nairobi over unpaid wages.",
			"", "Protests/Peaceful protest"},
		// One side announcing its own pause, with no other party named, is
		// no agreement; two sides announcing one are.
		{"army announced a pause", "The army announced a three-day pause in fighting to allow flood relief.",
			"", ""},
		{"rebel coalition announced a truce", "A coalition of four rebel groups announced a two-week truce on Thursday to let aid convoys through.",
			"", ""},
		{"two sides announced a truce", "The army and the rebels announced a ceasefire in the north on Friday.",
			"", "Strategic developments/Agreement"},
		// A deal named as a goal ahead is not made yet.
		{"step towards a peace deal", "Both governments called the prisoner release a first step towards a peace treaty.",
			"treaty", ""},
		// Protesters held for a protest they are charged with plotting or
		// organising were arrested, not held at a protest.
		{"held for plotting unrest", "The intelligence service said it had arrested 15 activists and union leaders, accusing them of plotting mass unrest over fuel prices.",
			"arrested", "Strategic developments/Arrests"},
		{"held for inciting riots", "Police detained eight opposition activists on charges of inciting riots ahead of the vote.",
			"detained", "Strategic developments/Arrests"},
		{"held at a rally", "Police detained dozens of students at a rally outside the electoral commission.",
			"detained", "Protests/Protest with intervention"},
		// A mob, with no protest told, riots as a mob.
		{"mob torched a house", "An angry mob torched the house of a local councillor in Jos on Sunday.",
			"", "Riots/Mob violence"},
		{"mob burned a police post", "A mob burned down a police post in the village after a suspect died in custody.",
			"", "Riots/Mob violence"},
		{"protesters torched", "Protesters torched the house of a local councillor in Jos on Sunday.",
			"", "Riots/Violent demonstration"},
		// Police or troops named by their force alone, with no country
		// told, are the state's: their fire on a protest is excessive force.
		{"unnamed police fired on protesters", "Police fired live rounds at residents who had gathered to protest against a new toll gate, killing one man.",
			"", "Protests/Excessive force against protesters"},
		{"shot farmers in their fields", "Soldiers shot dead three farmers in their fields near the copper mine.",
			"", "Violence against civilians/Attack"},
		// Without a fight, killing civilians stays an attack.
		{"gunmen killed villagers", "Gunmen killed nine villagers in an ambush on the road to Mendi on Sunday.",
			"", "Violence against civilians/Attack"},
	}, true) // no event at all carries no label either
}
