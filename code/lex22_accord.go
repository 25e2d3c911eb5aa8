package code

import (
	"time"

	"github.com/truce-project/truce/when"
)

// An accord given up by one party: what the words between the verb and
// the accord may be, and the year that names the accord rather than dates
// the act.

// accordEndVerbs are the verbs of the rows that give up an accord named
// after them: "ended the 2015 peace agreement", "scrapped the accord".
var accordEndVerbs = filtered(wordSet("end", "ends", "ended", "ending", "scrap", "scraps", "scrapped", "scrapping",
	"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling"))

// accordFillerStops are words that, between such a verb and the accord,
// show the verb has an object of its own: "to end the war through a peace
// deal", "ended the fighting with a ceasefire agreement".
var accordFillerStops = filtered(wordSet("with", "through", "by", "via", "under", "in", "and", "or", ",", "to", "for", "of"))

// accordEnded reports whether a trigger that gives up an accord named
// after its verb has only the accord's own words between them: true for
// "ended the 2015 Algiers peace agreement", false for "end the war
// through a peace deal", which names no accord given up.
func accordEnded(st *sent, cd *candidate) bool {
	if cd.e.cameo != "127" || !accordEndVerbs.has(st.low[cd.i]) {
		return true
	}
	for k := cd.i + 1; k < cd.j; k++ {
		if accordFillerStops.has(st.low[k]) {
			return false
		}
	}
	return true
}

// accordHistory reports whether a past date governs the trigger, as
// historical does, leaving out a year inside a trigger that gives up an
// accord: in "ended the 2015 Algiers peace agreement" and "revoked with
// immediate effect a 2012 accord" the year names the accord, and the act
// is news.
func accordHistory(st *sent, cd *candidate, published time.Time) bool {
	if !accordCodes.has(cd.e.cameo) {
		return historical(findingDated(st, cd), cd, published)
	}
	outside := make([]when.Expr, 0, len(st.dates))
	for _, x := range st.dates {
		if k := st.tokenAtByte(x.Start); k > cd.i && k < cd.j {
			continue
		}
		outside = append(outside, x)
	}
	if len(outside) == len(st.dates) {
		return historical(st, cd, published)
	}
	own := *st
	own.dates = outside
	return historical(&own, cd, published)
}

// accordCodes are the CAMEO codes of the rows that give up an accord:
// rejecting a settlement (127), cutting relations by ending a pact (160)
// and stopping military help by ending a defence pact (1623).
var accordCodes = filtered(map[string]bool{"127": true, "160": true, "1623": true})
