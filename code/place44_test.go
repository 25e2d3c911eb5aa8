package code_test

import "testing"

// TestPlace44Region checks that "the province", "the region" and "the
// territory", brought in by a place preposition in an act's clause that
// names no place of its own, stand for the province, region or territory
// the story named before, not for the dateline's city; and that "the
// region" never stands for a country named before.
func TestPlace44Region(t *testing.T) {
	place43Run(t, []place43Case{
		{"province after a dateline capital",
			"KABUL - Taliban fighters captured two districts in Helmand province on Monday. The army said it had sent hundreds of commandos into the province to retake them, a statement from Kabul said.",
			"MOBILIZE:commandos", "Helmand", "AFG"},
		{"territory named as a place before",
			"SAN JUAN - Thousands of people marched through Puerto Rico on Monday to demand the governor resign. Police arrested 40 protesters in the territory on Tuesday.",
			"COERCE:arrested", "Puerto Rico", "PRI"},
		{"region across a capital named later",
			"ADDIS ABABA - Militias clashed with federal troops across Amhara region on Monday. The government imposed a curfew in the region on Tuesday, officials in Addis Ababa said.",
			"COERCE:curfew", "Amhara", "ETH"},
		{"state written with its noun",
			"MAIDUGURI, Nigeria - Gunmen killed 20 farmers in Zamfara state on Monday. The army said it had deployed troops to the state.",
			"MOBILIZE:deployed", "Zamfara", "NGA"},
		{"region is no country named before",
			"WARSAW - Russian troops massed near the border with Ukraine on Monday. NATO said it would deploy more jets in the region.",
			"MOBILIZE:NATO", "", "POL"},
	})
}
