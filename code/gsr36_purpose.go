package code

// gsr36PurposeAux are the words that make a clause after "so that" tell an
// aim rather than a result: a present or bare verb form or a modal ("so that
// imports are banned", "so that rallies be outlawed", "so that police could
// arrest him").
var gsr36PurposeAux = filtered(wordSet("is", "are", "be", "can", "could", "would", "will",
	"may", "might", "should", "shall", "must", "get", "gets"))

// gsr36PurposeClause reports whether cd's trigger stands in a clause of
// purpose opened by "so that" or "in order that": "lobbied parliament to
// change the law so that strikes are banned" tells what the lobby wants
// banned, not a ban. A past form in the clause ("so that the road was
// closed") may tell a result, and is kept.
func gsr36PurposeClause(st *sent, cd *candidate) bool {
	for k := cd.i - 1; k >= 1 && k >= cd.i-8; k-- {
		switch st.low[k] {
		case ",", ";", ":", "said", "says", "but", "was", "were", "had", "has", "have":
			return false
		case "that":
			if st.low[k-1] != "so" && !(k >= 2 && st.low[k-1] == "order" && st.low[k-2] == "in") {
				return false
			}
			// The clause's verb: before the trigger, or after a noun
			// trigger that is its subject ("so that rallies are outlawed").
			for n := k + 1; n < len(st.low) && n < cd.j+3; n++ {
				if st.low[n] == "," || st.low[n] == ";" {
					break
				}
				if gsr36PurposeAux.has(st.low[n]) {
					return true
				}
			}
			return false
		}
	}
	return false
}
