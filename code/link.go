package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// finish links events across the article: claims of responsibility,
// retaliation, and places told in a later sentence.
func (c *Coder) finish(d *doc) {
	c.claims(d)
	blamed(d)
	c.blamedOn(d)
	c.s52UnnamedDoerGeneric(d)
	c.x76TerritoryStates(d)
	reportCarriedOn(d)
	tell35Unanswered(d)
	accusedDoers(d)
	c.truceDetails(d)
	retaliations(d)
	placesLater(d)
	c.place39Places(d)
	c.place45HostHome(d)
	c.mode41LateVenue(d)
}

// retaliations links each act the text marks as a response to the act it
// answers: the one its cue names in the same sentence ("expelled two
// envoys in retaliation for the expulsion of its consul"), else the
// nearest earlier act of violence, or of the same kind (an expulsion for
// an expulsion), by the other side.
func retaliations(d *doc) {
	for k, cd := range d.cands {
		if !cd.retal {
			continue
		}
		pick := answeredHere(d, cd)
		for n := k - 1; n >= 0 && pick == nil; n-- {
			prev := d.cands[n]
			if !prev.e.has(flagViolent) && prev.ev.Type != cd.ev.Type {
				continue
			}
			if answers(cd.ev.Target, prev.ev.Source) {
				pick = prev
				break
			}
			if pick == nil && !answers(cd.ev.Source, prev.ev.Source) {
				pick = prev
			}
		}
		if pick != nil && pick != cd {
			cd.ev.RetaliatesFor = pick.ev.ID
		}
	}
}

// answers reports whether some actor of a is the same as, or of the same
// country as, some actor of b.
func answers(a, b []truce.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) || countryOf(x) != "" && countryOf(x) == countryOf(y) && isState(x) && isState(y) {
				return true
			}
		}
	}
	return false
}

// answeredHere finds the act a response cue after cd's trigger names in
// the same sentence: "struck a camp in retaliation for a bombing that …"
// answers the bombing.
func answeredHere(d *doc, cd *candidate) *candidate {
	_, from, to := answerObject(cd.st)
	if from < 0 || from <= cd.i {
		return nil
	}
	for _, o := range d.cands {
		if o != cd && o.st == cd.st && o.i >= from && o.i < to {
			return o
		}
	}
	return nil
}

// answerCues open the phrase that names what an act answers, with the
// preposition that follows: "in retaliation for", "in response to".
var answerCues = map[string]string{
	"retaliation": "for to", "response": "to", "reprisal": "for", "revenge": "for", "retribution": "for",
}

// answerObject returns the index of a response cue's noun and the token
// span of the phrase it names ("in retaliation for [Minsk's expulsion of
// a consul]", "the raids were reprisal for [the ambush]"), up to the next
// comma or clause break, or -1s when the sentence has none.
func answerObject(st *sent) (cue, from, to int) {
	if st.answer.read {
		return st.answer.cue, st.answer.from, st.answer.to
	}
	cue, from, to = readAnswerObject(st)
	st.answer = answerSpan{read: true, cue: cue, from: from, to: to}
	return cue, from, to
}

// readAnswerObject is answerObject before it is kept on the sentence.
func readAnswerObject(st *sent) (cue, from, to int) {
	for k := 1; k+2 < len(st.low); k++ {
		preps, ok := answerCues[st.low[k]]
		if !ok || !strings.Contains(" "+preps+" ", " "+st.low[k+1]+" ") {
			continue
		}
		from = k + 2
		to = from
		for to < len(st.low) && to < from+12 && st.low[to] != "," && st.low[to] != ";" {
			to++
		}
		return k, from, to
	}
	return -1, -1, -1
}

// answerCueFollows reports whether an "in retaliation for" or "in
// response to" phrase comes after cd's trigger and before the sentence's
// next one: "warplanes struck a camp near the border on Tuesday, in
// retaliation for …" marks the strike.
func answerCueFollows(st *sent, cd *candidate) bool {
	cue, _, _ := answerObject(st)
	return cue > cd.j && cue-1 < cd.next && (st.low[cue-1] == "in" || st.low[cue-1] == "as")
}

// answeredAct reports whether the trigger at i names the act a response
// cue answers rather than the response: "the expulsion" in "in
// retaliation for Minsk's expulsion of a consul".
func answeredAct(st *sent, i int) bool {
	_, from, to := answerObject(st)
	return from >= 0 && i >= from && i < to
}

