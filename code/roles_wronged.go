package code

// wrongNouns name a wrong done to a state's rights: "a violation of
// Qatar's sovereignty", "an attack on Polish territory".
var wrongNouns = filtered(map[string]bool{
	"violation": true, "violations": true, "breach": true, "infringement": true,
	"affront": true, "attack": true, "assault": true, "encroachment": true,
})

// rightNouns name what of a state such a wrong is done to.
var rightNouns = filtered(map[string]bool{
	"sovereignty": true, "territory": true, "airspace": true, "soil": true,
	"integrity": true, "independence": true, "territorial": true,
})

// wronged reports whether the mention m is the state a wrong is done to,
// in "a violation of Qatar's sovereignty", "a breach of Iraqi airspace":
// the owner of the right after "of", "on" or "to" and a wrong noun at or
// after token from. ("The expulsion is a violation of Somalia's
// sovereignty, Mogadishu said", where the wrong noun opens the trigger, is
// another matter.)
func (st *sent) wronged(m *mention, from int) bool {
	k := m.j
	if k < len(st.low) && st.isPossessive(k) {
		k++
	}
	if k >= len(st.low) || !rightNouns.has(st.low[k]) || m.i < 2 {
		return false
	}
	p := m.i - 1
	if st.low[p] == "the" && p > 1 {
		p--
	}
	if st.low[p] != "of" && st.low[p] != "on" && st.low[p] != "to" {
		return false
	}
	return p-1 >= from && wrongNouns.has(st.low[p-1])
}

// allWronged reports whether every mention of ms is a wronged state,
// the wrong named at or after token from.
func (st *sent) allWronged(ms []*mention, from int) bool {
	for _, m := range ms {
		if !st.wronged(m, from) {
			return false
		}
	}
	return len(ms) > 0
}
