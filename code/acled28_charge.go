package code

// ACLED rule for arrests whose charge the sentence names: an ordinary
// crime makes them police work ACLED does not record.

// chargedWithCrime: people held and told the ordinary crime they are held
// for, in the words of a charge or a suspicion ("detained six men on
// suspicion of robbery", "arrested 14 fishermen, accusing them of
// poaching", "held two brothers, charging them with theft"), are held for
// a crime, not for politics: no ACLED label. Opponents, reporters,
// officials or fighters held on such a charge keep theirs: the charge
// may be a pretext.
func chargedWithCrime(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || hasArmed(x.ev.Target) || hasArmedGroup(x.ev.Target) ||
		hasAnySector(x.ev.Target, figureSector.m) || hasAnySector(x.ev.Target, fighterSector.m) {
		return false
	}
	if x.clauseHas(&armsWords) || x.clauseHas(&combatantWords) || x.st.hasAny(&politicalViolence) {
		return false
	}
	st := x.st
	for k, w := range st.low {
		if !crimeWords.has(w) {
			continue
		}
		for n := k - 1; n >= 1 && n >= k-3; n-- {
			if (st.low[n] == "of" || st.low[n] == "with") && (crimeChargeWords.has(st.low[n-1]) || n >= 2 && crimeChargeWords.has(st.low[n-2])) {
				return x.set("", "")
			}
		}
	}
	return false
}

// crimeChargeWords come before "of" or "with" (perhaps with the people held
// between) and the crime someone is held for: "on suspicion of",
// "accusing them of", "charged with".
var crimeChargeWords = filtered(wordSet("suspicion", "suspected", "accused", "accusing", "accuses", "charged", "charging", "charges",
	"allegations", "alleging", "convicted"))
