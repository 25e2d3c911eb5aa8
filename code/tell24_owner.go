package code

// A speaker owned by a body the sentence named before speaks for that
// body: "Mali's military rulers expelled the envoy, the junta's spokesman
// said" is the junta's word, and "Houthi fighters fired a missile, the
// group's television reported" the Houthis'. Without this the owner, a
// bare noun, takes the country of whatever the sentence named last.

// stateOwners name again, as the owner of a speaker, the state's rulers
// the sentence named before.
var stateOwners = filtered(wordSet("junta", "regime"))

// bodyOwners name again, as the owner of a speaker, a movement or armed
// group the sentence named before.
var bodyOwners = filtered(wordSet("group", "movement", "militia", "rebels", "insurgents", "front", "coalition", "alliance"))

// ownerBody returns the body a speaker phrase "the junta's spokesman", "the
// group's news agency" in [s, e) belongs to when the sentence named it
// before the phrase, or nil.
func ownerBody(st *sent, s, e int) *mention {
	if e-s < 4 || st.low[s] != "the" || !st.isPossessive(s+2) {
		return nil
	}
	owner := st.low[s+1]
	state := stateOwners.has(owner)
	if !state && !bodyOwners.has(owner) {
		return nil
	}
	var found *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > s || m.place || m.actor.ID == "" || m.kind == "pronoun" || m.kind == "person" {
			continue
		}
		switch {
		case state && isState(m.actor) && m.actor.Country != "" && (m.actor.Sector == "MIL" || m.actor.Sector == "GOV"):
			if found == nil {
				found = m // the rulers the sentence opened with
			}
		case !state && (armed(m.actor) || civicSectors.has(m.actor.Sector)):
			found = m // the nearest movement before the phrase
		}
	}
	if found == nil {
		return nil
	}
	// The words are the speaker's; the actor is the owner's.
	r := *found
	r.i, r.j = s, e
	r.actor.Text = ""
	for k := s; k < e; k++ {
		if k > s && !st.isPossessive(k) {
			r.actor.Text += " "
		}
		r.actor.Text += st.toks[k].text
	}
	r.peers, r.partner, r.others = nil, nil, nil
	return &r
}
