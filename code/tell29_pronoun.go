package code

// openingPronoun returns the speaker a pronoun opening the sentence at k
// stands for, when the pronoun was resolved to the sentence before: in
// "Niger's army said its drones had struck two camps. It said a convoy had
// hit a mine" the army tells of the mine too. It returns nil for a
// pronoun further in ("the rebels, it said, …") or one left unresolved.
func openingPronoun(st *sent, k int) *mention {
	if k != 0 {
		return nil
	}
	m := st.mentionAt(k)
	if m == nil || m.kind != "pronoun" || m.place || m.actor.ID == "" && m.actor.Sector == "" {
		return nil
	}
	return m
}
