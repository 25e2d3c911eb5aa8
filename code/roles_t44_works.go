package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// An attack on public works names no one hit: "drones hit an oil depot in
// Russia's Belgorod region", "jihadists blew up the bridge at Naré",
// "rebels bombed a pipeline in Arauca". Depots, refineries, power
// stations, bridges and railways are the country's, so the attack is aimed
// at the state of the place, whether the attacker is a foreign army or the
// state's own rebels.

// publicWorksT44 are the head nouns of the works a state owns or runs.
var publicWorksT44 = filtered(wordSet("depot", "depots", "refinery", "refineries", "pipeline", "pipelines",
	"substation", "substations", "grid", "pylon", "pylons", "bridge", "bridges", "dam", "dams",
	"railway", "railways", "port", "ports", "airport", "airports", "infrastructure",
	"plant", "plants", "station", "stations", "terminal", "terminals"))

// stationKindsT44 tell a station or plant that is public works ("a power
// station", "a gas plant") from one that is not ("a police station", "a
// bus station" full of people).
var stationKindsT44 = filtered(wordSet("power", "electricity", "electrical", "gas", "oil", "fuel",
	"pumping", "water", "desalination", "thermal", "nuclear", "hydroelectric", "energy",
	"compressor", "treatment", "radar"))

// worksOwnerT44 returns the bare state of the place of an attack aimed at
// public works and at no one, or nil: when the sentence names someone hit,
// when the attack has no place, or when the attacker is that state's own
// government or forces.
func (b *building) worksOwnerT44() []truce.Actor {
	st, cd := b.st, b.cd
	if !b.assault || len(b.tgt) != 0 || b.loc == nil || b.loc.Country == "" {
		return nil
	}
	k := cd.j
	if k < len(st.low) && (st.low[k] == "on" || st.low[k] == "at" || st.low[k] == "against" || st.low[k] == "into") {
		k++
	}
	if !worksAtT44(st, k) {
		return nil
	}
	cc := b.loc.Country
	for _, a := range b.src {
		if a.Country == cc && !nonStateArmed(a) && (a.ID == cc || strings.HasSuffix(a.ID, "GOV") || strings.HasSuffix(a.ID, "MIL") || strings.HasSuffix(a.ID, "COP")) {
			return nil
		}
	}
	a, ok := b.c.actors.Lookup(cc, b.d.date)
	if !ok {
		return nil
	}
	a.Text = ""
	return []truce.Actor{a}
}

// worksAtT44 reports whether the noun phrase at k names public works: its
// head is one of publicWorksT44, and a station or plant says what kind.
func worksAtT44(st *sent, k int) bool {
	head := thingHead(st, k)
	if !publicWorksT44.has(head) {
		return false
	}
	if head != "station" && head != "stations" && head != "plant" && head != "plants" && head != "terminal" && head != "terminals" {
		return true
	}
	for n := k; n < len(st.low) && n < k+8; n++ {
		if st.low[n] == head {
			return n > k && stationKindsT44.has(st.low[n-1])
		}
	}
	return false
}
