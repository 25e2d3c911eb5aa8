package code

// How far a negation reaches when it stands in a clause the trigger is
// not part of: a relative aside on the subject, or the phrase of a
// "without" that a conjunction closes.

// asideOpeners open a relative aside after a comma: "Serbia, which
// does not recognise Kosovo, criticised …".
var asideOpeners = filtered(wordSet("which", "who", "whose", "whom"))

// negationOutOfReach reports whether the negation at neg, before the
// trigger at i, belongs to a clause the trigger is not in:
//   - a relative aside set off by commas and closed before the trigger:
//     "Serbia, which does not recognise its former province, criticised
//     the move";
//   - the phrase of "without", which a conjunction or a comma closes:
//     "had entered the shoal without permission and urged Manila to
//     withdraw".
func negationOutOfReach(st *sent, neg, i int) bool {
	if neg >= i {
		return false
	}
	if st.low[neg] == "without" {
		for k := neg + 1; k < i; k++ {
			switch st.low[k] {
			case "and", "but", ",", ";":
				return true
			}
		}
		return false
	}
	open := -1
	for k := neg - 1; k >= 1 && k >= neg-4; k-- {
		if asideOpeners.has(st.low[k]) && st.low[k-1] == "," {
			open = k
			break
		}
		if st.low[k] == "," {
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := neg + 1; k < i; k++ {
		if st.low[k] == "," {
			return true
		}
	}
	return false
}
