package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Relief carried to a town, a district or a province names no recipient
// but the place: "the WFP airlifted 40 tonnes of food to Bulo Burde",
// "UNICEF trucked vaccines into Idlib province". It is for the people who
// live there, not for the state that governs the place.

// laterClauseOpenersT44 open a clause of its own after an act: what
// follows them tells another act or the time of this one ("…, while Iran
// sent teams", "…, the first aid since Israel imposed a siege").
var laterClauseOpenersT44 = filtered(wordSet("while", "whereas", "since"))

// tgtBeyondClauseT44 reports whether every target mention of the candidate
// lies past a clause opener after its trigger: a side of another act, not
// the one this act is aimed at.
func (b *building) tgtBeyondClauseT44() bool {
	cd, st := b.cd, b.st
	if len(cd.tgt) == 0 {
		return false
	}
	for _, m := range cd.tgt {
		if !st.holds(m) || m.i < cd.j || m.i > len(st.low) || m.kind == "implied" {
			return false
		}
		open := false
		for k := cd.j; k < m.i; k++ {
			if laterClauseOpenersT44.has(st.low[k]) {
				open = true
				break
			}
		}
		if !open {
			return false
		}
	}
	return true
}

// reliefForPeopleT44 returns the civilians of the country of loc as the
// target of humanitarian aid (CAMEO 073) whose clause names no recipient
// (a target found past "while" or "since" is another act's)
// and whose place is finer than a country, or nil: aid to a country named
// as such ("sent tents to Afghanistan") stays the country's.
func (b *building) reliefForPeopleT44() []truce.Actor {
	e, loc := b.e, b.loc
	if len(b.tgt) != 0 && !b.tgtBeyondClauseT44() || loc == nil || loc.Country == "" || loc.Precision == "country" || loc.Precision == "none" || loc.Precision == "" {
		return nil
	}
	if !strings.HasPrefix(e.cameo, "073") || hasCountry(b.src, loc.Country) {
		return nil
	}
	a, ok := b.c.actors.Lookup(loc.Country+"CVL", b.d.date)
	if !ok {
		return nil
	}
	a.Text = ""
	return []truce.Actor{a}
}
