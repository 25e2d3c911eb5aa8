package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// weaponOf reads how a violent event was carried out from the words of its
// clause, when its trigger does not say ("Pakistani aircraft struck"), or
// says less than the weapon named ("an Israeli tank fired at the tower").
func (c *Coder) weaponOf(cd *candidate) (weapon, bool) {
	if !cd.e.has(flagViolent) {
		return weapon{}, false
	}
	own := cd.e.mode
	if own == "-" || own == "" {
		own = c.lex.cameo[cd.e.cameo].mode // "wearing an explosives vest": 1831
	}
	if own != "" && refines[own] == nil {
		return weapon{}, false
	}
	fits := func(w weapon) bool { return own == "" || refines[own][w.mode] }
	st := cd.st
	lo, hi := cd.prev, cd.next
	if cd.j > hi {
		hi = cd.j
	}
	for k := lo; k < hi && k < len(st.low); k++ {
		if k+1 < len(st.low) {
			if w, ok := c.lex.weapons[st.low[k]+" "+st.low[k+1]]; ok && fits(w) {
				return w, true
			}
		}
		if w, ok := c.lex.weapons[st.low[k]]; ok && fits(w) {
			return w, true
		}
	}
	// "Gunmen on motorbikes … killed 30 in a raid": the attacker's own
	// words, wherever they stand.
	for _, m := range cd.src {
		for k := m.i; k < m.j && k < len(st.low); k++ {
			if w, ok := c.lex.weapons[st.low[k]]; ok && fits(w) {
				return w, true
			}
		}
	}
	if own == "" && cd.e.has(flagKill) {
		return killerMeans(cd)
	}
	return weapon{}, false
}

// killerMeans reads how people were killed, when no weapon is named, from
// who killed them: a crowd kills with its hands and what it finds
// ("villagers dragged two men from their homes and killed them", beat, a
// mob's violence); soldiers, police, rebels and gangs kill with guns
// ("police killed 17 people during the protests", firearms).
func killerMeans(cd *candidate) (weapon, bool) {
	if len(cd.src) == 0 {
		return weapon{}, false
	}
	civil, armedBy := true, false
	for _, m := range cd.src {
		a := m.actor
		switch {
		case mobSectors[a.Sector] || a.Sector == "" && crowdWords[strings.ToLower(lastWord(a.Text))]:
		case armedSector[a.Sector] || isArmedGroup(a):
			civil, armedBy = false, true
		default:
			civil = false
		}
	}
	switch {
	case civil && !cd.st.hasAny(organisedCivilians):
		return weapon{mode: "beat", cameo: cd.e.cameo, acledType: acledRiots, acledSub: subMob}, true
	case armedBy:
		return weapon{mode: "firearms", cameo: cd.e.cameo, acledType: cd.e.acledType, acledSub: cd.e.acledSub}, true
	}
	return weapon{}, false
}

// mobSectors are the sectors of people who, killing together, are a mob:
// villagers, students, worshippers, traders.
var mobSectors = map[string]bool{"CVL": true, "EDU": true, "REL": true, "BUS": true, "LAB": true}

// refines lists, for the mode a trigger sets itself, the weapon modes that
// say more about the same act: "an Israeli tank fired at the tower" is
// tank fire, not small arms; "a bomb hidden in a suicide vest" a suicide
// attack. Other trigger modes ("abduct", "sexual") are never overridden.
var refines = map[string]map[string]bool{
	"firearms":   {"heavy-weapons": true, "aerial": true, "drone": true},
	"explosives": {"suicide-attack": true},
}

// complementOf reads what a request, rejection or threat is about from the
// words after its trigger in its clause.
func (c *Coder) complementOf(cd *candidate) (complement, bool) {
	cs := c.lex.complements[c.lex.cameo[cd.e.cameo].plover]
	if len(cs) == 0 {
		return complement{}, false
	}
	st := cd.st
	for k := cd.j; k < len(st.low) && k < cd.j+14 && st.clause[k] == st.clause[cd.i]; k++ {
		for _, cm := range cs {
			if _, ok := matchFrom(st.low, k, cm.words); ok {
				return cm, true
			}
		}
	}
	return complement{}, false
}

