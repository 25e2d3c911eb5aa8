package code

// One event per telling: triggers of a sentence that tell again, or only a
// part of, an event another trigger tells.

import (
	"strings"

	"github.com/truce-project/truce"
)

// verbObject reports whether the noun trigger cd is the object of the verb
// trigger prev right before it, past an article, modifiers or a
// possessor: "lifted the ban", "shot down a Malian drone".
func verbObject(st *sent, prev, cd *candidate) bool {
	noun := cd.e.pos == 'N' || strings.HasPrefix(st.toks[cd.i].tag, "NN")
	if !noun || prev.e.pos != 'V' || prev.folded || isAgreementNoun(cd.e) || cd.e.has(flagViolent) || cd.i-prev.j > 4 || st.clause[prev.i] != st.clause[cd.i] {
		return false
	}
	// "sent reinforcements" is one deployment told by both words, and the
	// noun may hold its roles; "rejected the allegation" answers an
	// accusation that is an event of its own.
	if len(prev.e.cameo) < 2 || strings.HasPrefix(cd.e.cameo, prev.e.cameo[:2]) || strings.HasPrefix(cd.e.cameo, "11") {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		switch st.low[k] {
		case "the", "a", "an", "its", "their", "his", "her", "this", "that", "'s":
			continue
		}
		if isModifier(st.toks[k]) && st.low[k] != "," || st.mentionAt(k) != nil {
			continue
		}
		return false
	}
	return true
}

// doneIn reports whether the attack noun at n is introduced as what the
// toll verb ending at j was done in: "killed 46 civilians in a raid",
// "wounded three during an assault". Those killed with the victim, and
// who they were, may stand between when no other verb does: "was killed
// along with his deputy, the head of the northern command, in a drone
// strike".
func doneIn(st *sent, j, n int) bool {
	if n-j > 28 || n-j > 16 && verbBetween(st, j, n) {
		return false
	}
	for k := n - 1; k >= j && k >= n-4; k-- {
		if st.low[k] == "in" || st.low[k] == "during" {
			return st.clause[k] == st.clause[n]
		}
	}
	return false
}

// raidWords name an operation rather than a kind of violence.
var raidWords = filtered(map[string]bool{"raid": true, "raids": true, "operation": true, "operations": true, "sweep": true, "crackdown": true})

// sameEvent returns an earlier candidate of the sentence that codes the
// same event as cd: same type, actors and place.
func sameEvent(built []*candidate, cd *candidate) *candidate {
	for _, b := range built {
		x, y := &b.ev, &cd.ev
		// ("imposed a curfew and cut internet access": two measures.)
		if x.Type == truce.Coerce && x.Mode != y.Mode && (measureModes.has(x.Mode) || measureModes.has(y.Mode)) {
			continue
		}
		// ("expelled the envoy and suspended trade": each sanction of
		// its own kind is a measure of its own; so is each coercion
		// done to its own object, "seized rifles and arrested two men",
		// while "arrested and deported 30 migrants" is one.)
		if x.Type == y.Type && x.Mode != y.Mode && (x.Type == truce.Sanction || x.Type == truce.Coerce && x.Mode != "" && y.Mode != "" && !sharedObject(b, cd)) {
			continue
		}
		if prec73OwnSanctions(b, cd) {
			continue
		}
		// ("shelled the villages and bombed a market": two weapons, each
		// verb with its own object, are two attacks; "shelled and bombed
		// the town" is one.)
		if x.Type == truce.Assault && y.Type == truce.Assault && x.Mode != y.Mode && weaponModes.has(x.Mode) && weaponModes.has(y.Mode) &&
			b.e.pos == 'V' && cd.e.pos == 'V' && !sharedObject(b, cd) {
			continue
		}
		// ("torching huts and abducting farmers", "killed civilians and
		// raped women": an abduction or a rape beside another kind of deed
		// is an event of its own, though they share the doer and place.)
		if x.Mode != y.Mode && (deedModes.has(x.Mode) || deedModes.has(y.Mode)) || ownDestruction(b, cd) {
			continue
		}
		// ("blew up the track and then opened fire on the train": acts of
		// two kinds told one after the other are two events.)
		if x.Mode != y.Mode && x.Mode != "" && y.Mode != "" && b.st == cd.st && wordBetween(cd.st, "then", b.j, cd.i) {
			continue
		}
		// ("torched homes and looted shops": one raid on property, each
		// deed with its own object.)
		if propertyPair(x, y) && len(x.Source) > 0 && ids(x.Source) == ids(y.Source) && x.Status == y.Status &&
			(x.Location == nil || y.Location == nil || x.Location.Name == y.Location.Name) {
			return b
		}
		if x.Type == y.Type && ids(x.Source) == ids(y.Source) && ids(x.Target) == ids(y.Target) &&
			x.Location != nil && y.Location != nil && prec70SamePlace(cd.st, x.Location, y.Location) && x.Status == y.Status {
			return b
		}
	}
	return nil
}

