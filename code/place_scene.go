package code

// The country of a place the gazetteer lacks, from the story around it.

import (
	"cmp"

	"github.com/truce-project/truce"
)

// unknownInScene puts a place the gazetteer lacks, named in a sentence
// that names no known place, in the country where the story's last
// event at a known place happened, rather than in the country of a
// foreign actor in the act: after "Malian troops took the town of Anefis
// in the Kidal region", "Drones struck a rebel camp near Tessalit" is in
// Mali, whoever flew the drones; after a blast "in northern Benin", one
// that hurt "a French instructor" near a waterfall is in Benin. Only a
// country the sentence took from an actor gives way; a place left with
// no country at all takes that of the story's last placed event.
func unknownInScene(d *doc) {
	scene, last := "", ""
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if loc == nil {
			continue
		}
		if placedBySentence(cd.st, loc) {
			scene, last = loc.Country, loc.Country
			continue
		}
		unknown := loc.Precision == "none" && loc.Text != "" && len(cd.st.places) == 0
		if !unknown {
			last = cmp.Or(loc.Country, last)
			continue
		}
		from := scene
		if loc.Country == "" {
			from = last
		}
		if from == "" || loc.Country == from || loc.Country != "" && !actorFrom(cd.ev.Source, loc.Country) && !actorFrom(cd.ev.Target, loc.Country) {
			last = cmp.Or(loc.Country, last)
			continue
		}
		moved := *loc
		moved.Country = from
		cd.ev.Location = &moved
	}
}

// placedBySentence reports whether loc is a place the gazetteer found
// below country level, or one it lacks in a country the sentence names a
// place of ("in W National Park in northern Ruritania").
func placedBySentence(st *sent, loc *truce.Location) bool {
	if loc.Precision == "country" {
		return false
	}
	if loc.Precision != "none" {
		return loc.Lat != 0 || loc.Lon != 0
	}
	for _, p := range st.places {
		if p.place.Country == loc.Country {
			return true
		}
	}
	return false
}

// actorFrom reports whether some actor of side is of country cc.
func actorFrom(side []truce.Actor, cc string) bool {
	for _, a := range side {
		if a.Country == cc {
			return true
		}
	}
	return false
}