// statusNear reads hedges, negations, conditions, plans, denials and
// attributions around a trigger.
func statusNear(st *sent, i int) string {
	for k := i - 3; k <= i+1 && k < len(st.low); k++ {
		if k < 0 {
			continue
		}
		switch st.low[k] {
		case "allegedly", "purportedly", "supposedly":
			return truce.StatusAlleged
		case "slated", "planned", "scheduled", "upcoming", "follow-up", "proposed":
			return truce.StatusPlanned
		case "not", "never", "no", "n't", "without":
			if k < i {
				return truce.StatusNegated
			}
		}
	}
	for k := i + 1; k < len(st.low) && k < i+10; k++ {
		switch st.low[k] {
		case "slated", "scheduled":
			return truce.StatusPlanned
		}
	}
	// The lexicon's "would send * tanks to" after "said Berlin": a plan.
	if st.low[i] == "would" && reportedFuture(st, i) {
		return truce.StatusPlanned
	}
	if conditional(st, i) {
		return truce.StatusHypothetical
	}
	// "did not reach any deal", "will not hold direct negotiations".
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i] && !quoteMark(st.low[k]); k-- {
		if st.low[k] == "not" || st.low[k] == "n't" || st.low[k] == "never" {
			return truce.StatusNegated
		}
	}
	if denied(st, i) {
		return truce.StatusDenied
	}
	if accusedOf(st, i) || chargeDenied(st, i) {
		return truce.StatusAlleged
	}
	if planned(st, i) {
		return truce.StatusPlanned
	}
	if disputed(st, i) {
		return truce.StatusClaimed
	}
	return frameStatus(st, i)
}

// chargeNouns name an accusation an apposition can point back to.
var chargeNouns = map[string]bool{"charge": true, "accusation": true, "allegation": true, "claim": true}

// chargeDenied reports whether the trigger is what an apposition after it
// calls a charge someone denies: "Kigali was arming the rebels, a charge
// Rwanda denies", "over the delivery of drones to Moscow, an accusation
// Tehran rejects". The trigger must open the charged clause, right after
// "that" or "over", with no report verb between it and the apposition.
func chargeDenied(st *sent, i int) bool {
	opened := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if st.low[k] == "that" || st.low[k] == "over" {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	for k := i + 1; k+2 < len(st.low); k++ {
		if attributes(st.low[k]) || frameBreaks[st.low[k]] {
			return false
		}
		if st.low[k] != "," {
			continue
		}
		n := k + 1
		if st.low[n] == "a" || st.low[n] == "an" || st.low[n] == "the" {
			n++
		}
		if n >= len(st.low) || !chargeNouns[st.low[n]] {
			continue
		}
		for m := n + 1; m < len(st.low) && m <= n+5; m++ {
			switch st.low[m] {
			case "deny", "denies", "denied", "reject", "rejects", "rejected", "disputes", "disputed":
				return true
			}
		}
		return false
	}
	return false
}

// disputeWords, after a second speaker, contradict the first: "but NATO
// said it had seen no sign of a pullback".
var disputeWords = map[string]bool{
	"denied": true, "denies": true, "disputed": true, "disputes": true, "rejected": true, "dismissed": true,
	"sign": true, "evidence": true, "false": true,
}

// disputed reports whether the trigger is what a speaker said of its own
// side and another speaker then contradicted: "Moscow said some of its
// troops were leaving the border, but NATO said it had seen no sign of
// it". The speaker's word on its own deed is then a claim.
func disputed(st *sent, i int) bool {
	k := governingReport(st, i)
	if k < 0 || st.low[k] == "according" {
		return false
	}
	own := false
	for n := k + 1; n < i; n++ {
		switch st.low[n] {
		case "its", "their", "our", "we", "they", "it":
			own = true
		}
	}
	if !own {
		return false
	}
	for n := i + 1; n < len(st.low); n++ {
		if st.low[n] != "but" && st.low[n] != "while" {
			continue
		}
		report := false
		for m := n + 1; m < len(st.low) && m <= n+25; m++ {
			w := st.low[m]
			report = report || reportVerbs[w]
			if report && (disputeWords[w] && (w != "sign" && w != "evidence" || st.low[m-1] == "no")) {
				return true
			}
			if denialVerbs[w] {
				return true // "but Kyiv denied it"
			}
		}
		return false
	}
	return false
}

// conditional reports whether the trigger's clause makes it depend on
// something else or only possible: "would accept a pause", "could
// threaten", "if the rebels withdraw", "for as long as no attacks are
// launched". A hypothetical material act codes no event (build), so the
// cues stay few: "unless" is left out.
func conditional(st *sent, i int) bool {
	// "Were Washington to lift its embargo, …", "Should talks fail, …":
	// an inverted condition opens the sentence.
	if len(st.low) > 2 && (st.low[0] == "were" || st.low[0] == "should" || st.low[0] == "had") && st.clause[i] == st.clause[0] {
		for k := 1; k < len(st.low) && k <= 12; k++ {
			// "Were X to …"; "Should/Had X …," (a question would end in
			// a question mark, which news seldom prints)
			if st.low[k] == "to" && st.low[0] == "were" || st.low[k] == "," && st.low[0] != "were" && st.low[len(st.low)-1] != "?" {
				return true
			}
			if st.low[k] == "," {
				break
			}
		}
	}
	switch st.low[i] {
	case "would", "could", "might", "may":
		// The lexicon's "would accept"; "would never accept" is a
		// refusal made now; "said Berlin would send tanks" a stated plan.
		if st.low[i] == "would" && reportedFuture(st, i) {
			return false
		}
		return i+1 >= len(st.low) || st.low[i+1] != "never" && st.low[i+1] != "not"
	}
	for k := i - 1; k >= 0 && st.clause[k] == st.clause[i] && !quoteMark(st.low[k]); k-- {
		switch st.low[k] {
		case "would":
			// "said they would boycott all contact": the future of a
			// report, a stated plan, unless a condition follows.
			if reportedFuture(st, k) {
				return false
			}
			return true
		case "could", "might", "if", "may":
			return true
		case "long":
			if k > 0 && k+1 < len(st.low) && st.low[k-1] == "as" && st.low[k+1] == "as" {
				return true
			}
		}
	}
	// "as long as" opens a clause of its own ("as" breaks clauses).
	for k := i - 1; k >= 2 && k >= i-8; k-- {
		if st.low[k] == "as" && st.low[k-1] == "long" && st.low[k-2] == "as" {
			return true
		}
	}
	return false
}

// quoteMark reports whether w is a quotation mark, which bounds the scope
// of a modal or a negation: in '"We may strike at night," the minister
// warned' the "may" is the quote's, not the warning's.
func quoteMark(w string) bool {
	return w == `"` || w == "``" || w == "''"
}

// denialVerbs deny what follows them: "denied supplying weapons", "denies
// that its forces had fired".
var denialVerbs = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true}

