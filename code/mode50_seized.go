package code

import "github.com/truce-project/truce"

// mode50SeizedPerson recodes as an arrest (CAMEO 173) a verb that takes
// ground ("seized", "captured") when the state's own forces take a person
// with it: "special forces seized the president at the palace", "soldiers
// captured the cartel boss in a raid". What they take is a person, not a
// town, and a state taking a person holds them: an arrest (ACLED Arrests),
// as a commander or an official captured is already told by the ACLED
// territory rule. Armed groups that take people abduct them
// (seizedAsAbduction); a coup's "seized power" is no capture.
func (c *Coder) mode50SeizedPerson(ev *truce.Event, e *entry, cd *candidate) {
	st := cd.st
	if st == nil || !e.has(flagTerritory) || cd.j-cd.i != 1 || !takenVerbs.has(st.low[cd.i]) || st.isPassive(cd.i) {
		return
	}
	if ev.Type != truce.Assault && !(ev.Type == truce.Coerce && ev.Mode == "seize") {
		return
	}
	if len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	for _, a := range ev.Source {
		if a.Sector != "MIL" && a.Sector != "COP" && a.Sector != "SPY" || !stateForce(a) {
			return
		}
	}
	if !mode50PersonObject(st, cd.j) {
		return
	}
	if c.recode(ev, "173") {
		ev.ACLEDType, ev.ACLEDSubtype = acledStrategic, subArrests
	}
}

// mode50PersonObject reports whether the verb's object, starting at k,
// is a person: a named person, right after the verb or past a title or a
// possessive ("seized Guinea's President Alpha Conde"), with no
// preposition or comma between. A person's place ("seized the
// president's residence") is ground: the name must end the object.
func mode50PersonObject(st *sent, k int) bool {
	for n := k; n < len(st.low) && n < k+4 && st.clause[n] == st.clause[k]; n++ {
		m := st.mentionAt(n)
		if m == nil {
			// A figure ("the rebel commander") or a name the
			// dictionary lacks ("captured Ovidio Guzman, a son of …").
			if capturedFigures.has(st.low[n]) || mode50UnknownName(st, n) {
				return n+1 >= len(st.low) || st.toks[n+1].tag != "POS" && st.low[n+1] != "'s"
			}
			switch st.toks[n].tag {
			case "DT", "JJ", "NN", "NNP", "POS":
				continue
			}
			return false
		}
		if m.kind != "person" || m.place {
			n = m.j - 1
			continue
		}
		// The person ends the object: "the president's palace" is not.
		if m.j < len(st.low) && (st.toks[m.j].tag == "POS" || st.low[m.j] == "'s") {
			return false
		}
		return true
	}
	return false
}

// mode50UnknownName reports whether a first and a last name the
// dictionary lacks stand at k: two capitalised words, neither a place,
// then the comma of an appositive ("captured Ovidio Guzman, a son of …").
// The event must have found its target as well (mode50SeizedPerson).
func mode50UnknownName(st *sent, k int) bool {
	if k+1 >= len(st.low) || st.toks[k].tag != "NNP" || st.toks[k+1].tag != "NNP" || st.mentionAt(k+1) != nil {
		return false
	}
	return k+2 < len(st.low) && st.low[k+2] == ","
}
