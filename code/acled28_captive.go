package code

// ACLED rule for people taken, told by a passive or a reduced relative,
// where the verb that takes ground ("seized", "captured") has a person,
// not a place, as what is taken.

// peopleTaken: what a territory verb takes is people when they stand
// before it as its passive subject ("the district chief was seized by
// gunmen as he left his office", "two nurses were captured near the
// clinic") or as the noun it qualifies ("the rebels are holding three
// policemen captured last week"): an abduction, not ground changing
// hands. The state that takes its own country's people arrests them, as
// territory does for figures it captures; ground as the passive subject
// ("the town was captured by rebels") stays territory.
func peopleTaken(x *acx) bool {
	if !x.e.has(flagTerritory) || x.i < 1 || x.j-x.i != 1 || !takenVerbs.has(x.st.low[x.i]) {
		return false
	}
	if !x.passiveOfPeople() && !x.relativeOfPeople() {
		return false
	}
	if len(x.ev.Source) > 0 && stateForce(x.ev.Source[0]) && x.ev.Source[0].Country != "" &&
		x.ev.Location != nil && x.ev.Source[0].Country == x.ev.Location.Country && !disappeared(x.st) {
		return x.set(acledStrategic, subArrests)
	}
	return x.set(acledCivilians, subAbduction)
}

// takenVerbs are the one-word territory verbs that also take people.
var takenVerbs = filtered(wordSet("seized", "captured", "taken", "snatched", "grabbed"))

// passiveOfPeople reports whether the trigger is a passive ("was seized
// by") whose subject, the nearest noun before the auxiliary past an
// appositive between commas, tells people: a person the text names, or a
// noun for people. "Were taken to hospital" and "taken into custody" are
// not a capture of this kind.
func (x *acx) passiveOfPeople() bool {
	st := x.st
	aux := x.i - 1
	if !takenAux.has(st.low[aux]) || x.j < len(st.low) && (st.low[x.j] == "to" || st.low[x.j] == "into") {
		return false
	}
	k := aux - 1
	for k >= 0 && (takenAux.has(st.low[k]) || st.low[k] == "had" || st.low[k] == "have" || st.low[k] == "has") {
		k--
	}
	if k >= 0 && st.low[k] == "," {
		// An appositive tells what the subject is: "Ivan Petrov, the
		// mayor of the city, was seized", "Ana Ruiz, who runs the
		// clinic, was taken".
		end := k
		for k--; k >= 0 && st.low[k] != ","; k-- {
		}
		if k >= 0 {
			if people, ok := peopleOrGround(st, k+1, end); ok {
				return people
			}
		}
		k--
	}
	for end := k - 4; k >= 0 && k >= end; k-- {
		w := st.low[k]
		switch {
		case groundWords.has(w) || st.placeAt(k) || w == "which" || w == ",":
			return false
		case takenPeople(w):
			return true
		}
		if m := st.mentionAt(k); m != nil && m.kind == "person" {
			return true
		}
	}
	return false
}

// peopleOrGround reads the words [from, to) for the first that tells
// people ("who", a noun for people, a person named) or ground ("which", a
// place, a town); ok is false when none does.
func peopleOrGround(st *sent, from, to int) (people, ok bool) {
	for k := from; k < to; k++ {
		w := st.low[k]
		switch {
		case w == "who" || takenPeople(w):
			return true, true
		case w == "which" || groundWords.has(w) || st.placeAt(k):
			return false, true
		}
		if m := st.mentionAt(k); m != nil && m.kind == "person" {
			return true, true
		}
	}
	return false, false
}

// takenAux come before a passive participle.
var takenAux = filtered(wordSet("was", "were", "been", "being", "is", "are"))

// relativeOfPeople reports whether the trigger qualifies the people noun
// just before it and takes no object after it: "three policemen captured
// last week", "the soldiers seized in the raid"; "soldiers seized the
// town" has an object and is the soldiers' act.
func (x *acx) relativeOfPeople() bool {
	st := x.st
	if !takenPeople(st.low[x.i-1]) {
		return false
	}
	return x.j >= len(st.low) || afterTakenWords.has(st.low[x.j])
}

// afterTakenWords can follow a participle that has no object: a time, a
// place, an agent, the sentence's end. "And" or a comma may open a list
// of the doers' own acts ("soldiers captured and killed two gunmen").
var afterTakenWords = filtered(wordSet("last", "earlier", "this", "on", "in", "near", "at", "during", "from", "by", "after", "while",
	"when", "since", "yesterday", ".", ";"))

// takenPeople reports whether w is a noun for people who can be taken:
// civilians, figures or members of a force.
func takenPeople(w string) bool {
	return seizedPeople.has(w) || capturedFigures.has(w) || takenMembers.has(w)
}

// takenMembers are members of a force or a crew, taken one by one.
var takenMembers = filtered(wordSet("soldier", "soldiers", "policeman", "policemen", "officer", "officers", "guards", "guard",
	"crew", "sailors", "seamen", "contractors", "engineers", "nurses", "doctors", "teachers", "priest", "priests",
	"reporter", "reporters", "aid", "staff", "employees", "deputy", "councillor", "councillors"))
