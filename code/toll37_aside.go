package code

// A count inside an aside naming some of the dead is part of the toll
// before it, wherever it stands in the aside: in "Nine people, among them
// a teacher and two rangers, were killed" the two rangers are among the
// nine, not two more. (subsetAside reads the aside's first count.)

// toll37InAside reports whether the count at token i stands inside an
// aside opened by ", among them", ", among whom" or ", including" after a
// noun, with no comma between the opener and the count.
func toll37InAside(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		switch st.low[k] {
		case ",", ";", ".":
			return false
		case "including":
			return st.low[k-1] == ","
		case "them", "whom":
			return k >= 2 && st.low[k-1] == "among" && st.low[k-2] == ","
		}
	}
	return false
}
