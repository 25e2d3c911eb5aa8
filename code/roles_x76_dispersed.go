package code

import "strings"

// Issue 3, round x76: "Youths set fire to a police post, and gendarmes
// fired tear gas to disperse them", "thousands of supporters fought their
// way past the barricades as police fired rubber bullets to hold them
// back". The "them" a force disperses or holds back is people, the crowd
// that opened the sentence: never a building the crowd attacked ("a
// police post"), a person it followed or a barrier it broke through.

// x76ScatterVerbs act on a crowd by themselves: "to disperse them".
var x76ScatterVerbs = filtered(wordSet("disperse", "dispersed", "disperses", "dispersing", "scatter",
	"scattered", "scatters", "scattering", "repel", "repelled", "repels", "repelling", "repulse",
	"repulsed", "repulses", "repulsing"))

// x76BackVerbs act on a crowd with a particle after the pronoun: "to hold
// them back", "drove them away", "chasing them off".
var x76BackVerbs = filtered(wordSet("hold", "held", "holds", "holding", "drive", "drove", "driven",
	"drives", "driving", "push", "pushed", "pushes", "pushing", "force", "forced", "forces", "forcing",
	"beat", "beats", "beating", "chase", "chased", "chases", "chasing", "keep", "kept", "keeps",
	"keeping", "turn", "turned", "turns", "turning"))

// x76BackParticles end the phrasal verbs of x76BackVerbs.
var x76BackParticles = filtered(wordSet("back", "away", "off"))

// x76DispersedCrowd returns the crowd an object "them" at k stands for
// when a verb of dispersal governs it: the sentence's first actor, when
// it is a group of people that is not the verb's own subject. Otherwise
// nil.
func (st *sent) x76DispersedCrowd(k int) *mention {
	if k == 0 || st.low[k] != "them" {
		return nil
	}
	v := k - 1
	if !x76ScatterVerbs.has(st.low[v]) && (!x76BackVerbs.has(st.low[v]) || k+1 >= len(st.low) || !x76BackParticles.has(st.low[k+1])) {
		return nil
	}
	first := st.firstActor()
	if first == nil || first.i >= k || first.kind == "person" || first.kind == "pronoun" || first.actor.Sector == "" {
		return nil
	}
	// A crowd is named by a plural noun: "youths", "hundreds of his
	// supporters", "farmers", not "the army" or "Pakistan".
	if t := st.toks[first.j-1].tag; t != "NNS" && t != "NNPS" || !strings.HasSuffix(st.low[first.j-1], "s") {
		return nil
	}
	own := st.verbSubject(v)
	if len(own) == 0 || sharesMention(own, []*mention{first}) || sameActor(own[0].actor, first.actor) {
		return nil
	}
	m := *first
	m.peers, m.partner, m.others = nil, nil, nil
	return &m
}
