package code

// Whose weapons a seizure takes when the object finder's pick is no one
// the arms were taken from: "soldiers seized 300 explosive devices designed
// to be dropped from drones" (the drones are arms, not an actor);
// "officers found a bomb in the men's flat, adding that they had planned to
// attack a police station" (the station's police are what was planned
// against, and the seizers' own side). And a plot foiled: "security forces
// foiled an attack by intercepting a car packed with explosives" is aimed,
// as a seizure of the bombs would be, at the group whose plot it was.

// seizedFromNoOne reports whether every target found for a seizure of
// weapons by state forces src is a weapon named as an actor ("drones") or
// a state force, office or police of the seizers' own country or of none:
// such a target is not whom the arms were taken from.
func seizedFromNoOne(st *sent, src, tgt []*mention) bool {
	if len(tgt) == 0 || len(src) == 0 {
		return false
	}
	cc := src[0].actor.Country
	for _, m := range tgt {
		if m.place || m.kind == "pronoun" {
			return false
		}
		if st.holds(m) && m.j == m.i+1 && isWeaponWord(st.low[m.i]) && m.actor.ID == "" {
			continue
		}
		if seizerSectors.has(m.actor.Sector) && m.actor.Sector != "" && (m.actor.Country == "" || m.actor.Country == cc) &&
			(m.actor.ID == "" || isState(m.actor)) {
			continue
		}
		return false
	}
	return true
}

// foilWords tell that a plot was stopped before it was carried out.
var foilWords = filtered(wordSet("foiled", "foil", "foils", "foiling", "thwarted", "thwart", "thwarts", "thwarting"))

// plotWords name what a foiled plot was: an attack or a bombing.
var plotWords = filtered(wordSet("plot", "plots", "attack", "attacks", "bombing", "bombings", "attempt"))

// foiledPlot reports whether cd's trigger is a plot foiled or thwarted:
// "foiled a bomb plot", "thwarted a major attack".
func foiledPlot(st *sent, cd *candidate) bool {
	if cd.j <= cd.i || cd.j > len(st.low) || !foilWords.has(st.low[cd.i]) {
		return false
	}
	for k := cd.j; k < cd.j+4 && k < len(st.low); k++ {
		if plotWords.has(st.low[k]) {
			return true
		}
		if st.low[k] == "," || st.low[k] == "." {
			return false
		}
	}
	return false
}

// plotBlameWords tell, in a sentence after a foiled plot, whose plot it was:
// "Police blamed the group for the plot", "two men linked to the group".
var plotBlameWords = filtered(wordSet("blamed", "blames", "blame", "accused", "linked", "belonging", "behind", "members"))

// plotOwner returns, for a plot that state forces foiled or thwarted and
// whose target no one names, the armed group named after the trigger in its
// sentence, else the first named in one of the two sentences after that
// lays blame ("… The driver escaped. Police blamed the group for the
// plot"), else the insurgents of the foiling state: "the police said they
// had foiled a bomb plot" is aimed at them. A group named before the plot,
// as the maker of an earlier attack, is not taken for its maker.
func (c *Coder) plotOwner(d *doc, cd *candidate) []*mention {
	st := cd.st
	if cd.e.cameo != "171" || len(cd.src) == 0 || !foiledPlot(st, cd) || cd.tgt != nil && !seizedFromNoOne(st, cd.src, cd.tgt) {
		return nil
	}
	for _, m := range cd.src {
		if !seizerSectors.has(m.actor.Sector) || m.actor.ID != "" && !isState(m.actor) {
			return nil
		}
	}
	armed := func(m *mention) bool {
		return !m.place && holderSectors.has(m.actor.Sector) && m.actor.ID != "" && !sharesMention([]*mention{m}, cd.src)
	}
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i >= cd.j && armed(m) {
			return []*mention{m}
		}
	}
	ix := st.s.Index
	for _, x := range d.sents {
		if x.s.Index <= ix || x.s.Index > ix+2 || !anyWord(x, &plotBlameWords) {
			continue
		}
		for n := range x.mentions {
			if m := &x.mentions[n]; armed(m) {
				a := m.actor
				a.Text = ""
				return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
			}
		}
	}
	cc := cd.src[0].actor.Country
	if cc == "" {
		cc = d.storyFocus()
	}
	if cc == "" {
		return nil
	}
	return c.impliedAt(d, cd, cc+"REB")
}

// anyWord reports whether sentence x holds one of words.
func anyWord(x *sent, words *wordFilter) bool {
	for _, w := range x.low {
		if words.has(w) {
			return true
		}
	}
	return false
}
