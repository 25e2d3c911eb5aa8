package code

// Speakers cut off from their report verb by an aside or a relative
// clause: "the army, which has fought there since 2012, said …", "…, a
// police officer who spoke on condition of anonymity said".

// whichAside returns the speaker of the report verb at k, after a comma,
// when a long relative clause on a body stands between the two: "the
// Malian army, which has fought jihadists in the region since 2012, said
// it had set up a camp". The clause opens with "which" after a comma.
func whichAside(st *sent, k int) *mention {
	for c := k - 2; c > 0 && c > k-30; c-- {
		switch {
		case st.low[c] == "," && st.low[c+1] == "which":
			return speakerIn(st, phraseStart(st, c), c)
		case st.low[c] == ";" || quoteMark(st.low[c]):
			return nil
		}
	}
	return nil
}

// relativeReport returns the speaker of a report verb that closes the
// sentence after the trigger at i when a relative clause separates the
// speaker from it: "…, a police officer who spoke on condition of
// anonymity said", "…, a nurse who escaped told reporters".
func relativeReport(st *sent, i int) *mention {
	k := len(st.low) - 1
	for k > i && (st.low[k] == "." || st.low[k] == "on" || st.toks[k].tag == "NNP" && st.mentionAt(k) == nil) {
		k-- // "… said on Sunday."
	}
	k = toldAudience(st, i, k)
	if k <= i || !reportVerbs.has(st.low[k]) {
		return nil
	}
	w := relativeBefore(st, k)
	if w <= i {
		return nil
	}
	// "who" opens a clause of its own, so the phrase is found by words.
	s := w
	for s > i+1 && s > w-6 && st.low[s-1] != "," {
		s--
	}
	if s <= i+1 || st.low[s-1] != "," {
		return nil
	}
	return speakerIn(st, s, w)
}

// relativeBefore returns the "who" that opens a relative clause ending
// just before the report verb at k ("an official who spoke on condition
// of anonymity said"), or -1.
func relativeBefore(st *sent, k int) int {
	for n := k - 1; n > 0 && n >= k-10; n-- {
		switch st.low[n] {
		case "who":
			return n
		case ",", ";", "that":
			return -1
		}
	}
	return -1
}
