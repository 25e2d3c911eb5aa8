package code

// speakerReferent returns whom "He" or "She" opening st stands for: prev,
// the first actor of the sentence before, unless that is a body and the
// sentence closed on a person's word. In "Niger's junta revoked the
// accord, its spokesman Colonel Amadou Seini said. He accused …" the one
// who accused is the spokesman, speaking for the junta, not the junta
// itself, which "he" cannot stand for.
func speakerReferent(before, st *sent, prev *mention) *mention {
	if before == nil || len(st.low) < 2 || st.low[0] != "he" && st.low[0] != "she" {
		return prev
	}
	if prev != nil && (prev.kind == "person" || personHeadText(prev)) {
		return prev
	}
	k := trailingReport(before, 0)
	if k < 0 || !personSpeaks(before, k) {
		return prev
	}
	m := reportSpeaker(before, k)
	if m == nil || m.place || m.actor.ID == "" && (m.actor.Sector == "" || prev == nil || prev.actor.Country == "") {
		return prev
	}
	r := *m
	// "the junta's spokesman" after "Niger's military rulers": a voice
	// of no named state speaks for the state the sentence opened with.
	if r.actor.ID == "" {
		r.actor.Country = prev.actor.Country
		r.actor.ID = prev.actor.Country + r.actor.Sector
	}
	r.kind = "person"
	r.peers, r.partner, r.others = nil, nil, nil
	return &r
}

// personSpeaks reports whether the speaker phrase of the report verb at k
// names one person: a person's name or a title ("…, the junta's
// spokesman said", "…, said Prime Minister X").
func personSpeaks(st *sent, k int) bool {
	s, e := k-1, k
	for s > 0 && st.low[s] != "," && s > k-12 {
		s--
	}
	if k > 0 && st.low[k-1] == "," {
		s, e = k+1, phraseEnd(st, k+1)
	}
	for n := s; n < e && n < len(st.low); n++ {
		if personHeads.has(st.low[n]) {
			return true
		}
		if m := st.mentionAt(n); m != nil && m.kind == "person" {
			return true
		}
	}
	return false
}
