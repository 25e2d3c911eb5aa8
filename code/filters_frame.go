package code

// Reported content and frames: what a statement, demand or accusation is
// about, mediation, and agreements named as the frame of another act.

import (
	"strings"

	"github.com/truce-project/truce"
)

// dropReported removes triggers inside what a statement is about: in
// "denied that it had carried out strikes" the event is the denial. A named
// attack inside an accusation stays, to be coded as alleged. What a
// deliberation weighs and an act called possible go too. (Ordinary crime
// has a step of its own before this one: dropCrime.)
func dropReported(cands []*candidate, st *sent) []*candidate {
	out := make([]*candidate, 0, len(cands))
	var frame *candidate
	for _, cd := range cands {
		// "is considering sending troops", "braced for a possible
		// strike", "still has to be ratified": a course weighed, an act
		// that may come, or a step still owed.
		if deliberated(st, cd.i) || possibleAct(st, cd) || pendingStep(st, cd) {
			continue
		}
		// "diplomats hope the release will pave the way for talks",
		// "said it wanted the blockade lifted": an act wished for;
		// "had been expected to sign a deal": an act looked forward to;
		// "have carried out similar attacks": a kind of act; "analysts
		// expect a deal": commentary; "Tehran, which supports the
		// Houthis": a description.
		if hopedFor(st, cd.i) || wishedFor(st, cd.i) || unmetExpectation(st, cd.i) || actOfKind(st, cd) || commentary(st, cd.i) || describedParty(st, cd) {
			continue
		}
		if crowdBackground(st, cd) || protestsAsCause(st, cd, out) {
			continue
		}
		// "said it was ready to resume strikes": readiness to strike is
		// a warning of force (prec52_ready.go).
		if frame != nil && prec52ReadyForce(st, frame, cd) {
			asThreat(frame, true)
			continue
		}
		// "exchanged prisoners, with Kabul freeing 40": one side's part.
		if prec52SwapPart(st, cd, out) {
			continue
		}
		if promisedAct(cd) {
			cd.ev.Status = truce.StatusPlanned
		}
		// "agreed to restore relations and reopen embassies": what is
		// agreed is the agreement's content; an agreement noun after it
		// ("agreed to a ceasefire") is the agreement itself.
		if frame != nil && frame.e.cameo == "057" && frame.e.pos == 'V' && isAgreementNoun(cd.e) {
			out = append(out, cd)
			continue
		}
		// "agreed to a truce at talks in Doha", "after two days of
		// talks": the meeting the agreement came out of is no part of
		// what was agreed.
		if frame != nil && frame.e.cameo == "057" && frame.e.pos == 'V' && cd.e.pos == 'N' && strings.HasPrefix(cd.e.cameo, "04") {
			if setting, own := meetingSetting(st, cd.i); setting && own {
				out = append(out, cd)
				continue
			}
		}
		// "threatened to delay the release, accusing Israel of …",
		// "…, warning that it would act": an accusation or a warning told
		// as a participle set off by a comma is the subject's own next
		// act, not part of what the first one says.
		if frame != nil && (strings.HasPrefix(cd.e.cameo, "112") || strings.HasPrefix(cd.e.cameo, "13")) && cd.i > 0 && st.low[cd.i-1] == "," && st.toks[cd.i].tag == "VBG" {
			frame = cd
			out = append(out, cd)
			continue
		}
		// "…, a charge Moscow has rejected": the accused's answer, told
		// in apposition, is an act of its own, not what the accusation
		// says. It comes from the one named before its verb and is
		// aimed at whoever made the charge.
		if frame != nil && answeredCharge(st, cd) {
			if by := st.subject(frame.i); by != nil {
				cd.src, cd.tgt = st.coordinated(st.mentionAt(chargeAnswerer(st, cd))), by
			}
			out = append(out, cd)
			continue
		}
		if frame != nil && st.clause[cd.i] == st.clause[frame.i] && !newPredicate(st, frame.j, cd.i) && !lex51SecondComplement(st, frame, cd) && !lex43DeedJudged(st, cd) && !relativeClosedBefore(st, frame.i, cd.i) && !mode37RelativeMain(st, frame.i, cd.i) && !mode37CountedMeeting(st, cd) && !describedSubject(st, frame, cd) && !endedAct(st, cd) && !gsr29OpeningFrame(st, frame, cd) &&
			(complementBetween(st, frame.j, cd.i) || strings.HasPrefix(frame.e.cameo, "10") ||
				strings.HasPrefix(frame.e.cameo, "12") && isAgreementNoun(cd.e)) {
			// "promised to pull their forces back": a pullout still to come.
			if committedPullback(st, frame, cd) {
				cd.ev.Status = truce.StatusPlanned
				out = append(out, cd)
				continue
			}
			// "warned that his fighters would target Israeli ships": a
			// bare warning whose content is itself a threat of force is
			// that threat, coded from the content, which names whom it
			// is aimed at.
			// One told to an addressee ("warned Israel that it would hit
			// back") is aimed at the addressee, and stays the warning's.
			// "promised to arrest the gang's leaders": harm promised is
			// a threat, coded on the promise (prec23_promise.go).
			if harmContent(frame, cd) {
				asThreat(frame, !strings.HasPrefix(cd.e.cameo, "17"))
				continue
			}
			if bareWarning(frame.e) && strings.HasPrefix(cd.e.cameo, "13") && cd.e.pos == 'V' && !addressed(st, frame.j, cd.i) &&
				len(out) > 0 && out[len(out)-1] == frame {
				out[len(out)-1] = cd
				frame = cd
				continue
			}
			// An attack someone is accused of is still coded, as alleged
			// and by the accused: "accused the army of using chemical
			// weapons near Kabani".
			// So is one told as a gerund: "accused China's coast guard
			// of beating ten fishermen".
			// So is a material act: "accused Kigali of arming the
			// rebels", "of massing troops on the border".
			// And a gerund after an adverb: "of brutally beating".
			if strings.HasPrefix(frame.e.cameo, "11") && (cd.e.has(flagViolent) && (cd.e.pos == 'N' || gerundAt(st, cd.i, cd.j)) || materialAct(cd.e) && ofGerund(st, cd.i, cd.j)) {
				// "traded fire, each accusing the other of firing
				// first": who began a fight already told is no new
				// act, and the told one stays news.
				if whoStarted(st, frame, cd, out) {
					continue
				}
				cd.accusedBy = frame
				out = append(out, cd)
			}
			continue
		}
		// "Iran was behind the drone attacks, Washington said": the one
		// who names the author accuses it, and the attack stays news.
		if behind(st, cd) {
			if sp := reporter(st, cd.i); sp != nil {
				cd.src, cd.tgt = []*mention{sp}, st.subject(cd.i)
				// "France bears a heavy responsibility for the
				// massacre, its president said": a state naming its own
				// part owns up to it (CAMEO 055), to those it wronged.
				if len(cd.tgt) == 1 && sameState(sp.actor, cd.tgt[0].actor) {
					cd.e, cd.src, cd.tgt = admission(cd.e), cd.tgt, nil
				}
			}
			out = append(out, cd)
			continue
		}
		if punishPromised(st, cd) {
			asThreat(cd, false)
		}
		if isFrame(cd.e) {
			frame = cd
		}
		if ch := reportedCharge(st, cd, out); ch != nil {
			out = append(out, ch)
		}
		out = append(out, cd)
	}
	return out
}

