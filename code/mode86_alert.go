package code

import "github.com/truce-project/truce"

// mode86MilitaryAlert recodes a raised alert or stepped-up patrols (CAMEO
// 151, a police alert) as a military alert (152, troops) when the forces
// that raise it are all an army's: "the army stepped up patrols along the
// frontier", "Haftar's units were put on high alert". CAMEO tells the two
// alerts apart by who raises them, and so does dev gold (dev: 2 of 2 such
// alerts by an army accept troops, one listing police beside it); a
// government's, a police force's or a mission's alert keeps the row's
// reading.
func mode86MilitaryAlert(ev *truce.Event, src []truce.Actor) {
	if ev.CAMEO != "151" || ev.Mode != "police" || len(src) == 0 {
		return
	}
	for _, a := range src {
		if a.Sector != "MIL" {
			return
		}
	}
	ev.CAMEO, ev.Mode = "152", "troops"
}
