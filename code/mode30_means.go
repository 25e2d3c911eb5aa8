package code

// attackerTells reports whether a violent event that names no weapon takes
// its means from who carried it out, as a killing does: "insurgents
// ambushed a police convoy", "militants stormed a border post" are fought
// with guns, "a mob attacked shops" with hands and what it finds. Left out
// are a trigger that codes an attack only with a weapon named
// ("launched"), so that "launched talks" stays no attack; the words of a
// blow that may come from afar ("hit the terminal", "struck a depot"); and
// a state's army or the state itself, whose attack told bare ("Russian
// forces attacked the city") may as well come from the air or from guns
// far off. Nor is a guess made when the sentence's next act says what was
// done ("ambushed a patrol and shelled the base", "raided the house and
// detained him"): the attack told bare is then the same raid, told again
// with its means or its purpose.
func (c *Coder) attackerTells(cd *candidate) bool {
	if cd.e.has(flagWeapon) {
		return false
	}
	if st := cd.st; cd.next > cd.j && cd.next < len(st.low) {
		es, _ := c.lex.match(st.low, cd.next)
		for _, e := range es {
			m := e.mode
			if m == "-" || m == "" {
				m = c.lex.cameo[e.cameo].mode
			}
			if e.has(flagViolent) && m != "" || c.lex.cameo[e.cameo].plover == "COERCE" {
				return false
			}
		}
	}
	for k := cd.i; k < cd.j && k < len(cd.st.low); k++ {
		if remoteBlows.has(cd.st.low[k]) {
			return false
		}
	}
	for _, m := range cd.src {
		if a := m.actor; isState(a) && (a.Sector == "" || a.Sector == "MIL" || a.Sector == "GOV") {
			return false
		}
	}
	return true
}

// remoteBlows are the trigger words of a blow that may be struck from afar.
var remoteBlows = filtered(wordSet("hit", "hits", "hitting", "struck", "strike", "strikes", "striking",
	"target", "targets", "targeted", "targeting", "targetted", "targetting"))