// claims gives an attack whose author the text left unnamed or generic to
// the group that claims it later: "A suicide bomber struck crowds … Islamic
// State Khorasan claimed responsibility", "… Islamic State later claimed
// the bombing", "…, in an attack later claimed by the Pakistani Taliban".
func (c *Coder) claims(d *doc) {
	for _, st := range d.sents {
		for k := range st.low {
			group, noun, ok := st.claim(k)
			if !ok {
				continue
			}
			// The claim names the attacker; an attack others reported
			// stays reported by them, and so does one the text told as
			// fact in a sentence before the claim ("A bomber struck
			// the market. IS claimed responsibility."). Only one known
			// from the claim's own sentence is "claimed".
			if cd := claimed(d, st, k, noun); cd != nil {
				a := group.actor
				cd.ev.Source = []truce.Actor{a}
				self := cd.ev.ReportedBy != nil && sameActor(*cd.ev.ReportedBy, a)
				if (cd.ev.ReportedBy == nil || self) && (cd.st == st || cd.ev.Status != truce.StatusReported) {
					cd.ev.Status = truce.StatusClaimed
					cd.ev.ReportedBy = &a
				}
			}
		}
	}
}

// claimedActs are the nouns of what an armed group claims: "claimed the
// bombing", "the kidnapping was claimed by …".
var claimedActs = filtered(wordSet("attack", "attacks", "assault", "violence", "bombing", "bombings", "blast", "blasts",
	"explosion", "explosions", "ambush", "raid", "raids", "killing", "killings", "massacre", "shooting",
	"hijacking", "kidnapping", "kidnappings", "abduction", "abductions", "assassination", "strike", "strikes"))

// claim reads a claim of responsibility whose verb is at token k and
// returns the armed group that makes it and the noun of the act claimed
// ("" when none is named): "Al-Shabaab claimed responsibility for the
// ambush", "IS claimed the bombing", "an attack later claimed by IS". A
// claim someone denies or no one makes ("No group claimed the attack")
// names no one.
func (st *sent) claim(k int) (group *mention, noun string, ok bool) {
	w := st.low[k]
	if g, n, own := st.ownDeed(k); own {
		return g, n, true
	}
	if w != "claimed" && w != "claims" && w != "claiming" || k+1 >= len(st.low) {
		return nil, "", false
	}
	next := st.low[k+1]
	switch {
	case next == "by" && w == "claimed":
		// "an attack later claimed by a faction of the Pakistani
		// Taliban": the group is the agent, the act before the verb.
		for n := range st.mentions {
			m := &st.mentions[n]
			if m.i > k+1 && m.i <= k+6 && isArmedGroup(m.actor) && !st.speechBetween(k+1, m.i) {
				group = m
				break
			}
		}
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if claimedActs.has(st.low[i]) {
				noun = st.low[i]
				break
			}
		}
		return group, noun, group != nil
	case next == "responsibility":
		for i := k + 2; i < len(st.low) && i <= k+5; i++ {
			if st.low[i] == "for" && i+1 < len(st.low) {
				n := i + 1
				if a := st.actNoun(n); a >= 0 {
					n = a
				} else if claimDeterminers.has(st.low[n]) {
					n++
				}
				if n < len(st.low) {
					noun = st.low[n]
				}
				break
			}
		}
	default:
		n := st.actNoun(k + 1)
		if n < 0 {
			return nil, "", false
		}
		noun = st.low[n]
	}
	if group = st.claimantBefore(k); group == nil {
		return nil, "", false
	}
	for i := group.j; i < k; i++ {
		switch st.low[i] {
		case "not", "n't", "never", "denied", "denies", "deny":
			return nil, "", false
		}
	}
	return group, noun, true
}

// ownDeed reads a claim told as a group's report of its own deed, the verb
// at token k: "Al-Shabaab said its fighters had carried out the attack",
// "the BLF said it was behind the bombing". The group speaks of itself
// through a pronoun after the report verb; "police said militants carried
// out the attack" claims nothing.
func (st *sent) ownDeed(k int) (group *mention, noun string, ok bool) {
	n := -1
	switch w := st.low[k]; {
	case (w == "carried" || w == "conducted") && k+2 < len(st.low) && st.low[k+1] == "out":
		n = k + 2
	case w == "behind" && k > 0 && (st.low[k-1] == "was" || st.low[k-1] == "were") && k+1 < len(st.low):
		n = k + 1
	default:
		return nil, "", false
	}
	if n = st.actNoun(n); n < 0 {
		return nil, "", false
	}
	v := -1
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if reportVerbs.has(st.low[i]) {
			v = i
			break
		}
	}
	if v < 0 {
		return nil, "", false
	}
	self := false
	for i := v + 1; i < k && i <= v+3; i++ {
		if ownPronouns.has(st.low[i]) {
			self = true
			break
		}
	}
	if !self {
		return nil, "", false
	}
	for i := v; i < k; i++ {
		switch st.low[i] {
		case "not", "n't", "never", "denied", "denies", "deny":
			return nil, "", false
		}
	}
	group = st.claimantBefore(v)
	return group, st.low[n], group != nil
}

