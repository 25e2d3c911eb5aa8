package code

// Attacks told again: toll verbs, nouns and blame that belong to an attack
// the sentence told before.

import "strings"

// foldTarget returns the earlier violent trigger a toll verb reports on: for
// a participle ("…, killing 25") the last violent trigger of the sentence;
// for a finite verb a violent noun with no other actor between them.
func foldTarget(st *sent, earlier []*candidate, cd *candidate) *candidate {
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded && prev.corefOf == nil || !prev.e.has(flagViolent) || toll50StruckNoun(st, prev) {
			continue
		}
		if st.toks[cd.i].tag == "VBG" {
			return prev.head()
		}
		// "lobbed a grenade at a bunker; it missed and exploded on the
		// road": the device told before goes off.
		if deviceGoesOff(st, cd) && deviceByPronoun(st, cd.i) {
			return prev.head()
		}
		if prev.e.pos != 'N' && !nounUse(st, prev) && !openingGerund(st, prev) {
			return nil
		}
		// An actor right before the verb is its own subject ("the
		// strikes, Kabul said, killed …" aside): "… on TTP hideouts in
		// Khost killed" has only the attack's target and place between.
		for k := prev.j; k < cd.i; k++ {
			if clauseBreaks.has(st.low[k]) && !sinceAdverb(st, k) {
				return nil
			}
		}
		// "A drone strike by the Turkish army killed …": the attack's own
		// agent is no subject of the verb.
		if m := st.mentionAt(cd.i - 1); m != nil && !m.place && m.kind != "sector" && !afterPrep(st, m) && !afterBy(st, m) {
			return nil
		}
		// "Protesters angry at the killings attacked the embassy": the
		// attack noun is a preposition's object, and the verb has its own
		// subject before it.
		if nounAfterPrep(st, prev.i) && subjectBefore(st, prev.i) && !subjectOfClausePrec31(st, prev, cd) {
			return nil
		}
		return prev.head()
	}
	return nil
}

// corefer folds a violent noun that names again an attack told earlier in
// its sentence: "X attacked border posts …, in fighting that killed 23"
// is one event. It reports whether it did.
func corefer(st *sent, earlier []*candidate, cd *candidate) bool {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) || cd.i == 0 {
		return false
	}
	instrument, listed := false, false
	switch w := st.low[cd.i-1]; {
	// "in the most prominent assassination since 2021", "the deadliest
	// attack this year": a summing up of the act told before.
	case summing(st, cd.i):
	case w == "in" || w == "during":
	// ", an attack that killed …": an apposition names the act again.
	case (w == "a" || w == "an") && cd.i >= 2 && st.low[cd.i-2] == ",":
	// "after days of fighting with …", "a night of clashes": the fighting
	// that led to the act the sentence tells.
	case w == "of" && cd.i >= 2 && durationWords.has(st.low[cd.i-2]):
	// "attacked a checkpoint with grenades": what it was done with.
	case w == "with" || w == "using" || cd.i >= 2 && (st.low[cd.i-2] == "with" || st.low[cd.i-2] == "using") && st.toks[cd.i-1].tag == "CD":
		instrument = true
	// "fought with tanks, mortars and rocket launchers": the last of a
	// list of arms is what it was done with too.
	// The arm named first says how it was done, and the act finds it
	// among its own words.
	case armsListed(st, cd.i):
		instrument, listed = true, true
	// "stormed a base, sparking a gunfight": the fighting the attack set
	// off is that attack going on, and tells how it was fought.
	case sparkedBy(st, cd.i) || prec56SparkedAfterSpan(st, cd.i):
		instrument = true
	default:
		return false
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		if prev := earlier[n]; !prev.folded && prev.e.has(flagViolent) {
			// "opened fire on a minivan and bundled them into a truck, an
			// attack in which a woman was killed": the attack that
			// carries the toll is the violence the seizure came with.
			if prev.e.mode == "abduct" && !instrument && violentBefore(earlier[:n]) {
				continue
			}
			if instrument && st.clause[prev.i] != st.clause[cd.i] && !prec56SparkedAcross(st, prev, cd) {
				return false
			}
			if instrument && !listed {
				prev.takeMode(cd.e)
			}
			// The arms it was done with are the act's own words: "fought"
			// names its weapon in "fought with tanks and rocket launchers".
			if instrument && prev.next < cd.j {
				prev.next = cd.j
			}
			cd.corefOf = prev
			cd.folded = true
			return true
		}
	}
	return false
}

