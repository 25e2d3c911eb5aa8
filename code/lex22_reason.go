package code

import "github.com/truce-project/truce"

// The wrong a measure answers: "expelled the envoy, saying he had
// interfered in internal affairs", "cut its embassy staff, citing hostile
// actions". The participle's trigger rows (CAMEO 112, opening with
// "saying" or "citing") make an accusation only after a measure coded
// earlier in the sentence, and take that measure's sides.

// reasonWords open the participle that gives a measure's reason.
var reasonWords = filtered(wordSet("saying", "citing"))

// reasonClause reports whether the candidate is an accusation told as the
// reason for a measure: a reason word just after a comma.
func reasonClause(st *sent, cd *candidate) bool {
	return cd.e.cameo == "112" && reasonWords.has(st.low[cd.i]) && cd.i > 0 && st.low[cd.i-1] == ","
}

// reasonedMeasure is the measure coded earlier in the sentence whose
// reason the candidate gives, or nil: a sanction or coercion ending
// before the comma.
func reasonedMeasure(d *doc, st *sent, cd *candidate) *candidate {
	return d.earlierInSentence(st, cd, truce.Sanction, truce.Coerce)
}

// measureReason screens a reason participle with no measure before it:
// ", saying debates among parties were undermining the fight" after an
// act not coded tells no accusation of its own.
func (b *building) measureReason() string {
	if !reasonClause(b.st, b.cd) {
		return ""
	}
	if reasonedMeasure(b.d, b.st, b.cd) == nil {
		return "a reason given with no measure coded before it (\", saying he had interfered …\")"
	}
	return ""
}

// reasonSides gives a reason participle the measure's sides: who took the
// measure accuses whom it was taken against.
func (b *building) reasonSides() {
	cd, st, d := b.cd, b.st, b.d
	if !reasonClause(st, cd) {
		return
	}
	m := reasonedMeasure(d, st, cd)
	if m == nil || len(m.ev.Source) == 0 || len(m.ev.Target) == 0 {
		return
	}
	cd.ev.Source = append([]truce.Actor{}, m.ev.Source...)
	cd.ev.Target = append([]truce.Actor{}, m.ev.Target...)
	cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
}
