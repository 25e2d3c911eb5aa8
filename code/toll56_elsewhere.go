package code

import "strings"

// Issue 3, round toll56: "two more" dead told of another place or of a
// separate attack add to no toll of the attack told before them. "Police
// opened fire on protesters in Kathmandu, killing 17, while two more were
// shot dead in the eastern town of Itahari" tells two shootings, each with
// its own dead (dev: 1 of 1, VIO-wire41-027's two events 17 and 2; the
// probe's "and two more were shot dead in a separate attack in Nuristan"
// and "while two more were killed in clashes in Kankan" the same). The
// dead go to the second act when its verb codes an event; when it codes
// none they are left out, as a toll with no attack is, rather than summed
// onto the first. So in a sentence of its own: "Gunmen killed 12
// worshippers in Djibo. Two days later, eight more were killed in a nearby
// village" leaves the mosque attack its 12. "Two more died in hospital"
// stays the first attack's.

// nearby are the words that, after "in", place a toll in another place
// than the attack's: "eight more were killed in a nearby village".
var nearby = filtered(map[string]bool{"nearby": true, "neighbouring": true, "neighboring": true})

// elsewhereReach bounds how far after the toll word the place or the
// "separate" that moves a toll elsewhere may stand: "were shot dead [in
// the eastern town of] Itahari".
const elsewhereReach = 8

// toll56Elsewhere reports whether the additive toll r, told after event
// cd in the same sentence or a later one, names a place other than cd's or
// a separate act after its toll word: "two more were shot dead [in Itahari]", "three
// more died [in a separate attack]".
func toll56Elsewhere(st *sent, cd *candidate, r tollRead) bool {
	if !r.more || r.k < 0 || cd.st == st && cd.i > r.i {
		return false
	}
	stop := min(len(st.low), r.k+1+elsewhereReach)
	for n := r.k + 1; n < stop; n++ {
		switch w := st.low[n]; {
		case w == "separate" || (w == "another" || nearby.has(w) || w == "a" && n+1 < len(st.low) && nearby.has(st.low[n+1])) && st.low[n-1] == "in":
			return true // "in a separate attack", "in another village", "in a nearby town"
		case w == "hospital" || w == "hospitals" || w == ";" || w == "," || clauseBreaks.has(w):
			// "two more died in hospital in Kabul": the same attack's
			// wounded
			return false
		}
		// The place may be one the gazetteer does not hold: a name
		// after "in the eastern town of" is a place all the same.
		if st.toks[n].tag == "NNP" && toll56AfterIn(st, r.k, n) && !toll56SamePlace(cd, st.toks[n].text) {
			return true
		}
	}
	return false
}

// toll56SamePlace reports whether name is, or is part of, the place event
// cd is placed at; an event placed nowhere has no place to differ from.
func toll56SamePlace(cd *candidate, name string) bool {
	loc := cd.ev.Location
	return loc == nil || strings.Contains(loc.Name, name) || strings.Contains(loc.Text, name)
}

// toll56AfterIn reports whether the place at token n is named in an "in"
// phrase opened after the toll word at k: "killed [in the eastern town of]
// Itahari", not "killed by troops from Itahari".
func toll56AfterIn(st *sent, k, n int) bool {
	for x := n - 1; x > k; x-- {
		switch st.low[x] {
		case "in", "near", "at":
			return true
		case "the", "of", "town", "city", "village", "district", "province", "region", "state", "eastern", "western",
			"northern", "southern", "central", "nearby", "neighbouring", "neighboring":
			continue
		}
		return false
	}
	return false
}

// toll56OwnAct returns the violent event whose trigger holds the toll word
// at token k ("two more were [shot dead]"), or the one violentAt finds
// right after it ("two more died [in clashes]"); nil when none codes one.
func toll56OwnAct(cands []*candidate, k int) *candidate {
	for _, cd := range cands {
		if cd.i <= k && k < cd.j && !cd.folded && isViolent(cd) {
			return cd
		}
	}
	return violentAt(cands, k)
}

// toll56AfterAnother reports whether the count read r, given to the event
// of claim prev, is told after "before" or "after" opens another clause
// past prev's count, neither figure given by anyone: "killing two police
// officers and two visitors [before security forces shot all three
// dead]". Two figures no one gives are no rival claims; the later counts
// the act of the later clause, here the attackers shot, which codes no
// event of its own. Dev: 1 of 1 (VIO-wire63-029, the attack's four
// dead and the gunmen's three apart in the gold); rival figures with no
// one giving them and no such clause between (three on dev) are left to
// the lowest, as before.
func toll56AfterAnother(st *sent, prev tollClaim, r tollRead, by *mention) bool {
	if prev.by != nil || by != nil || prev.more || r.more || prev.count == r.count {
		return false
	}
	for n := prev.end; n < r.i; n++ {
		if (st.low[n] == "before" || st.low[n] == "after") && n+1 < r.i && st.mentionAt(n+1) != nil {
			return true
		}
	}
	return false
}
