package code

import "strings"

// One more victim named with no noun of its own: "abducted five villagers
// and killed a sixth", "shot dead a farmer and wounded another". The lone
// "another" or "a sixth" stands for one more of the people the act just
// before was done to, so the later act has that act's target.

// anotherVictimTarget gives a violent trigger whose object is a lone
// "another" or "a" and an ordinal the target of the nearest earlier
// violent trigger of the sentence that has one. It leaves the target as it
// is when the object names someone of its own ("another soldier").
func anotherVictimTarget(cd *candidate, earlier []*candidate) {
	if !cd.e.has(flagViolent) || cd.j >= len(cd.st.low) {
		return
	}
	if _, ok := loneObject(cd.st, cd.j); !ok {
		return
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.st != cd.st || p.j > cd.i {
			continue
		}
		if p.e.has(flagViolent) && len(p.tgt) > 0 {
			cd.tgt = p.tgt
			return
		}
	}
}

// relativeVictim gives a passive killing or wounding whose subject has a
// relative clause ("A farmer who tried to chase the raiders was shot
// dead") the clause's head as its target, not the object inside the
// clause ("the raiders") that the subject finder took.
func relativeVictim(cd *candidate) {
	st := cd.st
	if !cd.e.has(flagViolent) || len(cd.tgt) == 0 || !st.isPassive(cd.i) || cd.tgt[0].i >= cd.i {
		return
	}
	for w := cd.tgt[0].i - 1; w > 0; w-- {
		switch st.low[w] {
		case "who", "whom":
			if h := st.mentionAt(w - 1); h != nil && !h.place {
				cd.tgt = st.coordinated(h)
			}
			return
		case ",", ";", ".", "and":
			return
		}
	}
}

// loneObject reads one more victim named by "another" or by "a" and an
// ordinal as the object of a verb of killing or wounding, with no noun
// after it: "shot dead a trader and wounded [another]", "abducted five
// fishermen and killed [a sixth]". "killed a third of the herd" counts a
// share, and "another soldier" is read as a noun phrase. It returns the
// tokens the phrase spans.
func loneObject(st *sent, i int) (int, bool) {
	n := oneMoreAt(st, i)
	if n == 0 {
		return 0, false
	}
	k := i + n
	if k < len(st.toks) && (st.low[k] == "of" || st.low[k] == "time" || strings.HasPrefix(st.toks[k].tag, "NN") || strings.HasPrefix(st.toks[k].tag, "JJ")) {
		return 0, false
	}
	return n, true
}