// armsListed reports whether the weapon noun at i ends a list of arms
// that "with" or "using" opens a few words back: "with tanks, mortars and
// rocket launchers", "using drones and artillery". Only nouns, their
// modifiers, commas and "and" stand between.
func armsListed(st *sent, i int) bool {
	listed := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		switch w := st.low[k]; {
		case w == "with" || w == "using":
			return listed
		case w == "," || w == "and":
			listed = true
		// ("tanks" may be read as the army that drives them.)
		case isModifier(st.toks[k]):
		default:
			return false
		}
	}
	return false
}

// weaponSent returns the violent verb told just before cd, a weapon noun,
// when cd is its object, past an article, a figure and modifiers: "fired
// artillery shells", "launched three missiles".
func weaponSent(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if len(earlier) == 0 || !weaponModes.has(cd.e.mode) {
		return nil
	}
	prev := earlier[len(earlier)-1]
	if prev.folded || prev.e.pos != 'V' || !prev.e.has(flagViolent) || cd.i-prev.j > 4 || st.clause[prev.i] != st.clause[cd.i] {
		return nil
	}
	for k := prev.j; k < cd.i; k++ {
		switch st.low[k] {
		case "a", "an", "the", "its", "their", "dozens", "hundreds", "of":
			continue
		}
		if !isModifier(st.toks[k]) || st.low[k] == "," {
			return nil
		}
	}
	return prev
}

// openingGerund reports whether a verb trigger opening the sentence is
// used as a noun, the subject of what follows: "Fighting between the army
// and rebels has killed 30", "Shelling near the plant wounded two".
func openingGerund(st *sent, cd *candidate) bool {
	if cd.i != 0 || cd.j >= len(st.low) || !strings.HasPrefix(st.toks[cd.i].tag, "NN") && st.toks[cd.i].tag != "VBG" {
		return false
	}
	switch st.low[cd.j] {
	case "between", "in", "on", "near", "along", "around", "across", "at", "over":
		return true
	}
	return false
}

// violentBefore reports whether one of cands is a violent act still
// standing.
func violentBefore(cands []*candidate) bool {
	for _, cd := range cands {
		if !cd.folded && cd.e.has(flagViolent) {
			return true
		}
	}
	return false
}

// renamedAttack returns the attack built earlier in the sentence that a
// violent noun after "in an" names again: "a bomb struck a patrol, in an
// attack later claimed by …". It is looked for among built events, so an
// earlier trigger dropped for want of actors leaves the noun its event.
func renamedAttack(st *sent, built []*candidate, cd *candidate) *candidate {
	// "…, in the most prominent assassination since 2021": a verb's entry
	// used as a noun, ranked, sums the act up too.
	ranked := strings.HasPrefix(st.toks[cd.i].tag, "NN") && summing(st, cd.i) && inRanked(st, cd.i)
	if cd.e.pos != 'N' && !ranked || !cd.e.has(flagViolent) || !inAnAct(st, cd.i) && !ranked {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if built[n].e.has(flagViolent) {
			// "…, where three of them died in a gunfight with police":
			// a where-clause tells a later act at another spot.
			if wordBetween(st, "where", built[n].j, cd.i) {
				return nil
			}
			return built[n]
		}
	}
	return nil
}

// inAnAct reports whether the violent noun at i follows "in a", "in an"
// or "a string of" past modifiers: ", in an attack that bore the
// hallmarks of …", "the latest in a string of attacks".
func inAnAct(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && (isModifier(st.toks[k]) || st.low[k] == "such") && st.mentionAt(k) == nil {
		k--
	}
	if k >= 2 && st.low[k] == "of" && seriesWords.has(st.low[k-1]) {
		return true
	}
	if k >= 1 && (st.low[k] == "a" || st.low[k] == "an") {
		k--
	}
	return k >= 0 && k < i-1 && (st.low[k] == "in" || st.low[k] == "during")
}

// inRanked reports whether the noun at i follows "in the" past a ranking
// and modifiers: "in the deadliest such attack", "in the most prominent
// assassination".
func inRanked(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if st.low[k] == "the" {
			return st.low[k-1] == "in"
		}
	}
	return false
}

// seriesWords name a run of acts: "a string of attacks".
var seriesWords = filtered(map[string]bool{"string": true, "series": true, "spate": true, "wave": true, "spree": true})

// durationWords measure how long fighting went on before an act.
var durationWords = filtered(map[string]bool{
	"days": true, "weeks": true, "months": true, "hours": true, "night": true, "day": true,
	"week": true, "years": true, "nights": true,
})

// afterPrep reports whether a mention is the object of a preposition.
func afterPrep(st *sent, m *mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		if targetPreps.has(st.low[k]) || placePreps.has(st.low[k]) {
			return true
		}
		if !isModifier(st.toks[k]) && st.low[k] != "the" {
			return false
		}
	}
	return false
}

