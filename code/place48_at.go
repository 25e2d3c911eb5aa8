package code

// The scene an "at" phrase gives the act, past a place that only
// describes its object: "police detained the mayor, the governor of the
// Zenda region, at Strelsau airport" happened at the airport, and "handed
// over two men wanted for robberies in the Zenda hills to officials at
// Strelsau port" at the port.

// place48AtScene returns the place an "at" introduces later in the
// trigger's clause when pick, the first place after the trigger, sits in
// a phrase that describes the trigger's object (past a comma, a past
// participle or a relative pronoun) and no finite verb stands between the
// two. It returns pick otherwise.
func place48AtScene(cd *candidate, roles []placeRole, pick *placeRef) *placeRef {
	st := cd.st
	if pick == nil || pick.i < cd.j || prepBefore(st, pick.i) == "at" || !place48Describes(st, cd.j, pick.i) {
		return pick
	}
	cl, next := st.clause[cd.i], place46NextAct(cd)
	// "wanted for kidnappings in Zenda": a trigger inside the describing
	// phrase does not end the act's span.
	if next < pick.j {
		next = len(st.low)
	}
	for n := range st.places {
		q := &st.places[n]
		if q.i < pick.j || q.i >= next || roles[n] != roleWhere || st.clause[q.i] != cl || coarse(q.place.Precision) {
			continue
		}
		if prepBefore(st, q.i) != "at" || place48FiniteVerb(st, pick.j, q.i) {
			return pick
		}
		return q
	}
	return pick
}

// place48Describes reports whether the words [from, to) open a phrase
// that describes a noun rather than continue the verb: a comma, a past
// participle ("wanted for", "abducted during") or a relative pronoun.
func place48Describes(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		switch st.low[k] {
		case ",", "who", "whom", "which", "that":
			return true
		}
		// "men wanted for": a participle the tagger may read as a past
		// tense, right after the object noun.
		if t := st.toks[k].tag; t == "VBN" || t == "VBD" && k > from && isNounTag(st.toks[k-1].tag) {
			return true
		}
	}
	return false
}

// place48FiniteVerb reports whether a verb with a tense stands among the
// words [from, to): a new clause, whose places are its own.
func place48FiniteVerb(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		if finiteAt(st, k) {
			return true
		}
	}
	return false
}
