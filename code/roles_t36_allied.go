package code

// A side's allies coordinated with it: "Somali troops and allied clan
// militias captured the town", "army units and pro-government
// militiamen": the ally's adjective belongs to its own member of the list,
// not a word that ends it.

// alliedLead steps left past an ally's adjective (alliedWords) right before
// token s+1, so that a list member so qualified still joins the list; it
// returns s unchanged when token s is no such word.
func (st *sent) alliedLead(s int) int {
	if s > 0 && s < len(st.low) && alliedWords.has(st.low[s]) {
		return s - 1
	}
	return s
}
