package code

// roles_s59: a teller before a reported clause is not the head a
// preposition's object hangs from. "Villagers said on Sunday that
// soldiers from an army column had burned the school": the soldiers (and
// the column they came from) did it, not the villagers who tell it.

// s59TellerBefore reports whether the actor p speaks a report whose clause
// opens with another actor before the preposition at k: a speech verb
// follows p, and the first actor after it, with no verb between, is a
// named or common noun (not "it", which is the teller again) that ends
// before k. "Moscow said troops at its base were ready": troops the
// teller owns are the teller's, so it keeps them.
func (st *sent) s59TellerBefore(p *mention, k int) bool {
	for s := p.j; s < k; s++ {
		if !speechVerbs.has(st.low[s]) && !reportVerbs.has(st.low[s]) {
			continue
		}
		q := st.s59FirstAfter(s)
		if q == nil || q.kind == "anaphor" || q.kind == "pronoun" || q.place || q.j > k || verbBetween(st, s+1, q.i) || s59PronounIn(st, s+1, q.i) {
			return false
		}
		return k+1 >= len(st.low) || !s59OwnerPronouns.has(st.low[k+1])
	}
	return false
}

// s59FirstAfter returns the first mention that starts after token s.
func (st *sent) s59FirstAfter(s int) *mention {
	var q *mention
	for n := range st.mentions {
		p := &st.mentions[n]
		if p.i > s && (q == nil || p.i < q.i) {
			q = p
		}
	}
	return q
}

// s59OwnerPronouns, after a preposition, make its object the teller's.
var s59OwnerPronouns = filtered(map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true})

// s59PronounIn reports whether a personal pronoun lies in tokens [from,
// to): "North Korea said it would send troops to the border" has the
// teller as the reported clause's subject.
func s59PronounIn(st *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if st.toks[k].tag == "PRP" {
			return true
		}
	}
	return false
}
