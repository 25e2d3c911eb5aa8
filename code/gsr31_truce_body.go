package code

// gsr31TruceBody reports whether a truce noun only names the body or the
// people that watch over a truce: "a helicopter carrying truce monitors",
// "called on the ceasefire monitoring committee", "detained two ceasefire
// observers". The noun qualifies the one after it; no truce is declared
// or agreed by the sentence's actors.
func gsr31TruceBody(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !cd.e.has(flagCease) || cd.j >= len(st.low) {
		return false
	}
	return gsr31TruceBodyNouns.has(st.low[cd.j])
}

// gsr31TruceBodyNouns are what a truce noun qualifies when it names who
// or what watches over the truce.
var gsr31TruceBodyNouns = filtered(wordSet("monitor", "monitors", "monitoring", "observer", "observers",
	"inspector", "inspectors", "supervisor", "supervisors", "verification", "verifiers",
	"commission", "commissions", "committee", "committees", "team", "teams", "mission", "missions"))
