package code

// A hit told in a relative clause on the weapons of an attack: "fired
// two rockets at the town, one of which struck a school and killed four
// pupils". The clause tells what one of the weapons did, so its hit and
// its toll belong to the attack the weapons were fired in.

// weaponRelativeAttack returns the earlier violent trigger of the
// sentence whose weapons a "one of which", "two of which" or "some of
// which" clause holding cd tells about, or nil.
func weaponRelativeAttack(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if !cd.e.has(flagViolent) || cd.e.pos != 'V' {
		return nil
	}
	w := -1
	for k := cd.i - 1; k >= 3 && k >= cd.i-12; k-- {
		switch st.low[k] {
		case ",", ";", ".", "that", "who":
			return nil
		case "which":
			if st.low[k-1] == "of" && partWords(st.low[k-2]) && st.low[k-3] == "," {
				w = k - 3
			}
		}
		if w >= 0 {
			break
		}
	}
	if w < 0 {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.st == st && p.i < w && p.e.has(flagViolent) && !p.folded {
			return p
		}
	}
	return nil
}

// partWords name some of a set: "one of which", "two of which", "some
// of which".
func partWords(w string) bool {
	return isFigureOrWord(w) || w == "some" || w == "several" || w == "most" || w == "all"
}
