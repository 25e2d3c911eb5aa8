package code

import "strings"

// A trigger whose verb already has an object of its own ("condemned the
// vote", "demanded their release") does not aim at the subject of a later
// clause joined by ", and": in "The embassy condemned the vote as a
// dangerous step, and the European Union warned …" the Union acts on its
// own and is not what was condemned. The search for a target across
// clauses (objectAnywhere) stops there, so that the story's actor (who
// held the vote) can stand in. Acts of protesters and armed sides are left
// alone: the force named in the next clause is their counterpart ("rioters
// torched a police station, and soldiers fired tear gas").

// laterClause reports whether token k, after the trigger ending before
// token j, opens a clause ", and <subject> <verb>" whose actors are not the
// trigger's target, because the trigger already has its own object; or
// such a clause after "and" or a comma alone, or after "while", unless
// its subject answers what the trigger told (roles_t32_while.go).
func (st *sent) laterClause(j, k int) bool {
	if k > j && k+1 < len(st.toks) && contrastJoins.has(st.low[k]) {
		return st.subjectClause(k+1) && !st.answerClause(k+1)
	}
	if k <= j || k+1 >= len(st.toks) || st.low[k] != "and" && st.low[k] != "," {
		return false
	}
	if !st.ownObject(j, k) && !st.endsOnNoun(j) && !st.amountObject(j) {
		return false
	}
	if st.low[k] == "and" && st.low[k-1] == "," {
		return st.subjectClause(k + 1)
	}
	// "Nairobi offered 1,000 officers, the Bahamas pledged personnel",
	// "pledged funds and Germany sent pumps": a list of clauses.
	return st.subjectClause(k+1) && !st.answerClause(k+1)
}

// subjectClause reports whether the words from k form a subject followed by
// a finite verb: an actor after at most a few determiners and modifiers,
// then, past its coordinated names, a verb in the past or present tense or
// a modal: "the European Union warned", "Washington and Brussels urged".
func (st *sent) subjectClause(k int) bool {
	var m *mention
	for n := k; n < len(st.toks) && n <= k+3; n++ {
		if m = st.mentionAt(n); m != nil {
			break
		}
		// ("while neighbouring Iran sent …": a participle modifies
		// the subject.)
		if t := st.toks[n].tag; t != "DT" && !strings.HasPrefix(t, "JJ") && t != "CD" && t != "VBG" && t != "VBN" {
			return false
		}
	}
	if m == nil || m.place && !stateName(m) {
		return false
	}
	// "Saudi Arabia, which leads the coalition, did not …": a relative
	// clause between subject and verb is passed over.
	from := st.whichAside(m.j)
	for n := from; n < len(st.toks) && n <= from+6; n++ {
		switch t := st.toks[n].tag; {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return true
		case t == "," && n+1 < len(st.toks) && st.mentionAt(n+1) != nil:
			// "the Bahamas, Jamaica and Haiti have pledged"
			continue
		case t == "NNP" || t == "NNPS" || t == "CC" || t == "POS" || t == "NN" || t == "NNS" || t == "DT" || strings.HasPrefix(t, "JJ"):
			continue
		default:
			return false
		}
	}
	return false
}

// endsOnNoun reports whether the trigger ending before token j ends on a
// common noun after a verb, its object: "demand their release", "denounced
// the vote as a grave mistake".
func (st *sent) endsOnNoun(j int) bool {
	if j < 2 || j > len(st.toks) {
		return false
	}
	if t := st.toks[j-1].tag; t != "NN" && t != "NNS" {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-8 && st.low[k] != ","; k-- {
		if strings.HasPrefix(st.toks[k].tag, "VB") {
			return true
		}
	}
	return false
}

// crowdSide reports whether the source is protesters, a crowd, an
// opposition or an armed side, whose act's counterpart is often the force
// answering it in the next clause: "militants attacked a cadet college,
// and security forces killed the attackers".
func crowdSide(src []*mention) bool {
	for _, m := range src {
		switch m.actor.Sector {
		case "PRO", "CVL", "OPP", "REB", "MIL", "COP", "CRM", "MLT":
			return true
		}
	}
	return false
}
