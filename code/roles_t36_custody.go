package code

// A release demanded for people a state keeps in custody somewhere: "the
// party demanded the release of fourteen of its members held in Ngozi
// prison", "tribesmen shut the oilfield, demanding the release of a
// commander detained in Tripoli". The demand is aimed at the government of
// the country that holds them there, not at the captives.

// custodyWords tell that people are held by a state's jailers, not by
// kidnappers: a place after them is where the state keeps them.
var custodyWords = filtered(wordSet("held", "detained", "jailed", "imprisoned"))

// hostageWords name captives whom no state holds, wherever they are.
var hostageWords = filtered(wordSet("hostage", "hostages", "captives", "kidnapped", "abducted"))

// heldInCustody returns, for a release demand (mode yield) whose clause
// names its captives as held, detained or jailed in or at a place, the
// government of that place's country as a mention at cd's trigger, unless
// the demand is that government's own; nil otherwise.
func (c *Coder) heldInCustody(d *doc, cd *candidate) []*mention {
	st := cd.st
	if cd.e.mode != "yield" {
		return nil
	}
	for k := cd.j; k+2 < len(st.low) && k < cd.j+12; k++ {
		w := st.low[k]
		if clauseBreaks.has(w) || w == ";" || w == "," || hostageWords.has(w) {
			return nil
		}
		if !custodyWords.has(w) || st.low[k+1] != "in" && st.low[k+1] != "at" {
			continue
		}
		cc := ""
		for _, p := range st.places {
			if p.i == k+2 {
				cc = p.place.Country
			}
		}
		if x := st.mentionAt(k + 2); cc == "" && x != nil && x.i == k+2 && (x.kind == "country" || x.kind == "capital") {
			cc = x.actor.Country
		}
		if cc == "" {
			return nil
		}
		for _, m := range cd.src {
			if m.actor.ID == cc+"GOV" || m.actor.ID == cc {
				return nil
			}
		}
		return c.impliedAt(d, cd, cc+"GOV")
	}
	return nil
}
