package code

import "github.com/truce-project/truce"

// deploymentSummed returns the earlier troop movement a deployment noun
// cd sums up, or nil: "arrived in Milan on Sunday to help the region, a
// rare deployment of Havana's medical teams", "left Mali on Monday,
// ending nine years of military deployment", "withdrew 600 soldiers,
// calling it a redeployment". The noun names again, or frames, the move
// the sentence has told.
func deploymentSummed(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Mobilize || cd.e.pos != 'N' || !deploymentNouns.has(st.low[cd.j-1]) {
		return nil
	}
	p := lastStanding(earlier)
	if p == nil || p.ev.Type != truce.Mobilize && p.ev.Type != truce.Retreat || p.j > cd.i {
		return nil
	}
	return p
}

// deploymentNouns name a deployment as a whole, not the forces sent
// ("reinforcements" are the troops themselves).
var deploymentNouns = filtered(wordSet("deployment", "deployments", "redeployment", "redeployments"))