// armsGivenUp reports whether a weapon noun lists the arms a disarmament
// just before hands over, in the same clause and a few words on.
func armsGivenUp(st *sent, prev, cd *candidate) bool {
	if prev.e.mode != "disarm" || cd.i-prev.j > 8 {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		if verbAt(st, k) || st.mentionAt(k) != nil {
			return false
		}
	}
	return true
}

// measureModes are measures laid on a whole population: two of them in one
// sentence are two events.
var measureModes = filtered(map[string]bool{"curfew": true, "censor": true, "martial-law": true})

// deedModes are kinds of violence told apart from any other deed of the
// same sentence: "burned homes and abducted villagers" is two events.
var deedModes = filtered(map[string]bool{"abduct": true, "sexual": true})

// ids joins actors' ids, for comparing sides.
func ids(as []truce.Actor) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.ID)
		b.WriteByte(',')
	}
	return b.String()
}

// whenBetween reports whether a "when" opens the clause between a toll
// verb ending at j and the attack at n, not far from either; so may an
// "as" of time ("were killed on Friday as troops clashed with rebels").
func whenBetween(st *sent, j, n int) bool {
	aside := toll48AsideWords(st, j, n) // "…, most of them officers, …"
	if n-j-aside > 12 {
		return false
	}
	for k := j; k < n; k++ {
		if st.low[k] == "when" || st.low[k] == "after" && k+1 < n && st.low[k+1] != "days" || st.low[k] == "as" && asOfTime(st, k) {
			return k-j-toll48AsideWords(st, j, k) <= 8
		}
	}
	return false
}

// asOfTime reports whether the "as" at k opens a clause of time, its
// subject and verb right after it, rather than a comparison or a role ("as
// well as", "as many as", "as part of", "as a warning").
func asOfTime(st *sent, k int) bool {
	if k+1 >= len(st.low) {
		return false
	}
	switch st.low[k+1] {
	case "well", "many", "much", "part", "far", "soon", "a", "an", "of", "if", "though", "such", "it":
		return false
	}
	for x := k + 1; x < len(st.toks) && x <= k+5; x++ {
		if verbAt(st, x) {
			return x > k+1 && st.clause[x] == st.clause[k+1]
		}
	}
	return false
}

// mannerOf reports whether cd, a violent verb in a when- or as-clause
// whose subject is a pronoun, tells how the killing or attack prev was
// done: "security forces killed 60 people when they fired on worshippers".
func mannerOf(st *sent, prev, cd *candidate) bool {
	if prev.folded || !prev.e.has(flagViolent) || !cd.e.has(flagViolent) || cd.e.pos != 'V' || prev.e.pos != 'V' {
		return false
	}
	// The killing's object, place and date may stand between: "killed 66
	// people in the south-eastern city of Zahedan last Friday when they
	// opened fire".
	if cd.i-prev.j > 20 || cd.i < 2 {
		return false
	}
	w := st.low[cd.i-2]
	if w != "when" && w != "as" {
		return false
	}
	switch st.low[cd.i-1] {
	case "they", "he", "she", "it":
		return true
	}
	return false
}

// nounUse reports whether the trigger cd names an act as a noun: one of
// the noun lexicon, or a verb's form after an article ("a clash with
// Azerbaijani troops", "the fighting").
func nounUse(st *sent, cd *candidate) bool {
	if cd.e.pos == 'N' {
		return true
	}
	if cd.i == 0 {
		return false
	}
	switch st.low[cd.i-1] {
	case "a", "an", "the":
		return true
	}
	return gerundBeforeVerb(st, cd)
}

// ploverOf returns the category a trigger entry codes.
func (c *Coder) ploverOf(e *entry) string {
	if e.plover != "" {
		return e.plover
	}
	return c.lex.cameo[e.cameo].plover
}

