package code

import "github.com/truce-project/truce/when"

// findingOwnDates returns, for a trigger that states a finding with its
// content ("determined that the army used chemical weapons last year",
// "concluded that the militia carried out the massacre in 2019"), the
// sentence with only the dates told before the content's "that": a date
// inside the content dates the wrong found, not the finding, which is the
// news. "Last year the inquiry concluded that …" still dates the finding.
// ok is false for any other trigger.
func findingOwnDates(st *sent, cd *candidate) (own *sent, ok bool) {
	if cd.i >= len(st.low) || !findingVerbs.has(st.low[cd.i]) && st.low[cd.i] != "found" {
		return nil, false
	}
	that := -1
	for k := cd.i + 1; k < cd.j && k < len(st.low); k++ {
		if st.low[k] == "that" {
			that = k
			break
		}
	}
	if that < 0 {
		return nil, false
	}
	kept := make([]when.Expr, 0, len(st.dates))
	for _, x := range st.dates {
		if k := st.tokenAtByte(x.Start); k >= 0 && k < that {
			kept = append(kept, x)
		}
	}
	cp := *st
	cp.dates = kept
	return &cp, true
}

// findingDated returns the sentence whose dates may date the trigger: for
// a finding with its content, only those told before the content (see
// findingOwnDates); st itself otherwise.
func findingDated(st *sent, cd *candidate) *sent {
	if own, ok := findingOwnDates(st, cd); ok {
		return own
	}
	return st
}
