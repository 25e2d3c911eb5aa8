package code

// Bombs found with no owner named: "Soldiers found a cache of rifles and
// homemade mines in a cave near the border" takes them from the country's
// insurgents, whom the story need not name, rather than from no one.

// insurgentArms name what only an armed group fighting the state keeps:
// bombs, mines, explosives, grenades and the means to set them off.
var insurgentArms = filtered(wordSet("bomb", "bombs", "ied", "ieds", "explosives", "explosive", "mine", "mines",
	"landmine", "landmines", "grenades", "detonators", "suicide", "bomb-making"))

// unnamedInsurgents returns, for a seizure of weapons among which are
// bombs, mines or explosives, by a state's forces, whose owner no one
// around it names, the rebels of the seizing state as an implied mention
// at cd's trigger: "Police found explosives and detonators in a flat"
// takes them from the country's insurgents. It returns nil when the
// seizers' country is unknown or no such weapon is named.
func (c *Coder) unnamedInsurgents(d *doc, cd *candidate) []*mention {
	st := cd.st
	// "defused a second device": a device made safe is a bomb.
	arms, defuse := false, false
	for k := cd.i; k < cd.j+8 && k < len(st.low); k++ {
		defuse = defuse || k < cd.j && defuseWords.has(st.low[k])
		arms = arms || insurgentArms.has(st.low[k]) || defuse && bombWords.has(st.low[k])
	}
	if !arms || len(cd.src) == 0 {
		return nil
	}
	cc := cd.src[0].actor.Country
	for _, m := range cd.src {
		if m.actor.Country != cc || !seizerSectors.has(m.actor.Sector) {
			return nil
		}
	}
	if cc == "" {
		cc = d.storyFocus()
	}
	if cc == "" {
		return nil
	}
	return c.impliedAt(d, cd, cc+"REB")
}