// chargeEntry codes a report verb whose content is a charge against
// another party: an accusation (CAMEO 112), told with "said" rather than
// "accused".
var chargeEntry = &entry{words: []string{"said"}, pos: 'V', cameo: "112", mode: "allege"}

// reportedCharge returns an accusation by the speaker of a report against
// the one it says had done the act cd, when the sentence makes the report
// a charge, or nil. A state's word on what another country's forces had
// done is an accusation when the text names it one ("Baku said Armenian
// units had fired on its positions, an accusation Yerevan denied") or
// when the act breaks a truce ("the truce was due to begin at midnight,
// but the army said rebel units had attacked"): the accusation is then
// news of its own, beside the act it alleges. kept holds the candidates
// kept so far, before cd.
func reportedCharge(st *sent, cd *candidate, kept []*candidate) *candidate {
	if !cd.e.has(flagViolent) && !materialAct(cd.e) {
		return nil
	}
	k, sp, accused := allegedBy(st, cd.i)
	if k < 0 || !namedCharge(st, cd.j) && !truceBroken(st) {
		return nil
	}
	for _, prev := range kept {
		if prev.i == k || strings.HasPrefix(prev.e.cameo, "11") && prev.i < cd.i {
			return nil // one accusation per report
		}
	}
	return &candidate{e: chargeEntry, st: st, i: k, j: k + 1, src: []*mention{sp}, tgt: []*mention{accused}}
}