// sameActTwice returns the act built just before cd that cd, a verb joined
// to it by "and" with no subject of its own, carries on: "rioters torched
// shops and hurled rocks at gendarmes", "stormed the embassy and set part
// of it ablaze" are one riot. Both verbs code the same kind of act done
// the same way by the same doers at the same place; two kinds ("set fire
// to a school and seized its principal") stay two events.
func sameActTwice(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.e.pos != 'V' || !coordinatedKinds.has(cd.ev.Type) {
		return nil
	}
	b := built[n-1]
	x, y := &b.ev, &cd.ev
	if b.e.pos != 'V' || x.Type != y.Type || x.Mode == "" || x.Mode != y.Mode || x.Status != y.Status ||
		len(x.Source) == 0 || ids(x.Source) != ids(y.Source) || cd.i-b.j > 15 {
		return nil
	}
	if x.Location != nil && y.Location != nil && x.Location.Name != y.Location.Name {
		return nil
	}
	and := lastAndBetween(st, b.j, cd.i)
	// Only the verb's own words may follow "and": no new subject. An
	// attempt is told of the same doers ("looted shops and tried to set
	// fire to parliament").
	if and < 0 {
		return nil
	}
	for k := and + 1; k < cd.i; k++ {
		if st.mentionAt(k) != nil || !isModifier(st.toks[k]) && st.toks[k].tag != "RB" && !attemptWords.has(st.low[k]) {
			return nil
		}
	}
	return b
}

// attemptWords tell a deed tried: "and tried to", "and attempted to".
var attemptWords = filtered(map[string]bool{"tried": true, "attempted": true, "sought": true, "to": true})

// coordinatedKinds are the categories whose acts, told by two verbs of one
// subject, are one event: a riot or an attack goes on in several deeds.
var coordinatedKinds = filtered(map[string]bool{truce.Protest: true, truce.Assault: true})

