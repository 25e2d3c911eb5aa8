package code

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// People an attack hurt or carried off who died afterwards are its dead
// too, told in a relative clause on them: "wounded at least 38 people,
// [one of whom later died]", "killing one soldier and capturing five
// others [who were later executed]" (six dead). A relative clause on
// people already counted as dead ("three were killed, two of whom were
// children") adds no one.

// toll42LaterDeaths adds to the toll of the violent event told before
// such a relative clause the people it says died later.
func toll42LaterDeaths(st *sent, cands []*candidate, reads []tollRead) {
	for k := 2; k < len(st.low); k++ {
		var c, at int
		switch {
		case st.low[k] == "whom" && st.low[k-1] == "of":
			// "one of whom later died"
			at = k - 2
			c = toll42CountAt(st, at)
		case st.low[k] == "who":
			// "five others who were later executed"
			at = toll42CountBefore(st, k)
			if at >= 0 {
				c = toll42CountAt(st, at)
			}
		default:
			continue
		}
		if c <= 0 || !toll42DiedAfter(st, k+1) || toll42CountedDead(reads, at, st.low[k] == "whom") {
			continue
		}
		cd := toll42AttackBefore(cands, at)
		if cd == nil {
			continue
		}
		if f := cd.ev.Fatalities; f != nil {
			cd.ev.Fatalities = &truce.Count{Min: f.Min + c, Max: f.Max + c}
		} else {
			cd.ev.Fatalities = &truce.Count{Min: c, Max: c}
		}
	}
}

// toll42CountAt returns the number a figure or number word at token k
// gives, or 0.
func toll42CountAt(st *sent, k int) int {
	if k < 0 || !isFigureOrWord(st.low[k]) {
		return 0
	}
	cnt, _, ok := nlp.ParseCount([]string{st.toks[k].text})
	if !ok {
		return 0
	}
	return cnt.Min
}

// toll42CountBefore returns the token of the count that opens the plural
// noun phrase "who" at token k follows ("[five] others who", "[two]
// wounded soldiers who"), or -1.
func toll42CountBefore(st *sent, k int) int {
	if st.toks[k-1].tag != "NNS" && st.low[k-1] != "others" {
		return -1
	}
	for n := k - 2; n >= 0 && n >= k-4; n-- {
		if isFigureOrWord(st.low[n]) {
			return n
		}
		if t := st.toks[n].tag; t != "JJ" && t != "NN" && t != "NNS" && t != "VBN" {
			return -1
		}
	}
	return -1
}

// toll42DiedAfter reports whether the relative clause from token k says
// its people died afterwards: "later died", "died in hospital",
// "succumbed", "were later executed", "were subsequently killed".
func toll42DiedAfter(st *sent, k int) bool {
	for ; k < len(st.low) && (st.toks[k].tag == "RB" || auxiliaries.has(st.low[k])); k++ {
	}
	if k >= len(st.low) {
		return false
	}
	switch st.low[k] {
	case "died", "succumbed", "executed", "killed", "murdered":
		return true
	}
	return false
}

// toll42CountedDead reports whether the people the relative clause at
// the count at token k is on were counted as dead: the clause then tells
// a part of them. The count itself was read as a toll ("three [soldiers]
// were killed, who …"), or, for a part ("two of whom"), the count read
// last before it ("killing six soldiers, two of whom died at the scene").
func toll42CountedDead(reads []tollRead, k int, part bool) bool {
	last := -1
	for n, r := range reads {
		if r.i <= k && k < r.end && r.field == "fatalities" {
			return true
		}
		if r.i < k {
			last = n
		}
	}
	return part && last >= 0 && reads[last].field == "fatalities"
}

// toll42AttackBefore returns the assault told last before token k, one
// that carries people off only when there is no other: "killing one
// soldier and capturing five others who were later executed" adds the
// five to the attack.
func toll42AttackBefore(cands []*candidate, k int) *candidate {
	var best, taking *candidate
	for _, cd := range cands {
		if cd.i >= k || cd.folded || cd.ev.ID == "" || cd.ev.Type != truce.Assault {
			continue
		}
		if cd.ev.Mode == "abduct" {
			taking = cd
		} else {
			best = cd
		}
	}
	if best == nil {
		return taking
	}
	return best
}
