package code

// gsr24FellShortBare reports whether the noun trigger at i is the bare
// object of a verb of bringing about that its clause says fell short:
// "failed to reach agreement", "has yet to hold talks". fellShort reads
// the same cue with a determiner or an adjective before the noun ("failed
// to reach a deal"); a noun with none ("agreement", "talks") fell through.
func gsr24FellShortBare(st *sent, i int) bool {
	return i >= 3 && reachVerbs.has(st.low[i-1]) && st.low[i-2] == "to" && shortOf.has(st.low[i-3])
}