// ownPronouns point a speaker back at itself: "said its fighters", "said
// it was behind".
var ownPronouns = filtered(wordSet("it", "its", "they", "their"))

// claimDeterminers may stand between a claim and the act claimed.
var claimDeterminers = filtered(wordSet("the", "this", "that", "these", "those", "a", "an", "its"))

// claimed finds the attack a claim of responsibility in sentence st (its
// verb at token k, the act it names noun) is for: the latest earlier
// attack named with a word of the same stem ("claimed responsibility for
// the ambush", "claimed the bombing" after "a suicide bomber"), else the
// latest whose author the text left unnamed or generic ("a suicide
// bomber", "gunmen") and whose victims are not fighters — not an operation
// of a state's forces, nor the militants killed in it.
func claimed(d *doc, st *sent, k int, noun string) *candidate {
	if cd := claimedHere(d, st, k, noun); cd != nil {
		return cd
	}
	generic := noun == "" || noun == "attack" || noun == "attacks" || noun == "assault" || noun == "violence"
	var fallback *candidate
	for n := len(d.cands) - 1; n >= 0; n-- {
		cd := d.cands[n]
		if cd.st.s.Index > st.s.Index || cd.st == st && cd.i > k || !cd.e.has(flagViolent) {
			continue
		}
		if !generic && sameStem(cd.st.low[cd.j-1], noun) {
			return cd
		}
		if fallback != nil {
			continue
		}
		if len(cd.ev.Source) > 0 && (isArmedGroup(cd.ev.Source[0]) || isState(cd.ev.Source[0]) && cd.ev.Source[0].Sector != "REB") {
			continue
		}
		if hasSector(cd.ev.Target, "REB") {
			continue
		}
		fallback = cd
	}
	return fallback
}

// claimedHere finds the attack a claim names in its own words, told for
// the first time right after the claim's verb at token k: "Al-Shabaab
// claimed responsibility for an attack on a police station in Baidoa".
func claimedHere(d *doc, st *sent, k int, noun string) *candidate {
	if noun == "" {
		return nil
	}
	for _, cd := range d.cands {
		if cd.st != st || cd.i <= k || cd.i > k+6 || !cd.e.has(flagViolent) {
			continue
		}
		for i := cd.i; i < cd.j; i++ {
			if st.low[i] == noun {
				return cd
			}
		}
	}
	return nil
}

// sameStem reports whether two words are forms of one word: "bombing"
// and "bomber", "hijacked" and "hijacking", "ambush" and "ambushed".
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	return n >= 4 && n >= short-3
}

// blamed gives an attack whose author the text left unnamed the actor a
// later accusation names: "A rocket slammed into a football pitch in
// Majdal Shams … Israel blamed Hezbollah." The attack stays as reported;
// only its source comes from the accusation.
func blamed(d *doc) {
	for k, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Accuse || len(cd.ev.Target) == 0 {
			continue
		}
		if !s52BlameAt(cd.st, cd.i) {
			continue
		}
		for n := k - 1; n >= 0; n-- {
			prev := d.cands[n]
			if prev.folded || !prev.e.has(flagViolent) || prev.st.s.Index > cd.st.s.Index || cd.st.s.Index-prev.st.s.Index > 2 {
				continue
			}
			// "Residents blamed the federal army, which has been fighting
			// Fano": an attack told after the accusation describes the
			// accused; the blame is for the attack before.
			if prev.st == cd.st && prev.i > cd.i {
				continue
			}
			// The accused is not the attack's own victim, and a negated or
			// hypothetical attack has no author.
			if len(prev.ev.Source) == 0 && !sameSide(cd.ev.Target, prev.ev.Target) &&
				prev.ev.Status != truce.StatusNegated && prev.ev.Status != truce.StatusHypothetical {
				a := cd.ev.Target[0]
				prev.ev.Source = []truce.Actor{a}
			}
			break
		}
	}
}

// sameSide reports whether some actor of a is one of b or the same sector
// of the same country: the army accused of a strike that killed civilians
// of its own country is not the strike's victim.
func sameSide(a, b []truce.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) || countryOf(x) != "" && countryOf(x) == countryOf(y) && x.Sector == y.Sector {
				return true
			}
		}
	}
	return false
}

