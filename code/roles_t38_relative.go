package code

// An act told in a relative clause whose head is the one acted on: "Jorge
// Glas, who had been granted asylum by Mexico", "Pedro Castillo, to whom
// Mexico has given asylum", "a journalist who was detained in Beijing".
// The clause's head, named before "who" or "to whom", is the act's target
// when the clause names no other.

// t38RelativeHead gives cd the head of the relative clause its trigger
// stands in, when the clause is passive ("who had been granted") or
// opens on "whom" ("to whom Mexico has given"), and cd has no target of
// its own in the clause.
func (st *sent) t38RelativeHead(cd *candidate) {
	for _, t := range cd.tgt {
		if st.holds(t) && t.i >= cd.j && st.clause[t.i] == st.clause[cd.i] {
			return
		}
	}
	w := st.t38RelativeOpener(cd.i)
	if w < 0 {
		return
	}
	passive := st.low[w] != "who"
	if !passive {
		// "who had been granted", "who was detained": passive from
		// "who" to the trigger.
		for k := w + 1; k <= cd.i && k < len(st.low); k++ {
			if st.low[k] == "been" || st.low[k] == "was" || st.low[k] == "were" {
				passive = true
			}
		}
		if !passive || !st.isPassive(cd.i) && st.toks[cd.i].tag != "VBN" {
			return
		}
	}
	k := w - 1
	if st.low[w] == "whom" && k >= 0 && st.low[k] == "to" {
		k--
	}
	if k >= 0 && st.low[k] == "," {
		k--
	}
	// "former vice-president Jorge Glas, who": a name the dictionary does
	// not know, after the title that names its holder.
	for k > 0 && st.mentionAt(k) == nil && st.toks[k].tag == "NNP" && k >= w-4 {
		k--
	}
	h := st.mentionAt(k)
	if h == nil || h.place || h.j != k+1 {
		return
	}
	for _, s := range cd.src {
		if sharesMention([]*mention{h}, []*mention{s}) {
			return
		}
	}
	cd.tgt = st.coordinated(h)
}

// t38RelativeOpener returns the token of "who" or "whom" that opens the
// relative clause holding token i, with no other clause boundary or
// finite verb of another clause between, or -1.
func (st *sent) t38RelativeOpener(i int) int {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		switch st.low[k] {
		case "who", "whom":
			return k
		case ",", ";", ".", "and", "but", "that", "which":
			return -1
		}
	}
	return -1
}