// responsibilityFor reports whether a trigger is what a claim of
// responsibility is for: "claimed responsibility for the attack".
func responsibilityFor(st *sent, cd *candidate) bool {
	k := cd.i - 1
	for k >= 0 && (st.low[k] == "the" || st.low[k] == "this" || st.low[k] == "that" || isModifier(st.toks[k]) && st.mentionAt(k) == nil) {
		k--
	}
	return k >= 1 && st.low[k] == "for" && st.low[k-1] == "responsibility"
}

// afterBy reports whether a mention is a "by" agent: "by the Turkish army",
// or a later conjunct of one: "by Russian and Syrian government jets".
func afterBy(st *sent, m *mention) bool {
	if !st.holds(m) {
		return false
	}
	k := m.i - 1
	if k >= 0 && st.low[k] == "the" {
		k--
	}
	if k >= 1 && (st.low[k] == "and" || st.low[k] == ",") {
		if prev := st.mentionAt(k - 1); prev != nil && prev.j == k && !prev.place {
			return afterBy(st, prev)
		}
	}
	return k >= 0 && st.low[k] == "by"
}

// summing reports whether a superlative or "latest" qualifies the violent
// noun at i: it sums up an act rather than telling a new one.
func summing(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.low[k] {
		case "most", "deadliest", "worst", "largest", "biggest", "heaviest", "latest", "bloodiest":
			return true
		}
	}
	return false
}

// tollRelative reports whether the toll verb at i is told in a relative
// clause on the noun before it: "a raid on the camp in which nine people
// were killed", "two nights of rioting during which four died". The
// clause gives the toll of what the noun names, not a new killing.
func tollRelative(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if st.low[k] == "which" && (st.low[k-1] == "in" || st.low[k-1] == "during") {
			return true
		}
		if clauseBreaks.has(st.low[k]) || st.low[k] == "," {
			return st.low[k] == "," && toll44PastAside(st, k, i) // "in which four people, among them a gendarme, were killed"
		}
	}
	return false
}

// byAfter reports whether a "by" agent follows a passive verb ending at j
// within a few words: "were killed by police gunfire". A weapon with no
// one named behind it ("was killed by a stray bullet") is no agent.
func byAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+3; k++ {
		if st.low[k] == "by" {
			for n := k + 1; n < len(st.low) && n <= k+4; n++ {
				if st.mentionAt(n) != nil {
					return true
				}
				if st.low[n] == "," || clauseBreaks.has(st.low[n]) {
					break
				}
			}
			return false
		}
		if st.low[k] == "," {
			return false
		}
	}
	return false
}

// attributesAttack returns the attack an accusation told as a participle
// after a report names the author of, if any: "a grenade
// exploded outside a station, police said, blaming dissidents". The blame
// gives the attack its author; the gold codes it on the attack. A
// condemnation told so ("…, the agency said, calling it a massacre") is an
// event of its own, aimed at the attack's author.
func attributesAttack(st *sent, built []*candidate, cd *candidate) *candidate {
	if !strings.HasPrefix(cd.e.cameo, "11") || st.toks[cd.i].tag != "VBG" || cd.i < 2 || st.low[cd.i-1] != "," {
		return nil
	}
	said := false
	for k := cd.i - 2; k >= 0 && k >= cd.i-6; k-- {
		switch st.low[k] {
		case "said", "says", "told", "reported":
			said = true
		}
	}
	if !said {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if built[n].e.has(flagViolent) {
			// "…, where three of them died in a gunfight with police":
			// a where-clause tells a later act at another spot.
			if wordBetween(st, "where", built[n].j, cd.i) {
				return nil
			}
			return built[n]
		}
	}
	return nil
}

// blamedAgain returns the attack a violent noun names again as the object
// of a blame that attributesAttack folded into it: "…, the rebels said,
// blaming a military air strike". The noun tells how the attack was done.
func blamedAgain(st *sent, cands []*candidate, cd *candidate) *candidate {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) {
		return nil
	}
	for _, b := range cands {
		if !b.folded || b.corefOf == nil || !strings.HasPrefix(b.e.cameo, "11") || b.j > cd.i || cd.i-b.j > 4 {
			continue
		}
		for k := b.j; k < cd.i; k++ {
			if !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
				return nil
			}
		}
		return b.corefOf
	}
	return nil
}

