package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Generic forces named only as the kind of an act a state stages: in
// "Russia began military drills near Kyiv" or "it launched its
// largest-ever naval exercises around the island" the military is the
// subject's, not that of the place the drills are held by.

// x79StageVerbs begin, hold or carry on an act whose doer is their
// subject: "began military drills", "staged naval exercises", "kept up
// military manoeuvres".
var x79StageVerbs = filtered(wordSet(
	"began", "begin", "begins", "beginning", "begun",
	"started", "start", "starts", "starting",
	"launched", "launch", "launches", "launching",
	"staged", "stage", "stages", "staging",
	"held", "hold", "holds", "holding",
	"conducted", "conduct", "conducts", "conducting",
	"resumed", "resume", "resumes", "resuming",
	"mounted", "mount", "mounts", "mounting",
	"kept", "keep", "keeps", "keeping",
	"continued", "continue", "continues", "continuing",
	"opened", "open", "opens", "opening",
))

// x79StagedForces returns the country of the state that is the subject of
// a staging verb whose object's kind the generic armed mention m names
// ("military" in "began military drills"), the object coming right after
// it; "" otherwise. Between the verb and m stand only determiners,
// possessives and modifiers ("its largest-ever"). A subject on the other
// side of the event is no guide.
func x79StagedForces(st *sent, m *mention, other []truce.Actor) string {
	if m.actor.Sector != "MIL" && m.actor.Sector != "COP" || m.actor.Country != "" && m.actor.ID != "" || m.j >= len(st.toks) || !strings.HasPrefix(st.toks[m.j].tag, "NN") {
		return ""
	}
	k := m.i - 1
	for n := 0; n < 4 && k >= 0; n++ {
		if x79StageVerbs.has(st.low[k]) && verbAt(st, k) {
			break
		}
		if !determiners.has(st.low[k]) && !(isModifier(st.toks[k]) && st.low[k] != "," && st.mentionAt(k) == nil) {
			break
		}
		k--
	}
	if k < 1 || !x79StageVerbs.has(st.low[k]) || !verbAt(st, k) || st.clause[k] != st.clause[m.i] {
		return ""
	}
	sub := st.subject(k)
	if len(sub) == 0 || sub[0].place || sub[0].actor.Country == "" || !isState(sub[0].actor) && sub[0].kind != "anaphor" {
		return ""
	}
	cc := sub[0].actor.Country
	if hasCountry(other, cc) {
		return ""
	}
	return cc
}
