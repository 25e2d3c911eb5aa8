package code

// A complaint made to an international body: "Lebanon complained to the
// United Nations over two Israeli air raids", "Egypt protested to the
// Security Council about Ethiopian moves on the dam". The body is where
// the complaint is made, as a body it is lodged "with" is (accusedOver);
// the actor named after "over" or "about" is the one complained of.

// rolesX55BodyAddressed reports whether the target m found for a complaint
// is an international body it is made "to": "complained to the UN".
func rolesX55BodyAddressed(st *sent, m *mention) bool {
	if m.actor.Sector != "IGO" || m.i == 0 {
		return false
	}
	k := m.i - 1
	if k > 0 && determiners.has(st.low[k]) {
		k--
	}
	return st.low[k] == "to"
}
