package code

// Issue 3, round toll53: "the number of dead" may name whose dead before
// its figure: "put the number of dead attackers at 50", "put the number
// of wounded villagers at 30". The figure after "at" or "to" counts them
// as it counts "the number of dead at 50", which alone was read before
// (a plural noun before "at" made the figure part of a noun phrase, as
// in "soldiers from two units"); a rise ("the number of civilians killed
// rose to 12") was already read through numberOf. Dev: the one such toll
// (wire39-031, "put the number of dead attackers at 'over 50'") is the
// gold's toll of the fight the sentence tells.

// toll53NumberAt returns the field the count at token i gives when it
// closes "the number of <people> <killed> at/to" or "the number of
// <dead> <people> at/to", with at most two words for the people, or "".
func toll53NumberAt(st *sent, i int) string {
	at := i - 1
	if at > 0 && quoteMarks.has(st.low[at]) {
		at-- // "at 'over 50'"
	}
	if at < 4 || st.low[at] != "at" && st.low[at] != "to" {
		return ""
	}
	for k := at - 3; k >= 0 && k >= at-5; k-- {
		if st.low[k] != "number" {
			continue
		}
		f := numberOf(st, k)
		if f == "" {
			return ""
		}
		for n := k + 2; n < at; n++ {
			if t := st.toks[n].tag; t != "NN" && t != "NNS" && t != "JJ" && t != "VBN" && t != "VBD" {
				return ""
			}
		}
		return f
	}
	return ""
}