// namedCharge reports whether an apposition after token j calls what was
// said a charge that someone answers: ", an accusation Yerevan denied",
// ", a claim Tehran dismissed as propaganda".
func namedCharge(st *sent, j int) bool {
	return chargeAnswered(st, j, &chargeNouns, &answerWords, nil)
}

// chargeAnswered reports whether, from token from on, a comma opens a
// noun of nouns ("a charge", "an allegation") that a word of answers
// follows within five tokens: ", a charge the army rejected". A word for
// which stop holds ends the search first.
func chargeAnswered(st *sent, from int, nouns, answers *wordFilter, stop func(string) bool) bool {
	for k := from; k+2 < len(st.low); k++ {
		w := st.low[k]
		if stop != nil && stop(w) {
			return false
		}
		if w != "," {
			continue
		}
		n := k + 1
		if st.low[n] == "a" || st.low[n] == "an" {
			n++
		}
		if !nouns.has(st.low[n]) {
			continue
		}
		for m := n + 1; m < len(st.low) && m <= n+5; m++ {
			if answers.has(st.low[m]) {
				return true
			}
		}
	}
	return false
}

// breachNouns name the breaking of an agreement: "in violation of the
// ceasefire".
var breachNouns = filtered(map[string]bool{"violation": true, "violations": true, "breach": true, "breaches": true})

// answerWords answer a charge: "an accusation Moscow rejects".
var answerWords = filtered(map[string]bool{
	"deny": true, "denies": true, "denied": true, "reject": true, "rejects": true, "rejected": true,
	"dismissed": true, "dismisses": true, "disputes": true, "disputed": true,
})

// truceBroken reports whether a sentence names a truce, so that an attack
// a party reports is a charge that the truce was broken: "in violation of
// the ceasefire", "the truce was due to begin".
func truceBroken(st *sent) bool {
	for _, w := range st.low {
		switch w {
		case "ceasefire", "truce", "armistice":
			return true
		}
	}
	return false
}

// answeredCharge reports whether a denial or rejection answers an
// accusation named in apposition, with its own subject: ", a charge Moscow
// has rejected", ", an allegation the ministry denies".
func answeredCharge(st *sent, cd *candidate) bool {
	if !strings.HasPrefix(cd.e.cameo, "12") || cd.e.pos != 'V' {
		return false
	}
	k := chargeAnswerer(st, cd)
	m := st.mentionAt(k)
	if m == nil {
		return false
	}
	k = m.i - 1
	if k >= 0 && st.low[k] == "the" {
		k--
	}
	return k >= 2 && saidNouns.has(st.low[k]) && (st.low[k-1] == "a" || st.low[k-1] == "an") && st.low[k-2] == ","
}

// chargeAnswerer returns the token before a denial past its auxiliary,
// where the one who answers a charge is named: "a charge Moscow has
// rejected", "a charge Kigali has repeatedly denied".
func chargeAnswerer(st *sent, cd *candidate) int {
	k := cd.i - 1
	if k >= 1 && repeatWords.has(st.low[k]) {
		k--
	}
	if k >= 0 && (st.low[k] == "has" || st.low[k] == "have" || st.low[k] == "had") {
		k--
	}
	return k
}

// bareWarning reports whether a trigger is a threat verb that names no
// harm of its own ("warned", "threatened"), whose content says what is
// threatened.
func bareWarning(e *entry) bool {
	return strings.HasPrefix(e.cameo, "13") && e.pos == 'V' && e.has(flagNeedTarget)
}