// joinActors returns the actors of as followed by those of bs it lacks.
func joinActors(as, bs []truce.Actor) []truce.Actor {
	out := append([]truce.Actor{}, as...)
	for _, b := range bs {
		if !hasSame(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// adoptManner gives an event whose trigger did not say how it was done the
// weapon a second telling of it names: "a journalist was killed …
// when shells struck them" is shelling. What the act did ("a strike set
// the depot ablaze") is no manner of doing it. A coercion told in stages
// takes the mode of its last ("detained and deported").
func adoptManner(ev, again *truce.Event) {
	if ev.Type == truce.Coerce && again.Type == truce.Coerce && ev.Mode != "" && again.Mode != "" {
		adoptStage(ev, again)
		return
	}
	if ev.Mode != "" || !weaponModes.has(again.Mode) || ev.Type != again.Type {
		return
	}
	ev.CAMEO, ev.Goldstein, ev.Mode = again.CAMEO, again.Goldstein, again.Mode
	ev.ACLEDType, ev.ACLEDSubtype = again.ACLEDType, again.ACLEDSubtype
}

// weaponModes are the modes that tell what force was delivered with.
var weaponModes = filtered(map[string]bool{
	"aerial": true, "drone": true, "heavy-weapons": true, "explosives": true, "firearms": true,
	"suicide-attack": true, "unconventional": true,
})

// fightTakenIn reports whether cd, a noun for fighting, tells the battle
// in or after which the ground prev took changed hands: "retook the
// village after a day-long battle", "captured the base following heavy
// clashes", "seized the town in fierce fighting". The taking and its
// fight are one act, which carries the fight's toll.
func fightTakenIn(st *sent, prev, cd *candidate) bool {
	if prev.folded || !prev.e.has(flagTerritory) || prev.e.pos != 'V' || !cd.e.has(flagSym) || !cd.e.has(flagViolent) ||
		cd.e.pos != 'N' || cd.i-prev.j > 20 {
		return false
	}
	// The fight is introduced by its preposition, past an article, a
	// figure of days and modifiers: "after [three days of] fierce".
	k := cd.i - 1
	for ; k > prev.j && k >= cd.i-6; k-- {
		w := st.low[k]
		if fightPreps.has(w) {
			break
		}
		switch {
		case w == "the" || w == "a" || w == "an" || w == "of" || w == "days" || w == "weeks" || w == "hours" || w == "day" || w == "week":
		case isModifier(st.toks[k]) && w != ",", st.toks[k].tag == "CD", st.toks[k].tag == "HYPH":
		default:
			return false
		}
	}
	if !fightPreps.has(st.low[k]) {
		return false
	}
	// Between the taking and the preposition: its object, place and date,
	// with no verb or clause of their own.
	for n := prev.j; n < k; n++ {
		if clauseBreaks.has(st.low[n]) || st.low[n] == ";" || verbAt(st, n) && st.mentionAt(n) == nil {
			return false
		}
	}
	return true
}

// fightPreps introduce the fighting a taking of ground came in or after.
var fightPreps = filtered(map[string]bool{"after": true, "following": true, "amid": true, "in": true, "during": true})

// toldAfterToll returns the attack a toll opens with that cd, a violent
// verb in a later after-clause of the sentence, tells how it was done:
// "The toll from Tuesday's raid on the market rose to 40 on Thursday,
// police said, after gunmen opened fire on shoppers". The clause names the
// raid's doers; it is no second attack.
func toldAfterToll(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.e.pos != 'V' || !cd.e.has(flagViolent) || st.isPassive(cd.i) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded {
			if prev.corefOf != nil {
				continue
			}
			return nil
		}
		if !prev.e.has(flagViolent) || !strings.HasPrefix(st.toks[prev.i].tag, "NN") && prev.e.pos != 'N' || !tollFrom(st, prev.i) || cd.i-prev.j > 30 {
			return nil
		}
		for k := prev.j; k < cd.i; k++ {
			if st.low[k] == "after" && cd.i-k <= 14 {
				return prev
			}
		}
		return nil
	}
	return nil
}

// tollFrom reports whether the attack noun at i is what a toll counts,
// past its article or a possessor and their modifiers: "the toll from
// Friday's bombing", "the death toll in the attack on the mosque".
func tollFrom(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		w := st.low[k]
		if tollOf.has(w) {
			return st.low[k-1] == "toll" || st.low[k-1] == "tolls"
		}
		if w != "the" && w != "'s" && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// suspicionOn returns the earlier violent act of the sentence whose victim
// the trigger cd is told as suspected or accused of, in a participle on
// the victim a few words on: "lynched a man suspected of theft and
// murder", "shot two youths accused of looting".
func suspicionOn(st *sent, before []*candidate, cd *candidate) *candidate {
	if !cd.e.has(flagViolent) {
		return nil
	}
	// The "of" the suspicion opens, past other deeds listed before the
	// trigger ("suspected of kidnapping and killing").
	of := -1
	for k := cd.i - 1; k >= 0 && k >= cd.i-4; k-- {
		if st.low[k] == "of" {
			of = k
			break
		}
	}
	if of < 3 || st.low[of-1] != "suspected" && st.low[of-1] != "accused" || !strings.HasPrefix(st.toks[of-2].tag, "NN") {
		return nil
	}
	for n := len(before) - 1; n >= 0; n-- {
		prev := before[n]
		if prev.folded || !prev.e.has(flagViolent) || prev.e.pos != 'V' {
			continue
		}
		if of-prev.j > 4 || of < prev.j || st.clause[prev.j] != st.clause[cd.i] {
			return nil
		}
		return prev
	}
	return nil
}

// weaponLaunchedBy reports whether the weapon verb at i is a participle on
// the weapon word before it, past an adverb, with its agent after: "rockets
// fired by the militia", "drones allegedly launched by the RSF".
func weaponLaunchedBy(c *Coder, st *sent, i int) bool {
	if i+1 >= len(st.low) || st.low[i+1] != "by" || st.toks[i].tag != "VBN" {
		return false
	}
	w := i - 1
	if w > 0 && st.toks[w].tag == "RB" {
		w--
	}
	return w >= 0 && strings.HasPrefix(st.toks[w].tag, "NN") && c.isWeaponWord(st.low[w])
}

// lastAndBetween returns the last "and" in tokens [from, to) of one
// clause, or -1 when there is none or a clause break stands there: the
// join of two verbs that may tell one act.
func lastAndBetween(st *sent, from, to int) int {
	and := -1
	for k := from; k < to; k++ {
		switch {
		case st.low[k] == "and":
			and = k
		case clauseBreaks.has(st.low[k]) || st.low[k] == ";":
			return -1
		}
	}
	return and
}
