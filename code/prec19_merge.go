package code

// One act told twice in a sentence, the second time of a pronoun that
// stands for the first one's target: "Peru declared Mexico's ambassador
// persona non grata and gave him 72 hours to leave".

import (
	"github.com/truce-project/truce"
)

// sameActRefined returns an act built earlier in the sentence that cd, a
// verb joined to it by "and", tells again of a pronoun standing for its
// target: the same category,
// mode and status, the same doers, a place that does not differ, and
// targets of the same countries, alike or one naming only the country
// and the other a part of its state ("MEX" and "MEXGOV"): "expelled the
// envoy and gave him two days to leave", "arrested the editor and held
// him overnight". An act with an object of its own ("expelled the envoy
// and closed the consulates") stays an act of its own.
func sameActRefined(st *sent, built []*candidate, cd *candidate) *candidate {
	y := &cd.ev
	if y.Mode == "" || len(y.Source) == 0 || len(y.Target) == 0 || !pronounObject(st, cd) || cd.i == 0 || st.low[cd.i-1] != "and" {
		return nil
	}
	for _, b := range built {
		x := &b.ev
		if x.Type != y.Type || x.Mode != y.Mode || x.Status != y.Status || ids(x.Source) != ids(y.Source) || len(x.Target) != len(y.Target) {
			continue
		}
		if x.Location != nil && y.Location != nil && x.Location.Name != y.Location.Name {
			continue
		}
		if refinedTargets(x.Target, y.Target) {
			return b
		}
	}
	return nil
}

// pronounObject reports whether the trigger cd, a verb, holds or is
// followed at once by an object pronoun: "gave him 72 hours to leave",
// "held them overnight".
func pronounObject(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' {
		return false
	}
	for k := cd.i + 1; k <= cd.j && k < len(st.low); k++ {
		if w := st.low[k]; objectPronouns.has(w) && w != "both" {
			return true
		}
	}
	return false
}

// refinedTargets reports whether the targets as and bs name the same
// countries in turn, each pair alike or one of them the bare country:
// "MEX" beside "MEXGOV".
func refinedTargets(as, bs []truce.Actor) bool {
	for k := range as {
		a, b := as[k].ID, bs[k].ID
		if a == b {
			continue
		}
		if len(a) < 3 || len(b) < 3 || a[:3] != b[:3] || len(a) != 3 && len(b) != 3 || as[k].Country == "" || as[k].Country != bs[k].Country {
			return false
		}
	}
	return true
}

// keepRefined folds cd into prev, the same act told before, and keeps on
// prev the targets that name a part of the state rather than the bare
// country.
func keepRefined(prev, cd *candidate) {
	for k := range prev.ev.Target {
		if len(prev.ev.Target[k].ID) == 3 && len(cd.ev.Target[k].ID) > 3 {
			prev.ev.Target[k] = cd.ev.Target[k]
		}
	}
}
