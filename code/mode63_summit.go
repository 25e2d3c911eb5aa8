package code

// A summit or meeting at which two sides agreed is news of its own.

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode63SummitNouns are the meeting nouns that name a sitting of the
// parties themselves. "Talks" and "negotiations" are left out: bare
// talks after a deal split old and new gold (see prec62_talks.go), and
// a visit often only sets the scene of one side's act ("signed trade
// deals during his visit").
var mode63SummitNouns = filtered(wordSet("summit", "summits", "meeting", "meetings"))

// mode63AgreedAtMeeting reports whether the meeting noun cd, governed by a
// preposition of setting ("after a summit", "following a meeting of their
// delegations", "at a two-day meeting"), is where the two parties of an
// agreement told before it in the sentence met: "the two presidents
// agreed to restore ties after a summit in a lakeside villa". Old and new
// gold alike code the meeting CONSULT beside the AGREE; an act of one
// side done at a meeting ("suspended the junta at an emergency summit")
// keeps the meeting a setting.
func mode63AgreedAtMeeting(built []*candidate, cd *candidate) bool {
	// ("after meeting the agency's chief": a gerund, whose object is the
	// one met, told as the speaker's own act.)
	if !mode63SummitNouns.has(cd.st.low[cd.i]) || cd.j != cd.i+1 || strings.HasPrefix(cd.st.toks[cd.i].tag, "VB") {
		return false
	}
	host := settingHost(built, cd)
	return host != nil && host.ev.Type == truce.Agree && !sameSide(host.ev.Source, host.ev.Target)
}
