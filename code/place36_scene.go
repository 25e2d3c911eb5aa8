package code

// A foreign force's act at the scene told just before.

// sideAtScene reports whether a side of cd's act belongs to cc, the
// country of the scene the sentence before placed its act in: after
// "Soldiers killed four gunmen in the Jenin camp", "Israeli drones also
// struck a house used by the fighters" struck the Palestinian fighters
// where they were, in Jenin, though the drones are Israel's; and "French
// jets later struck the rebels" after a raid near Kidal struck Malian
// rebels near Kidal. So does an act its victims' country placed: after
// stone-throwing at the town hall in Zvecan, "20 Serbs were hurt when
// Kosovo police fired tear gas" was in Zvecan, not in Serbia. An act whose
// sides all belong elsewhere ("Borduria recalled its envoy") stays where
// its own actors put it (see sceneCarried).
func sideAtScene(cd *candidate, cc string) bool {
	return cc != "" && (hasCountry(cd.ev.Target, cc) || hasCountry(cd.ev.Source, cc))
}
