package code_test

import "testing"

// TestLex95ReleasingGas: a munition "releasing" a gas is a chemical attack
// as one that "released" it is (CAMEO 2041, mode unconventional), and no
// release of captives; a factory's leak has no armed doer and stays out.
func TestLex95ReleasingGas(t *testing.T) {
	for _, s := range []string{
		"Rebels said army drones dropped munitions on their trenches releasing a choking gas on Monday.",
		"Rebels said an army helicopter dropped a cylinder releasing a yellow gas over the village on Sunday.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "2023-04-10", "ASSAULT", "unconventional") })
	}
	for _, s := range []string{
		"Police said the factory had been releasing toxic gas into the river for years.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "2023-04-10", "ASSAULT", "") })
	}
	s := "The army fired shells releasing a yellow gas at rebel positions near the town, the rebels said."
	t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "2023-04-10", "RETREAT", "release") })
}

// TestLex95WarshipSails: a warship, named or not, that sails into or
// through another's water, or enters a sea, is a show of force (MOBILIZE,
// CAMEO 150); a cargo ship sailing into port is no event.
func TestLex95WarshipSails(t *testing.T) {
	for _, s := range []string{
		"A Russian naval vessel sailed into Norwegian waters on Monday, the coast guard said.",
		"The Chinese destroyer Nanchang sailed through the strait on Monday, Taipei said.",
		"A US warship entered the Black Sea on Tuesday, the Turkish foreign ministry said.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "2023-04-10", "MOBILIZE", "troops") })
	}
	for _, s := range []string{
		"A cargo vessel sailed into the port of Mombasa on Monday with grain.",
		"The ferry entered the harbour shortly after noon.",
		"A car carrier sailed into the port of Antwerp on Monday.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "2023-04-10", "MOBILIZE", "") })
	}
}

// TestLex95VehicleBomb: vehicles packed with explosives driven at a
// target, named in the plural or with no article, are a suicide bombing
// (CAMEO 1831) as "drove a car packed with explosives into" is; a vehicle
// found laden with explosives was driven at nothing.
func TestLex95VehicleBomb(t *testing.T) {
	for _, s := range []string{
		"Two suicide bombers drove trucks packed with explosives at the gates of an army base on Friday, the army said.",
		"Militants drove a van loaded with explosives at a checkpoint in the north, killing six soldiers.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "2023-04-10", "ASSAULT", "suicide-attack") })
	}
	for _, s := range []string{
		"Police found a van loaded with explosives at a farm outside the town.",
		"Volunteers drove two trucks loaded with food at dawn to the flooded villages.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "2023-04-10", "ASSAULT", "suicide-attack") })
	}
}
