package code

import "strings"

// operationVerbs open an armed operation or a use of force whose doer
// also did the harm a passive in the same sentence tells without an
// agent: "troops launched an operation …, and officials said eight
// militants had been killed".
var operationVerbs = filtered(wordSet("launched", "stormed", "raided", "attacked", "ambushed",
	"shelled", "bombed", "overran", "dispersed", "opened", "broke"))

// operationAgent returns the doer of an armed operation told in the same
// sentence as the passive harm ending at token j, when the passive names
// no agent:
//
//   - "Troops launched an offensive in the district on Monday, and the
//     ministry said six fighters had been killed": the troops, in a clause
//     before the harm;
//   - "A boy was shot dead on Friday as police broke up a march": the
//     police, in an "as" or "when" clause after it.
//
// A verb told after the harm in any other way ("were killed, and police
// later raided the camp") is a response, not the harm, so it gives none;
// nor does an operation whose doers are the victims ("attackers stormed
// the base before they were shot dead"), nor one a speaker of another
// side reports the toll of (speakerSides).
func (st *sent) operationAgent(j int) []*mention {
	victims, recalled := st.passiveVictims(j)
	if recalled {
		return nil
	}
	for k := range st.low {
		if k >= j-1 && k <= j || !operationVerbs.has(st.low[k]) || !strings.HasPrefix(st.toks[k].tag, "VB") || !st.operationAt(k) {
			continue
		}
		if k > j && !st.subordinateAfter(j, k) {
			continue
		}
		if k < j && st.causeBetween(k, j) {
			continue
		}
		s := st.subject(k)
		if len(s) == 0 || s[0].place || s[0].kind == "pronoun" || s[0].kind == "anaphor" || sharesMention(s, victims) || victimsAreDoers(s, victims) {
			continue
		}
		if k < j && !st.speakerSides(k, j, s) {
			continue
		}
		return s
	}
	return nil
}

// speakerSides reports whether a speaker who reports the harm ending at j,
// after the operation verb at k, is on the doers' side: in "troops
// launched an offensive, and the ministry said six fighters had been
// killed" the state reports its own operation. In "protesters stormed the
// town hall, and police said dozens had been killed" the police report a
// toll the protesters did not inflict. With no speaker, the doers stand.
func (st *sent) speakerSides(k, j int, doers []*mention) bool {
	for r := j - 1; r > k; r-- {
		if !reportVerbs.has(st.low[r]) && st.low[r] != "adding" || !strings.HasPrefix(st.toks[r].tag, "VB") {
			continue
		}
		sp := st.subject(r)
		if len(sp) == 0 {
			return true
		}
		a, d := sp[0].actor, doers[0].actor
		if a.ID != "" && a.ID == d.ID {
			return true
		}
		return stateSectors.has(a.Sector) && stateSectors.has(d.Sector) && (a.Country == d.Country || a.Country == "" || d.Country == "")
	}
	return true
}

// operationAt reports whether the verb at k opens an operation: "launched
// an offensive", "opened fire", "broke up a rally", or an attack verb
// with its object.
func (st *sent) operationAt(k int) bool {
	next := ""
	if k+1 < len(st.low) {
		next = st.low[k+1]
	}
	switch st.low[k] {
	case "opened":
		return next == "fire"
	case "broke":
		return next == "up"
	case "launched":
		for n := k + 1; n < len(st.low) && n <= k+8; n++ {
			switch st.low[n] {
			case "operation", "offensive", "raid", "assault", "attack", "crackdown", "sweep", "operations", "raids", "attacks":
				return true
			case ",", ";":
				return false
			}
		}
		return false
	}
	return true
}

// subordinateAfter reports whether the clause of the verb at k, after the
// passive harm ending at j, opens with "as" or "when" before its subject.
func (st *sent) subordinateAfter(j, k int) bool {
	for n := k - 1; n >= j && n >= k-6; n-- {
		switch st.low[n] {
		case "as", "when":
			return true
		case ",", ";", "and", "after", "before", "because":
			return false
		}
	}
	return false
}

// causeBetween reports whether a word between the verb at k and the
// passive ending at j makes the harm come first: "raided the camp after
// three officers were killed".
func (st *sent) causeBetween(k, j int) bool {
	for n := k + 1; n < j; n++ {
		switch st.low[n] {
		case "after", "because", "since", "following", "avenge", "retaliation", ";":
			return true
		}
	}
	return false
}

// victimsAreDoers reports whether the victims are the same kind of actor
// as the doers ("protesters stormed …, dozens of rioters had been
// killed"). Civilians harmed by a mob of civilians are not the mob.
func victimsAreDoers(doers, victims []*mention) bool {
	for _, v := range victims {
		for _, d := range doers {
			if d.actor.ID != "" && d.actor.ID == v.actor.ID && d.actor.Sector != "CVL" {
				return true
			}
		}
	}
	return false
}

// passiveVictims returns the subject of the passive harm ending at token
// j: the actor just before its "was", "were" or "been". recalled is set
// when a pronoun stands there instead ("before they were shot dead"): it
// recalls someone named before, most often the doers.
func (st *sent) passiveVictims(j int) (victims []*mention, recalled bool) {
	k := j - 1
	for k > 0 && !passiveAux.has(st.low[k]) {
		k--
		if j-k > 5 {
			return nil, false
		}
	}
	for k > 0 && (passiveAux.has(st.low[k]) || st.low[k] == "had" || st.low[k] == "have" || st.low[k] == "has") {
		k--
	}
	if m := st.mentionAt(k); m != nil {
		return st.coordinated(m), m.kind == "pronoun" || m.kind == "anaphor"
	}
	_, ok := subjectPronouns.get(st.low[k])
	return nil, ok
}