// addressed reports whether an actor is named between a verb ending at j
// and the "that" opening its content before token i: "warned Israel that
// …", "told the envoy that …".
func addressed(st *sent, j, i int) bool {
	for k := j; k < i && st.low[k] != "that"; k++ {
		if st.mentionAt(k) != nil {
			return true
		}
	}
	return false
}

// materialAct reports whether a trigger names a material act other than an
// attack that, told as what someone is accused of, is still coded as
// alleged: coercion, troop movements, arms or aid given ("accused the
// police of deporting families", "of moving tanks to the border", "of
// arming the militia").
func materialAct(e *entry) bool {
	c := e.cameo
	return strings.HasPrefix(c, "07") || strings.HasPrefix(c, "15") || strings.HasPrefix(c, "17")
}

// whoStarted reports whether the act an accusation names is only who began
// a fight the sentence has already told: "clashed on the border, each
// accusing the other of shooting first", "blamed each other for opening
// fire". It holds when a violent act precedes the accusation and the
// accused is "the other" side or the act is said to come "first".
func whoStarted(st *sent, frame, cd *candidate, out []*candidate) bool {
	told := false
	for _, o := range out {
		if o != frame && o.j <= frame.i && o.e.has(flagViolent) {
			told = true
			break
		}
	}
	if !told {
		return false
	}
	if cd.j < len(st.low) && st.low[cd.j] == "first" {
		return true
	}
	for k := frame.j; k < cd.i; k++ {
		if st.low[k] == "other" || st.low[k] == "another" {
			return true
		}
	}
	return false
}

// gerundAt reports whether the trigger at [i, j) opens with a gerund, past
// any adverbs before it: "beating", "brutally beating".
func gerundAt(st *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if t := st.toks[k].tag; t != "RB" {
			return t == "VBG"
		}
	}
	return false
}

// ofGerund reports whether the trigger at [i, j) is a gerund right after
// "of", the act itself an accusation names: "of massing troops", not "of
// complicity in genocide by arming the militia", where the act is only the
// means of what is alleged.
func ofGerund(st *sent, i, j int) bool {
	k := i - 1
	for k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	return k >= 0 && st.low[k] == "of" && gerundAt(st, i, j)
}

// newPredicate reports whether an "and" between tokens from and to starts a
// new finite verb phrase, with or without a subject of its own: in
// "accused Minsk of herding migrants, and said it had deployed troops" or
// "ordered the rebels to withdraw, and the army lifted the curfew" what
// follows the "and" is no longer what the accusation or order is about,
// while in "demanded that they withdraw and free the hostages" it still is.
func newPredicate(st *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if st.low[k] != "and" && !gsr31ThenJoin(st, k) {
			continue
		}
		for n := k + 1; n <= to && n < len(st.toks); n++ {
			t := st.toks[n].tag
			if t == "VBD" || t == "VBZ" {
				return true
			}
			// a subject of its own: names, nouns and their modifiers.
			if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "PRP" || t == "POS" || t == "CD" || t == "PRP$") {
				break
			}
		}
	}
	return false
}

// relativeClosedBefore reports whether the trigger at i is the main verb that
// follows a relative clause holding the frame at k: "Cairo, which backs
// the army's push for a truce, condemned the raid" condemns on its own
// account, and the condemnation is no part of what Cairo backs.
func relativeClosedBefore(st *sent, k, i int) bool {
	if i < 1 || st.low[i-1] != "," {
		return false
	}
	switch st.toks[i].tag {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	return inRelative(st, k, i)
}

// isFrame reports whether a trigger reports on other events rather than
// being one with them: accusations, denials, demands, threats, stated
// intentions, apologies. What follows it in its clause is its content:
// "demanded an immediate ceasefire", "offered to host a meeting".
func isFrame(e *entry) bool {
	c := e.cameo
	return strings.HasPrefix(c, "10") || strings.HasPrefix(c, "11") || strings.HasPrefix(c, "12") ||
		strings.HasPrefix(c, "13") || strings.HasPrefix(c, "03") || c == "055" || c == "051" ||
		c == "057" && e.pos == 'V'
}

// complementBetween reports whether "of" or "that" introduces a complement
// between tokens i and j.
func complementBetween(st *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if st.low[k] == "of" || st.low[k] == "that" || st.low[k] == "for" || st.low[k] == "to" {
			return true
		}
	}
	return false
}

