package code

// Issue 3, round toll47: a toll told in a sentence of its own after the
// story has moved from its lead act to a taking of ground that ends or
// answers it counts the lead act: "Heavy fighting shook the city
// overnight. Forces of a rival brigade took its strongholds. Medics
// recovered eight bodies" and "Government forces retook the town after
// heavy fighting. Rebels had overrun it a week earlier. The battle has
// killed 40" give the dead to the fighting the story leads with. (A
// toll after police dispersed rioters is left to the dispersal: the
// gold files differ on it.)

// toll47LeadReach is how many sentences back the lead act may stand.
const toll47LeadReach = 3

// toll47LeadInstead returns the story's lead violent act in place of
// prev, the act a later toll sentence st would count, when prev, told
// in a sentence after the lead's, is a taking of ground,
// and the lead has no toll of the fields st reads; else prev.
func toll47LeadInstead(d *doc, st *sent, prev *candidate, reads []tollRead) *candidate {
	if prev == nil || len(reads) == 0 || !prev.e.has(flagTerritory) {
		return prev
	}
	var lead *candidate
	for _, cd := range d.cands {
		if cd.st != st && !cd.folded && isViolent(cd) {
			lead = cd
			break
		}
	}
	if lead == nil || lead.st.s.Index >= prev.st.s.Index || lead.st.s.Index < st.s.Index-toll47LeadReach {
		return prev
	}
	for _, r := range reads {
		if r.field == "fatalities" && lead.ev.Fatalities != nil || r.field == "injuries" && lead.ev.Injuries != nil {
			return prev
		}
	}
	return lead
}