// findingSubjects name a report, or those who wrote it, as a sentence's
// subject: "The report also found …", "Investigators also found …".
var findingSubjects = filtered(wordSet("report", "investigators", "investigation", "inquiry", "findings", "inspectors", "probe"))

// findingVerbsAfter are the verbs with which such a subject tells more of
// what the report found.
var findingVerbsAfter = filtered(wordSet("found", "finds", "said", "says", "concluded", "documented", "determined",
	"noted", "added", "reported", "recorded", "accused"))

// reportCarriedOn gives an event the sentence attributes to no one the
// reporter of the sentence before when its sentence opens with the report
// itself: "The UN human rights office said in a report that troops had
// shot 40 villagers. The report also found that 12 women had been raped."
func reportCarriedOn(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.ReportedBy != nil || !reportOpens(cd.st, cd.i) {
			continue
		}
		if a, ok := d.earlierReporter(cd.st.s.Index); ok {
			cd.ev.ReportedBy = &a
		}
	}
}

// accusedDoers makes the accused of "accused X of doing Y" the doer the
// act Y was given when both are read from the same words but the act's is
// the finer: "accused government soldiers of looting shops" accuses the
// army, not the government, as the looting is the army's.
func accusedDoers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Accuse || cd.e.pos != 'V' || len(cd.ev.Target) == 0 {
			continue
		}
		for _, act := range d.cands {
			if act == cd || act.folded || act.st != cd.st || act.i <= cd.j || act.i > cd.j+10 ||
				cd.st.low[act.i-1] != "of" || !accusedOf(act.st, act.i) || len(act.ev.Source) == 0 {
				continue
			}
			if !finerSide(act.ev.Source, cd.ev.Target) {
				break
			}
			cd.ev.Target = append([]truce.Actor{}, act.ev.Source...)
			cd.ev.ID = eventID(d.a.ID, cd.st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
			break
		}
	}
}

// finerSide reports whether each actor of b is the government or the
// bare country of a state that a names by a finer sector (its army, its
// police): the doer read from an act names the accused more closely.
func finerSide(a, b []truce.Actor) bool {
	for _, y := range b {
		if y.Sector != "GOV" && y.Sector != "" || countryOf(y) == "" {
			return false
		}
		found := false
		for _, x := range a {
			if countryOf(x) == countryOf(y) && x.Sector != "" && x.Sector != "GOV" && isState(x) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return len(b) > 0
}

// earlierReporter returns who reported the nearest event of the few
// sentences before sentence n: the report a sentence names again ("The
// report also found …") is theirs, though a quote may stand between.
func (d *doc) earlierReporter(n int) (truce.Actor, bool) {
	for back := 1; back <= 3; back++ {
		for _, prev := range d.cands {
			if prev.st.s.Index == n-back && !prev.folded && prev.ev.ReportedBy != nil {
				return *prev.ev.ReportedBy, true
			}
		}
	}
	return truce.Actor{}, false
}

// documentSubjects name a report or statement standing as the subject of
// words it holds: "The report also accused …", "The statement condemned
// …". The words are those of whoever issued it.
var documentSubjects = filtered(wordSet("report", "statement", "findings", "study", "communique", "communiqué",
	"inquiry", "investigation", "probe", "resolution"))

// documentSpeaks reports whether the trigger at i is the first verb of a
// sentence that opens with a report as its subject: "The report also
// accused soldiers of looting", "Its statement condemned the raid".
func documentSpeaks(st *sent, i int) bool {
	k := 0
	if k < len(st.low) && (st.low[k] == "the" || st.low[k] == "its" || st.low[k] == "their" || st.low[k] == "this") {
		k++
	}
	if k >= i || !documentSubjects.has(st.low[k]) {
		return false
	}
	k++
	for k < i && (st.toks[k].tag == "RB" || haveWords.has(st.low[k])) {
		k++
	}
	return k == i
}

// reportOpens reports whether the sentence opens with a report as subject
// and a verb of finding before the trigger at i: "The report also found
// that …", "Investigators said …".
func reportOpens(st *sent, i int) bool {
	k := 0
	if k < len(st.low) && (st.low[k] == "the" || st.low[k] == "its" || st.low[k] == "their") {
		k++
	}
	if k >= i || !findingSubjects.has(st.low[k]) {
		return false
	}
	k++
	for k < i && (st.toks[k].tag == "RB" || haveWords.has(st.low[k])) {
		k++
	}
	return k < i && findingVerbsAfter.has(st.low[k])
}
