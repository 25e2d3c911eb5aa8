package code

// A count with a partitive of its own in a list of the dead: "23 of its
// fighters and 28 attackers were killed", "five of the guards and two of
// the drivers died". The "of its" or "of the" after the figure picks the
// dead out of a group; the list goes on after the group's noun, and its
// conjuncts are summed as in "23 fighters and 28 attackers".

// toll50PartitiveEnd returns the token after "of" and its determiner when
// token end, right after a figure, opens such a partitive ("[of its]
// fighters"), so that the noun of the group is read as the figure's noun;
// it returns end otherwise. "of them" is read by conjoined itself.
func toll50PartitiveEnd(st *sent, end int) int {
	if end < 1 || end+2 >= len(st.low) || st.low[end] != "of" || st.toks[end-1].tag != "CD" {
		return end
	}
	if w := st.low[end+1]; w == "the" || possessives.has(w) {
		return end + 2
	}
	return end
}
