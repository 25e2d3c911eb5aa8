package code

import "github.com/truce-project/truce"

// Soldiers who rule govern at home: "Ruritania's military rulers
// suspended the broadcasts of a Borduria radio station" did so in
// Ruritania, not in Borduria, though the act names no place.

// governedModes are the acts of governing a country's forces do only in
// the country they rule: silencing the press, banning, curfews, martial
// law.
var governedModes = filtered(wordSet("censor", "ban", "curfew", "martial-law"))

// rulersAtHome reports whether an act that names no place is an act of
// governing by a state's armed forces, which happens in their own
// country.
func rulersAtHome(ev *truce.Event, src []truce.Actor) bool {
	return len(src) > 0 && isState(src[0]) && src[0].Sector == "MIL" && governedModes.has(ev.Mode)
}
