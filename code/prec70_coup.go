package code

import "github.com/truce-project/truce"

// prec70: a coup told by two verbs, the seizure of power and the arrest of
// the leader ousted ("soldiers seized power and detained the president",
// "the guard took power in the capital, arresting the prime minister").
// Annotators record one event, the coup, on the arrest that names who was
// overthrown; the seizure of power alone names no one and is the same act
// read twice. It is dropped only when the arrest was built as an event, so
// a coup whose captive the coder cannot name still yields one.

// prec70PowerVerbs are the verbs that, with "power" as object, tell a coup.
var prec70PowerVerbs = filtered(wordSet("seized", "seize", "seizes", "seizing", "took", "take", "takes", "taking", "taken", "grabbed", "grabbing", "grab"))

// prec70CoupArrest folds the seizure of power that a coordinated arrest
// of the same clause tells again.
func (c *Coder) prec70CoupArrest(st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Coerce || cd.ev.Mode == "arrest" {
			continue
		}
		p := prec70PowerObject(st, cd)
		if p < 0 {
			continue
		}
		if arr := prec70ArrestAfter(st, built, p+1); arr != nil {
			cd.folded = true
			c.trace(st, cd, "power seized by the side whose arrest of the ousted leader the clause tells next (\"seized power and detained the president\"): one coup, read once")
		}
	}
}

// prec70PowerObject returns the token of "power" that cd's trigger, a verb
// of seizing, takes as its object, or -1.
func prec70PowerObject(st *sent, cd *candidate) int {
	if !prec70PowerVerbs.has(st.low[cd.i]) {
		return -1
	}
	for k := cd.i + 1; k <= cd.j && k < len(st.low); k++ {
		if st.low[k] == "power" {
			return k
		}
	}
	if cd.j < len(st.low) && st.low[cd.j] == "power" {
		return cd.j
	}
	return -1
}

// prec70ArrestAfter returns the arrest, built as an event with a target,
// that the clause of a seizure of power ending before token from goes on
// to tell, joined by "and" or a comma: "seized power in Bamako and
// detained the interim president". A new subject, a relative pronoun or
// another finite verb ends the search.
func prec70ArrestAfter(st *sent, built []*candidate, from int) *candidate {
	joined := false
	for k := from; k < len(st.low) && k < from+12; k++ {
		switch st.low[k] {
		case "and", ",":
			joined = true
			continue
		case ";", ".", ":", "but", "which", "who", "that", "after", "before", "when", "while", "as":
			return nil
		}
		for _, o := range built {
			if o.i == k && !o.folded && o.ev.Type == truce.Coerce && o.ev.Mode == "arrest" && (len(o.tgt) > 0 || len(o.ev.Target) > 0) {
				if joined {
					return o
				}
				return nil
			}
		}
		if finiteVerb(st.toks[k].tag) && st.mentionAt(k) == nil {
			return nil
		}
	}
	return nil
}
