package code

// A relative clause that ends without a comma, where the main verb of the
// sentence takes over: "Two clans whose feud had claimed five lives since
// March signed a peace pact on Monday". The date belongs to the relative
// clause, not to the signing.

// mainVerbAfterRelative reports whether the relative clause opened at rel
// (who, which, whose, that), which holds its own finite verb before the
// date at k, is followed right after the date by a finite verb at or
// before the trigger i: that verb is the main clause's predicate.
// "The militia whose fighters had held the town since 2019 withdrew on
// Monday": the withdrawal is news.
func mainVerbAfterRelative(st *sent, rel, k, i int) bool {
	own := false
	for n := rel + 1; n < k; n++ {
		if finiteVerb(st.toks[n].tag) || st.toks[n].tag == "MD" {
			own = true
			break
		}
	}
	if !own {
		return false
	}
	// Only the date itself may stand between: in "since Ethiopia signed
	// a deal" the verb is the "since" clause's own.
	end := dateEndAt(st, k)
	if end < 0 && st.low[k] == "since" {
		end = dateEndAt(st, k+1)
	}
	if end < 0 {
		return false
	}
	// A dated noun may follow: "since last year's coup boycotted".
	for n := end + 1; n <= i && n <= end+3; n++ {
		switch t := st.toks[n].tag; {
		case t == "VBD" || t == "VBZ" || t == "VBP":
			return true
		case t == "POS" || t == "NN" || t == "NNS":
		default:
			return false
		}
	}
	return false
}

// dateEndAt returns the last token of the date expression that starts at
// token n, or -1 when none starts there.
func dateEndAt(st *sent, n int) int {
	for _, x := range st.dates {
		if st.tokenAtByte(x.Start) == n {
			return st.tokenAtByte(x.End - 1)
		}
	}
	return -1
}
