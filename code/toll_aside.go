package code

// A count that is not a new toll: a figure the new one replaces, a range's
// old end, or some picked out of a toll told just before. readTolls asks
// these before it counts.

// staleToll reports whether the count at token i is a figure a new toll
// replaces: "raising an earlier toll of three", "up from 12", "rose from 3
// to 20", "the previous count of 40".
func staleToll(st *sent, i int) bool {
	if i >= 2 && st.low[i-1] == "from" && (st.low[i-2] == "up" || tollRises.has(st.low[i-2])) {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch st.low[k] {
		case "toll", "tolls", "figure", "count", "estimate":
			switch st.low[k-1] {
			case "earlier", "previous", "initial", "original", "preliminary", "old", "first":
				return true
			}
			return false
		}
	}
	return false
}

// fromTo reports whether the count spanning tokens [i, end) after "from"
// reads as a range with "to" ("from 6 to 19"): the old and the new figure.
func fromTo(st *sent, i, end int) bool {
	if i == 0 || st.low[i-1] != "from" {
		return false
	}
	for k := i + 1; k < end; k++ {
		if st.low[k] == "to" {
			return true
		}
	}
	return false
}

// subsetAside reports whether the count at token i names some of a toll
// given just before: "12 people, including [four] children, …", "nine
// soldiers, among them [a] captain, …".
func subsetAside(st *sent, i int) bool {
	if i < 2 {
		return false
	}
	switch {
	case st.low[i-1] == "including" || st.low[i-1] == "among":
		return st.low[i-2] == ","
	case st.low[i-1] == "them" && st.low[i-2] == "among":
		return i >= 3 && st.low[i-3] == ","
	}
	return false
}

// ofThem reports whether "of them" or "of whom" follows token k, so that
// the count before it picks some out of a toll told just before: "five
// soldiers were wounded, [one of whom] lost a leg".
func ofThem(st *sent, k int) bool {
	if k+1 >= len(st.low) || st.low[k] != "of" {
		return false
	}
	switch st.low[k+1] {
	case "them", "whom", "those", "these":
		return true
	}
	return false
}

// countOfThem reports whether a count ending before token k picks some
// out of a toll told just before, "of them" or "of whom" following it. The
// count may have taken the "of" itself: "30 people, [many of] them
// children, died" counts 30, not 10.
func countOfThem(st *sent, k int) bool {
	return ofThem(st, k) || k > 0 && ofThem(st, k-1)
}