// denied reports whether the trigger is what a denial in its clause
// denies: "Rwanda denied supplying weapons to the rebels", "the army denied
// that it had shelled the town".
func denied(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i]; k-- {
		if !denialVerbs[st.low[k]] {
			continue
		}
		for n := k + 1; n < i; n++ {
			if st.low[n] == "," || st.low[n] == "and" {
				return false // "denied any role, accused Israel of …"
			}
		}
		next := st.low[k+1]
		return k+1 == i || next == "that" || next == "having" || next == "any" || next == "involvement" ||
			next == "responsibility" || st.toks[k+1].tag == "VBG"
	}
	return false
}

// accusedOf reports whether the trigger is what someone is accused of:
// "accused the army of shelling the camp", "officers were accused of
// beating a detainee".
func accusedOf(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if st.low[k] != "of" {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-8; n-- {
			switch st.low[n] {
			case "accused", "accusing", "accuses", "accuse", "suspected":
				return true
			}
		}
		return false
	}
	return false
}

// futureTo are the words that, followed by "to" and a verb, put the act in
// the future: "plans to open", "are expected to meet", "is set to sign".
var futureTo = map[string]bool{
	"due": true, "expected": true, "set": true, "plans": true, "plan": true, "planning": true,
	"intends": true, "intend": true, "poised": true, "going": true, "scheduled": true, "slated": true,
	// "promised to send police", "vowed to rebuild the bridge".
	"promised": true, "promises": true, "pledged": true, "pledges": true, "vowed": true, "vows": true,
}

// refusalVerbs refuse what they name: said in the future tense, they still
// refuse now ("will reject any deal").
var refusalVerbs = map[string]bool{
	"reject": true, "refuse": true, "turn": true, "rebuff": true, "decline": true, "veto": true,
}

// planned reports whether the trigger is an act announced for the future:
// "Poland will send troops", "the leaders are due to meet again", "Hamas
// is to release the hostages", "delegations were expected to meet".
func planned(st *sent, i int) bool {
	if w := st.low[i]; w == "will" || w == "shall" {
		// The lexicon's "will send"; "will not hold talks" is a refusal
		// made now.
		return i+1 >= len(st.low) || st.low[i+1] != "not" && st.low[i+1] != "never"
	}
	if strings.HasPrefix(st.toks[i].tag, "NN") && futureAfter(st, i) {
		return true
	}
	// "will turn down any grants", "will reject the ruling": a refusal
	// announced is made now.
	if refusalVerbs[st.low[i]] {
		return false
	}
	verbs := 0
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i]; k-- {
		w, tag := st.low[k], st.toks[k].tag
		switch {
		case (w == "will" || w == "shall" || w == "'ll") && k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never"):
			return false // "will not put the request on its agenda": a refusal
		case w == "will" || w == "shall" || w == "'ll":
			return true
		case w == "would" && reportedFuture(st, k):
			return true
		case w == "to" && k > 0 && futureTo[st.low[k-1]]:
			return true
		case w == "to" && k > 0 && (st.low[k-1] == "is" || st.low[k-1] == "are"):
			return true // "Hamas is to release"
		case tag == "VB":
			if verbs++; verbs > 1 {
				return false
			}
		case strings.HasPrefix(tag, "RB"), tag == "DT", strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "PRP$", w == "be":
		default:
			return strings.HasPrefix(st.toks[i].tag, "NN") && futureVerbBefore(st, k)
		}
	}
	return false
}

