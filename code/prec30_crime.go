package code

// Violence between private people told with the police in the sentence:
// "Police in Rhyl said that a man had been killed by his brother".
// politicalContext takes any state body for a sign of politics, so the
// police who tell of the crime made it political. For a doer met in
// daily life (privateDoer) the police are who investigates, not a party:
// only another actor, or a word of conflict, puts the act in politics.
// (Arrests for ordinary crime keep the police: acled_test.go codes them,
// with no ACLED label.)

// policeMentionsPrec30 returns the police mentions of st, to be left out
// of politicalContext, or nil. It allocates only when there are some.
func policeMentionsPrec30(st *sent) []*mention {
	var out []*mention
	for k := range st.mentions {
		if m := &st.mentions[k]; !m.place && m.actor.Sector == "COP" {
			out = append(out, m)
		}
	}
	return out
}
