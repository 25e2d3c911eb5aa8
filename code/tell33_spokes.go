package code

// A spokesman no one owns, at the end of a sentence whose subject is an
// organisation.

// spokesNouns name a body's spokesperson.
var spokesNouns = filtered(wordSet("spokesman", "spokeswoman", "spokesperson"))

// bodySpokesman returns, for a speaker phrase that is only "a spokesman",
// "the spokeswoman" or "its spokesperson" in [s, e), the organisation of
// no state that opens the sentence before it: "The World Food Programme
// began handing out rations in Zenda, a spokeswoman said" and "UN
// peacekeepers handed their camp to the army, a spokesman said" are the
// agency's and the mission's word, not the host government's. A state
// ("Ruritania expelled …, a spokesman said") or an armed group opening
// the sentence is left to the other readings, and so is a phrase that
// says whose spokesman he is ("a police spokesman", "a spokesman for
// the army"). It returns nil otherwise.
func bodySpokesman(st *sent, s, e int) *mention {
	if e-s != 2 || !spokesNouns.has(st.low[s+1]) {
		return nil
	}
	if w := st.low[s]; w != "a" && w != "the" && w != "its" {
		return nil
	}
	f := st.firstActor()
	if f == nil || f.j > s || f.place || f.kind == "pronoun" || f.actor.ID == "" || f.actor.Country != "" || isState(f.actor) || armed(f.actor) {
		return nil
	}
	return f
}
