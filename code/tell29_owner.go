package code

// A body's own office speaks for the body: "the bloc's secretariat said",
// "the agency's spokesman said" after the sentence has named the bloc or
// the agency.

// orgOwner returns the body the speaker phrase [s, e) belongs to when it
// opens with "the" and an organisation's head noun in the possessive
// ("the bloc's secretariat"), and the sentence named that body before the
// phrase, or nil. The words are the speaker's; the actor is the body's.
func orgOwner(st *sent, s, e int) *mention {
	if e-s < 4 || st.low[s] != "the" || !orgHeads.has(st.low[s+1]) || !st.isPossessive(s+2) {
		return nil
	}
	m := orgBefore(st, s, s+2)
	if m == nil {
		return nil
	}
	r := *m
	r.i, r.j = s, e
	r.actor.Text = st.textOf(s, e)
	r.peers, r.partner, r.others = nil, nil, nil
	return &r
}