// futureVerbBefore reports whether the verb of the clause a noun trigger
// hangs from, at or before k, is in the future: "will host Putin in Alaska
// for talks". It stops at a verb in another tense or a "that" clause.
func futureVerbBefore(st *sent, k int) bool {
	for n := k; n >= 0 && n > k-10 && st.clause[n] == st.clause[k]; n-- {
		w, tag := st.low[n], st.toks[n].tag
		switch {
		case w == "will" || w == "shall":
			return true
		case w == "that" || tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VBN" || tag == "MD":
			return false
		}
	}
	return false
}

// onsetVerbs, after a reported "would", say an event noun is to take
// place: "talks would follow", "the pullout would begin on Monday".
var onsetVerbs = map[string]bool{
	"follow": true, "begin": true, "start": true, "resume": true, "open": true, "take": true,
}

// futureAfter reports whether a noun trigger is the subject of a verb in
// the future: "talks between the two sides will resume", "the
// withdrawal is due to begin".
func futureAfter(st *sent, i int) bool {
	for k := i + 1; k < len(st.low) && k <= i+6 && st.clause[k] == st.clause[i]; k++ {
		w := st.low[k]
		switch {
		case w == "will" || w == "shall":
			return true
		case w == "would" && k+1 < len(st.low) && onsetVerbs[st.low[k+1]] && governingReport(st, i) >= 0:
			// "told reporters that talks would follow"; but "said the
			// truce would hold as long as …" is a forecast.
			return true
		case (w == "is" || w == "are") && k+2 < len(st.low) && st.low[k+2] == "to" && futureTo[st.low[k+1]]:
			return true
		case strings.HasPrefix(st.toks[k].tag, "VB") || w == ",":
			return false
		}
	}
	return false
}

// frameStatus reads the status a report frame gives what it reports: an
// armed group saying it did something claims it ("the insurgents said they
// had captured the town"); a state saying another country's forces had
// done something alleges it ("Baku said Armenian units had fired on its
// positions").
func frameStatus(st *sent, i int) string {
	k := governingReport(st, i)
	if k < 0 || st.low[k] == "according" {
		return ""
	}
	sp := reportSpeaker(st, k)
	if sp == nil {
		return ""
	}
	n := k + 1
	for n < i && (st.low[n] == "on" || st.low[n] == "that" || st.low[n] == "," || st.toks[n].tag == "NNP" && st.mentionAt(n) == nil) {
		n++
	}
	// "said they had captured", not "said it welcomed the vote".
	// But "said it had decided to disband" announces a decision, which
	// the group alone can make: no claim to dispute.
	if n+1 < i && armed(sp.actor) && (st.low[n+1] == "had" || st.low[n+1] == "have" || st.low[n+1] == "has") &&
		(n+2 >= len(st.low) || !decisionVerbs[st.low[n+2]]) {
		switch st.low[n] {
		case "they", "it", "we":
			return truce.StatusClaimed
		}
	}
	pastPerfect := false
	for x := k + 1; x < i; x++ {
		if st.low[x] == "had" {
			pastPerfect = true
		}
	}
	if !pastPerfect || sp.actor.Country == "" || !isState(sp.actor) {
		return ""
	}
	if st.isPassive(i) {
		return "" // "fighters had been killed": the speaker's own toll
	}
	// The reported clause must open with the accused: "said Armenian
	// units had fired", not "said it was Islamabad that had asked".
	for n < i && (st.toks[n].tag == "DT" || strings.HasPrefix(st.toks[n].tag, "JJ")) && st.mentionAt(n) == nil {
		n++
	}
	// The trigger must be what the accused did ("had fired rockets"), not a
	// noun further on ("in violation of the ceasefire").
	if m := st.mentionAt(n); m != nil && !m.place && m.actor.Country != "" && m.actor.Country != sp.actor.Country &&
		i-m.j <= 4 {
		return truce.StatusAlleged
	}
	return ""
}

// decisionVerbs announce what a speaker has resolved to do: "it had
// decided to lay down its arms", "they have agreed to withdraw".
var decisionVerbs = map[string]bool{"decided": true, "agreed": true, "resolved": true, "voted": true, "chosen": true}

// armed reports whether an actor is a non-state armed group, whose word on
// its own deeds is a claim. A state's forces reporting their operation
// report it ("Iraqi forces said they had cleared …").
func armed(a truce.Actor) bool {
	return !isState(a) && (a.Sector == "REB" || a.Sector == "MLT" || isArmedGroup(a))
}

// reportVerbs attribute what follows them to their subject.
var reportVerbs = map[string]bool{
	"reports": true, "reported": true, "said": true, "says": true, "claimed": true, "claims": true,
	"announced": true, "confirmed": true, "stated": true, "told": true, "say": true,
}

