package code

// Issue 3, round toll47: an aside on who was among a toll may run longer
// than asideEnd's dozen tokens when it lists people with their offices:
// "Nine other people, among them a candidate for the national assembly
// and two police officers, were wounded". The aside is still a noun list
// (no verb of its own), so the toll word after it counts the people
// before it.

// toll47AsideReach is how far past its opening comma a long aside may
// close.
const toll47AsideReach = 22

// toll47PastAsideWords is how far past a long aside's closing comma the
// toll word may stand: "…, were later wounded".
const toll47PastAsideWords = 5

// toll47LongAsideEnd returns the comma closing an aside that opens at the
// comma at token k (asideEnd has checked its opener) and closes past
// asideEnd's reach, when no verb, clause break or relative stands inside
// it; else -1.
func toll47LongAsideEnd(st *sent, k int) int {
	for n := k + 2; n < len(st.low) && n <= k+toll47AsideReach; n++ {
		switch st.low[n] {
		case ",":
			if n <= k+12 {
				return -1 // within asideEnd's own reach: it said no
			}
			return n
		case ";", ".", "who", "which", "whom", "that", "when", "while", "as":
			return -1
		}
		if tag := st.toks[n].tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
			return -1
		}
	}
	return -1
}
