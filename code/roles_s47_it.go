package code

// Issue 3, round s47 (with roles_s47_organ.go: who speaks at the start of
// a sentence goes on from the sentence before). "Jihadist fighters killed
// 54 soldiers near the border, the government said. It said it would
// recruit 5,000 more soldiers": a sentence opened by "it" or "they" and a
// verb of saying goes on with the body the sentence before closed on as
// its speaker, not with the actor that sentence opened with.

// s47SayingVerbs continue a report: "It said", "They added".
var s47SayingVerbs = filtered(wordSet("said", "says", "added", "adds", "announced", "stated", "noted"))

// itSpeakerS47 returns the body whose trailing report closed the sentence
// before, for an "It said" or "They added" opening st; else prev.
func itSpeakerS47(before, st *sent, prev *mention) *mention {
	if before == nil || len(st.low) < 3 || st.low[0] != "it" && st.low[0] != "they" {
		return prev
	}
	v := 1
	if st.low[v] == "also" {
		v++
	}
	if !s47SayingVerbs.has(st.low[v]) {
		return prev
	}
	k := trailingReport(before, 0)
	if k < 0 || personSpeaks(before, k) {
		return prev
	}
	m := reportSpeaker(before, k)
	if m == nil || m.place || m.kind == "person" || m.actor.ID == "" && m.actor.Sector == "" || prev != nil && sameActor(prev.actor, m.actor) {
		return prev
	}
	r := *m
	r.peers, r.partner, r.others = nil, nil, nil
	return &r
}
