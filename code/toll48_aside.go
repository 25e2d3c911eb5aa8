package code

// Issue 3, round toll48: a toll told before a "when" or "as" clause that
// names the riot may carry an aside on who was among the hurt or the dead:
// "one man was shot dead and some 60 people, most of them officers, were
// hurt as protesters clashed with police". The aside ("most of them
// officers", "among them a nurse", "including two children") names part
// of the people already counted, so it is no clause break: both tolls are
// still the riot's.

// toll48WhenReach is how many words (asides not counted) may stand
// between a toll's passive verb and the "when" or "as" that opens the
// riot's clause.
const toll48WhenReach = 8

// toll48WhenAfter returns the "when" or "as" that opens a clause within
// toll48WhenReach words after token from, stepping over asides on who
// was among a toll (asideEnd), or -1 when a comma, semicolon or agent
// "by" comes first.
func toll48WhenAfter(st *sent, from int) int {
	words := 0
	for k := from; k < len(st.low) && words <= toll48WhenReach; k++ {
		switch st.low[k] {
		case "when", "as":
			return k
		case ",":
			if c := asideEnd(st, k); c > k && k > from {
				k = c
				continue
			}
			return -1
		case ";", "by":
			return -1
		}
		words++
	}
	return -1
}

// toll48AsideWords returns how many tokens between from and to stand in
// asides on who was among a toll (asideEnd), commas included, so that a
// distance measured across them counts the words of the clause alone.
func toll48AsideWords(st *sent, from, to int) int {
	n := 0
	for k := from + 1; k < to && k < len(st.low); k++ {
		if st.low[k] != "," {
			continue
		}
		if c := asideEnd(st, k); c > k && c < to {
			n += c - k + 1
			k = c
		}
	}
	return n
}
