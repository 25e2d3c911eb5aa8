package code

import "time"

// A deal only hoped for: "little chance of an agreement before the
// election", "raised hopes of a broader deal", "the prospect of a truce".
// spokenOf reads this for meetings (CONSULT); an agreement or a truce
// named after "chance of", "hopes of" or "prospect of" is no more made
// than a meeting so named is held.

// prospectDealPrec32 reports whether the trigger cd is an agreement or
// truce noun ("deal", "accord", "ceasefire") that a prospect noun governs
// ("chance of", "hopes for", "the possibility of"), or that an offer to
// host puts ahead.
func prospectDealPrec32(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'N' || !isAgreementNoun(cd.e) {
		return false
	}
	return spokenOf(st, cd.i)
}
