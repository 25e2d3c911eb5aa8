package code

// t53GoalMention reports whether the state mention n is only where people
// were trying or heading to get ("migrants trying to cross into
// Ruritania", "a convoy heading for Ruritania"): no guide to whose the
// people are, as they had not got there (see place43GoalBefore).
func t53GoalMention(st *sent, n *mention) bool {
	k := place43BeforeName(st, n.i-1, 0)
	return k > 0 && place43GoalBefore(st, k, 0)
}
