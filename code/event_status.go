package code

// Dates and status of an event: the dates that tell the news, clauses of
// background, rumours and conditional threats.

import "github.com/truce-project/truce/when"

// inDate reports whether token i lies inside one of the sentence's date
// expressions: "in March", "March 24".
func inDate(st *sent, i int) bool {
	for _, x := range st.dates {
		if a, b := st.tokenAtByte(x.Start), st.tokenAtByte(x.End-1); a >= 0 && a <= i && i <= b {
			return true
		}
	}
	return false
}

// backgroundClause reports whether token i is in a clause opened by
// "after", "following", "amid", "since" or "as".
func backgroundClause(st *sent, i int) bool {
	for k := i; k >= 0 && st.clause[k] == st.clause[i]; k-- {
		switch st.low[k] {
		case "after", "following", "amid", "since", "as":
			return clauseBreaks.has(st.low[k]) && k > 0
		}
	}
	return false
}

// newsDates returns the sentence's date expressions less those that only
// set a comparison: in "arrived in New Delhi, the most senior trip since
// the group returned to power in 2021" the arrival is not dated 2021.
func newsDates(st *sent) []when.Expr {
	out := make([]when.Expr, 0, len(st.dates))
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k >= 0 && (comparisonSince(st, k) || sinceBefore(st, k)) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// sinceBefore reports whether a "since" clause holds the token at k:
// "since the group returned to power in 2021".
func sinceBefore(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-8 && st.clause[n] == st.clause[k]; n-- {
		if st.low[n] == "since" {
			return true
		}
	}
	return false
}

// conditionalThreat reports whether a trigger is a future act under a
// condition: "will expel … unless", "would strike … if".
func conditionalThreat(st *sent, cd *candidate) bool {
	future := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if st.low[k] == "will" || st.low[k] == "would" || st.low[k] == "'ll" {
			future = true
		}
	}
	if !future && !gsr38MayOnCondition(st, cd) {
		return false
	}
	for k := cd.j; k < len(st.low); k++ {
		if st.low[k] == "unless" || st.low[k] == "if" {
			return true
		}
	}
	return false
}

// rumoured reports whether the trigger at i tells what a rumour says:
// "police dismissed rumours that an opposition legislator had been
// arrested".
func rumoured(st *sent, i int) bool {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if st.low[k] == "that" {
			// "rumours spreading on WhatsApp that …"
			for n := k - 1; n >= 0 && n >= k-5; n-- {
				switch st.low[n] {
				case "rumours", "rumors", "rumour", "rumor", "speculation", "hoax", "misinformation", "disinformation":
					return true
				}
			}
		}
	}
	return false
}

// modalBefore reports whether a modal or a condition stands just before
// the trigger at i in its clause: "could threaten", "if Iran warns".
func modalBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && st.clause[k] == st.clause[i]; k-- {
		switch st.low[k] {
		case "if", "unless", "could", "might", "may", "would", "should":
			return true
		}
	}
	return false
}
