package code

// Forces named in ways the sector of their actor does not show, and words
// between such a subject and its verb that do not make it someone else's:
// "UN peacekeepers left their base", "the first contingent of the bloc's
// regional force left the country", "the last troops stationed in the
// capital will leave", "the soldiers at the camp are due to leave".

// forceNouns are head nouns that make a subject armed men whatever body
// sends them: "UN peacekeepers", "the bloc's regional force".
var forceNouns = filtered(wordSet("peacekeepers", "troops", "soldiers", "forces", "force", "contingent",
	"contingents", "battalion", "battalions", "brigade", "brigades", "mercenaries", "servicemen"))

// civilSectors are the sectors of actors that a force noun after their
// name does not make armed: "the minister of the armed forces" is still a
// minister.
var civilSectors = filtered(wordSet("GOV", "LEG", "JUD", "OPP", "PTY", "ELI", "CVL", "MED", "EDU",
	"BUS", "LAB", "REL", "PRO", "REF", "HLH", "NGO", "AGR", "AID"))

// postedParticiples describe where forces are kept, between their noun and
// their verb: "troops stationed in the capital left".
var postedParticiples = filtered(wordSet("stationed", "based", "deployed", "posted", "garrisoned",
	"positioned", "serving", "remaining"))

// locativePreps may open a phrase saying where a subject is: "soldiers at
// the camp in the capital".
var locativePreps = filtered(wordSet("in", "at", "near", "on", "outside", "around", "inside"))

// scheduleWords with a form of "be" and "to" put a verb in the future
// without another subject: "troops are due to leave".
var scheduleWords = filtered(wordSet("due", "set", "expected", "scheduled"))

// armedBefore reports whether the subject ms of the verb at i is armed
// forces or police standing next to it (see armedSubject and nextToVerb),
// counting forces named by a head noun after a body that is not itself
// armed: "UN peacekeepers", "the regional bloc's force".
func armedBefore(st *sent, ms []*mention, i int) bool {
	if len(ms) == 0 {
		return false
	}
	end := ms[len(ms)-1].j
	if !armedSubject(st, ms) {
		e, ok := forceHeaded(st, ms, i)
		if !ok {
			return false
		}
		end = e
	}
	return nextToVerb(st, end, i)
}

// forceHeaded returns where the subject ms ends when its head is a force
// noun ("UN peacekeepers", "the bloc's regional force"), and whether it is.
func forceHeaded(st *sent, ms []*mention, i int) (int, bool) {
	for _, m := range ms {
		if civilSectors.has(m.actor.Sector) || m.actor.ID == "" {
			return 0, false
		}
	}
	m := ms[len(ms)-1]
	if forceNouns.has(st.low[m.j-1]) && st.toks[m.j-1].text == st.low[m.j-1] {
		// a common noun, not the end of a name: "UN peacekeepers", not
		// "shells fired by the Rapid Support Forces landed"
		return m.j, true
	}
	if m.j >= i || st.low[m.j] != "'s" && st.low[m.j] != "’s" {
		return 0, false
	}
	for k := m.j + 1; k < i && k <= m.j+3; k++ {
		if forceNouns.has(st.low[k]) {
			return k + 1, true
		}
		if t := st.toks[k].tag; !isNounTag(t) && t != "JJ" && t != "HYPH" {
			break
		}
	}
	return 0, false
}

// isNounTag reports whether a tag is a noun's.
func isNounTag(t string) bool { return len(t) >= 2 && t[:2] == "NN" }

// scheduledBe reports whether the tokens from k to the verb at i are a
// form of "be", a schedule word and "to": "are due to (leave)".
func scheduledBe(st *sent, k, i int) bool {
	if k != i-3 {
		return false
	}
	switch st.low[k] {
	case "is", "are", "was", "were":
		return scheduleWords.has(st.low[k+1]) && st.low[k+2] == "to"
	}
	return false
}

// leftFor reports whether the leaving verb at i is followed by "for" and
// so names where forces go, not ground they give up: "troops based in
// Germany left for manoeuvres in Lithuania".
func leftFor(st *sent, i int) bool {
	switch st.low[i] {
	case "left", "leave", "leaves", "leaving":
		return i+1 < len(st.low) && st.low[i+1] == "for"
	}
	return false
}
