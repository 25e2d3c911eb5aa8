package code

// A recipient named in a list: "sent aid to Sudan and Chad", "apologized
// to China and South Korea", "lifted embargoes on sales to Iran, Libya
// and Cuba". The states joined to the first one after "to" are recipients
// too.

// recipientListX51 returns first (the state found right after "to") with
// the states or capitals listed after it: "A and B", "A, B and C". A
// member joined by a comma counts only when an "and" or "or" closes the
// list ("to Kenya, the report said" names one); members must be states or
// capitals themselves ("to Kenya and its people" keeps Kenya alone).
func (st *sent) recipientListX51(first []*mention) []*mention {
	if len(first) != 1 {
		return first
	}
	out, confirmed := first, 1
	for k := first[0].j; k+1 < len(st.low); {
		closing := false
		switch st.low[k] {
		case ",":
			k++
			if st.low[k] == "and" || st.low[k] == "or" {
				closing = true
				k++
			}
		case "and", "or":
			closing = true
			k++
		default:
			return out[:confirmed]
		}
		// "…, Sudan, and, with strings attached, Cuba", "and with
		// strings attached, Cuba": an aside between the "and" and the
		// last member.
		if closing && k < len(st.low) && (st.low[k] == "," || st.toks[k].tag == "IN") {
			k = st.asideEndX51(k)
		}
		if k < len(st.low) && st.low[k] == "the" {
			k++
		}
		x := st.mentionAt(k)
		if x == nil || x.i != k || x.kind != "country" && x.kind != "capital" || x.j < len(st.low) && st.isPossessive(x.j) {
			break
		}
		v := *x
		v.place = false
		out = append(out, &v)
		if closing {
			confirmed = len(out)
		}
		k = x.j
	}
	return out[:confirmed]
}

// asideEndX51 returns the token after the comma that closes an aside
// opened at k (a comma or a preposition), within eight words; else k.
func (st *sent) asideEndX51(k int) int {
	for n := k + 1; n < len(st.low) && n <= k+8; n++ {
		if st.low[n] == "," {
			return n + 1
		}
		if st.mentionAt(n) != nil || verbAt(st, n) && st.toks[n].tag != "VBN" {
			return k
		}
	}
	return k
}