// attributes reports whether w attributes what goes with it to a speaker:
// a report verb, or an accusation or declaration, which names its speaker
// but does not change roles elsewhere ("medics accused the army of …").
func attributes(w string) bool {
	return reportVerbs[w] || admitVerbs[w] || w == "declared" || w == "accused" || w == "accuses" || w == "added" || w == "saying"
}

// admitVerbs attribute what goes with them as a report verb does, here only
// (roles read reportVerbs): "the strike was a mistake, the command
// admitted"; "…, with doctors reporting 20 dead".
var admitVerbs = map[string]bool{
	"acknowledged": true, "acknowledges": true, "admitted": true, "admits": true, "reporting": true,
}

// frameBreaks end what a report verb before them governs: "the army
// reported calm, but a shell landed …".
var frameBreaks = map[string]bool{
	";": true, "but": true, "while": true, "whereas": true, "although": true, "though": true, "meanwhile": true,
}

// governingReport returns the report verb (or "according") before the
// trigger whose content the trigger is in, or -1: "the ministry said that
// Armenian units had fired", "according to the UN, militias killed".
func governingReport(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		w := st.low[k]
		if frameBreaks[w] {
			return -1
		}
		if w == "according" && k+1 < len(st.low) && st.low[k+1] == "to" {
			return k
		}
		if attributes(w) && (st.toks[k].tag != "VBN" || k > 0 && st.low[k-1] == "," || thatFollows(st, k)) {
			return k
		}
	}
	return -1
}

// thatFollows reports whether a "that" opens the complement of the verb at
// k within a few words: a report verb the tagger took for a participle
// ("the rebels declared on Saturday that …") still reports.
func thatFollows(st *sent, k int) bool {
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		switch {
		case st.low[n] == "that":
			return true
		case st.low[n] == "," || strings.HasPrefix(st.toks[n].tag, "VB") || st.toks[n].tag == "MD":
			return false
		}
	}
	return false
}

// trailingReport returns the report verb (or "according") after the
// trigger that attributes the whole clause, or -1: "…, officials said",
// "…, said the army", "…, according to medics".
func trailingReport(st *sent, i int) int {
	for k := i + 1; k < len(st.low); k++ {
		w := st.low[k]
		if w == "according" && k+1 < len(st.low) && st.low[k+1] == "to" && st.low[k-1] == "," {
			return k
		}
		if !attributes(w) || w == "accused" || w == "accuses" {
			continue
		}
		if k+1 < len(st.low) && st.low[k+1] == "that" {
			continue
		}
		if st.low[k-1] == "," {
			return k // "…, said the army"
		}
		for n := k - 1; n > i && n >= k-10; n-- {
			if st.low[n] == "," {
				if bareVerbPhrase(st, n+1, k) {
					break // "…, then said": a second act of the subject
				}
				return k
			}
			if st.clause[n] != st.clause[k] {
				break
			}
		}
	}
	return -1
}

// reporter finds who the sentence attributes the report to: "the UN
// reports that …", "…, officials said", "according to X", "a spokesman
// for X said", "…, it said".
func reporter(st *sent, i int) *mention {
	if k := governingReport(st, i); k >= 0 {
		if m := reportSpeaker(st, k); m != nil {
			return m
		}
	}
	if k := trailingReport(st, i); k >= 0 {
		if m := reportSpeaker(st, k); m != nil {
			return m
		}
	}
	// "According to the UN, …" anywhere in the sentence.
	for k := 0; k+1 < len(st.low); k++ {
		if st.low[k] == "according" && st.low[k+1] == "to" {
			return reportSpeaker(st, k)
		}
	}
	return nil
}

