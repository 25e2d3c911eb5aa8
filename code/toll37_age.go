package code

// An age set off by commas after a person is no count of the dead:
// "Ahmed Khalil, 19, was shot dead" killed one, not nineteen, and
// "protests broke out after Jina Amini, 22, died in custody" counts no
// 22 dead.

// toll37AgeAside reports whether the figure at token i is a person's age
// told as an aside: a bare number of one to three digits between commas,
// right after a name or a noun for a person ("a farmer, 45, was killed"),
// and not opening a part of a toll ("30 people, 12 of them children").
func toll37AgeAside(st *sent, i int) bool {
	if i < 2 || i+1 >= len(st.low) || st.low[i-1] != "," || st.low[i+1] != "," {
		return false
	}
	w := st.low[i]
	if len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	prev := st.toks[i-2].tag
	if prev != "NNP" && prev != "NN" {
		return false
	}
	// "On May 5, 2024, …" and "Route 9, …" are told by what precedes them;
	// a person is named or named by a role.
	if months.has(st.toks[i-2].text) {
		return false
	}
	return true
}

// toll37PastAge returns, when an age aside opens at the comma at token k
// ("Tomas Perez[, 41,] and his son"), the comma that closes it, so that a
// list of the dead goes on past the age; else k.
func toll37PastAge(st *sent, k int) int {
	if k+2 < len(st.low) && st.low[k] == "," && toll37AgeAside(st, k+1) {
		return k + 2
	}
	return k
}
