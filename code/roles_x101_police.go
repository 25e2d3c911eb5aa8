package code

// A country's police work at home: "the police said they had arrested
// three men linked to the Lashkar-e-Taiba", told in a story set in
// India, are India's police, though the group they act on has its home
// in Pakistan. A foreign group on the other side is no guide to the
// country of police that act (the subject of a finite verb, or "they"
// recalling them) when the story has one; genericCountry then takes the
// story's. Police hit ("a TTP bombing of a police school") keep the
// group's home.

// x101HomePolice reports whether a generic actor is a police force that
// acts: a pronoun standing for it, or the subject of a finite verb.
func x101HomePolice(st *sent, m *mention) bool {
	if m.actor.Sector != "COP" {
		return false
	}
	if m.kind == "pronoun" {
		return true
	}
	if m.j >= len(st.toks) {
		return false
	}
	switch st.toks[m.j].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}