// reportSpeaker returns who speaks through the report verb at k: the phrase
// after "according to" or after a verb that comes first ("said the army"),
// else the phrase before the verb ("Cameroonian state radio reported").
func reportSpeaker(st *sent, k int) *mention {
	if st.low[k] == "according" {
		return speakerIn(st, k+2, phraseEnd(st, k+2))
	}
	if k > 0 && st.low[k-1] == "," {
		// "…, said the army", not "…, said they had failed".
		if e := phraseEnd(st, k+1); st.low[k] != "told" && (e >= len(st.low) || !strings.HasPrefix(st.toks[e].tag, "VB") && st.toks[e].tag != "MD") {
			if m := speakerIn(st, k+1, e); m != nil {
				return m
			}
			// "…, said Roman Mrochko, head of the city's military
			// administration": the apposition after a name.
			if e+1 < len(st.low) && st.low[e] == "," {
				if m := speakerIn(st, e+1, phraseEnd(st, e+1)); m != nil {
					return m
				}
			}
		}
		// "Pakistan's defence minister, Khawaja Asif, told …": the name
		// set off by commas, else the phrase before it.
		// A long title may stand there: "Serdar Kilic, Ankara's special
		// envoy for normalising relations with Yerevan, said".
		c := k - 2
		for c > 0 && c > k-12 && st.low[c] != "," {
			c--
		}
		if c <= 0 || st.low[c] != "," {
			return nil
		}
		// "Colombia's largest gang, known as the Gulf Clan, said": the
		// name the apposition gives.
		// ("called on Pakistan to stop" is no name).
		if naming := st.low[c+1] == "known" && c+2 < k && st.low[c+2] == "as"; naming || hasVerb(st, c+1, k-1) {
			if naming {
				return speakerIn(st, c+1, k-1)
			}
			return nil // "…, called on Pakistan to stop, saying": no name
		}
		// "the African Union's mediator, former Nigerian President X,
		// said": the body the title serves, not the man's own country.
		before := speakerIn(st, phraseStart(st, c), c)
		if before != nil && before.actor.ID != "" && before.actor.Country == "" {
			return before
		}
		if m := speakerIn(st, c+1, k-1); m != nil {
			return m
		}
		return before
	}
	if k > 0 {
		switch st.low[k-1] {
		case "was", "were", "been", "is", "are", "be", "being":
			return nil // "officers were accused of …": not a speaker
		case "it", "they":
			// "…, it said": the subject the sentence opened with.
			if f := st.firstActor(); f != nil && f.i < k-1 && k > 1 && st.low[k-2] == "," {
				return f
			}
			return nil
		}
	}
	s := phraseStart(st, k)
	if m := speakerIn(st, s, k); m != nil {
		return m
	}
	// "Israel halted the trucks, then said …", "…, while saying it had
	// hit …": a verb sharing the sentence's subject.
	if bareVerbPhrase(st, s, k) {
		if f := st.firstActor(); f != nil && f.j <= s {
			return f
		}
	}
	if st.low[k] != "told" {
		return nil
	}
	// "Survivors told UN investigators that …": the body that took the
	// report, when the teller is no one the coder knows.
	for n := k + 1; n < len(st.low) && n <= k+2; n++ {
		if m := st.mentionAt(n); m != nil && !m.place && m.actor.ID != "" {
			return m
		}
	}
	return nil
}

// hasVerb reports whether tokens [s, e) hold a verb phrase: a verb first
// ("called on Pakistan to stop"), or a finite or bare verb anywhere. A
// title ("special envoy for normalising ties") has none.
func hasVerb(st *sent, s, e int) bool {
	if s < e && s < len(st.toks) && strings.HasPrefix(st.toks[s].tag, "VB") {
		return true
	}
	for k := s; k < e && k < len(st.toks); k++ {
		if tag := st.toks[k].tag; tag == "VB" || tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
			return true
		}
	}
	return false
}

// phraseStart returns where the subject phrase ending before token k
// begins: after a comma, "that", a clause break or ten words back.
func phraseStart(st *sent, k int) int {
	s := k
	for s > 0 && s > k-10 && st.low[s-1] != "," && st.low[s-1] != "that" && !frameBreaks[st.low[s-1]] &&
		st.clause[s-1] == st.clause[k] {
		s--
	}
	return s
}

// ownerPronoun open a speaker phrase that speaks for the actor the
// sentence is about: "its commander", "his office said".
var ownerPronoun = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// stateOwned reports whether "state" qualifies the speaker in [s, g):
// "the state news agency", "state media".
func stateOwned(st *sent, s, g int) bool {
	for k := s; k <= g && k < len(st.low); k++ {
		if st.low[k] == "state" || st.low[k] == "state-run" || st.low[k] == "state-owned" {
			return true
		}
	}
	return false
}

// orgHeads are nouns a sentence uses to name again an organisation it
// named before: "UN peacekeepers handed over the base, the mission said".
var orgHeads = map[string]bool{
	"agency": true, "organisation": true, "organization": true, "mission": true, "body": true,
	"watchdog": true, "charity": true, "group": true,
}

// orgBefore returns the organisation a speaker phrase "the agency", "the
// organisation" in [s, e) points back to: the nearest earlier actor of no
// country, or for "the group" an armed group, or nil.
func orgBefore(st *sent, s, e int) *mention {
	if e-s != 2 || st.low[s] != "the" || !orgHeads[st.low[s+1]] {
		return nil
	}
	var found *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > s || m.place || m.actor.ID == "" || m.kind == "pronoun" || m.kind == "anaphor" {
			continue
		}
		// "the organisation said" after the ICRC and the RSF: an armed
		// group is only ever "the group".
		if m.actor.Country == "" && !armed(m.actor) || armed(m.actor) && st.low[s+1] == "group" {
			found = m
		}
	}
	return found
}