// nounAfterPrep reports whether the noun at i is governed by a preposition,
// past an article and modifiers: "angry at the killings", "over the raid".
func nounAfterPrep(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.low[k] {
		case "at", "over", "about", "after", "against", "by", "following", "amid", "despite":
			return true
		case "the", "a", "an", "this", "that", "these", "those", "its", "their":
			continue
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// subjectBefore reports whether an actor who is no preposition's object
// stands in the clause before k.
func subjectBefore(st *sent, k int) bool {
	return lastSubjectBefore(st, k) != nil
}

// lastSubjectBefore returns the last actor before k in k's clause that no
// preposition governs, or nil.
func lastSubjectBefore(st *sent, k int) *mention {
	var last *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j <= k && !m.place && st.clause[m.i] == st.clause[k] && !afterPrep(st, m) {
			last = m
		}
	}
	return last
}

// reportedToll returns the attack built earlier in the sentence whose toll
// a later passive killing only reports: "rebels attacked a post, the army
// said, adding that five soldiers had been killed", "fighters stormed
// three villages; the governor said 40 people were killed". A reporting
// word or a semicolon between the attack and the killing, and no attacker
// of its own, make the killing the attack's toll, not a new attack.
func reportedToll(st *sent, built []*candidate, cd *candidate) *candidate {
	if !cd.e.has(flagKill) || cd.e.pos != 'V' || !st.isPassive(cd.i) || len(cd.src) > 0 || st.agentAfter(cd.j) != nil {
		return nil
	}
	// "a soldier had been killed by gunfire": a means of its own tells
	// another attack.
	if cd.j < len(st.low) && st.low[cd.j] == "by" {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		prev := built[n]
		if !isViolent(prev) || prev.e.has(flagKill) || prev.j > cd.i {
			continue
		}
		if reportedBetween(st, prev.j, cd.i) && victimsFit(prev, cd.tgt) {
			return prev
		}
		return nil
	}
	return nil
}

// reportedBetween reports whether a reporting word or a semicolon stands
// between tokens i and j: "…, the army said, adding that …", "…; officials
// said …".
func reportedBetween(st *sent, i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if st.low[k] == ";" || reportWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// reportWords introduce what someone told of an act just described.
var reportWords = filtered(map[string]bool{"said": true, "says": true, "adding": true, "added": true, "according": true, "reported": true, "confirmed": true})

// deviceGoesOff reports whether cd is a finite verb of explosion, which
// tells what a device named as its subject did rather than a new attack:
// "a landmine [went off] under their truck", "two car bombs [exploded]".
// foldTarget then finds the device.
func deviceGoesOff(st *sent, cd *candidate) bool {
	return cd.e.mode == "explosives" && st.toks[cd.i].tag != "VBG"
}

// foldedObject returns the victims a verb folded into an earlier attack
// names after it: its object ("… killed 10 civilians"), or for a blast
// only an actor where the device went off ("exploded under an army
// truck"), not one further on ("exploded during a patrol near the
// border with Cambodia").
func foldedObject(st *sent, cd *candidate) []*mention {
	if !deviceGoesOff(st, cd) {
		return st.object(cd.j, nil)
	}
	k := cd.j
	for k < len(st.low) && st.toks[k].tag == "RB" {
		k++
	}
	if k >= len(st.low) || !blastPreps.has(st.low[k]) {
		return nil
	}
	return st.object(k+1, nil)
}

// blastPreps say where a device went off.
var blastPreps = filtered(map[string]bool{"under": true, "near": true, "outside": true, "beside": true, "inside": true, "at": true, "in": true, "among": true, "on": true})

// sparkedBy reports whether the violent noun at i is what a participle of
// setting off, after a comma, made happen, past an article and modifiers:
// ", sparking a gunfight", ", setting off heavy exchanges of fire".
func sparkedBy(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && (st.low[k] == "a" || st.low[k] == "an" || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	spark := k >= 1 && sparkWords.has(st.low[k])
	if k >= 2 && st.low[k] == "off" && st.low[k-1] == "setting" {
		spark, k = true, k-1
	}
	return spark && st.low[k-1] == ","
}

// sparkWords set off fighting: "sparking", "triggering" (and "setting
// off").
var sparkWords = filtered(map[string]bool{"sparking": true, "triggering": true, "provoking": true, "igniting": true})

// deviceByPronoun reports whether the verb at i has "it" or "they" as the
// subject of its clause, a few words back: "it missed its target and
// exploded", "; they went off minutes apart".
func deviceByPronoun(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch st.low[k] {
		case ";", ":", ".":
			return false
		case "it", "they":
			return k == 0 || st.low[k-1] == ";" || st.low[k-1] == "," || st.low[k-1] == "and" || st.low[k-1] == "but" || st.low[k-1] == "then"
		}
		if st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}