// dropMediation removes mediation verbs from a sentence that names the
// agreement they brokered: the mediators belong to that agreement.
func dropMediation(cands []*candidate) []*candidate {
	agreement := false
	for _, cd := range cands {
		agreement = agreement || isAgreementNoun(cd.e)
	}
	if !agreement {
		return cands
	}
	out := make([]*candidate, 0, len(cands))
	for _, cd := range cands {
		if cd.e.cameo != "045" {
			out = append(out, cd)
		}
	}
	return out
}

// underAgreement reports whether the agreement noun at i is named as the
// frame another act is done under, or breaks: "pulled back under a deal
// brokered by Moscow", "in line with the ceasefire", "the deadline set
// under the November truce", "fired in breach of the truce". The act is
// the news; the agreement was made before.
func underAgreement(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := st.low[k]; {
		case w == "under":
			return true
		case w == "with" && k >= 2 && st.low[k-1] == "line" && st.low[k-2] == "in":
			return true
		case w == "of" && k >= 1 && breachNouns.has(st.low[k-1]):
			return true // "fired in violation of the ceasefire"
		case w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "this" || isModifier(st.toks[k]):
			continue
		}
		return false
	}
	return false
}

// renamedAgreement returns the earlier agreement of the sentence that an
// agreement noun in apposition names again: "agreed to restore ties, in a
// deal brokered by China", "signed a security pact, a deal that …".
func (c *Coder) renamedAgreement(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if !isAgreementNoun(cd.e) || cd.e.pos != 'N' || !appositive(st, cd.i) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		typ := prev.e.plover
		if typ == "" {
			typ = c.lex.cameo[prev.e.cameo].plover
		}
		if !prev.folded && (isAgreementNoun(prev.e) || typ == truce.Agree) {
			return prev
		}
	}
	return nil
}

// appositive reports whether the noun at i opens a phrase set off by a
// comma that names again what came before: ", a deal …", ", in a deal …",
// ", as part of a deal …".
func appositive(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 && isModifier(st.toks[k]) && st.low[k] != "," {
		k--
	}
	if k < 1 || st.low[k] != "a" && st.low[k] != "an" {
		return false
	}
	k--
	switch {
	case st.low[k] == ",":
		return true
	case st.low[k] == "in" && k >= 1 && st.low[k-1] == ",":
		return true
	case st.low[k] == "of" && k >= 3 && st.low[k-1] == "part" && st.low[k-2] == "as" && st.low[k-3] == ",":
		return true
	}
	return false
}

// datedAfter reports whether a participle at j is dated right after it:
// "a treaty unveiled on Friday", "a deal struck last month".
func datedAfter(st *sent, j int) bool {
	if j >= len(st.toks) || st.toks[j].tag != "VBN" {
		return false
	}
	for _, x := range st.dates {
		if k := st.tokenAtByte(x.Start); k > j && k <= j+2 {
			return true
		}
	}
	return false
}

// sameState reports whether two actors are one state's own bodies: its
// name, government, forces, police, courts or parliament.
func sameState(a, b truce.Actor) bool {
	return isState(a) && isState(b) && a.Country == b.Country && stateSector.has(a.Sector) && stateSector.has(b.Sector)
}

// stateSector are the sectors that speak or act for a state.
var stateSector = filtered(map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "SPY": true, "LEG": true, "JUD": true})

// admission codes a charge a state lays on itself as an admission of
// its part (CAMEO 055), found from the same words.
func admission(e *entry) *entry {
	a := *e
	a.cameo, a.mode, a.plover = "055", "-", ""
	a.flags &^= flagPassive
	return &a
}

// behind reports whether the trigger names who was behind a deed: "Iran
// was behind the attacks", "Algiers bore responsibility for the rift".
func behind(st *sent, cd *candidate) bool {
	return strings.HasPrefix(cd.e.cameo, "112") && cd.e.has(flagPassive)
}