// namedBefore returns the named actor a definite speaker noun points back
// to, or nil: "the court" after "the International Court of Justice".
func namedBefore(st *sent, g *mention) *mention {
	if g.j-g.i != 1 || g.i == 0 || st.low[g.i-1] != "the" {
		return nil
	}
	head := st.low[g.i]
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > g.i || m.place || m.actor.ID == "" || m.j-m.i < 2 {
			continue
		}
		for k := m.i; k < m.j; k++ {
			if st.low[k] == head {
				return m
			}
		}
	}
	return nil
}

// bareVerbPhrase reports whether the words [s, k) before a report verb
// are only adverbs and conjunctions ("then", "and later", "while"): the
// verb has no subject of its own.
func bareVerbPhrase(st *sent, s, k int) bool {
	if s > 0 && st.low[s-1] != "," && !frameBreaks[st.low[s-1]] && st.clause[s-1] == st.clause[k] {
		return false
	}
	for n := s; n < k; n++ {
		if tag := st.toks[n].tag; !strings.HasPrefix(tag, "RB") && tag != "CC" && !frameBreaks[st.low[n]] && st.low[n] != "while" {
			return false
		}
	}
	return true
}

// phraseEnd returns where the noun phrase starting at s ends: at a comma, a
// clause break or a verb.
func phraseEnd(st *sent, s int) int {
	e := s
	for e < len(st.low) && e < s+8 && st.low[e] != "," && st.low[e] != "." && (e == s || st.clause[e] == st.clause[s]) &&
		!strings.HasPrefix(st.toks[e].tag, "VB") {
		e++
	}
	return e
}

// pluralStates, after "the two", name the two states of the sentence as
// speakers: "the two countries said in a joint statement".
var pluralStates = map[string]bool{"countries": true, "governments": true, "nations": true, "states": true}

// speakerNouns are reporters the actor dictionary does not know, with
// their sector: "state media said", "a rights group said", "organisers
// said", "the presidency said".
var speakerNouns = map[string]string{
	"media": "MED", "radio": "MED", "television": "MED", "tv": "MED", "broadcaster": "MED", "newspaper": "MED",
	"watchdog": "NGO", "monitor": "NGO", "charity": "NGO",
	"organisers": "PRO", "organizers": "PRO", "union": "LAB",
	"presidency": "GOV", "ombudsman": "GOV", "administrator": "GOV", "governor": "GOV", "mayor": "GOV",
	"agency": "GOV", "commission": "GOV", "party": "OPP",
	"office": "GOV", "lawyer": "JUD", "lawyers": "JUD",
	"command": "MIL", "commander": "MIL", "commander-in-chief": "MIL", "rescuers": "CVL", "witnesses": "CVL",
	"investigators": "JUD", "prosecutors": "JUD", "society": "NGO",
}

// speakerPairs are two-word reporters: "civil defence said", "a statement
// from State House said".
var speakerPairs = map[string]string{
	"rights group": "NGO", "civil defence": "GOV", "civil defense": "GOV", "state house": "GOV",
	"state media": "MED", "state television": "MED", "news agency": "MED",
	"general staff": "MIL", "central bank": "GOV",
	"press agency": "MED", "border service": "COP", "border guard": "COP", "border guards": "COP",
}

// ownSideNouns name a state's own voice: a generic one of them speaks for
// the state the sentence is about ("Germany pledged …, the defence minister
// said"), where "officials" or "medics" more often speak for the place.
var ownSideNouns = map[string]bool{
	"presidency": true, "ministry": true, "minister": true, "command": true, "army": true, "military": true,
	"spokesman": true, "spokesperson": true, "spokeswoman": true, "government": true, "cabinet": true,
}

// personNouns speak for the institution named before them: "army
// officials", "police spokesman".
var personNouns = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokesperson": true, "spokeswoman": true,
}

