package code

import "github.com/truce-project/truce"

// roles_s57: a cabinet title before a name, with no country of its own
// ("CARACAS - Foreign Minister Yvan Gil denounced the sanctions announced
// in Washington", "QUITO - Defence Minister X condemned the raid on the
// embassy in Mexico City"), is the minister of the story's own state, the
// wire dateline's, as a bare "the president" is (roles_x65_title.go); not
// of a state named as a modifier later in the sentence, nor of the
// place where the minister acts.

// s57CabinetHeads are the head words of a cabinet title before a name.
var s57CabinetHeads = filtered(wordSet("minister", "secretary"))

// s57NamedMinisterHome returns the dateline state of m when m is a
// capitalised cabinet title with no country of its own right before a
// person's name, or "".
func (d *doc) s57NamedMinisterHome(st *sent, m *mention, other []truce.Actor) string {
	if m.actor.Sector != "GOV" || m.actor.Country != "" || m.j >= len(st.low) || m.j-m.i < 2 || m.j-m.i > 3 {
		return ""
	}
	// "Foreign Minister Denis Moncada": a capitalised title, then a name.
	if !s57CabinetHeads.has(st.low[m.j-1]) || st.toks[m.j].tag != "NNP" {
		return ""
	}
	for k := m.i; k < m.j; k++ {
		if t := st.toks[k].text; t == "" || t[0] < 'A' || t[0] > 'Z' {
			return ""
		}
	}
	dl := d.dateline()
	if dl == nil || dl.place.Country == "" {
		return ""
	}
	cc := dl.place.Country
	// "Foreign Minister X accused Greece of …" in a story from Athens: a
	// minister dealing with the dateline's state named whole is another
	// state's; a demonym ("Greek law") names no one.
	for n := range st.mentions {
		if o := &st.mentions[n]; hasCountry(other, cc) && o.i >= m.j && o.actor.ID == cc && o.kind != "demonym" {
			return ""
		}
	}
	return cc
}
