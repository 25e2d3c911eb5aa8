package code

import "strings"

// gsr31ThenJoin reports whether the word at k is a "then" after a comma
// or "and" that joins a second predicate to the subject of the first:
// "accused Kigali of backing the rebels, then suspended its flights",
// "detained her at the airport and then freed her hours later". What
// follows is the subject's next act, not part of what the first verb
// says (newPredicate). A participle that says who led or held something
// at the time ("the army, then led by Sisi") joins nothing.
func gsr31ThenJoin(st *sent, k int) bool {
	if k < 1 || k+1 >= len(st.low) || st.low[k] != "then" || st.low[k-1] != "," && st.low[k-1] != "and" {
		return false
	}
	return k+2 >= len(st.low) || st.low[k+2] != "by"
}

// gsr31ThenSubject returns the subject of a past verb that follows ",
// then": the subject of the finite verb before the comma, whose next act
// it tells ("Mali accused France of spying, then expelled its
// ambassador": Mali expelled him, not France; "police said gunmen shot
// two traders, then torched their shop": the gunmen did). Nil when the
// verb is not so joined.
func (st *sent) gsr31ThenSubject(i int) []*mention {
	if i < 3 || st.toks[i].tag != "VBD" || !gsr31ThenJoin(st, i-1) || st.low[i-2] != "," {
		return nil
	}
	for v := i - 3; v >= 0 && st.clause[v] == st.clause[i-2]; v-- {
		switch st.toks[v].tag {
		case "VBN":
			// "gunmen shot dead two traders": a past the tagger read as a
			// participle, unless it is a passive's.
			if st.isPassive(v) || v == 0 || !strings.HasPrefix(st.toks[v-1].tag, "NN") {
				continue
			}
			return st.subject(v)
		case "VBD", "VBZ", "VBP":
			if speechVerbs.has(st.low[v]) {
				return nil
			}
			return st.subject(v)
		}
	}
	return nil
}