// speakerIn picks the speaker among tokens [s, e): a named actor, an
// anaphor ("the group's media office"), else a generic speaker given the
// country the phrase names or, for a state's own voice, the state the
// sentence opened with.
func speakerIn(st *sent, s, e int) *mention {
	// "both governments said", "officials from both sides": either side
	// speaks; the one the sentence opens with stands for them.
	for k := s; k < e; k++ {
		if st.low[k] == "both" || st.low[k] == "sides" || st.low[k] == "two" && k+1 < e && pluralStates[st.low[k+1]] {
			if f := st.firstActor(); f != nil && f.j <= s && isState(f.actor) {
				return f
			}
			return nil
		}
	}
	// "the organisation said": the organisation named before, which an
	// anaphor may have taken for the last armed group.
	if m := orgBefore(st, s, e); m != nil {
		return m
	}
	var named, generic *mention
	cc := ""
	for _, p := range st.places {
		if p.i >= s && p.j <= e && cc == "" {
			cc = p.place.Country // "Gaza's health ministry"
		}
	}
	// The head comes last: "state media", "a spokesman for the army".
	for k := s; k < e && k < len(st.low); k++ {
		if k+1 < e {
			if sector, ok := speakerPairs[st.low[k]+" "+st.low[k+1]]; ok {
				text := st.toks[k].text + " " + st.toks[k+1].text
				generic = &mention{i: k, j: k + 2, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: sector}}
				k++
				continue
			}
		}
		m := st.mentionAt(k)
		if m == nil {
			// "the military's media wing": the owner speaks.
			owned := generic != nil && st.isPossessive(generic.j)
			if sector, ok := speakerNouns[st.low[k]]; ok && !owned {
				generic = &mention{i: k, j: k + 1, kind: "sector",
					actor: truce.Actor{Text: st.toks[k].text, Name: st.toks[k].text, Sector: sector}}
			}
			continue
		}
		k = m.j - 1
		if m.actor.Country != "" && (cc == "" || m.kind == "demonym" || m.kind == "country") {
			cc = m.actor.Country
		}
		switch {
		case m.place:
		case m.kind == "anaphor" || m.actor.ID != "" && (m.actor.Sector != "" || m.kind != "demonym" && m.kind != "country"):
			// "the US-backed Syrian Democratic Forces": the group, not
			// the country named in its epithet.
			if named == nil || bareCountry(named) {
				named = m
			}
		case m.actor.ID == "" && m.actor.Sector != "":
			// "Army officials": the institution, not its people.
			if generic == nil || !personNouns[st.low[m.j-1]] {
				generic = m
			}
		case m.actor.ID != "" && named == nil && generic == nil:
			named = m // a bare country: "Azerbaijan said"
		}
	}
	if named != nil && (generic == nil || named.actor.Sector != "" || named.kind == "anaphor") {
		return named
	}
	if named == nil {
		if m := orgBefore(st, s, e); m != nil {
			return m
		}
	}
	if generic == nil {
		return named
	}
	if m := namedBefore(st, generic); m != nil {
		return m // "the court said": the court the sentence named
	}
	g := *generic
	// "its new commander-in-chief": the state the sentence is about; but
	// "the territory's health ministry" speaks for the place.
	owned := false
	for k := s; k < g.i; k++ {
		owned = owned || st.isPossessive(k)
	}
	if cc == "" && (ownerPronoun[st.low[s]] || ownSideNouns[st.low[g.j-1]] && !owned) {
		if f := st.firstActor(); f != nil && isState(f.actor) {
			cc = f.actor.Country
		}
	}
	// "Saudi Arabia expelled …, the state news agency said": the state
	// media of the country the sentence opens with.
	if cc == "" && g.actor.Sector == "MED" && stateOwned(st, s, g.i) {
		if f := st.firstActor(); f != nil && f.actor.Country != "" {
			cc = f.actor.Country
		}
	}
	if cc != "" {
		g.actor.Country = cc
		g.actor.ID = cc + g.actor.Sector
	}
	return &g
}

// bareCountry reports whether m names only a country, with no institution.
func bareCountry(m *mention) bool {
	return (m.kind == "country" || m.kind == "demonym") && m.actor.Sector == ""
}

// retaliatory reports whether the text marks the event as a response.
func retaliatory(st *sent, i int) bool {
	for k := i - 3; k < i && k >= 0; k++ {
		if st.low[k] == "retaliatory" || st.low[k] == "retaliation" || st.low[k] == "reprisal" {
			return true
		}
	}
	for k := 0; k+2 < len(st.low); k++ {
		if (st.low[k] == "in" && (st.low[k+1] == "retaliation" || st.low[k+1] == "response") && (st.low[k+2] == "for" || st.low[k+2] == "to")) && k < i+8 {
			return true
		}
	}
	return false
}

// reportedFuture reports whether the "would" at k is the future of a
// report ("the rebels said they would withdraw") with no condition on it
// in the sentence ("if", "unless").
func reportedFuture(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never") {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	// Only a speaker's word on what it will do itself ("they would", "it
	// would"), not a forecast ("the pause would be tested").
	if k == 0 {
		return false
	}
	switch st.low[k-1] {
	case "they", "it", "he", "she", "we":
	default:
		// "said Tokyo would lift curbs": an actor named as the subject;
		// "said his fighters would pull out": the speaker's own men.
		m := st.mentionAt(k - 1)
		if m == nil || m.place || m.kind == "sector" && !(m.i > 0 && ownPronoun[st.low[m.i-1]]) {
			return false
		}
	}
	for v := k - 2; v >= 0 && v >= k-10; v-- {
		switch st.low[v] {
		case "said", "says", "announced", "confirmed", "told", "stated", "added", "promised", "pledged", "vowed", "insisted":
			return true
		}
	}
	return false
}

// ownPronoun are the possessives by which a speaker names its own people.
var ownPronoun = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true}
