package code

// Issue 3, round t47: premises named with their owner. "Set fire to the
// homes of several lawmakers", "raided the headquarters of the teachers'
// union", "stormed the office of the UN agency": the act on a home, an
// office or a shop is aimed at whoever the "of" phrase says owns it, not
// at the civilians a bare "homes" stands for nor at a force named nearby.

// t47Premises are the premises, besides the goods of ownedThings, whose
// owner an "of" phrase names.
var t47Premises = filtered(wordSet("residence", "residences", "office", "offices", "headquarters", "compound",
	"property", "properties", "farm", "farms", "studio", "studios"))

// premisesOwnerT47 gives cd, whose object, or one of whose targets, is
// premises followed by "of" and their owner ("the homes of several
// lawmakers"), that owner for its target in their place.
func premisesOwnerT47(cd *candidate) {
	st := cd.st
	if cd.e.pos != 'V' {
		return
	}
	// The object right after the trigger: "raided the headquarters of".
	k := cd.j
	for k < len(st.low) && k < cd.j+3 && (determiners.has(st.low[k]) || st.toks[k].tag == "JJ" || st.toks[k].tag == "NNP") && !premisesWordT47(st.low[k]) {
		k++
	}
	if k < len(st.low) && premisesWordT47(st.low[k]) {
		if o := premisesOwnerAtT47(st, k+1); o != nil {
			cd.tgt = st.coordinated(o)
			return
		}
	}
	for n, m := range cd.tgt {
		if m.kind != "sector" || m.actor.ID != "" || m.j != m.i+1 || !st.holds(m) || !premisesWordT47(st.low[m.i]) {
			continue
		}
		if o := premisesOwnerAtT47(st, m.j); o != nil {
			cd.tgt = append(append(append([]*mention{}, cd.tgt[:n]...), st.coordinated(o)...), cd.tgt[n+1:]...)
			return
		}
	}
}

// premisesWordT47 reports whether w names premises or goods with an owner.
func premisesWordT47(w string) bool {
	_, ok := ownedThings[w]
	return ok || t47Premises.has(w)
}

// premisesOwnerAtT47 returns the owner an "of" phrase at k names, past a
// determiner, a count or adjectives: "of several lawmakers", "of the UN
// agency"; nil when there is none or it is a place.
func premisesOwnerAtT47(st *sent, k int) *mention {
	if k+1 >= len(st.low) || st.low[k] != "of" {
		return nil
	}
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		if o := st.mentionAt(n); o != nil {
			if o.i != n || o.place {
				return nil
			}
			return o
		}
		if !determiners.has(st.low[n]) && st.toks[n].tag != "CD" && st.toks[n].tag != "JJ" {
			return nil
		}
	}
	return nil
}
