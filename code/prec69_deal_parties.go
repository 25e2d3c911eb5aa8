package code

// An agreement named with both its parties (prec69): "left the towns under
// a deal between Hayat Tahrir al-Sham and Damascus", "Under the accord
// signed in Doha on Saturday by the US envoy and the Taliban's deputy
// leader, troops are to leave". A deal an act is done under is most often
// one told before ("under the deal brokered by Moscow"); one whose two
// parties are named as it is named is told here for the first time, and
// is news of its own.

// prec69DealMadeVerbs are the participles that tell a deal made, before
// the "by" that names its makers.
var prec69DealMadeVerbs = filtered(wordSet("signed", "reached", "struck", "concluded", "agreed", "sealed"))

// prec69DealParties reports whether the words from j, right after an
// agreement noun, name its two parties: "between X and Y", or a
// participle of making a deal whose "by" names X and Y.
func prec69DealParties(st *sent, j int) bool {
	a, _ := prec69DealPartyPair(st, j)
	return a != nil
}

// prec69DealPartyPair returns the two parties prec69DealParties finds,
// or nil, nil.
func prec69DealPartyPair(st *sent, j int) (a, b *mention) {
	if j >= len(st.low) {
		return nil, nil
	}
	start := -1
	switch {
	case st.low[j] == "between":
		start = j + 1
	case prec69DealMadeVerbs.has(st.low[j]):
		for k := j + 1; k < len(st.low) && k <= j+8; k++ {
			if st.low[k] == "by" {
				start = k + 1
				break
			}
			if st.low[k] == ";" || st.low[k] == "that" || st.low[k] == "which" {
				return nil, nil
			}
		}
	}
	if start < 0 {
		return nil, nil
	}
	first := prec69PartyAt(st, start, start+3)
	if first == nil {
		return nil, nil
	}
	for k := first.j; k < len(st.low) && k <= first.j+8; k++ {
		if st.low[k] == "and" {
			if second := prec69PartyAt(st, k+1, k+4); second != nil {
				return first, second
			}
			return nil, nil
		}
		if st.low[k] == ";" || st.low[k] == "." {
			return nil, nil
		}
	}
	return nil, nil
}

// prec69PartyAt returns the first actor (not a place) named from k up to
// end, or nil.
func prec69PartyAt(st *sent, k, end int) *mention {
	for ; k < len(st.low) && k <= end; k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			return m
		}
	}
	return nil
}
